# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user_runner run in-process (main()) against the simulator: each runner type goes through check mode ->
apply -> apply again -> check mode again with the exact requests, and the runners the server holds afterwards are
read back as root (GET /runners/all, GET /runners/:id). The expected requests follow from GitLab's API
(lib/api/user_runners.rb, lib/api/ci/runners.rb): the listing of the scope filtered by type, the runner's details
only when the listing lacks what is compared, and the one write each change needs."""

from __future__ import annotations

import json

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user_runner
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    clear,
    cycle,
    log,
    refused_before_any_request,
    warnings,
    writes,
)

MODULE = gitlab_user_runner
MAINTAINER = 40  # GitLab's access levels (lib/gitlab/access.rb)
OWNER = 50


# -- helpers: groups, projects and runners made and read as root ---------------------------------------------

def control(sim, endpoint, body):
    response = sim.session.post("%s/-/sim%s" % (sim.url, endpoint), json=body, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def make_group(sim, unique, parent=None):
    spec = dict(path=unique("grp"))
    if parent is not None:
        spec["parent_id"] = parent["id"]
    return control(sim, "/groups", spec)


def make_project(sim, unique, group):
    return control(sim, "/projects", dict(path=unique("prj"), group_id=group["id"]))


def member(sim, kind, source, user, level):
    response = sim.session.post("%s/-/sim/%ss/%d/members" % (sim.url, kind, source["id"]),
                                json=dict(user=user["id"], access_level=level), timeout=30)
    assert response.status_code == 201, response.text


def make_runner(sim, description, token=None, **fields):
    """A runner made through the API (POST /user/runners), as root unless `token`."""
    response = sim.api("POST", "/user/runners", token=token, json=dict(fields, description=description))
    assert response.status_code == 201, response.text
    return response.json()


def server_runner(sim, runner_id):
    response = sim.api("GET", "/runners/%d" % runner_id)
    assert response.status_code == 200, response.text
    return response.json()


def server_runners(sim, description, runner_type):
    """Every runner of that type and description on the server, with its details (root's view)."""
    listed = sim.api("GET", "/runners/all", params={"type": runner_type, "per_page": 100}).json()
    return [server_runner(sim, entry["id"]) for entry in listed if entry["description"] == description]


def listing(runner_type, scope_path):
    """The listing request of a scope: (GET, path, query) as the request log has it."""
    return ("GET", scope_path, {"type": runner_type, "per_page": "100"})


def group_listing(group_ref):
    return listing("group_type", "/groups/%s/runners" % group_ref)


def attributes(runner, *names):
    return dict((name, runner[name]) for name in names)


def assert_token_only_in_runner(result):
    """The token appears in the module's output exactly once, as runner.token."""
    value = result["runner"]["token"]
    assert value.startswith("glrt-")
    assert result["_out"].count(value) == 1
    rest = dict(result, runner=dict(result["runner"], token=None))
    rest.pop("_out")
    assert value not in json.dumps(rest)


@pytest.fixture
def person(sim, unique):
    user = sim.create_user(unique("runr"))
    user["token"] = sim.token_for(user["username"])
    clear(sim)
    return user


# -- group runners -------------------------------------------------------------------------------------------

def test_group_runner_by_path_create_then_nothing_changes(run, sim, unique, person):
    group = make_group(sim, unique)
    member(sim, "group", group, person, OWNER)
    options = dict(api_token=person["token"], runner_type="group_type", group=group["full_path"],
                   description="k8s-small", tag_list=["small", "k8s"], run_untagged=False, maximum_timeout=3600)
    check, applied, apply_log = cycle(run, sim, **options)
    assert check["actions"] == applied["actions"] == ["POST /user/runners"]
    assert apply_log == [group_listing(group["full_path"]), ("GET", "/groups/%s" % group["full_path"], {}),
                         ("POST", "/user/runners", {})]
    [server] = server_runners(sim, "k8s-small", "group_type")
    assert server["id"] == applied["runner"]["id"]
    assert [g["id"] for g in server["groups"]] == [group["id"]]
    assert sorted(server["tag_list"]) == ["k8s", "small"]
    assert (server["run_untagged"], server["maximum_timeout"], server["paused"], server["locked"]) == (
        False, 3600, False, False)
    identity = dict(runner_type="group_type", group=group["full_path"], description="k8s-small")
    assert applied["diff"]["before"] == dict(identity, state="absent")
    assert applied["diff"]["after"] == dict(identity, tag_list=["k8s", "small"], run_untagged=False,
                                            maximum_timeout=3600, token="********", state="present")
    assert applied["token_returned"] is True and check["token_returned"] is False
    assert "token" not in check["runner"] and check["runner"]["id"] is None
    assert_token_only_in_runner(applied)
    clear(sim)
    again = run(**options)
    assert again["changed"] is False and "token" not in again["runner"] and again["token_returned"] is False
    # Two reads: a group's listing also holds its ancestors' runners, so the runner's details say whose it is.
    assert log(sim) == [group_listing(group["full_path"]), ("GET", "/runners/%d" % server["id"], {})]


def test_an_ancestor_groups_runner_of_the_same_description_is_another_runner(run, sim, unique):
    parent = make_group(sim, unique)
    child = make_group(sim, unique, parent=parent)
    theirs = make_runner(sim, "docker", runner_type="group_type", group_id=parent["id"], tag_list=["old"])
    options = dict(runner_type="group_type", group=child["id"], description="docker", tag_list=["new"])
    check, applied, _log = cycle(run, sim, **options)
    assert applied["actions"] == ["POST /user/runners"]
    ours = server_runner(sim, applied["runner"]["id"])
    assert [g["id"] for g in ours["groups"]] == [child["id"]] and ours["tag_list"] == ["new"]
    assert server_runner(sim, theirs["id"])["tag_list"] == ["old"]  # the parent's runner is left alone
    clear(sim)
    assert run(**options)["changed"] is False
    # Both runners are listed for the child group; each one's details say whose it is.
    assert log(sim) == [group_listing(child["id"]), ("GET", "/runners/%d" % theirs["id"], {}),
                        ("GET", "/runners/%d" % ours["id"], {})]


# -- instance runners --------------------------------------------------------------------------------------

def test_instance_runner_paused_only_costs_one_request(run, sim, unique):
    description = unique("shared")
    options = dict(runner_type="instance_type", description=description, paused=True)
    noop = [listing("instance_type", "/runners/all")]
    check, applied, apply_log = cycle(run, sim, noop_requests=noop, **options)
    assert apply_log == noop + [("POST", "/user/runners", {})]
    [server] = server_runners(sim, description, "instance_type")
    assert server["paused"] is True and server["is_shared"] is True
    assert applied["diff"]["after"] == dict(runner_type="instance_type", description=description, paused=True,
                                            token="********", state="present")
    # Unpausing: the listing has `paused`, so the change costs the listing and the PUT.
    clear(sim)
    changed = run(runner_type="instance_type", description=description, paused=False)
    assert changed["changed"] is True and changed["actions"] == ["PUT /runners/%d" % server["id"]]
    assert log(sim) == noop + [("PUT", "/runners/%d" % server["id"], {})]
    assert server_runner(sim, server["id"])["paused"] is False
    assert changed["diff"]["before"]["paused"] is True and changed["diff"]["after"]["paused"] is False


def test_instance_runners_need_an_administrator(run, sim, unique, person):
    result = run(api_token=person["token"], runner_type="instance_type", description=unique("shared"))
    assert result["failed"] is True and result["status"] == 403
    assert "only administrators" in result["msg"] and "GET /runners/all" in result["msg"]
    assert result["actions"] == [] and writes(sim) == []


# -- project runners -----------------------------------------------------------------------------------------

def test_project_runner_of_a_maintainer_by_id(run, sim, unique, person):
    group = make_group(sim, unique)
    project = make_project(sim, unique, group)
    member(sim, "project", project, person, MAINTAINER)
    clear(sim)
    options = dict(api_token=person["token"], runner_type="project_type", project=str(project["id"]),
                   description="builder", locked=True, access_level="ref_protected", maintenance_note="ask #ci")
    check, applied, apply_log = cycle(run, sim, **options)
    project_listing = listing("project_type", "/projects/%d/runners" % project["id"])
    assert apply_log == [project_listing, ("POST", "/user/runners", {})]  # an ID needs no lookup
    server = server_runner(sim, applied["runner"]["id"])
    assert [p["id"] for p in server["projects"]] == [project["id"]]
    assert attributes(server, "runner_type", "locked", "access_level", "maintenance_note") == dict(
        runner_type="project_type", locked=True, access_level="ref_protected", maintenance_note="ask #ci")
    clear(sim)
    assert run(**options)["changed"] is False
    assert log(sim) == [project_listing, ("GET", "/runners/%d" % server["id"], {})]
    # A change: one PUT with only what differs.
    clear(sim)
    changed = run(**dict(options, locked=False, maintenance_note=""))
    assert changed["actions"] == ["PUT /runners/%d" % server["id"]]
    assert [entry["body"] for entry in sim.requests_log() if entry["method"] == "PUT"] == [
        dict(locked=False, maintenance_note="")]
    after = server_runner(sim, server["id"])
    assert (after["locked"], after["maintenance_note"], after["access_level"]) == (False, "", "ref_protected")
    assert changed["diff"]["before"]["locked"] is True and changed["diff"]["after"]["locked"] is False
    assert changed["diff"]["after"]["maintenance_note"] == ""


def test_project_by_full_path_is_looked_up_only_to_create(run, sim, unique):
    group = make_group(sim, unique)
    project = make_project(sim, unique, group)
    clear(sim)
    options = dict(runner_type="project_type", project=project["path_with_namespace"], description="by-path")
    applied = run(**options)
    assert applied["changed"] is True
    path = project["path_with_namespace"]
    assert log(sim) == [listing("project_type", "/projects/%s/runners" % path), ("GET", "/projects/%s" % path, {}),
                        ("POST", "/user/runners", {})]
    # (The simulator, as GitLab's router, answers a full path only with its slashes URL-encoded.)
    clear(sim)
    again = run(**options)
    assert again["changed"] is False and log(sim) == [listing("project_type", "/projects/%s/runners" % path)]


# -- refusals --------------------------------------------------------------------------------------------

def test_a_group_maintainer_may_not_create_a_group_runner(run, sim, unique, person):
    group = make_group(sim, unique)
    member(sim, "group", group, person, MAINTAINER)
    clear(sim)
    result = run(api_token=person["token"], runner_type="group_type", group=group["id"], description="nope")
    assert result["failed"] is True and result["status"] == 403
    assert "group" in result["msg"] and "Owner" in result["msg"]
    assert "POST /user/runners -> 403" in result["msg"] and "Insufficient permissions" in result["msg"]
    assert result["actions"] == [] and "maybe_committed" not in result
    assert server_runners(sim, "nope", "group_type") == []


def test_a_group_maintainer_may_list_but_not_manage_an_existing_runner(run, sim, unique, person):
    group = make_group(sim, unique)
    member(sim, "group", group, person, MAINTAINER)
    made = make_runner(sim, "theirs", runner_type="group_type", group_id=group["id"])
    clear(sim)
    for state in ("present", "absent"):
        result = run(api_token=person["token"], runner_type="group_type", group=group["id"], description="theirs",
                     state=state)
        assert result["failed"] is True and result["status"] == 403, state
        assert "only an Owner of the group" in result["msg"]
        assert "GET /runners/%d -> 403" % made["id"] in result["msg"] and "No access granted" in result["msg"]
    assert writes(sim) == []
    assert sim.api("GET", "/runners/%d" % made["id"]).status_code == 200


def test_a_stranger_cannot_see_the_group_or_project(run, sim, unique, person):
    group = make_group(sim, unique)
    project = make_project(sim, unique, group)
    clear(sim)
    result = run(api_token=person["token"], runner_type="group_type", group=group["full_path"], description="x")
    assert result["failed"] is True and result["status"] == 404
    assert result["msg"].startswith("group: GitLab has no group") and "GET /groups/" in result["msg"]
    result = run(api_token=person["token"], runner_type="project_type", project=project["id"], description="x")
    assert result["failed"] is True and result["status"] == 404 and result["msg"].startswith("project:")
    assert writes(sim) == []


def test_a_developer_may_not_list_project_runners(run, sim, unique, person):
    group = make_group(sim, unique)
    project = make_project(sim, unique, group)
    member(sim, "project", project, person, 30)
    clear(sim)
    result = run(api_token=person["token"], runner_type="project_type", project=project["id"], description="x")
    assert result["failed"] is True and result["status"] == 403
    assert "Maintainer" in result["msg"] and "GET /projects/%d/runners -> 403" % project["id"] in result["msg"]


# -- finding the runner ------------------------------------------------------------------------------------

def test_two_runners_with_the_description_fail_without_a_write(run, sim, unique):
    group = make_group(sim, unique)
    first = make_runner(sim, "twin", runner_type="group_type", group_id=group["id"])
    second = make_runner(sim, "twin", runner_type="group_type", group_id=group["id"])
    clear(sim)
    for state in ("present", "absent"):
        result = run(runner_type="group_type", group=group["id"], description="twin", state=state, paused=None)
        assert result["failed"] is True, state
        assert "description" in result["msg"] and "ids %d, %d" % (first["id"], second["id"]) in result["msg"]
    assert writes(sim) == []
    assert len(server_runners(sim, "twin", "group_type")) == 2


def test_a_runner_of_another_type_with_the_description_is_left_alone(run, sim, unique):
    group = make_group(sim, unique)
    description = unique("docker")
    shared = make_runner(sim, description, runner_type="instance_type", tag_list=["shared"])
    clear(sim)
    applied = run(runner_type="group_type", group=group["id"], description=description, tag_list=["group"])
    assert applied["actions"] == ["POST /user/runners"]
    # The group's listing, filtered by type, does not even hold the instance runner.
    assert log(sim)[0] == group_listing(group["id"]) and len(log(sim)) == 2
    # POST /user/runners as doc/api/users.md documents it: the type, the group's ID, the description, the options.
    assert [entry["body"] for entry in sim.requests_log() if entry["method"] == "POST"] == [dict(
        runner_type="group_type", group_id=group["id"], description=description, tag_list=["group"])]
    assert server_runner(sim, shared["id"])["tag_list"] == ["shared"]
    assert len(server_runners(sim, description, "group_type")) == 1


def test_tags_compare_as_gitlab_stores_them(run, sim, unique):
    group = make_group(sim, unique)
    made = make_runner(sim, "tags", runner_type="group_type", group_id=group["id"], tag_list=["b", "a"])
    clear(sim)
    result = run(runner_type="group_type", group=group["id"], description="tags", tag_list=["a", " b", "a"])
    assert result["changed"] is False and result["actions"] == []
    assert log(sim) == [group_listing(group["id"]), ("GET", "/runners/%d" % made["id"], {})]
    assert result["diff"]["before"]["tag_list"] == result["diff"]["after"]["tag_list"] == ["a", "b"]
    clear(sim)
    check = run(check=True, runner_type="group_type", group=group["id"], description="tags", tag_list=[])
    real = run(runner_type="group_type", group=group["id"], description="tags", tag_list=[])
    assert check["diff"] == real["diff"] and check["actions"] == real["actions"] == ["PUT /runners/%d" % made["id"]]
    assert server_runner(sim, made["id"])["tag_list"] == []


def test_run_untagged_false_without_tags_fails_before_any_write(run, sim, unique):
    group = make_group(sim, unique)
    clear(sim)
    result = run(runner_type="group_type", group=group["id"], description="untagged", run_untagged=False)
    assert result["failed"] is True and "run_untagged" in result["msg"] and "tag_list" in result["msg"]
    assert writes(sim) == [] and result["actions"] == []
    made = make_runner(sim, "untagged", runner_type="group_type", group_id=group["id"])
    clear(sim)
    result = run(runner_type="group_type", group=group["id"], description="untagged", run_untagged=False)
    assert result["failed"] is True and "has no tags" in result["msg"] and writes(sim) == []
    assert server_runner(sim, made["id"])["run_untagged"] is True


# -- state=absent ----------------------------------------------------------------------------------------

def test_delete_then_nothing_to_delete(run, sim, unique):
    group = make_group(sim, unique)
    made = make_runner(sim, "gone", runner_type="group_type", group_id=group["id"])
    options = dict(runner_type="group_type", group=group["id"], description="gone", state="absent")
    check, applied, apply_log = cycle(run, sim, noop_requests=[group_listing(group["id"])], **options)
    assert check["actions"] == applied["actions"] == ["DELETE /runners/%d" % made["id"]]
    assert apply_log == [group_listing(group["id"]), ("GET", "/runners/%d" % made["id"], {}),
                         ("DELETE", "/runners/%d" % made["id"], {})]
    assert sim.api("GET", "/runners/%d" % made["id"]).status_code == 404
    identity = dict(runner_type="group_type", group=group["id"], description="gone")
    assert applied["diff"] == dict(before=dict(identity, state="present"), after=dict(identity, state="absent"))
    assert applied["runner"] is None


# -- the token ---------------------------------------------------------------------------------------------

def test_reset_token(run, sim, unique):
    description = unique("reset")
    options = dict(runner_type="instance_type", description=description)
    created = run(**options)
    first = created["runner"]["token"]
    runner_id = created["runner"]["id"]
    clear(sim)
    check = run(check=True, reset_token=True, **options)
    assert check["changed"] is True and writes(sim) == []
    assert check["actions"] == ["POST /runners/%d/reset_authentication_token" % runner_id]
    assert check["token_returned"] is False and "token" not in check["runner"]
    clear(sim)
    reset = run(reset_token=True, **options)
    assert reset["changed"] is True and reset["actions"] == check["actions"]
    assert log(sim) == [listing("instance_type", "/runners/all"),
                        ("POST", "/runners/%d/reset_authentication_token" % runner_id, {})]
    assert reset["diff"] == check["diff"]
    assert reset["diff"]["before"] == dict(runner_type="instance_type", description=description, state="present")
    assert reset["diff"]["after"] == dict(reset["diff"]["before"], token="********")
    assert reset["token_returned"] is True and reset["runner"]["token"] != first
    assert first not in reset["_out"]
    assert_token_only_in_runner(reset)
    # Creating does not reset again: the create's token is new.
    clear(sim)
    fresh = run(runner_type="instance_type", description=unique("fresh"), reset_token=True)
    assert fresh["actions"] == ["POST /user/runners"] and fresh["token_returned"] is True


# -- lost answers --------------------------------------------------------------------------------------------

def fault(sim, method, path_regex, action):
    sim.add_faults(dict(method=method, path=path_regex, action=action))


def test_a_lost_create_answer_resets_the_token_of_the_runner_gitlab_made(run, sim, unique):
    group = make_group(sim, unique)
    clear(sim)
    fault(sim, "POST", "^/api/v4/user/runners$", "drop_after_commit")
    result = run(runner_type="group_type", group=group["id"], description="lost", tag_list=["a"])
    assert result["_rc"] == 0, result.get("msg")
    seen = log(sim)
    [server] = server_runners(sim, "lost", "group_type")
    assert result["actions"] == ["POST /user/runners", "POST /runners/%d/reset_authentication_token" % server["id"]]
    assert seen == [group_listing(group["id"]), ("POST", "/user/runners", {}), group_listing(group["id"]),
                    ("GET", "/runners/%d" % server["id"], {}),
                    ("POST", "/runners/%d/reset_authentication_token" % server["id"], {})]
    assert result["runner"]["id"] == server["id"] and result["token_returned"] is True
    assert_token_only_in_runner(result)
    assert any("was lost" in text and "reset" in text for text in warnings(result))
    clear(sim)
    assert run(runner_type="group_type", group=group["id"], description="lost", tag_list=["a"])["changed"] is False


def test_a_create_that_never_arrived_is_sent_again_once(run, sim, unique):
    group = make_group(sim, unique)
    clear(sim)
    fault(sim, "POST", "^/api/v4/user/runners$", "drop")
    result = run(runner_type="group_type", group=group["id"], description="again")
    assert result["_rc"] == 0, result.get("msg")
    assert result["actions"] == ["POST /user/runners"] and result["token_returned"] is True
    assert [request[:2] for request in log(sim)] == [group_listing(group["id"])[:2], ("POST", "/user/runners"),
                                                     group_listing(group["id"])[:2], ("POST", "/user/runners")]
    assert len(server_runners(sim, "again", "group_type")) == 1


def test_a_lost_reset_answer_is_sent_again_and_twice_lost_fails_saying_so(run, sim, unique):
    description = unique("lostreset")
    options = dict(runner_type="instance_type", description=description)
    runner_id = run(**options)["runner"]["id"]
    reset_path = "^/api/v4/runners/%d/reset_authentication_token$" % runner_id
    fault(sim, "POST", reset_path, "drop_after_commit")
    clear(sim)
    result = run(reset_token=True, **options)
    assert result["_rc"] == 0, result.get("msg")
    assert result["actions"] == ["POST /runners/%d/reset_authentication_token" % runner_id]
    assert [entry["method"] for entry in sim.requests_log()] == ["GET", "POST", "POST"]
    assert_token_only_in_runner(result)
    sim.add_faults(dict(method="POST", path=reset_path, action="drop_after_commit", times=2))
    result = run(reset_token=True, **options)
    assert result["failed"] is True and result["maybe_committed"] is True
    assert "may no longer work" in result["msg"] and "reset_token=true" in result["msg"]
    assert "glrt-" not in result["_out"]


# -- bad input -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("options, words", [
    (dict(description=""), ["description must not be empty"]),
    (dict(description="   "), ["description must not be empty"]),
    (dict(maximum_timeout=599), ["maximum_timeout must be 600 or more, got 599"]),
    (dict(access_level="protected"), ["access_level"]),
    (dict(maintenance_note="n" * 1025), ["maintenance_note must be at most 1024 characters long"]),
    (dict(tag_list=["a,b"]), ["tag_list[0]", "comma"]),
    (dict(tag_list=["a", " "]), ["tag_list[1] must not be empty"]),
    (dict(run_untagged=False, tag_list=[]), ["run_untagged=false needs at least one tag"]),
    (dict(runner_type="instance_type"), ["group can only be given with runner_type=group_type, not instance_type"]),
    (dict(runner_type="project_type"), ["project"]),
    (dict(group=None), ["group"]),
    (dict(group="a//b"), ["group", "full path"]),
    (dict(group="../users"), ["group", "full path"]),
    (dict(group=0), ["group must be a positive ID"]),
    (dict(group=["a"]), ["group must be an ID or a full path"]),
    (dict(state="absent", paused=True, reset_token=True), ["paused, reset_token cannot be used with state=absent"]),
    (dict(runner_type="shared"), ["runner_type"]),
    (dict(runner_type="instance_type", group=None, project="lonely"), ["project"]),
])
def test_bad_input_fails_before_any_request(run, sim, options, words):
    given = dict(dict(runner_type="group_type", group="platform/ci", description="docker"), **options)
    refused_before_any_request(run, sim, words, **dict((k, v) for k, v in given.items() if v is not None))
