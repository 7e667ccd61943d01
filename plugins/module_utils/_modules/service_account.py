# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_service_account module: an instance service account, or with ``group`` a group
service account (GitLab EE, Premium and Ultimate), identified by its username.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. The account: an instance account is a user, ``GET /users?username=`` (one request); a group account is
   found in ``GET /groups/:id/service_accounts`` (ee/lib/api/group_service_accounts.rb, 17.1+), which lists
   only the accounts that group provisioned. A no-op stops here.
3. Before a write that needs a feature of a version, ``GET /version`` (once): a CE instance, or one too old
   for the write, fails before any write, naming the version needed (the version table below).
4. present: ``POST /service_accounts`` or ``POST /groups/:id/service_accounts`` with the username (GitLab
   generates one when it is not sent), or ``PATCH`` of the same paths with what differs; absent: ``DELETE
   /users/:id`` (an instance account is deleted as any user, lib/api/users.rb) or ``DELETE
   /groups/:id/service_accounts/:user_id``, then wait until GitLab's background job has deleted it.

A write whose answer is lost is settled by reading the account again, never guessed.

The module's part of a gitlab_users_converge run (`CONVERGE_PART`, a `ServiceAccountPart`): an item of its
``service_accounts`` is an instance account, converged by this task with the account as the run has listed it, and
``requirements()`` tells the run, before its first write, what the item's write needs of GitLab.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabConflict, GitLabError, GitLabNotFound, GitLabTransportError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.polling import PollTimeout, poll
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.bulk import TaskOutcome, TaskScope, run_task
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.converge_part import without_user
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, ModuleFailed, TaskContext, absent, error_details, present, refuse)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.gitlab_version import Capabilities, Version
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_group import group_problem, scope_ref
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import user_option_problem

# When GitLab EE gained what this module sends (the API docs' history notes, checked against
# ee/lib/api/service_accounts.rb and ee/lib/api/group_service_accounts.rb of those versions):
# POST /service_accounts and POST /groups/:id/service_accounts exist from 16.1, but take `username` and `name`
# only from 16.10 (before, GitLab generates both and drops what is sent, so a second run would not find the
# account); `email` from 17.9 (instance) and 17.11 (group: 17.9 and 17.10 declare it but drop it unless the
# group_service_account_custom_email feature flag is on); GET /groups/:id/service_accounts from 17.1;
# PATCH /groups/:id/service_accounts/:user_id from 17.10, with `email` from 18.2; PATCH
# /service_accounts/:user_id from 18.2.
CREATE = (16, 10)
INSTANCE_EMAIL = (17, 9)
GROUP_EMAIL = (17, 11)
GROUP_LIST = (17, 1)
GROUP_UPDATE = (17, 10)
GROUP_UPDATE_EMAIL = (18, 2)
INSTANCE_UPDATE = (18, 2)

# app/models/user.rb: `validates :name, length: { maximum: 255 }`; Devise's email format, loosely.
MAX_NAME_LENGTH = 255
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")
# Users::ServiceAccounts::CreateService: the name of an account created without one.
DEFAULT_NAME = "Service account user"
# run()'s default: the task looks the account up itself.
UNREAD = object()


def argument_spec() -> Dict[str, Any]:
    """The module's own options (the connection options come from GitLabModule)."""
    return dict(
        username=dict(type="str", required=True),
        name=dict(type="str"),
        email=dict(type="str"),
        group=dict(type="raw"),
        state=dict(type="str", default="present", choices=["present", "absent"]),
        hard_delete=dict(type="bool", default=False),
        wait=dict(type="bool", default=True),
        wait_timeout=dict(type="int", default=60),
    )


# -- validation --------------------------------------------------------------------------------------

def validate(params: Mapping[str, Any]) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    problem = user_option_problem(params.get("username"), option="username")
    if problem:
        problems.append(problem)
    name = params.get("name")
    if name is not None:
        if not name.strip():
            problems.append("name must not be empty (omit it to leave the name alone)")
        elif len(name) > MAX_NAME_LENGTH:
            problems.append("name must be at most %d characters long, got %d" % (MAX_NAME_LENGTH, len(name)))
    email = params.get("email")
    if email is not None and not EMAIL_RE.match(email.strip()):
        problems.append("email: %r is not an email address" % email)
    problem = group_problem(params.get("group"))
    if problem:
        problems.append(problem)
    if params.get("wait_timeout") is not None and params["wait_timeout"] < 1:
        problems.append("wait_timeout must be 1 or more seconds, got %d" % params["wait_timeout"])
    if params["state"] == "absent":
        given = [option for option in ("name", "email") if params.get(option) is not None]
        if given:
            problems.append("%s cannot be used with state=absent" % " and ".join(given))
    return problems


# -- the run -----------------------------------------------------------------------------------------

class ServiceAccountTask(ContextTask):
    """One gitlab_service_account task."""

    def __init__(self, module: TaskContext, capabilities: Optional[Capabilities] = None) -> None:
        """`capabilities`: the run's, when a bulk run has read GET /version already (or may need to)."""
        super().__init__(module)
        self.username: str = self.params["username"]
        self.group = scope_ref(self.params["group"]) if self.params.get("group") is not None else None
        self.capabilities = capabilities or Capabilities(lambda: self.client.get("/version", expect="object"))

    @property
    def kind(self) -> str:
        return "the group service account" if self.group is not None else "the instance service account"

    def run(self, listed: Any = UNREAD) -> Dict[str, Any]:
        """`listed`: the instance account as the caller has listed it (None: there is none), so that it is not
        looked up again (gitlab_users_converge); by default it is read."""
        refuse(validate(self.params))
        if self.params["hard_delete"] and self.params["state"] == "present":
            self.module.warn("hard_delete is only used with state=absent")
        account = self.find() if listed is UNREAD else self.service_account_only(listed)
        if self.params["state"] == "absent":
            return self.absent(account)
        if account is None:
            return self.create()
        return self.update(account)

    # -- reading ------------------------------------------------------------------------------------
    def find(self) -> Optional[Dict[str, Any]]:
        """The account named by username, or None."""
        if self.group is None:
            return self.service_account_only(self.client.resolve_user(self.username))
        path = api_path("/groups/{}/service_accounts", self.group)
        try:
            accounts = list(self.client.paginate(path))
        except GitLabNotFound as exc:
            if "Group Not Found" in str(exc.message):
                raise ModuleFailed("group: there is no group %s, or the token's user cannot see it" % (
                    self.group if isinstance(self.group, int) else repr(self.group)), **error_details(exc))
            # The route itself is missing ({"error": "404 Not Found"}): CE, or EE before 17.1.
            self.capabilities.require("listing the service accounts of a group (GET /groups/:id/service_accounts)",
                                      GROUP_LIST)
            raise
        wanted = self.username.lower()
        return next((account for account in accounts if str(account.get("username", "")).lower() == wanted), None)

    @staticmethod
    def service_account_only(user: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
        """The user an instance account's username names, refused when it is a human user (`bot: false`)."""
        if user is not None and user.get("bot") is False:
            raise ModuleFailed("username: %s is a user, not a service account; gitlab_service_account manages "
                               "only service accounts (gitlab_ops.users.gitlab_user manages users)"
                               % user.get("username"))
        return user

    def requirements(self, account: Optional[Mapping[str, Any]]) -> List[Tuple[str, Version]]:
        """What the write this task would make of `account` (None: missing) needs of GitLab, as (what, version):
        for a bulk run, which checks them all before its first write."""
        if self.params["state"] == "absent":
            return []
        if account is None:
            return self.create_requirements()
        changes = self.differences(account)
        return self.update_requirements(changes) if changes else []

    # -- views --------------------------------------------------------------------------------------
    def identity(self) -> Dict[str, Any]:
        identity: Dict[str, Any] = dict(username=self.username)
        if self.group is not None:
            identity["group"] = self.group
        return identity

    def view(self, account: Optional[Mapping[str, Any]], changes: Optional[Mapping[str, Any]] = None
             ) -> Dict[str, Any]:
        """One side of the diff: the username (and group), the managed attributes, the state."""
        if account is None:
            return absent(**self.identity())
        view = self.identity()
        for option in ("name", "email"):
            if self.params.get(option) is not None:
                view[option] = (changes or {}).get(option, account.get(option))
        return present(**view)

    # -- state=absent -------------------------------------------------------------------------------
    def absent(self, account: Optional[Dict[str, Any]]) -> Dict[str, Any]:
        before = self.view(account)
        if account is None:
            return self.module.result(before, before, service_account={})
        params = dict(hard_delete=True) if self.params["hard_delete"] else None
        try:
            if self.group is None:
                self.module.write("DELETE", "/users/{}", account["id"], params=params)
            else:
                self.module.write("DELETE", "/groups/{}/service_accounts/{}", self.group, account["id"],
                                  params=params)
        except GitLabConflict as exc:
            raise ModuleFailed("%s (set hard_delete=true to delete the service account together with the groups it "
                               "solely owns)" % exc, **error_details(exc))
        if self.params["wait"] and not self.check_mode:
            self.wait_until_gone(account["id"])
        return self.module.result(before, absent(**self.identity()), service_account={})

    def wait_until_gone(self, user_id: int) -> None:
        """GitLab deletes users in a background job (DeleteUserWorker): poll GET /users/:id until it answers 404."""
        try:
            poll(lambda: self.client.resolve_user(user_id) is None, self.params["wait_timeout"])
        except PollTimeout:
            hint = ""
            if self.group is not None:
                # ee/lib/api/group_service_accounts.rb: `destroy_conditionally!` answers 204 even when the delete
                # service refuses a group owner (GroupPolicy :delete_service_account).
                hint = (" GitLab also answers 204 when it refuses a group owner the deletion: an administrator "
                        "must delete it, or allow top-level group owners to manage service accounts "
                        "(allow_top_level_group_owners_to_create_service_accounts).")
            raise ModuleFailed("GitLab accepted the deletion of %s %s but it still exists after %d seconds (GitLab "
                               "deletes accounts in a background job); raise wait_timeout or set wait=false.%s"
                               % (self.kind, self.username, self.params["wait_timeout"], hint))

    # -- state=present, missing ---------------------------------------------------------------------
    def create_requirements(self) -> List[Tuple[str, Version]]:
        """What a create needs, as (what, version). A group account that GET /groups/:id/service_accounts found
        missing is on 17.1 or later, past CREATE: only its email needs a version."""
        needs = []
        if self.group is None:
            needs.append(("creating an instance service account with a username (POST /service_accounts)", CREATE))
            if self.params.get("email") is not None:
                needs.append(("email of an instance service account", INSTANCE_EMAIL))
        elif self.params.get("email") is not None:
            needs.append(("email of a group service account", GROUP_EMAIL))
        return needs

    def create(self) -> Dict[str, Any]:
        for what, since in self.create_requirements():
            self.capabilities.require(what, since)
        body: Dict[str, Any] = dict(username=self.username)
        for option in ("name", "email"):
            if self.params.get(option) is not None:
                body[option] = self.params[option].strip() if option == "email" else self.params[option]
        template, args = (("/service_accounts", ()) if self.group is None
                          else ("/groups/{}/service_accounts", (self.group,)))
        predicted = dict(id=None, username=self.username, name=body.get("name", DEFAULT_NAME),
                         email=body.get("email"), bot=True)
        account = self.send("POST", template, args, body, predicted, lambda found: found is not None)
        return self.module.result(self.view(None), self.view(account), service_account=account)

    # -- state=present, existing --------------------------------------------------------------------
    def differences(self, account: Mapping[str, Any]) -> Dict[str, Any]:
        """{param: wanted value} of the managed attributes the account does not have."""
        changes: Dict[str, Any] = {}
        name = self.params.get("name")
        if name is not None and name != account.get("name"):
            changes["name"] = name
        email = self.params.get("email")
        if email is not None:
            wanted = email.strip().lower()
            if "email" not in account:
                raise ModuleFailed("email: GitLab did not return the email of %s %s; managing it needs an "
                                   "administrator's token" % (self.kind, self.username))
            if str(account.get("email") or "").lower() != wanted:
                if str(account.get("unconfirmed_email") or "").lower() == wanted:
                    # app/models/user.rb (Devise reconfirmable): with email confirmation on, a new email waits in
                    # unconfirmed_email until it is confirmed; sending it again would change nothing.
                    self.module.warn("the email %s of %s %s waits for confirmation (unconfirmed_email); it is not "
                                     "sent again" % (email, self.kind, self.username))
                else:
                    changes["email"] = email.strip()
        return changes

    def update_requirements(self, changes: Mapping[str, Any]) -> List[Tuple[str, Version]]:
        if self.group is None:
            return [("changing an instance service account (PATCH /service_accounts/:id)", INSTANCE_UPDATE)]
        needs = [("changing a group service account (PATCH /groups/:id/service_accounts/:user_id)", GROUP_UPDATE)]
        if "email" in changes:
            needs.append(("changing the email of a group service account", GROUP_UPDATE_EMAIL))
        return needs

    def update(self, account: Dict[str, Any]) -> Dict[str, Any]:
        changes = self.differences(account)
        before = self.view(account)
        if not changes:
            return self.module.result(before, before, service_account=account)
        for what, since in self.update_requirements(changes):
            self.capabilities.require(what, since)
        template, args = (("/service_accounts/{}", (account["id"],)) if self.group is None
                          else ("/groups/{}/service_accounts/{}", (self.group, account["id"])))
        predicted = dict(account, **changes)
        if "email" in changes:
            predicted["email"] = changes["email"].lower()
        updated = self.send("PATCH", template, args, changes, predicted,
                            lambda found: found is not None and not self.differences(found))
        if not self.check_mode and "email" in changes and \
                str(updated.get("email") or "").lower() != changes["email"].lower():
            self.module.warn("GitLab keeps the email %s of %s %s in unconfirmed_email until it is confirmed"
                             % (changes["email"], self.kind, self.username))
        return self.module.result(before, self.view(account, changes), service_account=updated)

    # -- writing ------------------------------------------------------------------------------------
    def send(self, method: str, template: str, args: Tuple[Any, ...], body: Mapping[str, Any],
             predicted: Dict[str, Any], reached) -> Dict[str, Any]:
        """One write. A lost answer is settled by reading the account again: when the write took effect, the
        account read is the answer; otherwise the write is sent once more."""
        action = self.module.action(method, template, *args)
        for attempt in (1, 2):
            try:
                answer = self.module.write(method, template, *args, data=body, predict=predicted)
            except GitLabTransportError:
                try:
                    found = self.find()
                except GitLabError as exc:
                    raise ModuleFailed("the answer to %s was lost, and %s %s could not be read afterwards (%s): it "
                                       "may have been written; run the task again" % (
                                           action, self.kind, self.username, exc))
                applied = reached(found)
                self.module.settle(action, applied=applied)
                if applied:
                    return dict(found)
                if attempt == 2:
                    raise
                continue
            if not isinstance(answer, dict) or ("id" not in answer and not self.check_mode):
                raise ModuleFailed("unexpected answer from GitLab to %s: expected the service account, got %s"
                                   % (action, type(answer).__name__))
            return answer
        raise AssertionError("not reached")


class ServiceAccountPart:
    """gitlab_service_account's part of a gitlab_users_converge run: an item of `service_accounts` (an instance
    service account) takes the module's options but `group`, and its own keys for the parts of an account
    (its `tokens`). It runs first, with the account as the run has listed it (None: there is none); the account
    it lists, creates or, in check mode, predicts (no id yet) is the one the account's parts converge."""

    module_name = "gitlab_service_account"

    @staticmethod
    def entry_spec() -> Dict[str, Any]:
        return without_user(argument_spec(), "group")

    @staticmethod
    def problems(options: Mapping[str, Any]) -> List[str]:
        return validate(dict(options, group=None))

    @staticmethod
    def requirements(client: Any, current: Optional[Dict[str, Any]], options: Mapping[str, Any],
                     capabilities: Capabilities) -> List[Tuple[str, Version]]:
        """What the entry's write needs of GitLab (nothing for a no-op), found without a request."""
        task = ServiceAccountTask(TaskScope(client, dict(options, group=None), True), capabilities)
        try:
            return task.requirements(task.service_account_only(current))
        except ModuleFailed:
            return []  # the task itself fails, with its message, when it runs

    @staticmethod
    def run(client: Any, check_mode: bool, current: Optional[Dict[str, Any]], options: Mapping[str, Any],
            capabilities: Capabilities) -> TaskOutcome:
        """The task for the account as listed (no lookup), in a scope of its own on the run's client."""
        scope = TaskScope(client, dict(options, group=None), check_mode)
        return run_task(scope, lambda: ServiceAccountTask(scope, capabilities).run(current))

    @staticmethod
    def converged_account(result: Mapping[str, Any]) -> Dict[str, Any]:
        """The account the task left (as GitLab answered or check mode predicts it), for the account's parts."""
        return result.get("service_account") or {}


CONVERGE_PART = ServiceAccountPart()


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_service_account module."""
    return ServiceAccountTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True).run(run)
