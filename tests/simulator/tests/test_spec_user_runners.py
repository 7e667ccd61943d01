"""GitLab's request spec spec/requests/api/user_runners_spec.rb (gitlabhq/gitlabhq, newest), ported example by
example, and the runners API (lib/api/ci/runners.rb) a module uses to find and manage the runner it created.
The spec's admin is root; Admin Mode is not simulated (SPEC_PORTS.md)."""
from __future__ import annotations

import pytest

OWNER, MAINTAINER, DEVELOPER = 50, 40, 30


class Fleet:
    """The spec's `let_it_be` records: a group with a project, its owner and maintainer, a project developer and
    `user` ("user.withdot"), on a fresh instance."""

    def __init__(self, site):
        site.reset()
        self.site = site
        self.admin_token = site.token
        self.group = site._control("POST", "/groups", json={"path": "fleet-group"})
        self.project = site._control("POST", "/projects", json={"path": "app", "group_id": self.group["id"]})
        self.tokens = {}
        for name, target, level in (("group_owner", "groups", OWNER), ("group_maintainer", "groups", MAINTAINER),
                                    ("project_developer", "projects", DEVELOPER), ("user.withdot", None, None)):
            user = site.create_user(name)
            if target:
                source = self.group if target == "groups" else self.project
                site._control("POST", "/%s/%d/members" % (target, source["id"]),
                              json={"user": user["id"], "access_level": level})
            self.tokens[name] = site.token_for(name)

    def post(self, as_user=None, token=None, **attrs):
        token = token or (self.tokens[as_user] if as_user else self.admin_token)
        return self.site.api("POST", "/user/runners", token=token, data=attrs)

    def count(self):
        return len(self.site.api("GET", "/runners/all").json())


@pytest.fixture
def fleet(site):
    return Fleet(site)


def created(response):
    assert response.status_code == 201, response.text
    body = response.json()
    assert list(body) == ["id", "token", "token_expires_at"]
    assert body["token"].startswith("glrt-") and body["token_expires_at"] is None
    return body


def test_instance_runner_by_admin(fleet):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :instance_type > when user has sufficient permissions > creates a runner"""
    body = created(fleet.post(runner_type="instance_type"))
    assert fleet.count() == 1
    runner = fleet.site.api("GET", "/runners/%d" % body["id"]).json()
    assert (runner["runner_type"], runner["is_shared"], runner["status"]) == ("instance_type", True, "never_contacted")


@pytest.mark.parametrize("scope", ["create_runner", "api"])
def test_instance_runner_with_token_scopes(fleet, scope):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :instance_type > with admin mode enabled > with request authorized with access token >
        with create_runner scope > creates a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :instance_type > with admin mode enabled > with request authorized with access token >
        with api scope > creates a runner"""
    token = fleet.site.token_for("root", scopes=[scope])
    response = fleet.site.session.post(fleet.site.api_url + "/user/runners?private_token=%s" % token,
                                       data={"runner_type": "instance_type"})
    created(response)


def test_read_api_scope_is_refused(fleet):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :instance_type > with admin mode enabled > with request authorized with access token >
        with read_api scope > does not create runner"""
    token = fleet.site.token_for("root", scopes=["read_api"])
    response = fleet.post(token=token, runner_type="instance_type")
    assert response.status_code == 403 and response.json()["error"] == "insufficient_scope"
    assert "insufficient_scope" in response.headers["WWW-Authenticate"]
    assert fleet.count() == 0


@pytest.mark.parametrize("who", ["user.withdot", "group_owner"])
def test_instance_runner_needs_an_admin(fleet, who):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :instance_type > when user does not have sufficient permissions returns forbidden >
        when user is not an admin or a member of the namespace > does not create a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :instance_type > when user is not an admin > does not create a runner"""
    response = fleet.post(who, runner_type="instance_type")
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden - Insufficient permissions"})
    assert fleet.count() == 0


def test_model_validation(fleet):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :instance_type > when model validation fails > does not create runner"""
    response = fleet.site.api("POST", "/user/runners", json={"runner_type": "instance_type", "run_untagged": False,
                                                             "tag_list": []})
    assert response.status_code == 400
    assert response.json() == {"message": "400 Bad request - Tags list can not be empty when runner is not "
                                          "allowed to pick untagged jobs"}
    assert fleet.count() == 0


@pytest.mark.parametrize("kind, id_key", [("group_type", "group_id"), ("project_type", "project_id")])
def test_owner_creates_group_and_project_runners(fleet, kind, id_key):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :group_type > when group_id is specified > when user has sufficient permissions >
        creates a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :project_type > when project_id is specified > when user has sufficient permissions >
        creates a runner"""
    source = fleet.group if kind == "group_type" else fleet.project
    body = created(fleet.post("group_owner", runner_type=kind, **{id_key: source["id"]}))
    runner = fleet.site.api("GET", "/runners/%d" % body["id"], token=fleet.tokens["group_owner"]).json()
    assert runner["runner_type"] == kind and runner["is_shared"] is False


@pytest.mark.parametrize("kind, id_key", [("group_type", "group_id"), ("project_type", "project_id")])
@pytest.mark.parametrize("scope", ["create_runner", "api"])
def test_owner_token_scopes(fleet, kind, id_key, scope):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :group_type > when group_id is specified > with request authorized with access token >
        with create_runner scope > creates a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :group_type > when group_id is specified > with request authorized with access token >
        with api scope > creates a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :project_type > when project_id is specified > with request authorized with access token >
        with create_runner scope > creates a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :project_type > when project_id is specified > with request authorized with access token >
        with api scope > creates a runner"""
    source = fleet.group if kind == "group_type" else fleet.project
    created(fleet.post(token=fleet.site.token_for("group_owner", scopes=[scope]), runner_type=kind,
                       **{id_key: source["id"]}))


@pytest.mark.parametrize("kind, id_key", [("group_type", "group_id"), ("project_type", "project_id")])
def test_owner_read_api_token(fleet, kind, id_key):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :group_type > when group_id is specified > with request authorized with access token >
        with read_api scope > does not create runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :project_type > when project_id is specified > with request authorized with access token >
        with read_api scope > does not create runner"""
    source = fleet.group if kind == "group_type" else fleet.project
    response = fleet.post(token=fleet.site.token_for("group_owner", scopes=["read_api"]), runner_type=kind,
                          **{id_key: source["id"]})
    assert response.status_code == 403 and response.json()["error"] == "insufficient_scope"


@pytest.mark.parametrize("who, kind, id_key", [
    ("user.withdot", "group_type", "group_id"), ("group_maintainer", "group_type", "group_id"),
    ("user.withdot", "project_type", "project_id"), ("project_developer", "project_type", "project_id")])
def test_members_below_the_role_are_refused(fleet, who, kind, id_key):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :group_type > when group_id is specified >
        when user does not have sufficient permissions returns forbidden > when user is not an admin or a member of the namespace > does not create a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :group_type > when group_id is specified > when user is a maintainer >
        does not create a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :project_type > when project_id is specified >
        when user does not have sufficient permissions returns forbidden > when user is not an admin or a member of the namespace > does not create a runner
    user_runners_spec.rb: POST /user/runners > when runner_type is :project_type > when project_id is specified > when user is a developer >
        does not create a runner"""
    source = fleet.group if kind == "group_type" else fleet.project
    response = fleet.post(who, runner_type=kind, **{id_key: source["id"]})
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden - Insufficient permissions"})
    assert fleet.count() == 0


@pytest.mark.parametrize("kind, missing", [("group_type", "group_id"), ("project_type", "project_id")])
def test_scope_id_is_required(fleet, kind, missing):
    """user_runners_spec.rb: POST /user/runners > when runner_type is :group_type > when group_id is not specified > fails to create runner with :bad_request
    user_runners_spec.rb: POST /user/runners > when runner_type is :project_type > when project_id is not specified >
        fails to create runner with :bad_request"""
    response = fleet.post("group_owner", runner_type=kind)
    assert (response.status_code, response.json()) == (400, {"error": "%s is missing" % missing})
    assert fleet.count() == 0


def test_runner_type_missing_or_unknown(fleet):
    """user_runners_spec.rb: POST /user/runners > with missing runner_type > fails to create runner with :bad_request
    user_runners_spec.rb: POST /user/runners > with unknown runner_type > fails to create runner with :bad_request"""
    missing = fleet.post()
    assert (missing.status_code, missing.json()) == (
        400, {"error": "runner_type is missing, runner_type does not have a valid value"})
    unknown = fleet.post(runner_type="unknown")
    assert (unknown.status_code, unknown.json()) == (400, {"error": "runner_type does not have a valid value"})
    assert fleet.count() == 0


def test_anonymous(fleet):
    """user_runners_spec.rb: POST /user/runners > returns a 401 error if unauthorized"""
    response = fleet.site.api("POST", "/user/runners", token=False, data={"runner_type": "instance_type"})
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})


def test_missing_scope_record(fleet):
    """The strategies' validate_params: an unknown group or project id is 400, before the permission check."""
    for kind, id_key, name in (("group_type", "group_id", "group"), ("project_type", "project_id", "project")):
        response = fleet.post("user.withdot", runner_type=kind, **{id_key: 99999})
        assert (response.status_code, response.json()) == (
            400, {"message": "400 Bad request - Missing/invalid %s" % name})


# -- the runners API --------------------------------------------------------------------------------------------
def test_runner_details_update_and_delete(fleet):
    """GET, PUT and DELETE /runners/:id for the group owner who created a group runner; lists by scope find it
    by description."""
    owner = fleet.tokens["group_owner"]
    body = created(fleet.post("group_owner", runner_type="group_type", group_id=fleet.group["id"],
                              description="build-box", tag_list="linux,docker", paused="true",
                              maintenance_note="rack 4", access_level="ref_protected", maximum_timeout=600))
    path = "/runners/%d" % body["id"]
    details = fleet.site.api("GET", path, token=owner).json()
    assert {k: details[k] for k in ("description", "active", "paused", "tag_list", "run_untagged", "locked",
                                    "access_level", "maximum_timeout", "maintenance_note", "status", "online",
                                    "contacted_at")} == {
        "description": "build-box", "active": False, "paused": True, "tag_list": ["linux", "docker"],
        "run_untagged": True, "locked": False, "access_level": "ref_protected", "maximum_timeout": 600,
        "maintenance_note": "rack 4", "status": "never_contacted", "online": False, "contacted_at": None}
    assert details["groups"] == [{"id": fleet.group["id"], "name": "fleet-group",
                                  "web_url": fleet.site.url + "/groups/fleet-group"}]
    listed = fleet.site.api("GET", "/groups/%d/runners" % fleet.group["id"], token=owner)
    assert listed.status_code == 200 and listed.headers["X-Total"] == "1"
    assert [r["description"] for r in listed.json()] == ["build-box"]
    encoded = fleet.site.api("GET", "/groups/fleet-group/runners?type=instance_type", token=owner)
    assert encoded.json() == []
    updated = fleet.site.api("PUT", path, token=owner, data={"paused": "false", "description": "build-box-2"})
    assert updated.status_code == 200 and (updated.json()["active"], updated.json()["description"]) == (
        True, "build-box-2")
    assert fleet.site.api("PUT", path, token=owner, data={}).json() == {
        "error": "description, active, paused, tag_list, run_untagged, locked, access_level, maximum_timeout, "
                 "maintenance_note are missing, at least one parameter must be provided"}
    both = fleet.site.api("PUT", path, token=owner, data={"paused": "true", "active": "true"})
    assert both.json() == {"error": "active, paused are mutually exclusive"}
    invalid = fleet.site.api("PUT", path, token=owner, data={"run_untagged": "false", "tag_list": ""})
    assert (invalid.status_code, invalid.json()) == (400, {"message": {"tags_list": [
        "can not be empty when runner is not allowed to pick untagged jobs"]}})
    assert fleet.site.api("GET", path, token=owner).json()["tag_list"] == ["linux", "docker"]
    for who in ("group_maintainer", "user.withdot"):
        refused = fleet.site.api("GET", path, token=fleet.tokens[who])
        assert (refused.status_code, refused.json()) == (403, {"message": "403 Forbidden - No access granted"})
        assert fleet.site.api("DELETE", path, token=fleet.tokens[who]).status_code == 403
    reset = fleet.site.api("POST", path + "/reset_authentication_token", token=owner)
    assert reset.status_code == 201 and list(reset.json()) == ["token", "token_expires_at"]
    assert reset.json()["token"] != body["token"] and reset.json()["token"].startswith("glrt-")
    assert fleet.site.api("DELETE", path, token=owner).status_code == 204
    gone = fleet.site.api("GET", path, token=owner)
    assert (gone.status_code, gone.json()) == (404, {"message": "404 Not found"})


def test_runner_lists(fleet):
    """/runners/all is for administrators; a project's list has its own, its group's and the instance runners;
    an instance runner is readable by every signed-in user; the statuses follow contacted_at."""
    instance = created(fleet.post(runner_type="instance_type", description="shared"))
    group_runner = created(fleet.post("group_owner", runner_type="group_type", group_id=fleet.group["id"]))
    project_runner = created(fleet.post("group_owner", runner_type="project_type", project_id=fleet.project["id"]))
    everyone = fleet.site.api("GET", "/runners/all")
    assert [r["id"] for r in everyone.json()] == [instance["id"], group_runner["id"], project_runner["id"]]
    projects = fleet.site.api("GET", "/runners/all?type=project_type").json()
    assert [r["id"] for r in projects] == [project_runner["id"]]
    assert fleet.site.api("GET", "/runners/all?type=bogus").json() == {"error": "type does not have a valid value"}
    refused = fleet.site.api("GET", "/runners/all", token=fleet.tokens["group_owner"])
    assert (refused.status_code, refused.json()) == (403, {"message": "403 Forbidden"})
    in_project = fleet.site.api("GET", "/projects/%s/runners" % "fleet-group%2Fapp", token=fleet.tokens["group_owner"])
    assert sorted(r["id"] for r in in_project.json()) == sorted([instance["id"], group_runner["id"],
                                                                 project_runner["id"]])
    developer = fleet.site.api("GET", "/projects/%d/runners" % fleet.project["id"],
                               token=fleet.tokens["project_developer"])
    assert (developer.status_code, developer.json()) == (403, {"message": "403 Forbidden"})
    stranger = fleet.site.api("GET", "/projects/%d/runners" % fleet.project["id"], token=fleet.tokens["user.withdot"])
    assert (stranger.status_code, stranger.json()) == (404, {"message": "404 Project Not Found"})
    shared = fleet.site.api("GET", "/runners/%d" % instance["id"], token=fleet.tokens["user.withdot"])
    assert shared.status_code == 200 and shared.json()["maintenance_note"] is None
    fleet.site._control("POST", "/runners/%d" % instance["id"], json={"contacted_at": "now"})
    online = fleet.site.api("GET", "/runners/all?status=online").json()
    assert [(r["id"], r["status"], r["online"]) for r in online] == [(instance["id"], "online", True)]
    owned = fleet.site.api("GET", "/runners", token=fleet.tokens["group_owner"]).json()
    assert sorted(r["id"] for r in owned) == sorted([group_runner["id"], project_runner["id"]])
    bad_scope = fleet.site.api("GET", "/runners?scope=shared", token=fleet.tokens["group_owner"])
    assert (bad_scope.status_code, bad_scope.json()) == (400, {"message": "Scope contains invalid value"})


def test_manage_runner_scope(fleet):
    """`allow_access_with_scope :manage_runner` opens /runners/:id, not the lists."""
    body = created(fleet.post(runner_type="instance_type"))
    token = fleet.site.token_for("root", scopes=["manage_runner"])
    assert fleet.site.api("GET", "/runners/%d" % body["id"], token=token).status_code == 200
    assert fleet.site.api("PUT", "/runners/%d" % body["id"], token=token, data={"locked": "true"}).json()["locked"]
    listed = fleet.site.api("GET", "/runners/all", token=token)
    assert listed.status_code == 403 and listed.json()["error"] == "insufficient_scope"


def test_unencoded_group_path_is_no_route(fleet):
    """NAMESPACE_OR_PROJECT_REQUIREMENTS: a full path must come URL-encoded."""
    sub = fleet.site._control("POST", "/groups", json={"path": "sub", "parent_id": fleet.group["id"]})
    assert fleet.site.api("GET", "/groups/fleet-group%2Fsub").json()["id"] == sub["id"]
    plain = fleet.site.session.get(fleet.site.api_url + "/groups/fleet-group/sub",
                                   headers={"PRIVATE-TOKEN": fleet.site.token})
    assert (plain.status_code, plain.json()) == (404, {"error": "404 Not Found"})
