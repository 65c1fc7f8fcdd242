//! The stored document: one [`Draft`] per interview, with everything the user typed for
//! it, and the [`DraftEdit`]s that change it. This is the schema `storage` writes and
//! reads (with its migrations) and `letter_view` composes from; the version-vector rules
//! that let two tabs and a backup agree on it live in [`crate::state::sync`].

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::domain::followup::SentRecord;
use crate::domain::letter::{general_index, next_turn};
use crate::domain::{Answer, Assessment, Channel, InterviewFacts, InterviewFormat, LetterLength};

/// The letter as the user shaped it: channel, length and their own edits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterState {
    /// E-mail, printed letter or phone script.
    pub channel: Channel,
    /// Brief or standard.
    pub length: LetterLength,
    /// The user's edits by section key. Regeneration never overwrites these silently.
    /// An `IndexMap` for the same reason as [`Assessment`].
    pub edits: IndexMap<String, SectionEdit>,
    /// The Write step's letter fields that belong to no one finding, as
    /// [`LINE_MOMENT`](crate::domain::letter::LINE_MOMENT),
    /// [`LINE_WHY`](crate::domain::letter::LINE_WHY) and
    /// [`LINE_EVIDENCE`](crate::domain::letter::LINE_EVIDENCE), in that order. A
    /// finding's own line lives on its [`Answer`](crate::domain::Answer). Unlike the
    /// step-2 notes, these are written to the interviewer and go into the letter.
    pub general: [String; 3],
    /// How often the user asked for another wording of each section, as
    /// `key=count` pairs separated by spaces (see
    /// [`turn_of`](crate::domain::letter::turn_of)): text rather than a map, which
    /// costs the download less code.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub turns: String,
}

/// A section the user edited, with the generated text it was based on, so a later
/// regeneration can tell whether the generated text changed underneath the edit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SectionEdit {
    /// The generated text when the user started editing.
    pub base: String,
    /// The user's text.
    pub text: String,
}

/// One interview: everything the user typed for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// Stable random id; also part of its storage key.
    pub id: String,
    /// The user's own name for the draft; empty means "derive from company and role".
    pub name: String,
    /// Step 1.
    pub facts: InterviewFacts,
    /// Step 2.
    pub assessment: Assessment,
    /// Step 3.
    pub letter: LetterState,
    /// When and how the letter was sent (`None`: not yet).
    pub sent: Option<SentRecord>,
    /// Tone flags the user dismissed (by [`dismiss key`](crate::domain::tone::Flag::dismiss_key)),
    /// each once, in the order dismissed. A list rather than a set type: it stays short,
    /// stores as the same JSON array, and a set would add its own code to the download.
    pub dismissed_flags: Vec<String>,
    /// Creation time, ms since the epoch.
    pub created_ms: u64,
    /// Last edit, ms since the epoch.
    pub updated_ms: u64,
    /// Bumped on every edit, never lowered: the highest revision any tab reached.
    pub revision: u64,
    /// Which tab made each run of edits, as (tab id, revision it reached); an empty
    /// id stands for the edits made before this was recorded. A version vector: it
    /// tells whether one version continues another (take it) or both changed at once
    /// (keep both). See [`Draft::continues`]. Stored as text, `tab=revision` pairs
    /// separated by spaces (tab ids are base 36), which costs the download far less
    /// code than a list of pairs.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub clock: String,
}

impl Draft {
    /// A blank draft.
    pub fn new(id: String, now: u64) -> Self {
        Draft {
            id,
            created_ms: now,
            updated_ms: now,
            ..Draft::default()
        }
    }

    /// The name shown in the draft list: the user's name, else "Company · Role", else a
    /// neutral fallback.
    pub fn title(&self) -> String {
        let name = self.name.trim();
        if !name.is_empty() {
            return name.to_string();
        }
        let company = self.facts.company.trim();
        let role = self.facts.role.trim();
        match (company.is_empty(), role.is_empty()) {
            (false, false) => format!("{company} · {role}"),
            (false, true) => company.to_string(),
            (true, false) => role.to_string(),
            (true, true) => "Untitled interview".to_string(),
        }
    }

    /// Applies one edit made in tab `tab` and stamps the draft.
    pub(crate) fn apply(&mut self, edit: DraftEdit, now: u64, tab: &str) {
        // Before the edit: whether the draft was blank decides where its history starts.
        let history = self.effective_clock();
        match edit {
            DraftEdit::Fact(field, value) => *field.slot(&mut self.facts) = value,
            DraftEdit::Format(format) => self.facts.format = format,
            DraftEdit::Check(id, checked) => {
                self.assessment.entry(id).or_default().checked = checked
            }
            DraftEdit::AnswerText(id, part, value) => {
                *part.slot(self.assessment.entry(id).or_default()) = value
            }
            DraftEdit::OwnWeight(weight) => {
                self.assessment
                    .entry(crate::domain::diagnosis::SOMETHING_ELSE.to_owned())
                    .or_default()
                    .weight = weight
            }
            DraftEdit::Rename(name) => self.name = name,
            DraftEdit::Channel(channel) => self.letter.channel = channel,
            DraftEdit::Length(length) => self.letter.length = length,
            DraftEdit::Line(key, text) => match general_index(&key) {
                Some(i) => self.letter.general[i] = text,
                None => self.assessment.entry(key).or_default().line = text,
            },
            DraftEdit::NextWording(key) => {
                self.letter.turns = next_turn(&self.letter.turns, &key);
            }
            DraftEdit::EditSection { key, base, text } => {
                self.letter.edits.insert(key, SectionEdit { base, text });
            }
            DraftEdit::RevertSection(key) => {
                self.letter.edits.shift_remove(&key);
            }
            DraftEdit::DismissFlag(key) => {
                if !self.dismissed_flags.contains(&key) {
                    self.dismissed_flags.push(key);
                }
            }
            DraftEdit::RestoreFlags => self.dismissed_flags.clear(),
            DraftEdit::MarkSent(record) => self.sent = record,
        }
        self.updated_ms = now.max(self.updated_ms);
        self.revision += 1;
        self.set_clock(history, tab, self.revision);
    }
}

/// A text field of [`InterviewFacts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactField {
    /// The employer.
    Company,
    /// The position.
    Role,
    /// The interviewer's name.
    InterviewerName,
    /// The interviewer's title.
    InterviewerTitle,
    /// The interviewer's e-mail.
    InterviewerEmail,
    /// The interview date.
    InterviewDate,
    /// The candidate's name.
    CandidateName,
    /// The candidate's contact.
    CandidateContact,
}

impl FactField {
    fn slot(self, facts: &mut InterviewFacts) -> &mut String {
        match self {
            Self::Company => &mut facts.company,
            Self::Role => &mut facts.role,
            Self::InterviewerName => &mut facts.interviewer_name,
            Self::InterviewerTitle => &mut facts.interviewer_title,
            Self::InterviewerEmail => &mut facts.interviewer_email,
            Self::InterviewDate => &mut facts.interview_date,
            Self::CandidateName => &mut facts.candidate_name,
            Self::CandidateContact => &mut facts.candidate_contact,
        }
    }
}

/// A text part of an [`Answer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerPart {
    /// The short detail.
    Detail,
    /// Wish-I-had-said: the situation.
    Situation,
    /// Wish-I-had-said: what I did.
    Action,
    /// Wish-I-had-said: the result.
    Result,
}

impl AnswerPart {
    fn slot(self, answer: &mut Answer) -> &mut String {
        match self {
            Self::Detail => &mut answer.detail,
            Self::Situation => &mut answer.situation,
            Self::Action => &mut answer.action,
            Self::Result => &mut answer.result,
        }
    }
}

/// An edit to the current draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftEdit {
    /// A text fact.
    Fact(FactField, String),
    /// The interview format.
    Format(InterviewFormat),
    /// Tick or untick a symptom.
    Check(String, bool),
    /// A symptom's detail or wish-I-had-said text.
    AnswerText(String, AnswerPart, String),
    /// The weight the user gives the free "something else" item (see
    /// [`OwnWeight`](crate::domain::diagnosis::OwnWeight)).
    OwnWeight(u8),
    /// The draft's own name.
    Rename(String),
    /// The letter channel.
    Channel(Channel),
    /// The letter length.
    Length(LetterLength),
    /// The text of one of the Write step's letter fields, by its key (a symptom id
    /// or a general line's key).
    Line(String, String),
    /// Another wording for one section, by its key.
    NextWording(String),
    /// The user's text for one letter section.
    EditSection {
        /// Section key.
        key: String,
        /// The generated text the edit started from.
        base: String,
        /// The user's text.
        text: String,
    },
    /// Drop the user's edit of a section (take the generated text).
    RevertSection(String),
    /// Dismiss a tone flag for this draft.
    DismissFlag(String),
    /// Bring back every dismissed tone flag.
    RestoreFlags,
    /// Record that the letter was sent (or, with `None`, that it was not after all).
    MarkSent(Option<SentRecord>),
}

/// `n` in base 36, the alphabet of ids and fingerprints.
pub fn base36(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.iter().rev().collect()
}
