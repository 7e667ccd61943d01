# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Who GitLab saw active lately (GET /user/activities), and so the members of the ``dormant`` group.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

What GitLab records (app/services/users/activity_service.rb): ``last_activity_on``, a date (``Date.today`` on
the GitLab server), at most once a day per user, whenever ``Users::ActivityService`` runs for the user. GitLab's
Users API documentation (doc/api/users.md, "Get user activities") lists when: Git over HTTP or SSH (clone,
pull, push; lib/api/internal/base.rb records SSH downloads, app/services/event_create_service.rb pushes),
signing in (``log_user_activity`` in app/controllers/sessions_controller.rb), web pages of dashboards,
projects, issues and merge requests, every REST API request whose endpoint returned without an error
(lib/api/api.rb, an ``after`` callback around every endpoint, for the current user: the one a ``Sudo`` header
names, the impersonated user of an impersonation token) and GraphQL requests. Nothing else is: an e-mail read,
a notification, a scheduled pipeline. The collection's own tasks that act as a user through sudo make it active.

The ``dormant`` group (app/models/user.rb, the ``dormant`` and ``with_no_activity`` scopes that
app/workers/users/deactivate_dormant_users_worker.rb deactivates):

* GitLab's ``active`` users (state active, not internal): the listing ``active=true`` decides that part.
* whose last activity is on or before ``today - dormant_days`` (the ``dormant`` scope compares
  ``last_activity_on <= period.day.ago.to_date``): they are the active users GET /user/activities does not
  list for ``from=today - dormant_days + 1`` (GitLab lists ``last_activity_on >= from``);
* or that were never active (``last_activity_on`` null) and were created on or before ``today - dormant_days``.
  GitLab's worker waits ``MINIMUM_DAYS_CREATED`` (7) days for those whatever its period; this group waits the
  whole ``dormant_days``, so that a user created after the cutoff day is never dormant: an account nobody
  has used yet is not one that nobody uses any more.

GitLab's worker also keeps to humans and service accounts (``human_or_service_user``); the group does not
(exclude them with ``!bots``), so that it means the same in every pattern.

"Today" is GitLab's UTC date from the ``Date`` header of its answers (``_api/pacing.py``: ServerClock), the
earliest moment it can be: ``last_activity_on`` is GitLab's date, and the controller's clock may be wrong or
past midnight already. An earlier today makes fewer users dormant, never more. Without any Date header, the
controller's UTC date is taken.

GET /user/activities is for administrators only (lib/api/users.rb: ``authenticated_as_admin!``), as the
``created_at`` and ``last_activity_on`` fields of the users are (the UserWithAdmin entity).
"""

from __future__ import annotations

import datetime
import time
from typing import Any, Iterable, Mapping, MutableMapping, Optional

from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import (
    DORMANT, PatternError)

ACTIVITIES_PATH = "/user/activities"
PER_PAGE = 100
DEFAULT_DORMANT_DAYS = 90
# What settle_dormant reads of the candidates of the group: a listing made for it keeps these fields only.
DORMANT_FIELDS = ("id", "username", "is_admin", "created_at", "last_activity_on")
UTC = datetime.timezone.utc


def dormant_days_problem(value: Any, option: str = "dormant_days") -> Optional[str]:
    """Why `value` is no dormant_days (an integer of at least 1), naming `option`, or None."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return "%s must be a whole number of days of at least 1, got %r" % (option, value)
    return None


def gitlab_today(client: Any) -> datetime.date:
    """GitLab's UTC date now, at the earliest its Date headers allow (the controller's without any)."""
    pacer = getattr(client, "pacer", None)
    if pacer is not None:
        earliest, _latest = pacer.server_clock.now()
    else:
        earliest = time.time()
    return datetime.datetime.fromtimestamp(earliest, UTC).date()


def active_since(client: Any, since: datetime.date) -> set[str]:
    """The usernames (lower case) of the users GitLab saw active on or after `since`: every page of
    GET /user/activities?from=<since>."""
    rows = client.paginate(ACTIVITIES_PATH, params={"from": since.isoformat()}, per_page=PER_PAGE)
    return {str(row.get("username", "")).lower() for row in rows}


def settle_dormant(client: Any, memberships: MutableMapping[str, set], users: Iterable[Mapping[str, Any]],
                   dormant_days: int, pattern: Any = None) -> None:
    """Narrow ``memberships["dormant"]`` (GitLab's active users, as the listing found them) to the dormant ones.
    `users`: the entities of those ids. Sends nothing when the group is not asked for or has no candidate;
    otherwise every page of GET /user/activities, once."""
    if DORMANT not in memberships:
        return
    by_id = {user["id"]: user for user in users}
    candidates = [by_id[user_id] for user_id in sorted(memberships[DORMANT]) if user_id in by_id]
    if not candidates:
        memberships[DORMANT] = set()
        return
    if any("is_admin" not in user or "created_at" not in user for user in candidates):
        raise PatternError("dormant: GitLab shows when users were created and last active to administrators only, "
                           "and lists their activity to them only (GET /user/activities); GitLab answered with the "
                           "view of a non-administrator", pattern=pattern)
    cutoff = gitlab_today(client) - datetime.timedelta(days=dormant_days)
    recent = active_since(client, cutoff + datetime.timedelta(days=1))
    memberships[DORMANT] = {user["id"] for user in candidates if is_dormant(user, recent, cutoff)}


def is_dormant(user: Mapping[str, Any], recent: set, cutoff: datetime.date) -> bool:
    """Whether an active user is dormant: not among the `recent` usernames, and either active once (so on or
    before `cutoff`) or never active and created on or before `cutoff`."""
    if str(user["username"]).lower() in recent:
        return False
    if user.get("last_activity_on"):
        return True
    return created_on(user["created_at"]) <= cutoff


def created_on(value: str) -> datetime.date:
    """The UTC date of an ISO 8601 created_at (GitLab writes ...Z or an offset)."""
    text = str(value).strip()
    moment = datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).date()
