# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user_email run in-process (main()) against the simulator, or a real GitLab for the tests that use
the `gitlab` fixture only. Every feature goes through check mode -> apply -> apply again -> check mode
again, asserting the requests from the request log, the returned emails/diff/actions and the server state.
The expected server behaviour comes from GitLab's API (lib/api/users.rb, app/models/email.rb), read back
with plain API calls, never from the module's own tables."""

from __future__ import annotations

import threading
import time

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user_email
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import clear, cycle, log, warnings, writes

MODULE = gitlab_user_email  # what the `run` fixture (conftest.py) runs

PER_PAGE = {"per_page": "100"}


def server_emails(gitlab, user_id):
    """{address: confirmed} as GitLab lists the user's emails now (as root)."""
    response = gitlab.api("GET", "/users/%d/emails" % user_id)
    assert response.status_code == 200, response.text
    return dict((row["email"], row["confirmed_at"] is not None) for row in response.json())


def add_email(gitlab, user_id, address, confirmed):
    """A secondary email added through the API as root (unconfirmed unless `confirmed`)."""
    body = {"email": address}
    if confirmed:
        body["skip_confirmation"] = True
    response = gitlab.api("POST", "/users/%d/emails" % user_id, json=body)
    assert response.status_code == 201, response.text
    return response.json()


def by_username(user):
    """The no-op request list when `user` is a username: the lookup, then the emails."""
    return [("GET", "/users", {"username": user["username"]}), ("GET", "/users/%d/emails" % user["id"], PER_PAGE)]


def by_id(user):
    return [("GET", "/users/%d/emails" % user["id"], PER_PAGE)]


def own():
    return [("GET", "/user/emails", PER_PAGE)]


# -- adding -------------------------------------------------------------------------------------------

def test_add_by_username_case_insensitively(run, gitlab, unique):
    user = gitlab.create_user(unique("add"))
    first, second = "%s.One@Example.COM" % user["username"], "%s.two@example.org" % user["username"]
    check, applied, apply_log = cycle(run, gitlab, noop_requests=by_username(user), user=user["username"],
                                      emails=[dict(email=first), dict(email=second)], skip_confirmation=True)
    path = "/users/%d/emails" % user["id"]
    assert applied["actions"] == ["POST %s" % path, "POST %s" % path]
    if gitlab.is_sim:  # the lookup gave the primary email: no further read
        assert apply_log == by_username(user) + [("POST", path, {}), ("POST", path, {})]
    emails = server_emails(gitlab, user["id"])
    assert emails[first.lower()] is True and emails[second] is True
    returned = dict((row["email"], row) for row in applied["emails"])
    assert returned[first.lower()]["confirmed_at"] and returned[first.lower()]["confirmed"] is True
    assert check["emails"][-1] == dict(id=None, email=second, confirmed_at=None, confirmed=True)
    after = applied["diff"]["after"]["emails"]
    assert dict(email=first.lower(), confirmed=True) in after and dict(email=second, confirmed=True) in after
    assert len(after) == len(applied["diff"]["before"]["emails"]) + 2


def test_add_by_id_is_one_request_when_nothing_changes(run, gitlab, unique):
    user = gitlab.create_user(unique("byid"))
    address = "%s.extra@example.org" % user["username"]
    check, applied, apply_log = cycle(run, gitlab, noop_requests=by_id(user), user=user["id"], email=address)
    path = "/users/%d/emails" % user["id"]
    assert applied["actions"] == ["POST %s" % path]
    if gitlab.is_sim:  # adding needs the primary email (an address GitLab may not list): one GET of the user
        assert apply_log == by_id(user) + [("GET", "/users/%d" % user["id"], {}), ("POST", path, {})]
    assert server_emails(gitlab, user["id"])[address] is False  # skip_confirmation defaults to false
    assert applied["emails"][-1]["confirmed_at"] is None and applied["emails"][-1]["confirmed"] is False


def test_own_emails_with_a_token_of_a_regular_user(run, sim, unique):
    user = sim.create_user(unique("own"))
    token = sim.token_for(user["username"])
    address = "%s.mine@example.org" % user["username"]
    check, applied, apply_log = cycle(run, sim, noop_requests=own(), api_token=token, email=address)
    assert applied["actions"] == ["POST /user/emails"]
    assert apply_log == own() + [("GET", "/user", {}), ("POST", "/user/emails", {})]
    assert token not in check["_out"] and token not in applied["_out"]
    assert server_emails(sim, user["id"])[address] is False
    row_id = [row["id"] for row in applied["emails"] if row["email"] == address][0]
    # and removing it again: an address given as absent needs the primary email, so GET /user every time
    check, applied, apply_log = cycle(run, sim, noop_requests=own() + [("GET", "/user", {})], api_token=token,
                                      email=address, state="absent")
    assert applied["actions"] == ["DELETE /user/emails/%d" % row_id]
    assert address not in server_emails(sim, user["id"])


def test_address_of_another_account_fails_clearly(run, gitlab, unique):
    owner = gitlab.create_user(unique("owner"))
    user = gitlab.create_user(unique("taker"))
    for address in (owner["email"], "%s.second@example.org" % owner["username"]):
        if address != owner["email"]:
            add_email(gitlab, owner["id"], address, confirmed=True)
        check = run(check=True, user=user["username"], email=address)
        assert check["changed"] is True  # only GitLab can tell the address is taken
        clear(gitlab)
        result = run(user=user["username"], email=address)
        assert result.get("failed") is True
        assert "email already in use by another account" in result["msg"] and address in result["msg"]
        assert result["changed"] is False and result["actions"] == []
        assert result["status"] == 400 and result["path"] == "/users/%d/emails" % user["id"]
        assert address not in server_emails(gitlab, user["id"])


# -- removing, exclusive, the primary email ------------------------------------------------------------

def test_exclusive_removes_others_but_never_the_primary(run, gitlab, unique):
    user = gitlab.create_user(unique("excl"))
    keep = add_email(gitlab, user["id"], "%s.keep@example.org" % user["username"], confirmed=True)
    drop = add_email(gitlab, user["id"], "%s.drop@example.org" % user["username"], confirmed=False)
    primary_listed = user["email"] in server_emails(gitlab, user["id"])
    # by id: with the primary listed (newer GitLab) and not wanted, the module reads the user on every run
    noop = by_id(user) + ([("GET", "/users/%d" % user["id"], {})] if primary_listed else [])
    check, applied, apply_log = cycle(run, gitlab, noop_requests=noop, user=user["id"],
                                      emails=[dict(email=keep["email"].upper())], exclusive=True)
    assert applied["actions"] == ["DELETE /users/%d/emails/%d" % (user["id"], drop["id"])]
    emails = server_emails(gitlab, user["id"])
    assert keep["email"] in emails and drop["email"] not in emails
    assert server_user_email(gitlab, user["id"]) == user["email"]
    assert sorted(item["email"] for item in applied["diff"]["after"]["emails"]) == sorted(emails)


def test_exclusive_with_an_empty_list_keeps_only_the_primary(run, gitlab, unique):
    user = gitlab.create_user(unique("empty"))
    extra = add_email(gitlab, user["id"], "%s.x@example.org" % user["username"], confirmed=True)
    # by username: the lookup has the primary email, so the no-op stays at two requests
    check, applied, apply_log = cycle(run, gitlab, noop_requests=by_username(user), user=user["username"],
                                      emails=[], exclusive=True)
    assert applied["actions"] == ["DELETE /users/%d/emails/%d" % (user["id"], extra["id"])]
    assert set(server_emails(gitlab, user["id"])) <= {user["email"]}


def test_listing_the_primary_keeps_an_exclusive_no_op_at_one_request(run, sim, unique):
    user = sim.create_user(unique("listprim"))
    add_email(sim, user["id"], "%s.x@example.org" % user["username"], confirmed=True)
    cycle(run, sim, noop_requests=by_id(user), user=user["id"], emails=[dict(email=user["email"])], exclusive=True)


def test_removing_the_primary_email_fails_before_any_write(run, gitlab, unique):
    user = gitlab.create_user(unique("prim"))
    for check_mode in (True, False):
        clear(gitlab)
        result = run(check=check_mode, user=user["id"], emails=[dict(email=user["email"].upper(), state="absent")])
        assert result.get("failed") is True and result["changed"] is False
        assert "emails[0].email" in result["msg"] and "primary email" in result["msg"]
        if gitlab.is_sim:
            assert log(gitlab) == by_id(user) + [("GET", "/users/%d" % user["id"], {})]
    assert server_user_email(gitlab, user["id"]) == user["email"]


def test_absent_address_not_listed_is_a_no_op(run, gitlab, unique):
    user = gitlab.create_user(unique("gone"))
    result = run(user=user["username"], email="%s.never@example.org" % user["username"], state="absent")
    assert result["_rc"] == 0 and result["changed"] is False and result["actions"] == []


# -- confirmation --------------------------------------------------------------------------------------

def test_regular_user_asking_for_skip_confirmation_fails_before_any_write(run, sim, unique):
    user = sim.create_user(unique("nonadmin"))
    token = sim.token_for(user["username"])
    for check_mode in (True, False):
        clear(sim)
        result = run(check=check_mode, api_token=token, email="%s.c@example.org" % user["username"],
                     skip_confirmation=True)
        assert result.get("failed") is True and result["changed"] is False
        assert result["msg"].startswith("skip_confirmation: only administrators")
        assert log(sim) == own() + [("GET", "/user", {})]
        assert token not in result["_out"]
    assert list(server_emails(sim, user["id"])) == [user["email"]]


def test_admin_confirms_own_emails_through_the_admin_endpoint(run, sim, unique):
    admin = sim.create_user(unique("admin"), admin=True)
    token = sim.token_for(admin["username"])
    address = "%s.own@example.org" % admin["username"]
    check, applied, apply_log = cycle(run, sim, noop_requests=own(), api_token=token, email=address,
                                      skip_confirmation=True)
    assert applied["actions"] == ["POST /users/%d/emails" % admin["id"]]
    assert server_emails(sim, admin["id"])[address] is True


def test_unconfirmed_email_is_recreated_confirmed_when_skip_confirmation(run, gitlab, unique):
    user = gitlab.create_user(unique("unconf"))
    row = add_email(gitlab, user["id"], "%s.later@example.org" % user["username"], confirmed=False)
    options = dict(user=user["username"], email=row["email"])
    clear(gitlab)
    kept = run(**options)  # without skip_confirmation an unconfirmed address is present as it is
    assert kept["changed"] is False and (not gitlab.is_sim or writes(gitlab) == [])
    check, applied, apply_log = cycle(run, gitlab, noop_requests=by_username(user), skip_confirmation=True,
                                      **options)
    path = "/users/%d/emails" % user["id"]
    assert applied["actions"] == ["DELETE %s/%d" % (path, row["id"]), "POST %s" % path]
    assert dict(email=row["email"], confirmed=False) in applied["diff"]["before"]["emails"]
    assert dict(email=row["email"], confirmed=True) in applied["diff"]["after"]["emails"]
    assert server_emails(gitlab, user["id"])[row["email"]] is True


# -- lost answers and races ----------------------------------------------------------------------------

def test_lost_answer_on_add_is_recovered_without_a_duplicate(run, sim, unique):
    user = sim.create_user(unique("lost"))
    address = "%s.lost@example.org" % user["username"]
    sim.add_faults({"method": "POST", "path": "/emails$", "action": "drop_after_commit"})
    clear(sim)
    result = run(user=user["username"], email=address, skip_confirmation=True)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True and "maybe_committed" not in result
    assert result["actions"] == ["POST /users/%d/emails" % user["id"]]
    assert [m for m, _p, _q in log(sim)] == ["GET", "GET", "POST", "GET"]  # listed again, not sent twice
    assert [row["email"] for row in result["emails"]].count(address) == 1
    clear(sim)
    again = run(user=user["username"], email=address, skip_confirmation=True)
    assert again["changed"] is False and log(sim) == by_username(user)
    assert list(server_emails(sim, user["id"])).count(address) == 1


def test_lost_answer_that_cannot_be_checked_reports_maybe_committed(run, sim, unique):
    user = sim.create_user(unique("maybe"))
    address = "%s.maybe@example.org" % user["username"]
    emails_path = "/users/%d/emails$" % user["id"]
    sim.add_faults({"method": "GET", "path": emails_path, "action": "delay", "ms": 1},  # the first listing
                   {"method": "POST", "path": emails_path, "action": "drop_after_commit"},
                   {"method": "GET", "path": emails_path, "action": "status", "status": 500})  # the re-listing
    result = run(user=user["username"], email=address)
    assert result["failed"] is True and result["changed"] is True and result["maybe_committed"] is True
    assert result["actions"] == ["POST /users/%d/emails" % user["id"]]
    again = run(user=user["username"], email=address)
    assert again["_rc"] == 0 and again["changed"] is False  # the POST had arrived
    assert list(server_emails(sim, user["id"])).count(address) == 1


def test_lost_answer_of_a_post_that_did_not_arrive_is_sent_again(run, sim, unique):
    user = sim.create_user(unique("again"))
    address = "%s.again@example.org" % user["username"]
    sim.add_faults({"method": "POST", "path": "/emails$", "action": "drop"})
    clear(sim)
    result = run(user=user["id"], email=address)
    assert result["_rc"] == 0, result.get("msg")
    assert result["actions"] == ["POST /users/%d/emails" % user["id"]]
    # the emails, the user (for its primary email), the lost POST, the emails again (not there), the POST again
    assert [m for m, _p, _q in log(sim)] == ["GET", "GET", "POST", "GET", "POST"]
    assert address in server_emails(sim, user["id"])


def test_concurrent_add_of_the_same_address_converges(run, sim, unique):
    user = sim.create_user(unique("race"))
    address = "%s.race@example.org" % user["username"]
    sim.add_faults({"method": "POST", "path": "/users/%d/emails$" % user["id"], "action": "delay", "ms": 1500})

    def other_run():
        time.sleep(0.5)
        add_email(sim, user["id"], address, confirmed=True)

    other = threading.Thread(target=other_run)
    other.start()
    result = run(user=user["username"], email=address)
    other.join()
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is False and result["actions"] == []
    assert any("added to the user %s by someone else" % user["username"] in w for w in warnings(result))
    assert list(server_emails(sim, user["id"])).count(address) == 1


# -- errors ----------------------------------------------------------------------------------------------

def test_named_user_needs_an_administrator(run, sim, unique):
    user = sim.create_user(unique("notadmin"))
    token = sim.token_for(user["username"])
    clear(sim)
    result = run(api_token=token, user=user["id"], email="%s.x@example.org" % user["username"])
    assert result.get("failed") is True and result["msg"].startswith("user: only administrators")
    assert result["status"] == 403 and writes(sim) == []


def test_unknown_user(run, sim, unique):
    for ident, words in ((987654321, "with the id 987654321"), (unique("ghost"), "there is no GitLab user")):
        clear(sim)
        result = run(user=ident, email="x@example.org")
        assert result.get("failed") is True and words in result["msg"] and result["msg"].startswith("user")
        assert writes(sim) == []


def server_user_email(gitlab, user_id):
    response = gitlab.api("GET", "/users/%d" % user_id)
    assert response.status_code == 200, response.text
    return response.json()["email"]
