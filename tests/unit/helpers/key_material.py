# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Test data: real keys made with `cryptography`, encoded here from the specifications.

Nothing here imports the code under test: the wire formats are written out from RFC 4251/4253/5656,
OpenSSH's PROTOCOL.u2f, RFC 4880 and RFC 9580, so that the expected fingerprints are an independent
computation. `ssh-keygen` and `gpg` serve as a second, external oracle where they are installed.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import struct
import subprocess
import tempfile

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa

# ---------------------------------------------------------------- SSH (RFC 4251 section 5, RFC 4253 6.6)


def ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def ssh_mpint(value: int) -> bytes:
    """A positive mpint: big-endian, with a leading zero octet when the top bit is set."""
    return ssh_string(value.to_bytes(value.bit_length() // 8 + 1, "big"))


def ssh_line(algorithm: str, blob: bytes, comment: str = "") -> str:
    return " ".join(part for part in (algorithm, base64.b64encode(blob).decode("ascii"), comment) if part)


def blob_of(line: str) -> bytes:
    return base64.b64decode(line.split()[1])


def openssh_public_line(private_key, comment: str = "") -> str:
    """cryptography's own OpenSSH encoding of the public key."""
    encoded = private_key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return " ".join(part for part in (encoded.decode("ascii"), comment) if part)


def dsa_blob(private_key) -> bytes:
    numbers = private_key.public_key().public_numbers()
    params = numbers.parameter_numbers
    return ssh_string(b"ssh-dss") + b"".join(ssh_mpint(n) for n in (params.p, params.q, params.g, numbers.y))


def ec_point(private_key) -> bytes:
    return private_key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)


def ed25519_raw(private_key) -> bytes:
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sk_ecdsa_blob(private_key, application: bytes = b"ssh:") -> bytes:
    """PROTOCOL.u2f: string type, string curve, string Q, string application."""
    return (ssh_string(b"sk-ecdsa-sha2-nistp256@openssh.com") + ssh_string(b"nistp256")
            + ssh_string(ec_point(private_key)) + ssh_string(application))


def sk_ed25519_blob(private_key, application: bytes = b"ssh:") -> bytes:
    """PROTOCOL.u2f: string type, string public key, string application."""
    return ssh_string(b"sk-ssh-ed25519@openssh.com") + ssh_string(ed25519_raw(private_key)) + ssh_string(application)


def sha256_fingerprint(blob: bytes) -> str:
    """OpenSSH's SHA256 fingerprint: unpadded base64 of the SHA-256 of the blob."""
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii").rstrip("=")


def md5_fingerprint(blob: bytes) -> str:
    return ":".join("%02x" % octet for octet in hashlib.md5(blob).digest())


def make_ssh_keys() -> dict:
    """name -> (line with comment, algorithm, bits): one key of every type GitLab accepts."""
    keys = {}
    for bits in (1024, 2048, 4096):
        keys["rsa%d" % bits] = (openssh_public_line(rsa.generate_private_key(65537, bits), "rsa@example"), "ssh-rsa", bits)
    for curve, bits in ((ec.SECP256R1(), 256), (ec.SECP384R1(), 384), (ec.SECP521R1(), 521)):
        keys["ecdsa%d" % bits] = (openssh_public_line(ec.generate_private_key(curve), "ec@example"),
                                  "ecdsa-sha2-nistp%d" % bits, bits)
    keys["ed25519"] = (openssh_public_line(ed25519.Ed25519PrivateKey.generate(), "ed@example"), "ssh-ed25519", 256)
    keys["sk-ecdsa"] = (ssh_line("sk-ecdsa-sha2-nistp256@openssh.com", sk_ecdsa_blob(ec.generate_private_key(ec.SECP256R1())),
                                 "yubi@example"), "sk-ecdsa-sha2-nistp256@openssh.com", 256)
    keys["sk-ed25519"] = (ssh_line("sk-ssh-ed25519@openssh.com", sk_ed25519_blob(ed25519.Ed25519PrivateKey.generate()),
                                   "yubi@example"), "sk-ssh-ed25519@openssh.com", 256)
    keys["dsa1024"] = (ssh_line("ssh-dss", dsa_blob(dsa.generate_private_key(1024)), "dsa@example"), "ssh-dss", 1024)
    return keys


def ssh_keygen_fingerprint(line: str, hash_name: str) -> tuple[int, str]:
    """(bits, fingerprint) as `ssh-keygen -l` prints them."""
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "key.pub")
        with open(path, "w") as handle:
            handle.write(line + "\n")
        out = subprocess.run(["ssh-keygen", "-l", "-E", hash_name, "-f", path], check=True,
                             stdout=subprocess.PIPE, universal_newlines=True).stdout.split()
    return int(out[0]), out[1]


# ---------------------------------------------------------------- OpenPGP (RFC 4880, RFC 9580)

ALGO_RSA, ALGO_DSA, ALGO_ECDSA, ALGO_EDDSA_LEGACY = 1, 17, 19, 22
OID_ED25519 = bytes.fromhex("2B06010401DA470F01")
OID_P256 = bytes.fromhex("2A8648CE3D030107")
OID_P384 = bytes.fromhex("2B81040022")


def mpi(value: int) -> bytes:
    """RFC 4880 section 3.2: a two-octet bit count, then the big-endian value."""
    return struct.pack(">H", value.bit_length()) + value.to_bytes((value.bit_length() + 7) // 8, "big")


def new_packet(tag: int, body: bytes, length_octets: int = 0) -> bytes:
    """A new-format packet (RFC 4880 section 4.2.2) with the shortest length, or 1/2/5 octets if asked."""
    size = len(body)
    octets = length_octets or (1 if size < 192 else 2 if size < 8384 else 5)
    if octets == 1:
        header = bytes([size])
    elif octets == 2:
        header = bytes([((size - 192) >> 8) + 192, (size - 192) & 0xFF])
    else:
        header = b"\xff" + struct.pack(">I", size)
    return bytes([0xC0 | tag]) + header + body


def old_packet(tag: int, body: bytes, length_type: int) -> bytes:
    """An old-format packet (RFC 4880 section 4.2.1): length type 0/1/2 = 1/2/4 octets, 3 = to the end."""
    lengths = {0: struct.pack(">B", len(body)) if len(body) < 256 else None, 1: struct.pack(">H", len(body)),
               2: struct.pack(">I", len(body)), 3: b""}
    return bytes([0x80 | (tag << 2) | length_type]) + lengths[length_type] + body


def v4_key_body(private_key, created: int = 1700000000) -> bytes:
    """The body of a version 4 public key packet (RFC 4880 section 5.5.2, RFC 6637, RFC 9580 5.5.5)."""
    public = private_key.public_key()
    if isinstance(private_key, rsa.RSAPrivateKey):
        numbers = public.public_numbers()
        algorithm, material = ALGO_RSA, mpi(numbers.n) + mpi(numbers.e)
    elif isinstance(private_key, dsa.DSAPrivateKey):
        numbers = public.public_numbers()
        params = numbers.parameter_numbers
        algorithm, material = ALGO_DSA, b"".join(mpi(n) for n in (params.p, params.q, params.g, numbers.y))
    elif isinstance(private_key, ec.EllipticCurvePrivateKey):
        oid = {256: OID_P256, 384: OID_P384}[private_key.curve.key_size]
        algorithm, material = ALGO_ECDSA, bytes([len(oid)]) + oid + mpi(int.from_bytes(ec_point(private_key), "big"))
    else:  # Ed25519 as "EdDSALegacy": the point is 0x40 followed by the 32 raw octets
        algorithm = ALGO_EDDSA_LEGACY
        material = bytes([len(OID_ED25519)]) + OID_ED25519 + mpi(int.from_bytes(b"\x40" + ed25519_raw(private_key), "big"))
    return b"\x04" + struct.pack(">I", created) + bytes([algorithm]) + material


def v4_fingerprint(body: bytes) -> str:
    """RFC 4880 section 12.2: SHA-1 over 0x99, the two-octet length and the packet body."""
    return hashlib.sha1(b"\x99" + struct.pack(">H", len(body)) + body).hexdigest().upper()


def crc24(data: bytes) -> int:
    """RFC 4880 section 6.1's CRC-24, computed from its definition as polynomial arithmetic over GF(2).

    The CRC is (init * x^(8n) + message * x^24) mod the generator, for n message octets; the register
    algorithm of the RFC's sample code (and of the code under test) is another way to the same remainder.
    """
    generator = 0x1864CFB
    value = (0xB704CE << (8 * len(data))) ^ (int.from_bytes(data, "big") << 24)
    while value.bit_length() > 24:
        value ^= generator << (value.bit_length() - 25)
    return value


def armor(data: bytes, kind: str = "PUBLIC KEY BLOCK", headers: tuple = (), width: int = 64,
          checksum: bool = True, eol: str = "\n", blank_after_headers: bool = True) -> str:
    """ASCII armor (RFC 4880 section 6.2) with the given line width, headers, checksum and line ending."""
    encoded = base64.b64encode(data).decode("ascii")
    lines = ["-----BEGIN PGP %s-----" % kind] + list(headers)
    if headers or blank_after_headers:
        lines.append("")
    lines += [encoded[i:i + width] for i in range(0, len(encoded), width)]
    if checksum:
        lines.append("=" + base64.b64encode(struct.pack(">I", crc24(data))[1:]).decode("ascii"))
    lines.append("-----END PGP %s-----" % kind)
    return eol.join(lines) + eol


def gpg_show_keys(armored: str) -> list[list[str]]:
    """`gpg --show-keys --with-colons` records (pub, fpr, sub, uid, ...), in a throwaway home."""
    with tempfile.TemporaryDirectory() as home:
        out = subprocess.run(["gpg", "--homedir", home, "--batch", "--with-colons", "--show-keys"], input=armored,
                             check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, universal_newlines=True).stdout
    return [line.split(":") for line in out.splitlines()]


def refusal(parse, exception, text, *expected) -> str:
    """Call parse(text), expect `exception`, check that its message says each expected part; return it."""
    message = None
    try:
        parse(text)
    except exception as caught:
        message = str(caught)
    assert message is not None, "accepted: %r" % (text,)
    for part in expected:
        assert part in message, message
    return message


def have(binary: str) -> bool:
    return shutil.which(binary) is not None


def subpacket(kind: int, data: bytes) -> bytes:
    """RFC 4880 section 5.2.3.1: a one-octet length (type octet included), the type, the data."""
    return bytes([len(data) + 1, kind]) + data


OID_CV25519 = bytes.fromhex("2B060104019755010501")  # Curve25519 for ECDH (RFC 9580 section 9.2, legacy form)
ALGO_ECDH = 18


def x25519_subkey_body(private_key, created: int = 1700000000) -> bytes:
    """A version 4 ECDH encryption subkey on Curve25519 in the legacy form GnuPG writes (RFC 6637, RFC 9580
    section 5.5.5.6): the curve OID, the point as 0x40 and the 32 native octets, and the KDF parameters
    (SHA-256, AES-128)."""
    from cryptography.hazmat.primitives import serialization

    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return (b"\x04" + struct.pack(">I", created) + bytes([ALGO_ECDH, len(OID_CV25519)]) + OID_CV25519
            + mpi(int.from_bytes(b"\x40" + raw, "big")) + b"\x03\x01\x08\x07")


def key_prefix(body: bytes) -> bytes:
    """How a key packet body enters a signature's hash (RFC 4880 section 5.2.4)."""
    return b"\x99" + struct.pack(">H", len(body)) + body


def signature_packet(private_key, signature_type: int, hashed: bytes, hashed_prefix: bytes, issuer: bytes) -> bytes:
    """A version 4 signature packet made with `private_key` over `hashed_prefix` (RFC 4880 section 5.2.4),
    SHA-256; Ed25519 as EdDSALegacy, or RSA with PKCS#1 v1.5."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, utils

    algorithm = ALGO_RSA if isinstance(private_key, rsa.RSAPrivateKey) else ALGO_EDDSA_LEGACY
    signed_part = bytes([4, signature_type, algorithm, 8]) + struct.pack(">H", len(hashed)) + hashed
    digest = hashlib.sha256(hashed_prefix + signed_part + b"\x04\xff" + struct.pack(">I", len(signed_part))).digest()
    if algorithm == ALGO_RSA:
        signature = private_key.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))
        material = mpi(int.from_bytes(signature, "big"))
    else:  # EdDSALegacy signs the digest; the signature is the MPIs R and S
        signature = private_key.sign(digest)
        material = mpi(int.from_bytes(signature[:32], "big")) + mpi(int.from_bytes(signature[32:], "big"))
    unhashed = subpacket(16, issuer[-8:])  # issuer key ID
    return new_packet(2, signed_part + struct.pack(">H", len(unhashed)) + unhashed + digest[:2] + material)


def expiry_subpacket(expires_after) -> bytes:
    """RFC 4880 section 5.2.3.6: Key Expiration Time, seconds after the key's creation (none: never)."""
    return b"" if expires_after is None else subpacket(9, struct.pack(">I", expires_after))


def openpgp_certificate(private_key, user_id: str = "Test User <test@example.com>", created: int = 1700000000,
                        expires_after=None, subkeys=(), signed_at=None) -> bytes:
    """The packets of a version 4 certificate that GnuPG imports (armor them with `armor`): the public key
    packet, one user ID, and the user ID's positive self-certification (RFC 4880 sections 5.2.3, 5.2.4 and
    11.1), really signed with the key (Ed25519 as EdDSALegacy, or RSA with PKCS#1 v1.5), SHA-256.

    `expires_after` puts a Key Expiration Time (seconds after `created`) in the self-certification. `subkeys`
    are (X25519 private key, created, expires_after or None): each follows as an encryption subkey with its
    subkey binding signature (type 0x18). `signed_at` is the signatures' creation time (default `created`)."""
    body = v4_key_body(private_key, created)
    fingerprint = bytes.fromhex(v4_fingerprint(body))
    uid = user_id.encode("utf-8")
    when = struct.pack(">I", created if signed_at is None else signed_at)
    hashed = (subpacket(2, when) + expiry_subpacket(expires_after) + subpacket(33, b"\x04" + fingerprint)
              + subpacket(27, b"\x03"))  # creation time, expiry, issuer fingerprint, key flags: certify + sign
    packets = new_packet(6, body) + new_packet(13, uid) + signature_packet(
        private_key, 0x13, hashed, key_prefix(body) + b"\xb4" + struct.pack(">I", len(uid)) + uid, fingerprint)
    for subkey, subkey_created, subkey_expires_after in subkeys:
        subkey_body = x25519_subkey_body(subkey, subkey_created)
        hashed = (subpacket(2, when) + expiry_subpacket(subkey_expires_after)
                  + subpacket(33, b"\x04" + fingerprint) + subpacket(27, b"\x0c"))  # encrypt communications, storage
        packets += new_packet(14, subkey_body) + signature_packet(
            private_key, 0x18, hashed, key_prefix(body) + key_prefix(subkey_body), fingerprint)
    return packets
