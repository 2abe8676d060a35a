# Everything a developer or CI runs. `make run` and `make test` set themselves up on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
TOOLS_VENV := .venv-tools
BIN := $(VENV)/bin
UV := $(BIN)/uv
SAM := $(TOOLS_VENV)/bin/sam
AXE := tests/browser/node_modules/axe-core/axe.min.js
export SAM_CLI_TELEMETRY := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help
help: ## List the targets (while coding: `make check`; before you push: `make test`)
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# The app's environment. uv (pinned in requirements/dev.txt) installs it; plain pip only bootstraps uv.
$(VENV)/.installed: requirements/dev.txt pyproject.toml
	@echo "==> Creating $(VENV): Python dependencies for the app and its tests (first run: about a minute)"
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "$$(grep -E '^uv==' requirements/dev.txt)"
	$(UV) pip install --python $(BIN)/python -r requirements/dev.txt
	$(UV) pip install --python $(BIN)/python --no-deps -e .
	@touch $@

# The SAM CLI, checkov and cfn-lint (with its serverless rules), apart so their pins never constrain the app's.
$(TOOLS_VENV)/.installed: requirements/tools.txt $(VENV)/.installed
	@echo "==> Creating $(TOOLS_VENV): SAM CLI, checkov and cfn-lint for the template checks"
	$(UV) venv --quiet --allow-existing --python $(PYTHON) $(TOOLS_VENV)
	$(UV) pip install --python $(TOOLS_VENV)/bin/python -r requirements/tools.txt
	@touch $@

# axe-core for the browser tests' accessibility check, pinned by tests/browser/package-lock.json.
$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@echo "==> Installing axe-core for the browser tests (npm ci)"
	npm ci --prefix tests/browser --no-audit --no-fund --ignore-scripts
	@touch $@

# The browser tests drive Debian's Chromium (Playwright never downloads a browser here).
.PHONY: chromium
chromium: ## Debian's Chromium for the browser tests (apt-get install when missing; needs root)
	@command -v chromium >/dev/null 2>&1 || { \
	  [ "$$(id -u)" -eq 0 ] || { echo "chromium is missing: apt-get install -y chromium" >&2; exit 1; }; \
	  echo "==> Installing chromium for the browser tests (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

.PHONY: install
install: $(VENV)/.installed $(TOOLS_VENV)/.installed ## Create the virtual environments

.PHONY: run
run: first-run-notice $(VENV)/.installed ## Serve the API and the web client (/) locally on an embedded DynamoDB (PORT=3000, LOCAL_API_KEY=local)
	$(BIN)/python -m local_gateway

.PHONY: first-run-notice
first-run-notice:
	@test -f $(VENV)/.installed || echo "==> First run: installing $(VENV) before the API starts (a few minutes; each step is printed)"

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

.PHONY: test-browser
test-browser: $(VENV)/.installed $(AXE) chromium ## The web client in headless Chromium (Debian's chromium; .ci/run installs it)
	$(BIN)/pytest tests/browser

.PHONY: test-infra
test-infra: $(VENV)/.installed $(TOOLS_VENV)/.installed ## cfn-lint, sam validate --lint, checkov, translated-template checks
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
sam-build: $(TOOLS_VENV)/.installed kb-bundle ## sam build (needs python3.13, e.g. PYENV_VERSION=3.13.0)
	$(SAM) build

.PHONY: check
check: lint typecheck ## While coding: lint, types, unit and integration tests (under a minute)
	$(BIN)/pytest tests/unit tests/integration -q

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
# The fuzzer mostly waits on the local usage plan's throttle, so it runs beside the test suites (two
# workers) and its report follows theirs. Both must pass.
test: lint typecheck $(TOOLS_VENV)/.installed $(AXE) chromium ## Everything CI runs: lint, types, every test suite and the fuzzer
	@mkdir -p build
	@echo "==> schemathesis runs in the background (report below, after the test suites)"
	@$(BIN)/python -m local_gateway.fuzz > build/fuzz.log 2>&1 & fuzzer=$$!; \
	  $(BIN)/pytest tests -n 2 --dist loadfile; suites=$$?; \
	  wait $$fuzzer; fuzzed=$$?; \
	  echo "==> schemathesis (make fuzz)"; cat build/fuzz.log; \
	  test $$suites -eq 0 -a $$fuzzed -eq 0

.PHONY: bench
bench: $(VENV)/.installed ## Benchmarks (domain-layer latency)
	$(BIN)/python infra/benchmarks/assessment.py
	$(BIN)/python infra/benchmarks/parsing.py

.PHONY: bench-cold
bench-cold: $(VENV)/.installed ## Cold start of the artifact as shipped vs a bare boto3 process (needs python3.13)
	$(BIN)/python infra/benchmarks/cold_start.py $(BENCH_COLD_ARGS)

.PHONY: fuzz
fuzz: $(VENV)/.installed ## schemathesis against the local API as make run serves it (all checks, schemathesis.toml)
	$(BIN)/python -m local_gateway.fuzz $(FUZZ_URL)

.PHONY: openapi
openapi: $(VENV)/.installed ## Regenerate docs/openapi.json from the handlers' typed routes
	$(BIN)/python -m local_gateway.openapi

.PHONY: scoring-table
scoring-table: $(VENV)/.installed ## Rewrite the vignette results table in docs/scoring.md
	$(BIN)/python -m tests.vignettes.report --update-docs

CLIENTS ?= 8
LOAD_SECONDS ?= 30
.PHONY: load-test
load-test: $(VENV)/.installed ## Every route against the local API (CLIENTS=8, LOAD_SECONDS=30)
	$(BIN)/python infra/benchmarks/load_test.py --seconds $(LOAD_SECONDS) --clients $(CLIENTS)

# Never in CI here: these machines cannot reach a vulnerability service, so it fails (loudly) by design.
# .github/workflows/audit.yml runs it on every push where the service is reachable.
PINNED_SETS := requirements/dev.txt shared/requirements.txt requirements/tools.txt

.PHONY: audit
audit: $(VENV)/.installed $(TOOLS_VENV)/.installed ## pip-audit --strict over every pinned set; fails if any pin is unchecked
	$(BIN)/python -m dependency_audit --pip-audit $(TOOLS_VENV)/bin/pip-audit $(PINNED_SETS)

.PHONY: lock
lock: $(VENV)/.installed ## Re-pin every requirements/*.in and shared/requirements.in
	$(UV) pip compile -q shared/requirements.in -o shared/requirements.txt --python-version 3.13 \
	  --python-platform aarch64-manylinux_2_28 --no-header
	@for source in requirements/*.in; do \
	  echo "==> $$source"; $(UV) pip compile -q "$$source" -o "$${source%.in}.txt" --python-version 3.11 || exit 1; \
	done

.PHONY: clean
clean: ## Remove build output and caches (keeps the virtual environments)
	rm -rf .aws-sam build .pytest_cache .mypy_cache .ruff_cache .hypothesis
