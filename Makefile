# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist); each test module runs whole in one of them.
TEST_WORKERS ?= auto
# Links in mails, feeds and the citation name the address the server runs at.
PORTAL_BASE_URL ?= http://$(HOST):$(PORT)
export PORTAL_BASE_URL

.PHONY: install run test test-browser lint format bench clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py load_demo_content --with-users
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# Each xdist worker has its own database, live server and Chromium.
test-browser: install
	$(PY) -m pytest tests/browser -n $(TEST_WORKERS) -p no:randomly -o addopts="" $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install
	@for script in bench/[!_]*.py; do \
		[ -e "$$script" ] || { echo "Noch keine Benchmarks in bench/."; break; }; \
		echo "== $$script"; DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) "$$script" || exit 1; \
	done

clean:
	rm -rf $(VENV) static_collected media-test* .pytest_cache .ruff_cache
