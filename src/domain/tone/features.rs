//! The features of the learned-model experiment (issue 16): how
//! `examples/train_tone_model.rs` reads a sentence, so that a model trained on them
//! would read the letter exactly as the check does.
//!
//! Each sentence is a bag of features: the stem of each word (see [`stem`]), marked `!`
//! when a negation shortly before it switches it off in the rules' sense
//! (`Doc::negated`), and each pair of neighbouring stems (`stem_stem`).
//!
//! Not used by [`check`](super::check): the experiment found that a linear model over
//! these features, trained on the corpus, lifts the blind held-out recall too little
//! for its precision and download cost (see `docs/tone-model-experiment.md`), so the
//! runtime scorer was not merged. Nothing here reaches the download: the app never
//! calls it.

use super::text::Doc;

/// A light stemmer for the features, on a lowercased word: "-ing", "-ed", "-s" and
/// "-ly" taken off, "-ied"/"-ies" and a final "y" made "i", a doubled last consonant
/// undone ("begging" is "beg") and a silent "e" dropped ("hoped" and "hope" are
/// "hop"). Returns the stem as a prefix of the word and a tail to add ("i" or
/// nothing), so a scorer can hash the pieces without a buffer. Words with bytes beyond
/// ASCII, contractions and words of three letters or fewer are kept as they are.
pub(super) fn stem(w: &[u8]) -> (&[u8], &'static [u8]) {
    if w.len() <= 3 || !w.is_ascii() || w.contains(&b'\'') {
        return (w, b"");
    }
    let strip = |suffix: &[u8], min: usize| -> Option<&[u8]> {
        w.strip_suffix(suffix).filter(|s| s.len() >= min)
    };
    if let Some(s) = strip(b"ied", 2).or_else(|| strip(b"ies", 2)) {
        return (s, b"i");
    }
    let (mut s, verb) = if let Some(s) = strip(b"ing", 3).or_else(|| strip(b"ed", 3)) {
        (s, true)
    } else if let Some(s) = strip(b"ly", 3) {
        (s, false)
    } else if let Some(s) = strip(b"s", 3).filter(|s| !matches!(s.last(), Some(b's' | b'u' | b'i')))
    {
        (s, false)
    } else {
        (w, false)
    };
    if let [.., a, b] = s {
        if verb && a == b && !matches!(a, b'l' | b's' | b'z' | b'e' | b'o') {
            s = &s[..s.len() - 1];
        }
    }
    if let [rest @ .., b'y'] = s {
        return (rest, b"i");
    }
    if let [rest @ .., b'e'] = s {
        if rest.len() >= 3 {
            return (rest, b"");
        }
    }
    (s, b"")
}

impl Doc<'_> {
    /// Calls `f` with each feature of the words `s..e` (one sentence), as the pieces
    /// of its text: `[mark, stem, tail]` for a word, where `mark` is `!` when a
    /// negation switches it off, and `[stem, tail, "_", stem, tail]` for a pair of
    /// neighbouring words.
    fn features(&self, s: usize, e: usize, mut f: impl FnMut(&[&[u8]])) {
        let mut prev: Option<(&[u8], &[u8])> = None;
        for i in s..e {
            let (st, tail) = stem(self.word_bytes(i));
            let mark: &[u8] = if self.negated(i, 3) { b"!" } else { b"" };
            f(&[mark, st, tail]);
            if let Some((ps, pt)) = prev {
                f(&[ps, pt, b"_", st, tail]);
            }
            prev = Some((st, tail));
        }
    }

    /// The features of every sentence, as text (`!stem`, `stem_stem`).
    pub(super) fn sentence_features(&self) -> Vec<Vec<String>> {
        let n = self.toks.len();
        let mut all = Vec::new();
        let mut s = 0;
        while s < n {
            let sent = self.toks[s].sent;
            let mut e = s;
            while e < n && self.toks[e].sent == sent {
                e += 1;
            }
            let mut feats = Vec::new();
            self.features(s, e, |pieces| {
                feats.push(String::from_utf8_lossy(&pieces.concat()).into_owned());
            });
            all.push(feats);
            s = e;
        }
        all
    }
}
