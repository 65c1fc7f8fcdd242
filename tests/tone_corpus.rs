#![cfg(not(target_arch = "wasm32"))]
//! Scores the tone checker against two labelled sets: the training corpus in
//! `tests/data/tone_corpus.json`, which rules may be tuned to, and the blind held-out set
//! in `tests/data/tone_heldout.json`, written by someone who had not read the rules and
//! never tuned to (issue 16). Each change to the rules is measured on the held-out set
//! before and after; then that set is folded into the corpus and a fresh one, written
//! blind, takes its place. The held-out test prints only the table, never the sentences
//! missed: seeing them would invite tuning a rule to one.
//!
//! Scoring is at the level of (item, kind) presence: for every item and every kind,
//! "the checker raised this kind" is compared with "the label lists this kind". The
//! test prints precision and recall per kind (see it with `--nocapture`) and fails if
//! any kind that occurs in the corpus, as a label or as a flag, falls below 0.9 on
//! either. Sentences are checked without names in the context and their whole-letter
//! kinds (no personalisation, too short, too long) are ignored: a lone sentence is not
//! a letter.

use second_chance::domain::testkit::{tone_set, ToneSet, TONE_BEHAVIOUR as BEHAVIOUR};
use second_chance::domain::tone::{check, FlagKind, ToneContext};
use std::collections::HashSet;

/// Kinds about the whole letter, meaningless for a lone sentence.
const WHOLE_LETTER: [FlagKind; 3] = [
    FlagKind::NoPersonalisation,
    FlagKind::TooShort,
    FlagKind::TooLong,
];

#[derive(Default, Clone, Copy)]
struct Score {
    tp: u32,
    fp: u32,
    fn_: u32,
}

/// What scoring one set found.
struct Scored {
    /// (kind, precision, recall) for every kind that occurs, as a label or a flag.
    kinds: Vec<(FlagKind, f64, f64)>,
    /// Clean sentences, and how many of them were flagged at all.
    clean: (u32, u32),
}

// Guards: the rules keep their precision and recall on the corpus they were written with.
#[test]
fn corpus_precision_and_recall() {
    let corpus = tone_set("tone_corpus.json");
    assert!(corpus.sentences.len() >= 70, "at least 70 sentences");
    assert!(corpus.letters.len() >= 12, "at least 12 letters");
    let scored = score_set("tone corpus", &corpus, &FlagKind::ALL, true);
    let failed: Vec<_> = scored
        .kinds
        .iter()
        .filter(|(_, p, r)| *p < 0.9 || *r < 0.9)
        .map(|(k, _, _)| k.key())
        .collect();
    assert!(
        failed.is_empty(),
        "precision or recall below 0.9 for {failed:?}"
    );
}

// Guards: the rules generalise to wording they were never tuned to. Issue 16 sets
// recall >= 0.9 and precision >= 0.95 for every kind and at most 3% of clean sentences
// flagged. On this blind set those targets are NOT met yet (see the README). Until they
// are, this test holds the line where the rules stand, measured once on this file when
// it was new, so a change that generalises worse fails here. Raise these floors as the
// rules improve. Never lower them to make a change pass, and never tune a rule to a
// sentence of this file.
#[test]
fn heldout_precision_and_recall() {
    let heldout = tone_set("tone_heldout.json");
    let scored = score_set("tone held-out", &heldout, &BEHAVIOUR, false);
    // This set, the sixth, was written after the fifth had been read and was never read
    // itself. On it, the rules stand at:
    // - recall: begging 0.78, whining 0.65, over-apologising 1.00, blame 0.65,
    //   bad-mouthing 0.65, hedging 0.73, self-put-downs 0.67;
    // - precision 0.80 (hedging) to 1.00;
    // - 4 of 100 clean sentences flagged.
    // About 75 rules written from the fifth set's misses moved none of these figures
    // and were not shipped (docs/tone-round-six-rules.md).
    let recall_floor = |kind: FlagKind| match kind {
        FlagKind::OverApologising => 0.95,
        FlagKind::Begging => 0.75,
        FlagKind::Hedging => 0.7,
        _ => 0.6,
    };
    let precision_floor = |kind: FlagKind| match kind {
        FlagKind::Hedging => 0.8,
        _ => 0.9,
    };
    let failed: Vec<_> = scored
        .kinds
        .iter()
        .filter(|(k, p, r)| *p < precision_floor(*k) || *r < recall_floor(*k))
        .map(|(k, p, r)| format!("{} (precision {p:.2}, recall {r:.2})", k.key()))
        .collect();
    let (clean, flagged) = scored.clean;
    println!("clean sentences flagged: {flagged} of {clean}");
    assert!(failed.is_empty(), "held-out below its floor: {failed:?}");
    // The bound is 3%; on this set the rules flag 4 of 100, and the floor holds
    // that line.
    assert!(
        f64::from(flagged) <= 0.04 * f64::from(clean),
        "{flagged} of {clean} clean sentences flagged (at most 4% on this set)"
    );
}

// Guards: capitals read as shouting only when they are emphasis, on a blind set of 120
// sentences (50 with emphasis in capitals, 70 with the names of things in capitals:
// qualifications, regulators, systems, codes) written for session 31 by a helper who
// had not read the rules, and never read since. The floors hold where the rules stand:
// recall 34 of 50, no clean sentence flagged (before that session's changes, 34 of 50
// and 9 of 70; after its first, 1 of 70). Raise them as the rules improve; never tune
// a rule to a sentence of this file.
#[test]
fn shouting_heldout() {
    let heldout = tone_set("shouting_heldout.json");
    let scored = score_set("shouting held-out", &heldout, &[FlagKind::Shouting], false);
    let recall = scored
        .kinds
        .iter()
        .find(|(k, _, _)| *k == FlagKind::Shouting)
        .map_or(0.0, |(_, _, r)| *r);
    let (clean, flagged) = scored.clean;
    println!("clean sentences flagged: {flagged} of {clean}");
    assert!(
        recall >= 0.68,
        "shouting recall {recall:.2} below its floor of 0.68"
    );
    assert!(
        flagged == 0,
        "{flagged} of {clean} clean sentences flagged (none may be)"
    );
}

/// Scores every item of `corpus` on `kinds`, prints the table (and the misses when
/// `show_misses`), and returns the per-kind figures.
fn score_set(name: &str, corpus: &ToneSet, kinds: &[FlagKind], show_misses: bool) -> Scored {
    let mut clean = (0, 0);
    let keys: Vec<&str> = FlagKind::ALL.iter().map(|k| k.key()).collect();
    let mut scores = [Score::default(); 14];
    let mut misses: Vec<String> = Vec::new();

    let mut score =
        |label: &str, text: &str, ctx: &ToneContext, expect: &[String], sentence: bool| {
            for e in expect {
                assert!(keys.contains(&e.as_str()), "unknown kind {e:?} in {label}");
            }
            let got: HashSet<FlagKind> = check(text, ctx)
                .flags
                .iter()
                .map(|f| f.kind)
                .filter(|k| !(sentence && WHOLE_LETTER.contains(k)) && kinds.contains(k))
                .collect();
            if sentence && expect.is_empty() {
                clean.0 += 1;
                clean.1 += u32::from(!got.is_empty());
            }
            for (i, kind) in FlagKind::ALL.into_iter().enumerate() {
                if (sentence && WHOLE_LETTER.contains(&kind)) || !kinds.contains(&kind) {
                    continue;
                }
                let want = expect.iter().any(|e| e == kind.key());
                let have = got.contains(&kind);
                match (want, have) {
                    (true, true) => scores[i].tp += 1,
                    (false, true) => {
                        scores[i].fp += 1;
                        misses.push(format!("false alarm {} in {label}", kind.key()));
                    }
                    (true, false) => {
                        scores[i].fn_ += 1;
                        misses.push(format!("missed {} in {label}", kind.key()));
                    }
                    (false, false) => {}
                }
            }
        };

    let no_names = ToneContext::default();
    for s in &corpus.sentences {
        score(
            &format!("sentence {:?}", s.text),
            &s.text,
            &no_names,
            &s.expect,
            true,
        );
    }
    for (n, l) in corpus.letters.iter().enumerate() {
        let ctx = ToneContext {
            company: &l.company,
            interviewer: &l.interviewer,
            phone_script: false,
        };
        score(
            &format!("letter #{n} ({})", l.company),
            &l.text,
            &ctx,
            &l.expect,
            false,
        );
    }

    println!(
        "{name}: {} sentences, {} letters",
        corpus.sentences.len(),
        corpus.letters.len()
    );
    println!(
        "{:<20} {:>4} {:>4} {:>4} {:>9} {:>7}",
        "kind", "tp", "fp", "fn", "precision", "recall"
    );
    let mut found = Vec::new();
    for (i, kind) in FlagKind::ALL.into_iter().enumerate() {
        let s = scores[i];
        if s.tp + s.fp + s.fn_ == 0 {
            println!("{:<20} (not in corpus)", kind.key());
            continue;
        }
        let precision = ratio(s.tp, s.tp + s.fp);
        let recall = ratio(s.tp, s.tp + s.fn_);
        println!(
            "{:<20} {:>4} {:>4} {:>4} {:>9.2} {:>7.2}",
            kind.key(),
            s.tp,
            s.fp,
            s.fn_,
            precision,
            recall
        );
        found.push((kind, precision, recall));
    }
    if show_misses {
        for m in &misses {
            println!("  {m}");
        }
    }
    Scored {
        kinds: found,
        clean,
    }
}

/// A ratio that is 1.0 when there is nothing to get wrong.
fn ratio(num: u32, den: u32) -> f64 {
    if den == 0 {
        1.0
    } else {
        f64::from(num) / f64::from(den)
    }
}
