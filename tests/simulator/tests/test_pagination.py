"""Offset and keyset pagination of GET /users, including a 10,000+ user
instance where GitLab stops counting."""
from __future__ import annotations

import urllib.parse

import gitlab
import pytest

from gitlab_sim.pytest_plugin import dedicated_simulator

BIG = 10050  # seeded users; with root the list has 10,051 rows, above Kaminari's 10,000 count limit
SMALL = 45  # seeded users on the small instance; 46 rows with root
DEFAULT_QUERY = ("active=false&admins=false&blocked=false&exclude_active=false&exclude_external=false&"
                 "exclude_humans=false&exclude_internal=false&external=false&humans=false&order_by=id&page={page}&"
                 "per_page={per_page}&sort=desc&with_custom_attributes=false&without_project_bots=false&"
                 "without_projects=false")


@pytest.fixture(scope="module")
def small():
    with dedicated_simulator("--seed-users", str(SMALL)) as handle:
        yield handle


@pytest.fixture(scope="module")
def big():
    with dedicated_simulator("--seed-users", str(BIG)) as handle:
        yield handle


def links(response):
    """{rel: url} of the Link header, keeping the header's order."""
    result = {}
    for part in filter(None, response.headers.get("Link", "").split(", ")):
        url, rel = part.split("; ")
        result[rel[5:-1]] = url[1:-1]
    return result


def query_of(url):
    return urllib.parse.urlsplit(url).query


def test_counted_offset_headers_and_links(small):
    response = small.api("GET", "/users", params={"per_page": 10, "page": 2})
    assert len(response.json()) == 10
    headers = response.headers
    counts = (headers["X-Total"], headers["X-Total-Pages"], headers["X-Per-Page"], headers["X-Page"])
    assert counts == ("46", "5", "10", "2")
    assert (headers["X-Next-Page"], headers["X-Prev-Page"]) == ("3", "1")
    rels = links(response)
    assert list(rels) == ["prev", "next", "first", "last"]
    assert query_of(rels["next"]) == DEFAULT_QUERY.format(page=3, per_page=10)
    assert query_of(rels["last"]) == DEFAULT_QUERY.format(page=5, per_page=10)
    assert rels["first"].startswith(small.url + "/api/v4/users?")


def test_default_order_is_id_descending_and_pages_do_not_overlap(small):
    first = [u["id"] for u in small.api("GET", "/users").json()]
    second = [u["id"] for u in small.api("GET", "/users", params={"page": 2}).json()]
    assert first == sorted(first, reverse=True) and first[-1] > second[0] and len(first) == 20


def test_last_and_out_of_range_pages(small):
    last = small.api("GET", "/users", params={"per_page": 10, "page": 5})
    assert (len(last.json()), last.headers["X-Next-Page"], last.headers["X-Prev-Page"]) == (6, "", "4")
    beyond = small.api("GET", "/users", params={"per_page": 10, "page": 9})
    assert (beyond.json(), beyond.headers["X-Next-Page"], beyond.headers["X-Prev-Page"]) == ([], "", "")
    assert list(links(beyond)) == ["first", "last"]


def test_per_page_is_capped_at_100_but_links_repeat_the_request(small):
    response = small.api("GET", "/users", params={"per_page": 500})
    assert (len(response.json()), response.headers["X-Per-Page"], response.headers["X-Total-Pages"]) == (46, "100", "1")
    assert "per_page=500" in query_of(links(response)["first"])


@pytest.mark.parametrize("params, error", [
    ({"per_page": 0}, "per_page has a value not allowed"),
    ({"page": "abc"}, "page is invalid"),
    ({"per_page": "x"}, "per_page is invalid"),
    ({"page": 0}, "page does not have a valid value"),
])
def test_bad_pagination_params(small, params, error):
    response = small.api("GET", "/users", params=params)
    assert (response.status_code, response.json()) == (400, {"error": error})


def test_empty_result_still_has_one_page(small):
    response = small.api("GET", "/users", params={"username": "nobody-here"})
    assert (response.json(), response.headers["X-Total"], response.headers["X-Total-Pages"]) == ([], "0", "1")
    assert query_of(links(response)["last"]).count("page=1") == 1


def test_links_keep_every_param_sorted_including_token_and_hashes(small):
    response = small.api("GET", "/users", token=False, params={
        "private_token": small.token, "search": "ada lovelace", "custom_attributes[b]": "2",
        "custom_attributes[a]": "1", "zeta": "ignored but kept"})
    query = query_of(links(response)["first"])
    keys = [pair.split("=")[0] for pair in query.split("&")]
    assert keys == sorted(keys)
    assert "private_token=" + small.token in query and "search=ada+lovelace" in query
    assert "custom_attributes%5Ba%5D=1&custom_attributes%5Bb%5D=2" in query and "zeta=ignored+but+kept" in query
    assert "order_by" not in query  # search relevance: reorder_users does not write defaults back


def test_offset_limit_answers_405(small):
    small.settings(offset_pagination_limit=30)
    try:
        response = small.api("GET", "/users", params={"per_page": 10, "page": 4})
        assert (response.status_code, response.json()) == (405, {"error": (
            "Offset pagination has a maximum allowed offset of 30 for requests that return objects of type User. "
            "Remaining records can be retrieved using keyset pagination.")})
        assert small.api("GET", "/users", params={"per_page": 10, "page": 3}).status_code == 200
        # the requested per_page counts, before the 100 cap
        small.settings(offset_pagination_limit=150)
        assert small.api("GET", "/users", params={"per_page": 200}).status_code == 405
    finally:
        small.settings(offset_pagination_limit=50000)


def test_above_ten_thousand_rows_the_totals_disappear(big):
    response = big.api("GET", "/users", params={"per_page": 100, "page": 2})
    assert "X-Total" not in response.headers and "X-Total-Pages" not in response.headers
    assert list(links(response)) == ["prev", "next", "first"]
    last = big.api("GET", "/users", params={"per_page": 100, "page": 101})
    assert (len(last.json()), last.headers["X-Next-Page"], last.headers["X-Prev-Page"]) == (51, "", "100")
    assert big.api("GET", "/users", params={"per_page": 100, "page": 102}).headers["X-Prev-Page"] == ""


def test_deep_offsets_need_keyset(big):
    response = big.api("GET", "/users", params={"per_page": 100, "page": 501})
    assert response.status_code == 405 and "maximum allowed offset of 50000" in response.json()["error"]


def test_python_gitlab_iterates_all_pages_of_a_big_instance(big):
    client = gitlab.Gitlab(big.url, private_token=big.token)
    ids = [user.id for user in client.users.list(iterator=True, per_page=100)]
    assert len(ids) == BIG + 1 == len(set(ids))
    assert ids == sorted(ids, reverse=True)


@pytest.mark.parametrize("order_by, sort", [("id", "asc"), ("name", "asc"), ("username", "desc"),
                                            ("updated_at", "asc"), ("created_at", "desc")])
def test_keyset_walks_the_whole_collection(big, order_by, sort):
    # Keyset::Paginator takes per_page as requested (no 100 cap), which keeps this walk short.
    params = {"pagination": "keyset", "per_page": 1000, "order_by": order_by, "sort": sort}
    response = big.api("GET", "/users", params=params)
    seen = []
    while True:
        assert response.status_code == 200, response.text
        assert "X-Total" not in response.headers and "X-Page" not in response.headers
        seen.extend(response.json())
        next_url = links(response).get("next")
        if not next_url:
            assert "X-Next-Cursor" not in response.headers
            break
        assert "cursor=" + urllib.parse.quote_plus(response.headers["X-Next-Cursor"]) in next_url
        response = big.session.get(next_url, headers={"PRIVATE-TOKEN": big.token})
    assert len(seen) == BIG + 1 == len({u["id"] for u in seen})
    column = "id" if order_by == "created_at" else order_by
    if column != "updated_at":  # updated_at is not exposed by the entity
        keys = [(u[column], u["id"]) for u in seen]
        assert keys == sorted(keys, reverse=(sort == "desc"))
    assert len(seen) // 1000 + 1 >= 11


def test_keyset_pages_of_one_hundred(big):
    params = {"pagination": "keyset", "per_page": 100}
    first = big.api("GET", "/users", params=params)
    assert len(first.json()) == 100 and first.json()[0]["id"] == BIG + 1  # default order: id desc
    query = dict(urllib.parse.parse_qsl(query_of(links(first)["next"])))
    assert (query["pagination"], query["order_by"], query["sort"], query["page"]) == ("keyset", "id", "desc", "1")
    second = big.session.get(links(first)["next"], headers={"PRIVATE-TOKEN": big.token})
    assert second.json()[0]["id"] == first.json()[-1]["id"] - 1


def test_keyset_previous_cursor_goes_back(big):
    params = {"pagination": "keyset", "per_page": 5, "order_by": "id", "sort": "asc"}
    first = big.api("GET", "/users", params=params)
    assert "X-Prev-Cursor" not in first.headers
    second = big.api("GET", "/users", params=dict(params, cursor=first.headers["X-Next-Cursor"]))
    assert [u["id"] for u in second.json()] == [6, 7, 8, 9, 10]
    back = big.api("GET", "/users", params=dict(params, cursor=second.headers["X-Prev-Cursor"]))
    assert [u["id"] for u in back.json()] == [1, 2, 3, 4, 5]


def test_keyset_is_refused_for_search_relevance(small):
    response = small.api("GET", "/users", params={"pagination": "keyset", "search": "ada"})
    assert (response.status_code, response.json()) == (
        405, {"error": "Keyset pagination is not yet available for this type of request"})
    ordered = {"pagination": "keyset", "search": "ada", "order_by": "id"}
    assert small.api("GET", "/users", params=ordered).status_code == 200


def test_python_gitlab_keyset_iteration(small):
    client = gitlab.Gitlab(small.url, private_token=small.token)
    users = list(client.users.list(iterator=True, pagination="keyset", order_by="id", sort="asc", per_page=7))
    assert [u.id for u in users] == list(range(1, SMALL + 2))


def _keyset_chain(handle, params):
    """Every user of a keyset listing, following rel="next", and the number of pages."""
    url, query, found, pages = handle.api_url + "/users", dict(params, pagination="keyset"), [], 0
    while url:
        response = handle.session.get(url, params=query, headers={"PRIVATE-TOKEN": handle.token}, timeout=30)
        assert response.status_code == 200, response.text
        found += [user["id"] for user in response.json()]
        pages += 1
        url, query = links(response).get("next"), None
    return found, pages


@pytest.mark.parametrize("params", [
    {"order_by": "id", "sort": "asc", "per_page": 7},
    {"order_by": "id", "sort": "desc", "per_page": 10},
    {"order_by": "created_at", "sort": "asc", "per_page": 9, "blocked": "true"},
    {"sort": "desc", "per_page": 5, "exclude_internal": "true", "external": "true"},
])
def test_keyset_pages_by_id_match_the_whole_filtered_and_ordered_list(small, params):
    """A keyset page ordered by id reads from its cursor on only (the simulator's shortcut for 100,000 users); what it
    lists must equal the full list: the users the filters keep, in the order asked (order_by=created_at is id order,
    the tie-breaker of app/models/user.rb sorting), page after page until there is no next one."""
    found, pages = _keyset_chain(small, params)
    whole = small.api("GET", "/users", params=dict(params, per_page=100)).json()
    assert found == [user["id"] for user in whole]
    assert pages == max(1, -(-len(found) // int(params["per_page"])))
    assert len(found) == len(set(found))


def test_created_at_bounds_are_inclusive_and_kept_on_every_keyset_page(small):
    """GET /users created_after/created_before (admins): created_at >= and <= the bound, both inclusive
    (app/models/concerns/created_at_filterable.rb), on every keyset page, since GitLab's next-page Link repeats the
    bounds (rendered by Rails to the second)."""
    users = small.api("GET", "/users", params={"per_page": 100, "order_by": "id", "sort": "asc"}).json()
    low, high = users[5]["created_at"], users[30]["created_at"]  # seeded a second apart, on whole milliseconds
    expected = [user["id"] for user in users if low <= user["created_at"] <= high]
    found, pages = _keyset_chain(small, {"created_after": low, "created_before": high, "order_by": "id",
                                         "sort": "asc", "per_page": 4})
    # Seed timestamps keep microseconds (tests/simulator/README.md): the rendered millisecond of the bound users
    # may fall before their exact time; only the users strictly inside are certain.
    assert set(expected[1:-1]) <= set(found) <= set(expected) and pages > 2
