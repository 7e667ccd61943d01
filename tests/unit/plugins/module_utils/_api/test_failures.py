# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What a failed request becomes (_api/failures.py, _api/errors.py), against the simulator over real HTTP: the error
class and text for every error body GitLab's layers produce, and the hints that say what to fix."""

from __future__ import annotations


import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabConflict,
    GitLabError,
    GitLabForbidden,
    GitLabNotFound,
    GitLabRateLimited,
    GitLabTransportError,
    GitLabUnauthorized,
    GitLabValidationError,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.tests.unit.helpers.client_checks import USER_PATH, user_body


# -- error texts ----------------------------------------------------------------------------------
def test_missing_user_is_not_found(make_client):
    with pytest.raises(GitLabNotFound) as caught:
        make_client().get("/users/987654321")
    error = caught.value
    assert str(error) == "GET /users/987654321 -> 404: 404 User Not Found"
    assert (error.method, error.path, error.status, error.message) == (
        "GET", "/users/987654321", 404, "404 User Not Found")
    assert error.body == {"message": "404 User Not Found"}


def test_missing_parameters_error_text(make_client):
    with pytest.raises(GitLabValidationError) as caught:
        make_client().post("/users", data={})
    grape_text = caught.value.body["error"]  # {"error": "email is missing, name is missing, ..."}
    assert "email is missing" in grape_text and "at least one parameter must be provided" in grape_text
    assert str(caught.value) == "POST /users -> 400: %s" % grape_text


def test_duplicate_username_is_a_conflict(make_client, gitlab, unique):
    existing = gitlab.create_user(unique("dup"))
    with pytest.raises(GitLabConflict) as caught:
        make_client().post("/users", data=user_body(existing["username"], email="other-%s" % existing["email"]))
    assert str(caught.value) == "POST /users -> 409: Username has already been taken"


def test_model_validation_errors_are_listed_per_field(make_client, unique):
    with pytest.raises(GitLabValidationError) as caught:
        make_client().post("/users", data=user_body(unique("val"), email="not-an-email", bio="x" * 300))
    assert str(caught.value) == (
        "POST /users -> 400: email is invalid; bio is too long (maximum is 255 characters)")


@pytest.mark.parametrize("status, body, content_type, error_class, message", [
    (400, {"message": {"email": ["has already been taken"], "bio": ["is too long (maximum is 255 characters)"]}},
     None, GitLabValidationError, "email has already been taken; bio is too long (maximum is 255 characters)"),
    (422, {"message": {"base": ["Something is wrong"], "name": ["is too long", "is invalid"]}},
     None, GitLabValidationError, "Something is wrong; name is too long, is invalid"),
    (429, {"message": {"error": "This endpoint has been requested too many times. Try again later."}},
     None, GitLabRateLimited, "This endpoint has been requested too many times. Try again later."),
    (429, "Retry later\n", "text/plain", GitLabRateLimited, "Retry later"),
    (401, {"error": "invalid_token", "error_description": "Token was revoked. You have to re-authorize from the user."},
     None, GitLabUnauthorized, "invalid_token: Token was revoked. You have to re-authorize from the user."),
    (403, {"error": "insufficient_scope", "scope": "api",
           "error_description": "The request requires higher privileges than provided by the access token."},
     None, GitLabForbidden,
     "insufficient_scope: The request requires higher privileges than provided by the access token. "
     "(needs scope: api)"),
    (403, {"message": "403 Forbidden - Must be admin to use sudo"}, None, GitLabForbidden,
     "403 Forbidden - Must be admin to use sudo"),
    (405, {"error": "405 Not Allowed"}, None, GitLabError, "405 Not Allowed"),
    (500, "", "text/plain", GitLabError, "Internal Server Error"),
    (500, "<html><body><h1>We're sorry</h1></body></html>", "text/html", GitLabError, "Internal Server Error"),
    (502, "<html>Bad Gateway</html>", "text/html", GitLabTransportError, "Bad Gateway"),
])
def test_error_text_for_every_body_shape(make_client, sim, status, body, content_type, error_class, message):
    rule = {"method": "GET", "path": USER_PATH, "action": "status", "status": status, "body": body}
    if content_type:
        rule["content_type"] = content_type
    sim.add_faults(rule)
    with pytest.raises(error_class) as caught:
        make_client(max_retries=0).get("/user")
    assert caught.value.message == message
    assert caught.value.status == status
    assert str(caught.value) == "GET /user -> %d: %s" % (status, message) + (
        " (GitLab refused api_token: it is invalid, expired or revoked)" if status == 401 else "")


# -- messages that say what to fix ------------------------------------------------------------------------
API_URL_HINT = "api_url may be wrong (it should be the GitLab address, e.g. https://gitlab.example.com)"


def test_api_url_with_a_wrong_path_is_named(make_client, gitlab):
    with pytest.raises(GitLabNotFound) as caught:
        make_client(api_url=gitlab.url + "/gitlab").get("/user")
    assert str(caught.value).endswith("(%s)" % API_URL_HINT)


@pytest.mark.parametrize("body, content_type, message", [
    ("<html><body>The page could not be found</body></html>", "text/html", "Not Found"),
    ({"error": "404 Not Found"}, None, "404 Not Found"),
    ("", "text/plain", "Not Found"),
])
def test_404_that_is_no_api_error_suggests_api_url(make_client, sim, body, content_type, message):
    rule = {"method": "GET", "path": USER_PATH, "action": "status", "status": 404, "body": body}
    if content_type:
        rule["content_type"] = content_type
    sim.add_faults(rule)
    with pytest.raises(GitLabNotFound) as caught:
        make_client().get("/user")
    assert str(caught.value) == "GET /user -> 404: %s (%s)" % (message, API_URL_HINT)
    assert caught.value.message == message


def test_404_of_a_missing_resource_has_no_api_url_hint(make_client):
    with pytest.raises(GitLabNotFound) as caught:
        make_client().get("/users/987654321")
    assert caught.value.hint is None


def test_401_names_the_oauth_token_option(make_client):
    with pytest.raises(GitLabUnauthorized) as caught:
        make_client(api_token=None, oauth_token="not-a-valid-token").get("/user")
    assert str(caught.value) == (
        "GET /user -> 401: 401 Unauthorized (GitLab refused api_oauth_token: it is invalid, expired or revoked)")


def mint_token(sim, username, scopes):
    """A personal access token of `username` with `scopes`, through the simulator's control endpoint."""
    return sim._control("POST", "/users/%s/tokens" % username, json={"scopes": scopes})["token"]


def test_403_on_a_write_suggests_an_administrator_token(make_client, sim, unique):
    someone = sim.create_user(unique("plain"))
    client = make_client(api_token=mint_token(sim, someone["username"], ["api"]))
    with pytest.raises(GitLabForbidden) as caught:
        client.post("/users", data=user_body(unique("new")))
    assert str(caught.value) == "POST /users -> 403: 403 Forbidden (an administrator's token may be needed)"


def test_403_with_a_specific_reason_keeps_only_gitlab_s_message(make_client, sim, unique):
    user = sim.create_user(unique("banme"))
    client = make_client()
    client.post(api_path("/users/{}/block", user["id"]))
    with pytest.raises(GitLabForbidden) as caught:
        client.post(api_path("/users/{}/ban", user["id"]))
    assert str(caught.value) == "POST /users/%d/ban -> 403: You cannot ban blocked users." % user["id"]


def test_sudo_unknown_user_names_sudo(make_client, unique):
    missing = unique("ghost")
    with pytest.raises(GitLabNotFound) as caught:
        make_client(sudo=missing).get("/user")
    assert caught.value.message == "404 User with ID or username '%s' Not Found" % missing
    assert str(caught.value) == "GET /user -> 404: 404 User with ID or username '%s' Not Found (check sudo: " \
                                "GitLab has no user %s)" % (missing, missing)


def test_sudo_by_a_non_administrator_names_sudo(make_client, sim, unique):
    someone = sim.create_user(unique("plain"))
    client = make_client(api_token=mint_token(sim, someone["username"], ["api", "sudo"]))
    with pytest.raises(GitLabForbidden) as caught:
        client.get("/user", headers={"Sudo": "root"})
    assert str(caught.value) == ("GET /user -> 403: 403 Forbidden - Must be admin to use sudo "
                                 "(sudo needs the token of an administrator)")


def test_sudo_without_the_sudo_scope_names_sudo(make_client, sim):
    client = make_client(api_token=mint_token(sim, "root", ["api"]), sudo="root")
    with pytest.raises(GitLabForbidden) as caught:
        client.get("/user")
    assert caught.value.message.startswith("insufficient_scope")
    assert str(caught.value).endswith("(needs scope: sudo) (sudo needs a token with the sudo scope)")


def test_tls_failure_suggests_ca_path(tls_sim, sleeps):
    with pytest.raises(GitLabTransportError) as caught:
        GitLabClient(tls_sim.url, api_token=tls_sim.token, sleep=sleeps).get("/user")
    assert caught.value.hint == "if GitLab's certificate comes from a private CA, set ca_path to that CA's certificate"
