"""User entity rendering, per lib/api/entities/user*.rb. Each function takes
the record and the Call (for the viewer, the instance settings and the external URL). Key order
follows the order of `expose` calls, parents first, as Grape::Entity renders it.

Entities of the user sub-resources (SSH/GPG keys, emails, tokens, status) live with their endpoints."""
from __future__ import annotations

import functools
import hashlib
import html

from gitlab_sim.records import iso


def is_ee(call):
    return call.state.settings.get("edition") == "ee"


def version_at_least(call, major, minor=0):
    version = _major_minor(str(call.state.settings.get("version", "0.0")))
    return version is None or version >= (major, minor)


@functools.lru_cache(maxsize=8)
def _major_minor(text):
    """(major, minor) of a version setting; None when it is not numeric (taken as the newest)."""
    parts = text.split(".")
    try:
        return int(parts[0]), int(parts[1] if len(parts) > 1 else 0)
    except ValueError:
        return None


def avatar_path(user):
    """Where an uploaded avatar is served (publicly, like GitLab's uploads controller)."""
    return "/uploads/-/system/user/avatar/%d/%s" % (user.id, user.avatar["filename"])


def avatar_url(user, call):
    """Uploaded avatar on the instance, else the Gravatar URL (SHA-256 of the email since 16.x)."""
    if user.avatar:
        return call.external_url + avatar_path(user)
    return _gravatar_url(user.email)


@functools.lru_cache(maxsize=4096)
def _gravatar_url(email):
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    return "https://www.gravatar.com/avatar/%s?s=80&d=identicon" % digest


def custom_attribute(key, value):
    return {"key": key, "value": value}


def user_safe(user, call, with_custom_attributes=False):
    data = {"id": user.id, "username": user.username}
    if version_at_least(call, 18):
        data["public_email"] = user.public_email  # moved up into UserSafe in 18.x
    data["name"] = user.name
    return data


def user_basic(user, call, with_custom_attributes=False):
    data = user_safe(user, call)
    data["state"] = user.state
    data["locked"] = user.locked
    data["avatar_url"] = avatar_url(user, call)
    if with_custom_attributes and call.is_admin:
        # `custom_attributes, if: :with_custom_attributes` - the API only sets it for admins
        data["custom_attributes"] = [custom_attribute(k, v) for k, v in user.custom_attributes.items()]
    data["web_url"] = "%s/%s" % (call.external_url, user.username)
    return data


def can_read_profile(user, call):
    """UserPolicy :read_user_profile: private, blocked and unconfirmed profiles are hidden from others."""
    viewer = call.user
    if viewer is not None and (viewer.id == user.id or viewer.is_admin):
        return True
    return not (user.private_profile or user.blocked or user.confirmed_at is None)


def work_information(user):
    """UsersHelper#work_information: "<job title> at <organization>", HTML-escaped."""
    if not user.job_title and not user.organization:
        return None
    job_title, organization = html.escape(user.job_title or ""), html.escape(user.organization or "")
    if job_title and organization:
        return "%s at %s" % (job_title, organization)
    return job_title or organization or None


def user(user_record, call, with_custom_attributes=False):
    u = user_record
    data = user_basic(u, call, with_custom_attributes)
    profile = can_read_profile(u, call)
    if profile:
        data["created_at"] = iso(u.created_at)
    for field in ("bio", "location", "public_email", "skype", "linkedin", "twitter", "discord",
                  "website_url", "organization", "job_title", "pronouns"):
        data[field] = getattr(u, field)
    data["bot"] = u.bot
    data["work_information"] = work_information(u)
    if profile:
        data["followers"] = sum(1 for _follower, followee in call.state.follows if followee == u.id)
        data["following"] = sum(1 for follower, _followee in call.state.follows if follower == u.id)
        if call.user is not None:
            data["is_followed"] = (call.user.id, u.id) in call.state.follows
    data["local_time"] = None  # users have no timezone set
    return data


def identity(record, call):
    data = {"provider": record.provider, "extern_uid": record.extern_uid}
    if is_ee(call):
        data["saml_provider_id"] = record.saml_provider_id
    return data


def commit_email(u, call):
    """`commit_email_or_default`: "_private" means the private commit email; unset means the primary."""
    if u.commit_email == "_private":
        return call.state.private_commit_email(u)
    return u.commit_email or u.email


def user_public(u, call, with_custom_attributes=False):
    data = user(u, call, with_custom_attributes)
    data.update({
        "last_sign_in_at": iso(u.last_sign_in_at),
        "confirmed_at": iso(u.confirmed_at),
        "last_activity_on": u.last_activity_on.isoformat() if u.last_activity_on else None,
        "email": u.email,
        "theme_id": u.theme_id,
        "color_scheme_id": u.color_scheme_id,
        "projects_limit": u.projects_limit,
        "current_sign_in_at": iso(u.current_sign_in_at),
        "identities": [identity(i, call) for i in u.identities],
        "can_create_group": u.can_create_group,
        "can_create_project": u.can_create_project,
        "two_factor_enabled": u.two_factor_enabled,
        "external": u.external,
        "private_profile": u.private_profile,
        "commit_email": commit_email(u, call),
        "preferred_language": "en",
    })
    if is_ee(call):
        data["shared_runners_minutes_limit"] = u.shared_runners_minutes_limit
        data["extra_shared_runners_minutes_limit"] = u.extra_shared_runners_minutes_limit
    return data


def user_with_admin(u, call, with_custom_attributes=False):
    data = user_public(u, call, with_custom_attributes)
    creator = call.state.user_by_id(u.created_by_id) if u.created_by_id else None
    data.update({
        "is_admin": u.is_admin,
        "note": u.note,
        "namespace_id": u.namespace_id,
        "created_by": _creator(creator, call, with_custom_attributes) if creator else None,
        "email_reset_offered_at": None,
    })
    if is_ee(call):
        data.update({"using_license_seat": u.human and u.state == "active", "is_auditor": u.is_auditor,
                     "provisioned_by_group_id": None, "enterprise_group_id": None,
                     "enterprise_group_associated_at": None})
    return data


def _creator(creator, call, with_custom_attributes):
    """user_basic of a creator, rendered once per call: a page of 100 users usually shares one (root)."""
    rendered = call.__dict__.setdefault("rendered_creators", {})
    key = (creator.id, with_custom_attributes)
    if key not in rendered:
        rendered[key] = user_basic(creator, call, with_custom_attributes)
    return dict(rendered[key])


def user_details_with_admin(u, call, with_custom_attributes=False):
    data = user_with_admin(u, call, with_custom_attributes)
    data.update({
        "highest_role": 0,  # no groups or projects exist, so no membership
        "current_sign_in_ip": u.current_sign_in_ip,
        "last_sign_in_ip": u.last_sign_in_ip,
        "sign_in_count": u.sign_in_count,
    })
    if is_ee(call):
        data.update({"plan": None, "trial": False})
    return data
