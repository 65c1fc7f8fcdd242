//! Prints the verdict and meter score for the situations named in issue 18 and the
//! article, one line each: `cargo run --example diagnose_situations`. Used to compare the
//! severity model before and after a change.

use second_chance::domain::diagnosis::Diagnosis;
use second_chance::domain::{Answer, Assessment};

/// (situation, ticked ids); a `something_else:N` id is the free item weighed N.
const SITUATIONS: &[(&str, &[&str])] = &[
    ("nothing ticked", &[]),
    ("rambled", &["rambled_too_long"]),
    (
        "rambled + said too little",
        &["rambled_too_long", "said_too_little"],
    ),
    ("arrived late", &["arrived_late"]),
    (
        "explained every exit (Martin's example)",
        &["explained_every_exit"],
    ),
    (
        "rambled + frown",
        &["rambled_too_long", "interviewer_frowned"],
    ),
    (
        "rambled + frown + sold the job",
        &["rambled_too_long", "interviewer_frowned", "sold_the_job"],
    ),
    (
        "frown + notes + clock, no slip",
        &[
            "interviewer_frowned",
            "furious_note_taking",
            "checked_the_clock",
        ],
    ),
    (
        "rambled, said little, nervous + frown + notes",
        &[
            "rambled_too_long",
            "said_too_little",
            "nervous_body_language",
            "interviewer_frowned",
            "furious_note_taking",
        ],
    ),
    (
        "five small slips + three signals",
        &[
            "rambled_too_long",
            "said_too_little",
            "no_questions",
            "poor_eye_contact",
            "interrupted_interviewer",
            "interviewer_frowned",
            "furious_note_taking",
            "checked_the_clock",
        ],
    ),
    ("barely spoke (Stevens' candidate)", &["barely_spoke"]),
    ("barely spoke + a loss", &["barely_spoke", "personal_event"]),
    ("a loss alone", &["personal_event"]),
    ("off day alone", &["off_day"]),
    ("bad-mouthed a boss (Behn)", &["criticised_former_boss"]),
    (
        "knew nothing about the company",
        &["knew_little_about_company"],
    ),
    (
        "bad-mouthed + sold the job + start date",
        &["criticised_former_boss", "sold_the_job", "asked_start_date"],
    ),
    ("something else, small", &["something_else:1"]),
    ("something else, serious", &["something_else:2"]),
    (
        "something else, as damaging as a red flag",
        &["something_else:3"],
    ),
];

fn main() {
    for (name, ids) in SITUATIONS {
        let assessment: Assessment = ids
            .iter()
            .map(|id| {
                let (id, weight) = id.split_once(':').unwrap_or((id, "0"));
                let answer = Answer {
                    checked: true,
                    weight: weight.parse().unwrap_or(0),
                    ..Answer::default()
                };
                (id.to_owned(), answer)
            })
            .collect();
        let d = Diagnosis::from_assessment(&assessment);
        println!("| {name} | {} | {} |", d.verdict.headline(), d.severity);
    }
}
