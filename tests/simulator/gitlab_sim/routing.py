"""A small Grape-like router.

Endpoint modules register handlers with `@route("GET", "/users/<int:id>")`. `<int:name>` matches
digits only (Grape `requirements: { id: /[0-9]*/ }`: `/users/ASDF` falls through to the catch-all
404 `{"error":"404 Not Found"}`), `<str:name>` matches one path segment (`USER_REQUIREMENTS`), `<path:name>` one or more segments: a group or
project path that the client URL-encoded (`NAMESPACE_OR_PROJECT_REQUIREMENTS`), which reaches the router with
its `%2F` decoded; the namespace helpers refuse slashes the client did not encode.

A handler is `handler(call, **path_args)` and returns either a JSON-able body (status: GET/PUT/PATCH
200, POST 201, DELETE 204) or a `Reply` for another status, headers or a raw body.
"""
from __future__ import annotations

import re

ROUTES = []  # (method, compiled regex, handler, converters): below /api/v4
WEB_ROUTES = []  # the same for the few non-API paths clients call (/oauth/token, uploaded avatars)

_SEGMENT = re.compile(r"<(int|str|path):([a-z_]+)>")


class Reply:
    """`thrown`: the answer of a lib/api/helpers.rb helper that goes through `error!` although its status is not an
    error (`not_modified!` 304, `no_content!` 204, `accepted!` 202): Grape throws it past the endpoint's `after`
    callbacks, so the request records no user activity (gitlab_sim.activity)."""

    def __init__(self, body=None, status=None, headers=None, raw=None, content_type="application/json",
                 thrown=False):
        self.body = body
        self.status = status
        self.headers = dict(headers or {})
        self.raw = raw  # bytes/str sent as-is (e.g. `null`, `true`) when set
        self.content_type = content_type
        self.thrown = thrown


def no_content():
    """lib/api/helpers.rb `no_content!`: `render_api_error!('204 No Content', 204)`, an empty 204 that is thrown."""
    return Reply(status=204, thrown=True)


def route(method, pattern, web=False, read_scopes=None, write_scopes=None):
    """Register `handler` for `method` and `pattern`; `read_scopes` replaces the token scopes a GET
    accepts (default: api, read_api, read_user - the Users API's), `write_scopes` those other methods
    accept (default: api; `allow_access_with_scope` adds e.g. create_runner)."""
    def register(handler):
        if read_scopes is not None:
            handler.read_scopes = tuple(read_scopes)
        if write_scopes is not None:
            handler.write_scopes = tuple(write_scopes)
        converters = {}

        def to_regex(match):
            kind, name = match.group(1), match.group(2)
            converters[name] = int if kind == "int" else str
            if kind == "path":
                return "(?P<%s>[^/]+(?:/[^/]+)*)" % name
            return "(?P<%s>[0-9]+)" % name if kind == "int" else "(?P<%s>[^/]+)" % name

        regex = re.compile("^" + _SEGMENT.sub(to_regex, pattern) + "$")
        (WEB_ROUTES if web else ROUTES).append((method, regex, handler, converters))
        return handler

    return register


def normalize_path(path):
    """What reaches GitLab's router: the front proxy (NGINX: `merge_slashes`, RFC 3986 dot-segment removal)
    turns `/api/v4/users/2/keys/..` into `/api/v4/users/2`, and Grape ignores one trailing slash, so
    `DELETE /api/v4/users/2/` deletes user 2."""
    segments = []
    for segment in path.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
            continue
        segments.append(segment)
    return "/" + "/".join(segments)


def resolve(method, path, web=False):
    """-> (handler, path_args) or (None, allowed_methods). HEAD is served by GET routes."""
    allowed = set()
    lookup = "GET" if method == "HEAD" else method
    for route_method, regex, handler, converters in (WEB_ROUTES if web else ROUTES):
        match = regex.match(path)
        if not match:
            continue
        if route_method != lookup:
            allowed.add(route_method)
            continue
        args = {name: converters[name](value) for name, value in match.groupdict().items()}
        return handler, args
    return None, allowed
