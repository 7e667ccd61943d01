# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The `group` and `project` options: a group or a project named by its ID or full path.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import re
from typing import Any, Optional

# One namespace path of a full path (lib/gitlab/path_regex.rb). GitLab takes a full path URL-encoded in place of
# the ID (lib/api/helpers.rb `find_group`, `find_project`, NAMESPACE_OR_PROJECT_REQUIREMENTS); api_path encodes it.
PATH_SEGMENT_RE = re.compile(r"^[A-Za-z0-9_.][A-Za-z0-9_.\-]*$")


def scope_ref_problem(option: str, value: Any) -> Optional[str]:
    """Why `value` cannot name a group or project (an ID or a full path), naming the option; None when it can.
    `option` "project" also needs the namespace: a project's full path has at least two segments."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return "%s must be an ID or a full path, got %s" % (option, type(value).__name__)
    if isinstance(value, int):
        return None if value > 0 else "%s must be a positive ID, got %d" % (option, value)
    if not value.strip():
        return "%s must not be empty" % option
    if value.strip().isdigit():
        return None if int(value) > 0 else "%s must be a positive ID, got %r" % (option, value)
    segments = value.strip().split("/")
    if any(segment in (".", "..") or not PATH_SEGMENT_RE.match(segment) for segment in segments):
        return ("%s: %r is not an ID or a full path (segments of letters, digits, '_', '-' and '.', separated by "
                "'/', such as parent/child)" % (option, value))
    if option == "project" and len(segments) < 2:
        return "project: %r is not a project's full path, which starts with its namespace (group/project)" % value
    return None


def group_problem(value: Any) -> Optional[str]:
    """Why `value` cannot name a group (an ID or a full path such as parent/child), or None."""
    return scope_ref_problem("group", value)


def scope_ref(value: Any) -> Any:
    """A group or project as GitLab's path takes it: an ID (GitLab reads a number as one: `find_group`,
    `find_project`, lib/api/helpers.rb), or the full path (api_path encodes its slashes)."""
    if not isinstance(value, str):
        return value  # an ID, or a value scope_ref_problem refuses before any request
    value = value.strip()
    return int(value) if value.isdigit() else value
