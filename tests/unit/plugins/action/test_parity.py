# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Both ways of running a module give the same task: every module's create, no-op, change in check mode with a
diff, change, bad input, GitLab failure and delete run once as an AnsiballZ payload and once in Ansible's worker
process, in one playbook, and must give equal results, send equal requests and mask the same values.

The oracle is ansible-core's own payload path, on whichever ansible-core runs the test (`make test` runs this
file under every minor of the matrix). The in-process twin sets the switch to true explicitly, so that a
pre-release that is not yet among the tested versions is compared too. The two ways run one after the other
against the same user (each ends by deleting what it created), so the only differences allowed are what
GitLab assigns anew each time: ids and timestamps."""

from __future__ import annotations

import re
import uuid

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import SUBJECTS
from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import SWITCH, play, ways
SECRET_IN_BAD_INPUT = "glpat-parity-" + uuid.uuid4().hex
WRONG_TOKEN = "glpat-" + uuid.uuid4().hex  # GitLab does not know it: 401


def scenarios(subject, ctx):
    """[(name, module options, task keywords)] in the order they run; the state after the last is the state
    before the first."""
    if subject.read_only:
        changes = [("no-op", subject.options(ctx, "noop"), {})]
        base = subject.options(ctx, "noop")
    else:
        base = subject.options(ctx, "change")
        changes = [
            ("create", subject.options(ctx, "create"), {}),
            ("no-op", subject.options(ctx, "noop"), {}),
            ("check-mode change", subject.options(ctx, "change"), dict(check_mode=True)),
            ("change", subject.options(ctx, "change"), {}),
        ]
    failures = [
        ("bad input", dict(base, api_token=SECRET_IN_BAD_INPUT + "\nsecond-line"), dict(ignore_errors=True)),
        ("gitlab failure", dict(base, api_token=WRONG_TOKEN), dict(ignore_errors=True)),
    ]
    cleanup = [] if subject.read_only else [("delete", subject.options(ctx, "delete"), {})]
    return changes + failures + cleanup


def tasks_for(subject, ctx, direct):
    tasks = []
    for name, options, keywords in scenarios(subject, ctx):
        task = {"name": "%s %s" % (name, direct), "gitlab_ops.users." + subject.module: options,
                "vars": {SWITCH: direct}, "diff": True}
        task.update(subject.task_keywords)
        task.update(keywords)
        tasks.append(task)
    return tasks


def normalized(value, key=""):
    """The value with what GitLab assigns anew on each creation replaced: ids (also inside paths) and times."""
    if isinstance(value, dict):
        return {name: ("<traceback>" if name == "exception" else normalized(item, name))
                for name, item in value.items()}
    if isinstance(value, list):
        return [normalized(item, key) for item in value]
    if key == "id" or key.endswith("_id"):
        return "<id>"
    if isinstance(value, str):
        if key.endswith(("_at", "_on")):
            return "<time>"
        return re.sub(r"(?<=/)\d+(?=/|\?|$| )", "{}", value)
    return value


def requests_of(record, read_only):
    """The task's requests as (method, path with numeric segments as {}, query with ids as {}); a module that only reads
    sends its requests concurrently, in any order."""
    requests = [(entry["method"], re.sub(r"(?<=/)\d+(?=/|$)", "{}", entry["path"]),
                 sorted((key, "{}" if key.endswith("_id") else value) for key, value in entry["query"].items()))
                for entry in record.requests]
    return sorted(requests) if read_only else requests


def owner_reset(subject, ctx, owner):
    """Tasks that put a module's owner user back as it was before the first way ran: deleted with all it holds
    (the change step may have added a second key or e-mail, which the delete step does not remove) and created
    again under its name. The modules find their user by name; the new id is normalized away."""
    if subject.read_only or owner is None:  # gitlab_user and the bulk module: the delete step removes their user
        return []
    username = owner["username"]
    if owner.get("bot"):  # a service account, made again as one (of its group, for a group account)
        group = dict(group=ctx["group_id"]) if "group_id" in ctx else {}
        return [
            {"name": "reset: delete the owner", "gitlab_ops.users.gitlab_service_account": dict(
                username=username, state="absent", hard_delete=True, **group)},
            {"name": "reset: the owner again", "gitlab_ops.users.gitlab_service_account": dict(
                username=username, **group)},
        ]
    return [
        {"name": "reset: delete the owner", "gitlab_ops.users.gitlab_user": dict(
            username=username, state="absent", hard_delete=True)},
        {"name": "reset: the owner again", "gitlab_ops.users.gitlab_user": dict(
            username=username, name=owner["name"], email=owner["email"],
            password="Qz7-vortex-" + uuid.uuid4().hex, skip_confirmation=True)},
    ]


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_each_scenario_gives_the_same_task_both_ways(tmp_path, gitlab, unique, subject):
    ctx = subject.prepare(gitlab, unique)
    owner = gitlab.api("GET", "/users/%d" % ctx["user_id"]).json() if "user_id" in ctx else None
    reset = owner_reset(subject, ctx, owner)
    tasks = tasks_for(subject, ctx, False) + reset + tasks_for(subject, ctx, True)
    run = play(tmp_path, tasks, gitlab=gitlab, args=["-vvv"], env={"ANSIBLE_DEPRECATION_WARNINGS": "true"})
    names = [name for name, _options, _keywords in scenarios(subject, ctx)]
    assert len(run.records) == 2 * len(names) + len(reset), run.output[-3000:]
    assert all(run[task["name"]].status == "ok" for task in reset), run.output[-3000:]
    # Which way each task took: the payload path prints ansible-core's line, the in-process path its own.
    assert ways(run) == (len(names), len(names) + len(reset))

    for name in names:
        payload, in_process = run["%s False" % name], run["%s True" % name]
        assert in_process.status == payload.status, (name, payload.result, in_process.result)
        assert normalized(in_process.result) == normalized(payload.result), name
        if gitlab.is_sim:
            assert requests_of(in_process, subject.read_only) == requests_of(payload, subject.read_only), name

    expected_status = {"bad input": "failed", "gitlab failure": "failed", "no-op": "ok"}
    for name, status in expected_status.items():
        assert run["%s True" % name].status == status, (name, run["%s True" % name].result)
    if not subject.task_keywords.get("no_log"):  # else both results are Ansible's censored stand-in
        assert "api_token" in run["bad input True"].msg
    if gitlab.is_sim:
        assert run["bad input True"].requests == []
    if not subject.read_only:
        assert run["check-mode change True"].result["changed"] is True
        assert all(entry["method"] == "GET" for entry in run["check-mode change True"].requests)
        assert run["no-op True"].result["changed"] is False
    # Nothing the modules use is deprecated in this ansible-core (2.22 deprecated remove_values(), for one).
    deprecations = [(record.task, record.result["deprecations"]) for record in run.records
                    if record.result.get("deprecations")]
    assert deprecations == [] and "DEPRECATION" not in run.output, deprecations
    # Equal masking: neither way lets a secret through, at -vvv.
    for secret in subject.secrets(ctx) + [SECRET_IN_BAD_INPUT, WRONG_TOKEN, gitlab.token]:
        assert secret not in run.output, (subject, secret[:8])
