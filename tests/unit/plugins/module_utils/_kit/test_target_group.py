# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The group and project options: which values can name a group or a project (GitLab's namespace paths,
lib/gitlab/path_regex.rb, joined by "/"; a number is an ID), and how they reach the URL."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_group import (
    group_problem, scope_ref, scope_ref_problem)


@pytest.mark.parametrize("option, value", [
    ("group", 7), ("group", "7"), ("group", "platform"), ("group", "platform/sub-team.v2"), ("group", "_x/y"),
    ("project", 12), ("project", "platform/app"), ("project", "a/b/c"), ("group", None), ("project", None),
])
def test_names_a_scope(option, value):
    assert scope_ref_problem(option, value) is None


@pytest.mark.parametrize("option, value, expected", [
    ("group", 0, "group must be a positive ID, got 0"),
    ("project", -3, "project must be a positive ID, got -3"),
    ("group", "0", "group must be a positive ID, got '0'"),
    ("group", True, "group must be an ID or a full path, got bool"),
    ("project", ["a"], "project must be an ID or a full path, got list"),
    ("group", "  ", "group must not be empty"),
    ("group", "a//b", "group: 'a//b' is not an ID or a full path"),
    ("group", "a/../b", "group: 'a/../b' is not an ID or a full path"),
    ("group", "-lead", "group: '-lead' is not an ID or a full path"),
    ("group", "a b", "group: 'a b' is not an ID or a full path"),
    ("group", "a?b=1", "group: 'a?b=1' is not an ID or a full path"),
    ("project", "app", "project: 'app' is not a project's full path, which starts with its namespace"),
])
def test_refuses_what_cannot_name_a_scope(option, value, expected):
    assert scope_ref_problem(option, value).startswith(expected)


def test_group_problem_is_the_group_options():
    assert group_problem("a//b") == scope_ref_problem("group", "a//b")
    assert group_problem("platform") is None


@pytest.mark.parametrize("value, expected", [(5, 5), ("5", 5), (" 42 ", 42), (" platform/app ", "platform/app")])
def test_scope_ref_reads_a_number_as_an_id(value, expected):
    assert scope_ref(value) == expected
