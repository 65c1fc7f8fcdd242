//! Native benchmark of the diagnosis rule engine.
//!
//! Runs [`Diagnosis::from_assessment`] on a realistic, fully filled-in assessment many
//! times and prints the median and 95th percentile per call, in microseconds.
//! Run with `cargo bench --bench diagnosis`.

use std::hint::black_box;
use std::time::Instant;

use second_chance::domain::diagnosis::{catalogue, Diagnosis};
use second_chance::domain::{Answer, Assessment};

/// Calls timed one by one.
const SAMPLES: usize = 20_000;
/// Untimed calls first, so caches and the allocator are warm.
const WARM_UP: usize = 2_000;

/// A candidate who ticked a realistic handful of items with notes, left some typed
/// text on unticked items, and carries one retired id from an old draft.
fn realistic_assessment() -> Assessment {
    let ticked = [
        (
            "rambled_too_long",
            "The question about my last project; I went through every phase.",
        ),
        (
            "said_too_little",
            "Asked how I handle conflict, I gave one sentence.",
        ),
        (
            "explained_every_exit",
            "I explained all four moves one by one.",
        ),
        (
            "no_questions",
            "I should have asked how the team measures success.",
        ),
        ("nervous_body_language", ""),
        ("interviewer_frowned", "When I talked about deadlines."),
        ("checked_the_clock", ""),
        ("personal_event", "My father was in hospital that week."),
    ];
    let mut a: Assessment = ticked
        .iter()
        .map(|(id, detail)| {
            (
                (*id).to_owned(),
                Answer {
                    checked: true,
                    detail: (*detail).to_owned(),
                    situation: "We were behind on a release.".to_owned(),
                    action: "I re-planned the work with the team.".to_owned(),
                    result: "We shipped a week early.".to_owned(),
                    line: String::new(),
                },
            )
        })
        .collect();
    for s in catalogue().iter().skip(1).step_by(5) {
        a.entry(s.id.to_owned()).or_insert_with(|| Answer {
            checked: false,
            detail: "Typed, then unticked.".to_owned(),
            ..Answer::default()
        });
    }
    a.insert(
        "retired_item".to_owned(),
        Answer {
            checked: true,
            ..Answer::default()
        },
    );
    a
}

fn main() {
    let assessment = realistic_assessment();
    for _ in 0..WARM_UP {
        black_box(Diagnosis::from_assessment(black_box(&assessment)));
    }
    let mut micros: Vec<f64> = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        let d = Diagnosis::from_assessment(black_box(&assessment));
        let elapsed = start.elapsed();
        black_box(d);
        micros.push(elapsed.as_secs_f64() * 1e6);
    }
    micros.sort_by(f64::total_cmp);
    let at = |q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize];
    println!(
        "diagnosis  median {:.1} µs  p95 {:.1} µs",
        at(0.5),
        at(0.95)
    );
}
