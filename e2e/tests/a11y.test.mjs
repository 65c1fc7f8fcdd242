// Accessible and polished: the whole journey by keyboard alone, focus always visible,
// a proper heading outline, every step at 320/360/768/1280 px without horizontal scroll
// (and at 200% text zoom), reduced motion honoured, and the README's screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, widgetReady, DIST, ARTIFACTS } from '../browser.mjs';

const DOCS = path.resolve(DIST, '..', 'docs');
let server, browser;
before(async () => { fs.mkdirSync(ARTIFACTS, { recursive: true }); server = await serve({ root: DIST }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Presses Tab (or Shift+Tab) until the focused element matches, checking that every
 * stop on the way shows a visible focus indicator. */
async function tabTo(page, describe, matches, { back = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        id: el.id, tag: el.tagName, type: el.type || '', text: (el.textContent || '').trim(),
        label: el.labels?.[0]?.textContent?.trim() || el.getAttribute('aria-label') || '',
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      };
    });
    if (state.tag !== 'BODY') assert.ok(state.outline, `focus is visible on ${state.tag}#${state.id} "${state.text || state.label}"`);
    if (matches(state)) return state;
  }
  throw new Error(`could not Tab to ${describe}`);
}

test('the whole journey by keyboard alone, from the first field to a copied letter', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.goto(server.url);
  await widgetReady(page);
  await tabTo(page, 'Company', (s) => s.id === 'sc-company');
  await page.keyboard.type('Northwind');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Operations Analyst');
  await tabTo(page, "Interviewer's name", (s) => s.id === 'sc-interviewer-name');
  await page.keyboard.type('Ms Ortega');
  await tabTo(page, 'Your name', (s) => s.id === 'sc-candidate-name');
  await page.keyboard.type('Sam Okafor');
  // Shift+Tab works too: back to the interviewer's name and forward again.
  await tabTo(page, "Interviewer's name", (s) => s.id === 'sc-interviewer-name', { back: true });
  await tabTo(page, 'Next', (s) => s.text === 'Next: what went wrong?');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Step 2: What went wrong?' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sc-diagnose-title', 'focus moves to the new step');
  await tabTo(page, 'the blank-mind item', (s) => s.id === 'sc-symptom-blanked_on_question');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('How would you cut stock-outs?');
  assert.equal(await page.locator('#sc-detail-blanked_on_question').inputValue(), 'How would you cut stock-outs?');
  await tabTo(page, 'Next', (s) => s.text === 'Next: write the letter');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Step 3: Write your follow-up' }).waitFor();
  await tabTo(page, 'the ask', (s) => s.id === 'sc-section-ask');
  await page.keyboard.press('End');
  await page.keyboard.type(' Please, I am begging you!');
  await page.locator('.sc-flag.is-begging').waitFor();
  // Flags are focusable and their dismiss buttons reachable.
  await tabTo(page, 'a tone flag', (s) => s.id.startsWith('sc-flag-'));
  await tabTo(page, 'Next', (s) => s.text === 'Next: send and follow up');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Step 4: Send it' }).waitFor();
  await tabTo(page, 'Copy', (s) => s.text === 'Copy the letter');
  await page.keyboard.press('Enter');
  await page.getByText('Copied. Paste it').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('Dear Ms Ortega,') && copied.includes('begging'), copied.slice(0, 60));
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

async function walk(page, visit) {
  await page.goto(server.url);
  await widgetReady(page);
  await page.getByLabel('Company', { exact: true }).fill('Northwind Traders');
  await page.getByLabel('Role you applied for').fill('Operations Analyst');
  await page.getByLabel("Interviewer's name").fill('Ms Ortega');
  await page.getByLabel('Interview date').fill('2026-11-20');
  await page.getByLabel('Your name').fill('Sam Okafor');
  await page.getByLabel('Your e-mail or phone').fill('sam@example.org');
  await visit('interview');
  await page.getByRole('button', { name: 'Next: what went wrong?' }).click();
  for (const id of ['blanked_on_question', 'explained_every_exit', 'interviewer_frowned']) await page.locator(`#sc-symptom-${id}`).check();
  await page.locator('#sc-detail-blanked_on_question').fill('How would you cut stock-outs by a third?');
  await visit('diagnose');
  await page.getByRole('button', { name: 'Next: write the letter' }).click();
  await page.locator('#sc-line-blanked_on_question').fill('i would start with a weekly reorder report from the sales data');
  await page.locator('#sc-line-evidence').fill('stock-outs fell by 40% in one quarter');
  await visit('write');
  await page.getByRole('button', { name: 'Next: send and follow up' }).click();
  await page.getByRole('button', { name: 'I have sent it' }).click();
  await visit('send');
}

test('every step at 320, 360, 768 and 1280 px: no horizontal scroll, proper headings; screenshots', async () => {
  for (const width of [320, 360, 768, 1280]) {
    const { context, page } = await openPage(browser, server.origin, { viewport: { width, height: 900 } });
    await walk(page, async (step) => {
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `${step} at ${width}px: scrollWidth ${scrollWidth}`);
      const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
      assert.equal(levels[0], 1, 'the standalone page starts with an h1');
      levels.forEach((level, i) => { if (i > 0) assert.ok(level <= levels[i - 1] + 1, `${step}: heading levels ${levels.join(',')}`); });
      await page.screenshot({ path: path.join(ARTIFACTS, `a11y-${step}-${width}.png`), fullPage: true });
      if (width === 1280) await page.screenshot({ path: path.join(DOCS, `step-${step}.png`), fullPage: true });
    });
    await context.close();
  }
});

test('200% text zoom stays usable and reduced motion turns transitions off', async () => {
  // 200% zoom of a 1280 px window lays the page out in 640 CSS pixels.
  const { context, page } = await openPage(browser, server.origin, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
  await walk(page, async (step) => {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 640, `${step} at 200%: scrollWidth ${scrollWidth}`);
  });
  const transition = await page.locator('.sc-button').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(transition, '0s');
  await context.close();
});
