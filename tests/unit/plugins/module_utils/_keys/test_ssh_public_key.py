# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""SSH public keys: parsing real keys of every type, identity, fingerprints, refusals, GitLab's checks."""

from __future__ import annotations

import base64
import datetime

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from ansible_collections.gitlab_ops.users.plugins.module_utils._keys import (
    openpgp as _openpgp,
    ssh_public_key as _ssh_public_key,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._keys.ssh_public_key import (
    DEFAULT_KEY_RESTRICTIONS,
    KeyProblem,
    check_expires_at,
    check_key_restrictions,
    default_title,
    parse_expires_at,
    parse_ssh_public_key,
    restrictions_from_settings,
    validate_ssh_public_key,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.key_material import (
    blob_of,
    have,
    make_ssh_keys,
    md5_fingerprint,
    refusal,
    sha256_fingerprint,
    ssh_keygen_fingerprint,
    ssh_line,
    ssh_mpint,
    ssh_string,
)

KEY_NAMES = ("rsa1024", "rsa2048", "rsa4096", "ecdsa256", "ecdsa384", "ecdsa521", "ed25519", "sk-ecdsa", "sk-ed25519",
             "dsa1024")
# GitLab's technology names (lib/gitlab/ssh_public_key.rb), written out here rather than taken from the code.
TECHNOLOGY = {"rsa1024": "rsa", "rsa2048": "rsa", "rsa4096": "rsa", "ecdsa256": "ecdsa", "ecdsa384": "ecdsa",
              "ecdsa521": "ecdsa", "ed25519": "ed25519", "sk-ecdsa": "ecdsa_sk", "sk-ed25519": "ed25519_sk",
              "dsa1024": "dsa"}
TODAY = datetime.date(2030, 6, 15)


@pytest.fixture(scope="module")
def keys():
    return make_ssh_keys()


@pytest.fixture(params=[True, False], ids=["with-cryptography", "wire-reader-only"])
def crypto_path(request, monkeypatch):
    """Run a test with and without `cryptography`, as on a managed node that lacks it."""
    if request.param and not _ssh_public_key.HAS_CRYPTOGRAPHY:
        pytest.skip("cryptography is not importable by the module util")
    monkeypatch.setattr(_ssh_public_key, "HAS_CRYPTOGRAPHY", request.param)
    return request.param


def problem(text, *expected):
    """Parse, expect a KeyProblem saying each expected part, and return its message."""
    return refusal(parse_ssh_public_key, KeyProblem, text, *expected)


# ------------------------------------------------------------------------------------------ every key type

@pytest.mark.parametrize("name", KEY_NAMES)
def test_every_type_parses_with_its_size_and_fingerprints(keys, name, crypto_path):
    line, algorithm, bits = keys[name]
    blob = blob_of(line)
    key = parse_ssh_public_key(line)
    assert key.type == algorithm
    assert key.bits == bits
    assert key.technology == TECHNOLOGY[name]
    assert key.comment == line.split()[2]
    assert base64.b64decode(key.body_b64) == blob
    assert key.fingerprint_sha256 == sha256_fingerprint(blob)
    assert key.fingerprint_md5 == md5_fingerprint(blob)
    assert key.identity == (algorithm, line.split()[1])
    assert key.line == line


@pytest.mark.skipif(not have("ssh-keygen"), reason="ssh-keygen (Debian package openssh-client) is not installed: "
                                                   "the external fingerprint oracle cannot run")
@pytest.mark.parametrize("name", KEY_NAMES)
def test_fingerprints_and_sizes_agree_with_ssh_keygen(keys, name):
    line = keys[name][0]
    key = parse_ssh_public_key(line)
    assert ssh_keygen_fingerprint(line, "sha256") == (key.bits, key.fingerprint_sha256)
    assert ssh_keygen_fingerprint(line, "md5") == (key.bits, "MD5:" + key.fingerprint_md5)


def test_the_comment_does_not_count_for_identity(keys):
    line = keys["ed25519"][0]
    algorithm, body = line.split()[:2]
    bare = parse_ssh_public_key("%s %s" % (algorithm, body))
    assert bare.comment == ""
    assert bare.line == "%s %s" % (algorithm, body)
    # What GitLab answers: the comment replaced with "<name> (<host>)" (app/models/key.rb publishable_key).
    returned = parse_ssh_public_key("%s %s Jane Doe (gitlab.example.com)" % (algorithm, body))
    assert returned.comment == "Jane Doe (gitlab.example.com)"
    padded = parse_ssh_public_key("  %s\t%s   laptop key \r\n" % (algorithm, body))
    assert padded.comment == "laptop key"
    assert bare.identity == returned.identity == padded.identity == parse_ssh_public_key(line).identity
    assert bare.fingerprint_sha256 == returned.fingerprint_sha256


def test_a_non_canonical_base64_spelling_is_the_same_key(keys):
    line = keys["ecdsa256"][0]  # a 104-byte blob: its base64 ends in one "=" after a char with 2 spare bits
    algorithm, body = line.split()[:2]
    assert body.endswith("=") and not body.endswith("==")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = body[-2]
    respelled = body[:-2] + alphabet[alphabet.index(last) | 1] + "="
    assert respelled != body and base64.b64decode(respelled) == base64.b64decode(body)
    key = parse_ssh_public_key("%s %s" % (algorithm, respelled))
    assert key.body_b64 == body
    assert key.identity == parse_ssh_public_key(line).identity


# ------------------------------------------------------------------------------------------ refusals

def test_bad_base64_is_refused(keys):
    algorithm, body = keys["ed25519"][0].split()[:2]
    problem("%s %s" % (algorithm, body[:-3] + "!!!"), "not valid base64", algorithm)
    problem("%s %s" % (algorithm, body[:-1]), "not valid base64")  # padding lost


def test_an_inner_type_that_does_not_match_the_prefix_is_refused(keys):
    rsa_body = keys["rsa2048"][0].split()[1]
    problem("ssh-ed25519 %s" % rsa_body, "says it is ssh-ed25519", "holds a ssh-rsa key")
    ed_body = keys["ed25519"][0].split()[1]
    problem("sk-ssh-ed25519@openssh.com %s" % ed_body, "holds a ssh-ed25519 key")


@pytest.mark.parametrize("name", KEY_NAMES)
def test_a_truncated_blob_is_refused(keys, name, crypto_path):
    line, algorithm, _bits = keys[name]
    blob = blob_of(line)
    for cut in (1, 5, len(blob) // 2, len(blob) - 3):
        problem(ssh_line(algorithm, blob[:-cut]), "truncated")


@pytest.mark.parametrize("name", KEY_NAMES)
def test_trailing_bytes_after_the_key_data_are_refused(keys, name, crypto_path):
    line, algorithm, _bits = keys[name]
    problem(ssh_line(algorithm, blob_of(line) + b"\x00\x00\x00\x01x"), "5 unexpected byte(s)")


def test_malformed_fields_are_refused(crypto_path):
    point = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    raw = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                         serialization.PublicFormat.Raw)
    nistp256 = "ecdsa-sha2-nistp256"
    cases = [
        (ssh_line(nistp256, ssh_string(b"ecdsa-sha2-nistp256") + ssh_string(b"nistp384") + ssh_string(point)),
         "must name the curve nistp256"),
        (ssh_line(nistp256, ssh_string(b"ecdsa-sha2-nistp256") + ssh_string(b"nistp256") + ssh_string(point[:-1])),
         "not a point of the P-256 curve"),
        (ssh_line("ssh-ed25519", ssh_string(b"ssh-ed25519") + ssh_string(raw[:31])), "has 32 bytes"),
        (ssh_line("ssh-rsa", ssh_string(b"ssh-rsa") + ssh_mpint(65537) + ssh_string(b"\xff" * 128)),
         "modulus is not a positive number"),
        (ssh_line("ssh-rsa", ssh_string(b"ssh-rsa") + ssh_mpint(65537) + ssh_string(b"")),
         "modulus is not a positive number"),
        # A security key without its FIDO application string.
        (ssh_line("sk-ssh-ed25519@openssh.com", ssh_string(b"sk-ssh-ed25519@openssh.com") + ssh_string(raw)),
         "truncated: the key data ends before its security-key application"),
    ]
    for line, reason in cases:
        problem(line, reason)


def test_a_point_off_the_curve_is_caught_by_cryptography_only(crypto_path):
    # Right length and form, but not on P-256: only a real EC check can tell.
    bogus = b"\x04" + b"\x01" * 64
    for algorithm, blob in (
        ("ecdsa-sha2-nistp256", ssh_string(b"ecdsa-sha2-nistp256") + ssh_string(b"nistp256") + ssh_string(bogus)),
        ("sk-ecdsa-sha2-nistp256@openssh.com", ssh_string(b"sk-ecdsa-sha2-nistp256@openssh.com")
         + ssh_string(b"nistp256") + ssh_string(bogus) + ssh_string(b"ssh:")),
    ):
        if crypto_path:
            problem(ssh_line(algorithm, blob), "is not a valid %s key" % algorithm)
        else:
            assert parse_ssh_public_key(ssh_line(algorithm, blob)).bits == 256


def test_unknown_types_and_certificates_are_refused(keys):
    body = keys["ed25519"][0].split()[1]
    message = problem("ssh-foo %s" % body, "unsupported key type 'ssh-foo'", "sk-ssh-ed25519@openssh.com", "ssh-dss")
    assert "ssh-rsa" in message
    problem("ssh-ed25519-cert-v01@openssh.com %s" % body, "certificate")
    problem("rsa-sha2-512 %s" % body, "unsupported key type 'rsa-sha2-512'")
    # An unprintable or long first word is not echoed.
    message = problem("\u00e9\u00e9\u00e9\u00e9 %s" % body, "does not start with a key type; GitLab accepts ssh-rsa")
    assert "\u00e9" not in message


def test_authorized_keys_options_are_refused(keys):
    line = keys["ed25519"][0]
    problem("no-pty " + line, "authorized_keys options", "ssh-ed25519")
    problem('command="echo hello world",no-port-forwarding ' + line, "authorized_keys options")
    problem('from="10.0.0.0/8" ' + keys["sk-ecdsa"][0], "authorized_keys options", "sk-ecdsa-sha2-nistp256@openssh.com")


def test_more_than_one_key_is_refused(keys):
    first, second = keys["ed25519"][0], keys["rsa2048"][0]
    problem(first + "\n" + second, "holds 2 keys")
    problem(first + "\r\n" + second + "\n" + keys["ecdsa256"][0] + "\n", "holds 3 keys")
    problem(first + " " + second, "more than one key on one line")
    # A comment that merely mentions a type is a comment.
    assert parse_ssh_public_key(first.split()[0] + " " + first.split()[1] + " my ssh-rsa replacement").comment \
        == "my ssh-rsa replacement"


def test_a_key_wrapped_over_lines_is_refused(keys):
    algorithm, body = keys["rsa2048"][0].split()[:2]
    problem("%s %s\n%s" % (algorithm, body[:70], body[70:]), "spans 2 lines")


def test_empty_and_non_text_input_is_refused():
    problem("", "is empty")
    problem("  \n\t ", "is empty")
    problem(None, "must be a string")
    problem(b"ssh-ed25519 AAAA", "must be a string")
    problem("ssh-ed25519", "has no key data after ssh-ed25519")


@pytest.mark.parametrize("private_format", ["OpenSSH", "PKCS8"])
def test_a_private_key_is_refused_without_echoing_it(private_format):
    private = ed25519.Ed25519PrivateKey.generate()
    text = private.private_bytes(serialization.Encoding.PEM, getattr(serialization.PrivateFormat, private_format),
                                 serialization.NoEncryption()).decode("ascii")
    message = problem(text, "is a private key", "not shown")
    for line in text.splitlines()[1:-1]:
        assert line not in message


def test_rfc4716_format_gets_a_conversion_hint(keys):
    body = keys["ed25519"][0].split()[1]
    text = "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"me\"\n%s\n---- END SSH2 PUBLIC KEY ----\n" % body
    problem(text, "RFC 4716", "ssh-keygen -i")


# ------------------------------------------------------------------------------------------ GitLab's restrictions

@pytest.mark.parametrize("name", KEY_NAMES)
def test_gitlab_default_restrictions_accept_every_type(keys, name):
    # app/models/application_setting_implementation.rb: default_min_key_size is 0 for every type outside FIPS.
    assert DEFAULT_KEY_RESTRICTIONS == {"rsa": 0, "dsa": 0, "ecdsa": 0, "ed25519": 0, "ecdsa_sk": 0, "ed25519_sk": 0}
    assert validate_ssh_public_key(keys[name][0]).bits == keys[name][2]


def test_restrictions_from_application_settings(keys):
    # Field names and values as GET /application/settings returns them.
    settings = {"rsa_key_restriction": 2048, "dsa_key_restriction": -1, "ecdsa_key_restriction": 384,
                "ed25519_key_restriction": 0, "signup_enabled": True}
    restrictions = restrictions_from_settings(settings)
    assert restrictions == {"rsa": 2048, "dsa": -1, "ecdsa": 384, "ed25519": 0, "ecdsa_sk": 0, "ed25519_sk": 0}
    for name in ("rsa2048", "rsa4096", "ecdsa384", "ecdsa521", "ed25519", "sk-ecdsa", "sk-ed25519"):
        validate_ssh_public_key(keys[name][0], restrictions)
    with pytest.raises(KeyProblem, match=r"is a 1024-bit RSA key; this GitLab requires at least 2048 bits"):
        validate_ssh_public_key(keys["rsa1024"][0], restrictions)
    with pytest.raises(KeyProblem, match=r"is a 256-bit ECDSA key; this GitLab requires at least 384 bits"):
        validate_ssh_public_key(keys["ecdsa256"][0], restrictions)
    with pytest.raises(KeyProblem) as caught:
        validate_ssh_public_key(keys["dsa1024"][0], restrictions)
    assert str(caught.value) == "is a DSA key, a type this GitLab forbids (allowed: RSA, ECDSA, ED25519, ECDSA_SK, ED25519_SK)"


def test_a_type_missing_from_the_restrictions_is_forbidden(keys):
    key = parse_ssh_public_key(keys["sk-ed25519"][0])
    with pytest.raises(KeyProblem, match=r"ED25519_SK key, a type this GitLab forbids \(allowed: RSA\)"):
        check_key_restrictions(key, {"rsa": 0})
    with pytest.raises(KeyProblem, match=r"\(allowed: none\)"):
        check_key_restrictions(key, {})


def test_the_stored_text_may_not_exceed_5000_characters(keys):
    algorithm, body = keys["ed25519"][0].split()[:2]
    room = 5000 - len(algorithm) - len(body) - 2
    assert validate_ssh_public_key("%s %s %s" % (algorithm, body, "c" * room)).comment == "c" * room
    with pytest.raises(KeyProblem, match="is 5001 characters long; GitLab stores at most 5000"):
        validate_ssh_public_key("%s %s %s" % (algorithm, body, "c" * (room + 1)))
    # GitLab keeps only the comment's first word (Gitlab::SSHPublicKey.sanitize), so a long sentence is fine.
    validate_ssh_public_key("%s %s %s" % (algorithm, body, " ".join(["word"] * 2000)))


# ------------------------------------------------------------------------------------------ title and expiry

def test_default_title(keys):
    line = keys["ed25519"][0]
    algorithm, body = line.split()[:2]
    assert default_title(parse_ssh_public_key(line)) == "ed@example"
    bare = parse_ssh_public_key("%s %s" % (algorithm, body))
    assert default_title(bare) == sha256_fingerprint(blob_of(line))
    long_comment = parse_ssh_public_key("%s %s %s" % (algorithm, body, "x" * 256))
    assert default_title(long_comment) == sha256_fingerprint(blob_of(line))
    assert default_title(parse_ssh_public_key("%s %s %s" % (algorithm, body, "x" * 255))) == "x" * 255


UTC = datetime.timezone.utc


@pytest.mark.parametrize("value, expected", [
    ("2030-06-16", datetime.datetime(2030, 6, 16, tzinfo=UTC)),
    ("2031-01-01T00:00:00.000Z", datetime.datetime(2031, 1, 1, tzinfo=UTC)),
    ("2030-06-16T01:30:00+02:00", datetime.datetime(2030, 6, 15, 23, 30, tzinfo=UTC)),
    ("2030-06-15T12:00:00Z", datetime.datetime(2030, 6, 15, 12, tzinfo=UTC)),  # later today: GitLab judges
    (" 2030-06-16 ", datetime.datetime(2030, 6, 16, tzinfo=UTC)),
])
def test_an_expiry_in_the_future_is_accepted(value, expected):
    assert check_expires_at(value, TODAY) == expected
    assert parse_expires_at(value) == expected


@pytest.mark.parametrize("value", ["2030-06-15", "2030-06-14", "2030-06-15T00:00:00Z", "2030-06-15T01:00:00+02:00",
                                   "1999-01-01"])
def test_an_expiry_not_after_today_is_refused(value):
    # app/models/concerns/expirable.rb: expired when expires_at <= now; a date is 00:00 UTC of that day.
    with pytest.raises(KeyProblem, match=r"has already expired .* today, 2030-06-15 UTC"):
        check_expires_at(value, TODAY)


@pytest.mark.parametrize("value", ["", "tomorrow", "16/06/2030", "2030-02-30", "2030-6-1", None, 20300616])
def test_an_unreadable_expiry_is_refused_naming_the_value(value):
    with pytest.raises(KeyProblem, match=r"has an expiry date .* not an ISO 8601 date") as caught:
        check_expires_at(value, TODAY)
    assert repr(value) in str(caught.value)


def test_key_problem_is_one_class_for_both_key_kinds():
    assert issubclass(KeyProblem, ValueError)
    assert _openpgp.KeyProblem is KeyProblem
