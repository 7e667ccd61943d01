#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_impersonation_token
short_description: Create, renew, rotate and revoke impersonation tokens and personal access tokens of a GitLab user
version_added: 0.1.0
description:
  - Manages one access token of a GitLab user, made by an administrator for that user, either an impersonation token
    (O(type=impersonation), the default) or a personal access token (O(type=personal)).
  - A token is identified by its user, its O(name) and its O(type). GitLab allows several tokens with one name;
    this module keeps at most one active token per user, name and type.
  - The token value is secret and GitLab shows it only once, in the answer that creates it. The module returns
    it as RV(token.token) when, and only when, it created a token. Set C(no_log) to V(true) on the task that
    registers the result, so that the value never reaches the output or the logs, and store the value right away
    (for example in a vault or a CI variable). The value never appears in warnings, errors, the diff or RV(actions).
  - Renewal makes rotation a scheduled playbook run. With O(expires_in_days) and O(renew_before_days), each run
    keeps the token while it has more than O(renew_before_days) days left, and replaces it once it has that many
    or fewer.
  - A run that changes nothing sends 2 requests (C(GET /users?username=) and the list of the user's active
    tokens) or 1 when O(user) is an id. Personal access tokens cost one more request when a token of that
    name exists, because GitLab's list of personal access tokens also holds the user's impersonation tokens
    without saying which they are (C(GET /users/:id/impersonation_tokens) tells them apart).
  - Needs the token of an administrator.
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
      - With O(recreate=always) every run replaces the token and reports a change.
      - With O(expires_in_days) and O(renew_before_days) a run replaces the token once it is due for renewal.
options:
  user:
    description:
      - The user the token belongs to. An integer is a user ID, a string a username (matched exactly and
        case-insensitively).
      - A username that consists of digits must be quoted in YAML to be a string.
    type: raw
    required: true
  name:
    description:
      - The name of the token. Together with O(user) and O(type) it identifies the token; names are compared
        exactly.
    type: str
    required: true
  type:
    description:
      - V(impersonation) manages an impersonation token (C(/users/:id/impersonation_tokens)). The user cannot see
        or revoke impersonation tokens; GitLab can disable them instance-wide.
      - V(personal) manages a personal access token that an administrator creates for the user
        (C(POST /users/:id/personal_access_tokens)), listed with C(GET /personal_access_tokens?user_id=) and revoked
        with C(DELETE /personal_access_tokens/:id). The user sees it among their own tokens.
    type: str
    choices: [impersonation, personal]
    default: impersonation
  state:
    description:
      - V(present) makes sure an active token with that name exists with the wanted scopes and expiry.
        See O(recreate) for what happens when it differs, is revoked or has expired.
      - V(absent) revokes every active token of that user, name and type. GitLab keeps revoked tokens as
        inactive records; they cannot be deleted.
    type: str
    choices: [present, absent]
    default: present
  scopes:
    description:
      - The scopes of the token. Required with O(state=present).
      - Checked against GitLab's scope names before any request - V(api), V(read_api), V(read_user),
        V(create_runner), V(manage_runner), V(k8s_proxy), V(self_rotate), V(read_repository),
        V(write_repository), V(read_registry), V(write_registry), V(read_virtual_registry),
        V(write_virtual_registry), V(read_observability), V(write_observability), V(ai_features), V(sudo),
        V(admin_mode) and V(read_service_ping). The order does not matter.
      - GitLab gives V(sudo) only to tokens of administrators, and refuses the registry scopes on an instance
        without a container registry. The module refuses V(sudo) for a user who is not an administrator before
        any write; with O(user) given as an ID, this costs one more request (C(GET /users/:id)).
    type: list
    elements: str
  recreate:
    description:
      - What to do when the active token differs from the wanted one (scopes or expiry), is due for renewal, has
        been revoked or has expired.
      - V(never) changes nothing and fails, saying what differs.
      - V(on_change) replaces it. A personal access token whose scopes and description already fit is rotated
        (C(POST /personal_access_tokens/:id/rotate)) when its expiry is known from O(expires_at) or
        O(expires_in_days); otherwise a new token is created, and then the old one revoked. A failure on the way
        leaves the old token active. A revoked or expired token is simply followed by a new one.
      - V(always) replaces the token on every run, as a rotation on demand.
      - When no token of that name ever existed, every policy creates one.
    type: str
    choices: [never, on_change, always]
    default: on_change
notes:
  - Without O(expires_at) and O(expires_in_days), GitLab decides the expiry of a new token. By default GitLab
    requires an expiry, and then refuses to create an impersonation token without one, while a personal access
    token gets the longest lifetime.
  - Lost answers. When the answer to a create or a rotation is lost (a timeout, a dropped connection, a gateway
    error), GitLab may have created a token whose value nobody received. The module then reads the tokens
    again, revokes such an orphan, creates the token once more and says so in a warning. It never leaves two
    active tokens of one name behind.
  - When the tokens cannot be read again after a lost answer, the task fails saying so. A later run cannot tell a
    token made then from one whose value was received; when it keeps a token that has never been used, RV(msg)
    says how to get a value (O(recreate=always)). A never used token beside an older active token of the same
    name (left by an interrupted replacement) is not kept; both are replaced, and the new value returned.
  - Once a token is created, its value is returned even when revoking the token it replaces fails; a warning
    says so, and the next run revokes the old token.
  - Expiry arithmetic uses the date in UTC, as GitLab does.
seealso:
  - module: gitlab_ops.users.gitlab_user_email
  - module: gitlab_ops.users.gitlab_user_gpg_key
  - module: gitlab_ops.users.gitlab_user_info
  - module: gitlab_ops.users.gitlab_user_key
  - module: gitlab_ops.users.gitlab_user_status
  - module: gitlab_ops.users.gitlab_user
  - name: Impersonation tokens and personal access tokens for users (GitLab User tokens API)
    description: The GitLab API for impersonation tokens and for personal access tokens of other users.
    link: https://docs.gitlab.com/api/user_tokens/
  - name: Personal access tokens API
    description: Listing, revoking and rotating personal access tokens.
    link: https://docs.gitlab.com/api/personal_access_tokens/
"""

EXAMPLES = r"""
---
- name: Give the deploy bot an impersonation token for the API (the value is in deploy_token.token.token)
  gitlab_ops.users.gitlab_impersonation_token:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    user: deploy-bot
    name: deploy pipeline
    scopes: [api]
    expires_at: "2026-12-31"
  register: deploy_token
  no_log: true  # the result holds the token value

- name: Keep the value only when a token was created
  ansible.builtin.copy:
    content: "{{ deploy_token.token.token }}"
    dest: /etc/deploy/gitlab-token
    mode: "0600"
  when: deploy_token.value_returned
  no_log: true

- name: Rotate a service token on schedule - 90 days of life, renewed in its last 14 days
  gitlab_ops.users.gitlab_impersonation_token:
    user: metrics-collector
    name: metrics
    scopes: [read_api, read_user]
    expires_in_days: 90
    renew_before_days: 14
  register: metrics_token
  no_log: true

- name: A personal access token that the user sees in their settings, rotated when it is due
  gitlab_ops.users.gitlab_impersonation_token:
    user: 42
    type: personal
    name: backup-job
    description: Nightly repository backup
    scopes: [read_repository, read_api]
    expires_in_days: 30
    renew_before_days: 7
  register: backup_token
  no_log: true

- name: Only report tokens that drifted (fails instead of replacing them)
  gitlab_ops.users.gitlab_impersonation_token:
    user: deploy-bot
    name: deploy pipeline
    scopes: [api]
    expires_at: "2026-12-31"
    recreate: never
  check_mode: true

- name: Revoke the tokens of a person who left
  gitlab_ops.users.gitlab_impersonation_token:
    user: alice
    name: "{{ item }}"
    state: absent
  loop: [laptop, ci]
"""

RETURN = r"""
token:
  description:
    - The token as GitLab returns it (C(id), C(name), C(scopes), C(expires_at), C(active), C(revoked),
      C(description), C(user_id), C(created_at) and, for impersonation tokens, C(impersonation)).
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
    impersonation: true
    user_id: 42
    token: glpat-xxxxxxxxxxxxxxxxxxxx
value_returned:
  description:
    - Whether RV(token.token) holds a token value, that is whether this run created a token.
    - V(false) for a token that already existed; GitLab shows a token's value only once, so no value can be
      returned (RV(msg) says so).
  returned: O(state=present)
  type: bool
  sample: true
msg:
  description:
    - Why no token value is returned, when the token already existed.
    - For a token that has never been used, also how to get a value, in case nobody holds it.
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
    - POST /users/42/impersonation_tokens
    - DELETE /users/42/impersonation_tokens/83
diff:
  description:
    - The token before and after the task. C(state) is V(present), V(absent), or for a token that can no longer be
      used V(revoked) or V(expired). C(token) is C(********) when a new token value was issued.
    - C(active_tokens) appears when more than one active token had that name.
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
      user: deploy-bot
      type: impersonation
      name: deploy pipeline
      scopes: [api]
      expires_at: "2026-01-05"
      state: present
    after:
      user: deploy-bot
      type: impersonation
      name: deploy pipeline
      scopes: [api]
      expires_at: "2026-03-31"
      token: "********"
      state: present
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.impersonation_token import main


if __name__ == "__main__":
    main()
