"""GET /groups/:id and GET /projects/:id, the least of lib/api/groups.rb and lib/api/projects.rb: a group or
project found by id or URL-encoded full path, with the part of its entity the simulator models. Groups and
projects are made through the control endpoints (POST /-/sim/groups, /-/sim/projects).

This family comes after those with longer /groups/:id/... and /projects/:id/... routes (api.FAMILIES)."""
from __future__ import annotations

from gitlab_sim.api import namespace_model
from gitlab_sim.routing import route

READ_SCOPES = ("api", "read_api")


@route("GET", "/groups/<path:id>", read_scopes=READ_SCOPES)
def get_group(call, id):  # pylint: disable=redefined-builtin
    """Public groups need no token; others 404 "Group Not Found" unless the caller may read them."""
    return namespace_model.group_entity(namespace_model.find_group(call, id), call)


@route("GET", "/projects/<path:id>", read_scopes=READ_SCOPES)
def get_project(call, id):  # pylint: disable=redefined-builtin
    return namespace_model.project_entity(namespace_model.find_project(call, id), call)
