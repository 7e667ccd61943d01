"""Every error body shape of lib/api/helpers.rb and Grape's validations, as the users API produces it."""
from __future__ import annotations

import pytest


def mint(sim, username, scopes=("api",)):
    return sim.token_for(username, scopes)


@pytest.fixture
def regular(sim, unique):
    user = sim.create_user(unique("plain"))
    return user, mint(sim, user["username"])


CASES = [
    # (description, method, path, kwargs, status, body)
    ("not_found!('User')", "GET", "/users/999999", {}, 404, {"message": "404 User Not Found"}),
    ("catch-all route", "GET", "/users/1ASDF", {}, 404, {"error": "404 Not Found"}),
    ("catch-all route", "GET", "/nothing/here", {}, 404, {"error": "404 Not Found"}),
    ("RecordNotFound", "GET", "/users/1/custom_attributes/none", {}, 404, {"message": "404 Not found"}),
    ("not_found! without resource", "GET", "/users/999999/custom_attributes", {}, 404, {"message": "404 Not Found"}),
    ("forbidden! with reason", "GET", "/users/1", {"token": False}, 403,
     {"message": "403 Forbidden - Not authorized!"}),
    ("unauthorized!", "GET", "/user", {"token": False}, 401, {"message": "401 Unauthorized"}),
    ("bad_request!", "PATCH", "/users/{me}/disable_two_factor", {}, 400,
     {"message": "400 Bad request - Two-factor authentication is not enabled for this user"}),
    ("conflict!", "POST", "/users", {"json": {"email": "admin@example.com", "name": "x", "username": "x_dup",
                                              "password": "Bq2-thunder-meadow"}}, 409,
     {"message": "Email has already been taken"}),
    ("render_validation_error!", "PUT", "/users/{me}", {"json": {"bio": "b" * 256}}, 400,
     {"message": {"bio": ["is too long (maximum is 255 characters)"]}}),
    ("Grape: is invalid", "GET", "/users", {"params": {"active": "maybe"}}, 400, {"error": "active is invalid"}),
    ("Grape: does not have a valid value", "GET", "/users", {"params": {"sort": "sideways"}}, 400,
     {"error": "sort does not have a valid value"}),
    ("Grape: has a value not allowed", "GET", "/users", {"params": {"per_page": 0}}, 400,
     {"error": "per_page has a value not allowed"}),
    ("Grape: is missing", "PUT", "/users/1/custom_attributes/k", {"json": {}}, 400, {"error": "value is missing"}),
    ("Grape: all or none", "GET", "/users", {"params": {"provider": "github"}}, 400,
     {"error": "extern_uid, provider provide all or none of parameters"}),
    ("405", "DELETE", "/users", {}, 405, {"error": "405 Not Allowed"}),
    ("keyset 405", "GET", "/users", {"params": {"pagination": "keyset", "search": "root"}}, 405,
     {"error": "Keyset pagination is not yet available for this type of request"}),
    ("undecodable cursor", "GET", "/users", {"params": {"pagination": "keyset", "cursor": "%%%"}}, 500,
     {"message": "500 Internal Server Error"}),
]


@pytest.mark.parametrize("description, method, path, kwargs, status, body", CASES, ids=[c[0] for c in CASES])
def test_error_shapes(sim, regular, description, method, path, kwargs, status, body):
    response = sim.api(method, path.format(me=regular[0]["id"]), **kwargs)
    assert (response.status_code, response.json()) == (status, body)
    assert response.headers["Content-Type"] == "application/json"


def test_parameter_errors_come_before_the_admin_check_and_after_authentication(sim, regular):
    response = sim.api("PUT", "/users/1", token=regular[1], json={"projects_limit": "many"})
    assert (response.status_code, response.json()) == (400, {"error": "projects_limit is invalid"})
    assert sim.api("PUT", "/users/1", token=False, json={"projects_limit": "many"}).status_code == 401


def test_messages_are_joined_in_declaration_order(sim):
    response = sim.api("GET", "/users", params={"active": "x", "provider": "p", "per_page": 0, "sort": "up"})
    assert response.json() == {"error": "active is invalid, extern_uid, provider provide all or none of parameters, "
                                        "sort does not have a valid value, per_page has a value not allowed"}


def test_malformed_json_body(sim):
    response = sim.api("POST", "/users", data="{nope", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
