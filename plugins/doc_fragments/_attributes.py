# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:

    # Each fragment is one string literal: ansible-test's yamllint sanity test reads the class body and cannot
    # follow an expression (a `%` format fails it with an AttributeError).

    # The attributes of a state-changing module. A module whose support is narrower overrides the
    # `support`/`details` of an attribute in its own `attributes:` section (the module's keys win).
    DOCUMENTATION = r"""
options: {}
notes:
  - The module has an action plugin. When the task runs on the controller with the Python that runs Ansible, the
    module runs inside Ansible's worker process instead of starting a new Python; set the variable
    C(gitlab_ops_users_direct_execution=false) to run it the usual way. See
    R(Where the modules run,ansible_collections.gitlab_ops.users.docsite.guide_execution).
attributes:
  check_mode:
    description: Can run in C(check_mode) and return changed status prediction without modifying target.
    support: full
  diff_mode:
    description:
      Will return details on what has changed (or possibly needs changing in C(check_mode)), when in diff mode.
    support: full
  idempotent:
    description:
      - When run twice in a row outside check mode, with the same arguments, the second invocation indicates no change.
      - This assumes that the system controlled/queried by the module has not changed in a relevant way.
    support: full
"""

    # The attributes of a module that only reads (an *_info module): use it instead of DOCUMENTATION.
    INFO_MODULE = r"""
options: {}
notes:
  - The module has an action plugin. When the task runs on the controller with the Python that runs Ansible, the
    module runs inside Ansible's worker process instead of starting a new Python; set the variable
    C(gitlab_ops_users_direct_execution=false) to run it the usual way. See
    R(Where the modules run,ansible_collections.gitlab_ops.users.docsite.guide_execution).
attributes:
  check_mode:
    description: Can run in C(check_mode) and return changed status prediction without modifying target.
    support: full
    details: The module only reads from GitLab, in check mode as otherwise.
  diff_mode:
    description:
      Will return details on what has changed (or possibly needs changing in C(check_mode)), when in diff mode.
    support: N/A
    details: The module changes nothing, so there is no difference to show.
  idempotent:
    description:
      - When run twice in a row outside check mode, with the same arguments, the second invocation indicates no change.
      - This assumes that the system controlled/queried by the module has not changed in a relevant way.
    support: full
"""

    ACTIONGROUP_GITLAB = r"""
options: {}
attributes:
  action_group:
    description: Use C(group/gitlab_ops.users.gitlab) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - gitlab_ops.users.gitlab
"""
