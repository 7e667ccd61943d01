# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""OpenPGP public keys as GitLab takes them: one ASCII-armored block -> fingerprint, key ID, user IDs.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A GPG key is identified by the fingerprint of its primary key, computed here from the packets, so the same
key is one key whatever its armor: line endings (GitLab may answer CRLF where LF was sent), armor headers
(Version:, Comment:), line wrapping and the optional checksum do not count. No library fits: the module
runs on the managed node with only ansible-core's dependencies, so this is a small reader for just this
job (RFC 4880 sections 4.2, 5.5.2, 6 and 12.2; RFC 9580 sections 5.5.2 and 5.5.4).

What is accepted (GitLab's app/models/gpg_key.rb wants the stripped text to be exactly one block between
`-----BEGIN PGP PUBLIC KEY BLOCK-----` and `-----END PGP PUBLIC KEY BLOCK-----`, and extracts one key):
exactly that one block, whose first packet is a public key (followed by its user IDs, signatures and
subkeys), with no second primary key and no secret-key packet. A private key block is refused without
echoing it.

What else GitLab verifies signatures with is read from the signature packets: the user IDs, the expiry of the
primary key and of each subkey (the Key Expiration Time of the latest self-signature or subkey binding
signature, RFC 4880 sections 5.2.3.6 and 11.1) and their revocations (signature types 0x20 and 0x28).
Signatures are not verified cryptographically; one this reader cannot read does not count.

Key versions: v4 (RFC 4880; the fingerprint is SHA-1 over 0x99, a 2-octet length and the packet body,
the key ID its last 8 octets) and v6 (RFC 9580; SHA-256 over 0x9B, a 4-octet length and the body, the key
ID its first 8 octets) are computed. v3 (MD5 fingerprints, deprecated by RFC 4880 and not to be generated
per RFC 9580) and v5 (LibrePGP, not an IETF standard) are refused with a clear reason. Whether a GitLab
instance can import a v6 key depends on the GnuPG it runs; if it cannot, it answers 400.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import re
import typing as t

from ansible_collections.gitlab_ops.users.plugins.module_utils._keys.ssh_public_key import KeyProblem

__all__ = ["KeyProblem", "OpenPgpKey", "Subkey", "dearmor", "parse_openpgp_public_key", "same_key"]

_ARMOR_LINE = re.compile(r"^-----(BEGIN|END) PGP ([A-Z0-9 ,/]+?)-----[ \t]*$", re.MULTILINE)
_PUBLIC_BLOCK = "PUBLIC KEY BLOCK"
_PRIVATE_BLOCK = "PRIVATE KEY BLOCK"
_HEADER_LINE = re.compile(r"^[A-Za-z0-9-]+: ")
_HEX_ID = re.compile(r"^(0x)?([0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$")
_EMAIL = re.compile(r"<([^<>\s]+@[^<>\s]+)>")

# Packet tags (RFC 4880 section 4.3).
_TAG_SIGNATURE = 2
_TAG_SECRET_KEY = 5
_TAG_PUBLIC_KEY = 6
_TAG_SECRET_SUBKEY = 7
_TAG_USER_ID = 13
_TAG_PUBLIC_SUBKEY = 14

# Signature types (RFC 4880 section 5.2.1) and subpacket types (section 5.2.3.1).
_CERTIFICATIONS = range(0x10, 0x14)
_SUBKEY_BINDING, _DIRECT_KEY, _KEY_REVOCATION, _SUBKEY_REVOCATION = 0x18, 0x1F, 0x20, 0x28
_SUB_CREATED, _SUB_KEY_EXPIRES, _SUB_ISSUER, _SUB_ISSUER_FINGERPRINT = 2, 9, 16, 33

# Public-key algorithms (RFC 9580 section 9.1): name and the layout of their public key material.
_MPIS, _CURVE_MPI, _ECDH, _FIXED = "mpis", "curve+mpi", "ecdh", "fixed"
_ALGORITHMS = {
    1: ("RSA", _MPIS, 2), 2: ("RSA", _MPIS, 2), 3: ("RSA", _MPIS, 2),
    16: ("Elgamal", _MPIS, 3), 17: ("DSA", _MPIS, 4),
    18: ("ECDH", _ECDH, None), 19: ("ECDSA", _CURVE_MPI, None), 22: ("EdDSA", _CURVE_MPI, None),
    25: ("X25519", _FIXED, 32), 26: ("X448", _FIXED, 56), 27: ("Ed25519", _FIXED, 32), 28: ("Ed448", _FIXED, 57),
}
# Curve OIDs (RFC 9580 section 9.2) -> (name, size in bits as GnuPG reports it).
_CURVES = {
    bytes.fromhex("2A8648CE3D030107"): ("nistp256", 256),
    bytes.fromhex("2B81040022"): ("nistp384", 384),
    bytes.fromhex("2B81040023"): ("nistp521", 521),
    bytes.fromhex("2B2403030208010107"): ("brainpoolP256r1", 256),
    bytes.fromhex("2B240303020801010B"): ("brainpoolP384r1", 384),
    bytes.fromhex("2B240303020801010D"): ("brainpoolP512r1", 512),
    bytes.fromhex("2B06010401DA470F01"): ("ed25519", 255),
    bytes.fromhex("2B060104019755010501"): ("cv25519", 255),
}
_FIXED_BITS = {"X25519": 255, "X448": 448, "Ed25519": 255, "Ed448": 448}


class Subkey(t.NamedTuple):
    """A subkey as its latest binding signature describes it; `expires` None: never."""

    fingerprint: str
    expires: t.Optional[datetime.datetime]
    revoked: bool


class OpenPgpKey(t.NamedTuple):
    """One parsed public key (certificate). Fingerprints and key IDs are upper-case hex without spaces.
    `expires` (None: never) and `revoked` are the primary key's, from its self-signatures."""

    fingerprint: str
    key_id: str
    version: int
    algorithm: str
    bits: t.Optional[int]
    created: datetime.datetime
    user_ids: tuple[str, ...]
    emails: tuple[str, ...]
    subkey_fingerprints: tuple[str, ...]
    expires: t.Optional[datetime.datetime] = None
    revoked: bool = False
    subkeys: tuple[Subkey, ...] = ()

    @property
    def identity(self) -> str:
        """What makes two armored texts the same key: the primary key's fingerprint."""
        return self.fingerprint

    @property
    def material(self) -> tuple[t.Any, ...]:
        """What GitLab verifies signatures with besides the primary key itself, so what an updated export of
        the same key can change: the user IDs (their emails), the subkeys, and expiry and revocation of both."""
        subkeys = sorted(self.subkeys, key=lambda subkey: (subkey.fingerprint, str(subkey.expires), subkey.revoked))
        return tuple(sorted(self.user_ids)), self.expires, self.revoked, tuple(subkeys)


class _Signature(t.NamedTuple):
    type: int
    created: int  # seconds since the epoch (0: not given)
    key_expires_after: t.Optional[int]  # seconds after the key's creation; None: not given; 0: never
    issuers: frozenset  # upper-case hex key IDs and fingerprints; empty when not given


class _Packet(t.NamedTuple):
    tag: int
    body: bytes


def _crc24(data: bytes) -> int:
    """The armor checksum (RFC 4880 section 6.1)."""
    crc = 0xB704CE
    for octet in data:
        crc ^= octet << 16
        for _bit in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def _only_block(text: str) -> list[str]:
    """Check that the text is exactly one public key block; return the lines inside it."""
    if not isinstance(text, str):
        raise KeyProblem("must be a string, not %s" % type(text).__name__)
    normalized = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    markers = [(match.group(1), match.group(2)) for match in _ARMOR_LINE.finditer(normalized)]
    if any(kind == _PRIVATE_BLOCK for _edge, kind in markers) or "BEGIN PGP PRIVATE KEY" in normalized:
        raise KeyProblem("is a private key; give the public key (gpg --armor --export KEYID). The key is not shown here")
    if not normalized:
        raise KeyProblem("is empty")
    begins = [kind for edge, kind in markers if edge == "BEGIN"]
    if not begins:
        if _HEX_ID.match(normalized.replace(" ", "")):
            raise KeyProblem("is a key ID or fingerprint, not a key; give the armored public key (gpg --armor --export KEYID)")
        raise KeyProblem("is not an ASCII-armored OpenPGP key: there is no '-----BEGIN PGP %s-----' line" % _PUBLIC_BLOCK)
    if len(begins) > 1:
        raise KeyProblem("holds %d armored blocks; give exactly one public key block" % len(begins))
    if begins[0] != _PUBLIC_BLOCK:
        raise KeyProblem("is a PGP %s, not a PGP %s" % (begins[0], _PUBLIC_BLOCK))
    lines = normalized.split("\n")
    start = _ARMOR_LINE.match(lines[0])
    if start is None or start.group(1) != "BEGIN":
        raise KeyProblem("has text before its BEGIN line; GitLab takes only the armored block itself")
    end = _ARMOR_LINE.match(lines[-1])
    if end is None or end.group(1) != "END":
        raise KeyProblem("has no END line after its data, or text after it; GitLab takes only the armored block itself")
    if end.group(2) != _PUBLIC_BLOCK:
        raise KeyProblem("ends with '-----END PGP %s-----' instead of '-----END PGP %s-----'" % (end.group(2), _PUBLIC_BLOCK))
    return [line.strip() for line in lines[1:-1]]


def dearmor(text: str) -> bytes:
    """The binary packets of exactly one `PGP PUBLIC KEY BLOCK`, its checksum verified when present."""
    lines = _only_block(text)
    # Armor headers (RFC 4880 section 6.2) come first, then an empty line; base64 never holds ": ".
    index = 0
    while index < len(lines) and _HEADER_LINE.match(lines[index]):
        index += 1
    body, checksum = [], None
    for line in lines[index:]:
        if not line:
            continue
        if checksum is not None:
            raise KeyProblem("has data after its armor checksum line")
        if line.startswith("="):
            checksum = line[1:]
        else:
            body.append(line)
    try:
        data = base64.b64decode("".join(body).encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise KeyProblem("is damaged: its armored data is not valid base64")
    if not data:
        raise KeyProblem("holds no data between its BEGIN and END lines")
    if checksum is not None:
        try:
            expected = base64.b64decode(checksum.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            expected = b""
        if len(expected) != 3:
            raise KeyProblem("is damaged: its armor checksum line is not a valid CRC-24")
        if int.from_bytes(expected, "big") != _crc24(data):
            raise KeyProblem("is damaged: its armor checksum (CRC-24) does not match the data")
    return data


def _packets(data: bytes) -> t.Iterator[_Packet]:
    """Split binary OpenPGP data into packets (RFC 4880 section 4.2, old and new format headers)."""
    pos = 0
    while pos < len(data):
        start, first = pos, data[pos]
        if not first & 0x80:
            raise KeyProblem("is damaged: no OpenPGP packet starts at byte %d" % start)
        pos += 1
        if first & 0x40:  # new format: tag in 6 bits, then 1, 2 or 5 length octets
            tag = first & 0x3F
            if pos >= len(data):
                raise KeyProblem("is truncated: a packet header ends early at byte %d" % start)
            octet = data[pos]
            if octet < 192:
                length, pos = octet, pos + 1
            elif octet < 224:
                if pos + 2 > len(data):
                    raise KeyProblem("is truncated: a packet header ends early at byte %d" % start)
                length, pos = ((octet - 192) << 8) + data[pos + 1] + 192, pos + 2
            elif octet == 255:
                if pos + 5 > len(data):
                    raise KeyProblem("is truncated: a packet header ends early at byte %d" % start)
                length, pos = int.from_bytes(data[pos + 1:pos + 5], "big"), pos + 5
            else:
                # Partial lengths are for data packets only (RFC 4880 section 4.2.2.4), never in a key.
                raise KeyProblem("is damaged: a packet at byte %d uses partial lengths, which keys never do" % start)
        else:  # old format: tag in 4 bits, length type in 2
            tag, length_type = (first >> 2) & 0x0F, first & 0x03
            if length_type == 3:
                length = len(data) - pos
            else:
                size = (1, 2, 4)[length_type]
                if pos + size > len(data):
                    raise KeyProblem("is truncated: a packet header ends early at byte %d" % start)
                length, pos = int.from_bytes(data[pos:pos + size], "big"), pos + size
        if pos + length > len(data):
            raise KeyProblem("is truncated: a packet at byte %d is cut short" % start)
        yield _Packet(tag, data[pos:pos + length])
        pos += length


def _skip_mpi(body: bytes, pos: int) -> tuple[int, int]:
    """Return (bit count, position after) of the MPI at pos (RFC 4880 section 3.2)."""
    if pos + 2 > len(body):
        raise KeyProblem("is damaged: its public key material is cut short")
    bits = int.from_bytes(body[pos:pos + 2], "big")
    end = pos + 2 + (bits + 7) // 8
    if end > len(body):
        raise KeyProblem("is damaged: its public key material is cut short")
    return bits, end


def _read_curve(body: bytes, pos: int) -> tuple[t.Optional[int], int]:
    if pos >= len(body) or body[pos] in (0, 0xFF) or pos + 1 + body[pos] > len(body):
        raise KeyProblem("is damaged: its curve identifier is malformed")
    oid = body[pos + 1:pos + 1 + body[pos]]
    return _CURVES.get(oid, (None, None))[1], pos + 1 + body[pos]


def _key_material(algorithm_id: int, body: bytes, pos: int) -> tuple[str, t.Optional[int]]:
    """Walk the algorithm-specific public key fields; return the algorithm's name and the key size."""
    if algorithm_id not in _ALGORITHMS:
        return "unknown (%d)" % algorithm_id, None  # the fingerprint needs no understanding of the fields
    name, layout, count = _ALGORITHMS[algorithm_id]
    bits = None
    if layout == _MPIS:
        for index in range(count):
            size, pos = _skip_mpi(body, pos)
            bits = size if index == 0 else bits  # RSA n, DSA p, Elgamal p
    elif layout == _FIXED:
        pos += count
        bits = _FIXED_BITS[name]
    else:
        bits, pos = _read_curve(body, pos)
        _size, pos = _skip_mpi(body, pos)
        if layout == _ECDH:  # KDF parameters: a length octet and that many octets
            if pos >= len(body):
                raise KeyProblem("is damaged: its public key material is cut short")
            pos += 1 + body[pos]
    if pos != len(body):
        raise KeyProblem("is damaged: its %s public key packet has %d byte(s) more or less than its fields"
                         % (name, abs(len(body) - pos)))
    return name, bits


def _read_key_packet(body: bytes) -> OpenPgpKey:
    """The key fields of a public key or subkey packet body (no user IDs or subkeys yet)."""
    if not body:
        raise KeyProblem("is damaged: a public key packet is empty")
    version = body[0]
    if version in (2, 3):
        raise KeyProblem("is a version %d OpenPGP key, which is obsolete (MD5 fingerprints); create a current key" % version)
    if version == 5:
        raise KeyProblem("is a version 5 (LibrePGP) OpenPGP key; only version 4 (RFC 4880) and 6 (RFC 9580) keys are supported")
    if version not in (4, 6):
        raise KeyProblem("is an OpenPGP key of unknown version %d" % version)
    header = 6 if version == 4 else 10  # version, creation time, algorithm (+ v6: 4-octet material length)
    if len(body) < header:
        raise KeyProblem("is damaged: its public key packet is cut short")
    created = datetime.datetime.fromtimestamp(int.from_bytes(body[1:5], "big"), datetime.timezone.utc)
    if version == 6 and int.from_bytes(body[6:10], "big") != len(body) - header:
        raise KeyProblem("is damaged: its public key material length does not match the packet")
    algorithm, bits = _key_material(body[5], body, header)
    if version == 4:
        if len(body) > 0xFFFF:
            raise KeyProblem("is damaged: a version 4 public key packet cannot be this long")
        digest = hashlib.sha1(b"\x99" + len(body).to_bytes(2, "big") + body).hexdigest().upper()  # nosec - RFC 4880 12.2
        key_id = digest[-16:]
    else:
        digest = hashlib.sha256(b"\x9b" + len(body).to_bytes(4, "big") + body).hexdigest().upper()
        key_id = digest[:16]
    return OpenPgpKey(digest, key_id, version, algorithm, bits, created, (), (), ())


def _subpackets(area: bytes) -> t.Iterator[tuple[int, bytes]]:
    """(type, data) of each signature subpacket (RFC 4880 section 5.2.3.1; the critical bit dropped)."""
    pos = 0
    while pos < len(area):
        first = area[pos]
        if first < 192:
            length, pos = first, pos + 1
        elif first < 255:
            if pos + 1 >= len(area):
                raise ValueError("a signature subpacket length is cut short")
            length, pos = ((first - 192) << 8) + area[pos + 1] + 192, pos + 2
        else:
            length, pos = int.from_bytes(area[pos + 1:pos + 5], "big"), pos + 5
        if length < 1 or pos + length > len(area):
            raise ValueError("a signature subpacket is cut short")
        yield area[pos] & 0x7F, area[pos + 1:pos + length]
        pos += length


def _read_signature(body: bytes) -> t.Optional[_Signature]:
    """The parts of a version 4 or 6 signature (RFC 4880 section 5.2.3, RFC 9580 section 5.2.3) that say what
    a key is: creation and key expiration time (trusted from the hashed area only) and the issuer. None for a
    signature of another version or one that cannot be read."""
    if len(body) < 4 or body[0] not in (4, 6):
        return None
    size = 2 if body[0] == 4 else 4  # the subpacket areas' length octets
    created, expires_after, issuers, pos = 0, None, set(), 4
    try:
        for hashed in (True, False):
            length = int.from_bytes(body[pos:pos + size], "big")
            area, pos = body[pos + size:pos + size + length], pos + size + length
            if pos > len(body):
                return None
            for kind, data in _subpackets(area):
                if hashed and kind == _SUB_CREATED and len(data) == 4:
                    created = int.from_bytes(data, "big")
                elif hashed and kind == _SUB_KEY_EXPIRES and len(data) == 4:
                    expires_after = int.from_bytes(data, "big")
                elif kind == _SUB_ISSUER and len(data) == 8:
                    issuers.add(data.hex().upper())
                elif kind == _SUB_ISSUER_FINGERPRINT and len(data) > 1:
                    issuers.add(data[1:].hex().upper())
    except ValueError:
        return None
    return _Signature(body[1], created, expires_after, frozenset(issuers))


def _expiry(key: OpenPgpKey, signatures: list[_Signature]) -> t.Optional[datetime.datetime]:
    """The key's expiry from the latest of `signatures` (RFC 4880 section 5.2.3.6: absent or 0 is never)."""
    latest = max(signatures, key=lambda signature: signature.created, default=None)
    if latest is None or not latest.key_expires_after:
        return None
    return key.created + datetime.timedelta(seconds=latest.key_expires_after)


class _Certificate:
    """The packets of one certificate, gathered in order: each signature belongs to the primary key (directly
    or through a user ID) until the first subkey, then to the subkey before it."""

    def __init__(self, primary: OpenPgpKey) -> None:
        self.primary = primary
        self.user_ids: list[str] = []
        self.primary_signatures: list[_Signature] = []
        self.subkeys: list[tuple[OpenPgpKey, list[_Signature]]] = []

    def add(self, packet: _Packet) -> None:
        if packet.tag == _TAG_PUBLIC_KEY:
            raise KeyProblem("holds more than one public key; give exactly one key")
        if packet.tag == _TAG_USER_ID:
            self.user_ids.append(packet.body.decode("utf-8", "replace"))
        elif packet.tag == _TAG_PUBLIC_SUBKEY:
            self.subkeys.append((_read_key_packet(packet.body), []))
        elif packet.tag == _TAG_SIGNATURE:
            signature = _read_signature(packet.body)
            if signature is not None:
                (self.subkeys[-1][1] if self.subkeys else self.primary_signatures).append(signature)

    def self_signed(self, signature: _Signature) -> bool:
        return not signature.issuers or bool({self.primary.key_id, self.primary.fingerprint} & signature.issuers)

    def key(self) -> OpenPgpKey:
        own = [signature for signature in self.primary_signatures if self.self_signed(signature)]
        subkeys = tuple(Subkey(subkey.fingerprint,
                               _expiry(subkey, [sig for sig in signatures if sig.type == _SUBKEY_BINDING]),
                               any(sig.type == _SUBKEY_REVOCATION for sig in signatures))
                        for subkey, signatures in self.subkeys)
        emails = tuple(match.group(1) for user_id in self.user_ids for match in _EMAIL.finditer(user_id))
        return self.primary._replace(
            user_ids=tuple(self.user_ids), emails=emails, subkey_fingerprints=tuple(sub.fingerprint for sub in subkeys),
            expires=_expiry(self.primary, [sig for sig in own if sig.type in _CERTIFICATIONS or sig.type == _DIRECT_KEY]),
            revoked=any(sig.type == _KEY_REVOCATION for sig in own), subkeys=subkeys)


def parse_openpgp_public_key(text: str) -> OpenPgpKey:
    """Parse exactly one armored OpenPGP public key; raise KeyProblem (never echoing key material) if it is not."""
    certificate = None  # dearmor() returns data, so a first packet exists
    for packet in _packets(dearmor(text)):
        if packet.tag in (_TAG_SECRET_KEY, _TAG_SECRET_SUBKEY):
            raise KeyProblem("holds private key material; give the public key (gpg --armor --export KEYID). "
                             "The key is not shown here")
        if certificate is not None:
            certificate.add(packet)
        elif packet.tag == _TAG_SIGNATURE:
            raise KeyProblem("holds no public key, only a signature (a revocation certificate?)")
        elif packet.tag != _TAG_PUBLIC_KEY:
            raise KeyProblem("does not start with a public key packet (its first packet has tag %d)" % packet.tag)
        else:
            certificate = _Certificate(_read_key_packet(packet.body))
    return certificate.key()


def same_key(first: str, second: str) -> bool:
    """Whether two armored texts hold the same primary key (e.g. what was sent and what GitLab returns)."""
    return parse_openpgp_public_key(first).identity == parse_openpgp_public_key(second).identity
