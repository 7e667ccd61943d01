# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_users_converge module: many users, each with its keys, emails, status and
tokens, converged in one module run.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A user entry takes the options of gitlab_user plus one key per resource kind (`PARTS`). Nothing here
compares or writes a user or a key itself: each entry is converged by the single modules' own tasks
(`UserTask` of gitlab_user, and each part's task), each in a TaskScope (_bulk.py) that gives it the
options the single module would get and collects its writes.

One run:

1. Every entry is checked (Ansible has applied the argument spec, composed from the single modules'
   specs; then gitlab_user's `validate` and each part's checks). Any problem fails the task before
   any request.
2. Read: every user in pages (_user_listing.list_users: per_page=100, concurrent pages, keyset above
   10,000 rows), with custom attributes when an entry manages them. With remove_unlisted, also the
   users the pattern selects (find_users) and the token's own user (``GET /user``).
3. Converge: one job per entry, at most `max_concurrency` at a time (threads sharing one client, so
   a 429 pauses all of them). A job runs gitlab_user's task with the listed user (no lookup), then
   each part the entry lists, with `user` set to the user's id. A failure stays with its user.
4. Retire (remove_unlisted): each user the pattern selects that no entry lists, through gitlab_user's
   task with account_state=blocked or state=absent.
5. The result has one report per user; the task fails at the end if any user failed.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._bulk import (
    DEFAULT_CONCURRENCY,
    MAX_CONCURRENCY,
    OptionsValidator,
    TaskOutcome,
    TaskScope,
    run_bounded,
    run_task,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._module import GitLabModule, ModuleFailed
from ansible_collections.gitlab_ops.users.plugins.module_utils._modules import user
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_listing import find_users, list_users
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_patterns import PatternError, parse_pattern

UNLISTED_ACTIONS = ("block", "delete")
# At most this many problems are spelled out when the entries are refused (the rest are counted).
MAX_PROBLEMS_SHOWN = 20


class Part:
    """One resource kind a user entry may list, converged by its single module's task.

    key         the entry key (ssh_keys)
    module      the single module's name, for messages
    entry_spec  -> the argument spec of the entry key, composed from the single module's spec
    options     (entry value, user id, run params) -> the single module's options for that user
    validator   the single module's argument spec and rules (fills its defaults)
    task        (scope) -> the single module's task, whose run() returns the single module's result
    """

    def __init__(self, key: str, module: str, entry_spec: Callable[[], Dict[str, Any]],
                 options: Callable[[Any, Any, Mapping[str, Any]], Dict[str, Any]], spec: Dict[str, Any],
                 rules: Mapping[str, Any], task: Callable[[TaskScope], Any]) -> None:
        self.key = key
        self.module = module
        self.entry_spec = entry_spec
        self.options = options
        self.validator = OptionsValidator(spec, rules)
        self.task = task


# The resource kinds wired in, in the order a user's parts are converged (after the user itself).
PARTS: Tuple[Part, ...] = ()


def entry_spec() -> Dict[str, Any]:
    """The options of one item of `users`: gitlab_user's, and one per part."""
    spec = user.argument_spec()
    for part in PARTS:
        spec[part.key] = part.entry_spec()
    return spec


def argument_spec() -> Dict[str, Any]:
    """The module's own options (the connection options come from GitLabModule)."""
    return dict(
        users=dict(type="list", elements="dict", required=True, options=entry_spec(), **user.MODULE_OPTIONS),
        remove_unlisted=dict(type="bool", default=False),
        unlisted_pattern=dict(type="str"),
        unlisted_action=dict(type="str", default="block", choices=list(UNLISTED_ACTIONS)),
        max_concurrency=dict(type="int", default=DEFAULT_CONCURRENCY),
    )


MODULE_OPTIONS = dict(
    required_if=[("remove_unlisted", True, ("unlisted_pattern",))],
)


# -- reports --------------------------------------------------------------------------------------------

class UserReport:
    """What the run did (or would do) to one user: the outcome of each part, in order."""

    def __init__(self, username: str, retired: bool = False) -> None:
        self.username = username
        self.retired = retired
        self.outcomes: List[Tuple[str, TaskOutcome]] = []
        self.skipped: List[str] = []  # parts not run because the user could not be converged

    def add(self, name: str, outcome: TaskOutcome) -> TaskOutcome:
        self.outcomes.append((name, outcome))
        return outcome

    @property
    def actions(self) -> List[str]:
        return [action for _name, outcome in self.outcomes for action in outcome.actions]

    @property
    def changed(self) -> bool:
        return any(outcome.changed for _name, outcome in self.outcomes)

    @property
    def failures(self) -> List[Tuple[str, TaskOutcome]]:
        return [(name, outcome) for name, outcome in self.outcomes if outcome.failed]

    @property
    def status(self) -> str:
        if self.failures:
            return "failed"
        if not self.changed:
            return "unchanged"
        if self.retired:
            return "retired"
        if "POST /users" in self.actions:
            return "created"
        if any(action.startswith("DELETE /users/") and action.count("/") == 2 for action in self.actions):
            return "deleted"
        return "updated"

    def sides(self) -> Tuple[Dict[str, Any], Dict[str, Any]]:
        """(before, after): the user's managed options, with each part's view under its key."""
        before: Dict[str, Any] = {}
        after: Dict[str, Any] = {}
        for name, outcome in self.outcomes:
            diff = outcome.result.get("diff")
            if not diff:
                continue
            if name == "user":
                before.update(diff["before"] or {})
                after.update(diff["after"] or {})
            else:
                before[name], after[name] = diff["before"], diff["after"]
        return before, after

    def result(self, diff_mode: bool) -> Dict[str, Any]:
        report: Dict[str, Any] = dict(username=self.username, status=self.status, changed=self.changed,
                                      actions=self.actions)
        if self.retired:
            report["retired"] = True
        before, after = self.sides()
        report["changes"] = dict((key, dict(before=before.get(key), after=after.get(key)))
                                 for key in sorted(set(before) | set(after)) if before.get(key) != after.get(key))
        if any(outcome.maybe_committed for _name, outcome in self.outcomes):
            report["maybe_committed"] = True
        failures = self.failures
        if failures:
            report["failures"] = [dict(outcome.details, part=name, msg=outcome.msg) for name, outcome in failures]
            report["msg"] = "; ".join("%s: %s" % (name, outcome.msg) for name, outcome in failures)
        if self.skipped:
            report["skipped"] = list(self.skipped)
        if diff_mode:
            report["diff"] = dict(before=before, after=after)
        return report


# -- the run ---------------------------------------------------------------------------------------------

class ConvergeRun:
    """One gitlab_users_converge task."""

    def __init__(self, module: GitLabModule) -> None:
        self.module = module
        self.params = module.params
        self.check_mode = module.check_mode
        self.entries: List[Dict[str, Any]] = self.params["users"]
        self.workers: int = self.params["max_concurrency"]
        self.user_validator = OptionsValidator(user.argument_spec(), user.MODULE_OPTIONS)

    @property
    def client(self):
        return self.module.client

    def scope(self, options: Mapping[str, Any]) -> TaskScope:
        return TaskScope(self.client, options, self.check_mode)

    def run(self) -> Dict[str, Any]:
        problems = self.problems()
        if problems:
            shown = problems[:MAX_PROBLEMS_SHOWN]
            if len(problems) > len(shown):
                shown.append("and %d more problems" % (len(problems) - len(shown)))
            raise ModuleFailed("; ".join(shown))
        pattern = parse_pattern(self.params["unlisted_pattern"]) if self.params["remove_unlisted"] else None
        current = self.read_users()
        reports = run_bounded(self.entries, lambda entry: self.converge(entry, current.get(entry["username"].lower())),
                              self.workers)
        if pattern is not None:
            reports.extend(self.retire(pattern))
        return self.result(reports)

    # -- checks before any request ---------------------------------------------------------------------
    def problems(self) -> List[str]:
        problems = []
        workers = self.workers
        if not 1 <= workers <= MAX_CONCURRENCY:
            problems.append("max_concurrency must be between 1 and %d, got %d" % (MAX_CONCURRENCY, workers))
        if self.params["remove_unlisted"]:
            try:
                parse_pattern(self.params["unlisted_pattern"])
            except PatternError as exc:
                problems.append("unlisted_pattern: %s" % exc)
        elif self.params.get("unlisted_pattern") is not None:
            problems.append("unlisted_pattern is only used with remove_unlisted=true")
        seen: Dict[str, int] = {}
        for index, entry in enumerate(self.entries):
            where = "users[%d] (%s)" % (index, entry.get("username"))
            folded = (entry.get("username") or "").lower()
            if folded in seen:
                problems.append("%s: the user is listed twice, also as users[%d] (usernames are "
                                "case-insensitive)" % (where, seen[folded]))
            seen.setdefault(folded, index)
            problems.extend("%s: %s" % (where, problem) for problem in self.entry_problems(entry))
        return problems

    def entry_problems(self, entry: Mapping[str, Any]) -> List[str]:
        problems = user.validate(self.user_options(entry))
        listed = [part.key for part in PARTS if entry.get(part.key) is not None]
        if entry.get("state") == "absent" and listed:
            problems.append("%s: only used with state=present" % ", ".join(listed))
        return problems

    @staticmethod
    def user_options(entry: Mapping[str, Any]) -> Dict[str, Any]:
        """gitlab_user's options out of an entry (the argument spec has filled its defaults)."""
        return dict((key, value) for key, value in entry.items() if key not in set(part.key for part in PARTS))

    # -- reading -------------------------------------------------------------------------------------
    def read_users(self) -> Dict[str, Dict[str, Any]]:
        """Every user, by lower-case username: one listing in pages."""
        query = {}
        if any(entry.get("custom_attributes") is not None for entry in self.entries):
            query["with_custom_attributes"] = True
        users = list_users(self.client, query, max_concurrency=self.workers)
        if any("is_admin" not in found for found in users):
            raise ModuleFailed("gitlab_users_converge needs an administrator's token: GitLab listed the users "
                               "with the view of a non-administrator (no is_admin field)")
        return dict((str(found.get("username", "")).lower(), found) for found in users)

    # -- one entry -----------------------------------------------------------------------------------
    def converge(self, entry: Mapping[str, Any], current: Optional[Dict[str, Any]]) -> UserReport:
        report = UserReport(entry["username"])
        scope = self.scope(self.user_options(entry))
        outcome = report.add("user", run_task(scope, lambda: user.UserTask(scope).run(current)))
        listed = [part for part in PARTS if entry.get(part.key) is not None]
        if outcome.failed:
            report.skipped = [part.key for part in listed]
            return report
        for part in listed:
            self.converge_part(report, part, entry[part.key], outcome.result.get("user") or {})
        return report

    def converge_part(self, report: UserReport, part: Part, value: Any, found: Mapping[str, Any]) -> None:
        options, problems, _secrets, _warnings = part.validator.validate(part.options(value, found.get("id"), self.params))
        scope = self.scope(options)
        if problems:  # the entry's own spec let through what the single module refuses: a bug here
            report.add(part.key, TaskOutcome(scope, msg="; ".join(problems)))
            return
        report.add(part.key, run_task(scope, lambda: part.task(scope).run()))

    # -- remove_unlisted ---------------------------------------------------------------------------------
    def retire(self, pattern: Any) -> List[UserReport]:
        """The users the pattern selects that no entry lists, blocked or deleted; never the token's own user."""
        listed = set(entry["username"].lower() for entry in self.entries)
        own = self.client.get("/user", expect="object").get("id")
        unlisted = [found for found in find_users(self.client, pattern, max_concurrency=self.workers)
                    if str(found.get("username", "")).lower() not in listed and found.get("id") != own]
        if self.params["unlisted_action"] == "delete":
            wanted = dict(state="absent")
        else:
            wanted = dict(account_state="blocked")
        return run_bounded(unlisted, lambda found: self.retire_one(found, wanted), self.workers)

    def retire_one(self, found: Dict[str, Any], wanted: Mapping[str, Any]) -> UserReport:
        report = UserReport(found["username"], retired=True)
        options, problems, _secrets, _warnings = self.user_validator.validate(dict(wanted, username=found["username"]))
        scope = self.scope(options)
        if problems:
            report.add("user", TaskOutcome(scope, msg="; ".join(problems)))
            return report
        report.add("user", run_task(scope, lambda: user.UserTask(scope).run(found)))
        return report

    # -- the result -------------------------------------------------------------------------------------
    def compact_arguments(self) -> Dict[str, Any]:
        """The task's arguments for the result's `invocation`, with each entry's options that hold their
        default left out: Ansible would show every option of every entry (about 1 KiB a user)."""
        defaults = dict((name, option.get("default")) for name, option in entry_spec().items())
        arguments = dict(self.params)
        arguments["users"] = [dict((key, value) for key, value in entry.items() if value != defaults.get(key))
                              for entry in self.entries]
        return arguments

    def result(self, reports: List[UserReport]) -> Dict[str, Any]:
        diff_mode = self.module.diff_mode
        users = [report.result(diff_mode) for report in reports]
        for report in reports:
            for _name, outcome in report.outcomes:
                for warning in outcome.warnings:
                    self.module.warn("%s: %s" % (report.username, warning))
        statuses = [entry["status"] for entry in users]
        summary = dict(users=len(self.entries), changed=sum(1 for entry in users if entry["changed"]),
                       **dict((status, statuses.count(status)) for status in
                              ("created", "updated", "deleted", "retired", "unchanged", "failed")))
        result: Dict[str, Any] = dict(
            invocation=dict(module_args=self.compact_arguments()),
            changed=any(entry["changed"] for entry in users),
            actions=[action for entry in users for action in entry["actions"]],
            summary=summary,
            users=users,
        )
        if diff_mode:
            changed = [entry for entry in users if entry["changed"]]
            result["diff"] = dict(before=dict((entry["username"], entry["diff"]["before"]) for entry in changed),
                                  after=dict((entry["username"], entry["diff"]["after"]) for entry in changed))
        failed = [entry for entry in users if entry["status"] == "failed"]
        if failed:
            names = ", ".join(entry["username"] for entry in failed[:MAX_PROBLEMS_SHOWN])
            more = " and %d more" % (len(failed) - MAX_PROBLEMS_SHOWN) if len(failed) > MAX_PROBLEMS_SHOWN else ""
            raise ModuleFailed("%d of %d users failed: %s%s (see users[].msg)" % (len(failed), len(users), names, more),
                               **result)
        return result


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_users_converge module."""
    return ConvergeRun(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True, **MODULE_OPTIONS).run(run)
