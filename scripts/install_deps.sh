#!/usr/bin/env bash
# Install the Debian packages given as arguments when any is missing (Debian 12, root or sudo).
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages ok"
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" > /tmp/eco_restore_apt.log 2>&1 || {
  tail -50 /tmp/eco_restore_apt.log; exit 1; }
echo "system packages installed"
