"""/users and /user (behaviour doc sections 1.1-1.6)."""
from __future__ import annotations

import re

from gitlab_sim import entities, errors
from gitlab_sim.pagination import paginate
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import route
from gitlab_sim.state import hash_password, now

EMAIL_RE = re.compile(r"\A[^@\s]+@[^@\s]+\Z")
USERNAME_RE = re.compile(r"\A[a-zA-Z0-9_\.][a-zA-Z0-9_\-\.]*[a-zA-Z0-9_\-]\Z|\A[a-zA-Z0-9_]\Z")
RESERVED_NAMES = {"admin", "api", "dashboard", "explore", "help", "profile", "projects", "public",
                  "search", "users", "groups", "-", "assets", "uploads", "s", "oauth", "import"}
NAMESPACE_FORMAT_MESSAGE = ("can contain only letters, digits, '_', '-' and '.'. Cannot start with '-', "
                            "end in '.git' or end in '.atom'")
MAX_INT = 2147483647

# Writable attributes shared by POST and PUT /users, with their Grape types.
USER_ATTRIBUTE_PARAMS = [
    Param("skype"), Param("linkedin"), Param("twitter"), Param("discord"), Param("website_url"),
    Param("organization"), Param("projects_limit", int), Param("extern_uid"), Param("provider"),
    Param("bio"), Param("location"), Param("pronouns"), Param("public_email"), Param("commit_email"),
    Param("admin", bool), Param("can_create_group", bool), Param("external", bool),
    Param("avatar", "file"), Param("theme_id", int), Param("color_scheme_id", int),
    Param("private_profile", bool), Param("note"), Param("view_diffs_file_by_file", bool),
    Param("job_title"),
    # EE-only (accepted and ignored on CE, like a CE server that does not declare them)
    Param("auditor", bool), Param("shared_runners_minutes_limit", int),
    Param("extra_shared_runners_minutes_limit", int), Param("group_id_for_saml", int),
]
PLAIN_FIELDS = ("skype", "linkedin", "twitter", "discord", "website_url", "organization", "location",
                "pronouns", "note", "job_title", "theme_id", "color_scheme_id", "projects_limit",
                "can_create_group", "external", "view_diffs_file_by_file")
THEMES = range(1, 12)
COLOR_SCHEMES = range(1, 7)


def admin_entity(user, call, with_custom_attributes=False):
    return entities.user_with_admin(user, call, with_custom_attributes)


@route("GET", "/users")
def list_users(call):
    values = declared(
        call,
        Param("username"), Param("extern_uid"), Param("provider"), Param("search"),
        Param("active", bool, default=False), Param("blocked", bool, default=False),
        Param("external", bool, default=False), Param("admins", bool, default=False),
        Param("order_by", values=["id", "name", "username", "created_at", "updated_at"], default="id"),
        Param("sort", values=["asc", "desc"], default="desc"),
        Param("with_custom_attributes", bool, default=False),
        all_or_none_of=[("extern_uid", "provider")],
    )
    if values.get("extern_uid") is not None:
        call.authenticated_as_admin()
    if call.user is None and not values.get("username"):
        raise errors.forbidden("Not authorized to access /api/v4/users")
    admin = call.is_admin
    users = list(call.state.users.values())
    if not admin:
        users = [u for u in users if u.state not in ("blocked", "banned", "ldap_blocked")]
    if values.get("username"):
        wanted = values["username"].lower()
        users = [u for u in users if u.username.lower() == wanted]
    if values.get("active"):
        users = [u for u in users if u.state == "active" and not u.internal]
    if values.get("blocked"):
        users = [u for u in users if u.state in ("blocked", "ldap_blocked")]
    if values.get("external"):
        users = [u for u in users if u.external]
    if values.get("admins") and admin:
        users = [u for u in users if u.is_admin]
    if values.get("extern_uid") is not None:
        users = [u for u in users if any(i["provider"] == values["provider"] and i["extern_uid"] == values["extern_uid"]
                                         for i in u.identities)]
    order_by, sort = values["order_by"], values["sort"]
    users.sort(key=lambda u: (getattr(u, order_by), u.id), reverse=(sort == "desc"))
    with_ca = values["with_custom_attributes"]
    if admin:
        def render(u):
            return entities.user_with_admin(u, call, with_ca)
    else:
        def render(u):
            return entities.user_basic(u, call)
    return paginate(call, users, render)


def find_user_or_404(call, user_id):
    user = call.state.user_by_id(user_id)
    if user is None:
        raise errors.not_found("User")
    return user


@route("GET", "/users/<int:id>")
def get_user(call, id):
    if call.user is None:
        raise errors.forbidden("Not authorized!")
    values = declared(call, Param("with_custom_attributes", bool, default=False))
    user = find_user_or_404(call, id)
    if call.is_admin:
        return entities.user_details_with_admin(user, call, values["with_custom_attributes"])
    return entities.user(user, call)


@route("GET", "/user")
def current_user(call):
    user = call.authenticate()
    if user.is_admin:
        return entities.user_with_admin(user, call)
    return entities.user_public(user, call)


def _validate_user_fields(call, user, values, creating):
    """Model validations -> 400 {"message": {attr: [...]}} (app/models/user.rb)."""
    problems = {}
    settings = call.state.settings
    email = values.get("email")
    if email is not None and not EMAIL_RE.match(email):
        problems.setdefault("email", []).append("is invalid")
    username = values.get("username")
    if username is not None:
        if username.lower() in RESERVED_NAMES:
            problems.setdefault("username", []).append("%s is a reserved name" % username)
        elif not USERNAME_RE.match(username) or username.endswith((".git", ".atom")):
            problems.setdefault("username", []).append(NAMESPACE_FORMAT_MESSAGE)
        if not 2 <= len(username) <= 255:
            problems.setdefault("username", []).append(
                "is too short (minimum is 2 characters)" if len(username) < 2
                else "is too long (maximum is 255 characters)")
    name = values.get("name")
    if name is not None and len(name) > 255:
        problems.setdefault("name", []).append("is too long (maximum is 255 characters)")
    if "name" in values and not (name or "").strip():
        problems.setdefault("name", []).append("can't be blank")
    password = values.get("password")
    if password is not None and len(password) < settings["minimum_password_length"]:
        problems.setdefault("password", []).append(
            "is too short (minimum is %d characters)" % settings["minimum_password_length"])
    if values.get("bio") is not None and len(values["bio"]) > 255:
        problems.setdefault("bio", []).append("is too long (maximum is 255 characters)")
    limit = values.get("projects_limit")
    if limit is not None and limit < 0:
        problems.setdefault("projects_limit", []).append("must be greater than or equal to 0")
    if limit is not None and limit > MAX_INT:
        problems.setdefault("projects_limit", []).append("must be less than or equal to %d" % MAX_INT)
    if values.get("theme_id") is not None and values["theme_id"] not in THEMES:
        problems.setdefault("theme_id", []).append("%s is not a valid theme" % values["theme_id"])
    if values.get("color_scheme_id") is not None and values["color_scheme_id"] not in COLOR_SCHEMES:
        problems.setdefault("color_scheme_id", []).append("%s is not a valid color scheme" % values["color_scheme_id"])
    for field in ("public_email", "commit_email"):
        wanted = values.get(field)
        if wanted in (None, "") or (field == "commit_email" and wanted == "_private"):
            continue
        if not _is_verified_email(call, user, wanted, values.get("email") if creating else None):
            problems.setdefault(field, []).append("must be an email you have verified")
    if problems:
        raise errors.validation_error(problems)


def _is_verified_email(call, user, email, new_primary=None):
    email = email.lower()
    if new_primary is not None:
        return email == new_primary.lower()
    if user is None:
        return False
    if user.email.lower() == email and user.confirmed_at:
        return True
    return any(r["user_id"] == user.id and r["email"] == email and r["confirmed_at"]
               for r in call.state.emails.values())


def _apply_fields(call, user, values):
    for field in PLAIN_FIELDS:
        if field in values:
            setattr(user, field, values[field])
    if "bio" in values:
        user.bio = values["bio"] or ""
    if "admin" in values:
        user.is_admin = bool(values["admin"])
    if "private_profile" in values:
        user.private_profile = (call.state.settings["user_defaults_to_private_profile"]
                                if values["private_profile"] is None else values["private_profile"])
    for field in ("public_email", "commit_email"):
        if field in values:
            setattr(user, field, values[field] or None)
    if call.state.settings.get("edition") == "ee":
        if "auditor" in values:
            user.is_auditor = bool(values["auditor"])
        for field in ("shared_runners_minutes_limit", "extra_shared_runners_minutes_limit"):
            if field in values:
                setattr(user, field, values[field])
    if values.get("avatar"):
        user.avatar = {"filename": values["avatar"]["filename"] or "avatar.png",
                       "content": values["avatar"]["content"]}
    if values.get("extern_uid") is not None and values.get("provider") is not None:
        for ident in user.identities:
            if ident["provider"] == values["provider"]:
                ident["extern_uid"] = values["extern_uid"]
                break
        else:
            user.identities.append({"provider": values["provider"], "extern_uid": values["extern_uid"]})
    user.updated_at = now()


@route("POST", "/users")
def create_user(call):
    call.authenticated_as_admin()
    values = declared(
        call,
        Param("email", required=True), Param("name", required=True), Param("username", required=True),
        Param("password"), Param("reset_password", bool), Param("force_random_password", bool),
        Param("skip_confirmation", bool),
        *USER_ATTRIBUTE_PARAMS,
        at_least_one_of=[("password", "reset_password", "force_random_password")],
        all_or_none_of=[("extern_uid", "provider")],
    )
    state = call.state
    if state.user_by_any_email(values["email"]):
        raise errors.conflict("Email has already been taken")
    if state.user_by_username(values["username"]):
        raise errors.conflict("Username has already been taken")
    if any(r["email"] == values["email"].lower() for r in state.emails.values()):
        raise errors.validation_error({"email": ["has already been taken"]})
    random_password = values.get("reset_password") or values.get("force_random_password")
    if random_password:
        values.pop("password", None)
    _validate_user_fields(call, None, values, creating=True)
    user = state.add_user(values["username"], values["name"], values["email"].strip().lower()
                          if values["email"] != values["email"].strip() else values["email"],
                          created_by_id=call.user.id,
                          projects_limit=state.settings["default_projects_limit"],
                          private_profile=state.settings["user_defaults_to_private_profile"])
    user.namespace_id = user.id + 1000
    user.password_hash = hash_password(values.get("password") or "random")
    if values.get("skip_confirmation"):
        user.confirmed_at = now()
    _apply_fields(call, user, values)
    return admin_entity(user, call)


@route("PUT", "/users/<int:id>")
def update_user(call, id):
    call.authenticated_as_admin()
    values = declared(
        call,
        Param("email"), Param("name"), Param("username"), Param("password"),
        Param("skip_reconfirmation", bool),
        *USER_ATTRIBUTE_PARAMS,
        all_or_none_of=[("extern_uid", "provider")],
    )
    user = find_user_or_404(call, id)
    state = call.state
    if values.get("email") and state.user_by_any_email(values["email"], exclude_id=user.id):
        raise errors.conflict("Email has already been taken")
    if values.get("username"):
        other = state.user_by_username(values["username"])
        if other is not None and other.id != user.id:
            raise errors.conflict("Username has already been taken")
    _validate_user_fields(call, user, values, creating=False)
    if values.get("name") is not None:
        user.name = values["name"]
    if values.get("username") and values["username"] != user.username:
        state.rename_user(user, values["username"])
    if values.get("password"):
        user.password_hash = hash_password(values["password"])
        if call.user.id != user.id:
            user.password_expires_at = now()
    if values.get("email") and values["email"].lower() != user.email.lower():
        _change_primary_email(call, user, values["email"].lower(), values.get("skip_reconfirmation"))
    _apply_fields(call, user, values)
    return admin_entity(user, call)


def _change_primary_email(call, user, new_email, skip_reconfirmation):
    """Email change: reconfirmation unless skipped or the address is already a confirmed secondary."""
    confirmed_secondary = any(r["user_id"] == user.id and r["email"] == new_email and r["confirmed_at"]
                              for r in call.state.emails.values())
    if skip_reconfirmation or confirmed_secondary:
        user.email = new_email
        user.unconfirmed_email = None
    else:
        user.unconfirmed_email = new_email
