# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Rate limits: how long GitLab asks a client to wait, and the gate that makes the threads sharing one client wait together.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import email.utils
import math
import threading
import time
import typing as t


class AskedWait(t.NamedTuple):
    """How long GitLab asked the client to wait before retrying, and the header that said so."""

    seconds: float
    source: str  # "Retry-After" or "RateLimit-Reset"


def asked_wait(headers: t.Mapping[str, str], now: float) -> AskedWait | None:
    """The wait an answer asks for: Retry-After, else RateLimit-Reset (an epoch second), or None without either.

    The seconds may be 0 or negative (a moment already past): what to make of that is retry.py's call.
    GitLab's Rack::Attack throttles send both with their 429s (lib/gitlab/rack_attack.rb)."""
    wait, source = parse_retry_after(headers.get("Retry-After"), now), "Retry-After"
    if wait is None:
        reset, source = headers.get("RateLimit-Reset"), "RateLimit-Reset"
        try:
            wait = float(reset) - now if reset else None
        except ValueError:
            wait = None
        if wait is not None and not math.isfinite(wait):
            wait = None
    return None if wait is None else AskedWait(wait, source)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Retry-After as delta-seconds or an HTTP-date -> seconds to wait (may be negative), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) else None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None:  # Python < 3.10 returns None for some unparsable dates instead of raising ValueError
        return None
    return moment.timestamp() - now


class RateLimitGate:
    """What the threads sharing one client agree on about 429s: while one of them waits out a
    Retry-After, the others send nothing. GitLab's rate limits count per user and per IP address
    (lib/gitlab/rack_attack.rb, lib/gitlab/application_rate_limiter.rb), not per connection, so a
    request from another worker during the pause would only earn another 429.

    With one thread this changes nothing: the worker that got the 429 sleeps as before and nobody
    else is waiting."""

    def __init__(self, clock: t.Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._condition = threading.Condition()
        self._pausing = 0  # workers sleeping out a 429 now
        self._closed_until: float | None = None  # when the longest of those sleeps ends

    def wait_open(self) -> None:
        """Return once no worker is waiting out a 429 (at once when none is)."""
        with self._condition:
            while self._pausing:
                self._condition.wait()

    def extension(self, seconds: float) -> float:
        """How much a pause of `seconds` starting now extends the pause already running (all of it
        when none is): what the client's retry budget is charged for it."""
        with self._condition:
            now = self._clock()
            current = now if self._closed_until is None else max(now, self._closed_until)
            return max(0.0, now + seconds - current)

    def enter(self, seconds: float) -> None:
        """A worker starts sleeping out a 429 for `seconds`: the gate closes."""
        with self._condition:
            self._pausing += 1
            end = self._clock() + seconds
            self._closed_until = end if self._closed_until is None else max(self._closed_until, end)

    def leave(self) -> None:
        """That worker is done sleeping; the gate opens when no other one still is."""
        with self._condition:
            self._pausing -= 1
            if not self._pausing:
                self._closed_until = None
                self._condition.notify_all()
