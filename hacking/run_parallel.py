#!/usr/bin/env python
"""Run make targets side by side, a few at a time, and fail if any of them fails.

`make test` uses it to run the suites (lint, sanity, unit, integration, build and the ansible-core
matrix test-core2.17, ...) concurrently: they share nothing that one of them writes (each ansible-test
suite has its own tree under build/test-tree/, each GitLab-backed suite its own simulator), and much of
their time goes to waiting on child processes, pip and the simulator rather than to the CPU.

A target is given as TARGET or TARGET:PREREQ[,PREREQ...]: it starts only after its prerequisites (given
as targets too) have passed, and is not run if one failed. That is how the suites wait for `setup`
(one .venv for all) while the matrix, which has virtualenvs of its own, starts at once. Otherwise
targets start in the order given, so put the longest first.

Each target runs as `make --no-print-directory TARGET` with its output in build/logs/TARGET.log; the
whole log is printed in one piece when the target ends, so suites never interleave. Every target runs
even when another has failed, so one run reports every failure; the closing summary lists each target
with its result and wall time and names the failed ones. Only the standard library is used: this runs
before `.venv` exists.

Usage: run_parallel.py [--jobs N] [--make MAKE] [--log-dir DIR] TARGET[:PREREQ,...]...
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Popen's process_group is new in Python 3.11; ansible-core 2.17's controller may run 3.10.
OWN_PROCESS_GROUP = {"process_group": 0} if sys.version_info >= (3, 11) else {"preexec_fn": os.setpgrp}


def shown(path: str) -> str:
    relative = os.path.relpath(path, REPO)
    return path if relative.startswith("..") else relative


class Job:
    def __init__(self, target: str, prerequisites: list[str], log_path: str):
        self.target = target
        self.prerequisites = prerequisites
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        self.started = 0.0
        self.seconds = 0.0
        self.returncode: int | None = None
        self.skipped_for = ""  # the failed prerequisite

    @property
    def result(self) -> str:
        if self.skipped_for:
            return "NOT RUN (%s failed)" % self.skipped_for
        return "passed" if self.returncode == 0 else "FAILED (exit %s)" % self.returncode


def sub_make_env() -> dict[str, str]:
    """The environment for the sub-makes, without a parent make's jobserver.

    The runner is no recipe line of make's, so the jobserver's file descriptors do not reach the
    sub-makes: they would warn about it. Variables given on make's command line stay.
    """
    env = dict(os.environ)
    flags = env.get("MAKEFLAGS", "").split(" -- ", 1)
    options = [word for word in flags[0].split(" ") if not word.startswith(("-j", "--jobserver"))]
    env["MAKEFLAGS"] = " ".join(options) + (" -- " + flags[1] if len(flags) > 1 else "")
    env.pop("MFLAGS", None)
    return env


def start(job: Job, make: list[str], env: dict[str, str]) -> None:
    with open(job.log_path, "wb") as log:
        # A process group of its own, so that stopping the runner stops the target's whole process tree.
        # Not a session of its own: the kernel's autogroup scheduling would then give each target as
        # much CPU as a whole other session, which on a shared machine crowds out the neighbours.
        job.process = subprocess.Popen(make + ["--no-print-directory", job.target], cwd=REPO, env=env,
                                       stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                       **OWN_PROCESS_GROUP)
    job.started = time.monotonic()
    print("run_parallel: started %s (log: %s)" % (job.target, shown(job.log_path)), flush=True)


def report(job: Job) -> None:
    sys.stdout.write("\n==== %s: %s in %.0f s; its output:\n" % (job.target, job.result, job.seconds))
    sys.stdout.flush()
    with open(job.log_path, "rb") as log:
        sys.stdout.buffer.write(log.read())
    sys.stdout.write("==== %s: end of output (%s)\n\n" % (job.target, job.result))
    sys.stdout.flush()


def stop(jobs: list[Job]) -> None:
    running = [job for job in jobs if job.process is not None and job.returncode is None]
    for job in running:
        try:
            os.killpg(job.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for job in running:
        try:
            job.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(job.process.pid, signal.SIGKILL)


def run(jobs: list[Job], slots: int, make: list[str]) -> None:
    env = sub_make_env()
    by_target = {job.target: job for job in jobs}
    waiting = list(jobs)
    running: list[Job] = []
    while waiting or running:
        for job in list(waiting):
            failed = [by_target[name].skipped_for or name for name in job.prerequisites
                      if by_target[name].returncode not in (None, 0) or by_target[name].skipped_for]
            if failed:
                waiting.remove(job)
                job.skipped_for = failed[0]
                print("run_parallel: %s: not run (%s failed)" % (job.target, failed[0]), flush=True)
            elif len(running) < slots and all(by_target[name].returncode == 0 for name in job.prerequisites):
                waiting.remove(job)
                start(job, make, env)
                running.append(job)
        time.sleep(0.2)
        for job in [job for job in running if job.process.poll() is not None]:
            running.remove(job)
            job.returncode = job.process.returncode
            job.seconds = time.monotonic() - job.started
            report(job)


def parse_jobs(specs: list[str], log_dir: str) -> list[Job]:
    jobs = []
    for spec in specs:
        target, prerequisites = (spec.split(":", 1) + [""])[:2]
        jobs.append(Job(target, [name for name in prerequisites.split(",") if name],
                        os.path.join(log_dir, target + ".log")))
    targets = [job.target for job in jobs]
    if len(set(targets)) != len(targets):
        raise SystemExit("run_parallel: a target is given twice: %s" % " ".join(specs))
    for index, job in enumerate(jobs):
        unknown = [name for name in job.prerequisites if name not in targets[:index]]
        if unknown:
            raise SystemExit("run_parallel: %s needs %s, which is not a target given before it"
                             % (job.target, ", ".join(unknown)))
    return jobs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", "-j", type=int, default=2, help="targets at a time (default: 2)")
    parser.add_argument("--make", default="make", help="the make command (default: make)")
    parser.add_argument("--log-dir", default=os.path.join(REPO, "build", "logs"))
    parser.add_argument("targets", nargs="+", metavar="TARGET[:PREREQ,...]")
    args = parser.parse_args()
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    os.makedirs(args.log_dir, exist_ok=True)
    jobs = parse_jobs(args.targets, args.log_dir)

    # CI stops a run with SIGTERM: end the targets' process trees (simulators included) too.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    begin = time.monotonic()
    try:
        run(jobs, args.jobs, args.make.split())
    except BaseException:
        stop(jobs)
        raise

    failed = [job for job in jobs if job.returncode != 0]
    print("run_parallel: %d target(s), %d at a time, in %.0f s:" % (len(jobs), args.jobs, time.monotonic() - begin))
    width = max(len(job.result) for job in jobs)
    for job in jobs:
        print("  %-22s %-*s %5.0f s" % (job.target, width, job.result, job.seconds))
    if failed:
        print("run_parallel: FAILED: %s (output above, and in %s)"
              % (", ".join(job.target for job in failed), shown(args.log_dir)))
    print("targets: %d passed, %d failed" % (len(jobs) - len(failed), len(failed)), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
