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
                                                DEFAULT_CONCURRENCY))
        for label, workers in runs:
            sim.clear()
            started = time.perf_counter()
            count = len(list_users(client, {}, max_concurrency=workers))
            figures[workers] = time.perf_counter() - started
            print("  %-40s %6d users, %4d requests, %.2f s" % (label, count, len(sim.log()), figures[workers]))
        print("  ratio (at most 0.3 wanted): %.2f" % (figures[DEFAULT_CONCURRENCY] / figures[1]))
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
    env = dict(os.environ, ANSIBLE_STDOUT_CALLBACK="ansible.posix.json",
               ANSIBLE_COLLECTIONS_PATH=os.path.join(ROOT, "build", "collections") + os.pathsep
               + os.path.join(sys.prefix, "lib", "python%d.%d" % sys.version_info[:2], "site-packages"),
               ANSIBLE_PYTHON_INTERPRETER=sys.executable, ANSIBLE_LOCALHOST_WARNING="False",
               ANSIBLE_INVENTORY_UNPARSED_WARNING="False")
    command = [os.path.join(os.path.dirname(sys.executable), "ansible-playbook"), "-i", "localhost,", "-c", "local", path]
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=20, help="simulated GitLab latency per request")
    parser.add_argument("--users", type=int, default=10050, help="users to seed for the listing benchmark")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each idempotent scenario (median time)")
    args = parser.parse_args()
    os.environ["BENCH_LATENCY"] = str(args.latency_ms)
    with running_simulator(latency_ms=args.latency_ms) as running:
        sim = Sim(running.url, running.root_token)
        bench_simulator(sim, args.users)
        bench_user_listing(sim)
        bench_modules(sim, args.repeats)
    bench_lookup()


if __name__ == "__main__":
    main()
