# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user as an attacker or a careless user would run it: races, lost answers and hostile values."""

from __future__ import annotations

import threading
import time

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    PNG,
    clear,
    log,
    server_user,
    warnings,
    writes,
)

MODULE = gitlab_user  # what the `run` fixture (conftest.py) runs

PASSWORD = "Initial-Secret-4711"


# Bad input (refused locally, naming the option, with zero requests) is in the cross-module table of
# tests/unit/plugins/resilience/test_bad_input.py.


# -- races and lost answers -----------------------------------------------------------------------------

def test_concurrent_ban_converges(run, sim, unique):
    """Two runs ban the same user: the second's POST /ban is refused ("You cannot ban banned users") after
    the first got there; the user is banned, so that run succeeds too."""
    user = sim.create_user(unique("ban"))
    sim.add_faults({"method": "POST", "path": "/users/%d/ban$" % user["id"], "action": "delay", "ms": 1500})

    def other_run():
        time.sleep(0.5)
        sim.api("POST", "/users/%d/ban" % user["id"])

    other = threading.Thread(target=other_run)
    other.start()
    result = run(username=user["username"], account_state="banned")
    other.join()
    assert result["_rc"] == 0, result.get("msg")
    assert result["user"]["state"] == "banned"
    assert server_user(sim, user["id"])["state"] == "banned"


def emails_of(sim, user_id):
    return sorted(row["email"] for row in sim.api("GET", "/users/%d/emails" % user_id).json())


def race_the_email_switch(sim, user, new_email, whole_switch):
    """Hold this run's POST /users/:id/emails for 1.5 s once it has read the user's emails, and meanwhile do what
    a concurrent run does: add the new email, and with `whole_switch` also make it primary and delete the old one.
    -> the thread to join."""
    sim.add_faults({"method": "POST", "path": "/users/%d/emails$" % user["id"], "action": "delay", "ms": 1500})
    emails_path = "/api/v4/users/%d/emails" % user["id"]
    clear(sim)  # from here on, a read of the user's emails is this run's

    def concurrent_run():
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(
                entry["method"] == "GET" and entry["path"] == emails_path for entry in sim.requests_log()):
            time.sleep(0.05)
        # The simulator's control endpoint adds the confirmed row as the other run's POST would, and the fault
        # rule holding this run's POST leaves it alone.
        sim._control("POST", "/users/%d/emails" % user["id"], json={"email": new_email, "confirmed_at": "now"})
        if whole_switch:
            switched = sim.api("PUT", "/users/%d" % user["id"], json={"email": new_email, "skip_reconfirmation": True})
            assert switched.status_code == 200, switched.text
            for row in sim.api("GET", "/users/%d/emails" % user["id"]).json():
                if row["email"] == user["email"]:
                    assert sim.api("DELETE", "/users/%d/emails/%d" % (user["id"], row["id"])).status_code == 204

    other = threading.Thread(target=concurrent_run)
    other.start()
    return other


@pytest.mark.parametrize("whole_switch", [False, True], ids=["email added meanwhile", "switch done meanwhile"])
def test_an_email_switch_that_a_concurrent_run_made_converges(run, sim, unique, whole_switch):
    """Issue 20, item 11: two runs switch the same user's primary email (remove_previous_email) and ban the
    user. The other run adds the new address between this run's read of the emails and its POST, which GitLab
    then refuses: "email has already been taken" (app/models/email.rb: the address has an emails row, or is a
    user's primary email). The address is this user's: the run re-reads the user and converges."""
    user = sim.create_user(unique("switch"))
    new_email = "new-%s@example.com" % user["username"]
    old_row = [row["id"] for row in sim.api("GET", "/users/%d/emails" % user["id"]).json()
               if row["email"] == user["email"]]
    other = race_the_email_switch(sim, user, new_email, whole_switch)
    result = run(username=user["username"], email=new_email, remove_previous_email=True, account_state="banned")
    other.join()
    refused = [entry for entry in sim.requests_log() if entry["fault"] == "delay"]
    assert [(entry["method"], entry["status"]) for entry in refused] == [("POST", 400)]  # the race happened
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True
    # What was left to do after the other run: with only the address added, the switch and the removal.
    left = [] if whole_switch else ["PUT /users/%d" % user["id"]]
    left.append("POST /users/%d/ban" % user["id"])
    left += [] if whole_switch else ["DELETE /users/%d/emails/%d" % (user["id"], old_row[0])]
    assert result["actions"] == left
    server = server_user(sim, user["id"])
    assert (server["email"], server["state"]) == (new_email, "banned")
    assert emails_of(sim, user["id"]) == [new_email]
    assert result["user"]["email"] == new_email and result["user"]["state"] == "banned"
    clear(sim)
    again = run(username=user["username"], email=new_email, remove_previous_email=True, account_state="banned")
    assert again["changed"] is False and len(log(sim)) == 1


def test_an_email_switch_to_another_users_address_still_fails(run, sim, unique):
    """The address is another user's secondary email: GitLab's "taken" stands, after one re-read of this user."""
    user, other = sim.create_user(unique("switch")), sim.create_user(unique("owner"))
    taken = "taken-%s@example.com" % other["username"]
    sim._control("POST", "/users/%d/emails" % other["id"], json={"email": taken, "confirmed_at": "now"})
    clear(sim)
    result = run(username=user["username"], email=taken, remove_previous_email=True)
    assert result["failed"] is True and result["actions"] == [] and result["changed"] is False
    assert result["msg"] == "POST /users/%d/emails -> 400: email has already been taken" % user["id"]
    assert writes(sim) == ["POST /users/%d/emails" % user["id"]]
    assert server_user(sim, user["id"])["email"] == user["email"]


def test_lost_answer_on_a_state_action_is_recovered(run, sim, unique):
    user = sim.create_user(unique("lost"))
    sim.add_faults({"method": "POST", "path": "/block$", "action": "drop_after_commit"})
    result = run(username=user["username"], account_state="blocked")
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True and result["actions"] == ["POST /users/%d/block" % user["id"]]
    assert "maybe_committed" not in result
    assert server_user(sim, user["id"])["state"] == "blocked"


def test_lost_answer_that_cannot_be_checked_reports_maybe_committed(run, sim, unique):
    """The secondary email of an email switch is POSTed; its answer is lost: the task fails honestly
    (changed, the actions so far, maybe_committed), and the next run converges without a duplicate."""
    user = sim.create_user(unique("mail"))
    new_email = "new-%s@example.com" % user["username"]
    sim.add_faults({"method": "POST", "path": "/emails$", "action": "drop_after_commit"})
    result = run(username=user["username"], email=new_email)
    assert result["failed"] is True and result["changed"] is True and result["maybe_committed"] is True
    assert result["actions"] == ["POST /users/%d/emails" % user["id"]]
    again = run(username=user["username"], email=new_email)
    assert again["_rc"] == 0, again.get("msg")
    assert server_user(sim, user["id"])["email"] == new_email
    emails = [row["email"] for row in sim.api("GET", "/users/%d/emails" % user["id"]).json()]
    assert emails.count(new_email) == 1


def test_delete_repeated_after_a_lost_answer_is_success(run, sim, unique):
    user = sim.create_user(unique("ident"), provider="github", extern_uid="42")
    sim.add_faults({"method": "DELETE", "path": "/identities/github$", "action": "drop_after_commit"})
    result = run(username=user["username"], identities=[], purge_identities=True)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True and result["actions"] == ["DELETE /users/%d/identities/github" % user["id"]]
    assert server_user(sim, user["id"])["identities"] == []
    deletes = [m for m, p, _q in log(sim) if m == "DELETE"]
    assert deletes == ["DELETE", "DELETE"]  # the retry found it gone


def test_two_dropped_creates_in_a_row_fail_cleanly(run, sim, unique):
    username = unique("dropped")
    sim.add_faults({"method": "POST", "path": "/users$", "action": "drop", "times": 2})
    result = run(username=username, name="Dropped", email="%s@example.com" % username, password=PASSWORD)
    assert result["failed"] is True and result["changed"] is False and result["actions"] == []
    assert "maybe_committed" not in result
    assert [m for m, _p, _q in log(sim)] == ["GET", "POST", "GET", "POST", "GET"]
    assert sim.api("GET", "/users", params={"username": username}).json() == []


def test_retried_avatar_upload_sends_the_whole_file(run, sim, unique, tmp_path):
    user = sim.create_user(unique("avatar"))
    avatar = tmp_path / "me.png"
    avatar.write_bytes(PNG)
    sim.add_faults({"method": "PUT", "path": "/users/%d$" % user["id"], "action": "status", "status": 429,
                    "headers": {"Retry-After": "0"}})
    result = run(username=user["username"], avatar=str(avatar), update_avatar="always")
    assert result["_rc"] == 0, result.get("msg")
    puts = [entry for entry in sim.requests_log() if entry["method"] == "PUT"]
    assert [entry["status"] for entry in puts] == [429, 200]
    assert puts[1]["body"]["avatar"]["size"] == len(PNG)
    served = sim.session.get(server_user(sim, user["id"])["avatar_url"], timeout=10)
    assert served.status_code == 200 and served.content == PNG


# -- hostile values ---------------------------------------------------------------------------------------

def test_name_with_html_tags_does_not_flap(run, sim, unique):
    user = sim.create_user(unique("tags"))
    options = dict(username=user["username"], name="Eve <b>Evil</b>")
    first = run(**options)
    assert first["changed"] is True
    assert any("GitLab stores name as 'Eve -Evil-'" in w for w in warnings(first))
    assert server_user(sim, user["id"])["name"] == "Eve -Evil-"
    clear(sim)
    again = run(**options)
    assert again["changed"] is False and len(log(sim)) == 1


def test_hard_delete_with_state_present_warns(run, sim, unique):
    user = sim.create_user(unique("hd"))
    result = run(username=user["username"], hard_delete=True)
    assert result["_rc"] == 0 and result["changed"] is False
    assert any("hard_delete is only used with state=absent" in w for w in warnings(result))


@pytest.fixture
def commit_email_hostname(sim):
    """An instance whose private commit emails use a hostname of its own (ApplicationSetting
    commit_email_hostname), so that a prediction can only be right if it asks GitLab."""
    sim.settings(commit_email_hostname="commits.example.org")
    yield "commits.example.org"
    sim.settings(commit_email_hostname=None)


def test_check_mode_predicts_the_private_commit_email(run, sim, unique, commit_email_hostname):
    """commit_email=_private makes GitLab return `Gitlab::PrivateCommitEmail.for_user`:
    "<id>-<username>@<commit_email_hostname>" (lib/gitlab/private_commit_email.rb). Check mode shows that
    address, as the real run does (issue 20, item 10)."""
    user = sim.create_user(unique("private"))
    expected = "%d-%s@%s" % (user["id"], user["username"], commit_email_hostname)
    options = dict(username=user["username"], commit_email="_private", bio="new bio")
    clear(sim)
    check = run(check=True, **options)
    assert writes(sim) == []
    assert [(method, path) for method, path, _query in log(sim)] == [("GET", "/users"), ("GET", "/application/settings")]
    assert check["diff"]["after"]["commit_email"] == expected
    applied = run(**options)
    assert applied["diff"]["after"]["commit_email"] == expected
    assert check["diff"] == applied["diff"]
    assert server_user(sim, user["id"])["commit_email"] == expected
    for check_mode in (True, False):
        clear(sim)
        again = run(check=check_mode, **options)
        assert again["changed"] is False and len(log(sim)) == 1
        assert again["diff"]["after"]["commit_email"] == expected


def test_check_mode_shows_the_id_of_a_user_it_would_create_as_id(run, sim, unique, commit_email_hostname):
    """A new user's private commit email holds the id GitLab gives it; check mode shows ":id" there, as in its
    actions, and otherwise the real run's address."""
    username = unique("newprivate")
    options = dict(username=username, name="New Private", email="%s@example.com" % username,
                   force_random_password=True, commit_email="_private")
    clear(sim)
    check = run(check=True, **options)
    assert check["_rc"] == 0 and writes(sim) == [] and check["actions"] == ["POST /users"]
    assert check["diff"]["after"]["commit_email"] == ":id-%s@%s" % (username, commit_email_hostname)
    applied = run(**options)
    assert applied["actions"] == ["POST /users"]
    user_id = applied["user"]["id"]
    assert applied["diff"]["after"]["commit_email"] == "%d-%s@%s" % (user_id, username, commit_email_hostname)
    assert server_user(sim, user_id)["commit_email"] == applied["diff"]["after"]["commit_email"]
    shown = dict(check["diff"]["after"], commit_email=applied["diff"]["after"]["commit_email"])
    assert shown == applied["diff"]["after"]


def test_check_mode_without_the_commit_email_hostname_leaves_the_private_commit_email_out(run, sim, unique):
    """When GitLab does not tell its commit_email_hostname (GET /application/settings refused), check mode says
    so and leaves commit_email out of both sides of its diff instead of guessing."""
    user = sim.create_user(unique("private"))
    sim.add_faults({"method": "GET", "path": "/application/settings$", "action": "status", "status": 403})
    clear(sim)
    check = run(check=True, username=user["username"], commit_email="_private", bio="new bio")
    assert check["_rc"] == 0 and check["changed"] is True and writes(sim) == []
    assert "commit_email" not in check["diff"]["before"] and "commit_email" not in check["diff"]["after"]
    assert check["diff"]["after"]["bio"] == "new bio"
    assert any(w.startswith("check mode cannot predict the private commit email: GET /application/settings")
               for w in warnings(check))


def test_check_mode_predicts_that_gitlab_drops_job_title(run, sim, unique):
    """lib/api/users.rb declares no job_title for POST or PUT /users, so GitLab drops it: a new user's job
    title is "" (the user_details column default), and an update leaves it as it was (issue 20, item 10)."""
    username = unique("title")
    options = dict(username=username, name="Title Less", email="%s@example.com" % username,
                   force_random_password=True, job_title="SRE")
    check = run(check=True, **options)
    applied = run(**options)
    assert applied["changed"] is True and applied["diff"]["after"]["job_title"] == ""
    assert check["diff"]["after"] == applied["diff"]["after"]
    assert server_user(sim, applied["user"]["id"])["job_title"] == ""
    assert any(w.startswith("job_title was sent when creating the user but cannot be verified") for w in warnings(check))
    # Sent along with another change: still dropped.
    options.update(bio="new bio")
    check = run(check=True, **options)
    applied = run(**options)
    assert applied["changed"] is True and applied["diff"]["after"]["job_title"] == ""
    assert check["diff"] == applied["diff"]


def test_check_mode_diff_leaves_out_unverifiable_options(run, sim, unique):
    user = sim.create_user(unique("unverifiable"))
    check = run(check=True, username=user["username"], bio="x", view_diffs_file_by_file=True, auditor=True)
    assert "view_diffs_file_by_file" not in check["diff"]["after"]
    assert "auditor" not in check["diff"]["after"]  # not returned by GitLab Free
    applied = run(username=user["username"], bio="x", view_diffs_file_by_file=True, auditor=True)
    assert check["diff"]["after"] == applied["diff"]["after"]


def test_gitlab_s_own_custom_attributes_are_never_purged(run, sim, unique):
    """Blocking makes GitLab write `blocked_by` (app/services/users/block_service.rb); purging the user's
    custom attributes must leave it, and reruns must not flap."""
    user = sim.create_user(unique("owned"))
    options = dict(username=user["username"], account_state="blocked", custom_attributes={"team": "a"},
                   purge_custom_attributes=True)
    first = run(**options)
    assert first["_rc"] == 0, first.get("msg")
    keys = [a["key"] for a in sim.api("GET", "/users/%d/custom_attributes" % user["id"]).json()]
    assert sorted(keys) == ["blocked_by", "team"]
    for check_mode in (False, True):
        clear(sim)
        again = run(check=check_mode, **options)
        assert again["changed"] is False, again
        assert len(log(sim)) == 1
    assert "blocked_by" not in first["diff"]["after"]["custom_attributes"]
