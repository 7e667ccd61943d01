"""GitLab's general throttle of authenticated API requests (Rack::Attack, `throttle_authenticated_api` in
lib/gitlab/rack_attack.rb) and the RateLimit-* headers it sends.

What GitLab does, and so the simulator:
- The throttle counts every API request authenticated by a token, per user of the token (`throttled_identifer`
  in lib/gitlab/rack_attack/request.rb finds the user from the token, before any sudo), in fixed windows of
  `throttle_authenticated_api_period_in_seconds` (Rack::Attack's cache key ends with `now / period`), when
  `throttle_authenticated_api_enabled` is on; over `throttle_authenticated_api_requests_per_period` it answers
  429 text/plain "Retry later\\n" (Gitlab::Throttle.rate_limiting_response_text) before the endpoint runs.
  Refused requests count too.
- The 429 carries RateLimit-Name, -Limit, -Observed, -Remaining, -Reset, -ResetTime and Retry-After
  (Gitlab::RackAttack::RequestThrottleData#throttled_response_headers, lib/gitlab/rack_attack/
  request_throttle_data.rb): Limit is the limit per 60 s rounded up (`rounded_limit`), Remaining the raw limit
  minus the count (at least 0), Reset the epoch second the window ends, Retry-After the seconds until then.
- Every other answer of a counted request carries RateLimit-Name, -Limit, -Observed, -Remaining and -Reset (no
  ResetTime, no Retry-After) when the `rate_limiting_headers_for_unthrottled_requests` feature flag is on
  (Gitlab::Middleware::RackAttackHeaders, lib/gitlab/middleware/rack_attack_headers.rb), whatever the status.
- The application rate limiter (the Users API limits, gitlab_sim.api.rate_limits) sends none of these headers.
- The bypass header (`throttle_bypass_header` setting, Gitlab::Throttle.bypass_header) set to "1" skips it.

Not modeled: the unauthenticated, web, protected-paths, Git LFS and deprecated-API throttles, the user allowlist
(GITLAB_THROTTLE_USER_ALLOWLIST) and dry-run mode."""
from __future__ import annotations

import email.utils
import math

from gitlab_sim import errors
from gitlab_sim.clock import CLOCK

NAME = "throttle_authenticated_api"
RESPONSE_TEXT = "Retry later\n"


class ThrottleData:
    """Rack::Attack's match data of one request: the count (with this request), the period, the limit and the
    moment it was checked (whole epoch seconds)."""

    def __init__(self, name, count, period, limit, now):
        self.name = name
        self.count = count
        self.period = period
        self.limit = limit
        self.now = now

    def reset(self):
        return self.now + self.period - self.now % self.period

    def common_headers(self):
        """RequestThrottleData#common_response_headers."""
        return {
            "RateLimit-Name": self.name,
            "RateLimit-Limit": str(int(math.ceil(self.limit * 60.0 / self.period))),
            "RateLimit-Observed": str(self.count),
            "RateLimit-Remaining": str(max(self.limit - self.count, 0)),
            "RateLimit-Reset": str(self.reset()),
        }

    def throttled_headers(self):
        """RequestThrottleData#throttled_response_headers."""
        headers = self.common_headers()
        headers["Retry-After"] = str(self.period - self.now % self.period)
        headers["RateLimit-ResetTime"] = email.utils.formatdate(self.reset(), usegmt=True)
        return headers


def check(call):
    """Count a request authenticated by `call.token` (call.initial_user: the token's user) and raise the throttled
    429 over the limit. Leaves the match data on `call.throttle_data` for `add_headers`."""
    settings = call.state.settings
    if not settings.get("throttle_authenticated_api_enabled") or call.token is None or call.initial_user is None:
        return
    bypass = settings.get("throttle_bypass_header")
    if bypass and call.headers.get(bypass) == "1":
        return
    limit = int(settings.get("throttle_authenticated_api_requests_per_period") or 0)
    period = int(settings.get("throttle_authenticated_api_period_in_seconds") or 0)
    if limit <= 0 or period <= 0:
        return
    now = int(CLOCK.time())
    window = now // period
    state = call.state
    with state.lock:
        counter = state.rate_counters.get((NAME, call.initial_user.id))
        if counter is None or counter[0] != window:
            counter = state.rate_counters[(NAME, call.initial_user.id)] = [window, 0]
        counter[1] += 1
        count = counter[1]
    data = ThrottleData(NAME, count, period, limit, now)
    if count > limit:
        raise errors.ApiError(429, RESPONSE_TEXT, headers=data.throttled_headers(), content_type="text/plain")
    call.throttle_data = data


def add_headers(call, response):
    """Gitlab::Middleware::RackAttackHeaders: the common headers on a counted request's answer (not a 429), with
    the feature flag on."""
    data = getattr(call, "throttle_data", None) if call is not None else None
    if data is None or response.status_code == 429:
        return response
    if not call.state.settings.get("rate_limiting_headers_for_unthrottled_requests"):
        return response
    for name, value in data.common_headers().items():
        response.headers[name] = value
    return response
