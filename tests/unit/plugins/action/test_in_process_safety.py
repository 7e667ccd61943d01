# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The in-process path can never break a task (plugins/plugin_utils/_direct_execution.py, _core_compat.py):

- an ansible-core minor that the matrix does not test, a private ansible-core name that is gone, and a probe
  that fails all run the module as a payload, with the payload's result; the switch set to true runs an
  untested minor in-process;
- a host interpreter in another virtualenv (the same Python binary, other packages) runs the payload;
- what one loop item changes in the process (environment, working directory, umask, signal handlers, sys.argv,
  the alarm timer) is put back before the next item;
- an exception that escapes a module reads as it does from a payload.

The controller is changed through plugin_runs.play's `prelude` (Python run before ansible-playbook's own code;
Ansible's workers are forks of it). The last two cases need modules that misbehave on purpose: they run from a
copy of the collection with two test modules added (see `collection_with_test_modules`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import REPO, SWITCH, play, requests_of, ways

FALLBACK_LINE = "runs as a payload: "


def info_task(name, direct=None, **keywords):
    task = {"name": name, "gitlab_ops.users.gitlab_user_info": {"users": [1], "include": ["emails"]}}
    if direct is not None:
        task["vars"] = {SWITCH: direct}
    task.update(keywords)
    return task


def assert_same_as_payload(run, name, payload_name):
    assert run[name].status == run[payload_name].status == "ok", run.output[-3000:]
    assert run[name].result == run[payload_name].result
    assert requests_of(run[name]) == requests_of(run[payload_name])


def assert_the_payload_runs_instead(tmp_path, gitlab, prelude, reason):
    """Under a controller changed by `prelude`, a task with the switch on runs as a payload, with the result and
    the requests of a payload, and -vvv gives the reason."""
    run = play(tmp_path, [info_task("payload", False), info_task("switched on", True)],
               gitlab=gitlab, args=["-vvv"], prelude=prelude)
    assert_same_as_payload(run, "switched on", "payload")
    assert ways(run) == (2, 0)
    assert FALLBACK_LINE in run.output and reason in run.output


# ansible.release.__version__ is what the compatibility module reads; the payload path does not read it.
UNKNOWN_VERSION = "import ansible.release\nansible.release.__version__ = '2.99.0'\n"


def test_an_untested_ansible_core_runs_payloads_unless_switched_on(tmp_path, gitlab):
    run = play(tmp_path, [info_task("payload", False), info_task("untested"), info_task("switched on", True)],
               gitlab=gitlab, args=["-vvv"], prelude=UNKNOWN_VERSION)
    assert_same_as_payload(run, "untested", "payload")
    assert_same_as_payload(run, "switched on", "payload")
    assert ways(run) == (2, 1)
    assert FALLBACK_LINE + "ansible-core 2.99 is not among the tested versions" in run.output


def test_a_private_name_that_is_gone_runs_the_payload(tmp_path, gitlab):
    """As if a new ansible-core had removed basic._ANSIBLE_ARGS (the payload's own Python still has it)."""
    prelude = "from ansible.module_utils import basic\ndel basic._ANSIBLE_ARGS\n"
    assert_the_payload_runs_instead(tmp_path, gitlab, prelude, "has no _ANSIBLE_ARGS")


def test_a_probe_that_fails_runs_the_payload_before_the_module_starts(tmp_path, gitlab):
    """A result parser that no longer gives what ansible-core's own _execute_module gives: here it drops the
    `msg` of every answer that mentions the probe (module answers never do, so the payload is unaffected)."""
    prelude = textwrap.dedent('''
        import functools

        from ansible.plugins.action import ActionBase

        parse = ActionBase._parse_returned_data

        @functools.wraps(parse)  # the same signature
        def changed_parse(self, res, *args):
            result = parse(self, res, *args)
            if "probe" in res["stdout"]:
                if isinstance(result, dict):
                    result.pop("msg", None)
                else:  # ansible-core 2.21+: a UnifiedTaskResult
                    result.msg = None
            return result

        ActionBase._parse_returned_data = changed_parse
    ''')
    assert_the_payload_runs_instead(tmp_path, gitlab, prelude, "a canned module result parsed into")


def test_a_host_python_in_another_virtualenv_runs_the_payload(tmp_path, gitlab):
    """The same Python binary (a virtualenv's python links to its base Python, as the controller's does) with
    other packages: here none, so the payload fails for want of requests, which the in-process path, with the
    controller's packages, would not have noticed."""
    other = tmp_path / "other-venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(other)], check=True)
    interpreter = other / "bin" / "python"
    assert os.path.realpath(interpreter) == os.path.realpath(sys.executable)
    run = play(tmp_path, [
        info_task("other venv", ignore_errors=True, vars={"ansible_python_interpreter": str(interpreter)}),
        # The switch set to true does not override the interpreter check.
        info_task("other venv switched on", ignore_errors=True,
                  vars={"ansible_python_interpreter": str(interpreter), SWITCH: True}),
        info_task("controller's venv", vars={"ansible_python_interpreter": sys.executable, SWITCH: True}),
    ], gitlab=gitlab, args=["-vvv"])
    for name in ("other venv", "other venv switched on"):
        assert run[name].status == "failed"
        assert "requests" in run[name].msg
    assert run["controller's venv"].status == "ok"
    assert ways(run) == (2, 1)


# -- modules that misbehave on purpose ---------------------------------------------------------------------

PROCESS_STATE_MODULE = '''
from __future__ import annotations

import os
import signal
import sys

from ansible.module_utils.basic import AnsibleModule


def _ignore(signum, frame):
    pass


def main():
    module = AnsibleModule({"change": {"type": "bool", "default": False}})
    umask = os.umask(0o022)
    os.umask(umask)
    seen = dict(marker=os.environ.get("PROCESS_STATE_MARKER"), home=os.environ.get("HOME"), cwd=os.getcwd(),
                umask=umask, argv=sys.argv, alarm=signal.getitimer(signal.ITIMER_REAL)[0] > 0,
                handlers=[repr(signal.getsignal(number)) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGALRM)])
    if module.params["change"]:
        os.environ["PROCESS_STATE_MARKER"] = "set by the first item"
        del os.environ["HOME"]
        os.chdir("/")
        os.umask(0o077)
        sys.argv = ["changed"]
        for number in (signal.SIGINT, signal.SIGTERM, signal.SIGALRM):
            signal.signal(number, _ignore)
        signal.alarm(3600)
    module.exit_json(changed=False, seen=seen)


if __name__ == "__main__":
    main()
'''

RAISING_MODULE = '''
from __future__ import annotations

from ansible.module_utils.basic import AnsibleModule


def main():
    AnsibleModule({})
    raise ValueError("deliberate failure from a test module")


if __name__ == "__main__":
    main()
'''


def collection_with_test_modules(tmp_path):
    """A copy of the collection (plugins/ and meta/) with the test modules process_state and raising, each with
    the collection's action plugin like every module; -> the collections path."""
    root = tmp_path / "collections"
    copy = root / "ansible_collections" / "gitlab_ops" / "users"
    for part in ("plugins", "meta"):
        shutil.copytree(os.path.join(REPO, part), str(copy / part), ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "plugins" / "modules" / "process_state.py").write_text(PROCESS_STATE_MODULE)
    (copy / "plugins" / "modules" / "raising.py").write_text(RAISING_MODULE)
    for module in ("process_state", "raising"):
        action = copy / "plugins" / "action"
        shutil.copy(str(action / "gitlab_user.py"), str(action / module) + ".py")
    return str(root)


def test_a_loop_item_does_not_see_what_the_item_before_it_changed_in_the_process(tmp_path):
    collections = collection_with_test_modules(tmp_path)
    run = play(tmp_path, [
        {"name": "loop", "gitlab_ops.users.process_state": {"change": "{{ item }}"}, "loop": [True, False, False]},
        # Ansible's task timeout runs on the alarm timer, with a handler of its own for each item.
        {"name": "with a timeout", "gitlab_ops.users.process_state": {"change": "{{ item }}"},
         "loop": [True, False], "timeout": 600},
    ], env={"ANSIBLE_COLLECTIONS_PATH": collections}, args=["-vvv"], play_vars={SWITCH: True})
    assert run["loop"].status == "ok", run.output[-3000:]
    assert ways(run) == (0, 5)
    first, second, third = (item["seen"] for item in run["loop"].result["results"])
    # The module sees its own path as sys.argv, as in a payload.
    assert first["argv"] == [os.path.join(collections, "ansible_collections", "gitlab_ops", "users", "plugins",
                                          "modules", "process_state.py")]
    assert first["alarm"] is False and first["home"] and first["marker"] is None
    assert second == first and third == first
    timed = [item["seen"] for item in run["with a timeout"].result["results"]]
    assert [seen["alarm"] for seen in timed] == [True, True]
    assert timed[1]["handlers"][:2] == timed[0]["handlers"][:2]
    assert "_ignore" not in str(timed[1]["handlers"])


def test_an_exception_in_a_module_reads_as_it_does_from_a_payload(tmp_path):
    collections = collection_with_test_modules(tmp_path)
    run = play(tmp_path, [
        {"name": "raising %s" % direct, "gitlab_ops.users.raising": {}, "vars": {SWITCH: direct},
         "ignore_errors": True}
        for direct in (False, True)
    ], env={"ANSIBLE_COLLECTIONS_PATH": collections}, args=["-vvv"])
    payload, in_process = run["raising False"], run["raising True"]
    assert ways(run) == (1, 1)
    assert payload.status == in_process.status == "failed"
    assert in_process.msg == payload.msg and in_process.msg
    assert sorted(in_process.result) == sorted(payload.result)
    # From ansible-core 2.19 the message names the exception; before, the traceback is the module's stderr.
    assert "deliberate failure from a test module" in in_process.msg + in_process.result.get("module_stderr", "")
