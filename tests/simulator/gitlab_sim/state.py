"""In-memory server state. Every read-modify-write runs under `State.lock` (an RLock), because the
HTTP server is threaded: handlers take `with call.state.lock:` around their whole body."""
from __future__ import annotations

import datetime
import hashlib
import itertools
import secrets
import threading

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
    """A user row. Attribute names follow the API fields; internal-only ones are documented."""

    def __init__(self, user_id, username, name, email, **attrs):
        created = attrs.pop("created_at", None) or now()
        self.id = user_id
        self.username = username
        self.name = name
        self.email = email
        self.state = "active"
        self.user_type = "human"  # human | project_bot | service_account | internal (ghost, alert bot...)
        self.is_admin = False
        self.is_auditor = False
        self.external = False
        self.can_create_group = True
        self.can_create_project = True
        self.projects_limit = 100000
        self.bio = ""
        self.location = ""
        self.organization = ""
        self.job_title = ""
        self.pronouns = None
        self.public_email = None
        self.commit_email = None
        self.private_profile = False
        self.note = None
        self.linkedin = ""
        self.twitter = ""
        self.discord = ""
        self.skype = ""
        self.website_url = ""
        self.theme_id = 3
        self.color_scheme_id = 1
        self.view_diffs_file_by_file = False
        self.shared_runners_minutes_limit = None
        self.extra_shared_runners_minutes_limit = None
        self.created_at = created
        self.updated_at = created
        self.confirmed_at = None
        self.unconfirmed_email = None
        self.last_sign_in_at = None
        self.current_sign_in_at = None
        self.last_activity_on = None
        self.current_sign_in_ip = None
        self.last_sign_in_ip = None
        self.sign_in_count = 0
        self.two_factor_enabled = False
        self.locked = False
        self.password_hash = None
        self.password_expires_at = None
        self.identities = []  # [{"provider", "extern_uid", "saml_provider_id"?}]
        self.custom_attributes = {}  # key -> value, insertion ordered
        self.created_by_id = None
        self.namespace_id = None
        self.avatar = None  # (filename, bytes) of an uploaded avatar
        self.sole_group_owner = False  # internal: DELETE without hard_delete answers 409
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
        return self.user_type == "internal"

    @property
    def bot(self):
        return self.user_type in ("project_bot", "service_account", "internal")


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
        self.emails = {}  # id -> secondary email record (dict)
        self.statuses = {}  # user id -> status record (dict)
        self.pending_deletes = {}  # user id -> threading.Timer
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
        root.namespace_id = root.id
        self.add_token(root.id, "sim root token", ["api", "sudo"], token=self.root_token)

    # -- users ----------------------------------------------------------------------------------
    def add_user(self, username, name, email, **attrs):
        with self.lock:
            user = User(self.next_id("user"), username, name, email, **attrs)
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

    def user_by_any_email(self, email, exclude_id=None):
        """`User.by_any_email`: primary email, or a *confirmed* secondary email."""
        email = email.lower()
        for user in self.users.values():
            if user.id != exclude_id and user.email.lower() == email:
                return user
        for record in self.emails.values():
            if record["user_id"] != exclude_id and record["confirmed_at"] and record["email"] == email:
                return self.users.get(record["user_id"])
        return None

    # -- tokens ---------------------------------------------------------------------------------
    def add_token(self, user_id, name, scopes, token=None, **attrs):
        with self.lock:
            value = token or "glpat-" + secrets.token_urlsafe(15)
            record = Token(self.next_id("token"), user_id, name, scopes, value, **attrs)
            self.tokens[record.id] = record
            self.tokens_by_value[value] = record
            return record
