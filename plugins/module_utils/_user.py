# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The logic of the gitlab_user module: options, comparison with what GitLab returns, planning, and the run.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

Overview of one run (``run_module``):

1. ``validate_params`` -- bad input fails here, before any request.
2. One ``GET /users?username=`` (with ``with_custom_attributes=true`` when custom attributes are managed).
3. ``state=absent``: ``DELETE /users/:id`` and poll until the user is gone.
   ``state=present`` and no user: ``POST /users`` (races converge), then the same convergence as for an
   existing user, which for a fresh user only covers what POST /users cannot do.
4. ``Converger`` compares, plans the minimum writes and performs them in a fixed order (or, in check mode,
   only records them). The resulting ``user`` is built from the write responses, never re-read.
"""

from __future__ import annotations

import mimetypes
import os
import re
import time

from ansible_collections.gitlab_ops.users.plugins.module_utils._api import (
    GitLabConflict,
    GitLabError,
    GitLabNotFound,
    GitLabTransportError,
    api_path,
)
from ansible_collections.gitlab_ops.users.plugins.module_utils._user_state import (
    RESULT_STATE,
    TARGET_STATES,
    UNDO,
    TransitionRefused,
    plan_transition,
    recently_active,
)

MASK = "********"
MIN_PASSWORD_LENGTH = 8  # GitLab's default minimum_password_length
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")  # Devise's email regexp, as GitLab uses it
PRIVATE_COMMIT_EMAIL = "_private"
NOREPLY_RE = re.compile(r"@users\.noreply\.", re.IGNORECASE)
NEW_ID = ":id"  # how a user that check mode would create appears in `actions`


class Attr:
    """One writable user attribute: option name (= API parameter), the key GitLab returns it under,
    how to compare it, and whether only GitLab EE (Premium/Ultimate) knows it."""

    def __init__(self, option, kind, key=None, ee=False, readable=True, settable=True):
        self.option = option
        self.kind = kind  # str | email | commit_email | bool | int
        self.key = key or option
        self.ee = ee
        self.readable = readable  # False: GitLab accepts it but never returns it
        self.settable = settable  # False: returned, but not a parameter of POST/PUT /users (GitLab drops it)

    def spec(self):
        return dict(type="bool" if self.kind == "bool" else "int" if self.kind == "int" else "str")


ATTRIBUTES = (
    Attr("name", "str"),
    Attr("admin", "bool", key="is_admin"),
    Attr("auditor", "bool", key="is_auditor", ee=True),
    Attr("external", "bool"),
    Attr("can_create_group", "bool"),
    Attr("projects_limit", "int"),
    Attr("bio", "str"),
    Attr("location", "str"),
    Attr("organization", "str"),
    Attr("job_title", "str", settable=False),
    Attr("pronouns", "str"),
    Attr("public_email", "email"),
    Attr("commit_email", "commit_email"),
    Attr("private_profile", "bool"),
    Attr("note", "str"),
    Attr("linkedin", "str"),
    Attr("twitter", "str"),
    Attr("discord", "str"),
    Attr("skype", "str"),
    Attr("website_url", "str"),
    Attr("theme_id", "int"),
    Attr("color_scheme_id", "int"),
    Attr("view_diffs_file_by_file", "bool", readable=False),
    Attr("shared_runners_minutes_limit", "int", ee=True),
    Attr("extra_shared_runners_minutes_limit", "int", ee=True),
)
ATTRIBUTES_BY_OPTION = dict((attr.option, attr) for attr in ATTRIBUTES)


def argument_spec():
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
        disable_two_factor=dict(type="bool", default=False),
        avatar=dict(type="path"),
        update_avatar=dict(type="str", default="on_create", choices=["on_create", "always"]),
        hard_delete=dict(type="bool", default=False),
        wait=dict(type="bool", default=True),
        wait_timeout=dict(type="int", default=60),
    )
    for attr in ATTRIBUTES:
        spec[attr.option] = attr.spec()
    spec["admin"]["aliases"] = ["isadmin"]
    return spec


# -- validation --------------------------------------------------------------------------------------

def validate_params(params):
    """Problems with the options that need no request to find, each naming its option."""
    problems = []
    if not (params.get("username") or "").strip():
        problems.append("username must not be empty")
    for option in ("email", "public_email", "commit_email"):
        value = params.get(option)
        if value is None:
            continue
        if option != "email" and value == "":
            continue  # clears the public/commit email
        if option == "commit_email" and value == PRIVATE_COMMIT_EMAIL:
            continue
        if not EMAIL_RE.match(value):
            problems.append("%s must be an email address, got %r" % (option, value))
    if params.get("name") is not None and not params["name"].strip():
        problems.append("name must not be empty")
    for option in ("projects_limit", "theme_id", "color_scheme_id", "shared_runners_minutes_limit",
                   "extra_shared_runners_minutes_limit", "wait_timeout"):
        value = params.get(option)
        if value is not None and value < 0:
            problems.append("%s must be 0 or more, got %d" % (option, value))
    password = params.get("password")
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        problems.append("password must be at least %d characters long (GitLab's default minimum)"
                        % MIN_PASSWORD_LENGTH)
    avatar = params.get("avatar")
    if avatar is not None and not os.path.isfile(avatar):
        problems.append("avatar must be the path of an image file; %r does not exist" % avatar)
    seen = set()
    for identity in params.get("identities") or []:
        provider, uid = identity.get("provider"), identity.get("extern_uid")
        if not provider or not uid:
            problems.append("identities: every entry needs a non-empty provider and extern_uid")
        elif provider in seen:
            problems.append("identities: provider %r is listed more than once; GitLab keeps one identity "
                            "per provider" % provider)
        seen.add(provider)
    for key, value in (params.get("custom_attributes") or {}).items():
        if not str(key).strip():
            problems.append("custom_attributes: keys must not be empty")
        elif value is None or custom_attribute_value(value) == "":
            problems.append("custom_attributes: the value of %r must not be empty (GitLab rejects blank "
                            "values; use purge_custom_attributes to remove a key)" % key)
    return problems


# -- normalisation and comparison --------------------------------------------------------------------

def normalize(kind, value):
    """The comparable form of a value as given in the options or returned by GitLab."""
    if kind in ("str",):
        return "" if value is None else str(value)
    if kind in ("email", "commit_email"):
        return "" if value is None else str(value).strip().lower()
    if kind == "bool":
        return bool(value) if value is not None else False
    if kind == "int":
        return None if value is None else int(value)
    raise ValueError("unknown kind %r" % (kind,))


def same_value(attr, desired, current, primary_email=None):
    """Whether GitLab's `current` value already is the `desired` one."""
    if attr.kind == "commit_email":
        wanted, have = normalize("email", desired), normalize("email", current)
        if wanted == "":  # "use the primary email": GitLab then returns the primary email (or nothing)
            return have in ("", normalize("email", primary_email))
        if wanted == PRIVATE_COMMIT_EMAIL:
            return have == PRIVATE_COMMIT_EMAIL or bool(NOREPLY_RE.search(have))
        return wanted == have
    return normalize(attr.kind, desired) == normalize(attr.kind, current)


def same_email(first, second):
    return normalize("email", first) == normalize("email", second)


def custom_attribute_value(value):
    """GitLab stores custom attribute values as strings (Grape coerces true to "true")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def plan_attributes(params, user, primary_email):
    """-> (changes, unverifiable): option -> desired value for attributes that differ, and for the ones a
    write cannot be relied on for: not returned by this GitLab (never, or EE fields on CE), so they cannot be
    compared, or returned but differing and not accepted by the API (job_title), so a PUT cannot fix them.
    Neither kind makes a run changed by itself; they are sent along with other writes."""
    changes, unverifiable = {}, {}
    for attr in ATTRIBUTES:
        desired = params.get(attr.option)
        if desired is None:
            continue  # not managed
        if not attr.readable or attr.key not in user:
            unverifiable[attr.option] = desired
        elif not same_value(attr, desired, user.get(attr.key), primary_email):
            if attr.settable:
                changes[attr.option] = desired
            else:
                unverifiable[attr.option] = desired
    return changes, unverifiable


def normalize_extern_uid(provider, extern_uid):
    """GitLab normalises LDAP DNs when it stores them (lower case, no blanks around , and =)."""
    value = "" if extern_uid is None else str(extern_uid)
    if str(provider).lower().startswith("ldap"):
        return re.sub(r"\s*([,=])\s*", r"\1", value.strip()).lower()
    return value


def same_identity(first, second):
    return (first.get("provider") == second.get("provider")
            and normalize_extern_uid(first.get("provider"), first.get("extern_uid"))
            == normalize_extern_uid(second.get("provider"), second.get("extern_uid")))


def plan_identities(current, desired, purge):
    """-> (to_set, to_delete): identities to write (dicts with provider, extern_uid) and providers to
    delete. Only provider and extern_uid are compared (EE adds saml_provider_id)."""
    current = current or []
    to_set = [dict(provider=d["provider"], extern_uid=d["extern_uid"]) for d in desired
              if not any(same_identity(d, c) for c in current)]
    to_delete = []
    if purge:
        wanted = set(d["provider"] for d in desired)
        for identity in current:
            provider = identity.get("provider")
            if provider not in wanted and provider not in to_delete:
                to_delete.append(provider)
    return to_set, to_delete


def custom_attributes_dict(entries):
    """GitLab's [{"key": k, "value": v}, ...] -> {k: v}."""
    return dict((entry.get("key"), entry.get("value")) for entry in entries or [])


def plan_custom_attributes(current, desired, purge):
    """-> (to_set, to_delete): {key: value} to PUT and keys to DELETE."""
    have = custom_attributes_dict(current)
    wanted = dict((str(key), custom_attribute_value(value)) for key, value in desired.items())
    to_set = dict((key, value) for key, value in wanted.items() if have.get(key) != value)
    to_delete = [key for key in have if key not in wanted] if purge else []
    return to_set, to_delete


def predict_write(user, data):
    """The user entity GitLab would return after POST/PUT /users with `data` (for check mode)."""
    user = dict(user)
    for option, value in data.items():
        attr = ATTRIBUTES_BY_OPTION.get(option)
        if attr is not None and attr.readable:
            if attr.kind == "commit_email" and value == "":
                value = data.get("email", user.get("email"))
            elif attr.kind == "email" and value == "":
                value = ""
            user[attr.key] = value
        elif option in ("name", "email", "username"):
            user[option] = value
    if data.get("provider") is not None:
        identities = [dict(i) for i in user.get("identities") or [] if i.get("provider") != data["provider"]]
        identities.append(dict(provider=data["provider"], extern_uid=data["extern_uid"]))
        user["identities"] = identities
    return user


# -- result helpers ----------------------------------------------------------------------------------

def managed_view(params, user):
    """The managed part of a user, keyed by option name, for the diff."""
    if user is None:
        return dict(username=params["username"], state="absent")
    view = dict(username=user.get("username", params["username"]), state="present")
    if params.get("account_state"):
        view["account_state"] = user.get("state")
    if params.get("email") is not None:
        view["email"] = user.get("email")
    for attr in ATTRIBUTES:
        if params.get(attr.option) is not None and attr.readable and attr.key in user:
            value = user.get(attr.key)
            view[attr.option] = normalize(attr.kind, value) if attr.kind == "str" else value
    if params.get("identities") is not None:
        view["identities"] = sorted(
            (dict(provider=i.get("provider"), extern_uid=i.get("extern_uid")) for i in user.get("identities") or []),
            key=lambda i: (str(i["provider"]), str(i["extern_uid"])))
    if params.get("custom_attributes") is not None:
        view["custom_attributes"] = custom_attributes_dict(user.get("custom_attributes"))
    if params.get("disable_two_factor"):
        view["two_factor_enabled"] = bool(user.get("two_factor_enabled"))
    return view


class TaskFailed(Exception):
    """Stop the run with a message (and extra result keys)."""

    def __init__(self, msg, **extra):
        super().__init__(msg)
        self.msg = msg
        self.extra = extra


# -- the run -----------------------------------------------------------------------------------------

class UserTask:
    """One gitlab_user task."""

    def __init__(self, gitlab_module, sleep=time.sleep, clock=time.monotonic):
        self.gm = gitlab_module
        self.params = gitlab_module.params
        self.check_mode = gitlab_module.check_mode
        self.username = self.params["username"]
        self.manage_custom_attributes = self.params.get("custom_attributes") is not None
        self.actions = []
        self.sleep = sleep
        self.clock = clock

    @property
    def client(self):
        return self.gm.client

    # -- requests -----------------------------------------------------------------------------------
    def lookup(self):
        """The user by username (exact, case-insensitive): one GET /users?username= request."""
        params = dict(username=self.username)
        if self.manage_custom_attributes:
            params["with_custom_attributes"] = True
        users = self.client.get("/users", params=params) or []
        wanted = self.username.lower()
        for user in users:
            if str(user.get("username", "")).lower() == wanted:
                return user
        return None

    def write(self, method, template, *args, **kwargs):
        """Perform one write (or, in check mode, only record it); returns the decoded response body."""
        shown = template.format(*(NEW_ID if arg is None else arg for arg in args))
        if self.check_mode:
            self.actions.append("%s %s" % (method, shown))
            return None
        path = api_path(template, *args)
        call = dict(GET=self.client.get, POST=self.client.post, PUT=self.client.put,
                    PATCH=self.client.patch, DELETE=self.client.delete)[method]
        result = call(path, **kwargs)
        self.actions.append("%s %s" % (method, path))
        return result

    def put_user(self, user_id, data, avatar=None):
        if avatar:
            with open(avatar, "rb") as handle:
                files = dict(avatar=(os.path.basename(avatar), handle,
                                     mimetypes.guess_type(avatar)[0] or "application/octet-stream"))
                return self.write("PUT", "/users/{}", user_id, data=form_data(data), files=files)
        return self.write("PUT", "/users/{}", user_id, data=data)

    # -- entry point --------------------------------------------------------------------------------
    def run(self):
        problems = validate_params(self.params)
        if problems:
            raise TaskFailed("; ".join(problems))
        user = self.lookup()
        if user is not None and self.params["state"] == "present" and "is_admin" not in user:
            raise TaskFailed("gitlab_user needs an administrator's token: GitLab returned only the public "
                             "view of the user %s" % self.username)
        if self.params["state"] == "absent":
            return self.absent(user)
        if user is None:
            return self.create()
        return Converger(self, user).run()

    def result(self, before, after, user):
        result = dict(changed=bool(self.actions), actions=self.actions, user=user or {})
        if self.gm.diff_mode:
            result["diff"] = dict(before=before, after=after)
        return result

    # -- state=absent -------------------------------------------------------------------------------
    def absent(self, user):
        before = managed_view(self.params, user)
        if user is None:
            return self.result(before, before, {})
        params = dict(hard_delete=True) if self.params["hard_delete"] else None
        try:
            self.write("DELETE", "/users/{}", user["id"], params=params)
        except GitLabNotFound:
            return self.result(before, managed_view(self.params, None), {})  # deleted meanwhile
        except GitLabConflict as exc:
            raise TaskFailed("%s (set hard_delete=true to delete the user together with the groups it "
                             "solely owns)" % exc, **error_details(exc))
        if self.params["wait"] and not self.check_mode:
            self.wait_until_gone(user["id"])
        return self.result(before, managed_view(self.params, None), {})

    def wait_until_gone(self, user_id):
        """GitLab deletes users asynchronously: poll GET /users/:id until it answers 404."""
        deadline = self.clock() + self.params["wait_timeout"]
        delay = 0.25
        while True:
            remaining = deadline - self.clock()
            if remaining <= 0:
                raise TaskFailed("GitLab accepted the deletion of %s but the user still exists after %d "
                                 "seconds (GitLab deletes users in a background job); raise wait_timeout or "
                                 "set wait=false" % (self.username, self.params["wait_timeout"]),
                                 changed=True, actions=self.actions)
            self.sleep(min(delay, remaining))
            try:
                self.client.get(api_path("/users/{}", user_id))
            except GitLabNotFound:
                return
            delay = min(delay * 2, 2.0)

    # -- state=present, user missing ----------------------------------------------------------------
    def create(self):
        params = self.params
        missing = [option for option in ("name", "email") if not params.get(option)]
        if missing:
            raise TaskFailed("the user %s does not exist; %s needed to create it"
                             % (self.username, " and ".join(missing) + (" are" if len(missing) > 1 else " is")))
        if not (params.get("password") or params["reset_password"] or params["force_random_password"]):
            raise TaskFailed("the user %s does not exist; one of password, reset_password or "
                             "force_random_password is needed to create it" % self.username)
        data = self.create_body()
        before = managed_view(params, None)
        if self.check_mode:
            self.actions.append("POST /users")
            user = predict_write(dict(id=None, username=self.username, state="active", identities=[],
                                      two_factor_enabled=False, custom_attributes=[]), data)
            return Converger(self, user, created=True, before=before).run()
        user, created = self.post_user(data)
        return Converger(self, user, created=created, before=before if created else None).run()

    def create_body(self):
        params = self.params
        data = dict(username=self.username, name=params["name"], email=params["email"],
                    skip_confirmation=params["skip_confirmation"])
        for option in ("password", "reset_password", "force_random_password"):
            if params.get(option):
                data[option] = params[option]
        for attr in ATTRIBUTES:
            if params.get(attr.option) is not None:
                data[attr.option] = params[attr.option]
        if params.get("identities"):
            data.update(params["identities"][0])
        return data

    def post_user(self, data):
        """POST /users; on a lost answer or a 409 re-read and converge. -> (user, created_by_us)."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._post_user(data), True
            except GitLabConflict as exc:
                existing = self.lookup()
                if existing is None:
                    raise  # e.g. the email belongs to another account
                self.gm.warn("%s was created by someone else while this task ran (%s); converging it instead"
                             % (self.username, exc.message))
                return existing, False
            except GitLabTransportError as exc:
                existing = self.lookup()
                if existing is not None:
                    self.actions.append("POST /users")  # our create went through; only the answer was lost
                    return existing, True
                if attempt == 2:
                    raise
                if exc.maybe_committed:
                    self.gm.warn("the answer to POST /users was lost and %s does not exist: creating it again"
                                 % self.username)

    def _post_user(self, data):
        avatar = self.params.get("avatar")
        if not avatar:
            return self.write("POST", "/users", data=data)
        with open(avatar, "rb") as handle:
            files = dict(avatar=(os.path.basename(avatar), handle,
                                 mimetypes.guess_type(avatar)[0] or "application/octet-stream"))
            return self.write("POST", "/users", data=form_data(data), files=files)


def form_data(data):
    """Multipart form fields: Grape wants true/false, and every value as text."""
    fields = {}
    for key, value in data.items():
        if value is None:
            continue
        fields[key] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return fields


def error_details(exc):
    return dict(method=exc.method, path=exc.path, status=exc.status, error=exc.message)


class Converger:
    """Brings an existing (or just created) user to the wanted attributes, identities, custom
    attributes, two-factor and account state, with the fewest requests.

    Write order: secondary email for an email switch; disable_two_factor (after the PUT when that PUT
    removes admin, because GitLab refuses it for admins); one PUT /users/:id with every attribute change,
    the email switch, the password, the avatar and the first identity; one PUT per further identity;
    identity deletions; custom attributes; account state actions; removal of the previous email.
    """

    def __init__(self, task, user, created=False, before=None):
        self.task = task
        self.params = task.params
        self.user = user
        self.created = created
        self.before = before if before is not None else managed_view(task.params, user)
        self.check_mode = task.check_mode

    def warn(self, msg):
        self.task.gm.warn(msg)

    def run(self):
        params, user = self.params, self.user
        user_id = user.get("id")
        # -- plan everything first, so that refusals we can foresee fail before any write ----------
        switch = None
        if params.get("email") is not None and not same_email(params["email"], user.get("email")):
            switch = self.plan_email_switch(user_id, user.get("email"))
        primary = params["email"] if switch else user.get("email")
        changes, unverifiable = plan_attributes(params, user, primary)
        put = dict(changes)
        if switch:
            put.update(email=params["email"], skip_reconfirmation=True)
        password_sent = bool(self.created and params.get("password"))
        if not self.created and params.get("password") and params["update_password"] == "always":
            put["password"] = params["password"]
            password_sent = True
        avatar = None
        if params.get("avatar") and not self.created and params["update_avatar"] == "always":
            avatar = params["avatar"]
        identities_set, identities_delete = [], []
        if params.get("identities") is not None:
            identities_set, identities_delete = plan_identities(
                user.get("identities"), params["identities"], params["purge_identities"])
        if identities_set:
            put.update(identities_set[0])
        ca_set, ca_delete = {}, []
        if self.task.manage_custom_attributes:
            ca_set, ca_delete = plan_custom_attributes(
                user.get("custom_attributes"), params["custom_attributes"], params["purge_custom_attributes"])
        steps = ()
        if params.get("account_state"):
            try:
                steps = plan_transition(user.get("state"), params["account_state"])
            except TransitionRefused as exc:
                raise TaskFailed("cannot make %s %s: %s" % (self.task.username, params["account_state"], exc))
        disable_2fa = bool(params["disable_two_factor"] and user.get("two_factor_enabled"))
        demotes = bool(user.get("is_admin")) and put.get("admin") is False
        self.report_unverifiable(unverifiable, put or avatar)
        if unverifiable and (put or avatar) and not self.created:
            put.update(unverifiable)

        # -- write ---------------------------------------------------------------------------------
        if switch:
            self.prepare_email_switch(user_id, switch)
        if disable_2fa and not demotes:
            self.disable_two_factor(user_id, user)
        if put or avatar:
            self.apply_put(user_id, put, changes, avatar)
        if disable_2fa and demotes:
            self.disable_two_factor(user_id, self.user)
        for identity in identities_set[1:]:
            self.apply_put(user_id, dict(identity), {})
        for provider in identities_delete:
            self.task.write("DELETE", "/users/{}/identities/{}", user_id, provider)
            self.user["identities"] = [i for i in self.user.get("identities") or [] if i.get("provider") != provider]
        if self.task.manage_custom_attributes:
            self.apply_custom_attributes(user_id, ca_set, ca_delete)
        if steps:
            self.apply_state(user_id, steps)
        if switch and params["remove_previous_email"]:
            self.remove_previous_email(user_id, switch)

        after = managed_view(params, self.user)
        if password_sent:
            after["password"] = MASK
        if avatar or (self.created and params.get("avatar")):
            after["avatar"] = params["avatar"]
        return self.task.result(self.before, after, self.user)

    # -- attributes ---------------------------------------------------------------------------------
    def report_unverifiable(self, unverifiable, other_writes):
        for option in sorted(unverifiable):
            attr = ATTRIBUTES_BY_OPTION[option]
            if not attr.settable:
                why = ("GitLab returns %r, and PUT /users/:id does not accept %s on GitLab versions that leave "
                       "it out of the Users API" % (self.user.get(attr.key), option))
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

    def apply_put(self, user_id, data, changes, avatar=None):
        response = self.task.put_user(user_id, data, avatar)
        if self.check_mode:
            response = predict_write(self.user, data)
        else:
            for option, desired in changes.items():
                attr = ATTRIBUTES_BY_OPTION[option]
                if attr.key in response and not same_value(attr, desired, response.get(attr.key),
                                                           response.get("email")):
                    self.warn("GitLab accepted %s=%r but returns %r; the next run will try again"
                              % (option, desired, response.get(attr.key)))
            if "email" in data and not same_email(data["email"], response.get("email")):
                self.warn("GitLab accepted the new email %s but still returns %s as the primary email"
                          % (data["email"], response.get("email")))
        # The PUT answer has no custom attributes (they are not part of that request).
        if "custom_attributes" in self.user and "custom_attributes" not in response:
            response["custom_attributes"] = self.user["custom_attributes"]
        self.user = response

    # -- email switch -------------------------------------------------------------------------------
    def plan_email_switch(self, user_id, old_email):
        """GitLab only accepts a new primary email that is a (confirmed) secondary email of the user."""
        switch = dict(new=self.params["email"], old=old_email, add=True, delete_id=None, old_id=None)
        if user_id is None:  # check mode, user not created yet
            return switch
        rows = list(self.task.client.paginate(api_path("/users/{}/emails", user_id)))
        for row in rows:
            if same_email(row.get("email"), switch["new"]):
                if "confirmed_at" not in row or row.get("confirmed_at"):
                    switch["add"] = False
                else:
                    switch["delete_id"] = row.get("id")  # unconfirmed: replace it with a confirmed one
            elif same_email(row.get("email"), old_email):
                switch["old_id"] = row.get("id")
        return switch

    def prepare_email_switch(self, user_id, switch):
        if switch["delete_id"] is not None:
            self.task.write("DELETE", "/users/{}/emails/{}", user_id, switch["delete_id"])
        if switch["add"]:
            self.task.write("POST", "/users/{}/emails", user_id,
                            data=dict(email=switch["new"], skip_confirmation=True))

    def remove_previous_email(self, user_id, switch):
        """After the switch GitLab keeps the old primary email as a secondary one; delete it."""
        old_id = switch["old_id"]
        if old_id is None and not self.check_mode:
            for row in self.task.client.paginate(api_path("/users/{}/emails", user_id)):
                if same_email(row.get("email"), switch["old"]):
                    old_id = row.get("id")
        if old_id is None and not self.check_mode:
            return  # GitLab did not keep it
        self.task.write("DELETE", "/users/{}/emails/{}", user_id, ":email_id" if old_id is None else old_id)

    # -- two-factor ---------------------------------------------------------------------------------
    def disable_two_factor(self, user_id, user):
        if self.check_mode and user.get("is_admin"):
            self.warn("GitLab refuses to disable two-factor authentication of administrators through the API")
        try:
            self.task.write("PATCH", "/users/{}/disable_two_factor", user_id)
        except GitLabError as exc:
            raise TaskFailed("cannot disable two-factor authentication of %s: %s" % (self.task.username, exc),
                             **error_details(exc))
        self.user["two_factor_enabled"] = False

    # -- custom attributes --------------------------------------------------------------------------
    def apply_custom_attributes(self, user_id, to_set, to_delete):
        values = custom_attributes_dict(self.user.get("custom_attributes"))
        for key, value in to_set.items():
            self.task.write("PUT", "/users/{}/custom_attributes/{}", user_id, key, data=dict(value=value))
            values[key] = value
        for key in to_delete:
            try:
                self.task.write("DELETE", "/users/{}/custom_attributes/{}", user_id, key)
            except GitLabNotFound:
                pass  # gone meanwhile
            values.pop(key, None)
        self.user["custom_attributes"] = [dict(key=key, value=value) for key, value in values.items()]

    # -- account state ------------------------------------------------------------------------------
    def apply_state(self, user_id, steps):
        start = self.user.get("state")
        if self.check_mode and "deactivate" in steps and recently_active(self.user):
            self.warn("GitLab will probably refuse to deactivate %s: the user was active in the last 90 days"
                      % self.task.username)
        done = []
        for step in steps:
            try:
                self.task.write("POST", "/users/{}/%s" % step, user_id)
            except GitLabError as exc:
                raise TaskFailed(self.state_failure(user_id, start, steps, done, exc), **error_details(exc))
            done.append(step)
            self.user["state"] = RESULT_STATE[step]

    def state_failure(self, user_id, start, steps, done, exc):
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
                self.task.write("POST", "/users/{}/%s" % step, user_id)
                self.user["state"] = RESULT_STATE[step]
        except GitLabError as undo_exc:
            return msg + "; undoing %s failed too (%s), the user is now %s" % (
                ", ".join(done), undo_exc, self.user.get("state"))
        return msg + "; undid %s, the user is %s again" % (", ".join(done), self.user.get("state"))


def run_module(gitlab_module):
    """GitLabModule.run() entry point of the gitlab_user module."""
    task = UserTask(gitlab_module)
    try:
        return task.run()
    except TaskFailed as exc:
        extra = dict(changed=bool(task.actions), actions=task.actions)
        extra.update(exc.extra)
        gitlab_module.fail(exc.msg, **extra)
    except GitLabError as exc:
        gitlab_module.fail(str(exc), changed=bool(task.actions), actions=task.actions, **error_details(exc))
    return None  # not reached: fail() exits
