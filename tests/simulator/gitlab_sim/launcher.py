"""Start a simulator in a child process on a free port and stop it again."""
from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
import threading

PACKAGE_PARENT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class RunningSimulator:
    def __init__(self, process, url, root_token):
        self.process = process
        self.url = url
        self.root_token = root_token


@contextlib.contextmanager
def running_simulator(latency_ms=0, tls_cert=None, tls_key=None, extra_args=(), root_token=None, timeout=30):
    root_token = root_token or "sim-root-" + secrets.token_hex(8)
    command = [sys.executable, "-m", "gitlab_sim", "--host", "127.0.0.1", "--port", "0",
               "--root-token", root_token, "--latency-ms", str(latency_ms)]
    if tls_cert:
        command += ["--tls-cert", tls_cert, "--tls-key", tls_key]
    command += list(extra_args)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [PACKAGE_PARENT, env.get("PYTHONPATH")]))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        url = _wait_for_listen_line(process, timeout)
        yield RunningSimulator(process, url, root_token)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_listen_line(process, timeout):
    found = {}

    def read():
        for line in process.stdout:
            if line.startswith("listening on "):
                found["url"] = line.split(" ", 2)[2].strip()
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    if "url" not in found:
        process.kill()
        raise RuntimeError("gitlab-sim did not start within %ss (exit code %s)" % (timeout, process.poll()))
    return found["url"]
