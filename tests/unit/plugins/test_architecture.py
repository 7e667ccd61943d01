# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The architecture page (docs/docsite/rst/guide_architecture.rst) stays true: the paths it names exist, it names
every file of module_utils, and the imports of plugins/ follow its floors (nothing points back up)."""

from __future__ import annotations

import ast
import glob
import os
import re

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[os.pardir] * 3))
PAGE = os.path.join(ROOT, "docs", "docsite", "rst", "guide_architecture.rst")
MODULE_UTILS = os.path.join(ROOT, "plugins", "module_utils")
PACKAGE = "ansible_collections.gitlab_ops.users.plugins."
# The floors of module_utils, top down; a folder may import its own floor and the floors below.
FLOORS = (("_modules",), ("_kit", "_keys", "_user_selection"), ("_api",))


def page_text():
    with open(PAGE) as page:
        return page.read()


def named_paths(text):
    """The repository paths the page names in literals (``plugins/...``), without placeholders like <name>."""
    literals = re.findall(r"``([^`]+)``", text)
    return sorted(set(literal for literal in literals if re.match(r"^(plugins|tests|hacking|roles|meta|docs)/", literal)
                      and "<" not in literal and "*" not in literal))


def collection_imports(path):
    """The collection's modules imported by a file, as dotted names below plugins. (e.g. module_utils._kit.module)."""
    with open(path) as source:
        tree = ast.parse(source.read())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PACKAGE):
            dotted = node.module[len(PACKAGE):]
            if os.path.isdir(os.path.join(ROOT, "plugins", *dotted.split("."))):  # from <folder> import <file>
                found.update("%s.%s" % (dotted, alias.name) for alias in node.names)
            else:
                found.add(dotted)
        elif isinstance(node, ast.Import):
            found.update(alias.name[len(PACKAGE):] for alias in node.names if alias.name.startswith(PACKAGE))
    return found


def floor_of(dotted):
    """The floor index of module_utils.<folder>...; None outside the floors."""
    parts = dotted.split(".")
    if parts[0] != "module_utils" or len(parts) < 2:
        return None
    for index, folders in enumerate(FLOORS):
        if parts[1] in folders:
            return index
    return None


def test_every_path_the_page_names_exists():
    paths = named_paths(page_text())
    assert len(paths) > 10  # the page names the places it describes
    missing = [path for path in paths if not os.path.exists(os.path.join(ROOT, path.rstrip("/")))]
    assert missing == []


def test_the_page_names_every_folder_and_file_of_the_floors_below_the_modules():
    text = page_text()
    folders = sorted(name for name in os.listdir(MODULE_UTILS) if os.path.isdir(os.path.join(MODULE_UTILS, name))
                     and not name.startswith("__"))
    assert folders == sorted(folder for floor in FLOORS for folder in floor)
    unnamed = []
    for folder in folders:
        if folder == "_modules":
            continue  # one file per module, named after it
        for path in sorted(glob.glob(os.path.join(MODULE_UTILS, folder, "*.py"))):
            if "``%s``" % os.path.basename(path) not in text:
                unnamed.append(os.path.relpath(path, ROOT))
    assert unnamed == []


def test_module_utils_has_no_flat_files_left():
    """Every file of module_utils lives in the folder of its floor."""
    assert glob.glob(os.path.join(MODULE_UTILS, "*.py")) == []


def source_files(*parts):
    return sorted(glob.glob(os.path.join(ROOT, "plugins", *parts), recursive=True))


@pytest.mark.parametrize("path", source_files("module_utils", "**", "*.py"),
                         ids=lambda path: os.path.relpath(path, MODULE_UTILS))
def test_module_utils_import_only_their_own_floor_and_the_floors_below(path):
    own = floor_of("module_utils." + os.path.relpath(path, MODULE_UTILS)[:-3].replace(os.sep, "."))
    upward = [name for name in collection_imports(path)
              if not name.startswith("module_utils.") or floor_of(name) is None or floor_of(name) < own]
    assert upward == []


@pytest.mark.parametrize("path", source_files("module_utils", "_modules", "*.py"), ids=os.path.basename)
def test_a_modules_logic_imports_no_other_modules_logic_but_the_orchestrator_its_parts(path):
    name = os.path.basename(path)[:-3]
    others = sorted(imported for imported in collection_imports(path)
                    if imported.startswith("module_utils._modules.") and imported != "module_utils._modules." + name)
    if name == "users_converge":
        assert others  # it orchestrates the other modules' parts
    else:
        assert others == []


@pytest.mark.parametrize("path", source_files("modules", "*.py"), ids=os.path.basename)
def test_a_module_file_imports_only_its_own_logic(path):
    name = os.path.basename(path)[:-3]
    assert collection_imports(path) == {"module_utils._modules." + name[len("gitlab_"):]}


def test_the_floor_check_fails_on_an_upward_import(tmp_path):
    """The check can fail: a kit file that imports a module's logic is upward."""
    upward = tmp_path / "bad.py"
    upward.write_text("from %smodule_utils._modules.user import run\n" % PACKAGE)
    imported = collection_imports(str(upward))
    assert [name for name in imported if floor_of(name) < floor_of("module_utils._kit.module")] == [
        "module_utils._modules.user"]
