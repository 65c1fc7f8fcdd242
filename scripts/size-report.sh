#!/usr/bin/env bash
# Where the wasm's bytes go ("Fast and small"): builds the release, optimises a copy of
# the wasm exactly as Trunk does (wasm-opt -Oz, then index.html's data-wasm-opt-params)
# but keeping function names, and prints the largest contributors grouped by what they
# are, then the 25 largest single items.
# A report for size work, not a test; installs twiggy once if it is missing.
#
#   bash scripts/size-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

TWIGGY_VERSION=0.8.0
if ! twiggy --version 2>/dev/null | grep -q "$TWIGGY_VERSION"; then
  step "installing twiggy $TWIGGY_VERSION (takes a few minutes once)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi

bash scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --keep-debug --out-dir "$work" target/wasm32-unknown-unknown/release/second-chance.wasm
# The same passes as Trunk's: -Oz, then the data-wasm-opt-params of index.html.
read -r -a params <<< "$(grep -o 'data-wasm-opt-params="[^"]*"' index.html | cut -d'"' -f2)"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$work/second-chance_bg.wasm" -o "$work/named.wasm" "${params[@]}"
twiggy top -n 1000000 --format csv "$work/named.wasm" > "$work/top.csv"
node e2e/size-groups.mjs "$work/top.csv"
