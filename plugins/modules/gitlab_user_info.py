#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user_info
short_description: Read GitLab users and their keys, emails, tokens, status, memberships and follows
version_added: 0.1.0
description:
  - Returns the details of one or more GitLab users, named by user ID, by username or by a user pattern such as
    V(admins:&two_factor_disabled), and, with O(include), their SSH keys, GPG keys, emails, status, impersonation
    and personal access tokens (metadata only), custom attributes, memberships, association counts, followers,
    followed users, preferences and counts. An audit of many users is one task.
  - Reads only; changes nothing, also outside check mode.
  - 'Requests: finding the users costs one C(GET /users/:id) per ID, and for the strings of O(users) the
    listing of the P(gitlab_ops.users.gitlab_users#lookup) lookup: one C(GET /users?username=) per exact
    username (up to 30; more are found in one listing of every user), and for groups and globs one C(GET /users)
    page of 100 users per listing, or with more pages that page and then every page by cursor (a listing of 20 pages
    or more in ranges of C(created_at), O(max_concurrency) at a time, when the token is an administrator''s; see
    R(Listing large instances,ansible_collections.gitlab_ops.users.docsite.guide_user_patterns.large_instances));
    C(dormant) adds
    every page of C(GET /user/activities). Then each item
    of O(include) costs one request per user (a second page for a user with more than 100 keys, emails, tokens,
    memberships, followers or followed users), except C(custom_attributes), which costs nothing more. For N users found by ID with
    O(include=[keys, emails, status]) that is N + 3N requests. They run O(max_concurrency) at a time.'
author:
  - gitlab_ops.users contributors (@gitlab-ops)
extends_documentation_fragment:
  - gitlab_ops.users._gitlab
  - gitlab_ops.users._attributes.info_module
  - gitlab_ops.users._attributes.actiongroup_gitlab
  - gitlab_ops.users._user_selection.dormant
options:
  users:
    description:
      - The users to read, as a list (or one item). An integer is a user ID; a string is a user pattern of the
        P(gitlab_ops.users.gitlab_users#lookup) lookup, for example a username (V(alice), exact and
        case-insensitive), a glob (V(svc-*)), a named group (V(admins), V(blocked), V(two_factor_disabled)...),
        or parts combined with V(:), V(&) and V(!) (V(admins:&two_factor_disabled:!root)), or V(dormant), the active
        users without activity for O(dormant_days) days (V(dormant:!bots:!admins)).
      - The strings of the list form one pattern, as the items of C(hosts:) do; the users of the IDs are added to
        its users. A string of digits is a username; write the ID as an integer.
      - A username close to a group name (V(admin) for V(admins)) is refused as a misspelt group; write
        V(@admin) for the user named admin.
      - Patterns over fields only administrators see (V(admins), V(external), V(two_factor_*), ...) need an
        administrator's token; the module then refuses the answer GitLab gives another token.
    type: raw
    required: true
  include:
    description:
      - What to read for each user besides the user itself, each under its own key of the user.
      - V(keys) (C(GET /users/:id/keys)), V(gpg_keys) (C(GET /users/:id/gpg_keys)), V(emails)
        (C(GET /users/:id/emails), administrators only), V(status) (C(GET /users/:id/status)),
        V(impersonation_tokens) (C(GET /users/:id/impersonation_tokens?state=all), administrators only),
        V(personal_access_tokens) (C(GET /personal_access_tokens?user_id=:id), administrators only, impersonation
        tokens among them), V(custom_attributes) (C(with_custom_attributes=true) on the requests that find the
        users, administrators only), V(memberships) (C(GET /users/:id/memberships), administrators only), and
        V(associations_count) (C(GET /users/:id/associations_count), the counts of groups, projects, issues and
        merge requests), V(followers) (C(GET /users/:id/followers)) and V(following) (C(GET /users/:id/following)),
        the users who follow the user and whom it follows.
      - V(preferences) (C(GET /user/preferences), as returned by M(gitlab_ops.users.gitlab_user_preferences)) and
        V(counts) (C(GET /user_counts), the user's open merge requests, assigned issues and merge requests, review
        requests and to-do items) are what GitLab shows only to the user itself. They are read as each user
        through sudo (the C(Sudo) header), one request per user, which needs an administrator's token with the
        C(sudo) scope. When GitLab refuses sudo (the token has no sudo scope or is not an administrator's), the
        token's own user is still read, without sudo, after one C(GET /user) that tells which user the token
        belongs to; for any other user the task fails, naming O(include) and GitLab's reason.
      - Tokens are returned without any secret, as GitLab lists them (metadata only).
    type: list
    elements: str
    choices: [associations_count, counts, custom_attributes, emails, followers, following, gpg_keys,
              impersonation_tokens, keys, memberships, personal_access_tokens, preferences, status]
    default: []
  max_concurrency:
    description:
      - How many requests may be in flight at the same time, across users. Between V(1) and V(8).
    type: int
    default: 4
notes:
  - GitLab limits C(GET /users/:id) for tokens of non-administrators (300 requests in 10 minutes by default).
seealso:
  - module: gitlab_ops.users.gitlab_impersonation_token
  - module: gitlab_ops.users.gitlab_user_email
  - module: gitlab_ops.users.gitlab_user_gpg_key
  - module: gitlab_ops.users.gitlab_user_key
  - module: gitlab_ops.users.gitlab_user_status
  - module: gitlab_ops.users.gitlab_user
    description: Create, update, block and delete users.
  - plugin: gitlab_ops.users.gitlab_users
    plugin_type: lookup
    description: List users by the same patterns, with the filters of C(GET /users).
  - plugin: gitlab_ops.users.gitlab_users
    plugin_type: inventory
    description: Users as inventory hosts.
"""

EXAMPLES = r"""
- name: Read one user with its SSH keys and emails
  gitlab_ops.users.gitlab_user_info:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    users: alice
    include: [keys, emails]
  register: alice_info

- name: Audit in one task - administrators without two-factor authentication, with their tokens
  gitlab_ops.users.gitlab_user_info:
    users: "admins:&two_factor_disabled:!root"
    include: [personal_access_tokens, impersonation_tokens, memberships]
  register: audit

- name: Fail on active tokens of those administrators
  ansible.builtin.assert:
    that: audit.users | map(attribute='personal_access_tokens') | flatten | selectattr('active') | list | length == 0
    fail_msg: "Administrators without 2FA hold active tokens"

- name: Users by ID and by name, with their custom attributes
  gitlab_ops.users.gitlab_user_info:
    users: [42, 43, svc-deploy]
    include: [custom_attributes, status]
  register: some_users

- name: Whom the platform team follows, their preferences and their to-do counts (an administrator's token with
    the sudo scope)
  gitlab_ops.users.gitlab_user_info:
    users: "platform-*"
    include: [following, preferences, counts]
  register: platform

- name: Tell which of them do not exist
  ansible.builtin.debug:
    msg: "Unknown users: {{ some_users.missing }}"
  when: some_users.missing | length > 0
"""

RETURN = r"""
users:
  description:
    - The users found, each once, in ascending ID order, as GitLab returns them to the token (C(GET /users) for a
      pattern, C(GET /users/:id) with a few more fields for an ID), with one key more per item of O(include).
  type: list
  elements: dict
  returned: always
  sample:
    - id: 42
      username: alice
      name: Alice Example
      state: active
      is_admin: true
      two_factor_enabled: false
      keys:
        - id: 7
          title: laptop
          key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
      personal_access_tokens:
        - id: 12
          name: ci
          active: true
          scopes: [api]
          expires_at: "2027-01-31"
      following:
        - id: 43
          username: bob
          name: Bob Example
          state: active
      preferences:
        id: 7
        user_id: 42
        view_diffs_file_by_file: true
        show_whitespace_in_diffs: true
        pass_user_identities_to_ci_jwt: false
      counts:
        merge_requests: 2
        assigned_issues: 5
        assigned_merge_requests: 2
        review_requested_merge_requests: 1
        todos: 9
missing:
  description:
    - The user IDs of O(users) that name no user, and the usernames of O(users) that name no user, when the
      strings of O(users) have no V(&) or V(!) parts.
  type: list
  elements: raw
  returned: always
  sample: [43, bob]
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user_info import main


if __name__ == "__main__":
    main()
