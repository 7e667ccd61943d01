# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The attribute table (compare.py): the argument spec and validation it gives, and how it compares, plans,
predicts and views attributes."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.compare import Attr, AttributeTable

TABLE = AttributeTable(
    Attr("name", "str", nonempty=True, max_length=5),
    Attr("admin", "bool", key="is_admin", aliases=("isadmin",)),
    Attr("limit", "int", minimum=0, maximum=10),
    Attr("mail", "email", blank_clears=True),
    Attr("until", "date"),
    Attr("scopes", "list"),
    Attr("hidden", "bool", readable=False),
    Attr("paid", "int", ee=True),
    Attr("title", "str", settable=False),
)


def test_argument_spec_from_the_table():
    spec = TABLE.argument_spec()
    assert spec["admin"] == dict(type="bool", aliases=["isadmin"])
    assert spec["mail"] == dict(type="str") and spec["until"] == dict(type="str")
    assert spec["scopes"] == dict(type="list", elements="str")
    assert all("default" not in option for option in spec.values())  # omitted = not managed


@pytest.mark.parametrize("option, value, message", [
    ("name", " ", "name must not be empty"),
    ("name", "toolong", "name must be at most 5 characters long, got 7"),
    ("limit", -1, "limit must be 0 or more, got -1"),
    ("limit", 11, "limit must be 10 or less, got 11"),
    ("mail", "no-at-sign", "mail must be an email address, got 'no-at-sign'"),
    ("until", "2026-13-01", "until must be a date as YYYY-MM-DD, got '2026-13-01'"),
    ("until", "tomorrow", "until must be a date as YYYY-MM-DD"),
    ("until", "", "until must not be empty"),
])
def test_validation_names_the_option(option, value, message):
    problems = TABLE.validate({option: value})
    assert len(problems) == 1 and problems[0].startswith(message), problems


def test_validation_accepts_good_and_omitted_values():
    assert TABLE.validate(dict(name="ab", limit=10, mail="", until="2026-12-31", scopes=[])) == []
    assert TABLE.validate({}) == []


def test_plan_compares_by_kind_and_splits_unverifiable():
    entity = dict(name="ab", is_admin=True, limit=3, mail="A@Example.com", until="2026-12-31T00:00:00Z",
                  scopes=["b", "a"], title="x")
    wanted = dict(name="ab", admin=True, limit=4, mail="a@example.com", until="2026-12-31", scopes=["a", "b"],
                  hidden=True, paid=1, title="y")
    changes, unverifiable = TABLE.plan(wanted, entity)
    assert changes == {"limit": 4}
    # hidden: never returned; paid: an EE field this entity lacks; title: returned but not settable
    assert unverifiable == {"hidden": True, "paid": 1, "title": "y"}
    assert TABLE.plan({}, entity) == ({}, {})  # nothing given, nothing managed


def test_predict_leaves_out_what_gitlab_would_not_return():
    entity = dict(name="ab", is_admin=False)
    predicted = TABLE.predict(entity, dict(admin=True, hidden=True, paid=5, limit=2))
    assert predicted == dict(name="ab", is_admin=True, limit=2)
    assert entity == dict(name="ab", is_admin=False)  # not modified in place


def test_view_only_managed_readable_keys():
    entity = dict(name="ab", is_admin=True, limit=None, title=None)
    assert TABLE.view(dict(admin=True, hidden=True, title="t"), entity) == dict(admin=True, title="")


# -- GitLabModule through a probe module ------------------------------------------------------------
