"""GitLab's request specs for /user/preferences (spec/requests/api/users_preferences_spec.rb, and the
"GET /user/preferences" examples of spec/requests/api/users_spec.rb) and spec/requests/api/user_counts_spec.rb
(gitlabhq/gitlabhq, newest), ported example by example, with sudo as for the other /user endpoints."""
from __future__ import annotations

import pytest


class Person:
    def __init__(self, site):
        site.reset()
        self.site = site
        self.user = site.create_user("user.withdot")
        self.token = site.token_for("user.withdot")

    def api(self, method, path, token=None, **kwargs):
        return self.site.api(method, path, token=self.token if token is None else token, **kwargs)


@pytest.fixture
def person(site):
    return Person(site)


# -- /user/preferences ------------------------------------------------------------------------------------------
def test_get_preferences_anonymous(person):
    """users_spec.rb: GET /user/preferences > when unauthenticated > returns authentication error"""
    response = person.api("GET", "/user/preferences", token=False)
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})


def test_get_preferences(person):
    """users_spec.rb: GET /user/preferences > when authenticated > returns user preferences"""
    person.api("PUT", "/user/preferences", data={"view_diffs_file_by_file": "false",
                                                 "show_whitespace_in_diffs": "true"})
    response = person.api("GET", "/user/preferences")
    assert response.status_code == 200
    body = response.json()
    assert list(body) == ["id", "user_id", "view_diffs_file_by_file", "show_whitespace_in_diffs",
                          "pass_user_identities_to_ci_jwt"]
    assert (body["user_id"], body["view_diffs_file_by_file"], body["show_whitespace_in_diffs"]) == (
        person.user["id"], False, True)


def test_put_preferences(person):
    """users_preferences_spec.rb: PUT /user/preferences/ > with correct attributes and a logged in user >
        returns a success status and the value has been changed"""
    response = person.api("PUT", "/user/preferences", data={"view_diffs_file_by_file": "true",
                                                            "show_whitespace_in_diffs": "true"})
    assert response.status_code == 200
    assert (response.json()["view_diffs_file_by_file"], response.json()["show_whitespace_in_diffs"]) == (True, True)
    again = person.api("GET", "/user/preferences").json()
    assert (again["view_diffs_file_by_file"], again["show_whitespace_in_diffs"]) == (True, True)
    # the user's own attribute, which PUT /users/:id also sets
    assert person.site.api("PUT", "/users/%d" % person.user["id"],
                           data={"view_diffs_file_by_file": "false"}).status_code == 200
    identities = person.api("PUT", "/user/preferences", json={"pass_user_identities_to_ci_jwt": True}).json()
    assert (identities["view_diffs_file_by_file"], identities["pass_user_identities_to_ci_jwt"]) == (False, True)


def test_put_without_a_preference(person):
    """users_preferences_spec.rb: PUT /user/preferences/ > missing a preference > returns a bad request status
    users_preferences_spec.rb: PUT /user/preferences/ > with an unsupported preference > returns a bad parameter"""
    message = {"error": "view_diffs_file_by_file, show_whitespace_in_diffs, pass_user_identities_to_ci_jwt are "
                        "missing, at least one parameter must be provided"}
    for params in ({}, {"jawn": "true"}):
        response = person.api("PUT", "/user/preferences", data=params)
        assert (response.status_code, response.json()) == (400, message)


def test_put_anonymous(person):
    """users_preferences_spec.rb: PUT /user/preferences/ > without a logged in user > returns an unauthorized status"""
    response = person.api("PUT", "/user/preferences", token=False, data={"view_diffs_file_by_file": "true"})
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})


def test_put_unsupported_value(person):
    """users_preferences_spec.rb: PUT /user/preferences/ > with an unsupported value > returns a bad parameter"""
    response = person.api("PUT", "/user/preferences", data={"view_diffs_file_by_file": 3})
    assert (response.status_code, response.json()) == (400, {"error": "view_diffs_file_by_file is invalid"})


def test_put_blank_value(person):
    """A blank value is nil after coercion: the update fails and the endpoint answers `bad_request!` (the
    spec's "with an update service failure" stubs the service; this is a real failure)."""
    response = person.api("PUT", "/user/preferences", data={"show_whitespace_in_diffs": ""})
    assert (response.status_code, response.json()) == (400, {"message": "400 Bad request"})


def test_preferences_sudo_and_scopes(person):
    """Sudo reads and writes the sudoed user's preferences; read_user tokens may read (API::Users), not write;
    before 16.0 pass_user_identities_to_ci_jwt is neither shown nor accepted."""
    response = person.site.api("PUT", "/user/preferences", headers={"Sudo": "user.withdot"},
                               data={"show_whitespace_in_diffs": "false"})
    assert response.status_code == 200 and response.json()["user_id"] == person.user["id"]
    assert person.api("GET", "/user/preferences").json()["show_whitespace_in_diffs"] is False
    assert person.site.api("GET", "/user/preferences").json()["show_whitespace_in_diffs"] is True  # root's own
    reader = person.site.token_for("user.withdot", scopes=["read_user"])
    assert person.api("GET", "/user/preferences", token=reader).status_code == 200
    assert person.api("PUT", "/user/preferences", token=reader,
                      data={"view_diffs_file_by_file": "true"}).json()["error"] == "insufficient_scope"
    person.site.settings(version="15.11.0")
    try:
        old = person.api("GET", "/user/preferences").json()
        assert "pass_user_identities_to_ci_jwt" not in old
        ignored = person.api("PUT", "/user/preferences", data={"pass_user_identities_to_ci_jwt": "true"})
        assert ignored.json() == {"error": "view_diffs_file_by_file, show_whitespace_in_diffs are missing, at "
                                           "least one parameter must be provided"}
    finally:
        person.site.settings(version="17.8.1")


# -- /user_counts -----------------------------------------------------------------------------------------------
def test_counts_anonymous(person):
    """user_counts_spec.rb: GET /user_counts > when unauthenticated > returns authentication error"""
    response = person.api("GET", "/user_counts", token=False)
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})


def test_counts(person):
    """user_counts_spec.rb: GET /user_counts > when authenticated > returns assigned issue counts for current_user
    user_counts_spec.rb: GET /user_counts > when authenticated > returns assigned MR counts for current user
    user_counts_spec.rb: GET /user_counts > when authenticated > updates the mr count when a new mr is assigned
    user_counts_spec.rb: GET /user_counts > when authenticated > returns pending todo counts for current_user"""
    person.site._control("POST", "/user_counts/user.withdot",
                         json={"assigned_issues": 1, "merge_requests": 1, "todos": 1})
    response = person.api("GET", "/user_counts")
    assert response.status_code == 200
    assert response.json() == {"merge_requests": 1, "assigned_issues": 1, "assigned_merge_requests": 1,
                               "review_requested_merge_requests": 0, "todos": 1}
    person.site._control("POST", "/user_counts/user.withdot",
                         json={"assigned_issues": 1, "merge_requests": 2, "todos": 1})
    assert person.api("GET", "/user_counts").json()["merge_requests"] == 2


def test_counts_sudo_and_scopes(person):
    """The counts are the current user's, the sudoed one under sudo; API::UserCounts does not take read_user."""
    person.site._control("POST", "/user_counts/user.withdot", json={"todos": 7, "review_requested_merge_requests": 3,
                                                                    "assigned_merge_requests": 4})
    sudo = person.site.api("GET", "/user_counts", headers={"Sudo": str(person.user["id"])}).json()
    assert (sudo["todos"], sudo["review_requested_merge_requests"], sudo["assigned_merge_requests"]) == (7, 3, 4)
    assert person.site.api("GET", "/user_counts").json()["todos"] == 0
    reader = person.site.token_for("user.withdot", scopes=["read_user"])
    refused = person.api("GET", "/user_counts", token=reader)
    assert refused.status_code == 403 and refused.json()["scope"] == "api read_api"
    assert person.api("GET", "/user_counts",
                      token=person.site.token_for("user.withdot", scopes=["read_api"])).status_code == 200
