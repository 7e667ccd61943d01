# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The `group` option: a group named by its ID or full path.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import re
from typing import Any, Optional

# A group's full path: namespace paths (lib/gitlab/path_regex.rb) joined by "/". GitLab takes it URL-encoded
# in place of the ID (lib/api/helpers.rb `find_group`, NAMESPACE_OR_PROJECT_REQUIREMENTS); api_path encodes it.
GROUP_PATH_RE = re.compile(r"^[A-Za-z0-9_.][A-Za-z0-9_.\-]*(/[A-Za-z0-9_.][A-Za-z0-9_.\-]*)*$")


def group_problem(value: Any) -> Optional[str]:
    """Why `value` cannot name a group (an ID or a full path such as parent/child), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return "group must be a group ID or a full path, got %s" % type(value).__name__
    if isinstance(value, int):
        return None if value > 0 else "group must be a positive group ID, got %d" % value
    if not value.strip():
        return "group must not be empty"
    if not GROUP_PATH_RE.match(value) or any(part in (".", "..") for part in value.split("/")):
        return "group: %r is not a group ID or full path (such as parent/child)" % value
    return None


def group_ref(value: Any) -> Any:
    """A group as GitLab's path takes it: an ID, or the full path (api_path encodes its slashes)."""
    return value if isinstance(value, int) else value.strip()
