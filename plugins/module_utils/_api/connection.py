# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The connection options of gitlab_ops.users: their argument spec, and the one place where they are checked.

Modules and plugins read the options differently (module params, plugin get_option); both pass a
`get_option(name)` callable here and to `GitLabClient.from_options()`.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import os
import re
import typing as t
from urllib.parse import urlsplit

from ansible.module_utils.basic import env_fallback

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.pacing import rate_limits_error

API_SUFFIX = "/api/v4"
DEFAULT_TIMEOUT = 30
DEFAULT_MAX_RETRIES = 5
MAX_MAX_RETRIES = 10
DEFAULT_RETRY_TIMEOUT = 120
TOKEN_OPTIONS = ("api_token", "api_oauth_token")
CONNECTION_MUTUALLY_EXCLUSIVE = [TOKEN_OPTIONS]
# A control character inside a token (a line break from `api_token: |` or a token file) makes
# http.client refuse the header with a message that shows the token; a non-ASCII one cannot be sent
# in a header either. GitLab's tokens are ASCII letters, digits and -_.
_UNSENDABLE_CHARACTER = re.compile(r"[^\x20-\x7e]")
# A line break in the Sudo header would end the header (http.client refuses it, naming no option).
_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")

GetOption = t.Callable[[str], t.Any]


def connection_argument_spec() -> dict[str, dict[str, t.Any]]:
    """The connection options every module accepts (documented in the gitlab_ops.users._gitlab fragment)."""
    return dict(
        api_url=dict(type="str", fallback=(env_fallback, ["GITLAB_URL"])),
        api_token=dict(type="str", no_log=True, fallback=(env_fallback, ["GITLAB_TOKEN"])),
        api_oauth_token=dict(type="str", no_log=True, fallback=(env_fallback, ["GITLAB_OAUTH_TOKEN"])),
        validate_certs=dict(type="bool", default=True),
        ca_path=dict(type="path"),
        timeout=dict(type="int", default=DEFAULT_TIMEOUT),
        max_retries=dict(type="int", default=DEFAULT_MAX_RETRIES),
        retry_timeout=dict(type="int", default=DEFAULT_RETRY_TIMEOUT),
        sudo=dict(type="str"),
        rate_limits=dict(type="dict"),
    )


def normalize_api_url(url: object) -> str:
    """Accept https://host, https://host/, https://host/api/v4 and https://host/root/api/v4/ alike.

    Raises ValueError naming api_url; the message never repeats a password given in the URL."""
    if not isinstance(url, str) or not url.strip():
        raise ValueError("api_url must be the GitLab address, for example https://gitlab.example.com")
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if "@" in parts.netloc:
        raise ValueError("api_url must not contain a user name or password; put the credentials in api_token "
                         "or api_oauth_token")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("api_url must start with http:// or https:// and name a host, got %r" % url)
    if parts.query or parts.fragment:
        raise ValueError("api_url must not contain a query string or fragment, got %r" % url)
    return url if url.endswith(API_SUFFIX) else url + API_SUFFIX


def clean_token(value: t.Any) -> str | None:
    """A token without the surrounding whitespace a YAML block scalar or a token file adds; None if empty."""
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def token_error(option: str, value: t.Any) -> str | None:
    """Why the token in `option` cannot be sent, or None. Never shows the value."""
    token = clean_token(value)
    if token is not None and _UNSENDABLE_CHARACTER.search(token):
        return ("%s contains a control character (such as a line break) or a non-ASCII character inside the "
                "token; check how the token was pasted or read" % option)
    return None


def _int_error(option: str, value: t.Any, low: int, high: int | None = None) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < low or (
            high is not None and value > high):
        wanted = "between %d and %d" % (low, high) if high is not None else "%d or more" % low
        return "%s must be a number %s, got %r" % (option, wanted, value)
    return None


def connection_options_error(get_option: GetOption) -> str | None:
    """A message naming every missing, conflicting or unusable connection option, or None when usable.

    This is the one place where the connection options are checked; it sends no request."""
    problems = []
    if not get_option("api_url"):
        problems.append("api_url is required (or set the GITLAB_URL environment variable)")
    else:
        try:
            normalize_api_url(get_option("api_url"))
        except ValueError as exc:
            problems.append(str(exc))
    tokens = {option: clean_token(get_option(option)) for option in TOKEN_OPTIONS}
    if not any(tokens.values()):
        problems.append("one of api_token or api_oauth_token is required "
                        "(or set the GITLAB_TOKEN or GITLAB_OAUTH_TOKEN environment variable)")
    elif all(tokens.values()):
        problems.append("api_token and api_oauth_token are mutually exclusive")
    problems.extend(filter(None, (token_error(option, get_option(option)) for option in TOKEN_OPTIONS)))
    timeout = get_option("timeout")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0):
        problems.append("timeout must be a positive number of seconds, got %r" % (timeout,))
    problems.extend(filter(None, (
        _int_error("max_retries", get_option("max_retries"), 0, MAX_MAX_RETRIES),
        _int_error("retry_timeout", get_option("retry_timeout"), 0),
    )))
    sudo = get_option("sudo")
    if sudo is not None and _CONTROL_CHARACTER.search(str(sudo)):
        problems.append("sudo contains a control character (such as a line break); it must be a username or a "
                        "user ID")
    problems.extend(filter(None, [rate_limits_error(get_option("rate_limits"))]))
    ca_path = get_option("ca_path")
    if ca_path and get_option("validate_certs") is not False and not os.path.exists(ca_path):
        problems.append("ca_path %s does not exist (it should be a PEM file with the CA certificates of the "
                        "GitLab server)" % ca_path)
    return "; ".join(problems) or None


def connection_warnings(get_option: GetOption) -> list[str]:
    """Warnings about usable but risky connection options, to show once per task or plugin run."""
    warnings = []
    if get_option("validate_certs") is False:
        warnings.append("validate_certs is false: the TLS certificate of the GitLab server is not verified, so "
                        "anyone on the network path can read the token; set ca_path to trust a private CA instead")
    return warnings
