# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The troubleshooting guide quotes what a task shows when GitLab refuses a request. Each case here provokes
that refusal over HTTP, through the collection's client or the module, and checks that the quoted text is both
in the guide and in the message the user gets; so a changed message (GitLab's, the simulator's or the
collection's hint) fails here until the guide says it too.

Cases that need the simulator's control endpoints (minted tokens, user pokes, faults) use the `sim` fixture;
the others run against a real GitLab too."""

from __future__ import annotations

import os

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError
from ansible_collections.gitlab_ops.users.plugins.modules.gitlab_user import main as gitlab_user
from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import days_from_today

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
with open(os.path.join(REPO, "docs", "docsite", "rst", "guide_troubleshooting.rst"), encoding="utf-8") as guide:
    GUIDE = " ".join(guide.read().split())

# A public key no test of this repository registers (ssh-keygen -t ed25519), so its fingerprint is free.
SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl docs@example.com"


def refusal(gitlab, method, path, token=None, data=None, api_url=None, **client_options):
    """The message of the GitLabError the collection's client raises for one request."""
    client = GitLabClient(api_url or gitlab.url, api_token=token or gitlab.token, max_retries=0, **client_options)
    with pytest.raises(GitLabError) as refused:
        client.request(method, path, data=data)
    return str(refused.value)


def mint(sim, username, **spec):
    """A personal access token of `username`, made through the simulator's control endpoint."""
    return sim._control("POST", "/users/%s/tokens" % username, json=dict({"scopes": ["api"]}, **spec))["token"]


def assert_documented(quoted, message):
    assert quoted in GUIDE, "the guide does not quote %r" % quoted
    assert quoted in message, "the guide quotes %r, the user sees %r" % (quoted, message)


# ---- against a real GitLab too ------------------------------------------------------------------------

def test_unknown_token(gitlab):
    message = refusal(gitlab, "GET", "/user", token="glpat-no-such-token-anywhere")
    assert_documented("401: 401 Unauthorized", message)


def test_wrong_api_url(gitlab):
    message = refusal(gitlab, "GET", "/users", api_url=gitlab.url + "/gitlab")
    assert_documented("404: 404 Not Found (api_url may be wrong", message)


def test_sudo_to_a_missing_user(gitlab, unique):
    missing = unique("nobody")
    message = refusal(gitlab, "GET", "/user", sudo=missing)
    assert_documented("404: 404 User with ID or username 'bob' Not Found (check sudo: GitLab has no user bob)",
                      message.replace(missing, "bob"))


def test_email_taken(gitlab, unique):
    owner = gitlab.create_user(unique("owner"))
    message = refusal(gitlab, "POST", "/users", data={
        "username": unique("second"), "name": "Second", "email": owner["email"].upper(), "password": "S3cure-pass-42"})
    assert_documented("POST /users -> 409: Email has already been taken", message)


def test_secondary_email_taken(gitlab, unique):
    owner, other = gitlab.create_user(unique("owner")), gitlab.create_user(unique("other"))
    message = refusal(gitlab, "POST", "/users/%d/emails" % other["id"], data={"email": owner["email"]})
    assert_documented("-> 400: email has already been taken", message)


def test_ssh_key_taken(gitlab, unique):
    first, second = gitlab.create_user(unique("first")), gitlab.create_user(unique("second"))
    added = gitlab.api("POST", "/users/%d/keys" % first["id"], json={"title": "docs", "key": SSH_KEY})
    assert added.status_code == 201, added.text
    try:
        message = refusal(gitlab, "POST", "/users/%d/keys" % second["id"], data={"title": "docs", "key": SSH_KEY})
    finally:
        gitlab.api("DELETE", "/users/%d/keys/%d" % (first["id"], added.json()["id"]))
    assert_documented("-> 400: fingerprint_sha256 has already been taken", message)


def test_invalid_status_emoji(gitlab, unique):
    user = gitlab.create_user(unique("status"))
    message = refusal(gitlab, "PUT", "/user/status", data={"emoji": "not_an_emoji_name"}, sudo=user["username"])
    assert_documented("PUT /user/status -> 400: emoji is not a valid emoji name", message)


@pytest.mark.parametrize("state", ["blocked", "banned"])
def test_ban_needs_an_active_user(gitlab, unique, state):
    user = gitlab.create_user(unique("ban"))
    response = gitlab.api("POST", "/users/%d/%s" % (user["id"], "block" if state == "blocked" else "ban"))
    assert response.status_code == 201, response.text
    message = refusal(gitlab, "POST", "/users/%d/ban" % user["id"])
    assert_documented("403: You cannot ban %s users." % state, message)


# ---- the simulator's control endpoints ----------------------------------------------------------------

def test_expired_token(sim):
    token = mint(sim, "root", expires_at=days_from_today(-1))
    message = refusal(sim, "GET", "/user", token=token)
    assert_documented("401: invalid_token: Token is expired. You can either do re-authorization or token refresh.",
                      message)


def test_revoked_token(sim):
    message = refusal(sim, "GET", "/user", token=mint(sim, "root", revoked=True))
    assert_documented("401: invalid_token: Token was revoked. You have to re-authorize from the user.", message)


def test_read_only_token_writing(sim, unique):
    user = sim.create_user(unique("scope"))
    message = refusal(sim, "PUT", "/users/%d" % user["id"], token=mint(sim, "root", scopes=["read_user"]),
                      data={"bio": "x"})
    assert_documented("403: insufficient_scope: The request requires higher privileges than provided by the "
                      "access token. (needs scope: api)", message)


def test_sudo_without_admin(sim, unique):
    user = sim.create_user(unique("plain"))
    token = mint(sim, user["username"], scopes=["api", "sudo"])
    message = refusal(sim, "GET", "/user", token=token, sudo="root")
    assert_documented("403: 403 Forbidden - Must be admin to use sudo (sudo needs the token of an administrator)",
                      message)


def test_sudo_without_the_scope(sim, unique):
    user = sim.create_user(unique("target"))
    message = refusal(sim, "GET", "/user", token=mint(sim, "root", scopes=["api"]), sudo=user["username"])
    assert_documented("(needs scope: sudo) (sudo needs a token with the sudo scope)", message)


def test_rate_limited(sim):
    sim.add_faults({"action": "status", "status": 429, "times": -1})
    message = refusal(sim, "GET", "/user")
    assert_documented("429: Retry later", message)


def test_rate_limited_for_longer_than_retry_timeout(sim):
    sim.add_faults({"action": "status", "status": 429, "times": -1, "body": "Retry later\n",
                    "headers": {"Retry-After": "3600"}})
    client = GitLabClient(sim.url, api_token=sim.token, sleep=lambda seconds: None)
    with pytest.raises(GitLabError) as refused:
        client.request("GET", "/user")
    message = str(refused.value)
    assert_documented("429: Retry later (GitLab asked to wait 3600 s (Retry-After), more than the 120 s left of "
                      "retry_timeout (120 s), so the task did not wait; raise retry_timeout to wait that long)", message)


def test_sole_group_owner(sim, unique):
    user = sim.create_user(unique("owner"))
    sim.poke_user(user["id"], sole_group_owner=True)
    message = refusal(sim, "DELETE", "/users/%d" % user["id"])
    assert_documented("409: User cannot be removed while is the sole-owner of a group", message)


def test_ldap_blocked_user(sim, unique, run_module):
    user = sim.create_user(unique("ldap"))
    sim.poke_user(user["id"], state="ldap_blocked")
    sim.clear_log()
    result = run_module(gitlab_user, username=user["username"], account_state="active")
    assert result.get("failed"), result
    assert_documented("LDAP blocked users cannot be modified by the API", result["msg"])
    assert sim.writes() == []


def test_recently_active_user_is_not_deactivated(sim, unique, run_module):
    user = sim.create_user(unique("active"))
    sim.poke_user(user["id"], last_activity_on=days_from_today(0))
    result = run_module(gitlab_user, username=user["username"], account_state="deactivated")
    assert result.get("failed"), result
    assert_documented("has been active in the past 90 days and cannot be deactivated", result["msg"])


def test_non_admin_token(sim, unique, run_module):
    plain, target = sim.create_user(unique("plain")), sim.create_user(unique("target"))
    result = run_module(gitlab_user, api_token=mint(sim, plain["username"]), username=target["username"], bio="x")
    assert result.get("failed"), result
    assert_documented("gitlab_user needs an administrator's token: GitLab returned only the public view of the user",
                      result["msg"])
