"""Entities of the user sub-resources (lib/api/entities/ssh_key.rb, gpg_key.rb, email.rb,
personal_access_token*.rb, impersonation_token*.rb, user_status.rb, membership.rb). Every function takes the
record and the Call, like the user entities in gitlab_sim.entities."""
from __future__ import annotations

from gitlab_sim import emoji
from gitlab_sim.records import iso


# -- entities ----------------------------------------------------------------------------------------
def ssh_key(record, call):
    """SSHKey: the stored comment is replaced by "<user name> (<ssh host>)" (`Key#publishable_key`)."""
    owner = call.state.user_by_id(record.user_id)
    publishable = record.key.split()[:2] + ["%s (%s)" % (owner.name, call.state.settings["ssh_host"])]
    return {
        "id": record.id,
        "title": record.title,
        "created_at": iso(record.created_at),
        "expires_at": iso(record.expires_at),
        "key": " ".join(publishable),
        "usage_type": record.usage_type,
    }


def gpg_key(record, call):  # pylint: disable=unused-argument
    return {"id": record.id, "key": record.key, "created_at": iso(record.created_at)}


def email_entity(record, call):  # pylint: disable=unused-argument
    return {"id": record.id, "email": record.email, "confirmed_at": iso(record.confirmed_at)}


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


def user_status(record, call=None):  # pylint: disable=unused-argument
    """UserStatus; `present user.status || {}` gives null fields and message_html "" without a status."""
    if record is None:
        return {"emoji": None, "message": None, "availability": None, "message_html": "", "clear_status_at": None}
    return {
        "emoji": record.emoji,
        "message": record.message,
        "availability": record.availability,
        "message_html": emoji.render_html(record.message),
        "clear_status_at": iso(record.clear_status_at),
    }
