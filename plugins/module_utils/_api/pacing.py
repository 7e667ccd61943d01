# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Pacing: the Users API's application rate limits as the client knows them, and the requests of each limited
family held back so that a task stays under them instead of earning a storm of 429s.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

How GitLab counts (lib/gitlab/application_rate_limiter.rb, lib/api/helpers/rate_limiter.rb, lib/api/users.rb):
- each limited endpoint has a key (`FAMILIES`); a limit counts the requests of one caller (the current user, or
  the client IP) to that key, never per target user, so reading the keys of 1,000 users spends one budget;
- the current user is the one the `Sudo` header names when there is one (`current_user` and `sudo!` in
  lib/api/helpers.rb; `scope: current_user` in lib/api/users.rb, `current_user || ip_address` in
  `check_rate_limit_by_user_or_ip!`), so each user a task acts as through sudo has budgets of its own: the
  client counts per family and caller (`Caller`), while what it knows of a limit (a setting of the instance,
  the same for every caller) is shared;
- the window is fixed: the cache key ends with `Time.now.to_i / interval`, so the count starts again at every
  multiple of the interval since the epoch (not an interval after the first request), and refused requests
  count too;
- over the threshold GitLab answers 429, from 18.5 with `Retry-After: <interval>` (the whole interval, although
  the count starts again at the next boundary, which is sooner).

GitLab's general throttles (Rack::Attack: `throttle_authenticated_api`, lib/gitlab/rack_attack.rb) count every
request of the token's user instead, and they are the ones that tell: their 429 carries RateLimit-Remaining and
RateLimit-Reset (the epoch second its window ends), and so does every other answer where the
`rate_limiting_headers_for_unthrottled_requests` feature flag is on (Gitlab::Middleware::RackAttackHeaders,
lib/gitlab/middleware/rack_attack_headers.rb), as on GitLab.com. The pacer holds every request once an answer
says nothing remains until that reset (throttle.py).

So the client paces by window, not by spacing requests evenly: in each window it sends at most the limit's
number of requests of the family (as fast as the workers go), and then every worker that wants another one
waits for the boundary, which the client knows from GitLab's clock (the `Date` header of its answers) rather
than its own. A limit is known from the `rate_limits` connection option, or learned from a 429: then the limit is
the number of requests GitLab accepted in that window, and every worker waits for the boundary, not for
Retry-After.
"""

from __future__ import annotations

import email.utils
import re
import threading
import time
import typing as t

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.throttle import ThrottlePace, throttle_headers


class Family(t.NamedTuple):
    """One key of GitLab's application rate limiter: the `rate_limits` name, the GET paths it counts (relative to
    /api/v4), GitLab's window in seconds and the application setting that holds its threshold."""

    name: str
    pattern: t.Pattern[str]
    interval: int
    setting: str
    per: str  # how the documentation says the window: "minute", "10 minutes"


def _family(name: str, path: str, interval: int, setting: str) -> Family:
    return Family(name, re.compile("^%s$" % path), interval, setting, "minute" if interval == 60 else "10 minutes")


# ApplicationRateLimiter.rate_limits (lib/gitlab/application_rate_limiter.rb) and the endpoints of lib/api/users.rb
# that check them. GET /keys?fingerprint= (lib/api/keys.rb) and GET /user/keys check none.
FAMILIES: t.Tuple[Family, ...] = (
    _family("users_get_by_id", r"/users/[^/]+", 600, "users_get_by_id_limit"),
    _family("followers", r"/users/[^/]+/followers", 60, "users_api_limit_followers"),
    _family("following", r"/users/[^/]+/following", 60, "users_api_limit_following"),
    _family("status", r"/users/[^/]+/status", 60, "users_api_limit_status"),
    _family("ssh_keys", r"/users/[^/]+/keys", 60, "users_api_limit_ssh_keys"),
    _family("ssh_key", r"/users/[^/]+/keys/[^/]+", 60, "users_api_limit_ssh_key"),
    _family("gpg_keys", r"/users/[^/]+/gpg_keys", 60, "users_api_limit_gpg_keys"),
    _family("gpg_key", r"/users/[^/]+/gpg_keys/[^/]+", 60, "users_api_limit_gpg_key"),
)
FAMILY_NAMES = tuple(family.name for family in FAMILIES)
_BY_NAME = dict((family.name, family) for family in FAMILIES)

# The Date header has whole seconds; without one the client trusts its own clock, and waits this much past the
# boundary it computed in case the clocks disagree a little.
UNKNOWN_CLOCK_MARGIN = 1.0
# A request sent this close before a boundary (beyond what the Date headers leave uncertain) may reach GitLab in
# the next window: it is counted in both.
LANDING_MARGIN = 1.0
# Where a limit came from.
OPTION, SETTINGS, REFUSAL = "the rate_limits option", "the instance's settings", "a 429 answer"
# Waits shorter than this are not announced.
ANNOUNCED_WAIT = 5.0

Clock = t.Callable[[], float]
# Whom GitLab counts a request for: the value of its Sudo header (case-folded, as GitLab finds a username), or None
# for the token's own user. A user named once by ID and once by username counts as two callers here: the client
# cannot tell without asking, and the modules name a sudo user the same way throughout a task.
Caller = t.Optional[str]
Sleep = t.Callable[[float], object]
Notify = t.Callable[[str], None]

# Where a running task shows progress while it waits, besides its final warning: the action plugin sets it while
# a module runs in Ansible's worker process (plugin_utils/_direct_execution.py), which can display at once. A
# module run as a payload cannot show anything before it ends, so it stays None there.
progress_sink: t.Optional[Notify] = None


def family_of(method: str, path: str) -> Family | None:
    """The limited family of a request (`path` relative to /api/v4, without its query), or None."""
    if method != "GET":
        return None
    for family in FAMILIES:
        if family.pattern.match(path):
            return family
    return None


def rate_limits_error(value: t.Any) -> str | None:
    """Why a `rate_limits` option is unusable, or None (None and {} are fine: no limit declared)."""
    if value is None:
        return None
    if not isinstance(value, t.Mapping):
        return "rate_limits must be a dictionary such as {ssh_keys: 120}, got %r" % (value,)
    problems = []
    for name, limit in value.items():
        if name not in _BY_NAME:
            problems.append("rate_limits: unknown limit %r (known: %s)" % (name, ", ".join(FAMILY_NAMES)))
        elif request_count(limit) is None:
            problems.append("rate_limits.%s must be a whole number of requests, 0 or more, got %r" % (name, limit))
    return "; ".join(problems) or None


def limits_from_settings(settings: t.Mapping[str, t.Any]) -> dict[str, int]:
    """The limits that GET /application/settings shows (`users_api_limit_*`, `users_get_by_id_limit`; doc/api/
    settings.md), by family name; a limit at 0 (off) or missing (an older GitLab) is left out."""
    limits = {}
    for family in FAMILIES:
        limit = request_count(settings.get(family.setting))
        if limit:
            limits[family.name] = limit
    return limits


def caller_of(sudo: str | None) -> Caller:
    """The caller of a request whose Sudo header is `sudo` (None or "" when it has none)."""
    return sudo.strip().lower() if sudo and sudo.strip() else None


def request_count(value: t.Any) -> int | None:
    """A limit of the option as an int (a templated value may be the text "120"), or None when it is none."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


class ServerClock:
    """GitLab's time as the client can know it: its own clock plus an offset that the Date headers of GitLab's
    answers bracket. A Date of D seconds, for a request sent at s and answered at r (the client's clock), says
    that GitLab's clock read between D and D + 1 somewhere between s and r: the offset is at least D - r and at
    most D + 1 - s. Without any Date header, the offset is 0 and uncertain by UNKNOWN_CLOCK_MARGIN."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._low: float | None = None
        self._high: float | None = None

    @property
    def known(self) -> bool:
        return self._low is not None

    def observe(self, date: str | None, sent_at: float, received_at: float) -> bool:
        """Learn from a Date header; True when the estimate was made afresh (the first Date, or one that
        contradicts the others because a clock was set), so that what was counted by the old one moves."""
        moment = _http_date(date)
        if moment is None:
            return False
        low, high = moment - received_at, moment + 1.0 - sent_at
        if self._low is None or self._high is None or low > self._high or high < self._low:
            self._low, self._high = low, high
            return True
        self._low, self._high = max(self._low, low), min(self._high, high)
        return False

    def settle_unknown(self) -> None:
        """GitLab answered without a Date header: go on with the client's own clock (offset 0, uncertain by
        UNKNOWN_CLOCK_MARGIN) instead of waiting for one."""
        if self._low is None:
            self._low, self._high = -UNKNOWN_CLOCK_MARGIN, UNKNOWN_CLOCK_MARGIN

    def now(self) -> t.Tuple[float, float]:
        """(earliest, latest) moment GitLab's clock can read now."""
        local = self.clock()
        if self._low is None or self._high is None:
            return local - UNKNOWN_CLOCK_MARGIN, local + UNKNOWN_CLOCK_MARGIN
        return local + self._low, local + self._high


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None or moment.tzinfo is None:
        return None
    return moment.timestamp()


class KnownLimit:
    """What the client knows of one family's limit, for every caller alike (it is a setting of the instance): the
    number of requests per window (None: unknown, so not paced) and where that came from."""

    def __init__(self, limit: int | None, source: str | None) -> None:
        self.limit = limit
        self.source = source


class FamilyPace:
    """The requests of one family that one caller sent in the current window, under the family's KnownLimit."""

    def __init__(self, family: Family, known: KnownLimit) -> None:
        self.family = family
        self.known = known
        self.window = -1
        self.epoch = 0      # counts the windows this client has counted in (re-anchoring `window` keeps it)
        self.sent = 0       # requests sent in `window`, and those of the window before that may land in it
        self.accepted = 0   # answers of `window` that were not 429
        self.refused = False  # a 429 in `window`: it is spent
        self.carried = 0    # requests counted for the window after `window` already
        self.waited_for = -1  # the last window whose end a worker waited for
        self.waits = 0      # windows waited for
        self.waited = 0.0   # seconds waited (the first worker's wait of each window)

    @property
    def limit(self) -> int | None:
        return self.known.limit

    @property
    def source(self) -> str | None:
        return self.known.source

    def roll(self, window: int) -> None:
        if window > self.window:
            self.sent = self.carried if window == self.window + 1 else 0
            self.window, self.accepted, self.refused, self.carried = window, 0, False, 0
            self.epoch += 1

    def full(self) -> bool:
        return self.refused or (self.limit is not None and self.sent >= self.limit)

    def describe(self) -> str:
        return describe(self.family, self.known)


def describe(family: Family, known: KnownLimit) -> str:
    limit = "%d requests per %s" % (known.limit, family.per) if known.limit is not None else "its limit"
    return "GitLab's %s rate limit (%s, known from %s)" % (family.name, limit, known.source)


class Pacer:
    """The pacing of one client (all the threads sharing it): before a request of a limited family, `admit()`
    waits while the family's window is spent for the request's caller; after the answer, `settle()` learns from
    it."""

    def __init__(self, limits: t.Mapping[str, int] | None = None, clock: Clock = time.time,
                 sleep: Sleep = time.sleep) -> None:
        self.server_clock = ServerClock(clock)
        self._sleep = sleep
        self._lock = threading.Condition()
        # Until an answer has told GitLab's time, a paced family sends one request at a time: a burst counted in
        # the windows of a clock that is off could pass the limit in GitLab's.
        self._probing = False
        self._known: dict[str, KnownLimit] = {}
        self._paces: dict[t.Tuple[str, Caller], FamilyPace] = {}
        self._throttle = ThrottlePace()
        for name, value in (limits or {}).items():
            limit = request_count(value)
            if limit:  # 0 is GitLab's "no limit" (a threshold of 0 turns a limit off)
                self._known[name] = KnownLimit(limit, OPTION)
        # What a wait announcement adds, e.g. "120 of 1000 users left" (set by the bulk module).
        self.progress: t.Callable[[], str] | None = None

    # -- what the client asks -------------------------------------------------------------------------
    def limit(self, name: str) -> int | None:
        """The limit of family `name` per window, when the client knows one."""
        known = self._known.get(name)
        return None if known is None else known.limit

    def source(self, name: str) -> str | None:
        """Where the client's knowledge of family `name`'s limit comes from (OPTION, SETTINGS, REFUSAL), or None."""
        known = self._known.get(name)
        return None if known is None else known.source

    def limited(self, name: str) -> bool:
        """Whether GitLab limits family `name` as far as the client knows (the option, or a 429 in this task)."""
        known = self._known.get(name)
        return known is not None and (known.limit is not None or known.source is not None)

    def summary(self) -> list[str]:
        """What the waits cost, per family that waited (all its callers together): for the task's final warning."""
        lines = []
        for name, known in self._known.items():
            paces = [pace for (family_name, _caller), pace in self._paces.items() if family_name == name]
            waits = sum(pace.waits for pace in paces)
            if not waits:
                continue
            callers = sum(1 for pace in paces if pace.waits)
            lines.append("%s: %.0f s in %d %s%s" % (
                describe(_BY_NAME[name], known), sum(pace.waited for pace in paces), waits,
                "wait" if waits == 1 else "waits", "" if callers == 1 else " of %d callers (sudo users)" % callers))
        throttle = self._throttle
        if throttle.waits:
            lines.append("GitLab's %s (known from its RateLimit-* headers): %.0f s in %d %s" % (
                throttle.name, throttle.waited, throttle.waits, "wait" if throttle.waits == 1 else "waits"))
        return lines

    @property
    def waited(self) -> float:
        return sum(pace.waited for pace in self._paces.values()) + self._throttle.waited

    # -- every request: the general throttle -----------------------------------------------------------
    def send(self) -> int:
        """Wait while the general throttle allows nothing more until its reset, then count a request (of any path)
        and return its sequence number, for `answered`."""
        while True:
            with self._lock:
                throttle = self._throttle
                earliest, _latest = self.server_clock.now()
                wait = throttle.hold(earliest)
                if not wait:
                    return throttle.sent
                if throttle.waited_for != throttle.reset:
                    throttle.waited_for = throttle.reset
                    throttle.waits += 1
                    throttle.waited += wait
                    if wait >= ANNOUNCED_WAIT:
                        self._announce("waiting %.0f s for GitLab's %s to count afresh (its RateLimit-* headers "
                                       "said no request remains)" % (wait, throttle.name))
            self._sleep(wait)

    def answered(self, sequence: int, headers: t.Mapping[str, str]) -> None:
        """Learn from the RateLimit-* headers of the answer to request `sequence` (after `observe`/`settle`, so
        that GitLab's clock is known); with no answer (a transport error), `headers` is empty."""
        said = throttle_headers(headers)
        with self._lock:
            self._throttle.unanswered.discard(sequence)
            if said is not None:
                self._throttle.learn(said, sequence)

    # -- around a request -----------------------------------------------------------------------------
    def admit(self, family: Family, caller: Caller = None) -> int:
        """Wait until a request of `family` by `caller` may go out without passing its limit, count it, and return
        the window it is counted in (an ordinal of this client's, for `settle`)."""
        while True:
            with self._lock:
                pace = self._pace(family, caller)
                if pace.limit is not None and not self.server_clock.known:
                    if self._probing:
                        self._lock.wait()
                        continue
                    self._probing = True
                earliest, latest = self.server_clock.now()
                window = int(earliest // family.interval)
                pace.roll(window)
                if not pace.full():
                    pace.sent += 1
                    if int((latest + LANDING_MARGIN) // family.interval) > window:
                        pace.carried += 1  # it may reach GitLab after the boundary: count it there too
                    return pace.epoch
                wait = (window + 1) * family.interval - earliest
                if pace.waited_for < window:  # the first worker to wait for this boundary counts and announces it
                    pace.waited_for = window
                    pace.waits += 1
                    pace.waited += wait
                    if wait >= ANNOUNCED_WAIT:
                        self._announce("waiting %.0f s for the next window of %s%s" % (
                            wait, pace.describe(), "" if caller is None else " (as %s through sudo)" % caller))
            self._sleep(wait)

    def settle(self, family: Family, window: int, refused: bool | None, sent_at: float, received_at: float,
               date: str | None, caller: Caller = None) -> None:
        """Learn from an answer to a request of `family` by `caller` counted in `window`: `refused` True for the
        application rate limiter's 429, False for an answer it let through, None when the answer says nothing about
        it (a Rack::Attack 429, a gateway error)."""
        with self._lock:
            self._learn_clock(date, sent_at, received_at)
            pace = self._pace(family, caller)
            if window != pace.epoch or refused is None:
                return
            known = pace.known
            if refused:
                # The window is spent (refused requests count too): nobody sends another one before the boundary.
                # What the caller had accepted in it is the limit, for every caller.
                pace.refused = True
                if known.source not in (OPTION, SETTINGS):
                    known.source = REFUSAL
                    known.limit = max(pace.accepted, 1)
            else:
                pace.accepted += 1
                if pace.refused and known.source == REFUSAL and known.limit is not None:
                    known.limit = max(known.limit, pace.accepted)  # answers still arriving from before the 429

    def adopt(self, limits: t.Mapping[str, int]) -> None:
        """Take the limits the instance's settings show (limits_from_settings) over those learned from 429s, which
        undercount a limit when something else (an earlier task of the same user) had spent part of the window."""
        with self._lock:
            for name, limit in limits.items():
                known = self._known.get(name)
                if known is None:
                    self._known[name] = KnownLimit(limit, SETTINGS)
                elif known.source != OPTION:
                    known.limit, known.source = limit, SETTINGS

    def observe(self, date: str | None, sent_at: float, received_at: float) -> None:
        """Learn GitLab's clock from the Date of any answer."""
        with self._lock:
            self._learn_clock(date, sent_at, received_at)

    def _learn_clock(self, date: str | None, sent_at: float, received_at: float) -> None:
        """(With the lock held.) What an answer says about GitLab's clock. When the estimate is made afresh, the
        requests counted so far move to the window GitLab is in now (they were sent moments ago); the request that
        waited for the clock is answered either way, so the others go on (with the client's own clock when GitLab
        sends no Date)."""
        if self.server_clock.observe(date, sent_at, received_at):
            earliest, _latest = self.server_clock.now()
            for pace in self._paces.values():
                if pace.window >= 0:
                    pace.window = int(earliest // pace.family.interval)
        if self._probing:
            self._probing = False
            self.server_clock.settle_unknown()
            self._lock.notify_all()

    def boundary_wait(self, family: Family) -> float:
        """Seconds until GitLab starts counting `family` afresh: how long to wait after a 429."""
        with self._lock:
            earliest, _latest = self.server_clock.now()
        return (int(earliest // family.interval) + 1) * family.interval - earliest

    # -- internals -------------------------------------------------------------------------------------
    def _pace(self, family: Family, caller: Caller) -> FamilyPace:
        pace = self._paces.get((family.name, caller))
        if pace is None:
            known = self._known.get(family.name)
            if known is None:
                known = self._known[family.name] = KnownLimit(None, None)
            pace = self._paces[(family.name, caller)] = FamilyPace(family, known)
        return pace

    def _announce(self, message: str) -> None:
        progress = self.progress() if self.progress is not None else ""
        sink = progress_sink
        if sink is not None:
            sink("%s%s" % (message, "; %s" % progress if progress else ""))
