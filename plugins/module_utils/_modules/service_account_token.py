# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_service_account_token module: the personal access tokens of an instance or group
service account, identified by the account, the group and the token's name.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

The engine is the kit's (``_kit/access_tokens.py``), which gitlab_impersonation_token shares; this file knows the
service account:

- an instance account's tokens are a user's personal access tokens: listed with ``GET
  /personal_access_tokens?user_id=`` (which also lists impersonation tokens, told apart by ``GET
  /users/:id/impersonation_tokens`` when tokens of that name exist), created with ``POST
  /users/:id/personal_access_tokens``, rotated with ``POST /personal_access_tokens/:id/rotate`` and revoked with
  ``DELETE /personal_access_tokens/:id``;
- a group account's tokens go through ``/groups/:id/service_accounts/:user_id/personal_access_tokens``
  (ee/lib/api/group_service_accounts.rb: create 16.1, rotate with ``expires_at`` 17.9, list and revoke 17.11).
  The list comes first; when its route is missing (a 404 without "Group" or "User"), ``GET /version`` names
  the version needed, before any write.

The account is looked up with ``GET /users?username=`` when it is named by its username (not when by its id).

The module's part of a gitlab_users_converge run (`CONVERGE_PART`, an `AccountTokensPart`): the ``tokens`` of an
item of its ``service_accounts``, one task per token, for the account the run has listed, created or, in check
mode, predicted (then nothing is read: a new account has no token).
"""

from __future__ import annotations

import datetime
from typing import Any, Dict, List, Mapping, Optional, Set, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabNotFound
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.access_tokens import (
    TOKEN_OPTIONS, TokenEngine, TokenKind, TokenListPart, token_argument_spec, token_problems)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.converge_part import CONVERGE
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ModuleFailed, TaskContext, error_details)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.gitlab_version import Capabilities
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_group import group_problem, scope_ref
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import is_new_user, user_option_problem
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.token_expiry import utc_today

GROUP_TOKENS = "/groups/{}/service_accounts/{}/personal_access_tokens"
INSTANCE = TokenKind("personal", "/personal_access_tokens", True, "/users/{}/personal_access_tokens",
                     "/personal_access_tokens/{}", False, True)
GROUP = TokenKind("personal", GROUP_TOKENS, False, GROUP_TOKENS, GROUP_TOKENS + "/{}", True, True,
                  rotate_template=GROUP_TOKENS + "/{}/rotate", rotate_by_owner=True)
# GET and DELETE of a group service account's tokens (ee/lib/api/group_service_accounts.rb), the last to come.
GROUP_TOKENS_SINCE = (17, 11)
IMPERSONATION_TOKENS = "/users/{}/impersonation_tokens"


def argument_spec() -> Dict[str, Any]:
    """The module's own options (the connection options come from GitLabModule)."""
    spec: Dict[str, Any] = dict(
        service_account=dict(type="raw", required=True, aliases=["user"]),
        group=dict(type="raw"),
    )
    # gitlab_impersonation_token's `recreate`, named for what it does to a personal access token.
    spec.update(token_argument_spec(policy_option="rotate", policy_aliases=("recreate",)))
    return spec


MODULE_OPTIONS = TOKEN_OPTIONS


def validate(params: Mapping[str, Any], today: datetime.date) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    problem = user_option_problem(params.get("service_account"), option="service_account")
    if problem:
        problems.append(problem)
    problem = group_problem(params.get("group"))
    if problem:
        problems.append(problem)
    problems.extend(token_problems(params, today))
    if params["state"] == "present" and "sudo" in (params.get("scopes") or ()):
        # PersonalAccessToken#sudo_only_for_admins (app/models/personal_access_token.rb); a service account is
        # never an administrator.
        problems.append("scopes: GitLab gives the sudo scope only to administrators, and a service account is "
                        "not one")
    return problems


class ServiceAccountTokenTask(TokenEngine):
    """One gitlab_service_account_token task."""

    policy_option = "rotate"

    def __init__(self, module: TaskContext, today: Optional[datetime.date] = None,
                 account: Optional[Mapping[str, Any]] = None) -> None:
        """`account`: the instance account as the caller knows it (gitlab_users_converge), which is then not looked
        up; one that check mode would create (no id) has the tokens of a new account, read from nobody."""
        group = module.params.get("group")
        super().__init__(module, GROUP if group is not None else INSTANCE, today or utc_today())
        self.group = scope_ref(group) if group is not None else None
        self.account = module.params["service_account"]
        self.user_id: Any = self.account if isinstance(self.account, int) else None
        if account is not None:
            self.account = account.get("username") or self.account
            self.new_user = is_new_user(account)
            self.user_id = None if self.new_user else int(account["id"])
        self.capabilities = Capabilities(lambda: self.client.get("/version", expect="object"))
        self._impersonation_ids: Optional[Set[Any]] = None

    def validate(self) -> List[str]:
        return validate(self.params, self.today)

    def find_owner(self) -> None:
        """A username costs one GET /users?username=; an id (or an account the caller knows) is used as it is."""
        if self.user_id is not None or self.new_user:
            return
        user = self.module.resolve_user(self.account, option="service_account")
        if user.get("bot") is False:
            raise ModuleFailed("service_account: %s is a user, not a service account (gitlab_impersonation_token "
                               "manages the tokens of users)" % user.get("username"))
        self.user_id = int(user["id"])

    def path_owner(self) -> Tuple[Any, ...]:
        return (self.user_id,) if self.group is None else (self.group, self.user_id)

    @property
    def owner_label(self) -> Any:
        return self.account

    def identity(self) -> Dict[str, Any]:
        identity: Dict[str, Any] = dict(service_account=self.account)
        if self.group is not None:
            identity["group"] = self.group
        identity["name"] = self.name
        return identity

    def predicted_extra(self) -> Dict[str, Any]:
        return dict(user_id=self.user_id)

    def not_found(self, exc: GitLabNotFound) -> None:
        message = str(exc.message)
        if self.group is None:
            return
        if "Group Not Found" in message:
            raise ModuleFailed("group: there is no group %r, or the token's user cannot see it" % (self.group,),
                               **error_details(exc))
        if "User Not Found" in message:
            raise ModuleFailed("service_account: %s is not a service account of the group %s" % (
                self.account, self.group), **error_details(exc))
        # The route is missing ({"error": "404 Not Found"}): CE, or EE before 17.11.
        self.capabilities.require("the tokens of a group service account (GET and DELETE "
                                  "/groups/:id/service_accounts/:user_id/personal_access_tokens)", GROUP_TOKENS_SINCE)

    def filter_listed(self, rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        """GET /personal_access_tokens lists impersonation tokens too, without saying which they are; the group
        list has personal access tokens only."""
        if self.group is not None:
            return rows
        if self._impersonation_ids is None:
            self._impersonation_ids = set(
                row.get("id") for row in self.client.paginate(api_path(IMPERSONATION_TOKENS, self.user_id)))
        return [row for row in rows if row.get("id") not in self._impersonation_ids]


class AccountTokensPart(TokenListPart):
    """The `tokens` of an item of gitlab_users_converge's `service_accounts`: one task per item, each with the
    module's options but `service_account` and `group` (the item is an instance account), named by the token's
    name."""

    key = "tokens"
    module_name = "gitlab_service_account_token"
    owner_option = "service_account"
    omitted = ("service_account", "group")
    description = (
        "Personal access tokens of the service account, each with the options of "
        "M(gitlab_ops.users.gitlab_service_account_token) except C(service_account) and C(group), identified by "
        "name.",
        "The value of a token created by this task is returned in RV(%stokens), under the account's username, "
        "nowhere else." % CONVERGE,
        "Tokens the list does not name are left alone.",
    )

    def problems(self, options: Dict[str, Any]) -> List[str]:
        return validate(options, utc_today())

    def converge(self, context: TaskContext, user: Mapping[str, Any]) -> Dict[str, Any]:
        return ServiceAccountTokenTask(context, account=user).run()

    def new_user_state(self, user: Mapping[str, Any], options: Mapping[str, Any]) -> List[Dict[str, Any]]:
        return []  # POST /service_accounts makes no token (ee/lib/api/service_accounts.rb)


CONVERGE_PART = AccountTokensPart(argument_spec, MODULE_OPTIONS)


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_service_account_token module."""
    return ServiceAccountTokenTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True, **MODULE_OPTIONS).run(run)
