#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_users_converge
short_description: Converge many GitLab users in one task
version_added: 0.1.0
description:
  - Brings a whole list of GitLab users to the wanted state in one module run, instead of one task (and one
    module start-up) per user.
  - Each item of O(users) takes the options of M(gitlab_ops.users.gitlab_user), and its secondary emails, SSH keys,
    GPG keys, status and impersonation tokens in O(users[].emails), O(users[].ssh_keys), O(users[].gpg_keys),
    O(users[].status) and O(users[].impersonation_tokens). Each is converged by the very code of its own module
    (M(gitlab_ops.users.gitlab_user), M(gitlab_ops.users.gitlab_user_email), M(gitlab_ops.users.gitlab_user_key),
    M(gitlab_ops.users.gitlab_user_gpg_key), M(gitlab_ops.users.gitlab_user_status),
    M(gitlab_ops.users.gitlab_impersonation_token)), with the same checks, warnings and requests, in that order.
  - "Reading: the first page of the user listing (100 users), then whichever costs fewer requests: one
    C(GET /users?username=) for each listed user not on that page, or the listing, every page read again by
    cursor (keyset pagination: with offset pages a user deleted meanwhile could make the listing skip a user, who
    would then be created again); a listing of 20 pages or more is cut into ranges of C(created_at), read
    O(max_concurrency) at a time, and with O(max_concurrency=1) it goes one page after another (see
    R(Listing large instances,ansible_collections.gitlab_ops.users.docsite.guide_user_patterns.large_instances)).
    A few users on a large instance cost a few requests; a
    thousand users, the listing. A user that
    needs no change then costs no further request; each resource an item lists costs the one read its module makes for a user given by id
    (for example C(GET /users/:id/keys))."
  - Users are converged concurrently, at most O(max_concurrency) requests at a time. When GitLab answers
    429 (rate limited), every worker pauses until its C(Retry-After) has passed.
  - One user's failure does not stop the others. The task fails at the end when any user failed; RV(users)
    then says which and why, and what was done. A failed task returns the same result as a successful one,
    with RV(changed), RV(actions) and the values of the tokens created in RV(tokens).
  - With O(remove_unlisted), users that a pattern selects and that O(users) does not list are blocked or
    deleted.
  - O(service_accounts) converges instance service accounts and their personal access tokens in the same run,
    with the logic of M(gitlab_ops.users.gitlab_service_account) and M(gitlab_ops.users.gitlab_service_account_token).
  - Needs the token of an administrator.
  - The name tells it apart from the C(gitlab_users) lookup and inventory plugins, which read users
    selected by a pattern; this module writes, converging users to a list.
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
      - Check mode sends no write request. RV(users) shows for each user what would be done (RV(users[].actions),
        C(:id) standing for the id of a user that would be created), and with O(remove_unlisted) whom it would
        block or delete.
  diff_mode:
    support: full
    details:
      - The diff holds, for each user that changes, its managed options before and after, as
        M(gitlab_ops.users.gitlab_user) shows them. Passwords are shown as C(********).
  idempotent:
    support: partial
    details:
      - As for M(gitlab_ops.users.gitlab_user) (for example a password with O(users[].update_password=always)
        is sent on every run).
options:
  users:
    description:
      - The users to converge. Each item is converged as M(gitlab_ops.users.gitlab_user) would converge it with
        the same options.
      - A username may be listed once (usernames are case-insensitive).
      - All items are checked before any request; any problem fails the task with a message naming the item.
    type: list
    elements: dict
    required: true
    suboptions:
      username:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:username).
        type: str
        required: true
      state:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:state).
        type: str
        choices:
          - present
          - absent
        default: present
      email:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:email).
        type: str
      password:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:password).
        type: str
      update_password:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:update_password).
        type: str
        choices:
          - on_create
          - always
        default: on_create
      reset_password:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:reset_password).
        type: bool
        default: false
      force_random_password:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:force_random_password).
        type: bool
        default: false
      skip_confirmation:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:skip_confirmation).
        type: bool
        default: true
      remove_previous_email:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:remove_previous_email).
        type: bool
        default: false
      account_state:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:account_state).
        type: str
        choices:
          - active
          - blocked
          - deactivated
          - banned
      identities:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:identities).
        type: list
        elements: dict
        suboptions:
          provider:
            description:
              - Like O(gitlab_ops.users.gitlab_user#module:identities[].provider).
            type: str
            required: true
          extern_uid:
            description:
              - Like O(gitlab_ops.users.gitlab_user#module:identities[].extern_uid).
            type: str
            required: true
      purge_identities:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:purge_identities).
        type: bool
        default: false
      custom_attributes:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:custom_attributes).
        type: dict
      purge_custom_attributes:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:purge_custom_attributes).
        type: bool
        default: false
      preserved_custom_attributes:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:preserved_custom_attributes).
        type: list
        elements: str
        default: []
      disable_two_factor:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:disable_two_factor).
        type: bool
        default: false
      avatar:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:avatar).
        type: path
      update_avatar:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:update_avatar).
        type: str
        choices:
          - on_create
          - always
        default: on_create
      hard_delete:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:hard_delete).
        type: bool
        default: false
      wait:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:wait).
        type: bool
        default: true
      wait_timeout:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:wait_timeout).
        type: int
        default: 60
      name:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:name).
        type: str
      admin:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:admin).
        type: bool
        aliases:
          - isadmin
      auditor:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:auditor).
        type: bool
      external:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:external).
        type: bool
      can_create_group:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:can_create_group).
        type: bool
      projects_limit:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:projects_limit).
        type: int
      bio:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:bio).
        type: str
      location:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:location).
        type: str
      organization:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:organization).
        type: str
      job_title:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:job_title).
        type: str
      pronouns:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:pronouns).
        type: str
      public_email:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:public_email).
        type: str
      commit_email:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:commit_email).
        type: str
      private_profile:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:private_profile).
        type: bool
      note:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:note).
        type: str
      linkedin:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:linkedin).
        type: str
      twitter:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:twitter).
        type: str
      discord:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:discord).
        type: str
      skype:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:skype).
        type: str
      website_url:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:website_url).
        type: str
      theme_id:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:theme_id).
        type: int
      color_scheme_id:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:color_scheme_id).
        type: int
      view_diffs_file_by_file:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:view_diffs_file_by_file).
        type: bool
      shared_runners_minutes_limit:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:shared_runners_minutes_limit).
        type: int
      extra_shared_runners_minutes_limit:
        description:
          - Like O(gitlab_ops.users.gitlab_user#module:extra_shared_runners_minutes_limit).
        type: int
      emails:
        description:
          - The secondary emails of the user, as O(gitlab_ops.users.gitlab_user_email#module:emails) of M(gitlab_ops.users.gitlab_user_email)
            gives them.
          - They are added confirmed unless the item's O(gitlab_ops.users.gitlab_users_converge#module:users[].skip_confirmation)
            is V(false).
          - With O(gitlab_ops.users.gitlab_users_converge#module:exclusive_emails), the user's other secondary emails
            are removed (never the primary email).
          - Omitted, the user's secondary emails are left alone.
        type: list
        elements: dict
        suboptions:
          email:
            description:
              - Like O(gitlab_ops.users.gitlab_user_email#module:emails[].email).
            type: str
            required: true
          state:
            description:
              - Like O(gitlab_ops.users.gitlab_user_email#module:emails[].state).
            type: str
            choices:
              - present
              - absent
      ssh_keys:
        description:
          - The SSH keys of the user, as O(gitlab_ops.users.gitlab_user_key#module:keys) of M(gitlab_ops.users.gitlab_user_key)
            gives them.
          - With O(gitlab_ops.users.gitlab_users_converge#module:exclusive_keys), the user's other SSH keys are removed.
          - Omitted, the user's SSH keys are left alone.
        type: list
        elements: dict
        suboptions:
          key:
            description:
              - Like O(gitlab_ops.users.gitlab_user_key#module:keys[].key).
            type: str
            required: true
          title:
            description:
              - Like O(gitlab_ops.users.gitlab_user_key#module:keys[].title).
            type: str
          expires_at:
            description:
              - Like O(gitlab_ops.users.gitlab_user_key#module:keys[].expires_at).
            type: str
          usage_type:
            description:
              - Like O(gitlab_ops.users.gitlab_user_key#module:keys[].usage_type).
            type: str
            choices:
              - auth
              - signing
              - auth_and_signing
          state:
            description:
              - Like O(gitlab_ops.users.gitlab_user_key#module:keys[].state).
            type: str
            choices:
              - present
              - absent
      gpg_keys:
        description:
          - The GPG keys of the user, as O(gitlab_ops.users.gitlab_user_gpg_key#module:keys) of M(gitlab_ops.users.gitlab_user_gpg_key)
            gives them.
          - With O(gitlab_ops.users.gitlab_users_converge#module:exclusive_keys), the user's other GPG keys are removed.
          - Omitted, the user's GPG keys are left alone.
        type: list
        elements: dict
        suboptions:
          key:
            description:
              - Like O(gitlab_ops.users.gitlab_user_gpg_key#module:keys[].key).
            type: str
            required: true
          state:
            description:
              - Like O(gitlab_ops.users.gitlab_user_gpg_key#module:keys[].state).
            type: str
            choices:
              - present
              - absent
          revoke:
            description:
              - Like O(gitlab_ops.users.gitlab_user_gpg_key#module:keys[].revoke).
            type: bool
      status:
        description:
          - 'The status of the user: the options of M(gitlab_ops.users.gitlab_user_status) except C(user).'
          - 'GitLab sets a status only for the current user, so this goes through sudo: the token needs the C(sudo)
            scope.'
          - Omitted, the user's status is left alone.
        type: dict
        suboptions:
          state:
            description:
              - Like O(gitlab_ops.users.gitlab_user_status#module:state).
            type: str
            choices:
              - present
              - absent
            default: present
          clear_status_after:
            description:
              - Like O(gitlab_ops.users.gitlab_user_status#module:clear_status_after).
            type: str
            choices:
              - 30_minutes
              - 3_hours
              - 8_hours
              - 1_day
              - 3_days
              - 7_days
              - 30_days
          emoji:
            description:
              - Like O(gitlab_ops.users.gitlab_user_status#module:emoji).
            type: str
          status_message:
            description:
              - Like O(gitlab_ops.users.gitlab_user_status#module:status_message).
            type: str
          availability:
            description:
              - Like O(gitlab_ops.users.gitlab_user_status#module:availability).
            type: str
            choices:
              - not_set
              - busy
      impersonation_tokens:
        description:
          - Tokens of the user, each with the options of M(gitlab_ops.users.gitlab_impersonation_token) except C(user),
            identified by name.
          - The value of a token created by this task is returned in RV(gitlab_ops.users.gitlab_users_converge#module:tokens),
            nowhere else.
          - Tokens the list does not name are left alone.
        type: list
        elements: dict
        suboptions:
          name:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:name).
            type: str
            required: true
          type:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:type).
            type: str
            choices:
              - impersonation
              - personal
            default: impersonation
          state:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:state).
            type: str
            choices:
              - present
              - absent
            default: present
          scopes:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:scopes).
            type: list
            elements: str
          description:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:description).
            type: str
          expires_at:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:expires_at).
            type: str
          expires_in_days:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:expires_in_days).
            type: int
          renew_before_days:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:renew_before_days).
            type: int
          recreate:
            description:
              - Like O(gitlab_ops.users.gitlab_impersonation_token#module:recreate).
            type: str
            choices:
              - never
              - on_change
              - always
            default: on_change
  service_accounts:
    description:
      - Instance service accounts (GitLab EE, Premium or Ultimate) to converge next to the users, each as
        M(gitlab_ops.users.gitlab_service_account) would converge it with the same options (but C(group), as these are
        instance accounts), then its personal access tokens in O(service_accounts[].tokens), as
        M(gitlab_ops.users.gitlab_service_account_token) would.
      - A username may be listed once, in O(users) or here (a service account is a GitLab user).
      - The accounts are read with the users, by the same listing; a no-op costs no further request but each
        token's read.
      - When an account is to be created or changed, C(GET /version) is read once, before the task's first write;
        an instance that lacks what the writes need (the Enterprise Edition, or the version the single module
        names) fails the task before any write, naming each account and what it needs.
      - Each account is reported in RV(users) with RV(users[].service_account=true); the values of the tokens
        created are in RV(tokens), under the account's username.
      - Accounts not listed are left alone. O(remove_unlisted) never retires a listed account, and retires an
        unlisted one (a bot) only when O(unlisted_pattern) names it (the group V(bots) or its username).
      - Omitted, no service account is touched. To converge only service accounts, give O(users=[]).
    type: list
    elements: dict
    suboptions:
      username:
        description:
          - Like O(gitlab_ops.users.gitlab_service_account#module:username).
        type: str
        required: true
      name:
        description:
          - Like O(gitlab_ops.users.gitlab_service_account#module:name).
        type: str
      email:
        description:
          - Like O(gitlab_ops.users.gitlab_service_account#module:email).
        type: str
      state:
        description:
          - Like O(gitlab_ops.users.gitlab_service_account#module:state).
        type: str
        choices:
          - present
          - absent
        default: present
      hard_delete:
        description:
          - Like O(gitlab_ops.users.gitlab_service_account#module:hard_delete).
        type: bool
        default: false
      wait:
        description:
          - Like O(gitlab_ops.users.gitlab_service_account#module:wait).
        type: bool
        default: true
      wait_timeout:
        description:
          - Like O(gitlab_ops.users.gitlab_service_account#module:wait_timeout).
        type: int
        default: 60
      tokens:
        description:
          - Personal access tokens of the service account, each with the options of M(gitlab_ops.users.gitlab_service_account_token)
            except C(service_account) and C(group), identified by name.
          - The value of a token created by this task is returned in RV(gitlab_ops.users.gitlab_users_converge#module:tokens),
            under the account's username, nowhere else.
          - Tokens the list does not name are left alone.
        type: list
        elements: dict
        suboptions:
          name:
            description:
              - Like O(gitlab_ops.users.gitlab_service_account_token#module:name).
            type: str
            required: true
          state:
            description:
              - Like O(gitlab_ops.users.gitlab_service_account_token#module:state).
            type: str
            choices:
              - present
              - absent
            default: present
          scopes:
            description:
              - Like O(gitlab_ops.users.gitlab_service_account_token#module:scopes).
            type: list
            elements: str
          description:
            description:
              - Like O(gitlab_ops.users.gitlab_service_account_token#module:description).
            type: str
          expires_at:
            description:
              - Like O(gitlab_ops.users.gitlab_service_account_token#module:expires_at).
            type: str
          expires_in_days:
            description:
              - Like O(gitlab_ops.users.gitlab_service_account_token#module:expires_in_days).
            type: int
          renew_before_days:
            description:
              - Like O(gitlab_ops.users.gitlab_service_account_token#module:renew_before_days).
            type: int
          rotate:
            description:
              - Like O(gitlab_ops.users.gitlab_service_account_token#module:rotate).
            type: str
            choices:
              - never
              - on_change
              - always
            default: on_change
            aliases:
              - recreate
  exclusive_keys:
    description:
      - For the users whose item lists O(users[].ssh_keys) (or O(users[].gpg_keys)), remove their other SSH keys
        (or GPG keys), as O(gitlab_ops.users.gitlab_user_key#module:exclusive) does.
      - A user whose item does not list them keeps all its keys.
      - Rate limits. Removing the other keys needs each user's whole key list, C(GET /users/:id/keys), which
        GitLab.com allows 120 times a minute per caller, so V(true) costs 1,000 users at least 8 minutes 20
        seconds there. Without it, an item with one SSH key (or any number, once the O(rate_limits) option names
        C(ssh_keys) or a 429 taught the task the limit) is looked up by fingerprint, which no limit counts, and its
        report names only the listed keys. GPG keys are always listed (GitLab has no fingerprint lookup for them).
    type: bool
    default: false
  exclusive_emails:
    description:
      - For the users whose item lists O(users[].emails), remove their other secondary emails (never the primary
        email), as O(gitlab_ops.users.gitlab_user_email#module:exclusive) does.
    type: bool
    default: false
  remove_unlisted:
    description:
      - Retire the users that O(unlisted_pattern) selects and that neither O(users) nor O(service_accounts)
        lists, as O(unlisted_action) says.
      - The user of the token is never retired, nor are GitLab's internal users (the ghost user that holds the
        contributions of deleted users, the support bot, import users...), which C(GET /users?exclude_internal=true)
        leaves out.
      - Bots (project and group access token bots, service accounts) and administrators are retired only when
        O(unlisted_pattern) names them, as the group V(bots) or V(admins) in a part that is no exclusion, or by
        username; V(all), a glob or another group selects them without retiring them, and a warning names them.
      - In check mode, RV(users) lists exactly the users that would be retired (RV(users[].retired)).
      - When the users to retire cannot be selected (a request fails), nobody is retired and the task fails at
        the end, saying why in RV(retire_failure); the users listed in O(users) are converged all the same.
    type: bool
    default: false
  unlisted_pattern:
    description:
      - Which users O(remove_unlisted) may retire, in the pattern syntax of the C(gitlab_users) lookup (Ansible
        host-pattern syntax over usernames and groups such as V(humans), V(admins), V(blocked)), for example
        V(humans:!admins) or V(team-*).
      - Required with O(remove_unlisted=true); an empty pattern is refused, so that a mistake cannot select
        every user.
    type: str
  unlisted_action:
    description:
      - V(block) blocks unlisted users (they keep their data and can be unblocked).
      - V(delete) deletes them (GitLab moves their contributions to the ghost user), and waits until GitLab has
        deleted them, as M(gitlab_ops.users.gitlab_user) does with O(gitlab_ops.users.gitlab_user#module:state=absent).
    type: str
    choices: [block, delete]
    default: block
  max_concurrency:
    description:
      - How many requests may be in flight at once, reading and writing alike (1 to 10).
    type: int
    default: 8
notes:
  - The items of O(users) cannot set the connection options; the task's connection options apply to all of them.
  - A user is converged before its resources, so a O(users[].public_email) or O(users[].commit_email) naming an
    address that the same task adds as a secondary email of a new user is refused by GitLab on the first run.
seealso:
  - module: gitlab_ops.users.gitlab_user
  - module: gitlab_ops.users.gitlab_user_key
  - module: gitlab_ops.users.gitlab_user_gpg_key
  - module: gitlab_ops.users.gitlab_user_email
  - module: gitlab_ops.users.gitlab_user_status
  - module: gitlab_ops.users.gitlab_impersonation_token
  - module: gitlab_ops.users.gitlab_service_account
  - module: gitlab_ops.users.gitlab_service_account_token
"""

EXAMPLES = r"""
---
- name: Converge the platform team in one task
  gitlab_ops.users.gitlab_users_converge:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    users:
      - username: alice
        name: Alice Example
        email: alice@example.com
        force_random_password: true
        organization: Platform
      - username: bob
        name: Bob Smith
        email: bob.smith@example.com
        force_random_password: true
        account_state: active
      - username: mallory
        state: absent
  register: converged

- name: A user with secondary emails, keys, a status and a token
  gitlab_ops.users.gitlab_users_converge:
    users:
      - username: carol
        name: Carol Example
        email: carol@example.com
        force_random_password: true
        emails:
          - email: carol.oncall@example.com
        ssh_keys:
          - key: "{{ lookup('ansible.builtin.file', 'keys/carol.pub') }}"
            title: laptop
        gpg_keys:
          - key: "{{ lookup('ansible.builtin.file', 'keys/carol.asc') }}"
        status:
          emoji: coffee
          status_message: On call
        impersonation_tokens:
          - name: automation
            scopes: [read_api]
            expires_in_days: 30
            renew_before_days: 7
    exclusive_keys: true
  register: converged
  no_log: true  # the result holds the value of a token it creates

- name: Users and the instance service accounts of their automation, with a token each
  gitlab_ops.users.gitlab_users_converge:
    users: "{{ team_members }}"
    service_accounts:
      - username: ci-bot
        name: CI bot
        tokens:
          - name: pipelines
            scopes: [api]
            expires_in_days: 90
            renew_before_days: 14
  register: converged
  no_log: true  # the result holds the value of a token it creates

- name: Block the team members nobody lists any more (check first with --check --diff)
  gitlab_ops.users.gitlab_users_converge:
    users: "{{ team_members }}"
    remove_unlisted: true
    unlisted_pattern: "attr_team=platform:!admins"
    unlisted_action: block
"""

RETURN = r"""
changed:
  description: Whether any user changed (or would change, in check mode).
  returned: always
  type: bool
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
    - User after user, in the order of RV(users).
  returned: always
  type: list
  elements: str
  sample:
    - POST /users
    - PUT /users/42
summary:
  description: How many users there were and how each ended.
  returned: success or when users failed
  type: dict
  contains:
    users:
      description: The number of items in O(users) and O(service_accounts).
      type: int
      returned: always
    changed:
      description: The number of users that changed, retired ones included.
      type: int
      returned: always
    created:
      description: Users created.
      type: int
      returned: always
    updated:
      description: Existing users that changed.
      type: int
      returned: always
    deleted:
      description: Users deleted because their item has O(users[].state=absent).
      type: int
      returned: always
    retired:
      description: Unlisted users blocked or deleted by O(remove_unlisted).
      type: int
      returned: always
    unchanged:
      description: Users that needed no change.
      type: int
      returned: always
    failed:
      description: Users with a failure.
      type: int
      returned: always
  sample:
    users: 3
    changed: 1
    created: 1
    updated: 0
    deleted: 0
    retired: 0
    unchanged: 2
    failed: 0
users:
  description:
    - One report per item of O(users), in their order, then one per item of O(service_accounts), then one per
      retired user.
  returned: success or when users failed
  type: list
  elements: dict
  contains:
    username:
      description: The username as given (or as GitLab has it, for a retired user).
      type: str
      returned: always
    service_account:
      description: The report is of an item of O(service_accounts).
      type: bool
      returned: for an item of O(service_accounts)
      sample: true
    status:
      description:
        - V(created), V(updated), V(deleted), V(retired), V(unchanged), or V(failed).
      type: str
      returned: always
    changed:
      description: Whether the user changed (or would change, in check mode).
      type: bool
      returned: always
    actions:
      description:
        - The user's write requests, as C(METHOD /path), in order; also those done before a failure.
      type: list
      elements: str
      returned: always
    changes:
      description:
        - The managed options whose value changes (or would change, in check mode), each with its value before
          and after, as M(gitlab_ops.users.gitlab_user) shows them in its diff. A created or deleted user also
          has V(state) (V(absent) or V(present)). Passwords are shown as C(********).
        - With RV(users[].actions), this is what a drift report needs.
      type: dict
      returned: always
    retired:
      description: Present and V(true) for a user retired by O(remove_unlisted).
      type: bool
      returned: when the user was retired
    msg:
      description: Why the user failed.
      type: str
      returned: when the user failed
    failures:
      description:
        - Each failure of the user, with the part (V(user) or a resource) it happened in, and for a failed
          API call its C(method), C(path), C(status) and C(error) (GitLab's message).
      type: list
      elements: dict
      returned: when the user failed
    skipped:
      description: The resources of the user that were not converged because the user itself failed.
      type: list
      elements: str
      returned: when resources were skipped
    maybe_committed:
      description: Present and V(true) when the answer to a write of this user was lost, so it may have been applied.
      type: bool
      returned: sometimes
    diff:
      description: The user's managed options before and after (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    - username: alice
      status: updated
      changed: true
      actions: [PUT /users/42]
      changes:
        name:
          before: Alice Old
          after: Alice Example
    - username: bob
      status: unchanged
      changed: false
      actions: []
      changes: {}
retire_failure:
  description:
    - Why nobody was retired when O(remove_unlisted) could not select the users to retire, with C(msg), and for a
      failed API call its C(method), C(path), C(status) and C(error) (GitLab's message).
  returned: when selecting the users to retire failed
  type: dict
  sample:
    msg: "GET /user -> 500: 500 Internal Server Error"
    method: GET
    path: /user
    status: 500
    error: 500 Internal Server Error
tokens:
  description:
    - The tokens this task created, by username and then by token name, each as
      RV(gitlab_ops.users.gitlab_impersonation_token#module:token) of M(gitlab_ops.users.gitlab_impersonation_token)
      returns it, with its value in C(token).
    - The tokens of the items of O(service_accounts) are here too, under the account's username, each as
      RV(gitlab_ops.users.gitlab_service_account_token#module:token) returns it.
    - A token value is shown by GitLab only once, when the token is created; it is nowhere else in the result.
      Register the result with C(no_log) (the C(gitlab_ops.users.provision) role does).
    - Also returned when the task fails, with every token created before the failure.
  returned: always
  type: dict
  sample:
    alice:
      ci:
        id: 17
        name: ci
        scopes: [read_api]
        expires_at: "2027-01-31"
        token: glpat-xxxxxxxxxxxxxxxxxxxx
diff:
  description:
    - For each user that changes, by username, its managed options before and after.
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: By username, the managed options before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: By username, the managed options after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.users_converge import main


if __name__ == "__main__":
    main()
