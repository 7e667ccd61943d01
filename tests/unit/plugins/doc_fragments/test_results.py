# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The return values documented once in plugins/doc_fragments/_results.py, which ansible-core cannot merge into a
module's RETURN (it merges a fragment's DOCUMENTATION only): every module that returns them repeats them, and this
test holds each copy to the fragment."""

from __future__ import annotations

import ast
import glob
import os

import pytest
import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[os.pardir] * 4))
MODULES = sorted(glob.glob(os.path.join(ROOT, "plugins", "modules", "*.py")))


def documented(path, variable):
    """The YAML of a string assigned to `variable` in the file, at module level or in a class (a fragment), read as
    ansible-doc reads it: without importing the file."""
    for node in ast.walk(ast.parse(open(path).read())):
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == variable for target in node.targets):
            return yaml.safe_load(node.value.value)
    return None


SHARED = documented(os.path.join(ROOT, "plugins", "doc_fragments", "_results.py"), "RETURN")


def differences(shared, own, where):
    """Where the module's entry departs from the shared one: other values, a missing key, or a description that
    does not start with the shared lines. The module's own sample and additional keys are its own."""
    found = []
    for key, value in shared.items():
        if key not in own:
            found.append("%s.%s is missing" % (where, key))
        elif key == "description":
            lines = value if isinstance(value, list) else [value]
            mine = own[key] if isinstance(own[key], list) else [own[key]]
            if mine[:len(lines)] != lines:
                found.append("%s.description does not start with %r" % (where, lines))
        elif isinstance(value, dict):
            found.extend(differences(value, own[key], "%s.%s" % (where, key)))
        elif own[key] != value:
            found.append("%s.%s is %r, not %r" % (where, key, own[key], value))
    return found


def test_the_fragment_documents_the_shared_entries():
    assert sorted(SHARED) == ["actions", "diff"]
    assert SHARED["actions"]["returned"] == "always"


@pytest.mark.parametrize("path", MODULES, ids=os.path.basename)
def test_each_module_repeats_the_shared_return_values_as_documented_once(path):
    returned = documented(path, "RETURN")
    problems = []
    for name, entry in SHARED.items():
        if name in returned:
            problems.extend(differences(entry, returned[name], name))
    assert problems == []


def test_every_state_changing_module_documents_actions_and_diff():
    """gitlab_user_info reads only; every other module writes and returns both."""
    writers = [path for path in MODULES if not path.endswith("_info.py")]
    assert len(writers) == 9
    for path in writers:
        assert set(SHARED) <= set(documented(path, "RETURN")), path


def test_the_check_fails_on_a_departing_copy():
    own = dict(SHARED["actions"], description=["The writes."], returned="success")
    assert differences(SHARED["actions"], own, "actions") == [
        "actions.description does not start with %r" % (SHARED["actions"]["description"],),
        "actions.returned is 'success', not 'always'"]
