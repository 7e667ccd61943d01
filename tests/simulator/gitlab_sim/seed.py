"""Bulk creation of varied users for pagination, filter and benchmark tests."""
from __future__ import annotations

import datetime

from gitlab_sim.state import now

STATES = ["active"] * 12 + ["blocked", "deactivated", "banned", "blocked_pending_approval", "ldap_blocked"]


def seed_users(state, count):
    """Create `count` users: mostly active humans, plus blocked/deactivated/banned/pending ones,
    admins, external users, project bots, LDAP/SAML identities and custom attributes."""
    base = now() - datetime.timedelta(days=count // 24 + 1)
    with state.lock:
        start = state.next_id("seed")
        for offset in range(count):
            n = start * 1000000 + offset if start > 1 else offset
            username = "seed_user_%d" % n
            user = state.add_user(username, "Seed User %d" % n, "%s@seed.example.com" % username,
                                  created_at=base + datetime.timedelta(minutes=offset),
                                  confirmed_at=base)
            user.namespace_id = user.id + 1000
            user.state = STATES[offset % len(STATES)]
            if offset % 97 == 0:
                user.is_admin = True
            if offset % 11 == 0:
                user.external = True
            if offset % 50 == 0:
                user.user_type = "project_bot"
                user.username = "project_%d_bot_%d" % (n, n)
                state.rename_user(user, user.username)
            if offset % 7 == 0:
                user.identities.append({"provider": "ldapmain", "extern_uid": "uid=%s,ou=people,dc=example,dc=com" % username})
            if offset % 13 == 0:
                user.custom_attributes["department"] = ["eng", "ops", "sales"][offset % 3]
            if offset % 5 == 0:
                user.two_factor_enabled = True
            if offset % 3 == 0:
                user.last_activity_on = datetime.date.today() - datetime.timedelta(days=offset % 200)
        return count
