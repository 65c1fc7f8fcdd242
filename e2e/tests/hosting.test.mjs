// Embedding, static hosting, CSP and offline: the widget inside a heavy-handed blog
// page (e2e/fixtures/hostile-blog/), the demo article (examples/blog.html), two widgets
// on one page, dist/ under a sub-path, the strict CSP header, the service worker
// (offline reload, cache replaced by a new build) and the manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, STRICT_CSP } from '../server.mjs';
import { setup, DIST } from '../journey.mjs';

const EXAMPLES = path.resolve(DIST, '..', 'examples');
// The heavy-handed blog page (host CSS meant to break the widget) is a test fixture; the
// tidy article in examples/ is the demo a blog owner judges the look by.
const HOSTILE = path.resolve(DIST, '..', 'e2e', 'fixtures', 'hostile-blog');
const REPO = path.resolve(DIST, '..');
// Only the browser is shared: each test starts the server its hosting needs.
const env = setup({ serve: false });

test('embedded mid-article in the blog page: host styles and keys intact, widget works, no globals', async (t) => {
  const server = await serve({ mounts: { '/': HOSTILE, '/second-chance/': DIST } });
  // Closed even when an assertion fails: an open server keeps the test file's
  // process alive, and a failing run would hang instead of failing.
  t.after(() => server.close());
  const j = await env.open({ origin: server.origin, url: `${server.origin}/blog.html`, namespace: 'careers-desk' });
  const { page, problems, root: widget, company } = j;
  await j.context.addInitScript(() => { window.__globalsBefore = Object.getOwnPropertyNames(window); });
  await j.goto();
  // The host page keeps its look.
  assert.equal(await page.locator('h1').evaluate((el) => getComputedStyle(el).color), 'rgb(139, 0, 0)');
  assert.equal(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 250, 240)');
  assert.deepEqual(await page.evaluate(() => [...document.styleSheets].map((s) => s.href && new URL(s.href).pathname)), ['/blog.css']);
  // The widget is untouched by the host's !important element rules.
  assert.notEqual(await company.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 105, 180)');
  assert.ok(await widget.getByText('Company', { exact: true }).isVisible(), 'labels stay visible');
  const width = await company.evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(width > 150, `inputs keep their width (${width}px)`);
  // The host's accent colour reaches the widget (custom properties cross the shadow root).
  const next = widget.getByRole('button', { name: 'Next: what went wrong?' });
  assert.equal(await next.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(139, 0, 0)');
  // It works.
  await company.fill('Embedded Co');
  await j.next('diagnose');
  await j.tick('criticised_former_boss');
  await widget.locator('.sc-verdict-headline').waitFor();
  assert.ok(await widget.locator('.sc-bars svg').first().isVisible(), 'its SVG charts are not hidden by the host rule');
  await j.saved();
  // Host keys untouched; the widget's keys are namespaced.
  const storage = await j.stored();
  assert.equal(storage['careers-desk-progress'], 'article-42:0.35');
  assert.equal(storage['newsletter-dismissed'], 'true');
  const ours = Object.keys(storage).filter((k) => !['careers-desk-progress', 'newsletter-dismissed'].includes(k));
  assert.ok(ours.length > 0 && ours.every((k) => k.startsWith('careers-desk:')), ours.join(', '));
  assert.ok(ours.some((k) => k.startsWith('careers-desk:draft:')), ours.join(', '));
  // No service worker in embedded mode: the host page's requests are never intercepted.
  // The standalone page registers its worker in an idle callback after start-up; one of
  // ours queued now runs after it would have, so the check below cannot pass early.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  // No globals leaked onto window.
  const added = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((n) => !window.__globalsBefore.includes(n) && n !== '__globalsBefore'));
  assert.deepEqual(added, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await page.screenshot({ path: path.join(DIST, '..', 'e2e', 'artifacts', 'blog-embed.png'), fullPage: true });
  await j.close();
});

test('embedded, printing opens the letter alone in a new window', async (t) => {
  const server = await serve({ mounts: { '/': HOSTILE, '/second-chance/': DIST } });
  // Closed even when an assertion fails: an open server keeps the test file's
  // process alive, and a failing run would hang instead of failing.
  t.after(() => server.close());
  const j = await env.open({ origin: server.origin, url: `${server.origin}/blog.html`, namespace: 'careers-desk' });
  const { page, problems, root: widget } = j;
  // Headless has no print dialog; record the call instead of opening one.
  await j.context.addInitScript(() => { window.print = () => { window.__printed = true; }; });
  await j.goto();
  await j.company.fill('Print Co <b>bold</b>');
  await j.openStep('send');
  const letter = await widget.locator('#sc-final-letter .sc-preview-body').textContent();
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    j.button('Print or save as PDF').click(),
  ]);
  await popup.waitForFunction(() => window.__printed === true);
  const printed = await popup.evaluate(() => document.body.innerText);
  assert.ok(printed.includes(letter.split('\n')[0]), printed.slice(0, 80));
  assert.ok(printed.includes('Print Co <b>bold</b>'), 'markup stays text');
  assert.equal(await popup.locator('b').count(), 0);
  assert.ok(!printed.includes('FIRST, NAME THE PROBLEM'), 'none of the host article is printed');
  assert.deepEqual(problems.consoleErrors, []);
  await j.close();
});

test('the demo article (examples/blog.html) loads the widget mid-article at 390 and 1280 px, cleanly; screenshots', async (t) => {
  const server = await serve({ mounts: { '/': EXAMPLES, '/second-chance/': DIST } });
  // Closed even when an assertion fails: an open server keeps the test file's
  // process alive, and a failing run would hang instead of failing.
  t.after(() => server.close());
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const j = await env.open({ origin: server.origin, url: `${server.origin}/blog.html`, namespace: 'careers-desk', viewport });
    const { page, problems } = j;
    await j.goto();
    assert.ok(await j.heading('interview').isVisible(), `the widget is up at ${viewport.width} px`);
    // Mid-article: the article's text comes before and after it.
    const [before, after] = await page.locator('[data-second-chance]').evaluate((el) => {
      const paragraphs = [...document.querySelectorAll('article p')];
      const isBefore = (p) => p.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
      return [paragraphs.filter(isBefore).length, paragraphs.filter((p) => !isBefore(p) && !el.contains(p)).length];
    });
    assert.ok(before >= 2 && after >= 2, `paragraphs before the widget ${before}, after it ${after}`);
    assert.equal(await j.scrollWidth(), viewport.width, 'no horizontal scroll');
    if (viewport.width === 1280) {
      const column = await page.locator('.post-body').evaluate((el) => el.getBoundingClientRect().width);
      assert.ok(column >= 680 && column <= 760, `a readable article column (${column}px)`);
    }
    await j.saved();
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
    await j.screenshot(`blog-article-${viewport.width}`);
    await j.close();
  }
});

test('two widgets on one page do not interfere', async (t) => {
  const twoPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two</title><link rel="icon" href="data:,"></head><body>
    <div data-second-chance data-namespace="one" data-theme="light"></div>
    <div data-second-chance data-namespace="two" data-theme="dark" data-compact></div>
    <script type="module" src="second-chance/start.js"></script></body></html>`;
  const server = await serve({ mounts: { '/second-chance/': DIST, '/': EXAMPLES }, extraRoutes: { '/two.html': { type: 'text/html', body: twoPage } } });
  // Closed even when an assertion fails: an open server keeps the test file's
  // process alive, and a failing run would hang instead of failing.
  t.after(() => server.close());
  const j = await env.open({ origin: server.origin, url: `${server.origin}/two.html` });
  await j.page.goto(j.url);
  const [one, two] = [j.widget('one'), j.widget('two')];
  await one.company.fill('First widget');
  await two.company.fill('Second widget');
  await two.next('diagnose');
  assert.equal(await one.company.inputValue(), 'First widget');
  assert.ok(await one.heading('interview').isVisible());
  assert.ok(await two.root.locator('.sc-app.sc-compact.sc-theme-dark').count() === 1);
  await one.saved();
  await two.saved();
  const keys = Object.keys(await j.stored());
  assert.ok(keys.some((k) => k.startsWith('one:draft:')) && keys.some((k) => k.startsWith('two:draft:')), keys.join(', '));
  assert.deepEqual(j.problems.consoleErrors, []);
  await j.close();
});

test('dist/ works from a sub-path, under the strict CSP header, requesting nothing outside it', async (t) => {
  const base = '/careers/tools/second-chance/';
  const server = await serve({ root: DIST, base });
  // Closed even when an assertion fails: an open server keeps the test file's
  // process alive, and a failing run would hang instead of failing.
  t.after(() => server.close());
  const j = await env.open({ origin: server.origin, url: server.origin + base });
  const { page, problems } = j;
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  const response = await j.goto();
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await j.company.fill('Sub-path Co');
  assert.ok(paths.length > 3 && paths.every((p) => p.startsWith(base)), paths.join(', '));
  // Nothing inline: no inline script, no style attributes (both forbidden by the CSP).
  assert.equal(await page.locator('script:not([src])').count(), 0);
  assert.equal(await page.locator('[style]').count(), 0);
  assert.deepEqual(problems.consoleErrors, [], 'no CSP violations');
  assert.deepEqual(problems.foreignRequests, []);
  // The web app manifest and its icons are served.
  const manifestHref = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await page.request.get(new URL(manifestHref, page.url()).href)).json();
  assert.equal(manifest.start_url, './');
  for (const icon of manifest.icons) {
    assert.equal((await page.request.get(new URL(icon.src, new URL(manifestHref, page.url())).href)).status(), 200, icon.src);
  }
  await j.close();
});

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test('the standalone page registers its worker only once the widget is on screen', async (t) => {
  // Installing the worker downloads the whole build again to precache it; during start-up
  // that competed with the wasm and the first render. Record, at the moment register()
  // is called, whether the first form field already exists.
  const server = await serve({ root: DIST });
  // Closed even when an assertion fails: an open server keeps the test file's
  // process alive, and a failing run would hang instead of failing.
  t.after(() => server.close());
  const j = await env.open({ origin: server.origin, url: server.url });
  const { context, page, problems } = j;
  await context.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__widgetUpAtRegister = document.getElementById('sc-company') !== null;
      return register.apply(this, args);
    };
  });
  // No waiting for the widget here: the hook records whether it was up.
  await page.goto(j.url);
  await page.waitForFunction(() => window.__widgetUpAtRegister !== undefined);
  assert.equal(await page.evaluate(() => window.__widgetUpAtRegister), true);
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(problems.consoleErrors, []);
  await j.close();
});

test('after one visit the app loads and works offline; a new build replaces the cache', async (t) => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-dist-'));
  fs.cpSync(DIST, copy, { recursive: true });
  const server = await serve({ root: copy });
  // Closed even when an assertion fails: an open server keeps the test file's
  // process alive, and a failing run would hang instead of failing.
  t.after(() => server.close());
  const j = await env.open({ origin: server.origin, url: server.url });
  const { context, page } = j;
  await j.goto();
  await controlled(page);
  const firstCaches = await page.evaluate(() => caches.keys());
  assert.equal(firstCaches.length, 1);

  await context.setOffline(true);
  await j.reload();
  await j.company.fill('Offline Co');
  assert.equal(await j.company.inputValue(), 'Offline Co');
  await context.setOffline(false);

  // A new build: different content, regenerated worker.
  fs.appendFileSync(path.join(copy, 'index.html'), '\n<!-- next release -->\n');
  execFileSync('bash', [path.join(REPO, 'scripts', 'post_build.sh'), copy]);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  // Poll from here: the new worker installs its cache, then deletes the old one.
  let secondCaches = firstCaches;
  for (let tries = 0; tries < 100 && !(secondCaches.length === 1 && secondCaches[0] !== firstCaches[0]); tries++) {
    await page.waitForTimeout(100);
    secondCaches = await page.evaluate(() => caches.keys());
  }
  assert.notEqual(secondCaches[0], firstCaches[0]);
  await j.close();
  fs.rmSync(copy, { recursive: true, force: true });
});
