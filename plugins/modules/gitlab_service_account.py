#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_service_account
short_description: Create, change and delete GitLab service accounts
version_added: 0.2.0
description:
  - Manages a service account of GitLab EE (Premium or Ultimate), either an instance service account or, with
    O(group), a group service account of that top-level group.
  - The account is identified by its O(username), which is always sent (GitLab would otherwise generate one, and a
    second run could not find the account).
  - Every option that is omitted is left alone. An account created without O(name) or O(email) gets GitLab's
    defaults (the name C(Service account user) and a C(noreply) email).
  - A run that changes nothing sends 1 request, C(GET /users?username=) for an instance account and
    C(GET /groups/:id/service_accounts) for a group account (one more per 100 service accounts of the group).
  - A create or a change first reads the GitLab version (C(GET /version)), once, and fails before any write when
    this GitLab lacks what the task needs, naming the version needed. A group account found missing needs no
    version read, unless O(email) is given.
  - "What needs which version (GitLab EE): creating an account with a username 16.10 (16.1 to 16.9 ignore the
    username); O(email) 17.9 for instance accounts and 17.11 for group accounts (17.9 and 17.10 drop it unless the
    C(group_service_account_custom_email) feature flag is on); group accounts are found through
    C(GET /groups/:id/service_accounts), 17.1; changing an instance account 18.2, a group account 17.10 (its
    O(email) 18.2). On GitLab CE the task fails the same way."
  - Instance service accounts need an administrator's token. Group service accounts need the token of an
    administrator, or of a group owner when the instance allows top-level group owners to manage service accounts.
author:
  - gitlab_ops.users contributors (@gitlab-ops)
extends_documentation_fragment:
  - gitlab_ops.users._gitlab
  - gitlab_ops.users._attributes
  - gitlab_ops.users._attributes.actiongroup_gitlab
attributes:
  check_mode:
    support: full
    details:
      - Check mode sends no write request. It makes the same reads as the real run (the version too) and fails
        where the real run would fail before its first write. It returns the predicted RV(service_account),
        RV(diff) and RV(actions).
  diff_mode:
    support: full
    details:
      - The diff shows the username, the group, O(name) and O(email) when they are given, and C(state).
  idempotent:
    support: full
options:
  username:
    description:
      - The username of the service account, matched exactly and case-insensitively.
      - An instance account is looked up among all users; a user with that username who is not a bot fails the task.
      - A group account is looked up among the service accounts the group provisioned.
    type: str
    required: true
  name:
    description:
      - The display name, at most 255 characters. Omitted, the name is left alone (a new account gets
        C(Service account user)).
    type: str
  email:
    description:
      - The email address. Omitted, the email is left alone (a new account gets a C(noreply) address).
      - When the instance asks for email confirmation, GitLab keeps a changed address in C(unconfirmed_email)
        until it is confirmed; the module warns. For a group account, the next run sees the pending address and
        does not send it again; for an instance account GitLab does not show the pending address in the user
        list, so each run sends it again until it is confirmed.
    type: str
  group:
    description:
      - The top-level group whose service account this is, by ID or full path. Omitted, the account is an
        instance service account.
    type: raw
  state:
    description:
      - V(present) creates the account or changes what differs; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  hard_delete:
    description:
      - With O(state=absent), also delete the contributions of the account and the groups it is the only owner of,
        instead of moving them to the ghost user. GitLab refuses (409) to delete a sole owner otherwise.
    type: bool
    default: false
  wait:
    description:
      - With O(state=absent), wait until GitLab's background job has deleted the account (C(GET /users/:id) until
        it answers 404), so that the next task sees it gone.
    type: bool
    default: true
  wait_timeout:
    description:
      - How many seconds O(wait) waits at most.
    type: int
    default: 60
notes:
  - When the answer to a write is lost (a timeout, a dropped connection), the module reads the account again and
    sends the write once more only when it did not take effect.
  - GitLab answers a group owner's deletion with 204 even when it refuses it (the instance does not allow top-level
    group owners to manage service accounts); the account then stays, and the wait fails saying so.
  - The personal access tokens of a service account are managed by M(gitlab_ops.users.gitlab_service_account_token).
seealso:
  - module: gitlab_ops.users.gitlab_service_account_token
  - module: gitlab_ops.users.gitlab_user
    description: Manages human users.
  - name: GitLab service accounts API
    description: The API this module uses.
    link: https://docs.gitlab.com/api/service_accounts/
"""

EXAMPLES = r"""
---
- name: An instance service account for the deployment pipeline
  gitlab_ops.users.gitlab_service_account:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    username: deploy-bot
    name: Deployment bot
    email: deploy-bot@example.com

- name: A service account of the group platform
  gitlab_ops.users.gitlab_service_account:
    group: platform
    username: platform-ci
    name: Platform CI

- name: Delete it, with the groups it solely owns
  gitlab_ops.users.gitlab_service_account:
    group: platform
    username: platform-ci
    state: absent
    hard_delete: true
"""

RETURN = r"""
service_account:
  description:
    - The service account after the task, as GitLab returns it (its list of users, or of the group's service
      accounts, or the answer to the write). Empty when it does not exist.
    - In check mode, the predicted account; a new account has no C(id) and GitLab's default C(name).
  returned: success
  type: dict
  sample:
    id: 42
    username: deploy-bot
    name: Deployment bot
    email: deploy-bot@example.com
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - POST /service_accounts
diff:
  description:
    - The account before and after the task (C(state) is V(absent) when it does not exist).
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: The account before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: The account after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      username: deploy-bot
      state: absent
    after:
      username: deploy-bot
      name: Deployment bot
      state: present
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.service_account import main


if __name__ == "__main__":
    main()
