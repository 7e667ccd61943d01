"""The /-/sim/ control endpoints: request log, reset, seed, settings, user pokes and tokens. A dedicated
simulator, since reset wipes everything."""
from __future__ import annotations

import time

import requests

from gitlab_sim.seed import seed_profile
from gitlab_sim.state import DEFAULT_SETTINGS

LOG_FIELDS = {"method", "path", "sent_path", "query", "status", "sudo", "user", "body", "fault", "started_at", "seq"}


def control(site, method, path, **kwargs):
    return site.session.request(method, site.url + "/-/sim" + path, timeout=60, **kwargs)


def test_request_log_fields(site):
    site.clear_log()
    site.api("POST", "/users/1/custom_attributes", json={"x": 1})  # 405: still logged
    site.api("GET", "/users", params={"username": "root", "per_page": "5"})
    site.api("PUT", "/users/1/custom_attributes/k", json={"value": "v"})
    log = site.requests_log()
    assert [set(entry) for entry in log] == [LOG_FIELDS] * 3
    assert [(e["method"], e["path"], e["status"]) for e in log] == [
        ("POST", "/api/v4/users/1/custom_attributes", 405), ("GET", "/api/v4/users", 200),
        ("PUT", "/api/v4/users/1/custom_attributes/k", 200)]
    assert log[1]["query"] == {"username": "root", "per_page": "5"} and log[1]["user"] == "root"
    assert log[2]["body"] == {"value": "v"}
    site.clear_log()
    assert site.requests_log() == []


def test_reading_the_log_after_a_mark_leaves_it_alone(site):
    site.api("GET", "/version")
    mark = control(site, "GET", "/requests/mark").json()["seq"]
    assert mark == site.requests_log()[-1]["seq"]
    site.api("GET", "/users/1")
    site.api("DELETE", "/users/1/custom_attributes/nothing")
    after = control(site, "GET", "/requests", params={"after": mark}).json()
    assert [(e["method"], e["path"], e["seq"]) for e in after] == [
        ("GET", "/api/v4/users/1", mark + 1), ("DELETE", "/api/v4/users/1/custom_attributes/nothing", mark + 2)]
    assert site.requests_log()[-2:] == after  # not cleared
    site.clear_log()  # a clear does not restart the numbering
    site.api("GET", "/version")
    assert [e["seq"] for e in site.requests_log()] == [mark + 3]
    assert control(site, "GET", "/requests", params={"after": "x"}).status_code == 400
    assert control(site, "POST", "/requests/mark").status_code == 405


def test_reset_needs_the_root_token_and_restores_a_fresh_instance(site):
    site.create_user("before_reset")
    site.settings(minimum_password_length=12)
    site.add_faults({"path": "/nothing", "action": "status"})
    response = control(site, "POST", "/reset")
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})
    site.reset()
    users = site.api("GET", "/users").json()
    assert [u["username"] for u in users] == ["root"]
    assert site.settings()["minimum_password_length"] == 8
    assert site._control("GET", "/faults") == []
    assert [e["path"] for e in site.requests_log()] == ["/api/v4/users"]


def test_seed_creates_varied_users_quickly(site):
    site.reset()
    started = time.perf_counter()
    result = site.seed(10000)
    elapsed = time.perf_counter() - started
    print("seeded 10,000 users over HTTP in %.3fs" % elapsed)
    assert elapsed < 3.0  # about 0.1 s on a 2-core machine; generous for loaded CI hosts
    assert (result["created"], result["first_id"], result["last_id"]) == (10000, 2, 10001)
    users = site.api("GET", "/users", params={"per_page": 100, "order_by": "id", "sort": "asc",
                                              "with_custom_attributes": True}).json()
    seeded = users[1:]
    for offset, user in enumerate(seeded):
        profile = seed_profile(offset)
        assert (user["state"], user["is_admin"], user["external"]) == (
            profile["state"], profile["is_admin"], profile["external"])
        assert bool(user["custom_attributes"]) == bool(profile["department"])
        assert any(i["provider"] == "ldapmain" for i in user["identities"]) == profile["ldap_identity"]
    states = {u["state"] for u in seeded}
    assert states == {"active", "blocked", "deactivated", "banned", "blocked_pending_approval", "ldap_blocked"}
    assert any(u["bot"] for u in seeded) and any(u["two_factor_enabled"] for u in seeded)
    second = site.seed(5)
    assert second["first_id"] == 10002  # batches never collide
    response = control(site, "POST", "/seed", json={"users": -1})
    assert response.status_code == 400


def test_user_ids_come_from_the_state(site):
    site.reset()
    site.seed(3)
    gone = site.api("POST", "/users", json={"username": "short_lived", "name": "Short Lived", "password": "S3cure-pass-9x",
                                            "email": "short_lived@example.com", "skip_confirmation": True}).json()["id"]
    site.settings(delete_delay_ms=0)
    assert site.api("DELETE", "/users/%d" % gone, params={"hard_delete": "true"}).status_code == 204
    deadline = time.monotonic() + 10
    while control(site, "GET", "/users").json()["ids"] != [1, 2, 3, 4]:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert control(site, "POST", "/users").status_code == 405
    site.reset()


def test_settings(site):
    settings = site.settings()
    assert set(settings) == set(DEFAULT_SETTINGS)
    response = control(site, "POST", "/settings", json={"no_such_setting": 1})
    assert response.status_code == 400 and "no_such_setting" in response.json()["error"]
    assert site.settings(delete_delay_ms=50)["delete_delay_ms"] == 50
    site.settings(delete_delay_ms=200)


def test_user_pokes_and_internals(site):
    user = site.create_user("pokeme")
    answer = site.poke_user("pokeme", state="ldap_blocked", last_activity_on="2020-01-02",
                            identities=[{"provider": "ldapmain", "extern_uid": "cn=poke"}])
    assert answer["state"] == "ldap_blocked" and answer["identities"][0]["extern_uid"] == "cn=poke"
    assert site.api("GET", "/users/%d" % user["id"]).json()["last_activity_on"] == "2020-01-02"
    for bad in ({"password_hash": "x"}, {"state": "sleeping"}, {"user_type": "robot"}, {"created_at": "yesterday"}):
        assert control(site, "POST", "/users/pokeme", json=bad).status_code == 400, bad
    assert control(site, "POST", "/users/nobody_here", json={}).status_code == 404
    assert control(site, "GET", "/users/%d" % user["id"]).json()["username"] == "pokeme"


def test_minted_tokens(site):
    site.create_user("minty")
    token = site._control("POST", "/users/minty/tokens", json={"scopes": ["read_user"]})
    assert site.api("GET", "/user", token=token["token"]).json()["username"] == "minty"
    assert control(site, "POST", "/users/minty/tokens", json={"expires_at": "soon"}).status_code == 400


def test_unknown_control_endpoint(site):
    response = control(site, "GET", "/nothing")
    assert response.status_code == 404 and "error" in response.json()


def test_control_endpoints_are_not_api_requests(site):
    site.clear_log()
    site.settings()
    assert site.requests_log() == []
    assert requests.get(site.url + "/api/v4/version", timeout=10).status_code == 401


def test_clock_stands_moves_runs_and_resets(site):
    site.create_user("ticktock")
    frozen = site.clock(at="2030-01-01T00:00:00Z")
    assert (frozen["now"], frozen["epoch"], frozen["frozen"]) == ("2030-01-01T00:00:00Z", 1893456000.0, True)
    time.sleep(0.05)
    assert site.clock()["epoch"] == 1893456000.0  # frozen: it stands still
    assert site.clock(advance=90)["now"] == "2030-01-01T00:01:30Z"
    created = site.create_user("born_frozen")
    assert created["created_at"] == "2030-01-01T00:01:30.000Z"  # everything reads the same clock
    # The Date header too, as GitLab's answers carry its own time (clients learn rate-limit windows from it).
    assert site.api("GET", "/version").headers["Date"] == "Tue, 01 Jan 2030 00:01:30 GMT"
    running = site.clock(frozen=False)
    assert running["frozen"] is False and running["offset_seconds"] > 1893456000 - time.time() - 60
    time.sleep(0.05)
    assert site.clock()["epoch"] > 1893456090.0  # it runs on from where it stood
    assert site.clock(at=1800000000)["now"] == "2027-01-15T08:00:00Z"  # epoch seconds too
    for bad in ({"at": "tomorrow"}, {"at": True}, {"advance": "1"}, {"frozen": "yes"}, {"when": 1}, [1]):
        assert control(site, "POST", "/clock", json=bad).status_code == 400, bad
    assert control(site, "PUT", "/clock").status_code == 405
    released = site.release_clock()
    assert released["frozen"] is False and abs(released["epoch"] - time.time()) < 5
    site.clock(at="2030-01-01T00:00:00Z")
    site.reset()
    assert site.clock()["frozen"] is False and abs(site.clock()["epoch"] - time.time()) < 5
