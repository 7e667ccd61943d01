# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The `user` option of modules that manage something belonging to one user (emails, status, ...): an
integer is a user id, a string a username, and omitting it means the user the token belongs to.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional

# The characters of GitLab usernames (namespace paths, lib/gitlab/path_regex.rb). Anything else (a "/",
# a newline, a space) cannot name a user and must not reach a URL path or a header.
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.][A-Za-z0-9_.\-]*$")


def user_option_problem(value: Any, option: str = "user") -> Optional[str]:
    """Why `value` cannot name a user, naming the option; None when it can (or is omitted)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return "%s must be a username or a user id, got %s" % (option, type(value).__name__)
    if isinstance(value, int):
        return None if value > 0 else "%s must be a positive user id, got %d" % (option, value)
    if not value.strip():
        return "%s must not be empty" % option
    if value in (".", "..") or not USERNAME_RE.match(value):
        return "%s: %r is not a GitLab username (letters, digits, '_', '-' and '.')" % (option, value)
    return None


def describe_user(value: Any) -> str:
    """How messages name the user an option refers to."""
    if value is None:
        return "the token's user"
    if isinstance(value, int):
        return "the user with the id %d" % value
    return "the user %s" % value


def is_new_user(user: Optional[Mapping[str, Any]]) -> bool:
    """Whether a user entity handed to a task (by gitlab_users_converge) is one that check mode would create:
    as gitlab_user predicts it, it has no id yet. A task reads nothing about such a user: it starts from the
    state GitLab gives a new user (no keys, no status...)."""
    return user is not None and user.get("id") is None
