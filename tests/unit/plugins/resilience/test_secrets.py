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

from module_subjects import SUBJECTS, fault_path
from playbooks import CONNECTION, environment, play, start, write_playbook

WRONG_TOKEN = "glpat-" + uuid.uuid4().hex  # a token GitLab does not know: 401
UNSENDABLE_TOKEN = "glpat-" + uuid.uuid4().hex + "\nsecond-line"  # refused before any request


def lifecycle_tasks(subject, ctx, number):
    """The tasks of one subject; every result is registered as r<number>_<index>."""
    options = dict((step, dict(CONNECTION, **subject.options(ctx, step))) for step in ("create", "change", "delete"))
    module = "gitlab_ops.users." + subject.name
    steps = [
        ("check mode create", options["create"], dict(check_mode=True)),
        ("create, answered with a server error that echoes the secrets", options["create"], dict(ignore_errors=True)),
        ("create", options["create"], {}),
        ("no-op", options["create"], {}),
        ("change in check mode", options["change"], dict(check_mode=True)),
        ("change", options["change"], {}),
        ("a wrong token", dict(options["change"], api_token=WRONG_TOKEN), dict(ignore_errors=True)),
        ("a token that cannot be sent", dict(options["change"], api_token=UNSENDABLE_TOKEN), dict(ignore_errors=True)),
        ("delete in check mode", options["delete"], dict(check_mode=True)),
        ("delete", options["delete"], {}),
    ]
    return [dict({"name": "%s: %s" % (subject.name, name), module: args, "register": "r%d_%d" % (number, index)},
                 **dict(subject.task_keywords, **extra)) for index, (name, args, extra) in enumerate(steps)]


def test_no_secret_in_vvvv_diff_check_mode_or_failures(sim, unique, tmp_path):
    tasks, registered, secrets = [], [], [sim.token, WRONG_TOKEN, UNSENDABLE_TOKEN.split("\n")[0]]
    contexts = [subject.prepare(sim, unique) for subject in SUBJECTS]
    for number, (subject, ctx) in enumerate(zip(SUBJECTS, contexts)):
        subject_secrets = subject.secrets(ctx)
        secrets.extend(subject_secrets)
        subject_tasks = lifecycle_tasks(subject, ctx, number)
        tasks.extend(subject_tasks)
        registered.extend(task["register"] for task in subject_tasks)
        # A server that echoes the request: the first write of the create step fails with every secret in its body.
        method, path = [request for request in subject.faultable("create") if request[0] != "GET"][0]
        sim.add_faults(dict(method=method, path=fault_path(path), action="status", status=500,
                            body={"message": "refused: %s" % " ".join(subject_secrets + [sim.token])}))
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
    for number, subject in enumerate(SUBJECTS):
        assert results["r%d_1" % number]["failed"] is True and results["r%d_1" % number]["status"] == 500
        assert results["r%d_6" % number]["failed"] is True and results["r%d_6" % number]["status"] == 401
        assert results["r%d_7" % number]["failed"] is True and "api_token" in results["r%d_7" % number]["msg"]
        assert results["r%d_3" % number]["changed"] is False and results["r%d_9" % number]["changed"] is True
    # Token values: each may be in the registered result of the task that created it, and nowhere else.
    created = {}
    for number, subject in enumerate(SUBJECTS):
        if subject.created_secret is None:
            continue
        values = [(subject.created_secret(results["r%d_%d" % (number, index)]), "r%d_%d" % (number, index))
                  for index in (2, 5)]  # create, change
        assert all(value for value, _name in values), values
        created.update(values)
    places = dict(output=output, log=log_path.read_text())
    places.update((name, json.dumps(result)) for name, result in results.items())
    leaks = [(secret, place) for secret in secrets + list(created) for place, text in places.items()
             if secret in text and created.get(secret) != place]
    assert leaks == []
