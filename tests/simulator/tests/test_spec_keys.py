"""GitLab's request spec spec/requests/api/keys_spec.rb (gitlabhq/gitlabhq, newest), ported example by example
(see SPEC_PORTS.md for the examples left out). Fingerprints are computed here from the key blob, the way
`ssh-keygen -l` does, independently of the simulator's parser."""
from __future__ import annotations

import base64
import datetime
import hashlib
import urllib.parse

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

NOT_EXISTING = 99999999


def rsa_4096_key():
    key = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    return key.public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode() + " spec@host"


def fingerprints(line):
    blob = base64.b64decode(line.split()[1])
    md5 = hashlib.md5(blob).hexdigest()  # noqa: S324 - the legacy SSH fingerprint
    sha256 = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    return ":".join(md5[i:i + 2] for i in range(0, 32, 2)), sha256


@pytest.fixture(scope="module")
def spec_key(site):
    """`let_it_be(:key) { create(:rsa_key_4096, user: user, expires_at: 1.day.from_now) }`."""
    user = site.create_user("keys_spec_user")
    expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)).replace(microsecond=0)
    line = rsa_4096_key()
    response = site.api("POST", "/users/%d/keys" % user["id"],
                        json={"title": "spec key", "key": line, "expires_at": expires.isoformat()})
    assert response.status_code == 201, response.text
    md5, sha256 = fingerprints(line)
    return {"user": user, "key": response.json(), "expires": expires, "md5": md5, "sha256": sha256,
            "user_token": site.token_for(user["username"])}


def test_get_key_by_id(site, spec_key):
    """keys_spec.rb: GET /keys/:uid > when unauthenticated > returns authentication error
    keys_spec.rb: GET /keys/:uid > when authenticated > returns 404 for non-existing key
    keys_spec.rb: GET /keys/:uid > when authenticated > returns single ssh key with user information
    keys_spec.rb: GET /keys/:uid > when authenticated > does not include the user's `is_admin` flag"""
    path = "/keys/%d" % spec_key["key"]["id"]
    assert site.api("GET", path, token=False).status_code == 401
    missing = site.api("GET", "/keys/0")
    assert (missing.status_code, missing.json()["message"]) == (404, "404 Not found")
    shown = site.api("GET", path).json()
    assert shown["title"] == "spec key"
    expires = datetime.datetime.fromisoformat(shown["expires_at"].replace("Z", "+00:00"))
    assert expires == spec_key["expires"]
    assert (shown["user"]["id"], shown["user"]["username"]) == (spec_key["user"]["id"], spec_key["user"]["username"])
    assert "is_admin" not in shown["user"]


def test_get_key_by_id_needs_an_admin(site, spec_key):
    """keys_spec.rb: GET /keys/:uid > it_behaves_like 'GET request permissions for admin mode' (the non-admin half: 403)"""
    assert site.api("GET", "/keys/%d" % spec_key["key"]["id"], token=spec_key["user_token"]).status_code == 403


def fingerprint_query(site, fingerprint, **kwargs):
    return site.api("GET", "/keys?fingerprint=%s" % urllib.parse.quote(fingerprint, safe=""), **kwargs)


def test_find_by_md5_fingerprint(site, spec_key):
    """keys_spec.rb: GET /keys?fingerprint= > returns authentication error
    keys_spec.rb: GET /keys?fingerprint= > when authenticated as admin > MD5 fingerprint > returns 404 for non-existing SSH md5 fingerprint
    keys_spec.rb: GET /keys?fingerprint= > when authenticated as admin > MD5 fingerprint > returns user if SSH md5 fingerprint found"""
    assert fingerprint_query(site, spec_key["md5"], token=False).status_code == 401
    missing = fingerprint_query(site, "11:11:11:11:11:11:11:11:11:11:11:11:11:11:11:11")
    assert (missing.status_code, missing.json()["message"]) == (404, "404 Key Not Found")
    found = fingerprint_query(site, spec_key["md5"]).json()
    assert found["title"] == "spec key"
    assert (found["user"]["id"], found["user"]["username"]) == (spec_key["user"]["id"], spec_key["user"]["username"])


@pytest.mark.parametrize("prefix", ["SHA256:", "sha256:"])
def test_find_by_sha256_fingerprint(site, spec_key, prefix):
    """keys_spec.rb: GET /keys?fingerprint= > when authenticated as admin > returns 404 for non-existing SSH sha256 fingerprint
    keys_spec.rb: GET /keys?fingerprint= > when authenticated as admin > returns user if SSH sha256 fingerprint found (SHA256: prefix)
    keys_spec.rb: GET /keys?fingerprint= > when authenticated as admin > returns user if SSH sha256 fingerprint found (sha256: prefix)
    keys_spec.rb: GET /keys?fingerprint= > when authenticated as admin > does not include the user's `is_admin` flag"""
    missing = fingerprint_query(site, prefix + "nUhzNyftwADy8AH3wFY31tAKs7HufskYTte2aXo1lCg")
    assert (missing.status_code, missing.json()["message"]) == (404, "404 Key Not Found")
    found = fingerprint_query(site, prefix + spec_key["sha256"])
    assert found.status_code == 200 and found.json()["title"] == "spec key"
    assert found.json()["user"]["id"] == spec_key["user"]["id"] and "is_admin" not in found.json()["user"]


def test_find_by_fingerprint_refusals(site, spec_key):
    """keys_spec.rb: GET /keys?fingerprint= > it_behaves_like 'GET request permissions for admin mode' (the non-admin half: 403)
    (and KeysFinder::InvalidFingerprint, app/finders/keys_finder.rb: a malformed fingerprint is 400 "Failed to return the key")"""
    assert fingerprint_query(site, spec_key["md5"], token=spec_key["user_token"]).status_code == 403
    malformed = fingerprint_query(site, "not-a-fingerprint")
    assert (malformed.status_code, malformed.json()["message"]) == (400, "Failed to return the key")
