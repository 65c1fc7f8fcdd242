// The release build loads in headless Chromium under the strict CSP, renders the first
// step of the product, logs no console errors, requests nothing from another origin,
// and passes an axe-core WCAG 2.1 A/AA scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from '../journey.mjs';

const env = setup();

test('the release build renders the interview step with no errors and no foreign requests', async () => {
  const j = await env.open();
  await j.goto();
  assert.equal(await j.page.getByRole('heading', { level: 2 }).first().textContent(), 'Step 1: The interview');
  for (const label of ['Company', 'Role you applied for', "Interviewer's name", 'Interview date', 'Your name']) {
    assert.ok(await j.page.getByLabel(label, { exact: true }).isVisible(), `field "${label}" is visible`);
  }
  await j.company.fill('Northwind');
  assert.equal(await j.company.inputValue(), 'Northwind');
  assert.deepEqual(j.problems.consoleErrors, []);
  assert.deepEqual(j.problems.foreignRequests, []);
  await j.close();
});

test('the page preloads the JS glue and the wasm and uses each preload: one request per file', async () => {
  const j = await env.open();
  const requests = [];
  const warnings = [];
  j.page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  j.page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await j.goto();
  const hints = await j.page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => `${l.rel} ${l.getAttribute('href')}`));
  const wasm = hints.find((h) => h.startsWith('preload ') && h.endsWith('_bg.wasm'));
  const glue = hints.find((h) => h.startsWith('modulepreload ') && h.endsWith('.js'));
  assert.ok(wasm && glue, `both hints present: ${hints.join(', ')}`);
  for (const hint of [wasm, glue]) {
    const file = hint.split('./')[1];
    assert.equal(requests.filter((p) => p.endsWith(`/${file}`)).length, 1, `${file} fetched once`);
  }
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  assert.deepEqual(j.problems.consoleErrors, []);
  await j.close();
});

test('the first step passes axe-core (WCAG 2.1 A and AA) at phone and desktop width, light and dark', async () => {
  for (const [width, height] of [[360, 780], [1280, 900]]) {
    for (const theme of ['light', 'dark']) {
      const j = await env.open({ viewport: { width, height }, theme });
      await j.goto();
      assert.deepEqual(await j.axeViolations(), [], `axe violations at ${width}px ${theme}`);
      const scrollWidth = await j.scrollWidth();
      assert.ok(scrollWidth <= width, `no horizontal scroll at ${width}px (scrollWidth ${scrollWidth})`);
      await j.screenshot(`interview-${width}-${theme}`);
      await j.close();
    }
  }
});
