# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The token engine that gitlab_impersonation_token and gitlab_service_account_token share: the access tokens
of one owner (a user, or a service account of a group), identified by name.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A module gives the engine a `TokenKind` (where its tokens are listed, created, rotated and revoked) and a
subclass of `TokenEngine` that knows the owner: `find_owner()`, `path_owner()` (the ids of the paths),
`identity()` (what the diff names), `owner_label` (how messages name the owner), and optionally `prechecks()`,
`not_found()`, `filter_listed()` and `predicted_extra()`. The engine then runs one task:

1. ``validate`` -- bad input fails here, before any request; then the owner.
2. The active tokens of that name (`named("active")`).
3. present: keep a fitting token, or replace it as the replacement policy (``recreate``, ``rotate``) says:
   rotate it, or create its successor and only then revoke it, so that a failure on the way leaves the old
   token active; absent: revoke every active token of that name.

A token value exists only in the answer that created it: it goes to ``token.token`` of the result and
nowhere else (not in warnings, errors, the diff or ``actions``). Once a value is in hand, nothing that
follows (the re-read, revoking the predecessors) fails the task: that would drop the value.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Set, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError, GitLabNotFound, GitLabTransportError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.compare import parse_date
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.converge_part import (
    ConvergePart, Tasks, without_user)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, MASK, ModuleFailed, TaskContext, absent, error_details, present, refuse)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.token_expiry import (
    days_left, due_for_renewal, expiry_date_problem, expiry_in, is_expired, lifetime_problem, utc_today)

# ("can only contain available scopes"); an instance without a registry also refuses the registry scopes.
SCOPES = (
    "api", "read_api", "read_user", "create_runner", "manage_runner", "k8s_proxy", "self_rotate",
    "read_repository", "write_repository", "read_registry", "write_registry", "read_virtual_registry",
    "write_virtual_registry", "read_observability", "write_observability", "ai_features", "sudo", "admin_mode",
    "read_service_ping",
)
# PersonalAccessToken::MAX_DESCRIPTION_LENGTH (app/models/personal_access_token.rb).
MAX_DESCRIPTION_LENGTH = 255
RECREATE_POLICIES = ("never", "on_change", "always")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
NO_VALUE = ("GitLab shows a token's value only in the answer that creates it; this run created no token, so no "
            "value is returned")
# The one way to a value of an existing token: a new token (the option is the module's replacement policy).
GET_A_VALUE = "run the task once with %s=always to replace it and receive a new value"


class TokenKind(NamedTuple):
    """Where one kind of token is listed, created, rotated and revoked. The templates' first "{}" are the
    owner's ids (`TokenEngine.path_owner()`: the user's id, or the group's and the account's); the last one of
    the revoke and rotate templates is the token's id."""

    name: str
    list_template: str
    # GET /personal_access_tokens?user_id= lists the owner's tokens by a query instead of a path.
    lists_by_query: bool
    create_template: str
    revoke_template: str
    # The revoke template starts with the owner's ids.
    revoke_by_user: bool
    # POST /personal_access_tokens/:id/rotate: GitLab's request spec (spec/requests/api/
    # personal_access_tokens_spec.rb, "POST /personal_access_tokens/:id/rotate") rotates personal access
    # tokens only; nothing there rotates an impersonation token, so those are replaced by a new token.
    rotates: bool
    rotate_template: str = "/personal_access_tokens/{}/rotate"
    # The rotate template starts with the owner's ids.
    rotate_by_owner: bool = False

    def list_request(self, owner: Tuple[Any, ...], state: Optional[str]) -> Tuple[str, Dict[str, Any]]:
        params: Dict[str, Any] = dict(state=state) if state else {}
        if self.lists_by_query:
            return self.list_template, dict(user_id=owner[-1], **params)
        return api_path(self.list_template, *owner), params

    def revoke_args(self, owner: Tuple[Any, ...], token_id: Any) -> Tuple[Any, ...]:
        return tuple(owner) + (token_id,) if self.revoke_by_user else (token_id,)

    def rotate_args(self, owner: Tuple[Any, ...], token_id: Any) -> Tuple[Any, ...]:
        return tuple(owner) + (token_id,) if self.rotate_by_owner else (token_id,)


def token_argument_spec(policy_option: str = "recreate", policy_aliases: Tuple[str, ...] = ()) -> Dict[str, Any]:
    """The options of a token but its owner and type: name, state, scopes, description, expiry, renewal and the
    replacement policy, in gitlab_impersonation_token's order."""
    policy: Dict[str, Any] = dict(type="str", default="on_change", choices=list(RECREATE_POLICIES))
    if policy_aliases:
        policy["aliases"] = list(policy_aliases)
    spec: Dict[str, Any] = dict(
        name=dict(type="str", required=True),
        state=dict(type="str", default="present", choices=["present", "absent"]),
        scopes=dict(type="list", elements="str"),
        description=dict(type="str"),
        expires_at=dict(type="str"),
        expires_in_days=dict(type="int"),
        renew_before_days=dict(type="int"),
    )
    spec[policy_option] = policy
    return spec


TOKEN_OPTIONS = dict(
    mutually_exclusive=[("expires_at", "expires_in_days")],
    required_if=[("state", "present", ("scopes",))],
    required_by=dict(renew_before_days=("expires_in_days",)),
)


# -- validation --------------------------------------------------------------------------------------

def token_problems(params: Mapping[str, Any], today: datetime.date) -> List[str]:
    """Problems with the token options (not the owner) that need no request to find, each naming its option."""
    problems: List[str] = []
    name = params.get("name") or ""
    if not name.strip():
        problems.append("name must not be empty")
    elif CONTROL_CHARACTERS.search(name):
        problems.append("name must not contain control characters such as newlines, got %r" % name)
    scopes = params.get("scopes")
    if scopes is not None:
        unknown = [scope for scope in scopes if scope not in SCOPES]
        if not scopes:
            problems.append("scopes must name at least one scope")
        elif unknown:
            problems.append("scopes: %s %s not a GitLab token scope (GitLab's scopes: %s)" % (
                ", ".join(repr(scope) for scope in unknown), "is" if len(unknown) == 1 else "are", ", ".join(SCOPES)))
    description = params.get("description")
    if description is not None and len(description) > MAX_DESCRIPTION_LENGTH:
        problems.append("description must be at most %d characters long, got %d" % (
            MAX_DESCRIPTION_LENGTH, len(description)))
    expires_at = params.get("expires_at")
    if expires_at is not None:
        day = parse_date(expires_at) if len(expires_at) == 10 else None
        if day is None:
            problems.append("expires_at must be a date as YYYY-MM-DD, got %r" % expires_at)
        else:
            problem = expiry_date_problem(day, today)
            if problem:
                problems.append(problem)
    if params.get("expires_in_days") is not None:
        problem = lifetime_problem(params["expires_in_days"], params.get("renew_before_days"))
        if problem:
            problems.append(problem)
    return problems


def unique_scopes(scopes: List[str]) -> List[str]:
    """The scopes in the given order, each once."""
    return list(dict.fromkeys(scopes))


def token_expiry(token: Mapping[str, Any]) -> Optional[datetime.date]:
    value = token.get("expires_at")
    return parse_date(value) if value else None


# -- the run -----------------------------------------------------------------------------------------

class TokenEngine(ContextTask):
    """The tokens of one owner, of one kind and name. `today` (UTC) is injectable for tests. A subclass knows
    the owner: find_owner(), path_owner(), identity() and owner_label."""

    policy_option = "recreate"

    def __init__(self, module: TaskContext, kind: TokenKind, today: Optional[datetime.date] = None) -> None:
        super().__init__(module)
        self.today = today or utc_today()
        self.kind = kind
        self.name: str = self.params["name"]
        self.new_user = False  # an owner that check mode would create: it has no tokens, nothing is read

    # -- the owner: a subclass's --------------------------------------------------------------------
    def validate(self) -> List[str]:
        return token_problems(self.params, self.today)

    def find_owner(self) -> None:
        """Look the owner up, with as few requests as possible."""

    def prechecks(self) -> Optional[str]:
        """Why the task cannot be done, found before any write, or None."""
        return None

    def path_owner(self) -> Tuple[Any, ...]:
        """The owner's ids: the first path segments of the kind's templates."""
        raise NotImplementedError

    def identity(self) -> Dict[str, Any]:
        """What names the token in the diff."""
        raise NotImplementedError

    @property
    def owner_label(self) -> Any:
        """How messages name the owner."""
        raise NotImplementedError

    def not_found(self, exc: GitLabNotFound) -> None:
        """The list of tokens answered 404: raise what that means (the error itself when this returns)."""

    def filter_listed(self, rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        """The listed tokens of that name that are of this kind."""
        return rows

    def predicted_extra(self) -> Dict[str, Any]:
        """What a created token has besides its options, in check mode's prediction."""
        return {}

    @property
    def policy(self) -> str:
        return self.params[self.policy_option]

    @property
    def get_a_value(self) -> str:
        return GET_A_VALUE % self.policy_option

    def run(self) -> Dict[str, Any]:
        refuse(self.validate())
        self.find_owner()
        problem = self.prechecks()
        if problem:
            raise ModuleFailed(problem)
        active = self.named("active")
        if self.params["state"] == "absent":
            return self.absent(active)
        return self.present(active)

    # -- reading ------------------------------------------------------------------------------------
    def named(self, state: Optional[str]) -> List[Dict[str, Any]]:
        """The owner's tokens of this kind and name in `state` (active, inactive), oldest first."""
        if self.new_user:
            return []
        path, query = self.kind.list_request(self.path_owner(), state)
        try:
            rows = [row for row in self.client.paginate(path, params=query) if row.get("name") == self.name]
        except GitLabNotFound as exc:
            self.not_found(exc)
            raise
        if rows:
            rows = self.filter_listed(rows)
        return sorted(rows, key=lambda row: row.get("id") or 0)

    # -- judging ------------------------------------------------------------------------------------
    @property
    def manages_expiry(self) -> bool:
        return self.params.get("expires_at") is not None or self.params.get("expires_in_days") is not None

    def wanted_expiry(self) -> Optional[datetime.date]:
        """The expiry date of a token created now: expires_at, or expires_in_days from today."""
        if self.params.get("expires_at") is not None:
            return parse_date(self.params["expires_at"])
        if self.params.get("expires_in_days") is not None:
            return expiry_in(self.params["expires_in_days"], self.today)
        return None

    def differences(self, token: Mapping[str, Any]) -> List[str]:
        """Why an active token is not the wanted one (or is due for renewal); empty when it fits.

        expires_at compares dates. expires_in_days judges the days left, so that a token does not differ
        just because a day has passed: it fits while 0 < days left <= expires_in_days (and, with
        renew_before_days, days left > renew_before_days)."""
        reasons = []
        have, want = sorted(set(token.get("scopes") or [])), sorted(set(self.params["scopes"]))
        if have != want:
            reasons.append("its scopes are %s, not %s" % (", ".join(have) or "none", ", ".join(want)))
        expires = token_expiry(token)
        if self.params.get("expires_at") is not None:
            wanted = self.wanted_expiry()
            if expires != wanted:
                reasons.append("it expires %s, not on %s" % (describe_expiry(expires), wanted))
        elif self.params.get("expires_in_days") is not None:
            lifetime, renew = self.params["expires_in_days"], self.params.get("renew_before_days")
            left = days_left(expires, self.today)
            if left is None:
                reasons.append("it never expires, but expires_in_days is %d" % lifetime)
            elif left > lifetime:
                reasons.append("it expires in %d days, later than expires_in_days (%d) allows" % (left, lifetime))
            elif renew is not None and due_for_renewal(expires, self.today, renew):
                reasons.append("it expires in %d day%s, within renew_before_days (%d)" % (
                    left, "" if left == 1 else "s", renew))
        return reasons

    def rotatable(self, token: Mapping[str, Any]) -> bool:
        """Rotation keeps name, scopes and description (app/services/personal_access_tokens/rotate_service.rb,
        create_token_params) and sets a new expiry: usable when those already fit and the expiry is known."""
        if not self.kind.rotates or self.wanted_expiry() is None:
            return False
        if sorted(set(token.get("scopes") or [])) != sorted(set(self.params["scopes"])):
            return False
        description = self.params.get("description")
        return description is None or ("description" in token and (token.get("description") or "") == description)

    # -- views --------------------------------------------------------------------------------------
    def view(self, token: Optional[Mapping[str, Any]], state: str = "present", new_value: bool = False,
             count: int = 1) -> Dict[str, Any]:
        """One side of the diff: what identifies the token, its managed attributes and its state."""
        if token is None:
            return absent(**self.identity())
        view = self.identity()
        view["scopes"] = sorted(token.get("scopes") or [])
        if self.manages_expiry:
            expires = token_expiry(token)
            view["expires_at"] = expires.isoformat() if expires else None
        if self.params.get("description") is not None:
            view["description"] = token.get("description") or ""
        if count != 1:
            view["active_tokens"] = count
        if new_value:
            view["token"] = MASK  # a new secret was issued; never its value
        return dict(present(**view), state=state)

    def inactive_state(self, token: Mapping[str, Any]) -> str:
        if token.get("revoked"):
            return "revoked"
        return "expired" if is_expired(token_expiry(token), self.today) else "inactive"

    # -- state=absent -------------------------------------------------------------------------------
    def absent(self, active: List[Dict[str, Any]]) -> Dict[str, Any]:
        before = self.view(active[-1], count=len(active)) if active else self.view(None)
        for token in active:
            self.revoke(token)
        return self.module.result(before, self.view(None))

    # -- state=present ------------------------------------------------------------------------------
    def present(self, active: List[Dict[str, Any]]) -> Dict[str, Any]:
        if not active:
            return self.present_without_active()
        recreate = self.policy
        judged = [(token, self.differences(token)) for token in active]
        keeper = self.keeper(judged) if recreate != "always" else None
        if recreate == "never" and (keeper is None or len(active) > 1):
            raise ModuleFailed(self.refusal(judged))
        before = self.view(keeper or active[-1], count=len(active))
        if keeper is not None:
            for token in active:
                if token is not keeper:
                    self.revoke(token)
            if len(active) > 1:
                self.module.warn("%d active %s tokens were named %r; revoked all but the newest fitting one (id %s)"
                                 % (len(active), self.kind.name, self.name, keeper.get("id")))
            self.warn_description(keeper)
            return self.result(before, keeper, new_value=False)
        return self.result(before, self.replace(active), new_value=True)

    def keeper(self, judged: List[Tuple[Dict[str, Any], List[str]]]) -> Optional[Dict[str, Any]]:
        """The newest fitting token, unless its value may never have been received: a run that finishes
        leaves one active token of a name, so a never used token beside an older one is likely the
        successor of a replacement whose create answer was lost. Keeping it and revoking the older one would
        leave a token nobody holds; then all are replaced, and the new value returned."""
        fitting = [token for token, reasons in judged if not reasons]
        if not fitting:
            return None
        newest = fitting[-1]
        older = [token for token, _reasons in judged if (token.get("id") or 0) < (newest.get("id") or 0)]
        if older and never_used(newest):
            self.module.warn("the %s token %r (id %s) was made beside an older active one (id %s) and has never "
                             "been used: its value may never have been received (a replacement was interrupted), "
                             "so the tokens of that name are replaced" % (
                                 self.kind.name, self.name, newest.get("id"), older[-1].get("id")))
            return None
        return newest

    def present_without_active(self) -> Dict[str, Any]:
        """No active token of that name: create one, unless the policy is never and a revoked or expired one exists."""
        inactive = self.named("inactive")
        latest = inactive[-1] if inactive else None
        if latest is not None and self.policy == "never":
            raise ModuleFailed("the %s token %r of %s is %s (id %s); %s=never does not replace it" % (
                self.kind.name, self.name, self.owner_label, self.inactive_state(latest), latest.get("id"),
                self.policy_option))
        before = self.view(latest, state=self.inactive_state(latest)) if latest is not None else self.view(None)
        created = self.create(set(token.get("id") for token in inactive))
        return self.result(before, created, new_value=True)

    def refusal(self, judged: List[Tuple[Dict[str, Any], List[str]]]) -> str:
        what = "; ".join("id %s: %s" % (token.get("id"), ", ".join(reasons) or "fits")
                         for token, reasons in judged)
        many = ("%d active %s tokens are named %r" % (len(judged), self.kind.name, self.name)) if len(judged) > 1 \
            else "the %s token %r of %s differs" % (self.kind.name, self.name, self.owner_label)
        return "%s (%s); %s=never does not replace or revoke tokens" % (many, what, self.policy_option)

    def warn_description(self, token: Mapping[str, Any]) -> None:
        description = self.params.get("description")
        if description is None or "description" not in token or (token.get("description") or "") == description:
            return
        self.module.warn("the description of the %s token %r differs; GitLab cannot change it, so it is used when "
                         "the token is next created or renewed" % (self.kind.name, self.name))

    def result(self, before: Dict[str, Any], token: Mapping[str, Any], new_value: bool) -> Dict[str, Any]:
        shown = dict(token)
        if not new_value:
            shown.pop("token", None)
        extra: Dict[str, Any] = dict(token=shown, value_returned="token" in shown)
        if not new_value:
            extra["msg"] = NO_VALUE
            if never_used(token):
                # The next run after a create whose answer was lost cannot tell that token from one whose value
                # was received: say how to get a value, in case nobody holds it.
                extra["msg"] += ". The token (id %s) has never been used: if nobody holds its value (the answer " \
                                "that created it may have been lost), %s" % (token.get("id"), self.get_a_value)
        return self.module.result(before, self.view(token, new_value=new_value), **extra)

    # -- writes -------------------------------------------------------------------------------------
    def revoke(self, token: Mapping[str, Any]) -> None:
        """DELETE is idempotent: GitLab answers 204 for a revoked token, and write() counts a 404 as done."""
        self.module.write("DELETE", self.kind.revoke_template, *self.kind.revoke_args(self.path_owner(), token.get("id")))

    def replace(self, active: List[Dict[str, Any]]) -> Dict[str, Any]:
        """A successor for the active tokens of that name (the newest one rotated, or a new token), and only
        then the others revoked: a failure before leaves them all active. Rotation revokes the token it
        rotates in the same transaction (app/services/personal_access_tokens/rotate_service.rb)."""
        known = set(token.get("id") for token in active)
        old = active[-1]
        if self.rotatable(old):
            successor, superseded = self.rotate(old, known), active[:-1]
        else:
            successor, superseded = self.create(known), active
        for token in superseded:
            self.revoke_superseded(token, successor)
        return successor

    def revoke_superseded(self, token: Mapping[str, Any], successor: Mapping[str, Any]) -> None:
        """Revoke a replaced token. Its successor and the successor's value are in hand: any failure here is a
        warning (raised, it would drop the value), and the next run finishes the replacement."""
        try:
            self.revoke(token)
        except Exception as exc:  # pylint: disable=broad-except
            self.module.warn("the %s token %r (id %s) stays active beside its successor (id %s): revoking it failed "
                             "(%s); the next run of this task finishes the replacement" % (
                                 self.kind.name, self.name, token.get("id"), successor.get("id"), exc))

    def create_body(self) -> Dict[str, Any]:
        body: Dict[str, Any] = dict(name=self.name, scopes=unique_scopes(self.params["scopes"]))
        expiry = self.wanted_expiry()
        if expiry is not None:
            body["expires_at"] = expiry.isoformat()
        if self.params.get("description") is not None:
            body["description"] = self.params["description"]
        return body

    def predicted(self, body: Mapping[str, Any]) -> Dict[str, Any]:
        """The token GitLab would return for a create in check mode (without a value)."""
        token = dict(id=None, name=body["name"], scopes=list(body["scopes"]), description=body.get("description"),
                     expires_at=body.get("expires_at"), active=True, revoked=False)
        token.update(self.predicted_extra())
        return token

    def create(self, known: Set[Any]) -> Dict[str, Any]:
        """POST the new token. When the answer is lost, a token may exist whose value nobody received:
        revoke it (a warning says so) and create again, once."""
        body = self.create_body()
        action = self.module.action("POST", self.kind.create_template, *self.path_owner())
        for attempt in (1, 2):
            try:
                answer = self.module.write("POST", self.kind.create_template, *self.path_owner(), data=body,
                                           predict=lambda: self.predicted(body))
            except GitLabTransportError as exc:
                if not exc.maybe_committed:
                    raise
                self.settle_lost_answer(action, known, exc)
                if attempt == 2:
                    raise ModuleFailed("the answer to %s was lost twice; the tokens it may have made were revoked "
                                       "and no other token was changed, run the task again" % action,
                                       **error_details(exc))
                continue
            created = self.checked(answer, action)
            if not self.check_mode:
                self.yield_to_older(created, known)
            return created
        raise AssertionError("not reached")

    def settle_lost_answer(self, action: str, known: Set[Any], lost: GitLabTransportError) -> None:
        """revoke_orphans after a lost answer. When the tokens cannot be read (or an orphan revoked), say
        what may have happened and how to get a value: the next run cannot tell an orphan from a token whose
        value was received."""
        try:
            self.revoke_orphans(action, known)
        except GitLabError as exc:
            raise self.unchecked(action, lost, exc) from None

    def unchecked(self, action: str, lost: GitLabTransportError, exc: GitLabError) -> ModuleFailed:
        return ModuleFailed("the answer to %s was lost (%s), and the tokens could not be checked afterwards (%s): "
                            "GitLab may have made the %s token %r, whose value nobody received; if a later run keeps "
                            "a token of that name without a value, %s" % (
                                action, lost.message, exc, self.kind.name, self.name, self.get_a_value),
                            **error_details(lost))

    def yield_to_older(self, created: Mapping[str, Any], known: Set[Any]) -> None:
        """Two runs that create the same token at once both succeed; the oldest new token wins (GitLab's ids
        grow). A run that finds an older token it did not know revokes its own and fails, so that one
        active token is left and the value the other run returns stays valid. When the tokens cannot be
        read again, the new token and its value are kept (a warning says so)."""
        try:
            active = self.named("active")
        except Exception as exc:  # pylint: disable=broad-except  # raised, it would drop the new value
            self.module.warn("the %s token %r was created (id %s), but the tokens could not be read again to check "
                             "that no other run created one at the same time (%s)" % (
                                 self.kind.name, self.name, created.get("id"), exc))
            return
        older = [token for token in active
                 if token.get("id") not in known and (token.get("id") or 0) < (created.get("id") or 0)]
        if older:
            self.revoke(created)
            raise ModuleFailed("another run created the %s token %r at the same time (id %s); this run revoked its "
                               "own new token (id %s), so that only one stays active" % (
                                   self.kind.name, self.name, older[0].get("id"), created.get("id")))

    def rotate(self, old: Dict[str, Any], known: Set[Any]) -> Dict[str, Any]:
        """POST /personal_access_tokens/:id/rotate revokes the old token and creates its successor in one
        transaction. When the answer is lost: if the old token is still active nothing happened, so rotate
        again (once); otherwise revoke the successor whose value nobody received and create a new token."""
        expiry = self.wanted_expiry()
        args = self.kind.rotate_args(self.path_owner(), old.get("id"))
        action = "POST %s" % api_path(self.kind.rotate_template, *args)
        for attempt in (1, 2):
            try:
                answer = self.module.write("POST", self.kind.rotate_template, *args,
                                           data=dict(expires_at=expiry.isoformat()),
                                           predict=lambda: dict(old, id=None, expires_at=expiry.isoformat(),
                                                                active=True, revoked=False, last_used_at=None))
                return self.checked(answer, action)
            except GitLabTransportError as exc:
                if not exc.maybe_committed:
                    raise
                if self.still_active(old, action, exc):
                    self.module.settle(action, applied=False)
                    if attempt == 2:
                        raise
                    continue
                self.settle_lost_answer(action, known, exc)
                return self.create(known)
        raise AssertionError("not reached")

    def still_active(self, token: Mapping[str, Any], action: str, lost: GitLabTransportError) -> bool:
        try:
            return any(row.get("id") == token.get("id") for row in self.named("active"))
        except GitLabError as exc:
            raise self.unchecked(action, lost, exc) from None

    def revoke_orphans(self, action: str, known: Set[Any]) -> None:
        """After a lost answer: revoke the active tokens of that name that were not there before."""
        orphans = [token for token in self.named("active") if token.get("id") not in known]
        self.module.settle(action, applied=bool(orphans))
        for orphan in orphans:
            self.revoke(orphan)
            known.add(orphan.get("id"))
            self.module.warn("the answer to %s was lost, but GitLab had created the %s token %r (id %s), whose "
                             "value nobody received; it was revoked" % (action, self.kind.name, self.name,
                                                                        orphan.get("id")))

    def checked(self, answer: Any, action: str) -> Dict[str, Any]:
        if not isinstance(answer, dict) or "id" not in answer:
            raise ModuleFailed("unexpected answer from GitLab to %s: expected the new token, got %s"
                               % (action, type(answer).__name__))
        return answer


def never_used(token: Mapping[str, Any]) -> bool:
    """GitLab sets last_used_at when a token authenticates (PersonalAccessTokens::LastUsedService)."""
    return "last_used_at" in token and token.get("last_used_at") is None


def describe_expiry(day: Optional[datetime.date]) -> str:
    return "never" if day is None else "on %s" % day.isoformat()


class TokenListPart(ConvergePart):
    """A gitlab_users_converge entry's list of tokens of one token module: one task per item, each with the module's
    options but the owner's (`omitted`), named by the token's name; a created value is returned in the bulk
    module's no_log `tokens`, nowhere else."""

    many = True
    omitted: Tuple[str, ...] = ("user",)  # the module's options that the entry names for all its parts

    def entry_spec(self) -> Dict[str, Any]:
        return dict(type="list", elements="dict", no_log=False,
                    options=without_user(self.argument_spec(), *self.omitted), **self.module_rules)

    def task_options(self, value: Any, entry: Mapping[str, Any], run_params: Mapping[str, Any]) -> Tasks:
        return [(item["name"], dict(item)) for item in value]

    def view(self, side: Any) -> Any:
        """A token's diff side without its owner, which the entry's report already names."""
        return dict((key, value) for key, value in (side or {}).items() if key != self.owner_option)

    def returned_value(self, result: Mapping[str, Any]) -> Optional[Dict[str, Any]]:
        """The token this task created, with its value."""
        token = result.get("token")
        return token if result.get("value_returned") and isinstance(token, dict) else None
