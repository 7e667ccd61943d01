"""GitLab's request spec spec/requests/api/users_spec.rb (gitlabhq/gitlabhq, newest), ported example by
example. Every docstring line `users_spec.rb: <describe> > ... > <example>` names a ported example; the
examples left out are listed with their reasons in SPEC_PORTS.md.

The spec's `let_it_be` population (an admin and `user`, username "user.withdot") is rebuilt on a fresh
instance of this module's own simulator by the `world` fixture, so counts such as "returns 2 users" hold.
GitLab's Admin Mode is not simulated: the spec's admin requests run as root."""
from __future__ import annotations

import datetime
import uuid

import pytest

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
NAMESPACE_FORMAT = ("can contain only letters, digits, '_', '-' and '.'. Cannot start with '-' or end in '.', "
                    "'.git' or '.atom'.")
OCI_PATH = ("can only include non-accented letters, digits, '_', '-' and '.'. It must not start with '-', '_', or "
            "'.', nor end with '-', '_', '.', '.git', or '.atom'.")
NOT_EXISTING = 99999999  # non_existing_record_id


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
    refused = world.api("POST", "/users", as_user="user", json={"username": "n2", "name": "N", "email": "n2@x.org",
                                                               "password": "Zq8-plum-orbit-77"})
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
    """users_spec.rb: admin notes > PATCH /users/:id/disable_two_factor > when current user is an admin > returns a 204 when 2FA is disabled for the target user
    users_spec.rb: admin notes > PATCH /users/:id/disable_two_factor > when current user is an admin > uses TwoFactor Destroy Service
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
    users_spec.rb: admin notes > GET /users/ > when authenticated > as an admin > with `created_by` details > has created_by as nil with a self-registered account
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
    by_name = world.api("GET", "/users", as_user="user", params={"search": "a-user", "order_by": "name",
                                                                  "sort": "desc"}).json()
    assert [u["username"] for u in by_name][:2] == ["a-user2", "a-user"]
    by_sort = world.api("GET", "/users", as_user="user", params={"search": "a-user", "sort": "desc"}).json()
    assert [u["username"] for u in by_sort][:2] == ["a-user2", "a-user"]


def test_admin_notes_keyset_pagination(world):
    """users_spec.rb: admin notes > GET /users/ > when authenticated > it_behaves_like 'an endpoint with keyset pagination' (first and second record over a cursor)
    users_spec.rb: admin notes > GET /users/ > when authenticated > still supports offset pagination when keyset pagination params are not provided"""
    first = world.api("GET", "/users", as_user="user", params={"pagination": "keyset", "per_page": 1,
                                                               "order_by": "id", "sort": "desc"})
    assert ids(first) == [world.user["id"]] and "X-Total" not in first.headers
    second = world.api("GET", "/users", as_user="user", params={"pagination": "keyset", "per_page": 1,
                                                                "order_by": "id", "sort": "desc",
                                                                "cursor": first.headers["X-Next-Cursor"]})
    assert ids(second) == [world.admin["id"]]
    assert pagination_headers(world.api("GET", "/users", as_user="user"))


def test_admin_notes_current_user(world):
    """users_spec.rb: admin notes > GET /user > when authenticated > as an admin > accesses their own profile > contains the note of the user
    users_spec.rb: admin notes > GET /user > when authenticated > as an admin > sudo > accesses the profile of another regular user > does not contain the note of the user
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
    """users_spec.rb: GET /users > when unauthenticated > when public level is restricted > returns authorization error when the `username` parameter refers to an inaccessible user
    users_spec.rb: GET /users > when unauthenticated > when public level is restricted > returns authorization error when the `username` parameter is not passed
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
    world.site.settings(users_get_by_id_limit=1)
    try:
        assert world.api("GET", path, as_user="user").status_code == 200
        assert world.api("GET", path, as_user="user").status_code == 429
        assert world.api("GET", path).status_code == 200
        world.site.settings(users_get_by_id_limit_allowlist=[world.user["username"]])
        assert world.api("GET", path, as_user="user").status_code == 200
    finally:
        world.site.settings(users_get_by_id_limit=300, users_get_by_id_limit_allowlist=[])


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
    """users_spec.rb: GET /users/:id_or_username/status > when finding the user by id > it_behaves_like 'rendering user status' > returns the status if there was one
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by id > it_behaves_like 'rendering user status' > returns an empty response if there was no status
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by username > it_behaves_like 'rendering user status' > returns the status if there was one
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by username > it_behaves_like 'rendering user status' > returns an empty response if there was no status
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by username (case insensitive) > it_behaves_like 'rendering user status' > returns the status if there was one
    users_spec.rb: GET /users/:id_or_username/status > when finding the user by username (case insensitive) > it_behaves_like 'rendering user status' > returns an empty response if there was no status
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
        for _ in range(2):
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
    users_spec.rb: GET /users/:id/followers > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled > when user is unauthenticated > returns 403
    users_spec.rb: GET /users/:id/following > for an anonymous user > returns 403
    users_spec.rb: GET /users/:id/following > user has followers > do not lists following user if profile is private
    users_spec.rb: GET /users/:id/following > user does not have any follower > does list nothing
    users_spec.rb: GET /users/:id/following > when rate limited > when the :rate_limiting_user_endpoints feature flag is enabled > when user is unauthenticated > returns 403"""
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


def test_create_user_does_not_validate(world):
    """users_spec.rb: POST /users > returns 400 error if user does not validate
    users_spec.rb: POST /users > tracks weak password errors
    users_spec.rb: POST /users > is not available for non admin users"""
    response = world.api("POST", "/users", json={"password": "pass", "email": "test@example.com", "username": "test!",
                                                 "name": "test", "bio": "g" * 256, "projects_limit": -1})
    message = response.json()["message"]
    assert response.status_code == 400
    assert message["password"] == ["is too short (minimum is 8 characters)"]
    assert message["bio"] == ["is too long (maximum is 255 characters)"]
    assert message["projects_limit"] == ["must be greater than or equal to 0"]
    assert sorted(message["username"]) == sorted([NAMESPACE_FORMAT, OCI_PATH])
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
    world.api("POST", "/users/%d/emails" % world.user["id"], json={"email": "foo@example.com",
                                                                    "skip_confirmation": confirmed})
    count = len(world.api("GET", "/users").json())
    taken = world.api("POST", "/users", json={"name": "foo", "email": "foo@example.com", "password": "password",
                                              "username": "TEST"})
    assert taken.status_code == status and len(world.api("GET", "/users").json()) == count


def test_create_user_scopes(world):
    """users_spec.rb: POST /users > scopes > include_examples 'does not allow the "read_user" scope' > when the requesting token has the "read_user" scope > returns a "403" response"""
    read_user = world.site.token_for("root", ("read_user",))
    assert world.api("POST", "/users", token=read_user, json=attributes_for_user(projects_limit=3)).status_code == 403


def test_create_user_private_profile_default(world):
    """users_spec.rb: POST /users > `private_profile` attribute > based on the application setting > when the attribute is not overridden in params > creates the user with the value of `private_profile` based on the application setting
    users_spec.rb: POST /users > `private_profile` attribute > based on the application setting > when the attribute is overridden in params > creates the user with the value of `private_profile` same as the value of the overridden param
    users_spec.rb: POST /users > `private_profile` attribute > based on the application setting > when the attribute is overridden in params > overridden as `nil` > creates the user with the value of `private_profile` based on the application setting"""
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
    users_spec.rb: PUT /users/:id > updating `private_profile` > when `private_profile` is set to `nil` > updates private_profile to value of the application setting
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
    response = put_user(world, world.user, {"password": "pass", "email": "test@example.com", "username": "test!",
                                            "name": "test", "bio": "g" * 256, "projects_limit": -1})
    message = response.json()["message"]
    assert response.status_code == 400
    assert message["password"] == ["is too short (minimum is 8 characters)"]
    assert message["bio"] == ["is too long (maximum is 255 characters)"]
    assert message["projects_limit"] == ["must be greater than or equal to 0"]
    assert sorted(message["username"]) == sorted([NAMESPACE_FORMAT, OCI_PATH])


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
        world.api("POST", "/users/%d/emails" % other["id"], json={"email": "foo@example.com",
                                                                   "skip_confirmation": confirmed})
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
    users_spec.rb: DELETE /users/:id/identities/:provider > when authenticated > it_behaves_like '412 response' > for a modified resource > returns 412 with a JSON error
    users_spec.rb: DELETE /users/:id/identities/:provider > when authenticated > it_behaves_like '412 response' > for an unmodified resource > returns 204 with an empty body
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
