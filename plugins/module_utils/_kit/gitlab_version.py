# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The version and edition of the GitLab a task talks to, read once and only when a task needs them.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

``GET /version`` (lib/api/version.rb, any authenticated user) answers ``{"version": "17.8.1-ee", "revision":
..., "enterprise": true}``: the version, and with ``enterprise`` (or the ``-ee`` suffix of older versions)
whether the instance runs the Enterprise Edition. A task asks ``Capabilities.require()`` before a write that
needs a feature: the version is read on the first such call, so a task that writes nothing reads nothing.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Optional, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import ModuleFailed

Version = Tuple[int, int]
VERSION_RE = re.compile(r"^(\d+)\.(\d+)")


def parse_version(answer: Any) -> Tuple[Optional[Version], bool]:
    """(major, minor) or None when GitLab's answer has no readable version, and whether it is EE."""
    if not isinstance(answer, dict):
        return None, False
    text = str(answer.get("version") or "")
    match = VERSION_RE.match(text)
    enterprise = answer.get("enterprise")
    ee = bool(enterprise) if enterprise is not None else text.endswith("-ee")
    return ((int(match.group(1)), int(match.group(2))) if match else None), ee


def describe(version: Version) -> str:
    return "%d.%d" % version


class Capabilities:
    """What the instance can do, from one ``GET /version`` made the first time it is asked."""

    def __init__(self, read: Callable[[], Any]) -> None:
        self._read = read
        self._known = False
        self.version: Optional[Version] = None
        self.ee = False

    def load(self) -> None:
        if not self._known:
            self.version, self.ee = parse_version(self._read())
            self._known = True

    @property
    def label(self) -> str:
        self.load()
        if self.version is None:
            return "a GitLab whose version could not be read"
        return "GitLab %s %s" % (describe(self.version), "EE" if self.ee else "CE")

    def lacks(self, since: Version, ee: bool = True) -> bool:
        """Whether the instance lacks something that needs `since` (and EE with `ee`). An unreadable version
        is not held against the task: GitLab then decides."""
        self.load()
        if ee and not self.ee and self.version is not None:
            return True
        return self.version is not None and self.version < since

    def require(self, what: str, since: Version, ee: bool = True) -> None:
        """Fail, before any write, when the instance lacks `what`, naming the version (and edition) needed."""
        if self.lacks(since, ee):
            raise ModuleFailed("%s needs GitLab %s or later%s; this is %s" % (
                what, describe(since), " (Enterprise Edition, Premium or Ultimate)" if ee else "", self.label))
