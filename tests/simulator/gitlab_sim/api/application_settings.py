"""GET and PUT /application/settings (lib/api/settings.rb: `before { authenticated_as_admin! }`), answered with the
part of Entities::ApplicationSetting that the simulator models, under GitLab's field names.

PUT applies the application rate limits (users_get_by_id_limit and its allowlist, the users_api_limit_* of
17.10+). Other attributes GitLab accepts are not modeled: they are accepted and left alone."""
from __future__ import annotations

from gitlab_sim import errors
from gitlab_sim.api.rate_limits import LIMITS, USERS_API_SETTINGS, USERS_API_SETTINGS_SINCE
from gitlab_sim.entities import version_at_least
from gitlab_sim.errors import ModelErrors
from gitlab_sim.params import Invalid, to_int, to_str_list
from gitlab_sim.routing import route

API_CLASS_READ_SCOPES = ("api", "read_api")  # API::Settings does not allow read_user
# Settings the simulator keeps under the name GitLab's entity exposes them.
EXPOSED_AS_IS = (
    "default_projects_limit", "user_default_external", "user_defaults_to_private_profile",
    "minimum_password_length", "restricted_visibility_levels", "users_get_by_id_limit",
    "users_get_by_id_limit_allowlist", "deactivate_dormant_users_period", "require_personal_access_token_expiry",
    "rsa_key_restriction", "dsa_key_restriction", "ecdsa_key_restriction", "ed25519_key_restriction",
    "ecdsa_sk_key_restriction", "ed25519_sk_key_restriction",
) + USERS_API_SETTINGS
# The first version that has a setting (older ones neither show nor accept it).
SINCE = dict({name: USERS_API_SETTINGS_SINCE for name in USERS_API_SETTINGS},
             users_get_by_id_limit=LIMITS["users_get_by_id"].since,
             users_get_by_id_limit_allowlist=LIMITS["users_get_by_id"].since)
ALLOWLIST_MAX = 100  # ApplicationSetting: users_get_by_id_limit_allowlist "is too long (maximum is 100 entries)"


def _available(call, name):
    return version_at_least(call, *SINCE.get(name, (0, 0)))


def _answer(call):
    state = call.state
    answer = dict((name, state.settings[name]) for name in EXPOSED_AS_IS if _available(call, name))
    # ApplicationSetting#commit_email_hostname: `super.presence || default_commit_email_hostname`.
    answer["commit_email_hostname"] = state.commit_email_hostname
    return answer


@route("GET", "/application/settings", read_scopes=API_CLASS_READ_SCOPES)
def application_settings(call):
    call.authenticated_as_admin()
    return _answer(call)


@route("PUT", "/application/settings")
def update_application_settings(call):
    """The rate-limit settings. users_get_by_id_limit is a Grape Integer (400 "is invalid") and an integer
    column >= 0; the users_api_limit_* are untyped params stored in the `rate_limits` JSON column, whose schema
    wants integers >= 0; the allowlist is an Array[String] that also takes "a,b" and holds at most 100 names.
    A failed validation stores nothing (render_validation_error!)."""
    call.authenticated_as_admin()
    names = [name for name in ("users_get_by_id_limit", "users_get_by_id_limit_allowlist") + USERS_API_SETTINGS
             if _available(call, name)]
    given = {name: call.params[name] for name in names if name in call.params}
    if not given:
        # Grape's at_least_one_of over every attribute; GitLab lists all of them, here the modeled ones.
        raise errors.param_error("%s are missing, at least one parameter must be provided" % ", ".join(names))
    changes = {}
    if "users_get_by_id_limit" in given:
        try:
            changes["users_get_by_id_limit"] = to_int(given["users_get_by_id_limit"])
        except Invalid:
            raise errors.param_error("users_get_by_id_limit is invalid") from None
    if "users_get_by_id_limit_allowlist" in given:
        try:
            changes["users_get_by_id_limit_allowlist"] = to_str_list(given["users_get_by_id_limit_allowlist"])
        except Invalid:
            raise errors.param_error("users_get_by_id_limit_allowlist is invalid") from None
    problems = ModelErrors()
    if changes.get("users_get_by_id_limit", 0) < 0:
        problems.add("users_get_by_id_limit", "must be greater than or equal to 0")
    if len(changes.get("users_get_by_id_limit_allowlist", ())) > ALLOWLIST_MAX:
        problems.add("users_get_by_id_limit_allowlist", "is too long (maximum is %d entries)" % ALLOWLIST_MAX)
    for name in USERS_API_SETTINGS:
        if name not in given:
            continue
        try:
            value = to_int(given[name])
        except Invalid:
            value = -1
        if value < 0:
            if "rate_limits" not in problems:
                problems.add("rate_limits", "must be a valid json schema")
        else:
            changes[name] = value
    problems.raise_validation_error()
    call.state.settings.update(changes)
    return _answer(call)
