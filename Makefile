# The README's commands. `make run` and `make test` set up everything they need.
SHELL := /bin/bash
PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
UV_VERSION := 0.13.8
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install run test test-stack stack soak stack-load lint format contract bench system-deps clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

## install: build .venv from uv.lock (runtime and test dependencies)
install: $(UV)
	$(UV) sync --frozen --quiet

## run: the CMS on its embedded default (SQLite, local media, demo content) at 127.0.0.1:8000
run: install
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py migrate --noinput -v0
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py load_demo_newsroom
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py bootstrap_admin
	@# Editorial flow: the scheduler loop and the webhook worker run beside the server.
	export DJANGO_SETTINGS_MODULE=cms.settings.dev; \
	$(PY) manage.py run_scheduler --interval 30 & scheduler=$$!; \
	$(PY) manage.py db_worker --backend webhooks --queue-name webhooks --interval 1 --no-reload & worker=$$!; \
	trap 'kill $$scheduler $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

## system-deps: PostgreSQL server binaries for the integration tests, from Debian, if missing
system-deps:
	@bash infra/install-system-deps.sh

## lint: ruff check and ruff format --check
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## test: everything CI runs: system deps, lint, the whole pytest suite (SQLite and PostgreSQL)
## and the fault tests against the production topology on loopback
test: install system-deps lint
	$(PY) -m pytest
	$(PY) -m pytest --postgresql
	$(MAKE) test-stack

## test-stack: the `stack` tests: PostgreSQL + replica, Redis, S3, 2 gunicorns, nginx (~5 min)
test-stack: install
	@bash infra/install-system-deps.sh stack
	$(PY) -m pytest --stack

## stack: production on loopback, in the foreground until Ctrl-C; nginx at 127.0.0.1:8080
stack: install
	@bash infra/install-system-deps.sh stack
	$(PY) -m infra.stack

## stack-load: req/s and latency through nginx (1 and 2 instances, replica on/off, cached or
## not) into bench/results/stack-load.json and docs/stack-load.png (not part of `make test`)
stack-load: install
	$(UV) sync --frozen --all-groups --quiet
	@bash infra/install-system-deps.sh stack
	$(PY) -m infra.stack.load

## soak: 10 minutes at a fixed request rate through nginx; RSS, errors and p99 per minute
## into bench/results/stack-soak.json (not part of `make test`)
soak: install
	$(UV) sync --frozen --all-groups --quiet
	@bash infra/install-system-deps.sh stack
	$(PY) -m infra.stack.soak

## contract: regenerate frontend_contract/schema.graphql after a schema change (commit it)
contract: install
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py export_graphql_schema

## bench: our GraphQL API vs Wagtail's REST API v2 and wagtail-grapple, on SQLite and PostgreSQL;
## prints the table, writes bench/results/*.json and docs/bench.png (not part of `make test`)
bench: install system-deps
	$(UV) sync --frozen --all-groups --quiet
	@bash infra/install-system-deps.sh bench
	$(PY) -m bench

clean:
	rm -rf $(VENV) $(TOOLS) var .pytest_cache .ruff_cache
