"""Entities of the user sub-resources (behaviour doc section 2) and the request helpers their endpoint
families share: Grape validation of path parameters, user and owned-record lookups, model-style
validation errors, id-ordered pagination and `destroy_conditionally!`'s If-Unmodified-Since check."""
from __future__ import annotations

import datetime
import email.utils

from gitlab_sim import emoji, errors
from gitlab_sim.pagination import paginate
from gitlab_sim.params import Param, declared
from gitlab_sim.state import iso


# -- entities ----------------------------------------------------------------------------------------
def ssh_key(record, call):
    """SSHKey: the stored comment is replaced by "<user name> (<ssh host>)" (`Key#publishable_key`)."""
    owner = call.state.user_by_id(record["user_id"])
    publishable = record["key"].split()[:2] + ["%s (%s)" % (owner.name, call.state.settings["ssh_host"])]
    return {
        "id": record["id"],
        "title": record["title"],
        "created_at": iso(record["created_at"]),
        "expires_at": iso(record["expires_at"]),
        "key": " ".join(publishable),
        "usage_type": record["usage_type"],
    }


def gpg_key(record):
    return {"id": record["id"], "key": record["key"], "created_at": iso(record["created_at"])}


def email_entity(record):
    return {"id": record["id"], "email": record["email"], "confirmed_at": iso(record["confirmed_at"])}


def _date(value):
    return value.isoformat() if value else None


def personal_access_token(token):
    """PersonalAccessToken fields in the 16-17.x order."""
    return {
        "id": token.id,
        "name": token.name,
        "revoked": token.revoked,
        "created_at": iso(token.created_at),
        "description": token.description,
        "scopes": list(token.scopes),
        "user_id": token.user_id,
        "last_used_at": iso(token.last_used_at),
        "active": token.active,
        "expires_at": _date(token.expires_at),
    }


def impersonation_token(token, with_token=False):
    data = personal_access_token(token)
    data["impersonation"] = token.impersonation
    if with_token:
        data["token"] = token.token
    return data


def personal_access_token_with_token(token):
    data = personal_access_token(token)
    data["token"] = token.token
    return data


def user_status(record):
    """UserStatus; `present user.status || {}` gives null fields and message_html "" without a status."""
    record = record or {}
    return {
        "emoji": record.get("emoji"),
        "message": record.get("message"),
        "availability": record.get("availability"),
        "message_html": emoji.render_html(record.get("message")),
        "clear_status_at": iso(record.get("clear_status_at")),
    }


# -- request helpers ---------------------------------------------------------------------------------
class _ParamsView:
    def __init__(self, params):
        self.params = params


def declared_with_path(call, path_values, *params, **groups):
    """Grape validates path parameters like any other declared parameter, in declaration order: a
    non-integer `:key_id` gives 400 `key_id is invalid` (section 0.1), not 404."""
    merged = dict(call.params)
    merged.update(path_values)
    return declared(_ParamsView(merged), *params, **groups)


class ModelErrors:
    """ActiveModel::Errors: messages per attribute, attributes in the order they first failed."""

    def __init__(self):
        self.messages = {}

    def add(self, attribute, message):
        self.messages.setdefault(attribute, []).append(message)

    def __contains__(self, attribute):
        return attribute in self.messages

    def __bool__(self):
        return bool(self.messages)

    def raise_validation_error(self):
        """`render_validation_error!`: 400 {"message": {attr: [...]}}."""
        if self.messages:
            raise errors.validation_error(self.messages)

    def full_messages(self):
        return ["%s %s" % (attribute.replace("_", " ").capitalize(), message)
                for attribute, messages in self.messages.items() for message in messages]


def to_sentence(words):
    """Rails `Array#to_sentence`."""
    if len(words) <= 2:
        return " and ".join(words)
    return "%s, and %s" % (", ".join(words[:-1]), words[-1])


def paginate_by_id(call, records, render, extra_query=None):
    """The offset paginator orders an unordered relation by id (section 1.11)."""
    ordered = sorted(records, key=lambda record: record["id"] if isinstance(record, dict) else record.id)
    return paginate(call, ordered, render, extra_query)


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


def records_of(store, user):
    """A user's rows of one sub-resource store (`state.keys`, `state.gpg_keys`, `state.emails`)."""
    return [record for record in store.values() if record["user_id"] == user.id]


def owned_record_or_404(store, user, record_id, resource_name):
    """`user.<records>.find_by(id:) || not_found!(resource_name)`: another user's row is not found too."""
    record = store.get(record_id)
    if record is None or record["user_id"] != user.id:
        raise errors.not_found(resource_name)
    return record


def int_path_params(call, **path_values):
    """Integer path parameters, validated by Grape in declaration order (`key_id is invalid`, 400)."""
    params = [Param(name, int, required=True) for name in path_values]
    return declared_with_path(call, path_values, *params)


def blank(value):
    """Ruby `blank?` for strings: None, "" or only whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())
