# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What a failed request is reported as: the GitLabError for an error answer or for a request that got none,
with GitLab's message, no secret in it, and a hint at what to fix.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import http
import json
import re
import typing as t

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    ERRORS_BY_STATUS, GitLabError, GitLabTransportError, describe_error_body)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.http_library import requests
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.retry import (
    GATEWAY_STATUSES, IDEMPOTENT_METHODS, is_transient, is_unreachable)

# The client's redaction of its secrets (the tokens) from any text that goes into an error.
Redact = t.Callable[[object], str]


def http_error(method: str, path: str, response: requests.Response, redact: Redact, sudo: str | None,
               token_option: str, retry_hint: str | None) -> GitLabError:
    """The error for an answer with a status >= 300. `sudo` is the user the request acted as, `token_option`
    the option that gave the token, `retry_hint` what the retries before it have to say."""
    text = redact(response.text)
    status = response.status_code
    if 300 <= status < 400:
        message = "GitLab redirected to %s; use that address as api_url" % redact(response.headers.get("Location"))
    else:
        message = describe_error_body(text, response.headers.get("Content-Type"), _reason_phrase(response))
    try:
        body: t.Any = json.loads(text) if text.strip() else None
    except ValueError:
        body = text
    hint = fix_hint(method, status, message, body, sudo, token_option) or retry_hint
    if status in GATEWAY_STATUSES:
        return GitLabTransportError(method, path, status, message, body,
                                    maybe_committed=method not in IDEMPOTENT_METHODS, hint=hint)
    error_class = ERRORS_BY_STATUS.get(status, GitLabError)
    return error_class(method, path, status, message, body, hint=hint)


def fix_hint(method: str, status: int, message: str, body: t.Any, sudo: str | None,
             token_option: str) -> str | None:
    """What the user can do about a failed request, or None: which option to fix, which token is needed."""
    scope = body.get("scope") if isinstance(body, dict) else None
    # The sudo refusals of lib/api/helpers.rb (sudo!) and the insufficient_scope answer of lib/api/api_guard.rb.
    if sudo and status == 404 and re.search(r"User with ID or username '.*' Not Found", message or ""):
        return "check sudo: GitLab has no user %s" % sudo
    if sudo and status == 403 and "Must be admin to use sudo" in (message or ""):
        return "sudo needs the token of an administrator"
    if sudo and status == 403 and "to use sudo" in (message or ""):
        return "sudo needs a personal access token or an OAuth token"
    if sudo and status == 403 and scope and "sudo" in str(scope).split():
        return "sudo needs a token with the sudo scope"
    if status == 401:
        return "GitLab refused %s: it is invalid, expired or revoked" % token_option
    if status == 404 and (message == "404 Not Found" or not (isinstance(body, dict) and "message" in body)):
        # GitLab's API names what is missing ({"message": "404 User Not Found"}); an HTML page, Grape's
        # catch-all {"error": "404 Not Found"} or a bare "404 Not Found" suggest a request to the wrong place.
        return "api_url may be wrong (it should be the GitLab address, e.g. https://gitlab.example.com)"
    if status == 403 and message == "403 Forbidden" and method not in ("GET", "HEAD"):
        return "an administrator's token may be needed"
    return None


def transport_error(method: str, path: str, exc: requests.RequestException, redact: Redact, host: str,
                    timeout: float) -> GitLabTransportError:
    """The error for a request that got no answer: `host` is where api_url points, `timeout` the option's value."""
    hint = None
    if is_unreachable(exc):
        message, sent = "could not connect to %s: %s" % (host, _unreachable_reason(exc)), False
        hint = "check api_url and that GitLab is reachable from this host"
    elif isinstance(exc, requests.exceptions.SSLError):
        message, sent = "TLS error: %s" % exc, False
        hint = "if GitLab's certificate comes from a private CA, set ca_path to that CA's certificate"
    elif isinstance(exc, requests.exceptions.ConnectTimeout):
        message, sent = "could not connect within %s s" % timeout, False
    elif isinstance(exc, requests.exceptions.Timeout):
        message, sent = "no answer within %s s" % timeout, True
    elif is_transient(exc):
        message, sent = "connection failed: %s" % exc, True
    else:
        message, sent = "request failed: %s" % exc, False
    maybe_committed = sent and method not in IDEMPOTENT_METHODS
    if maybe_committed:
        message += " (the request may have been applied; re-read the state before retrying)"
    return GitLabTransportError(method, path, None, redact(message), maybe_committed=maybe_committed, hint=hint)


def _reason_phrase(response: requests.Response) -> str:
    """The standard phrase ("Bad Gateway"): servers and proxies spell the status line differently."""
    try:
        return http.HTTPStatus(response.status_code).phrase
    except ValueError:
        return response.reason


def _unreachable_reason(exc: Exception) -> str:
    """ "[Errno 111] Connection refused" out of urllib3's "HTTPConnection(...): Failed to establish...: <reason>"."""
    text = str(exc.args[0].reason)
    return re.split(r"Failed to establish a new connection: |Failed to resolve ", text, maxsplit=1)[-1]
