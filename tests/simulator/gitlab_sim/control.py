"""Control endpoints under /-/sim/ (not part of GitLab). See the simulator README."""
from __future__ import annotations

import datetime
import json

from werkzeug.wrappers import Response

from gitlab_sim.seed import seed_users
from gitlab_sim.state import now

# Internal user fields tests may set directly, to reach states the API cannot (LDAP blocks, recent
# activity, two-factor, EE identities, internal users, sole group ownership...).
POKEABLE = {"state", "user_type", "two_factor_enabled", "sole_group_owner", "identities", "locked",
            "confirmed_at", "last_activity_on", "current_sign_in_at", "last_sign_in_at", "is_admin",
            "external", "private_profile", "note", "email", "unconfirmed_email"}


def _json(body, status=200):
    return Response(json.dumps(body), status=status, content_type="application/json")


def _body(request):
    data = request.get_data(cache=True)
    return json.loads(data) if data.strip() else None


def handle_control(sim, request):
    path, method = request.path[len("/-/sim"):], request.method
    if path == "/requests" and method == "GET":
        with sim.log_lock:
            return _json(list(sim.request_log))
    if path == "/requests" and method == "DELETE":
        with sim.log_lock:
            sim.request_log = []
        return Response(b"", status=204)
    if path == "/reset" and method == "POST":
        if request.headers.get("PRIVATE-TOKEN") != sim.root_token:
            return _json({"message": "401 Unauthorized"}, 401)
        sim.reset()
        return Response(b"", status=204)
    if path == "/seed" and method == "POST":
        body = _body(request) or {}
        count = int(body.get("users", 0))
        created = seed_users(sim.state, count)
        return _json({"created": created}, 201)
    if path == "/faults":
        with sim.log_lock:
            if method == "POST":
                rules = _body(request)
                if isinstance(rules, dict):
                    rules = [rules]
                if not isinstance(rules, list) or not all(isinstance(r, dict) and r.get("action") in (
                        "status", "delay", "drop", "drop_after_commit") for r in rules):
                    return _json({"error": "expected a list of rules with action status|delay|drop|drop_after_commit"}, 400)
                sim.faults.extend(rules)
                return _json(sim.faults, 201)
            if method == "GET":
                return _json(sim.faults)
            if method == "DELETE":
                sim.faults = []
                return Response(b"", status=204)
    if path == "/settings":
        if method == "POST":
            with sim.state.lock:
                sim.state.settings.update(_body(request) or {})
        return _json(sim.state.settings)
    if path.startswith("/users/") and method == "POST":
        return _poke_user(sim, path[len("/users/"):], _body(request) or {})
    return _json({"error": "404 Not Found"}, 404)


def _poke_user(sim, ident, fields):
    unknown = sorted(set(fields) - POKEABLE)
    if unknown:
        return _json({"error": "cannot set %s" % ", ".join(unknown)}, 400)
    with sim.state.lock:
        user = sim.state.user_by_id_or_username(ident)
        if user is None:
            return _json({"message": "404 User Not Found"}, 404)
        for key, value in fields.items():
            if key == "last_activity_on" and value:
                value = datetime.date.fromisoformat(value)
            elif key in ("confirmed_at", "current_sign_in_at", "last_sign_in_at") and value:
                value = now() if value == "now" else datetime.datetime.fromisoformat(
                    value.replace("Z", "+00:00"))
            setattr(user, key, value)
        return _json({"id": user.id, "username": user.username, "state": user.state})
