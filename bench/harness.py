# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What every benchmark uses: the simulator's control endpoints, ansible-playbook with the json callback, the
python-gitlab CLI, medians, and the report (printed, and written to bench/results.md)."""
from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COLLECTIONS = os.path.join(ROOT, "build", "collections")
BIN = os.path.dirname(sys.executable)
# The modules' lifecycles (options per step, the exact requests) are the unit tests': tests/unit/helpers/
# module_subjects.py, imported through the collection tree.
for path in (os.path.join(ROOT, "tests", "simulator"), COLLECTIONS):
    if path not in sys.path:
        sys.path.insert(0, path)


class Sim:
    """A running simulator: its control endpoints, and plain API calls as root (what module_subjects needs)."""

    def __init__(self, url, token):
        self.url = url
        self.token = token
        self.session = requests.Session()

    def control(self, method, path, **kwargs):
        response = self.session.request(method, self.url + "/-/sim" + path,
                                        headers={"PRIVATE-TOKEN": self.token}, timeout=600, **kwargs)
        response.raise_for_status()
        return response.json() if response.content else None

    def log(self):
        return self.control("GET", "/requests")

    def settings(self, **changes):
        """The simulator's settings (edition, version...), after setting `changes` (module_subjects needs it)."""
        return self.control("POST", "/settings", json=changes)

    def clear(self):
        self.control("DELETE", "/requests")

    def api(self, method, path, **kwargs):
        return self.session.request(method, self.url + "/api/v4" + path, headers={"PRIVATE-TOKEN": self.token},
                                    timeout=120, **kwargs)

    def create_user(self, username, **fields):
        body = dict(username=username, name=fields.pop("name", username.title()), skip_confirmation=True,
                    email=fields.pop("email", "%s@example.com" % username.lower()),
                    password=fields.pop("password", "Qz7-vortex-%s" % uuid.uuid4().hex))
        body.update(fields)
        response = self.api("POST", "/users", json=body)
        response.raise_for_status()
        return response.json()


def unique(prefix="bench"):
    return "%s_%s" % (prefix, uuid.uuid4().hex[:10])


def median(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


def moment(text):
    """An ISO timestamp of the json callback ("...Z") or of the simulator's log, as an aware datetime."""
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


# -- ansible-playbook -----------------------------------------------------------------------------------------

def ansible_env(sim, **extra):
    env = dict(os.environ, ANSIBLE_STDOUT_CALLBACK="ansible.posix.json",
               ANSIBLE_COLLECTIONS_PATH=COLLECTIONS + os.pathsep + os.path.join(
                   sys.prefix, "lib", "python%d.%d" % sys.version_info[:2], "site-packages"),
               ANSIBLE_PYTHON_INTERPRETER=sys.executable, ANSIBLE_LOCALHOST_WARNING="False",
               ANSIBLE_INVENTORY_UNPARSED_WARNING="False", ANSIBLE_DEPRECATION_WARNINGS="False",
               GITLAB_URL=sim.url, GITLAB_TOKEN=sim.token)
    env.update(extra)
    return env


def run_tasks(sim, tasks, env_extra=None, args=()):
    """One ansible-playbook run of `tasks` on localhost. -> ([task record], playbook seconds), each record with
    name, seconds (the task's duration from the json callback), result, and `requests`: the simulator's log
    entries that arrived during the task."""
    play = [{"name": "benchmark", "hosts": "localhost", "gather_facts": False, "tasks": tasks}]
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as handle:
        json.dump(play, handle)
        path = handle.name
    sim.clear()
    started = time.perf_counter()
    completed = subprocess.run([os.path.join(BIN, "ansible-playbook"), "-i", "localhost,", "-c", "local", path]
                               + list(args), capture_output=True, text=True, env=ansible_env(sim, **(env_extra or {})),
                               check=False)
    seconds = time.perf_counter() - started
    os.unlink(path)
    try:
        output = json.loads(completed.stdout)
        played = output["plays"][0]["tasks"]
    except (ValueError, KeyError, IndexError):
        print(completed.stdout[-3000:], completed.stderr[-3000:])
        raise SystemExit("could not read the result of ansible-playbook")
    log = sim.log()
    records = []
    for task in played:
        start, end = moment(task["task"]["duration"]["start"]), moment(task["task"]["duration"]["end"])
        records.append(dict(name=task["task"]["name"], seconds=(end - start).total_seconds(),
                            result=task["hosts"].get("localhost", {}),
                            requests=[entry for entry in log if start <= moment(entry["started_at"]) <= end]))
    return records, seconds


def failed(result):
    return bool(result.get("failed")) or any(item.get("failed") for item in result.get("results", []))


# -- python-gitlab's CLI ----------------------------------------------------------------------------------------

class Cli:
    """The `gitlab` command of python-gitlab, configured for the simulator; every call is timed."""

    def __init__(self, sim, directory):
        self.sim = sim
        self.config = os.path.join(directory, "python-gitlab.cfg")
        with open(self.config, "w") as handle:
            handle.write("[global]\ndefault = sim\nssl_verify = true\ntimeout = 60\n\n"
                         "[sim]\nurl = %s\nprivate_token = %s\napi_version = 4\n" % (sim.url, sim.token))
        self.seconds = 0.0
        self.calls = 0

    def __call__(self, *args):
        started = time.perf_counter()
        completed = subprocess.run([os.path.join(BIN, "gitlab"), "-c", self.config, "-o", "json"] + list(args),
                                   capture_output=True, text=True, check=False)
        self.seconds += time.perf_counter() - started
        self.calls += 1
        if completed.returncode:
            raise RuntimeError("gitlab %s: %s" % (" ".join(args[:2]), (completed.stderr or completed.stdout)[-500:]))
        return json.loads(completed.stdout) if completed.stdout.strip() else None

    def user_id(self, username):
        return self("user", "list", "--username", username)[0]["id"]


# -- the report ---------------------------------------------------------------------------------------------------

class Report:
    """Markdown sections, printed as they come and written to one file at the end."""

    def __init__(self):
        self.parts = []

    def section(self, title, text=""):
        self.add("## %s\n\n%s" % (title, text + "\n\n" if text else ""))

    def table(self, header, rows):
        lines = ["| %s |" % " | ".join(header), "|%s|" % "|".join(["---"] * len(header))]
        lines += ["| %s |" % " | ".join(str(cell) for cell in row) for row in rows]
        self.add("\n".join(lines) + "\n\n")

    def text(self, text):
        self.add(text + "\n\n")

    def add(self, text):
        self.parts.append(text)
        sys.stdout.write(text)
        sys.stdout.flush()

    def write(self, path, heading):
        with open(path, "w") as handle:
            handle.write(heading + "".join(self.parts).rstrip("\n") + "\n")


def machine():
    """What the figures were measured on, and with which versions."""
    def version(distribution):
        try:
            from importlib.metadata import version as installed
            return installed(distribution)
        except Exception:  # pylint: disable=broad-except
            return "not installed"

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            names = [line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    try:
        load = "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        load = "unknown"
    commit = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True,
                            text=True, check=False).stdout.strip()
    with open(os.path.join(ROOT, "galaxy.yml")) as handle:
        collection = [line.split(":", 1)[1].strip() for line in handle if line.startswith("version:")][0]
    return [
        ("date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("machine", "%s, %d CPUs (%s), %s" % (platform.platform(), os.cpu_count() or 0, cpu, platform.node() or "")),
        ("load average at the start (1, 5, 15 min)", load),
        ("Python", platform.python_version()),
        ("gitlab_ops.users", "%s (git %s)" % (collection, commit or "unknown")),
        ("ansible-core", version("ansible-core")),
        ("ansible (community.general)", "%s (%s)" % (version("ansible"), _collection_version("community.general"))),
        ("python-gitlab", version("python-gitlab")),
        ("requests", version("requests")),
    ]


def _collection_version(name):
    namespace, collection = name.split(".")
    manifest = os.path.join(sys.prefix, "lib", "python%d.%d" % sys.version_info[:2], "site-packages",
                            "ansible_collections", namespace, collection, "MANIFEST.json")
    try:
        with open(manifest) as handle:
            return json.load(handle)["collection_info"]["version"]
    except (OSError, ValueError, KeyError):
        return "unknown"
