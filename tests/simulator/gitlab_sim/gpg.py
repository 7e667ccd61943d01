"""OpenPGP public key import, standing in for `GPGME::Key.import` (app/models/gpg_key.rb, lib/gitlab/gpg.rb).

GitLab extracts `fingerprint` and `primary_keyid` by importing the armored text into a temporary GnuPG
keychain; when GnuPG imports nothing, both are nil and the model says "can't be blank". This module does
what that import needs, in pure Python: remove the ASCII armor (radix-64 with an optional CRC-24 check,
RFC 4880 section 6), walk the packets in both the old and the new packet format (section 4.2), take the
first transferable public key and compute its version 4 fingerprint, SHA-1 over 0x99, the two-byte body
length and the key packet body (section 12.2). The key id is the low 64 bits of the fingerprint.

Like GnuPG, a key without a user ID that carries a self-certification is not imported. Signatures are
checked for their structure and issuer only, not cryptographically (see the simulator README).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
import struct

KEY_PREFIX = "-----BEGIN PGP PUBLIC KEY BLOCK-----"
KEY_SUFFIX = "-----END PGP PUBLIC KEY BLOCK-----"
# GpgKey's format validation (multiline: `.` matches newlines).
KEY_FORMAT = re.compile(r"\A%s((?!%s)(?!%s).)+%s\Z" % (KEY_PREFIX, KEY_PREFIX, KEY_SUFFIX, KEY_SUFFIX), re.S)
FORMAT_MESSAGE = ("is invalid. A valid public GPG key begins with '%s' and ends with '%s'"
                  % (KEY_PREFIX, KEY_SUFFIX))

TAG_SIGNATURE, TAG_PUBLIC_KEY, TAG_USER_ID, TAG_PUBLIC_SUBKEY, TAG_USER_ATTRIBUTE = 2, 6, 13, 14, 17
# Public key algorithms that can certify, so can be a primary key: RSA, RSA sign-only, DSA, ECDSA, EdDSA.
PRIMARY_ALGORITHMS = {1, 3, 17, 19, 22}
CERTIFICATION_TYPES = range(0x10, 0x14)
SUBPACKET_ISSUER, SUBPACKET_ISSUER_FINGERPRINT = 16, 33
_ARMOR_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*: ")


class InvalidData(Exception):
    """Input GnuPG would refuse to import."""


class KeyInfo:
    def __init__(self, fingerprint):
        self.fingerprint = fingerprint  # 40 upper-case hex digits
        self.primary_keyid = fingerprint[-16:]


# -- ASCII armor --------------------------------------------------------------------------------------
def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for dummy in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def dearmor(text):
    """The binary packets inside one armored public key block."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines[0].strip() != KEY_PREFIX or KEY_SUFFIX not in (line.strip() for line in lines):
        raise InvalidData("no armored public key block")
    end = [line.strip() for line in lines].index(KEY_SUFFIX)
    body = lines[1:end]
    start = 0
    while start < len(body) and _ARMOR_HEADER.match(body[start]):
        start += 1  # "Version: ...", "Comment: ..."
    data_lines = [line.strip() for line in body[start:] if line.strip()]
    checksum = None
    if data_lines and data_lines[-1].startswith("=") and len(data_lines[-1]) == 5:
        checksum = data_lines.pop()[1:]
    data = _radix64(data_lines)
    if checksum is not None and int.from_bytes(_radix64([checksum]), "big") != crc24(data):
        raise InvalidData("CRC-24 mismatch")
    return data


def _radix64(lines):
    joined = "".join(lines)
    if not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", joined) or len(joined) % 4:
        raise InvalidData("bad radix-64 data")
    try:
        return base64.b64decode(joined, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidData("bad radix-64 data") from None


# -- packets ------------------------------------------------------------------------------------------
def _new_format_length(data, offset):
    """-> (body length, header bytes used). Partial body lengths are not allowed in key material."""
    first = data[offset]
    if first < 192:
        return first, 1
    if first < 224:
        if offset + 1 >= len(data):
            raise InvalidData("truncated length")
        return ((first - 192) << 8) + data[offset + 1] + 192, 2
    if first == 255:
        if offset + 5 > len(data):
            raise InvalidData("truncated length")
        return struct.unpack(">I", data[offset + 1:offset + 5])[0], 5
    raise InvalidData("partial body length in a key packet")


def _old_format_length(data, offset, length_type):
    if length_type == 3:
        return len(data) - offset, 0  # indeterminate: to the end of the data
    size = (1, 2, 4)[length_type]
    if offset + size > len(data):
        raise InvalidData("truncated length")
    return int.from_bytes(data[offset:offset + size], "big"), size


def packets(data):
    """[(tag, body)] for every packet, in order."""
    found = []
    offset = 0
    while offset < len(data):
        header = data[offset]
        if not header & 0x80:
            raise InvalidData("not an OpenPGP packet header")
        if header & 0x40:
            tag = header & 0x3F
            length, used = _new_format_length(data, offset + 1)
        else:
            tag = (header >> 2) & 0x0F
            length, used = _old_format_length(data, offset + 1, header & 0x03)
        start = offset + 1 + used
        if start + length > len(data):
            raise InvalidData("truncated packet")
        found.append((tag, data[start:start + length]))
        offset = start + length
    return found


# -- key and signature packets ------------------------------------------------------------------------
def _skip_mpi(body, offset):
    if offset + 2 > len(body):
        raise InvalidData("truncated MPI")
    bits = struct.unpack(">H", body[offset:offset + 2])[0]
    end = offset + 2 + (bits + 7) // 8
    if end > len(body):
        raise InvalidData("truncated MPI")
    return end


def _skip_oid(body, offset):
    if offset >= len(body) or body[offset] in (0, 0xFF):
        raise InvalidData("bad curve OID")
    end = offset + 1 + body[offset]
    if end > len(body):
        raise InvalidData("truncated curve OID")
    return end


_KEY_MATERIAL = {  # algorithm -> number of MPIs after an optional curve OID
    1: (False, 2), 2: (False, 2), 3: (False, 2), 16: (False, 3), 17: (False, 4), 19: (True, 1), 22: (True, 1),
}


def v4_fingerprint(body):
    """Check a public key packet body (version 4 only, like GnuPG 2.2) and return its fingerprint."""
    if len(body) < 6 or body[0] != 4:
        raise InvalidData("only version 4 keys are imported")
    algorithm = body[5]
    if algorithm not in PRIMARY_ALGORITHMS:
        raise InvalidData("algorithm %d cannot certify" % algorithm)
    has_oid, mpi_count = _KEY_MATERIAL[algorithm]
    offset = _skip_oid(body, 6) if has_oid else 6
    for dummy in range(mpi_count):
        offset = _skip_mpi(body, offset)
    if offset != len(body):
        raise InvalidData("trailing data in the key packet")
    return hashlib.sha1(b"\x99" + struct.pack(">H", len(body)) + body).hexdigest().upper()  # noqa: S324


def _subpackets(area):
    offset = 0
    while offset < len(area):
        length, used = _new_format_length(area, offset)
        start = offset + used
        if length < 1 or start + length > len(area):
            raise InvalidData("bad signature subpacket")
        yield area[start] & 0x7F, area[start + 1:start + length]
        offset = start + length


def _signature_issuers(body):
    """(signature type, set of issuer key ids / fingerprints in upper-case hex) of a v4 signature."""
    if len(body) < 6 or body[0] != 4:
        return None, set()
    issuers = set()
    offset = 4
    for _area in range(2):  # hashed, then unhashed subpackets
        if offset + 2 > len(body):
            raise InvalidData("truncated signature")
        size = struct.unpack(">H", body[offset:offset + 2])[0]
        area = body[offset + 2:offset + 2 + size]
        offset += 2 + size
        for kind, value in _subpackets(area):
            if kind == SUBPACKET_ISSUER:
                issuers.add(value.hex().upper())
            elif kind == SUBPACKET_ISSUER_FINGERPRINT:
                issuers.add(value[1:].hex().upper())
    return body[1], issuers


def _is_self_certification(body, info):
    sig_type, issuers = _signature_issuers(body)
    if sig_type not in CERTIFICATION_TYPES:
        return False
    return not issuers or info.fingerprint in issuers or info.primary_keyid in issuers


def _has_certified_user_id(key_packets, info):
    in_user_id = False
    for tag, body in key_packets:
        if tag in (TAG_USER_ID, TAG_USER_ATTRIBUTE):
            in_user_id = True
        elif tag == TAG_PUBLIC_SUBKEY:
            in_user_id = False
        elif tag == TAG_SIGNATURE and in_user_id and _is_self_certification(body, info):
            return True
    return False


def _first_transferable_key(all_packets):
    if not all_packets or all_packets[0][0] != TAG_PUBLIC_KEY:
        raise InvalidData("the block does not start with a public key")
    rest = all_packets[1:]
    following = [index for index, (tag, _body) in enumerate(rest) if tag == TAG_PUBLIC_KEY]
    return all_packets[0][1], rest[:following[0]] if following else rest


def import_key(armored):
    """`Gitlab::Gpg.fingerprints_from_key(key).first` as a KeyInfo, or None when GnuPG imports nothing."""
    try:
        primary, key_packets = _first_transferable_key(packets(dearmor(armored)))
        info = KeyInfo(v4_fingerprint(primary))
        if not _has_certified_user_id(key_packets, info):
            raise InvalidData("no user ID with a self-certification")
    except InvalidData:
        return None
    return info
