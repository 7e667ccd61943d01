# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Pure logic of gitlab_user (module_utils/_modules/user.py): validation, comparison, planning, diff views.
No HTTP."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._modules.user import (
    ATTRIBUTES,
    argument_spec,
    managed_view,
    normalize_extern_uid,
    plan_custom_attributes,
    plan_identities,
    predict_write,
    validate,
)


def params(**given):
    """Module params as AnsibleModule would produce them: every option present, defaults applied."""
    values = {}
    for option, spec in argument_spec().items():
        values[option] = spec.get("default")
    values.update(given)
    return values


# -- argument spec ----------------------------------------------------------------------------------

def test_every_writable_attribute_is_an_option_without_default():
    spec = argument_spec()
    expected = {"name", "admin", "auditor", "external", "can_create_group", "projects_limit", "bio", "location",
                "organization", "job_title", "pronouns", "public_email", "commit_email", "private_profile",
                "note", "linkedin", "twitter", "discord", "skype", "website_url", "theme_id", "color_scheme_id",
                "view_diffs_file_by_file", "shared_runners_minutes_limit", "extra_shared_runners_minutes_limit"}
    assert {attr.option for attr in ATTRIBUTES} == expected
    for option in expected:
        assert "default" not in spec[option], option  # an omitted option is never managed
    assert spec["admin"]["aliases"] == ["isadmin"]
    assert spec["password"]["no_log"] is True
    for option in ("update_password", "reset_password", "force_random_password"):
        assert spec[option]["no_log"] is False
    assert spec["account_state"]["choices"] == ["active", "blocked", "deactivated", "banned"]


# -- validation -------------------------------------------------------------------------------------

@pytest.mark.parametrize("given, fragment", [
    (dict(email="not-an-email"), "email must be an email address"),
    (dict(email=""), "email must be an email address"),
    (dict(public_email="a b@example.com"), "public_email must be an email address"),
    (dict(commit_email="nope"), "commit_email must be an email address"),
    (dict(projects_limit=-1), "projects_limit must be 0 or more"),
    (dict(shared_runners_minutes_limit=-5), "shared_runners_minutes_limit must be 0 or more"),
    (dict(wait_timeout=-1), "wait_timeout must be 0 or more"),
    (dict(password="short"), "password must be at least 8 characters"),
    (dict(avatar="/nonexistent/avatar.png"), "avatar must be the path of an image file"),
    (dict(name="  "), "name must not be empty"),
    (dict(username=""), "username must not be empty"),
    (dict(identities=[dict(provider="a", extern_uid="1"), dict(provider="a", extern_uid="2")]),
     "provider 'a' is listed more than once"),
    (dict(identities=[dict(provider="", extern_uid="1")]), "provider and extern_uid must not be empty"),
    (dict(custom_attributes={"k": ""}), "the value of 'k' must not be empty"),
])
def test_bad_input_is_named(given, fragment):
    problems = validate(params(**dict(dict(username="u"), **given)))
    assert any(fragment in problem for problem in problems), problems


def test_password_never_appears_in_validation_messages():
    problems = validate(params(username="u", password="sh0rt!"))
    assert problems and all("sh0rt!" not in problem for problem in problems)


@pytest.mark.parametrize("given", [
    dict(public_email=""), dict(commit_email=""), dict(commit_email="_private"), dict(email="a@localhost"),
    dict(projects_limit=0), dict(password="12345678"), dict(custom_attributes={"k": 0}),
])
def test_good_input_passes(given):
    assert validate(params(username="u", **given)) == []


# -- normalisation and comparison -------------------------------------------------------------------

@pytest.mark.parametrize("option, desired, current, same", [
    ("bio", "", None, True),
    ("bio", "", "", True),
    ("bio", None, "", True),
    ("bio", "x", "", False),
    ("bio", "X", "x", False),  # strings other than emails are compared exactly
    ("pronouns", "", None, True),
    ("public_email", "Bob@Example.com", "bob@example.com", True),
    ("public_email", "", None, True),
    ("public_email", "", "bob@example.com", False),
    ("admin", False, None, True),
    ("admin", True, False, False),
    ("projects_limit", 0, 0, True),
    ("projects_limit", 10, 100000, False),
    ("shared_runners_minutes_limit", 0, None, False),
])
def test_same_value(option, desired, current, same):
    assert ATTRIBUTES[option].same(desired, current, {}) is same


@pytest.mark.parametrize("desired, current, primary, same", [
    ("", "bob@example.com", "bob@example.com", True),  # GitLab shows the primary when unset
    ("", "", "bob@example.com", True),
    ("", "other@example.com", "bob@example.com", False),
    ("_private", "_private", "bob@example.com", True),
    ("_private", "42-bob@users.noreply.gitlab.example.com", "bob@example.com", True),
    # Gitlab::PrivateCommitEmail.for_user: "<id>-<username>@<commit_email_hostname>", whatever the hostname.
    ("_private", "42-bob@commits.example.org", "bob@example.com", True),
    ("_private", "43-bob@users.noreply.gitlab.example.com", "bob@example.com", False),
    ("_private", "bob@users.noreply.github.com", "bob@example.com", False),
    ("_private", "bob@example.com", "bob@example.com", False),
    ("BOB@example.com", "bob@example.com", "x@example.com", True),
])
def test_commit_email_comparison(desired, current, primary, same):
    user = {"id": 42, "username": "bob", "email": primary}
    assert ATTRIBUTES["commit_email"].same(desired, current, user) is same


def test_plan_attributes_only_managed_and_unverifiable_split():
    user = dict(name="Bob", is_admin=True, bio=None, projects_limit=10, theme_id=3)
    changes, unverifiable = ATTRIBUTES.plan(
        params(name="Bob", bio="", projects_limit=11, view_diffs_file_by_file=True, auditor=True), user)
    assert changes == {"projects_limit": 11}
    assert unverifiable == {"view_diffs_file_by_file": True, "auditor": True}  # no is_auditor on CE
    # admin omitted: never demoted
    assert "admin" not in changes


def test_plan_attributes_job_title_is_not_a_change():
    changes, unverifiable = ATTRIBUTES.plan(params(job_title="SRE"), dict(job_title=""))
    assert changes == {} and unverifiable == {"job_title": "SRE"}
    assert ATTRIBUTES.plan(params(job_title="SRE"), dict(job_title="SRE")) == ({}, {})


def test_plan_attributes_ee_fields_compared_when_returned():
    user = dict(is_auditor=False, shared_runners_minutes_limit=None)
    changes, unverifiable = ATTRIBUTES.plan(params(auditor=True, shared_runners_minutes_limit=5), user)
    assert changes == {"auditor": True, "shared_runners_minutes_limit": 5}
    assert unverifiable == {}


# -- identities -------------------------------------------------------------------------------------

def test_identities_compared_on_provider_and_extern_uid_only():
    current = [dict(provider="saml", extern_uid="u1", saml_provider_id=7), dict(provider="github", extern_uid="9")]
    to_set, to_delete = plan_identities(current, [dict(provider="saml", extern_uid="u1")], purge=False)
    assert (to_set, to_delete) == ([], [])
    to_set, to_delete = plan_identities(current, [dict(provider="saml", extern_uid="u1")], purge=True)
    assert (to_set, to_delete) == ([], ["github"])


def test_identities_changed_and_added():
    current = [dict(provider="saml", extern_uid="old")]
    desired = [dict(provider="saml", extern_uid="new"), dict(provider="ldapmain", extern_uid="cn=a")]
    to_set, to_delete = plan_identities(current, desired, purge=True)
    assert to_set == desired and to_delete == []


def test_identities_purge_all():
    current = [dict(provider="a", extern_uid="1"), dict(provider="b", extern_uid="2")]
    assert plan_identities(current, [], purge=True) == ([], ["a", "b"])
    assert plan_identities(current, [], purge=False) == ([], [])


def test_ldap_dn_normalised_like_gitlab():
    assert normalize_extern_uid("ldapmain", "CN=Bob Smith, OU=People ,DC=example") == \
        "cn=bob smith,ou=people,dc=example"
    assert normalize_extern_uid("saml", "CaseMatters") == "CaseMatters"
    current = [dict(provider="ldapmain", extern_uid="cn=bob,ou=people")]
    assert plan_identities(current, [dict(provider="ldapmain", extern_uid="CN=Bob, OU=People")], False) == ([], [])


# -- custom attributes ------------------------------------------------------------------------------

def test_custom_attributes_plan():
    current = [dict(key="a", value="1"), dict(key="b", value="x"), dict(key="c", value="true")]
    to_set, to_delete = plan_custom_attributes(current, {"a": 1, "b": "y", "c": True, "d": "new"}, purge=False)
    assert to_set == {"b": "y", "d": "new"} and to_delete == []
    to_set, to_delete = plan_custom_attributes(current, {"a": "1"}, purge=True)
    assert to_set == {} and to_delete == ["b", "c"]
    assert plan_custom_attributes(None, {}, purge=True) == ({}, [])


# -- predictions and views --------------------------------------------------------------------------

def test_predict_write_maps_options_to_entity_keys():
    user = dict(id=1, username="bob", email="bob@example.com", is_admin=False, commit_email="x@example.com",
                public_email="x@example.com", identities=[dict(provider="saml", extern_uid="old")])
    predicted = predict_write(user, dict(admin=True, commit_email="", public_email="", email="new@example.com",
                                         skip_reconfirmation=True, password="secret-password",
                                         provider="saml", extern_uid="new"))
    assert predicted["is_admin"] is True
    assert predicted["commit_email"] == "new@example.com"
    assert predicted["public_email"] == ""
    assert predicted["email"] == "new@example.com"
    assert predicted["identities"] == [dict(provider="saml", extern_uid="new")]
    assert "password" not in predicted and "secret-password" not in repr(predicted)
    assert user["is_admin"] is False  # not modified in place


def test_managed_view_only_managed_keys():
    user = dict(id=1, username="Bob", email="b@example.com", is_admin=True, bio=None, state="blocked",
                identities=[dict(provider="saml", extern_uid="1", saml_provider_id=3)],
                custom_attributes=[dict(key="k", value="v")], two_factor_enabled=True)
    view = managed_view(params(username="bob", bio="", identities=[], custom_attributes={},
                               view_diffs_file_by_file=True), user)
    assert view == dict(username="Bob", state="present", bio="", identities=[dict(provider="saml", extern_uid="1")],
                        custom_attributes={"k": "v"})
    view = managed_view(params(username="bob", admin=True, account_state="active", disable_two_factor=True), user)
    assert view == dict(username="Bob", state="present", admin=True, account_state="blocked",
                        two_factor_enabled=True)
    assert managed_view(params(username="bob"), None) == dict(username="bob", state="absent")
