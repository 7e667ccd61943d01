# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Where a module runs: in Ansible's worker process when the task runs on the controller with the controller's
Python (plugins/plugin_utils/_direct_execution.py), as an AnsiballZ payload otherwise.

The oracle is Ansible's own way: each task runs both ways in one playbook, and the in-process run must return
what the payload returns and send the same requests. Which way a task took shows in its -vvv output: Ansible
prints "Using module file" when it builds a payload, the plugin prints its own line when it does not."""

from __future__ import annotations

import stat
import sys

from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import SWITCH, play, requests_of, ways


def task(name, module, args, direct=None, **keywords):
    """A task of this collection's `module`; `direct` True/False sets the switch variable on it."""
    body = {"name": name, "gitlab_ops.users." + module: args}
    if direct is not None:
        body["vars"] = {SWITCH: direct}
    body.update(keywords)
    return body


def comparable(result):
    """A result without its traceback text: -vvv tracebacks name the file the module ran from (the payload's
    temporary directory, or the collection)."""
    return {key: ("<traceback>" if key == "exception" else value) for key, value in result.items()}


def test_a_task_runs_in_process_and_returns_what_its_payload_returns(tmp_path, gitlab, unique):
    username = unique("direct")
    user = {"username": username, "name": "Direct Execution", "email": username + "@example.com",
            "password": "Pa55-" + unique("pw"), "bio": "before"}
    change = dict(user, bio="after")
    tasks = [task("create", "gitlab_user", user)]
    for direct in (False, True):
        tasks += [
            task("no-op %s" % direct, "gitlab_user", user, direct),
            task("check-mode change %s" % direct, "gitlab_user", change, direct, check_mode=True, diff=True),
            task("info %s" % direct, "gitlab_user_info", {"users": [username], "include": ["keys", "emails"]}, direct),
            task("bad input %s" % direct, "gitlab_user_key", {"user": username, "key": "not a key"}, direct,
                 ignore_errors=True),
            task("missing user %s" % direct, "gitlab_user_email",
                 {"user": username + "-missing", "email": "x@example.com"}, direct, ignore_errors=True),
        ]
    run = play(tmp_path, tasks, gitlab=gitlab, args=["-vvv"])
    assert run["create"].status == "ok", run.output[-3000:]
    assert run["create"].result["changed"] is True
    # `create` ran in-process (the default); each of the five twins once each way.
    assert ways(run) == (5, 6)

    for name in ("no-op", "check-mode change", "info", "bad input", "missing user"):
        payload, in_process = run["%s False" % name], run["%s True" % name]
        assert in_process.status == payload.status, name
        assert comparable(in_process.result) == comparable(payload.result), name
        if gitlab.is_sim:
            assert requests_of(in_process) == requests_of(payload), name
    assert run["no-op True"].result["changed"] is False
    assert run["check-mode change True"].result["changed"] is True
    assert run["check-mode change True"].result["diff"]["after"]["bio"] == "after"
    assert run["bad input True"].status == "failed" and "key" in run["bad input True"].msg
    if gitlab.is_sim:
        assert run["no-op True"].requests and all(e["method"] == "GET" for e in run["no-op True"].requests)
        assert run["bad input True"].requests == []
    assert run["missing user True"].status == "failed"
    assert username + "-missing" in run["missing user True"].msg
    assert user["password"] not in run.output


def test_loop_items_do_not_inherit_each_others_warnings(tmp_path, gitlab):
    """The items of a loop run one after another in one worker process, and module warnings are process globals
    under ansible-core 2.17 and 2.18 (2.19 hands a module's warnings to the controller's display at once)."""
    run = play(tmp_path, [
        task("loop", "gitlab_user_info", {"users": [1], "validate_certs": "{{ item }}"}, loop=[False, True, False]),
    ], gitlab=gitlab, args=["-vvv"])
    results = run["loop"].result["results"]
    assert [item["failed"] if "failed" in item else False for item in results] == [False, False, False], run.output[-3000:]
    assert ways(run) == (0, 3)
    # Ansible gathers the items' warnings into the task's: one from each item with validate_certs false.
    warnings = [str(warning) for warning in run["loop"].result.get("warnings", [])]
    assert len(warnings) == 2 and all("validate_certs is false" in warning for warning in warnings), warnings


def test_the_task_environment_reaches_the_module_item_by_item(tmp_path, gitlab):
    """`environment` holds for the module as it does for a payload: here it carries the token (GITLAB_TOKEN is
    the api_token option's environment fallback), which the controller's own environment lacks."""
    tasks = [
        task("environment %s" % direct, "gitlab_user_info", {"users": [1]}, direct, ignore_errors=True,
             environment={"GITLAB_TOKEN": "{{ item }}"}, loop=[gitlab.token, ""])
        for direct in (False, True)
    ]
    run = play(tmp_path, tasks, gitlab=gitlab, env={"GITLAB_TOKEN": ""}, args=["-vvv"])
    assert ways(run) == (2, 2)
    for direct in (False, True):
        first, second = run["environment %s" % direct].result["results"]
        assert not first.get("failed"), first.get("msg")
        assert first["users"][0]["id"] == 1
        # (ansible-core 2.22 leaves `failed` out of a failed item's result as callbacks see it; the msg is there)
        assert "users" not in second and "api_token" in second["msg"]


def test_tasks_that_would_not_run_here_with_this_python_run_as_payloads(tmp_path, gitlab):
    wrapper = tmp_path / "python-wrapper"
    wrapper.write_text("#!/bin/sh\nexec %s \"$@\"\n" % sys.executable)
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    info = {"users": [1]}
    run = play(tmp_path, [
        task("another interpreter", "gitlab_user_info", info, vars={"ansible_python_interpreter": str(wrapper)}),
        # poll: 0: with HOME not the account's home (as in CI), ansible-core's polling misses the job file of
        # any module (async_wrapper writes it under $HOME, async_status looks under the account's home).
        task("async", "gitlab_user_info", info, **{"async": 60, "poll": 0}),
        task("switched off", "gitlab_user_info", info, False),
        task("switched off as a string", "gitlab_user_info", info, "no"),
    ], gitlab=gitlab, args=["-vvv"])
    for name in ("another interpreter", "switched off", "switched off as a string"):
        assert run[name].status == "ok", (name, run[name].msg)
        assert run[name].result["users"][0]["id"] == 1
    assert run["async"].status == "ok" and run["async"].result["ansible_job_id"], run["async"].result
    payloads, in_process = ways(run)
    assert (in_process, payloads) == (0, 4)

    switched_off = play(tmp_path, [task("info", "gitlab_user_info", info)], gitlab=gitlab, args=["-vvv"],
                        env={"GITLAB_OPS_USERS_DIRECT_EXECUTION": "false"})
    assert switched_off["info"].status == "ok"
    assert ways(switched_off) == (1, 0)


def test_a_switch_that_is_not_a_boolean_names_itself_before_any_request(tmp_path, gitlab):
    run = play(tmp_path, [task("bad switch", "gitlab_user_info", {"users": [1]}, "sometimes", ignore_errors=True)],
               gitlab=gitlab)
    assert run["bad switch"].status == "failed"
    assert SWITCH in run["bad switch"].msg and "sometimes" in run["bad switch"].msg
    if gitlab.is_sim:
        assert run["bad switch"].requests == []

    run = play(tmp_path, [task("bad environment", "gitlab_user_info", {"users": [1]}, ignore_errors=True)],
               gitlab=gitlab, env={"GITLAB_OPS_USERS_DIRECT_EXECUTION": "sometimes"})
    assert run["bad environment"].status == "failed"
    assert "GITLAB_OPS_USERS_DIRECT_EXECUTION" in run["bad environment"].msg


def test_the_in_process_run_keeps_the_controllers_environment(tmp_path, gitlab):
    """A variable the task's `environment` sets is gone again for the next task, as it is for a payload."""
    run = play(tmp_path, [
        task("with", "gitlab_user_info", {"users": [1]}, environment={"GITLAB_URL": "http://127.0.0.1:9"},
             ignore_errors=True),
        task("without", "gitlab_user_info", {"users": [1]}),
    ], gitlab=gitlab, env={"GITLAB_TOKEN": gitlab.token})
    assert run["with"].status == "failed"
    assert "127.0.0.1:9" in run["with"].msg
    assert run["without"].status == "ok", run["without"].msg
