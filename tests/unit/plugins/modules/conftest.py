# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fixtures of the modules' tests: `run`, the module a test file names in MODULE run in-process, `user`, a
fresh user, `newest_ee`, a simulator of the test file's own on the newest EE Ultimate (service accounts), and
`in_30`/`in_60`, expiry dates read when the test runs. A test file that runs its module differently (a clock to
move, no diff) defines its own `run`."""

from __future__ import annotations

from typing import Any, Callable, Dict

import pytest
from gitlab_sim.pytest_plugin import dedicated_simulator, for_one_test

from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import days_from_today
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import new_user


@pytest.fixture
def run(run_module, request) -> Callable[..., Dict[str, Any]]:
    """run(check=False, diff=True, **options) -> the result dict (+ "_rc" and "_out") of the test file's MODULE."""
    main = request.module.MODULE.main

    def run_it(check: bool = False, diff: bool = True, **options: Any) -> Dict[str, Any]:
        return run_module(main, check=check, diff=diff, **options)
    return run_it


@pytest.fixture
def user(gitlab, unique) -> Dict[str, Any]:
    """A fresh user made through the API as root; the request log is cleared afterwards."""
    return new_user(gitlab, unique)


# The newest service-account behaviour: creating (16.10), the email (17.9) and changing (18.2) an instance account.
NEWEST_EE = dict(edition="ee", version="18.6.0", ee_plan="ultimate", email_confirmation_setting="off")


@pytest.fixture(scope="module")
def own_ee_gitlab():
    """An EE simulator of the test file's own: its tests change the version, edition and plan."""
    with dedicated_simulator("--edition", "ee") as handle:
        yield handle


@pytest.fixture
def newest_ee(own_ee_gitlab):
    """The `gitlab` fixture of the simulator's plugin on that simulator, which each test finds on the newest EE
    Ultimate, whatever the previous test set."""
    own_ee_gitlab.settings(**NEWEST_EE)
    yield from for_one_test(own_ee_gitlab)


@pytest.fixture
def in_30():
    """The expiry date 30 days from the UTC date on which the test runs (read then, not at import)."""
    return days_from_today(30)


@pytest.fixture
def in_60():
    """The same, 60 days from it."""
    return days_from_today(60)
