# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

from ansible_collections.gitlab_ops.users.plugins.plugin_utils._direct_execution import DirectExecutionAction


class ActionModule(DirectExecutionAction):
    """Runs the gitlab_service_account module; see plugins/plugin_utils/_direct_execution.py."""
