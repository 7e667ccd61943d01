"""GET and PUT /user/preferences (lib/api/users.rb, lib/api/entities/user_preferences.rb,
app/services/user_preferences/update_service.rb). The preferences row is made on first use, as
`User#user_preference` builds it."""
from __future__ import annotations

from gitlab_sim import errors
from gitlab_sim.entities import version_at_least
from gitlab_sim.params import AtLeastOneOf, Param, declared
from gitlab_sim.records import UserPreference
from gitlab_sim.routing import route


def _preference(call, user):
    preference = call.state.preferences.get(user.id)
    if preference is None:
        preference = call.state.preferences[user.id] = UserPreference(
            id=call.state.next_id("user_preference"), user_id=user.id)
    return preference


def _settable(call):
    """The preferences PUT declares: view_diffs_file_by_file (13.10), show_whitespace_in_diffs (14.0),
    pass_user_identities_to_ci_jwt (16.0: the column came with 15.11's migration, the API parameter and the
    entity field with the 16.x API; before 16.0 the simulator leaves it out)."""
    names = ["view_diffs_file_by_file", "show_whitespace_in_diffs"]
    if version_at_least(call, 16):
        names.append("pass_user_identities_to_ci_jwt")
    return names


def render(call, user):
    """Entities::UserPreferences: id, user_id and the settable preferences, in that order."""
    preference = _preference(call, user)
    data = {"id": preference.id, "user_id": user.id, "view_diffs_file_by_file": user.view_diffs_file_by_file}
    for name in _settable(call)[1:]:
        data[name] = getattr(preference, name)
    return data


@route("GET", "/user/preferences")
def get_preferences(call):
    """14.0+; the sudoed user's preferences under sudo (`current_user`)."""
    return render(call, call.authenticate())


@route("PUT", "/user/preferences")
def update_preferences(call):
    """At least one known preference (Grape's at_least_one_of: 400 listing them); a value that is not a
    Boolean is "<name> is invalid". Unknown parameters are dropped, as Grape does."""
    user = call.authenticate()
    names = _settable(call)
    values = declared(call, *[Param(name, bool) for name in names], AtLeastOneOf(*names))
    if any(value is None for value in values.values()):
        # An empty value is nil after coercion: the preference columns refuse NULL, the service fails and the
        # endpoint answers `bad_request!` without a reason.
        raise errors.api_error("400 Bad request", 400)
    preference = _preference(call, user)
    for name, value in values.items():
        if name == "view_diffs_file_by_file":
            user.view_diffs_file_by_file = value
        else:
            setattr(preference, name, value)
    return render(call, user)
