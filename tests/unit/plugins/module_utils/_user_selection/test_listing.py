# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""list_users against a simulator over real HTTP holding more than 10,000 users: one offset page when that is
all, keyset pagination from the start for more pages (counted or not), no user skipped while others come and
go, concurrent listings within the bound, and rate limits and errors. Expected users come from the seed's
documented profile."""

from __future__ import annotations

import datetime
import math
import threading
import uuid

import pytest
from gitlab_sim.launcher import running_simulator
from gitlab_sim.pytest_plugin import GitLabHandle
from gitlab_sim.seed import seed_profile

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError, GitLabRateLimited
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import (
    list_users,
    list_users_many,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import delete_now

SEEDED = 10050  # with root, more than the 10,000 rows GitLab counts
USERS_PATH = r"^/api/v4/users$"
# app/models/concerns/has_user_type.rb: the types that are not internal.
NON_INTERNAL_TYPES = {"human", "project_bot", "service_user", "service_account"}


class Seeded:
    def __init__(self, sim, first_id):
        self.sim = sim
        self.first_id = first_id

    def ids(self, predicate, root=False):
        """Ids of the seeded users whose seed profile satisfies `predicate` (plus root, id 1, if asked)."""
        found = [self.first_id + offset for offset in range(SEEDED) if predicate(seed_profile(offset))]
        return ([1] if root else []) + found


@pytest.fixture(scope="module")
def seeded():
    with running_simulator() as server:
        sim = GitLabHandle(server.url, server.root_token, is_sim=True)
        yield Seeded(sim, sim.seed(SEEDED)["first_id"])


@pytest.fixture
def population(seeded):
    seeded.sim.clear_log()
    seeded.sim.clear_faults()
    yield seeded
    seeded.sim.clear_faults()


def client_for(population, **options):
    return GitLabClient(population.sim.url, api_token=population.sim.token, **options)


def external(profile):
    return profile["external"]


class AfterFirstRequest:
    """A client that runs `action` once, right after its first request has been answered."""

    def __init__(self, client, action):
        self.client = client
        self.action = action
        self.lock = threading.Lock()
        self.done = False

    def request(self, *args, **kwargs):
        response = self.client.request(*args, **kwargs)
        with self.lock:
            if not self.done:
                self.done = True
                self.action()
        return response

    def paginate(self, *args, **kwargs):
        return self.client.paginate(*args, **kwargs)


def started(entry):
    return datetime.datetime.fromisoformat(entry["started_at"])


def most_started_within(log, window):
    """The most requests that started within `window` seconds of each other."""
    times = sorted(started(entry) for entry in log)
    span = datetime.timedelta(seconds=window)
    return max(sum(1 for other in times if moment <= other < moment + span) for moment in times)


def moment(text):
    """A timestamp as GitLab renders it (2026-01-02T03:04:05.678Z) or as the listing sends it (no fraction)."""
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def bound_of(text):
    return None if text is None else moment(text)


def bound(query, name):
    return bound_of(query.get(name))


@pytest.mark.slow
def test_above_ten_thousand_users_the_listing_is_cut_into_ranges_of_creation_time(population):
    """GitLab stopped counting: after the first page, one probe for the newest user, then ranges of created_at
    (inclusive bounds: app/models/concerns/created_at_filterable.rb) that share their boundaries, the first open
    below and the last open above, each read by cursor, and at most max_concurrency requests at a time."""
    head = population.sim.api("GET", "/users", params={"exclude_internal": "true", "per_page": 1})
    assert "X-Total" not in head.headers and "X-Total-Pages" not in head.headers  # GitLab stopped counting
    population.sim.clear_log()
    users = list_users(client_for(population), {"exclude_internal": True}, max_concurrency=4)
    expected = population.ids(lambda p: p["user_type"] in NON_INTERNAL_TYPES, root=True)
    assert [user["id"] for user in users] == expected
    log = population.sim.requests_log()
    assert log[0]["query"] == {"exclude_internal": "true", "per_page": "100", "page": "1", "order_by": "id",
                               "sort": "asc"}
    assert log[1]["query"] == {"exclude_internal": "true", "per_page": "1", "page": "1", "order_by": "id",
                               "sort": "desc"}
    starts = [entry["query"] for entry in log[2:] if "cursor" not in entry["query"]]
    bounds = sorted(((query.get("created_after"), query.get("created_before")) for query in starts),
                    key=lambda pair: pair[0] or "")
    assert bounds[0][0] is None and bounds[-1][1] is None and len(bounds) == 16  # 4 ranges per worker
    assert all(low[1] == high[0] for low, high in zip(bounds, bounds[1:]))  # shared boundaries: no gap
    for query in starts:
        assert (query["pagination"], query["order_by"], query["sort"], query["per_page"], query["exclude_internal"]) \
            == ("keyset", "id", "asc", "100", "true")
    # Each range took as many pages as its users fill (a user exactly on a boundary is listed by both ranges).
    for low, high in bounds:
        inside = [user for user in users if (low is None or moment(user["created_at"]) >= moment(low))
                  and (high is None or moment(user["created_at"]) <= moment(high))]
        # GitLab's next-page links render the bounds as Rails does (2026-01-02T03:04:05+00:00): the same moments.
        pages = [entry for entry in log[2:] if bound(entry["query"], "created_after") == bound_of(low)
                 and bound(entry["query"], "created_before") == bound_of(high)]
        assert len(pages) == max(1, math.ceil(len(inside) / 100.0)), (low, high)
    assert len(log) == 2 + sum(1 for entry in log[2:] if entry["query"].get("pagination") == "keyset")


def test_counted_pages_are_read_by_cursor_after_the_first(population):
    users = list_users(client_for(population), {"external": True})
    expected = population.ids(external)
    assert [user["id"] for user in users] == expected
    log = population.sim.requests_log()
    assert log[0]["query"] == {"external": "true", "per_page": "100", "page": "1", "order_by": "id", "sort": "asc"}
    assert 100 < len(expected) < 10000  # several pages, which GitLab counts
    keyset = log[1:]
    assert len(keyset) == math.ceil(len(expected) / 100.0)
    for entry in keyset:
        query = entry["query"]
        assert (query["pagination"], query["order_by"], query["sort"], query["per_page"], query["external"]) == (
            "keyset", "id", "asc", "100", "true")
    assert all("cursor" in entry["query"] for entry in keyset[1:])


def test_one_page_is_the_whole_listing(population):
    users = list_users(client_for(population), {"admins": True, "external": True})
    expected = population.ids(lambda p: p["is_admin"] and p["external"])
    assert [user["id"] for user in users] == expected and 0 < len(expected) <= 100
    assert [entry["query"]["page"] for entry in population.sim.requests_log()] == ["1"]


LISTINGS = [{"admins": True}, {"external": True}, {"blocked": True}, {"two_factor": "enabled"}, {"humans": True},
            {"exclude_external": True, "admins": True}]


def test_listings_run_concurrently_and_bounded(population):
    # Every request takes 150 ms: requests that started within 100 ms of each other ran at the same time.
    population.sim.add_faults({"action": "delay", "ms": 150, "path": USERS_PATH, "times": -1})
    results = list_users_many(client_for(population), LISTINGS, max_concurrency=3)
    assert [user["id"] for user in results[1]] == population.ids(external)
    log = population.sim.requests_log()
    assert 2 <= most_started_within(log, 0.1) <= 3


def test_one_worker_sends_one_request_at_a_time(population):
    population.sim.add_faults({"action": "delay", "ms": 60, "path": USERS_PATH, "times": -1})
    results = list_users_many(client_for(population), LISTINGS[:3], max_concurrency=1)
    assert [user["id"] for user in results[1]] == population.ids(external)
    log = sorted(population.sim.requests_log(), key=started)
    gaps = [(started(later) - started(earlier)).total_seconds() for earlier, later in zip(log, log[1:])]
    assert len(log) > 3 and min(gaps) >= 0.06


def test_a_count_that_changes_during_the_listing_makes_it_start_again_by_cursor(population):
    # A user on the first page stops being external after that page: every later page shifts by one,
    # so reading on by offset would skip a user.
    leaving = population.ids(external)[5]
    client = AfterFirstRequest(client_for(population),
                               lambda: population.sim.poke_user(leaving, external=False))
    try:
        users = list_users(client, {"external": True}, max_concurrency=2)
    finally:
        population.sim.poke_user(leaving, external=True)
    expected = [user_id for user_id in population.ids(external) if user_id != leaving]
    assert [user["id"] for user in users] == expected
    log = population.sim.requests_log()
    keyset = [entry for entry in log if entry["query"].get("pagination") == "keyset"]
    assert len(keyset) == math.ceil(len(expected) / 100.0)
    assert all(entry["query"]["external"] == "true" for entry in keyset)


def test_a_deletion_and_a_creation_between_pages_skip_nobody(population):
    # 150 users that a search finds, two pages. After the first page one of them is deleted and another one
    # created: X-Total stays 150, while every later offset page would shift by one and skip a user.
    prefix = "shift%s" % uuid.uuid4().hex[:8]
    present = [population.sim.create_user("%s_%03d" % (prefix, index))["id"] for index in range(150)]
    gone = present[10]

    def delete_and_create():
        delete_now(population.sim, gone)
        population.sim.create_user("%s_new" % prefix)

    population.sim.clear_log()
    users = list_users(AfterFirstRequest(client_for(population), delete_and_create), {"search": prefix},
                       max_concurrency=1)
    ids = [user["id"] for user in users]
    assert ids == sorted(set(ids))
    assert set(present) - {gone} <= set(ids)  # every user that existed during the whole listing
    listed = [entry["query"] for entry in population.sim.requests_log()
              if (entry["method"], entry["path"]) == ("GET", "/api/v4/users")]
    assert listed[0]["page"] == "1" and all(query["search"] == prefix for query in listed)


def test_a_gitlab_without_keyset_pagination_for_users_is_listed_by_offset(population):
    """A GitLab whose User listing has no keyset pagination answers a cursor request with 405 (error! in
    lib/api/helpers/pagination_strategies.rb, spec/requests/api/users_spec.rb): the listing then reads the offset
    pages, one after another, and finds every user."""
    rule = {"action": "status", "status": 405, "path": USERS_PATH, "times": 1,
            "body": {"error": "Keyset pagination is not yet available for this type of request"}}
    client = AfterFirstRequest(client_for(population), lambda: population.sim.add_faults(rule))
    population.sim.clear_log()
    users = list_users(client, {"external": True}, max_concurrency=1)
    expected = population.ids(external)
    assert len(expected) > 100  # more than one page
    assert [user["id"] for user in users] == expected
    listed = [entry for entry in population.sim.requests_log()
              if (entry["method"], entry["path"]) == ("GET", "/api/v4/users")]
    # The first page, the refused cursor request, then every offset page from the first.
    pages = math.ceil(len(expected) / 100.0)
    assert [(entry["status"], entry["query"].get("pagination"), entry["query"].get("page", "1")) for entry in listed] \
        == [(200, None, "1"), (405, "keyset", "1")] + [(200, None, str(page)) for page in range(1, pages + 1)]


def test_a_429_is_retried_by_the_client_after_retry_after(population):
    waits = []
    rule = {"action": "status", "status": 429, "headers": {"Retry-After": "1"}, "path": USERS_PATH, "times": 1}
    client = AfterFirstRequest(client_for(population, sleep=waits.append),
                               lambda: population.sim.add_faults(rule))
    users = list_users(client, {"external": True})
    expected = population.ids(external)
    assert [user["id"] for user in users] == expected
    assert waits == [1.0]
    log = population.sim.requests_log()
    assert [entry["status"] for entry in log].count(429) == 1
    assert len(log) == 1 + math.ceil(len(expected) / 100.0) + 1  # the first page, the keyset pages, the 429


def test_a_lasting_429_stops_the_listing_without_hammering(population):
    rule = {"action": "status", "status": 429, "headers": {"Retry-After": "1"}, "path": USERS_PATH, "times": -1}
    client = AfterFirstRequest(client_for(population, sleep=lambda seconds: None, max_retries=2),
                               lambda: population.sim.add_faults(rule))
    with pytest.raises(GitLabRateLimited, match=r"^GET /users -> 429: Retry later \(gave up after 2 retries"):
        list_users(client, {"external": True}, max_concurrency=3)
    later = population.sim.requests_log()[1:]
    # The first keyset page, tried 1 + max_retries times; no page is started after that.
    assert [(entry["query"]["pagination"], "cursor" in entry["query"], entry["status"]) for entry in later] == [
        ("keyset", False, 429)] * 3


@pytest.mark.parametrize("rule, message", [
    ({"action": "status", "status": 500}, r"^GET /users -> 500: 500 Internal Server Error$"),
    ({"action": "status", "status": 200, "body": {"id": 1}},
     r"^unexpected answer from GitLab to GET /users: expected a JSON list, got a JSON object \(HTTP 200\)$"),
])
def test_errors_on_a_later_page_are_raised_as_gitlab_errors(population, rule, message):
    client = AfterFirstRequest(client_for(population), lambda: population.sim.add_faults(dict(rule, path=USERS_PATH)))
    with pytest.raises(GitLabError, match=message):
        list_users(client, {"external": True})
    assert len(population.sim.requests_log()) <= 1 + 4  # the first page, then at most one per worker


def test_identical_queries_are_listed_once(population):
    admins, again, outsiders = list_users_many(client_for(population),
                                               [{"admins": True}, {"admins": True}, {"external": True}])
    assert [user["id"] for user in admins] == population.ids(lambda p: p["is_admin"], root=True) == [
        user["id"] for user in again]
    assert [user["id"] for user in outsiders] == population.ids(external)
    admin_pages = [entry for entry in population.sim.requests_log() if entry["query"].get("admins") == "true"]
    assert len(admins) > 100 and len(admin_pages) == 1 + math.ceil(len(admins) / 100.0)


def test_kept_fields_are_all_a_listing_holds_and_identical_queries_keep_the_union(population):
    """A listing read for its ids (a membership listing) keeps only what it asks for, from every page; the same query
    asked for with all fields is listed once, with all of them."""
    ids_only, full, trimmed = list_users_many(
        client_for(population), [{"external": True}, {"external": True}, {"admins": True}],
        keep=[("id",), None, ("id", "is_admin")])
    assert [user["id"] for user in ids_only] == population.ids(external) == [user["id"] for user in full]
    # The same query for the ids and for all fields: listed once, with all of them for both.
    assert all({"username", "email", "created_at"} <= set(user) for user in ids_only + full)
    assert len(trimmed) > 100 and all(set(user) == {"id", "is_admin"} for user in trimmed)
    assert [user["id"] for user in trimmed] == population.ids(lambda p: p["is_admin"], root=True)
    assert len([entry for entry in population.sim.requests_log() if entry["query"].get("external") == "true"]) == \
        1 + math.ceil(len(full) / 100.0)


def test_no_pattern_reads_a_profile_field(population):
    """The lookup drops PROFILE_FIELDS from the users it returns as ids or usernames: every named group, glob, regex,
    provider and attribute atom must decide on an administrator's users without them."""
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import PROFILE_FIELDS
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import GROUPS, parse_pattern

    users = population.sim.api("GET", "/users", params={"per_page": 100, "with_custom_attributes": "true"}).json()
    assert PROFILE_FIELDS <= set(users[0])  # the fields exist in GitLab's entity: dropping them is a real change
    trimmed = [{key: value for key, value in user.items() if key not in PROFILE_FIELDS} for user in users]
    atoms = sorted(GROUPS) + ["seed*", "~^seed", "provider_ldapmain", "attr_department=eng", "root"]
    # The groups only GitLab decides go by the ids of their own listing: say every third user is a member.
    memberships = {name: {user["id"] for user in users[::3]} for name, group in GROUPS.items() if group.server}
    for atom in atoms:
        pattern = parse_pattern(atom)
        assert [pattern.matches(user, memberships) for user in trimmed] == [
            pattern.matches(user, memberships) for user in users], atom
