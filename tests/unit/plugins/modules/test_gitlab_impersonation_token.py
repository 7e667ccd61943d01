# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_impersonation_token run in-process (main()) against the simulator. Every feature goes through
check mode -> apply -> apply again -> check mode again with the exact no-op requests, and asserts the
server's tokens afterwards (root's view), whether the returned value authenticates, and that the value
appears nowhere in the result but `token.token`.

Expected expiry dates are computed here from the UTC date with datetime, independently of the module.
Tests that need time to pass inject a later "today" into the module (the simulator keeps the real date,
so the tokens stay active for it)."""

from __future__ import annotations

import datetime
import json
import threading
import time

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules import impersonation_token as logic
from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_impersonation_token
from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import InDays, days_from_today, resolve, utc_today
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import clear, log, warnings, writes
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import cycle as kit_cycle


def day(offset):
    """The ISO date `offset` days from the UTC date, read when called (never once at import)."""
    return days_from_today(offset)


@pytest.fixture
def run(run_module, monkeypatch):
    """run(check=False, diff=True, today=None, **options); `today` (days from now) moves the module's clock."""
    def run_token(check=False, diff=True, today=None, **options):
        if today is not None:
            monkeypatch.setattr(logic, "utc_today", lambda: utc_today() + datetime.timedelta(days=today))
        result = run_module(gitlab_impersonation_token.main, check=check, diff=diff, **options)
        monkeypatch.setattr(logic, "utc_today", utc_today)
        return result
    return run_token


@pytest.fixture
def user(gitlab, unique):
    return gitlab.create_user(unique("tok"))


# -- helpers: the server's view, the request lists, the secrets -----------------------------------------

def server_tokens(gitlab, user_id, kind="impersonation"):
    """All tokens of the user of one kind, as root sees them (GET /personal_access_tokens lists both kinds)."""
    impersonation = gitlab.api("GET", "/users/%d/impersonation_tokens" % user_id, params={"per_page": 100}).json()
    if kind == "impersonation":
        return impersonation
    ids = set(token["id"] for token in impersonation)
    every = gitlab.api("GET", "/personal_access_tokens", params={"user_id": user_id, "per_page": 100}).json()
    return [token for token in every if token["id"] not in ids]


def active_named(gitlab, user_id, name, kind="impersonation"):
    return [t for t in server_tokens(gitlab, user_id, kind) if t["name"] == name and t["active"]]


def mint(sim, user_id, name, expires_at, kind="impersonation", scopes=("api",), revoked=False):
    """A token made through the simulator's control endpoint (any date, already revoked, either kind)."""
    response = sim.session.post("%s/-/sim/users/%d/tokens" % (sim.url, user_id), json=dict(
        name=name, scopes=list(scopes), expires_at=expires_at, revoked=revoked,
        impersonation=kind == "impersonation"), timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def authenticates(gitlab, value):
    return gitlab.api("GET", "/user", token=value).status_code == 200


def noop_requests(user, options):
    """The requests of a run that changes nothing: resolve the user (unless an id), list the active tokens;
    for personal tokens also the impersonation tokens, to tell the two kinds apart."""
    requests = [] if isinstance(options["user"], int) else [("GET", "/users", {"username": options["user"]})]
    if options.get("type") == "personal":
        query = {"user_id": str(user["id"]), "state": "active", "per_page": "100"}
        requests.append(("GET", "/personal_access_tokens", query))
        requests.append(("GET", "/users/%d/impersonation_tokens" % user["id"], {"per_page": "100"}))
    else:
        requests.append(("GET", "/users/%d/impersonation_tokens" % user["id"], {"state": "active", "per_page": "100"}))
    return requests


def cycle(run, gitlab, owner, **options):
    return kit_cycle(run, gitlab, noop_requests=noop_requests(owner, options), **options)


def assert_secret_only_in_token(result, *values):
    """The returned value (and every older value given) appears in the module's output only as token.token."""
    value = result["token"]["token"]
    rest = dict(result, token=dict(result["token"], token=None))
    rest.pop("_out")
    text = json.dumps(rest)
    for secret in (value,) + values:
        assert secret not in text
    assert result["_out"].count(value) == 1
    for old in values:
        assert old not in result["_out"]


def base(owner, name="ci", **options):
    """The options of a task for `owner`'s token `name`; an option given as None is left out."""
    merged = dict(dict(user=owner["username"], name=name, scopes=["api"], expires_in_days=30), **options)
    return dict((key, value) for key, value in merged.items() if value is not None)


# -- create, no-op -------------------------------------------------------------------------------------

def test_create_then_nothing_changes(run, gitlab, user):
    options = base(user, description="deploys")
    check, applied, apply_log = cycle(run, gitlab, user, **options)
    path = "/users/%d/impersonation_tokens" % user["id"]
    assert check["actions"] == applied["actions"] == ["POST %s" % path]
    assert check["token"]["id"] is None and "token" not in check["token"] and check["value_returned"] is False
    if gitlab.is_sim:
        assert apply_log == noop_requests(user, options)[:1] + [
            ("GET", path, {"state": "active", "per_page": "100"}),
            ("GET", path, {"state": "inactive", "per_page": "100"}),
            ("POST", path, {}),
            ("GET", path, {"state": "active", "per_page": "100"})]  # no concurrent run made one too
    identity = dict(user=user["username"], type="impersonation", name="ci")
    assert applied["diff"]["before"] == dict(identity, state="absent")
    assert applied["diff"]["after"] == dict(identity, scopes=["api"], expires_at=day(30), description="deploys",
                                            token="********", state="present")
    assert applied["value_returned"] is True
    assert_secret_only_in_token(applied)
    assert authenticates(gitlab, applied["token"]["token"])
    [token] = active_named(gitlab, user["id"], "ci")
    assert token["id"] == applied["token"]["id"] and token["expires_at"] == day(30)
    assert token["impersonation"] is True and token["scopes"] == ["api"] and token["description"] == "deploys"
    again = run(**options)
    assert again["value_returned"] is False and "token" not in again["token"]
    assert "only in the answer that creates it" in again["msg"]
    assert applied["token"]["token"] not in again["_out"]


def test_user_given_by_id_costs_one_request(run, gitlab, user):
    options = base(user, user=user["id"], expires_in_days=None, expires_at=day(10))
    check, applied, _log = cycle(run, gitlab, user, **options)
    assert applied["diff"]["after"]["user"] == user["id"]
    assert [t["expires_at"] for t in active_named(gitlab, user["id"], "ci")] == [day(10)]


def test_scope_change_creates_and_revokes(run, gitlab, user):
    first = run(**base(user))
    options = base(user, scopes=["read_api", "read_user", "read_api"])  # a repeated scope counts once
    check, applied, _log = cycle(run, gitlab, user, **options)
    old_id = first["token"]["id"]
    assert applied["actions"] == ["POST /users/%d/impersonation_tokens" % user["id"],
                                  "DELETE /users/%d/impersonation_tokens/%d" % (user["id"], old_id)]
    assert applied["diff"]["before"]["scopes"] == ["api"]
    assert applied["diff"]["after"]["scopes"] == ["read_api", "read_user"]
    [token] = active_named(gitlab, user["id"], "ci")
    assert sorted(token["scopes"]) == ["read_api", "read_user"]
    assert not authenticates(gitlab, first["token"]["token"])
    assert_secret_only_in_token(applied, first["token"]["token"])


def test_expiry_date_change(run, gitlab, user):
    run(**base(user, expires_in_days=None, expires_at=day(20)))
    check, applied, _log = cycle(run, gitlab, user, **base(user, expires_in_days=None, expires_at=day(40)))
    assert [a.split()[0] for a in applied["actions"]] == ["POST", "DELETE"]
    assert (applied["diff"]["before"]["expires_at"], applied["diff"]["after"]["expires_at"]) == (day(20), day(40))
    assert [t["expires_at"] for t in active_named(gitlab, user["id"], "ci")] == [day(40)]


def test_expires_in_days_shorter_than_the_days_left_replaces(run, gitlab, user):
    run(**base(user, expires_in_days=60))
    check, applied, _log = cycle(run, gitlab, user, **base(user, expires_in_days=20))
    assert applied["diff"]["after"]["expires_at"] == day(20)
    # a longer lifetime than the days left is fine: the token is judged by what it has left
    clear(gitlab)
    assert run(**base(user, expires_in_days=90))["changed"] is False


# -- expiry on the date, renewal -----------------------------------------------------------------------

def test_token_expiring_today_is_expired(run, sim, user):
    minted = mint(sim, user["id"], "ci", day(0))
    clear(sim)
    refused = run(**base(user, recreate="never"))
    assert refused["failed"] is True and "expired" in refused["msg"] and "recreate=never" in refused["msg"]
    assert writes(sim) == [] and refused["actions"] == []
    check, applied, _log = cycle(run, sim, user, **base(user))
    assert applied["actions"] == ["POST /users/%d/impersonation_tokens" % user["id"]]  # nothing to revoke
    assert applied["diff"]["before"]["state"] == "expired" and applied["diff"]["before"]["expires_at"] == day(0)
    assert minted["token"] not in applied["_out"]


def test_token_expiring_tomorrow_renewed_with_renew_before_days_1(run, sim, user):
    minted = mint(sim, user["id"], "ci", day(1))
    options = base(user, expires_in_days=30, renew_before_days=1)
    check, applied, _log = cycle(run, sim, user, **options)
    assert applied["actions"] == ["POST /users/%d/impersonation_tokens" % user["id"],
                                  "DELETE /users/%d/impersonation_tokens/%d" % (user["id"], minted["id"])]
    assert (applied["diff"]["before"]["expires_at"], applied["diff"]["after"]["expires_at"]) == (day(1), day(30))
    assert not authenticates(sim, minted["token"]) and authenticates(sim, applied["token"]["token"])


def test_token_expiring_in_two_days_is_kept_with_renew_before_days_1(run, sim, user):
    mint(sim, user["id"], "ci", day(2))
    result = run(**base(user, expires_in_days=30, renew_before_days=1))
    assert result["changed"] is False and result["actions"] == []


def test_expires_in_days_renewed_once_near_expiry(run, gitlab, user):
    """30 days of life, renewed in the last 7: nothing changes for 22 days, the renewal happens on day 23."""
    options = base(user, expires_in_days=30, renew_before_days=7)
    created = run(**options)
    for later in (0, 1, 15, 22):  # 30, 29, 15 and 8 days left
        clear(gitlab)
        result = run(today=later, **options)
        assert result["changed"] is False, later
        assert log(gitlab) == noop_requests(user, options)
    renewed = run(today=23, **options)  # 7 days left
    assert renewed["changed"] is True and [a.split()[0] for a in renewed["actions"]] == ["POST", "DELETE"]
    assert renewed["diff"]["before"]["expires_at"] == day(30)
    assert renewed["diff"]["after"]["expires_at"] == day(23 + 30)
    for later in (23, 24, 45):
        assert run(today=later, **options)["changed"] is False, later
    assert run(today=46, **options)["changed"] is True  # 7 days left of the renewed token
    assert not authenticates(gitlab, created["token"]["token"])
    assert len(active_named(gitlab, user["id"], "ci")) == 1


# -- revoked and expired tokens under each recreate policy ----------------------------------------------

@pytest.mark.parametrize("how", ["revoked", "expired"])
def test_inactive_token_under_each_policy(run, sim, user, how):
    if how == "revoked":
        old = run(**base(user))["token"]
        assert sim.api("DELETE", "/users/%d/impersonation_tokens/%d" % (user["id"], old["id"])).status_code == 204
    else:
        old = mint(sim, user["id"], "ci", day(-3))
    clear(sim)
    never = run(**base(user, recreate="never"))
    assert never["failed"] is True and never["changed"] is False
    assert "is %s (id %d)" % (how, old["id"]) in never["msg"] and writes(sim) == []
    check, applied, _log = cycle(run, sim, user, **base(user))  # on_change
    assert applied["actions"] == ["POST /users/%d/impersonation_tokens" % user["id"]]
    assert applied["diff"]["before"]["state"] == how
    clear(sim)
    always = run(**base(user, recreate="always"))
    assert always["changed"] is True
    assert [a.split()[0] for a in always["actions"]] == ["POST", "DELETE"]
    assert len(active_named(sim, user["id"], "ci")) == 1


def test_recreate_never_reports_what_differs(run, gitlab, user):
    run(**base(user))
    clear(gitlab)
    result = run(**base(user, scopes=["read_api"], recreate="never"))
    assert result["failed"] is True and result["actions"] == [] and result["changed"] is False
    assert "its scopes are api, not read_api" in result["msg"]
    if gitlab.is_sim:
        assert writes(gitlab) == []


def test_recreate_always_replaces_every_run(run, gitlab, user):
    options = base(user, recreate="always")
    values = []
    for _attempt in range(2):
        result = run(**options)
        assert result["changed"] is True and result["value_returned"] is True
        assert_secret_only_in_token(result, *values)
        values.append(result["token"]["token"])
    assert [authenticates(gitlab, value) for value in values] == [False, True]
    check = run(check=True, **options)
    assert check["changed"] is True and [a.split()[0] for a in check["actions"]] == ["POST", "DELETE"]


# -- absent --------------------------------------------------------------------------------------------

def test_absent_revokes_every_active_token_of_that_name(run, sim, user):
    kept = run(**base(user, name="other"))["token"]
    first = run(**base(user))["token"]
    second = mint(sim, user["id"], "ci", day(5))
    personal = mint(sim, user["id"], "ci", day(5), kind="personal")  # another type: left alone
    options = dict(user=user["username"], name="ci", state="absent")
    check, applied, _log = cycle(run, sim, user, **options)
    assert applied["actions"] == ["DELETE /users/%d/impersonation_tokens/%d" % (user["id"], first["id"]),
                                  "DELETE /users/%d/impersonation_tokens/%d" % (user["id"], second["id"])]
    assert applied["diff"]["before"]["active_tokens"] == 2 and applied["diff"]["after"]["state"] == "absent"
    assert active_named(sim, user["id"], "ci") == []
    assert [t["id"] for t in active_named(sim, user["id"], "other")] == [kept["id"]]
    assert [t["id"] for t in active_named(sim, user["id"], "ci", "personal")] == [personal["id"]]
    assert "token" not in applied


def test_duplicates_keep_the_newest_fitting_token(run, sim, user):
    fitting = mint(sim, user["id"], "ci", day(20))
    newer = mint(sim, user["id"], "ci", day(20), scopes=("read_api",))
    options = base(user)
    refused = run(**dict(options, recreate="never"))
    assert refused["failed"] is True and "2 active impersonation tokens" in refused["msg"]
    check, applied, _log = cycle(run, sim, user, **options)
    assert applied["actions"] == ["DELETE /users/%d/impersonation_tokens/%d" % (user["id"], newer["id"])]
    assert applied["value_returned"] is False
    assert any("revoked all but the newest fitting one (id %d)" % fitting["id"] in w for w in warnings(applied))
    assert [t["id"] for t in active_named(sim, user["id"], "ci")] == [fitting["id"]]


# -- personal access tokens, rotation --------------------------------------------------------------------

def test_personal_token_rotated_when_due(run, gitlab, user):
    options = base(user, type="personal", expires_in_days=30, renew_before_days=7, description="backup")
    check, created, _log = cycle(run, gitlab, user, **options)
    assert created["actions"] == ["POST /users/%d/personal_access_tokens" % user["id"]]
    assert "impersonation" not in created["token"]
    assert_secret_only_in_token(created)
    clear(gitlab)
    check = run(check=True, today=24, **options)  # 6 days left
    assert check["actions"] == ["POST /personal_access_tokens/%d/rotate" % created["token"]["id"]]
    assert writes(gitlab) == []
    rotated = run(today=24, **options)
    assert rotated["actions"] == check["actions"] and rotated["diff"]["after"] == check["diff"]["after"]
    assert rotated["diff"]["after"]["expires_at"] == day(54)
    assert_secret_only_in_token(rotated, created["token"]["token"])
    assert not authenticates(gitlab, created["token"]["token"]) and authenticates(gitlab, rotated["token"]["token"])
    [token] = active_named(gitlab, user["id"], "ci", "personal")
    assert token["id"] == rotated["token"]["id"] and token["description"] == "backup" and token["scopes"] == ["api"]
    clear(gitlab)
    assert run(today=24, **options)["changed"] is False
    assert log(gitlab) == noop_requests(user, options)


def test_personal_scope_change_creates_and_revokes(run, gitlab, user):
    first = run(**base(user, type="personal"))["token"]
    check, applied, _log = cycle(run, gitlab, user, **base(user, type="personal", scopes=["read_api"]))
    assert applied["actions"] == ["POST /users/%d/personal_access_tokens" % user["id"],
                                  "DELETE /personal_access_tokens/%d" % first["id"]]


def test_personal_recreate_always_rotates(run, gitlab, user):
    first = run(**base(user, type="personal", user=user["id"]))["token"]
    again = run(**base(user, type="personal", user=user["id"], recreate="always"))
    assert again["actions"] == ["POST /personal_access_tokens/%d/rotate" % first["id"]]
    assert len(active_named(gitlab, user["id"], "ci", "personal")) == 1


def test_personal_without_a_known_expiry_is_created_and_revoked(run, gitlab, user):
    first = run(**base(user, type="personal", expires_in_days=None))["token"]
    assert first["expires_at"]  # GitLab's default lifetime
    again = run(**base(user, type="personal", expires_in_days=None, recreate="always"))
    assert again["actions"] == ["POST /users/%d/personal_access_tokens" % user["id"],
                                "DELETE /personal_access_tokens/%d" % first["id"]]


def test_the_two_types_do_not_see_each_other(run, sim, user):
    """GET /personal_access_tokens lists impersonation tokens too: a personal task must not take one for its own."""
    impersonation = run(**base(user))["token"]
    clear(sim)
    personal = run(**base(user, type="personal"))
    assert personal["actions"] == ["POST /users/%d/personal_access_tokens" % user["id"]]
    assert [t["id"] for t in active_named(sim, user["id"], "ci")] == [impersonation["id"]]
    gone = run(user=user["username"], name="ci", type="personal", state="absent")
    assert gone["actions"] == ["DELETE /personal_access_tokens/%d" % personal["token"]["id"]]
    assert [t["id"] for t in active_named(sim, user["id"], "ci")] == [impersonation["id"]]


# -- lost answers ----------------------------------------------------------------------------------------

def test_lost_create_answer_revokes_the_orphan(run, sim, user):
    sim.add_faults({"method": "POST", "path": "/impersonation_tokens$", "action": "drop_after_commit"})
    result = run(**base(user))
    assert result["_rc"] == 0, result.get("msg")
    tokens = server_tokens(sim, user["id"])
    orphan, kept = tokens
    assert orphan["revoked"] is True and kept["active"] is True and kept["id"] == result["token"]["id"]
    path = "/users/%d/impersonation_tokens" % user["id"]
    assert result["actions"] == ["POST %s" % path, "DELETE %s/%d" % (path, orphan["id"]), "POST %s" % path]
    assert [w for w in warnings(result) if "whose value nobody received" in w and "id %d" % orphan["id"] in w]
    assert authenticates(sim, result["token"]["token"])
    assert_secret_only_in_token(result)


def test_create_answer_lost_twice_leaves_no_active_token(run, sim, user):
    sim.add_faults({"method": "POST", "path": "/impersonation_tokens$", "action": "drop_after_commit", "times": 2})
    result = run(**base(user))
    assert result["failed"] is True and result["changed"] is True and "lost twice" in result["msg"]
    assert active_named(sim, user["id"], "ci") == []
    assert [a.split()[0] for a in result["actions"]] == ["POST", "DELETE", "POST", "DELETE"]
    assert run(**base(user))["value_returned"] is True  # the rerun converges


def test_dropped_create_request_is_sent_again(run, sim, user):
    sim.add_faults({"method": "POST", "path": "/impersonation_tokens$", "action": "drop"})
    result = run(**base(user))
    assert result["_rc"] == 0 and result["actions"] == ["POST /users/%d/impersonation_tokens" % user["id"]]
    assert warnings(result) == [] and len(active_named(sim, user["id"], "ci")) == 1


def test_lost_rotate_answer_revokes_the_successor_and_creates(run, sim, user):
    options = base(user, type="personal", expires_in_days=30, renew_before_days=7)
    first = run(**options)["token"]
    sim.add_faults({"method": "POST", "path": "/rotate$", "action": "drop_after_commit"})
    result = run(today=25, **options)
    assert result["_rc"] == 0, result.get("msg")
    tokens = [t for t in server_tokens(sim, user["id"], "personal") if t["name"] == "ci"]
    assert [t["active"] for t in tokens] == [False, False, True]
    successor = tokens[1]
    assert result["actions"] == ["POST /personal_access_tokens/%d/rotate" % first["id"],
                                 "DELETE /personal_access_tokens/%d" % successor["id"],
                                 "POST /users/%d/personal_access_tokens" % user["id"]]
    assert result["token"]["id"] == tokens[2]["id"] and authenticates(sim, result["token"]["token"])
    assert [w for w in warnings(result) if "id %d" % successor["id"] in w]


def test_rotate_request_dropped_before_it_ran_is_sent_again(run, sim, user):
    options = base(user, type="personal", expires_in_days=30, renew_before_days=7)
    first = run(**options)["token"]
    sim.add_faults({"method": "POST", "path": "/rotate$", "action": "drop"})
    result = run(today=25, **options)
    assert result["_rc"] == 0 and result["actions"] == ["POST /personal_access_tokens/%d/rotate" % first["id"]]
    assert len(active_named(sim, user["id"], "ci", "personal")) == 1


def test_concurrent_create_leaves_one_active_token(run, sim, user):
    """Another run creates the same token while ours is on its way: the older new token wins, ours is revoked
    and the task fails saying so; the other run's value stays valid."""
    path = "/users/%d/impersonation_tokens" % user["id"]
    sim.add_faults({"method": "POST", "path": path + "$", "action": "delay", "ms": 1500})
    other = {}

    def other_run():
        time.sleep(0.5)
        other["answer"] = sim.api("POST", path, json=dict(name="ci", scopes=["api"], expires_at=day(30))).json()

    thread = threading.Thread(target=other_run)
    thread.start()
    result = run(**base(user))
    thread.join()
    assert result["failed"] is True and "another run created" in result["msg"]
    assert "id %d" % other["answer"]["id"] in result["msg"]
    ours = [token for token in server_tokens(sim, user["id"]) if token["id"] != other["answer"]["id"]]
    assert [token["revoked"] for token in ours] == [True]
    assert result["actions"] == ["POST %s" % path, "DELETE %s/%d" % (path, ours[0]["id"])]
    assert [token["id"] for token in active_named(sim, user["id"], "ci")] == [other["answer"]["id"]]
    assert authenticates(sim, other["answer"]["token"])
    assert other["answer"]["token"] not in result["_out"]


# -- warnings, errors, bad input -------------------------------------------------------------------------

def test_other_description_warns_and_keeps_the_token(run, gitlab, user):
    run(**base(user, description="first"))
    result = run(**base(user, description="second"))
    assert result["changed"] is False
    assert [w for w in warnings(result) if "description" in w and "GitLab cannot change it" in w]


def test_unknown_user(run, gitlab, unique):
    by_name = run(user=unique("nobody"), name="ci", scopes=["api"])
    assert by_name["failed"] is True and by_name["msg"].startswith("user: there is no GitLab user")
    clear(gitlab)
    by_id = run(user=987654, name="ci", scopes=["api"], type="personal")
    assert by_id["failed"] is True and by_id["msg"] == "user: there is no GitLab user with the id 987654"
    assert by_id["status"] == 404 and by_id["method"] == "GET"
    if gitlab.is_sim:
        assert len(log(gitlab)) == 1


def test_gitlab_refusal_names_the_request(run, sim, user):
    sim.settings(require_personal_access_token_expiry=True)
    result = run(user=user["username"], name="ci", scopes=["api"])  # impersonation token without expiry
    assert result["failed"] is True
    assert (result["method"], result["path"], result["status"]) == (
        "POST", "/users/%d/impersonation_tokens" % user["id"], 400)
    assert "expires_at" in result["msg"]


BAD_INPUT = [
    (dict(name=""), ["name"]),
    (dict(name="   "), ["name"]),
    (dict(name="ci\nsecond line"), ["name", "control characters"]),
    (dict(scopes=[]), ["scopes"]),
    (dict(scopes=["api", "write_everything"]), ["scopes", "write_everything"]),
    (dict(scopes=["API"]), ["scopes", "'API'"]),
    (dict(description="x" * 256), ["description", "255"]),
    (dict(expires_in_days=None, expires_at="31.12.2026"), ["expires_at", "YYYY-MM-DD"]),
    (dict(expires_in_days=None, expires_at="2026-02-30"), ["expires_at", "YYYY-MM-DD"]),
    (dict(expires_in_days=None, expires_at=InDays(0)), ["expires_at", "after today"]),
    (dict(expires_in_days=None, expires_at=InDays(-1)), ["expires_at", "after today"]),
    (dict(expires_in_days=None, expires_at=InDays(366)), ["expires_at", "365"]),
    (dict(expires_in_days=0), ["expires_in_days", "between 1 and 365"]),
    (dict(expires_in_days=366), ["expires_in_days"]),
    (dict(expires_in_days=30, renew_before_days=30), ["renew_before_days", "expires_in_days"]),
    (dict(expires_in_days=30, renew_before_days=0), ["renew_before_days"]),
    (dict(expires_in_days=None, renew_before_days=3), ["renew_before_days", "expires_in_days"]),
    (dict(expires_at=InDays(5)), ["expires_at", "expires_in_days"]),
    (dict(scopes=None), ["scopes"]),
    (dict(user=0), ["user"]),
    (dict(user="  "), ["user"]),
    (dict(user=True), ["user"]),
    (dict(type="project"), ["type"]),
    (dict(recreate="sometimes"), ["recreate"]),
]


@pytest.mark.parametrize("options, words", BAD_INPUT)
def test_bad_input_refused_before_any_request(run, gitlab, options, words):
    clear(gitlab)
    result = run(**base(dict(username="someone"), **resolve(options)))
    assert result["failed"] is True and result.get("changed") is not True
    assert all(word in result["msg"] for word in words), result["msg"]
    if gitlab.is_sim:
        assert log(gitlab) == []


# -- replacing: the successor exists before its predecessor is revoked ----------------------------------

def test_sudo_for_a_non_administrator_is_refused_before_any_write(run, sim, user):
    """GitLab refuses a token with the sudo scope for a user who is no administrator (PersonalAccessToken
    #sudo_only_for_admins, app/models/personal_access_token.rb): the task fails before any write, naming
    the option, and the token it would have replaced stays."""
    first = run(**base(user))["token"]
    for check in (True, False):
        clear(sim)
        refused = run(check=check, **base(user, scopes=["api", "sudo"]))
        assert refused["failed"] is True and refused["changed"] is False and refused["actions"] == []
        assert refused["msg"].startswith("scopes: ") and "sudo" in refused["msg"]
        assert "administrator" in refused["msg"] and user["username"] in refused["msg"]
        assert writes(sim) == []
        assert log(sim) == noop_requests(user, dict(user=user["username"]))[:1]  # the lookup only
    clear(sim)
    by_id = run(**base(user, user=user["id"], scopes=["sudo"], type="personal"))
    assert by_id["failed"] is True and by_id["msg"].startswith("scopes: ")
    assert log(sim) == [("GET", "/users/%d" % user["id"], {})]  # an id needs one read to know the user
    assert [token["id"] for token in active_named(sim, user["id"], "ci")] == [first["id"]]
    assert authenticates(sim, first["token"])


def test_sudo_for_an_administrator_is_created(run, sim, unique):
    admin = sim.create_user(unique("tokadm"), admin=True)
    options = base(admin, scopes=["api", "sudo"])
    check, applied, _log = cycle(run, sim, admin, **options)
    [token] = active_named(sim, admin["id"], "ci")
    assert sorted(token["scopes"]) == ["api", "sudo"] and authenticates(sim, applied["token"]["token"])


def test_a_replacement_creates_the_new_token_before_revoking_the_old_one(run, sim, user):
    first = run(**base(user))["token"]
    path = "/users/%d/impersonation_tokens" % user["id"]
    clear(sim)
    applied = run(**base(user, scopes=["read_api"]))
    [new] = active_named(sim, user["id"], "ci")
    assert applied["actions"] == ["POST %s" % path, "DELETE %s/%d" % (path, first["id"])]
    assert writes(sim) == applied["actions"]
    assert new["id"] == applied["token"]["id"] and new["scopes"] == ["read_api"]
    assert not authenticates(sim, first["token"]) and authenticates(sim, applied["token"]["token"])


@pytest.mark.parametrize("statuses", [[500], [502, 503, 504]], ids=["500", "5xx-burst"])
@pytest.mark.parametrize("kind", ["impersonation", "personal"])
def test_a_renewal_whose_create_fails_keeps_the_old_token(run, sim, user, kind, statuses):
    """A scheduled renewal meets a failing POST: the token it was to renew still has days to live and stays
    active; the next run renews it. (A personal token whose scopes change cannot be rotated: POST + DELETE.)"""
    old = mint(sim, user["id"], "ci", day(2), kind=kind)
    options = base(user, type=kind, expires_in_days=30, renew_before_days=7,
                   scopes=["read_api"] if kind == "personal" else ["api"])
    create = "/users/%d/%s" % (user["id"], "impersonation_tokens" if kind == "impersonation" else
                               "personal_access_tokens")
    sim.add_faults(*[{"method": "POST", "path": create + "$", "action": "status", "status": status,
                      "body": {"message": "%d from the proxy" % status}} for status in statuses])
    clear(sim)
    failed = run(**options)
    assert failed["failed"] is True and "POST %s" % create in failed["msg"]
    assert [entry["method"] for entry in sim.requests_log() if entry["method"] != "GET"] == ["POST"] * min(
        2, len(statuses))  # a POST whose answer may be lost is sent twice at most
    assert [token["id"] for token in active_named(sim, user["id"], "ci", kind)] == [old["id"]]
    assert authenticates(sim, old["token"])
    sim.clear_faults()
    renewed = run(**options)
    revoke = ("/users/%d/impersonation_tokens/%d" % (user["id"], old["id"]) if kind == "impersonation"
              else "/personal_access_tokens/%d" % old["id"])
    assert renewed["actions"] == ["POST %s" % create, "DELETE %s" % revoke]
    assert [token["id"] for token in active_named(sim, user["id"], "ci", kind)] == [renewed["token"]["id"]]
    assert not authenticates(sim, old["token"]) and authenticates(sim, renewed["token"]["token"])


def test_a_failed_revoke_of_the_old_token_still_returns_the_new_value(run, sim, user):
    """The successor exists and its value is in hand: a predecessor that cannot be revoked is a warning, not a
    failure that would drop the value; the next run revokes it."""
    first = run(**base(user))["token"]
    path = "/users/%d/impersonation_tokens" % user["id"]
    sim.add_faults({"method": "DELETE", "path": "%s/%d$" % (path, first["id"]), "action": "status", "status": 500})
    applied = run(**base(user, scopes=["read_api"]))
    assert applied["_rc"] == 0 and applied["changed"] is True and applied["value_returned"] is True
    assert authenticates(sim, applied["token"]["token"])
    [warning] = [w for w in warnings(applied) if "id %d" % first["id"] in w]
    assert "DELETE %s/%d -> 500" % (path, first["id"]) in warning
    assert applied["token"]["token"] not in json.dumps(warnings(applied))
    assert sorted(t["id"] for t in active_named(sim, user["id"], "ci")) == [first["id"], applied["token"]["id"]]
    # The next run finds two tokens; the newer one has been used, so its value is known: the older one goes.
    assert authenticates(sim, applied["token"]["token"])
    again = run(**base(user, scopes=["read_api"]))
    assert again["actions"] == ["DELETE %s/%d" % (path, first["id"])] and again["value_returned"] is False
    assert [t["id"] for t in active_named(sim, user["id"], "ci")] == [applied["token"]["id"]]


def test_a_failed_reread_after_the_create_still_returns_the_value(run, sim, user):
    """After the POST the active tokens are read again (a concurrent run may have made one too). When that
    read fails, the token made and its value are returned anyway, with a warning."""
    path = "/users/%d/impersonation_tokens" % user["id"]
    # The active and the inactive tokens are read before the POST; the third read is the one after it.
    sim.add_faults({"method": "GET", "path": path + "$", "action": "delay", "ms": 0, "times": 2},
                   {"method": "GET", "path": path + "$", "action": "status", "status": 500})
    applied = run(**base(user))
    assert applied["_rc"] == 0, applied.get("msg")
    assert applied["value_returned"] is True and authenticates(sim, applied["token"]["token"])
    assert [w for w in warnings(applied) if "GET %s -> 500" % path in w]
    assert [t["id"] for t in active_named(sim, user["id"], "ci")] == [applied["token"]["id"]]


# -- a created token whose value nobody received ---------------------------------------------------------

LOST_THEN_UNREADABLE = "the answer to POST %s was lost"


def lose_the_create_and_the_reread(sim, path, earlier_reads):
    """The POST is applied but its answer lost, and the tokens cannot be read again afterwards."""
    sim.add_faults({"method": "POST", "path": path + "$", "action": "drop_after_commit"},
                   {"method": "GET", "path": path + "$", "action": "delay", "ms": 0, "times": earlier_reads},
                   {"method": "GET", "path": path + "$", "action": "status", "status": 500})


def test_a_lost_create_that_cannot_be_checked_says_how_to_get_a_value(run, sim, user):
    path = "/users/%d/impersonation_tokens" % user["id"]
    lose_the_create_and_the_reread(sim, path, earlier_reads=2)
    lost = run(**base(user))
    assert lost["failed"] is True and lost["maybe_committed"] is True and lost["changed"] is True
    assert LOST_THEN_UNREADABLE % path in lost["msg"] and "GET %s -> 500" % path in lost["msg"]
    assert "value nobody received" in lost["msg"] and "recreate=always" in lost["msg"]
    [orphan] = active_named(sim, user["id"], "ci")
    sim.clear_faults()
    # The next run cannot tell that token from one whose value was received; it says what to do.
    kept = run(**base(user))
    assert kept["changed"] is False and kept["value_returned"] is False
    assert "id %d" % orphan["id"] in kept["msg"] and "never been used" in kept["msg"]
    assert "recreate=always" in kept["msg"]
    replaced = run(**base(user, recreate="always"))
    assert replaced["value_returned"] is True and authenticates(sim, replaced["token"]["token"])
    assert [t["id"] for t in active_named(sim, user["id"], "ci")] == [replaced["token"]["id"]]
    # A token that has been used is not suspected: its value is known to whoever used it.
    assert "never been used" not in run(**base(user))["msg"]


def test_an_interrupted_replacement_is_finished_by_the_next_run(run, sim, user):
    """A replacement whose create answer was lost (and could not be checked) leaves the new token beside the
    old one. The next run must not keep the new one, whose value nobody has, and revoke the old one: it
    replaces both, returning a value."""
    first = run(**base(user))["token"]
    assert authenticates(sim, first["token"])  # in use
    path = "/users/%d/impersonation_tokens" % user["id"]
    lose_the_create_and_the_reread(sim, path, earlier_reads=1)
    lost = run(**base(user, scopes=["read_api"]))
    assert lost["failed"] is True and LOST_THEN_UNREADABLE % path in lost["msg"]
    assert authenticates(sim, first["token"])  # the old token still works
    orphan = [t for t in active_named(sim, user["id"], "ci") if t["id"] != first["id"]]
    assert len(orphan) == 1
    sim.clear_faults()
    clear(sim)
    finished = run(**base(user, scopes=["read_api"]))
    assert finished["changed"] is True and finished["value_returned"] is True
    new_id = finished["token"]["id"]
    assert finished["actions"] == ["POST %s" % path, "DELETE %s/%d" % (path, first["id"]),
                                   "DELETE %s/%d" % (path, orphan[0]["id"])]
    assert [t["id"] for t in active_named(sim, user["id"], "ci")] == [new_id]
    assert authenticates(sim, finished["token"]["token"])
    assert [w for w in warnings(finished) if "id %d" % orphan[0]["id"] in w and "never been used" in w]
