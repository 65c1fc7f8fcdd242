//! Native benchmark of the diagnosis rule engine.
//!
//! Runs [`Diagnosis::from_assessment`] on a realistic, fully filled-in assessment many
//! times and prints the median and 95th percentile per call, in microseconds.
//! Run with `cargo bench --bench diagnosis`.

use std::hint::black_box;
use std::time::Instant;

use second_chance::domain::diagnosis::Diagnosis;
use second_chance::domain::testkit::realistic_assessment;

/// Calls timed one by one.
const SAMPLES: usize = 20_000;
/// Untimed calls first, so caches and the allocator are warm.
const WARM_UP: usize = 2_000;

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
