# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:

    # Connection options of the modules (plugins/module_utils/_module.py: connection_argument_spec()).
    DOCUMENTATION = r"""
requirements:
  - requests (L(https://pypi.org/project/requests/, https://pypi.org/project/requests/))
options:
  api_url:
    description:
      - The address of the GitLab instance, for example V(https://gitlab.example.com).
      - A relative URL root is supported (V(https://example.com/gitlab)); a trailing V(/api/v4) is optional.
      - If not set, the value of the E(GITLAB_URL) environment variable is used.
      - Required, either through this option or the environment variable.
    type: str
  api_token:
    description:
      - A personal, project, group or impersonation access token, sent in the C(PRIVATE-TOKEN) header.
      - Managing other users needs a token of an administrator with the C(api) scope.
      - If not set, the value of the E(GITLAB_TOKEN) environment variable is used.
      - Exactly one of O(api_token) and O(api_oauth_token) is required.
    type: str
  api_oauth_token:
    description:
      - An OAuth 2.0 access token, sent in the C(Authorization) header as a C(Bearer) token.
      - If not set, the value of the E(GITLAB_OAUTH_TOKEN) environment variable is used.
      - Mutually exclusive with O(api_token).
    type: str
  validate_certs:
    description:
      - Whether to verify the TLS certificate of the GitLab server.
      - Only set to V(false) for test instances with self-signed certificates; prefer O(ca_path).
    type: bool
    default: true
  ca_path:
    description:
      - A PEM file with the CA certificate(s) to verify the GitLab server against, instead of the system's CAs.
      - Ignored when O(validate_certs=false).
    type: path
  timeout:
    description:
      - Seconds to wait for a connection and for each response.
    type: int
    default: 30
  max_retries:
    description:
      - How many times a request is repeated after HTTP 429 (rate limited), and, for C(GET), C(PUT) and
        C(DELETE) requests, after HTTP 502, 503, 504, a connection error or a timeout.
      - The wait follows the C(Retry-After) or C(RateLimit-Reset) header, else an exponential backoff; each
        wait is at most 60 seconds.
      - C(POST) requests are never repeated after a connection error or timeout, because GitLab may already
        have applied them.
      - V(0) disables retries.
    type: int
    default: 5
  sudo:
    description:
      - Act as this user (a username or a numeric user ID), through the C(Sudo) header.
      - Needs an administrator's token with the C(sudo) scope.
    type: str
"""

    # The same options for the lookup plugin, which also reads them from environment and inventory variables.
    PLUGIN = r"""
requirements:
  - requests (L(https://pypi.org/project/requests/, https://pypi.org/project/requests/))
options:
  api_url:
    description:
      - The address of the GitLab instance, for example V(https://gitlab.example.com).
      - A relative URL root is supported (V(https://example.com/gitlab)); a trailing V(/api/v4) is optional.
      - Required, either as option, environment variable or Ansible variable.
    type: str
    env:
      - name: GITLAB_URL
    vars:
      - name: gitlab_api_url
  api_token:
    description:
      - A personal, project, group or impersonation access token, sent in the C(PRIVATE-TOKEN) header.
      - Exactly one of O(api_token) and O(api_oauth_token) is required.
    type: str
    env:
      - name: GITLAB_TOKEN
    vars:
      - name: gitlab_api_token
  api_oauth_token:
    description:
      - An OAuth 2.0 access token, sent in the C(Authorization) header as a C(Bearer) token.
      - Mutually exclusive with O(api_token).
    type: str
    env:
      - name: GITLAB_OAUTH_TOKEN
    vars:
      - name: gitlab_api_oauth_token
  validate_certs:
    description:
      - Whether to verify the TLS certificate of the GitLab server.
    type: bool
    default: true
    vars:
      - name: gitlab_validate_certs
  ca_path:
    description:
      - A PEM file with the CA certificate(s) to verify the GitLab server against, instead of the system's CAs.
      - Ignored when O(validate_certs=false).
    type: path
    vars:
      - name: gitlab_ca_path
  timeout:
    description:
      - Seconds to wait for a connection and for each response.
    type: int
    default: 30
    vars:
      - name: gitlab_timeout
  max_retries:
    description:
      - How many times a request is repeated after HTTP 429, 502, 503, 504, a connection error or a timeout
        (the lookup only reads). Each wait follows C(Retry-After) or C(RateLimit-Reset), at most 60 seconds.
      - V(0) disables retries.
    type: int
    default: 5
    vars:
      - name: gitlab_max_retries
  sudo:
    description:
      - Act as this user (a username or a numeric user ID), through the C(Sudo) header.
    type: str
    vars:
      - name: gitlab_sudo
"""
