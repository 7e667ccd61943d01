# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_service_account_token run in-process against an EE simulator of this file's own: the requests, the
result and the tokens read back as root (GET /personal_access_tokens?user_id=, GET
/groups/:id/service_accounts/:user_id/personal_access_tokens). Expected behaviour: GitLab's service accounts and
personal access tokens API docs (doc/api/service_accounts.md, doc/api/group_service_accounts.md,
doc/api/personal_access_tokens.md) and their version history."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_service_account_token
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear, cycle, log, refused_before_any_request, warnings, writes)

MODULE = gitlab_service_account_token  # what the `run` fixture (conftest.py) runs
PAGE = {"per_page": "100"}


@pytest.fixture
def gitlab(newest_ee):
    return newest_ee


def new_group(gitlab, unique):
    response = gitlab.session.post(gitlab.url + "/-/sim/groups", json={"path": unique("grp")}, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def instance_account(gitlab, unique):
    response = gitlab.api("POST", "/service_accounts", json=dict(username=unique("svc")))
    assert response.status_code == 201, response.text
    clear(gitlab)
    return response.json()


def group_account(gitlab, group, unique):
    response = gitlab.api("POST", "/groups/%d/service_accounts" % group["id"], json=dict(username=unique("gsvc")))
    assert response.status_code == 201, response.text
    clear(gitlab)
    return response.json()


def active_tokens(gitlab, user_id):
    rows = gitlab.api("GET", "/personal_access_tokens", params=dict(user_id=user_id, state="active",
                                                                    per_page=100)).json()
    return [(row["name"], sorted(row["scopes"]), row["expires_at"]) for row in rows]


def group_tokens(gitlab, group, user_id, state="active"):
    rows = gitlab.api("GET", "/groups/%d/service_accounts/%d/personal_access_tokens" % (group["id"], user_id),
                      params=dict(state=state, per_page=100)).json()
    return [(row["id"], row["name"], sorted(row["scopes"]), row["expires_at"]) for row in rows]


# -- instance service accounts ------------------------------------------------------------------------

def test_a_token_for_an_instance_account(run, sim, unique, in_30):
    account = instance_account(sim, unique)
    lookup = ("GET", "/users", {"username": account["username"]})
    listing = ("GET", "/personal_access_tokens", dict(PAGE, user_id=str(account["id"]), state="active"))
    noop = [lookup, listing, ("GET", "/users/%d/impersonation_tokens" % account["id"], PAGE)]
    check, applied, apply_log = cycle(run, sim, noop_requests=noop, service_account=account["username"], name="ci",
                                      scopes=["api"], expires_at=in_30)
    assert applied["actions"] == ["POST /users/%d/personal_access_tokens" % account["id"]]
    assert [(method, path) for method, path, _query in apply_log] == [
        ("GET", "/users"), ("GET", "/personal_access_tokens"), ("GET", "/personal_access_tokens"),
        ("POST", "/users/%d/personal_access_tokens" % account["id"]), ("GET", "/personal_access_tokens"),
        ("GET", "/users/%d/impersonation_tokens" % account["id"])]
    assert active_tokens(sim, account["id"]) == [("ci", ["api"], in_30)]
    assert applied["token"]["token"] and applied["value_returned"] is True
    assert applied["token"]["token"] not in str(applied["diff"]) + str(warnings(applied))
    assert applied["diff"]["after"] == dict(service_account=account["username"], name="ci", scopes=["api"],
                                            expires_at=in_30, token="********", state="present")
    # By id: no lookup.
    clear(sim)
    by_id = run(service_account=account["id"], name="ci", scopes=["api"], expires_at=in_30)
    assert by_id["changed"] is False and log(sim) == noop[1:]


def test_a_changed_expiry_rotates_the_instance_token(run, sim, unique, in_30, in_60):
    account = instance_account(sim, unique)
    first = run(service_account=account["id"], name="ci", scopes=["read_api"], expires_at=in_30)
    old_id = first["token"]["id"]
    clear(sim)
    rotated = run(service_account=account["id"], name="ci", scopes=["read_api"], expires_at=in_60)
    assert rotated["actions"] == ["POST /personal_access_tokens/%d/rotate" % old_id]
    assert rotated["token"]["token"] and rotated["token"]["id"] != old_id
    assert active_tokens(sim, account["id"]) == [("ci", ["read_api"], in_60)]


def test_revoke_an_instance_token_and_the_recreate_alias(run, sim, unique, in_30):
    account = instance_account(sim, unique)
    made = run(service_account=account["id"], name="ci", scopes=["api"], expires_at=in_30)
    refused = run(service_account=account["id"], name="ci", scopes=["read_api"], expires_at=in_30, recreate="never")
    assert refused["failed"] is True and "rotate=never does not replace or revoke tokens" in refused["msg"]
    clear(sim)
    gone = run(service_account=account["id"], name="ci", state="absent")
    assert gone["actions"] == ["DELETE /personal_access_tokens/%d" % made["token"]["id"]]
    assert active_tokens(sim, account["id"]) == []


def test_a_human_user_is_refused_before_any_write(run, sim, unique):
    human = sim.create_user(unique("human"))
    clear(sim)
    result = run(service_account=human["username"], name="ci", scopes=["api"])
    assert result["failed"] is True and "is a user, not a service account" in result["msg"]
    assert log(sim) == [("GET", "/users", {"username": human["username"]})]


@pytest.mark.parametrize("options, words", [
    (dict(scopes=["sudo"]), ["sudo", "administrators"]),
    (dict(scopes=["everything"]), ["scopes", "everything"]),
    (dict(service_account="a/b"), ["service_account"]),
    (dict(group=0), ["group"]),
    (dict(expires_at="2001-01-01"), ["expires_at"]),
    (dict(expires_in_days=400), ["expires_in_days"]),
])
def test_bad_input_fails_before_any_request(run, sim, options, words):
    given = dict(service_account="bot", name="ci", scopes=["api"])
    given.update(options)
    refused_before_any_request(run, sim, words, **given)


# -- group service accounts -----------------------------------------------------------------------------

def test_group_token_lifecycle(run, sim, unique, in_30):
    group = new_group(sim, unique)
    account = group_account(sim, group, unique)
    base = "/groups/%d/service_accounts/%d/personal_access_tokens" % (group["id"], account["id"])
    noop = [("GET", base, dict(PAGE, state="active"))]
    check, applied, apply_log = cycle(run, sim, noop_requests=noop, group=group["id"], service_account=account["id"],
                                      name="ci", scopes=["api"], expires_in_days=30, renew_before_days=7)
    assert applied["actions"] == ["POST %s" % base]
    states = [(method, query.get("state")) for method, _path, query in apply_log]
    assert states == [("GET", "active"), ("GET", "inactive"), ("POST", None), ("GET", "active")]
    [(token_id, name, scopes, expires)] = group_tokens(sim, group, account["id"])
    assert (name, scopes, expires) == ("ci", ["api"], in_30)
    clear(sim)
    rotated = run(group=group["id"], service_account=account["id"], name="ci", scopes=["api"], expires_in_days=30,
                  rotate="always")
    assert rotated["actions"] == ["POST %s/%d/rotate" % (base, token_id)]
    [(new_id, _n, _s, _e)] = group_tokens(sim, group, account["id"])
    assert new_id == rotated["token"]["id"] != token_id
    clear(sim)
    gone = run(group=group["id"], service_account=account["id"], name="ci", state="absent")
    assert gone["actions"] == ["DELETE %s/%d" % (base, new_id)] and group_tokens(sim, group, account["id"]) == []


def test_changed_scopes_create_before_revoking(run, sim, unique, in_30):
    group = new_group(sim, unique)
    account = group_account(sim, group, unique)
    base = "/groups/%d/service_accounts/%d/personal_access_tokens" % (group["id"], account["id"])
    first = run(group=group["full_path"], service_account=account["username"], name="ci", scopes=["api"],
                expires_at=in_30)
    clear(sim)
    changed = run(group=group["full_path"], service_account=account["username"], name="ci", scopes=["read_api"],
                  expires_at=in_30)
    new_id = changed["token"]["id"]
    encoded = base.replace("/groups/%d/" % group["id"], "/groups/%s/" % group["full_path"])
    assert changed["actions"] == ["POST %s" % encoded, "DELETE %s/%d" % (encoded, first["token"]["id"])]
    assert [(i, s) for i, _n, s, _e in group_tokens(sim, group, account["id"])] == [(new_id, ["read_api"])]


@pytest.mark.parametrize("settings, words", [
    (dict(version="17.10.0"), ["17.11", "17.10 EE"]),
    (dict(edition="ce"), ["17.11", "CE", "Enterprise Edition"]),
])
def test_group_tokens_before_17_11_are_refused_before_any_write(run, sim, unique, settings, words):
    group = new_group(sim, unique)
    account = group_account(sim, group, unique)
    sim.settings(**settings)
    for check_mode in (True, False):
        clear(sim)
        result = run(check=check_mode, group=group["id"], service_account=account["id"], name="ci", scopes=["api"])
        assert result["failed"] is True and result["actions"] == [] and writes(sim) == []
        for word in words:
            assert word in result["msg"], (word, result["msg"])
        assert [path for _m, path, _q in log(sim)][-1] == "/version"


def test_an_account_of_another_group_names_the_option(run, sim, unique):
    group, other = new_group(sim, unique), new_group(sim, unique)
    account = group_account(sim, other, unique)
    result = run(group=group["id"], service_account=account["id"], name="ci", scopes=["api"])
    assert result["failed"] is True and result["msg"].startswith("service_account:") and writes(sim) == []


def test_a_lost_create_answer_revokes_the_orphan_and_creates_again(run, sim, unique, in_30):
    group = new_group(sim, unique)
    account = group_account(sim, group, unique)
    base = "/groups/%d/service_accounts/%d/personal_access_tokens" % (group["id"], account["id"])
    sim.add_faults(dict(action="drop_after_commit", method="POST", path="personal_access_tokens$"))
    result = run(group=group["id"], service_account=account["id"], name="ci", scopes=["api"], expires_at=in_30)
    assert result["_rc"] == 0, result.get("msg")
    orphan = group_tokens(sim, group, account["id"], state="inactive")
    assert len(orphan) == 1
    assert result["actions"] == ["POST %s" % base, "DELETE %s/%d" % (base, orphan[0][0]), "POST %s" % base]
    assert [row[0] for row in group_tokens(sim, group, account["id"])] == [result["token"]["id"]]
    assert any("whose value nobody received; it was revoked" in text for text in warnings(result))
