"""/users/:id/custom_attributes (lib/api/custom_attributes_endpoints.rb).
The user is looked up first (404 "404 Not Found"), then `authorize!` (403 for everyone but admins,
including anonymous GETs); writes by anonymous callers stop earlier at authenticate_non_get! (401)."""
from __future__ import annotations

from gitlab_sim import entities, errors
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import no_content, route


def _resource(call, user_id):
    """`find_resource('find_user', id)` then `authorize! :read/update_custom_attribute`."""
    user = call.state.user_by_id(user_id)
    if user is None:
        raise errors.not_found()
    if not call.is_admin:
        raise errors.forbidden()
    return user


@route("GET", "/users/<int:id>/custom_attributes")
def list_custom_attributes(call, id):
    user = _resource(call, id)
    return [entities.custom_attribute(k, v) for k, v in user.custom_attributes.items()]


@route("GET", "/users/<int:id>/custom_attributes/<str:key>")
def get_custom_attribute(call, id, key):
    user = _resource(call, id)
    if key not in user.custom_attributes:
        raise errors.record_not_found()  # find_by! -> ActiveRecord::RecordNotFound
    return entities.custom_attribute(key, user.custom_attributes[key])


@route("PUT", "/users/<int:id>/custom_attributes/<str:key>")
def set_custom_attribute(call, id, key):
    call.authenticate_non_get()
    values = declared(call, Param("value", required=True))
    user = _resource(call, id)
    if not values["value"].strip():
        raise errors.api_error("Value can't be blank", 400)  # CustomAttributes::UpsertService error
    user.custom_attributes[key] = values["value"]  # upsert: an existing key keeps its position
    return entities.custom_attribute(key, values["value"])


@route("DELETE", "/users/<int:id>/custom_attributes/<str:key>")
def delete_custom_attribute(call, id, key):
    call.authenticate_non_get()
    user = _resource(call, id)
    if user.custom_attributes.pop(key, None) is None:
        raise errors.not_found("Custom attribute")
    return no_content()
