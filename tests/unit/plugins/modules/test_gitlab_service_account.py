# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_service_account run in-process against an EE simulator of this file's own (the tests change its
version, edition and plan): check mode -> apply -> apply again -> check mode again, asserting the request log,
the result and the accounts read back as root. Expected behaviour: GitLab's service accounts API docs
(doc/api/service_accounts.md, doc/api/group_service_accounts.md) and their version history, which the
simulator's README tabulates; the state is read back through GET /users and GET /groups/:id/service_accounts."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_service_account
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear, cycle, log, refused_before_any_request, warnings, writes)

MODULE = gitlab_service_account  # what the `run` fixture (conftest.py) runs


@pytest.fixture
def gitlab(newest_ee):
    return newest_ee


def users_named(gitlab, username):
    return gitlab.api("GET", "/users", params={"username": username}).json()


def group_accounts(gitlab, group_id):
    response = gitlab.api("GET", "/groups/%d/service_accounts" % group_id, params={"per_page": 100})
    assert response.status_code == 200, response.text
    return {account["username"]: account for account in response.json()}


def new_group(gitlab, unique):
    response = gitlab.session.post(gitlab.url + "/-/sim/groups", json={"path": unique("grp")}, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def make_instance_account(gitlab, username, **fields):
    response = gitlab.api("POST", "/service_accounts", json=dict(username=username, **fields))
    assert response.status_code == 201, response.text
    clear(gitlab)
    return response.json()


def make_group_account(gitlab, group, username, **fields):
    response = gitlab.api("POST", "/groups/%d/service_accounts" % group["id"], json=dict(username=username, **fields))
    assert response.status_code == 201, response.text
    clear(gitlab)
    return response.json()


# -- instance service accounts ------------------------------------------------------------------------

def test_create_an_instance_account(run, sim, unique):
    username = unique("svc")
    noop = [("GET", "/users", {"username": username})]
    check, applied, apply_log = cycle(run, sim, noop_requests=noop, username=username, name="Deploy bot",
                                      email="%s@example.org" % username)
    assert check["actions"] == applied["actions"] == ["POST /service_accounts"]
    assert apply_log == [("GET", "/users", {"username": username}), ("GET", "/version", {}),
                         ("POST", "/service_accounts", {})]
    [server] = users_named(sim, username)
    assert server["bot"] is True and server["name"] == "Deploy bot" and server["email"] == "%s@example.org" % username
    assert applied["service_account"]["id"] == server["id"]
    assert applied["diff"] == dict(before=dict(username=username, state="absent"),
                                   after=dict(username=username, name="Deploy bot",
                                              email="%s@example.org" % username, state="present"))


def test_create_sends_only_the_username_and_gitlab_picks_the_rest(run, sim, unique):
    username = unique("svc")
    clear(sim)
    result = run(username=username)
    assert result["_rc"] == 0 and result["changed"] is True, result.get("msg")
    posts = [entry["body"] for entry in sim.requests_log() if entry["method"] == "POST"]
    assert posts == [dict(username=username)]
    [server] = users_named(sim, username)
    # Users::ServiceAccounts::CreateService: "Service account user" and a noreply address.
    assert server["name"] == "Service account user" and server["email"].startswith(username + "@noreply.")


@pytest.mark.parametrize("username", ["localhost", "all"])
def test_names_ansible_reserves_are_plain_usernames(run, sim, username):
    for account in users_named(sim, username):
        sim.api("DELETE", "/users/%d" % account["id"], params={"hard_delete": "true"})
    cycle(run, sim, noop_requests=[("GET", "/users", {"username": username})], username=username, name="Reserved")
    assert [account["name"] for account in users_named(sim, username)] == ["Reserved"]
    assert run(username=username, state="absent")["changed"] is True


def test_change_an_instance_account_and_leave_omitted_options_alone(run, sim, unique):
    username = unique("svc")
    made = make_instance_account(sim, username, name="Old", email="%s@example.org" % username)
    noop = [("GET", "/users", {"username": username})]
    check, applied, apply_log = cycle(run, sim, noop_requests=noop, username=username, name="New")
    assert applied["actions"] == ["PATCH /service_accounts/%d" % made["id"]]
    assert apply_log == noop + [("GET", "/version", {}), ("PATCH", "/service_accounts/%d" % made["id"], {})]
    [server] = users_named(sim, username)
    assert (server["name"], server["email"]) == ("New", "%s@example.org" % username)
    assert check["diff"] == applied["diff"] == dict(before=dict(username=username, name="Old", state="present"),
                                                    after=dict(username=username, name="New", state="present"))
    clear(sim)
    same = run(username=username)  # nothing given: nothing managed
    assert same["changed"] is False and log(sim) == noop


def test_change_the_email_of_an_instance_account(run, sim, unique):
    username = unique("svc")
    made = make_instance_account(sim, username)
    wanted = "%s@Example.org" % username
    cycle(run, sim, noop_requests=[("GET", "/users", {"username": username})], username=username, email=wanted)
    assert users_named(sim, username)[0]["email"] == wanted.lower()
    assert made["email"] != wanted.lower()


def test_delete_an_instance_account(run, sim, unique):
    username = unique("svc")
    made = make_instance_account(sim, username)
    check = run(check=True, username=username, state="absent")
    assert check["changed"] is True and check["actions"] == ["DELETE /users/%d" % made["id"]] and writes(sim) == []
    clear(sim)
    result = run(username=username, state="absent", hard_delete=True)
    assert result["changed"] is True and result["actions"] == check["actions"]
    requests = log(sim)
    assert requests[:2] == [("GET", "/users", {"username": username}),
                            ("DELETE", "/users/%d" % made["id"], {"hard_delete": "true"})]
    assert requests[2:] and all(request == ("GET", "/users/%d" % made["id"], {})
                                for request in requests[2:])  # waiting for the background job
    assert result["diff"] == dict(before=dict(username=username, state="present"),
                                  after=dict(username=username, state="absent"))
    assert sim.api("GET", "/users/%d" % made["id"]).status_code == 404
    clear(sim)
    again = run(username=username, state="absent")
    assert again["changed"] is False and log(sim) == [("GET", "/users", {"username": username})]


def test_a_human_user_is_not_taken_for_a_service_account(run, sim, unique):
    human = sim.create_user(unique("human"))
    clear(sim)
    for options in (dict(name="Bot"), dict(state="absent")):
        result = run(username=human["username"], **options)
        assert result["failed"] is True and "is a user, not a service account" in result["msg"]
        assert "username" in result["msg"] and writes(sim) == []


# -- group service accounts -----------------------------------------------------------------------------

def test_group_account_lifecycle_by_full_path(run, sim, unique):
    group = new_group(sim, unique)
    username = unique("gsvc")
    listing = ("GET", "/groups/%s/service_accounts" % group["full_path"], {"per_page": "100"})
    check, applied, apply_log = cycle(run, sim, noop_requests=[listing], group=group["full_path"], username=username,
                                      name="Group bot")
    # The account was missing from the group's list, which exists from 17.1 on: no version needed to create it.
    assert apply_log == [listing, ("POST", "/groups/%s/service_accounts" % group["full_path"], {})]
    account = group_accounts(sim, group["id"])[username]
    assert account["name"] == "Group bot"
    assert applied["diff"]["after"] == dict(username=username, group=group["full_path"], name="Group bot",
                                            state="present")
    check, applied, apply_log = cycle(run, sim, noop_requests=[listing], group=group["full_path"], username=username,
                                      name="Renamed", email="%s@example.org" % username)
    assert apply_log == [listing, ("GET", "/version", {}),
                         ("PATCH", "/groups/%s/service_accounts/%d" % (group["full_path"], account["id"]), {})]
    changed = group_accounts(sim, group["id"])[username]
    assert (changed["name"], changed["email"]) == ("Renamed", "%s@example.org" % username)
    clear(sim)
    deleted = run(group=group["full_path"], username=username, state="absent")
    assert deleted["actions"] == ["DELETE /groups/%s/service_accounts/%d" % (group["full_path"], account["id"])]
    assert username not in group_accounts(sim, group["id"])
    assert sim.api("GET", "/users/%d" % account["id"]).status_code == 404


def test_group_account_by_id_with_email(run, sim, unique):
    group = new_group(sim, unique)
    username = unique("gsvc")
    listing = ("GET", "/groups/%d/service_accounts" % group["id"], {"per_page": "100"})
    check, applied, apply_log = cycle(run, sim, noop_requests=[listing], group=group["id"], username=username,
                                      email="%s@example.org" % username)
    assert apply_log == [listing, ("GET", "/version", {}), ("POST", "/groups/%d/service_accounts" % group["id"], {})]
    assert group_accounts(sim, group["id"])[username]["email"] == "%s@example.org" % username


def test_a_pending_email_of_a_group_account_is_not_sent_again(run, sim, unique):
    group = new_group(sim, unique)
    username = unique("gsvc")
    make_group_account(sim, group, username)
    sim.settings(email_confirmation_setting="hard")
    wanted = "%s@example.org" % username
    first = run(group=group["id"], username=username, email=wanted)
    assert first["changed"] is True
    assert any("unconfirmed_email" in text for text in warnings(first))
    assert group_accounts(sim, group["id"])[username]["unconfirmed_email"] == wanted
    clear(sim)
    second = run(group=group["id"], username=username, email=wanted)
    assert second["changed"] is False and writes(sim) == []
    assert any("waits for confirmation" in text for text in warnings(second))


def test_a_missing_group_names_the_option(run, sim, unique):
    result = run(group=unique("nogroup"), username="whoever")
    assert result["failed"] is True and result["msg"].startswith("group: there is no group")
    assert result["status"] == 404 and writes(sim) == []


# -- versions and editions: refused before any write, naming what is needed -------------------------------

REFUSALS = [
    # (settings, group?, prepare, options, words in the message)
    (dict(edition="ce"), False, None, dict(name="x"), ["Enterprise Edition", "16.10", "CE"]),
    (dict(version="16.5.0"), False, None, dict(), ["16.10", "16.5 EE"]),
    (dict(version="17.8.1"), False, None, dict(email="a@example.org"), ["email", "17.9", "17.8 EE"]),
    (dict(version="18.1.0"), False, "instance", dict(name="New"), ["PATCH /service_accounts", "18.2", "18.1 EE"]),
    (dict(version="17.0.0"), True, None, dict(), ["GET /groups/:id/service_accounts", "17.1", "17.0 EE"]),
    (dict(edition="ce"), True, None, dict(), ["17.1", "CE"]),
    (dict(version="17.10.0"), True, None, dict(email="a@example.org"), ["email", "17.11", "17.10 EE"]),
    (dict(version="17.9.0"), True, "group", dict(name="New"), ["PATCH /groups/:id", "17.10", "17.9 EE"]),
    (dict(version="18.1.0"), True, "group", dict(email="b@example.org"), ["email", "18.2", "18.1 EE"]),
]


@pytest.mark.parametrize("settings, in_group, existing, options, words", REFUSALS)
def test_what_this_gitlab_lacks_is_refused_before_any_write(run, sim, unique, settings, in_group, existing,
                                                            options, words):
    group = new_group(sim, unique) if in_group else None
    username = unique("old")
    if existing == "instance":
        make_instance_account(sim, username)
    elif existing == "group":
        make_group_account(sim, group, username)
    sim.settings(**settings)
    extra = dict(group=group["id"]) if group else {}
    for check_mode in (True, False):
        clear(sim)
        result = run(check=check_mode, username=username, **dict(extra, **options))
        assert result["failed"] is True, result
        for word in words:
            assert word in result["msg"], (word, result["msg"])
        assert writes(sim) == [] and result["actions"] == []


# -- bad input: before any request ---------------------------------------------------------------------

@pytest.mark.parametrize("options, words", [
    (dict(username="a/b"), ["username", "not a GitLab username"]),
    (dict(username=""), ["username must not be empty"]),
    (dict(username="bot", group=0), ["group must be a positive ID"]),
    (dict(username="bot", group="a//b"), ["group:", "full path"]),
    (dict(username="bot", group="../x"), ["group:"]),
    (dict(username="bot", name="x" * 256), ["name must be at most 255"]),
    (dict(username="bot", name="  "), ["name must not be empty"]),
    (dict(username="bot", email="nope"), ["email:", "not an email address"]),
    (dict(username="bot", state="absent", name="x"), ["name cannot be used with state=absent"]),
    (dict(username="bot", state="absent", wait_timeout=0), ["wait_timeout must be 1 or more"]),
])
def test_bad_input_fails_before_any_request(run, sim, options, words):
    refused_before_any_request(run, sim, words, **options)


# -- lost answers: re-read, never guessed -----------------------------------------------------------------

def test_a_lost_create_answer_is_settled_by_reading_again(run, sim, unique):
    username = unique("svc")
    sim.add_faults(dict(action="drop_after_commit", method="POST", path="^/api/v4/service_accounts$"))
    clear(sim)
    result = run(username=username, name="Lost")
    assert result["_rc"] == 0 and result["changed"] is True, result.get("msg")
    assert result["actions"] == ["POST /service_accounts"]
    assert [m for m, _p, _q in log(sim)] == ["GET", "GET", "POST", "GET"]
    [server] = users_named(sim, username)
    assert result["service_account"]["id"] == server["id"] and server["name"] == "Lost"


def test_a_create_that_never_arrived_is_sent_again(run, sim, unique):
    username = unique("svc")
    sim.add_faults(dict(action="drop", method="POST", path="^/api/v4/service_accounts$"))
    clear(sim)
    result = run(username=username)
    assert result["_rc"] == 0 and result["actions"] == ["POST /service_accounts"], result
    assert [m for m, _p, _q in log(sim)] == ["GET", "GET", "POST", "GET", "POST"]
    assert len(users_named(sim, username)) == 1


def test_a_lost_patch_answer_is_settled_by_reading_again(run, sim, unique):
    group = new_group(sim, unique)
    username = unique("gsvc")
    made = make_group_account(sim, group, username)
    sim.add_faults(dict(action="drop_after_commit", method="PATCH", path="service_accounts/%d$" % made["id"]))
    clear(sim)
    result = run(group=group["id"], username=username, name="After")
    assert result["_rc"] == 0 and result["actions"] == ["PATCH /groups/%d/service_accounts/%d" % (
        group["id"], made["id"])], result
    assert result["service_account"]["name"] == "After"
    assert group_accounts(sim, group["id"])[username]["name"] == "After"
