# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Issue 22: a rotation or renewal of a service account's token whose create fails never leaves the account without
a valid token, for an instance account, a group account and an instance account of gitlab_users_converge.

The write that makes the successor (POST .../rotate for a renewal or a changed expiry, POST .../personal_access_tokens
for changed scopes) gets a 500, or no answer (the request lost before GitLab saw it, or after GitLab committed it).
Whatever the task reports, the token whose value the caller holds afterwards (the new value when the task returned
one, else the old) authenticates as the account, and it is the one active token of that name; a rerun without the
fault converges. The oracle is GitLab itself: GET /user with that value (lib/api/users.rb, the token's user)."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import (
    gitlab_service_account_token, gitlab_users_converge)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import InDays, resolve
from ansible_collections.gitlab_ops.users.tests.unit.helpers.fault_rules import rules
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import (
    GROUP_TOKENS, SERVICE_ACCOUNT_SETTINGS, change_settings, new_group)

# The tables hold InDays(n), turned into dates (`resolve`) when the test runs, not when this file is imported.
FIRST = dict(name="ci", scopes=["api"], expires_at=InDays(5))
# (the token options of the replacing run, the successor's write: "rotate" or "create")
REPLACEMENTS = {
    # 5 days left, within renew_before_days: renewed by rotation, which keeps name and scopes.
    "renewal": (dict(name="ci", scopes=["api"], expires_in_days=30, renew_before_days=7), "rotate"),
    "new expiry": (dict(name="ci", scopes=["api"], expires_at=InDays(60)), "rotate"),
    # Rotation keeps the scopes: new scopes need a new token, made before the old one is revoked.
    "new scopes": (dict(name="ci", scopes=["read_api"], expires_at=InDays(60)), "create"),
}
FAULTS = ("500", "drop", "drop_after_commit")


class Owner:
    """An account of one kind, and how a task replaces its token."""

    def __init__(self, sim, unique, kind):
        self.sim, self.kind = sim, kind
        if kind == "group":
            group = new_group(sim, unique)
            self.group_id = group["id"]
            response = sim.api("POST", "/groups/%d/service_accounts" % self.group_id,
                               json=dict(username=unique("rplgsvc")))
        else:
            response = sim.api("POST", "/service_accounts", json=dict(username=unique("rplsvc")))
        assert response.status_code == 201, response.text
        self.username, self.user_id = response.json()["username"], response.json()["id"]

    def run(self, run_module, token):
        if self.kind == "converge":
            return run_module(gitlab_users_converge.main, users=[],
                              service_accounts=[dict(username=self.username, tokens=[token])])
        options = dict(token, service_account=self.username)
        if self.kind == "group":
            options["group"] = self.group_id
        return run_module(gitlab_service_account_token.main, **options)

    def new_value(self, result):
        """The token value the task returned, or None."""
        if self.kind == "converge":
            return ((result.get("tokens") or {}).get(self.username) or {}).get("ci", {}).get("token")
        return (result.get("token") or {}).get("token") if result.get("value_returned") else None

    def successor_write(self, how):
        """(method, path template) of the write that makes the successor."""
        if self.kind == "group":
            base = GROUP_TOKENS.replace("{}", str(self.group_id), 1).replace("{}", str(self.user_id), 1)
            return ("POST", base + "/{}/rotate") if how == "rotate" else ("POST", base)
        return ("POST", "/personal_access_tokens/{}/rotate") if how == "rotate" else (
            "POST", "/users/%d/personal_access_tokens" % self.user_id)

    def active(self):
        if self.kind == "group":
            path = GROUP_TOKENS.replace("{}", str(self.group_id), 1).replace("{}", str(self.user_id), 1)
            rows = self.sim.api("GET", path, params=dict(state="active", per_page=100)).json()
        else:
            rows = self.sim.api("GET", "/personal_access_tokens", params=dict(
                user_id=self.user_id, state="active", per_page=100)).json()
        return [row for row in rows if row["name"] == "ci"]

    def authenticates(self, value):
        response = self.sim.api("GET", "/user", token=value)
        return response.status_code == 200 and response.json()["username"] == self.username


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("replacement", sorted(REPLACEMENTS))
@pytest.mark.parametrize("kind", ["instance", "group", "converge"])
def test_a_failed_successor_never_leaves_the_account_without_a_valid_token(run_module, sim, unique, waits, kind,
                                                                           replacement, fault):
    change_settings(sim, SERVICE_ACCOUNT_SETTINGS)
    owner = Owner(sim, unique, kind)
    first = owner.run(run_module, resolve(FIRST))
    assert first["_rc"] == 0, first.get("msg")
    held = owner.new_value(first)
    assert owner.authenticates(held)
    token, how = REPLACEMENTS[replacement]
    token = resolve(token)
    method, path = owner.successor_write(how)
    sim.add_faults(*rules(fault, method, path))
    hit = owner.run(run_module, token)
    sim.clear_faults()
    assert [entry for entry in sim.requests_log() if entry["fault"]], "the fault rule matched no request"
    if fault == "500":
        # GitLab refused the write: the task fails naming it, and the old token stays the active one.
        assert hit["_rc"] != 0 and owner.new_value(hit) is None, hit
        message = hit["users"][0]["msg"] if kind == "converge" else hit["msg"]
        assert "POST " in message and "500" in message, message
    else:
        # A lost answer is settled by reading the tokens again (the write resent when it had not arrived; a
        # successor nobody received revoked and made anew): the task ends with a new value.
        assert hit["_rc"] == 0 and owner.new_value(hit) not in (None, held), hit.get("msg")
    held = owner.new_value(hit) or held
    assert owner.authenticates(held), (hit.get("msg"), hit.get("actions"))
    assert [row["id"] for row in owner.active()] == [row["id"] for row in owner.active()[:1]] != [], owner.active()
    again = owner.run(run_module, token)
    assert again["_rc"] == 0, again.get("msg")
    held = owner.new_value(again) or held
    assert owner.authenticates(held) and len(owner.active()) == 1
    settled = owner.run(run_module, token)
    assert settled["_rc"] == 0 and settled["changed"] is False, settled
