"""The records the simulator keeps: users and tokens, and the rows users own (identities, SSH and GPG keys,
emails, status, memberships). Every record is a class; attribute names follow the API fields."""
from __future__ import annotations

import datetime
import functools
import hashlib

from gitlab_sim.clock import CLOCK

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
    """The simulator's clock (gitlab_sim.clock), which tests may stop or move."""
    return CLOCK.now()


def today():
    """The current UTC date (GitLab compares dates in UTC)."""
    return now().date()


def iso(moment):
    """GitLab renders timestamps with milliseconds and Z: 2015-09-03T07:24:44.627Z."""
    if moment is None:
        return None
    if isinstance(moment, datetime.datetime):
        return _iso_datetime(moment)
    return moment.isoformat()


@functools.lru_cache(maxsize=65536)
def _iso_datetime(moment):
    # A pure function of the instant (equal datetimes are the same instant): a page of 100 users renders
    # 400 timestamps that rarely change, which was a tenth of the time the simulator spent on a page.
    return moment.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


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
        self.identities = []  # [Identity]
        self.custom_attributes = {}  # key -> value, insertion ordered (GitLab orders them by id)
        self.created_by_id = None
        self.namespace_id = None
        self.avatar = None  # {"filename", "content"} of an uploaded avatar
        self.sole_group_owner = False  # DELETE without hard_delete answers 409
        self.enabled_following = True  # user_preference.enabled_following
        self.provisioned_by_group_id = None  # EE: the group that owns a group service account
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
    """A personal access token (impersonation tokens have impersonation=True) or, with kind "oauth", an
    OAuth access token from POST /oauth/token."""

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
        self.updated_at = self.created_at
        self.kind = attrs.pop("kind", "personal")
        self.previous_id = attrs.pop("previous_id", None)  # the token this one was rotated from
        self.last_used_at = None
        self.last_used_ips = []  # most recent first, at most 5 (Authn::PersonalAccessTokenLastUsedIp)
        if attrs:
            raise AttributeError("unknown token attributes %r" % sorted(attrs))

    @property
    def expired(self):
        """`Expirable#expired?`: `expires_at <= now`, so a token is expired from 00:00 UTC of its date on."""
        return self.expires_at is not None and self.expires_at <= today()

    @property
    def active(self):
        return not self.revoked and not self.expired


class Record:
    """A plain row: `FIELDS` maps each attribute to its default (a callable default is called per row)."""

    FIELDS = {}

    def __init__(self, **values):
        unknown = sorted(set(values) - set(self.FIELDS))
        if unknown:
            raise AttributeError("unknown %s attributes %r" % (type(self).__name__, unknown))
        for name, default in self.FIELDS.items():
            setattr(self, name, values[name] if name in values else (default() if callable(default) else default))


class Identity(Record):
    """An external identity of a user (`identities` table); `saml_provider_id` is EE's."""

    FIELDS = {"provider": None, "extern_uid": None, "saml_provider_id": None, "updated_at": now}


class SSHKey(Record):
    FIELDS = {"id": None, "user_id": None, "title": None, "key": None, "fingerprint": None,
              "fingerprint_sha256": None, "expires_at": None, "usage_type": "auth_and_signing",
              "created_at": now, "updated_at": now, "last_used_at": None}


class GpgKey(Record):
    FIELDS = {"id": None, "user_id": None, "key": None, "fingerprint": None, "primary_keyid": None,
              "created_at": now, "updated_at": now}


class Email(Record):
    """A row of the `emails` table; `email` is stored lower-cased."""

    FIELDS = {"id": None, "user_id": None, "email": None, "confirmed_at": None, "created_at": now}


class UserStatus(Record):
    FIELDS = {"user_id": None, "emoji": None, "message": None, "availability": None, "clear_status_at": None}


class Membership(Record):
    """A group (`source_type` "Namespace") or project ("Project") membership, seeded by the control endpoint:
    the simulator has no groups or projects of its own."""

    FIELDS = {"id": None, "user_id": None, "source_id": None, "source_name": None, "source_type": "Namespace",
              "access_level": 30}


class Group(Record):
    """A group (app/models/group.rb): just enough for service accounts and runners. `members` maps a user id to
    its access level (10 guest .. 50 owner); `full_path` is the parent's full path and `path`."""

    FIELDS = {"id": None, "name": None, "path": None, "full_path": None, "parent_id": None,
              "visibility": "private", "description": "", "members": dict, "created_at": now}


class Project(Record):
    """A project (app/models/project.rb), as small as a group: its namespace is a group (`group_id`) or a user's
    personal namespace (`owner_id`); `members` maps user ids to access levels."""

    FIELDS = {"id": None, "name": None, "path": None, "path_with_namespace": None, "group_id": None,
              "owner_id": None, "visibility": "private", "description": "", "members": dict, "created_at": now}


class Runner(Record):
    """A CI runner (app/models/ci/runner.rb) created through POST /user/runners. `group_ids`/`project_ids` are
    its owners (one group or the projects it is assigned to); `contacted_at` stays None unless poked."""

    FIELDS = {"id": None, "runner_type": None, "description": "", "active": True, "locked": False,
              "run_untagged": True, "tag_list": list, "access_level": "not_protected", "maximum_timeout": None,
              "maintenance_note": None, "token": None, "token_expires_at": None, "creator_id": None,
              "group_ids": list, "project_ids": list, "contacted_at": None, "created_at": now,
              "updated_at": now}


class UserPreference(Record):
    """The `user_preferences` row the REST API shows (app/models/user_preference.rb); `view_diffs_file_by_file`
    lives on the user, which delegates it to this row in GitLab."""

    FIELDS = {"id": None, "user_id": None, "show_whitespace_in_diffs": True, "pass_user_identities_to_ci_jwt": False}
