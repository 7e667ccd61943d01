#!/usr/bin/env python
"""Run the ansible-test integration targets of the collection against a GitLab.

The GitLab comes from the environment, normally set up by hacking/with_gitlab.py (`make integration`
starts a simulator unless GITLAB_URL and GITLAB_TOKEN are set):

    GITLAB_URL    base URL, e.g. http://127.0.0.1:8080 or https://gitlab.example.com
    GITLAB_TOKEN  an administrator's personal access token (scope api)
    GITLAB_SIM    1/true when GITLAB_URL is the simulator (set by with_gitlab.py)

ansible-test passes only a fixed list of environment variables to the playbooks it runs (PATH, HOME,
locale, ...), so the modules never see GITLAB_URL/GITLAB_TOKEN. What ansible-test does support is
tests/integration/integration_config.yml: when it exists, every target runs with `-e @` that file.
This script writes it (git-ignored; the token stays out of version control) with

    gitlab_api_url: ...      gitlab_api_token: ...      gitlab_is_sim: true|false

and, when GITLAB_OPS_USERS_DIRECT_EXECUTION is set (which ansible-test would not pass on either), the
variable gitlab_ops_users_direct_execution with its value: `false` runs every module as an AnsiballZ payload
(see docs/docsite/rst/guide_execution.rst),

into the repository (for people who run ansible-test by hand) and into the copy of the collection
under build/test-tree/integration-coreX.Y/ that ansible-test needs (see hacking/collection_tree.py),
then runs

    ansible-test integration --local --python X.Y --allow-unsupported [targets...]

in that copy, with ANSIBLE_TEST_CONTENT_ROOT pointing at it (see hacking/sanity.py for why).
`--local` uses the virtualenv of the Python running this script and its ansible-test: the project's
.venv, or a .venv-coreX.Y of `make test-matrix`; all have `requests`. There is no container engine for
`--docker`. Unlike sanity, `integration --local` creates no virtualenv, so it needs none of sanity.py's
get-pip substitute (ansible-core 2.17 to 2.22 pass with an empty ~/.ansible/test/cache).
`--allow-unsupported` because targets that need a GitLab are marked `unsupported` in their `aliases`
(the convention for API collections, so that a plain ansible-test run without credentials skips them);
targets marked `disabled` stay disabled.

INTEGRATION_TREE=ROOT (make's matrix targets) runs the targets in a collection already installed under ROOT, as
users install it (`hacking/collection_tree.py --tarball`: built and installed with the ansible-galaxy of the
ansible-core under test), instead of a copy of the files.

Every directory under tests/integration/targets/ is a target; ansible-test itself skips `setup_*` and
`prepare_*` (dependency roles). The run fails if there is no target to run.

Usage: integration.py [ansible-test integration options or target names]
Environment: INTEGRATION_ARGS extra options appended to the command line.
"""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import collection_tree  # noqa: E402  (path set up above)
from collection_tree import BIN, PYTHON_VERSION, REPO  # noqa: E402
CONFIG_REL = os.path.join("tests", "integration", "integration_config.yml")


def _yaml_str(value: str) -> str:
    """A YAML single-quoted scalar (no dependency on PyYAML for three keys)."""
    return "'%s'" % value.replace("'", "''")


def write_config(paths: list[str]) -> None:
    url = os.environ.get("GITLAB_URL", "").rstrip("/")
    token = os.environ.get("GITLAB_TOKEN", "")
    if not url or not token:
        raise SystemExit("integration: GITLAB_URL and GITLAB_TOKEN must be set; `make integration` sets them "
                         "(it starts a simulator unless both are already set)")
    is_sim = os.environ.get("GITLAB_SIM", "").lower() in ("1", "true", "yes")
    content = ("---\n# Written by hacking/integration.py from GITLAB_URL/GITLAB_TOKEN/GITLAB_SIM. Do not commit.\n"
               "gitlab_api_url: %s\ngitlab_api_token: %s\ngitlab_is_sim: %s\n"
               % (_yaml_str(url), _yaml_str(token), "true" if is_sim else "false"))
    direct_execution = os.environ.get("GITLAB_OPS_USERS_DIRECT_EXECUTION")
    if direct_execution is not None:
        content += "gitlab_ops_users_direct_execution: %s\n" % _yaml_str(direct_execution)
    for path in paths:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # mkstemp: mode 0600 and a name of its own, for runs side by side (make test-matrix).
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".integration_config.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)


def main() -> int:
    targets_dir = os.path.join(REPO, "tests", "integration", "targets")
    targets = sorted(name for name in os.listdir(targets_dir) if os.path.isdir(os.path.join(targets_dir, name))) \
        if os.path.isdir(targets_dir) else []
    if not targets:
        print("integration: no targets under tests/integration/targets/", file=sys.stderr)
        return 1

    start = time.monotonic()
    if os.environ.get("INTEGRATION_TREE"):
        dest = collection_tree.collection_dir(os.environ["INTEGRATION_TREE"])
        print("integration: the collection installed in %s" % os.path.relpath(dest, REPO), flush=True)
    else:
        dest, copied, removed = collection_tree.sync(collection_tree.suite_root("integration"))
        print("integration: collection tree %s (%d copied, %d removed)"
              % (os.path.relpath(dest, REPO), copied, removed), flush=True)
    write_config([os.path.join(REPO, CONFIG_REL), os.path.join(dest, CONFIG_REL)])

    cmd = [os.path.join(BIN, "ansible-test"), "integration", "--local", "--python", PYTHON_VERSION,
           "--allow-unsupported", "--color", "no"]
    cmd += sys.argv[1:] + shlex.split(os.environ.get("INTEGRATION_ARGS", ""))
    env = dict(os.environ, ANSIBLE_TEST_CONTENT_ROOT=dest)
    env.pop("ANSIBLE_COLLECTIONS_PATH", None)
    env.pop("ANSIBLE_COLLECTIONS_PATHS", None)
    env["PATH"] = BIN + os.pathsep + env.get("PATH", "")
    listed = subprocess.run(cmd + ["--list-targets"], cwd=dest, env=env, stdout=subprocess.PIPE, text=True, check=False)
    selected = [line.strip() for line in listed.stdout.splitlines() if line.strip()]
    if listed.returncode != 0 or not selected:
        print("integration: ansible-test selects no target to run (of %s); check the targets' aliases"
              % ", ".join(targets), file=sys.stderr)
        return 1
    print("integration: running %s" % ", ".join(selected), flush=True)
    print("integration: %s" % " ".join(shlex.quote(c) for c in cmd), flush=True)
    rc = subprocess.call(cmd, cwd=dest, env=env)
    print("integration: %s in %.0f s" % ("passed" if rc == 0 else "FAILED (rc=%d)" % rc, time.monotonic() - start),
          flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main())
