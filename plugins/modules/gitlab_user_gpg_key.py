#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user_gpg_key
short_description: Manage the GPG keys of a GitLab user
version_added: 0.1.0
description:
  - Adds, removes and revokes the GPG keys of a GitLab user, one key (O(key)) or several (O(keys)) per task.
  - A key is identified by the fingerprint of its primary key, computed from the armored key. The same key armored
    differently (other line endings, armor headers such as C(Version:) or C(Comment:), another line width, with or
    without the checksum line) is one key, so exporting it again never makes a run report a change.
  - An updated export of a key GitLab has (the same primary key with a new subkey, another expiry of the key or of
    a subkey, other user IDs, or a revocation) replaces the stored key, because GitLab verifies commit signatures
    with the key text it stores. GitLab keeps one key per fingerprint and cannot update a key, so the stored key
    is deleted (never revoked, whatever O(revoke) says) and the new export added; if GitLab refuses the new
    export, the old key is added back and the task fails with GitLab's reason.
  - Every key is checked before any request is sent; a bad key fails the task with a message that names the key
    and says what is wrong with it.
  - A run that changes nothing sends one request, C(GET /user/gpg_keys) or C(GET /users/:id/gpg_keys); for a user
    named by username, a lookup of the user ID comes first (two requests).
author:
  - gitlab_ops.users contributors (@gitlab-ops)
extends_documentation_fragment:
  - gitlab_ops.users._gitlab
  - gitlab_ops.users._user_keys
  - gitlab_ops.users._attributes
  - gitlab_ops.users._attributes.actiongroup_gitlab
options:
  key:
    description:
      - One ASCII-armored OpenPGP public key, as C(gpg --armor --export KEYID) prints it.
      - Refused before any request, with the reason and without repeating the key, are anything but exactly one
        C(-----BEGIN PGP PUBLIC KEY BLOCK-----) block holding one primary key (two blocks, two keys in one block,
        text around the block), private keys, damaged armor (bad base64, wrong checksum), key IDs or fingerprints
        given instead of the key, and key versions other than 4 and 6.
      - Not logged (C(no_log)), so that a private key pasted here by mistake never shows in the output.
      - Mutually exclusive with O(keys).
    type: str
  state:
    description:
      - V(present) adds the key (or keys) when missing. V(absent) removes it, see O(revoke).
      - With O(keys), the default for the entries that do not set their own O(keys[].state).
      - Default V(present).
    type: str
    choices: [present, absent]
  revoke:
    description:
      - How keys are removed, by O(state=absent) or by O(exclusive).
      - V(false) deletes the key. Commits it signed stay B(verified) in GitLab; commits signed with it later are
        unverified. Use this for a key that is retired, not compromised.
      - V(true) revokes the key. GitLab removes it too, but also marks every commit signed with it, past and future,
        as B(unverified). Use this for a compromised key.
      - With O(keys), the default for the entries that do not set their own O(keys[].revoke).
    type: bool
    default: false
  keys:
    description:
      - Several keys, each with the same settings as O(key).
      - Mutually exclusive with O(key). Each key may be listed once.
    type: list
    elements: dict
    suboptions:
      key:
        description:
          - The armored public key, as for O(key).
        type: str
        required: true
      state:
        description:
          - V(present) or V(absent), as for O(state); default O(state).
        type: str
        choices: [present, absent]
      revoke:
        description:
          - Revoke rather than delete this key when it is removed, as for O(revoke); default O(revoke).
        type: bool
notes:
  - A GPG key can belong to one GitLab account only. When a key is already on another account, the task fails
    saying so (GitLab has no API to tell which account that is).
  - GitLab imports the key with GnuPG and refuses it (HTTP 400) when GnuPG finds no usable key in it, for example a
    key without a user ID signed by the key itself, or a version its GnuPG cannot read. The task then fails with
    GitLab's reason.
  - When the answer to adding or revoking a key is lost (a dropped connection, a gateway timeout), the module reads
    the keys again; a key found there is not added a second time.
seealso:
  - module: gitlab_ops.users.gitlab_impersonation_token
  - module: gitlab_ops.users.gitlab_user_email
  - module: gitlab_ops.users.gitlab_user_info
  - module: gitlab_ops.users.gitlab_user_status
  - module: gitlab_ops.users.gitlab_user_key
  - module: gitlab_ops.users.gitlab_user
  - name: GitLab Users API, GPG keys
    description: The endpoints this module uses.
    link: https://docs.gitlab.com/api/user_keys/
  - name: Signed commits with GPG, revoking and removing keys
    description: What revoking and deleting a key do to commit signatures.
    link: https://docs.gitlab.com/user/project/repository/signed_commits/gpg/
"""

EXAMPLES = r"""
---
- name: Give alice her signing key
  gitlab_ops.users.gitlab_user_gpg_key:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    user: alice
    key: "{{ lookup('ansible.builtin.file', 'keys/alice.asc') }}"

- name: Rotate bob's key; the old one is retired, so its signatures stay verified
  gitlab_ops.users.gitlab_user_gpg_key:
    user: bob
    keys:
      - key: "{{ lookup('ansible.builtin.file', 'keys/bob-2026.asc') }}"
      - key: "{{ lookup('ansible.builtin.file', 'keys/bob-2024.asc') }}"
        state: absent

- name: Revoke a compromised key of the token's own account (its signatures become unverified)
  gitlab_ops.users.gitlab_user_gpg_key:
    key: "{{ lookup('ansible.builtin.file', 'keys/leaked.asc') }}"
    state: absent
    revoke: true

- name: Keep only the listed key of the user with the ID 42, deleting the others
  gitlab_ops.users.gitlab_user_gpg_key:
    user: 42
    keys:
      - key: "{{ lookup('ansible.builtin.file', 'keys/carol.asc') }}"
    exclusive: true
"""

RETURN = r"""
user_keys:
  description:
    - The GPG keys of the user after the task (in check mode, as they would be), oldest first.
    - A key that check mode would add has C(id) V(null).
    - Also returned as C(keys), which is deprecated and will be removed in version 2.0.0 of the collection,
      since in Jinja C(result.keys) is the dictionary's own C(keys) method, not this list.
  returned: success
  type: list
  elements: dict
  contains:
    id:
      description: The ID of the key.
      type: int
    fingerprint:
      description: The fingerprint of the primary key (upper-case hex, 40 digits for version 4 keys).
      type: str
    key_id:
      description: The key ID of the primary key (16 upper-case hex digits).
      type: str
    emails:
      description: The email addresses in the key's user IDs.
      type: list
      elements: str
    subkey_fingerprints:
      description: The fingerprints of the key's subkeys.
      type: list
      elements: str
    expires_at:
      description:
        - When the primary key expires (UTC, C(YYYY-MM-DDTHH:MM:SSZ)), from its latest self-signature; V(null)
          when it does not expire.
      type: str
  sample:
    - id: 5
      fingerprint: A546591EBF1F31B958CA426A769FF08E0C43ABB0
      key_id: 769FF08E0C43ABB0
      emails: [alice@example.com]
      subkey_fingerprints: []
      expires_at: null
removed_keys:
  description:
    - The keys the task removed or revoked (in check mode, would remove or revoke) because of O(state=absent) or
      O(exclusive), with the same fields as RV(user_keys).
  returned: success
  type: list
  elements: dict
  sample: []
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - POST /users/42/gpg_keys/7/revoke
    - POST /users/42/gpg_keys
diff:
  description:
    - In diff mode, the keys before and after the task (without their IDs).
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: The keys before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: The keys after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      keys: []
    after:
      keys:
        - fingerprint: A546591EBF1F31B958CA426A769FF08E0C43ABB0
          key_id: 769FF08E0C43ABB0
          emails: [alice@example.com]
          subkey_fingerprints: []
          expires_at: "2027-06-30T12:00:00Z"
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user_gpg_key import main

if __name__ == "__main__":
    main()
