"""GitLab's request spec spec/requests/api/personal_access_tokens_spec.rb (gitlabhq/gitlabhq, newest), ported
example by example; table rows (`where ... with_them`) are pytest parameters, one docstring line per table.
Each test starts from a fresh instance of this module's simulator (counts such as "all PATs" hold); see
SPEC_PORTS.md for the examples left out."""
from __future__ import annotations

import datetime

import pytest

SPEC_DAY = "2022-01-01T12:30:25Z"
NOT_EXISTING = 99999999


class Tokens:
    """A fresh instance; `mint` makes tokens through the control endpoint with the spec's attributes."""

    def __init__(self, site):
        site.reset()
        self.site = site
        self.admin_token = site.token_for("root")  # `current_users_token` of the administrator
        self.admin_token_id = self.id_of(self.admin_token)

    def user(self):
        return self.site.create_user("u%d" % len(self.site.api("GET", "/users?per_page=100").json()))

    def mint(self, user=None, **fields):
        """A token of `user` (a new user by default) -> its id; created_at/last_used_at are set afterwards."""
        username = user["username"] if user else self.user()["username"]
        moments = {key: fields.pop(key) for key in ("created_at", "last_used_at") if key in fields}
        token_id = self.site.mint_token(username, fields.pop("scopes", ("api",)), **fields)["id"]
        if moments:
            self.site.poke_token(token_id, **moments)
        return token_id

    def id_of(self, value):
        return self.site.api("GET", "/personal_access_tokens/self", token=value).json()["id"]

    def get(self, token=None, **params):
        return self.site.api("GET", "/personal_access_tokens", token=token or self.admin_token, params=params)


@pytest.fixture
def tokens(site):
    return Tokens(site)


def listed(response):
    return sorted(token["id"] for token in response.json())


def test_admin_lists_all(tokens):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > returns all PATs by default"""
    tokens.mint()
    tokens.mint()
    response = tokens.get()
    assert response.status_code == 200 and len(response.json()) == 4  # root's two tokens and the two minted


def test_admin_filters_by_user(tokens):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filtered with user_id parameter >
        returns only PATs belonging to that user
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filtered with user_id parameter >
        validations for user_id parameter > returns 404 if user_id is provided but does not exist
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filtered with user_id parameter >
        validations for user_id parameter > returns 404 if user_id is explicitly blank"""
    owner = tokens.user()
    token = tokens.mint(owner)
    impersonated = tokens.mint(owner, impersonation=True)
    response = tokens.get(user_id=owner["id"]).json()
    assert [t["id"] for t in response] == [token, impersonated] and response[0]["user_id"] == owner["id"]
    for user_id in (NOT_EXISTING, ""):
        missing = tokens.get(user_id=user_id)
        assert (missing.status_code, missing.json()["message"]) == (404, "404 Not Found")


@pytest.mark.parametrize("revoked, status, expected", [("true", 200, "revoked"), ("false", 200, "not_revoked"),
                                                       ("asdf", 400, {"error": "revoked is invalid"})])
def test_admin_filter_revoked(tokens, revoked, status, expected):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filter with revoked parameter >
        it_behaves_like 'response as expected' (table: true, false, 'asdf')"""
    ids = {"revoked": [tokens.mint(revoked=True)], "not_revoked": [tokens.mint(), tokens.mint()]}
    response = tokens.get(revoked=revoked)
    assert response.status_code == status
    if status == 400:
        assert response.json() == expected
    elif expected == "revoked":
        assert listed(response) == ids["revoked"]
    else:
        assert listed(response) == sorted(ids["not_revoked"] + [1, tokens.admin_token_id])


@pytest.mark.parametrize("state, status", [("inactive", 200), ("active", 200), ("asdf", 400)])
def test_admin_filter_state(tokens, state, status):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filter with active parameter >
        it_behaves_like 'response as expected' (table: inactive, active, 'asdf')"""
    inactive = [tokens.mint(revoked=True), tokens.mint(expires_at="2022-01-01")]
    active = [tokens.mint()]
    response = tokens.get(state=state)
    assert response.status_code == status
    if state == "inactive":
        assert listed(response) == sorted(inactive)
    elif state == "active":
        assert listed(response) == sorted(active + [1, tokens.admin_token_id])
    else:
        assert response.json() == {"error": "state does not have a valid value"}


@pytest.mark.parametrize("bound, value, matches", [
    ("created_before", "2022-01-02", True), ("created_before", "2022-01-01", False),
    ("created_before", "2022-01-01T12:30:24", False), ("created_before", "2022-01-01T12:30:25", True),
    ("created_before", "2022-01-01T:12:30:26", True), ("created_before", "asdf", None),
    ("created_after", "2022-01-03", False), ("created_after", "2022-01-01", True),
    ("created_after", "2022-01-01T12:30:25", True), ("created_after", "2022-01-01T12:30:26", False),
    ("created_after", "tomorrow", False), ("created_after", "asdf", None),
    ("last_used_before", "2022-01-02", True), ("last_used_before", "2022-01-01", False),
    ("last_used_before", "2022-01-01T12:30:24", False), ("last_used_before", "2022-01-01T12:30:25", True),
    ("last_used_before", "2022-01-01T12:30:26", True), ("last_used_before", "asdf", None),
    ("last_used_after", "2022-01-03", False), ("last_used_after", "2022-01-01", True),
    ("last_used_after", "2022-01-01T12:30:26", False), ("last_used_after", "2022-01-01T12:30:25", True),
    ("last_used_after", "tomorrow", False), ("last_used_after", "asdf", None)])
def test_admin_filter_dates(tokens, bound, value, matches):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filter with created parameter >
        test created_before > it_behaves_like 'response as expected' (table of 6 rows)
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filter with created parameter >
        test created_after > it_behaves_like 'response as expected' (table of 6 rows)
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filter with last_used parameter >
        test last_used_before > it_behaves_like 'response as expected' (table of 6 rows)
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filter with last_used parameter >
        test last_used_after > it_behaves_like 'response as expected' (table of 6 rows)"""
    column = "created_at" if bound.startswith("created") else "last_used_at"
    token = tokens.mint(**{column: SPEC_DAY})
    if column == "last_used_at":
        tokens.mint()  # never_used_token: no last_used_at, never matches
    if value == "tomorrow":
        value = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)).isoformat()
    response = tokens.get(**{bound: value})
    if matches is None:
        assert (response.status_code, response.json()) == (400, {"error": "%s is invalid" % bound})
        return
    assert response.status_code == 200
    expected = [token] if matches else []
    if bound.endswith("_after") and value.startswith("2022"):
        # root's tokens (the spec's `current_users_token`) were made and used just now: after any 2022 bound
        expected = expected + [1, tokens.admin_token_id]
    assert listed(response) == sorted(expected)


@pytest.mark.parametrize("pattern, names", [("test", ["test_1", "test_2"]), ("", None), ("test_1", ["test_1"]),
                                            ("asdf", [])])
def test_admin_filter_search(tokens, pattern, names):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator > filter with search parameter >
        it_behaves_like 'response as expected' (table: 'test', '', 'test_1', 'asdf')"""
    made = {"test_1": tokens.mint(name="test_1"), "test_2": tokens.mint(name="test_2")}
    response = tokens.get(search=pattern)
    if names is None:
        assert listed(response) == sorted(list(made.values()) + [1, tokens.admin_token_id])
    else:
        assert listed(response) == sorted(made[name] for name in names)


@pytest.mark.parametrize("before, after, matches", [("2022-01-03", "2022-01-01", True), ("2022-01-01", "2022-01-03", False),
                                                    ("2022-01-03", None, True), (None, "2022-01-01", True),
                                                    ("2022-01-02", "2022-01-02", True)])
@pytest.mark.parametrize("column", ["created", "last_used"])
def test_admin_combined_bounds(tokens, before, after, matches, column):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator >
        filter created_before/created_after combined with last_used_before/last_used_after > it_behaves_like 'response as expected' (created, 4 rows)
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator >
        filter created_before/created_after combined with last_used_before/last_used_after > it_behaves_like 'response as expected' (last_used, 4 rows)
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator >
        filter created_before and created_after combined is valid > returns all valid tokens (5 rows)
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as an Administrator >
        filter last_used_before and last_used_after combined is valid > returns all valid tokens (5 rows)"""
    token = tokens.mint(**{column + "_at": "2022-01-02T00:00:00Z"})
    params = {k: v for k, v in (("%s_before" % column, before), ("%s_after" % column, after)) if v}
    response = tokens.get(**params)
    assert response.status_code == 200
    assert (token in listed(response)) is matches


def test_non_admin_lists_own(tokens):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > returns all PATs belonging to the signed-in user
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filtered with user_id parameter >
        returns PATs belonging to the specific user
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filtered with user_id parameter >
        is unauthorized if filtered by a user other than current_user
    personal_access_tokens_spec.rb: GET /personal_access_tokens > not authenticated > is forbidden"""
    current = tokens.user()
    value = tokens.site.token_for(current["username"])
    own = tokens.id_of(value)
    tokens.mint(current, impersonation=True)  # never listed for its owner
    for params in ({}, {"user_id": current["id"]}):
        response = tokens.get(token=value, **params).json()
        assert [t["id"] for t in response] == [own] and {t["user_id"] for t in response} == {current["id"]}
    assert tokens.get(token=value, user_id=tokens.user()["id"]).status_code == 401
    assert tokens.site.api("GET", "/personal_access_tokens", token=False).status_code == 401


@pytest.mark.parametrize("filters, expected", [({"revoked": "true"}, "revoked"), ({"revoked": "false"}, "current"),
                                               ({"state": "inactive"}, "revoked"), ({"state": "active"}, "current")])
def test_non_admin_filters(tokens, filters, expected):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filter with revoked parameter >
        it_behaves_like 'response as expected' (table: true, false)
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filter with active parameter >
        it_behaves_like 'response as expected' (table: inactive, active)"""
    current = tokens.user()
    value = tokens.site.token_for(current["username"])
    ids = {"current": [tokens.id_of(value)], "revoked": [tokens.mint(current, revoked=True)]}
    tokens.mint(revoked=True)
    tokens.mint(expires_at="2022-01-01")
    tokens.mint()
    assert listed(tokens.get(token=value, **filters)) == ids[expected]


def test_non_admin_date_and_search_filters(tokens):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filter with created parameter >
        created_before > it_behaves_like 'response as expected'
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filter with created parameter > created_after >
        it_behaves_like 'response as expected'
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filter with last_used > last_used_before >
        it_behaves_like 'response as expected'
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filter with last_used > last_used_after >
        it_behaves_like 'response as expected'
    personal_access_tokens_spec.rb: GET /personal_access_tokens > logged in as a non-Administrator > filter with search parameter >
        it_behaves_like 'response as expected' (table: 'test', '', 'test_1')"""
    current = tokens.user()
    value = tokens.site.token_for(current["username"])
    own = tokens.id_of(value)
    created = tokens.mint(current, created_at="2022-01-02T12:30:25Z")
    tokens.mint(created_at="2022-01-02T12:30:25Z")
    assert listed(tokens.get(token=value, created_before="2022-01-03")) == [created]
    assert listed(tokens.get(token=value, created_after="2022-01-01")) == sorted([created, own])
    used = tokens.mint(current, last_used_at=SPEC_DAY)
    tokens.mint(last_used_at=SPEC_DAY)
    assert listed(tokens.get(token=value, last_used_before="2022-01-02")) == [used]
    assert listed(tokens.get(token=value, last_used_after="2022-01-01")) == sorted([used, own])
    named = tokens.mint(current, name="test_1")
    tokens.mint(name="test_1")
    assert listed(tokens.get(token=value, search="test")) == [named]
    assert listed(tokens.get(token=value, search="")) == sorted([own, created, used, named])
    assert listed(tokens.get(token=value, search="test_1")) == [named]


def test_get_token(tokens):
    """personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is an administrator > returns admins own PAT by id
    personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is an administrator > returns a different users PAT by id
    personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is an administrator >
        fails to return PAT because no PAT exists with this id
    personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is not an administrator > returns users own PAT by id
    personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is not an administrator > when an ip is recently used >
        returns ips used
    personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is not an administrator >
        when there is not an ip recently used > does not return an ip
    personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is not an administrator > fails to return other users PAT by id
    personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is not an administrator >
        fails to return PAT because no PAT exists with this id
    personal_access_tokens_spec.rb: GET /personal_access_tokens/:id > when current_user is not an administrator >
        fails to return own PAT by id with read_repository token"""
    site = tokens.site
    current = tokens.user()
    value = site.token_for(current["username"])
    user_token = tokens.id_of(value)
    other = tokens.mint()
    read_only = site.token_for(current["username"], ("read_repository",))
    admin_own = site.api("GET", "/personal_access_tokens/%d" % tokens.admin_token_id, token=tokens.admin_token)
    assert (admin_own.status_code, admin_own.json()["id"]) == (200, tokens.admin_token_id)
    assert site.api("GET", "/personal_access_tokens/%d" % user_token, token=tokens.admin_token).json()["id"] == user_token
    assert site.api("GET", "/personal_access_tokens/%d" % NOT_EXISTING, token=tokens.admin_token).status_code == 404
    own = site.api("GET", "/personal_access_tokens/%d" % user_token, token=value)
    assert (own.status_code, own.json()["id"]) == (200, user_token)
    assert own.json()["last_used_ips"] == ["127.0.0.1"] and own.json().get("last_used_ip") is None
    assert site.api("GET", "/personal_access_tokens/%d" % other, token=value).status_code == 401
    assert site.api("GET", "/personal_access_tokens/%d" % NOT_EXISTING, token=value).status_code == 401
    assert site.api("GET", "/personal_access_tokens/%d" % user_token, token=read_only).status_code == 403


def test_rotate(tokens):
    """personal_access_tokens_spec.rb: POST /personal_access_tokens/:id/rotate > rotates user's own token
    personal_access_tokens_spec.rb: POST /personal_access_tokens/:id/rotate > when expiry is defined > rotates user's own token
    personal_access_tokens_spec.rb: POST /personal_access_tokens/:id/rotate > when require_token_expiry is false > when expiry is not defined >
        rotates user's own token with no expiration
    personal_access_tokens_spec.rb: POST /personal_access_tokens/:id/rotate > without permission > returns an error message
    personal_access_tokens_spec.rb: POST /personal_access_tokens/:id/rotate > when token does not exist > for non-admin user > returns unauthorized
    personal_access_tokens_spec.rb: POST /personal_access_tokens/:id/rotate > when token does not exist > for admin user > returns not found"""
    site = tokens.site
    owner = tokens.user()
    today = datetime.datetime.now(datetime.timezone.utc).date()
    for expires_at, expected in ((None, today + datetime.timedelta(weeks=1)),
                                 ((today + datetime.timedelta(days=30)).isoformat(), today + datetime.timedelta(days=30))):
        value = site.token_for(owner["username"])
        token_id = tokens.id_of(value)
        body = {"expires_at": expires_at} if expires_at else {}
        rotated = site.api("POST", "/personal_access_tokens/%d/rotate" % token_id, token=value, json=body)
        assert rotated.status_code == 200
        assert rotated.json()["token"] != value and rotated.json()["expires_at"] == expected.isoformat()
        assert site.api("GET", "/user", token=value).status_code == 401  # the old token is revoked
        assert site.api("GET", "/user", token=rotated.json()["token"]).json()["id"] == owner["id"]
    site.settings(require_personal_access_token_expiry=False)
    try:
        value = site.token_for(owner["username"])
        rotated = site.api("POST", "/personal_access_tokens/%d/rotate" % tokens.id_of(value), token=value)
        assert (rotated.status_code, rotated.json()["expires_at"]) == (200, None)
    finally:
        site.settings(require_personal_access_token_expiry=True)
    foreign = tokens.mint()
    another = site.token_for(owner["username"])
    assert site.api("POST", "/personal_access_tokens/%d/rotate" % foreign, token=another).status_code == 401
    assert site.api("POST", "/personal_access_tokens/%d/rotate" % NOT_EXISTING, token=another).status_code == 401
    assert site.api("POST", "/personal_access_tokens/%d/rotate" % NOT_EXISTING,
                    token=tokens.admin_token).status_code == 404


def test_rotate_kinds_and_errors(tokens):
    """(lib/api/personal_access_tokens.rb with app/services/personal_access_tokens/rotate_service.rb: the owner
    or an admin rotates any kind of personal access token - an impersonation token rotates into an impersonation
    token -, a revoked token is 400 "Token already revoked", and the service's errors are 400 "400 Bad request -
    <message>", the spec's "when service raises an error > returns the same error message".)"""
    site = tokens.site
    owner = tokens.user()
    impersonation = site.token_for(owner["username"], impersonation=True)
    token_id = tokens.id_of(impersonation)
    rotated = site.api("POST", "/personal_access_tokens/%d/rotate" % token_id, token=tokens.admin_token)
    assert rotated.status_code == 200
    new_id = rotated.json()["id"]
    shown = site.api("GET", "/users/%d/impersonation_tokens/%d" % (owner["id"], new_id)).json()
    assert shown["impersonation"] is True and shown["revoked"] is False
    again = site.api("POST", "/personal_access_tokens/%d/rotate" % token_id, token=tokens.admin_token)
    assert (again.status_code, again.json()) == (400, {"message": "400 Bad request - Token already revoked"})
    too_late = (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=400)).isoformat()
    refused = site.api("POST", "/personal_access_tokens/%d/rotate" % new_id, token=tokens.admin_token,
                       json={"expires_at": too_late})
    assert refused.status_code == 400 and refused.json()["message"].startswith("400 Bad request - Expires at must be before")
    assert site.api("GET", "/users/%d/impersonation_tokens/%d" % (owner["id"], new_id)).json()["revoked"] is False


def test_revoke(tokens):
    """personal_access_tokens_spec.rb: DELETE /personal_access_tokens/:id > when current_user is an administrator > revokes a different users token
    personal_access_tokens_spec.rb: DELETE /personal_access_tokens/:id > when current_user is an administrator > revokes their own token
    personal_access_tokens_spec.rb: DELETE /personal_access_tokens/:id > when current_user is an administrator >
        fails to revoke a different user token using a readonly scope
    personal_access_tokens_spec.rb: DELETE /personal_access_tokens/:id > when current_user is not an administrator > fails revokes a different users token
    personal_access_tokens_spec.rb: DELETE /personal_access_tokens/:id > when current_user is not an administrator > revokes their own token
    personal_access_tokens_spec.rb: DELETE /personal_access_tokens/:id > when current_user is not an administrator > cannot revoke impersonation token"""
    site = tokens.site
    token1 = tokens.mint()
    read_only = site.token_for("root", ("read_repository",))
    assert site.api("DELETE", "/personal_access_tokens/%d" % token1, token=read_only).status_code == 403
    assert site.api("GET", "/personal_access_tokens/%d" % token1, token=tokens.admin_token).json()["revoked"] is False
    current = tokens.user()
    value = site.token_for(current["username"])
    assert site.api("DELETE", "/personal_access_tokens/%d" % token1, token=value).status_code == 400
    impersonated = tokens.mint(current, impersonation=True)
    assert site.api("DELETE", "/personal_access_tokens/%d" % impersonated, token=value).status_code == 400
    assert site.api("DELETE", "/personal_access_tokens/%d" % tokens.id_of(value), token=value).status_code == 204
    assert site.api("DELETE", "/personal_access_tokens/%d" % token1, token=tokens.admin_token).status_code == 204
    assert site.api("GET", "/personal_access_tokens/%d" % token1, token=tokens.admin_token).json()["revoked"] is True
    assert site.api("DELETE", "/personal_access_tokens/%d" % tokens.admin_token_id,
                    token=tokens.admin_token).status_code == 204
