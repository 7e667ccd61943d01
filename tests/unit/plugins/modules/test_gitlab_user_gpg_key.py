# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user_gpg_key run in-process (main()) against the simulator. The keys are real certificates made in
the tests (helpers/key_material.openpgp_certificate, signed with the key; GnuPG imports them); the expected
fingerprints are computed by key_material from RFC 4880, independently of the module's reader."""

from __future__ import annotations

import datetime
import time

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa, x25519

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user_gpg_key
from ansible_collections.gitlab_ops.users.tests.unit.helpers.key_material import (
    armor,
    gpg_show_keys,
    have,
    new_packet,
    openpgp_certificate,
    v4_fingerprint,
    v4_key_body,
    x25519_subkey_body,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear,
    cycle,
    log,
    refused_before_any_request,
    warnings,
    writes,
)

MODULE = gitlab_user_gpg_key  # what the `run` fixture (conftest.py) runs

PAGE = {"per_page": "100"}


class Cert:
    """A fresh certificate: its packets, its LF armor and its fingerprint (GitLab keeps keys unique)."""

    def __init__(self, kind="ed25519", email="someone@example.com"):
        private = rsa.generate_private_key(65537, 2048) if kind == "rsa" else ed25519.Ed25519PrivateKey.generate()
        self.packets = openpgp_certificate(private, "Someone <%s>" % email)
        self.text = armor(self.packets)
        self.fingerprint = v4_fingerprint(v4_key_body(private))
        self.email = email
        self.bare = armor(new_packet(6, v4_key_body(private)))  # no user ID: GnuPG imports nothing


def server_keys(gitlab, user_id):
    response = gitlab.api("GET", "/users/%d/gpg_keys" % user_id)
    assert response.status_code == 200, response.text
    return response.json()


def add_on_server(gitlab, user_id, text):
    response = gitlab.api("POST", "/users/%d/gpg_keys" % user_id, json=dict(key=text))
    assert response.status_code == 201, response.text
    return response.json()


def listing(path):
    return [("GET", path, PAGE)]


def by_id(user):
    return listing("/users/%d/gpg_keys" % user["id"])


# -- adding keys, and the runs that change nothing -------------------------------------------------------

@pytest.mark.skipif(not have("gpg"), reason="gpg (Debian package gnupg) is not installed")
def test_the_test_certificates_are_ones_gnupg_imports():
    cert = Cert()
    records = gpg_show_keys(cert.text)
    assert [r[9] for r in records if r[0] == "fpr"] == [cert.fingerprint]
    assert [r[9] for r in records if r[0] == "uid"] == ["Someone <%s>" % cert.email]


def test_add_keys_by_username_then_nothing_changes(run, gitlab, user):
    certs = [Cert("ed25519", "a@example.com"), Cert("rsa", "b@example.com")]
    noop = [("GET", "/users", {"username": user["username"]})] + by_id(user)
    check, applied, apply_log = cycle(run, gitlab, noop_requests=noop, user=user["username"],
                                      keys=[dict(key=cert.text) for cert in certs])
    assert applied["actions"] == ["POST /users/%d/gpg_keys" % user["id"]] * 2
    if gitlab.is_sim:
        assert apply_log == noop + [("POST", "/users/%d/gpg_keys" % user["id"], {})] * 2
    assert [k["key"] for k in server_keys(gitlab, user["id"])] == [cert.text.strip() for cert in certs]
    assert [(k["fingerprint"], k["key_id"], k["emails"]) for k in applied["user_keys"]] == [
        (cert.fingerprint, cert.fingerprint[-16:], [cert.email]) for cert in certs]
    assert [k["id"] for k in check["user_keys"]] == [None, None]
    assert [k["id"] for k in applied["user_keys"]] == [k["id"] for k in server_keys(gitlab, user["id"])]
    for returned in applied["user_keys"]:
        assert "key" not in returned
    assert applied["diff"]["before"] == dict(keys=[])
    assert sorted(k["fingerprint"] for k in applied["diff"]["after"]["keys"]) == sorted(c.fingerprint for c in certs)


def test_a_user_given_by_id_costs_one_request(run, gitlab, user):
    cycle(run, gitlab, noop_requests=by_id(user), user=user["id"], key=Cert().text)


def test_own_keys_without_user(run, sim, user):
    check, applied, apply_log = cycle(run, sim, noop_requests=listing("/user/gpg_keys"),
                                      api_token=sim.token_for(user["id"]), key=Cert().text)
    assert applied["actions"] == ["POST /user/gpg_keys"]
    assert len(server_keys(sim, user["id"])) == 1


# -- identity: the fingerprint, whatever the armor -------------------------------------------------------

def test_the_same_key_armored_differently_is_the_same_key(run, gitlab, user):
    cert = Cert()
    assert run(user=user["id"], key=cert.text)["changed"]
    variants = [
        armor(cert.packets, eol="\r\n"),
        armor(cert.packets, headers=("Version: GnuPG v2", "Comment: exported again"), width=76),
        armor(cert.packets, checksum=False, blank_after_headers=False),
        "\n\n  " + armor(cert.packets, width=40) + "\n\n",
    ]
    for variant in variants:
        clear(gitlab)
        for check_mode in (True, False):
            result = run(check=check_mode, user=user["id"], key=variant)
            assert result["changed"] is False and result["actions"] == []
        if gitlab.is_sim:
            assert log(gitlab) == by_id(user) * 2


def test_gitlab_answering_crlf_for_lf_is_the_same_key(run, gitlab, user):
    cert = Cert()
    add_on_server(gitlab, user["id"], armor(cert.packets, eol="\r\n"))
    assert "\r\n" in server_keys(gitlab, user["id"])[0]["key"]
    clear(gitlab)
    result = run(user=user["id"], key=cert.text)
    assert result["changed"] is False and result["user_keys"][0]["fingerprint"] == cert.fingerprint


# -- an updated key: the same primary key, other material -------------------------------------------------

DAY = 86400


def utc(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class KeyVersions:
    """One primary key exported as its owner updates it: `text(...)` is the certificate with the given expiry
    (seconds after creation) and subkeys, signed now (a later self-signature than the previous export's)."""

    def __init__(self):
        self.private = ed25519.Ed25519PrivateKey.generate()
        self.created = int(time.time()) - 30 * DAY
        self.fingerprint = v4_fingerprint(v4_key_body(self.private, self.created))
        self.subkey = x25519.X25519PrivateKey.generate()
        self.subkey_created = self.created + DAY
        self.subkey_fingerprint = v4_fingerprint(x25519_subkey_body(self.subkey, self.subkey_created))
        self.signed = self.created

    def text(self, expires_after=None, with_subkey=False):
        self.signed += 60
        subkeys = [(self.subkey, self.subkey_created, None)] if with_subkey else []
        return armor(openpgp_certificate(self.private, "Owner <owner@example.com>", self.created,
                                         expires_after=expires_after, subkeys=subkeys, signed_at=self.signed))


@pytest.mark.parametrize("change", ["new subkey", "new expiry", "expiry removed"])
def test_an_updated_key_replaces_the_stored_one(run, gitlab, user, change):
    """Issue 20, item 8: GitLab keeps one key per fingerprint (app/models/gpg_key.rb: fingerprint and
    primary_keyid are unique) and has no update (lib/api/users.rb), while it verifies signatures with the stored
    text and its subkeys (gpg_key_subkeys, made on create). An export with a new subkey or another expiry is
    therefore deleted and added again, and the diff shows what changed."""
    key = KeyVersions()
    old_text, new_text = dict(
        [("new subkey", (key.text(), key.text(with_subkey=True))),
         ("new expiry", (key.text(expires_after=365 * DAY), key.text(expires_after=730 * DAY))),
         ("expiry removed", (key.text(expires_after=365 * DAY), key.text()))])[change]
    stored = add_on_server(gitlab, user["id"], old_text)
    check, applied, _log = cycle(run, gitlab, noop_requests=by_id(user), new_id=lambda result: None, user=user["id"],
                                 key=new_text)
    base = "/users/%d/gpg_keys" % user["id"]
    assert applied["actions"] == ["DELETE %s/%d" % (base, stored["id"]), "POST %s" % base]
    assert [k["key"] for k in server_keys(gitlab, user["id"])] == [new_text.strip()]
    (before,), (after,) = applied["diff"]["before"]["keys"], applied["diff"]["after"]["keys"]
    assert before["fingerprint"] == after["fingerprint"] == key.fingerprint
    expected = dict(
        [("new subkey", ((None, []), (None, [key.subkey_fingerprint]))),
         ("new expiry", ((utc(key.created + 365 * DAY), []), (utc(key.created + 730 * DAY), []))),
         ("expiry removed", ((utc(key.created + 365 * DAY), []), (None, [])))])[change]
    assert ((before["expires_at"], before["subkey_fingerprints"]), (after["expires_at"], after["subkey_fingerprints"])) \
        == expected


def test_replacing_an_updated_key_deletes_it_even_with_revoke(run, gitlab, user):
    """Revoking would unverify every commit the key signed; an updated key is no compromised key."""
    key = KeyVersions()
    stored = add_on_server(gitlab, user["id"], key.text())
    result = run(user=user["id"], key=key.text(with_subkey=True), revoke=True, exclusive=True)
    assert result["actions"] == ["DELETE /users/%d/gpg_keys/%d" % (user["id"], stored["id"]),
                                 "POST /users/%d/gpg_keys" % user["id"]]


def test_an_updated_key_gitlab_refuses_leaves_the_stored_one(run, sim, user):
    """GitLab allows one key per fingerprint, so the old key goes first; when GitLab then refuses the new text,
    the old text is added back and the task fails with GitLab's reason."""
    key = KeyVersions()
    old_text = key.text()
    stored = add_on_server(sim, user["id"], old_text)
    sim.add_faults(dict(action="status", status=400, method="POST", path="/users/%d/gpg_keys$" % user["id"],
                        body={"message": {"key": ["is refused by this test"]}}))
    clear(sim)
    result = run(user=user["id"], key=key.text(with_subkey=True))
    assert result["failed"] is True and (result["method"], result["status"]) == ("POST", 400)
    assert "is refused by this test" in result["msg"] and "the previous key was added back" in result["msg"]
    base = "/users/%d/gpg_keys" % user["id"]
    assert [(m, p) for m, p, _q in log(sim)] == [("GET", base), ("DELETE", "%s/%d" % (base, stored["id"])),
                                                 ("POST", base), ("POST", base)]
    assert [k["key"] for k in server_keys(sim, user["id"])] == [old_text.strip()]


# -- removal: delete or revoke ---------------------------------------------------------------------------

def test_state_absent_deletes_by_default(run, gitlab, user):
    cert, other = Cert(), Cert()
    added = add_on_server(gitlab, user["id"], cert.text)
    kept = add_on_server(gitlab, user["id"], other.text)
    check, applied, _log = cycle(run, gitlab, noop_requests=by_id(user), user=user["id"],
                                 key=armor(cert.packets, eol="\r\n"), state="absent")
    assert applied["actions"] == ["DELETE /users/%d/gpg_keys/%d" % (user["id"], added["id"])]
    assert [k["fingerprint"] for k in check["removed_keys"]] == [cert.fingerprint]
    assert [k["id"] for k in server_keys(gitlab, user["id"])] == [kept["id"]]


def test_revoke_uses_the_revoke_endpoint(run, gitlab, user):
    cert = Cert()
    added = add_on_server(gitlab, user["id"], cert.text)
    check, applied, _log = cycle(run, gitlab, noop_requests=by_id(user), user=user["id"], key=cert.text,
                                 state="absent", revoke=True)
    assert applied["actions"] == ["POST /users/%d/gpg_keys/%d/revoke" % (user["id"], added["id"])]
    assert server_keys(gitlab, user["id"]) == []


def test_revoke_per_entry_and_for_exclusive_removals(run, gitlab, user):
    wanted, compromised, retired, stray = Cert(), Cert(), Cert(), Cert()
    ids = dict((name, add_on_server(gitlab, user["id"], cert.text)["id"])
               for name, cert in (("compromised", compromised), ("retired", retired), ("stray", stray)))
    keys = [dict(key=wanted.text), dict(key=compromised.text, state="absent", revoke=True),
            dict(key=retired.text, state="absent")]
    check, applied, _log = cycle(run, gitlab, noop_requests=by_id(user), user=user["id"], keys=keys,
                                 exclusive=True, revoke=False)
    base = "/users/%d/gpg_keys/" % user["id"]
    assert applied["actions"] == ["POST /users/%d/gpg_keys" % user["id"], "POST %s%d/revoke" % (base, ids["compromised"]),
                                  "DELETE %s%d" % (base, ids["retired"]), "DELETE %s%d" % (base, ids["stray"])]
    assert [k["key"] for k in server_keys(gitlab, user["id"])] == [wanted.text.strip()]


def test_exclusive_with_revoke_revokes_unlisted_keys(run, gitlab, user):
    added = add_on_server(gitlab, user["id"], Cert().text)
    check, applied, _log = cycle(run, gitlab, noop_requests=by_id(user), user=user["id"], keys=[], exclusive=True,
                                 revoke=True)
    assert applied["actions"] == ["POST /users/%d/gpg_keys/%d/revoke" % (user["id"], added["id"])]


# -- a key in use elsewhere, a key GitLab cannot import ----------------------------------------------------

def test_a_key_of_another_account_fails_clearly(run, sim, unique, user):
    owner = sim.create_user(unique("owner"))
    cert = Cert()
    add_on_server(sim, owner["id"], armor(cert.packets, eol="\r\n"))
    clear(sim)
    result = run(user=user["id"], key=cert.text)
    assert result["failed"] and result["msg"].startswith("key (%s) is already in use by another GitLab account" %
                                                         cert.fingerprint)
    assert "{" not in result["msg"] and result["actions"] == []
    assert [m for m, _p, _q in log(sim)] == ["GET", "POST", "GET"]
    assert server_keys(sim, user["id"]) == []


def test_a_key_gitlab_cannot_import_is_refused_with_a_reason(run, sim, user):
    cert = Cert()
    result = run(user=user["id"], key=cert.bare)
    assert result["failed"] and result["msg"].startswith("key (%s) was refused by GitLab: fingerprint can't be blank"
                                                         % cert.fingerprint)
    assert "user ID" in result["msg"] and (result["method"], result["status"]) == ("POST", 400)


# -- lost answers -----------------------------------------------------------------------------------------

def test_a_lost_answer_to_an_add_is_found_and_not_added_twice(run, sim, user):
    sim.add_faults(dict(action="drop_after_commit", method="POST", path="/gpg_keys$"))
    cert = Cert()
    result = run(user=user["id"], key=cert.text)
    assert result["_rc"] == 0 and result["actions"] == ["POST /users/%d/gpg_keys" % user["id"]]
    assert [m for m, _p, _q in log(sim)] == ["GET", "POST", "GET"]
    assert len(server_keys(sim, user["id"])) == 1 and result["user_keys"][0]["fingerprint"] == cert.fingerprint


def test_a_lost_answer_to_a_revoke_is_settled_by_reading_again(run, sim, user):
    added = add_on_server(sim, user["id"], Cert().text)
    sim.add_faults(dict(action="drop_after_commit", method="POST", path="/revoke$"))
    clear(sim)
    result = run(user=user["id"], keys=[], exclusive=True, revoke=True)
    assert result["_rc"] == 0 and result["actions"] == ["POST /users/%d/gpg_keys/%d/revoke" % (user["id"], added["id"])]
    assert [m for m, _p, _q in log(sim)] == ["GET", "POST", "GET"]
    assert server_keys(sim, user["id"]) == []


def test_a_revoke_that_never_arrived_is_sent_again(run, sim, user):
    add_on_server(sim, user["id"], Cert().text)
    sim.add_faults(dict(action="drop", method="POST", path="/revoke$"))
    clear(sim)
    result = run(user=user["id"], keys=[], exclusive=True, revoke=True)
    assert result["_rc"] == 0 and len(result["actions"]) == 1
    assert [m for m, _p, _q in log(sim)] == ["GET", "POST", "GET", "POST"]
    assert any("sending it again" in w for w in warnings(result))
    assert server_keys(sim, user["id"]) == []


def test_a_lost_answer_to_a_delete_counts_as_done(run, sim, user):
    added = add_on_server(sim, user["id"], Cert().text)
    sim.add_faults(dict(action="drop_after_commit", method="DELETE", path="/gpg_keys/%d$" % added["id"]))
    clear(sim)
    result = run(user=user["id"], keys=[], exclusive=True)
    assert result["_rc"] == 0 and result["actions"] == ["DELETE /users/%d/gpg_keys/%d" % (user["id"], added["id"])]
    assert writes(sim) == ["DELETE /users/%d/gpg_keys/%d" % (user["id"], added["id"])] * 2
    assert server_keys(sim, user["id"]) == []


# -- bad input: refused before any request, naming the option and the key, never echoing a private key --

GOOD = Cert()
OTHER = Cert()
PRIVATE_BODY = GOOD.text.split("\n")[2]  # a line of key material that must never be echoed
PRIVATE = GOOD.text.replace("PUBLIC KEY BLOCK", "PRIVATE KEY BLOCK")
SECRET_PACKET = armor(new_packet(5, GOOD.packets[2:40]) + GOOD.packets)
V3_KEY = armor(new_packet(6, b"\x03" + b"\x00" * 12))

# (options, words that must all be in the message)
BAD_INPUT = [
    (dict(key=PRIVATE), ["key ", "private key", "not shown"]),
    (dict(keys=[dict(key=OTHER.text), dict(key=PRIVATE)]), ["keys[1] ", "private key"]),
    (dict(key=SECRET_PACKET), ["key ", "private key material"]),
    (dict(key=GOOD.text + OTHER.text), ["key ", "2 armored blocks"]),
    (dict(key=armor(GOOD.packets + OTHER.packets)), ["key ", "more than one public key"]),
    (dict(key=GOOD.fingerprint), ["key ", "key ID or fingerprint"]),
    (dict(key="hello"), ["key ", "not an ASCII-armored OpenPGP key"]),
    (dict(key="Here is my key:\n" + GOOD.text), ["text before"]),
    (dict(key=GOOD.text + "thanks!\n"), ["text after"]),
    (dict(key=GOOD.text.replace("\n=", "\n=AAAA", 1)), ["armor checksum"]),
    (dict(key=GOOD.text.replace(PRIVATE_BODY, PRIVATE_BODY[:-4] + "!!!!")), ["not valid base64"]),
    (dict(key=V3_KEY), ["version 3"]),
    (dict(key=armor(new_packet(2, b"\x04\x20" + b"\x00" * 10))), ["only a signature"]),
    (dict(key=""), ["key ", "empty"]),
    (dict(keys=[dict(key="  \n")]), ["keys[0] ", "empty"]),
    (dict(keys=[dict(key=GOOD.text), dict(key=armor(GOOD.packets, eol="\r\n"))]),
     ["keys[0] (%s)" % GOOD.fingerprint, "keys[1] (%s)" % GOOD.fingerprint, "same GPG key"]),
    (dict(keys=[dict(key=GOOD.text), dict(key=GOOD.text, state="absent")]), ["once present and once absent"]),
    (dict(keys=[dict(key="nope"), dict(key=PRIVATE)]), ["keys[0] ", "keys[1] "]),
    (dict(key=GOOD.text, keys=[dict(key=OTHER.text)]), ["key", "keys", "mutually exclusive"]),
    (dict(), ["key", "keys"]),
    (dict(key=GOOD.text, revoke="maybe"), ["revoke"]),
    (dict(keys=[dict(key=GOOD.text, revoke="maybe")]), ["revoke"]),
    (dict(key=GOOD.text, state="revoked"), ["state"]),
    (dict(keys=[dict(state="absent")]), ["key"]),
    (dict(key=GOOD.text, user=""), ["user"]),
    (dict(key=GOOD.text, user=0), ["user"]),
    (dict(key=GOOD.text, user=dict(id=3)), ["user"]),
    (dict(key=GOOD.text, user="../admin"), ["user"]),
]


@pytest.mark.parametrize("options, words", BAD_INPUT, ids=["bad%d" % n for n in range(len(BAD_INPUT))])
def test_bad_input_fails_before_any_request(run, sim, options, words):
    refused_before_any_request(run, sim, words, secrets=(PRIVATE_BODY,), **options)
