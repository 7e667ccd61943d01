# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user_preferences run in-process (main()) against the simulator: check mode -> apply -> apply again ->
check mode again, asserting the request log (with the Sudo header each request carried), the returned
preferences/diff/actions and the server state, read back as the user through sudo. Expected server behaviour:
lib/api/users.rb (GET/PUT /user/preferences, `current_user.user_preference`), lib/api/entities/user_preferences.rb,
lib/api/helpers.rb (`sudo!`); a new user's defaults from db/structure.sql (user_preferences:
show_whitespace_in_diffs DEFAULT true, view_diffs_file_by_file and pass_user_identities_to_ci_jwt DEFAULT false)."""

from __future__ import annotations

import uuid

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user_preferences
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear, cycle, log, refused_before_any_request, warnings, writes)

MODULE = gitlab_user_preferences  # what the `run` fixture (conftest.py) runs
PATH = "/user/preferences"
READ = [("GET", PATH, {})]
# GitLab's defaults for a new user (db/structure.sql, user_preferences).
DEFAULTS = dict(view_diffs_file_by_file=False, show_whitespace_in_diffs=True, pass_user_identities_to_ci_jwt=False)


def server_preferences(gitlab, ident):
    """The user's preferences as GitLab shows them to that user (root through sudo)."""
    response = gitlab.api("GET", PATH, headers={"Sudo": str(ident)})
    assert response.status_code == 200, response.text
    return dict((name, response.json().get(name)) for name in DEFAULTS)


def sent(gitlab):
    """[(method, path, Sudo header)] of the request log."""
    return [(entry["method"], entry["path"][len("/api/v4"):], entry["sudo"]) for entry in gitlab.requests_log()]


def test_another_users_preferences_through_sudo(run, sim, unique):
    user = sim.create_user(unique("prefs"))
    check, applied, apply_log = cycle(run, sim, noop_requests=READ, user=user["username"],
                                      view_diffs_file_by_file=True, show_whitespace_in_diffs=False)
    assert check["actions"] == applied["actions"] == ["PUT /user/preferences"]
    assert apply_log == READ + [("PUT", PATH, {})]
    wanted = dict(DEFAULTS, view_diffs_file_by_file=True, show_whitespace_in_diffs=False)
    assert server_preferences(sim, user["id"]) == wanted
    assert applied["diff"]["before"] == DEFAULTS
    assert applied["diff"]["after"] == check["diff"]["after"] == wanted
    assert applied["preferences"]["user_id"] == user["id"]
    assert dict((name, applied["preferences"][name]) for name in DEFAULTS) == wanted
    # every request went as the user, by the username given
    clear(sim)
    run(user=user["username"], view_diffs_file_by_file=False)
    assert sent(sim) == [("GET", PATH, user["username"]), ("PUT", PATH, user["username"])]
    assert server_preferences(sim, user["id"]) == dict(wanted, view_diffs_file_by_file=False)


def test_the_put_carries_only_the_preferences_that_differ(run, sim, unique):
    user = sim.create_user(unique("onlydiff"))
    clear(sim)
    run(user=user["id"], view_diffs_file_by_file=True, show_whitespace_in_diffs=True,
        pass_user_identities_to_ci_jwt=False)
    puts = [entry for entry in sim.requests_log() if entry["method"] == "PUT"]
    assert len(puts) == 1 and puts[0]["sudo"] == str(user["id"])
    assert puts[0]["body"] == {"view_diffs_file_by_file": True}


def test_own_preferences_with_a_regular_users_token(run, sim, unique):
    user = sim.create_user(unique("own"))
    token = sim.token_for(user["username"])
    check, applied, _log = cycle(run, sim, noop_requests=READ, api_token=token, pass_user_identities_to_ci_jwt=True)
    assert server_preferences(sim, user["id"]) == dict(DEFAULTS, pass_user_identities_to_ci_jwt=True)
    assert token not in check["_out"] and token not in applied["_out"]
    clear(sim)
    run(api_token=token, pass_user_identities_to_ci_jwt=False)
    assert sent(sim) == [("GET", PATH, None), ("PUT", PATH, None)]


def test_omitted_preferences_are_left_alone(run, sim, unique):
    user = sim.create_user(unique("keep"))
    everything = dict(view_diffs_file_by_file=True, show_whitespace_in_diffs=False, pass_user_identities_to_ci_jwt=True)
    assert sim.api("PUT", PATH, headers={"Sudo": user["username"]}, json=everything).status_code == 200
    cycle(run, sim, noop_requests=READ, user=user["username"], show_whitespace_in_diffs=True)
    assert server_preferences(sim, user["id"]) == dict(view_diffs_file_by_file=True, show_whitespace_in_diffs=True,
                                                       pass_user_identities_to_ci_jwt=True)


def test_nothing_given_reads_and_returns_the_preferences(run, sim, unique):
    user = sim.create_user(unique("audit"))
    for check_mode in (False, True):
        clear(sim)
        result = run(check=check_mode, user=user["username"])
        assert result["_rc"] == 0 and result["changed"] is False and result["actions"] == []
        assert log(sim) == READ
        assert dict((name, result["preferences"][name]) for name in DEFAULTS) == DEFAULTS
        assert result["diff"]["before"] == result["diff"]["after"] == DEFAULTS


def test_user_by_id_and_a_username_made_of_digits(run, sim, unique):
    user = sim.create_user(unique("byid"))
    cycle(run, sim, noop_requests=READ, user=user["id"], view_diffs_file_by_file=True)
    assert server_preferences(sim, user["id"])["view_diffs_file_by_file"] is True
    digits = sim.create_user(str(uuid.uuid4().int)[:12])
    # GitLab's sudo reads a Sudo value of digits as an id (lib/api/helpers.rb find_user), so the username is
    # looked up first and the id sent
    noop = [("GET", "/users", {"username": digits["username"]})] + READ
    cycle(run, sim, noop_requests=noop, user=digits["username"], show_whitespace_in_diffs=False)
    assert server_preferences(sim, digits["id"])["show_whitespace_in_diffs"] is False
    clear(sim)
    run(user=digits["username"], show_whitespace_in_diffs=True)
    assert [sudo for _m, _p, sudo in sent(sim)] == [None, str(digits["id"]), str(digits["id"])]


def test_usernames_that_ansible_treats_specially(run, sim):
    """`all` and `localhost` mean something to Ansible, nothing special to this module."""
    for name in ("all", "localhost"):
        found = sim.api("GET", "/users", params={"username": name}).json()
        user = found[0] if found else sim.create_user(name)
        cycle(run, sim, noop_requests=READ, user=name, view_diffs_file_by_file=not server_preferences(
            sim, user["id"])["view_diffs_file_by_file"])


# -- refusals ------------------------------------------------------------------------------------------------

def _refused(result, reason):
    assert result.get("failed") is True and result["changed"] is False and result["actions"] == []
    assert result["msg"].startswith("user: the preferences of the user"), result["msg"]
    assert reason in result["msg"], result["msg"]
    assert "GET /user/preferences -> 403" in result["msg"]
    assert result["method"] == "GET" and result["path"] == PATH and result["status"] == 403


def test_token_without_the_sudo_scope(run, sim, unique):
    user = sim.create_user(unique("noscope"))
    token = sim.token_for("root", scopes=["api"])
    for check_mode in (True, False):
        clear(sim)
        result = run(check=check_mode, api_token=token, user=user["username"], view_diffs_file_by_file=True)
        _refused(result, "the token has no sudo scope")
        assert writes(sim) == [] and token not in result["_out"]
    assert server_preferences(sim, user["id"]) == DEFAULTS


def test_token_of_a_user_who_is_not_an_administrator(run, sim, unique):
    user = sim.create_user(unique("target"))
    other = sim.create_user(unique("plain"))
    token = sim.token_for(other["username"], scopes=["api", "sudo"])
    for check_mode in (True, False):
        clear(sim)
        result = run(check=check_mode, api_token=token, user=user["username"], view_diffs_file_by_file=True)
        _refused(result, "the token's user is not an administrator")
        assert writes(sim) == []
    assert server_preferences(sim, user["id"]) == DEFAULTS
    assert server_preferences(sim, other["id"]) == DEFAULTS


def test_naming_the_token_user_works_without_sudo_rights(run, sim, unique):
    """A regular user's token may name its own user: GitLab refuses sudo ("Must be admin to use sudo"), the module
    finds that the named user is the token's user (GET /user) and goes on without sudo."""
    user = sim.create_user(unique("self"))
    token = sim.token_for(user["username"])
    options = dict(api_token=token, user=user["username"], show_whitespace_in_diffs=False)
    for check_mode in (True, False):
        clear(sim)
        result = run(check=check_mode, **options)
        assert result["_rc"] == 0 and result["changed"] is True, result.get("msg")
        assert result["actions"] == ["PUT /user/preferences"]
        expected = [("GET", PATH, user["username"]), ("GET", "/user", None), ("GET", PATH, None)]
        assert sent(sim) == expected + ([] if check_mode else [("PUT", PATH, None)])
    assert server_preferences(sim, user["id"]) == dict(DEFAULTS, show_whitespace_in_diffs=False)


def test_unknown_user(run, sim, unique):
    ghost = unique("ghost")
    result = run(user=ghost, view_diffs_file_by_file=True)
    assert result.get("failed") is True and result["msg"].startswith("user: there is no GitLab user %r" % ghost)
    assert result["status"] == 404 and writes(sim) == []


def test_a_preference_this_gitlab_does_not_have(run, sim, unique):
    """Before 16.x GitLab neither shows nor takes pass_user_identities_to_ci_jwt: the task fails naming it, before
    any write, while the other preferences still work."""
    user = sim.create_user(unique("old"))
    version = sim.settings()["version"]
    sim.settings(version="15.11.0")
    try:
        clear(sim)
        result = run(user=user["username"], pass_user_identities_to_ci_jwt=True, view_diffs_file_by_file=True)
        assert result.get("failed") is True and result["actions"] == []
        assert result["msg"].startswith("pass_user_identities_to_ci_jwt: this GitLab has no such preference")
        assert log(sim) == READ
        check, applied, _log = cycle(run, sim, noop_requests=READ, user=user["username"], view_diffs_file_by_file=True)
        assert applied["diff"]["after"] == dict(view_diffs_file_by_file=True, show_whitespace_in_diffs=True)
    finally:
        sim.settings(version=version)


def test_gitlab_refusing_the_values_names_the_request(run, sim, unique):
    """PUT answers `render_api_error!('400 Bad Request', 400)` when the service fails; played back here."""
    user = sim.create_user(unique("refused"))
    sim.add_faults({"method": "PUT", "path": "/user/preferences$", "action": "status", "status": 400,
                    "body": {"message": "400 Bad Request"}})
    result = run(user=user["username"], view_diffs_file_by_file=True)
    assert result.get("failed") is True and result["changed"] is False and result["actions"] == []
    assert result["msg"] == "PUT /user/preferences -> 400: 400 Bad Request"
    assert (result["method"], result["path"], result["status"]) == ("PUT", PATH, 400)


@pytest.mark.parametrize("kind", ["drop", "drop_after_commit"])
def test_lost_answer_of_the_put_is_sent_again(run, sim, unique, kind):
    """PUT is idempotent: the client sends it again after a lost answer, whether or not GitLab had applied it."""
    user = sim.create_user(unique("lost"))
    sim.add_faults({"method": "PUT", "path": "/user/preferences$", "action": kind})
    clear(sim)
    result = run(user=user["username"], view_diffs_file_by_file=True)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True and result["actions"] == ["PUT /user/preferences"]
    assert "maybe_committed" not in result
    assert [(m, p) for m, p, _q in log(sim)] == [("GET", PATH), ("PUT", PATH), ("PUT", PATH)]
    assert server_preferences(sim, user["id"])["view_diffs_file_by_file"] is True


@pytest.mark.parametrize("options, words", [
    (dict(user=""), ["user must not be empty"]),
    (dict(user="a/b"), ["user", "not a GitLab username"]),
    (dict(user="alice\nSudo: root"), ["user", "not a GitLab username"]),
    (dict(user=0), ["user must be a positive user id"]),
    (dict(user=-2), ["user must be a positive user id"]),
    (dict(user=True), ["user must be a username or a user id"]),
    (dict(user=["alice"]), ["user must be a username or a user id"]),
    (dict(view_diffs_file_by_file="sometimes"), ["view_diffs_file_by_file"]),
    (dict(show_whitespace_in_diffs=[True]), ["show_whitespace_in_diffs"]),
    (dict(theme_id=3), ["theme_id"]),
])
def test_bad_input_fails_before_any_request(run, sim, options, words):
    refused_before_any_request(run, sim, words, **options)


def test_pass_user_identities_is_no_secret(run, sim, unique):
    """Ansible warns about an option whose name looks like a password ("pass...") unless its no_log is set: this
    preference is a yes/no and must not earn that warning on every run."""
    user = sim.create_user(unique("prefsjwt"))
    result = run(user=user["username"], pass_user_identities_to_ci_jwt=True)
    assert result["changed"] is True
    assert not [warning for warning in warnings(result) if "no_log" in warning]
    assert server_preferences(sim, user["id"])["pass_user_identities_to_ci_jwt"] is True
