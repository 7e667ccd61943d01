# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Eight ansible-playbook processes converge the same 20 users at once, with an SSH key and a secondary email
each, state actions (block, ban) included, through single-module tasks and through gitlab_users_converge: every
run succeeds, and the server ends with exactly the declared state, nothing twice."""

from __future__ import annotations

import time
import uuid

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import ssh_public_key
from ansible_collections.gitlab_ops.users.tests.unit.helpers.playbook_processes import (
    CONNECTION,
    environment,
    play,
    start,
    write_playbook,
)

RACERS = 8
USERS = 20
PASSWORD = "Qz7-vortex-" + uuid.uuid4().hex
# Declared account states, in turn: the state actions (POST /block, POST /ban) race too.
STATES = ("active", "blocked", "active", "banned")


def declared_users(prefix):
    return [dict(username="%s_%02d" % (prefix, number), name="Racer %d" % number,
                 email="%s_%02d@example.com" % (prefix, number), account_state=STATES[number % len(STATES)],
                 key=ssh_public_key(), second_email="%s_%02d@example.org" % (prefix, number))
            for number in range(USERS)]


def barrier_tasks(barrier):
    """All racers start their modules together: each says it is ready, then waits for the go."""
    return [
        {"name": "ready", "ansible.builtin.file": {"path": "%s/ready-{{ racer }}" % barrier, "state": "touch"}},
        {"name": "go", "ansible.builtin.wait_for": {"path": "%s/go" % barrier, "timeout": 600}},
    ]


def converge_tasks(users):
    """The same users in one gitlab_users_converge task."""
    return [{"name": "users", "gitlab_ops.users.gitlab_users_converge": dict(CONNECTION, users=[dict(
        username=user["username"], name=user["name"], email=user["email"], account_state=user["account_state"],
        password=PASSWORD, ssh_keys=[dict(key=user["key"], title="racer")], emails=[dict(email=user["second_email"])])
        for user in users])}]


def single_module_tasks(users):
    """A loop of gitlab_user, one of gitlab_user_key and one of gitlab_user_email."""
    return [
        {"name": "users", "gitlab_ops.users.gitlab_user": dict(CONNECTION, password=PASSWORD, **{
            key: "{{ item.%s }}" % key for key in ("username", "name", "email", "account_state")}),
         "loop": users},
        {"name": "SSH keys", "gitlab_ops.users.gitlab_user_key": dict(
            CONNECTION, user="{{ item.username }}", key="{{ item.key }}", title="racer"), "loop": users},
        {"name": "secondary emails", "gitlab_ops.users.gitlab_user_email": dict(
            CONNECTION, user="{{ item.username }}", email="{{ item.second_email }}", skip_confirmation=True),
         "loop": users},
    ]


def observed_users(gitlab, prefix):
    found = gitlab.api("GET", "/users", params={"search": prefix, "per_page": 100}).json()
    users = []
    for user in sorted(found, key=lambda user: user["username"]):
        keys = gitlab.api("GET", "/users/%d/keys" % user["id"]).json()
        emails = gitlab.api("GET", "/users/%d/emails" % user["id"]).json()
        users.append(dict(username=user["username"], name=user["name"], email=user["email"],
                          account_state=user["state"],
                          keys=[(key["title"], " ".join(key["key"].split()[:2])) for key in keys],
                          secondary_emails=[(row["email"], bool(row["confirmed_at"])) for row in emails
                                            if row["email"] != user["email"]]))
    return users


def expected_users(users):
    return [dict(username=user["username"], name=user["name"], email=user["email"],
                 account_state=user["account_state"], keys=[("racer", user["key"])],
                 secondary_emails=[(user["second_email"], True)]) for user in users]


def race(sim, tmp_path, tasks, racers=RACERS):
    """Run `tasks` in `racers` ansible-playbook processes that start their modules together; assert that every
    one of them succeeded."""
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    playbook = write_playbook(str(tmp_path), "race.yml", play(barrier_tasks(str(barrier)) + tasks))
    env = environment(sim, str(tmp_path))
    logs = [str(tmp_path / ("racer-%d.log" % number)) for number in range(racers)]
    started = [start(playbook, env, args=["-e", "racer=%d" % number], log=log) for number, log in enumerate(logs)]
    deadline = time.monotonic() + 600
    while len(list(barrier.glob("ready-*"))) < racers and time.monotonic() < deadline and all(
            racer.poll() is None for racer in started):
        time.sleep(0.2)
    (barrier / "go").touch()
    codes = [racer.wait(timeout=1200) for racer in started]
    outputs = [open(log).read() for log in logs]
    failed = [(number, output[-3000:]) for number, (code, output) in enumerate(zip(codes, outputs)) if code != 0]
    assert not failed, failed


@pytest.mark.slow
@pytest.mark.parametrize("tasks", [single_module_tasks, converge_tasks], ids=["single-module tasks", "converge"])
def test_concurrent_playbooks_converge_the_same_users(sim, tmp_path, tasks):
    prefix = "race_" + uuid.uuid4().hex[:8]
    users = declared_users(prefix)
    race(sim, tmp_path, tasks(users))
    assert observed_users(sim, prefix) == expected_users(users)


@pytest.mark.slow
def test_concurrent_playbooks_switch_primary_emails_and_ban(sim, tmp_path):
    """Issue 20, item 11: the racers switch the same users' primary email (remove_previous_email) and ban them.
    All but one meet "email has already been taken" for the address another racer just added; each converges."""
    prefix = "switch_" + uuid.uuid4().hex[:8]
    users = [sim.create_user("%s_%02d" % (prefix, number)) for number in range(8)]
    loop = [dict(username=user["username"], email="new-%s" % user["email"]) for user in users]
    race(sim, tmp_path, [{"name": "switch", "gitlab_ops.users.gitlab_user": dict(
        CONNECTION, username="{{ item.username }}", email="{{ item.email }}", remove_previous_email=True,
        account_state="banned"), "loop": loop}], racers=4)
    for user, wanted in zip(users, loop):
        server = sim.api("GET", "/users/%d" % user["id"]).json()
        emails = [row["email"] for row in sim.api("GET", "/users/%d/emails" % user["id"]).json()]
        assert (server["email"], server["state"], emails) == (wanted["email"], "banned", [wanted["email"]])
