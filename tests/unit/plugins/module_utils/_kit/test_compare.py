# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The module kit: the attribute table (_compare), reconcile (_reconcile) and the run skeleton
(_module.GitLabModule), the last through a small probe module run in-process against the simulator."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.compare import Attr, AttributeTable
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule, ModuleFailed
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.reconcile import reconcile
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import clear, log, warnings, writes

# -- the attribute table ---------------------------------------------------------------------------

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


# -- reconcile --------------------------------------------------------------------------------------

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


# -- GitLabModule through a probe module ------------------------------------------------------------

def probe_main():
    """A minimal module on the kit: sets one custom attribute of a user (found by id), then optionally
    does a second, failing write."""
    def logic(module):
        user_id = module.params["user_id"]
        module.write("PUT", "/users/{}/custom_attributes/{}", user_id, module.params["key"],
                     data=dict(value="v"), predict=dict(key=module.params["key"], value="v"))
        if module.params["then_block"]:
            module.write("POST", "/users/{}/block", user_id)
        if module.params["then_fail"]:
            raise ModuleFailed("stopped on purpose", detail="x")
        return module.result(before=dict(state="absent"), after=dict(state="present"))

    GitLabModule(argument_spec=dict(user_id=dict(type="int", required=True), key=dict(type="str", required=True),
                                    then_block=dict(type="bool", default=False),
                                    then_fail=dict(type="bool", default=False))).run(logic)


@pytest.fixture
def probe(run_module):
    def run(**options):
        return run_module(probe_main, **options)
    return run


def test_actions_are_the_same_quoted_paths_in_check_mode_and_real_runs(probe, gitlab, unique):
    user = gitlab.create_user(unique("kit"))
    key = "team name?odd#chars"
    check = probe(check=True, user_id=user["id"], key=key)
    assert check["changed"] is True and check["diff"]["after"] == dict(state="present")
    applied = probe(user_id=user["id"], key=key)
    assert check["actions"] == applied["actions"] == [
        "PUT /users/%d/custom_attributes/team%%20name%%3Fodd%%23chars" % user["id"]]
    response = gitlab.api("GET", "/users/%d/custom_attributes" % user["id"])
    assert [(a["key"], a["value"]) for a in response.json()] == [(key, "v")]


@pytest.mark.parametrize("key", [".", ".."])
def test_dot_segments_never_reach_the_server(probe, sim, unique, key):
    """Percent-encoding leaves dots alone and HTTP stacks drop dot segments: PUT /users/2/custom_attributes/..
    would become PUT /users/2/ (the user itself). The kit refuses such a segment before any request."""
    user = sim.create_user(unique("dots"))
    clear(sim)
    result = probe(user_id=user["id"], key=key)
    assert result["failed"] and "segment" in result["msg"], result["msg"]
    assert log(sim) == []


def test_failure_after_a_write_reports_changed_and_the_actions(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    result = probe(user_id=user["id"], key="k", then_fail=True)
    assert result["failed"] and result["msg"] == "stopped on purpose" and result["detail"] == "x"
    assert result["changed"] is True
    assert result["actions"] == ["PUT /users/%d/custom_attributes/k" % user["id"]]
    assert "maybe_committed" not in result


def test_api_error_after_a_write_reports_changed_and_gitlab_s_message(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "POST", "path": "/block$", "action": "status", "status": 403,
                    "body": {"message": "403 Forbidden - nope"}})
    result = probe(user_id=user["id"], key="k", then_block=True)
    assert result["failed"] and result["changed"] is True
    assert result["actions"] == ["PUT /users/%d/custom_attributes/k" % user["id"]]
    assert (result["method"], result["path"], result["status"]) == ("POST", "/users/%d/block" % user["id"], 403)
    assert result["error"] == "403 Forbidden - nope"
    assert result["msg"].startswith("POST /users/%d/block -> 403" % user["id"])


def test_lost_answer_reports_maybe_committed(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "POST", "path": "/block$", "action": "drop_after_commit"})
    result = probe(user_id=user["id"], key="k", then_block=True)
    assert result["failed"] and result["changed"] is True and result["maybe_committed"] is True
    assert result["actions"] == ["PUT /users/%d/custom_attributes/k" % user["id"], "POST /users/%d/block" % user["id"]]
    assert sim.api("GET", "/users/%d" % user["id"]).json()["state"] == "blocked"  # it did go through


def test_check_mode_sends_no_write(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    clear(sim)
    result = probe(check=True, user_id=user["id"], key="k", then_block=True)
    assert result["changed"] is True and len(result["actions"]) == 2
    assert writes(sim) == [] and log(sim) == []


def test_sudo_option_sends_the_sudo_header(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    clear(sim)
    result = probe(user_id=user["id"], key="k", sudo="root")
    assert result["changed"] is True
    assert [entry["sudo"] for entry in sim.requests_log()] == ["root"]


def test_no_diff_key_without_diff_mode(probe, sim, unique):
    user = sim.create_user(unique("kit"))
    result = probe(diff=False, user_id=user["id"], key="k")
    assert "diff" not in result and result["changed"] is True


def test_a_task_that_waited_for_429s_warns_once(probe, sim, unique, waits):
    """The client retries a 429 after Retry-After without a word; the task says so, once, however many
    requests were rate-limited."""
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "PUT", "path": "/custom_attributes/k$", "action": "status", "status": 429,
                    "headers": {"Retry-After": "3"}, "times": 2},
                   {"method": "POST", "path": "/block$", "action": "status", "status": 429,
                    "headers": {"Retry-After": "5"}})
    result = probe(user_id=user["id"], key="k", then_block=True)
    assert result["_rc"] == 0, result.get("msg")
    assert waits == [3.0, 3.0, 5.0]
    rate_limited = [w for w in warnings(result) if "429" in w]
    assert rate_limited == ["GitLab answered 3 requests of this task with 429 Too Many Requests; the task waited "
                            "11.0 s in all before retrying, as GitLab asked (max_retries and retry_timeout bound "
                            "the waiting)"]


def test_a_task_that_gave_up_on_429s_warns_once_and_fails_naming_the_bound(probe, sim, unique, waits):
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "PUT", "path": "/custom_attributes/k$", "action": "status", "status": 429,
                    "headers": {"Retry-After": "4"}, "times": -1})
    result = probe(user_id=user["id"], key="k", retry_timeout=10)
    assert result["failed"] is True and result["status"] == 429
    assert waits == [4.0, 4.0]  # a third pause would pass retry_timeout
    assert "retry_timeout" in result["msg"]
    assert len([w for w in warnings(result) if "429" in w]) == 1


def test_no_rate_limit_warning_without_a_429(probe, sim, unique, waits):
    user = sim.create_user(unique("kit"))
    sim.add_faults({"method": "PUT", "path": "/custom_attributes/k$", "action": "status", "status": 503})
    result = probe(user_id=user["id"], key="k")
    assert result["_rc"] == 0 and len(waits) == 1
    assert [w for w in warnings(result) if "429" in w] == []
