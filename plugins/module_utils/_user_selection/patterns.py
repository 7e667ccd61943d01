# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Patterns over GitLab users in the syntax of Ansible host patterns, and their push-down to GET /users.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

Syntax and order of evaluation (as ansible-core's lib/ansible/inventory/manager.py: split_host_pattern,
order_patterns, _evaluate_patterns):

* Parts are separated by ``,`` or ``:``; whitespace around parts and empty parts are ignored. A list of
  strings is the same as its items joined by ``,``.
* A part starting with ``&`` intersects, one starting with ``!`` excludes, any other part is a union.
* Whatever the written order, all union parts are taken first, then every intersection, then every
  exclusion: ``!bob:&admins:alice,bob`` selects (alice or bob) and admins, without bob. A pattern made of
  intersections and exclusions only starts from ``all`` (``!admins`` is every user except admins).
* Double quotes protect separators inside a part (``attr_team="a,b"``, ``~"^(?:svc|bot)-"``); they are
  removed from the value.

Where this deliberately differs from Ansible:

* ``:`` is a separator even when the text also contains ``,`` (Ansible stops splitting on ``:`` then,
  for IPv6 addresses; no username can contain either character).
* An empty pattern is an error (Ansible reads it as ``all``): a bulk converge removing unlisted users
  must never select everyone by accident.
* Group names are case-insensitive. As an Ansible group wins over a host of the same name, a group wins
  over a user of that name; ``@name`` always means the user (``@admins`` is the user named admins).
* A bare word close to a group name (``admin``, ``bot``, ``extrnal``) is refused as an unknown group
  unless written ``@admin``: in an exclusion a typo would silently exclude nobody.
* Globs and ``~regex`` match usernames only (never group names), case-insensitively as GitLab compares
  usernames; ``~regex`` uses ``re.match`` like Ansible (anchored at the start only). Subscripts
  (``web[0:2]``) are not supported.

Atoms:

* ``alice``: the user named alice (exact, case-insensitive); ``@alice`` the same, never a group.
* ``svc-*``, ``bot-?``, ``u[0-9]*``: fnmatch globs over usernames, case-insensitive.
* ``~regex``: a regular expression matched at the start of the username, case-insensitive.
* ``provider_<name>``: users with an identity from that provider (e.g. ``provider_ldapmain``).
* ``attr_<key>=<value>``: users whose custom attribute ``key`` equals ``value`` exactly.
* the groups of GROUPS below.

``blocked`` follows GitLab's ``GET /users?blocked=true``: the User.blocked scope (app/models/user.rb,
used by app/finders/users_finder.rb by_blocked) is the states ``blocked`` and ``ldap_blocked``, not
``banned`` nor ``blocked_pending_approval``, although the model's ``blocked?`` is true for those too.
Those have their own groups (``banned``, ``pending_approval``); ``ldap_blocked`` alone is a group too.
``active`` is GitLab's ``active=true``: state ``active`` and not an internal user (ghost, support bot...:
the User.active scope), which the entity cannot tell, so GitLab evaluates it.

Push-down (the GET /users parameters sent for an atom; see Pattern.plan). Filters marked "admin" are
ignored by GitLab for other tokens (lib/api/users.rb drops them or UsersFinder checks the caller), and
the fields an atom is checked against are in the UserWithAdmin entity only (GET /users answers
UserBasic - id, username, name, state, locked, avatar_url, web_url - to everyone else):

=====================  ============================================  ==========================  =====
atom                   pushed down (superset; re-checked locally)    exclusion pushed down       admin
=====================  ============================================  ==========================  =====
all                    (none)                                        -                           no
alice / @alice         username=alice                                -                           no
glob, ~regex           search=<longest literal run of 3+ chars>      -                           no
                       (globs only; GitLab matches %term% on
                       username or name, so it is a superset)
active      (GitLab)   active=true                                   -                           no
humans      (GitLab)   humans=true                                   exclude_humans=true         no
internal    (GitLab)   exclude_humans=true                           exclude_internal=true       no
without_projects (GL)  without_projects=true                         -                           yes
dormant     (GitLab)   active=true (+ GET /user/activities)          -                           yes
blocked                blocked=true                                  -                           yes
ldap_blocked           blocked=true                                  -                           yes
banned                 exclude_active=true                           -                           yes
deactivated            exclude_active=true                           -                           no
pending_approval       exclude_active=true                           -                           no
admins                 admins=true                                   -                           yes
auditors (EE)          auditors=true (CE ignores it)                 -                           yes
external               external=true                                 exclude_external=true       yes
bots                   exclude_humans=true                           -                           yes
two_factor_enabled     two_factor=enabled                            two_factor=disabled         yes
two_factor_disabled    two_factor=disabled                           two_factor=enabled          yes
provider_<name>        (none: GitLab needs provider and extern_uid)  -                           yes
attr_<key>=<value>     custom_attributes[key]=value                  -                           yes
                       (+ with_custom_attributes=true to re-check)
=====================  ============================================  ==========================  =====

"(GitLab)" groups cannot be decided from the user entity: their members are the ids GitLab returns for
the filter (for ``internal``: the ids exclude_internal=true does not return), intersected by id.
``dormant`` is GitLab's ``active`` users that GET /user/activities does not list as active within the last
``dormant_days`` days, or never active and created before them (see _user_selection/activity.py).
"admin": non-administrators never see blocked, LDAP-blocked or banned users, and GitLab ignores
without_projects for them, so those atoms need an administrator token too.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
from typing import Any, Callable, Iterable, Mapping, Optional

UNION, INTERSECTION, EXCLUSION = "union", "intersection", "exclusion"
SEPARATORS = ",:"
# Characters of GitLab usernames (app/models/namespace.rb path format; no whitespace, ':' or ',').
USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
GLOB_CHARS = frozenset("*?[")
PROVIDER_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
# GitLab's fuzzy search only matches terms of 3+ characters as substrings (lib/gitlab/sql/pattern.rb).
MIN_SEARCH_TERM = 3
# A bare word this similar to a group name is taken for a misspelt group (difflib ratio).
GROUP_TYPO_CUTOFF = 0.85
DEFAULT_MAX_QUERIES = 30

ADMIN_FIELDS = "GitLab shows this field to administrators only"
ADMIN_STATES = "GitLab lists users in this state to administrators only"
ADMIN_FILTER = "GitLab applies this filter for administrators only"
ADMIN_ACTIVITY = "GitLab lists users' activity (GET /user/activities) to administrators only"
# The group of active users without recent activity (_user_selection/activity.py decides who is in it).
DORMANT = "dormant"


class PatternError(ValueError):
    """A pattern that cannot be parsed or evaluated. `str()` names the pattern, the part and where it is."""

    def __init__(self, reason: str, pattern: Any = None, part: Optional[str] = None,
                 position: Optional[int] = None, item: Optional[int] = None):
        self.reason = reason
        self.pattern = pattern
        self.part = part
        self.position = position  # 1-based character in the pattern text (or in its list item)
        self.item = item  # 1-based list item, when the pattern was a list
        super().__init__(self._message())

    def _message(self) -> str:
        where = []
        if self.pattern is not None:
            where.append("user pattern %s" % _quote(self.pattern))
        if self.item is not None:
            where.append("item %d" % self.item)
        if self.part is not None:
            where.append("part %s" % _quote(self.part))
        if self.position is not None:
            if self.part is not None:
                where[-1] += " at character %d" % self.position
            else:
                where.append("at character %d" % self.position)
        return "%s: %s" % (", ".join(where), self.reason) if where else self.reason


class _MissingField(Exception):
    def __init__(self, field: str):
        self.field = field
        super().__init__(field)


def _quote(value: Any) -> str:
    return '"%s"' % value if isinstance(value, str) else repr(value)


def _field(user: Mapping[str, Any], name: str) -> Any:
    if name not in user:
        raise _MissingField(name)
    return user[name]


def _state_is(*states: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda user: _field(user, "state") in states


def _flag(name: str, expected: bool = True) -> Callable[[Mapping[str, Any]], bool]:
    return lambda user: bool(_field(user, name)) is expected


def _is_auditor(user: Mapping[str, Any]) -> bool:
    _field(user, "is_admin")  # the admin entity; CE has no auditors and no is_auditor field
    return bool(user.get("is_auditor"))


class _Group:
    """A named group: a predicate on the user entity (`test`), or GitLab's own filter (`server`).

    `push`: GET /users params returning a superset of the members. `exclude_push`: params returning
    exactly the non-members (so an exclusion can be pushed down). `server`/`server_negated`: the exact
    filter whose ids are the members (or, negated, the non-members) when `test` is None."""

    def __init__(self, name: str, test: Optional[Callable[[Mapping[str, Any]], bool]] = None,
                 push: Optional[dict] = None, exclude_push: Optional[dict] = None,
                 server: Optional[dict] = None, server_negated: bool = False, admin: Optional[str] = None):
        self.name = name
        self.test = test
        self.push = push or {}
        self.exclude_push = exclude_push
        self.server = server
        self.server_negated = server_negated
        self.admin = admin


_EXCLUDE_ACTIVE = {"exclude_active": True}  # without_active: every state but active (UsersFinder)
GROUPS = {group.name: group for group in (
    _Group("all", test=lambda user: True),
    _Group("active", push={"active": True}, server={"active": True}),
    _Group("blocked", _state_is("blocked", "ldap_blocked"), push={"blocked": True}, admin=ADMIN_STATES),
    _Group("ldap_blocked", _state_is("ldap_blocked"), push={"blocked": True}, admin=ADMIN_STATES),
    _Group("banned", _state_is("banned"), push=_EXCLUDE_ACTIVE, admin=ADMIN_STATES),
    _Group("deactivated", _state_is("deactivated"), push=_EXCLUDE_ACTIVE),
    _Group("pending_approval", _state_is("blocked_pending_approval"), push=_EXCLUDE_ACTIVE),
    _Group("admins", _flag("is_admin"), push={"admins": True}, admin=ADMIN_FIELDS),
    _Group("auditors", _is_auditor, push={"auditors": True}, admin=ADMIN_FIELDS),
    _Group("external", _flag("external"), push={"external": True}, exclude_push={"exclude_external": True},
           admin=ADMIN_FIELDS),
    _Group("bots", _flag("bot"), push={"exclude_humans": True}, admin=ADMIN_FIELDS),
    _Group("humans", push={"humans": True}, exclude_push={"exclude_humans": True}, server={"humans": True}),
    # Internal users are never humans (has_user_type.rb), so exclude_humans lists a superset of them.
    _Group("internal", push={"exclude_humans": True}, exclude_push={"exclude_internal": True},
           server={"exclude_internal": True}, server_negated=True),
    _Group("two_factor_enabled", _flag("two_factor_enabled"), push={"two_factor": "enabled"},
           exclude_push={"two_factor": "disabled"}, admin=ADMIN_FIELDS),
    _Group("two_factor_disabled", _flag("two_factor_enabled", False), push={"two_factor": "disabled"},
           exclude_push={"two_factor": "enabled"}, admin=ADMIN_FIELDS),
    _Group("without_projects", push={"without_projects": True}, server={"without_projects": True},
           admin=ADMIN_FILTER),
    # Dormant users are active ones (GitLab's active=true lists the candidates); GET /user/activities then
    # tells which of them were active lately (_user_selection/activity.py: settle_dormant).
    _Group(DORMANT, push={"active": True}, server={"active": True}, admin=ADMIN_ACTIVITY),
)}
GROUP_NAMES = tuple(sorted(GROUPS))
# "all" is too short to guess at: hall, ball and wall are real usernames, not typos.
TYPO_CHECKED_GROUPS = tuple(name for name in GROUP_NAMES if name != "all")
PREFIX_PROVIDER = "provider_"
PREFIX_ATTRIBUTE = "attr_"


class Atom:
    """One part of a pattern without its operator: what it selects, how to push it down, how to check it."""

    def __init__(self, kind: str, text: str, value: Any, position: int, item: Optional[int] = None,
                 source: Any = None):
        self.kind = kind  # group, username, glob, regex, provider, attribute
        self.text = text  # as written (without the & or ! operator)
        self.value = value
        self.position = position  # 1-based, in the pattern text or its list item
        self.item = item
        self.source = source  # the whole pattern, for error messages
        self.group = GROUPS.get(value) if kind == "group" else None

    def __repr__(self) -> str:
        return "Atom(%s, %r)" % (self.kind, self.text)

    @property
    def server_side(self) -> bool:
        """True when GitLab decides membership (the atom is a filter, not a field of the entity)."""
        return self.group is not None and self.group.test is None

    @property
    def admin_reason(self) -> Optional[str]:
        if self.group is not None:
            return self.group.admin
        if self.kind in ("provider", "attribute"):
            return ADMIN_FIELDS
        return None

    def push(self) -> dict:
        """GET /users params that return a superset of the users this atom selects."""
        if self.group is not None:
            return dict(self.group.push)
        if self.kind == "username":
            return {"username": self.value}
        if self.kind == "glob":
            term = _longest_literal(self.value)
            return {"search": term} if len(term) >= MIN_SEARCH_TERM else {}
        if self.kind == "attribute":
            return {"custom_attributes[%s]" % self.value[0]: self.value[1]}
        return {}

    def exclude_push(self) -> Optional[dict]:
        """GET /users params that return exactly the users this atom does not select, or None."""
        if self.group is not None and self.group.exclude_push is not None:
            return dict(self.group.exclude_push)
        return None

    def holds(self, user: Mapping[str, Any], memberships: Optional[Mapping[str, Any]] = None) -> bool:
        try:
            return self._holds(user, memberships)
        except _MissingField as missing:
            reason = "the user entity has no %s field" % missing.field
            if missing.field == "custom_attributes":
                reason += " (list users with with_custom_attributes=true, as an administrator)"
            elif self.admin_reason == ADMIN_FIELDS:
                reason += " (%s: use an administrator token)" % ADMIN_FIELDS
            raise PatternError(reason, pattern=self.source, part=self.text, position=self.position,
                               item=self.item) from None

    def _holds(self, user: Mapping[str, Any], memberships: Optional[Mapping[str, Any]]) -> bool:
        if self.group is not None:
            if self.group.test is not None:
                return self.group.test(user)
            members = (memberships or {}).get(self.value)
            if members is None:
                raise PatternError("GitLab decides who is in group %s: evaluate the pattern with find_users() "
                                   "or pass the ids of its members" % self.value,
                                   pattern=self.source, part=self.text, position=self.position, item=self.item)
            return _field(user, "id") in members
        if self.kind == "username":
            return _field(user, "username").lower() == self.value.lower()
        if self.kind == "glob":
            return fnmatch.fnmatchcase(_field(user, "username").lower(), self.value.lower())
        if self.kind == "regex":
            return self.value.match(_field(user, "username")) is not None
        if self.kind == "provider":
            return any(identity.get("provider") == self.value for identity in _field(user, "identities") or ())
        key, value = self.value
        return any(attribute.get("key") == key and attribute.get("value") == value
                   for attribute in _field(user, "custom_attributes") or ())


class Term:
    """An atom with its operator (UNION, INTERSECTION or EXCLUSION)."""

    def __init__(self, operator: str, atom: Atom):
        self.operator = operator
        self.atom = atom

    def __repr__(self) -> str:
        return "Term(%s, %r)" % (self.operator, self.atom)


class Pattern:
    """A parsed pattern: `terms` in evaluation order (unions, intersections, exclusions)."""

    def __init__(self, source: Any, terms: list[Term]):
        self.source = source
        self.terms = terms
        self.unions = [t.atom for t in terms if t.operator == UNION] or [
            Atom("group", "all", "all", 0, None, source)]  # Ansible's order_patterns: only & and ! start from all
        self.intersections = [t.atom for t in terms if t.operator == INTERSECTION]
        self.exclusions = [t.atom for t in terms if t.operator == EXCLUSION]

    def __repr__(self) -> str:
        return "Pattern(%r)" % (self.source,)

    @property
    def atoms(self) -> list[Atom]:
        return self.unions + self.intersections + self.exclusions

    @property
    def server_groups(self) -> list[str]:
        """Groups whose members GitLab decides: `matches`/`select` need their ids in `memberships`."""
        return _unique(atom.value for atom in self.atoms if atom.server_side)

    @property
    def admin_reasons(self) -> list[str]:
        """Why this pattern needs an administrator token ("admins: GitLab shows ..."), or []."""
        return _unique("%s: %s" % (atom.text, atom.admin_reason) for atom in self.atoms if atom.admin_reason)

    @property
    def needs_admin(self) -> bool:
        return bool(self.admin_reasons)

    @property
    def needs_custom_attributes(self) -> bool:
        return any(atom.kind == "attribute" for atom in self.atoms)

    def matches(self, user: Mapping[str, Any], memberships: Optional[Mapping[str, Any]] = None) -> bool:
        """Does the pattern select `user` (a GET /users entity)? `memberships`: for each of
        `server_groups`, the ids of its members (a set)."""
        return (any(atom.holds(user, memberships) for atom in self.unions)
                and all(atom.holds(user, memberships) for atom in self.intersections)
                and not any(atom.holds(user, memberships) for atom in self.exclusions))

    def select(self, users: Iterable[Mapping[str, Any]],
               memberships: Optional[Mapping[str, Any]] = None) -> list:
        """The selected users, each id once (the first seen), in id order."""
        return [user for user in _by_id(users) if self.matches(user, memberships)]

    def names(self, user: Mapping[str, Any], group: str) -> bool:
        """Whether a part that selects (a union or an intersection) is `group` itself or the user's exact
        username. Broad parts (all, globs, ~regex, other groups) select users without naming them."""
        return any((atom.kind == "group" and atom.value == group) or (atom.kind == "username" and atom.holds(user))
                   for atom in self.unions + self.intersections)

    def unmatched_usernames(self, users: Iterable[Mapping[str, Any]]) -> list[str]:
        """Exact usernames of the pattern that name none of `users` (Ansible warns about such host names)."""
        known = {str(user.get("username", "")).lower() for user in users}
        return _unique(atom.value for atom in self.atoms if atom.kind == "username" and atom.value.lower() not in known)

    def plan(self, max_queries: int = DEFAULT_MAX_QUERIES) -> "QueryPlan":
        return QueryPlan(self, max_queries)

    def api_filters(self, max_queries: int = DEFAULT_MAX_QUERIES) -> list[dict]:
        """The GET /users parameter sets whose results together hold every user the pattern selects."""
        return self.plan(max_queries).queries


class QueryPlan:
    """How to fetch what a pattern needs with as little listing as GitLab allows.

    `queries`: GET /users params (without pagination) whose union is a superset of the selection.
    Each query is one union part's push-down combined with every intersection's push-down and the exact
    complement of every exclusion that has one; queries more specific than another are dropped, and
    more than `max_queries` collapse into their common filters.
    `membership_queries`: {group: params} for the server-side groups the candidates do not settle: the
    ids GitLab returns are the members (or the non-members, for `negated` groups). They carry the
    filters every query shares, so they list no more users than needed.
    `implied`: {group: bool} server-side groups settled by the queries themselves (every query
    carries the group's filter, or its exact complement)."""

    def __init__(self, pattern: Pattern, max_queries: int = DEFAULT_MAX_QUERIES):
        self.pattern = pattern
        common = {}
        for atom in pattern.intersections:
            _merge(common, atom.push())
        for atom in pattern.exclusions:
            _merge(common, atom.exclude_push() or {})
        queries = _most_general([_merge(dict(common), atom.push()) for atom in pattern.unions])
        if len(queries) > max(1, max_queries):
            queries = [_shared_items(queries)]
        if pattern.needs_custom_attributes:
            queries = [dict(query, with_custom_attributes=True) for query in queries]
        self.queries = queries
        shared = _shared_items([_filters_only(query) for query in queries])
        self.implied = {}
        self.membership_queries = {}
        self.negated = set()
        for atom in pattern.atoms:
            if not atom.server_side or atom.value in self.implied or atom.value in self.membership_queries:
                continue
            group = atom.group
            if group.server_negated:
                members_filter, non_members_filter = None, group.server
            else:
                members_filter, non_members_filter = group.server, group.exclude_push
            if members_filter and all(_contains(query, members_filter) for query in queries):
                self.implied[group.name] = True
            elif non_members_filter and all(_contains(query, non_members_filter) for query in queries):
                self.implied[group.name] = False
            else:
                # The group's own filter wins over a shared one on the same key: dropping a shared
                # filter only lists more users, and the ids are read among the candidates anyway.
                self.membership_queries[group.name] = dict(shared, **group.server)
                if group.server_negated:
                    self.negated.add(group.name)

    def memberships(self, candidates: Iterable[Mapping[str, Any]],
                    membership_results: Optional[Mapping[str, Iterable[Any]]] = None) -> dict[str, set]:
        """{group: member ids} from the candidates and the results of `membership_queries`
        (per group: the users, or their ids, GitLab returned)."""
        candidate_ids = {user["id"] for user in candidates}
        result = {name: set(candidate_ids) if value else set() for name, value in self.implied.items()}
        for name in self.membership_queries:
            if membership_results is None or name not in membership_results:
                raise PatternError("the users listed with %s (the members of group %s) are missing"
                                   % (self.membership_queries[name], name), pattern=self.pattern.source)
            ids = {entry["id"] if isinstance(entry, Mapping) else entry for entry in membership_results[name]}
            result[name] = candidate_ids - ids if name in self.negated else ids
        return result

    def select(self, candidates: Iterable[Mapping[str, Any]],
               membership_results: Optional[Mapping[str, Iterable[Any]]] = None) -> list:
        """The users the pattern selects among `candidates` (the results of `queries`), in id order."""
        candidates = _by_id(candidates)
        return self.pattern.select(candidates, self.memberships(candidates, membership_results))


# -- parsing ----------------------------------------------------------------------------------------
def parse_pattern(pattern: Any) -> Pattern:
    """Parse a pattern string or a list of them (see the module documentation). Raises PatternError."""
    if isinstance(pattern, (list, tuple)):
        items = list(pattern)
        if not items:
            raise PatternError("a pattern list must not be empty", pattern=pattern)
        terms = []
        for index, text in enumerate(items, 1):
            if not isinstance(text, str):
                raise PatternError("every item must be a string, got %s" % plain_type_name(text),
                                   pattern=pattern, item=index)
            terms.extend(_parse_text(text, pattern, index))
    elif isinstance(pattern, str):
        terms = _parse_text(pattern, pattern, None)
    else:
        raise PatternError("a pattern must be a string or a list of strings, got %s" % plain_type_name(pattern))
    if not terms:
        raise PatternError("the pattern selects nothing; write all to select every user", pattern=pattern)
    order = {UNION: 0, INTERSECTION: 1, EXCLUSION: 2}
    return Pattern(pattern, sorted(terms, key=lambda term: order[term.operator]))


def _parse_text(text: str, pattern: Any, item: Optional[int]) -> list[Term]:
    terms = []
    for chars in _split(text, pattern, item):
        # chars: [(index in text, character)] of one part with the quote characters removed
        while chars and chars[0][1].isspace():
            chars = chars[1:]
        while chars and chars[-1][1].isspace():
            chars = chars[:-1]
        if not chars:
            continue  # empty parts are ignored, as Ansible's split_host_pattern does
        operator = {"&": INTERSECTION, "!": EXCLUSION}.get(chars[0][1], UNION)
        if operator != UNION:
            operator_at, chars = chars[0][0], chars[1:]
            while chars and chars[0][1].isspace():
                chars = chars[1:]
            if not chars:
                raise PatternError("%s must be followed by a user, glob or group" % text[operator_at],
                                   pattern=pattern, part=text[operator_at], position=operator_at + 1, item=item)
        raw = text[chars[0][0]:chars[-1][0] + 1]
        terms.append(Term(operator, _parse_atom(chars, raw, pattern, item)))
    return terms


def _split(text: str, pattern: Any, item: Optional[int]) -> list:
    """Parts of `text` at , and : outside double quotes and [brackets] (Ansible keeps [x:y] together)."""
    parts, current = [], []
    quote_at = bracket_at = None
    for index, char in enumerate(text):
        if quote_at is not None:
            if char == '"':
                quote_at = None
            else:
                current.append((index, char))
        elif char == '"':
            quote_at = index
        elif bracket_at is not None:
            bracket_at = None if char == "]" else bracket_at
            current.append((index, char))
        elif char in SEPARATORS:
            parts.append(current)
            current = []
        else:
            bracket_at = index if char == "[" else None
            current.append((index, char))
    if quote_at is not None:
        raise PatternError("this double quote is never closed", pattern=pattern, part=text[quote_at:],
                           position=quote_at + 1, item=item)
    if bracket_at is not None:
        raise PatternError("this [ is never closed", pattern=pattern, part=text[bracket_at:],
                           position=bracket_at + 1, item=item)
    parts.append(current)
    return parts


def _parse_atom(chars: list, raw: str, pattern: Any, item: Optional[int]) -> Atom:
    value = "".join(char for _index, char in chars)
    position = chars[0][0] + 1

    def fail(reason, at=None):
        raise PatternError(reason, pattern=pattern, part=raw, position=(at if at is not None else chars[0][0]) + 1,
                           item=item)

    lowered = value.lower()
    if value.startswith("~"):
        if len(value) == 1:
            fail("~ must be followed by a regular expression")
        try:
            regex = re.compile(value[1:], re.IGNORECASE)
        except re.error as exc:
            fail("invalid regular expression: %s" % exc)
        return Atom("regex", value, regex, position, item, pattern)
    if value.startswith("@"):
        return _username_atom(chars[1:], value, position, item, pattern, fail, forced=True)
    if lowered.startswith(PREFIX_ATTRIBUTE):
        key, equals, wanted = value[len(PREFIX_ATTRIBUTE):].partition("=")
        if not equals:
            fail("custom attribute parts are attr_<key>=<value> (write @%s for a user of that name)" % value)
        if not key or any(char.isspace() or char in "[]" for char in key):
            fail("the custom attribute key must be non-empty, without whitespace or [ ]")
        if not wanted:
            fail("the custom attribute value must not be empty")
        return Atom("attribute", value, (key, wanted), position, item, pattern)
    if lowered.startswith(PREFIX_PROVIDER):
        name = value[len(PREFIX_PROVIDER):]
        if not PROVIDER_NAME.match(name):
            fail("provider parts are provider_<name>, the name made of letters, digits, _ . and - "
                 "(write @%s for a user of that name)" % value)
        return Atom("provider", value, name, position, item, pattern)
    if lowered in GROUPS:
        return Atom("group", value, lowered, position, item, pattern)
    return _username_atom(chars, value, position, item, pattern, fail, forced=False)


def _username_atom(chars: list, text: str, position: int, item: Optional[int], pattern: Any, fail: Callable,
                   forced: bool) -> Atom:
    name = "".join(char for _index, char in chars)
    if not name:
        fail("@ must be followed by a username or glob")
    in_bracket = None
    for offset, (index, char) in enumerate(chars):
        if in_bracket is not None:
            if char == "]":
                if offset == in_bracket + 1 or (offset == in_bracket + 2 and chars[in_bracket + 1][1] == "!"):
                    fail("a [set] in a glob must list at least one character", index)
                in_bracket = None
            elif char == ":":
                fail("subscripts such as [0:2] are not supported", index)
            elif char not in USERNAME_CHARS and not (char == "!" and offset == in_bracket + 1):
                fail("%s cannot appear in a username" % _describe_char(char), index)
        elif char == "[":
            in_bracket = offset
        elif char not in USERNAME_CHARS and char not in GLOB_CHARS:
            hint = " (separate parts with , or :)" if char.isspace() else ""
            fail("%s cannot appear in a username%s" % (_describe_char(char), hint), index)
    if any(char in GLOB_CHARS for _index, char in chars):
        return Atom("glob", text, name, position, item, pattern)
    if not forced:
        close = difflib.get_close_matches(name.lower(), TYPO_CHECKED_GROUPS, n=1, cutoff=GROUP_TYPO_CUTOFF)
        if close:
            fail("%s is not a group; did you mean %s? (write @%s for the user named %s)"
                 % (name, close[0], name, name))
    return Atom("username", text, name, position, item, pattern)


def plain_type_name(value: Any) -> str:
    """The name of the built-in type `value` is: ansible-core hands plugins subclasses of them whose names
    mean nothing to a user (_AnsibleTaggedInt from 2.19 on, AnsibleUnicode before)."""
    for cls in type(value).__mro__:
        if cls.__module__ == "builtins" and cls is not object:
            return cls.__name__
    return type(value).__name__


def _describe_char(char: str) -> str:
    return "whitespace" if char.isspace() else "'%s'" % char


# -- helpers ----------------------------------------------------------------------------------------
def _longest_literal(glob: str) -> str:
    """The longest run of plain characters in a glob (outside [sets]): every match contains it."""
    runs, current, in_set = [], "", False
    for char in glob:
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            runs.append(current)
            current = ""
        elif char in "*?":
            runs.append(current)
            current = ""
        else:
            current += char
    runs.append(current)
    return max(runs, key=len)


def _merge(query: dict, extra: Mapping[str, Any]) -> dict:
    """Add `extra` filters to `query`; a filter on a key it already has with another value is left
    out (the result is then a superset, which is all a push-down promises)."""
    for key, value in extra.items():
        query.setdefault(key, value)
    return query


def _contains(query: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    return all(key in query and query[key] == value for key, value in filters.items())


def _most_general(queries: list[dict]) -> list[dict]:
    """Drop duplicates and queries that carry every filter of another one (their users are a subset)."""
    kept = []
    for query in sorted(queries, key=len):
        if not any(_contains(query, other) for other in kept):
            kept.append(query)
    return [query for query in queries if any(query is other for other in kept)]


def _shared_items(queries: list[dict]) -> dict:
    first, rest = queries[0], queries[1:]
    return {key: value for key, value in first.items() if all(key in q and q[key] == value for q in rest)}


def _filters_only(query: Mapping[str, Any]) -> dict:
    return {key: value for key, value in query.items() if key != "with_custom_attributes"}


def _by_id(users: Iterable[Mapping[str, Any]]) -> list:
    seen = {}
    for user in users:
        seen.setdefault(user["id"], user)
    return [seen[key] for key in sorted(seen)]


def _unique(values: Iterable[Any]) -> list:
    result = []
    for value in values:
        if value not in result:
            result.append(value)
    return result
