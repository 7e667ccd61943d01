"""Impersonation tokens and admin-created personal access tokens, including authentication with the tokens they
return."""
from __future__ import annotations

import gitlab as python_gitlab
import pytest

from gitlab_sim.pytest_plugin import days_from_today

# GitLab's longest token lifetime: 365 days from the UTC date (read when each test runs, never at import).
LONGEST = 365
EXPIRED = "Token is expired. You can either do re-authorization or token refresh."
REVOKED = "Token was revoked. You have to re-authorize from the user."


@pytest.fixture
def owner(gitlab, unique):
    return gitlab.create_user(unique("tok"), name="Token Owner")


def impersonate(gitlab, user_id, **fields):
    body = {"name": "imp", "scopes": ["api"], "expires_at": days_from_today(LONGEST)}
    body.update(fields)
    return gitlab.api("POST", "/users/%d/impersonation_tokens" % user_id, json=body)


def as_token(gitlab, token):
    return python_gitlab.Gitlab(gitlab.url, private_token=token, ssl_verify=gitlab.ca_path or True)


# -- python-gitlab ------------------------------------------------------------------------------------
def test_python_gitlab_impersonation_tokens(gl, owner):
    in_a_year = days_from_today(LONGEST)
    user = gl.users.get(owner["id"])
    created = user.impersonationtokens.create({"name": "ci", "scopes": ["api", "read_user"], "expires_at": in_a_year})
    assert created.token and created.impersonation is True and created.active is True
    assert (created.scopes, created.expires_at, created.revoked) == (["api", "read_user"], in_a_year, False)
    assert [token.id for token in user.impersonationtokens.list(state="active")] == [created.id]
    fetched = user.impersonationtokens.get(created.id)
    assert not hasattr(fetched, "token") and fetched.name == "ci"
    user.impersonationtokens.delete(created.id)
    revoked = user.impersonationtokens.get(created.id)
    assert (revoked.revoked, revoked.active) == (True, False)
    assert [token.id for token in user.impersonationtokens.list(state="inactive")] == [created.id]
    assert user.impersonationtokens.list(state="active") == []


def test_python_gitlab_personal_access_token(gl, owner):
    in_a_year = days_from_today(LONGEST)
    created = gl.users.get(owner["id"]).personal_access_tokens.create({"name": "bot", "scopes": ["read_user"]})
    assert created.expires_at == in_a_year and created.token.startswith("glpat-")
    assert "impersonation" not in created.attributes and created.user_id == owner["id"]


# -- the tokens authenticate ------------------------------------------------------------------------------
def test_impersonation_token_authenticates_as_its_user(gitlab, owner):
    token = impersonate(gitlab, owner["id"]).json()
    client = as_token(gitlab, token["token"])
    client.auth()
    assert client.user.username == owner["username"]
    shown = gitlab.api("GET", "/users/%d/impersonation_tokens/%d" % (owner["id"], token["id"])).json()
    assert shown["last_used_at"] is not None


def test_scopes_are_enforced(gitlab, owner):
    read_only = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"],
                           json={"name": "ro", "scopes": ["read_user"]}).json()["token"]
    assert gitlab.api("GET", "/user", token=read_only).json()["username"] == owner["username"]
    write = gitlab.api("POST", "/user/emails", token=read_only, json={"email": "x@example.org"})
    assert (write.status_code, write.json()["error"]) == (403, "insufficient_scope")
    repository_only = impersonate(gitlab, owner["id"], scopes=["read_repository"]).json()["token"]
    assert gitlab.api("GET", "/user", token=repository_only).status_code == 403


def test_revoked_and_expired_tokens_are_refused(gitlab, owner):
    revoked = impersonate(gitlab, owner["id"]).json()
    path = "/users/%d/impersonation_tokens/%d" % (owner["id"], revoked["id"])
    assert gitlab.api("DELETE", path).status_code == 204
    assert gitlab.api("DELETE", path).status_code == 204  # revoking again is fine
    refused = gitlab.api("GET", "/user", token=revoked["token"])
    assert (refused.status_code, refused.json()) == (401, {"error": "invalid_token", "error_description": REVOKED})
    expired = impersonate(gitlab, owner["id"], expires_at="2016-12-28").json()
    assert (expired["active"], expired["expires_at"]) == (False, "2016-12-28")
    refused = gitlab.api("GET", "/user", token=expired["token"])
    assert (refused.status_code, refused.json()["error_description"]) == (401, EXPIRED)
    assert refused.headers["WWW-Authenticate"].startswith('Bearer realm="Protected by OAuth 2.0"')


# -- listing --------------------------------------------------------------------------------------------
def test_list_filters_and_order(gitlab, owner):
    first = impersonate(gitlab, owner["id"], name="a").json()
    second = impersonate(gitlab, owner["id"], name="b").json()
    old = impersonate(gitlab, owner["id"], name="c", expires_at="2016-12-28").json()
    gitlab.api("DELETE", "/users/%d/impersonation_tokens/%d" % (owner["id"], second["id"]))
    gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"], json={"name": "pat", "scopes": ["api"]})
    path = "/users/%d/impersonation_tokens" % owner["id"]

    def ids(**query):
        return [token["id"] for token in gitlab.api("GET", path, params=query).json()]

    assert ids() == ids(state="all") == [first["id"], second["id"], old["id"]]
    assert ids(state="active") == [first["id"]]
    assert ids(state="inactive") == [second["id"], old["id"]]
    bad = gitlab.api("GET", path, params={"state": "expired"})
    assert (bad.status_code, bad.json()) == (400, {"error": "state does not have a valid value"})
    page = gitlab.api("GET", path, params={"per_page": 2})
    assert (page.headers["X-Total"], page.headers["X-Total-Pages"]) == ("3", "2")
    assert "state=all" in page.headers["Link"]


def test_entity_fields(gitlab, owner):
    created = impersonate(gitlab, owner["id"], description="for CI").json()
    assert list(created) == ["id", "name", "revoked", "created_at", "description", "scopes", "user_id",
                             "last_used_at", "active", "expires_at", "impersonation", "token"]
    assert (created["description"], created["user_id"], created["last_used_at"]) == ("for CI", owner["id"], None)
    listed = gitlab.api("GET", "/users/%d/impersonation_tokens" % owner["id"]).json()
    assert "token" not in listed[0]
    pat = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"], json={"name": "p", "scopes": ["api"]})
    assert list(pat.json()) == ["id", "name", "revoked", "created_at", "description", "scopes", "user_id",
                                "last_used_at", "active", "expires_at", "token"]


def test_a_personal_access_token_is_not_an_impersonation_token(gitlab, owner):
    pat = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"],
                     json={"name": "pat", "scopes": ["api"]}).json()
    for method in ("GET", "DELETE"):
        response = gitlab.api(method, "/users/%d/impersonation_tokens/%d" % (owner["id"], pat["id"]))
        assert (response.status_code, response.json()) == (404, {"message": "404 Impersonation Token Not Found"})
    assert gitlab.api("GET", "/user", token=pat["token"]).status_code == 200


# -- impersonation token validation (model errors, 400) ---------------------------------------------------
def test_impersonation_token_model_errors(gitlab, owner):
    in_a_year, too_late = days_from_today(LONGEST), days_from_today(LONGEST + 1)
    path = "/users/%d/impersonation_tokens" % owner["id"]
    assert gitlab.api("POST", path, json={"name": "x"}).json() == {
        "message": {"scopes": ["can't be blank"], "expires_at": ["can't be blank"]}}
    assert impersonate(gitlab, owner["id"], scopes=["api", "root_everything"]).json() == {
        "message": {"scopes": ["can only contain available scopes"]}}
    assert impersonate(gitlab, owner["id"], expires_at=too_late).json() == {
        "message": {"expires_at": ["must be before %s" % in_a_year]}}
    assert impersonate(gitlab, owner["id"], name=" ").json() == {"message": {"name": ["can't be blank"]}}
    assert gitlab.api("POST", path, json={"scopes": ["api"]}).json() == {"error": "name is missing"}
    assert impersonate(gitlab, owner["id"], expires_at="soon").json() == {"error": "expires_at is invalid"}


def test_comma_separated_scopes(gitlab, owner):
    created = gitlab.api("POST", "/users/%d/impersonation_tokens" % owner["id"],
                         data={"name": "form", "scopes": "api,read_user", "expires_at": days_from_today(LONGEST)})
    assert created.json()["scopes"] == ["api", "read_user"]


def test_expiry_not_required_by_the_instance(sim, owner):
    try:
        sim.settings(require_personal_access_token_expiry=False)
        body = sim.api("POST", "/users/%d/impersonation_tokens" % owner["id"],
                       json={"name": "forever", "scopes": ["api"]}).json()
        assert (body["expires_at"], body["active"]) == (None, True)
        far = impersonate(sim, owner["id"], expires_at="2999-01-01")
        assert far.status_code == 201
        pat = sim.api("POST", "/users/%d/personal_access_tokens" % owner["id"], json={"name": "p", "scopes": ["api"]})
        assert pat.json()["expires_at"] is None
    finally:
        sim.settings(require_personal_access_token_expiry=True)


# -- personal access tokens (Grape values, 422 service errors) --------------------------------------------
def test_personal_access_token_errors(gitlab, owner):
    in_a_year, too_late = days_from_today(LONGEST), days_from_today(LONGEST + 1)
    path = "/users/%d/personal_access_tokens" % owner["id"]
    # Grape runs the `values` check on present parameters only (users_spec.rb: "returns error if required
    # attributes are missing")
    assert gitlab.api("POST", path).json() == {"error": "name is missing, scopes is missing"}
    assert gitlab.api("POST", path, json={"name": "x"}).json() == {"error": "scopes is missing"}
    assert gitlab.api("POST", path, json={"name": "x", "scopes": ["api", "nope"]}).json() == {
        "error": "scopes does not have a valid value"}
    late = gitlab.api("POST", path, json={"name": "x", "scopes": ["api"], "expires_at": too_late})
    assert (late.status_code, late.json()) == (422, {"message": "Expires at must be before %s" % in_a_year})
    blank = gitlab.api("POST", path, json={"name": "", "scopes": []})
    assert (blank.status_code, blank.json()) == (422, {"message": "Name can't be blank and Scopes can't be blank"})
    past = gitlab.api("POST", path, json={"name": "old", "scopes": ["api"], "expires_at": "2020-01-01"})
    assert (past.status_code, past.json()["active"]) == (201, False)


# -- authorization ------------------------------------------------------------------------------------------
def test_admin_only_and_checked_before_parameters(gitlab, owner):
    user_token = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"],
                            json={"name": "own", "scopes": ["api"]}).json()["token"]
    for path in ("/users/%d/impersonation_tokens", "/users/%d/personal_access_tokens"):
        as_user = gitlab.api("POST", path % owner["id"], token=user_token)
        assert (as_user.status_code, as_user.json()) == (403, {"message": "403 Forbidden"})
        assert gitlab.api("POST", path % owner["id"], token=False).status_code == 401
    assert gitlab.api("GET", "/users/%d/impersonation_tokens" % owner["id"], token=user_token).status_code == 403
    invalid = gitlab.api("GET", "/users/abc/impersonation_tokens")
    assert (invalid.status_code, invalid.json()) == (400, {"error": "user_id is invalid"})
    assert gitlab.api("GET", "/users/0/impersonation_tokens").json() == {"message": "404 User Not Found"}
    assert gitlab.api("POST", "/users/0/personal_access_tokens", json={"name": "x", "scopes": ["api"]}).json() == {
        "message": "404 User Not Found"}
