#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user_follow
short_description: Make a GitLab user follow or unfollow other users
version_added: 0.2.0
description:
  - Makes a GitLab user (O(user), or the token's user) follow the users listed in O(users), or, with
    O(state=absent), unfollow them; with O(exclusive=true), also unfollow every user not listed.
  - The module reads whom the user follows (C(GET /users/:id/following)) and writes only what differs
    (C(POST /users/:id/follow), C(POST /users/:id/unfollow)). A run that changes nothing sends two requests (one
    when O(user) is an ID), which read the follower (C(GET /user), or C(GET /users?username=) for a username) and
    the list of whom it follows. A listed user who is not followed yet is looked up by username (one request each)
    when given by username.
  - GitLab follows and unfollows only as the user the request is made as. For another user, the module acts as
    that user through sudo (the C(Sudo) header), which needs the token of an administrator with the C(sudo)
    scope (and the C(api) scope). Without O(user), any user's token may manage whom its own user follows.
  - GitLab does not let a user follow itself. Listing the follower itself in O(users) is no change, and it is
    never unfollowed (it cannot be followed).
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
      - Check mode sends no write request. It returns the predicted RV(following), RV(diff) and RV(actions).
      - When something would change for another user, check mode checks the sudo rights with one C(GET /user) made
        as that user, and reads each user to follow that is given by ID (C(GET /users/:id)), so it fails where the
        real run would and shows the same diff.
      - Whether one of the users has turned following off is only known when GitLab is asked to follow, so check
        mode cannot predict that failure.
  diff_mode:
    support: full
    details:
      - The diff shows the usernames the user follows before and after the task.
  idempotent:
    support: full
options:
  user:
    description:
      - The user who follows. An integer is a user ID, a string a username (even when it is made of digits only;
        quote an ID in YAML to make it a username).
      - Omit it for the token's own user.
      - For another user, the token must be an administrator's token with the C(sudo) scope. If the token has no
        sudo scope, is not an administrator's, or the user does not exist, the task fails saying which, before any
        write.
      - Naming the token's own user works with any token. When GitLab refuses sudo because the token's user is
        not an administrator, the module reads the token's user (C(GET /user)) and, if it is the named user,
        writes without sudo.
    type: raw
  users:
    description:
      - The users to follow (or, with O(state=absent), to unfollow), each a username (a string) or a user ID (an
        integer). A user listed twice, by ID and by username, counts once.
      - With O(state=present), a listed user that does not exist fails the task, naming it. With O(state=absent),
        a user that is not followed is left alone, whether it exists or not.
      - V([]) with O(exclusive=true) unfollows everyone.
    type: list
    elements: raw
    required: true
  state:
    description:
      - V(present) makes O(user) follow every listed user.
      - V(absent) makes O(user) unfollow every listed user; the users it follows but that are not listed are left
        alone. O(exclusive) cannot be used with it.
    type: str
    choices: [present, absent]
    default: present
  exclusive:
    description:
      - With V(true), O(user) also unfollows every user it follows that is not listed in O(users).
    type: bool
    default: false
notes:
  - When the answer to a follow or an unfollow is lost (a timeout, a dropped connection), the module reads the
    list of followed users again and sends the request once more only when it did not arrive.
  - GitLab answers C(304 Not Modified) to a follow when either user has turned off following other users (the
    C(enabled_following) preference of the profile); the task then fails, naming the user it could not follow.
  - GitLab limits how many users one user may follow (300); a follow past the limit fails with GitLab's message.
    Unfollows are sent before follows, so that O(exclusive=true) can replace users at the limit.
seealso:
  - module: gitlab_ops.users.gitlab_user_info
    description: Reads whom users follow and who follows them (O(gitlab_ops.users.gitlab_user_info#module:include)).
  - module: gitlab_ops.users.gitlab_user_preferences
  - module: gitlab_ops.users.gitlab_user_status
  - name: GitLab follow API
    description: The API this module uses.
    link: https://docs.gitlab.com/api/user_follow_unfollow/
"""

EXAMPLES = r"""
---
- name: The token's user follows alice and the user with the id 42
  gitlab_ops.users.gitlab_user_follow:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_token }}"
    users:
      - alice
      - 42

- name: Bob follows exactly the platform team (needs an administrator's token with the sudo scope)
  gitlab_ops.users.gitlab_user_follow:
    user: bob
    users: "{{ platform_team }}"
    exclusive: true

- name: Bob no longer follows carol
  gitlab_ops.users.gitlab_user_follow:
    user: bob
    users: [carol]
    state: absent
"""

RETURN = r"""
following:
  description:
    - The users O(user) follows after the task, by ID. In check mode, the predicted list.
  returned: success
  type: list
  elements: dict
  contains:
    id:
      description: The ID of the user.
      type: int
    username:
      description: The username.
      type: str
    name:
      description: The name.
      type: str
    state:
      description: The state of the account (V(active), V(blocked)...).
      type: str
    web_url:
      description: The user's profile page.
      type: str
  sample:
    - id: 42
      username: alice
      name: Alice Liddell
      state: active
      web_url: https://gitlab.example.com/alice
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - POST /users/17/unfollow
    - POST /users/42/follow
diff:
  description:
    - The usernames O(user) follows before and after the task, sorted.
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: Whom the user follows before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: Whom the user follows after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      following: [alice, dave]
    after:
      following: [alice, carol]
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user_follow import main


if __name__ == "__main__":
    main()
