//! The live tone check of the letter builder (the "Write" step).
//!
//! The seed article is blunt about what sinks a second-chance letter: whining or
//! begging "is guaranteed not to get you a second chance", bad-mouthing a former boss
//! lands a résumé in the "no pile", and the note must read as someone who normally
//! performs better and owns what went wrong. This module flags the words that work
//! against that, each flag anchored to the exact words that caused it, with why a
//! hiring manager reads it badly and a concrete suggestion.
//!
//! False alarms cost trust, so every check matches phrases in context rather than
//! lone trigger words: "just wanted to" is a hedge but "just in time" is not; "sorry
//! to hear" is sympathy, not an apology; "my former manager taught me a lot" is not
//! bad-mouthing. A short negation window ("not", "never", "no", "…n't") before a
//! match switches it off ("I'm not blaming anyone", "I would never say my boss was
//! incompetent").
//!
//! How it works, and why it is fast enough to run on every keystroke:
//! * the text is tokenised once into words with byte offsets into the original text
//!   (Unicode-aware, apostrophes kept inside words, curly apostrophes normalised) and
//!   one lowercased buffer that all tokens point into, so there is no per-token
//!   allocation;
//! * phrase rules are written in a tiny pattern language (see `RULES`) and compiled
//!   once into a sorted index keyed by each rule's first word, so each token costs one
//!   binary search plus the few rules that start with it; matching is bounded by the
//!   pattern length, so the whole check is linear in the text;
//! * no regex crate and no other dependency: the wasm size budget is tight.
//!
//! Whole-letter flags ([`FlagKind::TooLong`], [`FlagKind::TooShort`],
//! [`FlagKind::NoPersonalisation`]) carry the empty span `0..0`: they are about the
//! letter, not about any words in it.

use super::sort_by_rank;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// What a tone flag is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagKind {
    /// Begging or pleading ("please give me another chance", "I really need this job").
    Begging,
    /// Whining and self-pity ("it's not fair", "nothing ever goes my way").
    Whining,
    /// A second or later apology; the first one is fine.
    OverApologising,
    /// Excuses and blaming the interviewer or the process ("your question was confusing").
    Blaming,
    /// Criticising a former boss, colleague or employer.
    BadMouthing,
    /// Hedging and minimising ("sort of", "I think maybe", "just wanted to").
    Hedging,
    /// Running yourself down ("I'm not very good at", "I'm just a").
    SelfDeprecation,
    /// A stock phrase ("team player", "think outside the box").
    Cliche,
    /// Exclamation marks and words in capitals.
    Shouting,
    /// The letter names neither the company nor the interviewer.
    NoPersonalisation,
    /// An unfilled template placeholder ("[Company]", "{name}", "XXX", "TODO").
    Placeholder,
    /// More than 300 words.
    TooLong,
    /// Fewer than 60 words.
    TooShort,
    /// A sentence of more than 35 words.
    LongSentence,
}

impl FlagKind {
    /// Every kind, in the order the summary lists them.
    pub const ALL: [FlagKind; 14] = [
        Self::Begging,
        Self::Whining,
        Self::OverApologising,
        Self::Blaming,
        Self::BadMouthing,
        Self::Hedging,
        Self::SelfDeprecation,
        Self::Cliche,
        Self::Shouting,
        Self::NoPersonalisation,
        Self::Placeholder,
        Self::TooLong,
        Self::TooShort,
        Self::LongSentence,
    ];

    /// Stable snake_case key, used in dismiss keys, storage and the test corpus.
    pub fn key(self) -> &'static str {
        match self {
            Self::Begging => "begging",
            Self::Whining => "whining",
            Self::OverApologising => "over_apologising",
            Self::Blaming => "blaming",
            Self::BadMouthing => "bad_mouthing",
            Self::Hedging => "hedging",
            Self::SelfDeprecation => "self_deprecation",
            Self::Cliche => "cliche",
            Self::Shouting => "shouting",
            Self::NoPersonalisation => "no_personalisation",
            Self::Placeholder => "placeholder",
            Self::TooLong => "too_long",
            Self::TooShort => "too_short",
            Self::LongSentence => "long_sentence",
        }
    }

    /// Short label shown on the flag.
    pub fn label(self) -> &'static str {
        match self {
            Self::Begging => "Begging",
            Self::Whining => "Whining",
            Self::OverApologising => "Over-apologising",
            Self::Blaming => "Blaming",
            Self::BadMouthing => "Bad-mouthing",
            Self::Hedging => "Hedging",
            Self::SelfDeprecation => "Running yourself down",
            Self::Cliche => "Cliché",
            Self::Shouting => "Shouting",
            Self::NoPersonalisation => "No company or interviewer name",
            Self::Placeholder => "Unfilled placeholder",
            Self::TooLong => "Too long",
            Self::TooShort => "Too short",
            Self::LongSentence => "Very long sentence",
        }
    }

    /// One sentence: why a hiring manager reads it badly.
    pub fn why(self) -> &'static str {
        match self {
            Self::Begging => "Pleading sounds desperate, and a hiring manager wants someone who chose this job, not someone who needs any job.",
            Self::Whining => "Self-pity turns the letter to your feelings and suggests you will complain when the work gets hard.",
            Self::OverApologising => "One apology shows you own the mistake; repeating it keeps the reader's eyes on the failure instead of on what you offer.",
            Self::Blaming => "Blaming the questions or the process tells the interviewer you will blame others when something goes wrong at work.",
            Self::BadMouthing => "Criticising a former boss or employer tells the reader you will talk the same way about them one day.",
            Self::Hedging => "Hedges and minimisers make you sound unsure of your own case, so the reader becomes unsure too.",
            Self::SelfDeprecation => "Running yourself down hands the reader a reason to agree with you.",
            Self::Cliche => "Stock phrases appear in every application and prove nothing; a specific example is what gets remembered.",
            Self::Shouting => "Exclamation marks and capitals read as over-excited or loud in a professional letter.",
            Self::NoPersonalisation => "A letter that never names the company or the interviewer looks like a template sent to everyone.",
            Self::Placeholder => "An unfilled placeholder shows the letter came from a template and was not read before it was sent.",
            Self::TooLong => "A long follow-up gets skimmed: the longer the note, the weaker the case.",
            Self::TooShort => "A very short note has no room to say what went wrong, what you wish you had said and why you deserve another look.",
            Self::LongSentence => "A very long sentence is hard to follow on first reading and buries its point.",
        }
    }
}

/// One tone problem, anchored to the words that caused it.
#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    /// What the problem is.
    pub kind: FlagKind,
    /// Byte offset of the first byte of the span in the checked text (a char boundary).
    pub start: usize,
    /// Byte offset one past the span (a char boundary). Whole-letter flags
    /// ([`FlagKind::TooLong`], [`FlagKind::TooShort`], [`FlagKind::NoPersonalisation`])
    /// use the empty span `0..0`.
    pub end: usize,
    /// A concrete suggestion, quoting the matched words where that helps.
    pub suggestion: String,
}

impl Flag {
    /// A key that identifies this flag across edits elsewhere in the text, so a
    /// dismissed flag stays dismissed while the user types: the kind's key, `:` and
    /// the matched text lowercased (curly apostrophes and runs of whitespace
    /// normalised). Whole-letter flags give just `"too_long:"` and the like.
    pub fn dismiss_key(&self, text: &str) -> String {
        let matched = text.get(self.start..self.end).unwrap_or("").trim();
        let mut key = String::with_capacity(self.kind.key().len() + 1 + matched.len());
        key.push_str(self.kind.key());
        key.push(':');
        let mut in_space = false;
        for c in matched.chars() {
            if c.is_whitespace() {
                if !in_space {
                    key.push(' ');
                }
                in_space = true;
                continue;
            }
            in_space = false;
            if is_apostrophe(c) {
                key.push('\'');
            } else {
                key.push(super::lower_char(c));
            }
        }
        key
    }
}

/// What the checker knows about the letter besides its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ToneContext<'a> {
    /// The employer's name from the interview facts; empty when not given.
    pub company: &'a str,
    /// The interviewer's name from the interview facts; empty when not given.
    pub interviewer: &'a str,
    /// The text is a phone-call script: no personalisation or letter-length flags
    /// (talking points are not read by the interviewer). Placeholders and very long
    /// sentences are still flagged: a sentence too long to read is too long to say.
    pub phone_script: bool,
}

/// The result of [`check`]: the flags plus the counts shown under the editor.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ToneReport {
    /// The flags, sorted by start offset.
    pub flags: Vec<Flag>,
    /// Number of words (CJK ideographs count one each).
    pub words: usize,
    /// Number of sentences; at least 1 for any text that is not blank.
    pub sentences: usize,
    /// Reading time at about 230 words a minute, rounded up; 0 for empty text.
    pub reading_seconds: u32,
    /// Flesch-Kincaid grade level, clamped to `0..=20`; 0 for empty text.
    pub grade: f32,
}

impl ToneReport {
    /// One plain line on the letter's tone, e.g. "Calm and direct: nothing to fix."
    /// or "2 things to look at: over-apologising, hedging." (one entry per kind).
    pub fn summary(&self) -> String {
        if self.flags.is_empty() {
            return if self.words == 0 {
                "Nothing to check yet.".to_string()
            } else {
                "Calm and direct: nothing to fix.".to_string()
            };
        }
        let kinds: Vec<FlagKind> = FlagKind::ALL
            .into_iter()
            .filter(|k| self.flags.iter().any(|f| f.kind == *k))
            .collect();
        let names: Vec<String> = kinds
            .iter()
            .map(|k| k.label().to_ascii_lowercase())
            .collect();
        let n = kinds.len();
        format!(
            "{n} {} to look at: {}.",
            if n == 1 { "thing" } else { "things" },
            names.join(", ")
        )
    }
}

/// Words above this count make the letter too long.
const MAX_WORDS: usize = 300;
/// Words below this count make the letter too short.
const MIN_WORDS: usize = 60;
/// Sentences above this many words are flagged.
const MAX_SENTENCE_WORDS: usize = 35;
/// With no names in the context, only letters at least this long are expected to greet
/// someone by name; shorter snippets are still being written.
const GREETING_MIN_WORDS: usize = 40;
/// Words a minute for the reading time.
const WPM: u64 = 230;

/// Checks the tone of `text`. Never panics, whatever the input; linear in its length.
pub fn check(text: &str, ctx: &ToneContext) -> ToneReport {
    if text.trim().is_empty() {
        return ToneReport::default();
    }
    let doc = Doc::new(text);
    let mut flags = Vec::new();
    doc.phrase_flags(&mut flags);
    doc.apology_flags(&mut flags);
    let names = NameTokens::new(ctx);
    doc.shouting_flags(&names, &mut flags);
    doc.placeholder_flags(&mut flags);
    let sentences = doc.sentence_flags(&mut flags);
    let words = doc.toks.len();

    if !ctx.phone_script {
        if words > MAX_WORDS {
            flags.push(whole(
                FlagKind::TooLong,
                format!("{words} words: aim for 150–300. Keep one example and cut repetition."),
            ));
        } else if words > 0 && words < MIN_WORDS {
            flags.push(whole(
                FlagKind::TooShort,
                format!("{words} words: aim for 150–300, enough to say what went wrong, what you wish you had said and why you are worth a second chance."),
            ));
        }
        if let Some(s) = doc.personalisation(ctx, &names) {
            flags.push(whole(FlagKind::NoPersonalisation, s));
        }
    }

    // One flag per kind per stretch of text: overlapping matches of the same kind
    // (two rules catching "I'm begging you") would only repeat themselves.
    sort_by_rank(&mut flags, |f| {
        [f.kind as u64, f.start as u64, u64::MAX - f.end as u64]
    });
    flags.dedup_by(|later, kept| later.kind == kept.kind && later.start < kept.end);
    sort_by_rank(&mut flags, |f| {
        [f.start as u64, f.end as u64, f.kind as u64]
    });

    let grade = if words == 0 {
        0.0
    } else {
        let w = words as f64;
        let fk = 0.39 * (w / sentences as f64) + 11.8 * (doc.syllables as f64 / w) - 15.59;
        fk.clamp(0.0, 20.0) as f32
    };
    let reading_seconds = ((words as u64 * 60).div_ceil(WPM)).min(u32::MAX as u64) as u32;
    ToneReport {
        flags,
        words,
        sentences,
        reading_seconds,
        grade,
    }
}

fn whole(kind: FlagKind, suggestion: String) -> Flag {
    Flag {
        kind,
        start: 0,
        end: 0,
        suggestion,
    }
}

fn suggestion(kind: FlagKind, m: &str) -> String {
    match kind {
        FlagKind::Begging => format!("Cut “{m}”. Say why you are worth a second conversation and ask for it once, calmly."),
        FlagKind::Whining => format!("Cut “{m}”. Say in one sentence what went wrong, then what you would do differently."),
        FlagKind::OverApologising => format!("You have already apologised once: cut this “{m}” and use the space for what you wish you had said."),
        FlagKind::Blaming => format!("Replace “{m}” with what you would do differently: own the answer, not the question."),
        FlagKind::BadMouthing => format!("Cut “{m}”. Say what you learned there or what you are looking for next."),
        FlagKind::Hedging => format!("Say it without “{m}”: a plain statement sounds sure of itself."),
        FlagKind::SelfDeprecation => format!("Replace “{m}” with what you can do and one example that shows it."),
        FlagKind::Cliche => format!("“{m}” is a stock phrase: replace it with a specific example that shows it."),
        FlagKind::Shouting if m.contains(['!', '！', '‼']) => "Use a full stop: let the words carry the feeling.".to_string(),
        FlagKind::Shouting => format!("Write “{m}” in normal case: capitals read as shouting."),
        FlagKind::Placeholder => format!("Replace “{m}” with the real text before sending."),
        _ => String::new(),
    }
}

// ---------------------------------------------------------------------------------
// Tokens

/// One word of the text.
#[derive(Clone, Copy, Debug)]
struct Tok {
    /// Byte range in the original text.
    start: usize,
    end: usize,
    /// Byte range of the lowercased word in [`Doc::lower`].
    ls: usize,
    le: usize,
    /// Sentence number (increasing, not necessarily contiguous).
    sent: u32,
    /// The word is a negation ("not", "never", "didn't"…).
    neg: bool,
    /// Clause punctuation (comma, colon, dash…) separates it from the previous word.
    clause: bool,
    /// Letters that have case (so "İ" and "Я" count, "中" does not).
    cased: u16,
    /// Lowercase letters among them.
    lowercase: u16,
}

/// The tokenised text.
struct Doc<'t> {
    text: &'t str,
    /// All words lowercased, back to back, curly apostrophes made straight.
    lower: String,
    toks: Vec<Tok>,
    syllables: usize,
    /// Byte offsets of "!", "！", "‼", "[", "{", "<" and "_", in order, found while
    /// tokenising, so the shouting and placeholder checks need not scan every byte.
    marks: Vec<usize>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// Han ideographs and kana are written without spaces: one token each keeps the word
/// count and the sentence length sane for Chinese and Japanese text.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_negation(w: &[u8]) -> bool {
    // "…n't" first, by hand: this runs for every word, and slice compares are calls.
    if let [.., b'n', b'\'', b't'] = w {
        return true;
    }
    // Every listed negation starts with one of these bytes; most words are out here.
    if !matches!(w.first(), Some(b'n' | b'w' | b'h' | b'b' | b'c')) {
        return false;
    }
    matches!(
        w,
        b"not"
            | b"never"
            | b"no"
            | b"nor"
            | b"neither"
            | b"without"
            | b"hardly"
            | b"barely"
            | b"cannot"
    ) || (w.ends_with(b"nt") && informal(w).is_some_and(|c| c.ends_with("n't")))
}

/// The standard spelling of a word people often type without its apostrophe or in
/// text-message style ("dont", "im", "pls", "u"), so the rules, written once in the
/// standard spelling, also hear the informal one.
fn informal(w: &[u8]) -> Option<&'static str> {
    Some(match w {
        b"im" => "i'm",
        b"ive" => "i've",
        b"id" => "i'd",
        b"ill" => "i'll",
        b"dont" => "don't",
        b"didnt" => "didn't",
        b"doesnt" => "doesn't",
        b"cant" => "can't",
        b"couldnt" => "couldn't",
        b"wont" => "won't",
        b"wouldnt" => "wouldn't",
        b"shouldnt" => "shouldn't",
        b"wasnt" => "wasn't",
        b"werent" => "weren't",
        b"isnt" => "isn't",
        b"arent" => "aren't",
        b"havent" => "haven't",
        b"hasnt" => "hasn't",
        b"hadnt" => "hadn't",
        b"aint" => "ain't",
        b"youre" => "you're",
        b"theyre" => "they're",
        b"thats" => "that's",
        b"its" => "it's",
        b"whats" => "what's",
        b"u" => "you",
        b"ur" => "your",
        b"pls" | b"plz" | b"pleeease" | b"pleease" => "please",
        _ => return None,
    })
}

/// Whether `a` and `b` are one typing slip apart: one letter inserted, dropped, changed
/// or two neighbours swapped. The first letter must agree: a slip there is rare, and
/// it is what separates real words ("tried" is not a typo of "cried").
fn one_slip_apart(a: &[u8], b: &[u8]) -> bool {
    if a.first() != b.first() || a == b {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            match diff[..] {
                [_] => true,
                [i, j] => j == i + 1 && a[i] == b[j] && a[j] == b[i],
                _ => false,
            }
        }
        1 => {
            let k = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            short[k..] == long[k + 1..]
        }
        _ => false,
    }
}

/// Words after which a full stop does not end a sentence ("Ms. Ortega").
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "mt", "rev", "hon", "approx",
    "dept", "fig", "no",
];

/// Vowel groups, a simple and good-enough syllable estimate for Flesch-Kincaid.
/// Works on bytes (ASCII vowels; accented letters count as consonants), which keeps
/// it cheap on every keystroke.
fn count_syllables(w: &[u8]) -> usize {
    let mut count = 0;
    let mut prev_vowel = false;
    for &c in w {
        let v = matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    // A final silent "e" ("name", "state") is not a syllable, but "-le" is ("table").
    if count > 1 && w.ends_with(b"e") && !w.ends_with(b"le") {
        count -= 1;
    }
    count.max(1)
}

/// The char at byte offset `i` (a char boundary) and its length; ASCII without decoding.
#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    match text.as_bytes().get(i) {
        None => None,
        Some(&b) if b < 0x80 => Some((char::from(b), 1)),
        Some(_) => text.get(i..)?.chars().next().map(|c| (c, c.len_utf8())),
    }
}

#[inline(always)]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Collects the tokens while [`Doc::new`] scans the text.
struct Builder<'t> {
    text: &'t str,
    /// Lowercased words as bytes, made a `String` once at the end: with the
    /// size-optimised release profile, per-char `String::push` calls dominated.
    lower: Vec<u8>,
    toks: Vec<Tok>,
    syllables: usize,
    marks: Vec<usize>,
}

impl Builder<'_> {
    /// Adds the word at `start..end`: lowercases it (curly apostrophes made straight)
    /// and counts its cased letters, in one pass over the whole word.
    fn push(&mut self, start: usize, end: usize, sent: u32, clause: bool) {
        let Some(src) = self.text.get(start..end) else {
            return;
        };
        let ls = self.lower.len();
        let (mut cased, mut lowercase) = (0u16, 0u16);
        if src.is_ascii() {
            for &c in src.as_bytes() {
                if c.is_ascii_lowercase() {
                    lowercase = lowercase.saturating_add(1);
                    cased = cased.saturating_add(1);
                } else if c.is_ascii_uppercase() {
                    cased = cased.saturating_add(1);
                }
            }
            self.lower.extend_from_slice(src.as_bytes());
            self.lower[ls..].make_ascii_lowercase();
        } else {
            let mut buf = [0u8; 4];
            for c in src.chars() {
                if c.is_lowercase() {
                    lowercase = lowercase.saturating_add(1);
                    cased = cased.saturating_add(1);
                } else if c.is_uppercase() {
                    cased = cased.saturating_add(1);
                }
                if is_apostrophe(c) {
                    self.lower.push(b'\'');
                } else {
                    let l = super::lower_char(c);
                    self.lower
                        .extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
        let w = &self.lower[ls..];
        self.syllables += count_syllables(w);
        self.toks.push(Tok {
            start,
            end,
            ls,
            le: self.lower.len(),
            sent,
            neg: is_negation(w),
            clause,
            cased,
            lowercase,
        });
    }
}

impl<'t> Doc<'t> {
    fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut b = Builder {
            text,
            lower: Vec::with_capacity(text.len()),
            toks: Vec::with_capacity(text.len() / 5 + 1),
            syllables: 0,
            marks: Vec::new(),
        };
        let mut sent = 0u32;
        let mut pending_break = false;
        let mut pending_clause = false;
        // The current word: its start, sentence and whether clause punctuation precedes it.
        let mut cur: Option<(usize, u32, bool)> = None;
        let mut i = 0;
        while let Some((c, len)) = char_at(text, i) {
            if is_word_char(c) {
                let cjk = !c.is_ascii() && is_cjk(c);
                if cjk {
                    if let Some((s, ts, cl)) = cur.take() {
                        b.push(s, i, ts, cl);
                    }
                }
                if cur.is_none() {
                    if pending_break && !b.toks.is_empty() {
                        sent += 1;
                    }
                    cur = Some((i, sent, pending_clause));
                    pending_break = false;
                    pending_clause = false;
                }
                if cjk {
                    if let Some((s, ts, cl)) = cur.take() {
                        b.push(s, i + len, ts, cl);
                    }
                }
            } else if is_apostrophe(c)
                && cur.is_some()
                && char_at(text, i + len).is_some_and(|(n, _)| is_word_char(n) && !is_cjk(n))
            {
                // Inside a word ("don't", "O’Brien"): part of it.
            } else {
                if let Some((s, ts, cl)) = cur.take() {
                    b.push(s, i, ts, cl);
                }
                match c {
                    '.' => {
                        let after_abbreviation = b.toks.last().is_some_and(|t| {
                            t.end == i && {
                                let w = &b.lower[t.ls..t.le];
                                w.len() == 1 || ABBREVIATIONS.iter().any(|a| a.as_bytes() == w)
                            }
                        });
                        // "3.5" and "acme.com" do not end a sentence.
                        let inside_word = bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
                        if !after_abbreviation && !inside_word {
                            pending_break = true;
                        }
                    }
                    // Every line break ends a sentence: in a letter typed into a text
                    // box a line break marks a greeting, an address line, a sign-off,
                    // a talking point or a paragraph; hard-wrapped prose is rare.
                    '!' | '?' | '\n' | '\r' | '。' | '！' | '？' | '‼' | '\u{2029}' => {
                        pending_break = true
                    }
                    ',' | ';' | ':' | '–' | '—' | '(' | ')' | '"' | '“' | '”' => {
                        pending_clause = true
                    }
                    _ => {}
                }
                if matches!(c, '!' | '！' | '‼' | '[' | '{' | '<' | '_') {
                    b.marks.push(i);
                }
            }
            i += len;
        }
        if let Some((s, ts, cl)) = cur.take() {
            b.push(s, text.len(), ts, cl);
        }
        // Only whole chars were pushed, so this cannot fail; if it somehow did, the
        // lossy copy keeps the check from panicking (`word` slices with `get`).
        let lower = String::from_utf8(b.lower)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Doc {
            text,
            lower,
            toks: b.toks,
            syllables: b.syllables,
            marks: b.marks,
        }
    }

    /// The lowercased word as bytes: no char-boundary checks, for the hot loops.
    #[inline(always)]
    fn word_bytes(&self, i: usize) -> &[u8] {
        let t = &self.toks[i];
        self.lower.as_bytes().get(t.ls..t.le).unwrap_or(&[])
    }

    #[inline(always)]
    fn word(&self, i: usize) -> &str {
        let t = &self.toks[i];
        self.lower.get(t.ls..t.le).unwrap_or("")
    }

    #[inline(always)]
    fn in_sentence(&self, i: usize, sent: u32) -> bool {
        i < self.toks.len() && self.toks[i].sent == sent
    }

    /// A negation in the `reach` words before token `i`, in the same clause: "I'm not
    /// saying the process was unfair". "not only" and "no doubt" are not negations.
    fn negated(&self, i: usize, reach: usize) -> bool {
        let sent = self.toks[i].sent;
        let mut j = i;
        for _ in 0..reach {
            if j == 0 || self.toks[j].clause {
                return false;
            }
            j -= 1;
            if self.toks[j].sent != sent {
                return false;
            }
            if self.toks[j].neg {
                let next = self.word(j + 1);
                let w = self.word(j);
                if (w == "not" && next == "only") || (w == "no" && next == "doubt") {
                    continue;
                }
                return true;
            }
        }
        false
    }

    fn flag(&self, kind: FlagKind, first: usize, last: usize) -> Flag {
        let (start, end) = (self.toks[first].start, self.toks[last].end);
        Flag {
            kind,
            start,
            end,
            suggestion: suggestion(kind, &self.text[start..end]),
        }
    }

    // -----------------------------------------------------------------------------
    // Phrase rules

    fn phrase_flags(&self, out: &mut Vec<Flag>) {
        let engine = engine();
        // One hash lookup per word; from here on every comparison is between integers.
        let ids: Vec<u16> = (0..self.toks.len())
            .map(|i| engine.id_of(self.word_bytes(i)))
            .collect();
        for i in 0..self.toks.len() {
            let Some(starts) = engine.starts.get(usize::from(ids[i])) else {
                continue;
            };
            let sent = self.toks[i].sent;
            for &r in starts {
                let rule = &engine.rules[usize::from(r)];
                if rule.at_start && i > 0 && self.toks[i - 1].sent == sent && !self.toks[i].clause {
                    continue;
                }
                if !rule.not_after.is_empty()
                    && i > 0
                    && self.toks[i - 1].sent == sent
                    && rule.not_after.has(ids[i - 1])
                {
                    continue;
                }
                if let Some(second) = &rule.second {
                    if !(self.in_sentence(i + 1, sent) && second.has(ids[i + 1])) {
                        continue;
                    }
                }
                if let Some(end) = self.match_at(&ids, &rule.elems, i, sent) {
                    if end > i && !self.negated(i, negation_reach(rule.kind)) {
                        out.push(self.flag(rule.kind, i, end - 1));
                    }
                }
            }
        }
    }

    /// Matches `elems` from token `i`; returns the token index after the match.
    /// Optional words are tried consumed first, so the longest match wins.
    fn match_at(&self, ids: &[u16], elems: &[Elem], i: usize, sent: u32) -> Option<usize> {
        let Some((first, rest)) = elems.split_first() else {
            return Some(i);
        };
        match first {
            Elem::Word { alts, optional } => {
                if self.in_sentence(i, sent) && alts.has(ids[i]) {
                    if let Some(e) = self.match_at(ids, rest, i + 1, sent) {
                        return Some(e);
                    }
                }
                if *optional {
                    self.match_at(ids, rest, i, sent)
                } else {
                    None
                }
            }
            Elem::Gap(n) => {
                for k in 0..=*n {
                    if k > 0 {
                        // A gap never swallows a negation: "was not unfair" is no match.
                        let j = i + k - 1;
                        if !self.in_sentence(j, sent) || self.toks[j].neg {
                            break;
                        }
                    }
                    if let Some(e) = self.match_at(ids, rest, i + k, sent) {
                        return Some(e);
                    }
                }
                None
            }
            Elem::NotNext(alts) => {
                if self.in_sentence(i, sent) && alts.has(ids[i]) {
                    None
                } else {
                    self.match_at(ids, rest, i, sent)
                }
            }
            Elem::Any => {
                if self.in_sentence(i, sent) && !self.toks[i].neg {
                    self.match_at(ids, rest, i + 1, sent)
                } else {
                    None
                }
            }
        }
    }

    // -----------------------------------------------------------------------------
    // Apologies

    /// The first apology is fine and expected; the second and later are flagged.
    /// "Sorry to hear/see/learn/read" is sympathy, not an apology, and does not count;
    /// nor does the adjective in "a sorry state".
    fn apology_flags(&self, out: &mut Vec<Flag>) {
        let n = self.toks.len();
        let mut count = 0;
        for i in 0..n {
            let sent = self.toks[i].sent;
            let next = |k: usize| {
                if self.in_sentence(i + k, sent) {
                    self.word(i + k)
                } else {
                    ""
                }
            };
            // Cheap first-byte filter before comparing whole words.
            if !matches!(self.word_bytes(i).first(), Some(b's' | b'a')) {
                continue;
            }
            let first = match self.word(i) {
                "sorry" => {
                    let sympathy = next(1) == "to"
                        && matches!(next(2), "hear" | "see" | "learn" | "read" | "hearing");
                    let adjective = matches!(
                        next(1),
                        "state" | "sight" | "excuse" | "tale" | "lot" | "affair"
                    );
                    if sympathy || adjective {
                        continue;
                    }
                    i
                }
                "apologies"
                    if i > 0 && self.toks[i - 1].sent == sent && self.word(i - 1) == "my" =>
                {
                    i - 1
                }
                "apologise" | "apologize" | "apologised" | "apologized" | "apologising"
                | "apologizing" | "apologies" | "apology" => i,
                _ => continue,
            };
            if self.negated(first, 3) {
                continue;
            }
            count += 1;
            if count >= 2 {
                out.push(self.flag(FlagKind::OverApologising, first, i));
            }
        }
    }

    // -----------------------------------------------------------------------------
    // Shouting

    fn shouting_flags(&self, names: &NameTokens, out: &mut Vec<Flag>) {
        // Each run of exclamation marks is one flag: "!!!" is one outburst. Scanned
        // as bytes: "!" is ASCII, and the full-width "！" and "‼" are matched whole.
        let b = self.text.as_bytes();
        let bang_len = |i: usize| -> usize {
            match b.get(i) {
                Some(b'!') => 1,
                // "！" (EF BC 81) and "‼" (E2 80 BC).
                Some(0xEF | 0xE2) => {
                    let rest = &b[i..];
                    if rest.starts_with("！".as_bytes()) || rest.starts_with("‼".as_bytes()) {
                        3
                    } else {
                        0
                    }
                }
                _ => 0,
            }
        };
        let mut k = 0;
        while k < self.marks.len() {
            let s = self.marks[k];
            k += 1;
            let mut e = s + bang_len(s);
            if e == s {
                continue;
            }
            while k < self.marks.len() && self.marks[k] == e && bang_len(e) > 0 {
                e += bang_len(e);
                k += 1;
            }
            out.push(self.bang(s, e));
        }

        let caps = |i: usize| {
            let t = &self.toks[i];
            t.cased >= 1
                && t.lowercase == 0
                && !is_template_word(self.word(i))
                && !names.contains(self.word(i))
        };
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if !caps(i) {
                i += 1;
                continue;
            }
            // A run: capitalised words separated by nothing but spaces.
            let s = i;
            let mut e = i + 1;
            while e < n
                && caps(e)
                && self.toks[e].sent == self.toks[s].sent
                && self.text[self.toks[e - 1].end..self.toks[e].start]
                    .chars()
                    .all(char::is_whitespace)
            {
                e += 1;
            }
            i = e;
            // "I" and "A" are capitals anyway: a run of nothing else is no shouting.
            if (s..e).all(|k| self.toks[k].cased < 2) {
                continue;
            }
            let mut big = 0;
            let mut shout = false;
            let mut strong = false;
            for k in s..e {
                let (t, w) = (&self.toks[k], self.word(k));
                if t.cased >= 2 {
                    big += 1;
                }
                let acronym = ACRONYMS.contains(&w);
                // Words of 2–5 capitals are usually acronyms (SQL, NASA); longer
                // ones, and common words written in capitals, are shouting.
                if (t.cased >= 6 && !acronym) || (t.cased >= 2 && SHOUTED.contains(&w)) {
                    shout = true;
                }
                if t.cased >= 3 && !acronym {
                    strong = true;
                }
            }
            if shout || (big >= 2 && strong) {
                // Trim "I" and "A" at the edges: they are capitals anyway.
                let (mut a, mut b) = (s, e - 1);
                while a < b && self.toks[a].cased < 2 {
                    a += 1;
                }
                while b > a && self.toks[b].cased < 2 {
                    b -= 1;
                }
                out.push(self.flag(FlagKind::Shouting, a, b));
            }
        }
    }

    fn bang(&self, start: usize, end: usize) -> Flag {
        Flag {
            kind: FlagKind::Shouting,
            start,
            end,
            suggestion: suggestion(FlagKind::Shouting, &self.text[start..end]),
        }
    }

    // -----------------------------------------------------------------------------
    // Placeholders

    fn placeholder_flags(&self, out: &mut Vec<Flag>) {
        let b = self.text.as_bytes();
        // Marks inside an earlier match are skipped.
        let mut done = 0;
        for &i in &self.marks {
            if i < done {
                continue;
            }
            match b[i] {
                open @ (b'[' | b'{' | b'<') => {
                    let close = match open {
                        b'[' => b']',
                        b'{' => b'}',
                        _ => b'>',
                    };
                    let limit = (i + 81).min(b.len());
                    let mut j = i + 1;
                    let mut found = None;
                    while j < limit {
                        if b[j] == close {
                            found = Some(j);
                            break;
                        }
                        // A nested opening ("{{name}}") or a line break: the inner
                        // bracket's own mark tries again.
                        if b[j] == open || b[j] == b'\n' {
                            break;
                        }
                        j += 1;
                    }
                    // Both ends are ASCII bytes, so the slices are on char boundaries.
                    let Some(j) = found else { continue };
                    let link = open == b'[' && b.get(j + 1) == Some(&b'(');
                    if link || !is_placeholder_content(&self.text[i + 1..j], open) {
                        continue;
                    }
                    let (mut s, mut e) = (i, j + 1);
                    if open == b'{' && s > 0 && b[s - 1] == b'{' && b.get(e) == Some(&b'}') {
                        s -= 1;
                        e += 1;
                    }
                    out.push(Flag {
                        kind: FlagKind::Placeholder,
                        start: s,
                        end: e,
                        suggestion: suggestion(FlagKind::Placeholder, &self.text[s..e]),
                    });
                    done = e;
                }
                b'_' => {
                    let mut e = i;
                    while e < b.len() && b[e] == b'_' {
                        e += 1;
                    }
                    done = e;
                    if e - i >= 3 {
                        out.push(Flag {
                            kind: FlagKind::Placeholder,
                            start: i,
                            end: e,
                            suggestion: "Fill in the blank before sending.".to_string(),
                        });
                    }
                }
                _ => {}
            }
        }
        for k in 0..self.toks.len() {
            if !matches!(self.word_bytes(k).first(), Some(b'x' | b't' | b'f')) {
                continue;
            }
            let w = self.word(k);
            let t = &self.toks[k];
            let xs = w.len() >= 3 && w.bytes().all(|c| c == b'x');
            // "todo" in lowercase is an ordinary word ("my to-do list"); the marker is
            // written in capitals.
            let marker = matches!(w, "todo" | "tbd" | "fixme") && t.lowercase == 0;
            if xs || marker {
                out.push(self.flag(FlagKind::Placeholder, k, k));
            }
        }
    }

    // -----------------------------------------------------------------------------
    // Sentences

    /// Flags sentences of more than 35 words; returns the sentence count.
    fn sentence_flags(&self, out: &mut Vec<Flag>) -> usize {
        let n = self.toks.len();
        let mut count = 0;
        let mut s = 0;
        while s < n {
            let mut e = s + 1;
            while e < n && self.toks[e].sent == self.toks[s].sent {
                e += 1;
            }
            count += 1;
            let len = e - s;
            if len > MAX_SENTENCE_WORDS {
                out.push(Flag {
                    kind: FlagKind::LongSentence,
                    start: self.toks[s].start,
                    end: self.toks[e - 1].end,
                    suggestion: format!(
                        "{len}-word sentence: split it in two; aim for under 25 words."
                    ),
                });
            }
            s = e;
        }
        // Text with no words at all ("!!!", emoji) is still one sentence.
        count.max(1)
    }

    // -----------------------------------------------------------------------------
    // Personalisation

    /// The suggestion when the letter names nobody, or `None`.
    ///
    /// With a company or interviewer in the context, the letter must mention at least
    /// one of them (any significant word of the name, so "Ms Ortega" is matched by
    /// "Dear Maria Ortega" and "Acme Ltd" by "Acme"). With neither given, the checker
    /// cannot know the names, so it only asks a letter of 40 words or more to greet
    /// someone by name ("Dear Ms Ortega", not "Dear Hiring Manager").
    fn personalisation(&self, ctx: &ToneContext, names: &NameTokens) -> Option<String> {
        let company = ctx.company.trim();
        let interviewer = ctx.interviewer.trim();
        if company.is_empty() && interviewer.is_empty() {
            if self.toks.len() >= GREETING_MIN_WORDS && !self.named_greeting() {
                return Some("Greet the interviewer by name and mention the company: add them in the interview details so the letter can use them.".to_string());
            }
            return None;
        }
        if names.words.is_empty() {
            return None;
        }
        let mentioned = (0..self.toks.len()).any(|i| names.contains(self.word(i)));
        if mentioned {
            return None;
        }
        Some(match (company.is_empty(), interviewer.is_empty()) {
            (false, false) => format!(
                "Name {company} or {interviewer} at least once, e.g. greet them: “Dear {interviewer},”."
            ),
            (false, true) => format!("Name {company} at least once, e.g. in what you now know about the company."),
            _ => format!("Greet {interviewer} by name: “Dear {interviewer},”."),
        })
    }

    fn named_greeting(&self) -> bool {
        (0..self.toks.len()).any(|i| {
            matches!(self.word(i), "dear" | "hi" | "hello" | "hey")
                && self.in_sentence(i + 1, self.toks[i].sent)
                && self.text[self.toks[i + 1].start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && !GENERIC_GREETEES.contains(&self.word(i + 1))
        })
    }
}

/// "Dear Hiring Manager" and "Dear Sir or Madam" greet nobody in particular.
#[rustfmt::skip]
const GENERIC_GREETEES: &[&str] = &[
    "sir", "madam", "hiring", "recruiting", "recruitment", "team", "manager", "all",
    "there", "to", "whom", "everyone", "colleague", "colleagues", "friend", "friends",
    "name", "interviewer", "recruiter", "hr", "panel", "selection", "committee", "the",
];

/// Words of a name that identify nobody on their own.
#[rustfmt::skip]
const NAME_FILLERS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "the", "and", "of",
    "inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "group", "company", "limited",
    "team",
];

/// Template markers that are flagged as placeholders, not as shouting.
fn is_template_word(w: &str) -> bool {
    matches!(w, "todo" | "tbd" | "fixme") || (w.len() >= 3 && w.bytes().all(|c| c == b'x'))
}

fn is_placeholder_content(inner: &str, open: u8) -> bool {
    let inner = inner.trim();
    if inner.is_empty() || !inner.chars().any(char::is_alphabetic) {
        return false;
    }
    if inner.eq_ignore_ascii_case("sic") {
        return false;
    }
    if open == b'<' {
        // "<name>" is a placeholder; "<jane@example.com>" and "<https://…>" are not.
        return inner
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '_' || c == '-');
    }
    true
}

/// The significant words of the company and interviewer names, lowercased.
struct NameTokens {
    words: Vec<String>,
}

impl NameTokens {
    fn new(ctx: &ToneContext) -> Self {
        let mut words = Vec::new();
        for name in [ctx.company, ctx.interviewer] {
            if name.trim().is_empty() {
                continue;
            }
            let doc = Doc::new(name);
            for i in 0..doc.toks.len() {
                let w = doc.word(i);
                if w.chars().count() >= 2 && !NAME_FILLERS.contains(&w) {
                    words.push(w.to_string());
                }
            }
        }
        NameTokens { words }
    }

    fn contains(&self, w: &str) -> bool {
        self.words.iter().any(|n| n == w)
    }
}

/// Common acronyms of three or more letters, lowercased (shorter ones never count as
/// shouting on their own).
#[rustfmt::skip]
const ACRONYMS: &[&str] = &[
    "ceo", "cfo", "cto", "coo", "cio", "cmo", "vp", "api", "apis", "nasa", "usa", "sql",
    "aws", "gcp", "ibm", "bbc", "nhs", "gdpr", "hipaa", "iso", "pmp", "asap", "faq", "pdf",
    "csv", "html", "css", "json", "xml", "rest", "http", "https", "nlp", "gpu", "cpu",
    "ram", "sap", "sas", "spss", "matlab", "cobol", "fortran", "nato", "unicef", "unesco",
    "ngo", "llc", "ltd", "inc", "plc", "gmbh", "mba", "cpa", "cfa", "kpi", "okr", "crm",
    "erp", "seo", "ppc", "roi", "etl", "sre", "devops", "saas", "b2b", "b2c", "ios", "php",
    "ux", "ui", "hr", "it", "ai", "ml", "qa", "us", "uk", "eu", "cv", "phd", "msc", "bsc",
    "rn", "emt", "cpr", "dba", "ats", "sdk", "ide", "lms", "ngos", "icu", "ceos", "usb",
    "tv", "ok",
];

/// Short words that are shouting when written in capitals ("I am VERY sorry").
#[rustfmt::skip]
const SHOUTED: &[&str] = &[
    "beg", "best", "dream", "hate", "help", "love", "much", "must", "need", "never", "not",
    "sorry", "thank", "truly", "very", "want", "please", "really", "so", "all", "this",
    "job",
];

// ---------------------------------------------------------------------------------
// The pattern language

/// A set of interned word ids: a bitset over the range of ids it spans. Words of one
/// list are interned together, so the ranges are short; membership is two
/// instructions, which matters because the matcher asks on every backtrack.
#[derive(Debug, Default)]
struct WordSet {
    lo: u16,
    bits: Vec<u64>,
}

impl WordSet {
    fn new(ids: &[u16]) -> Self {
        let (Some(&lo), Some(&hi)) = (ids.iter().min(), ids.iter().max()) else {
            return Self::default();
        };
        let mut bits = vec![0u64; usize::from(hi - lo) / 64 + 1];
        for &id in ids {
            let k = usize::from(id - lo);
            bits[k / 64] |= 1 << (k % 64);
        }
        WordSet { lo, bits }
    }

    #[inline(always)]
    fn has(&self, id: u16) -> bool {
        let Some(k) = id.checked_sub(self.lo) else {
            return false;
        };
        let k = usize::from(k);
        self.bits
            .get(k / 64)
            .is_some_and(|w| (w >> (k % 64)) & 1 == 1)
    }

    fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }
}

/// One element of a compiled rule.
#[derive(Debug)]
enum Elem {
    /// One word from `alts`; may be skipped when `optional`.
    Word { alts: WordSet, optional: bool },
    /// Zero to n words of the same sentence, none of them a negation.
    Gap(usize),
    /// Zero-width: the next word is not one of these.
    NotNext(WordSet),
    /// Any one word that is not a negation (a name after "Ms", say).
    Any,
}

/// A compiled rule.
#[derive(Debug)]
struct Rule {
    kind: FlagKind,
    /// The word before the match must not be one of these ("the kind of").
    not_after: WordSet,
    /// The match must begin a sentence or a clause ("Had the advert been clearer…").
    at_start: bool,
    /// The ids of the first element's words, for the index.
    first: Vec<u16>,
    /// Every word that can follow the first one, when that set is closed (no gap or
    /// lookahead before the next required word): a cheap test that rejects most
    /// attempts of the many rules starting with "I" before any backtracking.
    second: Option<WordSet>,
    elems: Vec<Elem>,
}

/// How far back a negation switches a match off. Blame and criticism are often
/// denied from further away ("it wasn't the question that threw me").
fn negation_reach(kind: FlagKind) -> usize {
    match kind {
        FlagKind::Blaming | FlagKind::BadMouthing => 5,
        _ => 3,
    }
}

/// The id of a word that appears in no rule.
const NOT_A_RULE_WORD: u16 = u16::MAX;

/// FNV-1a: the vocabulary lookup hashes every word of the text on every keystroke,
/// and the default SipHash is several times slower on such short keys. The keys are
/// our own word lists, so hash flooding is not a concern.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Vocab = HashMap<&'static [u8], u16, BuildHasherDefault<Fnv>>;

struct Engine {
    rules: Vec<Rule>,
    /// Every word used by a rule, to its id.
    vocab: Vocab,
    /// By word id: the rules whose first word it is.
    starts: Vec<Vec<u16>>,
    /// Rule words of five or more letters, under each spelling with one letter
    /// dropped: finds the rule word a typing slip came from in a few lookups.
    slips: HashMap<Box<[u8]>, Vec<u16>, BuildHasherDefault<Fnv>>,
    /// By word id: the word.
    words: Vec<&'static [u8]>,
}

/// Rule words at least this long tolerate one typing slip.
const SLIP_MIN_LEN: usize = 5;

impl Engine {
    /// The id of the rule word `w` is, or is an informal spelling of, or is one typing
    /// slip away from; [`NOT_A_RULE_WORD`] for any other word.
    fn id_of(&self, w: &[u8]) -> u16 {
        if let Some(&id) = self.vocab.get(w) {
            return id;
        }
        if let Some(&id) = informal(w).and_then(|c| self.vocab.get(c.as_bytes())) {
            return id;
        }
        if w.len() + 1 < SLIP_MIN_LEN || w.len() > 24 || !w.is_ascii() {
            return NOT_A_RULE_WORD;
        }
        let mut buf = [0u8; 24];
        let dropped = |k: usize, buf: &mut [u8; 24]| -> usize {
            buf[..k].copy_from_slice(&w[..k]);
            buf[k..w.len() - 1].copy_from_slice(&w[k + 1..]);
            w.len() - 1
        };
        // `w` lacks a letter: it is a rule word with one dropped.
        let mut candidates: Vec<u16> = self.slips.get(w).cloned().unwrap_or_default();
        for k in 0..w.len() {
            let n = dropped(k, &mut buf);
            // `w` has an extra letter, or a changed or swapped one.
            candidates.extend(self.vocab.get(&buf[..n]).copied());
            candidates.extend(self.slips.get(&buf[..n]).into_iter().flatten().copied());
        }
        candidates
            .into_iter()
            .find(|&id| {
                let word = self.words[usize::from(id)];
                word.len() >= SLIP_MIN_LEN && one_slip_apart(word, w)
            })
            .unwrap_or(NOT_A_RULE_WORD)
    }
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut vocab = Vocab::default();
        let rules: Vec<Rule> = RULES
            .iter()
            .map(|&(k, p)| compile(k, p, &mut vocab))
            .collect();
        let mut starts = vec![Vec::new(); vocab.len()];
        for (r, rule) in rules.iter().enumerate() {
            // Every rule starts with a required word (checked by a unit test).
            for &a in &rule.first {
                starts[usize::from(a)].push(r as u16);
            }
        }
        let mut slips: HashMap<Box<[u8]>, Vec<u16>, BuildHasherDefault<Fnv>> = HashMap::default();
        for (&word, &id) in &vocab {
            if word.len() >= SLIP_MIN_LEN && word.is_ascii() {
                for k in 1..word.len() {
                    let key: Vec<u8> = [&word[..k], &word[k + 1..]].concat();
                    slips.entry(key.into_boxed_slice()).or_default().push(id);
                }
            }
        }
        let mut words = vec![&b""[..]; vocab.len()];
        for (&word, &id) in &vocab {
            words[usize::from(id)] = word;
        }
        Engine {
            rules,
            vocab,
            starts,
            slips,
            words,
        }
    })
}

fn alternatives(spec: &'static str, vocab: &mut Vocab) -> Vec<u16> {
    let mut v = Vec::new();
    let mut intern = |w: &'static str| {
        let next = vocab.len() as u16;
        *vocab.entry(w.as_bytes()).or_insert(next)
    };
    for a in spec.split('|') {
        match a.strip_prefix('@') {
            Some(name) => v.extend(word_list(name).split_ascii_whitespace().map(&mut intern)),
            None => v.push(intern(a)),
        }
    }
    sort_by_rank(&mut v, |&w| [u64::from(w), 0, 0]);
    v.dedup();
    v
}

fn compile(kind: FlagKind, pattern: &'static str, vocab: &mut Vocab) -> Rule {
    let mut rule = Rule {
        kind,
        at_start: false,
        not_after: WordSet::default(),
        first: Vec::new(),
        second: None,
        elems: Vec::new(),
    };
    let mut second: Vec<u16> = Vec::new();
    // None: still collecting; Some(closed): decided.
    let mut second_closed: Option<bool> = None;
    for part in pattern.split_whitespace() {
        if part == "^" {
            rule.at_start = true;
        } else if part == "*" {
            second_closed.get_or_insert(false);
            rule.elems.push(Elem::Any);
        } else if let Some(rest) = part.strip_prefix('<') {
            rule.not_after = WordSet::new(&alternatives(rest, vocab));
        } else if let Some(rest) = part.strip_prefix('!') {
            second_closed.get_or_insert(false);
            rule.elems
                .push(Elem::NotNext(WordSet::new(&alternatives(rest, vocab))));
        } else if let Some(n) = part.strip_prefix('~') {
            second_closed.get_or_insert(false);
            rule.elems.push(Elem::Gap(n.parse().unwrap_or(1)));
        } else {
            let (spec, optional) = match part.strip_prefix('?') {
                Some(rest) => (rest, true),
                None => (part, false),
            };
            let ids = alternatives(spec, vocab);
            if !rule.elems.is_empty() && second_closed.is_none() {
                second.extend_from_slice(&ids);
                if !optional {
                    second_closed = Some(true);
                }
            }
            // Only a required first word can key the index (a unit test checks that
            // every rule has one).
            if rule.elems.is_empty() && !optional {
                rule.first.clone_from(&ids);
            }
            rule.elems.push(Elem::Word {
                alts: WordSet::new(&ids),
                optional,
            });
        }
    }
    if second_closed == Some(true) {
        rule.second = Some(WordSet::new(&second));
    }
    rule
}

/// Named word lists used by the rules as `@name`, each one string of words separated by
/// spaces: a slice of `&str` would add eight bytes of pointer and length per word to the
/// download.
#[rustfmt::skip]
fn word_list(name: &str) -> &'static str {
    match name {
        "intens" => "so very really truly totally completely utterly absolutely incredibly \
            extremely terribly pretty quite just always frankly honestly simply \
            basically such also clearly rather fairly somewhat deeply genuinely seriously \
            awfully horribly probably likely obviously literally actually",
        "former" => "old former last previous ex prior past current",
        "work" => "boss bosses manager managers management company employer team colleague \
            colleagues coworker coworkers co workers supervisor supervisors workplace \
            job firm lead director ceo owner owners department office organisation \
            organization agency startup leadership founder founders",
        "workperson" => "boss bosses manager managers management employer employers colleague \
            colleagues coworker coworkers supervisor supervisors workplace company firm \
            leadership ceo director culture environment",
        "badwork" => "incompetent toxic nightmare terrible awful horrible useless clueless idiot \
            idiots idiotic lazy dishonest abusive hopeless joke disaster dysfunctional \
            unbearable crazy insane stupid pathetic rubbish hell hellish miserable \
            corrupt unprofessional crooks liars morons moron bully bullies tyrant \
            micromanager clowns garbage trash shambles psycho mess disorganised \
            disorganized chaotic shambolic",
        "badperson" => "incompetent toxic nightmare terrible awful horrible useless clueless idiot \
            idiotic lazy dishonest abusive dysfunctional corrupt unprofessional hellish \
            miserable",
        "det" => "the your this that these those my whole entire",
        "imod" => "interview hiring recruitment selection application technical whole entire \
            first second final last panel phone video online coding case group",
        "inoun" => "interview interviews process question questions panel format test assessment \
            exercise task timing schedule setup structure study challenge",
        "blameadj" => "confusing unclear vague ambiguous unfair misleading irrelevant pointless \
            ridiculous rushed disorganised disorganized chaotic unprofessional biased \
            flawed rigged impossible absurd stupid silly nonsensical inappropriate \
            confused unreasonable badly poorly",
        "rudeadj" => "rude dismissive hostile condescending distracted unprepared unprofessional \
            impatient cold unfair aggressive biased uninterested bored disinterested \
            patronising patronizing",
        "sad" => "upset devastated heartbroken crushed miserable depressed distraught gutted \
            inconsolable shattered wretched",
        "selfneg" => "terrible hopeless useless awful bad rubbish horrible clueless incompetent \
            pathetic stupid dumb worthless idiot failure fraud impostor imposter \
            disaster mess loser nobody fool inadequate unemployable",
        "selfpast" => "idiot failure fool useless hopeless pathetic stupid incompetent disaster \
            mess fraud loser worthless clueless awful terrible",
        "enough" => "good smart clever qualified experienced strong talented skilled capable \
            worthy confident sharp bright",
        "goodat" => "good great strong skilled gifted smart clever talented",
        // Words before "kind of"/"sort of" that make it a noun ("the kind of team"),
        // not a hedge ("I kind of froze").
        "kindpre" => "the a an what which this that these those any some every each same no one \
            other another right wrong best only exact particular certain similar \
            specific perfect ideal usual different new whole my your our their his her \
            its first good great real very so how too all exactly nice bad worst main \
            special rare unique common typical own two three many most true interesting \
            important difficult hard complex challenging exciting rewarding useful \
            valuable big small large key critical strange odd weird be precisely kind",
        "kindobj" => "you him her them us me your his their the",
        // Someone other than the writer, as the subject of a clause: pronouns, roles
        // and the titles that start a name ("Ms Patel").
        "who" => "you he she they it panel interviewer interviewers recruiter recruiters \
            receptionist manager managers team hr everyone everybody somebody someone \
            people staff panellist panellists panelist panelists assessor assessors \
            scheduler coordinator chair director ceo colleague colleagues mr mrs ms dr \
            prof miss sir madam company advert ad listing description email invitation \
            link connection wifi internet laptop camera microphone platform zoom teams \
            system software room noise traffic train",
        "ordinal" => "second third fourth fifth sixth seventh eighth ninth tenth eleventh \
            twelfth thirteenth fourteenth fifteenth twentieth umpteenth nth",
        "count" => "two three four five six seven eight nine ten eleven twelve fifteen twenty \
            dozen dozens countless many multiple several 2 3 4 5 6 7 8 9 10 11 12 15 20",
        "timespan" => "year month week january february march april may june july august \
            september october november december spring summer autumn fall winter row far",
        "bad" => "bad rotten terrible awful horrible lousy",
        _ => "",
    }
}

use FlagKind as K;

/// The phrase rules. Each pattern is a space-separated sequence of elements matched
/// against lowercased words (curly apostrophes are straightened, punctuation is not a
/// word, all words of a match lie in one sentence):
/// * `a|b|c` — one word, one of the alternatives; `@name` inserts a [`word_list`];
/// * `?a|b` — the same, optional;
/// * `~N` — up to N words, none of them a negation;
/// * `!a|b` — the next word is not one of these (zero width);
/// * `<a|b` — first element only: the word before the match is not one of these.
///
/// The first element must be a required word: it keys the index. A match is dropped
/// when a negation precedes it closely (see `Doc::negated`).
#[rustfmt::skip]
const RULES: &[(FlagKind, &str)] = &[
    // Begging and pleading.
    (K::Begging, "please ?please|just|kindly give|grant|offer|allow me another|a|one ?more|second|last|final chance|shot|try|opportunity"),
    (K::Begging, "please please"),
    (K::Begging, "i'm ?really|truly|literally|honestly begging|imploring|pleading"),
    (K::Begging, "i ?am|really|truly|humbly|honestly beg|begging|implore|beseech|plead|pleading"),
    (K::Begging, "begging you"),
    (K::Begging, "i'm|i ?am|was|feel|felt|got|grow ?@intens ?getting|becoming|growing desperate|desperately"),
    (K::Begging, "desperate|desperately for|to ?get|land|have|secure|find|work ?this|the|a|any|another|one|that ?more|second job|role|position|opportunity|chance|work|interview|break|here"),
    (K::Begging, "desperately need|needed|want|wanted ?this|the|a|any|another|one|that ?more|second job|role|position|opportunity|chance|work|interview|break"),
    (K::Begging, "i ?really|truly|badly|desperately|so|just|do ?really|truly need|needed this|the job|role|position|opportunity|work|money|income|paycheck|salary|one"),
    (K::Begging, "need|needed this|it so|really|very badly|desperately|much"),
    (K::Begging, "i'll|i'd do anything !differently|else"),
    (K::Begging, "i will|would do anything !differently|else"),
    (K::Begging, "you're|you are my last|only hope|chance"),
    (K::Begging, "this|it ?is|was my last|only ?real chance|hope"),
    (K::Begging, "it's|that's my last|only ?real chance|hope"),
    (K::Begging, "please don't|do ?not reject|ignore|dismiss|forget|overlook me"),
    (K::Begging, "please don't|do ?not give up on me"),
    (K::Begging, "my|our desperation"),
    (K::Begging, "on my|bended knees|knee"),
    (K::Begging, "nowhere else to turn|go"),
    (K::Begging, "can't|cannot afford to lose|miss this|another ?opportunity|job|chance|role"),
    (K::Begging, "can't|cannot afford to lose|miss the|out ?on ?this|the opportunity|job|chance|role"),
    (K::Begging, "don't|please ~2 throw|bin|toss|discard|delete|shred my|me ~2 application|cv|resume|away|out"),
    (K::Begging, "do not ~2 throw|bin|toss|discard|delete|shred my ~2 application|cv|resume|away|out"),
    (K::Begging, "i'll|i'd|i ~2 do|try ?@intens anything|everything ?you ?ask !differently|else|to|i"),
    (K::Begging, "work|working|start|starting ~3 unpaid|free|nothing !of"),
    (K::Begging, "forever|eternally ~1 in your debt"),
    (K::Begging, "find it in your heart"),
    (K::Begging, "please ~3 please"),
    (K::Begging, "can't|cannot|couldn't ?@intens bear|face|lose|survive ?another|this ?one rejection|no|refusal|one"),
    (K::Begging, "you're|you are ~2 my last|only|final hope|chance|lifeline"),
    // Grovelling: apologies that overdo it on their own.
    (K::OverApologising, "can't|cannot|couldn't apologise|apologize ?@intens enough"),
    (K::OverApologising, "thousand|million|hundred apologies|sorries"),
    (K::OverApologising, "humblest|profuse|profound|abject|deepest apologies"),
    (K::OverApologising, "so ?so sorry ~3 again"),
    (K::OverApologising, "again ~3 sorry|apologise|apologize|apologies|apology"),
    (K::OverApologising, "once more ~3 sorry|apologise|apologize|apologies|apology"),
    (K::OverApologising, "sorry sorry"),
    // Whining and self-pity.
    (K::Whining, "it's|that's|life's|it|that|this|life|which ?is|was ?just|simply|really|so|totally|completely not|never fair"),
    (K::Whining, "it|that|this|life|which isn't|wasn't|ain't ?@intens fair"),
    (K::Whining, "it's|that's|life's|it|that|this|life ?is|was|seems|seemed|feels|felt ?@intens|a ?@intens|bit|little unfair"),
    (K::Whining, "i always|constantly|keep|inevitably|invariably ?seem ?to mess|messing|screw|screwing|ruin|ruining|blow|blowing|choke|choking|fail|failing|freeze|freezing|panic|panicking|bomb|bombing"),
    (K::Whining, "nothing ?ever ?seems ?to go|goes|went|works|worked|turns|turned ?out ?my|for|in ?my way|me|favour|favor|right"),
    (K::Whining, "never ?seems|seem ?to go|goes|went|works|work|turns|turn|turned ?out my|in ?my way|favour|favor"),
    (K::Whining, "i've|i'm ?been|felt|feeling ?@intens ?@intens @sad"),
    (K::Whining, "i am|have|feel ?been|felt|feeling ?@intens ?@intens @sad"),
    (K::Whining, "i ~1 cried|crying|sobbed|sobbing|wept"),
    (K::Whining, "couldn't|can't|cannot stop crying|sobbing"),
    (K::Whining, "beating|kicking myself"),
    (K::Whining, "always happens|happen to me"),
    (K::Whining, "poor me"),
    (K::Whining, "nobody|noone ?ever gives|gave|give me a chance|break"),
    (K::Whining, "no one ?ever gives|gave|give me a chance|break"),
    (K::Whining, "i'm|i've ?been|always ?@intens unlucky"),
    (K::Whining, "i am|have ?been|always ?@intens unlucky"),
    (K::Whining, "i didn't|never deserve this|that"),
    (K::Whining, "i did not deserve this|that"),
    (K::Whining, "just my luck"),
    (K::Whining, "my ?usual bad|rotten luck"),
    (K::Whining, "it|that|this|which|life ~3 feels|felt|seems|seemed|is|was ~3 unfair|unjust|cruel"),
    (K::Whining, "rent|mortgage|bills|debts ~3 due|overdue|piling|mounting|unpaid|behind"),
    (K::Whining, "savings ~3 gone|running|dwindling|spent|drying|disappearing"),
    (K::Whining, "nothing|no ~1 else|other ~1 lined up"),
    (K::Whining, "can't|cannot|couldn't afford ~3 rent|bills|mortgage|food|groceries"),
    (K::Whining, "out of work ~1 for ~2 months|years|ages"),
    (K::Whining, "out of a job ~1 for ~2 months|years|ages"),
    (K::Whining, "@ordinal ?@intens interview|rejection|application|attempt ~2 this|since|in|so ~1 @timespan"),
    (K::Whining, "rejected|turned|knocked ?down|back ~2 @count times|interviews|applications|jobs"),
    (K::Whining, "they|all|every ~3 end|ended|ends|go|goes|went|finish|finished the same way"),
    (K::Whining, "haven't|hasn't|couldn't|can't|barely|hardly ?@intens slept|sleep|sleeping ?properly|well|a since|for|in|wink"),
    (K::Whining, "sleepless night|nights|week"),
    (K::Whining, "end of my rope|tether|wits"),
    (K::Whining, "my wits end"),
    (K::Whining, "nobody|noone ~3 gives|give|gave|giving me ~3 chance|break|shot"),
    (K::Whining, "no one ~3 gives|give|gave|giving me ~3 chance|break|shot"),
    (K::Whining, "with|just my ?@intens luck"),
    (K::Whining, "such|more @bad luck"),
    (K::Whining, "universe|world|everything|everyone ~2 is|was|seems|are against me"),
    (K::Whining, "wearing|getting|grinding|dragging me down"),
    (K::Whining, "been|had a|an|such ?a ?@intens horrible|awful|terrible|rough|miserable|nightmare|hellish week|month|year|time"),
    // Excuses and blaming the interviewer or the process.
    (K::Blaming, "@det ?@imod ?@imod @inoun ~3 was|were|is|are|felt|seemed|seems|feels ?a|an ?@intens|bit|little ?@intens @blameadj"),
    (K::Blaming, "you ?@intens didn't|never|barely|hardly|wouldn't give|let|allow ?me ~2 time|chance|finish|explain|speak|answer|talk|respond|elaborate|think|opportunity|minute|moment|second"),
    (K::Blaming, "you did not give|let|allow ?me ~2 time|chance|finish|explain|speak|answer|talk|respond|elaborate|think|opportunity|minute|moment|second"),
    (K::Blaming, "you ~1 interrupted|interrupting|rushed|rushing me"),
    (K::Blaming, "you ~1 cut|cutting me off"),
    (K::Blaming, "trick question|questions"),
    (K::Blaming, "you were|seemed|sounded|looked ?@intens|a ?@intens|bit|little ?@intens @rudeadj"),
    (K::Blaming, "the|my|your|our interviewer|interviewers|recruiter|recruiters|panel ~2 was|were|seemed ?@intens|a ?@intens|bit|little ?@intens @rudeadj"),
    (K::Blaming, "wasn't|isn't|not ?entirely|really|completely|all|totally|wholly my fault"),
    (K::Blaming, "blame|blamed|blaming ?it ?on the|your|this|that ?@imod interviewer|interview|process|question|questions|format|panel|timing|schedule|recruiter|setup"),
    (K::Blaming, "i wasn't given|allowed ~2 time|chance|opportunity|minutes|enough"),
    (K::Blaming, "i was not|never given|allowed ~2 time|chance|opportunity|minutes|enough"),
    (K::Blaming, "you didn't|never tell|told|warn|warned|mention|mentioned ?me|us that|there|what|beforehand"),
    (K::Blaming, "nobody|noone told|warned|informed me"),
    (K::Blaming, "no one told|warned|informed me"),
    (K::Blaming, "i wasn't told|warned|informed"),
    (K::Blaming, "i was not|never told|warned|informed"),
    (K::Blaming, "in my defence|defense"),
    (K::Blaming, "no way of knowing"),
    (K::Blaming, "your|the ?@imod question|questions ~1 confused|misled me"),
    (K::Blaming, "@who ~3 kept|keeps|keep ?on interrupting|interrupted|cutting|talking|rushing|rushed|cut|checking|looking"),
    (K::Blaming, "@who ~3 talked|talks|spoke|speaking|talking over ?nearly|almost|pretty me|my|every|each|most|half|all"),
    (K::Blaming, "@who ~4 told|assured|promised|said ~5 informal|casual|relaxed|quick|easy chat|conversation|catch|talk|meeting"),
    (K::Blaming, "hard|difficult|impossible|tough to concentrate|focus|think|hear with|because|while|over"),
    (K::Blaming, "froze|freezing|dropped|dropping|crashed|crashing|lagged|lagging|glitched|glitching|cut ~3 so|which ~4 answers|answer|points|examples|wrong|impossible|badly|garbled|lost"),
    (K::Blaming, "so|which|and naturally|obviously|inevitably ?enough my|i ~2 answer|answers|response|mind|performance|went|was|froze|lost"),
    (K::Blaming, "@who ~2 question|questions|tasks|task|brief ~2 was|were|seemed|felt ?@intens|a ?bit|little ?@intens @blameadj"),
    (K::Blaming, "@who ~3 interrupted|interrupting|rushed|hurried ?@intens me|my|every|each|us"),
    (K::Blaming, "@who ~3 cut|cutting me off"),
    (K::Blaming, "@who ~2 barely|hardly|never|didn't|wouldn't let|gave|give me ~2 word|chance|finish|speak|answer|time"),
    (K::Blaming, "^ had !i|i'd|we|my|our ~10 i|i'd ~2 have|been"),
    (K::Blaming, "if !i|i'd|i'm|we|my|our ~3 had|hadn't ~10 i|i'd ~2 have|been"),
    (K::Blaming, "<i|we|i've|i'd|myself made|makes ?it|things|everything ?@intens|almost|nearly|practically impossible|hard|difficult|tough|harder"),
    (K::Blaming, "<i|we|i've|i'd|myself made|makes me look|seem|sound|appear"),
    (K::Blaming, "<i|we threw|throws|thrown me ?@intens off|completely|totally"),
    (K::Blaming, "<i|we put|puts me off ?my stride|balance|game"),
    (K::Blaming, "<i|we|myself ruined|wrecked|spoiled|spoilt|derailed|sabotaged my|the|any ~2 chance|chances|interview|answer|answers|focus|concentration|performance|day|flow|presentation"),
    (K::Blaming, "nobody|noone ~3 sent|gave|told|warned|informed|mentioned|emailed|shared|explained"),
    // Bad-mouthing a former boss, colleague or employer.
    (K::BadMouthing, "my|our ?@former ?@former @work ~3 was|were|is|are|has|have|had ?been ?a|an ?@intens|complete|total|absolute|real ?@intens @badwork"),
    (K::BadMouthing, "@badperson @workperson"),
    (K::BadMouthing, "worst boss|manager|employer|company|job|workplace|team|colleagues|colleague|supervisor !interview|interviews|market|search|hunt"),
    (K::BadMouthing, "hated|hate|despised|despise|loathed|loathe ?working ?for|at|with|under my|our ?@former ?@former @work"),
    (K::BadMouthing, "couldn't|can't|cannot stand ?working ?for|at|with|under my|our ?@former ?@former @work"),
    (K::BadMouthing, "my|our ?@former ?@former @work ~1 never|didn't|wouldn't|couldn't appreciate|appreciated|listen|listened|value|valued|support|supported|respect|respected|care|cared|trust|trusted|recognise|recognised|recognize|recognized ?to|about me|us|anyone|anybody|people|staff|employees|talent|my|our|his|her|their"),
    (K::BadMouthing, "my|our ?@former ?@former @work ~1 did|would not appreciate|appreciated|listen|listened|value|valued|support|supported|respect|respected|care|cared|trust|trusted ?to|about me|us|anyone|anybody|people|staff|employees|talent|my|our|his|her|their"),
    (K::BadMouthing, "my|our ?@former ?@former @work ~1 micromanaged|bullied|belittled|undermined|harassed|screamed|yelled|shouted|lied|exploited|mistreated|humiliated|sabotaged|backstabbed"),
    (K::BadMouthing, "no idea|clue what he|she|they was|were|is|are doing"),
    (K::BadMouthing, "micromanager|micromanagers"),
    (K::BadMouthing, "took|takes|taking|take|stole|steals|stealing ~1 credit for ~3 my|everything|all|our|anything"),
    (K::BadMouthing, "passed|passing|passes off ~3 my|our work|ideas|idea ~2 as his|her|their own"),
    (K::BadMouthing, "@workperson|boss|team ~3 was|is|were|are ~3 impossible|unbearable|awful|horrible|nightmare|difficult to work|deal"),
    (K::BadMouthing, "nobody|noone ~3 there|at ~4 knew|know what|how"),
    (K::BadMouthing, "nobody|noone ~3 there|at ~4 had ~1 a|any|the clue|idea"),
    (K::BadMouthing, "no one ~3 there|at ~4 knew|know what|how"),
    (K::BadMouthing, "no one ~3 there|at ~4 had ~1 a|any|the clue|idea"),
    (K::BadMouthing, "treats|treated|treat|treating ~2 staff|people|employees|us|everyone|workers like dirt|rubbish|garbage|slaves|children|idiots|trash"),
    (K::BadMouthing, "played|plays|playing favourites|favorites"),
    (K::BadMouthing, "my|our ?@former ?@former @work ~1 never|didn't ~1 appreciated|listened|valued|supported|respected|cared|trusted|recognised|recognized"),
    (K::BadMouthing, "working|worked under|for|with @who|my|our ~3 was|is a|an ?@intens @badwork"),
    (K::BadMouthing, "@workperson|team|place ~4 is|was|are|were ?@intens|a|an|complete|total|absolute ?@intens @badwork"),
    // Hedging and minimising.
    (K::Hedging, "<@kindpre kind|sort of !@kindobj"),
    (K::Hedging, "just wanted|wanting|hoping|wondering|wondered|writing|reaching"),
    (K::Hedging, "just following|checking up|in|on|back"),
    (K::Hedging, "i ?just|really think|thought|guess|suppose|feel|felt|believe ?like|that maybe|perhaps|possibly"),
    (K::Hedging, "i guess|suppose"),
    (K::Hedging, "maybe|perhaps|possibly possibly|perhaps|maybe"),
    (K::Hedging, "might|could|may possibly|perhaps|maybe"),
    (K::Hedging, "i'm|am not sure|certain if|whether|but|that"),
    (K::Hedging, "i'm|i ?was|am|have|had ?just|been ?just wondering|wondered if|whether"),
    (K::Hedging, "i hope you don't mind"),
    (K::Hedging, "i hope you do not mind"),
    (K::Hedging, "if you don't mind"),
    (K::Hedging, "if you do not mind"),
    (K::Hedging, "if it's|it|that's|that ?is not too much ?trouble|to"),
    (K::Hedging, "a little|tiny|wee bit"),
    (K::Hedging, "for what it's worth"),
    (K::Hedging, "humble opinion"),
    (K::Hedging, "if that makes sense"),
    (K::Hedging, "only wanted|want|meant to"),
    (K::Hedging, "thought|think i'd|i ?might|would perhaps|maybe|possibly"),
    (K::Hedging, "too much bother|trouble"),
    (K::Hedging, "to maybe|perhaps|possibly"),
    // Running yourself down.
    (K::SelfDeprecation, "i'm|am not ?@intens|that|particularly|especially|all|any|much @goodat at|with|when"),
    (K::SelfDeprecation, "i've never been ?@intens|that|particularly|especially|any|much @goodat at|with"),
    (K::SelfDeprecation, "i have never been ?@intens|that|particularly|especially|any|much @goodat at|with"),
    (K::SelfDeprecation, "i'm|am just|only|merely a|an|another !phone|call|email|message|click|short|few|text|quick|little|bit"),
    (K::SelfDeprecation, "i'm ?@intens ?a|an|such ?a|an|complete|total|absolute ?@intens @selfneg !recovery|response|relief|management|planning|zone"),
    (K::SelfDeprecation, "i am|feel ?@intens ?like ?a|an|such ?a|an|complete|total|absolute ?@intens @selfneg !recovery|response|relief|management|planning|zone"),
    (K::SelfDeprecation, "i was|felt ?@intens ?like ?a|an|such ?a|an|complete|total|absolute ?@intens @selfpast"),
    (K::SelfDeprecation, "i'm|am|was|felt|feel|feeling ?@intens ?like a bit|little of a|an @selfneg"),
    (K::SelfDeprecation, "i'm|am ~2 not the best|strongest|smartest|brightest|ideal|right|obvious"),
    (K::SelfDeprecation, "then i ~8 then i"),
    (K::SelfDeprecation, "that's|that ?just|exactly|simply ?is what|who i am|i'm !looking|hoping|aiming|trying|after|good|best|proud|keen|excited|planning|working|doing|bringing|offering|about|like"),
    (K::SelfDeprecation, "not sure i'm|i ?am|have ~1 @enough|sharp enough"),
    (K::SelfDeprecation, "i'm|am not @enough enough"),
    (K::SelfDeprecation, "i'll|will never be @enough enough"),
    (K::SelfDeprecation, "i'm|am not the best|strongest|smartest|brightest|most|ideal|perfect|right|obvious"),
    (K::SelfDeprecation, "don't deserve ?a|another|the|this|your ?second|further chance|job|role|position|opportunity|consideration|time|interview"),
    (K::SelfDeprecation, "do not deserve ?a|another|the|this|your ?second|further chance|job|role|position|opportunity|consideration|time|interview"),
    (K::SelfDeprecation, "better|stronger|smarter|brighter|worthier candidates|applicants|people than me|i"),
    (K::SelfDeprecation, "there are|were|must|will ?be ~2 better|stronger|smarter|brighter candidates|applicants"),
    (K::SelfDeprecation, "little|nothing to offer"),
    (K::SelfDeprecation, "don't have much|anything to offer"),
    (K::SelfDeprecation, "do not have much|anything to offer"),
    (K::SelfDeprecation, "i'm|am no expert|genius|natural|good"),
    (K::SelfDeprecation, "i'm|am ~2 not ?@intens @enough|clever|bright|smart enough"),
    (K::SelfDeprecation, "not cut out for|to"),
    (K::SelfDeprecation, "i've|i ?have ?been|felt|feel|feeling ~2 like a|an ~2 @selfneg"),
    (K::SelfDeprecation, "made|making an|a ?@intens|complete|total|absolute fool|idiot|mess|spectacle of myself"),
    (K::SelfDeprecation, "went|go|going|rambled|babbled|droned on ~2 for ages|forever"),
    (K::SelfDeprecation, "never ~1 got|came|get to the point"),
    (K::SelfDeprecation, "i'm|am ?@intens useless|hopeless|rubbish|terrible|awful|clueless at|under|in|with"),
    (K::SelfDeprecation, "doesn't|don't deserve ?a|another|the|this|your ?second|further look|chance|consideration"),
    // Clichés.
    (K::Cliche, "think|thinking|thinker|thinks outside the box"),
    (K::Cliche, "think|thinking|thinks out of the box"),
    (K::Cliche, "outside the box thinking|thinker|ideas|approach|solutions"),
    (K::Cliche, "team player|players"),
    (K::Cliche, "hit|hitting|hits the ground running"),
    (K::Cliche, "perfectionist|perfectionism"),
    (K::Cliche, "synergy|synergies|synergise|synergize|synergistic"),
    (K::Cliche, "go getter|getters"),
    (K::Cliche, "passionate about"),
    (K::Cliche, "self starter|starters|motivated"),
    (K::Cliche, "results|detail|goal driven|oriented|focused"),
    (K::Cliche, "hard worker|workers|working"),
    (K::Cliche, "hardworking"),
    (K::Cliche, "give|giving|gave ?it|you ?my 110"),
    (K::Cliche, "110 percent|per"),
    (K::Cliche, "at the end of the day"),
    (K::Cliche, "proven track record"),
    (K::Cliche, "wear|wearing|wore many hats"),
    (K::Cliche, "fast|quick learner|learners"),
    (K::Cliche, "people person"),
    (K::Cliche, "move|moving the needle"),
    (K::Cliche, "low hanging fruit"),
    (K::Cliche, "win win"),
    (K::Cliche, "fast paced environment"),
    (K::Cliche, "rockstar|ninja"),
    (K::Cliche, "leverage my skills|experience|expertise"),
];

#[cfg(test)]
mod tests {
    use super::*;

    const NO_CTX: ToneContext<'static> = ToneContext {
        company: "",
        interviewer: "",
        phone_script: false,
    };

    fn kinds(text: &str) -> Vec<FlagKind> {
        check(text, &NO_CTX)
            .flags
            .into_iter()
            .map(|f| f.kind)
            .filter(|k| {
                !matches!(
                    k,
                    FlagKind::TooShort | FlagKind::TooLong | FlagKind::NoPersonalisation
                )
            })
            .collect()
    }

    fn spans(text: &str, kind: FlagKind) -> Vec<&str> {
        check(text, &NO_CTX)
            .flags
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    fn words(n: usize) -> String {
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push(if i % 12 == 0 { '.' } else { ' ' });
                if i % 12 == 0 {
                    s.push(' ');
                }
            }
            s.push_str("work");
        }
        s.push('.');
        s
    }

    // Guards the pattern table: every rule compiles, starts with a required word and
    // names only lists that exist.
    #[test]
    fn rules_compile() {
        let mut vocab = Vocab::default();
        for &(kind, pat) in RULES {
            let rule = compile(kind, pat, &mut vocab);
            assert!(
                matches!(rule.elems.first(), Some(Elem::Word { optional: false, alts }) if !alts.is_empty())
                    && !rule.first.is_empty(),
                "{pat}"
            );
            for part in pat.split_whitespace() {
                for a in part.trim_start_matches(['?', '!', '<']).split('|') {
                    if let Some(name) = a.strip_prefix('@') {
                        assert!(!word_list(name).is_empty(), "unknown list @{name}");
                    }
                }
            }
        }
        // Ids are u16 with u16::MAX reserved for "no rule word".
        assert!(vocab.len() < usize::from(NOT_A_RULE_WORD));
    }

    // Guards recall and spans: each kind fires on a typical phrase, on exactly those words.
    #[test]
    fn each_kind_fires_on_its_phrase() {
        let table: &[(&str, FlagKind, &str)] = &[
            (
                "Please give me another chance to prove myself.",
                K::Begging,
                "Please give me another chance",
            ),
            ("I'm begging you to reconsider.", K::Begging, "I'm begging"),
            (
                "I really need this job.",
                K::Begging,
                "I really need this job",
            ),
            (
                "I am desperate for this role.",
                K::Begging,
                "I am desperate",
            ),
            ("Honestly, it's not fair.", K::Whining, "it's not fair"),
            ("I always mess up interviews.", K::Whining, "I always mess"),
            (
                "Nothing ever goes my way.",
                K::Whining,
                "Nothing ever goes my way",
            ),
            (
                "I've been so upset since Tuesday.",
                K::Whining,
                "I've been so upset",
            ),
            (
                "Your question was confusing.",
                K::Blaming,
                "Your question was confusing",
            ),
            (
                "You didn't give me time to finish.",
                K::Blaming,
                "You didn't give me time",
            ),
            (
                "The interview was badly organised.",
                K::Blaming,
                "The interview was badly",
            ),
            (
                "My old boss was incompetent.",
                K::BadMouthing,
                "My old boss was incompetent",
            ),
            (
                "My last company was toxic.",
                K::BadMouthing,
                "My last company was toxic",
            ),
            (
                "My manager was a nightmare.",
                K::BadMouthing,
                "My manager was a nightmare",
            ),
            ("I think maybe I rushed.", K::Hedging, "I think maybe"),
            ("I sort of froze.", K::Hedging, "sort of"),
            ("I just wanted to thank you.", K::Hedging, "just wanted"),
            (
                "I'm not very good at interviews.",
                K::SelfDeprecation,
                "I'm not very good at",
            ),
            (
                "I'm just a junior developer.",
                K::SelfDeprecation,
                "I'm just a",
            ),
            (
                "I'm terrible at small talk.",
                K::SelfDeprecation,
                "I'm terrible at",
            ),
            ("I am a team player.", K::Cliche, "team player"),
            (
                "I can hit the ground running.",
                K::Cliche,
                "hit the ground running",
            ),
            ("I am passionate about data.", K::Cliche, "passionate about"),
            ("Thank you!", K::Shouting, "!"),
            ("I am VERY sorry.", K::Shouting, "VERY"),
            ("I WANT THIS ROLE.", K::Shouting, "WANT THIS ROLE"),
            (
                "Dear [Interviewer name],",
                K::Placeholder,
                "[Interviewer name]",
            ),
            (
                "Thanks for your time at {company}.",
                K::Placeholder,
                "{company}",
            ),
            ("Dear Mr XXX,", K::Placeholder, "XXX"),
        ];
        for &(text, kind, span) in table {
            let got = spans(text, kind);
            assert_eq!(got, vec![span], "{text}");
        }
    }

    // Guards precision: ordinary uses of trigger words raise no tone flag.
    #[test]
    fn ordinary_uses_do_not_fire() {
        let table = [
            "I arrived just in time for the panel.",
            "It was just as useful as I had hoped.",
            "I left just before five and just after the call.",
            "It felt just like the work I do every day.",
            "I care about justice and fair process.",
            "I am not asking for special treatment.",
            "The process was fair and clearly explained.",
            "I'm not blaming anyone for how it went.",
            "My former manager taught me a lot about pricing.",
            "My previous company was acquired last year.",
            "What kind of team would I join?",
            "It was very kind of you to show me the office.",
            "This is exactly the sort of role I have trained for.",
            "I was sorry to hear that your lead engineer is leaving.",
            "My team built the reporting in SQL on AWS for the CEO and HR.",
            "The NASA grant paid for the USA field trip.",
            "I worked as a team lead for three years.",
            "I need to check the timetable for the train.",
            "Please let me know if you need references.",
            "The question about pricing was a good one.",
            "I misunderstood your question, and that is on me.",
            "The client was desperate for a fix and we shipped it in a day.",
            "I would not describe my previous manager as anything but fair.",
            "We delivered the project on time and under budget.",
            "I think my experience with logistics fits the role.",
            "I hope to hear from you.",
            "I kept a to-do list for every release.",
            "Thank you for your time on Tuesday.",
            "I did a terrible job of explaining the migration.",
            "I messed up the answer about budgets.",
            "I am not a perfectionist, I ship and iterate.",
            "Begging the question aside, the data was clear.",
            "The worst job interview of my life taught me to prepare.",
            "I'm just an email away if you need anything.",
            "Dear Ms. Ortega, thank you for meeting me.",
        ];
        for text in table {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    // Guards the negation window: a nearby "not"/"never"/"n't" switches a match off.
    #[test]
    fn negation_switches_matches_off() {
        let table = [
            "I'm not saying your question was confusing.",
            "I would never say my old boss was incompetent.",
            "I am not desperate for this role, I chose it.",
            "I won't beg.",
            "I don't think the process was unfair.",
            "It is not a trick question.",
            "I'm not a team player who waits to be told.",
        ];
        for text in table {
            assert_eq!(kinds(text), vec![], "{text}");
        }
        // But "not only" is no negation.
        assert_eq!(
            kinds("Not only am I passionate about logistics."),
            vec![K::Cliche]
        );
    }

    // Guards over-apology counting: the first apology is free, later ones are flagged.
    #[test]
    fn over_apology_counts() {
        let table: &[(&str, usize)] = &[
            ("I'm sorry about my answer.", 0),
            ("I'm sorry. I apologise for the rambling.", 1),
            ("Sorry. Sorry again. My apologies.", 2),
            (
                "I was sorry to hear about the outage. I'm sorry about my answer.",
                0,
            ),
            ("I apologize. No need to apologize for asking, you said.", 0),
        ];
        for &(text, n) in table {
            assert_eq!(spans(text, K::OverApologising).len(), n, "{text}");
        }
        assert_eq!(
            spans("Sorry. My apologies.", K::OverApologising),
            vec!["My apologies"]
        );
    }

    // Guards placeholder detection and its false alarms.
    #[test]
    fn placeholders() {
        let table: &[(&str, &[&str])] = &[
            ("Dear [Name], thanks.", &["[Name]"]),
            ("At {{company}} you said.", &["{{company}}"]),
            ("Sign here: ______ thanks.", &["______"]),
            ("TODO: add the answer.", &["TODO"]),
            ("Dear <name>, hello.", &["<name>"]),
            ("See [1] and [sic].", &[]),
            ("Mail me at <jane@example.com>.", &[]),
            ("My todo list is long.", &[]),
            ("[unclosed bracket and more text", &[]),
        ];
        for &(text, want) in table {
            assert_eq!(spans(text, K::Placeholder), want.to_vec(), "{text}");
        }
    }

    // Guards the length boundaries: 59/60 words and 300/301 words.
    #[test]
    fn length_boundaries() {
        let has = |n: usize, kind: FlagKind| {
            check(&words(n), &NO_CTX)
                .flags
                .iter()
                .any(|f| f.kind == kind)
        };
        assert_eq!(check(&words(59), &NO_CTX).words, 59);
        assert!(has(59, K::TooShort));
        assert!(!has(60, K::TooShort));
        assert!(!has(300, K::TooLong));
        assert!(has(301, K::TooLong));
        let long = check(&words(412), &NO_CTX);
        let f = long.flags.iter().find(|f| f.kind == K::TooLong);
        assert!(f.is_some_and(|f| f.suggestion.starts_with("412 words: aim for 150–300")));
        // Phone scripts get no length flags.
        let phone = ToneContext {
            phone_script: true,
            ..NO_CTX
        };
        assert!(check(&words(20), &phone).flags.is_empty());
    }

    // Guards the long-sentence rule: more than 35 words, span is the sentence.
    #[test]
    fn long_sentences() {
        let s36 = vec!["word"; 36].join(" ");
        let s35 = vec!["word"; 35].join(" ");
        let text = format!("Short one. {s36}. {s35}.");
        assert_eq!(spans(&text, K::LongSentence), vec![s36.as_str()]);
    }

    // Guards personalisation with and without names in the context.
    #[test]
    fn personalisation() {
        let letter = format!("Dear Maria, {}", words(50));
        let anon = format!("Dear Hiring Manager, {}", words(50));
        let ctx = ToneContext {
            company: "Acme Ltd",
            interviewer: "Ms Maria Ortega",
            phone_script: false,
        };
        let np = |t: &str, c: &ToneContext| {
            check(t, c)
                .flags
                .iter()
                .any(|f| f.kind == K::NoPersonalisation && f.start == 0 && f.end == 0)
        };
        assert!(!np(&letter, &ctx));
        assert!(np(&anon, &ctx));
        assert!(!np(&format!("{anon} I admire Acme."), &ctx));
        assert!(np(&anon, &NO_CTX));
        assert!(!np(&letter, &NO_CTX));
        assert!(!np("Hello there.", &NO_CTX));
        // Capitalised company names are not shouting.
        let caps = ToneContext {
            company: "ACME CORP",
            ..ctx
        };
        assert!(!check("I admire ACME CORP.", &caps)
            .flags
            .iter()
            .any(|f| f.kind == K::Shouting));
    }

    // Guards dismiss keys: stable when the text changes elsewhere, normalised case and apostrophes.
    #[test]
    fn dismiss_key_is_stable() {
        let a = "I sort of froze.";
        let b = "Thank you for Tuesday. Honestly I Sort  of froze.";
        let ka: Vec<String> = check(a, &NO_CTX)
            .flags
            .iter()
            .filter(|f| f.kind == K::Hedging)
            .map(|f| f.dismiss_key(a))
            .collect();
        let kb: Vec<String> = check(b, &NO_CTX)
            .flags
            .iter()
            .filter(|f| f.kind == K::Hedging)
            .map(|f| f.dismiss_key(b))
            .collect();
        assert_eq!(ka, vec!["hedging:sort of".to_string()]);
        assert_eq!(ka, kb);
        let c = "It’s not fair.";
        let keys: Vec<String> = check(c, &NO_CTX)
            .flags
            .iter()
            .filter(|f| f.kind == K::Whining)
            .map(|f| f.dismiss_key(c))
            .collect();
        assert_eq!(keys, vec!["whining:it's not fair".to_string()]);
        let out_of_range = Flag {
            kind: K::TooLong,
            start: 5,
            end: 500,
            suggestion: String::new(),
        };
        assert_eq!(out_of_range.dismiss_key("short"), "too_long:");
    }

    // Guards bad input: empty, huge, emoji, RTL, CJK, no spaces, no punctuation.
    #[test]
    fn odd_input_never_panics() {
        let empty = check("", &NO_CTX);
        assert_eq!(empty, ToneReport::default());
        assert_eq!(empty.summary(), "Nothing to check yet.");
        assert_eq!(check("  \n\t ", &NO_CTX).words, 0);

        let emoji = check("🙂🙂 thanks 👍🏽!! ❤️", &NO_CTX);
        assert_eq!(emoji.words, 1);
        assert!(emoji.sentences >= 1);
        let only_emoji = check("🙏🙏🙏", &NO_CTX);
        assert_eq!((only_emoji.words, only_emoji.sentences), (0, 1));

        let arabic = check("شكرا جزيلا على وقتك. أنا آسف.", &NO_CTX);
        assert_eq!((arabic.words, arabic.sentences), (6, 2));
        let chinese = check("谢谢您的时间。我很抱歉。", &NO_CTX);
        assert_eq!((chinese.words, chinese.sentences), (10, 2));
        let russian = check("СПАСИБО ЗА ВРЕМЯ", &NO_CTX);
        assert_eq!(russian.words, 3);

        let no_spaces = "a".repeat(10_000);
        assert_eq!(check(&no_spaces, &NO_CTX).words, 1);
        let no_punct = vec!["word"; 500].join(" ");
        let r = check(&no_punct, &NO_CTX);
        assert_eq!((r.words, r.sentences), (500, 1));
        assert!((0.0..=20.0).contains(&r.grade));

        let big = "I sort of froze, I'm sorry! Dear [Name] ÉCOLE 中文 ".repeat(25_000);
        let r = check(&big, &NO_CTX);
        assert!(big.len() > 1_000_000);
        assert!(r.words > 200_000);
        for f in &r.flags {
            assert!(big.is_char_boundary(f.start) && big.is_char_boundary(f.end));
        }

        // Stray apostrophes, lone brackets and combining marks.
        for t in [
            "'",
            "’’’",
            "[",
            "{{",
            "<",
            "n't",
            "e\u{301}",
            "I.",
            ".",
            "!",
            "\r\n\r\n",
        ] {
            let _ = check(t, &NO_CTX).summary();
        }
    }

    // Guards offsets: every flag starts and ends on a char boundary, start <= end.
    #[test]
    fn offsets_are_char_boundaries() {
        let text = "Ça va… I’m “sort of” sorry — SO SORRY!! Your question was confusing 🙃. My old boss was incompetent. I’m sorry again. [Société] my apologies";
        let r = check(text, &NO_CTX);
        assert!(!r.flags.is_empty());
        for f in &r.flags {
            assert!(f.start <= f.end);
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            assert!(!f.suggestion.is_empty(), "{:?}", f.kind);
        }
        let mut sorted = r.flags.clone();
        sorted.sort_by_key(|f| f.start);
        assert_eq!(sorted, r.flags);
    }

    // Guards the counts: words, sentences, reading time and grade.
    #[test]
    fn counts_and_grade() {
        let r = check("Thank you for your time. I enjoyed it.", &NO_CTX);
        assert_eq!((r.words, r.sentences), (8, 2));
        assert_eq!(r.reading_seconds, 3); // 8 words * 60 / 230 = 2.09, rounded up
        assert!(r.grade >= 0.0 && r.grade < 6.0, "{}", r.grade);
        let hard = check(
            "Notwithstanding considerable organisational complexity, interdisciplinary collaboration facilitated unprecedented operational improvements.",
            &NO_CTX,
        );
        assert!(hard.grade > 15.0, "{}", hard.grade);
        // Abbreviations and decimals do not end sentences.
        assert_eq!(
            check("Dear Ms. Ortega, we grew 3.5 times.", &NO_CTX).sentences,
            1
        );
    }

    // Guards the summary line.
    #[test]
    fn summary_line() {
        let ctx = ToneContext {
            phone_script: true,
            ..NO_CTX
        };
        assert_eq!(
            check("Thank you for your time.", &ctx).summary(),
            "Calm and direct: nothing to fix."
        );
        assert_eq!(
            check("Sorry. Sorry again. I sort of froze.", &ctx).summary(),
            "2 things to look at: over-apologising, hedging."
        );
        assert_eq!(
            check("I sort of froze.", &ctx).summary(),
            "1 thing to look at: hedging."
        );
    }

    // Guards the kind metadata: unique keys, non-empty labels and one-sentence reasons.
    #[test]
    fn kind_metadata() {
        let mut keys: Vec<&str> = FlagKind::ALL.iter().map(|k| k.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), 14);
        for k in FlagKind::ALL {
            assert!(!k.label().is_empty());
            assert!(k.why().ends_with('.'));
        }
    }
}
