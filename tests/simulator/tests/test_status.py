"""User status: GET /user/status, GET /users/:user_id/status, PUT/PATCH /user/status, following the newest
`Users::SetStatusService`."""
from __future__ import annotations

import datetime

import gitlab as python_gitlab
import pytest

from gitlab_sim import emoji
from gitlab_sim.api import status as status_api
from gitlab_sim.records import UserStatus, now
from gitlab_sim.state import State

NO_STATUS = {"emoji": None, "message": None, "availability": None, "message_html": "", "clear_status_at": None}
COFFEE_HTML = ('I crave coffee <gl-emoji title="hot beverage" data-name="coffee" '
               'data-unicode-version="4.0">\u2615</gl-emoji>')


@pytest.fixture
def owner(gitlab, unique):
    return gitlab.create_user(unique("status"))


@pytest.fixture
def owner_token(gitlab, owner):
    response = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"],
                          json={"name": "status", "scopes": ["api"]})
    return response.json()["token"]


def put(gitlab, token, **fields):
    return gitlab.api("PUT", "/user/status", token=token, json=fields)


def patch(gitlab, token, **fields):
    return gitlab.api("PATCH", "/user/status", token=token, json=fields)


def status_of(gitlab, user):
    return gitlab.api("GET", "/users/%d/status" % user["id"], token=False).json()


def parse_time(value):
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


# -- python-gitlab ------------------------------------------------------------------------------------
def test_python_gitlab_status(gl, gitlab, owner, owner_token):
    fetched = gl.users.get(owner["id"]).status.get().attributes  # python-gitlab adds the parent's user_id
    assert {name: fetched[name] for name in NO_STATUS} == NO_STATUS
    own = python_gitlab.Gitlab(gitlab.url, private_token=owner_token, ssl_verify=gitlab.ca_path or True)
    own.auth()
    current = own.user.status.get()
    current.emoji = "coffee"
    current.message = "I crave coffee :coffee:"
    current.save()  # PUT with the changed attributes
    assert gl.users.get(owner["id"]).status.get().message_html == COFFEE_HTML
    current.message = "only the message"
    current.save()  # PUT again, without emoji: PUT resets what it is not sent
    again = gl.users.get(owner["id"]).status.get()
    assert (again.emoji, again.message) == ("speech_balloon", "only the message")


# -- reading ------------------------------------------------------------------------------------------
def test_no_status_reads_as_null_fields(gitlab, owner, owner_token):
    assert status_of(gitlab, owner) == NO_STATUS
    own = gitlab.api("GET", "/user/status", token=owner_token)
    assert own.status_code == 200 and list(own.json()) == list(NO_STATUS) and own.json() == NO_STATUS


def test_user_lookup(gitlab, owner, owner_token):
    put(gitlab, owner_token, emoji="house", message="home")
    by_name = gitlab.api("GET", "/users/%s/status" % owner["username"].upper(), token=False)
    assert by_name.json()["emoji"] == "house"
    missing = gitlab.api("GET", "/users/no_such_person_xyz/status", token=False)
    assert (missing.status_code, missing.json()) == (404, {"message": "404 User Not Found"})
    assert gitlab.api("GET", "/user/status", token=False).status_code == 401
    assert gitlab.api("PUT", "/user/status", token=False, json={"emoji": "coffee"}).status_code == 401


# -- setting ------------------------------------------------------------------------------------------
def test_put_sets_everything_and_renders_the_message(gitlab, owner, owner_token):
    response = put(gitlab, owner_token, emoji="coffee", message="I crave coffee :coffee:", availability="busy",
                   clear_status_after="1_day")
    body = response.json()
    assert response.status_code == 200 and list(body) == list(NO_STATUS)
    assert (body["emoji"], body["availability"], body["message_html"]) == ("coffee", "busy", COFFEE_HTML)
    until = parse_time(body["clear_status_at"]) - now()
    assert datetime.timedelta(hours=23, minutes=59) < until <= datetime.timedelta(days=1)
    assert status_of(gitlab, owner) == body


def test_message_html_escapes_and_renders_emoji(gitlab, owner_token):
    body = put(gitlab, owner_token, message="<b>R&D</b> :thumbsup: \u2615 :not_an_emoji:").json()
    assert body["message_html"] == (
        '&lt;b&gt;R&amp;D&lt;/b&gt; <gl-emoji title="thumbs up" data-name="thumbsup" '
        'data-unicode-version="6.0">\U0001F44D</gl-emoji> <gl-emoji title="hot beverage" data-name="coffee" '
        'data-unicode-version="4.0">\u2615</gl-emoji> :not_an_emoji:')


def test_defaults(gitlab, owner_token):
    body = put(gitlab, owner_token, message="in a meeting", availability="on_the_moon").json()
    assert (body["emoji"], body["availability"], body["clear_status_at"]) == ("speech_balloon", "not_set", None)
    assert put(gitlab, owner_token, availability="busy").json()["emoji"] == "speech_balloon"


def test_validation(gitlab, owner, owner_token):
    put(gitlab, owner_token, emoji="palm_tree", message="holiday")
    bad = put(gitlab, owner_token, emoji="definitely_not_an_emoji", message="m" * 101)
    assert (bad.status_code, bad.json()) == (400, {"message": {
        "emoji": ["is not a valid emoji name"], "message": ["is too long (maximum is 100 characters)"]}})
    assert put(gitlab, owner_token, emoji="\u2615").json() == {"message": {"emoji": ["is not a valid emoji name"]}}
    assert status_of(gitlab, owner)["emoji"] == "palm_tree"  # nothing was saved
    assert put(gitlab, owner_token, message="m" * 100).status_code == 200
    wrong = put(gitlab, owner_token, emoji="coffee", clear_status_after="2_weeks")
    assert (wrong.status_code, wrong.json()) == (400, {"error": "clear_status_after does not have a valid value"})


@pytest.mark.parametrize("name", ["speech_balloon", "coffee", "palm_tree", "house", "red_circle", "thumbsup",
                                  "+1", "sick", "calendar", "rocket", "tada", "eyes", "sunny", "zzz"])
def test_known_emoji_names(gitlab, owner_token, name):
    response = put(gitlab, owner_token, emoji=name)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("name", ["slight_smile", "robot", "nerd", "rolling_eyes", "upside_down", "airplane_small",
                                  "thumbs_up", "waving_hand", "small_airplane", "slightly_smiling_face"])
def test_gemojione_names_and_aliases(gitlab, owner_token, name):
    """GitLab's emoji are gemojione/TanukiEmoji names plus their aliases (`lib/gitlab/emoji.rb`,
    `fixtures/emojis/aliases.json`), not GitHub's set."""
    assert put(gitlab, owner_token, emoji=name).status_code == 200


def test_alias_codes_render_the_canonical_name(gitlab, owner_token):
    html = put(gitlab, owner_token, message=":thumbs_up: :small_airplane:").json()["message_html"]
    assert 'data-name="thumbsup"' in html and 'data-name="airplane_small"' in html and ":thumbs_up:" not in html
    refused = put(gitlab, owner_token, emoji="octocat")  # a GitHub-only custom emoji
    assert refused.json() == {"message": {"emoji": ["is not a valid emoji name"]}}


def test_shipped_emoji_list_is_large():
    assert len(emoji.BY_NAME) > 1000
    assert emoji.BY_NAME["+1"].name == "thumbsup" and emoji.BY_NAME["sick"].name == "nauseated_face"


def test_put_without_anything_removes_the_status(gitlab, owner, owner_token):
    put(gitlab, owner_token, emoji="coffee", availability="busy")
    cleared = put(gitlab, owner_token)
    assert (cleared.status_code, cleared.text) == (200, "null")
    assert status_of(gitlab, owner) == NO_STATUS
    assert put(gitlab, owner_token, availability="not_set").text == "null"


def test_patch_semantics(gitlab, owner, owner_token):
    put(gitlab, owner_token, emoji="coffee", message="brewing", availability="busy", clear_status_after="8_hours")
    before = status_of(gitlab, owner)
    nothing = patch(gitlab, owner_token)
    assert (nothing.status_code, nothing.text) == (200, "null") and status_of(gitlab, owner) == before
    changed = patch(gitlab, owner_token, message="still brewing").json()
    assert changed["message"] == "still brewing" and changed["clear_status_at"] == before["clear_status_at"]
    # SetStatusService fills a blank emoji and a missing availability with the defaults on PATCH too.
    assert (changed["emoji"], changed["availability"]) == ("speech_balloon", "not_set")
    gone = patch(gitlab, owner_token, clear_status_after="3_hours")  # no emoji, message or availability
    assert gone.text == "null" and status_of(gitlab, owner) == NO_STATUS


def test_admin_sets_another_users_status_with_sudo(gitlab, owner):
    response = gitlab.api("PUT", "/user/status", headers={"Sudo": owner["username"]},
                          json={"emoji": "red_circle", "message": "on call"})
    assert response.status_code == 200
    assert status_of(gitlab, owner)["message"] == "on call"
    assert gitlab.api("GET", "/user/status").json()["message"] != "on call"  # root's own status is untouched


def test_read_only_token_cannot_set_a_status(gitlab, owner):
    token = gitlab.api("POST", "/users/%d/personal_access_tokens" % owner["id"],
                       json={"name": "ro", "scopes": ["read_user"]}).json()["token"]
    assert gitlab.api("GET", "/user/status", token=token).status_code == 200
    assert put(gitlab, token, emoji="coffee").status_code == 403


def test_an_expired_status_reads_as_cleared():
    state = State("root-token")
    user = state.users[1]
    state.statuses[user.id] = UserStatus(user_id=user.id, emoji="coffee", message="x", availability="busy",
                                         clear_status_at=now() - datetime.timedelta(seconds=1))
    assert status_api.current_status(state, user) is None and user.id not in state.statuses
    state.statuses[user.id] = UserStatus(user_id=user.id, emoji="coffee", message="x", availability="busy",
                                         clear_status_at=now() + datetime.timedelta(minutes=1))
    assert status_api.current_status(state, user).emoji == "coffee"
