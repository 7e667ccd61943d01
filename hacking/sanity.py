#!/usr/bin/env python
"""Run `ansible-test sanity` on the collection, with no ignore files.

What it does and why:

1. ansible-test must run from <root>/ansible_collections/gitlab_ops/users/ and resolves the physical
   working directory, so hacking/collection_tree.py materialises a copy of the collection under
   build/test-tree/sanity-coreX.Y/ (incremental; only git-tracked and untracked-not-ignored files).

2. ANSIBLE_TEST_CONTENT_ROOT is set to that copy. Without it ansible-test walks up from the working
   directory, finds this repository's .git and asks git for the file list -- and git reports nothing
   under the git-ignored build/ directory. With it ansible-test uses the copy as it is (the copy holds
   exactly the collection's files).

3. `--local --python X.Y` with the Python of the project's .venv (3.13 in CI), not `--venv`/`--docker`:
   * `--docker` needs a container engine (there is none on our CI machines) and ansible-test's
     default test container image.
   * `--venv` works, but recreates a controller virtualenv under tests/output/.tmp/ on every run and
     installs ansible-core's requirements into it -- about 30 s per run for nothing: the
     project's .venv already is such an environment. The tests that need extra packages (pylint,
     validate-modules, yamllint, import, ...) get their own pinned virtualenvs from ansible-test in
     both modes (cached in ~/.ansible/test/venv/, so only the first run installs them).
   * other Python versions (ansible-core 2.17+ modules also run on target Pythons 3.8-3.14) would
     need those interpreters installed; `compile` and `import` therefore cover .venv's Python only here. Pass
     `--python X.Y` through SANITY_ARGS, or run the CI matrix of ansible-test-gh-action, for more.

4. ansible-test bootstraps pip into each of its virtualenvs with a "get-pip" script that it downloads
   from ci-files.testing.ansible.com into ~/.ansible/test/cache/get_pip_<version>.py. That host is not
   reachable from machines that may only use PyPI, so unless the script is already cached we put an
   equivalent there: the pip wheel of the same version, downloaded from PyPI, installing itself (which
   is all get-pip does). ansible-test prints where it expects the script and allows exactly this.

5. ansible-test pins some sanity requirements to URLs outside PyPI (2.22: pylint's `dill`, a GitHub
   archive). pypi_only_requirements() turns such a pin into the package's PyPI release, in the .venv's copy of
   ansible-test.

The `gitlab` action group (meta/runtime.yml lists exactly the modules, and each documents its membership with
the doc fragment) is checked by antsibull-nox's extra checks in `make lint` (antsibull-nox.toml).

Every sanity test that applies to a collection runs; `pslint` (PowerShell)
and `shellcheck` only look at .ps1/.psm1 and shell files, of which the collection has none today, so
they pass without needing pwsh or shellcheck installed. Add those tools to CI if such files appear.
There must be no tests/sanity/ignore-*.txt: this script fails if one appears.

Usage: sanity.py [ansible-test sanity options, e.g. --test pylint]
Environment: SANITY_ARGS extra options appended to the command line.
"""
from __future__ import annotations

import glob
import os
import shlex
import subprocess
import sys
import time
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import collection_tree  # noqa: E402  (path set up above)
from collection_tree import BIN, PYTHON_VERSION, REPO  # noqa: E402
CACHE = os.path.expanduser("~/.ansible/test/cache")
SHIM_MARKER = "# gitlab_ops.users get-pip substitute"

SHIM = '''{marker}
# Written by hacking/sanity.py because ansible-test's download host is unreachable from here.
# Behaves like get-pip.py: installs pip (and whatever else is asked for) into the running Python,
# using pip from the wheel next to this file, which came from PyPI.
import os
import sys

WHEEL = {wheel!r}
sys.path.insert(0, WHEEL)

from pip._internal.cli.main import main  # noqa: E402

args = [arg for arg in sys.argv[1:] if arg not in ("--no-setuptools", "--no-wheel")]
sys.exit(main(["install", "--find-links", os.path.dirname(WHEEL)] + args))
'''


def ansible_test_pip_version() -> str:
    """The pip version ansible-test bootstraps into its virtualenvs (private API, hence the fallback)."""
    try:
        from ansible_test._internal.python_requirements import get_venv_packages
        return get_venv_packages(types.SimpleNamespace(version=PYTHON_VERSION))["pip"]
    except Exception:  # pragma: no cover - depends on ansible-test internals
        import re
        import ansible_test
        path = os.path.join(os.path.dirname(ansible_test.__file__), "_internal", "python_requirements.py")
        with open(path, encoding="utf-8") as handle:
            match = re.search(r"\bpip='([0-9.]+)'", handle.read())
        if not match:
            raise SystemExit("cannot find the pip version ansible-test bootstraps; see %s" % path)
        return match.group(1)


def ensure_pip_bootstrap() -> None:
    version = ansible_test_pip_version()
    script = os.path.join(CACHE, "get_pip_%s.py" % version.replace(".", "_"))
    if os.path.exists(script):
        return  # the real one (or ours from an earlier run)
    os.makedirs(CACHE, exist_ok=True)
    wheels = glob.glob(os.path.join(CACHE, "pip-%s-*.whl" % version))
    if not wheels:
        print("sanity: fetching pip %s from PyPI for ansible-test's virtualenv bootstrap" % version, flush=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                        "--no-deps", "--only-binary=:all:", "--dest", CACHE, "pip==%s" % version], check=True)
        wheels = glob.glob(os.path.join(CACHE, "pip-%s-*.whl" % version))
    if not wheels:
        raise SystemExit("sanity: pip %s wheel not found after download" % version)
    with open(script + ".tmp", "w", encoding="utf-8") as handle:
        handle.write(SHIM.format(marker=SHIM_MARKER, wheel=wheels[0]))
    os.replace(script + ".tmp", script)


def pypi_only_requirements() -> None:
    """ansible-test installs each sanity test's pinned requirements into a virtualenv of its own. Some pins are
    direct URLs outside PyPI (ansible-test 2.22 pins pylint's `dill` to a GitHub archive), which machines that
    may only use PyPI cannot fetch; such a line becomes the newest PyPI release of the same package. (ansible-test
    names its virtualenvs after a hash of the requirements, so the changed pin gets a virtualenv of its own.)"""
    import ansible_test

    directory = os.path.join(os.path.dirname(ansible_test.__file__), "_data", "requirements")
    for path in sorted(glob.glob(os.path.join(directory, "sanity.*.txt"))):
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines(keepends=True)
        changed = [line.split("@", 1)[0].strip() + "\n" if " @ " in line and not line.startswith("#") else line
                   for line in lines]
        if changed != lines:
            print("sanity: %s pins a package to a URL outside PyPI; using PyPI's release instead: %s"
                  % (os.path.basename(path), ", ".join(line.strip() for line in changed if line not in lines)),
                  flush=True)
            with open(path, "w", encoding="utf-8") as handle:
                handle.writelines(changed)


def main() -> int:
    ignores = sorted(glob.glob(os.path.join(REPO, "tests", "sanity", "ignore-*.txt")))
    if ignores:
        print("sanity: ignore files are not allowed, fix the code instead: %s"
              % ", ".join(os.path.relpath(p, REPO) for p in ignores), file=sys.stderr)
        return 1

    start = time.monotonic()
    dest, copied, removed = collection_tree.sync(collection_tree.suite_root("sanity"))
    print("sanity: collection tree %s (%d copied, %d removed)" % (os.path.relpath(dest, REPO), copied, removed),
          flush=True)
    ensure_pip_bootstrap()
    pypi_only_requirements()

    cmd = [os.path.join(BIN, "ansible-test"), "sanity", "--local", "--python", PYTHON_VERSION, "--color", "no"]
    cmd += sys.argv[1:] + shlex.split(os.environ.get("SANITY_ARGS", ""))
    env = dict(os.environ, ANSIBLE_TEST_CONTENT_ROOT=dest)
    # ansible-test (and the collection loader it uses) must not see the symlinked tree that make exports.
    env.pop("ANSIBLE_COLLECTIONS_PATH", None)
    env.pop("ANSIBLE_COLLECTIONS_PATHS", None)
    env["PATH"] = BIN + os.pathsep + env.get("PATH", "")
    print("sanity: %s" % " ".join(shlex.quote(c) for c in cmd), flush=True)
    rc = subprocess.call(cmd, cwd=dest, env=env)
    print("sanity: %s in %.0f s" % ("passed" if rc == 0 else "FAILED (rc=%d)" % rc, time.monotonic() - start),
          flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main())
