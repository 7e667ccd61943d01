#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user_preferences
short_description: Set the preferences of a GitLab user
version_added: 0.2.0
description:
  - Sets the preferences of a GitLab user that the GitLab REST v4 Users API manages (C(PUT /user/preferences)),
    which are O(view_diffs_file_by_file), O(show_whitespace_in_diffs) and O(pass_user_identities_to_ci_jwt), every
    preference that API accepts.
  - Every preference that is omitted is left alone; with none given, the task only reads the preferences and
    returns them in RV(preferences).
  - A run that changes nothing sends exactly one request (C(GET /user/preferences)); a run that changes something
    sends one more (C(PUT /user/preferences) with the preferences that differ).
  - GitLab shows and sets only the preferences of the user the request is made as. For another user, the module
    acts as that user through sudo (the C(Sudo) header), which needs the token of an administrator with the
    C(sudo) scope (and the C(api) scope). Without O(user), any user's token may set its own preferences.
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
      - Check mode sends no write request. It returns the predicted RV(preferences), RV(diff) and RV(actions).
      - For another user, check mode reads the preferences through sudo as the real run does, so it fails where
        the real run would when GitLab refuses sudo.
  diff_mode:
    support: full
    details:
      - The diff shows every preference this GitLab returns, before and after the task.
  idempotent:
    support: full
options:
  user:
    description:
      - The user whose preferences are managed. An integer is a user ID, a string a username (even when it is made
        of digits only; quote an ID in YAML to make it a username).
      - Omit it for the token's own user.
      - For another user, the token must be an administrator's token with the C(sudo) scope. If the token has no
        sudo scope, is not an administrator's, or the user does not exist, the task fails saying which, before any
        write.
      - Naming the token's own user works with any token. When GitLab refuses sudo because the token's user is
        not an administrator, the module reads the token's user (C(GET /user)) and, if it is the named user,
        goes on without sudo.
    type: raw
  view_diffs_file_by_file:
    description:
      - Show one file at a time on merge request diffs.
      - Omitted, the preference is left alone.
    type: bool
  show_whitespace_in_diffs:
    description:
      - Show whitespace changes in diffs.
      - Omitted, the preference is left alone.
    type: bool
  pass_user_identities_to_ci_jwt:
    description:
      - Pass the user's external identities to the CI job's JSON web token (C(CI_JOB_JWT)).
      - Omitted, the preference is left alone.
      - GitLab versions before 16.x do not have this preference. When GitLab does not return it, giving it fails
        the task before any write, naming it.
    type: bool
notes:
  - GitLab's web UI has many more preferences (theme, syntax highlighting, time format...); GitLab's REST API does not
    manage them, so neither does this module.
  - C(PUT /user/preferences) is idempotent; when its answer is lost, the client sends it again.
seealso:
  - module: gitlab_ops.users.gitlab_user_status
  - module: gitlab_ops.users.gitlab_user_info
    description: Reads the preferences (O(gitlab_ops.users.gitlab_user_info#module:include=preferences)) of many users.
  - module: gitlab_ops.users.gitlab_user
    description: Manages the user itself.
  - name: GitLab user preferences API
    description: The API this module uses.
    link: https://docs.gitlab.com/api/users/#update-your-user-preferences
"""

EXAMPLES = r"""
---
- name: Show diffs file by file for the token's user
  gitlab_ops.users.gitlab_user_preferences:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_token }}"
    view_diffs_file_by_file: true

- name: Hide whitespace changes for alice (needs an administrator's token with the sudo scope)
  gitlab_ops.users.gitlab_user_preferences:
    user: alice
    show_whitespace_in_diffs: false

- name: Audit the preferences of the user with the id 42 (nothing given, nothing changed)
  gitlab_ops.users.gitlab_user_preferences:
    user: 42
  register: preferences_of_42
"""

RETURN = r"""
preferences:
  description:
    - The preferences after the task, as GitLab returns them (C(Entities::UserPreferences)).
    - In check mode, the predicted preferences.
  returned: success
  type: dict
  contains:
    id:
      description: The ID of GitLab's preferences record.
      type: int
    user_id:
      description: The ID of the user.
      type: int
    view_diffs_file_by_file:
      description: Whether merge request diffs show one file at a time.
      type: bool
    show_whitespace_in_diffs:
      description: Whether diffs show whitespace changes.
      type: bool
    pass_user_identities_to_ci_jwt:
      description: Whether CI job tokens carry the user's external identities. Only on GitLab versions that have it.
      type: bool
  sample:
    id: 7
    user_id: 42
    view_diffs_file_by_file: true
    show_whitespace_in_diffs: false
    pass_user_identities_to_ci_jwt: false
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
  sample:
    - PUT /user/preferences
diff:
  description:
    - The preferences before and after the task.
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: The preferences before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: The preferences after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      view_diffs_file_by_file: false
      show_whitespace_in_diffs: true
      pass_user_identities_to_ci_jwt: false
    after:
      view_diffs_file_by_file: true
      show_whitespace_in_diffs: true
      pass_user_identities_to_ci_jwt: false
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user_preferences import main


if __name__ == "__main__":
    main()
