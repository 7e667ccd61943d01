# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Listing a large instance (100,000 users by default) at 50 ms of latency per request:

- the serial listing (max_concurrency=1: the first page, then every page again by cursor, one after another) against
  the partitioned one (ranges of created_at, each by cursor, max_concurrency at a time: _user_selection/partitions.py),
  in-process, interleaved, with the requests each sends;
- the peak memory (ru_maxrss) of the controller's processes for the gitlab_users lookup (output=ids) and for the
  gitlab_users inventory (loaded for a play on localhost) with every field as host variables and with a handful
  (hostvar_fields), each in ansible-playbook, on all those users.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from harness import BIN, Sim, ansible_env, median

# The host variables of the inventory's second memory figure: what an audit of accounts reads.
FEW_HOSTVAR_FIELDS = ["id", "username", "state", "email", "is_admin"]

from gitlab_sim.launcher import running_simulator  # noqa: E402  pylint: disable=wrong-import-order

# Runs a command and prints the largest resident set of its process tree (Linux: RUSAGE_CHILDREN's ru_maxrss is the
# largest of the waited descendants, in KiB).
PEAK_RSS = ("import resource, subprocess, sys\n"
            "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
            "sys.stderr.write(done.stderr[-2000:] if done.returncode else '')\n")


def peak_rss(command, env):
    """-> (peak MiB of the command's processes, seconds, return code)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_RSS] + command, capture_output=True, text=True, env=env,
                          check=False)
    seconds = time.perf_counter() - started
    kib, code = done.stdout.split()
    if int(code):
        print("  %s failed: %s" % (os.path.basename(command[0]), done.stderr[-1500:]), flush=True)
    return int(kib) / 1024.0, seconds, int(code)


def time_listings(sim, client, concurrencies, repeats):
    """Every user listed at each max_concurrency, `repeats` times interleaved so that a busy moment favours none.
    -> ({concurrency: [seconds]}, {concurrency: requests}, {concurrency: users listed})."""
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import list_users

    seconds, requests, counts = {concurrency: [] for concurrency in concurrencies}, {}, {}
    for _repeat in range(repeats):
        for concurrency in concurrencies:
            sim.clear()
            started = time.perf_counter()
            counts[concurrency] = len(list_users(client, {}, max_concurrency=concurrency))
            seconds[concurrency].append(time.perf_counter() - started)
            requests[concurrency] = len(sim.log())
    return seconds, requests, counts


def bench_listing(report, users=100000, latency_ms=50, workers=8, repeats=1):
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
    from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import DEFAULT_CONCURRENCY

    print("Listing %d users, simulator latency %d ms per request" % (users, latency_ms), flush=True)
    with running_simulator(latency_ms=latency_ms) as running:
        sim = Sim(running.url, running.root_token)
        started = time.perf_counter()
        sim.control("POST", "/seed", json={"users": users - 1})  # and root
        print("  seeded %d users in %.1f s" % (users - 1, time.perf_counter() - started), flush=True)
        client = GitLabClient(sim.url, api_token=sim.token)
        # The modules' default max_concurrency too: a user who sets none gets that figure.
        runs = [("serial: by cursor, one page after another (max_concurrency=1)", 1)]
        runs += [("partitioned: ranges of created_at by cursor (max_concurrency=%d%s)"
                  % (concurrency, ", the default" if concurrency == DEFAULT_CONCURRENCY else ""), concurrency)
                 for concurrency in sorted({DEFAULT_CONCURRENCY, workers}) if concurrency > 1]
        seconds, requests, counts = time_listings(sim, client, [concurrency for _label, concurrency in runs], repeats)
        rows = []
        serial = median(seconds[1])
        for label, concurrency in runs:
            figure = median(seconds[concurrency])
            print("  %-66s %6d users, %5d requests, %6.2f s, ratio %.3f" % (
                label, counts[concurrency], requests[concurrency], figure, figure / serial), flush=True)
            rows.append([label, counts[concurrency], requests[concurrency], "%.2f" % figure, "%.3f" % (figure / serial)])
        memory = bench_memory(sim, workers)
    print()
    report.section("Listing %d users (%d ms latency)" % (users, latency_ms),
                   "In-process list_users (the listing of the lookup, the inventory, gitlab_user_info and the bulk "
                   "module), median of %d interleaved run(s): the serial listing against the partitioned one, at the "
                   "modules' default max_concurrency and at --listing-workers (target: at most 0.25 of the serial "
                   "time). Then the peak resident memory of the controller's processes "
                   "(ru_maxrss of the process tree) for the lookup and the inventory on all those users, the inventory "
                   "with every field as host variables and with hostvar_fields: [%s]."
                   % (repeats, ", ".join(FEW_HOSTVAR_FIELDS)))
    report.table(["listing", "users", "requests", "seconds", "ratio to serial"], rows)
    report.table(["controller process", "users", "peak memory (MiB)", "seconds"], memory)


def bench_memory(sim, workers):
    """Peak memory of ansible-playbook running the lookup (output=ids), and of ansible-playbook loading the inventory
    with every field and with FEW_HOSTVAR_FIELDS as host variables, all on every user."""
    rows = []
    env = ansible_env(sim)
    with tempfile.TemporaryDirectory() as directory:
        playbook = os.path.join(directory, "lookup.yml")
        with open(playbook, "w") as handle:
            lookup = "{{ query('gitlab_ops.users.gitlab_users', 'all', output='ids', max_concurrency=%d) | length }}"
            json.dump([{"name": "lookup", "hosts": "localhost", "gather_facts": False, "tasks": [
                {"name": "lookup", "ansible.builtin.set_fact": {"listed": lookup % workers}},
                {"name": "count", "ansible.builtin.debug": {"var": "listed"}}]}], handle)
        inventory = os.path.join(directory, "gitlab_users.yml")
        with open(inventory, "w") as handle:
            json.dump({"plugin": "gitlab_ops.users.gitlab_users", "host_prefix": "user-",
                       "max_concurrency": workers}, handle)
        few = os.path.join(directory, "few.gitlab_users.yml")
        with open(few, "w") as handle:
            json.dump({"plugin": "gitlab_ops.users.gitlab_users", "host_prefix": "user-", "max_concurrency": workers,
                       "hostvar_fields": FEW_HOSTVAR_FIELDS}, handle)
        # The inventory is loaded by a playbook that runs on localhost only: ansible-inventory --list would add
        # Ansible's own work per host (every host's variables through the variable manager, then JSON).
        counted = os.path.join(directory, "inventory.yml")
        with open(counted, "w") as handle:
            json.dump([{"name": "inventory", "hosts": "localhost", "gather_facts": False, "tasks": [
                {"name": "count", "ansible.builtin.debug": {"msg": "{{ groups['all'] | length }}"}}]}], handle)
        playbook_command = [os.path.join(BIN, "ansible-playbook"), "-c", "local"]
        runs = (("ansible-playbook: the lookup, output=ids", playbook_command + ["-i", "localhost,", playbook]),
                ("ansible-playbook: the inventory loaded, every field",
                 playbook_command + ["-i", inventory, "-i", "localhost,", counted]),
                ("ansible-playbook: the inventory loaded, %d hostvar_fields" % len(FEW_HOSTVAR_FIELDS),
                 playbook_command + ["-i", few, "-i", "localhost,", counted]))
        for label, command in runs:
            sim.clear()
            mebibytes, seconds, code = peak_rss(command, env)
            listed = sum(1 for entry in sim.log() if entry["path"] == "/api/v4/users")
            print("  %-56s peak %6.0f MiB, %6.2f s, %d requests to GET /users%s" % (
                label, mebibytes, seconds, listed, "" if code == 0 else " (failed)"), flush=True)
            rows.append([label, "all", "%.0f%s" % (mebibytes, "" if code == 0 else " (failed)"), "%.1f" % seconds])
    return rows
