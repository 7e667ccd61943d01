"""The WSGI application: request context, authentication and sudo, dispatch, the request log, fault
injection and latency. Endpoint families live in gitlab_sim.api.* and register themselves on import."""
from __future__ import annotations

import functools
import ipaddress
import json
import re
import socket
import struct
import threading
import time
import urllib.parse

from werkzeug.formparser import parse_form_data
from werkzeug.wrappers import Request, Response

from gitlab_sim import activity, errors, routing
from gitlab_sim import rack_attack
from gitlab_sim.clock import CLOCK
from gitlab_sim.errors import ApiError
from gitlab_sim.params import rack_parse
from gitlab_sim.records import now
from gitlab_sim.state import State

API_PREFIX = "/api/v4"
# Scopes that let a token through, by method (lib/api/api.rb + users.rb `allow_access_with_scope`).
READ_SCOPES = ("api", "read_api", "read_user")
WRITE_SCOPES = ("api",)
# ActionDispatch::RemoteIp's default trusted proxies: a request from one of these (the test client on
# loopback, a local front proxy) is attributed to the address it forwards in X-Forwarded-For.
TRUSTED_PROXIES = tuple(ipaddress.ip_network(net) for net in (
    "127.0.0.0/8", "::1/128", "fc00::/7", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


class DropConnection(Exception):
    """Close the client connection without an HTTP response."""


class Call:
    """One API request as a handler sees it."""

    def __init__(self, sim, request, path):
        self.sim = sim
        self.state = sim.state
        self.request = request
        self.method = request.method
        self.path = path  # below /api/v4, e.g. "/users/1"
        self.full_path = API_PREFIX + path  # the normalized request path
        self.headers = request.headers
        self.params = self._collect_params(request)
        # Grape's `params` keep everything the client sent (even private_token/sudo); pagination Link
        # headers are built from them, so keep a copy before authentication pops its own keys.
        self.raw_params = dict(self.params)
        self.token = None  # the Token that authenticated the call
        self.handler = None  # the route handler (for its token scopes)
        self.initial_user = None  # the token's user, before sudo
        self.user = None  # current_user (the sudoed user when sudo is used)
        self.sudo = None  # the sudo identifier the caller sent, if any

    @staticmethod
    def _collect_params(request):
        """Grape merges query string, form/multipart fields and a JSON body into one params hash."""
        params = rack_parse(request.args.items(multi=True))
        content_type = request.mimetype or ""
        if content_type == "application/json":
            data = request.get_data(cache=True)
            if data.strip():
                try:
                    body = json.loads(data)
                except ValueError:
                    raise errors.ApiError(400, {"error": "The provided JSON is invalid"}) from None
                if isinstance(body, dict):
                    params.update(body)
        elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            _stream, form, files = parse_form_data(request.environ)
            params.update(rack_parse(form.items(multi=True)))
            for name, upload in files.items():
                params[name] = {"filename": upload.filename, "content": upload.read(),
                                "content_type": upload.mimetype}
        return params

    # -- authentication -------------------------------------------------------------------------
    @property
    def is_admin(self):
        return bool(self.user and self.user.is_admin)

    def authenticate(self):
        """`authenticate!`: 401 without a user."""
        if self.user is None:
            raise errors.unauthorized()
        return self.user

    def authenticate_non_get(self):
        """The users resources' `before { authenticate_non_get! }`: 401 for anonymous writes. Grape
        runs it before parameter validation, so handlers call it first."""
        if self.method not in ("GET", "HEAD"):
            self.authenticate()

    def authenticated_as_admin(self):
        """`authenticated_as_admin!`: 401 without a user, then 403 for non-admins."""
        self.authenticate()
        if not self.user.is_admin:
            raise errors.forbidden()
        return self.user

    @functools.cached_property
    def ip_address(self):
        """The API helpers' `ip_address` (`request.ip`, Rails' RemoteIp): the peer address, unless it is a trusted
        proxy; then the rightmost untrusted X-Forwarded-For entry (the leftmost one when all are trusted)."""
        remote = self.request.remote_addr or ""
        forwarded = [part.strip() for part in self.headers.get("X-Forwarded-For", "").split(",")]
        forwarded = [address for address in forwarded if _ip(address) is not None]
        for address in [remote] + forwarded[::-1]:
            parsed = _ip(address)
            if parsed is not None and not any(parsed in net for net in TRUSTED_PROXIES):
                return address
        return forwarded[0] if forwarded else remote

    @functools.cached_property
    def external_url(self):
        # One call renders up to 100 users, each with several URLs: work it out once.
        return self.sim.external_url(self.request)


class Simulator:
    def __init__(self, root_token, latency_ms=0, settings=None):
        # Import the endpoint families so their routes are registered.
        from gitlab_sim import api  # noqa: F401  pylint: disable=unused-import
        from gitlab_sim.api import load_all

        load_all()
        self.root_token = root_token
        self.latency = latency_ms / 1000.0
        self.initial_settings = dict(settings or {})
        self.state = State(root_token, self.initial_settings)
        self.log_lock = threading.Lock()
        self.request_log = []
        # Numbers the logged requests across clears and resets, so that a reader can ask for the requests
        # after one it saw (GET /-/sim/requests?after=N) instead of clearing the log.
        self.log_seq = 0
        self.faults = []  # [{"method", "path" (regex), "action", "times", ...}]
        self.listen_url = None

    def reset(self):
        """Fresh state (only root and its token), empty request log, no fault rules, the real time."""
        self.state.cancel_pending_deletes()
        CLOCK.release()
        with self.state.lock:
            self.state = State(self.root_token, self.initial_settings)
        with self.log_lock:
            self.request_log = []
            self.faults = []

    def external_url(self, request):
        configured = self.state.settings.get("host")
        if configured:
            return configured.rstrip("/")
        return self.listen_url or request.host_url.rstrip("/")

    # -- WSGI -----------------------------------------------------------------------------------
    def __call__(self, environ, start_response):
        request = Request(environ)
        try:
            path = routing.normalize_path(request.path)
            if request.path.startswith("/-/sim/"):
                from gitlab_sim.control import handle_control

                response = handle_control(self, request)
            elif path == API_PREFIX or path.startswith(API_PREFIX + "/"):
                response = self._handle_api(request, path)
            elif routing.resolve(request.method, path, web=True) != (None, set()):
                response = self._handle_api(request, path, web=True)
            else:
                response = _json_response(404, {"message": "404 Not Found"})
        except DropConnection:
            _drop(environ)
            response = Response(b"", status=500)
        return response(environ, start_response)

    def _handle_api(self, request, path, web=False):
        """One logged request: `path` is the normalized path (see routing.normalize_path)."""
        entry = {"method": request.method, "path": path, "sent_path": request.path,
                 "query": _flat_query(request.query_string.decode("latin-1")), "status": None,
                 "sudo": request.headers.get("Sudo") or request.args.get("sudo"), "user": None, "body": None,
                 "fault": None, "started_at": _now().isoformat()}
        fault = self._take_fault(request.method, path)
        try:
            if self.latency:
                time.sleep(self.latency)
            if fault and fault["action"] == "delay":
                entry["fault"] = "delay"
                time.sleep(float(fault.get("ms", 1000)) / 1000.0)
            if fault and fault["action"] == "drop":
                entry["fault"] = "drop"
                raise DropConnection()
            if fault and fault["action"] == "status":
                entry["fault"] = "status"
                response = _fault_response(fault)
            else:
                response = self._dispatch(request, path, entry, web)
            entry["status"] = response.status_code
            if fault and fault["action"] == "drop_after_commit":
                entry["fault"] = "drop_after_commit"
                raise DropConnection()
            return response
        finally:
            with self.log_lock:
                self.log_seq += 1
                entry["seq"] = self.log_seq
                self.request_log.append(entry)

    def _dispatch(self, request, path, entry, web=False):
        route_path = path if web else (path[len(API_PREFIX):] or "/")
        handler, args = routing.resolve(request.method, route_path, web)
        self.state.external_url = self.external_url(request)
        call = None
        try:
            if handler is None:
                return self._unrouted(request.method, route_path, args)
            call = Call(self, request, route_path)
            call.full_path = path
            call.handler = handler
            entry["body"] = _loggable(call.params, request.args)
            if not web:  # the web routes here are public or authenticate on their own (OAuth)
                self._authenticate(call)
            entry["user"] = call.user.username if call.user else None
            with self.state.lock:
                result = handler(call, **args)
                if not web and _ran_after_callbacks(result):
                    # lib/api/api.rb's `after { ::Users::ActivityService.new(author: @current_user, ...).execute }`
                    activity.record(call.state, call.user)
        except ApiError as exc:
            return rack_attack.add_headers(call, _error_response(exc))
        except DropConnection:
            raise
        except Exception:  # pylint: disable=broad-except
            import traceback

            traceback.print_exc()
            return rack_attack.add_headers(call, _json_response(500, {"message": "500 Internal Server Error"}))
        return rack_attack.add_headers(call, _render(request.method, result))

    def _unrouted(self, method, path, allowed):
        """Grape answers OPTIONS on a known path with 204 + Allow, another method with 405 + Allow;
        unknown paths hit API::API's catch-all `route :any, '*path'` (404)."""
        if not allowed:
            return _error_response(errors.route_not_found())
        allow = _allow_header(path)
        if method == "OPTIONS":
            return Response(b"", status=204, headers={"Allow": allow})
        exc = errors.method_not_allowed(allowed)
        exc.headers["Allow"] = allow
        return _error_response(exc)

    def _authenticate(self, call):
        """lib/api/api_guard.rb `find_current_user!` + helpers.rb `current_user`/`sudo!`.
        Order: token lookup (401) -> expired/revoked (401) -> account state (403) -> sudo checks ->
        endpoint scopes (403 insufficient_scope, skipped when sudo is used)."""
        value = _token_value(call)
        sudo = call.request.headers.get("Sudo") or call.params.get("sudo")
        for key in ("private_token", "access_token", "sudo"):
            call.params.pop(key, None)
        if value:
            with self.state.lock:
                call.token = self._valid_token(value)
                user = self.state.user_by_id(call.token.user_id)
                if user is None:
                    raise errors.unauthorized()
                denied = access_denied_reason(user, call.external_url)
                if denied:
                    raise errors.forbidden(denied)
                call.token.last_used_at = _now()
                address = call.request.remote_addr
                if address:
                    call.token.last_used_ips = ([address] + [a for a in call.token.last_used_ips if a != address])[:5]
            call.initial_user = call.user = user
            # Rack::Attack runs before the endpoint, and knows the token's user, not the one sudo names.
            rack_attack.check(call)
        if sudo not in (None, ""):
            call.sudo = str(sudo)
            self._sudo(call)
        elif call.token is not None:
            _check_scopes(call)

    def _valid_token(self, value):
        """AccessTokenValidationService#validate: expiry is checked before revocation."""
        token = self.state.tokens_by_value.get(value)
        if token is None:
            raise errors.unauthorized()
        if token.expired:
            raise errors.invalid_token("Token is expired. You can either do re-authorization or token refresh.")
        if token.revoked:
            raise errors.invalid_token("Token was revoked. You have to re-authorize from the user.")
        return token

    def _sudo(self, call):
        if call.user is None:
            raise errors.unauthorized()
        if not call.user.is_admin:
            raise errors.forbidden("Must be admin to use sudo")
        if "sudo" not in call.token.scopes:
            raise errors.insufficient_scope(["sudo"])
        with self.state.lock:
            target = self.state.user_by_id_or_username(call.sudo)
        if target is None:
            raise errors.not_found("User with ID or username '%s'" % call.sudo)
        call.user = target

    # -- faults ---------------------------------------------------------------------------------
    def _take_fault(self, method, path):
        with self.log_lock:
            for rule in self.faults:
                if rule.get("times", 1) == 0:
                    continue
                if rule.get("method") and rule["method"].upper() not in ("*", method):
                    continue
                if rule.get("path") and not re.search(rule["path"], path):
                    continue
                if rule.get("times", 1) > 0:
                    rule["times"] = rule.get("times", 1) - 1
                return rule
        return None


def _now():
    return now()


def _ran_after_callbacks(result):
    """Whether Grape ran the endpoint's `after` callbacks: it returned normally. Errors raise (ApiError) and never
    get here; the helpers that answer a 2xx/3xx through `error!` (`not_modified!`, `no_content!`) are thrown too."""
    if isinstance(result, routing.Reply):
        return not result.thrown and (result.status or 200) < 400
    return True


def _ip(address):
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None


def _token_value(call):
    """AuthFinders: `private_token` param, then the PRIVATE-TOKEN header, then a Bearer token
    (Authorization header or `access_token` param; a PAT sent that way works too)."""
    request = call.request
    value = call.params.get("private_token") or request.headers.get("PRIVATE-TOKEN")
    authorization = request.headers.get("Authorization", "")
    if not value and authorization.lower().startswith("bearer "):
        value = authorization[7:].strip()
    return value or call.params.get("access_token")


def _check_scopes(call):
    """`validate_access_token!(scopes: scopes_registered_for_endpoint)`: api for everything, read_api
    for GET/HEAD, and read_user for the GETs of the classes that allow it (`allow_access_with_scope
    :read_user` in lib/api/users.rb; a route registered with `read_scopes` names its own)."""
    if call.method in ("GET", "HEAD"):
        allowed = getattr(call.handler, "read_scopes", READ_SCOPES)
    else:
        allowed = getattr(call.handler, "write_scopes", WRITE_SCOPES)
    if not set(call.token.scopes) & set(allowed):
        raise errors.insufficient_scope(list(allowed))


def access_denied_reason(user, external_url):
    """`api_access_allowed?` failing -> Gitlab::Auth::UserAccessDeniedReason#rejection_message."""
    if user.internal:
        return "This action cannot be performed by internal users"
    if user.state == "blocked_pending_approval":
        return "Your account is pending approval from your administrator and hence blocked."
    if user.state == "deactivated":
        return ("Your account has been deactivated by your administrator. Please log back in from a web "
                "browser to reactivate your account at %s" % external_url)
    if user.blocked:
        return "Your account has been blocked."
    if user.password_expired:
        return "Your password expired. Please access GitLab from a web browser to update your password."
    return None


def _allow_header(path):
    """Grape's Allow header: OPTIONS, the path's methods in definition order, HEAD when GET exists."""
    methods = []
    for method, regex, _handler, _converters in routing.ROUTES:
        if regex.match(path) and method not in methods:
            methods.append(method)
    if "GET" in methods:
        methods.append("HEAD")
    return ", ".join(["OPTIONS"] + methods)


def _loggable(params, query_args):
    """The request's body params for the request log (query params are logged separately)."""
    body = {key: value for key, value in params.items() if key not in query_args}
    for key, value in body.items():
        if isinstance(value, dict) and "content" in value and isinstance(value["content"], bytes):
            body[key] = {"filename": value.get("filename"), "size": len(value["content"])}
        elif _FILTERED_PARAM.search(key):
            # Like GitLab's `filter_parameters`: secrets never reach a log.
            body[key] = "[FILTERED]"
    return body or None


_FILTERED_PARAM = re.compile(r"password|token|secret", re.IGNORECASE)


def _flat_query(query_string):
    query = {}
    for key, value in urllib.parse.parse_qsl(query_string, keep_blank_values=True):
        if key in query:
            query[key] = (query[key] if isinstance(query[key], list) else [query[key]]) + [value]
        else:
            query[key] = value
    return query


def _json_response(status, body, headers=None):
    # Compact, as Rails renders JSON.
    return Response(json.dumps(body, separators=(",", ":")), status=status, headers=headers or {},
                    content_type="application/json")


def _error_response(exc):
    if exc.content_type == "application/json":
        return _json_response(exc.status, exc.body, exc.headers)
    return Response(exc.body, status=exc.status, headers=exc.headers, content_type=exc.content_type)


def _render(method, result):
    default_status = {"POST": 201, "DELETE": 204}.get(method, 200)
    if isinstance(result, routing.Reply):
        status = result.status or default_status
        if result.raw is not None:
            return Response(result.raw, status=status, headers=result.headers, content_type=result.content_type)
        if status == 204:
            return Response(b"", status=204, headers=result.headers)
        if isinstance(result.body, (bytes, str)) and result.content_type != "application/json":
            return Response(result.body, status=status, headers=result.headers, content_type=result.content_type)
        return _json_response(status, result.body, result.headers)
    if default_status == 204 and result is None:
        return Response(b"", status=204)
    return _json_response(default_status, result)


def _fault_response(rule):
    status = int(rule.get("status", 500))
    headers = {str(k): str(v) for k, v in (rule.get("headers") or {}).items()}
    if "body" in rule:
        body = rule["body"]
        if isinstance(body, str):
            return Response(body, status=status, headers=headers, content_type=rule.get("content_type", "text/plain"))
        return _json_response(status, body, headers)
    if status == 429:
        headers.setdefault("Retry-After", "1")
        return Response("Retry later\n", status=429, headers=headers, content_type="text/plain")
    texts = {500: "500 Internal Server Error", 502: "502 Bad Gateway", 503: "503 Service Unavailable",
             504: "504 Gateway Timeout"}
    return _json_response(status, {"message": texts.get(status, "%d" % status)}, headers)


def _drop(environ):
    """Reset the TCP connection so the client sees no response at all."""
    sock = environ.get("werkzeug.socket")
    if sock is None:
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
