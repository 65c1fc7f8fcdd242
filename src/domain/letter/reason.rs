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

use super::shape::word_in;

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
/// ("wanted to know" and "gave a …" as phrases: "i always wanted to work with dogs" is a
/// reason.)
const TELLS: &str = "said asked told answered mentioned replied rambled fumbled froze blanked \
    panicked waffled couldnt couldn't didnt didn't";

/// What no reason to want a job says: doubts, complaints and "I just need a job" are
/// the writer's own, and go nowhere near the letter (the review of session 17 found
/// "I'm not sure I want it but I need the money" sent as the reason).
const NOT_A_REASON: [&str; 22] = [
    "desperate",
    "contract ends",
    "only applying",
    "childcare",
    "can't do",
    "cant do",
    "not sure",
    "no idea",
    "need the money",
    "need a job",
    "need the job",
    "don't know",
    "dont know",
    "dunno",
    "awful",
    "hate",
    "boring",
    "don't want",
    "dont want",
    "not really",
    "rubbish",
    "no answer",
];

/// Words that say what draws the writer, one of which a note under "I couldn't say why"
/// must hold to be taken as the reason ("i want to run a whole bindery floor").
const DRAWS: &str = "want wanted love like enjoy interested drawn keen care passion because \
    excited chance step learn grow";

/// What a doubt said outright ("sure about …") was of: up to its comma where the
/// writer's own word follows it ("…the lone working bit, actually im fine with it" doubted
/// the lone working only: the sixth garble hunt sent "I'm fine with the lone working bit,
/// actually I'm fine with it"), else all of it ("…the travel, three weeks on the road
/// at a time": round 106's held-out letter lost the three weeks).
fn doubted(rest: &str) -> &str {
    let own = |after: &str| {
        let after = after.trim_start().to_ascii_lowercase();
        MARKERS.iter().any(|m| after.starts_with(m))
            || ["i ", "im ", "i'm ", "but "]
                .iter()
                .any(|p| after.starts_with(p))
    };
    match rest.split_once(',') {
        Some((head, after)) if own(after) => head.trim_end(),
        _ => rest,
    }
}

/// `part` without the note's "i meant" before a clause of the writer's own: "i like
/// routine lab work, i meant i also want to learn sensory" is "…, and i also want to
/// learn sensory" (round 108 sent "I meant I also want …": the note explaining what
/// was meant on the day).
fn without_meant(part: &str) -> std::borrow::Cow<'_, str> {
    let meant = [", i meant ", ", I meant "]
        .iter()
        .find_map(|m| part.find(m).map(|at| (at, m.len())));
    match meant {
        Some((at, n)) => [&part[..at], ", and ", &part[at + n..]].concat().into(),
        None => part.into(),
    }
}

/// `part` without a leading "it's not,": the "not" answers a remark quoted before it
/// ("said 'i suppose it's a step down'. it's not, i actually want …"), which the
/// letter leaves out, so it goes too (the eighth garble hunt sent "What draws me to
/// this role is that it's not.").
fn without_answered_not(part: &str) -> &str {
    ["it's not, ", "its not, ", "it isn't, ", "it is not, "]
        .iter()
        .find_map(|n| {
            // (Only before the writer's own clause: "it is not, in my view, a step down"
            // keeps its "not".)
            part.get(..n.len())
                .filter(|h| h.eq_ignore_ascii_case(n))
                .map(|_| &part[n.len()..])
                .filter(|rest| rest.starts_with("i ") || rest.starts_with("I "))
        })
        .unwrap_or(part)
}

/// Phrases that give a reason to leave where the writer is rather than to come here:
/// loneliness and money are true, and private. Phrases of the writer's own situation,
/// not words: "help lonely older people", "low-income families" and "payroll … salary"
/// are reasons (the review of session 28). Round 136's held-out reader marked
/// "I want this role because private teaching is lonely and the income's all over the
/// place" as doing harm.
const PUSHES: [&str; 24] = [
    "is lonely",
    "i'm lonely",
    "im lonely",
    "get lonely",
    "the income",
    "my income",
    "income's",
    "for the money",
    "more money",
    "the money's",
    "the pay is",
    "pay is better",
    "my salary",
    "higher salary",
    "i'm bored",
    "im bored",
    "i get bored",
    "i'm fed up",
    "im fed up",
    "i'm sick of",
    "im sick of",
    "skint",
    "steady wage",
    "pay cut",
];

/// `part` without a reason that only pushes the writer away from where they are: what
/// follows its "but" is kept ("…, but i also really want to play with groups" is "i
/// really want to play with groups"; the "also" leaned on what went), and with no "but"
/// the sentence goes.
fn without_push(part: &str) -> Option<std::borrow::Cow<'_, str>> {
    let low = part.to_ascii_lowercase();
    let pushes = |s: &str| PUSHES.iter().any(|p| s.contains(p));
    if !pushes(&low) {
        return Some(part.into());
    }
    let at = low.find(", but ")? + 6;
    if pushes(&low[at..]) {
        return None;
    }
    let tail = &part[at..];
    // ("but also i love …": the "also" goes too.)
    let tail = ["also ", "Also "]
        .iter()
        .find_map(|a| tail.strip_prefix(a))
        .unwrap_or(tail);
    Some(match tail.find(" also ").filter(|a| *a < 6) {
        Some(a) => [&tail[..a], &tail[a + 5..]].concat().into(),
        None => tail.into(),
    })
}

/// Where the reason starts in a sentence that says what the writer wishes they had said
/// ("should have said i want to work with the same families for years"): the reason
/// itself, where "said" would otherwise make it an account of the day.
fn wished(lower: &str) -> Option<usize> {
    let heads = ["should have said ", "should've said ", "shouldve said "];
    let lower_after_i = lower.strip_prefix("i ").unwrap_or(lower);
    let skipped = lower.len() - lower_after_i.len();
    let head = heads.iter().find(|h| lower_after_i.starts_with(**h))?;
    let mut at = skipped + head.len();
    if lower[at..].starts_with("that ") {
        at += 5;
    }
    // Only the writer's own clause: "kids who'd never get private lessons get a go"
    // was framed as a thing that appeals ("…is the kids who'd never … get a go").
    let own = ["i ", "i'd ", "i'm ", "im ", "id "];
    let said = lower[at..].trim_start_matches(['\'', '"']);
    own.iter().any(|o| said.starts_with(o)).then_some(at)
}

/// The reason in `note`, as typed, for the letter's "why" field to shape; `None` when
/// it gives none. With `only_after_marker` (the note under a doubt about the job),
/// only what follows a marker counts: before it, the note says what went wrong.
pub fn reason_in_note(note: &str, only_after_marker: bool) -> Option<String> {
    let mut kept = String::new();
    let mut marked = false;
    // What the writer was unsure of on the day ("i wasnt sure about the 5am starts"):
    // "fine with it" after it says what "it" is.
    let mut doubt: Option<&str> = None;
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n' | ';');
    for raw in note.split(ends) {
        let s = raw.trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace());
        // Lowercased byte for byte, so offsets into it hold in `s`.
        let lower = s.to_ascii_lowercase();
        // A marker at the start of the sentence or after a comma ("real reason: i
        // want …"); mid-clause ("i actually like having goals") it is the reason's.
        let after = MARKERS.iter().find_map(|m| {
            let at = lower.find(m)?;
            (at == 0 || lower[..at].trim_end().ends_with(',')).then_some(at + m.len())
        });
        let tells = || {
            lower.split_ascii_whitespace().any(|w| word_in(TELLS, w))
                || ["wanted to know", "gave a ", "gave an "]
                    .iter()
                    .any(|p| lower.contains(p))
        };
        if let Some(at) = lower.find("sure about ") {
            doubt = Some(doubted(&s[at + 11..]));
        }
        // "said the data entry side sounded a bit dull": what it was said of, for a
        // later "i dont mind it" (round 100 sent "I don't mind it" with no "it").
        // Never over a doubt said outright ("sure about …").
        if doubt.is_none() {
            doubt = said_of(&lower, s);
        }
        let wish = wished(&lower);
        let part = match after {
            _ if wish.is_some() => s[wish.unwrap_or_default()..]
                .trim_end_matches(" lol")
                .trim_matches(['\'', '"']),
            Some(end) => {
                marked = true;
                s[end..].trim_start_matches([':', ',', ' '])
            }
            None if s.is_empty() || tells() => "",
            None if marked || !only_after_marker => s,
            // "i actually like removals", "i'm a morning person really": a marker
            // inside the sentence or at its end.
            None if lower.contains(" actually ") || lower.ends_with(" really") => {
                marked = true;
                s
            }
            None => "",
        };
        let Some(part) = without_push(part) else {
            continue;
        };
        let part = part.as_ref();
        if !part.is_empty() {
            if !kept.is_empty() {
                kept.push_str(". ");
            }
            // "honestly fine with it": the writer is (round 89 sent "I've done fine
            // with it 9 years").
            let low = part.to_ascii_lowercase();
            let stance = [
                "fine with",
                "fine,",
                "fine by",
                "ok with",
                "okay with",
                "happy with",
                "happy to",
                "comfortable with",
            ];
            if stance.iter().any(|a| low.starts_with(a)) || low == "fine" {
                kept.push_str("I'm ");
            }
            let part = part.strip_suffix(" really").unwrap_or(part);
            let part = without_answered_not(part);
            let joined = without_meant(part);
            let part = joined.as_ref();
            // Offsets are read in the part as it now stands (the review of session 20
            // found a panic when "i meant" had gone).
            let low = part.to_ascii_lowercase();
            // " with it" or " mind it" as words ("happy with itinerary work" has none).
            // And "did it" ("actually i did it for 2 yrs at next and liked it": the
            // ninth garble hunt sent "I did it for two years" with no "it").
            let it_at = [" with it", " mind it", " did it", " done it", " do it"]
                .iter()
                .find_map(|w| {
                    let it = low.find(w)? + w.len() - 2;
                    (!low[it + 2..].starts_with(|c: char| c.is_ascii_alphanumeric())).then_some(it)
                });
            match (doubt, it_at) {
                (Some(d), Some(it)) => {
                    kept.push_str(&part[..it]);
                    kept.push_str(d);
                    kept.push_str(&part[it + 2..]);
                }
                _ => kept.push_str(part),
            }
        }
    }
    let kept = without_asides(kept);
    let low = kept.to_ascii_lowercase();
    // (What the writer wishes they had said passes the same tests: "should have said
    // i cant do weekends though" is no reason; the review of session 28.)
    let draws = only_after_marker || low.split_ascii_whitespace().any(|w| word_in(DRAWS, w));
    let doubts = NOT_A_REASON.iter().any(|n| low.contains(n));
    (!kept.is_empty() && draws && !doubts).then_some(kept)
}

/// `kept` without an aside to oneself in brackets ("(whitlocks did it actually)"): no
/// reason for the reader (round 96's reader: too casual).
fn without_asides(kept: String) -> String {
    if !kept.contains(" (") {
        return kept;
    }
    // One pass, so a pasted page of brackets costs no more than its length.
    let mut out = String::with_capacity(kept.len());
    let mut rest = kept.as_str();
    while let Some(open) = rest.find(" (") {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        // Only a note to self ("actually", "lol", "tbh", "did it"): a bracket that
        // backs the reason ("(did them 6 yrs at the hospice)") stays.
        let aside = rest[open..open + close].to_ascii_lowercase();
        let to_self = ["actually", "lol", "tbh", "did it", "haha"]
            .iter()
            .any(|w| aside.contains(w));
        out.push_str(&rest[..if to_self { open } else { open + close + 1 }]);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// What "said the … sounded/was …" in a sentence says a doubt was about ("said the
/// data entry side sounded a bit dull" -> "the data entry side"), for a later "i dont
/// mind it" (round 100 sent "I don't mind it" with no "it"): a short subject only (the
/// review of session 19 found "the hours were long which" taken). `lower` is `s` in
/// lowercase, byte for byte.
fn said_of<'a>(lower: &str, s: &'a str) -> Option<&'a str> {
    // Or a thing named without "the" ("said 4 on 4 off sounded knackering"), not a
    // person or a pronoun ("said i …", "said it …").
    let at = lower.find("said ")?;
    let said = &lower[at + 5..];
    let first = said.split(' ').next().unwrap_or_default();
    // Nor a filler ("said maybe nights sounded hard", "said like the commute …": the
    // review of session 22).
    let filler = "maybe like yes no just out honestly probably kind sort well so";
    if word_in(
        "i it i'd i'm she he they we you that this my something stuff",
        first,
    ) || word_in(filler, first)
    {
        return None;
    }
    let verbs = [
        " sounded ",
        " seemed ",
        " looked ",
        " was ",
        " is ",
        " were ",
        " are ",
    ];
    let end = verbs.iter().filter_map(|v| said.find(v)).min()?;
    let subject = &said[..end];
    let plain = subject.split(' ').count() <= 4
        && !subject.contains(['\'', '"', ','])
        && !subject
            .split(' ')
            .any(|w| matches!(w, "which" | "that" | "and" | "but"));
    plain.then(|| &s[at + 5..at + 5 + end])
}

/// Number words for a notice period ("4 wks" -> "four weeks").
const NUMBER_NAMES: [&str; 13] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

/// The notice period the note under "The interviewer asked when I could start" gives
/// ("she asked my notice period, 4 wks" -> "four weeks"; "a month's notice" -> "one
/// month"), for the ask to mention: the interviewer asked, so it tells them nothing
/// private (round 87's chat e-mails gave it; ours dropped it). `None` without a word of
/// notice or without a period.
pub fn notice_in_note(note: &str) -> Option<String> {
    let lower = note.to_ascii_lowercase();
    if !lower.contains("notice") {
        return None;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let notices: Vec<usize> = (0..words.len())
        .filter(|&p| words[p].starts_with("notice"))
        .collect();
    // "no notice as im unemployed" has none.
    if notices.iter().any(|&p| p > 0 && words[p - 1] == "no") {
        return None;
    }
    // The period nearest a word of notice, within a few words ("…, i said 4 wks"; not
    // the "2 weeks" the writer could start in before "my notice is 3 months", nor "a
    // month ago": the review of session 17).
    let mut best: Option<(usize, String)> = None;
    for (i, w) in words.iter().enumerate() {
        // "4wks" typed on, or "4 wks".
        let digits = w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len());
        let (n, unit, next) = if digits > 0 && digits < w.len() {
            let Ok(n) = w[..digits].parse::<usize>() else {
                continue;
            };
            (n, &w[digits..], i + 1)
        } else {
            let n = match *w {
                "a" | "one" => Some(1),
                _ => NUMBER_NAMES
                    .iter()
                    .position(|x| x == w)
                    .or_else(|| w.parse().ok()),
            };
            match (n, words.get(i + 1)) {
                (Some(n), Some(u)) => (n, *u, i + 2),
                _ => continue,
            }
        };
        let unit = match unit {
            "wk" | "wks" | "week" | "weeks" => "week",
            "month" | "months" | "mth" | "mths" | "mo" => "month",
            _ => continue,
        };
        let Some(name) = NUMBER_NAMES.get(n).filter(|_| n > 0) else {
            continue;
        };
        let Some(far) = notices.iter().map(|&p| p.abs_diff(i)).min() else {
            continue;
        };
        // "start in 2 weeks", "free from 2 weeks": when, not the notice.
        let when = i > 0 && matches!(words[i - 1], "in" | "from" | "for");
        if far > 8
            || when
            || words.get(next) == Some(&"ago")
            || best.as_ref().is_some_and(|b| b.0 < far)
        {
            continue;
        }
        best = Some((
            far,
            format!("{name} {unit}{}", if n == 1 { "" } else { "s" }),
        ));
    }
    best.map(|b| b.1)
}

/// Phrases that say only how near the job is to the writer's home. Said to the
/// employer, that reason tells what the job does for the writer, not what they bring:
/// round 130's reader marked "20 minutes from home" down, and a letter that left it out
/// lost nothing.
const NEAR_HOME: [&str; 19] = [
    "from home",
    "from my house",
    "from my home",
    "from where i live",
    "close to home",
    "closer to home",
    "near home",
    "nearer home",
    "near my house",
    "close to my house",
    "close to my home",
    "near where i live",
    "walking distance",
    "on my doorstep",
    "commute",
    " min away",
    " mins away",
    " minutes away",
    " min drive",
];

/// Where a "why" breaks into its reasons.
const REASON_BREAKS: [&str; 6] = [". ", ", ", "; ", " + ", " and ", " & "];

/// The "why" as typed without its reasons that only say the job is near home, and the
/// first of those set aside ("20 mins from home and its multi user, want a bigger site"
/// -> "its multi user, want a bigger site", "20 mins from home"). None when no reason
/// is about the commute, or when that is all the "why" says: then it is all the reason
/// the letter has, and it stays.
pub fn near_home_set_aside(why: &str) -> Option<(String, String)> {
    let mut parts: Vec<(&str, &str)> = Vec::new();
    let mut rest = why.trim();
    // " and " parts two reasons only before a clause of its own ("20 mins from home
    // and its multi user"), not inside one ("close to home and family": the review of
    // session 26).
    let clause_after = |after: &str| {
        let next = after
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        matches!(
            next.as_str(),
            "i" | "i'm"
                | "im"
                | "i'd"
                | "id"
                | "its"
                | "it's"
                | "it"
                | "they"
                | "they're"
                | "the"
                | "you"
                | "my"
        )
    };
    while !rest.is_empty() {
        let next = REASON_BREAKS
            .iter()
            .filter_map(|b| {
                let at = rest.find(b)?;
                (*b != " and " || clause_after(&rest[at + b.len()..])).then_some((at, *b))
            })
            .min_by_key(|(at, _)| *at);
        let Some((at, b)) = next else {
            parts.push((rest, ""));
            break;
        };
        parts.push((&rest[..at], b));
        rest = &rest[at + b.len()..];
    }
    let near = |part: &str| {
        let lower = part.trim().to_ascii_lowercase();
        // A whole phrase ("from homelessness", "the commuter rail project" are not),
        // and not working from home nor the idiom ("this hits close to home", "close
        // to home for me").
        let said = |p: &str| {
            lower.match_indices(p).any(|(at, _)| {
                let end = lower[at + p.len()..].chars().next();
                let before = lower[..at].trim_end();
                !end.is_some_and(|c| c.is_ascii_alphabetic())
                    && !before.ends_with("work")
                    && !before.ends_with("worked")
                    && !before.ends_with("working")
                    && !before.ends_with("hits")
                    && !lower[at + p.len()..].starts_with(" for me")
            })
        };
        NEAR_HOME.iter().any(|p| said(p))
            || matches!(
                lower.trim_end_matches(['.', '!']),
                "local" | "its local" | "it's local"
            )
    };
    let set_aside = parts.iter().find(|(p, _)| near(p))?.0.trim();
    let kept: Vec<&(&str, &str)> = parts
        .iter()
        .filter(|(p, _)| !near(p) && !p.trim().is_empty())
        .collect();
    if kept.is_empty() {
        return None;
    }
    let mut out = String::new();
    // (A reason kept after the one set aside does not open on its "and".)
    let kept: Vec<(&str, &str)> = kept
        .iter()
        .map(|(p, b)| (p.trim_start().strip_prefix("and ").unwrap_or(p), *b))
        .collect();
    for (i, (part, brk)) in kept.iter().enumerate() {
        out.push_str(part);
        if i + 1 < kept.len() {
            out.push_str(brk);
        }
    }
    Some((out, set_aside.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::{near_home_set_aside, notice_in_note, reason_in_note};

    /// Guards that the notice period is read from the note as words, and nothing is
    /// read from a note that names none.
    #[test]
    fn the_notice_period_is_read_from_the_note() {
        for (note, want) in [
            ("she asked my notice period, 4 wks", Some("four weeks")),
            (
                "asked my notice period right at the end, i said 4 wks",
                Some("four weeks"),
            ),
            ("notice is a month", Some("one month")),
            ("3 months notice unfortunately", Some("three months")),
            ("2wks notice", Some("two weeks")),
            ("asked when i could start, said asap", None),
            ("notice period, not sure", None),
            ("he spent 20 mins on next steps", None),
            // The period next to "notice", not another one; none for "no notice".
            ("she asked about notice, i said i could start in 2 weeks but really my notice is 3 months", Some("three months")),
            ("said i could start in a month, no notice as im unemployed", None),
            ("handed in my notice a month ago so free from 2 weeks on friday", None),
        ] {
            assert_eq!(notice_in_note(note).as_deref(), want, "{note:?}");
        }
    }

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
            // A "not" answering a remark the letter leaves out goes with it (garble hunt 8).
            ("said 'i suppose it's a step down'. it's not, i actually want to get out of corporate retail", true, Some("i actually want to get out of corporate retail")),
            // An aside after the "not" keeps it (the review of session 21).
            ("said it sounded boring. it is not, in my view, a step down, i actually want the stability", true, Some("it is not, in my view, a step down, i actually want the stability")),
            ("i said the pay was low", true, None),
            ("", false, None),
            // Doubts, complaints and a note that only tells the slip give no reason.
            ("said the pay was low. honestly im not sure i want it but i need the money", true, None),
            ("moaned about the open plan office. actually the commute is awful too", true, None),
            ("rambled about career progression. didnt really have an answer", false, None),
            ("no idea tbh, i just need a job", false, None),
            ("i always wanted to work with dogs", false, Some("i always wanted to work with dogs")),
            ("she wanted to know why i applied. gave a generic answer about growth", false, None),
            // "fine with it" says who is, and what "it" was.
            ("said i wasnt sure about the 5am starts in summer. honestly fine with it, ive done it 9 yrs", true, Some("I'm fine with the 5am starts in summer, ive done it 9 yrs")),
            // So does "mind it", after what the doubt was said of (round 100).
            ("said the data entry side sounded a bit dull. honestly i dont mind it, its how stuff gets found", true, Some("i dont mind the data entry side, its how stuff gets found")),
            // "did it" says what too, named without "the" (the ninth garble hunt).
            ("said 4 on 4 off sounded knackering. actually i did it for 2 yrs at next and liked it", true, Some("i did 4 on 4 off for 2 yrs at next and liked it")),
            // Nor a filler before what was said of (the review of session 22).
            ("said maybe nights sounded hard. honestly fine with it", true, Some("I'm fine with it")),
            // Not something said in passing, nor a quote.
            ("said something like 'ugh scheduling' in the interview. honestly fine with it", true, Some("I'm fine with it")),
            // A doubt said outright is not overwritten, and a long subject is no doubt (the
            // review of session 19).
            ("said i wasnt sure about the 5am starts. she said the team is small. honestly fine with it", true, Some("I'm fine with the 5am starts")),
            ("she said the hours were long which is normal. honestly i dont mind it, i want the overtime", true, Some("i dont mind the hours, i want the overtime")),
            // A doubt ends at its comma before the writer's own word (the sixth garble
            // hunt), not before more of what was doubted (round 106).
            ("said i wasnt sure about the travel, three weeks on the road at a time. honestly fine with it", true, Some("I'm fine with the travel, three weeks on the road at a time")),
            ("said i wasnt sure about the lone working bit, actually im fine with it", true, Some("im fine with the lone working bit")),
            // With "i meant" gone, the doubt still takes the place of "it" (the review of
            // session 20 found a panic).
            ("wasnt sure about the nights. honestly i like the team, i meant im fine with it", true, Some("i like the team, and im fine with the nights")),
            // What the writer meant on the day is the note explaining (round 108).
            ("i said 'im hoping to grow out of that'. honestly i like routine lab work, i meant i also want to learn sensory", true, Some("i like routine lab work, and i also want to learn sensory")),
            // A marker mid-clause is part of the reason.
            ("i actually like having goals", false, Some("i actually like having goals")),
            // An aside in brackets goes.
            // A reason that only pushes the writer away from where they are goes, and
            // what follows its "but" stays (round 136); what the writer wishes they had
            // said is the reason.
            ("honestly i want it because private teaching is lonely and the income's all over the place, but i also really want to play with groups. should have said kids who'd never get private lessons get a go", false, Some("i really want to play with groups")),
            ("i want it for the money tbh", false, None),
            // Phrases of the writer's own situation, not words (the review of session
            // 28): the people served and the work itself are reasons; a wish passes the
            // same tests as any reason.
            ("i want to help lonely older people stay in their own homes", false, Some("i want to help lonely older people stay in their own homes")),
            ("i love payroll work, making sure everyone's salary lands right", false, Some("i love payroll work, making sure everyone's salary lands right")),
            ("honestly the pay is better, but also i love the team feel there", false, Some("i love the team feel there")),
            ("i miss having a steady wage tbh", false, None),
            ("i waffled. should have said i cant do weekends though", false, None),
            ("should have said 'i want to run a kitchen of my own one day' lol", false, Some("i want to run a kitchen of my own one day")),
            ("i said growth. should have said 'i want to work with the same families for years'", false, Some("i want to work with the same families for years")),
            ("i want to help families. after my grandad's funeral (whitlocks did it actually) i knew", false, Some("i want to help families. after my grandad's funeral i knew")),
            // A bracket that backs the reason stays.
            ("said nights would be hard. honestly fine with nights (did them 6 yrs at the hospice)", true, Some("I'm fine with nights (did them 6 yrs at the hospice)")),
        ];
        for (note, after, want) in rows {
            assert_eq!(reason_in_note(note, *after).as_deref(), *want, "{note:?}");
        }
    }

    // Guards "why this role and company": a reason that only says the job is near home
    // is set aside when the "why" gives another, and kept when it is the only one.
    #[test]
    fn a_reason_about_the_commute_is_set_aside_beside_a_better_one() {
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            (
                "20 mins from home and its multi user, want a bigger site",
                Some(("its multi user, want a bigger site", "20 mins from home")),
            ),
            (
                "close to home, mixed practice, want to use my sedation cert again",
                Some(("mixed practice, want to use my sedation cert again", "close to home")),
            ),
            (
                "want to stay in enforcement but on the planning side. also its 15 mins from home. they have a big backlog",
                Some((
                    "want to stay in enforcement but on the planning side. they have a big backlog",
                    "also its 15 mins from home",
                )),
            ),
            ("animals, front desk experience, local", Some(("animals, front desk experience", "local"))),
            // Garble hunt 17 framed "the close to my house".
            (
                "close to my house, and i like outside work",
                Some(("i like outside work", "close to my house")),
            ),
            // All the reason there is: it stays.
            ("its 10 min from my house", None),
            ("close to home", None),
            // Home meant otherwise is no commute.
            ("home claims, flooding especially, i want to be the person who helps", None),
            ("its my local council and i want to get back to housing", None),
            // Only the phrase, not a word it starts, nor working from home or the idiom;
            // " and " parts reasons only before a clause (the review of session 26).
            ("supporting people moving from homelessness into tenancies, and the training", None),
            ("the commuter rail upgrade project, and the team is small", None),
            ("this hits close to home, my nan had dementia", None),
            ("the topic is close to home for me, and the training is great", None),
            ("i worked from home for 3 years and miss being in a team", None),
            ("its close to home and family", None),
            (
                "close to home, and the hydrotherapy unit",
                Some(("the hydrotherapy unit", "close to home")),
            ),
            ("", None),
        ];
        for (why, want) in rows {
            let got = near_home_set_aside(why);
            let got = got.as_ref().map(|(k, s)| (k.as_str(), s.as_str()));
            assert_eq!(got, *want, "{why:?}");
        }
    }
}
