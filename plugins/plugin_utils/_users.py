# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What the gitlab_users lookup and inventory plugins share: their filter options (the
gitlab_ops.users._user_selection doc fragment) as GET /users parameters, the users a pattern and the
filters select, their order, and the refusal of a non-administrator's view where it would give a
wrong answer.

Note that this plugin util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import datetime
import typing as t

from ansible.errors import AnsibleError

from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.activity import (
    DEFAULT_DORMANT_DAYS, dormant_days_problem)
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import (
    MAX_CONCURRENCY, Selection, select_users)
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import (
    Pattern, PatternError, parse_pattern)

# Filters lib/api/users.rb drops for non-administrators (created_*), or UsersFinder applies for them only
# (custom_attributes, saml_provider_id), or that only show up in the administrator's entity
# (with_custom_attributes). extern_uid with provider answers 403 to others, which needs no check here.
ADMIN_FILTERS = {
    "created_after": "GitLab applies created_after for administrators only",
    "created_before": "GitLab applies created_before for administrators only",
    "custom_attributes": "GitLab applies custom_attributes for administrators only",
    "saml_provider_id": "GitLab applies saml_provider_id for administrators only",
    "with_custom_attributes": "GitLab shows custom attributes to administrators only",
}
BOOLEAN_FILTERS = ("exclude_external", "exclude_internal", "without_project_bots", "with_custom_attributes")


def user_filters(get_option: t.Callable[[str], t.Any]) -> dict:
    """The GET /users parameters for the filter options. Raises AnsibleError naming the option."""
    filters: dict[str, t.Any] = {}
    problems = []
    search = get_option("search")
    if search is not None:
        if not str(search).strip():
            problems.append("search must not be empty")
        filters["search"] = str(search)
    external = get_option("external")
    if external is True:
        filters["external"] = True
    elif external is False:
        filters["exclude_external"] = True
    for name in BOOLEAN_FILTERS:
        if get_option(name):
            filters[name] = True
    for name in ("created_after", "created_before"):
        value = get_option(name)
        if value is not None:
            problem = _moment_problem(name, value)
            if problem:
                problems.append(problem)
            filters[name] = str(value)
    extern_uid, provider = get_option("extern_uid"), get_option("provider")
    if bool(extern_uid) != bool(provider):
        problems.append("extern_uid and provider must be given together (GitLab looks up the identity by both)")
    elif extern_uid:
        filters.update(extern_uid=str(extern_uid), provider=str(provider))
    attributes = get_option("custom_attributes") or {}
    for key, value in attributes.items():
        key = str(key)
        if not key or any(char.isspace() or char in "[]" for char in key):
            problems.append("custom_attributes: the key %r must be non-empty, without whitespace or [ ]" % key)
        elif not isinstance(value, (str, int, float, bool)) or value == "":
            problems.append("custom_attributes: the value of %s must be a non-empty string" % key)
        else:
            filters["custom_attributes[%s]" % key] = value
    saml_provider_id = get_option("saml_provider_id")
    if saml_provider_id is not None:
        filters["saml_provider_id"] = saml_provider_id
    concurrency = get_option("max_concurrency")
    if concurrency is not None and not 1 <= concurrency <= MAX_CONCURRENCY:
        problems.append("max_concurrency must be between 1 and %d, got %s" % (MAX_CONCURRENCY, concurrency))
    if problems:
        raise AnsibleError("; ".join(problems))
    return filters


def dormant_days_option(get_option: t.Callable[[str], t.Any]) -> int:
    """The dormant_days option, checked before any request. Raises AnsibleError naming the option."""
    value = get_option("dormant_days")
    value = DEFAULT_DORMANT_DAYS if value is None else value
    problem = dormant_days_problem(value)
    if problem:
        raise AnsibleError(problem)
    return int(value)


def _moment_problem(option: str, value: t.Any) -> t.Optional[str]:
    """Why `value` is not an ISO 8601 date or date and time GitLab can parse, or None."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return None
    text = str(value).strip()
    try:
        # Python 3.10 (ansible-core 2.17's oldest controller Python) reads no "Z" suffix.
        datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        return "%s must be an ISO 8601 date or date and time such as 2024-01-31 or 2024-01-31T12:00:00Z, got %r" % (
            option, value)
    return None


def admin_filter_reasons(filters: t.Mapping[str, t.Any]) -> list:
    """Why these filters need an administrator's token ("created_after: GitLab applies ..."), or []."""
    reasons = []
    for key in filters:
        name = "custom_attributes" if key.startswith("custom_attributes[") else key
        if name in ADMIN_FILTERS:
            reason = "%s: %s" % (name, ADMIN_FILTERS[name])
            if reason not in reasons:
                reasons.append(reason)
    return reasons


def parse_users_pattern(pattern: t.Any) -> Pattern:
    """parse_pattern, its PatternError (which names the bad part and where it is) as AnsibleError."""
    try:
        return parse_pattern(pattern)
    except PatternError as exc:
        raise AnsibleError(str(exc)) from None


def select(client: t.Any, pattern: Pattern, filters: t.Mapping[str, t.Any], max_concurrency: int,
           server_groups: t.Iterable[str] = (), admin_reasons: t.Iterable[str] = (),
           dormant_days: int = DEFAULT_DORMANT_DAYS, without: t.Iterable[str] = ()) -> Selection:
    """select_users, refusing an answer that is wrong because the token is not an administrator's.

    GitLab answers a non-administrator with fewer fields (no is_admin) and without blocked users, and
    drops some filters, which would make the answer silently wrong: the pattern's needs, the filters'
    (admin_filter_reasons) and the caller's `admin_reasons` are checked against the answer. `without`: fields the
    caller does not need (select_users)."""
    reasons = admin_filter_reasons(filters) + list(admin_reasons)
    try:
        return select_users(client, pattern, max_concurrency, filters=filters, server_groups=server_groups,
                            admin_reasons=reasons, dormant_days=dormant_days, without=without)
    except PatternError as exc:
        raise AnsibleError(str(exc)) from None


def order_users(users: list, order_by: str = "id", sort: str = "asc") -> list:
    """The users by `order_by`, ties by id; a missing value (null) after every value in ascending order, as
    PostgreSQL sorts NULL. Raises AnsibleError when a user lacks the field altogether."""
    lacking = [user.get("username", user.get("id")) for user in users if order_by not in user]
    if lacking:
        raise AnsibleError("order_by=%s: GitLab did not return %s for %s (it shows some fields to administrators "
                           "only)" % (order_by, order_by, ", ".join(str(name) for name in lacking[:3])))
    ordered = sorted(users, key=lambda user: (user[order_by] is None, user[order_by]
                                              if user[order_by] is not None else 0, user["id"]))
    return ordered[::-1] if sort == "desc" else ordered


def project(users: list, fields: t.Optional[t.Sequence[str]]) -> list:
    """Each user reduced to `fields` (in that order); a field a user lacks is None. Raises AnsibleError
    for a field no user has (a typo, or a field GitLab shows to administrators only)."""
    if not fields:
        return users
    known = set()
    for user in users:
        known.update(user)
    unknown = [field for field in fields if field not in known]
    if users and unknown:
        raise AnsibleError("fields: no user has %s; the users have %s" % (
            ", ".join(unknown), ", ".join(sorted(known))))
    return [{field: user.get(field) for field in fields} for user in users]
