# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The converge parts (_kit/converge_part.py, one per single module) and the task context they run in.

The state each part declares for a user that check mode would create is checked against an independent oracle:
what the simulator answers for a user it has just created, read with plain requests. And a part's check-mode task
for that user, given no id, must do what it does for the same user given its id (the same actions, but ":id", and
the same diff), without a single request."""

from __future__ import annotations

import re
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError, GitLabTransportError
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.bulk import TaskScope
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import ModuleFailed
from ansible_collections.gitlab_ops.users.plugins.module_utils._modules import user_email, users_converge
from ansible_collections.gitlab_ops.users.tests.unit.helpers.key_material import (
    armor,
    openpgp_certificate,
    openssh_public_line,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import (
    SERVICE_ACCOUNT_SETTINGS, change_settings)

PARTS = dict((part.key, part) for part in users_converge.PARTS)
RUN_PARAMS = dict(exclusive_keys=True, exclusive_emails=True)


def entry_for(username, skip_confirmation):
    """An entry that lists every part, as Ansible hands it over (gitlab_user's defaults filled in)."""
    email = "%s@example.com" % username
    return dict(
        username=username, skip_confirmation=skip_confirmation,
        emails=[dict(email="%s-2@example.com" % username)],
        ssh_keys=[dict(key=openssh_public_line(ed25519.Ed25519PrivateKey.generate(), "me@host"), title="laptop")],
        gpg_keys=[dict(key=armor(openpgp_certificate(ed25519.Ed25519PrivateKey.generate(), "Me <%s>" % email)))],
        status=dict(emoji="coffee", status_message="Provisioned"),
        impersonation_tokens=[dict(name="ci", scopes=["read_user"], expires_in_days=30),
                              dict(name="pat", type="personal", scopes=["api"], expires_in_days=7)],
    )


def prepared(part, entry):
    tasks, problems = part.prepare(entry[part.key], entry, RUN_PARAMS)
    assert problems == []
    return tasks


def gitlab_answer(sim, part, user_id, options):
    """What GitLab answers to the read of the part's task for the user, read here with plain requests."""
    reads = dict(
        emails=lambda: sim.api("GET", "/users/%d/emails" % user_id).json(),
        ssh_keys=lambda: sim.api("GET", "/users/%d/keys" % user_id).json(),
        gpg_keys=lambda: sim.api("GET", "/users/%d/gpg_keys" % user_id).json(),
        status=lambda: sim.api("GET", "/users/%d/status" % user_id).json(),
        impersonation_tokens=lambda: (
            sim.api("GET", "/users/%d/impersonation_tokens" % user_id).json() if options["type"] == "impersonation"
            else sim.api("GET", "/personal_access_tokens", params=dict(user_id=user_id)).json()),
    )
    return reads[part.key]()


def comparable(part, state):
    """A state as the part's task judges it: emails by address and confirmation (their ids differ), a status by
    what its comparison reads (message_html is only passed on), anything else as it is."""
    if part.key == "emails":
        return user_email.emails_view(state)
    if part.key == "status":
        return dict((key, state.get(key)) for key in ("emoji", "message", "availability", "clear_status_at"))
    return state


@pytest.mark.parametrize("skip_confirmation", [True, False], ids=["confirmed", "unconfirmed"])
def test_the_new_user_state_of_each_part_is_what_gitlab_answers_for_a_new_user(sim, unique, skip_confirmation):
    username = unique("fresh")
    created = sim.create_user(username, skip_confirmation=skip_confirmation)
    entry = entry_for(username, skip_confirmation)
    for part in users_converge.PARTS:
        for label, options in prepared(part, entry):
            declared = part.new_user_state(dict(created, id=None), options)
            answered = gitlab_answer(sim, part, created["id"], options)
            assert comparable(part, declared) == comparable(part, answered), (part.key, label)
    # The oracle is not empty where it matters: a confirmed user's primary email is listed among its emails.
    listed = sim.api("GET", "/users/%d/emails" % created["id"]).json()
    assert [row["email"] for row in listed] == ([created["email"]] if skip_confirmation else [])


def same_id(actions, user_id):
    return [re.sub(r"/users/%d(/|$)" % user_id, r"/users/:id\1", action) for action in actions]


@pytest.mark.parametrize("skip_confirmation", [True, False], ids=["confirmed", "unconfirmed"])
def test_a_user_check_mode_would_create_is_converged_like_a_new_one_without_a_request(sim, unique, skip_confirmation):
    username = unique("twin")
    created = sim.create_user(username, skip_confirmation=skip_confirmation)
    entry = entry_for(username, skip_confirmation)
    client = GitLabClient(sim.url, api_token=sim.token)
    for part in users_converge.PARTS:
        for label, options in prepared(part, entry):
            known = part.run(client, True, created, options)
            sim.clear_log()
            predicted = part.run(client, True, dict(created, id=None), options)
            assert sim.requests_log() == [], (part.key, label)
            assert not known.failed and not predicted.failed, (known.msg, predicted.msg)
            assert predicted.actions == same_id(known.actions, created["id"]), (part.key, label)
            assert predicted.actions, "every part writes something for this entry"
            for side in ("before", "after"):
                assert part.view(predicted.result["diff"][side]) == part.view(known.result["diff"][side]), (
                    part.key, label, side)


def declaring_module(part):
    """The _modules file whose CONVERGE_PART is `part` (the key modules share one class, KeysPart)."""
    found = [name for name, module in sys.modules.items()
             if ".plugins.module_utils._modules." in name and getattr(module, "CONVERGE_PART", None) is part]
    assert len(found) == 1, found
    return found[0].rsplit(".", 1)[-1]


def test_each_part_is_declared_by_its_own_module():
    """users_converge lists the parts; each comes from its single module's file, in the converge order."""
    assert [(part.key, part.module_name, declaring_module(part)) for part in users_converge.PARTS] == [
        ("emails", "gitlab_user_email", "user_email"),
        ("ssh_keys", "gitlab_user_key", "user_key"),
        ("gpg_keys", "gitlab_user_gpg_key", "user_gpg_key"),
        ("status", "gitlab_user_status", "user_status"),
        ("impersonation_tokens", "gitlab_impersonation_token", "impersonation_token"),
    ]
    assert declaring_module(users_converge.USER) == "user"


def test_prepare_names_each_problem_where_it_is_and_sends_nothing():
    entry = dict(username="someone", skip_confirmation=True,
                 impersonation_tokens=[dict(name="ci", scopes=["nope"]), dict(name="ci", scopes=["api"])],
                 ssh_keys=[dict(key="ssh-ed25519 AAAA")])
    _tasks, problems = PARTS["impersonation_tokens"].prepare(entry["impersonation_tokens"], entry, RUN_PARAMS)
    assert problems[0].startswith("impersonation_tokens (ci): scopes: 'nope' is not a GitLab token scope")
    assert problems[-1] == "impersonation_tokens: 'ci' listed more than once"
    tasks, problems = PARTS["ssh_keys"].prepare(entry["ssh_keys"], entry, RUN_PARAMS)
    assert [label for label, _options in tasks] == ["ssh_keys"] and tasks[0][1]["exclusive"] is True
    assert len(problems) == 1 and problems[0].startswith("ssh_keys: keys[0]")


# -- the task context ------------------------------------------------------------------------------------

def test_a_scope_collects_warnings_and_raises_its_failure():
    scope = TaskScope(None, dict(user=1), check_mode=True)
    scope.warn("careful")
    with pytest.raises(ModuleFailed) as failed:
        scope.fail("no", status=400)
    assert scope.warnings == ["careful"] and failed.value.msg == "no" and failed.value.extra == dict(status=400)


def test_a_lost_answer_is_counted_once():
    """failure() marks a task maybe_committed for a lost answer that write() did not record (a helper sent it), and
    leaves it alone when write() has recorded and settled it."""
    scope = TaskScope(None, {}, check_mode=False)
    lost = GitLabTransportError("POST", "/users", message="connection reset", maybe_committed=True)
    failure = scope.failure(lost)
    assert scope.maybe_committed and failure.msg == str(lost)
    assert failure.extra == dict(method="POST", path="/users", status=None, error="connection reset")
    settled = TaskScope(None, {}, check_mode=False)
    lost.recorded = True
    settled.failure(lost)
    assert settled.maybe_committed is False
    plain = TaskScope(None, {}, check_mode=False)
    refused = ModuleFailed("refused", key="value")
    assert plain.failure(refused) is refused and plain.failure(GitLabError("GET", "/x", 404)).msg
    assert plain.maybe_committed is False


def test_each_account_part_is_declared_by_its_own_module():
    """An item of service_accounts: the account is gitlab_service_account's part, its tokens the token module's."""
    assert [(part.key, part.module_name, declaring_module(part)) for part in users_converge.ACCOUNT_PARTS] == [
        ("tokens", "gitlab_service_account_token", "service_account_token")]
    assert declaring_module(users_converge.SERVICE_ACCOUNT) == "service_account"


def test_an_account_check_mode_would_create_is_converged_like_a_new_one_without_a_request(sim, unique):
    """POST /service_accounts makes no token: a new account's token list is what the tokens part declares, and a task
    for an account check mode would create reads nothing and plans what it plans for a new account."""
    change_settings(sim, SERVICE_ACCOUNT_SETTINGS)
    created = sim.api("POST", "/service_accounts", json=dict(username=unique("freshsvc"))).json()
    part = users_converge.ACCOUNT_PARTS[0]
    entry = dict(username=created["username"], tokens=[dict(name="ci", scopes=["read_api"], expires_in_days=30)])
    client = GitLabClient(sim.url, api_token=sim.token)
    for label, options in prepared(part, entry):
        answered = sim.api("GET", "/personal_access_tokens", params=dict(user_id=created["id"])).json()
        assert part.new_user_state(dict(created, id=None), options) == answered == []
        known = part.run(client, True, created, options)
        sim.clear_log()
        predicted = part.run(client, True, dict(created, id=None), options)
        assert sim.requests_log() == [], label
        assert not known.failed and not predicted.failed, (known.msg, predicted.msg)
        assert predicted.actions == same_id(known.actions, created["id"]) == ["POST /users/:id/personal_access_tokens"]
        for side in ("before", "after"):
            assert part.view(predicted.result["diff"][side]) == part.view(known.result["diff"][side]), (label, side)
