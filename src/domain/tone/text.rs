//! Turning text into words: the tokeniser ([`Doc::new`]), the [`Tok`]ens it makes and
//! what is known about a single word (negation, informal spelling, typing slips,
//! syllables).

use crate::domain::lower_char;

/// One word of the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    /// Byte range in the original text.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Byte range of the lowercased word in [`Doc::lower`].
    ls: usize,
    le: usize,
    /// Sentence number (increasing, not necessarily contiguous).
    pub(super) sent: u32,
    /// The word is a negation ("not", "never", "didn't"…).
    pub(super) neg: bool,
    /// Clause punctuation (comma, colon, dash…) separates it from the previous word.
    pub(super) clause: bool,
    /// Letters that have case (so "İ" and "Я" count, "中" does not).
    pub(super) cased: u16,
    /// Lowercase letters among them.
    pub(super) lowercase: u16,
}

/// The tokenised text.
pub(super) struct Doc<'t> {
    pub(super) text: &'t str,
    /// All words lowercased, back to back, curly apostrophes made straight.
    lower: String,
    pub(super) toks: Vec<Tok>,
    pub(super) syllables: usize,
    /// Byte offsets of "!", "！", "‼", "[", "{", "<" and "_", in order, found while
    /// tokenising, so the shouting and placeholder checks need not scan every byte.
    pub(super) marks: Vec<usize>,
}

/// Straight and curly apostrophes (either way round) and the modifier letter one (ʼ).
pub(super) fn is_apostrophe(c: char) -> bool {
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
    ) || (w.ends_with(b"nt") && informal_negation(w))
}

/// Informal spellings people type without an apostrophe or in text-message style,
/// as `informal=standard` pairs ("dont=don't", "pls=please"), so the rules, written once
/// in the standard spelling, also hear the informal one. Data, not a `match`: the
/// engine adds each pair to its vocabulary once, and a match on byte strings compiles
/// to a large comparison tree.
pub(super) fn informal() -> &'static str {
    // Found once: it is asked for every word like "want" or "didnt" that may be one.
    static PAIRS: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    PAIRS.get_or_init(|| super::words::word_list("informal"))
}

/// Whether `w` is an informal spelling of a negation ("dont", "wasnt").
fn informal_negation(w: &[u8]) -> bool {
    informal().split(' ').any(|pair| {
        pair.split_once('=').is_some_and(|(informal, standard)| {
            informal.as_bytes() == w && standard.ends_with("n't")
        })
    })
}

/// Whether `a` and `b` are one typing slip apart: one letter inserted, dropped, changed
/// or two neighbours swapped. The first letter must agree: a slip there is rare, and
/// it is what separates real words ("tried" is not a typo of "cried").
pub(super) fn one_slip_apart(a: &[u8], b: &[u8]) -> bool {
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

/// Words after which a full stop does not end a sentence ("Ms. Ortega"), lowercase and
/// without the stop; the letter checklist reads sentences by it too.
#[rustfmt::skip]
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "mt", "rev", "hon", "approx",
    "dept", "fig", "no", "incl", "etc",
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
                    let l = lower_char(c);
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
    /// Tokenises `text`: its words, sentences and clause breaks, its syllables and the
    /// marks the shouting and placeholder checks look at.
    pub(super) fn new(text: &'t str) -> Self {
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
    pub(super) fn word_bytes(&self, i: usize) -> &[u8] {
        let t = &self.toks[i];
        self.lower.as_bytes().get(t.ls..t.le).unwrap_or(&[])
    }

    /// The lowercased word `i`.
    #[inline(always)]
    pub(super) fn word(&self, i: usize) -> &str {
        let t = &self.toks[i];
        self.lower.get(t.ls..t.le).unwrap_or("")
    }

    /// Whether there is a word `i` and it is in sentence `sent`.
    #[inline(always)]
    pub(super) fn in_sentence(&self, i: usize, sent: u32) -> bool {
        i < self.toks.len() && self.toks[i].sent == sent
    }

    /// A negation in the `reach` words before token `i`, in the same clause: "I'm not
    /// saying the process was unfair". "not only", "no doubt" and "don't know" are not
    /// negations of what follows.
    pub(super) fn negated(&self, i: usize, reach: usize) -> bool {
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
                // "I don't know why I even applied": the negation is of knowing.
                if (w == "not" && next == "only")
                    || (w == "no" && next == "doubt")
                    || next == "know"
                {
                    continue;
                }
                return true;
            }
        }
        false
    }
}
