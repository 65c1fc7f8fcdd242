// Harper (harper.js, British English) as a test-only judge of the letters the composer
// writes: every letter must raise no Harper lint beyond the short allow-list below, and
// must keep within its word budget.
//
// The letters come from a JSON file, `{"letters":[{"id","channel","length","text",
// "words","budget","names"?}]}`, written by the native test `cargo test --test
// letter_matrix`. Its path is $LETTERS_JSON, resolved against the repository root
// (default target/letters.json), so this runs the same from the root or from e2e/:
//
//   LETTERS_JSON=e2e/fixtures/letters-sample.json node --test e2e/harper-letters.mjs
//
// Harper runs here in Node only, from e2e/node_modules (harper.js is a devDependency of
// e2e/package.json, pinned); nothing in the site build imports or copies it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalLinter, Dialect } from 'harper.js';
// The wasm inlined as a data: URL: loads offline in Node 20 with no fetch of a file URL.
import { binaryInlined } from 'harper.js/binaryInlined';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LETTERS = path.resolve(ROOT, process.env.LETTERS_JSON || 'target/letters.json');
const HARPER_VERSION = JSON.parse(
  fs.readFileSync(new URL('./node_modules/harper.js/package.json', import.meta.url), 'utf8'),
).version;

// ---------------------------------------------------------------------------------
// The allow-list: lints that are Harper's mistakes, not the composer's. Each entry says
// why. Anything not matched here fails the run; add an entry only for a false positive,
// never to silence a real error in a letter.
// ---------------------------------------------------------------------------------
const ALLOW = [
  {
    id: 'proper name',
    // People's and companies' names (the letter's own "names" list) are not in Harper's
    // dictionary ("Northwind" -> "Northward"), and some are in it only as something else
    // ("Sam" is known as the acronym SAM, so Harper asks for capitals). Only spelling and
    // capitalisation lints whose text is exactly one of the given names (same case; a
    // possessive 's allowed) pass: "ortega" or "Ortegaa" still fail.
    allows: (lint, letter) =>
      (lint.kind === 'Spelling' || lint.kind === 'Capitalization') &&
      letter.nameWords.has(lint.problem.replace(/['’]s$/, '')),
  },
  {
    id: '"I am confident I can"',
    // Harper's MissingPreposition rule wants "confident that I can"; "that" before a
    // content clause after "confident" is optional in standard British and American
    // English. The composer's fixed ask sentence starts "I am confident I can do the
    // <role> role well" in every letter.
    allows: (lint) =>
      lint.rule === 'MissingPreposition' && within(lint, /\bI am confident I can\b/g),
  },
];

/** Whether the lint's span lies inside a match of `phrase` on the lint's own line. */
function within(lint, phrase) {
  for (const m of lint.lineText.matchAll(phrase)) {
    if (lint.col >= m.index && lint.col + lint.problem.length <= m.index + m[0].length + 1) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------

function loadLetters() {
  if (!fs.existsSync(LETTERS)) {
    throw new Error(
      `no letters at ${LETTERS}: write them first with ` +
        '`LETTERS_JSON=target/letters.json cargo test --test letter_matrix` (or set LETTERS_JSON)',
    );
  }
  const json = JSON.parse(fs.readFileSync(LETTERS, 'utf8'));
  assert.ok(Array.isArray(json.letters), `${LETTERS}: expected {"letters":[...]}`);
  assert.ok(json.letters.length > 0, `${LETTERS}: no letters in it, so nothing was judged`);
  for (const [i, l] of json.letters.entries()) {
    assert.equal(typeof l.id, 'string', `letter #${i}: "id" must be a string`);
    assert.equal(typeof l.text, 'string', `${l.id}: "text" must be a string`);
    assert.ok(Number.isInteger(l.words), `${l.id}: "words" must be an integer`);
    assert.ok(Number.isInteger(l.budget), `${l.id}: "budget" must be an integer`);
    if (l.names !== undefined) assert.ok(Array.isArray(l.names), `${l.id}: "names" must be an array`);
  }
  return json.letters.map((l) => ({
    ...l,
    // "Northwind Logistics" allows "Northwind" and "Logistics" one by one.
    nameWords: new Set((l.names || []).flatMap((n) => n.split(/\s+/)).filter(Boolean)),
  }));
}

/**
 * Lints one letter. Every line of a composed letter is its own block (salutation,
 * paragraph, bullet, the phone script's "If they agree" heading, signature lines), but
 * Harper's plain-text parser reads a single line break as a space and would run a
 * heading into the next sentence ("If they agree Thank you" -> "agree to thank").
 * So the lines are joined with blank lines, as paragraphs, and the spans (UTF-16
 * offsets, like JS strings) mapped back to line and column.
 */
async function lintLetter(linter, letter) {
  const lines = letter.text.replace(/\r\n?/g, '\n').split('\n');
  const starts = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 2;
  }
  const organized = await linter.organizedLints(lines.join('\n\n'), { language: 'plaintext' });
  const lints = [];
  for (const [rule, group] of Object.entries(organized)) {
    for (const l of group) {
      const span = l.span();
      let n = starts.length - 1;
      while (n > 0 && starts[n] > span.start) n--;
      lints.push({
        rule,
        kind: l.lint_kind(),
        message: l.message(),
        problem: l.get_problem_text(),
        suggestions: l.suggestions().map((s) => s.get_replacement_text()),
        line: n + 1,
        col: span.start - starts[n],
        lineText: lines[n],
      });
    }
  }
  return lints.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** The offending span on its line, marked with [[ ]], with up to 40 characters around it. */
function context(lint) {
  const { lineText: t, col } = lint;
  const end = Math.min(t.length, col + lint.problem.length);
  const from = Math.max(0, col - 40);
  const to = Math.min(t.length, end + 40);
  return `${from > 0 ? '…' : ''}${t.slice(from, col)}[[${t.slice(col, end)}]]${t.slice(end, to)}${to < t.length ? '…' : ''}`;
}

// One linter for the whole run: its start-up (decoding and compiling the wasm, building
// the curated dictionary) is most of the cost.
const started = performance.now();
const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.British });
await linter.setup();
const startup = (performance.now() - started) / 1000;
after(() => linter.dispose());

let letters;
try {
  letters = loadLetters();
} catch (err) {
  test('the letters to judge can be read', () => {
    throw err;
  });
}

test('Harper is awake: it flags a known error (a judge that finds nothing passes everything)', async () => {
  const lints = await linter.lint('I has organised it in your favor.', { language: 'plaintext' });
  const found = lints.map((l) => l.get_problem_text()).sort();
  assert.deepEqual(found, ['favor', 'has'], 'expected "I has" and the American "favor" to be flagged');
});

if (letters) {
  const rel = path.relative(ROOT, LETTERS).startsWith('..') ? LETTERS : path.relative(ROOT, LETTERS);

  test('every letter keeps within its word budget', () => {
    const over = letters.filter((l) => l.words > l.budget);
    for (const l of over) console.log(`over budget: ${l.id}: ${l.words} words, budget ${l.budget}`);
    assert.equal(over.length, 0, `${over.length} of ${letters.length} letters over their word budget (listed above)`);
  });

  test(`Harper ${HARPER_VERSION} (British English) finds nothing in the letters beyond the allow-list`, async () => {
    const began = performance.now();
    const allowed = new Map(ALLOW.map((a) => [a.id, 0]));
    const failures = [];
    for (const letter of letters) {
      for (const lint of await lintLetter(linter, letter)) {
        const rule = ALLOW.find((a) => a.allows(lint, letter));
        if (rule) allowed.set(rule.id, allowed.get(rule.id) + 1);
        else failures.push({ letter, lint });
      }
    }
    const took = (performance.now() - began) / 1000;
    const allowedTotal = [...allowed.values()].reduce((a, b) => a + b, 0);
    console.log(
      `harper: checked ${letters.length} letters from ${rel} in ${took.toFixed(2)} s ` +
        `(after ${startup.toFixed(2)} s of linter start-up); ` +
        `${allowedTotal} lints allowed by the allow-list (` +
        [...allowed].map(([id, n]) => `${id}: ${n}`).join(', ') +
        `), ${failures.length} not allowed`,
    );
    for (const { letter, lint } of failures) {
      const fix = lint.suggestions.length
        ? ` (suggests: ${lint.suggestions.map((s) => JSON.stringify(s)).join(', ')})`
        : '';
      console.log(
        `harper: ${letter.id} line ${lint.line}: ${lint.rule} (${lint.kind}): ${lint.message}${fix}\n` +
          `    ${context(lint)}`,
      );
    }
    const ids = new Set(failures.map((f) => f.letter.id));
    assert.equal(
      failures.length,
      0,
      `${failures.length} Harper lints in ${ids.size} of ${letters.length} letters (listed above); ` +
        'fix the composer, or add a commented allow-list entry in e2e/harper-letters.mjs if Harper is wrong',
    );
  });
}
