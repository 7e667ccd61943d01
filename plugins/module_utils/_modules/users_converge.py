# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_users_converge module: many users, each with its keys, emails, status and
tokens, converged in one module run.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A user entry takes the options of gitlab_user plus one key per resource kind (`PARTS`). An item of
`service_accounts` (an instance service account) takes gitlab_service_account's options but `group` plus its
parts' keys (`ACCOUNT_PARTS`: its tokens); it is converged as a user entry is, by gitlab_service_account's part
(`SERVICE_ACCOUNT`), after one check before the first write of what the accounts' writes need of GitLab
(`require_features`: the edition and version, one GET /version only when an account is to be written).

This module only orchestrates: each single module declares its part of an entry in its own file
(`CONVERGE_PART`: gitlab_user's `UserPart`, gitlab_service_account's `ServiceAccountPart`, and a `ConvergePart`
of _kit/converge_part.py for each resource kind), which checks the entry's
options for it and runs the single module's own task for the user, in a task scope (_kit/bulk.py: TaskScope)
that gives it the options the single module would get and collects its writes.

One run:

1. Every entry is checked (Ansible has applied the argument spec, composed from the parts' entry specs;
   then gitlab_user's checks and each listed part's `prepare`). Any problem fails the task before any
   request.
2. Read: the listed users (_user_selection/listing.py: read_named_users: the first page of the listing, then either a
   lookup by username for each listed user not on it or the rest of the listing, whichever is fewer
   requests), with custom attributes when an entry manages them. With remove_unlisted, also the
   users the pattern selects (find_users) and the token's own user (``GET /user``).
3. Converge: one job per entry, at most `max_concurrency` at a time (threads sharing one client, so
   a 429 pauses all of them). A job runs gitlab_user's part with the listed user (no lookup), then each
   part the entry lists, in the order of `PARTS`, handed the user that gitlab_user's task left: as listed,
   created, or in check mode as it would be created (then a part reads nothing about it). A failure stays
   with its user.
4. Retire (remove_unlisted): each user the pattern selects that no entry lists, through gitlab_user's
   part with account_state=blocked or state=absent. When selecting them fails, nobody is retired and that
   failure joins the users' failures.
5. The result has one report per user; the task fails at the end if any user failed (or the retire step
   did), with the same result: the users, their actions, the created tokens and `changed`.

Nothing after the first write may end the run with an exception: that would drop the reports and the
token values created so far (GitLab shows a token's value only once).
"""

from __future__ import annotations

import threading
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.bulk import (
    DEFAULT_CONCURRENCY, MAX_CONCURRENCY, TaskOutcome, TaskScope, run_bounded)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.converge_part import ConvergePart
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, ModuleFailed, error_details)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.gitlab_version import Capabilities
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._modules import (
    impersonation_token, service_account, service_account_token, user, user_email, user_gpg_key, user_key,
    user_status)
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import find_users, read_named_users
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import (
    Pattern, PatternError, parse_pattern)

UNLISTED_ACTIONS = ("block", "delete")
# remove_unlisted never lists GitLab's internal users (ghost, support bot, import user...: all but the
# NON_INTERNAL_USER_TYPES of app/models/concerns/has_user_type.rb), as GET /users?exclude_internal=true
# (UsersFinder#by_non_internal) leaves them out: GitLab refuses to block them, and deleting the ghost never ends.
RETIRABLE_FILTERS = {"exclude_internal": True}
# Users remove_unlisted retires only when unlisted_pattern names them: (group, field of the user entity, what
# the warning calls them). A user whose entity lacks the field counts as one of them.
GUARDED_KINDS = (("admins", "is_admin", "an administrator"), ("bots", "bot", "a bot"))
# At most this many problems are spelled out when the entries are refused (the rest are counted).
MAX_PROBLEMS_SHOWN = 20

# gitlab_user's part: the entry's own options, converged first.
USER = user.CONVERGE_PART
# The resource kinds wired in, in the order a user's parts are converged (after the user itself): emails
# first, so that the other parts meet the user's addresses as the entry gives them.
PARTS: Tuple[ConvergePart, ...] = (
    user_email.CONVERGE_PART,
    user_key.CONVERGE_PART,
    user_gpg_key.CONVERGE_PART,
    user_status.CONVERGE_PART,
    impersonation_token.CONVERGE_PART,
)
PART_KEYS = frozenset(part.key for part in PARTS)
# gitlab_service_account's part: an item of `service_accounts` (an instance service account), converged first; then
# the account's parts.
SERVICE_ACCOUNT = service_account.CONVERGE_PART
ACCOUNT_PARTS: Tuple[ConvergePart, ...] = (service_account_token.CONVERGE_PART,)
ACCOUNT_PART_KEYS = frozenset(part.key for part in ACCOUNT_PARTS)


def own_options(entry: Mapping[str, Any], part_keys: frozenset) -> Dict[str, Any]:
    """The options of the entry's own module (gitlab_user, gitlab_service_account): every key but its parts'
    (the argument spec has filled their defaults)."""
    return dict((key, value) for key, value in entry.items() if key not in part_keys)


def listed_parts(entry: Mapping[str, Any], parts: Tuple[ConvergePart, ...]) -> List[ConvergePart]:
    """The parts the entry lists, in the order they are converged."""
    return [part for part in parts if entry.get(part.key) is not None]


def entry_spec() -> Dict[str, Any]:
    """The options of one item of `users`: gitlab_user's, and one per part."""
    spec = USER.entry_spec()
    for part in PARTS:
        spec[part.key] = part.entry_spec()
    return spec


def service_account_entry_spec() -> Dict[str, Any]:
    """The options of one item of `service_accounts`: gitlab_service_account's but `group`, and one per part."""
    spec = SERVICE_ACCOUNT.entry_spec()
    for part in ACCOUNT_PARTS:
        spec[part.key] = part.entry_spec()
    return spec


def argument_spec() -> Dict[str, Any]:
    """The module's own options (the connection options come from GitLabModule)."""
    return dict(
        users=dict(type="list", elements="dict", required=True, options=entry_spec(), **USER.module_rules),
        service_accounts=dict(type="list", elements="dict", options=service_account_entry_spec()),
        exclusive_keys=dict(type="bool", default=False, no_log=False),
        exclusive_emails=dict(type="bool", default=False),
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

    def __init__(self, username: str, retired: bool = False, service_account: bool = False) -> None:
        self.username = username
        self.retired = retired
        self.service_account = service_account
        self.outcomes: List[Tuple[str, TaskOutcome]] = []
        self.parts: List[Tuple[Optional[ConvergePart], Optional[str]]] = []
        self.skipped: List[str] = []  # parts not run because the user could not be converged
        self.tokens: Dict[str, Any] = {}  # the tokens this run created, by name, with their values

    def add(self, name: str, outcome: TaskOutcome, part: Optional[ConvergePart] = None,
            label: Optional[str] = None) -> TaskOutcome:
        self.outcomes.append((name if label is None or not part or not part.many else "%s[%s]" % (name, label), outcome))
        self.parts.append((part, label))
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
        if "POST /users" in self.actions or "POST /service_accounts" in self.actions:
            return "created"
        if any(action.startswith("DELETE /users/") and action.count("/") == 2 for action in self.actions):
            return "deleted"
        return "updated"

    def sides(self) -> Tuple[Dict[str, Any], Dict[str, Any]]:
        """(before, after): the user's managed options, with each part's view under its key."""
        before: Dict[str, Any] = {}
        after: Dict[str, Any] = {}
        for (_name, outcome), (part, label) in zip(self.outcomes, self.parts):
            diff = outcome.result.get("diff")
            if not diff:
                continue
            if part is None:
                before.update(diff["before"] or {})
                after.update(diff["after"] or {})
            elif part.many:
                before.setdefault(part.key, {})[label] = part.view(diff["before"])
                after.setdefault(part.key, {})[label] = part.view(diff["after"])
            else:
                before[part.key], after[part.key] = part.view(diff["before"]), part.view(diff["after"])
        return before, after

    def result(self, diff_mode: bool) -> Dict[str, Any]:
        report: Dict[str, Any] = dict(username=self.username, status=self.status, changed=self.changed,
                                      actions=self.actions)
        if self.retired:
            report["retired"] = True
        if self.service_account:
            report["service_account"] = True
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

class UsersLeft:
    """How many entries are still to converge, for the progress of a long wait (the workers finish in any order)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.finished = 0
        self._lock = threading.Lock()

    def done(self, report: UserReport) -> UserReport:
        with self._lock:
            self.finished += 1
        return report

    def describe(self) -> str:
        return "%d of %d users left" % (self.total - self.finished, self.total)


class ConvergeRun(ContextTask):
    """One gitlab_users_converge task."""

    def __init__(self, module: GitLabModule) -> None:
        super().__init__(module)
        self.entries: List[Dict[str, Any]] = self.params["users"]
        self.accounts: List[Dict[str, Any]] = self.params.get("service_accounts") or []
        self.workers: int = self.params["max_concurrency"]
        # GET /version, read once and only when a service account's write needs a version (require_features).
        self.capabilities = Capabilities(lambda: self.client.get("/version", expect="object"))
        # id(entry) -> part key -> [(label, the single module's options, validated)], made by problems().
        self.prepared: Dict[int, Dict[str, List[Tuple[str, Dict[str, Any]]]]] = {}

    def run(self) -> Dict[str, Any]:
        problems = self.problems()
        if problems:
            shown = problems[:MAX_PROBLEMS_SHOWN]
            if len(problems) > len(shown):
                shown.append("and %d more problems" % (len(problems) - len(shown)))
            raise ModuleFailed("; ".join(shown))
        pattern = parse_pattern(self.params["unlisted_pattern"]) if self.params["remove_unlisted"] else None
        current = self.read_users()
        self.require_features(current)
        left = UsersLeft(len(self.entries) + len(self.accounts))
        # A wait for GitLab's rate limits says how far the run is (_api/pacing.py: Pacer.progress).
        self.client.pacer.progress = left.describe
        jobs = [(self.converge, entry) for entry in self.entries] + [
            (self.converge_account, entry) for entry in self.accounts]
        reports = run_bounded(jobs, lambda job: left.done(job[0](job[1], current.get(
            job[1]["username"].lower()))), self.workers)
        retire_failure = None
        if pattern is not None:
            retired, retire_failure = self.retire_unlisted(pattern)
            reports.extend(retired)
        return self.result(reports, retire_failure)

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
        seen: Dict[str, str] = {}  # lower-case username -> where it is listed first
        for index, entry in enumerate(self.entries):
            where = "users[%d] (%s)" % (index, entry.get("username"))
            problems.extend(self.listed_twice(seen, where, entry, "users[%d]" % index, "user"))
            problems.extend("%s: %s" % (where, problem) for problem in self.entry_problems(entry))
        for index, entry in enumerate(self.accounts):
            where = "service_accounts[%d] (%s)" % (index, entry.get("username"))
            problems.extend(self.listed_twice(seen, where, entry, "service_accounts[%d]" % index, "account"))
            problems.extend("%s: %s" % (where, problem) for problem in self.account_problems(entry))
        return problems

    @staticmethod
    def listed_twice(seen: Dict[str, str], where: str, entry: Mapping[str, Any], label: str, what: str) -> List[str]:
        """A username listed before (in `users` or `service_accounts`: both are GitLab users) is a problem."""
        folded = (entry.get("username") or "").lower()
        if folded in seen:
            return ["%s: the %s is listed twice, also as %s (usernames are case-insensitive)" % (
                where, what, seen[folded])]
        seen[folded] = label
        return []

    def account_problems(self, entry: Mapping[str, Any]) -> List[str]:
        return SERVICE_ACCOUNT.problems(own_options(entry, ACCOUNT_PART_KEYS)) + self.part_problems(
            entry, listed_parts(entry, ACCOUNT_PARTS))

    def entry_problems(self, entry: Mapping[str, Any]) -> List[str]:
        return USER.problems(own_options(entry, PART_KEYS)) + self.part_problems(entry, listed_parts(entry, PARTS))

    def part_problems(self, entry: Mapping[str, Any], listed: List[ConvergePart]) -> List[str]:
        """The problems of the entry's listed parts, each prepared (and kept) as it is checked."""
        problems = []
        if entry.get("state") == "absent" and listed:
            problems.append("%s: only used with state=present" % ", ".join(part.key for part in listed))
        for part in listed:
            tasks, found = part.prepare(entry[part.key], entry, self.params)
            self.prepared.setdefault(id(entry), {})[part.key] = tasks
            problems.extend(found)
        return problems

    # -- reading -------------------------------------------------------------------------------------
    def read_users(self) -> Dict[str, Dict[str, Any]]:
        """The listed users that exist, by lower-case username (read_named_users: a few lookups or the listing)."""
        query = {}
        if any(entry.get("custom_attributes") is not None for entry in self.entries):
            query["with_custom_attributes"] = True
        # Service accounts are read with the users: GET /users lists them (service_account is among the
        # NON_INTERNAL_USER_TYPES of app/models/concerns/has_user_type.rb), as the single module's lookup does.
        named = read_named_users(self.client, [entry["username"] for entry in self.entries + self.accounts], query,
                                 max_concurrency=self.workers)
        users = named.users
        if any("is_admin" not in found for found in named.first_page + users):
            raise ModuleFailed("gitlab_users_converge needs an administrator's token: GitLab listed the users "
                               "with the view of a non-administrator (no is_admin field)")
        return dict((str(found.get("username", "")).lower(), found) for found in users)

    def require_features(self, current: Mapping[str, Dict[str, Any]]) -> None:
        """Before the run's first write: what the service accounts' writes need of GitLab (an EE instance, a version:
        _modules/service_account.py), checked with one GET /version, and only when an account is to be written.
        An instance that lacks it fails the task here, naming each account and what it needs."""
        needs = [(entry, what, since) for entry in self.accounts
                 for what, since in SERVICE_ACCOUNT.requirements(
                     self.client, current.get(entry["username"].lower()), own_options(entry, ACCOUNT_PART_KEYS),
                     self.capabilities)]
        missing = ["service_accounts (%s): %s needs GitLab %s or later%s" % (
            entry["username"], what, "%d.%d" % since, " (Enterprise Edition, Premium or Ultimate)")
            for entry, what, since in needs if self.capabilities.lacks(since)]
        if missing:
            raise ModuleFailed("%s; this is %s; nothing was written" % ("; ".join(missing), self.capabilities.label))

    # -- one entry -----------------------------------------------------------------------------------
    def converge(self, entry: Mapping[str, Any], current: Optional[Dict[str, Any]]) -> UserReport:
        report = UserReport(entry["username"])
        outcome = report.add("user", USER.run(self.client, self.check_mode, current, own_options(entry, PART_KEYS)))
        return self.converge_parts(report, entry, PARTS, None if outcome.failed else USER.converged_user(outcome.result))

    def converge_account(self, entry: Mapping[str, Any], current: Optional[Dict[str, Any]]) -> UserReport:
        """An item of `service_accounts`: the account (gitlab_service_account's task), then its parts."""
        report = UserReport(entry["username"], service_account=True)
        outcome = report.add("service_account", SERVICE_ACCOUNT.run(
            self.client, self.check_mode, current, own_options(entry, ACCOUNT_PART_KEYS), self.capabilities))
        found = None if outcome.failed else SERVICE_ACCOUNT.converged_account(outcome.result)
        return self.converge_parts(report, entry, ACCOUNT_PARTS, found)

    def converge_parts(self, report: UserReport, entry: Mapping[str, Any], parts: Tuple[ConvergePart, ...],
                       found: Optional[Mapping[str, Any]]) -> UserReport:
        """The entry's listed parts for the user or account its own task converged (`found`), or all of them
        skipped when that task failed (None)."""
        listed = listed_parts(entry, parts)
        if found is None:
            report.skipped = [part.key for part in listed]
            return report
        for part in listed:
            self.converge_part(report, part, entry, found)
        return report

    def converge_part(self, report: UserReport, part: ConvergePart, entry: Mapping[str, Any],
                      found: Mapping[str, Any]) -> None:
        """Run the part's task(s), prepared before any request, for the user as listed, created, or as check mode
        would create it."""
        for label, options in self.prepared[id(entry)][part.key]:
            outcome = report.add(part.key, part.run(self.client, self.check_mode, found, options), part, label)
            value = part.returned_value(outcome.result)
            if value is not None:
                report.tokens[label] = value

    # -- remove_unlisted ---------------------------------------------------------------------------------
    def retire_unlisted(self, pattern: Any) -> Tuple[List[UserReport], Optional[Dict[str, Any]]]:
        """(reports, None), or ([], why) when the users to retire could not be selected (GET /user, the
        pattern's listings): then nobody is retired, and the run still reports what it did before."""
        try:
            return self.retire(pattern), None
        except GitLabError as exc:
            return [], dict(error_details(exc), msg=str(exc))
        except ModuleFailed as exc:
            return [], dict(exc.extra, msg=exc.msg)
        except PatternError as exc:
            return [], dict(msg=str(exc))

    def retire(self, pattern: Any) -> List[UserReport]:
        """The users the pattern selects that no entry lists, blocked or deleted; never the token's own user nor an
        internal user, and bots and administrators only when the pattern names them (retirable)."""
        listed = set(entry["username"].lower() for entry in self.entries + self.accounts)
        own = self.client.get("/user", expect="object").get("id")
        selected = find_users(self.client, pattern, max_concurrency=self.workers, filters=RETIRABLE_FILTERS)
        unlisted = [found for found in selected
                    if str(found.get("username", "")).lower() not in listed and found.get("id") != own]
        unlisted = self.retirable(pattern, unlisted)
        if self.params["unlisted_action"] == "delete":
            wanted = dict(state="absent")
        else:
            wanted = dict(account_state="blocked")
        return run_bounded(unlisted, lambda found: self.retire_one(found, wanted), self.workers)

    def retirable(self, pattern: Pattern, users: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        """`users` without the administrators and bots that the pattern selects but does not name (all or a glob
        is no reason to retire another administrator or a project's bot); a warning names those left alone."""
        retirable, spared = [], []
        for found in users:
            kinds = [kind for group, field, kind in GUARDED_KINDS
                     if found.get(field, True) and not pattern.names(found, group)]
            if kinds:
                spared.append("%s (%s)" % (found.get("username"), ", ".join(kinds)))
            else:
                retirable.append(found)
        if spared:
            shown = spared[:MAX_PROBLEMS_SHOWN]
            more = " and %d more" % (len(spared) - len(shown)) if len(spared) > len(shown) else ""
            self.module.warn("unlisted_pattern selects %d users that are not retired: %s%s; name them in "
                             "unlisted_pattern (admins, bots or the username) to retire them"
                             % (len(spared), ", ".join(shown), more))
        return retirable

    def retire_one(self, found: Dict[str, Any], wanted: Mapping[str, Any]) -> UserReport:
        report = UserReport(found["username"], retired=True)
        options, problems, _secrets, _warnings = USER.validator.validate(dict(wanted, username=found["username"]))
        if problems:
            report.add("user", TaskOutcome(TaskScope(self.client, options, self.check_mode), msg="; ".join(problems)))
            return report
        report.add("user", USER.run(self.client, self.check_mode, found, options))
        return report

    # -- the result -------------------------------------------------------------------------------------
    def compact_arguments(self) -> Dict[str, Any]:
        """The task's arguments for the result's `invocation`, with each entry's options that hold their
        default left out: Ansible would show every option of every entry (about 1 KiB a user)."""
        arguments = dict(self.params)
        for option, spec, entries in (("users", entry_spec(), self.entries),
                                      ("service_accounts", service_account_entry_spec(), self.accounts)):
            defaults = dict((name, value.get("default")) for name, value in spec.items())
            if self.params.get(option) is not None:
                arguments[option] = [dict((key, value) for key, value in entry.items()
                                          if value != defaults.get(key)) for entry in entries]
        return arguments

    def result(self, reports: List[UserReport], retire_failure: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        diff_mode = self.module.diff_mode
        users = [report.result(diff_mode) for report in reports]
        for report in reports:
            for _name, outcome in report.outcomes:
                for warning in outcome.warnings:
                    self.module.warn("%s: %s" % (report.username, warning))
        statuses = [entry["status"] for entry in users]
        summary = dict(users=len(self.entries) + len(self.accounts), changed=sum(1 for entry in users if entry["changed"]),
                       **dict((status, statuses.count(status)) for status in
                              ("created", "updated", "deleted", "retired", "unchanged", "failed")))
        result: Dict[str, Any] = dict(
            invocation=dict(module_args=self.compact_arguments()),
            changed=any(entry["changed"] for entry in users),
            actions=[action for entry in users for action in entry["actions"]],
            summary=summary,
            users=users,
            tokens=dict((report.username, report.tokens) for report in reports if report.tokens),
        )
        if diff_mode:
            changed = [entry for entry in users if entry["changed"]]
            result["diff"] = dict(before=dict((entry["username"], entry["diff"]["before"]) for entry in changed),
                                  after=dict((entry["username"], entry["diff"]["after"]) for entry in changed))
        problems = []
        failed = [entry for entry in users if entry["status"] == "failed"]
        if failed:
            names = ", ".join(entry["username"] for entry in failed[:MAX_PROBLEMS_SHOWN])
            more = " and %d more" % (len(failed) - MAX_PROBLEMS_SHOWN) if len(failed) > MAX_PROBLEMS_SHOWN else ""
            problems.append("%d of %d users failed: %s%s (see users[].msg)" % (len(failed), len(users), names, more))
        if retire_failure is not None:
            result["retire_failure"] = retire_failure
            problems.append("remove_unlisted: nobody was retired: %s" % retire_failure["msg"])
        if problems:
            raise ModuleFailed("; ".join(problems), **result)
        return result


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_users_converge module."""
    return ConvergeRun(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True, **MODULE_OPTIONS).run(run)
