# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Lists page after page (_api/pagination.py) against the simulator over real HTTP: Link headers, keyset
pagination, pages kept on our own api_url, and every page checked."""

from __future__ import annotations

import math

import pytest


from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabUnexpectedAnswer

from ansible_collections.gitlab_ops.users.tests.unit.helpers.client_checks import USERS_PATH, record_responses


# -- pagination -----------------------------------------------------------------------------------
SEEDED_USERS = 10050


@pytest.fixture(scope="module")
def seeded(_gitlab_session):
    """More than 10,000 users, so that GitLab (and the simulator) stop sending X-Total."""
    if not _gitlab_session.is_sim:
        pytest.skip("seeding needs the simulator")
    _gitlab_session.seed(SEEDED_USERS)
    return _gitlab_session


def test_pagination_over_ten_thousand_users(seeded, sim, make_client):
    client = make_client()
    responses = record_responses(client)
    ids = [user["id"] for user in client.paginate("/users")]
    assert len(ids) > SEEDED_USERS
    assert len(ids) == len(set(ids))
    log = sim.requests_log()
    assert len(log) == math.ceil(len(ids) / 100.0)
    assert all(entry["query"]["per_page"] == "100" for entry in log)
    assert not any("X-Total" in response.headers or "X-Total-Pages" in response.headers for response in responses)


def test_pagination_with_x_total(make_client, sim, seeded):
    client = make_client()
    responses = record_responses(client)
    admins = list(client.paginate("/users", params={"admins": True}, per_page=20))
    assert admins and all(user["is_admin"] for user in admins)
    assert len(admins) == int(responses[0].headers["X-Total"])
    assert len(responses) == math.ceil(len(admins) / 20.0)
    assert all(entry["query"]["admins"] == "true" for entry in sim.requests_log())


def test_pagination_stays_on_api_url_when_links_name_another_host(make_client, sim, seeded):
    # GitLab builds Link URLs from its configured external URL; the token must not be sent there.
    sim.settings(host="http://gitlab.external.invalid:1")
    try:
        client = make_client()
        responses = record_responses(client)
        admins = list(client.paginate("/users", params={"admins": True}, per_page=20))
    finally:
        sim.settings(host=None)
    assert "gitlab.external.invalid" in responses[0].headers["Link"]
    assert len(responses) == math.ceil(len(admins) / 20.0) > 1
    assert all(response.url.startswith(client.api_url) for response in responses)


def test_keyset_pagination(make_client, sim, seeded):
    client = make_client()
    responses = record_responses(client)
    ids = [user["id"] for user in client.paginate("/users", keyset=True)]
    log = sim.requests_log()
    first = log[0]["query"]
    assert (first["pagination"], first["order_by"], first["sort"], first["per_page"]) == ("keyset", "id", "asc", "100")
    assert len(ids) > SEEDED_USERS and len(ids) == len(set(ids))
    assert ids == sorted(ids)
    assert "X-Page" not in responses[0].headers and "X-Next-Cursor" in responses[0].headers
    assert all("cursor" in entry["query"] and entry["query"]["pagination"] == "keyset" for entry in log[1:])
    assert "Link" not in responses[-1].headers
    assert len(log) == math.ceil(len(ids) / 100.0)


def test_paginate_refuses_a_non_list_endpoint(make_client):
    with pytest.raises(GitLabUnexpectedAnswer) as caught:
        list(make_client().paginate("/user"))
    assert str(caught.value) == (
        "unexpected answer from GitLab to GET /user: expected a JSON list, got a JSON object (HTTP 200)")
    assert (caught.value.method, caught.value.path, caught.value.status) == ("GET", "/user", 200)


def test_paginate_checks_every_page(make_client, sim):
    # The first page is fine, the second is a list of ids instead of objects.
    next_link = '<%s/users?page=2&per_page=1>; rel="next"' % make_client().api_url
    sim.add_faults({"method": "GET", "path": USERS_PATH, "action": "status", "status": 200, "times": 1,
                    "body": [{"id": 1}], "headers": {"Link": next_link}},
                   {"method": "GET", "path": USERS_PATH, "action": "status", "status": 200, "body": [1, 2]})
    client = make_client()
    pages = client.paginate("/users", per_page=1)
    assert next(pages) == {"id": 1}
    with pytest.raises(GitLabUnexpectedAnswer, match=r"expected a list of JSON objects, got a list with a JSON number"):
        next(pages)
