// The widget's loader, the template of dist/start.js: scripts/post_build.sh fills in the
// "__SC_*__" placeholders with the hashed file names of each build, then minifies it.
// Loads the widget relative to this file, so the same dist/ works from any sub-path and
// from a host page's one <script> tag. It replaces Trunk's inline start-up script, which
// a strict CSP forbids.
import init from "./__SC_JS__";

const here = (file) => new URL(file, import.meta.url).href;
// Embedded widgets render in a shadow root and link their own stylesheet.
for (const host of document.querySelectorAll("[data-second-chance]")) {
  host.setAttribute("data-sc-styles", here("./__SC_CSS__"));
}
const started = init({ module_or_path: here("./__SC_WASM__") });

// Offline support for the standalone page only: a host page embedding the widget keeps
// full control of its own caching. The worker is registered once the widget runs and the
// page is idle: installing it downloads every file of the build again to precache it,
// and doing that during start-up cost about 55 ms of first interactive (measured).
if ("serviceWorker" in navigator && document.getElementById("second-chance")) {
  const register = () => navigator.serviceWorker.register(here("./sw.js"), { scope: here("./") }).catch(() => {});
  started.finally(() => ("requestIdleCallback" in window ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 500)));
}
