# gitlab_ops.users developer entry points. Every target works from a fresh clone on a machine that has
# only python3 and make: the virtualenv is created on demand.
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
BUILD := $(CURDIR)/build
# ansible needs the collection under ansible_collections/<namespace>/<name>/; a symlink keeps it live.
COLLECTIONS := $(BUILD)/collections
COLLECTION_LINK := $(COLLECTIONS)/ansible_collections/gitlab_ops/users
export ANSIBLE_COLLECTIONS_PATH := $(COLLECTIONS)
export ANSIBLE_LOCAL_TEMP := $(BUILD)/ansible-tmp
export PATH := $(BIN):$(PATH)
WITH_GITLAB := $(BIN)/python hacking/with_gitlab.py
PYTEST_WORKERS ?= 2

.PHONY: setup demo test lint sanity unit integration sim bench build clean collection-link

$(VENV)/.installed: requirements-dev.txt tests/simulator/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e tests/simulator
	touch $@

setup: $(VENV)/.installed

collection-link:
	@mkdir -p $(dir $(COLLECTION_LINK))
	@ln -sfn $(CURDIR) $(COLLECTION_LINK)

## demo: the main job: run examples/ against a fresh simulator (or GITLAB_URL/GITLAB_TOKEN if set)
demo: setup collection-link
	$(WITH_GITLAB) -- ansible-playbook examples/demo.yml

## test: lint, sanity, unit and integration tests
test: lint sanity unit integration

lint: setup collection-link
	$(BIN)/yamllint -s .
	$(BIN)/antsibull-changelog lint
	$(BIN)/ansible-lint --offline --profile production

sanity: setup
	$(BIN)/python hacking/sanity.py

# PYTHONPATH makes `ansible_collections.gitlab_ops.users` importable through the symlinked tree.
unit: setup collection-link
	PYTHONPATH=$(COLLECTIONS) $(BIN)/pytest -n $(PYTEST_WORKERS) tests/unit tests/simulator/tests

integration: setup collection-link
	$(WITH_GITLAB) -- $(BIN)/python hacking/integration.py

## sim: run the simulator in the foreground
sim: setup
	$(BIN)/gitlab-sim --host 127.0.0.1 --port $${PORT:-8080} --root-token $${ROOT_TOKEN:-sim-root-token}

## bench: performance figures (prints them; never asserts timings)
bench: setup collection-link
	$(BIN)/python benchmarks/run.py

build: setup
	mkdir -p $(BUILD)/dist
	$(BIN)/ansible-galaxy collection build --force --output-path $(BUILD)/dist .

clean:
	rm -rf $(BUILD) tests/output
