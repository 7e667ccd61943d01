"""The `version` setting's behaviour switches (both sides of each), GitLab's routing of trailing slashes and
dot segments, and POST /oauth/token. A dedicated simulator, because the tests change instance settings."""
from __future__ import annotations

import http.client
import urllib.parse

import pytest

PASSWORD = "Zq8-plum-orbit-77"


@pytest.fixture
def fresh(site):
    site.reset()
    return site


def make(site, name, **fields):
    return site.create_user(name, password=PASSWORD, **fields)


@pytest.mark.parametrize("version, has_public_email", [("17.11.0", False), ("18.0.0", True)])
def test_public_email_moves_into_user_safe(fresh, version, has_public_email):
    """lib/api/entities/user_safe.rb exposes public_email from 18.0 on, so UserBasic lists carry it too."""
    user = make(fresh, "shown")
    fresh.settings(version=version)
    basic = fresh.api("GET", "/users", params={"username": "shown"}, token=fresh.token_for("shown")).json()[0]
    keys = list(basic)
    assert ("public_email" in keys) is has_public_email
    if has_public_email:
        assert keys[:4] == ["id", "username", "public_email", "name"]
    assert fresh.api("GET", "/users/%d" % user["id"]).json()["public_email"] is None  # User always had it


@pytest.mark.parametrize("version, deactivate_blocked, activate_blocked", [
    ("15.11.0", "403 Forbidden - A blocked user cannot be deactivated by the API",
     "403 Forbidden - A blocked user must be unblocked to be activated"),
    ("16.0.0", "Error occurred. A blocked user cannot be deactivated",
     "Error occurred. A blocked user must be unblocked to be activated")])
def test_state_action_messages_by_version(fresh, version, deactivate_blocked, activate_blocked):
    """Before 16.0 the endpoints refused with forbidden!(reason); the services that replaced them render their
    own messages (app/services/users/deactivate_service.rb, activate_service.rb)."""
    fresh.settings(version=version)
    blocked = make(fresh, "blocked_one")
    fresh.api("POST", "/users/%d/block" % blocked["id"])
    deactivate = fresh.api("POST", "/users/%d/deactivate" % blocked["id"])
    assert (deactivate.status_code, deactivate.json()) == (403, {"message": deactivate_blocked})
    activate = fresh.api("POST", "/users/%d/activate" % blocked["id"])
    assert (activate.status_code, activate.json()) == (403, {"message": activate_blocked})


@pytest.mark.parametrize("version, body", [("16.11.0", "false"), ("17.0.0", "true")])
def test_activating_an_active_user_by_version(fresh, version, body):
    """Users::ActivateService succeeds for an active user; before it, `user.activate` answered false."""
    fresh.settings(version=version)
    user = make(fresh, "active_one")
    response = fresh.api("POST", "/users/%d/activate" % user["id"])
    assert (response.status_code, response.text) == (201, body)


def raw_request(site, method, path):
    """Send `path` byte for byte (requests/urllib3 would resolve the dot segments before sending)."""
    parsed = urllib.parse.urlsplit(site.url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    try:
        connection.request(method, path, headers={"PRIVATE-TOKEN": site.token})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_trailing_slash_is_ignored(fresh):
    """Grape ignores a trailing slash: `DELETE /api/v4/users/2/` deletes user 2."""
    user = make(fresh, "slash")
    status, _body = raw_request(fresh, "DELETE", "/api/v4/users/%d/" % user["id"])
    assert status == 204
    entry = fresh.requests_log()[-1]
    assert (entry["path"], entry["sent_path"]) == ("/api/v4/users/%d" % user["id"], "/api/v4/users/%d/" % user["id"])
    assert fresh._control("GET", "/users/%d" % user["id"])["pending_delete"] is True


def test_dot_segments_are_resolved_before_routing(fresh):
    """The front proxy resolves dot segments: a client that puts an unchecked `..` (say, a key id or a username
    taken from input) into a path deletes something else - here the user instead of one of its keys."""
    user = make(fresh, "dots")
    status, _body = raw_request(fresh, "DELETE", "/api/v4/users/%d/keys/.." % user["id"])
    assert status == 204
    assert fresh._control("GET", "/users/%d" % user["id"])["pending_delete"] is True
    status, _body = raw_request(fresh, "GET", "/api/v4/users/%d/./status" % make(fresh, "dot2")["id"])
    assert status == 200 and fresh.requests_log()[-1]["path"].endswith("/status")
    status, _body = raw_request(fresh, "DELETE", "/api/v4/users/1/../..")
    assert status == 404  # /api: no such route


def oauth(site, **data):
    return site.session.post(site.url + "/oauth/token", data=data, timeout=30)


def test_oauth_password_grant(fresh):
    """POST /oauth/token with grant_type=password (Doorkeeper as config/initializers/doorkeeper.rb sets it up):
    the access token authenticates as a Bearer token with its scopes; bad credentials are invalid_grant."""
    user = make(fresh, "oauth_user")
    issued = oauth(fresh, grant_type="password", username="oauth_user", password=PASSWORD)
    body = issued.json()
    assert issued.status_code == 200 and body["token_type"] == "Bearer" and body["scope"] == "api"
    assert body["expires_in"] == 7200 and body["refresh_token"] and isinstance(body["created_at"], int)
    me = fresh.api("GET", "/user", token=False, headers={"Authorization": "Bearer " + body["access_token"]})
    assert me.json()["id"] == user["id"]
    assert fresh.api("GET", "/personal_access_tokens", params={"user_id": user["id"]}).json() == []
    wrong = oauth(fresh, grant_type="password", username="oauth_user", password="nope")
    assert (wrong.status_code, wrong.json()["error"]) == (400, "invalid_grant")
    fresh.api("POST", "/users/%d/block" % user["id"])
    assert oauth(fresh, grant_type="password", username="oauth_user", password=PASSWORD).json()["error"] == \
        "invalid_grant"
    other = oauth(fresh, grant_type="client_credentials")
    assert (other.status_code, other.json()["error"]) == (400, "unsupported_grant_type")
    two_factor = make(fresh, "oauth_2fa")
    fresh.poke_user("oauth_2fa", two_factor_enabled=True)
    assert oauth(fresh, grant_type="password", username=two_factor["username"], password=PASSWORD).status_code == 400
