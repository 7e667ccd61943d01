#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user_email
short_description: Manage the secondary email addresses of a GitLab user
version_added: 0.1.0
description:
  - Adds and removes the secondary email addresses of a GitLab user through the GitLab REST v4 Users API.
  - Addresses are compared case-insensitively, because GitLab stores them in lower case.
  - The primary email is never removed, whether or not this GitLab version lists it among the emails.
    Asking for the primary email with O(state=absent) fails. To change the primary email, use
    M(gitlab_ops.users.gitlab_user) with its O(gitlab_ops.users.gitlab_user#module:email) option.
  - A run that changes nothing sends one request (C(GET /user/emails), or C(GET /users/:id/emails) when
    O(user) is an id), or two when O(user) is a username (the lookup of the user, then its emails).
  - The module needs the primary email when a task could add or remove an address. After a username lookup it
    has it; otherwise it reads the user once (C(GET /user) or C(GET /users/:id)). That happens when an address
    is to be added, when an address is given with O(state=absent), and with O(exclusive=true) when GitLab lists
    an address that is not wanted, which on GitLab versions that list the primary email is always the case
    unless the primary email is among the wanted ones.
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
      - Check mode sends no write request. It returns the predicted RV(emails), RV(diff) and RV(actions).
      - Whether an address belongs to another account is only known when GitLab refuses to add it, so check
        mode cannot predict that failure.
  diff_mode:
    support: full
    details:
      - The diff lists every address GitLab lists for the user, with whether it is confirmed.
  idempotent:
    support: full
options:
  user:
    description:
      - The user whose emails are managed. An integer is a user ID, a string a username (even when it is made
        of digits only; quote an ID in YAML to make it a username).
      - Omit it to manage the emails of the token's own user (C(/user/emails)); any user may do that.
      - Managing the emails of a named user needs an administrator's token.
    type: raw
  email:
    description:
      - One address, with O(state).
      - Mutually exclusive with O(emails); one of them is required.
    type: str
  state:
    description:
      - Whether O(email) should be a secondary email of the user (V(present)) or not (V(absent)).
      - Also the default O(emails[].state) of the entries of O(emails).
    type: str
    choices: [present, absent]
    default: present
  emails:
    description:
      - Several addresses, each with its own state.
      - With O(exclusive=true), V([]) removes every secondary email.
    type: list
    elements: dict
    suboptions:
      email:
        description:
          - The address.
        type: str
        required: true
      state:
        description:
          - Whether the address should be a secondary email of the user. Defaults to O(state).
        type: str
        choices: [present, absent]
  exclusive:
    description:
      - Remove every secondary email that is not listed with V(present) in O(email) or O(emails).
      - The primary email is never removed.
      - GitLab clears the public email and the commit email of the user when they were a removed address.
    type: bool
    default: false
  skip_confirmation:
    description:
      - Add addresses as confirmed, without the confirmation mail GitLab sends otherwise.
      - Only administrators can do this; for the token's own emails, a token of a user who is not an
        administrator fails before any write when an address has to be added.
      - With V(true), a listed secondary email that is not confirmed is deleted and added again as confirmed
        (GitLab has no API call that confirms an existing email). With V(false), unconfirmed addresses are
        left as they are.
    type: bool
    default: false
notes:
  - An address that belongs to another account (as its primary or as a secondary email) cannot be added; the
    task fails with C(email already in use by another account).
  - When the answer to adding an address is lost (a timeout, a dropped connection), the module lists the
    emails again and adds the address once more only when it did not arrive, so a retried run never adds an
    address twice.
seealso:
  - module: gitlab_ops.users.gitlab_impersonation_token
  - module: gitlab_ops.users.gitlab_user_gpg_key
  - module: gitlab_ops.users.gitlab_user_info
  - module: gitlab_ops.users.gitlab_user_key
  - module: gitlab_ops.users.gitlab_user_status
  - module: gitlab_ops.users.gitlab_user
    description: Changes the primary email of a user.
  - name: GitLab user emails API
    description: The API this module uses.
    link: https://docs.gitlab.com/api/user_email_addresses/
"""

EXAMPLES = r"""
---
- name: Give alice two confirmed secondary emails and remove all others
  gitlab_ops.users.gitlab_user_email:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    user: alice
    emails:
      - email: alice@old-domain.example.com
      - email: alice.example@example.org
    exclusive: true
    skip_confirmation: true

- name: Remove one address of the user with the id 42
  gitlab_ops.users.gitlab_user_email:
    user: 42
    email: bob@old-domain.example.com
    state: absent

- name: Add an address to the token's own user (GitLab sends a confirmation mail)
  gitlab_ops.users.gitlab_user_email:
    email: me@example.org
"""

RETURN = r"""
emails:
  description:
    - The emails GitLab lists for the user after the task.
    - In check mode, the predicted list, where an address that would be added has C(id) and C(confirmed_at) V(null).
    - Depending on the GitLab version, the list includes the primary email.
  returned: success
  type: list
  elements: dict
  contains:
    id:
      description: The ID of the email.
      type: int
    email:
      description: The address, in lower case.
      type: str
    confirmed_at:
      description: When the address was confirmed; V(null) when it is not (yet) confirmed.
      type: str
    confirmed:
      description: Whether the address is (or, in check mode, would be) confirmed.
      type: bool
  sample:
    - id: 7
      email: alice@example.com
      confirmed_at: "2026-01-05T10:00:00.000Z"
      confirmed: true
    - id: 12
      email: alice.example@example.org
      confirmed_at: null
      confirmed: false
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - POST /users/42/emails
    - DELETE /users/42/emails/12
diff:
  description:
    - The user's emails before and after the task.
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: The emails before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: The emails after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      emails:
        - email: alice@example.com
          confirmed: true
    after:
      emails:
        - email: alice.example@example.org
          confirmed: true
        - email: alice@example.com
          confirmed: true
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user_email import main


if __name__ == "__main__":
    main()
