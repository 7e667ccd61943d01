# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The Python and ansible-core versions the Makefile builds its virtualenvs with: hacking/find_python picks the
newest CPython >= 3.12 for .venv and a supported controller Python for each minor of the matrix, and the matrix
(TESTED_CORE_MINORS) spans every minor from requires_ansible's floor to the newest release. The oracles are
antsibull-nox's table of ansible-core's controller Pythons, meta/runtime.yml, and the interpreters themselves."""

from __future__ import annotations

import glob
import os
import subprocess

import yaml
from ansible.release import __version__ as core_version
from antsibull_nox.ansible import get_ansible_core_info
from antsibull_nox.utils import Version

from ansible_collections.gitlab_ops.users.plugins.plugin_utils._core_compat import TESTED_CORE_MINORS

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
FIND_PYTHON = os.path.join(REPO, "hacking", "find_python")


def find_python(*args, env=None):
    return subprocess.run(["sh", FIND_PYTHON] + list(args), capture_output=True, text=True, env=env, check=False)


def minor(version):
    return tuple(int(part) for part in version.split(".")[:2])


def test_each_tested_minor_runs_on_the_controller_pythons_ansible_core_supports():
    for core in TESTED_CORE_MINORS:
        ours = find_python("--pythons", core).stdout.split()
        theirs = [str(version) for version in get_ansible_core_info(Version.parse(core)).controller_python_versions]
        assert sorted(ours) == sorted(theirs), core
        assert ours == sorted(ours, key=minor, reverse=True), "newest first: %s" % core


def test_the_matrix_spans_every_minor_from_the_floor_to_the_newest_release():
    with open(os.path.join(REPO, "meta", "runtime.yml"), encoding="utf-8") as handle:
        floor = yaml.safe_load(handle)["requires_ansible"].lstrip(">=")
    newest = minor(core_version)  # .venv's ansible-core is the newest release (make setup)
    expected = ["2.%d" % number for number in range(minor(floor)[1], newest[1] + 1)]
    assert list(TESTED_CORE_MINORS) == expected


def _pyenv_pythons():
    """{"3.13": path, ...}: one interpreter of each CPython minor pyenv has (the machines have 3.12 and 3.13)."""
    found = {}
    for path in sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3.*"))):
        name = os.path.basename(path)[len("python"):]
        if name.count(".") == 1 and name.replace(".", "").isdigit():
            found[name] = path
    return found


def test_the_newest_python_that_runs_is_chosen_and_its_absence_is_said(tmp_path):
    pythons = {version: path for version, path in _pyenv_pythons().items() if minor(version) >= (3, 12)}
    assert len(pythons) >= 2, "this test needs two CPython minors >= 3.12 under ~/.pyenv/versions: %s" % pythons
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for version, path in pythons.items():
        (bin_dir / ("python" + version)).symlink_to(path)
    # A python3.14 that does not run, as pyenv's shim does for a version that is not selected.
    (bin_dir / "python3.14").write_text("#!/bin/sh\necho 'pyenv: python3.14: command not found' >&2\nexit 127\n")
    (bin_dir / "python3.14").chmod(0o755)
    env = dict(PATH="%s:/usr/bin:/bin" % bin_dir, HOME=str(tmp_path), PYENV_ROOT=str(tmp_path / "no-pyenv"))
    newest = max(pythons, key=minor)
    chosen = find_python(env=env)
    assert chosen.returncode == 0 and chosen.stdout.strip() == str(bin_dir / ("python" + newest)), chosen
    assert chosen.stderr == ""

    older = min(pythons, key=minor)
    assert find_python("--core", "2.17", env=env).stdout.strip() == str(bin_dir / "python3.12")
    (bin_dir / ("python" + newest)).unlink()
    assert find_python(env=env).stdout.strip() == str(bin_dir / ("python" + older))

    for version in pythons:
        (bin_dir / ("python" + version)).unlink(missing_ok=True)
    (bin_dir / "python3").symlink_to(_pyenv_pythons()["3.11"])
    fallback = find_python(env=env)
    assert fallback.stdout.strip() == str(bin_dir / "python3")
    assert "no Python 3.12 or newer" in fallback.stderr and fallback.stderr.count("\n") == 1
