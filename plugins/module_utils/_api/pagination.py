# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Lists: every item of a GitLab list endpoint, page after page, by the `Link: rel="next"` header.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import typing as t
from urllib.parse import parse_qsl, urlsplit

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.connection import API_SUFFIX
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabUnexpectedAnswer
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.http_library import parse_header_links

if t.TYPE_CHECKING:
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import (
        GitLabClient, GitLabResponse, Headers, JsonObject)
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import Params

# GitLab's largest page: a bigger per_page is cut to this (config/initializers/kaminari_config.rb, max_per_page).
MAX_PER_PAGE = 100


def paginate(client: GitLabClient, path: str, params: Params | None = None, per_page: int = MAX_PER_PAGE,
             keyset: bool = False, headers: Headers | None = None) -> t.Iterator[JsonObject]:
    """Yield every item of the list at `path`, following `Link: rel="next"` (X-Total is not needed:
    GitLab omits it above 10,000 rows). `keyset=True` asks for cursor pagination (GET /users).
    Every page must be a JSON list of objects (else GitLabUnexpectedAnswer)."""
    query = dict(params or {})
    query["per_page"] = per_page
    if keyset:
        query.setdefault("pagination", "keyset")
        query.setdefault("order_by", "id")
        query.setdefault("sort", "asc")
    api_root = urlsplit(client.api_url).path  # "/api/v4" or "/<relative root>/api/v4"
    page: tuple[str, Params] | None = (path, query)
    while page is not None:
        page_path, page_query = page
        response = client.request("GET", page_path, params=page_query, headers=headers, expect="list")
        yield from response.json
        page = next_page(api_root, page_path, response)


def next_page(api_root: str, path: str, response: GitLabResponse) -> tuple[str, Params] | None:
    """(path, query) of the page after `response` (the answer to GET `path`), or None after the last one."""
    link = next_link(response.headers)
    if link is None:
        return None
    # Request the next page from *our* api_url: the Link names GitLab's configured external URL,
    # which may be another host (or scheme) than the one we reach it by; never send the token there.
    parts = urlsplit(link)
    if api_root in parts.path:
        next_path = parts.path.split(api_root, 1)[1]
    elif API_SUFFIX + "/" in parts.path:
        next_path = parts.path.split(API_SUFFIX, 1)[1]
    else:
        raise GitLabUnexpectedAnswer("GET", path.split("?", 1)[0], response.status,
                                     "unexpected pagination link %s" % link)
    return next_path, parse_qsl(parts.query, keep_blank_values=True)


def next_link(headers: t.Mapping[str, str]) -> str | None:
    """The URL of the next page, from `Link: <...>; rel="next"`, or None."""
    for link in parse_header_links(headers.get("Link", "")):
        if link.get("rel") == "next" and link.get("url"):
            return link["url"]
    return None
