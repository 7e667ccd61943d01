# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The rate-limit gate of a GitLabClient shared by threads (the bulk module's workers): one 429 pauses every
worker, and the retry budget is charged once for pauses that overlap. Real HTTP against the simulator, real
sleeps. (How long a client waits after a 429 is in test_client.py.)"""

from __future__ import annotations

import threading
import time

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient


def rate_limit(path, seconds):
    return {"method": "GET", "path": path, "action": "status", "status": 429, "times": 1,
            "body": "Retry later\n", "headers": {"Retry-After": str(seconds)}}


class SleepProbe:
    """time.sleep that tells when a worker started and ended waiting out a 429."""

    def __init__(self):
        self.started = threading.Event()
        self.ended_at = []
        self.waits = []

    def __call__(self, seconds):
        self.waits.append(seconds)
        self.started.set()
        time.sleep(seconds)
        self.ended_at.append(time.monotonic())


def test_a_429_pauses_the_other_threads_until_its_retry_after_has_passed(sim):
    sleep = SleepProbe()
    client = GitLabClient(sim.url, api_token=sim.token, sleep=sleep)
    sim.add_faults(rate_limit(r"^/api/v4/users/1$", 1))
    answers = {}
    first = threading.Thread(target=lambda: answers.setdefault("first", client.get("/users/1")))
    first.start()
    assert sleep.started.wait(10), "the first worker never got its 429"
    # The gate is closed now: this request must wait for the first worker's Retry-After to pass.
    client.get("/version")
    returned_at = time.monotonic()
    first.join(10)
    assert answers["first"]["id"] == 1
    assert sleep.waits == [1.0]
    assert returned_at >= sleep.ended_at[0]
    log = sim.requests_log()
    assert [(entry["path"], entry["status"]) for entry in log[:1]] == [("/api/v4/users/1", 429)]
    assert sorted((entry["path"], entry["status"]) for entry in log[1:]) == [
        ("/api/v4/users/1", 200), ("/api/v4/version", 200)]
    assert client.waited == 1.0


def test_overlapping_429s_charge_the_retry_budget_once(sim):
    """Two workers whose requests were both in flight get a 429 each: they wait out their own
    Retry-After side by side, and the client's budget counts the overlap once."""
    client = GitLabClient(sim.url, api_token=sim.token, retry_timeout=3)
    both_limited = threading.Barrier(2, timeout=10)

    def hold_until_both_are_limited(response, *args, **kwargs):
        if response.status_code == 429:
            both_limited.wait()  # neither sleeps before both have their 429
        return response

    client.session.hooks["response"].append(hold_until_both_are_limited)
    sim.add_faults(rate_limit(r"^/api/v4/users/1$", 2), rate_limit(r"^/api/v4/user$", 2))
    answers = {}
    workers = [threading.Thread(target=lambda path=path: answers.setdefault(path, client.get(path)))
               for path in ("/users/1", "/user")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(15)
    assert answers["/users/1"]["id"] == 1 and answers["/user"]["username"] == "root"
    # Each waited 2 s; the pauses overlap but for the moment between the two 429s. Counted twice
    # (4 s), they would have exceeded the 3 s budget and failed the second worker.
    assert 2.0 <= client.waited < 2.5
    assert sorted(entry["status"] for entry in sim.requests_log()) == [200, 200, 429, 429]
