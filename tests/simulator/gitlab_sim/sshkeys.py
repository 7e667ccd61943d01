"""SSH public key parsing, as GitLab does it.

`Gitlab::SSHPublicKey.new(text)` strips any options or known_hosts prefix by looking for the first
supported algorithm name, then `SSHData::PublicKey.parse_openssh` splits `algo base64 [comment]`,
strict-base64-decodes the blob, reads it per RFC 4253 (no trailing bytes allowed) and checks that the
algorithm inside the blob is the one named in the text. Anything that fails is "not valid": no type, no
fingerprint. `sanitize` is `Gitlab::SSHPublicKey.sanitize`, which the `Key#key=` setter applies.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
import struct

# Technology name -> the algorithm names it covers (Gitlab::SSHPublicKey::TECHNOLOGIES order).
TECHNOLOGIES = {
    "rsa": ("ssh-rsa",),
    "dsa": ("ssh-dss",),
    "ecdsa": ("ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"),
    "ed25519": ("ssh-ed25519",),
    "ecdsa_sk": ("sk-ecdsa-sha2-nistp256@openssh.com",),
    "ed25519_sk": ("sk-ssh-ed25519@openssh.com",),
}
SUPPORTED_ALGORITHMS = tuple(algo for algos in TECHNOLOGIES.values() for algo in algos)
_ALGORITHM_ALTERNATION = "|".join(re.escape(algo) for algo in SUPPORTED_ALGORITHMS)
# `(\A|\s)(algos).*` in Ruby: `.` stops at a newline, as in Python without DOTALL.
_WITHOUT_OPTIONS = re.compile(r"(\A|\s)(%s).*" % _ALGORITHM_ALTERNATION)
# The Key model's format validation: the stored key must *start* with a supported algorithm.
KEY_FORMAT = re.compile(r"\A(%s)" % _ALGORITHM_ALTERNATION)

# NIST curves: (field prime, curve coefficient b, coordinate size in bytes); a = -3 for all three.
_CURVES = {
    "nistp256": (
        2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1,
        0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B,
        32,
    ),
    "nistp384": (
        2 ** 384 - 2 ** 128 - 2 ** 96 + 2 ** 32 - 1,
        int("B3312FA7E23EE7E4988E056BE3F82D19181D9C6EFE8141120314088F5013875A"
            "C656398D8A2ED19D2A85C8EDD3EC2AEF", 16),
        48,
    ),
    "nistp521": (
        2 ** 521 - 1,
        int("0051953EB9618E1C9A1F929A21A0B68540EEA2DA725B99B315F3B8B489918EF1"
            "09E156193951EC7E937B1652C0BD3BB1BF073573DF883D2C34F1EF451FD46B503F00", 16),
        66,
    ),
}
_CURVE_BITS = {"nistp256": 256, "nistp384": 384, "nistp521": 521}


class InvalidKey(Exception):
    """SSHData::DecodeError: the text is not a parseable public key."""


class PublicKey:
    """A parsed public key: what GitLab stores and validates."""

    def __init__(self, algorithm, technology, bits, blob):
        self.algorithm = algorithm
        self.technology = technology  # "rsa", "ecdsa_sk", ... (Gitlab::SSHPublicKey#type)
        self.bits = bits
        self.blob = blob

    @property
    def fingerprint_sha256(self):
        """`ssh-keygen -l` style, without the `SHA256:` prefix (as stored in keys.fingerprint_sha256)."""
        return base64.b64encode(hashlib.sha256(self.blob).digest()).decode().rstrip("=")

    @property
    def fingerprint_md5(self):
        digest = hashlib.md5(self.blob).hexdigest()  # noqa: S324 - the legacy fingerprint is MD5
        return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


# -- RFC 4253 wire format ---------------------------------------------------------------------------
class _Reader:
    def __init__(self, data):
        self.data = data
        self.offset = 0

    def string(self):
        if self.offset + 4 > len(self.data):
            raise InvalidKey("truncated length")
        (length,) = struct.unpack(">I", self.data[self.offset:self.offset + 4])
        start = self.offset + 4
        if start + length > len(self.data):
            raise InvalidKey("truncated string")
        self.offset = start + length
        return self.data[start:self.offset]

    def text(self):
        try:
            return self.string().decode("ascii")
        except UnicodeDecodeError:
            raise InvalidKey("non-ASCII name") from None

    def mpint(self):
        raw = self.string()
        return int.from_bytes(raw, "big", signed=True) if raw else 0

    def finish(self):
        if self.offset != len(self.data):
            raise InvalidKey("unexpected trailing data")


def _positive(*numbers):
    if any(number <= 0 for number in numbers):
        raise InvalidKey("non-positive integer")


def _check_ec_point(curve, point):
    """OpenSSL accepts only points on the curve; OpenSSH writes them uncompressed (0x04 || X || Y)."""
    prime, b, size = _CURVES[curve]
    if len(point) != 1 + 2 * size or point[0] != 4:
        raise InvalidKey("bad EC point encoding")
    x = int.from_bytes(point[1:1 + size], "big")
    y = int.from_bytes(point[1 + size:], "big")
    if x >= prime or y >= prime or (y * y - (x * x * x - 3 * x + b)) % prime != 0:
        raise InvalidKey("EC point is not on the curve")


def _read_rsa(reader, _algorithm):
    exponent, modulus = reader.mpint(), reader.mpint()
    _positive(exponent, modulus)
    return "rsa", modulus.bit_length()


def _read_dsa(reader, _algorithm):
    p, q, g, y = reader.mpint(), reader.mpint(), reader.mpint(), reader.mpint()
    _positive(p, q, g, y)
    return "dsa", p.bit_length()


def _read_ecdsa_curve(reader, algorithm, prefix):
    curve = reader.text()
    if curve not in _CURVES or algorithm != prefix + curve:
        raise InvalidKey("curve %r does not match %r" % (curve, algorithm))
    _check_ec_point(curve, reader.string())
    return curve


def _read_ecdsa(reader, algorithm):
    curve = _read_ecdsa_curve(reader, algorithm, "ecdsa-sha2-")
    return "ecdsa", _CURVE_BITS[curve]


def _read_ed25519(reader, _algorithm):
    if len(reader.string()) != 32:
        raise InvalidKey("an Ed25519 public key has 32 bytes")
    return "ed25519", 256


def _read_ecdsa_sk(reader, algorithm):
    curve = reader.text()
    if curve != "nistp256" or algorithm != "sk-ecdsa-sha2-nistp256@openssh.com":
        raise InvalidKey("curve %r does not match %r" % (curve, algorithm))
    _check_ec_point(curve, reader.string())
    reader.string()  # application, e.g. "ssh:"
    return "ecdsa_sk", 256


def _read_ed25519_sk(reader, algorithm):
    _read_ed25519(reader, algorithm)
    reader.string()  # application
    return "ed25519_sk", 256


_READERS = {
    "ssh-rsa": _read_rsa,
    "ssh-dss": _read_dsa,
    "ecdsa-sha2-nistp256": _read_ecdsa,
    "ecdsa-sha2-nistp384": _read_ecdsa,
    "ecdsa-sha2-nistp521": _read_ecdsa,
    "ssh-ed25519": _read_ed25519,
    "sk-ecdsa-sha2-nistp256@openssh.com": _read_ecdsa_sk,
    "sk-ssh-ed25519@openssh.com": _read_ed25519_sk,
}


def _strict_b64decode(text):
    """Ruby `Base64.strict_decode64`: no whitespace, correct padding, only the standard alphabet."""
    if len(text) % 4 or not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", text):
        raise InvalidKey("bad base64")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidKey("bad base64") from None


def parse_blob(blob, named_algorithm=None):
    """Read an RFC 4253 public key blob. `named_algorithm` is the algorithm written before the base64."""
    reader = _Reader(blob)
    algorithm = reader.text()
    read = _READERS.get(algorithm)
    if read is None:
        raise InvalidKey("unknown algorithm %r" % algorithm)
    technology, bits = read(reader, algorithm)
    reader.finish()
    if named_algorithm is not None and named_algorithm != algorithm:
        raise InvalidKey("algorithm mismatch: %r != %r" % (algorithm, named_algorithm))
    return PublicKey(algorithm, technology, bits, blob)


def parse(text):
    """`Gitlab::SSHPublicKey.new(text)`: the PublicKey, or None when it is not valid."""
    match = _WITHOUT_OPTIONS.search(text or "")
    if match is None:
        return None
    parts = match.group(0).split(None, 2)
    if len(parts) < 2:
        return None
    try:
        return parse_blob(_strict_b64decode(parts[1]), named_algorithm=parts[0])
    except InvalidKey:
        return None


def sanitize(text):
    """`Gitlab::SSHPublicKey.sanitize`: keep `type base64 [first comment word]`, joining base64 that was
    split by whitespace (line breaks); the original text is returned when no prefix parses."""
    ssh_type, *parts = text.strip().split() or [""]
    if not parts:
        return text
    content = ssh_type + " "
    for index, part in enumerate(parts):
        content += part
        if parse(content) is not None:
            return " ".join([content] + parts[index + 1:index + 2])
    return text


def exclusive_sentence(words):
    """`Gitlab::Sentence.to_exclusive_sentence`: "A", "A or B", "A, B, or C"."""
    if len(words) <= 1:
        return "".join(words)
    if len(words) == 2:
        return "%s or %s" % tuple(words)
    return "%s, or %s" % (", ".join(words[:-1]), words[-1])
