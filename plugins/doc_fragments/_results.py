# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:

    # The return values every state-changing module documents the same way.
    #
    # ansible-core merges only the DOCUMENTATION of a fragment into a plugin's documentation (add_fragments() in
    # lib/ansible/utils/plugin_docs.py), never RETURN, so a module cannot extend its RETURN from here. Each module's
    # RETURN therefore repeats these entries, and tests/unit/plugins/test_return_docs.py holds every copy to this
    # one: the same keys and values, the description starting with these lines (a module may add lines), and a
    # sample of its own.
    RETURN = r"""
actions:
  description:
    - The write requests sent, in order, as C(METHOD /path) below C(/api/v4). In check mode, the ones that would
      be sent.
    - Also returned when the task fails, listing what was done before the failure.
  returned: always
  type: list
  elements: str
diff:
  returned: when diff mode is enabled
  type: dict
  contains:
    before:
      type: dict
      returned: when diff mode is enabled
    after:
      type: dict
      returned: when diff mode is enabled
"""
