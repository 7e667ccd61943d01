# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Many users, each with an SSH key and a secondary email: the first converge and the no-op converge.

- a loop of single-module tasks (gitlab_user, gitlab_user_key, gitlab_user_email), and community.general's
  gitlab_user in a loop (users and keys; it has no secondary emails): every loop item is a module run, so these
  are measured on a sample of the users and scaled to all of them (the cost per item is constant);
- the bulk module, when the collection has one (BULK below), on all of them.
"""
from __future__ import annotations

import os
import random
import uuid

from harness import ROOT, failed, run_tasks

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import ssh_public_key

COMMUNITY = "community.general.gitlab_user"
CONNECTION = {"api_url": "{{ lookup('ansible.builtin.env', 'GITLAB_URL') }}",
              "api_token": "{{ lookup('ansible.builtin.env', 'GITLAB_TOKEN') }}"}
# The bulk converge module and how a task declares the users for it: (module, task arguments(users)) or None.
BULK = ("gitlab_users_converge", lambda users: {"users": [
    dict(username=user["username"], name=user["name"], email=user["email"], password=user["password"],
         ssh_keys=[dict(key=user["key"])], emails=[dict(email=user["second_email"])]) for user in users]})


# Letters that no username, name or email of declared_users() contains four in a row of: GitLab refuses a password
# that contains a 4-character part of the user's username, name or email (the simulator follows it), and a random hex
# password failed about one user in a thousand that way.
PASSWORD_LETTERS = "gjkmpqtvwxyzGJKMPQTVWXYZ"


def declared_users(count, prefix):
    password = "Qz7-" + "".join(random.choice(PASSWORD_LETTERS) for _letter in range(24))
    return [dict(username="%s_%04d" % (prefix, number), name="Bench User %d" % number,
                 email="%s_%04d@example.com" % (prefix, number), password=password, key=ssh_public_key(),
                 second_email="%s_%04d@example.org" % (prefix, number)) for number in range(count)]


def _loop(name, module, options, users):
    return {"name": name, module: dict(CONNECTION, **options), "loop": users, "loop_control": {"label": "{{ item.username }}"}}


def single_module_tasks(users):
    return [
        _loop("users", "gitlab_ops.users.gitlab_user", dict(
            username="{{ item.username }}", name="{{ item.name }}", email="{{ item.email }}",
            password="{{ item.password }}"), users),
        _loop("SSH keys", "gitlab_ops.users.gitlab_user_key", dict(
            user="{{ item.username }}", key="{{ item.key }}", title="laptop"), users),
        _loop("secondary emails", "gitlab_ops.users.gitlab_user_email", dict(
            user="{{ item.username }}", email="{{ item.second_email }}", skip_confirmation=True), users),
    ]


def community_tasks(users):
    return [_loop("users and keys", COMMUNITY, dict(
        username="{{ item.username }}", name="{{ item.name }}", email="{{ item.email }}",
        password="{{ item.password }}", sshkey_name="laptop", sshkey_file="{{ item.key }}"), users)]


def _converge(sim, tasks):
    """-> (seconds, requests, failed) of the tasks (ansible-playbook start-up excluded)."""
    records, _seconds = run_tasks(sim, tasks)
    failures = [record for record in records if failed(record["result"])]
    if failures:
        result = failures[0]["result"]
        messages = [item.get("msg") for item in result.get("results", []) if item.get("failed")] or [result.get("msg")]
        print("  %s failed: %s" % (failures[0]["name"], str(messages[0])[:1000]), flush=True)
    return (sum(record["seconds"] for record in records), sum(len(record["requests"]) for record in records),
            bool(failures))


def bench_many_users(sim, count, sample, latency_ms, report):
    rows = []

    def measure(label, tasks_for, users, scale):
        first = _converge(sim, tasks_for(users))
        again = _converge(sim, tasks_for(users))
        for run, figures in (("first converge", first), ("no-op converge", again)):
            seconds, requests, failure = figures
            rows.append([label, run, "%d" % len(users) + ("" if scale == 1 else " of %d, scaled x%g" % (count, scale)),
                         "%.0f%s" % (seconds * scale, " (failed)" if failure else ""), "%d" % round(requests * scale)])

    sample = min(sample, count)
    print("  many users: loops on %d of %d users" % (sample, count), flush=True)
    measure("gitlab_user + gitlab_user_key + gitlab_user_email, a loop each", single_module_tasks,
            declared_users(sample, "loop_" + uuid.uuid4().hex[:6]), float(count) / sample)
    measure("community.general.gitlab_user in a loop (users and keys only)", community_tasks,
            declared_users(sample, "cg_" + uuid.uuid4().hex[:6]), float(count) / sample)
    if BULK is not None and os.path.exists(os.path.join(ROOT, "plugins", "modules", BULK[0] + ".py")):
        print("  many users: the bulk module on %d users" % count, flush=True)
        module, arguments = BULK
        measure("%s, one task" % module, lambda users: [{"name": "bulk", "gitlab_ops.users." + module: dict(
            CONNECTION, **arguments(users))}], declared_users(count, "bulk_" + uuid.uuid4().hex[:6]), 1)
        note = ""
    else:
        note = " The collection has no bulk converge module yet, so there is no row for it."
    report.section("%d users with an SSH key and a secondary email each (%d ms latency)" % (count, latency_ms),
                   "Seconds are the tasks' durations, ansible-playbook start-up excluded. Loops run one module per "
                   "item, so they were measured on a sample and scaled to all users.%s" % note)
    report.table(["approach", "run", "users", "seconds", "requests"], rows)
