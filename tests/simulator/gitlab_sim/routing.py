"""A small Grape-like router.

Endpoint modules register handlers with `@route("GET", "/users/<int:id>")`. `<int:name>` matches
digits only (Grape `requirements: { id: /[0-9]*/ }`: `/users/ASDF` falls through to the catch-all
404 `{"error":"404 Not Found"}`), `<str:name>` matches one path segment (`USER_REQUIREMENTS`).

A handler is `handler(call, **path_args)` and returns either a JSON-able body (status: GET/PUT/PATCH
200, POST 201, DELETE 204) or a `Reply` for another status, headers or a raw body.
"""
from __future__ import annotations

import re

ROUTES = []  # (method, compiled regex, handler, converters)

_SEGMENT = re.compile(r"<(int|str):([a-z_]+)>")


class Reply:
    def __init__(self, body=None, status=None, headers=None, raw=None, content_type="application/json"):
        self.body = body
        self.status = status
        self.headers = dict(headers or {})
        self.raw = raw  # bytes/str sent as-is (e.g. `null`, `true`) when set
        self.content_type = content_type


def route(method, pattern):
    def register(handler):
        converters = {}

        def to_regex(match):
            kind, name = match.group(1), match.group(2)
            converters[name] = int if kind == "int" else str
            return "(?P<%s>[0-9]+)" % name if kind == "int" else "(?P<%s>[^/]+)" % name

        regex = re.compile("^" + _SEGMENT.sub(to_regex, pattern) + "$")
        ROUTES.append((method, regex, handler, converters))
        return handler

    return register


def resolve(method, path):
    """-> (handler, path_args) or (None, allowed_methods). HEAD is served by GET routes."""
    allowed = set()
    lookup = "GET" if method == "HEAD" else method
    for route_method, regex, handler, converters in ROUTES:
        match = regex.match(path)
        if not match:
            continue
        if route_method != lookup:
            allowed.add(route_method)
            continue
        args = {name: converters[name](value) for name, value in match.groupdict().items()}
        return handler, args
    return None, allowed
