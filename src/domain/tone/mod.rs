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
//! * phrase rules are written in a tiny pattern language (see `rules.txt`) and compiled
//!   once into a sorted index keyed by each rule's first word, so each token costs one
//!   binary search plus the few rules that start with it; matching is bounded by the
//!   pattern length, so the whole check is linear in the text;
//! * no regex crate and no other dependency: the wasm size budget is tight.
//!
//! Whole-letter flags ([`FlagKind::TooLong`], [`FlagKind::TooShort`],
//! [`FlagKind::NoPersonalisation`]) carry the empty span `0..0`: they are about the
//! letter, not about any words in it.
//!
//! The module is split by role: `kinds` (the kinds of flag and what is said about
//! each), `text` (text into words), `checks` (apologies, shouting, placeholders,
//! sentence length, personalisation), `pattern` (the pattern language and its engine),
//! `rules` (the phrase rules, data in `rules.txt`), `cues` (the cue rows, the net under
//! the phrase rules for wordings no rule foresaw), `words` (the named word lists
//! both use, data in `words.txt`) and `features` (how the learned-model experiment
//! reads a sentence, for its training tool only); the tests are in `tests.rs`.

mod checks;
mod cues;
mod features;
mod fix;
mod kinds;
mod pattern;
mod rules;
#[cfg(test)]
mod tests;
mod text;
mod words;

pub use checks::MAX_SENTENCE_WORDS;
pub use fix::splice;
pub use kinds::FlagKind;
pub(crate) use text::ABBREVIATIONS;

use crate::domain::{lower_char, sort_by_rank};
use checks::NameTokens;
use text::{is_apostrophe, Doc};

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
    /// A safe one-click replacement for the span, where one exists, as its rule writes
    /// it (see [`Flag::replacement`]); `None` when only the writer can say it better.
    /// Kept as the rule's text and worked out only when asked: a check runs on every
    /// keystroke, a fix on a click.
    pub fix: Option<&'static str>,
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
                key.push(lower_char(c));
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
pub const MIN_WORDS: usize = 60;
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

/// The features of each sentence of `text` as the learned-model experiment reads them
/// (`stem`, `!stem` for a negated word, `stem_stem` for a pair; see `features.rs`).
/// For the training tool `examples/train_tone_model.rs`; not part of the app.
#[doc(hidden)]
pub fn sentence_features(text: &str) -> Vec<Vec<String>> {
    Doc::new(text).sentence_features()
}

/// A whole-letter flag: about the letter, so on the empty span `0..0`.
fn whole(kind: FlagKind, suggestion: String) -> Flag {
    Flag {
        fix: None,
        kind,
        start: 0,
        end: 0,
        suggestion,
    }
}

impl Doc<'_> {
    /// The flag of `kind` on the words `first..=last`, with the kind's suggestion.
    fn flag(&self, kind: FlagKind, first: usize, last: usize) -> Flag {
        let (start, end) = (self.toks[first].start, self.toks[last].end);
        Flag {
            fix: None,
            kind,
            start,
            end,
            suggestion: kind.suggestion(&self.text[start..end]),
        }
    }
}
