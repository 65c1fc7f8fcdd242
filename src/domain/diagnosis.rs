//! The "what went wrong?" self-assessment: the symptom catalogue, the rule engine and
//! the verdict.
//!
//! The rules follow the seed article: one small slip rarely decides an interview; a
//! series of slips hints at personality and work ethic; worrying interviewer signals
//! raise concern; bad-mouthing a former boss or knowing nothing about the company is
//! serious on its own; an off day or a personal event is a reason to explain, not a fault.

use super::{Assessment, Channel};

/// The areas the self-assessment is grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// How the candidate answered questions.
    Answers,
    /// How the candidate told their work history.
    WorkHistory,
    /// What the candidate knew and asked.
    Preparation,
    /// Body language, punctuality, how they came across.
    Presence,
    /// What the interviewer did that hinted at concern.
    Signals,
    /// Honest reasons outside the candidate's control.
    Circumstances,
}

impl Area {
    /// Every area in the order the form shows them.
    pub const ALL: [Area; 6] = [
        Self::Answers,
        Self::WorkHistory,
        Self::Preparation,
        Self::Presence,
        Self::Signals,
        Self::Circumstances,
    ];

    /// Stable key, used for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::Answers => "answers",
            Self::WorkHistory => "work_history",
            Self::Preparation => "preparation",
            Self::Presence => "presence",
            Self::Signals => "signals",
            Self::Circumstances => "circumstances",
        }
    }

    /// Heading shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::Answers => "Your answers",
            Self::WorkHistory => "Your work history",
            Self::Preparation => "Preparation",
            Self::Presence => "How you came across",
            Self::Signals => "What the interviewer did",
            Self::Circumstances => "Circumstances",
        }
    }
}

/// What the letter must contain to repair a finding. The composer maps each move to a
/// paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LetterMove {
    /// Give the answer the candidate wishes they had given (uses the user's notes).
    RestateAnswer,
    /// Show concrete knowledge of the company and the role.
    ShowPreparation,
    /// Explain the career path as a direction and say why this role is for the long run.
    ShowCommitment,
    /// Speak of past employers with respect; show what was learned.
    StayPositive,
    /// Show how the candidate would represent the company: warm, clear, engaged.
    ShowPresence,
    /// Briefly and honestly name the reason for the off day.
    ExplainCircumstance,
    /// Ask the thoughtful question(s) the candidate did not ask.
    AskQuestions,
    /// Own a practical slip (lateness, logistics) in one line and move on.
    OwnTheSlip,
    /// No paragraph of its own; the finding only raises the stakes.
    None,
}

/// How serious a single finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Rarely decides anything on its own.
    Minor,
    /// Worth repairing.
    Moderate,
    /// Can put the application on the "no" pile by itself.
    Serious,
}

/// One item of the self-assessment catalogue. All texts are the product's own words.
#[derive(Debug, PartialEq, Eq)]
pub struct Symptom {
    /// Stable key stored in drafts; never rename.
    pub id: &'static str,
    /// The group it is shown in.
    pub area: Area,
    /// The checkbox label, phrased as something the user did or saw.
    pub question: &'static str,
    /// Prompt for the optional detail field, e.g. "Which question?".
    pub detail_prompt: Option<&'static str>,
    /// What the interviewer most likely concluded.
    pub perception: &'static str,
    /// Weight in the severity score (1 = small slip, 5 = serious on its own).
    pub weight: u8,
    /// How to repair it in the follow-up.
    pub repair: &'static str,
    /// An example line for the letter.
    pub example_line: &'static str,
    /// What the letter must then contain.
    pub letter_move: LetterMove,
}

/// A checked symptom in the report, with the user's detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The catalogue item.
    pub symptom: &'static Symptom,
    /// Severity after the rules (combinations may raise it).
    pub severity: Severity,
    /// The user's detail, trimmed (may be empty).
    pub detail: String,
}

/// A combination of findings that means more than its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// Stable key, for tests and element ids.
    pub id: &'static str,
    /// Short title.
    pub title: &'static str,
    /// What the combination tells the interviewer.
    pub explanation: &'static str,
    /// What to do about it in the letter.
    pub advice: &'static str,
}

/// The overall verdict, from least to most serious.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Nothing was checked.
    NothingToRepair,
    /// Minor slips: a normal thank-you note will do.
    MinorSlips,
    /// A pattern: damage control with a second-chance letter.
    Pattern,
    /// A red flag: address it head-on.
    RedFlag,
}

/// Severity totals of one area, for the bar chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaScore {
    /// The area.
    pub area: Area,
    /// Sum of the weights of its checked items.
    pub score: u32,
    /// Sum of the weights of all its items.
    pub max: u32,
}

/// The report computed from an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnosis {
    /// The verdict.
    pub verdict: Verdict,
    /// Overall severity 0..=100 for the meter.
    pub severity: u8,
    /// Each checked item, faults first, most serious first.
    pub findings: Vec<Finding>,
    /// Combinations found across the items.
    pub patterns: Vec<Pattern>,
    /// Per-area totals in [`Area::ALL`] order.
    pub areas: Vec<AreaScore>,
    /// Recommended channel.
    pub channel: Channel,
    /// Why that channel, in one sentence.
    pub channel_reason: &'static str,
    /// When to send, in one sentence.
    pub timing: &'static str,
}
