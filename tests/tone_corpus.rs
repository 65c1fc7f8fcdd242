#![cfg(not(target_arch = "wasm32"))]
//! Scores the tone checker against the labelled corpus in `tests/data/tone_corpus.json`.
//!
//! Scoring is at the level of (item, kind) presence: for every item and every kind,
//! "the checker raised this kind" is compared with "the label lists this kind". The
//! test prints precision and recall per kind (see it with `--nocapture`) and fails if
//! any kind that occurs in the corpus, as a label or as a flag, falls below 0.9 on
//! either. Sentences are checked without names in the context and their whole-letter
//! kinds (no personalisation, too short, too long) are ignored: a lone sentence is not
//! a letter.

use second_chance::domain::tone::{check, FlagKind, ToneContext};
use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize)]
struct Corpus {
    sentences: Vec<Sentence>,
    letters: Vec<Letter>,
}

#[derive(Deserialize)]
struct Sentence {
    text: String,
    expect: Vec<String>,
}

#[derive(Deserialize)]
struct Letter {
    company: String,
    interviewer: String,
    text: String,
    expect: Vec<String>,
}

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

fn load() -> Corpus {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tone_corpus.json");
    let raw = std::fs::read_to_string(path).expect("the corpus file is part of the repository");
    serde_json::from_str(&raw).expect("the corpus file is valid JSON of the expected shape")
}

#[test]
fn corpus_precision_and_recall() {
    let corpus = load();
    assert!(corpus.sentences.len() >= 70, "at least 70 sentences");
    assert!(corpus.letters.len() >= 12, "at least 12 letters");

    let keys: Vec<&str> = FlagKind::ALL.iter().map(|k| k.key()).collect();
    let mut scores = [Score::default(); 14];
    let mut misses: Vec<String> = Vec::new();

    let mut score =
        |label: &str, text: &str, ctx: &ToneContext, expect: &[String], sentence: bool| {
            for e in expect {
                assert!(keys.contains(&e.as_str()), "unknown kind {e:?} in {label}");
            }
            let got: HashSet<FlagKind> = check(text, ctx).flags.iter().map(|f| f.kind).collect();
            for (i, kind) in FlagKind::ALL.into_iter().enumerate() {
                if sentence && WHOLE_LETTER.contains(&kind) {
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
        "tone corpus: {} sentences, {} letters",
        corpus.sentences.len(),
        corpus.letters.len()
    );
    println!(
        "{:<20} {:>4} {:>4} {:>4} {:>9} {:>7}",
        "kind", "tp", "fp", "fn", "precision", "recall"
    );
    let mut failed = Vec::new();
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
        if precision < 0.9 || recall < 0.9 {
            failed.push(kind.key());
        }
    }
    for m in &misses {
        println!("  {m}");
    }
    assert!(
        failed.is_empty(),
        "precision or recall below 0.9 for {failed:?}"
    );
}

/// A ratio that is 1.0 when there is nothing to get wrong.
fn ratio(num: u32, den: u32) -> f64 {
    if den == 0 {
        1.0
    } else {
        f64::from(num) / f64::from(den)
    }
}
