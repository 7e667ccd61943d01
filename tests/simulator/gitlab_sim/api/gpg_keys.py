"""GPG keys: /user/gpg_keys and /users/:id/gpg_keys."""
from __future__ import annotations

from gitlab_sim import gpg
from gitlab_sim.api import rate_limits
from gitlab_sim.api.resources import OwnedRows, blank, find_user_or_404
from gitlab_sim.errors import ModelErrors
from gitlab_sim.params import Param, declared, int_path
from gitlab_sim.routing import Reply, route
from gitlab_sim.records import GpgKey
from gitlab_sim.sub_entities import gpg_key


# -- model validation (app/models/gpg_key.rb) ----------------------------------------------------------
def _validate_key_text(problems, state, stored):
    if blank(stored):
        problems.add("key", "can't be blank")
    elif any(record.key == stored for record in state.gpg_keys.values()):
        problems.add("key", "has already been taken")
    if not gpg.KEY_FORMAT.match(stored or ""):
        problems.add("key", gpg.FORMAT_MESSAGE)


def _validate_identity(problems, state, info):
    """fingerprint and primary_keyid: presence and global uniqueness, skipped when `key` has errors."""
    for attribute in ("fingerprint", "primary_keyid"):
        value = getattr(info, attribute) if info else None
        if value is None:
            problems.add(attribute, "can't be blank")
        elif any(getattr(record, attribute) == value for record in state.gpg_keys.values()):
            problems.add(attribute, "has already been taken")


def create_gpg_key(call, user, raw_key):
    """`GpgKeys::CreateService`: 201 GpgKey or 400 validation errors. The stored key is stripped."""
    state = call.state
    stored = raw_key.strip(" \t\r\n\f\v\0")
    problems = ModelErrors()
    _validate_key_text(problems, state, stored)
    info = None
    if "key" not in problems:
        info = gpg.import_key(stored)
        _validate_identity(problems, state, info)
    problems.raise_validation_error()
    record = state.add_owned("gpg_keys", GpgKey, user_id=user.id, key=stored, fingerprint=info.fingerprint,
                             primary_keyid=info.primary_keyid)
    return gpg_key(record, call)


GPG_KEYS = OwnedRows("gpg_keys", "GPG Key", gpg_key, "key_id")


def _users_key(call, user_id, key_id):
    """/users/:id/gpg_keys/:key_id: both ids validated by Grape first (400), then the `user_gpg_key` limit (every
    caller, administrators too, anonymous ones by IP), then the lookups (404)."""
    values = int_path(call, id=user_id, key_id=key_id)
    rate_limits.check_by_user_or_ip(call, "user_gpg_key")
    return find_user_or_404(call, values["id"]), values["key_id"]


def _revoke(call, record):
    """`GpgKey#revoke`: unverify its signatures (none here) and destroy it; `status :accepted` makes the
    body the JSON of that status value."""
    del call.state.gpg_keys[record.id]
    return Reply(status=202, raw="202")


# -- /user/gpg_keys -----------------------------------------------------------------------------------
@route("GET", "/user/gpg_keys")
def list_own_gpg_keys(call):
    return GPG_KEYS.list(call, call.authenticate())


@route("GET", "/user/gpg_keys/<str:key_id>")
def get_own_gpg_key(call, key_id):
    return gpg_key(GPG_KEYS.own(call, key_id), call)


@route("POST", "/user/gpg_keys")
def create_own_gpg_key(call):
    user = call.authenticate()
    return create_gpg_key(call, user, declared(call, Param("key", required=True))["key"])


@route("POST", "/user/gpg_keys/<str:key_id>/revoke")
def revoke_own_gpg_key(call, key_id):
    return _revoke(call, GPG_KEYS.own(call, key_id))


@route("DELETE", "/user/gpg_keys/<str:key_id>")
def delete_own_gpg_key(call, key_id):
    GPG_KEYS.remove(call, GPG_KEYS.own(call, key_id))


# -- /users/:id/gpg_keys (reads need no authentication and are rate limited; writes are admin only) -----
@route("GET", "/users/<int:id>/gpg_keys")
def list_user_gpg_keys(call, id):  # pylint: disable=redefined-builtin
    rate_limits.check_by_user_or_ip(call, "user_gpg_keys")
    return GPG_KEYS.list(call, find_user_or_404(call, id))


@route("GET", "/users/<int:id>/gpg_keys/<str:key_id>")
def get_user_gpg_key(call, id, key_id):  # pylint: disable=redefined-builtin
    user, key_id = _users_key(call, id, key_id)
    return gpg_key(GPG_KEYS.find(call, user, key_id), call)


@route("POST", "/users/<int:id>/gpg_keys")
def create_user_gpg_key(call, id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    values = declared(call, Param("id", int, required=True), Param("key", required=True), path={"id": id})
    call.authenticated_as_admin()
    return create_gpg_key(call, find_user_or_404(call, values["id"]), values["key"])


@route("POST", "/users/<int:id>/gpg_keys/<str:key_id>/revoke")
def revoke_user_gpg_key(call, id, key_id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    values = int_path(call, id=id, key_id=key_id)
    call.authenticated_as_admin()
    return _revoke(call, GPG_KEYS.find(call, find_user_or_404(call, values["id"]), values["key_id"]))


@route("DELETE", "/users/<int:id>/gpg_keys/<str:key_id>")
def delete_user_gpg_key(call, id, key_id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    values = int_path(call, id=id, key_id=key_id)
    call.authenticated_as_admin()
    GPG_KEYS.remove(call, GPG_KEYS.find(call, find_user_or_404(call, values["id"]), values["key_id"]))
