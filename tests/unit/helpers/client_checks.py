# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What the client's tests (tests/unit/plugins/module_utils/_api/) share: request-log patterns and small helpers."""

from __future__ import annotations

import socket
import time

USER_PATH = r"^/api/v4/user$"
USERS_PATH = r"^/api/v4/users$"
ONE_USER_PATH = r"^/api/v4/users/\d+$"


def record_responses(client):
    """Every requests.Response the client receives, to look at the headers sent and received."""
    seen = []
    client.session.hooks["response"].append(lambda response, *args, **kwargs: seen.append(response))
    return seen


def wait_for_log(sim, count, timeout=5.0):
    """The request log once it holds `count` entries. A delayed request is logged when the simulator
    finishes it, after the client gave up; waiting for it keeps the next test's log clean."""
    deadline = time.monotonic() + timeout
    entries = sim.requests_log()
    while len(entries) < count and time.monotonic() < deadline:
        time.sleep(0.05)
        entries = sim.requests_log()
    return entries


def user_body(username, **fields):
    body = {"username": username, "name": username.title(), "email": "%s@example.com" % username.lower(),
            "password": "S3cure-pass-1234", "skip_confirmation": True}
    body.update(fields)
    return body


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def too_many_requests(method="GET", path=USER_PATH, times=1, headers=None):
    """A fault rule of the simulator: answer 429 `times` times."""
    # An explicit text body keeps the simulator from adding its default Retry-After.
    return {"method": method, "path": path, "action": "status", "status": 429, "times": times,
            "body": "Retry later\n", "headers": headers or {}}


def tiny_png():
    # The smallest well-formed PNG would do; the simulator checks the extension and the size.
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
