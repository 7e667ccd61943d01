"""Endpoint families. Each module registers its routes on import (see gitlab_sim.routing).

A family imports the core (gitlab_sim.errors, params, routing, state, entities, sub_entities, pagination)
and the helper modules here (resources, user_model, user_finder, token_model), never another family."""
from __future__ import annotations

import importlib

# Order matters only where two patterns could match the same path: more specific first.
FAMILIES = ["version", "users", "user_moderation", "custom_attributes", "profile", "memberships",
            "keys", "gpg_keys", "emails", "tokens", "personal_access_tokens", "status", "oauth",
            "application_settings", "service_accounts", "runners", "preferences", "user_counts",
            # last: its /groups/:id and /projects/:id would also match the longer paths above
            "groups"]
_loaded = False


def load_all():
    global _loaded  # pylint: disable=global-statement
    if _loaded:
        return
    for name in FAMILIES:
        importlib.import_module("gitlab_sim.api." + name)
    _loaded = True
