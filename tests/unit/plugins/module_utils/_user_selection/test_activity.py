# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The dormant group through select_users against a simulator over real HTTP, its clock stopped on a day far
from the controller's: who is dormant for several dormant_days, how it combines, the exact requests, pagination of
GET /user/activities, and the refusal of a non-administrator's token.

The expected members come from helpers/dormant_people.py (the fixture's figures, by GitLab's rule)."""

from __future__ import annotations

import pytest
from gitlab_sim.launcher import running_simulator
from gitlab_sim.pytest_plugin import GitLabHandle

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.activity import dormant_days_problem
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import select_users
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import (
    PatternError,
    parse_pattern,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.dormant_people import (
    PEOPLE,
    expected_dormant,
    iso_day,
    populate,
)


@pytest.fixture(scope="module")
def gitlab():
    with running_simulator() as server:
        sim = GitLabHandle(server.url, server.root_token, is_sim=True)
        populate(sim)
        yield sim


@pytest.fixture
def sim(gitlab):
    gitlab.clear_log()
    return gitlab


def select(sim, pattern, token=None, **options):
    client = GitLabClient(sim.url, api_token=token or sim.token)
    users = select_users(client, pattern, **options).users
    return {user["username"] for user in users} & set(PEOPLE)  # other tests' users left out


def requests(sim):
    return [(entry["method"], entry["path"][len("/api/v4"):], entry["query"]) for entry in sim.requests_log()]


ACTIVE_LISTING = ("GET", "/users", {"active": "true", "order_by": "id", "page": "1", "per_page": "100", "sort": "asc"})


def activities(since_days_ago):
    return ("GET", "/user/activities", {"from": iso_day(since_days_ago), "per_page": "100"})


@pytest.mark.parametrize("days", [90, 30, 1, 400])
def test_dormant_follows_gitlab_rule_for_each_period(sim, days):
    assert select(sim, "dormant", dormant_days=days) == expected_dormant(days)


def test_the_default_period_is_90_days_and_the_day_is_gitlabs(sim):
    assert select(sim, "dormant") == expected_dormant(90)
    assert {"idle", "edge", "never-old", "never-edge"} <= expected_dormant(90)
    assert not {"fresh", "busy", "never-new", "never-yesterday"} & expected_dormant(90)


def test_the_offboarding_pattern_costs_one_listing_and_the_activities(sim):
    assert select(sim, "dormant:!bots:!admins") == expected_dormant(90) - {"idle-admin", "idle-bot", "idle-service"}
    # GitLab lists last_activity_on >= from: the day after the cutoff (today - 90) is the first recent one.
    assert requests(sim) == [ACTIVE_LISTING, activities(89)]


@pytest.mark.parametrize("pattern, expected", [
    ("humans:&dormant", expected_dormant(90) - {"idle-bot", "idle-service"}),
    ("all:!dormant", set(PEOPLE) - expected_dormant(90)),
    ("!dormant:!blocked:!deactivated", set(PEOPLE) - expected_dormant(90) - {"idle-blocked", "idle-deactivated"}),
    ("dormant:&admins", {"idle-admin"}),
    ("idle*:&dormant:!bots", {"idle", "idle-admin"}),
])
def test_dormant_combines_like_any_group(sim, pattern, expected):
    assert select(sim, pattern) == expected


def test_active_and_dormant_share_one_listing(sim):
    active = {name for name, person in PEOPLE.items() if person[0] == "active" and person[1] != "ghost"}
    assert select(sim, "active:!dormant") == active - expected_dormant(90)
    assert requests(sim) == [ACTIVE_LISTING, activities(89)]


@pytest.mark.parametrize("pattern, queries, implied, membership_queries", [
    # The push-down of the module documentation's table: dormant pushes active=true, and its members among the
    # candidates are GitLab's active users (then narrowed by the activities).
    ("dormant:!bots:!admins", [{"active": True}], {"dormant": True}, {}),
    ("dormant,admins", [{"active": True}, {"admins": True}], {}, {"dormant": {"active": True}}),
    ("admins:!dormant", [{"admins": True}], {}, {"dormant": {"admins": True, "active": True}}),
    ("humans:&dormant", [{"humans": True, "active": True}], {"humans": True, "dormant": True}, {}),
])
def test_the_plan_lists_the_active_users_for_dormant(pattern, queries, implied, membership_queries):
    plan = parse_pattern(pattern).plan()
    assert (plan.queries, plan.implied, plan.membership_queries) == (queries, implied, membership_queries)


def test_a_misspelt_dormant_is_refused():
    with pytest.raises(PatternError, match="dormat is not a group; did you mean dormant"):
        parse_pattern("dormat:!bots")


def test_patterns_without_dormant_never_ask_for_activities(sim):
    select(sim, "humans:&active:!admins")
    assert all(path == "/users" for _method, path, _query in requests(sim))


def test_activities_are_read_once_page_after_page(sim):
    created = ["recent%03d" % index for index in range(120)]
    for name in created:
        sim.create_user(name)
        sim.poke_user(name, last_activity_on=iso_day(3))
    sim.clear_log()
    try:
        assert select(sim, "dormant", dormant_days=4) == expected_dormant(4)
        pages = [entry for entry in requests(sim) if entry[1] == "/user/activities"]
        assert pages[0] == activities(3)
        assert len(pages) == 2  # 120 recent users and more: two pages of 100, each asked once
    finally:
        for name in created:
            sim.poke_user(name, state="blocked")


def test_a_non_administrator_token_is_refused_before_any_activity_request(sim):
    token = sim.token_for("viewer")
    with pytest.raises(PatternError, match=r"dormant: .*administrators only.*GitLab answered with the view of a "
                                           r"non-administrator"):
        select(sim, "dormant:!bots", token=token)
    assert all(path != "/user/activities" for _method, path, _query in requests(sim))


@pytest.mark.parametrize("value", [0, -5, "90", 1.5, True, None])
def test_bad_dormant_days_are_named(value):
    assert dormant_days_problem(value) == "dormant_days must be a whole number of days of at least 1, got %r" % (value,)


def test_good_dormant_days_pass():
    assert dormant_days_problem(1) is None and dormant_days_problem(365) is None
