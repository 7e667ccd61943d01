# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fixtures of the client's tests: `make_client`, a GitLabClient for the test GitLab that never really sleeps,
`sleeps`, the waits it would have slept, and `gitlab_com`, the test file's own simulator (its SITE_ARGS, e.g. the
gitlab.com profile) on the real clock again at the start and the end of each test."""

from __future__ import annotations

import pytest
from gitlab_sim.pytest_plugin import for_one_test

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient


class RecordingSleep:
    """Stands in for time.sleep: records each wait instead of waiting."""

    def __init__(self):
        self.waits = []

    def __call__(self, seconds):
        self.waits.append(seconds)


@pytest.fixture
def sleeps():
    return RecordingSleep()


@pytest.fixture
def make_client(gitlab, sleeps):
    """make_client(**overrides) -> a client for the test GitLab with the root token that never really sleeps."""
    def make(**overrides):
        options = dict(api_url=gitlab.url, api_token=gitlab.token, sleep=sleeps)
        options.update(overrides)
        return GitLabClient(**options)

    return make


@pytest.fixture
def gitlab_com(site):
    site.release_clock()
    yield from for_one_test(site)
    site.release_clock()
