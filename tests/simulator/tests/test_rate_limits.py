"""The application rate limits of the Users API (gitlab_sim.api.rate_limits): which endpoints each limit covers,
who it counts (the caller, else the client IP; never the target user), the fixed window that restarts on a
multiple of the interval, the 429 answer, who is spared, the versions that have them, and the settings that
turn them on. The clock is stopped for every test (POST /-/sim/clock), so window boundaries are exact."""
from __future__ import annotations

import pathlib

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from gitlab_sim.pytest_plugin import dedicated_simulator

WINDOW = 1800000000  # epoch seconds on a multiple of 60 and of 600: a window of every limit starts here
MESSAGE = {"message": {"error": "This endpoint has been requested too many times. Try again later."}}
GPG_KEY = (pathlib.Path(__file__).parent / "data" / "gitlab_docs_gpg_key.asc").read_text()
# setting, path, administrators spared, what an anonymous caller gets: counted by "ip" or refused with 403
USERS_API = [
    ("users_api_limit_followers", "/users/{id}/followers", True, 403),
    ("users_api_limit_following", "/users/{id}/following", True, 403),
    ("users_api_limit_status", "/users/{username}/status", False, "ip"),
    ("users_api_limit_ssh_keys", "/users/{username}/keys", False, "ip"),
    ("users_api_limit_ssh_key", "/users/{id}/keys/{key}", False, "ip"),
    ("users_api_limit_gpg_keys", "/users/{id}/gpg_keys", False, "ip"),
    ("users_api_limit_gpg_key", "/users/{id}/gpg_keys/{gpg}", False, "ip"),
]
USERS_API_SETTINGS = [row[0] for row in USERS_API]


class Instance:
    """A reset simulator with a target user (one SSH and one GPG key) and two callers, its clock stopped at
    WINDOW + `second`."""

    def __init__(self, site, second=0):
        site.reset()
        site.clock(at=WINDOW + second)
        self.site = site
        self.target = site.create_user("target")
        line = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH)
        self.key = site.api("POST", "/users/%d/keys" % self.target["id"],
                            json={"title": "k", "key": line.decode()}).json()
        self.gpg = site.api("POST", "/users/%d/gpg_keys" % self.target["id"], json={"key": GPG_KEY}).json()
        self.tokens = {"root": site.token}
        for name in ("alice", "bob"):
            site.create_user(name)
            self.tokens[name] = site.token_for(name)

    def path(self, template, user=None):
        user = user or self.target
        return template.format(id=user["id"], username=user["username"], key=self.key["id"], gpg=self.gpg["id"])

    def get(self, path, as_user="alice", ip=None):
        """GET as a caller (None: anonymous), from `ip` through the loopback proxy when given."""
        headers = {"X-Forwarded-For": ip} if ip else {}
        token = self.tokens[as_user] if as_user else False
        return self.site.api("GET", path, token=token, headers=headers)

    def statuses(self, path, count, **kwargs):
        return [self.get(path, **kwargs).status_code for _attempt in range(count)]


@pytest.fixture
def instance(site):
    return Instance(site)


def enable(site, **limits):
    """The limits, and the feature flag that 17.x needs."""
    site.settings(rate_limiting_user_endpoints=True, **limits)


@pytest.mark.parametrize("setting, template, admins_spared, anonymous", USERS_API, ids=USERS_API_SETTINGS)
def test_each_users_api_limit_counts_the_caller_and_refuses_like_gitlab(instance, setting, template, admins_spared,
                                                                        anonymous):
    enable(instance.site, **{setting: 2})
    path = instance.path(template)
    assert instance.statuses(path, 2) == [200, 200]
    refused = instance.get(path)
    assert (refused.status_code, refused.json()) == (429, MESSAGE)
    # 17.8 (the default version) sends no Retry-After, and this limiter never sends RateLimit-* headers.
    assert not [name for name in refused.headers if name.lower().startswith(("retry-after", "ratelimit"))]
    assert instance.get(path, as_user="bob").status_code == 200  # another caller has a budget of its own
    assert instance.statuses(path, 3, as_user="root") == ([200] * 3 if admins_spared else [200, 200, 429])
    if anonymous == 403:
        assert instance.statuses(path, 3, as_user=None) == [403] * 3
    else:
        assert instance.statuses(path, 3, as_user=None, ip="203.0.113.7") == [200, 200, 429]
        assert instance.get(path, as_user=None, ip="203.0.113.8").status_code == 200  # another address
        assert instance.get(path, as_user="bob", ip="203.0.113.7").status_code == 200  # a user is not its address


@pytest.mark.parametrize("setting, template", [row[:2] for row in USERS_API], ids=USERS_API_SETTINGS)
def test_the_target_user_is_not_part_of_the_count(instance, setting, template):
    enable(instance.site, **{setting: 2})
    other = instance.site.create_user("other")
    assert instance.get(instance.path(template)).status_code == 200
    assert instance.get(instance.path(template, other)).status_code in (200, 404)  # other has no keys
    assert instance.get(instance.path(template, other)).status_code == 429
    assert instance.get(instance.path(template)).status_code == 429


def test_a_missing_user_costs_a_request_too(instance):
    """The limits are checked before the user lookup (and after Grape's parameter validation)."""
    enable(instance.site, users_api_limit_status=1, users_api_limit_ssh_key=1)
    assert instance.get("/users/nobody/status").status_code == 404
    assert instance.get(instance.path("/users/{username}/status")).status_code == 429
    assert instance.get("/users/1/keys/abc").status_code == 400  # refused before it is counted
    assert instance.get("/users/99999/keys/1").status_code == 404
    assert instance.get(instance.path("/users/{id}/keys/{key}")).status_code == 429


def test_each_limit_has_its_own_count(instance):
    enable(instance.site, users_api_limit_status=1, users_api_limit_ssh_keys=1)
    assert instance.statuses(instance.path("/users/{username}/status"), 2) == [200, 429]
    assert instance.statuses(instance.path("/users/{username}/keys"), 2) == [200, 429]
    assert instance.get(instance.path("/users/{id}/gpg_keys")).status_code == 200  # 0: no limit


def test_the_window_is_fixed_and_restarts_on_the_minute(site):
    """`period_key = Time.now.to_i.divmod(interval)` in the cache key: a count lives from one multiple of 60 s to
    the next. Refused at second 30, the caller is free again at second 60, not at 90."""
    instance = Instance(site, second=30)
    enable(site, users_api_limit_status=2)
    path = instance.path("/users/{username}/status")
    assert instance.statuses(path, 3) == [200, 200, 429]
    site.clock(advance=29)  # second 59: the same window
    assert instance.get(path).status_code == 429
    site.clock(advance=1)  # second 60: a new window, a new count
    assert instance.statuses(path, 3) == [200, 200, 429]


def test_a_count_begun_at_the_end_of_a_window_lasts_one_second(site):
    instance = Instance(site, second=59)
    enable(site, users_api_limit_ssh_keys=1)
    path = instance.path("/users/{username}/keys")
    assert instance.statuses(path, 2) == [200, 429]
    site.clock(advance=1)
    assert instance.statuses(path, 2) == [200, 429]


def test_users_get_by_id_windows_are_ten_minutes_on_the_clock(site):
    instance = Instance(site, second=300)
    site.settings(users_get_by_id_limit=1)
    path = instance.path("/users/{id}")
    assert instance.statuses(path, 2) == [200, 429]
    site.clock(advance=299)  # second 599
    assert instance.get(path).status_code == 429
    site.clock(advance=1)  # second 600
    assert instance.statuses(path, 2) == [200, 429]


def test_users_get_by_id_counts_users_spares_readers_of_everything_and_the_allowlist(instance):
    site = instance.site
    site.settings(users_get_by_id_limit=1)
    path = instance.path("/users/{id}")
    assert instance.get("/users/99999").status_code == 404  # counted before the lookup
    assert instance.get(path).status_code == 429
    assert instance.get(path, as_user="bob").status_code == 200
    assert instance.statuses(path, 3, as_user="root") == [200] * 3
    assert instance.get(path, as_user=None).status_code == 403  # anonymous callers are refused, never counted
    site.settings(users_get_by_id_limit_allowlist=["ALICE"])  # scoped_user_in_allowlist? downcases both sides
    assert instance.statuses(path, 3) == [200] * 3
    site.settings(users_get_by_id_limit_allowlist=[], users_get_by_id_limit=0)  # 0 disables it
    assert instance.statuses(path, 3) == [200] * 3


def test_auditors_are_spared_on_ee_only(instance):
    site = instance.site
    site.poke_user("alice", is_auditor=True)
    enable(site, users_get_by_id_limit=1, users_api_limit_followers=1, users_api_limit_status=1)
    get_path, followers = instance.path("/users/{id}"), instance.path("/users/{id}/followers")
    assert instance.statuses(get_path, 2) == [200, 429]  # CE has no auditors
    assert instance.statuses(followers, 2) == [200, 429]
    site.settings(edition="ee")  # `can_read_all_resources?` holds for auditors on EE
    site.clock(advance=600)
    assert instance.statuses(get_path, 2) == [200, 200]
    assert instance.statuses(followers, 2) == [200, 200]
    assert instance.statuses(instance.path("/users/{username}/status"), 2) == [200, 429]  # spares nobody


def test_retry_after_is_the_interval_from_18_5(instance):
    site = instance.site
    enable(site, users_api_limit_gpg_keys=1, users_get_by_id_limit=1)
    gpg_keys, get_path = instance.path("/users/{id}/gpg_keys"), instance.path("/users/{id}")
    site.settings(version="18.4.2")
    assert instance.get(gpg_keys).status_code == 200
    assert instance.get(get_path).status_code == 200
    assert "Retry-After" not in instance.get(gpg_keys).headers
    site.settings(version="18.5.0")
    refused = instance.get(gpg_keys)
    assert (refused.status_code, refused.headers["Retry-After"], refused.json()) == (429, "60", MESSAGE)
    assert instance.get(get_path).headers["Retry-After"] == "600"
    assert not [name for name in refused.headers if name.lower().startswith("ratelimit")]


@pytest.mark.parametrize("version, flag, limited", [
    ("17.0.5", True, False),  # the Users API limits came in 17.1
    ("17.1.0", False, False),  # behind `rate_limiting_user_endpoints`, off by default
    ("17.1.0", True, True),
    ("18.0.1", False, False),
    ("18.1.0", False, True),  # 18.1 removed the flag
])
def test_versions_and_the_feature_flag(instance, version, flag, limited):
    instance.site.settings(version=version, rate_limiting_user_endpoints=flag, users_api_limit_status=1)
    expected = [200, 429] if limited else [200, 200]
    assert instance.statuses(instance.path("/users/{username}/status"), 2) == expected


@pytest.mark.parametrize("version, limited", [("14.7.0", False), ("14.8.0", True)])
def test_users_get_by_id_came_in_14_8(instance, version, limited):
    instance.site.settings(version=version, users_get_by_id_limit=1)
    assert instance.statuses(instance.path("/users/{id}"), 2) == ([200, 429] if limited else [200, 200])


def test_the_bypass_header_skips_the_limits_uncounted(instance):
    site = instance.site
    enable(site, users_api_limit_status=1, throttle_bypass_header="Gitlab-Bypass-Rate-Limiting")
    path = instance.path("/users/{username}/status")
    headers = {"Gitlab-Bypass-Rate-Limiting": "1", "PRIVATE-TOKEN": instance.tokens["alice"]}
    assert [site.api("GET", path, token=False, headers=headers).status_code for _attempt in range(3)] == [200] * 3
    assert instance.statuses(path, 2) == [200, 429]  # the bypassed requests were not counted
    headers["Gitlab-Bypass-Rate-Limiting"] = "0"
    assert site.api("GET", path, token=False, headers=headers).status_code == 429


def test_self_managed_defaults_leave_the_users_api_unlimited(instance):
    site = instance.site
    settings = site.settings()
    assert {name: settings[name] for name in USERS_API_SETTINGS} == dict.fromkeys(USERS_API_SETTINGS, 0)
    assert (settings["rate_limiting_user_endpoints"], settings["users_get_by_id_limit"]) == (False, 300)
    site.settings(version="18.6.0")  # no flag any more: the zero settings alone keep them off
    for setting, template, _spared, _anonymous in USERS_API:
        assert set(instance.statuses(instance.path(template), 130)) == {200}, setting


def test_settings_through_the_application_settings_api(instance):
    site = instance.site
    site.settings(version="18.1.0")
    answer = site.api("PUT", "/application/settings", json={"users_api_limit_status": 1, "users_get_by_id_limit": 7,
                                                            "users_get_by_id_limit_allowlist": "carol, dave"})
    assert answer.status_code == 200, answer.text
    shown = site.api("GET", "/application/settings").json()
    assert (shown["users_api_limit_status"], shown["users_get_by_id_limit"]) == (1, 7)
    assert shown["users_get_by_id_limit_allowlist"] == ["carol", "dave"]
    assert {name: shown[name] for name in USERS_API_SETTINGS if name != "users_api_limit_status"} == dict.fromkeys(
        set(USERS_API_SETTINGS) - {"users_api_limit_status"}, 0)
    site.settings(rate_limiting_user_endpoints=True)
    assert instance.statuses(instance.path("/users/{username}/status"), 2) == [200, 429]
    user = site.api("PUT", "/application/settings", token=instance.tokens["alice"], json={"users_api_limit_status": 9})
    assert user.status_code == 403
    assert site.api("GET", "/application/settings").json()["users_api_limit_status"] == 1


def test_settings_refused_by_the_model_or_grape_store_nothing(instance):
    site = instance.site
    site.settings(version="18.1.0")

    def put(**body):
        return site.api("PUT", "/application/settings", json=body)

    refused = put(users_api_limit_followers=-1, users_api_limit_following=3)
    assert (refused.status_code, refused.json()) == (400, {"message": {"rate_limits": ["must be a valid json schema"]}})
    negative = put(users_get_by_id_limit=-5)
    assert negative.json() == {"message": {"users_get_by_id_limit": ["must be greater than or equal to 0"]}}
    assert (put(users_get_by_id_limit="many").status_code, put(users_get_by_id_limit="many").json()) == (
        400, {"error": "users_get_by_id_limit is invalid"})
    too_long = put(users_get_by_id_limit_allowlist=["u%d" % n for n in range(101)])
    assert too_long.json() == {"message": {"users_get_by_id_limit_allowlist": ["is too long (maximum is 100 entries)"]}}
    nothing = put()
    assert nothing.status_code == 400 and nothing.json()["error"].endswith(
        "are missing, at least one parameter must be provided")
    shown = site.api("GET", "/application/settings").json()
    assert (shown["users_api_limit_following"], shown["users_get_by_id_limit"]) == (0, 300)


def test_before_17_10_the_users_api_settings_do_not_exist(instance):
    site = instance.site
    site.settings(version="17.9.3")
    assert not set(USERS_API_SETTINGS) & set(site.api("GET", "/application/settings").json())
    answer = site.api("PUT", "/application/settings", json={"users_api_limit_status": 1, "users_get_by_id_limit": 2})
    assert answer.status_code == 200 and "users_api_limit_status" not in answer.json()
    assert site.settings()["users_api_limit_status"] == 0  # ignored: not a parameter of that GitLab


def test_the_gitlab_com_profile():
    with dedicated_simulator("--profile", "gitlab.com") as site:
        shown = site.api("GET", "/application/settings").json()
        assert [shown[name] for name in USERS_API_SETTINGS] == [100, 100, 240, 120, 120, 120, 120]
        assert shown["users_get_by_id_limit"] == 300
        assert site.api("GET", "/version").json()["version"] == "18.6.0-ee"
        instance = Instance(site)  # a reset keeps the profile
        path = instance.path("/users/{username}/status")
        assert set(instance.statuses(path, 240)) == {200}
        refused = instance.get(path)
        assert (refused.status_code, refused.headers["Retry-After"], refused.json()) == (429, "60", MESSAGE)
        site.release_clock()


def test_the_gitlab_com_profile_keeps_an_explicit_edition():
    with dedicated_simulator("--profile", "gitlab.com", "--edition", "ce") as site:
        assert site.api("GET", "/version").json()["version"] == "18.6.0"
        assert site.settings()["users_api_limit_status"] == 240
