"""User activity, as GitLab records it for the API.

lib/api/api.rb mounts every v4 endpoint inside

    namespace do
      after do
        ::Users::ActivityService.new(author: @current_user, project: @project, namespace: @group).execute
      end
      ...

A Grape `after` callback runs only when the endpoint returned normally: an error (`error!`, and so every
`render_api_error!` helper of lib/api/helpers.rb, including `not_modified!` (304), `no_content!` (204) and
`accepted!` (202)) throws past it, and so do authentication failures, validation errors and the rate limits.
`@current_user` is the user after sudo (lib/api/helpers.rb `sudo!` replaces it) and, for an impersonation token,
the impersonated user; anonymous requests have none. The simulator's dispatcher calls `record` after a handler
returned (not raised) a reply that is not marked `thrown` (routing.Reply).

app/services/users/activity_service.rb then does (read-only databases aside):

    today = Date.today
    return if user.last_activity_on == today
    lease = Gitlab::ExclusiveLease.new("activity_service:#{user.id}", timeout: LEASE_TIMEOUT)  # 1 minute
    return unless lease.try_obtain
    user.update_attribute(:last_activity_on, today)

`update_attribute` saves the record, so `updated_at` moves too. The lease is a Redis key per user that expires a
minute after it was taken: a request just after midnight, within a minute of the write of the day before, finds
it taken and records nothing. Date.today is the server's date (UTC on GitLab.com); here the simulator's clock.
"""
from __future__ import annotations

from gitlab_sim.records import now

LEASE_TIMEOUT = 60  # seconds: Users::ActivityService::LEASE_TIMEOUT = 1.minute.to_i


def record(state, user):
    """`Users::ActivityService#execute` for `user` (a records.User, or None for an anonymous request). Cheap when
    the user was already active today: one attribute read and a date comparison. Returns whether it wrote."""
    if user is None:
        return False
    moment = now()
    today = moment.date()
    if user.last_activity_on == today:
        return False
    epoch = moment.timestamp()
    taken = state.activity_leases.get(user.id)
    if taken is not None and taken <= epoch < taken + LEASE_TIMEOUT:
        return False
    state.activity_leases[user.id] = epoch
    user.last_activity_on = today
    user.updated_at = moment
    return True


def release_lease(state, user_id):
    """Forget a user's lease: a test that pokes `last_activity_on` rewrites the user's history, in which no write
    of the last minute took the lease."""
    state.activity_leases.pop(user_id, None)
