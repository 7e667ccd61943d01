# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""A long listing of users cut into ranges of creation time, each listed by cursor, concurrently.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A listing by cursor is a chain: each page names the next one, so 100,000 users are 1,000 pages one after
another. Ranges of `created_at` are chains of their own, and `max_concurrency` of them run at a time.

What it relies on, from GitLab's source:

* lib/api/users.rb (GET /users): `created_after` and `created_before` are DateTime filters, and they are
  dropped (with order_by, sort, two_factor and without_projects) unless `current_user.can_read_all_resources?`;
  the same predicate chooses the entity, Entities::UserWithAdmin (which has `created_at` and `is_admin`) or
  Entities::UserBasic (neither). So a first page whose users lack `created_at` or `is_admin` is the view in which
  the ranges would be ignored: that listing is not partitioned (`plan`), it goes by cursor from the start.
* app/finders/users_finder.rb `by_created_at` (app/finders/concerns/created_at_filter.rb) and
  app/models/concerns/created_at_filterable.rb: `created_before` is `created_at <= t`, `created_after` is
  `created_at >= t`, both inclusive. Two neighbouring ranges share their boundary: every `created_at` is <= t or
  >= t, at whatever precision GitLab compares (the same text parses to the same t in both queries), so no user
  falls between two ranges; a user created exactly at t is in both, and the listing merges users by id. The
  boundaries are whole seconds, which the next-page links repeat exactly (Plan.ranges).
* `created_at` is never changed by the API, so a user stays in one range for the whole listing; the first range
  has no lower bound and the last none above, so a user created at any time, during the listing too, is in one.
* Each range is listed by cursor (order_by=id, lib/api/helpers/pagination_strategies.rb keyset): a page after a
  cursor holds every matching user with a greater id that exists when it is read. So every user that exists for
  the whole listing is returned by its range, whatever is deleted or created meanwhile.

The boundaries are spaced evenly between the oldest `created_at` on the first page (the lowest ids) and the
`created_at` of the user with the highest id (one probe: order_by=id, sort=desc, per_page=1). Users are rarely
created evenly, so there are several ranges per worker (RANGES_PER_WORKER): a worker that finishes a small range
takes the next one. A listing that already filters on `created_after` or `created_before` is not partitioned.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Mapping, Optional

# Below this many pages, the serial chain is short enough: partitioning would add the probe and one more
# first page per range (requests) for little time.
MIN_PAGES = 20
RANGES_PER_WORKER = 4
TIME_FILTERS = ("created_after", "created_before")
_TIMESTAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$")
_UTC = datetime.timezone.utc
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=_UTC)


class Plan:
    """How a listing is partitioned: `count` ranges between the first page's oldest creation time and the newest
    user's (which the probe `newest_query` finds)."""

    def __init__(self, query: Mapping[str, Any], oldest: datetime.datetime, count: int):
        self.query = dict(query)
        self.oldest = oldest
        self.count = count

    def newest_query(self) -> dict:
        """The probe: the user with the highest id (its created_at closes the span). An offset page 1 of one user,
        far below the offset limit (lib/api/helpers/pagination_strategies.rb offset_limit_exceeded?)."""
        return dict(self.query, order_by="id", sort="desc", per_page=1, page=1)

    def ranges(self, newest_page: list) -> list[dict]:
        """The query of each range, from the probe's answer; [] when the span cannot be cut (then the listing goes
        by cursor from the start)."""
        newest = created_at(newest_page[0]) if newest_page else None
        if newest is None or newest <= self.oldest:
            return []
        # Whole seconds: GitLab's Link to the next page repeats the request's parameters as Rails renders the
        # coerced values (Hash#to_query, DateTime#to_s: 2026-01-02T03:04:05+00:00), without the fraction of a
        # second. A boundary with one would move down to its second from the second page on, and the users created
        # within that second would fall out of the range below it, after the range above had passed their ids.
        first = int(self.oldest.timestamp() // 1)
        last = -int(-newest.timestamp() // 1)
        seconds = last - first
        count = min(self.count, seconds)
        if count < 2:
            return []
        boundaries = [format_time(_EPOCH + datetime.timedelta(seconds=first + seconds * step // count))
                      for step in range(1, count)]
        lows = [None] + boundaries
        highs = boundaries + [None]
        queries = []
        for low, high in zip(lows, highs):
            query = dict(self.query)
            if low is not None:
                query["created_after"] = low
            if high is not None:
                query["created_before"] = high
            queries.append(query)
        return queries


def plan(query: Mapping[str, Any], first_page: list, headers: Mapping[str, str], workers: int) -> Optional[Plan]:
    """A Plan for a listing whose first offset page (`first_page`, ordered by id) has a next page, or None when the
    listing should go by cursor from the start: one worker, few pages, a time filter already, or a view without
    created_at (module documentation)."""
    if workers < 2 or not first_page or any(name in query for name in TIME_FILTERS):
        return None
    if any("is_admin" not in user for user in first_page):
        return None
    times = [created_at(user) for user in first_page]
    if any(moment is None for moment in times):
        return None
    pages = _int(headers.get("X-Total-Pages"))  # absent above 10,000 rows (lib/gitlab/pagination/offset_pagination.rb)
    if pages is not None and pages < MIN_PAGES:
        return None
    count = workers * RANGES_PER_WORKER
    if pages is not None:
        count = min(count, pages)
    return Plan(query, min(moment for moment in times if moment is not None), count)


def created_at(user: Mapping[str, Any]) -> Optional[datetime.datetime]:
    """A user's created_at (GitLab renders 2015-09-03T07:24:44.627Z) as an aware datetime, or None."""
    value = user.get("created_at")
    match = _TIMESTAMP.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        moment = datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                                   int((fraction or "0")[:6].ljust(6, "0")), tzinfo=_UTC)
    except ValueError:
        return None
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        moment -= offset if zone[0] == "+" else -offset
    return moment


def format_time(moment: datetime.datetime) -> str:
    """A boundary as GitLab's DateTime parameters take it, in whole seconds (Plan.ranges): 2026-01-02T03:04:05Z."""
    return moment.astimezone(_UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _int(value: Optional[str]) -> Optional[int]:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None
