//! Composes the e-mail for each situation of a JSON file (the shape of the blind
//! comparison's `situations.json`) and writes one text file per situation, subject
//! first, so a judge can read ours beside another writer's.
//!
//! `cargo run --example compose_situations -- situations.json out_dir [brief]`

use indexmap::IndexMap;
use second_chance::domain::diagnosis::Diagnosis;
use second_chance::domain::letter::{compose, Request};
use second_chance::domain::{
    Answer, Assessment, Channel, InterviewFacts, InterviewFormat, LetterLength,
};
use serde::Deserialize;

#[derive(Deserialize)]
struct Situation {
    id: String,
    today: String,
    facts: Facts,
    ticked: IndexMap<String, String>,
    #[serde(default)]
    letter_lines: IndexMap<String, String>,
    #[serde(default)]
    moment: String,
    #[serde(default)]
    evidence: String,
    #[serde(default)]
    why: String,
}

#[derive(Deserialize)]
struct Facts {
    company: String,
    role: String,
    interviewer_name: String,
    interviewer_title: String,
    interview_date: String,
    format: String,
    candidate_name: String,
    candidate_contact: String,
    interviewer_email: String,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: compose_situations situations.json out_dir [brief]");
        std::process::exit(2);
    };
    let length = if args.get(3).is_some_and(|a| a == "brief") {
        LetterLength::Brief
    } else {
        LetterLength::Standard
    };
    let text = std::fs::read_to_string(input).expect("read the situations");
    let situations: Vec<Situation> = serde_json::from_str(&text).expect("parse the situations");
    std::fs::create_dir_all(out).expect("create the output folder");
    for s in situations {
        let facts = InterviewFacts {
            company: s.facts.company,
            role: s.facts.role,
            interviewer_name: s.facts.interviewer_name,
            interviewer_title: s.facts.interviewer_title,
            interview_date: s.facts.interview_date,
            format: InterviewFormat::from_key(&s.facts.format),
            candidate_name: s.facts.candidate_name,
            candidate_contact: s.facts.candidate_contact,
            interviewer_email: s.facts.interviewer_email,
        };
        let assessment: Assessment = s
            .ticked
            .iter()
            .map(|(id, note)| {
                let line = s.letter_lines.get(id).cloned().unwrap_or_default();
                (
                    id.clone(),
                    Answer {
                        checked: true,
                        detail: note.clone(),
                        line,
                        ..Answer::default()
                    },
                )
            })
            .collect();
        let d = Diagnosis::from_assessment(&assessment);
        let c = compose(&Request {
            facts: &facts,
            assessment: &assessment,
            diagnosis: &d,
            general: [s.moment.as_str(), s.why.as_str(), s.evidence.as_str()],
            turns: "",
            channel: Channel::Email,
            length,
            today: &s.today,
        });
        let path = format!("{out}/{}.txt", s.id);
        std::fs::write(&path, format!("Subject: {}\n\n{}\n", c.subject, c.render()))
            .expect("write");
    }
}
