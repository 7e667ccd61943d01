"""User status: GET /user/status, GET /users/:user_id/status, PUT and PATCH /user/status (lib/api/users.rb,
app/services/users/set_status_service.rb). Admins set another user's status with sudo.

`state.statuses[user_id]` is a `UserStatus`. The newest
`Users::SetStatusService` does the work:
* emoji, message blank and availability missing/unknown/not_set -> the status row is deleted (PUT
  answers 200 `null`);
* otherwise a blank emoji becomes `speech_balloon` and a missing or unknown availability `not_set`,
  for PATCH too: PATCH keeps only the message and clear_status_at it was not sent;
* `clear_status_after` sets `clear_status_at = now + interval`; nil (a PUT without it) clears it.
A status whose clear_status_at has passed reads as cleared (GitLab's cron deletes it).
"""
from __future__ import annotations

import datetime

from gitlab_sim import emoji
from gitlab_sim.api import rate_limits
from gitlab_sim.api.resources import blank, find_readable_user_or_404
from gitlab_sim.errors import ModelErrors
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import Reply, route
from gitlab_sim.records import UserStatus, now
from gitlab_sim.sub_entities import user_status

DEFAULT_EMOJI = "speech_balloon"
AVAILABILITIES = ("not_set", "busy")
CLEAR_STATUS_QUICK_OPTIONS = {
    "30_minutes": datetime.timedelta(minutes=30),
    "3_hours": datetime.timedelta(hours=3),
    "8_hours": datetime.timedelta(hours=8),
    "1_day": datetime.timedelta(days=1),
    "3_days": datetime.timedelta(days=3),
    "7_days": datetime.timedelta(days=7),
    "30_days": datetime.timedelta(days=30),
}
STATUS_PARAMS = (
    Param("emoji"), Param("message"), Param("availability"),
    Param("clear_status_after", values=list(CLEAR_STATUS_QUICK_OPTIONS)),
)
NAMES = [param.name for param in STATUS_PARAMS]


def current_status(state, user):
    record = state.statuses.get(user.id)
    if record and record.clear_status_at is not None and record.clear_status_at <= now():
        del state.statuses[user.id]
        return None
    return record


def _validate(record):
    """UserStatus validations: `gitlab/emoji_name` and message length (allow_blank)."""
    problems = ModelErrors()
    if not emoji.exists(record.emoji):
        problems.add("emoji", "is not a valid emoji name")
    if record.message and len(record.message) > 100:
        problems.add("message", "is too long (maximum is 100 characters)")
    problems.raise_validation_error()


def set_status(state, user, params):
    """`Users::SetStatusService#execute` -> the new status record, or None when it was removed."""
    availability = params.get("availability") if params.get("availability") in AVAILABILITIES else None
    if blank(params.get("emoji")) and blank(params.get("message")) and availability in (None, "not_set"):
        state.statuses.pop(user.id, None)
        return None
    current = current_status(state, user)
    record = UserStatus(user_id=user.id, message=current.message if current else None,
                        clear_status_at=current.clear_status_at if current else None)
    record.emoji = DEFAULT_EMOJI if blank(params.get("emoji")) else params["emoji"]
    record.availability = availability or "not_set"
    if "message" in params:
        record.message = params["message"]
    if "clear_status_after" in params:
        interval = CLEAR_STATUS_QUICK_OPTIONS.get(params["clear_status_after"])
        record.clear_status_at = now() + interval if interval else None
    _validate(record)
    state.statuses[user.id] = record
    return record


def _render_set(record):
    return Reply(status=200, raw="null") if record is None else user_status(record)


@route("GET", "/user/status")
def get_own_status(call):
    user = call.authenticate()
    return user_status(current_status(call.state, user))


@route("GET", "/users/<str:user_id>/status")
def get_user_status(call, user_id):
    """No authentication; id or username (case-insensitive); a user without status gets null fields. The
    `user_status` limit counts every caller, administrators too, anonymous ones by IP, before the lookup."""
    rate_limits.check_by_user_or_ip(call, "user_status")
    return user_status(current_status(call.state, find_readable_user_or_404(call, user_id)))


@route("PUT", "/user/status")
def put_own_status(call):
    """`declared_params(include_missing: true)`: parameters not sent are nil, so they are cleared."""
    user = call.authenticate()
    values = declared(call, *STATUS_PARAMS)
    params = {name: values.get(name) for name in NAMES}
    return _render_set(set_status(call.state, user, params))


@route("PATCH", "/user/status")
def patch_own_status(call):
    """Parameters not sent are left out; with none at all the answer is 200 `null` and nothing changes."""
    user = call.authenticate()
    values = declared(call, *STATUS_PARAMS)
    if not values:
        return Reply(status=200, raw="null")
    return _render_set(set_status(call.state, user, values))
