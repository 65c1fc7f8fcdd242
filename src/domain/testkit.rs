//! The domain's shared test kit: situations as users type them, for the unit tests,
//! the native integration tests and the benches, so no test writes its own
//! "Northwind" again.
//!
//! The notes are typed the way the on-screen prompts invite, carelessly: fragments,
//! lowercase, third person, narration of the slip. Step-2 notes are the user's private
//! diagnosis; the letter lines are what they wrote in the Write step for the letter.

use indexmap::IndexMap;

use super::diagnosis::Diagnosis;
use super::letter::{compose, general_index, Composition, Request, GENERAL_LINES};
use super::{Answer, Assessment, Channel, InterviewFacts, InterviewFormat, LetterLength};

/// The day the kit's situations are composed on.
pub const TODAY: &str = "2026-11-28";

/// One situation: what the user typed in every step.
#[derive(Clone, Debug)]
pub struct Case {
    /// A short name for messages.
    pub id: &'static str,
    /// Step 1.
    pub facts: InterviewFacts,
    /// Step 2: ticked items with their private notes.
    pub assessment: Assessment,
    /// The Write step's letter fields.
    pub lines: IndexMap<String, String>,
}

impl Case {
    /// The report on step 2.
    pub fn diagnosis(&self) -> Diagnosis {
        Diagnosis::from_assessment(&self.assessment)
    }

    /// The assessment with each item's letter line on its answer, as a draft stores it.
    pub fn stored_assessment(&self) -> Assessment {
        let mut a = self.assessment.clone();
        for (key, line) in &self.lines {
            if general_index(key).is_none() {
                a.entry(key.clone()).or_default().line = line.clone();
            }
        }
        a
    }

    /// The general lines in the order the composer reads them.
    pub fn general(&self) -> [&str; 3] {
        [0, 1, 2].map(|i| {
            let key = GENERAL_LINES[i].0;
            self.lines.get(key).map_or("", String::as_str)
        })
    }

    /// The composed draft, with the wordings turned as `turns` says (`key=count`).
    pub fn compose_turned(
        &self,
        channel: Channel,
        length: LetterLength,
        turns: &str,
    ) -> Composition {
        let d = self.diagnosis();
        let assessment = self.stored_assessment();
        compose(&Request {
            facts: &self.facts,
            assessment: &assessment,
            diagnosis: &d,
            general: self.general(),
            turns,
            channel,
            length,
            today: TODAY,
        })
    }

    /// The composed draft, with no wording turned.
    pub fn compose(&self, channel: Channel, length: LetterLength) -> Composition {
        self.compose_turned(channel, length, "")
    }

    /// The same situation with no letter lines at all.
    pub fn without_lines(&self) -> Case {
        Case {
            lines: IndexMap::new(),
            ..self.clone()
        }
    }

    /// Every private step-2 note, for "never in the letter" checks.
    pub fn private_notes(&self) -> impl Iterator<Item = &str> {
        self.assessment
            .values()
            .map(|a| a.detail.trim())
            .filter(|d| !d.is_empty())
    }
}

/// One situation as the blind comparisons write them (see `examples/compose_situations`
/// and `tests/data/situations_blind.json`): the facts, each ticked item with its private
/// note, the letter fields, and the day it is composed on.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct Situation {
    /// A short name for messages ("r146_03").
    pub id: String,
    /// The day the letter is written, `YYYY-MM-DD`.
    pub today: String,
    /// Step 1.
    pub facts: InterviewFacts,
    /// Step 2: ticked item ids with their private notes.
    pub ticked: IndexMap<String, String>,
    /// The Write step's field of each ticked item that has one.
    #[serde(default)]
    pub letter_lines: IndexMap<String, String>,
    /// The general fields.
    #[serde(default)]
    pub moment: String,
    /// See [`Situation::moment`].
    #[serde(default)]
    pub evidence: String,
    /// See [`Situation::moment`].
    #[serde(default)]
    pub why: String,
}

impl Situation {
    /// The assessment as a draft stores it: each ticked item with its note, and its
    /// letter field on its answer.
    pub fn assessment(&self) -> Assessment {
        self.ticked
            .iter()
            .map(|(id, note)| {
                let answer = Answer {
                    checked: true,
                    detail: note.clone(),
                    line: self.letter_lines.get(id).cloned().unwrap_or_default(),
                    ..Answer::default()
                };
                (id.clone(), answer)
            })
            .collect()
    }

    /// The general fields in the order the composer reads them.
    pub fn general(&self) -> [&str; 3] {
        [&self.moment, &self.why, &self.evidence].map(String::as_str)
    }

    /// The default draft for `channel` and `length`, written on the situation's day.
    pub fn compose(&self, channel: Channel, length: LetterLength) -> Composition {
        let assessment = self.assessment();
        compose(&Request {
            facts: &self.facts,
            assessment: &assessment,
            diagnosis: &Diagnosis::from_assessment(&assessment),
            general: self.general(),
            turns: "",
            channel,
            length,
            today: &self.today,
        })
    }
}

/// The situations of `file` in `tests/data/` (native tools and tests only, like
/// [`tone_set`]).
pub fn situations(file: &str) -> Vec<Situation> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(path).expect("the situations are part of the repository");
    serde_json::from_str(&raw).expect("the situations are valid JSON of the expected shape")
}

/// Step-1 facts: company, role, interviewer, date, format.
pub fn facts(
    company: &str,
    role: &str,
    interviewer: &str,
    date: &str,
    format: InterviewFormat,
) -> InterviewFacts {
    InterviewFacts {
        company: company.to_owned(),
        role: role.to_owned(),
        interviewer_name: interviewer.to_owned(),
        interviewer_title: String::new(),
        interview_date: date.to_owned(),
        format,
        candidate_name: "Sam Carter".to_owned(),
        candidate_contact: "sam.carter@example.com".to_owned(),
        interviewer_email: String::new(),
    }
}

/// Ticked items, each with its private step-2 note.
pub fn ticked(items: &[(&str, &str)]) -> Assessment {
    items
        .iter()
        .map(|(id, note)| {
            let answer = Answer {
                checked: true,
                detail: (*note).to_owned(),
                ..Answer::default()
            };
            ((*id).to_owned(), answer)
        })
        .collect()
}

/// Letter lines by key.
pub fn lines(items: &[(&str, &str)]) -> IndexMap<String, String> {
    items
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The article's situations and a few of our own, typed as users type.
pub fn cases() -> Vec<Case> {
    use InterviewFormat::*;
    vec![
        Case {
            id: "rambled",
            facts: facts("Brightway Freight", "Logistics Planner", "Ms Ortega", "2026-11-27", InPerson),
            assessment: ticked(&[(
                "rambled_too_long",
                "When she asked about my biggest project I went on for ages about the old warehouse software and never got to the point.",
            )]),
            lines: lines(&[
                ("rambled_too_long", "the route planner i rebuilt at Haulix, it cut empty miles by 18% in six months"),
                ("moment", "she said the team is moving all planning onto one system next spring"),
            ]),
        },
        Case {
            id: "said_too_little",
            facts: facts("Brightway Freight", "Routing Analyst", "Mr Reyes", "2026-11-25", Video),
            assessment: ticked(&[
                ("said_too_little", "the route-planning project, my best work, I just said \"I worked on routing\" and moved on"),
                ("no_questions", ""),
            ]),
            lines: lines(&[
                ("said_too_little", "that I led the route-planning project: 40 drivers, new zones, and late deliveries down from 9% to 3%"),
                ("no_questions", "how will you measure success in the first six months?"),
                ("why", "I want to work where routing decisions are made with data"),
            ]),
        },
        Case {
            id: "knew_little",
            facts: facts("Pawprint Vets", "Client Care Coordinator", "Dr Hale", "2026-11-25", InPerson),
            assessment: ticked(&[
                ("knew_little_about_company", "They opened a second clinic in Leeds…"),
                ("no_questions", ""),
                ("interviewer_frowned", "when I said I didn't know they had a second site"),
            ]),
            lines: lines(&[
                ("knew_little_about_company", "they opened a second clinic in Leeds and run Saturday puppy clinics, which is the kind of front desk I ran at Castle Pets"),
                ("evidence", "at Castle Pets I cut missed appointments by a third with reminder calls"),
            ]),
        },
        Case {
            id: "bad_mouthed",
            facts: facts("Lumen Media", "Content Lead", "Ms Adeyemi", "2026-11-27", Video),
            assessment: ticked(&[
                ("criticised_former_boss", "said my old boss never planned anything and blamed us for it"),
                ("interviewer_frowned", ""),
            ]),
            lines: lines(&[
                ("criticised_former_boss", "how to run a content calendar for 12 clients at once"),
                ("evidence", "I grew our newsletter from 4,000 to 11,000 readers in a year"),
                ("moment", "your plan to bring video in-house"),
            ]),
        },
        Case {
            id: "exits",
            facts: facts("Meridian Devices", "Regional Sales Director", "Mr Brandt", "2026-11-20", InPerson),
            assessment: ticked(&[
                ("explained_every_exit", "four companies in nine years, explained each one"),
                ("raised_salary_early", "asked about the bonus in the first ten minutes"),
                ("checked_the_clock", ""),
            ]),
            lines: lines(&[
                ("explained_every_exit", "each move took me closer to running a region end to end"),
                ("evidence", "grew the northern region from £6.2m to £9.8m in two years"),
                ("why", "the chance to build a team around a product surgeons already trust"),
            ]),
        },
        Case {
            id: "bereavement",
            facts: facts("Stone & Vale Architects", "Senior Project Architect", "Ms Price", "2026-11-24", InPerson),
            assessment: ticked(&[
                ("personal_event", "my dad died the week before"),
                ("barely_spoke", "that I ran the library project from sketch to handover"),
                ("ended_early", "35 minutes of 60"),
            ]),
            lines: lines(&[
                ("personal_event", "my father died the week before we met"),
                ("barely_spoke", "I led the Harbour Library from first sketch to opening day, on budget, and I would bring that care to your schools work"),
            ]),
        },
        Case {
            id: "one_slip",
            facts: facts("Northwind Housing", "Data Analyst", "", "2026-11-27", Phone),
            assessment: ticked(&[("blanked_on_question", "confidence intervals, went totally blank")]),
            lines: lines(&[(
                "blanked_on_question",
                "a confidence interval is the range we expect the true value to fall in, and I use them to show how sure a result is",
            )]),
        },
        Case {
            id: "pattern",
            facts: facts("Northwind Logistics", "Operations Analyst", "Ms Ortega", "2026-11-26", InPerson),
            assessment: ticked(&[
                ("rambled_too_long", "biggest project question, went on and on"),
                ("said_too_little", "the budget question"),
                ("nervous_body_language", ""),
                ("interviewer_frowned", ""),
                ("furious_note_taking", ""),
            ]),
            lines: lines(&[
                ("rambled_too_long", "I moved our depot to a new scheduling tool and cut overtime by 20%."),
                ("said_too_little", "I owned a £400k budget and came in 5% under it"),
                ("moment", "You said the team needs someone who can talk to drivers and directors alike."),
            ]),
        },
        Case {
            id: "one_job",
            facts: facts("Kestrel Pay", "Junior Backend Developer", "Mr Okafor", "2026-11-26", Video),
            assessment: ticked(&[
                ("weak_tell_me_about_yourself", "went through my whole degree"),
                ("no_questions", ""),
                ("nervous_body_language", ""),
            ]),
            lines: lines(&[
                ("weak_tell_me_about_yourself", "i build reliable payment APIs; at Fintrail I cut failed webhooks from 2% to 0.1%"),
                ("why", "you are building the ledger from scratch, and that is the work I want to learn"),
            ]),
        },
        Case {
            id: "late",
            facts: facts("The Grand Hotel", "Assistant Restaurant Manager", "Mr Silva", "2026-11-21", InPerson),
            assessment: ticked(&[
                ("arrived_late", "25 mins, train cancelled"),
                ("stumbled_on_gap", "8 months, looked after my mum after her surgery"),
            ]),
            lines: lines(&[
                ("stumbled_on_gap", "I was caring for a family member, and I kept my food hygiene certificate current"),
                ("evidence", "I ran a 90-cover dinner service for three years"),
            ]),
        },
    ]
}

/// A calendar fixture's company name that tests every escape of the .ics format: `&`,
/// `;`, quotes, a comma, right-to-left text and an emoji.
pub const HOSTILE_COMPANY: &str = "Northwind & Co; \"Ops\", Tel Aviv \u{5EA}\u{5DC} \u{1F680}";

/// A candidate who ticked a realistic handful of items with notes, left some typed
/// text on unticked items, and carries one retired id from an old draft.
pub fn realistic_assessment() -> Assessment {
    let ticked = [
        (
            "rambled_too_long",
            "The question about my last project; I went through every phase.",
        ),
        (
            "said_too_little",
            "Asked how I handle conflict, I gave one sentence.",
        ),
        (
            "explained_every_exit",
            "I explained all four moves one by one.",
        ),
        (
            "no_questions",
            "I should have asked how the team measures success.",
        ),
        ("nervous_body_language", ""),
        ("interviewer_frowned", "When I talked about deadlines."),
        ("checked_the_clock", ""),
        ("personal_event", "My father was in hospital that week."),
    ];
    let mut a: Assessment = ticked
        .iter()
        .map(|(id, detail)| {
            (
                (*id).to_owned(),
                Answer {
                    checked: true,
                    detail: (*detail).to_owned(),
                    situation: "We were behind on a release.".to_owned(),
                    action: "I re-planned the work with the team.".to_owned(),
                    result: "We shipped a week early.".to_owned(),
                    ..Answer::default()
                },
            )
        })
        .collect();
    for s in super::diagnosis::catalogue().iter().skip(1).step_by(5) {
        a.entry(s.id.to_owned()).or_insert_with(|| Answer {
            checked: false,
            detail: "Typed, then unticked.".to_owned(),
            ..Answer::default()
        });
    }
    a.insert(
        "retired_item".to_owned(),
        Answer {
            checked: true,
            ..Answer::default()
        },
    );
    a
}

/// A realistic second-chance letter with a few things to flag, repeated and trimmed
/// to exactly `words` words.
pub fn sample_letter(words: usize) -> String {
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

/// A labelled tone set, as stored in `tests/data/` (`tone_corpus.json`, the corpus the
/// rules may be tuned to, and `tone_heldout.json`, the blind set they may not): lone
/// sentences and whole letters, each with the flag kinds (keys) it should raise.
#[derive(serde::Deserialize)]
pub struct ToneSet {
    /// Sentences checked alone.
    pub sentences: Vec<ToneSentence>,
    /// Letters checked whole, with the names they were written to.
    pub letters: Vec<ToneLetter>,
}

/// The kinds about how the writer comes across, which the blind tone sets label (the
/// mechanical ones, such as length, placeholders and capitals, are checked elsewhere).
pub const TONE_BEHAVIOUR: [crate::domain::tone::FlagKind; 7] = {
    use crate::domain::tone::FlagKind::*;
    [
        Begging,
        Whining,
        OverApologising,
        Blaming,
        BadMouthing,
        Hedging,
        SelfDeprecation,
    ]
};

/// One labelled sentence of a [`ToneSet`].
#[derive(serde::Deserialize)]
pub struct ToneSentence {
    /// The sentence.
    pub text: String,
    /// The flag kinds it should raise; empty for a clean one.
    pub expect: Vec<String>,
}

/// One labelled letter of a [`ToneSet`].
#[derive(serde::Deserialize)]
pub struct ToneLetter {
    /// The company it was written to.
    pub company: String,
    /// The interviewer it was written to.
    pub interviewer: String,
    /// The letter.
    pub text: String,
    /// The flag kinds it should raise.
    pub expect: Vec<String>,
}

/// The tone set `file` from `tests/data/` (for native tools and tests: it reads the
/// repository's files; it compiles for the browser, where nothing calls it, so the
/// examples still build in the wasm-bindgen test run).
pub fn tone_set(file: &str) -> ToneSet {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(path).expect("the tone set is part of the repository");
    serde_json::from_str(&raw).expect("the tone set is valid JSON of the expected shape")
}
