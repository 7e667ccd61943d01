# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_users_converge under GitLab.com's Users API rate limits (the simulator's `--profile gitlab.com`: 120
GET /users/:id/keys a minute per caller, fixed windows, 429 with Retry-After), with more users than one window
allows: no user fails, no write beyond the declared ones, every window under the limit.

The expected figures are GitLab's arithmetic and the request list of the Users API, not the client's: creating
a user with one key and one secondary email is POST /users, the email read and write, the key's fingerprint
lookup and write (5 requests, 3 writes); a no-op reads the emails and looks the key up (2); with exclusive_keys
the key list replaces the lookup, and that one is rate-limited. Nothing sleeps: the clients' clock and sleep move
the simulator's frozen clock (tests/unit/helpers/shared_time.py)."""

from __future__ import annotations

import math
import re

import pytest
from gitlab_sim.pytest_plugin import for_one_test

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_users_converge
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import warnings
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import ssh_public_key
from ansible_collections.gitlab_ops.users.tests.unit.helpers.rate_windows import INTERVAL, window_of
from ansible_collections.gitlab_ops.users.tests.unit.helpers.shared_time import SharedTime

SITE_ARGS = ("--profile", "gitlab.com")
SSH_KEYS_LIMIT = 120
USERS = 150  # two windows of key lists
START = 1893520805.0  # 5 s past a minute (2030-01-01 18:00:05 UTC): 55 s before a boundary
KEY_LIST = re.compile(r"^/api/v4/users/\d+/keys$")


@pytest.fixture
def gitlab(site):
    site.release_clock()
    yield from for_one_test(site)
    site.release_clock()


@pytest.fixture
def shared_time(gitlab, monkeypatch):
    """Every GitLabClient of the test on one SharedTime, from START on."""
    time = SharedTime(gitlab, START)
    original = GitLabClient.__init__

    def init(self, *args, **kwargs):
        kwargs.update(clock=time.clock, sleep=time.sleep)
        original(self, *args, **kwargs)
        time.watch(self)

    monkeypatch.setattr(GitLabClient, "__init__", init)
    return time


def converge(run_module, users, **options):
    return run_module(gitlab_users_converge.main, users=[
        dict(username=user["username"], name=user["name"], email=user["email"], password=user["password"],
             ssh_keys=[dict(key=user["key"])], emails=[dict(email=user["second_email"])]) for user in users],
        **options)


def summary(log):
    """(method, path with ids as :id) -> count, and the key lists GitLab accepted per window."""
    kinds = {}
    windows = {}
    for entry in log:
        kind = (entry["method"], re.sub(r"/\d+", "/:id", entry["path"]))
        kinds[kind] = kinds.get(kind, 0) + 1
        if KEY_LIST.match(entry["path"]) and entry["status"] == 200:
            windows[window_of(entry)] = windows.get(window_of(entry), 0) + 1
    return kinds, windows


@pytest.mark.parametrize("declared", [False, True], ids=["limit-learned", "rate_limits-option"])
def test_a_converge_of_more_users_than_a_window_allows_under_gitlab_com_limits(
        gitlab, run_module, unique, shared_time, declared):
    team = unique("glcom")
    users = [dict(username="%s_%03d" % (team, number), name="User %d" % number,
                  email="%s_%03d@example.com" % (team, number), second_email="%s_%03d@example.org" % (team, number),
                  password="Qz7-vortex-kplmnbvcxzasdfghj", key=ssh_public_key()) for number in range(USERS)]
    options = dict(rate_limits={"ssh_keys": SSH_KEYS_LIMIT}) if declared else {}

    gitlab.clear_log()
    created = converge(run_module, users, **options)
    assert created["_rc"] == 0 and not created.get("failed"), created.get("msg")
    kinds, windows = summary(gitlab.requests_log())
    assert {kind: count for kind, count in kinds.items() if kind[0] != "GET" or kind[1] != "/api/v4/users"} == {
        ("POST", "/api/v4/users"): USERS, ("GET", "/api/v4/users/:id/emails"): USERS,
        ("POST", "/api/v4/users/:id/emails"): USERS, ("GET", "/api/v4/keys"): USERS,
        ("POST", "/api/v4/users/:id/keys"): USERS}
    assert windows == {}

    gitlab.clear_log()
    noop = converge(run_module, users, exclusive_keys=True, **options)
    assert noop["_rc"] == 0 and not noop.get("failed"), noop.get("msg")
    assert noop["changed"] is False
    log = gitlab.requests_log()
    kinds, windows = summary(log)
    refused = [entry for entry in log if entry["status"] == 429]
    assert [entry for entry in log if entry["method"] != "GET"] == []
    assert kinds[("GET", "/api/v4/users/:id/emails")] == USERS
    assert kinds[("GET", "/api/v4/users/:id/keys")] == USERS + len(refused)
    # GitLab's arithmetic: 150 lists under 120 a window need two windows, the first full.
    first = int(START // INTERVAL)
    assert windows == {first: SSH_KEYS_LIMIT, first + 1: USERS - SSH_KEYS_LIMIT}
    assert math.ceil(USERS / float(SSH_KEYS_LIMIT)) == len(windows)
    if declared:
        assert refused == [] and ("GET", "/api/v4/application/settings") not in kinds
    else:
        # The first 429 taught the limit (the instance's settings, read once): only requests already in flight
        # were refused, all in the first window.
        assert 0 < len(refused) <= 8 and kinds[("GET", "/api/v4/application/settings")] == 1
        assert {window_of(entry) for entry in refused} == {first}
    # The task says what the limits cost it: the pacing's wait for the second window, or the 429s and their wait.
    said = " ".join(warnings(noop))
    assert ("ssh_keys rate limit (120 requests per minute, known from the rate_limits option)" in said if declared
            else "429 Too Many Requests" in said)
