# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""ansible-playbook as a user runs it, for the parts of the suite that need whole processes (races, -vvvv output)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any, Dict, List, Optional, Sequence

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
COLLECTIONS = os.path.join(REPO, "build", "collections")
ANSIBLE_PLAYBOOK = os.path.join(os.path.dirname(sys.executable), "ansible-playbook")
# The connection, as a user would write it: from the environment, so that no task argument holds the token.
CONNECTION = {"api_url": "{{ lookup('ansible.builtin.env', 'GITLAB_URL') }}",
              "api_token": "{{ lookup('ansible.builtin.env', 'GITLAB_TOKEN') }}"}


def play(tasks: List[Dict[str, Any]], **extra: Any) -> List[Dict[str, Any]]:
    return [dict(name="resilience", hosts="localhost", gather_facts=False, tasks=tasks, **extra)]


def write_playbook(directory: str, name: str, plays: List[Dict[str, Any]]) -> str:
    path = os.path.join(directory, name)
    with open(path, "w") as handle:
        json.dump(plays, handle, indent=1)  # JSON is YAML
    return path


def environment(gitlab, directory: str, **extra: str) -> Dict[str, str]:
    env = dict(os.environ)
    env.update(GITLAB_URL=gitlab.url, GITLAB_TOKEN=gitlab.token, ANSIBLE_COLLECTIONS_PATH=COLLECTIONS,
               ANSIBLE_PYTHON_INTERPRETER=sys.executable, ANSIBLE_LOCALHOST_WARNING="false",
               ANSIBLE_INVENTORY_UNPARSED_WARNING="false", ANSIBLE_LOCAL_TEMP=os.path.join(directory, "local-tmp"),
               ANSIBLE_REMOTE_TMP=os.path.join(directory, "remote-tmp"), ANSIBLE_NOCOLOR="true",
               ANSIBLE_DEPRECATION_WARNINGS="false", ANSIBLE_PIPELINING="true")
    env.update(extra)
    return env


def start(playbook: str, env: Dict[str, str], args: Sequence[str] = (), log: Optional[str] = None) -> subprocess.Popen:
    """ansible-playbook started in the background; stdout and stderr together go to `log` (or a pipe)."""
    command = [ANSIBLE_PLAYBOOK, "-i", "localhost,", "-c", "local", playbook] + list(args)
    output = open(log, "w") if log else subprocess.PIPE
    try:
        return subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT, text=True,
                                cwd=os.path.dirname(playbook))
    finally:
        if log:
            output.close()
