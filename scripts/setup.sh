#!/usr/bin/env bash
# Installs every tool Second Chance needs, pinned, and only when missing, so a warm
# machine skips straight through (see ../shared/TOOLCHAIN.md for why each pin exists).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must match the library version locked in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  step "installing Trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen CLI $WASM_BINDGEN_VERSION (takes a few minutes once)"
  # --locked fails here: one locked dependency is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  step "installing Chromium and chromedriver from Debian"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# npm ci only when the installed tree does not match the committed lock file.
if ! cmp -s e2e/package-lock.json e2e/node_modules/.installed-lock.json 2>/dev/null; then
  step "installing Playwright, axe-core and binaryen (wasm-opt) from npm"
  (cd e2e && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.installed-lock.json)
fi

# Release builds use npm's binaryen: Debian's wasm-opt 108 cannot parse rustc 1.95 output.
export PATH="$PWD/e2e/node_modules/.bin:$PATH"
step "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
