# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""plugin_utils._gitlab and the plugin variant of the connection doc fragment.

A throwaway lookup plugin (written to a temporary directory, never shipped) uses both fragments and the
plugin utils; ansible-doc must render its merged options and ansible must run it against the simulator.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api import client as api_client
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
from ansible_collections.gitlab_ops.users.plugins.module_utils._api.connection import connection_argument_spec

# build/collections, where `ansible_collections/gitlab_ops/users` links to the repository
COLLECTIONS_PATH = os.path.abspath(os.path.join(os.path.dirname(api_client.__file__), *[os.pardir] * 6))
BIN = os.path.dirname(sys.executable)

LOOKUP = textwrap.dedent('''
    from __future__ import annotations

    DOCUMENTATION = """
    name: gitlab_throwaway
    short_description: Test lookup of gitlab_ops.users' plugin utils
    description:
      - Returns the username of GET /user, or of the users named by the terms.
    extends_documentation_fragment:
      - gitlab_ops.users._gitlab
      - gitlab_ops.users._gitlab.plugin
    """

    from ansible.plugins.lookup import LookupBase

    from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import api_path
    from ansible_collections.gitlab_ops.users.plugins.plugin_utils._gitlab import gitlab_client, gitlab_errors


    class LookupModule(LookupBase):
        def run(self, terms, variables=None, **kwargs):
            self.set_options(var_options=variables, direct=kwargs)
            client = gitlab_client(self.get_option, self._templar)
            with gitlab_errors():
                if not terms:
                    return [client.get("/user")["username"]]
                return [client.get(api_path("/users/{}", term))["username"] for term in terms]
''')


@pytest.fixture(scope="module")
def plugin_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("lookup_plugins")
    (directory / "gitlab_throwaway.py").write_text(LOOKUP)
    return str(directory)


def ansible_env(plugin_dir, **extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GITLAB_", "ANSIBLE_"))}
    env.update(ANSIBLE_COLLECTIONS_PATH=COLLECTIONS_PATH, ANSIBLE_LOOKUP_PLUGINS=plugin_dir,
               ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_INVENTORY_UNPARSED_WARNING="false",
               ANSIBLE_NOCOLOR="1", ANSIBLE_FORCE_COLOR="0", ANSIBLE_DEPRECATION_WARNINGS="false")
    env.update(extra)
    return env


# -- the merged documentation ---------------------------------------------------------------------------
def test_ansible_doc_merges_both_fragments(plugin_dir):
    out = subprocess.run([os.path.join(BIN, "ansible-doc"), "-t", "lookup", "--json", "gitlab_throwaway"],
                         env=ansible_env(plugin_dir), capture_output=True, text=True, check=True).stdout
    options = json.loads(out)["gitlab_throwaway"]["doc"]["options"]
    spec = connection_argument_spec()
    assert sorted(options) == sorted(spec)
    for name, option in options.items():
        assert option["description"], name  # from DOCUMENTATION
        assert option["type"] == spec[name]["type"], name
        assert option.get("default") == spec[name].get("default"), name
        assert option["vars"] == [{"name": "gitlab_" + name}], name  # from PLUGIN
    assert {name: option.get("env") for name, option in options.items() if option.get("env")} == {
        "api_url": [{"name": "GITLAB_URL"}], "api_token": [{"name": "GITLAB_TOKEN"}],
        "api_oauth_token": [{"name": "GITLAB_OAUTH_TOKEN"}]}


def test_ansible_doc_renders_the_plugin_as_text(plugin_dir):
    text = subprocess.run([os.path.join(BIN, "ansible-doc"), "-t", "lookup", "gitlab_throwaway"],
                          env=ansible_env(plugin_dir), capture_output=True, text=True, check=True).stdout
    assert "retry_timeout" in text and "GITLAB_TOKEN" in text and "gitlab_api_url" in text


# -- the lookup run by ansible ------------------------------------------------------------------------------
PLAYBOOK = textwrap.dedent('''
    - hosts: localhost
      gather_facts: false
      tasks:
        - name: From the environment
          ansible.builtin.debug:
            msg: "{{ lookup('gitlab_throwaway') }}"
        - name: Twice without certificate checks (one warning)
          ansible.builtin.debug:
            msg: "{{ lookup('gitlab_throwaway', validate_certs=false) }}"
          loop: [1, 2]
        - name: A user by id, api_url from a variable
          ansible.builtin.debug:
            msg: "{{ lookup('gitlab_throwaway', '1') }}"
          vars:
            gitlab_api_url: "{{ lookup('ansible.builtin.env', 'GITLAB_URL') }}"
        - name: A wrong token
          ansible.builtin.debug:
            msg: "{{ lookup('gitlab_throwaway', api_token='not-a-valid-token') }}"
          ignore_errors: true
        - name: A missing CA file
          ansible.builtin.debug:
            msg: "{{ lookup('gitlab_throwaway', ca_path='/nonexistent/ca.pem') }}"
          ignore_errors: true
        - name: A dot segment
          ansible.builtin.debug:
            msg: "{{ lookup('gitlab_throwaway', '..') }}"
          ignore_errors: true
''')


@pytest.fixture(scope="module")
def play_output(plugin_dir, _gitlab_session, tmp_path_factory):
    gitlab = _gitlab_session
    playbook = tmp_path_factory.mktemp("play") / "play.yml"
    playbook.write_text(PLAYBOOK)
    run = subprocess.run([os.path.join(BIN, "ansible-playbook"), str(playbook)],
                         env=ansible_env(plugin_dir, GITLAB_URL=gitlab.url, GITLAB_TOKEN=gitlab.token,
                                         ANSIBLE_DISPLAY_ARGS_TO_STDOUT="false"),
                         capture_output=True, text=True, timeout=120, check=False)
    return gitlab, run.stdout + run.stderr


def test_lookup_reads_options_from_environment_variables_and_arguments(play_output):
    _gitlab_handle, out = play_output
    assert out.count('"msg": "root"') == 4, out


def test_validate_certs_false_is_warned_once(play_output):
    _gitlab_handle, out = play_output
    assert out.count("validate_certs is false") == 1, out


def test_errors_name_the_request_and_the_option(play_output):
    gitlab, out = play_output
    assert "GET /user -> 401: 401 Unauthorized (GitLab refused api_token: it is invalid, expired or revoked)" in out
    assert "ca_path /nonexistent/ca.pem does not exist" in out
    assert "'..' is not a usable path segment" in out
    assert gitlab.token not in out
    assert "Traceback" not in out


# -- in-process ---------------------------------------------------------------------------------------------
@pytest.fixture
def plugin_utils():
    """plugins/plugin_utils/_gitlab.py, imported only here: importing controller code (ansible.errors,
    ansible.utils.display) switches ansible-core 2.19's module_utils warnings to the controller's Display
    for the whole process, which would take the warnings away from the module tests of this worker."""
    try:
        from ansible.module_utils import _internal
    except ImportError:  # ansible-core < 2.19 has no such switch
        _internal = None
    before = getattr(_internal, "is_controller", None)
    from ansible_collections.gitlab_ops.users.plugins.plugin_utils import _gitlab

    yield _gitlab
    if before is not None:
        _internal.is_controller = before


def test_gitlab_client_refuses_unusable_options_naming_them(plugin_utils):
    options = {"api_url": "https://alice:s3cret@gitlab.example.com", "api_token": "glpat-abc\ndef"}
    with pytest.raises(plugin_utils.AnsibleError) as caught:
        plugin_utils.gitlab_client(options.get)
    message = str(caught.value)
    assert "api_url must not contain a user name or password" in message and "api_token contains" in message
    assert "s3cret" not in message and "abc" not in message


def test_gitlab_client_tolerates_undeclared_options(plugin_utils, gitlab):
    declared = {"api_url": gitlab.url, "api_token": gitlab.token}

    def get_option(name):  # like ansible-core for an option the plugin does not document
        if name not in declared:
            raise KeyError("Requested entry (plugin_type: lookup plugin: x setting: %s ) was not defined" % name)
        return declared[name]

    client = plugin_utils.gitlab_client(get_option)
    assert isinstance(client, GitLabClient) and client.get("/user")["username"] == "root"


def test_gitlab_errors_become_ansible_errors(plugin_utils, gitlab):
    client = plugin_utils.gitlab_client({"api_url": gitlab.url, "api_token": gitlab.token}.get)
    with pytest.raises(plugin_utils.AnsibleError) as caught:
        with plugin_utils.gitlab_errors():
            client.get("/users/987654321")
    assert str(caught.value) == "GET /users/987654321 -> 404: 404 User Not Found"
    with pytest.raises(plugin_utils.AnsibleError, match="not a usable path segment"):
        with plugin_utils.gitlab_errors():
            client.get(api_path("/users/{}", "."))
    with pytest.raises(ZeroDivisionError):  # anything else is a bug and stays one
        with plugin_utils.gitlab_errors():
            raise ZeroDivisionError()
