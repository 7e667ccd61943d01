"""/users and /user: list, get, current user, create, update, delete, identities (lib/api/users.rb)."""
from __future__ import annotations

import datetime
import itertools
import secrets

from gitlab_sim import activity, entities, errors
from gitlab_sim.api import rate_limits, user_finder, user_model
from gitlab_sim.api.resources import check_unmodified_since, find_user_or_404
from gitlab_sim.pagination import FORWARD, KeysetOrder, decode_cursor, pagination_params, paginate, paginate_keyset
from gitlab_sim.params import AllOrNoneOf, AtLeastOneOf, Param, declared
from gitlab_sim.routing import Reply, route
from gitlab_sim.records import Identity, hash_password, now

# GET /users went to `paginate_with_strategies` with cursor-based keyset pagination in 16.5 (gitlab-org/gitlab#419556,
# doc/api/rest/_index.md); before that `paginate(users)` served offset pages whatever `pagination` said.
USERS_KEYSET_SINCE = (16, 5)
# Offset pages of users stop at PlanLimits#offset_pagination_limit (lib/api/helpers/pagination_strategies.rb
# `offset_paginator`) once User is an enforced type: it joined CursorBasedKeyset::ENFORCED_TYPES (next to Group)
# some releases after its keyset support, and the newest code enforces every keyset-capable type. The release
# could not be pinned from the source read; 17.0 is approximate.
USERS_OFFSET_LIMIT_SINCE = (17, 0)
ORDER_BY_VALUES = ["id", "name", "username", "created_at", "updated_at"]
ADMIN_ONLY_FINDER_PARAMS = ("created_after", "created_before", "order_by", "sort", "two_factor",
                            "without_projects")
USER_DETAIL_FIELDS = ("skype", "linkedin", "twitter", "discord", "website_url", "organization", "location")
PLAIN_FIELDS = ("projects_limit", "pronouns", "note", "theme_id", "color_scheme_id", "can_create_group",
                "external", "view_diffs_file_by_file")


# -- GET /users ------------------------------------------------------------------------------------
def list_params(call):
    ee = [Param("saml_provider_id", int)] if call.state.settings.get("edition") == "ee" else []
    return declared(
        call,
        Param("username"), Param("extern_uid"), Param("provider"), Param("search"),
        Param("active", bool, default=False), Param("humans", bool, default=False),
        Param("external", bool, default=False), Param("blocked", bool, default=False),
        Param("created_after", "datetime"), Param("created_before", "datetime"),
        Param("without_projects", bool, default=False), Param("without_project_bots", bool, default=False),
        Param("admins", bool, default=False), Param("two_factor"),
        Param("exclude_active", bool, default=False), Param("exclude_external", bool, default=False),
        Param("exclude_humans", bool, default=False), Param("exclude_internal", bool, default=False),
        AllOrNoneOf("extern_uid", "provider"),
        Param("order_by", values=ORDER_BY_VALUES), Param("sort", values=["asc", "desc"]),
        Param("page", int, default=1), Param("per_page", int, default=20, except_values=[0]),
        Param("with_custom_attributes", bool, default=False), Param("custom_attributes", dict), *ee)


def authorize_list(call, values):
    """extern_uid lookups are admin-only, anonymous callers need ?username=."""
    if values.get("extern_uid") and values.get("provider"):
        call.authenticated_as_admin()
    if call.user is None:
        restricted = "public" in (call.state.settings.get("restricted_visibility_levels") or [])
        if restricted or not values.get("username"):
            raise errors.forbidden("Not authorized to access /api/v4/users")


def keyset_order(order_by, sort):
    """Keyset order for GET /users: the ordering column (created_at -> id) then id, one direction."""
    column = user_finder.order_column(order_by)

    def key(user):
        return (user.id,) if column == "id" else (getattr(user, column), user.id)

    def cursor(user):
        if column == "id":
            return {"id": str(user.id)}
        value = getattr(user, column)
        return {column: value.isoformat() if column == "updated_at" else value, "id": str(user.id)}

    def key_from_cursor(attrs):
        try:
            user_id = int(attrs["id"])
            if column == "id":
                return (user_id,)
            value = attrs[column]
            if column == "updated_at":
                value = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return (value, user_id)
        except (KeyError, TypeError, ValueError):
            return None

    return KeysetOrder(key, cursor, key_from_cursor, descending=(sort == "desc"))


def order_users(users, values, link_values):
    """`reorder_users` reads the raw params, so order_by/sort apply to non-admins too (newest quirk).
    With ?search= and no explicit order the finder's order stands (search relevance, or id DESC for a
    blank search); otherwise the defaults id/desc are written back into params (and Link URLs).
    Sorts `users` in place; True when the order is search relevance."""
    if values.get("search") is not None and not values.get("order_by") and not values.get("sort"):
        if user_finder.search_present(values["search"]):
            users.sort(key=user_finder.relevance_key(values["search"]))
            return True
        users.sort(key=lambda u: u.id, reverse=True)
        return False
    link_values.setdefault("order_by", "id")
    link_values.setdefault("sort", "desc")
    users[:] = user_finder.sort_users(users, link_values["order_by"], link_values["sort"])
    return False


@route("GET", "/users")
def list_users(call):
    values = list_params(call)
    authorize_list(call, values)
    admin = call.is_admin
    finder_params = dict(values)
    if not admin:
        for name in ADMIN_ONLY_FINDER_PARAMS:
            finder_params.pop(name, None)
    link_values = dict(values)
    window = _keyset_by_id_window(call, values, finder_params, admin)
    if window is not None:
        users, relevance = window, False
        link_values.setdefault("order_by", "id")
        link_values.setdefault("sort", "desc")
    else:
        users = user_finder.find_users(call.state, finder_params, admin)
        relevance = order_users(users, values, link_values)
    with_ca = values["with_custom_attributes"] and admin
    entity = entities.user_with_admin if admin else entities.user_basic

    def render(user):
        return entity(user, call, with_ca)

    if not entities.version_at_least(call, *USERS_KEYSET_SINCE):
        return paginate(call, users, render, extra_query=link_values)
    if call.params.get("pagination") == "keyset":
        if relevance:
            raise errors.ApiError(405, {"error": "Keyset pagination is not yet available for this type of request"})
        order = keyset_order(link_values["order_by"], link_values["sort"])
        return paginate_keyset(call, users, render, order, extra_query=link_values)
    enforced = entities.version_at_least(call, *USERS_OFFSET_LIMIT_SINCE)
    return paginate(call, users, render, extra_query=link_values, keyset_type="User" if enforced else None)


def _keyset_by_id_window(call, values, finder_params, admin):
    """For a forward keyset page ordered by id (created_at orders by id too) without ?search=: the users from the
    cursor on, only as many as the page needs (per_page + 1, which tells whether there is a next page), so that a
    page of 100,000 users costs a page, not a scan. None when another path answers (offset pages, other orders,
    search, backward or undecodable cursors: the general path and its errors)."""
    if call.params.get("pagination") != "keyset" or values.get("search") is not None:
        return None
    if not entities.version_at_least(call, *USERS_KEYSET_SINCE):
        return None
    if user_finder.order_column(values.get("order_by") or "id") != "id":
        return None
    _page, per_page = pagination_params(call)
    after_id = None
    cursor = call.params.get("cursor")
    if cursor not in (None, ""):
        try:
            attrs = decode_cursor(str(cursor))
            after_id = int(attrs["id"])
        except (errors.ApiError, KeyError, TypeError, ValueError):
            return None
        if attrs.get("_kd", FORWARD) != FORWARD:
            return None
    found = user_finder.users_by_id_from(call.state, finder_params, admin, after_id,
                                         descending=(values.get("sort") or "desc") == "desc")
    return list(itertools.islice(found, per_page + 1))


# -- GET /users/:id, GET /user ------------------------------------------------------------------
@route("GET", "/users/<int:id>")
def get_user(call, id):
    values = declared(call, Param("with_custom_attributes", bool, default=False), Param("custom_attributes", dict))
    if call.user is None:
        raise errors.forbidden("Not authorized!")
    if not rate_limits.can_read_all_resources(call):
        # Counted before the lookup: a request for a missing user spends the budget too.
        rate_limits.check(call, "users_get_by_id", ("user", call.user.id),
                          users_allowlist=call.state.settings.get("users_get_by_id_limit_allowlist"))
    user = find_user_or_404(call, id)
    if call.is_admin:
        return entities.user_details_with_admin(user, call, values["with_custom_attributes"])
    return entities.user(user, call)


@route("GET", "/user")
def current_user(call):
    """`present current_user, with: entity`: Grape serializes the entity after the endpoint's `after` callbacks, and
    Users::ActivityService updates that same object (`author: @current_user`), so the answer already shows the
    activity this request records (the dispatcher's own call then finds it done)."""
    user = call.authenticate()
    activity.record(call.state, user)
    if user.is_admin:
        return entities.user_with_admin(user, call)
    return entities.user_public(user, call)


# -- POST /users ---------------------------------------------------------------------------------
def create_params(call):
    return declared(
        call,
        Param("email", required=True), Param("password"), Param("reset_password", bool),
        Param("skip_confirmation", bool), AtLeastOneOf("password", "reset_password", "force_random_password"),
        Param("name", required=True), Param("username", required=True), Param("force_random_password", bool),
        *user_model.optional_attributes(), AllOrNoneOf("extern_uid", "provider"), *user_model.ee_attributes(call))


def validate_new_user(call, values, random_password):
    settings, state = call.state.settings, call.state
    problems = user_model.new_errors()
    user_model.validate_email(problems, state, None, values["email"])
    if not random_password:
        user_model.validate_password(problems, settings, values.get("password"), values)
    user_model.validate_name(problems, values["name"])
    user_model.validate_details(problems, values)
    user_model.validate_numbers(problems, values)
    user_model.validate_username(problems, values["username"])
    if state.user_by_username(values["username"] or "") is not None:
        problems.add("username", "has already been taken")
    verified = {values["email"]} if values.get("skip_confirmation") else set()
    user_model.validate_owned_emails(problems, verified, values)
    user_model.validate_avatar(problems, values.get("avatar"))
    user_model.validate_identity(problems, state, None, values.get("provider"), values.get("extern_uid"))
    return problems


def raise_create_failure(call, values, problems):
    """When the save fails: 409 for a taken email (by_any_email), then for a taken username,
    else the validation errors (an email that is only an unconfirmed secondary email of another user
    fails validation without a conflict)."""
    if call.state.user_by_any_email(values["email"] or "") is not None:
        raise errors.conflict("Email has already been taken")
    if call.state.user_by_username(values["username"] or "") is not None:
        raise errors.conflict("Username has already been taken")
    raise errors.validation_error(problems.render())


@route("POST", "/users")
def create_user(call):
    call.authenticate_non_get()
    values = user_model.normalize(create_params(call))
    call.authenticated_as_admin()
    if "private_profile" in values and values["private_profile"] is None:
        values["private_profile"] = call.state.settings["user_defaults_to_private_profile"]
    random_password = bool(values.get("reset_password") or values.get("force_random_password"))
    problems = validate_new_user(call, values, random_password)
    if problems:
        raise_create_failure(call, values, problems)
    user = build_user(call, values, random_password)
    return Reply(entities.user_with_admin(user, call), status=201)


def build_user(call, values, random_password):
    """Users::BuildService + save: defaults from the instance settings, then the given attributes."""
    settings = call.state.settings
    user = call.state.add_user(
        values["username"], values["name"], values["email"], created_by_id=call.user.id,
        projects_limit=settings["default_projects_limit"], theme_id=settings["default_theme"],
        color_scheme_id=settings["default_color_scheme"], can_create_group=settings["default_can_create_group"],
        external=settings["user_default_external"],
        private_profile=settings["user_defaults_to_private_profile"])
    user.password_hash = hash_password(secrets.token_hex(16) if random_password else values["password"])
    user.password_automatically_set = random_password
    if values.get("skip_confirmation"):
        user.confirmed_at = now()
        call.state.ensure_primary_email_row(user)
    apply_attributes(call, user, values)
    return user


# -- PUT /users/:id ------------------------------------------------------------------------------
def update_params(call):
    return declared(
        call,
        Param("email"), Param("password"), Param("skip_reconfirmation", bool), Param("name"), Param("username"),
        *user_model.optional_attributes(), AllOrNoneOf("extern_uid", "provider"), *user_model.ee_attributes(call))


def check_update_conflicts(call, user, raw_email, username):
    """PUT checks by_any_email and by_username against *other* users before updating."""
    if raw_email and call.state.user_by_any_email(raw_email.lower(), exclude_id=user.id) is not None:
        raise errors.conflict("Email has already been taken")
    if username:
        other = call.state.user_by_username(username)
        if other is not None and other.id != user.id:
            raise errors.conflict("Username has already been taken")


def email_change_is_direct(call, user, values):
    """Devise reconfirmation is skipped with skip_reconfirmation or when the new address is already a
    confirmed secondary email (`check_for_verified_email`)."""
    new_email = values.get("email")
    if new_email is None or new_email == user.email:
        return False
    return bool(values.get("skip_reconfirmation")) or call.state.confirmed_email_record(user, new_email) is not None


def validate_update(call, user, values):
    state, problems = call.state, user_model.new_errors()
    merged = {"name": user.name, "username": user.username, "email": user.email}
    merged.update({k: v for k, v in values.items() if k in ("name", "username", "email")})
    if "email" in values:
        user_model.validate_email(problems, state, user.id, values["email"])
    if "password" in values:
        user_model.validate_password(problems, state.settings, values["password"], merged)
    if "name" in values:
        user_model.validate_name(problems, values["name"])
    user_model.validate_details(problems, values)
    user_model.validate_numbers(problems, values)
    if "username" in values and values["username"] != user.username:  # namespace rules run on a new path
        user_model.validate_username(problems, values["username"])
    primary = values["email"] if email_change_is_direct(call, user, values) else user.email
    user_model.validate_owned_emails(problems, verified_emails(call, user, primary), values)
    user_model.validate_avatar(problems, values.get("avatar"))
    user_model.validate_identity(problems, state, user.id, values.get("provider"), values.get("extern_uid"))
    return problems


def verified_emails(call, user, primary):
    """`User#verified_emails`: a confirmed primary, the private commit email, confirmed secondaries."""
    verified = {call.state.private_commit_email(user)}
    if user.confirmed_at is not None:
        verified.add(primary)
    verified.update(r.email for r in call.state.owned("emails", user.id) if r.confirmed_at)
    return verified


@route("PUT", "/users/<int:id>")
def update_user(call, id):
    call.authenticate_non_get()
    values = update_params(call)
    call.authenticated_as_admin()
    user = find_user_or_404(call, id)
    check_update_conflicts(call, user, values.get("email"), values.get("username"))
    values = user_model.normalize(values)
    if "private_profile" in values and values["private_profile"] is None:
        values["private_profile"] = call.state.settings["user_defaults_to_private_profile"]
    problems = validate_update(call, user, values)
    if problems:
        raise errors.validation_error(problems.render())
    apply_update(call, user, values)
    return entities.user_with_admin(user, call)


def apply_update(call, user, values):
    before = dict(vars(user), identities=[dict(vars(i)) for i in user.identities])
    if values.get("name") is not None:
        user.name = values["name"]
    if values.get("username") and values["username"] != user.username:
        call.state.rename_user(user, values["username"])
    if values.get("password"):
        user.password_hash = hash_password(values["password"])
        user.password_automatically_set = False
        if call.user.id != user.id:
            user.password_expires_at = now()  # an admin's change forces a new password at next login
    if values.get("email") and values["email"] != user.email:
        change_primary_email(call, user, values["email"], email_change_is_direct(call, user, values))
    apply_attributes(call, user, values)
    after = dict(vars(user), identities=[dict(vars(i)) for i in user.identities])
    if before != after:
        user.touch()


def change_primary_email(call, user, new_email, direct):
    """Reconfirmation keeps the primary and records `unconfirmed_email`. A direct change runs
    `update_emails_with_primary_email`: the new address's secondary row goes, the old primary becomes
    a secondary carrying the old confirmation, and confirmed_at comes from the removed row."""
    if not direct:
        user.unconfirmed_email = new_email
        return
    state = call.state
    record = next((r for r in state.owned("emails", user.id) if r.email == new_email), None)
    previous_email, previous_confirmed = user.email, user.confirmed_at
    if record is not None:
        del state.emails[record.id]
    user.email = new_email
    user.unconfirmed_email = None
    if not any(r.email == previous_email.lower() for r in state.owned("emails", user.id)):
        state.add_email(user, previous_email, confirmed_at=previous_confirmed)
    if record is not None and record.confirmed_at:
        user.confirmed_at = record.confirmed_at
    state.ensure_primary_email_row(user)  # after_save add_primary_email_to_emails!


def apply_attributes(call, user, values):
    """Assign the optional attributes shared by create and update."""
    for field in PLAIN_FIELDS:
        if field in values and (values[field] is not None or field in ("pronouns", "note")):
            setattr(user, field, values[field])
    for field in USER_DETAIL_FIELDS + ("bio",):
        if field in values:
            setattr(user, field, values[field] or "")  # UserDetail#prevent_nil_fields
    if values.get("admin") is not None:
        user.is_admin = values["admin"]
    if values.get("private_profile") is not None:
        user.private_profile = values["private_profile"]
    for field in ("public_email", "commit_email"):
        if field in values:
            setattr(user, field, values[field] or None)
    if values.get("avatar"):
        user_model.store_avatar(user, values["avatar"])
    apply_ee_attributes(call, user, values)
    if values.get("extern_uid") and values.get("provider"):
        upsert_identity(user, values["provider"], values["extern_uid"], values.get("group_id_for_saml"))


def apply_ee_attributes(call, user, values):
    if call.state.settings.get("edition") != "ee":
        return
    if values.get("auditor") is not None:
        user.is_auditor = values["auditor"]
    for field in ("shared_runners_minutes_limit", "extra_shared_runners_minutes_limit"):
        if field in values:
            setattr(user, field, values[field])


def upsert_identity(user, provider, extern_uid, saml_provider_id=None):
    """`identities.find_or_create_by(provider:).update(extern_uid:)`."""
    for identity in user.identities:
        if identity.provider == provider:
            if identity.extern_uid != extern_uid:
                identity.extern_uid = extern_uid
                identity.updated_at = now()
            return
    user.identities.append(Identity(provider=provider, extern_uid=extern_uid, saml_provider_id=saml_provider_id))


# -- DELETE ----------------------------------------------------------------------------------------
@route("DELETE", "/users/<int:id>")
def delete_user(call, id):
    call.authenticate_non_get()
    values = declared(call, Param("hard_delete", bool))
    call.authenticated_as_admin()
    user = find_user_or_404(call, id)
    if user.sole_group_owner and not values.get("hard_delete"):
        raise errors.conflict("User cannot be removed while is the sole-owner of a group")
    check_unmodified_since(call, user.updated_at)
    if values.get("hard_delete"):
        user.fire("block")  # delete_async blocks first so the user cannot act while queued
    call.state.schedule_delete(user.id, hard_delete=bool(values.get("hard_delete")))
    return Reply(status=204)


@route("DELETE", "/users/<int:id>/identities/<str:provider>")
def delete_identity(call, id, provider):
    call.authenticate_non_get()
    call.authenticated_as_admin()
    user = find_user_or_404(call, id)
    identity = next((i for i in user.identities if i.provider == provider), None)
    if identity is None:
        raise errors.not_found("Identity")
    check_unmodified_since(call, identity.updated_at)
    user.identities.remove(identity)
    return Reply(status=204)
