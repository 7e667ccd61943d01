"""GPG keys: /user/gpg_keys and /users/:id/gpg_keys.

Test keys are real OpenPGP version 4 transferable public keys built here: the key material comes from
`cryptography`, the packets (public key, user ID, positive self-certification signed with the key) are
written by `build_key` following RFC 4880. GnuPG imports them; the fingerprints below were checked
against `gpg --import --import-options show-only`. data/gitlab_docs_gpg_key.asc is the key of GitLab's
own API documentation (CRLF line ends, new-format packets)."""
from __future__ import annotations

import base64
import hashlib
import os
import struct
import time

import gitlab as python_gitlab
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from gitlab_sim import gpg

DATA = os.path.join(os.path.dirname(__file__), "data")
DOCS_KEY_FINGERPRINT = "A3F68FF91ABFE2486D830E99836024D82FD34F7F"  # gpg --import --import-options show-only
FORMAT_ERROR = {"key": ["is invalid. A valid public GPG key begins with '-----BEGIN PGP PUBLIC KEY BLOCK-----' "
                        "and ends with '-----END PGP PUBLIC KEY BLOCK-----'"]}
NOT_IMPORTED = {"fingerprint": ["can't be blank"], "primary_keyid": ["can't be blank"]}
ED25519_OID = bytes.fromhex("2B06010401DA470F01")  # 1.3.6.1.4.1.11591.15.1


# -- an OpenPGP writer for test keys ------------------------------------------------------------------
def mpi(data):
    number = int.from_bytes(data, "big")
    return struct.pack(">H", number.bit_length()) + number.to_bytes((number.bit_length() + 7) // 8, "big")


def packet(tag, body, old_format=False):
    if old_format:
        return bytes([0x80 | (tag << 2) | 2]) + struct.pack(">I", len(body)) + body
    if len(body) < 192:
        return bytes([0xC0 | tag, len(body)]) + body
    return bytes([0xC0 | tag, 0xFF]) + struct.pack(">I", len(body)) + body


def subpacket(kind, data):
    return bytes([len(data) + 1, kind]) + data


class OpenPgpKey:
    """A signing key with one self-certified user ID."""

    def __init__(self, kind="ed25519", user_id="Test User <test@example.com>", version=4):
        self.kind = kind
        self.private = ed25519.Ed25519PrivateKey.generate() if kind == "ed25519" else rsa.generate_private_key(
            65537, 2048)
        self.user_id = user_id.encode()
        created = struct.pack(">I", int(time.time()) - 60)
        self.body = bytes([version]) + created + self._material()
        self.fingerprint = hashlib.sha1(b"\x99" + struct.pack(">H", len(self.body)) + self.body).hexdigest().upper()

    def _material(self):
        public = self.private.public_key()
        if self.kind == "ed25519":
            return bytes([22, len(ED25519_OID)]) + ED25519_OID + mpi(
                b"\x40" + public.public_bytes(Encoding.Raw, PublicFormat.Raw))
        numbers = public.public_numbers()
        return bytes([1]) + mpi(numbers.n.to_bytes(256, "big")) + mpi(numbers.e.to_bytes(3, "big"))

    def self_signature(self, issuer=None):
        algorithm = 22 if self.kind == "ed25519" else 1
        hashed = (subpacket(2, struct.pack(">I", int(time.time()) - 60))
                  + subpacket(33, b"\x04" + bytes.fromhex(issuer or self.fingerprint)) + subpacket(27, b"\x03"))
        head = bytes([4, 0x13, algorithm, 8]) + struct.pack(">H", len(hashed)) + hashed
        signed = (b"\x99" + struct.pack(">H", len(self.body)) + self.body
                  + b"\xb4" + struct.pack(">I", len(self.user_id)) + self.user_id
                  + head + b"\x04\xff" + struct.pack(">I", len(head)))
        digest = hashlib.sha256(signed).digest()
        if self.kind == "ed25519":
            raw = self.private.sign(digest)
            values = mpi(raw[:32]) + mpi(raw[32:])
        else:
            values = mpi(self.private.sign(signed, padding.PKCS1v15(), hashes.SHA256()))
        unhashed = subpacket(16, bytes.fromhex((issuer or self.fingerprint)[-16:]))
        return head + struct.pack(">H", len(unhashed)) + unhashed + digest[:2] + values

    def packets(self, old_format=False, with_user_id=True, signed=True):
        data = packet(6, self.body, old_format)
        if with_user_id:
            data += packet(13, self.user_id, old_format)
        if with_user_id and signed:
            data += packet(2, self.self_signature(), old_format)
        return data

    def armored(self, **options):
        return armor(self.packets(**options))


def armor(data, headers=("Comment: simulator test key",), width=64, crc=None):
    encoded = base64.b64encode(data).decode()
    checksum = base64.b64encode((gpg.crc24(data) if crc is None else crc).to_bytes(3, "big")).decode()
    lines = [gpg.KEY_PREFIX, *headers, ""]
    lines += [encoded[i:i + width] for i in range(0, len(encoded), width)]
    lines += ["=" + checksum, gpg.KEY_SUFFIX]
    return "\n".join(lines)


# -- fixtures -----------------------------------------------------------------------------------------
@pytest.fixture
def owner(gitlab, unique):
    return gitlab.create_user(unique("gpg"))


@pytest.fixture
def owner_token(gitlab, owner):
    response = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"],
                          json={"name": "gpg", "scopes": ["api"]})
    return response.json()["token"]


def add_key(gitlab, user_id, key):
    return gitlab.api("POST", "/users/%d/gpg_keys" % user_id, data={"key": key})


# -- the parser against GnuPG's answers ---------------------------------------------------------------
def docs_key_with_crlf():
    """The docs' key as pasted from a browser: CRLF line ends (the fixture is stored with LF)."""
    with open(os.path.join(DATA, "gitlab_docs_gpg_key.asc"), encoding="utf-8") as handle:
        return handle.read().replace("\n", "\r\n")


def test_import_matches_gnupg_for_the_documentation_key():
    text = docs_key_with_crlf()
    assert "\r\n" in text
    info = gpg.import_key(text)
    assert (info.fingerprint, info.primary_keyid) == (DOCS_KEY_FINGERPRINT, DOCS_KEY_FINGERPRINT[-16:])
    without_blank_line = text.replace("\r\n\r\n", "\r\n", 1)  # the docs' second example has none
    assert gpg.import_key(without_blank_line).fingerprint == DOCS_KEY_FINGERPRINT
    assert gpg.import_key(text.replace("=XQoy", "=XQoz")) is None  # CRC-24 mismatch, as GnuPG says


@pytest.mark.parametrize("kind", ["ed25519", "rsa"])
def test_fingerprint_is_sha1_over_the_key_packet(kind):
    key = OpenPgpKey(kind)
    info = gpg.import_key(key.armored())
    assert info.fingerprint == key.fingerprint and info.primary_keyid == key.fingerprint[-16:]
    assert gpg.import_key(key.armored(old_format=True)).fingerprint == key.fingerprint
    assert gpg.import_key(armor(key.packets(), headers=(), width=76)).fingerprint == key.fingerprint


def test_keys_gnupg_would_not_import():
    key = OpenPgpKey()
    assert gpg.import_key(key.armored(with_user_id=False)) is None
    assert gpg.import_key(key.armored(signed=False)) is None
    stranger = packet(6, key.body) + packet(13, key.user_id) + packet(2, key.self_signature("AB" * 20))
    assert gpg.import_key(armor(stranger)) is None  # the only certification is by another key
    assert gpg.import_key(OpenPgpKey(version=5).armored()) is None
    assert gpg.import_key(armor(packet(13, key.user_id) + key.packets())) is None  # must start with a key


# -- python-gitlab ------------------------------------------------------------------------------------
def test_python_gitlab_user_gpg_keys(gl, owner):
    user = gl.users.get(owner["id"])
    text = OpenPgpKey().armored()
    created = user.gpgkeys.create({"key": text})
    assert created.key == text and [k.id for k in user.gpgkeys.list()] == [created.id]
    assert user.gpgkeys.get(created.id).key == text
    user.gpgkeys.delete(created.id)
    with pytest.raises(python_gitlab.exceptions.GitlabGetError) as missing:
        user.gpgkeys.get(created.id)
    assert missing.value.error_message == "404 GPG Key Not Found"


def test_python_gitlab_current_user_gpg_keys(gitlab, owner_token):
    own = python_gitlab.Gitlab(gitlab.url, private_token=owner_token, ssl_verify=gitlab.ca_path or True)
    own.auth()
    created = own.user.gpgkeys.create({"key": OpenPgpKey("rsa").armored()})
    assert [k.id for k in own.user.gpgkeys.list()] == [created.id]
    own.user.gpgkeys.delete(created.id)
    assert own.user.gpgkeys.list() == []


# -- storing and validation ---------------------------------------------------------------------------
def test_stored_text_is_stripped_and_entity_shape(gitlab, owner):
    text = OpenPgpKey().armored()
    body = add_key(gitlab, owner["id"], "\n  " + text + "  \n\n").json()
    assert list(body) == ["id", "key", "created_at"] and body["key"] == text


def test_documentation_key_with_crlf(sim, owner):
    text = docs_key_with_crlf()
    created = add_key(sim, owner["id"], text)
    assert created.status_code == 201, created.text
    assert created.json()["key"] == text
    sim.api("DELETE", "/users/%d/gpg_keys/%d" % (owner["id"], created.json()["id"]))


@pytest.mark.parametrize("text", [
    "not a key",
    "-----BEGIN PGP PRIVATE KEY BLOCK-----\nxsBN\n-----END PGP PRIVATE KEY BLOCK-----",
    "-----BEGIN PGP PUBLIC KEY BLOCK-----\nabc",
    "-----BEGIN PGP PUBLIC KEY BLOCK----------END PGP PUBLIC KEY BLOCK-----",  # nothing in between
], ids=["text", "private-key", "no-end", "empty-block"])
def test_format_errors(gitlab, owner, text):
    response = add_key(gitlab, owner["id"], text)
    assert (response.status_code, response.json()) == (400, {"message": FORMAT_ERROR})


def test_two_armored_blocks_are_refused(gitlab, owner):
    response = add_key(gitlab, owner["id"], OpenPgpKey().armored() + "\n" + OpenPgpKey().armored())
    assert response.json() == {"message": FORMAT_ERROR}


def test_blank_key(gitlab, owner):
    response = add_key(gitlab, owner["id"], "   ")
    assert response.json() == {"message": {"key": ["can't be blank", FORMAT_ERROR["key"][0]]}}
    assert gitlab.api("POST", "/users/%d/gpg_keys" % owner["id"]).json() == {"error": "key is missing"}


@pytest.mark.parametrize("build", [
    lambda: "-----BEGIN PGP PUBLIC KEY BLOCK-----\n-----END PGP PUBLIC KEY BLOCK-----",  # passes the format
    lambda: armor(b"\x99\x00\x01garbage"),
    lambda: OpenPgpKey().armored(with_user_id=False),
    lambda: OpenPgpKey().armored(signed=False),
    lambda: armor(OpenPgpKey().packets(), crc=0x123456),
    lambda: OpenPgpKey(version=3).armored(),
], ids=["no-data", "garbage-packets", "no-user-id", "no-self-signature", "bad-crc", "version-3"])
def test_well_formed_but_not_importable(gitlab, owner, build):
    response = add_key(gitlab, owner["id"], build())
    assert (response.status_code, response.json()) == (400, {"message": NOT_IMPORTED})


def test_uniqueness_is_global(gitlab, owner, unique):
    other = gitlab.create_user(unique("gpg"))
    key = OpenPgpKey()
    text = key.armored()
    assert add_key(gitlab, owner["id"], text).status_code == 201
    same_text = add_key(gitlab, other["id"], text)
    assert (same_text.status_code, same_text.json()) == (400, {"message": {"key": ["has already been taken"]}})
    rewrapped = add_key(gitlab, other["id"], armor(key.packets(old_format=True), headers=(), width=76))
    assert rewrapped.json() == {"message": {"fingerprint": ["has already been taken"],
                                            "primary_keyid": ["has already been taken"]}}


def test_an_updated_export_of_a_stored_key_is_refused_until_the_old_one_is_gone(gitlab, owner):
    """GpgKey validates fingerprint and primary_keyid as unique (app/models/gpg_key.rb) and the API has no update,
    so the owner's own key exported again with a new user ID is refused; deleting the stored key lets it in."""
    key = OpenPgpKey()
    stored = add_key(gitlab, owner["id"], key.armored()).json()
    key.user_id = b"Test User <second@example.com>"
    updated = key.armored()
    refused = add_key(gitlab, owner["id"], updated)
    assert (refused.status_code, refused.json()) == (400, {"message": {"fingerprint": ["has already been taken"],
                                                                       "primary_keyid": ["has already been taken"]}})
    assert gitlab.api("DELETE", "/users/%d/gpg_keys/%d" % (owner["id"], stored["id"])).status_code == 204
    added = add_key(gitlab, owner["id"], updated)
    assert added.status_code == 201 and added.json()["key"] == updated


def test_only_the_first_key_of_a_block_counts(gitlab, owner):
    first, second = OpenPgpKey(), OpenPgpKey("rsa")
    assert add_key(gitlab, owner["id"], armor(first.packets() + second.packets())).status_code == 201
    assert add_key(gitlab, owner["id"], first.armored()).json() == {
        "message": {"fingerprint": ["has already been taken"], "primary_keyid": ["has already been taken"]}}
    assert add_key(gitlab, owner["id"], second.armored()).status_code == 201


# -- endpoints ----------------------------------------------------------------------------------------
def test_reads_need_no_authentication(gitlab, owner):
    created = add_key(gitlab, owner["id"], OpenPgpKey().armored()).json()
    listed = gitlab.api("GET", "/users/%d/gpg_keys" % owner["id"], token=False)
    assert listed.json() == [created]
    single = gitlab.api("GET", "/users/%d/gpg_keys/%d" % (owner["id"], created["id"]), token=False)
    assert single.json() == created
    assert gitlab.api("GET", "/users/1/gpg_keys/%d" % created["id"]).json() == {"message": "404 GPG Key Not Found"}
    assert gitlab.api("GET", "/users/0/gpg_keys", token=False).json() == {"message": "404 User Not Found"}
    by_name = gitlab.api("GET", "/users/%s/gpg_keys" % owner["username"], token=False)
    assert (by_name.status_code, by_name.json()) == (404, {"error": "404 Not Found"})  # :id is digits only


def test_admin_only_writes(gitlab, owner, owner_token):
    as_user = gitlab.api("POST", "/users/%d/gpg_keys" % owner["id"], token=owner_token,
                         data={"key": OpenPgpKey().armored()})
    assert (as_user.status_code, as_user.json()) == (403, {"message": "403 Forbidden"})
    anonymous = gitlab.api("POST", "/users/%d/gpg_keys" % owner["id"], token=False, data={"key": "x"})
    assert anonymous.status_code == 401
    assert gitlab.api("POST", "/users/0/gpg_keys", data={"key": OpenPgpKey().armored()}).json() == {
        "message": "404 User Not Found"}
    assert gitlab.api("DELETE", "/users/%d/gpg_keys/abc" % owner["id"]).json() == {"error": "key_id is invalid"}


def test_revoke_answers_202_and_removes_the_key(gitlab, owner, owner_token):
    admin_side = add_key(gitlab, owner["id"], OpenPgpKey().armored()).json()
    revoked = gitlab.api("POST", "/users/%d/gpg_keys/%d/revoke" % (owner["id"], admin_side["id"]))
    assert (revoked.status_code, revoked.json()) == (202, 202)
    assert gitlab.api("GET", "/users/%d/gpg_keys" % owner["id"]).json() == []
    own = gitlab.api("POST", "/user/gpg_keys", token=owner_token, data={"key": OpenPgpKey().armored()}).json()
    assert gitlab.api("POST", "/user/gpg_keys/%d/revoke" % own["id"], token=owner_token).status_code == 202
    again = gitlab.api("POST", "/user/gpg_keys/%d/revoke" % own["id"], token=owner_token)
    assert (again.status_code, again.json()) == (404, {"message": "404 GPG Key Not Found"})


def test_current_user_endpoints(gitlab, owner, owner_token):
    created = gitlab.api("POST", "/user/gpg_keys", token=owner_token, data={"key": OpenPgpKey().armored()}).json()
    assert gitlab.api("GET", "/user/gpg_keys/%d" % created["id"], token=owner_token).json() == created
    assert gitlab.api("GET", "/user/gpg_keys/%d" % created["id"]).json() == {"message": "404 GPG Key Not Found"}
    assert gitlab.api("GET", "/user/gpg_keys", token=False).status_code == 401
    assert gitlab.api("DELETE", "/user/gpg_keys/%d" % created["id"], token=owner_token).status_code == 204
    assert gitlab.api("GET", "/user/gpg_keys", token=owner_token).json() == []


def test_list_pagination(gitlab, owner):
    ids = [add_key(gitlab, owner["id"], OpenPgpKey().armored()).json()["id"] for dummy in range(3)]
    page = gitlab.api("GET", "/users/%d/gpg_keys" % owner["id"], params={"per_page": 2, "page": 2})
    assert [key["id"] for key in page.json()] == ids[2:]
    assert (page.headers["X-Total"], page.headers["X-Prev-Page"]) == ("3", "1")
