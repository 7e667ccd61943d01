# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_users_converge run in-process (main()) against the simulator (or a real GitLab for the tests
that use the `gitlab` fixture only): check -> apply -> apply again -> check, the exact requests of a
no-op run (the user listing's pages, computed from GitLab's own X-Total), failures kept per user,
remove_unlisted, and the 429 gate shared by the workers. The fixtures `gitlab` (a simulator of this file's
own) and `run` are in conftest.py beside this file."""

from __future__ import annotations

import datetime
import math

import pytest
from gitlab_sim.pytest_plugin import dedicated_simulator

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_users_converge
from ansible_collections.gitlab_ops.users.tests.unit.helpers.listing_requests import cursors_hidden, listing, user_count
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    after_first_users_page,
    clear,
    cycle,
    delete_now,
    log,
    server_user,
    server_user_id,
    warnings,
    writes,
)

PASSWORD = "Initial-Secret-4711"


def person(username, **fields):
    entry = dict(username=username, name=username.title(), email="%s@example.com" % username.lower())
    entry.update(fields)
    return entry


def by_name(result):
    return dict((entry["username"], entry) for entry in result["users"])


# -- converge -------------------------------------------------------------------------------------------

def test_create_update_delete_and_keep_in_one_task(run, gitlab, unique):
    kept = gitlab.create_user(unique("kept"), name="Kept")
    renamed = gitlab.create_user(unique("renamed"), name="Old Name")
    doomed = gitlab.create_user(unique("doomed"))
    fresh, other = unique("Fresh.User"), unique("other")
    users = [
        person(kept["username"], name="Kept", email=kept["email"]),
        person(renamed["username"], name="New Name"),
        dict(username=doomed["username"], state="absent"),
        person(fresh, password=PASSWORD, organization="Platform"),
        person(other, force_random_password=True, account_state="blocked"),
    ]
    total_after = user_count(gitlab) + 2 - 1
    # Check mode shows ":id" for the user it would create and block; cycle() fills in the real id.
    check, applied, _apply_log = cycle(run, gitlab, noop_requests=listing(total_after),
                                       new_id=lambda result: server_user_id(gitlab, other), users=users,
                                       max_concurrency=1)
    assert by_name(check)[other]["actions"] == ["POST /users", "POST /users/:id/block"]
    assert [entry["status"] for entry in check["users"]] == ["unchanged", "updated", "deleted", "created", "created"]
    assert check["summary"] == dict(users=5, changed=4, created=2, updated=1, deleted=1, retired=0, unchanged=1,
                                    failed=0)
    reports = by_name(applied)
    assert reports[kept["username"]]["actions"] == [] and reports[kept["username"]]["changes"] == {}
    assert reports[renamed["username"]]["actions"] == ["PUT /users/%d" % renamed["id"]]
    assert reports[renamed["username"]]["changes"] == dict(name=dict(before="Old Name", after="New Name"))
    assert reports[doomed["username"]]["actions"] == ["DELETE /users/%d" % doomed["id"]]
    assert reports[doomed["username"]]["changes"] == dict(state=dict(before="present", after="absent"))
    assert reports[fresh]["actions"] == ["POST /users"]
    assert reports[fresh]["changes"] == dict(
        email=dict(before=None, after="%s@example.com" % fresh.lower()), name=dict(before=None, after=fresh.title()),
        organization=dict(before=None, after="Platform"), password=dict(before=None, after="********"),
        state=dict(before="absent", after="present"))
    other_id = gitlab.api("GET", "/users", params={"username": other}).json()[0]["id"]
    assert reports[other]["actions"] == ["POST /users", "POST /users/%d/block" % other_id]
    # The diff: by username, for the users that changed, each as gitlab_user shows it.
    assert sorted(applied["diff"]["after"]) == sorted([renamed["username"], doomed["username"], fresh, other])
    assert applied["diff"]["before"][renamed["username"]] == dict(
        username=renamed["username"], name="Old Name", email=renamed["email"], state="present")
    assert applied["diff"]["after"][fresh]["password"] == "********"
    assert applied["diff"]["after"][doomed["username"]] == dict(username=doomed["username"], state="absent")
    # The server.
    assert server_user(gitlab, renamed["id"])["name"] == "New Name"
    assert gitlab.api("GET", "/users/%d" % doomed["id"]).status_code == 404
    assert server_user(gitlab, other_id)["state"] == "blocked"
    for result in (check, applied):
        assert PASSWORD not in result["_out"]


def test_a_noop_run_makes_only_the_listing_requests_with_concurrent_workers(run, sim, unique):
    users = [person(unique("noop%02d" % index)) for index in range(30)]
    for entry in users:
        sim.create_user(entry["username"], name=entry["name"], email=entry["email"])
    total = user_count(sim)
    clear(sim)
    result = run(users=users)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is False and result["actions"] == []
    assert result["summary"]["unchanged"] == 30
    # The invocation shows each entry as given, without the ~40 defaults Ansible filled in.
    assert result["invocation"]["module_args"]["users"] == users
    assert cursors_hidden(log(sim)) == listing(total)


def first_page_ids(gitlab):
    """The ids on the first page of 100 of the listing ordered by id (what GitLab's offset pagination serves first)."""
    return set(user["id"] for user in gitlab.api("GET", "/users", params={
        "per_page": 100, "page": 1, "order_by": "id", "sort": "asc"}).json())


def test_a_few_users_on_a_large_instance_are_looked_up_by_name(run, sim, unique):
    """The first page, then one lookup per listed user it lacks, as long as they are fewer than the pages; otherwise
    the listing, which reads every page again by cursor."""
    if user_count(sim) < 350:
        sim.seed(350 - user_count(sim))
    known = [person(unique("known%d" % index)) for index in range(2)]
    for entry in known:
        sim.create_user(entry["username"], name=entry["name"], email=entry["email"])
    new = person(unique("new"), force_random_password=True)
    total, on_first_page = user_count(sim), first_page_ids(sim)
    pages = math.ceil(total / 100.0)
    assert pages >= 4 and not on_first_page & set(server_user_id(sim, entry["username"]) for entry in known)
    page_one = listing(total)[0]

    def lookup(username):
        return ("GET", "/users", dict(page_one[2], username=username.lower()))

    clear(sim)
    result = run(users=known, max_concurrency=1)
    assert result["_rc"] == 0 and result["changed"] is False, result.get("msg")
    requests = log(sim)
    assert requests[0] == page_one
    assert sorted(requests[1:], key=str) == sorted((lookup(entry["username"]) for entry in known), key=str)

    clear(sim)
    result = run(check=True, users=[new], max_concurrency=1)
    assert result["changed"] is True and result["actions"] == ["POST /users"]
    assert log(sim) == [page_one, lookup(new["username"])]

    # As many users missing from the first page as pages: the listing is as cheap.
    many = [person(unique("many%d" % index)) for index in range(pages)]
    for entry in many:
        sim.create_user(entry["username"], name=entry["name"], email=entry["email"])
    total = user_count(sim)
    assert math.ceil(total / 100.0) <= len(many)
    clear(sim)
    result = run(users=many)
    assert result["_rc"] == 0 and result["changed"] is False, result.get("msg")
    assert cursors_hidden(log(sim)) == listing(total)


def test_custom_attributes_are_listed_with_the_users(run, sim, unique):
    username = unique("attrs")
    total = user_count(sim) + 1
    options = dict(users=[person(username, force_random_password=True, custom_attributes={"team": "platform"})],
                   max_concurrency=1)
    # The user will be the newest: on the first page of the listing only while the instance holds at most 100.
    expected = listing(total)[:1] + ([("GET", "/users", dict(listing(total)[0][2], username=username))]
                                     if total > 100 else [])
    expected = [(method, path, dict(query, with_custom_attributes="true")) for method, path, query in expected]
    _check, applied, _log = cycle(run, sim, noop_requests=expected, new_id=lambda result: server_user_id(sim, username),
                                  **options)
    user_id = server_user_id(sim, username)
    assert applied["actions"] == ["POST /users", "PUT /users/%d/custom_attributes/team" % user_id]


# -- failures ---------------------------------------------------------------------------------------------

def test_one_users_failure_does_not_stop_the_others(run, gitlab, unique):
    owner = gitlab.create_user(unique("owner"))
    clash, fine = unique("clash"), unique("fine")
    users = [person(clash, email=owner["email"], force_random_password=True),  # the email is taken
             person(fine, force_random_password=True)]
    result = run(users=users)
    assert result["_rc"] == 1
    assert result["msg"] == "1 of 2 users failed: %s (see users[].msg)" % clash
    reports = by_name(result)
    assert reports[clash]["status"] == "failed" and reports[clash]["actions"] == []
    failure, = reports[clash]["failures"]
    assert (failure["part"], failure["method"], failure["path"], failure["status"]) == ("user", "POST", "/users", 409)
    assert failure["error"] == "Email has already been taken"
    assert reports[clash]["msg"] == "user: POST /users -> 409: Email has already been taken"
    assert reports[fine]["status"] == "created" and reports[fine]["actions"] == ["POST /users"]
    assert result["changed"] is True and result["summary"]["failed"] == 1
    assert server_user_id(gitlab, fine) is not None and server_user_id(gitlab, clash) is None


def test_a_lost_answer_is_settled_by_gitlab_users_own_recovery(run, sim, unique):
    username = unique("lost")
    sim.add_faults({"action": "drop_after_commit", "method": "POST", "path": r"^/api/v4/users$"})
    result = run(users=[person(username, force_random_password=True)], max_concurrency=1)
    assert result["_rc"] == 0, result.get("msg")
    report, = result["users"]
    assert report["status"] == "created" and report["actions"] == ["POST /users"]
    assert "maybe_committed" not in report
    assert [(entry["method"], entry["fault"]) for entry in sim.requests_log()][-2:] == [
        ("POST", "drop_after_commit"), ("GET", None)]


def test_bad_entries_fail_before_any_request_naming_each_item(run, gitlab, unique):
    first = unique("dup")
    result = run(users=[person(first), person(first.upper()), person(unique("bad"), email="not-an-address")],
                 max_concurrency=11)
    assert result["_rc"] == 1
    assert result["msg"] == "; ".join([
        "max_concurrency must be between 1 and 10, got 11",
        "users[1] (%s): the user is listed twice, also as users[0] (usernames are case-insensitive)" % first.upper(),
        "users[2] (%s): email must be an email address, got 'not-an-address'" % result["invocation"]["module_args"][
            "users"][2]["username"],
    ])
    assert log(gitlab) in ([], None)


def test_a_misspelt_key_is_refused_by_ansibles_own_check(run, gitlab, unique):
    result = run(users=[dict(username=unique("typo"), nmae="Typo")])
    assert result["_rc"] == 1
    assert "nmae" in result["msg"] and "Unsupported parameters" in result["msg"]
    assert log(gitlab) in ([], None)


def test_a_non_administrator_token_is_refused_before_any_write(run, sim, unique):
    member = sim.create_user(unique("member"))
    token = sim._control("POST", "/users/%d/tokens" % member["id"], json={"scopes": ["api"]})["token"]
    clear(sim)
    result = run(users=[person(unique("nobody"), force_random_password=True)], api_token=token)
    assert result["_rc"] == 1
    assert result["msg"] == ("gitlab_users_converge needs an administrator's token: GitLab listed the users with "
                             "the view of a non-administrator (no is_admin field)")
    assert writes(sim) == []


# -- remove_unlisted --------------------------------------------------------------------------------------

def test_remove_unlisted_blocks_whom_check_mode_named(run, sim, unique):
    team = unique("team")
    members = [sim.create_user("%s-%d" % (team, index)) for index in range(3)]
    listed = person(members[0]["username"], name=members[0]["name"], email=members[0]["email"])
    options = dict(users=[listed], remove_unlisted=True, unlisted_pattern="%s-*,root" % team, max_concurrency=1)
    check, applied, _log = cycle(run, sim, **options)
    expected = [("POST /users/%d/block" % member["id"]) for member in members[1:]]
    assert check["actions"] == applied["actions"] == expected
    retired = [entry for entry in applied["users"] if entry.get("retired")]
    assert [(entry["username"], entry["status"], entry["changes"]) for entry in retired] == [
        (member["username"], "retired", dict(account_state=dict(before="active", after="blocked")))
        for member in members[1:]]
    assert check["summary"]["retired"] == 2 and check["summary"]["users"] == 1
    for member in members[1:]:
        assert server_user(sim, member["id"])["state"] == "blocked"
    assert server_user(sim, 1)["state"] == "active"  # root, the token's own user, is never retired


def test_remove_unlisted_can_delete(run, sim, unique):
    team = unique("gone")
    leaver = sim.create_user("%s-leaver" % team)
    clear(sim)
    check = run(check=True, users=[], remove_unlisted=True, unlisted_pattern="%s-*" % team, unlisted_action="delete")
    assert check["actions"] == ["DELETE /users/%d" % leaver["id"]] and writes(sim) == []
    applied = run(users=[], remove_unlisted=True, unlisted_pattern="%s-*" % team, unlisted_action="delete")
    assert applied["actions"] == check["actions"]
    assert sim.api("GET", "/users/%d" % leaver["id"]).status_code == 404


def test_a_failed_retire_step_keeps_what_the_run_did(run, sim, unique):
    """The retire step fails on its own (here GET /user, which tells the token's own user): its failure joins the
    users' failures, and the result still has the users, their actions, the created tokens and changed."""
    team = unique("ret")
    leaver = sim.create_user("%s-leaver" % team)
    fresh = "%s-fresh" % team
    token = dict(name="ci", scopes=["read_user"], expires_in_days=7)
    entry = person(fresh, force_random_password=True, impersonation_tokens=[token])
    options = dict(users=[entry], remove_unlisted=True, unlisted_pattern="%s-*" % team)
    sim.add_faults({"action": "status", "status": 500, "method": "GET", "path": r"^/api/v4/user$",
                    "body": {"message": "500 Internal Server Error"}})
    result = run(**options)
    assert result["_rc"] == 1 and result["changed"] is True
    assert "remove_unlisted" in result["msg"] and "GET /user -> 500" in result["msg"]
    failure = result["retire_failure"]
    assert (failure["method"], failure["path"], failure["status"]) == ("GET", "/user", 500)
    fresh_id = server_user_id(sim, fresh)
    report, = result["users"]
    assert report["status"] == "created"
    assert report["actions"] == ["POST /users", "POST /users/%d/impersonation_tokens" % fresh_id]
    assert result["actions"] == report["actions"] and result["summary"]["created"] == 1
    value = result["tokens"][fresh]["ci"]["token"]
    me = sim.api("GET", "/user", token=value)
    assert me.status_code == 200 and me.json()["username"] == fresh
    assert result["_out"].count(value) == 1
    assert server_user(sim, leaver["id"])["state"] == "active"  # nobody was retired
    again = run(**options)
    assert again["_rc"] == 0 and again["actions"] == ["POST /users/%d/block" % leaver["id"]]
    assert again["tokens"] == {} and "retire_failure" not in again


def test_an_unlisted_pattern_needs_remove_unlisted_and_must_parse(run, gitlab):
    result = run(users=[], unlisted_pattern="svc-*")
    assert result["msg"] == "unlisted_pattern is only used with remove_unlisted=true"
    result = run(users=[], remove_unlisted=True, unlisted_pattern=" , ")
    assert result["_rc"] == 1 and result["msg"].startswith("unlisted_pattern: ")
    assert log(gitlab) in ([], None)


# -- remove_unlisted spares internal users, and bots and administrators the pattern does not name -----------

@pytest.fixture(scope="module")
def _bare_simulator():
    with dedicated_simulator() as handle:
        yield handle


@pytest.fixture
def bare(_bare_simulator):
    """A simulator of its own reset to root alone before each test: there, the pattern all selects only the
    test's users."""
    _bare_simulator.reset()
    yield _bare_simulator


@pytest.fixture
def run_bare(run_module, bare):
    def run_converge(check=False, diff=True, **options):
        return run_module(gitlab_users_converge.main, check=check, diff=diff, connect=False, api_url=bare.url,
                          api_token=bare.token, **options)
    return run_converge


# GitLab's user types (app/models/concerns/has_user_type.rb): internal are all but NON_INTERNAL_USER_TYPES
# (human, project_bot, service_user, service_account); bots are BOT_USER_TYPES.
KINDS = {
    "kept": dict(user_type="human"), "leaver": dict(user_type="human"), "boss": dict(user_type="human", admin=True),
    "project_7_bot_x": dict(user_type="project_bot", bot=True), "svc-acct": dict(user_type="service_account", bot=True),
    "helpdesk": dict(user_type="support_bot", bot=True, internal=True),
    "ghost": dict(user_type="ghost", internal=True), "importer": dict(user_type="import_user", internal=True),
}


def unlisted_population(gitlab):
    """Creates the users of KINDS; -> {username: id}, root included."""
    ids = {"root": 1}
    for username, kind in KINDS.items():
        ids[username] = gitlab.create_user(username, admin=kind.get("admin", False))["id"]
        if kind["user_type"] != "human":
            gitlab.poke_user(ids[username], user_type=kind["user_type"])
    clear(gitlab)
    return ids


def test_remove_unlisted_all_retires_humans_only(run_bare, bare):
    ids = unlisted_population(bare)
    options = dict(users=[person("kept")], remove_unlisted=True, unlisted_pattern="all", max_concurrency=1)
    check, applied, _log = cycle(run_bare, bare, **options)
    assert check["actions"] == applied["actions"] == ["POST /users/%d/block" % ids["leaver"]]
    assert [entry["username"] for entry in applied["users"] if entry.get("retired")] == ["leaver"]
    for result in (check, applied):
        assert warnings(result) == [
            "unlisted_pattern selects 3 users that are not retired: boss (an administrator), project_7_bot_x (a bot), "
            "svc-acct (a bot); name them in unlisted_pattern (admins, bots or the username) to retire them"]
    states = {username: server_user(bare, user_id)["state"] for username, user_id in ids.items()}
    assert states == dict({username: "active" for username in ids}, leaver="blocked")


@pytest.mark.parametrize("pattern, retired", [
    ("bots", ["project_7_bot_x", "svc-acct"]),
    ("admins", ["boss"]),  # root is an administrator too, but the token's own user
    ("all:&bots", ["project_7_bot_x", "svc-acct"]),
    ("all,boss,project_7_bot_x", ["leaver", "boss", "project_7_bot_x"]),
    ("~.*:!bots", ["leaver"]),
    ("internal,helpdesk,ghost,importer,root", []),
])
def test_remove_unlisted_retires_bots_and_admins_the_pattern_names(run_bare, bare, pattern, retired):
    ids = unlisted_population(bare)
    check = run_bare(check=True, users=[person("kept")], remove_unlisted=True, unlisted_pattern=pattern)
    assert check["_rc"] == 0, check.get("msg")
    assert check["actions"] == ["POST /users/%d/block" % ids[username] for username in retired]
    assert writes(bare) == []


def test_remove_unlisted_delete_never_meets_the_ghost_it_made(run_bare, bare):
    bare.create_user("kept")
    leaver = bare.create_user("leaver")
    options = dict(users=[person("kept")], remove_unlisted=True, unlisted_pattern="all", unlisted_action="delete")
    first = run_bare(**options)
    assert first["_rc"] == 0, first.get("msg")
    assert "DELETE /users/%d" % leaver["id"] in first["actions"]
    # The first soft deletion made GitLab's ghost user (Users::Internal.ghost), an internal user.
    ghost = bare.api("GET", "/users", params={"username": "ghost"}).json()
    assert [user["name"] for user in ghost] == ["Ghost User"]
    clear(bare)
    for check_mode in (True, False):
        again = run_bare(check=check_mode, **options)
        assert (again["_rc"], again["changed"], again["actions"]) == (0, False, []), again.get("msg")
    assert writes(bare) == []
    assert server_user(bare, ghost[0]["id"])["state"] == "active"


# -- reading the listed users while others come and go ----------------------------------------------------

def test_users_listed_while_one_is_deleted_and_one_created_are_found(run_bare, bare, monkeypatch):
    # Two pages of users (root first); the entries name the first three users of the second page, more than the
    # pages to list, so the listing is read. Between its pages one user is deleted and one created: X-Total stays.
    present = [bare.create_user("shift_%03d" % index) for index in range(150)]
    listed = present[99:102]
    after_first_users_page(monkeypatch, lambda: (delete_now(bare, present[10]["id"]), bare.create_user("shift_new")))
    clear(bare)
    entries = [person(user["username"], force_random_password=True) for user in listed]
    result = run_bare(users=entries, max_concurrency=1)
    assert result["_rc"] == 0, [entry.get("msg") for entry in result.get("users", [])]
    assert [(entry["username"], entry["status"]) for entry in result["users"]] == [
        (user["username"], "unchanged") for user in listed]
    assert result["actions"] == []
    assert writes(bare) == ["DELETE /users/%d" % present[10]["id"], "POST /users"]  # the test's own


# -- the workers share one 429 gate -----------------------------------------------------------------------

def test_a_429_pauses_every_worker(run, sim, unique):
    users = [person(unique("gate%d" % index), force_random_password=True) for index in range(12)]
    # The first POST /users is rate limited; every other one takes 100 ms, so that without a shared pause
    # the other workers would go on creating users while the limited one waits.
    sim.add_faults({"action": "status", "status": 429, "method": "POST", "path": r"^/api/v4/users$", "times": 1,
                    "body": "Retry later\n", "headers": {"Retry-After": "1"}},
                   {"action": "delay", "ms": 100, "method": "POST", "path": r"^/api/v4/users$", "times": -1})
    result = run(users=users, max_concurrency=4)
    assert result["_rc"] == 0, result.get("msg")
    assert result["summary"]["created"] == 12
    entries = sim.requests_log()
    limited = [entry for entry in entries if entry["status"] == 429]
    assert len(limited) == 1
    limited_at = datetime.datetime.fromisoformat(limited[0]["started_at"])
    # The requests in flight when the 429 came end 100 ms later; no worker starts one until Retry-After passed.
    pause = (limited_at + datetime.timedelta(seconds=0.2), limited_at + datetime.timedelta(seconds=0.95))
    started = [datetime.datetime.fromisoformat(entry["started_at"]) for entry in entries]
    assert [moment for moment in started if pause[0] < moment < pause[1]] == []
    # The client's own report of the wait: one pause of 1 s, counted once for all the workers.
    assert len(warnings(result)) == 1 and "waited 1.0 s in all" in warnings(result)[0]


def test_check_mode_predicts_private_commit_emails_with_one_settings_read(run, sim, unique):
    """Each user switched to commit_email=_private gets "<id>-<username>@<commit_email_hostname>"
    (lib/gitlab/private_commit_email.rb) in check mode as in the real run; the instance's hostname is read
    once for the whole task (issue 20, item 10)."""
    sim.settings(commit_email_hostname="commits.example.org")
    try:
        users = [sim.create_user(unique("private")) for _number in range(3)]
        options = dict(users=[dict(username=found["username"], commit_email="_private") for found in users],
                       max_concurrency=3)
        clear(sim)
        check = run(check=True, **options)
        assert check["_rc"] == 0, check.get("msg")
        assert writes(sim) == []
        assert [path for _method, path, _query in log(sim)].count("/application/settings") == 1
        applied = run(**options)
        assert check["diff"] == applied["diff"]
        for found in users:
            expected = "%d-%s@commits.example.org" % (found["id"], found["username"])
            assert applied["diff"]["after"][found["username"]]["commit_email"] == expected
            assert server_user(sim, found["id"])["commit_email"] == expected
        again = run(**options)
        assert again["changed"] is False
    finally:
        sim.settings(commit_email_hostname=None)
