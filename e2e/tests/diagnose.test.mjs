// The journey from the first field to the diagnosis report, at phone and desktop width,
// with an axe scan of the report in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../server.mjs';
import { launch, openPage, widgetReady, DIST, ARTIFACTS } from '../browser.mjs';

let server, browser;
before(async () => { fs.mkdirSync(ARTIFACTS, { recursive: true }); server = await serve({ root: DIST }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function journey(page) {
  await page.goto(server.url);
  await widgetReady(page);
  await page.getByLabel('Company', { exact: true }).fill('Northwind');
  await page.getByLabel('Role you applied for', { exact: true }).fill('Operations Analyst');
  await page.getByLabel("Interviewer's name").fill('Ms Ortega');
  await page.getByLabel('Video call').check();
  await page.getByRole('button', { name: 'Next: what went wrong?' }).click();
  await page.getByRole('heading', { name: 'Step 2: What went wrong?' }).waitFor();
  const report = page.locator('.sc-report');
  assert.match(await report.textContent(), /nothing to repair/i);
  await page.getByLabel('explaining why I left each job').check();
  await page.getByLabel('I criticised a former boss or employer', { exact: false }).check();
  await page.getByText('restless', { exact: false }).first().waitFor();
  return report;
}

test('from the first field to a report with a red flag, a pattern and repairs', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  const report = await journey(page);
  const text = await report.textContent();
  assert.match(text, /red flag/i);
  assert.match(text, /How they likely saw it/);
  assert.match(text, /Repair:/);
  assert.match(text, /Best channel:/);
  assert.ok(await page.locator('#sc-pattern-restless_and_resentful').isVisible());
  assert.ok(await page.locator('.sc-bars svg').isVisible());
  await page.screenshot({ path: path.join(ARTIFACTS, 'diagnose-1280.png'), fullPage: true });
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('the report passes axe and has no horizontal scroll at 360 px, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openPage(browser, server.origin, { viewport: { width: 360, height: 780 }, colorScheme });
    await journey(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `scrollWidth ${scrollWidth}`);
    await page.screenshot({ path: path.join(ARTIFACTS, `diagnose-360-${colorScheme}.png`), fullPage: true });
    await context.close();
  }
});

test('markup and script typed into every field is shown as text and never executed', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.goto(server.url);
  await widgetReady(page);
  for (const id of ['sc-company', 'sc-role', 'sc-interviewer-name', 'sc-interviewer-title', 'sc-candidate-name', 'sc-candidate-contact']) {
    await page.locator(`#${id}`).fill(`${id} ${evil}`);
  }
  await page.getByRole('button', { name: 'Next: what went wrong?' }).click();
  for (const id of ['blanked_on_question', 'criticised_former_boss']) {
    await page.locator(`#sc-symptom-${id}`).check();
    await page.locator(`#sc-detail-${id}`).fill(evil);
  }
  await page.locator('#sc-finding-criticised_former_boss').getByText(evil).waitFor();
  await page.getByRole('button', { name: 'Next: write the letter' }).click();
  await page.locator('.sc-preview-body').getByText('sc-company <img', { exact: false }).first().waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.sc-app img, .sc-app script').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
