# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The account state planner (account_state.py): every transition is a shortest path GitLab allows, the undo
of a first step, and which users count as recently active. GitLab's state machine is written out here from its
source, independently of the planner's own tables."""

from __future__ import annotations

import datetime
import time

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit import account_state as _account_state
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.account_state import (
    KNOWN_STATES,
    TARGET_STATES,
    TransitionRefused,
    plan_transition,
    recently_active,
)

# GitLab's user state machine (app/models/user.rb, `state_machine :state`) together with the checks of the
# action endpoints (lib/api/users.rb, POST /users/:id/<action>): action -> (states it starts from, state it
# leads to). Written here from GitLab's source, independently of _account_state's own tables.
GITLAB_TRANSITIONS = {
    "block": ({"active", "deactivated"}, "blocked"),
    "unblock": ({"blocked", "banned", "blocked_pending_approval"}, "active"),
    "deactivate": ({"active"}, "deactivated"),
    "activate": ({"deactivated"}, "active"),
    "ban": ({"active"}, "banned"),
    "unban": ({"banned"}, "active"),
    "approve": ({"blocked_pending_approval"}, "active"),
}


def shortest_paths(start):
    """Breadth-first search over GITLAB_TRANSITIONS: {state: length of the shortest action path}."""
    distance, frontier = {start: 0}, [start]
    while frontier:
        following = []
        for state in frontier:
            for sources, result in GITLAB_TRANSITIONS.values():
                if state in sources and result not in distance:
                    distance[result] = distance[state] + 1
                    following.append(result)
        frontier = following
    return distance


def walk(start, actions):
    state = start
    for action in actions:
        sources, result = GITLAB_TRANSITIONS[action]
        assert state in sources, "GitLab refuses %s from %s" % (action, state)
        state = result
    return state


@pytest.mark.parametrize("current", KNOWN_STATES)
@pytest.mark.parametrize("target", TARGET_STATES)
def test_every_transition_is_a_shortest_allowed_path(current, target):
    if current == target or (current, target) == ("ldap_blocked", "blocked"):
        assert plan_transition(current, target) == ()  # an LDAP-blocked user already counts as blocked
        return
    if current == "ldap_blocked":
        with pytest.raises(TransitionRefused, match="LDAP blocked users cannot be modified by the API"):
            plan_transition(current, target)
        return
    path = plan_transition(current, target)
    assert walk(current, path) == target
    assert len(path) == shortest_paths(current)[target]


def test_unknown_states():
    with pytest.raises(TransitionRefused, match="unknown account state"):
        plan_transition("quarantined", "active")
    with pytest.raises(ValueError):
        plan_transition("active", "ldap_blocked")


def test_undo_steps_restore_the_previous_state():
    """Every first step of a two-step path either has an undo that GitLab allows and that leads back to
    where it started, or cannot be undone (approve: there is no way back to pending approval)."""
    for current in KNOWN_STATES:
        for target in TARGET_STATES:
            try:
                path = plan_transition(current, target)
            except TransitionRefused:
                continue
            if len(path) < 2:
                continue
            undo = _account_state.UNDO.get(path[0])
            if undo is None:
                assert path[0] == "approve"
                continue
            assert walk(walk(current, path[:1]), [undo]) == current


def test_recently_active():
    today = datetime.date(2026, 11, 22)
    assert recently_active(dict(last_activity_on="2026-11-20"), today)
    assert recently_active(dict(current_sign_in_at="2026-10-01T10:00:00.000Z"), today)
    assert not recently_active(dict(last_activity_on="2026-01-01", current_sign_in_at=None), today)
    assert not recently_active(dict(last_activity_on=None), today)
    assert not recently_active(dict(last_activity_on="garbage"), today)


def test_recently_active_counts_days_in_utc_whatever_the_local_zone(monkeypatch):
    """GitLab dates activity in UTC (Rails' default zone; app/models/user.rb last_activity_on). A controller in a
    zone whose date differs from UTC's right now must still put the 90-day boundary where GitLab does."""
    utc_today = datetime.datetime.now(datetime.timezone.utc).date()
    # One of these two zones (UTC-11 and UTC+14) is on another date than UTC at any moment.
    for zone in ("Pacific/Pago_Pago", "Pacific/Kiritimati"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        if datetime.date.today() != utc_today:
            break
    try:
        assert datetime.date.today() != utc_today
        boundary = (utc_today - datetime.timedelta(days=90)).isoformat()
        inside = (utc_today - datetime.timedelta(days=89)).isoformat()
        assert not recently_active(dict(last_activity_on=boundary))
        assert recently_active(dict(last_activity_on=inside))
    finally:
        monkeypatch.undo()  # the zone this process had, before any later test reads the local date
        time.tzset()
