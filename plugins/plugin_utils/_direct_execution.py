# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The action plugin behind every module of gitlab_ops.users: it runs the module inside Ansible's worker
process when the module would run on the controller anyway, and hands it to Ansible otherwise.

The modules only talk HTTP to GitLab, so where they run matters only for which Python, environment and user
they run with. When the task's connection is `local`, without become or async, and the host's
`ansible_python_interpreter` is the Python running Ansible, the module would run on this machine, as this
user, with this Python and this environment. Packing it into an AnsiballZ payload and starting a new Python
for it then costs more than the module's whole work (about 0.25 s a task), so the plugin calls the module's
main() in-process instead, with the same arguments, JSON-encoded exactly as Ansible encodes them for a
payload, and reads the same JSON result back. Ansible's worker is a fork for this one task (and its loop), so
nothing the module does outlives it.

Set `gitlab_ops_users_direct_execution: false` (a variable) or GITLAB_OPS_USERS_DIRECT_EXECUTION=false (on
the controller) to always run the modules the usual way.

Note that this plugin util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import json
import os
import sys

from ansible import constants as C
from ansible.errors import AnsibleActionFail
from ansible.module_utils.common.text.converters import to_bytes
from ansible.module_utils.parsing.convert_bool import boolean
from ansible.plugins.action import ActionBase
from ansible.plugins.action.normal import ActionModule as NormalAction
from ansible.utils.display import Display
from ansible.utils.vars import merge_hash
from ansible.vars.clean import remove_internal_keys

display = Display()

SWITCH_VARIABLE = "gitlab_ops_users_direct_execution"
SWITCH_ENVIRONMENT = "GITLAB_OPS_USERS_DIRECT_EXECUTION"
# Our modules declare no serialization profile, so Ansible (2.19+) uses this one for their payloads.
SERIALIZATION_PROFILE = "legacy"


def _same_python(interpreter):
    """Whether the interpreter path names the Python this process runs."""
    if not interpreter:
        return False
    try:
        return os.path.realpath(interpreter) == os.path.realpath(sys.executable)
    except (TypeError, ValueError):
        return False


try:  # ansible-core 2.19+: arguments go through the encoder of the module's serialization profile
    from ansible.module_utils.common.json import Direction, get_module_encoder

    _ARGS_ENCODING = {"cls": get_module_encoder(SERIALIZATION_PROFILE, Direction.CONTROLLER_TO_MODULE)}
except ImportError:  # ansible-core 2.17 and 2.18
    from ansible.module_utils.common.json import AnsibleJSONEncoder

    _ARGS_ENCODING = {"cls": AnsibleJSONEncoder, "vault_to_text": True}
# ansible-core 2.19 parses a module's answer with the module's serialization profile.
_PARSE_TAKES_PROFILE = "profile" in inspect.signature(NormalAction._parse_returned_data).parameters


def _encode_module_args(module_args):
    """The bytes Ansible passes a Python module as its arguments: {"ANSIBLE_MODULE_ARGS": ...} as JSON."""
    return to_bytes(json.dumps({"ANSIBLE_MODULE_ARGS": module_args}, **_ARGS_ENCODING))


@contextlib.contextmanager
def _module_process_state(encoded_args, environment):
    """Give AnsibleModule its arguments, the task's environment and empty warning stores; restore them after.

    The stores are module globals: the items of a loop run in one worker and must not inherit each other's
    warnings."""
    from ansible.module_utils import basic
    from ansible.module_utils.common import warnings as module_warnings

    saved_args = (basic._ANSIBLE_ARGS, getattr(basic, "_ANSIBLE_PROFILE", None))
    saved_environment = {name: os.environ.get(name) for name in environment}
    basic._ANSIBLE_ARGS = encoded_args
    if hasattr(basic, "_ANSIBLE_PROFILE"):
        basic._ANSIBLE_PROFILE = SERIALIZATION_PROFILE
    for store in ("_global_warnings", "_global_deprecations"):
        getattr(module_warnings, store).clear()
    os.environ.update(environment)
    try:
        yield
    finally:
        basic._ANSIBLE_ARGS = saved_args[0]
        if hasattr(basic, "_ANSIBLE_PROFILE"):
            basic._ANSIBLE_PROFILE = saved_args[1]
        for name, value in saved_environment.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class DirectExecutionAction(NormalAction):
    """Runs the module of the same name: in-process when that is the same as running it on the host, else as
    ansible.builtin.normal does (an AnsiballZ payload, with async)."""

    def run(self, tmp=None, task_vars=None):
        task_vars = task_vars or {}
        main = self._direct_main(task_vars)
        if main is None:
            return super().run(tmp, task_vars)
        result = ActionBase.run(self, tmp, task_vars)  # the checks every action makes (check mode, arguments)
        return merge_hash(result, self._run_in_process(main, task_vars))

    def _host_vars(self, task_vars):
        """The variables of the host the module runs on (the delegate's, with delegate_to)."""
        if self._task.delegate_to:
            return (task_vars.get("ansible_delegated_vars") or {}).get(self._task.delegate_to, {})
        return task_vars

    def _direct_main(self, task_vars):
        """The module's main() when it may run in this process, else None."""
        host_vars = self._host_vars(task_vars)
        if not self._switched_on(host_vars):
            return None
        if (
            getattr(self._connection, "transport", None) != "local"
            or self._play_context.become
            or self._task.async_val
            or not _same_python(self._interpreter(host_vars))
        ):
            return None
        module = importlib.import_module(type(self).__module__.replace(".plugins.action.", ".plugins.modules."))
        from ansible_collections.gitlab_ops.users.plugins.module_utils._api import REQUESTS_IMPORT_ERROR
        if REQUESTS_IMPORT_ERROR is not None:
            # The host's Python is this one, so it lacks requests too: the module says so the usual way.
            return None
        return module.main

    def _switched_on(self, host_vars):
        if SWITCH_VARIABLE in host_vars:
            source, value = "the variable " + SWITCH_VARIABLE, self._templar.template(host_vars[SWITCH_VARIABLE])
        elif SWITCH_ENVIRONMENT in os.environ:
            source, value = "the environment variable " + SWITCH_ENVIRONMENT, os.environ[SWITCH_ENVIRONMENT]
        else:
            return True
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

    def _run_in_process(self, main, task_vars):
        module_args = self._task.args.copy()
        self._update_module_args(self._task.action, module_args, task_vars)
        environment = {}
        self._compute_environment_string(raw_environment_out=environment)
        environment = {str(name): str(value) for name, value in environment.items()}
        stdout, stderr = io.StringIO(), io.StringIO()
        display.vvv("Running %s in the worker process (%s=false runs it the usual way)" % (self._task.action, SWITCH_VARIABLE))
        with _module_process_state(_encode_module_args(module_args), environment):
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                try:
                    main()
                    rc = 0
                except SystemExit as exit_:
                    rc = exit_.code if isinstance(exit_.code, int) else 1
        response = {"rc": rc, "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}
        if _PARSE_TAKES_PROFILE:
            data = self._parse_returned_data(response, SERIALIZATION_PROFILE)
        else:
            data = self._parse_returned_data(response)
        data.pop("_ansible_suppress_tmpdir_delete", None)
        remove_internal_keys(data)
        return data
