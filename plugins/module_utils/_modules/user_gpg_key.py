# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user_gpg_key module: a user's GPG keys, matched on their fingerprint.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

GitLab returns a GPG key as its stored armored text only (`id, key, created_at`, lib/api/entities/gpg_key.rb),
possibly with other line endings than were sent, so both sides are identified by the fingerprint of the primary
key, computed from the packets (`_keys/openpgp.py: parse_openpgp_public_key`). Removing a key is a DELETE, or with
`revoke` the revoke endpoint (`GpgKey#revoke`, app/models/gpg_key.rb), which also unverifies the signatures
made with it.

An updated export of a stored key (the same primary key with other user IDs, subkeys, expiry or revocations,
`OpenPgpKey.material`) replaces it: GitLab verifies signatures with the stored text and the subkeys it recorded
on create (`GpgKey#generate_subkeys`), keeps one key per fingerprint and primary key ID (both validated unique
in app/models/gpg_key.rb), and has no update endpoint (lib/api/users.rb). So the stored key is deleted, never
revoked (it is still the owner's valid key), then the new text is added; if GitLab refuses that, the old text is
added back.
"""

from __future__ import annotations

from typing import Any, Dict, Hashable, List, Mapping, Optional

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError, GitLabNotFound
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import ModuleFailed, error_details
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._keys.openpgp import KeyProblem, parse_openpgp_public_key
from ansible_collections.gitlab_ops.users.plugins.module_utils._keys.key_set import (
    ABSENT, PRESENT, Existing, KeySet, KeysPart, Wanted, duplicate_problems, key_entries, user_argument_spec)

KEY_FIELDS = ("state", "revoke")


def argument_spec() -> Dict[str, Any]:
    spec = user_argument_spec()
    spec.update(
        key=dict(type="str", no_log=True),
        state=dict(type="str", choices=[PRESENT, ABSENT]),
        revoke=dict(type="bool", default=False),
        keys=dict(type="list", elements="dict", no_log=False, options=dict(
            key=dict(type="str", required=True, no_log=True),
            state=dict(type="str", choices=[PRESENT, ABSENT]),
            revoke=dict(type="bool"),
        )),
    )
    return spec


MODULE_OPTIONS = dict(
    mutually_exclusive=[("key", "keys")],
    required_one_of=[("key", "keys")],
)


def parsed_or_none(text: Any) -> Any:
    try:
        return parse_openpgp_public_key(str(text or ""))
    except KeyProblem:
        return None


class GpgKeys(KeySet):
    noun = "GPG key"
    resource = "gpg_keys"
    lists_by_username = False  # GET /users/:id/gpg_keys takes only an id

    def wanted(self) -> List[Wanted]:
        items, problems = [], []
        for option, entry in key_entries(self.params, KEY_FIELDS):
            try:
                parsed = parse_openpgp_public_key(entry["key"])
            except KeyProblem as exc:
                problems.append("%s %s" % (option, exc))
                continue
            revoke = entry.get("revoke")
            settings = dict(revoke=self.params["revoke"] if revoke is None else revoke, text=entry["key"].strip())
            items.append(Wanted("%s (%s)" % (option, parsed.fingerprint), parsed.identity, entry["state"], parsed,
                                settings))
        problems.extend(duplicate_problems(items, self.noun))
        if problems:
            raise ModuleFailed("; ".join(problems))
        return items

    def identity_of(self, entity: Mapping[str, Any]) -> Hashable:
        parsed = parsed_or_none(entity.get("key"))
        return parsed.identity if parsed is not None else ("unreadable", entity.get("id"))

    def needs_replacement(self, item: Wanted, entity: Mapping[str, Any]) -> bool:
        stored = parsed_or_none(entity.get("key"))
        return stored is not None and stored.material != item.parsed.material

    def replace(self, item: Wanted, existing: Existing) -> Dict[str, Any]:
        """Delete the stored key (never revoke it: it is the same valid key), then add the updated export; when
        GitLab refuses that, add the stored text back and fail."""
        self.remove_or_explain(existing, None, revoke=False)
        try:
            return self.create(item, existing.entity)
        except (ModuleFailed, GitLabError) as exc:
            raise self.restored(existing, exc)

    def restored(self, existing: Existing, failure: Any) -> ModuleFailed:
        """The failure of a replacement, after adding the stored text back (GitLab imports it again)."""
        details = failure.extra if isinstance(failure, ModuleFailed) else error_details(failure)
        message = failure.msg if isinstance(failure, ModuleFailed) else str(failure)
        try:
            self.module.write("POST", *self.owner.collection(), data=dict(key=existing.entity["key"]))
        except GitLabError as exc:
            return ModuleFailed("%s; adding the previous key back failed too: %s" % (message, exc), **details)
        return ModuleFailed("%s; the previous key was added back" % message, **details)

    def create_body(self, item: Wanted, replaced: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        return dict(key=item.settings["text"])

    def predict(self, item: Wanted, replaced: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        return dict(id=None, key=item.settings["text"], created_at=None)

    def view(self, entity: Mapping[str, Any]) -> Dict[str, Any]:
        parsed = parsed_or_none(entity.get("key"))
        if parsed is None:
            return dict(id=entity.get("id"), fingerprint=None, key_id=None, emails=[], subkey_fingerprints=[],
                        expires_at=None)
        return dict(id=entity.get("id"), fingerprint=parsed.fingerprint, key_id=parsed.key_id,
                    emails=list(parsed.emails), subkey_fingerprints=list(parsed.subkey_fingerprints),
                    expires_at=parsed.expires.strftime("%Y-%m-%dT%H:%M:%SZ") if parsed.expires else None)

    def remove(self, existing: Existing, item: Optional[Wanted], revoke: Optional[bool] = None) -> None:
        if revoke is None:
            revoke = item.settings["revoke"] if item is not None else self.params["revoke"]
        if not revoke:
            super().remove(existing, item)
            return
        try:
            self.settled_write("POST", self.owner.item(existing.entity["id"], "/revoke"),
                               lambda: self.find(existing.identity) is None, gone_ok=False)
        except GitLabNotFound:
            # Someone else removed it since it was listed; whether they revoked it cannot be known.
            self.module.warn("GPG key %s was removed by someone else before it could be revoked"
                             % self.view(existing.entity)["fingerprint"])

    def taken_message(self, item: Wanted) -> str:
        return ("%s is already in use by another GitLab account; GitLab allows a GPG key on one account only. "
                "Remove it there first" % item.label)

    def refusal_hint(self, item: Wanted, exc: Any) -> str:
        message = exc.body.get("message") if isinstance(exc.body, dict) else None
        if isinstance(message, dict) and "fingerprint" in message and "key" not in message:
            return (" (GitLab's GnuPG imported no key from it: it needs a key that can certify, with a user ID "
                    "signed by the key itself, in a version its GnuPG reads)")
        return ""


# The `gpg_keys` of a gitlab_users_converge entry.
CONVERGE_PART = KeysPart("gpg_keys", "gitlab_user_gpg_key", GpgKeys, "GPG keys", argument_spec, MODULE_OPTIONS)


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user_gpg_key module."""
    return GpgKeys(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), **MODULE_OPTIONS).run(run)
