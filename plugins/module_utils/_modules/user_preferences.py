# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user_preferences module: the preferences a user sets through the Users API.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. Read the preferences: ``GET /user/preferences``. GitLab shows and sets only the current user's preferences
   (lib/api/users.rb, ``current_user.user_preference``), so another user's are read and written as that user
   through sudo: the ``Sudo`` header names the user. That read is the only request of a run that changes
   nothing, and, made through sudo, it also shows whether the write would be allowed (check mode needs no more).
   (A username made only of digits is looked up first: GitLab's sudo would read it as an id.)
3. Compare the given preferences, then ``PUT /user/preferences`` with those that differ. Omitted preferences
   are not sent, so GitLab leaves them alone (``declared_params(include_missing: false)``).
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, ModuleFailed, TaskContext, error_details, refuse)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import (
    describe_user, names_user, refused_only_for_not_being_admin, sudo_refusal, user_option_problem)

PREFERENCES_PATH = "/user/preferences"
# Every preference PUT /user/preferences declares (lib/api/users.rb, `at_least_one_of` of its params block),
# all Booleans, in GitLab's order. The newest lib/api/users.rb read declares these three;
# pass_user_identities_to_ci_jwt came with GitLab 16.x (before, the entity and the endpoint lack it).
PREFERENCES = ("view_diffs_file_by_file", "show_whitespace_in_diffs", "pass_user_identities_to_ci_jwt")


def argument_spec() -> Dict[str, Any]:
    spec: Dict[str, Any] = dict(user=dict(type="raw"))
    spec.update((name, dict(type="bool")) for name in PREFERENCES)
    # A yes/no, not a secret: without this, Ansible warns on every run that an option named "pass..." has no no_log.
    spec["pass_user_identities_to_ci_jwt"]["no_log"] = False
    return spec


def validate(params: Mapping[str, Any]) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problem = user_option_problem(params.get("user"))
    return [problem] if problem else []


def preferences_view(preferences: Mapping[str, Any]) -> Dict[str, Any]:
    """One side of the diff: the preferences this GitLab has (not the row's id and user_id)."""
    return dict((name, preferences[name]) for name in PREFERENCES if name in preferences)


class PreferencesTask(ContextTask):
    """One gitlab_user_preferences task."""

    def __init__(self, module: TaskContext) -> None:
        super().__init__(module)
        self.ref = self.params.get("user")
        self.sudo: Optional[str] = None  # the Sudo header of every request: set for a named user

    def run(self) -> Dict[str, Any]:
        refuse(validate(self.params))
        current = self.read()
        wanted = dict((name, self.params[name]) for name in PREFERENCES if self.params.get(name) is not None)
        unknown = [name for name in wanted if name not in current]
        if unknown:
            raise ModuleFailed("%s: this GitLab has no such preference (GET %s does not return it; GitLab added "
                               "pass_user_identities_to_ci_jwt in 16.x)" % (", ".join(unknown), PREFERENCES_PATH))
        changes = dict((name, value) for name, value in wanted.items() if current[name] is not value)
        predicted = dict(current, **changes)
        before, after = preferences_view(current), preferences_view(predicted)
        if not changes:
            return self.module.result(before, after, preferences=current)
        preferences = self.write(changes, predicted)
        if not self.module.check_mode:
            for name, value in changes.items():
                if preferences.get(name) is not value:
                    self.module.warn("GitLab accepted %s=%s but returns %r" % (name, value, preferences.get(name)))
        return self.module.result(before, after, preferences=preferences)

    def headers(self) -> Optional[Dict[str, str]]:
        return {"Sudo": self.sudo} if self.sudo is not None else None

    def read(self) -> Dict[str, Any]:
        if self.ref is not None:
            ident: Any = self.ref
            if isinstance(ident, str) and ident.isdigit():
                ident = self.module.resolve_user(ident)["id"]
            self.sudo = str(ident)
        try:
            return self.client.get(PREFERENCES_PATH, headers=self.headers(), expect="object")
        except GitLabError as exc:
            self.sudo_refused(exc)
        return self.client.get(PREFERENCES_PATH, expect="object")  # the token's own user, named in `user`

    def write(self, changes: Dict[str, Any], predicted: Dict[str, Any]) -> Dict[str, Any]:
        """PUT is idempotent: the client sends it again after a lost answer or a gateway error."""
        try:
            answer = self.module.write("PUT", PREFERENCES_PATH, data=changes, headers=self.headers(),
                                       predict=predicted)
        except GitLabError as exc:
            self.sudo_refused(exc)
            raise  # not reached: sudo was accepted by the read, so only a vanished user is refused here
        if not isinstance(answer, dict):
            raise ModuleFailed("unexpected answer from GitLab to PUT %s: expected the preferences, got %s"
                               % (PREFERENCES_PATH, type(answer).__name__))
        return answer

    def sudo_refused(self, exc: GitLabError) -> None:
        """Fail with the reason GitLab refused sudo. Returns only when the named user is the token's own user
        (not an administrator): that user's preferences need no sudo, and `self.sudo` is dropped."""
        reason = sudo_refusal(exc) if self.sudo is not None else None
        if reason is None:
            raise exc
        if exc.status == 404:
            raise ModuleFailed("user: there is no GitLab user %r (%s)" % (self.ref, exc), **error_details(exc))
        if refused_only_for_not_being_admin(exc) and names_user(self.client.get("/user", expect="object"),
                                                                str(self.sudo)):
            self.sudo = None
            return
        raise ModuleFailed("user: the preferences of %s are read and set through sudo (GitLab shows and sets only "
                           "the current user's preferences), and GitLab refused it: %s (%s)"
                           % (describe_user(self.ref), reason, exc), **error_details(exc))


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user_preferences module."""
    return PreferencesTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True).run(run)
