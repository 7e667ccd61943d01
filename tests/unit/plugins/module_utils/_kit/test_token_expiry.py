# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Token expiry arithmetic with an injected "today". The expected values are worked out by hand from
GitLab's rule (app/models/concerns/expirable.rb: `expires_at <= Time.current`, so a token is expired from
00:00 UTC on its expiry date), written as literal dates, never computed with the code under test."""

from __future__ import annotations

import datetime

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.token_expiry import (
    days_left,
    due_for_renewal,
    expiry_date_problem,
    expiry_in,
    is_expired,
    lifetime_problem,
    utc_today,
)

D = datetime.date
TODAY = D(2026, 2, 27)  # 2026 is not a leap year: the day after 2026-02-28 is 2026-03-01


@pytest.mark.parametrize("expires_at, expected", [
    (D(2026, 2, 26), True),   # yesterday
    (D(2026, 2, 27), True),   # today: expired ON its date, not the day after
    (D(2026, 2, 28), False),  # tomorrow: still usable today
    (D(2027, 2, 27), False),
    (None, False),            # never expires
])
def test_expired_on_its_date(expires_at, expected):
    assert is_expired(expires_at, TODAY) is expected


@pytest.mark.parametrize("expires_at, expected", [
    (D(2026, 2, 27), 0),
    (D(2026, 2, 28), 1),
    (D(2026, 3, 1), 2),       # across the end of February
    (D(2026, 3, 29), 30),
    (D(2026, 2, 20), -7),
    (None, None),
])
def test_days_left(expires_at, expected):
    assert days_left(expires_at, TODAY) == expected


@pytest.mark.parametrize("today, days, expected", [
    (D(2026, 2, 27), 1, D(2026, 2, 28)),
    (D(2026, 2, 27), 2, D(2026, 3, 1)),
    (D(2026, 2, 27), 30, D(2026, 3, 29)),
    (D(2026, 12, 31), 1, D(2027, 1, 1)),
    (D(2027, 12, 31), 365, D(2028, 12, 30)),  # 2028 is a leap year: 366 days to the same date
    (D(2028, 2, 28), 1, D(2028, 2, 29)),
])
def test_expiry_in(today, days, expected):
    assert expiry_in(days, today) == expected


@pytest.mark.parametrize("expires_at, renew_before_days, expected", [
    (D(2026, 2, 28), 1, True),    # expires tomorrow: 1 day left, within 1 day
    (D(2026, 3, 1), 1, False),    # 2 days left
    (D(2026, 3, 1), 2, True),
    (D(2026, 3, 6), 7, True),     # 7 days left
    (D(2026, 3, 7), 7, False),    # 8 days left
    (D(2026, 2, 27), 1, True),    # expired today: 0 days left
    (None, 30, False),            # a token that never expires is never due
])
def test_due_for_renewal(expires_at, renew_before_days, expected):
    assert due_for_renewal(expires_at, TODAY, renew_before_days) is expected


@pytest.mark.parametrize("expires_at, words", [
    (D(2026, 2, 27), ["expires_at", "after today", "2026-02-27"]),
    (D(2026, 2, 1), ["expires_at", "after today"]),
    (D(2027, 2, 28), ["expires_at", "365", "2027-02-27"]),
])
def test_expiry_date_refused(expires_at, words):
    problem = expiry_date_problem(expires_at, TODAY)
    assert problem and all(word in problem for word in words), problem


@pytest.mark.parametrize("expires_at", [D(2026, 2, 28), D(2027, 2, 27)])  # tomorrow; exactly 365 days ahead
def test_expiry_date_accepted(expires_at):
    assert expiry_date_problem(expires_at, TODAY) is None


@pytest.mark.parametrize("lifetime, renew, words", [
    (0, None, ["expires_in_days", "between 1 and 365"]),
    (366, None, ["expires_in_days", "366"]),
    (-3, 1, ["expires_in_days"]),
    (30, 0, ["renew_before_days", "1 or more"]),
    (30, 30, ["renew_before_days", "less than expires_in_days"]),
    (7, 10, ["renew_before_days", "less than expires_in_days"]),
])
def test_lifetime_refused(lifetime, renew, words):
    problem = lifetime_problem(lifetime, renew)
    assert problem and all(word in problem for word in words), problem


@pytest.mark.parametrize("lifetime, renew", [(1, None), (365, None), (30, 29), (90, 14), (2, 1)])
def test_lifetime_accepted(lifetime, renew):
    assert lifetime_problem(lifetime, renew) is None


def test_utc_today_is_the_utc_date():
    before = datetime.datetime.now(datetime.timezone.utc).date()
    today = utc_today()
    after = datetime.datetime.now(datetime.timezone.utc).date()
    assert before <= today <= after
