# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Pacing (plugins/module_utils/_api/pacing.py) against a simulator that runs GitLab.com's Users API rate limits,
with the simulator's clock under the test's control: what a user sees is how many 429s GitLab sent (its request
log), how many requests each of GitLab's windows counted, and where each wait ended.

The expected figures come from GitLab's arithmetic, not from the client: a limit of L requests per window of I
seconds, windows starting at the multiples of I since the epoch (lib/gitlab/application_rate_limiter.rb), so N
requests need ceil(N / L) windows, L in each but the last. Nothing here sleeps: the client's clock and sleep are
a stand-in that moves the simulator's clock by what the client would have slept."""

from __future__ import annotations

import math

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabRateLimited

from ansible_collections.gitlab_ops.users.tests.unit.helpers.rate_windows import INTERVAL, boundary_after, side_by_side, window_of
from ansible_collections.gitlab_ops.users.tests.unit.helpers.shared_time import SharedTime

# The simulator as GitLab.com runs: users_api_limit_ssh_keys 120 per minute, Retry-After from 18.5 (it is 18.6).
SITE_ARGS = ("--profile", "gitlab.com")
SSH_KEYS_LIMIT = 120
WORKERS = 4


def read_keys_side_by_side(client, user_id, count, workers=WORKERS, sudo=()):
    """`count` reads of GET /users/:id/keys on `workers` threads sharing the client (as the bulk module's do); with
    `sudo` (a list of Sudo values, one per read), each read as that user."""
    path = "/users/%d/keys" % user_id
    side_by_side(((lambda job=job: client.get(path, headers={"Sudo": job} if job else None))
                  for job in (list(sudo) or [None] * count)), workers)


def per_window(log, status=None, sudo=None):
    """{window number: requests GitLab counted in it} of the log's GET /users/:id/keys (by GitLab's clock); with
    `sudo`, only those sent as that user."""
    counts = {}
    for entry in log:
        if entry["path"].endswith("/keys") and (status is None or entry["status"] == status) and (
                sudo is None or entry["sudo"] == sudo):
            counts[window_of(entry)] = counts.get(window_of(entry), 0) + 1
    return counts


def expected_windows(first_window, requests, limit):
    """GitLab's arithmetic: `requests` requests under `limit` per window, from `first_window` on."""
    needed = int(math.ceil(requests / float(limit)))
    return dict((first_window + index, min(limit, requests - index * limit)) for index in range(needed))


def test_a_declared_limit_keeps_every_window_under_it_without_a_single_429(gitlab_com, unique):
    start = 1893456005.0  # 2030-01-01T00:00:05Z, 55 s before a boundary
    user = gitlab_com.create_user(unique("paced"))
    time = SharedTime(gitlab_com, start)
    client = time.watched_client(rate_limits={"ssh_keys": SSH_KEYS_LIMIT})
    gitlab_com.clear_log()
    read_keys_side_by_side(client, user["id"], 300)
    log = gitlab_com.requests_log()
    assert [entry for entry in log if entry["status"] == 429] == []
    assert per_window(log) == expected_windows(int(start // INTERVAL), 300, SSH_KEYS_LIMIT)
    # Each wait ended at the boundary GitLab counts afresh from (within the Date header's second), never later.
    assert time.sleeps
    for began, _seconds, ended in time.sleeps:
        assert boundary_after(began) <= ended <= boundary_after(began) + 1.0
    assert client.waited == 0.0  # no retry: pacing is not a retry


def test_a_limit_learned_from_one_429_paces_the_rest_and_the_wait_ends_at_the_boundary(gitlab_com, unique):
    start = 1893459605.0  # an hour later, 55 s before a boundary
    user = gitlab_com.create_user(unique("learner"))
    time = SharedTime(gitlab_com, start)
    client = time.watched_client()
    gitlab_com.clear_log()
    read_keys_side_by_side(client, user["id"], 300)
    log = gitlab_com.requests_log()
    first = int(start // INTERVAL)
    refused = per_window(log, status=429)
    # No storm: the 429s are those of requests already in flight when the first one came back, in the first
    # window only; after it every worker waits for the boundary.
    assert set(refused) == {first} and refused[first] <= WORKERS
    assert per_window(log, status=200) == expected_windows(first, 300, SSH_KEYS_LIMIT)
    # GitLab said Retry-After: 60; the window ended 55 s after the 429.
    assert {entry.get("status") for entry in log} == {200, 429}
    retry_waits = [(began, seconds, ended) for began, seconds, ended in time.sleeps if began < first * INTERVAL + 60]
    assert retry_waits and all(seconds <= 56.0 for _began, seconds, _ended in retry_waits)
    for began, _seconds, ended in time.sleeps:
        assert boundary_after(began) <= ended <= boundary_after(began) + 1.0


def test_without_a_limit_nothing_waits_and_every_request_goes_out_once(gitlab_com, unique):
    """GET /users/:id/gpg_keys with its limit off (0, as on a self-managed GitLab): the requests are the reads,
    one each, and nobody waits."""
    start = 1893463205.0
    user = gitlab_com.create_user(unique("free"))
    gitlab_com.settings(users_api_limit_gpg_keys=0)
    try:
        time = SharedTime(gitlab_com, start)
        client = GitLabClient(gitlab_com.url, api_token=gitlab_com.token, clock=time.clock, sleep=time.sleep)
        gitlab_com.clear_log()
        for _index in range(150):
            client.get("/users/%d/gpg_keys" % user["id"])
        log = gitlab_com.requests_log()
        assert len(log) == 150 and {entry["status"] for entry in log} == {200}
        assert time.sleeps == []
    finally:
        gitlab_com.settings(users_api_limit_gpg_keys=120)


def test_each_sudo_user_has_budgets_of_its_own_and_one_users_reads_wait_for_its_own_window(gitlab_com, unique):
    """GitLab counts a limited read for the current user, which the Sudo header makes the impersonated one
    (`current_user`/`sudo!` in lib/api/helpers.rb; `check_rate_limit_by_user_or_ip!` scopes on `current_user` in
    lib/api/helpers/rate_limiter.rb). On one client: 120 reads as one user spend that user's window; 120 reads as a
    second user then go out at once, in the same window (a budget shared between the two would hold them for the
    next one); one more read as the first user waits for the boundary. No 429 on the way."""
    start = 1893466805.0  # 55 s before a boundary
    target = gitlab_com.create_user(unique("target"))
    first, second = gitlab_com.create_user(unique("asone")), gitlab_com.create_user(unique("astwo"))
    time = SharedTime(gitlab_com, start)
    client = time.watched_client(rate_limits={"ssh_keys": SSH_KEYS_LIMIT})
    gitlab_com.clear_log()
    read_keys_side_by_side(client, target["id"], SSH_KEYS_LIMIT, sudo=[first["username"]] * SSH_KEYS_LIMIT)
    read_keys_side_by_side(client, target["id"], SSH_KEYS_LIMIT, sudo=[second["username"]] * SSH_KEYS_LIMIT)
    assert time.sleeps == []
    read_keys_side_by_side(client, target["id"], 1, sudo=[first["username"]])
    log = gitlab_com.requests_log()
    window = int(start // INTERVAL)
    assert [entry for entry in log if entry["status"] == 429] == []
    assert per_window(log, sudo=second["username"]) == {window: SSH_KEYS_LIMIT}
    assert per_window(log, sudo=first["username"]) == {window: SSH_KEYS_LIMIT, window + 1: 1}
    assert len(time.sleeps) == 1 and boundary_after(start) <= time.sleeps[0][2] <= boundary_after(start) + 1.0
    (summary,) = client.pacer.summary()
    assert "ssh_keys" in summary and "in 1 wait" in summary


def test_a_limit_learned_from_one_sudo_users_429_paces_the_other_users_too(gitlab_com, unique):
    """The limit is an instance setting, the same for every caller: once one user's reads earned a 429, a second
    user's reads are paced by it from their first window on (no 429 for them), each in its own budget."""
    start = 1893470405.0
    target = gitlab_com.create_user(unique("target"))
    first, second = gitlab_com.create_user(unique("learnone")), gitlab_com.create_user(unique("learntwo"))
    time = SharedTime(gitlab_com, start)
    client = time.watched_client()
    gitlab_com.clear_log()
    read_keys_side_by_side(client, target["id"], 130, sudo=[first["username"]] * 130)
    read_keys_side_by_side(client, target["id"], 250, sudo=[second["username"]] * 250)
    log = gitlab_com.requests_log()
    refused = [entry for entry in log if entry["status"] == 429]
    assert refused and {entry["sudo"] for entry in refused} == {first["username"]}
    assert len(refused) <= WORKERS
    accepted_second = per_window(log, status=200, sudo=second["username"])
    assert sum(accepted_second.values()) == 250 and max(accepted_second.values()) <= SSH_KEYS_LIMIT


# -- pacing waits and the retry budget ------------------------------------------------------------------------
# A wait for the next window is not a failure: retry_timeout does not bound it, however long the run. A 429 is one:
# its wait (to the window's end) is a retry, charged to retry_timeout and counted in max_retries.

def test_pacing_waits_far_past_retry_timeout_do_not_fail_a_long_run(gitlab_com, unique):
    """600 reads under 120 a minute: five windows, four waits of about a minute each, against a retry_timeout of
    30 s. Every read succeeds, no 429, and the retry budget is untouched."""
    start = 1893474005.0
    user = gitlab_com.create_user(unique("longrun"))
    time = SharedTime(gitlab_com, start)
    client = time.watched_client(rate_limits={"ssh_keys": SSH_KEYS_LIMIT}, retry_timeout=30)
    gitlab_com.clear_log()
    read_keys_side_by_side(client, user["id"], 600)
    log = gitlab_com.requests_log()
    assert {entry["status"] for entry in log} == {200}
    assert per_window(log) == expected_windows(int(start // INTERVAL), 600, SSH_KEYS_LIMIT)
    assert client.pacer.waited > 4 * 50  # four windows' ends, each 55 to 60 s away
    assert client.waited == 0.0


def test_a_learned_limit_charges_retry_timeout_for_its_429_only(gitlab_com, unique):
    """Without the option: the first window's 429 is a retry (its wait, to the boundary 55 s away, is charged to a
    retry_timeout of 60 s); the ends of the next two windows are paced waits, a minute each, charged nothing, so the
    run ends well although its waits add up to three minutes."""
    start = 1893477605.0
    user = gitlab_com.create_user(unique("learnrun"))
    time = SharedTime(gitlab_com, start)
    client = time.watched_client(retry_timeout=60)
    gitlab_com.clear_log()
    read_keys_side_by_side(client, user["id"], 450)
    log = gitlab_com.requests_log()
    first = int(start // INTERVAL)
    assert set(per_window(log, status=429)) == {first}
    assert per_window(log, status=200) == expected_windows(first, 450, SSH_KEYS_LIMIT)
    assert 0 < client.waited <= 56.0
    assert client.pacer.waited > 2 * 50


APPLICATION_LIMIT_429 = {"message": {"error": "This endpoint has been requested too many times. Try again later."}}


def test_a_429_storm_still_ends_with_a_clear_error_once_retry_timeout_is_spent(gitlab_com, unique):
    """Something else spends the caller's budget in every window (here GitLab answers every read with the
    application rate limiter's 429, `check_rate_limit!` in lib/api/helpers/rate_limiter.rb, Retry-After 60 as from
    18.5). Each retry waits for the window's end and is charged: 55 s, then 60 s, and the next 60 s would pass
    retry_timeout (120 s), so the read fails at once, naming the request, GitLab's message and the budget."""
    start = 1893481205.0  # 55 s before a boundary
    user = gitlab_com.create_user(unique("storm"))
    time = SharedTime(gitlab_com, start)
    client = GitLabClient(gitlab_com.url, api_token=gitlab_com.token, retry_timeout=120, max_retries=10,
                          clock=time.clock, sleep=time.sleep)
    gitlab_com.clear_log()
    gitlab_com.add_faults({"method": "GET", "path": "/api/v4/users/%d/keys$" % user["id"], "action": "status",
                           "status": 429, "times": -1, "body": APPLICATION_LIMIT_429,
                           "headers": {"Retry-After": "60"}})
    with pytest.raises(GitLabRateLimited) as caught:
        client.get("/users/%d/keys" % user["id"])
    log = gitlab_com.requests_log()
    assert [entry["status"] for entry in log if entry["path"].endswith("/keys")] == [429, 429, 429]
    # After the first 429, the instance's limits were read once (an administrator's token may).
    assert [(entry["method"], entry["path"]) for entry in log if not entry["path"].endswith("/keys")] == [
        ("GET", "/api/v4/application/settings")]
    assert [round(seconds) for _began, seconds, _ended in time.sleeps] == [55, 60]
    message = str(caught.value)
    assert "GET /users/%d/keys" % user["id"] in message and "429" in message
    assert "This endpoint has been requested too many times" in message
    assert "gave up after 2 retries and 115.0 s of waiting" in message and "retry_timeout (120 s)" in message


def test_after_a_429_the_instances_settings_give_the_limit_that_a_spent_window_undercounts(gitlab_com, unique):
    """An earlier task of the same user spent 116 of the window's 120 key lists; this task's fifth read is refused.
    The 4 reads GitLab accepted are not the limit: the client reads the instance's limits once (GET
    /application/settings, users_api_limit_ssh_keys; an administrator's token may) and paces by 120 from the next
    window on, instead of 4 a minute."""
    start = 1893484805.0
    user = gitlab_com.create_user(unique("spent"))
    time = SharedTime(gitlab_com, start)
    earlier = GitLabClient(gitlab_com.url, api_token=gitlab_com.token, clock=time.clock, sleep=time.sleep)
    for _index in range(SSH_KEYS_LIMIT - 4):
        earlier.get("/users/%d/keys" % user["id"])
    client = time.watched_client()
    gitlab_com.clear_log()
    read_keys_side_by_side(client, user["id"], 300)
    log = gitlab_com.requests_log()
    first = int(start // INTERVAL)
    assert per_window(log, status=200) == {first: 4, first + 1: 120, first + 2: 120, first + 3: 56}
    assert set(per_window(log, status=429)) == {first}
    assert [entry["path"] for entry in log if not entry["path"].endswith("/keys")] == ["/api/v4/application/settings"]
    assert client.pacer.limit("ssh_keys") == SSH_KEYS_LIMIT


def test_without_the_settings_a_non_administrator_keeps_the_limit_its_429_taught(gitlab_com, unique):
    """A token that may not read the settings (403, lib/api/settings.rb `authenticated_as_admin!`): one attempt,
    then the client paces by the 4 reads GitLab accepted, slower than it could, but with no 429 after the first
    window and no failure."""
    start = 1893488405.0
    user = gitlab_com.create_user(unique("plain"))
    reader_token = gitlab_com.token_for(gitlab_com.create_user(unique("reader"))["id"])
    time = SharedTime(gitlab_com, start)
    earlier = GitLabClient(gitlab_com.url, api_token=reader_token, clock=time.clock, sleep=time.sleep)
    for _index in range(SSH_KEYS_LIMIT - 4):
        earlier.get("/users/%d/keys" % user["id"])
    client = time.watched_client(reader_token)
    gitlab_com.clear_log()
    read_keys_side_by_side(client, user["id"], 12, workers=1)
    log = gitlab_com.requests_log()
    first = int(start // INTERVAL)
    assert [(entry["path"], entry["status"]) for entry in log if not entry["path"].endswith("/keys")] == [
        ("/api/v4/application/settings", 403)]
    assert per_window(log, status=200) == {first: 4, first + 1: 4, first + 2: 4}
    assert set(per_window(log, status=429)) == {first}
