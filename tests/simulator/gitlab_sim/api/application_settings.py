"""GET /application/settings (lib/api/settings.rb: `before { authenticated_as_admin! }`), answered with the
part of Entities::ApplicationSetting that the simulator models, under GitLab's field names."""
from __future__ import annotations

from gitlab_sim.routing import route

API_CLASS_READ_SCOPES = ("api", "read_api")  # API::Settings does not allow read_user
# Settings the simulator keeps under the name GitLab's entity exposes them.
EXPOSED_AS_IS = (
    "default_projects_limit", "user_default_external", "user_defaults_to_private_profile",
    "minimum_password_length", "restricted_visibility_levels", "users_get_by_id_limit",
    "users_get_by_id_limit_allowlist", "deactivate_dormant_users_period", "require_personal_access_token_expiry",
    "rsa_key_restriction", "dsa_key_restriction", "ecdsa_key_restriction", "ed25519_key_restriction",
    "ecdsa_sk_key_restriction", "ed25519_sk_key_restriction",
)


@route("GET", "/application/settings", read_scopes=API_CLASS_READ_SCOPES)
def application_settings(call):
    call.authenticated_as_admin()
    state = call.state
    answer = dict((name, state.settings[name]) for name in EXPOSED_AS_IS)
    # ApplicationSetting#commit_email_hostname: `super.presence || default_commit_email_hostname`.
    answer["commit_email_hostname"] = state.commit_email_hostname
    return answer
