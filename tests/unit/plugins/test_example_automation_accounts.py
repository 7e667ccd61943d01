# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""examples/automation-accounts.yml as a platform team runs it: ansible-playbook with the connection in
GITLAB_URL/GITLAB_TOKEN, against an EE simulator of this file's own that has the group platform, its subgroup
platform/ci and the humans alice, bob and carol.

In order: a check-mode run that writes nothing (no write in the simulator's request log, no secrets directory);
a first run after which the accounts, the token, the runner, the preferences and the follows are on the server
(read back through the API as root) and the handed-on token values work; a second run that reports changed=0
and sends no write; a run after the token was revoked behind the playbook's back, which hands on its successor.
No token value appears in any run's output.

And docs/docsite/rst/guide_automation_accounts.rst shows the example's own tasks: every YAML block of the page is
in the example (whitespace normalised), so the page cannot drift from what this file runs."""

from __future__ import annotations

import datetime
import os
import re
import stat
import subprocess

import pytest
import yaml
from gitlab_sim.pytest_plugin import dedicated_simulator

from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import BIN, REPO, ansible_env

EXAMPLE = os.path.join(REPO, "examples", "automation-accounts.yml")
GUIDE = os.path.join(REPO, "docs", "docsite", "rst", "guide_automation_accounts.rst")
# GitLab's token prefixes: personal access tokens (glpat-) and runner authentication tokens (glrt-).
TOKEN_VALUE = re.compile(r"gl(?:pat|rt)-[A-Za-z0-9_.-]+")
RECAP = re.compile(r"^localhost\s+:\s+ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)", re.M)
# The example's names (its vars and tasks).
CI_ACCOUNT, CI_TOKEN_NAME = "ci-deployer", "deploy pipeline"
GROUP, RUNNER_GROUP, GROUP_ACCOUNT = "platform", "platform/ci", "platform-ci"
RUNNER = "k8s-small"
OWNER, FOLLOWS = "alice", ["bob", "carol"]


def playbook(gitlab, secrets, *args):
    """ansible-playbook examples/automation-accounts.yml -v --diff, secrets to `secrets`;
    -> (changed count from the recap, the whole output)."""
    command = [os.path.join(BIN, "ansible-playbook"), EXAMPLE, "-v", "--diff",
               "-e", "automation_secrets_dir=%s" % secrets] + list(args)
    completed = subprocess.run(command, env=ansible_env(gitlab, PYTHONWARNINGS="ignore"), capture_output=True,
                               text=True, timeout=600, check=False, cwd=str(os.path.dirname(secrets)))
    output = completed.stdout + completed.stderr
    recap = RECAP.search(output)
    assert completed.returncode == 0 and recap, output[-4000:]
    assert recap.group(3, 4) == ("0", "0"), output[-4000:]
    return int(recap.group(2)), output


def writes_since(gitlab, mark):
    entries = gitlab.session.get(gitlab.url + "/-/sim/requests", params={"after": mark}, timeout=30).json()
    return ["%s %s" % (entry["method"], entry["path"]) for entry in entries if entry["method"] not in ("GET", "HEAD")]


def mark(gitlab):
    return gitlab.session.get(gitlab.url + "/-/sim/requests/mark", timeout=30).json()["seq"]


def ok(response, status=200):
    assert response.status_code == status, (response.request.method, response.request.url, response.text)
    return response.json()


def ci_tokens(gitlab, account_id):
    """The active personal access tokens of the CI account named as in the example."""
    tokens = ok(gitlab.api("GET", "/personal_access_tokens", params={"user_id": account_id, "per_page": 100}))
    return [token for token in tokens if token["name"] == CI_TOKEN_NAME and token["active"]]


def read_secret(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


@pytest.fixture(scope="module")
def gitlab():
    with dedicated_simulator("--edition", "ee") as handle:
        # The oldest GitLab the example says it needs: EE 17.9 (the instance account's email).
        handle.settings(version="17.9.0", ee_plan="ultimate")
        platform = handle._control("POST", "/groups", json={"path": GROUP})
        handle._control("POST", "/groups", json={"path": "ci", "parent_id": platform["id"]})
        for username in [OWNER] + FOLLOWS:
            handle.create_user(username)
        handle.clear_log()
        yield handle


def test_the_example_runs_in_check_mode_then_twice_then_hands_on_a_successor_without_showing_a_token(
        gitlab, tmp_path):
    secrets = tmp_path / "secrets"
    outputs = []

    # --check writes nothing: no write request, no secrets directory.
    before = mark(gitlab)
    changed, output = playbook(gitlab, secrets, "--check")
    outputs.append(output)
    assert changed > 0, output
    assert writes_since(gitlab, before) == []
    assert not secrets.exists()
    assert ok(gitlab.api("GET", "/users", params={"username": CI_ACCOUNT})) == []

    # The first run makes everything.
    changed, output = playbook(gitlab, secrets)
    outputs.append(output)
    assert changed > 0, output
    assert stat.S_IMODE(os.stat(secrets).st_mode) == 0o700

    account = ok(gitlab.api("GET", "/users", params={"username": CI_ACCOUNT}))
    assert [(user["bot"], user["name"], user["email"]) for user in account] == [
        (True, "CI deployer", "ci-deployer@example.com")]
    account_id = account[0]["id"]
    tokens = ci_tokens(gitlab, account_id)
    assert [token["scopes"] for token in tokens] == [["api"]]
    today = datetime.datetime.now(datetime.timezone.utc).date()
    expires = datetime.date.fromisoformat(tokens[0]["expires_at"])
    assert 89 <= (expires - today).days <= 90, tokens  # expires_in_days: 90 (a run across midnight: 89)
    token_file = secrets / "ci-deployer.token"
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
    token_value = read_secret(token_file)
    assert ok(gitlab.api("GET", "/user", token=token_value))["username"] == CI_ACCOUNT  # the handed-on value works

    group_accounts = ok(gitlab.api("GET", "/groups/%s/service_accounts" % GROUP))
    assert [(user["username"], user["name"]) for user in group_accounts] == [(GROUP_ACCOUNT, "Platform CI")]

    runners = ok(gitlab.api("GET", "/groups/%s/runners" % RUNNER_GROUP.replace("/", "%2F"),
                            params={"type": "group_type"}))
    assert [runner["description"] for runner in runners] == [RUNNER]
    runner = ok(gitlab.api("GET", "/runners/%d" % runners[0]["id"]))
    assert (sorted(runner["tag_list"]), runner["run_untagged"], runner["maximum_timeout"]) == (
        ["k8s", "small"], False, 3600)
    runner_file = secrets / "k8s-small.runner-token"
    assert stat.S_IMODE(os.stat(runner_file).st_mode) == 0o600
    runner_token = read_secret(runner_file)
    assert runner_token.startswith("glrt-")

    preferences = ok(gitlab.api("GET", "/user/preferences", headers={"Sudo": OWNER}))
    assert (preferences["view_diffs_file_by_file"], preferences["show_whitespace_in_diffs"]) == (True, True)
    owner_id = ok(gitlab.api("GET", "/users", params={"username": OWNER}))[0]["id"]
    following = ok(gitlab.api("GET", "/users/%d/following" % owner_id))
    assert sorted(user["username"] for user in following) == FOLLOWS

    # The second run changes nothing, sends no write and leaves the handed-on values alone.
    before = mark(gitlab)
    changed, output = playbook(gitlab, secrets)
    outputs.append(output)
    assert changed == 0, output
    assert writes_since(gitlab, before) == []
    assert (read_secret(token_file), read_secret(runner_file)) == (token_value, runner_token)

    # Someone revokes the token: the next run makes its successor and hands that on.
    response = gitlab.api("DELETE", "/personal_access_tokens/%d" % tokens[0]["id"])
    assert response.status_code == 204, response.text
    changed, output = playbook(gitlab, secrets)
    outputs.append(output)
    assert changed == 2, output  # the token and its file
    successor = read_secret(token_file)
    assert successor != token_value
    assert gitlab.api("GET", "/user", token=token_value).status_code == 401
    assert ok(gitlab.api("GET", "/user", token=successor))["username"] == CI_ACCOUNT
    successors = ci_tokens(gitlab, account_id)
    assert len(successors) == 1 and successors[0]["id"] != tokens[0]["id"], successors

    # No run showed a token value: not the handed-on ones, not the root token, nothing with GitLab's prefixes.
    # (The failure messages do not repeat the output, which would show the value.)
    for number, output in enumerate(outputs):
        shown = [name for name, secret in (("the CI token", token_value), ("its successor", successor),
                                           ("the runner token", runner_token), ("the root token", gitlab.token))
                 if secret in output]
        prefixed = len(TOKEN_VALUE.findall(output))
        assert not shown and not prefixed, "run %d shows %s and %d prefixed values" % (number, shown, prefixed)


# ---- the guide shows the example's own tasks ---------------------------------------------------------------

CODE_BLOCK = re.compile(r"^\.\. code-block:: (\S+)[ \t]*\n((?:[ \t]*\n|[ \t]+.*\n)+)", re.M)


def normalised(text):
    return " ".join(text.split())


def yaml_blocks(rst):
    """The YAML code blocks of an RST page (yaml and yaml+jinja), dedented."""
    blocks = []
    for language, body in CODE_BLOCK.findall(rst):
        if language in ("yaml", "yaml+jinja"):
            lines = body.splitlines()
            indent = min(len(line) - len(line.lstrip()) for line in lines if line.strip())
            blocks.append("\n".join(line[indent:] for line in lines).strip())
    return blocks


def test_every_yaml_block_of_the_guide_is_part_of_the_example():
    with open(GUIDE, encoding="utf-8") as handle:
        blocks = yaml_blocks(handle.read())
    with open(EXAMPLE, encoding="utf-8") as handle:
        example_text = handle.read()
    example = normalised(example_text)
    assert len(blocks) >= 6, blocks  # the page shows every part of the example
    for block in blocks:
        assert yaml.safe_load(block), block  # valid YAML, not empty
        assert normalised(block) in example, block
    # Together the blocks show every task of the example.
    tasks = yaml.safe_load(example_text)[0]["tasks"]
    shown = normalised(" ".join(blocks))
    for task in tasks:
        assert normalised("- name: " + task["name"]) in shown, task["name"]


def test_the_guide_is_listed_on_the_docs_site():
    with open(os.path.join(REPO, "docs", "docsite", "extra-docs.yml"), encoding="utf-8") as handle:
        sections = yaml.safe_load(handle)["sections"]
    guides = next(section for section in sections if section["title"] == "Guides")
    assert "guide_automation_accounts" in guides["toctree"]
