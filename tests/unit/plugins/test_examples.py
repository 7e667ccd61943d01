# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every plugin's EXAMPLES block: valid YAML, tasks and plays with fully qualified names, and only options the
plugin has, as ansible-doc renders them.

Plugins are found by walking plugins/, so a module, lookup or inventory plugin added later is checked without
touching this file. ansible-doc (one run per plugin type) is the oracle for the option names: it renders the
documentation with its fragments merged, so a plugin it cannot render fails here too.

What is checked in an EXAMPLES block:
- it is YAML: a list of tasks or plays, or (inventory plugins) inventory source mappings with `plugin:`;
- every task has exactly one module, named by its FQCN (`ns.collection.module`); so are `action:`,
  `include_role`/`import_role` and play `roles:` names, and `module_defaults` keys (`group/ns.coll.group`);
- every `lookup('...')`, `query('...')` and `q('...')` names its lookup plugin by FQCN;
- a name in this collection's namespace names a plugin that exists here;
- the options given to this collection's modules and inventory plugins exist (aliases included, suboptions of
  dicts and lists of dicts too), and a literal value of an option with choices is one of them.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import textwrap

import pytest
import yaml

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
COLLECTION = "gitlab_ops.users"
COLLECTIONS_PATH = os.path.join(REPO, "build", "collections")  # tests/unit/conftest.py links the repo there

# plugins/<dir>/ holds no documented plugins (shared code and documentation fragments).
NOT_PLUGIN_DIRS = {"module_utils", "plugin_utils", "doc_fragments", "action", "__pycache__"}
# ansible-doc's plugin type for a plugins/<dir>/ name, where they differ.
DOC_TYPES = {"modules": "module"}
# Filter and test plugin files hold several plugins; only their YAML "sidecar" files document one each.
SIDECAR_ONLY_DIRS = {"filter", "test"}

FQCN = re.compile(r"^[A-Za-z0-9_]+\.[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$")
LOOKUP_CALL = re.compile(r"\b(lookup|query|q)\(\s*(['\"])([^'\"]*)\2")
# Task keywords that are not a module (ansible.playbook.task.Task and Block field attributes, plus the rest).
TASK_KEYWORDS = {
    "action", "always", "any_errors_fatal", "args", "async", "become", "become_exe", "become_flags",
    "become_method", "become_user", "block", "changed_when", "check_mode", "collections", "connection",
    "debugger", "delay", "delegate_facts", "delegate_to", "diff", "environment", "failed_when", "ignore_errors",
    "ignore_unreachable", "listen", "local_action", "loop", "loop_control", "module_defaults", "name", "no_log",
    "notify", "poll", "port", "register", "remote_user", "rescue", "retries", "run_once", "tags", "throttle",
    "timeout", "until", "vars", "when",
}
PLAY_TASK_LISTS = ("pre_tasks", "tasks", "post_tasks", "handlers")
ROLE_MODULES = {"ansible.builtin.include_role", "ansible.builtin.import_role"}


# ---- discovery --------------------------------------------------------------------------------------------

def _python_docs(path):
    """DOCUMENTATION and EXAMPLES of a plugin file, read from its top-level string assignments (no import)."""
    with open(path, "rb") as source:
        tree = ast.parse(source.read(), filename=path)
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("DOCUMENTATION", "EXAMPLES"):
                    found[target.id] = node.value.value
    return found


def _sidecar_docs(path):
    with open(path, encoding="utf-8") as source:
        data = yaml.safe_load(source) or {}
    examples = data.get("EXAMPLES")
    return {"DOCUMENTATION": data.get("DOCUMENTATION"), "EXAMPLES": examples}


def discover(root):
    """{(plugin type, name): {"path", "examples"}} for every documented plugin under root/plugins/."""
    plugins = {}
    base = os.path.join(root, "plugins")
    for directory in sorted(os.listdir(base)) if os.path.isdir(base) else ():
        folder = os.path.join(base, directory)
        if directory in NOT_PLUGIN_DIRS or not os.path.isdir(folder):
            continue
        doc_type = DOC_TYPES.get(directory, directory)
        for dirpath, _dirs, files in os.walk(folder):
            for filename in sorted(files):
                stem, ext = os.path.splitext(filename)
                path = os.path.join(dirpath, filename)
                if ext == ".py" and stem != "__init__" and directory not in SIDECAR_ONLY_DIRS:
                    docs = _python_docs(path)
                elif ext in (".yml", ".yaml"):
                    docs = _sidecar_docs(path)
                else:
                    continue
                relative = os.path.relpath(os.path.join(dirpath, stem), folder)
                name = relative.replace(os.sep, ".")
                entry = plugins.setdefault((doc_type, name), {"path": path, "examples": None})
                if docs.get("EXAMPLES") is not None:  # a sidecar wins over a .py without EXAMPLES
                    entry.update(path=path, examples=docs["EXAMPLES"])
    return plugins


# ---- the checks -------------------------------------------------------------------------------------------

class Checker:
    """Collects the problems of one EXAMPLES block.

    own: {(plugin type, name)} of this collection. options: {(plugin type, fqcn): ansible-doc options dict}
    for this collection's plugins; an own plugin missing from it is not checked for options."""

    def __init__(self, own, options):
        self.own = own
        self.options = options
        self.problems = []

    def check(self, text):
        if not isinstance(text, str) or not text.strip():
            return ["EXAMPLES is missing or empty"]
        try:
            documents = [doc for doc in yaml.safe_load_all(text) if doc is not None]
        except yaml.YAMLError as exc:
            return ["EXAMPLES is not valid YAML: %s" % " ".join(str(exc).split())]
        if not documents:
            return ["EXAMPLES has no YAML content"]
        for number, document in enumerate(documents, 1):
            where = "document %d" % number if len(documents) > 1 else "EXAMPLES"
            if isinstance(document, dict) and "plugin" in document:
                self._inventory_source(document, where)
            elif isinstance(document, list):
                for item in document:
                    self._play_or_task(item, where)
            else:
                self.problems.append("%s is a %s, not a list of tasks or plays (or an inventory source with plugin:)"
                                     % (where, type(document).__name__))
        return self.problems

    # names

    def _name(self, kind, name, where, plugin_type):
        """Problems of one plugin reference: FQCN, and existence when it is ours."""
        if not isinstance(name, str) or not FQCN.match(name):
            self.problems.append("%s: %s %r is not a fully qualified collection name" % (where, kind, name))
            return None
        if name.startswith(COLLECTION + ".") and plugin_type:
            short = name[len(COLLECTION) + 1:]
            if (plugin_type, short) not in self.own:
                self.problems.append("%s: %s %s does not exist in this collection" % (where, kind, name))
                return None
        return name

    def _lookups(self, value, where):
        if isinstance(value, str):
            for match in LOOKUP_CALL.finditer(value):
                self._name("%s()" % match.group(1), match.group(3), where, "lookup")
        elif isinstance(value, dict):
            for key, item in value.items():
                self._lookups(key, where)
                self._lookups(item, where)
        elif isinstance(value, list):
            for item in value:
                self._lookups(item, where)

    # plays and tasks

    def _play_or_task(self, item, where):
        if not isinstance(item, dict):
            self.problems.append("%s: %r is not a task or a play" % (where, item))
        elif "hosts" in item or "import_playbook" in item:
            self._play(item, where)
        else:
            self._task(item, where)

    def _play(self, play, where):
        where = "%s, play %r" % (where, play.get("name", play.get("hosts")))
        if "import_playbook" in play:
            self._name("playbook", play["import_playbook"], where, None)
        self._module_defaults(play.get("module_defaults"), where)
        for role in play.get("roles") or []:
            self._name("role", role.get("role", role.get("name")) if isinstance(role, dict) else role, where, "role")
        for key in PLAY_TASK_LISTS:
            for task in play.get(key) or []:
                self._task(task, where)
        self._lookups({key: value for key, value in play.items() if key not in PLAY_TASK_LISTS}, where)

    def _module_defaults(self, defaults, where):
        for key in defaults or {}:
            if isinstance(key, str) and key.startswith("group/"):
                self._name("action group", key[len("group/"):], where, None)
            else:
                self._name("module_defaults module", key, where, "module")

    def _task(self, task, where):
        if not isinstance(task, dict):
            self.problems.append("%s: %r is not a task" % (where, task))
            return
        where = "%s, task %r" % (where, task.get("name", "(unnamed)"))
        sections = [key for key in ("block", "rescue", "always") if key in task]
        if sections:
            for key in sections:
                for inner in task[key] or []:
                    self._task(inner, where)
            self._module_defaults(task.get("module_defaults"), where)
            self._lookups({key: value for key, value in task.items() if key not in sections}, where)
            return
        modules = [key for key in task if key not in TASK_KEYWORDS and not str(key).startswith("with_")]
        for keyword in ("action", "local_action"):
            if keyword in task:
                value = task[keyword]
                modules.append(value.get("module") if isinstance(value, dict) else str(value).split(" ", maxsplit=1)[0])
        if len(modules) != 1:
            self.problems.append("%s: expected exactly one module, found %s" % (where, modules or "none"))
        else:
            module = self._name("module", modules[0], where, "module")
            args = task.get(modules[0])
            if isinstance(task.get("args"), dict):
                args = dict(task["args"], **(args if isinstance(args, dict) else {}))
            if module in ROLE_MODULES and isinstance(args, dict):
                self._name("role", args.get("name"), where, "role")
            if module and module.startswith(COLLECTION + "."):
                self._options(("module", module), args, where)
        self._module_defaults(task.get("module_defaults"), where)
        self._lookups(task, where)

    def _inventory_source(self, source, where):
        plugin = self._name("inventory plugin", source["plugin"], where, "inventory")
        if plugin and plugin.startswith(COLLECTION + "."):
            self._options(("inventory", plugin), {k: v for k, v in source.items() if k != "plugin"}, where)
        self._lookups(source, where)

    # options

    def _options(self, key, args, where):
        spec = self.options.get(key)
        if spec is None:
            return
        if args is None:
            args = {}
        if not isinstance(args, dict):
            self.problems.append("%s: %s takes options as a mapping, not %r" % (where, key[1], args))
            return
        self._check_args(args, spec, "%s: %s" % (where, key[1]))

    def _check_args(self, args, spec, where):
        names = {}
        for option, details in spec.items():
            names[option] = details or {}
            for alias in (details or {}).get("aliases") or []:
                names[alias] = details or {}
        for option, value in args.items():
            details = names.get(option)
            if details is None:
                self.problems.append("%s has no option %r" % (where, option))
                continue
            choices = details.get("choices")
            literal = isinstance(value, (str, int, float, bool)) and "{{" not in str(value)
            if choices and literal and isinstance(choices, list) and value not in choices:
                self.problems.append("%s: %s=%r is not one of %s" % (where, option, value, choices))
            suboptions = details.get("suboptions")
            if suboptions:
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, dict):
                        self._check_args(item, suboptions, "%s %s" % (where, option))


# ---- fixtures ---------------------------------------------------------------------------------------------

PLUGINS = discover(REPO)


def own_names(root, plugins):
    """Everything an example may name in this collection's namespace: its plugins and its roles."""
    roles = os.path.join(root, "roles")
    names = set(plugins)
    names.update(("role", role) for role in (os.listdir(roles) if os.path.isdir(roles) else ()))
    return names


def ansible_doc(plugin_type, names):
    """(ansible-doc --json output for this collection's plugins of one type, stderr)."""
    env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=COLLECTIONS_PATH, ANSIBLE_NOCOLOR="1")
    command = [os.path.join(os.path.dirname(sys.executable), "ansible-doc"), "--json", "-t", plugin_type]
    done = subprocess.run(command + ["%s.%s" % (COLLECTION, name) for name in names],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=300, check=False)
    return json.loads(done.stdout or "{}"), done.stderr


@pytest.fixture(scope="module")
def rendered():
    """({(plugin type, fqcn): ansible-doc's JSON}, {(plugin type, fqcn): ansible-doc's errors}) for every
    discovered plugin: one ansible-doc run per type, and one per plugin that run did not render (one plugin
    that ansible-doc cannot parse makes it print nothing for the whole type)."""
    docs, errors = {}, {}
    for plugin_type in sorted({kind for kind, _name in PLUGINS}):
        names = sorted(name for kind, name in PLUGINS if kind == plugin_type)
        output, _stderr = ansible_doc(plugin_type, names)
        for name in names:
            fqcn = "%s.%s" % (COLLECTION, name)
            if fqcn not in output:
                alone, errors[(plugin_type, fqcn)] = ansible_doc(plugin_type, [name])
                output.update(alone)
            if fqcn in output:
                docs[(plugin_type, fqcn)] = output[fqcn]
    return docs, errors


# ---- tests ------------------------------------------------------------------------------------------------

def test_discovery_finds_every_module_of_the_action_group():
    """meta/runtime.yml lists every module in the action group: each of them must be found (and checked)."""
    with open(os.path.join(REPO, "meta", "runtime.yml"), encoding="utf-8") as runtime:
        listed = yaml.safe_load(runtime)["action_groups"]["gitlab"]
    assert listed, "meta/runtime.yml lists no module"
    missing = [name for name in listed if ("module", name) not in PLUGINS]
    assert missing == []


@pytest.mark.parametrize("plugin", sorted(PLUGINS), ids=lambda plugin: "%s:%s" % plugin)
def test_examples(plugin, rendered):
    docs, errors = rendered
    plugin_type, name = plugin
    fqcn = "%s.%s" % (COLLECTION, name)
    rendered_doc = docs.get((plugin_type, fqcn))
    assert rendered_doc is not None, "ansible-doc -t %s cannot render %s:\n%s" % (
        plugin_type, fqcn, errors.get((plugin_type, fqcn)))
    options = {key: value["doc"].get("options") or {} for key, value in docs.items()}
    problems = Checker(own_names(REPO, PLUGINS), options).check(PLUGINS[plugin]["examples"])
    assert problems == [], "%s (%s)" % (fqcn, os.path.relpath(PLUGINS[plugin]["path"], REPO))


# The checks themselves, on deliberately broken examples: each must be reported.

OWN = {("module", "gitlab_user"), ("lookup", "gitlab_users"), ("inventory", "gitlab_users"), ("role", "provision")}
OPTIONS = {
    ("module", "gitlab_ops.users.gitlab_user"): {
        "username": {}, "admin": {"aliases": ["isadmin"]}, "account_state": {"choices": ["active", "blocked"]},
        "identities": {"suboptions": {"provider": {}, "extern_uid": {}}},
    },
    ("inventory", "gitlab_ops.users.gitlab_users"): {"api_url": {}, "keyed_groups": {}},
}
GOOD = """
- name: Fine
  gitlab_ops.users.gitlab_user:
    username: alice
    isadmin: true
    account_state: "{{ wanted_state }}"
    identities:
      - provider: ldapmain
        extern_uid: cn=alice
  loop: "{{ query('gitlab_ops.users.gitlab_users', 'a*') }}"
  when: lookup('ansible.builtin.env', 'X') != ''
- name: A play
  hosts: localhost
  module_defaults:
    group/gitlab_ops.users.gitlab:
      api_url: https://gitlab.example.com
  roles:
    - role: gitlab_ops.users.provision
  tasks:
    - name: In a block
      block:
        - name: Inner
          ansible.builtin.include_role:
            name: gitlab_ops.users.provision
"""


def check(text):
    return Checker(OWN, OPTIONS).check(textwrap.dedent(text))


def test_a_correct_sample_has_no_problem():
    assert check(GOOD) == []


@pytest.mark.parametrize("text, expected", [
    ("- name: x\n  gitlab_ops.users.gitlab_user:\n  username: [\n", "EXAMPLES is not valid YAML"),
    ("", "EXAMPLES is missing or empty"),
    ("username: alice\n", "EXAMPLES is a dict, not a list of tasks or plays"),
    ("- name: Short\n  gitlab_user:\n    username: a\n", "module 'gitlab_user' is not a fully qualified collection name"),
    ("- name: Two\n  gitlab_ops.users.gitlab_user: {}\n  ansible.builtin.debug: {}\n", "expected exactly one module"),
    ("- name: None\n  register: x\n", "expected exactly one module, found none"),
    ("- name: Typo\n  gitlab_ops.users.gitlab_usr:\n    username: a\n",
     "module gitlab_ops.users.gitlab_usr does not exist in this collection"),
    ("- name: Short lookup\n  ansible.builtin.debug:\n    msg: \"{{ lookup('gitlab_users', 'a') }}\"\n",
     "lookup() 'gitlab_users' is not a fully qualified collection name"),
    ("- name: Short query\n  ansible.builtin.debug:\n    msg: \"{{ q('env', 'HOME') }}\"\n",
     "q() 'env' is not a fully qualified collection name"),
    ("- name: Unknown option\n  gitlab_ops.users.gitlab_user:\n    usrname: a\n", "has no option 'usrname'"),
    ("- name: Bad choice\n  gitlab_ops.users.gitlab_user:\n    username: a\n    account_state: gone\n",
     "account_state='gone' is not one of ['active', 'blocked']"),
    ("- name: Bad suboption\n  gitlab_ops.users.gitlab_user:\n    username: a\n    identities:\n      - provder: x\n",
     "gitlab_user identities has no option 'provder'"),
    ("- name: Short action\n  action: gitlab_user username=a\n", "module 'gitlab_user' is not a fully qualified"),
    ("- name: Short role\n  ansible.builtin.import_role:\n    name: provision\n", "role 'provision' is not a fully"),
    ("- hosts: localhost\n  roles: [provision]\n", "role 'provision' is not a fully qualified collection name"),
    ("- hosts: localhost\n  module_defaults:\n    group/gitlab:\n      api_url: x\n", "action group 'gitlab' is not"),
    ("- hosts: localhost\n  tasks:\n    - name: Deep\n      block:\n        - name: Inner\n          debug: {}\n",
     "module 'debug' is not a fully qualified collection name"),
    ("plugin: gitlab_users\n", "inventory plugin 'gitlab_users' is not a fully qualified collection name"),
    ("plugin: gitlab_ops.users.gitlab_users\napi_url: x\nkeyed_group: []\n", "gitlab_users has no option 'keyed_group'"),
])
def test_a_broken_sample_is_reported(text, expected):
    problems = check(text)
    assert any(expected in problem for problem in problems), problems


def test_a_plugin_added_later_is_discovered_and_its_broken_examples_reported(tmp_path):
    """discover() walks plugins/: a new module and a new lookup in a fresh tree are found without any list."""
    modules = tmp_path / "plugins" / "modules"
    lookups = tmp_path / "plugins" / "lookup"
    modules.mkdir(parents=True)
    lookups.mkdir(parents=True)
    (tmp_path / "plugins" / "module_utils").mkdir()
    (tmp_path / "plugins" / "module_utils" / "_helper.py").write_text('EXAMPLES = "not a plugin"\n')
    (modules / "gitlab_new.py").write_text(
        'DOCUMENTATION = "module: gitlab_new"\n'
        'EXAMPLES = r"""\n- name: Broken\n  gitlab_new:\n    username: a\n"""\n')
    (lookups / "gitlab_other.py").write_text('DOCUMENTATION = "name: gitlab_other"\n')
    found = discover(str(tmp_path))
    assert sorted(found) == [("lookup", "gitlab_other"), ("module", "gitlab_new")]
    assert Checker(set(found), {}).check(found[("module", "gitlab_new")]["examples"]) == [
        "EXAMPLES, task 'Broken': module 'gitlab_new' is not a fully qualified collection name"]
    assert Checker(set(found), {}).check(found[("lookup", "gitlab_other")]["examples"]) == [
        "EXAMPLES is missing or empty"]
