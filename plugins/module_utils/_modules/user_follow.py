# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user_follow module: whom a user follows.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. The follower: ``GET /user`` when ``user`` is omitted, ``GET /users?username=`` for a username, nothing for an
   id. Then whom it follows: ``GET /users/:id/following`` (every page). That is all a run that changes nothing
   sends: the listed users are matched against that list by id and by username, and only a listed user who is
   not followed yet (and whose id is not given) is looked up.
3. The writes: ``POST /users/:id/unfollow``, then ``POST /users/:id/follow`` (unfollowing first frees room under
   GitLab's limit of followees). GitLab follows and unfollows only as the current user (lib/api/users.rb:
   ``current_user.follow(user)``), so another user's follows are written as that user through sudo. In check
   mode, one ``GET /user`` with the same header checks the sudo rights instead, and each listed id to follow is
   read (``GET /users/:id``) so that check mode fails where the real run would and shows the same diff.

GitLab answers 304 Not Modified to a follow that changes nothing (``User#follow`` returns nil for oneself, for an
existing follow, and when either user has turned following off, app/models/user.rb) and to an unfollow of a
user not followed (``Users::UnfollowService``). The module never asks a user to follow itself: that is no change.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError, GitLabNotFound, GitLabTransportError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, ModuleFailed, TaskContext, error_details, refuse)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import (
    describe_user, names_user, refused_only_for_not_being_admin, sudo_refusal, user_option_problem)

FOLLOWING_PATH = "/users/{}/following"
# What the module returns of each followed user: the fields of Entities::UserBasic every GitLab version has.
USER_FIELDS = ("id", "username", "name", "state", "web_url")


def argument_spec() -> Dict[str, Any]:
    return dict(
        user=dict(type="raw"),
        users=dict(type="list", elements="raw", required=True),
        state=dict(type="str", default="present", choices=["present", "absent"]),
        exclusive=dict(type="bool", default=False),
    )


def validate(params: Mapping[str, Any]) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    problem = user_option_problem(params.get("user"))
    if problem:
        problems.append(problem)
    for index, item in enumerate(params["users"]):
        problem = user_option_problem(item, option="users[%d]" % index)
        if item is None:
            problem = "users[%d] must be a username or a user id, got nothing" % index
        if problem:
            problems.append(problem)
    if params["state"] == "absent" and params["exclusive"]:
        problems.append("exclusive cannot be used with state=absent, which unfollows only the listed users")
    return problems


def basic(user: Mapping[str, Any]) -> Dict[str, Any]:
    return dict((field, user.get(field)) for field in USER_FIELDS)


def following_view(users: List[Mapping[str, Any]]) -> Dict[str, Any]:
    """One side of the diff: the usernames followed, sorted."""
    return dict(following=sorted((str(user["username"]) for user in users), key=str.lower))


class FollowTask(ContextTask):
    """One gitlab_user_follow task."""

    def __init__(self, module: TaskContext) -> None:
        super().__init__(module)
        self.ref = self.params.get("user")
        self.follower_id: Optional[int] = None
        self.follower: Optional[Dict[str, Any]] = None  # the follower's entity, when it was read
        self.sudo: Optional[str] = None  # the Sudo header of the writes: set for a named user

    # -- the run ------------------------------------------------------------------------------------
    def run(self) -> Dict[str, Any]:
        refuse(validate(self.params))
        self.find_follower()
        before = self.read_following()
        followed = dict((user["id"], user) for user in before)
        by_name = dict((str(user["username"]).lower(), user) for user in before)
        listed = list(dict.fromkeys(self.params["users"]))
        if self.params["state"] == "absent":
            unfollow = [self.listed_in(item, followed, by_name) for item in listed]
            plan_unfollow = list(dict((user["id"], user) for user in unfollow if user is not None).values())
            plan_follow: List[Any] = []
        else:
            wanted: Dict[int, Any] = {}  # id -> the followed user's entity, or None (an id not followed yet)
            for item in listed:
                user = self.listed_in(item, followed, by_name)
                if user is not None:
                    wanted[user["id"]] = user
                    continue
                if isinstance(item, int):
                    if item != self.follower_id:
                        wanted.setdefault(item, None)
                    continue
                if self.follower and item.lower() == str(self.follower.get("username", "")).lower():
                    continue  # the follower itself: following oneself is no change
                found = self.module.resolve_user(item, option="users")
                if found["id"] in followed:  # renamed between the two reads
                    wanted[found["id"]] = followed[found["id"]]
                elif found["id"] != self.follower_id:
                    wanted[found["id"]] = found
            plan_follow = [(user_id, user) for user_id, user in wanted.items() if user_id not in followed]
            plan_unfollow = [user for user in before if user["id"] not in wanted] if self.params["exclusive"] else []
        if plan_follow or plan_unfollow:
            self.check_sudo()
        gone = set(self.send("unfollow", user["id"])["id"] for user in plan_unfollow)
        added = [self.send("follow", user_id, user) for user_id, user in plan_follow]
        after = [user for user in before if user["id"] not in gone] + added
        after = sorted((basic(user) for user in after), key=lambda user: user["id"])
        return self.module.result(following_view(before), following_view(after), following=after)

    def listed_in(self, item: Any, followed: Mapping[int, Any], by_name: Mapping[str, Any]) -> Optional[Any]:
        """The followed user a listed item names, or None."""
        if isinstance(item, int):
            return followed.get(item)
        return by_name.get(item.lower())

    # -- reading ------------------------------------------------------------------------------------
    def find_follower(self) -> None:
        if self.ref is None:
            self.follower = self.client.get("/user", expect="object")
            self.follower_id = self.follower["id"]
            return
        if isinstance(self.ref, int):
            self.follower_id = self.ref
        else:
            self.follower = self.module.resolve_user(self.ref)
            self.follower_id = self.follower["id"]
        self.sudo = str(self.follower_id)

    def read_following(self) -> List[Dict[str, Any]]:
        try:
            return list(self.client.paginate(api_path(FOLLOWING_PATH, self.follower_id)))
        except GitLabNotFound as exc:
            if self.ref is None:
                raise
            # lib/api/users.rb: 404 also for a profile the token may not read (private, blocked, unconfirmed).
            name = ("with the id %d" % self.ref) if isinstance(self.ref, int) else repr(self.ref)
            raise ModuleFailed("user: there is no GitLab user %s, or this token may not read its profile (%s)"
                               % (name, exc), **error_details(exc))

    def followed_now(self, user_id: int) -> Optional[Dict[str, Any]]:
        """The followee `user_id` as the following list shows it now, or None."""
        for user in self.read_following():
            if user["id"] == user_id:
                return user
        return None

    # -- writing ------------------------------------------------------------------------------------
    def headers(self) -> Optional[Dict[str, str]]:
        return {"Sudo": self.sudo} if self.sudo is not None else None

    def send(self, verb: str, user_id: int, known: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """POST /users/:id/follow or /unfollow as the follower. Returns the user followed or unfollowed (also when a
        304 says it was done meanwhile by someone else; then it is not among the actions). A lost answer is settled by reading
        the following list again, and the write sent once more when it did not arrive."""
        template = "/users/{}/" + verb
        resent = False
        # Check mode reads what it predicts before write() records the action: a failing read records nothing.
        predicted = self.predicted(user_id, known) if self.check_mode and verb == "follow" else dict(id=user_id)
        while True:
            try:
                return self.module.write("POST", template, user_id, headers=self.headers(), predict=predicted)
            except GitLabTransportError as exc:
                if not exc.maybe_committed or resent:
                    raise
                now = self.followed_now(user_id)
                applied = (now is not None) == (verb == "follow")
                self.module.settle(self.module.action("POST", template, user_id), applied=applied)
                if applied:
                    return now if verb == "follow" else dict(id=user_id)
                resent = True
            except GitLabNotFound as exc:
                if sudo_refusal(exc) is None:
                    raise ModuleFailed("users: there is no GitLab user with the id %d (%s)" % (user_id, exc),
                                       **error_details(exc))
                self.sudo_refused(exc)
            except GitLabError as exc:
                if exc.status == 304:
                    return self.not_modified(verb, user_id, exc)
                self.sudo_refused(exc)

    def predicted(self, user_id: int, known: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
        """Check mode: the user a follow would return. A user given by id is read, so that check mode fails where
        the real run would (no such user) and shows the same diff."""
        if known is not None:
            return dict(known)
        return self.module.resolve_user(user_id, option="users")

    def not_modified(self, verb: str, user_id: int, exc: GitLabError) -> Dict[str, Any]:
        """A 304: an unfollow of a user no longer followed changed nothing. A follow changed nothing either: the
        follow exists (made meanwhile), or GitLab refused it because one of the two has turned following off."""
        if verb == "unfollow":
            return dict(id=user_id)
        now = self.followed_now(user_id)
        if now is not None:
            return now
        raise ModuleFailed("users: GitLab did not make %s follow the user with the id %d (POST %s -> 304 Not "
                           "Modified): one of them has turned off following other users (the enabled_following "
                           "preference)" % (describe_user(self.ref), user_id, exc.path), **error_details(exc))

    def check_sudo(self) -> None:
        """Check mode: learn whether the sudo writes would be refused, with one read as that user."""
        if not self.check_mode or self.sudo is None:
            return
        try:
            self.client.get("/user", headers=self.headers(), expect="object")
        except GitLabError as exc:
            self.sudo_refused(exc)

    def sudo_refused(self, exc: GitLabError) -> None:
        """Fail with the reason GitLab refused sudo. Returns only when the named user is the token's own user (not
        an administrator): that user follows without sudo, and `self.sudo` is dropped."""
        reason = sudo_refusal(exc) if self.sudo is not None else None
        if reason is None:
            raise exc
        if refused_only_for_not_being_admin(exc) and names_user(self.client.get("/user", expect="object"),
                                                                str(self.sudo)):
            self.sudo = None
            return
        raise ModuleFailed("user: following and unfollowing as %s goes through sudo (GitLab follows only as the "
                           "current user), and GitLab refused it: %s (%s)" % (describe_user(self.ref), reason, exc),
                           **error_details(exc))


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user_follow module."""
    return FollowTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True).run(run)
