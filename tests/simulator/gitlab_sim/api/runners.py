"""CI runners a user creates (lib/api/user_runners.rb, before 16.x part of lib/api/users.rb) and manages
(lib/api/ci/runners.rb), with Ci::Runners::CreateRunnerService and its strategies
(app/services/ci/runners/runner_creation_strategies/), the runner model's statuses (app/models/ci/runner.rb)
and the entities lib/api/entities/ci/runner.rb, runner_details.rb, runner_registration_details.rb and
reset_token_result.rb.

Runners never contact the simulator: they are `never_contacted` until the control endpoint pokes
`contacted_at`."""
from __future__ import annotations

import datetime
import secrets

from gitlab_sim import entities, errors
from gitlab_sim.api import namespace_model
from gitlab_sim.api.namespace_model import MAINTAINER, OWNER
from gitlab_sim.api.resources import check_unmodified_since
from gitlab_sim.entities import version_at_least
from gitlab_sim.errors import ApiError, ModelErrors, to_sentence
from gitlab_sim.pagination import paginate
from gitlab_sim.params import AtLeastOneOf, MutuallyExclusive, Param, declared
from gitlab_sim.records import Runner, iso, now
from gitlab_sim.routing import Reply, route

RUNNER_TYPES = ["instance_type", "group_type", "project_type"]
ACCESS_LEVELS = ["not_protected", "ref_protected"]
STATUSES = ["active", "paused", "online", "offline", "never_contacted", "stale"]  # ..._INCL_DEPRECATED
AVAILABLE_SCOPES = RUNNER_TYPES + ["specific", "shared"] + STATUSES  # Ci::Runner::AVAILABLE_SCOPES
ONLINE_CONTACT_TIMEOUT = datetime.timedelta(hours=2)
STALE_TIMEOUT = datetime.timedelta(days=7)
MAINTENANCE_NOTE_MAX = 1024
READ_SCOPES = ("api", "read_api")
# `allow_access_with_scope :manage_runner` for requests to /runners/:id
RUNNER_READ_SCOPES = READ_SCOPES + ("manage_runner",)
RUNNER_WRITE_SCOPES = ("api", "manage_runner")


# -- the model -------------------------------------------------------------------------------------------------
def online(runner):
    return runner.contacted_at is not None and runner.contacted_at > now() - ONLINE_CONTACT_TIMEOUT


def stale(runner):
    return (runner.contacted_at or runner.created_at) < now() - STALE_TIMEOUT


def rest_status(runner):
    """`deprecated_rest_status`: stale, never_contacted, then online/offline for active runners, else paused."""
    if stale(runner):
        return "stale"
    if runner.contacted_at is None:
        return "never_contacted"
    if runner.active:
        return "online" if online(runner) else "offline"
    return "paused"


def _in_scope(runner, scope):
    """The scopes `filter_runners` sends to the model (the deprecated `specific`/`shared` included)."""
    if scope in RUNNER_TYPES:
        return runner.runner_type == scope
    checks = {
        "specific": lambda r: r.runner_type != "instance_type", "shared": lambda r: r.runner_type == "instance_type",
        "active": lambda r: r.active, "paused": lambda r: not r.active, "online": online,
        "offline": lambda r: r.contacted_at is not None and not online(r) and not stale(r),
        "never_contacted": lambda r: r.contacted_at is None, "stale": stale,
    }
    return checks[scope](runner)


def validate_runner(runner):
    """Ci::Runner validations a client can trip."""
    problems = ModelErrors()
    if not runner.run_untagged and not runner.tag_list:
        problems.add("tags_list", "can not be empty when runner is not allowed to pick untagged jobs")
    if runner.maintenance_note and len(runner.maintenance_note) > MAINTENANCE_NOTE_MAX:
        problems.add("maintenance_note", "is too long (maximum is %d characters)" % MAINTENANCE_NOTE_MAX)
    return problems


def new_token():
    return "glrt-" + secrets.token_urlsafe(15)  # 20 characters after the created-runner prefix


# -- permissions (app/policies/ci/runner_policy.rb, `User#ci_owned_runners`) ----------------------------------
def owns(call, runner):
    """Group runners of groups the user owns (or of their ancestors), project runners of projects the user
    maintains."""
    state, user = call.state, call.user
    if runner.runner_type == "group_type":
        return any(namespace_model.group_access(state, user, state.groups[group_id]) >= OWNER
                   for group_id in runner.group_ids if group_id in state.groups)
    if runner.runner_type == "project_type":
        return any(namespace_model.project_access(state, user, state.projects[project_id]) >= MAINTAINER
                   for project_id in runner.project_ids if project_id in state.projects)
    return False


def _runner_or_404(call, raw_id):
    """`Ci::Runner.find`: ActiveRecord's 404 "Not found"."""
    runner_id = declared(call, Param("id", int, required=True), path={"id": raw_id})["id"]
    runner = call.state.runners.get(runner_id)
    if runner is None:
        raise errors.record_not_found()
    return runner


def _may_update(call, runner):
    """`authenticate_update_runner!`."""
    if not (call.is_admin or owns(call, runner)):
        raise errors.forbidden("No access granted")


# -- entities --------------------------------------------------------------------------------------------------
def runner_entity(runner, call):
    """Entities::Ci::Runner. `created_by`, `created_at` and `job_execution_status` are in the newest entity and
    not in the 16.x/17.x ones read; the 18.0 cut-off is approximate."""
    newest = version_at_least(call, 18)
    data = {"id": runner.id, "description": runner.description, "ip_address": None, "active": runner.active,
            "paused": not runner.active, "is_shared": runner.runner_type == "instance_type",
            "runner_type": runner.runner_type, "name": None, "online": online(runner)}
    creator = call.state.user_by_id(runner.creator_id) if runner.creator_id else None
    if newest and creator is not None:
        data["created_by"] = entities.user_basic(creator, call)
    if newest:
        data["created_at"] = iso(runner.created_at)
    data["status"] = rest_status(runner)
    if newest:
        data["job_execution_status"] = "idle"  # the simulator runs no jobs
    return data


def runner_details(runner, call):
    """Entities::Ci::RunnerDetails: the maintenance note only for those who may update the runner; the groups
    the viewer may see. Before 18.0 the runner's projects were always listed (newest: only on request)."""
    data = runner_entity(runner, call)
    data.update({"tag_list": list(runner.tag_list), "run_untagged": runner.run_untagged, "locked": runner.locked,
                 "maximum_timeout": runner.maximum_timeout, "access_level": runner.access_level,
                 "version": None, "revision": None, "platform": None, "architecture": None,
                 "contacted_at": iso(runner.contacted_at),
                 "maintenance_note": runner.maintenance_note if (call.is_admin or owns(call, runner)) else None})
    state = call.state
    if not version_at_least(call, 18):
        data["projects"] = [namespace_model.project_entity(state.projects[pid], call) for pid in runner.project_ids
                            if pid in state.projects and (call.is_admin or namespace_model.project_access(
                                state, call.user, state.projects[pid]) > 0)]
    data["groups"] = [{"id": group.id, "web_url": "%s/groups/%s" % (call.external_url, group.full_path),
                       "name": group.name}
                      for group in (state.groups.get(gid) for gid in runner.group_ids)
                      if group is not None and (call.is_admin or namespace_model.group_access(state, call.user, group))]
    return data


# -- POST /user/runners ----------------------------------------------------------------------------------------
def _create_params(call):
    """Grape's declaration; a missing runner_type also fails its `values` (the `given` blocks evaluate it), as
    spec/requests/api/user_runners_spec.rb expects."""
    runner_type = call.params.get("runner_type")
    items = [Param("runner_type", required=True, values=RUNNER_TYPES)]
    if runner_type == "group_type":
        items.append(Param("group_id", int, required=True))
    if runner_type == "project_type":
        items.append(Param("project_id", int, required=True))
    items += [Param("description"), Param("maintenance_note"), Param("paused", bool),
              Param("locked", bool), Param("access_level", values=ACCESS_LEVELS),
              Param("run_untagged", bool), Param("tag_list", "str_list"),
              Param("maximum_timeout", int)]
    try:
        return declared(call, *items)
    except ApiError as exc:
        message = exc.body.get("error", "")
        if message.startswith("runner_type is missing"):
            exc.body["error"] = message.replace("runner_type is missing",
                                                "runner_type is missing, runner_type does not have a valid value", 1)
        raise


@route("POST", "/user/runners", write_scopes=("api", "create_runner"))
def create_user_runner(call):
    """Ci::Runners::CreateRunnerService: the scope must exist (400 "Missing/invalid group|project"), the user must
    be an administrator (instance), a group owner (group) or a project maintainer (project), else 403
    "Insufficient permissions"; model errors are 400 with the full messages as a sentence."""
    if not version_at_least(call, 15, 10):
        raise errors.route_not_found()
    user = call.authenticate()
    values = _create_params(call)
    kind, state = values["runner_type"], call.state
    runner = Runner(runner_type=kind, creator_id=user.id, description=values.get("description") or "",
                    active=not values.get("paused", False), locked=bool(values.get("locked", False)),
                    run_untagged=values.get("run_untagged") is not False,
                    tag_list=values.get("tag_list") or [], access_level=values.get("access_level") or "not_protected",
                    maximum_timeout=values.get("maximum_timeout"), maintenance_note=values.get("maintenance_note"))
    if kind == "group_type":
        group = state.groups.get(values["group_id"])  # `Group.find_by_id`: no visibility check
        if group is None:
            raise errors.bad_request("Missing/invalid group")
        allowed = namespace_model.group_access(state, user, group) >= OWNER
        runner.group_ids = [group.id]
    elif kind == "project_type":
        project = state.projects.get(values["project_id"])
        if project is None:
            raise errors.bad_request("Missing/invalid project")
        allowed = namespace_model.project_access(state, user, project) >= MAINTAINER
        runner.project_ids = [project.id]
    else:
        allowed = False
    if not (user.is_admin or allowed):
        raise errors.forbidden("Insufficient permissions")
    problems = validate_runner(runner)
    if problems:
        raise errors.bad_request(to_sentence(problems.full_messages()))
    runner.id = state.next_id("runner")
    runner.token = new_token()
    runner.updated_at = runner.created_at
    state.runners[runner.id] = runner
    return Reply({"id": runner.id, "token": runner.token, "token_expires_at": iso(runner.token_expires_at)},
                 status=201)


# -- listings --------------------------------------------------------------------------------------------------
def _filtered(call, runners, with_scope, allowed_scopes=None):
    """`filter_params` (type, paused, status, tag_list, version_prefix) and, where declared, the deprecated
    `scope`; runners in id order."""
    items = []
    if with_scope:
        items.append(Param("scope", values=AVAILABLE_SCOPES))
    items += [Param("type", values=RUNNER_TYPES), Param("paused", bool), Param("status", values=STATUSES),
              Param("tag_list", "str_list"), Param("version_prefix"), Param("page", int, default=1),
              Param("per_page", int, default=20, except_values=[0])]
    values = declared(call, *items)
    scope = values.get("scope")
    if scope:
        if allowed_scopes is not None and scope not in allowed_scopes:
            raise errors.api_error("Scope contains invalid value", 400)
        runners = [r for r in runners if _in_scope(r, scope)]
    for name in ("type", "status"):
        if values.get(name):
            runners = [r for r in runners if _in_scope(r, values[name])]
    if "paused" in values and values["paused"] is not None:
        runners = [r for r in runners if r.active != values["paused"]]
    if values.get("version_prefix"):
        runners = []  # no runner has reported a version
    if values.get("tag_list"):
        runners = [r for r in runners if set(values["tag_list"]) <= set(r.tag_list)]
    return paginate(call, sorted(runners, key=lambda r: r.id), lambda r: runner_entity(r, call))


@route("GET", "/runners", read_scopes=READ_SCOPES)
def list_owned_runners(call):
    """`current_user.ci_owned_runners`; `scope` may only be a status here."""
    call.authenticate()
    runners = [r for r in call.state.runners.values() if owns(call, r)]
    return _filtered(call, runners, with_scope=True, allowed_scopes=STATUSES)


@route("GET", "/runners/all", read_scopes=READ_SCOPES)
def list_all_runners(call):
    call.authenticated_as_admin()
    return _filtered(call, list(call.state.runners.values()), with_scope=True)


@route("GET", "/groups/<path:id>/runners", read_scopes=READ_SCOPES)
def list_group_runners(call, id):  # pylint: disable=redefined-builtin
    """`Ci::Runner.group_or_instance_wide`: the group's and its ancestors' runners and the instance runners;
    `authorize! :read_group_runners` (maintainers and owners)."""
    call.authenticate()
    group = namespace_model.find_group(call, id)
    if not (call.is_admin or namespace_model.group_access(call.state, call.user, group) >= MAINTAINER):
        raise errors.forbidden()
    chain = {g.id for g in namespace_model.ancestors_and_self(call.state, group)}
    runners = [r for r in call.state.runners.values()
               if r.runner_type == "instance_type" or (r.runner_type == "group_type" and chain & set(r.group_ids))]
    return _filtered(call, runners, with_scope=False)


@route("GET", "/projects/<path:id>/runners", read_scopes=READ_SCOPES)
def list_project_runners(call, id):  # pylint: disable=redefined-builtin
    """`Ci::Runner.owned_or_instance_wide`: the project's runners, its groups' runners and the instance runners;
    `authorize! :read_project_runners` (maintainers)."""
    call.authenticate()
    state = call.state
    project = namespace_model.find_project(call, id)
    if not (call.is_admin or namespace_model.project_access(state, call.user, project) >= MAINTAINER):
        raise errors.forbidden()
    chain = set()
    if project.group_id in state.groups:
        chain = {g.id for g in namespace_model.ancestors_and_self(state, state.groups[project.group_id])}
    runners = [r for r in state.runners.values()
               if r.runner_type == "instance_type" or (r.runner_type == "group_type" and chain & set(r.group_ids))
               or (r.runner_type == "project_type" and project.id in r.project_ids)]
    return _filtered(call, runners, with_scope=True)


# -- one runner ------------------------------------------------------------------------------------------------
@route("GET", "/runners/<str:id>", read_scopes=RUNNER_READ_SCOPES)
def get_runner(call, id):  # pylint: disable=redefined-builtin
    """`authenticate_show_runner!`: instance runners for every signed-in user, others for their owners."""
    call.authenticate()
    runner = _runner_or_404(call, id)
    if not (runner.runner_type == "instance_type" or call.is_admin or owns(call, runner)):
        raise errors.forbidden("No access granted")
    return runner_details(runner, call)


@route("PUT", "/runners/<str:id>", write_scopes=RUNNER_WRITE_SCOPES)
def update_runner(call, id):  # pylint: disable=redefined-builtin
    """Ci::Runners::UpdateRunnerService; a model error is `render_validation_error!` (400 {"message": {..}})."""
    call.authenticate()
    updatable = ("description", "active", "paused", "tag_list", "run_untagged", "locked", "access_level",
                 "maximum_timeout", "maintenance_note")
    values = declared(call, Param("id", int, required=True), Param("description"), Param("active", bool),
                      Param("paused", bool), Param("tag_list", "str_list"), Param("run_untagged", bool),
                      Param("locked", bool), Param("access_level", values=ACCESS_LEVELS), Param("maximum_timeout", int),
                      Param("maintenance_note"), AtLeastOneOf(*updatable), MutuallyExclusive("active", "paused"),
                      path={"id": id})
    runner = _runner_or_404(call, id)
    _may_update(call, runner)
    if "paused" in values:
        values["active"] = not values.pop("paused")
    before = dict(vars(runner))
    for name in updatable:
        if name in values:
            setattr(runner, name, values[name] if name != "tag_list" else (values[name] or []))
    problems = validate_runner(runner)
    if problems:
        vars(runner).update(before)
        problems.raise_validation_error()
    runner.updated_at = now()
    return runner_details(runner, call)


@route("DELETE", "/runners/<str:id>", write_scopes=RUNNER_WRITE_SCOPES)
def delete_runner(call, id):  # pylint: disable=redefined-builtin
    """`authenticate_delete_runner!`: a project runner assigned to several projects only by an administrator."""
    call.authenticate()
    runner = _runner_or_404(call, id)
    if not call.is_admin:
        if len(runner.project_ids) > 1:
            raise errors.forbidden("Runner associated with more than one project")
        if not owns(call, runner):
            raise errors.forbidden("No access granted")
    check_unmodified_since(call, runner.updated_at)
    del call.state.runners[runner.id]


@route("POST", "/runners/<str:id>/reset_authentication_token", write_scopes=RUNNER_WRITE_SCOPES)
def reset_runner_token(call, id):  # pylint: disable=redefined-builtin
    """Entities::Ci::ResetTokenResult of `token_with_expiration` (a runner token is expirable: the key is there,
    null without an expiry policy)."""
    call.authenticate()
    runner = _runner_or_404(call, id)
    _may_update(call, runner)
    runner.token = new_token()
    return {"token": runner.token, "token_expires_at": iso(runner.token_expires_at)}
