# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a no-op task's time goes, module by module, against ansible.builtin.ping:

- the AnsiballZ payloads Ansible runs (kept with ANSIBLE_KEEP_REMOTE_FILES), each run on its own, ours against
  ping's: Python start-up, unpacking, ansible.module_utils.basic, and then what only our payload does;
- `python -X importtime` on our payload: the import time of the modules ping's payload does not import, split
  into the collection's own code (compiled from the zip on every run), the HTTP stack (requests, urllib3 and
  what they pull in) and the rest;
- the module's own work: main() timed in-process with every import done, requests to the simulator included.
"""
from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from harness import median, run_tasks, unique

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import SUBJECTS

HTTP_STACK = ("requests", "urllib3", "charset_normalizer", "chardet", "idna", "certifi", "http.", "email", "ssl",
              "_ssl", "importlib.metadata", "importlib.resources", "zipfile", "netrc", "cryptography")

# Runs a module's main() in-process `count` times with the args of an AnsiballZ payload; prints the median seconds.
IN_PROCESS = r"""
import contextlib, io, json, statistics, sys, time
from ansible.module_utils.testing import patch_module_args
from ansible.module_utils.common import warnings as ansible_warnings
module, args, count = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
main = __import__(module, fromlist=["main"]).main
seconds = []
for _ in range(count + 1):
    for store in ("_global_warnings", "_global_deprecations"):
        if isinstance(getattr(ansible_warnings, store, None), (dict, list)):
            getattr(ansible_warnings, store).clear()
    with patch_module_args(args), contextlib.redirect_stdout(io.StringIO()):
        started = time.perf_counter()
        try:
            main()
        except SystemExit:
            pass
        seconds.append(time.perf_counter() - started)
print(statistics.median(seconds[1:]))
"""


def _payloads(sim, directory):
    """Keep the AnsiballZ payloads of ping and of every module's no-op task. -> {name: (payload path, args)}."""
    remote = os.path.join(directory, "remote")
    tasks, names = [{"name": "ping", "ansible.builtin.ping": {}}], ["ansible.builtin.ping"]
    for subject in SUBJECTS:
        if subject.module != subject.name:
            continue  # another subject of a module measured already (a group's service-account tokens)
        ctx = subject.prepare(sim, unique)
        for step in tuple(subject.prior("noop")) + ("noop",):
            tasks.append({"name": "%s %s" % (subject.name, step), "gitlab_ops.users." + subject.name: dict(
                subject.options(ctx, step), api_url=sim.url, api_token=sim.token)})
    run_tasks(sim, tasks, env_extra=dict(ANSIBLE_KEEP_REMOTE_FILES="1", ANSIBLE_REMOTE_TMP=remote,
                                         GITLAB_OPS_USERS_DIRECT_EXECUTION="false"))
    found = {}
    # One temporary directory per task, in order of creation: the last payload of a module is its no-op run.
    for path in sorted(glob.glob(os.path.join(remote, "ansible-tmp-*", "AnsiballZ_*.py")), key=os.path.getmtime):
        found[os.path.basename(path)[len("AnsiballZ_"):-3]] = path
    return found


def _payload_args(path):
    """The module arguments inside a payload (AnsiballZ's `explode` writes them to debug_dir/args)."""
    directory = os.path.dirname(path)
    subprocess.run([sys.executable, path, "explode"], cwd=directory, capture_output=True, check=True)
    with open(os.path.join(directory, "debug_dir", "args")) as handle:
        args = json.load(handle)["ANSIBLE_MODULE_ARGS"]
    shutil.rmtree(os.path.join(directory, "debug_dir"))
    return args


def _run_seconds(path):
    started = time.perf_counter()
    subprocess.run([sys.executable, path], capture_output=True, check=False)
    return time.perf_counter() - started


def _imports(path):
    """{module name: self microseconds} from `python -X importtime`."""
    completed = subprocess.run([sys.executable, "-X", "importtime", path], capture_output=True, text=True,
                               check=False)
    found = {}
    for line in completed.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            own, _cumulative, name = line[len("import time:"):].split("|", 2)
            if own.strip().isdigit():
                found[name.strip()] = int(own)
    return found


def bench_startup(sim, task_medians, repeats, report):
    with tempfile.TemporaryDirectory() as directory:
        payloads = _payloads(sim, directory)
        ping = payloads.pop("ping")
        times = dict((name, []) for name in ["ping"] + list(payloads))
        for _repeat in range(repeats):  # interleaved
            times["ping"].append(_run_seconds(ping))
            for name, path in payloads.items():
                times[name].append(_run_seconds(path))
        ping_imports = _imports(ping)
        rows = []
        for subject in SUBJECTS:
            path = payloads.get(subject.name)
            if path is None:
                continue
            imports = _imports(path)
            extra = dict((name, own) for name, own in imports.items() if name not in ping_imports)
            collection = sum(own for name, own in extra.items() if name.startswith("ansible_collections."))
            http = sum(own for name, own in extra.items() if name.startswith(HTTP_STACK))
            other = sum(extra.values()) - collection - http
            module = "ansible_collections.gitlab_ops.users.plugins.modules." + subject.name
            work = subprocess.run([sys.executable, "-c", IN_PROCESS, module, json.dumps(_payload_args(path)),
                                   str(repeats)], capture_output=True, text=True, check=False,
                                  env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
            own_work = float(work.stdout.strip()) if work.returncode == 0 and work.stdout.strip() else None
            if own_work is None:
                print("  %s: main() in-process failed: %s" % (subject.name, work.stderr[-500:]))
            cell = task_medians.get((subject.name, "noop"), {})
            ours, floor = cell.get("ours", {}).get("seconds"), cell.get("ping", {}).get("seconds")
            as_payload = cell.get("payload", {}).get("seconds")
            payload = median(times[subject.name]) - median(times["ping"])
            controller = "%.0f" % (1000 * (as_payload - floor - payload)) if as_payload and floor else "–"
            rows.append([subject.name, _fmt(ours), _fmt(as_payload), _fmt(floor),
                         "%.2f" % (ours / floor) if ours and floor else "–",
                         "%.2f" % (as_payload / floor) if as_payload and floor else "–",
                         controller, "%.0f" % (1000 * payload),
                         "%.0f" % (collection / 1000.0), "%.0f" % (http / 1000.0), "%.0f" % (other / 1000.0),
                         "%.0f" % (1000 * own_work) if own_work is not None else "–"])
    report.section("Where a no-op task's time goes (0 ms latency)",
                   "Task seconds: medians from the 0 ms table, for the no-op in Ansible's worker process (the default "
                   "on the controller) and as an AnsiballZ payload; the rest of the table is about the payload, "
                   "which the in-process run does without. The payload column is the median wall time of running "
                   "the module's AnsiballZ payload by itself minus ping's payload (%.0f ms), over %d interleaved "
                   "runs; the controller column is what remains of the payload task's time beyond ping's (Ansible's work "
                   "on the controller: the collection's action group, building and copying the larger payload, "
                   "processing the larger result). The import columns split the payload's part. Imports: "
                   "`python -X importtime` on the payload, the self time of every module ping's "
                   "payload does not import (importtime itself inflates them). Own work: main() in-process, all "
                   "imports done, one no-op run including its requests." % (1000 * median(times["ping"]), repeats))
    report.table(["module", "no-op task s", "no-op as payload s", "ping task s", "no-op/ping", "payload/ping",
                  "controller beyond ping ms",
                  "payload beyond ping ms",
                  "imports: collection ms", "imports: HTTP stack ms", "imports: other ms", "own work ms"], rows)


def _fmt(seconds):
    return "%.2f" % seconds if seconds else "–"
