//! The reason a private step-2 note gives for wanting the job, for a letter whose
//! "why" field was left empty: the note under "I couldn't say clearly why I want this
//! job" ("Why do you want it? Put it in a sentence or two.") and what the note under
//! "I sounded unsure or negative about the job itself" says the writer really thinks
//! ("honestly 2nd shift is fine").
//!
//! Blind readers of round 85 and the garble hunt marked letters that admitted "I did
//! not say clearly why I want this role" or "I sounded less sure about the role than I
//! am" and then never said why, although the user had typed it in step 2. Only the
//! reason is taken: a sentence that tells what was said in the interview ("i said
//! something vague about growth") is the writer's own diagnosis and stays private, and
//! the Write step says when the letter uses the rest.

/// Words that open what the writer really thinks, after what they said on the day
/// ("said it wasn't ideal. honestly 2nd shift is fine"). Longest first.
const MARKERS: [&str; 8] = [
    "the real reason is",
    "real reason is",
    "real reason:",
    "the truth is",
    "to be honest",
    "truth is",
    "honestly",
    "actually",
];

/// Words that make a sentence an account of the interview rather than a reason.
const TELLS: [&str; 6] = [
    " said ",
    " asked ",
    " told ",
    " answered ",
    " mentioned ",
    " replied ",
];

/// The reason in `note`, as typed, for the letter's "why" field to shape; `None` when
/// it gives none. With `only_after_marker` (the note under a doubt about the job),
/// only what follows a marker counts: before it, the note says what went wrong.
pub fn reason_in_note(note: &str, only_after_marker: bool) -> Option<String> {
    let mut kept: Vec<&str> = Vec::new();
    let mut marked = false;
    for raw in note.split(['.', '!', '?', '\n', ';']) {
        let s = raw
            .trim()
            .trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace());
        if s.is_empty() {
            continue;
        }
        let lower = format!(" {} ", s.to_ascii_lowercase());
        // "real reason: i want retail where the stuff means something".
        let after = MARKERS.iter().find_map(|m| {
            let at = lower.find(&format!(" {m}"))?;
            // At the start of the sentence or after a comma: mid-clause ("i actually
            // like having goals") it is part of the reason.
            let opens = at == 0 || lower[..at].trim_end().ends_with(',');
            opens.then(|| at + 1 + m.len())
        });
        match after {
            Some(end) => {
                // `lower` is `s` with a space before it: byte `end` of `lower` is byte
                // `end - 1` of `s`.
                let rest = s.get(end.saturating_sub(1).min(s.len())..).unwrap_or("");
                let rest = rest.trim_start_matches([':', ',', ' ']);
                if !rest.is_empty() {
                    kept.push(rest);
                }
                marked = true;
            }
            None if TELLS.iter().any(|t| lower.contains(t)) => {}
            None if marked || !only_after_marker => kept.push(s),
            None => {
                // "i'm a morning person really": a marker at the end.
                if lower.trim_end().ends_with(" really") || lower.contains(" actually ") {
                    kept.push(s);
                    marked = true;
                }
            }
        }
    }
    (!kept.is_empty()).then(|| {
        kept.iter()
            .map(|s| s.strip_suffix(" really").unwrap_or(s))
            .collect::<Vec<_>>()
            .join(". ")
    })
}

#[cfg(test)]
mod tests {
    use super::reason_in_note;

    /// Guards that the reason is taken and the account of the interview is not.
    #[test]
    fn the_reason_is_taken_and_the_account_left() {
        #[rustfmt::skip]
        let rows: &[(&str, bool, Option<&str>)] = &[
            // A note that is all reason.
            ("I want to run a whole bindery floor, not just the perfect binder line", false, Some("I want to run a whole bindery floor, not just the perfect binder line")),
            // What was said goes; the reason after a marker stays.
            ("said something like 'i just love museums'. real reason: i want retail where the stuff means something", false, Some("i want retail where the stuff means something")),
            ("honestly i want off the big distillery treadmill. i said something vague about growth opportunity", false, Some("i want off the big distillery treadmill")),
            // Under a doubt about the job: only what the writer really thinks.
            ("said the second shift part wasn't ideal. honestly 2nd shift is fine, kids are older now. the role is a real step up for me", true, Some("2nd shift is fine, kids are older now. the role is a real step up for me")),
            ("he said a lot of it is removals and i said oh ok. i actually like removals too", true, Some("i actually like removals too")),
            ("said early starts would be hard. i'm a morning person really", true, Some("i'm a morning person")),
            ("i said the pay was low", true, None),
            ("", false, None),
            // A marker mid-clause is part of the reason.
            ("i actually like having goals", false, Some("i actually like having goals")),
        ];
        for (note, after, want) in rows {
            assert_eq!(reason_in_note(note, *after).as_deref(), *want, "{note:?}");
        }
    }
}
