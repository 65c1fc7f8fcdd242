#!/usr/bin/env bash
# Builds the release site into dist/: size-tuned wasm (opt-level z, lto, wasm-opt -Oz),
# relative URLs, the external start.js loader. Installs missing tools first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export TRUNK_OFFLINE=true
trunk build --release --offline
echo "built dist/ ($(du -sh dist | cut -f1))"
