# The README's commands. `make run` and `make test` set up everything they need.
SHELL := /bin/bash
PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
UV_VERSION := 0.13.8
export UV_PROJECT_ENVIRONMENT := $(VENV)
CONTRACT_DIR := frontend_contract
NODE_DEPS := $(CONTRACT_DIR)/node_modules/.package-lock.json

GRAPHIQL_ASSETS := cms/api/static/graphiql
NPM_CI := npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

.PHONY: help install run test lint format docs contract node-deps example bench system-deps graphiql node-test-deps test-stack stack soak stack-load clean

## help: the targets and what each does
help:
	@grep -E '^## [a-z-]+:' $(MAKEFILE_LIST) | sed 's/^## /  /'

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

## install: build .venv from uv.lock (runtime and test dependencies)
install: $(UV)
	$(UV) sync --frozen --quiet

## graphiql: GraphiQL and React, pinned in infra/graphiql/package-lock.json, served by the CMS
graphiql: $(GRAPHIQL_ASSETS)/graphiql.min.js

$(GRAPHIQL_ASSETS)/graphiql.min.js: infra/graphiql/package-lock.json
	$(NPM_CI) --prefix infra/graphiql
	mkdir -p $(GRAPHIQL_ASSETS)
	cp infra/graphiql/node_modules/graphiql/graphiql.min.css \
	   infra/graphiql/node_modules/react/umd/react.production.min.js \
	   infra/graphiql/node_modules/react-dom/umd/react-dom.production.min.js \
	   infra/graphiql/node_modules/graphiql/graphiql.min.js $(GRAPHIQL_ASSETS)/
	@# graphiql.min.js names its source map index.umd.js.map; collectstatic's manifest storage
	@# (production) refuses a reference to a missing file, so the map ships under that name.
	cp infra/graphiql/node_modules/graphiql/graphiql.min.js.map $(GRAPHIQL_ASSETS)/index.umd.js.map

## node-test-deps: the Node test harnesses from their locks: graphql-http's audit
## (tests/http/audit), axe-core and Lighthouse (tests/browser/audit; they drive Debian's
## Chromium, nothing downloads a browser)
node-test-deps: tests/http/audit/node_modules/.package-lock.json \
	tests/browser/audit/node_modules/.package-lock.json

tests/http/audit/node_modules/.package-lock.json: tests/http/audit/package-lock.json
	$(NPM_CI) --prefix tests/http/audit

tests/browser/audit/node_modules/.package-lock.json: tests/browser/audit/package-lock.json
	$(NPM_CI) --prefix tests/browser/audit

## run: the CMS on its embedded default (SQLite, local media, demo content) at 127.0.0.1:8000
run: install graphiql
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py migrate --noinput -v0
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py load_demo_newsroom
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py bootstrap_admin
	@# Editorial flow: the scheduler loop, the webhook worker and the WordPress import worker
	@# run beside the server.
	export DJANGO_SETTINGS_MODULE=cms.settings.dev; \
	$(PY) manage.py run_scheduler --interval 30 & scheduler=$$!; \
	$(PY) manage.py run_webhook_worker --interval 1 & worker=$$!; \
	$(PY) manage.py run_import_worker --interval 2 & importer=$$!; \
	trap 'kill $$scheduler $$worker $$importer 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

## node-deps: the frontend kit's Node packages (codegen, TypeScript, Apollo Client, Vite) from
## frontend_contract/package-lock.json
node-deps: $(NODE_DEPS)

$(NODE_DEPS): $(CONTRACT_DIR)/package-lock.json $(CONTRACT_DIR)/package.json
	cd $(CONTRACT_DIR) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## system-deps: PostgreSQL server binaries for the integration tests, from Debian, if missing
system-deps:
	@bash infra/install-system-deps.sh

## lint: ruff check, ruff format --check and the import contracts (.importlinter)
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

## docs: the documentation site (MkDocs Material) into var/site, strict: a warning or a
## broken link fails
docs: install
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --quiet

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## test: everything CI runs: system deps, lint, the whole pytest suite (SQLite, PostgreSQL, and
## the production stack's fault tests)
test: install system-deps node-deps graphiql node-test-deps lint docs
	@bash infra/install-system-deps.sh stack
	$(PY) -m pytest
	$(PY) -m pytest --postgresql
	$(MAKE) test-stack

## test-stack: the `stack` tests: PostgreSQL + replica, Redis, S3, 2 gunicorns, nginx (~4 min)
test-stack: install
	@bash infra/install-system-deps.sh stack
	$(PY) -m pytest --stack

## stack: production on loopback, in the foreground until Ctrl-C; nginx at 127.0.0.1:8080
stack: install
	@bash infra/install-system-deps.sh stack
	$(PY) -m infra.stack

## stack-load: req/s and latency through nginx (1 and 2 instances, replica on/off, cached or
## not, and nginx's edge cache against a static file) into bench/results/stack-load.json and
## docs/stack-load.png (not part of `make test`; `make stack-load ARGS=--edge-only`: the edge)
stack-load: install
	@bash infra/install-system-deps.sh stack
	$(PY) -m infra.stack.load $(ARGS)

## soak: 10 minutes at a fixed request rate through nginx; RSS, errors and p99 per minute
## into bench/results/stack-soak.json (not part of `make test`)
soak: install
	@bash infra/install-system-deps.sh stack
	$(PY) -m infra.stack.soak

## contract: regenerate frontend_contract/schema.graphql and the typed client in
## frontend_contract/generated/ after a schema or operation change (commit them)
contract: install node-deps
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py export_graphql_schema
	cd $(CONTRACT_DIR) && npx graphql-codegen --config codegen.yml --silent

## example: the reference frontend (Vite dev server on 127.0.0.1:5174) calling `make run`'s CMS
## on its own origin through CORS (VITE_NEWSROOM_API, default http://127.0.0.1:8000/graphql/)
example: node-deps
	cd $(CONTRACT_DIR) && VITE_NEWSROOM_API=$${VITE_NEWSROOM_API:-http://127.0.0.1:8000/graphql/} npm run example

## bench: our GraphQL API vs Wagtail's REST API v2 and v3 and wagtail-grapple, on SQLite and PostgreSQL;
## prints the table, writes bench/results/*.json and docs/bench.png (not part of `make test`);
## then the scale series (2k, 20k, 100k items on PostgreSQL: bench/results/scale.json, docs/bench-scale.png)
bench: install system-deps
	@bash infra/install-system-deps.sh bench
	$(PY) -m bench
	$(PY) -m bench.scale

clean:
	rm -rf $(VENV) $(TOOLS) var .pytest_cache .ruff_cache $(GRAPHIQL_ASSETS) \
	       infra/graphiql/node_modules tests/http/audit/node_modules tests/browser/audit/node_modules
