#![cfg(not(target_arch = "wasm32"))]
//! The default letters of 280 situations typed for the blind comparisons of issue 15
//! (rounds 124 to 151, `tests/data/situations_blind.json`): written by helpers who never
//! saw the composer, typed as hurried users type (fragments, shorthand, lowercase,
//! notes to self), each composed as a standard and a brief e-mail. The kit's cases are
//! written beside the rules; these were not, so they guard the points on the
//! inputs real users give:
//! - every standard letter keeps within its budget, and the brief ones that do not (a
//!   long answer kept whole) stay at most where they stand (point 5; not met yet);
//! - every letter that must own what went wrong does, in words the live checklist reads
//!   as owning it (points 3 and 7);
//! - the letters our own tone check flags stay at most where they stand. Point 5 says
//!   the default letter never fails our own tone check: on these inputs that is not met
//!   yet, and the test prints what is left. Lower the bound as rules improve; never
//!   raise it to let a change pass.

use std::collections::BTreeMap;

use second_chance::domain::diagnosis::{Diagnosis, Verdict};
use second_chance::domain::letter::checklist::{checklist, Inputs, Move};
use second_chance::domain::letter::{budget, count_words};
use second_chance::domain::testkit::situations;
use second_chance::domain::tone::{check, FlagKind, ToneContext};
use second_chance::domain::{Channel, LetterLength};

/// Most default letters of the set (standard and brief, 560 in all) that our own tone
/// check may flag: where session 31 left them (77 when it began, when 7 also owned
/// their slips in words the checklist did not read as owning). It stood at 38 for a
/// while; two reviews then found splits of past lists that said false things ("You told
/// me the system crashed. You lost orders …", "I had not used a till. I worked on a
/// shop floor …"), the split letters fared no better with blind readers (11 of 18
/// pairs, 5.4 against 5.5), and splitting is now kept to the writer's planned steps.
/// That leaves more long sentences; lower this as safe splits are found.
const MOST_FLAGGED: usize = 44;

/// Most brief letters of the set that may run past their 120 words: where session 31
/// left them. A brief letter keeps a long answer whole rather than drop it or the slip
/// it owns: blind readers preferred that, over the budget, in 25 of 29 pairs. Lower it
/// as the composer learns to shorten an answer well.
const MOST_OVER: usize = 22;

// Guards points 3, 5 and 7 of issue 15 on situations typed by people who never saw
// the composer.
#[test]
fn default_letters_of_typed_situations() {
    let all = situations("situations_blind.json");
    assert!(all.len() >= 280, "the set has {} situations", all.len());
    let mut flagged = 0;
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut letters = 0;
    let mut over = 0;
    for s in &all {
        let assessment = s.assessment();
        let serious = Diagnosis::from_assessment(&assessment).verdict >= Verdict::Pattern;
        let lines: Vec<&str> = s
            .general()
            .into_iter()
            .chain(s.letter_lines.values().map(String::as_str))
            .collect();
        for length in [LetterLength::Standard, LetterLength::Brief] {
            letters += 1;
            let text = s.compose(Channel::Email, length).render();
            let words = count_words(&text);
            let limit = budget(Channel::Email, length);
            if words > limit {
                // A brief letter keeps a long answer whole (see `PLANS_BRIEF`).
                assert_eq!(
                    length,
                    LetterLength::Brief,
                    "{}: {words} words\n{text}",
                    s.id
                );
                over += 1;
            }
            let tone = check(
                &text,
                &ToneContext {
                    company: s.facts.company.trim(),
                    interviewer: s.facts.interviewer_name.trim(),
                    phone_script: false,
                },
            );
            if !tone.flags.is_empty() {
                flagged += 1;
            }
            for f in &tone.flags {
                *kinds.entry(f.kind.key()).or_default() += 1;
            }
            let checks = checklist(&Inputs {
                text: &text,
                facts: &s.facts,
                serious,
                channel: Channel::Email,
                words,
                budget: limit,
                lines: &lines,
                flags: tone.flags.len(),
                pushy: tone.flags.iter().any(|f| f.kind == FlagKind::Begging),
            });
            let owns = checks.iter().find(|c| c.step == Move::Owns);
            assert!(
                owns.is_some_and(|c| c.done),
                "{} ({length:?}): {:?}\n{text}",
                s.id,
                owns.map(|c| &c.why)
            );
        }
    }
    println!(
        "default letters of typed situations: {letters}, tone-flagged {flagged}: {kinds:?}; \
         brief letters over 120 words: {over}"
    );
    assert!(
        over <= MOST_OVER,
        "{over} brief letters run past their budget (at most {MOST_OVER})"
    );
    assert!(
        flagged <= MOST_FLAGGED,
        "{flagged} of {letters} default letters fail our own tone check (at most {MOST_FLAGGED})"
    );
}
