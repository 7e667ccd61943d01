# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The gitlab_users inventory plugin through ansible-inventory and ansible-playbook against a simulator
over real HTTP: hosts, host variables and named groups compared with what the test knows of the
population (helpers/user_population.py), the requests made, constructed groups and variables, the cache,
errors, and the example audit in check mode."""

from __future__ import annotations

import concurrent.futures
import json
import os
import shutil
import sys
import time

import pytest
import yaml
from gitlab_sim.pytest_plugin import dedicated_simulator

from ansible_collections.gitlab_ops.users.tests.unit.helpers.dormant_people import (
    ADMINS,
    BOTS,
    PEOPLE,
    expected_dormant,
    iso_day,
    populate,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import delete_now
from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import (
    REPO,
    ansible_doc,
    ansible_inventory,
    play,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.user_population import TEMPLATED_NAME, running_population

SEEDED = 140
PLUGIN = "gitlab_ops.users.gitlab_users"
NAMED_GROUPS = ["active", "admins", "auditors", "banned", "blocked", "bots", "deactivated", "external", "humans",
                "internal", "ldap_blocked", "pending_approval", "two_factor_disabled", "two_factor_enabled",
                "without_projects"]
# ansible-inventory only warns about a source that fails, unless told otherwise.
FAIL_ON_ERRORS = {"ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED": "true"}
# The population has a user named admins, a named group: the sources listing every user name the hosts after a
# prefix.
PREFIX = "user-"


@pytest.fixture(scope="module")
def population():
    with running_population(SEEDED) as population:
        yield population


@pytest.fixture
def people(population):
    population.sim.clear_log()
    return population


def unwrapped(text):
    """Display output with its line wrapping undone (ansible-core before 2.19 wraps at 79 columns)."""
    return " ".join(text.split())


def source(tmp_path, config, name="users.gitlab_users.yml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(dict({"plugin": PLUGIN}, **config)))
    return path


def parsed(completed):
    """ansible-inventory's JSON, with the values it marks as unsafe ({"__ansible_unsafe": value}) as values."""
    def plain(item):
        return item["__ansible_unsafe"] if set(item) == {"__ansible_unsafe"} else item
    return json.loads(completed.stdout, object_hook=plain)


def listed(tmp_path, people, config, env=None):
    """ansible-inventory --list for `config` -> (its JSON, the requests it made)."""
    completed = ansible_inventory(source(tmp_path, config), gitlab=people.sim, env=dict(FAIL_ON_ERRORS, **(env or {})))
    assert completed.returncode == 0, completed.stderr[-3000:]
    return parsed(completed), people.sim.requests_log()


def group_hosts(inventory, group):
    return sorted(inventory.get(group, {}).get("hosts", []))


def usernames(people, ids, prefix=""):
    return sorted(prefix + people.people[user_id].username for user_id in ids)


def filters(log):
    """The filters of the requests the plugin composed: the pages after a keyset cursor follow GitLab's Link, which
    repeats every declared parameter with its default (active=false...)."""
    keys = {"page", "per_page", "order_by", "sort", "pagination", "cursor"}
    return {tuple(sorted((k, v) for k, v in entry["query"].items() if k not in keys)) for entry in log
            if "cursor" not in entry["query"]}


# -- every user, every named group ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def everything(population, tmp_path_factory):
    population.sim.clear_log()
    config = source(tmp_path_factory.mktemp("all"), {"host_prefix": PREFIX})
    completed = ansible_inventory(config, gitlab=population.sim, env=FAIL_ON_ERRORS)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return parsed(completed), population.sim.requests_log()


def test_every_user_is_a_host_with_a_local_connection(population, everything):
    """Like the implicit localhost: a local connection, and the Python that runs ansible-inventory (the one
    beside this test's, from the same virtualenv)."""
    inventory, _log = everything
    hostvars = inventory["_meta"]["hostvars"]
    assert sorted(hostvars) == usernames(population, population.people, PREFIX)
    assert all(host["ansible_connection"] == "local" for host in hostvars.values())
    interpreters = {os.path.realpath(host["ansible_python_interpreter"]) for host in hostvars.values()}
    assert interpreters == {os.path.realpath(sys.executable)}


def test_host_variables_are_the_user_under_one_prefix(population, everything):
    inventory, _log = everything
    for user_id, entity in population.entities.items():
        host = inventory["_meta"]["hostvars"][PREFIX + entity["username"]]
        assert {key: value for key, value in host.items()
                if key not in ("ansible_connection", "ansible_python_interpreter")} == {
            "gitlab_user_" + key: value for key, value in entity.items()}


@pytest.mark.parametrize("group", NAMED_GROUPS + ["provider_ldapmain", "provider_github", "provider_saml"])
def test_named_groups(population, everything, group):
    inventory, _log = everything
    assert group_hosts(inventory, group) == usernames(population, population.members(group), PREFIX)


def test_empty_named_groups_exist(population, everything):
    inventory, _log = everything
    assert set(NAMED_GROUPS) <= set(inventory["all"]["children"])


def test_requests_one_listing_per_group_gitlab_decides(population, everything):
    _inventory, log = everything
    assert filters(log) == {(), (("active", "true"),), (("humans", "true"),), (("exclude_internal", "true"),),
                            (("without_projects", "true"),)}
    # Every user: the first page, then (more than 100 users) every page again by cursor.
    decided = ("active", "humans", "exclude_internal", "without_projects")
    everyone = [entry for entry in log if not any(entry["query"].get(name) == "true" for name in decided)]
    assert len(population.people) > 100 and len(everyone) == 1 + -(-len(population.people) // 100)


def test_graph_shows_groups_and_their_hosts(population, tmp_path):
    config = {"named_groups": ["admins"], "host_prefix": PREFIX}
    completed = ansible_inventory(source(tmp_path, config), gitlab=population.sim, args=["--graph", "admins"],
                                  env=FAIL_ON_ERRORS)
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.split("\n")
    assert lines[0] == "@admins:"
    admins = usernames(population, population.members("admins"), PREFIX)
    assert sorted(line.strip("|- ") for line in lines[1:] if line) == admins


# -- options: users, filters, named groups -----------------------------------------------------------------
def test_users_and_filters_are_pushed_down(people, tmp_path):
    inventory, log = listed(tmp_path, people, {"users": "svc-*:!blocked", "external": False,
                                               "named_groups": ["admins", "humans"], "provider_groups": False})
    svc = people.ids(lambda p: p.username.lower().startswith("svc-") and not p.external)
    assert sorted(inventory["_meta"]["hostvars"]) == usernames(people, svc)
    assert group_hosts(inventory, "admins") == ["SVC-Monitor"]
    assert group_hosts(inventory, "humans") == usernames(people, svc)
    # humans is listed among the users the listing of svc-* shares: search and the filter.
    assert filters(log) == {(("exclude_external", "true"), ("search", "svc-")),
                            (("exclude_external", "true"), ("humans", "true"), ("search", "svc-"))}
    assert set(inventory["all"]["children"]) == {"ungrouped", "admins", "humans"}


def test_host_order_follows_order_by(people, tmp_path):
    # In no group, every host is in ungrouped, in the order the plugin added them.
    inventory = source(tmp_path, {"users": "svc-*:admins", "named_groups": [], "provider_groups": False,
                                  "order_by": "username", "sort": "desc"})
    run = play(tmp_path, [{"name": "hosts", "ansible.builtin.debug": {"msg": "{{ groups['all'] }}"}}],
               gitlab=people.sim, inventory=inventory)
    svc_and_admins = people.ids(lambda p: p.username.lower().startswith("svc-")) | people.members("admins")
    assert run["hosts"].msg == sorted(usernames(people, svc_and_admins), reverse=True)


def test_a_deletion_and_a_creation_between_pages_skip_nobody(tmp_path):
    """The second GET /users waits 1.5 s before GitLab runs it; meanwhile one user is deleted and one created, so
    X-Total stays while every later offset page shifts by one."""
    with dedicated_simulator() as sim:
        present = [sim.create_user("shift-%03d" % index)["id"] for index in range(150)]
        users_path = r"^/api/v4/users$"
        sim.add_faults({"action": "delay", "ms": 0, "method": "GET", "path": users_path, "times": 1},
                       {"action": "delay", "ms": 1500, "method": "GET", "path": users_path, "times": 1})
        config = {"users": "shift-*", "named_groups": [], "provider_groups": False}
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            running = pool.submit(ansible_inventory, source(tmp_path, config), gitlab=sim, env=FAIL_ON_ERRORS)
            deadline = time.monotonic() + 120
            # Until the second request waits (GET /-/sim/faults shows how many requests each rule still hits).
            while any(rule["times"] for rule in sim._control("GET", "/faults")) and not running.done():
                assert time.monotonic() < deadline
                time.sleep(0.02)
            assert not running.done(), "the listing made no second request"
            delete_now(sim, present[10])
            sim.create_user("shift-new")
            completed = running.result()
    assert completed.returncode == 0, completed.stderr[-3000:]
    hosts = parsed(completed)["_meta"]["hostvars"]
    missing = {"shift-%03d" % index for index in range(150) if index != 10} - set(hosts)
    assert missing == set()


# -- constructed features ---------------------------------------------------------------------------------
def test_compose_groups_and_keyed_groups(people, tmp_path):
    config = {
        "users": "all", "named_groups": [], "provider_groups": False, "with_custom_attributes": True,
        "compose": {"is_platform": "'team' in (gitlab_user_custom_attributes | map(attribute='key'))"},
        "groups": {"important": "gitlab_user_is_admin or gitlab_user_external"},
        "keyed_groups": [{"key": "gitlab_user_custom_attributes | items2dict(key_name='key', value_name='value')",
                          "prefix": "attr"},
                         {"key": "gitlab_user_state", "prefix": "state"}],
    }
    inventory, _log = listed(tmp_path, people, config)
    for department in ("eng", "ops", "sales"):
        expected = people.ids(lambda p, d=department: p.attributes.get("department") == d)
        assert group_hosts(inventory, "attr_department_" + department) == usernames(people, expected) and expected
    assert group_hosts(inventory, "state_banned") == usernames(people, people.members("banned"))
    assert group_hosts(inventory, "important") == usernames(people, people.members("admins") | people.members(
        "external"))
    platform = people.ids(lambda p: "team" in p.attributes)
    hostvars = inventory["_meta"]["hostvars"]
    assert sorted(host for host, values in hostvars.items() if values["is_platform"]) == usernames(people, platform)


def test_strict_composition_names_the_host(people, tmp_path):
    completed = ansible_inventory(source(tmp_path, {"users": "svc-deploy", "named_groups": [], "strict": True,
                                                    "compose": {"x": "gitlab_user_no_such_field.y"}}),
                                  gitlab=people.sim, env=FAIL_ON_ERRORS)
    assert completed.returncode != 0
    assert "Could not set x for host svc-deploy" in completed.stderr


# -- hostvar_fields: only the chosen host variables (issue 23) ---------------------------------------------------
LOCAL = ("ansible_connection", "ansible_python_interpreter")


def gitlab_variables(host):
    return {key: value for key, value in host.items() if key not in LOCAL}


@pytest.mark.parametrize("fields", [
    ["id", "state", "email", "is_admin"],  # username left out: it names the host, so it stays
    ["bio", "web_url", "identities", "username"],  # profile fields, which the listing drops unless asked for
])
def test_hostvar_fields_keep_the_chosen_variables_and_every_group(people, tmp_path, fields):
    inventory, log = listed(tmp_path, people, {"host_prefix": PREFIX, "hostvar_fields": fields})
    hostvars = inventory["_meta"]["hostvars"]
    assert sorted(hostvars) == usernames(people, people.people, PREFIX)
    kept = set(fields) | {"username"}
    for entity in people.entities.values():
        host = hostvars[PREFIX + entity["username"]]
        assert gitlab_variables(host) == {"gitlab_user_" + key: entity[key] for key in kept}
        assert host["ansible_connection"] == "local"
    # The groups come from every field of the listed users, whatever the host variables keep.
    for group in NAMED_GROUPS + ["provider_ldapmain", "provider_github", "provider_saml"]:
        assert group_hosts(inventory, group) == usernames(people, people.members(group), PREFIX), group
    # The same listings as the default inventory's (test_requests_one_listing_per_group_gitlab_decides).
    assert filters(log) == {(), (("active", "true"),), (("humans", "true"),), (("exclude_internal", "true"),),
                            (("without_projects", "true"),)}


def test_left_out_variables_are_undefined_for_constructed_features(people, tmp_path):
    """Ansible's strict semantics: without strict, a variable or group whose expression reads a left-out variable is
    skipped for the host; with strict, the source fails naming the host."""
    config = {"users": "svc-*", "named_groups": [], "provider_groups": False, "hostvar_fields": ["state"],
              "compose": {"contact": "gitlab_user_email", "status": "gitlab_user_state | upper"},
              "groups": {"important": "gitlab_user_is_admin"},
              "keyed_groups": [{"key": "gitlab_user_state", "prefix": "state"},
                               {"key": "gitlab_user_external", "prefix": "external"}]}
    inventory, _log = listed(tmp_path, people, config)
    svc = people.ids(lambda p: p.username.lower().startswith("svc-"))
    hostvars = inventory["_meta"]["hostvars"]
    assert sorted(hostvars) == usernames(people, svc)
    for user_id in svc:
        host = hostvars[people.people[user_id].username]
        assert "contact" not in host and host["status"] == people.people[user_id].state.upper()
    state_groups = {"state_" + people.people[user_id].state for user_id in svc}
    assert {name for name in inventory["all"]["children"] if name != "ungrouped"} == state_groups
    completed = ansible_inventory(source(tmp_path, dict(config, strict=True)), gitlab=people.sim, env=FAIL_ON_ERRORS)
    assert completed.returncode != 0
    # The hosts are made in the order of order_by (id): the first one fails the source.
    assert "Could not set contact for host %s" % people.people[min(svc)].username in unwrapped(completed.stderr)


def test_hostvar_fields_in_a_play(people, tmp_path):
    inventory = source(tmp_path, {"host_prefix": PREFIX, "named_groups": ["admins"], "hostvar_fields": ["email"]})
    shown = "[gitlab_user_username, gitlab_user_email, gitlab_user_id is defined, gitlab_user_name is defined]"
    task = {"name": "variables", "ansible.builtin.debug": {"msg": "{{ %s }}" % shown}}
    run = play(tmp_path, [task], gitlab=people.sim, hosts="admins", inventory=inventory)
    assert run.returncode == 0, run.output[-3000:]
    admins = people.members("admins")
    assert sorted(record.host for record in run.records) == usernames(people, admins, PREFIX)
    for user_id in admins:
        entity = people.entities[user_id]
        assert run.on(PREFIX + entity["username"])[0].msg == [entity["username"], entity["email"], False, False]


def test_a_field_no_user_has_fails_naming_the_option(people, tmp_path):
    completed = ansible_inventory(source(tmp_path, {"users": "svc-*", "named_groups": [], "provider_groups": False,
                                                    "hostvar_fields": ["state", "emial"]}),
                                  gitlab=people.sim, env=FAIL_ON_ERRORS)
    assert completed.returncode != 0
    assert "hostvar_fields: no listed user has emial" in unwrapped(completed.stderr)


def test_a_cache_of_other_host_variables_is_listed_again(people, tmp_path):
    config = {"users": "admins", "named_groups": [], "provider_groups": False, "hostvar_fields": ["state"],
              "cache": True, "cache_plugin": "ansible.builtin.jsonfile", "cache_connection": str(tmp_path / "cache")}
    first, first_log = listed(tmp_path, people, config)
    people.sim.clear_log()
    again, again_log = listed(tmp_path, people, config)
    assert again == first and first_log and again_log == []
    people.sim.clear_log()
    other, other_log = listed(tmp_path, people, dict(config, hostvar_fields=["email"]))
    assert len(other_log) == len(first_log)
    for user_id in people.members("admins"):
        entity = people.entities[user_id]
        assert gitlab_variables(other["_meta"]["hostvars"][entity["username"]]) == {
            "gitlab_user_username": entity["username"], "gitlab_user_email": entity["email"]}


def test_a_cache_of_an_earlier_release_is_listed_again(people, tmp_path):
    """A cache entry written before hostvar_fields ({"users", "groups"} alone) holds no provider groups: the users are
    listed again, and the cache is rewritten for the next run."""
    cache = tmp_path / "cache"
    config = {"users": "svc-*", "named_groups": ["admins"], "cache": True, "cache_plugin": "ansible.builtin.jsonfile",
              "cache_connection": str(cache)}
    first, first_log = listed(tmp_path, people, config)
    (entry,) = list(cache.iterdir())
    stored = json.loads(entry.read_text())
    # ansible-core 2.19+ stores the JSON of the entry under __payload__; earlier releases the entry itself.
    wrapped = set(stored) == {"__payload__"}
    cached = json.loads(stored["__payload__"]) if wrapped else stored
    earlier = {"users": cached["users"], "groups": cached["groups"]}
    entry.write_text(json.dumps({"__payload__": json.dumps(earlier)} if wrapped else earlier))
    people.sim.clear_log()
    again, again_log = listed(tmp_path, people, config)
    assert again == first and len(again_log) == len(first_log)
    people.sim.clear_log()
    third, third_log = listed(tmp_path, people, config)
    assert third == first and third_log == []


# -- cache ------------------------------------------------------------------------------------------------
def test_a_cached_inventory_sends_no_request(people, tmp_path):
    config = {"users": "admins", "named_groups": ["active"], "cache": True,
              "cache_plugin": "ansible.builtin.jsonfile", "cache_connection": str(tmp_path / "cache")}
    first, first_log = listed(tmp_path, people, config)
    assert first_log and os.listdir(str(tmp_path / "cache"))
    people.sim.clear_log()
    second, second_log = listed(tmp_path, people, config)
    assert second == first and second_log == []
    if "--flush-cache" in ansible_inventory(source(tmp_path, config), args=["--help"]).stdout:
        args = ["--list", "--flush-cache"]
    else:  # ansible-inventory gained --flush-cache in 2.19; before that, an emptied cache is the same
        args = ["--list"]
        shutil.rmtree(str(tmp_path / "cache"))
    completed = ansible_inventory(source(tmp_path, config), gitlab=people.sim, args=args, env=FAIL_ON_ERRORS)
    assert completed.returncode == 0, completed.stderr
    assert parsed(completed) == first and len(people.sim.requests_log()) == len(first_log)


# -- errors -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("config, message", [
    ({"users": "admins:&two_factr_disabled"}, 'part "two_factr_disabled" at character 9: two_factr_disabled is not a '
                                              'group; did you mean two_factor_disabled?'),
    ({"users": ""}, "the pattern selects nothing; write all to select every user"),
    ({"named_groups": ["admin"]}, "admin"),
    ({"created_before": "last week"}, "created_before must be an ISO 8601 date"),
    # ansible-core 2.19+ reads the 3 as a tagged int: the message names the plain type all the same.
    ({"users": ["alice", 3]}, "item 2: every item must be a string, got int"),
    ({"host_prefix": "gitlab:"}, "host_prefix must be made of letters, digits, _ . and - (so that host patterns can "
                                 "name the hosts), got 'gitlab:'"),
    # Ansible's own check of a list option names it ("Config 'hostvar_fields' ... has an invalid value").
    ({"hostvar_fields": 5}, "hostvar_fields"),
    ({"hostvar_fields": {"email": True}}, "hostvar_fields"),
    ({"hostvar_fields": ["id", ""]}, "hostvar_fields: item 2 must be the name of a field (letters, digits and _), "
                                     "got ''"),
    ({"hostvar_fields": ["user name"]}, "hostvar_fields: item 1 must be the name of a field"),
    ({"hostvar_fields": [3]}, "hostvar_fields: item 1 must be a string, got int"),
    ({"hostvar_fields": ["gitlab_user_email"]}, "hostvar_fields: item 1 is the host variable gitlab_user_email: write "
                                                "the field without gitlab_user_, for example email"),
])
def test_bad_options_fail_before_any_request(people, tmp_path, config, message):
    completed = ansible_inventory(source(tmp_path, config), gitlab=people.sim, env=FAIL_ON_ERRORS)
    assert completed.returncode != 0 and message in unwrapped(completed.stderr), completed.stderr
    assert people.sim.requests_log() == []


def test_a_non_administrator_needs_groups_it_can_see(people, tmp_path):
    viewer = {"GITLAB_TOKEN": people.viewer_token}
    completed = ansible_inventory(source(tmp_path, {"users": "svc-*"}), gitlab=people.sim,
                                  env=dict(FAIL_ON_ERRORS, **viewer))
    assert completed.returncode != 0
    assert "admins: GitLab shows this field to administrators only" in unwrapped(completed.stderr)
    assert "GitLab answered with the view of a non-administrator" in unwrapped(completed.stderr)
    inventory, _log = listed(tmp_path, people, {"users": "svc-*", "provider_groups": False,
                                                "named_groups": ["deactivated", "humans"]}, env=viewer)
    visible = people.ids(lambda p: p.username.lower().startswith("svc-"))
    assert sorted(inventory["_meta"]["hostvars"]) == usernames(people, visible)
    assert "gitlab_user_is_admin" not in inventory["_meta"]["hostvars"]["svc-deploy"]


# -- playbooks --------------------------------------------------------------------------------------------
def test_host_variables_are_never_templated(people, tmp_path):
    run = play(tmp_path, [{"name": "name", "ansible.builtin.debug": {"msg": "{{ gitlab_user_name }}"}}],
               gitlab=people.sim, hosts="tmpl-user",
               inventory=source(tmp_path, {"users": "tmpl-user", "named_groups": []}))
    assert run["name"].msg == TEMPLATED_NAME


def test_the_example_audit_in_check_mode(people, tmp_path):
    inventory = os.path.join(REPO, "examples", "gitlab_users.yml")
    audit = play(tmp_path, None, gitlab=people.sim, inventory=inventory, record_requests=False,
                 playbook=os.path.join(REPO, "examples", "audit-2fa.yml"), args=["--check", "--forks", "8"])
    assert audit.returncode == 0, audit.output[-3000:]
    offenders = people.ids(lambda p: p.is_admin and not p.two_factor and p.in_group("active") and p.username != "root")
    assert offenders
    reported = sorted(record.host for record in audit.records if record.task == "Report the administrator")
    assert reported == usernames(people, offenders, "user-")  # the example's host_prefix
    remediation = "Remediation, in check mode - revoke administrator rights"
    would_demote = [record for record in audit.records if record.task == remediation]
    assert sorted(record.host for record in would_demote if record.result["changed"]) == reported
    assert not any(entry["method"] != "GET" for entry in people.sim.requests_log())
    assert all(people.sim.api("GET", "/users/%d" % user_id).json()["is_admin"] for user_id in offenders)


# -- users named like groups ----------------------------------------------------------------------------------
# Ansible's own groups, every named group, a provider group and a keyed group (state_<state>), and Ansible's
# localhost: in a host pattern, Ansible takes a name for the host of that name before the group
# (InventoryManager._evaluate_patterns, "avoid resolving a pattern that is a plain host").
NAMESAKES = ["all", "ungrouped", "localhost"] + NAMED_GROUPS + ["provider_ldapmain", "state_active"]
# What the test made them: administrators without a second factor (root too), and one with it.
NO_SECOND_FACTOR_ADMINS = ["all", "admins", "alice"]


@pytest.fixture(scope="module")
def namesakes():
    with dedicated_simulator() as sim:
        ids = {}
        for username in NAMESAKES + ["alice", "bob"]:
            ids[username] = sim.create_user(username, admin=username in NO_SECOND_FACTOR_ADMINS + ["bob"])["id"]
        sim.poke_user(ids["bob"], two_factor_enabled=True)
        sim.poke_user(ids["alice"], identities=[{"provider": "ldapmain", "extern_uid": "uid=alice,dc=example"}])
        yield sim


def test_users_named_like_groups_fail_the_inventory_naming_them(namesakes, tmp_path):
    keyed = {"keyed_groups": [{"key": "gitlab_user_state", "prefix": "state"}]}
    completed = ansible_inventory(source(tmp_path, keyed), gitlab=namesakes, env=FAIL_ON_ERRORS)
    assert completed.returncode != 0
    error = unwrapped(completed.stderr)
    for username in NAMESAKES[:-1]:
        kind = "Ansible's localhost" if username == "localhost" else "group %s" % username
        assert "%s (%s)" % (username, kind) in error, username
    assert "host_prefix" in error
    # The keyed group only exists once the hosts are made.
    only_keyed = dict(keyed, users="state_active,alice", named_groups=[], provider_groups=False)
    completed = ansible_inventory(source(tmp_path, only_keyed), gitlab=namesakes, env=FAIL_ON_ERRORS)
    assert completed.returncode != 0
    assert "state_active (group state_active)" in unwrapped(completed.stderr)


def test_a_host_prefix_keeps_every_group_to_its_members(namesakes, tmp_path):
    config = {"host_prefix": "user-", "keyed_groups": [{"key": "gitlab_user_state", "prefix": "state"}]}
    completed = ansible_inventory(source(tmp_path, config), gitlab=namesakes, env=FAIL_ON_ERRORS)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "Found both group and host" not in completed.stderr
    inventory = parsed(completed)
    everyone = ["root"] + NAMESAKES + ["alice", "bob"]
    assert sorted(inventory["_meta"]["hostvars"]) == sorted("user-" + name for name in everyone)
    admins = NO_SECOND_FACTOR_ADMINS + ["bob", "root"]
    assert group_hosts(inventory, "admins") == sorted("user-" + name for name in admins)
    assert group_hosts(inventory, "provider_ldapmain") == ["user-alice"]
    assert inventory["_meta"]["hostvars"]["user-all"]["gitlab_user_username"] == "all"


def test_the_example_audit_finds_every_administrator_whatever_the_names(namesakes, tmp_path):
    inventory = os.path.join(REPO, "examples", "gitlab_users.yml")
    audit = play(tmp_path, None, gitlab=namesakes, inventory=inventory, record_requests=False,
                 playbook=os.path.join(REPO, "examples", "audit-2fa.yml"), args=["--check"])
    assert audit.returncode == 0, audit.output[-3000:]
    reported = sorted(record.host for record in audit.records if record.task == "Report the administrator")
    assert reported == sorted("user-" + name for name in NO_SECOND_FACTOR_ADMINS)


def test_the_example_audit_fails_when_its_inventory_fails(namesakes, tmp_path):
    # Without host_prefix the users named like groups fail the source; Ansible goes on without it, with a
    # warning, and the audit must not then report nobody as a success.
    unprefixed = source(tmp_path, {"named_groups": ["active", "admins", "two_factor_disabled"]})
    audit = play(tmp_path, None, gitlab=namesakes, inventory=unprefixed, record_requests=False,
                 playbook=os.path.join(REPO, "examples", "audit-2fa.yml"), args=["--check"])
    assert audit.returncode != 0, audit.output[-3000:]
    assert not [record for record in audit.records if record.task == "Report the administrator"]


def test_ansible_doc_renders_with_examples():
    doc = ansible_doc("inventory", PLUGIN)
    assert {"users", "named_groups", "keyed_groups", "cache", "api_token"} <= set(doc["doc"]["options"])
    assert "plugin: gitlab_ops.users.gitlab_users" in doc["examples"]
    for example in yaml.safe_load_all(doc["examples"]):
        assert example["plugin"] == PLUGIN


# -- dormant users (issue 22) -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def dormant_site():
    with dedicated_simulator() as sim:
        populate(sim)
        yield sim


def dormant_inventory(tmp_path, sim, config):
    sim.clear_log()
    completed = ansible_inventory(source(tmp_path, config), gitlab=sim, env=FAIL_ON_ERRORS)
    return completed, sim.requests_log()


def test_dormant_humans_as_hosts(dormant_site, tmp_path):
    completed, log = dormant_inventory(tmp_path, dormant_site, {"users": "dormant:!bots:!admins", "named_groups": [],
                                                                "provider_groups": False})
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert set(parsed(completed)["_meta"]["hostvars"]) == expected_dormant(90) - BOTS - ADMINS
    assert [(entry["path"], entry["query"]) for entry in log] == [
        ("/api/v4/users", {"active": "true", "order_by": "id", "page": "1", "per_page": "100", "sort": "asc"}),
        ("/api/v4/user/activities", {"from": iso_day(89), "per_page": "100"})]


def test_dormant_named_group_with_its_days(dormant_site, tmp_path):
    completed, log = dormant_inventory(tmp_path, dormant_site, {"users": "humans", "named_groups": ["dormant"],
                                                                "dormant_days": 30, "provider_groups": False})
    assert completed.returncode == 0, completed.stderr[-3000:]
    humans = {name for name, person in PEOPLE.items() if person[1] == "human"} | {"viewer"}
    inventory = parsed(completed)
    assert set(inventory["_meta"]["hostvars"]) == humans
    assert set(group_hosts(inventory, "dormant")) == expected_dormant(30) & humans
    assert [entry["query"] for entry in log if entry["path"] == "/api/v4/user/activities"] == [
        {"from": iso_day(29), "per_page": "100"}]


def test_bad_dormant_days_fail_before_any_request(dormant_site, tmp_path):
    completed, log = dormant_inventory(tmp_path, dormant_site, {"users": "dormant", "dormant_days": 0})
    assert completed.returncode != 0
    assert "dormant_days must be a whole number of days of at least 1, got 0" in unwrapped(completed.stderr)
    assert log == []
