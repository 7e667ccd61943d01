# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""GitLab's fixed one-minute rate-limit windows, counted from the simulator's request log (by GitLab's clock), and
reads sent side by side on worker threads that share one client, as the bulk module's workers do."""

from __future__ import annotations

import datetime
import math
import threading
from typing import Any, Callable, Iterable

INTERVAL = 60  # seconds: the Users API limits and GitLab.com's general throttle count per minute


def window_of(entry: dict) -> int:
    """The number of the window in which GitLab received a request of its log."""
    started = datetime.datetime.fromisoformat(entry["started_at"].replace("Z", "+00:00")).timestamp()
    return int(started // INTERVAL)


def boundary_after(moment: float) -> float:
    """The epoch second at which the window holding `moment` ends."""
    return (math.floor(moment / INTERVAL) + 1) * INTERVAL


def side_by_side(calls: Iterable[Callable[[], Any]], workers: int) -> None:
    """Run every call, `workers` threads taking the next one as they finish; none of them may raise."""
    pending = iter(calls)
    lock = threading.Lock()
    errors = []

    def work():
        while True:
            with lock:
                call = next(pending, None)
            if call is None:
                return
            try:
                call()
            except Exception as exc:  # pylint: disable=broad-except
                errors.append(exc)

    threads = [threading.Thread(target=work) for _index in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
