#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_service_account_token
short_description: Create, renew, rotate and revoke personal access tokens of GitLab service accounts
version_added: 0.2.0
description:
  - Manages one personal access token of a service account of GitLab EE (Premium or Ultimate), either of an
    instance service account or, with O(group), of a service account of that group.
  - It behaves as M(gitlab_ops.users.gitlab_impersonation_token) does with personal tokens, with the same engine;
    O(rotate) is that module's O(gitlab_ops.users.gitlab_impersonation_token#module:recreate), accepted under that
    name too. Service accounts have no impersonation tokens of their own to manage here, so there is no C(type).
  - A token is identified by its service account, its group and its O(name). This module keeps at most one active
    token per account and name.
  - The token value is secret and GitLab shows it only once, in the answer that creates it. The module returns
    it as RV(token.token) when, and only when, it created a token. Set C(no_log) to V(true) on the task that
    registers the result. The value never appears in warnings, errors, the diff or RV(actions).
  - Instance accounts' tokens are created with C(POST /users/:id/personal_access_tokens), listed with
    C(GET /personal_access_tokens?user_id=), rotated with C(POST /personal_access_tokens/:id/rotate) and revoked
    with C(DELETE /personal_access_tokens/:id). A run that changes nothing sends 2 requests, 1 with
    O(service_account) given as an ID, and 1 more when a token of that name exists (GitLab's list of personal
    access tokens also holds impersonation tokens without saying which they are; C(GET /users/:id/impersonation_tokens)
    tells them apart).
  - Group accounts' tokens go through C(/groups/:id/service_accounts/:user_id/personal_access_tokens) (create 16.1,
    rotate with an expiry 17.9, list and revoke 17.11). A run that changes nothing sends 2 requests, 1 with
    O(service_account) given as an ID. On a GitLab without these endpoints (CE, or EE before 17.11), the task reads
    the version (C(GET /version)) and fails before any write, naming the version needed.
  - Needs the token of an administrator; for a group account, of a group owner too.
author:
  - gitlab_ops.users contributors (@gitlab-ops)
extends_documentation_fragment:
  - gitlab_ops.users._gitlab
  - gitlab_ops.users._attributes
  - gitlab_ops.users._attributes.actiongroup_gitlab
  - gitlab_ops.users._access_tokens
attributes:
  check_mode:
    support: full
    details:
      - Check mode sends no write request and returns the predicted RV(token) (without a value), RV(diff) and
        RV(actions).
  diff_mode:
    support: full
    details:
      - The diff shows the name, scopes, expiry and state of the token. A new token shows C(token) as
        C(********); the value itself is never part of the diff.
  idempotent:
    support: partial
    details:
      - With O(rotate=always) every run replaces the token and reports a change.
      - With O(expires_in_days) and O(renew_before_days) a run replaces the token once it is due for renewal.
options:
  service_account:
    description:
      - The service account the token belongs to. An integer is a user ID, a string a username (matched exactly and
        case-insensitively; it costs one C(GET /users?username=)). A username that consists of digits must be
        quoted in YAML to be a string.
      - A user who is not a bot fails the task before any write.
    type: raw
    required: true
    aliases: [user]
  group:
    description:
      - The group that provisioned the service account, by ID or full path. Omitted, the account is an instance
        service account.
    type: raw
  name:
    description:
      - The name of the token. Together with O(service_account) and O(group) it identifies the token; names are
        compared exactly.
    type: str
    required: true
  state:
    description:
      - V(present) makes sure an active token with that name exists with the wanted scopes and expiry.
        See O(rotate) for what happens when it differs, is revoked or has expired.
      - V(absent) revokes every active token of that account and name. GitLab keeps revoked tokens as inactive
        records.
    type: str
    choices: [present, absent]
    default: present
  scopes:
    description:
      - The scopes of the token. Required with O(state=present).
      - Checked against GitLab's scope names before any request, as by
        M(gitlab_ops.users.gitlab_impersonation_token). The order does not matter.
      - V(sudo) is refused before any request, since GitLab gives it only to administrators' tokens.
    type: list
    elements: str
  rotate:
    description:
      - What to do when the active token differs from the wanted one (scopes or expiry), is due for renewal, has
        been revoked or has expired.
      - V(never) changes nothing and fails, saying what differs.
      - V(on_change) replaces it. A token whose scopes and description already fit is rotated when its expiry is
        known from O(expires_at) or O(expires_in_days); otherwise a new token is created, and only then the old
        one revoked. A revoked or expired token is followed by a new one.
      - V(always) replaces the token on every run, as a rotation on demand.
      - When no token of that name ever existed, every policy creates one.
    type: str
    choices: [never, on_change, always]
    default: on_change
    aliases: [recreate]
notes:
  - Without O(expires_at) and O(expires_in_days), a new token gets the longest lifetime, or none when the instance
    does not enforce an expiry for service accounts' tokens.
  - Lost answers. When the answer to a create or a rotation is lost, GitLab may have created a token whose value
    nobody received. The module then reads the tokens again, revokes such an orphan, creates the token once more
    and says so in a warning. It never leaves two active tokens of one name behind.
  - Once a token is created, its value is returned even when revoking the token it replaces fails; a warning
    says so, and the next run revokes the old token.
seealso:
  - module: gitlab_ops.users.gitlab_service_account
  - module: gitlab_ops.users.gitlab_impersonation_token
  - name: Service accounts API
    description: The GitLab API of service accounts and their tokens.
    link: https://docs.gitlab.com/api/service_accounts/
  - name: Group service accounts API
    description: The tokens of group service accounts.
    link: https://docs.gitlab.com/api/group_service_accounts/
"""

EXAMPLES = r"""
---
- name: A token for the deployment service account, renewed in its last 14 days
  gitlab_ops.users.gitlab_service_account_token:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    service_account: deploy-bot
    name: deploy pipeline
    scopes: [api]
    expires_in_days: 90
    renew_before_days: 14
  register: deploy_token
  no_log: true  # the result holds the token value

- name: A token of a group service account, rotated on demand
  gitlab_ops.users.gitlab_service_account_token:
    group: platform
    service_account: platform-ci
    name: ci
    scopes: [read_api, read_repository]
    expires_in_days: 30
    rotate: always
  register: ci_token
  no_log: true

- name: Revoke it
  gitlab_ops.users.gitlab_service_account_token:
    group: platform
    service_account: platform-ci
    name: ci
    state: absent
"""

RETURN = r"""
token:
  description:
    - The token as GitLab returns it (C(id), C(name), C(scopes), C(expires_at), C(active), C(revoked),
      C(description), C(user_id), C(created_at)).
    - Contains the secret C(token) value only when this run created the token (a new token, a replacement or a
      rotation). Set C(no_log) to V(true) on the task that registers the result.
    - In check mode, the predicted token without a value (C(id) is V(null) for a token that would be created).
  returned: O(state=present)
  type: dict
  contains:
    token:
      description: The secret value of the token. GitLab never shows it again.
      returned: when a token was created
      type: str
  sample:
    id: 84
    name: deploy pipeline
    scopes: [api]
    expires_at: "2026-12-31"
    active: true
    revoked: false
    user_id: 42
    token: glpat-xxxxxxxxxxxxxxxxxxxx
value_returned:
  description:
    - Whether RV(token.token) holds a token value, that is whether this run created a token.
  returned: O(state=present)
  type: bool
  sample: true
msg:
  description:
    - Why no token value is returned, when the token already existed; for a token that has never been used, also
      how to get a value.
  returned: O(state=present) and no token was created
  type: str
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - POST /users/42/personal_access_tokens
diff:
  description:
    - The token before and after the task. C(state) is V(present), V(absent), V(revoked) or V(expired).
      C(token) is C(********) when a new token value was issued.
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: The token before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: The token after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      service_account: deploy-bot
      name: deploy pipeline
      state: absent
    after:
      service_account: deploy-bot
      name: deploy pipeline
      scopes: [api]
      token: "********"
      state: present
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.service_account_token import main


if __name__ == "__main__":
    main()
