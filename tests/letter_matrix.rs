#![cfg(not(target_arch = "wasm32"))]
//! The composer over a generated matrix, judged by our own rules here and by Harper
//! (the grammar checker, test-only) in `e2e/harper-letters.mjs`.
//!
//! The matrix: every catalogue item alone, with a line typed for it; the test kit's
//! situations (common combinations, typed as users type); one item with its line in
//! every note shape; each in three channels and two lengths. Every letter must:
//! - raise no flag in our own tone check;
//! - keep its word budget (for the phone script, the opening's);
//! - never contain a private step-2 note;
//! - say the role at most twice and hold no fill-in once the lines are written.
//!
//! The letters are written to `$LETTERS_JSON` (default `target/letters.json`) for
//! Harper. `SHOW_DRAFTS=1` prints them.

use second_chance::domain::diagnosis::catalogue;
use second_chance::domain::letter::{budget, count_words, Composition, SectionKind};
use second_chance::domain::testkit::{self, cases, facts, lines, ticked, Case};
use second_chance::domain::tone::{check, ToneContext};
use second_chance::domain::{Channel, InterviewFormat, LetterLength};

/// A line typed for each item that has a field, in a plausible user's shape.
fn line_for(id: &str) -> &'static str {
    match id {
        "rambled_too_long" => "the depot move to one scheduling tool, which cut overtime by 20%",
        "said_too_little" => "I ran the budget for the night shift, £400k a year, and brought it in 5% under",
        "blanked_on_question" => "i would start by asking the drivers where the plan breaks",
        "barely_spoke" => "that I have run a depot of 40 people for three years",
        "weak_tell_me_about_yourself" => "I plan freight routes and I like turning messy data into a plan people trust",
        "no_concrete_example" => "last winter I rerouted 30 vans around a closed bridge in one morning, with no missed drops",
        "couldnt_back_up_resume" => "the 15% saving came from renegotiating two carrier contracts, which I led",
        "explained_every_exit" => "each move took me closer to running operations end to end",
        "criticised_former_boss" => "how to plan a quarter around a small team's real capacity",
        "stumbled_on_gap" => "I cared for a family member and finished a logistics certificate",
        "knew_little_about_company" => "you are opening a second hub in Leeds next year, and I helped open one at Haulix",
        "no_questions" => "what does a great first six months look like in this role?",
        "off_day" | "personal_event" => "my father was in hospital that week",
        "arrived_late" => "my train was cancelled and I was 20 minutes late",
        "wrong_setting" => "my connection dropped twice during the call",
        _ => "",
    }
}

/// Note shapes for one item's line (the said-too-little answer), as users type them.
const SHAPES: [(&str, &str); 13] = [
    ("fragment", "the route-planning project at Brightway"),
    (
        "that-clause",
        "that I led the route-planning project for 40 drivers",
    ),
    ("question", "did you know I led the routing project?"),
    (
        "lowercase",
        "i led the route-planning project and cut late deliveries from 9% to 3%",
    ),
    ("no-stop", "I led the route-planning project for 40 drivers"),
    (
        "trailing-dots",
        "I led the routing project, late deliveries fell from 9% to 3%…",
    ),
    (
        "several",
        "I led the routing project. We cut late deliveries from 9% to 3%. It took four months.",
    ),
    (
        "you-asked",
        "you asked me about routing: I led the project for 40 drivers",
    ),
    (
        "narrates",
        "I just said \"I worked on routing\" and moved on. I led that project for 40 drivers.",
    ),
    (
        "they",
        "they are rebuilding their routing, which is exactly what I did at Brightway",
    ),
    (
        "past-fragment",
        "led the route-planning project for 40 drivers",
    ),
    (
        "note-to-self",
        "mention the 40 drivers and the 9% to 3% drop",
    ),
    // One run of 40 words: split so the letter passes our own tone check.
    (
        "run-on",
        "i ran the night shift budget of £400k a year for three years with a team of 40 \
         drivers and two planners across both depots, and i brought it in 5% under every \
         single year without cutting a single shift",
    ),
];

/// The matrix's situations: each item alone, the kit's cases, the note shapes.
fn situations() -> Vec<Case> {
    let mut out = Vec::new();
    for s in catalogue() {
        let line = line_for(s.id);
        let mut l = vec![
            (
                "why",
                "you run the tightest network in the north, and I want to learn how",
            ),
            ("evidence", "I cut empty miles by 18% at Haulix"),
        ];
        if !line.is_empty() {
            l.push((s.id, line));
        }
        out.push(Case {
            id: s.id,
            facts: facts(
                "Northwind Logistics",
                "Operations Analyst",
                "Ms Ortega",
                "2026-11-27",
                InterviewFormat::Video,
            ),
            assessment: ticked(&[(s.id, "private note, never sent")]),
            lines: lines(&l),
        });
    }
    out.extend(cases());
    for (shape, line) in SHAPES {
        out.push(Case {
            id: shape,
            facts: facts(
                "Brightway Freight",
                "Routing Analyst",
                "Mr Reyes",
                "2026-11-25",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[
                ("said_too_little", "said nothing useful"),
                ("no_questions", ""),
            ]),
            lines: lines(&[
                ("said_too_little", line),
                ("evidence", "I cut late deliveries from 9% to 3%"),
            ]),
        });
    }
    out
}

const CHANNELS: [Channel; 3] = [Channel::Email, Channel::Letter, Channel::Phone];
const LENGTHS: [LetterLength; 2] = [LetterLength::Standard, LetterLength::Brief];

/// Words counted against the budget: the whole text, or the phone script's opening.
fn counted(c: &Composition) -> usize {
    match c.channel {
        Channel::Phone => c
            .section(SectionKind::Opening)
            .map_or(0, |s| count_words(&s.text)),
        _ => count_words(&c.render()),
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

// Guards the composer's promises over the whole matrix, and hands it to Harper.
#[test]
fn every_letter_in_the_matrix_keeps_its_promises() {
    let show = std::env::var_os("SHOW_DRAFTS").is_some();
    let mut failures = Vec::new();
    let mut json = Vec::new();
    for case in situations() {
        for channel in CHANNELS {
            for length in LENGTHS {
                let c = case.compose(channel, length);
                let text = c.render();
                let id = format!("{}-{}-{}", case.id, channel.key(), length.key());
                if show {
                    println!("==== {id} ({} words)\n{}\n{text}\n", counted(&c), c.subject);
                }
                let f = &case.facts;
                let report = check(
                    &text,
                    &ToneContext {
                        company: &f.company,
                        interviewer: &f.interviewer_name,
                        phone_script: channel == Channel::Phone,
                    },
                );
                for flag in &report.flags {
                    failures.push(format!(
                        "{id}: tone {:?} on {:?}",
                        flag.kind,
                        text.get(flag.start..flag.end)
                    ));
                }
                let limit = budget(channel, length);
                if counted(&c) > limit {
                    failures.push(format!(
                        "{id}: {} words over the budget of {limit}",
                        counted(&c)
                    ));
                }
                for note in case.private_notes() {
                    if text.contains(note) {
                        failures.push(format!("{id}: the private note {note:?} is in the letter"));
                    }
                }
                let body = text.strip_prefix(&c.header).unwrap_or(&text);
                if channel != Channel::Phone && body.matches(f.role.as_str()).count() > 2 {
                    failures.push(format!("{id}: the role is named more than twice"));
                }
                let mut names: Vec<&str> = Vec::new();
                for n in [&f.company, &f.role, &f.interviewer_name, &f.candidate_name] {
                    names.extend(n.split_whitespace());
                }
                // Names the user typed in their lines (companies, projects, places).
                for line in case.lines.values() {
                    names.extend(
                        line.split_whitespace()
                            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                            .filter(|w| w.chars().next().is_some_and(char::is_uppercase)),
                    );
                }
                json.push(format!(
                    "{{\"id\":{},\"channel\":\"{}\",\"length\":\"{}\",\"text\":{},\"words\":{},\"budget\":{},\"names\":[{}]}}",
                    json_string(&id),
                    channel.key(),
                    length.key(),
                    json_string(&text),
                    counted(&c),
                    limit,
                    names.iter().map(|n| json_string(n)).collect::<Vec<_>>().join(",")
                ));
            }
        }
    }
    let path = std::env::var("LETTERS_JSON")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/target/letters.json").to_owned());
    let out = format!("{{\"letters\":[\n{}\n]}}\n", json.join(",\n"));
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    println!("letter matrix: {} letters written to {path}", json.len());
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let _ = testkit::TODAY;
}
