# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The general throttle (plugins/module_utils/_api/throttle.py, paced by _api/pacing.py) against a simulator that
runs Rack::Attack's throttle_authenticated_api, with the simulator's clock under the test's control
(tests/unit/helpers/shared_time.py): what a user sees is how many requests GitLab counted in each window and
refused, and where each wait ended.

GitLab.com sends RateLimit-Remaining and RateLimit-Reset with every answer (the rate_limiting_headers_for_
unthrottled_requests flag, lib/gitlab/middleware/rack_attack_headers.rb); elsewhere only its 429 does
(lib/gitlab/rack_attack.rb). The figures expected are Rack::Attack's: L requests per window of P seconds per user
of the token, windows at the multiples of P since the epoch."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.rate_windows import INTERVAL, boundary_after, side_by_side, window_of
from ansible_collections.gitlab_ops.users.tests.unit.helpers.shared_time import SharedTime

SITE_ARGS = ("--profile", "gitlab.com")
WORKERS = 4


THROTTLE_LIMIT = 50


def per_throttle_window(log, status=None):
    counts = {}
    for entry in log:
        if entry["path"] == "/api/v4/version" and (status is None or entry["status"] == status):
            counts[window_of(entry)] = counts.get(window_of(entry), 0) + 1
    return counts


def read_versions_from(gitlab, start, count, workers=WORKERS):
    """`count` reads of GET /version on `workers` threads sharing one client, GitLab's clock stopped at `start` and
    moved by the client's waits. -> (the SharedTime, the client, the request log of those reads)."""
    time = SharedTime(gitlab, start)
    client = time.watched_client()
    gitlab.clear_log()
    side_by_side((lambda: client.get("/version") for _index in range(count)), workers)
    return time, client, gitlab.requests_log()


@pytest.fixture
def throttle(gitlab_com):
    gitlab_com.settings(throttle_authenticated_api_requests_per_period=THROTTLE_LIMIT,
                        throttle_authenticated_api_period_in_seconds=INTERVAL)
    yield gitlab_com
    gitlab_com.settings(throttle_authenticated_api_requests_per_period=2000,
                        rate_limiting_headers_for_unthrottled_requests=True)


def test_headers_on_every_answer_keep_the_client_under_the_general_throttle_without_a_429(throttle):
    """120 requests under 50 a minute, with the headers on every answer (GitLab.com): the client stops when an
    answer says nothing remains, waits for RateLimit-Reset, and GitLab never refuses one; the waits are pacing,
    not retries."""
    start = 1893492005.0
    time, client, log = read_versions_from(throttle, start, 120)
    first = int(start // INTERVAL)
    assert [entry for entry in log if entry["status"] == 429] == []
    # Each window at most the limit, and short of it by fewer than the requests in flight (an answer's Remaining
    # may already count requests the client sent after it: the client takes them off again, to be safe).
    windows = per_throttle_window(log)
    assert sorted(windows) == [first, first + 1, first + 2] and sum(windows.values()) == 120
    assert all(THROTTLE_LIMIT - WORKERS < windows[window] <= THROTTLE_LIMIT for window in (first, first + 1)), windows
    for began, _seconds, ended in time.sleeps:
        assert boundary_after(began) <= ended <= boundary_after(began) + 1.0
    assert client.waited == 0.0
    (summary,) = client.pacer.summary()
    assert "throttle_authenticated_api (known from its RateLimit-* headers)" in summary and "2 waits" in summary


def test_headers_on_the_429_only_hold_every_worker_until_its_reset(throttle):
    """Without the feature flag only the throttle's 429 tells: its RateLimit-Reset holds the other workers until the
    window ends, the refused request is retried after Retry-After (a retry, charged), and each window costs at most
    the requests already in flight."""
    throttle.settings(rate_limiting_headers_for_unthrottled_requests=False)
    start = 1893495605.0
    time, client, log = read_versions_from(throttle, start, 120)
    first = int(start // INTERVAL)
    accepted = per_throttle_window(log, status=200)
    assert sorted(accepted) == [first, first + 1, first + 2] and sum(accepted.values()) == 120
    assert accepted[first] == accepted[first + 1] == THROTTLE_LIMIT  # found by running into the 429
    refused = per_throttle_window(log, status=429)
    assert set(refused) <= {first, first + 1} and all(count <= WORKERS for count in refused.values())
    for began, _seconds, ended in time.sleeps:
        assert boundary_after(began) <= ended <= boundary_after(began) + 1.0
