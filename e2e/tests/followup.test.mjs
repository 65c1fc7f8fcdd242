// Follow up and keep looking: mark the letter sent, read the plan (one check-in), get a
// calendar file a real iCalendar parser accepts, and keep a sorted list of openings
// that survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { setup, DESKTOP } from '../journey.mjs';

const env = setup();

/** Straight from step 2 to step 4 (an Analyst interview on 20 November 2026, one item). */
function toSend(j) {
  return j.toSend({ facts: { role: 'Analyst', interviewDate: '2026-11-20' }, items: ['knew_little_about_company'], skipWrite: true });
}

test('marking the letter sent shows the plan, one check-in, a timeline and a valid .ics', async () => {
  const j = await env.open({ viewport: DESKTOP });
  const { page } = j;
  await toSend(j);
  const date = page.getByLabel('Sent on');
  await date.fill('2099-01-01');
  await page.getByText('today or earlier').waitFor();
  assert.ok(await j.button('I have sent it').isDisabled(), 'a future date cannot be recorded');
  await j.markSent('2026-11-20');
  const plan = await page.locator('.sc-plan').textContent();
  assert.match(plan, /Friday 20 November 2026/);
  assert.match(plan, /Your one check-in/);
  assert.equal(await page.locator('.sc-plan dt', { hasText: 'check-in' }).count(), 1, 'exactly one check-in');
  assert.ok(await page.locator('.sc-timeline svg').isVisible());
  assert.match(await page.locator('#sc-timeline-caption').textContent(), /Today/);
  assert.equal(await page.locator('.sc-outcomes li').count(), 3);

  const { file: download, text: ics } = await j.download(/Add the check-in to your calendar/);
  assert.equal(download.suggestedFilename(), 'second-chance-check-in.ics');
  assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  assert.match(event.getFirstPropertyValue('summary'), /Northwind/);
  const start = event.getFirstPropertyValue('dtstart');
  assert.ok(start.isDate, 'an all-day event');
  const checkIn = (await page.locator('.sc-plan dd strong').textContent()).trim();
  assert.ok(checkIn.includes(String(start.day)), `${checkIn} vs ${start.toString()}`);
  assert.ok(event.getFirstPropertyValue('uid'));

  // The record is part of the draft: it survives a reload.
  await j.reload();
  await j.openStep('send');
  await page.getByRole('heading', { name: 'Your follow-up plan' }).waitFor();
  await j.screenshot('send-1280');
  assert.deepEqual(j.problems.consoleErrors, []);
  await j.close();
});

test('the calendar file is stamped when it is downloaded, not when the plan was shown', async () => {
  const j = await env.open({ viewport: DESKTOP });
  await j.page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await toSend(j);
  await j.markSent('2026-11-20');
  // Saved, so nothing re-renders the plan by itself; then three hours pass with the plan
  // on screen before the user asks for the file.
  await j.page.getByText('All changes saved in this browser.').waitFor();
  await j.page.clock.fastForward('03:00:00');
  const { text } = await j.download(/Add the check-in to your calendar/);
  const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  const stamp = event.getFirstPropertyValue('dtstamp').toJSDate().getTime();
  const asked = Date.parse('2026-11-25T13:00:00Z');
  assert.ok(stamp >= asked && stamp < asked + 10 * 60_000, `DTSTAMP ${new Date(stamp).toISOString()} is the download time`);
  assert.deepEqual(j.problems.consoleErrors, []);
  await j.close();
});

test('keep looking: openings are sorted by next date, links are safe, and they persist', async () => {
  const j = await env.open();
  const { page } = j;
  await toSend(j);
  const add = j.button('Add an opening');
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
  await j.saved();
  await j.reload();
  await j.openStep('send');
  assert.equal(await page.locator('.sc-opening').count(), 2);
  assert.equal(await page.locator('.sc-opening', { hasText: 'Later Co' }).getByLabel('Status').inputValue(), 'interviewing');
  await j.close();
});

test('the send step with a plan and openings passes axe, light and dark, at 320 px', async () => {
  for (const theme of ['light', 'dark']) {
    const j = await env.open({ viewport: { width: 320, height: 700 }, theme });
    await toSend(j);
    await j.markSent();
    await j.button('Add an opening').click();
    assert.deepEqual(await j.axeViolations(), [], theme);
    const scrollWidth = await j.scrollWidth();
    assert.ok(scrollWidth <= 320, `scrollWidth ${scrollWidth}`);
    await j.screenshot(`send-320-${theme}`);
    await j.close();
  }
});

test('a gap left in the letter is named on the Send step, with a way back to fill it', async () => {
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, theme: 'light' };
  for (const options of [phone, { viewport: DESKTOP, theme: 'dark' }]) {
    const j = await env.open(options);
    // A red flag whose line is left empty: the letter holds a fill-in for it.
    await j.toSend({ facts: { role: 'Analyst', interviewDate: '2026-11-20' }, items: ['criticised_former_boss'], skipWrite: true });
    const gap = j.page.locator('.sc-send-gap');
    await gap.waitFor();
    assert.match(await gap.textContent(), /\[One real thing you learned in that job\]/);
    await j.screenshot(`send-gap-${options.theme}`);
    await gap.getByRole('button', { name: 'Fill it in' }).click();
    await j.waitForStep('write');
    await j.close();
  }
});
