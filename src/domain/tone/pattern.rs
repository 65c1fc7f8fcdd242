//! The small pattern language of the phrase rules, and the engine that runs it.
//!
//! Each pattern is a space-separated sequence of elements matched against lowercased
//! words (curly apostrophes are straightened, punctuation is not a word, all words of a
//! match lie in one sentence):
//! * `a|b|c` — one word, one of the alternatives; `@name` inserts a
//!   [`word_list`](super::words::word_list);
//! * `?a|b` — the same, optional;
//! * `~N` — up to N words, none of them a negation;
//! * `!a|b` — the next word is not one of these (zero width);
//! * `<a|b` — first element only: the word before the match is not one of these;
//! * `*` — any one word that is not a negation (a name after "Ms", say);
//! * `0` — any number ("47", "47th"); a rule word in its base form ("interrupt")
//!   also matches its inflections ("interrupted", "interrupting");
//! * `^` — the match must begin a sentence or a clause;
//! * `+` — a negation before the match does not switch it off ("wouldn't know good
//!   work if it hit him in the face");
//! * `=> text` — at the end: a safe one-click replacement for the matched words
//!   ([`Flag::fix`]); `=> -a|b` removes those words from the match instead.
//!
//! The first element must be a required word: it keys the index. A match is dropped
//! when a negation precedes it closely (see `Doc::negated`). Rule words also match
//! their informal spellings and, from five letters, one typing slip (see
//! `Engine::id_of`).

use super::cues::CUES;
use super::rules::rules;
use super::text::{informal, one_slip_apart, Doc};
use super::words::word_list;
use super::{Flag, FlagKind};
use crate::domain::sort_by_rank;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// A set of interned word ids: a bitset over the range of ids it spans. Words of one
/// list are interned together, so the ranges are short; membership is two
/// instructions, which matters because the matcher asks on every backtrack.
#[derive(Debug, Default)]
pub(super) struct WordSet {
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

    /// Whether word `w` of the text is in the set, as written or by its base form.
    #[inline(always)]
    fn has_word(&self, w: WordIds) -> bool {
        self.has(w.exact) || (w.base != w.exact && self.has(w.base))
    }

    /// Whether the set has no word.
    pub(super) fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }
}

/// One element of a compiled rule.
#[derive(Debug)]
pub(super) enum Elem {
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
pub(super) struct Rule {
    kind: FlagKind,
    /// The word before the match must not be one of these ("the kind of").
    not_after: WordSet,
    /// The match must begin a sentence or a clause ("Had the advert been clearer…").
    at_start: bool,
    /// A negation before the match does not switch it off: the rule's own words already
    /// read through one ("were it not for a manager who undermined…").
    through_negation: bool,
    /// The ids of the first element's words, for the index.
    pub(super) first: Vec<u16>,
    /// Every word that can follow the first one, when that set is closed (no gap or
    /// lookahead before the next required word): a cheap test that rejects most
    /// attempts of the many rules starting with "I" before any backtracking.
    second: Option<WordSet>,
    pub(super) elems: Vec<Elem>,
    /// The one-click replacement, written after `=>` in the pattern.
    fix: Option<&'static str>,
}

#[cfg(test)]
thread_local! {
    /// Rules left out, to measure what they add (see the `rules_that_add_nothing` test).
    pub(super) static SKIP_RULES: std::cell::RefCell<Vec<u16>> = const { std::cell::RefCell::new(Vec::new()) };
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
pub(super) const NOT_A_RULE_WORD: u16 = u16::MAX;

/// What the engine knows of one word of the text: the rule word it is (as written, an
/// informal spelling or one typing slip away), and the rule word its base form is
/// ("interrupted", "interrupting" and "interrupts" are all "interrupt"), so a rule
/// written with the base form hears every inflection.
#[derive(Clone, Copy, Debug)]
pub(super) struct WordIds {
    exact: u16,
    base: u16,
}

/// FNV-1a: the vocabulary lookup hashes every word of the text on every keystroke,
/// and the default SipHash is several times slower on such short keys. The keys are
/// our own word lists, so hash flooding is not a concern.
#[derive(Default)]
pub(super) struct Fnv(u64);

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

/// Every rule word, to its id.
pub(super) type Vocab = HashMap<&'static [u8], u16, BuildHasherDefault<Fnv>>;

/// A compiled row of [`CUES`]: which of its roles it has. Its words are in
/// [`Engine::roles`].
struct Cue {
    kind: FlagKind,
    has_also: bool,
    has_rival: bool,
    threshold: u8,
}

/// The roles a word can play in a cue row, as bit offsets within the row's bits.
const ABOUT: u32 = 0;
const ALSO: u32 = 1;
const RIVAL: u32 = 2;
const UNLESS: u32 = 3;
const STRONG: u32 = 4;
const WEAK: u32 = 5;
/// Bits per cue row.
const ROLES: u32 = 6;
/// The bit of "my" and "our".
const MINE: u64 = 1 << 63;

struct Engine {
    rules: Vec<Rule>,
    cues: Vec<Cue>,
    /// By word id: the roles the word plays in the cue rows (row `r`, role `k` is bit
    /// `r * ROLES + k`) and [`MINE`]: one lookup per word answers every row.
    roles: Vec<u64>,
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
        // Every number ("47", "47th", "£40") is the rule word `0`: "my 47th rejection".
        if w.first().is_some_and(u8::is_ascii_digit) {
            return self
                .vocab
                .get(&b"0"[..])
                .copied()
                .unwrap_or(NOT_A_RULE_WORD);
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

    /// The ids of word `w` of the text: as written, and by its base form.
    fn ids_of(&self, w: &[u8]) -> WordIds {
        let exact = self.id_of(w);
        WordIds {
            exact,
            base: self.base_of(w).unwrap_or(exact),
        }
    }

    /// The rule word that `w` is an inflection of: "-ing", "-ed", "-es", "-s" and "-ly"
    /// taken off, with a silent "e" put back ("confused"; tried first, as "cared" is
    /// "care", not "car"), a doubled last letter undone
    /// ("cutting") or "y" restored ("worries"). `None` when no base form is a rule word.
    fn base_of(&self, w: &[u8]) -> Option<u16> {
        // Every suffix ends in one of these: most words are out after one compare.
        if w.len() < 4 || !matches!(w.last(), Some(b'g' | b'd' | b's' | b'y')) {
            return None;
        }
        let hit = |stem: &[u8], tail: &[u8]| -> Option<u16> {
            let mut buf = [0u8; 32];
            let n = stem.len() + tail.len();
            if stem.len() < 2 || n > buf.len() {
                return None;
            }
            buf[..stem.len()].copy_from_slice(stem);
            buf[stem.len()..n].copy_from_slice(tail);
            self.vocab.get(&buf[..n]).copied()
        };
        for suffix in [&b"ing"[..], b"ied", b"ies", b"ed", b"es", b"s", b"ly"] {
            let Some(stem) = w.strip_suffix(suffix) else {
                continue;
            };
            let found = if suffix.starts_with(b"ie") {
                hit(stem, b"y")
            } else {
                let doubled = stem.len() > 2 && stem[stem.len() - 1] == stem[stem.len() - 2];
                // "cared" is "care" before "car", "used" is "use" before "us".
                (if suffix.len() > 1 {
                    hit(stem, b"e")
                } else {
                    None
                })
                .or_else(|| hit(stem, b""))
                .or_else(|| {
                    if doubled {
                        hit(&stem[..stem.len() - 1], b"")
                    } else {
                        None
                    }
                })
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut vocab = Vocab::default();
        let rules: Vec<Rule> = rules()
            .map(|(kind, pattern)| compile(kind, pattern, &mut vocab))
            .collect();
        let mut marked: Vec<(u16, u64)> = Vec::new();
        let mut mark = |name: &'static str, bit: u64, vocab: &mut Vocab| {
            if !name.is_empty() {
                marked.extend(alternatives(name, vocab).into_iter().map(|id| (id, bit)));
            }
        };
        let cues: Vec<Cue> = CUES
            .iter()
            .enumerate()
            .map(|(r, c)| {
                let row = r as u32 * ROLES;
                for (name, role) in [
                    (c.about, ABOUT),
                    (c.also, ALSO),
                    (c.rival, RIVAL),
                    (c.unless, UNLESS),
                    (c.strong, STRONG),
                    (c.weak, WEAK),
                ] {
                    mark(name, 1 << (row + role), &mut vocab);
                }
                Cue {
                    kind: c.kind,
                    has_also: !c.also.is_empty(),
                    has_rival: !c.rival.is_empty(),
                    threshold: c.threshold,
                }
            })
            .collect();
        mark("@mine", MINE, &mut vocab);
        let mut roles = vec![0u64; vocab.len()];
        for (id, bit) in marked {
            roles[usize::from(id)] |= bit;
        }
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
        // After the slips and the id-to-word table, which keep the standard spelling:
        // informal spellings share the id of the standard one ("dont" is "don't").
        for (informal, standard) in informal().split(' ').filter_map(|p| p.split_once('=')) {
            if let Some(&id) = vocab.get(standard.as_bytes()) {
                vocab.insert(informal.as_bytes(), id);
            }
        }
        Engine {
            rules,
            cues,
            roles,
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

/// Compiles one pattern that raises `kind`, interning its words into `vocab`.
pub(super) fn compile(kind: FlagKind, pattern: &'static str, vocab: &mut Vocab) -> Rule {
    let (pattern, fix) = match pattern.split_once(" => ") {
        Some((pattern, fix)) => (pattern, Some(fix)),
        None => (pattern, None),
    };
    let mut rule = Rule {
        fix,
        kind,
        at_start: false,
        through_negation: false,
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
        } else if part == "+" {
            rule.through_negation = true;
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

impl Doc<'_> {
    /// Flags every match of every phrase rule.
    pub(super) fn phrase_flags(&self, out: &mut Vec<Flag>) {
        let engine = engine();
        // One hash lookup per word; from here on every comparison is between integers.
        let ids: Vec<WordIds> = (0..self.toks.len())
            .map(|i| engine.ids_of(self.word_bytes(i)))
            .collect();
        for i in 0..self.toks.len() {
            let WordIds { exact, base } = ids[i];
            let as_written = engine.starts.get(usize::from(exact));
            let as_base = engine
                .starts
                .get(usize::from(base))
                .filter(|_| base != exact);
            if as_written.is_none() && as_base.is_none() {
                continue;
            }
            let sent = self.toks[i].sent;
            for &r in as_written.into_iter().chain(as_base).flatten() {
                #[cfg(test)]
                if SKIP_RULES.with(|k| k.borrow().contains(&r)) {
                    continue;
                }
                let rule = &engine.rules[usize::from(r)];
                if rule.at_start && i > 0 && self.toks[i - 1].sent == sent && !self.toks[i].clause {
                    continue;
                }
                if !rule.not_after.is_empty()
                    && i > 0
                    && self.toks[i - 1].sent == sent
                    && rule.not_after.has_word(ids[i - 1])
                {
                    continue;
                }
                if let Some(second) = &rule.second {
                    if !(self.in_sentence(i + 1, sent) && second.has_word(ids[i + 1])) {
                        continue;
                    }
                }
                if let Some(end) = self.match_at(&ids, &rule.elems, i, sent) {
                    if end > i
                        && (rule.through_negation || !self.negated(i, negation_reach(rule.kind)))
                    {
                        let mut flag = self.flag(rule.kind, i, end - 1);
                        flag.fix = rule.fix;
                        out.push(flag);
                    }
                }
            }
        }
        self.cue_flags(engine, &ids, out);
    }

    /// Flags each sentence whose cue words weigh at least a row's threshold (see
    /// `cues.rs`), unless a phrase rule already flagged that kind in it.
    fn cue_flags(&self, engine: &Engine, ids: &[WordIds], out: &mut Vec<Flag>) {
        let role = |id: u16| engine.roles.get(usize::from(id)).copied().unwrap_or(0);
        let roles: Vec<u64> = ids.iter().map(|w| role(w.exact) | role(w.base)).collect();
        let n = self.toks.len();
        let phrases = out.len();
        let mut s = 0;
        while s < n {
            let sent = self.toks[s].sent;
            let mut e = s;
            let mut any = 0u64;
            while e < n && self.toks[e].sent == sent {
                any |= roles[e];
                e += 1;
            }
            let span = self.toks[s].start..self.toks[e - 1].end;
            // The phrase flags come first in `out`, in order of their start: this
            // sentence's are one slice of them, found without a scan.
            let lo = out[..phrases].partition_point(|f| f.start < span.start);
            let hi = out[..phrases].partition_point(|f| f.start < span.end);
            for (r, cue) in engine.cues.iter().enumerate() {
                let bit = |k: u32| 1u64 << (r as u32 * ROLES + k);
                // Most sentences have no strong word of most rows.
                if any & bit(STRONG) == 0
                    || any & bit(ABOUT) == 0
                    || (cue.has_also && any & bit(ALSO) == 0)
                    || any & bit(UNLESS) != 0
                    || out
                        .iter()
                        .any(|f| f.kind == cue.kind && span.contains(&f.start))
                {
                    continue;
                }
                let (mut weight, mut first, mut last, mut strong) = (0u8, usize::MAX, 0, false);
                // Who acts at this point of the sentence: the row's subject (true) or
                // someone else (false).
                let mut actor = !cue.has_rival;
                for i in s..e {
                    let w = roles[i];
                    if w & bit(ABOUT) != 0 {
                        // "my connection froze" is the writer's own.
                        actor = !cue.has_rival || i == s || roles[i - 1] & MINE == 0;
                    } else if w & bit(RIVAL) != 0 {
                        actor = false;
                    }
                    let add = if w & bit(STRONG) != 0 {
                        2
                    } else {
                        u8::from(w & bit(WEAK) != 0)
                    };
                    // Words a phrase rule has already explained weigh nothing more;
                    // "not unfair" is no cue, but "never" and "nobody" are cues.
                    if add == 0
                        || !actor
                        || out[lo..hi]
                            .iter()
                            .any(|x| (x.start..x.end).contains(&self.toks[i].start))
                        || (!self.toks[i].neg && self.negated(i, negation_reach(cue.kind)))
                    {
                        continue;
                    }
                    weight = weight.saturating_add(add);
                    strong |= add == 2;
                    first = first.min(i);
                    last = i;
                }
                if strong && weight >= cue.threshold {
                    out.push(self.flag(cue.kind, first, last));
                }
            }
            s = e;
        }
    }

    /// Matches `elems` from token `i`; returns the token index after the match.
    /// Optional words are tried consumed first, so the longest match wins.
    fn match_at(&self, ids: &[WordIds], elems: &[Elem], i: usize, sent: u32) -> Option<usize> {
        let Some((first, rest)) = elems.split_first() else {
            return Some(i);
        };
        match first {
            Elem::Word { alts, optional } => {
                if self.in_sentence(i, sent) && alts.has_word(ids[i]) {
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
                if self.in_sentence(i, sent) && alts.has_word(ids[i]) {
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
}
