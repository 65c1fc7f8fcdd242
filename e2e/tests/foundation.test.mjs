// The release build loads in headless Chromium under the strict CSP, renders the first
// step of the product, logs no console errors, requests nothing from another origin,
// and passes an axe-core WCAG 2.1 A/AA scan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../server.mjs';
import { launch, openPage, widgetReady, DIST, ARTIFACTS } from '../browser.mjs';

let server, browser;
before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve({ root: DIST });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('the release build renders the interview step with no errors and no foreign requests', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await widgetReady(page);
  assert.equal(await page.getByRole('heading', { level: 2 }).first().textContent(), 'Step 1: The interview');
  for (const label of ['Company', 'Role you applied for', "Interviewer's name", 'Interview date', 'Your name']) {
    assert.ok(await page.getByLabel(label, { exact: true }).isVisible(), `field "${label}" is visible`);
  }
  await page.getByLabel('Company', { exact: true }).fill('Northwind');
  assert.equal(await page.getByLabel('Company', { exact: true }).inputValue(), 'Northwind');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('the page preloads the JS glue and the wasm and uses each preload: one request per file', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const requests = [];
  const warnings = [];
  page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await page.goto(server.url);
  await widgetReady(page);
  const hints = await page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => `${l.rel} ${l.getAttribute('href')}`));
  const wasm = hints.find((h) => h.startsWith('preload ') && h.endsWith('_bg.wasm'));
  const glue = hints.find((h) => h.startsWith('modulepreload ') && h.endsWith('.js'));
  assert.ok(wasm && glue, `both hints present: ${hints.join(', ')}`);
  for (const hint of [wasm, glue]) {
    const file = hint.split('./')[1];
    assert.equal(requests.filter((p) => p.endsWith(`/${file}`)).length, 1, `${file} fetched once`);
  }
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the first step passes axe-core (WCAG 2.1 A and AA) at phone and desktop width, light and dark', async () => {
  for (const [width, height] of [[360, 780], [1280, 900]]) {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page } = await openPage(browser, server.origin, { viewport: { width, height }, colorScheme });
      await page.goto(server.url);
      await widgetReady(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `axe violations at ${width}px ${colorScheme}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `no horizontal scroll at ${width}px (scrollWidth ${scrollWidth})`);
      await page.screenshot({ path: path.join(ARTIFACTS, `interview-${width}-${colorScheme}.png`), fullPage: true });
      await context.close();
    }
  }
});
