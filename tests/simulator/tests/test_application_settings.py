"""GET /application/settings and the private commit email it configures (lib/api/settings.rb,
lib/gitlab/private_commit_email.rb, ApplicationSetting#commit_email_hostname)."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest


@pytest.fixture
def custom_hostname(sim):
    sim.settings(commit_email_hostname="commits.example.org")
    yield "commits.example.org"
    sim.settings(commit_email_hostname=None)


def test_the_default_commit_email_hostname_is_users_noreply_and_the_host(sim):
    """`default_commit_email_hostname`: "users.noreply.#{Gitlab.config.gitlab.host}"."""
    answer = sim.api("GET", "/application/settings")
    assert answer.status_code == 200
    assert answer.json()["commit_email_hostname"] == "users.noreply.%s" % urlsplit(sim.url).hostname


def test_a_private_commit_email_uses_the_configured_hostname(sim, unique, custom_hostname):
    user = sim.create_user(unique("private"))
    assert sim.api("GET", "/application/settings").json()["commit_email_hostname"] == custom_hostname
    answer = sim.api("PUT", "/users/%d" % user["id"], json={"commit_email": "_private"})
    assert answer.status_code == 200, answer.text
    expected = "%d-%s@%s" % (user["id"], user["username"], custom_hostname)
    assert answer.json()["commit_email"] == expected


def test_application_settings_are_for_administrators(sim, unique):
    user = sim.create_user(unique("plain"))
    token = sim.token_for(user["id"], scopes=["api"])
    assert sim.api("GET", "/application/settings", token=token).status_code == 403
    assert sim.api("GET", "/application/settings", token=False).status_code == 401
    read_user = sim.token_for(1, scopes=["read_user"])
    assert sim.api("GET", "/application/settings", token=read_user).status_code == 403
