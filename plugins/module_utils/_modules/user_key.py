# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user_key module: a user's SSH keys, matched on the key itself.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A key is identified by its type and base64 body (`SshPublicKey.identity`); the comment does not count,
since GitLab answers with "<user name> (<host>)" in its place (`Key#publishable_key`, app/models/key.rb).
GitLab has no update endpoint for keys (lib/api/users.rb), so a different title, expiry or usage type
means deleting the key and adding it again.
"""

from __future__ import annotations

import base64
import binascii
import datetime
from typing import Any, Dict, Hashable, List, Mapping, Optional

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError, GitLabForbidden, GitLabNotFound)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import ModuleFailed
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._keys.ssh_public_key import (
    MAX_TITLE_LENGTH, KeyProblem, check_expires_at, default_title, fingerprint_sha256, parse_expires_at,
    parse_ssh_public_key, validate_ssh_public_key)
from ansible_collections.gitlab_ops.users.plugins.module_utils._keys.key_set import (
    ABSENT, PRESENT, Existing, KeySet, KeysPart, Wanted, duplicate_problems, key_entries, user_argument_spec)

USAGE_TYPES = ("auth", "signing", "auth_and_signing")
DEFAULT_USAGE_TYPE = "auth_and_signing"  # GitLab's default (lib/api/users.rb, app/models/key.rb)
KEY_FIELDS = ("title", "expires_at", "usage_type", "state")


def argument_spec() -> Dict[str, Any]:
    key_options = dict(
        key=dict(type="str", required=True, no_log=True),
        title=dict(type="str"),
        expires_at=dict(type="str"),
        usage_type=dict(type="str", choices=list(USAGE_TYPES)),
        state=dict(type="str", choices=[PRESENT, ABSENT]),
    )
    spec = user_argument_spec()
    spec.update(
        key=dict(type="str", no_log=True),
        title=dict(type="str"),
        expires_at=dict(type="str"),
        usage_type=dict(type="str", choices=list(USAGE_TYPES)),
        state=dict(type="str", choices=[PRESENT, ABSENT]),
        keys=dict(type="list", elements="dict", no_log=False, options=key_options),
    )
    return spec


MODULE_OPTIONS = dict(
    mutually_exclusive=[("key", "keys")],
    required_one_of=[("key", "keys")],
    required_by=dict(title="key", expires_at="key", usage_type="key"),
)


def render_time(moment: Optional[datetime.datetime]) -> Optional[str]:
    """A UTC moment as GitLab renders timestamps: 2030-01-31T00:00:00.000Z."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


def server_time(value: Any) -> Optional[datetime.datetime]:
    """GitLab's `expires_at` -> an aware UTC moment to the millisecond (None when unset or unreadable)."""
    if not value:
        return None
    try:
        moment = parse_expires_at(str(value))
    except KeyProblem:
        return None
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def server_blob(entity: Mapping[str, Any]) -> Optional[bytes]:
    parts = str(entity.get("key") or "").split()
    if len(parts) < 2:
        return None
    try:
        return base64.b64decode(parts[1].encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None


# The rate limit of GET /users/:user_id/keys (users_api_limit_ssh_keys, lib/api/users.rb): GitLab.com allows 120 a
# minute per caller, however many users they are about. GET /keys?fingerprint= (lib/api/keys.rb) checks no limit.
LISTS_LIMIT = "ssh_keys"


class SshKeys(KeySet):
    noun = "SSH key"
    resource = "keys"
    lists_by_username = True  # GET /users/:id_or_username/keys

    def read(self) -> List[Existing]:
        """The user's keys, or, when that answers the task as well and spares a rate-limited read, only the keys the
        task names, each looked up by its fingerprint (lookup_by_fingerprint)."""
        if not self.lookup_by_fingerprint():
            return super().read()
        client = self.module.client
        found = []
        for item in self.items:
            try:
                entity = client.get("/keys", params=dict(fingerprint=item.parsed.fingerprint_sha256), expect="object")
            except GitLabNotFound:
                continue
            except GitLabForbidden:
                # GET /keys is for administrators: read the list, and do not ask again in this task.
                client.fingerprint_lookups_refused = True
                return super().read()
            if self.owned(entity):
                found.append(Existing(entity, self.identity_of(entity)))
        return found

    def lookup_by_fingerprint(self) -> bool:
        """Whether to look the task's keys up by fingerprint (GET /keys?fingerprint=, one request a key, no rate
        limit) instead of listing the user's keys (GET /users/:user_id/keys, one request, rate-limited on
        GitLab.com). Only when the task needs no other key (not exclusive) and names the user; then when GitLab
        limits the lists as far as the client knows (the rate_limits option, or a 429 in this task), or when one
        lookup replaces the one list in gitlab_users_converge, whose token is an administrator's: a no-op never
        costs more requests than the list."""
        owner = self.owner
        client = self.module.client
        if (self.params["exclusive"] or owner is None or owner.own or owner.new_user or not self.items
                or getattr(client, "fingerprint_lookups_refused", False)):
            return False
        return client.pacer.limited(LISTS_LIMIT) or (owner.known and len(self.items) == 1)

    def owned(self, entity: Mapping[str, Any]) -> bool:
        """Whether a key GET /keys?fingerprint= found is the user's (not another user's, nor a deploy key)."""
        user = entity.get("user") if isinstance(entity.get("user"), dict) else {}
        if not user or "deploy_keys_projects" in entity:
            return False
        owner = self.owner
        if owner.user_id is not None:
            return user.get("id") == owner.user_id
        return str(user.get("username", "")).lower() == str(owner.ident).lower()

    def wanted(self) -> List[Wanted]:
        today = datetime.datetime.now(datetime.timezone.utc).date()
        items, problems = [], []
        for option, entry in key_entries(self.params, KEY_FIELDS):
            title = entry.get("title")
            label = option if title is None else "%s (%r)" % (option, title)
            settings = dict(title=title, usage_type=entry.get("usage_type"))
            try:
                if entry["state"] == ABSENT:
                    parsed = parse_ssh_public_key(entry["key"])  # the instance's type rules do not matter here
                else:
                    parsed = validate_ssh_public_key(entry["key"])
                    settings["expires_at"] = self.wanted_expiry(entry.get("expires_at"), today)
            except KeyProblem as exc:
                problems.append("%s %s" % (label, exc))
                continue
            if title is not None and not title.strip():
                problems.append("%s: title must not be empty" % option)
            elif title is not None and len(title) > MAX_TITLE_LENGTH:
                problems.append("%s: title must be at most %d characters long, got %d"
                                % (option, MAX_TITLE_LENGTH, len(title)))
            items.append(Wanted(label, parsed.identity, entry["state"], parsed, settings))
        problems.extend(duplicate_problems(items, self.noun))
        if problems:
            raise ModuleFailed("; ".join(problems))
        return items

    @staticmethod
    def wanted_expiry(value: Optional[str], today: datetime.date) -> Any:
        """None: not managed; "": never expires; else the moment (refused when already past)."""
        if value is None or value == "":
            return value
        moment = check_expires_at(value, today)
        return moment.replace(microsecond=moment.microsecond // 1000 * 1000)

    def identity_of(self, entity: Mapping[str, Any]) -> Hashable:
        blob = server_blob(entity)
        if blob is None:
            return ("unreadable", entity.get("id"))
        return (str(entity.get("key")).split()[0], base64.b64encode(blob).decode("ascii"))

    def needs_replacement(self, item: Wanted, entity: Mapping[str, Any]) -> bool:
        settings = item.settings
        if settings["title"] is not None and settings["title"] != entity.get("title"):
            return True
        # A GitLab older than 15.7 (usage_type) or 14.0 (expires_at) does not return the field: nothing to compare.
        if settings["usage_type"] is not None and "usage_type" in entity and settings["usage_type"] != entity["usage_type"]:
            return True
        expiry = settings.get("expires_at")
        if expiry is not None and "expires_at" in entity:
            return (None if expiry == "" else expiry) != server_time(entity["expires_at"])
        return False

    def replacement_problem(self, item: Wanted, entity: Mapping[str, Any]) -> Optional[str]:
        if item.settings.get("expires_at") is None:
            kept = server_time(entity.get("expires_at"))
            if kept is not None and kept <= datetime.datetime.now(datetime.timezone.utc):
                return ("%s cannot be added again with its new settings: it expired on %s, and GitLab refuses keys "
                        "that have expired; give a new expires_at (\"\" for none)" % (item.label, render_time(kept)))
        return None

    def create_body(self, item: Wanted, replaced: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """What the task leaves out comes from the key being replaced, else from the key (title) or GitLab."""
        settings, replaced = item.settings, replaced or {}
        body = dict(title=settings["title"] or replaced.get("title") or default_title(item.parsed), key=item.parsed.line)
        expiry = settings.get("expires_at")
        if expiry is None:
            expiry = server_time(replaced.get("expires_at"))
        if expiry:
            body["expires_at"] = render_time(expiry)
        usage_type = settings["usage_type"] or replaced.get("usage_type")
        if usage_type is not None:
            body["usage_type"] = usage_type
        return body

    def predict(self, item: Wanted, replaced: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        body = self.create_body(item, replaced)
        return dict(id=None, title=body["title"], key="%s %s" % item.identity, created_at=None,
                    expires_at=body.get("expires_at"), usage_type=body.get("usage_type", DEFAULT_USAGE_TYPE))

    def view(self, entity: Mapping[str, Any]) -> Dict[str, Any]:
        blob = server_blob(entity)
        return dict(id=entity.get("id"), title=entity.get("title"),
                    fingerprint=fingerprint_sha256(blob) if blob is not None else None,
                    expires_at=render_time(server_time(entity.get("expires_at"))),
                    usage_type=entity.get("usage_type"))

    def taken_message(self, item: Wanted) -> str:
        fingerprint = item.parsed.fingerprint_sha256
        return "%s (%s) is already in use by %s; GitLab allows an SSH key on one account only (fingerprints are " \
               "unique across the instance). Remove it there or use another key" % (
                   item.label, fingerprint, self.owner_of(fingerprint))

    def owner_of(self, fingerprint: str) -> str:
        """Who has the key, as far as the token may know: GET /keys?fingerprint= is for administrators."""
        try:
            found = self.module.client.get("/keys", params=dict(fingerprint=fingerprint), expect="object")
        except GitLabError:
            return "another GitLab account (an administrator's token would name it)"
        user = found.get("user") if isinstance(found.get("user"), dict) else {}
        who = "%s (id %s)" % (user.get("username"), user.get("id")) if user else "an unknown user"
        if "deploy_keys_projects" in found:
            return "a deploy key added by %s" % who
        return "another GitLab account: %s" % who

    def refusal_hint(self, item: Wanted, exc: Any) -> str:
        message = exc.body.get("message") if isinstance(exc.body, dict) else None
        problems = " ".join(str(problem) for problem in (message or {}).get("key") or []) if isinstance(message, dict) else ""
        if "forbidden" in problems or "must be at least" in problems:
            return " (this GitLab's SSH key restrictions are stricter than GitLab's defaults, which the module checks)"
        return ""


# The `ssh_keys` of a gitlab_users_converge entry.
CONVERGE_PART = KeysPart("ssh_keys", "gitlab_user_key", SshKeys, "SSH keys", argument_spec, MODULE_OPTIONS)


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user_key module."""
    return SshKeys(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), **MODULE_OPTIONS).run(run)
