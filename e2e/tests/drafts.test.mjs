// Drafts are never lost: reload persistence (even straight after typing), damaged data
// recovery, unavailable storage, two pages editing at once, export -> clear -> import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setup } from '../journey.mjs';

const env = setup();

/** Fills the rest of localStorage with filler values, so the next save is refused. */
const fillStorage = (page) => page.evaluate(() => {
  const chunk = 'x'.repeat(256 * 1024);
  for (let i = 0; i < 400; i++) {
    try { localStorage.setItem(`filler-${i}`, chunk); } catch { break; }
  }
});
/** The Role of every draft stored under the default namespace. */
const storedRoles = async (j) => (await j.storedDrafts()).map((d) => d.draft.facts.role);

test('a reload straight after typing loses nothing', async () => {
  const j = await env.open();
  await j.goto();
  await j.company.fill('Northwind & "Sons" \u{1F600}');
  await j.role.pressSequentially('Analyst');
  // No waiting for the debounced save: the page-hide flush must catch it.
  await j.reload();
  assert.equal(await j.company.inputValue(), 'Northwind & "Sons" \u{1F600}');
  assert.equal(await j.role.inputValue(), 'Analyst');
  await j.saved();
  assert.deepEqual(j.problems.consoleErrors, []);
  await j.close();
});

test('damaged stored data is kept aside, reported, offered for download, and the app starts', async () => {
  const j = await env.open();
  await j.goto();
  await j.page.evaluate(() => {
    localStorage.setItem('second-chance:draft:broken', '{"schema":1,"draft":');
    localStorage.setItem('second-chance:draft:future', '{"schema":42,"draft":{"id":"future"}}');
  });
  await j.reload();
  await j.page.getByText('is not valid JSON').waitFor();
  await j.page.getByText('newer version of Second Chance').waitFor();
  assert.ok(await j.company.isVisible(), 'the app still starts');
  const { text } = await j.download(j.button('Download the kept data').first());
  const kept = JSON.parse(text);
  assert.equal(kept['second-chance:recovery:broken'], '{"schema":1,"draft":');
  assert.equal(kept['second-chance:recovery:future'], '{"schema":42,"draft":{"id":"future"}}');
  await j.close();
});

test('unavailable storage gets a clear message and the app keeps working in memory', async () => {
  const j = await env.open();
  await j.context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await j.goto();
  await j.page.getByText('not letting the page save').waitFor();
  await j.company.fill('Still works');
  // The status asks for a backup, so the button is beside it, not in the "⋯" menu.
  const { text } = await j.download(j.button('Download a backup'));
  assert.match(text, /Still works/);
  await j.next('diagnose');
  assert.deepEqual(j.problems.consoleErrors, []);
  await j.close();
});

test('two pages: an edit in one appears in the other, and a simultaneous edit keeps both versions', async () => {
  const a = await env.open();
  const b = await a.newTab();
  await a.goto();
  await a.company.fill('Shared Co');
  await a.saved();
  await b.goto();
  assert.equal(await b.company.inputValue(), 'Shared Co');
  // An edit in A shows up in B through the storage event.
  await a.role.fill('Engineer');
  await b.page.waitForFunction(() => document.querySelector('#sc-role')?.value === 'Engineer');
  // Both edit the same field before either save lands.
  await a.role.fill('Role from A');
  await b.role.fill('Role from B');
  await a.saved();
  await b.saved();
  await b.page.waitForFunction(() => {
    const roles = Object.keys(localStorage).filter((k) => k.startsWith('second-chance:draft:'))
      .map((k) => JSON.parse(localStorage.getItem(k)).draft.facts.role);
    return roles.includes('Role from A') && roles.includes('Role from B');
  });
  const notices = (await a.notices()).concat(await b.notices());
  assert.ok(notices.some((n) => n.includes('also changed in another tab')), 'the user is told about the conflict');
  await a.close();
});

test('export, clear, import: a backup restores every draft and a bad file changes nothing', async () => {
  let j = await env.open();
  await j.goto();
  await j.company.fill('Backup Co');
  await j.button('New').click();
  await j.company.fill('Second Backup Co');
  const { file: download } = await j.download('Back up');
  // Kept outside the context, which deletes its downloads when it closes.
  const backupPath = path.join(os.tmpdir(), `second-chance-backup-${process.pid}.json`);
  await download.saveAs(backupPath);
  const backup = JSON.parse(fs.readFileSync(backupPath, 'utf8'));
  assert.equal(backup.kind, 'second-chance-backup');
  assert.equal(backup.drafts.length, 2);
  await j.saved();
  await j.page.evaluate(() => localStorage.clear());
  await j.close();
  // A fresh browser profile: nothing stored.
  j = await env.open();
  const { page } = j;
  await j.goto();
  assert.equal(await j.company.inputValue(), '');
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
  const options = await j.draftOptions();
  assert.ok(options.some((o) => o.startsWith('Backup Co')), options.join(' | '));
  assert.ok(options.some((o) => o.startsWith('Second Backup Co')), options.join(' | '));
  // Importing the same file again overwrites nothing.
  await fileInput.setInputFiles(backupPath);
  await page.getByText('2 interview(s) are already here and will be skipped').waitFor();
  await page.getByText('Nothing here is overwritten').waitFor();
  // Confirming an import that changes nothing leaves no "Saving…" behind.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Imported: 0 added, 0 updated, 0 kept side by side with your version here, 2 already here.').waitFor();
  await j.saved();
  await j.close();
});

test('full storage: a clear message, typing keeps working, a backup can be taken, and the save is retried without a keystroke once space is freed', async () => {
  const j = await env.open();
  const { page } = j;
  await j.goto();
  await j.company.fill('Before the quota');
  await j.saved();
  // Fill the rest of storage so the next save is refused.
  await fillStorage(page);
  await j.role.fill('typed while full ' + 'y'.repeat(300_000));
  await page.getByText('Browser storage is full').waitFor();
  assert.ok((await j.role.inputValue()).startsWith('typed while full'), 'typing still works');
  const { text } = await j.download('Back up');
  const backup = JSON.parse(text);
  assert.ok(backup.drafts[0].draft.facts.role.startsWith('typed while full'), 'the backup holds what storage could not');
  // Space freed in another tab: its storage event retries the save, no keystroke needed.
  const other = await j.newTab();
  await other.page.goto(env.server.origin + '/favicon.ico').catch(() => {});
  await other.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await j.saved();
  assert.ok((await storedRoles(j)).some((r) => r.startsWith('typed while full')), 'the retried save stored it');
  // Full again, then space freed by this page itself (no storage event): the back-off
  // timer retries.
  await fillStorage(page);
  await j.role.fill('typed while full again ' + 'z'.repeat(700_000));
  await page.getByText('Browser storage is full').waitFor();
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await j.saved({ timeout: 20_000 });
  assert.ok((await storedRoles(j)).some((r) => r.startsWith('typed while full again')), 'the timer retried the save');
  await j.close();
});

test('rename and duplicate show in the list with company, role and date', async () => {
  const j = await env.open();
  await j.goto();
  await j.company.fill('Listed Co');
  await j.role.fill('Planner');
  await j.field('interviewDate').fill('2026-11-20');
  let options = await j.draftOptions();
  assert.ok(options.some((o) => o.startsWith('Listed Co · Planner (2026-11-20) — edited')), options.join(' | '));
  await j.button('Rename').click();
  await j.page.getByLabel('Name of this interview').fill('My second try');
  await j.button('Duplicate').click();
  options = await j.draftOptions();
  assert.ok(options.some((o) => o.startsWith('My second try (2026-11-20)')), options.join(' | '));
  assert.ok(options.some((o) => o.startsWith('My second try (copy)')), options.join(' | '));
  await j.close();
});
