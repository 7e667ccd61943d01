# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Expiry arithmetic of GitLab access tokens, with "today" always passed in.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

GitLab stores a token's expiry as a date and treats the token as expired ON that date, from 00:00 UTC:
`Expirable#expired?` is `expires_at <= Time.current` (app/models/concerns/expirable.rb). So a token
created today with `expires_at` = today is never usable, and one expiring tomorrow has one day left.
Every function here follows that rule; none reads the clock except `utc_today()`.
"""

from __future__ import annotations

import datetime
from typing import Optional

# PersonalAccessToken::MAX_PERSONAL_ACCESS_TOKEN_LIFETIME_IN_DAYS (app/models/personal_access_token.rb):
# `expires_at_before_instance_max_expiry_date` refuses a later date on create.
MAX_LIFETIME_DAYS = 365


def utc_today() -> datetime.date:
    """The current date in UTC, the calendar GitLab judges expiry by."""
    return datetime.datetime.now(datetime.timezone.utc).date()


def days_left(expires_at: Optional[datetime.date], today: datetime.date) -> Optional[int]:
    """Whole days a token can still be used: 0 on its expiry date (and negative after it), None when it
    never expires."""
    if expires_at is None:
        return None
    return (expires_at - today).days


def is_expired(expires_at: Optional[datetime.date], today: datetime.date) -> bool:
    """Expired on the expiry date itself, not the day after."""
    left = days_left(expires_at, today)
    return left is not None and left <= 0


def expiry_in(days: int, today: datetime.date) -> datetime.date:
    """The expiry date of a token created today that should live `days` days."""
    return today + datetime.timedelta(days=days)


def due_for_renewal(expires_at: Optional[datetime.date], today: datetime.date, renew_before_days: int) -> bool:
    """Whether a token expires within `renew_before_days` days: a token expiring tomorrow has 1 day left,
    so renew_before_days=1 renews it today. A token that never expires is never due."""
    left = days_left(expires_at, today)
    return left is not None and left <= renew_before_days


def lifetime_problem(expires_in_days: int, renew_before_days: Optional[int]) -> Optional[str]:
    """Why expires_in_days/renew_before_days cannot work together, or None."""
    if not 1 <= expires_in_days <= MAX_LIFETIME_DAYS:
        return "expires_in_days must be between 1 and %d (GitLab's longest token lifetime), got %d" % (
            MAX_LIFETIME_DAYS, expires_in_days)
    if renew_before_days is None:
        return None
    if renew_before_days < 1:
        return "renew_before_days must be 1 or more, got %d" % renew_before_days
    if renew_before_days >= expires_in_days:
        return ("renew_before_days (%d) must be less than expires_in_days (%d); otherwise every new token would "
                "already be due for renewal" % (renew_before_days, expires_in_days))
    return None


def expiry_date_problem(expires_at: datetime.date, today: datetime.date) -> Optional[str]:
    """Why a wanted expiry date cannot be used for a new token, or None."""
    if expires_at <= today:
        return ("expires_at must be after today (%s, UTC): GitLab treats a token as expired from 00:00 UTC on its "
                "expiry date, got %s" % (today.isoformat(), expires_at.isoformat()))
    latest = expiry_in(MAX_LIFETIME_DAYS, today)
    if expires_at > latest:
        return "expires_at must be at most %d days ahead (%s), got %s" % (
            MAX_LIFETIME_DAYS, latest.isoformat(), expires_at.isoformat())
    return None
