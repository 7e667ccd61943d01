#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user_status
short_description: Set or clear the status of a GitLab user
version_added: 0.1.0
description:
  - Sets the status of a GitLab user (emoji, message, availability, expiry) or clears it, through the GitLab
    REST v4 Users API.
  - Every option that is omitted is left alone. For example, setting only O(availability) keeps the emoji,
    the message and the expiry.
  - A run that changes nothing sends exactly one request (C(GET /users/:id_or_username/status), or
    C(GET /user/status) when O(user) is omitted).
  - GitLab sets only the status of the user the request is made as (C(PATCH /user/status)). For another user,
    the module acts as that user through sudo (the C(Sudo) header), which needs the token of an administrator
    with the C(sudo) scope (and the C(api) scope). Without O(user), any user's token may set its own status.
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
      - Check mode sends no write request. It returns the predicted RV(status), RV(diff) and RV(actions).
      - When another user's status would change, check mode checks the sudo rights with one C(GET /user) made as
        that user, so it fails where the real run would.
      - Whether GitLab knows an emoji name is only known when it is sent, so check mode cannot predict that
        failure.
  diff_mode:
    support: full
    details:
      - The diff shows the emoji, message, availability and C(clear_status_at) (or the O(clear_status_after)
        this run sends).
  idempotent:
    support: full
    details:
      - O(clear_status_after) follows the rule given with that option, so reruns do not restart the expiry.
options:
  user:
    description:
      - The user whose status is managed. An integer is a user ID, a string a username (even when it is made of
        digits only; quote an ID in YAML to make it a username).
      - Omit it for the token's own user.
      - For another user, the token must be an administrator's token with the C(sudo) scope. If the token has
        no sudo scope, is not an administrator's, or the user does not exist, the task fails saying which.
      - Naming the token's own user works with any token. When GitLab refuses sudo because the token's user is
        not an administrator, the module reads the token's user (C(GET /user)) and, if it is the named user,
        writes without sudo.
    type: raw
  state:
    description:
      - V(present) sets the status to the given options.
      - V(absent) clears the whole status; the other status options cannot be given with it.
    type: str
    choices: [present, absent]
    default: present
  emoji:
    description:
      - The name of the emoji, without colons, for example V(coffee), V(palm_tree) or V(slight_smile).
      - GitLab's emoji names are not GitHub's. GitLab knows the gemojione/TanukiEmoji names and their aliases
        (for example V(thumbsup) and V(thumbs_up)); the GitLab instance decides which names exist, and the task
        fails with its C(is not a valid emoji name), naming the emoji, for a name it does not know. The module
        only checks locally that the value looks like a name (lower-case letters, digits, C(_), C(+), C(-)).
      - Omitted, the emoji is kept. A status always has an emoji; GitLab gives a status without one
        V(speech_balloon), so an empty emoji, or an omitted one when the user has no status yet, means
        V(speech_balloon) here too.
    type: str
  status_message:
    description:
      - The status message (GitLab's C(message)), at most 100 characters. It may contain emoji codes such as
        C(:coffee:).
      - V("") removes the message. Omitted, the message is kept.
      - Ansible reserves the option name C(message) for itself, hence this name.
    type: str
  availability:
    description:
      - V(busy) shows the user as busy. Omitted, the availability is kept.
    type: str
    choices: [not_set, busy]
  clear_status_after:
    description:
      - Let GitLab clear the status after this time. GitLab stores the resulting time (RV(status.clear_status_at)),
        not the duration, so the module cannot compare the two and follows this rule instead.
      - The duration is sent when the status is written because another option changes (the expiry then
        starts again from now), and when the status has no expiry now (or there is no status).
      - When the status already has an expiry and nothing else changes, nothing is written, whatever the
        duration; the task is not changed. To restart the expiry, clear the status first.
      - Omitted, an existing expiry is kept.
    type: str
    choices: [30_minutes, 3_hours, 8_hours, 1_day, 3_days, 7_days, 30_days]
notes:
  - When the answer to setting the status is lost (a timeout, a dropped connection), the module reads the status
    again and sends it once more only when it did not arrive.
  - On a GitLab without C(PATCH /user/status), the module falls back to C(PUT), which replaces the whole status
    and therefore drops an expiry unless O(clear_status_after) is given; it warns when that happens.
seealso:
  - module: gitlab_ops.users.gitlab_impersonation_token
  - module: gitlab_ops.users.gitlab_user_email
  - module: gitlab_ops.users.gitlab_user_gpg_key
  - module: gitlab_ops.users.gitlab_user_info
  - module: gitlab_ops.users.gitlab_user_key
  - module: gitlab_ops.users.gitlab_user
    description: Manages the user itself.
  - name: GitLab user status API
    description: The API this module uses.
    link: https://docs.gitlab.com/api/users/#set-your-user-status
"""

EXAMPLES = r"""
---
- name: Set the token user's status
  gitlab_ops.users.gitlab_user_status:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_token }}"
    emoji: palm_tree
    status_message: On vacation until Monday
    availability: busy
    clear_status_after: 7_days

- name: Mark alice as busy (needs an administrator's token with the sudo scope), keeping her emoji and message
  gitlab_ops.users.gitlab_user_status:
    user: alice
    availability: busy

- name: Clear the status of the user with the id 42
  gitlab_ops.users.gitlab_user_status:
    user: 42
    state: absent
"""

RETURN = r"""
status:
  description:
    - The status after the task, as GitLab returns it. All fields are V(null) when the user has no status.
    - In check mode, the predicted status; C(message_html) and C(clear_status_at) are V(null) when they would
      change, since GitLab computes them.
  returned: success
  type: dict
  contains:
    emoji:
      description: The emoji name.
      type: str
    message:
      description: The message.
      type: str
    message_html:
      description: The message rendered by GitLab, with emoji codes turned into C(gl-emoji) tags.
      type: str
    availability:
      description: V(not_set) or V(busy).
      type: str
    clear_status_at:
      description: When GitLab clears the status; V(null) when it does not.
      type: str
  sample:
    emoji: palm_tree
    message: On vacation until Monday
    message_html: On vacation until Monday
    availability: busy
    clear_status_at: "2026-01-12T10:00:00.000Z"
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - PATCH /user/status
diff:
  description:
    - The status before and after the task (C(state) is V(absent) when there is no status).
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: The status before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: The status after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      state: absent
    after:
      state: present
      emoji: palm_tree
      message: On vacation until Monday
      availability: busy
      clear_status_after: 7_days
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user_status import main


if __name__ == "__main__":
    main()
