# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Bad input, module by module: refused before any request, with a message naming the option, never
echoing the token. A module adds its rows to BAD_INPUT."""

from __future__ import annotations

import pytest
from gitlab_kit import clear, log

from ansible_collections.gitlab_ops.users.plugins.modules import gitlab_user_email, gitlab_user_status

SECRET_TOKEN_PART = "glpat-leak-me-not"

# (module, options, words that must all be in the message)
BAD_INPUT = [
    (gitlab_user_email, dict(email="not-an-address"), ["email must be an email address"]),
    (gitlab_user_email, dict(email=""), ["email must be an email address"]),
    (gitlab_user_email, dict(email="a b@example.com"), ["email"]),
    (gitlab_user_email, dict(emails=[dict(email="x")]), ["emails[0].email must be an email address"]),
    (gitlab_user_email, dict(emails=[dict(email="a@example.com"), dict(email="A@Example.com ")]),
     ["emails[1].email", "more than once"]),
    (gitlab_user_email, dict(emails=[dict(state="present")]), ["email"]),
    (gitlab_user_email, dict(emails=[dict(email="a@example.com", state="gone")]), ["state"]),
    (gitlab_user_email, dict(emails="a@example.com"), ["emails"]),
    (gitlab_user_email, dict(email="a@example.com", emails=[]), ["email", "emails"]),
    (gitlab_user_email, dict(), ["email", "emails"]),
    (gitlab_user_email, dict(email="a@example.com", state="gone"), ["state"]),
    (gitlab_user_email, dict(email="a@example.com", exclusive="perhaps"), ["exclusive"]),
    (gitlab_user_email, dict(email="a@example.com", skip_confirmation="maybe"), ["skip_confirmation"]),
    (gitlab_user_email, dict(email="a@example.com", user=""), ["user must not be empty"]),
    (gitlab_user_email, dict(email="a@example.com", user="   "), ["user must not be empty"]),
    (gitlab_user_email, dict(email="a@example.com", user=".."), ["user", "not a GitLab username"]),
    (gitlab_user_email, dict(email="a@example.com", user="a/b"), ["user", "not a GitLab username"]),
    (gitlab_user_email, dict(email="a@example.com", user="alice\nSudo: root"), ["user", "not a GitLab username"]),
    (gitlab_user_email, dict(email="a@example.com", user=0), ["user must be a positive user id"]),
    (gitlab_user_email, dict(email="a@example.com", user=-3), ["user must be a positive user id"]),
    (gitlab_user_email, dict(email="a@example.com", user=True), ["user must be a username or a user id"]),
    (gitlab_user_email, dict(email="a@example.com", user=["alice"]), ["user must be a username or a user id"]),
    (gitlab_user_email, dict(email="a@example.com", api_token=SECRET_TOKEN_PART + "\nx"), ["api_token"]),
    (gitlab_user_email, dict(email="a@example.com", user="..", skip_confirmation=True), ["user"]),
    (gitlab_user_status, dict(emoji=":coffee:"), ["emoji", "without colons", "'coffee'"]),
    (gitlab_user_status, dict(emoji="Coffee"), ["emoji", "lower case"]),
    (gitlab_user_status, dict(emoji="\u2615"), ["emoji", "not the character"]),
    (gitlab_user_status, dict(emoji="hot beverage"), ["emoji", "not an emoji name"]),
    (gitlab_user_status, dict(emoji="a/b"), ["emoji"]),
    (gitlab_user_status, dict(status_message="x" * 101), ["status_message must be at most 100 characters long, got 101"]),
    (gitlab_user_status, dict(availability="away"), ["availability"]),
    (gitlab_user_status, dict(clear_status_after="1_hour"), ["clear_status_after"]),
    (gitlab_user_status, dict(state="gone"), ["state"]),
    (gitlab_user_status, dict(state="absent", emoji="coffee", clear_status_after="1_day"),
     ["emoji, clear_status_after cannot be used with state=absent"]),
    (gitlab_user_status, dict(state="absent", status_message=""), ["status_message cannot be used with state=absent"]),
    (gitlab_user_status, dict(user=""), ["user must not be empty"]),
    (gitlab_user_status, dict(user=".."), ["user", "not a GitLab username"]),
    (gitlab_user_status, dict(user="a/b"), ["user", "not a GitLab username"]),
    (gitlab_user_status, dict(user="alice\nSudo: root"), ["user", "not a GitLab username"]),
    (gitlab_user_status, dict(user="alice bob"), ["user", "not a GitLab username"]),
    (gitlab_user_status, dict(user=0), ["user must be a positive user id"]),
    (gitlab_user_status, dict(user=False), ["user must be a username or a user id"]),
    (gitlab_user_status, dict(user={"id": 1}), ["user must be a username or a user id"]),
    (gitlab_user_status, dict(api_token=SECRET_TOKEN_PART + "\nx", emoji="coffee"), ["api_token"]),
    (gitlab_user_status, dict(user="..", emoji="Coffee", status_message="x" * 200), ["user", "emoji", "status_message"]),
]


@pytest.mark.parametrize("module, options, words", BAD_INPUT,
                         ids=["%s-%d" % (row[0].__name__.rsplit(".", 1)[-1], n) for n, row in enumerate(BAD_INPUT)])
def test_bad_input_fails_before_any_request(run_module, sim, module, options, words):
    clear(sim)
    result = run_module(module.main, **options)
    assert result.get("failed") is True, result
    for word in words:
        assert word in result["msg"], (word, result["msg"])
    assert log(sim) == [], "a request was sent"
    assert SECRET_TOKEN_PART not in result["_out"]
