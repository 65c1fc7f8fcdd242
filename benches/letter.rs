//! Native benchmark of the letter composer.
//!
//! Composes and renders a realistic standard e-mail (facts filled in, four findings
//! with notes, a circumstance and an interviewer signal) many times and prints the
//! median and 95th percentile per call, in microseconds. The diagnosis is computed
//! once outside the timed loop: the UI recomposes on every edit of the facts, not on
//! every tick. Run with `cargo bench --bench letter`.

use std::hint::black_box;
use std::time::Instant;

use second_chance::domain::diagnosis::Diagnosis;
use second_chance::domain::letter::compose;
use second_chance::domain::{
    Answer, Assessment, Channel, InterviewFacts, InterviewFormat, LetterLength,
};

/// Calls timed one by one.
const SAMPLES: usize = 20_000;
/// Untimed calls first, so caches and the allocator are warm.
const WARM_UP: usize = 2_000;

fn facts() -> InterviewFacts {
    InterviewFacts {
        company: "Northwind Logistics".to_owned(),
        role: "Operations Analyst".to_owned(),
        interviewer_name: "Ms Ortega".to_owned(),
        interviewer_title: "Head of Operations".to_owned(),
        interview_date: "2026-11-20".to_owned(),
        format: InterviewFormat::Video,
        candidate_name: "Sam Carter".to_owned(),
        candidate_contact: "sam.carter@example.com".to_owned(),
        interviewer_email: "m.ortega@northwind.example".to_owned(),
    }
}

/// A candidate who ticked a realistic handful of items, with notes.
fn realistic_assessment() -> Assessment {
    let ticked = [
        ("rambled_too_long", "The question about my last project."),
        ("said_too_little", "You asked how I handle conflict."),
        ("explained_every_exit", "All four moves, one by one."),
        (
            "no_questions",
            "How will the team measure success in the first year?",
        ),
        ("interviewer_frowned", "When I talked about deadlines."),
        ("personal_event", "My father was in hospital that week."),
    ];
    ticked
        .iter()
        .map(|(id, detail)| {
            (
                (*id).to_owned(),
                Answer {
                    checked: true,
                    detail: (*detail).to_owned(),
                    situation: "two teams disagreed over a delivery date".to_owned(),
                    action: "I brought both leads together and agreed a split release".to_owned(),
                    result: "both teams hit their targets".to_owned(),
                },
            )
        })
        .collect()
}

fn main() {
    let facts = facts();
    let assessment = realistic_assessment();
    let diagnosis = Diagnosis::from_assessment(&assessment);
    let run = || {
        let c = compose(
            black_box(&facts),
            black_box(&assessment),
            black_box(&diagnosis),
            Channel::Email,
            LetterLength::Standard,
            black_box("2026-11-21"),
        );
        c.render()
    };
    for _ in 0..WARM_UP {
        black_box(run());
    }
    let mut micros: Vec<f64> = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        let text = run();
        let elapsed = start.elapsed();
        black_box(text);
        micros.push(elapsed.as_secs_f64() * 1e6);
    }
    micros.sort_by(f64::total_cmp);
    let at = |q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize];
    println!("composer  median {:.1} µs  p95 {:.1} µs", at(0.5), at(0.95));
}
