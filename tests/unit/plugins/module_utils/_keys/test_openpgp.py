# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""OpenPGP public keys: fingerprints of real keys, one identity across armorings, and every refusal."""

from __future__ import annotations

import base64
import datetime
import struct
import subprocess
import tempfile

import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa, x25519

from ansible_collections.gitlab_ops.users.plugins.module_utils._keys.openpgp import (
    KeyProblem,
    dearmor,
    parse_openpgp_public_key,
    same_key,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.key_material import (
    armor,
    gpg_show_keys,
    have,
    mpi,
    new_packet,
    old_packet,
    expiry_subpacket,
    key_prefix,
    openpgp_certificate,
    refusal,
    signature_packet,
    subpacket,
    v4_fingerprint,
    v4_key_body,
    x25519_subkey_body,
)

TAG_SIGNATURE, TAG_SECRET_KEY, TAG_PUBLIC_KEY, TAG_SECRET_SUBKEY, TAG_USER_ID, TAG_PUBLIC_SUBKEY = 2, 5, 6, 7, 13, 14
CREATED = 1700000000
# Not a real signature: this reader does not verify signatures, it only walks past them.
FAKE_SIGNATURE = b"\x04\x13\x01\x08\x00\x00\x00\x00\x12\x34" + mpi(2 ** 2047 + 12345)
NEEDS_GPG = pytest.mark.skipif(
    not have("gpg"), reason="gpg (Debian package gnupg) is not installed: the external fingerprint oracle cannot run")

# RFC 9580 Appendix A.3, "Sample Version 6 Certificate", and the fingerprints the RFC states for it.
RFC9580_V6_CERT = """-----BEGIN PGP PUBLIC KEY BLOCK-----

xioGY4d/4xsAAAAg+U2nu0jWCmHlZ3BqZYfQMxmZu52JGggkLq2EVD34laPCsQYf
GwoAAABCBYJjh3/jAwsJBwUVCg4IDAIWAAKbAwIeCSIhBssYbE8GCaaX5NUt+mxy
KwwfHifBilZwj2Ul7Ce62azJBScJAgcCAAAAAK0oIBA+LX0ifsDm185Ecds2v8lw
gyU2kCcUmKfvBXbAf6rhRYWzuQOwEn7E/aLwIwRaLsdry0+VcallHhSu4RN6HWaE
QsiPlR4zxP/TP7mhfVEe7XWPxtnMUMtf15OyA51YBM4qBmOHf+MZAAAAIIaTJINn
+eUBXbki+PSAld2nhJh/LVmFsS+60WyvXkQ1wpsGGBsKAAAALAWCY4d/4wKbDCIh
BssYbE8GCaaX5NUt+mxyKwwfHifBilZwj2Ul7Ce62azJAAAAAAQBIKbpGG2dWTX8
j+VjFM21J0hqWlEg+bdiojWnKfA5AQpWUWtnNwDEM0g12vYxoWM8Y81W+bHBw805
I8kWVkXU6vFOi+HWvv/ira7ofJu16NnoUkhclkUrk0mXubZvyl4GBg==
-----END PGP PUBLIC KEY BLOCK-----
"""
RFC9580_V6_FINGERPRINT = "CB186C4F0609A697E4D52DFA6C722B0C1F1E27C18A56708F6525EC27BAD9ACC9"
RFC9580_V6_SUBKEY_FINGERPRINT = "12C83F1E706F6308FE151A417743A1F033790E93E9978488D1DB378DA9930885"
# RFC 9580 Appendix A.1, "Sample Version 4 Ed25519Legacy Key" (a bare public key packet); its fingerprint
# as the RFC gives it, which `gpg --show-keys` (GnuPG 2.2.40) also prints.
RFC9580_V4_ED25519_PACKET = "xjMEU/NfCxYJKwYBBAHaRw8BAQdAPwmJlL3ZFu1AUxl5NOSofIBzOhKA1i+AEJkuQ+47JAY="
RFC9580_V4_ED25519_FINGERPRINT = "C959BDBAFA32A2F89A153B678CFDE12197965A9A"
# Made with GnuPG 2.2.40 (--quick-gen-key ed25519, --quick-add-key cv25519, --armor --emit-version --comment);
# the fingerprints are the ones gpg listed for it. It carries gpg's own armor headers and CRC-24.
GPG_ARMORED = """-----BEGIN PGP PUBLIC KEY BLOCK-----
Version: GnuPG v2
Comment: made by gpg 2.2.40 for the unit tests

mDMEaw8+ARYJKwYBBAHaRw8BAQdAr+7azDN0GthsCUXkcCMMbItcs6pzb7JWfajK
jxNWLfG0IUZpeHR1cmUgS2V5IDxmaXh0dXJlQGV4YW1wbGUuY29tPoiQBBMWCAA4
FiEEpUZZHr8fMblYykJqdp/wjgxDq7AFAmsPPgECGwMFCwkIBwIGFQoJCAsCBBYC
AwECHgECF4AACgkQdp/wjgxDq7B4XQD/XyN2BVMlLnSQLbfqWxJ9c03tJxTMh6Gl
pAaETUtFENQA/38iS0jawuGzkBx+gzPlhM/DMnhxi4GEgiaJzgfhnkIFuDgEaw8+
ARIKKwYBBAGXVQEFAQEHQOwOlmujeUkWkujCaLxv+OcaU/7jCsojSG2sA77knnVF
AwEIB4h4BBgWCAAgFiEEpUZZHr8fMblYykJqdp/wjgxDq7AFAmsPPgECGwwACgkQ
dp/wjgxDq7B2/AD/W/KbLA38sLvNvrFP9ELzRKk6N9Qy6j5jIxy9LSF2lm4A/Ao7
cgTV3cf+5opN9VsQCGU7YiEE7IbWW0Wr9R7TBXcB
=50vj
-----END PGP PUBLIC KEY BLOCK-----
"""
GPG_FINGERPRINT = "A546591EBF1F31B958CA426A769FF08E0C43ABB0"
GPG_SUBKEY_FINGERPRINT = "638442C5FB36677A020D20AA58EA51397B397CE4"


def make_private_keys():
    return {
        "rsa2048": rsa.generate_private_key(65537, 2048),
        "rsa3072": rsa.generate_private_key(65537, 3072),
        "ed25519": ed25519.Ed25519PrivateKey.generate(),
        "nistp256": ec.generate_private_key(ec.SECP256R1()),
        "nistp384": ec.generate_private_key(ec.SECP384R1()),
        "dsa2048": dsa.generate_private_key(2048),
    }


# (algorithm name as the parser reports it, size as gpg reports it in field 3 of its colon listing)
EXPECTED = {"rsa2048": ("RSA", 2048), "rsa3072": ("RSA", 3072), "ed25519": ("EdDSA", 255),
            "nistp256": ("ECDSA", 256), "nistp384": ("ECDSA", 384), "dsa2048": ("DSA", 2048)}


@pytest.fixture(scope="module")
def private_keys():
    return make_private_keys()


def certificate(primary_body, user_ids=("Alice <alice@example.com>",), subkey_bodies=(), packet=new_packet):
    """A transferable public key: primary key, user IDs with a (fake) signature each, subkeys with theirs."""
    data = packet(TAG_PUBLIC_KEY, primary_body)
    for user_id in user_ids:
        data += packet(TAG_USER_ID, user_id.encode("utf-8")) + packet(TAG_SIGNATURE, FAKE_SIGNATURE)
    for body in subkey_bodies:
        data += packet(TAG_PUBLIC_SUBKEY, body) + packet(TAG_SIGNATURE, FAKE_SIGNATURE)
    return data


def rewrap(text, widths):
    """Re-cut the single base64 line of `armor(..., width=100000)` into lines of the given widths, then 64."""
    lines = text.split("\n")
    encoded, pieces = lines[2], []
    for width in widths:
        pieces.append(encoded[:width])
        encoded = encoded[width:]
    pieces += [encoded[i:i + 64] for i in range(0, len(encoded), 64)]
    return "\n".join(lines[:2] + pieces + lines[3:])


def problem(text, *expected):
    """Parse, expect a KeyProblem saying each expected part, and return its message."""
    return refusal(parse_openpgp_public_key, KeyProblem, text, *expected)


# ------------------------------------------------------------------------------------------ fingerprints

@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_v4_fingerprint_of_every_algorithm(private_keys, name):
    body = v4_key_body(private_keys[name], CREATED)
    key = parse_openpgp_public_key(armor(certificate(body)))
    assert key.fingerprint == v4_fingerprint(body)
    assert key.key_id == v4_fingerprint(body)[-16:]
    assert key.identity == key.fingerprint
    assert key.version == 4
    assert (key.algorithm, key.bits) == EXPECTED[name]
    assert key.created == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.timezone.utc)
    assert key.user_ids == ("Alice <alice@example.com>",)
    assert key.emails == ("alice@example.com",)
    assert key.subkey_fingerprints == ()


def test_user_ids_emails_and_subkeys(private_keys):
    primary = v4_key_body(private_keys["ed25519"], CREATED)
    subkeys = [v4_key_body(private_keys["nistp256"], CREATED + 1), v4_key_body(private_keys["rsa2048"], CREATED + 2)]
    user_ids = ("Alice <alice@example.com>", "Alice Work <Alice.W@corp.example.org>", "no email here",
                "J\u00fcrgen <juergen@example.de>")
    key = parse_openpgp_public_key(armor(certificate(primary, user_ids, subkeys)))
    assert key.fingerprint == v4_fingerprint(primary)
    assert key.user_ids == user_ids
    assert key.emails == ("alice@example.com", "Alice.W@corp.example.org", "juergen@example.de")
    assert key.subkey_fingerprints == tuple(v4_fingerprint(body) for body in subkeys)


def test_rfc9580_v4_sample_key():
    key = parse_openpgp_public_key(armor(base64.b64decode(RFC9580_V4_ED25519_PACKET)))
    assert key.fingerprint == RFC9580_V4_ED25519_FINGERPRINT
    assert key.key_id == "8CFDE12197965A9A"
    assert (key.version, key.algorithm, key.bits, key.user_ids) == (4, "EdDSA", 255, ())


def test_rfc9580_v6_sample_certificate():
    key = parse_openpgp_public_key(RFC9580_V6_CERT)
    assert key.fingerprint == RFC9580_V6_FINGERPRINT
    assert key.key_id == RFC9580_V6_FINGERPRINT[:16]  # v6 key IDs are the leading octets (RFC 9580 5.5.4.3)
    assert (key.version, key.algorithm, key.bits) == (6, "Ed25519", 255)
    assert key.subkey_fingerprints == (RFC9580_V6_SUBKEY_FINGERPRINT,)
    assert key.created == datetime.datetime(2022, 11, 30, 16, 8, 3, tzinfo=datetime.timezone.utc)


def test_a_key_armored_by_gpg_with_headers_and_checksum():
    key = parse_openpgp_public_key(GPG_ARMORED)
    assert key.fingerprint == GPG_FINGERPRINT
    assert key.key_id == GPG_FINGERPRINT[-16:]
    assert key.user_ids == ("Fixture Key <fixture@example.com>",)
    assert key.emails == ("fixture@example.com",)
    assert key.subkey_fingerprints == (GPG_SUBKEY_FINGERPRINT,)


@NEEDS_GPG
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hand_built_keys_agree_with_gpg(private_keys, name):
    primary = v4_key_body(private_keys[name], CREATED)
    sub = v4_key_body(private_keys["nistp384" if name != "nistp384" else "rsa2048"], CREATED + 5)
    key = parse_openpgp_public_key(armor(certificate(primary, subkey_bodies=[sub])))
    # gpg drops user IDs and subkeys whose (here fake) signatures do not verify, so each key packet goes to
    # gpg on its own: a subkey's fingerprint is computed exactly like a primary key's (RFC 4880 12.2).
    shown = gpg_show_keys(armor(new_packet(TAG_PUBLIC_KEY, primary)))
    pub = [record for record in shown if record[0] == "pub"][0]
    assert [record[9] for record in shown if record[0] == "fpr"] == [key.fingerprint]
    assert (pub[4], int(pub[2])) == (key.key_id, key.bits)
    shown = gpg_show_keys(armor(new_packet(TAG_PUBLIC_KEY, sub)))
    assert tuple(record[9] for record in shown if record[0] == "fpr") == key.subkey_fingerprints


@NEEDS_GPG
def test_keys_generated_and_armored_by_gpg():
    with tempfile.TemporaryDirectory() as home:
        def gpg(*args):
            return subprocess.run(["gpg", "--homedir", home, "--batch", "--passphrase", ""] + list(args), check=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, universal_newlines=True).stdout
        for algorithm in ("rsa2048", "nistp384", "dsa2048"):
            gpg("--quick-gen-key", "Gen %s <%s@example.com>" % (algorithm, algorithm), algorithm, "default", "never")
        listing = [line.split(":") for line in gpg("--with-colons", "--list-keys").splitlines()]
        primaries = [record[9] for index, record in enumerate(listing)
                     if record[0] == "fpr" and listing[index - 1][0] == "pub"]
        assert len(primaries) == 3
        fingerprint = primaries[0]
        gpg("--quick-add-key", fingerprint, "cv25519", "encr", "never")
        gpg("--quick-add-uid", fingerprint, "Second <second@example.org>")
        for fingerprint in primaries:
            armored = gpg("--armor", "--export", fingerprint)
            key = parse_openpgp_public_key(armored)
            shown = gpg_show_keys(armored)
            assert key.fingerprint == fingerprint
            assert [r[9] for r in shown if r[0] == "fpr"] == [key.fingerprint] + list(key.subkey_fingerprints)
            assert sorted(r[9] for r in shown if r[0] == "uid") == sorted(key.user_ids)
        assert len(parse_openpgp_public_key(gpg("--armor", "--export", primaries[0])).subkey_fingerprints) == 1


# ------------------------------------------------------------------------------------------ expiry, subkeys, revocation

DAY = 86400


def at(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)


def test_the_expiry_comes_from_the_latest_self_signature():
    """RFC 4880 section 5.2.3.6: Key Expiration Time counts from the key's creation; the newest self-signature
    wins (section 11.1), wherever it stands in the certificate."""
    private = ed25519.Ed25519PrivateKey.generate()
    older = openpgp_certificate(private, created=CREATED, expires_after=100 * DAY, signed_at=CREATED + 10)
    newer = openpgp_certificate(private, created=CREATED, expires_after=300 * DAY, signed_at=CREATED + 20)
    head = len(new_packet(TAG_PUBLIC_KEY, v4_key_body(private, CREATED))) + len(new_packet(TAG_USER_ID, b"Test User <test@example.com>"))
    assert parse_openpgp_public_key(armor(older)).expires == at(CREATED + 100 * DAY)
    assert parse_openpgp_public_key(armor(newer + older[head:])).expires == at(CREATED + 300 * DAY)
    assert parse_openpgp_public_key(armor(older + newer[head:])).expires == at(CREATED + 300 * DAY)
    never = openpgp_certificate(private, created=CREATED, signed_at=CREATED + 30)
    assert parse_openpgp_public_key(armor(older + never[head:])).expires is None


def test_subkeys_with_their_own_expiry():
    private, subkey = ed25519.Ed25519PrivateKey.generate(), x25519.X25519PrivateKey.generate()
    data = openpgp_certificate(private, created=CREATED, subkeys=[(subkey, CREATED + DAY, 30 * DAY)])
    key = parse_openpgp_public_key(armor(data))
    fingerprint = v4_fingerprint(x25519_subkey_body(subkey, CREATED + DAY))
    assert key.subkey_fingerprints == (fingerprint,)
    assert (key.expires, key.revoked) == (None, False)
    assert [(sub.fingerprint, sub.expires, sub.revoked) for sub in key.subkeys] == [
        (fingerprint, at(CREATED + DAY + 30 * DAY), False)]


def test_a_revocation_and_third_party_signatures():
    """A key revocation signature (type 0x20) by the key marks it revoked; another key's certification of the
    user ID (type 0x10), even one carrying a Key Expiration Time, does not set the key's expiry."""
    private, other = ed25519.Ed25519PrivateKey.generate(), ed25519.Ed25519PrivateKey.generate()
    body, uid = v4_key_body(private, CREATED), b"Test User <test@example.com>"
    fingerprint = bytes.fromhex(v4_fingerprint(body))
    other_fingerprint = bytes.fromhex(v4_fingerprint(v4_key_body(other, CREATED)))
    data = openpgp_certificate(private, created=CREATED)
    uid_prefix = key_prefix(body) + b"\xb4" + struct.pack(">I", len(uid)) + uid
    foreign = signature_packet(other, 0x10, subpacket(2, struct.pack(">I", CREATED + 99)) + expiry_subpacket(DAY)
                               + subpacket(33, b"\x04" + other_fingerprint), uid_prefix, other_fingerprint)
    assert parse_openpgp_public_key(armor(data + foreign)).expires is None
    revocation = signature_packet(private, 0x20, subpacket(2, struct.pack(">I", CREATED + 50))
                                  + subpacket(33, b"\x04" + fingerprint), key_prefix(body), fingerprint)
    key_end = len(new_packet(TAG_PUBLIC_KEY, body))
    revoked = parse_openpgp_public_key(armor(data[:key_end] + revocation + data[key_end:]))
    assert (revoked.revoked, revoked.fingerprint) == (True, fingerprint.hex().upper())
    assert parse_openpgp_public_key(armor(data)).revoked is False


def test_the_material_of_one_key_differs_only_when_gitlab_would_see_it():
    """Issue 20, item 8: re-armoring keeps the material; a new subkey, another expiry of the key or of a subkey,
    or another user ID is new material of the same key (same identity)."""
    private, subkey = ed25519.Ed25519PrivateKey.generate(), x25519.X25519PrivateKey.generate()

    def key(eol="\n", **options):
        return parse_openpgp_public_key(armor(openpgp_certificate(private, created=CREATED, **options), eol=eol))

    plain = key()
    assert key(eol="\r\n").material == plain.material
    changed = [key(subkeys=[(subkey, CREATED, None)]), key(expires_after=DAY), key(user_id="Test User <o@example.com>"),
               key(subkeys=[(subkey, CREATED, DAY)])]
    for other in changed:
        assert other.identity == plain.identity and other.material != plain.material
    assert changed[0].material != changed[3].material


def test_rfc9580_v6_sample_subkey_and_expiry():
    key = parse_openpgp_public_key(RFC9580_V6_CERT)
    assert [(sub.fingerprint, sub.expires, sub.revoked) for sub in key.subkeys] == [
        (RFC9580_V6_SUBKEY_FINGERPRINT, None, False)]
    assert (key.expires, key.revoked) == (None, False)


def test_a_gpg_export_without_expiry():
    """GPG_ARMORED was made with no expiry: `gpg --show-keys --with-colons` leaves field 7 empty for both keys."""
    key = parse_openpgp_public_key(GPG_ARMORED)
    assert (key.expires, [sub.expires for sub in key.subkeys]) == (None, [None])


@NEEDS_GPG
def test_subkeys_and_expiry_set_by_gpg():
    """gpg itself adds a subkey and changes the expiry; its colon listing (fields 6 and 7: creation and expiry
    in seconds) is the oracle."""
    with tempfile.TemporaryDirectory() as home:
        def gpg(*args):
            return subprocess.run(["gpg", "--homedir", home, "--batch", "--passphrase", "", "--pinentry-mode", "loopback"]
                                  + list(args), check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  universal_newlines=True).stdout
        gpg("--quick-gen-key", "Expiring <expiring@example.com>", "ed25519", "cert,sign", "1y")
        fingerprint = [line.split(":")[9] for line in gpg("--with-colons", "--list-keys").splitlines()
                       if line.startswith("fpr:")][0]
        first = parse_openpgp_public_key(gpg("--armor", "--export", fingerprint))
        gpg("--quick-add-key", fingerprint, "cv25519", "encr", "2y")
        gpg("--quick-set-expire", fingerprint, "3y")
        armored = gpg("--armor", "--export", fingerprint)
        second = parse_openpgp_public_key(armored)
        shown = gpg_show_keys(armored)
        pub = [record for record in shown if record[0] == "pub"][0]
        subs = [record for record in shown if record[0] == "sub"]
        assert second.expires == at(int(pub[6]))
        assert [(sub.expires, sub.revoked) for sub in second.subkeys] == [(at(int(record[6])), False) for record in subs]
        assert first.identity == second.identity and first.material != second.material
        assert first.expires != second.expires and first.subkeys == ()


# ------------------------------------------------------------------------------------------ one key, many armorings

def test_the_same_key_in_any_armoring_is_one_key(private_keys):
    data = certificate(v4_key_body(private_keys["rsa2048"], CREATED), subkey_bodies=[v4_key_body(private_keys["ed25519"])])
    reference = parse_openpgp_public_key(armor(data))
    variants = {
        "crlf": armor(data, eol="\r\n"),
        "cr": armor(data, eol="\r"),
        "mixed line endings": armor(data).replace("\n", "\r\n", 3),
        "76 wide": armor(data, width=76),
        "40 wide": armor(data, width=40),
        "one long line": armor(data, width=100000),
        "ragged lines": rewrap(armor(data, width=100000), (10, 71, 3, 64, 1)),
        "headers": armor(data, headers=("Version: GnuPG v2", "Comment: https://example.com/key.asc", "Hash: SHA256")),
        "headers without blank line": armor(data, headers=("Comment: x",), blank_after_headers=False),
        "no blank line": armor(data, blank_after_headers=False),
        "no checksum": armor(data, checksum=False),
        "trailing spaces": armor(data).replace("\n", "  \n"),
        "surrounding blank lines": "\n\n  " + armor(data) + "\n\n",
        "GitLab's CRLF echo": armor(data).replace("\n", "\r\n").strip(),
    }
    for name, text in variants.items():
        assert parse_openpgp_public_key(text) == reference, name
        assert same_key(text, armor(data)), name


def test_packet_header_forms_do_not_change_the_fingerprint(private_keys):
    body = v4_key_body(private_keys["rsa3072"], CREATED)  # 400 octets: needs 2-octet lengths
    expected = v4_fingerprint(body)
    forms = [
        lambda tag, payload: new_packet(tag, payload, 5),
        lambda tag, payload: new_packet(tag, payload, 2) if len(payload) >= 192 else new_packet(tag, payload),
        lambda tag, payload: old_packet(tag, payload, 1),
        lambda tag, payload: old_packet(tag, payload, 2),
    ]
    for form in forms:
        assert parse_openpgp_public_key(armor(certificate(body, packet=form))).fingerprint == expected
    short = v4_key_body(private_keys["ed25519"], CREATED)
    assert parse_openpgp_public_key(armor(old_packet(TAG_PUBLIC_KEY, short, 0))).fingerprint == v4_fingerprint(short)
    # Old-format "indeterminate length" runs to the end of the data.
    assert parse_openpgp_public_key(armor(old_packet(TAG_PUBLIC_KEY, short, 3))).fingerprint == v4_fingerprint(short)


def test_a_different_key_is_a_different_identity(private_keys):
    first = armor(certificate(v4_key_body(private_keys["ed25519"], CREATED)))
    second = armor(certificate(v4_key_body(private_keys["ed25519"], CREATED + 1)))  # same material, other date
    assert not same_key(first, second)


# ------------------------------------------------------------------------------------------ armor refusals

def test_a_bad_or_malformed_checksum_is_refused(private_keys):
    text = armor(certificate(v4_key_body(private_keys["ed25519"])))
    lines = text.split("\n")
    index = [i for i, line in enumerate(lines) if line.startswith("=")][0]
    good = lines[index]
    flipped = "=" + ("A" if good[1] != "A" else "B") + good[2:]
    problem("\n".join(lines[:index] + [flipped] + lines[index + 1:]), "checksum (CRC-24) does not match")
    problem("\n".join(lines[:index] + ["=AB"] + lines[index + 1:]), "not a valid CRC-24")
    problem("\n".join(lines[:index] + ["=!!!!"] + lines[index + 1:]), "not a valid CRC-24")
    problem("\n".join(lines[:index + 1] + ["AAAA"] + lines[index + 1:]), "data after its armor checksum")
    # A changed data character is caught by the checksum even when the base64 stays valid.
    data_line = lines[index - 1]
    changed = ("B" if data_line[0] != "B" else "C") + data_line[1:]
    message = problem("\n".join(lines[:index - 1] + [changed] + lines[index:]), "is damaged")
    assert data_line not in message


def test_more_than_one_block_or_key_is_refused(private_keys):
    first = armor(certificate(v4_key_body(private_keys["ed25519"])))
    second = armor(certificate(v4_key_body(private_keys["rsa2048"])))
    problem(first + second, "holds 2 armored blocks")
    problem(first + "\n" + first, "holds 2 armored blocks")
    both = certificate(v4_key_body(private_keys["ed25519"])) + certificate(v4_key_body(private_keys["rsa2048"]))
    problem(armor(both), "more than one public key")


def test_a_private_key_block_is_refused_without_echoing_it(private_keys):
    secret_body = v4_key_body(private_keys["ed25519"]) + b"\x00" + mpi(123456789 ** 4)  # s2k usage 0, secret MPI
    text = armor(new_packet(TAG_SECRET_KEY, secret_body), kind="PRIVATE KEY BLOCK")
    message = problem(text, "private key", "not shown")
    body_lines = [line for line in text.splitlines() if line and not line.startswith("-----")]
    assert all(line not in message for line in body_lines)
    # Hidden in a public armor, as a primary key or as a subkey, it is refused all the same.
    problem(armor(new_packet(TAG_SECRET_KEY, secret_body)), "private key material", "not shown")
    public = certificate(v4_key_body(private_keys["rsa2048"]))
    problem(armor(public + new_packet(TAG_SECRET_SUBKEY, secret_body)), "private key material")
    # Even next to a public block, and whatever the line endings.
    problem(armor(public) + text.replace("\n", "\r\n"), "private key")


def test_signatures_and_other_blocks_are_not_keys(private_keys):
    signature = new_packet(TAG_SIGNATURE, FAKE_SIGNATURE)
    problem(armor(signature), "only a signature", "revocation certificate")
    problem(armor(signature, kind="SIGNATURE"), "is a PGP SIGNATURE, not a PGP PUBLIC KEY BLOCK")
    problem(armor(b"\xa3\x01hello", kind="MESSAGE"), "is a PGP MESSAGE")
    problem(armor(new_packet(TAG_USER_ID, b"Alice <alice@example.com>")), "first packet has tag 13")


@pytest.mark.parametrize("text, reason", [
    ("", "is empty"),
    ("   \r\n", "is empty"),
    ("just some text", "no '-----BEGIN PGP PUBLIC KEY BLOCK-----' line"),
    ("A546591EBF1F31B958CA426A769FF08E0C43ABB0", "is a key ID or fingerprint"),
    ("A546 591E BF1F 31B9 58CA  426A 769F F08E 0C43 ABB0", "is a key ID or fingerprint"),
    ("0x769FF08E0C43ABB0", "is a key ID or fingerprint"),
    ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF\n", "no END line"),
    ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n-----END PGP PUBLIC KEY BLOCK-----", "holds no data"),
    ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n!!!notbase64***\n-----END PGP PUBLIC KEY BLOCK-----", "not valid base64"),
    ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP SIGNATURE-----", "ends with '-----END PGP SIGNATURE-----'"),
    ("-----END PGP PUBLIC KEY BLOCK-----\n-----BEGIN PGP PUBLIC KEY BLOCK-----\nAAAA", "text before its BEGIN line"),
])
def test_garbage_is_refused(text, reason):
    problem(text, reason)


def test_text_around_the_block_is_refused(private_keys):
    text = armor(certificate(v4_key_body(private_keys["ed25519"])))
    problem("Here is my key:\n" + text, "text before its BEGIN line")
    problem(text + "-- \nAlice\n", "text after it")


def test_non_text_input_is_refused():
    problem(None, "must be a string")
    problem(GPG_ARMORED.encode("ascii"), "must be a string")


# ------------------------------------------------------------------------------------------ packet refusals

def test_damaged_packets_are_refused(private_keys):
    body = v4_key_body(private_keys["rsa2048"], CREATED)
    whole = certificate(body)
    cases = [
        (whole[:-3], "truncated: a packet at byte"),
        (new_packet(TAG_PUBLIC_KEY, body)[:2], "truncated"),
        (b"\xc6", "truncated: a packet header ends early"),
        (b"\xc6\xff\x00\x00", "truncated: a packet header ends early"),
        (b"\x99", "truncated: a packet header ends early"),  # old format, 2-octet length missing
        (b"\x04" + whole, "no OpenPGP packet starts at byte 0"),
        (whole + b"\x00", "no OpenPGP packet starts at byte %d" % len(whole)),
        (b"\xc6\xe1" + body, "partial lengths"),
        (new_packet(TAG_PUBLIC_KEY, body + b"\x00"), "RSA public key packet has 1 byte(s) more or less"),
        (new_packet(TAG_PUBLIC_KEY, body[:-1]), "cut short"),
        (new_packet(TAG_PUBLIC_KEY, b""), "public key packet is empty"),
        (new_packet(TAG_PUBLIC_KEY, b"\x04\x00\x00"), "public key packet is cut short"),
        (new_packet(TAG_PUBLIC_KEY, b"\x03" + body[1:]), "version 3 OpenPGP key, which is obsolete"),
        (new_packet(TAG_PUBLIC_KEY, b"\x05" + body[1:]), "version 5 (LibrePGP)"),
        (new_packet(TAG_PUBLIC_KEY, b"\x07" + body[1:]), "unknown version 7"),
        (new_packet(TAG_PUBLIC_KEY, b"\x04" + body[1:5] + b"\x13" + b"\x00"), "curve identifier is malformed"),
        (new_packet(TAG_PUBLIC_KEY, b"\x06" + body[1:6] + struct.pack(">I", 3) + b"\x00" * 32), "material length"),
    ]
    for data, reason in cases:
        problem(armor(data), reason)


def test_unknown_algorithms_still_have_a_fingerprint():
    body = b"\x04" + struct.pack(">I", CREATED) + bytes([99]) + mpi(12345)
    key = parse_openpgp_public_key(armor(certificate(body)))
    assert (key.fingerprint, key.algorithm, key.bits) == (v4_fingerprint(body), "unknown (99)", None)


def test_dearmor_returns_the_packets(private_keys):
    data = certificate(v4_key_body(private_keys["ed25519"]))
    assert dearmor(armor(data, eol="\r\n", width=30)) == data
    assert dearmor(GPG_ARMORED)[:2] == b"\x98\x33"  # GnuPG writes an old-format public key packet, 51 octets
