# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Bad input across all modules, in one table: every row fails before any request (the simulator's request log
stays empty) with a message naming the option, and never echoes a secret it was given."""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import days_from_today
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import PNG, clear, log
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import (
    BY_NAME,
    gpg_public_key,
    ssh_public_key,
)

PASSWORD = "Initial-Secret-4711"
SECRET_TOKEN_PART = "glpat-leak-me-not"
SSH_KEY = ssh_public_key()
GPG_KEY = gpg_public_key("bad-input@example.com")
# Values of rows that must never appear in the module's output.
SECRETS = (SECRET_TOKEN_PART, "hunter2-secret", PASSWORD, "Short1!")


def _files(tmp_path):
    big = tmp_path / "big.png"
    big.write_bytes(PNG + b"\0" * (200 * 1024))
    script = tmp_path / "avatar.png"
    script.write_text("#!/bin/sh\nrm -rf /\n")
    return dict(big=str(big), script=str(script))


# Every module shares the connection options and their checks; each module gets a few of those rows too.
CONNECTION = [
    (dict(connect=False, api_token="t0ken-value"), ["api_url"]),
    (dict(api_token=SECRET_TOKEN_PART + "\nsecond-line"), ["api_token"]),
    (dict(max_retries=1000), ["max_retries"]),
    (dict(ca_path="/nonexistent/ca.pem"), ["ca_path"]),
]

# module -> [(options, words that must all be in the message)]. "connect" False: no api_url/api_token are
# passed. The options go over the module's own valid options (IDENTITY), so each row breaks one thing.
TABLE = {
    "gitlab_user": [
        # connection options
        (dict(connect=False, api_token="t0ken-value"), ["api_url"]),
        (dict(api_url="gitlab.example.com"), ["api_url"]),
        (dict(api_url="ftp://gitlab.example.com"), ["api_url"]),
        (dict(api_url="https://"), ["api_url"]),
        (dict(api_url="https://gitlab.example.com/?page=2"), ["api_url"]),
        (dict(api_url="https://gitlab.example.com/#top"), ["api_url"]),
        (dict(api_url="https://admin:hunter2-secret@gitlab.example.com"), ["api_url"]),
        (dict(api_url="   "), ["api_url"]),
        (dict(connect=False, api_url="https://gitlab.example.com"), ["api_token"]),
        (dict(api_oauth_token="oauth-" + SECRET_TOKEN_PART), ["api_token", "api_oauth_token"]),
        (dict(api_token=SECRET_TOKEN_PART + "\nsecond-line"), ["api_token"]),
        (dict(api_token=SECRET_TOKEN_PART + "\x00"), ["api_token"]),
        (dict(api_token="   "), ["api_token"]),
        (dict(connect=False, api_url="https://gitlab.example.com", api_oauth_token=SECRET_TOKEN_PART + "\r\nx"),
         ["api_oauth_token"]),
        (dict(timeout=0), ["timeout"]),
        (dict(timeout=-5), ["timeout"]),
        (dict(timeout="soon"), ["timeout"]),
        (dict(max_retries=-1), ["max_retries"]),
        (dict(max_retries=1000), ["max_retries"]),
        (dict(retry_timeout=-1), ["retry_timeout"]),
        (dict(ca_path="/nonexistent/ca.pem"), ["ca_path"]),
        (dict(validate_certs="perhaps"), ["validate_certs"]),
        # identity of the user
        (dict(username=""), ["username"]),
        (dict(username="   "), ["username"]),
        (dict(username=None), ["username"]),
        (dict(state="gone"), ["state"]),
        # attributes
        (dict(email="bad-address"), ["email"]),
        (dict(email=""), ["email"]),
        (dict(email="a b@example.com"), ["email"]),
        (dict(public_email="bad"), ["public_email"]),
        (dict(commit_email="bad"), ["commit_email"]),
        (dict(name=""), ["name"]),
        (dict(name="   "), ["name"]),
        (dict(name="x" * 256), ["name", "255"]),
        (dict(projects_limit=-1), ["projects_limit"]),
        (dict(projects_limit="many"), ["projects_limit"]),
        (dict(theme_id=-1), ["theme_id"]),
        (dict(color_scheme_id=-2), ["color_scheme_id"]),
        (dict(shared_runners_minutes_limit=-1), ["shared_runners_minutes_limit"]),
        (dict(extra_shared_runners_minutes_limit=-1), ["extra_shared_runners_minutes_limit"]),
        (dict(admin="perhaps"), ["admin"]),
        (dict(wait_timeout=-1), ["wait_timeout"]),
        (dict(account_state="frozen"), ["account_state"]),
        (dict(update_password="sometimes"), ["update_password"]),
        (dict(isAdmin=True), ["isAdmin"]),
        # secrets and option combinations GitLab would silently mishandle
        (dict(password="Short1!"), ["password", "8"]),
        (dict(password=PASSWORD, reset_password=True), ["password", "reset_password"]),
        (dict(password=PASSWORD, force_random_password=True), ["password", "force_random_password"]),
        (dict(reset_password=True, force_random_password=True), ["reset_password", "force_random_password"]),
        (dict(update_password="always"), ["update_password", "password"]),
        (dict(update_avatar="always"), ["update_avatar", "avatar"]),
        (dict(remove_previous_email=True), ["remove_previous_email", "email"]),
        # avatar
        (dict(avatar="/does/not/exist.png"), ["avatar"]),
        (dict(avatar="big"), ["avatar", "200 KiB"]),
        (dict(avatar="script"), ["avatar", "image"]),
        # identities
        (dict(identities=[dict(provider="x")]), ["extern_uid"]),
        (dict(identities=[dict(provider="", extern_uid="1")]), ["identities"]),
        (dict(identities=[dict(provider="a", extern_uid="1"), dict(provider="a", extern_uid="2")]), ["identities"]),
        (dict(identities=[dict(provider="..", extern_uid="1")]), ["identities"]),
        (dict(identities=[dict(provider=".", extern_uid="1")]), ["identities"]),
        (dict(identities="saml"), ["identities"]),
        # custom attributes
        (dict(custom_attributes={"": "v"}), ["custom_attributes"]),
        (dict(custom_attributes={".": "v"}), ["custom_attributes"]),
        (dict(custom_attributes={"..": "v"}), ["custom_attributes"]),
        (dict(custom_attributes={"k": ""}), ["custom_attributes", "'k'"]),
        (dict(custom_attributes={"k": None}), ["custom_attributes", "'k'"]),
        (dict(custom_attributes={"k": {"nested": 1}}), ["custom_attributes", "'k'"]),
        (dict(custom_attributes={"k": [1, 2]}), ["custom_attributes", "'k'"]),
        (dict(custom_attributes={"blocked_by": "me"}), ["custom_attributes", "blocked_by"]),
        (dict(custom_attributes="team"), ["custom_attributes"]),
    ],
    # The key modules' own tables (in their test files) cover the key formats; these rows cover the options
    # around the key.
    "gitlab_user_key": [
        (dict(key=None, keys=None), ["key", "keys"]),
        (dict(keys=[dict(key=SSH_KEY, title="a")]), ["key", "keys", "mutually exclusive"]),
        (dict(key="-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + PASSWORD + "\n"
              "-----END OPENSSH PRIVATE KEY-----"), ["key ", "private key"]),
        (dict(title="x" * 256), ["title", "255"]),
        (dict(expires_at="2001-02-03"), ["2001-02-03", "expired"]),
        (dict(expires_at="tomorrow"), ["tomorrow"]),
        (dict(usage_type="everything"), ["usage_type"]),
        (dict(state="present-ish"), ["state"]),
        (dict(exclusive="yes please"), ["exclusive"]),
        (dict(user="a/b"), ["user"]),
        (dict(user=0), ["user"]),
        (dict(user=["alice", "bob"]), ["user"]),
        (dict(sudo="root\nX-Other: 1"), ["sudo"]),
    ],
    "gitlab_user_gpg_key": [
        (dict(key=None, keys=None), ["key", "keys"]),
        (dict(key="0x" + "A" * 40), ["key ", "fingerprint"]),
        (dict(key="-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGXX" + PASSWORD + "\n"
              "-----END PGP PRIVATE KEY BLOCK-----"), ["key ", "private key"]),
        (dict(key="-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n!!!!\n-----END PGP PUBLIC KEY BLOCK-----"), ["key "]),
        (dict(revoke="perhaps"), ["revoke"]),
        (dict(state="revoked"), ["state"]),
        (dict(exclusive="sometimes"), ["exclusive"]),
        (dict(user=""), ["user"]),
        (dict(user=-1), ["user"]),
        (dict(user=dict(id=3)), ["user"]),
        (dict(timeout=0), ["timeout"]),
    ],
    # gitlab_user_email and gitlab_user_status: their table of tests/unit/plugins/modules/test_bad_input.py, moved
    # here; None leaves out an option of IDENTITY.
    "gitlab_user_email": [
        (dict(email="not-an-address"), ["email must be an email address"]),
        (dict(email=""), ["email must be an email address"]),
        (dict(email="a b@example.com"), ["email"]),
        (dict(email=None, emails=[dict(email="x")]), ["emails[0].email must be an email address"]),
        (dict(email=None, emails=[dict(email="a@example.com"), dict(email="A@Example.com ")]),
         ["emails[1].email", "more than once"]),
        (dict(email=None, emails=[dict(state="present")]), ["email"]),
        (dict(email=None, emails=[dict(email="a@example.com", state="gone")]), ["state"]),
        (dict(email=None, emails="a@example.com"), ["emails"]),
        (dict(emails=[]), ["email", "emails"]),
        (dict(email=None), ["email", "emails"]),
        (dict(state="gone"), ["state"]),
        (dict(exclusive="perhaps"), ["exclusive"]),
        (dict(skip_confirmation="maybe"), ["skip_confirmation"]),
        (dict(user=""), ["user must not be empty"]),
        (dict(user="   "), ["user must not be empty"]),
        (dict(user=".."), ["user", "not a GitLab username"]),
        (dict(user="a/b"), ["user", "not a GitLab username"]),
        (dict(user="alice\nSudo: root"), ["user", "not a GitLab username"]),
        (dict(user=0), ["user must be a positive user id"]),
        (dict(user=-3), ["user must be a positive user id"]),
        (dict(user=True), ["user must be a username or a user id"]),
        (dict(user=["alice"]), ["user must be a username or a user id"]),
        (dict(api_token=SECRET_TOKEN_PART + "\nx"), ["api_token"]),
        (dict(user="..", skip_confirmation=True), ["user"]),
        (dict(email=None, emails=[dict(email="a@example.com"), dict(email="A@example.com", state="absent")]),
         ["emails"]),
    ],
    "gitlab_user_status": [
        (dict(emoji=":coffee:"), ["emoji", "without colons", "'coffee'"]),
        (dict(emoji="Coffee"), ["emoji", "lower case"]),
        (dict(emoji="\u2615"), ["emoji", "not the character"]),
        (dict(emoji="hot beverage"), ["emoji", "not an emoji name"]),
        (dict(emoji="a/b"), ["emoji"]),
        (dict(status_message="x" * 101), ["status_message must be at most 100 characters long, got 101"]),
        (dict(availability="away"), ["availability"]),
        (dict(clear_status_after="1_hour"), ["clear_status_after"]),
        (dict(state="gone"), ["state"]),
        (dict(state="absent", emoji="coffee", clear_status_after="1_day"),
         ["emoji, clear_status_after cannot be used with state=absent"]),
        (dict(state="absent", emoji=None, status_message=""), ["status_message cannot be used with state=absent"]),
        (dict(user=""), ["user must not be empty"]),
        (dict(user=".."), ["user", "not a GitLab username"]),
        (dict(user="a/b"), ["user", "not a GitLab username"]),
        (dict(user="alice\nSudo: root"), ["user", "not a GitLab username"]),
        (dict(user="alice bob"), ["user", "not a GitLab username"]),
        (dict(user=0), ["user must be a positive user id"]),
        (dict(user=False), ["user must be a username or a user id"]),
        (dict(user={"id": 1}), ["user must be a username or a user id"]),
        (dict(api_token=SECRET_TOKEN_PART + "\nx"), ["api_token"]),
        (dict(user="..", emoji="Coffee", status_message="x" * 200), ["user", "emoji", "status_message"]),
        (dict(retry_timeout=-5), ["retry_timeout"]),
    ],
    "gitlab_user_preferences": [
        (dict(user=""), ["user must not be empty"]),
        (dict(user="a/b"), ["user", "not a GitLab username"]),
        (dict(user="alice\nSudo: root"), ["user", "not a GitLab username"]),
        (dict(user=0), ["user must be a positive user id"]),
        (dict(user={"id": 1}), ["user must be a username or a user id"]),
        (dict(view_diffs_file_by_file="sometimes"), ["view_diffs_file_by_file"]),
        (dict(pass_user_identities_to_ci_jwt="maybe"), ["pass_user_identities_to_ci_jwt"]),
        (dict(theme_id=2), ["theme_id"]),
    ],
    "gitlab_user_follow": [
        (dict(users=None), ["users"]),
        (dict(users=[0]), ["users[0] must be a positive user id"]),
        (dict(users=[{"id": 2}]), ["users[0] must be a username or a user id"]),
        (dict(users=["a b"]), ["users[0]", "not a GitLab username"]),
        (dict(state="absent", exclusive=True), ["exclusive cannot be used with state=absent"]),
        (dict(exclusive="maybe"), ["exclusive"]),
        (dict(user=-1), ["user must be a positive user id"]),
        (dict(user="x\ny"), ["user", "not a GitLab username"]),
    ],
    "gitlab_user_info": [
        (dict(users=None), ["users"]),
        (dict(users=[]), ["users"]),
        (dict(users=[""]), ["users"]),
        (dict(users=["alice", 0]), ["users"]),
        (dict(users=[True]), ["users"]),
        (dict(include=["keys", "passwords"]), ["include"]),
        (dict(include="everything"), ["include"]),
        (dict(max_concurrency=0), ["max_concurrency"]),
        (dict(max_concurrency=99), ["max_concurrency"]),
        (dict(api_url="https://root:hunter2-secret@gitlab.example.com"), ["api_url"]),
    ],
    # Each item is checked as its own module checks it; the message names the item.
    "gitlab_users_converge": [
        (dict(users=None), ["users"]),
        (dict(users="alice"), ["users"]),
        (dict(users=[dict(name="No Username")]), ["username"]),
        (dict(users=[dict(username="twice"), dict(username="TWICE")]), ["users", "twice"]),
        (dict(users=[dict(username="mail", email="not-an-address")]), ["email"]),
        (dict(users=[dict(username="pw", password="Short1!")]), ["password"]),
        (dict(users=[dict(username="keys", ssh_keys=[dict(key="ssh-foo AAAA")])]), ["ssh_keys"]),
        (dict(users=[dict(username="gpg", gpg_keys=[dict(key="hello")])]), ["gpg_keys"]),
        (dict(users=[dict(username="mood", status=dict(emoji=":coffee:"))]), ["emoji"]),
        (dict(users=[dict(username="tok", impersonation_tokens=[dict(name="ci", scopes=["everything"])])]),
         ["scopes", "everything"]),
        (dict(users=[dict(username="st", account_state="frozen")]), ["account_state"]),
        (dict(unlisted_action="archive"), ["unlisted_action"]),
        (dict(max_concurrency=0), ["max_concurrency"]),
        (dict(exclusive_keys="sometimes"), ["exclusive_keys"]),
        (dict(service_accounts=[dict(username="a/b")]), ["service_accounts[0]", "username"]),
        (dict(service_accounts=[dict(username="bot", group="platform")]), ["service_accounts", "group"]),
        (dict(service_accounts=[dict(username="bot", tokens=[dict(name="ci", scopes=["sudo"])])]),
         ["service_accounts[0] (bot)", "tokens (ci)", "sudo"]),
        (dict(service_accounts=[dict(username="bot", tokens=[dict(name="ci", scopes=["api"], rotate="weekly")])]),
         ["rotate"]),
        (dict(service_accounts=[dict(username="bot", state="absent", tokens=[dict(name="ci", state="absent")])]),
         ["tokens: only used with state=present"]),
    ],
    "gitlab_user_runner": [
        (dict(description=""), ["description must not be empty"]),
        (dict(description=None), ["description"]),
        (dict(maximum_timeout=300), ["maximum_timeout must be 600 or more, got 300"]),
        (dict(access_level="everything"), ["access_level"]),
        (dict(maintenance_note="n" * 1025), ["maintenance_note", "1024"]),
        (dict(tag_list=["docker,k8s"]), ["tag_list[0]", "comma"]),
        (dict(run_untagged=False, tag_list=[]), ["run_untagged", "tag_list"]),
        (dict(runner_type="instance_type"), ["group can only be given with runner_type=group_type"]),
        (dict(group=None), ["group"]),
        (dict(group="../admin"), ["group", "full path"]),
        (dict(group="a/b", project="a/b/c"), ["group", "project"]),
        (dict(runner_type="project_type", group=None, project="lonely"), ["project", "namespace"]),
        (dict(state="absent", reset_token=True), ["reset_token cannot be used with state=absent"]),
        (dict(api_token=SECRET_TOKEN_PART + "\nx"), ["api_token"]),
    ],
    "gitlab_impersonation_token": [
        (dict(name=None), ["name"]),
        (dict(name=""), ["name"]),
        (dict(scopes=["api", "everything"]), ["scopes", "everything"]),
        (dict(scopes=[]), ["scopes"]),
        (dict(expires_at="31.12.2030"), ["expires_at"]),
        (dict(expires_at="2001-01-01"), ["expires_at"]),
        (dict(expires_at="2030-01-01", expires_in_days=30), ["expires_at", "expires_in_days"]),
        (dict(expires_at=None, expires_in_days=0), ["expires_in_days"]),
        (dict(expires_at=None, expires_in_days=30, renew_before_days=31), ["renew_before_days"]),
        (dict(description="d" * 256), ["description", "255"]),
        (dict(type="deploy"), ["type"]),
        (dict(recreate="weekly"), ["recreate"]),
        (dict(user=None), ["user"]),
        (dict(user=True), ["user"]),
        (dict(api_oauth_token="oauth-" + SECRET_TOKEN_PART), ["api_token", "api_oauth_token"]),
    ],
    "gitlab_service_account": [
        (dict(username=None), ["username"]),
        (dict(username="a/b"), ["username"]),
        (dict(group=-3), ["group"]),
        (dict(group="a/../b"), ["group"]),
        (dict(name="n" * 256), ["name", "255"]),
        (dict(email="no-at-sign"), ["email"]),
        (dict(state="gone"), ["state"]),
        (dict(state="absent", wait_timeout=-1), ["wait_timeout"]),
    ],
    "gitlab_service_account_token": [
        (dict(service_account=None), ["service_account"]),
        (dict(service_account=0), ["service_account"]),
        (dict(group="a b"), ["group"]),
        (dict(scopes=["sudo"]), ["scopes", "sudo"]),
        (dict(scopes=["api", "everything"]), ["scopes", "everything"]),
        (dict(expires_at="2001-01-01"), ["expires_at"]),
        (dict(expires_at=None, expires_in_days=30, renew_before_days=30), ["renew_before_days"]),
        (dict(rotate="weekly"), ["rotate"]),
        (dict(description="d" * 256), ["description", "255"]),
    ],
    "gitlab_service_account_token-group": [
        (dict(group=0), ["group"]),
        (dict(group="a b"), ["group"]),
        (dict(group="a/../b"), ["group"]),
        (dict(group=True), ["group"]),
        (dict(service_account=None), ["service_account"]),
        (dict(scopes=["sudo"]), ["scopes", "sudo"]),
        (dict(expires_at="31.12.2030"), ["expires_at"]),
        (dict(rotate="weekly"), ["rotate"]),
    ],
}
# The options a row starts from: enough for the module to run, so that only the row's own value is wrong.
IDENTITY = {
    "gitlab_user": lambda unique: dict(username=unique("bad")),
    "gitlab_user_key": lambda unique: dict(user=unique("bad"), key=SSH_KEY),
    "gitlab_user_gpg_key": lambda unique: dict(user=unique("bad"), key=GPG_KEY),
    "gitlab_user_email": lambda unique: dict(user=unique("bad"), email="extra@example.com"),
    "gitlab_user_status": lambda unique: dict(user=unique("bad"), emoji="coffee"),
    "gitlab_user_preferences": lambda unique: dict(user=unique("bad"), view_diffs_file_by_file=True),
    "gitlab_user_follow": lambda unique: dict(user=unique("bad"), users=[unique("idol")]),
    "gitlab_user_info": lambda unique: dict(users=[unique("bad")]),
    "gitlab_user_runner": lambda unique: dict(runner_type="group_type", group=unique("bad"), description="docker"),
    "gitlab_users_converge": lambda unique: dict(users=[dict(username=unique("bad"))]),
    "gitlab_impersonation_token": lambda unique: dict(user=unique("bad"), name="ci", scopes=["api"],
                                                      expires_at=days_from_today(30)),
    "gitlab_service_account": lambda unique: dict(username=unique("bad"), name="Bot"),
    "gitlab_service_account_token": lambda unique: dict(service_account=unique("bad"), name="ci", scopes=["api"],
                                                        expires_at=days_from_today(30)),
    "gitlab_service_account_token-group": lambda unique: dict(group="platform/bots", service_account=unique("bad"),
                                                              name="ci", scopes=["api"], expires_at=days_from_today(30)),
}
ROWS = [(module, options, words) for module, rows in TABLE.items() for options, words in rows] + [
    (module, options, words) for module in TABLE if module != "gitlab_user" for options, words in CONNECTION]


@pytest.mark.parametrize("module, options, words", ROWS,
                         ids=["%s-%d" % (row[0], number) for number, row in enumerate(ROWS)])
def test_bad_input_fails_before_any_request(drive, sim, unique, tmp_path, module, options, words):
    subject = BY_NAME[module]
    files = _files(tmp_path)
    given = IDENTITY[module](unique)
    given.update(options)
    if given.get("avatar") in files:
        given["avatar"] = files[given["avatar"]]
    for name in [name for name, value in given.items() if value is None]:
        del given[name]  # a row with None: the option left out
    clear(sim)
    result = drive(subject)(**given)
    assert result.get("failed") is True, result
    for word in words:
        assert word in result["msg"], (word, result["msg"])
    assert log(sim) == [], "a request was sent"
    for secret in SECRETS:
        assert secret not in result["_out"]


def test_the_table_covers_every_module_and_is_large_enough():
    assert sorted(TABLE) == sorted(BY_NAME)
    assert len(ROWS) >= 100
