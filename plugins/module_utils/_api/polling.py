# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Waiting for GitLab to finish something it does in the background (deleting a user...).

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import time
import typing as t


class PollTimeout(Exception):
    """poll() gave up: the condition did not become true within `timeout` seconds."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        super().__init__("still not done after %s seconds" % timeout)


def poll(until: t.Callable[[], t.Any], timeout: float, interval: float = 0.25, max_interval: float = 2.0,
         clock: t.Callable[[], float] = time.monotonic, sleep: t.Callable[[float], t.Any] = time.sleep) -> t.Any:
    """Call `until()` until it returns something truthy, and return that.

    Waits `interval` seconds after the first miss, doubling up to `max_interval`, never sleeping past the
    deadline; raises PollTimeout once `timeout` seconds have passed without success."""
    deadline = clock() + timeout
    delay = interval
    while True:
        result = until()
        if result:
            return result
        remaining = deadline - clock()
        if remaining <= 0:
            raise PollTimeout(timeout)
        sleep(min(delay, remaining))
        delay = min(delay * 2, max_interval)
