#!/usr/bin/python
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: gitlab_user
short_description: Create, update, block, deactivate, ban and delete GitLab users
version_added: 0.1.0
description:
  - Creates, updates, moderates and deletes a GitLab user through the GitLab REST v4 Users API.
  - The user is identified by O(username), looked up exactly and case-insensitively (V(Bob.Smith) and
    V(bob.smith) are the same account). The username is never rewritten.
  - Every option that is omitted is left alone. For example, omitting O(admin) never removes administrator
    rights, and omitting O(account_state) never unblocks a user.
  - A run that changes nothing sends exactly one request (C(GET /users?username=...)). Every change costs only
    the requests it needs; all attribute changes go into one C(PUT /users/:id), and the user is not read
    again after writing.
  - Needs the token of an administrator.
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
      - Check mode sends no write request. It returns the predicted RV(user), RV(diff) and RV(actions).
      - To predict an email switch it reads the user's emails (C(GET /users/:id/emails)).
      - To predict O(commit_email=_private) it reads the domain of private commit emails
        (C(GET /application/settings), C(commit_email_hostname)) once. The address holds the user's id, which
        for a user check mode would create is shown as C(:id). If GitLab does not answer, check mode warns and
        leaves O(commit_email) out of the diff.
  diff_mode:
    support: full
    details:
      - The diff contains only the managed options. Passwords are shown as C(********).
  idempotent:
    support: partial
    details:
      - With O(update_password=always) and O(password) set, or with O(update_avatar=always) and O(avatar) set,
        every run updates the user and reports a change, because GitLab cannot tell whether the password or
        the avatar already is the wanted one.
      - O(view_diffs_file_by_file) is never returned by GitLab, and on GitLab Free (CE) neither are O(auditor),
        O(shared_runners_minutes_limit) and O(extra_shared_runners_minutes_limit). Such an option is sent when
        the user is created, and along with any other change of the user, but it is not compared and never
        makes a run changed by itself; the module warns that it cannot be verified. The same goes for a
        O(job_title) that differs from GitLab's, because GitLab's Users API does not accept it.
options:
  username:
    description:
      - The username of the user, used to find it (exact match, case-insensitive).
      - Used as given when the user is created.
    type: str
    required: true
  state:
    description:
      - V(present) creates the user when it does not exist and updates it to match the other options.
      - V(absent) deletes the user. See O(hard_delete), O(wait) and O(wait_timeout).
    type: str
    choices: [present, absent]
    default: present
  name:
    description:
      - The display name. Required to create the user. At most 255 characters.
      - GitLab replaces HTML tags in names with C(-); the module compares with the name as GitLab stores it
        (and warns), so a name with tags does not report a change on every run. The same goes for the
        fields GitLab sanitises as HTML (O(location), O(organization), O(linkedin), O(twitter), O(discord),
        O(skype), O(website_url)).
    type: str
  email:
    description:
      - The primary email address. Required to create the user. Compared case-insensitively.
      - To change the primary email of an existing user, the module adds the new address as a confirmed
        secondary email (unless it already is one) and then makes it the primary email without sending a
        confirmation mail, in the same task. See also O(remove_previous_email).
    type: str
  remove_previous_email:
    description:
      - Requires O(email).
      - When the primary email is changed, GitLab keeps the previous address as a secondary email.
        With V(true), that address is deleted after the change.
      - Only the address replaced by this task is removed; other secondary emails are never touched
        (manage them through the GitLab user emails API).
    type: bool
    default: false
  password:
    description:
      - The password. At least 8 characters (GitLab's default minimum length).
      - Used when the user is created, and for an existing user only with O(update_password=always).
      - When an administrator sets the password of an existing user, GitLab makes the user change it at the
        next sign-in.
    type: str
  update_password:
    description:
      - V(on_create) sets O(password) only when the user is created.
      - V(always) sends O(password) on every run. GitLab cannot tell whether the password already is the wanted
        one, so every such run reports a change. Requires O(password).
    type: str
    choices: [on_create, always]
    default: on_create
  reset_password:
    description:
      - When creating the user, let GitLab send a password reset link instead of setting O(password).
      - Mutually exclusive with O(password) and O(force_random_password) (GitLab would silently ignore the
        password).
      - Ignored for existing users.
    type: bool
    default: false
  force_random_password:
    description:
      - When creating the user, set a random password.
      - Mutually exclusive with O(password) and O(reset_password).
      - Ignored for existing users.
    type: bool
    default: false
  skip_confirmation:
    description:
      - When creating the user, mark its email as confirmed so that no confirmation mail is sent.
      - Ignored for existing users.
    type: bool
    default: true
  account_state:
    description:
      - The account state the user should be in. Left alone when omitted.
      - The module walks GitLab's state machine and uses two actions where one is not enough, for example
        C(unblock) then C(deactivate) to deactivate a blocked user, C(unban) then C(block) to block a banned
        user, and C(approve) for a user pending approval. RV(actions) lists them.
      - GitLab refuses to deactivate a user who was active in the last 90 days (the instance's dormant period),
        and to change an LDAP-blocked user; the task then fails with GitLab's reason. When a two-step
        change is refused at the second step, the first step is undone where GitLab allows it.
      - An LDAP-blocked user already counts as V(blocked).
    type: str
    choices: [active, blocked, deactivated, banned]
  admin:
    description:
      - Whether the user is an administrator.
    type: bool
    aliases: [isadmin]
  auditor:
    description:
      - Whether the user is an auditor. GitLab Premium and Ultimate only.
    type: bool
  external:
    description:
      - Whether the user is external.
    type: bool
  can_create_group:
    description:
      - Whether the user can create top-level groups.
    type: bool
  projects_limit:
    description:
      - How many personal projects the user can create. V(0) or more.
    type: int
  bio:
    description:
      - The biography. V("") clears it.
    type: str
  location:
    description:
      - The location. V("") clears it.
    type: str
  organization:
    description:
      - The organization. V("") clears it.
    type: str
  job_title:
    description:
      - The job title. V("") clears it.
      - GitLab returns the job title, but its Users API does not accept it (C(lib/api/users.rb) does not
        declare it, so GitLab drops it silently). A different job title therefore never makes a run changed by
        itself; it is sent when the user is created and along with any other change of the user, and the module
        warns that it differs. The diff, in check mode too, shows the job title GitLab keeps (V("") for a new
        user).
    type: str
  pronouns:
    description:
      - The pronouns. V("") clears them.
    type: str
  public_email:
    description:
      - The public email address; must be one of the user's confirmed emails. V("") clears it.
    type: str
  commit_email:
    description:
      - The email used for web commits; must be one of the user's confirmed emails.
      - V(_private) uses the user's private commit email, V("") the primary email.
    type: str
  private_profile:
    description:
      - Whether the profile is private.
    type: bool
  note:
    description:
      - The administrator note about the user. V("") clears it.
    type: str
  linkedin:
    description:
      - The LinkedIn account. V("") clears it.
    type: str
  twitter:
    description:
      - The X (Twitter) account. V("") clears it.
    type: str
  discord:
    description:
      - The Discord user ID. V("") clears it.
    type: str
  skype:
    description:
      - The Skype ID. V("") clears it.
    type: str
  website_url:
    description:
      - The website URL. V("") clears it.
    type: str
  theme_id:
    description:
      - The ID of the user's color theme (navigation theme).
    type: int
  color_scheme_id:
    description:
      - The ID of the user's syntax highlighting color scheme.
    type: int
  view_diffs_file_by_file:
    description:
      - Whether the user sees one file diff per page.
      - GitLab never returns this setting, so it cannot be compared. It is sent when the user is created and
        along with any other change of the user, and the module warns that it cannot be verified.
    type: bool
  shared_runners_minutes_limit:
    description:
      - The monthly compute minutes quota of the user on instance runners. V(0) means unlimited.
      - GitLab Premium and Ultimate only.
    type: int
  extra_shared_runners_minutes_limit:
    description:
      - Additional compute minutes of the user. GitLab Premium and Ultimate only.
    type: int
  identities:
    description:
      - External identities (LDAP, SAML, OmniAuth) the user should have.
      - Compared on O(identities[].provider) and O(identities[].extern_uid) only; LDAP distinguished names are
        compared the way GitLab stores them (lower case). Fields GitLab adds, such as C(saml_provider_id) on
        GitLab EE, are ignored.
      - GitLab keeps one identity per provider, and its API sets one identity per request; the first
        identity that changes is sent with the attribute update, each further one costs one request.
      - Identities of other providers are kept unless O(purge_identities=true).
    type: list
    elements: dict
    suboptions:
      provider:
        description:
          - The provider name, for example V(ldapmain) or V(saml).
        type: str
        required: true
      extern_uid:
        description:
          - The user's ID at that provider.
        type: str
        required: true
  purge_identities:
    description:
      - Delete the identities whose provider is not listed in O(identities).
      - Only used when O(identities) is set; O(identities=[]) with O(purge_identities=true) removes all.
    type: bool
    default: false
  custom_attributes:
    description:
      - Custom attributes (key/value metadata visible to administrators) the user should have.
      - Values are stored as strings; V(true) becomes V("true"), V(42) becomes V("42"). Empty values, lists and
        dictionaries are refused (GitLab stores only text; encode structured data yourself, for example with
        the P(ansible.builtin.to_json#filter) filter).
      - Keys must not be empty, V(.) or V(..).
      - GitLab writes some keys itself, C(blocked_by) when a user is blocked and C(unblocked_by) when it is
        unblocked. They cannot be set here, never show in the diff and are never deleted.
      - Other keys are kept unless O(purge_custom_attributes=true).
    type: dict
  purge_custom_attributes:
    description:
      - Delete the custom attributes whose key is not in O(custom_attributes), except GitLab's own keys and
        those in O(preserved_custom_attributes).
      - Only used when O(custom_attributes) is set.
    type: bool
    default: false
  preserved_custom_attributes:
    description:
      - Keys that O(purge_custom_attributes=true) never deletes, in addition to GitLab's own C(blocked_by) and
        C(unblocked_by), for example keys that another tool writes.
    type: list
    elements: str
    default: []
  disable_two_factor:
    description:
      - Disable two-factor authentication when the user has it enabled; nothing happens otherwise.
      - GitLab refuses this for administrators; the task then fails with GitLab's message. When the same task
        removes administrator rights with O(admin=false), two-factor authentication is disabled after that.
      - V(false) does not enable two-factor authentication; only the user can do that.
    type: bool
    default: false
  avatar:
    description:
      - The path of an image file on the managed node, uploaded as the user's avatar when the user is created.
      - It must be a PNG, JPEG, GIF, BMP, TIFF, ICO or WebP image (checked by its content, not its name) of at
        most 200 KiB, GitLab's limit; anything else fails before any request.
      - For an existing user it is only uploaded with O(update_avatar=always).
    type: path
  update_avatar:
    description:
      - V(on_create) uploads O(avatar) only when the user is created.
      - V(always) uploads it on every run (with the other changes, in the same request), and every such run
        reports a change. Requires O(avatar).
    type: str
    choices: [on_create, always]
    default: on_create
  hard_delete:
    description:
      - With O(state=absent), also delete the user's contributions and the groups it solely owns, instead of
        moving contributions to the Ghost user. Without it, GitLab refuses to delete the sole owner of a group.
      - Ignored (with a warning) when O(state=present).
    type: bool
    default: false
  wait:
    description:
      - With O(state=absent), wait until GitLab has deleted the user (deletion runs in the background).
    type: bool
    default: true
  wait_timeout:
    description:
      - How many seconds to wait with O(wait=true) before failing.
    type: int
    default: 60
notes:
  - "Differences from M(community.general.gitlab_user): O(admin) (alias O(isadmin)) and O(external) have no
    default, so omitting them changes nothing; O(skip_confirmation) replaces C(confirm) (with the opposite
    meaning); C(state=blocked) and C(state=unblocked) became O(account_state); C(overwrite_identities) became
    O(purge_identities); SSH keys and group membership are managed by separate modules."
seealso:
  - module: gitlab_ops.users.gitlab_impersonation_token
  - module: gitlab_ops.users.gitlab_user_email
  - module: gitlab_ops.users.gitlab_user_gpg_key
  - module: gitlab_ops.users.gitlab_user_info
  - module: gitlab_ops.users.gitlab_user_key
  - module: gitlab_ops.users.gitlab_user_status
  - name: GitLab Users API
    description: The API this module uses.
    link: https://docs.gitlab.com/api/users/
"""

EXAMPLES = r"""
---
- name: Ensure alice exists (the password is only set when the account is created)
  gitlab_ops.users.gitlab_user:
    api_url: https://gitlab.example.com
    api_token: "{{ gitlab_admin_token }}"
    username: alice
    name: Alice Example
    email: alice@example.com
    password: "{{ alice_initial_password }}"

- name: Manage profile attributes, identities and custom attributes of bob
  gitlab_ops.users.gitlab_user:
    username: bob
    name: Bob Smith
    email: bob.smith@example.com
    organization: Platform
    job_title: SRE
    external: false
    projects_limit: 20
    identities:
      - provider: ldapmain
        extern_uid: cn=bob,ou=people,dc=example,dc=com
    purge_identities: true
    custom_attributes:
      cost_center: "4711"
      managed_by: ansible

- name: Deactivate a dormant account (unblocks it first if it is blocked)
  gitlab_ops.users.gitlab_user:
    username: carol
    account_state: deactivated

- name: Ban a user and remove its two-factor authentication
  gitlab_ops.users.gitlab_user:
    username: mallory
    account_state: banned
    disable_two_factor: true

- name: Change the primary email and drop the old address
  gitlab_ops.users.gitlab_user:
    username: dave
    email: dave@new-domain.example.com
    remove_previous_email: true

- name: Create a user who sets the password through the reset link
  gitlab_ops.users.gitlab_user:
    username: erin
    name: Erin Example
    email: erin@example.com
    reset_password: true
    avatar: files/erin.png

- name: Delete a user and everything it solely owns
  gitlab_ops.users.gitlab_user:
    username: frank
    state: absent
    hard_delete: true
"""

RETURN = r"""
user:
  description:
    - The user as an administrator sees it in the GitLab API (the entity of C(GET /users)), after the task.
    - Built from the answers to the writes, without reading the user again. In check mode, the predicted user
      (C(id) is V(null) for a user that would be created).
    - Contains C(custom_attributes) when O(custom_attributes) is set. Never contains a password.
    - Empty when the user does not exist (O(state=absent)).
  returned: success
  type: dict
  sample:
    id: 42
    username: alice
    name: Alice Example
    email: alice@example.com
    state: active
    is_admin: false
    identities: []
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
    - C(:id) stands for the ID of a user that check mode would create.
  returned: always
  type: list
  elements: str
  sample:
    - PUT /users/42
    - POST /users/42/unblock
    - POST /users/42/deactivate
diff:
  description:
    - The managed options before and after the task (C(state) is V(absent) when the user does not exist).
    - Passwords are masked.
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      description: The managed options before the task.
      type: dict
      returned: when diff mode is enabled
    after:
      description: The managed options after the task (predicted in check mode).
      type: dict
      returned: when diff mode is enabled
  sample:
    before:
      username: alice
      state: present
      account_state: blocked
      organization: ""
    after:
      username: alice
      state: present
      account_state: deactivated
      organization: Platform
"""

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user import main


if __name__ == "__main__":
    main()
