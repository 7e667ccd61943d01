"""GitLab's spec of the pagination strategies, spec/lib/api/helpers/pagination_strategies_spec.rb (gitlabhq/gitlabhq),
ported on GET /users: offset pages stop at PlanLimits#offset_pagination_limit (50,000 by default, `page *
per_page` as requested, before the 100 cap) for types with keyset pagination that the version enforces, with
405 and GitLab's message; other lists and older versions serve the page. The versions: users have keyset
pagination from 16.5, and the limit applies to them from 17.0 (approximate, see gitlab_sim/api/users.py)."""
from __future__ import annotations

import pytest

LIMIT = 50000
MESSAGE = ("Offset pagination has a maximum allowed offset of %d for requests that return objects of type User. "
           "Remaining records can be retrieved using keyset pagination.")


@pytest.fixture
def fresh(site):
    site.reset()
    return site


def users_page(site, page, per_page=100, **params):
    return site.api("GET", "/users", params=dict(params, page=page, per_page=per_page))


def test_offset_limit_for_users(fresh):
    """pagination_strategies_spec.rb: #paginator > offset pagination > when keyset pagination is available and enforced for the relation >
        when a request scope is not given > when the default limits are exceeded > renders a 405 error
    pagination_strategies_spec.rb: #paginator > offset pagination > when keyset pagination is available and enforced for the relation >
        when a request scope is not given > when the default limits are not exceeded > delegates to OffsetPagination"""
    refused = users_page(fresh, LIMIT // 100 + 1)
    assert (refused.status_code, refused.json()) == (405, {"error": MESSAGE % LIMIT})
    assert not {"X-Page", "X-Total", "Link"} & set(refused.headers)
    served = users_page(fresh, LIMIT // 100)
    assert (served.status_code, served.json(), served.headers["X-Page"]) == (200, [], "500")
    # page 3000 of 25 (75,000 rows in): the same refusal whoever asks
    fresh.create_user("lister")
    as_user = fresh.api("GET", "/users", token=fresh.token_for("lister"), params={"page": 3000, "per_page": 25})
    assert (as_user.status_code, as_user.json()) == (405, {"error": MESSAGE % LIMIT})
    # the requested per_page counts, though a page holds 100 at most
    assert users_page(fresh, 250, per_page=201).status_code == 405
    assert users_page(fresh, 250, per_page=200).status_code == 200


def test_the_limit_is_the_plan_limit(fresh):
    """`(scope || Plan.default).actual_limits.offset_pagination_limit`: set on the Rails console in GitLab, with
    POST /-/sim/settings here; 0 turns it off (`offset_limit > 0 &&`)."""
    fresh.settings(offset_pagination_limit=1000)
    assert (users_page(fresh, 11).status_code, users_page(fresh, 11).json()) == (405, {"error": MESSAGE % 1000})
    assert users_page(fresh, 10).status_code == 200
    fresh.settings(offset_pagination_limit=0)
    assert users_page(fresh, 100000).status_code == 200


def test_lists_without_keyset_pagination_are_not_limited(fresh):
    """pagination_strategies_spec.rb: #paginator > offset pagination > when keyset pagination is not available for the relation >
        delegates to OffsetPagination"""
    for path in ("/users/1/keys", "/users/1/gpg_keys", "/users/1/followers", "/user/emails"):
        answer = fresh.api("GET", path, params={"page": LIMIT // 100 + 1, "per_page": 100})
        assert (answer.status_code, answer.json()) == (200, []), path


@pytest.mark.parametrize("version", ["16.5.0", "16.11.3"])
def test_keyset_capable_but_not_enforced_before_17_0(fresh, version):
    """pagination_strategies_spec.rb: #paginator > offset pagination > when keyset pagination is available and enforced for the relation >
        when a request scope is given > when the scope limit is exceeded > when keyset pagination is not enforced > returns no errors"""
    fresh.settings(version=version)
    fresh.create_user("second")
    assert users_page(fresh, LIMIT // 100 + 1).status_code == 200
    keyset = fresh.api("GET", "/users", params={"pagination": "keyset", "per_page": 1})
    assert keyset.status_code == 200 and "X-Next-Cursor" in keyset.headers  # keyset pagination is there


def test_before_16_5_users_have_offset_pages_only(fresh):
    fresh.settings(version="16.4.2")
    fresh.create_user("second")
    assert users_page(fresh, LIMIT // 100 + 1).status_code == 200
    asked = fresh.api("GET", "/users", params={"pagination": "keyset", "per_page": 1})
    assert asked.status_code == 200 and asked.headers["X-Page"] == "1" and "X-Next-Cursor" not in asked.headers
    relevance = fresh.api("GET", "/users", params={"pagination": "keyset", "search": "second"})
    assert relevance.status_code == 200  # no keyset paginator to refuse it


def test_keyset_refused_for_an_order_it_cannot_follow(fresh):
    """pagination_strategies_spec.rb: #paginator > for keyset pagination > when keyset pagination is available > delegates to Pager
    pagination_strategies_spec.rb: #paginator > for keyset pagination > when keyset pagination is not available > renders a 501 error

    (The example's name says 501; it expects 405, as GitLab answers.)"""
    fresh.create_user("second")
    paged = fresh.api("GET", "/users", params={"pagination": "keyset", "per_page": 1, "order_by": "id"})
    assert paged.status_code == 200 and "X-Next-Cursor" in paged.headers and "X-Page" not in paged.headers
    answer = fresh.api("GET", "/users", params={"pagination": "keyset", "search": "root"})
    assert (answer.status_code, answer.json()) == (
        405, {"error": "Keyset pagination is not yet available for this type of request"})
