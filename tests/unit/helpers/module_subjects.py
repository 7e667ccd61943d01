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
    - secret_steps: the steps whose task creates such a secret (a new token);
    - task_keywords: what its documentation says a task needs (no_log for a task that returns a token);
    - read_only: the module only reads; its lifecycle is the one "noop" step, whose requests may come in any
      order (they run concurrently);
    - settings: the simulator settings (edition, version...) the module needs; prepare() sets them, and the
      suite's `restore_settings` fixture puts the simulator's own values back after the test;
    - module: the module's name, when the subject is a second use of a module (its name then says which).
    """

    def __init__(self, name: str, prepare: Callable[..., Dict[str, Any]],
                 options: Callable[[Mapping[str, Any], str], Dict[str, Any]],
                 requests: Mapping[str, Sequence[Tuple[str, ...]]],
                 observe: Callable[[Any, Mapping[str, Any]], Any],
                 expected: Callable[[Mapping[str, Any], str], Any],
                 secrets: Callable[[Mapping[str, Any]], List[str]] = lambda ctx: [],
                 created_secret: Optional[Callable[[Mapping[str, Any]], Any]] = None,
                 secret_steps: Sequence[str] = ("create", "change"),
                 task_keywords: Optional[Mapping[str, Any]] = None, read_only: bool = False,
                 settings: Optional[Mapping[str, Any]] = None, module: Optional[str] = None) -> None:
        self.name = name
        self.module = module or name
        self._prepare = prepare
        self.settings = dict(settings or {})
        self.options = options
        self.read_only = read_only
        self.steps = READ_ONLY_STEPS if read_only else STEPS
        self.requests = {step: [tuple(request) for request in requests[step]] for step in self.steps}
        self.observe = observe
        self.expected = expected
        self.secrets = secrets
        self.created_secret = created_secret
        self.secret_steps = tuple(secret_steps) if created_secret is not None else ()
        self.task_keywords = dict(task_keywords or {})

    def __repr__(self) -> str:
        return self.name

    def prepare(self, gitlab, unique) -> Dict[str, Any]:
        if self.settings:
            change_settings(gitlab, self.settings)
        return self._prepare(gitlab, unique)

    @property
    def main(self) -> Callable[[], None]:
        return importlib.import_module(MODULES + self.module).main

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


# The simulators whose settings a subject changed in this test, with the values they had before.
CHANGED: Dict[int, Tuple[Any, Dict[str, Any]]] = {}


def change_settings(gitlab, settings: Mapping[str, Any]) -> None:
    """Set simulator settings, remembering the values they had the first time this test changed them."""
    if id(gitlab) not in CHANGED:
        CHANGED[id(gitlab)] = (gitlab, {})
    before = gitlab.settings()
    original = CHANGED[id(gitlab)][1]
    for key in settings:
        original.setdefault(key, before[key])
    gitlab.settings(**settings)


def restore_settings() -> None:
    """Put back the settings subjects changed (the resilience suite's autouse fixture calls this after a test)."""
    while CHANGED:
        _key, (gitlab, original) = CHANGED.popitem()
        gitlab.settings(**original)


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


# -- gitlab_user_preferences ------------------------------------------------------------------------------

# A new user's preferences (db/structure.sql, user_preferences defaults).
PREFERENCE_DEFAULTS = dict(view_diffs_file_by_file=False, show_whitespace_in_diffs=True,
                           pass_user_identities_to_ci_jwt=False)


def _preferences_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    return dict(user=ctx["username"], **_preferences_expected(ctx, step))


def _preferences_observe(gitlab, ctx: Mapping[str, Any]) -> Dict[str, Any]:
    preferences = gitlab.api("GET", "/user/preferences", headers={"Sudo": ctx["username"]}).json()
    return dict((name, preferences.get(name)) for name in PREFERENCE_DEFAULTS)


def _preferences_expected(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    """create: one preference away from the defaults; change: two; delete: back to the defaults (preferences
    cannot be deleted)."""
    if step == "delete":
        return dict(PREFERENCE_DEFAULTS)
    if step == "change":
        return dict(PREFERENCE_DEFAULTS, view_diffs_file_by_file=True, show_whitespace_in_diffs=False)
    return dict(PREFERENCE_DEFAULTS, view_diffs_file_by_file=True)


GITLAB_USER_PREFERENCES = Subject(
    "gitlab_user_preferences", prepare=lambda gitlab, unique: _owner_prepare(gitlab, unique, "resprefs"),
    options=_preferences_options,
    # GitLab shows and sets only the caller's preferences: both requests go as the user (Sudo).
    requests=dict(
        create=[("GET", "/user/preferences"), ("PUT", "/user/preferences")],
        noop=[("GET", "/user/preferences")],
        change=[("GET", "/user/preferences"), ("PUT", "/user/preferences")],
        delete=[("GET", "/user/preferences"), ("PUT", "/user/preferences")],
    ),
    observe=_preferences_observe, expected=_preferences_expected)


# -- gitlab_user_follow -----------------------------------------------------------------------------------

def _follow_prepare(gitlab, unique) -> Dict[str, Any]:
    ctx = _owner_prepare(gitlab, unique, "resfan")
    return dict(ctx, first=gitlab.create_user(unique("residol"))["username"],
                second=gitlab.create_user(unique("residol"))["username"])


def _follow_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":  # whichever of the two is followed (after create: the first; after change: the second)
        return dict(user=ctx["username"], users=[ctx["first"], ctx["second"]], state="absent")
    if step == "change":  # the second instead of the first
        return dict(user=ctx["username"], users=[ctx["second"]], exclusive=True)
    return dict(user=ctx["username"], users=[ctx["first"]])


def _follow_observe(gitlab, ctx: Mapping[str, Any]) -> List[str]:
    return sorted(user["username"] for user in gitlab.api("GET", "/users/%d/following" % ctx["user_id"]).json())


def _follow_expected(ctx: Mapping[str, Any], step: str) -> List[str]:
    return {"delete": [], "change": [ctx["second"]]}.get(step, [ctx["first"]])


GITLAB_USER_FOLLOW = Subject(
    "gitlab_user_follow", prepare=_follow_prepare, options=_follow_options,
    requests=dict(
        # The follower's id (GET /users?username=), whom it follows, then the id of a user to follow who is not
        # followed yet; GitLab follows only as the current user, so the writes go as the follower (Sudo).
        create=[("GET", "/users"), ("GET", "/users/{}/following"), ("GET", "/users"), ("POST", "/users/{}/follow")],
        noop=[("GET", "/users"), ("GET", "/users/{}/following")],
        # Unfollows first: at GitLab's limit of followees, exclusive must make room before it follows.
        change=[("GET", "/users"), ("GET", "/users/{}/following"), ("GET", "/users"),
                ("POST", "/users/{}/unfollow"), ("POST", "/users/{}/follow")],
        # A followed user is found in the following list by username, one not followed is left alone: no lookup.
        delete=[("GET", "/users"), ("GET", "/users/{}/following"), ("POST", "/users/{}/unfollow")],
    ),
    observe=_follow_observe, expected=_follow_expected)


# -- gitlab_user_runner ---------------------------------------------------------------------------------------

def _runner_prepare(gitlab, unique) -> Dict[str, Any]:
    """A group of its own (made through the simulator's control endpoint); root's token owns its runners."""
    response = gitlab.session.post("%s/-/sim/groups" % gitlab.url, json=dict(path=unique("resrun")), timeout=30)
    assert response.status_code == 201, response.text
    return dict(group_id=response.json()["id"])


def _runner_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    identity = dict(runner_type="group_type", group=ctx["group_id"], description="resilience")
    if step == "delete":
        return dict(identity, state="absent")
    tags = ["k8s"] if step == "change" else ["k8s", "small"]
    return dict(identity, tag_list=tags, maximum_timeout=3600)


def _runner_observe(gitlab, ctx: Mapping[str, Any]) -> List[Tuple[str, List[str], Any]]:
    # The group's listing also holds the instance runners (Ci::Runner.group_or_instance_wide): other tests make some.
    listed = gitlab.api("GET", "/groups/%d/runners" % ctx["group_id"],
                        params={"type": "group_type", "per_page": 100}).json()
    details = [gitlab.api("GET", "/runners/%d" % entry["id"]).json() for entry in listed]
    return [(runner["description"], sorted(runner["tag_list"]), runner["maximum_timeout"]) for runner in details]


def _runner_expected(ctx: Mapping[str, Any], step: str) -> List[Tuple[str, List[str], Any]]:
    if step == "delete":
        return []
    return [("resilience", ["k8s"] if step == "change" else ["k8s", "small"], 3600)]


GITLAB_USER_RUNNER = Subject(
    "gitlab_user_runner", prepare=_runner_prepare, options=_runner_options,
    requests=dict(
        # The group's runners of that type (GitLab cannot filter them by description). A group's listing also
        # holds its ancestors' runners: the runner's details (its groups) say whose it is, and have the tags.
        create=[("GET", "/groups/{}/runners"), ("POST", "/user/runners")],
        noop=[("GET", "/groups/{}/runners"), ("GET", "/runners/{}")],
        change=[("GET", "/groups/{}/runners"), ("GET", "/runners/{}"), ("PUT", "/runners/{}")],
        delete=[("GET", "/groups/{}/runners"), ("GET", "/runners/{}"), ("DELETE", "/runners/{}")],
    ),
    observe=_runner_observe, expected=_runner_expected,
    # The runner's token is returned once, by the task that created it; its documentation asks for no_log.
    created_secret=lambda result: (result.get("runner") or {}).get("token"), secret_steps=("create",),
    task_keywords=dict(no_log=True))


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


# -- gitlab_service_account (GitLab EE, Premium or Ultimate) ------------------------------------------------

# The newest behaviour: creating (16.10), the email (17.9) and changing (18.2) an instance service account.
SERVICE_ACCOUNT_SETTINGS = dict(edition="ee", version="18.6.0", ee_plan="ultimate")


def _service_account_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(username=ctx["username"], state="absent")
    name = "Renamed bot" if step == "change" else "Resilience bot"
    return dict(username=ctx["username"], name=name, email="%s@example.org" % ctx["username"])


def _service_account_observe(gitlab, ctx: Mapping[str, Any]) -> List[Dict[str, Any]]:
    found = gitlab.api("GET", "/users", params={"username": ctx["username"]}).json()
    return [dict(username=user["username"], name=user["name"], email=user["email"], bot=user["bot"]) for user in found]


def _service_account_expected(ctx: Mapping[str, Any], step: str) -> List[Dict[str, Any]]:
    if step == "delete":
        return []
    return [dict(username=ctx["username"], name="Renamed bot" if step == "change" else "Resilience bot",
                 email="%s@example.org" % ctx["username"], bot=True)]


GITLAB_SERVICE_ACCOUNT = Subject(
    "gitlab_service_account", prepare=lambda gitlab, unique: dict(username=unique("ressvc")),
    options=_service_account_options, settings=SERVICE_ACCOUNT_SETTINGS,
    requests=dict(
        # An instance service account is a user: GET /users?username= finds it. A write that needs a version
        # (creating with a username and an email, changing) reads GET /version first; a no-op or a delete does not.
        create=[("GET", "/users"), ("GET", "/version"), ("POST", "/service_accounts")],
        noop=[("GET", "/users")],
        change=[("GET", "/users"), ("GET", "/version"), ("PATCH", "/service_accounts/{}")],
        # Deleted as any user (DELETE /users/:id), in a background job: the module polls until 404.
        delete=[("GET", "/users"), ("DELETE", "/users/{}"), ("GET", "/users/{}", MANY)],
    ),
    observe=_service_account_observe, expected=_service_account_expected)


# -- gitlab_service_account_token (an instance service account's personal access tokens) ----------------------

def _service_token_prepare(gitlab, unique) -> Dict[str, Any]:
    response = gitlab.api("POST", "/service_accounts", json=dict(username=unique("ressvctok")))
    assert response.status_code == 201, response.text
    expires = datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=30)
    return dict(username=response.json()["username"], user_id=response.json()["id"], expires_at=expires.isoformat())


def _service_token_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    if step == "delete":
        return dict(service_account=ctx["username"], name="ci", state="absent")
    scopes = ["read_api"] if step == "change" else ["api"]
    return dict(service_account=ctx["username"], name="ci", scopes=scopes, expires_at=ctx["expires_at"])


def _service_token_observe(gitlab, ctx: Mapping[str, Any]) -> List[Tuple[str, List[str], str]]:
    tokens = gitlab.api("GET", "/personal_access_tokens", params=dict(user_id=ctx["user_id"], state="active",
                                                                      per_page=100)).json()
    return [(token["name"], sorted(token["scopes"]), token["expires_at"]) for token in tokens]


GITLAB_SERVICE_ACCOUNT_TOKEN = Subject(
    "gitlab_service_account_token", prepare=_service_token_prepare, options=_service_token_options,
    settings=SERVICE_ACCOUNT_SETTINGS,
    requests=dict(
        # As gitlab_impersonation_token's personal tokens: the active tokens, the inactive ones (for rotate=never),
        # and after the create the active ones again. GET /personal_access_tokens also lists impersonation tokens
        # without saying which they are: once tokens of that name are listed, GET /users/:id/impersonation_tokens
        # tells them apart (once per run).
        create=[("GET", "/users"), ("GET", "/personal_access_tokens"), ("GET", "/personal_access_tokens"),
                ("POST", "/users/{}/personal_access_tokens"), ("GET", "/personal_access_tokens"),
                ("GET", "/users/{}/impersonation_tokens")],
        noop=[("GET", "/users"), ("GET", "/personal_access_tokens"), ("GET", "/users/{}/impersonation_tokens")],
        # New scopes cannot be rotated into a token (rotation keeps the scopes): create the successor, then revoke.
        change=[("GET", "/users"), ("GET", "/personal_access_tokens"), ("GET", "/users/{}/impersonation_tokens"),
                ("POST", "/users/{}/personal_access_tokens"), ("GET", "/personal_access_tokens"),
                ("DELETE", "/personal_access_tokens/{}")],
        delete=[("GET", "/users"), ("GET", "/personal_access_tokens"), ("GET", "/users/{}/impersonation_tokens"),
                ("DELETE", "/personal_access_tokens/{}")],
    ),
    observe=_service_token_observe, expected=_token_expected,
    created_secret=lambda result: (result.get("token") or {}).get("token"), task_keywords=dict(no_log=True))


# -- gitlab_service_account_token with `group` (a group service account's tokens) ------------------------------

GROUP_TOKENS = "/groups/{}/service_accounts/{}/personal_access_tokens"


def new_group(gitlab, unique) -> Dict[str, Any]:
    """A group made through the simulator's control endpoint (GitLab's API cannot create a top-level group on
    GitLab.com, and its group creation is not what these tests are about)."""
    response = gitlab.session.post(gitlab.url + "/-/sim/groups", json={"path": unique("resgrp")}, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def _group_token_prepare(gitlab, unique) -> Dict[str, Any]:
    group = new_group(gitlab, unique)
    response = gitlab.api("POST", "/groups/%d/service_accounts" % group["id"], json=dict(username=unique("resgsvc")))
    assert response.status_code == 201, response.text
    expires = datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=30)
    return dict(username=response.json()["username"], user_id=response.json()["id"], group_id=group["id"],
                expires_at=expires.isoformat())


def _group_token_options(ctx: Mapping[str, Any], step: str) -> Dict[str, Any]:
    return dict(_service_token_options(ctx, step), group=ctx["group_id"])


def _group_token_observe(gitlab, ctx: Mapping[str, Any]) -> List[Tuple[str, List[str], str]]:
    tokens = gitlab.api("GET", GROUP_TOKENS.replace("{}", "%d") % (ctx["group_id"], ctx["user_id"]),
                        params=dict(state="active", per_page=100)).json()
    return [(token["name"], sorted(token["scopes"]), token["expires_at"]) for token in tokens]


GITLAB_SERVICE_ACCOUNT_TOKEN_GROUP = Subject(
    "gitlab_service_account_token-group", module="gitlab_service_account_token", prepare=_group_token_prepare,
    options=_group_token_options, settings=SERVICE_ACCOUNT_SETTINGS,
    requests=dict(
        # The account named by its username: GET /users?username= (ee/lib/api/group_service_accounts.rb takes its
        # id). Its tokens are listed, created and revoked under the group (17.11); the list holds personal access
        # tokens only, so nothing else tells them apart. Otherwise as the instance account's tokens: the active ones,
        # the inactive ones, the create, and the active ones again.
        create=[("GET", "/users"), ("GET", GROUP_TOKENS), ("GET", GROUP_TOKENS), ("POST", GROUP_TOKENS),
                ("GET", GROUP_TOKENS)],
        noop=[("GET", "/users"), ("GET", GROUP_TOKENS)],
        # New scopes cannot be rotated into a token: create the successor, then revoke the old one.
        change=[("GET", "/users"), ("GET", GROUP_TOKENS), ("POST", GROUP_TOKENS), ("GET", GROUP_TOKENS),
                ("DELETE", GROUP_TOKENS + "/{}")],
        delete=[("GET", "/users"), ("GET", GROUP_TOKENS), ("DELETE", GROUP_TOKENS + "/{}")],
    ),
    observe=_group_token_observe, expected=_token_expected,
    created_secret=lambda result: (result.get("token") or {}).get("token"), task_keywords=dict(no_log=True))


SUBJECTS = [GITLAB_USER, GITLAB_USER_KEY, GITLAB_USER_GPG_KEY, GITLAB_USER_EMAIL, GITLAB_USER_STATUS,
            GITLAB_USER_PREFERENCES, GITLAB_USER_FOLLOW,
            GITLAB_IMPERSONATION_TOKEN, GITLAB_USER_RUNNER, GITLAB_USER_INFO, GITLAB_USERS_CONVERGE,
            GITLAB_SERVICE_ACCOUNT, GITLAB_SERVICE_ACCOUNT_TOKEN, GITLAB_SERVICE_ACCOUNT_TOKEN_GROUP]
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
