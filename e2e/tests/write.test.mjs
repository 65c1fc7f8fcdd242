// The letter builder and exports: downloaded .txt content, the mailto link, copying
// (and the fallback when the clipboard is denied), the print stylesheet, awkward names,
// a 1 MB paste (every key typed after it kept, the preview showing its start), and axe
// scans of the write and send steps.
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

const NAME = 'Sam O\'Brien & "Sons" \u{1F680}';
const INTERVIEWER = '\u05D3\u05E0\u05D4 \u05DB\u05D4\u05DF';

async function toWrite(page, { email = 'dana@example.com' } = {}) {
  await page.goto(server.url);
  await widgetReady(page);
  await page.getByLabel('Company', { exact: true }).fill('Northwind & Co');
  await page.getByLabel('Role you applied for').fill('Operations Analyst');
  await page.getByLabel("Interviewer's name").fill(INTERVIEWER);
  await page.getByLabel("Interviewer's e-mail (optional)").fill(email);
  await page.getByLabel('Your name').fill(NAME);
  await page.getByLabel('Your e-mail or phone').fill('sam@example.org');
  await page.getByRole('button', { name: 'Next: what went wrong?' }).click();
  await page.locator('#sc-symptom-blanked_on_question').check();
  await page.locator('#sc-detail-blanked_on_question').fill('How would you cut stock-outs by a third?');
  await page.locator('#sc-symptom-knew_little_about_company').check();
  await page.getByRole('button', { name: 'Next: write the letter' }).click();
  await page.getByRole('heading', { name: 'Step 3: Write your follow-up' }).waitFor();
  await page.locator('#sc-line-knew_little_about_company').fill('they opened a second depot in Leeds this spring');
  await page.locator('#sc-line-evidence').fill('I cut stock-outs by 40% in one quarter with a weekly reorder report');
}

test('the draft uses the facts verbatim, including quotes, ampersands, emoji and Hebrew', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await toWrite(page);
  const preview = await page.locator('.sc-preview-body').textContent();
  assert.ok(preview.includes(`Dear ${INTERVIEWER},`), preview.slice(0, 80));
  assert.ok(preview.includes(NAME));
  assert.ok(preview.includes('Northwind & Co'));
  assert.ok(preview.includes('40% in one quarter'), 'the letter field is in the letter');
  assert.ok(preview.includes('You opened a second depot in Leeds'), 'the line is shaped into the letter\'s voice');
  assert.ok(!preview.includes('How would you cut stock-outs'), 'the private step-2 note stays out');
  assert.match(await page.locator('.sc-stats').textContent(), /\d+ words/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'write-1280.png'), fullPage: true });
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('letter fields shape the letter, another wording is kept, and the checklist follows the edits', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await toWrite(page);
  const checklist = page.locator('.sc-checklist');
  await assert.doesNotReject(checklist.getByText('Checklist:').waitFor());
  // The evidence is given, so that move is done; the budget line counts the words.
  assert.match(await checklist.locator('li', { hasText: 'The better answer, or evidence' }).getAttribute('class'), /is-done/);
  assert.match(await checklist.locator('li', { hasText: 'Within its length' }).textContent(), /\d+ of 200 words/);
  // Another wording changes the closing, and the choice survives a reload.
  const close = page.locator('#sc-section-close');
  const before = await close.inputValue();
  await page.getByRole('button', { name: 'Another wording for Closing' }).click();
  await page.waitForFunction((b) => document.querySelector('#sc-section-close').value !== b, before);
  const after = await close.inputValue();
  assert.notEqual(after, before);
  // An edited section offers no other wording: the user's words are never replaced.
  const ask = page.locator('#sc-section-ask');
  await ask.fill('I am still keen on the job.');
  assert.equal(await page.getByRole('button', { name: 'Another wording for The ask' }).count(), 0);
  await page.reload();
  await widgetReady(page);
  await page.locator('.sc-progress').getByRole('button', { name: 'Write' }).click();
  await page.getByRole('heading', { name: 'Step 3: Write your follow-up' }).waitFor();
  assert.equal(await page.locator('#sc-section-close').inputValue(), after);
  assert.equal(await page.locator('#sc-section-ask').inputValue(), 'I am still keen on the job.');
  // The checklist reads the letter as edited: the ask is gone, so that move is not done.
  assert.match(await page.locator('.sc-checklist li', { hasText: 'A clear, unpushy ask' }).getAttribute('class'), /is-todo/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('exports: .txt download, mailto link, copy with confirmation', async () => {
  const { context, page } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await toWrite(page);
  const letter = await page.locator('.sc-preview-body').textContent();
  const subject = (await page.locator('.sc-preview-head span').last().textContent()).replace('Subject: ', '');
  await page.getByRole('button', { name: 'Next: send and follow up' }).click();
  await page.getByRole('heading', { name: 'Step 4: Send it' }).waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as .txt' }).click()]);
  assert.match(download.suggestedFilename(), /^second-chance-northwind.*\.txt$/);
  const file = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(file, `Subject: ${subject}\n\n${letter}`);

  const href = await page.locator('#sc-mailto').getAttribute('href');
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(decodeURIComponent(url.pathname), 'dana@example.com');
  const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
  assert.equal(params.get('subject'), subject);
  assert.equal(params.get('body').replace(/\r\n/g, '\n'), letter);

  await page.getByRole('button', { name: 'Copy the letter' }).click();
  await page.getByText('Copied. Paste it').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), letter);
  await context.close();
});

test('copy falls back to selected text when the clipboard is denied', async () => {
  const { context, page } = await openPage(browser, server.origin);
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get() { return { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }; } });
  });
  await toWrite(page);
  await page.getByRole('button', { name: 'Next: send and follow up' }).click();
  await page.getByRole('button', { name: 'Copy the letter' }).click();
  await page.getByText('did not allow copying').waitFor();
  const selected = await page.evaluate(() => {
    const el = document.activeElement;
    return el.id === 'sc-manual-copy' ? el.value.substring(el.selectionStart, el.selectionEnd) : '';
  });
  assert.ok(selected.startsWith(`Dear ${INTERVIEWER},`), 'the letter is selected for a manual copy');
  await context.close();
});

test('print shows only the letter', async () => {
  const { context, page } = await openPage(browser, server.origin, { viewport: { width: 900, height: 1200 } });
  await toWrite(page);
  await page.getByRole('button', { name: 'Next: send and follow up' }).click();
  // What the print button does before opening the dialog (headless has no dialog).
  await page.evaluate(() => document.documentElement.classList.add('sc-printing'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.sc-drafts').evaluate((el) => getComputedStyle(el).visibility), 'hidden');
  assert.equal(await page.locator('.sc-export').evaluate((el) => getComputedStyle(el).visibility), 'hidden');
  assert.equal(await page.locator('#sc-final-letter').evaluate((el) => getComputedStyle(el).visibility), 'visible');
  await page.screenshot({ path: path.join(ARTIFACTS, 'print.png') });
  // Without the widget's print button the host page prints normally.
  await page.evaluate(() => document.documentElement.classList.remove('sc-printing'));
  assert.equal(await page.locator('.sc-drafts').evaluate((el) => getComputedStyle(el).visibility), 'visible');
  await context.close();
});

/** The letter's length in characters as the huge-letter note gives it, or null. */
async function notedTotal(page) {
  const note = await page.locator('.sc-preview-note').textContent({ timeout: 1_000 }).catch(() => null);
  const m = note?.match(/ of (\d+) characters/);
  return m ? Number(m[1]) : null;
}

/** The stored text of the current draft's "ask" section, read in the page. */
function storedAsk(page) {
  return page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith('second-chance:draft:')) {
        const text = JSON.parse(localStorage.getItem(key)).draft.letter.edits.ask?.text;
        if (text) return text;
      }
    }
    return null;
  });
}

test('a 1 MB paste keeps every keystroke typed after it; the preview shows the start and says so', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await toWrite(page, { email: '' });
  // A real paste through the clipboard: 1 MB of a letter with a few things to flag.
  const big = 'I was nervous, sorry again. I would welcome a short second conversation.\n\n'.repeat(14_000) + 'THE-END';
  const ask = page.locator('#sc-section-ask');
  await page.evaluate((text) => navigator.clipboard.writeText(text), big);
  await ask.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await page.waitForFunction((n) => document.getElementById('sc-section-ask').value.length === n, big.length);
  // The preview catches up with the paste and says it shows only the start.
  await page.waitForFunction(() => / of \d+ characters/.test(document.querySelector('.sc-preview-note')?.textContent ?? ''));
  const pasted = await notedTotal(page);
  assert.ok(pasted > big.length, `${pasted}: the note counts the whole letter`);

  // Typed at once after it, key by key (the emoji goes in as text, like an emoji picker).
  const typed = ' Thank you, Dana! 🙂';
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(typed);
  // Every key is in the editor...
  assert.ok((await ask.inputValue()) === big + typed, 'the editor holds the paste and every typed key');
  // ...in storage once the debounced save ran...
  await page.waitForFunction((tail) => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith('second-chance:draft:') && localStorage.getItem(key).includes(tail)) return true;
    }
    return false;
  }, typed);
  assert.ok((await storedAsk(page)) === big + typed, 'storage holds the paste and every typed key');
  await page.getByText('All changes saved in this browser').waitFor();
  // ...and the preview's count follows the last key, while the preview itself shows the
  // letter's start, not its end.
  await page.waitForFunction(
    (n) => document.querySelector('.sc-preview-note')?.textContent.includes(`of ${n} characters`),
    pasted + [...typed].length,
  );
  const preview = await page.locator('.sc-preview-body').textContent();
  assert.ok(preview.length <= 5_000 && !preview.includes('THE-END'), `the preview shows the start (${preview.length} chars)`);
  assert.match(await page.locator('.sc-tone').textContent(), /more further on, not listed/);
  assert.match(await page.locator('.sc-preview-note').textContent(), /The editor holds all of it, and all of it will be sent/);
  assert.match(await page.locator('.sc-tone-summary').textContent(), /too long/);

  // A reload brings back every character.
  await page.reload();
  await widgetReady(page);
  await page.getByRole('button', { name: /Write/ }).click();
  assert.ok((await page.locator('#sc-section-ask').inputValue()) === big + typed, 'the reloaded editor holds everything');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('write and send steps pass axe in light and dark at 360 px', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openPage(browser, server.origin, { viewport: { width: 360, height: 780 }, colorScheme });
    await toWrite(page);
    await page.locator('#sc-section-ask').fill('I am begging you, please give me another chance!');
    await page.locator('.sc-flag').first().waitFor();
    for (const step of ['write', 'send']) {
      if (step === 'send') await page.getByRole('button', { name: 'Next: send and follow up' }).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `${step} ${colorScheme}`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= 360, `${step}: scrollWidth ${scrollWidth}`);
      await page.screenshot({ path: path.join(ARTIFACTS, `${step}-360-${colorScheme}.png`), fullPage: true });
    }
    await context.close();
  }
});
