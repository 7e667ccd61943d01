# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fault rules of the simulator (POST /-/sim/faults) by name, aimed at one request of a step."""

from __future__ import annotations

from typing import Any, Dict, List

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import fault_path

RETRY_AFTER = 7  # seconds; what GitLab's Rack::Attack sends is the time left in the window
IDEMPOTENT = ("GET", "PUT", "DELETE")  # the client repeats these after a lost answer or a gateway error


def rules(kind: str, method: str, path: str) -> List[Dict[str, Any]]:
    return aimed(kind, dict(method=method, path=fault_path(path)))


def aimed(kind: str, target: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The rules of a fault kind for the requests `target` ({method, path regex}) selects."""
    if kind == "429":
        return [dict(target, action="status", status=429, headers={"Retry-After": str(RETRY_AFTER)},
                     body={"message": "Retry later"})]
    if kind == "5xx-burst":  # one 502, then one 503, then one 504
        return [dict(target, action="status", status=status, body={"message": "%d from the proxy" % status})
                for status in (502, 503, 504)]
    if kind == "500":
        return [dict(target, action="status", status=500, body={"message": "500 Internal Server Error"})]
    if kind in ("drop", "drop_after_commit"):
        return [dict(target, action=kind)]
    raise ValueError(kind)


def read_kinds(method: str) -> List[str]:
    return ["429", "5xx-burst", "drop"] if method == "GET" else []


def write_kinds(method: str) -> List[str]:
    return [] if method == "GET" else ["429", "5xx-burst", "drop", "drop_after_commit"]
