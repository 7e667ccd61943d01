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
numeric id, "{user}" the username; a request marked MANY may repeat (polling).
"""

from __future__ import annotations

import datetime
import importlib
import re
import uuid
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

STEPS = ("create", "noop", "change", "delete")
READ_ONLY_STEPS = ("noop",)  # a module that only reads: its one task changes nothing
# What must have happened before a step can be run (for a module that writes).
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
    - secrets(ctx) -> values that must never appear in output (passwords, token values);
    - created_secret(result) -> for a module that returns a secret it created (a token value): that value, or None;
    - task_keywords: what its documentation says a task needs (no_log for a task that returns a token);
    - read_only: the module only reads; its lifecycle is the one "noop" step, whose requests may come in any
      order (they run concurrently).
    """

    def __init__(self, name: str, prepare: Callable[..., Dict[str, Any]],
                 options: Callable[[Mapping[str, Any], str], Dict[str, Any]],
                 requests: Mapping[str, Sequence[Tuple[str, ...]]],
                 observe: Callable[[Any, Mapping[str, Any]], Any],
                 expected: Callable[[Mapping[str, Any], str], Any],
                 secrets: Callable[[Mapping[str, Any]], List[str]] = lambda ctx: [],
                 created_secret: Optional[Callable[[Mapping[str, Any]], Any]] = None,
                 task_keywords: Optional[Mapping[str, Any]] = None, read_only: bool = False) -> None:
        self.name = name
        self.prepare = prepare
        self.options = options
        self.read_only = read_only
        self.steps = READ_ONLY_STEPS if read_only else STEPS
        self.requests = {step: [tuple(request) for request in requests[step]] for step in self.steps}
        self.observe = observe
        self.expected = expected
        self.secrets = secrets
        self.created_secret = created_secret
        self.task_keywords = dict(task_keywords or {})

    def __repr__(self) -> str:
        return self.name

    @property
    def main(self) -> Callable[[], None]:
        return importlib.import_module(MODULES + self.name).main

    def prior(self, step: str) -> Sequence[str]:
        """The steps to run (fault-free) before `step`."""
        return () if self.read_only else PRIOR_STEPS[step]

    @property
    def first_step(self) -> str:
        return self.steps[0]

    def requests_match(self, step: str, seen: Sequence[Request]) -> bool:
        declared = self.requests[step]
        if self.read_only:
            return sorted(seen) == sorted(request[:2] for request in declared)
        return matches(seen, declared)

    def faultable(self, step: str) -> List[Request]:
        """The distinct requests of a step, each a target for fault injection."""
        return list(dict.fromkeys((request[0], request[1]) for request in self.requests[step]))


def fault_path(path: str) -> str:
    """The simulator's fault rules match a regular expression on the full request path."""
    return "^/api/v4" + "[^/]+".join(re.escape(part) for part in re.split(r"\{[a-z]*\}", path)) + "$"


def templated(entries: Sequence[Tuple[str, str, Any]], ctx: Mapping[str, Any]) -> List[Request]:
    """The kit's log (method, path, query) with numeric path segments as "{}" and the username as "{user}"."""
    def segment(part: str) -> str:
        return "{}" if part.isdigit() else "{user}" if part == ctx.get("username") else part

    return [(method, "/".join(segment(part) for part in path.split("/"))) for method, path, _query in entries]


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


# -- gitlab_user_key -----------------------------------------------------------------------------------

def ssh_public_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    public = ed25519.Ed25519PrivateKey.generate().public_key()
    return public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode("ascii")


def _owner_prepare(gitlab, unique, prefix: str) -> Dict[str, Any]:
    user = gitlab.create_user(unique(prefix))
    return dict(username=user["username"], user_id=user["id"])


def _key_prepare(gitlab, unique) -> Dict[str, Any]:
    return dict(_owner_prepare(gitlab, unique, "reskey"), key=ssh_public_key())


def _key_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(user=ctx["username"], key=ctx["key"], state="absent")
    return dict(user=ctx["username"], key=ctx["key"], title="renamed" if step == "change" else "laptop")


def _key_observe(gitlab, ctx: Mapping[str, Any]) -> List[Tuple[str, str]]:
    keys = gitlab.api("GET", "/users/%d/keys" % ctx["user_id"]).json()
    return sorted((key["title"], " ".join(key["key"].split()[:2])) for key in keys)


def _key_expected(ctx: Mapping[str, Any], step: str) -> List[Tuple[str, str]]:
    if step == "delete":
        return []
    return [("renamed" if step == "change" else "laptop", ctx["key"])]


GITLAB_USER_KEY = Subject(
    "gitlab_user_key", prepare=_key_prepare, options=_key_options,
    requests=dict(
        # GET /users/:id_or_username/keys takes the username; writes need the id (GET /users?username=).
        create=[("GET", "/users/{user}/keys"), ("GET", "/users"), ("POST", "/users/{}/keys")],
        noop=[("GET", "/users/{user}/keys")],
        # GitLab cannot change a key: a new title is a delete and an add (fingerprints are unique).
        change=[("GET", "/users/{user}/keys"), ("GET", "/users"), ("DELETE", "/users/{}/keys/{}"),
                ("POST", "/users/{}/keys")],
        delete=[("GET", "/users/{user}/keys"), ("GET", "/users"), ("DELETE", "/users/{}/keys/{}")],
    ),
    observe=_key_observe, expected=_key_expected)


# -- gitlab_user_gpg_key -------------------------------------------------------------------------------

def gpg_public_key(email: str) -> str:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from ansible_collections.gitlab_ops.users.tests.unit.helpers.key_material import (
        armor,
        openpgp_certificate,
    )

    return armor(openpgp_certificate(ed25519.Ed25519PrivateKey.generate(), "Resilience <%s>" % email))


def _gpg_prepare(gitlab, unique) -> Dict[str, Any]:
    ctx = _owner_prepare(gitlab, unique, "resgpg")
    return dict(ctx, key=gpg_public_key("a@example.com"), second=gpg_public_key("b@example.com"))


def _gpg_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(user=ctx["username"], key=ctx["key"], state="absent")
    if step == "change":  # one more key
        return dict(user=ctx["username"], keys=[dict(key=ctx["key"]), dict(key=ctx["second"])])
    return dict(user=ctx["username"], key=ctx["key"])


def _armor_body(text: str) -> str:
    """The base64 lines of an armored key, to compare keys as GitLab returns them (its own armor)."""
    lines = [line for line in text.strip().splitlines()[1:-1] if line and ":" not in line and not line.startswith("=")]
    return "".join(lines)


def _gpg_observe(gitlab, ctx: Mapping[str, Any]) -> List[str]:
    return sorted(_armor_body(key["key"]) for key in gitlab.api("GET", "/users/%d/gpg_keys" % ctx["user_id"]).json())


def _gpg_expected(ctx: Mapping[str, Any], step: str) -> List[str]:
    keys = {"delete": [], "change": [ctx["key"], ctx["second"]]}.get(step, [ctx["key"]])
    return sorted(_armor_body(key) for key in keys)


GITLAB_USER_GPG_KEY = Subject(
    "gitlab_user_gpg_key", prepare=_gpg_prepare, options=_gpg_options,
    requests=dict(
        # GET /users/:id/gpg_keys takes only the id: a username is looked up first.
        create=[("GET", "/users"), ("GET", "/users/{}/gpg_keys"), ("POST", "/users/{}/gpg_keys")],
        noop=[("GET", "/users"), ("GET", "/users/{}/gpg_keys")],
        change=[("GET", "/users"), ("GET", "/users/{}/gpg_keys"), ("POST", "/users/{}/gpg_keys")],
        delete=[("GET", "/users"), ("GET", "/users/{}/gpg_keys"), ("DELETE", "/users/{}/gpg_keys/{}")],
    ),
    observe=_gpg_observe, expected=_gpg_expected)


# -- gitlab_impersonation_token -------------------------------------------------------------------------

def _token_prepare(gitlab, unique) -> Dict[str, Any]:
    expires = datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=30)
    return dict(_owner_prepare(gitlab, unique, "restok"), expires_at=expires.isoformat())


def _token_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(user=ctx["username"], name="ci", state="absent")
    scopes = ["read_api"] if step == "change" else ["api"]
    return dict(user=ctx["username"], name="ci", scopes=scopes, expires_at=ctx["expires_at"])


def _token_observe(gitlab, ctx: Mapping[str, Any]) -> List[Tuple[str, List[str], str]]:
    tokens = gitlab.api("GET", "/users/%d/impersonation_tokens" % ctx["user_id"], params={"per_page": 100}).json()
    return [(token["name"], sorted(token["scopes"]), token["expires_at"]) for token in tokens if token["active"]]


def _token_expected(ctx: Mapping[str, Any], step: str) -> List[Tuple[str, List[str], str]]:
    if step == "delete":
        return []
    return [("ci", ["read_api"] if step == "change" else ["api"], ctx["expires_at"])]


GITLAB_IMPERSONATION_TOKEN = Subject(
    "gitlab_impersonation_token", prepare=_token_prepare, options=_token_options,
    requests=dict(
        # Active tokens, then the inactive ones (a revoked or expired token of that name decides what
        # recreate=never does), and after the create the active ones again: a concurrent run may have created
        # one too, and the module never leaves two active tokens of one name.
        create=[("GET", "/users"), ("GET", "/users/{}/impersonation_tokens"), ("GET", "/users/{}/impersonation_tokens"),
                ("POST", "/users/{}/impersonation_tokens"), ("GET", "/users/{}/impersonation_tokens")],
        noop=[("GET", "/users"), ("GET", "/users/{}/impersonation_tokens")],
        # GitLab cannot change a token's scopes, nor rotate an impersonation token: create the successor, then
        # revoke the old token (so that a failed create leaves it active).
        change=[("GET", "/users"), ("GET", "/users/{}/impersonation_tokens"),
                ("POST", "/users/{}/impersonation_tokens"), ("GET", "/users/{}/impersonation_tokens"),
                ("DELETE", "/users/{}/impersonation_tokens/{}")],
        delete=[("GET", "/users"), ("GET", "/users/{}/impersonation_tokens"),
                ("DELETE", "/users/{}/impersonation_tokens/{}")],
    ),
    observe=_token_observe, expected=_token_expected,
    # The value is returned once, by the task that created the token; its documentation asks for no_log.
    created_secret=lambda result: (result.get("token") or {}).get("token"), task_keywords=dict(no_log=True))


# -- gitlab_user_email ------------------------------------------------------------------------------------

def _email_prepare(gitlab, unique) -> Dict[str, Any]:
    ctx = _owner_prepare(gitlab, unique, "resmail")
    return dict(ctx, email="first-%s@example.org" % ctx["username"], second="second-%s@example.org" % ctx["username"])


def _email_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(user=ctx["username"], email=ctx["email"], state="absent")
    if step == "change":  # one more address
        return dict(user=ctx["username"], emails=[dict(email=ctx["email"]), dict(email=ctx["second"])],
                    skip_confirmation=True)
    return dict(user=ctx["username"], email=ctx["email"], skip_confirmation=True)


def _email_observe(gitlab, ctx: Mapping[str, Any]) -> List[Tuple[str, bool]]:
    primary = gitlab.api("GET", "/users/%d" % ctx["user_id"]).json()["email"]
    emails = gitlab.api("GET", "/users/%d/emails" % ctx["user_id"]).json()
    return sorted((row["email"], bool(row["confirmed_at"])) for row in emails if row["email"] != primary)


def _email_expected(ctx: Mapping[str, Any], step: str) -> List[Tuple[str, bool]]:
    emails = {"delete": [], "change": [ctx["email"], ctx["second"]]}.get(step, [ctx["email"]])
    return sorted((email, True) for email in emails)


GITLAB_USER_EMAIL = Subject(
    "gitlab_user_email", prepare=_email_prepare, options=_email_options,
    requests=dict(
        # The username lookup also gives the primary email, which is never added nor removed.
        create=[("GET", "/users"), ("GET", "/users/{}/emails"), ("POST", "/users/{}/emails")],
        noop=[("GET", "/users"), ("GET", "/users/{}/emails")],
        change=[("GET", "/users"), ("GET", "/users/{}/emails"), ("POST", "/users/{}/emails")],
        delete=[("GET", "/users"), ("GET", "/users/{}/emails"), ("DELETE", "/users/{}/emails/{}")],
    ),
    observe=_email_observe, expected=_email_expected)


# -- gitlab_user_status -----------------------------------------------------------------------------------

def _status_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(user=ctx["username"], state="absent")
    message = "Lunch" if step == "change" else "In a meeting"
    return dict(user=ctx["username"], emoji="coffee", status_message=message, availability="busy")


def _status_observe(gitlab, ctx: Mapping[str, Any]) -> Dict[str, Any]:
    status = gitlab.api("GET", "/users/%d/status" % ctx["user_id"]).json()
    return dict((key, status.get(key)) for key in ("emoji", "message", "availability"))


def _status_expected(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":  # no status: GitLab renders an empty one (lib/api/users.rb, `user.status || {}`)
        return dict(emoji=None, message=None, availability=None)
    return dict(emoji="coffee", message="Lunch" if step == "change" else "In a meeting", availability="busy")


GITLAB_USER_STATUS = Subject(
    "gitlab_user_status", prepare=lambda gitlab, unique: _owner_prepare(gitlab, unique, "resstatus"),
    options=_status_options,
    requests=dict(
        # GET /users/:id_or_username/status takes the username; GitLab sets only the caller's own status, so
        # the write is PATCH /user/status as that user (Sudo).
        create=[("GET", "/users/{user}/status"), ("PATCH", "/user/status")],
        noop=[("GET", "/users/{user}/status")],
        change=[("GET", "/users/{user}/status"), ("PATCH", "/user/status")],
        delete=[("GET", "/users/{user}/status"), ("PUT", "/user/status")],
    ),
    observe=_status_observe, expected=_status_expected)


# -- gitlab_user_info (reads only) ----------------------------------------------------------------------------

def _info_prepare(gitlab, unique) -> Dict[str, Any]:
    ctx = _owner_prepare(gitlab, unique, "resinfo")
    key = ssh_public_key()
    assert gitlab.api("POST", "/users/%d/keys" % ctx["user_id"], json=dict(key=key, title="laptop")).status_code == 201
    email = "extra-%s@example.org" % ctx["username"]
    assert gitlab.api("POST", "/users/%d/emails" % ctx["user_id"], json=dict(
        email=email, skip_confirmation=True)).status_code == 201
    return dict(ctx, key=key, email=email)


def _info_observe(gitlab, ctx: Mapping[str, Any]) -> Dict[str, Any]:
    keys = gitlab.api("GET", "/users/%d/keys" % ctx["user_id"]).json()
    emails = gitlab.api("GET", "/users/%d/emails" % ctx["user_id"]).json()
    return dict(keys=[key["title"] for key in keys], emails=sorted(row["email"] for row in emails))


GITLAB_USER_INFO = Subject(
    "gitlab_user_info", prepare=_info_prepare, read_only=True,
    options=lambda ctx, step: dict(users=[ctx["username"]], include=["keys", "emails", "status"]),
    # One lookup of the exact username, then one request per included item, several in flight at once.
    requests=dict(noop=[("GET", "/users"), ("GET", "/users/{}/keys"), ("GET", "/users/{}/emails"),
                        ("GET", "/users/{}/status")]),
    observe=_info_observe,
    expected=lambda ctx, step: dict(keys=["laptop"], emails=sorted(["%s@example.com" % ctx["username"], ctx["email"]])))


# -- gitlab_users_converge (many users in one task; here one user with a key and an email) -------------------

def _converge_prepare(gitlab, unique) -> Dict[str, Any]:
    ctx = _user_prepare(gitlab, unique)
    return dict(ctx, key=ssh_public_key(), second="second-%s@example.org" % ctx["username"])


def _converge_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(users=[dict(username=ctx["username"], state="absent")])
    user = dict(_user_options(ctx, step), ssh_keys=[dict(key=ctx["key"], title="laptop")],
                emails=[dict(email=ctx["second"])])
    return dict(users=[user])


def _converge_observe(gitlab, ctx: Mapping[str, Any]) -> List[Dict[str, Any]]:
    users = _user_observe(gitlab, ctx)
    for user in users:
        found = gitlab.api("GET", "/users", params={"username": ctx["username"]}).json()[0]
        user["keys"] = _key_observe(gitlab, dict(user_id=found["id"]))
        user["emails"] = _email_observe(gitlab, dict(user_id=found["id"]))
    return users


def _converge_expected(ctx: Mapping[str, Any], step: str) -> List[Dict[str, Any]]:
    return [dict(user, keys=[("laptop", ctx["key"])], emails=[(ctx["second"], True)])
            for user in _user_expected(ctx, step)]


GITLAB_USERS_CONVERGE = Subject(
    "gitlab_users_converge", prepare=_converge_prepare, options=_converge_options,
    requests=dict(
        # The first page of the listing, then a lookup by username when the user is not on it (the simulator of a
        # test session usually holds more than 100 users, the user is the newest).
        # The entry's one SSH key is looked up by fingerprint (GET /keys?fingerprint=: as many requests as listing
        # the user's keys, and none of GitLab.com's rate limit on GET /users/:id/keys).
        create=[("GET", "/users", MANY), ("POST", "/users"), ("GET", "/users/{}/emails"), ("POST", "/users/{}/emails"),
                ("GET", "/keys"), ("POST", "/users/{}/keys")],
        noop=[("GET", "/users", MANY), ("GET", "/users/{}/emails"), ("GET", "/keys")],
        change=[("GET", "/users", MANY), ("PUT", "/users/{}"), ("GET", "/users/{}/emails"), ("GET", "/keys")],
        delete=[("GET", "/users", MANY), ("DELETE", "/users/{}"), ("GET", "/users/{}", MANY)],
    ),
    observe=_converge_observe, expected=_converge_expected, secrets=lambda ctx: [ctx["password"]])


SUBJECTS = [GITLAB_USER, GITLAB_USER_KEY, GITLAB_USER_GPG_KEY, GITLAB_USER_EMAIL, GITLAB_USER_STATUS,
            GITLAB_IMPERSONATION_TOKEN, GITLAB_USER_INFO, GITLAB_USERS_CONVERGE]
BY_NAME = {subject.name: subject for subject in SUBJECTS}


def cases(kinds_for: Callable[[str], Sequence[str]], steps: Sequence[str] = STEPS) -> List[Any]:
    """pytest params (subject, step, method, path, kind) for every request of every step, with the fault
    kinds kinds_for(method) gives."""
    import pytest

    params = []
    for subject in SUBJECTS:
        for step in [step for step in steps if step in subject.steps]:
            for method, path in subject.faultable(step):
                for kind in kinds_for(method):
                    params.append(pytest.param(subject, step, method, path, kind,
                                               id="%s-%s-%s %s-%s" % (subject.name, step, method, path, kind)))
    return params
