# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The gitlab_users lookup in ansible-playbook against simulators over real HTTP.

One population (helpers/user_population.py) answers one playbook of many lookups, each task with the requests
it made: every named group and its exclusion, set operations, the filter options, output shapes and
errors, each compared with what the test computes from the seed profile and the users as GitLab shows
them. A second simulator holds more than 10,000 users (GitLab stops counting) for the paginations."""

from __future__ import annotations

import datetime
import math

import pytest
from gitlab_sim.launcher import running_simulator
from gitlab_sim.pytest_plugin import GitLabHandle
from gitlab_sim.seed import seed_profile

from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import (
    ansible_doc,
    lookup_task,
    lookups_task,
    play,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.dormant_people import (
    ADMINS,
    BOTS,
    PEOPLE,
    expected_dormant,
    iso_day,
    populate,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.user_population import TEMPLATED_NAME, running_population

SEEDED = 330
LOOKUP = "gitlab_ops.users.gitlab_users"
GROUPS = ["all", "active", "blocked", "ldap_blocked", "deactivated", "banned", "pending_approval", "admins",
          "auditors", "external", "bots", "humans", "internal", "two_factor_enabled", "two_factor_disabled",
          "without_projects", "provider_ldapmain", "provider_github", "provider_saml", "provider_nowhere"]


@pytest.fixture(scope="module")
def population():
    with running_population(SEEDED) as population:
        yield population


def names(population, ids):
    return [population.people[user_id].username for user_id in sorted(ids)]


def everyone(population):
    return set(population.entities)


def listing_requests(count):
    """The requests of listing `count` users: one page of 100, or that page and every page again by cursor."""
    return 1 if count <= 100 else 1 + math.ceil(count / 100.0)


def sent_filters(record):
    """The filters of the requests the plugin composed: the pages after a keyset cursor follow GitLab's Link, which
    repeats every declared parameter with its default (active=false...)."""
    return [filters for filters, entry in zip(record.filters(), record.requests) if "cursor" not in entry["query"]]


def created(population, user_id):
    return datetime.datetime.fromisoformat(population.entities[user_id]["created_at"].replace("Z", "+00:00"))


# -- one playbook of lookups ---------------------------------------------------------------------------
SET_CASES = {
    "admins,external": lambda m: m("admins") | m("external"),
    "admins:external": lambda m: m("admins") | m("external"),
    "humans:&active:!admins": lambda m: (m("humans") & m("active")) - m("admins"),
    "!admins:&active:humans": lambda m: (m("humans") & m("active")) - m("admins"),
    "&two_factor_enabled:&provider_ldapmain": lambda m: m("two_factor_enabled") & m("provider_ldapmain"),
    "admins:&two_factor_disabled:!root": lambda m: (m("admins") & m("two_factor_disabled")) - m("root"),
    "svc-*:!blocked": lambda m: m("svc-*") - m("blocked"),
    "svc-*:!svc-backup:svc-backup": lambda m: m("svc-*") - m("svc-backup"),
    "SVC-deploy,@ADMINS": lambda m: m("svc-deploy") | m("@admins"),
    "~SVC-(deploy|backup)$": lambda m: m("svc-deploy") | m("svc-backup"),
    "bots:!internal": lambda m: m("bots") - m("internal"),
    "attr_department=eng": lambda m: m("attr_department=eng"),
    'attr_team="a,b:c":&two_factor_enabled': lambda m: m("attr_team=a,b:c") & m("two_factor_enabled"),
    "attr_role=Platform Team": lambda m: m("attr_role=Platform Team"),
}


# Lookups whose requests the push-down tests read, each in a task of its own.
PUSHED_DOWN = {
    "group all": "all", "group admins": "admins", "group two_factor_disabled": "two_factor_disabled",
    "group blocked": "blocked", "not external": "!external", "issue example 1": "admins:&two_factor_disabled:!root",
    "issue example 2": "svc-*:!blocked", "usernames": "SVC-deploy,@ADMINS", "union": "admins,external",
    "attribute": "attr_department=eng",
}


def oracle(population):
    """m(name): ids of a group, of users named (case-insensitively), of svc-* or of attr_key=value."""
    def m(name):
        if name.startswith("attr_"):
            key, value = name[len("attr_"):].split("=", 1)
            return population.ids(lambda p: p.attributes.get(key) == value)
        if name == "svc-*":
            return population.ids(lambda p: p.username.lower().startswith("svc-"))
        if name in GROUPS:
            return population.members(name)
        wanted = name.lstrip("@").lower()
        return {user_id for user_id, user in population.entities.items() if user["username"].lower() == wanted}
    return m


def midpoint_between_seeded(population, offset):
    """An ISO time strictly between the creation of seeded users `offset` and `offset + 1`."""
    seeded = sorted(user_id for user_id, user in population.entities.items() if "seed" in user["email"])
    first, second = created(population, seeded[offset]), created(population, seeded[offset + 1])
    return (first + (second - first) / 2).isoformat().replace("+00:00", "Z")


def lookup_tasks(population):
    ids = {"output": "ids"}
    ldap_user = next(p for p in population.people.values() if "ldapmain" in p.providers)
    viewer = population.viewer_token
    tasks = [
        lookups_task("groups", {prefix + group: (prefix + group, ids) for group in GROUPS for prefix in ("", "!")}),
        lookups_task("sets", {pattern: (pattern, ids) for pattern in SET_CASES}),
    ]
    tasks += [lookup_task(name, pattern, output="ids") for name, pattern in PUSHED_DOWN.items()]
    tasks += [
        lookup_task("filter search", "all", search="Hopper", output="ids"),
        lookup_task("filter external", "all", external=True, output="ids"),
        lookup_task("filter exclude_internal", "all", exclude_internal=True, output="ids"),
        lookup_task("filter without_project_bots", "all", without_project_bots=True, output="ids"),
        lookup_task("empty answer needing an admin", "banned:&admins", output="ids"),
        lookups_task("misc", {
            "list term": ([["admins", "external"]], ids),
            "two terms": (["admins", "external"], ids),
            "search over a glob": ("seed*_user_1*", dict(ids, search="Lovelace")),
            "not external": ("svc-*", dict(ids, external=False)),
            "exclude_external": ("svc-*", dict(ids, exclude_external=True)),
            "created": ("all", dict(ids, created_after=midpoint_between_seeded(population, 99),
                                    created_before=midpoint_between_seeded(population, 199))),
            "extern_uid": ("all", dict(ids, provider="ldapmain",
                                       extern_uid="uid=%s,ou=people,dc=example,dc=com" % ldap_user.username)),
            "custom_attributes": ("!admins", dict(ids, custom_attributes={"department": "ops"})),
            "saml_provider_id": ("all", dict(ids, saml_provider_id=10)),
            "with_custom_attributes": ("svc-backup", {"with_custom_attributes": True,
                                                      "fields": ["username", "custom_attributes"]}),
            "usernames": ("svc-*", {"output": "usernames"}),
            "fields": ("svc-*:admins", {"fields": ["username", "id", "is_admin"]}),
            "order by username desc": ("svc-*:admins", {"order_by": "username", "sort": "desc",
                                                        "output": "usernames"}),
            "order by name": ("seed*_user_2?", {"order_by": "name", "fields": ["name", "id"]}),
            "username only": ("svc-deploy", {}),
            "viewer svc": ("svc-*", {"api_token": viewer, "output": "usernames"}),
        }),
        {"name": "lookup, not query", "ansible.builtin.debug": {
            "msg": "{{ lookup('%s', 'svc-deploy', fields=['username', 'external']) }}" % LOOKUP}},
        {"name": "keep the templated user", "ansible.builtin.set_fact": {
            "found": "{{ query('%s', 'tmpl-user') }}" % LOOKUP}},
        {"name": "show the templated name", "ansible.builtin.debug": {"msg": "{{ found[0].name }}"}},
    ]
    # One task per bad input: older ansible-core versions fail a whole loop at its first failing item.
    tasks += [lookup_task("bad input " + key, terms, ignore_errors=True, **options)
              for key, terms, options, _message in BAD_INPUT]
    tasks += [
        lookup_task("error unknown field", "svc-*", fields=["usename"], ignore_errors=True),
        lookup_task("error viewer admins", "admins", api_token=viewer, ignore_errors=True),
        lookup_task("error viewer empty blocked", "blocked", api_token=viewer, ignore_errors=True),
        lookup_task("error viewer created_after", "svc-*", created_after="2000-01-01", api_token=viewer,
                    ignore_errors=True),
        lookup_task("error wrong token", "svc-*", api_token="glpat-not-a-valid-token", ignore_errors=True),
    ]
    return tasks


# key, terms, options, what the error says
BAD_INPUT = [
    ("bad part", "admins:!", {}, 'user pattern "admins:!", part "!" at character 8: ! must be followed by a user, '
                                 'glob or group'),
    ("misspelt group", "admin", {}, 'part "admin" at character 1: admin is not a group; did you mean admins?'),
    ("whitespace", "svc-*,al ice", {}, 'part "al ice" at character 9: whitespace cannot appear in a username'),
    ("empty", "", {}, "the pattern selects nothing; write all to select every user"),
    ("bad item", [["svc-*", "&bot"]], {}, 'item 2, part "bot" at character 2: bot is not a group; did you mean bots?'),
    ("no pattern", [], {}, "no user pattern given; write all to select every user"),
    ("created_after", "all", {"created_after": "yesterday"}, "created_after must be an ISO 8601 date or date and time"),
    ("extern_uid alone", "all", {"extern_uid": "x"}, "extern_uid and provider must be given together"),
    ("max_concurrency", "all", {"max_concurrency": 0}, "max_concurrency must be between 1 and 8, got 0"),
    ("fields with usernames", "all", {"fields": ["id"], "output": "usernames"},
     "fields only applies to output=users, not output=usernames"),
    ("output", "svc-*", {"output": "names"}, "names"),
    ("custom attribute key", "all", {"custom_attributes": {"a]b": "x"}}, "custom_attributes: the key 'a]b' must be"),
]


@pytest.fixture(scope="module")
def lookups(population, tmp_path_factory):
    run = play(tmp_path_factory.mktemp("lookups"), lookup_tasks(population), gitlab=population.sim)
    assert run.returncode == 0, run.output[-5000:]
    return run


# -- groups and set operations -------------------------------------------------------------------------
@pytest.mark.parametrize("group", GROUPS)
def test_group(population, lookups, group):
    expected = population.members(group)
    assert lookups["groups"].msg[group] == sorted(expected)
    assert lookups["groups"].msg["!" + group] == sorted(everyone(population) - expected)


def test_groups_are_varied(population):
    # Each group above selects someone and leaves someone out, but all, without_projects and nowhere.
    for group in GROUPS:
        size = len(population.members(group))
        if group in ("all", "without_projects"):
            assert size == len(everyone(population))
        elif group != "provider_nowhere":
            assert 0 < size < len(everyone(population)), group


@pytest.mark.parametrize("pattern", list(SET_CASES))
def test_set_operation(population, lookups, pattern):
    assert lookups["sets"].msg[pattern] == sorted(SET_CASES[pattern](oracle(population)))


def test_terms_and_list_terms_are_united(population, lookups):
    m = oracle(population)
    misc = lookups["misc"].msg
    assert misc["list term"] == misc["two terms"] == sorted(m("admins") | m("external"))


# -- push-down: the GET /users filters each lookup sent (GitLab's names for them, from the API docs) ------
@pytest.mark.parametrize("task, filters", [
    ("group all", [()]),
    ("group admins", [(("admins", "true"),)]),
    ("group two_factor_disabled", [(("two_factor", "disabled"),)]),
    ("group blocked", [(("blocked", "true"),)]),
    ("not external", [(("exclude_external", "true"),)]),
    ("issue example 1", [(("admins", "true"), ("two_factor", "disabled"))]),
    ("issue example 2", [(("search", "svc-"),)]),
    ("usernames", [(("username", "ADMINS"),), (("username", "SVC-deploy"),)]),
    ("union", [(("admins", "true"),), (("external", "true"),)]),
    ("attribute", [(("custom_attributes[department]", "eng"), ("with_custom_attributes", "true"))]),
])
def test_pushed_down_filters(lookups, task, filters):
    record = lookups[task]
    assert sorted(set(sent_filters(record))) == sorted(filters)
    answers = dict(lookups["groups"].msg, **lookups["sets"].msg)  # tested against the oracle above
    if PUSHED_DOWN.get(task) in answers:
        assert record.msg == answers[PUSHED_DOWN[task]]
    assert all(entry["method"] == "GET" and entry["path"] == "/api/v4/users" for entry in record.requests)
    assert all(entry["query"]["per_page"] == "100" for entry in record.requests)


def test_an_empty_answer_needing_an_admin_asks_who_the_token_is(lookups):
    record = lookups["empty answer needing an admin"]
    assert record.msg == []
    assert [entry["path"] for entry in record.requests] == ["/api/v4/users", "/api/v4/user"]


def test_a_listing_that_needs_few_users_fetches_few(population, lookups):
    # admins: a page of admins, not a listing of everyone.
    assert len(lookups["group admins"].requests) == 1
    assert len(lookups["group all"].requests) == listing_requests(len(everyone(population)))


# -- the filter options ------------------------------------------------------------------------------
def entity_ids(population, predicate):
    return sorted(user_id for user_id, user in population.entities.items() if predicate(user))


def test_search(population, lookups):
    # Terms of 3+ characters match name or username anywhere (lib/gitlab/sql/pattern.rb), or the email exactly.
    expected = entity_ids(population, lambda u: "hopper" in u["name"].lower() or "hopper" in u["username"].lower())
    assert lookups["filter search"].msg == expected and expected
    assert all(entry["query"]["search"] == "Hopper" for entry in lookups["filter search"].requests)
    # The option wins over the search a glob would push down; the glob is checked on the answer.
    globbed = entity_ids(population, lambda u: u["username"].startswith("seed") and "_user_1" in u["username"]
                         and "lovelace" in u["name"].lower())
    assert lookups["misc"].msg["search over a glob"] == globbed and globbed


@pytest.mark.parametrize("task, key, belongs", [
    ("filter external", "external", lambda p: p.external),
    ("filter exclude_internal", "exclude_internal", lambda p: not p.internal),
    ("filter without_project_bots", "without_project_bots", lambda p: p.user_type != "project_bot"),
])
def test_boolean_filters(population, lookups, task, key, belongs):
    record = lookups[task]
    assert record.msg == sorted(population.ids(belongs))
    assert record.requests and all(entry["query"][key] == "true" for entry in record.requests)


def test_external_false_and_exclude_external_keep_the_others(population, lookups):
    svc = population.ids(lambda p: p.username.lower().startswith("svc-"))
    expected = sorted(svc - population.members("external"))
    assert lookups["misc"].msg["not external"] == lookups["misc"].msg["exclude_external"] == expected
    assert 0 < len(expected) < len(svc)


def test_created_after_and_before(population, lookups):
    after = datetime.datetime.fromisoformat(midpoint_between_seeded(population, 99).replace("Z", "+00:00"))
    before = datetime.datetime.fromisoformat(midpoint_between_seeded(population, 199).replace("Z", "+00:00"))
    expected = sorted(user_id for user_id in population.entities if after <= created(population, user_id) <= before)
    assert lookups["misc"].msg["created"] == expected and len(expected) == 100


def test_extern_uid_custom_attributes_and_saml_provider_id(population, lookups):
    ldap_user = next(p for p in population.people.values() if "ldapmain" in p.providers)
    assert lookups["misc"].msg["extern_uid"] == [ldap_user.id]
    expected = population.ids(lambda p: p.attributes.get("department") == "ops" and not p.is_admin)
    assert lookups["misc"].msg["custom_attributes"] == sorted(expected) and expected
    assert lookups["misc"].msg["saml_provider_id"] == sorted(population.ids(lambda p: "saml" in p.providers))
    assert len(lookups["misc"].msg["saml_provider_id"]) == 1


def test_with_custom_attributes(lookups):
    assert lookups["misc"].msg["with_custom_attributes"] == [
        {"username": "svc-backup", "custom_attributes": [{"key": "team", "value": "a,b:c"}]}]


# -- output ------------------------------------------------------------------------------------------
def test_output_shapes(population, lookups):
    svc = sorted(population.ids(lambda p: p.username.lower().startswith("svc-")))
    misc = lookups["misc"].msg
    assert misc["usernames"] == names(population, svc)
    admins_and_svc = sorted(set(svc) | population.members("admins"))
    assert misc["fields"] == [{"username": population.entities[user_id]["username"], "id": user_id,
                               "is_admin": population.people[user_id].is_admin} for user_id in admins_and_svc]
    assert misc["order by username desc"] == sorted(names(population, admins_and_svc), reverse=True)
    by_name = misc["order by name"]
    assert [user["name"] for user in by_name] == sorted(user["name"] for user in by_name) and len(by_name) == 10


def test_lookup_returns_a_single_user_as_it_is(lookups):
    user, = lookups["misc"].msg["username only"]
    assert user["username"] == "svc-deploy" and "is_admin" in user
    assert lookups["lookup, not query"].msg == {"username": "svc-deploy", "external": True}


def test_values_are_never_templated(lookups):
    assert lookups["show the templated name"].msg == TEMPLATED_NAME


# -- errors ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, message", [(key, message) for key, _terms, _options, message in BAD_INPUT])
def test_bad_input_fails_naming_what_is_wrong(lookups, key, message):
    record = lookups["bad input " + key]
    assert record.status == "failed" and message in record.msg, record.msg


def test_bad_input_fails_before_any_request(lookups):
    assert [key for key, _terms, _options, _message in BAD_INPUT if lookups["bad input " + key].requests] == []


def test_an_item_of_another_type_is_named_by_its_plain_type(population, tmp_path):
    # A value from a variable: ansible-core 2.19+ hands the lookup a tagged int, whose class is internal.
    tasks = [{"name": "pattern", "ansible.builtin.set_fact": {"numbered": ["alice", 3]}},
             {"name": "lookup", "ignore_errors": True,
              "ansible.builtin.debug": {"msg": "{{ query('%s', numbered) }}" % LOOKUP}}]
    run = play(tmp_path, tasks, gitlab=population.sim)
    assert run["lookup"].status == "failed"
    assert run["lookup"].msg.endswith("user pattern ['alice', 3], item 2: every item must be a string, got int")
    assert run["lookup"].requests == []


def test_unknown_field_names_the_known_ones(lookups):
    record = lookups["error unknown field"]
    assert record.status == "failed" and "fields: no user has usename; the users have " in record.msg
    assert "username" in record.msg


def test_a_non_administrator_view_is_refused_where_it_would_be_wrong(population, lookups):
    for task in ("error viewer admins", "error viewer empty blocked", "error viewer created_after"):
        record = lookups[task]
        assert record.status == "failed" and "GitLab answered with the view of a non-administrator" in record.msg
    # GitLab ignores admins=true for others: the viewer got every user it sees, none with is_admin.
    visible = population.ids(lambda p: p.state not in ("blocked", "banned", "ldap_blocked"))
    assert len(lookups["error viewer admins"].requests) == listing_requests(len(visible))
    # blocked=true answers nothing to a viewer: GET /user tells whose view that was.
    assert [entry["path"] for entry in lookups["error viewer empty blocked"].requests] == [
        "/api/v4/users", "/api/v4/user"]
    assert "created_after: GitLab applies created_after for administrators only" in lookups[
        "error viewer created_after"].msg


def test_a_non_administrator_may_list_what_it_sees(population, lookups):
    visible = population.ids(lambda p: p.username.lower().startswith("svc-") and p.state not in (
        "blocked", "banned", "ldap_blocked"))
    assert lookups["misc"].msg["viewer svc"] == names(population, visible)


def test_gitlab_errors_name_the_request_and_never_the_token(population, lookups):
    record = lookups["error wrong token"]
    assert "GET /users -> 401: 401 Unauthorized (GitLab refused api_token" in record.msg
    assert "not-a-valid-token" not in record.msg and population.sim.token not in record.msg


# -- options from variables and the environment --------------------------------------------------------
def test_connection_options_come_from_vars_over_the_environment(population, tmp_path):
    tasks = [
        dict(lookup_task("from vars", "svc-deploy", output="usernames"),
             vars={"gitlab_api_token": "{{ admin_token }}", "gitlab_api_url": "{{ sim_url }}"}),
        lookup_task("from the environment", "svc-deploy", output="usernames", ignore_errors=True),
    ]
    run = play(tmp_path, tasks, gitlab=population.sim,
               play_vars={"admin_token": population.sim.token, "sim_url": population.sim.url},
               env={"GITLAB_TOKEN": "glpat-from-the-environment", "GITLAB_URL": population.sim.url})
    assert run["from vars"].msg == ["svc-deploy"]
    assert "401" in run["from the environment"].msg


def test_ansible_doc_renders_with_examples():
    doc = ansible_doc("lookup", LOOKUP)
    assert "api_url" in doc["doc"]["options"] and "max_concurrency" in doc["doc"]["options"]
    assert "query('gitlab_ops.users.gitlab_users', 'admins:&two_factor_disabled:!root')" in doc["examples"]


# -- dormant users (issue 22) -----------------------------------------------------------------------------
def test_dormant_users(tmp_path):
    with running_simulator() as server:
        sim = GitLabHandle(server.url, server.root_token, is_sim=True)
        populate(sim)
        viewer = sim.token_for("viewer")
        tasks = [
            lookup_task("offboard", "dormant:!bots:!admins", output="usernames"),
            lookup_task("thirty days", "dormant", dormant_days=30, output="usernames"),
            lookup_task("not dormant", ["!dormant", "&humans"], output="usernames"),
            lookup_task("no activities", "humans:!admins", output="usernames"),
            lookup_task("zero days", "dormant", dormant_days=0, ignore_errors=True),
            lookup_task("viewer", "dormant", api_token=viewer, ignore_errors=True),
        ]
        run = play(tmp_path, tasks, gitlab=sim)
    known = set(PEOPLE)
    assert set(run["offboard"].msg) & known == expected_dormant(90) - BOTS - ADMINS
    assert set(run["thirty days"].msg) & known == expected_dormant(30)
    humans = {name for name, person in PEOPLE.items() if person[1] == "human"}
    assert set(run["not dormant"].msg) & known == humans - expected_dormant(90)
    assert [(entry["path"], entry["query"]) for entry in run["offboard"].requests] == [
        ("/api/v4/users", {"active": "true", "order_by": "id", "page": "1", "per_page": "100", "sort": "asc"}),
        ("/api/v4/user/activities", {"from": iso_day(89), "per_page": "100"})]
    assert all(entry["path"] == "/api/v4/users" for entry in run["no activities"].requests)
    assert run["zero days"].status == "failed" and run["zero days"].requests == []
    assert "dormant_days must be a whole number of days of at least 1, got 0" in run["zero days"].msg
    assert run["viewer"].status == "failed" and "GitLab answered with the view of a non-administrator" in run[
        "viewer"].msg
    assert all(entry["path"] != "/api/v4/user/activities" for entry in run["viewer"].requests)


# -- more than 10,000 users ----------------------------------------------------------------------------
BIG = 10050  # with root, more than the 10,000 rows GitLab counts


@pytest.mark.slow
def test_above_ten_thousand_users(tmp_path):
    with running_simulator() as server:
        sim = GitLabHandle(server.url, server.root_token, is_sim=True)
        first = sim.seed(BIG)["first_id"]
        run = play(tmp_path, [lookup_task("everyone", "all", output="ids"),
                              lookup_task("humans", "humans", output="ids", max_concurrency=3)], gitlab=sim)
    assert run.returncode == 0, run.output[-3000:]
    assert run["everyone"].msg == [1] + list(range(first, first + BIG))
    humans = [1] + [first + offset for offset in range(BIG) if seed_profile(offset)["user_type"] == "human"]
    assert run["humans"].msg == humans and len(humans) < 10000
    # GitLab did not count them (it counted the humans, over 90 pages): after the first page, one probe for the newest
    # user, then 4 ranges of created_at per worker, each by cursor (_user_selection/partitions.py).
    for name, count, workers in (("everyone", BIG + 1, 4), ("humans", len(humans), 3)):
        log = run[name].requests
        assert "pagination" not in log[0]["query"]
        assert (log[1]["query"]["sort"], log[1]["query"]["per_page"]) == ("desc", "1")
        assert all(entry["query"]["pagination"] == "keyset" for entry in log[2:])
        starts = [entry["query"] for entry in log[2:] if "cursor" not in entry["query"]]
        assert len(starts) == 4 * workers
        assert sum(1 for query in starts if "created_after" not in query) == 1
        assert sum(1 for query in starts if "created_before" not in query) == 1
        # Every page full but the last of each range (a user on a shared bound is read twice).
        assert math.ceil(count / 100.0) <= len(log) - 2 <= math.ceil(count / 100.0) + len(starts)
