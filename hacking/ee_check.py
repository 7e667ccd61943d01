"""Check that an execution environment built with this collection gets `requests` and no system packages
(`make ee`; part of `make test`).

What a user does (README, "Execution environment"), with the collection as a local tarball:
1. `ansible-galaxy collection build` the collection into build/ee/.
2. `ansible-builder create` a build context from an execution-environment.yml (version 3) whose only
   dependency is that tarball. This needs no container engine.
3. Check the context: its Containerfile installs the collection from the tarball, the tarball is in it, and the
   definition added no Python or system requirements of its own.
4. Install the collection from the tarball in the context and run the context's own introspection script (the
   one the image build runs to collect the dependencies of every collection, from their
   meta/execution-environment.yml) on it: it must find `requests` and nothing else, and no system packages.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.dirname(os.path.abspath(sys.executable))
WORK = os.path.join(REPO, "build", "ee")
CONTEXT = os.path.join(WORK, "context")
EXPECTED_PYTHON = {"requests"}  # the collection's only Python dependency (README, galaxy.yml description)


def run(*command, env=None):
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=WORK, env=dict(os.environ, **(env or {})))


def requirement_names(path):
    """Package names of a pip requirements file, without versions, markers and comments."""
    names = set()
    with open(path, encoding="utf-8") as requirements:
        for line in requirements:
            line = line.split("#", 1)[0].strip()
            if line:
                names.add(re.split(r"[<>=!~;\[ ]", line, maxsplit=1)[0].lower())
    return names


def meaningful_lines(path):
    """The lines of a requirements file without comments and blank lines."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as text:
        return [line for line in (raw.split("#", 1)[0].strip() for raw in text) if line]


def main() -> int:
    problems = []
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    run(os.path.join(BIN, "ansible-galaxy"), "collection", "build", "--force", "--output-path", WORK, REPO)
    (tarball,) = glob.glob(os.path.join(WORK, "gitlab_ops-users-*.tar.gz"))
    name = os.path.basename(tarball)

    definition = {
        "version": 3,
        "images": {"base_image": {"name": "quay.io/ansible/awx-ee:latest"}},
        # The context's _build/ becomes /build in the image, where ansible-galaxy installs requirements.yml.
        "additional_build_files": [{"src": name, "dest": "collections"}],
        "dependencies": {"galaxy": {"collections": [{"name": "collections/" + name, "type": "file"}]}},
    }
    with open(os.path.join(WORK, "execution-environment.yml"), "w", encoding="utf-8") as out:
        yaml.safe_dump(definition, out, sort_keys=False)
    run(os.path.join(BIN, "ansible-builder"), "create", "--file", "execution-environment.yml",
        "--context", CONTEXT, "--output-filename", "Containerfile")

    build = os.path.join(CONTEXT, "_build")
    with open(os.path.join(CONTEXT, "Containerfile"), encoding="utf-8") as containerfile:
        containerfile = containerfile.read()
    if "ansible-galaxy collection install" not in containerfile or "introspect" not in containerfile:
        problems.append("the Containerfile neither installs collections nor introspects their dependencies")
    with open(os.path.join(build, "requirements.yml"), encoding="utf-8") as requirements:
        collections = yaml.safe_load(requirements).get("collections")
    if collections != [{"name": "collections/" + name, "type": "file"}]:
        problems.append("_build/requirements.yml lists %r, not the collection's tarball" % (collections,))
    if not os.path.exists(os.path.join(build, "collections", name)):
        problems.append("the tarball is not in the build context")
    for own in ("requirements.txt", "bindep.txt"):
        if meaningful_lines(os.path.join(build, own)):
            problems.append("the definition added its own %s; the dependencies must come from the collection" % own)

    installed = os.path.join(WORK, "installed")
    run(os.path.join(BIN, "ansible-galaxy"), "collection", "install", "--offline", "--force", "-p", installed,
        os.path.join(build, "collections", name), env={"ANSIBLE_COLLECTIONS_PATH": installed})
    python_file, system_file = os.path.join(WORK, "requirements.txt"), os.path.join(WORK, "bindep.txt")
    run(sys.executable, os.path.join(build, "scripts", "introspect.py"), "introspect", "--sanitize",
        "--write-pip", python_file, "--write-bindep", system_file, installed)
    python = requirement_names(python_file) if os.path.exists(python_file) else set()
    if python != EXPECTED_PYTHON:
        problems.append("the image would install the Python packages %s, expected %s"
                        % (sorted(python), sorted(EXPECTED_PYTHON)))
    system = meaningful_lines(system_file)
    if system:
        problems.append("the image would install system packages: %s" % system)

    for problem in problems:
        print("ee: FAILED - %s" % problem, file=sys.stderr)
    if problems:
        return 1
    print("ee: OK - %s: Python %s from the collection, no system packages" % (
        os.path.relpath(CONTEXT, REPO), ", ".join(meaningful_lines(python_file))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
