//! Composes the e-mail for each situation of a JSON file (the shape of the blind
//! comparison's `situations.json`) and writes one text file per situation, subject
//! first, so a judge can read ours beside another writer's.
//!
//! `cargo run --example compose_situations -- situations.json out_dir [brief] [report]`
//!
//! With `report`, it writes beside each letter `<id>.report.txt`: what the Write step
//! shows the user about it, the checklist and the hints under each letter field, so a
//! reader can play the user who follows them (and see what the Write step asks for).

use second_chance::domain::diagnosis::Diagnosis;
use second_chance::domain::diagnosis::Verdict;
use second_chance::domain::letter::checklist::{checklist, Inputs};
use second_chance::domain::letter::{
    answer_names_no_question, budget, count_words, general_index, left_as_notes, letter_fields,
    moment_unanswered, prompt_for, rough_in_letter, Composition, LINE_MOMENT,
};
use second_chance::domain::testkit::Situation;
use second_chance::domain::tone::{check, ToneContext};
use second_chance::domain::{Assessment, Channel, InterviewFacts, LetterLength};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: compose_situations situations.json out_dir [brief]");
        std::process::exit(2);
    };
    let report = args.iter().skip(3).any(|a| a == "report");
    let length = if args.get(3).is_some_and(|a| a == "brief") {
        LetterLength::Brief
    } else {
        LetterLength::Standard
    };
    let text = std::fs::read_to_string(input).expect("read the situations");
    let situations: Vec<Situation> = serde_json::from_str(&text).expect("parse the situations");
    std::fs::create_dir_all(out).expect("create the output folder");
    for s in situations {
        let c = s.compose(Channel::Email, length);
        let path = format!("{out}/{}.txt", s.id);
        std::fs::write(&path, format!("Subject: {}\n\n{}\n", c.subject, c.render()))
            .expect("write");
        if report {
            let assessment = s.assessment();
            let d = Diagnosis::from_assessment(&assessment);
            let text = write_step(&s.facts, &assessment, &d, s.general(), &c, length);
            std::fs::write(format!("{out}/{}.report.txt", s.id), text).expect("write");
        }
    }
}

/// What the Write step shows about `letter`: the checklist beside it, then each letter
/// field's prompt, what the user typed and the hint under it (the same conditions as
/// `components::write`, said plainly).
fn write_step(
    facts: &InterviewFacts,
    assessment: &Assessment,
    d: &Diagnosis,
    general: [&str; 3],
    composition: &Composition,
    length: LetterLength,
) -> String {
    let rendered = composition.render();
    let letter = rendered.as_str();
    let tone = check(
        letter,
        &ToneContext {
            company: facts.company.trim(),
            interviewer: facts.interviewer_name.trim(),
            phone_script: false,
        },
    );
    let fields = letter_fields(d, length);
    let lines: Vec<&str> = general
        .iter()
        .copied()
        .chain(assessment.values().map(|a| a.line.as_str()))
        .collect();
    let checks = checklist(&Inputs {
        text: letter,
        facts,
        serious: d.verdict >= Verdict::Pattern,
        channel: Channel::Email,
        words: count_words(letter),
        budget: budget(Channel::Email, length),
        lines: &lines,
        flags: tone.flags.len(),
        pushy: false,
    });
    let mut out = String::from("CHECKLIST\n");
    for c in &checks {
        let mark = if c.done { "done" } else { "NOT YET" };
        out.push_str(&format!("- [{mark}] {}: {}\n", c.label, c.why));
    }
    out.push_str("\nTONE CHECK\n");
    for f in &tone.flags {
        out.push_str(&format!(
            "- {:?}: \"{}\"\n",
            f.kind,
            &letter[f.start..f.end]
        ));
    }
    out.push_str("\nLETTER FIELDS (what you typed, and the hint under it)\n");
    let name = facts.interviewer_name.trim();
    for f in fields {
        let value = match general_index(f.key) {
            Some(i) => general[i],
            None => assessment.get(f.key).map_or("", |a| a.line.as_str()),
        };
        let label = prompt_for(
            f.line.prompt,
            (!name.is_empty()).then_some(name),
            &facts.company,
        );
        let hint = if let Some(notes) = left_as_notes(value, f.line, facts) {
            format!("The letter leaves out \"{notes}\" for now: it reads as notes. Write it in full sentences.")
        } else if let Some(rough) = rough_in_letter(value, f.line, facts, letter) {
            format!("In the letter, {rough}.")
        } else if f.key == LINE_MOMENT && moment_unanswered(value, facts) {
            "A question: add your answer after it, and the letter will give it.".into()
        } else if answer_names_no_question(f.key, value) {
            "Which question does this answer? Name it first (\"When you asked about …\").".into()
        } else if f.needed && value.trim().is_empty() {
            "Your letter needs this.".into()
        } else if composition.left_for_length.contains(&f.key) {
            "Not in the letter for now: it would run past the letter's words.".into()
        } else {
            String::new()
        };
        out.push_str(&format!(
            "- [{}] {label}\n  typed: {value:?}\n  hint: {hint}\n",
            f.key
        ));
    }
    out
}
