# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Many users under GitLab.com's Users API rate limits (the simulator's `--profile gitlab.com`: 120 GET
/users/:id/keys a minute per caller, fixed windows, 429 with Retry-After from 18.5): the no-op converge of users
that each have an SSH key and a secondary email, with non-exclusive keys (a key looked up by fingerprint, which no
limit counts) and with exclusive keys (which need every user's key list, GET /users/:id/keys, rate-limited).

The floor is what the limits allow: throttled reads / limit per minute. Run alone with `make bench
BENCH_ARGS=--rate-limits-only`."""
from __future__ import annotations

import random
import string
import uuid

from harness import Sim, failed, run_tasks
from many_users import CONNECTION, declared_users

from gitlab_sim.launcher import running_simulator  # noqa: E402  pylint: disable=wrong-import-order

SSH_KEYS_LIMIT = 120  # users_api_limit_ssh_keys of GitLab.com (the simulator's gitlab.com profile)
API_LIMIT = 2000      # throttle_authenticated_api of GitLab.com: every request of the token's user, per minute
THROTTLED = "/keys"   # GET /users/:id/keys (the path ends so; GET /keys?fingerprint= is /api/v4/keys)
WRITES_PER_NEW_USER = 3  # POST /users, POST /users/:id/emails, POST /users/:id/keys


def _task(users, exclusive):
    return [{"name": "converge", "gitlab_ops.users.gitlab_users_converge": dict(CONNECTION, exclusive_keys=exclusive, users=[
        dict(username=user["username"], name=user["name"], email=user["email"], password=user["password"],
             ssh_keys=[dict(key=user["key"])], emails=[dict(email=user["second_email"])]) for user in users])}]


def _figures(sim, users, exclusive):
    (record,), _playbook = run_tasks(sim, _task(users, exclusive))
    requests = record["requests"]
    result = record["result"]
    throttled = [entry for entry in requests if entry["method"] == "GET" and entry["path"].startswith("/api/v4/users/")
                 and entry["path"].endswith(THROTTLED)]
    return dict(seconds=record["seconds"], requests=len(requests), failed=failed(result),
                writes=sum(1 for entry in requests if entry["method"] not in ("GET", "HEAD")),
                refused=sum(1 for entry in requests if entry["status"] == 429), throttled=len(throttled),
                changed=result.get("changed"), warnings=result.get("warnings") or [],
                msg=str(result.get("msg") or "")[:300])


def bench_rate_limits(count, latency_ms, report):
    rows = []
    with running_simulator(latency_ms=latency_ms, extra_args=("--profile", "gitlab.com")) as running:
        sim = Sim(running.url, running.root_token)
        users = declared_users(count, "rl_" + uuid.uuid4().hex[:6])
        # One password for all, without digits: GitLab refuses a password that contains a part of 4 or more characters
        # of the username (Security::WeakPasswords#weak_for_user?, the simulator too), and a hex suffix would now and
        # then hold a user's number.
        password = "Qz7-vortex-" + "".join(random.choice(string.ascii_letters) for _index in range(24))
        for user in users:
            user["password"] = password
        print("  rate limits: creating %d users with a key and an email each" % count, flush=True)
        created = _figures(sim, users, False)
        # The writes each run needs: a user, its secondary email and its key (POST /users, POST /users/:id/emails,
        # POST /users/:id/keys) on the first run, none on a no-op.
        runs = [("first converge (creates)", created, WRITES_PER_NEW_USER * count)]
        for label, exclusive in (("no-op, keys not exclusive", False), ("no-op, exclusive_keys=true", True)):
            print("  rate limits: %s" % label, flush=True)
            runs.append((label, _figures(sim, users, exclusive), 0))
    for label, figures, needed_writes in runs:
        # What each limit allows (refused requests count too, but the floor is what the accepted ones need): the
        # key lists under the ssh_keys limit, every request under the general throttle; the floor is the larger.
        floor = max((figures["throttled"] - figures["refused"]) * 60.0 / SSH_KEYS_LIMIT,
                    (figures["requests"] - figures["refused"]) * 60.0 / API_LIMIT)
        ratio = "%.2f" % (figures["seconds"] / floor) if floor else "-"
        rows.append([label, "yes" if figures["failed"] else "no", figures["requests"], figures["writes"],
                     figures["writes"] - needed_writes, figures["throttled"], figures["refused"],
                     "%.0f" % figures["seconds"], "%.0f" % floor, ratio])
        if figures["failed"]:
            print("  %s failed: %s" % (label, figures["msg"]), flush=True)
        for warning in figures["warnings"]:
            print("  %s: warning: %s" % (label, warning[:300]), flush=True)
    report.section("%d users under GitLab.com's Users API rate limits (%d ms latency)" % (count, latency_ms),
                   "gitlab_users_converge of users with an SSH key and a secondary email each, against the simulator's "
                   "gitlab.com profile (GET /users/:id/keys: %d a minute per caller; every request: %d a minute per "
                   "user, Rack::Attack's throttle_authenticated_api with its RateLimit-* headers; fixed windows). "
                   "Throttled reads: GET /users/:id/keys; floor: the larger of throttled reads / %d and requests / %d "
                   "per minute (refused ones left out), the least time the limits allow (the issue's target: within "
                   "1.2 times it). No "
                   "rate_limits option: the limit is learned from the first 429. GitLab's windows are aligned to the minute, so a run "
                   "that starts late in a window can end up to a window sooner than the floor." % (
                       SSH_KEYS_LIMIT, API_LIMIT, SSH_KEYS_LIMIT, API_LIMIT))
    report.table(["run", "failed", "requests", "writes", "extra writes", "throttled reads", "429s", "seconds",
                  "floor s", "seconds / floor"], rows)
