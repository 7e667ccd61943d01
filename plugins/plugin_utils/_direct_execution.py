# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The action plugin behind every module of gitlab_ops.users: it runs the module inside Ansible's worker
process when the module would run on the controller anyway, and hands it to Ansible otherwise.

The modules only talk HTTP to GitLab, so where they run matters only for which Python, environment and user
they run with. When the task's connection is `local`, without become or async, and the host's
`ansible_python_interpreter` is the Python running Ansible, in the same environment, the module would run on
this machine, as this user, with this Python and these packages. Packing it into an AnsiballZ payload and
starting a new Python for it then costs more than the module's whole work (about 0.25 s a task), so the
plugin calls the module's main() in-process instead, with the same arguments, JSON-encoded exactly as Ansible
encodes them for a payload, and reads the same JSON result back.

That path must never break a task that the payload path would run:
- it relies on private ansible-core names, all in _core_compat.py, looked up per task; when one is missing
  or changed, or the ansible-core minor is not one the test matrix covers, the task runs as a payload (-vvv
  says why);
- before main() starts, a probe proves that the arguments encode and that a result parses; after that
  there is no fallback, since the module may have written to GitLab;
- around main(), everything a module could change in the process is put back: the environment, the
  working directory, the umask, sys.argv, the SIGINT, SIGTERM and SIGALRM handlers and the alarm timer
  (the items of a loop share one worker process);
- an exception that escapes the module is reported as the payload reports it.

Every module has an action plugin file of its own that only names this class: routing every module's action to
one plugin through meta/runtime.yml would make ansible-lint's fqcn[canonical] rule tell users to write
gitlab_ops.users.gitlab_user for every other module. The module is the one the task resolves to.

Set `gitlab_ops_users_direct_execution: false` (a variable) or GITLAB_OPS_USERS_DIRECT_EXECUTION=false (on
the controller) to always run the modules the usual way; `true` runs them in-process on any ansible-core.

Note that this plugin util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import signal
import sys
import threading
import time

from ansible import constants as C
from ansible.errors import AnsibleActionFail, AnsibleError
from ansible.module_utils.parsing.convert_bool import boolean
from ansible.plugins.action import ActionBase
from ansible.plugins.action.normal import ActionModule as NormalAction
from ansible.utils.display import Display
from ansible.utils.vars import merge_hash

display = Display()

SWITCH_VARIABLE = "gitlab_ops_users_direct_execution"
SWITCH_ENVIRONMENT = "GITLAB_OPS_USERS_DIRECT_EXECUTION"
COLLECTION_PREFIX = "gitlab_ops.users."
RESTORED_SIGNALS = ("SIGINT", "SIGTERM", "SIGALRM")


def _venv_root(executable):
    """The virtualenv an interpreter path starts in (Python looks for pyvenv.cfg beside the executable or one
    directory up, before resolving links), or None for a base Python."""
    directory = os.path.dirname(os.path.abspath(executable))
    for candidate in (directory, os.path.dirname(directory)):
        if os.path.isfile(os.path.join(candidate, "pyvenv.cfg")):
            return os.path.realpath(candidate)
    return None


def same_environment(interpreter):
    """Whether the interpreter path runs this Python in this environment (sys.prefix): the same binary in
    another virtualenv has other packages, and so another requests and CA bundle."""
    if not interpreter:
        return False
    try:
        if os.path.realpath(interpreter) != os.path.realpath(sys.executable):
            return False
        own = os.path.realpath(sys.prefix) if sys.prefix != sys.base_prefix else None
        return _venv_root(interpreter) == own
    except (TypeError, ValueError, OSError):
        return False


class _PayloadPath(Exception):
    """This task runs as a payload; the message says why (shown at -vvv)."""


@contextlib.contextmanager
def isolated_process_state(module_path, environment):
    """Run the block with the task's environment and sys.argv = [module_path]; afterwards put back os.environ
    whole, the working directory, the umask, sys.argv, the signal handlers and the alarm timer."""
    saved_environment = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_umask = os.umask(0o022)
    os.umask(saved_umask)
    saved_argv = sys.argv[:]
    signals = [getattr(signal, name) for name in RESTORED_SIGNALS if hasattr(signal, name)]
    saved_handlers = {number: signal.getsignal(number) for number in signals}
    saved_timer, started = signal.getitimer(signal.ITIMER_REAL), time.monotonic()
    os.environ.update(environment)
    sys.argv = [module_path]
    try:
        yield
    finally:
        sys.argv = saved_argv
        for number, handler in saved_handlers.items():
            if handler is not None:  # None: set outside Python, cannot be put back from here
                signal.signal(number, handler)
        remaining, interval = saved_timer
        if remaining:  # Ansible's task `timeout` runs on this timer: keep its deadline
            remaining = max(remaining - (time.monotonic() - started), 0.001)
        signal.setitimer(signal.ITIMER_REAL, remaining, interval)
        os.umask(saved_umask)
        os.chdir(saved_cwd)
        if os.environ != saved_environment:
            os.environ.clear()
            os.environ.update(saved_environment)


class DirectExecutionAction(NormalAction):
    """Runs the task's module of this collection: in-process when that is the same as running it on the host,
    else as ansible.builtin.normal does (an AnsiballZ payload, with async)."""

    def run(self, tmp=None, task_vars=None):
        task_vars = task_vars or {}
        try:
            prepared = self._prepare_in_process(task_vars)
        except _PayloadPath as reason:
            display.vvv("%s runs as a payload: %s" % (self._task.action, reason))
            return super().run(tmp, task_vars)
        result = ActionBase.run(self, tmp, task_vars)  # the checks every action makes (check mode, arguments)
        return merge_hash(result, self._run_in_process(*prepared))

    def _host_vars(self, task_vars):
        """The variables of the host the module runs on (the delegate's, with delegate_to)."""
        if self._task.delegate_to:
            return (task_vars.get("ansible_delegated_vars") or {}).get(self._task.delegate_to, {})
        return task_vars

    def _prepare_in_process(self, task_vars):
        """(bridge, main, module path, encoded arguments, environment) for an in-process run; raises _PayloadPath
        when the task must run as a payload. Nothing here has side effects, and no error escapes but the
        switch's own (a bad value fails the task, naming the switch)."""
        host_vars = self._host_vars(task_vars)
        switch = self._switch(host_vars)
        if switch is False:
            raise _PayloadPath("switched off")
        if getattr(self._connection, "transport", None) != "local":
            raise _PayloadPath("the connection is not local")
        if self._play_context.become or self._task.async_val:
            raise _PayloadPath("become or async")
        if threading.current_thread() is not threading.main_thread():
            raise _PayloadPath("signal handlers can only be restored from the main thread")
        try:
            return self._prepare_bridge(host_vars, task_vars, explicitly_on=switch is True)
        except _PayloadPath:
            raise
        except Exception as error:  # never let the in-process path break a task: run the payload instead
            raise _PayloadPath("%s: %s" % (type(error).__name__, error))

    def _prepare_bridge(self, host_vars, task_vars, explicitly_on):
        from ansible_collections.gitlab_ops.users.plugins.plugin_utils import _core_compat

        minor = _core_compat.core_minor()
        if minor not in _core_compat.TESTED_CORE_MINORS and not explicitly_on:
            raise _PayloadPath("ansible-core %s is not among the tested versions %s (%s=true runs it in-process)"
                               % (minor, ", ".join(_core_compat.TESTED_CORE_MINORS), SWITCH_VARIABLE))
        interpreter = self._interpreter(host_vars)
        if not same_environment(interpreter):
            raise _PayloadPath("the host's Python %s is not the controller's %s" % (interpreter, sys.executable))
        # The module as Ansible resolves it for a payload (module_defaults, redirects and `collections` apply).
        found = self._shared_loader_obj.module_loader.find_plugin_with_context(
            self._task.action, collection_list=self._task.collections)
        resolved = found.resolved_fqcn if found.resolved else self._task.action
        if not resolved.startswith(COLLECTION_PREFIX):
            raise _PayloadPath("%s is not a module of this collection" % resolved)
        module = importlib.import_module("ansible_collections.gitlab_ops.users.plugins.modules."
                                         + resolved[len(COLLECTION_PREFIX):])
        from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import REQUESTS_IMPORT_ERROR
        if REQUESTS_IMPORT_ERROR is not None:
            # The host's Python is this one, so it lacks requests too: the module says so the usual way.
            raise _PayloadPath("requests does not import")
        try:
            bridge = _core_compat.load_bridge()
            module_args = bridge.module_args(self, task_vars)
            encoded_args = bridge.probe(self, module_args)
            environment = bridge.environment(self)
        except _core_compat.Unavailable as reason:
            raise _PayloadPath("ansible-core %s: %s" % (minor, reason))
        return bridge, module.main, module.__file__, encoded_args, environment

    def _switch(self, host_vars):
        """True or False as the user set the switch, None when they did not."""
        if SWITCH_VARIABLE in host_vars:
            source, value = "the variable " + SWITCH_VARIABLE, self._templar.template(host_vars[SWITCH_VARIABLE])
        elif SWITCH_ENVIRONMENT in os.environ:
            source, value = "the environment variable " + SWITCH_ENVIRONMENT, os.environ[SWITCH_ENVIRONMENT]
        else:
            return None
        try:
            return boolean(value, strict=True)
        except TypeError:
            raise AnsibleActionFail("%s must be a boolean, got %r" % (source, value))

    def _interpreter(self, host_vars):
        """The Python the module would run with: ansible_python_interpreter or the interpreter_python setting,
        and the discovered interpreter when that is `auto*` (None when Ansible has not discovered it yet)."""
        interpreter = host_vars.get("ansible_python_interpreter")
        if interpreter is None:
            interpreter = C.config.get_config_value("INTERPRETER_PYTHON", variables=host_vars)
        interpreter = self._templar.template(interpreter)
        if not interpreter or str(interpreter).startswith("auto"):
            interpreter = (host_vars.get("ansible_facts") or {}).get("discovered_interpreter_python")
        return interpreter

    def _run_in_process(self, bridge, main, module_path, encoded_args, environment):
        stdout, stderr = io.StringIO(), io.StringIO()
        display.vvv("Running %s in the worker process (%s=false runs it the usual way)"
                    % (self._task.action, SWITCH_VARIABLE))
        saved_arguments = bridge.install_arguments(encoded_args)
        from ansible_collections.gitlab_ops.users.plugins.module_utils._api import pacing

        # In this process the module can show a long wait for GitLab's rate limits as it starts (a payload can
        # only warn at its end): Ansible's display sends it from the worker to the controller's output at once, on
        # stderr as warnings go, so that a callback that writes JSON to stdout stays parseable.
        host = self._task.delegate_to or getattr(self._play_context, "remote_addr", None) or "localhost"
        pacing.progress_sink = lambda message: display.display(
            "%s: [%s] %s" % (self._task.action, host, message), stderr=True)
        try:
            with isolated_process_state(module_path, environment):
                with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                    rc = _call_main(main, bridge)
        finally:
            pacing.progress_sink = None
            bridge.restore_arguments(saved_arguments)
        return bridge.parse(self, {"rc": rc, "stdout": stdout.getvalue(), "stderr": stderr.getvalue()})


def _call_main(main, bridge):
    """Run main() as a payload's Python would; -> its exit status. Ansible's own exceptions (a task timeout)
    pass through, as they do around a payload."""
    try:
        try:
            main()
        except (SystemExit, AnsibleError):
            raise
        except Exception as exception:  # what escapes a payload's module: reported as the payload reports it
            bridge.report_exception(exception)
        return 0
    except SystemExit as exit_:
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        print(exit_.code, file=sys.stderr)  # sys.exit("text"), as Python itself reports it
        return 1
