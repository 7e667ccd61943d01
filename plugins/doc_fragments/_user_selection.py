# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:

    # The filters of GET /users and the listing options that the gitlab_users lookup and inventory plugins
    # share (plugins/plugin_utils/_users.py reads them).
    DOCUMENTATION = r"""
options:
  search:
    description:
      - Only users that GitLab's search finds for this text (C(search) of C(GET /users)).
      - Every word of three or more characters must occur in the name or the username; a shorter text must be
        the whole name or username. An administrator's search also finds a user by the exact primary or a
        confirmed secondary email address, another user's search by the exact public email address.
      - GitLab evaluates it, so it is sent with every listing.
    type: str
  external:
    description:
      - V(true) keeps only external users (C(external=true)), V(false) only users that are not external
        (C(exclude_external=true)). Not set, both.
      - The patterns C(external) and C(!external) select the same users (with an administrator's token).
    type: bool
  exclude_external:
    description:
      - V(true) keeps only users that are not external (C(exclude_external=true)), as O(external=false) does.
    type: bool
    default: false
  exclude_internal:
    description:
      - V(true) leaves out GitLab's internal users, such as the ghost user and the support bot
        (C(exclude_internal=true)). The pattern C(!internal) does the same.
    type: bool
    default: false
  without_project_bots:
    description:
      - V(true) leaves out project and group access-token bots (C(without_project_bots=true)).
    type: bool
    default: false
  created_after:
    description:
      - Only users created at or after this moment (C(created_after)), an ISO 8601 date or date and time such
        as V(2024-01-31) or V(2024-01-31T12:00:00Z).
      - Needs an administrator's token; GitLab ignores it for other tokens, so the plugin refuses it then.
    type: str
  created_before:
    description:
      - Only users created at or before this moment (C(created_before)), in the format of O(created_after).
      - Needs an administrator's token, as O(created_after).
    type: str
  extern_uid:
    description:
      - Only the user with this identity at O(provider) (C(extern_uid) and C(provider)), for example the LDAP DN
        V(uid=alice,ou=people,dc=example,dc=com) with O(provider=ldapmain).
      - Requires O(provider), and an administrator's token.
    type: str
  provider:
    description:
      - The provider of O(extern_uid). Requires O(extern_uid).
      - To select every user with an identity at a provider, use the pattern C(provider_<name>) instead.
    type: str
  custom_attributes:
    description:
      - Only users having every one of these custom attributes with exactly this value
        (C(custom_attributes[key]=value)).
      - Needs an administrator's token. The pattern C(attr_<key>=<value>) selects the same users for one attribute.
    type: dict
  saml_provider_id:
    description:
      - Only users with an identity of this SAML provider (C(saml_provider_id); GitLab Premium and Ultimate).
      - Needs an administrator's token.
    type: int
  with_custom_attributes:
    description:
      - Return each user's custom attributes too, as C(custom_attributes), a list of C(key)/C(value) pairs
        (C(with_custom_attributes=true)).
      - Needs an administrator's token. Patterns with C(attr_<key>=<value>) ask for them anyway.
    type: bool
    default: false
  order_by:
    description:
      - The order of the users, by this field, ties broken by the user ID.
      - The users are fetched in ID order and sorted by the plugin, so the order does not depend on how the
        pages were fetched. A user without a value for the field (for example a C(created_at) that GitLab
        shows to administrators only) fails the run.
    type: str
    choices: [id, name, username, created_at, updated_at]
    default: id
  sort:
    description:
      - V(asc) for ascending, V(desc) for descending order of O(order_by).
      - Unlike C(GET /users), whose default is V(desc), the default is V(asc).
    type: str
    choices: [asc, desc]
    default: asc
  max_concurrency:
    description:
      - How many requests may be in flight at the same time; the listings a pattern needs (one per union part, one
        per group only GitLab can decide) run concurrently.
      - GitLab answers C(GET /users) with 100 users a page. When a listing has more than one page, it is read again
        from its start with keyset pagination (by user ID), because with offset pages a user deleted meanwhile would
        shift the later pages and make the listing skip a user that existed all along. With an administrator's token,
        a listing of 20 pages or more is cut into ranges of C(created_at), each read by cursor, this many at a time;
        with V(1), or another token, the pages follow one another (see
        R(Listing large instances,ansible_collections.gitlab_ops.users.docsite.guide_user_patterns.large_instances)).
      - Between V(1) and V(8).
    type: int
    default: 4
"""

    # The days that make a user dormant: the gitlab_users lookup and inventory plugins and gitlab_user_info.
    DORMANT = r"""
options:
  dormant_days:
    description:
      - How many days without activity make an active user a member of the pattern group C(dormant), that is
        GitLab's active users whose last activity (C(last_activity_on)) is this many days before GitLab's today or
        earlier, and those never active that were created this many days ago or earlier.
      - GitLab records a user's activity, at most once a day, for Git over HTTP or SSH (clone, pull, push),
        signing in, web pages of dashboards, projects, issues and merge requests, GraphQL requests, and every REST
        API request that GitLab answers without an error. See the guide to user patterns.
      - An API request counts for the user it runs as, which is the user a C(Sudo) header names (not the
        administrator whose token it is) and the user of an impersonation token. So a task of this collection that
        acts as a user makes that user active, check mode included. Such tasks are
        M(gitlab_ops.users.gitlab_user_preferences) for another user (it reads through sudo),
        M(gitlab_ops.users.gitlab_user_follow), M(gitlab_ops.users.gitlab_user_status) and
        M(gitlab_ops.users.gitlab_users_converge) (C(status)) when another user's follows or status change or would
        change, M(gitlab_ops.users.gitlab_user_info) reading C(preferences) or C(counts) of other users, the C(sudo)
        option of any module, and any task with a user's impersonation token.
      - GitLab's today is read from the C(Date) header of its answers, in UTC.
      - A whole number, at least V(1). Only patterns with C(dormant) use it; they need an administrator's token
        and cost every page of C(GET /user/activities) once.
    type: int
    default: 90
"""
