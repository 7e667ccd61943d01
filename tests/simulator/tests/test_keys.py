"""SSH keys: /user/keys and /users/:user_id/keys.

Keys are generated per test with `cryptography`; fingerprints are checked against `ssh-keygen -l` output
recorded in data/ssh_keygen_fingerprints.json."""
from __future__ import annotations

import base64
import email.utils
import hashlib
import json
import os
import struct
import warnings

import gitlab as python_gitlab
import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.utils import CryptographyDeprecationWarning

from gitlab_sim import sshkeys
from gitlab_sim.api import keys as keys_api
from gitlab_sim.errors import ModelErrors

DATA = os.path.join(os.path.dirname(__file__), "data")
FORBIDDEN = "type is forbidden. Must be RSA, DSA, ECDSA, ED25519, ECDSA_SK, or ED25519_SK"


# -- key material -------------------------------------------------------------------------------------
def openssh_line(private_key, comment="someone@laptop"):
    text = private_key.public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode()
    return "%s %s" % (text, comment) if comment else text


def ed25519_key(comment="someone@laptop"):
    return openssh_line(ed25519.Ed25519PrivateKey.generate(), comment)


def dsa_key():
    with warnings.catch_warnings():  # OpenSSH and cryptography deprecate DSA; GitLab still accepts it
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        return openssh_line(dsa.generate_private_key(1024))


def ssh_string(data):
    return struct.pack(">I", len(data)) + data


def line_from_blob(algorithm, blob, comment="k@host"):
    return "%s %s %s" % (algorithm, base64.b64encode(blob).decode(), comment)


def blob_of(line):
    return base64.b64decode(line.split()[1])


def sha256_fingerprint(line):
    """What `ssh-keygen -l` prints after "SHA256:": base64 of SHA-256 over the blob, no padding."""
    return base64.b64encode(hashlib.sha256(blob_of(line)).digest()).decode().rstrip("=")


def ecdsa_point(curve):
    return ec.generate_private_key(curve).public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)


def sk_ecdsa_key():
    blob = (ssh_string(b"sk-ecdsa-sha2-nistp256@openssh.com") + ssh_string(b"nistp256")
            + ssh_string(ecdsa_point(ec.SECP256R1())) + ssh_string(b"ssh:"))
    return line_from_blob("sk-ecdsa-sha2-nistp256@openssh.com", blob)


def sk_ed25519_key():
    raw = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    blob = ssh_string(b"sk-ssh-ed25519@openssh.com") + ssh_string(raw) + ssh_string(b"ssh:")
    return line_from_blob("sk-ssh-ed25519@openssh.com", blob)


# -- fixtures -----------------------------------------------------------------------------------------
@pytest.fixture
def owner(gitlab, unique):
    return gitlab.create_user(unique("keys"), name="Key Owner")


@pytest.fixture
def owner_token(gitlab, owner):
    response = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"],
                          json={"name": "keys", "scopes": ["api"]})
    assert response.status_code == 201, response.text
    return response.json()["token"]


def add_key(gitlab, user_id, key, title="laptop", **fields):
    return gitlab.api("POST", "/users/%d/keys" % user_id, json=dict(fields, key=key, title=title))


# -- python-gitlab ------------------------------------------------------------------------------------
def test_python_gitlab_user_keys_crud(gl, owner):
    user = gl.users.get(owner["id"])
    key_text = ed25519_key()
    created = user.keys.create({"title": "laptop", "key": key_text})
    assert created.title == "laptop" and created.usage_type == "auth_and_signing" and created.expires_at is None
    assert [key.id for key in user.keys.list()] == [created.id]
    assert user.keys.get(created.id).key.split()[:2] == key_text.split()[:2]
    user.keys.delete(created.id)
    assert user.keys.list() == []
    with pytest.raises(python_gitlab.exceptions.GitlabGetError) as missing:
        user.keys.get(created.id)
    assert missing.value.response_code == 404 and missing.value.error_message == "404 Key Not Found"


def test_python_gitlab_current_user_keys(gitlab, owner, owner_token):
    own = python_gitlab.Gitlab(gitlab.url, private_token=owner_token, ssl_verify=gitlab.ca_path or True)
    own.auth()
    created = own.user.keys.create({"title": "mine", "key": ed25519_key()})
    assert [key.id for key in own.user.keys.list()] == [created.id]
    assert own.user.keys.get(created.id).title == "mine"
    own.user.keys.delete(created.id)
    assert own.user.keys.list() == []


# -- response shape -----------------------------------------------------------------------------------
def test_comment_is_replaced_by_name_and_ssh_host(sim, owner):
    key_text = ed25519_key("private@secret-host")
    body = add_key(sim, owner["id"], key_text).json()
    assert list(body) == ["id", "title", "created_at", "expires_at", "key", "usage_type"]
    assert body["key"] == " ".join(key_text.split()[:2]) + " Key Owner (gitlab.example.com)"
    listed = sim.api("GET", "/users/%s/keys" % owner["username"], token=False).json()
    assert listed[0]["key"] == body["key"] and "secret-host" not in json.dumps(listed)


def test_key_is_sanitized_before_storing(gitlab, owner):
    """Whitespace is collapsed, base64 split over lines is joined, only the first comment word stays."""
    key_text = ed25519_key()
    algorithm, b64 = key_text.split()[:2]
    messy = "  %s   %s\n%s  first second third \n" % (algorithm, b64[:20], b64[20:])
    body = add_key(gitlab, owner["id"], messy).json()
    assert body["key"].split()[:2] == [algorithm, b64]
    duplicate = add_key(gitlab, owner["id"], "%s %s other-comment" % (algorithm, b64))
    assert duplicate.json() == {"message": {"fingerprint_sha256": ["has already been taken"]}}


@pytest.mark.parametrize("make_key", [
    lambda: openssh_line(rsa.generate_private_key(65537, 2048)),
    dsa_key,
    lambda: openssh_line(ec.generate_private_key(ec.SECP256R1())),
    lambda: openssh_line(ec.generate_private_key(ec.SECP384R1())),
    lambda: openssh_line(ec.generate_private_key(ec.SECP521R1())),
    ed25519_key, sk_ecdsa_key, sk_ed25519_key,
], ids=["rsa", "dsa", "ecdsa256", "ecdsa384", "ecdsa521", "ed25519", "ecdsa_sk", "ed25519_sk"])
def test_every_supported_type_is_accepted(gitlab, owner, make_key):
    key_text = make_key()
    response = add_key(gitlab, owner["id"], key_text)
    assert response.status_code == 201, response.text
    assert response.json()["key"].split()[:2] == key_text.split()[:2]


def test_expires_at_and_usage_type(gitlab, owner):
    body = add_key(gitlab, owner["id"], ed25519_key(), expires_at="2099-01-21", usage_type="signing").json()
    assert (body["expires_at"], body["usage_type"]) == ("2099-01-21T00:00:00.000Z", "signing")
    bad_usage = add_key(gitlab, owner["id"], ed25519_key(), usage_type="everything")
    assert (bad_usage.status_code, bad_usage.json()) == (400, {"error": "usage_type does not have a valid value"})
    expired = add_key(gitlab, owner["id"], ed25519_key(), expires_at="2016-01-21T00:00:00Z")
    assert (expired.status_code, expired.json()) == (400, {"message": {"key": ["has expired"]}})


# -- fingerprints -------------------------------------------------------------------------------------
def test_parser_matches_ssh_keygen_fingerprints():
    with open(os.path.join(DATA, "ssh_keygen_fingerprints.json"), encoding="utf-8") as handle:
        recorded = json.load(handle)["keys"]
    assert len(recorded) == 6
    for row in recorded:
        parsed = sshkeys.parse(row["key"])
        assert "SHA256:" + parsed.fingerprint_sha256 == row["sha256"]
        assert "MD5:" + parsed.fingerprint_md5 == row["md5"]
        assert parsed.bits == row["bits"]
        assert parsed.technology.upper() == row["type"]


def test_parser_fingerprint_is_sha256_of_the_blob():
    key_text = openssh_line(rsa.generate_private_key(65537, 3072))
    parsed = sshkeys.parse(key_text)
    assert parsed.fingerprint_sha256 == sha256_fingerprint(key_text)
    assert (parsed.technology, parsed.bits) == ("rsa", 3072)


def test_fingerprint_uniqueness_is_global_across_users(gitlab, owner, unique):
    other = gitlab.create_user(unique("keys"))
    key_text = ed25519_key("first@host")
    assert add_key(gitlab, owner["id"], key_text).status_code == 201
    taken = add_key(gitlab, other["id"], key_text.rsplit(" ", 1)[0] + " second@host")
    assert (taken.status_code, taken.json()) == (400, {"message": {"fingerprint_sha256": ["has already been taken"]}})
    options = add_key(gitlab, other["id"], 'no-pty,command="true" ' + key_text)
    assert options.json() == {"message": {"key": ["is invalid"], "fingerprint_sha256": ["has already been taken"]}}


def test_deleted_key_frees_its_fingerprint(gitlab, owner, unique):
    other = gitlab.create_user(unique("keys"))
    key_text = ed25519_key()
    created = add_key(gitlab, owner["id"], key_text).json()
    assert gitlab.api("DELETE", "/users/%d/keys/%d" % (owner["id"], created["id"])).status_code == 204
    assert add_key(gitlab, other["id"], key_text).status_code == 201


# -- invalid keys -------------------------------------------------------------------------------------
def test_unknown_prefix(gitlab, owner):
    response = add_key(gitlab, owner["id"], "foo bar")
    assert response.status_code == 400
    assert response.json() == {"message": {"key": [FORBIDDEN, "is invalid"],
                                           "fingerprint_sha256": ["cannot be generated"]}}


def test_options_prefix_parses_but_fails_the_format(gitlab, owner):
    response = add_key(gitlab, owner["id"], 'command="/bin/true" ' + ed25519_key())
    assert response.json() == {"message": {"key": ["is invalid"]}}


def ed25519_blob(raw):
    return ssh_string(b"ssh-ed25519") + ssh_string(raw)


@pytest.mark.parametrize("build", [
    lambda: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC garbage",
    lambda: "ssh-ed25519 not-base64!!",
    lambda: line_from_blob("ssh-rsa", blob_of(ed25519_key())),  # the blob says ssh-ed25519
    lambda: line_from_blob("ssh-ed25519", ed25519_blob(os.urandom(31))),  # Ed25519 keys have 32 bytes
    lambda: line_from_blob("ssh-ed25519", ed25519_blob(os.urandom(32)) + b"\x00"),  # trailing data
    lambda: line_from_blob("ecdsa-sha2-nistp384", ssh_string(b"ecdsa-sha2-nistp384") + ssh_string(b"nistp256")
                           + ssh_string(ecdsa_point(ec.SECP256R1()))),  # curve name must match the type
    lambda: line_from_blob("ecdsa-sha2-nistp256", ssh_string(b"ecdsa-sha2-nistp256") + ssh_string(b"nistp256")
                           + ssh_string(b"\x04" + os.urandom(64))),  # not a point on the curve
], ids=["garbage", "bad-base64", "type-mismatch", "short-ed25519", "trailing-data", "curve-mismatch", "off-curve"])
def test_unparseable_keys_with_a_known_prefix(gitlab, owner, build):
    response = add_key(gitlab, owner["id"], build())
    assert response.status_code == 400
    assert response.json() == {"message": {"key": [FORBIDDEN], "fingerprint_sha256": ["cannot be generated"]}}


def test_title_and_length_validation(gitlab, owner):
    blank_title = add_key(gitlab, owner["id"], ed25519_key(), title=" ")
    assert blank_title.json() == {"message": {"title": ["can't be blank"]}}
    long_title = add_key(gitlab, owner["id"], ed25519_key(), title="t" * 256)
    assert long_title.json() == {"message": {"title": ["is too long (maximum is 255 characters)"]}}
    long_key = add_key(gitlab, owner["id"], ed25519_key("c" * 5000))
    assert long_key.json() == {"message": {"key": ["is too long (maximum is 5000 characters)"]}}
    empty = add_key(gitlab, owner["id"], "", title="")
    assert empty.json() == {"message": {"title": ["can't be blank"],
                                        "key": ["can't be blank", FORBIDDEN, "is invalid"],
                                        "fingerprint_sha256": ["cannot be generated"]}}


def test_instance_key_restrictions():
    """`<type>_key_restriction`: -1 forbids the type (and drops it from the message), N sets a minimum.
    Checked on the validator directly: the settings are not (yet) instance settings of /-/sim/settings."""
    rsa_2048 = sshkeys.parse(openssh_line(rsa.generate_private_key(65537, 2048)))
    stored = " ".join(["ssh-rsa", base64.b64encode(rsa_2048.blob).decode()])
    forbidden = ModelErrors()
    keys_api._validate_key(forbidden, {"rsa_key_restriction": -1}, stored, rsa_2048)
    assert forbidden.messages == {"key": ["type is forbidden. Must be DSA, ECDSA, ED25519, ECDSA_SK, or ED25519_SK"]}
    too_small = ModelErrors()
    keys_api._validate_key(too_small, {"rsa_key_restriction": 4096}, stored, rsa_2048)
    assert too_small.messages == {"key": ["must be at least 4096 bits"]}
    allowed = ModelErrors()
    keys_api._validate_key(allowed, {"rsa_key_restriction": 2048}, stored, rsa_2048)
    assert not allowed


# -- Grape parameters, authentication and lookups ------------------------------------------------------
def test_parameter_errors_come_before_the_user_lookup(gitlab):
    assert gitlab.api("POST", "/users/0/keys").json() == {"error": "key is missing, title is missing"}
    response = gitlab.api("POST", "/users/abc/keys", json={"title": "t"})
    assert (response.status_code, response.json()) == (400, {"error": "user_id is invalid, key is missing"})
    missing = gitlab.api("POST", "/users/0/keys", json={"title": "t", "key": ed25519_key()})
    assert (missing.status_code, missing.json()) == (404, {"message": "404 User Not Found"})
    assert gitlab.api("DELETE", "/user/keys/abc").json() == {"error": "key_id is invalid"}


def test_write_authorization(gitlab, owner, owner_token):
    anonymous = gitlab.api("POST", "/users/%d/keys" % owner["id"], token=False)
    assert (anonymous.status_code, anonymous.json()) == (401, {"message": "401 Unauthorized"})
    as_user = gitlab.api("POST", "/users/999999/keys", token=owner_token, json={"title": "t", "key": ed25519_key()})
    assert (as_user.status_code, as_user.json()) == (403, {"message": "403 Forbidden"})
    created = add_key(gitlab, owner["id"], ed25519_key()).json()
    delete = gitlab.api("DELETE", "/users/%d/keys/%d" % (owner["id"], created["id"]), token=owner_token)
    assert delete.status_code == 403
    assert gitlab.api("GET", "/user/keys", token=False).status_code == 401


def test_reads_need_no_authentication_and_accept_usernames(gitlab, owner):
    created = add_key(gitlab, owner["id"], ed25519_key()).json()
    by_name = gitlab.api("GET", "/users/%s/keys" % owner["username"].upper(), token=False)
    assert [key["id"] for key in by_name.json()] == [created["id"]]
    single = gitlab.api("GET", "/users/%d/keys/%d" % (owner["id"], created["id"]), token=False)
    assert single.json() == created
    assert gitlab.api("GET", "/users/no_such_user_xyz/keys", token=False).json() == {"message": "404 User Not Found"}
    wrong_owner = gitlab.api("GET", "/users/1/keys/%d" % created["id"], token=False)
    assert (wrong_owner.status_code, wrong_owner.json()) == (404, {"message": "404 Key Not Found"})


def test_current_user_sees_only_own_keys(gitlab, owner, owner_token):
    created = add_key(gitlab, owner["id"], ed25519_key()).json()
    assert gitlab.api("GET", "/user/keys/%d" % created["id"], token=owner_token).json() == created
    as_admin = gitlab.api("GET", "/user/keys/%d" % created["id"])
    assert (as_admin.status_code, as_admin.json()) == (404, {"message": "404 Key Not Found"})
    assert gitlab.api("DELETE", "/user/keys/%d" % created["id"]).status_code == 404
    via_sudo = gitlab.api("GET", "/user/keys", headers={"Sudo": owner["username"]})
    assert [key["id"] for key in via_sudo.json()] == [created["id"]]


def test_list_is_paginated_in_id_order(gitlab, owner):
    ids = [add_key(gitlab, owner["id"], ed25519_key(), title="k%d" % n).json()["id"] for n in range(3)]
    first = gitlab.api("GET", "/users/%d/keys" % owner["id"], params={"per_page": 2})
    assert [key["id"] for key in first.json()] == ids[:2]
    assert (first.headers["X-Total"], first.headers["X-Total-Pages"], first.headers["X-Next-Page"]) == ("3", "2", "2")
    assert 'rel="next"' in first.headers["Link"]
    second = gitlab.api("GET", "/users/%d/keys" % owner["id"], params={"per_page": 2, "page": 2})
    assert [key["id"] for key in second.json()] == ids[2:]


def test_delete_honours_if_unmodified_since(gitlab, owner):
    created = add_key(gitlab, owner["id"], ed25519_key()).json()
    path = "/users/%d/keys/%d" % (owner["id"], created["id"])
    stale = gitlab.api("DELETE", path, headers={"If-Unmodified-Since": "Thu, 01 Jan 2015 00:00:00 GMT"})
    assert (stale.status_code, stale.json()) == (412, {"message": "412 Precondition Failed"})
    fresh = gitlab.api("DELETE", path, headers={"If-Unmodified-Since": email.utils.formatdate(usegmt=True)})
    assert fresh.status_code == 204 and fresh.content == b""
    assert gitlab.api("DELETE", path).json() == {"message": "404 Key Not Found"}
