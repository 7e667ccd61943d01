"""GitLab's request spec ee/spec/requests/api/service_accounts_spec.rb (gitlab-org/gitlab EE, newest read), ported
example by example, and the group service accounts of ee/lib/api/group_service_accounts.rb as its code reads.
Every test runs on a fresh EE instance of this module's simulator; the version is set per test where the
endpoint is younger than the default 17.8.1."""
from __future__ import annotations

import pytest

from gitlab_sim.pytest_plugin import days_from_today

SITE_ARGS = ("--edition", "ee")
NOT_EXISTING = 99999999


class Instance:
    def __init__(self, site):
        site.reset()
        site.settings(edition="ee", ee_plan="ultimate", version="18.2.0", email_confirmation_setting="off",
                      allow_top_level_group_owners_to_create_service_accounts=False,
                      service_access_tokens_expiration_enforced=True, license_user_count=100)
        self.site = site
        self.user = site.create_user("user")
        self.user_token = site.token_for("user")

    def make(self, username):
        """`create(:user, :service_account, username: ...)`."""
        body = self.site.api("POST", "/service_accounts", data={"username": username}).json()
        return body

    def group(self, path="sa-group", **spec):
        return self.site._control("POST", "/groups", json=dict(spec, path=path))


@pytest.fixture
def world(site):
    return Instance(site)


# -- POST /service_accounts -------------------------------------------------------------------------------------
def test_create_generates_username(world):
    """service_accounts_spec.rb: POST /service_accounts > when feature is licensed > when user is an admin >
        creates user with user type service_account_user"""
    response = world.site.api("POST", "/service_accounts")
    assert response.status_code == 201
    body = response.json()
    assert body["username"].startswith("service_account_") and len(body["username"]) == len("service_account_") + 32
    assert body["name"] == "Service account user"
    assert body["email"] == "%s@noreply.127.0.0.1" % body["username"]
    internals = world.site._control("GET", "/users/%d" % body["id"])
    assert internals["user_type"] == "service_account" and internals["confirmed_at"] is not None


def test_create_with_details(world):
    """service_accounts_spec.rb: POST /service_accounts > when feature is licensed > when user is an admin > when params are provided >
        creates user with provided details"""
    response = world.site.api("POST", "/service_accounts", data={"name": "John Doe", "username": "test"})
    assert response.status_code == 201
    assert response.json() == {"id": response.json()["id"], "username": "test", "public_email": None,
                               "name": "John Doe", "email": "test@noreply.127.0.0.1"}


def test_create_with_custom_email(world):
    """service_accounts_spec.rb: POST /service_accounts > when feature is licensed > when user is an admin > when params are provided >
        when specifying a custom email address > sets to correct email
    service_accounts_spec.rb: POST /service_accounts > when feature is licensed > when user is an admin > when params are provided >
        when specifying a custom email address > when user with the email already exists > returns error"""
    params = {"name": "John Doe", "username": "test", "email": "service_account@example.com"}
    first = world.site.api("POST", "/service_accounts", data=params)
    assert first.status_code == 201 and first.json()["email"] == "service_account@example.com"
    again = world.site.api("POST", "/service_accounts", data=params)
    assert again.status_code == 400
    assert again.json() == {"message": "400 Bad request - Email has already been taken and Username has already "
                                       "been taken"}


def test_create_taken_username(world):
    """service_accounts_spec.rb: POST /service_accounts > when feature is licensed > when user is an admin > when params are provided >
        when user with the username already exists > returns error"""
    world.site.api("POST", "/service_accounts", data={"name": "John Doe", "username": "test"})
    response = world.site.api("POST", "/service_accounts", data={"name": "John Doe", "username": "test"})
    assert response.status_code == 400 and "Username has already been taken" in response.json()["message"]


def test_create_as_non_admin(world):
    """service_accounts_spec.rb: POST /service_accounts > when feature is licensed > when user is not an admin > returns error"""
    response = world.site.api("POST", "/service_accounts", token=world.user_token)
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden"})


def test_create_unlicensed(world):
    """service_accounts_spec.rb: POST /service_accounts > when licensed feature is not present > returns error"""
    world.site.settings(ee_plan="free")
    response = world.site.api("POST", "/service_accounts")
    assert (response.status_code, response.json()) == (
        403, {"message": "403 Forbidden - User does not have permission to create a service account."})


def test_create_premium_seats(world):
    """Users::ServiceAccounts::CreateService on Premium: service accounts count against the license's seats."""
    world.site.settings(ee_plan="premium", license_user_count=1)
    assert world.site.api("POST", "/service_accounts").status_code == 201
    response = world.site.api("POST", "/service_accounts")
    assert (response.status_code, response.json()) == (
        403, {"message": "403 Forbidden - No more seats are available to create Service Account User"})


def test_versions_and_edition(world):
    """CE has no such routes; 16.1 answered with UserBasic and took no parameters; 17.1 UserSafe, 17.9 email."""
    world.site.settings(edition="ce")
    ce = world.site.api("POST", "/service_accounts")
    assert (ce.status_code, ce.json()) == (404, {"error": "404 Not Found"})
    world.site.settings(edition="ee", version="16.0.0")
    assert world.site.api("POST", "/service_accounts").status_code == 404
    world.site.settings(version="16.1.0")
    old = world.site.api("POST", "/service_accounts", data={"username": "ignored"})
    assert old.status_code == 201 and old.json()["username"].startswith("service_account_")
    assert set(old.json()) == {"id", "username", "name", "state", "locked", "avatar_url", "web_url"}
    world.site.settings(version="17.8.0")
    safe = world.site.api("POST", "/service_accounts", data={"username": "sa-178", "email": "ignored@example.com"})
    assert safe.json() == {"id": safe.json()["id"], "username": "sa-178", "name": "Service account user"}
    assert world.site.api("GET", "/service_accounts").status_code == 200
    assert world.site.api("PATCH", "/service_accounts/%d" % safe.json()["id"], data={"name": "x"}).status_code == 404


# -- GET /service_accounts --------------------------------------------------------------------------------------
def _listing(world):
    buser = world.make("Buser")
    auser = world.make("Auser")
    return buser, auser


def test_list(world):
    """service_accounts_spec.rb: GET /service_accounts > when feature is licensed > when params are empty > returns 200 status service account users list"""
    buser, auser = _listing(world)
    response = world.site.api("GET", "/service_accounts")
    assert response.status_code == 200 and response.headers["X-Total"] == "2"
    assert [u["id"] for u in response.json()] == [auser["id"], buser["id"]]
    assert world.user["id"] not in [u["id"] for u in response.json()]
    assert set(response.json()[0]) == {"id", "username", "public_email", "name", "email"}


def test_list_order(world):
    """service_accounts_spec.rb: GET /service_accounts > when feature is licensed > when params has order_by specified > when username >
        orders by username in desc order
    service_accounts_spec.rb: GET /service_accounts > when feature is licensed > when params has order_by specified > when username >
        when sort order is specified > follows sort order
    service_accounts_spec.rb: GET /service_accounts > when feature is licensed > when params has order_by specified >
        when order_by is neither id or username > throws error"""
    buser, auser = _listing(world)
    desc = world.site.api("GET", "/service_accounts", params={"order_by": "username"}).json()
    assert [u["id"] for u in desc] == [buser["id"], auser["id"]]
    asc = world.site.api("GET", "/service_accounts", params={"order_by": "username", "sort": "asc"}).json()
    assert [u["id"] for u in asc] == [auser["id"], buser["id"]]
    bad = world.site.api("GET", "/service_accounts", params={"order_by": "name"})
    assert (bad.status_code, bad.json()) == (400, {"error": "order_by does not have a valid value"})


def test_list_unlicensed(world):
    """service_accounts_spec.rb: GET /service_accounts > when feature is not licensed > returns error"""
    world.site.settings(ee_plan="free")
    response = world.site.api("GET", "/service_accounts")
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden"})


# -- PATCH /service_accounts/:user_id ---------------------------------------------------------------------------
def test_update(world):
    """service_accounts_spec.rb: PATCH /service_accounts/:user_id > when feature is licensed > when current user is an admin > when admin mode is enabled >
        updates the service account user"""
    account = world.make("sa_user")
    params = {"name": "Updated Name", "username": "updated_username", "email": "test@test.com"}
    response = world.site.api("PATCH", "/service_accounts/%d" % account["id"], data=params)
    assert response.status_code == 200
    assert response.json() == {"id": account["id"], "username": "updated_username", "public_email": None,
                               "name": "Updated Name", "email": "test@test.com"}


def test_update_waits_for_confirmation(world):
    """service_accounts_spec.rb: PATCH /service_accounts/:user_id > when feature is licensed > when current user is an admin > when admin mode is enabled >
        when email confirmation is required > only updates the unconfirmed email"""
    world.site.settings(email_confirmation_setting="hard")
    account = world.make("sa_user")
    params = {"name": "Updated Name", "username": "updated_username", "email": "test@test.com"}
    response = world.site.api("PATCH", "/service_accounts/%d" % account["id"], data=params)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"id", "name", "username", "email", "public_email", "unconfirmed_email"}
    assert body["unconfirmed_email"] == "test@test.com" and body["email"] != "test@test.com"


def test_update_errors(world):
    """service_accounts_spec.rb: PATCH /service_accounts/:user_id > when feature is licensed > when current user is an admin > when admin mode is enabled >
        when user with the username already exists > returns error
    service_accounts_spec.rb: PATCH /service_accounts/:user_id > when feature is licensed > when current user is an admin > when admin mode is enabled >
        returns a 404 for a non-existing user
    service_accounts_spec.rb: PATCH /service_accounts/:user_id > when feature is licensed > when current user is an admin > when admin mode is enabled >
        returns a 400 for and invalid user ID
    service_accounts_spec.rb: PATCH /service_accounts/:user_id > when feature is licensed > when current user is an admin > when admin mode is enabled >
        returns a 400 for a non-service account user"""
    account = world.make("sa_user")
    world.site.create_user("existing_user")
    taken = world.site.api("PATCH", "/service_accounts/%d" % account["id"], data={"username": "existing_user"})
    assert (taken.status_code, taken.json()) == (400, {"message": "400 Bad request - Username has already been taken"})
    missing = world.site.api("PATCH", "/service_accounts/%d" % NOT_EXISTING, data={"name": "x"})
    assert (missing.status_code, missing.json()) == (404, {"message": "404 Not found"})
    invalid = world.site.api("PATCH", "/service_accounts/ASDF", data={"name": "x"})
    assert (invalid.status_code, invalid.json()) == (400, {"error": "user_id is invalid"})
    human = world.site.api("PATCH", "/service_accounts/%d" % world.user["id"], data={"name": "x"})
    assert (human.status_code, human.json()) == (400, {"message": "400 Bad request - User is not a service account"})


def test_update_forbidden(world):
    """service_accounts_spec.rb: PATCH /service_accounts/:user_id > when feature is licensed > when current user is not an admin > returns forbidden error
    service_accounts_spec.rb: PATCH /service_accounts/:user_id > when feature is not licensed > when current user is an admin > when admin mode is enabled >
        returns forbidden error"""
    account = world.make("sa_user")
    path = "/service_accounts/%d" % account["id"]
    params = {"name": "Updated Name", "username": "updated_username", "email": "test@test.com"}
    assert world.site.api("PATCH", path, token=world.user_token, data=params).status_code == 403
    world.site.settings(ee_plan="free")
    assert world.site.api("PATCH", path, data=params).json() == {"message": "403 Forbidden"}


# -- deletion and tokens of instance service accounts -----------------------------------------------------------
def test_instance_account_tokens_and_deletion(world):
    """POST /users/:id/personal_access_tokens takes service accounts (EE: :admin_service_accounts); without
    service_access_tokens_expiration_enforced their tokens may have no expiry; DELETE /users/:id removes them."""
    account = world.make("sa_tokens")
    path = "/users/%d/personal_access_tokens" % account["id"]
    enforced = world.site.api("POST", path, data={"name": "ci", "scopes": "api"})
    assert enforced.status_code == 201 and enforced.json()["expires_at"] is not None
    world.site.settings(service_access_tokens_expiration_enforced=False)
    open_ended = world.site.api("POST", path, data={"name": "ci", "scopes": "api"})
    assert open_ended.status_code == 201 and open_ended.json()["expires_at"] is None
    me = world.site.api("GET", "/user", token=open_ended.json()["token"]).json()
    assert (me["username"], me["bot"]) == ("sa_tokens", True)
    world.site.settings(ee_plan="free")
    refused = world.site.api("POST", path, data={"name": "ci", "scopes": "api"})
    assert (refused.status_code, refused.json()) == (422, {"message": "Not permitted to create"})
    assert world.site.api("DELETE", "/users/%d" % account["id"]).status_code == 204


# -- group service accounts -------------------------------------------------------------------------------------
def test_group_accounts_lifecycle(world):
    """POST/GET/PATCH/DELETE /groups/:id/service_accounts by id or URL-encoded path, and the account's tokens."""
    group = world.group()
    created = world.site.api("POST", "/groups/%s/service_accounts" % group["full_path"], data={"name": "Deployer"})
    assert created.status_code == 201
    account = created.json()
    assert account["username"].startswith("service_account_group_%d_" % group["id"])
    assert (account["name"], account["email"]) == ("Deployer", "%s@noreply.127.0.0.1" % account["username"])
    world.make("instance-sa")  # not the group's
    listed = world.site.api("GET", "/groups/%d/service_accounts" % group["id"])
    assert [u["id"] for u in listed.json()] == [account["id"]]
    renamed = world.site.api("PATCH", "/groups/%d/service_accounts/%d" % (group["id"], account["id"]),
                             data={"username": "deployer-bot"})
    assert renamed.status_code == 200 and renamed.json()["username"] == "deployer-bot"
    taken = world.site.api("PATCH", "/groups/%d/service_accounts/%d" % (group["id"], account["id"]),
                           data={"username": "user"})
    assert (taken.status_code, taken.json()) == (400, {"message": "Username has already been taken"})
    tokens = "/groups/%d/service_accounts/%d/personal_access_tokens" % (group["id"], account["id"])
    token = world.site.api("POST", tokens, data={"name": "deploy", "scopes": "api,read_repository"})
    assert token.status_code == 201 and token.json()["scopes"] == ["api", "read_repository"]
    assert token.json()["user_id"] == account["id"] and token.json()["token"].startswith("glpat-")
    in_a_month = days_from_today(30)
    rotated = world.site.api("POST", "%s/%d/rotate" % (tokens, token.json()["id"]), data={"expires_at": in_a_month})
    assert rotated.status_code == 200 and rotated.json()["expires_at"] == in_a_month
    listed_tokens = world.site.api("GET", tokens, params={"state": "active"})
    assert [t["id"] for t in listed_tokens.json()] == [rotated.json()["id"]]
    assert world.site.api("DELETE", "%s/%d" % (tokens, rotated.json()["id"])).status_code == 204
    assert world.site.api("GET", tokens, params={"state": "active"}).json() == []
    missing = world.site.api("DELETE", "%s/%d" % (tokens, NOT_EXISTING))
    assert (missing.status_code, missing.json()) == (404, {"message": "404 Personal Access Token Not Found"})
    deleted = world.site.api("DELETE", "/groups/%d/service_accounts/%d" % (group["id"], account["id"]))
    assert deleted.status_code == 204
    assert world.site._control("GET", "/users/%d" % account["id"])["pending_delete"] is True


def test_group_permissions(world):
    """A group owner administers the group's accounts but creates them only when the instance allows owners
    to; others get 403, an unreadable group 404, a subgroup no accounts (400), a human 400, another group's
    account 404; CE has no routes."""
    group = world.group()
    owner = world.site.create_user("owner")
    world.site._control("POST", "/groups/%d/members" % group["id"], json={"user": owner["id"], "access_level": 50})
    owner_token = world.site.token_for("owner")
    path = "/groups/%d/service_accounts" % group["id"]
    denied = world.site.api("POST", path, token=owner_token)
    assert (denied.status_code, denied.json()) == (400, {
        "message": "400 Bad request - User does not have permission to create a service account in this namespace."})
    world.site.settings(allow_top_level_group_owners_to_create_service_accounts=True)
    account = world.site.api("POST", path, token=owner_token).json()
    assert world.site.api("GET", path, token=owner_token).status_code == 200
    stranger = world.site.api("GET", path, token=world.user_token)
    assert (stranger.status_code, stranger.json()) == (404, {"message": "404 Group Not Found"})
    world.site._control("POST", "/groups/%d/members" % group["id"], json={"user": world.user["id"],
                                                                          "access_level": 40})
    maintainer = world.site.api("GET", path, token=world.user_token)
    assert (maintainer.status_code, maintainer.json()) == (403, {"message": "403 Forbidden"})
    sub = world.site._control("POST", "/groups", json={"path": "sub", "parent_id": group["id"]})
    nested = world.site.api("POST", "/groups/%d/service_accounts" % sub["id"])
    assert nested.status_code == 400
    human = world.site.api("DELETE", "%s/%d" % (path, world.user["id"]))
    assert (human.status_code, human.json()) == (404, {"message": "404 User Not Found"})
    world.site.settings(allow_top_level_group_owners_to_create_service_accounts=False)
    kept = world.site.api("DELETE", "%s/%d" % (path, account["id"]), token=owner_token)
    assert kept.status_code == 204  # destroy_conditionally! ignores the delete service's refusal
    assert world.site._control("GET", "/users/%d" % account["id"])["pending_delete"] is False
    world.site.settings(edition="ce")
    assert world.site.api("GET", path).json() == {"error": "404 Not Found"}
    assert world.site.api("GET", "/groups/nope").json() == {"message": "404 Group Not Found"}


def test_group_versions(world):
    """Group lists and deletion from 17.1, PATCH from 17.10, token lists and revocation from 17.11; a custom
    email only counts from 17.11 (behind an off flag in 17.9 and 17.10)."""
    group = world.group()
    world.site.settings(version="17.10.0")
    account = world.site.api("POST", "/groups/%d/service_accounts" % group["id"],
                             data={"email": "custom@example.com"}).json()
    assert account["email"].endswith("@noreply.127.0.0.1")
    tokens = "/groups/%d/service_accounts/%d/personal_access_tokens" % (group["id"], account["id"])
    assert world.site.api("GET", tokens).json() == {"error": "404 Not Found"}
    assert world.site.api("PATCH", "/groups/%d/service_accounts/%d" % (group["id"], account["id"]),
                          data={"name": "n"}).status_code == 200
    world.site.settings(version="17.9.0")
    assert world.site.api("PATCH", "/groups/%d/service_accounts/%d" % (group["id"], account["id"]),
                          data={"name": "n"}).status_code == 404
    world.site.settings(version="17.11.0")
    custom = world.site.api("POST", "/groups/%d/service_accounts" % group["id"], data={"email": "custom@example.com"})
    assert custom.json()["email"] == "custom@example.com"
    assert world.site.api("GET", tokens).status_code == 200
