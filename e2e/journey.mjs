// The page object of the end-to-end tests. `setup()` is the one shared setup of a test
// file: Debian's Chromium, a static server of dist/ and, per test, a fresh context and
// page at a chosen viewport, colour scheme and namespace. `Journey` wraps that page: it
// takes the widget to each step (toDiagnose, toWrite, toSend) with the facts most tests
// share (NORTHWIND), or with a test's own, and names the few things many tests repeat.
// It clicks, types and waits on conditions; it never asserts: every assertion stays in
// the tests.
import { before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './server.mjs';
import { launch, openPage, watch, widgetReady, DIST, ARTIFACTS } from './browser.mjs';

export { DIST, ARTIFACTS };

/** The desktop viewport the tests use most. */
export const DESKTOP = Object.freeze({ width: 1280, height: 900 });
/** The phone viewport the tests use most. */
export const PHONE = Object.freeze({ width: 360, height: 780 });

/** The standalone page's storage namespace (an embedded widget sets its own with data-namespace). */
export const NAMESPACE = 'second-chance';

/** The text the widget shows once every change is stored. */
export const SAVED = 'All changes saved in this browser';

/**
 * The default story of the journeys: an Operations Analyst interview at Northwind with
 * Ms Ortega; the candidate blanked on a question and knew little about the company; the
 * letter adds what they have learnt about the company since and a piece of evidence.
 * `facts` are merged into these; `items` and `lines`, when given, replace them.
 */
export const NORTHWIND = Object.freeze({
  facts: Object.freeze({ company: 'Northwind', role: 'Operations Analyst', interviewerName: 'Ms Ortega' }),
  // Step 2: item id -> its private note ('' ticks the item and writes no note).
  items: Object.freeze({ blanked_on_question: 'How would you cut stock-outs by a third?', knew_little_about_company: '' }),
  // Step 3: letter field id -> text.
  lines: Object.freeze({
    knew_little_about_company: 'they opened a second depot in Leeds this spring',
    evidence: 'I cut stock-outs by 40% in one quarter with a weekly reorder report',
  }),
});

// The interview step's fields by fact name, in the form's order (fillFacts keeps it);
// `format` is the radio group, given by its option's label ('Video call').
const FIELDS = [
  ['company', 'Company'],
  ['role', 'Role you applied for'],
  ['interviewerName', "Interviewer's name"],
  ['interviewerTitle', "Interviewer's job title"],
  ['interviewerEmail', "Interviewer's e-mail (optional)"],
  ['interviewDate', 'Interview date'],
  ['format', null],
  ['candidateName', 'Your name'],
  ['candidateContact', 'Your e-mail or phone'],
];

// Each step's heading, the "Next" button that leads to it, and its progress-bar button.
const STEPS = {
  interview: { heading: 'Step 1: The interview', tab: 'Interview' },
  diagnose: { heading: 'Step 2: What went wrong?', next: 'Next: what went wrong?', tab: 'What went wrong?' },
  write: { heading: 'Step 3: Write your follow-up', next: 'Next: write the letter', tab: 'Write' },
  send: { heading: 'Step 4: Send it', next: 'Next: send and follow up', tab: 'Send & follow up' },
};

/** The drafts bar's actions that live in its "⋯" menu. */
const DRAFT_MENU = ['New', 'Rename', 'Duplicate', 'Back up', 'Delete'];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Registers the node:test hooks of one test file: before its tests, the browser starts
 * and (unless `serve` is false) a static server of dist/ (`serve` is passed to
 * server.mjs's serve()); after them, both stop. Returns the Setup that opens pages.
 */
export function setup({ serve: serveOptions = { root: DIST } } = {}) {
  const env = new Setup(serveOptions);
  before(() => env.start());
  after(() => env.stop());
  return env;
}

/** The browser and the server a test file shares, and fresh pages on them. */
export class Setup {
  /** `serveOptions`: server.mjs's serve() options, or false for no server. */
  constructor(serveOptions) {
    this.serveOptions = serveOptions;
    this.server = null;
    this.browser = null;
  }

  /** Starts the browser and the server (setup() calls it before the tests). */
  async start() {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    if (this.serveOptions) this.server = await serve(this.serveOptions);
    this.browser = await launch();
  }

  /** Stops the browser and the server (setup() calls it after the tests). */
  async stop() {
    await this.browser?.close();
    await this.server?.close();
  }

  /**
   * A Journey on a fresh context and page (nothing stored, nothing loaded yet).
   * Options: `viewport`, `theme` ('light' | 'dark': the colour scheme the page prefers),
   * `namespace` (the widget to drive, by data-namespace), `clipboard` (grant clipboard
   * access), `origin` and `url` (another server's; default this file's server), and any
   * other Playwright context option.
   */
  async open({ theme, namespace = NAMESPACE, clipboard = false, origin = this.server?.origin, url = this.server?.url, ...contextOptions } = {}) {
    if (theme) contextOptions.colorScheme = theme;
    const { context, page, problems } = await openPage(this.browser, origin, contextOptions);
    if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    return new Journey({ page, context, problems, origin, url, namespace });
  }
}

/** One widget on one page: where it is in the journey, and how to move it on. */
export class Journey {
  /** Wraps a page (and its context and collected problems); `namespace` picks the widget. */
  constructor({ page, context = page.context(), problems = null, origin, url, namespace = NAMESPACE }) {
    this.page = page;
    this.context = context;
    // Console errors and foreign requests seen by the page (see browser.mjs's watch()).
    this.problems = problems;
    this.origin = origin;
    this.url = url;
    this.namespace = namespace;
    // Everything is looked up inside the widget: the page itself when standalone.
    this.root = namespace === NAMESPACE ? page : page.locator(`[data-namespace="${namespace}"]`);
    this.company = this.field('company');
    this.role = this.field('role');
    this.ask = this.root.locator('#sc-section-ask');
    this.previewBody = this.root.locator('.sc-preview-body');
    this.draftSelect = this.root.locator('#sc-draft-select');
  }

  /** The Journey of another widget (by its data-namespace) on the same page. */
  widget(namespace) {
    return new Journey({ page: this.page, context: this.context, problems: this.problems, origin: this.origin, url: this.url, namespace });
  }

  /** A Journey on a new page of the same context (a second tab: shared storage), not loaded yet. */
  async newTab() {
    const page = await this.context.newPage();
    return new Journey({ page, context: this.context, problems: watch(page, this.origin), origin: this.origin, url: this.url, namespace: this.namespace });
  }

  /** Closes the context, and so every page of it. */
  async close() {
    await this.context.close();
  }

  /** Loads the page (default: this Journey's url), waits for the widget's first step; resolves to the response. */
  async goto(url = this.url) {
    const response = await this.page.goto(url);
    await this.ready();
    return response;
  }

  /** Waits until the widget has rendered a step. */
  async ready() {
    if (this.root === this.page) await widgetReady(this.page);
    else await this.root.getByRole('heading', { level: 2 }).first().waitFor();
  }

  /** Reloads the page and waits for the widget. */
  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** The interview step's field for a fact name (see FIELDS). */
  field(name) {
    const label = FIELDS.find(([key]) => key === name)?.[1];
    if (!label) throw new Error(`no text field for the fact "${name}"`);
    return this.root.getByLabel(label, { exact: true });
  }

  /** A button of the widget by its accessible name (a string or a RegExp). */
  button(name) {
    const button = this.root.getByRole('button', { name });
    if (!DRAFT_MENU.includes(name)) return button;
    // The drafts bar keeps its rarer actions in the "⋯" menu: open it first, as a user
    // does, then act on the button.
    const menu = this.root.locator('.sc-menu');
    const open = async () => {
      if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
    };
    return new Proxy(button, {
      get: (target, key) => (key === 'click'
        ? async (...args) => { await open(); return target.click(...args); }
        : Reflect.get(target, key)),
    });
  }

  /** The heading of a step: 'interview', 'diagnose', 'write' or 'send'. */
  heading(step) {
    return this.root.getByRole('heading', { name: STEPS[step].heading });
  }

  /** Waits until a step is on screen. */
  async waitForStep(step) {
    await this.heading(step).waitFor();
  }

  /** Fills the given facts ({ company, role, ..., format: 'Video call' }) in the form's order. */
  async fillFacts(facts) {
    for (const [name, label] of FIELDS) {
      const value = facts[name];
      if (value === undefined) continue;
      if (name === 'format') await this.root.getByLabel(value).check();
      else await this.root.getByLabel(label, { exact: true }).fill(value);
    }
  }

  /** Ticks a step-2 item by id and, if given, writes its private note. */
  async tick(id, detail = '') {
    await this.root.locator(`#sc-symptom-${id}`).check();
    if (detail) await this.root.locator(`#sc-detail-${id}`).fill(detail);
  }

  /** Ticks step-2 items, in order: an array of ids, or { id: note }. */
  async tickItems(items) {
    const entries = Array.isArray(items) ? items.map((id) => [id, '']) : Object.entries(items);
    for (const [id, detail] of entries) await this.tick(id, detail);
  }

  /** Fills step-3 letter fields, { id: text }, in order. */
  async fillLines(lines) {
    for (const [id, text] of Object.entries(lines)) await this.root.locator(`#sc-line-${id}`).fill(text);
  }

  /** Clicks the current step's "Next" button that leads to `step`, and waits for it. */
  async next(step) {
    await this.button(STEPS[step].next).click();
    await this.waitForStep(step);
  }

  /** Goes to a step with the progress bar, and waits for it. */
  async openStep(step) {
    // Not an exact name: a done step's button adds " (done)" for screen readers.
    await this.root.locator('.sc-progress').getByRole('button', { name: STEPS[step].tab }).click();
    await this.waitForStep(step);
  }

  /**
   * Loads the page, fills the facts (NORTHWIND's merged with `facts`) and goes to step 2.
   * `beforeNext(step)` runs once a step's data is in, just before moving on.
   */
  async toDiagnose({ facts = {}, beforeNext = async () => {} } = {}) {
    await this.goto();
    await this.fillFacts({ ...NORTHWIND.facts, ...facts });
    await beforeNext('interview');
    await this.next('diagnose');
  }

  /**
   * toDiagnose, then ticks `items` (default NORTHWIND's), goes to step 3 and fills `lines`
   * (default NORTHWIND's when the items are too, else none).
   */
  async toWrite({ facts, items, lines, beforeNext = async () => {} } = {}) {
    await this.toDiagnose({ facts, beforeNext });
    await this.tickItems(items ?? NORTHWIND.items);
    await beforeNext('diagnose');
    await this.next('write');
    await this.fillLines(lines ?? (items === undefined ? NORTHWIND.lines : {}));
    await beforeNext('write');
  }

  /**
   * toWrite, then on to step 4 with its "Next" button; with `skipWrite`, straight from
   * step 2 to step 4 with the progress bar, the Write step never visited.
   */
  async toSend({ facts, items, lines, skipWrite = false, beforeNext = async () => {} } = {}) {
    if (skipWrite) {
      await this.toDiagnose({ facts, beforeNext });
      await this.tickItems(items ?? NORTHWIND.items);
      await beforeNext('diagnose');
      await this.openStep('send');
      return;
    }
    await this.toWrite({ facts, items, lines, beforeNext });
    await this.next('send');
  }

  /** On step 4: records the letter as sent (on `date`, if given) and waits for the plan. */
  async markSent(date) {
    if (date !== undefined) await this.root.getByLabel('Sent on').fill(date);
    await this.button('I have sent it').click();
    await this.root.getByRole('heading', { name: 'Your follow-up plan' }).waitFor();
  }

  /** Waits until the widget says every change is stored (`options`: Playwright's waitFor options). */
  async saved(options) {
    await this.root.getByText(SAVED).waitFor(options);
  }

  /** The Write step's letter field `key` (a finding's id, or moment, why, evidence). */
  lineField(key) {
    return this.root.locator(`#sc-line-${key}`);
  }

  /** The id of field `key`'s hint, which the field names in its aria-describedby. */
  lineHintId(key) {
    return `sc-line-${key}-hint`;
  }

  /** Waits until field `key` shows a hint holding `text` (rejects if it never does). */
  async waitForLineHint(key, text) {
    await this.root.locator(`#${this.lineHintId(key)}`).getByText(text).waitFor();
  }

  /** Types `value` into field `key`, then waits until its hint has gone. */
  async answerLine(key, value) {
    await this.lineField(key).fill(value);
    await this.page.waitForFunction((id) => !document.getElementById(id), this.lineHintId(key));
  }

  /** The checklist's line for the move labelled `label`. */
  checkLine(label) {
    return this.root.locator('.sc-checklist li', { hasText: label });
  }

  /** Waits until the checklist's line `label` is `state`: 'done' or 'todo'. */
  async waitForCheck(label, state) {
    await this.root.locator(`.sc-checklist li.is-${state}`, { hasText: label }).waitFor();
  }

  /** The letter preview's text. */
  async preview() {
    return this.previewBody.textContent();
  }

  /** The texts of the draft picker's options. */
  async draftOptions() {
    return this.root.locator('#sc-draft-select option').allTextContents();
  }

  /** The texts of the notices on screen. */
  async notices() {
    return this.root.locator('.sc-notice').allTextContents();
  }

  /** Everything in the page's localStorage, { key: value }. */
  async stored() {
    return this.page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  }

  /** The drafts stored under this namespace, parsed: [{ key, schema, draft }]. */
  async storedDrafts() {
    return this.page.evaluate((prefix) => Object.keys(localStorage)
      .filter((key) => key.startsWith(prefix))
      .map((key) => ({ key, ...JSON.parse(localStorage.getItem(key)) })), `${this.namespace}:draft:`);
  }

  /** Clicks a button (a name, or a locator) that downloads a file; resolves to { file, text }. */
  async download(button) {
    const target = typeof button === 'string' || button instanceof RegExp ? this.button(button) : button;
    const [file] = await Promise.all([this.page.waitForEvent('download'), target.click()]);
    return { file, text: fs.readFileSync(await file.path(), 'utf8') };
  }

  /** axe-core's WCAG 2.1 A/AA violations on the page, one "rule: targets" line each. */
  async axeViolations() {
    const results = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /** The document's scroll width in CSS pixels (more than the viewport = horizontal scroll). */
  async scrollWidth() {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  /** Saves a screenshot as e2e/artifacts/<name>.png (the full page unless told otherwise). */
  async screenshot(name, { fullPage = true } = {}) {
    await this.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
  }
}
