//! Prints what the note-shaping step makes of each line on stdin, framed as a
//! letter field would frame it: `why`, `evidence`, `moment`, a catalogue id with a
//! letter line (`no_questions`, `blanked_on_question`, …), or `bare`; `svo` prints
//! whether each line has a subject and a verb.
//!
//! `echo "at brightpath cut the run" | cargo run --example shape_probe -- evidence`

use second_chance::domain::diagnosis::catalogue;
use second_chance::domain::letter::shape::{has_subject_and_verb, shape, Frame};
use second_chance::domain::letter::GENERAL_LINES;
use std::io::BufRead;

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "bare".into());
    // `svo`: whether each line has a subject and a verb, as the shaper reads it.
    if which == "svo" {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            println!("{line}\n  -> {}", has_subject_and_verb(&line));
        }
        return;
    }
    let line = GENERAL_LINES
        .iter()
        .find(|(k, _)| *k == which)
        .map(|(_, l)| l)
        .or_else(|| {
            catalogue()
                .iter()
                .find(|s| s.id == which)
                .and_then(|s| s.line.as_ref())
        });
    let frame = Frame {
        fragment: line.map(|l| l.frame),
        that_lead: line.and_then(|l| l.that_lead),
        questions: line.is_some_and(|l| l.question),
        company: "Ledgerline",
        reader: "Mrs Hale",
        max_words: 60,
        address: line.is_some_and(|l| l.about_them),
    };
    for note in std::io::stdin().lock().lines().map_while(Result::ok) {
        println!("{note}\n  -> {:?}", shape(&note, &frame));
    }
}
