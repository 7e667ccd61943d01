# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
name: gitlab_users
short_description: List GitLab users selected by Ansible-style patterns
version_added: 0.1.0
description:
  - Returns the GitLab users that patterns select, in the syntax of Ansible's host patterns, for example every
    administrator without two-factor authentication except root, C(admins:&two_factor_disabled:!root).
  - Each term is a pattern; several terms are united, as the items of a list in C(hosts:) are.
  - Parts are separated by V(:) or V(,). A part starting with V(&) intersects, one starting with V(!)
    excludes, any other part is united. As in Ansible, all unions are evaluated first, then every intersection,
    then every exclusion, whatever the written order; a pattern of intersections and exclusions only starts from
    every user. Double quotes protect separators inside a part (C(attr_team="a,b")).
  - 'The parts are usernames (exact, case-insensitive; C(@name) is always the user, never a group), globs over
    usernames (C(svc-*), C(bot-?), C(u[0-9]*)), C(~regex) (matched at the start of the username), and named
    groups: C(all), C(active), C(blocked), C(ldap_blocked), C(deactivated), C(banned), C(pending_approval),
    C(admins), C(auditors), C(external), C(bots), C(humans), C(internal), C(two_factor_enabled),
    C(two_factor_disabled), C(without_projects), C(dormant), C(provider_<name>) (users with an identity from that
    provider),
    and C(attr_<key>=<value>) (users whose custom attribute has exactly that value). Group names are
    case-insensitive.'
  - C(active) is GitLab's C(active=true), active and not an internal user. C(blocked) is GitLab's C(blocked=true),
    the states blocked and ldap_blocked; banned users and users pending approval have their own groups.
  - C(dormant) is the active users without activity for O(dormant_days) days (by default 90), as GitLab's own
    deactivation of dormant users counts it, for example C(dormant:!bots:!admins) for the humans to offboard. It
    costs the listing of C(active=true) (unless the pattern's listing is already that) and every page of
    C(GET /user/activities), and needs an administrator's token.
  - A pattern that cannot be parsed, or names an unknown group (V(admin) for V(admins)), fails with a message
    naming the part and the character where it is.
  - The plugin pushes every part it can down to C(GET /users) (C(admins=true), C(two_factor=disabled),
    C(username=...), C(search=) with the literal part of a glob, an exclusion's exact complement such as
    C(exclude_external=true)...), one listing per union part, and checks the parts again on the users GitLab
    returns. It lists every user only when a pattern needs it (for example C(all), C(~regex) or
    C(provider_<name>)). The filter options are sent with every listing.
  - Groups that only GitLab can decide (C(active), C(humans), C(internal), C(without_projects), C(dormant)) cost a
    listing of their members, unless the listing already carries their filter.
  - Patterns over fields that GitLab shows to administrators only (C(admins), C(external), C(bots),
    C(two_factor_*), C(provider_*), C(attr_*)), or over users that only administrators see (C(blocked),
    C(banned)), need an administrator's token; the plugin then refuses the view of a non-administrator instead
    of answering wrongly.
  - The users are returned as data; their values are never templated.
author:
  - gitlab_ops.users contributors (@gitlab-ops)
extends_documentation_fragment:
  - gitlab_ops.users._gitlab
  - gitlab_ops.users._gitlab.plugin
  - gitlab_ops.users._user_selection
  - gitlab_ops.users._user_selection.dormant
options:
  _terms:
    description:
      - One or more patterns, each a string or a list of strings. Several are united.
      - Write V(all) for every user; an empty pattern is refused, so that a loop removing the users a pattern
        does not select never selects everyone by accident.
    type: list
    elements: raw
    required: true
  output:
    description:
      - V(users) returns the user dictionaries (the entities of C(GET /users)), V(usernames) their usernames,
        V(ids) their IDs.
    type: str
    choices: [users, usernames, ids]
    default: users
  fields:
    description:
      - Return each user with only these keys, in this order, for example V([id, username, state]).
      - A key that a user lacks is V(null); a key that no user has fails the lookup (a typo, or a field GitLab
        shows to administrators only).
      - Only with O(output=users).
    type: list
    elements: str
notes:
  - Use C(query) (or C(lookup) with C(wantlist=true)) to always get a list; C(lookup) returns a single user as
    it is and joins several usernames into one comma-separated string.
  - 'Requests: one C(GET /users) page (100 users) per listing; a listing of more pages then reads every page
    again from the start by cursor (keyset pagination), so that users deleted or created meanwhile make it skip
    nobody. With an administrator''s token, a listing of 20 pages or more is cut into ranges of C(created_at), each
    read by cursor, O(max_concurrency) ranges at a time (one probe and about 4 times O(max_concurrency) requests more);
    a shorter listing, the listing of another token, one filtered by O(created_after) or O(created_before), and
    every listing with O(max_concurrency=1) go one page after another (see
    R(Listing large instances,ansible_collections.gitlab_ops.users.docsite.guide_user_patterns.large_instances)).
    The listings run O(max_concurrency) requests at a time. An exact username costs one
    request (C(username=)). A pattern that needs an administrator and selects nobody costs one C(GET /user) more,
    to tell an empty answer from the view of a non-administrator.'
seealso:
  - plugin: gitlab_ops.users.gitlab_users
    plugin_type: inventory
    description: The same users as inventory hosts, grouped by the same named groups.
  - module: gitlab_ops.users.gitlab_user_info
    description: Details of users (keys, emails, tokens, memberships) selected by the same patterns.
  - ref: intro_patterns
    description: Ansible's host patterns, whose syntax user patterns follow.
"""

EXAMPLES = r"""
- name: Every administrator without two-factor authentication, except root
  ansible.builtin.debug:
    msg: "{{ item.username }} ({{ item.email }})"
  loop: "{{ query('gitlab_ops.users.gitlab_users', 'admins:&two_factor_disabled:!root') }}"

- name: Service accounts that are not blocked, as usernames
  ansible.builtin.set_fact:
    service_users: "{{ query('gitlab_ops.users.gitlab_users', 'svc-*:!blocked', output='usernames') }}"

- name: External users created this year, only some fields, newest first
  ansible.builtin.debug:
    msg: "{{ query('gitlab_ops.users.gitlab_users', 'external', created_after='2026-01-01',
                   fields=['id', 'username', 'created_at'], order_by='created_at', sort='desc') }}"

- name: Users of the platform team (a custom attribute) found by a search, with explicit connection options
  ansible.builtin.debug:
    msg: "{{ query('gitlab_ops.users.gitlab_users', 'attr_team=platform', search='smith',
                   api_url='https://gitlab.example.com', api_token=gitlab_admin_token) }}"

- name: Humans without activity for 180 days, administrators and bots left out
  ansible.builtin.debug:
    msg: "{{ query('gitlab_ops.users.gitlab_users', 'dormant:!bots:!admins', dormant_days=180, output='usernames') }}"

- name: Fail the play when an administrator has no second factor
  ansible.builtin.assert:
    that: query('gitlab_ops.users.gitlab_users', 'admins:&two_factor_disabled:&active') | length == 0
    fail_msg: "Administrators without 2FA: {{ query('gitlab_ops.users.gitlab_users',
               'admins:&two_factor_disabled:&active', output='usernames') | join(', ') }}"
"""

RETURN = r"""
_raw:
  description:
    - With O(output=users), the users as C(GET /users) returns them (for an administrator's token with
      C(is_admin), C(email), C(identities), C(two_factor_enabled), C(external), C(created_at)...), or the keys of
      O(fields) only. With O(output=usernames), the usernames; with O(output=ids), the user IDs.
    - In the order of O(order_by) and O(sort) (by default ascending user ID), each user once.
  type: list
  elements: raw
"""

from ansible.errors import AnsibleError
from ansible.plugins.lookup import LookupBase
from ansible.utils.unsafe_proxy import wrap_var

from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import PROFILE_FIELDS
from ansible_collections.gitlab_ops.users.plugins.plugin_utils._gitlab import gitlab_client, gitlab_errors
from ansible_collections.gitlab_ops.users.plugins.plugin_utils._users import (
    dormant_days_option, order_users, parse_users_pattern, project, select, user_filters)


class LookupModule(LookupBase):

    def run(self, terms, variables=None, **kwargs):
        self.set_options(var_options=variables, direct=kwargs)
        output = self.get_option("output")
        fields = self.get_option("fields")
        if fields and output != "users":
            raise AnsibleError("fields only applies to output=users, not output=%s" % output)
        pattern = parse_users_pattern(_pattern_items(terms))
        filters = user_filters(self.get_option)
        dormant_days = dormant_days_option(self.get_option)
        client = gitlab_client(self.get_option, self._templar)
        # Only what the result shows is kept of each user as the pages arrive (100,000 users): ids and usernames
        # (or the chosen fields) and the order need none of the profile fields.
        shown = set(fields or ()) | {self.get_option("order_by")}
        without = [name for name in PROFILE_FIELDS if name not in shown] if output != "users" or fields else []
        with gitlab_errors():
            users = select(client, pattern, filters, self.get_option("max_concurrency"),
                           dormant_days=dormant_days, without=without).users
        users = order_users(users, self.get_option("order_by"), self.get_option("sort"))
        if output == "usernames":
            result = [user["username"] for user in users]
        elif output == "ids":
            result = [user["id"] for user in users]
        else:
            result = project(users, fields)
        # GitLab's data: a name or bio holding "{{ ... }}" must never be templated (ansible-core < 2.19; from 2.19
        # on, data from a lookup is not trusted as a template anyway).
        return wrap_var(result)


def _pattern_items(terms):
    """The terms as one list of pattern strings: query('...', 'a', ['b', 'c']) unites a, b and c."""
    items = []
    for term in terms:
        items.extend(term if isinstance(term, (list, tuple)) else [term])
    if not items:
        raise AnsibleError("no user pattern given; write all to select every user")
    # One string stays a string, so that an error names it as written rather than as a list's item 1.
    return items[0] if len(items) == 1 else items
