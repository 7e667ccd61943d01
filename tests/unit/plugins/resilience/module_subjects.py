# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every module of the collection as the resilience suite drives it: one task per step of a lifecycle

    create -> noop (the same task again) -> change (one attribute) -> delete

with the exact requests each step makes, what the server must hold afterwards, and the secrets the
module handles. The suite's tests (rate limits, transient errors, lost answers, TLS, secrets, races)
run over SUBJECTS, so a module added here is covered by all of them.

The request lists are the oracle for "the fewest requests": they follow from the GitLab REST API
(what must be read to decide, what must be written), not from the module's code. A path's "{}" is a
numeric id; a request marked MANY may repeat (polling).
"""

from __future__ import annotations

import importlib
import re
import uuid
from typing import Any, Callable, Dict, List, Mapping, Sequence, Tuple

STEPS = ("create", "noop", "change", "delete")
# What must have happened before a step can be run.
PRIOR_STEPS = {"create": (), "noop": ("create",), "change": ("create",), "delete": ("create",)}
MANY = "many"
MODULES = "ansible_collections.gitlab_ops.users.plugins.modules."

Request = Tuple[str, str]  # ("GET", "/users/{}")


class Subject:
    """One module, its lifecycle and its oracle.

    - prepare(gitlab, unique) -> ctx: creates what the module needs (e.g. the user owning a key) through
      the API, and returns the names and values the other callables use;
    - options(ctx, step) -> the module options of that step (without the connection);
    - requests: step -> the exact requests of that step, in order: (method, path[, MANY]);
    - observe(gitlab, ctx) -> the server state the module manages, read through the API as root;
    - expected(ctx, step) -> what observe() must return after that step (no duplicates, nothing else);
    - secrets(ctx) -> values that must never appear in output (passwords, token values).
    """

    def __init__(self, name: str, prepare: Callable[..., Dict[str, Any]],
                 options: Callable[[Mapping[str, Any], str], Dict[str, Any]],
                 requests: Mapping[str, Sequence[Tuple[str, ...]]],
                 observe: Callable[[Any, Mapping[str, Any]], Any],
                 expected: Callable[[Mapping[str, Any], str], Any],
                 secrets: Callable[[Mapping[str, Any]], List[str]] = lambda ctx: []) -> None:
        self.name = name
        self.prepare = prepare
        self.options = options
        self.requests = {step: [tuple(request) for request in requests[step]] for step in STEPS}
        self.observe = observe
        self.expected = expected
        self.secrets = secrets

    def __repr__(self) -> str:
        return self.name

    @property
    def main(self) -> Callable[[], None]:
        return importlib.import_module(MODULES + self.name).main

    def faultable(self, step: str) -> List[Request]:
        """The distinct requests of a step, each a target for fault injection."""
        return list(dict.fromkeys((request[0], request[1]) for request in self.requests[step]))


def fault_path(path: str) -> str:
    """The simulator's fault rules match a regular expression on the full request path."""
    return "^/api/v4" + "[^/]+".join(re.escape(part) for part in path.split("{}")) + "$"


def templated(entries: Sequence[Tuple[str, str, Any]]) -> List[Request]:
    """The kit's log (method, path, query) with numeric path segments as "{}"."""
    return [(method, re.sub(r"/\d+(?=/|$)", "/{}", path)) for method, path, _query in entries]


def matches(log: Sequence[Request], declared: Sequence[Tuple[str, ...]]) -> bool:
    """Whether the requests seen are the declared ones, in order (a MANY entry: one or more)."""
    seen = list(log)
    for request in declared:
        if not seen or seen[0] != request[:2]:
            return False
        seen.pop(0)
        if MANY in request[2:]:
            while seen and seen[0] == request[:2]:
                seen.pop(0)
    return not seen


def run_steps(run: Callable[..., Dict[str, Any]], subject: Subject, ctx: Mapping[str, Any],
              steps: Sequence[str]) -> None:
    """Run steps fault-free (to reach the state a tested step starts from)."""
    for step in steps:
        result = run(**subject.options(ctx, step))
        assert result["_rc"] == 0, (subject, step, result.get("msg"))


# -- gitlab_user --------------------------------------------------------------------------------------

def _user_prepare(gitlab, unique) -> Dict[str, Any]:
    username = unique("res")
    return dict(username=username, email="%s@example.com" % username, password="Qz7-vortex-%s" % uuid.uuid4().hex)


def _user_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(username=ctx["username"], state="absent")
    name = "Changed Name" if step == "change" else "Resilience User"
    return dict(username=ctx["username"], name=name, email=ctx["email"], password=ctx["password"])


def _user_observe(gitlab, ctx: Mapping[str, Any]) -> List[Dict[str, Any]]:
    found = gitlab.api("GET", "/users", params={"username": ctx["username"]}).json()
    return [dict(username=user["username"], name=user["name"], email=user["email"], state=user["state"])
            for user in found]


def _user_expected(ctx: Mapping[str, Any], step: str) -> List[Dict[str, Any]]:
    if step == "delete":
        return []
    name = "Changed Name" if step == "change" else "Resilience User"
    return [dict(username=ctx["username"], name=name, email=ctx["email"], state="active")]


GITLAB_USER = Subject(
    "gitlab_user", prepare=_user_prepare, options=_user_options,
    requests=dict(
        create=[("GET", "/users"), ("POST", "/users")],
        noop=[("GET", "/users")],
        change=[("GET", "/users"), ("PUT", "/users/{}")],
        # GitLab deletes a user in a background job (DeleteUserWorker): the module polls until 404.
        delete=[("GET", "/users"), ("DELETE", "/users/{}"), ("GET", "/users/{}", MANY)],
    ),
    observe=_user_observe, expected=_user_expected, secrets=lambda ctx: [ctx["password"]])


SUBJECTS = [GITLAB_USER]
BY_NAME = {subject.name: subject for subject in SUBJECTS}


def cases(kinds_for: Callable[[str], Sequence[str]], steps: Sequence[str] = STEPS) -> List[Any]:
    """pytest params (subject, step, method, path, kind) for every request of every step, with the fault
    kinds kinds_for(method) gives."""
    import pytest

    params = []
    for subject in SUBJECTS:
        for step in steps:
            for method, path in subject.faultable(step):
                for kind in kinds_for(method):
                    params.append(pytest.param(subject, step, method, path, kind,
                                               id="%s-%s-%s %s-%s" % (subject.name, step, method, path, kind)))
    return params

