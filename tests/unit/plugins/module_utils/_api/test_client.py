# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""GitLabClient against the simulator over real HTTP: URLs, auth and sudo, answers it refuses, per-request headers,
multipart bodies, resolve_user, TLS and proxies, secrets. The fixtures `make_client` and `sleeps` are in
conftest.py beside this file."""

from __future__ import annotations

import socket
import urllib.parse
import uuid
import warnings

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError,
    GitLabNotFound,
    GitLabTransportError,
    GitLabUnauthorized,
    GitLabUnexpectedAnswer,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import UnsafePathSegment, api_path
from ansible_collections.gitlab_ops.users.tests.unit.helpers.client_checks import (
    USER_PATH, USERS_PATH, ONE_USER_PATH, record_responses, wait_for_log, user_body, closed_port, too_many_requests,
    tiny_png)


# -- URLs, and paths the client refuses -----------------------------------------------------------
@pytest.mark.parametrize("bad", ["gitlab.example.com", "ftp://gitlab.example.com", "https://", "", None,
                                 "https://gitlab.example.com/?x=1"])
def test_unusable_api_url_is_rejected_without_a_request(bad):
    with pytest.raises(ValueError, match="api_url"):
        GitLabClient(bad, api_token="t")


@pytest.mark.parametrize("suffix", ["", "/", "/api/v4", "/api/v4/"])
def test_every_api_url_form_reaches_the_api(make_client, gitlab, suffix):
    assert make_client(api_url=gitlab.url + suffix).get("/user")["username"] == "root"


def test_dot_segment_key_does_not_delete_the_user(make_client, sim, unique):
    """Purging a custom attribute named ".." must not become DELETE /users/:id (deleting the user)."""
    user = sim.create_user(unique("dots"))
    sim.clear_log()
    client = make_client()
    with pytest.raises(UnsafePathSegment):
        client.delete(api_path("/users/{}/custom_attributes/{}", user["id"], ".."))
    # The same path written by hand is refused too: requests/urllib3 would remove the dot segment.
    for path in ("/users/%d/custom_attributes/.." % user["id"], "/users/%d/./custom_attributes" % user["id"],
                 "/users/%d/../%d" % (user["id"], user["id"]), "/users/%d/custom_attributes/." % user["id"],
                 "/users/%d/custom_attributes/%%2E%%2e" % user["id"], "/users//%d" % user["id"]):
        with pytest.raises(UnsafePathSegment):
            client.delete(path)
    assert sim.requests_log() == []
    assert client.resolve_user(user["id"])["id"] == user["id"]


# -- answers the client refuses: redirects, bodies of the wrong shape ----------------------------------
def test_redirect_is_reported_not_followed(make_client, sim):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "status", "status": 301, "body": "",
                    "headers": {"Location": "https://gitlab.elsewhere.invalid/api/v4/user"}})
    with pytest.raises(GitLabError) as caught:
        make_client().get("/user")
    assert "redirected to https://gitlab.elsewhere.invalid/api/v4/user" in str(caught.value)
    assert len(sim.requests_log()) == 1


def test_success_body_that_is_not_json(make_client, sim):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "status", "status": 200,
                    "body": "<html>login</html>", "content_type": "text/html"})
    with pytest.raises(GitLabUnexpectedAnswer) as caught:
        make_client().get("/user")
    assert str(caught.value).startswith(
        "unexpected answer from GitLab to GET /user: expected JSON, got text/html (HTTP 200)")


@pytest.mark.parametrize("method, status, body, expect, problem", [
    ("GET", 200, [{"id": 1}], "object", "expected a JSON object, got a JSON list (HTTP 200)"),
    ("GET", 200, {"id": 1}, "list", "expected a JSON list, got a JSON object (HTTP 200)"),
    ("GET", 200, [1, 2, 3], "list", "expected a list of JSON objects, got a list with a JSON number (HTTP 200)"),
    ("GET", 200, ["a"], "list", "expected a list of JSON objects, got a list with a JSON string (HTTP 200)"),
    ("POST", 201, "", "object", "expected a JSON object, got an empty body (HTTP 201)"),
    ("PUT", 200, "", "object", "expected a JSON object, got an empty body (HTTP 200)"),
    ("GET", 200, True, "object", "expected a JSON object, got a JSON boolean (HTTP 200)"),
])
def test_wrong_answer_shapes(make_client, sim, method, status, body, expect, problem):
    sim.add_faults({"method": method, "path": USER_PATH, "action": "status", "status": status, "body": body})
    with pytest.raises(GitLabUnexpectedAnswer) as caught:
        make_client().request(method, "/user", expect=expect)
    error = caught.value
    assert isinstance(error, GitLabError)
    assert str(error) == "unexpected answer from GitLab to %s /user: %s" % (method, problem)
    assert (error.method, error.path, error.status, error.message) == (method, "/user", status, problem)


@pytest.mark.parametrize("body, expect", [({"id": 1}, "object"), ([{"id": 1}], "list"), ([], "list"),
                                          ([1], None), ("", None)])
def test_right_answer_shapes(make_client, sim, body, expect):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "status", "status": 200, "body": body})
    assert make_client().get("/user", expect=expect) == (body if body != "" else None)


def test_unknown_expectation_is_a_programming_error(make_client, sim):
    with pytest.raises(ValueError, match="expect"):
        make_client().get("/user", expect="dict")
    assert sim.requests_log() == []


# -- authentication, sudo, headers ------------------------------------------------------------------
def test_api_token_is_sent_as_private_token(make_client, gitlab):
    client = make_client()
    responses = record_responses(client)
    assert client.get("/user")["username"] == "root"
    sent = responses[0].request.headers
    assert sent["PRIVATE-TOKEN"] == gitlab.token
    assert "Authorization" not in sent
    assert "gitlab_ops.users" in sent["User-Agent"]


def test_oauth_token_is_sent_as_bearer(make_client, gitlab):
    # The simulator, like GitLab, accepts a personal access token as a Bearer token.
    client = make_client(api_token=None, oauth_token=gitlab.token)
    responses = record_responses(client)
    assert client.get("/user")["username"] == "root"
    sent = responses[0].request.headers
    assert sent["Authorization"] == "Bearer %s" % gitlab.token
    assert "PRIVATE-TOKEN" not in sent


def test_both_tokens_are_refused():
    with pytest.raises(ValueError, match="mutually exclusive"):
        GitLabClient("https://gitlab.example.com", api_token="a", oauth_token="b")


def test_custom_user_agent(make_client):
    client = make_client(user_agent="my-agent/1.0")
    responses = record_responses(client)
    client.get("/user")
    assert responses[0].request.headers["User-Agent"] == "my-agent/1.0"


def test_sudo_acts_as_another_user(make_client, sim, unique):
    other = sim.create_user(unique("sudoed"))
    sim.clear_log()
    client = make_client(sudo=other["username"])
    assert client.get("/user")["id"] == other["id"]
    assert sim.requests_log()[0]["sudo"] == other["username"]


def test_sudo_unknown_user(make_client, unique):
    missing = unique("ghost")
    with pytest.raises(GitLabNotFound) as caught:
        make_client(sudo=missing).get("/user")
    assert caught.value.message == "404 User with ID or username '%s' Not Found" % missing


def test_wrong_token_is_unauthorized(make_client):
    with pytest.raises(GitLabUnauthorized) as caught:
        make_client(api_token="not-a-valid-token").get("/user")
    assert caught.value.message == "401 Unauthorized"
    assert str(caught.value) == (
        "GET /user -> 401: 401 Unauthorized (GitLab refused api_token: it is invalid, expired or revoked)")


# -- per-request headers, multipart bodies ---------------------------------------------------------
def test_per_request_headers_go_over_the_session_headers(make_client, sim, unique):
    other = sim.create_user(unique("sudoed"))
    sim.clear_log()
    client = make_client()
    responses = record_responses(client)
    assert client.get("/user", headers={"Sudo": other["username"]})["id"] == other["id"]
    assert client.get("/user")["username"] == "root"  # the header was for that request only
    assert [entry["sudo"] for entry in sim.requests_log()] == [other["username"], None]
    assert responses[0].request.headers["Accept"] == "application/json"  # session headers stay
    assert responses[0].request.headers["PRIVATE-TOKEN"] == sim.token


def test_per_request_sudo_overrides_the_sudo_option(make_client, sim, unique):
    first, second = sim.create_user(unique("first")), sim.create_user(unique("second"))
    client = make_client(sudo=first["username"])
    assert client.get("/user", headers={"Sudo": second["username"]})["id"] == second["id"]
    assert client.get("/user")["id"] == first["id"]


def test_multipart_form_fields_and_file(make_client, sim, unique):
    user = sim.create_user(unique("avatar"))
    sim.clear_log()
    content = tiny_png()
    updated = make_client().put(api_path("/users/{}", user["id"]), expect="object",
                                data={"bio": "multipart", "private_profile": True, "external": False,
                                      "location": None, "projects_limit": 7},
                                files={"avatar": ("me.png", content, "image/png")})
    assert updated["bio"] == "multipart" and updated["private_profile"] is True
    assert updated["external"] is False and updated["projects_limit"] == 7
    assert updated["avatar_url"].endswith("/me.png")
    (entry,) = sim.requests_log()
    assert entry["body"] == {"bio": "multipart", "private_profile": "true", "external": "false",
                             "projects_limit": "7", "avatar": {"filename": "me.png", "size": len(content)}}


def test_multipart_reads_a_file_object_once(make_client, sim, unique, tmp_path):
    user = sim.create_user(unique("avatarfile"))
    path = tmp_path / "face.png"
    path.write_bytes(tiny_png())
    sim.clear_log()
    sim.add_faults(too_many_requests(method="PUT", path=ONE_USER_PATH, headers={"Retry-After": "1"}))
    with open(str(path), "rb") as handle:
        make_client().put(api_path("/users/{}", user["id"]), files={"avatar": ("face.png", handle, "image/png")})
    assert [(entry["status"], (entry["body"] or {}).get("avatar")) for entry in sim.requests_log()] == [
        (429, None), (200, {"filename": "face.png", "size": len(tiny_png())})]


# -- resolve_user -----------------------------------------------------------------------------------
def test_resolve_user_by_username(make_client, sim, unique):
    user = sim.create_user(unique("finder"))
    sim.clear_log()
    assert make_client().resolve_user(user["username"])["id"] == user["id"]
    assert [(entry["path"], entry["query"]) for entry in sim.requests_log()] == [
        ("/api/v4/users", {"username": user["username"]})]


def test_resolve_user_keeps_the_case_it_was_given(make_client, sim, unique):
    user = sim.create_user(unique("MixedCase"))
    sim.clear_log()
    asked = user["username"].swapcase()
    assert make_client().resolve_user(asked)["id"] == user["id"]  # GitLab compares case-insensitively
    assert sim.requests_log()[0]["query"]["username"] == asked


def test_resolve_user_miss(make_client, sim, unique):
    assert make_client().resolve_user(unique("nobody")) is None
    assert len(sim.requests_log()) == 1


def test_resolve_user_by_int_id(make_client, sim, unique):
    user = sim.create_user(unique("byid"))
    sim.clear_log()
    assert make_client().resolve_user(user["id"])["username"] == user["username"]
    assert [entry["path"] for entry in sim.requests_log()] == ["/api/v4/users/%d" % user["id"]]


def test_resolve_user_digits_are_a_username_not_an_id(make_client, sim, unique):
    # GitLab allows all-digit usernames; "<id of someone else>" must never resolve to that someone.
    other = sim.create_user(unique("other"))
    digits = sim.create_user(str(uuid.uuid4().int)[:12])
    sim.clear_log()
    client = make_client()
    assert client.resolve_user(digits["username"])["id"] == digits["id"]
    assert client.resolve_user(str(other["id"])) is None  # no user is named like that id
    assert [(entry["path"], entry["query"]) for entry in sim.requests_log()] == [
        ("/api/v4/users", {"username": digits["username"]}), ("/api/v4/users", {"username": str(other["id"])})]


def test_resolve_user_never_takes_a_non_matching_first_hit(make_client, sim, unique):
    # A proxy, an older GitLab or a search-like filter may answer with other users: only an exact
    # (case-insensitive) username match counts.
    wanted, decoy = unique("wanted"), sim.create_user(unique("decoy"))
    sim.add_faults({"method": "GET", "path": USERS_PATH, "action": "status", "status": 200,
                    "body": [decoy, dict(decoy, id=decoy["id"] + 100000, username=wanted.upper())]})
    found = make_client().resolve_user(wanted)
    assert found["username"] == wanted.upper() and found["id"] == decoy["id"] + 100000
    sim.add_faults({"method": "GET", "path": USERS_PATH, "action": "status", "status": 200, "body": [decoy]})
    assert make_client().resolve_user(wanted) is None


def test_resolve_user_by_missing_id(make_client):
    assert make_client().resolve_user(987654321) is None


@pytest.mark.parametrize("ident, error", [(True, TypeError), (1.0, TypeError), (None, TypeError), ("", ValueError)])
def test_resolve_user_refuses_other_identifiers(make_client, sim, ident, error):
    with pytest.raises(error):
        make_client().resolve_user(ident)
    assert sim.requests_log() == []


def test_resolve_user_with_custom_attributes(make_client, sim, unique):
    user = sim.create_user(unique("attrs"))
    sim.clear_log()
    client = make_client()
    assert "custom_attributes" in client.resolve_user(user["username"], with_custom_attributes=True)
    assert "custom_attributes" in client.resolve_user(user["id"], with_custom_attributes=True)
    assert [entry["query"].get("with_custom_attributes") for entry in sim.requests_log()] == ["true", "true"]


def test_resolve_user_checks_the_answer_shape(make_client, sim):
    sim.add_faults({"method": "GET", "path": USERS_PATH, "action": "status", "status": 200,
                    "body": {"id": 1, "username": "root"}})
    with pytest.raises(GitLabUnexpectedAnswer) as caught:
        make_client().resolve_user("root")
    assert str(caught.value) == (
        "unexpected answer from GitLab to GET /users: expected a JSON list, got a JSON object (HTTP 200)")


# -- TLS ------------------------------------------------------------------------------------------
def test_tls_with_ca_path(tls_sim, sleeps):
    client = GitLabClient(tls_sim.url, api_token=tls_sim.token, ca_path=tls_sim.ca_path, sleep=sleeps)
    assert client.api_url.startswith("https://")
    assert client.get("/user")["username"] == "root"


def test_tls_default_verification_fails(tls_sim, sleeps):
    client = GitLabClient(tls_sim.url, api_token=tls_sim.token, sleep=sleeps)
    with pytest.raises(GitLabTransportError) as caught:
        client.get("/user")
    assert str(caught.value).startswith("GET /user -> no response: TLS error")
    assert caught.value.maybe_committed is False
    assert sleeps.waits == []  # a certificate problem does not go away by retrying


def test_tls_without_validation(tls_sim, sleeps):
    client = GitLabClient(tls_sim.url, api_token=tls_sim.token, validate_certs=False,
                          ca_path="/nonexistent/ca.pem", sleep=sleeps)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # urllib3's InsecureRequestWarning
        assert client.get("/user")["username"] == "root"


PROXY_VARIABLES = ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                   "no_proxy", "NO_PROXY")


def test_requests_ca_bundle_is_trusted_unless_ca_path_is_given(tls_sim, sleeps, monkeypatch, tmp_path):
    """requests' rule, read once per client: REQUESTS_CA_BUNDLE (or CURL_CA_BUNDLE) stands in for the default
    trust store; an explicit ca_path wins over it."""
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", tls_sim.ca_path)
    assert GitLabClient(tls_sim.url, api_token=tls_sim.token, sleep=sleeps).get("/user")["username"] == "root"
    monkeypatch.delenv("REQUESTS_CA_BUNDLE")
    monkeypatch.setenv("CURL_CA_BUNDLE", tls_sim.ca_path)
    assert GitLabClient(tls_sim.url, api_token=tls_sim.token, sleep=sleeps).get("/user")["username"] == "root"
    untrusted = tmp_path / "other-ca.pem"
    untrusted.write_text(pytest.importorskip("trustme").CA().cert_pem.bytes().decode())
    monkeypatch.setenv("CURL_CA_BUNDLE", str(untrusted))
    with pytest.raises(GitLabTransportError):
        GitLabClient(tls_sim.url, api_token=tls_sim.token, sleep=sleeps).get("/user")
    client = GitLabClient(tls_sim.url, api_token=tls_sim.token, ca_path=tls_sim.ca_path, sleep=sleeps)
    assert client.get("/user")["username"] == "root"


def test_proxy_variables_apply_unless_no_proxy_names_the_host(gitlab, sim, sleeps, monkeypatch):
    """HTTP_PROXY to a closed port: the request goes there (and fails) unless NO_PROXY exempts GitLab's host.
    The client reads the variables when it is made (the test's own requests to the simulator ignore them)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        proxy = "http://127.0.0.1:%d" % closed.getsockname()[1]

    def client_with(**environment):
        with monkeypatch.context() as patched:
            for name, value in environment.items():
                patched.setenv(name, value)
            return GitLabClient(gitlab.url, api_token=gitlab.token, sleep=sleeps)

    proxied = client_with(HTTP_PROXY=proxy)
    sim.clear_log()
    with pytest.raises(GitLabTransportError) as caught:
        proxied.get("/user")
    assert "no response" in str(caught.value)
    assert sim.requests_log() == []
    exempt = client_with(HTTP_PROXY=proxy, NO_PROXY=urllib.parse.urlsplit(gitlab.url).hostname)
    assert exempt.get("/user")["username"] == "root"
    assert [entry["path"] for entry in sim.requests_log()] == ["/api/v4/user"]


# -- secrets --------------------------------------------------------------------------------------
def test_token_never_appears_in_errors(gitlab, sim, tls_sim, unique):
    """Make requests fail in every way; neither token may show up in any error text."""
    failures = []

    def collect(client, method, path, data=None):
        with pytest.raises(GitLabError) as caught:
            client.request(method, path, data=data)
        failures.append(caught.value)

    for token_option in ("api_token", "oauth_token"):
        client = GitLabClient(gitlab.url, max_retries=1, timeout=0.25, sleep=lambda seconds: None,
                              **{token_option: gitlab.token})
        collect(client, "GET", "/users/987654321")
        collect(client, "POST", "/users", data={})
        sim.add_faults({"method": "GET", "path": USER_PATH, "action": "status", "status": 500,
                        "body": {"message": "token %s is broken" % gitlab.token}})
        collect(client, "GET", "/user")
        sim.add_faults({"method": "GET", "path": USER_PATH, "action": "status", "status": 403,
                        "body": "invalid token %s\n" % gitlab.token})
        collect(client, "GET", "/user")
        sim.add_faults(too_many_requests(times=5))
        collect(client, "GET", "/user")
        sim.add_faults({"method": "POST", "path": USERS_PATH, "action": "status", "status": 503})
        collect(client, "POST", "/users", data=user_body(unique("secret")))
        sim.add_faults({"method": "GET", "path": USER_PATH, "action": "drop", "times": 5})
        collect(client, "GET", "/user")
        sim.add_faults({"method": "POST", "path": USERS_PATH, "action": "drop_after_commit"})
        collect(client, "POST", "/users", data=user_body(unique("secret")))
        sim.clear_log()
        sim.add_faults({"method": "GET", "path": USER_PATH, "action": "delay", "ms": 600, "times": 2})
        collect(client, "GET", "/user")
        wait_for_log(sim, 2)
        sim.clear_faults()
        collect(GitLabClient(tls_sim.url, max_retries=0, **{token_option: gitlab.token}), "GET", "/user")
        collect(GitLabClient("http://127.0.0.1:%d" % closed_port(), max_retries=0, **{token_option: gitlab.token}),
                "GET", "/user")
    assert len(failures) == 22
    for error in failures:
        for text in (str(error), repr(error), str(error.message), repr(error.body), repr(error.args)):
            assert gitlab.token not in text, text


# -- tokens as YAML block scalars and token files leave them ------------------------------------------
@pytest.mark.parametrize("token_option", ["api_token", "oauth_token"])
def test_token_with_a_trailing_newline_works(make_client, gitlab, token_option):
    """`api_token: |` or a token file read with its newline: http.client used to refuse the header and
    show the token in the traceback."""
    tokens = {"api_token": None, token_option: gitlab.token + "\n"}
    client = make_client(**tokens)
    responses = record_responses(client)
    assert client.get("/user")["username"] == "root"
    sent = responses[0].request.headers
    assert (sent.get("PRIVATE-TOKEN") or sent["Authorization"]) in (gitlab.token, "Bearer " + gitlab.token)


def test_from_options_strips_tokens(gitlab):
    values = {"api_url": gitlab.url, "api_token": "  %s\r\n" % gitlab.token}
    assert GitLabClient.from_options(values.get).get("/user")["username"] == "root"


def test_token_with_an_inner_newline_is_refused_before_any_request(gitlab, sim):
    broken = gitlab.token[:5] + "\n" + gitlab.token[5:]
    with pytest.raises(ValueError) as caught:
        GitLabClient(gitlab.url, api_token=broken)
    assert str(caught.value).startswith("api_token contains a control character")
    assert gitlab.token[5:] not in str(caught.value)
    assert sim.requests_log() == []


def test_unexpected_failures_inside_the_http_stack_are_wrapped(make_client, gitlab, sim):
    # http.client cannot encode this Sudo header (latin-1 only); the error must not escape as a crash.
    with pytest.raises(GitLabTransportError) as caught:
        make_client(sudo="al\u20acce").get("/user")
    assert str(caught.value).startswith("GET /user -> no response: request failed: UnicodeEncodeError")
    # requests refuses a header value with a line break and quotes it: the token must not show.
    with pytest.raises(GitLabTransportError) as caught:
        make_client().get("/user", headers={"X-Echo": gitlab.token + "\n"})
    assert gitlab.token not in str(caught.value) and "request failed" in str(caught.value)
    assert sim.requests_log() == []
