#!/usr/bin/env python
"""Print the newest ansible-core pre-release when it is newer than the newest release, else nothing.

`make test` runs the pre-release's part of the matrix (make core-prerelease) when there is one: ansible-core
publishes betas and release candidates of the next minor weeks before it is released, and that is when a
change of its private names shows. The versions come from the package index pip is configured with
(`pip index versions ansible-core --pre`), so mirrors work as for every other install.

Only the standard library and the running Python's pip are used: this runs before .venv exists.
Usage: core_prerelease.py     (CORE_PRERELEASE=VERSION in the environment skips the look-up and prints VERSION)
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

PRE_RELEASE = re.compile(r"(a|b|rc|dev)\d*$")


def available_versions() -> list[str]:
    """ansible-core's versions, newest first, as pip lists them."""
    completed = subprocess.run([sys.executable, "-m", "pip", "index", "versions", "ansible-core", "--pre",
                                "--disable-pip-version-check"], capture_output=True, text=True, check=False)
    match = re.search(r"^Available versions: (.*)$", completed.stdout, re.MULTILINE)
    if completed.returncode != 0 or not match:
        raise SystemExit("core_prerelease: pip could not list ansible-core's versions: %s"
                         % (completed.stderr.strip() or completed.stdout.strip()))
    return [version.strip() for version in match.group(1).split(",")]


def main() -> int:
    if os.environ.get("CORE_PRERELEASE"):
        print(os.environ["CORE_PRERELEASE"])
        return 0
    newest = available_versions()[0]  # pip sorts them by PEP 440: a pre-release first is newer than every release
    if PRE_RELEASE.search(newest):
        print(newest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
