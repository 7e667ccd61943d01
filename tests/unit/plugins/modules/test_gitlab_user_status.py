# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user_status run in-process (main()) against the simulator, or a real GitLab for the tests that use
the `gitlab` fixture only: check mode -> apply -> apply again -> check mode again, asserting the request log
(including the Sudo header each request carried), the returned status/diff/actions and the server state.
Expected server behaviour: lib/api/users.rb, app/services/users/set_status_service.rb, app/models/user_status.rb,
read back with plain API calls."""

from __future__ import annotations

import uuid

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user_status
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import clear, cycle, log, warnings, writes

MODULE = gitlab_user_status  # what the `run` fixture (conftest.py) runs


def server_status(gitlab, ident):
    response = gitlab.api("GET", "/users/%s/status" % ident)
    assert response.status_code == 200, response.text
    return response.json()


def set_status(gitlab, username, **fields):
    """Set a user's status directly, as root through sudo."""
    response = gitlab.api("PUT", "/user/status", headers={"Sudo": username}, json=fields)
    assert response.status_code == 200, response.text
    return response.json()


def read_of(ident):
    return [("GET", "/users/%s/status" % ident, {})]


def sudo_of_writes(gitlab):
    """[(method, Sudo header)] of the writes in the request log."""
    return [(entry["method"], entry["sudo"]) for entry in gitlab.requests_log() if entry["method"] != "GET"]


# -- setting -------------------------------------------------------------------------------------------

def test_own_status_with_a_token_of_a_regular_user(run, sim, unique):
    user = sim.create_user(unique("own"))
    token = sim.token_for(user["username"])
    check, applied, apply_log = cycle(run, sim, noop_requests=[("GET", "/user/status", {})], api_token=token,
                                      emoji="coffee", status_message="I crave coffee :coffee:", availability="busy")
    assert check["actions"] == applied["actions"] == ["PATCH /user/status"]
    assert apply_log == [("GET", "/user/status", {}), ("PATCH", "/user/status", {})]
    status = server_status(sim, user["username"])
    wanted = ("coffee", "I crave coffee :coffee:", "busy")
    assert (status["emoji"], status["message"], status["availability"]) == wanted
    assert applied["status"]["message_html"] == status["message_html"]
    assert 'data-name="coffee"' in status["message_html"]
    assert applied["diff"]["before"] == dict(state="absent")
    assert applied["diff"]["after"] == dict(state="present", emoji="coffee", message="I crave coffee :coffee:",
                                            availability="busy", clear_status_at=None)
    assert check["status"]["message_html"] is None  # GitLab renders it; check mode cannot
    assert token not in check["_out"] and token not in applied["_out"]


def test_another_users_status_through_sudo(run, gitlab, unique):
    user = gitlab.create_user(unique("other"))
    check, applied, apply_log = cycle(run, gitlab, noop_requests=read_of(user["username"]),
                                      user=user["username"], emoji="palm_tree", status_message="Away")
    assert applied["actions"] == ["PATCH /user/status"]
    if gitlab.is_sim:
        assert apply_log == read_of(user["username"]) + [("PATCH", "/user/status", {})]
        clear(gitlab)
        run(user=user["username"], status_message="Back")
        assert sudo_of_writes(gitlab) == [("PATCH", user["username"])]
    assert server_status(gitlab, user["id"])["emoji"] == "palm_tree"


def test_check_mode_checks_sudo_with_one_read(run, sim, unique):
    user = sim.create_user(unique("probe"))
    clear(sim)
    check = run(check=True, user=user["id"], emoji="coffee")
    assert check["changed"] is True and writes(sim) == []
    entries = sim.requests_log()
    assert [(e["method"], e["path"][len("/api/v4"):], e["sudo"]) for e in entries] == [
        ("GET", "/users/%d/status" % user["id"], None), ("GET", "/user", str(user["id"]))]


def test_user_by_id_and_a_username_made_of_digits(run, sim, unique):
    user = sim.create_user(unique("byid"))
    cycle(run, sim, noop_requests=read_of(user["id"]), user=user["id"], availability="busy")
    digits = sim.create_user(str(uuid.uuid4().int)[:12])
    # GitLab reads /users/<digits>/status as an id, so the username is looked up first
    noop = [("GET", "/users", {"username": digits["username"]})] + read_of(digits["id"])
    cycle(run, sim, noop_requests=noop, user=digits["username"], emoji="rocket")
    assert server_status(sim, digits["id"])["emoji"] == "rocket"


def test_omitted_options_are_left_alone(run, gitlab, unique):
    user = gitlab.create_user(unique("keep"))
    set_status(gitlab, user["username"], emoji="coffee", message="Keep me", clear_status_after="3_days")
    expires = server_status(gitlab, user["id"])["clear_status_at"]
    check, applied, _log = cycle(run, gitlab, noop_requests=read_of(user["username"]), user=user["username"],
                                 availability="busy")
    status = server_status(gitlab, user["id"])
    assert (status["emoji"], status["message"], status["availability"]) == ("coffee", "Keep me", "busy")
    assert status["clear_status_at"] == expires  # PATCH keeps the expiry that was not sent
    assert applied["diff"]["after"]["clear_status_at"] == expires


def test_omitted_emoji_is_speech_balloon_without_flapping(run, gitlab, unique):
    user = gitlab.create_user(unique("balloon"))
    check, applied, _log = cycle(run, gitlab, noop_requests=read_of(user["username"]), user=user["username"],
                                 status_message="Only a message")
    assert server_status(gitlab, user["id"])["emoji"] == "speech_balloon"  # GitLab's default
    assert applied["diff"]["after"]["emoji"] == "speech_balloon"
    # an empty emoji means the same
    clear(gitlab)
    again = run(user=user["username"], status_message="Only a message", emoji="")
    assert again["changed"] is False


def test_emoji_given_by_an_alias(run, sim, unique):
    user = sim.create_user(unique("alias"))
    for alias in ("thumbsup", "thumbs_up", "slight_smile"):
        check, applied, _log = cycle(run, sim, noop_requests=read_of(user["username"]), user=user["username"],
                                     emoji=alias, status_message=":%s:" % alias)
        assert server_status(sim, user["id"])["emoji"] == alias  # stored as given
        assert "<gl-emoji" in applied["status"]["message_html"]


def test_emoji_gitlab_rejects_names_the_option_and_value(run, gitlab, unique):
    user = gitlab.create_user(unique("noemoji"))
    result = run(user=user["username"], emoji="not_an_emoji_at_all")
    assert result.get("failed") is True and result["changed"] is False and result["actions"] == []
    assert result["msg"].startswith("emoji: GitLab does not know the emoji name 'not_an_emoji_at_all'")
    assert "is not a valid emoji name" in result["msg"] and result["status"] == 400
    assert server_status(gitlab, user["id"])["emoji"] is None


# -- clearing --------------------------------------------------------------------------------------------

def test_clearing(run, gitlab, unique):
    user = gitlab.create_user(unique("clear"))
    set_status(gitlab, user["username"], emoji="coffee", availability="busy")
    check, applied, apply_log = cycle(run, gitlab, noop_requests=read_of(user["id"]), user=user["id"],
                                      state="absent")
    assert applied["actions"] == ["PUT /user/status"]
    assert applied["diff"] == dict(before=dict(state="present", emoji="coffee", message="", availability="busy",
                                               clear_status_at=None), after=dict(state="absent"))
    assert applied["status"] == dict(emoji=None, message=None, availability=None, message_html=None,
                                     clear_status_at=None)
    assert server_status(gitlab, user["id"])["emoji"] is None


def test_clearing_own_status(run, sim, unique):
    user = sim.create_user(unique("clearown"))
    token = sim.token_for(user["username"])
    set_status(sim, user["username"], message="bye")
    cycle(run, sim, noop_requests=[("GET", "/user/status", {})], api_token=token, state="absent")
    assert server_status(sim, user["id"])["message"] is None


# -- clear_status_after ----------------------------------------------------------------------------------

def test_clear_status_after_is_applied_when_no_expiry_is_set(run, gitlab, unique):
    user = gitlab.create_user(unique("expire"))
    set_status(gitlab, user["username"], emoji="coffee")
    check, applied, _log = cycle(run, gitlab, noop_requests=read_of(user["username"]), user=user["username"],
                                 emoji="coffee", clear_status_after="8_hours")
    assert applied["diff"]["before"]["clear_status_at"] is None
    assert applied["diff"]["after"]["clear_status_after"] == "8_hours"
    assert applied["status"]["clear_status_at"]
    assert server_status(gitlab, user["id"])["clear_status_at"] == applied["status"]["clear_status_at"]


def test_clear_status_after_leaves_an_existing_expiry_alone(run, gitlab, unique):
    user = gitlab.create_user(unique("keepexp"))
    set_status(gitlab, user["username"], emoji="coffee", clear_status_after="30_days")
    expires = server_status(gitlab, user["id"])["clear_status_at"]
    for check_mode in (True, False):
        clear(gitlab)
        result = run(check=check_mode, user=user["username"], emoji="coffee", clear_status_after="30_minutes")
        assert result["changed"] is False and result["actions"] == []
        assert not gitlab.is_sim or log(gitlab) == read_of(user["username"])
    assert server_status(gitlab, user["id"])["clear_status_at"] == expires


def test_clear_status_after_restarts_when_other_fields_change(run, gitlab, unique):
    user = gitlab.create_user(unique("restart"))
    set_status(gitlab, user["username"], emoji="coffee", clear_status_after="30_days")
    expires = server_status(gitlab, user["id"])["clear_status_at"]
    check, applied, _log = cycle(run, gitlab, noop_requests=read_of(user["username"]), user=user["username"],
                                 emoji="coffee", status_message="changed", clear_status_after="30_minutes")
    now_expires = server_status(gitlab, user["id"])["clear_status_at"]
    assert now_expires and now_expires < expires  # 30 minutes from now, not 30 days
    assert applied["status"]["clear_status_at"] == now_expires


# -- sudo failures -----------------------------------------------------------------------------------------

def _refused(result, reason):
    assert result.get("failed") is True and result["changed"] is False and result["actions"] == []
    assert result["msg"].startswith("user: setting the status of the user")
    assert reason in result["msg"], result["msg"]


def test_token_without_the_sudo_scope(run, sim, unique):
    user = sim.create_user(unique("noscope"))
    token = sim.token_for("root", scopes=["api"])
    for check_mode in (True, False):
        result = run(check=check_mode, api_token=token, user=user["username"], emoji="coffee")
        _refused(result, "the token has no sudo scope")
        assert result["status"] == 403 and token not in result["_out"]
    assert server_status(sim, user["id"])["emoji"] is None


def test_token_of_a_user_who_is_not_an_administrator(run, sim, unique):
    user = sim.create_user(unique("target"))
    other = sim.create_user(unique("plain"))
    token = sim.token_for(other["username"], scopes=["api", "sudo"])
    for check_mode in (True, False):
        result = run(check=check_mode, api_token=token, user=user["username"], emoji="coffee")
        _refused(result, "the token's user is not an administrator")
    assert server_status(sim, user["id"])["emoji"] is None


def test_naming_the_token_user_works_without_sudo_rights(run, sim, unique):
    """A regular user's token may name its own user: sudo is refused ("Must be admin to use sudo"), the
    module finds that the named user is the token's user and writes without sudo. Not through cycle():
    the refused PATCH is in the request log (it changed nothing)."""
    user = sim.create_user(unique("self"))
    token = sim.token_for(user["username"])
    options = dict(api_token=token, user=user["username"], emoji="coffee")
    status_read = ("GET", "/users/%s/status" % user["username"])
    clear(sim)
    check = run(check=True, **options)
    assert check["changed"] is True and check["actions"] == ["PATCH /user/status"]
    assert [(m, p) for m, p, _q in log(sim)] == [status_read, ("GET", "/user"), ("GET", "/user")]
    clear(sim)
    applied = run(**options)
    assert applied["changed"] is True and applied["actions"] == ["PATCH /user/status"]
    assert [(m, p) for m, p, _q in log(sim)] == [status_read, ("PATCH", "/user/status"), ("GET", "/user"),
                                                 ("PATCH", "/user/status")]
    assert sudo_of_writes(sim) == [("PATCH", user["username"]), ("PATCH", None)]
    assert [entry["status"] for entry in sim.requests_log() if entry["method"] == "PATCH"] == [403, 200]
    assert check["diff"]["after"] == applied["diff"]["after"]
    for check_mode in (False, True):
        clear(sim)
        again = run(check=check_mode, **options)
        assert again["changed"] is False and log(sim) == read_of(user["username"])
    assert server_status(sim, user["id"])["emoji"] == "coffee"


def test_unknown_user(run, sim, unique):
    ghost = unique("ghost")
    result = run(user=ghost, emoji="coffee")
    assert result.get("failed") is True and result["msg"] == "user: there is no GitLab user %r" % ghost
    assert writes(sim) == []


def test_sudo_with_a_token_that_cannot_sudo(run, sim, unique):
    """lib/api/helpers.rb `sudo!` refuses tokens that are neither personal access nor OAuth tokens; the
    simulator has none of those, so GitLab's answer is played back."""
    user = sim.create_user(unique("tokentype"))
    body = {"message": "403 Forbidden - Must be authenticated using an OAuth or personal access token to use sudo"}
    sim.add_faults({"method": "PATCH", "path": "/user/status$", "action": "status", "status": 403, "body": body})
    result = run(user=user["username"], emoji="coffee")
    _refused(result, "sudo needs a personal access token or an OAuth token")


def test_user_deleted_between_read_and_write(run, sim, unique):
    """GitLab's sudo answers 404 "User with ID or username ... Not Found" when the user is gone."""
    user = sim.create_user(unique("vanish"))
    body = {"message": "404 User with ID or username '%s' Not Found" % user["username"]}
    sim.add_faults({"method": "PATCH", "path": "/user/status$", "action": "status", "status": 404, "body": body})
    result = run(user=user["username"], emoji="coffee")
    _refused(result, "GitLab does not know that user")


# -- lost answers, old GitLab ------------------------------------------------------------------------------

def test_lost_answer_on_set_is_recovered(run, sim, unique):
    user = sim.create_user(unique("lost"))
    sim.add_faults({"method": "PATCH", "path": "/user/status$", "action": "drop_after_commit"})
    clear(sim)
    result = run(user=user["username"], emoji="coffee", clear_status_after="1_day")
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True and result["actions"] == ["PATCH /user/status"]
    assert "maybe_committed" not in result
    assert [m for m, _p, _q in log(sim)] == ["GET", "PATCH", "GET"]  # read again, not sent twice
    assert result["status"]["emoji"] == "coffee" and result["status"]["clear_status_at"]
    clear(sim)
    again = run(user=user["username"], emoji="coffee", clear_status_after="1_day")
    assert again["changed"] is False and log(sim) == read_of(user["username"])


def test_lost_answer_that_cannot_be_checked_reports_maybe_committed(run, sim, unique):
    user = sim.create_user(unique("maybe"))
    status_path = "/users/%s/status$" % user["username"]
    sim.add_faults({"method": "GET", "path": status_path, "action": "delay", "ms": 1},  # the first read
                   {"method": "PATCH", "path": "/user/status$", "action": "drop_after_commit"},
                   {"method": "GET", "path": status_path, "action": "status", "status": 500})  # the re-read
    result = run(user=user["username"], status_message="maybe")
    assert result["failed"] is True and result["changed"] is True and result["maybe_committed"] is True
    assert result["actions"] == ["PATCH /user/status"]
    again = run(user=user["username"], status_message="maybe")
    assert again["_rc"] == 0 and again["changed"] is False
    assert server_status(sim, user["id"])["message"] == "maybe"


def test_lost_answer_of_a_write_that_did_not_arrive_is_sent_again(run, sim, unique):
    user = sim.create_user(unique("resend"))
    sim.add_faults({"method": "PATCH", "path": "/user/status$", "action": "drop"})
    clear(sim)
    result = run(user=user["username"], emoji="coffee")
    assert result["_rc"] == 0 and result["actions"] == ["PATCH /user/status"]
    assert [m for m, _p, _q in log(sim)] == ["GET", "PATCH", "GET", "PATCH"]
    assert server_status(sim, user["id"])["emoji"] == "coffee"


def test_gitlab_without_patch_falls_back_to_put(run, sim, unique):
    user = sim.create_user(unique("nopatch"))
    set_status(sim, user["username"], emoji="coffee", clear_status_after="3_days")
    sim.add_faults({"method": "PATCH", "path": "/user/status$", "action": "status", "status": 405, "times": -1,
                    "headers": {"Allow": "OPTIONS, GET, PUT, HEAD"}})
    result = run(user=user["username"], status_message="old GitLab")
    assert result["_rc"] == 0, result.get("msg")
    assert result["actions"] == ["PUT /user/status"]
    assert any("has no PATCH /user/status" in w for w in warnings(result))
    status = server_status(sim, user["id"])
    assert (status["emoji"], status["message"]) == ("coffee", "old GitLab")
