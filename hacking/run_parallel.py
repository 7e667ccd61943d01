#!/usr/bin/env python
"""Run make targets side by side, a few at a time, and fail if any of them fails.

`make test` uses it to run lint, sanity, unit, integration, build and the ansible-core matrix
(test-core2.17, ...) concurrently: they share nothing that one of them writes (each ansible-test suite
has its own tree under build/test-tree/, each GitLab-backed suite its own simulator), and much of their
time is spent waiting on processes, pip and the simulator rather than on the CPU.

Each target runs as `make --no-print-directory TARGET` with its output in build/logs/TARGET.log; the
whole log is printed in one piece when the target ends, so suites never interleave. Progress lines say
when a target starts and ends; the closing summary lists every target with its result and wall time,
and names the ones that failed. Targets start in the order given (put the longest first). Every target
runs even when another has failed, so one run reports every failure.

Usage: run_parallel.py [--jobs N] [--make MAKE] [--log-dir DIR] TARGET...
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shown(path: str) -> str:
    relative = os.path.relpath(path, REPO)
    return path if relative.startswith("..") else relative


class Job:
    def __init__(self, target: str, log_path: str):
        self.target = target
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        self.started = 0.0
        self.seconds = 0.0
        self.returncode: int | None = None

    @property
    def result(self) -> str:
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
        # A session of its own, so that stopping the runner stops the target's whole process tree.
        job.process = subprocess.Popen(make + ["--no-print-directory", job.target], cwd=REPO, env=env,
                                       stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                       start_new_session=True)
    job.started = time.monotonic()


def report(job: Job) -> None:
    sys.stdout.write("\n==== %s: %s in %.0f s; its output:\n" % (job.target, job.result, job.seconds))
    sys.stdout.flush()
    with open(job.log_path, "rb") as log:
        sys.stdout.buffer.write(log.read())
    sys.stdout.write("==== %s: end of output (%s)\n\n" % (job.target, job.result))
    sys.stdout.flush()


def stop(jobs: list[Job]) -> None:
    for job in jobs:
        if job.process is not None and job.returncode is None:
            try:
                os.killpg(job.process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for job in jobs:
        if job.process is not None and job.returncode is None:
            try:
                job.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(job.process.pid, signal.SIGKILL)


def run(jobs: list[Job], slots: int, make: list[str]) -> None:
    env = sub_make_env()
    waiting = list(jobs)
    running: list[Job] = []
    while waiting or running:
        while waiting and len(running) < slots:
            job = waiting.pop(0)
            start(job, make, env)
            running.append(job)
            print("run_parallel: started %s (log: %s)" % (job.target, shown(job.log_path)), flush=True)
        time.sleep(0.2)
        for job in [job for job in running if job.process.poll() is not None]:
            running.remove(job)
            job.returncode = job.process.returncode
            job.seconds = time.monotonic() - job.started
            report(job)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", "-j", type=int, default=2, help="targets at a time (default: 2)")
    parser.add_argument("--make", default="make", help="the make command (default: make)")
    parser.add_argument("--log-dir", default=os.path.join(REPO, "build", "logs"))
    parser.add_argument("targets", nargs="+", metavar="TARGET")
    args = parser.parse_args()
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if len(set(args.targets)) != len(args.targets):
        parser.error("a target is given twice")

    os.makedirs(args.log_dir, exist_ok=True)
    jobs = [Job(target, os.path.join(args.log_dir, target + ".log")) for target in args.targets]
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
    for job in jobs:
        print("  %-22s %-18s %5.0f s" % (job.target, job.result, job.seconds))
    if failed:
        print("run_parallel: FAILED: %s (output above, and in %s)"
              % (", ".join(job.target for job in failed), shown(args.log_dir)))
    print("targets: %d passed, %d failed" % (len(jobs) - len(failed), len(failed)), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
