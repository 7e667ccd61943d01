"""Start a GitLab simulator in the background for steps that outlive one command, and stop it again.

Usage: gitlab_daemon.py start STATE_FILE [--seed-users N]
       gitlab_daemon.py stop STATE_FILE

`start` writes STATE_FILE (JSON: url, token, sim, pid) once the simulator listens. With GITLAB_URL and
GITLAB_TOKEN set it starts nothing and writes those instead (sim: false), so the same steps run against
a real GitLab. `stop` stops the simulator STATE_FILE names (nothing for a real GitLab) and removes the
file. Molecule's create/destroy playbooks of roles/provision use it; so does `make demo`.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SIMULATOR = os.path.join(os.path.dirname(HERE), "tests", "simulator")
START_TIMEOUT = 60


def start(state_file: str, seed_users: int) -> int:
    if os.environ.get("GITLAB_URL") and os.environ.get("GITLAB_TOKEN"):
        write_state(state_file, dict(url=os.environ["GITLAB_URL"], token=os.environ["GITLAB_TOKEN"], sim=False))
        print("Using the GitLab at %s" % os.environ["GITLAB_URL"])
        return 0
    token = "sim-root-" + secrets.token_hex(8)
    log_path = state_file + ".log"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [SIMULATOR, os.environ.get("PYTHONPATH")])))
    command = [sys.executable, "-m", "gitlab_sim", "--host", "127.0.0.1", "--port", "0", "--root-token", token,
               "--seed-users", str(seed_users)]
    with open(log_path, "w") as log:
        # A session of its own: the simulator outlives this command and the step that ran it.
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env=env, start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        with open(log_path) as log:
            for line in log:
                if line.startswith("listening on "):
                    url = line.split(" ", 2)[2].strip()
                    write_state(state_file, dict(url=url, token=token, sim=True, pid=process.pid))
                    print("Started a GitLab simulator at %s (%d seeded users)" % (url, seed_users))
                    return 0
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    with open(log_path) as log:
        sys.stderr.write(log.read())
    print("gitlab_daemon: the simulator did not start", file=sys.stderr)
    return 1


def stop(state_file: str) -> int:
    if not os.path.exists(state_file):
        return 0
    with open(state_file) as handle:
        state = json.load(handle)
    if state.get("sim") and state.get("pid"):
        try:
            os.kill(state["pid"], signal.SIGTERM)
        except ProcessLookupError:
            pass
        else:
            print("Stopped the GitLab simulator at %s" % state["url"])
    os.remove(state_file)
    return 0


def write_state(state_file: str, state: dict) -> None:
    directory = os.path.dirname(os.path.abspath(state_file))
    os.makedirs(directory, exist_ok=True)
    with open(state_file, "w") as handle:
        json.dump(state, handle)
    os.chmod(state_file, 0o600)  # it holds the token


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("state_file")
    parser.add_argument("--seed-users", type=int, default=0)
    args = parser.parse_args()
    if args.action == "start":
        return start(args.state_file, args.seed_users)
    return stop(args.state_file)


if __name__ == "__main__":
    sys.exit(main())
