# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_users_converge with a user's resources (emails, SSH keys, GPG keys, status, tokens), each converged
by its single module's own task: the same writes, and on a run that changes nothing the same single read
per resource that each single module makes for a user given by id."""

from __future__ import annotations

import base64
import hashlib

import datetime

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from ansible_collections.gitlab_ops.users.tests.unit.helpers.key_material import (
    armor,
    openpgp_certificate,
    openssh_public_line,
    v4_fingerprint,
    x25519_subkey_body,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.listing_requests import listing, user_count
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import clear, cycle, log, server_user_id, writes

PAGE = {"per_page": "100"}


def ssh_fingerprint(line):
    """`ssh-keygen -l`'s SHA256 fingerprint of an OpenSSH public key line, computed here from the key's bytes."""
    digest = hashlib.sha256(base64.b64decode(line.split()[1])).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def ssh_key(comment="me@example"):
    return openssh_public_line(ed25519.Ed25519PrivateKey.generate(), comment)


def gpg_key(email):
    return armor(openpgp_certificate(ed25519.Ed25519PrivateKey.generate(), "Someone <%s>" % email))


def reads(user_id, *parts, ssh_key_line=None):
    """The one read each single module makes for a user given by id, in the order of `parts`. One SSH key is looked
    up by its fingerprint (GET /keys?fingerprint=, no rate limit) rather than listed with the user's others."""
    known = dict(
        emails=("GET", "/users/%d/emails" % user_id, PAGE),
        ssh_keys=("GET", "/keys", {"fingerprint": ssh_fingerprint(ssh_key_line)}) if ssh_key_line else
        ("GET", "/users/%d/keys" % user_id, PAGE),
        gpg_keys=("GET", "/users/%d/gpg_keys" % user_id, PAGE),
        status=("GET", "/users/%d/status" % user_id, {}),
        impersonation_tokens=("GET", "/users/%d/impersonation_tokens" % user_id, dict(PAGE, state="active")),
    )
    return [known[part] for part in parts]


def test_a_new_user_with_every_resource(run, sim, unique):
    username = unique("every")
    email = "%s@example.com" % username
    entry = dict(username=username, name="Every Part", email=email, force_random_password=True,
                 emails=[dict(email="%s-2@example.com" % username)],
                 ssh_keys=[dict(key=ssh_key(), title="laptop")],
                 gpg_keys=[dict(key=gpg_key(email))],
                 status=dict(emoji="coffee", status_message="Provisioned"),
                 impersonation_tokens=[dict(name="ci", scopes=["read_user"], expires_in_days=30)])
    total = user_count(sim) + 1
    clear(sim)
    check = run(check=True, users=[entry], max_concurrency=1)
    # Check mode reads nothing of a user it would create: its resources are those of a new user.
    assert log(sim) == listing(total - 1)
    _check, applied, _log = cycle(run, sim, new_id=lambda result: server_user_id(sim, username),
                                  users=[entry], max_concurrency=1)
    user_id = server_user_id(sim, username)
    assert check["users"][0]["actions"] == [
        "POST /users", "POST /users/:id/emails", "POST /users/:id/keys", "POST /users/:id/gpg_keys",
        "PATCH /user/status", "POST /users/:id/impersonation_tokens"]
    assert applied["users"][0]["actions"] == [action.replace(":id", str(user_id))
                                              for action in check["users"][0]["actions"]]
    assert sorted(applied["users"][0]["changes"]) == [
        "email", "emails", "gpg_keys", "impersonation_tokens", "name", "ssh_keys", "state", "status"]
    assert sim.api("GET", "/users/%d/status" % user_id).json()["emoji"] == "coffee"
    # A no-op run reads each resource once.
    clear(sim)
    again = run(users=[entry], max_concurrency=1)
    assert again["changed"] is False
    assert log(sim) == listing(total) + reads(user_id, "emails", "ssh_keys", "gpg_keys", "status",
                                              "impersonation_tokens", ssh_key_line=entry["ssh_keys"][0]["key"])


def test_a_created_token_is_returned_once_and_only_in_tokens(run, sim, unique):
    username = unique("tok")
    entry = dict(username=username, name="Token User", email="%s@example.com" % username, force_random_password=True,
                 impersonation_tokens=[dict(name="deploy", scopes=["read_user"], expires_in_days=7)])
    check = run(check=True, users=[entry])
    assert check["tokens"] == {}
    applied = run(users=[entry])
    token = applied["tokens"][username]["deploy"]
    value = token["token"]
    assert applied["_out"].count(value) == 1  # nowhere but in tokens: not in the diff, changes or actions
    assert applied["users"][0]["changes"]["impersonation_tokens"]["after"]["deploy"]["token"] == "********"
    # The value is the token: GitLab answers with the user it impersonates.
    me = sim.api("GET", "/user", token=value)
    assert me.status_code == 200 and me.json()["username"] == username
    again = run(users=[entry])
    assert again["changed"] is False and again["tokens"] == {} and value not in again["_out"]


def test_exclusive_keys_and_emails_remove_what_the_entry_does_not_list(run, sim, unique):
    username = unique("excl")
    user = sim.create_user(username)
    old_key = sim.api("POST", "/users/%d/keys" % user["id"], json=dict(title="old", key=ssh_key())).json()
    old_email = sim.api("POST", "/users/%d/emails" % user["id"],
                        json=dict(email="%s-old@example.com" % username, skip_confirmation=True)).json()
    entry = dict(username=username, ssh_keys=[dict(key=ssh_key(), title="new")],
                 emails=[dict(email="%s-new@example.com" % username)])
    kept = run(check=True, users=[entry])
    assert [action.split(" ")[0] for action in kept["users"][0]["actions"]] == ["POST", "POST"]
    clear(sim)
    check, applied, _log = cycle(run, sim, users=[entry], exclusive_keys=True, exclusive_emails=True)
    assert applied["users"][0]["actions"][:2] == ["POST /users/%d/emails" % user["id"],
                                                  "DELETE /users/%d/emails/%d" % (user["id"], old_email["id"])]
    assert applied["users"][0]["actions"][2:] == ["POST /users/%d/keys" % user["id"],
                                                  "DELETE /users/%d/keys/%d" % (user["id"], old_key["id"])]
    titles = [key["title"] for key in sim.api("GET", "/users/%d/keys" % user["id"]).json()]
    assert titles == ["new"]
    assert check["users"][0]["changes"]["ssh_keys"]["before"][0]["title"] == "old"


def test_a_resource_that_fails_stays_with_its_user(run, sim, unique):
    owner = sim.create_user(unique("owner"))
    taken = ssh_key()
    sim.api("POST", "/users/%d/keys" % owner["id"], json=dict(title="theirs", key=taken))
    first, second = unique("first"), unique("second")
    users = [dict(username=first, name="First", email="%s@example.com" % first, force_random_password=True,
                  ssh_keys=[dict(key=taken)], emails=[dict(email="%s-2@example.com" % first)]),
             dict(username=second, name="Second", email="%s@example.com" % second, force_random_password=True,
                  ssh_keys=[dict(key=ssh_key())])]
    result = run(users=users)
    assert result["_rc"] == 1
    assert result["msg"] == "1 of 2 users failed: %s (see users[].msg)" % first
    failed, created = result["users"]
    first_id, second_id = server_user_id(sim, first), server_user_id(sim, second)
    assert failed["status"] == "failed" and failed["msg"].startswith("ssh_keys: ")
    assert "already in use by another GitLab account" in failed["msg"]
    # The user and its emails were converged before; its keys were refused.
    assert failed["actions"] == ["POST /users", "POST /users/%d/emails" % first_id]
    assert created["status"] == "created" and created["actions"] == ["POST /users", "POST /users/%d/keys" % second_id]


def test_bad_resources_fail_before_any_request(run, gitlab, unique):
    name = unique("bad")
    result = run(users=[
        dict(username=name, ssh_keys=[dict(key="ssh-rsa not-a-key")],
             impersonation_tokens=[dict(name="ci", scopes=["api"]), dict(name="ci", scopes=["read_user"])]),
        dict(username=unique("gone"), state="absent", emails=[dict(email="x@example.com")]),
    ])
    assert result["_rc"] == 1
    problems = result["msg"].split("; users[")
    assert problems[0].startswith("users[0] (%s): ssh_keys: keys[0]" % name)
    assert "impersonation_tokens: 'ci' listed more than once" in result["msg"]
    assert "emails: only used with state=present" in result["msg"]
    assert log(gitlab) in ([], None)
    assert writes(gitlab) in ([], None)


def test_a_task_that_breaks_on_an_answer_keeps_the_other_users_tokens(run, sim, unique):
    """One user's task ends in an exception the task does not expect (here GitLab lists two tokens of one name
    without ids, and revoking the second cannot name it): that user fails, saying so, and the run still returns
    the token it created for another user, whose value GitLab shows only once."""
    first, second = sim.create_user(unique("first")), sim.create_user(unique("second"))
    token = dict(name="ci", scopes=["api"], expires_in_days=3)
    soon = datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=2)
    listed = [dict(name="ci", scopes=["api"], expires_at=soon.isoformat(), active=True, revoked=False,
                   last_used_at=None), dict(name="ci", scopes=["api"])]
    sim.add_faults({"method": "GET", "path": r"^/api/v4/users/%d/impersonation_tokens$" % second["id"],
                    "action": "status", "status": 200, "body": listed})
    result = run(users=[dict(username=first["username"], impersonation_tokens=[token]),
                        dict(username=second["username"], impersonation_tokens=[token])], max_concurrency=1)
    assert result["_rc"] == 1 and result["changed"] is True
    assert result["msg"] == "1 of 2 users failed: %s (see users[].msg)" % second["username"]
    made, broken = result["users"]
    assert made["status"] == "updated" and broken["status"] == "failed"
    assert broken["msg"].startswith("impersonation_tokens[ci]: unexpected error: ValueError: ")
    value = result["tokens"][first["username"]]["ci"]["token"]
    me = sim.api("GET", "/user", token=value)
    assert me.status_code == 200 and me.json()["username"] == first["username"]


def test_a_sudo_token_is_refused_for_a_non_administrator_before_any_write(run, sim, unique):
    """The listed user says whether it is an administrator (also the one check mode would create), so the bulk
    module refuses sudo with no request of its own; the token it would replace stays."""
    member = sim.create_user(unique("member"))
    expires = datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=30)
    old = sim.api("POST", "/users/%d/impersonation_tokens" % member["id"],
                  json=dict(name="ci", scopes=["api"], expires_at=expires.isoformat())).json()
    fresh, admin = unique("fresh"), unique("admin")
    sudo = [dict(name="ci", scopes=["api", "sudo"], expires_in_days=7)]
    users = [dict(username=member["username"], impersonation_tokens=sudo),
             dict(username=fresh, name="Fresh", email="%s@example.com" % fresh, force_random_password=True,
                  impersonation_tokens=sudo),
             dict(username=admin, name="Admin", email="%s@example.com" % admin, force_random_password=True,
                  admin=True, impersonation_tokens=sudo)]
    for check in (True, False):
        clear(sim)
        result = run(check=check, users=users, max_concurrency=1)
        refused, created, allowed = result["users"]
        for report in (refused, created):
            assert report["status"] == "failed", report
            assert report["msg"] == ("impersonation_tokens[ci]: scopes: GitLab gives the sudo scope only to "
                                     "administrators, and %s is not one" % report["username"])
        assert refused["actions"] == []
        assert allowed["status"] == "created" and allowed["actions"][-1].endswith("/impersonation_tokens")
        assert [entry for entry in sim.requests_log() if "impersonation_tokens" in entry["path"]] == ([] if check else [
            entry for entry in sim.requests_log() if entry["path"].startswith(
                "/api/v4/users/%d/" % server_user_id(sim, admin))])
    assert [t["id"] for t in sim.api("GET", "/users/%d/impersonation_tokens" % member["id"]).json()
            if t["active"]] == [old["id"]]
    assert list(result["tokens"]) == [admin]


@pytest.mark.parametrize("check", [True, False], ids=["check", "apply"])
def test_an_expiry_out_of_range_is_refused_naming_the_entry(run, gitlab, unique, check):
    """An ISO 8601 moment whose UTC date lies beyond the year 9999 (or before the year 1) is refused like any
    other bad expiry: the task names the entry and expires_at, and sends no request (issue 20, item 6)."""
    name = unique("far")
    result = run(check=check, users=[
        dict(username=unique("fine"), ssh_keys=[dict(key=ssh_key(), title="ok", expires_at="2999-01-01")]),
        dict(username=name, ssh_keys=[dict(key=ssh_key(), title="laptop", expires_at="9999-12-31T23:00:00-05:00")]),
    ])
    assert result["_rc"] == 1 and result["failed"] is True
    assert result["msg"].startswith("users[1] (%s): ssh_keys: keys[0] ('laptop') " % name), result["msg"]
    assert "expires_at '9999-12-31T23:00:00-05:00'" in result["msg"]
    assert log(gitlab) in ([], None)


def test_an_updated_gpg_key_shows_in_check_mode_and_is_replaced(run, sim, unique):
    """Issue 20, item 8: the drift audit (check mode) sees a stored GPG key whose owner added a subkey, and the
    real run replaces it (GitLab keeps one key per fingerprint and has no update)."""
    username = unique("gpgupd")
    user = sim.create_user(username)
    private, subkey = ed25519.Ed25519PrivateKey.generate(), x25519.X25519PrivateKey.generate()
    old = armor(openpgp_certificate(private, "Owner <%s@example.com>" % username))
    new = armor(openpgp_certificate(private, "Owner <%s@example.com>" % username, subkeys=[(subkey, 1700000100, None)],
                                    signed_at=1700000200))
    stored = sim.api("POST", "/users/%d/gpg_keys" % user["id"], json=dict(key=old)).json()
    entry = dict(username=username, gpg_keys=[dict(key=new)])
    check, applied, _log = cycle(run, sim, users=[entry])
    assert applied["users"][0]["actions"] == ["DELETE /users/%d/gpg_keys/%d" % (user["id"], stored["id"]),
                                              "POST /users/%d/gpg_keys" % user["id"]]
    change = check["users"][0]["changes"]["gpg_keys"]
    assert [key["subkey_fingerprints"] for key in change["before"]] == [[]]
    assert [key["subkey_fingerprints"] for key in change["after"]] == [[v4_fingerprint(x25519_subkey_body(subkey, 1700000100))]]
    assert [key["key"] for key in sim.api("GET", "/users/%d/gpg_keys" % user["id"]).json()] == [new.strip()]
