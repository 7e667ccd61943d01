"""User state actions and 2FA reset (lib/api/users.rb and
app/services/users/*_service.rb). All are POSTs answering 201 with the JSON of the Ruby return value
(`true`, `false`, `null`) unless a service error is rendered; approve/reject answer with a message."""
from __future__ import annotations

import datetime

from gitlab_sim import errors
from gitlab_sim.api.resources import find_user_or_404
from gitlab_sim.entities import version_at_least
from gitlab_sim.routing import Reply, no_content, route
from gitlab_sim.records import now

NULL = Reply(raw="null", status=201)  # `break` in a Grape endpoint renders nil


def _admin_target(call, user_id):
    """`authenticated_as_admin!` then `User.find_by(id:)` / not_found!('User')."""
    call.authenticate_non_get()
    call.authenticated_as_admin()
    return find_user_or_404(call, user_id)


@route("POST", "/users/<int:id>/block")
def block(call, id):
    user = _admin_target(call, id)
    if user.state == "ldap_blocked":
        raise errors.forbidden("LDAP blocked users cannot be modified by the API")
    if user.id == call.user.id:
        raise errors.forbidden("The API initiating user cannot be blocked by the API")
    if user.blocked:
        return NULL
    if user.internal:  # Users::BlockService
        raise errors.api_error("An internal user cannot be blocked", 403)
    blocked = user.fire("block")
    if blocked:
        audit_attribute(call, user, "blocked_by")
    return blocked


def audit_attribute(call, user, key):
    """`UserCustomAttribute.set_blocked_by` / `set_unblocked_by` (app/services/users/block_service.rb,
    unblock_service.rb): "<admin username>/<admin id>+<time>", the time as Ruby's `Time#to_s` in UTC. An
    upsert: a key written before keeps its place."""
    moment = now().strftime("%Y-%m-%d %H:%M:%S UTC")
    user.custom_attributes[key] = "%s/%d+%s" % (call.user.username, call.user.id, moment)


@route("POST", "/users/<int:id>/unblock")
def unblock(call, id):
    user = _admin_target(call, id)
    if user.state == "ldap_blocked":
        raise errors.forbidden("LDAP blocked users cannot be unblocked by the API")
    if user.state == "deactivated":
        raise errors.forbidden("Deactivated users cannot be unblocked by the API")
    unblocked = user.fire("activate")  # UnblockService#execute.success?: false for an active user
    if unblocked:
        audit_attribute(call, user, "unblocked_by")
    return unblocked


def recently_active(user, period_days):
    """`User#can_be_deactivated?` needs no activity within the dormant period."""
    last = user.last_active_at
    return last is not None and last > now() - datetime.timedelta(days=period_days)


def _refuse(call, legacy_reason, message):
    """Before 16.0 the endpoints refused with `forbidden!` ("403 Forbidden - <reason>"); the services that
    replaced them render their own message."""
    if not version_at_least(call, 16):
        raise errors.forbidden(legacy_reason)
    raise errors.api_error(message, 403)


@route("POST", "/users/<int:id>/deactivate")
def deactivate(call, id):
    user = _admin_target(call, id)
    if user.state == "deactivated":
        return NULL
    if user.blocked:
        _refuse(call, "A blocked user cannot be deactivated by the API",
                "Error occurred. A blocked user cannot be deactivated")
    if user.internal:
        _refuse(call, "An internal user cannot be deactivated by the API", "Internal users cannot be deactivated")
    period = int(call.state.settings["deactivate_dormant_users_period"])
    if recently_active(user, period):
        message = ("The user you are trying to deactivate has been active in the past %d days and cannot be "
                   "deactivated" % period)
        _refuse(call, message, message)
    return user.fire("deactivate")


@route("POST", "/users/<int:id>/activate")
def activate(call, id):
    user = _admin_target(call, id)
    if user.blocked:
        _refuse(call, "A blocked user must be unblocked to be activated",
                "Error occurred. A blocked user must be unblocked to be activated")
    if user.state != "active":
        return user.fire("activate")
    # Users::ActivateService succeeds for an already active user; before 17.0 `user.activate` answered false.
    return version_at_least(call, 17)


def _ban_transition(call, user_id, from_state, event):
    """`Users::BanService` / `UnbanService`: only a user in `from_state` takes the event, others are
    403 "You cannot <event> <state> users."."""
    user = _admin_target(call, user_id)
    if user.state != from_state:
        raise errors.api_error("You cannot %s %s users." % (event, user.state), 403)
    return user.fire(event)


@route("POST", "/users/<int:id>/ban")
def ban(call, id):
    return _ban_transition(call, id, "active", "ban")


@route("POST", "/users/<int:id>/unban")
def unban(call, id):
    return _ban_transition(call, id, "banned", "unban")


def _pending_target(call, user_id, action, not_pending_message):
    """approve/reject: no authenticated_as_admin!: the lookup comes first, then the service refuses
    non-admins (403) and users not pending approval (409)."""
    call.authenticate_non_get()
    user = find_user_or_404(call, user_id)
    if not call.is_admin:
        raise errors.api_error("You are not allowed to %s a user" % action, 403)
    if user.state != "blocked_pending_approval":
        raise errors.api_error(not_pending_message, 409)
    return user


@route("POST", "/users/<int:id>/approve")
def approve(call, id):
    """Success is rendered through render_api_error! because ApproveService never sets :success."""
    user = _pending_target(call, id, "approve", "The user you are trying to approve is not pending approval")
    user.fire("activate")
    return Reply({"message": "Success"}, status=201)


@route("POST", "/users/<int:id>/reject")
def reject(call, id):
    user = _pending_target(call, id, "reject", "User does not have a pending request")
    user.fire("block")  # RejectService: delete_async(hard_delete: true) blocks first
    call.state.schedule_delete(user.id, hard_delete=True)
    return Reply({"message": "Success"}, status=200)


@route("PATCH", "/users/<int:id>/disable_two_factor")
def disable_two_factor(call, id):
    user = _admin_target(call, id)
    if user.is_admin:
        raise errors.forbidden("Two-factor authentication for admins cannot be disabled via the API. "
                               "Use the Rails console")
    if not user.two_factor_enabled:  # TwoFactor::DestroyService
        raise errors.bad_request("Two-factor authentication is not enabled for this user")
    user.two_factor_enabled = False
    user.touch()
    return no_content()
