//! Native benchmark of the tone check, which runs on every keystroke.
//!
//! Run with `cargo bench --bench tone`. Prints the median and 95th percentile for a
//! realistic 400-word letter, and the time for one check of 1 MB of text.

use second_chance::domain::tone::{check, ToneContext};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A realistic second-chance letter with a few things to flag, repeated and trimmed
/// to exactly `words` words.
fn letter(words: usize) -> String {
    const PARAGRAPHS: [&str; 5] = [
        "Dear Ms Ortega,\n\nThank you for meeting me on Tuesday to discuss the operations analyst role at Acme Logistics. I know our conversation was not what either of us had in mind, and I just wanted to explain what went wrong.",
        "When you asked how I would reduce missed deliveries, I talked about software and left out the part that matters most: the people on the loading dock. I was nervous, I'm sorry to say, and my answer came out thin. I kind of lost my thread.",
        "Here is what I wish I had said. At Northwind I noticed that most late orders started with trucks loaded out of sequence. I worked with the shift leads to change the loading order, and within two months late deliveries fell by eighteen percent!",
        "Since our meeting I have read your annual report and the piece on your new hub in Leeds. The move to same-day delivery is exactly the kind of problem I enjoy, and I am a team player who would hit the ground running.",
        "I normally perform much better than I did on Tuesday. If you are open to it, I would welcome a short second conversation, in person or by phone. Sorry again for the rambling.\n\nKind regards,\nDaniel Reyes",
    ];
    let mut out = String::new();
    let mut n = 0;
    'outer: loop {
        for p in PARAGRAPHS {
            for w in p.split(' ') {
                if n == words {
                    break 'outer;
                }
                if n > 0 {
                    out.push(' ');
                }
                out.push_str(w);
                n += w.split_whitespace().count().max(1);
            }
            out.push_str("\n\n");
        }
    }
    out
}

fn main() {
    let ctx = ToneContext {
        company: "Acme Logistics",
        interviewer: "Ms Ortega",
        phone_script: false,
    };
    let text = letter(400);
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
