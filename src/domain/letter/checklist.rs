//! The live checklist beside the preview: the seed article's moves, checked on the
//! letter as the user edited it, each with one line of why.
//!
//! Cheap on purpose (one lowercase copy of the text and a few scans), because it runs
//! on every keystroke; the benchmark table has its row. The checks read the text the
//! way a quick reader would: they look for the move, not for our own wording, so a
//! letter the user rewrote from scratch is judged the same way as ours.

use crate::domain::followup::{Weekday, MONTHS};
use crate::domain::tone::ABBREVIATIONS;
use crate::domain::{Channel, InterviewFacts};

/// One of the article's moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Thanks them for their time.
    Thanks,
    /// Owns what went wrong, briefly.
    Owns,
    /// The better answer, or evidence of what the candidate can do.
    Evidence,
    /// Why this role and company.
    Why,
    /// A clear, unpushy ask.
    Ask,
    /// Within the channel's word budget.
    Budget,
    /// Greets the interviewer by name.
    Greeting,
    /// Every sentence reads as written to them, none as a note pasted in.
    Reads,
    /// Nothing for the tone check to flag.
    Tone,
}

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// Which move.
    pub step: Move,
    /// What the move is, e.g. "Thanks them".
    pub label: &'static str,
    /// The letter makes the move.
    pub done: bool,
    /// Why it is done or not yet, in one line.
    pub why: String,
}

/// What the checklist reads besides the text.
pub struct Inputs<'a> {
    /// The letter as it will be sent (for the phone script, the script).
    pub text: &'a str,
    /// Step 1: the names to look for.
    pub facts: &'a InterviewFacts,
    /// A second-chance letter (a pattern or a red flag), which must own what went wrong.
    pub serious: bool,
    /// The channel, for the greeting and the budget.
    pub channel: Channel,
    /// Words counted against the budget (for the phone script, its opening's).
    pub words: usize,
    /// The budget.
    pub budget: usize,
    /// The user's own lines for the letter, to recognise their evidence.
    pub lines: &'a [&'a str],
    /// Tone flags not dismissed.
    pub flags: usize,
    /// Among them, flags of begging or pressure.
    pub pushy: bool,
}

/// Words of the acknowledgement itself: owning how the interview went as a whole. A
/// letter says this once, in one paragraph.
const ACKNOWLEDGING: &[&str] = &[
    "not what either of us",
    "fell short",
    "straight with you",
    "looking back",
    "myself justice",
    "fair picture",
    "i am sorry",
    "i'm sorry",
    "i apologise",
    "unfair",
    "not my best",
    "did not go the way",
    "did not go as well",
    "show you my best",
    "let myself down",
    "had not shown you",
    "present myself well",
    "clear picture of myself",
    "did not come across as well",
    "came across less",
    "how i really work",
];

/// Words that admit one particular slip. Each may sit next to the answer that repairs
/// it, so they may appear in more than one paragraph (not the better answer after
/// them, which may well say "I should have").
const ADMITTING: &[&str] = &[
    "i had not",
    "i had no ",
    "i regret",
    "too long",
    "my nerves",
    "i did not",
    "i didn't",
    // The composer's own admissions (each catalogue row's slip, and the forms the
    // letter gives it): the default letter owns its slips in these words, and the
    // checklist must read them so (7 default letters of rounds 124-151 were marked
    // as owning nothing).
    "far too short",
    "went blank",
    "explained it badly",
    "cv badly",
    "spent our time on",
    "below my usual",
    "with hindsight",
    "less than i meant",
    "talked over you",
    "let the chance",
    "less sure about",
    "before we had talked",
    "sum myself up",
];

/// More sentences than this that own something is dwelling on it, not owning it.
const BRIEF_OWNING: usize = 4;

/// Words that make an ask (not just any mention of "our conversation").
const ASKING: [&str; 10] = [
    "second conversation",
    "another conversation",
    "continue our conversation",
    "pick up our conversation",
    "meet again",
    "speak again",
    "talk again",
    "next step",
    "another chance",
    "where we left off",
];

/// The letter as the checks read it: lowercased once.
struct Reading<'a> {
    inputs: &'a Inputs<'a>,
    text: String,
    company: String,
}

impl Reading<'_> {
    fn has(&self, w: &str) -> bool {
        self.text.contains(w)
    }
}

/// One check, with the line of why for done and for not yet.
fn check(step: Move, label: &'static str, done: bool, yes: &str, no: &str) -> Check {
    Check {
        step,
        label,
        done,
        why: if done { yes } else { no }.into(),
    }
}

/// The checklist for one letter, in the article's order.
pub fn checklist(i: &Inputs) -> Vec<Check> {
    let r = Reading {
        inputs: i,
        text: i.text.to_ascii_lowercase(),
        // As the letter names it: "D&M Heating Services", not "… Ltd" (round 146's
        // default letters failed this line).
        company: super::compose::spoken_company(&i.facts.company).to_ascii_lowercase(),
    };
    vec![
        thanks(&r),
        owns(&r),
        evidence(&r),
        why(&r),
        ask(&r),
        budget(i),
        greeting(i),
        reads(i),
        tone(i),
    ]
}

fn thanks(r: &Reading) -> Check {
    let done = r.has("thank") || r.has("grateful") || r.has("appreciate");
    check(
        Move::Thanks,
        "Thanks them",
        done,
        "You thank them for their time.",
        "Thank them for their time, near the start.",
    )
}

fn owns(r: &Reading) -> Check {
    // The acknowledgement is one paragraph, said once; a slip may be admitted again
    // beside its own answer, but the whole stays brief.
    let says = |text: &str, words: &[&str]| words.iter().any(|w| text.contains(w));
    let (mut acknowledging, mut owning) = (0, 0);
    // Sentences are read only in the paragraphs that own something: a keystroke
    // elsewhere costs one scan per paragraph.
    for p in r.text.split("\n\n") {
        let ack = says(p, ACKNOWLEDGING);
        if ack || says(p, ADMITTING) {
            acknowledging += usize::from(ack);
            owning += p
                .split_inclusive(['.', '?', '!'])
                .filter(|s| says(s, ACKNOWLEDGING) || says(s, ADMITTING))
                .count();
        }
    }
    let (done, why) = match (r.inputs.serious, acknowledging, owning) {
        (false, _, _) => (
            true,
            "Only small slips: a thank-you need not dwell on them.".into(),
        ),
        (true, _, 0) => (
            false,
            "Say once, plainly, that it did not go as it should have.".into(),
        ),
        (true, n @ 2.., _) => (
            false,
            format!("{n} paragraphs return to how it went: once is enough."),
        ),
        (true, _, n) if n > BRIEF_OWNING => (
            false,
            format!("{n} sentences own a slip: one each, beside its answer, is enough."),
        ),
        (true, _, _) => (true, "You own it once, briefly, and move on.".into()),
    };
    Check {
        step: Move::Owns,
        label: "Owns what went wrong, briefly",
        done,
        why,
    }
}

fn evidence(r: &Reading) -> Check {
    // Evidence: a number, or a distinctive word of the user's own lines.
    let own_words = r
        .inputs
        .lines
        .iter()
        .flat_map(|l| l.split_whitespace())
        .any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase();
            w.len() >= 7 && w != r.company && r.has(&w)
        });
    let done = r.text.chars().any(|c| c.is_ascii_digit()) || own_words;
    check(
        Move::Evidence,
        "The better answer, or evidence",
        done,
        "It carries something concrete of yours.",
        "Add one concrete line: a result with a number, or what you learned.",
    )
}

fn why(r: &Reading) -> Check {
    let done = (!r.company.is_empty() && r.has(&r.company))
        && (r.has("role") || r.has("team") || r.has("join") || r.has("work"));
    check(
        Move::Why,
        "Why this role and company",
        done,
        "It names the company and what draws you.",
        "Say in a sentence why this role, at this company.",
    )
}

fn ask(r: &Reading) -> Check {
    let asks = ASKING.iter().any(|w| r.has(w));
    let (done, why) = match (asks, r.inputs.pushy) {
        (_, true) => (false, "The tone check hears pressure: ask once, calmly."),
        (true, false) => (true, "A calm request for another conversation."),
        (false, false) => (false, "Ask, once, for another conversation."),
    };
    check(Move::Ask, "A clear, unpushy ask", done, why, why)
}

fn budget(i: &Inputs) -> Check {
    let within = i.words <= i.budget;
    let what = if i.channel == Channel::Phone {
        "words in the opening"
    } else {
        "words"
    };
    Check {
        step: Move::Budget,
        label: "Within its length",
        done: within,
        why: if within {
            format!("{} of {} {what}.", i.words, i.budget)
        } else {
            format!(
                "{} {what}, {} over {}: cut a line.",
                i.words,
                i.words - i.budget,
                i.budget
            )
        },
    }
}

fn greeting(i: &Inputs) -> Check {
    let name = i.facts.interviewer_name.to_ascii_lowercase();
    let surname = name.split_whitespace().next_back().unwrap_or("");
    // The composer greets some readers by their first name ("Dear Craig,"), and so
    // may the user; a title is no name ("Ms Karen Hale": Karen or Hale is).
    let title = |w: &&str| {
        matches!(
            w.trim_end_matches('.'),
            "mr" | "mrs" | "ms" | "miss" | "dr" | "prof" | "sir" | "dame" | "rev" | "cllr"
        )
    };
    let first = name.split_whitespace().find(|w| !title(w));
    // The greeting line; the phone script's opening comes under its heading.
    let greeting = i
        .text
        .trim_start()
        .lines()
        .nth(usize::from(i.channel == Channel::Phone))
        .unwrap_or("")
        .to_ascii_lowercase();
    // Whole words: "Dear John," does not greet Jo.
    let says = |n: &str| {
        greeting
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .any(|w| w == n)
    };
    let named = !surname.is_empty() && says(surname) || first.is_some_and(says);
    let no = if surname.is_empty() {
        "Add the interviewer's name in step 1."
    } else {
        "Open with their name."
    };
    check(
        Move::Greeting,
        "Greets them by name",
        named,
        "It opens with their name.",
        no,
    )
}

/// Most bytes of a letter quoted in a checklist line or a hint: a pasted run with no
/// spaces is not quoted whole.
const QUOTED_BYTES: usize = 60;

/// Whether `w` names a day or a month, whole or cut to three letters or more ("Monday",
/// "Mon", "Sept"), which a spaced hyphen ranges between ("Mon - Fri"): the follow-up
/// plan's names.
fn day_or_month(w: &str) -> bool {
    let named = |name: &str| w == name || w.len() >= 3 && name.starts_with(w);
    Weekday::ALL.iter().any(|d| named(d.name())) || MONTHS.iter().any(|m| named(m))
}

/// Set phrases written with "&" ("health & safety").
const SET_PAIRS: &[[&str; 2]] = &[
    ["health", "safety"],
    ["learning", "development"],
    ["food", "beverage"],
    ["research", "development"],
    ["sales", "marketing"],
    ["terms", "conditions"],
    ["oil", "gas"],
];

/// Words of a hurried note that a letter writes out, whole words compared as typed.
/// A short list on purpose: the composer spells out far more of the user's notes, and
/// this one reads what the user typed into the letter themselves too.
const NOTE_WORDS: &[&str] = &[
    "w/", "b/c", "tbh", "imo", "btw", "lol", "yrs", "yr", "hrs", "mins", "approx", "thru", "tho",
    "ppl", "pls", "thx", "gonna", "wanna", "dont", "didnt", "cant", "couldnt", "wouldnt", "isnt",
    "wasnt", "ive", "im", "doesnt", "havent", "u", "ur",
];

/// What marks a sentence as a note pasted in, and what to do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteMark {
    /// "… on the ward - look at …": a spaced hyphen joining two notes. Letters in
    /// rounds 124 to 145 had 53 of them against chat's one (a list's bullet).
    Dash,
    /// "2 HCAs on nights kept clashing.": a figure opening a sentence (not a year).
    Figure,
    /// A sentence, or "i", in lowercase.
    Lowercase,
    /// Shorthand from [`NOTE_WORDS`], or "+" or a lowercase " & " for "and".
    Shorthand,
    /// "…" or "...": a thought left unfinished.
    Unfinished,
}

impl NoteMark {
    /// What to do, after the quoted words.
    pub fn advice(self) -> &'static str {
        match self {
            NoteMark::Dash => "a dash joins two notes: use a full stop or a comma",
            NoteMark::Figure => "spell out the number that starts the sentence",
            NoteMark::Lowercase => "a sentence, and \u{201c}I\u{201d}, take a capital",
            NoteMark::Shorthand => "write the shorthand out in full",
            NoteMark::Unfinished => "finish the thought",
        }
    }
}

/// The first note mark in `sentence`, with the words it is in.
fn note_mark(sentence: &str) -> Option<(NoteMark, &str)> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // As typed: "PPL", "IM" and "Ive" are no shorthand (the review of session 30).
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/')
    }
    // The few words around word `at`, to quote, at most [`QUOTED_BYTES`] of them.
    let around = |at: usize| {
        let (from, to) = (at.saturating_sub(3), (at + 4).min(words.len()));
        let start = words[from].as_ptr() as usize - sentence.as_ptr() as usize;
        let last = words[to - 1];
        let mut end = last.as_ptr() as usize - sentence.as_ptr() as usize + last.len();
        end = end.min(start + QUOTED_BYTES);
        while !sentence.is_char_boundary(end) {
            end -= 1;
        }
        &sentence[start..end]
    };
    let first = *words.first()?;
    // A bare count opens it ("2 HCAs …"), not a year ("2024, the year …") nor a
    // figure with a sign or letters ("100% of my audits", "3M", "24/7 cover").
    let core = first.trim_end_matches([',', '.', ':', ';']);
    let year = core.len() == 4 && (core.starts_with("19") || core.starts_with("20"));
    if core.bytes().all(|b| b.is_ascii_digit() || b == b',') && !year {
        return Some((NoteMark::Figure, around(0)));
    }
    // "iPSC work …" and "eBay …" are written so.
    if first.starts_with(|c: char| c.is_lowercase()) && !first.contains(char::is_uppercase) {
        return Some((NoteMark::Lowercase, around(0)));
    }
    // What the rarer marks need to know, asked only when one is met (this runs for
    // every word on every keystroke).
    let lower_by = |k: usize| {
        words
            .get(k)
            .is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()))
    };
    // "9 - 5", "£28k - £32k", "Monday - Friday": a range, not a joint.
    let ranged = |k: usize| {
        words
            .get(k)
            .is_some_and(|n| n.contains(|c: char| c.is_ascii_digit()) || day_or_month(bare(n)))
    };
    // A dash at a line's start is a bullet, which careful letters use too.
    let mid_line = |w: &str| {
        let offset = w.as_ptr() as usize - sentence.as_ptr() as usize;
        offset > 0 && sentence.as_bytes()[offset - 1] == b' '
    };
    let set_phrase = |k: usize| {
        let pair = [
            bare(words.get(k).copied().unwrap_or_default()),
            bare(words.get(k + 2).copied().unwrap_or_default()),
        ];
        SET_PAIRS.contains(&pair)
    };
    for (at, w) in words.iter().enumerate() {
        let mark = match *w {
            "-" if mid_line(w) && !(ranged(at.wrapping_sub(1)) && ranged(at + 1)) => {
                Some(NoteMark::Dash)
            }
            "i" => Some(NoteMark::Lowercase),
            "+" => Some(NoteMark::Shorthand),
            "&" if (lower_by(at.wrapping_sub(1)) || lower_by(at + 1))
                && !set_phrase(at.wrapping_sub(1)) =>
            {
                Some(NoteMark::Shorthand)
            }
            _ if w.contains("...") || w.contains('\u{2026}') => Some(NoteMark::Unfinished),
            // "i'm", "(i": the writer in lowercase.
            _ if w.starts_with("i'") || w.starts_with("i\u{2019}") || *w == "(i" => {
                Some(NoteMark::Lowercase)
            }
            _ if NOTE_WORDS.contains(&bare(w)) => Some(NoteMark::Shorthand),
            _ => None,
        };
        if let Some(mark) = mark {
            return Some((mark, around(at)));
        }
    }
    None
}

/// The sentences of the letter's prose: paragraphs that end as a sentence does, so
/// not the subject, the greeting, the signature or an address.
fn prose_sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| p.ends_with(['.', '?', '!', ':']) && !p.starts_with("Subject:"))
        .flat_map(sentences)
}

/// The sentences of one paragraph: not ended by an abbreviation's stop ("e.g. a GP
/// practice", "9 a.m. on Monday", "the U.K. in 2015": the review of session 30).
fn sentences(p: &str) -> impl Iterator<Item = &str> {
    let mut rest = p;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut from = 0;
        // One scan for the next stop before a space: the text may be a pasted
        // megabyte (the review of session 30 timed a scan per stop kind at 4 s).
        let end = loop {
            let b = rest.as_bytes();
            let Some(at) = (from..b.len().saturating_sub(1))
                .find(|&k| matches!(b[k], b'.' | b'?') && b[k + 1] == b' ')
            else {
                break rest.len();
            };
            let word = rest[..=at].rsplit(' ').next().unwrap_or_default();
            let bare = word[..word.len() - 1].trim_start_matches('(');
            // The tone check's list, so both read the same sentences.
            let abbreviation = word.ends_with('.')
                && (bare.contains('.')
                    || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(bare)));
            if !abbreviation {
                break at + 2;
            }
            from = at + 2;
        };
        let (sentence, after) = rest.split_at(end);
        rest = after;
        Some(sentence.trim())
    })
}

/// Each sentence of `paragraph` that reads as a note, as [`NoteMark`] and the words to
/// quote: the Write step's hint under a field whose words the letter keeps.
pub fn reads_as_a_note(paragraph: &str) -> impl Iterator<Item = (NoteMark, &str)> {
    sentences(paragraph).filter_map(note_mark)
}

fn reads(i: &Inputs) -> Check {
    let label = "Reads as a letter";
    // A script is spoken from talking points, which may well be notes.
    if i.channel == Channel::Phone {
        return check(Move::Reads, label, true, "Talking points may be notes.", "");
    }
    let mut marks = prose_sentences(i.text).filter_map(note_mark);
    let Some((mark, words)) = marks.next() else {
        return check(
            Move::Reads,
            label,
            true,
            "Every sentence reads as written to them, not as notes.",
            "",
        );
    };
    let more = match marks.count() {
        0 => String::new(),
        n => format!(" ({n} more)"),
    };
    Check {
        step: Move::Reads,
        label,
        done: false,
        why: format!(
            "\u{201c}{words}\u{201d} reads as a note: {}.{more}",
            mark.advice()
        ),
    }
}

fn tone(i: &Inputs) -> Check {
    Check {
        step: Move::Tone,
        label: "Nothing for the tone check",
        done: i.flags == 0,
        why: if i.flags == 0 {
            "No begging, whining or blame.".into()
        } else {
            format!("{} to look at in the tone check.", i.flags)
        },
    }
}
