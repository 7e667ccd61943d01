# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:

    # The expiry and description options of the modules that share the token engine
    # (plugins/module_utils/_kit/access_tokens.py: TOKEN_OPTIONS).
    DOCUMENTATION = r"""
options:
  description:
    description:
      - The description of the token, at most 255 characters.
      - GitLab cannot change the description of a token. It is used when a token is created; when an existing
        token has another description, the module warns and keeps the token.
    type: str
  expires_at:
    description:
      - The date the token expires, as C(YYYY-MM-DD). A token compares equal only with exactly this date.
      - A token is expired B(on) its expiry date, from 00:00 UTC, not the day after. So the date must be after
        today (UTC), and at most 365 days ahead (GitLab's longest token lifetime).
      - Mutually exclusive with O(expires_in_days).
      - When neither O(expires_at) nor O(expires_in_days) is given, the expiry of an existing token is not
        compared, and GitLab decides the expiry of a new token.
    type: str
  expires_in_days:
    description:
      - How many days a new token lives, from 1 to 365; the alternative to O(expires_at) for tokens that are
        renewed.
      - An existing token is judged by the days it has left, not by its date, so reruns on later days do not
        replace it. It fits while it has at most O(expires_in_days) days left (and more than
        O(renew_before_days) when that is set).
      - Mutually exclusive with O(expires_at).
    type: int
  renew_before_days:
    description:
      - Replace the token when it expires within this many days. A token that expires tomorrow has 1 day left,
        so V(1) renews it the day before it expires. Must be less than O(expires_in_days), which it requires.
      - A renewed token is created with O(expires_in_days) days to live.
      - A personal access token is renewed with GitLab's rotate endpoint, which revokes the old token and creates
        its successor in one database transaction, so a failed rotation leaves the old token active. An
        impersonation token is replaced by a new token, and the old one is revoked once the new one exists.
    type: int
"""
