# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_users_converge's `service_accounts`: instance service accounts with their personal access tokens, next to
users, converged by gitlab_service_account's and gitlab_service_account_token's own tasks, on an EE simulator of
this file's own. Expected behaviour: GitLab's API docs (doc/api/service_accounts.md, doc/api/personal_access_tokens.md,
doc/api/users.md) and their version history; the requests are what those endpoints need to decide."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.listing_requests import listing, user_count
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear, cycle, log, server_user_id, writes)

PAGE = {"per_page": "100"}


@pytest.fixture
def gitlab(newest_ee):
    return newest_ee


def active_tokens(gitlab, user_id):
    rows = gitlab.api("GET", "/personal_access_tokens", params=dict(user_id=user_id, state="active",
                                                                    per_page=100)).json()
    return sorted((row["name"], sorted(row["scopes"]), row["expires_at"]) for row in rows)


def account_on_server(gitlab, username):
    found = gitlab.api("GET", "/users", params={"username": username}).json()
    return [dict(username=row["username"], name=row["name"], email=row["email"], bot=row["bot"]) for row in found]


def token_reads(user_id):
    """A no-op of one named token of an instance account given by id: its active tokens, and (once tokens of that
    name are listed) the impersonation tokens that GET /personal_access_tokens lists too."""
    return [("GET", "/personal_access_tokens", dict(PAGE, user_id=str(user_id), state="active")),
            ("GET", "/users/%d/impersonation_tokens" % user_id, PAGE)]


def test_an_account_with_a_token_next_to_a_user(run, sim, unique, in_30):
    username, bot = unique("human"), unique("svcbot")
    users = [dict(username=username, name="A Human", email="%s@example.com" % username, force_random_password=True)]
    accounts = [dict(username=bot, name="CI bot", email="%s@example.org" % bot,
                     tokens=[dict(name="ci", scopes=["read_api"], expires_at=in_30)])]
    total = user_count(sim) + 2
    check, applied, _log = cycle(run, sim, new_id=lambda result: server_user_id(sim, bot),
                                 users=users, service_accounts=accounts, max_concurrency=1)
    bot_id = server_user_id(sim, bot)
    assert check["users"][1]["actions"] == ["POST /service_accounts", "POST /users/:id/personal_access_tokens"]
    assert applied["users"][1]["actions"] == ["POST /service_accounts",
                                              "POST /users/%d/personal_access_tokens" % bot_id]
    assert applied["users"][1]["status"] == "created" and applied["users"][1]["service_account"] is True
    assert "service_account" not in applied["users"][0]
    assert applied["summary"]["users"] == 2 and applied["summary"]["created"] == 2
    assert check["users"][1]["changes"] == applied["users"][1]["changes"]
    assert applied["users"][1]["changes"]["tokens"]["after"]["ci"] == dict(
        name="ci", scopes=["read_api"], expires_at=in_30, token="********", state="present")
    assert account_on_server(sim, bot) == [dict(username=bot, name="CI bot", email="%s@example.org" % bot, bot=True)]
    assert active_tokens(sim, bot_id) == [("ci", ["read_api"], in_30)]
    # The value is in `tokens`, under the account's username, and nowhere else; it authenticates as the account.
    value = applied["tokens"][bot]["ci"]["token"]
    assert applied["_out"].count(value) == 1 and check["tokens"] == {}
    assert sim.api("GET", "/user", token=value).json()["username"] == bot
    # A no-op: the listing (users and accounts alike), then each token's reads; no GET /version.
    clear(sim)
    again = run(users=users, service_accounts=accounts, max_concurrency=1)
    assert again["changed"] is False and again["tokens"] == {}
    assert log(sim) == listing(total) + token_reads(bot_id)


def test_a_changed_expiry_rotates_and_a_changed_name_patches(run, sim, unique, in_30, in_60):
    bot = unique("svcrot")
    first = dict(username=bot, name="Bot", tokens=[dict(name="ci", scopes=["api"], expires_at=in_30)])
    made = run(users=[], service_accounts=[first])
    bot_id = server_user_id(sim, bot)
    old_id = made["tokens"][bot]["ci"]["id"]
    changed = dict(username=bot, name="Renamed", tokens=[dict(name="ci", scopes=["api"], expires_at=in_60)])
    check, applied, _log = cycle(run, sim, users=[], service_accounts=[changed])
    # Rotation keeps name and scopes and sets the new expiry (POST /personal_access_tokens/:id/rotate).
    assert applied["actions"] == ["PATCH /service_accounts/%d" % bot_id, "POST /personal_access_tokens/%d/rotate"
                                  % old_id]
    assert check["actions"] == applied["actions"]
    assert applied["tokens"][bot]["ci"]["id"] != old_id
    assert active_tokens(sim, bot_id) == [("ci", ["api"], in_60)]
    assert account_on_server(sim, bot)[0]["name"] == "Renamed"


def test_absent_revokes_a_token_and_deletes_an_account(run, sim, unique, in_30):
    bot = unique("svcdel")
    run(users=[], service_accounts=[dict(username=bot, tokens=[dict(name="ci", scopes=["api"], expires_at=in_30)])])
    bot_id = server_user_id(sim, bot)
    token_id = sim.api("GET", "/personal_access_tokens", params=dict(user_id=bot_id)).json()[0]["id"]
    revoked = run(users=[], service_accounts=[dict(username=bot, tokens=[dict(name="ci", state="absent")])])
    assert revoked["actions"] == ["DELETE /personal_access_tokens/%d" % token_id]
    assert active_tokens(sim, bot_id) == []
    clear(sim)
    deleted = run(users=[], service_accounts=[dict(username=bot, state="absent")])
    assert deleted["actions"] == ["DELETE /users/%d" % bot_id] and deleted["users"][0]["status"] == "deleted"
    assert account_on_server(sim, bot) == []
    again = run(users=[], service_accounts=[dict(username=bot, state="absent")])
    assert again["changed"] is False


@pytest.mark.parametrize("settings, needed", [
    (dict(edition="ce", version="18.6.0"), "16.10 or later (Enterprise Edition, Premium or Ultimate); this is "
                                           "GitLab 18.6 CE"),
    (dict(edition="ee", version="16.9.0", ee_plan="ultimate"), "16.10 or later"),
])
def test_an_instance_lacking_service_accounts_fails_before_any_write(run, sim, unique, settings, needed):
    username, bot = unique("human"), unique("svcce")
    sim.settings(**settings)
    users = [dict(username=username, name="A Human", email="%s@example.com" % username, force_random_password=True)]
    for check in (True, False):
        clear(sim)
        result = run(check=check, users=users, service_accounts=[dict(username=bot)])
        assert result["failed"] is True
        assert "service_accounts (%s): creating an instance service account" % bot in result["msg"]
        assert needed in result["msg"] and "nothing was written" in result["msg"]
        assert writes(sim) == [] and ("GET", "/version", {}) in log(sim)
    assert server_user_id(sim, username) is None


@pytest.mark.parametrize("accounts, words", [
    ([dict(username="a/b")], ["service_accounts[0] (a/b)", "username"]),
    ([dict(username="bot", name="n" * 256)], ["service_accounts[0] (bot)", "name", "255"]),
    ([dict(username="bot", email="no-at-sign")], ["service_accounts[0] (bot)", "email"]),
    ([dict(username="bot", state="absent", tokens=[dict(name="ci", state="absent")])],
     ["service_accounts[0] (bot)", "tokens: only used with state=present"]),
    ([dict(username="bot", tokens=[dict(name="ci", scopes=["sudo"])])], ["tokens (ci)", "sudo"]),
    ([dict(username="bot", tokens=[dict(name="ci", scopes=["api"], expires_at="2001-01-01")])],
     ["tokens (ci)", "expires_at"]),
    ([dict(username="bot", tokens=[dict(name="ci", scopes=["api"], rotate="weekly")])], ["rotate"]),
    ([dict(username="bot", tokens=[dict(name="ci", scopes=["api"]), dict(name="ci", scopes=["api"])])],
     ["'ci' listed more than once"]),
    ([dict(username="Bot"), dict(username="bot")], ["service_accounts[1] (bot): the account is listed twice, also "
                                                    "as service_accounts[0]"]),
    ([dict(username="Human")], ["service_accounts[0] (Human): the account is listed twice, also as users[0]"]),
    ([dict(username="bot", group=3)], ["group"]),
])
def test_bad_entries_fail_before_any_request(run, gitlab, accounts, words):
    clear(gitlab)
    result = run(users=[dict(username="human")], service_accounts=accounts)
    assert result["failed"] is True, result
    for word in words:
        assert word in result["msg"], (word, result["msg"])
    assert log(gitlab) == []


def test_a_human_user_listed_as_an_account_fails_with_its_entry_only(run, sim, unique):
    human = sim.create_user(unique("notabot"))
    bot = unique("svcok")
    result = run(users=[], service_accounts=[dict(username=human["username"], name="X"), dict(username=bot)])
    assert result["failed"] is True and "1 of 2 users failed: %s" % human["username"] in result["msg"]
    assert "is a user, not a service account" in result["users"][0]["msg"]
    assert result["users"][0]["actions"] == [] and result["users"][1]["actions"] == ["POST /service_accounts"]
    assert account_on_server(sim, bot)[0]["bot"] is True


def test_remove_unlisted_never_retires_a_listed_account_nor_an_unnamed_bot(run, sim, unique):
    prefix = unique("ret")
    keep, other = "%s-keep" % prefix, "%s-other" % prefix
    for name in (keep, other):
        assert sim.api("POST", "/service_accounts", json=dict(username=name)).status_code == 201
    human = sim.create_user("%s-human" % prefix)
    # A glob selects the accounts too, but bots are retired only when the pattern names them.
    spared = run(users=[], service_accounts=[dict(username=keep)], remove_unlisted=True,
                 unlisted_pattern="%s-*" % prefix)
    assert [(user["username"], user["status"]) for user in spared["users"]] == [
        (keep, "unchanged"), (human["username"], "retired")]
    # Named as bots, the unlisted account is retired and the listed one kept.
    named = run(users=[], service_accounts=[dict(username=keep)], remove_unlisted=True,
                unlisted_pattern="%s-*:&bots" % prefix)
    assert [(user["username"], user["status"]) for user in named["users"]] == [
        (keep, "unchanged"), (other, "retired")]
    assert sim.api("GET", "/users", params={"username": keep}).json()[0]["state"] == "active"


def test_a_failed_token_is_reported_with_what_was_done_for_its_account(run, sim, unique, in_30):
    bot, other = unique("svcfail"), unique("svcfine")
    accounts = [dict(username=bot, tokens=[dict(name="ci", scopes=["api"], expires_at=in_30)]),
                dict(username=other, tokens=[dict(name="ci", scopes=["api"], expires_at=in_30)])]
    sim.add_faults(dict(method="POST", path=r"^/api/v4/users/[^/]+/personal_access_tokens$", action="status",
                        status=500, body={"message": "500 Internal Server Error"}))
    result = run(users=[], service_accounts=accounts, max_concurrency=1)
    sim.clear_faults()
    bot_id, other_id = server_user_id(sim, bot), server_user_id(sim, other)
    failed, fine = result["users"]
    assert result["failed"] is True and "1 of 2 users failed: %s" % bot in result["msg"]
    # The account was created before its token failed: the report says so, and names the failed request.
    assert failed["status"] == "failed" and failed["actions"] == ["POST /service_accounts"]
    assert failed["failures"] == [dict(part="tokens[ci]", method="POST", status=500,
                                       path="/users/%d/personal_access_tokens" % bot_id,
                                       error="500 Internal Server Error", msg=failed["failures"][0]["msg"])]
    assert "POST /users/%d/personal_access_tokens" % bot_id in failed["msg"] and "500" in failed["msg"]
    # The other account is converged, and its token value returned, although the task failed.
    assert fine["status"] == "created" and active_tokens(sim, other_id) == [("ci", ["api"], in_30)]
    assert sim.api("GET", "/user", token=result["tokens"][other]["ci"]["token"]).json()["username"] == other
    assert bot not in result["tokens"] and active_tokens(sim, bot_id) == []
    again = run(users=[], service_accounts=accounts, max_concurrency=1)
    assert again["changed"] is True and list(again["tokens"]) == [bot]
