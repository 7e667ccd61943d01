# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user module: options, comparison with what GitLab returns, planning, and the run.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

One run:

1. ``validate`` -- bad input fails here, before any request.
2. One ``GET /users?username=`` (with ``with_custom_attributes=true`` when custom attributes are managed).
3. ``state=absent``: ``DELETE /users/:id`` and poll until the user is gone.
   ``state=present`` and no user: ``POST /users`` (races converge), then the same convergence as for an
   existing user, which for a fresh user only covers what POST /users cannot do.
4. ``ExistingUserUpdater`` reads what it needs, plans the minimum writes and performs them in a fixed order
   (or, in check mode, only records them). The resulting ``user`` is built from the write responses, never re-read.
"""

from __future__ import annotations

import os
import re
import threading
import weakref
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Set, Tuple

from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.account_state import (
    RESULT_STATE, TARGET_STATES, UNDO, TransitionRefused, plan_transition, recently_active)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabConflict, GitLabError, GitLabTransportError, GitLabValidationError)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.polling import PollTimeout, poll
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.bulk import (
    OptionsValidator, TaskOutcome, TaskScope, run_task)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.compare import Attr, AttributeTable, normalize
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.context import (
    ContextTask, MASK, ModuleFailed, TaskContext, absent, error_details, present, refuse)
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.module import GitLabModule
from ansible_collections.gitlab_ops.users.plugins.module_utils._kit.reconcile import reconcile

MIN_PASSWORD_LENGTH = 8  # GitLab's default minimum_password_length (app/models/application_setting.rb)
PRIVATE_COMMIT_EMAIL = "_private"
# What GitLab returns for a new user's attributes that POST /users drops: the migration that creates
# user_details declares `job_title`, default "", null: false.
DROPPED_ON_CREATE = dict(job_title="")
# Custom attributes GitLab writes itself: the admin who blocked/unblocked the user
# (app/services/users/block_service.rb, app/services/users/unblock_service.rb). Never purged.
GITLAB_CUSTOM_ATTRIBUTES = ("blocked_by", "unblocked_by")
# Avatar limits of app/models/concerns/avatarable.rb (MAXIMUM_FILE_SIZE) and the image types
# GitLab's avatar uploader accepts (lib/gitlab/file_type_detection.rb, SAFE_IMAGE_EXT).
AVATAR_MAX_BYTES = 200 * 1024
IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
)
# user_detail fields GitLab passes through Sanitize and HTML-escapes (app/models/user_detail.rb).
SANITIZED_DETAIL_FIELDS = ("discord", "linkedin", "location", "organization", "skype", "twitter", "website_url")
HTML_TAG_RE = re.compile(r"</?[^>]*>")
UNSAFE_SEGMENTS = ("", ".", "..")
LOOK_UP = object()  # UserTask.run(): the caller has not read the user
# commit_email_hostname by client: the threads of gitlab_users_converge share one client and ask once (the
# lock makes the others wait for the first one's answer).
_COMMIT_EMAIL_HOSTNAMES: "weakref.WeakKeyDictionary[Any, Optional[str]]" = weakref.WeakKeyDictionary()
_COMMIT_EMAIL_HOSTNAMES_LOCK = threading.Lock()


def stored_name(value: str) -> str:
    """The name as GitLab stores it: HTML tags replaced with "-" (app/models/user.rb)."""
    return HTML_TAG_RE.sub("-", value)


def stored_detail(option: str, value: str) -> str:
    """A user_detail text as GitLab stores it: tags stripped, then HTML-escaped; location and
    organization keep a plain "&" (app/models/user_detail.rb, sanitize_attrs)."""
    text = re.sub(r"<[^>]*>", "", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("&amp;", "&") if option in ("location", "organization") else text


def _same_stored(option: str):
    store = stored_name if option == "name" else (lambda value: stored_detail(option, value))

    def same(desired: Any, current: Any, entity: Mapping[str, Any]) -> bool:
        return store(normalize("str", desired)) == normalize("str", current)
    return same


def private_commit_email(user_id: Any, username: Any, hostname: str) -> str:
    """`Gitlab::PrivateCommitEmail.for_user` (lib/gitlab/private_commit_email.rb): what GitLab returns as
    commit_email for "_private". A user check mode would create has no id yet: ":id" stands for it."""
    return "%s-%s@%s" % (":id" if user_id is None else user_id, username, hostname)


def _same_commit_email(desired: Any, current: Any, entity: Mapping[str, Any]) -> bool:
    wanted, have = normalize("email", desired), normalize("email", current)
    if wanted == "":  # "use the primary email": GitLab then returns the primary email (or nothing)
        return have in ("", normalize("email", entity.get("email")))
    if wanted == PRIVATE_COMMIT_EMAIL:
        # The domain is the instance's commit_email_hostname, so only "<id>-<username>@" is known here.
        own_prefix = normalize("email", private_commit_email(entity.get("id"), entity.get("username"), ""))
        return have == PRIVATE_COMMIT_EMAIL or have.startswith(own_prefix)
    return wanted == have


def _commit_email_problem(value: Optional[str]) -> Optional[str]:
    if value in (None, "", PRIVATE_COMMIT_EMAIL) or re.match(r"^[^@\s]+@[^@\s]+$", value):
        return None
    return "commit_email must be an email address, %s or empty, got %r" % (PRIVATE_COMMIT_EMAIL, value)


ATTRIBUTES = AttributeTable(
    Attr("name", "str", nonempty=True, max_length=255, same=_same_stored("name")),
    Attr("admin", "bool", key="is_admin", aliases=("isadmin",)),
    Attr("auditor", "bool", key="is_auditor", ee=True),
    Attr("external", "bool"),
    Attr("can_create_group", "bool"),
    Attr("projects_limit", "int", minimum=0),
    Attr("bio", "str", blank_clears=True),
    Attr("location", "str", blank_clears=True, same=_same_stored("location")),
    Attr("organization", "str", blank_clears=True, same=_same_stored("organization")),
    Attr("job_title", "str", blank_clears=True, settable=False),
    Attr("pronouns", "str", blank_clears=True),
    Attr("public_email", "email", blank_clears=True),
    # commit_email takes "_private" and "" as well as addresses: checked by _commit_email_problem.
    Attr("commit_email", "str", blank_clears=True, same=_same_commit_email),
    Attr("private_profile", "bool"),
    Attr("note", "str", blank_clears=True),
    Attr("linkedin", "str", blank_clears=True, same=_same_stored("linkedin")),
    Attr("twitter", "str", blank_clears=True, same=_same_stored("twitter")),
    Attr("discord", "str", blank_clears=True, same=_same_stored("discord")),
    Attr("skype", "str", blank_clears=True, same=_same_stored("skype")),
    Attr("website_url", "str", blank_clears=True, same=_same_stored("website_url")),
    Attr("theme_id", "int", minimum=0),
    Attr("color_scheme_id", "int", minimum=0),
    Attr("view_diffs_file_by_file", "bool", readable=False),
    Attr("shared_runners_minutes_limit", "int", ee=True, minimum=0),
    Attr("extra_shared_runners_minutes_limit", "int", ee=True, minimum=0),
)


def argument_spec() -> Dict[str, Any]:
    """The module's own options (the connection options come from GitLabModule)."""
    spec = dict(
        username=dict(type="str", required=True),
        state=dict(type="str", default="present", choices=["present", "absent"]),
        email=dict(type="str"),
        password=dict(type="str", no_log=True),
        update_password=dict(type="str", default="on_create", choices=["on_create", "always"], no_log=False),
        reset_password=dict(type="bool", default=False, no_log=False),
        force_random_password=dict(type="bool", default=False, no_log=False),
        skip_confirmation=dict(type="bool", default=True),
        remove_previous_email=dict(type="bool", default=False),
        account_state=dict(type="str", choices=list(TARGET_STATES)),
        identities=dict(type="list", elements="dict", options=dict(
            provider=dict(type="str", required=True),
            extern_uid=dict(type="str", required=True),
        )),
        purge_identities=dict(type="bool", default=False),
        custom_attributes=dict(type="dict"),
        purge_custom_attributes=dict(type="bool", default=False),
        preserved_custom_attributes=dict(type="list", elements="str", default=[]),
        disable_two_factor=dict(type="bool", default=False),
        avatar=dict(type="path"),
        update_avatar=dict(type="str", default="on_create", choices=["on_create", "always"]),
        hard_delete=dict(type="bool", default=False),
        wait=dict(type="bool", default=True),
        wait_timeout=dict(type="int", default=60),
    )
    spec.update(ATTRIBUTES.argument_spec())
    return spec


MODULE_OPTIONS = dict(
    # GitLab silently drops the password when reset_password or force_random_password is set.
    mutually_exclusive=[("password", "reset_password", "force_random_password")],
    required_if=[
        ("update_password", "always", ("password",)),
        ("update_avatar", "always", ("avatar",)),
        ("remove_previous_email", True, ("email",)),
    ],
)


# -- validation --------------------------------------------------------------------------------------

def validate(params: Mapping[str, Any]) -> List[str]:
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    if not (params.get("username") or "").strip():
        problems.append("username must not be empty")
    if params.get("email") is not None and not re.match(r"^[^@\s]+@[^@\s]+$", params["email"]):
        problems.append("email must be an email address, got %r" % params["email"])
    problems.extend(ATTRIBUTES.validate(params))
    commit_problem = _commit_email_problem(params.get("commit_email"))
    if commit_problem:
        problems.append(commit_problem)
    if params.get("wait_timeout") is not None and params["wait_timeout"] < 0:
        problems.append("wait_timeout must be 0 or more, got %d" % params["wait_timeout"])
    password = params.get("password")
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        problems.append("password must be at least %d characters long (GitLab's default minimum)"
                        % MIN_PASSWORD_LENGTH)
    if params.get("avatar") is not None:
        problems.extend(avatar_problems(params["avatar"]))
    seen = set()
    for index, identity in enumerate(params.get("identities") or []):
        provider, uid = identity.get("provider"), identity.get("extern_uid")
        if not provider or not uid or not provider.strip() or not uid.strip():
            problems.append("identities[%d]: provider and extern_uid must not be empty" % index)
        elif provider in UNSAFE_SEGMENTS or "/" in provider:
            problems.append("identities[%d]: provider %r is not a provider name" % (index, provider))
        elif provider in seen:
            problems.append("identities: provider %r is listed more than once; GitLab keeps one identity "
                            "per provider" % provider)
        seen.add(provider)
    problems.extend(custom_attribute_problems(params.get("custom_attributes")))
    return problems


def custom_attribute_problems(attributes: Optional[Mapping[str, Any]]) -> List[str]:
    problems = []
    for key, value in (attributes or {}).items():
        key = str(key)
        if not key.strip() or key in UNSAFE_SEGMENTS:
            problems.append("custom_attributes: %r is not a usable key (empty, '.' and '..' are not)" % key)
        elif key in GITLAB_CUSTOM_ATTRIBUTES:
            problems.append("custom_attributes: %r is written by GitLab itself and cannot be managed" % key)
        elif isinstance(value, (dict, list, tuple, set)):
            problems.append("custom_attributes: the value of %r must be a string, number or boolean; GitLab "
                            "stores only text (encode structured data yourself, e.g. with to_json)" % key)
        elif value is None or custom_attribute_value(value) == "":
            problems.append("custom_attributes: the value of %r must not be empty (GitLab rejects blank "
                            "values; use purge_custom_attributes to remove a key)" % key)
    return problems


def avatar_problems(path: str) -> List[str]:
    if not os.path.isfile(path):
        return ["avatar must be the path of an image file; %r does not exist" % path]
    size = os.path.getsize(path)
    if size > AVATAR_MAX_BYTES:
        return ["avatar %r is %d bytes; GitLab accepts at most 200 KiB" % (path, size)]
    if image_type(path) is None:
        return ["avatar %r is not a PNG, JPEG, GIF, BMP, TIFF or ICO image" % path]
    return []


def image_type(path: str) -> Optional[str]:
    with open(path, "rb") as handle:
        head = handle.read(16)
    for signature, content_type in IMAGE_SIGNATURES:
        if head.startswith(signature):
            return content_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


# -- comparison of collections -------------------------------------------------------------------------

def custom_attribute_value(value: Any) -> str:
    """GitLab stores custom attribute values as strings (Grape coerces true to "true")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def custom_attributes_dict(entries: Optional[List[Mapping[str, Any]]]) -> Dict[str, Any]:
    """GitLab's [{"key": k, "value": v}, ...] -> {k: v}."""
    return dict((entry.get("key"), entry.get("value")) for entry in entries or [])


def normalize_extern_uid(provider: Any, extern_uid: Any) -> str:
    """GitLab normalises LDAP DNs when it stores them (lower case, no blanks around , and =)."""
    value = "" if extern_uid is None else str(extern_uid)
    if str(provider).lower().startswith("ldap"):
        return re.sub(r"\s*([,=])\s*", r"\1", value.strip()).lower()
    return value


def plan_identities(current: List[Mapping[str, Any]], desired: List[Mapping[str, Any]], purge: bool):
    """-> (to_set, to_delete): identities to write and providers to delete. Only provider and extern_uid
    are compared (EE adds saml_provider_id); GitLab keeps one identity per provider."""
    plan = reconcile(current or [], desired, key=lambda identity: identity.get("provider"),
                     same=lambda want, have: normalize_extern_uid(want["provider"], want["extern_uid"])
                     == normalize_extern_uid(have.get("provider"), have.get("extern_uid")),
                     purge=purge)
    pending = set(item["provider"] for item in plan.create) | set(want["provider"] for want, _have in plan.update)
    to_set = [dict(provider=d["provider"], extern_uid=d["extern_uid"]) for d in desired if d["provider"] in pending]
    return to_set, [identity.get("provider") for identity in plan.delete]


def plan_custom_attributes(current: Optional[List[Mapping[str, Any]]], desired: Mapping[str, Any], purge: bool,
                           preserved: Tuple[str, ...] = ()):
    """-> (to_set, to_delete): {key: value} to PUT and keys to DELETE. GitLab's own keys and the
    `preserved` ones are never deleted."""
    keep = set(GITLAB_CUSTOM_ATTRIBUTES) | set(preserved)
    wanted = [dict(key=str(key), value=custom_attribute_value(value)) for key, value in desired.items()]
    plan = reconcile(current or [], wanted, key=lambda entry: entry.get("key"),
                     same=lambda want, have: want["value"] == have.get("value"), purge=purge,
                     protected=lambda entry: entry.get("key") in keep)
    to_set = dict((entry["key"], entry["value"]) for entry in plan.create)
    to_set.update((want["key"], want["value"]) for want, _have in plan.update)
    ordered = dict((entry["key"], to_set[entry["key"]]) for entry in wanted if entry["key"] in to_set)
    return ordered, [entry.get("key") for entry in plan.delete]


def predict_write(user: Mapping[str, Any], data: Mapping[str, Any],
                  commit_email_hostname: Optional[str] = None) -> Dict[str, Any]:
    """The user entity GitLab would return after POST/PUT /users with `data` (for check mode). A private
    commit email is predicted only with the instance's `commit_email_hostname`."""
    values = dict((option, value) for option, value in data.items() if option in ATTRIBUTES)
    if "commit_email" in values:
        commit_email = values.pop("commit_email")
        if commit_email == "":
            values["commit_email"] = data.get("email", user.get("email"))
        elif commit_email != PRIVATE_COMMIT_EMAIL:
            values["commit_email"] = commit_email
        elif commit_email_hostname is not None:
            values["commit_email"] = private_commit_email(user.get("id"), data.get("username", user.get("username")),
                                                          commit_email_hostname)
    for option in ("name",) + SANITIZED_DETAIL_FIELDS:
        if isinstance(values.get(option), str):
            values[option] = stored_name(values[option]) if option == "name" else stored_detail(option, values[option])
    predicted = ATTRIBUTES.predict(user, values)
    for option in ("email", "username"):
        if option in data:
            predicted[option] = data[option]
    if data.get("provider") is not None:
        identities = [dict(i) for i in user.get("identities") or [] if i.get("provider") != data["provider"]]
        identities.append(dict(provider=data["provider"], extern_uid=data["extern_uid"]))
        predicted["identities"] = identities
    return predicted


def managed_view(params: Mapping[str, Any], user: Optional[Mapping[str, Any]]):
    """The managed part of a user, keyed by option name, for the diff."""
    if user is None:
        return absent(username=params["username"])
    view = dict(username=user.get("username", params["username"]))
    if params.get("account_state"):
        view["account_state"] = user.get("state")
    if params.get("email") is not None:
        view["email"] = user.get("email")
    view.update(ATTRIBUTES.view(params, user))
    if params.get("identities") is not None:
        view["identities"] = sorted(
            (dict(provider=i.get("provider"), extern_uid=i.get("extern_uid")) for i in user.get("identities") or []),
            key=lambda i: (str(i["provider"]), str(i["extern_uid"])))
    if params.get("custom_attributes") is not None:
        own = set(GITLAB_CUSTOM_ATTRIBUTES)
        view["custom_attributes"] = dict((key, value) for key, value in
                                         custom_attributes_dict(user.get("custom_attributes")).items()
                                         if key not in own)
    if params.get("disable_two_factor"):
        view["two_factor_enabled"] = bool(user.get("two_factor_enabled"))
    return present(**view)


# -- the run -----------------------------------------------------------------------------------------

class UserTask(ContextTask):
    """One gitlab_user task."""

    def __init__(self, module: TaskContext) -> None:
        super().__init__(module)
        self.username = self.params["username"]
        self.manage_custom_attributes = self.params.get("custom_attributes") is not None
        # Options whose value check mode could not predict: left out of both sides of the diff.
        self.unpredictable: Set[str] = set()

    def predict_write(self, user: Mapping[str, Any], data: Mapping[str, Any]) -> Dict[str, Any]:
        """predict_write() for check mode, with the domain of a private commit email asked of GitLab."""
        hostname = None
        if data.get("commit_email") == PRIVATE_COMMIT_EMAIL:
            hostname = self.commit_email_hostname()
            if hostname is None:
                self.unpredictable.add("commit_email")
        return predict_write(user, data, hostname)

    def commit_email_hostname(self) -> Optional[str]:
        """The instance's `commit_email_hostname` (GET /application/settings, which an administrator's token
        may read), once per client; None, with a warning, when GitLab does not tell it."""
        with _COMMIT_EMAIL_HOSTNAMES_LOCK:
            if self.client not in _COMMIT_EMAIL_HOSTNAMES:
                _COMMIT_EMAIL_HOSTNAMES[self.client] = self.read_commit_email_hostname()
            return _COMMIT_EMAIL_HOSTNAMES[self.client]

    def read_commit_email_hostname(self) -> Optional[str]:
        try:
            settings = self.client.get("/application/settings", expect="object")
        except GitLabError as exc:
            self.module.warn("check mode cannot predict the private commit email: %s" % exc)
            return None
        return settings.get("commit_email_hostname") or None

    def lookup(self) -> Optional[Dict[str, Any]]:
        """The user by username (exact, case-insensitive): one GET /users?username= request."""
        return self.client.resolve_user(self.username, with_custom_attributes=self.manage_custom_attributes)

    def put_user(self, user_id: Any, data: Mapping[str, Any], avatar: Optional[str] = None,
                 predict: Any = None) -> Any:
        return self.module.write("PUT", "/users/{}", user_id, data=data, files=avatar_files(avatar),
                                 predict=predict)

    # -- entry point --------------------------------------------------------------------------------
    def run(self, current: Any = LOOK_UP) -> Dict[str, Any]:
        """The task. `current` is the user as GET /users answers for it (None: there is none), for a
        caller that has read it already (gitlab_users_converge lists users in pages); by default the
        task looks the user up itself."""
        refuse(validate(self.params))
        if self.params["hard_delete"] and self.params["state"] == "present":
            self.module.warn("hard_delete is only used with state=absent")
        user = self.lookup() if current is LOOK_UP else current
        if user is not None and self.params["state"] == "present" and "is_admin" not in user:
            raise ModuleFailed("gitlab_user needs an administrator's token: GitLab returned only the public "
                               "view of the user %s" % self.username)
        if self.params["state"] == "absent":
            return self.absent(user)
        if user is None:
            return self.create()
        return ExistingUserUpdater(self, user).run()

    def result(self, before: Any, after: Any, user: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
        return self.module.result(before, after, user=dict(user or {}))

    # -- state=absent -------------------------------------------------------------------------------
    def absent(self, user: Optional[Dict[str, Any]]) -> Dict[str, Any]:
        before = managed_view(self.params, user)
        if user is None:
            return self.result(before, before, {})
        params = dict(hard_delete=True) if self.params["hard_delete"] else None
        try:
            self.module.write("DELETE", "/users/{}", user["id"], params=params)
        except GitLabConflict as exc:
            raise ModuleFailed("%s (set hard_delete=true to delete the user together with the groups it "
                               "solely owns)" % exc, **error_details(exc))
        if self.params["wait"] and not self.check_mode:
            self.wait_until_gone(user["id"])
        return self.result(before, managed_view(self.params, None), {})

    def wait_until_gone(self, user_id: int) -> None:
        """GitLab deletes users asynchronously: poll GET /users/:id until it answers 404."""
        try:
            poll(lambda: self.client.resolve_user(user_id) is None, self.params["wait_timeout"])
        except PollTimeout:
            raise ModuleFailed("GitLab accepted the deletion of %s but the user still exists after %d seconds "
                               "(GitLab deletes users in a background job); raise wait_timeout or set wait=false"
                               % (self.username, self.params["wait_timeout"]))

    # -- state=present, user missing ----------------------------------------------------------------
    def create(self) -> Dict[str, Any]:
        params = self.params
        missing = [option for option in ("name", "email") if not params.get(option)]
        if missing:
            raise ModuleFailed("the user %s does not exist; %s needed to create it"
                               % (self.username, " and ".join(missing) + (" are" if len(missing) > 1 else " is")))
        if not (params.get("password") or params["reset_password"] or params["force_random_password"]):
            raise ModuleFailed("the user %s does not exist; one of password, reset_password or "
                               "force_random_password is needed to create it" % self.username)
        data = self.create_body()
        before = managed_view(params, None)
        if self.check_mode:
            blank = dict(id=None, username=self.username, state="active", identities=[],
                         two_factor_enabled=False, custom_attributes=[], **DROPPED_ON_CREATE)
            user = self.module.write("POST", "/users", data=data, predict=lambda: self.predict_write(blank, data))
            return ExistingUserUpdater(self, user, created=True, before=before).run()
        user, created = self.post_user(data)
        return ExistingUserUpdater(self, user, created=created, before=before if created else None).run()

    def create_body(self) -> Dict[str, Any]:
        params = self.params
        data = dict(username=self.username, name=params["name"], email=params["email"],
                    skip_confirmation=params["skip_confirmation"])
        for option in ("password", "reset_password", "force_random_password"):
            if params.get(option):
                data[option] = params[option]
        for attr in ATTRIBUTES.managed(params):
            data[attr.param] = params[attr.option]
        if params.get("identities"):
            data.update(params["identities"][0])
        return data

    def post_user(self, data: Dict[str, Any]) -> Tuple[Dict[str, Any], bool]:
        """POST /users; on a lost answer or a 409 re-read and converge. -> (user, created_by_us)."""
        files = avatar_files(self.params.get("avatar"))
        for attempt in (1, 2):
            try:
                return self.module.write("POST", "/users", data=data, files=files), True
            except GitLabConflict as exc:
                existing = self.lookup()
                if existing is None:
                    raise  # e.g. the email belongs to another account
                self.module.warn("%s was created by someone else while this task ran (%s); converging it "
                                 "instead" % (self.username, exc.message))
                return existing, False
            except GitLabTransportError as exc:
                existing = self.lookup()
                self.module.settle("POST /users", applied=existing is not None)
                if existing is not None:
                    return existing, True  # our create went through; only the answer was lost
                if attempt == 2:
                    raise
                if exc.maybe_committed:
                    self.module.warn("the answer to POST /users was lost and %s does not exist: creating it "
                                     "again" % self.username)
        raise AssertionError("not reached")


def avatar_files(path: Optional[str]) -> Optional[Dict[str, Any]]:
    """The multipart part of an avatar upload; the bytes are read once so every retry sends them whole."""
    if not path:
        return None
    with open(path, "rb") as handle:
        content = handle.read()
    return dict(avatar=(os.path.basename(path), content, image_type(path) or "application/octet-stream"))


class UpdatePlan(NamedTuple):
    """Every write ExistingUserUpdater makes, planned before the first of them."""

    switch: Optional[Dict[str, Any]]  # the email switch (plan_email_switch), or None
    changes: Dict[str, Any]  # the attribute changes, by option
    put: Dict[str, Any]  # the body of the one PUT /users/:id
    avatar: Optional[str]  # the avatar to upload with that PUT
    password_sent: bool  # a password goes to GitLab (on create, or update_password=always): masked in the diff
    identities_set: List[Dict[str, Any]]  # the first goes with the PUT, each further one in a PUT of its own
    identities_delete: List[Any]  # providers
    custom_attributes_set: Dict[str, str]
    custom_attributes_delete: List[str]
    state_steps: Tuple[str, ...]  # the account state actions, in order
    disables_two_factor: bool
    demotes: bool  # the PUT removes admin: two-factor goes after it, as GitLab refuses it for administrators


class ExistingUserUpdater:
    """Updates an existing (or just created) user to the wanted attributes, primary email, identities,
    custom attributes, two-factor and account state, with the fewest requests.

    `run` reads what planning needs (the user's emails, for an email switch), plans every write (so that
    refusals we can foresee fail before any write), then writes in this order: secondary email for an
    email switch; disable_two_factor (after the PUT when that PUT removes admin, because GitLab refuses it
    for admins); one PUT /users/:id with every attribute change, the email switch, the password, the avatar
    and the first identity; one PUT per further identity; identity deletions; custom attributes; account
    state actions; removal of the previous email.
    """

    def __init__(self, task: UserTask, user: Dict[str, Any], created: bool = False, before: Any = None,
                 raced: bool = False) -> None:
        self.task = task
        self.module = task.module
        self.params = task.params
        self.user = user
        self.created = created
        self.before = before if before is not None else managed_view(task.params, user)
        self.check_mode = task.check_mode
        self.raced = raced  # updating again after a concurrent run made the new email the user's

    def warn(self, msg: str) -> None:
        self.module.warn(msg)

    def run(self) -> Dict[str, Any]:
        """read -> plan -> write; the result is built from the write responses, never re-read."""
        user_id = self.user.get("id")
        plan = self.plan(self.read_email_switch(user_id))
        if plan.switch:
            current = self.prepare_email_switch(user_id, plan.switch)
            if current is not None:  # a concurrent run made the new email the user's: start again from it
                return ExistingUserUpdater(self.task, current, raced=True).run()
        self.write(user_id, plan)
        return self.result(plan)

    # -- read ---------------------------------------------------------------------------------------
    def read_email_switch(self, user_id: Any) -> Optional[Dict[str, Any]]:
        """The email switch to make (its plan reads the user's emails), or None when the email stays."""
        email = self.params.get("email")
        if email is None or normalize("email", email) == normalize("email", self.user.get("email")):
            return None
        return self.plan_email_switch(user_id, self.user.get("email"))

    # -- plan ---------------------------------------------------------------------------------------
    def plan(self, switch: Optional[Dict[str, Any]]) -> UpdatePlan:
        """Every write, from the user as read; warns about what GitLab will not let us verify or store as given."""
        changes, unverifiable, put = self.plan_attributes(switch)
        password_sent = self.plan_password(put)
        avatar = self.plan_avatar()
        identities_set, identities_delete = self.plan_identity_writes()
        if identities_set:
            put.update(identities_set[0])
        custom_attributes_set, custom_attributes_delete = self.plan_custom_attribute_writes()
        state_steps = self.plan_state_steps()
        disables_two_factor = bool(self.params["disable_two_factor"] and self.user.get("two_factor_enabled"))
        demotes = bool(self.user.get("is_admin")) and put.get("admin") is False
        self.report_unverifiable(unverifiable, put or avatar)
        self.report_stored_forms(changes)
        # Unverifiable options cannot make the task changed, but they go along with a PUT that is made anyway.
        if unverifiable and (put or avatar) and not self.created:
            put.update(ATTRIBUTES.body(unverifiable))
        return UpdatePlan(switch, changes, put, avatar, password_sent, identities_set, identities_delete,
                          custom_attributes_set, custom_attributes_delete, state_steps, disables_two_factor, demotes)

    def plan_attributes(self, switch: Optional[Dict[str, Any]]) -> Tuple[Dict[str, Any], ...]:
        """-> (changes, unverifiable, PUT body): the attribute changes, and the new email of a switch."""
        entity = dict(self.user, email=self.params["email"]) if switch else self.user
        changes, unverifiable = ATTRIBUTES.plan(self.params, entity)
        put = ATTRIBUTES.body(changes)
        if switch:
            put.update(email=self.params["email"], skip_reconfirmation=True)
        return changes, unverifiable, put

    def plan_password(self, put: Dict[str, Any]) -> bool:
        """Adds the password to the PUT when update_password=always. -> whether a password goes to GitLab."""
        params = self.params
        if not self.created and params.get("password") and params["update_password"] == "always":
            put["password"] = params["password"]
            return True
        return bool(self.created and params.get("password"))

    def plan_avatar(self) -> Optional[str]:
        """The avatar to upload with the PUT (a created user got it with POST /users)."""
        params = self.params
        if params.get("avatar") and not self.created and params["update_avatar"] == "always":
            return params["avatar"]
        return None

    def plan_identity_writes(self) -> Tuple[List[Dict[str, Any]], List[Any]]:
        """-> (identities to write, providers to delete)."""
        params = self.params
        if params.get("identities") is None:
            return [], []
        return plan_identities(self.user.get("identities"), params["identities"], params["purge_identities"])

    def plan_custom_attribute_writes(self) -> Tuple[Dict[str, str], List[str]]:
        """-> ({key: value} to write, keys to delete)."""
        if not self.task.manage_custom_attributes:
            return {}, []
        params = self.params
        return plan_custom_attributes(self.user.get("custom_attributes"), params["custom_attributes"],
                                      params["purge_custom_attributes"],
                                      tuple(params.get("preserved_custom_attributes") or ()))

    def plan_state_steps(self) -> Tuple[str, ...]:
        """The account state actions; a transition GitLab does not allow fails here, before any write."""
        target = self.params.get("account_state")
        if not target:
            return ()
        try:
            return plan_transition(self.user.get("state"), target)
        except TransitionRefused as exc:
            raise ModuleFailed("cannot make %s %s: %s" % (self.task.username, target, exc))

    # -- write --------------------------------------------------------------------------------------
    def write(self, user_id: Any, plan: UpdatePlan) -> None:
        """The planned writes after the email switch's first step, in the order the class docstring gives."""
        if plan.disables_two_factor and not plan.demotes:
            self.disable_two_factor(user_id)
        if plan.put or plan.avatar:
            self.apply_put(user_id, plan.put, plan.changes, plan.avatar)
        if plan.disables_two_factor and plan.demotes:
            self.disable_two_factor(user_id)
        self.apply_identities(user_id, plan.identities_set[1:], plan.identities_delete)
        if self.task.manage_custom_attributes:
            self.apply_custom_attributes(user_id, plan.custom_attributes_set, plan.custom_attributes_delete)
        if plan.state_steps:
            self.apply_state(user_id, plan.state_steps)
        if plan.switch and self.params["remove_previous_email"]:
            self.remove_previous_email(user_id, plan.switch)

    def result(self, plan: UpdatePlan) -> Dict[str, Any]:
        after = managed_view(self.params, self.user)
        for option in self.task.unpredictable:
            after.pop(option, None)
            self.before.pop(option, None)
        if plan.password_sent:
            after["password"] = MASK
        if plan.avatar or (self.created and self.params.get("avatar")):
            after["avatar"] = self.params["avatar"]
        return self.task.result(self.before, after, self.user)

    # -- attributes ---------------------------------------------------------------------------------
    def report_unverifiable(self, unverifiable: Mapping[str, Any], other_writes: Any) -> None:
        for option in sorted(unverifiable):
            attr = ATTRIBUTES[option]
            if not attr.settable:
                why = ("GitLab returns %r, and its Users API does not accept %s: POST and PUT /users drop it"
                       % (self.user.get(attr.key), option))
            elif not attr.readable:
                why = "GitLab never returns it"
            else:
                why = "this GitLab does not return %s (a GitLab Premium/Ultimate attribute)" % attr.key
            if self.created:
                self.warn("%s was sent when creating the user but cannot be verified: %s" % (option, why))
            elif other_writes:
                self.warn("%s cannot be verified (%s); it was sent along with the other changes" % (option, why))
            else:
                self.warn("%s cannot be verified (%s), so it is not compared and does not make the task "
                          "changed; it is applied when the user is created or other attributes change"
                          % (option, why))

    def report_stored_forms(self, changes: Mapping[str, Any]) -> None:
        """Say when GitLab will store a text differently from how it was given (HTML sanitising), so
        that the value to put in the playbook is plain; reruns compare with the stored form."""
        for option in ("name",) + SANITIZED_DETAIL_FIELDS:
            value = changes.get(option)
            if not isinstance(value, str):
                continue
            stored = stored_name(value) if option == "name" else stored_detail(option, value)
            if stored != value:
                self.warn("GitLab stores %s as %r (it sanitises HTML); later runs compare with that" % (option, stored))

    def apply_put(self, user_id: Any, data: Dict[str, Any], changes: Mapping[str, Any],
                  avatar: Optional[str] = None) -> None:
        response = self.task.put_user(user_id, data, avatar, predict=lambda: self.task.predict_write(self.user, data))
        if not self.check_mode:
            response = self.checked_entity(response, "PUT /users/%s" % user_id)
            for option, desired in changes.items():
                attr = ATTRIBUTES[option]
                if attr.key in response and not attr.same(desired, response.get(attr.key), response):
                    self.warn("GitLab accepted %s=%r but returns %r; the next run will try again"
                              % (option, desired, response.get(attr.key)))
            if "email" in data and normalize("email", data["email"]) != normalize("email", response.get("email")):
                self.warn("GitLab accepted the new email %s but still returns %s as the primary email"
                          % (data["email"], response.get("email")))
        # The PUT answer has no custom attributes (they are not part of that request).
        if "custom_attributes" in self.user and "custom_attributes" not in response:
            response["custom_attributes"] = self.user["custom_attributes"]
        self.user = response

    @staticmethod
    def checked_entity(response: Any, action: str) -> Dict[str, Any]:
        if not isinstance(response, dict) or "id" not in response:
            raise ModuleFailed("unexpected answer from GitLab to %s: expected the user, got %s"
                               % (action, type(response).__name__))
        return response

    # -- identities ---------------------------------------------------------------------------------
    def apply_identities(self, user_id: Any, to_put: List[Dict[str, Any]], to_delete: List[Any]) -> None:
        """The identities after the first (which went with the PUT), one PUT each; then the deletions."""
        for identity in to_put:
            self.apply_put(user_id, dict(identity), {})
        for provider in to_delete:
            self.module.write("DELETE", "/users/{}/identities/{}", user_id, provider)
            self.user["identities"] = [i for i in self.user.get("identities") or [] if i.get("provider") != provider]

    # -- email switch -------------------------------------------------------------------------------
    def plan_email_switch(self, user_id: Any, old_email: Any) -> Dict[str, Any]:
        """GitLab only accepts a new primary email that is a (confirmed) secondary email of the user."""
        switch = dict(new=self.params["email"], old=old_email, add=True, delete_id=None, old_id=None)
        if user_id is None:  # check mode, user not created yet
            return switch
        for row in self.task.client.paginate("/users/%d/emails" % int(user_id)):
            if normalize("email", row.get("email")) == normalize("email", switch["new"]):
                if "confirmed_at" not in row or row.get("confirmed_at"):
                    switch["add"] = False
                else:
                    switch["delete_id"] = row.get("id")  # unconfirmed: replace it with a confirmed one
            elif normalize("email", row.get("email")) == normalize("email", old_email):
                switch["old_id"] = row.get("id")
        return switch

    def prepare_email_switch(self, user_id: Any, switch: Mapping[str, Any]) -> Optional[Dict[str, Any]]:
        """Make the new address a confirmed email of the user. -> None, or the user as it is now when a
        concurrent run made the address the user's meanwhile (then the rest is planned again from it)."""
        if switch["delete_id"] is not None:
            self.module.write("DELETE", "/users/{}/emails/{}", user_id, switch["delete_id"])
        if not switch["add"]:
            return None
        try:
            self.module.write("POST", "/users/{}/emails", user_id, data=dict(email=switch["new"], skip_confirmation=True))
        except GitLabValidationError as exc:
            # app/models/email.rb: "has already been taken" when any user has an emails row for the address or
            # has it as primary email. If that user is this one, a concurrent run did this step (or the switch).
            current = None if self.raced or "taken" not in str(exc.message) else self.owner_of(user_id, switch["new"])
            if current is None:
                raise
            self.warn("%s became an email of %s in a concurrent run while this task ran; converging from the user "
                      "as it is now" % (switch["new"], self.task.username))
            return current
        return None

    def owner_of(self, user_id: Any, address: str) -> Optional[Dict[str, Any]]:
        """The user re-read, if `address` is its primary email or one of its emails; else None."""
        current = self.task.client.resolve_user(int(user_id), with_custom_attributes=self.task.manage_custom_attributes)
        if current is None:
            return None
        wanted = normalize("email", address)
        if normalize("email", current.get("email")) == wanted:
            return current
        rows = self.task.client.paginate("/users/%d/emails" % int(user_id))
        return current if any(normalize("email", row.get("email")) == wanted for row in rows) else None

    def remove_previous_email(self, user_id: Any, switch: Mapping[str, Any]) -> None:
        """After the switch GitLab keeps the old primary email as a secondary one; delete it."""
        old_id = switch["old_id"]
        if old_id is None and not self.check_mode:
            for row in self.task.client.paginate("/users/%d/emails" % int(user_id)):
                if normalize("email", row.get("email")) == normalize("email", switch["old"]):
                    old_id = row.get("id")
        if old_id is None and not self.check_mode:
            return  # GitLab did not keep it
        if old_id is None:
            self.module.actions.append("DELETE /users/%s/emails/:email_id" % user_id)
            return
        self.module.write("DELETE", "/users/{}/emails/{}", user_id, old_id)

    # -- two-factor ---------------------------------------------------------------------------------
    def disable_two_factor(self, user_id: Any) -> None:
        if self.check_mode and self.user.get("is_admin"):
            self.warn("GitLab refuses to disable two-factor authentication of administrators through the API")
        try:
            self.module.write("PATCH", "/users/{}/disable_two_factor", user_id)
        except GitLabError as exc:
            raise ModuleFailed("cannot disable two-factor authentication of %s: %s" % (self.task.username, exc),
                               **error_details(exc))
        self.user["two_factor_enabled"] = False

    # -- custom attributes --------------------------------------------------------------------------
    def apply_custom_attributes(self, user_id: Any, to_set: Mapping[str, str], to_delete: List[str]) -> None:
        values = custom_attributes_dict(self.user.get("custom_attributes"))
        for key, value in to_set.items():
            self.module.write("PUT", "/users/{}/custom_attributes/{}", user_id, key, data=dict(value=value))
            values[key] = value
        for key in to_delete:
            self.module.write("DELETE", "/users/{}/custom_attributes/{}", user_id, key)
            values.pop(key, None)
        self.user["custom_attributes"] = [dict(key=key, value=value) for key, value in values.items()]

    # -- account state ------------------------------------------------------------------------------
    def apply_state(self, user_id: Any, steps: Tuple[str, ...]) -> None:
        start = self.user.get("state")
        if self.check_mode and "deactivate" in steps and recently_active(self.user):
            self.warn("GitLab will probably refuse to deactivate %s: the user was active in the last 90 days"
                      % self.task.username)
        done: List[str] = []
        for step in steps:
            try:
                self.post_state_action(user_id, step)
            except GitLabError as exc:
                if not self.reached_meanwhile(user_id, step, exc):
                    raise ModuleFailed(self.state_failure(user_id, start, steps, done, exc), **error_details(exc))
            done.append(step)
            self.user["state"] = RESULT_STATE[step]

    def post_state_action(self, user_id: Any, step: str) -> None:
        """POST /users/:id/<step>. When its answer is lost and a re-read shows that it has not taken effect, it is
        sent once more: a state action cannot act twice (the second is answered 201 for block and deactivate,
        lib/api/users.rb `break if user.blocked?`, or refused by the state machine, app/models/user.rb, which
        reached_meanwhile settles by reading the state again)."""
        template = "/users/{}/%s" % step
        try:
            self.module.write("POST", template, user_id)
            return
        except GitLabTransportError as exc:
            if not exc.maybe_committed:
                raise
            try:
                current = self.task.client.resolve_user(int(user_id))
            except GitLabError:
                raise exc  # whether it took effect is unknown: the task fails saying maybe_committed
            action = self.module.action("POST", template, user_id)
            applied = current is not None and current.get("state") == RESULT_STATE[step]
            self.module.settle(action, applied=applied)
            if applied:
                return
            self.module.warn("the answer to %s was lost and it did not take effect: sending it again" % action)
        self.module.write("POST", template, user_id)

    def reached_meanwhile(self, user_id: Any, step: str, exc: GitLabError) -> bool:
        """After a refused or unanswered state action, re-read the user: if it already is in the state
        the action leads to (a concurrent run did it, or our own request went through), that is success."""
        if self.check_mode:
            return False
        try:
            current = self.task.client.resolve_user(int(user_id))
        except GitLabError:
            return False
        if current is None or current.get("state") != RESULT_STATE[step]:
            return False
        if isinstance(exc, GitLabTransportError):
            self.module.settle("POST /users/%s/%s" % (user_id, step), applied=True)  # it went through
        return True

    def state_failure(self, user_id: Any, start: Any, steps: Tuple[str, ...], done: List[str],
                      exc: GitLabError) -> str:
        """Explain a refused state action; undo the earlier steps of the same transition if possible."""
        msg = "cannot make %s %s (%s -> %s needs %s): %s" % (
            self.task.username, self.params["account_state"], start, self.params["account_state"],
            ", ".join(steps), exc)
        if not done:
            return msg
        undo = [UNDO.get(step) for step in reversed(done)]
        if None in undo:
            return msg + "; the user is now %s" % self.user.get("state")
        try:
            for step in undo:
                self.module.write("POST", "/users/{}/%s" % step, user_id)
                self.user["state"] = RESULT_STATE[step]
        except GitLabError as undo_exc:
            return msg + "; undoing %s failed too (%s), the user is now %s" % (
                ", ".join(done), undo_exc, self.user.get("state"))
        return msg + "; undid %s, the user is %s again" % (", ".join(done), self.user.get("state"))


class UserPart:
    """gitlab_user's part of a gitlab_users_converge entry: the entry's own options (all but the keys of the
    other parts, _kit/converge_part.py). It runs first, with the user as the run has listed it (None: there is
    none); the user it lists, creates or, in check mode, predicts is the one the other parts converge."""

    module_name = "gitlab_user"

    def __init__(self) -> None:
        self.module_rules = MODULE_OPTIONS
        self.validator = OptionsValidator(argument_spec(), MODULE_OPTIONS)

    @staticmethod
    def entry_spec() -> Dict[str, Any]:
        return argument_spec()

    @staticmethod
    def problems(options: Mapping[str, Any]) -> List[str]:
        return validate(options)

    @staticmethod
    def run(client: Any, check_mode: bool, current: Optional[Dict[str, Any]], options: Mapping[str, Any]) -> TaskOutcome:
        """The task for the user as listed (no lookup), in a scope of its own on the run's client."""
        scope = TaskScope(client, options, check_mode)
        return run_task(scope, lambda: UserTask(scope).run(current))

    @staticmethod
    def converged_user(result: Mapping[str, Any]) -> Dict[str, Any]:
        """The user the task left (its entity as GitLab answered or check mode predicts it), for the other parts."""
        return result.get("user") or {}


CONVERGE_PART = UserPart()


def run(module: GitLabModule) -> Dict[str, Any]:
    """GitLabModule.run() entry point of the gitlab_user module."""
    return UserTask(module).run()


def main() -> None:
    GitLabModule(argument_spec=argument_spec(), supports_check_mode=True, **MODULE_OPTIONS).run(run)
