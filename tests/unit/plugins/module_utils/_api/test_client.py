# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""GitLabClient against the simulator over real HTTP: URLs, auth, errors, retries, pagination, TLS. The fixtures
`make_client` and `sleeps` are in conftest.py beside this file."""

from __future__ import annotations

import email.utils
import math
import re
import socket
import time
import urllib.parse
import uuid
import warnings

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
    GitLabUnexpectedAnswer,
    GitLabValidationError,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import UnsafePathSegment, api_path

USER_PATH = r"^/api/v4/user$"
USERS_PATH = r"^/api/v4/users$"
ONE_USER_PATH = r"^/api/v4/users/\d+$"


def record_responses(client):
    """Every requests.Response the client receives, to look at the headers sent and received."""
    seen = []
    client.session.hooks["response"].append(lambda response, *args, **kwargs: seen.append(response))
    return seen


def wait_for_log(sim, count, timeout=5.0):
    """The request log once it holds `count` entries. A delayed request is logged when the simulator
    finishes it, after the client gave up; waiting for it keeps the next test's log clean."""
    deadline = time.monotonic() + timeout
    entries = sim.requests_log()
    while len(entries) < count and time.monotonic() < deadline:
        time.sleep(0.05)
        entries = sim.requests_log()
    return entries


def user_body(username, **fields):
    body = {"username": username, "name": username.title(), "email": "%s@example.com" % username.lower(),
            "password": "S3cure-pass-1234", "skip_confirmation": True}
    body.update(fields)
    return body


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


# -- retries: 429 for every method ------------------------------------------------------------------
def rate_limit(method="GET", path=USER_PATH, times=1, headers=None):
    # An explicit text body keeps the simulator from adding its default Retry-After.
    return {"method": method, "path": path, "action": "status", "status": 429, "times": times,
            "body": "Retry later\n", "headers": headers or {}}


def test_429_waits_retry_after_seconds(make_client, sim, sleeps):
    sim.add_faults(rate_limit(headers={"Retry-After": "3"}))
    assert make_client().get("/user")["username"] == "root"
    assert sleeps.waits == [3.0]
    assert [entry["status"] for entry in sim.requests_log()] == [429, 200]


def test_429_waits_until_retry_after_http_date(make_client, sim, sleeps):
    sim.add_faults(rate_limit(headers={"Retry-After": email.utils.formatdate(time.time() + 5, usegmt=True)}))
    make_client().get("/user")
    assert len(sleeps.waits) == 1
    assert 3.0 <= sleeps.waits[0] <= 5.0  # the date has whole seconds


def test_429_waits_until_ratelimit_reset(make_client, sim, sleeps):
    sim.add_faults(rate_limit(headers={"RateLimit-Reset": str(int(time.time()) + 7)}))
    make_client().get("/user")
    assert len(sleeps.waits) == 1
    assert 5.0 <= sleeps.waits[0] <= 7.0


def test_429_without_hints_backs_off_exponentially_with_jitter(make_client, sim, sleeps):
    sim.add_faults(rate_limit(times=4))
    make_client().get("/user")
    assert len(sleeps.waits) == 4
    for retry, wait in enumerate(sleeps.waits):
        floor = 2.0 ** retry
        assert floor <= wait <= floor * 1.5


@pytest.mark.parametrize("headers", [
    {"Retry-After": "600"},  # GitLab's users_get_by_id limiter says 600 s; a task must not hang that long
    {"RateLimit-Reset": str(int(time.time()) + 3600)},
])
def test_429_waits_are_capped(make_client, sim, sleeps, headers):
    # With a retry_timeout that allows the wait GitLab asks for, one pause is at most a minute.
    sim.add_faults(rate_limit(headers=headers))
    make_client(retry_timeout=4000).get("/user")
    assert sleeps.waits == [60.0]


@pytest.mark.parametrize("headers, source", [
    (lambda: {"Retry-After": "3600"}, "Retry-After"),
    (lambda: {"Retry-After": email.utils.formatdate(time.time() + 3600, usegmt=True)}, "Retry-After"),
    (lambda: {"RateLimit-Reset": str(int(time.time()) + 3600)}, "RateLimit-Reset"),
], ids=["delta-seconds", "HTTP date", "epoch"])
def test_a_wait_beyond_retry_timeout_fails_at_once(make_client, sim, sleeps, headers, source):
    """Issue 20, item 12: GitLab asks for an hour and retry_timeout leaves 120 s; waiting part of it would
    only earn another 429, so the client fails at once, naming retry_timeout and the wait GitLab asked for."""
    sim.add_faults(rate_limit(times=-1, headers=headers()))
    with pytest.raises(GitLabRateLimited) as caught:
        make_client(retry_timeout=120).get("/user")
    assert sleeps.waits == []
    assert len(sim.requests_log()) == 1
    text = str(caught.value)
    assert text.startswith("GET /user -> 429: Retry later (GitLab asked to wait ")
    asked = float(re.search(r"asked to wait (\d+) s", text).group(1))
    assert 120 < asked <= 3600  # an HTTP date or an epoch: whole seconds, less the time the request took
    assert "(%s)" % source in text and "retry_timeout" in text and "120 s" in text


def test_a_wait_beyond_what_is_left_of_retry_timeout_fails_without_waiting_part_of_it(make_client, sim, sleeps):
    sim.add_faults(rate_limit(times=1, headers={"Retry-After": "50"}),
                   rate_limit(times=-1, headers={"Retry-After": "100"}))
    with pytest.raises(GitLabRateLimited) as caught:
        make_client(retry_timeout=120).get("/user")
    assert sleeps.waits == [50.0]
    assert len(sim.requests_log()) == 2
    assert "GitLab asked to wait 100 s (Retry-After), more than the 70 s left of retry_timeout (120 s)" in str(caught.value)


@pytest.mark.parametrize("headers", [
    {"Retry-After": email.utils.formatdate(time.time() - 30, usegmt=True)},
    {"Retry-After": "0"},
    {"Retry-After": "0.01"},
    {"RateLimit-Reset": "0"},
])
def test_429_hint_in_the_past_still_backs_off(make_client, sim, sleeps, headers):
    # Taken literally these hints mean "retry now": six requests within milliseconds.
    sim.add_faults(rate_limit(times=3, headers=headers))
    make_client().get("/user")
    assert len(sleeps.waits) == 3
    for retry, wait in enumerate(sleeps.waits):
        assert 2.0 ** retry <= wait <= 1.5 * 2.0 ** retry


def test_429_retries_are_bounded(make_client, sim, sleeps):
    sim.add_faults(rate_limit(times=10, headers={"Retry-After": "1"}))
    with pytest.raises(GitLabRateLimited) as caught:
        make_client(max_retries=2).get("/user")
    assert caught.value.message == "Retry later"
    assert str(caught.value) == ("GET /user -> 429: Retry later (gave up after 2 retries and 2.0 s of waiting in "
                                 "this task; max_retries and retry_timeout bound the retries)")
    assert sleeps.waits == [1.0, 1.0]
    assert len(sim.requests_log()) == 3


def test_429_on_post_is_retried(make_client, sim, sleeps, unique):
    username = unique("ratelimited")
    sim.add_faults(rate_limit(method="POST", path=USERS_PATH, headers={"Retry-After": "2"}))
    created = make_client().post("/users", data=user_body(username))
    assert created["username"] == username
    assert sleeps.waits == [2.0]
    assert [(entry["method"], entry["status"]) for entry in sim.writes()] == [("POST", 429), ("POST", 201)]


# -- retries: gateway errors and transport errors only for idempotent methods -----------------------
def test_503_is_retried_for_get_and_put(make_client, sim, sleeps, unique):
    user = sim.create_user(unique("retry"))
    sim.clear_log()
    sim.add_faults({"method": "GET", "path": ONE_USER_PATH, "action": "status", "status": 503},
                   {"method": "PUT", "path": ONE_USER_PATH, "action": "status", "status": 503,
                    "headers": {"Retry-After": "2"}})
    client = make_client()
    assert client.get(api_path("/users/{}", user["id"]))["id"] == user["id"]
    assert client.put(api_path("/users/{}", user["id"]), data={"bio": "retried"})["bio"] == "retried"
    assert [(entry["method"], entry["status"]) for entry in sim.requests_log()] == [
        ("GET", 503), ("GET", 200), ("PUT", 503), ("PUT", 200)]
    assert 1.0 <= sleeps.waits[0] <= 1.5 and sleeps.waits[1] == 2.0


def test_503_is_retried_for_delete(make_client, sim, sleeps):
    sim.add_faults({"method": "DELETE", "path": ONE_USER_PATH, "action": "status", "status": 503})
    # The second attempt reaches the endpoint: 404 for a missing user.
    with pytest.raises(GitLabNotFound) as caught:
        make_client().delete("/users/987654321")
    assert caught.value.message == "404 User Not Found"
    assert [entry["status"] for entry in sim.requests_log()] == [503, 404]
    assert len(sleeps.waits) == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_gateway_error_is_not_retried_for_non_idempotent_methods(make_client, sim, sleeps, method):
    sim.add_faults({"method": method, "path": r"^/api/v4/users", "action": "status", "status": 503})
    with pytest.raises(GitLabTransportError) as caught:
        make_client().request(method, "/users", data={"username": "x"})
    assert caught.value.maybe_committed is True
    assert str(caught.value) == "%s /users -> 503: 503 Service Unavailable" % method
    assert len(sim.requests_log()) == 1
    assert sleeps.waits == []


def test_gateway_errors_on_get_are_bounded(make_client, sim, sleeps):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "status", "status": 502, "times": 10})
    with pytest.raises(GitLabTransportError) as caught:
        make_client(max_retries=3).get("/user")
    assert caught.value.maybe_committed is False
    assert caught.value.status == 502
    assert len(sleeps.waits) == 3
    assert len(sim.requests_log()) == 4


def test_500_is_not_retried(make_client, sim, sleeps):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "status", "status": 500})
    with pytest.raises(GitLabError) as caught:
        make_client().get("/user")
    assert str(caught.value) == "GET /user -> 500: 500 Internal Server Error"
    assert sleeps.waits == []


def test_dropped_connection_is_retried_for_get(make_client, sim, sleeps):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "drop"})
    assert make_client().get("/user")["username"] == "root"
    assert [entry.get("fault") for entry in sim.requests_log()] == ["drop", None]
    assert len(sleeps.waits) == 1


def test_dropped_connections_on_get_are_bounded(make_client, sim, sleeps):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "drop", "times": 10})
    with pytest.raises(GitLabTransportError) as caught:
        make_client(max_retries=2).get("/user")
    assert caught.value.status is None and caught.value.maybe_committed is False
    assert str(caught.value).startswith("GET /user -> no response: connection failed")
    assert len(sim.requests_log()) == 3


def test_dropped_connection_is_not_retried_for_post(make_client, sim, sleeps, unique):
    username = unique("dropped")
    sim.add_faults({"method": "POST", "path": USERS_PATH, "action": "drop"})
    client = make_client()
    with pytest.raises(GitLabTransportError) as caught:
        client.post("/users", data=user_body(username))
    assert caught.value.maybe_committed is True
    assert "may have been applied" in str(caught.value)
    assert len(sim.writes()) == 1
    assert sleeps.waits == []
    assert client.resolve_user(username) is None  # this fault drops before the endpoint runs


def test_drop_after_commit_on_post_creates_exactly_one_user(make_client, sim, sleeps, unique):
    username = unique("committed")
    sim.add_faults({"method": "POST", "path": USERS_PATH, "action": "drop_after_commit"})
    client = make_client()
    with pytest.raises(GitLabTransportError) as caught:
        client.post("/users", data=user_body(username))
    assert caught.value.maybe_committed is True and caught.value.status is None
    posts = [entry for entry in sim.writes() if entry["method"] == "POST"]
    assert len(posts) == 1 and posts[0]["status"] == 201
    assert client.resolve_user(username)["username"] == username  # re-reading shows the one user


def test_timeout_is_retried_for_get(make_client, sim, sleeps):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "delay", "ms": 800})
    started = time.monotonic()
    assert make_client(timeout=0.25).get("/user")["username"] == "root"
    assert time.monotonic() - started < 0.75  # gave up on the slow answer instead of waiting for it
    assert len(sleeps.waits) == 1
    assert len(wait_for_log(sim, 2)) == 2


def test_timeout_on_post_is_not_retried(make_client, sim, sleeps, unique):
    sim.add_faults({"method": "POST", "path": USERS_PATH, "action": "delay", "ms": 800})
    with pytest.raises(GitLabTransportError) as caught:
        make_client(timeout=0.25).post("/users", data=user_body(unique("slow")))
    assert caught.value.maybe_committed is True
    assert "no answer within 0.25 s" in str(caught.value)
    assert sleeps.waits == []
    assert [entry["method"] for entry in wait_for_log(sim, 1)] == ["POST"]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_is_reported_after_one_quick_retry(sleeps, method):
    port = closed_port()
    client = GitLabClient("http://127.0.0.1:%d" % port, api_token="t", max_retries=5, sleep=sleeps)
    with pytest.raises(GitLabTransportError) as caught:
        client.request(method, "/user")
    error = caught.value
    assert error.status is None
    assert error.maybe_committed is False  # nothing was sent
    assert str(error) == ("%s /user -> no response: could not connect to 127.0.0.1:%d: [Errno 111] Connection "
                          "refused (check api_url and that GitLab is reachable from this host)" % (method, port))
    assert sleeps.waits == [0.5]


def test_connection_refused_without_retries(sleeps):
    client = GitLabClient("http://127.0.0.1:%d" % closed_port(), api_token="t", max_retries=0, sleep=sleeps)
    with pytest.raises(GitLabTransportError):
        client.get("/user")
    assert sleeps.waits == []


def test_unknown_host_is_reported_quickly(sleeps):
    client = GitLabClient("http://gitlab.invalid", api_token="t", sleep=sleeps)
    with pytest.raises(GitLabTransportError) as caught:
        client.get("/user")
    assert str(caught.value).startswith("GET /user -> no response: could not connect to gitlab.invalid: ")
    assert "check api_url" in str(caught.value)
    assert sleeps.waits == [0.5]


# -- pagination -----------------------------------------------------------------------------------
SEEDED_USERS = 10050


@pytest.fixture(scope="module")
def seeded(_gitlab_session):
    """More than 10,000 users, so that GitLab (and the simulator) stop sending X-Total."""
    if not _gitlab_session.is_sim:
        pytest.skip("seeding needs the simulator")
    _gitlab_session.seed(SEEDED_USERS)
    return _gitlab_session


def test_pagination_over_ten_thousand_users(seeded, sim, make_client):
    client = make_client()
    responses = record_responses(client)
    ids = [user["id"] for user in client.paginate("/users")]
    assert len(ids) > SEEDED_USERS
    assert len(ids) == len(set(ids))
    log = sim.requests_log()
    assert len(log) == math.ceil(len(ids) / 100.0)
    assert all(entry["query"]["per_page"] == "100" for entry in log)
    assert not any("X-Total" in response.headers or "X-Total-Pages" in response.headers for response in responses)


def test_pagination_with_x_total(make_client, sim, seeded):
    client = make_client()
    responses = record_responses(client)
    admins = list(client.paginate("/users", params={"admins": True}, per_page=20))
    assert admins and all(user["is_admin"] for user in admins)
    assert len(admins) == int(responses[0].headers["X-Total"])
    assert len(responses) == math.ceil(len(admins) / 20.0)
    assert all(entry["query"]["admins"] == "true" for entry in sim.requests_log())


def test_pagination_stays_on_api_url_when_links_name_another_host(make_client, sim, seeded):
    # GitLab builds Link URLs from its configured external URL; the token must not be sent there.
    sim.settings(host="http://gitlab.external.invalid:1")
    try:
        client = make_client()
        responses = record_responses(client)
        admins = list(client.paginate("/users", params={"admins": True}, per_page=20))
    finally:
        sim.settings(host=None)
    assert "gitlab.external.invalid" in responses[0].headers["Link"]
    assert len(responses) == math.ceil(len(admins) / 20.0) > 1
    assert all(response.url.startswith(client.api_url) for response in responses)


def test_keyset_pagination(make_client, sim, seeded):
    client = make_client()
    responses = record_responses(client)
    ids = [user["id"] for user in client.paginate("/users", keyset=True)]
    log = sim.requests_log()
    first = log[0]["query"]
    assert (first["pagination"], first["order_by"], first["sort"], first["per_page"]) == ("keyset", "id", "asc", "100")
    assert len(ids) > SEEDED_USERS and len(ids) == len(set(ids))
    assert ids == sorted(ids)
    assert "X-Page" not in responses[0].headers and "X-Next-Cursor" in responses[0].headers
    assert all("cursor" in entry["query"] and entry["query"]["pagination"] == "keyset" for entry in log[1:])
    assert "Link" not in responses[-1].headers
    assert len(log) == math.ceil(len(ids) / 100.0)


def test_paginate_refuses_a_non_list_endpoint(make_client):
    with pytest.raises(GitLabUnexpectedAnswer) as caught:
        list(make_client().paginate("/user"))
    assert str(caught.value) == (
        "unexpected answer from GitLab to GET /user: expected a JSON list, got a JSON object (HTTP 200)")
    assert (caught.value.method, caught.value.path, caught.value.status) == ("GET", "/user", 200)


def test_paginate_checks_every_page(make_client, sim):
    # The first page is fine, the second is a list of ids instead of objects.
    next_link = '<%s/users?page=2&per_page=1>; rel="next"' % make_client().api_url
    sim.add_faults({"method": "GET", "path": USERS_PATH, "action": "status", "status": 200, "times": 1,
                    "body": [{"id": 1}], "headers": {"Link": next_link}},
                   {"method": "GET", "path": USERS_PATH, "action": "status", "status": 200, "body": [1, 2]})
    client = make_client()
    pages = client.paginate("/users", per_page=1)
    assert next(pages) == {"id": 1}
    with pytest.raises(GitLabUnexpectedAnswer, match=r"expected a list of JSON objects, got a list with a JSON number"):
        next(pages)


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


def tiny_png():
    # The smallest well-formed PNG would do; the simulator checks the extension and the size.
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


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
    sim.add_faults(rate_limit(method="PUT", path=ONE_USER_PATH, headers={"Retry-After": "1"}))
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
        sim.add_faults(rate_limit(times=5))
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


# -- retried uploads resend the whole file ---------------------------------------------------------------
@pytest.mark.parametrize("fault", [
    {"action": "status", "status": 429, "body": "Retry later\n", "headers": {"Retry-After": "1"}},
    {"action": "status", "status": 502},
    {"action": "drop_after_commit"},
    {"action": "drop"},
], ids=["429", "502", "lost-answer", "dropped"])
def test_retried_upload_sends_the_whole_file(make_client, sim, unique, tmp_path, fault):
    user = sim.create_user(unique("upload"))
    avatar = tmp_path / "avatar.png"
    avatar.write_bytes(tiny_png())
    sim.clear_log()
    sim.add_faults(dict(fault, method="PUT", path=ONE_USER_PATH))
    with open(str(avatar), "rb") as handle:  # the way a module opens the file it was given
        updated = make_client().put(api_path("/users/{}", user["id"]), data={"bio": "with avatar"},
                                    files={"avatar": ("avatar.png", handle, "image/png")}, expect="object")
    assert updated["avatar_url"].endswith("/avatar.png")
    log = sim.requests_log()
    assert len(log) == 2 and log[-1]["status"] == 200
    uploads = [entry["body"]["avatar"] for entry in log if entry["body"]]  # faults answer before the body is read
    assert uploads and all(upload == {"filename": "avatar.png", "size": avatar.stat().st_size} for upload in uploads)


# -- retry budget ------------------------------------------------------------------------------------------
def test_429_storm_is_bounded_by_retry_timeout(make_client, sim, sleeps):
    sim.add_faults(rate_limit(times=-1, headers={"Retry-After": "50"}))
    client = make_client(retry_timeout=120, max_retries=10)
    with pytest.raises(GitLabRateLimited) as caught:
        client.get("/user")
    assert sleeps.waits == [50.0, 50.0]  # a third wait would pass 120 s
    assert len(sim.requests_log()) == 3
    assert "gave up after 2 retries and 100.0 s of waiting" in str(caught.value)
    assert "retry_timeout" in str(caught.value)
    # The budget is per client (per task): the next request gets no more waiting.
    with pytest.raises(GitLabRateLimited):
        client.get("/user")
    assert sleeps.waits == [50.0, 50.0] and len(sim.requests_log()) == 4


def test_retry_timeout_zero_disables_waiting(make_client, sim, sleeps):
    sim.add_faults(rate_limit(times=2, headers={"Retry-After": "1"}))
    with pytest.raises(GitLabRateLimited):
        make_client(retry_timeout=0).get("/user")
    assert sleeps.waits == []


def test_dropped_connections_share_the_budget(make_client, sim, sleeps):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "drop", "times": -1})
    with pytest.raises(GitLabTransportError):
        make_client(retry_timeout=5, max_retries=10).get("/user")
    assert 0 < sum(sleeps.waits) <= 5
    assert len(sim.requests_log()) == len(sleeps.waits) + 1


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
