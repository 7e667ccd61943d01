"""GET /users/:user_id/memberships (admin only; lib/api/users.rb, lib/api/entities/membership.rb). The
simulator has no groups or projects: memberships are rows seeded with `POST /-/sim/users/<user>/memberships`."""
from __future__ import annotations

from gitlab_sim.api.resources import find_user_or_404, paginate_by_id
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import route

SOURCE_TYPES = ["Project", "Namespace"]


def membership(record, call):  # pylint: disable=unused-argument
    return {"source_id": record.source_id, "source_name": record.source_name, "source_type": record.source_type,
            "access_level": record.access_level}


@route("GET", "/users/<int:user_id>/memberships")
def list_memberships(call, user_id):
    """Grape validates `type` first (400), then `authenticated_as_admin!`, then `find_user_by_id` (404)."""
    values = declared(call, Param("user_id", int, required=True), Param("type", values=SOURCE_TYPES),
                      Param("page", int, default=1), Param("per_page", int, default=20, except_values=[0]),
                      path={"user_id": user_id})
    call.authenticated_as_admin()
    user = find_user_or_404(call, values["user_id"])
    rows = call.state.owned("memberships", user.id)
    if values.get("type"):
        rows = [row for row in rows if row.source_type == values["type"]]
    return paginate_by_id(call, rows, lambda row: membership(row, call))
