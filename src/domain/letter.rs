//! The letter composer of the "Write" step: turns the interview facts, the
//! self-assessment and its diagnosis into a draft follow-up, as an e-mail, a printed
//! letter or a phone-call script.
//!
//! The draft follows the seed article's advice in its order: thank them, say plainly
//! that the conversation was not what either side had in mind, give a short and honest
//! account (and the reason, if there was one), say what you wish you had said, repair
//! what the findings call for, then make a calm case and a clear ask. The fixed texts
//! are deliberately plain: no begging, no whining, at most one apology (only for
//! arriving late), no hedges and no clichés, so our own drafts pass the tone check.
//!
//! Missing facts become visible placeholders ("[Company]"), so a gap is never silently
//! papered over; once the facts are given no placeholder remains, except the fill-ins
//! that ask for the user's own notes when they left those empty. User text is inserted
//! verbatim (trimmed only): escaping belongs to the UI.

use super::diagnosis::{Diagnosis, Finding, LetterMove, Verdict};
use super::followup::CivilDate;
use super::{Answer, Assessment, Channel, InterviewFacts, InterviewFormat, LetterLength};

/// One part of a draft. Each kind appears at most once in a [`Composition`], so a
/// draft can store the user's edits by [`SectionKind::key`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// "Dear Ms Ortega," (e-mail and letter).
    Salutation,
    /// Thanks for the time, naming the role, the company and the date.
    Thanks,
    /// The conversation was not what either side had in mind.
    Acknowledge,
    /// A short, honest account of what went wrong, and why if there was a reason.
    Account,
    /// The answers the candidate wishes they had given, from their own notes.
    WishISaid,
    /// One paragraph per repair the findings call for.
    Repairs,
    /// Why the candidate is worth a second conversation, and the ask.
    Ask,
    /// The closing line.
    Close,
    /// Sign-off, name and contact.
    Signature,
    /// Phone: who is calling, why, and whether it is a good moment.
    Opening,
    /// Phone: the letter's content as bullet points.
    TalkingPoints,
    /// Phone: what to say if they agree to meet again.
    IfYes,
    /// Phone: what to say if they decline.
    IfNo,
    /// Phone: the message to leave on voicemail.
    Voicemail,
}

impl SectionKind {
    /// Every kind: the letter's parts in order, then the phone script's.
    pub const ALL: [SectionKind; 14] = [
        Self::Salutation,
        Self::Thanks,
        Self::Acknowledge,
        Self::Account,
        Self::WishISaid,
        Self::Repairs,
        Self::Ask,
        Self::Close,
        Self::Signature,
        Self::Opening,
        Self::TalkingPoints,
        Self::IfYes,
        Self::IfNo,
        Self::Voicemail,
    ];

    /// Stable snake_case key, stored in drafts; never rename.
    pub fn key(self) -> &'static str {
        match self {
            Self::Salutation => "salutation",
            Self::Thanks => "thanks",
            Self::Acknowledge => "acknowledge",
            Self::Account => "account",
            Self::WishISaid => "wish_i_said",
            Self::Repairs => "repairs",
            Self::Ask => "ask",
            Self::Close => "close",
            Self::Signature => "signature",
            Self::Opening => "opening",
            Self::TalkingPoints => "talking_points",
            Self::IfYes => "if_yes",
            Self::IfNo => "if_no",
            Self::Voicemail => "voicemail",
        }
    }

    /// Parses a key written by [`SectionKind::key`]; `None` for unknown keys.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Label shown to the user (and the headings of the phone script).
    pub fn label(self) -> &'static str {
        match self {
            Self::Salutation => "Greeting",
            Self::Thanks => "Thanks",
            Self::Acknowledge => "Acknowledgement",
            Self::Account => "What went wrong",
            Self::WishISaid => "What I wish I had said",
            Self::Repairs => "Putting it right",
            Self::Ask => "The ask",
            Self::Close => "Closing",
            Self::Signature => "Signature",
            Self::Opening => "Opening",
            Self::TalkingPoints => "Talking points",
            Self::IfYes => "If they agree",
            Self::IfNo => "If they decline",
            Self::Voicemail => "Voicemail",
        }
    }
}

/// One part of a draft and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Which part this is.
    pub kind: SectionKind,
    /// The text; paragraphs inside it are separated by a blank line.
    pub text: String,
}

/// A composed draft for one channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composition {
    /// The channel it was composed for.
    pub channel: Channel,
    /// The e-mail subject; empty for the other channels.
    pub subject: String,
    /// The printed letter's sender block, date and recipient block; empty otherwise.
    pub header: String,
    /// The parts, in order.
    pub sections: Vec<Section>,
}

impl Composition {
    /// The draft exactly as sent: the e-mail body (the subject travels separately), the
    /// letter with its header first, or the phone script with each part under its
    /// label. Parts are separated by a blank line; empty parts are skipped.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if self.channel == Channel::Letter {
            out.push_str(self.header.trim_end());
        }
        for s in &self.sections {
            let text = s.text.trim();
            if text.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            if self.channel == Channel::Phone {
                out.push_str(s.kind.label());
                out.push('\n');
            }
            out.push_str(text);
        }
        out
    }

    /// The part of this kind, if the draft has one.
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }
}

// ---------------------------------------------------------------------------------
// Composition
// ---------------------------------------------------------------------------------

/// The trimmed text, or `None` when blank.
fn given(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

/// The facts as the texts use them, with placeholders for what is missing.
struct Ctx<'a> {
    company: &'a str,
    role: &'a str,
    interviewer: Option<&'a str>,
    name: &'a str,
    contact: &'a str,
    /// " on 20 November 2026", or empty when no valid date was given.
    on_date: String,
    format: InterviewFormat,
    /// The verdict calls for a second-chance letter rather than a plain thank-you.
    serious: bool,
}

impl<'a> Ctx<'a> {
    fn new(facts: &'a InterviewFacts, diagnosis: &Diagnosis) -> Self {
        Ctx {
            company: given(&facts.company).unwrap_or("[Company]"),
            role: given(&facts.role).unwrap_or("[Role]"),
            interviewer: given(&facts.interviewer_name),
            name: given(&facts.candidate_name).unwrap_or("[Your name]"),
            contact: given(&facts.candidate_contact).unwrap_or("[Your e-mail or phone]"),
            on_date: format_date_long(&facts.interview_date)
                .map(|d| format!(" on {d}"))
                .unwrap_or_default(),
            format: facts.format,
            serious: diagnosis.verdict >= Verdict::Pattern,
        }
    }

    /// "met" for a meeting in person, "spoke" for a call.
    fn met(&self) -> &'static str {
        match self.format {
            InterviewFormat::InPerson => "met",
            InterviewFormat::Video | InterviewFormat::Phone => "spoke",
        }
    }
}

/// Composes a draft for `channel` at `length`.
///
/// `today` (`YYYY-MM-DD`) dates the printed letter; an invalid date leaves the date
/// line out. Standard drafts hold every part the findings call for; brief ones hold the
/// thanks, one combined paragraph for the most serious finding, the ask and the close.
pub fn compose(
    facts: &InterviewFacts,
    assessment: &Assessment,
    diagnosis: &Diagnosis,
    channel: Channel,
    length: LetterLength,
    today: &str,
) -> Composition {
    let cx = Ctx::new(facts, diagnosis);
    let body = body(&cx, assessment, diagnosis, length);
    let mut sections = Vec::with_capacity(body.len() + 2);
    let (subject, header) = match channel {
        Channel::Email | Channel::Letter => {
            let greeting = format!("Dear {},", cx.interviewer.unwrap_or("Hiring Manager"));
            sections.push(sec(SectionKind::Salutation, greeting));
            sections.extend(body);
            let sig = format!("Kind regards,\n{}\n{}", cx.name, cx.contact);
            sections.push(sec(SectionKind::Signature, sig));
            if channel == Channel::Email {
                let subject = if cx.serious {
                    format!("Thank you, and a follow-up on the {} interview", cx.role)
                } else {
                    format!("Thank you for the {} interview", cx.role)
                };
                (subject, String::new())
            } else {
                (String::new(), letter_header(facts, &cx, today))
            }
        }
        Channel::Phone => {
            sections = phone_script(&cx, &body);
            (String::new(), String::new())
        }
    };
    Composition {
        channel,
        subject,
        header,
        sections,
    }
}

fn sec(kind: SectionKind, text: String) -> Section {
    Section { kind, text }
}

/// Sender block, date and recipient block of the printed letter. Only the sender's
/// name falls back to a placeholder: an empty address line is better left out.
fn letter_header(facts: &InterviewFacts, cx: &Ctx, today: &str) -> String {
    let mut h = String::from(cx.name);
    if let Some(contact) = given(&facts.candidate_contact) {
        h.push('\n');
        h.push_str(contact);
    }
    if let Some(date) = format_date_long(today) {
        h.push_str("\n\n");
        h.push_str(&date);
    }
    let to: Vec<&str> = [
        &facts.interviewer_name,
        &facts.interviewer_title,
        &facts.company,
    ]
    .into_iter()
    .filter_map(|s| given(s))
    .collect();
    if !to.is_empty() {
        h.push_str("\n\n");
        h.push_str(&to.join("\n"));
    }
    h
}

/// The channel-independent content: thanks through close, one section per kind.
fn body(cx: &Ctx, a: &Assessment, d: &Diagnosis, length: LetterLength) -> Vec<Section> {
    let mut out = vec![sec(SectionKind::Thanks, thanks(cx, length))];
    let ack = "I know our conversation was not what either of us had in mind, and it did not show you how I usually work.";
    let circ: Vec<&Finding> = d
        .findings
        .iter()
        .filter(|f| f.symptom.letter_move == LetterMove::ExplainCircumstance)
        .collect();
    match length {
        LetterLength::Standard => {
            if cx.serious {
                out.push(sec(SectionKind::Acknowledge, ack.to_owned()));
            }
            let account = account(cx, d, &circ);
            if !account.is_empty() {
                out.push(sec(SectionKind::Account, account));
            }
            let wishes: Vec<String> = d
                .findings
                .iter()
                .filter(|f| f.symptom.letter_move == LetterMove::RestateAnswer)
                .map(|f| wish_paragraph(a, f))
                .collect();
            if !wishes.is_empty() {
                out.push(sec(SectionKind::WishISaid, wishes.join("\n\n")));
            }
            // One paragraph per move, in the order of the most serious finding for it.
            let mut moves: Vec<LetterMove> = Vec::new();
            for f in &d.findings {
                let m = f.symptom.letter_move;
                if is_repair(m) && !moves.contains(&m) {
                    moves.push(m);
                }
            }
            let repairs: Vec<String> = moves.iter().map(|&m| repair(cx, d, m)).collect();
            if !repairs.is_empty() {
                out.push(sec(SectionKind::Repairs, repairs.join("\n\n")));
            }
        }
        LetterLength::Brief => {
            // One combined paragraph: the acknowledgement, the reason if there was
            // one, and the repair for the most serious fault.
            let top = d
                .findings
                .iter()
                .find(|f| f.symptom.is_fault() && f.symptom.letter_move != LetterMove::None);
            let mut parts: Vec<String> = Vec::new();
            if cx.serious {
                parts.push(ack.to_owned());
            }
            parts.extend(circ.iter().map(|f| circumstance(f)));
            let kind = match top {
                Some(f) if f.symptom.letter_move == LetterMove::RestateAnswer => {
                    parts.push(wish_paragraph(a, f));
                    SectionKind::WishISaid
                }
                Some(f) => {
                    parts.push(repair(cx, d, f.symptom.letter_move));
                    SectionKind::Repairs
                }
                None if !circ.is_empty() => SectionKind::Account,
                None => SectionKind::Acknowledge,
            };
            if !parts.is_empty() {
                out.push(sec(kind, parts.join(" ")));
            }
        }
    }
    let (ask, close) = if cx.serious {
        (
            format!("I am confident I can do the {} role well, and I would welcome a second conversation to show you how, at a time that suits you.", cx.role),
            "Thank you for reading this. Whatever you decide, I appreciate the time you have given me.",
        )
    } else {
        (
            format!(
                "I am keen on the {} role at {}, and I would be glad to continue our conversation.",
                cx.role, cx.company
            ),
            "Thank you again. I look forward to hearing from you.",
        )
    };
    out.push(sec(SectionKind::Ask, ask));
    out.push(sec(SectionKind::Close, close.to_owned()));
    out
}

/// Moves that get a paragraph under [`SectionKind::Repairs`]; the others have their
/// own section or none.
fn is_repair(m: LetterMove) -> bool {
    !matches!(
        m,
        LetterMove::RestateAnswer | LetterMove::ExplainCircumstance | LetterMove::None
    )
}

fn thanks(cx: &Ctx, length: LetterLength) -> String {
    let what = match cx.format {
        InterviewFormat::InPerson => "meeting me",
        InterviewFormat::Video => "our video call",
        InterviewFormat::Phone => "our phone call",
    };
    let mut t = format!(
        "Thank you for {what}{} about the {} role at {}.",
        cx.on_date, cx.role, cx.company
    );
    if length == LetterLength::Standard {
        t.push_str(" I enjoyed learning how your team works.");
    }
    t
}

/// Plain words for each slip, for the honest account. Slips owned in their own line
/// (lateness, setup) and poor eye contact (better shown than mentioned) are left out.
#[rustfmt::skip]
static SLIPS: [(&str, &str); 17] = [
    ("rambled_too_long", "I ran long on one answer"),
    ("said_too_little", "I said too little on a question that mattered"),
    ("blanked_on_question", "my mind went blank on one question"),
    ("barely_spoke", "I said far less than I meant to"),
    ("weak_tell_me_about_yourself", "my summary of myself lacked focus"),
    ("no_concrete_example", "I had no concrete example ready when you asked"),
    ("raised_salary_early", "I raised pay before we had talked about the work"),
    ("negative_about_role", "I sounded unsure about the role itself"),
    ("explained_every_exit", "I told my career as a list of exits"),
    ("criticised_former_boss", "I spoke about a former employer in a way I regret"),
    ("stumbled_on_gap", "I stumbled over a gap in my résumé"),
    ("couldnt_back_up_resume", "I did not do justice to one line of my résumé"),
    ("knew_little_about_company", "I knew too little about {company}"),
    ("no_questions", "I had no questions for you"),
    ("unclear_why_this_role", "I did not say clearly why I want this role"),
    ("nervous_body_language", "my nerves showed more than I expected"),
    ("interrupted_interviewer", "I talked over you at times"),
];

/// The honest account: the slips in plain words (second-chance letters only) and the
/// circumstances, if any.
fn account(cx: &Ctx, d: &Diagnosis, circ: &[&Finding]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if cx.serious {
        let slips: Vec<String> = d
            .faults()
            .filter_map(|f| SLIPS.iter().find(|(id, _)| *id == f.symptom.id))
            .map(|(_, p)| p.replace("{company}", cx.company))
            .collect();
        // Three slips keep the sentence readable; the repairs below cover the rest.
        if let Some(list) = join_list(&slips[..slips.len().min(3)]) {
            parts.push(format!("Looking back, {list}."));
        }
        if slips.len() > 3 {
            parts.push("There were smaller slips too, and the points below cover them.".to_owned());
        }
    }
    parts.extend(circ.iter().map(|f| circumstance(f)));
    parts.join(" ")
}

/// "a", "a and b", "a, b, and c"; `None` when empty.
fn join_list(items: &[String]) -> Option<String> {
    match items {
        [] => None,
        [one] => Some(one.clone()),
        [first, second] => Some(format!("{first} and {second}")),
        [init @ .., last] => Some(format!("{}, and {last}", init.join(", "))),
    }
}

/// The reason behind the day, briefly and without self-pity, with the user's own words.
fn circumstance(f: &Finding) -> String {
    let detail = sentence(&f.detail)
        .map(|s| format!(" {s}"))
        .unwrap_or_default();
    if f.symptom.id == "personal_event" {
        format!("Something personal weighed on me that day.{detail} I mention it only so you know that interview was below my usual standard.")
    } else {
        format!("It was an off day for me.{detail} I normally do much better than that.")
    }
}

/// Per answer item: the line that introduces the user's notes, and what the fill-in
/// placeholder asks for when there are none.
static WISHES: [(&str, &str, &str); 7] = [
    (
        "rambled_too_long",
        "Here is the short version of the point I meant to make.",
        "the point you meant to make",
    ),
    (
        "said_too_little",
        "Here is the fuller answer I meant to give.",
        "the question you answered briefly",
    ),
    (
        "blanked_on_question",
        "Here is how I would answer the question that caught me off guard.",
        "the question you blanked on",
    ),
    (
        "barely_spoke",
        "Here is what I would have liked you to learn about me.",
        "what they should know about you",
    ),
    (
        "weak_tell_me_about_yourself",
        "Here is the summary I should have opened with.",
        "your two-minute summary",
    ),
    (
        "no_concrete_example",
        "Here is the example I should have given.",
        "a concrete example",
    ),
    (
        "couldnt_back_up_resume",
        "Here is the work behind that line of my résumé.",
        "that line of your résumé",
    ),
];

fn wish_paragraph(a: &Assessment, f: &Finding) -> String {
    let (intro, topic) = WISHES.iter().find(|(id, ..)| *id == f.symptom.id).map_or(
        ("Here is what I wish I had said.", "that answer"),
        |(_, i, t)| (*i, *t),
    );
    let fallback;
    let answer = match a.get(f.symptom.id) {
        Some(answer) => answer,
        None => {
            fallback = Answer {
                detail: f.detail.clone(),
                ..Answer::default()
            };
            &fallback
        }
    };
    wish_i_had_said(intro, answer)
        .unwrap_or_else(|| format!("[What you wish you had said about {topic}]"))
}

/// The paragraph for one repair move, using the user's notes where the move has a slot
/// for them and a fill-in placeholder where those notes are empty.
fn repair(cx: &Ctx, d: &Diagnosis, m: LetterMove) -> String {
    let has = |id: &str| d.findings.iter().find(|f| f.symptom.id == id);
    let note = |id: &str, ph: &str| -> String {
        has(id)
            .and_then(|f| sentence(&f.detail))
            .unwrap_or_else(|| format!("[{ph}]"))
    };
    let met = cx.met();
    match m {
        LetterMove::ShowPreparation => {
            let learned = if cx.company.starts_with('[') {
                note("knew_little_about_company", "one thing you learned about the company")
            } else {
                note(
                    "knew_little_about_company",
                    &format!("one thing you learned about {}", cx.company),
                )
            };
            format!(
                "Since we {met}, I have read much more about {}. {learned} It is a large part of why the {} role fits the work I do best.",
                cx.company, cx.role
            )
        }
        LetterMove::ShowCommitment => {
            let mut p = String::from("Each move in my career has brought me closer to work like this.");
            if has("unclear_why_this_role").is_some() {
                p.push(' ');
                p.push_str(&note("unclear_why_this_role", "why you want this role, in a sentence"));
            }
            if has("stumbled_on_gap").is_some() {
                p.push_str(" About the gap in my résumé: ");
                p.push_str(&note("stumbled_on_gap", "what you were doing during the gap"));
            }
            if has("raised_salary_early").is_some() || has("negative_about_role").is_some() {
                p.push_str(" What draws me is the work itself.");
            }
            p.push_str(&format!(
                " The {} role at {} is where I want to stay and grow for the long run.",
                cx.role, cx.company
            ));
            p
        }
        LetterMove::StayPositive => "I also want to correct how I spoke about my previous employer. I learned a great deal there, and I am grateful to the people who taught me.".to_owned(),
        LetterMove::ShowPresence => format!(
            "Day to day, I am calm, I listen, and I take care with how I come across. I would bring that same care to {}, with clients and colleagues alike.",
            cx.company
        ),
        LetterMove::AskQuestions => {
            let q = has("no_questions").and_then(|f| sentence(&f.detail)).unwrap_or_else(|| {
                "What would success look like after six months, and what does the team find hardest right now?".to_owned()
            });
            format!("I also came away with questions I should have asked. {q}")
        }
        LetterMove::OwnTheSlip => {
            // The letter's only apology: lateness is owned in one line, not dwelt on.
            let late = has("arrived_late").map(|_| "I apologise for arriving late; it is not how I work, and it will not happen again.");
            let setup = has("wrong_setting").map(|_| "The trouble with my setup cost us time, and I have since put it right.");
            [late, setup].into_iter().flatten().collect::<Vec<_>>().join(" ")
        }
        LetterMove::RestateAnswer | LetterMove::ExplainCircumstance | LetterMove::None => {
            String::new()
        }
    }
}

/// The phone script: the same content as talking points, with branches.
fn phone_script(cx: &Ctx, body: &[Section]) -> Vec<Section> {
    let hello = match cx.interviewer {
        Some(n) => format!("Hello {n}"),
        None => "Hello".to_owned(),
    };
    let opening = format!(
        "{hello}, this is {}. I interviewed with you{} for the {} role at {}, and I am calling to follow up. Is this a good moment for a few minutes?",
        cx.name,
        cx.on_date,
        cx.role,
        cx.company
    );
    let points: Vec<String> = body
        .iter()
        .filter(|s| s.kind != SectionKind::Close)
        .flat_map(|s| s.text.split("\n\n"))
        .map(|p| format!("- {}", p.trim()))
        .collect();
    let if_yes = "Thank you, I appreciate that. Which day and time would suit you? (Agree a time, repeat it back to confirm, and note it down.) I look forward to it.".to_owned();
    let if_no = format!(
        "I understand, and thank you for hearing me out. May I stay in touch in case another role opens at {}? (Thank them again and end the call warmly. Do not press.)",
        cx.company
    );
    let voicemail = format!(
        "(Say your name and number slowly.) {hello}, this is {}, about the {} role at {}. I am calling to thank you and to follow up on our conversation. You can reach me at {}. Again, that is {}. I will also send you an e-mail today. Thank you.",
        cx.name, cx.role, cx.company, cx.contact, cx.contact
    );
    vec![
        sec(SectionKind::Opening, opening),
        sec(SectionKind::TalkingPoints, points.join("\n")),
        sec(SectionKind::IfYes, if_yes),
        sec(SectionKind::IfNo, if_no),
        sec(SectionKind::Voicemail, voicemail),
    ]
}

// ---------------------------------------------------------------------------------
// The structured "what I wish I had said" helper
// ---------------------------------------------------------------------------------

/// First words that mark a note as a full sentence rather than a fragment.
static SUBJECTS: &[&str] = &[
    "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we'd", "we'll", "my", "our", "the", "a",
    "an", "they", "he", "she", "it", "it's", "this", "that", "there", "these", "those", "when",
    "after", "before", "in", "at", "as", "while", "because", "once", "you", "your", "his", "her",
    "their", "both", "all", "each", "every", "one", "two", "no", "nothing", "everyone", "most",
    "some", "several", "many", "within", "by", "over", "then", "so", "later", "last", "on",
    "during", "since", "with", "from", "what", "how", "why",
];

/// The trimmed text without its trailing punctuation, and the mark it should end
/// with: `?` when it asked a question, else a full stop. `None` when nothing is left.
fn strip_end(s: &str) -> Option<(&str, char)> {
    let t = s.trim();
    let body = t.trim_end_matches(|c: char| c.is_whitespace() || ".,;:!?…".contains(c));
    if !body.chars().any(char::is_alphanumeric) {
        return None;
    }
    let end = if t[body.len()..].contains('?') {
        '?'
    } else {
        '.'
    };
    Some((body, end))
}

/// Trims, strips trailing punctuation, capitalises the first letter and ends with a
/// full stop (or a question mark when the text asked a question); `None` when blank.
fn sentence(s: &str) -> Option<String> {
    let (body, end) = strip_end(s)?;
    let mut out = String::with_capacity(body.len() + 2);
    let mut done = false;
    for c in body.chars() {
        if !done && c.is_alphanumeric() {
            out.push(super::upper_char(c));
            done = true;
        } else {
            out.push(c);
        }
    }
    out.push(end);
    Some(out)
}

/// Whether a note reads as a sentence of its own ("We were behind on a release") rather
/// than a fragment ("behind on a release").
fn is_full_sentence(s: &str) -> bool {
    let first = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .replace('’', "'")
        .to_ascii_lowercase();
    s.split_whitespace().nth(1).is_some() && SUBJECTS.contains(&first.as_str())
}

/// Turns the user's notes into a short paragraph that says it better than the
/// interview did.
///
/// `question` is the line that introduces the answer (the composer passes its own
/// per-item intro, e.g. "Here is the example I should have given."); it may be empty.
/// The answer's `detail` follows as a sentence, then situation, action and result:
/// full sentences stay as they are, fragments get a short lead-in ("The situation:
/// behind on a release.") so either way the paragraph reads naturally. Every part is
/// trimmed, its trailing punctuation replaced by a full stop and its first letter
/// capitalised. `None` when detail, situation, action and result are all empty.
pub fn wish_i_had_said(question: &str, answer: &Answer) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(sentence(&answer.detail));
    for (text, lead) in [
        (&answer.situation, "The situation: "),
        (&answer.action, "What I did: "),
        (&answer.result, "The result: "),
    ] {
        if is_full_sentence(text) {
            parts.extend(sentence(text));
        } else if let Some((body, end)) = strip_end(text) {
            // The fragment keeps its own first letter: after a colon it reads either way.
            parts.push(format!("{lead}{body}{end}"));
        }
    }
    if parts.is_empty() {
        return None;
    }
    if let Some(intro) = sentence(question) {
        parts.insert(0, intro);
    }
    Some(parts.join(" "))
}

// ---------------------------------------------------------------------------------
// Sending helpers
// ---------------------------------------------------------------------------------

/// Appends `s` percent-encoded (UTF-8; only unreserved characters, plus `keep`, stay
/// literal). Every line break becomes `%0D%0A`, as RFC 6068 asks for bodies.
fn percent_encode(out: &mut String, s: &str, keep: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut bytes = s.bytes().peekable();
    while let Some(b) = bytes.next() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(b));
            }
            b'\r' | b'\n' => {
                if b == b'\r' && bytes.peek() == Some(&b'\n') {
                    bytes.next();
                }
                out.push_str("%0D%0A");
            }
            _ if keep.contains(&b) => out.push(char::from(b)),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
}

/// A `mailto:` link (RFC 6068) that opens the user's mail client with the subject and
/// body filled in. Subject and body are percent-encoded as UTF-8 with every line break
/// as `%0D%0A`; the recipient is encoded too, except its `@`. An empty `to` gives
/// `mailto:?subject=…`; empty subject or body parameters are left out.
pub fn mailto_href(to: &str, subject: &str, body: &str) -> String {
    let mut href = String::with_capacity(16 + to.len() + 3 * (subject.len() + body.len()));
    href.push_str("mailto:");
    percent_encode(&mut href, to.trim(), b"@");
    let mut sep = '?';
    for (name, value) in [("subject=", subject), ("body=", body)] {
        if value.is_empty() {
            continue;
        }
        href.push(sep);
        href.push_str(name);
        percent_encode(&mut href, value, b"");
        sep = '&';
    }
    href
}

/// ASCII letters for common accented Latin letters, so "Société" slugs as "societe".
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'À'..='Å' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' => "c",
        'è'..='ë' | 'È'..='Ë' => "e",
        'ì'..='ï' | 'Ì'..='Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' => "o",
        'ù'..='ü' | 'Ù'..='Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'œ' | 'Œ' => "oe",
        '&' => "and",
        _ => return None,
    })
}

/// The download name, e.g. `second-chance-northwind-email.txt`: an ASCII slug of the
/// company (lowercase letters, digits and single hyphens, at most 40 characters), safe
/// on any OS. A company with no usable letters (emoji, non-Latin script) gives
/// `second-chance-letter.txt`.
pub fn file_name(facts: &InterviewFacts, channel: Channel) -> String {
    let mut slug = String::new();
    let mut hyphen = false;
    for c in facts.company.chars() {
        let piece = if c.is_ascii_alphanumeric() {
            Some(c.to_ascii_lowercase().to_string())
        } else {
            fold(c).map(str::to_owned)
        };
        match piece {
            Some(p) => {
                if hyphen && !slug.is_empty() {
                    slug.push('-');
                }
                hyphen = false;
                slug.push_str(&p);
            }
            None => hyphen = true,
        }
        if slug.len() >= 40 {
            break;
        }
    }
    slug.truncate(40);
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "second-chance-letter.txt".to_owned()
    } else {
        format!("second-chance-{slug}-{}.txt", channel.key())
    }
}

/// "2026-11-20" as "20 November 2026"; `None` unless a real calendar date in
/// `YYYY-MM-DD` form (so "2026-02-30" is rejected and "2028-02-29" accepted).
pub fn format_date_long(iso: &str) -> Option<String> {
    // One calendar for the whole domain: the follow-up plan's date type.
    CivilDate::parse(iso)
        .filter(|d| d.year > 0)
        .map(CivilDate::day_month_year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diagnosis::catalogue;

    fn facts() -> InterviewFacts {
        InterviewFacts {
            company: "Northwind".to_owned(),
            role: "Operations Analyst".to_owned(),
            interviewer_name: "Ms Ortega".to_owned(),
            interviewer_title: "Head of Operations".to_owned(),
            interview_date: "2026-11-20".to_owned(),
            format: InterviewFormat::InPerson,
            candidate_name: "Sam Carter".to_owned(),
            candidate_contact: "sam@example.com".to_owned(),
            interviewer_email: "ortega@example.com".to_owned(),
        }
    }

    /// Ticked items, each with a detail and full situation/action/result notes.
    fn noted(ids: &[&str]) -> Assessment {
        ids.iter()
            .map(|id| {
                let answer = Answer {
                    checked: true,
                    detail: format!("Note for {id}."),
                    situation: "we were behind on a release".to_owned(),
                    action: "I re-planned the work with the team".to_owned(),
                    result: "we shipped a week early".to_owned(),
                };
                ((*id).to_owned(), answer)
            })
            .collect()
    }

    /// Ticked items with no notes at all.
    fn bare(ids: &[&str]) -> Assessment {
        ids.iter()
            .map(|id| {
                let answer = Answer {
                    checked: true,
                    ..Answer::default()
                };
                ((*id).to_owned(), answer)
            })
            .collect()
    }

    fn draft(f: &InterviewFacts, a: &Assessment, ch: Channel, len: LetterLength) -> Composition {
        let d = Diagnosis::from_assessment(a);
        compose(f, a, &d, ch, len, "2026-11-21")
    }

    fn words(text: &str) -> usize {
        text.split_whitespace().count()
    }

    /// Three typical assessments of two to four findings.
    const TYPICAL: [&[&str]; 3] = [
        &["rambled_too_long", "said_too_little", "interviewer_frowned"],
        &[
            "criticised_former_boss",
            "explained_every_exit",
            "no_questions",
        ],
        &[
            "personal_event",
            "barely_spoke",
            "nervous_body_language",
            "ended_early",
        ],
    ];

    // Guards that every letter move of a ticked item gets its recognisable paragraph.
    #[test]
    fn every_move_has_its_paragraph() {
        for s in catalogue() {
            let a = noted(&[s.id]);
            let c = draft(&facts(), &a, Channel::Email, LetterLength::Standard);
            let text = c.render();
            let phrases: &[&str] = match s.letter_move {
                LetterMove::RestateAnswer => &["I re-planned the work with the team."],
                LetterMove::ShowPreparation => {
                    &["Since we met, I have read much more about Northwind."]
                }
                LetterMove::ShowCommitment => &["stay and grow for the long run"],
                LetterMove::StayPositive => &["I learned a great deal there"],
                LetterMove::ShowPresence => &["with clients and colleagues"],
                LetterMove::ExplainCircumstance => &["Note for "],
                LetterMove::AskQuestions => &["questions I should have asked"],
                LetterMove::OwnTheSlip => {
                    &["I apologise for arriving late", "my setup cost us time"]
                }
                LetterMove::None => {
                    for k in [
                        SectionKind::Account,
                        SectionKind::WishISaid,
                        SectionKind::Repairs,
                    ] {
                        assert!(c.section(k).is_none(), "{}: {k:?}\n{text}", s.id);
                    }
                    continue;
                }
            };
            assert!(
                phrases.iter().any(|p| text.contains(p)),
                "{}:\n{text}",
                s.id
            );
        }
        // Everything at once: every move still has its paragraph, once.
        let all: Vec<&str> = catalogue().iter().map(|s| s.id).collect();
        let text = draft(
            &facts(),
            &noted(&all),
            Channel::Email,
            LetterLength::Standard,
        )
        .render();
        for p in [
            "read much more",
            "for the long run",
            "a great deal",
            "clients and colleagues",
            "questions I should",
            "arriving late",
            "my setup",
        ] {
            assert_eq!(text.matches(p).count(), 1, "{p}\n{text}");
        }
    }

    // Guards that a fully filled draft has no placeholder anywhere, in any channel or length.
    #[test]
    fn no_placeholder_when_facts_and_notes_are_given() {
        let all: Vec<&str> = catalogue().iter().map(|s| s.id).collect();
        let mut sets: Vec<&[&str]> = TYPICAL.to_vec();
        sets.extend([
            &[][..],
            &[
                "stumbled_on_gap",
                "unclear_why_this_role",
                "knew_little_about_company",
            ][..],
            &all[..],
        ]);
        for ids in sets {
            for ch in Channel::ALL {
                for len in LetterLength::ALL {
                    let c = draft(&facts(), &noted(ids), ch, len);
                    let all_text = format!("{}\n{}\n{}", c.subject, c.header, c.render());
                    assert!(
                        !all_text.contains('['),
                        "{ids:?} {ch:?} {len:?}\n{all_text}"
                    );
                    assert!(
                        !all_text.contains('!'),
                        "{ids:?} {ch:?} {len:?}\n{all_text}"
                    );
                    // The tone check flags sentences over 35 words; ours never are.
                    for sentence in all_text.split(['.', '?', '\n']) {
                        assert!(words(sentence) <= 35, "{ids:?} {ch:?}: {sentence}");
                    }
                }
            }
        }
    }

    // Guards the visible placeholders for missing facts and for empty notes.
    #[test]
    fn placeholders_when_facts_or_notes_are_missing() {
        let empty = InterviewFacts::default();
        let a = bare(&["said_too_little", "knew_little_about_company"]);
        let rows: &[(Channel, &[&str])] = &[
            (
                Channel::Email,
                &[
                    "[Company]",
                    "[Role]",
                    "[Your name]",
                    "[Your e-mail or phone]",
                ],
            ),
            (
                Channel::Letter,
                &[
                    "[Company]",
                    "[Role]",
                    "[Your name]",
                    "[Your e-mail or phone]",
                ],
            ),
            (
                Channel::Phone,
                &[
                    "[Company]",
                    "[Role]",
                    "[Your name]",
                    "[Your e-mail or phone]",
                ],
            ),
        ];
        for (ch, needed) in rows {
            let c = draft(&empty, &a, *ch, LetterLength::Standard);
            let text = c.render();
            for p in *needed {
                assert!(text.contains(p), "{ch:?} lacks {p}\n{text}");
            }
            assert!(
                text.contains(
                    "[What you wish you had said about the question you answered briefly]"
                ),
                "{text}"
            );
            assert!(
                text.contains("[one thing you learned about the company]"),
                "{text}"
            );
        }
        // The header has no placeholder but the sender's name, and no empty lines to fill.
        let letter = draft(&empty, &a, Channel::Letter, LetterLength::Standard);
        assert_eq!(letter.header, "[Your name]\n\n21 November 2026");
        assert_eq!(
            draft(&empty, &a, Channel::Email, LetterLength::Brief).subject,
            "Thank you, and a follow-up on the [Role] interview"
        );
        // With the company known, the fill-in names it.
        let known = draft(&facts(), &a, Channel::Email, LetterLength::Standard).render();
        assert!(
            known.contains("[one thing you learned about Northwind]"),
            "{known}"
        );
    }

    // Guards the generic greeting when no interviewer is named (blank counts as missing).
    #[test]
    fn hiring_manager_when_no_interviewer() {
        for name in ["", "   "] {
            let f = InterviewFacts {
                interviewer_name: name.to_owned(),
                ..facts()
            };
            for ch in [Channel::Email, Channel::Letter] {
                let c = draft(&f, &noted(TYPICAL[0]), ch, LetterLength::Standard);
                assert_eq!(
                    c.section(SectionKind::Salutation).map(|s| s.text.as_str()),
                    Some("Dear Hiring Manager,")
                );
            }
            let phone = draft(&f, &noted(TYPICAL[0]), Channel::Phone, LetterLength::Brief).render();
            assert!(
                phone.contains("Hello, this is Sam Carter.") && !phone.contains("Dear"),
                "{phone}"
            );
        }
        let c = draft(
            &facts(),
            &noted(TYPICAL[0]),
            Channel::Email,
            LetterLength::Standard,
        );
        assert!(c
            .render()
            .starts_with("Dear Ms Ortega,\n\nThank you for meeting me on 20 November 2026"));
    }

    // Guards that a brief draft is shorter than the standard one, in every channel.
    #[test]
    fn brief_is_shorter_than_standard() {
        for ids in TYPICAL {
            for ch in Channel::ALL {
                let brief = words(&draft(&facts(), &noted(ids), ch, LetterLength::Brief).render());
                let standard =
                    words(&draft(&facts(), &noted(ids), ch, LetterLength::Standard).render());
                assert!(brief < standard, "{ids:?} {ch:?}: {brief} >= {standard}");
                if ch == Channel::Email {
                    assert!(
                        (80..=170).contains(&brief),
                        "{ids:?}: brief has {brief} words"
                    );
                }
            }
        }
    }

    // Guards the length of standard letters for typical assessments.
    #[test]
    fn standard_word_counts_are_in_range() {
        for ids in TYPICAL {
            for ch in [Channel::Email, Channel::Letter] {
                let n = words(&draft(&facts(), &noted(ids), ch, LetterLength::Standard).render());
                assert!((120..=320).contains(&n), "{ids:?} {ch:?}: {n} words");
            }
        }
    }

    // Guards the section order of each channel and length.
    #[test]
    fn section_order_per_channel() {
        use SectionKind as S;
        let kinds = |ch, len| -> Vec<SectionKind> {
            draft(
                &facts(),
                &noted(&[
                    "rambled_too_long",
                    "said_too_little",
                    "no_questions",
                    "off_day",
                ]),
                ch,
                len,
            )
            .sections
            .iter()
            .map(|s| s.kind)
            .collect()
        };
        let full = [
            S::Salutation,
            S::Thanks,
            S::Acknowledge,
            S::Account,
            S::WishISaid,
            S::Repairs,
            S::Ask,
            S::Close,
            S::Signature,
        ];
        assert_eq!(kinds(Channel::Email, LetterLength::Standard), full);
        assert_eq!(kinds(Channel::Letter, LetterLength::Standard), full);
        let brief = [
            S::Salutation,
            S::Thanks,
            S::WishISaid,
            S::Ask,
            S::Close,
            S::Signature,
        ];
        assert_eq!(kinds(Channel::Email, LetterLength::Brief), brief);
        // A plain thank-you (minor slips) has no acknowledgement and no account.
        let minor: Vec<SectionKind> = draft(
            &facts(),
            &noted(&["rambled_too_long"]),
            Channel::Email,
            LetterLength::Standard,
        )
        .sections
        .iter()
        .map(|s| s.kind)
        .collect();
        assert_eq!(
            minor,
            [
                S::Salutation,
                S::Thanks,
                S::WishISaid,
                S::Ask,
                S::Close,
                S::Signature
            ]
        );
    }

    // Guards that the phone script has all five parts, in order, under their headings.
    #[test]
    fn phone_script_has_five_parts() {
        use SectionKind as S;
        for ids in TYPICAL {
            for len in LetterLength::ALL {
                let c = draft(&facts(), &noted(ids), Channel::Phone, len);
                let kinds: Vec<SectionKind> = c.sections.iter().map(|s| s.kind).collect();
                assert_eq!(
                    kinds,
                    [
                        S::Opening,
                        S::TalkingPoints,
                        S::IfYes,
                        S::IfNo,
                        S::Voicemail
                    ]
                );
                assert!(c.subject.is_empty() && c.header.is_empty());
                let text = c.render();
                assert!(
                    text.starts_with("Opening\nHello Ms Ortega, this is Sam Carter."),
                    "{text}"
                );
                for k in [S::TalkingPoints, S::IfYes, S::IfNo, S::Voicemail] {
                    assert!(text.contains(&format!("\n\n{}\n", k.label())), "{k:?}");
                }
                let points = &c.sections[1].text;
                assert!(points.lines().all(|l| l.starts_with("- ")), "{points}");
                assert!(
                    points.contains("- Thank you for meeting me")
                        && points.contains("second conversation")
                );
                assert_eq!(c.sections[4].text.matches("sam@example.com").count(), 2);
            }
        }
    }

    // Guards that names with quotes, ampersands, emoji and right-to-left script pass verbatim.
    #[test]
    fn unusual_names_pass_verbatim() {
        let f = InterviewFacts {
            company: "O'Hara & \"Sons\" 🚀".to_owned(),
            role: "Analyst <Level 2>".to_owned(),
            interviewer_name: "שרה כהן".to_owned(),
            interviewer_title: "مديرة العمليات".to_owned(),
            candidate_name: "محمد علي".to_owned(),
            candidate_contact: "+20 100 555 0199".to_owned(),
            ..facts()
        };
        let a = noted(&["knew_little_about_company", "said_too_little"]);
        for ch in Channel::ALL {
            let c = draft(&f, &a, ch, LetterLength::Standard);
            let text = format!("{}\n{}", c.header, c.render());
            for v in [
                &f.company,
                &f.role,
                &f.interviewer_name,
                &f.candidate_name,
                &f.candidate_contact,
            ] {
                assert!(text.contains(v.as_str()), "{ch:?} lacks {v}\n{text}");
            }
        }
        let letter = draft(&f, &a, Channel::Letter, LetterLength::Brief);
        assert!(
            letter
                .header
                .ends_with("שרה כהן\nمديرة العمليات\nO'Hara & \"Sons\" 🚀"),
            "{}",
            letter.header
        );
    }

    // Guards that a 1 MB detail neither panics nor is dropped.
    #[test]
    fn huge_detail_is_included() {
        let big = "Ein langer Satz über die Arbeit — ".repeat(32 * 1024);
        let mut a = noted(&["personal_event", "said_too_little"]);
        for answer in a.values_mut() {
            answer.detail = big.clone();
        }
        for ch in Channel::ALL {
            let text = draft(&facts(), &a, ch, LetterLength::Standard).render();
            assert!(text.contains(big.trim()), "{ch:?}");
        }
    }

    // Guards that our fixed texts use at most one apology, even with every item ticked.
    #[test]
    fn at_most_one_apology() {
        let all: Vec<&str> = catalogue().iter().map(|s| s.id).collect();
        for len in LetterLength::ALL {
            let text = draft(&facts(), &bare(&all), Channel::Email, len)
                .render()
                .to_lowercase();
            assert!(
                text.matches("apolog").count() + text.matches("sorry").count() <= 1,
                "{text}"
            );
        }
    }

    // Guards the structured helper: fragments get lead-ins, sentences stay sentences.
    #[test]
    fn wish_i_had_said_reads_naturally() {
        let ans = |d: &str, s: &str, a: &str, r: &str| Answer {
            checked: true,
            detail: d.to_owned(),
            situation: s.to_owned(),
            action: a.to_owned(),
            result: r.to_owned(),
        };
        let rows: &[(&str, Answer, Option<&str>)] = &[
            ("Here is the example.", ans("", "", "  ", "\n"), None),
            (
                "",
                ans("", "We were behind on a release.", " I re-planned the work with the team ", "we shipped a week early!"),
                Some("We were behind on a release. I re-planned the work with the team. We shipped a week early."),
            ),
            (
                "",
                ans("", "behind on a release", "re-planned the work;", "shipped a week early..."),
                Some("The situation: behind on a release. What I did: re-planned the work. The result: shipped a week early."),
            ),
            (
                "here is the example I should have given",
                ans("  i led the audit at my last job  ", "", "cut costs by 8%", ""),
                Some("Here is the example I should have given. I led the audit at my last job. What I did: cut costs by 8%."),
            ),
            ("", ans("what would success look like?", "", "", ""), Some("What would success look like?")),
            ("", ans("“tell me about yourself” deserved better", "", "", ""), Some("“Tell me about yourself” deserved better.")),
        ];
        for (q, a, want) in rows {
            assert_eq!(wish_i_had_said(q, a).as_deref(), *want, "{q:?} {a:?}");
        }
    }

    // Guards RFC 6068 encoding of the mailto link.
    #[test]
    fn mailto_href_encodes() {
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "ortega@example.com",
                "Hi there",
                "Line 1\nLine 2",
                "mailto:ortega@example.com?subject=Hi%20there&body=Line%201%0D%0ALine%202",
            ),
            (
                "",
                "A & B? #1",
                "x\r\ny\rz",
                "mailto:?subject=A%20%26%20B%3F%20%231&body=x%0D%0Ay%0D%0Az",
            ),
            (
                " sam+jobs@example.com ",
                "Thanks 🙂",
                "",
                "mailto:sam%2Bjobs@example.com?subject=Thanks%20%F0%9F%99%82",
            ),
            (
                "a@b.c",
                "",
                "café-ok_~.",
                "mailto:a@b.c?body=caf%C3%A9-ok_~.",
            ),
            ("", "", "", "mailto:"),
        ];
        for (to, subject, body, want) in rows {
            assert_eq!(mailto_href(to, subject, body), *want);
        }
    }

    // Guards the download name: an ASCII slug of the company, with a fallback.
    #[test]
    fn file_name_slugs() {
        let rows: &[(&str, Channel, &str)] = &[
            (
                "Northwind",
                Channel::Email,
                "second-chance-northwind-email.txt",
            ),
            (
                "  Smith & Sons, Ltd. ",
                Channel::Letter,
                "second-chance-smith-and-sons-ltd-letter.txt",
            ),
            (
                "Société Générale",
                Channel::Phone,
                "second-chance-societe-generale-phone.txt",
            ),
            (
                "../con/NUL:*?",
                Channel::Email,
                "second-chance-con-nul-email.txt",
            ),
            ("Acme 🚀", Channel::Email, "second-chance-acme-email.txt"),
            ("🚀✨", Channel::Email, "second-chance-letter.txt"),
            ("שרה בע\"מ", Channel::Email, "second-chance-letter.txt"),
            ("شركة النيل", Channel::Letter, "second-chance-letter.txt"),
            ("", Channel::Email, "second-chance-letter.txt"),
        ];
        for (company, ch, want) in rows {
            let f = InterviewFacts {
                company: (*company).to_owned(),
                ..InterviewFacts::default()
            };
            assert_eq!(file_name(&f, *ch), *want);
        }
        let long = InterviewFacts {
            company: "a very long company name ".repeat(10),
            ..InterviewFacts::default()
        };
        let name = file_name(&long, Channel::Email);
        assert!(
            name.len() <= "second-chance--email.txt".len() + 40 && !name.contains("--"),
            "{name}"
        );
    }

    // Guards the long date: valid calendar dates only, leap years included.
    #[test]
    fn format_date_long_validates() {
        let rows: &[(&str, Option<&str>)] = &[
            ("2026-11-20", Some("20 November 2026")),
            (" 2026-01-05 ", Some("5 January 2026")),
            ("2028-02-29", Some("29 February 2028")),
            ("2000-02-29", Some("29 February 2000")),
            ("2026-02-30", None),
            ("2027-02-29", None),
            ("1900-02-29", None),
            ("2026-13-01", None),
            ("2026-04-31", None),
            ("2026-00-10", None),
            ("2026-11-00", None),
            ("0000-01-01", None),
            ("2026-1-5", None),
            ("2026-+1-05", None),
            ("20 Nov 2026", None),
            ("", None),
        ];
        for (iso, want) in rows {
            assert_eq!(format_date_long(iso).as_deref(), *want, "{iso}");
        }
    }

    // Guards that section keys are distinct snake_case and round-trip.
    #[test]
    fn section_keys_round_trip() {
        for (i, k) in SectionKind::ALL.iter().enumerate() {
            assert_eq!(SectionKind::from_key(k.key()), Some(*k));
            assert!(k.key().bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            assert!(!k.label().is_empty());
            assert!(SectionKind::ALL[..i].iter().all(|o| o.key() != k.key()));
        }
        assert_eq!(SectionKind::from_key("nope"), None);
    }
}
