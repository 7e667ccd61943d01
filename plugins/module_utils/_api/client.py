# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The one HTTP client for the GitLab REST v4 API, shared by the modules and plugins of gitlab_ops.users.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import json
import os
import threading
import time
import typing as t
from urllib.parse import urlsplit

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.connection import (
    DEFAULT_MAX_RETRIES, DEFAULT_RETRY_TIMEOUT, DEFAULT_TIMEOUT, GetOption, clean_token, connection_options_error,
    normalize_api_url)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import (
    GitLabError, GitLabNotFound, GitLabTransportError, GitLabUnexpectedAnswer)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.failures import http_error, transport_error
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.http_library import REQUESTS_IMPORT_ERROR, requests
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.pagination import (
    MAX_PER_PAGE, paginate as paginate_pages)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.pacing import (
    REFUSAL, Clock, Pacer, caller_of, family_of, limits_from_settings)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import (
    Params, api_path, check_path, encode_query)
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.rate_limit import RateLimitGate
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.retry import (
    GATEWAY_STATUSES, IDEMPOTENT_METHODS, RetryBudget, Sleep)

DEFAULT_USER_AGENT = "gitlab_ops.users-ansible-collection"
REDACTED = "********"
# Shorter "secrets" (test placeholders) are not masked: replacing every "t" would garble the message.
MIN_REDACTED_LENGTH = 6
EXPECTED_SHAPES = ("object", "list")

# Decoded JSON: a dict, list, str, number, bool or None. Any rather than a union of those: `expect` checks the
# shape callers rely on, and they should not have to narrow it again.
Json = t.Any
JsonObject = t.Dict[str, t.Any]
Headers = t.Mapping[str, str]
# A request's body: sent as JSON, or as the form fields of a multipart request with files.
Body = t.Mapping[str, t.Any]
# A multipart request's files: {field: (filename, content, content_type)}, the content as bytes, text or a
# binary file object.
Files = t.Mapping[str, t.Tuple[str, t.Union[bytes, str, t.BinaryIO], str]]
if t.TYPE_CHECKING:
    # The shape `expect` asks of an answer: any (None), a JSON object, or a JSON list of objects. Only for
    # annotations, which are never evaluated: typing.Literal is newer than Python 3.7, on which modules still run
    # with ansible-core 2.17.
    Expect = t.Optional[t.Literal["object", "list"]]
_T = t.TypeVar("_T")


class GitLabResponse:
    """A successful answer: `status`, decoded `json` (None for an empty body) and `headers`."""

    def __init__(self, status: int, json_body: Json, headers: Headers) -> None:
        self.status = status
        self.json = json_body
        self.headers = headers


class GitLabClient:
    """One `requests.Session` per client (keep-alive across a module's calls), GitLab-aware retries
    (retry.py), error texts that name the request and what to fix, and Link-header pagination (pagination.py)."""

    def __init__(self, api_url: str, api_token: str | None = None, oauth_token: str | None = None,
                 validate_certs: bool = True, ca_path: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                 max_retries: int = DEFAULT_MAX_RETRIES, sudo: str | int | None = None, user_agent: str | None = None,
                 retry_timeout: float = DEFAULT_RETRY_TIMEOUT, rate_limits: t.Mapping[str, int] | None = None,
                 sleep: Sleep = time.sleep, clock: Clock = time.time) -> None:
        if REQUESTS_IMPORT_ERROR is not None:
            raise ImportError("the Python library requests is required: %s" % REQUESTS_IMPORT_ERROR)
        options = dict(api_url=api_url, api_token=api_token, api_oauth_token=oauth_token,
                       validate_certs=validate_certs, ca_path=ca_path, timeout=timeout, max_retries=max_retries,
                       retry_timeout=retry_timeout, sudo=sudo, rate_limits=rate_limits)
        problem = connection_options_error(options.get)
        if problem:
            raise ValueError(problem)
        api_token, oauth_token = clean_token(api_token), clean_token(oauth_token)
        self.api_url = normalize_api_url(api_url)
        self._secrets = [value for value in (api_token, oauth_token) if value and len(value) >= MIN_REDACTED_LENGTH]
        self._token_option = "api_token" if api_token else "api_oauth_token"
        self.timeout = timeout
        # Threads sharing this client (the bulk module's workers, the user listing) pause together on a 429.
        self.gate = RateLimitGate()
        self.retry_budget = RetryBudget(int(max_retries), float(retry_timeout), self.gate, sleep)
        # The Users API's rate limits (pacing.py): the requests of a limited family wait for GitLab's next window
        # instead of earning 429s. `clock` is the wall clock, since GitLab's windows are aligned to the epoch.
        self.pacer = Pacer(rate_limits, clock, sleep)
        self._clock = clock
        # The instance's limits are read once, after the first 429 of a Users API limit (_learn_limits).
        self._settings_lock = threading.Lock()
        self._settings_read = False
        # GET /keys?fingerprint= answered 403 (it is for administrators): the key modules list keys instead.
        self.fingerprint_lookups_refused = False
        self.verify: bool | str = (ca_path or True) if validate_certs else False
        self.session = requests.Session()
        # requests would read the proxy variables (HTTPS_PROXY, NO_PROXY, ...) and REQUESTS_CA_BUNDLE or
        # CURL_CA_BUNDLE from the environment again for every request, scanning all of it twice. A client lives
        # within one task or plugin run, whose environment does not change, so they are read once, here, with
        # requests' own rules: the proxies for this host unless NO_PROXY excludes it; the CA bundle only when
        # no ca_path is given and certificates are verified. (A .netrc never applies: the token is the auth.)
        self.session.trust_env = False
        self.proxies: dict[str, str] = requests.utils.get_environ_proxies(self.api_url)
        if self.verify is True:
            self.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        self.session.verify = self.verify
        self.session.headers["User-Agent"] = user_agent or "%s python-requests/%s" % (
            DEFAULT_USER_AGENT, requests.__version__)
        self.session.headers["Accept"] = "application/json"
        self._sudo = None if sudo in (None, "") else str(sudo)
        if self._sudo is not None:
            self.session.headers["Sudo"] = self._sudo
        if api_token:
            self.session.auth = _header_auth("PRIVATE-TOKEN", api_token)
        elif oauth_token:
            self.session.auth = _header_auth("Authorization", "Bearer %s" % oauth_token)

    @property
    def waited(self) -> float:
        """Seconds this client has waited (or paused its threads) before retries so far."""
        return self.retry_budget.waited

    @property
    def max_retries(self) -> int:
        return self.retry_budget.max_retries

    @property
    def retry_timeout(self) -> float:
        return self.retry_budget.retry_timeout

    @classmethod
    def from_options(cls, get_option: GetOption) -> GitLabClient:
        """Build the client from the connection options (module params or plugin options).

        Raises ValueError with connection_options_error()'s message when the options are unusable."""
        return cls(
            api_url=get_option("api_url"),
            api_token=get_option("api_token"),
            oauth_token=get_option("api_oauth_token"),
            validate_certs=_option_or(get_option("validate_certs"), True),
            ca_path=get_option("ca_path"),
            timeout=_option_or(get_option("timeout"), DEFAULT_TIMEOUT),
            max_retries=_option_or(get_option("max_retries"), DEFAULT_MAX_RETRIES),
            retry_timeout=_option_or(get_option("retry_timeout"), DEFAULT_RETRY_TIMEOUT),
            sudo=get_option("sudo"),
            rate_limits=get_option("rate_limits"),
        )

    # -- verbs ------------------------------------------------------------------------------------
    def get(self, path: str, params: Params | None = None, headers: Headers | None = None,
            expect: Expect = None) -> Json:
        return self.request("GET", path, params=params, headers=headers, expect=expect).json

    def post(self, path: str, data: Body | None = None, params: Params | None = None,
             files: Files | None = None, headers: Headers | None = None, expect: Expect = None) -> Json:
        return self.request("POST", path, params=params, data=data, files=files, headers=headers, expect=expect).json

    def put(self, path: str, data: Body | None = None, params: Params | None = None,
            files: Files | None = None, headers: Headers | None = None, expect: Expect = None) -> Json:
        return self.request("PUT", path, params=params, data=data, files=files, headers=headers, expect=expect).json

    def patch(self, path: str, data: Body | None = None, params: Params | None = None,
              headers: Headers | None = None, expect: Expect = None) -> Json:
        return self.request("PATCH", path, params=params, data=data, headers=headers, expect=expect).json

    def delete(self, path: str, params: Params | None = None, headers: Headers | None = None,
               expect: Expect = None) -> Json:
        return self.request("DELETE", path, params=params, headers=headers, expect=expect).json

    def request(self, method: str, path: str, params: Params | None = None, data: Body | None = None,
                files: Files | None = None, headers: Headers | None = None, expect: Expect = None) -> GitLabResponse:
        """One API call with retries; `path` is relative to /api/v4 ("/users/1"). -> GitLabResponse.

        `headers` (e.g. {"Sudo": "alice"}) go over the session's. With `files` ({field: (filename,
        bytes, content_type)}) the request is multipart and `data` its form fields; otherwise `data` is
        sent as JSON. `expect` ("object" or "list" of objects) checks the shape of the answer."""
        method = method.upper()
        if expect not in (None,) + EXPECTED_SHAPES:
            raise ValueError("expect must be None, 'object' or 'list', got %r" % (expect,))
        check_path(path)
        url = self.api_url + path
        path = path.split("?", 1)[0]
        # Built once: every retry resends the same whole body (a file handle would be empty the second time).
        form, parts, json_body = (_form_fields(data), _file_parts(files), None) if files else (None, None, data)
        retries = self.retry_budget.for_request(method)
        family = family_of(method, path)
        sudo = requests.structures.CaseInsensitiveDict(headers or {}).get("Sudo") or self._sudo
        # GitLab counts a limited request for the user it acts as: the one Sudo names (pacing.py).
        caller = caller_of(sudo)
        while True:
            self.gate.wait_open()
            # The general throttle first: a wait for a family's window comes last, so that the request leaves in
            # the window it was counted in.
            sequence = self.pacer.send()
            window = self.pacer.admit(family, caller) if family is not None else None
            sent_at = self._clock()
            try:
                response = self.session.request(method, url, params=encode_query(params), headers=headers,
                                                data=form, files=parts, json=json_body, timeout=self.timeout,
                                                verify=self.verify, proxies=self.proxies, allow_redirects=False)
            except requests.exceptions.RequestException as exc:
                self.pacer.answered(sequence, {})
                if family is not None and window is not None:
                    self.pacer.settle(family, window, None, sent_at, self._clock(), None, caller)
                if retries.after_exception(exc):
                    continue
                raise transport_error(method, path, exc, self._redact, urlsplit(self.api_url).netloc,
                                      self.timeout) from None
            except Exception as exc:  # pylint: disable=broad-except
                self.pacer.answered(sequence, {})
                if family is not None and window is not None:
                    self.pacer.settle(family, window, None, sent_at, self._clock(), None, caller)
                # http.client and urllib3 refuse some header values with messages that quote them
                # (the token among them): never let one escape unredacted.
                raise GitLabTransportError(method, path, None, "request failed: %s: %s" % (
                    type(exc).__name__, self._redact(exc)), maybe_committed=method not in IDEMPOTENT_METHODS) from None
            status = response.status_code
            boundary = None
            if family is not None and window is not None:
                refused = _refused_by_rate_limiter(response)
                self.pacer.settle(family, window, refused, sent_at, self._clock(), response.headers.get("Date"),
                                  caller)
                # GitLab counts afresh at the window's boundary, sooner than its Retry-After (the whole interval).
                boundary = self.pacer.boundary_wait(family) if refused else None
                if refused and self.pacer.source(family.name) == REFUSAL and not self._settings_read:
                    self._learn_limits()  # (after the boundary is known: the wait then ends a round trip late)
            else:
                self.pacer.observe(response.headers.get("Date"), sent_at, self._clock())
            self.pacer.answered(sequence, response.headers)
            if retries.after_status(status, response.headers, boundary):
                continue
            if status >= 300:
                raise http_error(method, path, response, self._redact, sudo, self._token_option,
                                 retries.hint(status))
            decoded = self._decode(method, path, response)
            _check_shape(method, path, status, decoded, expect)
            return GitLabResponse(status, decoded, response.headers)

    # -- lists ------------------------------------------------------------------------------------
    def paginate(self, path: str, params: Params | None = None, per_page: int = MAX_PER_PAGE, keyset: bool = False,
                 headers: Headers | None = None) -> t.Iterator[JsonObject]:
        """Every item of the list at `path`, page after page, as a generator: see pagination.paginate()."""
        return paginate_pages(self, path, params=params, per_page=per_page, keyset=keyset, headers=headers)

    # -- users --------------------------------------------------------------------------------------
    def resolve_user(self, ident: int | str, with_custom_attributes: bool = False) -> JsonObject | None:
        """The user `ident` names, or None. An int is a user id (GET /users/:id); a str is always a
        username, even when it is all digits (GET /users?username=), matched exactly but
        case-insensitively, as GitLab does, in the answer rather than taking its first element."""
        params: dict[str, t.Any] = {"with_custom_attributes": True} if with_custom_attributes else {}
        if isinstance(ident, int) and not isinstance(ident, bool):
            try:
                user: JsonObject = self.get(api_path("/users/{}", ident), params=params or None, expect="object")
            except GitLabNotFound:
                return None
            return user
        if not isinstance(ident, str):
            raise TypeError("a user is named by its id (int) or username (str), got %s" % type(ident).__name__)
        if not ident:
            raise ValueError("an empty username names no user")
        params["username"] = ident
        wanted = ident.lower()
        users: list[JsonObject] = self.get("/users", params=params, expect="list")
        for user in users:
            if str(user.get("username", "")).lower() == wanted:
                return user
        return None

    # -- internals --------------------------------------------------------------------------------
    def _learn_limits(self) -> None:
        """After the first 429 of a Users API limit that the rate_limits option does not declare: read the
        instance's limits once (GET /application/settings, administrators only: `authenticated_as_admin!` in
        lib/api/settings.rb) for the pacer. Without them (another token, an older GitLab) the pacer keeps what the
        429 taught it."""
        with self._settings_lock:
            if self._settings_read:
                return
            self._settings_read = True
        # As the token's own user: a sudo user is rarely an administrator, and the settings are the instance's.
        # (requests leaves out a header whose value is None, the session's among them.)
        headers: t.Any = {"Sudo": None} if self._sudo is not None else None
        try:
            settings = self.get("/application/settings", headers=headers, expect="object")
        except GitLabError:
            return
        self.pacer.adopt(limits_from_settings(settings))

    def _redact(self, text: object) -> str:
        """`text` as a string without the client's tokens in it."""
        text = "" if text is None else str(text)
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def _decode(self, method: str, path: str, response: requests.Response) -> Json:
        text = response.text
        if not text.strip():
            return None
        try:
            return json.loads(text)
        except ValueError:
            raise GitLabUnexpectedAnswer(method, path, response.status_code, "expected JSON, got %s (HTTP %d)" % (
                response.headers.get("Content-Type") or "an untyped body", response.status_code)) from None


def _refused_by_rate_limiter(response: requests.Response) -> bool | None:
    """Whether GitLab's application rate limiter refused the request: True for its 429 (a JSON body
    {"message": {"error": ...}}, `check_rate_limit!` in lib/api/helpers/rate_limiter.rb), False when the request got
    past it, None for an answer from before it (Rack::Attack's 429 "Retry later", a gateway error)."""
    status = response.status_code
    if status in GATEWAY_STATUSES:
        return None
    if status != 429:
        return False
    try:
        message = response.json().get("message")
    except (ValueError, AttributeError):
        return None
    return True if isinstance(message, dict) and "error" in message else None


def _check_shape(method: str, path: str, status: int, decoded: Json, expect: Expect) -> None:
    """Raise GitLabUnexpectedAnswer unless `decoded` is what `expect` asks for."""
    if expect == "object" and not isinstance(decoded, dict):
        raise GitLabUnexpectedAnswer(method, path, status, "expected a JSON object, got %s (HTTP %d)"
                                     % (_describe_shape(decoded), status))
    if expect == "list":
        if not isinstance(decoded, list):
            raise GitLabUnexpectedAnswer(method, path, status, "expected a JSON list, got %s (HTTP %d)"
                                         % (_describe_shape(decoded), status))
        strays = [item for item in decoded if not isinstance(item, dict)]
        if strays:
            raise GitLabUnexpectedAnswer(method, path, status, "expected a list of JSON objects, got a list with "
                                         "%s (HTTP %d)" % (_describe_shape(strays[0]), status))


def _describe_shape(value: Json) -> str:
    if value is None:
        return "an empty body"
    names = {dict: "a JSON object", list: "a JSON list", str: "a JSON string", bool: "a JSON boolean"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    return "a JSON number" if isinstance(value, (int, float)) else "a JSON %s" % type(value).__name__


def _form_fields(data: Body | None) -> list[tuple[str, str]]:
    """Form fields of a multipart request: booleans as Grape's true/false, None left out, lists as key[]."""
    fields = []
    for key, value in (data or {}).items():
        for name, item in ([("%s[]" % key, item) for item in value] if isinstance(value, (list, tuple))
                           else [(key, value)]):
            if item is None:
                continue
            fields.append((name, ("true" if item else "false") if isinstance(item, bool) else str(item)))
    return fields


def _file_parts(files: Files) -> dict[str, tuple[str, bytes, str]]:
    """{field: (filename, content, content_type)} with the content as bytes, read once from a file object."""
    parts = {}
    for field, (filename, content, content_type) in files.items():
        if hasattr(content, "read"):
            content = content.read()
        if isinstance(content, str):
            content = content.encode("utf-8")
        parts[field] = (filename, bytes(content), content_type)
    return parts


def _header_auth(name: str, value: str) -> t.Callable[[requests.PreparedRequest], requests.PreparedRequest]:
    """A requests auth hook: setting `session.auth` also stops requests from applying ~/.netrc."""
    def add_header(prepared_request: requests.PreparedRequest) -> requests.PreparedRequest:
        prepared_request.headers[name] = value
        return prepared_request
    return add_header


def _option_or(value: _T | None, default: _T) -> _T:
    return default if value is None else value
