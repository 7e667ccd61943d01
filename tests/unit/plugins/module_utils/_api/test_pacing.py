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
import threading

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient

from gitlab_sim.pytest_plugin import for_one_test

# The simulator as GitLab.com runs: users_api_limit_ssh_keys 120 per minute, Retry-After from 18.5 (it is 18.6).
SITE_ARGS = ("--profile", "gitlab.com")
SSH_KEYS_LIMIT, INTERVAL = 120, 60
WORKERS = 4
# The machine's clock is 20 minutes and a half behind GitLab's: the client must take GitLab's time from its Date
# headers, or it would count in windows GitLab does not have.
SKEW = 1234.5


@pytest.fixture
def gitlab_com(site):
    site.release_clock()
    yield from for_one_test(site)
    site.release_clock()


class SharedTime:
    """The client's clock and sleep, tied to the simulator's frozen clock: a sleep moves the simulator's clock to
    the moment the sleeper wakes (the latest of the sleepers' wake-ups), and nothing really sleeps.

    A sleeper wakes `seconds` after the moment it last read the clock (it computed its wait from that reading), so
    workers that wait for the same boundary wake together at it. Time moves on only once the requests that other
    workers have in flight are answered: a real wait of seconds outlasts requests of milliseconds, and a request
    must reach GitLab in the window it was sent in, as it would."""

    def __init__(self, site, gitlab_start):
        self.site = site
        self.local = gitlab_start - SKEW  # what the machine's clock reads
        self.lock = threading.Lock()
        self.read = threading.local()
        self.sleeps = []  # (GitLab's time when the wait was computed, seconds, GitLab's time at its end)
        self.in_flight = 0
        self.answered = threading.Condition()
        site.clock(at=gitlab_start)

    def watch(self, client):
        """Count the client's requests of limited families between their admission and their answer."""
        admit, settle = client.pacer.admit, client.pacer.settle

        def admitted(family):
            window = admit(family)
            with self.answered:
                self.in_flight += 1
            return window

        def settled(*args, **kwargs):
            settle(*args, **kwargs)
            with self.answered:
                self.in_flight -= 1
                self.answered.notify_all()

        client.pacer.admit, client.pacer.settle = admitted, settled
        return client

    def clock(self):
        with self.lock:
            self.read.moment = self.local
            return self.local

    def sleep(self, seconds):
        with self.answered:
            assert self.answered.wait_for(lambda: self.in_flight == 0, timeout=30)
        with self.lock:
            start = getattr(self.read, "moment", self.local)
            end = start + seconds
            self.sleeps.append((start + SKEW, seconds, end + SKEW))
            if end > self.local:
                self.local = end
                self.site.clock(at=self.local + SKEW)


def read_keys_side_by_side(client, user_id, count, workers=WORKERS):
    """`count` reads of GET /users/:id/keys on `workers` threads sharing the client (as the bulk module's do)."""
    jobs = iter(range(count))
    lock = threading.Lock()
    errors = []

    def work():
        while True:
            with lock:
                if next(jobs, None) is None:
                    return
            try:
                client.get("/users/%d/keys" % user_id)
            except Exception as exc:  # pylint: disable=broad-except
                errors.append(exc)

    threads = [threading.Thread(target=work) for _index in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []


def per_window(log, status=None):
    """{window number: requests GitLab counted in it} of the log's GET /users/:id/keys (by GitLab's clock)."""
    counts = {}
    for entry in log:
        if entry["path"].endswith("/keys") and (status is None or entry["status"] == status):
            window = int(_epoch(entry["started_at"]) // INTERVAL)
            counts[window] = counts.get(window, 0) + 1
    return counts


def _epoch(text):
    import datetime
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def expected_windows(first_window, requests, limit):
    """GitLab's arithmetic: `requests` requests under `limit` per window, from `first_window` on."""
    needed = int(math.ceil(requests / float(limit)))
    return dict((first_window + index, min(limit, requests - index * limit)) for index in range(needed))


def boundary_after(moment):
    return (math.floor(moment / INTERVAL) + 1) * INTERVAL


def test_a_declared_limit_keeps_every_window_under_it_without_a_single_429(gitlab_com, unique):
    start = 1893456005.0  # 2030-01-01T00:00:05Z, 55 s before a boundary
    user = gitlab_com.create_user(unique("paced"))
    time = SharedTime(gitlab_com, start)
    client = GitLabClient(gitlab_com.url, api_token=gitlab_com.token, rate_limits={"ssh_keys": SSH_KEYS_LIMIT},
                          clock=time.clock, sleep=time.sleep)
    time.watch(client)
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
    client = GitLabClient(gitlab_com.url, api_token=gitlab_com.token, clock=time.clock, sleep=time.sleep)
    time.watch(client)
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
