# Eco-Restore: set-up, tests, demo and packaging on Debian 12 (run as root, or with sudo available).
#   make test     install what is missing, then run the test suite headless
#   make demo     install what is missing, build Demo County and run the whole chain -> demo_output/
#   make package  build the ZIP that QGIS' Plugin Manager installs ("Install from ZIP")
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
APT_PACKAGES := qgis python3-qgis python3-scipy python3-venv python3-pip qttools5-dev-tools \
                poppler-utils xvfb xauth fonts-noto-cjk
DEMO_OUT ?= demo_output
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: deps venv test demo package translations benchmarks clean

deps:
	@bash scripts/install_deps.sh $(APT_PACKAGES)

$(PY): requirements-dev.txt constraints.txt
	$(PY_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -r requirements-dev.txt
	@$(PY) -c "import numpy, scipy; assert numpy.__version__ == '1.24.2', numpy.__version__; print('venv ok: numpy', numpy.__version__, 'scipy', scipy.__version__)"
	@touch $(PY)

venv: deps $(PY)

test: venv
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m pytest $(PYTEST_ARGS)

demo: venv
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) scripts/demo.py $(DEMO_OUT)

package:
	$(PY_SYS) scripts/package.py

translations:
	$(PY_SYS) scripts/translations.py

benchmarks: venv
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(DEMO_OUT) dist .pytest_cache
	find . -name __pycache__ -prune -exec rm -rf {} +
