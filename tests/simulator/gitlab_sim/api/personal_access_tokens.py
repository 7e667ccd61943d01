"""The personal access tokens API (lib/api/personal_access_tokens.rb, lib/api/helpers/
personal_access_tokens_helpers.rb, app/finders/personal_access_tokens_finder.rb) and POST
/user/personal_access_tokens (lib/api/users.rb).

Admins see and manage every token; other users only their own, and never their impersonation tokens in
lists or revocations. OAuth access tokens (POST /oauth/token) are not personal access tokens."""
from __future__ import annotations

import datetime

from gitlab_sim import errors
from gitlab_sim.api.resources import paginate_by_id
from gitlab_sim.api.token_model import create_personal_access_token, rotate
from gitlab_sim.pagination import paginate
from gitlab_sim.params import Param, declared, int_path
from gitlab_sim.routing import Reply, no_content, route
from gitlab_sim.records import today
from gitlab_sim.sub_entities import personal_access_token, personal_access_token_with_token

READ_SCOPES = ("api", "read_api")  # API::PersonalAccessTokens does not allow read_user
SORTS = {
    "id_asc": (lambda t: t.id, False), "id_desc": (lambda t: t.id, True),
    "name_asc": (lambda t: (t.name, t.id), False), "name_desc": (lambda t: (t.name, t.id), True),
    "created_asc": (lambda t: (t.created_at, t.id), False), "created_desc": (lambda t: (t.created_at, t.id), True),
    "created_at_asc": (lambda t: (t.created_at, t.id), False),
    "created_at_desc": (lambda t: (t.created_at, t.id), True),
    "expires_asc": (lambda t: (t.expires_at or datetime.date.max, t.id), False),
    "expires_desc": (lambda t: (t.expires_at or datetime.date.max, t.id), True),
    "last_used_asc": (lambda t: (t.last_used_at.timestamp() if t.last_used_at else float("inf"), t.id), False),
    "last_used_desc": (lambda t: (t.last_used_at.timestamp() if t.last_used_at else float("inf"), t.id), True),
}


def token_with_last_used_ips(token, call=None):  # pylint: disable=unused-argument
    """PersonalAccessTokenWithLastUsedIps."""
    data = personal_access_token(token)
    data["last_used_ips"] = list(token.last_used_ips)
    return data


def _personal_tokens(state):
    return [token for token in state.tokens.values() if token.kind == "personal"]


def _restrict_non_admins(call):
    """The `before` block, ahead of parameter validation: `authenticate!`, then a non-admin naming
    another (or no existing) user in `user_id` is 401."""
    user = call.authenticate()
    raw = call.params.get("user_id")
    if user.is_admin or raw in (None, ""):
        return user
    if str(raw) != str(user.id):
        raise errors.unauthorized()
    return user


def _at_most(value, bound):
    return value <= bound


def _at_least(value, bound):
    return value >= bound


def _before(value, bound):
    return value < bound


def _bound(attribute, compare, bound):
    """A token whose `attribute` is unset never matches a bound (SQL comparison with NULL)."""
    return lambda token: getattr(token, attribute) is not None and compare(getattr(token, attribute), bound)


def _filters(values):
    """PersonalAccessTokensFinder's filters, as predicates."""
    checks = []
    if "revoked" in values:
        checks.append(lambda t: t.revoked == values["revoked"])
    if values.get("state") == "active":
        checks.append(lambda t: t.active)
    elif values.get("state") == "inactive":
        checks.append(lambda t: not t.active)
    bounds = (("created_before", "created_at", _at_most), ("created_after", "created_at", _at_least),
              ("last_used_before", "last_used_at", _at_most), ("last_used_after", "last_used_at", _at_least),
              ("expires_before", "expires_at", _before), ("expires_after", "expires_at", _at_least))
    for param, attribute, compare in bounds:
        if values.get(param) is not None:
            checks.append(_bound(attribute, compare, values[param]))
    if values.get("search") is not None:
        # `fuzzy_search(query, [:name])`: a blank query matches everything
        terms = [term.lower() for term in values["search"].split()]
        checks.append(lambda t: all(term in t.name.lower() for term in terms))
    return checks


@route("GET", "/personal_access_tokens", read_scopes=READ_SCOPES)
def list_tokens(call):
    user = _restrict_non_admins(call)
    values = declared(
        call, Param("user_id", int), Param("revoked", bool), Param("state", values=["active", "inactive"]),
        Param("created_before", "datetime"), Param("created_after", "datetime"),
        Param("last_used_before", "datetime"), Param("last_used_after", "datetime"),
        Param("expires_before", "date"), Param("expires_after", "date"), Param("search"), Param("sort"),
        Param("page", int, default=1), Param("per_page", int, default=20, except_values=[0]))
    tokens = _personal_tokens(call.state)
    if user.is_admin:
        if "user_id" in call.params:  # `not_found!` for an unknown or blank user_id
            owner = call.state.user_by_id(values.get("user_id"))
            if owner is None:
                raise errors.not_found()
            tokens = [t for t in tokens if t.user_id == owner.id]
    else:
        tokens = [t for t in tokens if t.user_id == user.id and not t.impersonation]
    checks = _filters(values)
    tokens = [t for t in tokens if all(check(t) for check in checks)]
    tokens.sort(key=lambda t: t.id)
    if values.get("sort") in SORTS:
        key, descending = SORTS[values["sort"]]
        tokens.sort(key=key, reverse=descending)
        return paginate(call, tokens, token_with_last_used_ips)
    return paginate_by_id(call, tokens, token_with_last_used_ips)


def _visible_token(call, raw_id):
    """`Ability.allowed?(current_user, :read_personal_access_token, token&.user)`: admins learn that a
    token does not exist (404), everyone else gets 401 for missing and foreign tokens alike."""
    token_id = int_path(call, id=raw_id)["id"]
    token = call.state.tokens.get(token_id)
    if token is not None and token.kind == "personal" and (call.is_admin or token.user_id == call.user.id):
        return token
    if call.is_admin:
        raise errors.not_found()
    raise errors.unauthorized()


@route("GET", "/personal_access_tokens/self", read_scopes=READ_SCOPES)
def get_self(call):
    """The token that authenticates the request (lib/api/personal_access_tokens/self_information.rb)."""
    call.authenticate()
    if call.token is None or call.token.kind != "personal":
        raise errors.not_found()
    return token_with_last_used_ips(call.token)


@route("GET", "/personal_access_tokens/<str:id>", read_scopes=READ_SCOPES)
def get_token(call, id):  # pylint: disable=redefined-builtin
    call.authenticate()
    return token_with_last_used_ips(_visible_token(call, id))


@route("POST", "/personal_access_tokens/self/rotate")
def rotate_self(call):
    call.authenticate()
    values = declared(call, Param("expires_at", "date"))
    if call.token is None or call.token.kind != "personal":
        raise errors.not_found()
    return Reply(personal_access_token_with_token(rotate(call, call.token, values.get("expires_at"))), status=200)


@route("POST", "/personal_access_tokens/<str:id>/rotate")
def rotate_token(call, id):  # pylint: disable=redefined-builtin
    """POST /personal_access_tokens/:id/rotate (16.0+): the owner or an admin, any kind of personal access
    token (an impersonation token rotates into an impersonation token); 200 PersonalAccessTokenWithToken."""
    call.authenticate()
    values = declared(call, Param("id", int, required=True), Param("expires_at", "date"), path={"id": id})
    token = _visible_token(call, str(values["id"]))
    return Reply(personal_access_token_with_token(rotate(call, token, values.get("expires_at"))), status=200)


def _revoke(call, token):
    """`PersonalAccessTokens::RevokeService` (source :self): the owner of a non-impersonation token or an
    admin; otherwise 400 "Not permitted to revoke". Revoking a revoked token succeeds again."""
    if not (call.is_admin or (token.user_id == call.user.id and not token.impersonation)):
        raise errors.bad_request("Not permitted to revoke")
    token.revoked = True
    return no_content()


@route("DELETE", "/personal_access_tokens/self")
def revoke_self(call):
    call.authenticate()
    if call.token is None or call.token.kind != "personal":
        raise errors.not_found()
    return _revoke(call, call.token)


@route("DELETE", "/personal_access_tokens/<str:id>")
def revoke_token(call, id):  # pylint: disable=redefined-builtin
    """`find_token`: `PersonalAccessToken.find` raises for an unknown id (404 "404 Not found")."""
    call.authenticate()
    token_id = int_path(call, id=id)["id"]
    token = call.state.tokens.get(token_id)
    if token is None or token.kind != "personal":
        raise errors.record_not_found()
    return _revoke(call, token)


@route("POST", "/user/personal_access_tokens")
def create_own_token(call):
    """POST /user/personal_access_tokens (16.5+): only the `k8s_proxy` scope, expiring tomorrow by default."""
    user = call.authenticate()
    values = declared(call, Param("name", required=True),
                      Param("scopes", "str_list", required=True, values=["k8s_proxy"]),
                      Param("description"), Param("expires_at", "date"))
    return create_personal_access_token(call, user, values, default_expiry=today() + datetime.timedelta(days=1))
