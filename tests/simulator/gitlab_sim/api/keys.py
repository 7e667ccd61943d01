"""SSH keys: /user/keys and /users/:user_id/keys."""
from __future__ import annotations

import base64
import binascii
import re

from gitlab_sim import entities, errors, sshkeys
from gitlab_sim.api import rate_limits
from gitlab_sim.api.resources import OwnedRows, blank, find_readable_user_or_404, find_user_or_404
from gitlab_sim.errors import ModelErrors
from gitlab_sim.params import Param, declared, int_path
from gitlab_sim.routing import route
from gitlab_sim.records import SSHKey, now
from gitlab_sim.sub_entities import ssh_key

USAGE_TYPES = ["auth_and_signing", "auth", "signing"]
API_CLASS_READ_SCOPES = ("api", "read_api")  # API::Keys does not allow read_user
FORBIDDEN_KEY_VALUE = -1
KEY_PARAMS = (
    Param("key", required=True),
    Param("title", required=True),
    Param("expires_at", "datetime"),
    Param("usage_type", values=USAGE_TYPES, default="auth_and_signing"),
)


# -- model validation (app/models/key.rb, app/validators/ssh_key_validator.rb) -------------------------
def _restriction(settings, technology):
    """`key_restriction_for(type)`: ApplicationSetting `<type>_key_restriction`, 0 allows the type (the
    default for every type), -1 forbids it, N asks for N bits. Unparseable keys have no type: forbidden."""
    if technology is None:
        return FORBIDDEN_KEY_VALUE
    return int(settings.get("%s_key_restriction" % technology, 0))


def _forbidden_message(settings):
    allowed = [name.upper() for name in sshkeys.TECHNOLOGIES
               if _restriction(settings, name) != FORBIDDEN_KEY_VALUE]
    return "type is forbidden. Must be %s" % sshkeys.exclusive_sentence(allowed)


def _validate_title(problems, title):
    if blank(title):
        problems.add("title", "can't be blank")
    elif len(title) > 255:
        problems.add("title", "is too long (maximum is 255 characters)")


def _validate_key(problems, settings, stored, parsed):
    if blank(stored):
        problems.add("key", "can't be blank")
    restriction = _restriction(settings, parsed.technology if parsed else None)
    if restriction == FORBIDDEN_KEY_VALUE:
        problems.add("key", _forbidden_message(settings))
    elif parsed.bits < restriction:
        problems.add("key", "must be at least %d bits" % restriction)
    if stored and len(stored) > 5000:
        problems.add("key", "is too long (maximum is 5000 characters)")
    if not sshkeys.KEY_FORMAT.match(stored or ""):
        problems.add("key", "is invalid")


def _validate_fingerprint(problems, state, parsed):
    """Uniqueness is global: every user's keys."""
    if parsed is None:
        problems.add("fingerprint_sha256", "cannot be generated")
    elif any(record.fingerprint_sha256 == parsed.fingerprint_sha256 for record in state.keys.values()):
        problems.add("fingerprint_sha256", "has already been taken")


def create_key(call, user, values):
    """`Keys::CreateService` -> `user.keys.create(params)`: 201 SSHKey or 400 validation errors."""
    state = call.state
    raw = values["key"]
    stored = None if blank(raw) else sshkeys.sanitize(raw)
    parsed = sshkeys.parse(stored) if stored is not None else None
    problems = ModelErrors()
    _validate_title(problems, values["title"])
    _validate_key(problems, state.settings, stored, parsed)
    _validate_fingerprint(problems, state, parsed)
    expires_at = values.get("expires_at")
    if expires_at is not None and expires_at <= now():
        problems.add("key", "has expired")
    problems.raise_validation_error()
    created = now()
    record = state.add_owned("keys", SSHKey, user_id=user.id, title=values["title"], key=stored,
                             fingerprint=parsed.fingerprint_md5, fingerprint_sha256=parsed.fingerprint_sha256,
                             expires_at=expires_at, usage_type=values["usage_type"], created_at=created,
                             updated_at=created)
    return ssh_key(record, call)


KEYS = OwnedRows("keys", "Key", ssh_key, "key_id")


# -- /user/keys (before { authenticate! }: 401 ahead of parameter validation) -------------------------
@route("GET", "/user/keys")
def list_own_keys(call):
    return KEYS.list(call, call.authenticate())


@route("GET", "/user/keys/<str:key_id>")
def get_own_key(call, key_id):
    return ssh_key(KEYS.own(call, key_id), call)


@route("POST", "/user/keys")
def create_own_key(call):
    user = call.authenticate()
    return create_key(call, user, declared(call, *KEY_PARAMS))


@route("DELETE", "/user/keys/<str:key_id>")
def delete_own_key(call, key_id):
    KEYS.remove(call, KEYS.own(call, key_id))


# -- /users/:user_id/keys ----------------------------------------------------------------------------
@route("GET", "/users/<str:user_id>/keys")
def list_user_keys(call, user_id):
    """No authentication needed; id or username. The `user_ssh_keys` limit counts every caller (anonymous ones
    by IP), administrators too, before the lookup."""
    rate_limits.check_by_user_or_ip(call, "user_ssh_keys")
    return KEYS.list(call, find_readable_user_or_404(call, user_id))


@route("POST", "/users/<str:user_id>/keys")
def create_user_key(call, user_id):
    """Parameters are validated before `authenticated_as_admin!` runs in the endpoint body, so
    `POST /users/0/keys` without parameters is 400 "key is missing, title is missing";
    `authenticate_non_get!` still answers 401 first for anonymous callers."""
    call.authenticate_non_get()
    values = declared(call, Param("user_id", int, required=True), *KEY_PARAMS, path={"user_id": user_id})
    call.authenticated_as_admin()
    return create_key(call, find_user_or_404(call, values["user_id"]), values)


@route("GET", "/users/<int:id>/keys/<str:key_id>")
def get_user_key(call, id, key_id):  # pylint: disable=redefined-builtin
    values = int_path(call, id=id, key_id=key_id)
    rate_limits.check_by_user_or_ip(call, "user_ssh_key")
    user = find_readable_user_or_404(call, values["id"])
    return ssh_key(KEYS.find(call, user, values["key_id"]), call)


@route("DELETE", "/users/<int:id>/keys/<str:key_id>")
def delete_user_key(call, id, key_id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    values = int_path(call, id=id, key_id=key_id)
    call.authenticated_as_admin()
    KEYS.remove(call, KEYS.find(call, find_user_or_404(call, values["id"]), values["key_id"]))


# -- /keys (lib/api/keys.rb: admins look a key and its owner up) ------------------------------------------
def ssh_key_with_user(record, call):
    """SSHKeyWithUser: the key and its owner as UserPublic (no is_admin)."""
    data = ssh_key(record, call)
    data["user"] = entities.user_public(call.state.user_by_id(record.user_id), call)
    return data


@route("GET", "/keys/<str:id>", read_scopes=API_CLASS_READ_SCOPES)
def get_key_with_user(call, id):  # pylint: disable=redefined-builtin
    """`Key.find(params[:id])`: a missing (or non-numeric) id is ActiveRecord's 404 "404 Not found"."""
    call.authenticate()
    call.authenticated_as_admin()
    record = call.state.keys.get(int(id)) if id.isdigit() else None
    if record is None:
        raise errors.record_not_found()
    return ssh_key_with_user(record, call)


def fingerprint_lookup(fingerprint):
    """KeysFinder: `sha256:`/`SHA256:` fingerprints (32 bytes of base64) or MD5 `aa:bb:...`; anything else
    raises InvalidFingerprint. -> (record attribute, value)."""
    if fingerprint[:7].lower() == "sha256:":
        value = fingerprint[7:]
        try:
            valid = len(base64.b64decode(value + "=" * (-len(value) % 4), validate=False)) == 32
        except (ValueError, binascii.Error):
            valid = False
        return ("fingerprint_sha256", value) if valid else None
    if re.match(r"(?m)^(?:[0-9a-fA-F]{2}:){15}[0-9a-fA-F]{2}", fingerprint):
        return "fingerprint", fingerprint
    return None


@route("GET", "/keys", read_scopes=API_CLASS_READ_SCOPES)
def find_key_by_fingerprint(call):
    """GET /keys?fingerprint=: `authenticated_with_can_read_all_resources!`, then KeysFinder; 404 "404 Key
    Not Found", 400 "Failed to return the key" for a malformed fingerprint."""
    call.authenticate()
    values = declared(call, Param("fingerprint", required=True))
    call.authenticated_as_admin()
    lookup = fingerprint_lookup(values["fingerprint"])
    if lookup is None:
        raise errors.api_error("Failed to return the key", 400)
    attribute, value = lookup
    record = next((r for r in sorted(call.state.keys.values(), key=lambda r: r.id)
                   if getattr(r, attribute) == value), None)
    if record is None:
        raise errors.not_found("Key")
    return ssh_key_with_user(record, call)
