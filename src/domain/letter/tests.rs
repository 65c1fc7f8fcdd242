//! The composer's promises, over the domain test kit's situations (typed as users
//! type). The whole matrix, with Harper as the judge, is `tests/letter_matrix.rs`.

use super::checklist::{checklist, Inputs, Move};
use super::compose::{readable, FIELD_READ_BYTES};
use super::shape::has_subject_and_verb;
use super::*;
use crate::domain::diagnosis::{catalogue, Verdict};
use crate::domain::testkit::{cases, facts, lines, ticked, Case};
use crate::domain::{InterviewFormat, LetterLength};

const CHANNELS: [Channel; 3] = [Channel::Email, Channel::Letter, Channel::Phone];
const LENGTHS: [LetterLength; 2] = [LetterLength::Standard, LetterLength::Brief];

/// The case with `id`.
fn case(id: &str) -> Case {
    cases()
        .into_iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no test kit case {id}"))
}

/// The kit's "late" facts with only `items` ticked and only `typed` in the letter's
/// fields: a situation one test builds from what a user typed.
fn typed_case(items: &[(&str, &str)], typed: &[(&str, &str)]) -> Case {
    let mut c = case("late");
    c.assessment = ticked(items);
    c.lines = lines(typed);
    c
}

/// The case composed with `turns` (`key=count`) applied.
fn turned(c: &Case, turns: &str, length: LetterLength) -> Composition {
    c.compose_turned(Channel::Email, length, turns)
}

fn email(c: &Case) -> String {
    c.compose(Channel::Email, LetterLength::Standard).render()
}

/// The checklist on `text` as the e-mail of `c` at standard length, with no tone flags.
fn email_checks(c: &Case, text: &str, serious: bool) -> Vec<super::checklist::Check> {
    let lines: Vec<&str> = c.lines.values().map(String::as_str).collect();
    checklist(&Inputs {
        text,
        facts: &c.facts,
        serious,
        channel: Channel::Email,
        words: count_words(text),
        budget: 200,
        lines: &lines,
        flags: 0,
        pushy: false,
    })
}

// Guards point 1: a step-2 note never reaches the letter, in any channel or length,
// even when the user wrote no letter lines at all.
#[test]
fn private_notes_stay_private() {
    for c in cases() {
        for c in [c.clone(), c.without_lines()] {
            for ch in CHANNELS {
                for len in LENGTHS {
                    let text = c.compose(ch, len).render();
                    for note in c.private_notes() {
                        assert!(
                            !text.contains(note),
                            "{} {ch:?} {len:?}: {note:?}\n{text}",
                            c.id
                        );
                    }
                }
            }
        }
    }
}

// Guards point 2: the user's lines arrive in the letter's voice: "they" about the
// company becomes "you", a lowercase "i" is capital, a fragment is framed, a note to
// self loses its instruction.
#[test]
fn lines_arrive_in_the_letters_voice() {
    let rows: &[(&str, &str, &str)] = &[
        // (case, must contain, must not contain)
        (
            "knew_little",
            "You opened a second clinic in Leeds",
            "they opened",
        ),
        ("one_job", "I build reliable payment APIs", "i build"),
        ("rambled", "planner I rebuilt at Haulix", "i rebuilt"),
        (
            "bad_mouthed",
            "how to run a content calendar for 12 clients",
            "I learned a great deal there",
        ),
        (
            "exits",
            "each move took me closer to running a region end to end.",
            "Each move in my career",
        ),
        (
            "said_too_little",
            "What I should have said is that I led the route-planning project",
            "I worked on routing",
        ),
    ];
    for (id, has, not) in rows {
        let text = email(&case(id));
        assert!(text.contains(has), "{id}: wants {has:?}\n{text}");
        assert!(!text.contains(not), "{id}: has {not:?}\n{text}");
    }
}

// Guards point 2: every frame of the catalogue and of the general fields, filled with a
// bare noun phrase, is a sentence with a subject and a finite verb.
#[test]
fn every_frame_makes_a_sentence() {
    let frames = catalogue()
        .iter()
        .filter_map(|s| s.line.as_ref())
        .chain(GENERAL_LINES.iter().map(|(_, l)| l));
    for line in frames {
        let s = line.frame.replace("{}", "the route-planning project");
        assert!(has_subject_and_verb(&s), "{s}");
        if let Some(lead) = line.that_lead {
            let s = format!("{lead} that I led the project.");
            assert!(has_subject_and_verb(&s), "{s}");
        }
    }
    // The other wordings of the general fields' frames, too, and each is reachable.
    for wordings in &super::phrases::FRAME_WORDINGS {
        for (n, w) in wordings.iter().enumerate() {
            let s = format!("{w} the route-planning project.");
            assert!(has_subject_and_verb(&s), "{s}");
            let varied = super::phrases::vary_frame(format!("{} the project.", wordings[0]), n);
            assert_eq!(varied, format!("{w} the project."));
        }
    }
}

// Guards point 3: at most three findings are repaired, one acknowledgement names at
// most three slips, and no admission is made twice.
#[test]
fn one_acknowledgement_for_the_findings_that_matter() {
    let everything: Vec<(&str, &str)> = catalogue().iter().map(|s| (s.id, "")).collect();
    let c = Case {
        id: "everything",
        facts: facts(
            "Northwind",
            "Analyst",
            "Ms Ortega",
            "2026-11-27",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&everything),
        // Every repair's line (being late takes its why in the apology, not a repair).
        lines: catalogue()
            .iter()
            .filter(|s| s.is_fault() && s.id != "arrived_late")
            .map(|s| {
                (
                    s.id.to_owned(),
                    "I led the depot move and cut overtime by 20%".to_owned(),
                )
            })
            .collect(),
    };
    let comp = c.compose(Channel::Email, LetterLength::Standard);
    let text = comp.render();
    let admissions = catalogue()
        .iter()
        .filter(|s| !s.slip.is_empty() && text.contains(&s.slip.replace("{company}", "Northwind")))
        .count();
    assert!(admissions <= 3, "{admissions} slips admitted\n{text}");
    let repairs = text.matches("I led the depot move").count();
    assert!((1..=3).contains(&repairs), "{repairs} repairs\n{text}");
    let owning: usize = super::phrases::ACKNOWLEDGE
        .iter()
        .map(|opener| text.matches(opener).count())
        .sum();
    assert_eq!(owning, 1, "{text}");
    assert!(
        count_words(&text) <= budget(Channel::Email, LetterLength::Standard),
        "{text}"
    );
}

// Guards point 3: small slips next to a serious finding get no paragraph of their own.
#[test]
fn small_slips_give_way_to_a_red_flag() {
    let text = email(&case("knew_little"));
    assert!(!text.contains("how will you"), "{text}");
    let d = case("bad_mouthed").diagnosis();
    assert_eq!(d.verdict, Verdict::RedFlag);
    let fields = letter_fields(&d, LetterLength::Standard);
    assert_eq!(fields[0].key, "criticised_former_boss");
}

// Guards point 3: the checkbox labels and report wording never appear in a letter.
#[test]
fn no_checklist_wording() {
    for c in cases() {
        let text = email(&c);
        for s in catalogue() {
            assert!(!text.contains(s.question), "{}: {:?}", c.id, s.question);
            assert!(!text.contains(s.repair), "{}: {:?}", c.id, s.repair);
        }
        for stock in [
            "I enjoyed learning how your team works",
            "I am confident I can",
            "Each move in my career",
            "I learned a great deal there",
        ] {
            assert!(!text.contains(stock), "{}: {stock}", c.id);
        }
    }
}

// Guards point 3: a recent interview is "yesterday" or "on Tuesday", never a full date.
#[test]
fn recent_dates_are_said_as_a_person_says_them() {
    let rows = [
        ("2026-11-28", "2026-11-28", "today"),
        ("2026-11-27", "2026-11-28", "yesterday"),
        ("2026-11-24", "2026-11-28", "on Tuesday"),
        ("2026-11-22", "2026-11-28", "on Sunday"),
        ("2026-11-21", "2026-11-28", "on 21 November"),
        ("2026-11-19", "2026-11-28", "on 19 November"),
        ("2026-11-14", "2026-11-28", "on 14 November"),
        ("2025-12-30", "2026-01-20", "on 30 December 2025"),
        ("2026-11-30", "2026-11-28", ""),
        ("not a date", "2026-11-28", ""),
        ("2026-11-27", "", ""),
    ];
    for (day, today, want) in rows {
        assert_eq!(when(day, today), want, "{day} seen on {today}");
    }
    for c in cases() {
        assert!(!email(&c).contains("2026"), "{}", c.id);
    }
}

// Guards point 3: the role and the company are named once or twice, not everywhere.
#[test]
fn role_and_company_named_at_most_twice() {
    for c in cases() {
        for len in LENGTHS {
            let text = c.compose(Channel::Email, len).render();
            assert!(text.matches(&c.facts.role).count() <= 2, "{}\n{text}", c.id);
            assert!(
                text.matches(&c.facts.company).count() <= 2,
                "{}\n{text}",
                c.id
            );
        }
    }
}

// Guards point 3: two different situations never share both opening and closing.
#[test]
fn situations_do_not_read_alike() {
    let mut seen: Vec<(String, String, &str)> = Vec::new();
    for c in cases() {
        let comp = c.compose(Channel::Email, LetterLength::Standard);
        let open = comp
            .section(SectionKind::Thanks)
            .map(|s| s.text.clone())
            .unwrap_or_default();
        // The closing is the letter's last line: the ask, or a close after it.
        let close = comp
            .sections
            .iter()
            .rev()
            .find(|s| s.kind != SectionKind::Signature && !s.text.is_empty())
            .and_then(|s| s.text.rsplit(". ").next())
            .unwrap_or_default()
            .to_owned();
        if let Some((_, _, other)) = seen.iter().find(|(o, cl, _)| *o == open && *cl == close) {
            panic!(
                "{} and {other} open and close alike: {open} / {close}",
                c.id
            );
        }
        seen.push((open, close, c.id));
    }
}

// Guards point 4: every pattern or red-flag letter carries the user's evidence, or a
// fill-in that asks for it, and the Write step marks that field as needed.
#[test]
fn serious_letters_carry_evidence() {
    for c in cases() {
        let d = c.diagnosis();
        if d.verdict < Verdict::Pattern {
            continue;
        }
        let text = email(&c);
        let own = c.lines.values().any(|l| {
            l.split_whitespace()
                .filter(|w| w.len() > 6)
                .any(|w| text.contains(w.trim_matches(|ch: char| !ch.is_alphanumeric())))
        });
        assert!(own, "{}: nothing of the user's\n{text}", c.id);
        let bare = c.without_lines();
        let text = email(&bare);
        assert!(
            text.contains('['),
            "{}: an empty serious letter must show its fill-ins\n{text}",
            c.id
        );
        let fields = letter_fields(&d, LetterLength::Standard);
        assert!(
            fields.iter().any(|f| f.key == LINE_EVIDENCE && f.needed),
            "{}",
            c.id
        );
    }
}

// Guards the fill-in's limit: once the user has given something of their own (the
// evidence, or only the "why"), an empty field leaves no bracket in the
// letter, which still owns its slips; a bracket a hurried user sends by mistake was
// what blind readers scored lowest of all.
#[test]
fn a_letter_with_the_users_own_words_holds_no_fill_in() {
    // (field, what the user typed, what of it the letter must carry). The second row
    // guards the evidence's own fill-in: a letter whose only words of the user's are
    // why they want the role (round 37's: the answer typed was too clipped to send)
    // holds no bracket either.
    let table = [
        (
            LINE_EVIDENCE,
            "I cut the month-end close from 9 days to 5 in my first year.",
            "from nine days to five",
        ),
        (
            LINE_WHY,
            "the outreach clinics at the college, that's the bit I want to grow into",
            "outreach clinics",
        ),
    ];
    for c in cases() {
        if c.diagnosis().verdict < Verdict::Pattern {
            continue;
        }
        // With nothing of the user's own, the letter still shows where the words go.
        assert!(
            email(&c.without_lines()).contains('['),
            "{}: no fill-in at all",
            c.id
        );
        for (key, typed, kept) in table {
            let mut given = c.without_lines();
            given.lines.insert(key.to_owned(), typed.to_owned());
            let text = email(&given);
            assert!(
                !text.contains('['),
                "{} {key}: a fill-in beside the user's own line\n{text}",
                c.id
            );
            assert!(
                text.contains(kept),
                "{} {key}: the line is missing\n{text}",
                c.id
            );
        }
    }
}

// Guards point 5: the budget per channel and length, for every kit situation.
#[test]
fn every_draft_keeps_its_budget() {
    for c in cases() {
        for ch in CHANNELS {
            for len in LENGTHS {
                let comp = c.compose(ch, len);
                let words = match ch {
                    Channel::Phone => count_words(
                        &comp
                            .section(SectionKind::Opening)
                            .map(|s| s.text.clone())
                            .unwrap_or_default(),
                    ),
                    _ => count_words(&comp.render()),
                };
                assert!(words <= budget(ch, len), "{} {ch:?} {len:?}: {words}", c.id);
            }
        }
    }
    assert_eq!(budget(Channel::Email, LetterLength::Brief), 120);
    assert_eq!(budget(Channel::Email, LetterLength::Standard), 200);
    assert_eq!(budget(Channel::Letter, LetterLength::Standard), 250);
    assert_eq!(budget(Channel::Phone, LetterLength::Standard), 45);
}

// Guards point 5: the phone script opens with who is calling and why, not with thanks
// "for our phone call", and lays its talking points out one per line.
#[test]
fn phone_script_opens_plainly() {
    let comp = case("pattern").compose(Channel::Phone, LetterLength::Standard);
    let open = &comp
        .section(SectionKind::Opening)
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        open.starts_with("Hello Ms Ortega, this is Sam Carter."),
        "{open}"
    );
    assert!(!open.contains("phone call"), "{open}");
    let points = comp
        .section(SectionKind::TalkingPoints)
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        points.lines().count() >= 4 && points.lines().all(|l| l.starts_with("- ")),
        "{points}"
    );
}

// Guards point 6: each generated section has at least three wordings, reached one by
// one with "Another wording", and wrapping round.
#[test]
fn three_wordings_per_section() {
    let c = case("bad_mouthed");
    for kind in SectionKind::ALL.into_iter().filter(|k| k.has_wordings()) {
        let mut texts: Vec<String> = Vec::new();
        for turn in 0..3u8 {
            let turns = format!("{}={turn}", kind.key());
            let comp = turned(&c, &turns, LetterLength::Standard);
            // A section left empty has no wordings to turn (the close of a letter that
            // ends on its ask).
            let Some(s) = comp.section(kind).filter(|s| !s.text.is_empty()) else {
                break;
            };
            texts.push(s.text.clone());
        }
        if texts.is_empty() {
            continue;
        }
        texts.dedup();
        assert_eq!(texts.len(), 3, "{kind:?}: {texts:?}");
        // Turning on comes back to the first wording within a dozen turns (a list
        // may be filtered to fit the letter, so its length is not known here).
        let at = |turn: u8| {
            turned(
                &c,
                &format!("{}={turn}", kind.key()),
                LetterLength::Standard,
            )
            .section(kind)
            .map(|s| s.text.clone())
        };
        let first = at(0);
        assert!(
            (1..=12u8).any(|turn| at(turn) == first),
            "{kind:?} wraps round"
        );
    }
}

// Guards point 2: a field the UI asks for shapes the letter: writing into each field
// of each kit situation changes the composed text.
#[test]
fn every_field_shapes_the_letter() {
    for c in cases() {
        let d = c.diagnosis();
        for len in LENGTHS {
            for f in letter_fields(&d, len) {
                let mut with = c.without_lines();
                let before = with.compose(Channel::Email, len).render();
                with.lines = lines(&[(
                    f.key,
                    "I rebuilt the Harbourside rota and cut agency spend by 30%",
                )]);
                let after = with.compose(Channel::Email, len).render();
                assert!(
                    after.contains("Harbourside"),
                    "{} {len:?}: field {} is not used\n{after}",
                    c.id,
                    f.key
                );
                assert_ne!(before, after);
            }
        }
    }
}

// Guards point 7: the checklist follows the letter as edited: our default passes the
// moves it can, and a rewritten letter is judged on what it says.
#[test]
fn checklist_reads_the_letter() {
    let c = case("bad_mouthed");
    let text = email(&c);
    let run = |text: &str| email_checks(&c, text, true);
    let all = run(&text);
    assert_eq!(all.len(), 9);
    assert!(all.iter().all(|x| x.done), "{all:#?}\n{text}");
    // Without its ask the letter still says "our conversation", which asks nothing.
    let no_ask: String = text
        .split("\n\n")
        .filter(|p| {
            !p.contains("conversation,")
                && !p.contains("conversation?")
                && !p.contains("conversation to")
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    assert!(
        !run(&no_ask).iter().any(|x| x.step == Move::Ask && x.done),
        "{no_ask}"
    );
    // Owning it twice, in two paragraphs, is not "briefly".
    let twice = format!("{text}\n\nLooking back, I am sorry again about my answers.");
    assert!(!run(&twice)[1].done);
    // A slip admitted again beside its own answer is fine; five admissions dwell.
    let beside = format!("{text}\n\nI had no example ready. I cut overtime by 20%.");
    assert!(run(&beside)[1].done, "{beside}");
    let dwelling = format!(
        "{text}\n\nI did not prepare. I had no example. I had not read up. My nerves won. \
         I did not listen."
    );
    let owns = &run(&dwelling)[1];
    assert!(
        !owns.done && owns.why.contains("sentences own a slip"),
        "{owns:?}"
    );
    // Every opener of the acknowledgement reads as owning it, even with no slip after.
    for opener in super::phrases::ACKNOWLEDGE {
        let owned = format!("Dear Ms Hale,\n\nThank you for your time.\n\n{opener}.");
        assert!(run(&owned)[1].done, "{opener}");
    }
    let bare = run("Hi,\n\nCan we talk again?\n\nSam");
    let todo: Vec<Move> = bare.iter().filter(|x| !x.done).map(|x| x.step).collect();
    assert_eq!(
        todo,
        [
            Move::Thanks,
            Move::Owns,
            Move::Evidence,
            Move::Why,
            Move::Greeting
        ]
    );
}

// Guards point 7 and "never send it broken": the checklist says when a sentence of the
// letter, as built or as edited, reads as a note pasted in, quoting its words, and
// passes what careful letters write (chat's e-mails of rounds 124 to 145 had these).
#[test]
fn checklist_quotes_a_sentence_that_reads_as_a_note() {
    let c = case("bad_mouthed");
    let reads = |body: &str| {
        let text = format!("Subject: A follow-up\n\nDear Ms Hale,\n\n{body}\n\nKind regards,\nSam Okafor\n07712 480356");
        let checks = email_checks(&c, &text, true);
        checks
            .into_iter()
            .find(|x| x.step == Move::Reads)
            .expect("a Reads line")
    };
    let rows: &[(&str, Option<&str>)] = &[
        // what would be sent, and the words quoted (None: reads as a letter)
        (
            "How I'd respond if falls went up on the ward - look at the datix first.",
            Some("\u{201c}on the ward - look at the\u{201d} reads as a note: a dash"),
        ),
        (
            "Thank you. 2 HCAs on nights kept clashing.",
            Some("\u{201c}2 HCAs on nights\u{201d} reads as a note: spell out"),
        ),
        ("i ran the pass for two years.", Some("take a capital")),
        (
            "Since then i have read up on you.",
            Some("\u{201c}Since then i have read up\u{201d}"),
        ),
        ("I did 3 yrs on nights.", Some("write the shorthand out")),
        ("I check bins w/ the team.", Some("write the shorthand out")),
        (
            "I ran stock & rota for the shop.",
            Some("write the shorthand out"),
        ),
        ("I was going to say...", Some("finish the thought")),
        (
            "I did not know that - no excuse. 4 of us - all new.",
            Some("(1 more)"),
        ),
        (
            "Thank you for the chance to talk about the role at Harrow & Lyle.",
            None,
        ),
        ("I ran the A&E audit in 2024.", None),
        ("2024 was the year I qualified.", None),
        ("iPSC work is where I want to stay.", None),
        // The review of session 30: abbreviations, ranges, acronyms, set phrases.
        (
            "I have worked in smaller settings, e.g. a GP practice, for four years.",
            None,
        ),
        (
            "I could start at 9 a.m. on Monday, and I moved to the U.K. in 2015.",
            None,
        ),
        (
            "I have led several audits (incl. the falls audit) this year.",
            None,
        ),
        ("I worked Monday - Friday, 9 - 5, for £28k - £32k.", None),
        ("I worked Mon - Fri most weeks for two years.", None),
        ("I hold a PPL and gave IM injections daily.", None),
        (
            "I led our health & safety training, rotas etc. for the team.",
            None,
        ),
        ("2024, the year I qualified, was hard.", None),
        ("100% of my audits passed.", None),
        (
            "Since we met, i'm even keener on the role.",
            Some("take a capital"),
        ),
        (
            "Thank u for your time and for the tour.",
            Some("write the shorthand out"),
        ),
        (
            "Two HCAs on nights kept clashing, so I met them both.",
            None,
        ),
        ("I led the work \u{2013} and it paid off.", None),
        (
            "I hold a Level 3 in professional cookery, and I ran the pass.",
            None,
        ),
        (
            "Would you be open to a second conversation? I would value it.",
            None,
        ),
    ];
    for (body, quoted) in rows {
        let x = reads(body);
        match quoted {
            None => assert!(x.done, "{body:?} was flagged: {}", x.why),
            Some(q) => assert!(!x.done && x.why.contains(q), "{body:?}: {}", x.why),
        }
    }
    // A phone script is talking points: its notes are not flagged.
    let script = "Opening\n\nHi Ms Hale - quick call.\n\nPoints\n\n- 3 yrs on nights.";
    let checks = checklist(&Inputs {
        text: script,
        facts: &c.facts,
        serious: true,
        channel: Channel::Phone,
        words: 5,
        budget: 45,
        lines: &[],
        flags: 0,
        pushy: false,
    });
    assert!(checks.iter().any(|x| x.step == Move::Reads && x.done));
}

// Guards point 7: our own default letters make every move the checklist can see in
// them: thanks, owning it once, the evidence, why, the ask, the budget, the greeting.
#[test]
fn default_letters_pass_their_own_checklist() {
    for c in cases() {
        let d = c.diagnosis();
        let text = email(&c);
        let checks = email_checks(&c, &text, d.verdict >= Verdict::Pattern);
        for x in checks {
            if x.step == Move::Greeting && c.facts.interviewer_name.is_empty() {
                assert!(!x.done, "{}: no name, no greeting by name", c.id);
                continue;
            }
            assert!(x.done, "{}: {:?} {}\n{text}", c.id, x.step, x.why);
        }
    }
}

// Guards point 7: a greeting by first name, as the composer writes to some readers
// ("Dear Craig,"), greets by name; one by no name does not (round 146's letters failed
// their own checklist here).
#[test]
fn a_first_name_greets_by_name() {
    let mut c = case("pattern");
    c.facts.interviewer_name = "Craig Mellor".into();
    for (greeting, named) in [
        ("Dear Craig,", true),
        ("Dear Mr Mellor,", true),
        ("Dear Sir or Madam,", false),
        ("Hi Greg,", false),
        ("Dear Craigie,", false),
    ] {
        let text = format!("{greeting}\n\nThank you for your time.\n\nSam");
        let checks = email_checks(&c, &text, true);
        let x = checks.iter().find(|x| x.step == Move::Greeting);
        assert_eq!(x.map(|x| x.done), Some(named), "{greeting}");
    }
    c.facts.interviewer_name = "Ms Hale".into();
    let checks = email_checks(&c, "Dear Ms Hale,\n\nThanks.", true);
    assert!(checks.iter().any(|x| x.step == Move::Greeting && x.done));
}

// Guards point 7: the company is found as the letter names it, without its legal
// suffix or unit ("Whitcombe Barnes" for "Whitcombe Barnes LLP").
#[test]
fn the_company_is_found_as_the_letter_names_it() {
    let mut c = case("pattern");
    for (company, said) in [
        ("Whitcombe Barnes LLP", "Whitcombe Barnes"),
        (
            "HM Prison and Probation Service - HMP Ashfield Vale",
            "HM Prison and Probation Service",
        ),
        ("D&M Heating Services Ltd", "D&M Heating Services"),
    ] {
        c.facts.company = company.into();
        let text = format!("Dear Ms Hale,\n\nI want to join the team at {said}.\n\nSam");
        let checks = email_checks(&c, &text, true);
        assert!(
            checks.iter().any(|x| x.step == Move::Why && x.done),
            "{company}"
        );
    }
}

// Guards point 7: the phone script's greeting is found under its "Opening" heading.
#[test]
fn the_phone_script_greets_by_name() {
    let c = case("pattern");
    let text = c.compose(Channel::Phone, LetterLength::Standard).render();
    let checks = checklist(&Inputs {
        text: &text,
        facts: &c.facts,
        serious: true,
        channel: Channel::Phone,
        words: 30,
        budget: 45,
        lines: &[],
        flags: 0,
        pushy: false,
    });
    let greeting = checks.iter().find(|x| x.step == Move::Greeting);
    assert!(greeting.is_some_and(|x| x.done), "{checks:#?}\n{text}");
}

// Guards point 2: a name the user capitalised once is capitalised where they typed it
// in lowercase, and the company's own words always are.
#[test]
fn names_typed_in_lowercase_get_their_capitals() {
    let mut c = case("exits");
    c.lines = lines(&[
        (
            "moment",
            "you said the north team is moving to a new hub in Daventry",
        ),
        (
            "why",
            "the daventry move, and a team at meridian that stays",
        ),
        ("evidence", "grew the northern region from £6.2m to £9.8m"),
    ]);
    let text = email(&c);
    assert!(text.contains("the Daventry move"), "{text}");
    assert!(text.contains("at Meridian that stays"), "{text}");
    assert!(text.contains("the northern region"), "{text}");
    // Two words of the company's name in a row are the company's, even one by one
    // common words.
    c.facts.company = "Severn Vale Combined Authority".into();
    c.lines.insert(
        "evidence".into(),
        "covered 40 combined authority meetings a year".into(),
    );
    let text = email(&c);
    assert!(text.contains("40 Combined Authority meetings"), "{text}");
    // Not after "a", which makes it any one (round 79's "a Middle School library"),
    // nor two words from the middle of the name ("Work Zone safety").
    for (company, evidence, want) in [
        (
            "Maple Grove Middle School",
            "ran a middle school library for 3 years",
            "a middle school library",
        ),
        (
            "Redline Work Zone Services",
            "kept work zone safety at zero incidents for 2 years",
            "work zone safety",
        ),
    ] {
        c.facts.company = company.into();
        c.lines.insert("evidence".into(), evidence.into());
        let text = email(&c);
        assert!(text.contains(want), "{text}");
    }
    c.facts.company = "Severn Vale Combined Authority".into();
    // A label before its number ("a Year 4 pupil") is no name: "in one year" stays.
    c.lines.insert(
        "why".into(),
        "I taught a Year 4 class for three years".into(),
    );
    c.lines.insert(
        "evidence".into(),
        "parent attendance went from 40% to 85% in one year".into(),
    );
    let text = email(&c);
    assert!(text.contains("85% in one year"), "{text}");
}

// Guards issue 18: the free "something else" item, weighed serious by the user, is
// repaired with what they wrote for the letter, shaped; its private step-2 note (the
// mistake in their own words) never reaches the letter. Weighed small, the letter is a
// thank-you that does not dwell on it.
#[test]
fn something_else_is_repaired_only_when_it_counted() {
    let mut c = Case {
        id: "something-else",
        facts: facts(
            "Northwind",
            "Analyst",
            "Ms Ortega",
            "2026-11-27",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[("something_else", "I called them Acme twice, mortifying")]),
        lines: lines(&[(
            "something_else",
            "I now check the client's name before every meeting",
        )]),
    };
    let weigh = |c: &mut Case, w: u8| {
        if let Some(a) = c.assessment.get_mut("something_else") {
            a.weight = w;
        }
    };
    weigh(&mut c, 2);
    assert_eq!(c.diagnosis().verdict, Verdict::Pattern);
    let serious = c.compose(Channel::Email, LetterLength::Standard).render();
    assert!(
        serious.contains("check the client's name before every meeting"),
        "{serious}"
    );
    assert!(
        !serious.contains("Acme") && !serious.contains("mortifying"),
        "{serious}"
    );
    weigh(&mut c, 1);
    assert_eq!(c.diagnosis().verdict, Verdict::MinorSlips);
    let small = c.compose(Channel::Email, LetterLength::Standard).render();
    assert!(
        !small.contains("Acme") && !small.contains("mortifying"),
        "{small}"
    );
}

// Guards point 3 ("no admission is made twice", nothing said twice): evidence typed as
// the same result the example already gave is left out of the letter, and only what is
// new in it stays ("got a first" after the dissertation's 8%).
#[test]
fn evidence_does_not_repeat_the_example() {
    let mut c = Case {
        id: "repeat",
        facts: facts(
            "Tarnwick",
            "Graduate Engineer",
            "Mr Lindqvist",
            "2026-11-26",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[("no_concrete_example", "")]),
        lines: lines(&[
            (
                "no_concrete_example",
                "my dissertation model of an 1890s arch came within 8% of measured deflection",
            ),
            (
                "evidence",
                "dissertation model within 8% of measured deflection, got a first (78%)",
            ),
        ]),
    };
    let text = email(&c);
    assert_eq!(text.matches("within 8%").count(), 1, "{text}");
    assert!(text.contains("I got a first (78%)."), "{text}");
    // A wholly new result is kept whole.
    c.lines.insert(
        "evidence".into(),
        "cut survey time by a third on my placement".into(),
    );
    let text = email(&c);
    assert!(
        text.contains("I cut survey time by a third on my placement."),
        "{text}"
    );
}

// Guards point 3 ("sentences that follow from each other"): the moment from the
// conversation stands right before the user's line that answers it (they share a
// word), not in the thanks.
#[test]
fn the_moment_leads_into_the_line_that_answers_it() {
    let mut c = Case {
        id: "linked",
        facts: facts(
            "Ledgerline",
            "QA Engineer",
            "Ms Okafor",
            "2026-11-24",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[("no_concrete_example", "")]),
        lines: lines(&[
            (
                "no_concrete_example",
                "I wrote the release checklist the whole team still uses",
            ),
            (
                "moment",
                "she said flaky end-to-end tests block merges on fridays",
            ),
            (
                "evidence",
                "cut flaky test failures from 9% to under 2% at Brightpath",
            ),
        ]),
    };
    let text = email(&c);
    let moment = "You said flaky end-to-end tests block merges on Fridays";
    assert!(
        text.contains(&format!(
            "{moment}{}I cut flaky test failures",
            phrases::MOMENT_TO_RESULT
        )),
        "{text}"
    );
    assert_eq!(text.matches(moment).count(), 1, "{text}");
    // A repair that shares one word with it ("flaky") does not answer it: the moment
    // is not put in the middle of the admission.
    c.lines.insert(
        "no_concrete_example".into(),
        "I halved our flaky deploys at Brightpath".into(),
    );
    let text = email(&c);
    let repair = text
        .split("\n\n")
        .find(|p| p.contains("I halved our flaky deploys"));
    assert!(repair.is_some_and(|p| !p.contains(moment)), "{text}");
    // A repair that answers it comes first: the moment goes before that repair.
    c.lines.insert(
        "no_concrete_example".into(),
        "I halved the flaky tests that blocked our merges at Brightpath".into(),
    );
    let text = email(&c);
    let at_moment = text.find(moment).unwrap_or(usize::MAX);
    let at_repair = text.find("I halved the flaky").unwrap_or(0);
    assert!(at_moment < at_repair, "{text}");
    // A problem they named runs into the answer that meets it as one thought
    // (round 69's reader: "quoted and then never linked"); one they said they do
    // not have is no problem.
    for (said, linked) in [
        (
            "she said flaky tests keep failing and blocking merges on fridays",
            true,
        ),
        (
            "she said flaky tests are not a problem for them any more",
            false,
        ),
    ] {
        c.lines.insert("moment".into(), said.into());
        let text = email(&c);
        assert_eq!(
            text.contains(phrases::MOMENT_TO_PROBLEM.trim()),
            linked,
            "{said:?}\n{text}"
        );
    }
    assert!(
        !text
            .split("\n\n")
            .nth(1)
            .unwrap_or_default()
            .contains(moment),
        "{text}"
    );
}

/// Guards the greeting against surnames that are also titles: "Dr Sarah Bishop" is
/// "Dr Bishop", and "Emma Lord" is no "Lord" (the review of session 17 found a rule
/// that made them "Dear Bishop," and "Dear Lord,"; the rule went for its bytes).
#[test]
fn a_surname_that_is_a_title_stays_a_name() {
    let mut c = case("exits");
    c.facts.interviewer_name = "Dr Sarah Bishop".into();
    assert!(email(&c).contains("Dear Dr Bishop,"), "{}", email(&c));
    c.facts.interviewer_name = "Emma Lord".into();
    assert!(!email(&c).contains("Dear Lord,"), "{}", email(&c));
}

// Guards "reads like one person writing to one person": a name typed in lowercase is
// greeted with its capitals, and a note that names the interviewer speaks to her.
#[test]
fn the_interviewer_is_greeted_and_addressed_as_you() {
    let mut c = case("exits");
    c.facts.interviewer_name = "derek chu".into();
    c.lines.insert(
        "moment".into(),
        "derek said the team triples in spring".into(),
    );
    let text = email(&c);
    // The note calls him Derek: so does the greeting, with its capital.
    assert!(text.contains("Dear Derek,"), "{text}");
    assert!(text.contains("the team triples in spring"), "{text}");
    assert!(!text.contains("erek said"), "{text}");
    c.facts.interviewer_name = "Ms van Dijk".into();
    assert!(email(&c).contains("Dear Ms van Dijk,"));
    // A title with the whole name: the title and the surname.
    c.facts.interviewer_name = "Dr Priya Nair".into();
    assert!(email(&c).contains("Dear Dr Nair,"));
    c.facts.interviewer_name = "Ms Anna van Dijk".into();
    assert!(email(&c).contains("Dear Ms van Dijk,"));
    // Of several titles, the last (round 42's "Dear Revd Canon Philippa Grange").
    c.facts.interviewer_name = "Revd Canon Philippa Grange".into();
    assert!(email(&c).contains("Dear Canon Grange,"), "{}", email(&c));
    // A kitchen's or a ward's title greets as typed, never as a guessed "Mr" before a
    // first name (the third garble hunt's "Dear Mr. Marco").
    c.facts.interviewer_name = "Chef Marco".into();
    assert!(email(&c).contains("Dear Chef Marco,"), "{}", email(&c));
    c.facts.interviewer_name = "Sister Anne Robson".into();
    assert!(email(&c).contains("Dear Sister Robson,"), "{}", email(&c));
    // An honorific typed in the job-title field greets her with it, not with a title
    // guessed from the notes (round 45's "Dr" Romero was "Ms Romero"); in the printed
    // letter's address block it goes before the name, not on a line of its own.
    c.facts.interviewer_name = "Alicia Romero".into();
    c.facts.interviewer_title = "Dr".into();
    let saved = c.assessment.clone();
    c.assessment
        .entry("rambled_too_long".into())
        .or_default()
        .checked = true;
    c.assessment.get_mut("rambled_too_long").unwrap().detail = "she asked about QC".into();
    assert!(email(&c).contains("Dear Dr Romero,"), "{}", email(&c));
    let printed = c.compose(Channel::Letter, LetterLength::Standard).render();
    assert!(printed.contains("Dr Alicia Romero\n"), "{printed}");
    assert!(!printed.contains("\nDr\n"), "{printed}");
    // A job title is no honorific: the name stays as the notes say it.
    c.facts.interviewer_title = "Lab Manager".into();
    assert!(email(&c).contains("Dear Ms Romero,"), "{}", email(&c));
    c.assessment = saved;
    c.facts.interviewer_name = "Revd Canon Philippa Grange".into();
    // The interviewer named by her title in the moment is addressed as "you" (round
    // 42's letter spoke of "The Rector" to the Rector).
    c.facts.interviewer_title = "Rector".into();
    c.lines.insert(
        "moment".into(),
        "the Rector saying the job is really about being the kind voice on the phone".into(),
    );
    let text = email(&c);
    assert!(text.contains("the job is really about"), "{text}");
    assert!(!text.contains("Rector saying"), "{text}");
    c.lines.shift_remove("moment");
    c.facts.interviewer_title = String::new();
    // So is a company typed in lowercase.
    c.facts.company = "hollins bakery".into();
    let text = email(&c);
    assert!(text.contains("at Hollins Bakery"), "{text}");
    // Its small words stay small, and its "of" takes the article (the third garble
    // hunt sent "at Ministry Of Justice").
    c.facts.company = "ministry of justice".into();
    let text = email(&c);
    assert!(text.contains("at the Ministry of Justice"), "{text}");

    // A university "of" somewhere takes its article; initials and "Mc" their capitals.
    c.facts.company = "University of Eastbridge".into();
    c.lines.insert(
        "moment".into(),
        "derek said the university is bad at telling anyone".into(),
    );
    let text = email(&c);
    assert!(text.contains("at the University of Eastbridge"), "{text}");
    assert!(text.contains("the university is bad at telling"), "{text}");
    // So does an MP's office (round 36's reader marked "at Office of …").
    c.facts.company = "Office of Helen Marsh MP".into();
    let text = email(&c);
    assert!(text.contains("at the Office of Helen Marsh MP"), "{text}");
    // So do a city's services and a department "for" something (round 47).
    for (typed, said) in [
        (
            "City of Fairbrook Environmental Health Division",
            "at the City of Fairbrook",
        ),
        (
            "Department for Energy Security and Net Zero",
            "at the Department for Energy",
        ),
    ] {
        c.facts.company = typed.into();
        assert!(email(&c).contains(said), "{}", email(&c));
    }
    c.facts.company = "hmp ashcombe".into();
    assert!(email(&c).contains("at HMP Ashcombe"), "{}", email(&c));
    // Five letters too (the seventh garble hunt sent "the Court Usher role at Hmcts").
    c.facts.company = "hmcts".into();
    assert!(email(&c).contains("at HMCTS"), "{}", email(&c));
    c.facts.interviewer_name = "jordan mcleish".into();
    let letter = c.compose(Channel::Letter, LetterLength::Standard).render();
    assert!(letter.contains("Jordan McLeish"), "{letter}");
    c.facts.interviewer_name = "Professor Alan Mercer".into();
    assert!(
        email(&c).contains("Dear Professor Mercer,"),
        "{}",
        email(&c)
    );
    // A company whose name ends in a full stop ends its sentence with one stop.
    c.facts.company = "Hopfield Brewing Co.".into();
    let text = email(&c);
    assert!(
        text.contains("Hopfield Brewing Co.") && !text.contains("Co.."),
        "{text}"
    );
}

// Guards "reads like one person writing to one person": a whole name typed without a
// title is greeted as the user's own notes speak of the interviewer: by first name when
// they use it, else with the title they imply ("he asked…" is Mr, "she said…" is Ms),
// never with a guess: no such line, or both pronouns, is the first name (blind readers
// found "Dear Kev Bradley" stiff), and a name whose surname is uncertain is left as
// typed.
#[test]
fn a_whole_name_takes_the_title_the_notes_give() {
    let table = [
        (
            "Gary Holt",
            "he asked how I would fault-find the door system",
            "Dear Mr Holt,",
        ),
        (
            "Gary Holt",
            "she said the depot triples in spring",
            "Dear Ms Holt,",
        ),
        (
            "Gary Holt",
            "he said one thing and she asked another",
            "Dear Gary,",
        ),
        (
            "Gary Holt",
            "my father is ill and he is in hospital",
            "Dear Gary,",
        ),
        (
            "Anna van Dijk",
            "she asked about the rota",
            "Dear Anna van Dijk,",
        ),
        ("Dr Priya Nair", "he asked about caseloads", "Dear Dr Nair,"),
        // A letter with an accent inside is still a plain name.
        ("Inês Duarte", "the pattern room was busy", "Dear Inês,"),
        // A knight or a dame by the first name (the twelfth garble hunt: "Dear Sir Coles,").
        (
            "Sir Richard Coles",
            "he asked about the merger",
            "Dear Sir Richard,",
        ),
        (
            "Dame Helen Rowe",
            "she asked about the merger",
            "Dear Dame Helen,",
        ),
        // An apostrophe inside a surname is as plain (round 126: "Dear Brendan O'Connell,").
        (
            "Brendan O'Connell",
            "the site visit ran long",
            "Dear Brendan,",
        ),
        // A hyphen joins two plain names.
        (
            "Jonathan Reyes-Whitmore",
            "he said the players want more chamber work",
            "Dear Mr Reyes-Whitmore,",
        ),
        // A police rank is a title too.
        (
            "DI Rachel Kerr",
            "she said the hub is moving to proper tasking",
            "Dear DI Kerr,",
        ),
        // A rank is a title: not "Dear Captain,".
        (
            "Captain Okafor",
            "capt okafor said they want FOs who speak up",
            "Dear Captain Okafor,",
        ),
        ("Jess", "she asked about arrears", "Dear Jess,"),
        // The notes call him by his first name: so does the greeting.
        (
            "lee garside",
            "lee saying they judge coaches by the players",
            "Dear Lee,",
        ),
        (
            "Gary Holt",
            "Gary's point that he asked about EVs",
            "Dear Gary,",
        ),
    ];
    for (name, moment, greeting) in table {
        let mut c = case("exits");
        c.facts.interviewer_name = name.into();
        c.lines.insert("moment".into(), moment.into());
        let text = email(&c);
        assert!(text.contains(greeting), "{name} / {moment}:\n{text}");
    }
}

// Guards point 2 ("or is left out. Never send it broken"): a line, or a sentence of it,
// that reads as notes is left out of the letter, and `left_as_notes` quotes it for the
// Write step, while a sentence, a shaped fragment, narration of the slip or an empty
// field is not reported.
#[test]
fn notes_are_left_out_and_the_field_says_so() {
    let c = case("exits");
    let line = &GENERAL_LINES[2].1;
    let notes =
        "Front desk at a GP surgery 4 years, busiest practice in the city, 150+ patients a day";
    let table = [
        (notes, Some(notes)),
        (
            "Carrow: revenue £14m to £31m in 4 years, on-trade held at 40%",
            Some("Carrow: revenue £14m to £31m in 4 years, on-trade held at 40%"),
        ),
        // One sentence of two: the one that reads as notes is quoted.
        (
            "I ran the front desk for four years. Gas safe 11 yrs.",
            Some("Gas safe 11 yrs"),
        ),
        (
            "I ran the front desk at the busiest GP surgery in the city.",
            None,
        ),
        ("cut stock-outs by 40% in one quarter", None),
        ("I rambled. I cut stock-outs by 40% in one quarter.", None),
        ("", None),
    ];
    for (text, left_out) in table {
        let got = left_as_notes(text, line, &c.facts);
        assert_eq!(got.as_deref(), left_out, "{text:?}");
    }
    let mut c = c;
    c.lines.insert("evidence".into(), notes.into());
    let text = email(&c);
    assert!(!text.contains("busiest practice"), "{text}");
}

// Guards point 2 and the checklist's "Reads as a letter": words the letter keeps that
// still read as a note are quoted beside their field with what to do, and a field
// whose words read as a letter, or that is left out whole, gets no such hint.
#[test]
fn a_field_kept_as_a_note_says_so() {
    let mut c = case("exits");
    let line = &GENERAL_LINES[2].1;
    let table = [
        (
            "I ran the inpatient ward for 6 years - around 600 GAs a year",
            Some("\u{201c}for 6 years - around 600 GAs\u{201d} reads as a note: a dash"),
        ),
        (
            "11 of my 14 residents kept their tenancy",
            Some("\u{201c}11 of my 14\u{201d} reads as a note: spell out"),
        ),
        ("For six years I ran the inpatient ward.", None),
        ("cut stock-outs by 40% in one quarter", None),
        // Left out whole: that hint is `left_as_notes`'s.
        (
            "Front desk at a GP surgery 4 years, busiest practice in the city, 150+ patients a day",
            None,
        ),
        ("", None),
    ];
    for (text, quoted) in table {
        c.lines.insert("evidence".into(), text.into());
        let got = rough_in_letter(text, line, &c.facts, &email(&c));
        match quoted {
            None => assert_eq!(got, None, "{text:?}"),
            Some(q) => assert!(
                got.as_deref().is_some_and(|g| g.contains(q)),
                "{text:?}: {got:?}"
            ),
        }
    }
    // Words the letter does not keep are not quoted (the review of session 30): a
    // brief letter keeps the first sentence of this one only.
    let text = "I cut month end from ten days to six in my first year at our biggest rival by \
        rebuilding the close calendar. I also ran payroll for 3 sites - around 400 staff";
    c.lines.insert("evidence".into(), text.into());
    let brief = c.compose(Channel::Email, LetterLength::Brief).render();
    let got = rough_in_letter(text, line, &c.facts, &brief);
    assert!(
        brief.contains("around 400") || got.is_none(),
        "{got:?}\n{brief}"
    );
}

// Guards what the review of session 26 found the new rules doing wrong, as a reader
// would see it: a sentence that opens on a word and a comma is sent, not left out as
// notes; figures that are a range are no change the writer made; a reason that mentions
// home otherwise is no commute; a note to self is no fact beside a qualification.
#[test]
fn what_the_session_26_review_found_stays_mended() {
    // (line key, typed, in the letter, not in the letter)
    let table = [
        (
            "personal_event",
            "Sadly, my dad passed away the week before",
            "my dad passed away",
            "\u{0}",
        ),
        (
            "evidence",
            "waiting list 6 to 8 weeks",
            "\u{0}",
            "I took waiting list",
        ),
        (
            "evidence",
            "day rate £350 to £400",
            "\u{0}",
            "I took day rate",
        ),
        (
            "why",
            "supporting people moving from homelessness into tenancies, and the training",
            "homelessness",
            "\u{0}",
        ),
        ("why", "its close to home and family", "family", "\u{0}"),
        (
            "evidence",
            "BSc nursing, 3 yrs, night shifts, burnt out",
            "\u{0}",
            "burnt out",
        ),
    ];
    for (key, typed, kept, never) in table {
        let items: &[(&str, &str)] = if key == "personal_event" {
            &[("personal_event", "dad died")]
        } else {
            &[("no_questions", "")]
        };
        let c = typed_case(items, &[(key, typed)]);
        let text = email(&c);
        assert!(
            kept == "\u{0}" || text.contains(kept),
            "{typed:?}: {kept:?} in\n{text}"
        );
        assert!(!text.contains(never), "{typed:?}: no {never:?} in\n{text}");
    }
}

// Guards "the findings that matter": a repair in the user's words says which slip or
// question it answers first, even in a plan that drops the leads to fit the budget
// (round 131 sent the example story cold after "I was not at my best that day.").
#[test]
fn a_repair_never_starts_cold() {
    // Round 131's situation, long enough that the plan that fits drops the leads.
    let c = typed_case(
        &[
            ("no_concrete_example", "the leadership one. i just talked about how i WOULD do it"),
            ("blanked_on_question", "2 nurses short on a night. totally froze"),
            ("off_day", "came straight off 3 long days"),
        ],
        &[
            (
                "no_concrete_example",
                "in march two of our HCAs kept clashing over the rota and it was affecting the bay. i sat them down together, agreed a swap system and checked in weekly, no complaints since and one of them is now doing her nursing associate course",
            ),
            (
                "blanked_on_question",
                "the staffing question - i'd escalate to the site manager straight away, complete a datix, use the safer staffing tool to show the acuity and ask for bank cover before accepting another admission. patient safety first",
            ),
            (
                "evidence",
                "led the falls audit on ward 7, falls on my bay went from 11 to 4 in 6 months after we brought in intentional rounding",
            ),
            (
                "why",
                "ive been on cardiology 4 yrs and want to step up into leadership, and her ward has a really good name for supporting staff",
            ),
        ],
    );
    let text = email(&c);
    let story = text
        .find("In March")
        .unwrap_or_else(|| panic!("the story is in\n{text}"));
    let before = &text[..story];
    let paragraph = &before[before.rfind("\n\n").map_or(0, |p| p + 2)..];
    assert!(
        paragraph.contains("example"),
        "the story says what it answers\n{text}"
    );
}

// Guards "never send it broken": a brief letter with room for one repair, whose most
// serious finding has no answer typed and no other field filled, makes the repair the
// user answered instead of sending the form's prompts in brackets (the fifteenth
// garble hunt's brief letter held two and none of the answer typed); an answer typed
// and left out as notes gets no bracket either.
#[test]
fn a_brief_letter_repairs_what_was_answered_rather_than_sending_brackets() {
    let c = typed_case(
        &[
            ("explained_every_exit", ""),
            ("said_too_little", "routing software question"),
        ],
        &[(
            "said_too_little",
            "i use Paragon daily, replanned 48 routes in the leicester depot and cut 1,100 miles a week",
        )],
    );
    let brief = c.compose(Channel::Email, LetterLength::Brief).render();
    assert!(!brief.contains('['), "{brief}");
    assert!(brief.contains("1,100 miles a week"), "{brief}");
    let notes = typed_case(
        &[("blanked_on_question", "")],
        &[(
            "blanked_on_question",
            "transport sealed box, washer disinfector, magnifier, autoclave, pouch and date",
        )],
    );
    let text = email(&notes);
    assert!(!text.contains('['), "{text}");
}

// Guards "why you are worth it": a result typed as a measure and two figures, with no
// "from" and no verb, is said as what the writer did, not left out as a line of figures
// (round 130 lost "night shift pick accuracy 99.1% to 99.7%" whole); a label before the
// figures is still notes.
#[test]
fn a_measure_moved_without_its_from_is_said_as_done() {
    let table = [
        (
            "night shift pick accuracy 99.1% to 99.7% in a year",
            "I took night shift pick accuracy from 99.1% to 99.7% in a year.",
        ),
        (
            "sickness absence 8% to 3% in a year",
            "I cut sickness absence from 8% to 3% in a year.",
        ),
    ];
    for (typed, said) in table {
        let mut c = case("exits");
        c.lines.insert("evidence".into(), typed.into());
        let text = email(&c);
        assert!(text.contains(said), "{typed:?}\n{text}");
    }
    let line = &GENERAL_LINES[2].1;
    let label = "Carrow: revenue £14m to £31m in 4 years, on-trade held at 40%";
    assert!(left_as_notes(label, line, &case("exits").facts).is_some());
}

// Guards "reads like one person writing to one person": a job title typed with its site
// or team after a dash or a comma is named as a person would say it, once, in "the …
// role at …".
#[test]
fn a_long_job_title_is_named_as_a_person_says_it() {
    let table = [
        (
            "Duty Manager - Kingsmead Leisure Centre",
            "the Duty Manager role",
        ),
        ("Plant Manager, Telford site", "the Plant Manager role"),
        ("PSV Technician (nights)", "the PSV Technician role"),
        (
            "Speech Therapist (Band 6, Paediatrics, community teams)",
            "the Speech Therapist role",
        ),
        (
            "Speech Therapist (Band 6, Paediatrics)",
            "the Speech Therapist role",
        ),
        (
            "Policy Officer (Climate & Sustainability)",
            "the Policy Officer role",
        ),
    ];
    for (role, said) in table {
        let mut c = case("exits");
        c.facts.role = role.into();
        let text = email(&c);
        assert!(text.contains(said), "{role}:\n{text}");
        assert!(
            !text.contains(&format!("{role} role")) || role.ends_with(')'),
            "{text}"
        );
    }
}

// Guards "sentences that follow from each other": a line that names the question
// itself needs no lead-in ("Put simply, it comes down to this. You asked …" reads as two
// starts), a label before a colon is dropped ("The short answer: …"), and a "why" that
// opens with "it's" says what "it" is.
#[test]
fn lines_that_introduce_themselves_get_no_second_introduction() {
    let mut c = case("rambled");
    c.lines.insert(
        "rambled_too_long".into(),
        "You asked about turning round a slow line. The short answer: OEE on line 3 went from 58% to 74% in nine months.".into(),
    );
    c.lines.insert(
        "why".into(),
        "its a depot that still trains its own planners".into(),
    );
    let text = email(&c);
    let row = catalogue().iter().find(|s| s.id == "rambled_too_long");
    let leads = row
        .and_then(|s| s.line.as_ref())
        .map(|l| l.leads)
        .unwrap_or_default();
    assert!(!leads.is_empty());
    let line = leads
        .iter()
        .find(|l| text.contains(&format!("{l} You asked")));
    assert!(line.is_none(), "a lead before the question:\n{text}");
    assert!(
        text.contains("You asked about turning round a slow line. OEE on line 3 went"),
        "{text}"
    );
    assert!(
        super::phrases::FRAME_WORDINGS[0]
            .iter()
            .any(|w| text.contains(&format!("{w} that it's a depot"))),
        "{text}"
    );
}

// Guards "two different situations never get the same opening and closing" for the ask
// too: what a second conversation would be for follows the finding that mattered most
// (being late, an answer, the homework), in the wordings that say it.
#[test]
fn the_ask_says_what_a_second_conversation_is_for() {
    let table = [("knew_little", ", better prepared this time")];
    for (id, aim) in table {
        let c = case(id);
        let asks: Vec<String> = (0..4)
            .map(|n| turned(&c, &format!("ask={n}"), LetterLength::Standard).render())
            .collect();
        assert!(
            asks.iter().any(|t| t.contains(aim)),
            "{id}: {aim:?} in none of\n{asks:#?}"
        );
    }
    // Being late gets none that would dangle from the conversation (the fourth
    // garble hunt: "…a short second conversation, on time and at my best?").
    for n in 0..4 {
        let text = turned(&case("late"), &format!("ask={n}"), LetterLength::Standard).render();
        assert!(
            !text.contains("at my best?") && !text.contains("at my best."),
            "{text}"
        );
    }
    // An answer's slip gets no stock aim at all: rounds 92 to 97's readers named each
    // of them as a template line.
    let c = case("rambled");
    for n in 0..4 {
        let text = turned(&c, &format!("ask={n}"), LetterLength::Standard).render();
        for stock in [
            " to go into more depth",
            " fuller answers",
            " in more detail",
        ] {
            assert!(!text.contains(stock), "{stock:?} in\n{text}");
        }
    }
    // A call the connection let down asks for the next on a steadier line.
    let c = Case {
        id: "connection",
        facts: facts(
            "Copper Kettle Brewing Co.",
            "Cellar Technician",
            "Jenna Liu",
            "2026-11-27",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[("wrong_setting", "wifi dropped twice")]),
        lines: lines(&[]),
    };
    let text = email(&c);
    assert!(
        text.contains(", on a steadier connection this time"),
        "{text}"
    );
    // Not where the letter never said what the line did: the setting slip gave way
    // to a red flag and the answers (a blind reader of session 19).
    let mut quiet = c.clone();
    quiet.assessment = ticked(&[
        ("criticised_former_boss", "said my old boss was useless"),
        ("barely_spoke", ""),
        ("wrong_setting", "wifi dropped twice"),
    ]);
    quiet.lines = lines(&[
        (
            "criticised_former_boss",
            "how to keep a cellar log anyone can pick up",
        ),
        ("barely_spoke", "I ran the cellar at the Crown for 3 years"),
    ]);
    let text = quiet.compose(Channel::Email, LetterLength::Brief).render();
    assert!(
        !text.contains("wifi") && !text.contains("connection"),
        "{text}"
    );
    // A thank-you that never speaks of the top finding (pay raised early, left out
    // on purpose) does not ask "to go into more depth".
    let c = Case {
        id: "pay",
        facts: facts(
            "Whitford Motors",
            "Service Advisor",
            "Mr Dale",
            "2026-11-27",
            InterviewFormat::Phone,
        ),
        assessment: ticked(&[("raised_salary_early", ""), ("no_questions", "")]),
        lines: lines(&[("no_questions", "which DMS does the workshop use")]),
    };
    for n in 0..4 {
        let text = turned(&c, &format!("ask={n}"), LetterLength::Standard).render();
        assert!(!text.contains("more depth"), "{text}");
    }
    // Pay raised early is owned in passing, in every wording, and only once.
    for n in 0..3 {
        let text = turned(&c, &format!("acknowledge={n}"), LetterLength::Standard).render();
        assert_eq!(text.matches(" pay ").count(), 1, "{text}");
    }
}

// Guards point 5 ("a word budget the composer keeps") against cutting a story short:
// when three repairs, a moment and the evidence do not fit in 200 words, the separate
// evidence goes before the user's example loses its second sentence (the one with
// what came of it).
#[test]
fn a_story_is_not_cut_before_its_outcome() {
    let c = Case {
        id: "story",
        facts: facts(
            "Marlow Street Surgery",
            "Practice Manager",
            "Dr Achebe",
            "2026-11-24",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[
            ("no_concrete_example", ""),
            ("knew_little_about_company", ""),
            ("no_questions", ""),
        ]),
        lines: lines(&[
            (
                "no_concrete_example",
                "Last winter our small reception team at the surgery was losing a third of \
                 its morning calls because nearly everyone rang at eight on the dot. I split the lines between booking and \
                 prescriptions, moved repeat requests online and rota'd two extra people \
                 from eight to ten; abandoned calls fell from 34% to 9% within six weeks.",
            ),
            (
                "knew_little_about_company",
                "Since we met I have read about your merger with the Bankside practice, \
                 and bringing two teams onto one way of working is the part I enjoy most.",
            ),
            (
                "no_questions",
                "How are the two reception teams being brought together at the moment?",
            ),
            (
                "moment",
                "You said the hardest part of the job is the phones at eight in the morning.",
            ),
            (
                "evidence",
                "Cut our DNA rate from 7% to 4% with text reminders.",
            ),
        ]),
    };
    let text = email(&c);
    assert!(
        text.contains("abandoned calls fell from 34% to 9%"),
        "{text}"
    );
    assert!(
        count_words(&text) <= budget(Channel::Email, LetterLength::Standard),
        "{text}"
    );
}

// Guards point 3 ("sentences that follow from each other"): the slip that the repair
// takes up is the last thing admitted before it (the setting and the other slips are
// owned first), and a moment that leads into the repair is not followed by a lead
// pointing back past it.
#[test]
fn the_admission_runs_straight_into_its_repair() {
    let c = Case {
        id: "flow",
        facts: facts(
            "Quillon",
            "Technical Writer",
            "Ms Varga",
            "2026-11-20",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[
            ("blanked_on_question", "froze on what not to document"),
            ("wrong_setting", "wifi dropped twice"),
            ("ended_early", "ten minutes early"),
            ("interrupted_interviewer", ""),
        ]),
        lines: lines(&[
            (
                "blanked_on_question",
                "On what not to document: I would start from the support tickets and \
                 write task guides for the steps where users get stuck.",
            ),
            (
                "moment",
                "her saying half their support tickets are really docs tickets",
            ),
        ]),
    };
    for n in 0..3 {
        let text = turned(&c, &format!("acknowledge={n}"), LetterLength::Standard).render();
        let setting = text.find("before the call").expect("setting owned");
        let moment = text
            .find("half your support tickets")
            .unwrap_or_else(|| panic!("moment addressed to her\n{text}"));
        assert!(setting < moment, "{text}");
        assert!(!text.contains("that question"), "{text}");
        // The slip this repair answers is the last one admitted, right before it,
        // and names the question the answer opens on.
        let slip = text
            .find("went blank when you asked about what not to document.")
            .unwrap_or_else(|| panic!("blank admitted, naming its question\n{text}"));
        let other = text.find("talked over you").expect("interrupting admitted");
        assert!(other < slip && slip < moment, "{text}");
    }
}

// Guards point 3 ("sentences that follow from each other"): with two answers, each
// opens with the slip it repairs, in its own paragraph, with at most its signpost
// between them; the default letter still owns it briefly by its own checklist.
#[test]
fn each_answer_follows_its_own_slip() {
    let c = Case {
        id: "two answers",
        facts: facts(
            "Northway Fibre",
            "GIS Analyst",
            "Ms Raman",
            "2026-11-24",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[
            ("blanked_on_question", "froze on data quality"),
            ("couldnt_back_up_resume", "waffled about scripts"),
            ("ended_early", "ten minutes early"),
            ("interrupted_interviewer", ""),
        ]),
        lines: lines(&[
            (
                "blanked_on_question",
                "On data quality, I would check the layers against the survey before \
                 every release.",
            ),
            (
                "couldnt_back_up_resume",
                "I wrote a Python script that checks our duct layers every night.",
            ),
        ]),
    };
    for n in 0..3 {
        let text = turned(&c, &format!("repairs={n}"), LetterLength::Standard).render();
        let paragraph_of = |needle: &str| {
            text.split("\n\n")
                .position(|p| p.contains(needle))
                .unwrap_or_else(|| panic!("{needle} missing\n{text}"))
        };
        for (slip, answer) in [
            // The answer's opening topic moves into its slip, said once.
            (
                "went blank when you asked about data quality.",
                "I would check the layers",
            ),
            ("one line of my CV badly.", "I wrote a Python script"),
        ] {
            let at = text.find(slip).unwrap_or_else(|| panic!("{slip}\n{text}")) + slip.len();
            // At most the one-sentence signpost between the slip and its answer.
            let between = text[at..].find(answer).expect("answer after its slip");
            assert!(text[at..at + between].matches(". ").count() <= 1, "{text}");
        }
        assert_ne!(
            paragraph_of("went blank when you asked"),
            paragraph_of("one line of my CV")
        );
        let owns = email_checks(&c, &text, true)
            .into_iter()
            .find(|x| x.step == Move::Owns)
            .expect("owns");
        assert!(owns.done, "{}\n{text}", owns.why);
    }
}

// Guards point 3 (the findings that matter) and point 2 (every field shapes the
// letter): next to a red flag, a minor slip is not confessed, but the better answer
// the user wrote for it is evidence and goes in; the Write step asks for it.
#[test]
fn a_minor_answer_beside_a_red_flag_is_kept() {
    let c = Case {
        id: "red flag and a blank",
        facts: facts(
            "Skylark",
            "First Officer",
            "Captain Okafor",
            "2026-11-19",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[
            ("criticised_former_boss", "said the rostering was a joke"),
            ("blanked_on_question", "blanked on alternate law"),
        ]),
        lines: lines(&[
            (
                "criticised_former_boss",
                "At Aer Coastal I learned to take fatigue reporting seriously.",
            ),
            (
                "blanked_on_question",
                "In alternate law you keep load factor protection but lose pitch attitude \
                 protection, so you fly it gently.",
            ),
        ]),
    };
    let d = c.diagnosis();
    assert!(letter_fields(&d, LetterLength::Standard)
        .iter()
        .any(|f| f.key == "blanked_on_question"));
    let text = email(&c);
    assert!(text.contains("fatigue reporting"), "{text}");
    assert!(text.contains("In alternate law you keep"), "{text}");
    assert!(
        !text.contains("went blank"),
        "a minor slip is not confessed\n{text}"
    );
}

// Guards point 2 (the user's specifics in the letter's voice): an acronym typed in one
// line ("LED lighting") is not swapped in for the same word elsewhere ("I have led").
#[test]
fn an_acronym_does_not_capitalise_a_common_word() {
    let mut c = case("exits");
    c.lines.insert(
        "evidence".into(),
        "I cut energy use 28% through the LED programme, and I have led two estates teams".into(),
    );
    let text = email(&c);
    assert!(
        text.contains("I have led two") && text.contains("the LED programme"),
        "{text}"
    );
}

// Guards point 3 ("sentences that follow from each other"): a moment the writer typed
// stands as they said it, with no stock link after it ("…, which helped me see what
// the role needs", read as stock in rounds 85 to 89 and as tactless by the second
// garble hunt).
#[test]
fn a_moment_gets_no_stock_link() {
    let links = [
        "stayed with me since",
        "helped me see what the role needs",
        "told me a lot about the role",
        "kept in mind since",
        "shaped how I think about the role",
    ];
    for moment in [
        "You asked which of my refusals an inspector would overturn, and I have been \
         thinking about it since",
        "She said the hard part is telling a client no. That is the job.",
        "you showed me the bustle for the Wilde production and asked how i'd alter it",
    ] {
        let mut c = case("exits");
        c.lines.insert("moment".into(), moment.into());
        let text = email(&c);
        assert!(
            text.contains("which of my refusals")
                || text.contains("telling a client no")
                || text.contains("the bustle for the Wilde production"),
            "the moment is in the letter\n{text}"
        );
        for link in links {
            assert!(!text.contains(link), "{moment}\n{text}");
        }
    }
}

// Guards "reads like one person writing to one person": a role typed all in lowercase
// is written as a job title, and the printed letter's recipient block is capitalised
// like the greeting.
#[test]
fn a_lowercase_role_and_recipient_are_written_as_titles() {
    let mut c = case("exits");
    c.facts.role = "trainee pest control technician".into();
    c.facts.interviewer_name = "kev bradley".into();
    c.facts.company = "shield pest services".into();
    let text = email(&c);
    assert!(
        text.contains("the Trainee Pest Control Technician role"),
        "{text}"
    );
    let letter = c.compose(Channel::Letter, LetterLength::Standard).render();
    assert!(
        letter.contains("Kev Bradley") && letter.contains("Shield Pest Services"),
        "{letter}"
    );
    assert!(!letter.contains("kev bradley"), "{letter}");
    c.facts.role = "Head of HR".into();
    assert!(
        email(&c).contains("the Head of HR role"),
        "a typed capital is kept"
    );
    // A title typed as a sentence is a title (the fourth garble hunt).
    c.facts.role = "Store manager".into();
    assert!(
        email(&c).contains("the Store Manager role"),
        "{}",
        email(&c)
    );
}

// Guards "reads like one person writing to one person": a company's legal suffix or an
// aside in brackets is left out where a sentence names it, and kept in the printed
// letter's address block.
#[test]
fn a_company_is_named_as_people_say_it() {
    let mut c = case("exits");
    c.facts.company = "Greenhearth Retrofit Ltd".into();
    let text = email(&c);
    assert!(
        text.contains("at Greenhearth Retrofit.") || text.contains("at Greenhearth Retrofit "),
        "{text}"
    );
    assert!(!text.contains("Ltd"), "{text}");
    let letter = c.compose(Channel::Letter, LetterLength::Standard).render();
    assert!(
        letter.contains("Greenhearth Retrofit Ltd\n")
            || letter.ends_with("Greenhearth Retrofit Ltd"),
        "{letter}"
    );
    c.facts.company = "Brookfield Primary Academy (Westmere Learning Trust)".into();
    let text = email(&c);
    assert!(
        text.contains("Brookfield Primary Academy") && !text.contains("Westmere"),
        "{text}"
    );
    // A unit after a dash is the company's own business, not its name.
    c.facts.company = "Wrexley Borough Council – Building Control".into();
    let text = email(&c);
    assert!(
        text.contains("Wrexley Borough Council") && !text.contains("Council –"),
        "{text}"
    );
    // A title that names the company is not followed by "at" it again.
    c.facts.company = "Border Force (Home Office)".into();
    c.facts.role = "Border Force Officer, Heathrow".into();
    let text = email(&c);
    assert!(text.contains("the Border Force Officer role"), "{text}");
    assert!(!text.contains("role at Border Force"), "{text}");
}

// Guards "the user's specifics, in the letter's voice": a name of several words the
// user capitalised once ("Good Neighbours") is capitalised wherever they typed it in
// lowercase, while its opening adjective stays a common word elsewhere ("good at").
#[test]
fn a_long_name_is_restored_and_its_adjective_stays_common() {
    let mut c = case("exits");
    c.lines.extend(lines(&[
        (
            "evidence",
            "I ran the rota for our village Good Neighbours scheme for 4 years",
        ),
        (
            "why",
            "good at getting volunteers to keep coming back, like on the good neighbours rota",
        ),
    ]));
    let text = email(&c);
    assert!(text.contains("village Good Neighbours scheme"), "{text}");
    assert!(!text.contains("good neighbours"), "{text}");
    assert!(text.contains("good at getting volunteers"), "{text}");
    assert!(!text.contains("Good at"), "{text}");
}

// Guards "reads like one person writing": the acknowledgement does not say "thought"
// or "since" again right after a thanks paragraph that said it ("…, which I have
// thought about since. I have thought a lot about our conversation …"), whichever
// wordings the user turns to.
#[test]
fn the_acknowledgement_does_not_echo_the_thanks() {
    let mut c = case("exits");
    c.lines.insert(
        "moment".into(),
        "You said the night shift is where people learn the job".into(),
    );
    let mut seen = 0;
    for thanks in 0..3 {
        for ack in 0..6 {
            let mut turns = String::new();
            for _ in 0..thanks {
                turns = super::next_turn(&turns, "thanks");
            }
            for _ in 0..ack {
                turns = super::next_turn(&turns, "acknowledge");
            }
            let comp = turned(&c, &turns, LetterLength::Standard);
            let (Some(t), Some(a)) = (
                comp.section(SectionKind::Thanks),
                comp.section(SectionKind::Acknowledge),
            ) else {
                continue;
            };
            seen += 1;
            for w in ["thought", "since"] {
                assert!(
                    !(t.text.contains(w) && a.text.contains(w)),
                    "{}\n{}",
                    t.text,
                    a.text
                );
            }
        }
    }
    assert_eq!(seen, 18, "every pair of wordings has both paragraphs");
}

// Guards "no stock lines, reads like one person": a lead into the user's line is left
// out when the line says its telling word itself ("There is a thread through my job
// moves." before "…, the thread is the work itself"), whichever lead a turn picks.
#[test]
fn a_lead_that_repeats_the_line_is_left_out() {
    let mut c = case("exits");
    c.lines.insert(
        "explained_every_exit".into(),
        "Each move kept me in casework when the funding moved, the thread is the work itself"
            .into(),
    );
    let mut turns = String::new();
    for _ in 0..3 {
        let text = turned(&c, &turns, LetterLength::Standard).render();
        assert!(text.contains("he thread is the work itself"), "{text}");
        assert_eq!(text.matches("thread").count(), 1, "{text}");
        turns = super::next_turn(&turns, "repairs");
    }
}

// Guards "one acknowledgement, sentences that follow from each other": the answer
// about a CV gap never opens on a lead that points back at an admission the letter
// did not make ("Here is what I was doing then." with no gap named before it).
#[test]
fn a_gap_answer_is_introduced_by_name_when_its_slip_is_unsaid() {
    let gap = "I was caring for my mum and kept my licence current";
    let mut checked = 0;
    for mut c in cases() {
        c.assessment
            .extend(ticked(&[("stumbled_on_gap", "the 8 months in 2024")]));
        c.lines.insert("stumbled_on_gap".into(), gap.into());
        for length in [LetterLength::Standard, LetterLength::Brief] {
            for turn in 0..3 {
                let mut turns = String::new();
                for _ in 0..turn {
                    turns = super::next_turn(&turns, "repairs");
                }
                let text = turned(&c, &turns, length).render();
                let Some(at) = text.find(gap) else { continue };
                checked += 1;
                assert!(text[..at].contains("gap"), "{}\n{text}", c.id);
            }
        }
    }
    assert!(checked > 10, "the gap answer was in {checked} letters");
}

// Guards the order in which a long draft gives things up: the composer's general
// opener ("Looking back, I can see where the interview went wrong") goes before
// the moment the user remembered and the reason they gave, which blind readers missed
// when they were left out (rounds 22 and 23), while the slips still own themselves.
#[test]
fn the_general_opener_goes_before_the_users_moment() {
    let c = Case {
        id: "crowded",
        facts: facts("Brightway Freight", "Routing Analyst", "Mr Reyes", "2026-11-25", InterviewFormat::Video),
        assessment: ticked(&[
            ("said_too_little", "the route-planning project, I just said I worked on routing"),
            ("no_concrete_example", "froze when he asked for an example of a hard call"),
            ("no_questions", ""),
        ]),
        lines: lines(&[
            ("said_too_little", "that I led the route-planning project for 40 drivers across three counties, redrew the delivery zones with the drivers themselves, moved the team off spreadsheets onto the planning tool and brought late deliveries down from 9% to 3% in a year"),
            ("no_concrete_example", "in the snow last winter I cancelled the afternoon runs on the hill routes against my manager's wish, rebooked 140 customers for the next morning myself, and not one van got stuck or had an accident that week"),
            ("no_questions", "how will you measure success in the first six months?"),
            ("moment", "he said the depot wants to stop planning routes on paper by the spring"),
            ("why", "I want to work where routing decisions are made with data"),
        ]),
    };
    let text = c.compose(Channel::Email, LetterLength::Standard).render();
    assert!(count_words(&text) <= 200, "{text}");
    assert!(
        text.contains("paper by the spring"),
        "the moment was left out:\n{text}"
    );
    for opener in phrases::ACKNOWLEDGE {
        assert!(
            !text.contains(opener),
            "the opener stayed before the moment:\n{text}"
        );
    }
    // The slips still own themselves.
    assert!(text.contains("I had no example ready"), "{text}");
}

// Guards an answer too clipped to shape: the letter leaves the notes out but still
// names the question and offers the answer (round 29's reader: the letter "leaves out
// the two-incident answer completely", the one thing the panel needed), unless the
// words before the colon are the answer itself.
#[test]
fn a_clipped_answer_still_names_its_question() {
    let mut c = Case {
        id: "clipped",
        facts: facts("HM Coastguard", "Maritime Operations Officer", "Lynne Harcourt", "2026-11-16", InterviewFormat::InPerson),
        assessment: ticked(&[("blanked_on_question", "froze on the two incidents one")]),
        lines: lines(&[
            ("blanked_on_question", "two incidents at once … yacht first because drifting onto rocks = immediate risk to life, lifeboat tasked, but kayak actions started in parallel, ring shore contact, coastguard rescue team to launch point"),
            ("evidence", "I spent 8 years as RNLI crew at Arbroath, so I know the other end of the radio."),
        ]),
    };
    let text = email(&c);
    assert!(
        text.contains("question about two incidents at once"),
        "{text}"
    );
    assert!(
        !text.contains("yacht first"),
        "the clipped notes were sent:\n{text}"
    );
    c.lines.insert(
        "blanked_on_question".to_owned(),
        "be consistent: same time same place every week = trust".to_owned(),
    );
    let text = email(&c);
    assert!(!text.contains("question about be consistent"), "{text}");
}

// Guards the next thing a long draft gives up: the interviewer's words quoted back go
// before a third answer the user wrote (round 31's reader: a letter that left out the
// safeguarding correction "would not be appointed"; a moment quoted with no reply was
// called stock).
#[test]
fn a_third_answer_outweighs_the_moment() {
    let c = Case {
        id: "third-answer",
        facts: facts("St Bede's Primary School", "Teaching Assistant", "Mrs Lawton", "2026-11-23", InterviewFormat::InPerson),
        assessment: ticked(&[
            ("stumbled_on_gap", "said I'd been at home, sounded like nothing"),
            ("said_too_little", "phonics question, one line"),
            ("something_else", "said I'd tell the parent first on the safeguarding question"),
        ]),
        lines: lines(&[
            ("stumbled_on_gap", "Since having my twins I have volunteered as a reading helper in Year 1 two mornings a week for two years and completed my Level 3 Teaching Assistant certificate."),
            ("said_too_little", "I've been running Little Wandle reading practice sessions as a volunteer so I know the routines and the decodable books"),
            ("something_else", "On the safeguarding question: I would listen, not promise to keep it a secret, write down what the child said in their own words and report it to the DSL straight away, not go to the parent."),
            ("moment", "she said the year 2 class has 3 children with EHCPs and the TA is the constant for them"),
            ("why", "its my local school and i want to work with the little ones on reading"),
        ]),
    };
    let text = c.compose(Channel::Email, LetterLength::Standard).render();
    assert!(count_words(&text) <= 200, "{text}");
    assert!(
        text.contains("report it to the DSL"),
        "the third answer was left out:\n{text}"
    );
    assert!(text.contains("decodable books"), "{text}");
    assert!(text.contains("Level 3 Teaching Assistant"), "{text}");
    // A name's first word is no name alone: "the little ones", not "the Little ones".
    assert!(text.contains("the little ones"), "{text}");
}

// Guards "sentences that follow from each other": a question the interviewer asked is
// not set before a repair that answers nothing (round 28's reader: "the double-up
// question is followed by the career path, as if that were the answer"), even when
// they share words.
#[test]
fn a_question_asked_leads_only_into_an_answer() {
    let mut c = case("exits");
    c.lines.insert(
        "explained_every_exit".into(),
        "each move took me from carer to senior carer to field care supervisor".into(),
    );
    c.lines.insert(
        "moment".into(),
        "you asked how I'd cover a double-up call when one carer rings in sick and the supervisor is off".into(),
    );
    let text = email(&c);
    // Nothing answers it: the question is left out (rounds 61 and 64: raised and
    // never answered), and the career path stands on its own.
    assert!(!text.contains("You asked how I'd cover"), "{text}");
    assert!(text.contains("field care supervisor"), "{text}");
}

// Guards a question the interviewer asked that nothing in the letter answers: it is
// left out rather than raised and left hanging (round 36's reader: "a dangling second
// sentence which leads nowhere"; rounds 61 and 64: "raises a question it never
// answers"), while a remark keeps a remark's link and a need the offer of help.
#[test]
fn a_question_nobody_answers_is_left_out() {
    let mut c = Case {
        id: "asked",
        facts: facts("Office of Helen Marsh MP", "Parliamentary Researcher", "Mr Pritchard", "2026-11-10", InterviewFormat::InPerson),
        assessment: ticked(&[("weak_tell_me_about_yourself", "")]),
        lines: lines(&[
            ("weak_tell_me_about_yourself", "I've spent four years in casework and policy at a housing charity, turning messy cases into briefings that decision-makers can use."),
            ("moment", "he asked what i thought Helen should say in the temporary accommodation debate"),
        ]),
    };
    let text = email(&c);
    assert!(!text.contains("temporary accommodation debate"), "{text}");
    // Answered in the same field, it is in the letter.
    c.lines.insert(
        "moment".to_owned(),
        "he asked what i thought Helen should say in the temporary accommodation debate, and i said she should lead on the cost of B&Bs".to_owned(),
    );
    let text = email(&c);
    assert!(text.contains("the cost of B&Bs"), "{text}");
    c.lines.insert(
        "moment".to_owned(),
        "he said the debate is where most of the work gets noticed".to_owned(),
    );
    let text = email(&c);
    // Linked after it ("…, which helped me understand the role") or taken up as news
    // before it ("You told me that …"), never bare.
    assert!(
        text.contains("gets noticed")
            && !text.contains("You said the debate is where most of the work gets noticed.\n"),
        "a remark lost its link:\n{text}"
    );
    // A need the interviewer named gets the offer of help (round 38's reader: "need
    // someone to help write the training" went nowhere).
    c.lines.insert(
        "moment".to_owned(),
        "he said they're moving to a new platform next year and need someone to help write the training".to_owned(),
    );
    let text = email(&c);
    assert!(
        phrases::NEED_LINK.iter().any(|l| text.contains(l)),
        "a need went unanswered:\n{text}"
    );
}

// Guards the answer over its question: a line that restates the question and then
// answers it at length keeps the answer when the plan has room for only one of them
// (round 40's reader: a letter that "asks the question and then never answers it").
#[test]
fn a_long_answer_is_kept_over_its_question() {
    let c = Case {
        id: "epds",
        facts: facts("Severn Vale Community Health NHS Trust", "Health Visitor", "Mrs Okafor", "2026-11-24", InterviewFormat::Video),
        assessment: ticked(&[("blanked_on_question", "")]),
        lines: lines(&[
            ("blanked_on_question", "You asked how I would support a mother who scores highly on the EPDS at a new birth visit but says she is fine. I would acknowledge what she has told me, ask gently about sleep, support and what a difficult day looks like, and offer a listening visit within the week, making sure she knows the route to her GP and the perinatal mental health team, and escalating if there were any risk."),
            ("evidence", "On placement I set up a drop-in breastfeeding support session at a children's centre; attendance grew from 3 to around 15 families a week over four months."),
        ]),
    };
    for len in LENGTHS {
        let text = c.compose(Channel::Email, len).render();
        assert!(
            text.contains("I would acknowledge what she has told me"),
            "{len:?}: the answer is missing\n{text}"
        );
    }
}

/// Guards the Write step's ask for an answer beside the moment: a question the
/// interviewer asked, typed with nothing after it, is unanswered; one with its answer
/// (after a colon, a dash or in a sentence of its own), or a remark, is not. And the
/// letter never raises a question it does not answer (round 45's reader; rounds 61
/// and 64).
#[test]
fn a_question_in_the_moment_asks_for_its_answer() {
    let facts = case("bad_mouthed").facts;
    #[rustfmt::skip]
    let rows: &[(&str, bool)] = &[
        ("he asked how i'd handle a caller who is screaming and can't give an address", true),
        ("she asked what dignity in care means to me", true),
        ("she asked what dignity in care means to me: treating every resident as a person", false),
        ("he asked how i'd handle a screaming caller - i'd keep calm and ask short questions", false),
        ("he asked how i'd handle a screaming caller. i'd keep calm and ask about landmarks", false),
        ("she said they're bringing PFAS testing in-house next year", false),
        ("", false),
    ];
    for (moment, want) in rows {
        assert_eq!(moment_unanswered(moment, &facts), *want, "{moment}");
    }
    // Unanswered, the question is left out of the letter (rounds 61 and 64), and no
    // wording promises an answer; with its answer it is in.
    let mut c = case("bad_mouthed");
    c.lines.insert("moment".into(), rows[0].0.into());
    for turn in 0..3 {
        let text = turned(&c, &format!("thanks={turn}"), LetterLength::Standard).render();
        assert!(
            !text.contains("You asked how I'd handle a caller"),
            "{text}"
        );
        for promise in ["better answer", "answer it properly", "a proper answer"] {
            assert!(!text.contains(promise), "{promise}: {text}");
        }
    }
    c.lines.insert("moment".into(), rows[4].0.into());
    let text = email(&c);
    assert!(text.contains("ask about landmarks"), "{text}");
}

/// Guards that an admission comes with its repair: "I did not say clearly why I want
/// this role" only in a letter that then says why (round 45's letter admitted it and
/// never said why). Notes that only tell what was said on the day give no reason.
#[test]
fn the_unclear_why_is_admitted_only_with_the_why() {
    // After "less sure about the role", the role is "it" (the sixth garble hunt).
    let slip = "did not say clearly why I want it";
    let mut c = Case {
        id: "unclear_why",
        facts: facts(
            "Kowalski Heating",
            "HVAC Technician",
            "Linda Kowalski",
            "2026-11-25",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[
            ("negative_about_role", "said ugh about the on-call weekends"),
            (
                "unclear_why_this_role",
                "i said something vague about growth",
            ),
        ]),
        lines: lines(&[]),
    };
    let text = email(&c);
    assert!(!text.contains(slip), "{text}");
    c.lines.insert(
        "why".into(),
        "I want the troubleshooting and the same customers year after year".into(),
    );
    let text = email(&c);
    assert!(text.contains(slip), "{text}");
    assert!(text.contains("same customers year after year"), "{text}");
}

/// Guards the thank-you that would say nothing: the top slip, the only thing ticked,
/// with nothing typed, gets one sentence in passing in every wording, in its row's own
/// words (round 45's nervous trainee and round 47's stumbled gap got only their thanks
/// and their ask); once the user gives a line of their own, the letter says that
/// instead.
#[test]
fn a_lone_slip_gets_one_sentence_when_nothing_else_is_said() {
    for id in [
        "nervous_body_language",
        "stumbled_on_gap",
        "rambled_too_long",
    ] {
        let slip = catalogue()
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.slip)
            .unwrap_or_default();
        let mut c = Case {
            id: "lone_slip",
            facts: facts(
                "Lakeshore Transit",
                "Bus Operator Trainee",
                "",
                "2026-11-27",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[(id, "")]),
            lines: lines(&[]),
        };
        assert!(
            c.diagnosis().verdict < Verdict::Pattern,
            "{id} alone is a thank-you"
        );
        for turn in 0..3 {
            let text = turned(&c, &format!("acknowledge={turn}"), LetterLength::Standard).render();
            assert_eq!(text.matches(slip).count(), 1, "{id}: {text}");
        }
        c.lines.insert(
            "why".into(),
            "I have driven a school route for 4 years and want to do it full time".into(),
        );
        let text = email(&c);
        assert!(!text.contains(slip), "{id}: {text}");
    }
}

/// Guards the acknowledgement after the apology for being late: whichever wording is
/// turned to, it never opens on a second "I know" (round 45's "…; I know it got us off
/// to a poor start. I know our conversation …").
#[test]
fn no_second_i_know_after_the_late_apology() {
    let c = Case {
        id: "late_and_rambled",
        facts: facts(
            "Probation Service",
            "Probation Services Officer",
            "Sam Okafor",
            "2026-11-19",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[
            ("arrived_late", "20 mins late, train cancelled"),
            ("rambled_too_long", "went on about one young lad"),
            ("no_questions", ""),
        ]),
        lines: lines(&[(
            "rambled_too_long",
            "my point was consistency and clear boundaries",
        )]),
    };
    for turn in 0..6 {
        let text = turned(&c, &format!("acknowledge={turn}"), LetterLength::Standard).render();
        assert!(
            text.contains("I apologise for being 20 minutes late"),
            "{text}"
        );
        assert_eq!(text.matches("I know").count(), 1, "{text}");
    }
}

/// Guards names restored from the private notes: a hotel the note spells "the Royal
/// Oak" is "the Royal Oak" in the letter where the line typed it in lowercase (round
/// 46's "At the royal oak"), and the note lends its capitals only, never its words.
#[test]
fn names_capitalised_in_the_notes_are_restored_whole() {
    let c = Case {
        id: "royal_oak",
        facts: facts(
            "The Grantley",
            "Front Office Manager",
            "Helen Marsh",
            "2026-11-27",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[(
            "criticised_former_boss",
            "i said the GM at the Royal Oak micromanages everything",
        )]),
        lines: lines(&[(
            "criticised_former_boss",
            "at the royal oak i learned to run the front desk on my own overnight",
        )]),
    };
    let text = email(&c);
    assert!(text.contains("the Royal Oak I learned"), "{text}");
    assert!(!text.contains("micromanages"), "{text}");
}

/// Guards the lead before a story that opens on where it happened: "On the Blood
/// Brothers tour a fly bar jammed … - I called a hold, …" names no topic the way "On
/// verifying an image, I would …" does, so the missing example is named before it
/// (round 46's reader: "drops in the story with no context").
#[test]
fn a_story_opening_on_a_place_keeps_its_lead() {
    let c = Case {
        id: "story_on_tour",
        facts: facts("The Corn Exchange", "Deputy Stage Manager", "Gareth Lewis", "2026-11-27", InterviewFormat::Phone),
        assessment: ticked(&[("no_concrete_example", "")]),
        lines: lines(&[(
            "no_concrete_example",
            "On the Blood Brothers tour a fly bar jammed in Act 2 in Swansea - I called a hold, reworked the next cues with the crew on cans and we were running again in four minutes.",
        )]),
    };
    let text = email(&c);
    let leads = [
        "did not give you a real one",
        "should have had one ready",
        "concrete example ready",
    ];
    assert!(leads.iter().any(|l| text.contains(l)), "{text}");
    assert!(
        text.contains("I called a hold, reworked the next cues"),
        "{text}"
    );
}

/// Guards the moment told as news heard, not quoted back with a stock link: a plain
/// "she said …" in the thanks is "… that …" as news heard in every wording, a quote keeps its
/// words, and one that shares a word with the result runs into it as one thought
/// (round 45 and 46's readers: "it has stayed with me since" is stock; facts side by
/// side are not linked).
#[test]
fn what_she_said_is_heard_and_linked_to_the_result() {
    let mut c = case("bad_mouthed");
    c.lines.insert(
        "moment".into(),
        "she said they're bringing PFAS testing in-house next year".into(),
    );
    c.lines.shift_remove("evidence");
    for turn in 0..3 {
        let text = turned(&c, &format!("thanks={turn}"), LetterLength::Standard).render();
        let heard = phrases::MOMENT_HEARD.iter().any(|h| {
            text.contains(&h.replace("{what}", "you're bringing PFAS testing in-house next year"))
        });
        assert!(heard, "{text}");
    }
    c.lines.insert(
        "moment".into(),
        "he said 'our clients read every page'".into(),
    );
    assert!(
        email(&c).contains("You said 'our clients read every page'"),
        "{}",
        email(&c)
    );
    let mut c = Case {
        id: "ev_chargers",
        facts: facts(
            "Brightwell Electrical",
            "Approved Electrician",
            "Gareth Lloyd",
            "2026-11-27",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("blanked_on_question", "froze on safe isolation")]),
        lines: lines(&[
            (
                "blanked_on_question",
                "I'd isolate, lock off and tag, and prove my tester before and after",
            ),
            (
                "moment",
                "he said half their work now is EV chargers and solar",
            ),
            (
                "evidence",
                "wired 14 EV chargers last year for Northway Homes, all passed first inspection",
            ),
        ]),
    };
    let text = email(&c);
    assert!(
        text.contains(&format!(
            "EV chargers and solar{}I wired 14 EV chargers",
            phrases::MOMENT_TO_RESULT
        )),
        "{text}"
    );
    // Only a common word shared ("years") is no "work I know well" (the review's "the
    // team has had 3 managers in 2 years, and that is work I know well").
    c.lines.insert(
        "moment".into(),
        "he said the team has had 3 managers in 2 years".into(),
    );
    c.lines.insert(
        "evidence".into(),
        "kept a crew of 8 electricians on schedule for 2 years".into(),
    );
    let text = email(&c);
    assert!(text.contains("crew of eight electricians"), "{text}");
    assert!(!text.contains(phrases::MOMENT_TO_RESULT), "{text}");
}

/// Guards "they" in a line about the writer's own answer (not a field about the
/// company): in the present it is the company read, addressed as "you" (the note
/// shape "they" of point 2); in the past it is a past employer's and stays.
#[test]
fn they_in_the_present_is_the_reader() {
    for (line, has) in [
        (
            "they are rebuilding their routing, which is exactly what I did at Brightway",
            "You are rebuilding your routing",
        ),
        (
            "they promoted me to shift lead after 6 months at Haulix",
            "They promoted me to shift lead",
        ),
        // With the writer in it, "they" is the employer the writer has now.
        (
            "they need me to cover weekends at my current depot, so I want a fixed rota",
            "They need me to cover weekends",
        ),
    ] {
        let c = Case {
            assessment: ticked(&[("said_too_little", "")]),
            lines: lines(&[("said_too_little", line)]),
            ..case("said_too_little")
        };
        let text = email(&c);
        assert!(text.contains(has), "{line}\n{text}");
    }
}

// Guards that the letter follows the writer's own spelling (round 57's reader: a US
// candidate wrote "apologise"): a writer with a US number gets the composer's words in
// American forms and dates, a British writer keeps them, and the writer's own words
// are never respelled.
#[test]
fn an_american_writer_gets_american_spelling() {
    let mut c = Case {
        id: "us",
        facts: facts(
            "Summit Tree Care",
            "Climbing Arborist",
            "Ms Dana Reyes",
            "2026-11-13",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[
            ("arrived_late", ""),
            ("couldnt_back_up_resume", ""),
            ("blanked_on_question", ""),
        ]),
        lines: lines(&[(
            "couldnt_back_up_resume",
            "I worked with the World Health Organisation on 40 surveys",
        )]),
    };
    c.facts.candidate_contact = "sam.carter@example.com, (503) 555-0147".to_owned();
    let us = email(&c);
    for want in [
        "apologize",
        "on November 13",
        "Dear Ms. Reyes",
        "World Health Organisation",
    ] {
        assert!(us.contains(want), "{want:?} in\n{us}");
    }
    assert!(!us.contains("apologise") && !us.contains(" CV"), "{us}");
    c.facts.candidate_contact = "sam.carter@example.com, 07700 900123".to_owned();
    let uk = email(&c);
    for want in ["apologise", "on 13 November", "Dear Ms Reyes"] {
        assert!(uk.contains(want), "{want:?} in\n{uk}");
    }
}

// Guards against saying a slip twice (round 57's readers): a line in which the user
// owns the slip themselves ("…, I undersold it.") takes no admission or lead of the
// letter's before it, and the acknowledgement's opener does not echo the words of the
// circumstance the user explains ("… and I wasn't at my best").
#[test]
fn a_slip_the_user_owns_is_not_admitted_again() {
    let c = Case {
        id: "owned",
        facts: facts(
            "Tri-County Water Authority",
            "Leak Detection Technician",
            "Mr Hale",
            "2026-11-25",
            InterviewFormat::Phone,
        ),
        assessment: ticked(&[("said_too_little", ""), ("knew_little_about_company", "")]),
        lines: lines(&[(
            "said_too_little",
            "When you asked about acoustic leak detection I undersold it. I spent two years running correlator surveys on 40 miles of main.",
        )]),
    };
    // Typed in lowercase, it owns the slip too; "I didn't lose a single client" owns
    // nothing.
    let mut lower = c.clone();
    lower.lines.insert(
        "said_too_little".into(),
        "when you asked about acoustic leak detection i undersold it. I ran surveys on 40 miles of main.".into(),
    );
    assert!(
        !email(&lower).contains("far too short"),
        "{}",
        email(&lower)
    );
    lower.lines.insert(
        "said_too_little".into(),
        "I didn't lose a single client in 3 years of running the surveys.".into(),
    );
    let text = email(&lower);
    let led = ["far too short", "add to one of my answers"];
    assert!(led.iter().any(|l| text.contains(l)), "{text}");
    for n in 0..3 {
        let text = turned(&c, &format!("repairs={n}"), LetterLength::Standard).render();
        assert!(text.contains("I undersold it."), "{text}");
        let slip = "My answer to one of your questions was far too short";
        assert!(!text.contains(slip), "{text}");
        for lead in ["fuller answer", "more I should have said"] {
            assert!(!text.contains(lead), "{text}");
        }
    }
    let c = Case {
        id: "best",
        facts: facts(
            "Bridgeway Legal",
            "Accredited Representative",
            "Ms Vega",
            "2026-11-25",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[("personal_event", ""), ("said_too_little", "")]),
        lines: lines(&[(
            "personal_event",
            "My grandmother passed away the night before our interview and I wasn't at my best.",
        )]),
    };
    for n in 0..6 {
        let text = turned(&c, &format!("acknowledge={n}"), LetterLength::Standard).render();
        assert_eq!(text.matches(" best").count(), 1, "{text}");
        assert_eq!(text.matches(" interview").count(), 1, "{text}");
    }
}

// Guards the late arrival's optional line (rounds 56 and 57: an apology that named
// nothing read as thin): what made the writer late goes into the one apology, followed
// by the responsibility, and the field is offered in the Write step but never needed;
// without it the apology stands alone.
#[test]
fn being_late_is_owned_with_its_reason_when_the_user_gives_one() {
    let mut c = Case {
        id: "late",
        facts: facts(
            "Summit Tree Care",
            "Climbing Arborist",
            "Ms Reyes",
            "2026-11-27",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("arrived_late", "crash on the A40, 25 min late")]),
        lines: lines(&[(
            "arrived_late",
            "there was a crash on the A40 and i was 25 minutes late",
        )]),
    };
    let text = email(&c);
    let want = "I apologise for being late. There was a crash on the A40 and I was 25 minutes late. I should have allowed more time";
    assert!(text.contains(want), "{want:?} in\n{text}");
    assert_eq!(text.matches("apologise").count(), 1, "{text}");
    let d = c.diagnosis();
    let field = letter_fields(&d, LetterLength::Standard)
        .into_iter()
        .find(|f| f.key == "arrived_late");
    assert!(field.is_some_and(|f| !f.needed), "offered, not needed");
    c.lines.clear();
    let text = email(&c);
    // (How late, from the note's minutes: see `lateness_is_named_in_minutes`.)
    assert!(
        text.contains("I apologise for being 25 minutes late; I know"),
        "{text}"
    );
    assert!(
        !text.contains("A40"),
        "the private note stays private:\n{text}"
    );
}

// Guards the Write step's ask for the question (readers of rounds 22, 56 and 58: "which
// question?"): an answer typed for a field that asks for "the question, and …" is
// flagged while it names no question, and never once it does, nor in other fields.
#[test]
fn an_answer_that_names_no_question_is_flagged() {
    let table = [
        (
            "rambled_too_long",
            "I cut vacancies from 38 to 9 with a paid academy",
            true,
        ),
        (
            "said_too_little",
            "I do the atmospheric testing and act as attendant",
            true,
        ),
        (
            "rambled_too_long",
            "when you asked about leading a crew, the point was safety",
            false,
        ),
        (
            "rambled_too_long",
            "On the supplier price increase question: I held it to 2.5%",
            false,
        ),
        (
            "said_too_little",
            "on confined space entry: I do the atmospheric testing",
            false,
        ),
        (
            "blanked_on_question",
            "You asked how I'd handle a late change. I'd use change control",
            false,
        ),
        (
            "blanked_on_question",
            "that if a provider asked me to summarize, I'd explain why not",
            false,
        ),
        ("said_too_little", "", false),
        (
            "said_too_little",
            "I led the task force that cut waste by 30%",
            true,
        ),
        // "q" is the question, named.
        (
            "rambled_too_long",
            "q about making sessions work for SEND groups - point was: i plan with the teacher",
            false,
        ),
        // The question to ask is no answer.
        (
            "no_questions",
            "What does success look like in the first 90 days?",
            false,
        ),
        // Fields that do not ask for the question.
        (
            "no_concrete_example",
            "the Westbury resignalling, which saved a re-test cycle",
            false,
        ),
        (
            "weak_tell_me_about_yourself",
            "nine years buying chilled and dairy",
            false,
        ),
        ("why", "you run mentoring and summer jobs together", false),
    ];
    for (key, text, want) in table {
        assert_eq!(
            super::answer_names_no_question(key, text),
            want,
            "{key}: {text:?}"
        );
    }
}

// Guards the moment told back without the interviewer's reaction (readers of rounds 56
// and 57: "and you nodded" odd, "You seemed to like that" presumptuous): the question
// and the answer stay.
#[test]
fn the_moment_leaves_out_how_the_interviewer_took_it() {
    for moment in [
        "she asked what i'd do first in 90 days and i said a full supplier review, she seemed to like that",
        "she asked what i'd do first in 90 days, i said a full supplier review, and she nodded",
        // Round 72: a last short sentence of how she seemed.
        "she asked what i'd do first in 90 days and I said a full supplier review, she seemed happy with that",
        // Round 146: "and he smiled" with no comma.
        "she asked what i'd do first in 90 days. i said a full supplier review and she smiled",
    ] {
        let c = Case {
            id: "reaction",
            facts: facts(
                "Marsh & Co",
                "Category Buyer",
                "Mrs Thorpe",
                "2026-11-27",
                InterviewFormat::Phone,
            ),
            assessment: ticked(&[("rambled_too_long", "")]),
            lines: lines(&[("moment", moment)]),
        };
        let text = email(&c);
        assert!(text.contains("a full supplier review"), "{text}");
        for reaction in ["seemed", "nodded", "smiled"] {
            assert!(!text.contains(reaction), "{reaction:?} in\n{text}");
        }
    }
}

// Guards the result placed beside the answer it backs (round 57's reader: "the snag
// result dropped in just before the sign-off"): a result that names what a repair
// names goes at the end of that repair's paragraph, once, and the ask's paragraph
// holds no result; one that shares nothing stays before the ask.
#[test]
fn a_result_goes_beside_the_answer_it_backs() {
    let mut c = Case {
        id: "kingsmead",
        facts: facts(
            "Hartley Flooring",
            "Lead Floor Fitter",
            "Mr Hartley",
            "2026-11-24",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("couldnt_back_up_resume", ""), ("stumbled_on_gap", "")]),
        lines: lines(&[
            (
                "couldnt_back_up_resume",
                "I led a team of 4 fitting LVT and carpet in 120 flats at Kingsmead over 7 months.",
            ),
            (
                "stumbled_on_gap",
                "In 2023 I took eight months out to look after my dad.",
            ),
            ("evidence", "Kingsmead handed over with zero flooring snags"),
        ]),
    };
    let text = email(&c);
    let paragraph = text
        .split("\n\n")
        .find(|p| p.contains("120 flats"))
        .unwrap_or_default();
    assert!(
        paragraph.ends_with("Kingsmead handed over with zero flooring snags."),
        "{text}"
    );
    assert_eq!(text.matches("zero flooring snags").count(), 1, "{text}");
    c.lines.insert(
        "evidence".into(),
        "I won the regional fitter of the year award".into(),
    );
    let text = email(&c);
    let ask = text
        .split("\n\n")
        .find(|p| p.contains("fitter of the year"))
        .unwrap_or_default();
    let asks = ask.contains("again") || ask.contains("conversation");
    assert!(!ask.contains("120 flats") && asks, "{text}");
}

// Guards names restored as the user capitalised them (round 60): the company's name
// with its possessive typed in lowercase ("ironwood's") is capitalised, and a common
// word that opens a longer name ("Level 4 Food Safety") does not capitalise that word
// elsewhere ("food hygiene").
#[test]
fn names_are_restored_whole_and_with_their_possessive() {
    let c = Case {
        id: "names",
        facts: facts(
            "Ironwood Brewing Co.",
            "QA Lab Technician",
            "Ms Lee",
            "2026-11-25",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[("stumbled_on_gap", "")]),
        lines: lines(&[
            (
                "stumbled_on_gap",
                "In 2023 I cared for my father and completed my Level 4 Food Safety and HACCP.",
            ),
            (
                "why",
                "i homebrew and ironwood's sour program got me into sours",
            ),
            ("evidence", "I did 160 food hygiene inspections in a year"),
        ]),
    };
    let text = email(&c);
    assert!(text.contains("Ironwood's sour program"), "{text}");
    assert!(text.contains("160 food hygiene inspections"), "{text}");
    assert!(text.contains("Level 4 Food Safety"), "{text}");
}

// Guards point 3 ("stock lines are replaced by sentences built from the user's
// facts") and point 1 (notes stay private): a slip about one question says which
// question when the private note names it, and nothing else of the note comes with
// it; a question the note names loosely ("her team", which would have to become
// "your team") leaves the plain slip.
#[test]
fn a_slip_names_the_question_the_note_names() {
    let table: &[(&str, &str, &str)] = &[
        (
            "she asked how i'd prioritise a backlog of 4000 undocumented objects. i just said 'start with the most important ones' ugh",
            "I'd triage by risk first, then give everything a basic record.",
            "My mind went blank when you asked how I'd prioritise a backlog of 4000 undocumented objects. I'd triage",
        ),
        // The line's own opening topic gives way to the note's question.
        (
            "he asked about safe isolation and i froze",
            "On safe isolation, I would isolate, lock off and prove dead before touching anything.",
            "My mind went blank when you asked about safe isolation. I would isolate",
        ),
        // No question in the note: the line's opening topic names it.
        (
            "froze completely",
            "On safe isolation, I would isolate, lock off and prove dead before touching anything.",
            "My mind went blank when you asked about safe isolation. I would isolate",
        ),
        // A time or a stance the line opens on is no question.
        (
            "froze completely",
            "On Monday, I would isolate, lock off and prove dead before touching anything.",
            "My mind went blank on one of your questions.",
        ),
        (
            "froze completely",
            "On reflection, I would isolate, lock off and prove dead before touching anything.",
            "My mind went blank on one of your questions.",
        ),
        // The line names its question itself, and owns the slip: no second naming.
        (
            "he asked about safe isolation and i froze",
            "When you asked about safe isolation, I should have said I isolate and lock off first.",
            "talked over you at times. I explained one line of my CV badly. Let me put that right. I catalogued 2,300 objects at Hartfield House in eight months.\n\nWhen you asked about safe isolation, I should have said",
        ),
        (
            "she asked about her team's planner and i said i'd never used it",
            "I would learn the planner in my first week and keep it up to date.",
            "My mind went blank on one of your questions.",
        ),
    ];
    for (note, line, want) in table {
        let c = Case {
            id: "named question",
            facts: facts(
                "Hartfield Trust",
                "Collections Assistant",
                "Ms Raman",
                "2026-11-24",
                InterviewFormat::InPerson,
            ),
            // A second-chance letter, which admits each slip before its answer.
            assessment: ticked(&[
                ("blanked_on_question", note),
                ("couldnt_back_up_resume", "waffled about the catalogue"),
                ("ended_early", ""),
                ("interrupted_interviewer", ""),
            ]),
            lines: lines(&[
                ("blanked_on_question", line),
                (
                    "couldnt_back_up_resume",
                    "I catalogued 2,300 objects at Hartfield House in eight months.",
                ),
            ]),
        };
        let text = email(&c);
        assert!(text.contains(want), "{note:?}\n{text}");
        assert!(text.matches("safe isolation").count() <= 1, "{text}");
        for narration in ["i just said", "ugh", "i froze", "never used it"] {
            assert!(!text.contains(narration), "{narration:?} sent\n{text}");
        }
    }
}

// Guards point 2 (every field shapes the letter) and point 3 (one acknowledgement):
// what went wrong with the setting, when the writer chose to say it, is owned once
// with its responsibility; left empty, one general line owns it; the private note
// stays out either way.
#[test]
fn the_setting_is_owned_with_what_went_wrong() {
    let table: &[(InterviewFormat, &str, &str)] = &[
        (
            InterviewFormat::Video,
            "my picture froze twice during the signed part",
            "My picture froze twice during the signed part. I should have set myself up better beforehand, and I am sorry it got in the way.",
        ),
        // The writer's sentence owns it already: only the regret follows.
        (
            InterviewFormat::Video,
            "I didn't test my mic beforehand",
            "I didn't test my mic beforehand. I am sorry it got in the way.",
        ),
        (
            InterviewFormat::Phone,
            "I took the call in a noisy stairwell, and I should have found a quiet room",
            "I took the call in a noisy stairwell, and I should have found a quiet room. I am sorry it got in the way.",
        ),
        (
            InterviewFormat::Video,
            "",
            "I should have checked my setup before the call, and I am sorry that got in the way.",
        ),
    ];
    for (format, line, want) in table {
        let c = Case {
            id: "setting",
            facts: facts(
                "Signpost Interpreting",
                "BSL Interpreter",
                "Ms Raman",
                "2026-11-24",
                *format,
            ),
            assessment: ticked(&[
                ("wrong_setting", "wifi kept cutting out, SO embarrassing"),
                ("rambled_too_long", "mental health settings question"),
            ]),
            lines: lines(&[
                ("wrong_setting", line),
                (
                    "rambled_too_long",
                    "I always pre-brief with the clinician and debrief after.",
                ),
            ]),
        };
        let text = email(&c);
        assert!(text.contains(want), "{line:?}\n{text}");
        assert_eq!(text.matches("sorry").count(), 1, "{text}");
        assert!(!text.contains("embarrassing"), "{text}");
    }
    // Beside a red flag the setting is not confessed, so the Write step offers no
    // field for it: a line typed there would shape nothing.
    let c = Case {
        id: "setting beside a red flag",
        facts: facts(
            "Apex Lifts",
            "Lift Engineer",
            "Mr Hollis",
            "2026-11-24",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[
            ("wrong_setting", ""),
            ("criticised_former_boss", ""),
            ("couldnt_back_up_resume", ""),
        ]),
        lines: lines(&[]),
    };
    let d = c.diagnosis();
    for len in LENGTHS {
        let keys: Vec<&str> = letter_fields(&d, len).iter().map(|f| f.key).collect();
        assert!(!keys.contains(&"wrong_setting"), "{keys:?}");
        assert!(keys.contains(&"criticised_former_boss"), "{keys:?}");
    }
}

// Guards point 3 (one acknowledgement of what mattered): a plain thank-you after
// sounding unsure about the job owns that doubt in passing before the "why" that
// answers it, since the why alone never says what it answers (round 69's reader, 3
// of 10: "never mentions what went wrong").
#[test]
fn a_doubt_about_the_job_is_owned_before_the_why() {
    let c = Case {
        id: "doubt",
        facts: facts(
            "Cedar Hollow Animal Hospital",
            "Practice Manager",
            "Dr. Lisa Tran",
            "2026-11-23",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("negative_about_role", "said i guess to saturdays")]),
        lines: lines(&[(
            "why",
            "i like small independent practice you know every client by name",
        )]),
    };
    let text = email(&c);
    let doubt = text
        .find("sounded less sure about the role than I am")
        .unwrap_or_else(|| panic!("the doubt is owned\n{text}"));
    let why = text
        .find("you know every client by name")
        .unwrap_or_else(|| panic!("the why is kept\n{text}"));
    assert!(doubt < why, "{text}");
    assert!(!text.contains("i guess"), "{text}");
}

// Guards the doubt's sentence (round 93): it does not say "want this role" twice
// ("…less sure about the role than I am, and I am not sure I showed you how much I
// want this role"), and talking over the reader, ticked beside it, is owned once in
// a few words rather than left out.
#[test]
fn a_doubt_says_it_once_and_owns_talking_over_her() {
    let c = Case {
        id: "doubt and interruption",
        facts: facts(
            "Puget Island Ferry Service",
            "Terminal Operations Supervisor",
            "Karen Liu",
            "2026-11-25",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[
            ("negative_about_role", "said nights might be a struggle"),
            ("interrupted_interviewer", "cut her off twice"),
        ]),
        lines: lines(&[("why", "I'm fine with nights, I did three years of them")]),
    };
    for turn in 0..3 {
        let text = turned(&c, &format!("acknowledge={turn}"), LetterLength::Standard).render();
        assert!(!text.contains("want this role"), "{text}");
        assert_eq!(text.matches("talked over you").count(), 1, "{text}");
        assert!(text.contains("fine with nights"), "{text}");
    }
}

// Guards "bad input gets a clear message, and nothing is lost": typed punctuation in
// odd places (a curly quote opening an answer that runs into a remark, a space after
// an opening bracket) once panicked the composer; each is composed and keeps the
// user's words.
#[test]
fn odd_punctuation_is_composed() {
    let table: &[(&str, &str, &str)] = &[
        (
            "no_concrete_example",
            "“Listening to night shift drivers first” is how I cut scanner errors by 30% at Tesco",
            "scanner errors by 30%",
        ),
        (
            "no_concrete_example",
            "I worked at a vets ( small practice) for 3 years and cut waiting times by 20%",
            "waiting times by 20%",
        ),
    ];
    for (id, line, kept) in table {
        let c = Case {
            id: "punctuation",
            facts: facts(
                "Northway",
                "Depot Supervisor",
                "Ms Raman",
                "2026-11-24",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[(id, ""), ("couldnt_back_up_resume", "")]),
            lines: lines(&[
                (id, line),
                (
                    "moment",
                    "she said scanner errors on night shift are their biggest problem",
                ),
            ]),
        };
        let text = email(&c);
        assert!(text.contains(kept), "{line:?}\n{text}");
    }
}

// Guards a company name's first word restored as a name (round 72 sent "very Little
// sleep" to Little Acorns Day Nursery): a plain adjective that opens the name stays
// a common word elsewhere.
#[test]
fn a_company_named_with_a_plain_word_keeps_that_word_plain() {
    let c = Case {
        id: "little",
        facts: facts(
            "Little Acorns Day Nursery",
            "Nursery Nurse",
            "Mrs Hale",
            "2026-11-24",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("off_day", "")]),
        lines: lines(&[(
            "off_day",
            "My son was unwell the night before and I'd had very little sleep",
        )]),
    };
    let text = email(&c);
    assert!(text.contains("very little sleep"), "{text}");
    assert!(text.contains("Little Acorns Day Nursery"), "{text}");
}

// Guards point 3 ("the findings that matter") for pay raised too early: readers of
// rounds 75, 76 and 78 marked the letters that left it out as hiding "the most awkward
// error". It is owned once, also beside a red flag, whose letter drops minor slips.
#[test]
fn pay_raised_early_is_owned_beside_a_red_flag() {
    let c = Case {
        id: "pay beside a red flag",
        facts: facts(
            "Prairie Gold Seed Co.",
            "Territory Sales Manager",
            "Mr Lund",
            "2026-11-24",
            InterviewFormat::Phone,
        ),
        assessment: ticked(&[
            ("criticised_former_boss", "said my old boss was clueless"),
            ("explained_every_exit", ""),
            (
                "raised_salary_early",
                "asked about the truck allowance first thing",
            ),
        ]),
        lines: lines(&[(
            "criticised_former_boss",
            "how to run a book of 60 accounts on my own",
        )]),
    };
    let text = email(&c);
    assert_eq!(text.matches(" pay ").count(), 1, "{text}");
    assert!(!text.contains("truck"), "{text}");
}

// Guards point 3 ("no admission is made twice"): a reason for being late that owns it
// already ("I hadn't left myself enough time") is not followed by "I should have
// allowed more time" (round 78: "the lateness excuse twice").
#[test]
fn a_late_reason_that_owns_it_is_not_owned_again() {
    let table: &[(&str, bool)] = &[
        (
            "There was a wreck on I-71 and I hadn't left myself enough time.",
            false,
        ),
        ("There was a wreck on I-71 and the road was shut.", true),
        // Someone else's "didn't" owns nothing.
        (
            "My train didn't turn up and the next one was 20 minutes later.",
            true,
        ),
    ];
    for (line, again) in table {
        let c = Case {
            id: "late",
            facts: facts(
                "Oak & Ash Tree Care",
                "Arborist Crew Leader",
                "Mr. Kowalski",
                "2026-11-27",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[("arrived_late", "20 min late")]),
            lines: lines(&[("arrived_late", line)]),
        };
        let text = email(&c);
        assert!(text.contains(line), "{text}");
        assert_eq!(text.contains("should have allowed"), *again, "{text}");
    }
}

// Guards point 2 ("the user's specifics, in the letter's voice"): when the lead names
// the question from the note ("…when you asked how I run a crew on a big removal."),
// the answer's own topic opening ("On running a crew for a big removal: …") goes, so
// the question is said once (round 78).
#[test]
fn a_question_named_by_the_lead_is_not_said_again() {
    let c = Case {
        id: "topic after a named lead",
        facts: facts(
            "Oak & Ash Tree Care",
            "Arborist Crew Leader",
            "Mr. Kowalski",
            "2026-11-27",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[(
            "said_too_little",
            "he asked how i run a crew on a big removal and i basically said safety first",
        )]),
        lines: lines(&[(
            "said_too_little",
            "On running a crew for a big removal: I start with a tailgate briefing, set the drop zone and keep one person watching the ropes.",
        )]),
    };
    let text = email(&c);
    assert!(
        text.contains("when you asked how I run a crew on a big removal"),
        "{text}"
    );
    assert!(text.contains("I start with a tailgate briefing"), "{text}");
    assert!(!text.contains("On running"), "{text}");
}

// Guards point 3 ("paragraphs … follow from each other"): an answer gets its way in
// even when the story shares a plain word with the lead ("had it ready"), and a lead
// names the question the note names (round 76: "opens with the hotel story and never
// says which question it answers").
#[test]
fn an_answer_is_led_into() {
    let story = "At the hotel a family's memorial reception got double-booked. I found them a private room and had it ready within 2 hours.";
    for (note, lead) in [
        ("talked in general terms", "example"),
        (
            "she asked about a time i handled a complaint. i talked in general terms",
            "when you asked about a time I handled a complaint.",
        ),
    ] {
        let c = Case {
            id: "example",
            facts: facts(
                "Whitmore & Sons Funeral Home",
                "Funeral Arranger",
                "Mrs. Linda Okafor",
                "2026-11-20",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[("no_concrete_example", note)]),
            lines: lines(&[("no_concrete_example", story)]),
        };
        let text = email(&c);
        let before = text.split("At the hotel").next().unwrap_or_default();
        let last = before.trim_end().rsplit("\n\n").next().unwrap_or_default();
        assert!(last.contains(lead), "{note}\n{text}");
    }
}

// Guards point 2 ("in the letter's voice"): after the lead's colon, a line's opening
// word keeps no capital it had only for opening the note ("…credit for: never leave a
// pub …", round 77), while a name or "I" keeps its own.
#[test]
fn a_line_after_a_colon_reads_on() {
    for (line, want) in [
        (
            "never leave a pub without the next order booked",
            ": never leave a pub",
        ),
        ("Xero taught me to reconcile daily", "Xero taught me"),
    ] {
        let c = Case {
            id: "colon",
            facts: facts(
                "Longshore Brewing Co",
                "On-Trade Sales Executive",
                "Ms Hale",
                "2026-11-27",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[("criticised_former_boss", "called my old boss lazy")]),
            lines: lines(&[("criticised_former_boss", line)]),
        };
        let text = email(&c);
        assert!(text.contains(want), "{line}\n{text}");
    }
}

// Guards point 3 ("one person writing to one person"): without a name, the job title
// as typed greets the reader (round 75's reader marked "Dear Hiring Manager"); an
// honorific alone, or a title in lower case, does not. A public body named for what it
// is takes its article ("at the Environment Agency", rounds 75 and 79).
#[test]
fn the_reader_and_the_body_are_named_as_people_name_them() {
    let mut c = Case {
        id: "named",
        facts: facts(
            "Environment Agency",
            "Lock and Weir Keeper",
            "",
            "2026-11-24",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("nervous_body_language", "")]),
        lines: lines(&[]),
    };
    for (title, want) in [
        (
            "Director of Transportation",
            "Dear Director of Transportation,",
        ),
        ("Dr", "Dear Hiring Manager,"),
        ("director of transportation", "Dear Hiring Manager,"),
        ("N/A", "Dear Hiring Manager,"),
        ("Not sure", "Dear Hiring Manager,"),
        ("Sarah (HR)", "Dear Hiring Manager,"),
        ("The Hiring Manager", "Dear Hiring Manager,"),
        ("Line Manager", "Dear Hiring Manager,"),
        ("Partner", "Dear Hiring Manager,"),
        ("Sarah's Manager", "Dear Hiring Manager,"),
        ("Head of Portering", "Dear Head of Portering,"),
    ] {
        c.facts.interviewer_title = title.into();
        assert!(email(&c).contains(want), "{title}: {}", email(&c));
    }
    for (company, want) in [
        ("Environment Agency", "at the Environment Agency"),
        (
            "North Atlantic Fisheries Commission",
            "at the North Atlantic Fisheries Commission",
        ),
        (
            "Clearwater Valley Water Authority",
            "at the Clearwater Valley Water Authority",
        ),
        ("Fastfit Tyres", "at Fastfit Tyres"),
    ] {
        c.facts.company = company.into();
        let text = email(&c);
        assert!(text.contains(want), "{text}");
    }
}

// Guards point 3 ("no admission is made twice"): a line that calls its own answer
// thin owns the slip, so the letter does not own it again before it (round 79).
#[test]
fn a_line_that_owns_its_answer_is_not_owned_again() {
    let c = Case {
        id: "owned in the line",
        facts: facts(
            "St Aidan's Hospice",
            "Community Fundraising Manager",
            "Helen",
            "2026-11-27",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("said_too_little", "they asked how id grow the events programme")]),
        lines: lines(&[(
            "said_too_little",
            "On growing the events programme I gave you a very thin answer. What I should have said is that I relaunched the Midnight Walk and took it from 180 to 640 walkers.",
        )]),
    };
    let text = email(&c);
    // Owned once: in the writer's words or, naming the note's question, the letter's.
    assert!(
        text.contains("thin answer") != text.contains("far too short"),
        "{text}"
    );
    assert!(text.contains("events programme"), "{text}");
    assert!(text.contains("Midnight Walk"), "{text}");
}

// Guards point 3 ("owns what went wrong"): how late, when the private note says it in
// minutes, is named (round 72's reader preferred "turning up 20 minutes late"), and
// nothing else of the note is sent.
#[test]
fn lateness_is_named_in_minutes() {
    for (note, want) in [
        ("20 min bus", Some("being 20 minutes late")),
        (
            "about 15mins late, van wouldnt start",
            Some("being 15 minutes late"),
        ),
        (
            "bus was 42 min late so i was 10 min late",
            Some("being 10 minutes late"),
        ),
        ("late by 25 minutes", Some("being 25 minutes late")),
        ("a bit late, traffic", None),
        ("bus 42 was late", None),
        ("waited 40 min for the bus", None),
        ("got stuck at 2 mini roundabouts", None),
        ("90 minutes late", None),
    ] {
        let c = Case {
            id: "late by",
            facts: facts(
                "Northgate General Hospital",
                "Hospital Porter",
                "",
                "2026-11-27",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[("arrived_late", note)]),
            lines: lines(&[]),
        };
        let text = email(&c);
        match want {
            Some(w) => assert!(text.contains(w), "{note}\n{text}"),
            None => assert!(text.contains("being late"), "{note}\n{text}"),
        }
        assert!(!text.contains("bus") && !text.contains("van"), "{text}");
    }
}

/// Guards that with the "why" field empty, the reason the step-2 notes give for
/// wanting the job says why (the note under not saying why, and what the writer
/// really thinks under a doubt about the job), while what was said on the day stays
/// private; and that an off day kept private is still said, plainly, once.
#[test]
fn the_reason_from_the_notes_says_why_when_the_field_is_empty() {
    let facts = || {
        facts(
            "Lakeshore Book Manufacturing",
            "Bindery Supervisor",
            "Mr. Huber",
            "2026-11-23",
            InterviewFormat::InPerson,
        )
    };
    let c = Case {
        id: "why from notes",
        facts: facts(),
        assessment: ticked(&[
            (
                "negative_about_role",
                "said the second shift wasn't ideal. honestly second shift is fine for me",
            ),
            (
                "unclear_why_this_role",
                "I want to run a whole bindery floor, not just one line",
            ),
        ]),
        lines: lines(&[]),
    };
    let text = email(&c);
    assert!(
        text.contains("I want to run a whole bindery floor"),
        "{text}"
    );
    assert!(text.contains("Second shift is fine for me."), "{text}");
    assert!(!text.contains("wasn't ideal"), "{text}");
    // The user's own "why" wins.
    let own = Case {
        lines: lines(&[("why", "I want a bindery that is investing in new lines.")]),
        ..c
    };
    let text = email(&own);
    assert!(text.contains("investing in new lines"), "{text}");
    assert!(!text.contains("whole bindery floor"), "{text}");
    // An off day with no line: said once, with nothing of the note.
    let off = Case {
        id: "off day",
        facts: facts(),
        assessment: ticked(&[("off_day", "came off nights")]),
        lines: lines(&[]),
    };
    let text = email(&off);
    let said = phrases::OFF_DAY_PLAIN
        .iter()
        .filter(|p| text.contains(*p))
        .count();
    assert_eq!(said, 1, "{text}");
    assert!(!text.contains("nights"), "{text}");
}

/// Guards that the notice period the interviewer asked about is given after the ask,
/// in words, and nothing else of that note.
#[test]
fn the_notice_period_asked_for_is_given() {
    let c = Case {
        id: "notice",
        facts: facts(
            "Westmere District Council",
            "Planning Support Officer",
            "Ms Osei",
            "2026-11-23",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[
            ("said_too_little", "she asked about validation"),
            (
                "asked_start_date",
                "she asked my notice period at the end, its 4 wks",
            ),
        ]),
        lines: lines(&[]),
    };
    let text = email(&c);
    assert!(text.contains("otice period is four weeks"), "{text}");
    assert!(
        !text.contains("4 wks") && !text.contains("at the end"),
        "{text}"
    );
}

/// Guards that the CV line the private note quotes is named in the admission, once,
/// and that a US writer's letter calls it a résumé.
#[test]
fn the_cv_line_the_note_quotes_is_named() {
    let c = Case {
        id: "cv line",
        facts: facts(
            "Westmere District Council",
            "Planning Support Officer",
            "Ms Osei",
            "2026-11-23",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[(
            "couldnt_back_up_resume",
            "cv says 'validated 1,200+ planning applications a year' at the agency. she asked how and i couldnt explain",
        )]),
        lines: lines(&[(
            "couldnt_back_up_resume",
            "It was about 25 applications a week, checking plans, fees and ownership certificates.",
        )]),
    };
    let text = email(&c);
    assert!(
        text.contains("My CV says I validated over 1,200 planning applications a year, and I explained it badly."),
        "{text}"
    );
    assert!(
        !text.contains("one line of my CV") && !text.contains("couldnt"),
        "{text}"
    );
}

// Guards round 92's curt "Here is what I would have liked you to hear. I've driven a
// zamboni 2 seasons. I'm reliable.": two clipped lines after an announcing lead are
// one sentence after its colon, and a small count is a word.
#[test]
fn two_clipped_lines_after_a_lead_read_as_one_sentence() {
    let c = Case {
        id: "barely spoke",
        facts: facts(
            "Riverside Ice Arena",
            "Ice Technician",
            "",
            "2026-11-27",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("barely_spoke", "")]),
        lines: lines(&[(
            "barely_spoke",
            "ive driven a zamboni 2 seasons, im reliable",
        )]),
    };
    let text = email(&c);
    assert!(
        text.contains(": I've driven a zamboni two seasons, and I'm reliable."),
        "{text}"
    );
}

// Guards the CV admission (rounds 92, 94 and 95): when what the user typed shows the
// line claimed more than their part (a team's total), the letter says so plainly
// instead of "I explained it badly"; a note that shows no such thing keeps the
// milder wording.
#[test]
fn an_overstated_cv_line_is_owned_plainly() {
    let mut c = Case {
        id: "cv",
        facts: facts(
            "Keystone Mortgage Partners",
            "Mortgage Adviser",
            "Rachel Obi",
            "2026-11-27",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[(
            "couldnt_back_up_resume",
            "cv says 'completed £40m of lending in 2025' - that was the team total, mine was £11.5m",
        )]),
        lines: lines(&[(
            "couldnt_back_up_resume",
            "my own figure was £11.5m across 52 completed cases in 2025",
        )]),
    };
    let text = email(&c);
    assert!(text.contains("that line overstated my part"), "{text}");
    assert!(!text.contains("explained it badly"), "{text}");
    // The fourth garble hunt's ways of saying so.
    for note in [
        "cv says 'secured £250k' - true but it was a team bid, i wrote the budget",
        "my cv says i 'led' the lending review but really i co-ordinated the drop-in events",
        "cv says 'commercial lending' but it was only 2 cases",
    ] {
        c.assessment = ticked(&[("couldnt_back_up_resume", note)]);
        let text = email(&c);
        assert!(text.contains("overstated my part"), "{note}: {text}");
    }
    c.assessment = ticked(&[(
        "couldnt_back_up_resume",
        "cv says 'completed £40m of lending in 2025', got flustered on the numbers",
    )]);
    let text = email(&c);
    assert!(!text.contains("overstated"), "{text}");
}

// Guards the other side of the plain CV admission: a note that only mentions a team
// the writer led claims nothing more than their part, and is not made to confess.
#[test]
fn a_team_the_writer_led_is_no_overstatement() {
    let c = Case {
        id: "cv led",
        facts: facts(
            "Harbour Freight Ltd",
            "Logistics Coordinator",
            "Priya Shah",
            "2026-11-27",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[(
            "couldnt_back_up_resume",
            "cv says 'led a team of 12 pickers' and i couldnt say how i did it",
        )]),
        lines: lines(&[(
            "couldnt_back_up_resume",
            "I ran the rota and the daily briefings for 12 pickers",
        )]),
    };
    let text = email(&c);
    assert!(!text.contains("overstated"), "{text}");
}

// Guards a pasted megabyte: the composer reads each field up to its first few
// kilobytes, cut where a sentence ends, so the first sentences of a long paste still
// reach the letter and the rest costs nothing. Before, a megabyte of dashes in every
// field took minutes to compose (each dash searched the whole rest of the note).
#[test]
fn a_pasted_megabyte_is_read_only_as_far_as_a_letter_could_use() {
    let cut = |t: &str| readable(t).to_owned();
    // The cut: whole when short; after the last sentence end before the limit; at a
    // space when there is none; never inside a character.
    let para = "I led the rollout. ".repeat(400);
    for (text, want_end) in [
        ("I led the rollout.", "rollout."),
        (para.as_str(), "rollout."),
        (&"word ".repeat(2000), "word"),
        (&"é".repeat(5000), "é"),
    ] {
        let got = cut(text);
        assert!(got.len() <= FIELD_READ_BYTES, "{}", got.len());
        assert!(
            got.ends_with(want_end),
            "{:?}",
            &got[got.len().saturating_sub(20)..]
        );
        assert!(text.starts_with(&got));
    }
    let base = case("bad_mouthed");
    let ids: Vec<String> = base.assessment.keys().cloned().collect();
    for paste in [
        "word, other - ",
        " - x",
        "I, ",
        "1, 2 - 3, ",
        "x\n",
        "When you asked - the answer - ",
    ] {
        let big = format!(
            "I cut rework by 30% on the Leeds line. {}",
            paste.repeat((1 << 20) / paste.len())
        );
        let with = |text: &str| {
            let mut c = base.clone();
            for id in &ids {
                c.assessment[id.as_str()].detail = text.to_owned();
                c.lines.insert(id.clone(), text.to_owned());
            }
            for (key, _) in &GENERAL_LINES {
                c.lines.insert((*key).to_owned(), text.to_owned());
            }
            c
        };
        let letter = email(&with(&big));
        assert_eq!(letter, email(&with(&cut(&big))), "{paste:?}");
        assert!(count_words(&letter) <= 200, "{paste:?}: {letter}");
        assert!(
            letter.contains("30%"),
            "{paste:?}: the first sentence is kept: {letter}"
        );
    }
}

// Guards point 3 ("sentences that follow from each other"): a moment that no line
// answers leads the paragraph of the evidence and the ask, not the thanks, where
// blind readers found it repeated back and never used (rounds 90 to 101).
#[test]
fn a_moment_no_line_answers_leads_the_evidence() {
    let mut c = Case {
        id: "loose",
        facts: facts(
            "Ledgerline",
            "QA Engineer",
            "Ms Okafor",
            "2026-11-24",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[("no_concrete_example", "")]),
        lines: lines(&[]),
    };
    c.lines.insert(
        "no_concrete_example".into(),
        "I wrote the release checklist the whole team still uses".into(),
    );
    // A word of the role ("QA", "Engineer") links nothing.
    c.lines.insert(
        "evidence".into(),
        "as an engineer I ran the payroll audit".into(),
    );
    c.lines.insert(
        "moment".into(),
        "she said every engineer there reviews code".into(),
    );
    // A moment no line answers leads the paragraph of the evidence and the ask, not
    // the thanks, where readers found it repeated back and never used.
    let leads = |text: &str, said: &str| {
        text.split("\n\n")
            .skip(2)
            .any(|p| p.split(". ").next().is_some_and(|s| s.contains(said)))
    };
    let text = email(&c);
    assert!(leads(&text, "every engineer there reviews code"), "{text}");
    c.lines.insert(
        "moment".into(),
        "she said flaky end-to-end tests block merges on fridays".into(),
    );
    // Nothing in common: the moment leads the paragraph of the evidence.
    c.lines.insert(
        "evidence".into(),
        "ran the payroll audit for 300 staff".into(),
    );
    let text = email(&c);
    assert!(leads(&text, "flaky end-to-end tests"), "{text}");
    assert!(
        text.contains("flaky end-to-end tests block merges on Fridays. I ran the payroll audit"),
        "{text}"
    );
}

// Guards point 3 ("sentences that follow from each other"): after the apology for
// being late, a slip of the writer's own runs on from it ("I also talked over you at
// times."), in every wording; a stock opener between them read as a non sequitur
// (round 101: "…did not show you how I really work: I talked over you").
#[test]
fn a_slip_after_the_apology_for_being_late_runs_on_from_it() {
    let mut c = case("late");
    c.assessment = ticked(&[
        ("arrived_late", "25 mins, train cancelled"),
        ("interrupted_interviewer", ""),
        ("explained_every_exit", "went through every job"),
    ]);
    for turn in 0..4 {
        let text = turned(&c, &format!("acknowledge={turn}"), LetterLength::Standard).render();
        let para = text
            .split("\n\n")
            .find(|p| p.contains("late"))
            .unwrap_or_default();
        assert!(para.contains(". I also "), "{text}");
        assert!(
            !phrases::ACKNOWLEDGE.iter().any(|o| para.contains(o)),
            "{text}"
        );
    }
}

// Guards point 3 ("two situations never get the same opening and closing", without a
// stock line): a letter with the writer's own lines ends on its ask, with no second
// thanks after it; a thin one still closes on thanks rather than ending curtly.
#[test]
fn a_letter_ends_on_its_ask() {
    for c in cases() {
        let comp = c.compose(Channel::Email, LetterLength::Standard);
        let last = comp
            .sections
            .iter()
            .rev()
            .find(|s| s.kind != SectionKind::Signature && !s.text.is_empty())
            .expect("a section");
        let own = !c.lines.is_empty();
        let words = count_words(&comp.render());
        if own && words >= 100 {
            assert_eq!(last.kind, SectionKind::Ask, "{}: {}", c.id, comp.render());
        }
    }
    let thin = case("one_slip").without_lines();
    let comp = thin.compose(Channel::Email, LetterLength::Standard);
    assert!(
        comp.section(SectionKind::Close)
            .is_some_and(|s| !s.text.is_empty()),
        "{}",
        comp.render()
    );
}

// Guards point 3 ("one acknowledgement … sentences that follow from each other"): an
// answer that opens on the question it answers keeps its admission, which names that
// question (round 103 lost both the admission and the lead before "On the fusarium
// question, I'd …").
#[test]
fn an_answer_that_names_its_question_keeps_its_admission() {
    let c = Case {
        id: "fusarium",
        facts: facts(
            "Fenmoor Golf Club",
            "Assistant Greenkeeper",
            "Mr Hale",
            "2026-11-25",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("blanked_on_question", "knew it, just froze")]),
        lines: lines(&[(
            "blanked_on_question",
            "the fusarium question, I'd cut back the nitrogen and only spray if it spreads",
        )]),
    };
    let text = email(&c);
    assert!(
        text.contains(
            "My mind went blank when you asked about fusarium. I'd cut back the nitrogen"
        ),
        "{text}"
    );
}

// Guards the moment (point 2, "a concrete moment … and use it"): a question the
// interviewer asked, with the writer's answer and their own verdict that it fell
// short, is no moment to send back; the Write step asks for the better answer
// (round 102's reader: "brings the question up and then drops it").
#[test]
fn a_question_answered_too_thinly_is_left_out_of_the_letter() {
    let mut c = case("rambled");
    let moment = "she asked how i decide when to stop treating an object, i said 'when it's stable' and i think she wanted more";
    c.lines.insert("moment".into(), moment.into());
    let text = email(&c);
    assert!(!text.contains("when it's stable"), "{text}");
    assert!(moment_unanswered(moment, &c.facts));
    // So is a quoted answer of a word or three.
    let moment = "he let me taste the 14 month cloth bound and asked what i noticed and i said 'its nice' .....";
    c.lines.insert("moment".into(), moment.into());
    assert!(!email(&c).contains("nice"), "{}", email(&c));
    // With the writer's own answer that stands, it stays.
    let kept = "she asked how i decide when to stop treating an object and i said when it is stable and documented";
    c.lines.insert("moment".into(), kept.into());
    assert!(email(&c).contains("stable and documented"), "{}", email(&c));
}

// Guards names typed in lowercase ("reads like one person writing to one person"): a
// country's initials and letters joined by "&" are capitals (the fifth garble hunt
// sent "DPD Uk" and "J&r Joinery").
#[test]
fn a_lowercase_company_keeps_its_initials() {
    let mut c = case("exits");
    for (typed, named) in [("dpd uk", "DPD UK"), ("j&r joinery", "J&R Joinery")] {
        c.facts.company = typed.into();
        let text = email(&c);
        assert!(text.contains(named), "{text}");
    }
}

// Guards the greeting (point 7, "greets the interviewer by name"): a nickname in
// brackets or quotes and the letters after a comma stay out of "Dear …," (the fourth
// and fifth garble hunts found "Dear Gaz (Gary) Wood," and "Dear Dr. Carter, DVM,").
#[test]
fn the_greeting_leaves_out_nicknames_and_letters_after_the_name() {
    let mut c = case("exits");
    for name in [
        "Gaz (Gary) Wood",
        "Robert \"Bob\" Wood",
        "Dr. Emily Wood, DVM",
    ] {
        c.facts.interviewer_name = name.into();
        let text = email(&c);
        let greeting = text.lines().next().unwrap_or_default();
        assert!(
            !greeting.contains(['(', '"']) && !greeting.contains("DVM"),
            "{name}: {greeting}"
        );
        assert!(
            greeting.contains("Wood") || greeting.contains("Gaz") || greeting.contains("Robert"),
            "{name}: {greeting}"
        );
    }
}

// Guards point 3 (the one acknowledgement reads as one person's): talking over the
// reader is never introduced as "…did not show you how I really work", which would
// seem to excuse it (the fifth garble hunt), in any wording.
#[test]
fn talking_over_the_reader_is_not_excused() {
    let mut c = case("exits");
    c.assessment = ticked(&[
        (
            "explained_every_exit",
            "went through every job and why i left each",
        ),
        ("interrupted_interviewer", ""),
        ("went_quiet", ""),
    ]);
    for turn in 0..9 {
        let text = turned(&c, &format!("acknowledge={turn}"), LetterLength::Standard).render();
        assert!(
            !text.contains("how I really work: I talked over you"),
            "{text}"
        );
    }
}

// Guards the review of session 19's findings on this session's rules, each with the
// note that showed it: a CV line the note stands by is no overstatement; an answer with
// "not enough" in it, or "we'd" in its quote, is still an answer; "the last question"
// is not asked "about last"; "so far" keeps its "so"; a pasted list is cut at a line
// break; "Smith, John" and "help us grow" keep their words.
#[test]
fn this_sessions_rules_leave_ordinary_notes_alone() {
    let mut c = case("exits");
    c.assessment = ticked(&[(
        "couldnt_back_up_resume",
        "cv says 'led a team of 6' - true, it was only the budget numbers i fumbled",
    )]);
    c.lines = lines(&[("couldnt_back_up_resume", "I led a team of 6 for two years")]);
    assert!(!email(&c).contains("overstated"), "{}", email(&c));
    let facts = &case("rambled").facts;
    for moment in [
        "she asked about staffing and i said there are not enough nurses on nights so i would fix the rota first",
        "he asked how id handle the backlog and i said 'we'd triage by due date, then clear the oldest first and report weekly'",
    ] {
        assert!(!moment_unanswered(moment, facts), "{moment}");
    }
    let mut q = case("rambled");
    q.assessment = ticked(&[("blanked_on_question", "froze")]);
    q.lines = lines(&[(
        "blanked_on_question",
        "the last question, I'd say I want to run a green within five years",
    )]);
    assert!(!email(&q).contains("about last"), "{}", email(&q));
    let list = "I led the rollout of the new till system\n".repeat(200);
    let cut = readable(&list);
    assert!(
        cut.ends_with("till system\n") || cut.ends_with("till system"),
        "{:?}",
        &cut[cut.len() - 30..]
    );
    let mut n = case("exits");
    n.facts.interviewer_name = "Smith, John".into();
    assert!(
        email(&n).lines().next().is_some_and(|g| g.contains("John")),
        "{}",
        email(&n)
    );
    n.facts.company = "help us grow".into();
    assert!(!email(&n).contains("US Grow"), "{}", email(&n));
}

// Guards point 3 ("no admission is made twice", and no fact either): a result whose
// figures the answer it backs gives already is not said again after it (round 109's
// reader: "repeats the '14 data changes' line"); one with a figure of its own is.
#[test]
fn a_result_the_answer_gave_already_is_not_said_twice() {
    let mut c = case("late");
    c.assessment = ticked(&[(
        "criticised_former_boss",
        "said my manager never checked anything",
    )]);
    c.lines.insert(
        "criticised_former_boss".into(),
        "At Linwood I learned to own design checks. On the Carstairs job I verified 14 data changes myself".into(),
    );
    for (evidence, times) in [
        (
            "14 data changes on Carstairs with zero errors at verification",
            1,
        ),
        ("cut rework on Carstairs by 30% over 14 months", 2),
    ] {
        c.lines.insert("evidence".into(), evidence.into());
        let text = email(&c);
        assert_eq!(text.matches("14 ").count(), times, "{evidence}: {text}");
    }
}

// Guards point 3 (the findings that matter, said once): an answer that shares only a
// word of the lead's idiom ("right away" beside "put that right") keeps its lead, so
// it does not come with no question (round 108: "I'd tell the judge right away, …"
// answered nothing asked).
#[test]
fn an_answer_keeps_the_lead_that_names_its_question() {
    let c = typed_case(
        &[(
            "blanked_on_question",
            "he asked what i'd do if i realized i'd made an error mid-testimony. i blanked",
        )],
        &[(
            "blanked_on_question",
            "i'd tell the judge right away, on the record, then give the corrected rendering",
        )],
    );
    for turn in 0..3 {
        let text = turned(&c, &format!("wish_i_said={turn}"), LetterLength::Standard).render();
        assert!(
            text.contains(
                "when you asked what I'd do if I realized I'd made an error mid-testimony"
            ),
            "{text}"
        );
    }
}

// Guards point 2 (each note a grammatical sentence to the reader): a summary typed as
// what the writer does ("planning activities that get people talking") is what they
// do best, not "the short version" with nobody doing it (the sixth garble hunt).
#[test]
fn a_summary_of_doing_says_who_does_it() {
    let c = typed_case(
        &[("weak_tell_me_about_yourself", "went on about school")],
        &[(
            "weak_tell_me_about_yourself",
            "planning activities that get people talking",
        )],
    );
    let text = email(&c);
    assert!(
        text.contains("What I do best is planning activities that get people talking."),
        "{text}"
    );
}

// Guards point 2 (the moment used, not pasted): a topic the interviewer told of, with
// no clause of its own, gets the writer's reply to it, not a bare "You told me about
// the seed library." (the sixth garble hunt: "a bare statement with no point").
#[test]
fn a_topic_she_told_of_gets_a_reply() {
    let c = typed_case(
        &[("no_questions", "")],
        &[("moment", "she told me about the seed library")],
    );
    let text = email(&c);
    assert!(
        text.contains("I enjoyed hearing about the seed library."),
        "{text}"
    );
    assert!(!text.contains("You told me about"), "{text}");
}

// Guards point 3 (it reads like one person writing to one person): a title and a whole
// name are greeted by the title and surname, and a first name with an initial by the
// name alone (the seventh garble hunt: "Dear Reverend Mike Dawes,", "Dear Josh M.,").
#[test]
fn the_greeting_drops_what_a_person_would_not_write() {
    let mut c = case("exits");
    for (name, greeting) in [
        ("Reverend Mike Dawes", "Dear Reverend Dawes,"),
        ("Josh M.", "Dear Josh,"),
        ("Josh M", "Dear Josh,"),
    ] {
        c.facts.interviewer_name = name.into();
        let text = email(&c);
        assert_eq!(text.lines().next().unwrap_or_default(), greeting, "{name}");
    }
}

// Guards point 3 (no admission is made twice): an answer too clipped to shape, whose
// slip the acknowledgement owns already, is offered without owning the slip again
// (the seventh garble hunt: "my mind went blank" twice in one paragraph).
#[test]
fn a_clipped_answer_does_not_admit_its_slip_twice() {
    let c = typed_case(
        &[
            ("personal_event", "my dad's funeral was 3 weeks ago"),
            (
                "blanked_on_question",
                "he asked about the cremator's emissions monitoring. answer: daily checks",
            ),
            ("went_quiet", ""),
        ],
        &[
            (
                "personal_event",
                "my father died three weeks ago and being at the crematorium was harder than i expected",
            ),
            (
                "blanked_on_question",
                "emissions monitoring - daily checks on the abatement plant, log readings and report exceedances",
            ),
            ("why", "I want work that matters to families"),
        ],
    );
    let text = email(&c).to_ascii_lowercase();
    assert!(text.matches("went blank").count() <= 1, "{text}");
    assert!(text.contains("emissions monitoring"), "{text}");
}

// Guards point 2 (every field the user fills visibly shapes the letter): a doubt the
// notes take back ("actually fine with it") is said beside a "why" the user typed too,
// not only in its place (the seventh garble hunt lost "working weekends").
#[test]
fn a_doubt_taken_back_follows_a_typed_why() {
    let c = typed_case(
        &[(
            "negative_about_role",
            "said I wasn't sure about working weekends. actually fine with it",
        )],
        &[("why", "I like fitting people right")],
    );
    let text = email(&c);
    assert!(text.contains("fitting people right"), "{text}");
    assert!(text.contains("I'm fine with working weekends."), "{text}");
}

// Guards the signature (round 114's readers: "the name appears twice in the
// signature"): a contact typed with the writer's name first signs with the name once,
// in every channel; a contact that only starts like the name is kept whole.
#[test]
fn the_signature_names_the_writer_once() {
    for (contact, signed) in [
        ("Sam Carter, 01632 960417", "01632 960417"),
        ("sam carter | sc@example.net", "sc@example.net"),
        ("Sam Carter - 07700 900123", "07700 900123"),
        (
            "Sam Cartered Ltd, 07700 900123",
            "Sam Cartered Ltd, 07700 900123",
        ),
        ("01632 960417", "01632 960417"),
        // The name at the start of an address is the address (the review of session 21).
        ("sam.carter@example.net", "sam.carter@example.net"),
    ] {
        let mut c = typed_case(&[("arrived_late", "")], &[]);
        c.facts.candidate_name = "Sam Carter".to_owned();
        c.facts.candidate_contact = contact.to_owned();
        for channel in [Channel::Email, Channel::Letter] {
            let text = c.compose(channel, LetterLength::Standard).render();
            // The name stands on a line of its own, the contact on the next.
            let named = format!("Sam Carter\n{signed}");
            assert!(text.contains(&named), "{named:?} in\n{text}");
            let twice = text.to_ascii_lowercase().contains("sam carter\nsam carter");
            assert_eq!(twice, contact.contains("Cartered"), "{text}");
        }
    }
}

// Guards the answer's own topic after a slip that names the question from the notes
// (round 114: "On neglected plots my point was …" read as stiff; round 115 sent "On a
// 10% budget cut …: I'd review" after the question, and "asked about how"): where the
// letter names the question, the topic goes and the answer stays; where it does not,
// the topic stays to say which question it answers.
#[test]
fn an_answer_does_not_repeat_the_question_its_slip_named() {
    let cases = [
        (
            "rambled_too_long",
            "she asked how i'd deal with a neglected plot and i went on about my own beds",
            "on neglected plots my point was simply that I'd visit and speak to the tenant before any formal notice",
            ("asked how I'd deal with a neglected plot", "On neglected plots"),
            "y point was simply that I'd visit",
        ),
        (
            "blanked_on_question",
            "the one about how i'd handle a 10% budget cut without cutting hours",
            "On a 10% budget cut without reducing hours: I'd review the materials and programming mix and use trained volunteers for homework help.",
            ("asked how I'd handle a 10% budget cut without cutting hours", "On a 10% budget"),
            "I'd review the materials",
        ),
    ];
    for (id, note, line, (asked, topic), answer) in cases {
        for serious in [false, true] {
            let mut items = vec![(id, note)];
            if serious {
                items.push(("criticised_former_boss", "said my old boss was useless"));
            }
            let text = email(&typed_case(&items, &[(id, line)]));
            assert!(text.contains(answer), "{answer:?} in\n{text}");
            assert!(!text.contains("asked about how"), "{text}");
            // Said once: by the question the letter names, or by the answer's topic.
            assert!(text.contains(asked) != text.contains(topic), "{text}");
            assert!(text.contains(asked) || serious, "{asked:?} in\n{text}");
        }
    }
}

// Guards the reply to a hard side of the job the interviewer named (six readers of
// rounds 114 and 115 found such a remark quoted and left hanging): the writer takes
// the challenge up, in the thanks or before their reasons, while a grim remark or an
// ordinary fact gets no such reply.
#[test]
fn a_hard_side_of_the_job_they_named_is_taken_up() {
    let replies = super::phrases::CHALLENGE_TAKEN.map(str::trim);
    for (moment, taken) in [
        (
            "she said the last manager left because the liveries walked all over her",
            true,
        ),
        (
            "he said half his estimators wash out in the first year",
            true,
        ),
        (
            "he said the last head greenkeeper said it couldn't be done",
            true,
        ),
        // The hardest part of the job, said as such (round 119).
        (
            "she said the hardest part of the job is the people who don't want to get in the pool",
            true,
        ),
        // Not grim news, the pay, or a hardest part that is no part of the job (the
        // review of session 22).
        (
            "she said the hardest part of the job is when a child dies",
            false,
        ),
        (
            "he said the hardest part is the pay, its lower than most places",
            false,
        ),
        ("she said the hardest part of the interview was over", false),
        ("she said the last manager left because she was ill", false),
        ("he said the team moved to the new site in March", false),
        (
            "he said the homeowner puts in 300 hours of sweat equity",
            false,
        ),
        // Nothing hard happened, or it was a good reason to leave (the review of
        // session 21).
        ("she said nobody has quit the team in five years", false),
        (
            "she said the last coordinator left because she got promoted",
            false,
        ),
        ("he said the paperwork can be done on the tablet now", false),
    ] {
        for why in ["", "I want to run a yard where the horses come first."] {
            let c = typed_case(
                &[("nervous_body_language", "")],
                &[("moment", moment), ("why", why)],
            );
            let text = email(&c);
            let replied = replies.iter().filter(|r| text.contains(*r)).count();
            assert_eq!(replied, usize::from(taken), "{moment:?}\n{text}");
        }
    }
}

// Guards the reply to a remark on what the job is about, the kind of person they want,
// or a change coming at the company (readers of rounds 112 to 119: quoted bare, it "leads nowhere" and reads as
// pasted in): agreed with or welcomed once, and not a hard side the writer cannot
// agree with, grim news, a problem their work meets, or a remark they answered.
#[test]
fn what_the_job_is_about_is_agreed_and_news_is_welcomed() {
    use super::phrases::{JOB_SEEN, NEWS_WELCOMED, PEOPLE_WANTED, PERSON_WANTED};
    for (moment, replies) in [
        ("she said the job is 90% listening", Some(&JOB_SEEN)),
        (
            "he said half the job is people skills not picking locks",
            Some(&JOB_SEEN),
        ),
        (
            "she said the best assistants are the ones the client doesn't notice",
            Some(&JOB_SEEN),
        ),
        (
            "she said theyre launching a mobile hotspot lending program in the spring",
            Some(&NEWS_WELCOMED),
        ),
        (
            "he said theyre moving to a 30bbl brewhouse next year",
            Some(&NEWS_WELCOMED),
        ),
        // The kind of person they want: the writer would like to be them, not "to help
        // with that".
        (
            "he said they want lads who dont cut corners on tagging",
            Some(&PEOPLE_WANTED),
        ),
        (
            "she said the crew has had three managers in two years and needs someone who stays",
            Some(&PERSON_WANTED),
        ),
        // Not a hard side that beat no one, nor grim news, nor the writer's own answer.
        (
            "he said the hardest part of the job is the call you can't finish",
            None,
        ),
        (
            "she said the hardest calls are the ones where owners say goodbye",
            None,
        ),
        (
            "he said the job is 80% listening and i said id take those odds",
            None,
        ),
        (
            "she said theyre moving to a smaller site after the redundancies",
            None,
        ),
        ("he said the team won an award last year", None),
        // Bad news, her own news, the pay or a fault of the job, the one they do not
        // want, and a wish the writer cannot meet (the review of session 23).
        ("she said theyre about to make 20 people redundant", None),
        ("she said she's about to go on maternity leave", None),
        ("he said the depot is closing next year", None),
        ("he said the job is minimum wage", None),
        ("he said the job is about to change a lot", None),
        ("he said managers are the ones who get the bonuses", None),
        (
            "he said the trainees who make it are the ones who keep asking questions",
            Some(&JOB_SEEN),
        ),
        ("she said the role is probably too junior for me", None),
        ("he said nobody wants a manager who shouts", None),
        (
            "she said they want someone who can start before christmas but i cant",
            None,
        ),
    ] {
        let text = email(&typed_case(
            &[("nervous_body_language", "")],
            &[("moment", moment)],
        ));
        // (A hard side of the job taken up is another test's.)
        let all = super::phrases::REPLIES
            .iter()
            .filter(|l| ***l != super::phrases::CHALLENGE_TAKEN)
            .copied()
            .flatten();
        let replied: Vec<&&str> = all.filter(|r| text.contains(r.trim())).collect();
        match replies {
            Some(list) => assert!(
                replied.len() == 1 && list.contains(replied[0]),
                "{moment:?}\n{text}"
            ),
            None => assert!(replied.is_empty(), "{moment:?}\n{text}"),
        }
    }
}

// Guards the CV line owned once (round 123's reader saw "that line overstated my part"
// and then the writer's own "'Led' overstated my part"): when the writer's line says
// it, the letter names the claim and leaves the admission to them.
#[test]
fn an_overstated_cv_line_is_owned_once() {
    let note =
        "my CV says 'led on possession proceedings'. truth is i prepared the bundles. i didnt lead";
    for (line, owned_by_line) in [
        (
            "I prepared the evidence bundles for 12 possession cases. 'Led' overstated my part and I should have said so.",
            true,
        ),
        ("I prepared the evidence bundles for 12 possession cases.", false),
    ] {
        let c = typed_case(
            &[("couldnt_back_up_resume", note)],
            &[("couldnt_back_up_resume", line)],
        );
        let text = email(&c);
        assert!(text.contains("says I led on possession proceedings"), "{text}");
        assert!(text.contains("I prepared the evidence bundles"), "{text}");
        assert!(text.matches("overstated my part").count() <= 1, "{text}");
        assert_eq!(text.contains("'Led' overstated"), owned_by_line, "{text}");
    }
}

// Guards the offer of a trial in a hands-on job (the chat e-mails of rounds 102 to 119
// offered one, and their readers praised "a practical next step"): a shift in shift
// work, a day in a trade, once, after the ask; none for a desk job or for one who
// leads or plans the work.
#[test]
fn a_hands_on_job_offers_a_trial_and_a_desk_job_does_not() {
    for (role, trial) in [
        ("Tyre Fitter", Some("trial day")),
        ("Climbing Arborist", Some("trial day")),
        ("Line Cook", Some("trial shift")),
        ("Hospital Porter (Band 2)", Some("trial shift")),
        ("Claims Handler", None),
        ("Kitchen Designer", None),
        ("Arborist Crew Leader", None),
        ("Payroll Administrator", None),
        ("HGV Class 1 Driver", None),
        ("Counter Fraud Analyst", None),
        ("Cabin Crew", None),
        ("Foster Carer", None),
        ("Trade Counter Sales Assistant", Some("trial shift")),
    ] {
        assert_eq!(super::compose::trial_for(role), trial, "{role}");
        let mut c = typed_case(&[("nervous_body_language", "")], &[]);
        c.facts.role = role.to_owned();
        let text = email(&c);
        let offers = phrases::TRIAL_OFFER
            .iter()
            .filter(|o| text.contains(o.split("{trial}").next().unwrap_or_default()))
            .count();
        assert_eq!(offers, usize::from(trial.is_some()), "{role}\n{text}");
        if let Some(t) = trial {
            assert!(text.contains(t), "{text}");
        }
    }
}

// Guards what goes first when a draft is too long (a held-out reader of round 120
// preferred the letter that kept the slip's lead to the one that kept a reply and a
// trial offer): the composer's reply to a remark and its offer of a trial go before
// the lead that names the question the writer blanked on.
#[test]
fn a_named_question_outweighs_the_reply_and_the_offer() {
    let mut c = typed_case(
        &[
            (
                "blanked_on_question",
                "she asked what id do if a pt collapsed in the chair and i just froze",
            ),
            ("personal_event", "nan was taken into hospital the night before"),
            ("nervous_body_language", ""),
        ],
        &[
            (
                "blanked_on_question",
                "that if a patient collapsed i'd raise the alarm, get the emergency kit and oxygen, follow DRABC and support the dentist, and check their medical history in case its something like a hypo",
            ),
            (
                "personal_event",
                "My nan was admitted to hospital the night before and I wasn't myself.",
            ),
            (
                "moment",
                "she said they're going paperless next year and want nurses who are good with the software",
            ),
            (
                "why",
                "its a small family practice and i want to do my oral health education cert, they said they'd support that",
            ),
            (
                "evidence",
                "set up the new decon room log at my last practice and we passed our CQC inspection with no actions on infection control, and the practice owner asked me to train the two new trainees on it",
            ),
        ],
    );
    c.facts.role = "Dental Nurse".to_owned();
    c.facts.company = "Brightwater Dental Practice".to_owned();
    let text = email(&c);
    assert!(
        text.contains("when you asked what I'd do if a patient collapsed"),
        "{text}"
    );
}

// Guards the fuller answer typed as what happened in the room (round 115: "When you
// asked about CIP, I ran the cycles …" read as notes): the letter says it is what the
// writer should have said, and leaves a line about what they did say as it is.
#[test]
fn a_fuller_answer_is_said_as_what_should_have_been_said() {
    for (line, want) in [
        (
            "when you asked about CIP i ran the caustic and acid CIP cycles on our brite tanks twice a week",
            "When you asked about CIP, I should have said that I ran the caustic",
        ),
        (
            "when you asked about budgets i said i'd helped but i actually wrote the plan",
            "When you asked about budgets, I said I'd helped, but I actually wrote the plan.",
        ),
    ] {
        let text = email(&typed_case(&[("said_too_little", "")], &[("said_too_little", line)]));
        assert!(text.contains(want), "{want:?} in\n{text}");
    }
}

// Guards the repairs' paragraphs (round 114's reader: "one-line paragraphs jump from
// regret to lesson to statistic"): a one-sentence repair runs on in the paragraph
// before it, while a repair that names a new question still opens its own.
#[test]
fn a_one_sentence_repair_is_no_paragraph_of_its_own() {
    let gap = "In 2024 I took nine months out to care for my mum after surgery.";
    let c = typed_case(
        &[
            ("explained_every_exit", ""),
            ("stumbled_on_gap", ""),
            ("criticised_former_boss", ""),
        ],
        &[
            (
                "explained_every_exit",
                "every role I've had has been about getting young people back into education",
            ),
            ("stumbled_on_gap", gap),
            (
                "criticised_former_boss",
                "how to build trust on a doorstep with parents",
            ),
        ],
    );
    let text = email(&c);
    let para = text
        .split("\n\n")
        .find(|p| p.contains("nine months out"))
        .unwrap_or_default();
    assert!(
        para.contains("every role I've had"),
        "{para:?} alone in\n{text}"
    );
    // A question to ask keeps a paragraph of its own (round 113's A/B reader).
    let mut c = c;
    c.assessment = ticked(&[("barely_spoke", ""), ("no_questions", "")]);
    c.lines = lines(&[
        (
            "barely_spoke",
            "I ran the greens team for four months and I have my Level 3",
        ),
        (
            "no_questions",
            "how will you manage fusarium now that chlorothalonil has gone?",
        ),
    ]);
    let text = email(&c);
    let asked = text
        .split("\n\n")
        .find(|p| p.contains("fusarium"))
        .unwrap_or_default();
    assert!(!asked.contains("Level 3"), "{text}");
}

// Guards the reason for being late typed with its "because" (the eighth garble hunt
// lost "because the bus broke down on the a38 …" whole): the clause stands by itself.
#[test]
fn a_reason_typed_with_because_is_kept() {
    let line = "because the bus broke down on the a38 and i had to walk the last mile";
    let text = email(&typed_case(
        &[("arrived_late", "")],
        &[("arrived_late", line)],
    ));
    let want = "The bus broke down on the A38 and I had to walk the last mile.";
    assert!(text.contains(want), "{want:?} in\n{text}");
}

// Guards a result whose figures the letter has given already, spelled out or not (the
// eighth garble hunt: "…from 9 days to 3. I cut returns processing from nine days to
// three days."): it is not said a second time; the frame's own "One" counts nothing.
#[test]
fn a_result_said_in_words_is_not_repeated() {
    let c = typed_case(
        &[("no_concrete_example", "")],
        &[
            (
                "no_concrete_example",
                "reworking the returns process at Best Buy so refunds went from 9 days to 3",
            ),
            (
                "evidence",
                "cut returns processing at Best Buy from 9 days to 3 days",
            ),
        ],
    );
    let text = email(&c);
    assert!(text.contains("from 9 days to 3"), "{text}");
    assert!(!text.contains("nine days"), "{text}");
}

// Guards the doubt owned as leading into the why (round 114's reader: it "promises to
// be clear about the role but never is"): it closes its paragraph, right before the
// why, whatever else the letter owns in passing.
#[test]
fn a_doubt_that_leads_into_the_why_comes_right_before_it() {
    for extra in ["raised_salary_early", "off_day", "interrupted_interviewer"] {
        let c = typed_case(
            &[
                ("negative_about_role", "said the vinyl work was soulless"),
                (extra, ""),
            ],
            &[(
                "why",
                "I want to learn gilding from someone who actually does it",
            )],
        );
        let text = email(&c);
        let para = text
            .split("\n\n")
            .find(|p| p.contains("less sure about the role"))
            .unwrap_or_default();
        let last = para.rsplit(". ").next().unwrap_or_default();
        assert!(last.contains("less sure about the role"), "{extra}: {text}");
        // Nothing left saying "also" with nothing before it (round 113).
        assert!(!para.starts_with("I also"), "{extra}: {text}");
    }
}

/// Guards: a question of up to 18 words is named, not "one of your questions" (round
/// 113's reader wanted the question the chat e-mail named), and an answer that opens on
/// the condition the named question gave goes on from its main clause, so the
/// condition is said once.
#[test]
fn a_long_question_is_named_and_its_condition_said_once() {
    let note = "he asked what i'd do if a patient on the trolley got aggressive or confused on the way to x-ray. just went blank";
    let line = "if a patient gets confused or aggressive in transit i would stop somewhere safe, keep calm and call for help on the radio";
    for serious in [false, true] {
        let mut items = vec![("blanked_on_question", note)];
        if serious {
            items.push(("personal_event", "my nan died the week before"));
        }
        let text = email(&typed_case(&items, &[("blanked_on_question", line)]));
        assert!(
            text.contains("asked what I'd do if a patient on the trolley got aggressive"),
            "{text}"
        );
        assert!(!text.contains("one of your questions"), "{text}");
        assert!(text.contains("I would stop somewhere safe"), "{text}");
        assert_eq!(text.matches("aggressive").count(), 1, "{text}");
    }
}

/// Guards: a line whose first sentence owns the slip and names the question, with an
/// answer too long to fit beside it, sends the answer and lets the letter own the slip
/// by the note's question, so the answer is never lost and the slip is owned once
/// (round 119 sent the admission and a stray "We used the ramp …").
#[test]
fn an_answer_too_long_for_its_admission_keeps_the_answer() {
    let note =
        "she asked how i'd support a patient who's scared of the water. i just said reassure them";
    let line = "When you asked how I would support a patient who is anxious in the water, I gave a very short answer. What I'd actually do is what I did with an adult learner at my swim school who panicked on the pool steps: we used the ramp, kept her hand on the rail, and built up over three sessions until she was in to chest height.";
    let text = email(&typed_case(
        &[("said_too_little", note)],
        &[("said_too_little", line)],
    ));
    assert!(
        text.contains("an adult learner at my swim school who panicked"),
        "{text}"
    );
    assert!(text.contains("support a patient who"), "{text}");
    let owned = ["far too short", "very short answer"]
        .iter()
        .map(|p| text.matches(p).count())
        .sum::<usize>();
    assert_eq!(owned, 1, "{text}");
}

/// Guards: a company typed in lowercase is named in capitals where the user's line
/// names it by its first word ("that taylor is employee-owned" in a letter to Taylor
/// Guitars; the ninth garble hunt), while a common word stays as typed.
#[test]
fn a_company_typed_in_lowercase_is_named_in_capitals() {
    let mut c = typed_case(
        &[("knew_little_about_company", "")],
        &[(
            "knew_little_about_company",
            "that taylor is employee-owned since 2021, and i'd like to work somewhere where i have a real stake",
        )],
    );
    c.facts.company = "taylor guitars".into();
    let text = email(&c);
    assert!(text.contains("that Taylor is employee-owned"), "{text}");
    assert!(!text.contains("That taylor"), "{text}");
}

/// Guards: each part of a joined name typed in lowercase takes its capital (garble hunt
/// 20 greeted "Dear Jean-luc").
#[test]
fn a_joined_name_gets_both_capitals() {
    let mut c = case("exits");
    c.facts.interviewer_name = "jean-luc".into();
    assert!(email(&c).contains("Dear Jean-Luc,"), "{}", email(&c));
}

/// Guards: a result of none of a thing that a repair has said already ("my crew has had
/// zero lost-time injuries") is not said again before the ask (round 118's reader saw
/// it twice).
#[test]
fn none_of_a_thing_is_said_once() {
    let mut c = typed_case(
        &[("weak_tell_me_about_yourself", "")],
        &[(
            "weak_tell_me_about_yourself",
            "I've been climbing for 9 years and leading a 4-man crew for the last 4, and my crew has had zero lost-time injuries.",
        )],
    );
    c.facts.interviewer_name = "Dana Reyes".into();
    c.lines.insert(
        LINE_EVIDENCE.into(),
        "zero lost time injuries in 4 yrs as crew lead".into(),
    );
    let text = email(&c);
    let plain = text.replace('-', " ");
    assert_eq!(
        plain.matches("zero lost time injuries").count(),
        1,
        "{text}"
    );
}

/// Guards: a line that tells of a briefing the writer gave owns no slip, so the letter
/// keeps it and owns the slip itself; and an answer's own condition that differs from
/// the named question's stays (the review of session 22).
#[test]
fn a_briefing_is_no_admission_and_a_new_condition_stays() {
    let text = email(&typed_case(
        &[("said_too_little", "she asked about training staff and i said not much")],
        &[(
            "said_too_little",
            "I gave a briefing to 30 staff every morning at Asda. Errors on the tills dropped by half.",
        )],
    ));
    assert!(text.contains("I gave a briefing to 30 staff"), "{text}");
    assert!(text.contains("far too short"), "{text}");
    let text = email(&typed_case(
        &[(
            "blanked_on_question",
            "he asked what i'd do if a patient fell. blanked",
        )],
        &[(
            "blanked_on_question",
            "If they hit their head, I would not move them and would call for the nurse.",
        )],
    ));
    assert!(text.contains("If they hit their head"), "{text}");
}

/// Guards: being late for going to the wrong place is owned as not checking where,
/// not as not allowing time (the ninth garble hunt).
#[test]
fn late_for_the_wrong_building_is_owned_as_such() {
    let text = email(&typed_case(
        &[("arrived_late", "15 min late")],
        &[(
            "arrived_late",
            "i went to the wrong building, the main office instead of the shop",
        )],
    ));
    assert!(
        text.contains("checked exactly where we were meeting"),
        "{text}"
    );
    assert!(!text.contains("allowed more time"), "{text}");
}

/// Guards that a CV line named by its topic is one the CV mentions: round 126 sent
/// "My CV says about the pump housing in ANSYS Mechanical".
#[test]
fn a_cv_line_named_by_its_topic_is_mentioned() {
    let c = Case {
        id: "cv topic",
        facts: facts(
            "Aldridge Fluid Systems",
            "Graduate Mechanical Design Engineer",
            "Ms Osei",
            "2026-11-26",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[
            (
                "couldnt_back_up_resume",
                "CV says 'FEA validation of pump housing in ANSYS'. she asked what mesh convergence i did and i couldnt remember",
            ),
            ("no_concrete_example", ""),
        ]),
        lines: lines(&[
            (
                "couldnt_back_up_resume",
                "pump housing in ANSYS Mechanical - i built the CAD model and set up the static structural analysis, did 3 mesh refinements",
            ),
            (
                "no_concrete_example",
                "formula student - added a gusset and it passed the 10,000 cycle rig test",
            ),
        ]),
    };
    let text = email(&c);
    assert!(!text.contains("says about"), "{text}");
    assert!(text.contains("CV "), "the CV line is still named: {text}");
}

/// Guards that the first repair's lead adds to nothing: round 126 sent "I should also
/// have explained the gap in my CV." with no admission before it.
#[test]
fn the_first_repair_says_no_also() {
    let c = Case {
        id: "gap alone",
        facts: facts(
            "Northgate Housing Association",
            "Communications Manager",
            "Claire Dunn",
            "2026-11-24",
            InterviewFormat::InPerson,
        ),
        assessment: ticked(&[("stumbled_on_gap", "")]),
        lines: lines(&[(
            "stumbled_on_gap",
            "i took 2 years out to look after my children and kept my hand in doing freelance comms for Hackney Food Bank",
        )]),
    };
    for turn in 0..3 {
        let text = turned(&c, &format!("repairs={turn}"), LetterLength::Standard).render();
        assert!(!text.contains(" also have explained"), "{text}");
        assert!(text.contains("Hackney Food Bank"), "{text}");
    }
}

/// Guards two things a reader of round 124 and 126 marked careless: a question typed
/// without its inversion is asked as it is, without a colon and a question mark, while
/// a direct one keeps both; and a name the private note capitalised ("the Halcyon
/// rebrand") is capitalised where the line typed it in lowercase.
#[test]
fn indirect_questions_and_names_from_notes() {
    for (typed, want) in [
        (
            "how the patches are split and how many tenancies each officer carries?",
            "I should have asked how the patches are split and how many tenancies each officer carries.",
        ),
        (
            "how long is the training before I go out on my own?",
            "I should have asked: how long is the training before I go out on my own?",
        ),
        (
            "what training do TAs get for the resource base?",
            "I should have asked: what training do TAs get for the resource base?",
        ),
    ] {
        assert_eq!(
            super::compose::indirect_question(typed).is_some(),
            !want.contains(':'),
            "{typed}"
        );
    }
    let c = Case {
        id: "halcyon",
        facts: facts(
            "Brightloom Studio",
            "Social Media Executive",
            "Priya Shah",
            "2026-11-26",
            InterviewFormat::Video,
        ),
        assessment: ticked(&[(
            "knew_little_about_company",
            "didnt know about the Halcyon rebrand at all which is their big case study",
        )]),
        lines: lines(&[(
            "knew_little_about_company",
            "since looked at the halcyon rebrand and the linkedin carousel series",
        )]),
    };
    let text = email(&c);
    assert!(text.contains("the Halcyon rebrand"), "{text}");
    assert!(
        !text.contains("didnt know"),
        "the note's words stay private: {text}"
    );
    // A word in capitals in a note is emphasis, not a name (the twelfth garble hunt
    // sent "we expect you to KNOW").
    let mut shout = c.clone();
    shout.assessment = ticked(&[(
        "knew_little_about_company",
        "i didnt KNOW about the Halcyon rebrand",
    )]);
    shout.lines = lines(&[(
        "knew_little_about_company",
        "since looked at the halcyon rebrand, i know now how they made b2b feel human",
    )]);
    let text = email(&shout);
    assert!(!text.contains("KNOW") && text.contains("Halcyon"), "{text}");
}

/// Guards the interviewer's first name, typed in lowercase in a line, taking its
/// capital ("sorry tom" to Tom: the thirteenth garble hunt), while a first name that
/// is a common word ("Will") leaves the word alone.
#[test]
fn interviewers_first_name_takes_its_capital() {
    for (name, typed, want, never) in [
        (
            "Tom Bradley",
            "i called you tim by mistake more than once, sorry tom",
            "sorry Tom",
            "sorry tom",
        ),
        (
            "Will Harper",
            "i will bring the figures next time, sorry will",
            "I will bring",
            "I Will bring",
        ),
        // Only when called by it: a name that is also a word stays a word (the review
        // of session 25 found "on very Little sleep" to Sarah Little).
        (
            "Sarah Little",
            "ran nights on very little sleep for 2 years and never missed a shift",
            "very little sleep",
            "Little",
        ),
        (
            "Mark Day",
            "i did 60 deliveries every day for 3 years",
            "every day",
            "every Day",
        ),
        (
            "Captain Grace Ross",
            "i missed the mark, sorry grace",
            "sorry Grace",
            "sorry grace",
        ),
    ] {
        let c = Case {
            id: "first-name",
            facts: facts(
                "Millbrook Garden Centre",
                "Plant Area Supervisor",
                name,
                "2026-11-26",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[("something_else", "")]),
            lines: lines(&[("something_else", typed)]),
        };
        let text = email(&c);
        assert!(
            text.contains(want) && !text.contains(never),
            "{name}: {text}"
        );
    }
}

/// Guards a note that is only the company's one-word name (the review of session 25
/// found "aldi" alone in the why field made the composer panic): the letter is still
/// written, with its greeting.
#[test]
fn a_note_that_is_only_the_company_name_is_no_panic() {
    for why in ["aldi", "love the team. aldi", "Aldi."] {
        let c = Case {
            id: "one-word-company",
            facts: facts(
                "Aldi",
                "Store Assistant",
                "Sarah Hale",
                "2026-11-26",
                InterviewFormat::InPerson,
            ),
            assessment: ticked(&[("said_too_little", "")]),
            lines: lines(&[("why", why)]),
        };
        let text = email(&c);
        assert!(text.contains("Dear "), "{why}: {text}");
    }
}

/// Guards what a line loses for repeating the letter: never half of a bracket (round
/// 131 sent "with 61k visitors)" once the part before its comma went).
#[test]
fn a_repeat_taken_out_keeps_its_brackets_whole() {
    let said = "I co-curated Clay and Coal, which toured to 3 venues.";
    for note in [
        "catalogued 900 objects in 14 months, co-curated Clay & Coal (3 venues, 61k visitors)",
        "co-curated Clay and Coal (3 venues, 61k visitors), catalogued 900 objects",
    ] {
        let kept = super::compose::unsaid(note, said);
        assert_eq!(
            kept.matches('(').count(),
            kept.matches(')').count(),
            "{note} -> {kept}"
        );
        assert!(kept.contains("900 objects"), "{note} -> {kept}");
    }
}

// Guards "never sent broken" for the question typed as a label before its answer
// ("q about … - point was: …", "… question - …"): the letter names the question once,
// in the slip, and sends the answer without the label (rounds 132 and 133 sent "The
// point I meant to make was about question about …: my point was: …").
#[test]
fn a_question_typed_as_a_label_is_named_once_and_its_label_goes() {
    // (item, private note, letter line, in the letter, never in the letter)
    let table = [
        (
            "rambled_too_long",
            "the SEND schools question. went on for ages about my dissertation",
            "q about making sessions work for SEND groups - point was: i plan with the teacher beforehand and build in quiet breaks",
            "I plan with the teacher beforehand",
            "point was",
        ),
        (
            "blanked_on_question",
            "",
            "The denied roof claim question - I'd walk them through the wear and tear exclusion in plain language",
            "when you asked about the denied roof claim. I'd walk them through",
            "question -",
        ),
        (
            "rambled_too_long",
            "",
            "the q about staffing in peak. point: i cross train 6 laundry staff to do rooms so we flex without agency",
            "I cross train six laundry staff",
            "point:",
        ),
    ];
    for (item, note, line, kept, never) in table {
        let c = typed_case(&[(item, note)], &[(item, line)]);
        let text = email(&c);
        assert!(text.contains(kept), "{line:?}: {kept:?} in\n{text}");
        assert!(!text.contains(never), "{line:?}: no {never:?} in\n{text}");
        assert!(
            !text.contains("question about") || text.matches("asked").count() <= 1,
            "{line:?}: the question named twice in\n{text}"
        );
    }
}

// Guards "the findings that matter" for a circumstance the user explains: one that
// came on the day is owned ("I should have asked to move our interview"), as blind
// readers preferred to "I mention it only as context, not as an excuse", which read
// cold after a death (round 133, garble hunt 16); one that moving the interview
// would not have spared keeps the plain line.
#[test]
fn a_circumstance_on_the_day_is_owned_not_excused() {
    // (typed, owned on the day)
    let table = [
        ("My father died the week before the interview", true),
        ("I had come straight off a 12 hour night shift", true),
        ("my son was taken to A&E that morning", true),
        (
            "I was off 18 months after shoulder surgery and I am fully fit now",
            false,
        ),
    ];
    for (typed, day_of) in table {
        let c = typed_case(&[("personal_event", "")], &[("personal_event", typed)]);
        let text = email(&c);
        assert_eq!(
            text.contains("I should have asked to move our interview"),
            day_of,
            "{typed:?} in\n{text}"
        );
        assert_eq!(
            text.contains("only as context"),
            !day_of,
            "{typed:?} in\n{text}"
        );
    }
}

// Guards "no admission is made twice" for an answer that opens on the question the
// slip has just named: the topic typed first (a phrase, or a phrase and a dash) is not
// said again (round 133: "…when you asked about working in a team under pressure. I
// should have told you about working in a team under pressure.").
#[test]
fn an_answer_does_not_name_again_the_question_its_slip_named() {
    // (item, private note, letter line, the question's words, the answer's words)
    let table = [
        (
            "said_too_little",
            "when she asked about working in a team under pressure i just said im a team player",
            "working in a team under pressure. at Next i ran the tills on black friday with 6 staff",
            "team under pressure",
            "At Next I ran the tills",
        ),
        (
            "blanked_on_question",
            "the one about a passenger refusing to sit down during turbulence. froze completely",
            "the passenger who wont sit down in turbulence - i'd go to them calmly and give a clear instruction",
            "turbulence",
            "I'd go to them calmly",
        ),
    ];
    for (item, note, line, question, answer) in table {
        let c = typed_case(&[(item, note)], &[(item, line)]);
        let text = email(&c);
        assert!(text.contains(answer), "{line:?}: {answer:?} in\n{text}");
        assert_eq!(
            text.matches(question).count(),
            1,
            "{line:?}: the question once in\n{text}"
        );
    }
}

// Guards "never sent broken": a quoted question keeps its own stop, with no full stop
// after the quote (garble hunt 16 sent `You asked "how do you know training worked?".`).
#[test]
fn a_quoted_question_ends_its_sentence_once() {
    let c = typed_case(
        &[("weak_tell_me_about_yourself", ""), ("ended_early", "")],
        &[(
            "moment",
            "You asked \"how do you know training worked?\" - i said audit compliance after, ours went 62% to 91%",
        )],
    );
    let text = email(&c);
    assert!(text.contains("worked?\""), "the quote kept in\n{text}");
    assert!(!text.contains("?\"."), "no doubled stop in\n{text}");
}

// Guards "no admission is made twice" for results: evidence whose telling figure the
// repair has just given is not said again before the ask (garble hunt 16 sent "…the
// tote jam issue that was 40% of downtime." and then "Tote jam fix cut downtime by
// 40%."); a result with figures of its own still is.
#[test]
fn a_result_the_repair_gave_is_not_told_twice() {
    let repair = "i start by sitting with the ops people on the floor for a week. thats how we found the tote jam issue that was 40% of downtime";
    for (evidence, repeated) in [
        ("tote jam fix cut downtime 40%", true),
        ("cut picking errors from 3.1% to 0.8% in a year", false),
    ] {
        let c = typed_case(
            &[("said_too_little", "prioritization q")],
            &[("said_too_little", repair), ("evidence", evidence)],
        );
        let text = email(&c);
        let figure = if repeated { "by 40%" } else { "0.8%" };
        assert_eq!(text.contains(figure), !repeated, "{evidence:?} in\n{text}");
    }
}

// Guards "addressed to the interviewer": the question to ask, typed with "they" for
// the company after its verb, asks the reader ("how do you decide …"); a "their" of
// people named in it stays theirs (garble hunt 16 asked "how do they decide").
#[test]
fn a_question_to_ask_asks_the_reader() {
    for (typed, asked) in [
        (
            "how do they decide who gets the weekend shifts",
            "how do you decide who gets",
        ),
        (
            "when do new handlers get their own caseload",
            "get their own caseload",
        ),
    ] {
        let c = typed_case(&[("no_questions", "")], &[("no_questions", typed)]);
        let text = email(&c);
        assert!(text.contains(asked), "{typed:?}: {asked:?} in\n{text}");
    }
}

// Guards "the user's specifics, in the letter's voice" for an answer typed as steps
// after its topic: the letter gives the steps as what the writer would do, under the
// question they answer, instead of offering to talk an answer through (round 136's
// reader: "it holds back the one thing it needed to show"); a topic that is a part of
// the question the slip named from the notes is said as that part ("On chilled chicken,
// …"), not as a second question (garble hunt 18).
#[test]
fn an_answer_typed_as_steps_is_given_not_offered() {
    // (private note, letter line, in the letter)
    let table = [
        (
            "",
            "chilled chicken - cook to 75c core, chill to under 8c within 90 mins, label w/ date, bin after 3 days",
            "when you asked about the chilled chicken. I would cook to 75c core",
        ),
        (
            "she asked about haccp and i froze",
            "chilled chicken - cook to 75c core, chill to under 8c within 90 mins, label w/ date, bin after 3 days",
            "On chilled chicken, I would cook to 75c core",
        ),
    ];
    for (note, line, kept) in table {
        let item = "blanked_on_question";
        let c = typed_case(&[(item, note)], &[(item, line)]);
        let text = email(&c);
        assert!(text.contains(kept), "{line:?}: {kept:?} in\n{text}");
        assert!(
            !text.contains("talk you through"),
            "{line:?}: offered in\n{text}"
        );
        assert!(
            !text.contains("chicken question"),
            "{line:?}: a second question in\n{text}"
        );
    }
}

// Guards "greets the interviewer by name": a "he" in a story typed for the letter is
// someone in the story, never a hint of the interviewer's title (garble hunt 18 greeted
// Janet Moore as "Dear Mr Moore" from "angry customer … he wrote in to say thanks"),
// while "she asked" in a private note still gives "Ms".
#[test]
fn a_he_in_a_story_does_not_title_the_interviewer() {
    let item = "no_concrete_example";
    let line =
        "angry customer, flood claim, called back every day for a week, he wrote in to say thanks";
    let mut c = typed_case(&[(item, "difficult customer")], &[(item, line)]);
    c.facts.interviewer_name = "Janet Moore".into();
    let text = email(&c);
    assert!(text.contains("Dear Janet,"), "{text}");
    c.assessment.get_mut(item).unwrap().detail = "she asked about a difficult customer".into();
    let text = email(&c);
    assert!(text.contains("Dear Ms Moore,"), "{text}");
}

// Guards "two different situations never get the same opening and closing" and the
// stock lines of point 3: a short letter's close never says again what its ask says
// ("I would really appreciate the chance to talk again." then "I appreciate your
// time.": garble hunt 18), whichever wording of the ask and the close is turned to.
#[test]
fn the_close_does_not_echo_the_ask() {
    let c = typed_case(&[("nervous_body_language", "")], &[]);
    for ask_turn in 0..12 {
        for close_turn in 0..12 {
            let mut turns = String::new();
            for _ in 0..ask_turn {
                turns = super::next_turn(&turns, SectionKind::Ask.key());
            }
            for _ in 0..close_turn {
                turns = super::next_turn(&turns, SectionKind::Close.key());
            }
            let comp = turned(&c, &turns, LetterLength::Standard);
            let text = |k: SectionKind| {
                comp.sections
                    .iter()
                    .find(|s| s.kind == k)
                    .map_or(String::new(), |s| s.text.clone())
            };
            let (ask, close) = (text(SectionKind::Ask), text(SectionKind::Close));
            // (The letter is short enough to close at all.)
            assert!(!close.is_empty(), "no close after:\n{ask}");
            for w in super::phrases::CLOSE_ECHOES {
                assert!(
                    !(ask.contains(w) && close.contains(w)),
                    "{w:?} twice:\n{ask}\n{close}"
                );
            }
        }
    }
}

// Guards "what they now know about the company" (point 4): a fact about the company
// typed as told to it is said as what the writer has read since, not recited back to
// the interviewer (round 136's reader: "reciting facts back to her own head of
// service"); what the interviewer said in the room stays as it was said.
#[test]
fn what_was_learned_of_the_company_is_said_as_read_since() {
    let item = "knew_little_about_company";
    for (line, fact) in [
        (
            "you merged with Pennine Vale Housing last year and set up the damp & mould taskforce",
            "you merged with pennine vale housing last year",
        ),
        (
            "they opened a second clinic in Leeds in the spring",
            "you opened a second clinic in leeds",
        ),
    ] {
        // With and without the section's lead ("Since then, I have read up on your
        // work: …"), whichever wording is turned to.
        let c = typed_case(&[(item, "")], &[(item, line)]);
        for turn in 0..3 {
            let mut turns = String::new();
            for _ in 0..turn {
                turns = super::next_turn(&turns, SectionKind::Repairs.key());
            }
            let text = turned(&c, &turns, LetterLength::Standard).render();
            // The fact follows a sentence or a clause that says it was read.
            let low = text.to_ascii_lowercase();
            let read = low.find(fact).is_some_and(|at| {
                let before = low[..at].trim_end();
                before.ends_with("i have read that")
                    || before.ends_with("read up on your work:")
                    || before.ends_with("read up on your work.")
                    || before.ends_with("read up on your work properly.")
                    || before.contains("since then, i have spent time learning how")
            });
            assert!(read, "{line:?}: told as read in\n{text}");
        }
    }
    assert_eq!(
        super::compose::read_since("You said the team triples in spring.".into()),
        "You said the team triples in spring."
    );
}

// Guards "the user's specifics" for an answer typed as the points it would cover after
// its topic: the letter gives them, under the question named once, instead of offering
// to talk an answer through (garble hunt 19 dropped "gmp - good manufacturing practice,
// batch records, …" and named "On GMP" after "…when you asked about GMP").
#[test]
fn an_answer_typed_as_points_is_given_once_under_its_question() {
    let item = "blanked_on_question";
    let line = "gmp - good manufacturing practice, batch records, deviation reports, CAPA";
    let c = typed_case(&[(item, "")], &[(item, line)]);
    let text = email(&c);
    assert!(
        text.contains("my answer would cover good manufacturing practice")
            || text.contains("My answer would cover good manufacturing practice"),
        "{text}"
    );
    assert!(!text.contains("talk you through"), "{text}");
    assert_eq!(text.matches("GMP").count(), 1, "{text}");
}

// Guards point 2 ("every field the UI asks for must visibly shape the letter"): a
// typed field the draft gives up to keep within its budget is named in
// `left_for_length`, so the Write step can say so under it; over rounds 124-149, 21 of
// 2,438 typed fields (mostly moments) were left out with no word. A draft with room
// names none.
#[test]
fn fields_left_out_for_length_are_named() {
    let mut c = case("pattern");
    let roomy = c.compose(Channel::Email, LetterLength::Standard);
    assert!(roomy.left_for_length.is_empty(), "{roomy:?}");
    c.lines.insert(
        "why".into(),
        "your depots are moving to one national scheduling system next spring, and I have run exactly that kind of move across four sites with drivers, planners and unions all at the table".into(),
    );
    c.lines.insert(
        "evidence".into(),
        "I rebuilt the weekend rota for 240 drivers at Carrow Freight and cut agency spend from £31k to £12k a month within two quarters, without one missed delivery window".into(),
    );
    c.lines.insert(
        "rambled_too_long".into(),
        "I moved our depot to a new scheduling tool over six months, trained 45 planners and drivers on it myself, and cut overtime by 20% while on-time deliveries went from 91% to 97%.".into(),
    );
    c.lines.insert(
        "moment".into(),
        "You said the team needs someone who can talk to drivers and directors alike, and that the last two analysts left because nobody on the yard would listen to a spreadsheet.".into(),
    );
    for length in [LetterLength::Standard, LetterLength::Brief] {
        let tight = c.compose(Channel::Email, length);
        let text = tight.render();
        assert!(!tight.left_for_length.is_empty(), "{text}");
        for key in &tight.left_for_length {
            let typed = &c.lines[*key];
            // Its own words are not in the letter: no long word of it that no other
            // field has.
            let others: Vec<&String> = c
                .lines
                .iter()
                .filter(|(k, _)| k != key)
                .map(|(_, v)| v)
                .collect();
            let distinctive = typed.split(' ').filter(|w| {
                w.len() >= 7
                    && w.bytes().all(|b| b.is_ascii_alphabetic())
                    && !others.iter().any(|o| o.contains(w))
            });
            for word in distinctive {
                assert!(!text.contains(word), "{key}: {word:?} is in\n{text}");
            }
        }
    }
    // The converse (the review of session 31): with no repair carrying the user's
    // words, a brief letter gives the evidence though its plan has none, and then the
    // evidence is not named as left out.
    let mut bare = Case {
        assessment: crate::domain::testkit::ticked(&[
            (
                "blanked_on_question",
                "what would you do if spo2 drops during a GA. just froze",
            ),
            ("nervous_body_language", ""),
            ("no_questions", "said no i think you covered everything"),
        ]),
        ..c.without_lines()
    };
    bare.facts.role = "Registered Veterinary Nurse".into();
    bare.lines = crate::domain::testkit::lines(&[
        ("moment", "You said the night team often feels forgotten about because the managers only ever see the day staff, and that the last two supervisors left within a year because they never got any support from head office at all."),
        ("why", "I want to work somewhere smaller where I actually know the people I am looking after and can change things that are not working without waiting months for head office to sign it off."),
        ("evidence", "At my current job I cut agency spend by thirty one per cent in a single year by cross training the front of house and housekeeping teams, which also meant the staff got more hours and our turnover dropped from forty per cent to eighteen per cent over the same period."),
    ]);
    let brief = bare.compose(Channel::Email, LetterLength::Brief);
    let text = brief.render();
    assert!(text.contains("cut agency spend"), "{text}");
    assert!(
        !brief.left_for_length.contains(&"evidence"),
        "{:?}\n{text}",
        brief.left_for_length
    );
}

// Guards point 7 against point 3: every slip the catalogue gives the letter to own is
// read by the checklist as owning it, so a default letter is never marked as owning
// nothing in the composer's own words ("My mind went blank when you asked …" was,
// in 7 default letters of rounds 124-151).
#[test]
fn the_checklist_reads_every_catalogue_slip_as_owned() {
    let c = case("pattern");
    for symptom in crate::domain::diagnosis::catalogue() {
        if symptom.slip.is_empty() {
            continue;
        }
        let text = format!(
            "Dear Ms Ortega,\n\nThank you for your time on Tuesday.\n\n{}\n\nI would welcome a second conversation.\n\nKind regards,\nSam Carter",
            super::compose::as_sentence(symptom.slip.to_owned())
        );
        let checks = email_checks(&c, &text, true);
        let owns = checks
            .iter()
            .find(|k| k.label.starts_with("Owns"))
            .expect("an owning check");
        assert!(owns.done, "{}: {:?}\n{text}", symptom.id, owns.why);
    }
}
