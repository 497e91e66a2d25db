# Two commands for a new user: `make run` (install, then the whole pipeline on the bundled
# sample web) and `make test` (install, then the whole test suite). Both install only once:
# the stamp file is newer than pyproject.toml and constraints.txt until one of them changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: install run test test-fast ui lint clean bench bench-quick bench-classify eval

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hkai run

test: $(STAMP)
	$(BIN)/python -m pytest

# The quick loop while coding: everything but the end-to-end and UI tests.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m 'not slow and not ui'

ui: $(STAMP)
	$(BIN)/hkai ui

# Benchmarks (BENCHMARKS.md): every ratio against its ceiling, measured in one run. Never part of `make test`.
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run --output BENCHMARKS.md

bench-quick: $(STAMP)
	$(BIN)/python -m benchmarks.run --quick

# Goal 8 alone: classifying 10,000 synthetic articles (a few seconds).
bench-classify: $(STAMP)
	$(BIN)/python -m benchmarks.run --only classify

# The classification rules against the hand-labelled sets (eval/): precision, recall and F1 per label on
# the held-out test part, written to EVAL.md with the confusion pairs. Not part of `make test`.
eval: $(STAMP)
	$(BIN)/python -m eval.run --output EVAL.md

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf data .dagster_home
