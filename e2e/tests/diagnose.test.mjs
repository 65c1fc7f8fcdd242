// The journey from the first field to the diagnosis report, at phone and desktop width,
// with an axe scan of the report in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, DESKTOP, PHONE } from '../journey.mjs';

const env = setup();

/** To step 2 (a video call with Ms Ortega), where the report starts as a calm
 * invitation with no verdict, then two items that make a red flag and the "restless"
 * pattern; resolves to the report. */
async function journey(j) {
  await j.toDiagnose({ facts: { format: 'Video call' } });
  const report = j.page.locator('.sc-report');
  assert.match(await report.textContent(), /Tick what happened/);
  assert.equal(await report.locator('.sc-verdict-headline').count(), 0);
  await j.page.getByLabel('explaining why I left each job').check();
  await j.page.getByLabel('I criticised a former boss or employer', { exact: false }).check();
  await j.page.getByText('restless', { exact: false }).first().waitFor();
  return report;
}

test('from the first field to a report with a red flag, a pattern and repairs', async () => {
  const j = await env.open({ viewport: DESKTOP });
  const report = await journey(j);
  const text = await report.textContent();
  assert.match(text, /red flag/i);
  assert.match(text, /How they likely saw it/);
  assert.match(text, /Repair:/);
  assert.match(text, /Best channel:/);
  assert.match(text, /What to send: A second-chance letter/);
  assert.ok(await j.page.locator('#sc-pattern-restless_and_resentful').isVisible());
  assert.ok(await j.page.locator('.sc-bars svg').first().isVisible());
  await j.screenshot('diagnose-1280');
  assert.deepEqual(j.problems.consoleErrors, []);
  assert.deepEqual(j.problems.foreignRequests, []);
  await j.close();
});

test('the report passes axe and has no horizontal scroll at 360 px, light and dark', async () => {
  for (const theme of ['light', 'dark']) {
    const j = await env.open({ viewport: PHONE, theme });
    await journey(j);
    assert.deepEqual(await j.axeViolations(), []);
    const scrollWidth = await j.scrollWidth();
    assert.ok(scrollWidth <= 360, `scrollWidth ${scrollWidth}`);
    await j.screenshot(`diagnose-360-${theme}`);
    await j.close();
  }
});

test('markup and script typed into every field is shown as text and never executed', async () => {
  const j = await env.open();
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await j.goto();
  for (const id of ['sc-company', 'sc-role', 'sc-interviewer-name', 'sc-interviewer-title', 'sc-candidate-name', 'sc-candidate-contact']) {
    await j.page.locator(`#${id}`).fill(`${id} ${evil}`);
  }
  await j.next('diagnose');
  for (const id of ['blanked_on_question', 'criticised_former_boss']) await j.tick(id, evil);
  await j.page.locator('#sc-finding-criticised_former_boss').getByText(evil).waitFor();
  await j.next('write');
  await j.previewBody.getByText('sc-company <img', { exact: false }).first().waitFor();
  assert.equal(await j.page.evaluate(() => window.__pwned), undefined);
  assert.equal(await j.page.locator('.sc-app img, .sc-app script').count(), 0);
  assert.deepEqual(j.problems.consoleErrors, []);
  await j.close();
});
