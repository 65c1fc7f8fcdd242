#!/usr/bin/env bash
# Installs missing tools, then runs every test layer: formatting, clippy (native and
# wasm), native unit tests, wasm-bindgen tests in headless Chromium, the release build,
# a smoke check of the serve command, the size budget, and Playwright end-to-end tests
# (with axe-core) against dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
source scripts/setup.sh
echo "setup took $(( $(date +%s) - started )) s"

step() { printf '\n== test: %s\n' "$*"; }
# Every runner's output is also kept here, to print one total at the end.
results=$(mktemp)
serve_log=$(mktemp)
serve_pid=
# The smoke check's server never outlives this script, whatever ends it.
cleanup() {
  if [ -n "$serve_pid" ] && kill -0 -- "-$serve_pid" 2>/dev/null; then
    kill -TERM -- "-$serve_pid" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$serve_pid" 2>/dev/null || true
  fi
  rm -f "$results" "$serve_log"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

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
# The loader and worker templates are real JavaScript (the hook has checked the filled-in
# sw.js; terser has parsed start.js).
node --check web/sw.js
node --input-type=module --check < web/start.js

# The README's first command, on the release build just made, so cargo has nothing to
# compile and only Trunk's post-processing runs again. It serves into its own folder
# (dist/ stays the build the tests below check), on a free port (8080 may be a
# developer's), must answer HTTP 200, and must stop on SIGINT within 10 s.
step "serve smoke check: scripts/serve.sh --release answers, then stops"
smoke_started=$(date +%s%N)
smoke_port=18080
while (exec 3<>"/dev/tcp/127.0.0.1/$smoke_port") 2>/dev/null; do
  smoke_port=$((smoke_port + 1))
  (( smoke_port < 18180 )) || { echo "no free port in 18080-18179 for the smoke check" >&2; exit 1; }
done
smoke_url="http://127.0.0.1:${smoke_port}/"
# Its own session, so the whole group (bash, trunk, cargo, the hook) can be signalled.
PORT=$smoke_port setsid bash scripts/serve.sh --release --dist target/serve-smoke \
  > "$serve_log" 2>&1 < /dev/null &
serve_pid=$!
smoke_failed() {
  echo "serve smoke check failed: $*; the serve command's output:" >&2
  tail -n 40 "$serve_log" >&2
  exit 1
}
deadline=$(( $(date +%s) + ${SMOKE_TIMEOUT:-300} ))
until [ "$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$smoke_url")" = 200 ]; do
  kill -0 "$serve_pid" 2>/dev/null || smoke_failed "it exited before answering at $smoke_url"
  [ "$(date +%s)" -lt "$deadline" ] || smoke_failed "no HTTP 200 at $smoke_url within ${SMOKE_TIMEOUT:-300} s"
  sleep 0.2
done
answered=$(( ($(date +%s%N) - smoke_started) / 1000000 ))
kill -INT -- "-$serve_pid"
stopping=$(date +%s%N)
for _ in $(seq 100); do
  kill -0 -- "-$serve_pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 -- "-$serve_pid" 2>/dev/null && smoke_failed "still running 10 s after SIGINT"
serve_status=0
wait "$serve_pid" || serve_status=$?
serve_pid=
[ "$serve_status" = 0 ] || smoke_failed "it exited with status $serve_status after SIGINT"
printf 'serve smoke check: HTTP 200 at %s after %d.%03d s, stopped cleanly in %d ms\n' \
  "$smoke_url" $((answered / 1000)) $((answered % 1000)) $(( ($(date +%s%N) - stopping) / 1000000 ))

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
