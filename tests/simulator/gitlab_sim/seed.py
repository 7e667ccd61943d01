"""Bulk creation of varied users for pagination, filter and benchmark tests.

Every attribute follows the user's position in the batch (deterministic, no randomness), so tests
can predict what a seed produced: see `seed_profile` for the pattern."""
from __future__ import annotations

import datetime

from gitlab_sim.records import Identity, User, now

# One state per position modulo 20: mostly active, every non-active state represented.
STATE_CYCLE = ["active"] * 15 + ["blocked", "deactivated", "banned", "blocked_pending_approval", "ldap_blocked"]
FIRST_NAMES = ["Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Alan", "Radia"]
LAST_NAMES = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen",
              "Turing", "Perlman"]
DEPARTMENTS = ["eng", "ops", "sales"]


def seed_profile(offset):
    """The varying attributes of the user at `offset` in a batch (documented in the README)."""
    return {
        "state": STATE_CYCLE[offset % len(STATE_CYCLE)],
        "is_admin": offset % 97 == 1,
        "external": offset % 11 == 3,
        "user_type": "project_bot" if offset % 50 == 7 else "service_account" if offset % 73 == 5 else "human",
        "two_factor_enabled": offset % 5 == 0,
        "private_profile": offset % 17 == 4,
        "confirmed": offset % 23 != 6,
        "public_email": offset % 9 == 2,
        "ldap_identity": offset % 7 == 0,
        "github_identity": offset % 29 == 1,
        "department": DEPARTMENTS[offset % 3] if offset % 13 == 0 else None,
        "last_activity_days_ago": offset % 200 if offset % 3 == 0 else None,
    }


def _identities(profile, username, batch, offset, moment):
    """A (provider, extern_uid) pair belongs to one user (`app/models/identity.rb`): the batch is part of it."""
    identities = []
    if profile["ldap_identity"]:
        identities.append(Identity(provider="ldapmain", extern_uid="uid=%s,ou=people,dc=example,dc=com" % username,
                                   updated_at=moment))
    if profile["github_identity"]:
        identities.append(Identity(provider="github", extern_uid="%d%07d" % (batch, offset),
                                   updated_at=moment))
    return identities


def _make_user(state, batch, offset, count, base, today):
    profile = seed_profile(offset)
    name = "%s %s %d" % (FIRST_NAMES[offset % 10], LAST_NAMES[(offset // 10) % 10], offset)
    username = "seed%d_user_%d" % (batch, offset)
    if profile["user_type"] == "project_bot":
        username = "project_%d_bot_%04x%06x" % (offset, batch, offset)
    created = base + datetime.timedelta(seconds=offset)
    user = User(state.next_id("user"), username, name, "%s@seed.example.com" % username, created_at=created)
    user.updated_at = base + datetime.timedelta(seconds=(offset * 7919) % max(count, 1), milliseconds=offset % 1000)
    user.namespace_id = state.next_id("namespace")
    user.state, user.is_admin, user.external = profile["state"], profile["is_admin"], profile["external"]
    user.user_type, user.two_factor_enabled = profile["user_type"], profile["two_factor_enabled"]
    user.private_profile = profile["private_profile"]
    user.confirmed_at = created if profile["confirmed"] else None
    user.public_email = user.email if profile["public_email"] and profile["confirmed"] else None
    user.identities = _identities(profile, username, batch, offset, created)
    if profile["department"]:
        user.custom_attributes["department"] = profile["department"]
    if profile["last_activity_days_ago"] is not None:
        user.last_activity_on = today - datetime.timedelta(days=profile["last_activity_days_ago"])
    user.created_by_id = 1
    return user


def seed_users(state, count):
    """Create `count` users (see seed_profile). Returns {"created", "first_id", "last_id"}."""
    count = int(count)
    with state.lock:
        batch = state.next_id("seed_batch")
        base = now() - datetime.timedelta(seconds=count + 60)
        today = now().date()
        first_id = last_id = None
        for offset in range(count):
            user = _make_user(state, batch, offset, count, base, today)
            state.users[user.id] = user
            state.usernames[user.username.lower()] = user.id
            first_id = first_id or user.id
            last_id = user.id
        return {"created": count, "first_id": first_id, "last_id": last_id}
