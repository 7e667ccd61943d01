# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The dormant group through select_users against a simulator over real HTTP, its clock stopped on a day far
from the controller's: who is dormant for several dormant_days, how it combines, the exact requests, pagination of
GET /user/activities, and the refusal of a non-administrator's token.

The expected members come from the fixture's own figures (days since the last activity, days since creation),
by GitLab's rule as app/models/user.rb states it (the dormant and with_no_activity scopes): an active, non-internal
user whose last activity is dormant_days or more days ago, or who was never active and was created dormant_days
or more days ago."""

from __future__ import annotations

import datetime

import pytest
from gitlab_sim.launcher import running_simulator
from gitlab_sim.pytest_plugin import GitLabHandle

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.activity import dormant_days_problem
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import select_users
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import PatternError

# GitLab's day: far from the controller's, so that a "today" taken from the controller would select others.
GITLAB_NOW = "2031-03-15T00:30:00Z"
TODAY = datetime.date(2031, 3, 15)
# username: (state, user_type, is_admin, days since the last activity or None, days since creation)
PEOPLE = {
    "idle": ("active", "human", False, 120, 400),
    "edge": ("active", "human", False, 90, 400),
    "fresh": ("active", "human", False, 89, 400),
    "busy": ("active", "human", False, 0, 400),
    "month-idle": ("active", "human", False, 31, 400),
    "never-old": ("active", "human", False, None, 200),
    "never-edge": ("active", "human", False, None, 90),
    "never-new": ("active", "human", False, None, 89),
    "never-yesterday": ("active", "human", False, None, 1),
    "idle-admin": ("active", "human", True, 300, 400),
    "idle-bot": ("active", "project_bot", False, 300, 400),
    "idle-service": ("active", "service_account", False, 300, 400),
    "idle-blocked": ("blocked", "human", False, 300, 400),
    "idle-deactivated": ("deactivated", "human", False, 300, 400),
    "never-ghost": ("active", "ghost", False, None, 400),
    "root": ("active", "human", True, 0, 400),
}
INTERNAL_TYPES = {"ghost"}
BOT_TYPES = {"project_bot", "service_account"}


def expected_dormant(days, people=PEOPLE):
    return {name for name, (state, user_type, _admin, last_active, created) in people.items()
            if state == "active" and user_type not in INTERNAL_TYPES
            and (last_active >= days if last_active is not None else created >= days)}


def iso_day(days_ago):
    return (TODAY - datetime.timedelta(days=days_ago)).isoformat()


@pytest.fixture(scope="module")
def gitlab():
    with running_simulator() as server:
        sim = GitLabHandle(server.url, server.root_token, is_sim=True)
        for name, (state, user_type, is_admin, last_active, created) in PEOPLE.items():
            if name != "root":
                sim.create_user(name)
            sim.poke_user(name, state=state, user_type=user_type, is_admin=is_admin,
                          created_at=iso_day(created) + "T08:00:00Z",
                          last_activity_on=iso_day(last_active) if last_active is not None else None)
        sim.create_user("viewer")
        sim.poke_user("viewer", last_activity_on=iso_day(0))
        sim.clock(at=GITLAB_NOW)
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
