# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The run shared by the modules that manage a user's keys (SSH keys, GPG keys): whose keys, listing them,
matching them to the wanted keys by the key itself, and the writes with their lost-answer recovery.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run of a `KeySet` subclass:

1. `wanted()` parses and checks every given key: a bad key fails here, before any request.
2. `KeyOwner.list()` reads the user's keys: one request when the user is omitted (``/user/...``) or given
   by id, and for SSH keys also by username (``GET /users/:id_or_username/keys``); GPG keys of a user named
   by username cost a lookup first, since ``/users/:id/gpg_keys`` takes only an id.
3. `reconcile()` matches wanted and existing keys on their identity (the key itself, never the title).
4. Writes, in this order: additions, replacements (delete, then add again: GitLab has no update for
   keys), removals (``state=absent`` and ``exclusive``), so that a key that cannot be added fails the
   task before any key is removed. A username is resolved to an id only when there
   is something to write (the write endpoints take only ids).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Hashable, List, Mapping, Optional, Tuple, Type

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabForbidden, GitLabNotFound, GitLabTransportError, GitLabValidationError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ModuleFailed, TaskContext, error_details)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.bulk import TaskScope
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.converge_part import CONVERGE, ConvergePart, Tasks
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.reconcile import reconcile
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.target_user import is_new_user, user_option_problem

PRESENT, ABSENT = "present", "absent"
TAKEN = "has already been taken"


def user_argument_spec() -> Dict[str, Any]:
    """The options every key module shares (documented in the gitlab_ops.users._user_keys fragment)."""
    return dict(
        user=dict(type="raw"),
        exclusive=dict(type="bool", default=False),
    )


def new_user_keys() -> List[Dict[str, Any]]:
    """The keys of a user GitLab has just created: none (POST /users takes no key, lib/api/users.rb)."""
    return []


class KeyOwner:
    """Whose keys: the token's own user (``/user/<resource>``) or a user named by id or username. `user`: the
    user entity when the caller has it (gitlab_users_converge): its id is used, and a user that check mode
    would create (no id) has the keys of a new user, read from nobody."""

    def __init__(self, module: TaskContext, ident: Any, resource: str, lists_by_username: bool,
                 user: Optional[Mapping[str, Any]] = None) -> None:
        self.module = module
        self.ident = ident
        self.resource = resource
        self.own = ident is None
        self.known = user is not None
        self.new_user = is_new_user(user)
        if user is not None:
            self.user_id: Optional[int] = user.get("id")  # None for a new user: ":id" in check mode's actions
        else:
            self.user_id = ident if isinstance(ident, int) else None
        # `/users/123/keys` would name the user with the id 123, so an all-digit username is resolved first.
        self.lists_by_username = lists_by_username and isinstance(ident, str) and not ident.isdigit()

    def named(self) -> str:
        """How messages name the user: "with the id 42" or "'alice'"."""
        return ("with the id %d" % self.ident) if isinstance(self.ident, int) else repr(self.ident)

    def describe(self) -> str:
        return "the token's own user" if self.own else "the user %s" % self.named()

    def resolve(self) -> None:
        """The user's id, for the write endpoints: one GET, only for a user named by username."""
        if not self.own and not self.known and self.user_id is None:
            self.user_id = int(self.module.resolve_user(self.ident)["id"])

    def collection(self) -> Tuple[Any, ...]:
        """(template, *args) of the user's key collection, for writes (resolving the user if needed)."""
        if self.own:
            return ("/user/%s" % self.resource,)
        self.resolve()
        return ("/users/{}/%s" % self.resource, self.user_id)

    def item(self, key_id: Any, suffix: str = "") -> Tuple[Any, ...]:
        """(template, *args) of one key (`suffix` e.g. "/revoke")."""
        parts = self.collection()
        return (parts[0] + "/{}" + suffix,) + parts[1:] + (key_id,)

    def list(self) -> List[Dict[str, Any]]:
        """Every key of the user (all pages)."""
        if self.new_user:
            return new_user_keys()
        if self.lists_by_username and self.user_id is None:
            path = api_path("/users/{}/%s" % self.resource, self.ident)
        else:
            path = api_path(*self.collection())
        try:
            return list(self.module.client.paginate(path))
        except GitLabNotFound:
            if self.own:
                raise
            raise ModuleFailed("user: there is no GitLab user %s" % self.named())


class Wanted:
    """One key of the task: where it was given (`label`, e.g. "keys[1] ('laptop')"), its identity, its
    state and the parsed key with the task's other settings for it."""

    def __init__(self, label: str, identity: Hashable, state: str, parsed: Any, settings: Mapping[str, Any]) -> None:
        self.label = label
        self.identity = identity
        self.state = state
        self.parsed = parsed
        self.settings = dict(settings)


class Existing:
    """One key on the server and its identity."""

    def __init__(self, entity: Dict[str, Any], identity: Hashable) -> None:
        self.entity = entity
        self.identity = identity


def key_entries(params: Mapping[str, Any], fields: Tuple[str, ...]) -> List[Tuple[str, Dict[str, Any]]]:
    """[(option path, entry)]: the single `key` form as one entry "key", or each element "keys[i]". An
    entry's state defaults to the task's `state`, and that to present."""
    if params.get("key") is not None:
        entries = [("key", dict((field, params.get(field)) for field in ("key",) + fields))]
    else:
        entries = [("keys[%d]" % index, dict(entry)) for index, entry in enumerate(params.get("keys") or [])]
    for _option, entry in entries:
        entry["state"] = entry.get("state") or params.get("state") or PRESENT
    return entries


def duplicate_problems(items: List[Wanted], noun: str) -> List[str]:
    """The same key listed twice (whatever its comment or armor), or both present and absent."""
    problems, first = [], {}
    for item in items:
        earlier = first.get(item.identity)
        if earlier is None:
            first[item.identity] = item
        elif earlier.state != item.state:
            problems.append("%s and %s are the same %s, once present and once absent" % (earlier.label, item.label, noun))
        else:
            problems.append("%s and %s are the same %s; list it once" % (earlier.label, item.label, noun))
    return problems


class KeySet:
    """The run of a key module; subclasses give the key kind's parsing, comparison and views."""

    noun = "key"             # "SSH key", "GPG key": how messages name one key
    resource = "keys"        # the path segment: /user/<resource>, /users/:id/<resource>
    lists_by_username = False

    def __init__(self, module: TaskContext, user: Optional[Mapping[str, Any]] = None) -> None:
        """`user`: the user entity when the caller has it (KeyOwner)."""
        self.module = module
        self.params = module.params
        self.check_mode = module.check_mode
        self.user = user
        self.owner: Optional[KeyOwner] = None
        self.items: List[Wanted] = []

    # -- hooks ----------------------------------------------------------------------------------------
    def wanted(self) -> List[Wanted]:
        """Every key of the task, parsed and checked; raise ModuleFailed naming every bad key."""
        raise NotImplementedError

    def identity_of(self, entity: Mapping[str, Any]) -> Hashable:
        """The identity of a key GitLab returned; one that can never match a wanted key if unreadable."""
        raise NotImplementedError

    def needs_replacement(self, item: Wanted, entity: Mapping[str, Any]) -> bool:
        """Whether an existing key differs from the wanted one in something only re-adding it changes."""
        return False

    def replacement_problem(self, item: Wanted, entity: Mapping[str, Any]) -> Optional[str]:
        """Why a key that needs replacing cannot be added again, or None (checked before any write)."""
        return None

    def create_body(self, item: Wanted, replaced: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """The POST body; for a replacement, what the task leaves out is taken from the `replaced` key."""
        raise NotImplementedError

    def predict(self, item: Wanted, replaced: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """The key entity GitLab would return for the addition (check mode)."""
        raise NotImplementedError

    def view(self, entity: Mapping[str, Any]) -> Dict[str, Any]:
        """The returned form of a key: `id` plus what describes it, never secret."""
        raise NotImplementedError

    def remove(self, existing: Existing, item: Optional[Wanted]) -> None:
        """Remove an existing key (`item` is the task's absent entry for it, None for exclusive)."""
        self.module.write("DELETE", *self.owner.item(existing.entity["id"]))

    def taken_message(self, item: Wanted) -> str:
        """The failure for a key GitLab refuses as already taken by another account."""
        return "%s is already in use by another GitLab account; GitLab allows a %s on one account only" % (
            item.label, self.noun)

    def refusal_hint(self, item: Wanted, exc: GitLabValidationError) -> str:
        """Extra words for a 400 other than "taken"."""
        return ""

    # -- the run --------------------------------------------------------------------------------------
    def run(self) -> Dict[str, Any]:
        problems = []
        user_problem = user_option_problem(self.params.get("user"))
        if user_problem:
            problems.append(user_problem)
        items = []
        try:
            items = self.wanted()
        except ModuleFailed as exc:
            problems.append(exc.msg)
        if problems:
            raise ModuleFailed("; ".join(problems))
        self.owner = KeyOwner(self.module, self.params.get("user"), self.resource, self.lists_by_username, self.user)
        self.items = items
        current = self.read()
        present = [item for item in items if item.state == PRESENT]
        absent = [item for item in items if item.state == ABSENT]
        plan = reconcile(current, present, key=lambda item: item.identity,
                         same=lambda want, have: not self.needs_replacement(want, have.entity),
                         purge=self.params["exclusive"], absent=absent)
        problems = [problem for problem in (self.replacement_problem(item, existing.entity)
                                            for item, existing in plan.update) if problem]
        if problems:
            raise ModuleFailed("; ".join(problems))
        absent_by_identity = dict((item.identity, item) for item in absent)
        after: List[Optional[Dict[str, Any]]] = [existing.entity for existing in current]
        position = dict((id(existing), index) for index, existing in enumerate(current))
        removed = []
        # Additions first: a key that cannot be added (taken by another account) fails the task before
        # any key is removed, so that a rotation never leaves the user without keys.
        for item in plan.create:
            after.append(self.create(item))
        for item, existing in plan.update:
            after[position[id(existing)]] = None
            after.append(self.replace(item, existing))
        for existing in plan.delete:
            self.remove_or_explain(existing, absent_by_identity.get(existing.identity))
            after[position[id(existing)]] = None
            removed.append(self.view(existing.entity))
        keys = [entity for entity in after if entity is not None]
        views = [self.view(entity) for entity in keys]
        # `keys` is the deprecated name of `user_keys`: in Jinja, result.keys is the dictionary's own method.
        return self.module.result(before=self.diff_side([existing.entity for existing in current]),
                                  after=self.diff_side(keys), user_keys=views, keys=views, removed_keys=removed)

    def read(self) -> List[Existing]:
        """The user's keys now (one list request; pages beyond 100 keys cost one more each)."""
        return [Existing(entity, self.identity_of(entity)) for entity in self.owner.list()]

    def find(self, identity: Hashable) -> Optional[Dict[str, Any]]:
        """Re-read the keys and return the one with this identity, if any."""
        for existing in self.read():
            if existing.identity == identity:
                return existing.entity
        return None

    def diff_side(self, entities: List[Mapping[str, Any]]) -> Dict[str, Any]:
        """One side of the diff: every key of the user without its id, in a stable order."""
        views = []
        for entity in entities:
            view = self.view(entity)
            view.pop("id", None)
            views.append(view)
        return dict(keys=sorted(views, key=lambda view: sorted((k, str(v)) for k, v in view.items())))

    # -- writes ---------------------------------------------------------------------------------------
    def remove_or_explain(self, existing: Existing, item: Optional[Wanted], **options: Any) -> None:
        """remove(existing, item, **options), with a 403 explained."""
        try:
            self.remove(existing, item, **options)
        except GitLabForbidden as exc:
            raise ModuleFailed(self.forbidden_message(exc), **error_details(exc))

    def settled_write(self, method: str, parts: Tuple[Any, ...], applied: Callable[[], Any], **kwargs: Any) -> Any:
        """module.write(method, *parts, **kwargs); when its answer is lost, `applied()` (which re-reads the
        keys) tells whether it took effect: then its value is returned, else the write is sent once more."""
        action = self.module.action(method, *parts)
        for attempt in (1, 2):
            try:
                return self.module.write(method, *parts, **kwargs)
            except GitLabTransportError as exc:
                if not exc.maybe_committed:
                    raise
                outcome = applied()
                self.module.settle(action, applied=bool(outcome))
                if outcome:
                    return outcome
                if attempt == 2:
                    raise
                self.module.warn("the answer to %s was lost and it did not take effect: sending it again" % action)
        raise AssertionError("not reached")

    def replace(self, item: Wanted, existing: Existing) -> Dict[str, Any]:
        """Replace a key that needs it (GitLab has no update for keys): delete it, then add the wanted one."""
        self.remove_or_explain(existing, None)
        return self.create(item, existing.entity)

    def create(self, item: Wanted, replaced: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        """Add a key. A lost answer is settled by re-reading the keys (a key found there is not added
        twice); a key GitLab calls taken that the user has meanwhile is accepted, otherwise it belongs
        to another account and the task fails saying so."""
        parts = self.owner.collection()
        try:
            entity = self.settled_write("POST", parts, lambda: self.find(item.identity),
                                        data=self.create_body(item, replaced),
                                        predict=lambda: self.predict(item, replaced))
        except GitLabValidationError as exc:
            if not is_taken(exc.body):
                reason = "%s was refused by GitLab: %s" % (item.label, exc.message)
                raise ModuleFailed(reason + self.refusal_hint(item, exc), **error_details(exc))
            found = self.find(item.identity)
            if found is None:
                raise ModuleFailed(self.taken_message(item), **error_details(exc))
            self.module.warn("%s was added to %s by someone else while this task ran" % (
                item.label, self.owner.describe()))
            return found
        except GitLabForbidden as exc:
            raise ModuleFailed(self.forbidden_message(exc), **error_details(exc))
        if not isinstance(entity, dict) or (not self.check_mode and "id" not in entity):
            raise ModuleFailed("unexpected answer from GitLab to POST %s: expected the key, got %s"
                               % (api_path(*parts), type(entity).__name__))
        return entity

    def forbidden_message(self, exc: GitLabForbidden) -> str:
        if self.owner is not None and not self.owner.own:
            return ("%s (managing the keys of another user needs an administrator's token; omit user to manage "
                    "the token's own keys)" % exc)
        return str(exc)


def is_taken(body: Any) -> bool:
    """Whether a 400 body says the key (or its fingerprint) is taken: {"message": {field: [..]}}."""
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, dict):
        return False
    for problems in message.values():
        problems = problems if isinstance(problems, list) else [problems]
        if any(TAKEN in str(problem) for problem in problems):
            return True
    return False


class KeysPart(ConvergePart):
    """The keys of a gitlab_users_converge entry (`ssh_keys`, `gpg_keys`): the key module's `keys` option, with
    the run's exclusive_keys."""

    module_option = "keys"

    def __init__(self, key: str, module_name: str, task_class: Type[KeySet], plural: str,
                 argument_spec: Callable[[], Dict[str, Any]], module_rules: Optional[Mapping[str, Any]] = None) -> None:
        """`key`: the entry key; `module_name`: the key module; `task_class`: its KeySet; `plural`: how the
        documentation names the keys ("SSH keys"); then the key module's argument spec and rules."""
        self.key = key
        self.module_name = module_name
        self.task_class = task_class
        self.plural = plural
        super().__init__(argument_spec, module_rules)
        self.description = (
            "The %s of the user, as O(gitlab_ops.users.%s#module:keys) of M(gitlab_ops.users.%s) gives them."
            % (self.plural, self.module_name, self.module_name),
            "With O(%sexclusive_keys), the user's other %s are removed." % (CONVERGE, self.plural),
            "Omitted, the user's %s are left alone." % self.plural)

    def entry_spec(self) -> Dict[str, Any]:
        """The module's `keys`, with the key text not masked: a public key is no secret, and Ansible masks every
        no_log value in every string of the result, which for thousands of users' keys costs seconds."""
        spec = dict(self.argument_spec()["keys"], no_log=False)
        options = dict(spec["options"])
        options["key"] = dict(options["key"], no_log=False)
        return dict(spec, options=options)

    def task_options(self, value: Any, entry: Mapping[str, Any], run_params: Mapping[str, Any]) -> Tasks:
        return [(self.key, dict(keys=value, exclusive=run_params["exclusive_keys"]))]

    def problems(self, options: Dict[str, Any]) -> List[str]:
        """Every key parsed and checked, as the task does before any request (KeySet.wanted)."""
        try:
            self.task_class(TaskScope(None, options, check_mode=True)).wanted()
        except ModuleFailed as exc:
            return [exc.msg]
        return []

    def converge(self, context: TaskContext, user: Mapping[str, Any]) -> Dict[str, Any]:
        return self.task_class(context, user=user).run()

    def new_user_state(self, user: Mapping[str, Any], options: Mapping[str, Any]) -> List[Dict[str, Any]]:
        return new_user_keys()

    def view(self, side: Any) -> Any:
        return side.get("keys", []) if side else []
