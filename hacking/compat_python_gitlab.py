"""Run python-gitlab's own functional user tests, unchanged, against a fresh simulator.

Usage: compat_python_gitlab.py [--version X.Y.Z] [--work DIR] [-- PYTEST ARGS...]

Downloads the python-gitlab sdist (the version installed in this virtualenv by default) from PyPI, takes the
user test modules of tests/functional/api/ and the fixtures they use from tests/functional/conftest.py (`user`,
`SSH_KEY`, `GPG_KEY`, `fixture_dir`) as they are, and runs them with `gl` pointing at a simulator instead of
python-gitlab's Docker GitLab. Tests that need projects, groups, search, events or namespaces - none of which
the simulator serves - are deselected by name (DESELECTED). Needs the network for the download, so it is not
part of `make test`; `make compat-python-gitlab` runs it.
"""
from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tarfile
from importlib import metadata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_MODULES = ("test_users.py", "test_current_user.py", "test_keys.py", "test_gitlab.py")
# Fixtures taken verbatim from python-gitlab's tests/functional/conftest.py.
FIXTURES = ("fixture_dir", "user", "SSH_KEY", "GPG_KEY")
# Tests of those modules that need what the simulator does not serve (see its README's omissions).
NEEDS_PROJECTS = ("test_user_projects_list", "test_keys_deploy", "test_markdown_in_project", "test_pagination")
NEEDS_EVENTS = ("test_user_events_list", "test_events")
DESELECTED = NEEDS_PROJECTS + NEEDS_EVENTS
# From test_gitlab.py only the user activities test concerns users; the rest is instance administration.
KEEP_FROM_TEST_GITLAB = ("test_user_activities",)

CONFTEST = '''"""Written by hacking/compat_python_gitlab.py: python-gitlab's functional fixtures against a simulator."""
import pathlib

import gitlab
import pytest

from gitlab_sim.launcher import running_simulator
from tests.functional import helpers  # noqa: F401  (the copied fixtures use it)


@pytest.fixture(scope="session")
def test_dir():
    return pathlib.Path(%(tests_dir)r)


@pytest.fixture(scope="session")
def gitlab_url_and_token():
    with running_simulator() as sim:
        yield sim.url, sim.root_token


@pytest.fixture(scope="session")
def gl(gitlab_url_and_token):
    url, token = gitlab_url_and_token
    instance = gitlab.Gitlab(url, private_token=token)
    instance.auth()
    return instance


%(fixtures)s
'''


def download_sdist(version: str, work: str) -> str:
    """The unpacked sdist directory of python-gitlab `version` (downloaded once into `work`)."""
    target = os.path.join(work, "python_gitlab-%s" % version)
    if os.path.isdir(target):
        return target
    subprocess.check_call([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                           "--no-deps", "--no-binary", ":all:", "--dest", work, "python-gitlab==%s" % version])
    archive = os.path.join(work, "python_gitlab-%s.tar.gz" % version)
    with tarfile.open(archive) as tar:
        tar.extractall(work, filter="data")
    return target


def fixture_sources(conftest_path: str) -> str:
    """The source of the FIXTURES functions (with their decorators) from python-gitlab's conftest."""
    with open(conftest_path, encoding="utf-8") as handle:
        source = handle.read()
    tree = ast.parse(source)
    lines = source.splitlines()
    found = {}
    # their module-level imports, but not the Docker fixtures
    imports = ["\n".join(lines[node.lineno - 1:node.end_lineno]) for node in tree.body
               if isinstance(node, (ast.Import, ast.ImportFrom)) and "docker" not in ast.unparse(node)
               and getattr(node, "module", None) != "__future__"]
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in FIXTURES:
            start = min([d.lineno for d in node.decorator_list] + [node.lineno]) - 1
            found[node.name] = "\n".join(lines[start:node.end_lineno])
    missing = sorted(set(FIXTURES) - set(found))
    if missing:
        raise SystemExit("python-gitlab's conftest has no fixture %s any more" % ", ".join(missing))
    return "\n".join(imports) + "\n\n\n" + "\n\n\n".join(found[name] for name in FIXTURES)


def prepare(sdist: str, work: str) -> str:
    """A directory with the chosen test modules and a conftest of ours; returns it."""
    suite = os.path.join(work, "suite")
    shutil.rmtree(suite, ignore_errors=True)
    os.makedirs(suite)
    api_dir = os.path.join(sdist, "tests", "functional", "api")
    for name in TEST_MODULES:
        shutil.copy(os.path.join(api_dir, name), suite)
    conftest = CONFTEST % {"tests_dir": os.path.join(sdist, "tests"),
                           "fixtures": fixture_sources(os.path.join(sdist, "tests", "functional", "conftest.py"))}
    with open(os.path.join(suite, "conftest.py"), "w", encoding="utf-8") as handle:
        handle.write(conftest)
    with open(os.path.join(suite, "pytest.ini"), "w", encoding="utf-8") as handle:
        handle.write("[pytest]\n")  # keeps the repository's pytest.ini out
    return suite


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=metadata.version("python-gitlab"))
    parser.add_argument("--work", default=os.path.join(REPO, "build", "compat-python-gitlab"))
    parser.add_argument("pytest_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    sdist = download_sdist(args.version, args.work)
    suite = prepare(sdist, args.work)
    deselect = " or ".join(DESELECTED)
    selection = "not (%s) and (not test_gitlab.py or %s)" % (deselect, " or ".join(KEEP_FROM_TEST_GITLAB))
    extra = args.pytest_args[1:] if args.pytest_args[:1] == ["--"] else args.pytest_args
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [sdist, os.path.join(REPO, "tests", "simulator"),
                                                      env.get("PYTHONPATH")]))
    print("python-gitlab %s functional tests (%s) against a simulator; deselected: %s"
          % (args.version, ", ".join(TEST_MODULES), ", ".join(DESELECTED)), flush=True)
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:randomly", "-o", "addopts=",
               "--rootdir", suite, "-k", selection, "-v", suite] + extra
    return subprocess.call(command, cwd=suite, env=env)


if __name__ == "__main__":
    sys.exit(main())
