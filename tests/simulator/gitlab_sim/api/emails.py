"""Secondary emails: /user/emails and /users/:id/emails (behaviour doc sections 1.10, 2 Email, 3.3).

Records in `state.emails` are `{"id", "user_id", "email" (lower-case), "confirmed_at", "created_at"}`;
`State.user_by_any_email` reads the confirmed ones.

The primary email row: GitLab's `User#add_primary_email_to_emails!` (after save) gives a confirmed user's
primary address an `emails` row, and `Emails::DestroyService` refuses to delete it. The simulator follows
that: a confirmed user's primary email is listed (confirmed) and deleting it answers 500. The row is made
by `ensure_primary_email_row`, which every endpoint here calls first, so a user created with
`skip_confirmation` (or confirmed later) has it before any email is added or listed, and it keeps the
lowest id. A row made for an old primary stays when the primary changes, as in GitLab.
"""
from __future__ import annotations

import re

from gitlab_sim import errors
from gitlab_sim.pagination import pagination_params
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import route
from gitlab_sim.state import now
from gitlab_sim.sub_entities import (ModelErrors, blank, check_unmodified_since, declared_with_path,
                                     email_entity, find_user_or_404, int_path_params, owned_record_or_404,
                                     paginate_by_id, records_of)

EMAIL_FORMAT = re.compile(r"\A[^@\s]+@[^@\s]+\Z")  # Devise.email_regexp
SECONDARY_EMAIL_ATTRIBUTES = ("public_email", "commit_email")  # (notification_email is not simulated)


def _add_row(state, user, address, confirmed_at):
    record = {"id": state.next_id("email"), "user_id": user.id, "email": address,
              "confirmed_at": confirmed_at, "created_at": now()}
    state.emails[record["id"]] = record
    return record


def ensure_primary_email_row(state, user):
    """`add_primary_email_to_emails!`: a confirmed user's primary email has a confirmed row."""
    if user.confirmed_at is None:
        return
    primary = user.email.lower()
    _drop_duplicate_rows(state, user)
    for record in records_of(state.emails, user):
        if record["email"] == primary:
            record["confirmed_at"] = record["confirmed_at"] or user.confirmed_at
            return
    _add_row(state, user, primary, user.confirmed_at)


def _drop_duplicate_rows(state, user):
    """One row per address: a row added elsewhere for an address that already had one (an old primary
    turned secondary by a primary email change) is dropped, as GitLab's uniqueness check refuses it."""
    seen = set()
    for record in sorted(records_of(state.emails, user), key=lambda row: row["id"]):
        if record["email"] in seen:
            del state.emails[record["id"]]
        seen.add(record["email"])


def _taken_by_a_row(state, address):
    """`uniqueness: true` over every row, confirmed or not, of every user; confirmed users' primary rows
    count even when the simulator has not materialised them yet."""
    if any(record["email"] == address for record in state.emails.values()):
        return True
    return any(user.confirmed_at and user.email.lower() == address for user in state.users.values())


def _primary_of_another_user(state, user, address):
    return any(other.id != user.id and other.email.lower() == address for other in state.users.values())


def create_email(call, user, raw_email, skip_confirmation=False):
    """`Emails::CreateService`: 201 Email or 400 {"message": {"email": [...]}}."""
    state = call.state
    ensure_primary_email_row(state, user)
    address = raw_email.lower().strip()
    problems = ModelErrors()
    if blank(address):
        problems.add("email", "can't be blank")
    elif _taken_by_a_row(state, address):
        problems.add("email", "has already been taken")
    if not EMAIL_FORMAT.match(address):
        problems.add("email", "is invalid")
    if _primary_of_another_user(state, user, address):
        problems.add("email", "has already been taken")  # `unique_email`
    problems.raise_validation_error()
    confirmed_at = now() if skip_confirmation and call.is_admin else None
    return email_entity(_add_row(state, user, address, confirmed_at))


def delete_email(call, user, record):
    """`Emails::DestroyService`: the primary row raises (500); a secondary's removal also clears the
    public and commit email that pointed at it."""
    if record["email"] == user.email.lower():
        raise errors.internal_error()
    check_unmodified_since(call, record["created_at"], whole_seconds=True)
    del call.state.emails[record["id"]]
    for attribute in SECONDARY_EMAIL_ATTRIBUTES:
        value = getattr(user, attribute)
        if value and value.lower() == record["email"]:
            setattr(user, attribute, None)
    user.updated_at = now()


def _own_email(call, email_id):
    """The authenticated user (primary email row ensured) and one of their emails by path id."""
    user = call.authenticate()
    ensure_primary_email_row(call.state, user)
    email_id = int_path_params(call, email_id=email_id)["email_id"]
    return user, owned_record_or_404(call.state.emails, user, email_id, "Email")


def _user_or_404(call, user_id):
    user = find_user_or_404(call, user_id)
    ensure_primary_email_row(call.state, user)
    return user


def _list(call, user):
    ensure_primary_email_row(call.state, user)
    return paginate_by_id(call, records_of(call.state.emails, user), email_entity)


# -- /user/emails -------------------------------------------------------------------------------------
@route("GET", "/user/emails")
def list_own_emails(call):
    return _list(call, call.authenticate())


@route("GET", "/user/emails/<str:email_id>")
def get_own_email(call, email_id):
    return email_entity(_own_email(call, email_id)[1])


@route("POST", "/user/emails")
def create_own_email(call):
    """Only `email` is declared here: a `skip_confirmation` sent to this endpoint is ignored."""
    user = call.authenticate()
    return create_email(call, user, declared(call, Param("email", required=True))["email"])


@route("DELETE", "/user/emails/<str:email_id>")
def delete_own_email(call, email_id):
    delete_email(call, *_own_email(call, email_id))


# -- /users/:id/emails (admin only) -------------------------------------------------------------------
@route("GET", "/users/<int:id>/emails")
def list_user_emails(call, id):  # pylint: disable=redefined-builtin
    pagination_params(call)
    call.authenticated_as_admin()
    return _list(call, _user_or_404(call, id))


@route("POST", "/users/<int:id>/emails")
def create_user_email(call, id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    values = declared_with_path(call, {"id": id}, Param("id", int, required=True), Param("email", required=True),
                                Param("skip_confirmation", bool))
    call.authenticated_as_admin()
    user = _user_or_404(call, values["id"])
    return create_email(call, user, values["email"], bool(values.get("skip_confirmation")))


@route("DELETE", "/users/<int:id>/emails/<str:email_id>")
def delete_user_email(call, id, email_id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    values = int_path_params(call, id=id, email_id=email_id)
    call.authenticated_as_admin()
    user = _user_or_404(call, values["id"])
    delete_email(call, user, owned_record_or_404(call.state.emails, user, values["email_id"], "Email"))
