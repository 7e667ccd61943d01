"""Grape-style parameter declaration, coercion and validation.

Grape validates every declared parameter before the endpoint body runs, collects the messages in
declaration order and answers 400 {"error": "a is missing, b is invalid"}. Handlers call
`declared(call, Param(...), AllOrNoneOf(...), ..., path={...})` first and then work on the coerced values:
parameters and group rules are checked in the order given, path parameters (`path`) like the others.
"""
from __future__ import annotations

import datetime
import re

from gitlab_sim.errors import param_error

MISSING = object()

_TRUE = {"true", "t", "1", "yes", "y", "on"}
_FALSE = {"false", "f", "0", "no", "n", "off"}


class Invalid(Exception):
    """A value that cannot be coerced to the declared type ("is invalid")."""


def to_bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value in (0, 1):
            return bool(value)
        raise Invalid()
    if isinstance(value, str) and value.strip().lower() in _TRUE:
        return True
    if isinstance(value, str) and value.strip().lower() in _FALSE:
        return False
    raise Invalid()


def to_int(value):
    if isinstance(value, bool):
        raise Invalid()
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d+\s*", value):
        return int(value)
    raise Invalid()


def to_str(value):
    if isinstance(value, (dict, list)):
        raise Invalid()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_RUBY_DATETIME = re.compile(
    r"\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[Tt ]:?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?"
    r"\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?\s*")


def parse_datetime(value):
    """Grape's DateTime coercion (Ruby `DateTime.parse`) for the forms clients send: an ISO 8601 date or
    date-time, leniently (one-digit months and days, `2022-01-01T:12:30:26`); UTC when no zone is given."""
    if isinstance(value, datetime.datetime):
        return value
    match = _RUBY_DATETIME.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise Invalid()
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        parsed = datetime.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                                   int(second or 0), int((fraction or "0")[:6].ljust(6, "0")))
    except ValueError:
        raise Invalid() from None
    offset = datetime.timezone.utc
    if zone and zone not in ("Z", "z"):
        digits = zone[1:].replace(":", "")
        delta = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        offset = datetime.timezone(delta if zone[0] == "+" else -delta)
    return parsed.replace(tzinfo=offset).astimezone(datetime.timezone.utc)


def to_date(value):
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise Invalid()


def to_str_list(value):
    """Grape `Array[String]` with `coerce_with: ...comma_separated...`: a list or "a,b,c"."""
    if isinstance(value, list):
        return [to_str(item) for item in value]
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    raise Invalid()


def to_hash(value):
    if isinstance(value, dict):
        return value
    raise Invalid()


def to_file(value):
    """A WorkhorseFile: only a multipart upload coerces."""
    if isinstance(value, dict) and "content" in value:
        return value
    raise Invalid()


COERCERS = {
    bool: to_bool,
    int: to_int,
    str: to_str,
    "datetime": parse_datetime,
    "date": to_date,
    "str_list": to_str_list,
    dict: to_hash,
    "file": to_file,
}


class Param:
    """One declared parameter. `type` is a key of COERCERS."""

    def __init__(self, name, type=str, required=False, values=None, default=MISSING, except_values=None):
        self.name = name
        self.type = type
        self.required = required
        self.values = values
        self.default = default
        self.except_values = except_values


class Group:
    """A Grape group rule over parameter names, checked where it is declared."""

    def __init__(self, *names):
        self.names = names

    def present(self, raw):
        return [name for name in self.names if raw.get(name) not in (MISSING, None)]


class AtLeastOneOf(Group):
    def message(self, raw):
        if not self.present(raw):
            return "%s are missing, at least one parameter must be provided" % ", ".join(self.names)
        return None


class AllOrNoneOf(Group):
    def message(self, raw):
        present = self.present(raw)
        if present and len(present) != len(self.names):
            return "%s provide all or none of parameters" % ", ".join(self.names)
        return None


class MutuallyExclusive(Group):
    def message(self, raw):
        if len(self.present(raw)) > 1:
            return "%s are mutually exclusive" % ", ".join(self.names)
        return None


def declared(call, *items, path=None):
    """Validate the request's params (and the `path` parameters) against `items`, Params and Group rules in
    declaration order. Returns {name: coerced value} for present params (plus declared defaults); raises the
    Grape 400 with every message. A missing parameter only reports "is missing": Grape runs the `values`
    check on present parameters only."""
    raw = dict(call.params)
    raw.update(path or {})
    messages = []
    result = {}
    for item in items:
        if isinstance(item, Group):
            message = item.message(raw)
            if message:
                messages.append(message)
            continue
        param = item
        value = raw.get(param.name, MISSING)
        if value is MISSING or (value is None and param.required):
            if param.required:
                messages.append("%s is missing" % param.name)
            elif param.default is not MISSING:
                result[param.name] = param.default
            continue
        if value == "" and param.type not in (str, "str_list", "file"):
            value = None  # Grape coerces an empty string to nil for every type but String
        if value is None:
            result[param.name] = param.default if param.default is not MISSING else None
            continue
        try:
            value = COERCERS[param.type](value)
        except Invalid:
            messages.append("%s is invalid" % param.name)
            continue
        if param.values is not None:
            candidates = value if isinstance(value, list) else [value]
            if any(candidate not in param.values for candidate in candidates):
                messages.append("%s does not have a valid value" % param.name)
                continue
        if param.except_values is not None and value in param.except_values:
            messages.append("%s has a value not allowed" % param.name)
            continue
        result[param.name] = value
    if messages:
        raise param_error(", ".join(messages))
    return result


def int_path(call, **path_values):
    """Integer path parameters without a route requirement (`:key_id`): Grape answers 400
    "<name> is invalid" for a non-integer, in declaration order."""
    return declared(call, *[Param(name, int, required=True) for name in path_values], path=path_values)


def rack_parse(pairs):
    """Rack-style nested keys: `a[b]=1` -> {"a": {"b": "1"}}, `a[]=1&a[]=2` -> {"a": ["1", "2"]}."""
    result = {}
    for key, value in pairs:
        match = re.fullmatch(r"([^\[\]]+)((?:\[[^\[\]]*\])*)", key)
        if not match:
            result[key] = value
            continue
        name, rest = match.group(1), match.group(2)
        subkeys = re.findall(r"\[([^\[\]]*)\]", rest)
        if not subkeys:
            result[name] = value
        elif subkeys == [""]:
            existing = result.get(name)
            result[name] = (existing if isinstance(existing, list) else []) + [value]
        else:
            target = result.setdefault(name, {})
            if not isinstance(target, dict):
                target = result[name] = {}
            for sub in subkeys[:-1]:
                target = target.setdefault(sub, {})
            target[subkeys[-1]] = value
    return result
