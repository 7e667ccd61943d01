# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_users_converge module: many users, each with its keys, emails, status and
tokens, converged in one module run.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A user entry takes the options of gitlab_user plus one key per resource kind (`PARTS`). Nothing here
compares or writes a user or a key itself: each entry is converged by the single modules' own tasks
(`UserTask` of gitlab_user, and each part's task), each in a TaskScope (_kit/bulk.py) that gives it the
options the single module would get and collects its writes.

One run:

1. Every entry is checked (Ansible has applied the argument spec, composed from the single modules'
   specs; then gitlab_user's `validate` and each part's checks). Any problem fails the task before
   any request.
2. Read: the listed users (_user_selection/listing.py: read_named_users: the first page of the listing, then either a
   lookup by username for each listed user not on it or the rest of the listing, whichever is fewer
   requests), with custom attributes when an entry manages them. With remove_unlisted, also the
   users the pattern selects (find_users) and the token's own user (``GET /user``).
3. Converge: one job per entry, at most `max_concurrency` at a time (threads sharing one client, so
   a 429 pauses all of them). A job runs gitlab_user's task with the listed user (no lookup), then
   each part the entry lists, with `user` set to the user's id. A failure stays with its user.
4. Retire (remove_unlisted): each user the pattern selects that no entry lists, through gitlab_user's
   task with account_state=blocked or state=absent. When selecting them fails, nobody is retired and that
   failure joins the users' failures.
5. The result has one report per user; the task fails at the end if any user failed (or the retire step
   did), with the same result: the users, their actions, the created tokens and `changed`.

Nothing after the first write may end the run with an exception: that would drop the reports and the
token values created so far (GitLab shows a token's value only once).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.bulk import (
    DEFAULT_CONCURRENCY,
    MAX_CONCURRENCY,
    PENDING_ID,
    OptionsValidator,
    TaskOutcome,
    TaskScope,
    run_bounded,
    run_task,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule, ModuleFailed, error_details
from ansible_collections.gitlab_ops.users.plugins.module_utils._modules import (
    impersonation_token,
    user,
    user_email,
    user_gpg_key,
    user_key,
    user_status,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.token_expiry import utc_today
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import find_users, read_named_users
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import (
    Pattern,
    PatternError,
    parse_pattern,
)

UNLISTED_ACTIONS = ("block", "delete")
# remove_unlisted never lists GitLab's internal users (ghost, support bot, import user...: all but the
# NON_INTERNAL_USER_TYPES of app/models/concerns/has_user_type.rb), as GET /users?exclude_internal=true
# (UsersFinder#by_non_internal) leaves them out: GitLab refuses to block them, and deleting the ghost never ends.
RETIRABLE_FILTERS = {"exclude_internal": True}
# Users remove_unlisted retires only when unlisted_pattern names them: (group, field of the user entity, what
# the warning calls them). A user whose entity lacks the field counts as one of them.
GUARDED_KINDS = (("admins", "is_admin", "an administrator"), ("bots", "bot", "a bot"))
# How the parts' descriptions (also in the provision role's argument spec) name this module's options.
CONVERGE = "gitlab_ops.users.gitlab_users_converge#module:"
# At most this many problems are spelled out when the entries are refused (the rest are counted).
MAX_PROBLEMS_SHOWN = 20


class Part:
    """One resource kind a user entry may list, converged by its single module's task.

    key           the entry key (ssh_keys)
    module        the single module's name, for messages and documentation
    module_option the single module's option that the entry value is (keys), or None when the entry value
                  holds the single module's options (status) or a list of them (many=True)
    entry_spec    -> the argument spec of the entry key, composed from the single module's spec
    options       (entry value, user id, entry, run params) -> the single module's options for that user
                  (a list of them with many=True: one task per item, e.g. per token)
    task          (scope, user) -> the single module's task, whose run() returns its result; `user` is the
                  user as listed (or created, or predicted), for a task that can use it instead of a read
    problems      (validated options) -> what the single module refuses before any request
    view          a side of the single module's diff -> what the user's diff shows under `key`
    """

    def __init__(self, key: str, module: str, module_option: Optional[str], entry_spec: Callable[[], Dict[str, Any]],
                 options: Callable[..., Any], spec: Dict[str, Any], rules: Mapping[str, Any],
                 task: Callable[[TaskScope, Mapping[str, Any]], Any], problems: Callable[[Dict[str, Any]], List[str]],
                 view: Callable[[Any], Any], description: List[str], many: bool = False) -> None:
        self.key = key
        self.module = module
        self.module_option = module_option
        self.entry_spec = entry_spec
        self.options = options
        self.validator = OptionsValidator(spec, rules)
        self.task = task
        self.problems = problems
        self.view = view
        self.description = description
        self.many = many

    def tasks_options(self, value: Any, user_id: Any, entry: Mapping[str, Any],
                      params: Mapping[str, Any]) -> List[Tuple[str, Dict[str, Any]]]:
        """[(label, the single module's options)]: one task, or with many=True one per item (by name)."""
        if self.many:
            return [(item["name"], dict(item, user=user_id)) for item in value]
        return [(self.key, self.options(value, user_id, entry, params))]


def items_spec(module_spec: Dict[str, Any], option: str) -> Dict[str, Any]:
    """The spec of a list option of a single module (keys, emails), as the spec of an entry key."""
    spec = dict(module_spec[option])
    return dict(spec, no_log=False)


def without_user(module_spec: Dict[str, Any]) -> Dict[str, Any]:
    return dict((name, option) for name, option in module_spec.items() if name != "user")


def public_keys_spec(module_spec: Dict[str, Any]) -> Dict[str, Any]:
    """The `keys` option of a key module as an entry key, with the key text not masked: a public key is no
    secret, and Ansible masks every no_log value in every string of the result, which for thousands of
    users' keys costs seconds."""
    spec = items_spec(module_spec, "keys")
    options = dict(spec["options"])
    options["key"] = dict(options["key"], no_log=False)
    return dict(spec, options=options)


def keys_part(key: str, module: Any, module_name: str, task_class: Any, noun: str) -> Part:
    return Part(
        key, module_name, "keys",
        entry_spec=lambda: public_keys_spec(module.argument_spec()),
        options=lambda value, user_id, entry, params: dict(user=user_id, keys=value, exclusive=params["exclusive_keys"]),
        spec=module.argument_spec(), rules=module.MODULE_OPTIONS,
        task=lambda scope, found: task_class(scope, user=found),
        problems=lambda options: wanted_problems(task_class, options),
        view=lambda side: side.get("keys", []) if side else [],
        description=["The %s of the user, as O(gitlab_ops.users.%s#module:keys) of M(gitlab_ops.users.%s) gives "
                     "them." % (noun, module_name, module_name),
                     "With O(%sexclusive_keys), the user's other %s are removed." % (CONVERGE, noun),
                     "Omitted, the user's %s are left alone." % noun])


def wanted_problems(task_class: Any, options: Dict[str, Any]) -> List[str]:
    """The key modules parse and check every key before any request (KeySet.wanted)."""
    try:
        task_class(TaskScope(None, options, check_mode=True)).wanted()
    except ModuleFailed as exc:
        return [exc.msg]
    return []


def token_view(side: Any) -> Any:
    """A token's diff side without the user id, which the user's report already tells."""
    return dict((key, value) for key, value in (side or {}).items() if key != "user")


# The resource kinds wired in, in the order a user's parts are converged (after the user itself): emails
# first, so that the other parts meet the user's addresses as the entry gives them.
PARTS: Tuple[Part, ...] = (
    Part("emails", "gitlab_user_email", "emails",
         entry_spec=lambda: items_spec(user_email.argument_spec(), "emails"),
         options=lambda value, user_id, entry, params: dict(
             user=user_id, emails=value, exclusive=params["exclusive_emails"],
             skip_confirmation=entry["skip_confirmation"]),
         spec=user_email.argument_spec(), rules=user_email.MODULE_OPTIONS,
         task=lambda scope, found: user_email.EmailTask(scope, user=found), problems=user_email.validate,
         view=lambda side: side.get("emails", []) if side else [],
         description=["The secondary emails of the user, as O(gitlab_ops.users.gitlab_user_email#module:emails) of "
                      "M(gitlab_ops.users.gitlab_user_email) gives them.",
                      "They are added confirmed unless the item's O(%susers[].skip_confirmation) is V(false)."
                      % CONVERGE,
                      "With O(%sexclusive_emails), the user's other secondary emails are removed (never the primary "
                      "email)." % CONVERGE,
                      "Omitted, the user's secondary emails are left alone."]),
    keys_part("ssh_keys", user_key, "gitlab_user_key", user_key.SshKeys, "SSH keys"),
    keys_part("gpg_keys", user_gpg_key, "gitlab_user_gpg_key", user_gpg_key.GpgKeys, "GPG keys"),
    Part("status", "gitlab_user_status", None,
         entry_spec=lambda: dict(type="dict", options=without_user(user_status.argument_spec()),
                                 **getattr(user_status, "MODULE_OPTIONS", {})),
         options=lambda value, user_id, entry, params: dict(value, user=user_id),
         spec=user_status.argument_spec(), rules=getattr(user_status, "MODULE_OPTIONS", {}),
         task=lambda scope, found: user_status.StatusTask(scope, user=found), problems=user_status.validate,
         view=lambda side: side,
         description=["The status of the user: the options of M(gitlab_ops.users.gitlab_user_status) except "
                      "C(user).",
                      "GitLab sets a status only for the current user, so this goes through sudo: the token needs "
                      "the C(sudo) scope.",
                      "Omitted, the user's status is left alone."]),
    Part("impersonation_tokens", "gitlab_impersonation_token", None,
         entry_spec=lambda: dict(type="list", elements="dict", no_log=False,
                                 options=without_user(impersonation_token.argument_spec()),
                                 **impersonation_token.MODULE_OPTIONS),
         options=None,
         spec=impersonation_token.argument_spec(), rules=impersonation_token.MODULE_OPTIONS,
         task=lambda scope, found: impersonation_token.TokenTask(scope, user=found),
         problems=lambda options: impersonation_token.validate(options, utc_today()),
         view=token_view, many=True,
         description=["Tokens of the user, each with the options of M(gitlab_ops.users.gitlab_impersonation_token) "
                      "except C(user), identified by name.",
                      "The value of a token created by this task is returned in RV(%stokens), nowhere else." % CONVERGE,
                      "Tokens the list does not name are left alone."]),
)


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

    def __init__(self, username: str, retired: bool = False) -> None:
        self.username = username
        self.retired = retired
        self.outcomes: List[Tuple[str, TaskOutcome]] = []
        self.parts: List[Tuple[Optional[Part], Optional[str]]] = []
        self.skipped: List[str] = []  # parts not run because the user could not be converged
        self.tokens: Dict[str, Any] = {}  # the tokens this run created, by name, with their values

    def add(self, name: str, outcome: TaskOutcome, part: Optional[Part] = None, label: Optional[str] = None) -> TaskOutcome:
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
        if "POST /users" in self.actions:
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
        # id(entry) -> part key -> [(label, the single module's options, validated)], made by problems().
        self.prepared: Dict[int, Dict[str, List[Tuple[str, Dict[str, Any]]]]] = {}

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
        listed = [part for part in PARTS if entry.get(part.key) is not None]
        if entry.get("state") == "absent" and listed:
            problems.append("%s: only used with state=present" % ", ".join(part.key for part in listed))
        for part in listed:
            prepared = self.prepared.setdefault(id(entry), {})[part.key] = []
            for label, options in part.tasks_options(entry[part.key], PENDING_ID, entry, self.params):
                validated, found, _secrets, _warnings = part.validator.validate(options)
                where = part.key if not part.many else "%s (%s)" % (part.key, label)
                problems.extend("%s: %s" % (where, problem) for problem in found or part.problems(validated))
                prepared.append((label, validated))
            if part.many:
                names = [item["name"] for item in entry[part.key]]
                twice = sorted(set(name for name in names if names.count(name) > 1))
                if twice:
                    problems.append("%s: %s listed more than once" % (part.key, ", ".join(repr(name) for name in twice)))
        return problems

    @staticmethod
    def user_options(entry: Mapping[str, Any]) -> Dict[str, Any]:
        """gitlab_user's options out of an entry (the argument spec has filled its defaults)."""
        return dict((key, value) for key, value in entry.items() if key not in set(part.key for part in PARTS))

    # -- reading -------------------------------------------------------------------------------------
    def read_users(self) -> Dict[str, Dict[str, Any]]:
        """The listed users that exist, by lower-case username (read_named_users: a few lookups or the listing)."""
        query = {}
        if any(entry.get("custom_attributes") is not None for entry in self.entries):
            query["with_custom_attributes"] = True
        named = read_named_users(self.client, [entry["username"] for entry in self.entries], query,
                                 max_concurrency=self.workers)
        users = named.users
        if any("is_admin" not in found for found in named.first_page + users):
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
        found = outcome.result.get("user") or {}
        for part in listed:
            self.converge_part(report, part, entry, found)
        return report

    def converge_part(self, report: UserReport, part: Part, entry: Mapping[str, Any], found: Mapping[str, Any]) -> None:
        """Run the part's task(s) for the user as listed, created, or as check mode would create it (no id: the
        task then reads nothing about the user and starts from the state of a new user)."""
        user_id = found.get("id")
        for label, validated in self.prepared[id(entry)][part.key]:
            # Checked before any request, with the id of a user yet to be created standing in for the user's.
            scope = TaskScope(self.client, dict(validated, user=PENDING_ID if user_id is None else user_id),
                              self.check_mode)
            outcome = report.add(part.key, run_task(scope, lambda: part.task(scope, found).run()), part, label)
            token = outcome.result.get("token")
            if part.many and outcome.result.get("value_returned") and isinstance(token, dict):
                report.tokens[label] = token

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
        listed = set(entry["username"].lower() for entry in self.entries)
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

    def result(self, reports: List[UserReport], retire_failure: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
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
