"""Build the collection's documentation site into build/docs/html, without a network (`make docs`).

1. `antsibull-docs sphinx-init` writes a Sphinx project for the collection into build/docs/site/.
2. Its conf.py gets an offline ending: no intersphinx (it would download inventories from docs.python.org and
   docs.ansible.com), and references to Ansible's own documentation (ansible.builtin plugins, other
   collections' modules, the configuration and return value pages) become plain links to docs.ansible.com.
   Any other unresolved reference still fails the build.
3. `antsibull-docs collection` renders the plugin, module and role documentation plus docs/docsite/ into RST.
4. `sphinx-build -W` turns it into HTML; any warning fails.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.dirname(os.path.abspath(sys.executable))
COLLECTION = "gitlab_ops.users"
DOCS = os.path.join(REPO, "build", "docs")
SITE = os.path.join(DOCS, "site")
RST = os.path.join(SITE, "rst")
HTML = os.path.join(DOCS, "html")

OFFLINE_CONF = '''
# ---- Offline build (appended by hacking/docs.py) ----
# No intersphinx: it downloads inventories at build time.
extensions = [name for name in extensions if name != 'sphinx.ext.intersphinx']
intersphinx_mapping = {}

import re as _re

from docutils import nodes as _nodes

_ANSIBLE_DOCS = 'https://docs.ansible.com/ansible/latest/'
_ANSIBLE_PAGES = {
    'ansible_configuration_settings': 'reference_appendices/config.html',
    'common_return_values': 'reference_appendices/common_return_values.html',
    'module_defaults': 'playbook_guide/playbooks_module_defaults.html',
    'intro_patterns': 'inventory_guide/intro_patterns.html',
    'action_plugins': 'plugins/action.html',  # "This module has a corresponding action plugin"
}
# antsibull-docs labels plugins of other collections "ansible_collections.<ns>.<coll>.<name>_<type>".
_PLUGIN_LABEL = _re.compile(r'^ansible_collections\\.(?!gitlab_ops\\.users\\.)([a-z0-9_]+)\\.([a-z0-9_]+)\\.([a-z0-9_.]+)$')


def _link_to_ansible_docs(app, env, node, contnode):
    """Resolve a reference to a label of Ansible's documentation site to a link there."""
    if node.get('refdomain') != 'std' or node.get('reftype') not in ('ref', 'envvar'):
        return None
    target = node.get('reftarget', '')
    page = _ANSIBLE_PAGES.get(target)
    if node.get('reftype') == 'envvar':  # Ansible's own settings (e.g. the inventory cache's)
        page = 'reference_appendices/config.html#envvar-' + target
    match = _PLUGIN_LABEL.match(target)
    if match:
        page = 'collections/%s/%s/%s.html' % match.groups()
    if page is None:
        return None
    reference = _nodes.reference('', '', internal=False, refuri=_ANSIBLE_DOCS + page)
    reference += contnode
    return reference


def setup(app):
    app.connect('missing-reference', _link_to_ansible_docs)
'''


def run(*command):
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=REPO)


def private_directory(path):
    """antsibull-docs writes only into a directory that nobody else can write to."""
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    os.chmod(path, 0o700)


def main() -> int:
    started = time.monotonic()
    os.environ.setdefault("ANSIBLE_COLLECTIONS_PATH", os.path.join(REPO, "build", "collections"))
    os.environ["PATH"] = BIN + os.pathsep + os.environ.get("PATH", "")  # antsibull-docs runs ansible-doc
    os.makedirs(DOCS, exist_ok=True)
    private_directory(SITE)
    run(os.path.join(BIN, "antsibull-docs"), "sphinx-init", "--use-current", "--squash-hierarchy",
        "--fail-on-error", "--no-add-antsibull-docs-version", "--dest-dir", SITE,
        "--project", COLLECTION, "--copyright", "gitlab_ops.users contributors",
        "--title", "gitlab_ops.users: manage GitLab users with Ansible", "--html-short-title", COLLECTION,
        COLLECTION)
    with open(os.path.join(SITE, "conf.py"), "a", encoding="utf-8") as conf:
        conf.write(OFFLINE_CONF)
    private_directory(RST)
    run(os.path.join(BIN, "antsibull-docs"), "--config-file", os.path.join(SITE, "antsibull-docs.cfg"),
        "collection", "--use-current", "--squash-hierarchy", "--fail-on-error", "--cleanup", "everything",
        "--no-add-antsibull-docs-version", "--dest-dir", RST, COLLECTION)
    shutil.rmtree(HTML, ignore_errors=True)
    run(os.path.join(BIN, "sphinx-build"), "-b", "html", "-c", SITE, "-d", os.path.join(DOCS, "doctrees"),
        "-W", "--keep-going", "-q", "-n", RST, HTML)
    pages = sum(name.endswith(".html") for _root, _dirs, files in os.walk(HTML) for name in files)
    index = os.path.relpath(os.path.join(HTML, "index.html"), REPO)
    print("docs: OK - %s (%d pages) in %.0f s" % (index, pages, time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
