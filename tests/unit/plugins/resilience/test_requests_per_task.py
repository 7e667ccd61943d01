# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The exact HTTP requests of each module's create, no-op, change and delete task (the figures `make bench`
prints come from the same request log), and the server state each step leaves."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import clear, log
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import SUBJECTS, run_steps, templated


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_each_step_makes_exactly_the_declared_requests(drive, sim, unique, subject):
    ctx = subject.prepare(sim, unique)
    run = drive(subject)
    for step in subject.steps:
        if step == "delete":  # a fresh object: the lifecycle above has changed it
            ctx = subject.prepare(sim, unique)
            run_steps(run, subject, ctx, subject.prior(step))
        clear(sim)
        result = run(**subject.options(ctx, step))
        assert result["_rc"] == 0, (step, result.get("msg"))
        assert result["changed"] is (step != "noop"), step
        seen = templated(log(sim), ctx)
        assert subject.requests_match(step, seen), (step, seen, subject.requests[step])
        assert subject.observe(sim, ctx) == subject.expected(ctx, step), step


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_check_mode_of_each_step_reads_only(drive, sim, unique, subject):
    """A check-mode run sends the reads of the real step and no write."""
    ctx = subject.prepare(sim, unique)
    run = drive(subject)
    for step in subject.steps:
        clear(sim)
        result = run(check=True, **subject.options(ctx, step))
        assert result["_rc"] == 0, (step, result.get("msg"))
        assert [method for method, _path, _query in log(sim) if method != "GET"] == [], step
        run_steps(run, subject, ctx, [step])
