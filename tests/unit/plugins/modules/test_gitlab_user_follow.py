# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user_follow run in-process (main()) against the simulator: check mode -> apply -> apply again -> check
mode again, asserting the request log (with the Sudo header of each request), the returned following/diff/actions
and whom the user follows afterwards, read back as root (GET /users/:id/following). Expected server behaviour:
lib/api/users.rb (follow, unfollow, following: 201 with the user, 304 when nothing changes), app/models/user.rb
(`follow`: nothing for oneself or when either user has turned following off), app/models/users/user_follow_user.rb
(MAX_FOLLOWEE_LIMIT), lib/api/helpers.rb (`sudo!`)."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user_follow
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear, cycle, log, refused_before_any_request, writes)

MODULE = gitlab_user_follow  # what the `run` fixture (conftest.py) runs


def following(gitlab, user_id):
    """The usernames `user_id` follows, as GitLab lists them to root."""
    response = gitlab.api("GET", "/users/%d/following" % user_id, params={"per_page": 100})
    assert response.status_code == 200, response.text
    return sorted(user["username"] for user in response.json())


def follow(gitlab, follower, followee):
    """Make `follower` follow `followee` directly, as root through sudo."""
    response = gitlab.api("POST", "/users/%d/follow" % followee["id"], headers={"Sudo": str(follower["id"])})
    assert response.status_code == 201, response.text


def following_read(user_id):
    return ("GET", "/users/%d/following" % user_id)


def requests(gitlab):
    """[(method, path)] of the request log (paths below /api/v4)."""
    return [(method, path) for method, path, _query in log(gitlab)]


def sudo_of_writes(gitlab):
    return [(entry["method"], entry["path"][len("/api/v4"):], entry["sudo"]) for entry in gitlab.requests_log()
            if entry["method"] != "GET"]


@pytest.fixture
def people(sim, unique):
    """A follower and three users to follow."""
    return [sim.create_user(unique(prefix)) for prefix in ("fan", "alice", "bob", "carol")]


def test_the_token_user_follows_users_given_by_username_and_id(run, sim, people):
    fan, alice, bob, _carol = people
    token = sim.token_for(fan["username"])
    noop = [("GET", "/user", {}), ("GET", "/users/%d/following" % fan["id"], {"per_page": "100"})]
    check, applied, apply_log = cycle(run, sim, noop_requests=noop, api_token=token,
                                      users=[alice["username"], bob["id"]])
    assert applied["actions"] == ["POST /users/%d/follow" % alice["id"], "POST /users/%d/follow" % bob["id"]]
    # alice is looked up by username (her id is needed); bob's id is given
    assert [(m, p) for m, p, _q in apply_log] == [
        ("GET", "/user"), following_read(fan["id"]), ("GET", "/users"),
        ("POST", "/users/%d/follow" % alice["id"]), ("POST", "/users/%d/follow" % bob["id"])]
    assert following(sim, fan["id"]) == sorted([alice["username"], bob["username"]])
    assert applied["diff"] == dict(before=dict(following=[]),
                                   after=dict(following=sorted([alice["username"], bob["username"]])))
    assert [user["id"] for user in applied["following"]] == sorted([alice["id"], bob["id"]])
    assert applied["following"] == check["following"]
    assert set(applied["following"][0]) == {"id", "username", "name", "state", "web_url"}
    assert token not in applied["_out"]


def test_another_user_through_sudo(run, sim, people):
    fan, alice, bob, _carol = people
    noop = [("GET", "/users", {"username": fan["username"]}),
            ("GET", "/users/%d/following" % fan["id"], {"per_page": "100"})]
    cycle(run, sim, noop_requests=noop, user=fan["username"], users=[alice["username"], bob["username"]])
    assert following(sim, fan["id"]) == sorted([alice["username"], bob["username"]])
    clear(sim)
    run(user=fan["username"], users=[bob["username"]], state="absent")
    assert sudo_of_writes(sim) == [("POST", "/users/%d/unfollow" % bob["id"], str(fan["id"]))]
    assert following(sim, fan["id"]) == [alice["username"]]


def test_a_follower_given_by_id_costs_one_read(run, sim, people):
    fan, alice, _bob, _carol = people
    noop = [("GET", "/users/%d/following" % fan["id"], {"per_page": "100"})]
    cycle(run, sim, noop_requests=noop, user=fan["id"], users=[alice["id"]])
    assert following(sim, fan["id"]) == [alice["username"]]


def test_check_mode_reads_a_user_given_by_id_and_checks_sudo(run, sim, people):
    fan, alice, _bob, _carol = people
    clear(sim)
    check = run(check=True, user=fan["id"], users=[alice["id"]])
    assert check["changed"] is True and writes(sim) == []
    assert [(e["method"], e["path"][len("/api/v4"):], e["sudo"]) for e in sim.requests_log()] == [
        ("GET", "/users/%d/following" % fan["id"], None), ("GET", "/user", str(fan["id"])),
        ("GET", "/users/%d" % alice["id"], None)]
    assert check["diff"]["after"] == dict(following=[alice["username"]])
    assert following(sim, fan["id"]) == []


def test_exclusive_unfollows_the_unlisted_first(run, sim, people):
    fan, alice, bob, carol = people
    follow(sim, fan, alice)
    follow(sim, fan, bob)
    noop = [("GET", "/users/%d/following" % fan["id"], {"per_page": "100"})]
    check, applied, _log = cycle(run, sim, noop_requests=noop, user=fan["id"], users=[bob["id"], carol["id"]],
                                 exclusive=True)
    assert applied["actions"] == ["POST /users/%d/unfollow" % alice["id"], "POST /users/%d/follow" % carol["id"]]
    assert following(sim, fan["id"]) == sorted([bob["username"], carol["username"]])
    assert applied["diff"]["before"] == dict(following=sorted([alice["username"], bob["username"]]))
    # an empty list with exclusive unfollows everyone
    cycle(run, sim, noop_requests=noop, user=fan["id"], users=[], exclusive=True)
    assert following(sim, fan["id"]) == []


def test_state_absent_unfollows_only_the_listed(run, sim, people, unique):
    fan, alice, bob, _carol = people
    follow(sim, fan, alice)
    follow(sim, fan, bob)
    noop = [("GET", "/users/%d/following" % fan["id"], {"per_page": "100"})]
    # a user that is not followed (here: one that does not exist) is left alone, and not looked up
    check, applied, apply_log = cycle(run, sim, noop_requests=noop, user=fan["id"],
                                      users=[alice["username"].upper(), unique("nobody")], state="absent")
    assert applied["actions"] == ["POST /users/%d/unfollow" % alice["id"]]
    assert [(m, p) for m, p, _q in apply_log] == [following_read(fan["id"]),
                                                  ("POST", "/users/%d/unfollow" % alice["id"])]
    assert following(sim, fan["id"]) == [bob["username"]]


def test_following_oneself_is_no_change(run, sim, people):
    """GitLab answers 304 to following oneself (User#follow returns nil); the module does not even ask."""
    fan, alice, _bob, _carol = people
    token = sim.token_for(fan["username"])
    clear(sim)
    result = run(api_token=token, users=[fan["username"].upper(), fan["id"]])
    assert result["_rc"] == 0 and result["changed"] is False and result["actions"] == []
    assert requests(sim) == [("GET", "/user"), following_read(fan["id"])]
    # named by username for a follower given by id: looked up, found to be the follower, skipped
    clear(sim)
    result = run(user=fan["id"], users=[fan["username"], alice["id"]])
    assert result["changed"] is True and result["actions"] == ["POST /users/%d/follow" % alice["id"]]
    assert following(sim, fan["id"]) == [alice["username"]]
    # and what GitLab itself answers, for the record
    assert sim.api("POST", "/users/%d/follow" % fan["id"], headers={"Sudo": str(fan["id"])}).status_code == 304


def test_a_user_listed_twice_is_followed_once(run, sim, people):
    fan, alice, _bob, _carol = people
    result = run(user=fan["id"], users=[alice["id"], alice["username"], alice["username"].upper(), alice["id"]])
    assert result["actions"] == ["POST /users/%d/follow" % alice["id"]]
    assert following(sim, fan["id"]) == [alice["username"]]


def test_usernames_that_ansible_treats_specially(run, sim, people):
    """`all` and `localhost` mean something to Ansible, nothing special to this module."""
    fan = people[0]
    specials = []
    for name in ("all", "localhost"):
        found = sim.api("GET", "/users", params={"username": name}).json()
        specials.append(found[0] if found else sim.create_user(name))
    noop = [("GET", "/users/%d/following" % fan["id"], {"per_page": "100"})]
    cycle(run, sim, noop_requests=noop, user=fan["id"], users=["all", "localhost"])
    assert following(sim, fan["id"]) == ["all", "localhost"]


# -- failures ---------------------------------------------------------------------------------------------------

def test_unknown_users_fail_naming_them(run, sim, people, unique):
    fan, alice, _bob, _carol = people
    ghost = unique("ghost")
    for check_mode in (True, False):
        result = run(check=check_mode, user=fan["id"], users=[alice["id"], ghost])
        assert result.get("failed") is True and result["msg"] == "users: there is no GitLab user %r" % ghost
        assert result["actions"] == []
        result = run(check=check_mode, user=fan["id"], users=[999999])
        assert result.get("failed") is True, result
        assert result["msg"].startswith("users: there is no GitLab user with the id 999999"), result["msg"]
        assert result["actions"] == [] and result["changed"] is False
    assert following(sim, fan["id"]) == []


def test_unknown_follower(run, sim, unique):
    ghost = unique("ghost")
    result = run(user=ghost, users=["root"])
    assert result.get("failed") is True and result["msg"] == "user: there is no GitLab user %r" % ghost
    result = run(user=999999, users=["root"])
    assert result.get("failed") is True and result["status"] == 404
    assert result["msg"].startswith("user: there is no GitLab user with the id 999999")
    assert "GET /users/999999/following -> 404" in result["msg"]


def test_a_user_who_turned_following_off(run, sim, people):
    fan, alice, bob, _carol = people
    sim.poke_user(bob["id"], enabled_following=False)
    for check_mode in (True, False):
        result = run(check=check_mode, user=fan["id"], users=[alice["id"], bob["id"]])
        if check_mode:  # GitLab says so only when asked to follow
            assert result["_rc"] == 0 and result["changed"] is True
            continue
        assert result.get("failed") is True
        assert result["msg"].startswith("users: GitLab did not make the user with the id %d follow the user with "
                                        "the id %d (POST /users/%d/follow -> 304 Not Modified)"
                                        % (fan["id"], bob["id"], bob["id"]))
        assert result["actions"] == ["POST /users/%d/follow" % alice["id"]] and result["changed"] is True
    assert following(sim, fan["id"]) == [alice["username"]]


def test_the_followee_limit_names_the_request_and_gitlabs_message(run, sim, people):
    fan, alice, bob, _carol = people
    limit = sim.settings()["max_followees"]
    sim.settings(max_followees=1)
    try:
        result = run(user=fan["id"], users=[alice["id"], bob["id"]])
    finally:
        sim.settings(max_followees=limit)
    assert result.get("failed") is True and result["status"] == 400
    assert result["msg"] == ("POST /users/%d/follow -> 400: You can't follow more than 1 users. To follow more users, "
                             "unfollow some others." % bob["id"])
    assert result["actions"] == ["POST /users/%d/follow" % alice["id"]]
    assert following(sim, fan["id"]) == [alice["username"]]


def _refused(result, reason):
    assert result.get("failed") is True and result["changed"] is False and result["actions"] == []
    assert result["msg"].startswith("user: following and unfollowing as the user"), result["msg"]
    assert reason in result["msg"], result["msg"]
    assert result["status"] == 403


def test_token_without_the_sudo_scope(run, sim, people):
    fan, alice, _bob, _carol = people
    token = sim.token_for("root", scopes=["api"])
    for check_mode in (True, False):
        clear(sim)
        result = run(check=check_mode, api_token=token, user=fan["username"], users=[alice["id"]])
        _refused(result, "the token has no sudo scope")
        # check mode learns it from GET /user as the user; the real run from its first write, refused (403)
        refused = [(e["method"], e["path"][len("/api/v4"):], e["status"]) for e in sim.requests_log()
                   if e["status"] == 403]
        assert refused == [("GET", "/user", 403) if check_mode else ("POST", "/users/%d/follow" % alice["id"], 403)]
    assert following(sim, fan["id"]) == []


def test_token_of_a_user_who_is_not_an_administrator(run, sim, people):
    fan, alice, bob, _carol = people
    token = sim.token_for(bob["username"], scopes=["api", "sudo"])
    for check_mode in (True, False):
        result = run(check=check_mode, api_token=token, user=fan["username"], users=[alice["id"]])
        _refused(result, "the token's user is not an administrator")
    assert following(sim, fan["id"]) == [] and following(sim, bob["id"]) == []


def test_naming_the_token_user_works_without_sudo_rights(run, sim, people):
    fan, alice, _bob, _carol = people
    token = sim.token_for(fan["username"])
    options = dict(api_token=token, user=fan["username"], users=[alice["id"]])
    clear(sim)
    check = run(check=True, **options)
    assert check["changed"] is True and writes(sim) == []
    clear(sim)
    applied = run(**options)
    assert applied["_rc"] == 0 and applied["actions"] == ["POST /users/%d/follow" % alice["id"]]
    # the refused write changed nothing; the module checked whom the token belongs to and wrote without sudo
    assert sudo_of_writes(sim) == [("POST", "/users/%d/follow" % alice["id"], str(fan["id"])),
                                   ("POST", "/users/%d/follow" % alice["id"], None)]
    assert check["diff"]["after"] == applied["diff"]["after"]
    assert following(sim, fan["id"]) == [alice["username"]]


# -- lost answers -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["follow", "unfollow"])
def test_a_lost_answer_after_the_write_is_settled_by_reading_again(run, sim, people, verb):
    fan, alice, _bob, _carol = people
    if verb == "unfollow":
        follow(sim, fan, alice)
    options = dict(user=fan["id"], users=[alice["id"]], state="present" if verb == "follow" else "absent")
    sim.add_faults({"method": "POST", "path": "/users/%d/%s$" % (alice["id"], verb), "action": "drop_after_commit"})
    clear(sim)
    result = run(**options)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True and result["actions"] == ["POST /users/%d/%s" % (alice["id"], verb)]
    assert "maybe_committed" not in result
    write = ("POST", "/users/%d/%s" % (alice["id"], verb))
    assert requests(sim) == [following_read(fan["id"]), write, following_read(fan["id"])]  # not sent twice
    assert following(sim, fan["id"]) == ([alice["username"]] if verb == "follow" else [])
    clear(sim)
    assert run(**options)["changed"] is False


@pytest.mark.parametrize("verb", ["follow", "unfollow"])
def test_a_write_that_did_not_arrive_is_sent_again(run, sim, people, verb):
    fan, alice, _bob, _carol = people
    if verb == "unfollow":
        follow(sim, fan, alice)
    options = dict(user=fan["id"], users=[alice["id"]], state="present" if verb == "follow" else "absent")
    sim.add_faults({"method": "POST", "path": "/users/%d/%s$" % (alice["id"], verb), "action": "drop"})
    clear(sim)
    result = run(**options)
    assert result["_rc"] == 0 and result["actions"] == ["POST /users/%d/%s" % (alice["id"], verb)]
    write = ("POST", "/users/%d/%s" % (alice["id"], verb))
    assert requests(sim) == [following_read(fan["id"]), write, following_read(fan["id"]), write]
    assert following(sim, fan["id"]) == ([alice["username"]] if verb == "follow" else [])


def test_a_lost_answer_that_cannot_be_checked_reports_maybe_committed(run, sim, people):
    fan, alice, _bob, _carol = people
    path = "/users/%d/following$" % fan["id"]
    sim.add_faults({"method": "GET", "path": path, "action": "delay", "ms": 1},  # the first read
                   {"method": "POST", "path": "/follow$", "action": "drop_after_commit"},
                   {"method": "GET", "path": path, "action": "status", "status": 500})  # the re-read
    result = run(user=fan["id"], users=[alice["id"]])
    assert result["failed"] is True and result["changed"] is True and result["maybe_committed"] is True
    assert result["actions"] == ["POST /users/%d/follow" % alice["id"]]
    again = run(user=fan["id"], users=[alice["id"]])
    assert again["_rc"] == 0 and again["changed"] is False
    assert following(sim, fan["id"]) == [alice["username"]]


@pytest.mark.parametrize("options, words", [
    (dict(users=None), ["users"]),
    (dict(users=[0]), ["users[0] must be a positive user id"]),
    (dict(users=["alice", -4]), ["users[1] must be a positive user id"]),
    (dict(users=[True]), ["users[0] must be a username or a user id"]),
    (dict(users=[{"id": 3}]), ["users[0] must be a username or a user id"]),
    (dict(users=["a/b"]), ["users[0]", "not a GitLab username"]),
    (dict(users=[""]), ["users[0] must not be empty"]),
    (dict(users=["alice\nSudo: root"]), ["users[0]", "not a GitLab username"]),
    (dict(users=["alice"], state="absent", exclusive=True), ["exclusive cannot be used with state=absent"]),
    (dict(users=["alice"], state="gone"), ["state"]),
    (dict(users=["alice"], exclusive="sometimes"), ["exclusive"]),
    (dict(users=["alice"], user=""), ["user must not be empty"]),
    (dict(users=["alice"], user=0), ["user must be a positive user id"]),
    (dict(users=["alice"], user=["bob"]), ["user must be a username or a user id"]),
    (dict(users=["a/b"], user=".."), ["user", "users[0]"]),
])
def test_bad_input_fails_before_any_request(run, sim, options, words):
    refused_before_any_request(run, sim, words, **{k: v for k, v in options.items() if v is not None})
