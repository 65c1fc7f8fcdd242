// Prints the raw, gzip -9 and brotli size of everything the standalone page downloads
// (HTML, JS, wasm, CSS; icons and the service worker's own assets excluded) and fails
// when the gzip total exceeds the budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// The product target is 150 KB (issue 9). The full app weighed about 225 KB with every
// step built (down from 264 KB at the start of the size work), so this guard stops
// regressions while the size work goes on. Lower it as it shrinks. Raised once, to
// 238.5 KB: the data-loss fixes of issue 20 (version vectors, merging by content,
// read-before-write saves, quota retries, huge-letter deferral) cost 5.6 KB, of which
// minifying the JS and CSS paid back 2.8 KB, and issue 16's tone engine and rules
// 7.5 KB, within the 8 KB that issue allows. Raised again to 255 KB by issue 15's
// letter (+18.4 KB, over the 8 KB that issue allows, so the issue stays open on
// it: the note-shaping step is 10.1 KB of it, already shrunk from 15.1 KB; the
// composer, its wordings, restoring capitals to names, the checklist and the Write
// step's new fields and panels the other 8.3 KB), less 2.4 KB paid back by the Talc
// allocator (254.9 KB). Raised to 262 KB by issue 16's second round (the tone check
// that hears paraphrase): cue rows, inflections and about 250 more rules, +9.9 KB,
// and the one-click fix with its undo in the UI, +3.1 KB (13.0 KB in all, past the
// 8 KB that issue allows, which its first round had mostly used: the issue stays open
// on it), less 6.2 KB paid back by turning six stateless components into view
// functions (261.7 KB). Lowered to 259 KB after the build paid back 11.5 KB (wasm-opt
// passes, short import and export names, one more view function) and the letter's third
// round of issue 15 spent 8.0 KB of it, and focus after a tone fix 0.4 KB (258.8 KB).
// Raised to 269 KB by the letter's fourth round (issue 15, still open and past its
// allowance): notes that stay notes are left out and the Write step quotes them beside
// the field; about 45 more note shapes (topics before a dash, "with" and "and" around
// figures, a dropped "I" after a comma or a place, "my"/"a" before a person, spans of
// months, labels before a colon, time served as experience, years, initials);
// greetings as the notes speak of the interviewer; asks that say what a second
// conversation is for; comma splices mended; ASCII fast paths that keep the composer
// under 50 us. +9.2 KB (268.0 KB with the last mends). Raised to 274 KB by the
// letter's fifth round (issue 15, still open and past its allowance): notes a frame
// would only dress up left out, objects put first put back, long questions kept as
// questions, the first repair's slip admitted right before it, pay owned in passing,
// more wordings for openers, asks, closes and the general fields' frames, and a story
// kept whole before the evidence goes. +5.3 KB (273.3 KB). Raised to 279 KB by the
// letter's sixth round (issue 15, still open): each slip admitted beside its answer,
// minor answers kept beside a red flag, place names, and about 25 more note shapes
// (comma splices with a noun subject, brackets as asides, details after a colon,
// participles after "have", lists before a clause), then raised to 281 KB for the
// rest of that round: the Send step's warning about a gap left in the letter, roles
// and recipients written as titles, a role held, model codes, and the slips beside
// the opener, a company without "Ltd". +7.1 KB in all (280.4 KB), inside the 8 KB
// the issue allows. Raised to 289 KB by the letter's seventh round (issue 15, still
// open): about 50 more note shapes from blind rounds 20 and 21 (commas before a
// contrast and a second clause, splices after an opening phrase, a possessive or a
// quantifier, roles typed as CV lines with what came with them, phrases put first
// and taken up by a pronoun, the interviewer's gender, spans of years, time served
// as experience), platform and shop names, names of several words restored, and
// leads that repeat the user's line or crowd out a third one left out. +7.9 KB
// (288.7 KB), inside the 8 KB the issue allows; an ASCII-only lowercase kept 11 KB
// of Unicode case tables out. Raised to 296 KB by the letter's eighth round (issue 15,
// still open): about 65 more note shapes from blind rounds 21 to 28 (time served and
// what came of it, "used to", named levels, "There were no …", counts joined by
// "and", splices with "the" and a noun, "during", "since", ages, titles before names,
// a link left as a placeholder, "the bit about …"), the opener a long draft gives up
// first, a question asked kept from a repair that does not answer it, and job titles
// without their asides. +6.2 KB (294.9 KB), inside the 8 KB the issue allows; a sort of a
// few words, replaced by a linear check, had cost 1.6 KB. Raised to 299 KB by the
// letter's ninth round (issue 15, still open): about 30 more note shapes from blind
// rounds 29 and 30 (time spent doing a kind of work, a story that opens on who it was
// about, what was done to something, a place of work before what happened there,
// initials in capitals, a topic before what the writer did, "their" in what the
// interviewer said), and no fill-in for the top finding once the user gave something
// of their own; then to 301 KB for rounds 31 and 32 (a third answer kept before the
// interviewer's quoted words, a clipped answer that still names its question, "I would
// …" steps, a job named before what was done on it, and about 25 more shapes), then to
// 302 KB for round 33 (the interviewer's remark led into the "why", "I want to" in
// the "why" field, "I have run … for 3 years"). +6.5 KB in all (301.4 KB), inside the
// 8 KB the issue allows. Raised to 309 KB by the letter's tenth round (issue 15, still
// open): about 45 more note shapes from blind rounds 35 to 44 (places told by their
// endings, a time served with its "for", hyphenated compounds, "and it was quoted",
// a leading phrase before a step, the client a piece of work was for), a moment
// that asks a question or names a need answered with an offer, an answer kept over
// its restated question, a lead run into a one-sentence answer, no evidence fill-in
// beside the user's own words (with its own hint in the Write step), the interviewer
// named by her title addressed as "you", and several stock phrases replaced. +6.4 KB
// (308.1 KB), inside the 8 KB the issue allows. Raised to 313 KB by the letter's
// eleventh round (issue 15, still open), from blind rounds 45 to 54: an honorific
// typed as the interviewer's job title, the Write step's ask for the answer to a
// question typed as the moment (and links that no longer promise one), the top slip
// owned in passing in a thank-you that would say nothing, the question kept before a
// narrated blank, names restored whole from the notes' capitals, what the interviewer
// said run into the result it matches, the lead into an answer naming its own slip,
// "they" in the present as the company read, and about twenty note shapes (a list of
// past verbs sharing its "I", a quote keeping its "our", a that-clause opened by a
// phrase, "Once, …" for a story told from "the time", doing something as the subject
// of what it taught). +4.0 KB (312.1 KB). Raised to 320 KB by the letter's twelfth
// round (issue 15, still open), from blind rounds 56 to 64: the writer's spelling
// (American forms and dates for a US writer, read against a compile-time table of
// hashed words; 0.5 KB, where a first version using to_lowercase pulled in 9 KB of
// Unicode tables), an optional line for why the writer was late, the Write step's ask
// for the question an answer answers, a result placed beside the answer it backs, an
// unanswered question left out, more wordings of the acknowledgement, the ask and
// the close, about sixty note shapes, and the mends a review of them asked for (US
// phone numbers and Oxford spelling told apart, the printed header dated the American
// way, the note's own apology dropped). +7.3 KB (319.4 KB), within the 8 KB allowed.
// Raised to 327.4 KB (319.4 + 8.0) by the letter's thirteenth round (issue 15, still
// open), from blind rounds 67 to 72 and a review of the diff: a slip about one question
// names the question a private note names (letter/asked.rs, with the checks that keep
// the rest of the note out), a remark run into the answer that meets a problem it
// names, an optional line for what went wrong with the setting, a doubt about the job
// owned before the why, the close in the ask's paragraph, and about thirty note shapes.
// +7.4 KB (326.8 KB); three rules for one round's sentence each were taken out again
// to stay inside the allowance.
// Raised to 333.0 KB by the letter's fourteenth round (issue 15, still open), from
// blind rounds 75 to 80 and two reviews of the diff: about forty note shapes (time
// served with its figures, a dash between two clauses, a phrase taken up again by
// "it", "they" for the company after "love that", a rough figure as a subject, "isn't
// X, it's Y", a story from "the time I …"), how late from the note's minutes, pay owned
// among the slips beside a red flag, a job title greeting a reader with no name, the
// article of a public agency, the company's capitals kept to its name. +5.7 KB
// (332.5 KB), within the 8 KB allowed; the guard sits 0.5 KB above it.
// Raised to 340.5 KB by the letter's fifteenth round (issue 15, still open), from
// blind rounds 85 to 89, two garble hunts and a review of the diff: the reason to want
// the job from the step-2 notes while the "why" field is empty (letter/reason.rs, with
// the filters that keep doubts and the account of the day out, and the Write step's
// quote of it), the CV line a note quotes, the notice period from a new step-2 field,
// an off day said once, "I would" before an answer typed as steps, "that" after "the
// point was", "because …" as the writer's reason, about twenty note shapes. +7.7 KB
// (340.2 KB), within the 8 KB allowed; seven smaller rules were taken out again (the
// company said as "they", a named dropped call, "I said I would", a superlative's
// "the", a sum's "a", the greeting's job words, a story's place) to stay inside it.
// Raised to 347.0 KB by the letter's sixteenth round (issue 15, still open), from
// blind rounds 92 to 97, a garble hunt and a review of the diff: counts of one to nine
// in words, who was criticised named, an overstated CV line owned plainly, a doubt's
// own lead into the why, the ask's aim for a dropped connection, a question's frame
// typed by the user dropped, about thirty note shapes, and the review's fixes.
// +6.4 KB (346.6 KB), within the 8 KB allowed.
// Raised to 353.5 KB by the letter's seventeenth round (issue 15, still open), from
// blind rounds 100 to 103, two garble hunts and a review of the diff: each typed field
// read up to 4 KB and dashes found in one pass (a pasted megabyte took minutes), the
// moment leading the paragraph of the why and the evidence, the closing thanks kept
// only in a short letter, the company described or doing something said to "you",
// lowercase acronyms and names (ASD, SEN, Oxfam, DPD UK), about forty note shapes, and
// the review's fixes. +6.4 KB (353.0 KB), within the 8 KB allowed.
// Raised to 361.0 KB by the letter's eighteenth round (issue 15, still open), from
// blind rounds 108 to 111, two garble hunts and a review of the diff: answers and
// questions that were lost (an "if" clause ending on a place, a question typed in the
// order of a clause, a hedge before the answer, a list of three, "That was when I …"),
// phrases with no verb of their own seen as such (a relative clause then a comma, a
// count after "with", "a 43% hit rate"), the company said as "you" in the why, plain
// closings without a second "Thank you again", hyphenated describers, US state names,
// and the review's fixes. +7.7 KB (360.7 KB), within the 8 KB allowed; a century's
// spelling, US city names, "I said I would" and a list of company verbs were taken
// out again to stay inside it.
// Raised to 368.7 KB by the letter's nineteenth round (issue 15, still open), from
// blind rounds 114 and 115, two garble hunts and a review of the diff: a story told
// with a clause of its own ("There was a guest … whose boots …, and I rang …"), a hard
// side of the job the interviewer named taken up, an answer's topic said once after
// the question, a fuller answer said as what should have been said, the writer's own
// measures and rates in words, the signature naming the writer once, one-sentence
// repairs run on in the paragraph before, quoted words kept as said, and the review's
// fixes. +7.7 KB (368.4 KB), within the 8 KB allowed.
// Raised to 375.4 KB by the letter's twentieth round (issue 15, still open), from blind
// rounds 118 and 119, garble hunts 8 and 9 and a review of the diff: questions of up to
// 18 words named (never with private detail) and their condition said once, an answer
// kept when its own admission leaves no room, the interviewer's dropped "said" kept
// theirs, "zero accidents … in six years", a kind of job in the why, spoken fillers
// ("like 70%"), glued units ("3hr drives"), and the review's fixes. +6.9 KB (375.3 KB),
// within the 8 KB allowed.
// Raised to 381.0 KB by the letter's twenty-first round (issue 15, still open), from
// blind rounds 120 to 123, garble hunt 10 and a review of the diff: the writer's reply
// to what the interviewer said (agreement with what the job is about, welcome for news,
// "I would like to be that person"), the offer of a trial shift or day in a hands-on
// job, places of work typed in lowercase capitalised, a place and what happens there
// joined by "where", results spliced on joined by "and", and the review's fixes.
// +5.6 KB (380.9 KB), within the 8 KB allowed.
// Raised to 388.8 KB by the letter's twenty-second round (issue 15, still open), from
// blind rounds 124 to 127, garble hunts 11 and 12 and a review of the diff: the
// writer's answer to the interviewer's question kept the writer's ("and I said yes",
// "I said I'd sit …", "I told you about …"), "their" further on after "they",
// qualifications listed as held ("I hold SMSTS and NVQ Level 6", "a degree", "an
// MSc"), a place and the time served there, a wish joined on after a phrase, a state
// before a topic's noun, words a note drops ("The question was …", "None was
// rejected …", "There were no RIDDORs …"), a question typed without its inversion,
// names capitalised from the private notes, a CV line "mentioned", "Dear Sir
// Richard", and the review's fixes. +7.8 KB (388.7 KB), within the 8 KB allowed; four
// rules were taken out again to stay within it.
// Raised to 395.6 KB by the letter's twenty-third round (issue 15, still open), from
// blind rounds 128 and 129, garble hunts 13 and 14 and two reviews of the diff: a
// scene set by a place and people counted, reasons typed as a bare list said as the
// role's ("the consistency, your training and …"), evidence said as what it is ("I
// bring 40 years as …", "I have had hardly a day off sick", "I hold … and I bring …"),
// a short claim and its proof joined, "by 20%", ", with no incidents", the
// interviewer's name as "you" in any line, and the reviews' fixes. +6.8 KB (395.5 KB),
// within the 8 KB allowed; one Unicode case mapping (12.9 KB) and a debugging print
// (5 KB) were caught on the way, and four small rules were taken out again.
// Raised to 402.5 KB by the letter's twenty-fourth round (issue 15, still open), from
// blind rounds 130 and 131, garble hunt 15 and a review of the diff: a bare phrase with
// a clause spliced on left out as notes, the ask a paragraph of its own, a rate moved
// without its "from" ("I took … from 99.1% to 99.7%"), a reason that only says the job
// is near home set aside (and the Write step's hint saying so), every shaped sentence
// checked once more as sent, the repair the user answered in a letter with room for
// one, qualifications with time served and facts ("I hold … and bring …, with …"), a
// rank held ("I was in the top 3 …"), a repair never started cold, the panel's "tell
// us about a time you …" named, a role held and what came of it ("I was a team leader
// of 14 advisors …, and FCR went from 71% to 83%"), and the review's fixes. +6.9 KB
// (402.4 KB), within the 8 KB allowed.
// Raised to 409.1 KB by the letter's twenty-fifth round (issue 15, still open), from
// blind rounds 132 and 133, garble hunts 16 and 17 and a review of the diff: a question
// typed as a label before its answer ("q about … - point was: …") named once, an order
// typed as the question told back as asked, doubts about a fact's worth cut out, the
// reader's own name after a preposition as "you", subjects a note dropped given back
// ("I was promoted to …", ": I was seeing …"), a circumstance on the day owned, a
// short loose tail after one clause dropped, street names, months and initials in
// capitals, a result the repair gave not told twice, and the review's fixes. +6.6 KB
// (409.0 KB), within the 8 KB allowed.
// Raised to 413.9 KB by the letter's twenty-sixth round (issue 15, still open), from
// blind rounds 134 to 137, garble hunt 18 and a review of the diff: an answer typed as
// steps after its topic given as what the writer would do, a reason that only pushes
// away from the current job cut, qualifications with their level, subject and grade,
// the interviewer's title never guessed from a story's "he", the one a writer would
// learn under as "you", a close that never repeats its ask, and the review's fixes.
// +4.8 KB (413.8 KB), within the 8 KB allowed. Later in the same round: answers typed
// as the points they would cover, facts about the company said as read since, the
// "u" of an order told back, lowercase initials, and the reviews' fixes: +1.1 KB
// (414.9 KB; +5.9 KB in the round, within the 8 KB allowed). A letter field for the
// doubt about the job was built and taken out again (two reviews found 24 highs in
// it, and a blind reader preferred the letters without it).
// Raised to 422.9 KB by the letter's twenty-seventh round (issue 15, still open), from
// blind rounds 138 to 143, garble hunts 20 and 21 and four reviews of the diff: an
// answer after a dash kept when the narration before it goes, brackets typed to oneself
// and a retracted question dropped, a labelled scenario, a year or a time before what
// was done in it, what was found out since said to the company, qualifications with
// their level and the figures that came with them, a quoted moment as what was said, a
// question's topic with its article, a saint's name, common misspellings, and the
// reviews' fixes. +7.8 KB (422.7 KB), within the 8 KB allowed.
// Raised to 429.8 KB by the letter's twenty-eighth round (issue 15, still open), from
// blind rounds 146 and 147, simulated users and two reviews: the checklist's "Reads as
// a letter" line and the Write step's hint for a field kept as a note, the splitter
// that keeps the default letter within the tone check's sentence length, organisations
// typed in lowercase, the checklist's greeting and company read as the letter writes
// them, and the reviews' fixes. +6.8 KB (429.5 KB), within the 8 KB allowed.
// Raised to 435.5 KB by the letter's twenty-ninth round (issue 15, still open), from
// blind rounds 150 to 153, a blind capitals set and two reviews: long sentences split
// between the writer's planned steps, after the letter's own "Here is …:" and at "my
// point was that"; the Write step's hint under a field left out for length; the
// shouting check reading the names of things in capitals as names; the checklist
// reading the catalogue's own admissions; and the reviews' fixes. +5.7 KB (435.2 KB),
// within the 8 KB allowed.
const TARGET_GZIP = 150 * 1024;
const BUDGET_GZIP = 435.5 * 1024;
const dir = process.argv[2] || 'dist';
const files = fs.readdirSync(dir).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'sw.js');
let raw = 0, gz = 0, br = 0;
const rows = files.sort().map((f) => {
  const body = fs.readFileSync(path.join(dir, f));
  const g = zlib.gzipSync(body, { level: 9 }).length;
  const b = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += body.length; gz += g; br += b;
  return [f, body.length, g, b];
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('file'.padEnd(44) + 'raw'.padStart(11) + 'gzip -9'.padStart(11) + 'brotli'.padStart(11));
for (const [f, r, g, b] of rows) console.log(f.padEnd(44) + kb(r) + kb(g) + kb(b));
console.log('total'.padEnd(44) + kb(raw) + kb(gz) + kb(br));
console.log(`gzip total ${kb(gz).trim()}: regression guard ${kb(BUDGET_GZIP).trim()}, target ${kb(TARGET_GZIP).trim()}${gz > TARGET_GZIP ? ' (not met yet)' : ' (met)'}`);
if (gz > BUDGET_GZIP) {
  console.error(`size budget exceeded by ${kb(gz - BUDGET_GZIP).trim()}`);
  process.exit(1);
}
