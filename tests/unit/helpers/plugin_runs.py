# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Running the collection's lookup and inventory plugins as users do: in ansible-playbook and
ansible-inventory subprocesses. (Importing controller code into a pytest worker would take module
warnings away from the module tests of that worker; see tests/unit/plugins/plugin_utils/test_gitlab.py.)

`play(tasks, ...)` runs one playbook with a recording callback as stdout callback: every task result
becomes a `Record` holding the result and the simulator requests made while that task ran (the log is
cleared when a task starts; tasks run one after another on one host, so each task's requests are its own).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import yaml

from ansible_collections.gitlab_ops.users.plugins.module_utils._api import client as api_client

# build/collections, where `ansible_collections/gitlab_ops/users` links to the repository
COLLECTIONS_PATH = os.path.abspath(os.path.join(os.path.dirname(api_client.__file__), *[os.pardir] * 6))
REPO = os.path.join(COLLECTIONS_PATH, "ansible_collections", "gitlab_ops", "users")
BIN = os.path.dirname(sys.executable)
PAGINATION_KEYS = {"page", "per_page", "order_by", "sort", "pagination", "cursor"}

RECORDER = textwrap.dedent('''
    from __future__ import annotations

    import json
    import os
    import urllib.request

    from ansible.plugins.callback import CallbackBase


    class CallbackModule(CallbackBase):
        CALLBACK_VERSION = 2.0
        CALLBACK_TYPE = "stdout"
        CALLBACK_NAME = "recorder"

        def _control(self, method):
            url = os.environ.get("RECORDER_SIM")
            if not url:
                return None
            with urllib.request.urlopen(urllib.request.Request(url + "/-/sim/requests", method=method)) as answer:
                body = answer.read()
            return json.loads(body) if body else None

        def v2_playbook_on_task_start(self, task, is_conditional):
            self._control("DELETE")

        def _record(self, status, result):
            data = result.result if hasattr(result, "result") else result._result
            host = result.host if hasattr(result, "host") else result._host
            task = result.task if hasattr(result, "task") else result._task
            entry = {"task": task.get_name(), "host": host.get_name(), "status": status,
                     "result": data, "requests": self._control("GET")}
            with open(os.environ["RECORDER_FILE"], "a") as handle:
                handle.write(json.dumps(entry, default=str) + "\\n")

        def v2_runner_on_ok(self, result):
            self._record("ok", result)

        def v2_runner_on_failed(self, result, ignore_errors=False):
            self._record("failed", result)

        def v2_runner_on_skipped(self, result):
            self._record("skipped", result)
''')


# Where a module of this collection ran (plugins/plugin_utils/_direct_execution.py): the variable that switches the
# in-process path, and the -vvv lines that tell the two ways apart (Ansible prints the first for a payload).
SWITCH = "gitlab_ops_users_direct_execution"
PAYLOAD_LINE = "Using module file"
IN_PROCESS_LINE = "in the worker process"


def ways(run):
    """(payload runs, in-process runs) seen in a -vvv output."""
    return run.output.count(PAYLOAD_LINE), run.output.count(IN_PROCESS_LINE)


def requests_of(record):
    """The requests of a task, in a stable order (gitlab_user_info reads concurrently)."""
    return sorted((entry["method"], entry["path"], sorted(entry["query"].items())) for entry in record.requests)


class Record:
    """One task's result on one host, and the simulator requests made while the task ran."""

    def __init__(self, entry):
        self.task = entry["task"]
        self.host = entry["host"]
        self.status = entry["status"]
        self.result = entry["result"]
        self.requests = entry["requests"] or []

    @property
    def msg(self):
        return self.result.get("msg")

    def filters(self):
        """The filters of each logged request (pagination left out), as sorted tuples."""
        return [tuple(sorted((key, value) for key, value in entry["query"].items() if key not in PAGINATION_KEYS))
                for entry in self.requests]

    def __repr__(self):
        return "Record(%r, %s, %r)" % (self.task, self.status, self.result.get("msg"))


class PlayRun:
    def __init__(self, completed, records):
        self.returncode = completed.returncode
        self.output = completed.stdout + completed.stderr
        self.records = records

    def __getitem__(self, task):
        """The record of the task named `task` (on its only host)."""
        found = [record for record in self.records if record.task == task]
        assert len(found) == 1, "task %r: %d records in %s" % (task, len(found), self.output[-3000:])
        return found[0]

    def on(self, host):
        return [record for record in self.records if record.host == host]


def ansible_env(gitlab=None, **extra):
    """The environment of an ansible command: this collection, no GITLAB_* or ANSIBLE_* from outside,
    GITLAB_URL/GITLAB_TOKEN for `gitlab`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GITLAB_", "ANSIBLE_"))}
    env.update(ANSIBLE_COLLECTIONS_PATH=COLLECTIONS_PATH, ANSIBLE_LOCALHOST_WARNING="false",
               ANSIBLE_INVENTORY_UNPARSED_WARNING="false", ANSIBLE_NOCOLOR="1", ANSIBLE_FORCE_COLOR="0",
               ANSIBLE_DEPRECATION_WARNINGS="false", ANSIBLE_RETRY_FILES_ENABLED="false")
    if gitlab is not None:
        env.update(GITLAB_URL=gitlab.url, GITLAB_TOKEN=gitlab.token)
    env.update(extra)
    return env


def play(tmp_path, tasks, gitlab=None, env=None, hosts="localhost", inventory=None, args=(), play_vars=None,
         record_requests=True, playbook=None, timeout=300, prelude=None):
    """Run `tasks` (a list of task dicts) in one play, or the playbook file `playbook`; -> PlayRun.

    `prelude`: Python source that the controller runs before ansible-playbook's own code (to stand in for
    another ansible-core: the worker processes are forks of the controller, so they see what it changed)."""
    directory = tmp_path / ("play%d" % len(list(tmp_path.glob("play*"))))
    (directory / "callback").mkdir(parents=True)
    (directory / "callback" / "recorder.py").write_text(RECORDER)
    if playbook is None:
        playbook = directory / "play.yml"
        play_data = {"name": "test", "hosts": hosts, "gather_facts": False, "tasks": tasks}
        if play_vars:
            play_data["vars"] = play_vars
        playbook.write_text(yaml.safe_dump([play_data], sort_keys=False))
    records = directory / "records.jsonl"
    command = [os.path.join(BIN, "ansible-playbook"), str(playbook)] + list(args)
    if prelude is not None:
        wrapper = directory / "ansible_playbook.py"
        wrapper.write_text(prelude + "\n\nfrom ansible.cli.playbook import main\nmain()\n")
        command[0:1] = [sys.executable, str(wrapper)]
    if inventory:
        command += ["-i", str(inventory)]
    extra = dict(ANSIBLE_CALLBACK_PLUGINS=str(directory / "callback"), ANSIBLE_STDOUT_CALLBACK="recorder",
                 RECORDER_FILE=str(records))
    if gitlab is not None and record_requests:
        extra["RECORDER_SIM"] = gitlab.url
    extra.update(env or {})
    completed = subprocess.run(command, env=ansible_env(gitlab, **extra), capture_output=True, text=True,
                               timeout=timeout, check=False)
    entries = [json.loads(line) for line in records.read_text().splitlines()] if records.exists() else []
    return PlayRun(completed, [Record(entry) for entry in entries])


def _query(terms, options):
    """query('gitlab_ops.users.gitlab_users', *terms, **options) as a Jinja expression. Python literals of
    str, bool, list and dict are Jinja literals (repr keeps a double quote inside a string as it is)."""
    terms = terms if isinstance(terms, list) else [terms]
    arguments = [repr(term) for term in terms] + ["%s=%r" % (key, value) for key, value in options.items()]
    return "query('gitlab_ops.users.gitlab_users', %s)" % ", ".join(arguments)


def lookup_task(name, terms, ignore_errors=False, **options):
    """A debug task whose msg is query('gitlab_ops.users.gitlab_users', *terms, **options)."""
    task = {"name": name, "ansible.builtin.debug": {"msg": "{{ %s }}" % _query(terms, options)}}
    if ignore_errors:
        task["ignore_errors"] = True
    return task


def lookups_task(name, queries):
    """One debug task for many lookups whose requests need not be told apart: msg is {key: query(...)} for
    `queries` {key: (terms, options)}."""
    items = ["%r: %s" % (key, _query(terms, options)) for key, (terms, options) in queries.items()]
    return {"name": name, "ansible.builtin.debug": {"msg": "{{ {%s} }}" % ", ".join(items)}}


def ansible_inventory(source, gitlab=None, args=("--list",), env=None, timeout=300):
    """Run ansible-inventory -i `source`; -> CompletedProcess."""
    command = [os.path.join(BIN, "ansible-inventory"), "-i", str(source)] + list(args)
    return subprocess.run(command, env=ansible_env(gitlab, **(env or {})), capture_output=True, text=True,
                          timeout=timeout, check=False)


def ansible_doc(plugin_type, name):
    """ansible-doc --json for one plugin of this collection -> its doc dict (with examples)."""
    out = subprocess.run([os.path.join(BIN, "ansible-doc"), "-t", plugin_type, "--json", name],
                         env=ansible_env(), capture_output=True, text=True, check=True).stdout
    return json.loads(out)[name]
