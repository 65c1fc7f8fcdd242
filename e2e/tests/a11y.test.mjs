// Accessible and polished: the whole journey by keyboard alone, focus always visible,
// a proper heading outline, every step at 320/360/768/1280 px without horizontal scroll
// (and at 200% text zoom), reduced motion honoured, and the README's screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, DIST, DESKTOP } from '../journey.mjs';

const DOCS = path.resolve(DIST, '..', 'docs');
const env = setup();

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
  const j = await env.open({ viewport: DESKTOP, clipboard: true });
  const { page } = j;
  await j.goto();
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
  await j.waitForStep('diagnose');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sc-diagnose-title', 'focus moves to the new step');
  await tabTo(page, 'the blank-mind item', (s) => s.id === 'sc-symptom-blanked_on_question');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('How would you cut stock-outs?');
  assert.equal(await page.locator('#sc-detail-blanked_on_question').inputValue(), 'How would you cut stock-outs?');
  await tabTo(page, 'Next', (s) => s.text === 'Next: write the letter');
  await page.keyboard.press('Enter');
  await j.waitForStep('write');
  await tabTo(page, 'the ask', (s) => s.id === 'sc-section-ask');
  await page.keyboard.press('End');
  await page.keyboard.type(' Please, I am begging you!');
  await page.locator('.sc-flag.is-begging').waitFor();
  // Flags are focusable and their dismiss buttons reachable.
  await tabTo(page, 'a tone flag', (s) => s.id.startsWith('sc-flag-'));
  await tabTo(page, 'Next', (s) => s.text === 'Next: send and follow up');
  await page.keyboard.press('Enter');
  await j.waitForStep('send');
  await tabTo(page, 'Copy', (s) => s.text === 'Copy the letter');
  await page.keyboard.press('Enter');
  await page.getByText('Copied. Paste it').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('Dear Ms Ortega,') && copied.includes('begging'), copied.slice(0, 60));
  assert.deepEqual(j.problems.consoleErrors, []);
  await j.close();
});

/** The journey to a letter marked sent; `visit(step)` runs on each step once its data
 * is in ('interview', 'diagnose', 'write', then 'send' with the plan on screen). */
async function walk(j, visit) {
  await j.toSend({
    facts: { company: 'Northwind Traders', interviewDate: '2026-11-20', candidateName: 'Sam Okafor', candidateContact: 'sam@example.org' },
    items: { blanked_on_question: 'How would you cut stock-outs by a third?', explained_every_exit: '', interviewer_frowned: '' },
    lines: { blanked_on_question: 'i would start with a weekly reorder report from the sales data', evidence: 'stock-outs fell by 40% in one quarter' },
    beforeNext: visit,
  });
  await j.markSent();
  await visit('send');
}

test('every step at 320, 360, 768 and 1280 px: no horizontal scroll, proper headings; screenshots', async () => {
  for (const width of [320, 360, 768, 1280]) {
    const j = await env.open({ viewport: { width, height: 900 } });
    const { page } = j;
    await walk(j, async (step) => {
      const scrollWidth = await j.scrollWidth();
      assert.ok(scrollWidth <= width, `${step} at ${width}px: scrollWidth ${scrollWidth}`);
      const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
      assert.equal(levels[0], 1, 'the standalone page starts with an h1');
      levels.forEach((level, i) => { if (i > 0) assert.ok(level <= levels[i - 1] + 1, `${step}: heading levels ${levels.join(',')}`); });
      await j.screenshot(`a11y-${step}-${width}`);
      if (width === 1280) await page.screenshot({ path: path.join(DOCS, `step-${step}.png`), fullPage: true });
    });
    await j.close();
  }
});

test('200% text zoom stays usable and reduced motion turns transitions off', async () => {
  // 200% zoom of a 1280 px window lays the page out in 640 CSS pixels.
  const j = await env.open({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
  await walk(j, async (step) => {
    const scrollWidth = await j.scrollWidth();
    assert.ok(scrollWidth <= 640, `${step} at 200%: scrollWidth ${scrollWidth}`);
  });
  const transition = await j.page.locator('.sc-button').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(transition, '0s');
  await j.close();
});
