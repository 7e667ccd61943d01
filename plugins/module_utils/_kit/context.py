# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The task context: what the logic of one module task works with.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A task class (`UserTask`, `EmailTask`, `SshKeys`...) is given a `TaskContext`: its options (`params`), check
and diff mode, the client, `write()` and `settle()`, `resolve_user()`, `result()`, `warn()` and `fail()`. Two
kinds of context run tasks:

- `GitLabModule` (_kit/module.py): one Ansible task; `warn()` and `fail()` go to its AnsibleModule.
- `TaskScope` (_kit/bulk.py): one task inside a gitlab_users_converge run; `warn()` collects and `fail()`
  raises, so that the run decides what a failed task means.

Either way a task ends in `failure()` when its logic raises: the one place that turns a ModuleFailed or a
GitLabError into the failure of the task, and that decides whether a write whose answer was lost may have
taken effect (`maybe_committed`).
"""

from __future__ import annotations

import abc
from typing import Any, Dict, List, Mapping, Optional, Union

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import REDACTED, GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError, GitLabNotFound, GitLabTransportError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path

# How the id of an entity that check mode would create appears in `actions`.
NEW_ID = ":id"

# How secrets (passwords, tokens) appear in diffs and results: the client's redaction marker.
MASK = REDACTED


def present(**view: Any) -> Dict[str, Any]:
    """One side of a diff for something that exists: its managed keys plus `state: present`."""
    return dict(view, state="present")


def absent(**identity: Any) -> Dict[str, Any]:
    """One side of a diff for something that does not exist: what identifies it plus `state: absent`."""
    return dict(identity, state="absent")


class ModuleFailed(Exception):
    """Stop the task with a message; `extra` becomes additional result keys."""

    def __init__(self, msg: str, **extra: Any) -> None:
        super().__init__(msg)
        self.msg = msg
        self.extra = extra


def error_details(exc: GitLabError) -> Dict[str, Any]:
    """The result keys that describe a failed API call."""
    return dict(method=exc.method, path=exc.path, status=exc.status, error=exc.message)


def refuse(problems: List[str]) -> None:
    """Stop the task before any request when its options have problems, naming every one."""
    if problems:
        raise ModuleFailed("; ".join(problems))


class TaskContext(abc.ABC):
    """The options, mode, client and writes of one task; `warn()` and `fail()` are the context's own."""

    def __init__(self, params: Mapping[str, Any], check_mode: bool, diff_mode: bool,
                 client: Optional[GitLabClient] = None) -> None:
        self.params = params
        self.check_mode = check_mode
        self.diff_mode = diff_mode
        self.actions: List[str] = []
        self.maybe_committed = False
        self._client = client

    # -- the client ---------------------------------------------------------------------------------
    @property
    def client(self) -> GitLabClient:
        return self._client

    def resolve_user(self, ident: Union[int, str], with_custom_attributes: bool = False,
                     option: str = "user") -> Dict[str, Any]:
        """The user named by a module option: an int is an id, a string a username (exact,
        case-insensitive). Fails, naming the option, when there is no such user."""
        user = self.client.resolve_user(ident, with_custom_attributes=with_custom_attributes)
        if user is None:
            raise ModuleFailed("%s: there is no GitLab user %s" % (
                option, ("with the id %d" % ident) if isinstance(ident, int) else repr(ident)))
        return user

    # -- writes -------------------------------------------------------------------------------------
    @property
    def changed(self) -> bool:
        return bool(self.actions) or self.maybe_committed

    def write(self, method: str, template: str, *args: Any, data: Optional[Mapping[str, Any]] = None,
              params: Optional[Mapping[str, Any]] = None, files: Optional[Mapping[str, Any]] = None,
              headers: Optional[Mapping[str, str]] = None, predict: Any = None,
              gone_ok: Optional[bool] = None) -> Any:
        """Send one write and record it in `actions`; in check mode only record it and return `predict`
        (called with no argument when it is callable).

        `template` uses "{}" for path segments, filled from `args` URL-quoted; an arg of None stands for
        the id of something check mode would have created (":id"). A DELETE that answers 404 (the
        thing is gone: deleted meanwhile, or by our own earlier attempt whose answer was lost) counts
        as done unless `gone_ok=False`."""
        method = method.upper()
        try:
            path = self._action_path(template, args)
        except ValueError as exc:  # an empty, "." or ".." segment would address another resource
            raise ModuleFailed("refusing to send %s %s with an unsafe path segment: %s" % (method, template, exc))
        action = "%s %s" % (method, path)
        if self.check_mode:
            self.actions.append(action)
            return predict() if callable(predict) else predict
        if None in args:
            raise ValueError("write(): an id is missing outside check mode: %s" % action)
        if gone_ok is None:
            gone_ok = method == "DELETE"
        try:
            response = self.client.request(method, path, params=params, data=data, files=files, headers=headers)
        except GitLabNotFound:
            if not gone_ok:
                raise
            self.actions.append(action)
            return None
        except GitLabTransportError as exc:
            exc.recorded = True  # failure() must not count it again
            if exc.maybe_committed:
                self.maybe_committed = True
                self.actions.append(action)
            raise
        self.actions.append(action)
        return response.json

    def action(self, method: str, template: str, *args: Any) -> str:
        """The action write() records for these arguments ("POST /users/42/keys"; ":id" for an arg of None),
        e.g. to settle() it after a lost answer."""
        return "%s %s" % (method.upper(), self._action_path(template, args))

    def settle(self, action: str, applied: bool) -> None:
        """After a write whose answer was lost, once the caller has re-read the state: record whether
        the write took effect (`action` as "METHOD /path"), and clear `maybe_committed`."""
        self.maybe_committed = False
        if applied and self.actions[-1:] != [action]:
            self.actions.append(action)
        elif not applied and self.actions[-1:] == [action]:
            self.actions.pop()

    @staticmethod
    def _action_path(template: str, args: Any) -> str:
        if None not in args:
            return api_path(template, *args)
        # Check mode: quote the known segments exactly as api_path does, keep the placeholder readable.
        parts = template.split("{}")
        pieces = [parts[0]]
        for index, arg in enumerate(args):
            pieces.append(NEW_ID if arg is None else api_path("{}", arg))
            pieces.append(parts[index + 1])
        return "".join(pieces)

    # -- results and failures -----------------------------------------------------------------------
    def result(self, before: Any = None, after: Any = None, **extra: Any) -> Dict[str, Any]:
        """changed, actions, the extra keys, and in diff mode `diff: {before, after}`."""
        result: Dict[str, Any] = dict(changed=self.changed, actions=list(self.actions))
        result.update(extra)
        if self.diff_mode:
            result["diff"] = dict(before=before, after=after)
        return result

    def failure(self, exc: Union[ModuleFailed, GitLabError]) -> ModuleFailed:
        """The failure of the task whose logic raised `exc`. A GitLabError of a write whose answer was lost
        makes the task `maybe_committed`, unless write() has recorded it already (the write was sent some
        other way, e.g. by a helper)."""
        if isinstance(exc, ModuleFailed):
            return exc
        if getattr(exc, "maybe_committed", False) and not getattr(exc, "recorded", False):
            self.maybe_committed = True
        return ModuleFailed(str(exc), **error_details(exc))

    @abc.abstractmethod
    def warn(self, msg: str) -> None:
        """Tell the user something that does not fail the task."""

    @abc.abstractmethod
    def fail(self, msg: str, **extra: Any) -> None:
        """End the task as failed, with `extra` as additional result keys."""


class ContextTask:
    """What every module's task starts from: its task context (the module, or a scope of the bulk module), the
    task's options, check mode, and the context's client."""

    def __init__(self, module: TaskContext) -> None:
        self.module = module
        self.params = module.params
        self.check_mode = module.check_mode

    @property
    def client(self) -> GitLabClient:
        return self.module.client
