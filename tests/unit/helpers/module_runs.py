# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Helpers for running modules in-process against the simulator (the fixtures `run_module` and `waits` are in
tests/unit/plugins/conftest.py): the simulator's request log as tuples, and `cycle`, the check -> apply -> apply
again -> check sequence every module feature goes through; `patch_module_args`, the module args of an in-process
run on every tested ansible-core."""

from __future__ import annotations

import json
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Tuple

# patch_module_args is for the fixtures and tests that run modules (imported from here).
try:
    from ansible.module_utils.testing import patch_module_args  # pylint: disable=unused-import
except ImportError:  # ansible-core < 2.19 (the collection supports 2.17+)
    import contextlib
    from unittest import mock

    from ansible.module_utils import basic
    from ansible.module_utils.common.text.converters import to_bytes

    @contextlib.contextmanager
    def patch_module_args(args=None):
        serialized = to_bytes(json.dumps({"ANSIBLE_MODULE_ARGS": args or {}}))
        with mock.patch.object(basic, "_ANSIBLE_ARGS", serialized):
            yield


Request = Tuple[str, str, Dict[str, Any]]
# A 1x1 PNG, for avatars.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082")


def server_user(gitlab, user_id: int) -> Dict[str, Any]:
    """The user as the server has it now (GET /users/:id as root)."""
    response = gitlab.api("GET", "/users/%d" % user_id)
    assert response.status_code == 200, response.text
    return response.json()


def server_user_id(gitlab, username: str) -> Optional[int]:
    """The id of the user GitLab finds by that username now (GET /users?username= as root), or None."""
    found = gitlab.api("GET", "/users", params={"username": username}).json()
    return found[0]["id"] if found else None


def warnings(result: Dict[str, Any]) -> List[str]:
    """The warning texts of a result (ansible-core 2.19 wraps them in dicts)."""
    return [w["event"]["msg"] if isinstance(w, dict) and "event" in w else w for w in result.get("warnings", [])]


def log(gitlab) -> Optional[List[Request]]:
    """[(method, path below /api/v4, query)] since the last clear, or None against a real GitLab."""
    if not gitlab.is_sim:
        return None
    return [(e["method"], e["path"][len("/api/v4"):], e["query"]) for e in gitlab.requests_log()]


def writes(gitlab) -> Optional[List[str]]:
    """["METHOD /path"] of the write requests since the last clear (None against a real GitLab)."""
    entries = log(gitlab)
    return None if entries is None else ["%s %s" % (m, p) for m, p, _q in entries if m != "GET"]


def clear(gitlab) -> None:
    if gitlab.is_sim:
        gitlab.clear_log()


def cycle(run: Callable[..., Dict[str, Any]], gitlab, noop_requests: Optional[List[Request]] = None,
          new_id: Callable[[Dict[str, Any]], Any] = lambda result: None, **options: Any):
    """check mode -> apply -> apply again -> check mode again, asserting on the way:

    - check mode reports changed and sends no write;
    - the real run does exactly the writes check mode announced (":id" filled in with new_id(result))
      and its diff's after equals the predicted one; the simulator saw exactly those writes;
    - both reruns report nothing changed, no actions, equal before/after, and (against the simulator)
      send exactly `noop_requests` when given.

    `run(check=..., **options)` runs the module. Returns (check, applied, apply_log)."""
    clear(gitlab)
    check = run(check=True, **options)
    assert check["_rc"] == 0, check.get("msg")
    assert check["changed"] is True, check
    if gitlab.is_sim:
        assert writes(gitlab) == [], "check mode wrote"
    clear(gitlab)
    applied = run(**options)
    assert applied["_rc"] == 0, applied.get("msg")
    assert applied["changed"] is True
    apply_log = log(gitlab)
    filled = str(new_id(applied))
    assert applied["actions"] == [a.replace(":id", filled) for a in check["actions"]]
    assert check["diff"]["after"] == applied["diff"]["after"]
    if gitlab.is_sim:
        assert writes(gitlab) == applied["actions"]
    for check_mode in (False, True):
        clear(gitlab)
        again = run(check=check_mode, **options)
        assert again["_rc"] == 0, again.get("msg")
        assert again["changed"] is False, (check_mode, again)
        assert again["actions"] == []
        assert again["diff"]["before"] == again["diff"]["after"]
        if gitlab.is_sim and noop_requests is not None:
            assert log(gitlab) == noop_requests, check_mode
    return check, applied, apply_log


def new_user(gitlab, unique, prefix: str = "user") -> Dict[str, Any]:
    """A fresh user made through the API as root; the request log is cleared afterwards."""
    user = gitlab.create_user(unique(prefix))
    clear(gitlab)
    return user


def refused_before_any_request(run: Callable[..., Dict[str, Any]], gitlab, words: List[str],
                               secrets: Tuple[str, ...] = (), **options: Any) -> Dict[str, Any]:
    """Run with bad `options` and assert the task failed with every one of `words` in its message, sent no
    request (against the simulator) and printed none of `secrets`. Returns the result."""
    clear(gitlab)
    result = run(**options)
    assert result.get("failed") is True, result
    for word in words:
        assert word in result["msg"], (word, result["msg"])
    if gitlab.is_sim:
        assert log(gitlab) == [], "a request was sent"
    for secret in secrets:
        assert secret not in result["_out"]
    return result


def controller_view(out: str, result: Dict[str, Any]) -> str:
    """What of a module's output reaches the controller's results. From ansible-core 2.22 a module lists the
    secret values it was given under `_ansible_new_secrets`, so that the controller masks them; the controller
    takes that key out of the result (ansible/_internal/_task.py). The list moves to result["_new_secrets"]."""
    if "_ansible_new_secrets" not in result:
        return out
    result["_new_secrets"] = result.pop("_ansible_new_secrets")
    return json.dumps({key: value for key, value in result.items() if key != "_new_secrets"})


def delete_now(gitlab, user_id: int, timeout: float = 10.0) -> None:
    """DELETE /users/:id as root with hard_delete (a soft deletion would also create the ghost user, one user more),
    then wait until GitLab's background job has removed the user."""
    response = gitlab.api("DELETE", "/users/%d" % user_id, params={"hard_delete": "true"})
    assert response.status_code == 204, response.text
    deadline = time.monotonic() + timeout
    while gitlab.api("GET", "/users/%d" % user_id).status_code != 404:
        assert time.monotonic() < deadline, "user %d was not deleted" % user_id
        time.sleep(0.05)


def after_first_users_page(monkeypatch, action: Callable[[], None]) -> None:
    """Run `action` once, right after GitLab has answered the first GET /users of any GitLabClient of this process:
    between the pages of a user listing."""
    from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient

    original = GitLabClient.request
    done = threading.Event()
    lock = threading.Lock()

    def request(self, method, path, *args, **kwargs):
        response = original(self, method, path, *args, **kwargs)
        if (method.upper(), path) == ("GET", "/users"):
            with lock:
                if not done.is_set():
                    done.set()
                    action()
        return response

    monkeypatch.setattr(GitLabClient, "request", request)
