"""Run a command against a GitLab: the one in GITLAB_URL/GITLAB_TOKEN, or else a fresh simulator.

Usage: with_gitlab.py [--latency-ms N] -- COMMAND [ARGS...]

When both GITLAB_URL and GITLAB_TOKEN are set the command runs against that server unchanged.
Otherwise a simulator is started on a free loopback port, GITLAB_URL/GITLAB_TOKEN/GITLAB_SIM are
exported to the command, and the simulator is stopped when the command ends.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "simulator"))

from gitlab_sim.launcher import running_simulator  # noqa: E402  (path set up above)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")

    if os.environ.get("GITLAB_URL") and os.environ.get("GITLAB_TOKEN"):
        print("Using the GitLab at %s" % os.environ["GITLAB_URL"], flush=True)
        return subprocess.call(command)

    with running_simulator(latency_ms=args.latency_ms) as sim:
        print("Using a GitLab simulator at %s" % sim.url, flush=True)
        env = dict(os.environ, GITLAB_URL=sim.url, GITLAB_TOKEN=sim.root_token, GITLAB_SIM="1")
        return subprocess.call(command, env=env)


if __name__ == "__main__":
    sys.exit(main())
