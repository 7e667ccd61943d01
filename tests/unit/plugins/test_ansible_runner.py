# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""examples/provision.yml as AWX and Ansible Automation Platform run it: through `ansible-runner run` (process
isolation off), with the connection in the job's environment as the credential type of
docs/docsite/rst/guide_execution.rst injects it. Two runs against a simulator of their own: the first creates the
team (and an impersonation token), the second changes nothing, and no token value appears in any job event."""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess

import yaml
from gitlab_sim.launcher import running_simulator

from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import BIN, COLLECTIONS_PATH, REPO

TOKEN_VALUE = re.compile(r"glpat-[A-Za-z0-9_-]{20}")  # the simulator's token values, as GitLab's


def runner(private_data_dir, ident):
    """ansible-runner run -p provision.yml; -> (status, the job events in order)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GITLAB_", "ANSIBLE_"))}
    env["PATH"] = BIN + os.pathsep + env.get("PATH", "")
    completed = subprocess.run([os.path.join(BIN, "ansible-runner"), "run", str(private_data_dir), "-p",
                                "provision.yml", "--ident", ident], env=env, capture_output=True, text=True,
                               timeout=600, check=False)
    artifacts = private_data_dir / "artifacts" / ident
    status = (artifacts / "status").read_text() if (artifacts / "status").exists() else completed.stderr[-3000:]
    events = [json.loads(open(path, encoding="utf-8").read())
              for path in glob.glob(str(artifacts / "job_events" / "*.json"))]
    events.sort(key=lambda event: event["counter"])
    return status, events


def test_provision_runs_in_ansible_runner_twice_without_a_change_or_a_token_in_the_job_events(tmp_path):
    private_data_dir = tmp_path / "runner"
    shutil.copytree(os.path.join(REPO, "examples"), str(private_data_dir / "project"))
    with running_simulator() as gitlab:
        (private_data_dir / "env").mkdir()
        (private_data_dir / "env" / "envvars").write_text(yaml.safe_dump({
            "GITLAB_URL": gitlab.url, "GITLAB_TOKEN": gitlab.root_token,
            "ANSIBLE_COLLECTIONS_PATH": COLLECTIONS_PATH}))
        first_status, first = runner(private_data_dir, "first")
        second_status, second = runner(private_data_dir, "second")

    assert first_status == "successful", [event.get("stdout") for event in first][-20:]
    assert second_status == "successful", [event.get("stdout") for event in second][-20:]
    first_stats, second_stats = (next(event["event_data"] for event in events
                                      if event["event"] == "playbook_on_stats") for events in (first, second))
    assert sum(first_stats["changed"].values()) > 0
    assert sum(second_stats.get("changed", {}).values()) == 0, second_stats
    # The first run created a token (the role reports its name), so a leaked value would have been there to see.
    created = [event for event in first if event["event"] == "runner_on_ok"
               and event["event_data"].get("task", "").startswith("Tokens created by this run")]
    assert created, "the first run created no token"
    for events in (first, second):
        text = json.dumps(events)
        assert gitlab.root_token not in text
        assert TOKEN_VALUE.findall(text) == []
