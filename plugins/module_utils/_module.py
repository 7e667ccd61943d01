# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The module wrapper of gitlab_ops.users: connection options, the lazily created client, and the one
place where API errors become fail_json.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

from ansible.module_utils.basic import AnsibleModule, env_fallback, missing_required_lib
from ansible.module_utils.common.parameters import remove_values

from ansible_collections.gitlab_ops.users.plugins.module_utils._api import (
    REQUESTS_IMPORT_ERROR,
    GitLabClient,
    GitLabError,
    GitLabTransportError,
    connection_options_error,
)

CONNECTION_MUTUALLY_EXCLUSIVE = [("api_token", "api_oauth_token")]


def connection_argument_spec():
    """The connection options every module accepts (documented in the gitlab_ops.users._gitlab fragment)."""
    return dict(
        api_url=dict(type="str", fallback=(env_fallback, ["GITLAB_URL"])),
        api_token=dict(type="str", no_log=True, fallback=(env_fallback, ["GITLAB_TOKEN"])),
        api_oauth_token=dict(type="str", no_log=True, fallback=(env_fallback, ["GITLAB_OAUTH_TOKEN"])),
        validate_certs=dict(type="bool", default=True),
        ca_path=dict(type="path"),
        timeout=dict(type="int", default=30),
        max_retries=dict(type="int", default=5),
        sudo=dict(type="str"),
    )


class GitLabModule:
    """An AnsibleModule plus a GitLab client. Typical use::

        def main():
            GitLabModule(argument_spec=dict(username=dict(type="str", required=True))).run(run_module)

    `run_module(gitlab_module)` returns the result dict; GitLabError is turned into fail_json here.
    """

    def __init__(self, argument_spec, mutually_exclusive=None, required_if=None, required_together=None,
                 required_one_of=None, supports_check_mode=True):
        spec = connection_argument_spec()
        clashes = sorted(set(spec) & set(argument_spec))
        if clashes:
            raise ValueError("module options clash with the connection options: %s" % ", ".join(clashes))
        spec.update(argument_spec)
        self.module = AnsibleModule(
            argument_spec=spec,
            mutually_exclusive=CONNECTION_MUTUALLY_EXCLUSIVE + list(mutually_exclusive or []),
            required_if=required_if,
            required_together=required_together,
            required_one_of=required_one_of,
            supports_check_mode=supports_check_mode,
        )
        self.params = self.module.params
        self.check_mode = self.module.check_mode
        self.diff_mode = self.module._diff
        self._client = None
        # Fail before any logic runs (and before any request), naming what is wrong.
        if REQUESTS_IMPORT_ERROR:
            self.fail(missing_required_lib("requests"), exception=REQUESTS_IMPORT_ERROR)
        problem = connection_options_error(self.params.get)
        if problem:
            self.fail(problem)

    @property
    def client(self):
        """The GitLabClient, created on first use; creating it sends no request."""
        if self._client is None:
            try:
                self._client = GitLabClient.from_options(self.params.get)
            except ValueError as exc:  # e.g. an api_url without http(s)://
                self.fail(str(exc))
        return self._client

    def run(self, logic):
        """result = logic(self); exit_json(**result). Every GitLabError ends up here as fail_json."""
        try:
            result = logic(self)
        except GitLabError as exc:
            extra = {}
            if isinstance(exc, GitLabTransportError):
                extra["maybe_committed"] = exc.maybe_committed
            self.fail(str(exc), method=exc.method, path=exc.path, status=exc.status, error=exc.message, **extra)
        self.module.exit_json(**(result or {}))

    def fail(self, msg, **kwargs):
        self.module.fail_json(msg=msg, **kwargs)

    def warn(self, msg):
        # Unlike exit_json/fail_json, AnsibleModule.warn does not mask no_log values (the tokens).
        self.module.warn(remove_values(msg, self.module.no_log_values))
