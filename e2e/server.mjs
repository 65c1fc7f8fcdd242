// A tiny static server for the end-to-end tests: serves dist/ under any base path,
// optionally with the strict Content-Security-Policy the widget must run under.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.txt': 'text/plain',
};

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** Starts a server on a free loopback port; resolves to { url, close }. */
export async function serve({ root, base = '/', csp = STRICT_CSP, extraRoutes = {}, mounts = null } = {}) {
  // `mounts` maps URL prefixes to folders (longest prefix first), e.g. a host page at /
  // and the widget's dist/ at /second-chance/; otherwise `root` is served at `base`.
  const table = mounts ? Object.entries(mounts).sort((a, b) => b[0].length - a[0].length) : [[base, root]];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (extraRoutes[url.pathname]) {
      const { type, body } = extraRoutes[url.pathname];
      res.writeHead(200, { 'content-type': type });
      res.end(body);
      return;
    }
    const mount = table.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) { res.writeHead(404); res.end('not found'); return; }
    const [prefix, dir] = mount;
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(path.resolve(dir))) { res.writeHead(403); res.end(); return; }
    try {
      const body = await fs.readFile(file);
      const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
