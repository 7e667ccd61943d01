# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fixtures of the resilience suite: `drive(subject)` runs a subject's module in-process through the kit."""

from __future__ import annotations

import pytest


@pytest.fixture
def drive(run_module):
    """drive(subject)(check=False, **options) -> the module's result (run_module's, with _rc and _out)."""
    def for_subject(subject):
        def run(check=False, diff=True, connect=True, **options):
            return run_module(subject.main, check=check, diff=diff, connect=connect, **options)
        return run
    return for_subject
