# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user_email module: the secondary emails of one user.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. List the emails: ``GET /user/emails`` (no ``user``), ``GET /users/:id/emails`` (``user`` is an id), or
   ``GET /users?username=`` and then ``GET /users/:id/emails`` (``user`` is a username).
3. Plan with ``reconcile``: addresses to add, unconfirmed ones to re-create as confirmed, rows to delete.
4. Only when the plan writes something or an address is wanted absent: the primary email, which is never
   deleted and never added (the username lookup has it; otherwise one ``GET /user`` or ``GET /users/:id``).
   GitLab versions differ on whether the primary email is listed among the emails, so the module does not
   rely on the list for it. The same ``GET /user`` tells whether the token's user may use skip_confirmation.
5. Write: for each wanted address in order, ``POST`` it (re-created ones: ``DELETE`` first); then the
   ``DELETE``s of the addresses not wanted.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabForbidden, GitLabNotFound, GitLabTransportError, GitLabValidationError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.compare import is_email, normalize
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.converge_part import CONVERGE, ConvergePart, Tasks
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, ModuleFailed, TaskContext, error_details, refuse)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.reconcile import Plan, reconcile
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import (
    describe_user, is_new_user, user_option_problem)

STATES = ("present", "absent")


def argument_spec() -> Dict[str, Any]:
    return dict(
        user=dict(type="raw"),
        email=dict(type="str"),
        state=dict(type="str", default="present", choices=list(STATES)),
        emails=dict(type="list", elements="dict", options=dict(
            email=dict(type="str", required=True),
            state=dict(type="str", choices=list(STATES)),
        )),
        exclusive=dict(type="bool", default=False),
        skip_confirmation=dict(type="bool", default=False),
    )


MODULE_OPTIONS = dict(
    mutually_exclusive=[("email", "emails")],
    required_one_of=[("email", "emails")],
)


class Wanted:
    """One address of the task: the option that gave it, the address as GitLab stores it, its state."""

    def __init__(self, option: str, given: str, state: str) -> None:
        self.option = option
        self.given = given
        self.address = normalize("email", given)  # GitLab strips and lower-cases emails (app/models/email.rb)
        self.state = state


def wanted_emails(params: Dict[str, Any]) -> List[Wanted]:
    """The addresses of the task, from `email` or `emails`; an entry's state defaults to `state`."""
    if params.get("emails") is None:
        return [] if params.get("email") is None else [Wanted("email", params["email"], params["state"])]
    return [Wanted("emails[%d].email" % index, entry["email"], entry.get("state") or params["state"])
            for index, entry in enumerate(params["emails"])]


def validate(params: Dict[str, Any]) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    problem = user_option_problem(params.get("user"))
    if problem:
        problems.append(problem)
    seen: Dict[str, str] = {}
    for want in wanted_emails(params):
        if not is_email(want.given.strip()):
            problems.append("%s must be an email address, got %r" % (want.option, want.given))
        elif want.address in seen:
            problems.append("%s: %s is listed more than once (also %s); addresses are compared case-insensitively"
                            % (want.option, want.address, seen[want.address]))
        else:
            seen[want.address] = want.option
    return problems


def is_confirmed(row: Dict[str, Any]) -> bool:
    """GitLab returns confirmed_at since 13.x; a row without the key cannot be told apart, so it counts as
    confirmed (and is never re-created)."""
    if "confirmed" in row:  # a row predicted by check mode
        return bool(row["confirmed"])
    return row.get("confirmed_at") is not None if "confirmed_at" in row else True


def address_of(row: Dict[str, Any]) -> str:
    return normalize("email", row.get("email"))


def emails_view(rows: List[Dict[str, Any]]) -> Dict[str, Any]:
    """One side of the diff: every listed address with whether it is confirmed."""
    return dict(emails=sorted((dict(email=address_of(row), confirmed=is_confirmed(row)) for row in rows),
                              key=lambda item: item["email"]))


def new_user_emails(user: Mapping[str, Any], confirmed: bool) -> List[Dict[str, Any]]:
    """The emails GitLab lists for a user it has just created: a confirmed user's primary email has a row among
    its emails (User#add_primary_email_to_emails!, app/models/user.rb), an unconfirmed user's has none."""
    if not confirmed or not user.get("email"):
        return []
    return [dict(id=None, email=user["email"], confirmed=True)]


def result_row(row: Dict[str, Any]) -> Dict[str, Any]:
    return dict(id=row.get("id"), email=row.get("email"), confirmed_at=row.get("confirmed_at"),
                confirmed=is_confirmed(row))


class EmailTask(ContextTask):
    """One gitlab_user_email task. `user`: the user entity (with its primary email) when the caller has it
    (gitlab_users_converge, with `user` given as its id): then no GET reads it, and for a user that check mode
    would create (no id) the emails are those of a new user, read from nobody."""

    def __init__(self, module: TaskContext, user: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(module)
        self.ref = self.params.get("user")
        self.own = self.ref is None
        self.skip_confirmation = bool(self.params["skip_confirmation"])
        self.wanted = wanted_emails(self.params)
        self.user: Optional[Dict[str, Any]] = dict(user) if user is not None else None  # once read (has "email")
        self.new_user = is_new_user(user)
        if user is not None:
            self.user_id: Optional[int] = user.get("id")  # None for a new user: ":id" in check mode's actions
        else:
            self.user_id = self.ref if isinstance(self.ref, int) else None
        self.rows: List[Dict[str, Any]] = []

    # -- entry point --------------------------------------------------------------------------------
    def run(self) -> Dict[str, Any]:
        refuse(validate(self.params))
        self.rows = self.list_emails()
        before = emails_view(self.rows)
        plan = self.plan()
        self.apply(plan)
        return self.module.result(before, emails_view(self.rows), emails=[result_row(row) for row in self.rows])

    # -- reading ------------------------------------------------------------------------------------
    def emails_path(self) -> str:
        return "/user/emails" if self.own else api_path("/users/{}/emails", self.user_id)

    def list_emails(self) -> List[Dict[str, Any]]:
        if self.new_user:
            # gitlab_users_converge creates the user confirmed when the entry's skip_confirmation is true, and
            # gives the entry's skip_confirmation to this task too.
            return new_user_emails(self.user, confirmed=self.skip_confirmation)
        if isinstance(self.ref, str):
            self.user = self.module.resolve_user(self.ref)
            self.user_id = self.user["id"]
        try:
            return list(self.client.paginate(self.emails_path()))
        except GitLabForbidden as exc:
            if self.own:
                raise
            raise ModuleFailed("user: only administrators can manage the emails of a named user (%s); omit user "
                               "to manage the emails of the token's own user" % exc, **error_details(exc))
        except GitLabNotFound as exc:
            if self.own:
                raise
            raise ModuleFailed("user: there is no GitLab user with the id %s" % self.user_id, **error_details(exc))

    def find(self, address: str) -> Optional[Dict[str, Any]]:
        """The user's row of `address` as GitLab lists it now (after a lost or refused write)."""
        for row in self.client.paginate(self.emails_path()):
            if address_of(row) == address:
                return row
        return None

    def owner(self) -> Dict[str, Any]:
        """The user whose emails these are, read once: GET /user or GET /users/:id (unless the username
        lookup already returned it)."""
        if self.user is None:
            path = "/user" if self.own else api_path("/users/{}", self.user_id)
            self.user = self.client.get(path, expect="object")
        return self.user

    def primary_email(self) -> str:
        email = self.owner().get("email")
        if not email:
            raise ModuleFailed("GitLab did not return the primary email of %s, which the module needs so that it "
                               "never removes it; use an administrator's token" % describe_user(self.ref))
        return normalize("email", email)

    # -- planning -----------------------------------------------------------------------------------
    def plan(self) -> Plan:
        present = [want for want in self.wanted if want.state == "present"]
        absent = [want for want in self.wanted if want.state == "absent"]

        def draft(protected=None) -> Plan:
            # An unconfirmed row counts as "not the same" only when it should be confirmed: it is re-created.
            return reconcile(self.rows, present, key=lambda item: address_of(item) if isinstance(item, dict)
                             else item.address,
                             same=lambda want, row: is_confirmed(row) or not self.skip_confirmation,
                             purge=self.params["exclusive"], absent=absent, protected=protected)

        plan = draft()
        if plan.create or plan.delete or absent:
            primary = self.primary_email()
            for want in absent:
                if want.address == primary:
                    raise ModuleFailed("%s: %s is the primary email of %s and cannot be removed; make another "
                                       "address the primary email first (gitlab_ops.users.gitlab_user, option email)"
                                       % (want.option, want.address, describe_user(self.ref)))
            plan = draft(protected=lambda row: address_of(row) == primary)
            plan.create = [want for want in plan.create if want.address != primary]  # the primary is always there
        if (plan.create or plan.update) and self.skip_confirmation:
            self.check_may_confirm()
        return plan

    def check_may_confirm(self) -> None:
        """Only administrators can add confirmed emails: GitLab's POST /user/emails has no skip_confirmation,
        and POST /users/:id/emails is for administrators. Refused before any write. For a named user the
        listing already needed an administrator."""
        if self.own and not self.owner().get("is_admin"):
            raise ModuleFailed("skip_confirmation: only administrators can add confirmed emails; GitLab would add "
                               "the address unconfirmed and send a confirmation mail. Use an administrator's token "
                               "or set skip_confirmation=false")

    # -- writing ------------------------------------------------------------------------------------
    def apply(self, plan: Plan) -> None:
        recreate = dict((want.address, row) for want, row in plan.update)
        create = set(want.address for want in plan.create)
        for want in self.wanted:
            if want.address in recreate:
                self.delete(recreate[want.address])
                self.rows.append(self.add(want))
            elif want.address in create:
                self.rows.append(self.add(want))
        for row in plan.delete:
            self.delete(row)

    def post_target(self) -> Tuple[str, Tuple[Any, ...]]:
        if self.own and not self.skip_confirmation:
            return "/user/emails", ()
        user_id = self.owner()["id"] if self.own else self.user_id
        return "/users/{}/emails", (user_id,)

    def add(self, want: Wanted) -> Dict[str, Any]:
        """POST the address. A lost answer is settled by listing the emails again (and sent once more if
        it did not arrive); "has already been taken" is another account's address unless it shows up
        among the user's emails now (a concurrent run added it)."""
        template, args = self.post_target()
        action = self.module.action("POST", template, *args)
        data: Dict[str, Any] = dict(email=want.address)
        if self.skip_confirmation:
            data["skip_confirmation"] = True
        predicted = dict(id=None, email=want.address, confirmed_at=None, confirmed=self.skip_confirmation)
        for attempt in (1, 2):
            try:
                row = self.module.write("POST", template, *args, data=data, predict=predicted)
            except GitLabValidationError as exc:
                if "taken" not in str(exc.message):
                    raise ModuleFailed("%s: GitLab refused %s: %s" % (want.option, want.address, exc.message),
                                       **error_details(exc))
                row = self.find(want.address)
                if row is None:
                    raise ModuleFailed("%s: cannot add %s: email already in use by another account (GitLab: %s)"
                                       % (want.option, want.address, exc.message), **error_details(exc))
                self.module.warn("%s was added to %s by someone else while this task ran"
                                 % (want.address, describe_user(self.ref)))
                return row
            except GitLabTransportError as exc:
                if not exc.maybe_committed:
                    raise
                row = self.find(want.address)
                self.module.settle(action, applied=row is not None)
                if row is not None:
                    return row
                if attempt == 2:
                    raise
                continue
            if not isinstance(row, dict) or "email" not in row:
                raise ModuleFailed("unexpected answer from GitLab to %s: expected the email, got %s"
                                   % (action, type(row).__name__))
            return row
        raise AssertionError("not reached")

    def delete(self, row: Dict[str, Any]) -> None:
        if self.own:
            self.module.write("DELETE", "/user/emails/{}", row["id"])
        else:
            self.module.write("DELETE", "/users/{}/emails/{}", self.user_id, row["id"])
        self.rows = [other for other in self.rows if other is not row]


class EmailsPart(ConvergePart):
    """The `emails` of a gitlab_users_converge entry: the module's `emails` option, with the run's
    exclusive_emails and the entry's skip_confirmation."""

    key = "emails"
    module_name = "gitlab_user_email"
    module_option = "emails"
    description = (
        "The secondary emails of the user, as O(gitlab_ops.users.gitlab_user_email#module:emails) of "
        "M(gitlab_ops.users.gitlab_user_email) gives them.",
        "They are added confirmed unless the item's O(%susers[].skip_confirmation) is V(false)." % CONVERGE,
        "With O(%sexclusive_emails), the user's other secondary emails are removed (never the primary "
        "email)." % CONVERGE,
        "Omitted, the user's secondary emails are left alone.",
    )

    def entry_spec(self) -> Dict[str, Any]:
        return dict(self.argument_spec()["emails"], no_log=False)

    def task_options(self, value: Any, entry: Mapping[str, Any], run_params: Mapping[str, Any]) -> Tasks:
        # The entry's skip_confirmation both creates the user confirmed (gitlab_user) and adds its emails so.
        return [(self.key, dict(emails=value, exclusive=run_params["exclusive_emails"],
                                skip_confirmation=entry["skip_confirmation"]))]

    def problems(self, options: Dict[str, Any]) -> List[str]:
        return validate(options)

    def converge(self, context: TaskContext, user: Mapping[str, Any]) -> Dict[str, Any]:
        return EmailTask(context, user=user).run()

    def new_user_state(self, user: Mapping[str, Any], options: Mapping[str, Any]) -> List[Dict[str, Any]]:
        return new_user_emails(user, confirmed=options["skip_confirmation"])

    def view(self, side: Any) -> Any:
        return side.get("emails", []) if side else []


CONVERGE_PART = EmailsPart(argument_spec, MODULE_OPTIONS)


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user_email module."""
    return EmailTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True, **MODULE_OPTIONS).run(run)
