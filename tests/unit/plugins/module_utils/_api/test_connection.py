# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The connection options: argument spec, the one check of them, warnings, and the client built from them."""

from __future__ import annotations

import pytest
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.connection import (
    CONNECTION_MUTUALLY_EXCLUSIVE,
    connection_argument_spec,
    connection_options_error,
    connection_warnings,
    normalize_api_url,
)

GOOD = {"api_url": "https://gitlab.example.com", "api_token": "glpat-0123456789abcdef"}


def options(**changes):
    """get_option over GOOD with `changes` (None removes an option)."""
    values = dict(GOOD)
    values.update(changes)
    return values.get


def validate(args):
    """What AnsibleModule makes of `args` with the connection argument spec: (params, error messages)."""
    result = ArgumentSpecValidator(connection_argument_spec(), mutually_exclusive=CONNECTION_MUTUALLY_EXCLUSIVE
                                   ).validate(args)
    return result.validated_parameters, result.error_messages


# -- argument spec ----------------------------------------------------------------------------------
def test_argument_spec_names_types_and_secrets():
    spec = connection_argument_spec()
    assert {name: option["type"] for name, option in spec.items()} == {
        "api_url": "str", "api_token": "str", "api_oauth_token": "str", "validate_certs": "bool",
        "ca_path": "path", "timeout": "int", "max_retries": "int", "retry_timeout": "int", "sudo": "str",
        "rate_limits": "dict"}
    assert [name for name, option in spec.items() if option.get("no_log")] == ["api_token", "api_oauth_token"]
    assert connection_argument_spec() is not spec  # callers may extend their copy


def test_argument_spec_defaults_and_environment(monkeypatch):
    monkeypatch.setenv("GITLAB_URL", "https://env.example.com")
    monkeypatch.setenv("GITLAB_TOKEN", "glpat-from-the-environment")
    params, errors = validate({})
    assert errors == []
    assert params == {"api_url": "https://env.example.com", "api_token": "glpat-from-the-environment",
                      "api_oauth_token": None, "validate_certs": True, "ca_path": None, "timeout": 30,
                      "max_retries": 5, "retry_timeout": 120, "sudo": None, "rate_limits": None}
    assert connection_options_error(params.get) is None
    monkeypatch.delenv("GITLAB_TOKEN")
    monkeypatch.setenv("GITLAB_OAUTH_TOKEN", "oauth-from-the-environment")
    assert validate({})[0]["api_oauth_token"] == "oauth-from-the-environment"


def test_argument_spec_refuses_both_tokens():
    _params, errors = validate({"api_token": "a" * 20, "api_oauth_token": "b" * 20})
    assert len(errors) == 1 and "api_token|api_oauth_token" in errors[0]


# -- connection_options_error -------------------------------------------------------------------------
def test_good_options_have_no_error():
    assert connection_options_error(options()) is None
    assert connection_options_error(options(api_token=None, api_oauth_token="oauth-token-value")) is None


@pytest.mark.parametrize("changes, expected", [
    ({"api_url": None}, "api_url is required (or set the GITLAB_URL environment variable)"),
    ({"api_url": "gitlab.example.com"},
     "api_url must start with http:// or https:// and name a host, got 'gitlab.example.com'"),
    ({"api_token": None}, "one of api_token or api_oauth_token is required "
                          "(or set the GITLAB_TOKEN or GITLAB_OAUTH_TOKEN environment variable)"),
    ({"api_token": "  \n"}, "one of api_token or api_oauth_token is required "
                            "(or set the GITLAB_TOKEN or GITLAB_OAUTH_TOKEN environment variable)"),
    ({"api_oauth_token": "oauth-token-value"}, "api_token and api_oauth_token are mutually exclusive"),
    ({"timeout": 0}, "timeout must be a positive number of seconds, got 0"),
    ({"sudo": "root\nX-Other: 1"}, "sudo contains a control character (such as a line break); it must be a "
                                   "username or a user ID"),
    ({"rate_limits": ["ssh_keys"]}, "rate_limits must be a dictionary such as {ssh_keys: 120}, got ['ssh_keys']"),
    ({"rate_limits": {"ssh-keys": 120}}, "rate_limits: unknown limit 'ssh-keys' (known: users_get_by_id, followers, "
                                         "following, status, ssh_keys, ssh_key, gpg_keys, gpg_key)"),
    ({"rate_limits": {"ssh_keys": -1}}, "rate_limits.ssh_keys must be a whole number of requests, 0 or more, got -1"),
    ({"rate_limits": {"status": "fast"}}, "rate_limits.status must be a whole number of requests, 0 or more, got "
                                          "'fast'"),
])
def test_each_problem_names_its_option(changes, expected):
    assert connection_options_error(options(**changes)) == expected


def test_rate_limits_take_gitlab_s_setting_names_and_numbers():
    """The names of GitLab's Users API rate limit settings without their prefix; a templated "120" counts; 0 is
    GitLab's "no limit"."""
    assert connection_options_error(options(rate_limits={"ssh_keys": 120, "gpg_keys": "120", "status": 0,
                                                         "users_get_by_id": 300})) is None


def test_all_problems_are_reported_at_once():
    message = connection_options_error(options(api_url=None, api_token=None, timeout=-1))
    assert message.count("; ") == 2
    assert "api_url" in message and "api_token" in message and "timeout" in message


def test_the_client_checks_options_the_same_way():
    with pytest.raises(ValueError) as caught:
        GitLabClient.from_options(options(api_oauth_token="oauth-token-value"))
    assert str(caught.value) == connection_options_error(options(api_oauth_token="oauth-token-value"))


# -- connection_warnings ------------------------------------------------------------------------------
def test_no_warnings_by_default():
    assert connection_warnings(options()) == []
    assert connection_warnings(options(validate_certs=True)) == []


def test_validate_certs_false_is_warned_once():
    (warning,) = connection_warnings(options(validate_certs=False))
    assert "validate_certs" in warning and "ca_path" in warning


# -- tokens: whitespace and characters that cannot be sent --------------------------------------------
@pytest.mark.parametrize("option", ["api_token", "api_oauth_token"])
@pytest.mark.parametrize("garbled", ["glpat-abc\ndef", "glpat-abc\rdef", "glpat-abc\tdef", "glpat-abc\x00def",
                                     "glpat-abc\u20acdef"])
def test_token_with_inner_unsendable_character_is_refused_without_showing_it(option, garbled):
    other = "api_oauth_token" if option == "api_token" else "api_token"
    message = connection_options_error(options(**{option: garbled, other: None}))
    assert message.startswith(option + " contains a control character")
    assert "abc" not in message and "def" not in message


@pytest.mark.parametrize("padded", ["glpat-0123456789abcdef\n", "  glpat-0123456789abcdef\r\n", "\tglpat-0123456789abcdef "])
def test_token_surrounding_whitespace_is_fine(padded):
    assert connection_options_error(options(api_token=padded)) is None


# -- ca_path, retries, api_url credentials -------------------------------------------------------------
def test_missing_ca_path_is_named_before_any_request(tmp_path):
    missing = str(tmp_path / "nowhere" / "ca.pem")
    message = connection_options_error(options(ca_path=missing))
    assert message == ("ca_path %s does not exist (it should be a PEM file with the CA certificates of the GitLab "
                       "server)" % missing)
    with pytest.raises(ValueError, match="^ca_path "):
        GitLabClient.from_options(options(ca_path=missing))


def test_ca_path_is_not_checked_when_certificates_are_not_validated(tmp_path):
    assert connection_options_error(options(ca_path=str(tmp_path / "missing.pem"), validate_certs=False)) is None


def test_existing_ca_path_is_fine(tmp_path):
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text("not checked here; requests reads it\n")
    assert connection_options_error(options(ca_path=str(ca_file))) is None


@pytest.mark.parametrize("value, fine", [(0, True), (10, True), (11, False), (-1, False), (1000, False)])
def test_max_retries_is_bounded(value, fine):
    message = connection_options_error(options(max_retries=value))
    if fine:
        assert message is None
    else:
        assert message == "max_retries must be a number between 0 and 10, got %d" % value


@pytest.mark.parametrize("value, fine", [(0, True), (120, True), (3600, True), (-5, False)])
def test_retry_timeout_is_checked(value, fine):
    message = connection_options_error(options(retry_timeout=value))
    assert (message is None) if fine else (message == "retry_timeout must be a number 0 or more, got %d" % value)


@pytest.mark.parametrize("url", ["https://alice:s3cr3t-pass@gitlab.example.com",
                                 "https://oauth2:s3cr3t-pass@gitlab.example.com/api/v4",
                                 "http://s3cr3t-pass@gitlab.example.com"])
def test_credentials_in_api_url_are_refused_without_echoing_them(url):
    message = connection_options_error(options(api_url=url))
    assert message.startswith("api_url must not contain a user name or password")
    assert "s3cr3t" not in message and "alice" not in message
    with pytest.raises(ValueError) as caught:
        GitLabClient.from_options(options(api_url=url))
    assert "s3cr3t" not in str(caught.value)


# -- api_url forms ----------------------------------------------------------------------------------
@pytest.mark.parametrize("given, expected", [
    ("https://gitlab.example.com", "https://gitlab.example.com/api/v4"),
    ("https://gitlab.example.com/", "https://gitlab.example.com/api/v4"),
    ("https://gitlab.example.com/api/v4", "https://gitlab.example.com/api/v4"),
    ("https://gitlab.example.com/api/v4/", "https://gitlab.example.com/api/v4"),
    ("https://example.com/gitlab/api/v4/", "https://example.com/gitlab/api/v4"),
    ("https://example.com/gitlab", "https://example.com/gitlab/api/v4"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080/api/v4"),
])
def test_api_url_forms_are_normalised(given, expected):
    assert normalize_api_url(given) == expected
    assert GitLabClient(given, api_token="t").api_url == expected
