# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The simulator's fault rules on every request of every module's create, no-op, change and delete task:

- 429 with Retry-After: the task converges, waits exactly what it was told, and warns once;
- a 502, 503, 504 burst and a dropped connection: reads and idempotent writes (PUT, DELETE) recover;
- a POST (or PATCH) that got no answer, or whose answer was lost after GitLab committed it
  (drop_after_commit), either recovers or fails saying maybe_committed (or, having re-read the state and
  found the write not applied, fails without listing it among the actions);
- whatever happened, the next run converges and the server holds exactly the declared state, once.

Nothing sleeps: the `waits` fixture records the pauses the client would have made."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.fault_rules import (
    IDEMPOTENT,
    RETRY_AFTER,
    read_kinds,
    rules,
    write_kinds,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import clear, warnings
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import SUBJECTS, cases, run_steps


def failures(result):
    """The failed requests of a failed task: the task's own, or for a module converging many users, each user's."""
    if "path" not in result:
        return [dict(failure, maybe_committed=bool(user.get("maybe_committed") or failure.get("maybe_committed")),
                     actions=user.get("actions", []))
                for user in result["users"] for failure in user.get("failures", [])]
    return [dict(method=result["method"], path=result["path"], msg=result["msg"], actions=result["actions"],
                 maybe_committed=bool(result.get("maybe_committed")))]


def rate_limit_warnings(result):
    return [text for text in warnings(result) if "429 Too Many Requests" in text]


@pytest.mark.parametrize("subject, step, method, path, kind",
                         cases(read_kinds) + cases(write_kinds))
def test_fault_then_converge(drive, sim, unique, waits, subject, step, method, path, kind):
    ctx = subject.prepare(sim, unique)
    run = drive(subject)
    run_steps(run, subject, ctx, subject.prior(step))
    options = subject.options(ctx, step)
    sim.add_faults(*rules(kind, method, path))
    clear(sim)
    hit = run(**options)
    assert [entry for entry in sim.requests_log() if entry["fault"] or entry["status"] in (429, 502, 503, 504)], \
        "the fault rule matched no request"
    if kind == "429":
        assert hit["_rc"] == 0, hit.get("msg")
        assert waits == [float(RETRY_AFTER)]
        assert len(rate_limit_warnings(hit)) == 1, warnings(hit)
    elif method in IDEMPOTENT:
        assert hit["_rc"] == 0, hit.get("msg")
        assert rate_limit_warnings(hit) == []
    elif hit["_rc"] != 0:
        # Failing is allowed for a POST/PATCH whose answer never came: saying maybe_committed, or having
        # re-read the state and found the write not applied (then it is not among the actions).
        assert failures(hit), hit
        for failure in failures(hit):
            assert failure["maybe_committed"] or "%s %s" % (failure["method"], failure["path"]) not in failure[
                "actions"], hit
            assert "%s " % method in failure["msg"], failure["msg"]
    sim.clear_faults()
    again = run(**options)
    assert again["_rc"] == 0, again.get("msg")
    settled = run(**options)
    assert settled["_rc"] == 0 and settled["changed"] is False, settled
    assert subject.observe(sim, ctx) == subject.expected(ctx, step)


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_rate_limits_beyond_the_budget_fail_naming_it(drive, sim, unique, waits, subject):
    """A 429 that does not go away: the task waits as told while retry_timeout allows, then fails with
    GitLab's status and a message naming the bounds, and warns once."""
    ctx = subject.prepare(sim, unique)
    run = drive(subject)
    step = subject.first_step
    run_steps(run, subject, ctx, subject.prior(step))
    method, path = subject.faultable(step)[0]
    rule = dict(rules("429", method, path)[0], times=-1)
    sim.add_faults(rule)
    result = run(retry_timeout=3 * RETRY_AFTER, **subject.options(ctx, step))
    assert result["failed"] is True and result["status"] == 429
    assert waits == [float(RETRY_AFTER)] * 3
    assert "retry_timeout" in result["msg"] and "max_retries" in result["msg"]
    assert len(rate_limit_warnings(result)) == 1
    del waits[:]
    result = run(max_retries=1, **subject.options(ctx, step))
    assert result["failed"] is True and waits == [float(RETRY_AFTER)]


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_a_retry_after_beyond_retry_timeout_fails_at_once(drive, sim, unique, waits, subject):
    """Issue 20, item 12: `Retry-After: 3600` on every answer. Waiting what is left of retry_timeout would end
    in the same 429, so the task fails at once (no pause, one request), naming retry_timeout and the wait GitLab
    asked for."""
    ctx = subject.prepare(sim, unique)
    run = drive(subject)
    step = subject.first_step
    run_steps(run, subject, ctx, subject.prior(step))
    sim.add_faults(dict(action="status", status=429, headers={"Retry-After": "3600"},
                        body={"message": "Retry later"}, times=-1))
    clear(sim)
    result = run(**subject.options(ctx, step))
    assert result["failed"] is True and waits == []
    answered = [entry["status"] for entry in sim.requests_log()]
    assert answered == [429]  # one request, refused: nothing was written
    for failure in failures(result):
        assert "GitLab asked to wait 3600 s (Retry-After), more than the 120 s left of retry_timeout" in failure["msg"]
