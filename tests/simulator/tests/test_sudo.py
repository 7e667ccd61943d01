"""Sudo: the failure order, messages and the effects of acting as
another user."""
from __future__ import annotations

import gitlab
import pytest

INSUFFICIENT = "The request requires higher privileges than provided by the access token."


def mint(sim, username, scopes=("api",)):
    return sim.token_for(username, scopes)


@pytest.fixture
def target(sim, unique):
    return sim.create_user(unique("target"))


@pytest.mark.parametrize("how", ["id_header", "username_header", "username_param", "upper_username"])
def test_sudo_acts_as_the_target(sim, target, how):
    value = {"id_header": str(target["id"]), "username_header": target["username"],
             "username_param": target["username"], "upper_username": target["username"].upper()}[how]
    kwargs = {"params": {"sudo": value}} if how == "username_param" else {"headers": {"Sudo": value}}
    response = sim.api("GET", "/user", **kwargs)
    assert response.status_code == 200 and response.json()["username"] == target["username"]
    assert "is_admin" not in response.json()  # the entity follows the sudoed (regular) user


def test_sudo_to_an_admin_shows_the_admin_entity(sim, unique):
    other_admin = sim.create_user(unique("admin"), admin=True)
    response = sim.api("GET", "/user", headers={"Sudo": other_admin["username"]})
    assert response.json()["is_admin"] is True and response.json()["username"] == other_admin["username"]


def test_sudo_needs_a_user(sim, target):
    response = sim.api("GET", "/user", token=False, headers={"Sudo": target["username"]})
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})


def test_sudo_needs_an_admin(sim, target):
    response = sim.api("GET", "/users", token=mint(sim, target["username"], ("api", "sudo")), headers={"Sudo": "root"})
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden - Must be admin to use sudo"})


def test_sudo_needs_the_sudo_scope(sim, target):
    response = sim.api("GET", "/user", token=mint(sim, "root", ("api",)), headers={"Sudo": target["username"]})
    assert (response.status_code, response.json()) == (
        403, {"error": "insufficient_scope", "error_description": INSUFFICIENT, "scope": "sudo"})


def test_sudo_to_an_unknown_user(sim):
    response = sim.api("GET", "/user", headers={"Sudo": "nobody_at_all"})
    assert (response.status_code, response.json()) == (
        404, {"message": "404 User with ID or username 'nobody_at_all' Not Found"})


def test_endpoint_scopes_are_not_checked_under_sudo(sim, target):
    token = mint(sim, "root", ("sudo",))
    assert sim.api("GET", "/user", token=token).status_code == 403
    response = sim.api("PUT", "/users/%d/custom_attributes/x" % target["id"], token=token,
                       headers={"Sudo": "root"}, json={"value": "1"})
    assert response.status_code == 200


def test_sudo_to_a_regular_user_loses_admin_rights(sim, target):
    response = sim.api("POST", "/users/1/block", headers={"Sudo": target["username"]})
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden"})
    listed = sim.api("GET", "/users", headers={"Sudo": target["username"]}, params={"username": "root"}).json()
    assert "email" not in listed[0]  # UserBasic for the regular user


def test_sudo_is_recorded_in_the_request_log(sim, target):
    sim.api("GET", "/user", headers={"Sudo": target["username"]})
    entry = sim.requests_log()[-1]
    assert (entry["sudo"], entry["user"]) == (target["username"], target["username"])


def test_python_gitlab_sudo(sim, target):
    client = gitlab.Gitlab(sim.url, private_token=sim.token)
    user = client.users.get(target["id"], sudo=target["username"])
    assert not hasattr(user, "email")  # User entity, seen by the sudoed regular user
    assert sim.requests_log()[-1]["sudo"] == target["username"]
