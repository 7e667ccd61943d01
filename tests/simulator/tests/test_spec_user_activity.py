"""User activity as GitLab records it for the API: the `after` callback of lib/api/api.rb, which runs
`Users::ActivityService.new(author: @current_user, ...)` when an endpoint returned normally, and the service
itself (app/services/users/activity_service.rb). The examples of spec/requests/api/api_spec.rb ("Record user last
activity in after hook") and spec/services/users/activity_service_spec.rb (gitlabhq/gitlabhq, newest) are ported
through the API; the other tests follow the code (Grape's `after`, `sudo!`, the error helpers), as their docstrings
say. Every test runs on a fresh instance of this module's simulator with its clock stopped at noon UTC."""
from __future__ import annotations

import pytest
import requests

NOON = "2031-05-14T12:00:00Z"
TODAY, YESTERDAY, LAST_WEEK = "2031-05-14", "2031-05-13", "2031-05-07"


class World:
    def __init__(self, site):
        site.reset()
        site.clock(at=NOON)
        self.site = site
        self.user = site.create_user("active_user", password="Sup3r-s3cret-pass")
        self.token = site.token_for("active_user")
        site.poke_user("active_user", last_activity_on=YESTERDAY)
        site.poke_user("root", last_activity_on=LAST_WEEK)

    def activity(self, ident):
        """`last_activity_on` from the control endpoint, which is no API request (reading it through the API
        would be activity of the reader)."""
        return self.site._control("GET", "/users/%s" % ident)["last_activity_on"]

    def internals(self, ident):
        return self.site._control("GET", "/users/%s" % ident)

    def as_user(self, method, path, **kwargs):
        return self.site.api(method, path, token=self.token, **kwargs)


@pytest.fixture
def world(site):
    yield World(site)
    site.release_clock()


# -- spec/requests/api/api_spec.rb --------------------------------------------------------------------------------
def test_a_successful_request_records_the_day(world):
    """api_spec.rb: Record user last activity in after hook > updates the users last_activity_on to the current date
    (`let(:user) { create(:user, last_activity_on: Date.yesterday) }`, `get api('/groups', user)`: the simulator
    serves `GET /groups/:id`, which runs under the same hook as every v4 endpoint.)"""
    group = world.site._control("POST", "/groups", json={"path": "activity-group", "visibility": "public"})
    assert world.activity("active_user") == YESTERDAY
    assert world.as_user("GET", "/groups/%d" % group["id"]).status_code == 200
    assert world.activity("active_user") == TODAY
    assert world.activity("root") == LAST_WEEK  # the control endpoint that made the group is no API request


# -- spec/services/users/activity_service_spec.rb ----------------------------------------------------------------
def test_never_active_user(world):
    """activity_service_spec.rb: #execute > when last activity is nil > updates last_activity_on for the user"""
    world.site.poke_user("active_user", last_activity_on=None)
    assert world.as_user("GET", "/user/status").status_code == 200
    assert world.activity("active_user") == TODAY


def test_last_activity_in_the_past(world):
    """activity_service_spec.rb: #execute > when last activity is in the past > updates last_activity_on for the user
    activity_service_spec.rb: with DB Load Balancing > when last activity is in the past > database load balancing is
        not configured > updates user without error
    (`update_attribute` saves the record: `updated_at` moves with it.)"""
    world.site.poke_user("active_user", last_activity_on=LAST_WEEK, updated_at="2031-01-01T00:00:00Z")
    assert world.as_user("GET", "/user/emails").status_code == 200
    internals = world.internals("active_user")
    assert (internals["last_activity_on"], internals["updated_at"]) == (TODAY, "2031-05-14T12:00:00.000Z")


def test_last_activity_today(world):
    """activity_service_spec.rb: #execute > when last activity is today > does not update last_activity_on
    activity_service_spec.rb: #execute > when last activity is today > does not try to obtain ExclusiveLease
    (The lease is observed: one not taken at 23:59:50 does not stop the write of the next day 20 seconds later.)"""
    world.site.poke_user("active_user", last_activity_on=TODAY, updated_at="2031-01-01T00:00:00Z")
    assert world.as_user("GET", "/user/emails").status_code == 200
    internals = world.internals("active_user")
    assert (internals["last_activity_on"], internals["updated_at"]) == (TODAY, "2031-01-01T00:00:00.000Z")
    world.site.clock(at="2031-05-14T23:59:50Z")
    assert world.as_user("GET", "/user/emails").status_code == 200  # already today: no write, no lease
    world.site.clock(advance=20)
    assert world.as_user("GET", "/user/emails").status_code == 200
    assert world.activity("active_user") == "2031-05-15"


def test_lease_taken(world):
    """activity_service_spec.rb: #execute > when a lease could not be obtained > does not update last_activity_on
    (The lease, `activity_service:<user id>`, is taken by the write and held for LEASE_TIMEOUT, a minute: a request
    just after midnight, within a minute of the day before's write, records nothing; the next after the minute does.)"""
    world.site.clock(at="2031-05-14T23:59:30Z")
    assert world.as_user("GET", "/user/emails").status_code == 200
    assert world.activity("active_user") == TODAY
    world.site.clock(advance=40)  # 00:00:10, the lease taken at 23:59:30 is held until 00:00:30
    assert world.as_user("GET", "/user/emails").status_code == 200
    assert world.activity("active_user") == TODAY
    world.site.clock(advance=20)  # 00:00:30: expired
    assert world.as_user("GET", "/user/emails").status_code == 200
    assert world.activity("active_user") == "2031-05-15"


def test_anonymous_requests_record_nothing(world):
    """activity_service_spec.rb: #execute > when a bad object is passed > does not record activity
    (An anonymous request has no `@current_user`: `return unless user`. No user's day changes.)"""
    before = {user["username"]: world.activity(user["username"]) for user in world.site.api("GET", "/users").json()}
    world.site.poke_user("root", last_activity_on=LAST_WEEK)
    assert world.site.api("GET", "/users/%d/status" % world.user["id"], token=False).status_code == 200
    assert world.site.api("GET", "/users?username=active_user", token=False).status_code == 200
    after = {username: world.activity(username) for username in before}
    assert after == dict(before, root=LAST_WEEK)


# -- lib/api/api.rb's `after` callback and lib/api/helpers.rb ----------------------------------------------------
def test_error_answers_record_nothing(world):
    """A Grape `after` callback runs only when the endpoint returned normally; `error!` (every `render_api_error!`
    helper: 400, 403, 404, 409, 422, ...) throws past it. So do refused tokens, sudo and scope refusals."""
    for method, path, kwargs, status in (
            ("GET", "/users/99999", {}, 404),
            ("POST", "/users", {"json": {"username": "x"}}, 400),  # Grape's validation: email is missing
            ("POST", "/users", {"json": {"username": "x", "name": "X", "email": "x@example.com",
                                         "password": "Sup3r-s3cret-pass"}}, 403),
            ("GET", "/user/keys/99999", {}, 404),
            ("POST", "/user/emails", {"json": {"email": "not-an-address"}}, 400),
            ("PUT", "/user/preferences", {"json": {}}, 400),
            ("GET", "/user", {"headers": {"Sudo": "root"}}, 403),
            ("GET", "/nothing/here", {}, 404),
            ("DELETE", "/user", {}, 405)):
        assert world.as_user(method, path, **kwargs).status_code == status, (method, path)
    read_only = world.site.token_for("active_user", scopes=["read_user"])
    assert world.site.api("POST", "/user/keys", token=read_only, json={}).status_code == 403
    assert world.activity("active_user") == YESTERDAY


def test_thrown_successes_record_nothing(world):
    """`not_modified!` (304) and `no_content!` (204) are `render_api_error!` too: thrown, so no activity, although
    the status is not an error. `POST /users/:id/follow` of oneself is `not_modified!`; the revoke of a personal
    access token (lib/api/helpers/personal_access_tokens_helpers.rb `revoke_token`), the delete of a custom
    attribute (lib/api/custom_attributes_endpoints.rb) and `disable_two_factor` answer with `no_content!`. A delete
    through `destroy_conditionally!` (`status 204`) returns normally and counts."""
    assert world.as_user("POST", "/users/%d/follow" % world.user["id"]).status_code == 304
    spare = world.site.mint_token("active_user", ["api"])
    assert world.as_user("DELETE", "/personal_access_tokens/%d" % spare["id"]).status_code == 204
    assert world.activity("active_user") == YESTERDAY

    world.site.api("PUT", "/users/%d/custom_attributes/team" % world.user["id"], json={"value": "a"})
    world.site.poke_user("root", last_activity_on=LAST_WEEK)
    assert world.site.api("DELETE", "/users/%d/custom_attributes/team" % world.user["id"]).status_code == 204
    world.site.poke_user("active_user", two_factor_enabled=True)
    assert world.site.api("PATCH", "/users/%d/disable_two_factor" % world.user["id"]).status_code == 204
    assert world.activity("root") == LAST_WEEK

    other = world.site.create_user("followed_user")
    email = world.as_user("POST", "/user/emails", json={"email": "second@example.com"})
    world.site.poke_user("active_user", last_activity_on=YESTERDAY)
    assert world.as_user("DELETE", "/user/emails/%d" % email.json()["id"]).status_code == 204
    assert world.activity("active_user") == TODAY
    world.site.poke_user("active_user", last_activity_on=YESTERDAY)
    assert world.as_user("POST", "/users/%d/follow" % other["id"]).status_code == 201
    assert world.activity("active_user") == TODAY


def test_sudo_records_the_sudoed_user_only(world):
    """lib/api/helpers.rb `sudo!` replaces `@current_user`, the author the callback passes on: the user the
    request acts as becomes active, the administrator whose token it is does not."""
    response = world.site.api("GET", "/user/preferences", headers={"Sudo": "active_user"})
    assert response.status_code == 200 and response.json()["user_id"] == world.user["id"]
    assert (world.activity("active_user"), world.activity("root")) == (TODAY, LAST_WEEK)
    world.site.poke_user("active_user", last_activity_on=YESTERDAY)
    assert world.site.api("PUT", "/user/status", json={"message": "away"},
                          params={"sudo": world.user["id"]}).status_code == 200
    assert (world.activity("active_user"), world.activity("root")) == (TODAY, LAST_WEEK)
    missing = world.site.api("GET", "/user", headers={"Sudo": "nobody_by_that_name"})
    assert missing.status_code == 404 and world.activity("root") == LAST_WEEK
    log = world.site.requests_log()[-3:]
    assert [entry["user"] for entry in log] == ["active_user", "active_user", None]


def test_impersonation_and_oauth_tokens(world):
    """An impersonation token authenticates as the impersonated user (its `user`), and so does an OAuth access
    token; the password grant itself (`POST /oauth/token`, Doorkeeper, not the v4 API) records nothing."""
    created = world.site.api("POST", "/users/%d/impersonation_tokens" % world.user["id"],
                             json={"name": "as user", "scopes": ["api"], "expires_at": "2031-06-01"})
    world.site.poke_user("root", last_activity_on=LAST_WEEK)
    assert world.site.api("GET", "/user/keys", token=created.json()["token"]).status_code == 200
    assert (world.activity("active_user"), world.activity("root")) == (TODAY, LAST_WEEK)

    world.site.poke_user("active_user", last_activity_on=YESTERDAY)
    grant = world.site.session.post(world.site.url + "/oauth/token", timeout=30, data={
        "grant_type": "password", "username": "active_user", "password": "Sup3r-s3cret-pass"})
    assert grant.status_code == 200 and world.activity("active_user") == YESTERDAY
    bearer = {"Authorization": "Bearer " + grant.json()["access_token"]}
    assert world.site.api("GET", "/user/status", token=False, headers=bearer).status_code == 200
    assert world.activity("active_user") == TODAY


def test_get_user_answers_with_the_day_it_records(world):
    """`present current_user`: Grape serializes the entity after the `after` callbacks, and the service updated that
    same object, so `GET /user` already answers with today. Entities of users the endpoint loaded itself were read
    before (`GET /users/:id` of oneself answers with the day before, and records today)."""
    assert world.site.api("GET", "/users/1").json()["last_activity_on"] == LAST_WEEK
    assert world.activity("root") == TODAY
    world.site.poke_user("root", last_activity_on=LAST_WEEK)
    assert world.site.api("GET", "/user").json()["last_activity_on"] == TODAY
    assert world.as_user("GET", "/user").json()["last_activity_on"] == TODAY


def test_faults_and_rate_limits(world):
    """A request the front end refuses never reaches the endpoint (a `status` fault, a connection dropped before it
    runs, a 429 of a rate limit); one whose answer is lost after it ran (`drop_after_commit`) did record."""
    world.site.add_faults({"action": "status", "status": 502, "path": "^/api/v4/user/emails$", "times": 1})
    assert world.as_user("GET", "/user/emails").status_code == 502
    assert world.activity("active_user") == YESTERDAY

    world.site.settings(users_api_limit_status=1, rate_limiting_user_endpoints=True, version="17.10.0")
    try:
        assert world.as_user("GET", "/users/1/status").status_code == 200
        world.site.poke_user("active_user", last_activity_on=YESTERDAY)
        assert world.as_user("GET", "/users/1/status").status_code == 429
        assert world.activity("active_user") == YESTERDAY
    finally:
        world.site.settings(users_api_limit_status=0, rate_limiting_user_endpoints=False, version="17.8.1")

    world.site.add_faults({"action": "drop_after_commit", "path": "^/api/v4/user/emails$", "times": 1})
    with pytest.raises(requests.exceptions.ConnectionError):
        world.as_user("GET", "/user/emails")
    assert world.activity("active_user") == TODAY


def test_control_endpoints_are_no_activity(world):
    """Nothing under /-/sim/ is a GitLab request: the root token a reset needs records nothing."""
    world.site.poke_user("root", last_activity_on=LAST_WEEK)
    world.site.seed(3)
    world.site.settings()
    world.site.mint_token("active_user")
    assert world.site.requests_log() is not None
    assert world.activity("root") == LAST_WEEK


def test_the_day_is_utc_on_the_simulator_clock(world):
    """`Date.today` is the server's date; GitLab.com runs in UTC, the simulator reads its clock in UTC."""
    world.site.clock(at="2031-05-14T23:30:00-02:00")  # 01:30 UTC on the 15th
    assert world.as_user("GET", "/user/emails").status_code == 200
    assert world.activity("active_user") == "2031-05-15"
