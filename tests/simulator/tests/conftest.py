"""Fixtures shared by the simulator's test modules (the `gitlab`, `sim` and `unique` fixtures come from
the gitlab_sim pytest plugin)."""
from __future__ import annotations

import gitlab as python_gitlab
import pytest


@pytest.fixture
def gl(gitlab):
    """A python-gitlab client for the admin token of the GitLab under test."""
    return python_gitlab.Gitlab(gitlab.url, private_token=gitlab.token, ssl_verify=gitlab.ca_path or True)
