"""Control endpoints for the records GitLab makes through APIs the simulator does not serve: groups, projects
and their members, the counts of GET /user_counts, and runner contact times. See "Control endpoints" in the
README."""
from __future__ import annotations

import re

from gitlab_sim.control import ControlError, _body, _json, _parse_moment
from gitlab_sim.records import Group, Project, iso

PATH_RE = re.compile(r"\A[a-zA-Z0-9_][a-zA-Z0-9_\-.]*\Z")
VISIBILITIES = ("private", "internal", "public")
COUNT_FIELDS = ("merge_requests", "assigned_issues", "assigned_merge_requests", "review_requested_merge_requests",
                "todos")


def _object(request, allowed):
    spec = _body(request) or {}
    if not isinstance(spec, dict) or set(spec) - set(allowed):
        raise ControlError(400, "expected an object with %s" % ", ".join(allowed))
    if spec.get("visibility", "private") not in VISIBILITIES:
        raise ControlError(400, "visibility must be one of %s" % ", ".join(VISIBILITIES))
    return spec


def _path(spec):
    path = spec.get("path")
    if not isinstance(path, str) or not PATH_RE.match(path):
        raise ControlError(400, "path: letters, digits, '_', '-' and '.', not starting with '-' or '.'")
    return path


def _group_view(group):
    return {"id": group.id, "name": group.name, "path": group.path, "full_path": group.full_path,
            "parent_id": group.parent_id, "visibility": group.visibility,
            "members": {str(k): v for k, v in group.members.items()}, "created_at": iso(group.created_at)}


def _project_view(project):
    return {"id": project.id, "name": project.name, "path": project.path,
            "path_with_namespace": project.path_with_namespace, "group_id": project.group_id,
            "owner_id": project.owner_id, "visibility": project.visibility,
            "members": {str(k): v for k, v in project.members.items()}}


def _add_member(state, source, request):
    spec = _body(request) or {}
    if not isinstance(spec, dict) or "user" not in spec or set(spec) - {"user", "access_level"}:
        raise ControlError(400, 'expected {"user": <id or username>, "access_level": 10..50}')
    user = state.user_by_id_or_username(spec["user"])
    if user is None:
        raise ControlError(404, "no user %s" % spec["user"])
    level = spec.get("access_level", 30)
    if level not in (5, 10, 15, 20, 30, 40, 50):
        raise ControlError(400, "access_level is one of GitLab's: 5, 10, 15, 20, 30, 40, 50")
    source.members[user.id] = level


def _groups(sim, request, method, rest):
    """POST /-/sim/groups {"path", "name"?, "parent_id"?, "visibility"?, "description"?};
    POST /-/sim/groups/<id>/members {"user", "access_level"}."""
    state = sim.state
    with state.lock:
        if rest.endswith("/members") and method == "POST":
            group = state.groups.get(int(rest.split("/")[0])) if rest.split("/")[0].isdigit() else None
            if group is None:
                raise ControlError(404, "no group %s" % rest.split("/")[0])
            _add_member(state, group, request)
            return _json(_group_view(group), 201)
        if rest or method != "POST":
            raise ControlError(404, "unknown control endpoint %s %s" % (method, request.path))
        spec = _object(request, ("path", "name", "parent_id", "visibility", "description"))
        path = _path(spec)
        parent = state.groups.get(spec.get("parent_id")) if spec.get("parent_id") is not None else None
        if spec.get("parent_id") is not None and parent is None:
            raise ControlError(404, "no parent group %s" % spec["parent_id"])
        full_path = "%s/%s" % (parent.full_path, path) if parent else path
        taken = any(g.full_path.lower() == full_path.lower() for g in state.groups.values())
        if taken or (parent is None and state.user_by_username(path) is not None):
            raise ControlError(400, "the namespace path %s is taken" % full_path)
        group = Group(id=state.next_id("namespace"), name=spec.get("name") or path, path=path,
                      full_path=full_path, parent_id=parent.id if parent else None,
                      visibility=spec.get("visibility", "private"), description=spec.get("description") or "")
        state.groups[group.id] = group
        return _json(_group_view(group), 201)


def _projects(sim, request, method, rest):
    """POST /-/sim/projects {"path", "group_id" | "owner" (id or username), "name"?, "visibility"?};
    POST /-/sim/projects/<id>/members {"user", "access_level"}."""
    state = sim.state
    with state.lock:
        if rest.endswith("/members") and method == "POST":
            project = state.projects.get(int(rest.split("/")[0])) if rest.split("/")[0].isdigit() else None
            if project is None:
                raise ControlError(404, "no project %s" % rest.split("/")[0])
            _add_member(state, project, request)
            return _json(_project_view(project), 201)
        if rest or method != "POST":
            raise ControlError(404, "unknown control endpoint %s %s" % (method, request.path))
        spec = _object(request, ("path", "name", "group_id", "owner", "visibility", "description"))
        path = _path(spec)
        if ("group_id" in spec) == ("owner" in spec):
            raise ControlError(400, "give the project's namespace: group_id or owner")
        if "group_id" in spec:
            group = state.groups.get(spec["group_id"])
            if group is None:
                raise ControlError(404, "no group %s" % spec["group_id"])
            namespace_path, owner_id, group_id = group.full_path, None, group.id
        else:
            owner = state.user_by_id_or_username(spec["owner"])
            if owner is None:
                raise ControlError(404, "no user %s" % spec["owner"])
            namespace_path, owner_id, group_id = owner.username, owner.id, None
        full_path = "%s/%s" % (namespace_path, path)
        if any(p.path_with_namespace.lower() == full_path.lower() for p in state.projects.values()):
            raise ControlError(400, "the project path %s is taken" % full_path)
        project = Project(id=state.next_id("project"), name=spec.get("name") or path, path=path,
                          path_with_namespace=full_path, group_id=group_id, owner_id=owner_id,
                          visibility=spec.get("visibility", "private"), description=spec.get("description") or "")
        state.projects[project.id] = project
        return _json(_project_view(project), 201)


def _user_counts(sim, request, method, rest):
    """POST /-/sim/user_counts/<user> {"assigned_issues": N, ...}: replaces the user's counts."""
    if method != "POST":
        raise ControlError(405, "use POST")
    state = sim.state
    with state.lock:
        user = state.user_by_id_or_username(rest)
        if user is None:
            raise ControlError(404, "no user %s" % rest)
        counts = _body(request) or {}
        if not isinstance(counts, dict) or set(counts) - set(COUNT_FIELDS) or \
                not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in counts.values()):
            raise ControlError(400, "counts: non-negative integers for %s" % ", ".join(COUNT_FIELDS))
        state.user_counts[user.id] = dict(counts)
        return _json(dict(counts, user_id=user.id))


def _runners(sim, request, method, rest):
    """POST /-/sim/runners/<id> {"contacted_at", "created_at"}: ISO 8601, "now" or null (contacted_at)."""
    if method != "POST" or not rest.isdigit():
        raise ControlError(404, "unknown control endpoint %s %s" % (method, request.path))
    state = sim.state
    with state.lock:
        runner = state.runners.get(int(rest))
        if runner is None:
            raise ControlError(404, "no runner %s" % rest)
        fields = _body(request) or {}
        if not isinstance(fields, dict) or set(fields) - {"contacted_at", "created_at"}:
            raise ControlError(400, "runner fields: contacted_at, created_at")
        try:
            for key, value in fields.items():
                moment = _parse_moment(key, value)
                if key == "created_at" and moment is None:
                    raise ValueError(key)
                setattr(runner, key, moment)
        except (TypeError, ValueError):
            raise ControlError(400, "not an ISO 8601 date/time") from None
        return _json({"id": runner.id, "contacted_at": iso(runner.contacted_at), "created_at": iso(runner.created_at)})


NAMESPACE_ROUTES = [("/groups", _groups), ("/groups/", _groups), ("/projects", _projects),
                    ("/projects/", _projects), ("/user_counts/", _user_counts), ("/runners/", _runners)]
