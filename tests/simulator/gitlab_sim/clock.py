"""The simulator's clock. Every timestamp, expiry and rate-limit window reads it, so that tests can stand time
still or move it (POST /-/sim/clock) and check what happens at a window boundary exactly, without sleeping.

One clock per process: the CLI serves one simulator per process. It runs with the real time until a test
sets it, and `Simulator.reset` puts it back on the real time."""
from __future__ import annotations

import datetime
import threading
import time

UTC = datetime.timezone.utc


class Clock:
    """Real time plus an offset; frozen, it stands at one moment until it is moved or released."""

    def __init__(self):
        self._lock = threading.Lock()
        self._offset = 0.0  # seconds added to the real time while running
        self._frozen_at = None  # epoch seconds while frozen

    def time(self):
        """Epoch seconds, like `time.time()`."""
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return time.time() + self._offset

    def now(self):
        return datetime.datetime.fromtimestamp(self.time(), UTC)

    def set(self, at=None, frozen=None, advance=0.0):
        """Move to `at` (epoch seconds) and/or by `advance` seconds; `frozen` True stops the clock at the
        resulting moment, False lets it run on from there, None keeps the current mode."""
        with self._lock:
            moment = self._frozen_at if self._frozen_at is not None else time.time() + self._offset
            if at is not None:
                moment = float(at)
            moment += float(advance)
            keep_frozen = self._frozen_at is not None if frozen is None else frozen
            if keep_frozen:
                self._frozen_at = moment
            else:
                self._frozen_at = None
                self._offset = moment - time.time()

    def release(self):
        """Back to the real time."""
        with self._lock:
            self._offset = 0.0
            self._frozen_at = None

    def describe(self):
        with self._lock:
            frozen = self._frozen_at is not None
            offset = self._offset
        moment = self.time()
        return {"now": datetime.datetime.fromtimestamp(moment, UTC).isoformat().replace("+00:00", "Z"),
                "epoch": moment, "frozen": frozen, "offset_seconds": 0.0 if frozen else offset}


CLOCK = Clock()
