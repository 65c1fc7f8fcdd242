#!/usr/bin/env bash
# Installs missing tools, builds, and serves the widget at http://127.0.0.1:8080,
# rebuilding on every change.
#
#   bash scripts/serve.sh                 # dev build at http://127.0.0.1:8080
#   PORT=8081 bash scripts/serve.sh       # another port
#   bash scripts/serve.sh --release       # the release build (what scripts/build.sh makes)
#
# Any other arguments go to `trunk serve` (scripts/test.sh passes --dist, so its smoke
# check leaves dist/ alone). Trunk watches only the sources ([watch] in Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8080}
if ! [[ "$port" =~ ^[0-9]+$ ]] || (( port < 1 || port > 65535 )); then
  echo "serve.sh: PORT must be a port number (1-65535), not '$port'" >&2
  exit 2
fi
release=()
serve_args=()
for arg in "$@"; do
  case "$arg" in
    --release) release=(--release) ;;
    *) serve_args+=("$arg") ;;
  esac
done

# Say so plainly when the port is taken, before any work (and again after the build,
# which can take minutes). A connection that succeeds means something already listens.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free() {
  if listening "$port"; then
    local other
    other=$(( port < 65535 ? port + 1 : 8081 ))
    while listening "$other" && (( other < 65535 )); do other=$((other + 1)); done
    echo >&2
    echo "Port $port on 127.0.0.1 is already in use (another server, or serve.sh already running)." >&2
    echo "Stop it, or use a free port:  PORT=$other bash scripts/serve.sh${*:+ $*}" >&2
    return 1
  fi
}
port_free "$@" || exit 1

source scripts/setup.sh
export TRUNK_OFFLINE=true

# Compile once before anything watches: the first compile writes thousands of files,
# and Trunk's file watcher once panicked on that churn (notify-debouncer-full "index out
# of bounds" in the inotify thread) and never served the page. These are the arguments
# Trunk passes to cargo, so Trunk's own build below finds the compile done and only
# post-processes (wasm-bindgen, the hook, and wasm-opt for --release).
step "compiling before serving"
cargo build --target=wasm32-unknown-unknown --manifest-path Cargo.toml --bin second-chance \
  --offline "${release[@]}"

port_free "$@" || exit 1
echo
echo "Second Chance: http://127.0.0.1:${port}/"
echo
exec trunk serve --offline --address 127.0.0.1 --port "$port" "${release[@]}" "${serve_args[@]}"
