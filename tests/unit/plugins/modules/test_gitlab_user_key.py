# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user_key run in-process (main()) against the simulator. Every feature goes through check mode ->
apply -> apply again -> check mode again with the exact requests of the runs that change nothing. The keys
are real keys made in the tests; expected fingerprints come from helpers/key_material (written from the RFCs),
expected dates from GitLab's API rendering (`2016-01-21T00:00:00.000Z` in the API documentation)."""

from __future__ import annotations

import datetime
import time
import uuid

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user_key
from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import InDays, resolve
from ansible_collections.gitlab_ops.users.tests.unit.helpers.key_material import (
    blob_of,
    openssh_public_line,
    sha256_fingerprint,
    sk_ed25519_blob,
    ssh_line,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear,
    cycle,
    log,
    new_user,
    refused_before_any_request,
    warnings,
    writes,
)

MODULE = gitlab_user_key  # what the `run` fixture (conftest.py) runs

PAGE = {"per_page": "100"}


def new_key(comment="", kind="ed25519"):
    """A fresh public key line (fingerprints are unique across a GitLab instance)."""
    if kind == "rsa":
        return openssh_public_line(rsa.generate_private_key(65537, 2048), comment)
    if kind == "ecdsa":
        return openssh_public_line(ec.generate_private_key(ec.SECP256R1()), comment)
    if kind == "sk-ed25519":
        return ssh_line("sk-ssh-ed25519@openssh.com", sk_ed25519_blob(ed25519.Ed25519PrivateKey.generate()), comment)
    return openssh_public_line(ed25519.Ed25519PrivateKey.generate(), comment)


def fingerprint(line):
    return sha256_fingerprint(blob_of(line))


def day(offset):
    return (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=offset)).isoformat()


def server_keys(gitlab, user_id):
    response = gitlab.api("GET", "/users/%d/keys" % user_id)
    assert response.status_code == 200, response.text
    return response.json()


def add_on_server(gitlab, user_id, line, title="seeded", **fields):
    response = gitlab.api("POST", "/users/%d/keys" % user_id, json=dict(key=line, title=title, **fields))
    assert response.status_code == 201, response.text
    return response.json()


def listing(path):
    return [("GET", path, PAGE)]


# -- adding keys, and the runs that change nothing -------------------------------------------------------

def test_add_keys_of_several_types_then_nothing_changes(run, gitlab, user):
    lines = dict(laptop=new_key("me@laptop"), ci=new_key("", "rsa"), hsm=new_key("x", "ecdsa"),
                 yubikey=new_key("yk", "sk-ed25519"))
    keys = [dict(key=line, title=title) for title, line in lines.items()]
    keys[1].update(usage_type="auth", expires_at=day(30))
    check, applied, apply_log = cycle(run, gitlab, noop_requests=listing("/users/%s/keys" % user["username"]),
                                      user=user["username"], keys=keys)
    post = "POST /users/%d/keys" % user["id"]
    assert applied["actions"] == [post] * 4
    if gitlab.is_sim:
        assert apply_log[:2] == listing("/users/%s/keys" % user["username"]) + [
            ("GET", "/users", {"username": user["username"]})]
        assert len(apply_log) == 6
    on_server = server_keys(gitlab, user["id"])
    assert sorted((k["title"], k["key"].split()[0]) for k in on_server) == sorted(
        (title, line.split()[0]) for title, line in lines.items())
    ci = next(k for k in on_server if k["title"] == "ci")
    assert (ci["usage_type"], ci["expires_at"]) == ("auth", day(30) + "T00:00:00.000Z")
    assert sorted((k["title"], k["fingerprint"]) for k in applied["user_keys"]) == sorted(
        (title, fingerprint(line)) for title, line in lines.items())
    assert [k["id"] for k in check["user_keys"]] == [None] * 4
    assert applied["keys"] == applied["user_keys"]  # the deprecated name, until 2.0.0
    assert sorted(k["id"] for k in applied["user_keys"]) == sorted(k["id"] for k in on_server)
    for returned in applied["user_keys"]:
        assert set(returned) == {"id", "title", "fingerprint", "expires_at", "usage_type"}
    assert applied["diff"]["before"] == dict(keys=[])
    assert {k["fingerprint"] for k in applied["diff"]["after"]["keys"]} == {fingerprint(line) for line in lines.values()}


def test_a_user_given_by_id_costs_one_request(run, gitlab, user):
    cycle(run, gitlab, noop_requests=listing("/users/%d/keys" % user["id"]), user=user["id"],
          key=new_key("id@host"), title="by id")


def test_own_keys_without_user(run, sim, user):
    token = sim.token_for(user["id"])
    check, applied, apply_log = cycle(run, sim, noop_requests=listing("/user/keys"), api_token=token,
                                      key=new_key("own@host"))
    assert applied["actions"] == ["POST /user/keys"]
    assert apply_log == listing("/user/keys") + [("POST", "/user/keys", {})]
    assert [k["title"] for k in server_keys(sim, user["id"])] == ["own@host"]


def test_an_all_digit_username_is_looked_up_first(run, sim, unique):
    digits = sim.create_user("7%011d" % (uuid.uuid4().int % 10 ** 11))
    noop = [("GET", "/users", {"username": digits["username"]})] + listing("/users/%d/keys" % digits["id"])
    cycle(run, sim, noop_requests=noop, user=digits["username"], key=new_key("d@host"))


def test_unknown_user_fails_after_one_request(run, sim, unique):
    for ident, words in ((unique("nobody"), "there is no GitLab user 'nobody"), (987654321, "with the id 987654321")):
        clear(sim)
        result = run(user=ident, key=new_key())
        assert result["failed"] and "user: " in result["msg"] and words in result["msg"], result["msg"]
        assert len(log(sim)) == 1


# -- identity: the key, not its comment or title -------------------------------------------------------

def test_a_comment_only_change_changes_nothing(run, gitlab, user):
    line = new_key("first@comment")
    assert run(user=user["id"], key=line, title="laptop")["changed"]
    clear(gitlab)
    other_comment = " ".join(line.split()[:2] + ["completely", "different"])
    for check_mode in (True, False):
        result = run(check=check_mode, user=user["id"], key=other_comment, title="laptop")
        assert result["changed"] is False and result["actions"] == []
    if gitlab.is_sim:
        assert writes(gitlab) == []
    # GitLab answers with "<name> (<host>)" in place of the comment: the module never sends that back either.
    assert [k["title"] for k in server_keys(gitlab, user["id"])] == ["laptop"]


def test_an_omitted_title_leaves_an_existing_key_alone(run, gitlab, user):
    line = new_key("comment")
    add_on_server(gitlab, user["id"], line, title="set elsewhere")
    clear(gitlab)
    result = run(user=user["id"], key=line)
    assert result["changed"] is False and [k["title"] for k in result["user_keys"]] == ["set elsewhere"]


def test_the_default_title_is_the_comment_else_the_fingerprint(run, gitlab, user):
    with_comment, without = new_key("alice@workstation"), new_key("")
    result = run(user=user["id"], keys=[dict(key=with_comment), dict(key=without)])
    assert sorted(k["title"] for k in server_keys(gitlab, user["id"])) == sorted(
        ["alice@workstation", fingerprint(without)])
    assert result["changed"]


# -- changes: GitLab has no update for keys, so delete and add again -----------------------------------

def test_a_title_change_replaces_the_key(run, gitlab, user):
    line = new_key("c")
    old = add_on_server(gitlab, user["id"], line, title="old title")
    check, applied, _log = cycle(run, gitlab, noop_requests=listing("/users/%d/keys" % user["id"]),
                                 user=user["id"], key=line, title="new title")
    assert applied["actions"] == ["DELETE /users/%d/keys/%d" % (user["id"], old["id"]), "POST /users/%d/keys" % user["id"]]
    on_server = server_keys(gitlab, user["id"])
    assert [k["title"] for k in on_server] == ["new title"] and on_server[0]["id"] != old["id"]
    assert applied["removed_keys"] == []  # replaced, not removed
    assert applied["diff"]["before"]["keys"][0]["title"] == "old title"
    assert applied["diff"]["after"]["keys"][0]["title"] == "new title"


@pytest.mark.parametrize("change", ["expiry", "usage_type", "never_expires"])
def test_an_expiry_or_usage_change_replaces_the_key(run, gitlab, user, change):
    line = new_key("c")
    add_on_server(gitlab, user["id"], line, title="t", expires_at=day(10), usage_type="auth_and_signing")
    options = dict(expiry=dict(expires_at=day(20)), usage_type=dict(usage_type="signing"),
                   never_expires=dict(expires_at=""))[change]
    check, applied, _log = cycle(run, gitlab, noop_requests=listing("/users/%d/keys" % user["id"]),
                                 user=user["id"], key=line, **options)
    assert [a.split()[0] for a in applied["actions"]] == ["DELETE", "POST"]
    (key,) = server_keys(gitlab, user["id"])
    expected = dict(expiry=(day(20) + "T00:00:00.000Z", "auth_and_signing"),
                    usage_type=(day(10) + "T00:00:00.000Z", "signing"),
                    never_expires=(None, "auth_and_signing"))[change]
    assert (key["expires_at"], key["usage_type"]) == expected
    assert key["title"] == "t"  # not given: the replacement keeps the replaced key's title


def test_an_expiry_given_as_date_and_time_compares_as_a_moment(run, gitlab, user):
    line = new_key("c")
    moment = day(5) + "T12:30:00+02:00"
    cycle(run, gitlab, noop_requests=listing("/users/%d/keys" % user["id"]), user=user["id"], key=line,
          title="t", expires_at=moment)
    (key,) = server_keys(gitlab, user["id"])
    assert key["expires_at"] == day(5) + "T10:30:00.000Z"
    clear(gitlab)
    assert run(user=user["id"], key=line, title="t", expires_at=day(5) + "T10:30:00Z")["changed"] is False


# -- removal and exclusive -----------------------------------------------------------------------------

def test_state_absent_removes_the_key_whatever_its_comment(run, gitlab, user):
    line = new_key("kept@comment")
    added = add_on_server(gitlab, user["id"], line)
    keep = add_on_server(gitlab, user["id"], new_key("other"), title="other")
    removed_line = " ".join(line.split()[:2] + ["another@comment"])
    check, applied, _log = cycle(run, gitlab, noop_requests=listing("/users/%d/keys" % user["id"]),
                                 user=user["id"], key=removed_line, state="absent")
    assert applied["actions"] == ["DELETE /users/%d/keys/%d" % (user["id"], added["id"])]
    assert [k["id"] for k in server_keys(gitlab, user["id"])] == [keep["id"]]
    assert [k["title"] for k in check["removed_keys"]] == ["seeded"]


def test_exclusive_removes_every_unlisted_key_and_check_mode_names_them(run, gitlab, user):
    wanted = new_key("wanted")
    stale = [add_on_server(gitlab, user["id"], new_key(), title=title) for title in ("stale one", "stale two")]
    check, applied, _log = cycle(run, gitlab, noop_requests=listing("/users/%d/keys" % user["id"]),
                                 user=user["id"], keys=[dict(key=wanted, title="wanted")], exclusive=True)
    assert sorted(k["title"] for k in check["removed_keys"]) == ["stale one", "stale two"]
    assert check["actions"] == ["POST /users/%d/keys" % user["id"]] + [
        "DELETE /users/%d/keys/%d" % (user["id"], k["id"]) for k in stale]
    assert [k["title"] for k in server_keys(gitlab, user["id"])] == ["wanted"]


def test_a_key_that_cannot_be_added_fails_before_any_removal(run, sim, unique, user):
    """A rotation whose new key is taken elsewhere must not leave the user without the old key."""
    owner = new_user(sim, unique, "owner")
    taken = new_key()
    add_on_server(sim, owner["id"], taken)
    old = add_on_server(sim, user["id"], new_key(), title="old")
    clear(sim)
    result = run(user=user["id"], keys=[dict(key=taken, title="new")], exclusive=True)
    assert result["failed"] and "already in use" in result["msg"] and result["actions"] == []
    assert [k["id"] for k in server_keys(sim, user["id"])] == [old["id"]]
    assert "DELETE" not in [m for m, _p, _q in log(sim)]


def test_exclusive_with_no_keys_removes_them_all(run, gitlab, user):
    for title in ("a", "b"):
        add_on_server(gitlab, user["id"], new_key(), title=title)
    cycle(run, gitlab, noop_requests=listing("/users/%d/keys" % user["id"]), user=user["id"], keys=[], exclusive=True)
    assert server_keys(gitlab, user["id"]) == []


def test_without_exclusive_other_keys_are_kept(run, gitlab, user):
    other = add_on_server(gitlab, user["id"], new_key(), title="other")
    result = run(user=user["id"], key=new_key("new"))
    assert result["changed"] and sorted(k["id"] for k in result["user_keys"])[0] == other["id"]
    assert len(server_keys(gitlab, user["id"])) == 2


def test_keys_entries_default_to_the_task_state(run, gitlab, user):
    lines = [new_key(), new_key()]
    for index, line in enumerate(lines):
        add_on_server(gitlab, user["id"], line, title="k%d" % index)
    result = run(user=user["id"], keys=[dict(key=line) for line in lines], state="absent")
    assert len(result["actions"]) == 2 and server_keys(gitlab, user["id"]) == []


# -- a key in use elsewhere, a stricter GitLab, a non-admin token ---------------------------------------

def test_a_key_of_another_account_fails_naming_the_owner(run, sim, unique, user):
    owner = sim.create_user(unique("owner"))
    line = new_key("shared")
    add_on_server(sim, owner["id"], line, title="owner's")
    clear(sim)
    result = run(user=user["id"], keys=[dict(key=new_key(), title="fine"), dict(key=line, title="shared")])
    assert result["failed"]
    msg = result["msg"]
    assert "keys[1] ('shared')" in msg and "already in use by another GitLab account" in msg
    assert "%s (id %d)" % (owner["username"], owner["id"]) in msg and fingerprint(line) in msg
    assert "{" not in msg and "fingerprint_sha256" not in msg  # not GitLab's raw error hash
    assert result["changed"] is True and result["actions"] == ["POST /users/%d/keys" % user["id"]]  # the first key
    assert [(m, p) for m, p, _q in log(sim)][-3:] == [
        ("POST", "/users/%d/keys" % user["id"]), ("GET", "/users/%d/keys" % user["id"]), ("GET", "/keys")]
    assert log(sim)[-1][2] == {"fingerprint": fingerprint(line)}
    assert [k["title"] for k in server_keys(sim, owner["id"])] == ["owner's"]


def test_a_key_of_another_account_without_admin_rights(run, sim, unique, user):
    owner = sim.create_user(unique("owner"))
    line = new_key()
    add_on_server(sim, owner["id"], line)
    result = run(api_token=sim.token_for(user["id"]), key=line, title="mine")
    assert result["failed"] and "key ('mine')" in result["msg"]
    assert "another GitLab account (an administrator's token would name it)" in result["msg"]
    assert owner["username"] not in result["msg"]


def test_a_stricter_gitlab_refuses_with_its_reason(run, sim, user):
    sim.settings(rsa_key_restriction=4096)
    try:
        result = run(user=user["id"], key=new_key("", "rsa"), title="small")
    finally:
        sim.settings(rsa_key_restriction=0)
    assert result["failed"] and result["msg"].startswith("key ('small') was refused by GitLab: ")
    assert "must be at least 4096 bits" in result["msg"] and "stricter" in result["msg"]
    assert (result["method"], result["status"]) == ("POST", 400)
    assert server_keys(sim, user["id"]) == []


def test_another_users_keys_need_an_admin_token(run, sim, unique, user):
    other = sim.create_user(unique("other"))
    result = run(api_token=sim.token_for(user["id"]), user=other["username"], key=new_key())
    assert result["failed"] and "administrator's token" in result["msg"] and result["status"] == 403
    assert server_keys(sim, other["id"]) == []


# -- lost answers ---------------------------------------------------------------------------------------

def test_a_lost_answer_to_an_add_is_found_and_not_added_twice(run, sim, user):
    sim.add_faults(dict(action="drop_after_commit", method="POST", path="/users/%d/keys$" % user["id"]))
    line = new_key("lost")
    clear(sim)
    result = run(user=user["id"], key=line, title="lost")
    assert result["_rc"] == 0 and result["changed"] and result["actions"] == ["POST /users/%d/keys" % user["id"]]
    assert "maybe_committed" not in result
    assert [(m, p) for m, p, _q in log(sim)] == [("GET", "/users/%d/keys" % user["id"]),
                                                 ("POST", "/users/%d/keys" % user["id"]),
                                                 ("GET", "/users/%d/keys" % user["id"])]
    assert [k["title"] for k in server_keys(sim, user["id"])] == ["lost"]
    assert result["user_keys"][0]["fingerprint"] == fingerprint(line) and result["user_keys"][0]["id"] is not None
    clear(sim)
    assert run(user=user["id"], key=line, title="lost")["changed"] is False  # the task's retry


def test_an_add_that_never_arrived_is_sent_again(run, sim, user):
    sim.add_faults(dict(action="drop", method="POST", path="/users/%d/keys$" % user["id"]))
    clear(sim)
    result = run(user=user["id"], key=new_key(), title="again")
    assert result["_rc"] == 0 and result["actions"] == ["POST /users/%d/keys" % user["id"]]
    assert any("sending it again" in w for w in warnings(result))
    assert [m for m, _p, _q in log(sim)] == ["GET", "POST", "GET", "POST"]
    assert [k["title"] for k in server_keys(sim, user["id"])] == ["again"]


def test_a_lost_answer_to_a_delete_counts_as_done(run, sim, user):
    added = add_on_server(sim, user["id"], new_key())
    sim.add_faults(dict(action="drop_after_commit", method="DELETE", path="/keys/%d$" % added["id"]))
    clear(sim)
    result = run(user=user["id"], keys=[], exclusive=True)
    assert result["_rc"] == 0 and result["actions"] == ["DELETE /users/%d/keys/%d" % (user["id"], added["id"])]
    assert [(entry["method"], entry["fault"], entry["status"]) for entry in sim.requests_log()] == [
        ("GET", None, 200), ("DELETE", "drop_after_commit", 204), ("DELETE", None, 404)]
    assert server_keys(sim, user["id"]) == []


def test_two_lost_adds_in_a_row_fail_cleanly(run, sim, user):
    sim.add_faults(dict(action="drop", method="POST", path="/users/%d/keys$" % user["id"], times=2))
    result = run(user=user["id"], key=new_key())
    assert result["failed"] and "no response" in result["msg"] and result["actions"] == []
    assert server_keys(sim, user["id"]) == []


# -- bad input: refused before any request, naming the option and the key -------------------------------

PRIVATE_OPENSSH = ed25519.Ed25519PrivateKey.generate().private_bytes(
    serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()).decode()
GOOD = new_key("good@host")
GOOD_TYPE = GOOD.split()[0]
GOOD_BODY = GOOD.split()[1]
RSA_BODY = new_key("", "rsa").split()[1]

# (options, words that must all be in the message)
BAD_INPUT = [
    (dict(key=PRIVATE_OPENSSH), ["key ", "private key"]),
    (dict(keys=[dict(key=GOOD, title="ok"), dict(key=PRIVATE_OPENSSH, title="oops")]), ["keys[1] ('oops')", "private key"]),
    (dict(key="ssh-foo %s" % GOOD_BODY), ["key ", "unsupported key type 'ssh-foo'"]),
    (dict(key="ssh-ed25519 not*base64"), ["key ", "not valid base64"]),
    (dict(key="ssh-rsa %s" % GOOD_BODY), ["says it is ssh-rsa", "ssh-ed25519"]),
    (dict(key="ssh-ed25519 %s" % RSA_BODY), ["says it is ssh-ed25519", "ssh-rsa"]),
    (dict(key="%s %s" % (GOOD_TYPE, GOOD_BODY[:40])), ["key ", "truncated"]),
    (dict(key="%s %s" % (GOOD_TYPE, GOOD_BODY[:-8] + "AAAA")), ["key "]),
    (dict(key=GOOD + "\n" + new_key()), ["holds 2 keys"]),
    (dict(key="%s %s" % (GOOD, new_key())), ["more than one key"]),
    (dict(key='no-pty,command="x" ' + GOOD), ["authorized_keys options"]),
    (dict(key="ssh-ed25519-cert-v01@openssh.com %s" % GOOD_BODY), ["certificate"]),
    (dict(key="---- BEGIN SSH2 PUBLIC KEY ----\n%s\n---- END SSH2 PUBLIC KEY ----" % GOOD_BODY), ["RFC 4716"]),
    (dict(key=""), ["key ", "empty"]),
    (dict(keys=[dict(key="   ", title="blank")]), ["keys[0] ('blank')", "empty"]),
    (dict(key=GOOD_TYPE), ["no key data"]),
    (dict(key="x" * 6000), ["key "]),
    (dict(key=GOOD, expires_at="2001-02-03"), ["key ", "already expired", "2001-02-03"]),
    (dict(key=GOOD, expires_at=InDays(0)), ["already expired"]),
    (dict(key=GOOD, expires_at="next week"), ["expiry date 'next week'", "ISO 8601"]),
    (dict(keys=[dict(key=GOOD, title="old", expires_at="1999-12-31")]), ["keys[0] ('old')", "already expired"]),
    # Valid ISO 8601 moments that lie outside the years 1 to 9999 once converted to UTC (issue 20, item 6).
    (dict(key=GOOD, expires_at="9999-12-31T23:00:00-05:00"), ["key ", "expires_at '9999-12-31T23:00:00-05:00'"]),
    (dict(keys=[dict(key=GOOD, title="old", expires_at="0001-01-01T00:00:00+01:00")]),
     ["keys[0] ('old')", "expires_at '0001-01-01T00:00:00+01:00'"]),
    (dict(key=GOOD, title=""), ["title must not be empty"]),
    (dict(key=GOOD, title="   "), ["title must not be empty"]),
    (dict(key=GOOD, title="t" * 256), ["title", "255"]),
    (dict(key=GOOD, usage_type="both"), ["usage_type"]),
    (dict(key=GOOD, state="gone"), ["state"]),
    (dict(key=GOOD, keys=[dict(key=GOOD)]), ["key", "keys", "mutually exclusive"]),
    (dict(), ["key", "keys"]),
    (dict(keys=[dict(key=GOOD)], title="orphan"), ["title", "key"]),
    (dict(keys=[dict(title="no key")]), ["key"]),
    (dict(keys="ssh-ed25519 AAAA"), ["keys"]),
    (dict(keys=[dict(key=GOOD, title="a"), dict(key=" ".join([GOOD_TYPE, GOOD_BODY, "other"]), title="b")]),
     ["keys[0] ('a')", "keys[1] ('b')", "same SSH key"]),
    (dict(keys=[dict(key=GOOD), dict(key=GOOD, state="absent")]), ["once present and once absent"]),
    (dict(keys=[dict(key="ssh-foo AAAA", title="one"), dict(key=GOOD, title="two", expires_at="2000-01-01")]),
     ["keys[0] ('one')", "keys[1] ('two')"]),
    (dict(key=GOOD, user=""), ["user"]),
    (dict(key=GOOD, user=" alice"), ["user"]),
    (dict(key=GOOD, user="a/b"), ["user"]),
    (dict(key=GOOD, user=".."), ["user"]),
    (dict(key=GOOD, user=0), ["user", "positive"]),
    (dict(key=GOOD, user=-4), ["user"]),
    (dict(key=GOOD, user=["alice"]), ["user"]),
    (dict(key=GOOD, user=True), ["user"]),
    (dict(key=GOOD, exclusive="sometimes"), ["exclusive"]),
    (dict(key=GOOD, connect=False, api_token="t0ken-value"), ["api_url"]),
]


@pytest.mark.parametrize("options, words", BAD_INPUT, ids=["bad%d" % n for n in range(len(BAD_INPUT))])
def test_bad_input_fails_before_any_request(run, sim, options, words):
    refused_before_any_request(run, sim, words, secrets=(PRIVATE_OPENSSH.splitlines()[1],), **resolve(options))


def test_absent_keys_skip_the_checks_only_new_keys_need(run, gitlab, user):
    """An entry that removes a key is not refused for settings only new keys need (an expiry in the past)."""
    line = new_key("", "rsa")
    add_on_server(gitlab, user["id"], line)
    result = run(user=user["id"], key=line, expires_at="2001-01-01", state="absent")
    assert result["changed"] and server_keys(gitlab, user["id"]) == []


def test_an_expired_key_cannot_be_replaced_without_a_new_expiry(run, sim, user):
    line = new_key()
    soon = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=1.5)
    add_on_server(sim, user["id"], line, title="old", expires_at=soon.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    time.sleep(2)
    clear(sim)
    result = run(user=user["id"], key=line, title="new")
    assert result["failed"] and "key ('new') cannot be added again" in result["msg"]
    assert "give a new expires_at" in result["msg"] and result["actions"] == []
    assert writes(sim) == []
    result = run(user=user["id"], key=line, title="new", expires_at="")
    assert result["changed"] and [(k["title"], k["expires_at"]) for k in server_keys(sim, user["id"])] == [("new", None)]


# -- rate limits: a key looked up by its fingerprint -------------------------------------------------------
# GitLab.com allows 120 GET /users/:user_id/keys a minute per caller (users_api_limit_ssh_keys, lib/api/users.rb);
# GET /keys?fingerprint= (lib/api/keys.rb, administrators) counts against no limit. Told of the limit, the module
# looks up the keys it names instead of listing the user's keys, unless it needs all of them (exclusive).

def test_told_of_the_lists_limit_the_module_looks_each_key_up_by_fingerprint(run, sim, user):
    lines = [new_key("one"), new_key("two")]
    keys = [dict(key=line, title="k%d" % index) for index, line in enumerate(lines)]
    lookups = [("GET", "/keys", {"fingerprint": fingerprint(line)}) for line in lines]
    options = dict(user=user["id"], keys=keys, rate_limits=dict(ssh_keys=120))
    _check, applied, apply_log = cycle(run, sim, noop_requests=lookups, **options)
    assert apply_log == lookups + [("POST", "/users/%d/keys" % user["id"], {})] * 2
    # The result names the keys the task manages (the user's others were not read).
    assert sorted(key["title"] for key in applied["user_keys"]) == ["k0", "k1"]


def test_fingerprint_lookups_leave_other_users_keys_and_unnamed_keys_alone(run, sim, unique, user):
    mine = add_on_server(sim, user["id"], new_key(), title="kept")
    owner = sim.create_user(unique("owner"))
    theirs = new_key("theirs")
    add_on_server(sim, owner["id"], theirs, title="theirs")
    clear(sim)
    result = run(user=user["username"], key=theirs, state="absent", rate_limits=dict(ssh_keys=120))
    # Found, but on another account: nothing of this user's to remove.
    assert result["changed"] is False and log(sim) == [("GET", "/keys", {"fingerprint": fingerprint(theirs)})]
    assert [k["title"] for k in server_keys(sim, owner["id"])] == ["theirs"]
    assert [k["id"] for k in server_keys(sim, user["id"])] == [mine["id"]]


def test_exclusive_still_lists_the_keys_whatever_the_limit(run, sim, user):
    line = new_key()
    add_on_server(sim, user["id"], line, title="only")
    clear(sim)
    result = run(user=user["id"], key=line, title="only", exclusive=True, rate_limits=dict(ssh_keys=120))
    assert result["changed"] is False and log(sim) == [("GET", "/users/%d/keys" % user["id"], PAGE)]


def test_a_non_admin_token_falls_back_to_the_list_after_one_refused_lookup(run, sim, user):
    """GET /keys is for administrators: one 403, then the list, as without the option."""
    line = new_key()
    add_on_server(sim, user["id"], line, title="laptop")
    non_admin = sim.token_for(user["id"])
    clear(sim)
    own = run(api_token=non_admin, user=user["id"], key=line, title="laptop", rate_limits=dict(ssh_keys=120))
    assert own["changed"] is False
    assert [(method, path, entry["status"]) for (method, path, _q), entry in zip(log(sim), sim.requests_log())] == [
        ("GET", "/keys", 403), ("GET", "/users/%d/keys" % user["id"], 200)]
