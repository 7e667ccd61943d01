# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmarks: print figures and write them to bench/results.md; assert nothing about time (these machines
are noisy). Request counts are exact, and the resilience suite asserts ours.

1. Every module's create, no-op, change and delete task against its peer (community.general's gitlab_user for
   users and SSH keys, python-gitlab's `gitlab` command for the rest) and ansible.builtin.ping, the floor of any
   task: requests, and the median time of interleaved rounds, at 0 ms and at 50 ms of latency per request
   (module_tasks.py).
2. Where a no-op task's time goes: AnsiballZ, imports, the module's own work (startup.py).
3. Many users with a key and an email each: loops of single-module tasks, community.general in a loop, and the
   bulk module when there is one (many_users.py).
4. The gitlab_users lookup listing 10,000 users at 50 ms against fetching the pages one after another.
5. The simulator (seeding, paging) and the user listing of module_utils/_user_selection/listing.py.
6. Many users under GitLab.com's Users API rate limits (rate_limits.py): the no-op converge with and without
   exclusive keys, beside the floor the limits allow. It takes about 10 minutes; `--rate-limits-only` runs it alone.
7. Listing 100,000 users at 50 ms (listing.py): the serial listing against the partitioned one, and the peak memory
   of the lookup and the inventory on all of them. About 3 minutes; `--listing-only` runs it alone.

Run with `make bench` (BENCH_ARGS="--quick" for a short run that does not write results.md); it uses the
benchmark virtualenv (.venv-bench), which alone has the `ansible` package (for community.general) and
python-gitlab. Neither is a dependency of the collection.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import time

from harness import HERE, Report, Sim, machine, median, run_tasks
from listing import bench_listing, time_listings
from many_users import bench_many_users
from rate_limits import bench_rate_limits
from module_tasks import bench_module_tasks
from startup import bench_startup

from gitlab_sim.launcher import running_simulator  # noqa: E402  pylint: disable=wrong-import-order

RESULTS = os.path.join(HERE, "results.md")


def bench_simulator(sim, users):
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient

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
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import find_users, list_users

    client = GitLabClient(sim.url, api_token=sim.token)
    print("User listing (module_utils/_user_selection/listing.py)")
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
LOOKUP_REPEATS = 3


def bench_lookup(report, users=9999):
    """The gitlab_users lookup's listing on a simulator of its own with 50 ms of latency per request.

    10,000 users (with root; GitLab still counts them, so X-Total-Pages tells the page count): the same 100
    pages fetched one after another, against the listing the lookup does (first page, then the others 4 at a
    time, or 8), and the lookup itself in ansible-playbook (its task time includes forking the worker and
    importing the plugin). Then 51 more users: GitLab stops counting and the pages follow one another by cursor."""
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import DEFAULT_CONCURRENCY

    print("gitlab_users lookup: listing %d users, simulator latency %d ms per request" % (users + 1, LOOKUP_LATENCY_MS))
    with running_simulator(latency_ms=LOOKUP_LATENCY_MS) as running:
        sim = Sim(running.url, running.root_token)
        sim.control("POST", "/seed", json={"users": users})
        client = GitLabClient(sim.url, api_token=sim.token)
        figures, rows = {}, []
        runs = (("one page after another", 1), ("lookup listing, %d at a time" % DEFAULT_CONCURRENCY,
                                                DEFAULT_CONCURRENCY), ("max_concurrency=8", 8))
        seconds, requests, counts = time_listings(sim, client, [workers for _label, workers in runs], LOOKUP_REPEATS)
        for label, workers in runs:
            figures[workers] = median(seconds[workers])
            print("  %-40s %6d users, %4d requests, %.2f s (median of %d: %s)" % (
                label, counts[workers], requests[workers], figures[workers], LOOKUP_REPEATS,
                ", ".join("%.2f" % figure for figure in seconds[workers])))
            rows.append(["%s (in-process, median of %d)" % (label, LOOKUP_REPEATS), counts[workers],
                         requests[workers], "%.2f" % figures[workers], "%.3f" % (figures[workers] / figures[1])])
        # A listing of several pages goes by cursor, one page after another (offset pages can skip a user who
        # existed all along), so concurrency helps only listings of several queries.
        print("  ratio to one page after another: %.3f by default, %.3f with 8"
              % (figures[DEFAULT_CONCURRENCY] / figures[1], figures[8] / figures[1]))
        task = {"name": "lookup", "ansible.builtin.debug": {
            "msg": "{{ query('gitlab_ops.users.gitlab_users', 'all', output='ids') }}"}}
        for label in ("lookup 'all' in ansible-playbook", "lookup 'all', above 10,000 (keyset)"):
            if "keyset" in label:
                sim.control("POST", "/seed", json={"users": 51})
            (record,), playbook_seconds = run_tasks(sim, [task])
            listed = record["result"].get("msg")
            listed = len(listed) if isinstance(listed, list) else "failed"
            print("  %-40s %6s users, %4d requests, %.2f s (task), %.2f s (playbook)" % (
                label, listed, len(record["requests"]), record["seconds"], playbook_seconds))
            rows.append([label + " (task time)", listed, len(record["requests"]), "%.2f" % record["seconds"],
                         "%.2f" % (record["seconds"] / figures[1])])
    print()
    report.section("Listing %d users (%d ms latency)" % (users + 1, LOOKUP_LATENCY_MS),
                   "The gitlab_users lookup against fetching the same pages one after another. The lookup's task "
                   "time includes Ansible's per-task work; the last row has 51 more users, beyond GitLab's "
                   "10,000-row count, listed by cursor.")
    report.table(["listing", "users", "requests", "seconds", "ratio to one page after another"], rows)


def captured(report, title, function, *args):
    """A section of plain printed figures, kept as they were printed."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        function(*args)
    report.section(title)
    report.text("```\n%s\n```" % output.getvalue().strip())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latencies", default="0,50", help="simulated latencies per request, in ms (comma-separated)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the task benchmark")
    parser.add_argument("--startup-runs", type=int, default=10, help="runs of each payload in the start-up section")
    parser.add_argument("--many-users", type=int, default=1000, help="users of the many-users benchmark")
    parser.add_argument("--loop-sample", type=int, default=25,
                        help="users the loops of the many-users benchmark run on (scaled to --many-users)")
    parser.add_argument("--many-latency-ms", type=int, default=50, help="latency of the many-users benchmark")
    parser.add_argument("--users", type=int, default=10050, help="users to seed for the simulator benchmark")
    parser.add_argument("--rate-limits-only", action="store_true",
                        help="only the many-users run under GitLab.com's rate limits (prints; results.md is not written)")
    parser.add_argument("--listing-only", action="store_true",
                        help="only the listing of --listing-users users (prints; results.md is not written)")
    parser.add_argument("--listing-users", type=int, default=100000, help="users of the large listing benchmark")
    parser.add_argument("--listing-workers", type=int, default=8, help="max_concurrency of the partitioned listing")
    parser.add_argument("--quick", action="store_true",
                        help="one round, a small sample, no listing benchmarks; results.md is not written")
    parser.add_argument("--output", default=RESULTS, help="where the report goes (default bench/results.md)")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.startup_runs, args.loop_sample, args.many_users = 1, 3, 3, 30
    report = Report()
    started = time.time()
    environment = machine()
    if args.rate_limits_only:
        bench_rate_limits(args.many_users, args.many_latency_ms, report)
        return
    if args.listing_only:
        bench_listing(report, args.listing_users, args.many_latency_ms, args.listing_workers)
        return
    medians = {}
    for latency in [int(value) for value in args.latencies.split(",")]:
        with running_simulator(latency_ms=latency) as running:
            sim = Sim(running.url, running.root_token)
            medians[latency] = bench_module_tasks(sim, args.rounds, latency, report)
            if latency == 0:
                bench_startup(sim, medians[0], args.startup_runs, report)
    with running_simulator(latency_ms=args.many_latency_ms) as running:
        bench_many_users(Sim(running.url, running.root_token), args.many_users, args.loop_sample,
                         args.many_latency_ms, report)
    if not args.quick:
        bench_rate_limits(args.many_users, args.many_latency_ms, report)
        bench_lookup(report)
        bench_listing(report, args.listing_users, args.many_latency_ms, args.listing_workers)
        with running_simulator(latency_ms=20) as running:
            sim = Sim(running.url, running.root_token)
            captured(report, "Simulator and user listing internals (20 ms latency)", lambda: (
                bench_simulator(sim, args.users), bench_user_listing(sim)))
    heading = "# Benchmark results\n\nOne run of `make bench` (%.0f minutes). Times are figures, not targets: they " \
              "depend on the machine and its load; request counts are exact.\n\n" % ((time.time() - started) / 60)
    heading += "".join("- %s: %s\n" % pair for pair in environment) + "\n"
    if not args.quick:
        report.write(args.output, heading)
        print("written to %s" % os.path.relpath(args.output))


if __name__ == "__main__":
    main()
