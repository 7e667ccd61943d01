# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The retry policy (_api/retry.py) against the simulator over real HTTP: which failures are sent again, the waits
(Retry-After, RateLimit-Reset, backoff), their bounds, and the retry budget. `sleeps` records the waits."""

from __future__ import annotations

import email.utils
import re
import time

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError,
    GitLabNotFound,
    GitLabRateLimited,
    GitLabTransportError,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.tests.unit.helpers.client_checks import (
    USER_PATH,
    USERS_PATH,
    ONE_USER_PATH,
    wait_for_log,
    user_body,
    closed_port,
    too_many_requests,
    tiny_png,
)


# -- retries: 429 for every method ------------------------------------------------------------------


def test_429_waits_retry_after_seconds(make_client, sim, sleeps):
    sim.add_faults(too_many_requests(headers={"Retry-After": "3"}))
    assert make_client().get("/user")["username"] == "root"
    assert sleeps.waits == [3.0]
    assert [entry["status"] for entry in sim.requests_log()] == [429, 200]


def test_429_waits_until_retry_after_http_date(make_client, sim, sleeps):
    sim.add_faults(too_many_requests(headers={"Retry-After": email.utils.formatdate(time.time() + 5, usegmt=True)}))
    make_client().get("/user")
    assert len(sleeps.waits) == 1
    assert 3.0 <= sleeps.waits[0] <= 5.0  # the date has whole seconds


def test_429_waits_until_ratelimit_reset(make_client, sim, sleeps):
    sim.add_faults(too_many_requests(headers={"RateLimit-Reset": str(int(time.time()) + 7)}))
    make_client().get("/user")
    assert len(sleeps.waits) == 1
    assert 5.0 <= sleeps.waits[0] <= 7.0


def test_429_without_hints_backs_off_exponentially_with_jitter(make_client, sim, sleeps):
    sim.add_faults(too_many_requests(times=4))
    make_client().get("/user")
    assert len(sleeps.waits) == 4
    for retry, wait in enumerate(sleeps.waits):
        floor = 2.0 ** retry
        assert floor <= wait <= floor * 1.5


@pytest.mark.parametrize("headers", [
    lambda: {"Retry-After": "600"},  # GitLab's users_get_by_id limiter says 600 s; a task must not hang that long
    lambda: {"RateLimit-Reset": str(int(time.time()) + 3600)},  # an hour from when the test runs
], ids=["Retry-After", "RateLimit-Reset"])
def test_429_waits_are_capped(make_client, sim, sleeps, headers):
    # With a retry_timeout that allows the wait GitLab asks for, one pause is at most a minute.
    sim.add_faults(too_many_requests(headers=headers()))
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
    sim.add_faults(too_many_requests(times=-1, headers=headers()))
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
    sim.add_faults(too_many_requests(times=1, headers={"Retry-After": "50"}),
                   too_many_requests(times=-1, headers={"Retry-After": "100"}))
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
    sim.add_faults(too_many_requests(times=3, headers=headers))
    make_client().get("/user")
    assert len(sleeps.waits) == 3
    for retry, wait in enumerate(sleeps.waits):
        assert 2.0 ** retry <= wait <= 1.5 * 2.0 ** retry


def test_429_retries_are_bounded(make_client, sim, sleeps):
    sim.add_faults(too_many_requests(times=10, headers={"Retry-After": "1"}))
    with pytest.raises(GitLabRateLimited) as caught:
        make_client(max_retries=2).get("/user")
    assert caught.value.message == "Retry later"
    assert str(caught.value) == ("GET /user -> 429: Retry later (gave up after 2 retries and 2.0 s of waiting in "
                                 "this task; max_retries and retry_timeout bound the retries)")
    assert sleeps.waits == [1.0, 1.0]
    assert len(sim.requests_log()) == 3


def test_429_on_post_is_retried(make_client, sim, sleeps, unique):
    username = unique("ratelimited")
    sim.add_faults(too_many_requests(method="POST", path=USERS_PATH, headers={"Retry-After": "2"}))
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
    sim.add_faults(too_many_requests(times=-1, headers={"Retry-After": "50"}))
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
    sim.add_faults(too_many_requests(times=2, headers={"Retry-After": "1"}))
    with pytest.raises(GitLabRateLimited):
        make_client(retry_timeout=0).get("/user")
    assert sleeps.waits == []


def test_dropped_connections_share_the_budget(make_client, sim, sleeps):
    sim.add_faults({"method": "GET", "path": USER_PATH, "action": "drop", "times": -1})
    with pytest.raises(GitLabTransportError):
        make_client(retry_timeout=5, max_retries=10).get("/user")
    assert 0 < sum(sleeps.waits) <= 5
    assert len(sim.requests_log()) == len(sleeps.waits) + 1
