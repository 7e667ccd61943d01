# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""GitLab's general throttle (Rack::Attack: `throttle_authenticated_api`, lib/gitlab/rack_attack.rb) as its
RateLimit-* headers tell it: the requests it still allows, and when it counts afresh.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

The throttle's 429 carries RateLimit-Remaining and RateLimit-Reset (the epoch second its window ends), and so does
every other answer where the `rate_limiting_headers_for_unthrottled_requests` feature flag is on
(Gitlab::Middleware::RackAttackHeaders, lib/gitlab/middleware/rack_attack_headers.rb), as on GitLab.com.
RateLimit-Limit is the limit per 60 s rounded up, not the window's (RequestThrottleData#rounded_limit): the client
uses Remaining and Reset only. The application rate limiter (the Users API limits) sends none of these headers.
"""

from __future__ import annotations

import typing as t


class ThrottleHeaders(t.NamedTuple):
    """What an answer's RateLimit-* headers say of a Rack::Attack throttle: its name, the requests it still allows
    and the epoch second (GitLab's) at which it counts afresh."""

    name: str
    remaining: int
    reset: int


def throttle_headers(headers: t.Mapping[str, str]) -> ThrottleHeaders | None:
    """RateLimit-Remaining and RateLimit-Reset of an answer (RequestThrottleData#common_response_headers), or None
    without both."""
    remaining, reset = _count(headers.get("RateLimit-Remaining")), _count(headers.get("RateLimit-Reset"))
    if remaining is None or reset is None:
        return None
    return ThrottleHeaders(headers.get("RateLimit-Name") or "a GitLab throttle", remaining, reset)


class ThrottlePace:
    """The general throttle as its headers tell it (with the Pacer's lock held): once an answer says that no
    request remains until the reset, every request waits for it. An answer's Remaining was counted when its
    request reached GitLab: the requests sent after it and still unanswered may reach GitLab after it, so they are
    taken off; one answered already told its own Remaining, and the allowance keeps the smaller estimate."""

    def __init__(self) -> None:
        self.sent = 0              # requests this client has sent, all paths
        self.unanswered: set[int] = set()  # their sequence numbers, until their answer (or failure)
        self.reset: int | None = None  # the window the allowance is for (its end, GitLab's epoch seconds)
        self.allowance = 0         # requests still allowed in it
        self.name = ""
        self.waited_for: int | None = None
        self.waits = 0
        self.waited = 0.0

    def learn(self, said: ThrottleHeaders, sequence: int) -> None:
        allowance = said.remaining - sum(1 for later in self.unanswered if later > sequence)
        if self.reset is None or said.reset > self.reset:
            self.reset, self.allowance, self.name = said.reset, allowance, said.name
        elif said.reset == self.reset:
            self.allowance = min(self.allowance, allowance)

    def hold(self, earliest: float) -> float:
        """Seconds to wait before the next request (0: send it now, and it is counted)."""
        if self.reset is not None and earliest >= self.reset:
            self.reset = None
        if self.reset is not None and self.allowance <= 0:
            return self.reset - earliest
        if self.reset is not None:
            self.allowance -= 1
        self.sent += 1
        self.unanswered.add(self.sent)
        return 0.0


def _count(value: str | None) -> int | None:
    """A header's whole number, or None."""
    return int(value) if value is not None and value.strip().isdigit() else None
