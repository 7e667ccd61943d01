"""python-gitlab, unchanged, against the simulator: the user workflows of its documentation."""
from __future__ import annotations

import time

import gitlab
import pytest

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def gl(sim):
    return gitlab.Gitlab(sim.url, private_token=sim.token)


@pytest.fixture
def person(gl, unique):
    username = unique("pg")
    return gl.users.create({"email": username + "@example.com", "password": "Hx3-cobalt-sparrow",
                            "username": username, "name": "Py Gitlab", "skip_confirmation": True})


def test_auth_and_current_user(gl):
    gl.auth()
    assert gl.user.username == "root" and gl.user.is_admin is True


def test_create_get_update(gl, person):
    fetched = gl.users.get(person.id)
    assert fetched.username == person.username and fetched.email == person.email
    fetched.name = "Real Name"
    fetched.bio = "about me"
    fetched.save()
    again = gl.users.get(person.id)
    assert (again.name, again.bio) == ("Real Name", "about me")
    assert gl.users.list(username=person.username.upper())[0].id == person.id


def test_errors_raise_python_gitlab_exceptions(gl, person):
    with pytest.raises(gitlab.exceptions.GitlabGetError) as missing:
        gl.users.get(999999)
    assert missing.value.response_code == 404 and missing.value.error_message == "404 User Not Found"
    with pytest.raises(gitlab.exceptions.GitlabCreateError) as duplicate:
        gl.users.create({"email": person.email, "password": "Hx3-cobalt-sparrow", "username": "other_name",
                         "name": "x"})
    assert (duplicate.value.response_code, duplicate.value.error_message) == (409, "Email has already been taken")


def test_state_actions(gl, person):
    user = gl.users.get(person.id)
    assert user.block() is True and user.state == "blocked"
    assert user.block() is None
    assert user.unblock() is True and user.state == "active"
    assert user.unblock() is False
    assert user.deactivate() is True and user.state == "deactivated"
    assert user.activate() is True and user.state == "active"
    assert user.ban() is True and user.state == "banned"
    assert user.unban() is True and user.state == "active"
    with pytest.raises(gitlab.exceptions.GitlabUnbanError) as refused:
        user.unban()
    assert refused.value.error_message == "You cannot unban active users."


def test_approve_and_reject(gl, sim, person, unique):
    sim.poke_user(person.username, state="blocked_pending_approval")
    user = gl.users.get(person.id)
    assert user.approve() == {"message": "Success"}
    assert gl.users.get(person.id).state == "active"
    with pytest.raises(gitlab.exceptions.GitlabUserApproveError):
        user.approve()
    other = gl.users.create({"email": unique("rj") + "@example.com", "password": "Hx3-cobalt-sparrow",
                             "username": unique("rj"), "name": "Reject Me"})
    sim.poke_user(other.username, state="blocked_pending_approval")
    assert other.reject() == {"message": "Success"}


def test_custom_attributes(gl, person, unique):
    role = unique("role")
    user = gl.users.get(person.id)
    user.customattributes.set("role", role)
    assert user.customattributes.get("role").value == role
    assert [(a.key, a.value) for a in user.customattributes.list()] == [("role", role)]
    assert [u.id for u in gl.users.list(custom_attributes={"role": role})] == [person.id]
    user.customattributes.delete("role")
    assert user.customattributes.list() == []


def test_identity_and_avatar(gl, person, tmp_path):
    user = gl.users.get(person.id)
    user.provider = "oauth2_generic"
    user.extern_uid = "3"
    user.save()
    assert gl.users.get(person.id).identities == [{"provider": "oauth2_generic", "extern_uid": "3"}]
    user.identityproviders.delete("oauth2_generic")
    assert gl.users.get(person.id).identities == []
    image = tmp_path / "face.png"
    image.write_bytes(PNG)
    with open(image, "rb") as handle:
        user.avatar = handle
        user.save()
    # python-gitlab uploads image attributes as "<attribute>.png", and GitLab keeps that file name
    assert gl.users.get(person.id).avatar_url.endswith("/user/avatar/%d/avatar.png" % person.id)


def test_delete(gl, person):
    gl.users.delete(person.id)
    deadline = time.monotonic() + 5
    while True:
        try:
            gl.users.get(person.id)
        except gitlab.exceptions.GitlabGetError:
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_search_and_iterator(gl, person):
    found = gl.users.list(search=person.username, iterator=True)
    assert [u.username for u in found] == [person.username]


def test_non_admin_client(gl, sim, person):
    token = sim.token_for(person.username)
    mine = gitlab.Gitlab(sim.url, private_token=token)
    mine.auth()
    assert mine.user.username == person.username and not hasattr(mine.user, "is_admin")
    with pytest.raises(gitlab.exceptions.GitlabCreateError) as refused:
        mine.users.create({"email": "a@b.cd", "password": "Hx3-cobalt-sparrow", "username": "nope", "name": "n"})
    assert refused.value.response_code == 403
