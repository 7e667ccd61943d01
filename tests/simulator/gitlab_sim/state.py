"""In-memory server state. Every read-modify-write runs under `State.lock` (an RLock), because the
HTTP server is threaded: the dispatcher holds the lock around every handler call."""
from __future__ import annotations

import datetime
import hashlib
import itertools
import secrets
import threading
import time

# Instance settings that tests may change through POST /-/sim/settings; reset restores these.
DEFAULT_SETTINGS = {
    "version": "17.8.1",
    "edition": "ce",  # "ee" exposes auditor/minutes fields and saml_provider_id on identities
    "require_personal_access_token_expiry": True,
    "max_token_lifetime_days": 365,
    "minimum_password_length": 8,
    "user_defaults_to_private_profile": False,
    "deactivate_dormant_users_period": 90,
    "delete_delay_ms": 200,  # DELETE /users/:id is asynchronous: the user disappears after this
    "offset_pagination_limit": 50000,
    "host": None,  # external URL used in web_url/Link headers; None = the URL the server listens on
    "ssh_host": "gitlab.example.com",  # appended to SSH keys in responses: "<name> (<host>)"
    "default_projects_limit": 100000,
    "default_theme": 1,  # gitlab.yml default_theme
    "default_color_scheme": 1,
    "default_can_create_group": True,
    "user_default_external": False,
    # Application rate limiter for non-admin GET /users/:id (behaviour doc section 6.1); 0 disables it.
    "users_get_by_id_limit": 300,
    "users_get_by_id_limit_allowlist": [],  # usernames that are never throttled
    # ["public"] makes GET /users 403 for anonymous callers even with ?username= (section 1.1 step 3).
    "restricted_visibility_levels": [],
    # ApplicationSetting <type>_key_restriction: 0 allows the key type, -1 forbids it, N sets a minimum size.
    "rsa_key_restriction": 0,
    "dsa_key_restriction": 0,
    "ecdsa_key_restriction": 0,
    "ed25519_key_restriction": 0,
    "ecdsa_sk_key_restriction": 0,
    "ed25519_sk_key_restriction": 0,
}

USER_STATES = ("active", "blocked", "ldap_blocked", "blocked_pending_approval", "banned", "deactivated")
# app/models/concerns/has_user_type.rb: internal users are not humans and never count as "active".
INTERNAL_USER_TYPES = frozenset({
    "ghost", "alert_bot", "migration_bot", "support_bot", "visual_review_bot", "security_bot",
    "automation_bot", "security_policy_bot", "admin_bot", "suggested_reviewers_bot", "llm_bot",
    "duo_code_review_bot", "placeholder", "import_user"})
BOT_USER_TYPES = frozenset({
    "alert_bot", "project_bot", "support_bot", "visual_review_bot", "migration_bot", "security_bot",
    "automation_bot", "security_policy_bot", "admin_bot", "suggested_reviewers_bot", "service_account",
    "llm_bot", "duo_code_review_bot"})
USER_TYPES = frozenset({"human", "service_user"}) | INTERNAL_USER_TYPES | BOT_USER_TYPES
GHOST_BIO = ('This is a "Ghost User", created to hold all issues authored by users that have since been '
             'deleted. This user cannot be removed.')

# The user state machine of app/models/user.rb: event -> {from state: to state}.
TRANSITIONS = {
    "block": {"active": "blocked", "deactivated": "blocked", "ldap_blocked": "blocked",
              "blocked_pending_approval": "blocked"},
    "activate": {"deactivated": "active", "blocked": "active", "ldap_blocked": "active",
                 "blocked_pending_approval": "active", "banned": "active"},
    "ban": {"active": "banned"},
    "unban": {"banned": "active"},
    "deactivate": {"active": "deactivated"},
}


def now():
    return datetime.datetime.now(datetime.timezone.utc)


def iso(moment):
    """GitLab renders timestamps with milliseconds and Z: 2015-09-03T07:24:44.627Z."""
    if moment is None:
        return None
    if isinstance(moment, datetime.datetime):
        return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (
            moment.microsecond // 1000)
    return moment.isoformat()


def hash_password(password):
    return hashlib.sha256(("sim-salt:" + password).encode()).hexdigest()


class User:
    """A user row. Attribute names follow the API fields; internal-only ones are commented."""

    def __init__(self, user_id, username, name, email, **attrs):
        created = attrs.pop("created_at", None) or now()
        self.id = user_id
        self.username = username
        self.name = name
        self.email = email
        self.state = "active"
        self.user_type = "human"  # GitLab's user_type enum: human, project_bot, ghost, alert_bot...
        self.is_admin = False
        self.is_auditor = False
        self.external = False
        self.can_create_group = True
        self.projects_limit = 100000
        self.bio = ""
        self.location = ""
        self.organization = ""
        self.job_title = ""
        self.pronouns = None
        self.public_email = None
        self.commit_email = None  # None = the primary email; "_private" = the private commit email
        self.private_profile = False
        self.note = None
        self.linkedin = ""
        self.twitter = ""
        self.discord = ""
        self.skype = ""
        self.website_url = ""
        self.theme_id = 1
        self.color_scheme_id = 1
        self.view_diffs_file_by_file = False
        self.shared_runners_minutes_limit = None
        self.extra_shared_runners_minutes_limit = None
        self.created_at = created
        self.updated_at = created
        self.confirmed_at = None
        self.unconfirmed_email = None  # a pending primary-email change (reconfirmation)
        self.last_sign_in_at = None
        self.current_sign_in_at = None
        self.last_activity_on = None
        self.current_sign_in_ip = None
        self.last_sign_in_ip = None
        self.sign_in_count = 0
        self.two_factor_enabled = False
        self.locked = False
        self.password_hash = None
        self.password_automatically_set = False  # reset_password / force_random_password
        self.password_expires_at = None  # set when an admin changes someone else's password
        self.identities = []  # [{"provider", "extern_uid", "saml_provider_id"?, "updated_at"}]
        self.custom_attributes = {}  # key -> value, insertion ordered (GitLab orders them by id)
        self.created_by_id = None
        self.namespace_id = None
        self.avatar = None  # {"filename", "content"} of an uploaded avatar
        self.sole_group_owner = False  # DELETE without hard_delete answers 409 (section 1.6)
        self.following = 0
        self.followers = 0
        for key, value in attrs.items():
            if not hasattr(self, key):
                raise AttributeError("unknown user attribute %r" % key)
            setattr(self, key, value)

    @property
    def blocked(self):
        """Ruby `blocked?`: true for blocked, ldap_blocked, blocked_pending_approval and banned."""
        return self.state in ("blocked", "ldap_blocked", "blocked_pending_approval", "banned")

    @property
    def internal(self):
        return self.user_type in INTERNAL_USER_TYPES

    @property
    def bot(self):
        return self.user_type in BOT_USER_TYPES

    @property
    def human(self):
        return self.user_type == "human"

    @property
    def can_create_project(self):
        return self.projects_limit > 0

    @property
    def last_active_at(self):
        """`User#last_active_at`: the later of last_activity_on and current_sign_in_at."""
        moments = []
        if self.last_activity_on is not None:
            day = self.last_activity_on
            moments.append(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc))
        if self.current_sign_in_at is not None:
            moments.append(self.current_sign_in_at)
        return max(moments) if moments else None

    @property
    def password_expired(self):
        """`password_expired_if_applicable?`: an admin-set password blocks API access until changed."""
        if self.bot or self.password_automatically_set or self.password_expires_at is None:
            return False
        return self.password_expires_at <= now()

    def fire(self, event):
        """Run a state-machine event; False (state unchanged) when the transition is not allowed."""
        target = TRANSITIONS[event].get(self.state)
        if target is None:
            return False
        self.state = target
        self.touch()
        return True

    def touch(self):
        self.updated_at = now()


class Token:
    """A personal access token; impersonation tokens have impersonation=True."""

    def __init__(self, token_id, user_id, name, scopes, token, **attrs):
        self.id = token_id
        self.user_id = user_id
        self.name = name
        self.scopes = list(scopes)
        self.token = token
        self.description = attrs.pop("description", None)
        self.expires_at = attrs.pop("expires_at", None)  # datetime.date or None
        self.impersonation = attrs.pop("impersonation", False)
        self.revoked = attrs.pop("revoked", False)
        self.created_at = attrs.pop("created_at", None) or now()
        self.last_used_at = None
        if attrs:
            raise AttributeError("unknown token attributes %r" % sorted(attrs))

    @property
    def expired(self):
        return self.expires_at is not None and self.expires_at < datetime.date.today()

    @property
    def active(self):
        return not self.revoked and not self.expired


class State:
    """All server data. Sub-resource stores (keys, gpg_keys, emails, statuses) are plain dicts keyed
    by id (or user id for statuses) so every endpoint family can keep its own records."""

    def __init__(self, root_token, settings=None):
        self.lock = threading.RLock()
        self.root_token = root_token
        self.settings = dict(DEFAULT_SETTINGS)
        self.settings.update(settings or {})
        self.users = {}  # id -> User
        self.usernames = {}  # lower-cased username -> id
        self.tokens = {}  # id -> Token
        self.tokens_by_value = {}  # token string -> Token
        self.keys = {}  # id -> SSH key record (dict)
        self.gpg_keys = {}  # id -> GPG key record (dict)
        self.emails = {}  # id -> secondary email record: {"id", "user_id", "email", "confirmed_at", "created_at"}
        self.statuses = {}  # user id -> status record (dict)
        self.pending_deletes = {}  # user id -> threading.Timer
        self.rate_counters = {}  # (limiter key, scope) -> [window number, hits]
        self.external_url = "http://gitlab.example.com"  # kept current by the app, for host-based values
        self._ids = {}
        self._bootstrap()

    def next_id(self, kind):
        counter = self._ids.get(kind)
        if counter is None:
            counter = self._ids[kind] = itertools.count(1)
        return next(counter)

    def _bootstrap(self):
        root = self.add_user(username="root", name="Administrator", email="admin@example.com",
                             is_admin=True, confirmed_at=now(), projects_limit=100000)
        self.add_token(root.id, "sim root token", ["api", "sudo"], token=self.root_token)

    # -- users ----------------------------------------------------------------------------------
    def add_user(self, username, name, email, **attrs):
        with self.lock:
            user = User(self.next_id("user"), username, name, email, **attrs)
            if user.namespace_id is None:
                user.namespace_id = self.next_id("namespace")
            self.users[user.id] = user
            self.usernames[username.lower()] = user.id
            return user

    def rename_user(self, user, new_username):
        with self.lock:
            self.usernames.pop(user.username.lower(), None)
            user.username = new_username
            self.usernames[new_username.lower()] = user.id

    def remove_user(self, user_id):
        """Drop the user and everything it owns."""
        with self.lock:
            user = self.users.pop(user_id, None)
            self.pending_deletes.pop(user_id, None)
            if user is None:
                return
            self.usernames.pop(user.username.lower(), None)
            for store in (self.keys, self.gpg_keys, self.emails):
                for record_id in [rid for rid, rec in store.items() if rec["user_id"] == user_id]:
                    del store[record_id]
            self.statuses.pop(user_id, None)
            for token in [t for t in self.tokens.values() if t.user_id == user_id]:
                del self.tokens[token.id]
                self.tokens_by_value.pop(token.token, None)

    def user_by_id(self, user_id):
        return self.users.get(user_id)

    def user_by_username(self, username):
        """Case-insensitive exact match (`User.by_username` uses iwhere)."""
        user_id = self.usernames.get(str(username).lower())
        return self.users.get(user_id) if user_id is not None else None

    def user_by_id_or_username(self, ident):
        """`UserFinder#find_by_id_or_username`: digits-only -> id, else username."""
        ident = str(ident)
        if ident.isdigit():
            return self.users.get(int(ident))
        return self.user_by_username(ident)

    def private_commit_email(self, user):
        """`Gitlab::PrivateCommitEmail.for_user`: <id>-<username>@users.noreply.<host>."""
        return "%d-%s@users.noreply.%s" % (user.id, user.username, self.hostname)

    @property
    def hostname(self):
        host = self.settings.get("host") or self.external_url
        return host.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]

    def user_by_any_email(self, email, exclude_id=None):
        """`User.by_any_email`: primary email, a *confirmed* secondary email or a private commit email."""
        email = email.strip().lower()
        for user in self.users.values():
            if user.id != exclude_id and user.email == email:
                return user
        for record in self.emails.values():
            if record["user_id"] != exclude_id and record["confirmed_at"] and record["email"] == email:
                return self.users.get(record["user_id"])
        if email.endswith("@users.noreply." + self.hostname):
            user_id = email.split("-", 1)[0]
            user = self.users.get(int(user_id)) if user_id.isdigit() else None
            if user is not None and user.id != exclude_id and self.private_commit_email(user) == email:
                return user
        return None

    def secondary_email_taken(self, email, exclude_id=None):
        """`User#unique_email`: any secondary email row (confirmed or not) of another user."""
        email = email.strip().lower()
        return any(r["user_id"] != exclude_id and r["email"] == email for r in self.emails.values())

    # -- secondary emails (the emails endpoints keep their own records in the same dict) ----------
    def add_email(self, user_id, email, confirmed_at=None):
        with self.lock:
            record = {"id": self.next_id("email"), "user_id": user_id, "email": email.strip().lower(),
                      "confirmed_at": confirmed_at, "created_at": now()}
            self.emails[record["id"]] = record
            return record

    def emails_of(self, user_id):
        return [r for r in self.emails.values() if r["user_id"] == user_id]

    def confirmed_email_record(self, user_id, email):
        email = email.strip().lower()
        for record in self.emails_of(user_id):
            if record["email"] == email and record["confirmed_at"]:
                return record
        return None

    # -- internal users and asynchronous deletion ------------------------------------------------
    def ghost_user(self):
        """`Users::Internal.ghost`: created on first use, e.g. by the first soft user deletion."""
        with self.lock:
            for user in self.users.values():
                if user.user_type == "ghost":
                    return user
            username = self._unique(lambda n: "ghost%s" % n, self.user_by_username)
            email = self._unique(lambda n: "ghost%s@%s" % (n, self.hostname), self.user_by_any_email)
            return self.add_user(username, "Ghost User", email, user_type="ghost", bio=GHOST_BIO,
                                 confirmed_at=now())

    @staticmethod
    def _unique(make, taken):
        """`Gitlab::Utils::Uniquify`: "", then 1, 2, ... appended until the value is free."""
        for counter in itertools.chain([""], itertools.count(1)):
            candidate = make(counter)
            if taken(candidate) is None:
                return candidate
        raise AssertionError("unreachable")

    def schedule_delete(self, user_id, hard_delete):
        """`user.delete_async`: the DeleteUserWorker removes the user after `delete_delay_ms`."""
        with self.lock:
            if user_id in self.pending_deletes:
                return
            delay = max(0.0, float(self.settings["delete_delay_ms"]) / 1000.0)
            timer = threading.Timer(delay, self._run_delete, args=(user_id, hard_delete))
            timer.daemon = True
            self.pending_deletes[user_id] = timer
            timer.start()

    def _run_delete(self, user_id, hard_delete):
        with self.lock:
            if self.pending_deletes.pop(user_id, None) is None:
                return
            user = self.users.get(user_id)
            if user is None or user.internal:
                return  # Users::DestroyService refuses internal users
            if not hard_delete:
                self.ghost_user()  # contributions move to the ghost user
            self.remove_user(user_id)

    def cancel_pending_deletes(self):
        with self.lock:
            for timer in self.pending_deletes.values():
                timer.cancel()
            self.pending_deletes.clear()

    # -- application rate limiter (lib/gitlab/application_rate_limiter.rb) ------------------------
    def throttled(self, key, scope, threshold, interval):
        """Count one request in the fixed window of `interval` seconds; True once over `threshold`."""
        if not threshold:
            return False
        window = int(time.time() // interval)
        with self.lock:
            counter = self.rate_counters.get((key, scope))
            if counter is None or counter[0] != window:
                counter = self.rate_counters[(key, scope)] = [window, 0]
            counter[1] += 1
            return counter[1] > threshold

    # -- tokens ---------------------------------------------------------------------------------
    def add_token(self, user_id, name, scopes, token=None, **attrs):
        with self.lock:
            value = token or "glpat-" + secrets.token_urlsafe(15)
            record = Token(self.next_id("token"), user_id, name, scopes, value, **attrs)
            self.tokens[record.id] = record
            self.tokens_by_value[value] = record
            return record
