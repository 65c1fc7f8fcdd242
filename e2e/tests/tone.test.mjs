// The tone check's one-click fix, in a real browser: a pleading line typed into a
// section is flagged with a safe replacement; one click applies it as an edit of that
// section (and nothing else), the flag goes, and Undo brings the user's words back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../server.mjs';
import { launch, openPage, widgetReady, DIST } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve({ root: DIST }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Fills the interview facts and goes straight to the letter. */
async function toWrite(page) {
  await page.goto(server.url);
  await widgetReady(page);
  await page.getByLabel('Company', { exact: true }).fill('Northwind Logistics');
  await page.getByLabel('Role you applied for').fill('Operations Analyst');
  await page.getByLabel("Interviewer's name").fill('Ms Ortega');
  await page.getByLabel('Your name').fill('Sam Carter');
  await page.getByRole('button', { name: 'Next: what went wrong?' }).click();
  await page.locator('#sc-symptom-blanked_on_question').check();
  await page.getByRole('button', { name: 'Next: write the letter' }).click();
  await page.getByRole('heading', { name: 'Step 3: Write your follow-up' }).waitFor();
}

test('a flagged plea is fixed in one click, only in its section, and can be undone', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await toWrite(page);
  const ask = page.locator('#sc-section-ask');
  const others = async () => page.locator('textarea:not(#sc-section-ask)').evaluateAll((areas) => areas.map((a) => a.value));
  const before = await others();
  const typed = 'Please give me another chance to show you the reorder report.';
  await ask.fill(typed);
  const fix = page.getByRole('button', { name: 'Use \u201cI would welcome another conversation\u201d' });
  await fix.click();
  await page.waitForFunction(() => document.querySelector('#sc-section-ask').value.startsWith('I would welcome another conversation'));
  assert.equal(await ask.inputValue(), 'I would welcome another conversation to show you the reorder report.');
  assert.deepEqual(await others(), before, 'no other section changed');
  assert.equal(await page.locator('.sc-flag.is-begging').count(), 0, 'the begging flag is gone');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((t) => document.querySelector('#sc-section-ask').value === t, typed);
  // The fix is stored with the draft like any edit: a reload keeps what is on screen.
  await fix.click();
  await page.waitForFunction(() => document.querySelector('#sc-section-ask').value.startsWith('I would welcome'));
  await page.getByText('All changes saved in this browser').waitFor();
  await page.reload();
  await widgetReady(page);
  await page.locator('.sc-progress button', { hasText: 'Write' }).click();
  await page.locator('#sc-section-ask').waitFor();
  assert.ok((await page.locator('#sc-section-ask').inputValue()).startsWith('I would welcome another conversation'));
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
