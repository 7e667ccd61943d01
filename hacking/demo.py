"""`make demo`, the main job: provision a team with the gitlab_ops.users.provision role, show it, show that a
second run changes nothing, then change GitLab behind Ansible's back and audit the drift.

Against a GitLab simulator seeded with a few hundred users, started for the demo and stopped after it; or,
with GITLAB_URL and GITLAB_TOKEN set, against that GitLab (then the demo users are created there).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(ROOT, "build")
STATE = os.path.join(BUILD, "demo-gitlab.json")
REPORT_DIR = os.path.join(BUILD, "drift")
SEED_USERS = 300
RECAP = re.compile(r"^localhost\s+: ok=\d+\s+changed=(\d+)\s+unreachable=0\s+failed=0\s", re.MULTILINE)


def step(title: str) -> None:
    print("\n== %s" % title, flush=True)


def playbook(env: dict, *args: str) -> str:
    """Run ansible-playbook, echo its output, and return it; exit on failure."""
    command = [os.path.join(os.path.dirname(sys.executable), "ansible-playbook")] + list(args)
    print("$ %s" % " ".join(["ansible-playbook"] + list(args)), flush=True)
    completed = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    print(completed.stdout, end="", flush=True)
    if completed.returncode != 0:
        print(completed.stderr, file=sys.stderr)
        raise SystemExit("demo: FAILED - ansible-playbook %s exited with %d" % (" ".join(args), completed.returncode))
    return completed.stdout


class GitLab:
    def __init__(self, url: str, token: str) -> None:
        self.api = url.rstrip("/") + ("" if url.rstrip("/").endswith("/api/v4") else "/api/v4")
        self.session = requests.Session()
        self.session.headers["PRIVATE-TOKEN"] = token

    def call(self, method: str, path: str, **kwargs):
        response = self.session.request(method, self.api + path, timeout=30, **kwargs)
        if response.status_code >= 300:
            raise SystemExit("demo: %s %s -> %d %s" % (method, path, response.status_code, response.text))
        return response.json() if response.content else None

    def user(self, username: str) -> dict:
        found = self.call("GET", "/users", params={"username": username})
        if not found:
            raise SystemExit("demo: GitLab has no user %s" % username)
        return found[0]


def out_of_band_changes(gitlab: GitLab) -> None:
    """What happens between two audits: someone edits a profile, unblocks a user, adds an account."""
    carol = gitlab.user("demo.carol")
    gitlab.call("PUT", "/users/%d" % carol["id"], json={"name": "Carol S.", "projects_limit": 500})
    print("renamed demo.carol to 'Carol S.' and raised her projects_limit to 500")
    bob = gitlab.user("demo.bob")
    for key in gitlab.call("GET", "/users/%d/keys" % bob["id"]):
        if key["title"] == "bob-ci":
            gitlab.call("DELETE", "/users/%d/keys/%d" % (bob["id"], key["id"]))
            print("deleted demo.bob's SSH key bob-ci")
    erin = gitlab.user("demo.erin")
    gitlab.call("POST", "/users/%d/unblock" % erin["id"])
    print("unblocked demo.erin")
    stray = gitlab.call("GET", "/users", params={"username": "demo.mallory"}) or [None]
    if stray[0] is None:
        stray = [gitlab.call("POST", "/users", json={
            "username": "demo.mallory", "name": "Mallory Unlisted", "email": "mallory@example.org",
            "force_random_password": True, "skip_confirmation": True})]
    gitlab.call("PUT", "/users/%d/custom_attributes/team" % stray[0]["id"], json={"value": "platform"})
    print("added demo.mallory to the platform team (custom attribute team=platform), unlisted in examples/team.yml")


def main() -> int:
    started = time.monotonic()
    os.makedirs(BUILD, exist_ok=True)
    daemon = [sys.executable, os.path.join(HERE, "gitlab_daemon.py")]
    step("Start a GitLab")
    if subprocess.call(daemon + ["start", STATE, "--seed-users", str(SEED_USERS)]) != 0:
        return 1
    try:
        with open(STATE) as handle:
            state = json.load(handle)
        env = dict(os.environ, GITLAB_URL=state["url"], GITLAB_TOKEN=state["token"])
        gitlab = GitLab(state["url"], state["token"])

        step("1. Provision the platform team (examples/provision.yml: the provision role, one module run)")
        playbook(env, "examples/provision.yml")

        step("2. The team as GitLab has it now")
        playbook(env, "examples/team_table.yml")

        step("3. Provision again: nothing to change")
        output = playbook(env, "examples/provision.yml")
        match = RECAP.search(output)
        if not match or match.group(1) != "0":
            raise SystemExit("demo: FAILED - the second run was not idempotent (expected changed=0)")
        print("OK: the second run reported changed=0")

        step("4. Changes behind Ansible's back, through the API")
        out_of_band_changes(gitlab)

        step("5. Audit (examples/audit.yml: the role in check mode, nothing is written) and its drift report")
        playbook(env, "examples/audit.yml", "-e", "audit_report_dir=%s" % REPORT_DIR)
        with open(os.path.join(REPORT_DIR, "drift.md")) as handle:
            print(handle.read(), flush=True)
        print("(also as JSON: %s)" % os.path.relpath(os.path.join(REPORT_DIR, "drift.json"), ROOT))
    finally:
        step("Stop the GitLab")
        subprocess.call(daemon + ["stop", STATE])
    print("\ndemo: OK in %.0f s" % (time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
