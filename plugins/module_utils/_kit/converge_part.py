# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The part of a gitlab_users_converge user entry that one single module owns.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A user entry of gitlab_users_converge takes the options of gitlab_user plus one key per resource kind
(`emails`, `ssh_keys`...). The single module of that kind declares its part in its own file under _modules/
(a `ConvergePart` subclass and one instance, `CONVERGE_PART`): how the entry key is

- documented and checked: `entry_spec()`, made from the module's own argument spec; `task_options()`, the
  module's options for the entry value (one set per task); `problems()`, what the module refuses before any
  request. `prepare()` does all of it for one entry, before the run sends any request;
- converged: `converge(context, user)` runs the module's task in a task context (_kit/bulk.py: TaskScope)
  for the user that gitlab_user's part has listed, created or, in check mode, predicted. A user that check
  mode would create has no id yet: the task is given PENDING_ID as its `user` option, and its read step
  returns `new_user_state()`, the state GitLab gives a new user, without a request;
- reported: `view()`, what the user's diff shows under the key, and `returned_value()`, what goes to the
  run's `tokens` (a value GitLab shows only once).
"""

from __future__ import annotations

import abc
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.bulk import (
    OptionsValidator, TaskOutcome, TaskScope, run_task)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import TaskContext
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import is_new_user

# How the parts' descriptions (also in the provision role's argument spec) name gitlab_users_converge's options.
CONVERGE = "gitlab_ops.users.gitlab_users_converge#module:"
# The `user` option of the tasks of a user that check mode would create, which has no id yet: positive, as the
# single modules require of a user id, and larger than any id GitLab hands out in practice (ids are
# sequential). Also the id the options of every entry are checked with, before the users are read.
PENDING_ID = 2 ** 53 - 1

Tasks = List[Tuple[str, Dict[str, Any]]]  # [(label, the single module's options)]


def without_user(argument_spec: Mapping[str, Any], *owner: str) -> Dict[str, Any]:
    """A single module's options but `user` (or the `owner` options), which an entry names for all its parts."""
    left_out = set(owner or ("user",))
    return dict((name, option) for name, option in argument_spec.items() if name not in left_out)


class ConvergePart(abc.ABC):
    """One resource kind a user entry may list, converged by its single module's task."""

    key = ""                            # the entry key (ssh_keys)
    module_name = ""                    # the single module, for messages and documentation
    module_option: Optional[str] = None  # the single module's option that the entry value is (keys), or None
    many = False                        # the entry value is a list of tasks, each named by its `name`
    owner_option = "user"               # the single module's option that names the owner (the entry's user)
    description: Tuple[str, ...] = ()   # the entry key's documentation

    def __init__(self, argument_spec: Callable[[], Dict[str, Any]], module_rules: Optional[Mapping[str, Any]] = None) -> None:
        """`argument_spec`: the single module's, which makes the spec anew on each call; `module_rules`: its rules
        (mutually_exclusive, required_if...)."""
        self.argument_spec = argument_spec
        self.module_rules = dict(module_rules or {})
        self.validator = OptionsValidator(argument_spec(), module_rules)

    # -- the entry key, checked before any request ------------------------------------------------------
    @abc.abstractmethod
    def entry_spec(self) -> Dict[str, Any]:
        """The argument spec of the entry key."""

    @abc.abstractmethod
    def task_options(self, value: Any, entry: Mapping[str, Any], run_params: Mapping[str, Any]) -> Tasks:
        """[(label, the single module's options but `user`)] for the entry value: one task, or with many=True
        one per item, labelled by its name. `run_params` are gitlab_users_converge's options (exclusive_keys...)."""

    def problems(self, options: Dict[str, Any]) -> List[str]:
        """What the single module refuses in its validated options before any request."""
        return []

    def prepare(self, value: Any, entry: Mapping[str, Any], run_params: Mapping[str, Any]) -> Tuple[Tasks, List[str]]:
        """(the part's tasks for one entry, with their validated options; the problems with them, each naming
        the entry key). The options are checked with PENDING_ID standing in for the user's id, which the run
        learns later."""
        tasks: Tasks = []
        problems: List[str] = []
        for label, options in self.task_options(value, entry, run_params):
            validated, found, _secrets, _warnings = self.validator.validate(
                dict(options, **{self.owner_option: PENDING_ID}))
            where = "%s (%s)" % (self.key, label) if self.many else self.key
            problems.extend("%s: %s" % (where, problem) for problem in found or self.problems(validated))
            tasks.append((label, validated))
        if self.many:
            labels = [label for label, _options in tasks]
            twice = sorted(set(label for label in labels if labels.count(label) > 1))
            if twice:
                problems.append("%s: %s listed more than once" % (self.key, ", ".join(repr(label) for label in twice)))
        return tasks, problems

    # -- converging -------------------------------------------------------------------------------------
    @abc.abstractmethod
    def converge(self, context: TaskContext, user: Mapping[str, Any]) -> Optional[Dict[str, Any]]:
        """Run the single module's task in `context` (whose params are the task's options) for `user`, the
        user entity as listed, created or predicted: the task reads nothing to find the user, and nothing at all
        about a user that check mode would create (no id). -> the task's result."""

    @abc.abstractmethod
    def new_user_state(self, user: Mapping[str, Any], options: Mapping[str, Any]) -> Any:
        """What the task's read step returns for a user that check mode would create, as GitLab would answer
        the read for a user it has just created."""

    def run(self, client: Any, check_mode: bool, user: Mapping[str, Any], options: Mapping[str, Any]) -> TaskOutcome:
        """One task of the part for `user`, in a scope of its own on the run's client."""
        user_option = PENDING_ID if is_new_user(user) else user["id"]
        scope = TaskScope(client, dict(options, **{self.owner_option: user_option}), check_mode)
        return run_task(scope, lambda: self.converge(scope, user))

    # -- the report -------------------------------------------------------------------------------------
    def view(self, side: Any) -> Any:
        """What the user's diff shows under the entry key for one side of the task's diff."""
        return side

    def returned_value(self, result: Mapping[str, Any]) -> Optional[Dict[str, Any]]:
        """What of the task's result goes to the run's `tokens` (GitLab shows a token's value once), or None."""
        return None
