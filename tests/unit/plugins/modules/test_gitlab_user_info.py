# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""gitlab_user_info run in-process (main()) against the simulator, or a real GitLab for the tests that use the
`gitlab` fixture only. Users get real SSH keys (ssh-keygen), GPG keys (gpg), emails, a status, tokens and
custom attributes through the API; what the module returns is compared with what GitLab answers to plain
requests, and the requests it made with one per user and include."""

from __future__ import annotations

import datetime
import os
import subprocess
import uuid

import pytest

from ansible_collections.gitlab_ops.users.plugins.modules import (
    gitlab_user_follow,
    gitlab_user_info,
    gitlab_user_preferences,
    gitlab_user_status,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.dates import days_from_today
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import (
    after_first_users_page,
    clear,
    delete_now,
    log,
    writes,
)

EVERY_LIST = ["keys", "gpg_keys", "emails", "impersonation_tokens", "personal_access_tokens", "memberships"]


@pytest.fixture
def run(run_module):
    """run(check=False, **options) -> gitlab_user_info's result dict (+ "_rc" and "_out")."""
    def run_info(check=False, **options):
        return run_module(gitlab_user_info.main, check=check, diff=False, **options)
    return run_info


def ssh_key(directory, comment):
    path = os.path.join(str(directory), comment)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path], check=True)
    with open(path + ".pub") as handle:
        return handle.read().strip()


def gpg_key(directory, email):
    home = os.path.join(str(directory), "gnupg-" + email)
    os.makedirs(home, mode=0o700)
    gpg = ["gpg", "--homedir", home, "--batch", "--pinentry-mode", "loopback", "--passphrase", ""]
    subprocess.run(gpg + ["--quick-gen-key", "Info Test <%s>" % email, "ed25519", "sign", "0"], check=True,
                   capture_output=True)
    return subprocess.run(gpg + ["--armor", "--export", email], check=True, capture_output=True, text=True).stdout


def ok(response):
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


class Audited:
    """Users made for these tests: `rich` has something of every include, `plain` nothing."""

    def __init__(self, gitlab, unique, directory):
        self.prefix = unique("info")
        self.rich = gitlab.create_user(self.prefix + "-rich", admin=True)
        self.plain = gitlab.create_user(self.prefix + "-plain")
        rich_id = self.rich["id"]
        for title in ("laptop", "desktop"):
            key = ssh_key(directory, self.prefix + title)
            ok(gitlab.api("POST", "/users/%d/keys" % rich_id, json={"title": title, "key": key}))
        ok(gitlab.api("POST", "/users/%d/gpg_keys" % rich_id, json={"key": gpg_key(directory, self.rich["email"])}))
        second = {"email": self.prefix + "-2nd@example.com", "skip_confirmation": True}
        ok(gitlab.api("POST", "/users/%d/emails" % rich_id, json=second))
        ok(gitlab.api("PUT", "/user/status", headers={"Sudo": self.rich["username"]},
                      json={"emoji": "coffee", "message": "auditing"}))
        expires = days_from_today(30)  # the UTC date GitLab judges expiry by, read when the users are made
        self.pat = ok(gitlab.api("POST", "/users/%d/personal_access_tokens" % rich_id,
                                 json={"name": "ci", "scopes": ["read_api"], "expires_at": expires}))
        self.impersonation = ok(gitlab.api("POST", "/users/%d/impersonation_tokens" % rich_id,
                                           json={"name": "support", "scopes": ["api"], "expires_at": expires}))
        ok(gitlab.api("PUT", "/users/%d/custom_attributes/team" % rich_id, json={"value": "platform"}))
        if gitlab.is_sim:  # memberships need groups or projects, which the simulator seeds as rows
            gitlab.add_membership(rich_id, source_type="Namespace", source_name="infra", source_id=7,
                                  access_level=50)


@pytest.fixture(scope="module")
def audited(_gitlab_session, tmp_path_factory):
    return Audited(_gitlab_session, lambda prefix: "%s_%s" % (prefix, uuid.uuid4().hex[:10]),
                   tmp_path_factory.mktemp("keys"))


def server_reads(gitlab, user_id):
    """What GitLab answers to plain requests for each include of `user_id` (the oracle)."""
    def get(path, **params):
        return ok(gitlab.api("GET", path, params=dict(params, per_page=100)))
    return {
        "keys": get("/users/%d/keys" % user_id), "gpg_keys": get("/users/%d/gpg_keys" % user_id),
        "emails": get("/users/%d/emails" % user_id), "status": get("/users/%d/status" % user_id),
        "impersonation_tokens": get("/users/%d/impersonation_tokens" % user_id, state="all"),
        "personal_access_tokens": get("/personal_access_tokens", user_id=user_id),
        "memberships": get("/users/%d/memberships" % user_id),
        "custom_attributes": get("/users/%d/custom_attributes" % user_id),
    }


# -- one user, every include -------------------------------------------------------------------------------
@pytest.mark.parametrize("check", [False, True])
def test_every_include_of_one_user(run, gitlab, audited, check):
    include = EVERY_LIST + ["status", "custom_attributes"]
    expected = server_reads(gitlab, audited.rich["id"])
    clear(gitlab)
    result = run(check=check, users=audited.rich["username"], include=include)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is False and result["missing"] == []
    user, = result["users"]
    assert user["username"] == audited.rich["username"] and user["is_admin"] is True
    for name in EVERY_LIST + ["status", "custom_attributes"]:
        assert user[name] == expected[name], name
    assert [key["title"] for key in user["keys"]] == ["laptop", "desktop"]
    assert len(user["gpg_keys"]) == 1 and user["status"]["message"] == "auditing"
    assert user["custom_attributes"] == [{"key": "team", "value": "platform"}]
    assert {token["name"] for token in user["personal_access_tokens"]} == {"ci", "support"}
    assert [token["name"] for token in user["impersonation_tokens"]] == ["support"]
    # Token lists are metadata: the secrets given at creation appear nowhere.
    assert audited.pat["token"] not in result["_out"] and audited.impersonation["token"] not in result["_out"]
    if gitlab.is_sim:
        assert user["memberships"] == [{"source_id": 7, "source_name": "infra", "source_type": "Namespace",
                                        "access_level": 50}]
        rich = audited.rich["id"]
        assert sorted((path, query) for _method, path, query in log(gitlab)) == sorted([
            ("/users", {"username": audited.rich["username"], "with_custom_attributes": "true", "per_page": "100",
                        "page": "1", "order_by": "id", "sort": "asc"}),
            ("/users/%d/keys" % rich, {"per_page": "100"}), ("/users/%d/gpg_keys" % rich, {"per_page": "100"}),
            ("/users/%d/emails" % rich, {"per_page": "100"}), ("/users/%d/status" % rich, {}),
            ("/users/%d/impersonation_tokens" % rich, {"state": "all", "per_page": "100"}),
            ("/personal_access_tokens", {"user_id": str(rich), "per_page": "100"}),
            ("/users/%d/memberships" % rich, {"per_page": "100"}),
        ])
        assert writes(gitlab) == []


# -- many users ----------------------------------------------------------------------------------------------
def test_pattern_and_ids_together_each_user_once(run, gitlab, audited):
    result = run(users=[audited.prefix + "-*", audited.plain["id"], audited.rich["id"], 987654321], include=["keys"])
    assert result["_rc"] == 0, result.get("msg")
    assert [user["id"] for user in result["users"]] == sorted([audited.rich["id"], audited.plain["id"]])
    assert [len(user["keys"]) for user in result["users"]] == [2, 0]
    assert result["missing"] == [987654321]
    if gitlab.is_sim:
        paths = sorted(path for _method, path, _query in log(gitlab))
        assert paths == sorted(["/users", "/users/%d" % audited.plain["id"], "/users/%d" % audited.rich["id"],
                                "/users/987654321", "/users/%d/keys" % audited.rich["id"],
                                "/users/%d/keys" % audited.plain["id"]])


def test_usernames_that_name_nobody_are_missing(run, gitlab, audited, unique):
    nobody = unique("nobody")
    result = run(users=[audited.plain["username"].upper(), nobody])
    assert [user["id"] for user in result["users"]] == [audited.plain["id"]]
    assert result["missing"] == [nobody]
    # With & or ! parts a user left out may exist: nothing is called missing.
    result = run(users=["%s:&admins" % audited.plain["username"]])
    assert result["users"] == [] and result["missing"] == []


def test_a_deletion_and_a_creation_between_pages_skip_nobody(run, sim, unique, monkeypatch):
    # 150 users a glob selects (two pages of its search); after the first page one of them is deleted and another
    # one created, so X-Total stays while every later offset page shifts by one.
    prefix = unique("shift")
    present = [sim.create_user("%s-%03d" % (prefix, index))["id"] for index in range(150)]
    after_first_users_page(monkeypatch, lambda: (delete_now(sim, present[10]), sim.create_user(prefix + "-new")))
    result = run(users=[prefix + "-*"])
    assert result["_rc"] == 0, result.get("msg")
    found = [user["id"] for user in result["users"]]
    assert found == sorted(set(found))
    assert set(present) - {present[10]} <= set(found)


def test_requests_run_concurrently_within_the_bound(run, sim, audited):
    # Every include request takes 300 ms; requests that start within 200 ms of each other overlap.
    sim.add_faults({"action": "delay", "ms": 300, "path": r"^/api/v4/users/\d+/(keys|status|gpg_keys)$", "times": -1})
    result = run(users=[audited.rich["id"], audited.plain["id"]], include=["keys", "status", "gpg_keys"],
                 max_concurrency=3)
    assert result["_rc"] == 0, result.get("msg")
    started = sorted(datetime.datetime.fromisoformat(entry["started_at"]) for entry in sim.requests_log()
                     if entry["path"].endswith(("keys", "status")))
    assert len(started) == 6
    window = datetime.timedelta(seconds=0.2)
    assert max(sum(1 for other in started if moment <= other < moment + window) for moment in started) == 3


def test_the_first_error_stops_the_run_and_names_the_request(run, sim, audited):
    sim.add_faults({"action": "status", "status": 500, "path": r"^/api/v4/users/%d/keys$" % audited.plain["id"]})
    result = run(users=[audited.rich["id"], audited.plain["id"]], include=["keys"], max_concurrency=1)
    assert result["_rc"] == 1
    assert result["msg"] == "GET /users/%d/keys -> 500: 500 Internal Server Error" % audited.plain["id"]
    assert (result["method"], result["status"]) == ("GET", 500)


def test_associations_count(run, gitlab, audited):
    result = run(users=[audited.plain["id"]], include=["associations_count"])
    if gitlab.is_sim:
        # The simulator does not serve GET /users/:id/associations_count (tests/simulator/README.md): the
        # module asks for it and reports GitLab's answer as an error naming the request.
        assert result["_rc"] == 1
        assert result["msg"].startswith("GET /users/%d/associations_count -> 404" % audited.plain["id"])
    else:
        assert result["_rc"] == 0, result.get("msg")
        assert {"groups_count", "projects_count"} <= set(result["users"][0]["associations_count"])


# -- bad input and other tokens ------------------------------------------------------------------------------
@pytest.mark.parametrize("options, message", [
    ({"users": []}, "users must name at least one user"),
    ({"users": [True]}, "users: each item must be a user ID (integer) or a user pattern (string), got True"),
    ({"users": [0]}, "users: a user ID is a positive integer, got 0"),
    ({"users": [{"username": "x"}]}, "users: each item must be a user ID"),
    ({"users": "admin"}, 'users: user pattern "admin", part "admin" at character 1: admin is not a group'),
    ({"users": ["svc-*", "!bot"]}, 'users: user pattern [\'svc-*\', \'!bot\'], item 2, part "bot"'),
    ({"users": "alice", "max_concurrency": 9}, "max_concurrency must be between 1 and 8, got 9"),
    ({"users": "alice", "include": ["ssh_keys"]}, "value of include must be one or more of"),
    ({"users": "dormant", "dormant_days": 0}, "dormant_days must be a whole number of days of at least 1, got 0"),
])
def test_bad_input_fails_before_any_request(run, gitlab, options, message):
    result = run(**options)
    assert result["_rc"] == 1 and message in result["msg"], result["msg"]
    assert log(gitlab) in ([], None)


def test_another_token_gets_what_gitlab_gives_it(run, sim, audited):
    viewer = sim.token_for(audited.plain["username"])
    result = run(users=audited.rich["username"], include=["keys"], api_token=viewer)
    assert result["_rc"] == 0, result.get("msg")
    assert len(result["users"][0]["keys"]) == 2 and "is_admin" not in result["users"][0]
    refused = run(users=audited.rich["username"], include=["emails"], api_token=viewer)
    assert refused["_rc"] == 1 and refused["msg"].startswith("GET /users/%d/emails -> 403" % audited.rich["id"])
    pattern = run(users="%s-*:&admins" % audited.prefix, api_token=viewer)
    assert pattern["_rc"] == 1 and "GitLab answered with the view of a non-administrator" in pattern["msg"]


# -- follows, preferences and counts (issue 22) ----------------------------------------------------------------
def sudo_log(gitlab):
    """Sorted [(path, Sudo header, status)] of the request log: the include reads run concurrently."""
    return sorted(((entry["path"][len("/api/v4"):], entry["sudo"] or "", entry["status"])
                   for entry in gitlab.requests_log()))


@pytest.fixture
def trio(sim, unique):
    """Three users: the first follows the two others, the third follows the first; the first has preferences
    and counts of its own, the others GitLab's defaults."""
    users = [sim.create_user(unique(prefix)) for prefix in ("ann", "ben", "cid")]
    ann, ben, cid = users
    for follower, followee in ((ann, ben), (ann, cid), (cid, ann)):
        ok(sim.api("POST", "/users/%d/follow" % followee["id"], headers={"Sudo": str(follower["id"])}))
    ok(sim.api("PUT", "/user/preferences", headers={"Sudo": str(ann["id"])},
               json={"view_diffs_file_by_file": True, "show_whitespace_in_diffs": False}))
    sim._control("POST", "/user_counts/%d" % ann["id"], json={"merge_requests": 2, "assigned_issues": 5, "todos": 9})
    clear(sim)
    return users


def test_followers_and_following(run, sim, trio):
    ann, ben, cid = trio
    ids = [user["id"] for user in trio]
    expected = dict((user_id, dict(
        followers=ok(sim.api("GET", "/users/%d/followers" % user_id)),
        following=ok(sim.api("GET", "/users/%d/following" % user_id)))) for user_id in ids)
    clear(sim)
    result = run(users=ids, include=["followers", "following"])
    assert result["_rc"] == 0, result.get("msg")
    for user in result["users"]:
        assert user["followers"] == expected[user["id"]]["followers"]
        assert user["following"] == expected[user["id"]]["following"]
    by_name = dict((user["username"], user) for user in result["users"])
    assert [u["username"] for u in by_name[ann["username"]]["following"]] == [ben["username"], cid["username"]]
    assert [u["username"] for u in by_name[ann["username"]]["followers"]] == [cid["username"]]
    assert by_name[ben["username"]]["following"] == []
    # one request per user and include
    assert sorted(path for _method, path, _query in log(sim)) == sorted(
        ["/users/%d" % user_id for user_id in ids]
        + ["/users/%d/%s" % (user_id, side) for user_id in ids for side in ("followers", "following")])


def test_preferences_and_counts_are_read_as_each_user(run, sim, trio):
    ann, ben, _cid = trio
    ids = [ann["id"], ben["id"]]
    result = run(users=ids, include=["preferences", "counts"])
    assert result["_rc"] == 0, result.get("msg")
    # one request per user and include, each as that user; no GET /user
    assert sudo_log(sim) == sorted(
        [("/users/%d" % user_id, "", 200) for user_id in ids]
        + [(path, str(user_id), 200) for user_id in ids for path in ("/user/preferences", "/user_counts")])
    by_id = dict((user["id"], user) for user in result["users"])
    # the oracle: what GitLab shows each user (root through sudo), and the seeded counts
    for user_id in ids:
        assert by_id[user_id]["preferences"] == ok(sim.api("GET", "/user/preferences", headers={"Sudo": str(user_id)}))
    assert by_id[ann["id"]]["preferences"]["view_diffs_file_by_file"] is True
    assert by_id[ann["id"]]["preferences"]["show_whitespace_in_diffs"] is False
    assert by_id[ben["id"]]["preferences"]["show_whitespace_in_diffs"] is True  # GitLab's default
    # lib/api/entities/user_counts.rb; assigned_merge_requests follows merge_requests unless seeded apart
    assert by_id[ann["id"]]["counts"] == dict(merge_requests=2, assigned_issues=5, assigned_merge_requests=2,
                                              review_requested_merge_requests=0, todos=9)
    assert by_id[ben["id"]]["counts"] == dict(merge_requests=0, assigned_issues=0, assigned_merge_requests=0,
                                              review_requested_merge_requests=0, todos=0)


def test_the_token_user_without_sudo_rights_reads_its_own(run, sim, trio):
    ann = trio[0]
    token = sim.token_for(ann["username"])
    result = run(users=[ann["id"]], include=["preferences", "counts"], api_token=token)
    assert result["_rc"] == 0, result.get("msg")
    user, = result["users"]
    assert user["preferences"]["view_diffs_file_by_file"] is True and user["counts"]["todos"] == 9
    # GitLab refuses sudo to a non-administrator; the module learns once whose token it is, then reads without sudo
    assert sudo_log(sim) == sorted([
        ("/users/%d" % ann["id"], "", 200), ("/user", "", 200),
        ("/user/preferences", str(ann["id"]), 403), ("/user_counts", str(ann["id"]), 403),
        ("/user/preferences", "", 200), ("/user_counts", "", 200)])
    assert token not in result["_out"]


@pytest.mark.parametrize("scopes, reason", [
    (["api"], "the token has no sudo scope"),
    (["api", "sudo"], "the token's user is not an administrator"),
])
def test_other_users_preferences_need_sudo(run, sim, trio, scopes, reason):
    ann, ben, _cid = trio
    owner = "root" if scopes == ["api"] else ann["username"]
    token = sim.token_for(owner, scopes=scopes)
    result = run(users=[ben["id"]], include=["preferences"], api_token=token)
    assert result["_rc"] == 1 and result["changed"] is False
    assert result["msg"].startswith("include: preferences of other users than the token's are read as each user "
                                    "through sudo (GitLab shows them only to the user itself), and GitLab refused "
                                    "it for %s: " % ben["username"]), result["msg"]
    assert reason in result["msg"]
    assert "GET /user/preferences -> 403" in result["msg"]
    assert (result["method"], result["path"], result["status"]) == ("GET", "/user/preferences", 403)
    assert writes(sim) == []


# -- dormant users (issue 22) -------------------------------------------------------------------------------------
# username suffix: (user type, days since the last activity or None, days since creation)
DORMANCY = {
    "idle": ("human", 100, 400),
    "fresh": ("human", 10, 400),
    "never-new": ("human", None, 5),
    "never-old": ("human", None, 200),
    "bot": ("project_bot", 100, 400),
}


def dormant_by_rule(days):
    """app/models/user.rb dormant and with_no_activity, in days: last active `days` or more days ago, or never
    active and created `days` or more days ago."""
    return {suffix for suffix, (_kind, last_active, created) in DORMANCY.items()
            if (last_active if last_active is not None else created) >= days}


def test_dormant_users_by_gitlabs_date(run, sim, unique):
    prefix = unique("dorm")
    today = datetime.date(2030, 7, 1)
    sim.clock(at="2030-07-01T06:00:00Z")
    try:
        for suffix, (kind, last_active, created) in DORMANCY.items():
            name = "%s-%s" % (prefix, suffix)
            sim.create_user(name)
            created_at = (today - datetime.timedelta(days=created)).isoformat() + "T01:00:00Z"
            last_activity_on = (today - datetime.timedelta(days=last_active)).isoformat() if last_active else None
            sim.poke_user(name, user_type=kind, created_at=created_at, last_activity_on=last_activity_on)
        for days in (90, 5):
            clear(sim)
            result = run(users="%s-*:&dormant:!bots" % prefix, dormant_days=days)
            assert result["_rc"] == 0, result.get("msg")
            found = {user["username"][len(prefix) + 1:] for user in result["users"]}
            assert found == dormant_by_rule(days) - {"bot"}
            activities = [query for _method, path, query in log(sim) if path == "/user/activities"]
            assert activities[0] == {"from": (today - datetime.timedelta(days=days - 1)).isoformat(), "per_page": "100"}
        clear(sim)
        assert run(users="%s-*:!bots" % prefix)["_rc"] == 0
        assert all(path == "/users" for _method, path, _query in log(sim))
    finally:
        sim.release_clock()


def test_tasks_acting_as_a_user_make_it_active(run, run_module, sim, unique):
    """GitLab records activity for the user an API request runs as (lib/api/api.rb's `after` callback runs
    Users::ActivityService for `@current_user`, which lib/api/helpers.rb `sudo!` replaces with the Sudo user, and which
    is the impersonated user for an impersonation token): a task acting as a user, through sudo or with its
    impersonation token, takes that user out of `dormant`; check mode too, whose reads go through sudo. Being
    followed is no activity. The expected members are GitLab's rule applied to the simulator's state."""
    prefix = unique("acting")
    today = datetime.date(2030, 7, 1)
    names = {part: "%s-%s" % (prefix, part) for part in ("prefs", "follower", "followed", "checked", "impersonated")}

    def by_rule():
        """Active users last active 90 or more days before GitLab's today (none was never active)."""
        days = {name: sim._control("GET", "/users/%s" % name)["last_activity_on"] for name in names.values()}
        return {name for name, day in days.items() if datetime.date.fromisoformat(day) <= today - datetime.timedelta(90)}

    def dormant():
        result = run(users="%s-*:&dormant" % prefix, dormant_days=90)
        assert result["_rc"] == 0, result.get("msg")
        return {user["username"] for user in result["users"]}

    sim.clock(at="2030-07-01T06:00:00Z")
    try:
        for name in names.values():
            sim.create_user(name)
            sim.poke_user(name, created_at="2029-05-01T01:00:00Z",
                          last_activity_on=(today - datetime.timedelta(days=100)).isoformat())
        assert dormant() == by_rule() == set(names.values())

        clear(sim)
        preferences = run_module(gitlab_user_preferences.main, user=names["prefs"], view_diffs_file_by_file=True)
        follow = run_module(gitlab_user_follow.main, user=names["follower"], users=[names["followed"]])
        status = run_module(gitlab_user_status.main, check=True, user=names["checked"], status_message="on leave")
        impersonation = sim.token_for(names["impersonated"], scopes=["api"], impersonation=True)
        own = run_module(gitlab_user_preferences.main, api_token=impersonation, show_whitespace_in_diffs=False)
        for result in (preferences, follow, status, own):
            assert result["_rc"] == 0 and result["changed"] is True, result.get("msg")
        # the requests GitLab answered as each of them (the request log's `user`: the one after sudo)
        acted_as = {entry["user"] for entry in sim.requests_log() if entry["status"] < 400}
        assert acted_as == {"root", names["prefs"], names["follower"], names["checked"], names["impersonated"]}

        assert by_rule() == {names["followed"]}
        assert dormant() == {names["followed"]}
    finally:
        sim.release_clock()
