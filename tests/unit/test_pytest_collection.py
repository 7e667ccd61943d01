# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Plain `pytest` from the repository root collects every suite at once (pytest.ini's testpaths), which `make test`
never does (it runs each suite on its own). With pytest's default import mode, two test files of the same basename
stop that collection, so every test file's basename is unique across the suites."""

from __future__ import annotations

import collections
import configparser
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), os.pardir, os.pardir))


def test_files_by_basename():
    config = configparser.ConfigParser()
    config.read(os.path.join(ROOT, "pytest.ini"))
    suites = config["pytest"]["testpaths"].split()
    assert "tests/unit" in suites and len(suites) > 1
    found = collections.defaultdict(list)
    for suite in suites:
        for folder, _dirs, files in os.walk(os.path.join(ROOT, suite)):
            for name in files:
                if name.startswith("test_") and name.endswith(".py"):
                    found[name].append(os.path.relpath(os.path.join(folder, name), ROOT))
    assert len(found) > 50  # every suite was walked
    assert dict((name, paths) for name, paths in found.items() if len(paths) > 1) == {}
