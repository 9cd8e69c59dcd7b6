# Fit for the Future: everyday commands. `make run` to try the site, `make test` for the whole suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
REDIS_TEST_URL ?= redis://127.0.0.1:6379/15
CHROMIUM ?= /usr/bin/chromium
DEPLOY_ENV := DJANGO_SETTINGS_MODULE=fitforfuture.settings.production \
	SECRET_KEY=check-deploy-only-$$(printf 'x%.0s' {1..60}) ALLOWED_HOSTS=fitforfuture.example \
	REDIS_URL=redis://127.0.0.1:6379/0

.PHONY: messages pdf-libraries backup restore help install install-dev run migrate demo superuser worker test lint check-deploy test-sqlite test-postgres browser bench clean

help:
	@echo "make run         install, migrate, load demo content and serve http://$(HOST):$(PORT) (SQLite)"
	@echo "make test        lint, migration and deploy checks, then the suite on SQLite and on PostgreSQL + Redis"
	@echo "make superuser   create an admin login for http://$(HOST):$(PORT)/admin/"
	@echo "make worker      run the background task worker (emails)"
	@echo "make bench       run the page benchmark (bench/pages.py)"
	@echo "make backup      back up the database and uploaded files into backups/"
	@echo "make restore FROM=backups/backup-...   restore a backup (replaces current data)"

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(PY)
	@$(MAKE) --no-print-directory pdf-libraries
	$(PIP) install --quiet -r requirements.txt
	@touch $@

# WeasyPrint (PDF reports) draws text with Pango; install Debian's packages when missing.
pdf-libraries:
	@if ! ldconfig -p | grep -q 'libpango-1.0.so.0' || ! ldconfig -p | grep -q 'libpangoft2-1.0.so.0'; then \
		echo "Installing Pango for PDF reports"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null; \
	fi

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(PY)
	@$(MAKE) --no-print-directory pdf-libraries
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo_content

run: demo
	@echo "Serving Fit for the Future on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/, 'make superuser' for a login)"
	$(PY) manage.py runserver $(HOST):$(PORT)

superuser: migrate
	$(PY) manage.py createsuperuser

worker: migrate
	TASKS_BACKEND=django_tasks_db.DatabaseBackend $(PY) manage.py task_worker

backup: install
	$(PY) manage.py backup --directory backups

restore: install
	@test -n "$(FROM)" || (echo "Usage: make restore FROM=backups/backup-YYYYMMDD-HHMMSS" && exit 2)
	$(PY) manage.py restore "$(FROM)"

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check-deploy: install-dev
	DJANGO_SETTINGS_MODULE=fitforfuture.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(DEPLOY_ENV) $(PY) manage.py check --deploy --fail-level WARNING
	@tmp=$$(mktemp -d) && $(DEPLOY_ENV) STATIC_ROOT=$$tmp $(PY) manage.py collectstatic --noinput -v0 \
		&& echo "collectstatic with production settings: OK" ; status=$$?; rm -rf $$tmp; exit $$status

browser:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi
	@"$(CHROMIUM)" --version

test-sqlite: install-dev browser
	REQUIRE_BROWSER=1 $(PY) -m pytest

test-postgres: install-dev browser
	@if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then \
		echo "== PostgreSQL + Redis lane"; \
		DATABASE_URL=$(PG_URL) REDIS_URL=$(REDIS_TEST_URL) REQUIRE_BROWSER=1 $(PY) -m pytest; \
	else \
		echo "== PostgreSQL or Redis is not answering on 127.0.0.1: PostgreSQL + Redis lane skipped"; \
	fi

test: lint check-deploy test-sqlite test-postgres

# Interface translations: extract the words to translate into locale/*/LC_MESSAGES/django.po
# (needs GNU gettext's xgettext), then compile the .mo files in Python (polib).
messages: install
	$(PY) manage.py makemessages --locale pl --locale pa --locale lt --locale ro --locale pt --no-obsolete \
		--ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'media/*' --ignore 'bench/*' --ignore 'tests/*'
	$(PY) manage.py compile_translations

bench: install-dev
	$(PY) bench/pages.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
