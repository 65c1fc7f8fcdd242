// Drafts are never lost: reload persistence (even straight after typing), damaged data
// recovery, unavailable storage, two pages editing at once, export -> clear -> import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, widgetReady, DIST } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve({ root: DIST }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Fills the rest of localStorage with filler values, so the next save is refused. */
const fillStorage = (page) => page.evaluate(() => {
  const chunk = 'x'.repeat(256 * 1024);
  for (let i = 0; i < 400; i++) {
    try { localStorage.setItem(`filler-${i}`, chunk); } catch { break; }
  }
});
/** The Role of every draft stored under the default namespace. */
const storedRoles = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('second-chance:draft:'))
  .map((k) => JSON.parse(localStorage.getItem(k)).draft.facts.role));
const company = (page) => page.getByLabel('Company', { exact: true });
const role = (page) => page.getByLabel('Role you applied for', { exact: true });

test('a reload straight after typing loses nothing', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await widgetReady(page);
  await company(page).fill('Northwind & "Sons" \u{1F600}');
  await role(page).pressSequentially('Analyst');
  // No waiting for the debounced save: the page-hide flush must catch it.
  await page.reload();
  await widgetReady(page);
  assert.equal(await company(page).inputValue(), 'Northwind & "Sons" \u{1F600}');
  assert.equal(await role(page).inputValue(), 'Analyst');
  await page.getByText('All changes saved in this browser').waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('damaged stored data is kept aside, reported, offered for download, and the app starts', async () => {
  const { context, page } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await widgetReady(page);
  await page.evaluate(() => {
    localStorage.setItem('second-chance:draft:broken', '{"schema":1,"draft":');
    localStorage.setItem('second-chance:draft:future', '{"schema":42,"draft":{"id":"future"}}');
  });
  await page.reload();
  await widgetReady(page);
  await page.getByText('is not valid JSON').waitFor();
  await page.getByText('newer version of Second Chance').waitFor();
  assert.ok(await company(page).isVisible(), 'the app still starts');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the kept data' }).first().click(),
  ]);
  const kept = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(kept['second-chance:recovery:broken'], '{"schema":1,"draft":');
  assert.equal(kept['second-chance:recovery:future'], '{"schema":42,"draft":{"id":"future"}}');
  await context.close();
});

test('unavailable storage gets a clear message and the app keeps working in memory', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(server.url);
  await widgetReady(page);
  await page.getByText('not letting the page save').waitFor();
  await company(page).fill('Still works');
  await page.getByRole('button', { name: 'Next: what went wrong?' }).click();
  await page.getByRole('heading', { name: 'Step 2: What went wrong?' }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('two pages: an edit in one appears in the other, and a simultaneous edit keeps both versions', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(server.url);
  await widgetReady(a);
  await company(a).fill('Shared Co');
  await a.getByText('All changes saved in this browser').waitFor();
  await b.goto(server.url);
  await widgetReady(b);
  assert.equal(await company(b).inputValue(), 'Shared Co');
  // An edit in A shows up in B through the storage event.
  await role(a).fill('Engineer');
  await b.waitForFunction(() => document.querySelector('#sc-role')?.value === 'Engineer');
  // Both edit the same field before either save lands.
  await role(a).fill('Role from A');
  await role(b).fill('Role from B');
  await a.getByText('All changes saved in this browser').waitFor();
  await b.getByText('All changes saved in this browser').waitFor();
  await b.waitForFunction(() => {
    const roles = Object.keys(localStorage).filter((k) => k.startsWith('second-chance:draft:'))
      .map((k) => JSON.parse(localStorage.getItem(k)).draft.facts.role);
    return roles.includes('Role from A') && roles.includes('Role from B');
  });
  const notices = (await a.locator('.sc-notice').allTextContents()).concat(await b.locator('.sc-notice').allTextContents());
  assert.ok(notices.some((n) => n.includes('also changed in another tab')), 'the user is told about the conflict');
  await context.close();
});

test('export, clear, import: a backup restores every draft and a bad file changes nothing', async () => {
  let { context, page } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await widgetReady(page);
  await company(page).fill('Backup Co');
  await page.getByRole('button', { name: 'New' }).click();
  await company(page).fill('Second Backup Co');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up' }).click()]);
  // Kept outside the context, which deletes its downloads when it closes.
  const backupPath = path.join(os.tmpdir(), `second-chance-backup-${process.pid}.json`);
  await download.saveAs(backupPath);
  const backup = JSON.parse(fs.readFileSync(backupPath, 'utf8'));
  assert.equal(backup.kind, 'second-chance-backup');
  assert.equal(backup.drafts.length, 2);
  await page.getByText('All changes saved in this browser').waitFor();
  await page.evaluate(() => localStorage.clear());
  await context.close();
  // A fresh browser profile: nothing stored.
  ({ context, page } = await openPage(browser, server.origin));
  await page.goto(server.url);
  await widgetReady(page);
  assert.equal(await company(page).inputValue(), '');
  const fileInput = page.locator('input[type=file]');
  await fileInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await page.getByText('not a Second Chance backup').waitFor();
  await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"second-chance-backup",') });
  await page.getByText('is not valid JSON').waitFor();
  await fileInput.setInputFiles(backupPath);
  await page.getByText('This backup will add 2 new interview(s)').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'alertdialog', 'the question takes focus');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Imported: 2 added').waitFor();
  const options = await page.locator('#sc-draft-select option').allTextContents();
  assert.ok(options.some((o) => o.startsWith('Backup Co')), options.join(' | '));
  assert.ok(options.some((o) => o.startsWith('Second Backup Co')), options.join(' | '));
  // Importing the same file again overwrites nothing.
  await fileInput.setInputFiles(backupPath);
  await page.getByText('2 interview(s) are already here and will be skipped').waitFor();
  await page.getByText('Nothing here is overwritten').waitFor();
  // Confirming an import that changes nothing leaves no "Saving…" behind.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Imported: 0 added, 0 updated, 0 kept side by side with your version here, 2 already here.').waitFor();
  await page.getByText('All changes saved in this browser').waitFor();
  await context.close();
});

test('full storage: a clear message, typing keeps working, a backup can be taken, and the save is retried without a keystroke once space is freed', async () => {
  const { context, page } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await widgetReady(page);
  await company(page).fill('Before the quota');
  await page.getByText('All changes saved in this browser').waitFor();
  // Fill the rest of storage so the next save is refused.
  await fillStorage(page);
  await role(page).fill('typed while full ' + 'y'.repeat(300_000));
  await page.getByText('Browser storage is full').waitFor();
  assert.ok((await role(page).inputValue()).startsWith('typed while full'), 'typing still works');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up' }).click()]);
  const backup = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.ok(backup.drafts[0].draft.facts.role.startsWith('typed while full'), 'the backup holds what storage could not');
  // Space freed in another tab: its storage event retries the save, no keystroke needed.
  const other = await context.newPage();
  await other.goto(server.origin + '/favicon.ico').catch(() => {});
  await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await page.getByText('All changes saved in this browser').waitFor();
  assert.ok((await storedRoles(page)).some((r) => r.startsWith('typed while full')), 'the retried save stored it');
  // Full again, then space freed by this page itself (no storage event): the back-off
  // timer retries.
  await fillStorage(page);
  await role(page).fill('typed while full again ' + 'z'.repeat(700_000));
  await page.getByText('Browser storage is full').waitFor();
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await page.getByText('All changes saved in this browser').waitFor({ timeout: 20_000 });
  assert.ok((await storedRoles(page)).some((r) => r.startsWith('typed while full again')), 'the timer retried the save');
  await context.close();
});

test('rename and duplicate show in the list with company, role and date', async () => {
  const { context, page } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await widgetReady(page);
  await company(page).fill('Listed Co');
  await role(page).fill('Planner');
  await page.getByLabel('Interview date').fill('2026-11-20');
  let options = await page.locator('#sc-draft-select option').allTextContents();
  assert.ok(options.some((o) => o.startsWith('Listed Co · Planner (2026-11-20) — edited')), options.join(' | '));
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Name of this interview').fill('My second try');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  options = await page.locator('#sc-draft-select option').allTextContents();
  assert.ok(options.some((o) => o.startsWith('My second try (2026-11-20)')), options.join(' | '));
  assert.ok(options.some((o) => o.startsWith('My second try (copy)')), options.join(' | '));
  await context.close();
});
