"""Authentication, token problems, scopes and the 401/403/404/405 choices. Runs on the session simulator; tokens
are minted through /-/sim/users/<user>/tokens."""
from __future__ import annotations

import datetime

import pytest

INSUFFICIENT = "The request requires higher privileges than provided by the access token."


def mint(sim, username, **spec):
    return sim.token_for(username, spec.pop("scopes", ["api"]), **spec)


@pytest.fixture
def member(sim, unique):
    user = sim.create_user(unique("member"))
    return user, mint(sim, user["username"])


def test_unknown_token_is_401_even_where_no_auth_is_needed(sim):
    response = sim.api("GET", "/users", token="glpat-not-a-token", params={"username": "root"})
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})


@pytest.mark.parametrize("how", ["header", "param", "bearer", "access_token"])
def test_token_sources(sim, member, how):
    user, token = member
    kwargs = {"header": {"headers": {"PRIVATE-TOKEN": token}}, "param": {"params": {"private_token": token}},
              "bearer": {"headers": {"Authorization": "Bearer " + token}},
              "access_token": {"params": {"access_token": token}}}[how]
    response = sim.api("GET", "/user", token=False, **kwargs)
    assert response.status_code == 200 and response.json()["username"] == user["username"]


def test_private_token_param_wins_over_the_header(sim, member):
    user, token = member
    response = sim.api("GET", "/user", token="glpat-wrong", params={"private_token": token})
    assert response.json()["username"] == user["username"]
    assert sim.api("GET", "/user", token=token, params={"private_token": "glpat-wrong"}).status_code == 401


@pytest.mark.parametrize("spec, description", [
    ({"expires_at": "2020-01-01"}, "Token is expired. You can either do re-authorization or token refresh."),
    ({"revoked": True}, "Token was revoked. You have to re-authorize from the user."),
    ({"revoked": True, "expires_at": "2020-01-01"},
     "Token is expired. You can either do re-authorization or token refresh."),
])
def test_expired_and_revoked_tokens(sim, member, spec, description):
    token = mint(sim, member[0]["username"], **spec)
    response = sim.api("GET", "/users", token=token)
    expected = {"error": "invalid_token", "error_description": description}
    assert (response.status_code, response.json()) == (401, expected)
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


def test_token_expiring_today_is_expired(sim, member):
    """A token is expired on its expiry date from 00:00 UTC (`app/models/concerns/expirable.rb`:
    `expires_at <= now`)."""
    today = datetime.datetime.now(datetime.timezone.utc).date()
    token = mint(sim, member[0]["username"], expires_at=today.isoformat())
    response = sim.api("GET", "/user", token=token)
    assert (response.status_code, response.json()["error_description"]) == (
        401, "Token is expired. You can either do re-authorization or token refresh.")
    tomorrow = mint(sim, member[0]["username"], expires_at=(today + datetime.timedelta(days=1)).isoformat())
    assert sim.api("GET", "/user", token=tomorrow).status_code == 200


@pytest.mark.parametrize("scope", ["read_user", "read_api"])
def test_read_scopes_may_read_but_not_write(sim, member, scope):
    token = mint(sim, "root", scopes=[scope])
    assert sim.api("GET", "/users", token=token).status_code == 200
    response = sim.api("POST", "/users/%d/block" % member[0]["id"], token=token)
    assert (response.status_code, response.json()) == (
        403, {"error": "insufficient_scope", "error_description": INSUFFICIENT, "scope": "api"})


def test_unrelated_scope_cannot_even_read(sim):
    token = mint(sim, "root", scopes=["read_repository"])
    response = sim.api("GET", "/users", token=token)
    assert (response.status_code, response.json()) == (
        403, {"error": "insufficient_scope", "error_description": INSUFFICIENT, "scope": "api read_api read_user"})


@pytest.mark.parametrize("state, message", [
    ("blocked", "Your account has been blocked."),
    ("banned", "Your account has been blocked."),
    ("ldap_blocked", "Your account has been blocked."),
    ("blocked_pending_approval", "Your account is pending approval from your administrator and hence blocked."),
])
def test_tokens_of_blocked_users_are_refused(sim, member, state, message):
    user, token = member
    sim.poke_user(user["username"], state=state)
    response = sim.api("GET", "/user", token=token)
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden - " + message})


def test_tokens_of_deactivated_users_are_refused(sim, member):
    user, token = member
    sim.poke_user(user["username"], state="deactivated")
    response = sim.api("GET", "/users", token=token)
    assert response.status_code == 403
    assert response.json()["message"] == (
        "403 Forbidden - Your account has been deactivated by your administrator. Please log back in from a web "
        "browser to reactivate your account at " + sim.url)


def test_job_tokens_are_ignored_by_the_users_api(sim, member):
    headers = {"JOB-TOKEN": member[1]}
    assert sim.api("GET", "/user", token=False, headers=headers).status_code == 401
    assert sim.api("GET", "/users", token=False, headers=headers).status_code == 403


@pytest.mark.parametrize("method, path", [("POST", "/users"), ("PUT", "/users/1"), ("DELETE", "/users/1"),
                                          ("POST", "/users/1/block"), ("POST", "/users/1/approve"),
                                          ("PATCH", "/users/1/disable_two_factor"), ("GET", "/user"),
                                          ("DELETE", "/users/1/identities/github")])
def test_writes_without_credentials_are_401(sim, method, path):
    response = sim.api(method, path, token=False)
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})


@pytest.mark.parametrize("method, path", [("PUT", "/users/999999"), ("DELETE", "/users/999999"),
                                          ("POST", "/users/999999/block"), ("POST", "/users/999999/ban"),
                                          ("PATCH", "/users/999999/disable_two_factor"),
                                          ("DELETE", "/users/999999/identities/github")])
def test_admin_endpoints_refuse_non_admins_before_the_lookup(sim, member, method, path):
    response = sim.api(method, path, token=member[1], json={})
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden"})
    response = sim.api(method, path, json={})
    assert (response.status_code, response.json()) == (404, {"message": "404 User Not Found"})


def test_method_not_allowed_options_and_head(sim):
    response = sim.api("PATCH", "/users/1")
    assert (response.status_code, response.json()) == (405, {"error": "405 Not Allowed"})
    assert response.headers["Allow"] == "OPTIONS, GET, PUT, DELETE, HEAD"
    response = sim.api("OPTIONS", "/users")
    assert (response.status_code, response.headers["Allow"]) == (204, "OPTIONS, GET, POST, HEAD")
    response = sim.api("HEAD", "/users")
    assert response.status_code == 200 and response.content == b"" and "X-Page" in response.headers
    response = sim.api("GET", "/no/such/route")
    assert (response.status_code, response.json()) == (404, {"error": "404 Not Found"})
