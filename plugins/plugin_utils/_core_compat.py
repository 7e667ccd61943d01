# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every private ansible-core name that running a module in Ansible's worker process relies on, in one place.

ansible-core changes its private names between minors (2.19 reworked argument encoding and warnings, 2.21
made module results objects), so nothing here is looked up at import time: `load_bridge()` looks each name up
when a task asks, checks its shape, and raises `Unavailable` with the reason when one is missing or different.
The caller then runs the module as a normal payload. Only ansible-core minors that the test matrix covers
(TESTED_CORE_MINORS, which the Makefile reads too) run in-process by default.

The private names, and the ansible-core versions that have them:
- ansible.module_utils.basic._ANSIBLE_ARGS (all) and _ANSIBLE_PROFILE (2.19+): the module's arguments, as the
  AnsiballZ wrapper hands them over.
- ansible.module_utils.common.warnings._global_warnings and _global_deprecations (lists up to 2.18, dicts from
  2.19): the module's warning stores, emptied before each run.
- ansible.module_utils.common.json.get_module_encoder and Direction (2.19+): the argument encoder of a
  serialization profile; AnsibleJSONEncoder (public) before.
- ActionBase._update_module_args, ActionBase._compute_environment_string(raw_environment_out=) (all): the
  arguments and the environment a payload would get.
- ActionBase._parse_returned_data(res) (up to 2.18), (res, profile) (2.19+); it returns a dict up to 2.20 and a
  UnifiedTaskResult from 2.21, whose remove_internal_keys() and as_result_dict(for_round_trip=True) then do
  what ansible.vars.clean.remove_internal_keys (up to 2.20) did.
- ansible.module_utils._internal._ansiballz._loader._handle_exception (2.19+): how a payload reports an
  exception that escapes the module.

Note that this plugin util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import functools
import inspect
import json
import sys
import traceback

# The ansible-core minors whose in-process path the test matrix runs (`make test` and `make test-matrix`).
# Any other version runs the modules as payloads unless the user switches the in-process path on explicitly.
TESTED_CORE_MINORS = ("2.17", "2.18", "2.19", "2.20", "2.21", "2.22")

# Our modules declare no serialization profile, so Ansible (2.19+) uses this one for their payloads.
SERIALIZATION_PROFILE = "legacy"

# A module result that the probe parses before the module runs: it must come back as this plain dict.
_PROBE_RESULT = {"changed": False, "failed": True, "msg": "gitlab_ops.users probe"}


class Unavailable(Exception):
    """The in-process path cannot be used with this ansible-core; the message says why."""


def core_minor():
    """The running ansible-core's minor version, e.g. '2.21'."""
    from ansible.release import __version__

    return ".".join(__version__.split(".")[:2])


class Bridge:
    """The private ansible-core pieces one in-process run needs, looked up and checked once per process."""

    def __init__(self):
        _check_action_methods()
        self.encode_args = _argument_encoder()
        # parse(action, {"rc", "stdout", "stderr"}): the task result, as `_execute_module` returns it.
        self.parse = _result_parser()
        self.report_exception = _exception_reporter()
        self._basic, self._warning_stores = _module_globals()

    def install_arguments(self, encoded_args):
        """Hand AnsibleModule its arguments and empty warning stores (loop items share one worker); returns
        what restore_arguments() puts back."""
        saved = (self._basic._ANSIBLE_ARGS, getattr(self._basic, "_ANSIBLE_PROFILE", None))
        self._basic._ANSIBLE_ARGS = encoded_args
        if hasattr(self._basic, "_ANSIBLE_PROFILE"):
            self._basic._ANSIBLE_PROFILE = SERIALIZATION_PROFILE
        for store in self._warning_stores:
            store.clear()
        return saved

    def restore_arguments(self, saved):
        self._basic._ANSIBLE_ARGS = saved[0]
        if hasattr(self._basic, "_ANSIBLE_PROFILE"):
            self._basic._ANSIBLE_PROFILE = saved[1]

    @staticmethod
    def module_args(action, task_vars):
        """The task's arguments as a payload gets them (module_defaults applied, check mode and the like added)."""
        module_args = action._task.args.copy()
        action._update_module_args(action._task.action, module_args, task_vars)
        return module_args

    @staticmethod
    def environment(action):
        """The task's `environment`, as the variables a payload's command line would set."""
        environment = {}
        action._compute_environment_string(raw_environment_out=environment)
        return {str(name): str(value) for name, value in environment.items()}

    def probe(self, action, module_args):
        """Prove, before the module runs, that everything the run needs afterwards works: its arguments encode,
        and a canned answer parses into the plain dict it stands for. Returns the encoded arguments."""
        encoded = self.encode_args(module_args)
        if not isinstance(encoded, bytes):
            raise Unavailable("the argument encoder returned %s, not bytes" % type(encoded).__name__)
        parsed = self.parse(action, {"rc": 1, "stdout": json.dumps(_PROBE_RESULT), "stderr": ""})
        if not isinstance(parsed, dict) or any(parsed.get(key) != value for key, value in _PROBE_RESULT.items()):
            raise Unavailable("a canned module result parsed into %r" % (parsed,))
        return encoded


@functools.lru_cache(maxsize=None)
def load_bridge():
    """The Bridge for this ansible-core, made once per process; raises Unavailable when a piece is off."""
    try:
        return Bridge()
    except Unavailable:
        raise
    except Exception as error:  # an ImportError, AttributeError, TypeError ... from a private name that changed
        raise Unavailable("%s: %s" % (type(error).__name__, error))


def _check_action_methods():
    from ansible.plugins.action import ActionBase

    expected = {"_update_module_args": ["self", "module_name", "module_args", "task_vars"],
                "_compute_environment_string": ["self", "raw_environment_out"]}
    for name, leading in expected.items():
        parameters = list(inspect.signature(getattr(ActionBase, name)).parameters)
        if parameters[:len(leading)] != leading:
            raise Unavailable("ActionBase.%s takes %s" % (name, ", ".join(parameters)))


def _argument_encoder():
    """The function that turns module arguments into the bytes a payload hands AnsibleModule."""
    from ansible.module_utils.common import json as module_json
    from ansible.module_utils.common.text.converters import to_bytes

    if hasattr(module_json, "get_module_encoder"):  # 2.19+: the encoder of the module's serialization profile
        encoder = module_json.get_module_encoder(SERIALIZATION_PROFILE, module_json.Direction.CONTROLLER_TO_MODULE)
        options = {"cls": encoder}
    else:  # 2.17 and 2.18
        options = {"cls": module_json.AnsibleJSONEncoder, "vault_to_text": True}
    return lambda module_args: to_bytes(json.dumps({"ANSIBLE_MODULE_ARGS": module_args}, **options))


def _result_parser():
    """parse(action, response) -> result dict, as ActionBase._execute_module turns a payload's output into one."""
    from ansible.plugins.action import ActionBase

    parameters = list(inspect.signature(ActionBase._parse_returned_data).parameters)
    if parameters == ["self", "res", "profile"]:  # 2.19+
        def parse_returned_data(action, response):
            return action._parse_returned_data(response, SERIALIZATION_PROFILE)
    elif parameters == ["self", "res"]:  # 2.17 and 2.18
        def parse_returned_data(action, response):
            return action._parse_returned_data(response)
    else:
        raise Unavailable("ActionBase._parse_returned_data takes %s" % ", ".join(parameters))

    try:
        from ansible.vars.clean import remove_internal_keys
    except ImportError:  # 2.21+: results are UnifiedTaskResult objects, which clean themselves
        remove_internal_keys = None

    def parse(action, response):
        result = parse_returned_data(action, response)
        if isinstance(result, dict):  # up to 2.20
            result.pop("_ansible_suppress_tmpdir_delete", None)
            if remove_internal_keys is None:
                raise Unavailable("_parse_returned_data returned a dict, and there is no remove_internal_keys")
            remove_internal_keys(result)
            return result
        # 2.21+: ActionBase._execute_module's own conversion
        result.remove_internal_keys()
        return result.as_result_dict(for_round_trip=True)

    return parse


def _exception_reporter():
    """report(exception) writes what a payload writes when an exception escapes the module, and exits as it does
    (SystemExit)."""
    try:
        from ansible.module_utils._internal._ansiballz import _loader
    except ImportError:  # up to 2.18 the exception escapes the payload's Python: a traceback on stderr, rc 1
        def report(exception):
            traceback.print_exception(type(exception), exception, exception.__traceback__, file=sys.stderr)
            sys.exit(1)
        return report

    handle_exception = _loader._handle_exception
    if list(inspect.signature(handle_exception).parameters) != ["exception", "profile"]:
        raise Unavailable("_ansiballz._loader._handle_exception has changed")
    return lambda exception: handle_exception(exception, SERIALIZATION_PROFILE)


def _module_globals():
    """ansible.module_utils.basic, and the warning stores that must be empty when a module starts."""
    from ansible.module_utils import basic
    from ansible.module_utils.common import warnings as module_warnings

    if not hasattr(basic, "_ANSIBLE_ARGS"):
        raise Unavailable("ansible.module_utils.basic has no _ANSIBLE_ARGS")
    stores = tuple(getattr(module_warnings, name) for name in ("_global_warnings", "_global_deprecations"))
    if not all(callable(getattr(store, "clear", None)) for store in stores):
        raise Unavailable("the module warning stores cannot be emptied")
    return basic, stores
