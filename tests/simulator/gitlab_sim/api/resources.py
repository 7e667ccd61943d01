"""Request helpers the endpoint families share: user lookups, the keyed rows users own (list, find,
delete), id-ordered pagination and `destroy_conditionally!`'s If-Unmodified-Since check. No routes live
here; families import this module and never each other."""
from __future__ import annotations

import datetime
import email.utils

from gitlab_sim import errors
from gitlab_sim.pagination import paginate
from gitlab_sim.params import int_path


def blank(value):
    """Ruby `blank?` for strings: None, "" or only whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def find_user_or_404(call, user_id):
    """`find_user_by_id` / `User.find_by(id:) || not_found!('User')`."""
    user = call.state.user_by_id(user_id)
    if user is None:
        raise errors.not_found("User")
    return user


def find_readable_user_or_404(call, ident):
    """`find_user(params[:user_id])`: digits -> id, else username (case-insensitive)."""
    user = call.state.user_by_id_or_username(ident)
    if user is None:
        raise errors.not_found("User")
    return user


def paginate_by_id(call, records, render, extra_query=None):
    """The offset paginator orders an unordered relation by id (ascending)."""
    return paginate(call, sorted(records, key=lambda record: record.id), render, extra_query)


def check_unmodified_since(call, last_modified, whole_seconds=False):
    """`check_unmodified_since!` (`destroy_conditionally!`): 412 when the resource changed after
    If-Unmodified-Since, an HTTP date or an ISO 8601 timestamp (UTC without a zone). The header has whole
    seconds, so a timestamp with milliseconds in the same second already counts as newer, unless
    `whole_seconds` drops the resource's fraction first (the sub-resource deletes)."""
    header = call.headers.get("If-Unmodified-Since")
    if not header or last_modified is None:
        return
    try:
        since = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        try:
            since = datetime.datetime.fromisoformat(header.strip().replace("Z", "+00:00"))
        except ValueError:
            return
    if since.tzinfo is None:
        since = since.replace(tzinfo=datetime.timezone.utc)
    if whole_seconds:
        last_modified = last_modified.replace(microsecond=0)
    if last_modified > since:
        raise errors.api_error("412 Precondition Failed", 412)


class OwnedRows:
    """The rows of one owned store (`state.keys`, `state.gpg_keys`, `state.emails`) as the endpoints see
    them: a user's list in id order, `user.<rows>.find_by(id:) || not_found!(<name>)` (another user's row is
    not found too) and `destroy_conditionally!`. `render(record, call)` is the row's entity; `id_param` the
    name of the row's path parameter (Grape validates it: `key_id is invalid`)."""

    def __init__(self, store, not_found_name, render, id_param):
        self.store = store
        self.not_found_name = not_found_name
        self.render = render
        self.id_param = id_param

    def list(self, call, user):
        return paginate_by_id(call, call.state.owned(self.store, user.id), lambda record: self.render(record, call))

    def find(self, call, user, record_id):
        record = getattr(call.state, self.store).get(record_id)
        if record is None or record.user_id != user.id:
            raise errors.not_found(self.not_found_name)
        return record

    def own(self, call, raw_id):
        """/user/<rows>/:id: `authenticate!` (the before block) first, then Grape's validation of the id,
        then the lookup among the current user's rows."""
        user = call.authenticate()
        return self.find(call, user, int_path(call, **{self.id_param: raw_id})[self.id_param])

    def remove(self, call, record):
        """`destroy_conditionally!`: 412 on an older If-Unmodified-Since, else the row goes."""
        check_unmodified_since(call, getattr(record, "updated_at", record.created_at), whole_seconds=True)
        del getattr(call.state, self.store)[record.id]
