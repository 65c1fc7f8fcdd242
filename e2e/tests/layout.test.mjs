// The layout a phone user gets (issue 19), and the desktop one, in light and dark, on
// every step: controls big enough to tap, no text too small to read, timeline labels
// that never collide, the verdict in sight while ticking, and a reload that returns to
// where the user was. Screenshots of every step at 390 px go to docs/ for the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, DESKTOP, DIST } from '../journey.mjs';

const env = setup();

/** A phone: 390 × 844 CSS px, touch. */
const PHONE_390 = Object.freeze({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
const DOCS = path.join(DIST, '..', 'docs');

/**
 * Controls on screen smaller than 44 px tall, as "selector-ish: height" lines. A
 * checkbox or radio button counts with its label row, which is what a finger taps.
 */
function smallControls(page) {
  return page.evaluate(() => {
    const small = [];
    const controls = document.querySelectorAll('.sc-app :is(button, a[href], select, input, textarea, summary)');
    for (const el of controls) {
      const target = el.matches('[type="checkbox"], [type="radio"]') ? el.closest('.sc-check, .sc-radio') ?? el : el;
      if (el.closest('.sc-visually-hidden') || el.matches('.sc-visually-hidden') || el.type === 'file') continue;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(target).visibility === 'hidden') continue;
      if (box.height < 43.5) small.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.value || '').trim().slice(0, 30)}": ${box.height.toFixed(1)} px`);
    }
    return small;
  });
}

/** Visible text under 12 CSS px, SVG text included (its size scales with the SVG). */
function smallText(page) {
  return page.evaluate(() => {
    const small = [];
    for (const el of document.querySelectorAll('.sc-app *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || el.closest('.sc-visually-hidden') || el.getClientRects().length === 0) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGElement) px *= el.getScreenCTM()?.a ?? 1;
      if (px < 11.95) small.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${el.textContent.trim().slice(0, 30)}": ${px.toFixed(1)} px`);
    }
    return small;
  });
}

/** Pairs of timeline labels whose boxes intersect. */
function collidingLabels(page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.sc-timeline text')].map((t) => [t.textContent, t.getBoundingClientRect()]);
    const hits = [];
    boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) hits.push(`${a} / ${b}`);
    }));
    return hits;
  });
}

/** Checks the step on screen; on a phone, saves its screenshot for the README. */
async function check(j, step, phone, theme) {
  const where = `${step} at ${phone ? 390 : 1280} px, ${theme}`;
  if (phone) assert.deepEqual(await smallControls(j.page), [], `${where}: controls under 44 px`);
  assert.deepEqual(await smallText(j.page), [], `${where}: text under 12 px`);
  assert.ok(await j.scrollWidth() <= (phone ? 390 : 1280), `${where}: no horizontal scroll`);
  if (phone && theme === 'light') await j.page.screenshot({ path: path.join(DOCS, `phone-${step}.png`), fullPage: true });
  await j.screenshot(`layout-${step}-${phone ? 390 : 1280}-${theme}`);
}

for (const phone of [true, false]) {
  for (const theme of ['light', 'dark']) {
    test(`every step at ${phone ? '390 px with touch' : '1280 px'}, ${theme}: tappable controls, readable text, labels apart`, async () => {
      const j = await env.open({ ...(phone ? PHONE_390 : { viewport: DESKTOP }), theme });
      await j.goto();
      await check(j, 'interview', phone, theme);
      await j.toWrite();
      await check(j, 'write', phone, theme);
      await j.openStep('diagnose');
      await check(j, 'diagnose', phone, theme);
      await j.openStep('send');
      // Sent today: the normal case, where "Sent" and "Today" fall on the same day.
      await j.markSent();
      await j.root.locator('.sc-timeline text').first().waitFor();
      assert.deepEqual(await collidingLabels(j.page), [], 'timeline labels apart');
      await check(j, 'send', phone, theme);
      assert.deepEqual(j.problems.consoleErrors, []);
      await j.close();
    });
  }
}

test('at 390 px the verdict is in sight right after the first tick, without scrolling', async () => {
  const j = await env.open(PHONE_390);
  await j.toDiagnose();
  const first = j.root.locator('#sc-symptom-rambled_too_long');
  await first.scrollIntoViewIfNeeded();
  const scrolled = await j.page.evaluate(() => scrollY);
  await first.check();
  const verdict = j.root.locator('.sc-live-verdict');
  await verdict.waitFor();
  assert.equal(await j.page.evaluate(() => scrollY), scrolled, 'the page did not move');
  const box = await verdict.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 844, `verdict at ${box.y}..${box.y + box.height}`);
  assert.match(await verdict.textContent(), /Minor slips/);
  // A tap on it shows the full report.
  await verdict.click();
  await j.page.waitForFunction(() => {
    const r = document.querySelector('.sc-report').getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  await j.close();
});

test('a reload returns to where the user was: step 4 for a letter marked sent', async () => {
  const j = await env.open(PHONE_390);
  await j.toSend();
  await j.markSent();
  await j.saved();
  await j.reload();
  await j.heading('send').waitFor();
  // The step bar ticks what is done.
  const done = await j.root.locator('.sc-progress .is-done').count();
  assert.equal(done, 4);
  // Another draft opens where it was left: a new one at step 1.
  await j.button('New').click();
  await j.heading('interview').waitFor();
  await j.close();
});

test('on check-in day a draft left on step 2 opens at step 4, with the plan in sight', async () => {
  const j = await env.open(PHONE_390);
  await j.page.clock.install({ time: new Date('2026-11-20T10:00:00') });
  await j.toSend();
  await j.markSent('2026-11-20');
  const checkIn = (await j.root.locator('.sc-plan dd strong').textContent()).trim();
  // The user looks at the report once more, and leaves the draft on step 2.
  await j.openStep('diagnose');
  await j.saved();
  // Weeks later, the check-in day: the widget opens on step 4 with the plan first.
  await j.page.clock.setSystemTime(new Date('2026-12-04T09:00:00'));
  await j.reload();
  await j.heading('send').waitFor();
  const plan = j.root.getByRole('heading', { name: 'Your follow-up plan' });
  const box = await plan.boundingBox();
  assert.ok(box.y + box.height <= 844, `the plan's heading at ${box.y}`);
  assert.match(await j.root.locator('#sc-stage').textContent(), /time for your one check-in/);
  assert.equal((await j.root.locator('.sc-plan dd strong').textContent()).trim(), checkIn);
  await j.close();
});

test('the drafts menu: Escape closes it, focus returns to its button, a chosen action closes it', async () => {
  const j = await env.open(PHONE_390);
  await j.goto();
  const menu = j.root.locator('.sc-menu');
  const summary = menu.locator('summary');
  await summary.click();
  assert.equal(await menu.evaluate((d) => d.open), true);
  await j.page.keyboard.press('Escape');
  assert.equal(await menu.evaluate((d) => d.open), false);
  assert.equal(await summary.evaluate((s) => s.getRootNode().activeElement === s), true);
  await j.button('Rename').click();
  assert.equal(await menu.evaluate((d) => d.open), false);
  await j.root.getByLabel('Name of this interview').waitFor();
  await j.close();
});
