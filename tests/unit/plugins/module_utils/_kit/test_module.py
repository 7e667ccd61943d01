# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""GitLabModule run in-process: tiny module functions against the simulator, results read from stdout."""

from __future__ import annotations

import json

import pytest

try:
    from ansible.module_utils.testing import patch_module_args
except ImportError:  # ansible-core < 2.19 (the collection supports 2.17+)
    import contextlib
    from unittest import mock

    from ansible.module_utils import basic
    from ansible.module_utils.common.text.converters import to_bytes

    @contextlib.contextmanager
    def patch_module_args(args=None):
        serialized = to_bytes(json.dumps({"ANSIBLE_MODULE_ARGS": args or {}}))
        with mock.patch.object(basic, "_ANSIBLE_ARGS", serialized):
            yield

from ansible_collections.gitlab_ops.users.plugins.module_utils._api import client as api_client
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit import module as _module
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule, connection_argument_spec
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import controller_view

CONNECTION_ENV = ("GITLAB_URL", "GITLAB_TOKEN", "GITLAB_OAUTH_TOKEN")


@pytest.fixture(autouse=True)
def no_connection_env(monkeypatch):
    # The test harness itself may export GITLAB_URL/GITLAB_TOKEN; each test decides what is set.
    for name in CONNECTION_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def run_module(capsys):
    """run_module(args, logic, **module_kwargs) -> (exit code, result dict, raw stdout)."""
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
    assert sorted(spec) == ["api_oauth_token", "api_token", "api_url", "ca_path", "max_retries", "retry_timeout",
                            "sudo", "timeout", "validate_certs"]
    assert spec["api_token"]["no_log"] and spec["api_oauth_token"]["no_log"]


def test_argument_spec_is_merged_with_connection_options(run_module, gitlab, sim, unique):
    user = sim.create_user(unique("module"))

    def logic(module):
        found = module.client.resolve_user(module.params["username"])
        return {"changed": False, "id": found["id"], "params": {key: module.params[key] for key in (
            "timeout", "max_retries", "validate_certs", "sudo", "username")}}

    code, result, _out = run_module(connection(gitlab, username=user["username"]), logic,
                                    argument_spec=dict(username=dict(type="str", required=True)))
    assert code == 0 and not result.get("failed")
    assert result["id"] == user["id"]
    assert result["params"] == {"timeout": 30, "max_retries": 5, "validate_certs": True, "sudo": None,
                                "username": user["username"]}


def test_connection_from_environment(run_module, gitlab, monkeypatch):
    monkeypatch.setenv("GITLAB_URL", gitlab.url)
    monkeypatch.setenv("GITLAB_TOKEN", gitlab.token)
    code, result, _out = run_module({}, lambda module: {"username": module.client.get("/user")["username"]})
    assert code == 0 and result["username"] == "root"


def test_oauth_token_option(run_module, gitlab):
    args = {"api_url": gitlab.url, "api_oauth_token": gitlab.token}
    code, result, _out = run_module(args, lambda module: {"username": module.client.get("/user")["username"]})
    assert code == 0 and result["username"] == "root"


@pytest.mark.parametrize("args, named", [
    ({"api_url": "https://gitlab.example.com"}, ["api_token", "api_oauth_token", "GITLAB_TOKEN"]),
    ({"api_token": "glpat-secret-value"}, ["api_url", "GITLAB_URL"]),
    ({}, ["api_url", "api_token"]),
    ({"api_url": "gitlab.example.com", "api_token": "glpat-secret-value"}, ["api_url", "http"]),
    ({"api_url": "https://gitlab.example.com", "api_token": "glpat-secret-value", "timeout": 0}, ["timeout"]),
    ({"api_url": "https://gitlab.example.com", "api_token": "glpat-secret-value", "max_retries": -1}, ["max_retries"]),
])
def test_unusable_connection_fails_before_any_request(run_module, sim, args, named):
    code, result, _out = run_module(args, never_called)
    assert code == 1 and result["failed"]
    for word in named:
        assert word in result["msg"]
    assert sim.requests_log() == []


def test_both_tokens_are_mutually_exclusive(run_module, gitlab, sim):
    code, result, _out = run_module(connection(gitlab, api_oauth_token="glpat-other-token"), never_called)
    assert code == 1
    assert "mutually exclusive" in result["msg"] and "api_token|api_oauth_token" in result["msg"]
    assert sim.requests_log() == []


def test_option_clash_is_a_programming_error(gitlab):
    with patch_module_args(connection(gitlab)):
        with pytest.raises(ValueError, match="api_url"):
            GitLabModule(dict(api_url=dict(type="str")))


def test_creating_the_client_sends_no_request(run_module, gitlab, sim):
    code, result, _out = run_module(connection(gitlab), lambda module: {"url": module.client.api_url})
    assert code == 0 and result["url"] == gitlab.url + "/api/v4"
    assert sim.requests_log() == []


def test_gitlab_error_becomes_fail_json(run_module, gitlab):
    code, result, _out = run_module(connection(gitlab), lambda module: module.client.get("/users/987654321"))
    assert code == 1
    assert result["failed"] is True
    assert result["msg"] == "GET /users/987654321 -> 404: 404 User Not Found"
    assert (result["method"], result["path"], result["status"], result["error"]) == (
        "GET", "/users/987654321", 404, "404 User Not Found")


def test_transport_error_reports_maybe_committed(run_module, gitlab, sim):
    sim.add_faults({"method": "POST", "path": r"^/api/v4/users$", "action": "drop"})
    code, result, _out = run_module(connection(gitlab), lambda module: module.client.post("/users", data={}))
    assert code == 1
    assert result["status"] is None and result["maybe_committed"] is True
    assert result["msg"].startswith("POST /users -> no response: connection failed")


def test_missing_requests_library(run_module, gitlab, sim, monkeypatch):
    monkeypatch.setattr(_module, "REQUESTS_IMPORT_ERROR", "ModuleNotFoundError: No module named 'requests'")
    code, result, _out = run_module(connection(gitlab), never_called)
    assert code == 1
    assert "Failed to import the required Python library (requests)" in result["msg"]
    assert sim.requests_log() == []


def test_check_mode_diff_mode_and_warnings(run_module, gitlab):
    def logic(module):
        module.warn("something to know")
        return {"changed": False, "check_mode": module.check_mode, "diff_mode": module.diff_mode}

    code, result, _out = run_module(connection(gitlab, _ansible_check_mode=True, _ansible_diff=True), logic)
    assert code == 0
    assert result["check_mode"] is True and result["diff_mode"] is True
    assert "something to know" in json.dumps(result["warnings"])  # 2.19 wraps warnings in WarningSummary dicts


def test_module_fail_helper(run_module, gitlab):
    code, result, _out = run_module(connection(gitlab), lambda module: module.fail("no good", detail=1))
    assert code == 1 and result["msg"] == "no good" and result["detail"] == 1


def test_token_never_appears_in_module_output(run_module, gitlab, sim, monkeypatch):
    """Failures of every kind, with the token echoed by the server: the output must not contain it."""
    monkeypatch.setattr(api_client.GitLabClient, "_backoff", staticmethod(lambda retries: 0.0))  # no real waits
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
            outputs.append(run_module(args, lambda module: module.client.get("/user")))

        def warn_and_fail(module):
            module.warn("using %s" % module.params[token_option])
            module.fail("token was %s" % module.params[token_option], token=module.params[token_option])

        outputs.append(run_module(args, warn_and_fail))
    assert len(outputs) == 10
    for code, _result, out in outputs:
        assert code == 1
        assert gitlab.token not in out
