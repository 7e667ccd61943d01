# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Dates counted from the UTC date on which a test runs.

GitLab judges token expiry by the UTC date, and so do the modules (`_kit/token_expiry.utc_today`) and the simulator
(`gitlab_sim.records.today`), each when a request is handled. A test therefore reads the date when it runs, never
once at import: a run that crosses midnight UTC would otherwise send, or expect, yesterday's dates. Lists built at
import (parametrize tables) hold `InDays(n)` instead of a date; the test turns them into dates with `resolve`."""

from __future__ import annotations

import datetime
from typing import Any


def utc_today() -> datetime.date:
    """The current date in UTC, read now (the machine's time zone does not matter)."""
    return datetime.datetime.now(datetime.timezone.utc).date()


def days_from_today(days: int) -> str:
    """The ISO date `days` after (before, if negative) the current UTC date."""
    return (utc_today() + datetime.timedelta(days=days)).isoformat()


class InDays:
    """A date `days` from the UTC date on which the test runs, for a table built at import; see `resolve`."""

    def __init__(self, days: int) -> None:
        self.days = days

    def __repr__(self) -> str:
        return "InDays(%d)" % self.days


def resolve(value: Any) -> Any:
    """`value` with every InDays in it (in dicts, lists and tuples too) replaced by its ISO date, as of now."""
    if isinstance(value, InDays):
        return days_from_today(value.days)
    if isinstance(value, dict):
        return dict((key, resolve(item)) for key, item in value.items())
    if isinstance(value, (list, tuple)):
        return type(value)(resolve(item) for item in value)
    return value
