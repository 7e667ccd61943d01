# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""A simulator population whose users the tests know independently of the code under test: the seed's
documented profile (gitlab_sim.seed.seed_profile), a few users created by name, and changes the seed
does not make (internal users, a service user, auditors, a SAML identity, custom attributes with
separators). `Person` holds what the tests know; `Person.in_group` defines the named groups of user
patterns from GitLab's definitions (app/models/user.rb scopes, app/models/concerns/has_user_type.rb),
not from the pattern engine's tables."""

from __future__ import annotations

import contextlib

from gitlab_sim.launcher import running_simulator
from gitlab_sim.pytest_plugin import GitLabHandle
from gitlab_sim.seed import seed_profile

# app/models/concerns/has_user_type.rb: NON_INTERNAL_USER_TYPES and BOT_USER_TYPES.
NON_INTERNAL_TYPES = {"human", "project_bot", "service_user", "service_account"}
BOT_TYPES = {"alert_bot", "project_bot", "support_bot", "visual_review_bot", "migration_bot", "security_bot",
             "automation_bot", "security_policy_bot", "admin_bot", "service_account", "duo_code_review_bot"}
# Users created by name besides the seed: username -> POST /users fields.
# The name of tmpl-user (running_population): the plugins must return it, never render it.
TEMPLATED_NAME = "Tmpl {{ 6 * 7 }}"
CREATED = (("svc-deploy", {"external": True}), ("svc-backup", {}), ("SVC-Monitor", {"admin": True}),
           ("admins", {}), ("human", {}), ("hall", {}), ("viewer", {}))


class Person:
    """What the test knows about one user, independently of the code under test."""

    def __init__(self, user_id, username, state="active", is_admin=False, external=False, user_type="human",
                 two_factor=False, providers=(), attributes=None, is_auditor=False):
        self.id = user_id
        self.username = username
        self.state = state
        self.is_admin = is_admin
        self.external = external
        self.user_type = user_type
        self.two_factor = two_factor
        self.providers = set(providers)
        self.attributes = dict(attributes or {})
        self.is_auditor = is_auditor

    @property
    def internal(self):
        return self.user_type not in NON_INTERNAL_TYPES

    def in_group(self, name):
        """Membership of a named group, by GitLab's scopes (User.active is active and not internal,
        User.blocked is blocked and ldap_blocked). The simulator has no projects: everyone is without
        projects (tests/simulator/README.md)."""
        if name.startswith("provider_"):
            return name[len("provider_"):] in self.providers
        states = {"blocked": ("blocked", "ldap_blocked"), "ldap_blocked": ("ldap_blocked",), "banned": ("banned",),
                  "deactivated": ("deactivated",), "pending_approval": ("blocked_pending_approval",)}
        if name in states:
            return self.state in states[name]
        return {
            "all": True, "without_projects": True,
            "active": self.state == "active" and not self.internal,
            "admins": self.is_admin, "auditors": self.is_auditor, "external": self.external,
            "bots": self.user_type in BOT_TYPES, "humans": self.user_type == "human", "internal": self.internal,
            "two_factor_enabled": self.two_factor, "two_factor_disabled": not self.two_factor,
        }[name]


class Population:
    """`people`: id -> Person; `entities`: id -> the user as GET /users shows it to an administrator
    (read with plain requests, for the fields the seed profile does not predict: names, created_at);
    `viewer_token`: a token of the non-administrator `viewer`."""

    def __init__(self, sim, people, entities, viewer_token):
        self.sim = sim
        self.people = people
        self.entities = entities
        self.viewer_token = viewer_token

    def ids(self, predicate):
        return {person.id for person in self.people.values() if predicate(person)}

    def members(self, group):
        return self.ids(lambda person: person.in_group(group))

    def by_name(self, username):
        return next(person for person in self.people.values() if person.username == username)


def _seeded_people(first_id, count, usernames):
    people = {}
    for offset in range(count):
        profile = seed_profile(offset)
        user_id = first_id + offset
        providers = ["ldapmain"] * profile["ldap_identity"] + ["github"] * profile["github_identity"]
        attributes = {"department": profile["department"]} if profile["department"] else {}
        people[user_id] = Person(user_id, usernames[user_id], profile["state"], profile["is_admin"],
                                 profile["external"], profile["user_type"], profile["two_factor_enabled"],
                                 providers, attributes)
    return people


def _active_human_offsets(count):
    """Seed offsets of plain active humans (no admin, no external, no identity, no attribute)."""
    for offset in range(count):
        p = seed_profile(offset)
        if (p["state"], p["user_type"], p["is_admin"], p["external"], p["ldap_identity"], p["github_identity"],
                p["department"]) == ("active", "human", False, False, False, False, None):
            yield offset


def all_entities(sim):
    """id -> user, read with plain requests (keyset, admin)."""
    found, params = {}, {"pagination": "keyset", "order_by": "id", "sort": "asc", "per_page": 100}
    url = sim.api_url + "/users"
    while url:
        response = sim.session.get(url, params=params, headers={"PRIVATE-TOKEN": sim.token}, timeout=30)
        assert response.status_code == 200, response.text
        found.update((user["id"], user) for user in response.json())
        url, params = response.links.get("next", {}).get("url"), None
    return found


def build_population(sim, seeded_count):
    """Seed `seeded_count` users, create CREATED, make the changes the seed does not make; -> Population."""
    seeded = sim.seed(seeded_count)
    people = {1: Person(1, "root", is_admin=True)}
    created = {}
    for username, fields in CREATED:
        user = sim.create_user(username, **fields)
        created[username] = user["id"]
    usernames = {user_id: user["username"] for user_id, user in all_entities(sim).items()}
    people.update(_seeded_people(seeded["first_id"], seeded_count, usernames))
    for username, user_id in created.items():
        people[user_id] = Person(user_id, username, is_admin=username == "SVC-Monitor",
                                 external=username == "svc-deploy")
    plain = [seeded["first_id"] + offset for offset in _active_human_offsets(seeded_count)]
    changes = [
        (plain[0], {"user_type": "ghost"}), (plain[1], {"user_type": "support_bot"}),
        (plain[2], {"user_type": "service_user"}), (plain[3], {"is_auditor": True}),
        (plain[4], {"is_auditor": True, "state": "blocked"}),
        (plain[5], {"identities": [{"provider": "saml", "extern_uid": "p5@corp.example", "saml_provider_id": 10}]}),
        (plain[6], {"custom_attributes": {"team": "a,b:c", "role": "Platform Team"}}),
        (created["svc-backup"], {"custom_attributes": {"team": "a,b:c"}, "two_factor_enabled": True}),
    ]
    for user_id, fields in changes:
        sim.poke_user(user_id, **fields)
        person = people[user_id]
        person.user_type = fields.get("user_type", person.user_type)
        person.is_auditor = fields.get("is_auditor", person.is_auditor)
        person.state = fields.get("state", person.state)
        person.two_factor = fields.get("two_factor_enabled", person.two_factor)
        if "identities" in fields:
            person.providers = {identity["provider"] for identity in fields["identities"]}
        if "custom_attributes" in fields:
            person.attributes = dict(fields["custom_attributes"])
    viewer_token = sim._control("POST", "/users/viewer/tokens", json={"scopes": ["api"]})["token"]
    return Population(sim, people, all_entities(sim), viewer_token)


@contextlib.contextmanager
def running_population(seeded_count):
    """A simulator of its own (EE, so that is_auditor shows) holding build_population's users and tmpl-user,
    an active human whose name is a template (TEMPLATED_NAME)."""
    with running_simulator(extra_args=["--edition", "ee"]) as server:
        sim = GitLabHandle(server.url, server.root_token, is_sim=True)
        tmpl_id = sim.create_user("tmpl-user", name=TEMPLATED_NAME)["id"]
        population = build_population(sim, seeded_count)
        population.people[tmpl_id] = Person(tmpl_id, "tmpl-user")
        yield population
