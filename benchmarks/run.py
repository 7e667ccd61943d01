# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmarks: print figures, assert nothing about time (these machines are noisy).

1. Simulator: seeding speed and listing 10,000+ users through the collection's client; the
   concurrent/keyset user listing and pattern push-down of module_utils/_user_listing.py.
2. gitlab_ops.users.gitlab_user against community.general.gitlab_user on the same simulator with a
   realistic per-request latency: HTTP requests, write requests and wall time for create, a rerun
   that changes nothing, a check-mode rerun, block, and a rerun of the block.
3. The gitlab_users lookup's listing of 10,000 users at 50 ms per request: one page after another
   against the concurrent listing, and the lookup in ansible-playbook, with and without X-Total.
4. gitlab_users_converge: a converge of many users (default 1,000, each with one SSH key and one secondary
   email) that changes nothing, in one task, against the same work as loops of single-module tasks (ours
   and community.general's), timed on a sample of the loops and scaled to the whole set.

Run with `make bench`; it uses the benchmark virtualenv (.venv-bench), which alone has the `ansible`
package (for community.general) and python-gitlab. Neither is a dependency of the collection.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "simulator"))
sys.path.insert(0, os.path.join(ROOT, "build", "collections"))

from gitlab_sim.launcher import running_simulator  # noqa: E402

PEER = "community.general.gitlab_user"
OURS = "gitlab_ops.users.gitlab_user"
MODULES = [OURS, PEER]


class Sim:
    def __init__(self, url, token):
        self.url = url
        self.token = token
        self.session = requests.Session()

    def control(self, method, path, **kwargs):
        response = self.session.request(method, self.url + "/-/sim" + path,
                                        headers={"PRIVATE-TOKEN": self.token}, timeout=120, **kwargs)
        response.raise_for_status()
        return response.json() if response.content else None

    def log(self):
        return self.control("GET", "/requests")

    def clear(self):
        self.control("DELETE", "/requests")


def bench_simulator(sim, users):
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api import GitLabClient

    started = time.perf_counter()
    sim.control("POST", "/seed", json={"users": users})
    seeded = time.perf_counter() - started
    sim.clear()
    client = GitLabClient(sim.url, api_token=sim.token)
    started = time.perf_counter()
    count = sum(1 for _user in client.paginate("/users"))
    listed = time.perf_counter() - started
    pages = len(sim.log())
    print("Simulator")
    print("  seed %d users: %.3f s (%.0f users/s)" % (users, seeded, users / seeded))
    print("  list %d users via GitLabClient.paginate: %d requests, %.2f s" % (count, pages, listed))
    print()


def bench_user_listing(sim):
    """list_users with 1 and 4 workers (counted pages), by cursor above 10,000 rows, and find_users."""
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api import GitLabClient
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_listing import find_users, list_users

    client = GitLabClient(sim.url, api_token=sim.token)
    print("User listing (module_utils/_user_listing.py)")
    for label, run in (
            ("list_users humans=true, 1 worker", lambda: list_users(client, {"humans": True}, max_concurrency=1)),
            ("list_users humans=true, 4 workers", lambda: list_users(client, {"humans": True}, max_concurrency=4)),
            ("list_users all (keyset)", lambda: list_users(client)),
            ("find_users 'svc-*,admins:!blocked'", lambda: find_users(client, "svc-*,admins:!blocked")),
            ("find_users 'all:!active'", lambda: find_users(client, "all:!active"))):
        sim.clear()
        started = time.perf_counter()
        count = len(run())
        print("  %-40s %6d users, %4d requests, %.2f s" % (label, count, len(sim.log()), time.perf_counter() - started))
    print()


LOOKUP_LATENCY_MS = 50


def bench_lookup(users=9999):
    """The gitlab_users lookup's listing on a simulator of its own with 50 ms of latency per request.

    10,000 users (with root; GitLab still counts them, so X-Total-Pages tells the page count): the same 100
    pages fetched one after another, against the listing the lookup does (first page, then the others 4 at a
    time), and the lookup itself in ansible-playbook (its task time includes forking the worker and importing
    the plugin). Then 51 more users: GitLab stops counting and the pages follow one another by cursor."""
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api import GitLabClient
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_listing import DEFAULT_CONCURRENCY, list_users

    print("gitlab_users lookup: listing %d users, simulator latency %d ms per request" % (users + 1, LOOKUP_LATENCY_MS))
    with running_simulator(latency_ms=LOOKUP_LATENCY_MS) as running:
        sim = Sim(running.url, running.root_token)
        sim.control("POST", "/seed", json={"users": users})
        client = GitLabClient(sim.url, api_token=sim.token)
        figures = {}
        runs = (("one page after another", 1), ("lookup listing, %d at a time" % DEFAULT_CONCURRENCY,
                                                DEFAULT_CONCURRENCY), ("max_concurrency=8", 8))
        for label, workers in runs:
            sim.clear()
            started = time.perf_counter()
            count = len(list_users(client, {}, max_concurrency=workers))
            figures[workers] = time.perf_counter() - started
            print("  %-40s %6d users, %4d requests, %.2f s" % (label, count, len(sim.log()), figures[workers]))
        print("  ratio to one page after another (at most 0.3 wanted): %.2f by default, %.2f with 8"
              % (figures[DEFAULT_CONCURRENCY] / figures[1], figures[8] / figures[1]))
        os.environ["GITLAB_URL"], os.environ["GITLAB_TOKEN"] = sim.url, sim.token
        task = {"name": "lookup", "ansible.builtin.debug": {
            "msg": "{{ query('gitlab_ops.users.gitlab_users', 'all', output='ids') }}"}}
        for label in ("lookup 'all' in ansible-playbook", "lookup 'all', above 10,000 (keyset)"):
            if "keyset" in label:
                sim.control("POST", "/seed", json={"users": 51})
            result = run_task(sim, task, label=label)
            print("  %-40s %6s users, %4d requests, %.2f s (task), %.2f s (playbook)" % (
                label, result["msg_length"], result["requests"], result["task_seconds"], result["seconds"]))
    print()


def playbook_command(path):
    """(command, env) of ansible-playbook with the JSON callback, this collection and the peer's."""
    env = dict(os.environ, ANSIBLE_STDOUT_CALLBACK="ansible.posix.json",
               ANSIBLE_COLLECTIONS_PATH=os.path.join(ROOT, "build", "collections") + os.pathsep
               + os.path.join(sys.prefix, "lib", "python%d.%d" % sys.version_info[:2], "site-packages"),
               ANSIBLE_PYTHON_INTERPRETER=sys.executable, ANSIBLE_LOCALHOST_WARNING="False",
               ANSIBLE_INVENTORY_UNPARSED_WARNING="False")
    return [os.path.join(os.path.dirname(sys.executable), "ansible-playbook"), "-i", "localhost,", "-c", "local",
            path], env


def run_playbook(sim, module, task_args, check=False, diff=False):
    """Run one task; return (changed, failed, requests, writes, seconds, supports_diff)."""
    return run_task(sim, {"name": "user", module: task_args, "register": "result"}, check=check, diff=diff,
                    label=module)


def run_task(sim, task, check=False, diff=False, label="task"):
    """Run one task in ansible-playbook; return its result figures (see run_playbook)."""
    play = [{"name": "benchmark", "hosts": "localhost", "gather_facts": False, "tasks": [task]}]
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as handle:
        json.dump(play, handle)
        path = handle.name
    command, env = playbook_command(path)
    if check:
        command.append("--check")
    if diff:
        command.append("--diff")
    sim.clear()
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    os.unlink(path)
    try:
        output = json.loads(completed.stdout)
        task = output["plays"][0]["tasks"][0]
        result = task["hosts"]["localhost"]
        task_seconds = _seconds_between(task["task"]["duration"]["start"], task["task"]["duration"]["end"])
    except (ValueError, KeyError, IndexError):
        print(completed.stdout[-2000:], completed.stderr[-2000:])
        raise SystemExit("%s: could not read the playbook result" % label)
    log = sim.log()
    writes = [entry for entry in log if entry["method"] not in ("GET", "HEAD")]
    return {
        "changed": bool(result.get("changed")),
        "failed": bool(result.get("failed")),
        "msg": result.get("msg"),
        "requests": len(log),
        "writes": len(writes),
        "seconds": seconds,
        "task_seconds": task_seconds,
        "diff": bool(result.get("diff")),
        "msg_length": len(result.get("msg") or []) if isinstance(result.get("msg"), list) else None,
    }


def _seconds_between(start, end):
    """Seconds between two ISO timestamps of the json callback ("2026-11-22T04:01:02.123456Z")."""
    def parse(text):
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))

    return (parse(end) - parse(start)).total_seconds()


def scenarios(username):
    common = {"api_url": "{{ lookup('env', 'GITLAB_URL') }}", "api_token": "{{ lookup('env', 'GITLAB_TOKEN') }}"}
    person = {"username": username, "name": "Bench User", "email": "%s@example.com" % username,
              "password": "Qz7-vortex-Lumen-92"}
    ours = dict(common, **person)
    peer = dict(common, **person)
    return [
        ("create", dict(ours), dict(peer), False),
        ("rerun, nothing to change", dict(ours), dict(peer), False),
        ("check-mode rerun", dict(ours), dict(peer), True),
        ("block", dict(ours, account_state="blocked"), dict(common, username=username, state="blocked"), False),
        ("rerun of block", dict(ours, account_state="blocked"), dict(common, username=username, state="blocked"),
         False),
    ]


def bench_modules(sim, repeats):
    os.environ["GITLAB_URL"], os.environ["GITLAB_TOKEN"] = sim.url, sim.token
    rows = []
    for module in MODULES:
        username = "bench_%s_%d" % ("ours" if module == OURS else "peer", int(time.time()))
        for name, ours_args, peer_args, check in scenarios(username):
            args = ours_args if module == OURS else peer_args
            times = repeats if name.startswith(("rerun", "check")) else 1
            runs = [run_playbook(sim, module, args, check=check, diff=True) for _run in range(times)]
            first = runs[0]
            rows.append((name, module, first, statistics.median(run["seconds"] for run in runs),
                         statistics.median(run["task_seconds"] for run in runs)))
    print("gitlab_user: ours vs the peer (simulator latency %s ms per request)" % os.environ.get("BENCH_LATENCY"))
    print("  (task s: the module's own run time; playbook s adds ansible-playbook start-up; medians)")
    columns = ("scenario", "module", "changed", "requests", "writes", "diff", "task s", "playbook s")
    header = "  %-26s %-32s %7s %8s %6s %5s %7s %10s" % columns
    print(header)
    for name, module, result, seconds, task_seconds in rows:
        status = "FAILED" if result["failed"] else str(result["changed"]).lower()
        diff = "yes" if result["diff"] else "no"
        row = (name, module, status, result["requests"], result["writes"], diff, task_seconds, seconds)
        print("  %-26s %-32s %7s %8d %6d %5s %7.3f %10.2f" % row)
        if result["failed"]:
            print("    failure: %s" % result["msg"])
    print()


def write_play(tasks, variables=None):
    play = [{"name": "benchmark", "hosts": "localhost", "gather_facts": False, "vars": variables or {},
             "tasks": tasks}]
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as handle:
        json.dump(play, handle)
        return handle.name


def run_play(sim, path):
    """Run a playbook; -> (seconds, {task name: (seconds, changed, failed)}, request log)."""
    command, env = playbook_command(path)
    sim.clear()
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    try:
        output = json.loads(completed.stdout)
        tasks = {}
        for task in output["plays"][0]["tasks"]:
            result = task["hosts"]["localhost"]
            tasks[task["task"]["name"]] = (
                _seconds_between(task["task"]["duration"]["start"], task["task"]["duration"]["end"]),
                bool(result.get("changed")), bool(result.get("failed")), result.get("msg"))
    except (ValueError, KeyError, IndexError):
        print(completed.stdout[-2000:], completed.stderr[-2000:])
        raise SystemExit("%s: could not read the playbook result" % path)
    return seconds, tasks, sim.log()


def ssh_public_key(comment):
    """A fresh ed25519 public key in OpenSSH format (GitLab keeps keys unique across the instance)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    public = ed25519.Ed25519PrivateKey.generate().public_key()
    line = public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    return "%s %s" % (line, comment)


def give_key_and_email(sim, users, workers=16):
    """One SSH key and one confirmed secondary email per user, through the API (the bulk run must find them)."""
    import concurrent.futures

    session = requests.Session()
    session.headers["PRIVATE-TOKEN"] = sim.token

    def give(user):
        user["key"] = ssh_public_key("%s@laptop" % user["username"])
        user["second_email"] = "%s.second@example.com" % user["username"]
        for path, body in (("/users/%d/keys" % user["id"], {"title": "laptop", "key": user["key"]}),
                           ("/users/%d/emails" % user["id"], {"email": user["second_email"], "skip_confirmation": True})):
            response = session.post(sim.url + "/api/v4" + path, json=body, timeout=60)
            response.raise_for_status()

    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(give, users))


def bench_bulk(latency_ms, users, sample):
    """A no-op converge of `users` users (each with one SSH key and one secondary email) in one task, against
    loops of single-module tasks over a sample."""
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api import GitLabClient
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_listing import list_users

    with running_simulator(latency_ms=latency_ms) as running:
        sim = Sim(running.url, running.root_token)
        os.environ["GITLAB_URL"], os.environ["GITLAB_TOKEN"] = sim.url, sim.token
        seeded = sim.control("POST", "/seed", json={"users": users})
        everyone = list_users(GitLabClient(sim.url, api_token=sim.token))
        # Humans in a state that allows keys and emails to be added (the seed varies states and user types).
        mine = [user for user in everyone if seeded["first_id"] <= user["id"] <= seeded["last_id"]]
        give_key_and_email(sim, mine)
        entries = [dict(username=user["username"], name=user["name"], email=user["email"],
                        ssh_keys=[dict(key=user["key"], title="laptop")], emails=[dict(email=user["second_email"])])
                   for user in mine]
        connection = {"api_url": "{{ lookup('env', 'GITLAB_URL') }}", "api_token": "{{ lookup('env', 'GITLAB_TOKEN') }}"}
        print("gitlab_users_converge: a converge that changes nothing (simulator latency %d ms per request)" % latency_ms)
        print("  %d users on the server; %d listed, each with username, name, email, one SSH key and one secondary "
              "email" % (len(everyone), len(entries)))

        path = write_play([{"name": "bulk", "gitlab_ops.users.gitlab_users_converge": dict(connection, users="{{ team }}")}],
                          {"team": entries})
        total, tasks, log = run_play(sim, path)
        os.unlink(path)
        task_seconds, changed, failed, msg = tasks["bulk"]
        if failed:
            raise SystemExit("bulk converge failed: %s" % msg)
        writes = [entry for entry in log if entry["method"] != "GET"]
        print("  one task: %d requests (%d writes), changed=%s, task %.1f s, playbook %.1f s"
              % (len(log), len(writes), str(changed).lower(), task_seconds, total))

        user_args = dict(connection, username="{{ item.username }}", name="{{ item.name }}", email="{{ item.email }}")
        loops = (
            ("%s + gitlab_user_key + gitlab_user_email" % OURS, [
                {"name": "user", OURS: user_args, "loop": "{{ team }}"},
                {"name": "key", "gitlab_ops.users.gitlab_user_key": dict(
                    connection, user="{{ item.username }}", keys="{{ item.ssh_keys }}"), "loop": "{{ team }}"},
                {"name": "email", "gitlab_ops.users.gitlab_user_email": dict(
                    connection, user="{{ item.username }}", emails="{{ item.emails }}"), "loop": "{{ team }}"}]),
            ("%s (user and SSH key; it has no emails)" % PEER, [
                {"name": "user", PEER: dict(user_args, password="Qz7-vortex-Lumen-92", sshkey_name="laptop",
                                            sshkey_file="{{ item.ssh_keys[0].key }}"), "loop": "{{ team }}"}]),
        )
        rows = []
        for label, loop_tasks in loops:
            path = write_play(loop_tasks, {"team": entries[:sample]})
            _loop_total, results, loop_log = run_play(sim, path)
            os.unlink(path)
            seconds = sum(result[0] for result in results.values())
            failures = [result[3] for result in results.values() if result[2]]
            loop_changed = any(result[1] for result in results.values())
            rows.append((label, seconds / sample, len(loop_log) / float(sample), loop_changed, failures))
        print("  the same work as loops of single-module tasks, timed over %d users and scaled to %d:"
              % (sample, len(entries)))
        for label, per_user, requests_per_user, loop_changed, failures in rows:
            scaled = per_user * len(entries)
            print("    %-68s %.2f s and %.1f requests per user -> %6.0f s: %5.1fx the bulk task%s"
                  % (label, per_user, requests_per_user, scaled, scaled / task_seconds,
                     (" (FAILED: %s)" % failures[0]) if failures else (" (changed)" if loop_changed else "")))
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=20, help="simulated GitLab latency per request")
    parser.add_argument("--users", type=int, default=10050, help="users to seed for the listing benchmark")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each idempotent scenario (median time)")
    parser.add_argument("--bulk-users", type=int, default=1000, help="users of the gitlab_users_converge benchmark")
    parser.add_argument("--bulk-sample", type=int, default=30, help="users timed in the loops it is compared with")
    parser.add_argument("--bulk-latency-ms", type=int, default=50, help="simulated latency of the bulk benchmark")
    parser.add_argument("--only", choices=["bulk"], help="run only this benchmark")
    args = parser.parse_args()
    if args.only == "bulk":
        bench_bulk(args.bulk_latency_ms, args.bulk_users, args.bulk_sample)
        return
    os.environ["BENCH_LATENCY"] = str(args.latency_ms)
    with running_simulator(latency_ms=args.latency_ms) as running:
        sim = Sim(running.url, running.root_token)
        bench_simulator(sim, args.users)
        bench_user_listing(sim)
        bench_modules(sim, args.repeats)
    bench_lookup()
    bench_bulk(args.bulk_latency_ms, args.bulk_users, args.bulk_sample)


if __name__ == "__main__":
    main()
