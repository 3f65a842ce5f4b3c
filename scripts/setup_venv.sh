#!/usr/bin/env bash
# Create the project's virtual environment and install its pip packages. Writes only inside the
# project: the venv, and the logs in .logs/ (pip runs with --no-cache-dir, no version check).
#
#   scripts/setup_venv.sh runtime   venv + optional runtime extras (requirements.txt). Works without
#                                   PyPI: an extra that cannot be installed is skipped with a message.
#   scripts/setup_venv.sh test      also the test packages (requirements.txt + requirements-test.txt),
#                                   which are required: fails with the log's path when pip fails.
#
# Environment: VENV (default .venv), PY_SYS (default /usr/bin/python3), ECO_RESTORE_LOG_DIR (default .logs).
# The venv is made with --system-site-packages: PyQGIS, GDAL and Debian's numpy/scipy come from Debian
# (constraints.txt keeps pip from replacing numpy/scipy).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-runtime}"
VENV="${VENV:-.venv}"
PY_SYS="${PY_SYS:-/usr/bin/python3}"
LOG_DIR="${ECO_RESTORE_LOG_DIR:-.logs}"
mkdir -p "$LOG_DIR"
LOG_DIR="$(cd "$LOG_DIR" && pwd)"

if [ ! -x "$VENV/bin/python" ]; then
  echo "creating $VENV (python from $PY_SYS, with the system site packages)"
  "$PY_SYS" -m venv --system-site-packages "$VENV"
fi
PY="$VENV/bin/python"
PIP=("$PY" -m pip --disable-pip-version-check --no-cache-dir --no-input)

# Optional native extras (requirements-native.txt): built from source; a failure is a note, not an error.
native() {
  local nlog="$LOG_DIR/pip-native.log"
  local want
  want="$(grep -Ev '^\s*(#|$)' requirements-native.txt | xargs)"
  if "$PY" -c "import sksparse.cholmod" >/dev/null 2>&1; then
    echo "optional native packages ok: ${want}"
  elif "${PIP[@]}" install --timeout 20 --retries 1 -c constraints.txt -r requirements-native.txt >"$nlog" 2>&1; then
    echo "optional native packages built: ${want}"
  else
    echo "note: optional native packages skipped (${want}; they need gcc, python3-dev and libsuitesparse-dev"
    echo "      from apt, and PyPI): large circuit systems then use AMG-CG instead of CHOLMOD. pip's log: $nlog"
  fi
}

case "$mode" in
  runtime)
    log="$LOG_DIR/pip-runtime.log"
    extras="$(grep -Ev '^\s*(#|$)' requirements.txt | xargs)"
    if "${PIP[@]}" install --timeout 20 --retries 1 -c constraints.txt -r requirements.txt >"$log" 2>&1; then
      echo "optional packages ok: ${extras}"
    else
      echo "note: optional packages skipped (pip could not install them; PyPI unreachable?): ${extras}"
      echo "      the plugin works without them (pyamg: the circuit solver uses scipy). pip's log: $log"
      echo "      to try again later: rm $VENV/.runtime-ok && make venv"
    fi
    native
    ;;
  test)
    log="$LOG_DIR/pip-test.log"
    if ! "${PIP[@]}" install -c constraints.txt -r requirements.txt -r requirements-test.txt >"$log" 2>&1; then
      echo "error: pip could not install the test packages (requirements-test.txt: pytest, pytest-qgis;" >&2
      echo "       they come from PyPI, which must be reachable for 'make test'). Full log: $log" >&2
      grep -E '^(ERROR|error)' "$log" >&2 || tail -20 "$log" >&2
      exit 1
    fi
    echo "test packages ok (requirements.txt, requirements-test.txt)"
    native
    ;;
  *)
    echo "usage: $0 runtime|test" >&2
    exit 2
    ;;
esac

"$PY" -c "import numpy, scipy; assert numpy.__version__ == '1.24.2', 'numpy ' + numpy.__version__ + ' is not Debian 12\'s 1.24.2: see constraints.txt'; print('venv ok: numpy', numpy.__version__, 'scipy', scipy.__version__)"
