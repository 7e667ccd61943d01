"""Endpoint families. Each module registers its routes on import (see gitlab_sim.routing)."""
from __future__ import annotations

import importlib

# Order matters only where two patterns could match the same path: more specific first.
FAMILIES = ["version", "users", "user_moderation", "custom_attributes",
            "keys", "gpg_keys", "emails", "tokens", "status"]
_loaded = False


def load_all():
    global _loaded  # pylint: disable=global-statement
    if _loaded:
        return
    for name in FAMILIES:
        importlib.import_module("gitlab_sim.api." + name)
    _loaded = True
