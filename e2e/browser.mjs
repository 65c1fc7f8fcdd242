// Launches Debian's Chromium through playwright-core (never a downloaded browser) and
// records what the tests must check on every page: console errors and requests that
// leave the page's own origin.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// DIST_DIR points the suite at another build (say, an older one, to see a test fail on it).
export const DIST = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** A fresh context and page that collect console errors and foreign requests. */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  return { context, page, problems: watch(page, origin) };
}

/** Collects a page's console errors and its requests that leave `origin`. */
export function watch(page, origin) {
  const problems = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.foreignRequests.push(u);
  });
  return problems;
}

/** Waits until the widget has rendered its first step. */
export async function widgetReady(page) {
  await page.getByRole('heading', { level: 2 }).first().waitFor();
}
