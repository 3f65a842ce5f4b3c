# Eco-Restore: set-up, tests, demo and packaging on Debian 12 (run as root, or with sudo available).
#   make test     install what is missing (Debian packages, then pip: runtime extras and the test packages), run the tests
#   make demo     install what is missing (Debian packages; optional pip extras, skipped when PyPI is unreachable),
#                 build Demo County and run the whole chain -> demo_output/   (SIZE=300 for a small one,
#                 SIZE=4000 for 16 M cells; other options of scripts/demo.py in DEMO_ARGS, they win over SIZE)
#   make package  build the ZIP that QGIS' Plugin Manager installs ("Install from ZIP")
# Everything is written inside this folder (apt aside): .venv/ (stamps .venv/.runtime-ok, .venv/.test-ok),
# .logs/ (apt and pip logs), demo_output/, dist/.
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME_OK := $(VENV)/.runtime-ok
TEST_OK := $(VENV)/.test-ok
APT_PACKAGES := qgis python3-qgis python3-scipy python3-venv python3-pip qttools5-dev-tools \
                poppler-utils xvfb xauth fonts-noto-cjk fonts-wqy-zenhei python3-dask python3-distributed \
                qttranslations5-l10n gcc python3-dev libsuitesparse-dev python3-openpyxl
DEMO_OUT ?= demo_output
SIZE ?=
DEMO_ARGS ?=
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= $(CURDIR)/$(VENV)/xdg-runtime

.PHONY: deps venv venv-test test lint demo package translations benchmarks clean

deps:
	@bash scripts/install_deps.sh $(APT_PACKAGES)

# A stamp file inside the venv, never `touch $(PY)`: .venv/bin/python is a link to the system's python.
$(RUNTIME_OK): requirements.txt requirements-native.txt constraints.txt scripts/setup_venv.sh
	@VENV=$(VENV) PY_SYS=$(PY_SYS) bash scripts/setup_venv.sh runtime
	@touch $@

$(TEST_OK): $(RUNTIME_OK) requirements-test.txt
	@VENV=$(VENV) PY_SYS=$(PY_SYS) bash scripts/setup_venv.sh test
	@touch $@

venv: deps $(RUNTIME_OK)

venv-test: deps $(TEST_OK)

test: venv-test lint
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: venv-test
	$(PY) -m ruff check --config ruff.toml eco_restore_plugin scripts tests benchmarks

demo: venv
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) scripts/demo.py $(DEMO_OUT) $(if $(strip $(SIZE)),--size $(SIZE)) $(DEMO_ARGS)

package:
	$(PY_SYS) scripts/package.py

translations:
	$(PY_SYS) scripts/translations.py

benchmarks: venv
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(DEMO_OUT) dist .pytest_cache .logs
	find . -name __pycache__ -prune -exec rm -rf {} +
