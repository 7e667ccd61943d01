"""GET /users: filters, search, ordering, visibility and entities.

A dedicated simulator holds a known population, so results can be compared exactly."""
from __future__ import annotations

import datetime
import time

import pytest


MILLISECOND = datetime.timedelta(milliseconds=1)
USER_BASIC_KEYS = ["id", "username", "name", "state", "locked", "avatar_url", "web_url"]
USER_WITH_ADMIN_TAIL = ["is_admin", "note", "namespace_id", "created_by", "email_reset_offered_at"]


@pytest.fixture(scope="module")
def people(site):
    """A known population (root is user 1)."""
    made = {}
    for username, name, extra in [
        ("alice", "Alice Smith", {"public_email": "alice@example.com"}),
        ("bob", "Bob Smith", {}),
        ("carol", "Carol Jones", {"external": True}),
        ("dave", "Dave Admin", {"admin": True}),
        ("erin", "Erin Quinn", {}),
        ("frank", "Frank Banner", {}),
        ("grace", "Grace Pending", {}),
        ("henry", "Henry Ldap", {"extern_uid": "uid=henry,ou=People,dc=example,dc=com", "provider": "ldapmain"}),
        ("botty", "Project Bot", {}),
        ("alerty", "Alert Bot", {}),
        ("al", "Al", {}),
        ("jsmith", "John Smith", {"extern_uid": "4242", "provider": "github"}),
    ]:
        made[username] = site.create_user(username, name=name, **extra)
    site.api("POST", "/users/%d/block" % made["bob"]["id"])
    site.poke_user("erin", state="deactivated")
    site.api("POST", "/users/%d/ban" % made["frank"]["id"])
    site.poke_user("grace", state="blocked_pending_approval")
    site.poke_user("henry", state="ldap_blocked")
    site.poke_user("botty", user_type="project_bot")
    site.poke_user("alerty", user_type="alert_bot")
    site.poke_user("carol", two_factor_enabled=True)
    site.api("PUT", "/users/%d/custom_attributes/team" % made["alice"]["id"], json={"value": "red"})
    site.api("PUT", "/users/%d/custom_attributes/team" % made["bob"]["id"], json={"value": "blue"})
    site.api("PUT", "/users/%d/custom_attributes/tier" % made["alice"]["id"], json={"value": "gold"})
    made["_user_token"] = site.token_for("jsmith")
    return made


def wait_until(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def names(response):
    assert response.status_code == 200, response.text
    return [user["username"] for user in response.json()]


def admin_list(site, **params):
    return names(site.api("GET", "/users", params=dict({"per_page": 100}, **params)))


def user_list(site, people, **params):
    return names(site.api("GET", "/users", token=people["_user_token"], params=dict({"per_page": 100}, **params)))


ALL = ["jsmith", "al", "alerty", "botty", "henry", "grace", "frank", "erin", "dave", "carol", "bob", "alice", "root"]


def test_admin_sees_everyone_in_id_descending_order(site, people):
    assert admin_list(site) == ALL


def test_non_admins_do_not_see_blocked_banned_or_ldap_blocked_users(site, people):
    assert user_list(site, people) == [n for n in ALL if n not in ("henry", "frank", "bob")]


def test_entities_are_user_basic_for_users_and_user_with_admin_for_admins(site, people):
    basic = site.api("GET", "/users", token=people["_user_token"], params={"username": "alice"}).json()[0]
    assert list(basic) == USER_BASIC_KEYS
    full = site.api("GET", "/users", params={"username": "alice"}).json()[0]
    assert list(full)[:7] == USER_BASIC_KEYS and list(full)[-5:] == USER_WITH_ADMIN_TAIL
    assert full["email"] == "alice@example.com" and full["created_by"]["username"] == "root"


@pytest.mark.parametrize("params, expected", [
    ({"username": "ALICE"}, ["alice"]),
    ({"username": "ali"}, []),
    ({"active": "true"}, ["jsmith", "al", "botty", "dave", "carol", "alice", "root"]),
    ({"blocked": "true"}, ["henry", "bob"]),
    ({"external": "true"}, ["carol"]),
    ({"exclude_external": "true"}, [n for n in ALL if n != "carol"]),
    ({"exclude_internal": "true"}, [n for n in ALL if n != "alerty"]),
    ({"humans": "true"}, [n for n in ALL if n not in ("alerty", "botty")]),
    ({"exclude_humans": "true"}, ["alerty", "botty"]),
    ({"without_project_bots": "true"}, [n for n in ALL if n != "botty"]),
    ({"exclude_active": "true"}, ["henry", "grace", "frank", "erin", "bob"]),
    ({"admins": "true"}, ["dave", "root"]),
    ({"two_factor": "enabled"}, ["carol"]),
    ({"two_factor": "disabled"}, [n for n in ALL if n != "carol"]),
    ({"two_factor": "whatever"}, ALL),
    ({"without_projects": "true"}, ALL),
    ({"extern_uid": "4242", "provider": "github"}, ["jsmith"]),
    ({"extern_uid": "UID=henry, ou=people,dc=example,dc=com", "provider": "ldapmain"}, ["henry"]),
    ({"custom_attributes[team]": "red"}, ["alice"]),
    ({"custom_attributes[team]": "blue", "custom_attributes[tier]": "gold"}, []),
])
def test_admin_filters(site, people, params, expected):
    assert admin_list(site, **params) == expected


@pytest.mark.parametrize("params", [{"admins": "true"}, {"two_factor": "enabled"}, {"custom_attributes[team]": "red"},
                                    {"created_before": "2000-01-01T00:00:00Z"}, {"without_projects": "true"}])
def test_admin_only_filters_are_ignored_for_non_admins(site, people, params):
    assert user_list(site, people, **params) == user_list(site, people)


def test_created_before_and_after_bound_the_creation_time(site, people):
    created = datetime.datetime.fromisoformat(people["carol"]["created_at"].replace("Z", "+00:00"))
    window = {"created_after": created.isoformat(), "created_before": (created + MILLISECOND).isoformat()}
    assert admin_list(site, **window) == ["carol"]  # the API shows milliseconds, rows keep microseconds
    assert admin_list(site, created_after="2999-01-01") == []


def test_extern_uid_lookup_needs_an_admin_and_both_params(site, people):
    params = {"extern_uid": "4242", "provider": "github"}
    assert site.api("GET", "/users", token=False, params=params).status_code == 401
    response = site.api("GET", "/users", token=people["_user_token"], params=params)
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden"})
    response = site.api("GET", "/users", params={"extern_uid": "4242"})
    expected = {"error": "extern_uid, provider provide all or none of parameters"}
    assert (response.status_code, response.json()) == (400, expected)


def test_anonymous_callers_need_a_username(site, people):
    response = site.api("GET", "/users", token=False)
    expected = {"message": "403 Forbidden - Not authorized to access /api/v4/users"}
    assert (response.status_code, response.json()) == (403, expected)
    response = site.api("GET", "/users", token=False, params={"username": "alice"})
    assert [list(u) for u in response.json()] == [USER_BASIC_KEYS]
    assert names(site.api("GET", "/users", token=False, params={"username": "bob"})) == []  # blocked: hidden


def test_anonymous_is_refused_when_public_visibility_is_restricted(site, people):
    site.settings(restricted_visibility_levels=["public"])
    try:
        assert site.api("GET", "/users", token=False, params={"username": "alice"}).status_code == 403
    finally:
        site.settings(restricted_visibility_levels=[])


def test_custom_attributes_are_included_for_admins_only(site, people):
    full = site.api("GET", "/users", params={"username": "alice", "with_custom_attributes": "true"}).json()[0]
    assert full["custom_attributes"] == [{"key": "team", "value": "red"}, {"key": "tier", "value": "gold"}]
    assert list(full).index("custom_attributes") == list(full).index("web_url") - 1
    basic = site.api("GET", "/users", token=people["_user_token"],
                     params={"username": "alice", "with_custom_attributes": "true"}).json()[0]
    assert "custom_attributes" not in basic


@pytest.mark.parametrize("search, expected", [
    ("smith", ["alice", "bob", "jsmith"]),  # name match, relevance then name order
    ("SMITH", ["alice", "bob", "jsmith"]),
    ("@jsmith", ["jsmith"]),  # leading @ stripped; exact username first
    ("john smith", ["jsmith"]),  # every term must match
    ('"ohn smi"', ["jsmith"]),  # a quoted phrase is one term
    ("al", ["al"]),  # under 3 chars: exact name/username only
    ("Al", ["al"]),
    ("quinn erin", ["erin"]),
])
def test_search_matches_names_and_usernames(site, people, search, expected):
    assert admin_list(site, search=search) == expected


def test_search_by_email_is_exact_private_for_admins_public_for_users(site, people):
    assert admin_list(site, search="bob@example.com") == ["bob"]
    assert admin_list(site, search="bob@example") == []
    assert user_list(site, people, search="erin@example.com") == []  # private email
    assert user_list(site, people, search="alice@example.com") == ["alice"]  # public email


def test_search_relevance_puts_exact_matches_first(site, people):
    site.create_user("smithy", name="Zed Smith")
    site.create_user("smith", name="Zoe Smith")
    try:
        result = admin_list(site, search="smith")
        assert result[0] == "smith" and result[1:] == ["alice", "bob", "jsmith", "smithy"]
        assert admin_list(site, search="smith", order_by="id", sort="asc")[0] == "alice"  # explicit order wins
    finally:
        site.settings(delete_delay_ms=0)
        for username in ("smith", "smithy"):
            user = site.api("GET", "/users", params={"username": username}).json()[0]
            site.api("DELETE", "/users/%d" % user["id"], params={"hard_delete": "true"})
        wait_until(lambda: admin_list(site, search="smith") == ["alice", "bob", "jsmith"])
        site.settings(delete_delay_ms=200)


def test_order_by_and_sort(site, people):
    assert admin_list(site, order_by="username", sort="asc")[:3] == ["al", "alerty", "alice"]
    assert admin_list(site, order_by="name", sort="asc")[:2] == ["root", "al"]  # "Administrator" < "Al"
    assert admin_list(site, order_by="name", sort="desc")[0] == "botty"  # "Project Bot"
    assert admin_list(site, sort="asc") == list(reversed(ALL))


def test_order_by_created_at_really_orders_by_id(site, people):
    site.poke_user("alice", created_at="2030-01-01T00:00:00Z")
    try:
        assert admin_list(site, order_by="created_at", sort="desc") == ALL
    finally:
        site.poke_user("alice", created_at=people["alice"]["created_at"])


def test_non_admin_order_parameters_still_apply(site, people):
    assert user_list(site, people, order_by="username", sort="asc")[0] == "al"


def test_invalid_sort_and_order_by_are_rejected(site, people):
    response = site.api("GET", "/users", params={"sort": "up", "order_by": "email"})
    assert (response.status_code, response.json()) == (
        400, {"error": "order_by does not have a valid value, sort does not have a valid value"})
