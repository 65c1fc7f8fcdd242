//! The question a private step-2 note names, shaped for the letter's admission of a
//! slip: "she asked how i'd handle a late change…. totally froze" gives "how I'd
//! handle a late change…", so the letter says "My mind went blank when you asked how
//! I'd handle a late change…" instead of "on one of your questions".
//!
//! Blind readers of rounds 61, 62 and 64 named "one of your questions" as the vaguest
//! line in our letters: the chat assistant's e-mails said which question. The
//! interviewer asked it, so naming it tells them nothing private; nothing else of the
//! note is used, and a question that cannot be read cleanly is left out (the letter
//! then keeps its plain wording).

use super::shape::{shape, word_in, Frame};

/// Most words of a question the letter names; a longer one reads as pasted notes.
const MAX_WORDS: usize = 16;

/// Words that start what the interviewer asked, after "asked" ("asked how …",
/// "asked me about …").
const OPENERS: &str = " about how what why whether if for which when where who ";

/// Words after "i" that narrate the slip, so the question ended before them ("she
/// asked about x i went on for ages").
const NARRATION: &str = " went just said talked froze blanked rambled gave told kind kinda \
    started panicked mumbled waffled was got totally completely basically spent didnt didn't \
    couldnt couldn't could did only ";

/// People a question may speak of, so a "she" or "their" in it need not be the
/// interviewer or the company ("a patient's daughter … her mum").
const PEOPLE: &str = " learner learners patient patients client clients customer customers \
    child children kid kids student students pupil pupils relative relatives daughter son \
    mother father mum dad family families colleague colleagues member members resident \
    residents tenant tenants parent parents user users driver drivers worker workers \
    volunteer volunteers visitor visitors guest guests passenger passengers offender \
    offenders person people someone somebody staff caller callers manager supervisor \
    employee employees woman man girl boy ";

/// Pronouns that may mean the interviewer or their company: a question holding one
/// and no person of its own is left out, since "her team" in "she asked about her
/// team" would have to become "your team".
const PRONOUNS: &str = " she he her his him hers they their them theirs ";

/// The question `note` says the interviewer asked, as words to follow "when you
/// asked" ("about the Leeds contract", "how I'd handle a learner who …"), or `None`
/// when the note names none or names it too loosely to repeat.
pub fn question_in_note(note: &str, company: &str) -> Option<String> {
    let raw = raw_question(note)?;
    let words: Vec<&str> = raw.split_ascii_whitespace().collect();
    if !(2..=MAX_WORDS).contains(&words.len()) {
        return None;
    }
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
            .to_ascii_lowercase()
    };
    let has = |list: &str| words.iter().any(|w| word_in(list, &lower(w)));
    if has(PRONOUNS) && !has(PEOPLE) {
        return None;
    }
    let frame = Frame {
        fragment: None,
        that_lead: None,
        questions: false,
        company,
        reader: "",
        max_words: MAX_WORDS + 2,
        address: false,
    };
    let shaped = shape(&format!("You asked {raw}"), &frame)?;
    let q = shaped.strip_prefix("You asked ")?.strip_suffix('.')?;
    // One clause, as typed: the shaper may not have split, joined or reworded it.
    let clean = !q.contains(['.', '?', '!', ';', ':', '"'])
        && q.split_ascii_whitespace().count() == words.len();
    clean.then(|| q.to_owned())
}

/// The words after "asked" in `note`, up to where the note goes on to narrate, or the
/// topic of "the one about …" and "the … question" at the note's start.
fn raw_question(note: &str) -> Option<String> {
    let note = note.trim();
    // ASCII lowercase keeps every byte where it was, so offsets into `low` hold in
    // `note`.
    let low = note.to_ascii_lowercase();
    let Some((at, prefix)) = asked_at(&low).or_else(|| opening_at(&low)) else {
        return topic_named(note, &low);
    };
    let rest = &note[at..];
    let end = end_of_question(&low[at..]);
    let q = rest[..end].trim_end_matches([' ', ',', '-']).trim();
    // "for an example of stewarding a donor" after "I had no example ready when
    // you asked" says "example" twice: "about stewarding a donor".
    let lq = q.to_ascii_lowercase();
    for (example, plain) in [
        ("for an example of when ", "for a time when "),
        ("for an example of ", "about "),
        ("for examples of ", "about "),
        ("for an example about ", "about "),
    ] {
        if lq.starts_with(example) {
            return Some(format!("{plain}{}", &q[example.len()..]));
        }
    }
    Some(format!("{prefix}{q}"))
}

/// Where the question starts after the interviewer's "asked" (not the user's own
/// "i asked"), with anything to put before it ("me to" stays as typed).
fn asked_at(low: &str) -> Option<(usize, &'static str)> {
    let mut from = 0;
    while let Some(i) = low[from..].find("asked ") {
        let at = from + i;
        from = at + 6;
        let before = low[..at].trim_end();
        let subject = before.rsplit(' ').next().unwrap_or("");
        if at > 0 && !low[..at].ends_with(' ') {
            continue;
        }
        if subject == "i" || subject == "we" {
            continue;
        }
        let rest = &low[from..];
        let rest_at = if rest.starts_with("me ") && !rest.starts_with("me to ") {
            from + 3
        } else {
            from
        };
        let first = low[rest_at..].split(' ').next().unwrap_or("");
        if first == "me" || word_in(OPENERS, first) {
            return Some((rest_at, ""));
        }
    }
    None
}

/// A question named at the note's start, as where it starts and what goes before
/// it: "the one about safety incidents …" is about its topic; "what would you do if
/// …" is the question itself, put in the writer's voice ("what I would do if …").
fn opening_at(low: &str) -> Option<(usize, &'static str)> {
    if low.starts_with("the one about ") {
        return Some(("the one ".len(), ""));
    }
    [
        ("what would you do ", "what I would do "),
        ("how would you ", "how I would "),
    ]
    .into_iter()
    .find(|(asked, _)| low.starts_with(asked))
    .map(|(asked, mine)| (asked.len(), mine))
}

/// "the MDT question - …", "leak detection question. …", "sensory panel q. …": a
/// short topic at the note's start, then "question", as "about" the topic.
fn topic_named(note: &str, low: &str) -> Option<String> {
    let end = end_of_question(low);
    let head = low[..end].trim_end();
    let cut = head
        .strip_suffix(" question")
        .or_else(|| head.strip_suffix(" q"))?
        .len();
    let topic = &note[..cut];
    let topic = topic
        .strip_prefix("the ")
        .or_else(|| topic.strip_prefix("The "))
        .unwrap_or(topic);
    let words = topic.split(' ').count();
    let plain = topic
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-');
    let mine = topic.split(' ').any(|w| w.eq_ignore_ascii_case("i"));
    // "biggest project question" was about the writer's own: "about my biggest
    // project".
    let first = topic.split(' ').next().unwrap_or_default();
    let superlative =
        " biggest largest hardest toughest proudest greatest best worst last first latest most ";
    let own = if words > 1 && word_in(superlative, &first.to_ascii_lowercase()) {
        "my "
    } else {
        ""
    };
    (plain && (1..=4).contains(&words) && !mine).then(|| format!("about {own}{topic}"))
}

/// Where the question in `rest` (lowercase) ends: at the first stop, comma, dash or
/// ellipsis, or before "and i …" or "i went …" that narrates the slip.
fn end_of_question(rest: &str) -> usize {
    let mut end = rest.len();
    for mark in [
        ".",
        ",",
        ";",
        ":",
        "?",
        "!",
        " - ",
        " – ",
        "…",
        " (",
        " but ",
        " so ",
        " & ",
        " + ",
        " and i ",
        " and then ",
    ] {
        if let Some(i) = rest.find(mark) {
            end = end.min(i);
        }
    }
    // "… i went on for ages": narration, not the question.
    let mut from = 0;
    while let Some(i) = rest[from..end].find(" i ") {
        let at = from + i;
        let next = rest[at + 3..].split(' ').next().unwrap_or("");
        if word_in(NARRATION, next) {
            end = at;
            break;
        }
        from = at + 3;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::question_in_note;

    /// Each note as a user types it after ticking a slip, and the question the
    /// letter may name from it (or nothing).
    #[test]
    fn the_question_a_note_names() {
        let table: &[(&str, Option<&str>)] = &[
            // The question, up to the stop that ends it.
            ("she asked how i'd prioritise a backlog of 4000 undocumented objects. i just said 'start with the most important ones' ugh", Some("how I'd prioritise a backlog of 4000 undocumented objects")),
            // Up to "and i …" that narrates the slip.
            ("he asked about my experience with activated sludge and i went on for like 5 min about the SCADA upgrade", Some("about my experience with activated sludge")),
            ("she asked about my homebrewing and i talked for like 10 min about my sour beer setup", Some("about my homebrewing")),
            // Up to "i went …" with no "and".
            ("deb asked about contamination rates i went on about single stream for 5 min", Some("about contamination rates")),
            // "id" typed for "I'd" is spelled out (round 70 sent "how id approach").
            ("she asked how id approach a shattered silk flag. blanked", Some("how I'd approach a shattered silk flag")),
            // "i'd" inside the question stays and is capitalised.
            ("she asked what i'd do if i spotted conflicting levels on a strip. just froze", Some("what I'd do if I spotted conflicting levels on a strip")),
            ("panel asked about a time i dealt with a turbidity spike and i went into the whole history", Some("about a time I dealt with a turbidity spike")),
            // "for an example of" is "about": the slip says "example" already.
            ("asked for an example of stewarding a donor to a bigger gift and i went vague", Some("about stewarding a donor to a bigger gift")),
            ("she asked for a time i differentiated for mixed levels", Some("for a time I differentiated for mixed levels")),
            ("asked for an example of when i had to adapt a goal", Some("for a time when I had to adapt a goal")),
            // "me" before the question word goes; "me to" stays.
            ("he asked me about the 4000 object backlog", Some("about the 4000 object backlog")),
            ("she asked me to talk her through safe isolation and i froze", None),
            ("he asked me to walk through a pre-start check, i blanked", Some("me to walk through a pre-start check")),
            // A person of the question's own may be "her" or "they".
            ("she asked what i'd do if a patient's daughter got angry about her mums pain relief. i just froze", Some("what I'd do if a patient's daughter got angry about her mum's pain relief")),
            ("she asked how i'd handle a learner who refuses to engage bc they're embarrassed they can't read. i just froze", Some("how I'd handle a learner who refuses to engage because they're embarrassed they can't read")),
            // "her"/"their" with no person: the interviewer's or the company's; left out.
            ("she asked about her team's planner and i said i'd never used it", None),
            ("they asked about their plans for the new depot and i had nothing", None),
            // "the one about …" at the start.
            ("the one about a safety incident i'd handled. total blank", Some("about a safety incident I'd handled")),
            // A topic, then "question", at the start.
            ("leak detection question. i just said i'd used listening sticks", Some("about leak detection")),
            ("the MDT question - i went on for ages about the ward politics", Some("about MDT")),
            ("the safeguarding q. went on about my DBS for ages", Some("about safeguarding")),
            ("dissolved oxygen question - went off on a tangent", Some("about dissolved oxygen")),
            ("i froze on the last question", None),
            ("biggest project question, went on and on", Some("about my biggest project")),
            ("interest rate question, blanked", Some("about interest rate")),
            // The question itself, in the interviewer's words.
            ("what would you do if a batch tested positive for diastaticus. blanked", Some("what I would do if a batch tested positive for diastaticus")),
            // The user's own question is not the interviewer's.
            ("i asked about the pay before anything else", None),
            ("we asked about parking", None),
            // No question named.
            ("i rambled for ages about my old job", None),
            ("froze on the technical bit", None),
            ("", None),
            // Too loose or too long to repeat.
            ("she asked about", None),
            ("she asked what i would do if the sorter jammed on a friday with two drivers off sick the yard full and the manager away at head office all day", None),
            // The words "asked" inside another word are not the verb.
            ("unasked about it", None),
        ];
        for (note, want) in table {
            assert_eq!(
                question_in_note(note, "Ledgerline").as_deref(),
                *want,
                "{note:?}"
            );
        }
    }
}
