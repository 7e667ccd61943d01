# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The module kit of gitlab_ops.users: the skeleton every module runs in.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

`GitLabModule` is the task context (_kit/context.py: TaskContext) of one Ansible task: the context
gives the options, check mode, the list of `actions` (the writes done, or in check mode the writes that
would be done), `changed`, the result with its diff, and failure; GitLabModule adds the connection
options, the lazily created client and the AnsibleModule that the run ends in. A module of the shape "list a user's sub-resources, reconcile, write"
needs only its argspec, its comparison, and the calls specific to it::

    from ..module_utils._kit.module import GitLabModule, ModuleFailed, present
    from ..module_utils._kit.reconcile import reconcile

    def run(module):
        user = module.resolve_user(module.params["user"])            # 1 GET (0 for an id)
        current = module.client.get(api_path("/users/{}/things", user["id"]), expect="list")
        plan = reconcile(current, module.params["things"], key=lambda t: t["name"].lower(),
                         purge=module.params["exclusive"])
        for thing in plan.create:
            module.write("POST", "/users/{}/things", user["id"], data=thing, predict=thing)
        for thing in plan.delete:
            module.write("DELETE", "/users/{}/things/{}", user["id"], thing["id"])
        return module.result(before=present(things=current), after=present(things=...))

    def main():
        GitLabModule(argument_spec=dict(user=dict(type="raw", required=True), ...)).run(run)

Every write goes through `write()`: in check mode it is recorded and not sent, and the recorded
action is the same URL-quoted path a real run shows. A failure after writes still reports
`changed: true` with the `actions` done so far, and a write whose answer was lost adds
`maybe_committed: true` (TaskContext.failure).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional
from urllib.parse import urlsplit

from ansible.module_utils.basic import AnsibleModule, missing_required_lib

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient, REQUESTS_IMPORT_ERROR
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.connection import (
    CONNECTION_MUTUALLY_EXCLUSIVE, connection_argument_spec, connection_options_error, connection_warnings)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import ModuleFailed, TaskContext


def _url_password(url: Any) -> Optional[str]:
    """The password of a https://user:password@host URL (refused by the connection checks, but Ansible
    would still echo it in the result's `invocation`)."""
    if not isinstance(url, str):
        return None
    try:
        return urlsplit(url.strip()).password
    except ValueError:
        return None


NO_LOG_PLACEHOLDER = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"


def masked(value: Any, secrets: Any) -> Any:
    """`value` with every secret masked as ansible-core up to 2.21 masks a result: a string that is a secret
    becomes NO_LOG_PLACEHOLDER, a secret inside a string becomes ********. (ansible-core 2.22 deprecates its
    remove_values(), which did this, since it masks secrets itself where it displays them.)"""
    ordered = sorted((str(secret) for secret in secrets if secret), key=len, reverse=True)
    if not ordered:
        return value

    def mask(item: Any) -> Any:
        if isinstance(item, str):
            if item in ordered:
                return NO_LOG_PLACEHOLDER
            for secret in ordered:
                item = item.replace(secret, "********")
            return item
        if isinstance(item, Mapping):
            return dict((key, mask(element)) for key, element in item.items())
        if isinstance(item, (list, tuple)):
            return type(item)(mask(element) for element in item)
        return item

    return mask(value)


class _AnsibleModule(AnsibleModule):
    """AnsibleModule, but a failure names every validation problem, not only the first (for a list of
    dicts given as a string, ansible-core's first message does not name the option), and a password
    inside api_url never reaches the output."""

    def fail_json(self, msg: str, **kwargs: Any) -> None:  # type: ignore[override]
        password = _url_password((getattr(self, "params", None) or {}).get("api_url"))
        if password:
            self.no_log_values.add(password)
        result = getattr(self, "validation_result", None)
        if result is not None and len(result.errors.errors) > 1 and msg == result.errors.msg:
            msg = "; ".join(dict.fromkeys(str(message) for message in result.errors.messages))
        super().fail_json(msg=self._masked(msg), **self._masked(kwargs))

    def exit_json(self, **kwargs: Any) -> None:  # type: ignore[override]
        super().exit_json(**self._masked(kwargs))

    def _masked(self, value: Any) -> Any:
        """The value with the no_log values masked. ansible-core 2.22 no longer masks a module's result in the
        module (its controller masks what it displays), but a registered result would keep the values: a
        password that GitLab echoes in an error must not reach a report built from it."""
        return masked(value, getattr(self, "no_log_values", None) or ())


class GitLabModule(TaskContext):
    """The task context of one Ansible task: an AnsibleModule with the connection options, a GitLab client
    created on first use, and the run skeleton (`run()`)."""

    def __init__(self, argument_spec: Dict[str, Any], mutually_exclusive: Optional[List[Any]] = None,
                 required_if: Optional[List[Any]] = None, required_together: Optional[List[Any]] = None,
                 required_one_of: Optional[List[Any]] = None, required_by: Optional[Dict[str, Any]] = None,
                 supports_check_mode: bool = True) -> None:
        spec = connection_argument_spec()
        clashes = sorted(set(spec) & set(argument_spec))
        if clashes:
            raise ValueError("module options clash with the connection options: %s" % ", ".join(clashes))
        spec.update(argument_spec)
        # Only what the module gives: ansible-test's validate-modules refuses an explicit None.
        rules = dict(required_if=required_if, required_together=required_together,
                     required_one_of=required_one_of, required_by=required_by)
        self.module = _AnsibleModule(
            argument_spec=spec,
            mutually_exclusive=list(CONNECTION_MUTUALLY_EXCLUSIVE) + list(mutually_exclusive or []),
            supports_check_mode=supports_check_mode,
            **dict((name, rule) for name, rule in rules.items() if rule),
        )
        super().__init__(self.module.params, self.module.check_mode, self.module._diff)
        self._rate_limited = 0  # answers 429 Too Many Requests in this task (see _warn_rate_limited)
        # Fail before any logic runs (and before any request), naming what is wrong.
        if REQUESTS_IMPORT_ERROR:
            self.module.fail_json(msg=missing_required_lib("requests"), exception=REQUESTS_IMPORT_ERROR)
        problem = connection_options_error(self.params.get)
        if problem:
            self.module.fail_json(msg=problem)
        for warning in connection_warnings(self.params.get):
            self.warn(warning)

    # -- the client ---------------------------------------------------------------------------------
    @property
    def client(self) -> GitLabClient:
        """The GitLabClient, created on first use; creating it sends no request."""
        if self._client is None:
            try:
                self._client = GitLabClient.from_options(self.params.get)
            except ValueError as exc:
                raise ModuleFailed(str(exc))
            self._client.session.hooks["response"].append(self._count_rate_limited)
        return self._client

    def _count_rate_limited(self, response: Any, *args: Any, **kwargs: Any) -> None:
        """A requests response hook: the client retries a 429 silently; the task says so once at its end."""
        if response.status_code == 429:
            self._rate_limited += 1

    def _warn_rate_limited(self) -> None:
        paced = self._client.pacer.summary() if self._client is not None else []
        if paced:
            # A module cannot show anything before it ends (unless it runs in Ansible's worker process, where
            # _api/pacing.py's progress_sink shows each wait as it starts): the wait is at least told here.
            self.warn("this task waited for GitLab's rate limits: %s (the rate_limits connection option and the "
                      "guide 'Large instances and rate limits' say which options cost rate-limited requests)"
                      % "; ".join(paced))
        if self._rate_limited and self._client is not None:
            self.warn("GitLab answered %d %s of this task with 429 Too Many Requests; the task waited %.1f s in "
                      "all before retrying, as GitLab asked (max_retries and retry_timeout bound the waiting)" % (
                          self._rate_limited, "request" if self._rate_limited == 1 else "requests",
                          self._client.waited))

    # -- running and failing ------------------------------------------------------------------------
    def run(self, logic: Callable[["GitLabModule"], Optional[Dict[str, Any]]]) -> None:
        """result = logic(self); exit_json(**result). ModuleFailed and every GitLabError end here as
        fail_json, with what was done so far."""
        try:
            result = logic(self)
        except (ModuleFailed, GitLabError) as exc:
            failure = self.failure(exc)
            self.fail(failure.msg, **failure.extra)
        self._warn_rate_limited()
        self.module.exit_json(**(result or {}))

    def fail(self, msg: str, **extra: Any) -> None:
        """fail_json with `changed` and `actions` of what was done before the failure."""
        result: Dict[str, Any] = dict(changed=self.changed, actions=list(self.actions))
        if self.maybe_committed:
            result["maybe_committed"] = True
        result.update(extra)
        self._warn_rate_limited()
        self.module.fail_json(msg=msg, **result)

    def warn(self, msg: str) -> None:
        # Unlike exit_json/fail_json, AnsibleModule.warn does not mask no_log values (the tokens).
        self.module.warn(masked(msg, self.module.no_log_values))
