#!/usr/bin/env bash
# Install the Debian packages given as arguments when any is missing (Debian 12, root or sudo).
# apt's output goes to a log inside the project (.logs/apt.log, or $ECO_RESTORE_LOG_DIR/apt.log);
# on failure its path, its error lines (E:, Err:) and its last 50 lines are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages ok"
  exit 0
fi
LOG_DIR="${ECO_RESTORE_LOG_DIR:-.logs}"
mkdir -p "$LOG_DIR"
log="$(cd "$LOG_DIR" && pwd)/apt.log"
: >"$log"

fail() {
  echo "error: 'apt-get $1' failed while installing: ${missing[*]}" >&2
  echo "apt's full log: $log" >&2
  echo "--- error lines in the log (the root cause is often here) ---" >&2
  grep -E '^(E|Err):' "$log" >&2 || echo "(no E:/Err: lines)" >&2
  echo "--- last 50 lines of the log ---" >&2
  tail -50 "$log" >&2
  echo "--- end; full log: $log" >&2
  exit 1
}

echo "installing: ${missing[*]} (apt log: $log)"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update >>"$log" 2>&1 || fail update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}" >>"$log" 2>&1 || fail install
echo "system packages installed"
