# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The bulk converge's fault table: one gitlab_users_converge task that creates a user with a token, changes
another one (its name, an email, an SSH key, its status, an impersonation token replaced, a personal token
renewed by rotation) and retires a third. Every write of that task is in turn lost (drop: it never reached
GitLab; drop_after_commit: GitLab applied it, the answer never came) or failed (a 500; a 502, 503, 504 burst),
and so are the reads after which a failure used to drop what the task had done. Then the same task runs again,
fault-free, and once more.

After every run, whatever it reported:

- no token value lost: every active token of a managed name is one whose value was handed out (by a run's
  `tokens`, or to this test, which made the tokens the task starts from);
- no token revoked without a successor: a name that had an active token still has one;
- no user retired that must not be: only the unlisted user the pattern selects is ever blocked; the listed
  users, an unlisted user outside the pattern and the token's own user (named by the pattern) stay active.

After the rerun the server holds the declared state, every token value handed out for it works, and the
third run changes nothing. Nothing sleeps: the `waits` fixture records the client's pauses."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping, Optional

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import days_from_today
from ansible_collections.gitlab_ops.users.tests.unit.helpers.fault_rules import aimed
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import BY_NAME, ssh_public_key

ROOT_ID = 1  # the simulator's root: the token's own user


def day(offset: int) -> str:
    """The ISO date `offset` days from the UTC date, read when called (never once at import)."""
    return days_from_today(offset)


class Scenario:
    """The users and tokens the task starts from, its options, and what the server must hold."""

    def __init__(self, sim, unique) -> None:
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
        # The token values handed out, by token id: these two to this test, then what each run returns.
        self.delivered: Dict[int, str] = {self.old_ci["id"]: self.old_ci["token"],
                                          self.old_backup["id"]: self.old_backup["token"]}
        self.key = ssh_public_key()

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
        return dict(users=[fresh, kept], remove_unlisted=True, unlisted_pattern="%s-*,root" % self.team,
                    max_concurrency=1)

    # -- the tokens ------------------------------------------------------------------------------------
    def fresh_id(self, sim) -> Optional[int]:
        found = sim.api("GET", "/users", params={"username": self.fresh}).json()
        return found[0]["id"] if found else None

    def managed_tokens(self, sim) -> Dict[str, List[Dict[str, Any]]]:
        """The active tokens of each managed name: fresh's ci, kept's ci, kept's backup (a personal token)."""
        tokens = dict(fresh_ci=[], kept_ci=active_tokens(sim, self.kept["id"], "ci"),
                      kept_backup=active_tokens(sim, self.kept["id"], "backup", personal=True))
        fresh_id = self.fresh_id(sim)
        if fresh_id is not None:
            tokens["fresh_ci"] = active_tokens(sim, fresh_id, "ci")
        return tokens

    def hand_out(self, result: Mapping[str, Any]) -> None:
        """Record the values a run returned (also a failed run's: they are in its result)."""
        for tokens in (result.get("tokens") or {}).values():
            for token in tokens.values():
                self.delivered[token["id"]] = token["token"]

    # -- the invariants -------------------------------------------------------------------------------
    def assert_nothing_lost(self, sim, when: str) -> Dict[str, List[Dict[str, Any]]]:
        tokens = self.managed_tokens(sim)
        for name, active in tokens.items():
            lost = [token["id"] for token in active if token["id"] not in self.delivered]
            assert lost == [], "%s: the values of %s tokens %s were never handed out" % (when, name, lost)
        for name in ("kept_ci", "kept_backup"):  # they had an active token before the task
            assert tokens[name], "%s: %s was revoked without a successor" % (when, name)
        states = dict((user_id, sim.api("GET", "/users/%d" % user_id).json()["state"])
                      for user_id in (self.kept["id"], self.bystander["id"], ROOT_ID))
        fresh_id = self.fresh_id(sim)
        if fresh_id is not None:
            states[fresh_id] = sim.api("GET", "/users/%d" % fresh_id).json()["state"]
        assert set(states.values()) == {"active"}, "%s: a user was retired that must not be: %s" % (when, states)
        assert sim.api("GET", "/users/%d" % self.leaver["id"]).json()["state"] in ("active", "blocked")
        return tokens

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
        expected = dict(fresh_ci=(fresh_id, ["read_user"]), kept_ci=(self.kept["id"], ["read_api"]),
                        kept_backup=(self.kept["id"], ["api"]))
        for name, (owner, scopes) in expected.items():
            [token] = tokens[name]
            assert sorted(token["scopes"]) == scopes and token["expires_at"] == day(30), (name, token)
            me = sim.api("GET", "/user", token=self.delivered[token["id"]])
            assert me.status_code == 200 and me.json()["id"] == owner, name


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
    ("look up the token user before retiring", "GET", r"^/api/v4/user$", 0, ("500",)),
    ("retire the unlisted user", "POST", r"^/api/v4/users/{leaver}/block$", 0, LOST + FAILED),
]

CASES = [pytest.param(label, method, path, skip, kind, id="%s-%s" % (label.replace(" ", "_"), kind))
         for label, method, path, skip, kinds in TARGETS for kind in kinds]


def test_the_table_aims_at_every_write_of_the_task(drive, sim, unique, waits):
    """The targets are the task's writes: a fault-free run sends exactly these, each once."""
    scenario = Scenario(sim, unique)
    sim.clear_log()
    result = drive_converge(drive)(**scenario.options())
    assert result["_rc"] == 0, result.get("msg")
    sent = [(entry["method"], entry["path"]) for entry in sim.requests_log() if entry["method"] != "GET"]
    aimed_at = [(method, fill(path, scenario)) for _label, method, path, _skip, _kinds in TARGETS if method != "GET"]
    assert len(sent) == len(aimed_at)
    for method, pattern in aimed_at:
        assert len([1 for sent_method, path in sent if sent_method == method and re.search(pattern, path)]) == 1, \
            (method, pattern, sent)


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
    assert "users" in hit and "tokens" in hit, hit.get("msg")  # a failure keeps what the run did
    applied = [entry for entry in log if entry["method"] != "GET" and (
        entry["fault"] == "drop_after_commit" or (entry["fault"] in (None, "delay") and entry["status"] < 400))]
    assert hit["changed"] is bool(applied), (applied, hit.get("msg"))
    scenario.hand_out(hit)
    scenario.assert_nothing_lost(sim, "after the fault (%s)" % hit.get("msg"))
    sim.clear_faults()
    again = run(**options)
    assert again["_rc"] == 0, again.get("msg")
    scenario.hand_out(again)
    scenario.assert_declared(sim)
    settled = run(**options)
    assert settled["_rc"] == 0 and settled["changed"] is False, settled["actions"]
    assert settled["tokens"] == {}


def drive_converge(drive):
    return drive(BY_NAME["gitlab_users_converge"])


def fill(path: str, scenario: Scenario) -> str:
    return path.format(kept=scenario.kept["id"], leaver=scenario.leaver["id"], old_ci=scenario.old_ci["id"],
                       old_backup=scenario.old_backup["id"])
