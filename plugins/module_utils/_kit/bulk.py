# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Running the single modules' logic many times in one module run: a scope per task, and a bounded pool.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

The logic of every single module is a task class over a task context (_kit/context.py: TaskContext;
`UserTask(module).run()`, `SshKeys(module).run()`...), which reads `module.params` and writes through
`module.write()`. A single module runs its task in a GitLabModule; a `TaskScope` is the context of one
task inside a bigger run: its own options and `actions`, the run's client and check mode, and warnings
and failures that stay with it instead of ending the Ansible task. The single module's code runs
unchanged in it.

`run_bounded` runs one job per item on at most `max_concurrency` threads. The threads share one
GitLabClient (one requests.Session, one connection pool, one 429 gate: see _api/rate_limit.py: RateLimitGate), so at
most `max_concurrency` requests are in flight, reads and writes alike.
"""

from __future__ import annotations

import concurrent.futures
import traceback
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, TypeVar

from ansible.module_utils.common.arg_spec import ArgumentSpecValidator

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import ModuleFailed, TaskContext

# The connection pool of a requests.Session keeps 10 connections to a host (requests.adapters.
# DEFAULT_POOLSIZE); more threads would open and throw away connections.
MAX_CONCURRENCY = 10
DEFAULT_CONCURRENCY = 8

Item = TypeVar("Item")


class TaskScope(TaskContext):
    """The task context of one task inside a bigger module run: the run's client, check mode and diff mode,
    and its own `params` (validated as the single module validates its options: see OptionsValidator) and
    `actions`. `warn()` collects, and `fail()` raises ModuleFailed, so that the caller decides what one failed
    task means for the run."""

    def __init__(self, client: Any, params: Mapping[str, Any], check_mode: bool, diff_mode: bool = True) -> None:
        super().__init__(dict(params), check_mode, diff_mode, client)
        self.warnings: List[str] = []

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def fail(self, msg: str, **extra: Any) -> None:
        raise ModuleFailed(msg, **extra)


class TaskOutcome:
    """What one task in a scope did: its result, or why it failed, with the actions done either way."""

    def __init__(self, scope: TaskScope, result: Optional[Dict[str, Any]] = None, msg: Optional[str] = None,
                 details: Optional[Dict[str, Any]] = None) -> None:
        self.result = result or {}
        self.actions = list(scope.actions)
        self.warnings = list(scope.warnings)
        self.maybe_committed = scope.maybe_committed
        self.msg = msg
        self.details = details or {}

    @property
    def failed(self) -> bool:
        return self.msg is not None

    @property
    def changed(self) -> bool:
        return bool(self.actions) or self.maybe_committed


def run_task(scope: TaskScope, task: Callable[[], Optional[Dict[str, Any]]]) -> TaskOutcome:
    """Run `task` (e.g. `UserTask(scope).run`) in `scope`, turning a failure into a TaskOutcome
    (TaskContext.failure, as GitLabModule.run() does before fail_json). Any other exception (a bug, an answer the code did not
    expect) fails this task only: raised, it would end the whole run and drop every other task's result,
    token values included."""
    try:
        return TaskOutcome(scope, result=task())
    except (ModuleFailed, GitLabError) as exc:
        failure = scope.failure(exc)
        return TaskOutcome(scope, msg=failure.msg, details=failure.extra)
    except Exception as exc:  # pylint: disable=broad-except
        return TaskOutcome(scope, msg="unexpected error: %s: %s" % (type(exc).__name__, exc),
                           details=dict(exception=traceback.format_exc()))


class OptionsValidator:
    """A single module's argument spec and rules applied to options given inside another module's
    option: Ansible's own checks and messages (types, choices, required, mutually exclusive...), its
    defaults and aliases, and the no_log values found."""

    def __init__(self, spec: Dict[str, Any], rules: Optional[Mapping[str, Any]] = None) -> None:
        self.validator = ArgumentSpecValidator(spec, **dict(rules or {}))

    def validate(self, options: Mapping[str, Any]):
        """-> (validated options with defaults, [problem], {no_log value}, [warning]).

        An option that is None counts as not given (as Ansible filled it in for an option of the outer
        module), also inside lists and dicts."""
        result = self.validator.validate(given(options))
        problems = list(dict.fromkeys(str(message) for message in result.error_messages))
        warnings = [str(item.get("warning", item)) if isinstance(item, dict) else str(item)
                    for item in getattr(result, "_warnings", []) or []]
        return result.validated_parameters, problems, set(result._no_log_values), warnings


def given(value: Any) -> Any:
    """`value` without the None values of its dicts, at every depth."""
    if isinstance(value, Mapping):
        return dict((key, given(item)) for key, item in value.items() if item is not None)
    if isinstance(value, list):
        return [given(item) for item in value]
    return value


def run_bounded(items: Iterable[Item], job: Callable[[Item], Any], max_concurrency: int) -> List[Any]:
    """[job(item) for item in items], run on at most `max_concurrency` threads; results in input order.
    A job should not raise: an exception is re-raised here after every job has ended."""
    items = list(items)
    workers = min(max(1, int(max_concurrency)), MAX_CONCURRENCY, max(1, len(items)))
    if workers == 1:
        return [job(item) for item in items]
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(job, item) for item in items]
    return [future.result() for future in futures]
