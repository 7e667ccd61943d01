"""POST /oauth/token with the resource owner password credentials grant (Doorkeeper, as GitLab configures
it in config/initializers/doorkeeper.rb: `resource_owner_from_credentials` checks the user's password with
`Gitlab::Auth.find_with_user_password`, the default scope is `api`, tokens live two hours).

The access token authenticates as its user with its scopes, like a personal access token sent as Bearer.
Client credentials (OAuth applications) are not simulated: `client_id`/`client_secret` are ignored."""
from __future__ import annotations

import datetime
import secrets

from gitlab_sim.errors import ApiError
from gitlab_sim.routing import Reply, route
from gitlab_sim.records import hash_password, now

ACCESS_TOKEN_LIFETIME = 7200
INVALID_GRANT = ("The provided authorization grant is invalid, expired, revoked, does not match the redirection "
                 "URI used in the authorization request, or was issued to another client.")
KNOWN_SCOPES = ("api", "read_api", "read_user", "read_repository", "write_repository", "read_registry",
                "write_registry", "sudo", "admin_mode", "openid", "profile", "email")


def _oauth_error(error, description, status=400):
    return ApiError(status, {"error": error, "error_description": description})


@route("POST", "/oauth/token", web=True)
def token(call):
    params = call.params
    if params.get("grant_type") != "password":
        raise _oauth_error("unsupported_grant_type",
                           "The authorization grant type is not supported by the authorization server.")
    username, password = params.get("username"), params.get("password")
    if not username or not password:
        missing = "username" if not username else "password"
        raise _oauth_error("invalid_request", "Missing required parameter: %s." % missing)
    scopes = str(params.get("scope") or "api").split()
    if any(scope not in KNOWN_SCOPES for scope in scopes):
        raise _oauth_error("invalid_scope", "The requested scope is invalid, unknown, or malformed.")
    state = call.state
    user = state.user_by_username(username) or state.user_by_any_email(str(username))
    # Gitlab::Auth.find_with_user_password: the password must match and the account may sign in; Doorkeeper
    # also refuses users with two-factor authentication
    if (user is None or user.password_hash != hash_password(password) or user.blocked or user.internal
            or user.two_factor_enabled or user.state == "deactivated"):
        raise _oauth_error("invalid_grant", INVALID_GRANT)
    issued = now()
    access = state.add_token(user.id, "oauth", scopes, token=secrets.token_hex(32), kind="oauth",
                             expires_at=(issued + datetime.timedelta(seconds=ACCESS_TOKEN_LIFETIME)).date()
                             + datetime.timedelta(days=1))
    return Reply({"access_token": access.token, "token_type": "Bearer", "expires_in": ACCESS_TOKEN_LIFETIME,
                  "refresh_token": secrets.token_hex(32), "scope": " ".join(scopes),
                  "created_at": int(issued.timestamp())}, status=200)
