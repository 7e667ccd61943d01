"""GitLab's request spec spec/requests/api/users_spec.rb (gitlabhq/gitlabhq, newest), ported example by
example. Every docstring line `users_spec.rb: <describe> > ... > <example>` names a ported example; the
examples left out are listed with their reasons in SPEC_PORTS.md.

The spec's `let_it_be` population (an admin and `user`, username "user.withdot") is rebuilt on a fresh
instance of this module's own simulator by the `world` fixture, so counts such as "returns 2 users" hold.
GitLab's Admin Mode is not simulated: the spec's admin requests run as root."""
from __future__ import annotations

import datetime
import os
import time
import urllib.parse
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from gitlab_sim.pytest_plugin import days_from_today

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
NAMESPACE_FORMAT = ("can contain only letters, digits, '_', '-' and '.'. Cannot start with '-' or end in '.', "
                    "'.git' or '.atom'.")
OCI_PATH = ("can only include non-accented letters, digits, '_', '-' and '.'. It must not start with '-', '_', or "
            "'.', nor end with '-', '_', '.', '.git', or '.atom'.")
NOT_EXISTING = 99999999  # non_existing_record_id
RATE_WINDOW = 1800000000  # epoch seconds at the start of a rate-limit window (a multiple of 60 and 600)
RATE_LIMITED_BODY = '{"message":{"error":"This endpoint has been requested too many times. Try again later."}}'


class World:
    """The spec's records: `admin` is root, `user` is "user.withdot"; `make` adds the `let` users."""

    def __init__(self, site):
        site.reset()
        self.site = site
        self.admin = site.api("GET", "/users/1").json()
        self.user = site.create_user("user.withdot")
        self.user_token = site.token_for(self.user["username"])

    def make(self, state=None, username=None, **fields):
        user = self.site.create_user(username or "u%s" % uuid.uuid4().hex[:10], **fields)
        if state:
            self.site.poke_user(user["username"], state=state)
        return user

    def token(self, user, scopes=("api",)):
        return self.site.token_for(user["username"], scopes)

    def api(self, method, path, as_user=None, **kwargs):
        """As root (the spec's admin) by default; `as_user` "user", False (anonymous) or a user dict."""
        if as_user == "user":
            kwargs["token"] = self.user_token
        elif as_user is False:
            kwargs["token"] = False
        elif as_user is not None:
            kwargs["token"] = self.token(as_user)
        return self.site.api(method, path, **kwargs)

    def reload(self, user):
        return self.site.api("GET", "/users/%d" % user["id"]).json()

    def internals(self, user):
        return self.site._control("GET", "/users/%d" % user["id"])


@pytest.fixture
def world(site):
    return World(site)


def ids(response):
    return [row["id"] for row in response.json()]


def pagination_headers(response):
    """`include_pagination_headers`: X-Total, X-Total-Pages, X-Per-Page, X-Page, X-Next-Page, X-Prev-Page, Link."""
    return {"X-Total", "X-Total-Pages", "X-Per-Page", "X-Page", "X-Next-Page", "X-Prev-Page", "Link"} <= set(
        response.headers)


# -- admin notes --------------------------------------------------------------------------------------------
def test_admin_notes_create(world):
    """users_spec.rb: admin notes > POST /users > when unauthenticated > return authentication error
    users_spec.rb: admin notes > POST /users > when authenticated > as an admin > contains the note of the user
    users_spec.rb: admin notes > POST /users > when authenticated > as a regular user > does not allow creating new user"""
    assert world.api("POST", "/users", as_user=False).status_code == 401
    created = world.api("POST", "/users", json={"username": "noted", "name": "N", "email": "noted@example.com",
                                                "password": "Zq8-plum-orbit-77", "note": "Awesome Note"})
    assert (created.status_code, created.json()["note"]) == (201, "Awesome Note")
    body = {"username": "n2", "name": "N", "email": "n2@x.org", "password": "Zq8-plum-orbit-77"}
    refused = world.api("POST", "/users", as_user="user", json=body)
    assert refused.status_code == 403


def test_admin_notes_update(world):
    """users_spec.rb: admin notes > PUT /users/:id > when user is an admin > updates note of the user
    users_spec.rb: admin notes > PUT /users/:id > when user is not an admin > cannot update their own note"""
    path = "/users/%d" % world.user["id"]
    world.api("PUT", path, json={"note": "2018-11-05 | 2FA removed"})
    updated = world.api("PUT", path, json={"note": "2019-07-07 | Email changed"})
    assert (updated.status_code, updated.json()["note"]) == (200, "2019-07-07 | Email changed")
    assert world.api("PUT", path, as_user="user", json={"note": "new note"}).status_code == 403
    assert world.reload(world.user)["note"] == "2019-07-07 | Email changed"


def test_disable_two_factor(world):
    """users_spec.rb: admin notes > PATCH /users/:id/disable_two_factor > when current user is an admin >
        returns a 204 when 2FA is disabled for the target user
    users_spec.rb: admin notes > PATCH /users/:id/disable_two_factor > when current user is an admin > returns a 400 if 2FA is not enabled for the target user
    users_spec.rb: admin notes > PATCH /users/:id/disable_two_factor > when current user is an admin > returns a 403 if the target user is an admin
    users_spec.rb: admin notes > PATCH /users/:id/disable_two_factor > when current user is an admin > returns a 404 if the target user cannot be found
    users_spec.rb: admin notes > PATCH /users/:id/disable_two_factor > when current user is not an admin > returns a 403
    users_spec.rb: admin notes > PATCH /users/:id/disable_two_factor > when unauthenticated > returns a 401"""
    with_2fa = world.make()
    world.site.poke_user(with_2fa["username"], two_factor_enabled=True)
    admin_2fa = world.make(admin=True)
    world.site.poke_user(admin_2fa["username"], two_factor_enabled=True)
    path = "/users/%d/disable_two_factor" % with_2fa["id"]
    assert world.api("PATCH", path, as_user=False).status_code == 401
    refused = world.api("PATCH", path, as_user="user")
    assert (refused.status_code, refused.json()["message"]) == (403, "403 Forbidden")
    assert world.api("PATCH", path).status_code == 204
    assert world.reload(with_2fa)["two_factor_enabled"] is False
    not_enabled = world.api("PATCH", "/users/%d/disable_two_factor" % world.user["id"])
    assert (not_enabled.status_code, not_enabled.json()["message"]) == (
        400, "400 Bad request - Two-factor authentication is not enabled for this user")
    admin = world.api("PATCH", "/users/%d/disable_two_factor" % admin_2fa["id"])
    assert (admin.status_code, admin.json()["message"]) == (
        403, "403 Forbidden - Two-factor authentication for admins cannot be disabled via the API. Use the Rails "
             "console")
    assert world.reload(admin_2fa)["two_factor_enabled"] is True
    missing = world.api("PATCH", "/users/%d/disable_two_factor" % NOT_EXISTING)
    assert (missing.status_code, missing.json()["message"]) == (404, "404 User Not Found")


def test_admin_notes_list_fields(world):
    """users_spec.rb: admin notes > GET /users/ > when unauthenticated > does not contain certain fields
    users_spec.rb: admin notes > GET /users/ > when authenticated > as a regular user > does not contain certain fields
    users_spec.rb: admin notes > GET /users/ > when authenticated > as an admin > contains the note of users
    users_spec.rb: admin notes > GET /users/ > when authenticated > as an admin > with `created_by` details >
        has created_by as nil with a self-registered account
    users_spec.rb: admin notes > GET /users/ > when authenticated > as an admin > with `created_by` details > is created_by a user and has those details"""
    hidden = {"note", "namespace_id", "created_by", "email_reset_offered_at"}
    params = {"username": world.user["username"]}
    for who in (False, "user"):
        first = world.api("GET", "/users", as_user=who, params=params).json()[0]
        assert not hidden & set(first)
    world.api("PUT", "/users/%d" % world.user["id"], json={"note": "2018-11-05 | 2FA removed"})
    world.site.poke_user(world.user["username"], created_by_id=None)  # a self-registered account
    first = world.api("GET", "/users", params=params).json()[0]
    assert first["note"] == "2018-11-05 | 2FA removed" and "email_reset_offered_at" in first
    assert "created_by" in first and first["created_by"] is None
    created = world.make()
    world.site.poke_user(created["username"], created_by_id=world.user["id"])
    shown = world.api("GET", "/users", params={"username": created["username"]}).json()[0]["created_by"]
    assert shown == world.api("GET", "/users", as_user="user", params=params).json()[0]  # UserBasic of `user`


def test_admin_notes_search_ordering(world):
    """users_spec.rb: admin notes > GET /users/ > when authenticated > with search parameter > prioritizes username match
    users_spec.rb: admin notes > GET /users/ > when authenticated > with search parameter > preserves requested ordering with order_by and sort
    users_spec.rb: admin notes > GET /users/ > when authenticated > with search parameter > preserves requested ordering with sort"""
    world.make(username="a-user")
    world.make(username="a-user2")
    found = world.api("GET", "/users", as_user="user", params={"search": "a-user"}).json()
    assert [u["username"] for u in found][:2] == ["a-user", "a-user2"]
    query = {"search": "a-user", "order_by": "name", "sort": "desc"}
    by_name = world.api("GET", "/users", as_user="user", params=query).json()
    assert [u["username"] for u in by_name][:2] == ["a-user2", "a-user"]
    by_sort = world.api("GET", "/users", as_user="user", params={"search": "a-user", "sort": "desc"}).json()
    assert [u["username"] for u in by_sort][:2] == ["a-user2", "a-user"]


def test_admin_notes_keyset_pagination(world):
    """users_spec.rb: admin notes > GET /users/ > when authenticated > it_behaves_like 'an endpoint with keyset pagination' >
        on making requests with supported ordering structure > includes keyset url params in the url response
    users_spec.rb: admin notes > GET /users/ > when authenticated > it_behaves_like 'an endpoint with keyset pagination' >
        on making requests with supported ordering structure > does not include pagination headers
    users_spec.rb: admin notes > GET /users/ > when authenticated > it_behaves_like 'an endpoint with keyset pagination' >
        on making requests with supported ordering structure > paginates the records correctly
    users_spec.rb: admin notes > GET /users/ > when authenticated > still supports offset pagination when keyset pagination params are not provided"""
    first = world.api("GET", "/users", as_user="user", params={"pagination": "keyset", "per_page": 1})
    assert first.status_code == 200 and ids(first) == [world.user["id"]]
    next_url = first.links["next"]["url"]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(next_url).query)
    assert query["pagination"] == ["keyset"] and query["per_page"] == ["1"] and query["cursor"]
    assert not {"X-Total", "X-Total-Pages", "X-Page", "X-Next-Page", "X-Prev-Page"} & set(first.headers)
    second = world.site.session.get(next_url, headers={"PRIVATE-TOKEN": world.user_token})
    assert (second.status_code, ids(second)) == (200, [world.admin["id"]])
    assert pagination_headers(world.api("GET", "/users", as_user="user"))


def test_admin_notes_current_user(world):
    """users_spec.rb: admin notes > GET /user > when authenticated > as an admin > accesses their own profile > contains the note of the user
    users_spec.rb: admin notes > GET /user > when authenticated > as an admin > sudo > accesses the profile of another regular user >
        does not contain the note of the user
    users_spec.rb: admin notes > GET /user > when authenticated > as an admin > sudo > accesses the profile of another admin > contains the note of the user
    users_spec.rb: admin notes > GET /user > when authenticated > as a regular user > does not contain the note of the user"""
    world.api("PUT", "/users/1", json={"note": "2019-10-06 | 2FA added"})
    assert world.api("GET", "/user").json()["note"] == "2019-10-06 | 2FA added"
    sudo = world.site.token_for("root", ("api", "sudo"))
    other = world.api("GET", "/user", token=False, params={"private_token": sudo, "sudo": world.user["id"]}).json()
    assert other["id"] == world.user["id"] and "note" not in other
    admin_2 = world.make(admin=True, note="2010-10-10 | 2FA added")
    as_admin_2 = world.api("GET", "/user", token=False, params={"private_token": sudo, "sudo": admin_2["id"]}).json()
    assert (as_admin_2["id"], as_admin_2["note"]) == (admin_2["id"], "2010-10-10 | 2FA added")
    own = world.api("GET", "/user", as_user="user").json()
    assert "note" not in own and "namespace_id" not in own


# -- GET /users ---------------------------------------------------------------------------------------------
def test_list_unauthenticated(world):
    """users_spec.rb: GET /users > when unauthenticated > returns authorization error when the `username` parameter is not passed
    users_spec.rb: GET /users > when unauthenticated > returns the user when a valid `username` parameter is passed
    users_spec.rb: GET /users > when unauthenticated > returns the user when a valid `username` parameter is passed (case insensitive)
    users_spec.rb: GET /users > when unauthenticated > returns an empty response when an invalid `username` parameter is passed
    users_spec.rb: GET /users > when unauthenticated > does not return the highest role
    users_spec.rb: GET /users > when unauthenticated > does not return the current or last sign-in ip addresses"""
    assert world.api("GET", "/users", as_user=False).status_code == 403
    for name in (world.user["username"], world.user["username"].upper()):
        found = world.api("GET", "/users", as_user=False, params={"username": name}).json()
        assert [(u["id"], u["username"]) for u in found] == [(world.user["id"], world.user["username"])]
        assert not {"highest_role", "current_sign_in_ip", "last_sign_in_ip"} & set(found[0])
    empty = world.api("GET", "/users", as_user=False, params={"username": "invalid"})
    assert (empty.status_code, empty.json()) == (200, [])


def test_list_public_level_restricted(world):
    """users_spec.rb: GET /users > when unauthenticated > when public level is restricted >
        returns authorization error when the `username` parameter refers to an inaccessible user
    users_spec.rb: GET /users > when unauthenticated > when public level is restricted >
        returns authorization error when the `username` parameter is not passed
    users_spec.rb: GET /users > when authenticated > when public level is restricted > when authenticate as a regular user > renders 200
    users_spec.rb: GET /users > when authenticated > when public level is restricted > when authenticate as an admin > renders 200"""
    world.site.settings(restricted_visibility_levels=["public"])
    try:
        assert world.api("GET", "/users", as_user=False, params={"username": world.user["username"]}).status_code == 403
        assert world.api("GET", "/users", as_user=False).status_code == 403
        assert world.api("GET", "/users", as_user="user").status_code == 200
        assert world.api("GET", "/users").status_code == 200
    finally:
        world.site.settings(restricted_visibility_levels=[])


def test_list_authenticated(world):
    """users_spec.rb: GET /users > when authenticated > returns an array of users
    users_spec.rb: GET /users > when authenticated > returns an array of blocked users
    users_spec.rb: GET /users > when authenticated > returns an array of external users
    users_spec.rb: GET /users > when authenticated > does not reveal the `is_admin` flag of the user"""
    response = world.api("GET", "/users", as_user="user")
    assert pagination_headers(response) and world.user["username"] in [u["username"] for u in response.json()]
    assert not any("is_admin" in u for u in response.json())
    world.make(state="ldap_blocked")
    world.api("POST", "/users/%d/block" % world.make()["id"])
    blocked = world.api("GET", "/users", as_user="user", params={"blocked": "true"})
    assert pagination_headers(blocked) and all(u["state"] in ("blocked", "ldap_blocked") for u in blocked.json())
    world.make()
    external = world.make(external=True)
    assert ids(world.api("GET", "/users?external=true", as_user="user")) == [external["id"]]


def test_list_kinds_of_users(world):
    """users_spec.rb: GET /users > when authenticated > returns an array of human users
    users_spec.rb: GET /users > when authenticated > returns an array of non human users"""
    bot = world.make()
    world.site.poke_user(bot["username"], user_type="project_bot")
    assert sorted(ids(world.api("GET", "/users?humans=true", as_user="user"))) == [1, world.user["id"]]
    assert ids(world.api("GET", "/users?exclude_humans=true", as_user="user")) == [bot["id"]]


def test_list_active_and_not(world):
    """users_spec.rb: GET /users > when authenticated > returns active users
    users_spec.rb: GET /users > when authenticated > returns an array of non-active users"""
    world.api("POST", "/users/%d/block" % world.make()["id"])
    world.api("POST", "/users/%d/ban" % world.make()["id"])
    assert sorted(ids(world.api("GET", "/users?active=true", as_user="user"))) == [1, world.user["id"]]
    deactivated = world.make()
    assert world.api("POST", "/users/%d/deactivate" % deactivated["id"]).status_code == 201
    assert ids(world.api("GET", "/users?exclude_active=true", as_user="user")) == [deactivated["id"]]


def test_list_one_user(world):
    """users_spec.rb: GET /users > when authenticated > returns one user
    users_spec.rb: GET /users > when authenticated > returns one user (case insensitive)
    users_spec.rb: GET /users > when authenticated > returns a 403 when non-admin user searches by external UID"""
    omniauth = world.make(provider="ldapmain", extern_uid="uid=omni,dc=example")
    for name in (omniauth["username"], omniauth["username"].upper()):
        response = world.api("GET", "/users", as_user="user", params={"username": name})
        assert pagination_headers(response) and response.json()[0]["username"] == omniauth["username"]
    by_uid = world.api("GET", "/users", as_user="user", params={"extern_uid": "uid=omni,dc=example",
                                                                "provider": "ldapmain"})
    assert by_uid.status_code == 403


def test_list_internal_and_bots(world):
    """users_spec.rb: GET /users > when admin > exclude_internal param > returns all users when it is not set
    users_spec.rb: GET /users > when admin > exclude_internal param > returns all non internal users when it is set
    users_spec.rb: GET /users > when admin > without_project_bots param > returns all users when it is not set
    users_spec.rb: GET /users > when admin > without_project_bots param > returns all non project_bot users when it is set
    users_spec.rb: GET /users > when admin > admins param > returns all users"""
    alert_bot = world.make()
    world.site.poke_user(alert_bot["username"], user_type="alert_bot")
    project_bot = world.make()
    world.site.poke_user(project_bot["username"], user_type="project_bot")
    assert alert_bot["id"] in ids(world.api("GET", "/users?exclude_internal=false"))
    assert alert_bot["id"] not in ids(world.api("GET", "/users?exclude_internal=true", as_user="user"))
    assert project_bot["id"] in ids(world.api("GET", "/users?without_project_bots=false", as_user="user"))
    assert project_bot["id"] not in ids(world.api("GET", "/users?without_project_bots=true", as_user="user"))
    world.site.reset()
    user = world.site.create_user("user.withdot")
    everyone = world.api("GET", "/users?admins=true", token=world.site.token_for(user["username"]))
    assert sorted(ids(everyone)) == [1, user["id"]]


def test_list_as_admin(world):
    """users_spec.rb: GET /users > when admin > when sudo is defined > does not return 500
    users_spec.rb: GET /users > when admin > returns an array of users
    users_spec.rb: GET /users > when admin > users contain the `namespace_id` field
    users_spec.rb: GET /users > when admin > returns an array of external users
    users_spec.rb: GET /users > when admin > admins param > returns only admins"""
    sudo = world.site.token_for("root", ("sudo",))
    assert world.api("GET", "/users", token=sudo, params={"sudo": world.user["id"]}).status_code == 200
    everyone = world.api("GET", "/users")
    assert pagination_headers(everyone) and all("is_admin" in u for u in everyone.json())
    namespaces = [u["namespace_id"] for u in everyone.json()]
    assert len(namespaces) == 2 and world.user["namespace_id"] in namespaces and world.admin["namespace_id"] in namespaces
    assert ids(world.api("GET", "/users?admins=true")) == [1]
    world.make(external=True)
    assert all(u["external"] for u in world.api("GET", "/users?external=true").json())


def test_list_by_external_uid(world):
    """users_spec.rb: GET /users > when admin > returns one user by external UID
    users_spec.rb: GET /users > when admin > returns 400 error if provider with no extern_uid (extern_uid only)
    users_spec.rb: GET /users > when admin > returns 400 error if provider with no extern_uid (provider only)"""
    omniauth = world.make(provider="ldapmain", extern_uid="uid=omni2,dc=example")
    found = world.api("GET", "/users", params={"extern_uid": "uid=omni2,dc=example", "provider": "ldapmain"}).json()
    assert [u["username"] for u in found] == [omniauth["username"]]
    assert world.api("GET", "/users", params={"extern_uid": "uid=omni2,dc=example"}).status_code == 400
    assert world.api("GET", "/users", params={"provider": "ldapmain"}).status_code == 400


def test_list_created_before_and_after(world):
    """users_spec.rb: GET /users > when admin > returns a user created before a specific date
    users_spec.rb: GET /users > when admin > returns no users created before a specific date
    users_spec.rb: GET /users > when admin > returns users created before and after a specific date"""
    old = world.make()
    world.site.poke_user(old["username"], created_at="2000-01-01T00:00:00Z")
    found = world.api("GET", "/users?created_before=2000-01-02T00:00:00.060Z").json()
    assert [u["username"] for u in found] == [old["username"]]
    world.site.poke_user(old["username"], created_at="2001-01-01T00:00:00Z")
    assert world.api("GET", "/users?created_before=2000-01-02T00:00:00.060Z").json() == []
    both = world.api("GET", "/users?created_before=2001-01-02T00:00:00.060Z&created_after=1999-01-02T00:00:00.060")
    assert [u["username"] for u in both.json()] == [old["username"]]


def test_list_order_and_filters(world):
    """users_spec.rb: GET /users > when admin > returns the correct order when sorted by id
    users_spec.rb: GET /users > when admin > returns users with 2fa enabled
    users_spec.rb: GET /users > when admin > returns 400 when provided incorrect sort params"""
    assert ids(world.api("GET", "/users", params={"order_by": "id", "sort": "asc"})) == [1, world.user["id"]]
    with_2fa = world.make()
    world.site.poke_user(with_2fa["username"], two_factor_enabled=True)
    assert ids(world.api("GET", "/users", params={"two_factor": "enabled"})) == [with_2fa["id"]]
    assert world.api("GET", "/users", params={"order_by": "magic", "sort": "asc"}).status_code == 400


# -- GET /users/:id -----------------------------------------------------------------------------------------
def test_get_user_as_user(world):
    """users_spec.rb: GET /users/:id > returns a user by id
    users_spec.rb: GET /users/:id > does not return the user's `is_admin` flag
    users_spec.rb: GET /users/:id > does not return the user's `highest_role`
    users_spec.rb: GET /users/:id > does not return the user's sign in IPs
    users_spec.rb: GET /users/:id > does not contain plan or trial data
    users_spec.rb: GET /users/:id > does not contain the note of the user"""
    shown = world.api("GET", "/users/%d" % world.user["id"], as_user="user").json()
    assert shown["username"] == world.user["username"]
    assert not {"is_admin", "highest_role", "current_sign_in_ip", "last_sign_in_ip", "plan", "trial", "note",
                "sign_in_count"} & set(shown)


def test_get_user_profile_fields(world):
    """users_spec.rb: GET /users/:id > returns the `created_at` field for public users
    users_spec.rb: GET /users/:id > does not return the `created_at` field for private users
    users_spec.rb: GET /users/:id > returns the `followers` field for public users
    users_spec.rb: GET /users/:id > does not return the `followers` field for private users
    users_spec.rb: GET /users/:id > returns the `following` field for public users
    users_spec.rb: GET /users/:id > does not return the `following` field for private users
    users_spec.rb: GET /users/:id > when job title is present > returns job title of a user"""
    user2 = world.make(username="another_user")
    private = world.make(private_profile=True)
    public = world.api("GET", "/users/%d" % user2["id"], as_user="user").json()
    assert {"created_at", "followers", "following"} <= set(public)
    hidden = world.api("GET", "/users/%d" % private["id"], as_user="user").json()
    assert not {"created_at", "followers", "following"} & set(hidden)
    world.site.poke_user(world.user["username"], job_title="Fullstack Engineer")
    assert world.api("GET", "/users/%d" % world.user["id"], as_user="user").json()["job_title"] == "Fullstack Engineer"


def test_get_user_rate_limit(world):
    """users_spec.rb: GET /users/:id > when the rate limit is not exceeded > returns a success status
    users_spec.rb: GET /users/:id > when the rate limit is exceeded > when feature flag is enabled > returns "too many requests" status
    users_spec.rb: GET /users/:id > when the rate limit is exceeded > when feature flag is enabled > still allows admin users
    users_spec.rb: GET /users/:id > when the rate limit is exceeded > when feature flag is enabled > allows users whose username is in the allowlist"""
    path = "/users/%d" % world.user["id"]
    world.site.clock(at=RATE_WINDOW)  # both requests in one window
    world.site.settings(users_get_by_id_limit=1)
    assert world.api("GET", path, as_user="user").status_code == 200
    refused = world.api("GET", path, as_user="user")
    assert (refused.status_code, refused.text) == (429, RATE_LIMITED_BODY)
    assert world.api("GET", path).status_code == 200
    world.site.settings(users_get_by_id_limit_allowlist=[world.user["username"]])
    assert world.api("GET", path, as_user="user").status_code == 200


def test_get_user_as_admin(world):
    """users_spec.rb: GET /users/:id > when authenticated as admin > contains the note of the user
    users_spec.rb: GET /users/:id > when authenticated as admin > includes the `is_admin` field
    users_spec.rb: GET /users/:id > when authenticated as admin > includes the `created_at` field for private users
    users_spec.rb: GET /users/:id > when authenticated as admin > includes the `highest_role` field
    users_spec.rb: GET /users/:id > when authenticated as admin > includes the `namespace_id` field
    users_spec.rb: GET /users/:id > when authenticated as admin > does not include plan or trial data
    users_spec.rb: GET /users/:id > when authenticated as admin > when user has not logged in > does not include the sign in IPs
    users_spec.rb: GET /users/:id > when authenticated as admin > when user has logged in > includes the sign in IPs"""
    shown = world.api("GET", "/users/%d" % world.user["id"]).json()
    assert "note" in shown and "sign_in_count" in shown and shown["is_admin"] is False
    assert (shown["highest_role"], shown["namespace_id"]) == (0, world.user["namespace_id"])
    assert "plan" not in shown and "trial" not in shown  # CE
    assert (shown["current_sign_in_ip"], shown["last_sign_in_ip"]) == (None, None)
    private = world.make(private_profile=True)
    assert "created_at" in world.api("GET", "/users/%d" % private["id"]).json()
    signed_in = world.make()
    world.site.poke_user(signed_in["username"], current_sign_in_ip="127.0.0.1", last_sign_in_ip="127.0.0.1")
    ips = world.api("GET", "/users/%d" % signed_in["id"]).json()
    assert (ips["current_sign_in_ip"], ips["last_sign_in_ip"]) == ("127.0.0.1", "127.0.0.1")


def test_get_user_errors(world):
    """users_spec.rb: GET /users/:id > for an anonymous user > returns 403
    users_spec.rb: GET /users/:id > returns a 404 error if user id not found
    users_spec.rb: GET /users/:id > returns a 404 for invalid ID"""
    assert world.api("GET", "/users/%d" % world.user["id"], as_user=False).status_code == 403
    missing = world.api("GET", "/users/%d" % NOT_EXISTING, as_user="user")
    assert (missing.status_code, missing.json()["message"]) == (404, "404 User Not Found")
    assert world.api("GET", "/users/1ASDF", as_user="user").status_code == 404


# -- status ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lookup", ["/users/%(id)s/status", "/users/%(username)s/status",
                                    "/users/%(upper)s/status", "/user/status"])
def test_rendering_user_status(world, lookup):
    """users_spec.rb: GET /users/:id_or_username/status > when finding the user by id > it_behaves_like 'rendering user status' >
        returns the status if there was one
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by id > it_behaves_like 'rendering user status' >
        returns an empty response if there was no status
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by username > it_behaves_like 'rendering user status' >
        returns the status if there was one
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by username > it_behaves_like 'rendering user status' >
        returns an empty response if there was no status
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by username (case insensitive) >
        it_behaves_like 'rendering user status' > returns the status if there was one
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by username (case insensitive) >
        it_behaves_like 'rendering user status' > returns an empty response if there was no status
    users_spec.rb: /user/status > GET > it_behaves_like 'rendering user status' > returns the status if there was one
    users_spec.rb: /user/status > GET > it_behaves_like 'rendering user status' > returns an empty response if there was no status"""
    path = lookup % {"id": world.user["id"], "username": world.user["username"],
                     "upper": world.user["username"].upper()}
    empty = world.api("GET", path, as_user="user")
    assert empty.status_code == 200 and (empty.json()["message"], empty.json()["emoji"]) == (None, None)
    world.api("PUT", "/user/status", as_user="user", json={"emoji": "coffee", "message": "I crave coffee :coffee:"})
    shown = world.api("GET", path, as_user="user").json()
    assert shown["message"] and shown["message_html"] and shown["emoji"]


# -- follow ---------------------------------------------------------------------------------------------------
def test_follow(world):
    """users_spec.rb: POST /users/:id/follow > on an unfollowed user > follows the user
    users_spec.rb: POST /users/:id/follow > on a followed user > does not change following
    users_spec.rb: GET /users/:id/following > user has followers > lists following user"""
    followee = world.make()
    response = world.api("POST", "/users/%d/follow" % followee["id"], as_user="user")
    assert (response.status_code, response.json()["id"]) == (201, followee["id"])
    assert world.api("POST", "/users/%d/follow" % followee["id"], as_user="user").status_code == 304
    following = world.api("GET", "/users/%d/following" % world.user["id"], as_user="user")
    assert pagination_headers(following) and ids(following) == [followee["id"]]


def test_follow_disabled_and_limit(world):
    """users_spec.rb: POST /users/:id/follow > on a user with disabled following > does not change following
    users_spec.rb: POST /users/:id/follow > on an unfollowed user > alerts and not follow when over followee limit"""
    followee = world.make()
    world.site.poke_user(world.user["username"], enabled_following=False)
    assert world.api("POST", "/users/%d/follow" % followee["id"], as_user="user").status_code == 304
    assert world.api("GET", "/users/%d/following" % world.user["id"], as_user="user").json() == []
    world.site.poke_user(world.user["username"], enabled_following=True)
    world.site.settings(max_followees=2)  # the spec stubs Users::UserFollowUser::MAX_FOLLOWEE_LIMIT to 2
    try:
        for _followee in range(2):
            assert world.api("POST", "/users/%d/follow" % world.make()["id"], as_user="user").status_code == 201
        over = world.api("POST", "/users/%d/follow" % followee["id"], as_user="user")
        assert (over.status_code, over.json()["message"]) == (
            400, "You can't follow more than 2 users. To follow more users, unfollow some others.")
        assert followee["id"] not in ids(world.api("GET", "/users/%d/following" % world.user["id"], as_user="user"))
    finally:
        world.site.settings(max_followees=300)


def test_unfollow(world):
    """users_spec.rb: POST /users/:id/unfollow > on a followed user > unfollow the user
    users_spec.rb: POST /users/:id/unfollow > on an unfollowed user > does not change following"""
    followee = world.make()
    world.api("POST", "/users/%d/follow" % followee["id"], as_user="user")
    unfollowed = world.api("POST", "/users/%d/unfollow" % followee["id"], as_user="user")
    assert unfollowed.status_code == 201
    assert world.api("GET", "/users/%d/following" % world.user["id"], as_user="user").json() == []
    assert world.api("POST", "/users/%d/unfollow" % followee["id"], as_user="user").status_code == 304


@pytest.mark.parametrize("side", ["followers", "following"])
def test_follow_lists(world, side):
    """users_spec.rb: GET /users/:id/followers > for an anonymous user > returns 403
    users_spec.rb: GET /users/:id/followers > user has followers > lists followers
    users_spec.rb: GET /users/:id/followers > user has followers > do not lists followers if profile is private
    users_spec.rb: GET /users/:id/followers > user does not have any follower > does list nothing
    users_spec.rb: GET /users/:id/followers > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > returns 403
    users_spec.rb: GET /users/:id/following > for an anonymous user > returns 403
    users_spec.rb: GET /users/:id/following > user has followers > do not lists following user if profile is private
    users_spec.rb: GET /users/:id/following > user does not have any follower > does list nothing
    users_spec.rb: GET /users/:id/following > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > returns 403"""
    path = "/users/%d/" + side
    assert world.api("GET", "/users/%d" % world.user["id"], as_user=False).status_code == 403
    assert world.api("GET", path % world.user["id"], as_user=False).status_code == 403
    nothing = world.api("GET", path % world.user["id"], as_user="user")
    assert pagination_headers(nothing) and nothing.json() == []
    other = world.make()
    if side == "followers":
        world.api("POST", "/users/%d/follow" % world.user["id"], as_user=other)
    else:
        world.api("POST", "/users/%d/follow" % other["id"], as_user="user")
    listed = world.api("GET", path % world.user["id"], as_user="user")
    assert pagination_headers(listed) and ids(listed) == [other["id"]]
    private = world.make(private_profile=True)
    if side == "followers":
        world.api("POST", "/users/%d/follow" % private["id"], as_user=other)
    else:
        world.api("POST", "/users/%d/follow" % other["id"], as_user=private)
    hidden = world.api("GET", path % private["id"], as_user="user")
    assert (hidden.status_code, hidden.json()["message"]) == (404, "404 User Not Found")


# -- POST /users ----------------------------------------------------------------------------------------------
def attributes_for_user(**extra):
    """`attributes_for(:user)`: a unique username, name, email and a strong password."""
    name = "u%s" % uuid.uuid4().hex[:10]
    body = {"username": name, "name": "Some One", "email": "%s@example.org" % name, "password": "Zq8-plum-orbit-77"}
    body.update(extra)
    return body


def test_create_user(world):
    """users_spec.rb: POST /users > creates user
    users_spec.rb: POST /users > creates user with correct attributes
    users_spec.rb: POST /users > creates user with optional attributes
    users_spec.rb: POST /users > creates non-admin user
    users_spec.rb: POST /users > creates non-admin users by default
    users_spec.rb: POST /users > returns 201 Created on success
    users_spec.rb: POST /users > creates non-external users by default
    users_spec.rb: POST /users > allows an external user to be created"""
    before = len(world.api("GET", "/users").json())
    created = world.api("POST", "/users", json=attributes_for_user(projects_limit=3))
    assert created.status_code == 201 and created.json()["projects_limit"] == 3 and "is_admin" in created.json()
    assert len(world.api("GET", "/users").json()) == before + 1
    admin = world.api("POST", "/users", json=attributes_for_user(admin=True, can_create_group=True)).json()
    assert (admin["is_admin"], admin["can_create_group"]) == (True, True)
    optional = world.api("POST", "/users", json=attributes_for_user(confirm=True, theme_id=2, color_scheme_id=4))
    assert optional.status_code == 201
    plain = world.api("POST", "/users", json=attributes_for_user(admin=False, can_create_group=False)).json()
    assert (plain["is_admin"], plain["can_create_group"]) == (False, False)
    default = world.api("POST", "/users", json=attributes_for_user()).json()
    assert (default["is_admin"], default["external"]) == (False, False)
    assert world.api("POST", "/users", json=attributes_for_user(external=True)).json()["external"] is True


def test_create_user_passwords_and_profile(world):
    """users_spec.rb: POST /users > creates user with reset password
    users_spec.rb: POST /users > creates user with random password
    users_spec.rb: POST /users > creates user with private profile
    users_spec.rb: POST /users > creates user with view_diffs_file_by_file"""
    body = attributes_for_user(reset_password=True)
    del body["password"]
    reset = world.api("POST", "/users", json=body)
    assert reset.status_code == 201 and world.internals(reset.json())["password_automatically_set"] is True
    body = attributes_for_user(force_random_password=True)
    del body["password"]
    assert world.api("POST", "/users", json=body).status_code == 201
    private = world.api("POST", "/users", json=attributes_for_user(private_profile=True))
    assert (private.status_code, private.json()["private_profile"]) == (201, True)
    assert world.api("POST", "/users", json=attributes_for_user(view_diffs_file_by_file=True)).status_code == 201


def test_create_user_with_avatar(world):
    """users_spec.rb: POST /users > creates user with avatar"""
    body = attributes_for_user()
    created = world.api("POST", "/users", data=body, files={"avatar": ("banana_sample.png", PNG, "image/png")})
    assert created.status_code == 201
    url = created.json()["avatar_url"]
    assert url.endswith("/uploads/-/system/user/avatar/%d/banana_sample.png" % created.json()["id"])
    served = world.site.session.get(url)
    assert (served.status_code, served.content) == (200, PNG)


def test_create_user_missing_or_invalid(world):
    """users_spec.rb: POST /users > does not create user with invalid email
    users_spec.rb: POST /users > returns 400 error if name not given
    users_spec.rb: POST /users > returns 400 error if password not given
    users_spec.rb: POST /users > returns 400 error if email not given
    users_spec.rb: POST /users > returns 400 error if username not given
    users_spec.rb: POST /users > doesn't create user with invalid optional attributes"""
    assert world.api("POST", "/users", json={"email": "invalid email", "password": "Zq8-plum-orbit-77",
                                             "name": "test"}).status_code == 400
    for missing in ("name", "password", "email", "username"):
        body = attributes_for_user()
        del body[missing]
        assert world.api("POST", "/users", json=body).status_code == 400, missing
    assert world.api("POST", "/users", json=attributes_for_user(theme_id=50, color_scheme_id=50)).status_code == 400


INVALID_USER = {"password": "pass", "email": "test@example.com", "username": "test!", "name": "test",
                "bio": "g" * 256, "projects_limit": -1}


def assert_does_not_validate(response):
    """The messages both "returns 400 error if user does not validate" examples expect for INVALID_USER."""
    message = response.json()["message"]
    assert response.status_code == 400
    assert message["password"] == ["is too short (minimum is 8 characters)"]
    assert message["bio"] == ["is too long (maximum is 255 characters)"]
    assert message["projects_limit"] == ["must be greater than or equal to 0"]
    assert sorted(message["username"]) == sorted([NAMESPACE_FORMAT, OCI_PATH])


def test_create_user_does_not_validate(world):
    """users_spec.rb: POST /users > returns 400 error if user does not validate
    users_spec.rb: POST /users > tracks weak password errors
    users_spec.rb: POST /users > is not available for non admin users"""
    assert_does_not_validate(world.api("POST", "/users", json=INVALID_USER))
    weak = world.api("POST", "/users", json=attributes_for_user(password="password")).json()
    assert weak["message"]["password"] == ["must not contain commonly used combinations of words and letters"]
    assert world.api("POST", "/users", as_user="user", json=attributes_for_user()).status_code == 403


def test_create_user_conflicts(world):
    """users_spec.rb: POST /users > with existing user > returns 409 conflict error if user with same email exists
    users_spec.rb: POST /users > with existing user > returns 409 conflict error if same username exists
    users_spec.rb: POST /users > with existing user > returns 409 conflict error if same username exists (case insensitive)
    users_spec.rb: POST /users > with existing user > creates user with new identity"""
    world.api("POST", "/users", json={"email": "test@example.com", "password": "Zq8-plum-orbit-77",
                                      "username": "test", "name": "foo"})
    count = len(world.api("GET", "/users").json())
    email = world.api("POST", "/users", json={"name": "foo", "email": "test@example.com",
                                              "password": "Zq8-plum-orbit-77", "username": "foo"})
    assert (email.status_code, email.json()["message"]) == (409, "Email has already been taken")
    for username in ("test", "TEST"):
        taken = world.api("POST", "/users", json={"name": "foo", "email": "foo@example.com",
                                                  "password": "Zq8-plum-orbit-77", "username": username})
        assert (taken.status_code, taken.json()["message"]) == (409, "Username has already been taken")
    assert len(world.api("GET", "/users").json()) == count
    identity = world.api("POST", "/users", json=attributes_for_user(provider="github", extern_uid="67890")).json()
    assert identity["identities"] == [{"provider": "github", "extern_uid": "67890"}]


@pytest.mark.parametrize("confirmed", [True, False])
def test_create_user_primary_email_taken(world, confirmed):
    """users_spec.rb: POST /users > when user with a primary email exists > when the primary email is confirmed > returns 409 conflict error
    users_spec.rb: POST /users > when user with a primary email exists > when the primary email is unconfirmed > returns 409 conflict error"""
    body = attributes_for_user(email="foo@example.com")
    body["skip_confirmation"] = confirmed
    world.api("POST", "/users", json=body)
    taken = world.api("POST", "/users", json={"name": "foo", "email": "foo@example.com", "password": "password",
                                              "username": "TEST"})
    assert (taken.status_code, taken.json()["message"]) == (409, "Email has already been taken")


@pytest.mark.parametrize("confirmed, status", [(True, 409), (False, 400)])
def test_create_user_secondary_email_taken(world, confirmed, status):
    """users_spec.rb: POST /users > when user with a secondary email exists > when the secondary email is confirmed > returns 409 conflict error
    users_spec.rb: POST /users > when user with a secondary email exists > when the secondary email is unconfirmed > does not create user"""
    world.api("POST", "/users/%d/emails" % world.user["id"],
              json={"email": "foo@example.com", "skip_confirmation": confirmed})
    count = len(world.api("GET", "/users").json())
    taken = world.api("POST", "/users", json={"name": "foo", "email": "foo@example.com", "password": "password",
                                              "username": "TEST"})
    assert taken.status_code == status and len(world.api("GET", "/users").json()) == count


def test_create_user_scopes(world):
    """users_spec.rb: POST /users > scopes > include_examples 'does not allow the "read_user" scope' >
        when the requesting token has the "read_user" scope > returns a "403" response"""
    read_user = world.site.token_for("root", ("read_user",))
    assert world.api("POST", "/users", token=read_user, json=attributes_for_user(projects_limit=3)).status_code == 403


def test_create_user_private_profile_default(world):
    """users_spec.rb: POST /users > `private_profile` attribute > based on the application setting > when the attribute is not overridden in params >
        creates the user with the value of `private_profile` based on the application setting
    users_spec.rb: POST /users > `private_profile` attribute > based on the application setting > when the attribute is overridden in params >
        creates the user with the value of `private_profile` same as the value of the overridden param
    users_spec.rb: POST /users > `private_profile` attribute > based on the application setting > when the attribute is overridden in params >
        overridden as `nil` > creates the user with the value of `private_profile` based on the application setting"""
    world.site.settings(user_defaults_to_private_profile=True)
    try:
        assert world.api("POST", "/users", json=attributes_for_user()).json()["private_profile"] is True
        assert world.api("POST", "/users", json=attributes_for_user(private_profile=False)).json()[
            "private_profile"] is False
        assert world.api("POST", "/users", json=attributes_for_user(private_profile=None)).json()[
            "private_profile"] is True
    finally:
        world.site.settings(user_defaults_to_private_profile=False)


def test_create_user_identity_taken(world):
    """(Correction of the behaviour digest, app/models/identity.rb:) a (provider, extern_uid) pair belongs to one
    user, compared case-insensitively; POST /users reusing it is 400 and creates nothing."""
    world.api("POST", "/users", json=attributes_for_user(provider="github", extern_uid="AbC"))
    count = len(world.api("GET", "/users").json())
    reused = world.api("POST", "/users", json=attributes_for_user(provider="github", extern_uid="abc"))
    assert (reused.status_code, reused.json()) == (400, {"message": {"identities.extern_uid": ["has already been taken"]}})
    assert len(world.api("GET", "/users").json()) == count


# -- PUT /users/:id -------------------------------------------------------------------------------------------
def put_user(world, user, body, **kwargs):
    return world.api("PUT", "/users/%d" % user["id"], json=body, **kwargs)


def test_update_user_password(world):
    """users_spec.rb: PUT /users/:id > returns 200 OK on success
    users_spec.rb: PUT /users/:id > updating password > admin updates their own password > does not force reset on next login
    users_spec.rb: PUT /users/:id > updating password > admin updates the password of another user > forces reset on next login
    users_spec.rb: PUT /users/:id > updating password > with a weak password > tracks weak password errors"""
    ok = put_user(world, world.user, {"bio": "new test bio"})
    assert ok.status_code == 200 and "is_admin" in ok.json()
    assert put_user(world, world.admin, {"password": "Zq8-plum-orbit-78"}).status_code == 200
    assert world.internals(world.admin)["password_expires_at"] is None
    assert put_user(world, world.user, {"password": "Zq8-plum-orbit-79"}).status_code == 200
    assert world.internals(world.user)["password_expires_at"] is not None
    expired = world.api("GET", "/user", as_user="user")  # the user's tokens answer 403 until a new password
    assert expired.status_code == 403
    weak = put_user(world, world.user, {"password": "password"}).json()
    assert weak["message"]["password"] == ["must not contain commonly used combinations of words and letters"]


def test_update_user_profile(world):
    """users_spec.rb: PUT /users/:id > updates user with new bio
    users_spec.rb: PUT /users/:id > updates user with empty bio
    users_spec.rb: PUT /users/:id > updates user with nil bio
    users_spec.rb: PUT /users/:id > updates user with organization
    users_spec.rb: PUT /users/:id > updates user with their own username
    users_spec.rb: PUT /users/:id > updates viewing diffs file by file
    users_spec.rb: PUT /users/:id > updates admin status
    users_spec.rb: PUT /users/:id > updates external status"""
    assert put_user(world, world.user, {"bio": "new test bio"}).json()["bio"] == "new test bio"
    assert world.reload(world.user)["bio"] == "new test bio"
    put_user(world, world.user, {"bio": "previous bio"})
    assert put_user(world, world.user, {"bio": ""}).json()["bio"] == ""
    put_user(world, world.user, {"bio": "previous bio"})
    assert put_user(world, world.user, {"bio": None}).json()["bio"] == ""
    assert put_user(world, world.user, {"organization": "GitLab"}).json()["organization"] == "GitLab"
    same = put_user(world, world.user, {"username": world.user["username"]})
    assert (same.status_code, same.json()["username"]) == (200, world.user["username"])
    assert put_user(world, world.user, {"view_diffs_file_by_file": True}).status_code == 200
    assert put_user(world, world.user, {"admin": True}).json()["is_admin"] is True
    assert put_user(world, world.user, {"external": True}).json()["external"] is True


def test_update_user_avatar(world):
    """users_spec.rb: PUT /users/:id > updates user with avatar"""
    response = world.api("PUT", "/users/%d" % world.user["id"],
                         files={"avatar": ("banana_sample.png", PNG, "image/png")})
    assert response.status_code == 200
    assert world.site.session.get(response.json()["avatar_url"]).content == PNG


def test_update_user_email(world):
    """users_spec.rb: PUT /users/:id > updates user with a new email
    users_spec.rb: PUT /users/:id > skips reconfirmation when requested"""
    old = world.user["email"]
    assert put_user(world, world.user, {"email": "new@email.com"}).status_code == 200
    internals = world.internals(world.user)
    assert (internals["email"], internals["unconfirmed_email"]) == (old, "new@email.com")
    assert internals["confirmed_at"] is not None
    assert put_user(world, world.user, {"email": "new@email.com", "skip_reconfirmation": True}).status_code == 200
    assert world.internals(world.user)["email"] == "new@email.com"


def test_update_user_identities(world):
    """users_spec.rb: PUT /users/:id > updates user's existing identity
    users_spec.rb: PUT /users/:id > updates user with new identity
    users_spec.rb: PUT /users/:id > returns 400 if provider is missing for identity update
    users_spec.rb: PUT /users/:id > returns 400 if external UID is missing for identity update"""
    ldap_user = world.make(provider="ldapmain", extern_uid="uid=old,dc=example")
    assert put_user(world, ldap_user, {"provider": "ldapmain", "extern_uid": "654321"}).status_code == 200
    assert world.reload(ldap_user)["identities"] == [{"provider": "ldapmain", "extern_uid": "654321"}]
    assert put_user(world, world.user, {"provider": "github", "extern_uid": "john"}).status_code == 200
    assert world.reload(world.user)["identities"] == [{"provider": "github", "extern_uid": "john"}]
    assert put_user(world, ldap_user, {"extern_uid": "654321"}).status_code == 400
    assert put_user(world, ldap_user, {"provider": "ldap"}).status_code == 400


def test_update_user_theme_and_private_profile(world):
    """users_spec.rb: PUT /users/:id > does have default values for theme and color-scheme ID
    users_spec.rb: PUT /users/:id > updating `private_profile` > updates private profile
    users_spec.rb: PUT /users/:id > updating `private_profile` > when `private_profile` is set to `nil` >
        updates private_profile to value of the application setting
    users_spec.rb: PUT /users/:id > updating `private_profile` > does not modify private profile when field is not provided
    users_spec.rb: PUT /users/:id > does not modify theme or color-scheme ID when field is not provided
    users_spec.rb: PUT /users/:id > updates theme id
    users_spec.rb: PUT /users/:id > does not update invalid theme id
    users_spec.rb: PUT /users/:id > updates color scheme id
    users_spec.rb: PUT /users/:id > does not update invalid color scheme id"""
    assert (world.reload(world.user)["theme_id"], world.reload(world.user)["color_scheme_id"]) == (1, 1)
    put_user(world, world.user, {})
    assert (world.reload(world.user)["theme_id"], world.reload(world.user)["color_scheme_id"]) == (1, 1)
    assert put_user(world, world.user, {"private_profile": True}).json()["private_profile"] is True
    assert put_user(world, world.user, {}).json()["private_profile"] is True
    put_user(world, world.user, {"private_profile": False})
    world.site.settings(user_defaults_to_private_profile=True)
    try:
        assert put_user(world, world.user, {"private_profile": None}).json()["private_profile"] is True
    finally:
        world.site.settings(user_defaults_to_private_profile=False)
    put_user(world, world.user, {"theme_id": 3, "color_scheme_id": 2})
    put_user(world, world.user, {})
    assert (world.reload(world.user)["theme_id"], world.reload(world.user)["color_scheme_id"]) == (3, 2)
    assert put_user(world, world.user, {"theme_id": 5}).json()["theme_id"] == 5
    assert put_user(world, world.user, {"theme_id": 50}).status_code == 400
    assert world.reload(world.user)["theme_id"] == 5
    assert put_user(world, world.user, {"color_scheme_id": 5}).json()["color_scheme_id"] == 5
    assert put_user(world, world.user, {"color_scheme_id": 50}).status_code == 400
    assert world.reload(world.user)["color_scheme_id"] == 5


def test_update_user_refusals(world):
    """users_spec.rb: PUT /users/:id > does not update admin status
    users_spec.rb: PUT /users/:id > does not allow invalid update
    users_spec.rb: PUT /users/:id > when the current user is not an admin > is not available
    users_spec.rb: PUT /users/:id > returns 404 for non-existing user
    users_spec.rb: PUT /users/:id > returns a 404 if invalid ID"""
    admin_user = world.make(admin=True)
    kept = put_user(world, admin_user, {"can_create_group": False}).json()
    assert (kept["is_admin"], kept["can_create_group"]) == (True, False)
    assert put_user(world, world.user, {"email": "invalid email"}).status_code == 400
    assert world.internals(world.user)["email"] != "invalid email"
    before = world.reload(world.user)
    assert put_user(world, world.user, attributes_for_user(), as_user="user").status_code == 403
    assert world.reload(world.user) == before
    missing = world.api("PUT", "/users/%d" % NOT_EXISTING, json={"bio": "update should fail"})
    assert (missing.status_code, missing.json()["message"]) == (404, "404 User Not Found")
    assert world.api("PUT", "/users/ASDF").status_code == 404


def test_update_user_does_not_validate(world):
    """users_spec.rb: PUT /users/:id > returns 400 error if user does not validate"""
    assert_does_not_validate(put_user(world, world.user, INVALID_USER))


def test_update_user_conflicts(world):
    """users_spec.rb: PUT /users/:id > with existing user > returns 409 conflict error if email address exists
    users_spec.rb: PUT /users/:id > with existing user > returns 409 conflict error if username taken
    users_spec.rb: PUT /users/:id > with existing user > returns 409 conflict error if username taken (case insensitive)"""
    world.api("POST", "/users", json={"email": "test@example.com", "password": "Zq8-plum-orbit-77", "username": "test",
                                      "name": "test"})
    john = world.api("POST", "/users", json={"email": "foo@bar.com", "password": "Zq8-plum-orbit-77",
                                             "username": "john", "name": "john"}).json()
    assert put_user(world, john, {"email": "test@example.com"}).status_code == 409
    assert world.internals(john)["email"] == "foo@bar.com"
    for username in ("test", "TEST"):
        assert put_user(world, john, {"username": username}).status_code == 409
    assert world.reload(john)["username"] == "john"


@pytest.mark.parametrize("kind, confirmed, status", [("primary", True, 409), ("primary", False, 409),
                                                     ("secondary", True, 409), ("secondary", False, 400)])
def test_update_user_email_taken(world, kind, confirmed, status):
    """users_spec.rb: PUT /users/:id > when user with a primary email exists > when the primary email is confirmed > returns 409 conflict error
    users_spec.rb: PUT /users/:id > when user with a primary email exists > when the primary email is unconfirmed > returns 409 conflict error
    users_spec.rb: PUT /users/:id > when user with a secondary email exists > when the secondary email is confirmed > returns 409 conflict error
    users_spec.rb: PUT /users/:id > when user with a secondary email exists > when the secondary email is unconfirmed > does not update email"""
    other = world.make()
    if kind == "primary":
        body = attributes_for_user(email="foo@example.com")
        body["skip_confirmation"] = confirmed
        world.api("POST", "/users", json=body)
    else:
        body = {"email": "foo@example.com", "skip_confirmation": confirmed}
        world.api("POST", "/users/%d/emails" % other["id"], json=body)
    assert put_user(world, world.user, {"email": "foo@example.com"}).status_code == status
    assert world.internals(world.user)["email"] != "foo@example.com"


def test_update_username_container_registry_rule(world):
    """(Correction of the behaviour digest, app/models/namespace.rb:) a new username must also be a valid
    container-registry path; the current username is not validated again."""
    for bad in ("foo_", "_foo", "a__b", "a.-b"):
        response = put_user(world, world.user, {"username": bad})
        assert (response.status_code, response.json()["message"].get("username")) == (400, [OCI_PATH]), bad
    assert put_user(world, world.user, {"username": "fine.name-2"}).status_code == 200


# -- DELETE /users/:id/identities/:provider ------------------------------------------------------------------
def test_delete_identity(world):
    """users_spec.rb: DELETE /users/:id/identities/:provider > when unauthenticated > returns authentication error
    users_spec.rb: DELETE /users/:id/identities/:provider > when authenticated > deletes identity of given provider
    users_spec.rb: DELETE /users/:id/identities/:provider > when authenticated > it_behaves_like '412 response' > for a modified resource >
        returns 412 with a JSON error
    users_spec.rb: DELETE /users/:id/identities/:provider > when authenticated > it_behaves_like '412 response' > for an unmodified resource >
        returns 204 with an empty body
    users_spec.rb: DELETE /users/:id/identities/:provider > when authenticated > returns 404 error if user not found
    users_spec.rb: DELETE /users/:id/identities/:provider > when authenticated > returns 404 error if identity not found"""
    test_user = world.make(provider="ldapmain", extern_uid="uid=t,dc=example")
    path = "/users/%d/identities/ldapmain" % test_user["id"]
    assert world.api("DELETE", path, as_user=False).status_code == 401
    modified = world.api("DELETE", path, headers={"If-Unmodified-Since": "1990-01-12T00:00:48-0600"})
    assert (modified.status_code, modified.json()) == (412, {"message": "412 Precondition Failed"})
    unmodified = world.api("DELETE", path, headers={"If-Unmodified-Since": _http_now()})
    assert (unmodified.status_code, unmodified.text) == (204, "")
    assert world.reload(test_user)["identities"] == []
    other = world.make(provider="ldapmain", extern_uid="uid=o,dc=example")
    assert world.api("DELETE", "/users/%d/identities/ldapmain" % other["id"]).status_code == 204
    missing = world.api("DELETE", "/users/%d/identities/ldapmain" % NOT_EXISTING)
    assert (missing.status_code, missing.json()["message"]) == (404, "404 User Not Found")
    no_identity = world.api("DELETE", "/users/%d/identities/saml" % other["id"])
    assert (no_identity.status_code, no_identity.json()["message"]) == (404, "404 Identity Not Found")


def _http_now():
    """`Time.now` in an If-Unmodified-Since header, a moment after the resource changed."""
    moment = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=1)
    return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")


# -- SSH keys -----------------------------------------------------------------------------------------------
def new_ssh_key(comment="someone@laptop"):
    """`attributes_for(:key)[:key]`: a fresh public key (ed25519, generated here)."""
    line = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH)
    return "%s %s" % (line.decode(), comment)


def add_ssh_key(world, user, as_user=None, **fields):
    body = {"title": "laptop", "key": new_ssh_key()}
    body.update(fields)
    path = "/user/keys" if as_user == "user" else "/users/%d/keys" % user["id"]
    return world.api("POST", path, as_user=as_user, json=body)


def test_admin_creates_ssh_key(world):
    """users_spec.rb: POST /users/:id/keys > does not create invalid ssh key
    users_spec.rb: POST /users/:id/keys > does not create key without title
    users_spec.rb: POST /users/:id/keys > creates ssh key
    users_spec.rb: POST /users/:id/keys > creates SSH key with `expires_at` attribute
    users_spec.rb: POST /users/:id/keys > returns 400 for invalid ID"""
    path = "/users/%d/keys" % world.user["id"]
    no_key = world.api("POST", path, json={"title": "invalid key"})
    assert (no_key.status_code, no_key.json()["error"]) == (400, "key is missing")
    no_title = world.api("POST", path, json={"key": "some key"})
    assert (no_title.status_code, no_title.json()["error"]) == (400, "title is missing")
    key = new_ssh_key()
    created = world.api("POST", path, json={"title": "signing", "key": key, "usage_type": "signing"})
    assert created.status_code == 201
    stored = world.api("GET", path).json()
    assert [(k["title"], k["key"].split()[:2], k["usage_type"]) for k in stored] == [
        ("signing", key.split()[:2], "signing")]
    expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(weeks=3))
    with_expiry = world.api("POST", path, json={"title": "t", "key": new_ssh_key(), "expires_at": expires.isoformat()})
    assert (with_expiry.status_code, with_expiry.json()["expires_at"][:10]) == (201, expires.date().isoformat())
    assert world.api("POST", "/users/%d/keys" % NOT_EXISTING).status_code == 400


@pytest.mark.parametrize("by", ["id", "username"])
def test_list_user_ssh_keys(world, by):
    """users_spec.rb: GET /user/:id/keys > returns 404 for non-existing user
    users_spec.rb: GET /user/:id/keys > returns array of ssh keys
    users_spec.rb: GET /user/:id/keys > returns array of ssh keys with comments replaced witha simple identifier of username + hostname
    users_spec.rb: GET /user/:user_id/keys > returns 404 for non-existing user
    users_spec.rb: GET /user/:user_id/keys > returns array of ssh keys"""
    missing = world.api("GET", "/users/%d/keys" % NOT_EXISTING, as_user=False)
    assert (missing.status_code, missing.json()["message"]) == (404, "404 User Not Found")
    add_ssh_key(world, world.user, title="mine")
    response = world.api("GET", "/users/%s/keys" % world.user[by], as_user=False)
    assert pagination_headers(response) and response.json()[0]["title"] == "mine"
    host = world.site.settings()["ssh_host"]
    assert all(k["key"].endswith("%s (%s)" % (world.user["name"], host)) for k in response.json())


def test_get_user_ssh_key(world):
    """users_spec.rb: GET /user/:id/keys/:key_id > gets existing key
    users_spec.rb: GET /user/:id/keys/:key_id > returns 404 error if user not found
    users_spec.rb: GET /user/:id/keys/:key_id > returns 404 error if key not found"""
    key = add_ssh_key(world, world.user, title="mine").json()
    shown = world.api("GET", "/users/%d/keys/%d" % (world.user["id"], key["id"]), as_user=False)
    assert (shown.status_code, shown.json()["title"]) == (200, "mine")
    no_user = world.api("GET", "/users/%d/keys/%d" % (NOT_EXISTING, key["id"]), as_user=False)
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    no_key = world.api("GET", "/users/%d/keys/%d" % (world.user["id"], NOT_EXISTING), as_user=False)
    assert (no_key.status_code, no_key.json()["message"]) == (404, "404 Key Not Found")


def test_admin_deletes_ssh_key(world):
    """users_spec.rb: DELETE /user/:id/keys/:key_id > when unauthenticated > returns authentication error
    users_spec.rb: DELETE /user/:id/keys/:key_id > when authenticated > deletes existing key
    users_spec.rb: DELETE /user/:id/keys/:key_id > when authenticated > it_behaves_like '412 response' > for a modified resource >
        returns 412 with a JSON error
    users_spec.rb: DELETE /user/:id/keys/:key_id > when authenticated > it_behaves_like '412 response' > for an unmodified resource >
        returns 204 with an empty body
    users_spec.rb: DELETE /user/:id/keys/:key_id > when authenticated > returns 404 error if user not found
    users_spec.rb: DELETE /user/:id/keys/:key_id > when authenticated > returns 404 error if key not foud"""
    uid = world.user["id"]
    assert world.api("DELETE", "/users/%d/keys/%d" % (uid, NOT_EXISTING), as_user=False).status_code == 401
    key = add_ssh_key(world, world.user).json()
    path = "/users/%d/keys/%d" % (uid, key["id"])
    modified = world.api("DELETE", path, headers={"If-Unmodified-Since": "1990-01-12T00:00:48-0600"})
    assert (modified.status_code, modified.json()) == (412, {"message": "412 Precondition Failed"})
    no_user = world.api("DELETE", "/users/%d/keys/%d" % (NOT_EXISTING, key["id"]))
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    deleted = world.api("DELETE", path, headers={"If-Unmodified-Since": _http_now()})
    assert (deleted.status_code, deleted.text) == (204, "")
    assert world.api("GET", "/users/%d/keys" % uid).json() == []
    other = add_ssh_key(world, world.user).json()
    assert world.api("DELETE", "/users/%d/keys/%d" % (uid, other["id"])).status_code == 204
    no_key = world.api("DELETE", "/users/%d/keys/%d" % (uid, NOT_EXISTING))
    assert (no_key.status_code, no_key.json()["message"]) == (404, "404 Key Not Found")


def test_own_ssh_keys(world):
    """users_spec.rb: GET /user/keys > when unauthenticated > returns authentication error
    users_spec.rb: GET /user/keys > when authenticated > returns array of ssh keys
    users_spec.rb: GET /user/keys > when authenticated > returns array of ssh keys with comments replaced witha simple identifier of username + hostname
    users_spec.rb: GET /user/keys/:key_id > returns single key
    users_spec.rb: GET /user/keys/:key_id > exposes SSH key comment as a simple identifier of username + hostname
    users_spec.rb: GET /user/keys/:key_id > returns 404 Not Found within invalid ID
    users_spec.rb: GET /user/keys/:key_id > returns 404 error if admin accesses user's ssh key
    users_spec.rb: GET /user/keys/:key_id > returns 404 for invalid ID"""
    assert world.api("GET", "/user/keys", as_user=False).status_code == 401
    key = add_ssh_key(world, world.user, as_user="user", title="mine").json()
    suffix = "%s (%s)" % (world.user["name"], world.site.settings()["ssh_host"])
    listed = world.api("GET", "/user/keys", as_user="user")
    assert pagination_headers(listed) and listed.json()[0]["title"] == "mine"
    assert all(k["key"].endswith(suffix) for k in listed.json())
    single = world.api("GET", "/user/keys/%d" % key["id"], as_user="user").json()
    assert single["title"] == "mine" and single["key"].endswith(suffix)
    for response in (world.api("GET", "/user/keys/%d" % NOT_EXISTING, as_user="user"),
                     world.api("GET", "/user/keys/%d" % key["id"])):
        assert (response.status_code, response.json()["message"]) == (404, "404 Key Not Found")
    assert world.api("GET", "/users/keys/ASDF").status_code == 404


@pytest.mark.parametrize("path", ["/user/keys", "/user/keys/%(key)s", "/user/gpg_keys", "/user/gpg_keys/%(gpg)s",
                                  "/user/emails", "/user/emails/%(email)s", "/user"])
def test_read_user_scope(world, path):
    """users_spec.rb: GET /user/keys > when authenticated > scopes > include_examples 'allows the "read_user" scope'
    users_spec.rb: GET /user/keys/:key_id > scopes > include_examples 'allows the "read_user" scope'
    users_spec.rb: GET /user/gpg_keys > when authenticated > scopes > include_examples 'allows the "read_user" scope'
    users_spec.rb: GET /user/gpg_keys/:key_id > scopes > include_examples 'allows the "read_user" scope'
    users_spec.rb: GET /user/emails > when authenticated > scopes > include_examples 'allows the "read_user" scope'
    users_spec.rb: GET /user/emails/:email_id > scopes > include_examples 'allows the "read_user" scope'
    users_spec.rb: GET /user > get user info (v4) > with regular user > scopes > include_examples 'allows the "read_user" scope'
    (each: personal access tokens with "api" or "read_user" get 200 on GET and HEAD, "read_registry" gets 403;
    the OAuth-token half of the shared example is in test_oauth_tokens_have_scopes)"""
    key = add_ssh_key(world, world.user, as_user="user").json()
    gpg = world.api("POST", "/user/gpg_keys", as_user="user", json={"key": docs_gpg_key()}).json()
    email = world.api("POST", "/user/emails", as_user="user", json={"email": "second@example.org"}).json()
    target = path % {"key": key["id"], "gpg": gpg["id"], "email": email["id"]}
    for scopes, status in ((("api",), 200), (("read_user",), 200), (("read_registry",), 403)):
        token = world.token(world.user, scopes)
        assert world.api("GET", target, token=token).status_code == status, (scopes, target)
        if status == 200:
            assert world.api("HEAD", target, token=token).status_code == 200


def test_create_own_ssh_key(world):
    """users_spec.rb: POST /user/keys > creates ssh key
    users_spec.rb: POST /user/keys > creates SSH key with `expires_at` attribute
    users_spec.rb: POST /user/keys > returns a 401 error if unauthorized
    users_spec.rb: POST /user/keys > does not create ssh key without key
    users_spec.rb: POST /user/keys > does not create ssh key without title (the 'title is missing' example)
    users_spec.rb: POST /user/keys > does not create ssh key without title (the 400 example)"""
    key = new_ssh_key()
    created = world.api("POST", "/user/keys", as_user="user", json={"title": "s", "key": key, "usage_type": "signing"})
    assert created.status_code == 201 and (created.json()["title"], created.json()["usage_type"]) == ("s", "signing")
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(weeks=3)
    dated = add_ssh_key(world, world.user, as_user="user", expires_at=expires.isoformat())
    assert dated.json()["expires_at"][:10] == expires.date().isoformat()
    assert world.api("POST", "/user/keys", as_user=False, json={"title": "t", "key": "some key"}).status_code == 401
    no_key = world.api("POST", "/user/keys", as_user="user", json={"title": "title"})
    assert (no_key.status_code, no_key.json()["error"]) == (400, "key is missing")
    no_title = world.api("POST", "/user/keys", as_user="user", json={"key": "some key"})
    assert (no_title.status_code, no_title.json()["error"]) == (400, "title is missing")


def test_delete_own_ssh_key(world):
    """users_spec.rb: DELETE /user/keys/:key_id > deletes existed key
    users_spec.rb: DELETE /user/keys/:key_id > it_behaves_like '412 response' > for a modified resource > returns 412 with a JSON error
    users_spec.rb: DELETE /user/keys/:key_id > it_behaves_like '412 response' > for an unmodified resource > returns 204 with an empty body
    users_spec.rb: DELETE /user/keys/:key_id > returns 404 if key ID not found
    users_spec.rb: DELETE /user/keys/:key_id > returns 401 error if unauthorized
    users_spec.rb: DELETE /user/keys/:key_id > returns a 404 for invalid ID"""
    key = add_ssh_key(world, world.user, as_user="user").json()
    path = "/user/keys/%d" % key["id"]
    assert world.api("DELETE", path, as_user=False).status_code == 401
    modified = world.api("DELETE", path, as_user="user", headers={"If-Unmodified-Since": "1990-01-12T00:00:48-0600"})
    assert (modified.status_code, modified.json()) == (412, {"message": "412 Precondition Failed"})
    deleted = world.api("DELETE", path, as_user="user", headers={"If-Unmodified-Since": _http_now()})
    assert (deleted.status_code, deleted.text) == (204, "")
    assert world.api("GET", "/user/keys", as_user="user").json() == []
    missing = world.api("DELETE", "/user/keys/%d" % NOT_EXISTING, as_user="user")
    assert (missing.status_code, missing.json()["message"]) == (404, "404 Key Not Found")
    assert world.api("DELETE", "/users/keys/ASDF").status_code == 404


# -- GPG keys ------------------------------------------------------------------------------------------------
def docs_gpg_key():
    """`GpgHelpers::User2.public_key`'s role: a real public key (the one of GitLab's GPG key docs)."""
    with open(os.path.join(os.path.dirname(__file__), "data", "gitlab_docs_gpg_key.asc"), encoding="utf-8") as handle:
        return handle.read()


def test_admin_gpg_keys(world):
    """users_spec.rb: POST /users/:id/gpg_keys > does not create invalid GPG key
    users_spec.rb: POST /users/:id/gpg_keys > creates GPG key
    users_spec.rb: POST /users/:id/gpg_keys > returns 400 for invalid ID
    users_spec.rb: GET /user/:id/gpg_keys > returns 404 for non-existing user
    users_spec.rb: GET /user/:id/gpg_keys > returns array of GPG keys
    users_spec.rb: GET /user/:id/gpg_keys/:key_id > returns 404 for non-existing user
    users_spec.rb: GET /user/:id/gpg_keys/:key_id > returns 404 for non-existing key
    users_spec.rb: GET /user/:id/gpg_keys/:key_id > returns a single GPG key"""
    path = "/users/%d/gpg_keys" % world.user["id"]
    missing_key = world.api("POST", path)
    assert (missing_key.status_code, missing_key.json()["error"]) == (400, "key is missing")
    created = world.api("POST", path, json={"key": docs_gpg_key()})
    assert created.status_code == 201
    assert world.api("POST", "/users/%d/gpg_keys" % NOT_EXISTING).status_code == 400
    no_user = world.api("GET", "/users/%d/gpg_keys" % NOT_EXISTING, as_user=False)
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    listed = world.api("GET", path, as_user=False)
    assert pagination_headers(listed) and listed.json()[0]["key"] == docs_gpg_key().strip()
    no_user = world.api("GET", "/users/%d/gpg_keys/1" % NOT_EXISTING, as_user=False)
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    no_key = world.api("GET", "%s/%d" % (path, NOT_EXISTING), as_user=False)
    assert (no_key.status_code, no_key.json()["message"]) == (404, "404 GPG Key Not Found")
    single = world.api("GET", "%s/%d" % (path, created.json()["id"]), as_user=False)
    assert (single.status_code, single.json()["key"]) == (200, docs_gpg_key().strip())


@pytest.mark.parametrize("action", ["delete", "revoke"])
def test_admin_removes_gpg_key(world, action):
    """users_spec.rb: DELETE /user/:id/gpg_keys/:key_id > when unauthenticated > returns authentication error
    users_spec.rb: DELETE /user/:id/gpg_keys/:key_id > when authenticated > deletes existing key
    users_spec.rb: DELETE /user/:id/gpg_keys/:key_id > when authenticated > returns 404 error if user not found
    users_spec.rb: DELETE /user/:id/gpg_keys/:key_id > when authenticated > returns 404 error if key not foud
    users_spec.rb: POST /user/:id/gpg_keys/:key_id/revoke > when unauthenticated > returns authentication error
    users_spec.rb: POST /user/:id/gpg_keys/:key_id/revoke > when authenticated > revokes existing key
    users_spec.rb: POST /user/:id/gpg_keys/:key_id/revoke > when authenticated > returns 404 error if user not found
    users_spec.rb: POST /user/:id/gpg_keys/:key_id/revoke > when authenticated > returns 404 error if key not foud"""
    method, suffix, status = ("DELETE", "", 204) if action == "delete" else ("POST", "/revoke", 202)
    uid = world.user["id"]
    # the spec's unauthenticated DELETE example goes to /keys/ (a typo there); both answer 401
    assert world.api(method, "/users/%d/gpg_keys/%d%s" % (uid, NOT_EXISTING, suffix), as_user=False).status_code == 401
    key = world.api("POST", "/users/%d/gpg_keys" % uid, json={"key": docs_gpg_key()}).json()
    no_user = world.api(method, "/users/%d/gpg_keys/%d%s" % (NOT_EXISTING, key["id"], suffix))
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    assert world.api(method, "/users/%d/gpg_keys/%d%s" % (uid, key["id"], suffix)).status_code == status
    assert world.api("GET", "/users/%d/gpg_keys" % uid).json() == []
    no_key = world.api(method, "/users/%d/gpg_keys/%d%s" % (uid, NOT_EXISTING, suffix))
    assert (no_key.status_code, no_key.json()["message"]) == (404, "404 GPG Key Not Found")


def test_own_gpg_keys(world):
    """users_spec.rb: GET /user/gpg_keys > when unauthenticated > returns authentication error
    users_spec.rb: GET /user/gpg_keys > when authenticated > returns array of GPG keys
    users_spec.rb: GET /user/gpg_keys/:key_id > returns a single key
    users_spec.rb: GET /user/gpg_keys/:key_id > returns 404 Not Found within invalid ID
    users_spec.rb: GET /user/gpg_keys/:key_id > returns 404 error if admin accesses user's GPG key
    users_spec.rb: GET /user/gpg_keys/:key_id > returns 404 for invalid ID
    users_spec.rb: POST /user/gpg_keys > creates a GPG key
    users_spec.rb: POST /user/gpg_keys > returns a 401 error if unauthorized
    users_spec.rb: POST /user/gpg_keys > does not create GPG key without key"""
    assert world.api("GET", "/user/gpg_keys", as_user=False).status_code == 401
    assert world.api("POST", "/user/gpg_keys", as_user=False, json={"key": "some key"}).status_code == 401
    missing = world.api("POST", "/user/gpg_keys", as_user="user")
    assert (missing.status_code, missing.json()["error"]) == (400, "key is missing")
    key = world.api("POST", "/user/gpg_keys", as_user="user", json={"key": docs_gpg_key()})
    assert key.status_code == 201
    listed = world.api("GET", "/user/gpg_keys", as_user="user")
    assert pagination_headers(listed) and listed.json()[0]["key"] == docs_gpg_key().strip()
    assert world.api("GET", "/user/gpg_keys/%d" % key.json()["id"], as_user="user").json()["key"] == docs_gpg_key().strip()
    for response in (world.api("GET", "/user/gpg_keys/%d" % NOT_EXISTING, as_user="user"),
                     world.api("GET", "/user/gpg_keys/%d" % key.json()["id"])):
        assert (response.status_code, response.json()["message"]) == (404, "404 GPG Key Not Found")
    assert world.api("GET", "/users/gpg_keys/ASDF").status_code == 404


@pytest.mark.parametrize("action", ["revoke", "delete"])
def test_own_gpg_key_removal(world, action):
    """users_spec.rb: POST /user/gpg_keys/:key_id/revoke > revokes existing GPG key
    users_spec.rb: POST /user/gpg_keys/:key_id/revoke > returns 404 if key ID not found
    users_spec.rb: POST /user/gpg_keys/:key_id/revoke > returns 401 error if unauthorized
    users_spec.rb: POST /user/gpg_keys/:key_id/revoke > returns a 404 for invalid ID
    users_spec.rb: DELETE /user/gpg_keys/:key_id > deletes existing GPG key
    users_spec.rb: DELETE /user/gpg_keys/:key_id > returns 404 if key ID not found
    users_spec.rb: DELETE /user/gpg_keys/:key_id > returns 401 error if unauthorized
    users_spec.rb: DELETE /user/gpg_keys/:key_id > returns a 404 for invalid ID"""
    method, suffix, status = ("POST", "/revoke", 202) if action == "revoke" else ("DELETE", "", 204)
    key = world.api("POST", "/user/gpg_keys", as_user="user", json={"key": docs_gpg_key()}).json()
    assert world.api(method, "/user/gpg_keys/%d%s" % (key["id"], suffix), as_user=False).status_code == 401
    assert world.api(method, "/user/gpg_keys/%d%s" % (key["id"], suffix), as_user="user").status_code == status
    assert world.api("GET", "/user/gpg_keys", as_user="user").json() == []
    missing = world.api(method, "/user/gpg_keys/%d%s" % (NOT_EXISTING, suffix), as_user="user")
    assert (missing.status_code, missing.json()["message"]) == (404, "404 GPG Key Not Found")
    assert world.api(method, "/users/gpg_keys/ASDF%s" % suffix).status_code == 404


# -- emails ----------------------------------------------------------------------------------------------------
def test_admin_creates_email(world):
    """users_spec.rb: POST /users/:id/emails > does not create invalid email
    users_spec.rb: POST /users/:id/emails > creates unverified email
    users_spec.rb: POST /users/:id/emails > returns a 400 for invalid ID
    users_spec.rb: POST /users/:id/emails > creates verified email"""
    path = "/users/%d/emails" % world.user["id"]
    missing = world.api("POST", path, json={})
    assert (missing.status_code, missing.json()["error"]) == (400, "email is missing")
    before = len(world.api("GET", path).json())
    unverified = world.api("POST", path, json={"email": "unverified@example.org"})
    assert (unverified.status_code, unverified.json()["confirmed_at"]) == (201, None)
    assert len(world.api("GET", path).json()) == before + 1
    assert world.api("POST", "/users/%d/emails" % NOT_EXISTING).status_code == 400
    verified = world.api("POST", path, json={"email": "verified@example.org", "skip_confirmation": True})
    assert verified.status_code == 201 and verified.json()["confirmed_at"] is not None


@pytest.mark.parametrize("kind, confirmed", [("primary", True), ("primary", False), ("secondary", True),
                                             ("secondary", False)])
def test_admin_email_already_taken(world, kind, confirmed):
    """users_spec.rb: POST /users/:id/emails > when user with a primary email exists > when the primary email is confirmed > returns 400 error
    users_spec.rb: POST /users/:id/emails > when user with a primary email exists > when the primary email is unconfirmed > returns 400 error
    users_spec.rb: POST /users/:id/emails > when user with a secondary email exists > when the secondary email is confirmed > returns 400 error
    users_spec.rb: POST /users/:id/emails > when user with a secondary email exists > when the secondary email is unconfirmed > returns 400 error"""
    if kind == "primary":
        body = attributes_for_user(email="foo@example.com")
        body["skip_confirmation"] = confirmed
        world.api("POST", "/users", json=body)
    else:
        body = {"email": "foo@example.com", "skip_confirmation": confirmed}
        world.api("POST", "/users/%d/emails" % world.make()["id"], json=body)
    assert world.api("POST", "/users/%d/emails" % world.user["id"], json={"email": "foo@example.com"}).status_code == 400


def test_admin_lists_emails(world):
    """users_spec.rb: GET /user/:id/emails > when unauthenticated > returns authentication error
    users_spec.rb: GET /user/:id/emails > when authenticated > returns 404 for non-existing user
    users_spec.rb: GET /user/:id/emails > when authenticated > returns array of emails
    users_spec.rb: GET /user/:id/emails > when authenticated > returns a 404 for invalid ID"""
    path = "/users/%d/emails" % world.user["id"]
    assert world.api("GET", path, as_user=False).status_code == 401
    missing = world.api("GET", "/users/%d/emails" % NOT_EXISTING)
    assert (missing.status_code, missing.json()["message"]) == (404, "404 User Not Found")
    world.api("POST", path, json={"email": "second@example.org"})
    listed = world.api("GET", path)
    assert pagination_headers(listed)
    assert [e["email"] for e in listed.json()] == [world.user["email"], "second@example.org"]
    assert world.api("GET", "/users/ASDF/emails").status_code == 404


def test_admin_deletes_email(world):
    """users_spec.rb: DELETE /user/:id/emails/:email_id > when unauthenticated > returns authentication error
    users_spec.rb: DELETE /user/:id/emails/:email_id > when authenticated > deletes existing email
    users_spec.rb: DELETE /user/:id/emails/:email_id > when authenticated > it_behaves_like '412 response' > for a modified resource >
        returns 412 with a JSON error
    users_spec.rb: DELETE /user/:id/emails/:email_id > when authenticated > it_behaves_like '412 response' > for an unmodified resource >
        returns 204 with an empty body
    users_spec.rb: DELETE /user/:id/emails/:email_id > when authenticated > returns 404 error if user not found
    users_spec.rb: DELETE /user/:id/emails/:email_id > when authenticated > returns 404 error if email not foud
    users_spec.rb: DELETE /user/:id/emails/:email_id > when authenticated > returns a 404 for invalid ID"""
    uid = world.user["id"]
    assert world.api("DELETE", "/users/%d/emails/%d" % (uid, NOT_EXISTING), as_user=False).status_code == 401
    email = world.api("POST", "/users/%d/emails" % uid, json={"email": "second@example.org"}).json()
    path = "/users/%d/emails/%d" % (uid, email["id"])
    modified = world.api("DELETE", path, headers={"If-Unmodified-Since": "1990-01-12T00:00:48-0600"})
    assert (modified.status_code, modified.json()) == (412, {"message": "412 Precondition Failed"})
    no_user = world.api("DELETE", "/users/%d/emails/%d" % (NOT_EXISTING, email["id"]))
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    deleted = world.api("DELETE", path, headers={"If-Unmodified-Since": _http_now()})
    assert (deleted.status_code, deleted.text) == (204, "")
    assert [e["email"] for e in world.api("GET", "/users/%d/emails" % uid).json()] == [world.user["email"]]
    no_email = world.api("DELETE", "/users/%d/emails/%d" % (uid, NOT_EXISTING))
    assert (no_email.status_code, no_email.json()["message"]) == (404, "404 Email Not Found")
    assert world.api("DELETE", "/users/ASDF/emails/bar").status_code == 404


def test_own_emails(world):
    """users_spec.rb: GET /user/emails > when unauthenticated > returns authentication error
    users_spec.rb: GET /user/emails > when authenticated > returns array of emails
    users_spec.rb: GET /user/emails/:email_id > returns single email
    users_spec.rb: GET /user/emails/:email_id > returns 404 Not Found within invalid ID
    users_spec.rb: GET /user/emails/:email_id > returns 404 error if admin accesses user's email
    users_spec.rb: GET /user/emails/:email_id > returns 404 for invalid ID
    users_spec.rb: POST /user/emails > creates email
    users_spec.rb: POST /user/emails > returns a 401 error if unauthorized
    users_spec.rb: POST /user/emails > does not create email with invalid email"""
    assert world.api("GET", "/user/emails", as_user=False).status_code == 401
    assert world.api("POST", "/user/emails", as_user=False, json={"email": "some email"}).status_code == 401
    missing = world.api("POST", "/user/emails", as_user="user", json={})
    assert (missing.status_code, missing.json()["error"]) == (400, "email is missing")
    created = world.api("POST", "/user/emails", as_user="user", json={"email": "second@example.org"})
    assert created.status_code == 201
    listed = world.api("GET", "/user/emails", as_user="user")
    assert pagination_headers(listed)
    assert [e["email"] for e in listed.json()] == [world.user["email"], "second@example.org"]
    single = world.api("GET", "/user/emails/%d" % created.json()["id"], as_user="user")
    assert single.json()["email"] == "second@example.org"
    for response in (world.api("GET", "/user/emails/%d" % NOT_EXISTING, as_user="user"),
                     world.api("GET", "/user/emails/%d" % created.json()["id"])):
        assert (response.status_code, response.json()["message"]) == (404, "404 Email Not Found")
    assert world.api("GET", "/users/emails/ASDF").status_code == 404


def test_delete_own_email(world):
    """users_spec.rb: DELETE /user/emails/:email_id > deletes existed email
    users_spec.rb: DELETE /user/emails/:email_id > it_behaves_like '412 response' > for a modified resource > returns 412 with a JSON error
    users_spec.rb: DELETE /user/emails/:email_id > it_behaves_like '412 response' > for an unmodified resource > returns 204 with an empty body
    users_spec.rb: DELETE /user/emails/:email_id > returns 404 if email ID not found
    users_spec.rb: DELETE /user/emails/:email_id > returns 401 error if unauthorized
    users_spec.rb: DELETE /user/emails/:email_id > returns 400 for invalid ID"""
    email = world.api("POST", "/user/emails", as_user="user", json={"email": "second@example.org"}).json()
    path = "/user/emails/%d" % email["id"]
    assert world.api("DELETE", path, as_user=False).status_code == 401
    modified = world.api("DELETE", path, as_user="user", headers={"If-Unmodified-Since": "1990-01-12T00:00:48-0600"})
    assert (modified.status_code, modified.json()) == (412, {"message": "412 Precondition Failed"})
    deleted = world.api("DELETE", path, as_user="user", headers={"If-Unmodified-Since": _http_now()})
    assert (deleted.status_code, deleted.text) == (204, "")
    missing = world.api("DELETE", "/user/emails/%d" % NOT_EXISTING, as_user="user")
    assert (missing.status_code, missing.json()["message"]) == (404, "404 Email Not Found")
    assert world.api("DELETE", "/user/emails/ASDF").status_code == 400


# -- DELETE /users/:id -------------------------------------------------------------------------------------
def wait_gone(world, user):
    for _attempt in range(200):
        if world.api("GET", "/users/%d" % user["id"]).status_code == 404:
            return True
        time.sleep(0.02)
    return False


def test_delete_user(world):
    """users_spec.rb: DELETE /users/:id > deletes user
    users_spec.rb: DELETE /users/:id > hard delete disabled > moves contributions to the ghost user
    users_spec.rb: DELETE /users/:id > does not delete for unauthenticated user
    users_spec.rb: DELETE /users/:id > is not available for non admin users
    users_spec.rb: DELETE /users/:id > returns 404 for non-existing user
    users_spec.rb: DELETE /users/:id > returns a 404 for invalid ID"""
    path = "/users/%d" % world.user["id"]
    assert world.api("DELETE", path, as_user=False).status_code == 401
    assert world.api("DELETE", path, as_user="user").status_code == 403
    missing = world.api("DELETE", "/users/%d" % NOT_EXISTING)
    assert (missing.status_code, missing.json()["message"]) == (404, "404 User Not Found")
    assert world.api("DELETE", "/users/ASDF").status_code == 404
    assert world.api("DELETE", path).status_code == 204
    assert wait_gone(world, world.user)
    ghosts = [u for u in world.api("GET", "/users?per_page=100").json() if u["username"].startswith("ghost")]
    assert len(ghosts) == 1  # the soft deletion created the ghost user that holds the contributions


def test_delete_sole_owner(world):
    """users_spec.rb: DELETE /users/:id > sole owner of a group > hard delete disabled > does not delete user
    users_spec.rb: DELETE /users/:id > sole owner of a group > hard delete enabled > delete user and group
    users_spec.rb: DELETE /users/:id > hard delete enabled > removes contributions"""
    world.site.poke_user(world.user["username"], sole_group_owner=True)
    assert world.api("DELETE", "/users/%d" % world.user["id"]).status_code == 409
    assert world.api("DELETE", "/users/%d?hard_delete=true" % world.user["id"]).status_code == 204
    assert wait_gone(world, world.user)
    assert not [u for u in world.api("GET", "/users").json() if u["username"].startswith("ghost")]


def test_delete_user_412(world):
    """users_spec.rb: DELETE /users/:id > it_behaves_like '412 response' > for a modified resource > returns 412 with a JSON error
    users_spec.rb: DELETE /users/:id > it_behaves_like '412 response' > for an unmodified resource > returns 204 with an empty body"""
    path = "/users/%d" % world.user["id"]
    modified = world.api("DELETE", path, headers={"If-Unmodified-Since": "1990-01-12T00:00:48-0600"})
    assert (modified.status_code, modified.json()) == (412, {"message": "412 Precondition Failed"})
    unmodified = world.api("DELETE", path, headers={"If-Unmodified-Since": _http_now()})
    assert (unmodified.status_code, unmodified.text) == (204, "")


# -- GET /user ---------------------------------------------------------------------------------------------------
def test_current_user(world):
    """users_spec.rb: GET /user > it_behaves_like 'get user info' (v4) > with regular user > with personal access token >
        returns 403 without private token when sudo is defined
    users_spec.rb: GET /user > it_behaves_like 'get user info' (v4) > with regular user > returns current user without private token when sudo not defined
    users_spec.rb: GET /user > it_behaves_like 'get user info' (v4) > with admin > with personal access token >
        returns 403 without private token when sudo defined
    users_spec.rb: GET /user > it_behaves_like 'get user info' (v4) > with admin > with personal access token >
        returns initial current user without private token but with is_admin when sudo not defined
    users_spec.rb: GET /user > it_behaves_like 'get user info' (v4) > with unauthenticated user > returns 401 error if user is unauthenticated"""
    sudo_as_user = world.api("GET", "/user", token=False, params={"private_token": world.user_token, "sudo": 123})
    assert sudo_as_user.status_code == 403
    mine = world.api("GET", "/user", as_user="user")
    assert (mine.status_code, mine.json()["id"]) == (200, world.user["id"]) and "is_admin" not in mine.json()
    admin_token = world.site.token_for("root", ("api",))  # no `sudo` scope
    denied = world.api("GET", "/user", token=False, params={"private_token": admin_token, "sudo": world.user["id"]})
    assert denied.status_code == 403
    admin = world.api("GET", "/user", token=False, params={"private_token": admin_token}).json()
    assert (admin["id"], admin["is_admin"]) == (1, True)
    assert world.api("GET", "/user", as_user=False).status_code == 401


# -- state actions ----------------------------------------------------------------------------------------------
def act(world, user_id, action, as_user=None):
    response = world.api("POST", "/users/%s/%s" % (user_id, action), as_user=as_user)
    return response.status_code, (response.json() if response.content else None)


def state_of(world, user):
    return world.internals(user)["state"]


def test_activate(world):
    """users_spec.rb: activate and deactivate > POST /users/:id/activate > performed by a non-admin user > is not authorized to perform the action
    users_spec.rb: activate and deactivate > POST /users/:id/activate > performed by an admin user > for a deactivated user > activates a deactivated user
    users_spec.rb: activate and deactivate > POST /users/:id/activate > performed by an admin user > for an active user > returns 201
    users_spec.rb: activate and deactivate > POST /users/:id/activate > performed by an admin user > for a blocked user > returns 403
    users_spec.rb: activate and deactivate > POST /users/:id/activate > performed by an admin user > for a ldap blocked user > returns 403
    users_spec.rb: activate and deactivate > POST /users/:id/activate > performed by an admin user > for a user that does not exist > returns 404"""
    assert act(world, world.user["id"], "activate", as_user="user")[0] == 403
    deactivated = world.make(state="deactivated")
    assert act(world, deactivated["id"], "activate")[0] == 201 and state_of(world, deactivated) == "active"
    assert act(world, world.user["id"], "activate")[0] == 201 and state_of(world, world.user) == "active"
    message = "Error occurred. A blocked user must be unblocked to be activated"
    for state in ("blocked", "ldap_blocked"):
        blocked = world.make(state=state)
        assert act(world, blocked["id"], "activate") == (403, {"message": message})
        assert state_of(world, blocked) == state
    assert act(world, NOT_EXISTING, "activate") == (404, {"message": "404 User Not Found"})


def test_deactivate(world):
    """users_spec.rb: activate and deactivate > POST /users/:id/deactivate > performed by a non-admin user > is not authorized to perform the action
    users_spec.rb: activate and deactivate > POST /users/:id/deactivate > performed by an admin user > for an active user > with no recent activity >
        deactivates an active user
    users_spec.rb: activate and deactivate > POST /users/:id/deactivate > performed by an admin user > for an active user > with recent activity >
        does not deactivate an active user
    users_spec.rb: activate and deactivate > POST /users/:id/deactivate > performed by an admin user > for a deactivated user > returns 201
    users_spec.rb: activate and deactivate > POST /users/:id/deactivate > performed by an admin user > for a blocked user > returns 403
    users_spec.rb: activate and deactivate > POST /users/:id/deactivate > performed by an admin user > for a ldap blocked user > returns 403
    users_spec.rb: activate and deactivate > POST /users/:id/deactivate > performed by an admin user > for an internal user > returns 403
    users_spec.rb: activate and deactivate > POST /users/:id/deactivate > performed by an admin user > for a user that does not exist > returns 404"""
    assert act(world, world.user["id"], "deactivate", as_user="user")[0] == 403
    today = datetime.datetime.now(datetime.timezone.utc).date()
    dormant = world.make()
    world.site.poke_user(dormant["username"], last_activity_on=(today - datetime.timedelta(days=91)).isoformat())
    assert act(world, dormant["id"], "deactivate")[0] == 201 and state_of(world, dormant) == "deactivated"
    assert act(world, dormant["id"], "deactivate")[0] == 201 and state_of(world, dormant) == "deactivated"
    recent = world.make()
    world.site.poke_user(recent["username"], last_activity_on=(today - datetime.timedelta(days=89)).isoformat())
    assert act(world, recent["id"], "deactivate") == (403, {"message": (
        "The user you are trying to deactivate has been active in the past 90 days and cannot be deactivated")})
    assert state_of(world, recent) == "active"
    for state in ("blocked", "ldap_blocked"):
        blocked = world.make(state=state)
        assert act(world, blocked["id"], "deactivate") == (
            403, {"message": "Error occurred. A blocked user cannot be deactivated"})
        assert state_of(world, blocked) == state
    bot = world.make()
    world.site.poke_user(bot["username"], user_type="alert_bot")
    assert act(world, bot["id"], "deactivate") == (403, {"message": "Internal users cannot be deactivated"})
    assert act(world, NOT_EXISTING, "deactivate") == (404, {"message": "404 User Not Found"})


def test_approve(world):
    """users_spec.rb: approve and reject pending user > POST /users/:id/approve > performed by a non-admin user > is not authorized to perform the action
    users_spec.rb: approve and reject pending user > POST /users/:id/approve > performed by an admin user > for a deactivated user >
        does not approve a deactivated user
    users_spec.rb: approve and reject pending user > POST /users/:id/approve > performed by an admin user > for an pending approval user > returns 201
    users_spec.rb: approve and reject pending user > POST /users/:id/approve > performed by an admin user > for an active user > returns 201
    users_spec.rb: approve and reject pending user > POST /users/:id/approve > performed by an admin user > for a blocked user > returns 403
    users_spec.rb: approve and reject pending user > POST /users/:id/approve > performed by an admin user > for a ldap blocked user > returns 403
    users_spec.rb: approve and reject pending user > POST /users/:id/approve > performed by an admin user > for a user that does not exist > returns 404"""
    pending = world.make(state="blocked_pending_approval")
    assert act(world, pending["id"], "approve", as_user="user") == (403, {"message": "You are not allowed to approve a user"})
    assert state_of(world, pending) == "blocked_pending_approval"
    not_pending = {"message": "The user you are trying to approve is not pending approval"}
    for state in ("deactivated", None, "blocked", "ldap_blocked"):
        other = world.make(state=state)
        assert act(world, other["id"], "approve") == (409, not_pending)
        assert state_of(world, other) == (state or "active")
    assert act(world, pending["id"], "approve") == (201, {"message": "Success"})
    assert state_of(world, pending) == "active"
    assert act(world, NOT_EXISTING, "approve") == (404, {"message": "404 User Not Found"})


def test_reject(world):
    """users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by a non-admin user > returns 403
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for an pending approval user > returns 200
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for a deactivated user >
        does not reject a deactivated user
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for a deactivated user >
        it_behaves_like 'returns 409'
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for an active user > does not reject an active user
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for an active user > it_behaves_like 'returns 409'
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for a blocked user > does not reject a blocked user
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for a blocked user > it_behaves_like 'returns 409'
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for a ldap blocked user >
        does not reject a ldap blocked user
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for a ldap blocked user >
        it_behaves_like 'returns 409'
    users_spec.rb: approve and reject pending user > POST /users/:id/reject > performed by an admin user > for a user that does not exist > returns 404"""
    pending = world.make(state="blocked_pending_approval")
    assert act(world, pending["id"], "reject", as_user="user") == (403, {"message": "You are not allowed to reject a user"})
    assert state_of(world, pending) == "blocked_pending_approval"
    for state in ("deactivated", None, "blocked", "ldap_blocked"):
        other = world.make(state=state)
        assert act(world, other["id"], "reject") == (409, {"message": "User does not have a pending request"})
        assert state_of(world, other) == (state or "active")
    assert act(world, pending["id"], "reject") == (200, {"message": "Success"})
    assert act(world, NOT_EXISTING, "reject") == (404, {"message": "404 User Not Found"})


def test_block(world):
    """users_spec.rb: POST /users/:id/block > when admin > with an existing user > blocks existing user
    users_spec.rb: POST /users/:id/block > when admin > with an existing user > saves a custom attribute
    users_spec.rb: POST /users/:id/block > when admin > with an ldap blocked user > does not re-block ldap blocked users
    users_spec.rb: POST /users/:id/block > when admin > with a non existent user > does not block non existent user, returns 404
    users_spec.rb: POST /users/:id/block > when admin > with an internal user > does not block internal user, returns 403
    users_spec.rb: POST /users/:id/block > when admin > with a blocked user > returns a 201 if user is already blocked
    users_spec.rb: POST /users/:id/block > when admin > with the API initiating user > does not block the API initiating user, returns 403
    users_spec.rb: POST /users/:id/block > performed by a non-admin user > returns 403"""
    other = world.make()
    assert act(world, other["id"], "block", as_user="user")[0] == 403 and state_of(world, other) == "active"
    before = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    blocked = world.api("POST", "/users/%d/block" % other["id"])
    assert (blocked.status_code, blocked.text) == (201, "true") and state_of(world, other) == "blocked"
    attributes = world.api("GET", "/users/%d/custom_attributes" % other["id"]).json()
    assert attributes[-1]["key"] == "blocked_by"
    admin, moment = attributes[-1]["value"].split("+")
    stamp = datetime.datetime.strptime(moment, "%Y-%m-%d %H:%M:%S UTC").replace(tzinfo=datetime.timezone.utc)
    assert admin == "root/1" and before <= stamp <= before + datetime.timedelta(seconds=5)
    again = world.api("POST", "/users/%d/block" % other["id"])
    assert (again.status_code, again.text) == (201, "null")
    ldap = world.make(state="ldap_blocked")
    assert act(world, ldap["id"], "block")[0] == 403 and state_of(world, ldap) == "ldap_blocked"
    assert act(world, NOT_EXISTING, "block") == (404, {"message": "404 User Not Found"})
    bot = world.make()
    world.site.poke_user(bot["username"], user_type="project_bot")  # `create(:user, :bot)`
    world.site.poke_user(bot["username"], user_type="alert_bot")
    assert act(world, bot["id"], "block") == (403, {"message": "An internal user cannot be blocked"})
    assert act(world, 1, "block") == (
        403, {"message": "403 Forbidden - The API initiating user cannot be blocked by the API"})
    assert state_of(world, world.admin) == "active"


def test_unblock(world):
    """users_spec.rb: POST /users/:id/unblock > when admin > with an existing user > unblocks existing user
    users_spec.rb: POST /users/:id/unblock > when admin > with a blocked user > unblocks a blocked user
    users_spec.rb: POST /users/:id/unblock > when admin > with a blocked user > saves a custom attribute
    users_spec.rb: POST /users/:id/unblock > when admin > with a ldap blocked user > does not unblock ldap blocked users
    users_spec.rb: POST /users/:id/unblock > when admin > with a deactivated user > does not unblock deactivated users
    users_spec.rb: POST /users/:id/unblock > when admin > with a non existent user > returns a 404 error if user id not found
    users_spec.rb: POST /users/:id/unblock > when admin > with an invalid user id > returns a 404
    users_spec.rb: POST /users/:id/unblock > performed by a non-admin user > returns 403"""
    assert act(world, world.user["id"], "unblock", as_user="user")[0] == 403
    assert act(world, world.user["id"], "unblock")[0] == 201 and state_of(world, world.user) == "active"
    assert not world.api("GET", "/users/%d/custom_attributes" % world.user["id"]).json()  # a no-op writes nothing
    blocked = world.make(state="blocked")
    assert act(world, blocked["id"], "unblock") == (201, True) and state_of(world, blocked) == "active"
    last = world.api("GET", "/users/%d/custom_attributes" % blocked["id"]).json()[-1]
    assert last["key"] == "unblocked_by" and last["value"].startswith("root/1+")
    for state in ("ldap_blocked", "deactivated"):
        other = world.make(state=state)
        assert act(world, other["id"], "unblock")[0] == 403 and state_of(world, other) == state
    assert act(world, NOT_EXISTING, "unblock") == (404, {"message": "404 User Not Found"})
    assert act(world, "ASDF", "unblock")[0] == 404


def test_ban(world):
    """users_spec.rb: POST /users/:id/ban > when admin > with an active user > bans an active user
    users_spec.rb: POST /users/:id/ban > when admin > with an ldap blocked user > does not ban ldap blocked users
    users_spec.rb: POST /users/:id/ban > when admin > with a deactivated user > does not ban deactivated users
    users_spec.rb: POST /users/:id/ban > when admin > with a banned user > does not ban banned users
    users_spec.rb: POST /users/:id/ban > when admin > with a non existent user > does not ban non existent users
    users_spec.rb: POST /users/:id/ban > when admin > with an invalid id > does not ban invalid id users
    users_spec.rb: POST /users/:id/ban > performed by a non-admin user > returns 403"""
    assert act(world, world.user["id"], "ban", as_user="user")[0] == 403 and state_of(world, world.user) == "active"
    banned = world.api("POST", "/users/%d/ban" % world.user["id"])
    assert (banned.status_code, banned.text) == (201, "true") and state_of(world, world.user) == "banned"
    for state in ("ldap_blocked", "deactivated", "banned"):
        other = world.make(state=state)
        assert act(world, other["id"], "ban") == (403, {"message": "You cannot ban %s users." % state})
        assert state_of(world, other) == state
    assert act(world, NOT_EXISTING, "ban") == (404, {"message": "404 User Not Found"})
    assert act(world, "ASDF", "ban")[0] == 404


def test_unban(world):
    """users_spec.rb: POST /users/:id/unban > when admin > with a banned user > activates a banned user
    users_spec.rb: POST /users/:id/unban > when admin > with an ldap_blocked user > does not unban ldap_blocked users
    users_spec.rb: POST /users/:id/unban > when admin > with a deactivated user > does not unban deactivated users
    users_spec.rb: POST /users/:id/unban > when admin > with an active user > does not unban active users
    users_spec.rb: POST /users/:id/unban > when admin > with a non existent user > does not unban non existent users
    users_spec.rb: POST /users/:id/unban > when admin > with an invalid id user > does not unban invalid id users
    users_spec.rb: POST /users/:id/unban > performed by a non-admin user > returns 403"""
    banned = world.make(state="banned")
    assert act(world, banned["id"], "unban", as_user="user")[0] == 403
    assert act(world, banned["id"], "unban")[0] == 201 and state_of(world, banned) == "active"
    for state in ("ldap_blocked", "deactivated", None):
        other = world.make(state=state)
        assert act(world, other["id"], "unban") == (403, {"message": "You cannot unban %s users." % (state or "active")})
        assert state_of(world, other) == (state or "active")
    assert act(world, NOT_EXISTING, "unban") == (404, {"message": "404 User Not Found"})
    assert act(world, "ASDF", "unban")[0] == 404


# -- memberships and activities --------------------------------------------------------------------------------
def test_memberships(world):
    """users_spec.rb: GET /users/:id/memberships > requested by admin user > responses successfully
    users_spec.rb: GET /users/:id/memberships > requested by admin user > with type filter > only returns project memberships
    users_spec.rb: GET /users/:id/memberships > requested by admin user > with type filter > only returns group memberships
    users_spec.rb: GET /users/:id/memberships > requested by admin user > with type filter > recognizes unsupported types"""
    world.site.add_membership(world.user["username"], source_type="Project", source_name="project", access_level=10)
    world.site.add_membership(world.user["username"], source_type="Namespace", source_name="group", access_level=10)
    path = "/users/%d/memberships" % world.user["id"]
    everything = world.api("GET", path)
    assert everything.status_code == 200 and pagination_headers(everything)
    assert sorted(m["source_type"] for m in everything.json()) == ["Namespace", "Project"]
    assert all(set(m) == {"source_id", "source_name", "source_type", "access_level"} for m in everything.json())
    for kind in ("Project", "Namespace"):
        assert [m["source_type"] for m in world.api("GET", path, params={"type": kind}).json()] == [kind]
    assert world.api("GET", path, params={"type": "foo"}).status_code == 400
    assert world.api("GET", path, as_user="user").status_code == 403


def test_user_activities(world):
    """users_spec.rb: user activities > last activity as normal user > has no permission
    users_spec.rb: user activities > as admin > returns the activities from the last 6 months
    users_spec.rb: user activities > as admin > passing a :from parameter > returns the activities from the given date
    (lib/api/users.rb `get "activities"`: authenticated_as_admin!, so 401 without a token.)"""
    today = datetime.datetime.now(datetime.timezone.utc).date()
    old = world.make()
    world.site.poke_user(old["username"], last_activity_on="2000-01-01")
    newly = world.make()
    world.site.poke_user(newly["username"], last_activity_on=(today - datetime.timedelta(days=2)).isoformat())
    assert world.api("GET", "/user/activities", as_user=False).status_code == 401
    refused = world.api("GET", "/user/activities", as_user="user")
    assert refused.status_code == 403 and refused.json() == {"message": "403 Forbidden"}
    recent = world.api("GET", "/user/activities")
    day = (today - datetime.timedelta(days=2)).isoformat()
    assert pagination_headers(recent)
    assert {"username": newly["username"], "last_activity_on": day, "last_activity_at": day} in recent.json()
    assert old["username"] not in [a["username"] for a in recent.json()]
    since = world.api("GET", "/user/activities?from=2000-1-1", params={"per_page": 100}).json()
    assert since[0] == {"username": old["username"], "last_activity_on": "2000-01-01", "last_activity_at": "2000-01-01"}
    assert newly["username"] in [a["username"] for a in since]


def test_user_activities_from_compares_the_day_from_its_midnight(world):
    """lib/api/users.rb `get "activities"`: `last_activity_on >= from`, from a DateTime (a date column against a
    moment: the day counts from its midnight UTC); the default is 6.months.ago, calendar months."""
    active = world.make()
    world.site.poke_user(active["username"], last_activity_on="2026-03-10")

    def listed(**params):
        answer = world.api("GET", "/user/activities", params=dict(params, per_page=100))
        assert answer.status_code == 200, answer.text
        return active["username"] in [a["username"] for a in answer.json()]

    assert listed(**{"from": "2026-03-10"}) and not listed(**{"from": "2026-03-11"})
    assert not listed(**{"from": "2026-03-10T00:00:01Z"})
    world.site.clock(at="2026-09-10T00:00:00Z")
    try:
        assert listed()  # 2026-03-10T00:00Z, six calendar months back, is its midnight
        world.site.clock(at="2026-09-10T00:00:01Z")
        assert not listed()
    finally:
        world.site.release_clock()


# -- /user/status --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("method", ["PUT", "PATCH"])
def test_set_status(world, method):
    """users_spec.rb: /user/status > PUT > include_examples '/user/status successful response' > when request is successful > saves the status
    users_spec.rb: /user/status > PUT > include_examples '/user/status unsuccessful response' > when request is unsuccessful > renders errors
    users_spec.rb: /user/status > PUT > include_examples '/user/status passing nil for params' > when passing nil for params > deletes the status
    users_spec.rb: /user/status > PUT > include_examples '/user/status clear_status_after field' > when clear_status_after is valid >
        sets the clear_status_at column
    users_spec.rb: /user/status > PUT > include_examples '/user/status clear_status_after field' > when clear_status_after is nil >
        unsets the clear_status_at column
    users_spec.rb: /user/status > PUT > include_examples '/user/status clear_status_after field' > when clear_status_after is invalid >
        raises error when unknown status value is given
    users_spec.rb: /user/status > PATCH > include_examples '/user/status successful response' > when request is successful > saves the status
    users_spec.rb: /user/status > PATCH > include_examples '/user/status unsuccessful response' > when request is unsuccessful > renders errors
    users_spec.rb: /user/status > PATCH > include_examples '/user/status passing nil for params' > when passing nil for params > deletes the status
    users_spec.rb: /user/status > PATCH > include_examples '/user/status clear_status_after field' > when clear_status_after is valid >
        sets the clear_status_at column
    users_spec.rb: /user/status > PATCH > include_examples '/user/status clear_status_after field' > when clear_status_after is nil >
        unsets the clear_status_at column
    users_spec.rb: /user/status > PATCH > include_examples '/user/status clear_status_after field' > when clear_status_after is invalid >
        raises error when unknown status value is given"""
    def send(**body):
        return world.api(method, "/user/status", as_user="user", json=body)

    saved = send(emoji="smirk", message="hello world")
    assert saved.status_code == 200 and (saved.json()["emoji"], saved.json()["message"]) == ("smirk", "hello world")
    invalid = send(emoji="does not exist", message="hello world")
    assert invalid.status_code == 400 and invalid.json()["message"]["emoji"]
    send(emoji="smirk", message="hello world", clear_status_after="8_hours")
    assert send(emoji=None, message=None, clear_status_after=None).status_code == 200
    assert world.api("GET", "/user/status", as_user="user").json()["emoji"] is None
    before = datetime.datetime.now(datetime.timezone.utc)
    timed = send(emoji="smirk", message="hello world", clear_status_after="3_hours").json()
    clear_at = datetime.datetime.fromisoformat(timed["clear_status_at"].replace("Z", "+00:00"))
    assert before + datetime.timedelta(hours=3) - datetime.timedelta(seconds=1) <= clear_at
    assert clear_at <= before + datetime.timedelta(hours=3, seconds=5)
    assert send(emoji="smirk", message="hello world", clear_status_after=None).json()["clear_status_at"] is None
    assert send(emoji="smirk", message="hello world", clear_status_after="invalid").status_code == 400


def test_put_and_patch_status_differ(world):
    """users_spec.rb: /user/status > PUT > when passing empty params > deletes the status
    users_spec.rb: /user/status > PUT > when clear_status_after is not given > unsets clear_status_at column
    users_spec.rb: /user/status > PATCH > when passing empty params > does not update the status
    users_spec.rb: /user/status > PATCH > when clear_status_after is not given > does not unset clear_status_at column"""
    def timed_status():
        return world.api("PUT", "/user/status", as_user="user",
                         json={"emoji": "coffee", "message": "m", "clear_status_after": "8_hours"}).json()

    timed_status()
    assert world.api("PUT", "/user/status", as_user="user", json={}).status_code == 200
    assert world.api("GET", "/user/status", as_user="user").json()["emoji"] is None
    timed_status()
    put = world.api("PUT", "/user/status", as_user="user", json={"emoji": "smirk", "message": "hello world"})
    assert put.json()["clear_status_at"] is None
    status = timed_status()
    assert world.api("PATCH", "/user/status", as_user="user", json={}).status_code == 200
    assert world.api("GET", "/user/status", as_user="user").json() == status
    patched = world.api("PATCH", "/user/status", as_user="user", json={"emoji": "smirk", "message": "hello world"})
    assert patched.json()["clear_status_at"] == status["clear_status_at"]


# -- PUT /user/avatar -----------------------------------------------------------------------------------------
def test_set_own_avatar(world):
    """users_spec.rb: PUT /user/avatar > returns 200 OK on success
    users_spec.rb: PUT /user/avatar > returns 400 when avatar file size over 200 KiB"""
    done = world.api("PUT", "/user/avatar", as_user="user", files={"avatar": ("banana_sample.png", PNG, "image/png")})
    assert done.status_code == 200 and list(done.json()) == ["avatar_url"]
    assert world.site.session.get(done.json()["avatar_url"]).content == PNG
    assert world.reload(world.user)["avatar_url"] == done.json()["avatar_url"]
    big = world.api("PUT", "/user/avatar", as_user="user",
                    files={"avatar": ("big-image.png", PNG + b"\0" * 205 * 1024, "image/png")})
    assert big.status_code == 400 and "Avatar is too big (should be at most 200 KiB)" in big.json()["message"]


# -- personal access tokens ------------------------------------------------------------------------------------
def test_admin_creates_personal_access_token(world):
    """users_spec.rb: POST /users/:user_id/personal_access_tokens > returns error if required attributes are missing
    users_spec.rb: POST /users/:user_id/personal_access_tokens > returns a 404 error if user not found
    users_spec.rb: POST /users/:user_id/personal_access_tokens > returns a 401 error when not authenticated
    users_spec.rb: POST /users/:user_id/personal_access_tokens > returns a 403 error when authenticated as normal user
    users_spec.rb: POST /users/:user_id/personal_access_tokens > creates a personal access token when authenticated as admin"""
    path = "/users/%d/personal_access_tokens" % world.user["id"]
    expires_at = days_from_today(3)
    params = {"name": "new pat", "scopes": ["api", "read_user"], "expires_at": expires_at,
              "description": "new pat description"}
    missing = world.api("POST", path)
    assert (missing.status_code, missing.json()["error"]) == (400, "name is missing, scopes is missing")
    no_user = world.api("POST", "/users/%d/personal_access_tokens" % NOT_EXISTING, json=params)
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    anonymous = world.api("POST", path, as_user=False, json=params)
    assert (anonymous.status_code, anonymous.json()["message"]) == (401, "401 Unauthorized")
    as_user = world.api("POST", path, as_user="user", json=params)
    assert (as_user.status_code, as_user.json()["message"]) == (403, "403 Forbidden")
    created = world.api("POST", path, json=params)
    body = created.json()
    assert created.status_code == 201
    assert (body["name"], body["description"], body["scopes"], body["expires_at"]) == (
        "new pat", "new pat description", ["api", "read_user"], expires_at)
    assert body["id"] and body["created_at"] and body["active"] is True and body["revoked"] is False and body["token"]


def test_create_own_personal_access_token(world):
    """users_spec.rb: POST /user/personal_access_tokens > returns error if required attributes are missing
    users_spec.rb: POST /user/personal_access_tokens > when scope is not allowed > returns error (every scope but k8s_proxy)
    users_spec.rb: POST /user/personal_access_tokens > returns error if one of the scopes is not allowed
    users_spec.rb: POST /user/personal_access_tokens > returns a 401 error when not authenticated
    users_spec.rb: POST /user/personal_access_tokens > returns a 403 error when called with a read_api-scoped PAT
    users_spec.rb: POST /user/personal_access_tokens > when scopes are empty > returns an error when no scopes are given
    users_spec.rb: POST /user/personal_access_tokens > creates a personal access token
    users_spec.rb: POST /user/personal_access_tokens > when expires_at at is given > when expires_at is in the past > creates an inactive personal access token
    users_spec.rb: POST /user/personal_access_tokens > when expires_at at is given > when expires_at is in the future > creates a personal access token"""
    path = "/user/personal_access_tokens"
    params = {"name": "new pat", "scopes": ["k8s_proxy"], "description": "new pat description"}
    missing = world.api("POST", path, as_user="user")
    assert (missing.status_code, missing.json()["error"]) == (400, "name is missing, scopes is missing")
    for scopes in (["api"], ["read_user"], ["sudo"], ["read_repository"], ["k8s_proxy", "api"]):
        refused = world.api("POST", path, as_user="user", json=dict(params, scopes=scopes))
        assert (refused.status_code, refused.json()["error"]) == (400, "scopes does not have a valid value")
    anonymous = world.api("POST", path, as_user=False, json=params)
    assert (anonymous.status_code, anonymous.json()["message"]) == (401, "401 Unauthorized")
    read_only = world.token(world.user, ("read_api",))
    assert world.api("POST", path, token=read_only, json=params).status_code == 403
    empty = world.api("POST", path, as_user="user", json=dict(params, scopes=[]))
    assert (empty.status_code, empty.json()["message"]) == (422, "Scopes can't be blank")
    created = world.api("POST", path, as_user="user", json=params)
    tomorrow = days_from_today(1)
    body = created.json()
    assert created.status_code == 201 and (body["name"], body["scopes"], body["expires_at"]) == (
        "new pat", ["k8s_proxy"], tomorrow)
    assert body["active"] is True and body["revoked"] is False and body["token"]
    past = world.api("POST", path, as_user="user",
                     json=dict(params, expires_at=days_from_today(-1)))
    assert (past.status_code, past.json()["active"]) == (201, False)
    in_a_month = days_from_today(30)
    future = world.api("POST", path, as_user="user", json=dict(params, expires_at=in_a_month)).json()
    assert (future["expires_at"], future["active"]) == (in_a_month, True)


# -- impersonation tokens --------------------------------------------------------------------------------------
def test_list_impersonation_tokens(world):
    """users_spec.rb: GET /users/:user_id/impersonation_tokens > returns a 404 error if user not found
    users_spec.rb: GET /users/:user_id/impersonation_tokens > returns a 403 error when authenticated as normal user
    users_spec.rb: GET /users/:user_id/impersonation_tokens > returns an array of all impersonated tokens
    users_spec.rb: GET /users/:user_id/impersonation_tokens > returns an array of active impersonation tokens if state active
    users_spec.rb: GET /users/:user_id/impersonation_tokens > returns an array of inactive personal access tokens if active is set to false"""
    name = world.user["username"]
    world.site.token_for(name)
    world.site.token_for(name, revoked=True)
    world.site.token_for(name, expires_at="2020-01-01")
    world.site.token_for(name, impersonation=True)
    world.site.token_for(name, impersonation=True, revoked=True)
    path = "/users/%d/impersonation_tokens" % world.user["id"]
    missing = world.api("GET", "/users/%d/impersonation_tokens" % NOT_EXISTING)
    assert (missing.status_code, missing.json()["message"]) == (404, "404 User Not Found")
    refused = world.api("GET", "/users/%d/impersonation_tokens" % NOT_EXISTING, as_user="user")
    assert (refused.status_code, refused.json()["message"]) == (403, "403 Forbidden")
    everything = world.api("GET", path)
    assert pagination_headers(everything) and len(everything.json()) == 2
    active = world.api("GET", path + "?state=active").json()
    assert len(active) == 1 and all(t["active"] for t in active)
    inactive = world.api("GET", path + "?state=inactive").json()
    assert len(inactive) == 1 and not any(t["active"] for t in inactive)


def test_create_impersonation_token(world):
    """users_spec.rb: POST /users/:user_id/impersonation_tokens > returns validation error if impersonation token misses some attributes
    users_spec.rb: POST /users/:user_id/impersonation_tokens > returns a 404 error if user not found
    users_spec.rb: POST /users/:user_id/impersonation_tokens > returns a 403 error when authenticated as normal user
    users_spec.rb: POST /users/:user_id/impersonation_tokens > creates a impersonation token"""
    path = "/users/%d/impersonation_tokens" % world.user["id"]
    missing = world.api("POST", path)
    assert (missing.status_code, missing.json()["error"]) == (400, "name is missing")
    no_user = world.api("POST", "/users/%d/impersonation_tokens" % NOT_EXISTING,
                        json={"name": "my new pat", "expires_at": "2016-12-28"})
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    refused = world.api("POST", path, as_user="user", json={"name": "my new pat", "expires_at": "2016-12-28"})
    assert (refused.status_code, refused.json()["message"]) == (403, "403 Forbidden")
    params = {"name": "my new pat", "expires_at": "2016-12-28", "scopes": ["api", "read_user"], "impersonation": True,
              "description": "my new pat description"}
    created = world.api("POST", path, json=params)
    body = created.json()
    assert created.status_code == 201
    assert (body["name"], body["description"], body["scopes"], body["expires_at"]) == (
        "my new pat", "my new pat description", ["api", "read_user"], "2016-12-28")
    assert body["id"] and body["created_at"] and body["active"] is False and body["revoked"] is False
    assert body["token"] and body["impersonation"] is True


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_impersonation_token_lookups(world, method):
    """users_spec.rb: GET /users/:user_id/impersonation_tokens/:impersonation_token_id > returns 404 error if user not found
    users_spec.rb: GET /users/:user_id/impersonation_tokens/:impersonation_token_id > returns a 404 error if impersonation token not found
    users_spec.rb: GET /users/:user_id/impersonation_tokens/:impersonation_token_id > returns a 404 error if token is not impersonation token
    users_spec.rb: GET /users/:user_id/impersonation_tokens/:impersonation_token_id > returns a 403 error when authenticated as normal user
    users_spec.rb: DELETE /users/:user_id/impersonation_tokens/:impersonation_token_id > returns a 404 error if user not found
    users_spec.rb: DELETE /users/:user_id/impersonation_tokens/:impersonation_token_id > returns a 404 error if impersonation token not found
    users_spec.rb: DELETE /users/:user_id/impersonation_tokens/:impersonation_token_id > returns a 404 error if token is not impersonation token
    users_spec.rb: DELETE /users/:user_id/impersonation_tokens/:impersonation_token_id > returns a 403 error when authenticated as normal user"""
    uid = world.user["id"]
    personal = world.api("POST", "/users/%d/personal_access_tokens" % uid, json={"name": "p", "scopes": ["api"]}).json()
    impersonation = world.api("POST", "/users/%d/impersonation_tokens" % uid,
                              json={"name": "i", "scopes": ["api"], "expires_at": days_from_today(30)}).json()
    no_user = world.api(method, "/users/%d/impersonation_tokens/1" % NOT_EXISTING)
    assert (no_user.status_code, no_user.json()["message"]) == (404, "404 User Not Found")
    for token_id in (NOT_EXISTING, personal["id"]):
        missing = world.api(method, "/users/%d/impersonation_tokens/%d" % (uid, token_id))
        assert (missing.status_code, missing.json()["message"]) == (404, "404 Impersonation Token Not Found")
    refused = world.api(method, "/users/%d/impersonation_tokens/%d" % (uid, impersonation["id"]), as_user="user")
    assert (refused.status_code, refused.json()["message"]) == (403, "403 Forbidden")


def test_get_and_revoke_impersonation_token(world):
    """users_spec.rb: GET /users/:user_id/impersonation_tokens/:impersonation_token_id > returns an impersonation token
    users_spec.rb: DELETE /users/:user_id/impersonation_tokens/:impersonation_token_id > it_behaves_like '412 response' > for a modified resource >
        returns 412 with a JSON error
    users_spec.rb: DELETE /users/:user_id/impersonation_tokens/:impersonation_token_id > it_behaves_like '412 response' >
        for an unmodified resource > returns 204 with an empty body
    users_spec.rb: DELETE /users/:user_id/impersonation_tokens/:impersonation_token_id > revokes a impersonation token"""
    uid = world.user["id"]
    token = world.api("POST", "/users/%d/impersonation_tokens" % uid,
                      json={"name": "i", "scopes": ["api"], "expires_at": days_from_today(30)}).json()
    path = "/users/%d/impersonation_tokens/%d" % (uid, token["id"])
    shown = world.api("GET", path)
    assert shown.status_code == 200 and "token" not in shown.json() and shown.json()["impersonation"] is True
    modified = world.api("DELETE", path, headers={"If-Unmodified-Since": "1990-01-12T00:00:48-0600"})
    assert (modified.status_code, modified.json()) == (412, {"message": "412 Precondition Failed"})
    assert world.api("GET", path).json()["revoked"] is False
    revoked = world.api("DELETE", path, headers={"If-Unmodified-Since": _http_now()})
    assert (revoked.status_code, revoked.text) == (204, "")
    assert world.api("GET", path).json()["revoked"] is True


# -- custom attributes (spec/support/shared_examples/requests/api/custom_attributes_shared_examples.rb) ----------
@pytest.fixture
def attributed(world):
    """The shared example's `attributable` (`user`, with foo=foo and bar=bar) and `other_attributable` (admin)."""
    for key in ("foo", "bar"):
        world.api("PUT", "/users/%d/custom_attributes/%s" % (world.user["id"], key), json={"value": key})
    return world


def test_custom_attributes_filter_and_listing(attributed):
    """custom_attributes_shared_examples.rb: GET /users with custom attributes filter > with an unauthorized user > does not filter by custom attributes
    custom_attributes_shared_examples.rb: GET /users with custom attributes filter > with an authorized user > filters by custom attributes
    custom_attributes_shared_examples.rb: GET /users with custom attributes > with an unauthorized user > does not include custom attributes
    custom_attributes_shared_examples.rb: GET /users with custom attributes > with an authorized user > does not include custom attributes by default
    custom_attributes_shared_examples.rb: GET /users with custom attributes > with an authorized user > includes custom attributes if requested"""
    world = attributed
    query = {"custom_attributes[foo]": "foo", "custom_attributes[bar]": "bar"}
    assert sorted(ids(world.api("GET", "/users", as_user="user", params=query))) == [1, world.user["id"]]
    assert ids(world.api("GET", "/users", params=query)) == [world.user["id"]]
    unauthorized = world.api("GET", "/users", as_user="user", params={"with_custom_attributes": True}).json()
    assert len(unauthorized) == 2 and not any("custom_attributes" in u for u in unauthorized)
    assert not any("custom_attributes" in u for u in world.api("GET", "/users").json())
    listed = {u["id"]: u for u in world.api("GET", "/users", params={"with_custom_attributes": True}).json()}
    assert sorted(listed[world.user["id"]]["custom_attributes"], key=lambda a: a["key"]) == [
        {"key": "bar", "value": "bar"}, {"key": "foo", "value": "foo"}]
    assert listed[1]["custom_attributes"] == []


def test_custom_attributes_on_one_user(attributed):
    """custom_attributes_shared_examples.rb: GET /users/:id with custom attributes > with an unauthorized user > does not include custom attributes
    custom_attributes_shared_examples.rb: GET /users/:id with custom attributes > with an authorized user > does not include custom attributes by default
    custom_attributes_shared_examples.rb: GET /users/:id with custom attributes > with an authorized user > includes custom attributes if requested
    custom_attributes_shared_examples.rb: GET /users/:id/custom_attributes > with an unauthorized user > it_behaves_like 'an unauthorized API user'
    custom_attributes_shared_examples.rb: GET /users/:id/custom_attributes > with an authorized user > returns all custom attributes
    custom_attributes_shared_examples.rb: GET /users/:id/custom_attributes/:key > with an unauthorized user > it_behaves_like 'an unauthorized API user'
    custom_attributes_shared_examples.rb: GET /users/:id/custom_attributes/:key > with an authorized user > returns a single custom attribute"""
    world = attributed
    path = "/users/%d" % world.user["id"]
    assert "custom_attributes" not in world.api("GET", path, as_user="user", params={"with_custom_attributes": True}).json()
    assert "custom_attributes" not in world.api("GET", path).json()
    shown = world.api("GET", path, params={"with_custom_attributes": True}).json()["custom_attributes"]
    assert sorted(shown, key=lambda a: a["key"]) == [{"key": "bar", "value": "bar"}, {"key": "foo", "value": "foo"}]
    assert world.api("GET", path + "/custom_attributes", as_user="user").status_code == 403
    everything = world.api("GET", path + "/custom_attributes").json()
    assert sorted(everything, key=lambda a: a["key"]) == [{"key": "bar", "value": "bar"}, {"key": "foo", "value": "foo"}]
    assert world.api("GET", path + "/custom_attributes/foo", as_user="user").status_code == 403
    single = world.api("GET", path + "/custom_attributes/foo")
    assert (single.status_code, single.json()) == (200, {"key": "foo", "value": "foo"})


def test_custom_attributes_writes(attributed):
    """custom_attributes_shared_examples.rb: PUT /users/:id/custom_attributes/:key > with an unauthorized user > it_behaves_like 'an unauthorized API user'
    custom_attributes_shared_examples.rb: PUT /users/:id/custom_attributes/:key > with an authorized user > creates a new custom attribute
    custom_attributes_shared_examples.rb: PUT /users/:id/custom_attributes/:key > with an authorized user > updates an existing custom attribute
    custom_attributes_shared_examples.rb: DELETE /users/:id/custom_attributes/:key > with an unauthorized user > it_behaves_like 'an unauthorized API user'
    custom_attributes_shared_examples.rb: DELETE /users/:id/custom_attributes/:key > with an authorized user > deletes an existing custom attribute"""
    world = attributed
    path = "/users/%d/custom_attributes" % world.user["id"]
    assert world.api("PUT", path + "/foo", as_user="user", json={"value": "new"}).status_code == 403
    created = world.api("PUT", path + "/new", json={"value": "new"})
    assert (created.status_code, created.json()) == (200, {"key": "new", "value": "new"})
    assert len(world.api("GET", path).json()) == 3
    updated = world.api("PUT", path + "/foo", json={"value": "new"})
    assert (updated.status_code, updated.json()) == (200, {"key": "foo", "value": "new"})
    assert len(world.api("GET", path).json()) == 3
    assert world.api("DELETE", path + "/foo", as_user="user").status_code == 403
    assert world.api("DELETE", path + "/foo").status_code == 204
    assert "foo" not in [a["key"] for a in world.api("GET", path).json()]


@pytest.mark.parametrize("path", ["/user/keys", "/user/gpg_keys", "/user/emails", "/user"])
def test_oauth_tokens_have_scopes(world, path):
    """users_spec.rb: GET /user/keys > when authenticated > scopes > include_examples 'allows the "read_user" scope' >
        for doorkeeper (OAuth) tokens ("api" and "read_user": GET and HEAD 200)
    users_spec.rb: GET /user/gpg_keys > when authenticated > scopes > include_examples 'allows the "read_user" scope' >
        for doorkeeper (OAuth) tokens ("api" and "read_user": GET and HEAD 200)
    users_spec.rb: GET /user/emails > when authenticated > scopes > include_examples 'allows the "read_user" scope' >
        for doorkeeper (OAuth) tokens ("api" and "read_user": GET and HEAD 200)
    users_spec.rb: GET /user > get user info (v4) > with regular user > scopes > include_examples 'allows the "read_user" scope' >
        for doorkeeper (OAuth) tokens ("api" and "read_user": GET and HEAD 200)"""
    owner = world.make(password="Zq8-plum-orbit-77")
    for scope in ("api", "read_user"):
        issued = world.site.session.post(world.site.url + "/oauth/token", data={
            "grant_type": "password", "username": owner["username"], "password": "Zq8-plum-orbit-77", "scope": scope})
        assert (issued.status_code, issued.json()["scope"]) == (200, scope)
        bearer = {"Authorization": "Bearer " + issued.json()["access_token"]}
        assert world.api("GET", path, token=False, headers=bearer).status_code == 200
        assert world.api("HEAD", path, token=False, headers=bearer).status_code == 200
        assert world.api("POST", "/user/emails", token=False, headers=bearer,
                         json={"email": "x%s@example.org" % scope}).status_code == (201 if scope == "api" else 403)


# -- application rate limits (spec/support/shared_examples/requests/rate_limiting_shared_examples.rb) ------------
RATE_LIMITED_ENDPOINTS = {
    # describe of users_spec.rb -> (setting, path)
    "GET /users/:id_or_username/status": ("users_api_limit_status", "/users/{username}/status"),
    "GET /users/:id/followers": ("users_api_limit_followers", "/users/{id}/followers"),
    "GET /users/:id/following": ("users_api_limit_following", "/users/{id}/following"),
    "GET /user/:id/keys": ("users_api_limit_ssh_keys", "/users/{id}/keys"),
    "GET /user/:id/keys/:key_id": ("users_api_limit_ssh_key", "/users/{id}/keys/{key}"),
    "GET /user/:id/gpg_keys": ("users_api_limit_gpg_keys", "/users/{id}/gpg_keys"),
    "GET /user/:id/gpg_keys/:key_id": ("users_api_limit_gpg_key", "/users/{id}/gpg_keys/{gpg}"),
}


@pytest.mark.parametrize("describe, authenticated", [
    (describe, authenticated) for describe in RATE_LIMITED_ENDPOINTS for authenticated in (True, False)
    if authenticated or "follow" not in describe])  # anonymous follower lists are 403, ported in test_follow_lists
def test_rate_limited_endpoints(world, describe, authenticated):
    """users_spec.rb: GET /users/:id_or_username/status > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /users/:id_or_username/status > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /users/:id_or_username/status > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /users/:id_or_username/status > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /users/:id/followers > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /users/:id/followers > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /users/:id/following > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /users/:id/following > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /user/:id/keys > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /user/:id/keys > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /user/:id/keys > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /user/:id/keys > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /user/:id/keys/:key_id > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /user/:id/keys/:key_id > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /user/:id/keys/:key_id > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /user/:id/keys/:key_id > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /user/:id/gpg_keys > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /user/:id/gpg_keys > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /user/:id/gpg_keys > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /user/:id/gpg_keys > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /user/:id/gpg_keys/:key_id > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /user/:id/gpg_keys/:key_id > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is authenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request
    users_spec.rb: GET /user/:id/gpg_keys/:key_id > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter enabled >
        logs request and declines it when endpoint called more than the threshold
    users_spec.rb: GET /user/:id/gpg_keys/:key_id > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled >
        when user is unauthenticated > it_behaves_like 'rate limited endpoint' > when rate limiter is disabled >
        does not log request and does not block the request

    The shared example stubs the key's threshold to 1 (enabled) or 0 (disabled); `current_user` is a new
    non-admin user, or nobody. The auth.log entry it also expects is not simulated."""
    setting, template = RATE_LIMITED_ENDPOINTS[describe]
    key = add_ssh_key(world, world.user).json()
    gpg = world.api("POST", "/users/%d/gpg_keys" % world.user["id"], json={"key": docs_gpg_key()}).json()
    path = template.format(id=world.user["id"], username=world.user["username"], key=key["id"], gpg=gpg["id"])
    current_user = world.make() if authenticated else False
    world.site.clock(at=RATE_WINDOW)
    world.site.settings(rate_limiting_user_endpoints=True, **{setting: 1})
    assert world.api("GET", path, as_user=current_user).status_code == 200
    refused = world.api("GET", path, as_user=current_user)
    assert (refused.status_code, refused.text) == (429, RATE_LIMITED_BODY)
    world.site.settings(**{setting: 0})
    assert set(world.api("GET", path, as_user=current_user).status_code for _attempt in range(3)) == {200}


def test_user_keys_rate_limit_by_ip(world):
    """users_spec.rb: GET /user/:user_id/keys > when the rate limit has been reached > returns status 429 Too Many Requests

    The spec stubs `throttled?(:user_keys, scope: '1.2.3.4')`; here the limit is 1 and the first request from
    1.2.3.4 (forwarded by the loopback proxy) spends it."""
    path = "/users/%s/keys" % world.user["username"]
    world.site.clock(at=RATE_WINDOW)
    world.site.settings(rate_limiting_user_endpoints=True, users_api_limit_ssh_keys=1)
    from_ip = {"X-Forwarded-For": "1.2.3.4"}
    assert world.api("GET", path, as_user=False, headers=from_ip).status_code == 200
    assert world.api("GET", path, as_user=False, headers=from_ip).status_code == 429
    assert world.api("GET", path, as_user=False, headers={"X-Forwarded-For": "5.6.7.8"}).status_code == 200
