#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user_runner
short_description: Create, change and delete the CI runners of a GitLab instance, group or project
version_added: 0.2.0
description:
  - Creates a CI runner as the token's user (C(POST /user/runners), GitLab 15.10 and later) for the instance, a
    group or a project, changes it (C(PUT /runners/:id)), gives it a new authentication token
    (C(POST /runners/:id/reset_authentication_token)) or deletes it (C(DELETE /runners/:id)), through the
    GitLab REST v4 API.
  - A runner is identified by O(runner_type), its scope (O(group) or O(project)) and O(description). The module
    lists the runners of that type in that scope and takes the one whose description is exactly O(description).
    When two or more have it, the task fails naming their IDs and changes nothing.
  - Runners of another type with the same description are other runners, and are left alone. For example, an
    instance runner called C(docker) does not count when a group runner called C(docker) is managed.
  - Every attribute option that is omitted is left alone.
  - 'A run that changes nothing sends one request (the listing: C(GET /runners/all), C(GET /groups/:id/runners) or
    C(GET /projects/:id/runners), filtered by type) when only O(paused) is managed, and two when other attributes
    are (the listing does not hold them: one C(GET /runners/:id) more). For O(runner_type=group_type), the runner
    is always read (C(GET /runners/:id)): a group''s listing also holds the runners of its ancestor groups, and only
    the runner''s details say which group it belongs to.'
  - 'Who may manage runners: instance runners need an administrator; group runners need the Owner role in the group
    (the listing needs at least Maintainer); project runners need the Maintainer role in the project. The token
    needs the C(api) scope (C(create_runner) is enough to create, C(manage_runner) to change or delete).'
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
      - Check mode sends no write request. It returns the predicted RV(runner), RV(diff) and RV(actions).
      - For a runner given by path that would be created, check mode reads the group or project (C(GET
        /groups/:id), C(GET /projects/:id)) as the real run does.
      - Whether GitLab lets the token's user create the runner is only known when it is sent, so check mode
        cannot predict that refusal.
      - With O(reset_token=true), check mode reports the reset (RV(actions), RV(diff) show it) and returns no token.
  diff_mode:
    support: full
    details:
      - The diff shows the runner's type, scope, description and the managed attributes (tags sorted, as GitLab
        does not keep their order). C(token) is C(********) when a new token is issued (created or reset); its
        value is never shown.
  idempotent:
    support: partial
    details:
      - Idempotent, except with O(reset_token=true), which gives the runner a new token on every run.
options:
  runner_type:
    description:
      - The type of the runner, which also chooses its scope.
      - V(instance_type) runners serve every project; only administrators manage them.
      - V(group_type) runners serve the projects of O(group) and its subgroups.
      - V(project_type) runners serve O(project).
    type: str
    required: true
    choices: [instance_type, group_type, project_type]
  group:
    description:
      - The group of a V(group_type) runner, by ID or full path (V(platform/ci)). A string of digits is an ID, as
        GitLab reads it.
      - Required with O(runner_type=group_type), refused with the other types.
    type: raw
  project:
    description:
      - The project of a V(project_type) runner, by ID or full path (V(platform/ci/app)). A string of digits is an
        ID, as GitLab reads it.
      - Required with O(runner_type=project_type), refused with the other types.
      - A project runner is found among the runners enabled in the project.
    type: raw
  description:
    description:
      - The description of the runner, which identifies it within its type and scope (compared exactly).
      - It cannot be changed by this module; a new description means another runner.
    type: str
    required: true
  state:
    description:
      - V(present) creates the runner if there is none with that description, and sets the given attributes.
      - V(absent) deletes it. The attribute options and O(reset_token) cannot be given with it.
    type: str
    choices: [present, absent]
    default: present
  paused:
    description:
      - Whether the runner picks no new jobs.
    type: bool
  locked:
    description:
      - Whether the project runner is locked to its current projects.
    type: bool
  run_untagged:
    description:
      - Whether the runner picks jobs without tags. V(false) needs tags (O(tag_list)); the module refuses it before
        any write when the runner would have none.
    type: bool
  tag_list:
    description:
      - The tags of the runner; all of them, so tags not listed are removed. V([]) removes every tag.
      - GitLab strips the tags, keeps each once and keeps no order, so they are compared that way.
      - A tag may not contain a comma (GitLab would read it as two tags) or be empty.
    type: list
    elements: str
  access_level:
    description:
      - V(ref_protected) runs jobs of protected branches and tags only.
    type: str
    choices: [not_protected, ref_protected]
  maximum_timeout:
    description:
      - The longest a job may run on this runner, in seconds; at least 600, as GitLab requires.
      - Once set, this module cannot remove it.
    type: int
  maintenance_note:
    description:
      - A note for the runner's maintainers, at most 1024 characters. V("") removes it.
    type: str
  reset_token:
    description:
      - Give the existing runner a new authentication token, returned in RV(runner.token).
      - GitLab replaces the token in one call (C(POST /runners/:id/reset_authentication_token)); the old token stops
        working at once, so the runner must be configured with the new one. GitLab offers no way to make the new
        token before the old one is revoked.
      - The token is reset on every run with V(true); use it in a task that runs when a new token is needed.
      - A runner this task creates gets its token from the create; it is not reset again.
      - In check mode nothing is reset and no token is returned; the result says the reset would happen.
    type: bool
    default: false
notes:
  - The runner's authentication token is returned only by the task that created the runner, or that reset its token
    (RV(runner.token)). GitLab never shows it again. Set C(no_log) to V(true) on such tasks.
  - When the answer to creating the runner is lost (a timeout, a dropped connection), the module lists the runners
    again. If the runner is not there, it sends the create once more. If it is, GitLab made it but its token was in
    the lost answer; the module resets the token to return one and warns.
  - When the answer to a token reset is lost, the reset is sent again, once. If that answer is lost too, the task
    fails saying that the old token may no longer work.
seealso:
  - module: gitlab_ops.users.gitlab_user
  - module: gitlab_ops.users.gitlab_impersonation_token
  - name: GitLab runners API
    description: The API this module uses.
    link: https://docs.gitlab.com/api/runners/
  - name: GitLab user runners API
    description: Creating a runner as the current user.
    link: https://docs.gitlab.com/api/users/#create-a-runner-linked-to-a-user
"""

EXAMPLES = r"""
---
- name: A runner for the platform/ci group, with its token kept out of the logs
  gitlab_ops.users.gitlab_user_runner:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_token }}"
    runner_type: group_type
    group: platform/ci
    description: k8s-small
    tag_list: [k8s, small]
    run_untagged: false
    maximum_timeout: 3600
  no_log: true
  register: ci_runner

- name: Hand the token to the runner's configuration, only when the runner was created
  ansible.builtin.copy:
    dest: /etc/gitlab-runner/token
    content: "{{ ci_runner.runner.token }}"
    mode: "0600"
  no_log: true
  when: ci_runner.token_returned

- name: Pause an instance runner (administrators only)
  gitlab_ops.users.gitlab_user_runner:
    runner_type: instance_type
    description: shared-docker
    paused: true

- name: Give a project runner a new token (the old one stops working at once)
  gitlab_ops.users.gitlab_user_runner:
    runner_type: project_type
    project: platform/app
    description: app-builder
    reset_token: true
  no_log: true
  register: rotated

- name: Delete the runner of the group with the ID 42
  gitlab_ops.users.gitlab_user_runner:
    runner_type: group_type
    group: 42
    description: k8s-small
    state: absent
"""

RETURN = r"""
runner:
  description:
    - The runner after the task, as GitLab returns it (the listing's entry, or the runner's details when they were
      read or written), or for a runner this task created its C(id) and the attributes GitLab gives it.
    - Contains the secret C(token) only when this run created the runner or reset its token.
    - In check mode, the predicted runner (C(id) is V(null) for a runner that would be created), never a token.
    - V(null) after O(state=absent).
  returned: always
  type: dict
  contains:
    id:
      description: The runner's ID.
      type: int
    description:
      description: The runner's description.
      type: str
    runner_type:
      description: V(instance_type), V(group_type) or V(project_type).
      type: str
    paused:
      description: Whether the runner picks no new jobs.
      type: bool
    tag_list:
      description: The tags.
      type: list
      elements: str
      returned: when the runner's details were read or written, or the runner was created
    token:
      description: The runner's authentication token (C(glrt-...)). GitLab never shows it again.
      type: str
      returned: when the runner was created or its token reset
    token_expires_at:
      description: When the token expires; V(null) without an expiry policy.
      type: str
      returned: when the runner was created or its token reset
  sample:
    id: 17
    description: k8s-small
    runner_type: group_type
    paused: false
    locked: false
    run_untagged: false
    tag_list: [k8s, small]
    access_level: not_protected
    maximum_timeout: 3600
    maintenance_note: null
    token: glrt-xxxxxxxxxxxxxxxxxxxx
    token_expires_at: null
token_returned:
  description:
    - Whether RV(runner.token) holds a token, that is whether this run created the runner or reset its token.
  returned: always
  type: bool
  sample: true
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - PUT /runners/17
    - POST /runners/17/reset_authentication_token
diff:
  description:
    - The runner before and after the task (C(state) is V(absent) when there is no such runner). C(token) is
      C(********) when a new token is issued.
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: The runner before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: The runner after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      runner_type: group_type
      group: platform/ci
      description: k8s-small
      state: absent
    after:
      runner_type: group_type
      group: platform/ci
      description: k8s-small
      tag_list: [k8s, small]
      token: "********"
      state: present
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user_runner import main


if __name__ == "__main__":
    main()
