//! The checks that are not phrase rules: repeated apologies, shouting (exclamation
//! marks and capitals), unfilled placeholders, very long sentences and whether the
//! letter names the company or the interviewer.

use super::text::Doc;
use super::{Flag, FlagKind, ToneContext};

/// Sentences above this many words are flagged.
pub const MAX_SENTENCE_WORDS: usize = 35;
/// With no names in the context, only letters at least this long are expected to greet
/// someone by name; shorter snippets are still being written.
const GREETING_MIN_WORDS: usize = 40;

impl Doc<'_> {
    // -----------------------------------------------------------------------------
    // Apologies

    /// The first apology is fine and expected; the second and later are flagged.
    /// "Sorry to hear/see/learn/read" is sympathy, not an apology, and does not count;
    /// nor does the adjective in "a sorry state".
    pub(super) fn apology_flags(&self, out: &mut Vec<Flag>) {
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

    /// Flags each run of exclamation marks, and each run of words in capitals that reads
    /// as shouting rather than as acronyms, names or template markers.
    pub(super) fn shouting_flags(&self, names: &NameTokens, out: &mut Vec<Flag>) {
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
            // A common word written in capitals is shouting ("I am VERY sorry"), as is
            // a longer one that ends the way English words do ("DESPERATELY",
            // "GRATEFUL"). Other runs of capitals, of any length, are mostly the names
            // of things: SQL, NEBOSH, RIDDOR, "UK ENIC", "NEBOSH GENERAL CERTIFICATE"
            // (a phrase shouted has a common word in it: "GIVE ME A CHANCE").
            let shout = (s..e).any(|k| {
                let w = self.word(k);
                self.toks[k].cased >= 2
                    && !ACRONYMS.contains(&w)
                    && (SHOUTED.contains(&w) || reads_as_a_word(w))
            });
            if shout {
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
            suggestion: FlagKind::Shouting.suggestion(&self.text[start..end]),
            // "!!!" at the end of a sentence becomes a full stop.
            fix: Some("."),
        }
    }

    // -----------------------------------------------------------------------------
    // Placeholders

    /// Flags unfilled placeholders: bracketed words ("[Name]", "{company}", "<name>"),
    /// blanks ("___") and markers ("XXX", "TODO").
    pub(super) fn placeholder_flags(&self, out: &mut Vec<Flag>) {
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
                        fix: None,
                        kind: FlagKind::Placeholder,
                        start: s,
                        end: e,
                        suggestion: FlagKind::Placeholder.suggestion(&self.text[s..e]),
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
                            fix: None,
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
    pub(super) fn sentence_flags(&self, out: &mut Vec<Flag>) -> usize {
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
                    fix: None,
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
    pub(super) fn personalisation(&self, ctx: &ToneContext, names: &NameTokens) -> Option<String> {
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
pub(super) struct NameTokens {
    words: Vec<String>,
}

impl NameTokens {
    /// The significant words of the names in `ctx`.
    pub(super) fn new(ctx: &ToneContext) -> Self {
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

/// Common acronyms, and names of things people write in capitals that are also words
/// (OFSTED, the SQL keywords), lowercased: never shouting.
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
    "tv", "ok", "readme", "prince2", "ofsted", "having", "partition", "create", "table",
    "join", "outer", "inner", "null", "select", "distinct",
];

/// Whether `w` (lowercase) is long and ends as English words do ("-ly", "-ful",
/// "-ness" …), which the names of things in capitals seldom do: written in capitals,
/// it is emphasis.
fn reads_as_a_word(w: &str) -> bool {
    // Not "-ate", which ends the names of awards as often ("CERTIFICATE", "GRADUATE").
    const ENDINGS: [&str; 15] = [
        "ly", "ing", "ed", "est", "ful", "able", "ible", "ness", "ment", "tion", "sion", "ous",
        "ive", "ise", "ize",
    ];
    w.len() >= 6 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Short words that are shouting when written in capitals ("I am VERY sorry").
#[rustfmt::skip]
const SHOUTED: &[&str] = &[
    "beg", "best", "dream", "hate", "help", "love", "much", "must", "need", "never", "not",
    "sorry", "thank", "truly", "very", "want", "please", "really", "so", "all", "this",
    "job", "keen", "sure", "ever", "only", "hard", "hire", "give", "chance", "happy",
    "ready", "great", "glad", "every", "right", "more", "most", "just", "still", "fault",
    "again", "know", "huge", "worst", "awful", "meant", "done", "second", "perfect",
    "always", "strong", "certain", "brilliant", "important", "deserve", "understand",
    "better", "disaster", "waste", "mistake", "promise", "opportunity", "quitter",
    "desperate", "passionate", "appreciate", "confident", "believe", "excellent",
    "fantastic", "genuine", "sincere", "unfair", "enough", "crucial", "everyone",
    "nobody", "humble", "absolute", "you", "my", "was", "are", "have", "had", "will",
    "once", "what", "real", "last", "total", "team", "role", "work",
];
