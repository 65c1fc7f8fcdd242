#!/usr/bin/env bash
# Trunk post_build hook (also re-runnable on any built directory: pass it as $1).
# Fills in, from the hashed file names actually built (never hard-coded), the two
# JavaScript templates in web/ (real files, so they can be read and linted as JS):
#  - web/start.js -> start.js, the external loader that replaces Trunk's inline start-up
#    script (a strict CSP forbids inline script), tells embedded widgets where their
#    stylesheet is, and registers the service worker on the standalone page once it is
#    idle;
#  - web/sw.js -> sw.js, the service worker that precaches exactly this build, versioned
#    by a hash of its files, so a new build replaces the old cache.
# On a release build it also gives the wasm's imports and exports short names, in the
# wasm and the glue alike (scripts/short-wasm-names.mjs).
# Placeholders are string literals ("__SC_JS__", ...), so the templates are valid JS too.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "${1:-${TRUNK_STAGING_DIR:?run by trunk or pass a directory}}"
js=$(ls second-chance-*.js | grep -v '_bg' | head -1)
wasm=$(ls second-chance-*_bg.wasm | head -1)
css=$(ls app-*.css | head -1)

# The values go into sed replacements and JS string literals unescaped: refuse anything
# but plain file-name characters rather than write a broken or surprising file.
plain() {
  local v
  for v in "$@"; do
    [[ "$v" =~ ^[A-Za-z0-9._/-]+$ ]] || { echo "post_build.sh: unexpected file name '$v'" >&2; exit 1; }
  done
}
plain "$js" "$wasm" "$css"

sed -e "s#__SC_JS__#${js}#g" -e "s#__SC_CSS__#${css}#g" -e "s#__SC_WASM__#${wasm}#g" \
  "$root/web/start.js" > start.js

# Minify the JavaScript a visitor downloads (the wasm-bindgen glue and start.js) with
# terser, installed from the committed e2e/package-lock.json; Trunk's own minifier
# handles the HTML and CSS but leaves the glue as generated. Names of the wasm imports
# are object keys, which terser leaves alone. About 1.8 KB gzip less. Running it again
# on minified files is harmless, so the hook stays re-runnable.
for f in "$js" start.js; do
  "$root/e2e/node_modules/.bin/terser" "$f" --module --compress --mangle --output "$f.min"
  mv "$f.min" "$f"
done

# Release builds only (a debug build keeps its names for the browser's tools): the
# wasm's imports and exports get one- or two-letter names, in the wasm and in the glue
# alike (see the script; about 5.5 KB gzip less). After terser, whose mangling leaves
# the export names only where the glue calls into the wasm. Re-running it is harmless.
if [ "${TRUNK_PROFILE:-release}" = release ]; then
  node "$root/scripts/short-wasm-names.mjs" "$root/e2e/node_modules/.bin/wasm-opt" "$js" "$wasm"
fi

# Start fetching the JS glue and the wasm while start.js is still loading: without these
# hints the wasm request waits for both scripts to be fetched and run (about 30 ms of
# first interactive on localhost). Idempotent, so the hook can run again on a built dir.
# The HTML may be minified (attributes unquoted and reordered), so the start.js tag is
# matched by its src alone.
if ! grep -q 'rel="*preload' index.html; then
  hints="<link rel=\"modulepreload\" href=\"./${js}\"><link rel=\"preload\" href=\"./${wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin>"
  sed -i -E "s#(<script[^>]*src=\"?\./start\.js\"?[^>]*></script>)#${hints}\1#" index.html
fi

# Everything a visit needs, relative to the worker's scope.
files=$(find . -type f ! -name sw.js ! -path './.stage/*' | sed 's|^\./||' | LC_ALL=C sort)
plain $files
version=$(cat $files | sha256sum | cut -c1-16)
list=$(mktemp)
trap 'rm -f "$list"' EXIT
(echo "./"; for f in $files; do echo "./$f"; done) | sed 's/.*/  "&",/' > "$list"

# The template without its own header (up to the first blank line); the file list
# replaces the placeholder's whole line.
sed -e '1,/^$/d' -e "s#__SC_VERSION__#${version}#g" \
  -e "/^  \"__SC_FILES__\",\$/{r $list" -e 'd}' "$root/web/sw.js" > sw.js
# A service worker is a classic script: check it parses as one.
node --check sw.js
