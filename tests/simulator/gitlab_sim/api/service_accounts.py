"""Service accounts (EE, Premium and up): the instance endpoints of ee/lib/api/service_accounts.rb and the group
endpoints of ee/lib/api/group_service_accounts.rb, with their services (ee/app/services/users/service_accounts/,
ee/app/services/namespaces/service_accounts/) and entity (ee/lib/api/entities/service_account.rb).

A CE server has none of these routes (404 {"error": "404 Not Found"}), nor has an EE server of a version before
the endpoint existed. An instance service account is deleted like any user (DELETE /users/:id); its tokens are
made with POST /users/:id/personal_access_tokens (token_model checks the EE permission)."""
from __future__ import annotations

import datetime
import secrets

from gitlab_sim import entities, errors
from gitlab_sim.api import namespace_model, user_model
from gitlab_sim.api.resources import blank, check_unmodified_since
from gitlab_sim.api.token_model import AVAILABLE_SCOPES, create_personal_access_token, rotate
from gitlab_sim.entities import is_ee, version_at_least
from gitlab_sim.errors import to_sentence
from gitlab_sim.pagination import paginate
from gitlab_sim.params import Param, declared
from gitlab_sim.records import now
from gitlab_sim.routing import Reply, no_content, route
from gitlab_sim.sub_entities import personal_access_token, personal_access_token_with_token

READ_SCOPES = ("api", "read_api")
DEFAULT_NAME = "Service account user"
PREFIX = "service_account"  # User::SERVICE_ACCOUNT_PREFIX
ORDER_KEYS = {"id": lambda user: user.id, "username": lambda user: user.username}
TOKEN_SORTS = {
    "created_asc": (lambda t: (t.created_at, t.id), False), "created_desc": (lambda t: (t.created_at, t.id), True),
    "expires_asc": (lambda t: (t.expires_at or datetime.date.max, t.id), False),
    "expires_desc": (lambda t: (t.expires_at or datetime.date.max, t.id), True),
    "last_used_asc": (lambda t: (t.last_used_at.timestamp() if t.last_used_at else float("inf"), t.id), False),
    "last_used_desc": (lambda t: (t.last_used_at.timestamp() if t.last_used_at else float("inf"), t.id), True),
    "name_asc": (lambda t: (t.name, t.id), False), "name_desc": (lambda t: (t.name, t.id), True),
    "id_asc": (lambda t: t.id, False), "id_desc": (lambda t: t.id, True),
}


def _since(call, major, minor):
    """The route exists on EE from `major.minor` on (the docs' history notes, checked against the code)."""
    if not is_ee(call) or not version_at_least(call, major, minor):
        raise errors.route_not_found()


# -- entity --------------------------------------------------------------------------------------------------
def service_account(user, call, group_endpoint=False):
    """16.1 answered the instance POST with UserBasic and the group POST with UserSafe; the list endpoints
    (17.1) used UserSafe for both; 17.9 brought Entities::ServiceAccount (UserSafe + email), 18.2 its
    `unconfirmed_email` (only when present)."""
    if version_at_least(call, 17, 9):
        data = entities.user_safe(user, call)
        data["email"] = user.email
        if version_at_least(call, 18, 2) and user.unconfirmed_email:
            data["unconfirmed_email"] = user.unconfirmed_email
        return data
    if group_endpoint or version_at_least(call, 17, 1):
        return entities.user_safe(user, call)
    return entities.user_basic(user, call)


# -- the create and update services ---------------------------------------------------------------------------
def _bad_request(problems):
    """Users::CreateService's error: the model's full messages as one sentence, under `bad_request!`."""
    raise errors.bad_request(to_sentence(problems.full_messages()))


def _create(call, values, prefix, group=None):
    """Users::ServiceAccounts::CreateService (Namespaces:: for a group): license seats, then a service account
    with generated username/email unless given, external, confirmed (`skip_confirmation: true`)."""
    state = call.state
    if state.settings.get("ee_plan") == "premium":
        taken = sum(1 for user in state.users.values() if user.user_type == "service_account")
        if taken >= int(state.settings.get("license_user_count") or 0):
            raise errors.forbidden("No more seats are available to create Service Account User")
    username = values.get("username") or "%s_%s" % (prefix, secrets.token_hex(16))
    email = values.get("email") or "%s@noreply.%s" % (username, state.hostname)  # User::NOREPLY_EMAIL_DOMAIN
    name = values.get("name") or DEFAULT_NAME
    problems = user_model.new_errors()
    user_model.validate_email(problems, state, None, email)
    user_model.validate_name(problems, name)
    user_model.validate_username(problems, username)
    if state.user_by_username(username) is not None:
        problems.add("username", "has already been taken")
    if problems:
        _bad_request(problems)
    settings = state.settings
    user = state.add_user(username, name, email.strip().lower(), user_type="service_account", external=True,
                          confirmed_at=now(), created_by_id=call.user.id,
                          projects_limit=settings["default_projects_limit"],
                          provisioned_by_group_id=group.id if group else None)
    state.ensure_primary_email_row(user)
    return user


def _update(call, user, values):
    """Users::UpdateService with `force_name_change` for a service account: blank values are dropped; a new
    email is the primary at once when email confirmation is off, else it waits in `unconfirmed_email`.
    A failure is the model's messages joined with ". "."""
    state = call.state
    values = {key: value for key, value in values.items() if not blank(value)}  # compact_blank
    problems = user_model.new_errors()
    if "username" in values and values["username"] != user.username:
        user_model.validate_username(problems, values["username"])
        other = state.user_by_username(values["username"])
        if other is not None and other.id != user.id:
            problems.add("username", "has already been taken")
    if "name" in values:
        user_model.validate_name(problems, values["name"])
    email = values.get("email")
    if email is not None and email.strip().lower() != user.email:
        user_model.validate_email(problems, state, user.id, email)
    if problems:
        return ". ".join(dict.fromkeys(problems.full_messages()))
    if "username" in values:
        state.rename_user(user, values["username"])
    if "name" in values:
        user.name = values["name"]
    if email is not None and email.strip().lower() != user.email:
        if state.settings.get("email_confirmation_setting", "off") == "off":
            user.email, user.unconfirmed_email = email.strip().lower(), None
            state.ensure_primary_email_row(user)
        else:
            user.unconfirmed_email = email.strip().lower()
    user.touch()
    return None


def _ordered(call, users):
    """`reorder(order_by => sort)` with the declared defaults id/desc; offset pages."""
    values = declared(call, Param("page", int, default=1), Param("per_page", int, default=20, except_values=[0]),
                      Param("order_by", values=["id", "username"], default="id"),
                      Param("sort", values=["asc", "desc"], default="desc"))
    users = sorted(users, key=ORDER_KEYS[values["order_by"]], reverse=values["sort"] == "desc")
    return users, {"order_by": values["order_by"], "sort": values["sort"]}


def _create_params(call):
    """What POST /service_accounts and POST /groups/:id/service_accounts declare, by version: name and username
    from 16.10 (before, GitLab generated both), email from 17.9."""
    params = []
    if version_at_least(call, 16, 10):
        params += [Param("name"), Param("username")]
    if version_at_least(call, 17, 9):
        params.append(Param("email"))
    return params


# -- instance service accounts ----------------------------------------------------------------------------------
@route("POST", "/service_accounts")
def create_instance_service_account(call):
    _since(call, 16, 1)
    call.authenticated_as_admin()
    values = declared(call, *_create_params(call))
    if not namespace_model.can_admin_instance_service_accounts(call):
        if version_at_least(call, 16, 10):
            raise errors.forbidden("User does not have permission to create a service account.")
        raise errors.forbidden()
    user = _create(call, values, PREFIX)
    return Reply(service_account(user, call), status=201)


@route("GET", "/service_accounts", read_scopes=READ_SCOPES)
def list_instance_service_accounts(call):
    _since(call, 17, 1)
    call.authenticated_as_admin()
    users, query = _ordered(call, [u for u in call.state.users.values() if u.user_type == "service_account"])
    if not namespace_model.can_admin_instance_service_accounts(call):  # `authorize! :admin_service_accounts`
        raise errors.forbidden()
    return paginate(call, users, lambda user: service_account(user, call), extra_query=query)


@route("PATCH", "/service_accounts/<str:user_id>")
def update_instance_service_account(call, user_id):
    _since(call, 18, 2)
    call.authenticated_as_admin()
    values = declared(call, Param("user_id", int, required=True), Param("name"), Param("username"),
                      Param("email"), path={"user_id": user_id})
    if not namespace_model.can_admin_instance_service_accounts(call):
        raise errors.forbidden()
    user = call.state.user_by_id(values.pop("user_id"))
    if user is None:
        raise errors.record_not_found()  # `User.find`
    if user.user_type != "service_account":
        raise errors.bad_request("User is not a service account")
    message = _update(call, user, values)
    if message:
        raise errors.bad_request(message)
    return service_account(user, call)


# -- group service accounts ------------------------------------------------------------------------------------
def _group(call, group_id):
    """The `before` block: authenticate!, find_group! (404 Group Not Found), authorize! :admin_service_accounts."""
    call.authenticate()
    group = namespace_model.find_group(call, group_id)
    if not namespace_model.can_admin_group_service_accounts(call, group):
        raise errors.forbidden()
    return group


def _provisioned_service_account(call, group, user_id, missing_is_user=True):
    """`validate_service_account_user`: a user the group provisioned (404 User Not Found; the 16.1 token
    endpoints said plain "404 Not Found"), that is a service account (400)."""
    user = call.state.user_by_id(user_id)
    if user is None or user.provisioned_by_group_id != group.id:
        raise errors.not_found("User" if missing_is_user else None)
    if user.user_type != "service_account":
        raise errors.bad_request("User is not of type Service Account")
    return user


@route("POST", "/groups/<path:id>/service_accounts")
def create_group_service_account(call, id):  # pylint: disable=redefined-builtin
    _since(call, 16, 1)
    group = _group(call, id)
    values = declared(call, *_create_params(call))
    if not version_at_least(call, 17, 11):
        values.pop("email", None)  # behind the group_service_account_custom_email flag (off) until 17.11
    if not namespace_model.can_create_group_service_account(call, group):
        raise errors.bad_request("User does not have permission to create a service account in this namespace.")
    user = _create(call, values, "%s_group_%d" % (PREFIX, group.id), group)
    return Reply(service_account(user, call, group_endpoint=True), status=201)


@route("GET", "/groups/<path:id>/service_accounts", read_scopes=READ_SCOPES)
def list_group_service_accounts(call, id):  # pylint: disable=redefined-builtin
    _since(call, 17, 1)
    group = _group(call, id)
    users, query = _ordered(call, [u for u in call.state.users.values()
                                   if u.user_type == "service_account" and u.provisioned_by_group_id == group.id])
    return paginate(call, users, lambda user: service_account(user, call, group_endpoint=True), extra_query=query)


@route("DELETE", "/groups/<path:id>/service_accounts/<str:user_id>")
def delete_group_service_account(call, id, user_id):  # pylint: disable=redefined-builtin
    """204 whenever the checks pass: `destroy_conditionally!` ignores what the delete service answers, so a
    group owner the instance does not allow to delete service accounts gets a 204 and the account stays."""
    _since(call, 17, 1)
    group = _group(call, id)
    values = declared(call, Param("user_id", int, required=True), Param("hard_delete", bool),
                      path={"user_id": user_id})
    user = _provisioned_service_account(call, group, values["user_id"])
    if user.sole_group_owner and not values.get("hard_delete"):
        raise errors.conflict("User cannot be removed while is the sole-owner of a group")
    check_unmodified_since(call, user.updated_at)
    if namespace_model.can_create_group_service_account(call, group):  # :delete_service_account
        call.state.schedule_delete(user.id, bool(values.get("hard_delete")))


@route("PATCH", "/groups/<path:id>/service_accounts/<str:user_id>")
def update_group_service_account(call, id, user_id):  # pylint: disable=redefined-builtin
    """Errors are `render_api_error!(message, reason)`: {"message": "<text>"} without a status prefix."""
    _since(call, 17, 10)
    group = _group(call, id)
    params = [Param("user_id", int, required=True), Param("name"), Param("username")]
    if version_at_least(call, 18, 2):
        params.append(Param("email"))
    values = declared(call, *params, path={"user_id": user_id})
    user = _provisioned_service_account(call, group, values.pop("user_id"))
    message = _update(call, user, values)
    if message:
        raise errors.api_error(message, 400)
    return service_account(user, call, group_endpoint=True)


# -- group service account tokens ------------------------------------------------------------------------------
def _token_owner(call, group_id, user_id):
    group = _group(call, group_id)
    values = declared(call, Param("user_id", int, required=True), path={"user_id": user_id})
    user = _provisioned_service_account(call, group, values["user_id"],
                                        missing_is_user=version_at_least(call, 17, 1))
    return group, user


@route("GET", "/groups/<path:id>/service_accounts/<str:user_id>/personal_access_tokens", read_scopes=READ_SCOPES)
def list_group_service_account_tokens(call, id, user_id):  # pylint: disable=redefined-builtin
    """PersonalAccessTokensFinder over the account's non-impersonation tokens (`access_token_params`)."""
    _since(call, 17, 11)
    _group_record, user = _token_owner(call, id, user_id)
    values = declared(
        call, Param("revoked", bool), Param("state", values=["active", "inactive"]),
        Param("created_before", "datetime"), Param("created_after", "datetime"),
        Param("last_used_before", "datetime"), Param("last_used_after", "datetime"),
        Param("expires_before", "date"), Param("expires_after", "date"), Param("search"),
        Param("sort", values=sorted(TOKEN_SORTS)), Param("page", int, default=1),
        Param("per_page", int, default=20, except_values=[0]))
    tokens = [t for t in call.state.tokens.values()
              if t.user_id == user.id and t.kind == "personal" and not t.impersonation]
    tokens = [t for t in tokens if _token_matches(t, values)]
    key, descending = TOKEN_SORTS.get(values.get("sort") or "id_asc")
    return paginate(call, sorted(tokens, key=key, reverse=descending), personal_access_token)


def _token_matches(token, values):
    checks = [
        ("revoked", lambda bound: token.revoked == bound),
        ("state", lambda bound: token.active == (bound == "active")),
        ("created_before", lambda bound: token.created_at <= bound),
        ("created_after", lambda bound: token.created_at >= bound),
        ("last_used_before", lambda bound: token.last_used_at is not None and token.last_used_at <= bound),
        ("last_used_after", lambda bound: token.last_used_at is not None and token.last_used_at >= bound),
        ("expires_before", lambda bound: token.expires_at is not None and token.expires_at < bound),
        ("expires_after", lambda bound: token.expires_at is not None and token.expires_at >= bound),
        ("search", lambda bound: all(term.lower() in token.name.lower() for term in bound.split())),
    ]
    return all(check(values[name]) for name, check in checks if values.get(name) is not None)


@route("POST", "/groups/<path:id>/service_accounts/<str:user_id>/personal_access_tokens")
def create_group_service_account_token(call, id, user_id):  # pylint: disable=redefined-builtin
    _since(call, 16, 1)
    group, user = _token_owner(call, id, user_id)
    params = [Param("name", required=True), Param("description"), Param("expires_at", "date"),
              Param("scopes", "str_list", required=True, values=AVAILABLE_SCOPES)]
    values = declared(call, *params)
    return create_personal_access_token(call, user, values, group=group)


@route("POST", "/groups/<path:id>/service_accounts/<str:user_id>/personal_access_tokens/<str:token_id>/rotate")
def rotate_group_service_account_token(call, id, user_id, token_id):  # pylint: disable=redefined-builtin
    """`PersonalAccessTokens::RotateService`; `expires_at` is declared from 17.9 on (ignored before). Another
    user's or a missing token is a plain 404."""
    _since(call, 16, 1)
    _group_record, user = _token_owner(call, id, user_id)
    params = [Param("expires_at", "date")] if version_at_least(call, 17, 9) else []
    values = declared(call, *params)
    token = call.state.tokens.get(int(token_id)) if str(token_id).isdigit() else None
    if token is None or token.user_id != user.id or token.kind != "personal":
        raise errors.not_found()
    return Reply(personal_access_token_with_token(rotate(call, token, values.get("expires_at"))), status=200)


@route("DELETE", "/groups/<path:id>/service_accounts/<str:user_id>/personal_access_tokens/<str:token_id>")
def revoke_group_service_account_token(call, id, user_id, token_id):  # pylint: disable=redefined-builtin
    """`revoke_token` (lib/api/helpers/personal_access_tokens_helpers.rb): 204; the revoke service lets a group
    owner revoke the group's service account tokens (ee/app/services/ee/personal_access_tokens/revoke_service.rb)."""
    _since(call, 17, 11)
    _group_record, user = _token_owner(call, id, user_id)
    token = call.state.tokens.get(int(token_id)) if str(token_id).isdigit() else None
    if token is None or token.user_id != user.id or token.kind != "personal":
        raise errors.not_found("Personal Access Token")
    token.revoked = True
    return no_content()
