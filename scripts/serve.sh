#!/usr/bin/env bash
# Installs missing tools, builds, and serves the widget at http://127.0.0.1:8080,
# rebuilding on every change.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export TRUNK_OFFLINE=true
echo
echo "Second Chance: http://127.0.0.1:8080/"
echo
exec trunk serve --offline --address 127.0.0.1 --port 8080
