# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Request paths and query strings: every path segment quoted, and none that an HTTP stack would rewrite.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import re
import typing as t
from collections.abc import Mapping
from urllib.parse import quote

# A path segment that HTTP stacks (urllib3's parse_url, proxies, Rack) may remove or collapse: "", "." or
# "..", also percent-encoded. `DELETE /users/2/custom_attributes/..` would become `DELETE /users/2`.
_DOT_SEGMENT = re.compile(r"^(?:\.|%2e){1,2}$", re.IGNORECASE)

# Query parameters: a mapping, or (name, value) pairs (a name may repeat). Values are what Grape parses:
# str, int, bool (sent as true/false); None leaves the parameter out.
Params = t.Union[t.Mapping[str, t.Any], t.Iterable[t.Tuple[str, t.Any]]]


class UnsafePathSegment(ValueError):
    """A value that would become an empty, "." or ".." path segment, which HTTP stacks remove."""


def api_path(template: str, *args: t.Any) -> str:
    """api_path("/users/{}/keys/{}", 1, "a/b") -> "/users/1/keys/a%2Fb": every argument URL-quoted.

    Raises UnsafePathSegment for an argument that would become an empty, "." or ".." segment: quoting
    leaves dots alone, and the HTTP stack would then drop the segment and address the parent resource."""
    quoted = []
    for arg in args:
        if arg is None:
            raise UnsafePathSegment("None is not a usable path segment for %s" % template)
        text = str(arg)
        if not text or _DOT_SEGMENT.match(text):
            raise UnsafePathSegment("%r is not a usable path segment for %s: an empty, '.' or '..' segment "
                                    "would address another resource" % (text, template))
        quoted.append(quote(text, safe=""))
    return template.format(*quoted)


def check_path(path: str) -> None:
    """Refuse a request path with an empty, "." or ".." segment, which requests/urllib3 would rewrite."""
    segments = path.split("?", 1)[0].split("/")
    if not path.startswith("/") or any(_DOT_SEGMENT.match(segment) for segment in segments[1:]) or (
            "" in segments[1:-1]):
        raise UnsafePathSegment("the API path %r has an empty, '.' or '..' segment; refusing to send it" % path)


def encode_query(params: Params | None) -> list[tuple[str, t.Any]] | None:
    """The query as requests sends it: booleans as true/false, as GitLab (Grape) wants them, not Python's
    True/False; parameters whose value is None left out."""
    if params is None:
        return None
    items = params.items() if isinstance(params, Mapping) else params
    return [(key, ("true" if value else "false") if isinstance(value, bool) else value)
            for key, value in items if value is not None]
