"""GET /user_counts (lib/api/user_counts.rb, lib/api/entities/user_counts.rb): the counts of the top bar for
the current user (after sudo). The simulator has no issues, merge requests or to-dos: the counts are seeded
through POST /-/sim/user_counts/<user> and are 0 otherwise."""
from __future__ import annotations

from gitlab_sim import errors
from gitlab_sim.routing import route

FIELDS = ("merge_requests", "assigned_issues", "assigned_merge_requests", "review_requested_merge_requests",
          "todos")


@route("GET", "/user_counts", read_scopes=("api", "read_api"))
def user_counts(call):
    """`unauthorized! unless current_user`. `merge_requests` (deprecated) is the assigned open merge requests;
    `assigned_merge_requests` is `all_assigned_merge_requests_count`, which the seed may set apart."""
    if call.user is None:
        raise errors.unauthorized()
    counts = call.state.user_counts.get(call.user.id, {})
    data = {name: int(counts.get(name, 0)) for name in FIELDS}
    if "assigned_merge_requests" not in counts:
        data["assigned_merge_requests"] = data["merge_requests"]
    return data
