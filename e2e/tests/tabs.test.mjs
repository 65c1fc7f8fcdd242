// Guards issue 20, point 2: two tabs of the same browser (one context: shared
// localStorage, each other's `storage` events) typing into the same draft never lose
// typed text, and a notice that says "both versions are kept" names a copy that exists.
//
// Each trial opens two pages on one draft and lets them type bursts into the Role field
// on a schedule: first the exact interleaving from the issue, then seeded random ones.
// Every burst types its own letter (burst "cccc" is the only source of "c"), so a burst
// that is missing from every stored draft's role counts as lost characters.
//
// Environment: DIST_DIR=<folder> tests another build (default: dist/ beside e2e/);
// TABS_SEED=<n> sets the first random seed, TABS_TRIALS=<n> the number of random trials.
// A seed fixes the plan (who types what, when); the outcome also depends on timing. The
// default seeds 101..108 include trials where the build with the bug lost text or piled up copies.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, DIST, SAVED } from '../journey.mjs';

// Read here too: the committed browser.mjs always serves e2e/../dist.
const ROOT = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : DIST;
const FIRST_SEED = Number(process.env.TABS_SEED ?? 101);
const RANDOM_TRIALS = Number(process.env.TABS_TRIALS ?? 8);
const DRAFT_PREFIX = 'second-chance:draft:';
const QUIET_MS = 1200; // storage unchanged this long (3x the 400 ms save debounce) = settled
const SETTLE_TIMEOUT_MS = 20_000;

const env = setup({ serve: { root: ROOT } });
const results = []; // one entry per finished trial, for the summary
after(() => {
  const typed = results.reduce((n, r) => n + r.typed, 0);
  const lost = results.reduce((n, r) => n + r.lost, 0);
  const seeds = results.filter((r) => r.seed !== undefined).map((r) => r.seed);
  console.log(`[tabs] TOTAL dist=${ROOT} trials=${results.length} typed=${typed} lost=${lost} ` +
    `trials-failed=${results.filter((r) => failures([r])).length} seeds=[${seeds.join(',')}]`);
});

/** mulberry32: a tiny deterministic PRNG, returns floats in [0, 1). */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** The title shown in a draft picker option: "<title>[ (<date>)] — edited <when>". */
const optionTitle = (text) => {
  const cut = text.lastIndexOf(' \u2014 edited ');
  return (cut < 0 ? text : text.slice(0, cut)).trim();
};

/** Draft titles a notice names in quotes (“…”, "…" or ‘…’). */
const quotedTitles = (notice) =>
  [...notice.matchAll(/\u201c([^\u201d]+)\u201d|"([^"]+)"|\u2018([^\u2019]+)\u2019/g)].map((m) => (m[1] ?? m[2] ?? m[3]).trim());

/** Does this notice say that another tab's version was kept as a copy? */
const saysCopyKept = (notice) => /another tab|other version|both versions/i.test(notice);

/** One tab of the shared browser (a Journey), typing into whatever draft it currently shows. */
class Tab {
  constructor(name, journey) {
    this.name = name;
    this.journey = journey;
    this.page = journey.page;
    this.errors = journey.problems.consoleErrors;
  }

  /** Loads the widget in the Journey's page. */
  static async open(name, journey) {
    await journey.goto();
    return new Tab(name, journey);
  }

  role() { return this.journey.role; }

  /** Types `text` at the end of the Role field, `keyDelay` ms between keys. */
  async type(text, keyDelay) {
    await this.role().focus();
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text, { delay: keyDelay });
  }

  async isSaved() { return (await this.page.getByText(SAVED).count()) > 0; }
  async currentDraftId() { return this.journey.draftSelect.inputValue(); }
  async pickerTitles() { return (await this.journey.draftOptions()).map(optionTitle); }
  async notices() { return (await this.journey.notices()).map((t) => t.replace(/\s*Dismiss\s*$/, '').trim()); }
}

/** Every stored draft of the namespace: { key, title, role } (a value that does not parse is reported as such). */
async function storedDrafts(page) {
  return page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort().map((key) => {
    try {
      const { draft } = JSON.parse(localStorage.getItem(key));
      const name = (draft.name ?? '').trim();
      const company = (draft.facts?.company ?? '').trim();
      const role = draft.facts?.role ?? '';
      const title = name || [company, role.trim()].filter(Boolean).join(' \u00b7 ') || 'Untitled interview';
      return { key, title, role };
    } catch (err) {
      return { key, title: null, role: '', unreadable: String(err) };
    }
  }), DRAFT_PREFIX);
}

/** Waits (by polling, no fixed sleep) until both tabs say saved and storage has been quiet for QUIET_MS. */
async function settle(a, b) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let last = null;
  let quietSince = Date.now();
  for (;;) {
    const snapshot = JSON.stringify(await storedDrafts(a.page));
    if (snapshot !== last) { last = snapshot; quietSince = Date.now(); }
    const saved = (await a.isSaved()) && (await b.isSaved());
    if (saved && Date.now() - quietSince >= QUIET_MS) return;
    if (Date.now() > deadline) {
      throw new Error(`the tabs did not settle within ${SETTLE_TIMEOUT_MS} ms ` +
        `(A saved: ${await a.isSaved()}, B saved: ${await b.isSaved()}, storage quiet for ${Date.now() - quietSince} ms)`);
    }
    await sleep(100);
  }
}

/**
 * Runs one trial. `plan` = { label, keyDelay, bursts: [{ tab: 'A'|'B', text, at } | { tab, text, gap }] }.
 * With `at`, the tabs type concurrently: each types its bursts in order, each starting `at`
 * ms after the trial starts (or as soon as that tab's previous burst is done). With `gap`,
 * the bursts run one after another, each `gap` ms after the previous one finished. The gaps
 * are the scenario being simulated, not waits for a result.
 */
async function runTrial(plan) {
  const first = await env.open();
  try {
    const a = await Tab.open('A', first);
    // Give the draft a stored version before B opens, so both tabs show the same draft.
    await first.company.fill('Tabs Co');
    await first.saved();
    const b = await Tab.open('B', await first.newTab());
    const draftId = await a.currentDraftId();
    assert.equal(await b.currentDraftId(), draftId, 'both tabs start on the same draft');
    const tabs = { A: a, B: b };

    const start = Date.now();
    if (plan.bursts.every((x) => x.gap !== undefined)) {
      for (const burst of plan.bursts) {
        await sleep(burst.gap);
        await tabs[burst.tab].type(burst.text, plan.keyDelay);
      }
    } else {
      await Promise.all(['A', 'B'].map(async (name) => {
        for (const burst of plan.bursts.filter((x) => x.tab === name)) {
          await sleep(start + burst.at - Date.now());
          await tabs[name].type(burst.text, plan.keyDelay);
        }
      }));
    }
    await settle(a, b);

    const drafts = await storedDrafts(a.page);
    const roles = drafts.map((d) => d.role);
    const missing = plan.bursts.filter((x) => !roles.some((r) => r.includes(x.text)));
    const typed = plan.bursts.reduce((n, x) => n + x.text.length, 0);
    const lost = missing.reduce((n, x) => n + x.text.length, 0);

    // Notices that say a copy was kept must name a draft that exists, in that page's picker.
    const badNotices = [];
    const copies = new Set();
    for (const tab of [a, b]) {
      const titles = await tab.pickerTitles();
      for (const notice of (await tab.notices()).filter(saysCopyKept)) {
        const named = quotedTitles(notice);
        if (named.length === 0) badNotices.push(`${tab.name}: names no draft: ${notice}`);
        for (const title of named) {
          copies.add(title);
          if (!titles.includes(title)) badNotices.push(`${tab.name}: names "${title}", not in its draft list [${titles.join(' | ')}]: ${notice}`);
        }
      }
    }

    const result = {
      label: plan.label, seed: plan.seed, typed, lost, drafts: drafts.length, copies: copies.size,
      bursts: plan.bursts.length,
      missing: missing.map((x) => `${x.tab}:${x.text}`), badNotices, roles,
      errors: [...a.errors, ...b.errors],
    };
    results.push(result);
    console.log(`[tabs] trial ${plan.label}: typed=${typed} lost=${lost} drafts=${drafts.length} ` +
      `copies-named=${copies.size} missing=[${result.missing.join(' ')}] stored=${JSON.stringify(drafts.map((d) => [d.title, d.role]))}` +
      (badNotices.length ? ` bad-notices=${JSON.stringify(badNotices)}` : ''));
    return result;
  } finally {
    await first.close();
  }
}

/** One clear failure message for a set of trials, or none. */
function failures(trials) {
  const lines = [];
  for (const r of trials) {
    const rerun = r.seed === undefined ? '' : ` (rerun: TABS_SEED=${r.seed} TABS_TRIALS=1)`;
    if (r.lost > 0) lines.push(`trial ${r.label}${rerun}: ${r.lost} of ${r.typed} typed characters are in no stored draft: ` +
      `bursts ${r.missing.join(', ')}; stored roles ${JSON.stringify(r.roles)}`);
    for (const n of r.badNotices) lines.push(`trial ${r.label}${rerun}: a notice names a copy that does not exist: ${n}`);
    // Every copy announced, and no more drafts than bursts typed: a copy is made only
    // where the other tab's save crossed a burst, so a burst can leave at most one.
    // (A fixed cap of 5 copies failed one seeded trial with 12 bursts on a slow run,
    // with every copy announced and nothing lost.)
    if (r.drafts > r.bursts || r.drafts > 1 + r.copies) lines.push(`trial ${r.label}${rerun}: ${r.drafts} drafts stored ` +
      `after ${r.copies} announced copies and ${r.bursts} bursts (allowed: at most 1 + announced copies, and no more than the bursts)`);
    if (r.errors.length) lines.push(`trial ${r.label}${rerun}: console errors: ${r.errors.join(' | ')}`);
  }
  const typed = trials.reduce((n, r) => n + r.typed, 0);
  const lost = trials.reduce((n, r) => n + r.lost, 0);
  return lines.length
    ? `${lost} of ${typed} typed characters lost; ${lines.length} problem(s) in ${trials.length} trial(s):\n  ${lines.join('\n  ')}`
    : null;
}

test('two tabs typing into one draft: the interleaving from issue 20 loses nothing', { timeout: 60_000 }, async () => {
  // A types "aaaaaa"; B types "bb" 200 ms later; 1.5 s pass; A types "cccc", B "dd" 100 ms later.
  // Each gap counts from the end of the previous burst, so the order of the two saves
  // (A's lands first, while B has unsaved text) holds on a slow machine too.
  const result = await runTrial({
    label: 'issue-20', keyDelay: 0, bursts: [
      { tab: 'A', text: 'aaaaaa', gap: 0 },
      { tab: 'B', text: 'bb', gap: 200 },
      { tab: 'A', text: 'cccc', gap: 1500 },
      { tab: 'B', text: 'dd', gap: 100 },
    ],
  });
  const message = failures([result]);
  assert.ok(!message, message ?? '');
});

/**
 * A random plan in rounds, like the recipe: in each of 3–6 rounds both tabs type a
 * burst of 1–8 keys, the second tab starting 0–600 ms after the first (often while it is
 * still typing); then a pause of 0–1500 ms, sometimes long enough for both saves to land
 * and each tab to take the other's version before the next round, sometimes not.
 */
function randomPlan(seed) {
  const rand = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  for (let i = letters.length - 1; i > 0; i--) { const j = int(0, i); [letters[i], letters[j]] = [letters[j], letters[i]]; }
  const keyDelay = int(0, 40);
  const bursts = [];
  let t = 0;
  for (let round = int(3, 6); round > 0; round--) {
    const [first, second] = rand() < 0.5 ? ['A', 'B'] : ['B', 'A'];
    const one = { tab: first, text: letters.pop().repeat(int(1, 8)), at: t };
    const two = { tab: second, text: letters.pop().repeat(int(1, 8)), at: t + int(0, 600) };
    bursts.push(one, two);
    t = Math.max(...[one, two].map((x) => x.at + x.text.length * keyDelay)) + int(0, 1500);
  }
  return { label: `seed=${seed}`, seed, keyDelay, bursts };
}

test('two tabs typing into one draft: seeded random interleavings lose nothing', { timeout: 180_000 }, async () => {
  const trials = [];
  for (let i = 0; i < RANDOM_TRIALS; i++) {
    trials.push(await runTrial(randomPlan(FIRST_SEED + i)));
  }
  const message = failures(trials);
  assert.ok(!message, message ?? '');
});
