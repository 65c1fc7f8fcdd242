// Follow up and keep looking: mark the letter sent, read the plan (one check-in), get a
// calendar file a real iCalendar parser accepts, and keep a sorted list of openings
// that survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../server.mjs';
import { launch, openPage, widgetReady, DIST, ARTIFACTS } from '../browser.mjs';

let server, browser;
before(async () => { fs.mkdirSync(ARTIFACTS, { recursive: true }); server = await serve({ root: DIST }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function toSend(page) {
  await page.goto(server.url);
  await widgetReady(page);
  await page.getByLabel('Company', { exact: true }).fill('Northwind');
  await page.getByLabel('Role you applied for').fill('Analyst');
  await page.getByLabel("Interviewer's name").fill('Ms Ortega');
  await page.getByLabel('Interview date').fill('2026-11-20');
  await page.getByRole('button', { name: 'Next: what went wrong?' }).click();
  await page.locator('#sc-symptom-knew_little_about_company').check();
  await page.getByRole('button', { name: /Send & follow up/ }).click();
  await page.getByRole('heading', { name: 'Step 4: Send it' }).waitFor();
}

test('marking the letter sent shows the plan, one check-in, a timeline and a valid .ics', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await toSend(page);
  const date = page.getByLabel('Sent on');
  await date.fill('2099-01-01');
  await page.getByText('today or earlier').waitFor();
  assert.ok(await page.getByRole('button', { name: 'I have sent it' }).isDisabled(), 'a future date cannot be recorded');
  await date.fill('2026-11-20');
  await page.getByRole('button', { name: 'I have sent it' }).click();
  await page.getByRole('heading', { name: 'Your follow-up plan' }).waitFor();
  const plan = await page.locator('.sc-plan').textContent();
  assert.match(plan, /Friday 20 November 2026/);
  assert.match(plan, /Your one check-in/);
  assert.equal(await page.locator('.sc-plan dt', { hasText: 'check-in' }).count(), 1, 'exactly one check-in');
  assert.ok(await page.locator('.sc-timeline svg').isVisible());
  assert.match(await page.locator('#sc-timeline-caption').textContent(), /Today/);
  assert.equal(await page.locator('.sc-outcomes li').count(), 3);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Add the check-in to your calendar/ }).click()]);
  assert.equal(download.suggestedFilename(), 'second-chance-check-in.ics');
  const ics = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  assert.match(event.getFirstPropertyValue('summary'), /Northwind/);
  const start = event.getFirstPropertyValue('dtstart');
  assert.ok(start.isDate, 'an all-day event');
  const checkIn = (await page.locator('.sc-plan dd strong').textContent()).trim();
  assert.ok(checkIn.includes(String(start.day)), `${checkIn} vs ${start.toString()}`);
  assert.ok(event.getFirstPropertyValue('uid'));

  // The record is part of the draft: it survives a reload.
  await page.reload();
  await widgetReady(page);
  await page.getByRole('button', { name: /Send & follow up/ }).click();
  await page.getByRole('heading', { name: 'Your follow-up plan' }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'send-1280.png'), fullPage: true });
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the calendar file is stamped when it is downloaded, not when the plan was shown', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await toSend(page);
  await page.getByLabel('Sent on').fill('2026-11-20');
  await page.getByRole('button', { name: 'I have sent it' }).click();
  await page.getByRole('heading', { name: 'Your follow-up plan' }).waitFor();
  // Saved, so nothing re-renders the plan by itself; then three hours pass with the plan
  // on screen before the user asks for the file.
  await page.getByText('All changes saved in this browser.').waitFor();
  await page.clock.fastForward('03:00:00');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Add the check-in to your calendar/ }).click()]);
  const event = new ICAL.Component(ICAL.parse(fs.readFileSync(await download.path(), 'utf8'))).getFirstSubcomponent('vevent');
  const stamp = event.getFirstPropertyValue('dtstamp').toJSDate().getTime();
  const asked = Date.parse('2026-11-25T13:00:00Z');
  assert.ok(stamp >= asked && stamp < asked + 10 * 60_000, `DTSTAMP ${new Date(stamp).toISOString()} is the download time`);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('keep looking: openings are sorted by next date, links are safe, and they persist', async () => {
  const { context, page } = await openPage(browser, server.origin);
  await toSend(page);
  const add = page.getByRole('button', { name: 'Add an opening' });
  const rows = [
    ['Later Co', '2026-12-20', 'https://example.com/later'],
    ['Sooner Co', '2026-12-01', 'javascript:alert(1)'],
  ];
  for (const [company, date, link] of rows) {
    await add.click();
    const fieldset = page.locator('.sc-opening', { hasText: 'New opening' }).first();
    await fieldset.getByLabel('Company').fill(company);
    const row = page.locator('.sc-opening', { hasText: company });
    await row.getByLabel('Next date').fill(date);
    await row.getByLabel('Link').fill(link);
  }
  const titles = await page.locator('.sc-opening legend').allTextContents();
  assert.ok(titles[0].startsWith('Sooner Co') && titles[1].startsWith('Later Co'), titles.join(' | '));
  assert.equal(await page.locator('.sc-opening', { hasText: 'Later Co' }).getByRole('link').getAttribute('href'), 'https://example.com/later');
  assert.equal(await page.locator('.sc-opening', { hasText: 'Sooner Co' }).getByRole('link').count(), 0, 'a javascript: link is never a link');
  await page.locator('.sc-opening', { hasText: 'Later Co' }).getByLabel('Status').selectOption('interviewing');
  assert.ok((await page.locator('.sc-lessons li').count()) >= 3);
  assert.match(await page.locator('.sc-lessons').textContent(), /research|company/i);
  await page.getByText('All changes saved in this browser').waitFor();
  await page.reload();
  await widgetReady(page);
  await page.getByRole('button', { name: /Send & follow up/ }).click();
  assert.equal(await page.locator('.sc-opening').count(), 2);
  assert.equal(await page.locator('.sc-opening', { hasText: 'Later Co' }).getByLabel('Status').inputValue(), 'interviewing');
  await context.close();
});

test('the send step with a plan and openings passes axe, light and dark, at 320 px', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openPage(browser, server.origin, { viewport: { width: 320, height: 700 }, colorScheme });
    await toSend(page);
    await page.getByRole('button', { name: 'I have sent it' }).click();
    await page.getByRole('button', { name: 'Add an opening' }).click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], colorScheme);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 320, `scrollWidth ${scrollWidth}`);
    await page.screenshot({ path: path.join(ARTIFACTS, `send-320-${colorScheme}.png`), fullPage: true });
    await context.close();
  }
});
