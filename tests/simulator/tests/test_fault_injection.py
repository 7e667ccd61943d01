"""Fault injection through /-/sim/faults: canned statuses, delays, dropped connections before and after
the change is committed. The `gitlab` fixture clears the rules around every test."""
from __future__ import annotations

import time

import gitlab
import pytest
import requests


def user_body(unique):
    username = unique("fault")
    return {"username": username, "name": "Fault Test", "email": username + "@example.com",
            "password": "Vn7-harbor-lantern", "skip_confirmation": True}


def exists(sim, username):
    return bool(sim.api("GET", "/users", params={"username": username}).json())


def test_status_fault_with_retry_after_fires_once(sim):
    sim.add_faults({"method": "GET", "path": "^/api/v4/users$", "action": "status", "status": 429,
                    "headers": {"Retry-After": "3"}})
    response = sim.api("GET", "/users")
    assert (response.status_code, response.text, response.headers["Retry-After"]) == (429, "Retry later\n", "3")
    assert response.headers["Content-Type"].startswith("text/plain")
    assert sim.api("GET", "/users").status_code == 200
    assert [e["fault"] for e in sim.requests_log()] == ["status", None]


def test_status_fault_with_json_body_and_times(sim):
    sim.add_faults({"path": "/api/v4/user$", "action": "status", "status": 503, "times": 2,
                    "body": {"message": "maintenance"}})
    first, second, third = (sim.api("GET", "/user") for dummy in range(3))
    assert (first.status_code, first.json()) == (503, {"message": "maintenance"})
    assert (second.status_code, third.status_code) == (503, 200)


def test_status_fault_defaults(sim):
    sim.add_faults({"path": "/api/v4/version", "action": "status", "status": 502})
    response = sim.api("GET", "/version")
    assert (response.status_code, response.json()) == (502, {"message": "502 Bad Gateway"})


def test_status_fault_does_not_apply_the_request(sim, unique):
    body = user_body(unique)
    sim.add_faults({"method": "POST", "path": "/api/v4/users$", "action": "status", "status": 500})
    assert sim.api("POST", "/users", json=body).status_code == 500
    assert not exists(sim, body["username"])


def test_delay(sim):
    sim.add_faults({"method": "GET", "path": "/api/v4/user$", "action": "delay", "ms": 300})
    started = time.monotonic()
    assert sim.api("GET", "/user").status_code == 200
    assert time.monotonic() - started >= 0.3
    assert sim.requests_log()[-1]["fault"] == "delay"


def test_drop_loses_the_request(sim, unique):
    body = user_body(unique)
    sim.add_faults({"method": "POST", "path": "/api/v4/users$", "action": "drop"})
    with pytest.raises(requests.ConnectionError):
        sim.api("POST", "/users", json=body)
    assert not exists(sim, body["username"])


def test_drop_after_commit_applies_the_change_then_drops(sim, unique):
    body = user_body(unique)
    sim.add_faults({"method": "POST", "path": "/api/v4/users$", "action": "drop_after_commit"})
    with pytest.raises(requests.ConnectionError):
        sim.api("POST", "/users", json=body)
    assert exists(sim, body["username"])  # the follow-up GET sees the committed user
    entry = [e for e in sim.requests_log() if e["method"] == "POST"][-1]
    assert (entry["status"], entry["fault"]) == (201, "drop_after_commit")


def test_unlimited_rule_and_method_filter(sim):
    sim.add_faults({"method": "DELETE", "action": "status", "status": 503, "times": -1})
    assert [sim.api("DELETE", "/users/999999").status_code for dummy in range(3)] == [503, 503, 503]
    assert sim.api("GET", "/user").status_code == 200


def test_python_gitlab_obeys_retry_after(sim):
    sim.add_faults({"method": "GET", "path": "^/api/v4/users$", "action": "status", "status": 429,
                    "headers": {"Retry-After": "0"}})
    client = gitlab.Gitlab(sim.url, private_token=sim.token)
    assert client.users.list(username="root")[0].username == "root"
    assert [e["status"] for e in sim.requests_log() if e["path"] == "/api/v4/users"] == [429, 200]


def test_invalid_rules_are_refused(sim):
    for rule in ({"action": "explode"}, {"action": "status", "path": "("}, {"action": "delay", "when": "now"}):
        response = sim.session.post(sim.url + "/-/sim/faults", json=rule)
        assert response.status_code == 400, rule
