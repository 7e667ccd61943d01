# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Retries: which failed requests the client sends again, how long it waits before each, and the budget
that all the waits of one client share.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import random
import threading
import time
import typing as t

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.http_library import NewConnectionError, requests
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.rate_limit import (
    AskedWait, RateLimitGate, asked_wait)

# Methods whose repetition cannot change the outcome, so a request that got no answer (or a
# gateway error) may simply be sent again. POST and PATCH may already have been applied.
IDEMPOTENT_METHODS = frozenset(("GET", "HEAD", "PUT", "DELETE"))
# Statuses from a proxy/load balancer in front of GitLab: the request may or may not have reached it.
GATEWAY_STATUSES = frozenset((502, 503, 504))
MAX_RETRY_WAIT = 60.0  # seconds; also caps a long Retry-After so a task never hangs for minutes
# The shortest wait before a retry, also when Retry-After/RateLimit-Reset is 0 or already past: a
# server (or a clock skew) saying "now" must not turn into a burst of requests within milliseconds.
MIN_RETRY_WAIT = 1.0
BACKOFF_BASE = MIN_RETRY_WAIT  # seconds before the first retry when the server gives no usable hint
# Nothing listens or the name does not resolve: one quick retry covers a restarting proxy; more
# would only delay telling the user that api_url points nowhere.
UNREACHABLE_RETRIES = 1
UNREACHABLE_RETRY_WAIT = 0.5

# What a wait until the end of a rate limit's window is called in the error when the budget cannot afford it.
WINDOW_END = "the end of the rate limit's window"

# time.sleep, or a stand-in that records the waits (tests).
Sleep = t.Callable[[float], object]


def backoff(retries: int) -> float:
    """1, 2, 4, 8... seconds, each randomly lengthened by up to half so that clients spread out."""
    floor = min(BACKOFF_BASE * 2.0 ** retries, MAX_RETRY_WAIT)
    return min(floor + random.uniform(0, floor / 2), MAX_RETRY_WAIT)


def is_retryable_status(method: str, status: int) -> bool:
    """A 429 for any method (GitLab refused it unseen); a gateway error only when sending again is harmless."""
    return status == 429 or (method in IDEMPOTENT_METHODS and status in GATEWAY_STATUSES)


def is_unreachable(exc: Exception) -> bool:
    """No connection could be made (refused, unknown host): nothing was sent."""
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(exc, requests.exceptions.ConnectionError) and isinstance(reason, NewConnectionError)


def is_transient(exc: Exception) -> bool:
    """Worth retrying (for idempotent methods): no answer arrived, and not because TLS was refused."""
    transient = (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                 requests.exceptions.ChunkedEncodingError)
    return isinstance(exc, transient) and not isinstance(exc, requests.exceptions.SSLError)


def usable_asked_wait(headers: t.Mapping[str, str]) -> AskedWait | None:
    """The wait GitLab asks for, or None without a usable hint (none, or below MIN_RETRY_WAIT: 0 or a
    moment already past)."""
    asked = asked_wait(headers, time.time())
    return None if asked is None or asked.seconds < MIN_RETRY_WAIT else asked


def retry_wait(asked: AskedWait | None, retries: int) -> float:
    """Seconds to wait before retrying: what GitLab asked for (at most MAX_RETRY_WAIT), else exponential backoff."""
    if asked is None:
        return backoff(retries)
    return min(asked.seconds, MAX_RETRY_WAIT)


class RetryBudget:
    """How often and how long one client (and every thread sharing it) may wait to retry.

    Every wait between retries of the client counts against one budget: a task facing a 429 storm
    fails after retry_timeout seconds instead of max_retries * 60 s per request."""

    def __init__(self, max_retries: int, retry_timeout: float, gate: RateLimitGate, sleep: Sleep) -> None:
        self.max_retries = max_retries
        self.retry_timeout = retry_timeout
        self.waited = 0.0
        self.gate = gate
        self._sleep = sleep
        self._lock = threading.Lock()

    def for_request(self, method: str) -> RequestRetries:
        """The retries of one request, drawn from this budget."""
        return RequestRetries(self, method)

    def left(self) -> float:
        return max(0.0, self.retry_timeout - self.waited)

    def _charge(self, seconds: float, pause_all: bool) -> float:
        """What a wait of `seconds` costs the budget (for a 429: what it adds to a pause already running)."""
        return self.gate.extension(seconds) if pause_all else seconds

    def exceeded_by(self, seconds: float, pause_all: bool = False) -> bool:
        """Whether waiting `seconds` would pass retry_timeout."""
        with self._lock:
            return self.waited + self._charge(seconds, pause_all) > self.retry_timeout

    def wait(self, seconds: float, pause_all: bool = False) -> bool:
        """Sleep `seconds` before a retry and return True, or return False when that would exceed
        retry_timeout (then the caller reports the last failure instead).

        `pause_all` (a 429): the other threads using this client send nothing until the sleep ends, and
        the budget is charged only for the time the pause adds to one already running."""
        with self._lock:
            charge = self._charge(seconds, pause_all)
            if self.waited + charge > self.retry_timeout:
                return False
            self.waited += charge
            if pause_all:
                self.gate.enter(seconds)
        try:
            self._sleep(seconds)
        finally:
            if pause_all:
                self.gate.leave()
        return True


class RequestRetries:
    """The retries of one request: whether to send it again after a failure (having waited), and what
    the error says about the retries when the client gives up."""

    def __init__(self, budget: RetryBudget, method: str) -> None:
        self.budget = budget
        self.method = method
        self.retries = 0
        # A wait GitLab asked for that the budget could not afford: the request failed without waiting.
        self.declined: AskedWait | None = None

    def after_exception(self, exc: Exception) -> bool:
        """Whether to send the request again after `exc` (no answer arrived); True once the wait is over."""
        if is_unreachable(exc) or isinstance(exc, requests.exceptions.ConnectTimeout):
            # Nothing was sent, so any method may be repeated, but only once and soon.
            retry = self.retries < min(UNREACHABLE_RETRIES, self.budget.max_retries) and self.budget.wait(
                UNREACHABLE_RETRY_WAIT)
        else:
            retry = self.method in IDEMPOTENT_METHODS and is_transient(exc) and (
                self.retries < self.budget.max_retries) and self.budget.wait(backoff(self.retries))
        if retry:
            self.retries += 1
        return retry

    def after_status(self, status: int, headers: t.Mapping[str, str], boundary: float | None = None) -> bool:
        """Whether to send the request again after an answer with `status`; True once the wait is over.

        `boundary`: for a 429 of a rate limit whose window the client knows (pacing.py), the seconds until GitLab
        counts afresh; the client waits that long rather than the whole interval that Retry-After says."""
        if not is_retryable_status(self.method, status) or self.retries >= self.budget.max_retries:
            return False
        asked, pause_all = usable_asked_wait(headers), status == 429
        if pause_all and boundary is not None:
            asked = AskedWait(boundary if asked is None else min(asked.seconds, boundary), WINDOW_END)
        if asked is not None and self.budget.exceeded_by(asked.seconds, pause_all):
            # Waiting only what is left of the budget would earn the same answer: fail now.
            self.declined = asked
            return False
        if not self.budget.wait(retry_wait(asked, self.retries), pause_all=pause_all):
            return False
        self.retries += 1
        return True

    def hint(self, status: int) -> str | None:
        """What the error of the last answer (`status`) should say about the retries before it, or None."""
        if not is_retryable_status(self.method, status):
            return None
        budget = self.budget
        gave_up = None
        if self.retries:
            gave_up = "gave up after %d %s and %.1f s of waiting in this task; max_retries and retry_timeout " \
                      "bound the retries" % (self.retries, "retry" if self.retries == 1 else "retries", budget.waited)
        if self.declined is None:
            return gave_up
        asked = "GitLab asked to wait %.0f s (%s), more than the %.0f s left of retry_timeout (%g s), so the task " \
                "did not wait; raise retry_timeout to wait that long" % (
                    self.declined.seconds, self.declined.source, budget.left(), budget.retry_timeout)
        return asked if gave_up is None else "%s; %s" % (asked, gave_up)
