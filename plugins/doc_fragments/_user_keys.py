# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:

    # The options of the modules that manage a user's keys (plugins/module_utils/_user_keys.py).
    DOCUMENTATION = r"""
options:
  user:
    description:
      - Whose keys to manage. An integer is a user ID; a string is a username (matched case-insensitively),
        even when it consists of digits only.
      - Omit it to manage the keys of the user the token belongs to (or of the O(sudo) user).
      - Managing the keys of another user needs an administrator's token.
    type: raw
  exclusive:
    description:
      - Remove every key of the user that the task does not list (with O(key) or O(keys)) as present.
      - In check mode, RV(removed_keys) and RV(actions) say which keys would be removed.
      - With O(keys=[]), all keys of the user are removed.
    type: bool
    default: false
"""
