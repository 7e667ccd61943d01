# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:

    # The connection options (plugins/module_utils/_api/connection.py: connection_argument_spec()), for modules
    # and plugins alike. Plugins add PLUGIN below: ansible-core merges the option dicts of both fragments
    # key by key (plugin_docs.merge_fragment), so PLUGIN only adds the env/vars sources.
    DOCUMENTATION = r"""
requirements:
  - requests (L(https://pypi.org/project/requests/, https://pypi.org/project/requests/))
options:
  api_url:
    description:
      - The address of the GitLab instance, for example V(https://gitlab.example.com).
      - A relative URL root is supported (V(https://example.com/gitlab)); a trailing V(/api/v4) is optional.
      - Must not contain a user name or password; use O(api_token) or O(api_oauth_token).
      - If not set, the value of the E(GITLAB_URL) environment variable is used.
      - Required, either through this option or the environment variable.
    type: str
  api_token:
    description:
      - A personal, project, group or impersonation access token, sent in the C(PRIVATE-TOKEN) header.
      - Managing other users needs a token of an administrator with the C(api) scope.
      - Surrounding whitespace (such as the line break of a token file) is removed; a token with a line break
        or another control character inside is refused.
      - If not set, the value of the E(GITLAB_TOKEN) environment variable is used.
      - Exactly one of O(api_token) and O(api_oauth_token) is required.
    type: str
  api_oauth_token:
    description:
      - An OAuth 2.0 access token, sent in the C(Authorization) header as a C(Bearer) token.
      - Surrounding whitespace is removed, as for O(api_token).
      - If not set, the value of the E(GITLAB_OAUTH_TOKEN) environment variable is used.
      - Mutually exclusive with O(api_token).
    type: str
  validate_certs:
    description:
      - Whether to verify the TLS certificate of the GitLab server.
      - Only set to V(false) for test instances with self-signed certificates (a warning says so); prefer
        O(ca_path).
    type: bool
    default: true
  ca_path:
    description:
      - A PEM file with the CA certificate(s) to verify the GitLab server against, instead of the system's CAs.
      - It must exist (checked before any request). Ignored when O(validate_certs=false).
    type: path
  timeout:
    description:
      - Seconds to wait for a connection and for each response.
    type: int
    default: 30
  max_retries:
    description:
      - How many times a request is repeated after HTTP 429 (rate limited), and, for C(GET), C(PUT) and
        C(DELETE) requests, after HTTP 502, 503, 504, a dropped connection or a timeout.
      - The wait follows the C(Retry-After) or C(RateLimit-Reset) header, else an exponential backoff; each
        wait is at least 1 and at most 60 seconds, and all waits together at most O(retry_timeout).
      - C(POST) and C(PATCH) requests are never repeated after a dropped connection or timeout, because
        GitLab may already have applied them.
      - When GitLab cannot be reached at all (connection refused, unknown host, connection timeout), a
        request is repeated only once, after half a second.
      - Between V(0) (no retries) and V(10).
    type: int
    default: 5
  retry_timeout:
    description:
      - The total number of seconds a task (or a plugin run) may spend waiting between retries, whatever
        O(max_retries) allows. Once it is used up, the next failure is reported.
      - When GitLab asks for a longer wait (C(Retry-After) or C(RateLimit-Reset)) than what is left of it, the
        task fails at once instead of waiting part of it, naming the wait GitLab asked for.
      - V(0) disables waiting, and so retries.
    type: int
    default: 120
  sudo:
    description:
      - Act as this user (a username or a numeric user ID), through the C(Sudo) header.
      - Needs an administrator's token with the C(sudo) scope.
    type: str
  rate_limits:
    description:
      - The Users API rate limits of the GitLab instance, as its administrator set them (C(Admin > Settings >
        Network > Users API rate limit)), so that the task spaces its requests to stay under them instead of
        running into HTTP 429 answers.
      - "GitLab.com runs V({users_get_by_id: 300, followers: 100, following: 100, status: 240, ssh_keys: 120,
        ssh_key: 120, gpg_keys: 120, gpg_key: 120}); a self-managed GitLab has them off unless its administrator
        set them."
      - "Each key names one limit, each value is its number of requests: per 10 minutes for V(users_get_by_id)
        (C(GET /users/:id), which administrators are spared), per minute for the others: V(followers) and
        V(following) (C(GET /users/:id/followers), C(.../following), administrators spared), V(status)
        (C(GET /users/:id/status)), V(ssh_keys) (C(GET /users/:id/keys)), V(ssh_key)
        (C(GET /users/:id/keys/:key_id)), V(gpg_keys) (C(GET /users/:id/gpg_keys)) and V(gpg_key)
        (C(GET /users/:id/gpg_keys/:key_id)). V(0) means no limit, as in GitLab."
      - GitLab counts these requests per caller in fixed windows (every minute, or every 10 minutes, on the clock);
        in each window the task sends at most the limit's number, then waits for the next window (GitLab's time is
        taken from the C(Date) header of its answers). A limit the option does not name is learned from the first
        HTTP 429 answer, whose wait ends when the window does; the task then reads the instance's limits once
        (C(GET /application/settings), for an administrator's token), or else takes the requests GitLab accepted
        in that window as the limit.
      - GitLab counts these limits per user, the one a C(Sudo) header acts as included, so the task keeps a budget per
        user it acts as, and a limit known for one of them paces all.
      - Waiting for a window is not a retry and is not bounded by O(retry_timeout) or O(max_retries); the task says
        in a warning how long it waited. A 429 is a retry, and its wait counts against both. The guide "Large instances
        and rate limits" says what a run of many users costs and which options cost rate-limited requests.
      - With V(ssh_keys) set, the SSH key modules look a key up by its fingerprint (C(GET /keys?fingerprint=), an
        administrator's request that no rate limit counts) instead of listing the user's keys, unless
        O(gitlab_ops.users.gitlab_user_key#module:exclusive) needs all of them.
    type: dict
"""

    # What lookup and inventory plugins add to DOCUMENTATION (use both fragments): the options can also come
    # from environment variables and Ansible variables.
    PLUGIN = r"""
options:
  api_url:
    env:
      - name: GITLAB_URL
    vars:
      - name: gitlab_api_url
  api_token:
    env:
      - name: GITLAB_TOKEN
    vars:
      - name: gitlab_api_token
  api_oauth_token:
    env:
      - name: GITLAB_OAUTH_TOKEN
    vars:
      - name: gitlab_api_oauth_token
  validate_certs:
    vars:
      - name: gitlab_validate_certs
  ca_path:
    vars:
      - name: gitlab_ca_path
  timeout:
    vars:
      - name: gitlab_timeout
  max_retries:
    vars:
      - name: gitlab_max_retries
  retry_timeout:
    vars:
      - name: gitlab_retry_timeout
  sudo:
    vars:
      - name: gitlab_sudo
  rate_limits:
    vars:
      - name: gitlab_rate_limits
"""
