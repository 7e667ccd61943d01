# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The bulk converge's fault table: one gitlab_users_converge task that creates a user with a token, changes
another one (its name, an email, an SSH key, its status, an impersonation token replaced, a personal token
renewed by rotation) and retires a third; and, after the users, converges three instance service accounts (GitLab
EE): creates one with a token, renames a second one, replaces one of its tokens by a new one (new scopes), renews
another by rotation and revokes a third (state=absent), and deletes the last account. Every write of that task is
in turn lost (drop: it never reached GitLab; drop_after_commit: GitLab applied it, the answer never came) or failed
(a 500; a 502, 503, 504 burst), and so are the reads after which a failure used to drop what the task had done, the
read of GitLab's version before the first write and the read that waits for a deleted account to be gone. Then the
same task runs again, fault-free, and once more. (A service account's successor token lost or refused is
test_token_replacement_faults.py's, for one account alone: here only the burst.)

How the faulted run ends follows from what the client can know (`expect_recovery`): an answer lost is settled by
reading again (a PUT or DELETE by sending it again; a block that the re-read shows not applied is sent again); a
502-504 burst is retried only for PUT, DELETE and GET, for which that is harmless; a 500 is
GitLab refusing: the task fails naming the request, unless a token's value is in hand already (failing would drop
the value: the task warns). The version read fails the task before any write, with nothing to report; after that, a
failed run's result still holds every item's report, every write GitLab applied (a write it lists that GitLab did
not apply is marked maybe_committed) and the values of the tokens created, and no token value anywhere else.

After every run, whatever it reported:

- no token value lost: every active token of a managed name is one whose value was handed out (by a run's
  `tokens`, or to this test, which made the tokens the task starts from);
- no token revoked without a successor: a name that had an active token still has one;
- no user retired that must not be: only the unlisted user the pattern selects is ever blocked; the listed
  users, an unlisted user outside the pattern and the token's own user (named by the pattern) stay active;
- no account made twice: the only users the run adds (GET /-/sim/users, the simulator's state) are the listed
  user and the listed service account, once each;
- no service account left without a valid token: a token name that had an active token has one whose value was
  handed out and authenticates as the account (GET /user with it);
- an account that failed has its tokens skipped, untouched; an account reported deleted is gone (wait=true).

After the rerun the server holds the declared state, every token value handed out for it works, and the
third run changes nothing. Nothing sleeps: the `waits` fixture records the client's pauses."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any, Dict, List, Mapping, Optional

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import days_from_today
from ansible_collections.gitlab_ops.users.tests.unit.helpers.fault_rules import IDEMPOTENT, aimed
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import server_user_id
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import (
    BY_NAME, SERVICE_ACCOUNT_SETTINGS, change_settings, ssh_public_key)

ROOT_ID = 1  # the simulator's root: the token's own user


def day(offset: int) -> str:
    """The ISO date `offset` days from the UTC date, read when called (never once at import)."""
    return days_from_today(offset)


class Scenario:
    """The users, service accounts and tokens the task starts from, its options, and what the server must hold."""

    def __init__(self, sim, unique) -> None:
        # Service accounts need EE (instance accounts changed by PATCH from 18.2); a deleted account is gone at once.
        change_settings(sim, dict(SERVICE_ACCOUNT_SETTINGS, delete_delay_ms=0))
        self.team = unique("cvf")
        self.kept = sim.create_user("%s-kept" % self.team, name="Kept Old")
        self.leaver = sim.create_user("%s-leaver" % self.team)
        self.bystander = sim.create_user("by-%s" % self.team)  # unlisted, outside the pattern
        self.fresh = "%s-fresh" % self.team
        old = sim.api("POST", "/users/%d/impersonation_tokens" % self.kept["id"],
                      json=dict(name="ci", scopes=["api"], expires_at=day(30)))
        assert old.status_code == 201, old.text
        self.old_ci = old.json()
        # A personal token due for renewal (3 days left, renewed in the last 7): the task rotates it.
        self.old_backup = sim.mint_token(self.kept["id"], ["api"], name="backup", expires_at=day(3))
        # The token values handed out, by token id: those of the tokens this test makes, then what each run returns.
        self.delivered: Dict[int, str] = {self.old_ci["id"]: self.old_ci["token"],
                                          self.old_backup["id"]: self.old_backup["token"]}
        self.key = ssh_public_key()
        # The service accounts: one to create, one to rename whose tokens change, one to delete.
        self.new_bot = "%s-newbot" % self.team
        self.bot = new_service_account(sim, "%s-bot" % self.team, "Bot Old")
        self.gone_bot = new_service_account(sim, "%s-gonebot" % self.team, "Bot Gone")
        # deploy: new scopes, so a new token, then the old one revoked; nightly: 3 days left, renewed by rotation
        # (which keeps name and scopes); legacy: revoked (state=absent).
        self.old_deploy = self.bot_token(sim, "deploy", ["api"], day(30))
        self.old_nightly = self.bot_token(sim, "nightly", ["api"], day(3))
        self.old_legacy = self.bot_token(sim, "legacy", ["api"], day(30))
        self.ids_before = set(user_ids(sim))

    def bot_token(self, sim, name: str, scopes: List[str], expires_at: str) -> Dict[str, Any]:
        made = sim.api("POST", "/users/%d/personal_access_tokens" % self.bot["id"],
                       json=dict(name=name, scopes=scopes, expires_at=expires_at))
        assert made.status_code == 201, made.text
        self.delivered[made.json()["id"]] = made.json()["token"]
        return made.json()

    def options(self) -> Dict[str, Any]:
        fresh = dict(username=self.fresh, name="Fresh", email="%s@example.com" % self.fresh,
                     force_random_password=True,
                     impersonation_tokens=[dict(name="ci", scopes=["read_user"], expires_in_days=30)])
        kept = dict(username=self.kept["username"], name="Kept New", email=self.kept["email"],
                    emails=[dict(email="%s-second@example.org" % self.team)],
                    ssh_keys=[dict(key=self.key, title="laptop")],
                    status=dict(emoji="coffee", status_message="Provisioned"),
                    impersonation_tokens=[
                        dict(name="ci", scopes=["read_api"], expires_in_days=30),
                        dict(name="backup", type="personal", scopes=["api"], expires_in_days=30, renew_before_days=7)])
        accounts = [
            dict(username=self.new_bot, name="New Bot", tokens=[dict(name="ci", scopes=["read_api"], expires_in_days=30)]),
            dict(username=self.bot["username"], name="Bot New", tokens=[
                dict(name="deploy", scopes=["read_api"], expires_in_days=30),
                dict(name="nightly", scopes=["api"], expires_in_days=30, renew_before_days=7),
                dict(name="legacy", state="absent")]),
            dict(username=self.gone_bot["username"], state="absent"),
        ]
        return dict(users=[fresh, kept], service_accounts=accounts, remove_unlisted=True,
                    unlisted_pattern="%s-*,root" % self.team, max_concurrency=1)

    def listed(self) -> List[str]:
        """The usernames of the items, in the order of the result's reports."""
        return [self.fresh, self.kept["username"], self.new_bot, self.bot["username"], self.gone_bot["username"]]

    # -- the tokens ------------------------------------------------------------------------------------
    def fresh_id(self, sim) -> Optional[int]:
        return server_user_id(sim, self.fresh)

    def new_bot_id(self, sim) -> Optional[int]:
        return server_user_id(sim, self.new_bot)

    def managed_tokens(self, sim) -> Dict[str, List[Dict[str, Any]]]:
        """The active tokens of each managed name: fresh's ci, kept's ci, kept's backup (a personal token), and the
        service accounts' (personal access tokens)."""
        tokens = dict(fresh_ci=[], kept_ci=active_tokens(sim, self.kept["id"], "ci"),
                      kept_backup=active_tokens(sim, self.kept["id"], "backup", personal=True), new_bot_ci=[])
        fresh_id = self.fresh_id(sim)
        if fresh_id is not None:
            tokens["fresh_ci"] = active_tokens(sim, fresh_id, "ci")
        new_bot_id = self.new_bot_id(sim)
        if new_bot_id is not None:
            tokens["new_bot_ci"] = active_tokens(sim, new_bot_id, "ci", personal=True)
        for name in ("deploy", "nightly", "legacy"):
            tokens["bot_%s" % name] = active_tokens(sim, self.bot["id"], name, personal=True)
        return tokens

    def hand_out(self, result: Mapping[str, Any]) -> None:
        """Record the values a run returned (also a failed run's: they are in its result)."""
        for tokens in (result.get("tokens") or {}).values():
            for token in tokens.values():
                self.delivered[token["id"]] = token["token"]

    def assert_no_value_shown(self, result: Mapping[str, Any]) -> None:
        """A token value is in the result's `tokens` when this run created the token, once, and nowhere else: not in
        the messages, the warnings or anywhere in the output."""
        returned = [token["token"] for tokens in (result.get("tokens") or {}).values() for token in tokens.values()]
        said = json.dumps([result.get("msg"), result.get("warnings"), result.get("retire_failure"),
                           [(user.get("msg"), user.get("failures")) for user in result.get("users") or []]])
        for value in self.delivered.values():
            assert value not in said, "a token value is in a message or a warning"
            assert result["_out"].count(value) == returned.count(value), "a token value is shown outside `tokens`"

    # -- the invariants -------------------------------------------------------------------------------
    def assert_nothing_lost(self, sim, when: str) -> Dict[str, List[Dict[str, Any]]]:
        tokens = self.managed_tokens(sim)
        for name, active in tokens.items():
            lost = [token["id"] for token in active if token["id"] not in self.delivered]
            assert lost == [], "%s: the values of %s tokens %s were never handed out" % (when, name, lost)
        for name in ("kept_ci", "kept_backup", "bot_deploy", "bot_nightly"):  # they had an active token before the task
            assert tokens[name], "%s: %s was revoked without a successor" % (when, name)
        for name in ("bot_deploy", "bot_nightly"):
            assert any(authenticates(sim, self.delivered[token["id"]], self.bot["id"]) for token in tokens[name]), \
                "%s: no active %s token of the service account authenticates" % (when, name)
        states = dict((user_id, sim.api("GET", "/users/%d" % user_id).json()["state"])
                      for user_id in (self.kept["id"], self.bystander["id"], ROOT_ID, self.bot["id"]))
        for made in (self.fresh_id(sim), self.new_bot_id(sim)):
            if made is not None:
                states[made] = sim.api("GET", "/users/%d" % made).json()["state"]
        assert set(states.values()) == {"active"}, "%s: a user was retired that must not be: %s" % (when, states)
        assert sim.api("GET", "/users/%d" % self.leaver["id"]).json()["state"] in ("active", "blocked")
        gone = sim.api("GET", "/users/%d" % self.gone_bot["id"])
        assert gone.status_code == 404 or gone.json()["state"] == "active", (when, gone.text)
        # Only the listed user and the listed service account are ever added (and GitLab's ghost user, which the
        # first deletion of an instance makes).
        added = dict((made, sim_user(sim, made)) for made in set(user_ids(sim)) - self.ids_before)
        kinds = sorted((found["user_type"], found["username"]) for found in added.values()
                       if found["user_type"] != "ghost")
        assert kinds in ([], [("human", self.fresh)], [("service_account", self.new_bot)],
                         [("human", self.fresh), ("service_account", self.new_bot)]), (when, kinds)
        return tokens

    def assert_reported(self, sim, result: Mapping[str, Any], log: List[Dict[str, Any]]) -> None:
        """A run that got as far as converging reports every item, each write GitLab applied, and keeps the
        promises of a failed service account (its tokens skipped and untouched) and a deleted one (gone)."""
        reports = result["users"]
        assert [report["username"] for report in reports[:5]] == self.listed()
        assert [bool(report.get("service_account")) for report in reports[:5]] == [False, False, True, True, True]
        # A PUT or DELETE sent again after its answer was lost is the same write (the client resends those).
        applied = Counter("%s %s" % (entry["method"], entry["path"][len("/api/v4"):]) for entry in applied_writes(log))
        applied = Counter(dict((action, 1 if action.split(" ")[0] in IDEMPOTENT else count)
                               for action, count in applied.items()))
        actions = Counter(result["actions"])
        assert applied - actions == Counter(), "writes GitLab applied are not reported: %s" % (applied - actions)
        for action in actions - applied:
            [report] = [report for report in reports if action in report["actions"]]
            assert report.get("maybe_committed"), "%s is reported, but GitLab did not apply it" % action
        bot = reports[3]
        if bot["status"] == "failed" and bot.get("skipped"):
            assert bot["skipped"] == ["tokens"]
            assert sorted(token["id"] for name in ("deploy", "nightly", "legacy")
                          for token in active_tokens(sim, self.bot["id"], name, personal=True)) == sorted(
                [self.old_deploy["id"], self.old_nightly["id"], self.old_legacy["id"]])
        if reports[4]["status"] == "deleted":
            assert sim.api("GET", "/users/%d" % self.gone_bot["id"]).status_code == 404

    def assert_declared(self, sim) -> None:
        tokens = self.assert_nothing_lost(sim, "after the rerun")
        fresh_id = self.fresh_id(sim)
        assert fresh_id is not None
        kept = sim.api("GET", "/users/%d" % self.kept["id"]).json()
        assert kept["name"] == "Kept New"
        emails = [row["email"] for row in sim.api("GET", "/users/%d/emails" % self.kept["id"]).json()]
        assert emails.count("%s-second@example.org" % self.team) == 1
        keys = sim.api("GET", "/users/%d/keys" % self.kept["id"]).json()
        assert [key["title"] for key in keys] == ["laptop"]
        assert sim.api("GET", "/users/%d/status" % self.kept["id"]).json()["emoji"] == "coffee"
        assert sim.api("GET", "/users/%d" % self.leaver["id"]).json()["state"] == "blocked"
        new_bot_id = self.new_bot_id(sim)
        assert new_bot_id is not None
        new_bot = sim.api("GET", "/users/%d" % new_bot_id).json()
        assert (new_bot["name"], new_bot["bot"]) == ("New Bot", True)
        assert sim.api("GET", "/users/%d" % self.bot["id"]).json()["name"] == "Bot New"
        assert server_user_id(sim, self.gone_bot["username"]) is None
        assert tokens["bot_legacy"] == []
        expected = dict(fresh_ci=(fresh_id, ["read_user"]), kept_ci=(self.kept["id"], ["read_api"]),
                        kept_backup=(self.kept["id"], ["api"]), new_bot_ci=(new_bot_id, ["read_api"]),
                        bot_deploy=(self.bot["id"], ["read_api"]), bot_nightly=(self.bot["id"], ["api"]))
        for name, (owner, scopes) in expected.items():
            [token] = tokens[name]
            assert sorted(token["scopes"]) == scopes and token["expires_at"] == day(30), (name, token)
            assert authenticates(sim, self.delivered[token["id"]], owner), name


def applied_writes(log: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The writes of the request log that GitLab applied: answered below 400, or committed before the answer was lost."""
    return [entry for entry in log if entry["method"] != "GET" and (
        entry["fault"] == "drop_after_commit" or (entry["fault"] in (None, "delay") and entry["status"] < 400))]


def new_service_account(sim, username: str, name: str) -> Dict[str, Any]:
    made = sim.api("POST", "/service_accounts", json=dict(username=username, name=name))
    assert made.status_code == 201, made.text
    return made.json()


def user_ids(sim) -> List[int]:
    """Every user id, from the simulator's state (GET /-/sim/users), not through the API."""
    return sim.session.get(sim.url + "/-/sim/users", timeout=30).json()["ids"]


def sim_user(sim, ident: int) -> Dict[str, Any]:
    """The simulator's internals of a user (GET /-/sim/users/:id): its user_type among them."""
    return sim.session.get(sim.url + "/-/sim/users/%d" % ident, timeout=30).json()


def authenticates(sim, value: str, owner: int) -> bool:
    """GitLab's own oracle: GET /user with the token's value answers its user."""
    me = sim.api("GET", "/user", token=value)
    return me.status_code == 200 and me.json()["id"] == owner


def active_tokens(sim, user_id: int, name: str, personal: bool = False) -> List[Dict[str, Any]]:
    """The user's active tokens of that name and kind, as root sees them."""
    impersonation = sim.api("GET", "/users/%d/impersonation_tokens" % user_id, params={"per_page": 100}).json()
    rows = impersonation
    if personal:
        ids = set(token["id"] for token in impersonation)
        every = sim.api("GET", "/personal_access_tokens", params={"user_id": user_id, "per_page": 100}).json()
        rows = [token for token in every if token["id"] not in ids]
    return [token for token in rows if token["name"] == name and token["active"]]


# -- the table ------------------------------------------------------------------------------------------

LOST = ("drop", "drop_after_commit")
FAILED = ("500", "5xx-burst")

# (label, method, path regex (ids filled from the scenario), matching requests to let through first, kinds)
TARGETS = [
    # read once, before the task's first write, because service accounts are to be written
    ("read the version before the first write", "GET", r"^/api/v4/version$", 0, ("500",)),
    ("create the listed user", "POST", r"^/api/v4/users$", 0, LOST + FAILED),
    ("create its token", "POST", r"^/api/v4/users/(?!{kept}/)\d+/impersonation_tokens$", 0, LOST + FAILED),
    # its active and inactive tokens are read before the POST, the active ones again after it
    ("re-read its tokens after the create", "GET", r"^/api/v4/users/(?!{kept}/)\d+/impersonation_tokens$", 2,
     ("500",)),
    ("update the other user", "PUT", r"^/api/v4/users/{kept}$", 0, LOST + FAILED),
    ("add an email", "POST", r"^/api/v4/users/{kept}/emails$", 0, LOST + FAILED),
    ("add an SSH key", "POST", r"^/api/v4/users/{kept}/keys$", 0, LOST + FAILED),
    ("set the status", "PATCH", r"^/api/v4/user/status$", 0, LOST + FAILED),
    ("create the replacing token", "POST", r"^/api/v4/users/{kept}/impersonation_tokens$", 0, LOST + FAILED),
    ("re-read the tokens after the replacing create", "GET", r"^/api/v4/users/{kept}/impersonation_tokens$", 1,
     ("500",)),
    ("revoke the replaced token", "DELETE", r"^/api/v4/users/{kept}/impersonation_tokens/{old_ci}$", 0,
     LOST + FAILED),
    ("rotate the personal token", "POST", r"^/api/v4/personal_access_tokens/{old_backup}/rotate$", 0, LOST + FAILED),
    # The service accounts, after the users.
    ("create the service account", "POST", r"^/api/v4/service_accounts$", 0, LOST + FAILED),
    ("create the new account's token", "POST", r"^/api/v4/users/(?!{bot}/)\d+/personal_access_tokens$", 0,
     LOST + FAILED),
    # kept's personal token is read once before its rotation, the new account's active and inactive tokens before
    # the POST: the fourth read is the one after it
    ("re-read the new account's tokens after the create", "GET", r"^/api/v4/personal_access_tokens$", 3, ("500",)),
    ("update the other service account", "PATCH", r"^/api/v4/service_accounts/{bot}$", 0, LOST + FAILED),
    # the successor lost or refused: test_token_replacement_faults.py
    ("create the account's replacing token", "POST", r"^/api/v4/users/{bot}/personal_access_tokens$", 0,
     ("5xx-burst",)),
    ("revoke the account's replaced token", "DELETE", r"^/api/v4/personal_access_tokens/{old_deploy}$", 0,
     LOST + FAILED),
    ("renew the account's token by rotation", "POST", r"^/api/v4/personal_access_tokens/{old_nightly}/rotate$", 0,
     ("5xx-burst",)),
    ("revoke the account's absent token", "DELETE", r"^/api/v4/personal_access_tokens/{old_legacy}$", 0,
     LOST + FAILED),
    ("delete the absent service account", "DELETE", r"^/api/v4/users/{gone_bot}$", 0, LOST + FAILED),
    # then read until GitLab's background job has deleted it (wait=true)
    ("wait until the deleted account is gone", "GET", r"^/api/v4/users/{gone_bot}$", 0, ("500",)),
    ("look up the token user before retiring", "GET", r"^/api/v4/user$", 0, ("500",)),
    ("retire the unlisted user", "POST", r"^/api/v4/users/{leaver}/block$", 0, LOST + FAILED),
]

CASES = [pytest.param(label, method, path, skip, kind, id="%s-%s" % (label.replace(" ", "_"), kind))
         for label, method, path, skip, kinds in TARGETS for kind in kinds]

# A failure after a token's value is in hand (the re-read after its create, revoking its predecessor) is a warning:
# failing would drop the value, GitLab shows it once.
AFTER_THE_VALUE = ("re-read its tokens after the create", "re-read the tokens after the replacing create",
                   "revoke the replaced token", "re-read the new account's tokens after the create",
                   "revoke the account's replaced token")
# Before any write: a failure fails the task, with nothing to report.
BEFORE_ANY_WRITE = ("read the version before the first write",)


def expect_recovery(label: str, method: str, kind: str) -> bool:
    """Whether the faulted run ends well."""
    if label in AFTER_THE_VALUE:
        return True
    if kind == "500":  # GitLab refused the request
        return False
    if kind == "5xx-burst":  # a proxy's answers: sent again only when that is harmless
        return method in IDEMPOTENT
    return True  # an answer lost: settled by reading (or sending) again


def test_the_table_aims_at_every_write_of_the_task(drive, sim, unique, waits):
    """The targets are the task's writes: a fault-free run sends exactly these, each once; the reads after a create
    are the ones right after it."""
    scenario = Scenario(sim, unique)
    sim.clear_log()
    result = drive_converge(drive)(**scenario.options())
    assert result["_rc"] == 0, result.get("msg")
    log = sim.requests_log()
    sent = [(entry["method"], entry["path"]) for entry in log if entry["method"] != "GET"]
    aimed_at = [(method, fill(path, scenario)) for _label, method, path, _skip, _kinds in TARGETS if method != "GET"]
    assert len(sent) == len(aimed_at)
    for method, pattern in aimed_at:
        assert len([1 for sent_method, path in sent if sent_method == method and re.search(pattern, path)]) == 1, \
            (method, pattern, sent)
    for label, method, path, skip, _kinds in TARGETS:
        if label.startswith("re-read"):
            hits = [index for index, entry in enumerate(log)
                    if entry["method"] == method and re.search(fill(path, scenario), entry["path"])]
            assert log[hits[skip] - 1]["method"] == "POST", (label, log[hits[skip] - 1])


@pytest.mark.parametrize("label, method, path, skip, kind", CASES)
def test_a_fault_then_rerun(drive, sim, unique, waits, label, method, path, skip, kind):
    scenario = Scenario(sim, unique)
    run = drive_converge(drive)
    options = scenario.options()
    target = dict(method=method, path=fill(path, scenario))
    passed = [dict(target, action="delay", ms=0, times=skip)] if skip else []
    sim.add_faults(*(passed + aimed(kind, target)))
    sim.clear_log()
    hit = run(**options)
    log = sim.requests_log()
    assert [entry for entry in log if entry["fault"] not in (None, "delay")], "no request was hit"
    recovers = expect_recovery(label, method, kind)
    if recovers:
        assert hit["_rc"] == 0, hit.get("msg")
    else:
        # The failure names the request (in the task's message, or in the report of the item that failed).
        said = [hit["msg"]] + [report["msg"] for report in hit.get("users", []) if report.get("msg")]
        request = re.compile("%s %s" % (method, target["path"][len("^/api/v4"):-1]))
        assert hit["_rc"] != 0 and any(request.search(text) for text in said), said
    applied = applied_writes(log)
    assert hit["changed"] is bool(applied), (applied, hit.get("msg"))
    scenario.hand_out(hit)
    scenario.assert_no_value_shown(hit)
    if label in BEFORE_ANY_WRITE:
        assert applied == [] and hit["actions"] == [], hit
    else:
        assert "users" in hit and "tokens" in hit, hit.get("msg")  # a failure keeps what the run did
        scenario.assert_reported(sim, hit, log)
    scenario.assert_nothing_lost(sim, "after the fault (%s)" % hit.get("msg"))
    sim.clear_faults()
    again = run(**options)
    assert again["_rc"] == 0, again.get("msg")
    scenario.hand_out(again)
    scenario.assert_no_value_shown(again)
    scenario.assert_declared(sim)
    settled = run(**options)
    assert settled["_rc"] == 0 and settled["changed"] is False, settled["actions"]
    assert settled["tokens"] == {}
    scenario.assert_no_value_shown(settled)


def drive_converge(drive):
    return drive(BY_NAME["gitlab_users_converge"])


def fill(path: str, scenario: Scenario) -> str:
    return path.format(kept=scenario.kept["id"], leaver=scenario.leaver["id"], old_ci=scenario.old_ci["id"],
                       old_backup=scenario.old_backup["id"], bot=scenario.bot["id"], gone_bot=scenario.gone_bot["id"],
                       old_deploy=scenario.old_deploy["id"], old_nightly=scenario.old_nightly["id"],
                       old_legacy=scenario.old_legacy["id"])
