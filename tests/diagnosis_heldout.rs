#![cfg(not(target_arch = "wasm32"))]
//! Scores the diagnosis against a blind held-out set (issue 18): 36 situations with the
//! verdict an interview coach would give, written from the article alone by someone who
//! had not read the rules, in `tests/data/diagnosis_heldout.json`. The rules are never
//! tuned to it. The test prints only the agreement per expected verdict and the
//! confusion table, never the situations: seeing them would invite tuning a rule to one.
//!
//! It fails if agreement falls below what the current rules reach (a guard against
//! regressions, raised when a change measured on a fresh set does better).

use second_chance::domain::diagnosis::{Diagnosis, Verdict};
use second_chance::domain::{Answer, Assessment};
use serde::Deserialize;

#[derive(Deserialize)]
struct HeldOut {
    situations: Vec<Situation>,
}

#[derive(Deserialize)]
struct Situation {
    ticked: Vec<String>,
    something_else: Option<SomethingElse>,
    expect: String,
}

#[derive(Deserialize)]
struct SomethingElse {
    text: String,
    weight: String,
}

/// Agreement the current rules reach on the set (26 before issue 18's severity model,
/// 32 after); the test fails below it.
const AGREEMENT_FLOOR: usize = 32;

fn verdict_key(v: Verdict) -> &'static str {
    match v {
        Verdict::NothingToRepair => "nothing",
        Verdict::MinorSlips => "minor",
        Verdict::Pattern => "pattern",
        Verdict::RedFlag => "red_flag",
    }
}

fn assessment(s: &Situation) -> Assessment {
    s.ticked
        .iter()
        .map(|id| {
            let mut answer = Answer {
                checked: true,
                ..Answer::default()
            };
            if let (Some(other), "something_else") = (&s.something_else, id.as_str()) {
                answer.detail = other.text.clone();
                answer.weight = match other.weight.as_str() {
                    "small" => 1,
                    "serious" => 2,
                    _ => 3,
                };
            }
            (id.clone(), answer)
        })
        .collect()
}

// Guards: the diagnosis agrees with a coach's verdict on situations it was never tuned to.
#[test]
fn held_out_verdicts() {
    let path = format!(
        "{}/tests/data/diagnosis_heldout.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let raw = std::fs::read_to_string(path).expect("the held-out file is in the repository");
    let set: HeldOut = serde_json::from_str(&raw).expect("valid held-out JSON");
    let keys = ["nothing", "minor", "pattern", "red_flag"];
    let mut table = [[0usize; 4]; 4];
    for s in &set.situations {
        let got = verdict_key(Diagnosis::from_assessment(&assessment(s)).verdict);
        let want = keys
            .iter()
            .position(|k| *k == s.expect)
            .expect("a known verdict");
        let got = keys
            .iter()
            .position(|k| *k == got)
            .expect("a known verdict");
        table[want][got] += 1;
    }
    let agree: usize = (0..4).map(|i| table[i][i]).sum();
    println!(
        "diagnosis held-out: {} situations, {agree} agree",
        set.situations.len()
    );
    println!("expected \\ got   nothing  minor  pattern  red_flag");
    for (i, row) in table.iter().enumerate() {
        println!(
            "{:<16}{:>8}{:>7}{:>9}{:>10}",
            keys[i], row[0], row[1], row[2], row[3]
        );
    }
    assert!(
        agree >= AGREEMENT_FLOOR,
        "agreement fell to {agree}, below {AGREEMENT_FLOOR}"
    );
}
