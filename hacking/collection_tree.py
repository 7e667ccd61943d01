#!/usr/bin/env python
"""Materialise the collection under build/test-tree/<suite>-core<X.Y>/ansible_collections/gitlab_ops/users/.

ansible-test must run from <root>/ansible_collections/<namespace>/<name>/ and resolves the *physical*
working directory, so the symlink that `make` puts under build/collections/ is not enough for it. This
script copies the files the collection consists of -- the files git tracks plus untracked files that
are not git-ignored (what `git ls-files --cached --others --exclude-standard` lists) -- into a real
directory tree. Each suite (sanity, integration) gets its own tree per ansible-core minor: ansible-test
keeps its state in the tree's tests/output/, and `make test` runs the suites and the ansible-core matrix
side by side.

It is incremental: a file is copied only when its size or modification time differ from the copy,
and files in the tree that are no longer part of the collection are deleted (tests/output/, where
ansible-test writes its results, is left alone). Without git (e.g. a tarball checkout) it falls back
to walking the work tree with a fixed list of exclusions.

Usage: collection_tree.py [--suite NAME | --dest DIR]    prints the collection directory inside the tree
       collection_tree.py --tarball [--suite NAME | --dest DIR]
                                   builds the tarball, installs it there instead, prints the tree root
"""
from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The Python of the project's .venv (the newest CPython found: 3.13 on our CI machines) is ansible-test's
# controller and target Python; sanity.py and integration.py run under it.
PYTHON_VERSION = "%d.%d" % sys.version_info[:2]
BIN = os.path.dirname(sys.executable)
NAMESPACE = "gitlab_ops"
NAME = "users"
TREES = os.path.join(REPO, "build", "test-tree")

# Directories that are never part of the collection (used by the no-git fallback, and as a safety net),
# besides the virtualenvs (.venv, .venv-bench, .venv-core2.17, ...).
EXCLUDED_DIRS = {".git", "build", "__pycache__", ".pytest_cache", ".mypy_cache",
                 ".ruff_cache", ".ansible", ".tox", ".nox"}
EXCLUDED_SUFFIXES = (".pyc", ".pyo", ".tar.gz", ".egg-info")
# Owned by ansible-test inside the tree; never deleted or copied.
PRESERVED = ("tests/output/",)


def suite_root(suite: str) -> str:
    """The tree root for a suite under the running Python's ansible-core, e.g. build/test-tree/sanity-core2.19."""
    from ansible.release import __version__

    return os.path.join(TREES, "%s-core%s" % (suite, ".".join(__version__.split(".")[:2])))


def collection_dir(root: str) -> str:
    return os.path.join(root, "ansible_collections", NAMESPACE, NAME)


def _excluded_dir(name: str) -> bool:
    return name in EXCLUDED_DIRS or name.startswith(".venv") or name.endswith(EXCLUDED_SUFFIXES)


def _wanted(rel: str) -> bool:
    parts = rel.split("/")
    if any(_excluded_dir(part) for part in parts):
        return False
    # integration.py's GitLab settings (and their temporary files): written into each tree by that run.
    if rel.startswith(PRESERVED) or rel.startswith(("tests/integration/integration_config.yml",
                                                    "tests/integration/.integration_config.")):
        return False
    return True


def source_files() -> list[str]:
    """Relative paths (with /) of the files that make up the collection in the work tree."""
    # .git is a directory in a clone and a file in a `git worktree`.
    if os.path.exists(os.path.join(REPO, ".git")) and shutil.which("git"):
        out = subprocess.run(
            ["git", "-C", REPO, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True, stdout=subprocess.PIPE).stdout
        paths = [p for p in out.decode("utf-8", "surrogateescape").split("\0") if p]
    else:
        paths = []
        for root, dirs, files in os.walk(REPO):
            rel_root = os.path.relpath(root, REPO)
            rel_root = "" if rel_root == "." else rel_root.replace(os.sep, "/") + "/"
            dirs[:] = [d for d in dirs if not _excluded_dir(d) and not (rel_root + d + "/").startswith(PRESERVED)]
            paths.extend(rel_root + f for f in files)
    # git lists files deleted from the work tree but still in the index: skip what does not exist.
    return sorted(p for p in set(paths) if _wanted(p) and os.path.lexists(os.path.join(REPO, p)))


def _same(src: os.stat_result, dst: os.stat_result) -> bool:
    return (stat.S_IFMT(src.st_mode) == stat.S_IFMT(dst.st_mode) and src.st_size == dst.st_size
            and int(src.st_mtime) == int(dst.st_mtime) and stat.S_IMODE(src.st_mode) == stat.S_IMODE(dst.st_mode))


def sync(root: str, verbose: bool = False) -> tuple[str, int, int]:
    """Bring the tree up to date; return (collection dir, files copied, files removed)."""
    dest = collection_dir(root)
    os.makedirs(dest, exist_ok=True)
    wanted = source_files()
    copied = 0
    for rel in wanted:
        src = os.path.join(REPO, rel)
        dst = os.path.join(dest, rel)
        src_st = os.lstat(src)
        try:
            dst_st = os.lstat(dst)
        except FileNotFoundError:
            dst_st = None
        if stat.S_ISLNK(src_st.st_mode):
            target = os.readlink(src)
            if dst_st is not None and stat.S_ISLNK(dst_st.st_mode) and os.readlink(dst) == target:
                continue
        elif dst_st is not None and _same(src_st, dst_st):
            continue
        if dst_st is not None and stat.S_ISDIR(dst_st.st_mode) and not stat.S_ISLNK(dst_st.st_mode):
            shutil.rmtree(dst)
        elif dst_st is not None:
            os.unlink(dst)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if stat.S_ISLNK(src_st.st_mode):
            os.symlink(os.readlink(src), dst)
        else:
            shutil.copy2(src, dst)
        copied += 1
        if verbose:
            print("copied  %s" % rel)

    keep = set(wanted)
    removed = 0
    for root_dir, dirs, files in os.walk(dest, topdown=True):
        rel_root = os.path.relpath(root_dir, dest)
        rel_root = "" if rel_root == "." else rel_root.replace(os.sep, "/") + "/"
        dirs[:] = [d for d in dirs if not (rel_root + d + "/").startswith(PRESERVED)]
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root_dir, d))]:
            rel = rel_root + name
            if rel not in keep:
                os.unlink(os.path.join(root_dir, name))
                removed += 1
                if verbose:
                    print("removed %s" % rel)
    # Drop directories left empty (not the preserved ones).
    for root_dir, dirs, files in os.walk(dest, topdown=False):
        rel_root = os.path.relpath(root_dir, dest).replace(os.sep, "/") + "/"
        if root_dir != dest and not rel_root.startswith(PRESERVED) and not os.listdir(root_dir):
            os.rmdir(root_dir)
    return dest, copied, removed


def install_tarball(root: str) -> str:
    """Build the collection's tarball with the running ansible-core's ansible-galaxy and install it anew under
    `root`, as users get it (what build_ignore leaves out is missing here too); -> the installed collection."""
    dist = root + "-dist"
    shutil.rmtree(dist, ignore_errors=True)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(dist)
    env = dict(os.environ)
    env.pop("ANSIBLE_COLLECTIONS_PATH", None)
    galaxy = os.path.join(BIN, "ansible-galaxy")
    subprocess.run([galaxy, "collection", "build", "--output-path", dist, REPO], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    tarball = [name for name in os.listdir(dist) if name.endswith(".tar.gz")][0]
    subprocess.run([galaxy, "collection", "install", "--offline", "--force", "-p", root, os.path.join(dist, tarball)],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    return collection_dir(root)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", default="manual", help="tree root build/test-tree/SUITE-coreX.Y (default: manual)")
    parser.add_argument("--dest", help="tree root (overrides --suite)")
    parser.add_argument("--tarball", action="store_true",
                        help="build the tarball and install it there instead of copying the files; prints the root")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    root = os.path.abspath(args.dest) if args.dest else suite_root(args.suite)
    if args.tarball:
        install_tarball(root)
        print(root)
        return 0
    dest, copied, removed = sync(root, args.verbose)
    print(dest)
    print("collection tree: %d file(s) copied, %d removed" % (copied, removed), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
