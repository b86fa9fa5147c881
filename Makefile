# Two commands do all set-up on a fresh machine with Python 3.11 and make:
#   make site   build seeds/ into _site/
#   make test   run the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test serve clean lint format bench golden

site: $(VENV)/.installed
	$(BIN)/dossier build
	@echo "Open _site/index.html in a browser, or run 'make serve' and visit http://127.0.0.1:8000/"

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

serve: site
	$(BIN)/dossier serve

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/reconcile.py
	$(BIN)/python benchmarks/build.py

golden: $(VENV)/.installed-test
	$(BIN)/pytest tests/test_golden.py --update-golden

clean:
	rm -rf _site .dossier-cache .pytest_cache .ruff_cache .hypothesis build dist *.egg-info
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(VENV)/.installed $@
