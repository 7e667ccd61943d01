# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
name: gitlab_users
short_description: GitLab users as inventory hosts, in the named groups of user patterns
version_added: 0.1.0
description:
  - Makes every GitLab user that O(users) selects a host named by its username (after O(host_prefix)), with
    C(ansible_connection=local), so that a play can run one task per user, for example a check-mode audit of the
    hosts C(all:&admins:&two_factor_disabled), with C(forks) for parallelism.
  - As for the implicit C(localhost), C(ansible_python_interpreter) is the Python running Ansible, so that the
    modules of this collection run in Ansible's worker process (see
    R(Where the modules run,ansible_collections.gitlab_ops.users.docsite.guide_execution)).
  - Every attribute GitLab returns for a user becomes a host variable prefixed with C(gitlab_user_), for example
    C(gitlab_user_id), C(gitlab_user_state), C(gitlab_user_is_admin), C(gitlab_user_email) and
    C(gitlab_user_identities); O(hostvar_fields) keeps only some of them.
  - 'The hosts are put in the named groups of the user patterns of the P(gitlab_ops.users.gitlab_users#lookup)
    lookup, as listed in O(named_groups) (by default all of them): C(active), C(admins), C(auditors), C(banned),
    C(blocked), C(bots), C(deactivated), C(external), C(humans), C(internal), C(ldap_blocked),
    C(pending_approval), C(two_factor_disabled), C(two_factor_enabled) and C(without_projects), and C(dormant) when
    listed there (it is not by default); with
    O(provider_groups), also in C(provider_<name>) for each provider of their identities. Every group of
    O(named_groups) exists, even when it is empty, so that a play on C(admins:&two_factor_disabled) finds it.'
  - More groups and variables come from O(keyed_groups), O(groups) and O(compose), for example groups per custom
    attribute (see the examples).
  - The users are listed as the P(gitlab_ops.users.gitlab_users#lookup) lookup lists them, with the same
    filters; O(users) and the filters are pushed down to C(GET /users). The members of C(active), C(humans),
    C(internal) and C(without_projects) are decided by GitLab, so each of them costs one more listing unless
    O(users) already settles it.
  - The inventory source is a YAML file whose name ends in C(gitlab_users.yml) or C(gitlab_users.yaml).
  - Host variables are data; they are never templated.
author:
  - gitlab_ops.users contributors (@gitlab-ops)
extends_documentation_fragment:
  - gitlab_ops.users._gitlab
  - gitlab_ops.users._gitlab.plugin
  - gitlab_ops.users._user_selection
  - gitlab_ops.users._user_selection.dormant
  - ansible.builtin.constructed
  - ansible.builtin.inventory_cache
options:
  plugin:
    description: The name of this plugin; it marks the file as a source for it.
    type: str
    required: true
    choices: [gitlab_ops.users.gitlab_users]
  users:
    description:
      - The users that become hosts, as a user pattern (a string or a list of strings) of the
        P(gitlab_ops.users.gitlab_users#lookup) lookup, for example V(all:!blocked:!internal) or V(svc-*).
    type: raw
    default: all
  host_prefix:
    description:
      - Name each host O(host_prefix) followed by the username, for example V(user-) for the hosts C(user-alice) and
        C(user-root). The username stays in the host variable C(gitlab_user_username).
      - In a host pattern, Ansible takes a name for the host of that name before the group of that name, so that
        with a user named C(all) or C(admins), C(all:&admins:&two_factor_disabled) would select that user alone or
        nobody. The inventory therefore fails, naming the users, when a host name would be the name of a group of
        the inventory (C(all), C(ungrouped), the groups of O(named_groups), the C(provider_<name>) groups,
        constructed groups and the groups of the sources read before) or of C(localhost). A prefix that begins
        no group name, such as V(user-), keeps the host names apart from the group names.
      - Letters, digits, C(_), C(.) and C(-) only, so that host patterns can name the hosts.
    type: str
    default: ''
  named_groups:
    description:
      - The named groups to create. The members of C(active), C(humans), C(internal) and C(without_projects) cost a
        listing each, so leaving out those you do not need makes the inventory faster.
      - V(dormant), the active users without activity for O(dormant_days) days, is not created unless listed; it
        costs the listing of C(active=true) and every page of C(GET /user/activities), and needs an administrator's
        token.
      - Groups over fields GitLab shows to administrators only (C(admins), C(auditors), C(bots), C(external),
        C(two_factor_*)) and over users only administrators see (C(banned), C(blocked), C(ldap_blocked)), and
        C(without_projects), need an administrator's token. With another token, leave them out.
    type: list
    elements: str
    choices: [active, admins, auditors, banned, blocked, bots, deactivated, dormant, external, humans, internal,
              ldap_blocked, pending_approval, two_factor_disabled, two_factor_enabled, without_projects]
    default: [active, admins, auditors, banned, blocked, bots, deactivated, external, humans, internal, ldap_blocked,
              pending_approval, two_factor_disabled, two_factor_enabled, without_projects]
  provider_groups:
    description:
      - Put each user in a group C(provider_<name>) for each provider of its identities, for example
        C(provider_ldapmain).
      - Needs an administrator's token (GitLab shows identities to administrators only).
    type: bool
    default: true
  hostvar_fields:
    description:
      - The fields of each user that become host variables C(gitlab_user_<field>), named as GitLab names them
        (without the prefix), for example V([id, username, state, email, is_admin]). Not set, every field GitLab
        returns.
      - C(gitlab_user_username) is always set, as it names the host; C(ansible_connection) and
        C(ansible_python_interpreter) too. V([]) keeps those alone.
      - The named groups, the C(provider_<name>) groups and the order of O(order_by) are decided on the users as
        GitLab lists them, whatever this option leaves out.
      - O(compose), O(groups) and O(keyed_groups) see the host variables only. A variable this option leaves out is
        undefined there, as a typo would be; with O(strict=false) (the default) Ansible skips that variable or group
        for the host, with O(strict=true) the source fails, naming the host.
      - A field that no listed user has fails the source (a typo, or a field GitLab shows to administrators only).
      - With a few fields, the inventory of a large instance needs far less memory on the controller; the profile
        fields left out (C(bio), C(avatar_url), C(web_url), C(location)...) are dropped from the listing as each
        page arrives.
      - With O(cache), a cache written with other O(hostvar_fields) is not used; the users are listed again.
    type: list
    elements: str
notes:
  - 'Requests: the listings of O(users) (100 users a page; with more than one page, the first and then every
    page by cursor, so that users deleted or created meanwhile make it skip nobody: with an administrator''s token
    and 20 pages or more in ranges of C(created_at) read O(max_concurrency) at a time, otherwise one page after
    another; see
    R(Listing large instances,ansible_collections.gitlab_ops.users.docsite.guide_user_patterns.large_instances)),
    plus one listing for each of C(active), C(humans), C(internal), C(without_projects) and C(dormant) in
    O(named_groups) that O(users) does not settle, and with C(dormant) (in O(users) or O(named_groups)) every page of
    C(GET /user/activities) once. With O(cache), a run that finds the cache sends no request at all.'
  - A source that fails (a user named like a group, a wrong token...) does not stop ansible-playbook, which goes on
    without its hosts and groups after a warning, unless C(inventory_any_unparsed_is_failed) is set (environment
    C(ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED=true)). An audit should set it, or check that the groups it uses
    exist, as C(examples/audit-2fa.yml) does, so that it never reports nobody as a success.
  - Ansible runs interpreter discovery for each host that runs a module. Set C(ansible_python_interpreter) to
    C({{ ansible_playbook_python }}) in the play's C(vars) to use the controller's Python for every user.
seealso:
  - plugin: gitlab_ops.users.gitlab_users
    plugin_type: lookup
    description: The same user patterns and filters in a lookup.
  - module: gitlab_ops.users.gitlab_user_info
    description: Details of users (keys, emails, tokens, memberships) selected by the same patterns.
  - ref: intro_patterns
    description: Ansible's host patterns, such as C(admins:&two_factor_disabled).
"""

EXAMPLES = r"""
# gitlab_users.yml: every user, the connection from GITLAB_URL and GITLAB_TOKEN
plugin: gitlab_ops.users.gitlab_users

---
# An audit inventory: active humans only, grouped by state and by their custom attribute "team",
# with a variable per host, cached for an hour
plugin: gitlab_ops.users.gitlab_users
api_url: https://gitlab.example.com
users: humans:&active
with_custom_attributes: true
named_groups: [admins, two_factor_disabled, external]
keyed_groups:
  - key: gitlab_user_custom_attributes | items2dict(key_name='key', value_name='value')
    prefix: attr
  - key: gitlab_user_state
    prefix: state
groups:
  inactive_this_year: gitlab_user_last_activity_on is not none and gitlab_user_last_activity_on < '2026-01-01'
compose:
  contact: gitlab_user_public_email or gitlab_user_email
cache: true
cache_plugin: ansible.builtin.jsonfile
cache_connection: /tmp/gitlab_users_cache
cache_timeout: 3600

---
# Hosts named user-<username>: a user named all, admins or localhost cannot stand for a group or localhost
plugin: gitlab_ops.users.gitlab_users
host_prefix: user-
named_groups: [active, admins, two_factor_disabled]

---
# A large instance: every user, with five host variables only (and a keyed group over one of them)
plugin: gitlab_ops.users.gitlab_users
host_prefix: user-
hostvar_fields: [id, username, state, email, is_admin]
keyed_groups:
  - key: gitlab_user_state
    prefix: state

---
# Dormant humans (no activity for 120 days) as hosts of the group dormant, for an offboarding play
plugin: gitlab_ops.users.gitlab_users
users: "dormant:!bots:!admins"
dormant_days: 120
named_groups: [dormant]

---
# Service accounts of one LDAP server, the token read from a file
plugin: gitlab_ops.users.gitlab_users
users: "svc-*:&provider_ldapmain"
named_groups: [blocked, two_factor_disabled]
provider_groups: false
api_token: "{{ lookup('ansible.builtin.file', '/etc/gitlab/audit-token') }}"
"""

import re
import sys
from typing import Iterable, Optional, Set

from ansible import constants as C
from ansible.errors import AnsibleError
from ansible.plugins.inventory import BaseInventoryPlugin, Cacheable, Constructable
from ansible.utils.unsafe_proxy import wrap_var

from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import (
    PROFILE_FIELDS, SERVER_GROUPS)
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import plain_type_name
from ansible_collections.gitlab_ops.users.plugins.plugin_utils._gitlab import gitlab_client, gitlab_errors
from ansible_collections.gitlab_ops.users.plugins.plugin_utils._users import (
    dormant_days_option, order_users, parse_users_pattern, select, user_filters)

HOSTVAR_PREFIX = "gitlab_user_"
PROVIDER_GROUP_PREFIX = "provider_"
IDENTITIES_ARE_ADMIN_FIELDS = "provider_groups: GitLab shows identities to administrators only"
# The characters of GitLab usernames: a prefix of them keeps host names that host patterns can name.
HOST_PREFIX = re.compile(r"^[A-Za-z0-9_.-]*$")
# A field of GitLab's user entity, which becomes part of a variable name.
FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# The groups every inventory has (ansible/inventory/data.py).
ANSIBLE_GROUPS = ("all", "ungrouped")
# What a cached listing holds; an entry without every key was written by an earlier release, and is listed again.
CACHE_KEYS = ("users", "groups", "provider_groups", "hostvar_fields")


class InventoryModule(BaseInventoryPlugin, Constructable, Cacheable):

    NAME = "gitlab_ops.users.gitlab_users"

    def verify_file(self, path):
        return super().verify_file(path) and path.endswith(("gitlab_users.yml", "gitlab_users.yaml"))

    def parse(self, inventory, loader, path, cache=True):
        super().parse(inventory, loader, path, cache)
        self._read_config_data(path)
        prefix = self._host_prefix()
        fields = self._hostvar_fields()
        cache_key = self.get_cache_key(path)
        use_cache = self.get_option("cache") and cache
        update_cache = self.get_option("cache") and not cache
        found = None
        if use_cache:
            try:
                found = self._cache[cache_key]
            except KeyError:
                update_cache = True
            else:
                # A cache written for other host variables, or by an earlier release, is listed again.
                if not all(key in found for key in CACHE_KEYS) or found["hostvar_fields"] != fields:
                    found, update_cache = None, True
        if found is None:
            found = self._fetch(fields)
        if update_cache:
            self._cache[cache_key] = found
        self._populate(found, prefix)

    def _host_prefix(self) -> str:
        prefix = self.get_option("host_prefix") or ""
        if not isinstance(prefix, str) or not HOST_PREFIX.match(prefix):
            raise AnsibleError("host_prefix must be made of letters, digits, _ . and - (so that host patterns can name "
                               "the hosts), got %r" % (prefix,))
        return str(prefix)

    def _hostvar_fields(self) -> Optional[list]:
        """The hostvar_fields option, checked before any request: None for every field, else the names in order."""
        value = self.get_option("hostvar_fields")
        if value is None:
            return None
        if not isinstance(value, (list, tuple)):
            raise AnsibleError("hostvar_fields must be a list of GitLab's user fields such as [id, username, state], "
                               "got %s" % plain_type_name(value))
        problems = []
        for index, name in enumerate(value, 1):
            if not isinstance(name, str):
                problems.append("item %d must be a string, got %s" % (index, plain_type_name(name)))
            elif name.startswith(HOSTVAR_PREFIX):
                problems.append("item %d is the host variable %s: write the field without %s, for example %s"
                                % (index, name, HOSTVAR_PREFIX, name[len(HOSTVAR_PREFIX):] or "email"))
            elif not FIELD_NAME.match(name):
                problems.append("item %d must be the name of a field (letters, digits and _), got %r" % (index, name))
        if problems:
            raise AnsibleError("hostvar_fields: %s" % "; ".join(problems))
        return [str(name) for name in dict.fromkeys(value)]

    def _fetch(self, fields: Optional[list]):
        """What the cache keeps: {"users": [...], "groups": {named group: [member ids]}, "provider_groups":
        {provider group: [member ids]}, "hostvar_fields": `fields`}; with `fields`, each user holds those fields,
        its id and its username only."""
        pattern = parse_users_pattern(self.get_option("users"))
        filters = user_filters(self.get_option)
        dormant_days = dormant_days_option(self.get_option)
        named = list(dict.fromkeys(self.get_option("named_groups")))
        order_by = self.get_option("order_by")
        admin_reasons = [reason for name in named for reason in parse_users_pattern(name).admin_reasons]
        if self.get_option("provider_groups"):
            admin_reasons.append(IDENTITIES_ARE_ADMIN_FIELDS)
        # No named group, pattern or filter reads a profile field: those not asked for are dropped page by page.
        without = [] if fields is None else [name for name in PROFILE_FIELDS if name not in fields and name != order_by]
        client = gitlab_client(self.get_option, self.templar)
        with gitlab_errors():
            selection = select(client, pattern, filters, self.get_option("max_concurrency"),
                               server_groups=[name for name in named if name in SERVER_GROUPS],
                               admin_reasons=admin_reasons, dormant_days=dormant_days, without=without)
        users = order_users(selection.users, order_by, self.get_option("sort"))
        groups = {}
        for name in named:
            if name in SERVER_GROUPS:
                groups[name] = sorted(selection.memberships[name])
            else:
                groups[name] = [user["id"] for user in parse_users_pattern(name).select(users)]
        providers: dict = {}
        for user in users:
            for group in self._provider_groups(user):
                providers.setdefault(group, []).append(user["id"])
        if fields is not None:
            users = self._only(users, fields)
        return {"users": users, "groups": groups, "provider_groups": providers, "hostvar_fields": fields}

    @staticmethod
    def _only(users: list, fields: list) -> list:
        """Each user with `fields`, its id (which the groups name) and its username (which names the host) only.
        Raises AnsibleError for a field no user has."""
        known: set = set()
        for user in users:
            known.update(user)
        unknown = [name for name in fields if name not in known]
        if users and unknown:
            raise AnsibleError("hostvar_fields: no listed user has %s (a typo, or a field GitLab shows to "
                               "administrators only); their fields include %s" % (", ".join(unknown),
                                                                                  ", ".join(sorted(known))))
        kept = list(dict.fromkeys(["id", "username"] + fields))
        return [{name: user[name] for name in kept if name in user} for user in users]

    def _populate(self, found: dict, prefix: str) -> None:
        names = {user["id"]: prefix + str(user["username"]) for user in found["users"]}
        # Refused before anything is added, so that a failing source leaves none of its groups behind.
        self._refuse_clashes(names.values(), set(ANSIBLE_GROUPS) | set(found["groups"])
                             | set(found["provider_groups"]) | set(self.inventory.groups))
        fields = found["hostvar_fields"]
        shown = None if fields is None else set(fields) | {"username"}
        hosts = {}
        for user in found["users"]:
            host = self.inventory.add_host(names[user["id"]])
            hosts[user["id"]] = host
            self.inventory.set_variable(host, "ansible_connection", "local")
            # As ansible-core does for the implicit localhost: the hosts are this machine, run by this Python.
            self.inventory.set_variable(host, "ansible_python_interpreter", sys.executable)
            for key, value in user.items():
                if shown is None or key in shown:
                    # GitLab's data: a name or bio holding "{{ ... }}" must never be templated.
                    self.inventory.set_variable(host, HOSTVAR_PREFIX + key, wrap_var(value))
        # add_host(host, group), not add_child(group, host): a user may be named like a group (GitLab has users
        # named admins), and add_child would make that group a child group instead.
        for members in (found["groups"], found["provider_groups"]):
            for name, member_ids in members.items():
                group = self.inventory.add_group(name)
                for user_id in member_ids:
                    self.inventory.add_host(hosts[user_id], group=group)
        strict = self.get_option("strict")
        for host in hosts.values():
            variables = self.inventory.get_host(host).get_vars()
            self._set_composite_vars(self.get_option("compose"), variables, host, strict=strict)
            self._add_host_to_composed_groups(self.get_option("groups"), variables, host, strict=strict)
            self._add_host_to_keyed_groups(self.get_option("keyed_groups"), variables, host, strict=strict)
        # Constructed groups are only known now; a clash with one of them fails the source with its hosts added
        # (ansible-core keeps what a failing source added).
        self._refuse_clashes(names.values(), set(self.inventory.groups))

    def _provider_groups(self, user: dict) -> list:
        """The provider_<name> groups of a user's identities (none without provider_groups)."""
        if not self.get_option("provider_groups"):
            return []
        return [self._sanitize_group_name(PROVIDER_GROUP_PREFIX + str(identity.get("provider")))
                for identity in user.get("identities") or ()]

    @staticmethod
    def _refuse_clashes(host_names: Iterable[str], group_names: Set[str]) -> None:
        """Fail naming the hosts named like a group or like localhost: a host pattern would take the host."""
        clashes = ["%s (group %s)" % (name, name) if name in group_names else "%s (Ansible's localhost)" % name
                   for name in host_names if name in group_names or name in C.LOCALHOST]
        if clashes:
            raise AnsibleError(
                "GitLab users would be hosts named like a group or like localhost of this inventory: %s. In a host "
                "pattern Ansible takes such a name for the host, so that all:&admins:&two_factor_disabled would "
                "select the wrong users or nobody. Set host_prefix (for example host_prefix: user-) to name the hosts "
                "after a prefix" % ", ".join(clashes))
