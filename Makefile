# Everything a developer or CI runs. `make run` and `make test` set themselves up on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
SAM_VENV := .venv-sam
BIN := $(VENV)/bin
SAM := $(SAM_VENV)/bin/sam
CHECKS_VENV := .venv-checks
export SAM_CLI_TELEMETRY := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements/dev.txt pyproject.toml
	@echo "==> Creating $(VENV) with pinned dependencies (first run takes about a minute)"
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-virtualenv -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

# A tool in its own virtual environment, so its pins never constrain the app's: $(1) folder, $(2) requirements.
define tool_venv
	$(PYTHON) -m venv $(1)
	$(1)/bin/python -m pip install --quiet --upgrade pip
	$(1)/bin/python -m pip install --quiet -r $(2)
	@touch $(1)/.installed
endef

$(SAM_VENV)/.installed: requirements/sam.txt
	@echo "==> Creating $(SAM_VENV) with the SAM CLI"
	$(call tool_venv,$(SAM_VENV),requirements/sam.txt)

$(CHECKS_VENV)/.installed: requirements/checks.txt
	@echo "==> Creating $(CHECKS_VENV) with checkov and cfn-lint-serverless"
	$(call tool_venv,$(CHECKS_VENV),requirements/checks.txt)

.PHONY: install
install: $(VENV)/.installed $(SAM_VENV)/.installed $(CHECKS_VENV)/.installed ## Create the virtual environments

.PHONY: run
run: $(VENV)/.installed ## Serve the API locally on an embedded DynamoDB (PORT=3000)
	$(BIN)/python -m local_gateway

.PHONY: lint
lint: $(VENV)/.installed ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: typecheck
typecheck: $(VENV)/.installed ## mypy (strict)
	$(BIN)/mypy

.PHONY: test-unit
test-unit: $(VENV)/.installed ## Pure domain tests, sockets disabled
	$(BIN)/pytest tests/unit

.PHONY: test-integration
test-integration: $(VENV)/.installed ## Handlers in process against moto's mock_aws
	$(BIN)/pytest tests/integration

.PHONY: test-e2e
test-e2e: $(VENV)/.installed ## Local gateway over HTTP against moto server
	$(BIN)/pytest tests/e2e

.PHONY: test-infra
test-infra: $(VENV)/.installed $(SAM_VENV)/.installed $(CHECKS_VENV)/.installed ## cfn-lint, sam validate --lint, translated-template checks
	$(BIN)/pytest tests/infra

.PHONY: package-check
package-check: $(VENV)/.installed ## Prove the layer's pins resolve to cp313 manylinux aarch64 wheels
	$(BIN)/python -m pip download --quiet --only-binary=:all: --platform manylinux2014_aarch64 \
	  --implementation cp --python-version 3.13 --dest build/layer-wheels -r shared/requirements.txt
	@echo "layer dependencies resolve for cp313 manylinux aarch64:" && ls build/layer-wheels

.PHONY: kb-bundle
kb-bundle: $(VENV)/.installed ## Validate the knowledge base and refresh the seeding function's bundle
	$(BIN)/python -m kbtool bundle

.PHONY: sam-build
sam-build: $(SAM_VENV)/.installed kb-bundle ## sam build (needs python3.13, e.g. PYENV_VERSION=3.13.0)
	$(SAM) build

# `sam build` (BuildMethod: makefile) runs build-<LogicalId> in a copy of the resource's CodeUri, with
# ARTIFACTS_DIR set. Both go through the build script that `make bench-cold` measures.
ROOT := $(patsubst %/,%,$(dir $(abspath $(firstword $(MAKEFILE_LIST)))))
LAMBDA_PYTHON ?= python3.13
BUILD_ARTIFACTS = $(LAMBDA_PYTHON) $(ROOT)/infra/lambda_build/artifacts.py

.PHONY: build-SharedLayer
build-SharedLayer:
	$(BUILD_ARTIFACTS) layer --source . --target "$(ARTIFACTS_DIR)/python" --platform manylinux2014_aarch64

build-%Function:
	$(BUILD_ARTIFACTS) function --source . --target "$(ARTIFACTS_DIR)"

.PHONY: test
test: lint typecheck $(SAM_VENV)/.installed $(CHECKS_VENV)/.installed ## Lint, type check and every test suite
	$(BIN)/pytest tests

.PHONY: bench
bench: $(VENV)/.installed ## Benchmarks (domain-layer latency)
	$(BIN)/python infra/benchmarks/assessment.py
	$(BIN)/python infra/benchmarks/parsing.py

.PHONY: bench-cold
bench-cold: $(VENV)/.installed ## Cold start of the artifact as shipped vs a bare boto3 process (needs python3.13)
	$(BIN)/python infra/benchmarks/cold_start.py $(BENCH_COLD_ARGS)

.PHONY: fuzz
fuzz: $(VENV)/.installed ## schemathesis against the local API (all checks, see schemathesis.toml)
	$(BIN)/python -m local_gateway.fuzz

.PHONY: openapi
openapi: $(VENV)/.installed ## Regenerate docs/openapi.json from the handlers' typed routes
	$(BIN)/python -m local_gateway.openapi

.PHONY: scoring-table
scoring-table: $(VENV)/.installed ## Rewrite the vignette results table in docs/scoring.md
	$(BIN)/python -m tests.vignettes.report --update-docs

.PHONY: load-test
load-test: $(VENV)/.installed ## 30 s, 8 clients, every route, against the local API
	$(BIN)/python infra/benchmarks/load_test.py --seconds 30 --clients 8

.PHONY: lock
lock: $(VENV)/.installed ## Re-pin requirements after editing a *.in file
	$(BIN)/uv pip compile -q requirements/dev.in -o requirements/dev.txt --python-version 3.11
	$(BIN)/uv pip compile -q shared/requirements.in -o shared/requirements.txt --python-version 3.13 \
	  --python-platform aarch64-manylinux_2_28 --no-header
	$(BIN)/uv pip compile -q requirements/sam.in -o requirements/sam.txt --python-version 3.11

.PHONY: clean
clean: ## Remove build output and caches (keeps the virtual environments)
	rm -rf .aws-sam build .pytest_cache .mypy_cache .ruff_cache .hypothesis
