# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run serve migrate seed test lint format check clean soak bench

help: ## List the make targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install everything

migrate: $(STAMP) ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

seed: migrate ## Import the seed pages in seeds/
	$(BIN)/python manage.py import_postings seeds/

run: seed ## Install, migrate, import seeds/ and serve http://127.0.0.1:8000
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP) ## Run the test suite (DATABASE_URL selects the database)
	$(BIN)/pytest -q $(PYTEST_ARGS)

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

soak: $(STAMP) ## Load and fault soak: gunicorn + PostgreSQL under wrk, outage, killed import (~4 min)
	$(BIN)/python scripts/soak.py $(SOAK_ARGS)

bench: $(STAMP) ## Benchmark pages with gunicorn + wrk and the importer (BENCH_N, DATABASE_URL)
	$(BIN)/python scripts/bench.py

check: $(STAMP) ## Everything CI runs (.ci/run)
	bash .ci/run

clean: ## Remove .venv, the SQLite database and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles
