# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""GitLab user account states: how to get from one to another through the state actions of the API.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

GitLab's state machine (app/models/user.rb) and the checks of the action endpoints
(lib/api/users.rb, POST /users/:id/<action>) allow:

  block:      active, deactivated                     -> blocked
              (already "blocked?" -- blocked, ldap_blocked, banned, blocked_pending_approval --
              answers 201 null and changes nothing, so those need another step first)
  unblock:    blocked, banned, blocked_pending_approval -> active  (deactivated, ldap_blocked: 403)
  deactivate: active                                   -> deactivated (403 when active in the last
              90 days, the instance's dormant-user period)
  activate:   deactivated                              -> active
  ban:        active                                   -> banned
  unban:      banned                                   -> active
  approve:    blocked_pending_approval                 -> active

so some targets need two steps. LDAP-blocked users cannot be changed through the API at all.
"""

from __future__ import annotations

import datetime

# Targets the module accepts (account_state choices).
TARGET_STATES = ("active", "blocked", "deactivated", "banned")
# States GitLab reports.
KNOWN_STATES = TARGET_STATES + ("blocked_pending_approval", "ldap_blocked")

# The shortest action sequence for every (current, target) pair with current != target.
_PATHS = {
    ("active", "blocked"): ("block",),
    ("active", "deactivated"): ("deactivate",),
    ("active", "banned"): ("ban",),
    ("blocked", "active"): ("unblock",),
    ("blocked", "deactivated"): ("unblock", "deactivate"),
    ("blocked", "banned"): ("unblock", "ban"),
    ("deactivated", "active"): ("activate",),
    ("deactivated", "blocked"): ("block",),
    ("deactivated", "banned"): ("activate", "ban"),
    ("banned", "active"): ("unban",),
    ("banned", "blocked"): ("unban", "block"),
    ("banned", "deactivated"): ("unban", "deactivate"),
    ("blocked_pending_approval", "active"): ("approve",),
    ("blocked_pending_approval", "blocked"): ("approve", "block"),
    ("blocked_pending_approval", "deactivated"): ("approve", "deactivate"),
    ("blocked_pending_approval", "banned"): ("approve", "ban"),
}

# The state each action leads to.
RESULT_STATE = {
    "block": "blocked",
    "unblock": "active",
    "deactivate": "deactivated",
    "activate": "active",
    "ban": "banned",
    "unban": "active",
    "approve": "active",
}

# What undoes a step when a later step of the same transition is refused (approve cannot be undone).
UNDO = {"unblock": "block", "unban": "ban", "activate": "deactivate"}

LDAP_REFUSAL = "LDAP blocked users cannot be modified by the API"

# GitLab's default dormant-user period (application setting deactivate_dormant_users_period).
DORMANT_DAYS = 90


class TransitionRefused(Exception):
    """GitLab would refuse to move the user to the wanted state."""


def plan_transition(current, target):
    """The state actions (e.g. ``("unblock", "deactivate")``) that take a user from `current` to `target`.

    Returns an empty tuple when nothing needs to be done. An LDAP-blocked user already counts as
    blocked. Raises TransitionRefused when GitLab does not allow the change.
    """
    if target not in TARGET_STATES:
        raise ValueError("unknown target state %r" % (target,))
    if current == target:
        return ()
    if current == "ldap_blocked":
        if target == "blocked":
            return ()
        raise TransitionRefused("%s (the user is ldap_blocked; cannot make it %s)" % (LDAP_REFUSAL, target))
    path = _PATHS.get((current, target))
    if path is None:
        raise TransitionRefused("GitLab reports the unknown account state %r; cannot make the user %s"
                                % (current, target))
    return path


def recently_active(user, today=None, days=DORMANT_DAYS):
    """Whether GitLab (with its default dormant period) refuses to deactivate this user.

    Looks at ``last_activity_on`` (a date) and ``current_sign_in_at`` (a timestamp) of the user entity.
    """
    # GitLab dates activity in UTC (Rails' default zone), not in the controller's local zone.
    today = today or datetime.datetime.now(datetime.timezone.utc).date()
    limit = today - datetime.timedelta(days=days)
    for field in ("last_activity_on", "current_sign_in_at"):
        value = user.get(field)
        if not value:
            continue
        try:
            day = datetime.date.fromisoformat(str(value)[:10])
        except ValueError:
            continue
        if day > limit:
            return True
    return False
