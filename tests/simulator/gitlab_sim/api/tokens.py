"""Impersonation tokens and admin-created personal access tokens.

Both live in `state.tokens` as `Token` objects, so the core's authentication (`state.tokens_by_value`)
accepts them with their scopes, expiry and revocation. Both resources sit in a `segment ':user_id'` with
`before { authenticated_as_admin! }`: 401/403 come before parameter validation, and `user_id` is an
Integer parameter without a path requirement (`/users/abc/impersonation_tokens` -> "user_id is invalid").
"""
from __future__ import annotations

from gitlab_sim import errors
from gitlab_sim.api.resources import check_unmodified_since, find_user_or_404, paginate_by_id
from gitlab_sim.api.token_model import AVAILABLE_SCOPES, STATES, create_personal_access_token, validate_token
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import route
from gitlab_sim.sub_entities import impersonation_token


def _segment_user(call, path_values, *params):
    """Admin check first (before filter), then Grape validation, then `find_user_by_id`."""
    call.authenticated_as_admin()
    values = declared(call, Param("user_id", int, required=True), *params, path=path_values)
    return find_user_or_404(call, values["user_id"]), values


def _impersonation_tokens_of(state, user):
    return [token for token in state.tokens.values() if token.user_id == user.id and token.impersonation]


def _find_impersonation_token(call, user, token_id):
    """Only the user's impersonation tokens: a normal PAT id is "not found" here."""
    token = call.state.tokens.get(token_id)
    if token is None or token.user_id != user.id or not token.impersonation:
        raise errors.not_found("Impersonation Token")
    return token


# -- /users/:user_id/impersonation_tokens -------------------------------------------------------------
@route("GET", "/users/<str:user_id>/impersonation_tokens")
def list_impersonation_tokens(call, user_id):
    user, values = _segment_user(call, {"user_id": user_id}, Param("page", int), Param("per_page", int),
                                 Param("state", values=STATES, default="all"))
    tokens = _impersonation_tokens_of(call.state, user)
    if values["state"] == "active":
        tokens = [token for token in tokens if token.active]
    elif values["state"] == "inactive":
        tokens = [token for token in tokens if not token.active]
    return paginate_by_id(call, tokens, impersonation_token, extra_query={"state": values["state"]})


@route("POST", "/users/<str:user_id>/impersonation_tokens")
def create_impersonation_token(call, user_id):
    """Built and saved directly (no service): model errors are a 400 hash and no expiry default applies."""
    user, values = _segment_user(call, {"user_id": user_id}, Param("name", required=True), Param("description"),
                                 Param("expires_at", "date"), Param("scopes", "str_list"))
    scopes = values.get("scopes") or []
    problems = validate_token(call.state, user, values["name"], scopes, values.get("expires_at"),
                              values.get("description"))
    problems.raise_validation_error()
    token = call.state.add_token(user.id, values["name"], scopes, description=values.get("description"),
                                 expires_at=values.get("expires_at"), impersonation=True)
    return impersonation_token(token, with_token=True)


@route("GET", "/users/<str:user_id>/impersonation_tokens/<str:impersonation_token_id>")
def get_impersonation_token(call, user_id, impersonation_token_id):
    return impersonation_token(_path_token(call, user_id, impersonation_token_id))


def _path_token(call, user_id, token_id):
    path_values = {"user_id": user_id, "impersonation_token_id": token_id}
    user, values = _segment_user(call, path_values, Param("impersonation_token_id", int, required=True))
    return _find_impersonation_token(call, user, values["impersonation_token_id"])


@route("DELETE", "/users/<str:user_id>/impersonation_tokens/<str:impersonation_token_id>")
def revoke_impersonation_token(call, user_id, impersonation_token_id):
    """`revoke!`: the row stays (revoked, inactive); revoking again is another 204."""
    token = _path_token(call, user_id, impersonation_token_id)
    check_unmodified_since(call, token.created_at, whole_seconds=True)
    token.revoked = True


# -- /users/:user_id/personal_access_tokens -----------------------------------------------------------
@route("POST", "/users/<str:user_id>/personal_access_tokens")
def create_user_personal_access_token(call, user_id):
    """`PersonalAccessTokens::CreateService` for an admin: Grape checks scopes against the available ones."""
    user, values = _segment_user(call, {"user_id": user_id}, Param("name", required=True),
                                 Param("scopes", "str_list", required=True, values=AVAILABLE_SCOPES),
                                 Param("description"), Param("expires_at", "date"))
    return create_personal_access_token(call, user, values)
