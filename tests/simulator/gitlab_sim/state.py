"""In-memory server state. Every read-modify-write runs under `State.lock` (an RLock), because the
HTTP server is threaded: the dispatcher holds the lock around every handler call."""
from __future__ import annotations

import itertools
import secrets
import threading

from gitlab_sim.clock import CLOCK
from gitlab_sim.records import GHOST_BIO, Email, Token, User, now

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
    # PlanLimits#offset_pagination_limit (plan_limits column, default 50000; Rails console only, not in
    # any API); 0 disables it.
    "offset_pagination_limit": 50000,
    "host": None,  # external URL used in web_url/Link headers; None = the URL the server listens on
    "ssh_host": "gitlab.example.com",  # appended to SSH keys in responses: "<name> (<host>)"
    # ApplicationSetting commit_email_hostname, the domain of private commit emails; None (GitLab: blank) means
    # `default_commit_email_hostname`, "users.noreply.<host>" (app/models/application_setting*.rb).
    "commit_email_hostname": None,
    "default_projects_limit": 100000,
    "default_theme": 1,  # gitlab.yml default_theme
    "default_color_scheme": 1,
    "default_can_create_group": True,
    "user_default_external": False,
    # Application rate limits (gitlab_sim.api.rate_limits); 0 disables one. GET /users/:id for non-admins, per
    # user and 10 minutes: ApplicationSetting's default is 300 (app/models/application_setting_implementation.rb).
    "users_get_by_id_limit": 300,
    "users_get_by_id_limit_allowlist": [],  # usernames that are never throttled (case-insensitive)
    # The Users API limits per minute, per user or IP. GitLab.com runs them at 100/100/240/120/120/120/120
    # (`--profile gitlab.com`); self-managed instances have them at 0: the SetApiRateLimitsToZero migration
    # (milestone 18.0) zeroed them everywhere but GitLab.com, and before 18.1 a disabled feature flag kept them
    # off anyway.
    "users_api_limit_followers": 0,
    "users_api_limit_following": 0,
    "users_api_limit_status": 0,
    "users_api_limit_ssh_keys": 0,
    "users_api_limit_ssh_key": 0,
    "users_api_limit_gpg_keys": 0,
    "users_api_limit_gpg_key": 0,
    # The `rate_limiting_user_endpoints` feature flag, which gated those limits from 17.1 until its removal in 18.1.
    "rate_limiting_user_endpoints": False,
    # Gitlab::Throttle.bypass_header (GITLAB_THROTTLE_BYPASS_HEADER): a request with this header set to "1"
    # skips the application rate limits. None: no bypass header.
    "throttle_bypass_header": None,
    # Rack::Attack's throttle of authenticated API requests (gitlab_sim.rack_attack), per user of the token:
    # ApplicationSetting's defaults (db/structure.sql: off, 7200 per 3600 s).
    "throttle_authenticated_api_enabled": False,
    "throttle_authenticated_api_requests_per_period": 7200,
    "throttle_authenticated_api_period_in_seconds": 3600,
    # The `rate_limiting_headers_for_unthrottled_requests` feature flag: RateLimit-* headers on every answer of a
    # throttled request, not only on its 429 (Gitlab::Middleware::RackAttackHeaders).
    "rate_limiting_headers_for_unthrottled_requests": False,
    "max_followees": 300,  # Users::UserFollowUser::MAX_FOLLOWEE_LIMIT (a constant in GitLab)
    # ["public"] makes GET /users 403 for anonymous callers even with ?username=.
    "restricted_visibility_levels": [],
    # ApplicationSetting <type>_key_restriction: 0 allows the key type, -1 forbids it, N sets a minimum size.
    "rsa_key_restriction": 0,
    "dsa_key_restriction": 0,
    "ecdsa_key_restriction": 0,
    "ed25519_key_restriction": 0,
    "ecdsa_sk_key_restriction": 0,
    "ed25519_sk_key_restriction": 0,
    # EE license (with edition "ee"): "free" has no service accounts (License feature :service_accounts is
    # Premium); on "premium" instance service accounts count against `license_user_count` seats.
    "ee_plan": "ultimate",
    "license_user_count": 100,
    # ApplicationSetting allow_top_level_group_owners_to_create_service_accounts (EE, default off).
    "allow_top_level_group_owners_to_create_service_accounts": False,
    # ApplicationSetting service_access_tokens_expiration_enforced (EE): service account tokens need an expiry.
    "service_access_tokens_expiration_enforced": True,
    # ApplicationSetting email_confirmation_setting: off | soft | hard (a service account's new email waits for
    # confirmation unless "off").
    "email_confirmation_setting": "off",
}


# `--profile`: settings a GitLab of that kind starts with (applied over DEFAULT_SETTINGS; reset keeps them).
PROFILES = {
    "self-managed": {},
    # The defaults of doc/administration/settings/rate_limit_on_users_api.md and lib/api/settings.rb, which the
    # SetApiRateLimitsToZero migration left in place on GitLab.com only, with the feature flag on there.
    "gitlab.com": {
        # GitLab.com runs the newest EE release (`--edition` still chooses).
        "version": "18.6.0",
        "edition": "ee",
        "users_get_by_id_limit": 300,
        "users_api_limit_followers": 100,
        "users_api_limit_following": 100,
        "users_api_limit_status": 240,
        "users_api_limit_ssh_keys": 120,
        "users_api_limit_ssh_key": 120,
        "users_api_limit_gpg_keys": 120,
        "users_api_limit_gpg_key": 120,
        "rate_limiting_user_endpoints": True,
        # GitLab.com's rate limits (doc/user/gitlab_com): authenticated API traffic, 2,000 requests a minute per
        # user; its answers carry the RateLimit-* headers of throttle_authenticated_api.
        "throttle_authenticated_api_enabled": True,
        "throttle_authenticated_api_requests_per_period": 2000,
        "throttle_authenticated_api_period_in_seconds": 60,
        "rate_limiting_headers_for_unthrottled_requests": True,
    },
}


class State:
    """All server data. The rows users own live in `OWNED_STORES`: dicts of id -> record, each record with
    a `user_id`; statuses are keyed by user id, follows are (follower id, followee id) pairs."""

    OWNED_STORES = ("keys", "gpg_keys", "emails", "memberships")

    def __init__(self, root_token, settings=None):
        self.lock = threading.RLock()
        self.root_token = root_token
        self.settings = dict(DEFAULT_SETTINGS)
        self.settings.update(settings or {})
        self.users = {}  # id -> User
        self.usernames = {}  # lower-cased username -> id
        self.tokens = {}  # id -> Token
        self.tokens_by_value = {}  # token string -> Token
        self.keys = {}  # id -> SSHKey
        self.gpg_keys = {}  # id -> GpgKey
        self.emails = {}  # id -> Email
        self.memberships = {}  # id -> Membership
        self.statuses = {}  # user id -> UserStatus
        self.follows = set()  # (follower id, followee id)
        self.groups = {}  # id -> Group
        self.projects = {}  # id -> Project
        self.runners = {}  # id -> Runner
        self.preferences = {}  # user id -> UserPreference
        self.user_counts = {}  # user id -> {"merge_requests": N, ...} (GET /user_counts), seeded by control
        self.pending_deletes = {}  # user id -> threading.Timer
        self.rate_counters = {}  # (limiter key, scope) -> [window number, hits]
        self.activity_leases = {}  # user id -> epoch seconds: Users::ActivityService's lease (gitlab_sim.activity)
        self.external_url = "http://gitlab.example.com"  # kept current by the app, for host-based values
        self._ids = {}
        self._sorted_ids, self._sorted_ids_key = [], None
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

    # -- owned rows -------------------------------------------------------------------------------
    def add_owned(self, store, record_class, **fields):
        """Store a new row of `record_class` in the owned store `store` under a fresh id."""
        with self.lock:
            record = record_class(id=self.next_id(store), **fields)
            getattr(self, store)[record.id] = record
            return record

    def owned(self, store, user_id):
        """A user's rows of one owned store, in id order."""
        return sorted((r for r in getattr(self, store).values() if r.user_id == user_id), key=lambda r: r.id)

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
            for name in self.OWNED_STORES:
                store = getattr(self, name)
                for record_id in [rid for rid, record in store.items() if record.user_id == user_id]:
                    del store[record_id]
            self.statuses.pop(user_id, None)
            self.preferences.pop(user_id, None)
            self.user_counts.pop(user_id, None)
            for source in list(self.groups.values()) + list(self.projects.values()):
                source.members.pop(user_id, None)
            self.follows = {pair for pair in self.follows if user_id not in pair}
            for token in [t for t in self.tokens.values() if t.user_id == user_id]:
                del self.tokens[token.id]
                self.tokens_by_value.pop(token.token, None)

    def sorted_user_ids(self):
        """The user ids in ascending order, sorted again only when the set of users changed: ids only grow
        (next_id), so the count and the last id inserted tell a change."""
        key = (len(self.users), next(reversed(self.users), None))
        if self._sorted_ids_key != key:
            self._sorted_ids = sorted(self.users)
            self._sorted_ids_key = key
        return self._sorted_ids

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
        """`Gitlab::PrivateCommitEmail.for_user`: <id>-<username>@<commit_email_hostname>."""
        return "%d-%s@%s" % (user.id, user.username, self.commit_email_hostname)

    @property
    def commit_email_hostname(self):
        """`ApplicationSetting#commit_email_hostname`: the setting, else users.noreply.<host>."""
        return self.settings.get("commit_email_hostname") or "users.noreply.%s" % self.hostname

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
            if record.user_id != exclude_id and record.confirmed_at and record.email == email:
                return self.users.get(record.user_id)
        if email.endswith("@" + self.commit_email_hostname):
            user_id = email.split("-", 1)[0]
            user = self.users.get(int(user_id)) if user_id.isdigit() else None
            if user is not None and user.id != exclude_id and self.private_commit_email(user) == email:
                return user
        return None

    def secondary_email_taken(self, email, exclude_id=None):
        """`User#unique_email`: any secondary email row (confirmed or not) of another user."""
        email = email.strip().lower()
        return any(r.user_id != exclude_id and r.email == email for r in self.emails.values())

    # -- emails (app/models/email.rb rows; the emails endpoints and the user model share them) -------
    def add_email(self, user, address, confirmed_at=None):
        """One `emails` row; addresses are stored stripped and lower-cased (Devise)."""
        return self.add_owned("emails", Email, user_id=user.id, email=address.strip().lower(),
                              confirmed_at=confirmed_at)

    def confirmed_email_record(self, user, address):
        address = address.strip().lower()
        return next((r for r in self.owned("emails", user.id) if r.email == address and r.confirmed_at), None)

    def ensure_primary_email_row(self, user):
        """`User#add_primary_email_to_emails!` (after save): a confirmed user's primary email has a confirmed
        row. A row for an address that already has one (an old primary turned secondary by a primary email
        change) is dropped, as GitLab's uniqueness check refuses it."""
        if user.confirmed_at is None:
            return
        seen = set()
        for record in self.owned("emails", user.id):
            if record.email in seen:
                del self.emails[record.id]
            seen.add(record.email)
        primary = user.email.lower()
        for record in self.owned("emails", user.id):
            if record.email == primary:
                record.confirmed_at = record.confirmed_at or user.confirmed_at
                return
        self.add_email(user, primary, user.confirmed_at)

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
        """Count one request and answer whether it is over `threshold`. The window is fixed, as GitLab's
        cache key ends with the period number `Time.now.to_i.divmod(interval)` (`_throttled?`): a count
        starts again at the next multiple of `interval` seconds since the epoch, not `interval` seconds after
        the first request or the first 429. Refused requests count too (the key is incremented first)."""
        if not threshold or not interval:
            return False
        window = int(CLOCK.time() // interval)
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
