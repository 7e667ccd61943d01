# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user_status module: the status (emoji, message, availability, expiry) of a user.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. Read the status: ``GET /user/status`` (no ``user``) or ``GET /users/:id_or_username/status``. That is the
   only request of a run that changes nothing. (A username made only of digits is looked up first: GitLab
   would read it as an id.)
3. Compare, then write ``PATCH /user/status`` (``PUT`` on a GitLab without PATCH; ``PUT`` with no
   parameters clears the status). GitLab sets only the current user's status, so another user's status is
   written through sudo: the ``Sudo`` header names that user. In check mode, one ``GET /user`` with the same
   header checks the sudo rights instead, so that check mode fails where the real run would.

GitLab keeps the expiry as ``clear_status_at`` while ``clear_status_after`` is a duration from now, so the
two cannot be compared. The rule: ``clear_status_after`` is sent when the status is written anyway (the
expiry then restarts), or when the status has no expiry now; a status that has one is otherwise left alone.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Mapping, Optional

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError, GitLabNotFound, GitLabTransportError, GitLabValidationError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.compare import Attr, AttributeTable
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.converge_part import ConvergePart, Tasks, without_user
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, ModuleFailed, TaskContext, absent, error_details, present, refuse)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import (
    describe_user, is_new_user, names_user, refused_only_for_not_being_admin, sudo_refusal, user_option_problem)

# app/models/user_status.rb: DEFAULT_EMOJI, the message length, the availability enum and
# CLEAR_STATUS_QUICK_OPTIONS (the values lib/api/users.rb accepts for clear_status_after).
DEFAULT_EMOJI = "speech_balloon"
MAX_MESSAGE_LENGTH = 100
AVAILABILITIES = ("not_set", "busy")
CLEAR_STATUS_AFTER = ("30_minutes", "3_hours", "8_hours", "1_day", "3_days", "7_days", "30_days")
# The characters of GitLab's emoji names and aliases ("+1", "thumbs_up", "upside-down_face"). Whether a
# name exists is GitLab's to say: its list changes between versions.
EMOJI_NAME_RE = re.compile(r"^[a-z0-9_+\-]+$")
STATUS_PATH = "/user/status"

ATTRIBUTES = AttributeTable(
    Attr("emoji", "str", blank_clears=True),
    # Ansible reserves the option name "message" (validate-modules: invalid-argument-name).
    Attr("status_message", "str", key="message", param="message", blank_clears=True, max_length=MAX_MESSAGE_LENGTH),
    Attr("availability", "str", choices=AVAILABILITIES),
)
STATUS_OPTIONS = ("emoji", "status_message", "availability", "clear_status_after")


def argument_spec() -> Dict[str, Any]:
    spec = dict(
        user=dict(type="raw"),
        state=dict(type="str", default="present", choices=["present", "absent"]),
        clear_status_after=dict(type="str", choices=list(CLEAR_STATUS_AFTER)),
    )
    spec.update(ATTRIBUTES.argument_spec())
    return spec


# -- validation --------------------------------------------------------------------------------------

def emoji_problem(value: Optional[str]) -> Optional[str]:
    """A name that cannot be one of GitLab's emoji names, with the likely mistake."""
    if not value or EMOJI_NAME_RE.match(value):
        return None
    name = value.strip().strip(":")
    if name != value and EMOJI_NAME_RE.match(name):
        return "emoji: give the name without colons or blanks: %r, not %r" % (name, value)
    if EMOJI_NAME_RE.match(value.lower()):
        return "emoji: GitLab's emoji names are lower case: %r, not %r" % (value.lower(), value)
    if any(ord(character) > 127 for character in value):
        return "emoji: give GitLab's name of the emoji (for example 'coffee'), not the character %r" % value
    return "emoji: %r is not an emoji name; GitLab's names use only a-z, 0-9, '_', '+' and '-'" % value


def validate(params: Dict[str, Any]) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    problem = user_option_problem(params.get("user"))
    if problem:
        problems.append(problem)
    problems.extend(ATTRIBUTES.validate(params))
    problem = emoji_problem(params.get("emoji"))
    if problem:
        problems.append(problem)
    if params["state"] == "absent":
        given = [option for option in STATUS_OPTIONS if params.get(option) is not None]
        if given:
            problems.append("%s cannot be used with state=absent, which clears the whole status" % ", ".join(given))
    return problems


# -- comparison --------------------------------------------------------------------------------------

def has_status(status: Dict[str, Any]) -> bool:
    """GitLab presents a user without status as all nulls; a status always has an emoji."""
    return bool(status.get("emoji") or status.get("message") or status.get("availability") == "busy")


def cleared_status() -> Dict[str, Any]:
    """How GitLab presents a user without status, such as one it has just created (POST /users sets no status,
    lib/api/users.rb). No comparison reads message_html, which GitLab may render as "" there."""
    return dict(emoji=None, message=None, availability=None, message_html=None, clear_status_at=None)


def status_view(status: Dict[str, Any], expiry: Optional[str] = None) -> Dict[str, Any]:
    """One side of the diff. `expiry`: the clear_status_after this run sends, shown instead of the
    clear_status_at GitLab will compute from it."""
    if not has_status(status):
        return absent()
    view = present(emoji=status.get("emoji"), message=status.get("message") or "",
                   availability=status.get("availability") or "not_set")
    if expiry:
        view["clear_status_after"] = expiry
    else:
        view["clear_status_at"] = status.get("clear_status_at")
    return view


def desired_status(params: Dict[str, Any], current: Dict[str, Any]) -> Dict[str, Any]:
    """The emoji, message and availability to have, keyed as GitLab names them: given options win, omitted
    ones keep the current value. GitLab gives a status without emoji `speech_balloon`
    (app/services/users/set_status_service.rb), so an empty emoji, or an omitted one when there is no
    status yet, is `speech_balloon` too: the task then compares with what GitLab stores and does not flap."""
    exists = has_status(current)
    emoji = params.get("emoji")
    if emoji is None and exists and current.get("emoji"):
        emoji = current["emoji"]
    message = params.get("status_message")
    if message is None:
        message = (current.get("message") or "") if exists else ""
    availability = params.get("availability")
    if availability is None:
        availability = (current.get("availability") or "not_set") if exists else "not_set"
    return dict(emoji=emoji or DEFAULT_EMOJI, message=message, availability=availability)


def differences(desired: Dict[str, Any], status: Dict[str, Any]) -> Dict[str, Any]:
    """{field: desired value} of the fields (emoji, message, availability) `status` does not have as wanted.
    A field this GitLab does not return cannot differ."""
    return dict((attr.key, desired[attr.key]) for attr in ATTRIBUTES
                if attr.key in status and not attr.same(desired[attr.key], status[attr.key]))


# -- the run -------------------------------------------------------------------------------------------

class StatusTask(ContextTask):
    """One gitlab_user_status task. `user`: the user entity when the caller has it (gitlab_users_converge, with
    `user` given as its id); a user that check mode would create (no id) has the cleared status of a new user,
    and nothing is read about it."""

    def __init__(self, module: TaskContext, user: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(module)
        self.ref = self.params.get("user")
        self.new_user = is_new_user(user)
        self.read_path = STATUS_PATH
        self.sudo: Optional[str] = None  # the Sudo header of the writes: set for a named user

    def run(self) -> Dict[str, Any]:
        refuse(validate(self.params))
        current = self.read()
        if self.params["state"] == "absent":
            return self.clear(current)
        return self.set_status(current)

    # -- reading ------------------------------------------------------------------------------------
    def read(self) -> Dict[str, Any]:
        if self.new_user:
            return cleared_status()  # and no sudo check: there is nobody to act as yet
        if self.ref is not None:
            ident: Any = self.ref
            if isinstance(ident, str) and ident.isdigit():
                ident = self.module.resolve_user(ident)["id"]
            self.read_path = api_path("/users/{}/status", ident)
            self.sudo = str(ident)
        try:
            return self.client.get(self.read_path, expect="object")
        except GitLabNotFound as exc:
            if self.ref is None:
                raise
            raise ModuleFailed("user: there is no GitLab user %s" % repr(self.ref), **error_details(exc))

    # -- state=present ------------------------------------------------------------------------------
    def set_status(self, current: Dict[str, Any]) -> Dict[str, Any]:
        desired = desired_status(self.params, current)
        changes = differences(desired, current)
        expiry = self.params.get("clear_status_after")
        if expiry and not changes and current.get("clear_status_at"):
            expiry = None  # it has an expiry already, and the status is not written for another reason
        before = status_view(current)
        after_status = dict(desired, clear_status_at=current.get("clear_status_at"))
        after = status_view(after_status, expiry)
        if not changes and not expiry:
            return self.module.result(before, after, status=current)
        body = dict(desired)
        if expiry:
            body["clear_status_after"] = expiry
        message_same = (desired["message"] or "") == (current.get("message") or "")
        predicted = dict(desired, message_html=current.get("message_html") if message_same else None,
                         clear_status_at=None if expiry else current.get("clear_status_at"))

        def reached(status: Dict[str, Any]) -> bool:
            return not differences(desired, status) and (not expiry or bool(status.get("clear_status_at")))

        self.check_sudo()
        status = self.send("PATCH", body, predicted, reached)
        if not self.check_mode:
            status = self.checked(status)
            for field, value in differences(desired, status).items():
                self.module.warn("GitLab accepted the %s %r but returns %r" % (field, value, status.get(field)))
        return self.module.result(before, after, status=status)

    # -- state=absent -------------------------------------------------------------------------------
    def clear(self, current: Dict[str, Any]) -> Dict[str, Any]:
        before = status_view(current)
        if has_status(current):
            self.check_sudo()
            # PUT leaves out every parameter, which clears the status (Users::SetStatusService).
            self.send("PUT", {}, None, lambda status: not has_status(status))
        return self.module.result(before, absent(), status=cleared_status())

    # -- writing ------------------------------------------------------------------------------------
    def send(self, method: str, body: Dict[str, Any], predicted: Any,
             reached: Callable[[Dict[str, Any]], bool]) -> Any:
        """One write to /user/status (through sudo for a named user). A lost answer is settled by reading
        the status again, and the write sent once more when it did not arrive."""
        resent = False
        while True:
            headers = {"Sudo": self.sudo} if self.sudo is not None else None
            try:
                return self.module.write(method, STATUS_PATH, data=body, headers=headers, predict=predicted)
            except GitLabTransportError as exc:
                if not exc.maybe_committed or resent:
                    raise
                status = self.client.get(self.read_path, expect="object")
                applied = reached(status)
                self.module.settle("%s %s" % (method, STATUS_PATH), applied=applied)
                if applied:
                    return status
                resent = True
            except GitLabValidationError as exc:
                raise ModuleFailed(self.refused(exc, body.get("emoji")), **error_details(exc))
            except GitLabError as exc:
                if method == "PATCH" and exc.status == 405:
                    self.module.warn("this GitLab has no PATCH %s; the status was replaced with PUT, which also "
                                     "removes an expiry unless clear_status_after is given" % STATUS_PATH)
                    method = "PUT"
                    continue
                self.sudo_refused(exc)

    @staticmethod
    def refused(exc: GitLabValidationError, emoji: Optional[str]) -> str:
        if "not a valid emoji name" in str(exc.message):
            return ("emoji: GitLab does not know the emoji name %r (%s). Status emoji use GitLab's names "
                    "(gemojione/TanukiEmoji and their aliases, for example slight_smile or thumbsup), which "
                    "differ from GitHub's" % (emoji, exc))
        return str(exc)

    def check_sudo(self) -> None:
        """Check mode: learn whether the sudo write would be refused, with one read as that user."""
        if not self.check_mode or self.sudo is None:
            return
        try:
            self.client.get("/user", headers={"Sudo": self.sudo}, expect="object")
        except GitLabError as exc:
            self.sudo_refused(exc)

    def sudo_refused(self, exc: GitLabError) -> None:
        """Fail with the reason GitLab refused sudo. Returns only when the named user is the token's own
        user (not an administrator): that user's status needs no sudo."""
        reason = sudo_refusal(exc) if self.sudo is not None else None
        if reason is None:
            raise exc
        if refused_only_for_not_being_admin(exc) and self.is_token_user():
            self.sudo = None
            return
        raise ModuleFailed("user: setting the status of %s goes through sudo (GitLab sets only the current user's "
                           "status), and GitLab refused it: %s (%s)" % (describe_user(self.ref), reason, exc),
                           **error_details(exc))

    def is_token_user(self) -> bool:
        return names_user(self.client.get("/user", expect="object"), self.sudo)

    @staticmethod
    def checked(status: Any) -> Dict[str, Any]:
        if not isinstance(status, dict):
            raise ModuleFailed("unexpected answer from GitLab to PATCH %s: expected the status, got %s"
                               % (STATUS_PATH, type(status).__name__))
        return status


class StatusPart(ConvergePart):
    """The `status` of a gitlab_users_converge entry: the module's options but `user`."""

    key = "status"
    module_name = "gitlab_user_status"
    description = (
        "The status of the user: the options of M(gitlab_ops.users.gitlab_user_status) except C(user).",
        "GitLab sets a status only for the current user, so this goes through sudo: the token needs the C(sudo) "
        "scope.",
        "Omitted, the user's status is left alone.",
    )

    def entry_spec(self) -> Dict[str, Any]:
        return dict(type="dict", options=without_user(self.argument_spec()))

    def task_options(self, value: Any, entry: Mapping[str, Any], run_params: Mapping[str, Any]) -> Tasks:
        return [(self.key, dict(value))]

    def problems(self, options: Dict[str, Any]) -> List[str]:
        return validate(options)

    def converge(self, context: TaskContext, user: Mapping[str, Any]) -> Dict[str, Any]:
        return StatusTask(context, user=user).run()

    def new_user_state(self, user: Mapping[str, Any], options: Mapping[str, Any]) -> Dict[str, Any]:
        return cleared_status()


CONVERGE_PART = StatusPart(argument_spec)


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user_status module."""
    return StatusTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True).run(run)
