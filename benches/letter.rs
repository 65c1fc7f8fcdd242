//! Native benchmark of the letter composer and the live checklist.
//!
//! Composes and renders each situation of the domain's test kit (typed as users type,
//! with letter lines to shape) as a standard e-mail, many times, and prints the median
//! and 95th percentile per call, in microseconds; then the checklist over each
//! composed letter, which runs on every keystroke. The diagnosis is computed once
//! outside the timed loop: the UI recomputes it on ticks, not on keystrokes. Run with
//! `cargo bench --bench letter`.

use std::hint::black_box;
use std::time::Instant;

use second_chance::domain::diagnosis::Verdict;
use second_chance::domain::letter::checklist::{checklist, Inputs};
use second_chance::domain::letter::{budget, compose, count_words, Request};
use second_chance::domain::testkit::{cases, TODAY};
use second_chance::domain::{Channel, LetterLength};

/// Calls timed one by one, per situation.
const SAMPLES: usize = 4_000;
/// Untimed calls first, so caches and the allocator are warm.
const WARM_UP: usize = 400;

/// Median and p95 of `f` over the samples, in microseconds.
fn time<T>(mut f: impl FnMut() -> T) -> Vec<f64> {
    for _ in 0..WARM_UP {
        black_box(f());
    }
    (0..SAMPLES)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect()
}

fn report(name: &str, mut micros: Vec<f64>) {
    micros.sort_by(f64::total_cmp);
    let at = |q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize];
    println!("{name}  median {:.1} µs  p95 {:.1} µs", at(0.5), at(0.95));
}

fn main() {
    let mut composer = Vec::new();
    let mut list = Vec::new();
    for case in cases() {
        let d = case.diagnosis();
        let assessment = case.stored_assessment();
        let req = Request {
            facts: &case.facts,
            assessment: &assessment,
            diagnosis: &d,
            general: case.general(),
            turns: "",
            channel: Channel::Email,
            length: LetterLength::Standard,
            today: TODAY,
        };
        composer.extend(time(|| compose(black_box(&req)).render()));
        let text = compose(&req).render();
        let lines: Vec<&str> = case.lines.values().map(String::as_str).collect();
        list.extend(time(|| {
            checklist(black_box(&Inputs {
                text: &text,
                facts: &case.facts,
                serious: d.verdict >= Verdict::Pattern,
                channel: Channel::Email,
                words: count_words(&text),
                budget: budget(Channel::Email, LetterLength::Standard),
                lines: &lines,
                flags: 0,
                pushy: false,
            }))
        }));
    }
    report("composer ", composer);
    report("checklist", list);
}
