# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every module's lifecycle through ansible-playbook -vvvv --diff, in check mode and in failing cases (a wrong
token, bad input carrying a secret, a server error that echoes the secrets back). Everything is collected: the
output, ANSIBLE_LOG_PATH and every registered result. No password or token value may appear anywhere, except in
the registered result of a task that created a token (its value exists only there)."""

from __future__ import annotations

import json
import uuid

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import SUBJECTS, fault_path
from ansible_collections.gitlab_ops.users.tests.unit.helpers.playbook_processes import (
    CONNECTION,
    environment,
    play,
    start,
    write_playbook,
)

WRONG_TOKEN = "glpat-" + uuid.uuid4().hex  # a token GitLab does not know: 401
UNSENDABLE_TOKEN = "glpat-" + uuid.uuid4().hex + "\nsecond-line"  # refused before any request


# The tasks of a subject, by what they check: (name, step, task keywords). "echo" is answered with a server error
# whose body repeats every secret (a fault rule the play installs just before it).
WRITING = [
    ("check mode create", "create", dict(check_mode=True)),
    ("echo", "create", dict(ignore_errors=True)),
    ("create", "create", {}),
    ("no-op", "noop", {}),
    ("change in check mode", "change", dict(check_mode=True)),
    ("change", "change", {}),
    ("wrong token", "change", dict(ignore_errors=True)),
    ("unsendable token", "change", dict(ignore_errors=True)),
    ("delete in check mode", "delete", dict(check_mode=True)),
    ("delete", "delete", {}),
]
READING = [
    ("check mode", "noop", dict(check_mode=True)),
    ("echo", "noop", dict(ignore_errors=True)),
    ("no-op", "noop", {}),
    ("wrong token", "noop", dict(ignore_errors=True)),
    ("unsendable token", "noop", dict(ignore_errors=True)),
]
TOKENS = {"wrong token": WRONG_TOKEN, "unsendable token": UNSENDABLE_TOKEN}


def failed_with(result, status):
    """Whether the task failed with that HTTP status (a module converging many users reports it per user)."""
    statuses = [result.get("status")] + [failure.get("status") for user in result.get("users") or []
                                         if isinstance(user, dict) for failure in user.get("failures", [])]
    return result.get("failed") is True and status in statuses


def registered_name(number, name):
    return "r%d_%s" % (number, name.replace(" ", "_").replace("-", "_"))


def subject_tasks(subject, ctx, number, echoed):
    """The tasks of one subject, each result registered as r<number>_<name>."""
    module = "gitlab_ops.users." + subject.module
    method, path = subject.faultable(subject.first_step)[-1 if subject.read_only else 1]
    tasks = []
    for name, step, keywords in READING if subject.read_only else WRITING:
        if name == "echo":
            rule = dict(method=method, path=fault_path(path), action="status", status=500,
                        body={"message": "refused: %s" % " ".join(echoed)})
            tasks.append({"name": "%s: a fault rule for the next task" % subject.name, "no_log": True,
                          "ansible.builtin.uri": {"url": "{{ lookup('ansible.builtin.env', 'GITLAB_URL') }}/-/sim/faults",
                                                  "method": "POST", "body_format": "json", "body": rule,
                                                  "status_code": 201, "headers": {"PRIVATE-TOKEN": "{{ lookup("
                                                                                   "'ansible.builtin.env', 'GITLAB_TOKEN') }}"}}})
        args = dict(CONNECTION, **subject.options(ctx, step))
        if name in TOKENS:
            args["api_token"] = TOKENS[name]
        tasks.append(dict({"name": "%s: %s" % (subject.name, name), module: args,
                           "register": registered_name(number, name)}, **dict(subject.task_keywords, **keywords)))
    return tasks


def test_no_secret_in_vvvv_diff_check_mode_or_failures(sim, unique, tmp_path):
    tasks, registered, secrets = [], [], [sim.token, WRONG_TOKEN, UNSENDABLE_TOKEN.split("\n", maxsplit=1)[0]]
    contexts = [subject.prepare(sim, unique) for subject in SUBJECTS]
    for number, (subject, ctx) in enumerate(zip(SUBJECTS, contexts)):
        secrets.extend(subject.secrets(ctx))
        added = subject_tasks(subject, ctx, number, subject.secrets(ctx) + [sim.token])
        tasks.extend(added)
        registered.extend(task["register"] for task in added if "register" in task)
    results_file = tmp_path / "registered.json"
    tasks.append({"name": "keep every registered result", "no_log": True, "diff": False, "ansible.builtin.copy": {
        "dest": str(results_file), "content": "{{ {%s} | to_json }}" % ", ".join(
            "'%s': %s" % (name, name) for name in registered)}})
    playbook = write_playbook(str(tmp_path), "secrets.yml", play(tasks))
    log_path, output_path = tmp_path / "ansible.log", tmp_path / "output.log"
    env = environment(sim, str(tmp_path), ANSIBLE_LOG_PATH=str(log_path))
    code = start(playbook, env, args=["-vvvv", "--diff"], log=str(output_path)).wait(timeout=900)
    output = output_path.read_text()
    assert code == 0, output[-5000:]
    results = json.loads(results_file.read_text())
    # The check proves something only if the output really is -vvvv with diffs, and the failing cases failed.
    assert "ESTABLISH LOCAL CONNECTION" in output and "--- before" in output
    created = {}
    for number, subject in enumerate(SUBJECTS):
        result = dict((name, results[registered_name(number, name)]) for name, _step, _keywords in
                      (READING if subject.read_only else WRITING))
        assert failed_with(result["echo"], 500), (subject, result["echo"])
        assert failed_with(result["wrong token"], 401), (subject, result["wrong token"])
        assert result["unsendable token"]["failed"] is True and "api_token" in result["unsendable token"]["msg"]
        assert result["no-op"]["changed"] is False
        assert subject.read_only or result["delete"]["changed"] is True
        if subject.created_secret is not None:
            # Token values: each may be in the registered result of the task that created it, and nowhere else.
            for name in subject.secret_steps:
                value = subject.created_secret(result[name])
                assert value, (subject, name)
                created[value] = registered_name(number, name)
    places = dict(output=output, log=log_path.read_text())
    places.update((name, json.dumps(result)) for name, result in results.items())
    leaks = [(secret, place) for secret in secrets + list(created) for place, text in places.items()
             if secret in text and created.get(secret) != place]
    assert leaks == []
