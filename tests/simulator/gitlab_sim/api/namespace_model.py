"""Groups and projects, as little of them as service accounts and runners need: lookups by id or URL-encoded
full path (lib/api/helpers.rb `find_group!`, `find_project!`), the read and role checks of GroupPolicy and
ProjectPolicy, and the EE license and service-account abilities. No routes live here."""
from __future__ import annotations

from gitlab_sim import errors
from gitlab_sim.entities import is_ee
from gitlab_sim.records import iso

GUEST, REPORTER, DEVELOPER, MAINTAINER, OWNER = 10, 20, 30, 40, 50


def _encoded_slashes_only(call, ident):
    """NAMESPACE_OR_PROJECT_REQUIREMENTS (`id: %r{[^/]+}`): a full path reaches GitLab's router only with
    its slashes URL-encoded; `/groups/a/b` is no route at all (404 {"error": "404 Not Found"})."""
    if "/" not in ident:
        return
    raw = call.request.environ.get("REQUEST_URI") or call.request.environ.get("RAW_URI") or ""
    if "%2f" not in raw.lower():
        raise errors.route_not_found()


def _by_id_or_path(records, ident, path_attribute):
    """`find_group` / `find_project`: an integer id (`INTEGER_ID_REGEX`) or a case-insensitive full path."""
    if ident.isdigit():
        return records.get(int(ident))
    wanted = ident.lower()
    return next((record for record in records.values() if getattr(record, path_attribute).lower() == wanted), None)


# -- groups ---------------------------------------------------------------------------------------------------
def ancestors_and_self(state, group):
    chain = []
    while group is not None:
        chain.append(group)
        group = state.groups.get(group.parent_id) if group.parent_id else None
    return chain


def group_access(state, user, group):
    """The user's highest role in the group, memberships of ancestor groups inherited (`max_member_access_for_user`)."""
    if user is None:
        return 0
    return max((g.members.get(user.id, 0) for g in ancestors_and_self(state, group)), default=0)


def can_read_group(call, group):
    """GroupPolicy :read_group: public for everyone, internal for signed-in non-external users, private for
    members (of the group, an ancestor or a descendant) and administrators."""
    user = call.user
    if group.visibility == "public" or (user is not None and user.is_admin):
        return True
    if user is None:
        return False
    if group.visibility == "internal" and not user.external:
        return True
    if group_access(call.state, user, group):
        return True
    return any(user.id in other.members for other in call.state.groups.values()
               if group in ancestors_and_self(call.state, other))


def _find_readable(call, ident, records, path_attribute, can_read, noun):
    """The record an ID or URL-encoded full path names, or 404 "<noun> Not Found" when it is missing or the caller
    may not read it (GitLab does not tell the two apart)."""
    ident = str(ident)
    _encoded_slashes_only(call, ident)
    record = _by_id_or_path(records, ident, path_attribute)
    if record is None or not can_read(call, record):
        raise errors.not_found(noun)
    return record


def find_group(call, ident):
    """`find_group!`: 404 "Group Not Found" for a missing group and for one the caller may not read."""
    return _find_readable(call, ident, call.state.groups, "full_path", can_read_group, "Group")


def is_group_owner(call, group):
    return bool(call.user and (call.user.is_admin or group_access(call.state, call.user, group) >= OWNER))


# -- projects -------------------------------------------------------------------------------------------------
def project_access(state, user, project):
    """The user's highest role in the project: its own members, the group it lives in (and that group's
    ancestors), or owner of a personal project."""
    if user is None:
        return 0
    if project.owner_id == user.id:
        return OWNER
    levels = [project.members.get(user.id, 0)]
    if project.group_id in state.groups:
        levels.append(group_access(state, user, state.groups[project.group_id]))
    return max(levels)


def can_read_project(call, project):
    user = call.user
    if project.visibility == "public" or (user is not None and user.is_admin):
        return True
    if user is None:
        return False
    if project.visibility == "internal" and not user.external:
        return True
    return project_access(call.state, user, project) > 0


def find_project(call, ident):
    """`find_project!` (`user_project`): 404 "Project Not Found" when missing or unreadable."""
    return _find_readable(call, ident, call.state.projects, "path_with_namespace", can_read_project, "Project")


# -- EE license and service-account abilities ----------------------------------------------------------------
def service_accounts_licensed(call):
    """`License.feature_available?(:service_accounts)`: EE with a Premium or Ultimate license."""
    return is_ee(call) and call.state.settings.get("ee_plan") in ("premium", "ultimate")


def can_admin_instance_service_accounts(call):
    """GlobalPolicy :admin_service_accounts: `admin & service_accounts_available`."""
    return bool(call.user and call.user.is_admin and service_accounts_licensed(call))


def can_admin_group_service_accounts(call, group):
    """EE GroupPolicy :admin_service_accounts: `(admin | owner) & service_accounts_available`."""
    return service_accounts_licensed(call) and is_group_owner(call, group)


def can_create_group_service_account(call, group):
    """EE GroupPolicy :create_service_account / :delete_service_account: a top-level group, and an
    administrator or (with allow_top_level_group_owners_to_create_service_accounts) an owner."""
    if not service_accounts_licensed(call) or group.parent_id is not None or call.user is None:
        return False
    if call.user.is_admin:
        return True
    return bool(call.state.settings.get("allow_top_level_group_owners_to_create_service_accounts")
                and group_access(call.state, call.user, group) >= OWNER)


# -- entities -------------------------------------------------------------------------------------------------
def group_entity(group, call):
    """The part of Entities::Group (lib/api/entities/group.rb) the simulator models, in its order."""
    return {
        "id": group.id,
        "web_url": "%s/groups/%s" % (call.external_url, group.full_path),
        "name": group.name,
        "path": group.path,
        "description": group.description,
        "visibility": group.visibility,
        "full_name": " / ".join(g.name for g in reversed(ancestors_and_self(call.state, group))),
        "full_path": group.full_path,
        "created_at": iso(group.created_at),
        "parent_id": group.parent_id,
    }


def project_namespace(project, call):
    """Entities::NamespaceBasic of the project's namespace (a group or the owner's personal namespace)."""
    if project.group_id is not None:
        group = call.state.groups[project.group_id]
        return {"id": group.id, "name": group.name, "path": group.path, "kind": "group",
                "full_path": group.full_path, "parent_id": group.parent_id}
    owner = call.state.user_by_id(project.owner_id)
    return {"id": owner.namespace_id, "name": owner.name, "path": owner.username, "kind": "user",
            "full_path": owner.username, "parent_id": None}


def project_entity(project, call):
    """The part of Entities::BasicProjectDetails (lib/api/entities/basic_project_details.rb) modelled."""
    namespace = project_namespace(project, call)
    return {
        "id": project.id,
        "description": project.description,
        "name": project.name,
        "name_with_namespace": "%s / %s" % (namespace["name"], project.name),
        "path": project.path,
        "path_with_namespace": project.path_with_namespace,
        "created_at": iso(project.created_at),
        "visibility": project.visibility,
        "web_url": "%s/%s" % (call.external_url, project.path_with_namespace),
        "namespace": namespace,
    }
