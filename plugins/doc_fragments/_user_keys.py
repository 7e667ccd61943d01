# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:

    # The options of the modules that manage a user's keys (plugins/module_utils/_keys/key_set.py).
    DOCUMENTATION = r"""
attributes:
  check_mode:
    details:
      - Check mode sends no write request. It returns the predicted RV(user_keys), RV(removed_keys), RV(diff) and
        RV(actions).
  diff_mode:
    details:
      - The diff lists every key of the user before and after the task, without their IDs.
  idempotent:
    details:
      - Keys are compared on the key itself, so a key given with another comment or armor is no change.
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
      - Keys are removed only after the new keys have been added, so a rotation whose new key GitLab refuses
        leaves the old keys in place.
    type: bool
    default: false
"""
