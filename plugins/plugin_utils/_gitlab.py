# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What the lookup and inventory plugins of gitlab_ops.users share: a GitLab client built from the plugin's
options (documented by the gitlab_ops.users._gitlab and gitlab_ops.users._gitlab.plugin fragments), and
GitLab errors as AnsibleError.

Note that this plugin util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

import contextlib
import typing as t

from ansible.errors import AnsibleError
from ansible.utils.display import Display

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient, REQUESTS_IMPORT_ERROR
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.errors import GitLabError
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import UnsafePathSegment
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.connection import (
    connection_options_error, connection_warnings)

display = Display()


def plugin_option_getter(get_option: t.Callable[[str], t.Any], templar: t.Any = None) -> t.Callable[[str], t.Any]:
    """get_option for the connection options of a plugin.

    It answers None for an option the plugin does not declare (ansible-core raises KeyError), so that a
    plugin may leave one out. With the plugin's `templar`, a value that is a template is rendered: a
    lookup receives `vars:` sources such as `gitlab_api_url: "{{ gitlab_host }}"` unrendered."""
    def get(name):
        try:
            value = get_option(name)
        except KeyError:
            return None
        if templar is not None and isinstance(value, str) and templar.is_template(value):
            value = templar.template(value)
        return value
    return get


def gitlab_client(get_option: t.Callable[[str], t.Any], templar: t.Any = None) -> GitLabClient:
    """The client for a plugin's connection options (`self.get_option`, and `self._templar` of a lookup or
    inventory plugin); sends no request.

    Raises AnsibleError naming the option(s) to fix. Shows connection_warnings() (Display shows a
    warning once per run however many tasks repeat it)."""
    if REQUESTS_IMPORT_ERROR:
        raise AnsibleError("the Python library requests is required on the controller: %s" % REQUESTS_IMPORT_ERROR)
    get_option = plugin_option_getter(get_option, templar)
    problem = connection_options_error(get_option)
    if problem:
        raise AnsibleError(problem)
    for warning in connection_warnings(get_option):
        display.warning(warning)
    try:
        return GitLabClient.from_options(get_option)
    except ValueError as exc:  # connection_options_error let it through: still name it rather than crash
        raise AnsibleError(str(exc)) from None


def ansible_error(exc: Exception) -> AnsibleError:
    """The AnsibleError to raise for a GitLabError (or an unusable path segment): the same text, which names
    the request, the status and GitLab's message, and never a token."""
    return AnsibleError(str(exc))


@contextlib.contextmanager
def gitlab_errors() -> t.Iterator[None]:
    """with gitlab_errors(): ... -- GitLabError and UnsafePathSegment become AnsibleError."""
    try:
        yield
    except (GitLabError, UnsafePathSegment) as exc:
        raise ansible_error(exc) from None
