"""Control endpoints under /-/sim/ (not part of GitLab). See "Control endpoints" in the README."""
from __future__ import annotations

import datetime
import json
import re

from werkzeug.wrappers import Response

from gitlab_sim import activity
from gitlab_sim.clock import CLOCK
from gitlab_sim.seed import seed_users
from gitlab_sim.records import USER_STATES, USER_TYPES, Identity, Membership, iso, now
from gitlab_sim.state import DEFAULT_SETTINGS

FAULT_ACTIONS = ("status", "delay", "drop", "drop_after_commit")
FAULT_FIELDS = {"action", "method", "path", "times", "status", "headers", "body", "content_type", "ms"}
# Internal user fields tests may set directly, to reach states the API cannot (LDAP blocks, recent
# activity, two-factor, EE identities, internal users, sole group ownership...).
POKEABLE = {"state", "user_type", "two_factor_enabled", "sole_group_owner", "identities", "locked",
            "confirmed_at", "last_activity_on", "current_sign_in_at", "last_sign_in_at", "is_admin",
            "external", "private_profile", "note", "email", "unconfirmed_email", "created_at", "updated_at",
            "password_expires_at", "custom_attributes", "is_auditor", "job_title", "enabled_following",
            "current_sign_in_ip", "last_sign_in_ip", "sign_in_count", "public_email", "created_by_id"}
DATETIME_FIELDS = {"confirmed_at", "current_sign_in_at", "last_sign_in_at", "created_at", "updated_at",
                   "password_expires_at"}


class ControlError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def _json(body, status=200):
    return Response(json.dumps(body), status=status, content_type="application/json")


def _body(request):
    data = request.get_data(cache=True)
    if not data.strip():
        return None
    try:
        return json.loads(data)
    except ValueError:
        raise ControlError(400, "the body is not valid JSON") from None


def handle_control(sim, request):
    path, method = request.path[len("/-/sim"):], request.method
    try:
        for prefix, handler in ROUTES:
            if path == prefix or (prefix.endswith("/") and path.startswith(prefix)):
                return handler(sim, request, method, path[len(prefix):])
        raise ControlError(404, "unknown control endpoint %s %s" % (method, request.path))
    except ControlError as exc:
        return _json({"error": exc.message}, exc.status)


def _requests(sim, request, method, _rest):
    with sim.log_lock:
        if method == "GET":
            after = request.args.get("after")
            if after is None:
                return _json(list(sim.request_log))
            try:
                after = int(after)
            except ValueError:
                raise ControlError(400, "after must be a request's seq (an integer), got %r" % after) from None
            return _json([entry for entry in sim.request_log if entry["seq"] > after])
        if method == "DELETE":
            sim.request_log = []
            return Response(b"", status=204)
    raise ControlError(405, "use GET or DELETE")


def _requests_mark(sim, request, method, _rest):
    if method != "GET":
        raise ControlError(405, "use GET")
    with sim.log_lock:
        return _json({"seq": sim.log_seq})


def _reset(sim, request, method, _rest):
    if method != "POST":
        raise ControlError(405, "use POST")
    if request.headers.get("PRIVATE-TOKEN") != sim.root_token:
        return _json({"message": "401 Unauthorized"}, 401)
    sim.reset()
    return Response(b"", status=204)


def _seed(sim, request, method, _rest):
    if method != "POST":
        raise ControlError(405, "use POST")
    body = _body(request) or {}
    count = body.get("users") if isinstance(body, dict) else None
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise ControlError(400, 'expected {"users": <non-negative integer>}')
    return _json(seed_users(sim.state, count), 201)


def _validate_fault(rule):
    if not isinstance(rule, dict) or rule.get("action") not in FAULT_ACTIONS:
        raise ControlError(400, "every rule needs action %s" % "|".join(FAULT_ACTIONS))
    unknown = sorted(set(rule) - FAULT_FIELDS)
    if unknown:
        raise ControlError(400, "unknown rule fields: %s" % ", ".join(unknown))
    try:
        re.compile(rule.get("path") or "")
    except re.error as exc:
        raise ControlError(400, "path is not a valid regular expression: %s" % exc) from None
    if not isinstance(rule.get("times", 1), int):
        raise ControlError(400, "times must be an integer (-1: every matching request)")
    rule.setdefault("times", 1)
    return rule


def _faults(sim, request, method, _rest):
    with sim.log_lock:
        if method == "GET":
            return _json(sim.faults)
        if method == "DELETE":
            sim.faults = []
            return Response(b"", status=204)
    if method != "POST":
        raise ControlError(405, "use GET, POST or DELETE")
    rules = _body(request)
    rules = [rules] if isinstance(rules, dict) else rules
    if not isinstance(rules, list):
        raise ControlError(400, "expected a rule or a list of rules")
    rules = [_validate_fault(rule) for rule in rules]
    with sim.log_lock:
        sim.faults.extend(rules)
        return _json(sim.faults, 201)


def _settings(sim, request, method, _rest):
    if method == "POST":
        changes = _body(request) or {}
        if not isinstance(changes, dict):
            raise ControlError(400, "expected an object of settings")
        unknown = sorted(set(changes) - set(DEFAULT_SETTINGS))
        if unknown:
            raise ControlError(400, "unknown settings: %s (known: %s)" % (
                ", ".join(unknown), ", ".join(sorted(DEFAULT_SETTINGS))))
        with sim.state.lock:
            sim.state.settings.update(changes)
    elif method != "GET":
        raise ControlError(405, "use GET or POST")
    return _json(sim.state.settings)


def _user_ids(sim, request, method, _rest):
    """Every user id, ascending: what a complete listing must hold, read from the state, not through the API."""
    if method != "GET":
        raise ControlError(405, "use GET")
    with sim.state.lock:
        return _json({"ids": sorted(sim.state.users)})


def _users(sim, request, method, rest):
    ident, dummy, sub = rest.partition("/")
    with sim.state.lock:
        user = sim.state.user_by_id_or_username(ident)
        if user is None:
            return _json({"message": "404 User Not Found"}, 404)
        if sub == "tokens" and method == "POST":
            return _json(_mint_token(sim.state, user, _body(request) or {}), 201)
        if sub == "emails" and method == "POST":
            return _json(_add_email(sim.state, user, _body(request) or {}), 201)
        if sub == "memberships" and method == "POST":
            return _json(_add_membership(sim.state, user, _body(request) or {}), 201)
        if sub:
            raise ControlError(404, "unknown control endpoint %s %s" % (method, request.path))
        if method == "POST":
            _poke(sim.state, user, _body(request) or {})
        elif method != "GET":
            raise ControlError(405, "use GET or POST")
        return _json(_internals(sim.state, user))


def _parse_moment(key, value):
    if value in (None, ""):
        return None
    if key == "last_activity_on":
        return datetime.date.fromisoformat(value)
    if value == "now":
        return now()
    moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)


def _poke(state, user, fields):
    if not isinstance(fields, dict):
        raise ControlError(400, "expected an object of user fields")
    unknown = sorted(set(fields) - POKEABLE)
    if unknown:
        raise ControlError(400, "cannot set %s (settable: %s)" % (", ".join(unknown), ", ".join(sorted(POKEABLE))))
    if fields.get("state", user.state) not in USER_STATES:
        raise ControlError(400, "state must be one of %s" % ", ".join(USER_STATES))
    if fields.get("user_type", user.user_type) not in USER_TYPES:
        raise ControlError(400, "user_type must be one of %s" % ", ".join(sorted(USER_TYPES)))
    for key, value in fields.items():
        try:
            if key in DATETIME_FIELDS or key == "last_activity_on":
                value = _parse_moment(key, value)
        except (TypeError, ValueError):
            raise ControlError(400, "%s: not an ISO 8601 date/time" % key) from None
        if key == "identities":
            value = [_identity(identity) for identity in value]
        setattr(user, key, value)
    if "last_activity_on" in fields:
        activity.release_lease(state, user.id)


def _identity(identity):
    if not isinstance(identity, dict) or not {"provider", "extern_uid"} <= set(identity) or \
            set(identity) - {"provider", "extern_uid", "saml_provider_id", "updated_at"}:
        raise ControlError(400, "identities are objects with provider, extern_uid (saml_provider_id, updated_at)")
    return Identity(provider=identity["provider"], extern_uid=identity["extern_uid"],
                    saml_provider_id=identity.get("saml_provider_id"),
                    updated_at=_parse_moment("updated_at", identity.get("updated_at")) or now())


def _mint_token(state, user, spec):
    """A personal access token for any user, without going through the API."""
    if not isinstance(spec, dict) or set(spec) - {"name", "scopes", "expires_at", "revoked", "impersonation"}:
        raise ControlError(400, "token fields: name, scopes, expires_at (YYYY-MM-DD), revoked, impersonation")
    try:
        expires = datetime.date.fromisoformat(spec["expires_at"]) if spec.get("expires_at") else None
    except (TypeError, ValueError):
        raise ControlError(400, "expires_at: not a YYYY-MM-DD date") from None
    token = state.add_token(user.id, spec.get("name", "sim token"), spec.get("scopes", ["api"]),
                            expires_at=expires, revoked=bool(spec.get("revoked")),
                            impersonation=bool(spec.get("impersonation")))
    return {"id": token.id, "user_id": user.id, "name": token.name, "scopes": token.scopes, "token": token.token,
            "expires_at": expires.isoformat() if expires else None, "revoked": token.revoked,
            "impersonation": token.impersonation}


def _add_email(state, user, spec):
    """A secondary email row (as POST /users/:id/emails would make), confirmed or not."""
    if not isinstance(spec, dict) or not isinstance(spec.get("email"), str):
        raise ControlError(400, 'expected {"email": ..., "confirmed_at": null | "now" | ISO 8601}')
    try:
        confirmed = _parse_moment("confirmed_at", spec.get("confirmed_at"))
    except (TypeError, ValueError):
        raise ControlError(400, "confirmed_at: not an ISO 8601 date/time") from None
    record = state.add_email(user, spec["email"], confirmed_at=confirmed)
    return {"id": record.id, "email": record.email, "confirmed_at": iso(record.confirmed_at)}


MEMBERSHIP_FIELDS = {"source_type", "source_name", "source_id", "access_level"}


def _add_membership(state, user, spec):
    """A group ("Namespace") or project ("Project") membership; there are no real groups or projects."""
    if not isinstance(spec, dict) or set(spec) - MEMBERSHIP_FIELDS or \
            spec.get("source_type", "Namespace") not in ("Namespace", "Project"):
        raise ControlError(400, 'expected {"source_type": "Namespace" | "Project", "source_name": ..., '
                                '"source_id": N, "access_level": 10..50}')
    record = state.add_owned("memberships", Membership, user_id=user.id,
                             source_type=spec.get("source_type", "Namespace"),
                             source_id=spec.get("source_id") or state.next_id("membership_source"),
                             source_name=spec.get("source_name") or "Group %s" % user.username,
                             access_level=int(spec.get("access_level", 30)))
    return {"id": record.id, "source_id": record.source_id, "source_name": record.source_name,
            "source_type": record.source_type, "access_level": record.access_level}


def _internals(state, user):
    """What the API does not show: useful to assert side effects."""
    return {
        "id": user.id, "username": user.username, "email": user.email, "state": user.state,
        "user_type": user.user_type, "unconfirmed_email": user.unconfirmed_email,
        "confirmed_at": iso(user.confirmed_at), "updated_at": iso(user.updated_at),
        # Shown to administrators by the API too, but reading it there is itself activity (of the reader).
        "last_activity_on": user.last_activity_on.isoformat() if user.last_activity_on else None,
        "password_expires_at": iso(user.password_expires_at),
        "password_automatically_set": user.password_automatically_set,
        "two_factor_enabled": user.two_factor_enabled, "sole_group_owner": user.sole_group_owner,
        "pending_delete": user.id in state.pending_deletes,
        "custom_attributes": dict(user.custom_attributes),
        "identities": [{k: iso(v) if k == "updated_at" else v for k, v in vars(i).items()} for i in user.identities],
        "secondary_emails": [{"email": r.email, "confirmed_at": iso(r.confirmed_at)}
                             for r in state.owned("emails", user.id) if r.email != user.email.lower()],
    }


def _tokens(sim, request, method, rest):
    """POST /-/sim/tokens/<id>: set `created_at` and `last_used_at` (ISO 8601 or "now")."""
    if method != "POST" or not rest.isdigit():
        raise ControlError(404, "unknown control endpoint %s %s" % (method, request.path))
    fields = _body(request) or {}
    if not isinstance(fields, dict) or set(fields) - {"created_at", "last_used_at"}:
        raise ControlError(400, "token fields: created_at, last_used_at")
    with sim.state.lock:
        token = sim.state.tokens.get(int(rest))
        if token is None:
            raise ControlError(404, "no token %s" % rest)
        try:
            for key, value in fields.items():
                setattr(token, key, _parse_moment(key, value))
        except (TypeError, ValueError):
            raise ControlError(400, "not an ISO 8601 date/time") from None
        return _json({"id": token.id, "created_at": iso(token.created_at), "last_used_at": iso(token.last_used_at)})


def _clock(_sim, request, method, _rest):
    """GET: the simulator's time. POST {"at": ISO 8601 or epoch seconds, "advance": seconds, "frozen": bool}
    sets it (any subset; `at` alone also freezes it). DELETE: back to the real time."""
    if method == "POST":
        body = _body(request) or {}
        if not isinstance(body, dict) or set(body) - {"at", "advance", "frozen"}:
            raise ControlError(400, 'expected {"at": ISO 8601 | epoch seconds, "advance": seconds, "frozen": bool}')
        at = body.get("at")
        if isinstance(at, bool) or (at is not None and not isinstance(at, (int, float))):
            try:
                at = _parse_moment("at", at).timestamp()
            except (AttributeError, TypeError, ValueError):
                raise ControlError(400, "at: not an ISO 8601 date/time or epoch seconds") from None
        advance = body.get("advance", 0)
        if isinstance(advance, bool) or not isinstance(advance, (int, float)):
            raise ControlError(400, "advance: seconds (a number)")
        frozen = body.get("frozen", True if at is not None and "frozen" not in body else None)
        if frozen is not None and not isinstance(frozen, bool):
            raise ControlError(400, "frozen: true or false")
        CLOCK.set(at=at, frozen=frozen, advance=advance)
    elif method == "DELETE":
        CLOCK.release()
    elif method != "GET":
        raise ControlError(405, "use GET, POST or DELETE")
    return _json(CLOCK.describe())


ROUTES = [("/clock", _clock), ("/requests", _requests), ("/requests/mark", _requests_mark), ("/reset", _reset), ("/seed", _seed),
          ("/faults", _faults), ("/settings", _settings), ("/users", _user_ids), ("/users/", _users), ("/tokens/", _tokens)]

# Groups, projects, user counts and runners (gitlab_sim.control_namespaces uses the helpers above).
from gitlab_sim.control_namespaces import NAMESPACE_ROUTES  # noqa: E402  pylint: disable=wrong-import-position

ROUTES.extend(NAMESPACE_ROUTES)
