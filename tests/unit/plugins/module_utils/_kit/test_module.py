# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""GitLabModule (module.py) run in-process: tiny module functions against the simulator, results read from
stdout; and the run skeleton (writes, actions, check mode, failures) through a small probe module."""

from __future__ import annotations

import json

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api import retry as api_retry
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.connection import connection_argument_spec
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit import module as _module
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import ModuleFailed
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear,
    controller_view,
    log,
    patch_module_args,
    warnings,
    writes,
)


@pytest.fixture
def run_logic(capsys):
    """run_logic(args, logic, **module_kwargs) -> (exit code, result dict, raw stdout): `logic` run by a
    GitLabModule with those module args."""
    def run(args, logic, argument_spec=None, **module_kwargs):
        with patch_module_args(args):
            with pytest.raises(SystemExit) as exited:
                GitLabModule(argument_spec or {}, **module_kwargs).run(logic)
        out = capsys.readouterr().out
        result = json.loads(out)
        return exited.value.code, result, controller_view(out, result)

    return run


def connection(gitlab, **extra):
    args = {"api_url": gitlab.url, "api_token": gitlab.token}
    args.update(extra)
    return args


def never_called(module):
    raise AssertionError("the module logic must not run")


def test_connection_spec_names():
    spec = connection_argument_spec()
    assert sorted(spec) == ["api_oauth_token", "api_token", "api_url", "ca_path", "max_retries", "rate_limits",
                            "retry_timeout", "sudo", "timeout", "validate_certs"]
    assert spec["api_token"]["no_log"] and spec["api_oauth_token"]["no_log"]


def test_argument_spec_is_merged_with_connection_options(run_logic, gitlab, sim, unique):
    user = sim.create_user(unique("module"))

    def logic(module):
        found = module.client.resolve_user(module.params["username"])
        return {"changed": False, "id": found["id"], "params": {key: module.params[key] for key in (
            "timeout", "max_retries", "validate_certs", "sudo", "username")}}

    code, result, _out = run_logic(connection(gitlab, username=user["username"]), logic,
                                   argument_spec=dict(username=dict(type="str", required=True)))
    assert code == 0 and not result.get("failed")
    assert result["id"] == user["id"]
    assert result["params"] == {"timeout": 30, "max_retries": 5, "validate_certs": True, "sudo": None,
                                "username": user["username"]}


def test_connection_from_environment(run_logic, gitlab, monkeypatch):
    monkeypatch.setenv("GITLAB_URL", gitlab.url)
    monkeypatch.setenv("GITLAB_TOKEN", gitlab.token)
    code, result, _out = run_logic({}, lambda module: {"username": module.client.get("/user")["username"]})
    assert code == 0 and result["username"] == "root"


def test_oauth_token_option(run_logic, gitlab):
    args = {"api_url": gitlab.url, "api_oauth_token": gitlab.token}
    code, result, _out = run_logic(args, lambda module: {"username": module.client.get("/user")["username"]})
    assert code == 0 and result["username"] == "root"


@pytest.mark.parametrize("args, named", [
    ({"api_url": "https://gitlab.example.com"}, ["api_token", "api_oauth_token", "GITLAB_TOKEN"]),
    ({"api_token": "glpat-secret-value"}, ["api_url", "GITLAB_URL"]),
    ({}, ["api_url", "api_token"]),
    ({"api_url": "gitlab.example.com", "api_token": "glpat-secret-value"}, ["api_url", "http"]),
    ({"api_url": "https://gitlab.example.com", "api_token": "glpat-secret-value", "timeout": 0}, ["timeout"]),
    ({"api_url": "https://gitlab.example.com", "api_token": "glpat-secret-value", "max_retries": -1}, ["max_retries"]),
])
def test_unusable_connection_fails_before_any_request(run_logic, sim, args, named):
    code, result, _out = run_logic(args, never_called)
    assert code == 1 and result["failed"]
    for word in named:
        assert word in result["msg"]
    assert sim.requests_log() == []


def test_both_tokens_are_mutually_exclusive(run_logic, gitlab, sim):
    code, result, _out = run_logic(connection(gitlab, api_oauth_token="glpat-other-token"), never_called)
    assert code == 1
    assert "mutually exclusive" in result["msg"] and "api_token|api_oauth_token" in result["msg"]
    assert sim.requests_log() == []


def test_option_clash_is_a_programming_error(gitlab):
    with patch_module_args(connection(gitlab)):
        with pytest.raises(ValueError, match="api_url"):
            GitLabModule(dict(api_url=dict(type="str")))


def test_creating_the_client_sends_no_request(run_logic, gitlab, sim):
    code, result, _out = run_logic(connection(gitlab), lambda module: {"url": module.client.api_url})
    assert code == 0 and result["url"] == gitlab.url + "/api/v4"
    assert sim.requests_log() == []


def test_gitlab_error_becomes_fail_json(run_logic, gitlab):
    code, result, _out = run_logic(connection(gitlab), lambda module: module.client.get("/users/987654321"))
    assert code == 1
    assert result["failed"] is True
    assert result["msg"] == "GET /users/987654321 -> 404: 404 User Not Found"
    assert (result["method"], result["path"], result["status"], result["error"]) == (
        "GET", "/users/987654321", 404, "404 User Not Found")


def test_transport_error_reports_maybe_committed(run_logic, gitlab, sim):
    sim.add_faults({"method": "POST", "path": r"^/api/v4/users$", "action": "drop"})
    code, result, _out = run_logic(connection(gitlab), lambda module: module.client.post("/users", data={}))
    assert code == 1
    assert result["status"] is None and result["maybe_committed"] is True
    assert result["msg"].startswith("POST /users -> no response: connection failed")


def test_missing_requests_library(run_logic, gitlab, sim, monkeypatch):
    monkeypatch.setattr(_module, "REQUESTS_IMPORT_ERROR", "ModuleNotFoundError: No module named 'requests'")
    code, result, _out = run_logic(connection(gitlab), never_called)
    assert code == 1
    assert "Failed to import the required Python library (requests)" in result["msg"]
    assert sim.requests_log() == []


def test_check_mode_diff_mode_and_warnings(run_logic, gitlab):
    def logic(module):
        module.warn("something to know")
        return {"changed": False, "check_mode": module.check_mode, "diff_mode": module.diff_mode}

    code, result, _out = run_logic(connection(gitlab, _ansible_check_mode=True, _ansible_diff=True), logic)
    assert code == 0
    assert result["check_mode"] is True and result["diff_mode"] is True
    assert "something to know" in json.dumps(result["warnings"])  # 2.19 wraps warnings in WarningSummary dicts


def test_module_fail_helper(run_logic, gitlab):
    code, result, _out = run_logic(connection(gitlab), lambda module: module.fail("no good", detail=1))
    assert code == 1 and result["msg"] == "no good" and result["detail"] == 1


def test_token_never_appears_in_module_output(run_logic, gitlab, sim, monkeypatch):
    """Failures of every kind, with the token echoed by the server: the output must not contain it."""
    monkeypatch.setattr(api_retry, "backoff", lambda retries: 0.0)  # no real waits
    outputs = []
    rules = [
        {"method": "GET", "path": r"^/api/v4/user$", "action": "status", "status": 500,
         "body": {"message": "token %s is broken" % gitlab.token}},
        {"method": "GET", "path": r"^/api/v4/user$", "action": "status", "status": 429, "times": 3,
         "body": "Retry later %s\n" % gitlab.token, "headers": {"Retry-After": "0"}},
        {"method": "GET", "path": r"^/api/v4/user$", "action": "drop", "times": 3},
        {"method": "GET", "path": r"^/api/v4/user$", "action": "status", "status": 401,
         "body": {"error": "invalid_token", "error_description": "Token %s was revoked." % gitlab.token}},
    ]
    for token_option in ("api_token", "api_oauth_token"):
        args = {"api_url": gitlab.url, token_option: gitlab.token, "max_retries": 2}
        for rule in rules:
            sim.clear_faults()
            sim.add_faults(rule)
            outputs.append(run_logic(args, lambda module: module.client.get("/user")))

        def warn_and_fail(module):
            module.warn("using %s" % module.params[token_option])
            module.fail("token was %s" % module.params[token_option], token=module.params[token_option])

        outputs.append(run_logic(args, warn_and_fail))
    assert len(outputs) == 10
    for code, _result, out in outputs:
        assert code == 1
        assert gitlab.token not in out


# -- the run skeleton through a probe module (run_module, conftest.py) ---------------------------------------

def probe_main():
    """A minimal module on the kit: sets one custom attribute of a user (found by id), then optionally
    does a second, failing write."""
    def logic(module):
        user_id = module.params["user_id"]
        module.write("PUT", "/users/{}/custom_attributes/{}", user_id, module.params["key"],
                     data=dict(value="v"), predict=dict(key=module.params["key"], value="v"))
        if module.params["then_block"]:
            module.write("POST", "/users/{}/block", user_id)
        if module.params["then_fail"]:
            raise ModuleFailed("stopped on purpose", detail="x")
        return module.result(before=dict(state="absent"), after=dict(state="present"))

    GitLabModule(argument_spec=dict(user_id=dict(type="int", required=True), key=dict(type="str", required=True),
                                    then_block=dict(type="bool", default=False),
                                    then_fail=dict(type="bool", default=False))).run(logic)


@pytest.fixture
def probe(run_module):
    def run(**options):
        return run_module(probe_main, **options)
    return run


def test_actions_are_the_same_quoted_paths_in_check_mode_and_real_runs(probe, gitlab, unique):
    user = gitlab.create_user(unique("kit"))
    key = "team name?odd#chars"
    check = probe(check=True, user_id=user["id"], key=key)
    assert check["changed"] is True and check["diff"]["after"] == dict(state="present")
    applied = probe(user_id=user["id"], key=key)
    assert check["actions"] == applied["actions"] == [
        "PUT /users/%d/custom_attributes/team%%20name%%3Fodd%%23chars" % user["id"]]
    response = gitlab.api("GET", "/users/%d/custom_attributes" % user["id"])
    assert [(a["key"], a["value"]) for a in response.json()] == [(key, "v")]


@pytest.mark.parametrize("key", [".", ".."])
def test_dot_segments_never_reach_the_server(probe, sim, unique, key):
    """Percent-encoding leaves dots alone and HTTP stacks drop dot segments: PUT /users/2/custom_attributes/..
    would become PUT /users/2/ (the user itself). The kit refuses such a segment before any request."""
    user = sim.create_user(unique("dots"))
    clear(sim)
    result = probe(user_id=user["id"], key=key)
    assert result["failed"] and "segment" in result["msg"], result["msg"]
    assert log(sim) == []


def test_failure_after_a_write_reports_changed_and_the_actions(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    result = probe(user_id=user["id"], key="k", then_fail=True)
    assert result["failed"] and result["msg"] == "stopped on purpose" and result["detail"] == "x"
    assert result["changed"] is True
    assert result["actions"] == ["PUT /users/%d/custom_attributes/k" % user["id"]]
    assert "maybe_committed" not in result


def test_api_error_after_a_write_reports_changed_and_gitlab_s_message(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "POST", "path": "/block$", "action": "status", "status": 403,
                    "body": {"message": "403 Forbidden - nope"}})
    result = probe(user_id=user["id"], key="k", then_block=True)
    assert result["failed"] and result["changed"] is True
    assert result["actions"] == ["PUT /users/%d/custom_attributes/k" % user["id"]]
    assert (result["method"], result["path"], result["status"]) == ("POST", "/users/%d/block" % user["id"], 403)
    assert result["error"] == "403 Forbidden - nope"
    assert result["msg"].startswith("POST /users/%d/block -> 403" % user["id"])


def test_lost_answer_reports_maybe_committed(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "POST", "path": "/block$", "action": "drop_after_commit"})
    result = probe(user_id=user["id"], key="k", then_block=True)
    assert result["failed"] and result["changed"] is True and result["maybe_committed"] is True
    assert result["actions"] == ["PUT /users/%d/custom_attributes/k" % user["id"], "POST /users/%d/block" % user["id"]]
    assert sim.api("GET", "/users/%d" % user["id"]).json()["state"] == "blocked"  # it did go through


def test_check_mode_sends_no_write(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    clear(sim)
    result = probe(check=True, user_id=user["id"], key="k", then_block=True)
    assert result["changed"] is True and len(result["actions"]) == 2
    assert writes(sim) == [] and log(sim) == []


def test_sudo_option_sends_the_sudo_header(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    clear(sim)
    result = probe(user_id=user["id"], key="k", sudo="root")
    assert result["changed"] is True
    assert [entry["sudo"] for entry in sim.requests_log()] == ["root"]


def test_no_diff_key_without_diff_mode(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    result = probe(diff=False, user_id=user["id"], key="k")
    assert "diff" not in result and result["changed"] is True


def test_a_task_that_waited_for_429s_warns_once(probe, sim, unique, waits):
    """The client retries a 429 after Retry-After without a word; the task says so, once, however many
    requests were rate-limited."""
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "PUT", "path": "/custom_attributes/k$", "action": "status", "status": 429,
                    "headers": {"Retry-After": "3"}, "times": 2},
                   {"method": "POST", "path": "/block$", "action": "status", "status": 429,
                    "headers": {"Retry-After": "5"}})
    result = probe(user_id=user["id"], key="k", then_block=True)
    assert result["_rc"] == 0, result.get("msg")
    assert waits == [3.0, 3.0, 5.0]
    rate_limited = [w for w in warnings(result) if "429" in w]
    assert rate_limited == ["GitLab answered 3 requests of this task with 429 Too Many Requests; the task waited "
                            "11.0 s in all before retrying, as GitLab asked (max_retries and retry_timeout bound "
                            "the waiting)"]


def test_a_task_that_gave_up_on_429s_warns_once_and_fails_naming_the_bound(probe, sim, unique, waits):
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "PUT", "path": "/custom_attributes/k$", "action": "status", "status": 429,
                    "headers": {"Retry-After": "4"}, "times": -1})
    result = probe(user_id=user["id"], key="k", retry_timeout=10)
    assert result["failed"] is True and result["status"] == 429
    assert waits == [4.0, 4.0]  # a third pause would pass retry_timeout
    assert "retry_timeout" in result["msg"]
    assert len([w for w in warnings(result) if "429" in w]) == 1


def test_no_rate_limit_warning_without_a_429(probe, sim, unique, waits):
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "PUT", "path": "/custom_attributes/k$", "action": "status", "status": 503})
    result = probe(user_id=user["id"], key="k")
    assert result["_rc"] == 0 and len(waits) == 1
    assert [w for w in warnings(result) if "429" in w] == []
