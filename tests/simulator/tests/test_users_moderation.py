"""State actions, approve/reject, 2FA reset and custom attributes."""
from __future__ import annotations

import time
import uuid

import pytest

from gitlab_sim.pytest_plugin import days_from_today


def make(site, state=None, **fields):
    user = site.create_user("u%s" % uuid.uuid4().hex[:10], **fields)
    if state:
        site.poke_user(user["username"], state=state)
    return user


def act(site, user, action, token=None):
    response = site.api("POST", "/users/%d/%s" % (user["id"], action), token=token)
    return response.status_code, (response.json() if response.content else None)


def state_of(site, user):
    return site.api("GET", "/users/%d" % user["id"]).json()["state"]


# Section 1.7 table, one row per (starting state, action) -> (status, body, resulting state).
CASES = [
    ("active", "block", (201, True), "blocked"),
    ("blocked", "block", (201, None), "blocked"),
    ("banned", "block", (201, None), "banned"),
    ("blocked_pending_approval", "block", (201, None), "blocked_pending_approval"),
    ("deactivated", "block", (201, True), "blocked"),
    ("ldap_blocked", "block", (403, {"message": "403 Forbidden - LDAP blocked users cannot be modified by the API"}),
     "ldap_blocked"),
    ("blocked", "unblock", (201, True), "active"),
    ("active", "unblock", (201, False), "active"),
    ("banned", "unblock", (201, True), "active"),
    ("blocked_pending_approval", "unblock", (201, True), "active"),
    ("deactivated", "unblock", (403, {"message": "403 Forbidden - Deactivated users cannot be unblocked by the API"}),
     "deactivated"),
    ("ldap_blocked", "unblock",
     (403, {"message": "403 Forbidden - LDAP blocked users cannot be unblocked by the API"}), "ldap_blocked"),
    ("active", "deactivate", (201, True), "deactivated"),
    ("deactivated", "deactivate", (201, None), "deactivated"),
    ("blocked", "deactivate", (403, {"message": "Error occurred. A blocked user cannot be deactivated"}), "blocked"),
    ("banned", "deactivate", (403, {"message": "Error occurred. A blocked user cannot be deactivated"}), "banned"),
    ("deactivated", "activate", (201, True), "active"),
    ("active", "activate", (201, True), "active"),
    ("blocked", "activate", (403, {"message": "Error occurred. A blocked user must be unblocked to be activated"}),
     "blocked"),
    ("blocked_pending_approval", "activate",
     (403, {"message": "Error occurred. A blocked user must be unblocked to be activated"}),
     "blocked_pending_approval"),
    ("active", "ban", (201, True), "banned"),
    ("banned", "ban", (403, {"message": "You cannot ban banned users."}), "banned"),
    ("blocked", "ban", (403, {"message": "You cannot ban blocked users."}), "blocked"),
    ("deactivated", "ban", (403, {"message": "You cannot ban deactivated users."}), "deactivated"),
    ("banned", "unban", (201, True), "active"),
    ("active", "unban", (403, {"message": "You cannot unban active users."}), "active"),
    ("blocked_pending_approval", "approve", (201, {"message": "Success"}), "active"),
    ("active", "approve", (409, {"message": "The user you are trying to approve is not pending approval"}), "active"),
    ("blocked", "approve", (409, {"message": "The user you are trying to approve is not pending approval"}), "blocked"),
    ("active", "reject", (409, {"message": "User does not have a pending request"}), "active"),
]


@pytest.mark.parametrize("start, action, answer, end", CASES)
def test_state_actions(site, start, action, answer, end):
    user = make(site, state=None if start == "active" else start)
    assert act(site, user, action) == answer
    assert state_of(site, user) == end


def test_block_answers_json_literals(site):
    user = make(site)
    response = site.api("POST", "/users/%d/block" % user["id"])
    assert (response.headers["Content-Type"], response.text) == ("application/json", "true")
    response = site.api("POST", "/users/%d/block" % user["id"])
    assert response.text == "null"


def test_admin_cannot_block_itself(site):
    assert act(site, {"id": 1}, "block") == (
        403, {"message": "403 Forbidden - The API initiating user cannot be blocked by the API"})


def test_internal_users_cannot_be_blocked_or_deactivated(site):
    user = make(site)
    site.poke_user(user["username"], user_type="alert_bot")
    assert act(site, user, "block") == (403, {"message": "An internal user cannot be blocked"})
    assert act(site, user, "deactivate") == (403, {"message": "Internal users cannot be deactivated"})


def test_recent_activity_prevents_deactivation(site):
    user = make(site)
    site.poke_user(user["username"], last_activity_on=days_from_today(0))
    message = "The user you are trying to deactivate has been active in the past 90 days and cannot be deactivated"
    assert act(site, user, "deactivate") == (403, {"message": message})
    site.poke_user(user["username"], last_activity_on=None, current_sign_in_at="now")
    assert act(site, user, "deactivate")[0] == 403
    site.settings(deactivate_dormant_users_period=0)
    try:
        assert act(site, user, "deactivate") == (201, True)
    finally:
        site.settings(deactivate_dormant_users_period=90)
    old = days_from_today(-91)
    other = make(site)
    site.poke_user(other["username"], last_activity_on=old)
    assert act(site, other, "deactivate") == (201, True)


@pytest.mark.parametrize("action", ["block", "unblock", "deactivate", "activate", "ban", "unban"])
def test_admin_only_actions_refuse_users_before_looking_up(site, action):
    token = site.token_for(make(site)["username"])
    assert act(site, {"id": 999999}, action, token=token) == (403, {"message": "403 Forbidden"})
    assert act(site, {"id": 999999}, action) == (404, {"message": "404 User Not Found"})
    assert act(site, {"id": 1}, action, token=False)[0] == 401


@pytest.mark.parametrize("action, message", [("approve", "You are not allowed to approve a user"),
                                             ("reject", "You are not allowed to reject a user")])
def test_approve_and_reject_look_up_first_then_refuse_non_admins(site, action, message):
    token = site.token_for(make(site)["username"])
    assert act(site, {"id": 999999}, action, token=token) == (404, {"message": "404 User Not Found"})
    pending = make(site, state="blocked_pending_approval")
    assert act(site, pending, action, token=token) == (403, {"message": message})


def test_reject_deletes_the_user_asynchronously(site):
    user = make(site, state="blocked_pending_approval")
    assert act(site, user, "reject") == (200, {"message": "Success"})
    assert state_of(site, user) == "blocked"
    deadline = time.monotonic() + 5
    while site.api("GET", "/users/%d" % user["id"]).status_code != 404:
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_disable_two_factor(site):
    user = make(site)
    url = "/users/%d/disable_two_factor" % user["id"]
    response = site.api("PATCH", url)
    assert (response.status_code, response.json()) == (
        400, {"message": "400 Bad request - Two-factor authentication is not enabled for this user"})
    site.poke_user(user["username"], two_factor_enabled=True)
    assert site.api("PATCH", url).status_code == 204
    assert site.api("GET", "/users/%d" % user["id"]).json()["two_factor_enabled"] is False
    response = site.api("PATCH", "/users/1/disable_two_factor")
    message = ("403 Forbidden - Two-factor authentication for admins cannot be disabled via the API. "
               "Use the Rails console")
    assert (response.status_code, response.json()) == (403, {"message": message})
    assert site.api("PATCH", "/users/999999/disable_two_factor").status_code == 404


# -- custom attributes -------------------------------------------------------------------------
def test_custom_attribute_lifecycle(site):
    user = make(site)
    url = "/users/%d/custom_attributes" % user["id"]
    response = site.api("PUT", url + "/color", json={"value": "red"})
    assert (response.status_code, response.json()) == (200, {"key": "color", "value": "red"})
    site.api("PUT", url + "/size", data={"value": 3})
    site.api("PUT", url + "/color", json={"value": "blue"})
    assert site.api("GET", url).json() == [{"key": "color", "value": "blue"}, {"key": "size", "value": "3"}]
    assert site.api("GET", url + "/size").json() == {"key": "size", "value": "3"}
    response = site.api("GET", url + "/nope")
    assert (response.status_code, response.json()) == (404, {"message": "404 Not found"})
    assert site.api("DELETE", url + "/size").status_code == 204
    response = site.api("DELETE", url + "/size")
    assert (response.status_code, response.json()) == (404, {"message": "404 Custom attribute Not Found"})


def test_custom_attribute_errors(site):
    user = make(site)
    url = "/users/%d/custom_attributes" % user["id"]
    assert site.api("PUT", url + "/k", json={}).json() == {"error": "value is missing"}
    response = site.api("PUT", url + "/k", json={"value": " "})
    assert (response.status_code, response.json()) == (400, {"message": "Value can't be blank"})
    response = site.api("GET", "/users/999999/custom_attributes")
    assert (response.status_code, response.json()) == (404, {"message": "404 Not Found"})
    token = site.token_for(make(site)["username"])
    for method, token_value, status in [("GET", False, 403), ("GET", token, 403), ("PUT", False, 401),
                                        ("PUT", token, 403), ("DELETE", False, 401), ("DELETE", token, 403)]:
        response = site.api(method, url + "/k", token=token_value, json={"value": "v"})
        assert response.status_code == status, (method, response.text)
