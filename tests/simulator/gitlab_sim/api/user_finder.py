"""UsersFinder, User.search and the ordering of GET /users (app/finders/users_finder.rb, app/models/user.rb,
lib/gitlab/sql/pattern.rb). No routes live here."""
from __future__ import annotations

import bisect
import re

FORBIDDEN_STATES = ("blocked", "banned", "ldap_blocked")  # User.without_forbidden_states
MIN_CHARS_FOR_PARTIAL_MATCHING = 3
QUOTED_TERM = re.compile(r'(?:(?<=\A)|(?<= ))"[^"]+"(?= |\Z)')


# -- Gitlab::SQL::Pattern ------------------------------------------------------------------------
def search_terms(query):
    """`split_query_to_search_terms`: double-quoted phrases stay whole, the rest splits on spaces."""
    quoted = QUOTED_TERM.findall(query)
    rest = QUOTED_TERM.sub("", query)
    return rest.split() + [term[1:-1] for term in quoted]


def fuzzy_matcher(query):
    """`fuzzy_arel_match` as a predicate on a column value: every term of 3+ chars must occur
    (ILIKE '%term%'); with no such term the squished query must equal the value (ILIKE 'query')."""
    squished = " ".join(query.split())
    if not squished:
        return None
    terms = [term.lower() for term in search_terms(squished) if len(term) >= MIN_CHARS_FOR_PARTIAL_MATCHING]
    if terms:
        return lambda value: bool(value) and all(term in value.lower() for term in terms)
    exact = squished.lower()
    return lambda value: bool(value) and value.lower() == exact


def search(state, users, raw_query, admin):
    """`User.search(query, with_private_emails: admin)`: fuzzy name/username, plus exact public email
    (non-admins) or exact primary / confirmed secondary email (admins)."""
    query = raw_query[1:] if raw_query.startswith("@") else raw_query
    if not query.strip():
        return []
    query = query.lower()
    matches = fuzzy_matcher(query)
    if admin:
        secondary_owners = {r.user_id for r in state.emails.values() if r.confirmed_at and r.email == query}

        def email_hit(user):
            return user.email == query or user.id in secondary_owners
    else:
        def email_hit(user):
            return user.public_email == query
    return [u for u in users if email_hit(u) or matches(u.name) or matches(u.username)]


def relevance_key(query):
    """Order of User.search: exact public email, exact username, exact name, then name and id."""
    query = (query[1:] if query.startswith("@") else query).lower()

    def key(user):
        if (user.public_email or "").lower() == query:
            priority = 0
        elif user.username.lower() == query:
            priority = 1
        elif user.name.lower() == query:
            priority = 2
        else:
            priority = 3
        return priority, user.name, user.id

    return key


# -- UsersFinder ---------------------------------------------------------------------------------
def ldap_dn(value):
    """Gitlab::Auth::Ldap::Person.normalize_dn, roughly: case and spaces around separators ignored."""
    return re.sub(r"\s*([,=+])\s*", r"\1", value.strip()).lower()


def has_identity(user, provider, extern_uid):
    """`Identity.with_extern_uid`: LDAP providers compare normalised DNs, others compare exactly."""
    for identity in user.identities:
        if identity.provider != provider:
            continue
        if provider.startswith("ldap") and ldap_dn(identity.extern_uid) == ldap_dn(extern_uid):
            return True
        if identity.extern_uid == extern_uid:
            return True
    return False


def _flag_filters(params, admin):
    """The boolean and simple filters of UsersFinder#execute, as predicates."""
    checks = []
    if params.get("username") is not None:
        wanted = params["username"].lower()
        checks.append(lambda u: u.username.lower() == wanted)
    if params.get("admins") and admin:
        checks.append(lambda u: u.is_admin)
    if params.get("humans"):
        checks.append(lambda u: u.human)
    if params.get("exclude_humans"):
        checks.append(lambda u: not u.human)
    if params.get("blocked"):
        checks.append(lambda u: u.state in ("blocked", "ldap_blocked"))
    if params.get("active"):
        checks.append(lambda u: u.state == "active" and not u.internal)
    if params.get("exclude_active"):
        checks.append(lambda u: u.state != "active")
    if params.get("extern_uid") and params.get("provider"):
        provider, extern_uid = params["provider"], params["extern_uid"]
        checks.append(lambda u: has_identity(u, provider, extern_uid))
    if params.get("external"):
        checks.append(lambda u: u.external)
    if params.get("exclude_external"):
        checks.append(lambda u: not u.external)
    if params.get("exclude_internal"):
        checks.append(lambda u: not u.internal)
    if params.get("without_project_bots"):
        checks.append(lambda u: u.user_type != "project_bot")
    return checks


def _admin_filters(params):
    """Filters the API drops for non-admins (created_*, two_factor, without_projects)."""
    checks = []
    if params.get("two_factor") == "enabled":
        checks.append(lambda u: u.two_factor_enabled)
    elif params.get("two_factor") == "disabled":
        checks.append(lambda u: not u.two_factor_enabled)
    if params.get("created_after") is not None:
        after = params["created_after"]
        checks.append(lambda u: u.created_at >= after)
    if params.get("created_before") is not None:
        before = params["created_before"]
        checks.append(lambda u: u.created_at <= before)
    # without_projects: no projects exist in the simulator, so every user qualifies.
    if isinstance(params.get("custom_attributes"), dict):
        wanted = {str(k): str(v) for k, v in params["custom_attributes"].items()}
        checks.append(lambda u: all(u.custom_attributes.get(k) == v for k, v in wanted.items()))
    if params.get("saml_provider_id") is not None:
        provider_id = params["saml_provider_id"]
        checks.append(lambda u: any(i.saml_provider_id == provider_id for i in u.identities))
    return checks


def _checks(params, admin):
    checks = _flag_filters(params, admin) + (_admin_filters(params) if admin else [])
    if not admin:
        checks.insert(0, lambda u: u.state not in FORBIDDEN_STATES)
    return checks


def find_users(state, params, admin):
    """UsersFinder(current_user, params).execute without the ordering; `params` are the finder
    params (the API already removed the admin-only ones for non-admins)."""
    users = list(state.users.values())
    checks = _checks(params, admin)
    if checks:
        users = [u for u in users if all(check(u) for check in checks)]
    if search_present(params.get("search")):
        users = search(state, users, params["search"], admin)
    return users


def users_by_id_from(state, params, admin, after_id=None, descending=False):
    """The users UsersFinder would find, in id order (descending: from the highest id), starting after the id
    `after_id` (a keyset cursor), as a lazy iterator: a page of a listing ordered by id checks the users from its
    cursor on until the page is full, not all of them (100,000 users would make every page an O(n) scan).
    Not for ?search= (its own order and matching): callers use find_users then."""
    checks = _checks(params, admin)
    ids = state.sorted_user_ids()
    if descending:
        end = len(ids) if after_id is None else bisect.bisect_left(ids, after_id)
        positions = range(end - 1, -1, -1)
    else:
        positions = range(0 if after_id is None else bisect.bisect_right(ids, after_id), len(ids))
    users = state.users
    for position in positions:
        user = users.get(ids[position])
        if user is not None and all(check(user) for check in checks):
            yield user


def search_present(value):
    """Ruby `present?`: not nil and not only whitespace."""
    return isinstance(value, str) and bool(value.strip())


def order_column(order_by):
    """`order_options_with_tie_breaker`: created_at is replaced by id (same order, indexed)."""
    return "id" if order_by == "created_at" else order_by


def sort_users(users, order_by, sort):
    """`users` come in id order (State.users is filled in id order), so id needs no real sort."""
    column = order_column(order_by)
    if column == "id":
        return users[::-1] if sort == "desc" else list(users)
    return sorted(users, key=lambda u: (getattr(u, column), u.id), reverse=(sort == "desc"))
