"""GET /users/:id, GET /user, POST/PUT/DELETE /users and identities. A dedicated simulator, because some tests
change instance settings."""
from __future__ import annotations

import email.utils
import time
import uuid

import pytest


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
USER_KEYS = ["id", "username", "name", "state", "locked", "avatar_url", "web_url", "created_at", "bio", "location",
             "public_email", "skype", "linkedin", "twitter", "discord", "website_url", "organization", "job_title",
             "pronouns", "bot", "work_information", "followers", "following", "is_followed", "local_time"]
USER_PUBLIC_TAIL = ["last_sign_in_at", "confirmed_at", "last_activity_on", "email", "theme_id", "color_scheme_id",
                    "projects_limit", "current_sign_in_at", "identities", "can_create_group", "can_create_project",
                    "two_factor_enabled", "external", "private_profile", "commit_email", "preferred_language"]
ADMIN_TAIL = ["is_admin", "note", "namespace_id", "created_by", "email_reset_offered_at"]
DETAILS_TAIL = ["highest_role", "current_sign_in_ip", "last_sign_in_ip", "sign_in_count"]
PASSWORD = "Zq8-plum-orbit-77"
WEAK = "must not contain commonly used combinations of words and letters"
# Gitlab::Regex.oci_repository_path_regex_message (lib/gitlab/regex.rb)
OCI_MESSAGE = ("can only include non-accented letters, digits, '_', '-' and '.'. It must not start with '-', '_', or "
               "'.', nor end with '-', '_', '.', '.git', or '.atom'.")


def name():
    return "u%s" % uuid.uuid4().hex[:10]


def make(site, **fields):
    return site.create_user(fields.pop("username", name()), **fields)


def create(site, **body):
    body.setdefault("username", name())
    body.setdefault("name", "Some One")
    body.setdefault("email", "%s@example.org" % body["username"])
    body.setdefault("password", PASSWORD)
    return site.api("POST", "/users", json=body)


def wait_until(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


# -- GET /users/:id and GET /user ----------------------------------------------------------------
def test_get_user_entity_depends_on_the_caller(site):
    user = make(site)
    other = make(site)
    as_user = site.api("GET", "/users/%d" % user["id"], token=site.token_for(other["username"])).json()
    assert list(as_user) == USER_KEYS
    as_admin = site.api("GET", "/users/%d" % user["id"]).json()
    assert list(as_admin) == USER_KEYS + USER_PUBLIC_TAIL + ADMIN_TAIL + DETAILS_TAIL


def test_get_user_refuses_anonymous_and_reports_missing_users(site):
    response = site.api("GET", "/users/1", token=False)
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden - Not authorized!"})
    response = site.api("GET", "/users/999999")
    assert (response.status_code, response.json()) == (404, {"message": "404 User Not Found"})
    response = site.api("GET", "/users/ASDF")
    assert (response.status_code, response.json()) == (404, {"error": "404 Not Found"})


def test_private_and_unconfirmed_profiles_hide_profile_fields_from_other_users(site):
    viewer = site.token_for(make(site)["username"])
    private = make(site, private_profile=True)
    unconfirmed = create(site, skip_confirmation=False).json()
    for target in (private, unconfirmed):
        shown = site.api("GET", "/users/%d" % target["id"], token=viewer).json()
        assert not {"created_at", "followers", "following", "is_followed"} & set(shown)


def test_with_custom_attributes_on_get_user_is_admin_only(site):
    user = make(site)
    site.api("PUT", "/users/%d/custom_attributes/k" % user["id"], json={"value": "v"})
    shown = site.api("GET", "/users/%d" % user["id"], params={"with_custom_attributes": "true"}).json()
    assert shown["custom_attributes"] == [{"key": "k", "value": "v"}]
    viewer = site.token_for(make(site)["username"])
    shown = site.api("GET", "/users/%d" % user["id"], token=viewer, params={"with_custom_attributes": "true"}).json()
    assert "custom_attributes" not in shown


def test_current_user_entity(site):
    user = make(site)
    mine = site.api("GET", "/user", token=site.token_for(user["username"])).json()
    assert list(mine) == USER_KEYS + USER_PUBLIC_TAIL
    admin = site.api("GET", "/user").json()
    assert list(admin) == USER_KEYS + USER_PUBLIC_TAIL + ADMIN_TAIL
    response = site.api("GET", "/user", token=False)
    assert (response.status_code, response.json()) == (401, {"message": "401 Unauthorized"})


def test_get_by_id_is_rate_limited_for_non_admins(site):
    token = site.token_for(make(site)["username"])
    version = site.settings(users_get_by_id_limit=3)["version"]
    site.clock(at=1800000000)  # all in one 10-minute window
    try:
        statuses = [site.api("GET", "/users/1", token=token).status_code for dummy in range(4)]
        assert statuses == [200, 200, 200, 429]
        response = site.api("GET", "/users/1", token=token)
        assert response.json() == {"message": {"error": "This endpoint has been requested too many times. "
                                                        "Try again later."}}
        assert "Retry-After" not in response.headers  # not before 18.5
        site.settings(version="18.5.0")
        assert site.api("GET", "/users/1", token=token).headers["Retry-After"] == "600"
        assert site.api("GET", "/users/1").status_code == 200  # admins are never limited
    finally:
        site.settings(users_get_by_id_limit=300, version=version)
        site.release_clock()


# -- POST /users ---------------------------------------------------------------------------------
def test_create_returns_user_with_admin_and_normalises_the_email(site):
    username = name()
    response = create(site, username=username, email="  %s@Example.ORG " % username.upper(), skip_confirmation=True,
                      bio="hi", note="n", projects_limit=5, can_create_group=False, external=True)
    assert response.status_code == 201, response.text
    user = response.json()
    assert user["email"] == "%s@example.org" % username
    assert (user["bio"], user["note"], user["projects_limit"], user["can_create_group"], user["external"]) == (
        "hi", "n", 5, False, True)
    assert user["confirmed_at"] is not None and user["created_by"]["id"] == 1
    assert create(site, skip_confirmation=False).json()["confirmed_at"] is None


def test_create_requires_parameters_in_declaration_order(site):
    response = site.api("POST", "/users", json={"name": "x"})
    assert response.status_code == 400
    assert response.json() == {"error": "email is missing, password, reset_password, force_random_password are "
                                        "missing, at least one parameter must be provided, username is missing"}


def test_create_conflicts_email_before_username(site):
    existing = make(site)
    response = create(site, email=existing["email"].upper(), username=existing["username"].upper())
    assert (response.status_code, response.json()) == (409, {"message": "Email has already been taken"})
    response = create(site, username=existing["username"].upper())
    assert (response.status_code, response.json()) == (409, {"message": "Username has already been taken"})


def test_confirmed_secondary_email_conflicts_but_unconfirmed_only_fails_validation(site):
    owner = make(site)
    confirmed, unconfirmed = "c-%s@example.net" % name(), "u-%s@example.net" % name()
    with_secondary(site, owner["id"], confirmed, confirmed_at="now")
    with_secondary(site, owner["id"], unconfirmed, confirmed_at=None)
    response = create(site, email=confirmed)
    assert (response.status_code, response.json()) == (409, {"message": "Email has already been taken"})
    response = create(site, email=unconfirmed)
    assert (response.status_code, response.json()) == (400, {"message": {"email": ["has already been taken"]}})


def with_secondary(site, user_id, address, confirmed_at):
    """Secondary emails belong to the emails endpoints; the control endpoint adds one directly."""
    site._control("POST", "/users/%d/emails" % user_id, json={"email": address, "confirmed_at": confirmed_at})


@pytest.mark.parametrize("body, errors", [
    ({"password": "short"}, {"password": ["is too short (minimum is 8 characters)"]}),
    ({"password": "my-gitlab-secret"}, {"password": [WEAK]}),
    ({"password": "password"}, {"password": [WEAK]}),
    ({"bio": "x" * 256}, {"bio": ["is too long (maximum is 255 characters)"]}),
    ({"projects_limit": -1}, {"projects_limit": ["must be greater than or equal to 0"]}),
    ({"username": "admin"}, {"username": ["admin is a reserved name"]}),
    ({"username": "-dash"}, {"username": ["can contain only letters, digits, '_', '-' and '.'. Cannot start with "
                                          "'-' or end in '.', '.git' or '.atom'.", OCI_MESSAGE]}),
    ({"username": "page.json"}, {"username": ["ending with a reserved file extension is not allowed."]}),
    ({"email": "not-an-email"}, {"email": ["is invalid"]}),
    ({"theme_id": 50}, {"theme_id": ["50 is not a valid theme"]}),
    ({"color_scheme_id": 9}, {"color_scheme_id": ["9 is not a valid color scheme"]}),
    ({"discord": "abc"}, {"discord": ["must contain only a discord user ID."]}),
    ({"website_url": "ftp://x.org"}, {"website_url": ["is blocked: Only allowed schemes are http, https"]}),
    ({"public_email": "other@example.com"}, {"public_email": ["must be an email you have verified"]}),
    ({"name": ""}, {"name": ["can't be blank"]}),
    ({"reset_password": False, "password": None}, {"password": ["can't be blank"]}),
])
def test_create_validation_errors(site, body, errors):
    response = create(site, **body)
    assert (response.status_code, response.json()) == (400, {"message": errors})


def test_several_validation_errors_are_reported_together(site):
    response = create(site, password="short", bio="x" * 300, projects_limit=-5, username="-x")
    assert response.status_code == 400
    assert list(response.json()["message"]) == ["password", "bio", "projects_limit", "username"]


def test_create_with_random_password_and_private_profile_default(site):
    site.settings(user_defaults_to_private_profile=True)
    try:
        response = create(site, password=None, force_random_password=True, private_profile=None)
        assert response.status_code == 201, response.text
        assert response.json()["private_profile"] is True
    finally:
        site.settings(user_defaults_to_private_profile=False)
    internals = site._control("GET", "/users/%d" % response.json()["id"])
    assert internals["password_automatically_set"] is True


def test_create_with_identity_and_public_email_of_a_confirmed_primary(site):
    username = name()
    response = create(site, username=username, skip_confirmation=True, extern_uid="77", provider="github",
                      public_email="%s@example.org" % username, commit_email="_private")
    user = response.json()
    assert response.status_code == 201, response.text
    assert user["identities"] == [{"provider": "github", "extern_uid": "77"}]
    assert user["public_email"] == user["email"]
    host = site.url.split("://")[1].split(":")[0]
    assert user["commit_email"] == "%d-%s@users.noreply.%s" % (user["id"], username, host)


def test_create_with_avatar_upload(site):
    username = name()
    response = site.api("POST", "/users", files={"avatar": ("me.png", PNG, "image/png")}, data={
        "username": username, "name": "Pic", "email": "%s@example.org" % username, "password": PASSWORD})
    assert response.status_code == 201, response.text
    assert response.json()["avatar_url"].endswith("/uploads/-/system/user/avatar/%d/me.png" % response.json()["id"])
    response = site.api("POST", "/users", json={"username": name(), "name": "n", "email": "%s@x.org" % name(),
                                                "password": PASSWORD, "avatar": "not-a-file"})
    assert (response.status_code, response.json()) == (400, {"error": "avatar is invalid"})


def test_ee_only_fields_depend_on_the_edition(site):
    response = create(site, auditor="not-a-boolean", shared_runners_minutes_limit=5)
    assert response.status_code == 201 and "is_auditor" not in response.json()
    site.settings(edition="ee")
    try:
        response = create(site, auditor=True, shared_runners_minutes_limit=5)
        assert response.status_code == 201, response.text
        assert (response.json()["is_auditor"], response.json()["shared_runners_minutes_limit"]) == (True, 5)
        assert create(site, auditor="not-a-boolean").json() == {"error": "auditor is invalid"}
    finally:
        site.settings(edition="ce")


def test_non_admin_cannot_create_but_sees_param_errors_first(site):
    token = site.token_for(make(site)["username"])
    assert site.api("POST", "/users", token=token, json={}).status_code == 400
    response = site.api("POST", "/users", token=token, json={"email": "a@b.c", "name": "n", "username": name(),
                                                             "password": PASSWORD})
    assert (response.status_code, response.json()) == (403, {"message": "403 Forbidden"})
    assert site.api("POST", "/users", token=False, json={}).status_code == 401


# -- PUT /users/:id ------------------------------------------------------------------------------
def test_empty_update_changes_nothing(site):
    user = make(site)
    response = site.api("PUT", "/users/%d" % user["id"], json={})
    assert response.status_code == 200
    assert response.json() == site.api("GET", "/users", params={"username": user["username"]}).json()[0]
    assert site._control("GET", "/users/%d" % user["id"])["updated_at"] is not None


def test_update_fields_and_nulls(site):
    user = make(site, bio="old")
    response = site.api("PUT", "/users/%d" % user["id"], json={
        "bio": None, "private_profile": None, "name": "New <b>Name</b>", "location": "R&D <i>lab</i>",
        "projects_limit": 7, "pronouns": "they/them"})
    body = response.json()
    assert response.status_code == 200, response.text
    assert (body["bio"], body["private_profile"]) == ("", False)
    assert (body["name"], body["location"]) == ("New -Name-", "R&D lab")
    assert (body["projects_limit"], body["pronouns"]) == (7, "they/them")


def test_update_conflicts_and_validation(site):
    user, other = make(site), make(site)
    response = site.api("PUT", "/users/%d" % user["id"], json={"email": other["email"].upper()})
    assert (response.status_code, response.json()) == (409, {"message": "Email has already been taken"})
    response = site.api("PUT", "/users/%d" % user["id"], json={"username": other["username"].upper()})
    assert (response.status_code, response.json()) == (409, {"message": "Username has already been taken"})
    response = site.api("PUT", "/users/%d" % user["id"], json={"username": user["username"].upper()})
    assert response.status_code == 200 and response.json()["username"] == user["username"].upper()
    response = site.api("PUT", "/users/%d" % user["id"], json={"projects_limit": -1, "bio": "ok"})
    assert response.status_code == 400
    assert site.api("GET", "/users/%d" % user["id"]).json()["bio"] == ""  # a failed update stores nothing
    response = site.api("PUT", "/users/999999", json={})
    assert (response.status_code, response.json()) == (404, {"message": "404 User Not Found"})


def test_email_change_needs_reconfirmation_unless_skipped(site):
    user = make(site)
    new = "new-%s@example.org" % name()
    body = site.api("PUT", "/users/%d" % user["id"], json={"email": new}).json()
    assert body["email"] == user["email"]
    assert site._control("GET", "/users/%d" % user["id"])["unconfirmed_email"] == new
    body = site.api("PUT", "/users/%d" % user["id"], json={"email": new, "skip_reconfirmation": True}).json()
    assert body["email"] == new
    secondaries = site._control("GET", "/users/%d" % user["id"])["secondary_emails"]
    assert [s["email"] for s in secondaries] == [user["email"]]  # the old primary is kept, confirmed
    assert secondaries[0]["confirmed_at"] is not None


def test_email_change_to_a_confirmed_secondary_is_direct(site):
    user = make(site)
    address = "sec-%s@example.org" % name()
    site._control("POST", "/users/%d/emails" % user["id"], json={"email": address, "confirmed_at": "now"})
    body = site.api("PUT", "/users/%d" % user["id"], json={"email": address}).json()
    assert body["email"] == address


def test_admin_password_change_expires_the_password(site):
    user = make(site)
    token = site.token_for(user["username"])
    assert site.api("GET", "/user", token=token).status_code == 200
    response = site.api("PUT", "/users/%d" % user["id"], json={"password": "Another-long-pass-93"})
    assert response.status_code == 200
    assert site._control("GET", "/users/%d" % user["id"])["password_expires_at"] is not None
    response = site.api("GET", "/user", token=token)
    message = ("403 Forbidden - Your password expired. Please access GitLab from a web browser to update your "
               "password.")
    assert (response.status_code, response.json()) == (403, {"message": message})


def test_update_identity_is_an_upsert_by_provider(site):
    user = make(site)
    url = "/users/%d" % user["id"]
    site.api("PUT", url, json={"provider": "github", "extern_uid": "1"})
    body = site.api("PUT", url, json={"provider": "github", "extern_uid": "2"}).json()
    assert body["identities"] == [{"provider": "github", "extern_uid": "2"}]
    response = site.api("PUT", url, json={"provider": "github"})
    assert response.json() == {"error": "extern_uid, provider provide all or none of parameters"}


# -- DELETE ----------------------------------------------------------------------------------------
def test_delete_is_asynchronous(site):
    user = make(site)
    site.settings(delete_delay_ms=300)
    try:
        response = site.api("DELETE", "/users/%d" % user["id"])
        assert (response.status_code, response.content) == (204, b"")
        assert site.api("GET", "/users/%d" % user["id"]).json()["state"] == "active"  # still there
        wait_until(lambda: site.api("GET", "/users/%d" % user["id"]).status_code == 404)
    finally:
        site.settings(delete_delay_ms=200)
    ghosts = site.api("GET", "/users", params={"username": "ghost"}).json()
    assert ghosts and ghosts[0]["name"] == "Ghost User"  # the first soft delete creates the ghost user


def test_hard_delete_blocks_first(site):
    user = make(site)
    site.settings(delete_delay_ms=300)
    try:
        assert site.api("DELETE", "/users/%d" % user["id"], params={"hard_delete": "true"}).status_code == 204
        assert site.api("GET", "/users/%d" % user["id"]).json()["state"] == "blocked"
        wait_until(lambda: site.api("GET", "/users/%d" % user["id"]).status_code == 404)
    finally:
        site.settings(delete_delay_ms=200)


def test_sole_group_owner_needs_hard_delete(site):
    user = make(site)
    site.poke_user(user["username"], sole_group_owner=True)
    response = site.api("DELETE", "/users/%d" % user["id"])
    assert (response.status_code, response.json()) == (
        409, {"message": "User cannot be removed while is the sole-owner of a group"})
    assert site.api("DELETE", "/users/%d" % user["id"], params={"hard_delete": True}).status_code == 204


def test_delete_with_if_unmodified_since(site):
    user = make(site)
    old = email.utils.formatdate(time.time() - 3600, usegmt=True)
    response = site.api("DELETE", "/users/%d" % user["id"], headers={"If-Unmodified-Since": old})
    assert (response.status_code, response.json()) == (412, {"message": "412 Precondition Failed"})
    later = email.utils.formatdate(time.time() + 5, usegmt=True)
    assert site.api("DELETE", "/users/%d" % user["id"], headers={"If-Unmodified-Since": later}).status_code == 204


def test_delete_identity(site):
    user = make(site, provider="github", extern_uid="9")
    url = "/users/%d/identities/" % user["id"]
    response = site.api("DELETE", url + "gitlab")
    assert (response.status_code, response.json()) == (404, {"message": "404 Identity Not Found"})
    assert site.api("DELETE", url + "github").status_code == 204
    assert site.api("GET", "/users/%d" % user["id"]).json()["identities"] == []
    response = site.api("DELETE", "/users/999999/identities/github")
    assert (response.status_code, response.json()) == (404, {"message": "404 User Not Found"})
    token = site.token_for(make(site)["username"])
    assert site.api("DELETE", url + "github", token=token).status_code == 403
