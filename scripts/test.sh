#!/usr/bin/env bash
# Installs missing tools, then runs every test layer: formatting, clippy (native and
# wasm), native unit tests, wasm-bindgen tests in headless Chromium, the release build,
# the size budget, and Playwright end-to-end tests (with axe-core) against dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
source scripts/setup.sh
echo "setup took $(( $(date +%s) - started )) s"

step() { printf '\n== test: %s\n' "$*"; }
# Every runner's output is also kept here, to print one total at the end.
results=$(mktemp)
trap 'rm -f "$results"' EXIT

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native) -D warnings"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32) -D warnings"
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

step "native tests"
cargo test 2>&1 | tee -a "$results"

# Harper (harper.js, pinned in e2e/package.json) judges every composed letter: no grammar
# or spelling lint beyond the allow-list in e2e/harper-letters.mjs, and no letter over its
# word budget. Test-only: it runs in Node from e2e/node_modules and never enters dist/.
# letter_matrix writes the letters; its own results are not added to the total again, as
# "native tests" above already ran and counted it.
step "letters judged by Harper (test-only)"
LETTERS_JSON=target/letters.json cargo test --test letter_matrix -q
LETTERS_JSON=target/letters.json node --test e2e/harper-letters.mjs 2>&1 | tee -a "$results"

step "wasm-bindgen tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=180 \
  cargo test --target wasm32-unknown-unknown 2>&1 | tee -a "$results"

step "release build"
bash scripts/build.sh

step "size budget (what a visitor downloads)"
node e2e/sizes.mjs dist
# Harper is test-only (e2e/node_modules): fail if any of its glue or wasm reached dist/.
if grep -rlaE 'harper_wasm|harper_core|harper-core' dist; then
  echo "dist/ holds Harper (files above), a test-only tool" >&2
  exit 1
fi

step "end-to-end tests (Playwright + axe-core) against dist/"
(cd e2e && npm test) 2>&1 | tee -a "$results"

echo
echo "all test layers passed in $(( $(date +%s) - started )) s"
# One closing line for every layer: cargo's "test result" lines and node's "# pass".
passed=$(awk '/^test result:/ {n += $4} /^# pass / {n += $3} END {print n + 0}' "$results")
failed=$(awk '/^test result:/ {n += $6} /^# fail / {n += $3} END {print n + 0}' "$results")
echo "${passed} passed, ${failed} failed"
