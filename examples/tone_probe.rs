//! Prints the tone flags of each line of standard input: a quick way to see what the
//! checker makes of a sentence while writing rules. With `letters FILE N…`, prints
//! the flags of those letters of a corpus file instead.
//! `echo "It honestly feels so unfair." | cargo run --example tone_probe`

use second_chance::domain::tone::{check, ToneContext};
use std::io::BufRead;

fn show(text: &str) {
    let report = check(text, &ToneContext::default());
    let flags: Vec<String> = report
        .flags
        .iter()
        .filter(|f| f.end > f.start)
        .map(|f| format!("{}[{}]", f.kind.key(), &text[f.start..f.end]))
        .collect();
    println!("{text}\n    -> {}", flags.join(" "));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [mode, file, picks @ ..] = &args[..] {
        if mode == "letters" {
            let raw = std::fs::read_to_string(file).unwrap_or_default();
            let corpus: serde_json::Value = serde_json::from_str(&raw).unwrap_or_default();
            for n in picks.iter().filter_map(|p| p.parse::<usize>().ok()) {
                if let Some(text) = corpus["letters"][n]["text"].as_str() {
                    println!("--- letter #{n}");
                    show(text);
                }
            }
            return;
        }
    }
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        show(&line);
    }
}
