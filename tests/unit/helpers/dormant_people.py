# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Users for the tests of the dormant group, on a simulator whose clock stands on a day far from the controller's,
and the members the tests expect, from the fixture's own figures (days since the last activity, days since
creation) by GitLab's rule as app/models/user.rb states it (the dormant and with_no_activity scopes): an active,
non-internal user whose last activity is `days` or more days ago, or who was never active and was created `days`
or more days ago."""

from __future__ import annotations

import datetime

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
ADMINS = {name for name, person in PEOPLE.items() if person[2]}
BOTS = {name for name, person in PEOPLE.items() if person[1] in BOT_TYPES}


def expected_dormant(days):
    return {name for name, (state, user_type, _admin, last_active, created) in PEOPLE.items()
            if state == "active" and user_type not in INTERNAL_TYPES
            and (last_active >= days if last_active is not None else created >= days)}


def iso_day(days_ago):
    return (TODAY - datetime.timedelta(days=days_ago)).isoformat()


def populate(sim):
    """Create PEOPLE (root is there already) and a non-administrator `viewer` active today, then stop the
    simulator's clock at GITLAB_NOW."""
    for name, (state, user_type, is_admin, last_active, created) in PEOPLE.items():
        if name != "root":
            sim.create_user(name)
        sim.poke_user(name, state=state, user_type=user_type, is_admin=is_admin,
                      created_at=iso_day(created) + "T08:00:00Z",
                      last_activity_on=iso_day(last_active) if last_active is not None else None)
    sim.create_user("viewer")
    sim.poke_user("viewer", last_activity_on=iso_day(0))
    sim.clock(at=GITLAB_NOW)
