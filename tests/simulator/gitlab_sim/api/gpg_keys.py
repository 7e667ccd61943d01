"""GPG keys: /user/gpg_keys and /users/:id/gpg_keys (behaviour doc sections 1.9, 2 GpgKey, 3.2)."""
from __future__ import annotations

from gitlab_sim import errors, gpg
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import Reply, route
from gitlab_sim.state import now
from gitlab_sim.sub_entities import (ModelErrors, blank, check_unmodified_since, declared_with_path,
                                     gpg_key, paginate_by_id)


# -- model validation (app/models/gpg_key.rb) ----------------------------------------------------------
def _validate_key_text(problems, state, stored):
    if blank(stored):
        problems.add("key", "can't be blank")
    elif any(record["key"] == stored for record in state.gpg_keys.values()):
        problems.add("key", "has already been taken")
    if not gpg.KEY_FORMAT.match(stored or ""):
        problems.add("key", gpg.FORMAT_MESSAGE)


def _validate_identity(problems, state, info):
    """fingerprint and primary_keyid: presence and global uniqueness, skipped when `key` has errors."""
    for attribute in ("fingerprint", "primary_keyid"):
        value = getattr(info, attribute) if info else None
        if value is None:
            problems.add(attribute, "can't be blank")
        elif any(record[attribute] == value for record in state.gpg_keys.values()):
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
    record = {"id": state.next_id("gpg_key"), "user_id": user.id, "key": stored, "created_at": now(),
              "fingerprint": info.fingerprint, "primary_keyid": info.primary_keyid}
    record["updated_at"] = record["created_at"]
    state.gpg_keys[record["id"]] = record
    return gpg_key(record)


# -- helpers ------------------------------------------------------------------------------------------
def gpg_keys_of(state, user):
    return [record for record in state.gpg_keys.values() if record["user_id"] == user.id]


def find_gpg_key_or_404(state, user, key_id):
    record = state.gpg_keys.get(key_id)
    if record is None or record["user_id"] != user.id:
        raise errors.not_found("GPG Key")
    return record


def _key_id(call, key_id):
    return declared_with_path(call, {"key_id": key_id}, Param("key_id", int, required=True))["key_id"]


def _user_or_404(call, user_id):
    user = call.state.user_by_id(user_id)
    if user is None:
        raise errors.not_found("User")
    return user


def _user_and_key_ids(call, user_id, key_id):
    values = declared_with_path(call, {"id": user_id, "key_id": key_id},
                                Param("id", int, required=True), Param("key_id", int, required=True))
    return values["id"], values["key_id"]


def _delete(call, record):
    check_unmodified_since(call, record["updated_at"])
    del call.state.gpg_keys[record["id"]]


def _revoke(call, record):
    """`GpgKey#revoke`: unverify its signatures (none here) and destroy it; `status :accepted` makes the
    body the JSON of that status value."""
    del call.state.gpg_keys[record["id"]]
    return Reply(status=202, raw="202")


# -- /user/gpg_keys -----------------------------------------------------------------------------------
@route("GET", "/user/gpg_keys")
def list_own_gpg_keys(call):
    user = call.authenticate()
    return paginate_by_id(call, gpg_keys_of(call.state, user), gpg_key)


@route("GET", "/user/gpg_keys/<str:key_id>")
def get_own_gpg_key(call, key_id):
    user = call.authenticate()
    return gpg_key(find_gpg_key_or_404(call.state, user, _key_id(call, key_id)))


@route("POST", "/user/gpg_keys")
def create_own_gpg_key(call):
    user = call.authenticate()
    return create_gpg_key(call, user, declared(call, Param("key", required=True))["key"])


@route("POST", "/user/gpg_keys/<str:key_id>/revoke")
def revoke_own_gpg_key(call, key_id):
    user = call.authenticate()
    return _revoke(call, find_gpg_key_or_404(call.state, user, _key_id(call, key_id)))


@route("DELETE", "/user/gpg_keys/<str:key_id>")
def delete_own_gpg_key(call, key_id):
    user = call.authenticate()
    _delete(call, find_gpg_key_or_404(call.state, user, _key_id(call, key_id)))


# -- /users/:id/gpg_keys (reads need no authentication; writes are admin only) ------------------------
@route("GET", "/users/<int:id>/gpg_keys")
def list_user_gpg_keys(call, id):  # pylint: disable=redefined-builtin
    user = _user_or_404(call, id)
    return paginate_by_id(call, gpg_keys_of(call.state, user), gpg_key)


@route("GET", "/users/<int:id>/gpg_keys/<str:key_id>")
def get_user_gpg_key(call, id, key_id):  # pylint: disable=redefined-builtin
    user_id, key_id = _user_and_key_ids(call, id, key_id)
    return gpg_key(find_gpg_key_or_404(call.state, _user_or_404(call, user_id), key_id))


@route("POST", "/users/<int:id>/gpg_keys")
def create_user_gpg_key(call, id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    values = declared_with_path(call, {"id": id}, Param("id", int, required=True), Param("key", required=True))
    call.authenticated_as_admin()
    return create_gpg_key(call, _user_or_404(call, values["id"]), values["key"])


@route("POST", "/users/<int:id>/gpg_keys/<str:key_id>/revoke")
def revoke_user_gpg_key(call, id, key_id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    user_id, key_id = _user_and_key_ids(call, id, key_id)
    call.authenticated_as_admin()
    return _revoke(call, find_gpg_key_or_404(call.state, _user_or_404(call, user_id), key_id))


@route("DELETE", "/users/<int:id>/gpg_keys/<str:key_id>")
def delete_user_gpg_key(call, id, key_id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    user_id, key_id = _user_and_key_ids(call, id, key_id)
    call.authenticated_as_admin()
    _delete(call, find_gpg_key_or_404(call.state, _user_or_404(call, user_id), key_id))
