# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""OpenSSH public keys as GitLab sees them: parsing, identity, fingerprints and local checks.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

What GitLab does with a key (the checks below mirror it so that a bad key fails before any request):

* `lib/gitlab/ssh_public_key.rb`: the accepted algorithms are ssh-rsa, ssh-dss, ecdsa-sha2-nistp256/384/521,
  ssh-ed25519, sk-ecdsa-sha2-nistp256@openssh.com and sk-ssh-ed25519@openssh.com (technologies rsa, dsa,
  ecdsa, ed25519, ecdsa_sk, ed25519_sk). A key's size is the RSA modulus, the DSA prime p, the ECDSA curve
  order, and 256 for the Ed25519 and security-key types. GitLab shows `fingerprint` (MD5, colon hex) and
  `fingerprint_sha256` ("SHA256:" + unpadded base64) of the decoded blob.
* `app/models/key.rb`: the stored key must start with one of those algorithms (so authorized_keys options
  such as `no-pty ssh-ed25519 ...` are refused with "is invalid") and be at most 5000 characters; the
  stored text keeps the type, the body and the first word of the comment; `publishable_key` (what the API
  returns) replaces the comment with "<user name> (<host>)". A new key must not have expired already.
* `app/validators/ssh_key_validator.rb`: `Gitlab::CurrentSettings.key_restriction_for(type)`; -1 forbids
  the type ("type is forbidden. Must be ..."), N > 0 is a minimum size ("must be at least N bits").

GitLab's default restrictions (`app/models/application_setting_implementation.rb`, `defaults`):
`<type>_key_restriction: default_min_key_size(type)`, which is 0 -- every type allowed at any size --
unless the instance runs in FIPS mode (then the smallest size of `Gitlab::FIPS::SSH_KEY_TECHNOLOGIES`,
i.e. RSA >= 3072, and DSA forbidden). DSA is the exception in practice: the migration
`db/migrate/20180531220618_change_default_value_for_dsa_key_restriction.rb` set `dsa_key_restriction`
to -1 on every instance that existed in 2018 and made -1 the column default, and
`doc/security/ssh_keys_restrictions.md` documents DSA as forbidden by default, while an instance whose
settings row came from `defaults` allows it. DEFAULT_KEY_RESTRICTIONS below follows the code (DSA allowed),
so that a DSA key is not refused locally on an instance that accepts it; an instance that forbids it
answers 400, which the module reports. A caller that knows the instance's settings (an admin can read
GET /application/settings) passes them through `restrictions_from_settings()`.

The identity of a key is (type, body): the comment does not count, since GitLab replaces it. The body is
re-encoded canonically so that two spellings of the same bytes are one key.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import importlib.util
import re
import typing as t

# The managed node may lack cryptography: the wire-format reader below still does every check. It is imported
# by the first key check only (its import costs tens of milliseconds), so that modules importing this file for
# something else, such as gitlab_user_gpg_key for KeyProblem, never load it.
HAS_CRYPTOGRAPHY = importlib.util.find_spec("cryptography") is not None


class KeyProblem(ValueError):
    """A key that GitLab would refuse, or that cannot be one key. str() is the reason, without key material."""


# Algorithm -> GitLab technology (lib/gitlab/ssh_public_key.rb, TECHNOLOGIES).
TECHNOLOGY_BY_ALGORITHM = {
    "ssh-rsa": "rsa",
    "ssh-dss": "dsa",
    "ecdsa-sha2-nistp256": "ecdsa",
    "ecdsa-sha2-nistp384": "ecdsa",
    "ecdsa-sha2-nistp521": "ecdsa",
    "ssh-ed25519": "ed25519",
    "sk-ecdsa-sha2-nistp256@openssh.com": "ecdsa_sk",
    "sk-ssh-ed25519@openssh.com": "ed25519_sk",
}
ALGORITHMS = tuple(TECHNOLOGY_BY_ALGORITHM)
TECHNOLOGIES = ("rsa", "dsa", "ecdsa", "ed25519", "ecdsa_sk", "ed25519_sk")

# ApplicationSetting `<technology>_key_restriction`: -1 forbids the type, 0 allows any size, N is a minimum.
FORBIDDEN = -1
DEFAULT_KEY_RESTRICTIONS = {technology: 0 for technology in TECHNOLOGIES}

MAX_KEY_LENGTH = 5000  # app/models/key.rb: validates :key, length: { maximum: 5000 }
MAX_TITLE_LENGTH = 255  # app/models/key.rb: validates :title, length: { maximum: 255 }

# Curve name inside the blob and its size, for the ECDSA algorithms (RFC 5656 section 6.2).
_CURVES = {"nistp256": 256, "nistp384": 384, "nistp521": 521}
_ED25519_KEY_BYTES = 32
_PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----|^PuTTY-User-Key-File", re.MULTILINE)
_SAFE_TOKEN = re.compile(r"^[A-Za-z0-9@._+-]{1,64}$")


class SshPublicKey(t.NamedTuple):
    """One parsed public key. `body_b64` is the canonical base64 of the blob."""

    type: str
    body_b64: str
    comment: str
    bits: int
    fingerprint_md5: str
    fingerprint_sha256: str

    @property
    def identity(self) -> tuple[str, str]:
        """What makes two keys the same key for GitLab: type and body, not the comment."""
        return (self.type, self.body_b64)

    @property
    def technology(self) -> str:
        """GitLab's name for the key type (`rsa`, `ecdsa_sk`, ...), as used by the key restriction settings."""
        return TECHNOLOGY_BY_ALGORITHM[self.type]

    @property
    def line(self) -> str:
        """The key as one authorized_keys line: `type body [comment]`."""
        return " ".join(part for part in (self.type, self.body_b64, self.comment) if part)


class _Blob:
    """Reads the SSH wire format (RFC 4251 section 5): uint32-length-prefixed strings and mpints."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def string(self, what: str) -> bytes:
        if len(self.data) - self.pos < 4:
            raise KeyProblem("is truncated: the key data ends before its %s" % what)
        length = int.from_bytes(self.data[self.pos:self.pos + 4], "big")
        start = self.pos + 4
        if len(self.data) - start < length:
            raise KeyProblem("is truncated: its %s is cut short" % what)
        self.pos = start + length
        return self.data[start:self.pos]

    def positive_mpint(self, what: str) -> int:
        value = int.from_bytes(self.string(what), "big", signed=True)
        if value <= 0:
            raise KeyProblem("is not a valid key: its %s is not a positive number" % what)
        return value

    def finish(self) -> None:
        extra = len(self.data) - self.pos
        if extra:
            raise KeyProblem("is not a valid key: %d unexpected byte(s) follow the key data" % extra)


def _check_ec_point(point: bytes, bits: int) -> None:
    """SEC1 encoding (RFC 5656 section 3.1): 04 || X || Y, or 02/03 || X compressed."""
    size = (bits + 7) // 8
    expected = {4: 1 + 2 * size, 2: 1 + size, 3: 1 + size}.get(point[0] if point else -1)
    if len(point) != expected:
        raise KeyProblem("is not a valid key: its public point is not a point of the P-%d curve" % bits)


def _read_blob(algorithm: str, blob: bytes) -> int:
    """Check the blob's structure against its algorithm and return the key size in bits."""
    reader = _Blob(blob)
    inner = reader.string("type name")
    if inner != algorithm.encode("ascii"):
        shown = inner.decode("ascii") if _SAFE_TOKEN.match(inner.decode("ascii", "replace")) else "something else"
        raise KeyProblem("says it is %s but its base64 body holds a %s key" % (algorithm, shown))
    technology = TECHNOLOGY_BY_ALGORITHM[algorithm]
    if technology == "rsa":
        reader.positive_mpint("public exponent")
        bits = reader.positive_mpint("modulus").bit_length()
    elif technology == "dsa":
        bits = reader.positive_mpint("prime p").bit_length()
        for part in ("subprime q", "generator g", "public value y"):
            reader.positive_mpint(part)
    elif technology in ("ecdsa", "ecdsa_sk"):
        curve = reader.string("curve name")
        expected = algorithm.split("@", 1)[0].rsplit("-", 1)[1]
        if curve != expected.encode("ascii"):
            raise KeyProblem("is not a valid key: a %s key must name the curve %s" % (algorithm, expected))
        bits = _CURVES[expected]
        _check_ec_point(reader.string("public point"), bits)
    else:  # ed25519, ed25519_sk
        if len(reader.string("public key")) != _ED25519_KEY_BYTES:
            raise KeyProblem("is not a valid key: an Ed25519 public key has %d bytes" % _ED25519_KEY_BYTES)
        bits = 256
    if technology.endswith("_sk"):
        # PROTOCOL.u2f in OpenSSH: security-key public keys end with the FIDO application string.
        reader.string("security-key application")
    reader.finish()
    return bits


def _check_with_cryptography(algorithm: str, body: str, blob: bytes) -> t.Optional[int]:
    """Let `cryptography` check the numbers (a point on its curve, ...). Returns the size it found, if any."""
    try:
        from cryptography.exceptions import UnsupportedAlgorithm
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec, ed25519
    except ImportError:  # installed but unusable: the wire-format reader's checks stand
        return None
    technology = TECHNOLOGY_BY_ALGORITHM[algorithm]
    try:
        if technology in ("rsa", "ecdsa", "ed25519"):
            key = serialization.load_ssh_public_key(("%s %s" % (algorithm, body)).encode("ascii"))
            return getattr(key, "key_size", None)
        # cryptography cannot load the security-key types; it can still check their key material.
        reader = _Blob(blob)
        reader.string("type name")
        if technology == "ecdsa_sk":
            reader.string("curve name")
            ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), reader.string("public point"))
        elif technology == "ed25519_sk":
            ed25519.Ed25519PublicKey.from_public_bytes(reader.string("public key"))
        # DSA: cryptography's SSH DSA support is deprecated; the wire-format reader's checks stand.
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise KeyProblem("is not a valid %s key: %s" % (algorithm, exc))
    return None


def fingerprint_sha256(blob: bytes) -> str:
    """OpenSSH's and GitLab's `SHA256:<unpadded base64>` fingerprint of a decoded key blob."""
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii").rstrip("=")


def fingerprint_md5(blob: bytes) -> str:
    """The legacy MD5 fingerprint (colon-separated lower-case hex) that GitLab returns as `fingerprint`."""
    digest = hashlib.md5(blob).hexdigest()  # not for security: it names the key as GitLab does
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def _refuse_if_not_one_key(text: str) -> str:
    if not isinstance(text, str):
        raise KeyProblem("must be a string, not %s" % type(text).__name__)
    stripped = text.strip()
    if not stripped:
        raise KeyProblem("is empty")
    if _PRIVATE_KEY.search(stripped):
        raise KeyProblem("is a private key; give the public key (the .pub file). The key is not shown here")
    if stripped.startswith("---- BEGIN SSH2 PUBLIC KEY ----"):
        raise KeyProblem("is in RFC 4716 (SSH2) format; convert it with `ssh-keygen -i -f FILE` to the OpenSSH one-line form")
    lines = [line for line in stripped.splitlines() if line.strip()]
    if len(lines) > 1:
        keys = sum(1 for line in lines if line.split()[0] in TECHNOLOGY_BY_ALGORITHM)
        if keys > 1:
            raise KeyProblem("holds %d keys; give one key per entry" % keys)
        raise KeyProblem("spans %d lines; an OpenSSH public key is a single line" % len(lines))
    return lines[0]


def _decode_body(algorithm: str, body: str) -> bytes:
    try:
        return base64.b64decode(body.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise KeyProblem("is not a valid key: the body after %s is not valid base64" % algorithm)


def _holds_another_key(tokens: list[str]) -> bool:
    """Two keys pasted on one line: a later `type body` pair that decodes to a key of that type."""
    for index in range(2, len(tokens) - 1):
        algorithm = tokens[index]
        if algorithm in TECHNOLOGY_BY_ALGORITHM:
            try:
                blob = base64.b64decode(tokens[index + 1].encode("ascii"), validate=True)
                _read_blob(algorithm, blob)
            except (binascii.Error, UnicodeEncodeError, KeyProblem):
                continue
            return True
    return False


def parse_ssh_public_key(text: str) -> SshPublicKey:
    """Parse one OpenSSH public key line (`type base64 [comment]`); raise KeyProblem saying what is wrong.

    Refused: anything but exactly one key on one line, authorized_keys options before the type (GitLab's
    app/models/key.rb requires the key to start with its algorithm), certificates, unknown types, bodies
    that are not base64 or whose inner type, length or trailing bytes do not fit the type, and private keys.
    """
    line = _refuse_if_not_one_key(text)
    tokens = line.split()
    algorithm = tokens[0]
    if algorithm not in TECHNOLOGY_BY_ALGORITHM:
        later = [token for token in tokens[1:] if token in TECHNOLOGY_BY_ALGORITHM]
        if later:
            raise KeyProblem("starts with authorized_keys options before %s; GitLab accepts only the key itself, "
                             "starting with its type" % later[0])
        if "-cert-v01@openssh.com" in algorithm:
            raise KeyProblem("is an OpenSSH certificate; GitLab user keys must be plain public keys")
        accepted = ", ".join(ALGORITHMS)
        if _SAFE_TOKEN.match(algorithm):
            raise KeyProblem("has an unsupported key type '%s'; GitLab accepts %s" % (algorithm, accepted))
        raise KeyProblem("does not start with a key type; GitLab accepts %s" % accepted)
    if len(tokens) < 2:
        raise KeyProblem("has no key data after %s" % algorithm)
    blob = _decode_body(algorithm, tokens[1])
    bits = _read_blob(algorithm, blob)
    if _holds_another_key(tokens):
        raise KeyProblem("holds more than one key on one line; give one key per entry")
    body = base64.b64encode(blob).decode("ascii")
    if HAS_CRYPTOGRAPHY:
        bits = _check_with_cryptography(algorithm, body, blob) or bits
    comment = " ".join(tokens[2:])
    return SshPublicKey(algorithm, body, comment, bits, fingerprint_md5(blob), fingerprint_sha256(blob))


def restrictions_from_settings(settings: t.Mapping[str, t.Any]) -> dict[str, int]:
    """Key restrictions from GitLab application settings (`rsa_key_restriction`, ...); missing ones default."""
    restrictions = dict(DEFAULT_KEY_RESTRICTIONS)
    for technology in TECHNOLOGIES:
        value = settings.get("%s_key_restriction" % technology)
        if value is not None:
            restrictions[technology] = int(value)
    return restrictions


def check_key_restrictions(key: SshPublicKey, restrictions: t.Optional[t.Mapping[str, int]] = None) -> None:
    """Raise KeyProblem when the key's type is forbidden or too small (app/validators/ssh_key_validator.rb)."""
    restrictions = DEFAULT_KEY_RESTRICTIONS if restrictions is None else restrictions
    restriction = restrictions.get(key.technology, FORBIDDEN)
    if restriction == FORBIDDEN:
        allowed = [name.upper() for name in TECHNOLOGIES if restrictions.get(name, FORBIDDEN) != FORBIDDEN]
        raise KeyProblem("is a %s key, a type this GitLab forbids (allowed: %s)"
                         % (key.technology.upper(), ", ".join(allowed) or "none"))
    if key.bits < restriction:
        raise KeyProblem("is a %d-bit %s key; this GitLab requires at least %d bits"
                         % (key.bits, key.technology.upper(), restriction))


def stored_length(key: SshPublicKey) -> int:
    """Length of the text GitLab stores for the key: type, body and the first word of the comment."""
    first_word = key.comment.split()[:1]
    return len(" ".join([key.type, key.body_b64] + first_word))


def validate_ssh_public_key(text: str, restrictions: t.Optional[t.Mapping[str, int]] = None) -> SshPublicKey:
    """parse_ssh_public_key() plus GitLab's model checks: restrictions (default: GitLab's) and length."""
    key = parse_ssh_public_key(text)
    check_key_restrictions(key, restrictions)
    if stored_length(key) > MAX_KEY_LENGTH:
        raise KeyProblem("is %d characters long; GitLab stores at most %d" % (stored_length(key), MAX_KEY_LENGTH))
    return key


def default_title(key: SshPublicKey) -> str:
    """The title to use when none is given: the key's comment, else (none, or too long) its SHA256 fingerprint."""
    if key.comment and len(key.comment) <= MAX_TITLE_LENGTH:
        return key.comment
    return key.fingerprint_sha256


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_expires_at(value: str) -> datetime.datetime:
    """An expiry as GitLab's API takes it (ISO 8601 date or date-time) -> an aware UTC datetime.

    A bare date means 00:00 UTC of that day, as GitLab stores it.
    """
    text = value.strip() if isinstance(value, str) else ""
    try:
        if _DATE.match(text):
            moment = datetime.datetime.strptime(text, "%Y-%m-%d")
        else:
            # fromisoformat() before Python 3.11 does not read "Z" or fractions of other lengths than 3 or 6.
            moment = datetime.datetime.fromisoformat(re.sub(r"[zZ]$", "+00:00", text))
    except ValueError:
        raise KeyProblem("has an expiry date %r that is not an ISO 8601 date (YYYY-MM-DD) or date-time" % (value,))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    try:
        return moment.astimezone(datetime.timezone.utc)
    except OverflowError:
        # A valid moment such as 9999-12-31T23:00:00-05:00 whose UTC date leaves the years 1 to 9999.
        raise KeyProblem("has expires_at %r, which lies outside the years 1 to 9999 in UTC" % (value,))


def check_expires_at(value: str, today: datetime.date) -> datetime.datetime:
    """Parse an expiry and refuse one that GitLab would call expired on creation; `today` is the UTC date.

    GitLab (app/models/key.rb `expiration`, app/models/concerns/expirable.rb) refuses a new key whose
    `expires_at <= now`. A bare date is 00:00 UTC, so today's date is already expired. A date-time later
    today may still lie in the future: it is left for GitLab to judge.
    """
    moment = parse_expires_at(value)
    start_of_today = datetime.datetime(today.year, today.month, today.day, tzinfo=datetime.timezone.utc)
    if moment <= start_of_today:
        raise KeyProblem("has already expired (expires_at %s is not after today, %s UTC)"
                         % (moment.strftime("%Y-%m-%dT%H:%M:%SZ"), today.isoformat()))
    return moment
