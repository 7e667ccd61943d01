"""The PersonalAccessToken model and its services (app/models/personal_access_token.rb,
app/services/personal_access_tokens/create_service.rb, rotate_service.rb, revoke_service.rb), shared by
the token endpoint families. No routes live here."""
from __future__ import annotations

import datetime

from gitlab_sim import errors
from gitlab_sim.api import namespace_model
from gitlab_sim.errors import ModelErrors, to_sentence
from gitlab_sim.records import today
from gitlab_sim.sub_entities import personal_access_token_with_token

# Gitlab::Auth.all_available_scopes (newest, registry and dependency proxy enabled).
AVAILABLE_SCOPES = [
    "api", "read_api", "read_user", "create_runner", "manage_runner", "k8s_proxy", "self_rotate",
    "read_repository", "write_repository", "read_registry", "write_registry", "read_virtual_registry",
    "write_virtual_registry", "read_observability", "write_observability", "ai_features", "sudo",
    "admin_mode", "read_service_ping",
]
STATES = ["all", "active", "inactive"]


MAX_DESCRIPTION_LENGTH = 255


def max_expiry_date(settings):
    return today() + datetime.timedelta(days=int(settings["max_token_lifetime_days"]))


def expiry_required(state, user):
    """`expiration_enforced?`; on EE a service account's tokens follow service_access_tokens_expiration_enforced
    instead (ee/lib/ee/gitlab/personal_access_tokens/service_account_token_validator.rb)."""
    if state.settings.get("edition") == "ee" and user is not None and user.user_type == "service_account":
        return bool(state.settings.get("service_access_tokens_expiration_enforced", True))
    return bool(state.settings["require_personal_access_token_expiry"])


def validate_token(state, user, name, scopes, expires_at, description=None):
    """PersonalAccessToken validations on create, in their order: name and scopes presence, description
    length, expires_at presence (when the instance requires it), `validate_scopes`,
    `expires_at_before_instance_max_expiry_date`, `sudo_only_for_admins`."""
    settings = state.settings
    problems = ModelErrors()
    required_expiry = expiry_required(state, user)
    if not (name or "").strip():
        problems.add("name", "can't be blank")
    if not scopes:
        problems.add("scopes", "can't be blank")
    if description and len(description) > MAX_DESCRIPTION_LENGTH:
        problems.add("description", "is too long (maximum is %d characters)" % MAX_DESCRIPTION_LENGTH)
    if expires_at is None and required_expiry:
        problems.add("expires_at", "can't be blank")
    if any(scope not in AVAILABLE_SCOPES for scope in scopes or ()):
        problems.add("scopes", "can only contain available scopes")
    if expires_at is not None and required_expiry and expires_at > max_expiry_date(settings):
        problems.add("expires_at", "must be before %s" % max_expiry_date(settings).isoformat())
    if "sudo" in (scopes or ()) and not user.is_admin:
        problems.add("sudo", "can only be enabled for administrators")
    return problems


def creation_permitted(call, user, group=None):
    """EE `creation_permitted?` for a service account: the instance ability :admin_service_accounts, or with
    `group` the group's and the account provisioned by that group
    (ee/app/services/ee/personal_access_tokens/create_service.rb); the CE rule (an admin) otherwise."""
    if call.state.settings.get("edition") != "ee" or user.user_type != "service_account":
        return True
    if group is None:
        return namespace_model.can_admin_instance_service_accounts(call)
    return (namespace_model.can_admin_group_service_accounts(call, group)
            and user.provisioned_by_group_id == group.id)


def create_personal_access_token(call, user, values, default_expiry=None, group=None):
    """`PersonalAccessTokens::CreateService`: the expiry defaults to the maximum when the instance requires
    one (or to `default_expiry`); model errors are 422 with the full messages as a sentence, and so is a
    creation the caller is not permitted ("Not permitted to create")."""
    if not creation_permitted(call, user, group):
        raise errors.api_error("Not permitted to create", 422)
    settings = call.state.settings
    expires_at = values.get("expires_at") or default_expiry
    if expires_at is None and expiry_required(call.state, user):
        expires_at = max_expiry_date(settings)
    problems = validate_token(call.state, user, values["name"], values["scopes"], expires_at,
                              values.get("description"))
    if problems:
        raise errors.api_error(to_sentence(problems.full_messages()), 422)
    token = call.state.add_token(user.id, values["name"], values["scopes"], description=values.get("description"),
                                 expires_at=expires_at, impersonation=False)
    return personal_access_token_with_token(token)


def rotate(call, token, expires_at=None):
    """`PersonalAccessTokens::RotateService`: refuses a revoked token (400), revokes it and makes a copy
    (name, description, scopes, impersonation) expiring on `expires_at`, else in a week when the instance
    requires an expiry. A copy that fails validation leaves the old token as it was (400)."""
    if token.revoked:
        raise errors.bad_request("Token already revoked")
    settings = call.state.settings
    if expires_at is None and settings["require_personal_access_token_expiry"]:
        expires_at = today() + datetime.timedelta(weeks=1)
    owner = call.state.user_by_id(token.user_id)
    problems = validate_token(call.state, owner, token.name, token.scopes, expires_at, token.description)
    if problems:
        raise errors.bad_request(to_sentence(problems.full_messages()))
    token.revoked = True
    return call.state.add_token(token.user_id, token.name, token.scopes, description=token.description,
                                expires_at=expires_at, impersonation=token.impersonation, previous_id=token.id)
