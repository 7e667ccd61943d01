# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""User patterns against a simulator over real HTTP: every group and set operation compared with a
truth table built from the seed's documented profile and the test's own changes, push-down checked in
the request log, and a table of bad patterns."""

from __future__ import annotations

import math
import re

import pytest
from gitlab_sim.launcher import running_simulator
from gitlab_sim.pytest_plugin import GitLabHandle

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import find_users
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import (
    PatternError,
    parse_pattern,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.user_population import BOT_TYPES, build_population

SEEDED = 430  # five pages of users with X-Total: quick to list in full
PAGINATION_KEYS = {"page", "per_page", "order_by", "sort", "pagination", "cursor"}


@pytest.fixture(scope="module")
def population():
    """A simulator of its own (EE, so that is_auditor shows) holding only the users the test knows."""
    with running_simulator(extra_args=["--edition", "ee"]) as server:
        yield build_population(GitLabHandle(server.url, server.root_token, is_sim=True), SEEDED)


@pytest.fixture
def people(population):
    population.sim.clear_log()
    population.sim.clear_faults()
    return population


def admin_client(population, **options):
    return GitLabClient(population.sim.url, api_token=population.sim.token, **options)


def ids_of(users):
    return [user["id"] for user in users]


def logged_filters(sim):
    """The filter parameters of each logged GET /users the code composed, pagination left out, as sorted tuples. The
    pages after a keyset cursor follow GitLab's Link, which repeats every declared parameter with its default."""
    return [tuple(sorted((key, value) for key, value in entry["query"].items() if key not in PAGINATION_KEYS))
            for entry in sim.requests_log() if "cursor" not in entry["query"]]


def query_set(*queries):
    return {tuple(sorted(query.items())) for query in queries}


# -- groups ----------------------------------------------------------------------------------------
# group -> (who belongs, by GitLab's definitions; the GET /users filters its listing must send)
GROUP_CASES = {
    "all": (lambda p: True, [{}]),
    "active": (lambda p: p.state == "active" and not p.internal, [{"active": "true"}]),
    "blocked": (lambda p: p.state in ("blocked", "ldap_blocked"), [{"blocked": "true"}]),
    "ldap_blocked": (lambda p: p.state == "ldap_blocked", [{"blocked": "true"}]),
    "banned": (lambda p: p.state == "banned", [{"exclude_active": "true"}]),
    "deactivated": (lambda p: p.state == "deactivated", [{"exclude_active": "true"}]),
    "pending_approval": (lambda p: p.state == "blocked_pending_approval", [{"exclude_active": "true"}]),
    "admins": (lambda p: p.is_admin, [{"admins": "true"}]),
    "auditors": (lambda p: p.is_auditor, [{"auditors": "true"}]),
    "external": (lambda p: p.external, [{"external": "true"}]),
    "bots": (lambda p: p.user_type in BOT_TYPES, [{"exclude_humans": "true"}]),
    "humans": (lambda p: p.user_type == "human", [{"humans": "true"}]),
    "internal": (lambda p: p.internal, [{"exclude_humans": "true"},
                                        {"exclude_humans": "true", "exclude_internal": "true"}]),
    "two_factor_enabled": (lambda p: p.two_factor, [{"two_factor": "enabled"}]),
    "two_factor_disabled": (lambda p: not p.two_factor, [{"two_factor": "disabled"}]),
    # The simulator has no projects: everyone is without projects (tests/simulator/README.md).
    "without_projects": (lambda p: True, [{"without_projects": "true"}]),
    "provider_ldapmain": (lambda p: "ldapmain" in p.providers, [{}]),
    "provider_github": (lambda p: "github" in p.providers, [{}]),
    "provider_saml": (lambda p: "saml" in p.providers, [{}]),
    "provider_nowhere": (lambda p: False, [{}]),
    "attr_department=eng": (lambda p: p.attributes.get("department") == "eng",
                            [{"custom_attributes[department]": "eng", "with_custom_attributes": "true"}]),
    'attr_team="a,b:c"': (lambda p: p.attributes.get("team") == "a,b:c",
                          [{"custom_attributes[team]": "a,b:c", "with_custom_attributes": "true"}]),
    "attr_role=Platform Team": (lambda p: p.attributes.get("role") == "Platform Team",
                                [{"custom_attributes[role]": "Platform Team", "with_custom_attributes": "true"}]),
    "attr_role=platform team": (lambda p: False,  # values compare exactly, as GitLab's filter does
                                [{"custom_attributes[role]": "platform team", "with_custom_attributes": "true"}]),
}


@pytest.mark.parametrize("pattern", list(GROUP_CASES))
def test_group(people, pattern):
    belongs, filters = GROUP_CASES[pattern]
    expected = people.ids(belongs)
    found = find_users(admin_client(people), pattern)
    assert ids_of(found) == sorted(expected)
    assert set(logged_filters(people.sim)) == query_set(*filters)


# GitLab's exact complement of a group, where it has one: an exclusion is then pushed down.
EXCLUSION_FILTERS = {"external": {"exclude_external": "true"}, "humans": {"exclude_humans": "true"},
                     "internal": {"exclude_internal": "true"}, "two_factor_enabled": {"two_factor": "disabled"},
                     "two_factor_disabled": {"two_factor": "enabled"}}


@pytest.mark.parametrize("pattern", list(GROUP_CASES))
def test_group_excluded_from_everyone(people, pattern):
    # "!group" checks each user against the group (or its members, listed), not a filter's result.
    belongs, _filters = GROUP_CASES[pattern]
    found = find_users(admin_client(people), "!" + pattern)
    assert ids_of(found) == sorted(set(people.people) - people.ids(belongs))
    listing = dict(EXCLUSION_FILTERS.get(pattern, {}))
    if pattern.startswith("attr_"):
        listing["with_custom_attributes"] = "true"  # to check the attributes of everyone
    # Groups only GitLab can decide, without an exact complement: their members are listed too.
    members = {"active": [{"active": "true"}], "without_projects": [{"without_projects": "true"}]}
    assert set(logged_filters(people.sim)) == query_set(listing, *members.get(pattern, []))


def test_groups_are_case_insensitive_and_population_is_varied(people):
    # Every group above selects someone and leaves someone out, except all and without_projects.
    for pattern, (belongs, _filters) in GROUP_CASES.items():
        size = len(people.ids(belongs))
        if pattern in ("all", "without_projects"):
            assert size == len(people.people)
        elif "nowhere" not in pattern and "platform team" not in pattern:
            assert 0 < size < len(people.people), pattern
    assert ids_of(find_users(admin_client(people), "ADMINS")) == sorted(people.ids(lambda p: p.is_admin))


def test_blocked_follows_gitlab_not_the_blocked_predicate(people):
    # GET /users?blocked=true is User.blocked: blocked and ldap_blocked, not banned or pending approval.
    response = people.sim.api("GET", "/users", params={"blocked": "true", "per_page": 100})
    server = {user["state"] for user in response.json()}
    found = {user["state"] for user in find_users(admin_client(people), "blocked")}
    assert found == server == {"blocked", "ldap_blocked"}


# -- usernames, globs, regular expressions -------------------------------------------------------
def test_usernames_are_exact_and_case_insensitive(people):
    client = admin_client(people)
    found = find_users(client, "SVC-deploy,@ADMINS,svc-monitor")
    assert [user["username"] for user in found] == ["svc-deploy", "SVC-Monitor", "admins"]
    # One username= lookup each, no listing of everyone.
    assert sorted(logged_filters(people.sim)) == sorted(
        [(("username", "SVC-deploy"),), (("username", "ADMINS"),), (("username", "svc-monitor"),)])
    assert len(people.sim.requests_log()) == 3
    assert find_users(client, "svc-dep") == []


def test_group_wins_over_a_user_of_that_name(people):
    client = admin_client(people)
    assert ids_of(find_users(client, "admins")) == sorted(people.ids(lambda p: p.is_admin))
    assert ids_of(find_users(client, "@admins")) == [people.by_name("admins").id]
    assert ids_of(find_users(client, "@human")) == [people.by_name("human").id]


@pytest.mark.parametrize("pattern, belongs, search", [
    ("svc-*", lambda name: name.startswith("svc-"), "svc-"),
    ("SVC-?ACKUP", lambda name: len(name) == 10 and name.startswith("svc-") and name.endswith("ackup"), "ACKUP"),
    ("*_user_1?", lambda name: "_user_1" in name and len(name.split("_user_1")[-1]) == 1, "_user_1"),
    ("*user_[2-3]5", lambda name: name.endswith(("user_25", "user_35")), "user_"),
    ("*bot*", lambda name: "bot" in name, "bot"),
    ("h?ll", lambda name: len(name) == 4 and name[0] == "h" and name[2:] == "ll", None),
    ("*", lambda name: True, None),
])
def test_globs(people, pattern, belongs, search):
    found = find_users(admin_client(people), pattern)
    assert ids_of(found) == sorted(people.ids(lambda p: belongs(p.username.lower())))
    # A literal run of 3+ characters goes to GitLab's search; shorter ones cannot be searched for.
    assert logged_filters(people.sim)[0] == ((("search", search),) if search else ())


def test_regular_expressions_match_from_the_start(people):
    found = find_users(admin_client(people), "~SVC-(deploy|backup)$:~seed\\d+_user_4\\d$")
    expected = people.ids(lambda p: p.username in ("svc-deploy", "svc-backup")
                          or re.fullmatch(r"seed\d+_user_4\d", p.username) is not None)
    assert ids_of(found) == sorted(expected) and len(expected) > 2
    assert find_users(admin_client(people), "~deploy") == []  # re.match, like Ansible


# -- set operations --------------------------------------------------------------------------------
def _sets(people):
    p = people
    return {
        "admins": p.ids(lambda x: x.is_admin), "external": p.ids(lambda x: x.external),
        "humans": p.ids(lambda x: x.user_type == "human"), "active": p.ids(lambda x: x.state == "active" and not x.internal),
        "2fa": p.ids(lambda x: x.two_factor), "ldap": p.ids(lambda x: "ldapmain" in x.providers),
        "svc": p.ids(lambda x: x.username.lower().startswith("svc-")), "all": set(p.people),
        "deploy": p.ids(lambda x: x.username == "svc-deploy"), "backup": p.ids(lambda x: x.username == "svc-backup"),
        "internal": p.ids(lambda x: x.internal), "bots": p.ids(lambda x: x.user_type in BOT_TYPES),
        "eng": p.ids(lambda x: x.attributes.get("department") == "eng"),
    }


SET_CASES = [
    ("admins,external", lambda s: s["admins"] | s["external"]),
    ("admins:external", lambda s: s["admins"] | s["external"]),
    (" admins ,  external ", lambda s: s["admins"] | s["external"]),
    (["admins", "external"], lambda s: s["admins"] | s["external"]),
    ("admins,,external,", lambda s: s["admins"] | s["external"]),
    ("humans:&active", lambda s: s["humans"] & s["active"]),
    ("humans,&active", lambda s: s["humans"] & s["active"]),
    ("humans:& active", lambda s: s["humans"] & s["active"]),
    ("humans:&active:!admins", lambda s: (s["humans"] & s["active"]) - s["admins"]),
    # Ansible's order: unions, then intersections, then exclusions, whatever the written order.
    ("!admins:&active:humans", lambda s: (s["humans"] & s["active"]) - s["admins"]),
    ("!svc-backup:&svc-*:svc-deploy,svc-backup", lambda s: s["deploy"]),
    ("svc-*:!svc-backup:svc-backup", lambda s: s["svc"] - s["backup"]),
    # Only intersections and exclusions: they start from all.
    ("!admins", lambda s: s["all"] - s["admins"]),
    ("!admins:!external", lambda s: s["all"] - s["admins"] - s["external"]),
    ("&two_factor_enabled:&provider_ldapmain", lambda s: s["2fa"] & s["ldap"]),
    ("all:!active", lambda s: s["all"] - s["active"]),
    ("!internal", lambda s: s["all"] - s["internal"]),
    ("!humans:!internal", lambda s: s["all"] - s["humans"] - s["internal"]),
    ("bots:!internal", lambda s: s["bots"] - s["internal"]),
    ("admins,two_factor_enabled", lambda s: s["admins"] | s["2fa"]),
    ("admins:&admins:admins", lambda s: s["admins"]),
    ("attr_department=eng:&two_factor_disabled:!provider_ldapmain", lambda s: (s["eng"] - s["2fa"]) - s["ldap"]),
    (["svc-*", "!external", "&two_factor_enabled"], lambda s: (s["svc"] & s["2fa"]) - s["external"]),
]


@pytest.mark.parametrize("pattern, expected", SET_CASES)
def test_set_operations(people, pattern, expected):
    found = find_users(admin_client(people), pattern)
    assert ids_of(found) == sorted(expected(_sets(people)))
    assert len(set(ids_of(found))) == len(found)


def test_results_are_user_entities_in_id_order(people):
    found = find_users(admin_client(people), "svc-*,admins")
    assert ids_of(found) == sorted(ids_of(found))
    assert {"username", "state", "is_admin", "identities"} <= set(found[0])


# -- push-down -------------------------------------------------------------------------------------
def test_intersections_and_exclusions_go_into_one_query(people):
    found = find_users(admin_client(people), "humans:&active:!external:!internal")
    s = _sets(people)
    assert ids_of(found) == sorted((s["humans"] & s["active"]) - s["external"] - s["internal"])
    expected = {"humans": "true", "active": "true", "exclude_external": "true", "exclude_internal": "true"}
    assert set(logged_filters(people.sim)) == query_set(expected)
    pages = math.ceil(len(found) / 100.0)
    assert len(people.sim.requests_log()) == (1 if pages <= 1 else 1 + pages)  # more pages: again by cursor


def test_each_union_part_is_its_own_query(people):
    client = admin_client(people)
    found = find_users(client, "svc-*,admins,attr_team=\"a,b:c\":&two_factor_enabled")
    s = _sets(people)
    team = people.ids(lambda p: p.attributes.get("team") == "a,b:c")
    assert ids_of(found) == sorted((s["svc"] | s["admins"] | team) & s["2fa"])
    ca = {"with_custom_attributes": "true"}
    assert set(logged_filters(people.sim)) == query_set(
        dict(ca, search="svc-", two_factor="enabled"), dict(ca, admins="true", two_factor="enabled"),
        dict(ca, two_factor="enabled", **{"custom_attributes[team]": "a,b:c"}))


def test_a_broad_union_part_makes_narrower_ones_needless(people):
    find_users(admin_client(people), "svc-deploy,all,admins:&external")
    assert set(logged_filters(people.sim)) == query_set({"external": "true"})


def test_a_gitlab_group_in_an_exclusion_is_listed_for_its_members(people):
    found = find_users(admin_client(people), "admins:!active")
    s = _sets(people)
    assert ids_of(found) == sorted(s["admins"] - s["active"])
    # The members of active are listed among the admins only (the filters every candidate shares).
    assert set(logged_filters(people.sim)) == query_set({"admins": "true"}, {"admins": "true", "active": "true"})


def test_without_projects_in_an_exclusion_is_listed_among_the_candidates(people):
    assert find_users(admin_client(people), "admins:!without_projects") == []
    expected = query_set({"admins": "true"}, {"admins": "true", "without_projects": "true"})
    assert set(logged_filters(people.sim)) == expected


def test_without_projects_members_are_intersected_by_id(people):
    # The simulator has no projects (everyone is without projects), so the ids GitLab would return
    # are given here: the selection must follow them, not any field of the users.
    users = find_users(admin_client(people), "admins")
    members = set(ids_of(users)[::2])
    pattern = parse_pattern("admins:&without_projects")
    assert ids_of(pattern.select(users, {"without_projects": members})) == sorted(members)
    assert ids_of(parse_pattern("admins:!without_projects").select(users, {"without_projects": members})) == sorted(
        set(ids_of(users)) - members)
    with pytest.raises(PatternError, match=r'part "without_projects" at character 9: GitLab decides who is in group'):
        pattern.select(users)


def test_many_usernames_collapse_into_one_listing(people):
    names = sorted(p.username for p in people.people.values() if p.username.startswith("seed"))[:40]
    found = find_users(admin_client(people), ",".join(names) + ":&humans")
    assert [user["username"] for user in found] == [p.username for p in sorted(
        (people.by_name(name) for name in names if people.by_name(name).user_type == "human"), key=lambda p: p.id)]
    assert set(logged_filters(people.sim)) == query_set({"humans": "true"})
    found = find_users(admin_client(people), ",".join(names[:5]), max_queries=5)
    assert len(found) == 5


def test_a_non_administrator_sees_no_blocked_users_and_cannot_use_admin_fields(people):
    viewer = GitLabClient(people.sim.url, api_token=people.viewer_token)
    found = find_users(viewer, "svc-*:seed*_user_1?")
    visible = {"active", "deactivated", "blocked_pending_approval"}  # User.without_forbidden_states
    expected = people.ids(lambda p: p.state in visible and (
        p.username.lower().startswith("svc-") or re.fullmatch(r"seed\d+_user_1\d", p.username)))
    assert ids_of(found) == sorted(expected)
    for pattern in ("admins", "svc-*:&two_factor_enabled", "attr_department=eng", "without_projects"):
        with pytest.raises(PatternError, match=r"administrator"):
            find_users(viewer, pattern)


def test_unmatched_usernames_are_reported(people):
    pattern = parse_pattern("svc-deploy,nobody-here,svc-*:!ghost-user")
    users = find_users(admin_client(people), pattern)
    assert pattern.unmatched_usernames(users) == ["nobody-here", "ghost-user"]


def test_patterns_work_against_a_real_gitlab(gitlab, unique):
    # Users of its own, so this also runs against GITLAB_URL/GITLAB_TOKEN.
    prefix = unique("pat")
    made = {name: gitlab.create_user("%s-%s" % (prefix, name), **fields)["id"] for name, fields in (
        ("plain", {}), ("admin", {"admin": True}), ("ext", {"external": True}), ("gone", {}))}
    assert gitlab.api("POST", "/users/%d/block" % made["gone"]).status_code == 201
    key = unique("team")
    assert gitlab.api("PUT", "/users/%d/custom_attributes/%s" % (made["ext"], key), json={"value": "x"}).ok
    client = GitLabClient(gitlab.url, api_token=gitlab.token)
    prefix_glob = prefix + "-*"
    assert ids_of(find_users(client, prefix_glob)) == sorted(made.values())
    assert ids_of(find_users(client, prefix_glob + ":&admins")) == [made["admin"]]
    assert ids_of(find_users(client, prefix_glob + ":!external:!blocked")) == sorted([made["plain"], made["admin"]])
    assert ids_of(find_users(client, "attr_%s=x" % key)) == [made["ext"]]


# -- bad patterns ----------------------------------------------------------------------------------
BAD_PATTERNS = [
    ("", None, None, "selects nothing; write all"),
    ("  ,: ,", None, None, "selects nothing"),
    ([], None, None, "must not be empty"),
    (["admins", 3], None, None, "item 2: every item must be a string, got int"),
    (5, None, None, "a string or a list of strings, got int"),
    ("admins:!", "!", 8, "! must be followed by"),
    ("admins,& ", "&", 8, "& must be followed by"),
    ("humans:&!admins", "!admins", 9, "'!' cannot appear in a username"),
    ("admin", "admin", 1, "admin is not a group; did you mean admins\\? \\(write @admin"),
    ("all:!bot", "bot", 6, "bot is not a group; did you mean bots"),
    ("extrnal", "extrnal", 1, "did you mean external"),
    ("two_factor_enable", "two_factor_enable", 1, "did you mean two_factor_enabled"),
    ("attr_team", "attr_team", 1, "attr_<key>=<value> \\(write @attr_team"),
    ("attr_=x", "attr_=x", 1, "key must be non-empty"),
    ("attr_a b=x", "attr_a b=x", 1, "key must be non-empty, without whitespace"),
    ("attr_team=", "attr_team=", 1, "value must not be empty"),
    ("all:provider_", "provider_", 5, "provider_<name>"),
    ("provider_a/b", "provider_a/b", 1, "provider_<name>"),
    ("~(", "~(", 1, "invalid regular expression"),
    ("~", "~", 1, "~ must be followed by a regular expression"),
    ("svc[", "[", 4, "this \\[ is never closed"),
    ('svc,"x', '"x', 5, "this double quote is never closed"),
    ("web[0:2]", "web[0:2]", 6, "subscripts such as \\[0:2\\] are not supported"),
    ("svc[]", "svc[]", 5, "a \\[set\\] in a glob must list at least one character"),
    ("a]b", "a]b", 2, "']' cannot appear in a username"),
    ("alice bob", "alice bob", 6, "whitespace cannot appear in a username \\(separate parts with , or :\\)"),
    ("admins:al=ice", "al=ice", 10, "'=' cannot appear in a username"),
    ("@", "@", 1, "@ must be followed by a username or glob"),
    ("svc-*:user/..", "user/..", 11, "'/' cannot appear in a username"),
]


@pytest.mark.parametrize("pattern, part, position, message", BAD_PATTERNS)
def test_bad_patterns(pattern, part, position, message):
    with pytest.raises(PatternError, match=message) as caught:
        parse_pattern(pattern)
    error = caught.value
    assert isinstance(error, ValueError)
    assert (error.part, error.position) == (part, position)
    assert str(error).startswith("user pattern ") or not isinstance(pattern, (str, list))
    if part is not None:
        assert 'part "%s" at character %d: ' % (part, position) in str(error)


def test_bad_item_of_a_list_names_the_item():
    with pytest.raises(PatternError) as caught:
        parse_pattern(["svc-*", "!admin"])
    assert str(caught.value) == ('user pattern [\'svc-*\', \'!admin\'], item 2, part "admin" at character 2: '
                                 'admin is not a group; did you mean admins? (write @admin for the user named admin)')


def test_near_group_names_are_users_when_written_with_at():
    pattern = parse_pattern("@admin,@bot,hall,ball,bob")
    assert [(atom.kind, atom.value) for atom in pattern.atoms] == [
        ("username", "admin"), ("username", "bot"), ("username", "hall"), ("username", "ball"), ("username", "bob")]


def test_missing_admin_fields_are_named(people):
    viewer = GitLabClient(people.sim.url, api_token=people.viewer_token)
    users = viewer.get("/users", params={"username": "svc-deploy"})
    with pytest.raises(PatternError, match=r'part "external" at character 1: the user entity has no external field '
                                           r'\(GitLab shows this field to administrators only'):
        parse_pattern("external").select(users)
    admin_view = admin_client(people).get("/users", params={"username": "svc-deploy"})
    with pytest.raises(PatternError, match=r"no custom_attributes field \(list users with with_custom_attributes=true"):
        parse_pattern("attr_team=x").select(admin_view)
    plan = parse_pattern("admins:!active").plan()
    with pytest.raises(PatternError, match=r"the users listed with \{'admins': True, 'active': True\} \(the members "
                                           r"of group active\) are missing"):
        plan.select(admin_view)
