# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""poll: waits that double up to a bound, never past the deadline; and against the simulator."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.polling import PollTimeout, poll


class FakeClock:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def test_poll_returns_the_first_truthy_value_with_doubling_waits():
    clock, answers = FakeClock(), iter([None, 0, [], "", False, {"id": 1}])
    assert poll(lambda: next(answers), timeout=60, clock=clock, sleep=clock.sleep) == {"id": 1}
    assert clock.sleeps == [0.25, 0.5, 1.0, 2.0, 2.0]


def test_poll_never_sleeps_past_the_deadline_and_times_out():
    clock, calls = FakeClock(), []
    with pytest.raises(PollTimeout) as caught:
        poll(lambda: calls.append(clock()), timeout=3, interval=0.5, max_interval=1.5, clock=clock, sleep=clock.sleep)
    assert clock.sleeps == [0.5, 1.0, 1.5]
    assert clock.now == 1003.0 and calls[-1] == 1003.0  # one last look at the deadline
    assert isinstance(caught.value, Exception) and caught.value.timeout == 3
    assert "3 seconds" in str(caught.value)


def test_poll_succeeds_immediately_without_sleeping():
    clock = FakeClock()
    assert poll(lambda: 42, timeout=0, clock=clock, sleep=clock.sleep) == 42
    assert clock.sleeps == []


def test_poll_against_the_simulator_waits_for_an_asynchronous_deletion(make_client, sim, unique):
    user = sim.create_user(unique("gone"))
    client = make_client()
    client.delete(api_path("/users/{}", user["id"]))
    assert poll(lambda: client.resolve_user(user["id"]) is None, timeout=10, interval=0.05) is True
    assert sim.requests_log()[-1]["status"] == 404
