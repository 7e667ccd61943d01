# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Each module's create, no-op, change and delete task against its peer and against ansible.builtin.ping.

The steps and their options are the resilience suite's (tests/unit/helpers/module_subjects.py), whose
tests assert the exact requests counted here. The peer of a module is community.general's gitlab_user where it
manages the same thing (users, SSH keys), else the `gitlab` command of python-gitlab, used as a script would: find
the user, list, then write only what differs.
"""
from __future__ import annotations

import tempfile

from harness import Cli, failed, median, run_tasks, unique

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import STEPS, SUBJECTS, _armor_body

PING = {"ansible.builtin.ping": {}}
COMMUNITY = "community.general.gitlab_user"


# -- the peers ------------------------------------------------------------------------------------------------

class ModulePeer:
    """A module of another collection; options(ctx, step) -> its options, or None where it cannot do the step."""

    kind = "module"

    def __init__(self, name, options):
        self.name = name
        self.options = options


class CliPeer:
    """python-gitlab's CLI; run(cli, ctx, step) does the step, or returns False where the CLI cannot."""

    kind = "cli"
    name = "python-gitlab CLI"

    def __init__(self, run):
        self.run = run


def _community_user(ctx, step):
    if step == "delete":
        return dict(username=ctx["username"], state="absent")
    return dict(username=ctx["username"], name="Changed Name" if step == "change" else "Resilience User",
                email=ctx["email"], password=ctx["password"])


def _community_key(ctx, step):
    if step == "delete":
        return None  # community.general.gitlab_user never removes a key
    # The user exists (made by the harness with these values); the module needs them, and the key by name.
    return dict(username=ctx["username"], name=ctx["username"].title(), email="%s@example.com" % ctx["username"],
                sshkey_name="renamed" if step == "change" else "laptop", sshkey_file=ctx["key"])


def _cli_listed(cli, resource, ctx, key):
    """The user's id and the rows of one of its lists (what every script does first)."""
    user_id = cli.user_id(ctx["username"])
    return user_id, cli(resource, "list", "--user-id", str(user_id), "--get-all")


def _cli_gpg(cli, ctx, step):
    user_id, rows = _cli_listed(cli, "user-gpg-key", ctx, "key")
    have = dict((_armor_body(row["key"]), row["id"]) for row in rows)
    wanted = {"change": [ctx["key"], ctx["second"]], "delete": []}.get(step, [ctx["key"]])
    for key in wanted:
        if _armor_body(key) not in have:
            cli("user-gpg-key", "create", "--user-id", str(user_id), "--key", key)
    if step == "delete" and _armor_body(ctx["key"]) in have:
        cli("user-gpg-key", "delete", "--user-id", str(user_id), "--id", str(have[_armor_body(ctx["key"])]))


def _cli_email(cli, ctx, step):
    user_id, rows = _cli_listed(cli, "user-email", ctx, "email")
    have = dict((row["email"], row["id"]) for row in rows)
    wanted = {"change": [ctx["email"], ctx["second"]], "delete": []}.get(step, [ctx["email"]])
    for email in wanted:
        if email not in have:
            cli("user-email", "create", "--user-id", str(user_id), "--email", email, "--skip-confirmation", "true")
    if step == "delete" and ctx["email"] in have:
        cli("user-email", "delete", "--user-id", str(user_id), "--id", str(have[ctx["email"]]))


def _cli_status(cli, ctx, step):
    status = cli("user-status", "get", "--user-id", ctx["username"])
    if step == "delete":
        if status.get("emoji") or status.get("message"):
            cli("current-user-status", "update", "--sudo", ctx["username"], "--emoji", "", "--message", "")
        return
    message = "Lunch" if step == "change" else "In a meeting"
    if (status.get("emoji"), status.get("message")) != ("coffee", message):
        # The CLI has no availability option: emoji and message only.
        cli("current-user-status", "update", "--sudo", ctx["username"], "--emoji", "coffee", "--message", message)


def _cli_token(cli, ctx, step):
    user_id = cli.user_id(ctx["username"])
    rows = [row for row in cli("user-impersonation-token", "list", "--user-id", str(user_id), "--state", "active",
                               "--get-all") if row["name"] == "ci"]
    scopes = ["read_api"] if step == "change" else ["api"]
    if step == "delete" or (rows and sorted(rows[0]["scopes"]) != scopes):
        for row in rows:
            cli("user-impersonation-token", "delete", "--user-id", str(user_id), "--id", str(row["id"]))
        rows = []
    if step != "delete" and not rows:
        cli("user-impersonation-token", "create", "--user-id", str(user_id), "--name", "ci", "--scopes",
            ",".join(scopes), "--expires-at", ctx["expires_at"])


def _cli_info(cli, ctx, step):
    user_id = cli.user_id(ctx["username"])
    for resource in ("user-key", "user-email"):
        cli(resource, "list", "--user-id", str(user_id), "--get-all")
    cli("user-status", "get", "--user-id", str(user_id))


def _cli_runner(cli, ctx, step):
    # The group's runners of that description, as the module finds them; the details have the tags and timeout.
    rows = [row for row in cli("group-runner", "list", "--group-id", str(ctx["group_id"]), "--get-all")
            if row.get("description") == "resilience" and row.get("runner_type") == "group_type"]
    runner = cli("runner", "get", "--id", str(rows[0]["id"])) if rows else None
    if step == "delete":
        if runner:
            cli("runner", "delete", "--id", str(runner["id"]))
        return
    tags = ["k8s"] if step == "change" else ["k8s", "small"]
    if runner is None:
        cli("current-user-runner", "create", "--runner-type", "group_type", "--group-id", str(ctx["group_id"]),
            "--description", "resilience", "--tag-list", ",".join(tags), "--maximum-timeout", "3600")
    elif sorted(runner["tag_list"]) != tags or runner["maximum_timeout"] != 3600:
        cli("runner", "update", "--id", str(runner["id"]), "--tag-list", ",".join(tags), "--maximum-timeout", "3600")


def _cli_service_account(cli, ctx, step):
    rows = cli("user", "list", "--username", ctx["username"])
    name = "Renamed bot" if step == "change" else "Resilience bot"
    if step == "delete":
        if rows:
            cli("user", "delete", "--id", str(rows[0]["id"]))
    elif not rows:
        cli("service-account", "create", "--username", ctx["username"], "--name", name,
            "--email", "%s@example.org" % ctx["username"])
    elif rows[0]["name"] != name:
        cli("service-account", "update", "--id", str(rows[0]["id"]), "--name", name)


def _cli_service_token(cli, ctx, step):
    user_id = cli.user_id(ctx["username"])
    rows = [row for row in cli("personal-access-token", "list", "--user-id", str(user_id), "--get-all")
            if row["name"] == "ci" and row.get("active")]
    scopes = ["read_api"] if step == "change" else ["api"]
    if step == "delete" or (rows and sorted(rows[0]["scopes"]) != scopes):
        for row in rows:
            cli("personal-access-token", "delete", "--id", str(row["id"]))
        rows = []
    if step != "delete" and not rows:
        cli("user-personal-access-token", "create", "--user-id", str(user_id), "--name", "ci", "--scopes",
            ",".join(scopes), "--expires-at", ctx["expires_at"])


# python-gitlab's CLI cannot act as another user where GitLab acts only as the current one (`user follow` takes no
# --sudo, and it has no preferences command): gitlab_user_preferences and gitlab_user_follow have no peer.
PEERS = {
    "gitlab_user": ModulePeer(COMMUNITY, _community_user),
    "gitlab_user_key": ModulePeer(COMMUNITY + " (sshkey_*)", _community_key),
    "gitlab_user_gpg_key": CliPeer(_cli_gpg),
    "gitlab_user_email": CliPeer(_cli_email),
    "gitlab_user_status": CliPeer(_cli_status),
    "gitlab_impersonation_token": CliPeer(_cli_token),
    "gitlab_user_info": CliPeer(_cli_info),
    "gitlab_user_runner": CliPeer(_cli_runner),
    "gitlab_service_account": CliPeer(_cli_service_account),
    "gitlab_service_account_token": CliPeer(_cli_service_token),
}


# -- one round: every module's four steps, ours / the peer / ping interleaved ------------------------------

def _module_task(name, fqcn, options, sim):
    return {"name": name, fqcn: dict(options, api_url=sim.url, api_token=sim.token), "ignore_errors": True}


def run_round(sim, workdir):
    """-> {(module, step): {"ours": (seconds, requests, failed), "peer": ..., "ping": ...}} for one round."""
    contexts = dict((subject.name, (subject.prepare(sim, unique), subject.prepare(sim, unique))) for subject in SUBJECTS)
    tasks = []
    for step in STEPS:
        for subject in [subject for subject in SUBJECTS if step in subject.steps]:
            ours, theirs = contexts[subject.name]
            peer = PEERS.get(subject.name)
            tasks.append(_module_task("ours|%s|%s" % (subject.name, step), "gitlab_ops.users." + subject.module,
                                      subject.options(ours, step), sim))
            if step == "noop":
                # The no-op again as an AnsiballZ payload (docs/docsite/rst/guide_execution.rst): where a task's
                # time goes when the module does not run in Ansible's worker process.
                tasks.append(dict(_module_task("payload|%s|%s" % (subject.name, step),
                                               "gitlab_ops.users." + subject.module, subject.options(ours, step), sim),
                                  vars={"gitlab_ops_users_direct_execution": False}))
            if peer is not None and peer.kind == "module" and peer.options(theirs, step) is not None:
                tasks.append(_module_task("peer|%s|%s" % (subject.name, step), COMMUNITY, peer.options(theirs, step),
                                          sim))
            tasks.append(dict(PING, name="ping|%s|%s" % (subject.name, step)))
    records, _seconds = run_tasks(sim, tasks)
    figures = {}
    for record in records:
        who, module, step = record["name"].split("|")
        figures.setdefault((module, step), {})[who] = (record["seconds"], len(record["requests"]),
                                                       failed(record["result"]))
    cli = Cli(sim, workdir)
    for step in STEPS:
        for subject in [subject for subject in SUBJECTS if step in subject.steps]:
            peer = PEERS.get(subject.name)
            if peer is None or peer.kind != "cli":
                continue
            _ours, theirs = contexts[subject.name]
            sim.clear()
            cli.seconds = 0.0
            try:
                peer.run(cli, theirs, step)
                failure = False
            except RuntimeError as exc:
                print("  %s %s: the CLI failed: %s" % (subject.name, step, exc))
                failure = True
            figures[(subject.name, step)]["peer"] = (cli.seconds, len(sim.log()), failure)
    return figures


def bench_module_tasks(sim, rounds, latency_ms, report):
    """The per-task table at one latency; returns the medians for the start-up section."""
    rounds_figures = []
    with tempfile.TemporaryDirectory() as workdir:
        for number in range(rounds):
            print("  round %d/%d at %d ms" % (number + 1, rounds, latency_ms), flush=True)
            rounds_figures.append(run_round(sim, workdir))
    rows, medians = [], {}
    for subject in SUBJECTS:
        peer = PEERS.get(subject.name)
        for step in subject.steps:
            cell = {}
            for who in ("ours", "payload", "peer", "ping"):
                runs = [figures[(subject.name, step)].get(who) for figures in rounds_figures]
                runs = [run for run in runs if run is not None]
                cell[who] = dict(seconds=median(run[0] for run in runs), requests=runs[0][1] if runs else None,
                                 varied=len(set(run[1] for run in runs)) > 1, failed=any(run[2] for run in runs))
            medians[(subject.name, step)] = cell
            rows.append(_row(subject.name, step, peer, cell))
    report.section("Tasks at %d ms latency" % latency_ms,
                   "Median of %d interleaved rounds; each round runs every module's create, no-op, change and delete "
                   "task, its peer's and `ansible.builtin.ping` one after another, and each no-op once more as an "
                   "AnsiballZ payload (`gitlab_ops_users_direct_execution: false`); by default our modules run in "
                   "Ansible's worker process (docs/docsite/rst/guide_execution.rst). Requests are counted in the "
                   "simulator's request log (the resilience suite asserts ours exactly). Task seconds come from "
                   "the json callback; the CLI's are the wall time of its `gitlab` processes." % rounds)
    report.table(["module", "task", "requests: ours", "peer", "requests: peer", "s: ours", "s: ours as payload",
                  "s: peer", "s: ping", "ours/peer", "ours/ping", "payload/ping"], rows)
    return medians


def _row(module, step, peer, cell):
    def seconds(who):
        figure = cell[who]
        if figure["seconds"] is None:
            return "–"
        return ("%.2f" % figure["seconds"]) + (" (failed)" if figure["failed"] else "")

    def requests(who):
        figure = cell[who]
        if figure["requests"] is None:
            return "–"
        return "%d%s" % (figure["requests"], " (varies)" if figure["varied"] else "")

    def ratio(other, who="ours"):
        ours, theirs = cell[who]["seconds"], cell[other]["seconds"]
        return "%.2f" % (ours / theirs) if ours and theirs else "–"

    return [module, step, requests("ours"), peer.name if peer else "none", requests("peer"), seconds("ours"),
            seconds("payload"), seconds("peer"), seconds("ping"), ratio("peer"), ratio("ping"),
            ratio("ping", "payload")]
