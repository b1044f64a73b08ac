# Every target works on a fresh clone: targets that need tools depend on the virtualenv stamp,
# which creates .venv and installs the project (editable) with its dev tools.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed
GENERATE = $(BIN)/openapi-python-client generate --path spec/np6.yaml --config spec/generator.yaml --custom-template-path spec/templates --meta none --fail-on-warning
# The generator's post-hooks (ruff) must come from the venv.
export PATH := $(BIN):$(PATH)

.PHONY: setup generate check-generated lint test test-install test-lowest fuzz demo bench bench-warehouse spec-coverage clean docs docs-serve api-diff

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

generate: $(STAMP)
	$(GENERATE) --output-path generated/np6_client --overwrite
	$(BIN)/python tools/embed_spec.py spec/np6.yaml generated/np6_client
	$(BIN)/python tools/union_aliases.py spec/np6.yaml generated/np6_client

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && \
	{ $(GENERATE) --output-path $$tmp/np6_client && $(BIN)/python tools/embed_spec.py spec/np6.yaml $$tmp/np6_client \
		&& $(BIN)/python tools/union_aliases.py spec/np6.yaml $$tmp/np6_client; } \
		> $$tmp/log 2>&1 || { cat $$tmp/log; exit 1; }; \
	if diff -r --exclude=__pycache__ generated/np6_client $$tmp/np6_client > $$tmp/diff; then \
		echo "check-generated: generated/np6_client matches spec/np6.yaml"; rm -rf $$tmp; \
	else \
		head -n 60 $$tmp/diff; echo "check-generated: generated/ is stale: run 'make generate' and commit both"; exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/python tools/spec_lint.py
	$(BIN)/ruff check overlays tests tools bench examples
	$(BIN)/ruff format --check overlays tests tools bench examples
	$(BIN)/mypy

# The site is built (strictly) before pytest, which checks it in a browser (tests/docs/) without rebuilding it.
# Two pytest workers (pytest-xdist), a test file each at a time: a file's client and its in-process sandbox share
# one interpreter, so one worker keeps one core busy at most; CI has two.
PYTEST_WORKERS ?= 2
test: lint check-generated docs test-install test-lowest
	NP6_DOCS_SITE=$(abspath site) $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

# np6 as users install it: the wheel without extras in a fresh virtualenv, from a project outside the repository
# (pytest runs, import np6 works, `np6 --help` names the cli extra). About 15 s.
test-install: $(STAMP)
	$(BIN)/python tools/check_install.py plain

# The SDK's tests with np6's dependencies (and the cli and sandbox extras) at their floors. About 2 minutes.
test-lowest: $(STAMP)
	$(BIN)/python tools/check_install.py lowest

# The fault campaign at scale (200,000 recipients per send); writes its table to bench/soak-table.md.
soak: $(STAMP)
	NP6_SOAK=1 $(BIN)/pytest tests/reliability/test_fault_campaign.py -q -p no:cacheprovider

# The contract suite (tests/contract/) with a much larger example budget than CI's; override with
# `make fuzz FUZZ_EXAMPLES=2000`.
FUZZ_EXAMPLES ?= 300
fuzz: $(STAMP)
	NP6_CONTRACT_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/contract -p no:cacheprovider -q

demo: $(STAMP)
	$(BIN)/python examples/demo.py

bench: $(STAMP)
	$(BIN)/python bench/run.py

# 1,000,000 events from the sandbox into DuckDB with `np6 events sync`, against `np6 events pull` (about 15 minutes).
bench-warehouse: $(STAMP)
	$(BIN)/python bench/run.py warehouse

# The documentation site, built offline into site/ (the operation reference is generated from the spec by
# tools/docs_reference.py); --strict makes a broken link, anchor or reference an error.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# Breaking changes of the public Python API (np6, np6_client) since the latest v* tag, or since API_DIFF_REF.
API_DIFF_REF ?=
api-diff: $(STAMP)
	$(BIN)/python tools/api_diff.py $(API_DIFF_REF)

spec-coverage: $(STAMP)
	$(BIN)/python tools/spec_coverage.py

clean:
	rm -rf $(VENV) build dist site .mypy_cache .ruff_cache .pytest_cache
