# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_impersonation_token module: impersonation tokens and admin-made personal access
tokens of one user, identified by user, name and type.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. The user: no request when ``user`` is an id, else ``GET /users?username=``. With the ``sudo`` scope, an
   id costs ``GET /users/:id`` too: GitLab gives that scope only to administrators, which is checked here,
   before any write.
3. The active tokens of that name: ``GET /users/:id/impersonation_tokens?state=active``, or for personal
   tokens ``GET /personal_access_tokens?user_id=&state=active``. That list also holds the user's
   impersonation tokens without saying which they are (the PersonalAccessToken entity has no
   `impersonation` field, lib/api/entities/personal_access_token.rb), so when it has tokens of that
   name, ``GET /users/:id/impersonation_tokens`` tells them apart.
4. present: keep a fitting token, or replace it as ``recreate`` says: rotate it, or create its successor
   and only then revoke it, so that a failure on the way leaves the old token active;
   absent: revoke every active token of that name.

The engine (steps 3 and 4, the judging, the writes and the settling of lost answers) is the kit's
(``_kit/access_tokens.py``), which gitlab_service_account_token shares; this file knows the user.

A token value exists only in the answer that created it: it goes to ``token.token`` of the result and
nowhere else (not in warnings, errors, the diff or ``actions``). Once a value is in hand, nothing that
follows (the re-read, revoking the predecessors) fails the task: that would drop the value.
"""


from __future__ import annotations

import datetime
from typing import Any, Dict, List, Mapping, Optional, Set, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabNotFound
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.access_tokens import (
    TOKEN_OPTIONS, TokenEngine, TokenKind, TokenListPart, token_argument_spec, token_problems)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.converge_part import CONVERGE
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ModuleFailed, TaskContext, error_details)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import is_new_user, user_option_problem
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.token_expiry import utc_today

KINDS = dict(
    impersonation=TokenKind("impersonation", "/users/{}/impersonation_tokens", False,
                            "/users/{}/impersonation_tokens", "/users/{}/impersonation_tokens/{}", True, False),
    personal=TokenKind("personal", "/personal_access_tokens", True,
                       "/users/{}/personal_access_tokens", "/personal_access_tokens/{}", False, True),
)


def argument_spec() -> Dict[str, Any]:
    """The module's own options (the connection options come from GitLabModule)."""
    token = token_argument_spec()
    spec = dict(user=dict(type="raw", required=True), name=token.pop("name"),
                type=dict(type="str", default="impersonation", choices=sorted(KINDS)))
    spec.update(token)
    return spec


MODULE_OPTIONS = dict(TOKEN_OPTIONS)


# -- validation --------------------------------------------------------------------------------------

def validate(params: Mapping[str, Any], today: datetime.date) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    user_problem = user_option_problem(params.get("user"))
    if user_problem:
        problems.append(user_problem)
    return problems + token_problems(params, today)


def new_user_tokens() -> List[Dict[str, Any]]:
    """The tokens of a user GitLab has just created: none (POST /users makes no token, lib/api/users.rb)."""
    return []


# -- the run -----------------------------------------------------------------------------------------

class TokenTask(TokenEngine):
    """One gitlab_impersonation_token task. `today` (UTC) is injectable for tests."""

    def __init__(self, module: TaskContext, today: Optional[datetime.date] = None,
                 user: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(module, KINDS[module.params["type"]], today or utc_today())
        self.user_id: Optional[int] = 0
        # The user as GitLab lists it, when the caller knows it already (gitlab_users_converge, with `user` given
        # as its id), else looked up when needed. A user that check mode would create (no id) has the tokens of
        # a new user, read from nobody.
        self.owner: Optional[Dict[str, Any]] = dict(user) if user is not None else None
        self.new_user = is_new_user(user)
        self._impersonation_ids: Optional[Set[Any]] = None

    # -- the owner ----------------------------------------------------------------------------------
    def validate(self) -> List[str]:
        return validate(self.params, self.today)

    def find_owner(self) -> None:
        self.user_id = self.find_user()

    def prechecks(self) -> Optional[str]:
        return self.sudo_problem()

    def path_owner(self) -> Tuple[Any, ...]:
        return (self.user_id,)

    @property
    def owner_label(self) -> Any:
        return self.params["user"]

    def identity(self) -> Dict[str, Any]:
        return dict(user=self.params["user"], type=self.kind.name, name=self.name)

    def predicted_extra(self) -> Dict[str, Any]:
        extra: Dict[str, Any] = dict(user_id=self.user_id)
        if self.kind.name == "impersonation":
            extra["impersonation"] = True
        return extra

    # -- reading ------------------------------------------------------------------------------------
    def find_user(self) -> Optional[int]:
        """An id is used as it is (the token list answers 404 for a missing user); a username costs one GET, and
        so does an id when the user's admin flag is needed (sudo_problem)."""
        if self.new_user:
            return None  # ":id" in check mode's actions
        user = self.params["user"]
        if isinstance(user, int) and (self.owner is not None or not self.wants_sudo):
            return user
        if self.owner is None:
            self.owner = self.module.resolve_user(user)
        return user if isinstance(user, int) else int(self.owner["id"])

    @property
    def wants_sudo(self) -> bool:
        return self.params["state"] == "present" and "sudo" in (self.params.get("scopes") or ())

    def sudo_problem(self) -> Optional[str]:
        """GitLab gives the sudo scope only to administrators (PersonalAccessToken#sudo_only_for_admins,
        app/models/personal_access_token.rb) and answers 400 to the POST: refuse before any write instead,
        so that no token is replaced by one GitLab will not make. A user that check mode would create (no
        id yet) is no administrator unless its is_admin says so; without the field (not an administrator's
        view) GitLab decides."""
        if not self.wants_sudo or self.owner is None:
            return None
        admin = self.owner.get("is_admin")
        if admin or (admin is None and self.owner.get("id") is not None):
            return None
        return "scopes: GitLab gives the sudo scope only to administrators, and %s is not one" % (
            self.owner.get("username") or self.params["user"])

    def not_found(self, exc: GitLabNotFound) -> None:
        if isinstance(self.params["user"], int):
            raise ModuleFailed("user: there is no GitLab user with the id %d" % self.params["user"],
                               **error_details(exc))

    def filter_listed(self, rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        if not self.kind.lists_by_query:
            return rows
        impersonation = self.impersonation_ids()
        return [row for row in rows if row.get("id") not in impersonation]

    def impersonation_ids(self) -> Set[Any]:
        """The ids of the user's impersonation tokens, which GET /personal_access_tokens lists as well."""
        if self._impersonation_ids is None:
            path, query = KINDS["impersonation"].list_request((self.user_id,), None)
            self._impersonation_ids = set(row.get("id") for row in self.client.paginate(path, params=query))
        return self._impersonation_ids


class TokensPart(TokenListPart):
    """The `impersonation_tokens` of a gitlab_users_converge entry: one task per item, each with the module's
    options but `user`, named by the token's name."""

    key = "impersonation_tokens"
    module_name = "gitlab_impersonation_token"
    description = (
        "Tokens of the user, each with the options of M(gitlab_ops.users.gitlab_impersonation_token) except "
        "C(user), identified by name.",
        "The value of a token created by this task is returned in RV(%stokens), nowhere else." % CONVERGE,
        "Tokens the list does not name are left alone.",
    )

    def problems(self, options: Dict[str, Any]) -> List[str]:
        return validate(options, utc_today())

    def converge(self, context: TaskContext, user: Mapping[str, Any]) -> Dict[str, Any]:
        return TokenTask(context, user=user).run()

    def new_user_state(self, user: Mapping[str, Any], options: Mapping[str, Any]) -> List[Dict[str, Any]]:
        return new_user_tokens()


CONVERGE_PART = TokensPart(argument_spec, MODULE_OPTIONS)


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_impersonation_token module."""
    return TokenTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True, **MODULE_OPTIONS).run(run)
