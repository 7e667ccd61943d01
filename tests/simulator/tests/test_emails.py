"""Secondary emails: /user/emails and /users/:id/emails.

The simulator lists a confirmed user's primary email as a confirmed row (GitLab's
`add_primary_email_to_emails!`); see the simulator README."""
from __future__ import annotations

import gitlab as python_gitlab
import pytest


@pytest.fixture
def owner(gitlab, unique):
    return gitlab.create_user(unique("mail"))


@pytest.fixture
def owner_token(gitlab, owner):
    response = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"],
                          json={"name": "mail", "scopes": ["api"]})
    return response.json()["token"]


def add_email(gitlab, user_id, address, **fields):
    return gitlab.api("POST", "/users/%d/emails" % user_id, json=dict(fields, email=address))


def listed(gitlab, user_id):
    return [(row["email"], row["confirmed_at"] is not None) for row in gitlab.api(
        "GET", "/users/%d/emails" % user_id).json()]


# -- python-gitlab ------------------------------------------------------------------------------------
def test_python_gitlab_user_emails(gl, owner, unique):
    user = gl.users.get(owner["id"])
    address = unique("second") + "@example.org"
    created = user.emails.create({"email": address, "skip_confirmation": True})
    assert created.email == address and created.confirmed_at is not None
    assert [(e.email, e.confirmed_at is not None) for e in user.emails.list()] == [
        (owner["email"], True), (address, True)]
    with pytest.raises(python_gitlab.exceptions.GitlabGetError) as no_route:
        user.emails.get(created.id)  # GitLab has no GET /users/:id/emails/:email_id, only DELETE
    assert no_route.value.response_code == 405
    user.emails.delete(created.id)
    assert [e.email for e in user.emails.list()] == [owner["email"]]


def test_python_gitlab_current_user_emails(gitlab, owner_token, owner, unique):
    own = python_gitlab.Gitlab(gitlab.url, private_token=owner_token, ssl_verify=gitlab.ca_path or True)
    own.auth()
    address = unique("mine") + "@example.org"
    created = own.user.emails.create({"email": address})
    assert created.confirmed_at is None
    assert [e.email for e in own.user.emails.list()] == [owner["email"], address]
    own.user.emails.delete(created.id)
    assert [e.email for e in own.user.emails.list()] == [owner["email"]]


# -- confirmation and normalisation -------------------------------------------------------------------
def test_skip_confirmation_only_on_the_admin_endpoint(gitlab, owner, owner_token, unique):
    unconfirmed = add_email(gitlab, owner["id"], unique("a") + "@example.org")
    assert list(unconfirmed.json()) == ["id", "email", "confirmed_at"]
    assert unconfirmed.json()["confirmed_at"] is None
    confirmed = add_email(gitlab, owner["id"], unique("b") + "@example.org", skip_confirmation=True)
    assert confirmed.json()["confirmed_at"].endswith("Z")
    own = gitlab.api("POST", "/user/emails", token=owner_token,
                     json={"email": unique("c") + "@example.org", "skip_confirmation": True})
    assert own.status_code == 201 and own.json()["confirmed_at"] is None


def test_address_is_downcased_and_stripped(gitlab, owner, unique):
    name = unique("Mixed")
    body = add_email(gitlab, owner["id"], "  %s@Example.ORG " % name).json()
    assert body["email"] == name.lower() + "@example.org"


def test_format_and_presence(gitlab, owner):
    assert add_email(gitlab, owner["id"], "not-an-email").json() == {"message": {"email": ["is invalid"]}}
    assert add_email(gitlab, owner["id"], "two@at@example.org").json() == {"message": {"email": ["is invalid"]}}
    assert add_email(gitlab, owner["id"], " ").json() == {"message": {"email": ["can't be blank", "is invalid"]}}
    missing = gitlab.api("POST", "/users/%d/emails" % owner["id"], json={})
    assert (missing.status_code, missing.json()) == (400, {"error": "email is missing"})


# -- uniqueness ---------------------------------------------------------------------------------------
def test_uniqueness_across_all_rows(gitlab, owner, unique):
    other = gitlab.create_user(unique("mail"))
    address = unique("shared") + "@example.org"
    assert add_email(gitlab, other["id"], address).status_code == 201  # unconfirmed still counts
    for user_id in (owner["id"], other["id"]):
        taken = add_email(gitlab, user_id, address.upper())
        assert (taken.status_code, taken.json()) == (400, {"message": {"email": ["has already been taken"]}})


def test_primary_addresses(gitlab, owner, unique):
    own_primary = add_email(gitlab, owner["id"], owner["email"])
    assert own_primary.json() == {"message": {"email": ["has already been taken"]}}  # its row exists
    confirmed_other = gitlab.create_user(unique("mail"))
    both_checks = add_email(gitlab, owner["id"], confirmed_other["email"])
    assert both_checks.json() == {"message": {"email": ["has already been taken", "has already been taken"]}}
    unconfirmed_other = gitlab.create_user(unique("mail"), skip_confirmation=False)
    unique_email_only = add_email(gitlab, owner["id"], unconfirmed_other["email"])
    assert unique_email_only.json() == {"message": {"email": ["has already been taken"]}}


def test_confirmed_secondary_counts_as_the_users_email(gitlab, owner, unique):
    address = unique("alias") + "@example.org"
    add_email(gitlab, owner["id"], address, skip_confirmation=True)
    clash = gitlab.api("POST", "/users", json={"username": unique("new"), "name": "New", "email": address,
                                               "password": "Hx3-cobalt-sparrow"})
    assert (clash.status_code, clash.json()) == (409, {"message": "Email has already been taken"})


# -- the primary row ----------------------------------------------------------------------------------
def test_primary_row_is_listed_only_for_confirmed_users(gitlab, owner, unique):
    assert listed(gitlab, owner["id"]) == [(owner["email"], True)]
    pending = gitlab.create_user(unique("mail"), skip_confirmation=False)
    assert listed(gitlab, pending["id"]) == []
    address = unique("x") + "@example.org"
    secondary = add_email(gitlab, owner["id"], address).json()
    rows = gitlab.api("GET", "/users/%d/emails" % owner["id"]).json()
    assert [row["email"] for row in rows] == [owner["email"], address] and rows[0]["id"] < secondary["id"]


def test_deleting_the_primary_row_is_a_server_error(gitlab, owner):
    primary = gitlab.api("GET", "/users/%d/emails" % owner["id"]).json()[0]
    response = gitlab.api("DELETE", "/users/%d/emails/%d" % (owner["id"], primary["id"]))
    assert (response.status_code, response.json()) == (500, {"message": "500 Internal Server Error"})
    assert listed(gitlab, owner["id"]) == [(owner["email"], True)]


def test_primary_change_keeps_the_old_address_as_a_secondary(gitlab, owner, unique):
    assert listed(gitlab, owner["id"]) == [(owner["email"], True)]
    new_primary = unique("moved") + "@example.org"
    changed = gitlab.api("PUT", "/users/%d" % owner["id"], json={"email": new_primary, "skip_reconfirmation": True})
    assert changed.status_code == 200, changed.text
    assert listed(gitlab, owner["id"]) == [(owner["email"], True), (new_primary, True)]


def test_deleting_a_secondary_clears_public_and_commit_email(gitlab, owner, unique):
    address = unique("pub") + "@example.org"
    record = add_email(gitlab, owner["id"], address, skip_confirmation=True).json()
    updated = gitlab.api("PUT", "/users/%d" % owner["id"], json={"public_email": address, "commit_email": address})
    assert (updated.json()["public_email"], updated.json()["commit_email"]) == (address, address)
    assert gitlab.api("DELETE", "/users/%d/emails/%d" % (owner["id"], record["id"])).status_code == 204
    user = gitlab.api("GET", "/users/%d" % owner["id"]).json()
    assert not user["public_email"] and user["commit_email"] == owner["email"]


# -- authorization and lookups ------------------------------------------------------------------------
def test_admin_endpoints(gitlab, owner, owner_token):
    assert gitlab.api("GET", "/users/%d/emails" % owner["id"], token=False).status_code == 401
    as_user = gitlab.api("GET", "/users/%d/emails" % owner["id"], token=owner_token)
    assert (as_user.status_code, as_user.json()) == (403, {"message": "403 Forbidden"})
    assert gitlab.api("POST", "/users/0/emails", token=owner_token, json={"email": "a@b.c"}).status_code == 403
    assert gitlab.api("GET", "/users/0/emails").json() == {"message": "404 User Not Found"}
    assert gitlab.api("DELETE", "/users/%d/emails/999999" % owner["id"]).json() == {"message": "404 Email Not Found"}


def test_current_user_endpoints(gitlab, owner, owner_token, unique):
    created = gitlab.api("POST", "/user/emails", token=owner_token, json={"email": unique("me") + "@x.org"}).json()
    assert gitlab.api("GET", "/user/emails/%d" % created["id"], token=owner_token).json() == created
    others = gitlab.api("GET", "/user/emails/%d" % created["id"])
    assert (others.status_code, others.json()) == (404, {"message": "404 Email Not Found"})
    assert gitlab.api("DELETE", "/user/emails/ASDF", token=owner_token).json() == {"error": "email_id is invalid"}
    assert gitlab.api("GET", "/user/emails", token=False).status_code == 401
    assert gitlab.api("DELETE", "/user/emails/%d" % created["id"], token=owner_token).status_code == 204


def test_list_pagination(gitlab, owner, unique):
    for n in range(3):
        add_email(gitlab, owner["id"], unique("p%d" % n) + "@example.org")
    first = gitlab.api("GET", "/users/%d/emails" % owner["id"], params={"per_page": 3})
    assert first.json()[0]["email"] == owner["email"] and len(first.json()) == 3
    assert (first.headers["X-Total"], first.headers["X-Next-Page"]) == ("4", "2")
