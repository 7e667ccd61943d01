# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The shared test kit for modules run in-process against the simulator (or a real GitLab).

Fixtures: `run_module` (run any module's main() with options, get its result), and from the
simulator's pytest plugin `gitlab`, `sim` and `unique`. The helpers (`log`, `clear`, `writes`, `warnings`,
`cycle`) are in tests/unit/helpers/module_runs.py. `waits`: the client's retry pauses recorded instead of slept.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict

import pytest
from ansible.module_utils.common import warnings as ansible_warnings

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import controller_view, patch_module_args
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import restore_settings


@pytest.fixture(autouse=True)
def no_connection_env(monkeypatch):
    """The modules read GITLAB_URL/GITLAB_TOKEN; tests pass the connection explicitly."""
    for name in ("GITLAB_URL", "GITLAB_TOKEN", "GITLAB_OAUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def subject_settings():
    """The simulator settings a subject's prepare() changed (edition, version: tests/unit/helpers/module_subjects.py)
    go back after each test."""
    yield
    restore_settings()


@pytest.fixture
def run_module(gitlab, capsys):
    """run_module(main, check=False, diff=True, connect=True, **options) -> the module's result dict
    plus "_rc" (exit code) and "_out" (everything the module printed)."""
    def run(main: Callable[[], None], check: bool = False, diff: bool = True, connect: bool = True,
            **options: Any) -> Dict[str, Any]:
        args: Dict[str, Any] = {"_ansible_check_mode": check, "_ansible_diff": diff}
        if connect:
            args.update(api_url=gitlab.url, api_token=gitlab.token)
        args.update(options)
        # ansible-core keeps module warnings in a process-global store; each run is a new "process" here.
        for store in ("_global_warnings", "_global_deprecations"):
            if isinstance(getattr(ansible_warnings, store, None), (dict, list)):
                getattr(ansible_warnings, store).clear()
        with patch_module_args(args):
            with pytest.raises(SystemExit) as exited:
                main()
        out = capsys.readouterr().out
        result = json.loads(out)
        result["_rc"] = exited.value.code
        result["_out"] = controller_view(out, result)
        return result

    return run


@pytest.fixture
def waits(monkeypatch):
    """The seconds every GitLabClient made in this test would have slept before a retry, in order; nothing
    sleeps. The client's own accounting (retry_timeout, `waited`) is unchanged."""
    slept = []
    original = GitLabClient.__init__

    def init(self, *args, **kwargs):
        kwargs["sleep"] = slept.append
        original(self, *args, **kwargs)

    monkeypatch.setattr(GitLabClient, "__init__", init)
    return slept
