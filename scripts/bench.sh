#!/usr/bin/env bash
# Benchmarks for "Fast and small": builds the release site, runs the native benchmarks
# (diagnosis, letter composer, tone check), then the browser benchmarks in
# e2e/bench.mjs, which prints one table with every figure. A report only: nothing here
# fails on slow figures, and it is not part of scripts/test.sh.
#
#   bash scripts/bench.sh            # RUNS=15 browser runs per metric
#   RUNS=30 KEYS=50 bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

# The browser figures are for the release build a visitor downloads, never a stale dist/.
bash scripts/build.sh

# Each bench prints its own result lines; collect them so bench.mjs can put them in the
# same table. Cargo's own progress goes to stderr and stays on the terminal.
native=$(mktemp)
trap 'rm -f "$native"' EXIT
for bench in diagnosis letter tone; do
  printf '\n== bench: cargo bench --bench %s\n' "$bench"
  cargo bench --bench "$bench" | tee -a "$native"
done

printf '\n== bench: browser (e2e/bench.mjs)\n'
BENCH_NATIVE_FILE="$native" node e2e/bench.mjs
