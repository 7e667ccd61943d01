"""pytest fixtures for tests that talk to GitLab over real HTTP.

With GITLAB_URL and GITLAB_TOKEN set, the fixtures point at that GitLab. Otherwise one simulator
per test session (per xdist worker) is started on a free loopback port.

Fixtures:
- `gitlab`: a `GitLabHandle` (url, token, is_sim, api(), ...). Before each test the simulator's
  request log and fault rules are cleared (`for_one_test`).
- `sim`: the same handle, for tests that need the simulator's control endpoints (request log,
  faults, seeding, settings, user pokes); they are skipped against a real GitLab.
- `unique`: a factory for names that cannot collide between tests or runs: unique("alice").
- `tls_sim`: a separate simulator serving HTTPS with a throwaway CA (attribute `ca_path`).
- `site`: a module's own simulator (`dedicated_simulator`), started with the module's `SITE_ARGS`.

Helper: `days_from_today(n)`, the ISO date n days from the UTC date, read when a test runs.
"""
from __future__ import annotations

import contextlib
import datetime
import os
import uuid

import pytest
import requests

from gitlab_sim.launcher import running_simulator


def days_from_today(days=0):
    """The ISO date `days` after (before, if negative) the current UTC date. GitLab judges token expiry by the UTC
    date when it handles a request (the simulator by its clock: gitlab_sim.records.today), so a test reads the date
    when it runs, never once at import: a run that crosses midnight UTC would otherwise send yesterday's dates."""
    return (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=days)).isoformat()


class GitLabHandle:
    def __init__(self, url, token, is_sim, ca_path=None):
        self.url = url.rstrip("/")
        self.token = token
        self.is_sim = is_sim
        self.ca_path = ca_path
        self.session = requests.Session()
        self.session.verify = ca_path if ca_path else True

    @property
    def api_url(self):
        return self.url + "/api/v4"

    # -- plain API access as root ---------------------------------------------------------------
    def api(self, method, path, token=None, **kwargs):
        """One request to /api/v4<path> with the root token (or `token`); returns the Response."""
        headers = kwargs.pop("headers", {})
        if token is not False:
            headers.setdefault("PRIVATE-TOKEN", token or self.token)
        return self.session.request(method, self.api_url + path, headers=headers, timeout=30, **kwargs)

    def create_user(self, username, **fields):
        body = {"username": username, "name": fields.pop("name", username.title()),
                "email": fields.pop("email", "%s@example.com" % username.lower()),
                "password": fields.pop("password", "S3cure-pass-%s" % uuid.uuid4().hex[:6]),
                "skip_confirmation": True}
        body.update(fields)
        response = self.api("POST", "/users", json=body)
        assert response.status_code == 201, response.text
        return response.json()

    # -- simulator control ----------------------------------------------------------------------
    def _control(self, method, path, **kwargs):
        response = self.session.request(method, self.url + "/-/sim" + path, timeout=60,
                                        headers={"PRIVATE-TOKEN": self.token}, **kwargs)
        assert response.status_code < 300, response.text
        return response.json() if response.content else None

    def requests_log(self):
        """The API requests since the last clear: [{"method", "path", "query", "status", "sudo"}]."""
        return self._control("GET", "/requests")

    def clear_log(self):
        self._control("DELETE", "/requests")

    def writes(self):
        return [entry for entry in self.requests_log() if entry["method"] not in ("GET", "HEAD")]

    def add_faults(self, *rules):
        return self._control("POST", "/faults", json=list(rules))

    def clear_faults(self):
        self._control("DELETE", "/faults")

    def seed(self, users):
        return self._control("POST", "/seed", json={"users": users})

    def settings(self, **changes):
        return self._control("POST", "/settings", json=changes)

    def clock(self, **changes):
        """The simulator's time; with `at` (ISO 8601 or epoch seconds), `advance` (seconds) or `frozen` it sets
        it first (`at` alone freezes it). Returns {"now", "epoch", "frozen", "offset_seconds"}."""
        if changes:
            return self._control("POST", "/clock", json=changes)
        return self._control("GET", "/clock")

    def release_clock(self):
        """Back to the real time."""
        return self._control("DELETE", "/clock")

    def mint_token(self, ident, scopes=("api",), **fields):
        """A personal access token for any user, minted through the control endpoint: the whole record
        (`id`, `token`, ...). `fields`: name, expires_at, revoked, impersonation."""
        return self._control("POST", "/users/%s/tokens" % ident, json=dict(fields, scopes=list(scopes)))

    def token_for(self, ident, scopes=("api",), **fields):
        """The secret of a token minted with `mint_token`."""
        return self.mint_token(ident, scopes, **fields)["token"]

    def poke_token(self, token_id, **fields):
        """Set a token's `created_at` or `last_used_at` (ISO 8601)."""
        return self._control("POST", "/tokens/%d" % token_id, json=fields)

    def add_membership(self, ident, **spec):
        """A group ("Namespace") or project ("Project") membership row for GET /users/:id/memberships."""
        return self._control("POST", "/users/%s/memberships" % ident, json=spec)

    def poke_user(self, ident, **fields):
        """Set internal user fields the API cannot (state=ldap_blocked, last_activity_on, ...)."""
        return self._control("POST", "/users/%s" % ident, json=fields)

    def reset(self):
        self._control("POST", "/reset")


@contextlib.contextmanager
def dedicated_simulator(*extra_args):
    """A simulator of its own (for tests that change instance settings, reset it or need seeded users)."""
    with running_simulator(extra_args=extra_args) as proc:
        yield GitLabHandle(proc.url, proc.root_token, is_sim=True)


@pytest.fixture(scope="session")
def _gitlab_session():
    url, token = os.environ.get("GITLAB_URL"), os.environ.get("GITLAB_TOKEN")
    if url and token and not os.environ.get("GITLAB_SIM"):
        yield GitLabHandle(url, token, is_sim=False)
        return
    with running_simulator() as sim:
        yield GitLabHandle(sim.url, sim.root_token, is_sim=True)


def for_one_test(handle):
    """The body of the `gitlab` fixture, for a fixture that puts `gitlab` on a simulator of its own
    (`yield from for_one_test(handle)`): the simulator's request log and fault rules are cleared before the
    test, the fault rules after it."""
    if handle.is_sim:
        handle.clear_faults()
        handle.clear_log()
    yield handle
    if handle.is_sim:
        handle.clear_faults()


@pytest.fixture
def gitlab(_gitlab_session):
    yield from for_one_test(_gitlab_session)


@pytest.fixture
def sim(gitlab):
    if not gitlab.is_sim:
        pytest.skip("needs the simulator's control endpoints")
    return gitlab


@pytest.fixture
def unique():
    def make(prefix="user"):
        return "%s_%s" % (prefix, uuid.uuid4().hex[:10])

    return make


@pytest.fixture(scope="session")
def tls_sim(tmp_path_factory):
    trustme = pytest.importorskip("trustme")
    directory = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    ca_path, cert_path, key_path = (str(directory / name) for name in ("ca.pem", "cert.pem", "key.pem"))
    ca.cert_pem.write_to_path(ca_path)
    cert.cert_chain_pems[0].write_to_path(cert_path)
    cert.private_key_pem.write_to_path(key_path)
    with running_simulator(tls_cert=cert_path, tls_key=key_path) as sim:
        yield GitLabHandle(sim.url, sim.root_token, is_sim=True, ca_path=ca_path)


@pytest.fixture(scope="module")
def site(request):
    with dedicated_simulator(*getattr(request.module, "SITE_ARGS", ())) as handle:
        yield handle
