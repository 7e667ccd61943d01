"""Offset and keyset pagination with GitLab's headers.

Offset: lib/gitlab/pagination/offset_pagination.rb + offset_header_builder.rb + Kaminari.
Keyset: lib/api/helpers/pagination_strategies.rb + keyset/cursor_pager.rb + keyset/paginator.rb.

Link URLs carry every Grape param of the request - the raw query and body params plus the declared
params with their coerced values and defaults - re-rendered with Rails `to_query` (sorted)."""
from __future__ import annotations

import base64
import binascii
import datetime
import json
import urllib.parse

from gitlab_sim import errors
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import Reply

COUNT_LIMIT = 10000  # Kaminari MAX_COUNT_LIMIT: above it X-Total, X-Total-Pages and rel="last" go away
MAX_PER_PAGE = 100  # config/initializers/kaminari_config.rb max_per_page
FORWARD, BACKWARD = "n", "p"  # Keyset::Paginator direction values in the cursor (`_kd`)


def pagination_params(call):
    """`use :pagination`: page/per_page Integers, per_page=0 rejected by `except_values`."""
    values = declared(
        call,
        Param("page", int, default=1),
        Param("per_page", int, default=20, except_values=[0]),
    )
    # Newer GitLab rejects non-positive values (FF only_positive_pagination_values).
    if values["page"] < 1:
        raise errors.param_error("page does not have a valid value")
    if values["per_page"] < 1:
        raise errors.param_error("per_page does not have a valid value")
    return values["page"], values["per_page"]


# -- Rails to_query ------------------------------------------------------------------------------
def to_param(value):
    """Ruby `to_param` of a coerced Grape value."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0).isoformat()  # DateTime#to_s: 2001-01-02T00:00:00+00:00
    return str(value)


def _to_query(key, value):
    """`Object#to_query` / `Array#to_query` / `Hash#to_query(namespace)` for one entry, or None."""
    if isinstance(value, dict):
        return to_query(value, namespace=key)
    if isinstance(value, list):
        if not value:
            return "%s=" % urllib.parse.quote_plus(key + "[]")
        return "&".join(_to_query(key + "[]", item) for item in value)
    return "%s=%s" % (urllib.parse.quote_plus(key), urllib.parse.quote_plus(to_param(value)))


def to_query(params, namespace=None):
    """`Hash#to_query`: entries rendered (nested as `a[b]=`, `a[]=`), empty hashes/arrays skipped,
    and the rendered entries sorted as strings."""
    parts = []
    for key, value in params.items():
        if isinstance(value, (dict, list)) and not value:
            continue
        parts.append(_to_query("%s[%s]" % (namespace, key) if namespace else str(key), value))
    return "&".join(sorted(parts))


def grape_params(call, declared_values=None):
    """The request's Grape `params`: everything the client sent, overlaid with declared values."""
    params = dict(call.raw_params)
    params.update(declared_values or {})
    return params


def page_url(call, params):
    return "%s%s?%s" % (call.external_url, call.full_path, to_query(params))


# -- offset pagination ---------------------------------------------------------------------------
def check_offset_limit(call, page, raw_per_page, type_name):
    """`offset_paginator`: types that support keyset pagination refuse deep offsets with 405. The
    check multiplies the *requested* per_page, before Kaminari clamps it to 100."""
    limit = int(call.state.settings.get("offset_pagination_limit") or 0)
    if type_name and limit > 0 and page * raw_per_page > limit:
        raise errors.ApiError(405, {"error": (
            "Offset pagination has a maximum allowed offset of %d for requests that return objects of type %s. "
            "Remaining records can be retrieved using keyset pagination." % (limit, type_name))})


def _offset_pages(total, page, per_page):
    """Kaminari's next/prev page and total pages, counted or (above 10,000 rows) without count."""
    start = (page - 1) * per_page
    if total > COUNT_LIMIT:
        out_of_range = start >= total
        has_next = not out_of_range and total > start + per_page
        return (page + 1 if has_next else None), (page - 1 if page > 1 and not out_of_range else None), None
    total_pages = -(-total // per_page)
    out_of_range = page > total_pages
    next_page = page + 1 if page < total_pages else None
    prev_page = page - 1 if page > 1 and not out_of_range else None
    return next_page, prev_page, total_pages


def paginate(call, items, render, extra_query=None, keyset_type=None):
    """Offset pagination of the already filtered and ordered list `items`.

    `render(item)` produces each entity. `extra_query` holds the declared params with their coerced
    values and defaults, which GitLab includes in Link URLs. `keyset_type` (e.g. "User") names the
    entity type when the resource also supports keyset pagination, which enforces the offset limit."""
    page, raw_per_page = pagination_params(call)
    check_offset_limit(call, page, raw_per_page, keyset_type)
    per_page = min(raw_per_page, MAX_PER_PAGE)
    params = grape_params(call, extra_query)
    params.update(page=page, per_page=raw_per_page)
    total = len(items)
    next_page, prev_page, total_pages = _offset_pages(total, page, per_page)
    headers = {
        "X-Per-Page": str(per_page),
        "X-Page": str(page),
        "X-Next-Page": str(next_page or ""),
        "X-Prev-Page": str(prev_page or ""),
    }
    links = []
    if prev_page:
        links.append('<%s>; rel="prev"' % page_url(call, dict(params, page=prev_page)))
    if next_page:
        links.append('<%s>; rel="next"' % page_url(call, dict(params, page=next_page)))
    links.append('<%s>; rel="first"' % page_url(call, dict(params, page=1)))
    if total_pages is not None:
        links.append('<%s>; rel="last"' % page_url(call, dict(params, page=max(total_pages, 1))))
    headers["Link"] = ", ".join(links)
    if total_pages is not None:
        headers["X-Total"] = str(total)
        headers["X-Total-Pages"] = str(max(total_pages, 1))
    start = (page - 1) * per_page
    return Reply([render(item) for item in items[start:start + per_page]], status=200, headers=headers)


# -- keyset pagination ---------------------------------------------------------------------------
def encode_cursor(data):
    """`Base64.urlsafe_encode64(JSON)` (with padding), like Keyset::Paginator::Base64CursorConverter."""
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode()


def decode_cursor(cursor):
    """A cursor that is not base64 JSON makes the Ruby converter raise: a plain 500."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, TypeError, binascii.Error):
        raise errors.internal_error() from None
    if not isinstance(data, dict):
        raise errors.internal_error()
    return data


class KeysetOrder:
    """How the list is ordered: `key(item)` gives the comparable sort tuple, `cursor(item)` the cursor
    attributes for an item, `key_from_cursor(attrs)` the tuple back (None when unusable)."""

    def __init__(self, key, cursor, key_from_cursor, descending):
        self.key = key
        self.cursor = cursor
        self.key_from_cursor = key_from_cursor
        self.descending = descending

    def after(self, item_key, boundary):
        return item_key < boundary if self.descending else item_key > boundary


def _keyset_window(items, order, per_page, attrs, direction):
    """-> (chunk, has_next, has_prev) following Keyset::Paginator#has_next_page?/has_previous_page?."""
    boundary = order.key_from_cursor(attrs) if attrs else None
    if boundary is None:
        if direction == BACKWARD:  # an attribute-less backward cursor is the last page
            chunk = items[-per_page:] if items else []
            return chunk, False, len(items) > len(chunk)
        chunk = items[:per_page]
        return chunk, len(items) > per_page, False
    keys = [order.key(item) for item in items]
    if direction == BACKWARD:
        before = [item for item, key in zip(items, keys) if order.after(boundary, key)]
        chunk = before[-per_page:]
        return chunk, True, len(before) > per_page
    following = [item for item, key in zip(items, keys) if order.after(key, boundary)]
    return following[:per_page], len(following) > per_page, True


def paginate_keyset(call, items, render, order, extra_query=None):
    """Keyset pagination (`pagination=keyset`): no X-Total/X-Page headers, `Link: rel="next"` plus
    X-Next-Cursor/X-Prev-Cursor. Keyset::Paginator uses the requested per_page as is (no clamp)."""
    _page, per_page = pagination_params(call)
    attrs, direction = {}, FORWARD
    cursor = call.params.get("cursor")
    if cursor not in (None, ""):
        attrs = decode_cursor(str(cursor))
        direction = attrs.pop("_kd", FORWARD)
    chunk, has_next, has_prev = _keyset_window(items, order, per_page, attrs, direction)
    headers = {}
    if has_next and chunk:
        next_cursor = encode_cursor(dict(order.cursor(chunk[-1]), _kd=FORWARD))
        headers["X-Next-Cursor"] = next_cursor
        params = grape_params(call, extra_query)
        params.update(per_page=per_page, cursor=next_cursor)
        headers["Link"] = '<%s>; rel="next"' % page_url(call, params)
    if has_prev and chunk:
        headers["X-Prev-Cursor"] = encode_cursor(dict(order.cursor(chunk[0]), _kd=BACKWARD))
    return Reply([render(item) for item in chunk], status=200, headers=headers)
