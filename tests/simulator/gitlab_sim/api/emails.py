"""Secondary emails: /user/emails and /users/:id/emails.

Rows are `Email` records in `state.emails`; `State.user_by_any_email` reads the confirmed ones.

The primary email row: GitLab's `User#add_primary_email_to_emails!` (after save) gives a confirmed user's
primary address an `emails` row, and `Emails::DestroyService` refuses to delete it. The simulator follows
that: a confirmed user's primary email is listed (confirmed) and deleting it answers 500. The row is made
by `State.ensure_primary_email_row`, which every endpoint here calls first, so a user created with
`skip_confirmation` (or confirmed later) has it before any email is added or listed, and it keeps the
lowest id. A row made for an old primary stays when the primary changes, as in GitLab.
"""
from __future__ import annotations

from gitlab_sim import errors
from gitlab_sim.api.resources import OwnedRows, blank, find_user_or_404
from gitlab_sim.api.user_model import EMAIL_RE
from gitlab_sim.errors import ModelErrors
from gitlab_sim.pagination import pagination_params
from gitlab_sim.params import Param, declared, int_path
from gitlab_sim.routing import route
from gitlab_sim.records import now
from gitlab_sim.sub_entities import email_entity

SECONDARY_EMAIL_ATTRIBUTES = ("public_email", "commit_email")  # (notification_email is not simulated)
EMAILS = OwnedRows("emails", "Email", email_entity, "email_id")


def _taken_by_a_row(state, address):
    """`uniqueness: true` over every row, confirmed or not, of every user; confirmed users' primary rows
    count even when the simulator has not materialised them yet."""
    if any(record.email == address for record in state.emails.values()):
        return True
    return any(user.confirmed_at and user.email.lower() == address for user in state.users.values())


def _primary_of_another_user(state, user, address):
    return any(other.id != user.id and other.email.lower() == address for other in state.users.values())


def create_email(call, user, raw_email, skip_confirmation=False):
    """`Emails::CreateService`: 201 Email or 400 {"message": {"email": [...]}}."""
    state = call.state
    state.ensure_primary_email_row(user)
    address = raw_email.lower().strip()
    problems = ModelErrors()
    if blank(address):
        problems.add("email", "can't be blank")
    elif _taken_by_a_row(state, address):
        problems.add("email", "has already been taken")
    if not EMAIL_RE.match(address):
        problems.add("email", "is invalid")
    if _primary_of_another_user(state, user, address):
        problems.add("email", "has already been taken")  # `unique_email`
    problems.raise_validation_error()
    confirmed_at = now() if skip_confirmation and call.is_admin else None
    return email_entity(state.add_email(user, address, confirmed_at), call)


def delete_email(call, user, record):
    """`Emails::DestroyService`: the primary row raises (500); a secondary's removal also clears the
    public and commit email that pointed at it."""
    if record.email == user.email.lower():
        raise errors.internal_error()
    EMAILS.remove(call, record)
    for attribute in SECONDARY_EMAIL_ATTRIBUTES:
        value = getattr(user, attribute)
        if value and value.lower() == record.email:
            setattr(user, attribute, None)
    user.updated_at = now()


def _user_or_404(call, user_id):
    user = find_user_or_404(call, user_id)
    call.state.ensure_primary_email_row(user)
    return user


def _list(call, user):
    call.state.ensure_primary_email_row(user)
    return EMAILS.list(call, user)


def _own_email(call, email_id):
    user = call.authenticate()
    call.state.ensure_primary_email_row(user)
    return user, EMAILS.own(call, email_id)


# -- /user/emails -------------------------------------------------------------------------------------
@route("GET", "/user/emails")
def list_own_emails(call):
    return _list(call, call.authenticate())


@route("GET", "/user/emails/<str:email_id>")
def get_own_email(call, email_id):
    return email_entity(_own_email(call, email_id)[1], call)


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
    values = declared(call, Param("id", int, required=True), Param("email", required=True),
                      Param("skip_confirmation", bool), path={"id": id})
    call.authenticated_as_admin()
    user = _user_or_404(call, values["id"])
    return create_email(call, user, values["email"], bool(values.get("skip_confirmation")))


@route("DELETE", "/users/<int:id>/emails/<str:email_id>")
def delete_user_email(call, id, email_id):  # pylint: disable=redefined-builtin
    call.authenticate_non_get()
    values = int_path(call, id=id, email_id=email_id)
    call.authenticated_as_admin()
    user = _user_or_404(call, values["id"])
    delete_email(call, user, EMAILS.find(call, user, values["email_id"]))
