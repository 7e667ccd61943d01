# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user_runner module: a CI runner the token's user creates (``POST /user/runners``) for
the instance, a group or a project, found again by its description within that scope.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. List the scope's runners of that type: ``GET /runners/all?type=instance_type`` (administrators),
   ``GET /groups/:id/runners?type=group_type`` or ``GET /projects/:id/runners?type=project_type`` (the group
   or project by ID or URL-encoded full path). GitLab filters these listings by type, status, paused, tags and
   version only (``filter_runners`` in lib/api/ci/helpers/runner.rb), not by description: the description is
   matched here.
3. Read the runner's details (``GET /runners/:id``) only when needed: a listing entry has the description and
   ``paused`` but not the tags, ``locked``, ``run_untagged``, ``access_level``, ``maximum_timeout`` or
   ``maintenance_note`` (lib/api/entities/ci/runner.rb against runner_details.rb). A group's listing also holds
   the group runners of its ancestor groups (``Ci::Runner.group_or_instance_wide``, lib/api/ci/runners.rb), so
   a group runner's details (its ``groups``) tell whether it is this group's.
4. Write: ``POST /user/runners`` (absent runner), ``PUT /runners/:id`` (only the options that differ),
   ``POST /runners/:id/reset_authentication_token`` (``reset_token``), ``DELETE /runners/:id`` (state=absent).

A runner's authentication token exists only in the answers of the create and of the reset: it goes to
``runner.token`` of the result and nowhere else (not in warnings, errors, the diff or ``actions``).
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Union

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError, GitLabForbidden, GitLabNotFound, GitLabTransportError, GitLabValidationError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.compare import Attr, AttributeTable
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, MASK, ModuleFailed, TaskContext, absent, error_details, present, refuse)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_group import scope_ref, scope_ref_problem

RUNNER_TYPES = ("instance_type", "group_type", "project_type")
# Ci::Runner (app/models/ci/runner.rb): the access_level enum, `validates :maximum_timeout ...
# greater_than_or_equal_to: 600` ("needs to be at least 10 minutes") and the maintenance note's length.
ACCESS_LEVELS = ("not_protected", "ref_protected")
MIN_MAXIMUM_TIMEOUT = 600
MAX_MAINTENANCE_NOTE = 1024
CREATE_PATH = "/user/runners"
RESET_TEMPLATE = "/runners/{}/reset_authentication_token"
# What GitLab gives a runner for the options POST /user/runners leaves out (lib/api/user_runners.rb declares no
# defaults; these are the ci_runners column defaults of db/structure.sql).
NEW_RUNNER_DEFAULTS = dict(paused=False, locked=False, run_untagged=True, tag_list=[], access_level="not_protected",
                           maximum_timeout=None, maintenance_note=None)
GET_A_TOKEN = "run the task once with reset_token=true to give the runner a new token and receive it"


def clean_tags(tags: Optional[List[str]]) -> List[str]:
    """The tags as GitLab stores them: stripped, each once (ActsAsTaggableOn::TagList#clean!), in no order that
    GitLab keeps, so they are compared and shown sorted."""
    return sorted(set(str(tag).strip() for tag in tags or []))


ATTRIBUTES = AttributeTable(
    Attr("paused", "bool"),
    Attr("locked", "bool"),
    Attr("run_untagged", "bool"),
    Attr("tag_list", "list", same=lambda desired, current, entity: clean_tags(desired) == clean_tags(current)),
    Attr("access_level", "str", choices=ACCESS_LEVELS),
    Attr("maximum_timeout", "int", minimum=MIN_MAXIMUM_TIMEOUT),
    Attr("maintenance_note", "str", blank_clears=True, max_length=MAX_MAINTENANCE_NOTE),
)
# The attributes a listing entry has (Entities::Ci::Runner); the others need GET /runners/:id.
LISTED = ("paused",)


def argument_spec() -> Dict[str, Any]:
    spec = dict(
        runner_type=dict(type="str", required=True, choices=list(RUNNER_TYPES)),
        group=dict(type="raw"),
        project=dict(type="raw"),
        description=dict(type="str", required=True),
        state=dict(type="str", default="present", choices=["present", "absent"]),
        reset_token=dict(type="bool", default=False, no_log=False),
    )
    spec.update(ATTRIBUTES.argument_spec())
    return spec


MODULE_OPTIONS = dict(
    required_if=[("runner_type", "group_type", ["group"]), ("runner_type", "project_type", ["project"])],
    mutually_exclusive=[("group", "project")],
)


# -- validation --------------------------------------------------------------------------------------

def validate(params: Mapping[str, Any]) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    kind = params["runner_type"]
    for option, wanted in (("group", "group_type"), ("project", "project_type")):
        problem = scope_ref_problem(option, params.get(option))
        if problem:
            problems.append(problem)
        elif params.get(option) is not None and kind != wanted:
            problems.append("%s can only be given with runner_type=%s, not %s" % (option, wanted, kind))
    description = params.get("description")
    if description is None or not description.strip():
        problems.append("description must not be empty: it is how the runner is found within its scope")
    problems.extend(ATTRIBUTES.validate(params))
    for index, tag in enumerate(params.get("tag_list") or []):
        if not str(tag).strip():
            problems.append("tag_list[%d] must not be empty" % index)
        elif "," in str(tag):
            # GitLab splits tag_list on commas (API::Validations::Types::CommaSeparatedToArray).
            problems.append("tag_list[%d]: %r contains a comma, which GitLab reads as two tags" % (index, tag))
    if params.get("run_untagged") is False and params.get("tag_list") == []:
        problems.append("run_untagged=false needs at least one tag in tag_list: GitLab refuses a runner that may "
                        "pick no job")
    if params["state"] == "absent":
        given = [attr.option for attr in ATTRIBUTES.managed(params)]
        if params.get("reset_token"):
            given.append("reset_token")
        if given:
            problems.append("%s cannot be used with state=absent, which deletes the runner" % ", ".join(given))
    return problems


# -- the scope ---------------------------------------------------------------------------------------------

class Scope:
    """Where the runner lives: the instance, a group or a project, by ID or full path."""

    def __init__(self, params: Mapping[str, Any]) -> None:
        self.kind: str = params["runner_type"]
        self.option: Optional[str] = {"group_type": "group", "project_type": "project"}.get(self.kind)
        given = params.get(self.option) if self.option else None
        self.given = given  # as the user gave it: shown in the diff
        self.ref: Union[int, str, None] = scope_ref(given) if given is not None else None
        self.id: Optional[int] = self.ref if isinstance(self.ref, int) else None

    def describe(self) -> str:
        if self.option is None:
            return "the instance"
        return "%s %s" % (self.option, self.ref if isinstance(self.ref, int) else repr(self.ref))

    def listing_path(self) -> str:
        if self.option is None:
            return "/runners/all"
        return api_path("/%ss/{}/runners" % self.option, self.ref)

    def holds(self, details: Mapping[str, Any]) -> bool:
        """Whether a group runner's details name this group (a group's listing holds its ancestors' runners too).
        A group given by path is matched with the group's web_url, ".../groups/<full path>" (group_url)."""
        for group in details.get("groups") or []:
            if not isinstance(group, dict):
                continue
            if isinstance(self.ref, int):
                if group.get("id") == self.ref:
                    return True
            elif str(group.get("web_url") or "").lower().endswith("/groups/" + str(self.ref).lower()):
                self.id = group.get("id")
                return True
        return False

    def role(self) -> str:
        """Who may manage runners of this scope (app/policies/ci/runner_policy.rb, `User#ci_owned_runners`;
        Ci::Runners::RunnerCreationStrategies for creation)."""
        return {"instance_type": "an administrator", "group_type": "an Owner of the group",
                "project_type": "a Maintainer (or Owner) of the project"}[self.kind]


def entity_view(entity: Mapping[str, Any]) -> Dict[str, Any]:
    """A runner as GitLab returns it, without any token (GitLab before 14.x returned it in the details), and
    with `paused` also where GitLab returns only `active` (before 14.8)."""
    runner = dict((key, value) for key, value in entity.items() if key != "token")
    if "paused" not in runner and "active" in runner:
        runner["paused"] = not runner["active"]
    return runner


# -- the run -------------------------------------------------------------------------------------------------

class RunnerTask(ContextTask):
    """One gitlab_user_runner task."""

    def __init__(self, module: TaskContext) -> None:
        super().__init__(module)
        self.scope = Scope(self.params)
        self.description: str = self.params["description"]

    def run(self) -> Dict[str, Any]:
        refuse(validate(self.params))
        matches = self.find()
        if len(matches) > 1:
            raise ModuleFailed(self.duplicates(matches))
        found = matches[0] if matches else None
        if self.params["state"] == "absent":
            return self.remove(found)
        if found is None:
            return self.create()
        return self.update(found)

    # -- reading ------------------------------------------------------------------------------------
    def find(self) -> List[Dict[str, Any]]:
        """The runners of the scope and type with the description: the listing, and for a group the details of
        each runner with that description (to leave out those of ancestor groups)."""
        path = self.scope.listing_path()
        try:
            listed = [entity_view(entry) for entry in self.client.paginate(path, params=dict(type=self.scope.kind))]
        except (GitLabForbidden, GitLabNotFound) as exc:
            raise ModuleFailed(self.listing_refused(exc), **error_details(exc))
        matches = [entry for entry in listed if entry.get("description") == self.description
                   and entry.get("runner_type", self.scope.kind) == self.scope.kind]
        if self.scope.kind != "group_type":
            return matches
        return [details for details in (self.details(entry) for entry in matches) if self.scope.holds(details)]

    def listing_refused(self, exc: GitLabError) -> str:
        if self.scope.option is None:
            return ("runner_type=instance_type: only administrators can list and create instance runners, and GitLab "
                    "refused the listing (%s)" % exc)
        if isinstance(exc, GitLabNotFound):
            return "%s: GitLab has no %s %s, or the token's user cannot see it (%s)" % (
                self.scope.option, self.scope.option, repr(self.scope.ref), exc)
        return ("%s: the token's user may not list the runners of %s; GitLab lets %s manage its runners (%s)"
                % (self.scope.option, self.scope.describe(), self.scope.role(), exc))

    def details(self, entry: Mapping[str, Any]) -> Dict[str, Any]:
        try:
            return entity_view(self.client.get(api_path("/runners/{}", entry.get("id")), expect="object"))
        except GitLabForbidden as exc:
            raise ModuleFailed(self.refused("read", exc), **error_details(exc))

    def duplicates(self, matches: List[Mapping[str, Any]]) -> str:
        ids = ", ".join(str(match.get("id")) for match in matches)
        return ("description: %d %s runners of %s have the description %r (ids %s); the module finds a runner by its "
                "description within its scope, so it cannot tell which is meant. Give them distinct descriptions or "
                "delete the extra ones" % (len(matches), self.scope.kind, self.scope.describe(), self.description, ids))

    def refused(self, what: str, exc: GitLabError) -> str:
        if "more than one project" in str(exc.message):
            return ("the project runner %r is enabled in more than one project; only an administrator can delete it "
                    "(%s)" % (self.description, exc))
        return "%s: only %s may %s its runners (%s)" % (
            self.scope.option or "runner_type", self.scope.role(), what, exc)

    # -- views ----------------------------------------------------------------------------------------
    def identity(self) -> Dict[str, Any]:
        identity: Dict[str, Any] = dict(runner_type=self.scope.kind)
        if self.scope.option:
            identity[self.scope.option] = self.scope.given
        identity["description"] = self.description
        return identity

    def view(self, runner: Optional[Mapping[str, Any]], new_token: bool = False) -> Dict[str, Any]:
        """One side of the diff: the identity, the managed attributes as GitLab stores them, and `token: ********`
        when this task issues a new token (never its value)."""
        if runner is None:
            return absent(**self.identity())
        view = self.identity()
        for attr in ATTRIBUTES.managed(self.params):
            if attr.key in runner:
                value = runner.get(attr.key)
                view[attr.option] = clean_tags(value) if attr.option == "tag_list" else attr.shown(value)
        if new_token:
            view["token"] = MASK
        return present(**view)

    def result(self, before: Optional[Mapping[str, Any]], runner: Optional[Mapping[str, Any]],
               token: Optional[Mapping[str, Any]] = None, new_token: bool = False) -> Dict[str, Any]:
        """`runner` with the token this task received; new_token: a token is (or in check mode would be) issued."""
        shown = dict(runner) if runner is not None else None
        if shown is not None and token:
            shown.update(token=token.get("token"), token_expires_at=token.get("token_expires_at"))
        return self.module.result(self.view(before), self.view(runner, new_token=new_token), runner=shown,
                                  token_returned=bool(token and token.get("token")))

    # -- state=present: create --------------------------------------------------------------------------
    def wanted(self) -> Dict[str, Any]:
        """{option: value} of the managed attributes, tags as GitLab stores them."""
        values = dict((attr.option, self.params[attr.option]) for attr in ATTRIBUTES.managed(self.params))
        if "tag_list" in values:
            values["tag_list"] = clean_tags(values["tag_list"])
        return values

    def scope_id(self) -> Optional[int]:
        """The group's or project's ID, which POST /user/runners needs (group_id, project_id): one GET of the
        group or project when it was given by path."""
        if self.scope.option is None or self.scope.id is not None:
            return self.scope.id
        try:
            found = self.client.get(api_path("/%ss/{}" % self.scope.option, self.scope.ref), expect="object")
        except GitLabNotFound as exc:
            raise ModuleFailed("%s: GitLab has no %s %r, or the token's user cannot see it (%s)" % (
                self.scope.option, self.scope.option, self.scope.ref, exc), **error_details(exc))
        self.scope.id = found.get("id")
        return self.scope.id

    def create(self) -> Dict[str, Any]:
        values = self.wanted()
        if values.get("run_untagged") is False and not values.get("tag_list"):
            raise ModuleFailed("run_untagged=false needs tag_list: GitLab refuses a new runner without tags that may "
                               "not pick untagged jobs")
        body: Dict[str, Any] = dict(runner_type=self.scope.kind, description=self.description)
        if self.scope.option:
            body["%s_id" % self.scope.option] = self.scope_id()
        body.update(values)
        predicted = dict(NEW_RUNNER_DEFAULTS, id=None, description=self.description, runner_type=self.scope.kind)
        predicted.update(values)
        action = self.module.action("POST", CREATE_PATH)
        for attempt in (1, 2):
            try:
                answer = self.module.write("POST", CREATE_PATH, data=body, predict=dict(id=None))
            except GitLabTransportError as exc:
                if not exc.maybe_committed:
                    raise
                adopted = self.after_lost_create(action, exc)
                if adopted is not None:
                    return adopted
                if attempt == 2:
                    raise
                continue
            except GitLabForbidden as exc:
                raise ModuleFailed(self.refused("create", exc), **error_details(exc))
            except GitLabValidationError as exc:
                raise ModuleFailed("GitLab refused to create the runner %r for %s: %s" % (
                    self.description, self.scope.describe(), exc), **error_details(exc))
            if self.check_mode:
                return self.result(None, predicted, new_token=True)
            if not isinstance(answer, dict) or "id" not in answer:
                raise ModuleFailed("unexpected answer from GitLab to %s: expected the new runner, got %s"
                                   % (action, type(answer).__name__))
            predicted["id"] = answer["id"]
            return self.result(None, predicted, token=answer, new_token=True)
        raise AssertionError("not reached")

    def after_lost_create(self, action: str, lost: GitLabTransportError) -> Optional[Dict[str, Any]]:
        """The answer to POST /user/runners was lost: list the scope again. No runner with the description: the
        create did not arrive (None: send it again). One: GitLab made it, but its token was in the lost answer,
        so nobody has it; its token is reset to return one (a runner made moments ago has not registered with
        that token). Several: another run made one too, and the task fails as for any duplicate."""
        try:
            matches = self.find()
        except (ModuleFailed, GitLabError) as exc:
            raise ModuleFailed("the answer to %s was lost (%s), and the runners could not be listed again (%s): GitLab "
                               "may have created the runner %r, whose token nobody received; if a later run finds it, "
                               "%s" % (action, lost.message, getattr(exc, "msg", exc), self.description, GET_A_TOKEN),
                               **error_details(lost))
        self.module.settle(action, applied=bool(matches))
        if not matches:
            return None
        if len(matches) > 1:
            raise ModuleFailed("the answer to %s was lost; %s" % (action, self.duplicates(matches)))
        runner = matches[0]
        self.module.warn("the answer to %s was lost, but GitLab had created the runner %r (id %s) of %s, whose token "
                         "was in that answer; its token was reset so that this task returns one" % (
                             action, self.description, runner.get("id"), self.scope.describe()))
        token = self.reset(runner)
        predicted = dict(NEW_RUNNER_DEFAULTS, description=self.description, runner_type=self.scope.kind)
        predicted.update(runner)
        predicted.update(self.wanted())
        return self.result(None, predicted, token=token, new_token=True)

    # -- state=present: update ---------------------------------------------------------------------------
    def update(self, found: Dict[str, Any]) -> Dict[str, Any]:
        runner = found
        if any(attr.option not in LISTED for attr in ATTRIBUTES.managed(self.params)) and "tag_list" not in runner:
            runner = self.details(found)
        wanted = self.wanted()
        changes, _unverifiable = ATTRIBUTES.plan(wanted, runner)
        after = ATTRIBUTES.predict(runner, changes)
        if "run_untagged" in wanted or "tag_list" in wanted:
            if after.get("run_untagged") is False and not after.get("tag_list"):
                raise ModuleFailed("run_untagged=false needs tag_list: the runner %r has no tags, and GitLab refuses a "
                                   "runner without tags that may not pick untagged jobs" % self.description)
        if changes:
            try:
                answer = self.module.write("PUT", "/runners/{}", runner.get("id"), data=changes, predict=after)
            except GitLabForbidden as exc:
                raise ModuleFailed(self.refused("change", exc), **error_details(exc))
            except GitLabValidationError as exc:
                raise ModuleFailed("GitLab refused to change the runner %r (id %s): %s" % (
                    self.description, runner.get("id"), exc), **error_details(exc))
            if isinstance(answer, dict):
                after = entity_view(answer)
        token = None
        if self.params["reset_token"]:
            token = self.reset(runner)
        return self.result(runner, after, token=token, new_token=bool(self.params["reset_token"]))

    def reset(self, runner: Mapping[str, Any]) -> Optional[Dict[str, Any]]:
        """POST /runners/:id/reset_authentication_token: GitLab replaces the token in one call (the old one stops
        working at once; there is no way to make the new one first). When the answer is lost, the reset is sent
        again, once: whatever token the first one made was never received, and the second replaces it."""
        runner_id = runner.get("id")
        action = self.module.action("POST", RESET_TEMPLATE, runner_id)
        for attempt in (1, 2):
            try:
                answer = self.module.write("POST", RESET_TEMPLATE, runner_id, predict=None)
            except GitLabTransportError as exc:
                if not exc.maybe_committed or attempt == 2:
                    raise ModuleFailed("%s failed (%s): the token of the runner %r (id %s) may have been reset, so "
                                       "the old token may no longer work, and no new token was received; %s" % (
                                           action, exc, self.description, runner_id, GET_A_TOKEN),
                                       **error_details(exc))
                self.module.settle(action, applied=False)  # sent again below: listed once
                continue
            except GitLabForbidden as exc:
                raise ModuleFailed(self.refused("reset the token of", exc), **error_details(exc))
            if self.check_mode:
                return None
            if not isinstance(answer, dict) or not answer.get("token"):
                raise ModuleFailed("unexpected answer from GitLab to %s: expected the new token" % action)
            return answer
        raise AssertionError("not reached")

    # -- state=absent -------------------------------------------------------------------------------------
    def remove(self, found: Optional[Dict[str, Any]]) -> Dict[str, Any]:
        if found is not None:
            try:
                self.module.write("DELETE", "/runners/{}", found.get("id"))
            except GitLabForbidden as exc:
                raise ModuleFailed(self.refused("delete", exc), **error_details(exc))
        return self.module.result(self.view(found), self.view(None), runner=None, token_returned=False)


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user_runner module."""
    return RunnerTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True, **MODULE_OPTIONS).run(run)
