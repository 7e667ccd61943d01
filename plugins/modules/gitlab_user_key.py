#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user_key
short_description: Manage the SSH keys of a GitLab user
version_added: 0.1.0
description:
  - Adds, replaces and removes the SSH keys of a GitLab user, one key (O(key)) or several (O(keys)) per task.
  - A key is identified by the key itself, its type and base64 body, never by its title. The comment at the end
    of the key does not count, because GitLab replaces it with C(<name> (<host>)) in its answers.
  - GitLab cannot change a key. When the title, the expiry date or the usage type of an existing key differ from the
    task, the module deletes the key and adds it again; RV(actions) lists both requests.
  - Every key is checked before any request is sent; a bad key fails the task with a message that names the key
    (by its place in the task and its title) and says what is wrong with it.
  - A run that changes nothing sends one request, C(GET /user/keys) or C(GET /users/<id or username>/keys).
    Writes to another user's keys need the user's ID, which costs one more request for a user named by username.
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
      - One public key in OpenSSH format, V(<type> <base64> [comment]), as in a C(.pub) file.
      - "Accepted types are GitLab's: V(ssh-rsa), V(ssh-dss), V(ecdsa-sha2-nistp256), V(ecdsa-sha2-nistp384),
        V(ecdsa-sha2-nistp521), V(ssh-ed25519), V(sk-ecdsa-sha2-nistp256@openssh.com) and
        V(sk-ssh-ed25519@openssh.com)."
      - Refused before any request, with the reason, are anything but exactly one key on one line, private keys,
        C(authorized_keys) options, certificates, RFC 4716 (C(---- BEGIN SSH2 PUBLIC KEY ----)) keys, unknown
        types, a body that is not base64 or holds a key of another type, keys too long for GitLab (5000
        characters), and keys that GitLab's default key restrictions refuse. An instance with stricter
        restrictions refuses the key with HTTP 400, and the task fails with GitLab's reason.
      - Not logged (C(no_log)), so that a private key pasted here by mistake never shows in the output.
      - Mutually exclusive with O(keys).
    type: str
  title:
    description:
      - The title of O(key). At most 255 characters.
      - When omitted, a new key gets the comment of the key as its title, or its SHA256 fingerprint when it has no
        comment; the title of an existing key is then left alone.
      - A different title replaces the key (delete, then add).
    type: str
  expires_at:
    description:
      - When O(key) expires, as an ISO 8601 date (V(2030-01-31), meaning 00:00 UTC) or date and time
        (V(2030-01-31T12:00:00Z)). Must lie in the future.
      - V("") means that the key never expires.
      - When omitted, the expiry date of an existing key is left alone.
      - A different expiry date replaces the key (delete, then add).
    type: str
  usage_type:
    description:
      - What O(key) may be used for.
      - When omitted, a new key gets GitLab's default V(auth_and_signing), and the usage type of an existing key is
        left alone. A different usage type replaces the key (delete, then add).
    type: str
    choices: [auth, signing, auth_and_signing]
  state:
    description:
      - V(present) adds the key (or keys) when missing. V(absent) removes it.
      - With O(keys), the default for the entries that do not set their own O(keys[].state).
      - Default V(present).
    type: str
    choices: [present, absent]
  keys:
    description:
      - Several keys, each with the same settings as O(key).
      - Mutually exclusive with O(key). Each key may be listed once.
    type: list
    elements: dict
    suboptions:
      key:
        description:
          - The public key, as for O(key).
        type: str
        required: true
      title:
        description:
          - The title, as for O(title).
        type: str
      expires_at:
        description:
          - The expiry date, as for O(expires_at).
        type: str
      usage_type:
        description:
          - The usage type, as for O(usage_type).
        type: str
        choices: [auth, signing, auth_and_signing]
      state:
        description:
          - V(present) or V(absent), as for O(state); default O(state).
        type: str
        choices: [present, absent]
notes:
  - SSH key fingerprints are unique across a GitLab instance. When a key is already in use by another account (or is
    a deploy key), the task fails saying so; with an administrator's token it also names the owner
    (C(GET /keys?fingerprint=)).
  - When the answer to adding a key is lost (a dropped connection, a gateway timeout), the module reads the keys
    again; a key found there is not added a second time.
  - "Differences from M(community.general.gitlab_user): that module manages one key, by title, as a side
    effect of managing the user."
seealso:
  - module: gitlab_ops.users.gitlab_impersonation_token
  - module: gitlab_ops.users.gitlab_user_email
  - module: gitlab_ops.users.gitlab_user_info
  - module: gitlab_ops.users.gitlab_user_status
  - module: gitlab_ops.users.gitlab_user_gpg_key
  - module: gitlab_ops.users.gitlab_user
  - name: GitLab Users API, SSH keys
    description: The endpoints this module uses.
    link: https://docs.gitlab.com/api/user_keys/
"""

EXAMPLES = r"""
---
- name: Give alice her laptop and CI keys
  gitlab_ops.users.gitlab_user_key:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    user: alice
    keys:
      - key: "{{ lookup('ansible.builtin.file', 'keys/alice-laptop.pub') }}"
        title: laptop
      - key: "{{ lookup('ansible.builtin.file', 'keys/alice-ci.pub') }}"
        title: ci
        usage_type: auth
        expires_at: "2030-06-30"

- name: Make these the only keys of the user with the ID 42
  gitlab_ops.users.gitlab_user_key:
    user: 42
    keys:
      - key: "{{ lookup('ansible.builtin.file', 'keys/bob.pub') }}"
    exclusive: true

- name: Remove a retired key from the token's own account
  gitlab_ops.users.gitlab_user_key:
    key: "{{ lookup('ansible.builtin.file', 'keys/old.pub') }}"
    state: absent

- name: Show which keys of carol an exclusive run would remove
  gitlab_ops.users.gitlab_user_key:
    user: carol
    keys: []
    exclusive: true
  check_mode: true
  register: carol_keys

- name: List them
  ansible.builtin.debug:
    msg: "{{ carol_keys.removed_keys | map(attribute='title') | list }}"
"""

RETURN = r"""
user_keys:
  description:
    - The SSH keys of the user after the task (in check mode, as they would be), oldest first.
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
    title:
      description: The title of the key.
      type: str
    fingerprint:
      description: The SHA256 fingerprint of the key, as C(ssh-keygen -l) prints it.
      type: str
    expires_at:
      description: When the key expires (UTC), or V(null).
      type: str
    usage_type:
      description: What the key may be used for (GitLab 15.7 and later).
      type: str
  sample:
    - id: 17
      title: laptop
      fingerprint: SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8
      expires_at: null
      usage_type: auth_and_signing
removed_keys:
  description:
    - The keys the task removed (in check mode, would remove) because of O(state=absent) or O(exclusive), with the
      same fields as RV(user_keys). Keys that are replaced are not listed.
  returned: success
  type: list
  elements: dict
  sample:
    - id: 9
      title: old laptop
      fingerprint: SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU
      expires_at: "2024-01-31T00:00:00.000Z"
      usage_type: auth_and_signing
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - DELETE /users/42/keys/9
    - POST /users/42/keys
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
      keys:
        - title: old laptop
          fingerprint: SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU
          expires_at: null
          usage_type: auth_and_signing
    after:
      keys: []
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user_key import main

if __name__ == "__main__":
    main()
