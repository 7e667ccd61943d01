# gitlab_ops.users developer entry points. Every target works from a fresh clone on a machine that has
# only python3 and make: the virtualenv is created on demand.
#
#   make demo   the main job: the provision role against a simulator (or GITLAB_URL/GITLAB_TOKEN), twice, then an audit
#   make test   everything CI runs (.ci/run): lint, sanity, unit, integration, molecule, build, ee, docs, and every
#               module in both execution modes under each other tested ansible-core (matrix-coreX.Y)
#   make docs   the documentation site in build/docs/html (also part of make test)

# The newest CPython >= 3.12 that this machine has (hacking/find_python says once when there is none); the
# newest ansible-core release needs it. Exported, so that the sub-makes of `make test` do not look again.
ifndef PYTHON
PYTHON := $(shell sh hacking/find_python)
endif
export PYTHON
ifndef PYTHON_VERSION
PYTHON_VERSION := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])')
endif
export PYTHON_VERSION
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
BUILD := $(CURDIR)/build
# ansible needs the collection under ansible_collections/<namespace>/<name>/; a symlink keeps it live.
# (ansible-test needs a real copy instead: hacking/collection_tree.py makes one per suite under build/test-tree/.)
COLLECTIONS := $(BUILD)/collections
COLLECTION_LINK := $(COLLECTIONS)/ansible_collections/gitlab_ops/users
export ANSIBLE_COLLECTIONS_PATH := $(COLLECTIONS)
export ANSIBLE_LOCAL_TEMP := $(BUILD)/ansible-tmp
# Plays run against the implicit localhost; no inventory is needed.
export ANSIBLE_LOCALHOST_WARNING := false
export ANSIBLE_INVENTORY_UNPARSED_WARNING := false
export PATH := $(BIN):$(PATH)
WITH_GITLAB := $(BIN)/python hacking/with_gitlab.py
PYTEST_WORKERS ?= 2
# The ansible-core minors the collection is tested on: TESTED_CORE_MINORS in plugins/plugin_utils/_core_compat.py,
# the one list that also decides where the modules run in-process by default. .venv has the newest release, the
# last of them; each other minor gets a .venv-coreX.Y of its own, on the newest Python that it supports
# (hacking/find_python --core X.Y). The newest pre-release, when it is newer than the newest release, gets
# .venv-prerelease (hacking/core_prerelease.py finds it; CORE_PRERELEASE=VERSION names one).
CORE_TESTED := $(shell sed -n 's/^TESTED_CORE_MINORS = (\(.*\))$$/\1/p' plugins/plugin_utils/_core_compat.py | tr -d '",')
CORE_NEWEST := $(lastword $(CORE_TESTED))
CORE_MATRIX ?= $(filter-out $(CORE_NEWEST),$(CORE_TESTED))
# make test runs the whole suite under the newest release, and under every other minor and the pre-release
# (matrix-coreX.Y, matrix-prerelease) the action plugin's tests (each module in-process against its payload,
# the fallbacks, the isolation of loop items) and the integration targets that go through ansible-playbook
# for the connection and gitlab_user (AnsiballZ packaging of module_utils/_modules, the action group,
# module_defaults), from the collection's built tarball, once in each execution mode.
# make test-matrix (test-coreX.Y) runs every unit test (but those marked slow: CORE_PYTEST_ARGS= adds them)
# and every integration target under every other minor.
CORE_ACTION_TESTS ?= tests/unit/plugins/action
CORE_PYTEST_ARGS ?= -m "not slow"
CORE_INTEGRATION_TARGETS ?= gitlab_connection gitlab_user
MATRIX_TARGETS := $(addprefix test-core,$(CORE_MATRIX))
CI_MATRIX_TARGETS := $(addprefix matrix-core,$(CORE_MATRIX)) matrix-prerelease
VERSION := $(shell sed -n 's/^version: *//p' galaxy.yml)
TARBALL := $(BUILD)/dist/gitlab_ops-users-$(VERSION).tar.gz

.PHONY: setup demo test lint sanity unit unit-fast unit-slow integration molecule test-matrix sim bench build ee docs clean collection-link \
	compat-python-gitlab

# .venv is built anew when the chosen Python changes (a newer one installed, or PYTHON=... given).
$(VENV)/.installed: requirements-dev.txt tests/simulator/pyproject.toml $(VENV)/.python-$(PYTHON_VERSION)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e tests/simulator
	touch $@

$(VENV)/.python-%:
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	touch $@

setup: $(VENV)/.installed

# Left alone when it is right already: suites that run side by side import through it.
collection-link:
	@test "$$(readlink $(COLLECTION_LINK))" = "$(CURDIR)" || \
	  { mkdir -p $(dir $(COLLECTION_LINK)) && ln -sfn $(CURDIR) $(COLLECTION_LINK); }

## demo: the main job (hacking/demo.py): provisions a team with the provision role against a simulator
## seeded with a few hundred users (or GITLAB_URL/GITLAB_TOKEN), shows it, checks that a second run
## reports changed=0, changes GitLab through the API and shows the drift report of examples/audit.yml.
demo: setup collection-link
	@$(BIN)/python hacking/demo.py

## test: lint, sanity, unit and integration tests, molecule, the build checks and test-matrix, TEST_JOBS at a time
## (hacking/run_parallel.py, the longest first; the matrix does not wait for .venv); any failing target
## fails it, and the summary names it
TEST_JOBS ?= 3
# The longest first: the matrix targets need no .venv, so they fill the slots while setup and the long suites run.
TEST_TARGETS := setup $(addsuffix :setup,integration sanity) $(CI_MATRIX_TARGETS) \
	$(addsuffix :setup,unit-fast unit-slow molecule lint docs build ee)
test: collection-link
	$(PYTHON) hacking/run_parallel.py --jobs $(TEST_JOBS) --make "$(MAKE)" $(TEST_TARGETS)

## lint: YAML, changelog fragments, ansible-lint's production profile, the module and extra docs,
## antsibull-nox's extra checks (antsibull-nox.toml: the action group, unwanted files, trailing whitespace)
## and mypy on the client in plugins/module_utils/_api/ (.mypy.ini: strict, every function annotated)
lint: setup collection-link
	$(BIN)/mypy --config-file .mypy.ini
	$(BIN)/yamllint -s .
	$(BIN)/antsibull-changelog lint
	$(BIN)/ansible-lint --offline --profile production
	$(BIN)/antsibull-docs lint-collection-docs --plugin-docs --check-extra-docs-refs .
	$(BIN)/nox --no-color -e extra-checks

## sanity: ansible-test sanity in build/test-tree/ (no ignore files allowed)
sanity: setup
	$(BIN)/python hacking/sanity.py

# PYTHONPATH makes `ansible_collections.gitlab_ops.users` importable through the symlinked tree.
# One pytest run per suite: pytest exits with 5 when a suite collects no test, so an empty or
# mis-configured suite fails `make test` instead of passing silently.
# make test runs the tests marked slow (eight concurrent playbooks, 10,000-user listings) as a target of their
# own, so that they start early and side by side with the rest instead of ending the unit run alone.
unit: unit-fast unit-slow
unit-fast: setup collection-link
	PYTHONPATH=$(COLLECTIONS) $(BIN)/pytest -n $(PYTEST_WORKERS) -m "not slow" tests/unit
	$(BIN)/pytest -n $(PYTEST_WORKERS) tests/simulator/tests
unit-slow: setup collection-link
	PYTHONPATH=$(COLLECTIONS) $(BIN)/pytest -n $(PYTEST_WORKERS) -m slow tests/unit

## integration: ansible-test integration targets against a simulator (or GITLAB_URL/GITLAB_TOKEN)
integration: setup collection-link
	$(WITH_GITLAB) -- $(BIN)/python hacking/integration.py

## molecule: the provision role's molecule scenarios (a simulator started in create, stopped in destroy;
## GITLAB_URL/GITLAB_TOKEN when set)
molecule: setup collection-link
	cd roles/provision && $(BIN)/molecule test --all

## test-matrix: every unit test and integration target under each other tested ansible-core minor (CORE_MATRIX;
## .venv has the newest), each in its own .venv-coreX.Y; test-coreX.Y runs one
test-matrix: $(MATRIX_TARGETS)

# $(call core_venv,DIRECTORY,MINOR,REQUIREMENT): a virtualenv with that ansible-core and only what the tests
# need, on the newest Python the minor supports. ansible-test is the version's own (its bin/ comes first in
# PATH); integration needs no get-pip download (only sanity does, see hacking/sanity.py).
define core_venv
	rm -rf $(1)
	python=$$(sh hacking/find_python --core $(2)) && $$python -m venv $(1)
	$(1)/bin/pip install --quiet --disable-pip-version-check '$(3)' -r requirements-matrix.txt -e tests/simulator
endef

# $(call matrix_share,DIRECTORY,PYTEST OPTIONS,TEST PATHS,INTEGRATION TARGETS): the unit tests, then the integration
# targets as payloads and in-process (GITLAB_OPS_USERS_DIRECT_EXECUTION), both on the collection as users install
# it: built and installed with that version's ansible-galaxy (hacking/collection_tree.py --tarball).
define matrix_share
	@echo "== ansible-core $$($(1)/bin/python -c 'import ansible.release as r; print(r.__version__)') on $$($(1)/bin/python -V)"
	root=$$(PATH=$(CURDIR)/$(1)/bin:$$PATH python hacking/collection_tree.py --suite unit --tarball) && \
	  PATH=$(CURDIR)/$(1)/bin:$$PATH PYTHONPATH=$$root pytest -c $(CURDIR)/pytest.ini --rootdir $$root -p no:cacheprovider \
	    -n $(PYTEST_WORKERS) $(2) $(addprefix $$root/ansible_collections/gitlab_ops/users/,$(3))
	$(call integration_both_ways,$(1),$(4))
endef

# The tarball is installed once; both ways run in that tree, one after the other.
define integration_both_ways
	root=$$(PATH=$(CURDIR)/$(1)/bin:$$PATH python hacking/collection_tree.py --suite integration --tarball) && \
	for direct in false true; do \
	  echo "== integration tests ($(or $(2),every target)), GITLAB_OPS_USERS_DIRECT_EXECUTION=$$direct"; \
	  PATH=$(CURDIR)/$(1)/bin:$$PATH GITLAB_OPS_USERS_DIRECT_EXECUTION=$$direct INTEGRATION_TREE=$$root \
	    python hacking/with_gitlab.py -- python hacking/integration.py $(2) || exit 1; \
	done
endef

.PRECIOUS: .venv-core%/.installed
.venv-core%/.installed: requirements-matrix.txt tests/simulator/pyproject.toml
	$(call core_venv,.venv-core$*,$*,ansible-core~=$*.0)
	touch $@

test-core%: .venv-core%/.installed collection-link
	$(call matrix_share,.venv-core$*,$(CORE_PYTEST_ARGS),tests/unit,)

matrix-core%: .venv-core%/.installed collection-link
	$(call matrix_share,.venv-core$*,,$(CORE_ACTION_TESTS),$(CORE_INTEGRATION_TARGETS))

integration-core%: .venv-core%/.installed collection-link
	$(call integration_both_ways,.venv-core$*,$(CORE_INTEGRATION_TARGETS))

## matrix-prerelease: make test's share of the matrix under the newest ansible-core pre-release, when one is newer
## than the newest release (none: it says so and passes); the in-process runs set the switch to true, since a
## pre-release is not among the tested minors until it is added to TESTED_CORE_MINORS
matrix-prerelease: collection-link
	@version=$$($(PYTHON) hacking/core_prerelease.py) || exit 1; \
	if [ -z "$$version" ]; then echo "matrix-prerelease: no ansible-core pre-release is newer than the newest release"; \
	else $(MAKE) --no-print-directory .venv-prerelease/.installed-$$version matrix-prerelease-run; fi

.venv-prerelease/.installed-%: requirements-matrix.txt tests/simulator/pyproject.toml
	$(call core_venv,.venv-prerelease,$(shell echo $* | cut -d. -f1-2),ansible-core==$*)
	touch $@

matrix-prerelease-run:
	$(call matrix_share,.venv-prerelease,,$(CORE_ACTION_TESTS)/test_parity.py $(CORE_ACTION_TESTS)/test_in_process_safety.py,$(CORE_INTEGRATION_TARGETS))

## sim: run the simulator in the foreground
sim: setup
	$(BIN)/gitlab-sim --host 127.0.0.1 --port $${PORT:-8080} --root-token $${ROOT_TOKEN:-sim-root-token}

## compat-python-gitlab: python-gitlab's own functional user tests (from its sdist, downloaded from PyPI, so
## not part of `make test`) against a fresh simulator; see hacking/compat_python_gitlab.py
compat-python-gitlab: setup
	$(BIN)/python hacking/compat_python_gitlab.py

## bench: performance figures (prints them; never asserts timings). community.general's gitlab_user is
## the yardstick, so the `ansible` package and python-gitlab go into a separate .venv-bench: they are
## never dependencies of the collection or of its tests.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: tests/simulator/pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check 'ansible>=10' 'python-gitlab>=4' \
	  'requests>=2.25' -e tests/simulator
	touch $@

bench: collection-link $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/run.py $(BENCH_ARGS)

## build: build the collection tarball, install it into build/install/, check its contents, that
## ansible-doc finds every module's documentation there, and that the installed collection runs the
## demo in check mode (module_utils imports, the action group in meta/runtime.yml)
build: setup
	rm -rf $(BUILD)/dist $(BUILD)/install
	mkdir -p $(BUILD)/dist
	$(BIN)/ansible-galaxy collection build --force --output-path $(BUILD)/dist .
	ANSIBLE_COLLECTIONS_PATH=$(BUILD)/install $(BIN)/ansible-galaxy collection install --offline --force -p $(BUILD)/install $(TARBALL)
	$(BIN)/python -c 'import sys, tarfile; \
	  names = set(tarfile.open(sys.argv[1]).getnames()); \
	  bad = sorted(n for n in names if n.startswith(("build/", "tests/output/", ".venv", "hacking/", "bench/")) or n.endswith((".pyc", ".tar.gz"))); \
	  missing = [n for n in ("MANIFEST.json", "meta/runtime.yml", "meta/execution-environment.yml", "meta/ee-requirements.txt", "LICENSES/GPL-3.0-or-later.txt", "README.md") if n not in names]; \
	  sys.exit("build: unexpected files %s, missing files %s" % (bad, missing) if bad or missing else 0)' $(TARBALL)
	cd $(BUILD) && ANSIBLE_COLLECTIONS_PATH=$(BUILD)/install $(BIN)/ansible-doc -t module -l gitlab_ops.users | tee $(BUILD)/dist/modules.txt
	@test -s $(BUILD)/dist/modules.txt || { echo "build: the installed collection has no modules" >&2; exit 1; }
	cd $(BUILD) && for m in $$(cut -d" " -f1 $(BUILD)/dist/modules.txt); do \
	  ANSIBLE_COLLECTIONS_PATH=$(BUILD)/install $(BIN)/ansible-doc -t module $$m > /dev/null || exit 1; done
	@echo "build: the installed collection runs examples/provision.yml (the provision role) in check mode"
	ANSIBLE_COLLECTIONS_PATH=$(BUILD)/install $(WITH_GITLAB) -- ansible-playbook --check examples/provision.yml
	@echo "build: OK - $(TARBALL)"

## ee: `ansible-builder create` makes the build context of an execution environment holding the collection;
## checks that it brings `requests` and no system packages (no container engine needed)
ee: setup
	$(BIN)/python hacking/ee_check.py

## docs: the documentation site (antsibull-docs and Sphinx, offline, warnings fail) in build/docs/html
docs: setup collection-link
	$(BIN)/python hacking/docs.py

clean:
	rm -rf $(BUILD) tests/output tests/integration/integration_config.yml
