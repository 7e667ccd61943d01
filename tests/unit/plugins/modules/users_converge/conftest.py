# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fixtures of gitlab_users_converge's tests: `gitlab` (and with it `sim` and `run_module`) on a simulator of each
test file's own, and `run`, the module run in-process."""

from __future__ import annotations

import pytest
from ansible.module_utils.common.parameters import PASS_VARS
from gitlab_sim.pytest_plugin import dedicated_simulator, for_one_test

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_users_converge

# ansible-core 2.22 leaves `invocation` out of results unless the inject_invocation setting is on; the tests that
# read it run as with that setting.
INJECT_INVOCATION = {"_ansible_inject_invocation": True} if "inject_invocation" in PASS_VARS else {}


@pytest.fixture(scope="module")
def own_gitlab(_gitlab_session):
    """These tests count the pages of the user listing, so they keep to a simulator of their own: other tests
    seed 10,000 users into the shared one, beyond which GitLab pages by cursor. (A real GitLab is shared.)"""
    if not _gitlab_session.is_sim:
        yield _gitlab_session
        return
    with dedicated_simulator() as handle:
        yield handle


@pytest.fixture
def gitlab(own_gitlab):
    """The `gitlab` fixture of the simulator's plugin, on this test file's simulator."""
    yield from for_one_test(own_gitlab)


@pytest.fixture
def run(run_module):
    """run(check=False, diff=True, **options) -> gitlab_users_converge's result dict (+ "_rc" and "_out")."""
    def run_converge(check=False, diff=True, **options):
        return run_module(gitlab_users_converge.main, check=check, diff=diff, **dict(INJECT_INVOCATION, **options))
    return run_converge
