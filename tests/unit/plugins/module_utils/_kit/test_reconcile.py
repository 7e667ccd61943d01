# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""reconcile (reconcile.py): what to create, update, keep and delete, purge, protected and absent items, and the
contradictions it refuses."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.reconcile import reconcile


def by_name(item):
    return item["name"].lower()


def test_reconcile_create_update_keep_delete():
    current = [dict(id=1, name="A", v=1), dict(id=2, name="b", v=2), dict(id=3, name="c", v=3)]
    desired = [dict(name="a", v=1), dict(name="B", v=9), dict(name="d", v=4)]
    plan = reconcile(current, desired, key=by_name, same=lambda want, have: want["v"] == have["v"])
    assert plan.create == [dict(name="d", v=4)]
    assert plan.update == [(dict(name="B", v=9), current[1])]
    assert plan.keep == [(dict(name="a", v=1), current[0])]
    assert plan.delete == []  # no purge: c stays
    create, update, delete = plan
    assert (create, update, delete) == (plan.create, plan.update, plan.delete)


def test_reconcile_purge_absent_and_protected():
    current = [dict(name="keep"), dict(name="gone"), dict(name="owned"), dict(name="old")]
    plan = reconcile(current, [dict(name="keep")], key=by_name, purge=True,
                     protected=lambda item: item["name"] == "owned")
    assert [item["name"] for item in plan.delete] == ["gone", "old"]
    plan = reconcile(current, [], key=by_name, absent=[dict(name="OLD"), dict(name="missing")])
    assert [item["name"] for item in plan.delete] == ["old"]
    assert not reconcile(current, [dict(name="keep")], key=by_name)  # nothing to do is falsy


def test_reconcile_refuses_contradictions():
    with pytest.raises(ValueError, match="listed twice"):
        reconcile([], [dict(name="a"), dict(name="A")], key=by_name)
    with pytest.raises(ValueError, match="both present and absent"):
        reconcile([], [dict(name="a")], key=by_name, absent=[dict(name="a")])


def test_reconcile_duplicates_on_the_server_are_all_handled():
    current = [dict(id=1, name="a"), dict(id=2, name="a")]
    assert [item["id"] for item in reconcile(current, [], key=by_name, purge=True).delete] == [1, 2]
