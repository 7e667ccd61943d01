"""Offset and keyset pagination with GitLab's headers (behaviour doc section 5)."""
from __future__ import annotations

import base64
import json
import urllib.parse

from gitlab_sim import errors
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import Reply

COUNT_LIMIT = 10000  # Kaminari counts up to this many rows; above it X-Total/X-Total-Pages are dropped
MAX_PER_PAGE = 100


def pagination_params(call):
    values = declared(
        call,
        Param("page", int, default=1),
        Param("per_page", int, default=20, except_values=[0]),
    )
    page = values["page"]
    per_page = values["per_page"]
    if page < 1:
        raise errors.param_error("page does not have a valid value")
    if per_page < 1:
        raise errors.param_error("per_page does not have a valid value")
    return page, min(per_page, MAX_PER_PAGE)


def _link(call, query):
    """Link URLs: the request URL on the configured host, with every param re-rendered sorted (Rails
    `to_query`)."""
    base = call.external_url + "/api/v4" + call.path
    pairs = []
    for key in sorted(query):
        value = query[key]
        if isinstance(value, dict):
            pairs.extend(("%s[%s]" % (key, sub), value[sub]) for sub in sorted(value))
        elif isinstance(value, list):
            pairs.extend(("%s[]" % key, item) for item in value)
        elif value is not None:
            pairs.append((key, "true" if value is True else "false" if value is False else value))
    return base + "?" + urllib.parse.urlencode(pairs)


def paginate(call, items, render, extra_query=None):
    """Offset pagination of the already filtered and ordered list `items`.

    `render(item)` produces each entity. `extra_query` holds declared params with their defaults,
    which GitLab includes in Link URLs."""
    page, per_page = pagination_params(call)
    query = dict(call.params)
    query.update(extra_query or {})
    query["per_page"] = per_page
    total = len(items)
    start = (page - 1) * per_page
    chunk = items[start:start + per_page]
    counted = total <= COUNT_LIMIT
    has_next = total > start + per_page
    headers = {
        "X-Per-Page": str(per_page),
        "X-Page": str(page),
        "X-Next-Page": str(page + 1) if has_next else "",
        "X-Prev-Page": str(page - 1) if page > 1 else "",
    }
    links = []
    if page > 1:
        links.append('<%s>; rel="prev"' % _link(call, dict(query, page=page - 1)))
    if has_next:
        links.append('<%s>; rel="next"' % _link(call, dict(query, page=page + 1)))
    links.append('<%s>; rel="first"' % _link(call, dict(query, page=1)))
    if counted:
        total_pages = max(1, -(-total // per_page))
        headers["X-Total"] = str(total)
        headers["X-Total-Pages"] = str(total_pages)
        links.append('<%s>; rel="last"' % _link(call, dict(query, page=total_pages)))
    headers["Link"] = ", ".join(links)
    return Reply([render(item) for item in chunk], status=200, headers=headers)


def encode_cursor(data):
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor):
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError):
        raise errors.param_error("cursor is invalid") from None
    if not isinstance(data, dict):
        raise errors.param_error("cursor is invalid")
    return data


def paginate_keyset(call, items, render, sort_key, order_by, sort):
    """Keyset pagination: `items` is the full ordered list, `sort_key(item)` the comparable keyset
    value (including the id tie-breaker). No X-Total/X-Page headers; Link rel="next" only when more
    rows follow."""
    _page, per_page = pagination_params(call)
    cursor = call.params.get("cursor")
    start = 0
    if cursor:
        data = decode_cursor(str(cursor))
        last = tuple(data.get("k") or ())
        descending = sort == "desc"
        keys = [sort_key(item) for item in items]
        start = len(items)
        for index, key in enumerate(keys):
            if (key < last) if descending else (key > last):
                start = index
                break
    chunk = items[start:start + per_page]
    headers = {"X-Per-Page": str(per_page)}
    if start + per_page < len(items) and chunk:
        next_cursor = encode_cursor({"k": list(sort_key(chunk[-1])), "order_by": order_by, "sort": sort})
        query = dict(call.params, per_page=per_page, pagination="keyset", cursor=next_cursor,
                     order_by=order_by, sort=sort)
        query.pop("page", None)
        headers["Link"] = '<%s>; rel="next"' % _link(call, query)
        headers["X-Next-Cursor"] = next_cursor
    return Reply([render(item) for item in chunk], status=200, headers=headers)
