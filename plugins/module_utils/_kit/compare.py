# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Attribute tables: one declaration per managed attribute gives the argspec, the local checks, the
comparison with what GitLab returns, and the predicted entity for check mode.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A module declares its attributes once::

    ATTRIBUTES = AttributeTable(
        Attr("name", "str", nonempty=True),
        Attr("admin", "bool", key="is_admin", aliases=("isadmin",)),
        Attr("projects_limit", "int", minimum=0),
        Attr("public_email", "email", blank_clears=True),
    )
    spec = ATTRIBUTES.argument_spec()             # merged into the module's argspec
    problems = ATTRIBUTES.validate(params)        # local checks, each naming its option
    changes, unverifiable = ATTRIBUTES.plan(params, entity)
    after = ATTRIBUTES.predict(entity, changes)   # check mode: what GitLab would return
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple

# Devise's default email format (config/initializers/devise.rb: `config.email_regexp = /\A[^@\s]+@[^@\s]+\z/`).
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")

KINDS = ("str", "email", "bool", "int", "date", "list", "dict")
_ARG_TYPES = {"str": "str", "email": "str", "bool": "bool", "int": "int", "date": "str", "list": "list",
              "dict": "dict"}


def is_email(value: Any) -> bool:
    return isinstance(value, str) and bool(EMAIL_RE.match(value))


def parse_date(value: Any) -> Optional[datetime.date]:
    """An ISO date (YYYY-MM-DD, or the date part of a timestamp) -> date; None if it is not one."""
    if isinstance(value, datetime.date):
        return value if not isinstance(value, datetime.datetime) else value.date()
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def normalize(kind: str, value: Any) -> Any:
    """The comparable form of a value, whether given in the options or returned by GitLab.

    GitLab returns an unset string attribute as "" or null, and lower-cases stored emails."""
    if kind == "str":
        return "" if value is None else str(value)
    if kind == "email":
        return "" if value is None else str(value).strip().lower()
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return None if value is None else int(value)
    if kind == "date":
        day = parse_date(value) if value not in (None, "") else None
        return None if day is None else day.isoformat()
    if kind == "list":
        return sorted(str(item) for item in value or [])
    if kind == "dict":
        return dict((str(k), v) for k, v in (value or {}).items())
    raise ValueError("unknown attribute kind %r" % (kind,))


class Attr:
    """One managed attribute.

    option     the module option, and the API parameter unless `param` says otherwise
    kind       how values are compared (see KINDS)
    key        the entity key GitLab returns it under (default: the option)
    ee         only GitLab Premium/Ultimate returns it; on Free it cannot be verified
    readable   False: GitLab accepts it but never returns it, so it cannot be verified
    settable   False: GitLab returns it but the write endpoint drops it
    same       a custom comparison (desired, current, entity) -> bool, for values with server-side aliases
    blank_clears  "" is allowed and means "clear it" (otherwise a blank string is refused for str kinds)
    """

    def __init__(self, option: str, kind: str, key: Optional[str] = None, param: Optional[str] = None,
                 aliases: Iterable[str] = (), ee: bool = False, readable: bool = True, settable: bool = True,
                 minimum: Optional[int] = None, maximum: Optional[int] = None, max_length: Optional[int] = None,
                 choices: Optional[Iterable[Any]] = None, nonempty: bool = False, blank_clears: bool = False,
                 same: Optional[Callable[[Any, Any, Mapping[str, Any]], bool]] = None,
                 no_log: Optional[bool] = None, elements: Optional[str] = None) -> None:
        if kind not in KINDS:
            raise ValueError("unknown attribute kind %r for %s" % (kind, option))
        self.option = option
        self.kind = kind
        self.key = key or option
        self.param = param or option
        self.aliases = tuple(aliases)
        self.ee = ee
        self.readable = readable
        self.settable = settable
        self.minimum = minimum
        self.maximum = maximum
        self.max_length = max_length
        self.choices = list(choices) if choices is not None else None
        self.nonempty = nonempty
        self.blank_clears = blank_clears
        self._same = same
        self.no_log = no_log
        self.elements = elements

    def spec(self) -> Dict[str, Any]:
        spec: Dict[str, Any] = dict(type=_ARG_TYPES[self.kind])
        if self.aliases:
            spec["aliases"] = list(self.aliases)
        if self.choices is not None:
            spec["choices"] = list(self.choices)
        if self.no_log is not None:
            spec["no_log"] = self.no_log
        if self.kind == "list":
            spec["elements"] = self.elements or "str"
        return spec

    def problem(self, value: Any) -> Optional[str]:
        """Why `value` (already type-converted by Ansible) is unacceptable, naming the option; or None."""
        if value is None:
            return None
        if self.kind in ("str", "email", "date") and value == "":
            if self.blank_clears:
                return None
            return "%s must not be empty" % self.option
        if self.kind == "str" and self.nonempty and not value.strip():
            return "%s must not be empty" % self.option
        if self.kind == "email" and not is_email(value):
            return "%s must be an email address, got %r" % (self.option, value)
        if self.kind == "date" and (len(str(value)) != 10 or parse_date(value) is None):
            return "%s must be a date as YYYY-MM-DD, got %r" % (self.option, value)
        if self.kind == "int":
            if self.minimum is not None and value < self.minimum:
                return "%s must be %d or more, got %d" % (self.option, self.minimum, value)
            if self.maximum is not None and value > self.maximum:
                return "%s must be %d or less, got %d" % (self.option, self.maximum, value)
        if self.max_length is not None and isinstance(value, str) and len(value) > self.max_length:
            return "%s must be at most %d characters long, got %d" % (self.option, self.max_length, len(value))
        return None

    def same(self, desired: Any, current: Any, entity: Optional[Mapping[str, Any]] = None) -> bool:
        """Whether GitLab's `current` value already is the `desired` one."""
        if self._same is not None:
            return self._same(desired, current, entity or {})
        return normalize(self.kind, desired) == normalize(self.kind, current)

    def shown(self, value: Any) -> Any:
        """How the value appears in a diff: strings as GitLab would compare them."""
        return normalize(self.kind, value) if self.kind in ("str", "date") else value


class AttributeTable:
    """An ordered set of Attr: the argspec, the checks, the comparison and the prediction of one entity."""

    def __init__(self, *attributes: Attr) -> None:
        self.attributes: Tuple[Attr, ...] = tuple(attributes)
        self.by_option: Dict[str, Attr] = dict((attr.option, attr) for attr in attributes)
        if len(self.by_option) != len(self.attributes):
            raise ValueError("an option is declared twice")

    def __iter__(self):
        return iter(self.attributes)

    def __getitem__(self, option: str) -> Attr:
        return self.by_option[option]

    def __contains__(self, option: str) -> bool:
        return option in self.by_option

    def argument_spec(self) -> Dict[str, Dict[str, Any]]:
        return dict((attr.option, attr.spec()) for attr in self.attributes)

    def validate(self, params: Mapping[str, Any]) -> List[str]:
        """Problems with the given values, each naming its option; an empty list when all are fine."""
        problems = []
        for attr in self.attributes:
            problem = attr.problem(params.get(attr.option))
            if problem:
                problems.append(problem)
        return problems

    def managed(self, params: Mapping[str, Any]) -> List[Attr]:
        """The attributes the task manages: those the user gave (omitted ones are left alone)."""
        return [attr for attr in self.attributes if params.get(attr.option) is not None]

    def plan(self, params: Mapping[str, Any], entity: Mapping[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
        """-> (changes, unverifiable), both {option: desired value}.

        changes: managed attributes whose value differs and that a write can set.
        unverifiable: managed attributes that cannot be compared (never returned, or an EE field this
        GitLab does not return) or that differ but the write endpoint drops. They never make a task
        changed by themselves; a caller may send them along with other writes."""
        changes, unverifiable = {}, {}
        for attr in self.managed(params):
            desired = params[attr.option]
            if not attr.readable or attr.key not in entity:
                unverifiable[attr.option] = desired
            elif not attr.same(desired, entity.get(attr.key), entity):
                if attr.settable:
                    changes[attr.option] = desired
                else:
                    unverifiable[attr.option] = desired
        return changes, unverifiable

    def body(self, values: Mapping[str, Any]) -> Dict[str, Any]:
        """{option: value} -> {API parameter: value}."""
        return dict((self.by_option[option].param if option in self.by_option else option, value)
                    for option, value in values.items())

    def predict(self, entity: Mapping[str, Any], values: Mapping[str, Any]) -> Dict[str, Any]:
        """The entity as GitLab would return it after writing `values` ({option: value}); attributes it
        never returns stay out, and those the write endpoint drops keep their value, so the predicted diff
        matches what a real run shows."""
        predicted = dict(entity)
        for option, value in values.items():
            attr = self.by_option.get(option)
            if attr is not None and attr.readable and attr.settable and (attr.key in entity or not attr.ee):
                predicted[attr.key] = value
        return predicted

    def view(self, params: Mapping[str, Any], entity: Mapping[str, Any]) -> Dict[str, Any]:
        """The managed, readable attributes of `entity` keyed by option: one side of a diff."""
        return dict((attr.option, attr.shown(entity.get(attr.key))) for attr in self.managed(params)
                    if attr.readable and attr.key in entity)
