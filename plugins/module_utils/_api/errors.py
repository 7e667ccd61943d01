# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The errors of the GitLab client, and GitLab's error message out of any error body.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import json
import typing as t


class GitLabError(Exception):
    """A failed API call: `str(e)` is "METHOD /path -> STATUS: <GitLab's message>", followed by
    " (<hint>)" when the client can tell what to fix. `message` is GitLab's message alone."""

    def __init__(self, method: str, path: str, status: int | None = None, message: str | None = None,
                 body: t.Any = None, hint: str | None = None) -> None:
        self.method = method
        self.path = path
        self.status = status
        self.message = message
        self.body = body  # the decoded JSON error body, its text when it is not JSON, or None
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = "%s %s -> %s: %s" % (self.method, self.path, self._status_text(), self.message)
        return "%s (%s)" % (text, self.hint) if self.hint else text

    def _status_text(self) -> int | str | None:
        return self.status


class GitLabUnauthorized(GitLabError):
    """401: the token is unknown, expired or revoked."""


class GitLabForbidden(GitLabError):
    """403: the token's user (or scopes) may not do this."""


class GitLabNotFound(GitLabError):
    """404."""


class GitLabConflict(GitLabError):
    """409, e.g. "Email has already been taken"."""


class GitLabValidationError(GitLabError):
    """400 and 422: GitLab rejected the parameters."""


class GitLabRateLimited(GitLabError):
    """429 still coming back after all retries."""


class GitLabTransportError(GitLabError):
    """No usable HTTP answer: connection error, timeout, dropped connection or gateway error (502/503/504).

    `maybe_committed` is True when a non-idempotent request (POST, PATCH) may have reached GitLab and
    been applied: the caller should re-read the state instead of assuming either outcome."""

    def __init__(self, method: str, path: str, status: int | None = None, message: str | None = None,
                 body: t.Any = None, maybe_committed: bool = False, hint: str | None = None) -> None:
        self.maybe_committed = maybe_committed
        super().__init__(method, path, status=status, message=message, body=body, hint=hint)

    def _status_text(self) -> int | str | None:
        return "no response" if self.status is None else self.status


class GitLabUnexpectedAnswer(GitLabError):
    """A successful status with a body of the wrong shape (not JSON, a dict where a list was expected...)."""

    def __str__(self) -> str:
        text = "unexpected answer from GitLab to %s %s: %s" % (self.method, self.path, self.message)
        return "%s (%s)" % (text, self.hint) if self.hint else text


ERRORS_BY_STATUS: dict[int, type[GitLabError]] = {
    400: GitLabValidationError,
    401: GitLabUnauthorized,
    403: GitLabForbidden,
    404: GitLabNotFound,
    409: GitLabConflict,
    422: GitLabValidationError,
    429: GitLabRateLimited,
}


def describe_error_body(text: str | None, content_type: str | None, reason: str | None) -> str:
    """GitLab's error message out of whatever body shape the failing layer produced: {"message": ...} from
    lib/api/helpers.rb (render_api_error!, render_validation_error!), {"error": ...} from the rescue_from
    handlers in lib/api/api.rb, or text from Rack::Attack and proxies."""
    content_type = (content_type or "").lower()
    text = (text or "").strip()
    try:
        data = json.loads(text) if text else None
    except ValueError:
        data = None
        if text and "html" not in content_type and not text.startswith("<"):
            return text  # Rack::Attack's text/plain "Retry later", a proxy's plain message...
    message = _describe_json_error(data)
    return message or reason or "no error message"


def _describe_json_error(data: t.Any) -> str | None:
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        return "; ".join(str(item) for item in data)
    if not isinstance(data, dict):
        return None
    message = data.get("message")
    if isinstance(message, dict):
        return _describe_field_errors(message)
    if isinstance(message, list):
        return "; ".join(str(item) for item in message)
    if message:
        return str(message)
    if data.get("error"):
        text = str(data["error"])
        if data.get("error_description"):
            text += ": %s" % data["error_description"]
        if data.get("scope"):
            text += " (needs scope: %s)" % data["scope"]
        return text
    return None


def _describe_field_errors(fields: t.Mapping[str, t.Any]) -> str:
    """{"email": ["has already been taken"], "base": ["..."]} -> "email has already been taken; ..."."""
    parts = []
    for field, problems in fields.items():
        problems = problems if isinstance(problems, list) else [problems]
        text = ", ".join(str(problem) for problem in problems)
        # The rate limiter's {"message": {"error": "..."}} and ActiveModel's :base errors carry no field.
        parts.append(text if field in ("error", "base") else "%s %s" % (field, text))
    return "; ".join(parts)
