# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user run in-process (main()) against the simulator, or a real GitLab for the tests that use the
`gitlab` fixture only. Every feature goes through check mode -> apply -> apply again -> check mode again,
asserting the requests from the simulator's log, the returned user/diff/actions and the server state."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user
from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import days_from_today
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import PNG, clear, log, server_user, warnings
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import cycle as kit_cycle

MODULE = gitlab_user  # what the `run` fixture (conftest.py) runs

PASSWORD = "Initial-Secret-4711"
OTHER_PASSWORD = "Changed-Secret-0815"


def lookup_only(gitlab, username, custom_attributes=False):
    query = {"username": username}
    if custom_attributes:
        query["with_custom_attributes"] = "true"
    return [("GET", "/users", query)]


def cycle(run, gitlab, **options):
    """The kit's check -> apply -> apply again -> check, with gitlab_user's no-op budget: one lookup."""
    noop = lookup_only(gitlab, options["username"], options.get("custom_attributes") is not None)
    return kit_cycle(run, gitlab, noop_requests=noop, new_id=lambda result: result["user"]["id"], **options)


def make_user(gitlab, unique, prefix="user", **fields):
    return gitlab.create_user(unique(prefix), **fields)


# -- create --------------------------------------------------------------------------------------------

def test_create_minimal(run, gitlab, unique):
    username = unique("Create.Me")
    email = "%s@example.com" % username.lower()
    check, applied, apply_log = cycle(run, gitlab, username=username, name="Created User", email=email,
                                      password=PASSWORD)
    assert check["actions"] == ["POST /users"] and check["user"]["id"] is None
    assert applied["actions"] == ["POST /users"]
    if gitlab.is_sim:
        assert apply_log == lookup_only(gitlab, username) + [("POST", "/users", {})]
    assert applied["diff"]["before"] == dict(username=username, state="absent")
    assert applied["diff"]["after"] == dict(username=username, state="present", name="Created User", email=email,
                                            password="********")
    user = server_user(gitlab, applied["user"]["id"])
    assert user["username"] == username  # never rewritten
    assert user["confirmed_at"]  # skip_confirmation defaults to true
    assert applied["user"]["email"] == email
    for result in (check, applied):
        assert PASSWORD not in result["_out"]


def test_create_with_every_attribute_and_post_create_steps(run, sim, unique):
    username = unique("full")
    email = "%s@example.com" % username
    options = dict(username=username, name="Full User", email=email, password=PASSWORD, admin=True,
                   external=True, can_create_group=False, projects_limit=7, bio="Bio", location="Berlin",
                   organization="Org", pronouns="they/them", public_email=email,
                   commit_email=email, private_profile=True, note="managed", linkedin="li", twitter="tw",
                   discord="123456789012345678", skype="sk", website_url="https://example.com", theme_id=2,
                   color_scheme_id=4,
                   identities=[dict(provider="ldapmain", extern_uid="cn=full,dc=example"),
                               dict(provider="github", extern_uid="777")],
                   custom_attributes={"team": "platform"}, account_state="blocked")
    check, applied, apply_log = cycle(run, sim, **options)
    user_id = applied["user"]["id"]
    assert applied["actions"] == ["POST /users", "PUT /users/%d" % user_id,
                                  "PUT /users/%d/custom_attributes/team" % user_id, "POST /users/%d/block" % user_id]
    assert len(apply_log) == 1 + 4
    user = server_user(sim, user_id)
    for key, value in dict(is_admin=True, external=True, can_create_group=False, projects_limit=7, bio="Bio",
                           pronouns="they/them", public_email=email, private_profile=True, note="managed",
                           theme_id=2, color_scheme_id=4, website_url="https://example.com",
                           state="blocked").items():
        assert user[key] == value, key
    assert sorted((i["provider"], i["extern_uid"]) for i in user["identities"]) == [
        ("github", "777"), ("ldapmain", "cn=full,dc=example")]
    assert applied["user"]["state"] == "blocked"
    assert applied["user"]["custom_attributes"] == [dict(key="team", value="platform")]


def test_create_needs_name_email_and_a_password_choice(run, sim, unique):
    username = unique("incomplete")
    result = run(username=username, email="%s@example.com" % username, password=PASSWORD)
    assert result["failed"] and "name is needed to create it" in result["msg"]
    assert log(sim) == lookup_only(sim, username)  # the lookup, no write
    clear(sim)
    result = run(username=username)
    assert result["failed"] and "name and email are needed" in result["msg"]
    clear(sim)
    result = run(username=username, name="X", email="%s@example.com" % username)
    assert result["failed"] and "one of password, reset_password or force_random_password" in result["msg"]
    assert log(sim) == lookup_only(sim, username)


def test_create_with_reset_password(run, sim, unique):
    username = unique("reset")
    result = run(username=username, name="R", email="%s@example.com" % username, reset_password=True,
                 skip_confirmation=False)
    assert result["changed"] and result["actions"] == ["POST /users"]
    assert server_user(sim, result["user"]["id"])["confirmed_at"] is None


# -- update ------------------------------------------------------------------------------------------

def test_update_every_attribute_in_one_put(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    username, email = existing["username"], existing["email"]
    options = dict(username=username, name="New Name", admin=True, external=True, can_create_group=False,
                   projects_limit=3, bio="b", location="l", organization="o", pronouns="p",
                   public_email=email, commit_email=email, private_profile=True, note="n", linkedin="li",
                   twitter="tw", discord="876543210987654321", skype="sk", website_url="https://w.example.com",
                   theme_id=5,
                   color_scheme_id=3)
    check, applied, apply_log = cycle(run, gitlab, **options)
    assert applied["actions"] == ["PUT /users/%d" % existing["id"]]
    if gitlab.is_sim:
        assert len(apply_log) == 2
    user = server_user(gitlab, existing["id"])
    assert (user["name"], user["is_admin"], user["projects_limit"], user["theme_id"]) == ("New Name", True, 3, 5)
    assert applied["diff"]["before"]["admin"] is False and applied["diff"]["after"]["admin"] is True
    assert set(applied["diff"]["after"]) == set(options) - {"username"} | {"username", "state"}


def test_omitted_options_are_not_managed(run, gitlab, unique):
    admin = make_user(gitlab, unique, "admin", admin=True, bio="keep me", external=True)
    clear(gitlab)
    result = run(username=admin["username"], location="Paris")
    assert result["changed"] and result["actions"] == ["PUT /users/%d" % admin["id"]]
    user = server_user(gitlab, admin["id"])
    assert (user["is_admin"], user["bio"], user["external"], user["location"]) == (True, "keep me", True, "Paris")
    assert set(result["diff"]["after"]) == {"username", "state", "location"}


def test_isadmin_alias(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    result = run(username=existing["username"], isadmin=True)
    assert result["changed"] and server_user(gitlab, existing["id"])["is_admin"] is True


def test_username_is_case_insensitive_and_never_rewritten(run, gitlab, unique):
    existing = make_user(gitlab, unique, "Bob.Smith", name="Bob")
    username = existing["username"]
    assert username != username.lower()
    clear(gitlab)
    result = run(username=username.lower(), name="Bob", email=existing["email"].upper(), password=PASSWORD)
    assert result["changed"] is False
    assert result["user"]["username"] == username and result["user"]["id"] == existing["id"]
    if gitlab.is_sim:
        assert log(gitlab) == lookup_only(gitlab, username.lower())
    result = run(username=username.upper(), bio="x")
    assert result["changed"] and result["user"]["username"] == username


def test_normalised_values_do_not_flap(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    clear(gitlab)
    result = run(username=existing["username"], bio="", pronouns="", public_email="", note="", skype="",
                 commit_email="", email=existing["email"].upper())
    assert result["changed"] is False, result
    if gitlab.is_sim:
        assert log(gitlab) == lookup_only(gitlab, existing["username"])


# -- account state -----------------------------------------------------------------------------------

TRANSITIONS = {
    ("active", "blocked"): ["block"],
    ("active", "deactivated"): ["deactivate"],
    ("active", "banned"): ["ban"],
    ("blocked", "active"): ["unblock"],
    ("blocked", "deactivated"): ["unblock", "deactivate"],
    ("blocked", "banned"): ["unblock", "ban"],
    ("deactivated", "active"): ["activate"],
    ("deactivated", "blocked"): ["block"],
    ("deactivated", "banned"): ["activate", "ban"],
    ("banned", "active"): ["unban"],
    ("banned", "blocked"): ["unban", "block"],
    ("banned", "deactivated"): ["unban", "deactivate"],
    ("blocked_pending_approval", "active"): ["approve"],
    ("blocked_pending_approval", "blocked"): ["approve", "block"],
    ("blocked_pending_approval", "deactivated"): ["approve", "deactivate"],
    ("blocked_pending_approval", "banned"): ["approve", "ban"],
}


@pytest.mark.parametrize("start, target", sorted(TRANSITIONS))
def test_account_state_transition(run, sim, unique, start, target):
    existing = make_user(sim, unique)
    if start != "active":
        sim.poke_user(existing["id"], state=start)
    check, applied, apply_log = cycle(run, sim, username=existing["username"], account_state=target)
    expected = ["POST /users/%d/%s" % (existing["id"], step) for step in TRANSITIONS[(start, target)]]
    assert check["actions"] == expected and applied["actions"] == expected
    assert len(apply_log) == 1 + len(expected)
    assert server_user(sim, existing["id"])["state"] == target
    assert applied["user"]["state"] == target
    assert applied["diff"]["before"]["account_state"] == start
    assert applied["diff"]["after"]["account_state"] == target


def test_attribute_change_with_two_step_state_change(run, sim, unique):
    existing = make_user(sim, unique)
    sim.poke_user(existing["id"], state="blocked")
    _check, applied, _log = cycle(run, sim, username=existing["username"], organization="Dormant",
                                  account_state="deactivated")
    uid = existing["id"]
    assert applied["actions"] == ["PUT /users/%d" % uid, "POST /users/%d/unblock" % uid,
                                  "POST /users/%d/deactivate" % uid]


def test_deactivate_refused_for_recently_active_user(run, sim, unique):
    existing = make_user(sim, unique)
    sim.poke_user(existing["id"], last_activity_on=_recent_day())
    clear(sim)
    check = run(check=True, username=existing["username"], account_state="deactivated")
    assert check["changed"] and any("active in the last 90 days" in w for w in warnings(check))
    result = run(username=existing["username"], account_state="deactivated")
    assert result["failed"] and result["_rc"] == 1
    assert "has been active in the past 90 days and cannot be deactivated" in result["msg"]
    assert result["status"] == 403 and result["actions"] == []
    assert "Traceback" not in result["_out"]
    assert server_user(sim, existing["id"])["state"] == "active"


def test_refused_second_step_is_undone(run, sim, unique):
    existing = make_user(sim, unique)
    sim.poke_user(existing["id"], state="blocked", last_activity_on=_recent_day())
    result = run(username=existing["username"], account_state="deactivated")
    uid = existing["id"]
    assert result["failed"]
    assert "cannot be deactivated" in result["msg"] and "undid unblock, the user is blocked again" in result["msg"]
    assert result["actions"] == ["POST /users/%d/unblock" % uid, "POST /users/%d/block" % uid]
    assert server_user(sim, uid)["state"] == "blocked"


@pytest.mark.parametrize("target", ["active", "deactivated", "banned"])
def test_ldap_blocked_user_cannot_be_changed(run, sim, unique, target):
    existing = make_user(sim, unique)
    sim.poke_user(existing["id"], state="ldap_blocked")
    for check_mode in (True, False):
        clear(sim)
        result = run(check=check_mode, username=existing["username"], account_state=target, bio="not applied")
        assert result["failed"] and "LDAP blocked users cannot be modified by the API" in result["msg"]
        assert log(sim) == lookup_only(sim, existing["username"])  # refused before any write
    assert server_user(sim, existing["id"])["bio"] == ""


def test_ldap_blocked_counts_as_blocked(run, sim, unique):
    existing = make_user(sim, unique)
    sim.poke_user(existing["id"], state="ldap_blocked")
    clear(sim)
    result = run(username=existing["username"], account_state="blocked")
    assert result["changed"] is False and log(sim) == lookup_only(sim, existing["username"])


def _recent_day():
    return days_from_today(-2)


# -- email switch ------------------------------------------------------------------------------------

def _emails(gitlab, user_id):
    response = gitlab.api("GET", "/users/%d/emails" % user_id)
    assert response.status_code == 200, response.text
    return [row["email"] for row in response.json()]


def test_email_switch_in_one_task(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    new_email = "new-%s@example.com" % existing["username"].lower()
    uid = existing["id"]
    check, applied, apply_log = cycle(run, gitlab, username=existing["username"], email=new_email)
    assert applied["actions"] == ["POST /users/%d/emails" % uid, "PUT /users/%d" % uid]
    if gitlab.is_sim:
        assert apply_log[:2] == lookup_only(gitlab, existing["username"]) + [
            ("GET", "/users/%d/emails" % uid, {"per_page": "100"})]
    user = server_user(gitlab, uid)
    assert user["email"] == new_email
    assert new_email in _emails(gitlab, uid)
    assert applied["diff"]["before"]["email"] == existing["email"]
    assert applied["diff"]["after"]["email"] == new_email


def test_email_switch_to_existing_secondary_and_remove_previous(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    uid = existing["id"]
    new_email = "second-%s@example.com" % existing["username"].lower()
    response = gitlab.api("POST", "/users/%d/emails" % uid, json=dict(email=new_email, skip_confirmation=True))
    assert response.status_code == 201, response.text
    _check, applied, _log = cycle(run, gitlab, username=existing["username"], email=new_email,
                                  remove_previous_email=True)
    assert applied["actions"][0] == "PUT /users/%d" % uid  # already a confirmed secondary: no POST
    assert applied["actions"][1].startswith("DELETE /users/%d/emails/" % uid)
    assert server_user(gitlab, uid)["email"] == new_email
    assert existing["email"] not in _emails(gitlab, uid)


# -- identities --------------------------------------------------------------------------------------

def test_identities_and_purge(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    uid = existing["id"]
    identities = [dict(provider="ldapmain", extern_uid="cn=%s,dc=example" % existing["username"].lower()),
                  dict(provider="github", extern_uid="1001")]
    _check, applied, _log = cycle(run, gitlab, username=existing["username"], identities=identities)
    assert applied["actions"] == ["PUT /users/%d" % uid, "PUT /users/%d" % uid]  # one identity per request
    # an attribute change and the first identity share the PUT
    _check, applied, _log = cycle(run, gitlab, username=existing["username"], bio="with identity",
                                  identities=[dict(provider="github", extern_uid="2002")])
    assert applied["actions"] == ["PUT /users/%d" % uid]
    _check, applied, _log = cycle(run, gitlab, username=existing["username"],
                                  identities=[dict(provider="github", extern_uid="2002")], purge_identities=True)
    assert applied["actions"] == ["DELETE /users/%d/identities/ldapmain" % uid]
    assert [(i["provider"], i["extern_uid"]) for i in server_user(gitlab, uid)["identities"]] == [("github", "2002")]
    assert applied["diff"]["after"]["identities"] == [dict(provider="github", extern_uid="2002")]


def test_identities_ignore_saml_provider_id_on_ee(run, sim, unique):
    existing = make_user(sim, unique)
    sim.settings(edition="ee")
    try:
        sim.poke_user(existing["id"], identities=[dict(provider="saml", extern_uid="ext-1", saml_provider_id=5)])
        assert server_user(sim, existing["id"])["identities"][0]["saml_provider_id"] == 5
        clear(sim)
        result = run(username=existing["username"], identities=[dict(provider="saml", extern_uid="ext-1")],
                     purge_identities=True)
        assert result["changed"] is False and log(sim) == lookup_only(sim, existing["username"])
        assert result["diff"]["after"]["identities"] == [dict(provider="saml", extern_uid="ext-1")]
    finally:
        sim.settings(edition="ce")


# -- custom attributes -------------------------------------------------------------------------------

def test_custom_attributes_and_purge(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    uid = existing["id"]
    _check, applied, _log = cycle(run, gitlab, username=existing["username"],
                                  custom_attributes={"team": "platform", "tier": 2, "managed": True})
    assert sorted(applied["actions"]) == sorted("PUT /users/%d/custom_attributes/%s" % (uid, key)
                                                for key in ("team", "tier", "managed"))
    assert applied["diff"]["after"]["custom_attributes"] == {"team": "platform", "tier": "2", "managed": "true"}
    _check, applied, _log = cycle(run, gitlab, username=existing["username"], custom_attributes={"team": "sre"},
                                  purge_custom_attributes=True)
    assert applied["actions"] == ["PUT /users/%d/custom_attributes/team" % uid,
                                  "DELETE /users/%d/custom_attributes/tier" % uid,
                                  "DELETE /users/%d/custom_attributes/managed" % uid]
    response = gitlab.api("GET", "/users/%d/custom_attributes" % uid)
    assert response.json() == [dict(key="team", value="sre")]
    assert applied["user"]["custom_attributes"] == [dict(key="team", value="sre")]


# -- two-factor --------------------------------------------------------------------------------------

def test_disable_two_factor(run, sim, unique):
    existing = make_user(sim, unique)
    sim.poke_user(existing["id"], two_factor_enabled=True)
    _check, applied, _log = cycle(run, sim, username=existing["username"], disable_two_factor=True)
    assert applied["actions"] == ["PATCH /users/%d/disable_two_factor" % existing["id"]]
    assert server_user(sim, existing["id"])["two_factor_enabled"] is False
    assert applied["diff"]["before"]["two_factor_enabled"] is True
    assert applied["diff"]["after"]["two_factor_enabled"] is False


def test_disable_two_factor_noop_when_off(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    clear(gitlab)
    result = run(username=existing["username"], disable_two_factor=True)
    assert result["changed"] is False
    if gitlab.is_sim:
        assert log(gitlab) == lookup_only(gitlab, existing["username"])


def test_disable_two_factor_refused_for_admins(run, sim, unique):
    existing = make_user(sim, unique, admin=True)
    sim.poke_user(existing["id"], two_factor_enabled=True)
    check = run(check=True, username=existing["username"], disable_two_factor=True, bio="x")
    assert any("refuses to disable two-factor authentication of administrators" in w for w in warnings(check))
    result = run(username=existing["username"], disable_two_factor=True, bio="x")
    assert result["failed"] and result["status"] == 403
    assert "cannot disable two-factor authentication" in result["msg"]
    assert "Two-factor authentication for admins cannot be disabled via the API" in result["msg"]
    assert result["actions"] == []  # refused first, so nothing else was written
    assert server_user(sim, existing["id"])["bio"] == ""


def test_disable_two_factor_after_removing_admin(run, sim, unique):
    existing = make_user(sim, unique, admin=True)
    sim.poke_user(existing["id"], two_factor_enabled=True)
    _check, applied, _log = cycle(run, sim, username=existing["username"], admin=False, disable_two_factor=True)
    uid = existing["id"]
    assert applied["actions"] == ["PUT /users/%d" % uid, "PATCH /users/%d/disable_two_factor" % uid]


# -- avatar ------------------------------------------------------------------------------------------

def test_avatar_on_create_and_always(run, sim, unique, tmp_path):
    avatar = tmp_path / "face.png"
    avatar.write_bytes(PNG)
    username = unique("avatar")
    options = dict(username=username, name="A", email="%s@example.com" % username, password=PASSWORD,
                   avatar=str(avatar))
    _check, applied, _log = cycle(run, sim, **options)
    assert "face.png" in server_user(sim, applied["user"]["id"])["avatar_url"]
    assert applied["diff"]["after"]["avatar"] == str(avatar)
    for _attempt in range(2):  # update_avatar=always: uploaded (and changed) on every run
        clear(sim)
        result = run(update_avatar="always", **options)
        assert result["changed"] and result["actions"] == ["PUT /users/%d" % applied["user"]["id"]]
        assert len(log(sim)) == 2


# -- password ----------------------------------------------------------------------------------------

def test_password_on_create_and_always(run, sim, unique):
    existing = make_user(sim, unique)
    clear(sim)
    result = run(username=existing["username"], password=OTHER_PASSWORD)  # on_create: not sent
    assert result["changed"] is False and log(sim) == lookup_only(sim, existing["username"])
    for _attempt in range(2):
        clear(sim)
        result = run(username=existing["username"], password=OTHER_PASSWORD, update_password="always")
        assert result["changed"] and result["actions"] == ["PUT /users/%d" % existing["id"]]
        assert result["diff"]["after"]["password"] == "********"
        assert "password" not in result["diff"]["before"]
        assert OTHER_PASSWORD not in result["_out"]
        assert "password" not in result["user"]
    check = run(check=True, username=existing["username"], password=OTHER_PASSWORD, update_password="always")
    assert check["changed"] and OTHER_PASSWORD not in check["_out"]


def test_job_title_gitlab_does_not_accept_does_not_flap(run, sim, unique):
    """lib/api/users.rb does not declare job_title (nor do the 16.x API docs), so GitLab drops it silently:
    a different job title is reported, sent along with other changes, but never makes a run changed."""
    existing = make_user(sim, unique)
    for check_mode in (True, False, False):
        clear(sim)
        result = run(check=check_mode, username=existing["username"], job_title="SRE")
        assert result["changed"] is False and log(sim) == lookup_only(sim, existing["username"])
        assert any(w.startswith("job_title cannot be verified (GitLab returns ''") for w in warnings(result))
    clear(sim)
    result = run(username=existing["username"], job_title="SRE", bio="other change")
    assert result["changed"] and result["actions"] == ["PUT /users/%d" % existing["id"]]
    assert any("job_title" in w and "sent along with the other changes" in w for w in warnings(result))
    sim.poke_user(existing["id"], job_title="SRE")
    clear(sim)
    result = run(username=existing["username"], job_title="SRE")
    assert result["changed"] is False and warnings(result) == []


# -- attributes this GitLab does not return ----------------------------------------------------------

def test_unverifiable_attributes_warn_and_do_not_flap(run, sim, unique):
    existing = make_user(sim, unique)  # the simulator is CE: no is_auditor, no minutes
    options = dict(username=existing["username"], view_diffs_file_by_file=True, auditor=True,
                   shared_runners_minutes_limit=100)
    for check_mode in (True, False, False):
        clear(sim)
        result = run(check=check_mode, **options)
        assert result["changed"] is False and log(sim) == lookup_only(sim, existing["username"])
        texts = warnings(result)
        for option in ("view_diffs_file_by_file", "auditor", "shared_runners_minutes_limit"):
            assert any(text.startswith(option + " cannot be verified") for text in texts), texts
        assert "view_diffs_file_by_file" not in result["diff"]["after"]
    clear(sim)
    result = run(bio="changed", **options)  # sent along with another change
    assert result["changed"] and result["actions"] == ["PUT /users/%d" % existing["id"]]
    assert any("sent along with the other changes" in text for text in warnings(result))


def test_ee_attributes_are_compared_on_ee(run, sim, unique):
    existing = make_user(sim, unique)
    sim.settings(edition="ee")
    try:
        _check, applied, _log = cycle(run, sim, username=existing["username"], auditor=True,
                                      shared_runners_minutes_limit=500, extra_shared_runners_minutes_limit=50)
        assert applied["actions"] == ["PUT /users/%d" % existing["id"]]
        user = server_user(sim, existing["id"])
        assert (user["is_auditor"], user["shared_runners_minutes_limit"]) == (True, 500)
    finally:
        sim.settings(edition="ce")


# -- absent ------------------------------------------------------------------------------------------

def test_absent_waits_until_deleted(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    clear(gitlab)
    check = run(check=True, username=existing["username"], state="absent")
    assert check["changed"] and check["actions"] == ["DELETE /users/%d" % existing["id"]]
    if gitlab.is_sim:
        assert log(gitlab) == lookup_only(gitlab, existing["username"])
    clear(gitlab)
    result = run(username=existing["username"], state="absent")
    assert result["changed"] and result["actions"] == ["DELETE /users/%d" % existing["id"]]
    assert result["user"] == {} and result["diff"]["after"] == dict(username=existing["username"], state="absent")
    assert gitlab.api("GET", "/users/%d" % existing["id"]).status_code == 404  # gone: wait=true
    for check_mode in (False, True):
        clear(gitlab)
        again = run(check=check_mode, username=existing["username"], state="absent")
        assert again["changed"] is False
        if gitlab.is_sim:
            assert log(gitlab) == lookup_only(gitlab, existing["username"])


def test_absent_sole_group_owner_needs_hard_delete(run, sim, unique):
    existing = make_user(sim, unique)
    sim.poke_user(existing["id"], sole_group_owner=True)
    result = run(username=existing["username"], state="absent")
    assert result["failed"] and "sole-owner of a group" in result["msg"] and "hard_delete" in result["msg"]
    clear(sim)
    result = run(username=existing["username"], state="absent", hard_delete=True)
    assert result["changed"]
    deletes = [entry for entry in log(sim) if entry[0] == "DELETE"]
    assert deletes == [("DELETE", "/users/%d" % existing["id"], {"hard_delete": "true"})]
    assert sim.api("GET", "/users/%d" % existing["id"]).status_code == 404


def test_absent_wait_timeout(run, sim, unique):
    existing = make_user(sim, unique)
    sim.settings(delete_delay_ms=5000)
    try:
        result = run(username=existing["username"], state="absent", wait_timeout=1)
        assert result["failed"] and result["changed"] and "still exists after 1 seconds" in result["msg"]
        assert result["actions"] == ["DELETE /users/%d" % existing["id"]]
    finally:
        sim.settings(delete_delay_ms=200)


def test_absent_without_wait(run, sim, unique):
    existing = make_user(sim, unique)
    clear(sim)
    result = run(username=existing["username"], state="absent", wait=False)
    assert result["changed"] and len(log(sim)) == 2


# -- races -------------------------------------------------------------------------------------------

def _accounts(gitlab, username):
    return gitlab.api("GET", "/users", params={"username": username}).json()


def test_create_race_409_converges(run, sim, unique):
    username = unique("race")
    email = "%s@example.com" % username
    sim.create_user(username, name="Other Creator", email=email)
    clear(sim)
    # The module's lookup sees nothing (as if it ran just before the other creator), its POST gets 409.
    sim.add_faults({"method": "GET", "path": "/users$", "action": "status", "status": 200, "body": [],
                    "times": 1})
    result = run(username=username, name="Wanted Name", email=email, password=PASSWORD)
    requests = log(sim)
    assert result["_rc"] == 0, result
    assert result["changed"] is True
    uid = result["user"]["id"]
    assert result["actions"] == ["PUT /users/%d" % uid]
    assert any("created by someone else" in w for w in warnings(result))
    assert len(_accounts(sim, username)) == 1 and server_user(sim, uid)["name"] == "Wanted Name"
    assert [e[0] for e in requests] == ["GET", "POST", "GET", "PUT"]


def test_create_lost_answer_converges(run, sim, unique):
    username = unique("lost")
    sim.add_faults({"method": "POST", "path": "/users$", "action": "drop_after_commit", "times": 1})
    options = dict(username=username, name="Lost", email="%s@example.com" % username, password=PASSWORD)
    result = run(**options)
    requests = log(sim)
    assert result["_rc"] == 0, result
    assert result["changed"] is True and result["actions"] == ["POST /users"]
    assert [e[0] for e in requests] == ["GET", "POST", "GET"]
    assert len(_accounts(sim, username)) == 1
    clear(sim)
    assert run(**options)["changed"] is False and len(log(sim)) == 1


def test_create_dropped_before_commit_creates_again(run, sim, unique):
    username = unique("dropped")
    sim.add_faults({"method": "POST", "path": "/users$", "action": "drop", "times": 1})
    result = run(username=username, name="Dropped", email="%s@example.com" % username, password=PASSWORD)
    requests = log(sim)
    assert result["_rc"] == 0, result
    assert result["changed"] and result["actions"] == ["POST /users"]
    assert [e[0] for e in requests] == ["GET", "POST", "GET", "POST"]
    assert len(_accounts(sim, username)) == 1


@pytest.mark.parametrize("step, target", [("block", "blocked"), ("deactivate", "deactivated"), ("ban", "banned")])
@pytest.mark.parametrize("fault", ["drop", "drop_after_commit"])
def test_a_state_action_whose_answer_was_lost_is_read_again(run, sim, unique, step, target, fault):
    """drop: GitLab never saw the POST, the re-read shows the user unchanged, and the action is sent once more;
    drop_after_commit: GitLab applied it, and the re-read settles it. Either way the user ends in the state asked
    for, and the task reports one action."""
    existing = make_user(sim, unique)
    path = "/users/%d/%s" % (existing["id"], step)
    sim.add_faults({"method": "POST", "path": path + "$", "action": fault, "times": 1})
    clear(sim)
    result = run(username=existing["username"], account_state=target)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True and result["actions"] == ["POST " + path]
    assert "maybe_committed" not in result
    posts = [entry for entry in log(sim) if entry[0] == "POST"]
    assert len(posts) == (2 if fault == "drop" else 1), posts
    resent = [text for text in warnings(result) if "sending it again" in text]
    assert len(resent) == (1 if fault == "drop" else 0), warnings(result)
    assert server_user(sim, existing["id"])["state"] == target


def test_create_email_taken_by_another_account_fails(run, sim, unique):
    other = make_user(sim, unique)
    username = unique("taken")
    result = run(username=username, name="T", email=other["email"], password=PASSWORD)
    assert result["failed"] and result["status"] == 409 and "Email has already been taken" in result["msg"]
    assert _accounts(sim, username) == []


# -- bad input ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("options, fragment", [
    (dict(email="bad-address"), "email must be an email address"),
    (dict(public_email="bad"), "public_email must be an email address"),
    (dict(commit_email="bad"), "commit_email must be an email address"),
    (dict(projects_limit=-1), "projects_limit must be 0 or more"),
    (dict(account_state="frozen"), "account_state"),
    (dict(avatar="/does/not/exist.png"), "avatar must be the path of an image file"),
    (dict(password="Short1!"), "password must be at least 8 characters"),
    (dict(identities=[dict(provider="x")]), "extern_uid"),
])
def test_bad_input_fails_before_any_request(run, sim, unique, options, fragment):
    result = run(username=unique("bad"), **options)
    assert result["failed"] and fragment in result["msg"], result
    assert log(sim) == []
    assert "Short1!" not in result["_out"]


def test_non_admin_token_is_explained(run, sim, unique):
    expires = days_from_today(30)
    target = make_user(sim, unique)
    helper = make_user(sim, unique, "helper")
    token = sim.api("POST", "/users/%d/personal_access_tokens" % helper["id"],
                    json=dict(name="t", scopes=["api"], expires_at=expires))
    if token.status_code != 201:
        pytest.skip("simulator cannot create personal access tokens: %s" % token.text)
    result = run(username=target["username"], bio="x", api_token=token.json()["token"])
    assert result["failed"] and "needs an administrator's token" in result["msg"]
    assert token.json()["token"] not in result["_out"]


def test_password_rejected_by_gitlab_is_not_echoed(run, sim, unique):
    username = unique("weak")
    result = run(username=username, name="W", email="%s@example.com" % username, password="trustno1")
    assert result["failed"] and result["status"] == 400
    assert "password must not contain commonly used combinations" in result["msg"]
    assert "trustno1" not in result["_out"]


def test_no_diff_without_diff_mode(run, gitlab, unique):
    existing = make_user(gitlab, unique)
    result = run(diff=False, username=existing["username"], bio="no diff")
    assert result["changed"] and "diff" not in result
