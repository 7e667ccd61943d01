# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Partitioned listings (ranges of created_at, each by cursor) against a simulator over real HTTP: nobody that exists
for the whole listing is lost while one user is deleted and another created between any two pages, inside every
range; the same churn makes a plain offset listing lose users (so the check can fail); a non-administrator's view
and short listings are not partitioned; no request goes past GitLab's offset limit. The expected users come from
the simulator's state (GET /-/sim/users), never from the listing code."""

from __future__ import annotations

import datetime
import threading
import uuid

import pytest
from gitlab_sim.launcher import running_simulator
from gitlab_sim.pytest_plugin import GitLabHandle

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import list_users
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.partitions import (
    MIN_PAGES,
    created_at,
    plan,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import delete_now

SEEDED = 2500  # with root 2,501 users: 26 pages, counted (X-Total-Pages), more than MIN_PAGES
OFFSET_LIMIT = 50000  # PlanLimits#offset_pagination_limit: GitLab answers 405 past page x per_page = 50,000


@pytest.fixture(scope="module")
def sim():
    with running_simulator() as server:
        handle = GitLabHandle(server.url, server.root_token, is_sim=True)
        handle.seed(SEEDED)
        handle.settings(delete_delay_ms=0)
        yield handle


def state_ids(sim):
    """Every user id, from the simulator's state (not through GET /users)."""
    response = sim.session.get(sim.url + "/-/sim/users", timeout=30)
    assert response.status_code == 200, response.text
    return set(response.json()["ids"])


def users_requests(sim):
    return [entry for entry in sim.requests_log() if (entry["method"], entry["path"]) == ("GET", "/api/v4/users")]


def moment(text):
    return None if text is None else datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def newest_created_at(sim):
    return sim.api("GET", "/users", params={"order_by": "id", "sort": "desc", "per_page": 1}).json()[0]["created_at"]


OFFSET = "offset"  # the key of every page not listed by cursor (offset pages and the probe)


def page_key(params):
    """Which chain a page of GET /users belongs to: its range (the lower bound as a moment: GitLab's next-page links
    render it as Rails does, so texts differ; None for the first range) when listed by cursor, else OFFSET. Pages of
    one chain are answered one after another, whatever the other workers do."""
    query = dict(params or {})
    return moment(query.get("created_after")) if query.get("pagination") == "keyset" else OFFSET


def pages_by_chain(log):
    counts = {}
    for entry in log:
        counts[page_key(entry["query"])] = counts.get(page_key(entry["query"]), 0) + 1
    return counts


class Churn:
    """After the `number`-th answer to GET /users of chain `key` (page_key): delete the last user of that page (one
    the listing has just read: an offset listing's later pages shift by one) and create another (GitLab's count does
    not change). Ranges are cut between the oldest user of the first page and the newest one: the victim is never
    the oldest (the first of its page), and the new user is made as old as the newest user was (`newest`), so the
    ranges of every churned listing are cut where the first one's were and keep their keys. Counting within one
    chain, not across all pages, makes the moment of the churn the same in every run, whichever worker is faster."""

    def __init__(self, sim, key, number, newest=None):
        self.sim = sim
        self.key = key
        self.number = number
        self.newest = newest
        self.answered = {}
        self.deleted = set()
        self.created = set()
        self.params = None  # the query of the page after which the churn ran

    def after(self, params, page):
        key = page_key(params)
        self.answered[key] = self.answered.get(key, 0) + 1
        if (key, self.answered[key]) != (self.key, self.number):
            return
        self.params = dict(params or {})
        victim = next((user for user in reversed(page) if user["id"] != 1), None)
        if victim is not None:
            delete_now(self.sim, victim["id"])
            self.deleted.add(victim["id"])
        newcomer = self.sim.create_user("churn_%s" % uuid.uuid4().hex[:10])
        if self.newest is not None:
            self.sim.poke_user(newcomer["id"], created_at=self.newest)
        self.created.add(newcomer["id"])


class ChurningClient(GitLabClient):
    """A GitLabClient that runs the churn between its pages of GET /users (every page, offset or cursor, goes
    through request())."""

    def __init__(self, sim, churn):
        super().__init__(sim.url, api_token=sim.token)
        self.churn = churn
        self.lock = threading.Lock()

    def request(self, method, path, params=None, *args, **kwargs):
        response = super().request(method, path, params, *args, **kwargs)
        if (method, path) == ("GET", "/users"):
            with self.lock:
                self.churn.after(params, response.json)
        return response


def offset_listing(sim, churn):
    """The listing the hostile review broke: offset pages one after another (page=N, ordered by id)."""
    found, page = [], 1
    while True:
        params = {"page": page, "per_page": 100, "order_by": "id", "sort": "asc"}
        response = sim.api("GET", "/users", params=params)
        assert response.status_code == 200, response.text
        found += [user["id"] for user in response.json()]
        churn.after(params, response.json())
        if not response.headers.get("X-Next-Page"):
            return found
        page += 1


def check_listing(listed, before, churn, after):
    """Every user that existed for the whole listing is listed, once; nobody is listed that never existed."""
    assert listed == sorted(set(listed))
    assert before - churn.deleted <= set(listed)
    assert set(listed) <= before | churn.created | after


@pytest.mark.parametrize("workers", [2, 1], ids=["partitioned", "serial"])
def test_churn_between_any_two_pages_loses_nobody_who_existed_throughout(sim, workers):
    sim.clear_log()
    clean = list_users(GitLabClient(sim.url, api_token=sim.token), {}, max_concurrency=workers)
    assert [user["id"] for user in clean] == sorted(state_ids(sim))
    log = users_requests(sim)
    partitioned = any(entry["query"].get("sort") == "desc" for entry in log)
    assert partitioned == (workers > 1)
    chains = pages_by_chain(log)
    assert len(set(chains) - {OFFSET}) == (8 if partitioned else 1)  # max_concurrency x RANGES_PER_WORKER
    newest, churned = newest_created_at(sim), {}
    for key in chains:
        number = 0
        while True:  # after every page of this chain, until a listing's chain ends before the churn's page
            number += 1
            before = state_ids(sim)
            churn = Churn(sim, key, number, newest)
            listed = [user["id"] for user in list_users(ChurningClient(sim, churn), {}, max_concurrency=workers)]
            if churn.params is None:
                break
            check_listing(listed, before, churn, state_ids(sim))
            churned[key] = number
    # Every chain was churned after each of its pages. A churn moves one user into the last range, so another range
    # (fewer than 100 churns each) may end one page earlier than in the clean listing.
    assert set(churned) == set(chains)
    assert all(churned[key] >= pages - 1 for key, pages in chains.items()), (churned, chains)


def test_the_same_churn_makes_an_offset_listing_lose_users(sim):
    """The failure the churn test guards against: after a page, one user deleted and one created (X-Total
    unchanged), the next offset page starts one user later, and the user that moved onto the page already read
    is never listed."""
    pages = -(-len(state_ids(sim)) // 100)
    losses = []
    for position in range(1, pages):
        before = state_ids(sim)
        churn = Churn(sim, OFFSET, position)
        listed = offset_listing(sim, churn)
        losses.append(sorted(before - churn.deleted - set(listed)))
    assert all(len(lost) == 1 for lost in losses), losses


def test_a_non_administrator_view_is_listed_serially(sim):
    """lib/api/users.rb drops created_after/created_before unless can_read_all_resources?, the predicate that also
    chooses UserBasic (no created_at, no is_admin) over UserWithAdmin: such a listing is never partitioned."""
    viewer = sim.create_user("viewer_%s" % uuid.uuid4().hex[:8])
    token = sim.session.post(sim.url + "/-/sim/users/%d/tokens" % viewer["id"], json={"scopes": ["api"]},
                             timeout=30).json()["token"]
    sim.clear_log()
    users = list_users(GitLabClient(sim.url, api_token=token), {}, max_concurrency=8)
    log = users_requests(sim)
    assert len(users) > 100 and all("created_at" not in user for user in users)
    assert not any("created_after" in entry["query"] or "created_before" in entry["query"] for entry in log)
    assert not any(entry["query"].get("sort") == "desc" for entry in log)
    assert len(log) == 1 + -(-len(users) // 100)  # the first page, then every page again by cursor


def test_users_created_in_one_burst_make_uneven_ranges_and_a_complete_listing(sim):
    """Ranges are even in time: one user dated 25 years back puts every other user into the last range. The listing
    is slower, never incomplete."""
    oldest = min(state_ids(sim) - {1})
    before = sim.api("GET", "/users/%d" % oldest).json()["created_at"]
    sim.poke_user(oldest, created_at="2001-01-01T00:00:00Z")
    try:
        sim.clear_log()
        users = list_users(GitLabClient(sim.url, api_token=sim.token), {}, max_concurrency=2)
    finally:
        sim.poke_user(oldest, created_at=before)
    assert [user["id"] for user in users] == sorted(state_ids(sim))
    ranges = {entry["query"].get("created_after") for entry in users_requests(sim)
              if entry["query"].get("pagination") == "keyset" and "cursor" not in entry["query"]}
    assert len(ranges) == 8


def test_a_short_listing_is_not_partitioned(sim):
    sim.clear_log()
    users = list_users(GitLabClient(sim.url, api_token=sim.token), {"two_factor": "enabled"}, max_concurrency=8)
    pages = -(-len(users) // 100)
    assert 1 < pages < MIN_PAGES
    log = users_requests(sim)
    assert len(log) == 1 + pages and not any("created_before" in entry["query"] for entry in log)


@pytest.mark.slow
def test_sixty_thousand_users_are_listed_whole_within_the_offset_limit():
    """Above 50,000 users the offset limit (lib/api/helpers/pagination_strategies.rb offset_limit_exceeded?) would
    refuse a deep offset page with 405: no request of the partitioned listing goes past it, and the listing is
    complete."""
    with running_simulator() as server:
        big = GitLabHandle(server.url, server.root_token, is_sim=True)
        big.seed(60000)
        for workers in (8, 1):
            big.clear_log()
            users = list_users(GitLabClient(big.url, api_token=big.token), {}, max_concurrency=workers)
            assert [user["id"] for user in users] == sorted(state_ids(big))
            log = users_requests(big)
            assert all(entry["status"] == 200 for entry in log)
            assert all(int(entry["query"].get("page", 1)) * int(entry["query"].get("per_page", 20)) <= OFFSET_LIMIT
                       for entry in log if entry["query"].get("pagination") != "keyset")


def user_at(text, is_admin=True):
    return {"id": 1, "created_at": text, "is_admin": is_admin}


def test_plan_ranges_share_whole_second_boundaries_and_are_open_at_both_ends():
    first_page = [user_at("2026-01-01T00:00:00.250Z"), user_at("2026-01-01T00:00:10.000+02:00")]
    made = plan({"humans": True}, first_page, {}, workers=2)
    assert made is not None
    assert made.newest_query() == {"humans": True, "order_by": "id", "sort": "desc", "per_page": 1, "page": 1}
    # The oldest is 2025-12-31T22:00:10Z (the +02:00 one); the newest 2026-01-01T00:00:40.5Z.
    ranges = made.ranges([user_at("2026-01-01T00:00:40.500Z")])
    bounds = [(query.get("created_after"), query.get("created_before")) for query in ranges]
    assert bounds[0][0] is None and bounds[-1][1] is None and len(bounds) == 8
    assert all(low[1] == high[0] for low, high in zip(bounds, bounds[1:]))
    assert all(query["humans"] is True for query in ranges)
    inner = [moment(high) for _low, high in bounds[:-1]]
    assert all(point.microsecond == 0 for point in inner) and inner == sorted(set(inner))
    assert moment("2025-12-31T22:00:10Z") < inner[0] and inner[-1] < moment("2026-01-01T00:00:41Z")


@pytest.mark.parametrize("query, first_page, headers, workers", [
    ({}, [user_at("2026-01-01T00:00:00Z")], {}, 1),  # one worker
    ({}, [user_at("2026-01-01T00:00:00Z")], {"X-Total-Pages": str(MIN_PAGES - 1)}, 4),  # few pages
    ({"created_before": "2026-02-01"}, [user_at("2026-01-01T00:00:00Z")], {}, 4),  # a time filter already
    ({}, [{"id": 1, "username": "root"}], {}, 4),  # UserBasic: a non-administrator's view
    ({}, [user_at("yesterday")], {}, 4),  # no readable created_at
])
def test_listings_that_are_not_partitioned(query, first_page, headers, workers):
    assert plan(query, first_page, headers, workers) is None


def test_a_span_shorter_than_two_seconds_is_not_cut():
    made = plan({}, [user_at("2026-01-01T00:00:00.100Z")], {}, workers=4)
    assert made.ranges([user_at("2026-01-01T00:00:00.900Z")]) == []
    assert made.ranges([]) == [] and made.ranges([user_at("2025-01-01T00:00:00Z")]) == []


def test_created_at_reads_gitlab_timestamps():
    assert created_at({"created_at": "2015-09-03T07:24:44.627Z"}) == datetime.datetime(
        2015, 9, 3, 7, 24, 44, 627000, tzinfo=datetime.timezone.utc)
    assert created_at({"created_at": "2015-09-03T09:24:44+02:00"}) == datetime.datetime(
        2015, 9, 3, 7, 24, 44, tzinfo=datetime.timezone.utc)
    assert created_at({}) is None and created_at({"created_at": None}) is None
