# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The provision role's meta/argument_specs.yml describes exactly what gitlab_users_converge accepts (so a
typo fails at role start, and nothing the module takes is refused), and a typo does fail there. The role keeps
the tokens of a converge that failed late."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import yaml

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules import users_converge
from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import play

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), *[os.pardir] * 5))
ROLE_SPEC = os.path.join(REPO, "roles", "provision", "meta", "argument_specs.yml")
COMPARED = ("type", "elements", "choices", "default", "required", "no_log", "mutually_exclusive", "required_if",
            "required_together", "required_one_of", "required_by")


def role_options():
    with open(ROLE_SPEC) as handle:
        return yaml.safe_load(handle)["argument_specs"]["main"]["options"]


def shape(spec, nested_key):
    """{option: {rule: value}} of an argument spec, recursively, with tuples as lists (YAML has no tuples)."""
    def plain(value):
        if isinstance(value, (list, tuple)):
            return [plain(item) for item in value]
        if isinstance(value, dict):
            return dict((key, plain(item)) for key, item in value.items())
        return value

    result = {}
    for name, option in spec.items():
        entry = dict((key, plain(option[key])) for key in COMPARED
                     if option.get(key) not in (None, False) or (key == "default" and key in option))
        entry.setdefault("type", "str")
        if option.get(nested_key):
            entry["options"] = shape(option[nested_key], nested_key)
        result[name] = entry
    return result


def test_provision_users_is_described_exactly_as_the_module_takes_it():
    users = users_converge.argument_spec()["users"]
    role = role_options()["provision_users"]
    assert shape({"users": users}, "options")["users"] == shape({"users": role}, "options")["users"]


def test_provision_service_accounts_is_described_exactly_as_the_module_takes_it():
    accounts = users_converge.argument_spec()["service_accounts"]
    role = role_options()["provision_service_accounts"]
    assert shape({"service_accounts": accounts}, "options")["service_accounts"] == shape(
        {"service_accounts": role}, "options")["service_accounts"]


def test_the_role_switches_are_the_module_options():
    module = users_converge.argument_spec()
    role = role_options()
    switches = ("exclusive_keys", "exclusive_emails", "remove_unlisted", "unlisted_pattern", "unlisted_action",
                "max_concurrency")
    assert sorted(name for name in role if name[len("provision_"):] in switches) == sorted(
        "provision_" + name for name in switches if name in module)
    for name in switches:
        if name not in module:
            continue
        assert shape({name: role["provision_" + name]}, "options") == shape({name: module[name]}, "options")


def test_a_misspelt_key_fails_at_role_start(tmp_path):
    play = [{"name": "typo", "hosts": "localhost", "gather_facts": False, "roles": [{
        "role": "gitlab_ops.users.provision",
        "vars": {"provision_users": [{"username": "alice", "nmae": "Alice"}],
                 "provision_api_url": "http://127.0.0.1:9", "provision_api_token": "never-sent-token"}}]}]
    playbook = tmp_path / "typo.yml"
    playbook.write_text(json.dumps(play))
    env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=os.path.join(REPO, "build", "collections"),
               ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_INVENTORY_UNPARSED_WARNING="false",
               ANSIBLE_LOCAL_TEMP=str(tmp_path), ANSIBLE_NOCOLOR="1")
    command = [os.path.join(os.path.dirname(sys.executable), "ansible-playbook"), str(playbook)]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 2, output
    assert "Validating arguments against arg spec 'main'" in output
    assert "Validation of arguments failed" in output and "provision_users.nmae" in output
    assert "Converge the users in one task" not in output  # stopped before the module ran
    assert "never-sent-token" not in output


def test_the_role_keeps_the_tokens_made_before_the_retire_step_failed(tmp_path, sim, unique):
    """The converge creates a user and its token, then its retire step fails (GET /user answers 500): the role
    still ends with the token in provision_tokens, and the value works."""
    team = unique("role")
    leaver = sim.create_user("%s-leaver" % team)
    fresh = "%s-fresh" % team
    stored = tmp_path / "token"
    play_vars = dict(
        provision_users=[dict(username=fresh, name="Fresh", email="%s@example.com" % fresh, force_random_password=True,
                              impersonation_tokens=[dict(name="ci", scopes=["read_user"], expires_in_days=7)])],
        provision_remove_unlisted=True, provision_unlisted_pattern="%s-*" % team)
    rescue = [
        {"name": "Store the value", "no_log": True,
         "ansible.builtin.copy": {"content": "{{ provision_tokens[%r].ci.token }}" % fresh, "dest": str(stored),
                                  "mode": "0600"}},
        {"name": "The kept tokens",
         "ansible.builtin.debug": {"msg": "{{ provision_tokens | dict2items | map(attribute='key') | list }}"}},
    ]
    tasks = [{"block": [{"ansible.builtin.include_role": {"name": "gitlab_ops.users.provision"}}], "rescue": rescue}]
    sim.add_faults({"action": "status", "status": 500, "method": "GET", "path": r"^/api/v4/user$"})
    ran = play(tmp_path, tasks, gitlab=sim, play_vars=play_vars)
    role = "gitlab_ops.users.provision : "
    assert ran[role + "Converge the users in one task"].status == "failed"
    assert ran[role + "Fail when the converge failed"].status == "failed"  # the role still says it failed
    assert ran["The kept tokens"].result["msg"] == [fresh], ran.output[-3000:]
    value = stored.read_text()
    me = sim.api("GET", "/user", token=value)
    assert me.status_code == 200 and me.json()["username"] == fresh
    assert value not in ran.output
    assert sim.api("GET", "/users/%d" % leaver["id"]).json()["state"] == "active"
