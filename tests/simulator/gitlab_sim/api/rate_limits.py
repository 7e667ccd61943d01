"""The application rate limits of the Users API: `check_rate_limit!` and `check_rate_limit_by_user_or_ip!`
(lib/api/helpers/rate_limiter.rb) over Gitlab::ApplicationRateLimiter (lib/gitlab/application_rate_limiter.rb).

What GitLab does, and so the simulator:
- A limit counts requests per key and scope in a fixed window of `interval` seconds (State.throttled). The
  scope is the current user (`users_get_by_id`), or the current user and else the client IP
  (`check_rate_limit_by_user_or_ip!`); it never includes the target user, so asking about different users
  spends one budget.
- A threshold of 0 disables a limit (`_throttled?` returns false before counting).
- Over the threshold the endpoint answers 429 {"message": {"error": "This endpoint has been requested too many
  times. Try again later."}}; from 18.5 with `Retry-After: <interval>` (`too_many_requests!(..., retry_after:
  interval)`, gitlab-org/gitlab!206603), before that without it. No RateLimit-* headers either way: those come
  from Rack::Attack, not from this limiter.
- A request carrying the bypass header (`Gitlab::Throttle.bypass_header`, set by the GITLAB_THROTTLE_BYPASS_HEADER
  environment variable; here the `throttle_bypass_header` setting) with the value "1" is neither counted nor
  refused.

No handler here: the families call `check` with a key of LIMITS."""
from __future__ import annotations

from gitlab_sim import errors
from gitlab_sim.entities import is_ee, version_at_least

# The Users API limits of lib/api/users.rb arrived in 17.1 behind the `rate_limiting_user_endpoints` feature flag
# (disabled by default, enabled on GitLab.com), became settings in 17.10 (gitlab-org/gitlab!181054) and lost the
# flag in 18.1 (gitlab-org/gitlab#524831, doc/administration/settings/rate_limit_on_users_api.md).
USERS_API_LIMITS_SINCE = (17, 1)
USERS_API_SETTINGS_SINCE = (17, 10)
USERS_API_FLAG_REMOVED_IN = (18, 1)
RETRY_AFTER_SINCE = (18, 5)


class Limit:
    """One key of ApplicationRateLimiter.rate_limits: the setting that holds its threshold, its interval in
    seconds, the first version that checks it, and whether the Users API feature flag gates it."""

    def __init__(self, setting, interval, since, flagged=False):
        self.setting = setting
        self.interval = interval
        self.since = since
        self.flagged = flagged


LIMITS = {
    # GET /users/:id (14.8, gitlab-org/gitlab!78364): per user, 10 minutes, with an allowlist.
    "users_get_by_id": Limit("users_get_by_id_limit", 600, (14, 8)),
    "user_followers": Limit("users_api_limit_followers", 60, USERS_API_LIMITS_SINCE, flagged=True),
    "user_following": Limit("users_api_limit_following", 60, USERS_API_LIMITS_SINCE, flagged=True),
    "user_status": Limit("users_api_limit_status", 60, USERS_API_LIMITS_SINCE, flagged=True),
    # Named user_keys / user_specific_key / user_specific_gpg_key before 17.10; the settings are newer than
    # the keys' renaming, the behaviour is the same.
    "user_ssh_keys": Limit("users_api_limit_ssh_keys", 60, USERS_API_LIMITS_SINCE, flagged=True),
    "user_ssh_key": Limit("users_api_limit_ssh_key", 60, USERS_API_LIMITS_SINCE, flagged=True),
    "user_gpg_keys": Limit("users_api_limit_gpg_keys", 60, USERS_API_LIMITS_SINCE, flagged=True),
    "user_gpg_key": Limit("users_api_limit_gpg_key", 60, USERS_API_LIMITS_SINCE, flagged=True),
}
USERS_API_SETTINGS = tuple(limit.setting for key, limit in LIMITS.items() if limit.flagged)


def can_read_all_resources(call):
    """`current_user.can_read_all_resources?`: administrators (app/policies/base_policy.rb) and, on EE, auditors
    (ee/app/policies/ee/base_policy.rb). Admin Mode is not simulated."""
    user = call.user
    return bool(user and (user.is_admin or (user.is_auditor and is_ee(call))))


def enforced(call, key):
    """Whether this GitLab version checks `key` at all."""
    limit = LIMITS[key]
    if not version_at_least(call, *limit.since):
        return False
    if limit.flagged and not version_at_least(call, *USERS_API_FLAG_REMOVED_IN):
        return bool(call.state.settings.get("rate_limiting_user_endpoints"))
    return True


def check(call, key, scope, users_allowlist=None):
    """`check_rate_limit!(key, scope:, users_allowlist:)`: count the request and answer 429 over the threshold."""
    if not enforced(call, key):
        return
    settings = call.state.settings
    bypass = settings.get("throttle_bypass_header")
    if bypass and call.headers.get(bypass) == "1":
        return
    if users_allowlist and scope[0] == "user" and call.user is not None:
        # scoped_user_in_allowlist?: both sides downcased.
        if call.user.username.lower() in {name.lower() for name in users_allowlist}:
            return
    limit = LIMITS[key]
    threshold = int(settings.get(limit.setting) or 0)
    if call.state.throttled(key, scope, threshold, limit.interval):
        raise errors.rate_limited(limit.interval if version_at_least(call, *RETRY_AFTER_SINCE) else None)


def check_by_user_or_ip(call, key):
    """`check_rate_limit_by_user_or_ip!`: scope `current_user || ip_address`."""
    scope = ("user", call.user.id) if call.user is not None else ("ip", call.ip_address)
    check(call, key, scope)
