# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The `user` option of modules that manage something belonging to one user (emails, status, ...): an
integer is a user id, a string a username, and omitting it means the user the token belongs to. What GitLab
only does for the current user (the status, the preferences, following) is done as another user through sudo:
`sudo_refusal()` tells why GitLab refused it.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError

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


SUDO_REFUSALS = (
    # (status, text in GitLab's answer, reason): lib/api/helpers.rb `sudo!`, in the order it checks.
    (403, "Must be admin to use sudo", "only an administrator's token can act as another user, and the "
     "token's user is not an administrator"),
    (403, "to use sudo", "sudo needs a personal access token or an OAuth token"),
    (403, "insufficient_scope", "the token has no sudo scope; use an administrator's token with the api and "
     "sudo scopes"),
    (404, "User with ID or username", "GitLab does not know that user"),
)


def sudo_refusal(exc: GitLabError) -> Optional[str]:
    """Why GitLab refused to act as another user, or None when the error is not a sudo refusal."""
    text = "%s %s" % (exc.message, exc.body if isinstance(exc.body, dict) else "")
    for status, marker, reason in SUDO_REFUSALS:
        if exc.status == status and marker in text:
            if marker == "insufficient_scope" and "sudo" not in str(exc.body):
                return None
            return reason
    return None


def refused_only_for_not_being_admin(exc: GitLabError) -> bool:
    """Whether sudo was refused because the token's user is not an administrator: a user may still act as
    itself without sudo, so the caller checks whether the named user is the token's user."""
    return exc.status == 403 and "Must be admin" in str(exc.message)


def names_user(user: Mapping[str, Any], sudo: str) -> bool:
    """Whether a Sudo value (an id or a username) names `user` (an entity), as GitLab's find_user reads it."""
    return str(user.get("id")) == sudo or str(user.get("username", "")).lower() == sudo.lower()
