//! Native benchmark of the tone check, which runs on every keystroke.
//!
//! Run with `cargo bench --bench tone`. Prints the median and 95th percentile for a
//! realistic 400-word letter, and the time for one check of 1 MB of text.

use second_chance::domain::testkit::sample_letter;
use second_chance::domain::tone::{check, ToneContext};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let ctx = ToneContext {
        company: "Acme Logistics",
        interviewer: "Ms Ortega",
        phone_script: false,
    };
    let text = sample_letter(400);
    let report = check(&text, &ctx);
    assert!(
        (390..=410).contains(&report.words),
        "{} words",
        report.words
    );

    // Warm up: caches, branch predictors and the rule index (built on first use).
    for _ in 0..2_000 {
        black_box(check(black_box(&text), &ctx));
    }
    let runs = 20_000;
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        black_box(check(black_box(&text), &ctx));
        times.push(t.elapsed());
    }
    times.sort_unstable();
    let median = times[runs / 2];
    let p95 = times[runs * 95 / 100];
    println!(
        "tone check ({} words)  median {:.1} µs  p95 {:.1} µs  ({} flags)",
        report.words,
        median.as_secs_f64() * 1e6,
        p95.as_secs_f64() * 1e6,
        report.flags.len()
    );

    let mut big = String::with_capacity(1 << 20);
    while big.len() < 1 << 20 {
        big.push_str(&text);
    }
    let t = Instant::now();
    let report = black_box(check(black_box(&big), &ctx));
    let elapsed = t.elapsed();
    println!(
        "tone check (1 MB, {} words)  {:.1} ms  ({} flags)",
        report.words,
        elapsed.as_secs_f64() * 1e3,
        report.flags.len()
    );
}
