"""Entity rendering, per lib/api/entities/*.rb (behaviour doc section 2). Each function takes the
record and the Call (for the viewer and the external URL)."""
from __future__ import annotations

from gitlab_sim.state import iso


def _ee(call):
    return call.state.settings.get("edition") == "ee"


def avatar_url(user, call):
    if user.avatar:
        return "%s/uploads/-/system/user/avatar/%d/%s" % (call.external_url, user.id, user.avatar["filename"])
    return "https://www.gravatar.com/avatar/%032x?s=80&d=identicon" % (hash(user.email) & (2 ** 128 - 1))


def user_safe(user, call):
    return {"id": user.id, "username": user.username, "public_email": user.public_email or "", "name": user.name}


def user_basic(user, call, with_custom_attributes=False):
    data = user_safe(user, call)
    data.update({
        "state": user.state,
        "locked": user.locked,
        "avatar_url": avatar_url(user, call),
        "web_url": "%s/%s" % (call.external_url, user.username),
    })
    if with_custom_attributes and call.is_admin:
        data["custom_attributes"] = [{"key": k, "value": v} for k, v in user.custom_attributes.items()]
        # keep web_url last, as the entity exposes custom_attributes before it
        data["web_url"] = data.pop("web_url")
    return data


def _can_read_profile(user, call):
    viewer = call.user
    if viewer is not None and (viewer.id == user.id or viewer.is_admin):
        return True
    return not (user.private_profile or user.blocked or user.confirmed_at is None)


def user(user_record, call, with_custom_attributes=False):
    u = user_record
    data = user_basic(u, call, with_custom_attributes)
    profile = _can_read_profile(u, call)
    if profile:
        data["created_at"] = iso(u.created_at)
    data.update({
        "bio": u.bio or "",
        "location": u.location or "",
        "public_email": u.public_email or "",
        "skype": u.skype or "",
        "linkedin": u.linkedin or "",
        "twitter": u.twitter or "",
        "discord": u.discord or "",
        "website_url": u.website_url or "",
        "organization": u.organization or "",
        "job_title": u.job_title or "",
        "pronouns": u.pronouns,
        "bot": u.bot,
        "work_information": None,
    })
    if profile:
        data["followers"] = u.followers
        data["following"] = u.following
    if call.user is not None:
        data["is_followed"] = False
    data["local_time"] = None
    return data


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
        "can_create_project": u.can_create_project and u.projects_limit > 0,
        "two_factor_enabled": u.two_factor_enabled,
        "external": u.external,
        "private_profile": u.private_profile,
        "commit_email": u.commit_email or u.email,
        "preferred_language": "en",
    })
    if _ee(call):
        data["shared_runners_minutes_limit"] = u.shared_runners_minutes_limit
        data["extra_shared_runners_minutes_limit"] = u.extra_shared_runners_minutes_limit
    return data


def identity(record, call):
    data = {"provider": record["provider"], "extern_uid": record["extern_uid"]}
    if _ee(call) and "saml_provider_id" in record:
        data["saml_provider_id"] = record["saml_provider_id"]
    return data


def user_with_admin(u, call, with_custom_attributes=False):
    data = user_public(u, call, with_custom_attributes)
    creator = call.state.user_by_id(u.created_by_id) if u.created_by_id else None
    data.update({
        "is_admin": u.is_admin,
        "note": u.note,
        "namespace_id": u.namespace_id,
        "created_by": user_basic(creator, call) if creator else None,
        "email_reset_offered_at": None,
    })
    if _ee(call):
        data.update({"using_license_seat": not u.bot, "is_auditor": u.is_auditor,
                     "provisioned_by_group_id": None, "enterprise_group_id": None,
                     "enterprise_group_associated_at": None, "scim_identities": []})
    return data


def user_details_with_admin(u, call, with_custom_attributes=False):
    data = user_with_admin(u, call, with_custom_attributes)
    data.update({
        "highest_role": 0,
        "current_sign_in_ip": u.current_sign_in_ip,
        "last_sign_in_ip": u.last_sign_in_ip,
        "sign_in_count": u.sign_in_count,
    })
    if _ee(call):
        data.update({"plan": None, "trial": False})
    return data
