# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Listing GitLab users quickly (GET /users), and finding the users a pattern selects.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

How a listing runs (lib/gitlab/pagination/offset_pagination.rb, lib/api/helpers/pagination_strategies.rb):

* The first page (per_page=100, ordered by id ascending) is one query: when it is the only page
  (no Link rel="next"), it is the listing.
* A listing of more pages is read again from its start with keyset pagination
  (pagination=keyset&order_by=id&sort=asc, Link rel="next"), page after page, as a cursor cannot be
  guessed. Offset pages cannot be trusted: a user deleted (or leaving the filter) before the offset of a
  later page shifts every user after it one place ahead, so the first user of that page lands on a page
  already read and is skipped; as a user created (or entering the filter) meanwhile shifts them back,
  not even X-Total tells. A cursor is the last id read: every user with a greater id that exists when
  the next page is read is on it, so no user that exists for the whole listing is missed.
* A listing of many pages (partitions.MIN_PAGES, or GitLab stopped counting) on an administrator's view is cut
  into ranges of creation time, listed by cursor concurrently (_user_selection/partitions.py): one probe request,
  then at most `max_concurrency` chains at a time instead of one. Other views (GitLab ignores the range filters
  for them) and short listings go by cursor from the start as above.
* Several listings (queries) run concurrently, at most `max_concurrency` requests at a time.
* The result holds each user once, in id order.

Retries are the client's: a 429 or a gateway error is retried inside `client.request`, honouring
Retry-After, by the worker that got it; that worker sends nothing else meanwhile, so at most
`max_concurrency` requests are ever in flight. The first error that survives the client's retries
stops the listing: no new page is requested, and the error (a GitLabError) is raised once the
requests in flight have ended.

The workers share the client's requests.Session. requests does not promise that a Session is
thread-safe (psf/requests#2766) because of state a caller may change; here nothing changes it: the
headers and auth are set before, redirects are not followed, and every request goes to one host, so
urllib3's connection pool (thread-safe, and never evicted with one host: psf/requests#1871) is all
that the threads share. MAX_CONCURRENCY stays below that pool's default size (10), so no connection
is thrown away.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import threading
from typing import Any, Iterable, Mapping, Optional

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.activity import (
    DEFAULT_DORMANT_DAYS, DORMANT_FIELDS, settle_dormant)
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection import partitions
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import (
    DEFAULT_MAX_QUERIES, DORMANT, GROUPS, Pattern, PatternError, parse_pattern)

USERS_PATH = "/users"
PER_PAGE = 100
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 8
ORDER = {"order_by": "id", "sort": "asc"}
MEMBERSHIP_FIELDS = ("id", "is_admin")


class Without(frozenset):
    """A `keep` of list_users_many that keeps every field but these."""


# Fields of GitLab's user entities that only describe a profile: no pattern, group or filter reads them. A caller
# that returns ids or usernames (or chosen fields) lists without them (select_users' `without`).
PROFILE_FIELDS = Without(("avatar_url", "bio", "color_scheme_id", "created_by", "discord", "followers", "following",
                          "is_followed", "job_title", "linkedin", "local_time", "location", "note", "organization",
                          "preferred_language", "pronouns", "skype", "theme_id", "twitter", "web_url", "website_url",
                          "work_information"))
# The groups whose members only GitLab can tell (see _user_selection/patterns.py: GROUPS).
SERVER_GROUPS = tuple(sorted(name for name, group in GROUPS.items() if group.server is not None))


class _Stopped(Exception):
    """A task that did not start its request because the listing already failed."""


def list_users(client: Any, params: Optional[Mapping[str, Any]] = None,
               max_concurrency: int = DEFAULT_CONCURRENCY) -> list[dict]:
    """Every user GET /users returns for `params` (filters only, no pagination), in id order."""
    return list_users_many(client, [params or {}], max_concurrency)[0]


def list_users_many(client: Any, queries: Iterable[Mapping[str, Any]],
                    max_concurrency: int = DEFAULT_CONCURRENCY,
                    keep: Optional[Iterable[Optional[Iterable[str]]]] = None) -> list[list[dict]]:
    """One `list_users` result per query, all fetched with one bound on concurrency; identical
    queries are fetched once. `keep`: per query, the only fields its users need (kept as each page arrives,
    so that a listing of 100,000 users whose ids are all that is read holds no more), a Without (every field but
    those), or None for all fields."""
    queries = [dict(query) for query in queries]
    keeps = list(keep) if keep is not None else [None] * len(queries)
    distinct: dict = {}
    fields: dict = {}
    for query, wanted in zip(queries, keeps):
        key = _query_key(query)
        distinct.setdefault(key, query)
        if key not in fields:
            fields[key] = wanted if wanted is None or isinstance(wanted, Without) else tuple(wanted)
        elif isinstance(wanted, Without) or isinstance(fields[key], Without) or None in (wanted, fields[key]):
            fields[key] = wanted if wanted == fields[key] else None  # different kinds of keep: all fields
        else:
            fields[key] = tuple(dict.fromkeys(fields[key] + tuple(wanted)))
    results = _Listing(client, max_concurrency).run(list(distinct.values()), keep=[fields[key] for key in distinct])
    by_key = dict(zip(distinct, results))
    return [list(by_key[_query_key(query)]) for query in queries]


class NamedUsers:
    """What read_named_users found: `users`, the named users that exist, in id order, and `first_page`, the
    first page of the whole listing (it shows whose view GitLab answered with, even when no named user
    exists yet)."""

    def __init__(self, users: list[dict], first_page: list[dict]):
        self.users = users
        self.first_page = first_page


def read_named_users(client: Any, usernames: Iterable[str], params: Optional[Mapping[str, Any]] = None,
                     max_concurrency: int = DEFAULT_CONCURRENCY) -> NamedUsers:
    """The users among `usernames` (GitLab compares usernames case-insensitively) with as few requests as
    the instance allows: the first page of the listing, then either each named user it lacks
    (GET /users?username=, one request each) or the listing, every page again by cursor, whichever is fewer.
    A few users on a large instance cost a few requests, a thousand users a listing of the instance."""
    params = dict(params or {})
    wanted = set(str(name).lower() for name in usernames)
    listing = _Listing(client, max_concurrency)
    first_page, headers = listing.page(params, 1)
    found = _by_username(first_page)
    missing = sorted(wanted - set(found))
    if missing and _has_next_page(headers):
        # The listing reads every page again by cursor: X-Total-Pages requests, or over PER_PAGE when GitLab stopped
        # counting at 10,000 rows.
        pages = _int_header(headers, "X-Total-Pages")
        if len(missing) < (pages if pages is not None else PER_PAGE + 1):
            queries = [dict(params, username=name) for name in missing]
            for result in listing.run(queries):
                found.update(_by_username(result))
        else:
            found = _by_username(listing.run([params], first_pages={0: (first_page, headers)})[0])
    users = sorted((user for name, user in found.items() if name in wanted), key=lambda user: user["id"])
    return NamedUsers(users, first_page)


def find_users(client: Any, pattern: Any, max_concurrency: int = DEFAULT_CONCURRENCY,
               max_queries: int = DEFAULT_MAX_QUERIES, filters: Optional[Mapping[str, Any]] = None,
               dormant_days: int = DEFAULT_DORMANT_DAYS) -> list[dict]:
    """The users `pattern` (a Pattern, or text/list for parse_pattern) selects, in id order, fetching
    only what the pattern's plan needs. Raises PatternError (also when the pattern needs an
    administrator token and GitLab answered with the non-administrator view) or GitLabError.

    `filters`: GET /users parameters that GitLab evaluates and every selected user must also pass
    (search, created_before, extern_uid and provider...); see select_users.

    An empty answer cannot show whose view it is (a non-administrator's blocked=true is simply
    empty): callers that must refuse non-administrator tokens check `pattern.needs_admin` against
    GET /user's is_admin first."""
    return select_users(client, pattern, max_concurrency, max_queries, filters, dormant_days=dormant_days).users


class Selection:
    """What select_users found: `users` in id order, and `memberships`, {group: ids of its members
    among `users`} for the server-side groups asked for."""

    def __init__(self, users: list[dict], memberships: dict[str, set]):
        self.users = users
        self.memberships = memberships


def select_users(client: Any, pattern: Any, max_concurrency: int = DEFAULT_CONCURRENCY,
                 max_queries: int = DEFAULT_MAX_QUERIES, filters: Optional[Mapping[str, Any]] = None,
                 server_groups: Iterable[str] = (), admin_reasons: Optional[Iterable[str]] = None,
                 dormant_days: int = DEFAULT_DORMANT_DAYS, without: Iterable[str] = ()) -> Selection:
    """find_users, plus the members of groups only GitLab can decide (active, humans, internal,
    without_projects, dormant: see GROUPS) among the selected users, with every listing on one bound of
    concurrency.

    `filters` are added to every listing. A filter wins over the pattern's own push-down on the same
    key (a glob's `search`, an attr_ atom's `custom_attributes[key]`): the pattern's atoms are checked
    again on the entities, GitLab's filters cannot be. A server-side group's membership listing
    carries the filters every candidate listing shares, so it lists no more users than needed.

    `admin_reasons`: None checks the administrator's view as find_users does (from the fields of the
    answer, for the pattern's own needs). A list adds its reasons to the pattern's and makes sure: when
    there is any reason, a selection without is_admin fields, or an empty one while GET /user says the
    token is no administrator's (one request, only for an empty selection), raises PatternError.

    `dormant_days`: the days without activity that make an active user dormant. The group ``dormant`` (in the
    pattern or `server_groups`) costs every page of GET /user/activities once (_user_selection/activity.py);
    other patterns send nothing more.

    `without`: fields the selected users need not have (PROFILE_FIELDS, for a caller that returns ids), dropped
    as each page arrives."""
    if not isinstance(pattern, Pattern):
        pattern = parse_pattern(pattern)
    filters = dict(filters or {})
    plan = pattern.plan(max_queries)
    queries = [dict(query, **filters) for query in plan.queries]
    planned = list(plan.membership_queries)
    extra = [name for name in _unique_names(server_groups)
             if name not in plan.membership_queries and name not in plan.implied]
    for name in extra:
        if name not in GROUPS or GROUPS[name].server is None:
            raise PatternError("%s is not a group GitLab decides (one of %s)" % (name, ", ".join(SERVER_GROUPS)))
    shared = _shared_filters(queries)
    membership_queries = [dict(plan.membership_queries[name], **filters) for name in planned]
    membership_queries += [dict(shared, **GROUPS[name].server) for name in extra]
    # A membership listing is read for its ids only; is_admin stays to show whose view GitLab answered with.
    omitted = Without(without)
    membership_keep = [DORMANT_FIELDS if name == DORMANT else MEMBERSHIP_FIELDS for name in planned + extra]
    keep = [omitted or None] * len(queries) + membership_keep
    results = list_users_many(client, queries + membership_queries, max_concurrency, keep)
    if pattern.needs_admin and any("is_admin" not in user for result in results for user in result):
        raise PatternError("%s; GitLab answered with the view of a non-administrator"
                           % "; ".join(pattern.admin_reasons), pattern=pattern.source)
    candidates = [user for result in results[:len(queries)] for user in result]
    listed = dict(zip(planned + extra, results[len(queries):]))
    memberships = plan.memberships(candidates, {name: listed[name] for name in planned})
    for name in extra:
        ids = {user["id"] for user in listed[name]}
        memberships[name] = {user["id"] for user in candidates} - ids if GROUPS[name].server_negated else ids
    # The candidates and the group's own listing have the fields the rule reads; other memberships' have ids only.
    settle_dormant(client, memberships, candidates + listed.get(DORMANT, []), dormant_days, pattern.source)
    users = pattern.select(candidates, memberships)
    selected = {user["id"] for user in users}
    if admin_reasons is not None:
        _confirm_admin_view(client, pattern, users, list(pattern.admin_reasons) + list(admin_reasons))
    return Selection(users, {name: memberships[name] & selected for name in _unique_names(server_groups)})


def _confirm_admin_view(client: Any, pattern: Pattern, users: list[dict], reasons: list[str]) -> None:
    """Raise PatternError when `reasons` need an administrator's view and GitLab answered with another one
    (no is_admin fields; for an empty answer, GET /user tells)."""
    if not reasons:
        return
    if users:
        non_admin_view = any("is_admin" not in user for user in users)
    else:
        non_admin_view = not client.get("/user", expect="object").get("is_admin")
    if non_admin_view:
        raise PatternError("an administrator's token is needed (%s); GitLab answered with the view of a "
                           "non-administrator" % "; ".join(_unique_names(reasons)), pattern=pattern.source)


def _shared_filters(queries: list[dict]) -> dict:
    """The filters every query carries with the same value (with_custom_attributes is no filter)."""
    first, rest = queries[0], queries[1:]
    return {key: value for key, value in first.items()
            if key != "with_custom_attributes" and all(key in query and query[key] == value for query in rest)}


def _unique_names(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _query_key(query: Mapping[str, Any]) -> tuple:
    return tuple(sorted((str(key), str(value)) for key, value in query.items()))


class _Listing:
    """Runs several listings on one thread pool (see the module documentation)."""

    def __init__(self, client: Any, max_concurrency: int):
        self.client = client
        self.workers = min(max(1, int(max_concurrency)), MAX_CONCURRENCY)
        self.failed = threading.Event()

    def run(self, queries: list[dict], first_pages: Optional[Mapping[int, tuple]] = None,
            keep: Optional[list] = None) -> list[list[dict]]:
        """Each query's users: its first offset page when that is all, else its keyset listing, partitioned into
        ranges of creation time when that pays (_user_selection/partitions.py); `first_pages` holds pages 1
        already fetched ({query index: (users, headers)}); `keep`: per query, the fields to keep (None: all)."""
        users: list[dict] = [{} for _query in queries]  # per query: id -> user
        keep = keep if keep is not None else [None] * len(queries)
        error = None
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.workers) as pool:
            pending: dict = {}

            def submit(index: int, kind: str, query: Mapping[str, Any], plan: Any = None) -> None:
                if kind == "first":
                    future = pool.submit(self.page, query, 1)
                elif kind == "probe":
                    future = pool.submit(self.page, plan.newest_query(), 1, False)
                else:  # "keyset" (the whole listing) or "range" (one partition)
                    future = pool.submit(self._keyset, query, keep[index])
                pending[future] = (index, kind, plan)

            for index, query in enumerate(queries):
                if first_pages and index in first_pages:
                    fetched: concurrent.futures.Future = concurrent.futures.Future()
                    fetched.set_result(first_pages[index])
                    pending[fetched] = (index, "first", None)
                else:
                    submit(index, "first", query)
            while pending:
                done, _running = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
                for future in done:
                    index, kind, plan = pending.pop(future)
                    if future.cancelled():
                        continue
                    try:
                        outcome = future.result()
                    except _Stopped:
                        continue
                    except Exception as exc:  # a GitLabError, or a bug: either way stop and re-raise
                        error = error or exc
                        self.failed.set()
                        for other in pending:
                            other.cancel()
                        continue
                    if kind in ("keyset", "range"):
                        _merge(users[index], outcome)
                        continue
                    items, headers = outcome
                    if kind == "probe":
                        ranges = plan.ranges(items)
                        for range_query in ranges:
                            submit(index, "range", range_query)
                        if not ranges:
                            submit(index, "keyset", queries[index])
                    elif not _has_next_page(headers):
                        users[index] = _by_id(_trimmed(items, keep[index]))
                    else:
                        # More than one page: by cursor from the start (module documentation), in ranges if it pays.
                        plan = partitions.plan(queries[index], items, headers, self.workers)
                        submit(index, "keyset" if plan is None else "probe", queries[index], plan)
        if error is not None:
            raise error
        return [[found[key] for key in sorted(found)] for found in users]

    def page(self, query: Mapping[str, Any], page: int, listing: bool = True) -> tuple:
        """One offset page of the listing -> (users, response headers); `listing=False` sends `query` as it is
        (the probe of a partitioned listing)."""
        with self._failing():
            params = dict(query, per_page=PER_PAGE, page=page, **ORDER) if listing else dict(query)
            response = self.client.request("GET", USERS_PATH, params=params)
            if not isinstance(response.json, list):
                raise GitLabError("GET", USERS_PATH, response.status,
                                  "expected a list, got %s" % type(response.json).__name__)
            return response.json, response.headers

    def _keyset(self, query: Mapping[str, Any], keep: Any = None) -> list[dict]:
        with self._failing():
            try:
                return self._follow(dict(query, pagination="keyset", **ORDER), True, keep)
            except GitLabError as error:
                if error.status != 405 or "keyset" not in str(error.message).lower():
                    raise
            # A GitLab without keyset pagination for users answers 405 (lib/api/helpers/pagination_strategies.rb):
            # its offset pages, one after another, are all there is.
            return self._follow(dict(query, **ORDER), False, keep)

    def _follow(self, params: Mapping[str, Any], keyset: bool, keep: Any = None) -> list[dict]:
        found = []
        for user in self.client.paginate(USERS_PATH, params=params, per_page=PER_PAGE, keyset=keyset):
            if self.failed.is_set():
                raise _Stopped()
            found.append(_trim(user, keep))
        return found

    @contextlib.contextmanager
    def _failing(self):
        """Refuse to start once the listing failed; on an error, stop the other workers at once
        (before the main thread even learns of it), so none of them starts another page."""
        if self.failed.is_set():
            raise _Stopped()
        try:
            yield
        except _Stopped:
            raise
        except Exception:
            self.failed.set()
            raise


def _has_next_page(headers: Mapping[str, str]) -> bool:
    """Whether an offset page has a next one (GitLab's Link header names it, counted or not)."""
    return 'rel="next"' in headers.get("Link", "")


def _int_header(headers: Mapping[str, str], name: str) -> Optional[int]:
    value = headers.get(name)
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _by_username(users: Iterable[dict]) -> dict:
    """{lower-case username: user}: GitLab compares usernames case-insensitively."""
    return dict((str(user.get("username", "")).lower(), user) for user in users)


def _trim(user: dict, keep: Any) -> dict:
    if keep is None:
        return user
    if isinstance(keep, Without):
        return {key: value for key, value in user.items() if key not in keep}
    return {key: user[key] for key in keep if key in user}


def _trimmed(users: list[dict], keep: Any) -> list[dict]:
    return users if keep is None else [_trim(user, keep) for user in users]


def _merge(found: dict, users: Iterable[dict]) -> None:
    """Add `users` to {id: user}; a user already there (listed by two ranges) stays as it was."""
    for user in users:
        found.setdefault(user["id"], user)


def _by_id(users: Iterable[dict]) -> dict:
    found = {}
    for user in users:
        found.setdefault(user["id"], user)
    return found
