# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user_info module: find users by ID or user pattern, then read what `include` asks
for, with bounded concurrency across users.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. The strings of ``users`` form one user pattern, listed as the gitlab_users lookup lists it
   (module_utils/_user_selection/listing.py); each integer is a user ID, read with ``GET /users/:id``.
   ``custom_attributes`` rides along on those requests (``with_custom_attributes=true``).
3. For every user found, one request per item of ``include`` (more only for a list longer than a page),
   at most ``max_concurrency`` at a time; the first error stops the run.

``preferences`` and ``counts`` are what GitLab shows only to the user itself (``GET /user/preferences``,
``GET /user_counts``): they are read as each user through sudo (the ``Sudo`` header with the user's id), which
needs an administrator's token with the sudo scope. When GitLab refuses sudo, the token's user (one
``GET /user`` per run) is still read without it; any other user fails the run, naming ``include``.
"""

from __future__ import annotations

import concurrent.futures
import threading
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError, GitLabNotFound
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import ModuleFailed, error_details, refuse
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import sudo_refusal
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.activity import (
    DEFAULT_DORMANT_DAYS, dormant_days_problem)
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.listing import (
    DEFAULT_CONCURRENCY, MAX_CONCURRENCY, PER_PAGE, select_users)
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_selection.patterns import PatternError, parse_pattern

# include -> (path template for the user's id, extra query parameters, "list" or "object").
# lib/api/users.rb (keys, gpg_keys, emails, status, impersonation_tokens, memberships, associations_count,
# followers, following) and lib/api/personal_access_tokens.rb (an administrator lists anyone's tokens with user_id).
READS: Dict[str, Tuple[str, Dict[str, Any], str]] = {
    "keys": ("/users/{}/keys", {}, "list"),
    "gpg_keys": ("/users/{}/gpg_keys", {}, "list"),
    "emails": ("/users/{}/emails", {}, "list"),
    "status": ("/users/{}/status", {}, "object"),
    "impersonation_tokens": ("/users/{}/impersonation_tokens", {"state": "all"}, "list"),
    "personal_access_tokens": ("/personal_access_tokens", {}, "list"),
    "memberships": ("/users/{}/memberships", {}, "list"),
    "associations_count": ("/users/{}/associations_count", {}, "object"),
    "followers": ("/users/{}/followers", {}, "list"),
    "following": ("/users/{}/following", {}, "list"),
    # lib/api/users.rb `get "preferences"` (current_user.user_preference) and lib/api/user_counts.rb.
    "preferences": ("/user/preferences", {}, "object"),
    "counts": ("/user_counts", {}, "object"),
}
# What GitLab shows only to the current user: read as each user through sudo.
AS_USER = ("preferences", "counts")
INCLUDES = sorted(list(READS) + ["custom_attributes"])
# Token lists carry metadata only; GitLab sends a token's secret only when it is created (and GitLab
# versions before 12.x listed impersonation tokens with it): never pass one on.
SECRET_KEYS = ("token",)


def argument_spec() -> Dict[str, Any]:
    """The module's own options (the connection options come from GitLabModule)."""
    return dict(
        # raw, not list: Ansible would split a string at its commas, also inside a quoted pattern part.
        users=dict(type="raw", required=True),
        include=dict(type="list", elements="str", default=[], choices=INCLUDES),
        max_concurrency=dict(type="int", default=DEFAULT_CONCURRENCY),
        dormant_days=dict(type="int", default=DEFAULT_DORMANT_DAYS),
    )


def user_items(value: Any) -> List[Any]:
    """`users` as a list of IDs (int) and pattern strings."""
    return list(value) if isinstance(value, (list, tuple)) else [value]


def validate(params: Mapping[str, Any]) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    items = user_items(params["users"])
    if not items:
        problems.append("users must name at least one user (write all for every user)")
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (int, str)):
            problems.append("users: each item must be a user ID (integer) or a user pattern (string), got %r"
                            % (item,))
        elif isinstance(item, int) and item < 1:
            problems.append("users: a user ID is a positive integer, got %d" % item)
    patterns = [item for item in items if isinstance(item, str)]
    if patterns and not problems:
        try:
            parse_pattern(patterns[0] if len(patterns) == 1 else patterns)
        except PatternError as exc:
            problems.append("users: %s" % exc)
    problem = dormant_days_problem(params["dormant_days"])
    if problem:
        problems.append(problem)
    if not 1 <= params["max_concurrency"] <= MAX_CONCURRENCY:
        problems.append("max_concurrency must be between 1 and %d, got %d" % (MAX_CONCURRENCY, params["max_concurrency"]))
    return problems


class InfoTask:
    """One run of the module (see the module documentation)."""

    def __init__(self, module: GitLabModule):
        self.module = module
        self.params = module.params
        self.include = list(dict.fromkeys(self.params["include"]))
        self.workers = self.params["max_concurrency"]
        self._token_user: Optional[Dict[str, Any]] = None  # GET /user, read once when sudo is refused
        self._token_user_lock = threading.Lock()

    def run(self) -> Dict[str, Any]:
        refuse(validate(self.params))
        items = user_items(self.params["users"])
        ids = list(dict.fromkeys(item for item in items if isinstance(item, int)))
        patterns = [item for item in items if isinstance(item, str)]
        found: Dict[int, Dict[str, Any]] = {}
        missing: List[Any] = []
        if patterns:
            pattern = parse_pattern(patterns[0] if len(patterns) == 1 else patterns)
            try:
                selection = select_users(self.module.client, pattern, self.workers, filters=self._listing_params(),
                                         admin_reasons=[], dormant_days=self.params["dormant_days"])
            except PatternError as exc:
                raise ModuleFailed("users: %s" % exc)
            found.update((user["id"], user) for user in selection.users)
            missing.extend(self._missing_usernames(pattern, selection.users))
        for user_id, user in zip(ids, self._concurrently([lambda user_id=user_id: self._by_id(user_id)
                                                          for user_id in ids])):
            if user is None:
                missing.append(user_id)
            else:
                found.setdefault(user_id, user)
        users = [found[user_id] for user_id in sorted(found)]
        jobs = [(user, name) for user in users for name in self.include if name in READS]
        for (user, name), value in zip(jobs, self._concurrently([lambda job=job: self._read(*job) for job in jobs])):
            user[name] = value
        return dict(changed=False, users=users, missing=missing)

    def _listing_params(self) -> Dict[str, Any]:
        return {"with_custom_attributes": True} if "custom_attributes" in self.include else {}

    def _by_id(self, user_id: int) -> Optional[Dict[str, Any]]:
        try:
            return self.module.client.get(api_path("/users/{}", user_id), params=self._listing_params() or None,
                                          expect="object")
        except GitLabNotFound:
            return None

    def _read(self, user: Mapping[str, Any], name: str) -> Any:
        template, params, shape = READS[name]
        path = api_path(template, user["id"]) if "{}" in template else template
        client = self.module.client
        if name in AS_USER:
            return self._as_user(user, name, path)
        if shape == "object":
            return client.get(path, params=params or None, expect="object")
        if name == "personal_access_tokens":
            params = dict(params, user_id=user["id"])
        items = list(client.paginate(path, params=params, per_page=PER_PAGE))
        return [{key: value for key, value in item.items() if key not in SECRET_KEYS} for item in items]

    def _as_user(self, user: Mapping[str, Any], name: str, path: str) -> Any:
        """What GitLab shows only to the user itself, read as that user through sudo; the token's own user without
        sudo when GitLab refuses it."""
        client = self.module.client
        try:
            return client.get(path, headers={"Sudo": str(user["id"])}, expect="object")
        except GitLabError as exc:
            reason = sudo_refusal(exc)
            if reason is None:
                raise
            if self._token_user_id() == user["id"]:
                return client.get(path, expect="object")
            raise ModuleFailed("include: %s of other users than the token's are read as each user through sudo (GitLab "
                               "shows them only to the user itself), and GitLab refused it for %s: %s (%s)"
                               % (name, user.get("username"), reason, exc), **error_details(exc))

    def _token_user_id(self) -> Any:
        with self._token_user_lock:
            if self._token_user is None:
                self._token_user = self.module.client.get("/user", expect="object")
            return self._token_user.get("id")

    @staticmethod
    def _missing_usernames(pattern: Any, users: List[Mapping[str, Any]]) -> List[str]:
        """The exact usernames a pattern of unions only names that are not among `users` (with & or ! parts,
        a user left out may well exist)."""
        if pattern.intersections or pattern.exclusions:
            return []
        known = {str(user.get("username", "")).lower() for user in users}
        return [atom.value for atom in pattern.unions if atom.kind == "username" and atom.value.lower() not in known]

    def _concurrently(self, calls: List[Callable[[], Any]]) -> List[Any]:
        """The results of `calls`, at most max_concurrency running at a time. The first error stops the
        others from starting and is raised once the running ones have ended."""
        if not calls:
            return []
        with concurrent.futures.ThreadPoolExecutor(max_workers=min(self.workers, len(calls))) as pool:
            futures = [pool.submit(call) for call in calls]
            try:
                for future in concurrent.futures.as_completed(futures):
                    future.result()
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return [future.result() for future in futures]


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user_info module."""
    return InfoTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True).run(run)
