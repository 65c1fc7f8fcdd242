//! Application state: drafts, the current step, and the one reducer that changes them.
//!
//! The reducer is pure: it never touches storage, the clock or random numbers. Effects
//! (saving, timestamps, new ids) live at the edges in `app.rs`, which passes `now` and new
//! ids in through the [`Action`]s, so every transition is unit-tested natively.

use indexmap::IndexMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::domain::followup::{Opening, SentRecord};
use crate::domain::letter::{general_index, next_turn};
use crate::domain::{Answer, Assessment, Channel, InterviewFacts, InterviewFormat, LetterLength};

/// The four steps of the journey, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// The interview facts.
    #[default]
    Interview,
    /// The "what went wrong?" self-assessment and its report.
    Diagnose,
    /// The letter builder and tone check.
    Write,
    /// Exports and the follow-up plan.
    Send,
}

impl Step {
    /// All steps in journey order.
    pub const ALL: [Step; 4] = [Self::Interview, Self::Diagnose, Self::Write, Self::Send];

    /// Stable key, used by the `data-first-step` embedding option and element ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::Interview => "interview",
            Self::Diagnose => "diagnose",
            Self::Write => "write",
            Self::Send => "send",
        }
    }

    /// Parses a key; unknown keys give `None` so callers choose the fallback.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Short label for the progress bar.
    pub fn label(self) -> &'static str {
        match self {
            Self::Interview => "Interview",
            Self::Diagnose => "What went wrong?",
            Self::Write => "Write",
            Self::Send => "Send & follow up",
        }
    }

    /// 1-based position, for "Step 2 of 4".
    pub fn number(self) -> usize {
        self as usize + 1
    }
}

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

    /// The version vector, with the edits from before vectors existed (a revision but
    /// no clock) counted under the empty tab id.
    /// Only a blank draft has an empty history: anything else without a clock (a copy,
    /// an old or hand-made backup) counts as its own history, which no other version
    /// continues unless it was edited from it.
    fn effective_clock(&self) -> Vec<(String, u64)> {
        if !self.clock.is_empty() {
            return self
                .clock
                .split(' ')
                .filter_map(|entry| {
                    let (tab, revision) = entry.split_once('=')?;
                    Some((tab.to_string(), revision.parse().ok()?))
                })
                .collect();
        }
        if self.revision == 0 && self.same_content(&Draft::new(String::new(), self.created_ms)) {
            return Vec::new();
        }
        vec![(String::new(), self.revision)]
    }

    /// Writes `entries` as the clock, raising `tab`'s run to at least `revision`.
    fn set_clock(&mut self, mut entries: Vec<(String, u64)>, tab: &str, revision: u64) {
        match entries.iter_mut().find(|(t, _)| t == tab) {
            Some(entry) => entry.1 = entry.1.max(revision),
            None => entries.push((tab.to_string(), revision)),
        }
        self.clock = entries
            .iter()
            .map(|(t, r)| format!("{t}={r}"))
            .collect::<Vec<_>>()
            .join(" ");
    }

    /// Whether this version continues `earlier`: it holds every edit `earlier` holds
    /// (each tab's run at least as far), so taking it loses nothing of `earlier`. Two
    /// versions with the same history but different contents (possible only for
    /// drafts from before version vectors) do not continue each other.
    pub fn continues(&self, earlier: &Draft) -> bool {
        let mine = self.effective_clock();
        let theirs = earlier.effective_clock();
        let covers = theirs
            .iter()
            .all(|(tab, r)| mine.iter().any(|(t, m)| t == tab && m >= r));
        covers && (mine != theirs || self == earlier)
    }

    /// A short fingerprint of the whole version (FNV-1a over its JSON): the same for
    /// the same contents in every tab, different for different contents.
    pub fn fingerprint(&self) -> String {
        let json = serde_json::to_string(self).unwrap_or_default();
        let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        base36(hash)
    }

    /// Whether this version wins the draft's key when two tabs changed it at once: the
    /// higher revision, then the higher fingerprint. Every tab decides the same way, so
    /// they agree on which version keeps the key and which becomes the copy.
    fn outranks(&self, other: &Draft) -> bool {
        (self.revision, self.fingerprint()) > (other.revision, other.fingerprint())
    }

    /// This version kept beside the one that won the key, under an id made from its
    /// own fingerprint: every tab that keeps it makes the very same copy (so two tabs
    /// write one copy, not two), and two different versions never share an id.
    fn conflict_copy(&self) -> Draft {
        let mut copy = self.clone();
        copy.id = format!("{}-v{}", self.id, self.fingerprint());
        copy.name = format!("{} (other version)", self.title());
        copy
    }

    /// Records that this version supersedes `other`, whose contents are kept elsewhere
    /// (as a conflict copy): its clock takes in `other`'s, so every tab sees that this
    /// version continues `other`, and this tab may write over it.
    fn absorb(&mut self, other: &Draft) {
        let mut entries = self.effective_clock();
        for (tab, revision) in other.effective_clock() {
            match entries.iter_mut().find(|(t, _)| *t == tab) {
                Some(entry) => entry.1 = entry.1.max(revision),
                None => entries.push((tab, revision)),
            }
        }
        if let Some((tab, revision)) = entries.pop() {
            self.set_clock(entries, &tab, revision);
        }
        self.revision = self.revision.max(other.revision);
    }

    /// Same contents, apart from the id and the list name (which copies change).
    fn same_content(&self, other: &Draft) -> bool {
        let strip = |d: &Draft| Draft {
            id: String::new(),
            name: String::new(),
            ..d.clone()
        };
        strip(self) == strip(other)
    }

    /// Applies one edit made in tab `tab` and stamps the draft.
    fn apply(&mut self, edit: DraftEdit, now: u64, tab: &str) {
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

/// Where persistence stands, shown as the "saved" indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything typed is in storage.
    #[default]
    Saved,
    /// Edits are waiting for the debounced save.
    Pending,
    /// Storage is full: edits are kept in memory only.
    QuotaFull,
    /// Storage is unavailable (blocked, sandboxed, private mode): memory only.
    Unavailable,
}

/// A message to the user about their data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Stored data could not be read; the raw value is kept under `recovery_key`.
    Recovered {
        /// Where the raw value now lives.
        recovery_key: String,
        /// What was wrong, in plain words.
        reason: String,
        /// False when it was too big to copy aside and stays under its own key.
        moved: bool,
    },
    /// Another tab changed a draft this tab was also editing; both versions were kept.
    Conflict {
        /// Title of the copy holding one of the two versions.
        copy_title: String,
        /// True when the copy holds this tab's own version (the other tab's version
        /// kept the draft's place) and this tab now shows the copy.
        yours_moved: bool,
    },
    /// A plain informational line (import results and the like).
    Info(String),
}

/// A draft deleted moments ago, kept so the deletion can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deleted {
    /// The draft as it was.
    pub draft: Draft,
    /// Its position in the list.
    pub index: usize,
}

/// Everything the widget shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    /// All drafts, most recently created last. Shared (`Rc`) so that a keystroke copies
    /// only the draft it edits, not every draft.
    pub drafts: Vec<Rc<Draft>>,
    /// Id of the draft being edited.
    pub current: String,
    /// The step on screen.
    pub step: Step,
    /// The last deletion, for undo.
    pub deleted: Option<Deleted>,
    /// Persistence state.
    pub save: SaveStatus,
    /// Revisions known to be in storage, by draft id.
    pub saved_revisions: SavedRevisions,
    /// Messages about the user's data, newest last.
    pub notices: Vec<Notice>,
    /// Drafts read from a backup, waiting for the user to confirm the import.
    pub staged_import: Option<Vec<Draft>>,
    /// Openings read from the same backup, added on confirmation when new here.
    pub staged_openings: Vec<Opening>,
    /// Whether the browser promised to keep this site's storage (`None`: unknown).
    pub persisted: Option<bool>,
    /// The "keep looking" list, shared by all drafts.
    pub openings: Vec<Opening>,
    /// This tab's id, made at the edge: it stamps the tab's edits in each
    /// [`Draft::clock`].
    pub tab: String,
    /// Bumped on every change of `openings`.
    pub openings_revision: u64,
    /// The openings revision known to be in storage.
    pub saved_openings_revision: u64,
}

/// Everything that can happen to the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Edit the current draft at time `now`.
    Edit(DraftEdit, u64),
    /// Show another step.
    GoTo(Step),
    /// Start a new blank draft with this id and make it current.
    NewDraft {
        /// The new id.
        id: String,
        /// Creation time.
        now: u64,
    },
    /// Copy a draft under a new id and make the copy current.
    Duplicate {
        /// The draft to copy.
        source: String,
        /// The copy's id.
        id: String,
        /// Creation time.
        now: u64,
    },
    /// Make another draft current.
    Switch(String),
    /// Delete a draft (undoable until the next deletion).
    Delete {
        /// The draft to delete.
        id: String,
        /// Id for a fresh blank draft, used if this was the last one.
        replacement_id: String,
        /// Time, for that blank draft.
        now: u64,
    },
    /// Bring back the last deleted draft.
    UndoDelete,
    /// Forget the undo offer.
    ForgetDeleted,
    /// Storage accepted these revisions.
    Saved(Vec<(String, u64)>),
    /// Storage refused the write.
    SaveFailed(SaveStatus),
    /// Another tab stored this version of a draft.
    External(Box<Draft>),
    /// Another tab deleted this draft.
    ExternalDelete(String),
    /// Drafts and openings read from a backup file: show what importing would do.
    StageImport(Vec<Draft>, Vec<Opening>),
    /// Merge the staged drafts with [`merge_drafts`]; copies kept side by side take
    /// their ids from `fresh_ids` (made at the edge, one per staged draft and opening).
    ConfirmImport {
        /// Unused ids for copies.
        fresh_ids: Vec<String>,
    },
    /// Drop the staged drafts.
    CancelImport,
    /// Add a blank opening with this id to the keep-looking list.
    AddOpening(String),
    /// Replace the opening with the same id.
    UpdateOpening(Opening),
    /// Remove the opening with this id.
    RemoveOpening(String),
    /// Storage accepted this revision of the openings.
    OpeningsSaved(u64),
    /// Another tab stored this openings list.
    ExternalOpenings(Vec<Opening>),
    /// The browser answered the request for persistent storage.
    Persistence(Option<bool>),
    /// Show a notice.
    Notify(Notice),
    /// Dismiss the notice at this index.
    DismissNotice(usize),
}

/// Revisions known to be in storage, by draft id: a short list searched in order. A
/// person keeps a handful of drafts, and a map type would add its own code to the
/// download.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedRevisions(Vec<(String, u64)>);

impl SavedRevisions {
    /// The stored revision of draft `id`, if it was ever saved or loaded.
    pub fn get(&self, id: &str) -> Option<u64> {
        self.0.iter().find(|(k, _)| k == id).map(|&(_, r)| r)
    }

    /// Records that `revision` of draft `id` is in storage.
    pub fn insert(&mut self, id: String, revision: u64) {
        match self.0.iter_mut().find(|(k, _)| *k == id) {
            Some(entry) => entry.1 = revision,
            None => self.0.push((id, revision)),
        }
    }

    /// Forgets draft `id` (deleted here or in another tab).
    pub fn remove(&mut self, id: &str) {
        self.0.retain(|(k, _)| k != id);
    }
}

impl FromIterator<(String, u64)> for SavedRevisions {
    fn from_iter<I: IntoIterator<Item = (String, u64)>>(iter: I) -> Self {
        let mut saved = SavedRevisions::default();
        for (id, revision) in iter {
            saved.insert(id, revision);
        }
        saved
    }
}

impl AppState {
    /// State for the drafts read from storage, in the tab with id `tab`; creates a blank
    /// draft when there are none.
    pub fn from_loaded(mut drafts: Vec<Draft>, fresh_id: String, now: u64, tab: String) -> Self {
        if drafts.is_empty() {
            drafts.push(Draft::new(fresh_id, now));
        }
        let saved_revisions = drafts.iter().map(|d| (d.id.clone(), d.revision)).collect();
        let drafts: Vec<Rc<Draft>> = drafts.into_iter().map(Rc::new).collect();
        // Resume the draft edited most recently.
        let current = drafts
            .iter()
            .max_by_key(|d| d.updated_ms)
            .map(|d| d.id.clone())
            .unwrap_or_default();
        AppState {
            drafts,
            current,
            saved_revisions,
            tab,
            ..AppState::default()
        }
    }

    /// The draft being edited. There is always one: the reducer never leaves the list empty.
    pub fn draft(&self) -> &Draft {
        self.draft_rc()
    }

    /// The draft being edited, shared: cloning it is cheap.
    pub fn draft_rc(&self) -> &Rc<Draft> {
        self.drafts
            .iter()
            .find(|d| d.id == self.current)
            .or_else(|| self.drafts.first())
            .expect("the reducer always keeps at least one draft")
    }

    fn draft_mut(&mut self) -> Option<&mut Draft> {
        let current = self.current.clone();
        self.drafts
            .iter_mut()
            .find(|d| d.id == current)
            .map(Rc::make_mut)
    }

    /// Drafts whose latest revision is not yet in storage.
    pub fn unsaved(&self) -> Vec<&Draft> {
        self.drafts
            .iter()
            .filter(|d| self.saved_revisions.get(&d.id) != Some(d.revision))
            .map(|d| &**d)
            .collect()
    }

    /// Applies an action. Pure: same state and action, same result.
    pub fn reduce(mut self, action: Action) -> Self {
        match action {
            Action::Edit(edit, now) => {
                let tab = self.tab.clone();
                if let Some(draft) = self.draft_mut() {
                    draft.apply(edit, now, &tab);
                }
            }
            Action::GoTo(step) => self.step = step,
            Action::NewDraft { id, now } => {
                self.drafts.push(Rc::new(Draft::new(id.clone(), now)));
                self.current = id;
                self.step = Step::Interview;
            }
            Action::Duplicate { source, id, now } => {
                if let Some(original) = self.drafts.iter().find(|d| d.id == source) {
                    let mut copy = Draft::clone(original);
                    copy.name = format!("{} (copy)", original.title());
                    copy.id = id.clone();
                    copy.created_ms = now;
                    copy.updated_ms = now;
                    copy.revision = 0;
                    copy.clock.clear();
                    self.drafts.push(Rc::new(copy));
                    self.current = id;
                }
            }
            Action::Switch(id) => {
                if self.drafts.iter().any(|d| d.id == id) {
                    self.current = id;
                }
            }
            Action::Delete {
                id,
                replacement_id,
                now,
            } => {
                if let Some(index) = self.drafts.iter().position(|d| d.id == id) {
                    let draft = Rc::unwrap_or_clone(self.drafts.remove(index));
                    self.saved_revisions.remove(&draft.id);
                    self.deleted = Some(Deleted { draft, index });
                    if self.drafts.is_empty() {
                        self.drafts.push(Rc::new(Draft::new(replacement_id, now)));
                    }
                    if self.current == id {
                        let next = index.min(self.drafts.len() - 1);
                        self.current = self.drafts[next].id.clone();
                    }
                }
            }
            Action::UndoDelete => {
                if let Some(Deleted { draft, index }) = self.deleted.take() {
                    // A draft with that id may have come back from another tab meanwhile.
                    if !self.drafts.iter().any(|d| d.id == draft.id) {
                        self.current = draft.id.clone();
                        let index = index.min(self.drafts.len());
                        self.drafts.insert(index, Rc::new(draft));
                    }
                }
            }
            Action::ForgetDeleted => self.deleted = None,
            Action::Saved(revisions) => {
                for (id, revision) in revisions {
                    self.saved_revisions.insert(id, revision);
                }
                if self.unsaved().is_empty() && !self.openings_unsaved() {
                    self.save = SaveStatus::Saved;
                }
            }
            Action::SaveFailed(status) => self.save = status,
            Action::External(incoming) => self.receive_external(*incoming),
            Action::ExternalDelete(id) => {
                // Only drop it when this tab holds no unsaved edits of it.
                let clean = self
                    .drafts
                    .iter()
                    .any(|d| d.id == id && self.saved_revisions.get(&id) == Some(d.revision));
                if clean && self.drafts.len() > 1 {
                    self.drafts.retain(|d| d.id != id);
                    self.saved_revisions.remove(&id);
                    if self.current == id {
                        self.current = self.drafts[0].id.clone();
                    }
                }
            }
            Action::StageImport(incoming, openings) => {
                self.staged_import = Some(incoming);
                self.staged_openings = openings;
            }
            Action::ConfirmImport { fresh_ids } => {
                if let Some(incoming) = self.staged_import.take() {
                    let mut fresh_ids = fresh_ids.into_iter();
                    let openings = std::mem::take(&mut self.staged_openings);
                    if merge_openings(&mut self.openings, openings, &mut fresh_ids) {
                        self.openings_revision += 1;
                    }
                    let before = self.drafts.clone();
                    let report = merge_drafts(&mut self.drafts, incoming, &mut fresh_ids);
                    // A replaced draft may keep its revision number: mark it unsaved by
                    // identity, not by revision, so it is written.
                    for draft in &self.drafts {
                        if !before.iter().any(|b| Rc::ptr_eq(b, draft)) {
                            self.saved_revisions.remove(&draft.id);
                        }
                    }
                    self.notices.push(Notice::Info(report.summary()));
                }
            }
            Action::CancelImport => {
                self.staged_import = None;
                self.staged_openings.clear();
            }
            Action::AddOpening(id) => {
                self.openings.push(Opening {
                    id,
                    ..Opening::default()
                });
                self.touch_openings();
            }
            Action::UpdateOpening(opening) => {
                if let Some(slot) = self.openings.iter_mut().find(|o| o.id == opening.id) {
                    *slot = opening;
                    self.touch_openings();
                }
            }
            Action::RemoveOpening(id) => {
                self.openings.retain(|o| o.id != id);
                self.touch_openings();
            }
            Action::OpeningsSaved(revision) => {
                self.saved_openings_revision = revision;
                if self.unsaved().is_empty() && !self.openings_unsaved() {
                    self.save = SaveStatus::Saved;
                }
            }
            Action::ExternalOpenings(openings) => {
                // Take the other tab's list unless this tab has unsaved changes; then
                // this tab's next save wins, after merging in openings it lacks.
                if self.openings_unsaved() {
                    for o in openings {
                        if !self.openings.iter().any(|mine| mine.id == o.id) {
                            self.openings.push(o);
                        }
                    }
                } else {
                    self.openings = openings;
                }
            }
            Action::Persistence(persisted) => self.persisted = persisted,
            Action::Notify(notice) => self.notices.push(notice),
            Action::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
        }
        self.settle_status();
        self
    }

    /// Keeps the saved indicator true to the drafts: "saved" exactly when nothing is
    /// waiting, whatever action ran. A refused save (full or unavailable storage) is
    /// left as it is until a save succeeds, or until nothing is left to save.
    fn settle_status(&mut self) {
        let waiting = !self.unsaved().is_empty() || self.openings_unsaved();
        self.save = match (&self.save, waiting) {
            (SaveStatus::Unavailable, _) => SaveStatus::Unavailable,
            (_, false) => SaveStatus::Saved,
            (SaveStatus::QuotaFull, true) => SaveStatus::QuotaFull,
            (_, true) => SaveStatus::Pending,
        };
    }

    /// What confirming the staged import would do, without doing it: the very same
    /// merge on a copy, so the counts match what the import then does.
    pub fn import_preview(&self) -> Option<MergeReport> {
        let incoming = self.staged_import.clone()?;
        let mut ids = (0..).map(|n| format!("\u{0}preview-{n}"));
        Some(merge_drafts(&mut self.drafts.clone(), incoming, &mut ids))
    }

    /// Whether the keep-looking list has changes not yet in storage.
    pub fn openings_unsaved(&self) -> bool {
        self.openings_revision != self.saved_openings_revision
    }

    fn touch_openings(&mut self) {
        self.openings_revision += 1;
    }

    /// Another tab stored `incoming`. Nothing either tab typed is lost:
    /// - a version that continues ours (see [`Draft::continues`]) is taken;
    /// - a version ours continues is older: ours is written again over it;
    /// - when both changed at once, both are kept. Every tab agrees which version keeps
    ///   the draft's place ([`Draft::outranks`]); the other becomes a copy whose id comes
    ///   from its own contents, so tabs that both keep it write one copy. When this
    ///   tab's version is the copy and was on screen, the copy is shown instead, so the
    ///   text under the user's cursor does not change.
    fn receive_external(&mut self, incoming: Draft) {
        let Some(index) = self.drafts.iter().position(|d| d.id == incoming.id) else {
            self.saved_revisions
                .insert(incoming.id.clone(), incoming.revision);
            self.drafts.push(Rc::new(incoming));
            return;
        };
        let ours = self.drafts[index].clone();
        if *ours == incoming {
            self.saved_revisions
                .insert(incoming.id.clone(), incoming.revision);
            return;
        }
        if incoming.continues(&ours) {
            self.saved_revisions
                .insert(incoming.id.clone(), incoming.revision);
            self.drafts[index] = Rc::new(incoming);
            return;
        }
        // From here on storage holds a version other than ours under this key.
        self.saved_revisions.remove(&ours.id);
        if ours.continues(&incoming) {
            return;
        }
        let ours_wins = ours.outranks(&incoming);
        let copy = if ours_wins {
            incoming.conflict_copy()
        } else {
            ours.conflict_copy()
        };
        let copy_id = copy.id.clone();
        let copy_title = copy.title();
        let added = !self.drafts.iter().any(|d| d.id == copy.id);
        if added {
            self.drafts.push(Rc::new(copy));
        }
        if ours_wins {
            Rc::make_mut(&mut self.drafts[index]).absorb(&incoming);
        } else {
            self.saved_revisions
                .insert(incoming.id.clone(), incoming.revision);
            self.drafts[index] = Rc::new(incoming);
            if self.current == ours.id {
                self.current = copy_id;
            }
        }
        if added {
            self.notices.push(Notice::Conflict {
                copy_title,
                yours_moved: !ours_wins,
            });
        }
    }
}

/// What an import did, or would do: every staged draft lands in exactly one count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Drafts that were new here.
    pub added: usize,
    /// Drafts that replaced an earlier state of the same interview here: the backup's
    /// version continues from this browser's, so nothing of it is lost.
    pub updated: usize,
    /// Drafts kept as copies because this browser's version differs from them.
    pub kept_both: usize,
    /// Drafts whose contents are already here.
    pub unchanged: usize,
}

impl MergeReport {
    /// One line for the user, after the import.
    pub fn summary(&self) -> String {
        format!(
            "Imported: {} added, {} updated, {} kept side by side with your version here, {} already here.",
            self.added, self.updated, self.kept_both, self.unchanged
        )
    }

    /// One line for the user, before confirming. Says "nothing is overwritten" only
    /// when that is true.
    pub fn preview(&self) -> String {
        let mut parts = Vec::new();
        if self.added > 0 {
            parts.push(format!("add {} new interview(s)", self.added));
        }
        if self.updated > 0 {
            parts.push(format!(
                "bring {} interview(s) up to date with the later version in the backup",
                self.updated
            ));
        }
        if self.kept_both > 0 {
            parts.push(format!(
                "keep {} interview(s) from the backup as separate copies, beside your different version here",
                self.kept_both
            ));
        }
        let mut line = match parts.len() {
            0 => "This backup holds nothing new.".to_string(),
            _ => format!("This backup will {}.", parts.join(", and ")),
        };
        if self.unchanged > 0 {
            line.push_str(&format!(
                " {} interview(s) are already here and will be skipped.",
                self.unchanged
            ));
        }
        line.push_str(if self.updated == 0 {
            " Nothing here is overwritten."
        } else {
            " Only versions the backup continues are replaced; everything else here stays as it is."
        });
        line
    }
}

/// Merges imported drafts into `drafts` without losing either side: a draft whose
/// contents are already here is skipped; one that continues this browser's version of
/// the same interview replaces it; any other that differs is kept beside it as a copy
/// named "(from backup)" under an id from `fresh_ids`.
pub fn merge_drafts(
    drafts: &mut Vec<Rc<Draft>>,
    incoming: Vec<Draft>,
    fresh_ids: &mut dyn Iterator<Item = String>,
) -> MergeReport {
    let mut report = MergeReport::default();
    for draft in incoming {
        if drafts.iter().any(|d| d.same_content(&draft)) {
            report.unchanged += 1;
            continue;
        }
        match drafts.iter().position(|d| d.id == draft.id) {
            None => {
                drafts.push(Rc::new(draft));
                report.added += 1;
            }
            Some(i) if draft.continues(&drafts[i]) => {
                drafts[i] = Rc::new(draft);
                report.updated += 1;
            }
            Some(_) => {
                let mut copy = draft;
                copy.name = format!("{} (from backup)", copy.title());
                copy.id = fresh_ids
                    .next()
                    .unwrap_or_else(|| format!("{}-import", copy.id));
                drafts.push(Rc::new(copy));
                report.kept_both += 1;
            }
        }
    }
    report
}

/// Adds imported openings to `openings`: new ones as they are, and one that differs
/// from the opening with the same id here as a copy under an id from `fresh_ids`.
/// Returns whether anything was added.
fn merge_openings(
    openings: &mut Vec<Opening>,
    incoming: Vec<Opening>,
    fresh_ids: &mut dyn Iterator<Item = String>,
) -> bool {
    let before = openings.len();
    for mut opening in incoming {
        if openings.contains(&opening) {
            continue;
        }
        if openings.iter().any(|mine| mine.id == opening.id) {
            match fresh_ids.next() {
                Some(id) => opening.id = id,
                None => continue,
            }
        }
        openings.push(opening);
    }
    openings.len() > before
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

#[cfg(test)]
mod tests {
    use super::*;

    fn state_with(ids: &[&str]) -> AppState {
        let drafts = ids.iter().map(|id| Draft::new(id.to_string(), 1)).collect();
        AppState::from_loaded(drafts, "fresh".into(), 1, "tab".into())
    }

    /// An edit and a check that it landed.
    type EditCase = (DraftEdit, fn(&Draft) -> bool);

    fn edit(state: AppState, edit: DraftEdit) -> AppState {
        state.reduce(Action::Edit(edit, 100))
    }

    // Guards: an empty store still gives the user a draft to type into.
    #[test]
    fn loading_nothing_creates_one_blank_draft() {
        let state = AppState::from_loaded(vec![], "a".into(), 5, "tab".into());
        assert_eq!(state.drafts.len(), 1);
        assert_eq!(state.draft().id, "a");
        assert_eq!(state.save, SaveStatus::Saved);
    }

    // Guards: every kind of edit lands in the current draft and bumps its revision.
    #[test]
    fn edits_apply_to_the_current_draft() {
        let cases: Vec<EditCase> = vec![
            (DraftEdit::Fact(FactField::Company, "Acme".into()), |d| {
                d.facts.company == "Acme"
            }),
            (
                DraftEdit::Fact(FactField::CandidateContact, "a@b.c".into()),
                |d| d.facts.candidate_contact == "a@b.c",
            ),
            (DraftEdit::Format(InterviewFormat::Video), |d| {
                d.facts.format == InterviewFormat::Video
            }),
            (DraftEdit::Check("rambled".into(), true), |d| {
                d.assessment["rambled"].checked
            }),
            (
                DraftEdit::AnswerText("blanked".into(), AnswerPart::Result, "won".into()),
                |d| d.assessment["blanked"].result == "won",
            ),
            (DraftEdit::Rename("Mine".into()), |d| d.title() == "Mine"),
            (DraftEdit::Channel(Channel::Phone), |d| {
                d.letter.channel == Channel::Phone
            }),
            (DraftEdit::DismissFlag("hedging:just".into()), |d| {
                d.dismissed_flags.iter().any(|k| k == "hedging:just")
            }),
            (
                DraftEdit::Line("evidence".into(), "cut costs 12%".into()),
                |d| d.letter.general[2] == "cut costs 12%",
            ),
            (DraftEdit::NextWording("close".into()), |d| {
                d.letter.turns == "close=1"
            }),
        ];
        for (change, check) in cases {
            let state = edit(state_with(&["x", "y"]), change.clone());
            assert!(check(state.draft()), "{change:?}");
            assert_eq!(state.draft().revision, 1, "{change:?}");
            let other = state.drafts.iter().find(|d| d.id != state.current);
            assert_eq!(
                other.map(|d| d.revision),
                Some(0),
                "other draft untouched by {change:?}"
            );
            assert_eq!(state.save, SaveStatus::Pending);
        }
    }

    // Guards: the saved-revision list replaces, finds and forgets entries by draft id.
    #[test]
    fn saved_revisions_track_each_draft_once() {
        let mut saved: SavedRevisions = [("a".to_string(), 1), ("b".to_string(), 2)]
            .into_iter()
            .collect();
        saved.insert("a".into(), 5);
        assert_eq!((saved.get("a"), saved.get("b")), (Some(5), Some(2)));
        saved.remove("a");
        assert_eq!((saved.get("a"), saved.get("b")), (None, Some(2)));
    }

    // Guards: "Another wording" counts turns per section, wraps round after 60 (a
    // whole number of rounds of 3, 4 or 5 wordings), and leaves the user's own edit
    // of that section alone.
    #[test]
    fn another_wording_counts_turns_and_keeps_edits() {
        let mut draft = Draft::new("d".into(), 1);
        draft.apply(
            DraftEdit::EditSection {
                key: "close".into(),
                base: "b".into(),
                text: "mine".into(),
            },
            2,
            "tab",
        );
        for _ in 0..61 {
            draft.apply(DraftEdit::NextWording("close".into()), 3, "tab");
        }
        assert_eq!(
            draft.letter.turns, "close=1",
            "60 turns wrap round to the start"
        );
        draft.apply(DraftEdit::NextWording("thanks".into()), 4, "tab");
        assert_eq!(draft.letter.turns, "close=1 thanks=1");
        assert_eq!(draft.letter.edits["close"].text, "mine");
    }

    // Guards: drafts stored before the letter fields existed load with none, and the
    // fields round-trip through storage.
    #[test]
    fn letter_fields_round_trip_and_default() {
        let old: Draft = serde_json::from_str(r#"{"id":"a","letter":{"channel":"email"}}"#)
            .unwrap_or_else(|e| panic!("old draft: {e}"));
        assert!(old.letter.general.iter().all(String::is_empty) && old.letter.turns.is_empty());
        let mut draft = Draft::new("d".into(), 1);
        draft.apply(
            DraftEdit::Line("moment".into(), "your Leeds plan".into()),
            2,
            "t",
        );
        draft.apply(DraftEdit::NextWording("thanks".into()), 3, "t");
        let json = serde_json::to_string(&draft).unwrap_or_default();
        let back: Draft = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, draft);
    }

    // Guards: dismissing the same flag twice stores it once.
    #[test]
    fn a_flag_is_dismissed_once() {
        let mut draft = Draft::new("d".into(), 1);
        for _ in 0..2 {
            draft.apply(DraftEdit::DismissFlag("begging:please".into()), 2, "tab");
        }
        assert_eq!(draft.dismissed_flags, vec!["begging:please".to_string()]);
    }

    // Guards: unticking keeps the typed detail, so a mis-click loses nothing.
    #[test]
    fn unchecking_keeps_the_detail() {
        let state = edit(state_with(&["x"]), DraftEdit::Check("s".into(), true));
        let state = edit(
            state,
            DraftEdit::AnswerText("s".into(), AnswerPart::Detail, "the Q".into()),
        );
        let state = edit(state, DraftEdit::Check("s".into(), false));
        assert_eq!(state.draft().assessment["s"].detail, "the Q");
        assert!(!state.draft().assessment["s"].checked);
    }

    // Guards: the list title falls back sensibly.
    #[test]
    fn title_fallbacks() {
        let rows = [
            ("", "", "", "Untitled interview"),
            ("", "Acme", "", "Acme"),
            ("", "", "Analyst", "Analyst"),
            ("", "Acme", "Analyst", "Acme · Analyst"),
            ("  Mine ", "Acme", "Analyst", "Mine"),
        ];
        for (name, company, role, want) in rows {
            let mut d = Draft::new("x".into(), 0);
            d.name = name.into();
            d.facts.company = company.into();
            d.facts.role = role.into();
            assert_eq!(d.title(), want);
        }
    }

    // Guards: delete then undo restores the same draft at the same place.
    #[test]
    fn delete_and_undo() {
        let state = state_with(&["a", "b", "c"]).reduce(Action::Switch("b".into()));
        let state = state.reduce(Action::Delete {
            id: "b".into(),
            replacement_id: "n".into(),
            now: 2,
        });
        assert_eq!(
            state
                .drafts
                .iter()
                .map(|d| d.id.as_str())
                .collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert_eq!(state.current, "c");
        let state = state.reduce(Action::UndoDelete);
        assert_eq!(
            state
                .drafts
                .iter()
                .map(|d| d.id.as_str())
                .collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert_eq!(state.current, "b");
        assert!(state.deleted.is_none());
    }

    // Guards: deleting the last draft leaves a blank one instead of an empty app.
    #[test]
    fn deleting_the_last_draft_leaves_a_blank_one() {
        let state = state_with(&["a"]).reduce(Action::Delete {
            id: "a".into(),
            replacement_id: "n".into(),
            now: 2,
        });
        assert_eq!(state.drafts.len(), 1);
        assert_eq!(state.current, "n");
    }

    // Guards: duplicate copies content under a new id and name.
    #[test]
    fn duplicate_copies_content() {
        let state = edit(
            state_with(&["a"]),
            DraftEdit::Fact(FactField::Company, "Acme".into()),
        );
        let state = state.reduce(Action::Duplicate {
            source: "a".into(),
            id: "b".into(),
            now: 9,
        });
        assert_eq!(state.current, "b");
        assert_eq!(state.draft().facts.company, "Acme");
        assert_eq!(state.draft().title(), "Acme (copy)");
    }

    // Guards: the saved indicator turns back to saved only when every revision is stored.
    #[test]
    fn saved_status_follows_revisions() {
        let state = edit(state_with(&["a"]), DraftEdit::Rename("r".into()));
        assert_eq!(state.save, SaveStatus::Pending);
        let state = state.reduce(Action::Saved(vec![("a".into(), 1)]));
        assert_eq!(state.save, SaveStatus::Saved);
        let state = edit(state, DraftEdit::Rename("rr".into()));
        let state = state.reduce(Action::SaveFailed(SaveStatus::QuotaFull));
        assert_eq!(state.save, SaveStatus::QuotaFull);
        let state = edit(state, DraftEdit::Rename("rrr".into()));
        assert_eq!(
            state.save,
            SaveStatus::QuotaFull,
            "typing on does not hide it"
        );
        let state = state.reduce(Action::Saved(vec![("a".into(), 3)]));
        assert_eq!(
            state.save,
            SaveStatus::Saved,
            "a successful retry clears it"
        );
    }

    // Guards: an import that changes nothing does not leave "Saving…" behind.
    #[test]
    fn an_import_that_changes_nothing_stays_saved() {
        let state = state_with(&["a"]);
        let same = state.draft().clone();
        let state = state
            .reduce(Action::StageImport(vec![same], vec![]))
            .reduce(Action::ConfirmImport { fresh_ids: vec![] });
        assert_eq!(state.save, SaveStatus::Saved);
        assert!(
            matches!(state.notices.last(), Some(Notice::Info(l)) if l.contains("1 already here"))
        );
    }

    /// One tab of a two-tab scenario: its state and the versions it has written.
    fn tab(name: &str, drafts: Vec<Draft>) -> AppState {
        AppState::from_loaded(drafts, "fresh".into(), 1, name.into())
    }

    /// Types `text`, one key at a time, at the end of the Role field of the draft on
    /// screen.
    fn type_role(state: AppState, text: &str) -> AppState {
        text.chars().fold(state, |state, key| {
            let role = format!("{}{key}", state.draft().facts.role);
            edit(state, DraftEdit::Fact(FactField::Role, role))
        })
    }

    /// Saves every unsaved draft of `state` (as the debounced save does) and returns the
    /// versions written, which the other tab then receives as storage events.
    fn save_all(state: AppState) -> (AppState, Vec<Draft>) {
        let written: Vec<Draft> = state.unsaved().into_iter().cloned().collect();
        let revisions = written.iter().map(|d| (d.id.clone(), d.revision)).collect();
        (state.reduce(Action::Saved(revisions)), written)
    }

    fn receive(state: AppState, written: &[Draft]) -> AppState {
        written.iter().fold(state, |s, d| {
            s.reduce(Action::External(Box::new(d.clone())))
        })
    }

    fn roles(state: &AppState) -> Vec<String> {
        state.drafts.iter().map(|d| d.facts.role.clone()).collect()
    }

    // Guards: the issue's two-tab reproduction loses nothing, and each notice names a
    // copy that exists (it used to lose "cccc" and name a copy that was never made).
    #[test]
    fn two_tabs_typing_at_once_lose_nothing() {
        let start = vec![Draft::new("d".into(), 1)];
        let (a, b) = (tab("A", start.clone()), tab("B", start));
        // A types, B types before A's save arrives; A saves first, then B.
        let a = type_role(a, "aaaaaa");
        let b = type_role(b, "bb");
        let (a, from_a) = save_all(a);
        let b = receive(b, &from_a);
        let (b, from_b) = save_all(b);
        let a = receive(a, &from_b);
        // Second round: cccc in A, dd in B, B's save crosses A's.
        let a = type_role(a, "cccc");
        let b = type_role(b, "dd");
        let (a, from_a) = save_all(a);
        let (b, from_b) = save_all(b);
        let a = receive(a, &from_b);
        let b = receive(b, &from_a);
        // Settle: each writes what it still has unsaved, the other receives it.
        let (a, from_a) = save_all(a);
        let (b, from_b) = save_all(b);
        let a = receive(a, &from_b);
        let b = receive(b, &from_a);
        for (name, state) in [("A", &a), ("B", &b)] {
            let all = roles(state).join("|");
            for typed in ["aaaaaa", "bb", "cccc", "dd"] {
                assert!(all.contains(typed), "tab {name} lost {typed}: {all}");
            }
            for notice in &state.notices {
                if let Notice::Conflict { copy_title, .. } = notice {
                    assert!(
                        state.drafts.iter().any(|d| &d.title() == copy_title),
                        "tab {name} names a missing copy {copy_title}"
                    );
                }
            }
            assert!(state.drafts.len() <= 3, "tab {name}: {:?}", roles(state));
        }
        assert_eq!(
            a.drafts
                .iter()
                .map(|d| d.id.clone())
                .collect::<std::collections::BTreeSet<_>>(),
            b.drafts.iter().map(|d| d.id.clone()).collect(),
            "both tabs end with the same drafts"
        );
    }

    /// What happened, what this tab typed unsaved (if anything), the other tab's
    /// version, the roles expected here afterwards, and whether a conflict is reported.
    type ExternalCase = (
        &'static str,
        Option<&'static str>,
        Draft,
        Vec<&'static str>,
        bool,
    );

    // Guards: each row says what a tab does with another tab's version of a draft.
    #[test]
    fn external_versions_table() {
        let base = Draft::new("d".into(), 1);
        let mut typed_there = base.clone();
        typed_there.apply(DraftEdit::Fact(FactField::Role, "there".into()), 2, "B");
        let rows: Vec<ExternalCase> = vec![
            (
                "a clean tab takes a version that continues its own",
                None,
                typed_there.clone(),
                vec!["there"],
                false,
            ),
            (
                "a dirty tab keeps its text and the other version as a copy",
                Some("here"),
                typed_there.clone(),
                vec!["here", "there"],
                true,
            ),
            (
                "the same version twice changes nothing",
                None,
                base.clone(),
                vec![""],
                false,
            ),
        ];
        for (what, ours, theirs, want, notice) in rows {
            let mut state = tab("A", vec![base.clone()]);
            if let Some(text) = ours {
                state = type_role(state, text);
            }
            let state = state.reduce(Action::External(Box::new(theirs)));
            let mut got = roles(&state);
            got.sort();
            assert_eq!(got, want, "{what}");
            assert_eq!(
                state
                    .notices
                    .iter()
                    .any(|n| matches!(n, Notice::Conflict { .. })),
                notice,
                "{what}"
            );
        }
    }

    // Guards: a revision never goes backwards when a tab takes another tab's version.
    #[test]
    fn a_revision_never_goes_backwards() {
        let start = vec![Draft::new("d".into(), 1)];
        let a = type_role(tab("A", start.clone()), "aaaaaaaa");
        let b = type_role(tab("B", start), "b");
        let (_, from_b) = save_all(b);
        let a = receive(a, &from_b);
        let d = a.drafts.iter().find(|d| d.id == "d").expect("kept");
        assert_eq!(d.revision, 8, "the higher revision keeps the key");
    }

    // Guards: an import never overwrites different local work (issue 20, point 3) and
    // never drops a draft that shares an id and revision with others (point 4); the
    // preview's counts are exactly what the import does.
    #[test]
    fn import_keeps_every_version() {
        let mut local = Draft::new("job1".into(), 1);
        local.apply(
            DraftEdit::Fact(FactField::Role, "Local text typed on this laptop".into()),
            2,
            "laptop",
        );
        let variant = |role: &str| {
            let mut d = Draft::new("job1".into(), 1);
            d.facts.role = role.into();
            d.revision = 9;
            d
        };
        let incoming = vec![
            variant("From the backup"),
            variant("Second"),
            variant("Third"),
        ];
        let state = tab("laptop", vec![local]).reduce(Action::StageImport(incoming, vec![]));
        let preview = state.import_preview().expect("staged");
        assert_eq!(preview.kept_both, 3);
        assert!(!preview.preview().contains("overwritten") || preview.updated == 0);
        let state = state.reduce(Action::ConfirmImport {
            fresh_ids: vec!["i1".into(), "i2".into(), "i3".into()],
        });
        let mut got = roles(&state);
        got.sort();
        assert_eq!(
            got,
            [
                "From the backup",
                "Local text typed on this laptop",
                "Second",
                "Third"
            ]
        );
        assert!(
            matches!(state.notices.last(), Some(Notice::Info(l)) if l.contains("3 kept side by side"))
        );
    }

    // Guards: the import preview never promises "nothing is overwritten" when an
    // interview would be brought up to date.
    #[test]
    fn import_preview_says_what_it_overwrites() {
        let rows = [
            (
                MergeReport {
                    added: 1,
                    ..MergeReport::default()
                },
                true,
            ),
            (
                MergeReport {
                    updated: 1,
                    ..MergeReport::default()
                },
                false,
            ),
            (
                MergeReport {
                    kept_both: 2,
                    unchanged: 1,
                    ..MergeReport::default()
                },
                true,
            ),
        ];
        for (report, promises) in rows {
            assert_eq!(
                report.preview().contains("Nothing here is overwritten"),
                promises,
                "{report:?}"
            );
        }
    }

    // Guards: an imported opening that differs from the one here is kept as a copy.
    #[test]
    fn imported_openings_never_replace_local_ones() {
        let mine = Opening {
            id: "o".into(),
            company: "Mine".into(),
            ..Opening::default()
        };
        let theirs = Opening {
            id: "o".into(),
            company: "Theirs".into(),
            ..Opening::default()
        };
        let mut list = vec![mine.clone()];
        assert!(merge_openings(
            &mut list,
            vec![theirs, mine],
            &mut ["o2".to_string()].into_iter()
        ));
        let companies: Vec<_> = list.iter().map(|o| o.company.as_str()).collect();
        assert_eq!(companies, ["Mine", "Theirs"]);
    }

    // Guards: another tab's change is taken when this tab has nothing unsaved.
    #[test]
    fn external_update_replaces_a_clean_draft() {
        let state = state_with(&["a"]);
        let mut theirs = state.draft().clone();
        theirs.facts.company = "Theirs".into();
        theirs.revision = 3;
        let state = state.reduce(Action::External(Box::new(theirs)));
        assert_eq!(state.draft().facts.company, "Theirs");
        assert_eq!(state.drafts.len(), 1);
        assert!(state.unsaved().is_empty());
    }

    // Guards: two tabs editing the same draft keep both versions and say so.
    #[test]
    fn external_update_on_a_dirty_draft_keeps_both() {
        let state = edit(
            state_with(&["a"]),
            DraftEdit::Fact(FactField::Company, "Ours".into()),
        );
        let mut theirs = Draft::new("a".into(), 1);
        theirs.facts.company = "Theirs".into();
        theirs.revision = 1;
        let state = state.reduce(Action::External(Box::new(theirs)));
        assert_eq!(
            state.draft().facts.company,
            "Ours",
            "the screen keeps our text"
        );
        let mut companies: Vec<_> = state
            .drafts
            .iter()
            .map(|d| d.facts.company.as_str())
            .collect();
        companies.sort();
        assert_eq!(companies, ["Ours", "Theirs"]);
        assert!(matches!(
            state.notices.last(),
            Some(Notice::Conflict { .. })
        ));
    }

    // Guards: import adds, updates older copies, and never overwrites a newer local draft.
    #[test]
    fn import_merges_without_overwriting() {
        let mut local = vec![
            Draft::new("same".into(), 1),
            Draft::new("older".into(), 1),
            Draft::new("newer".into(), 1),
        ];
        local[2].revision = 9;
        local[2].updated_ms = 50;
        let mut older_incoming = local[1].clone();
        older_incoming.revision = 4;
        older_incoming.updated_ms = 10;
        let mut stale_incoming = local[2].clone();
        stale_incoming.revision = 2;
        stale_incoming.facts.company = "stale".into();
        let incoming = vec![
            local[0].clone(),
            older_incoming.clone(),
            stale_incoming,
            Draft::new("brand-new".into(), 3),
        ];
        let mut local: Vec<Rc<Draft>> = local.into_iter().map(Rc::new).collect();
        let report = merge_drafts(&mut local, incoming, &mut ["copy".to_string()].into_iter());
        assert_eq!(
            report,
            MergeReport {
                added: 1,
                updated: 1,
                kept_both: 1,
                unchanged: 1
            }
        );
        assert_eq!(*local[1], older_incoming);
        assert_eq!(local[2].revision, 9, "the newer local draft is untouched");
        assert_eq!(local.len(), 5);
    }

    // Guards: an import is only previewed until the user confirms it.
    #[test]
    fn import_is_staged_then_confirmed() {
        let state = state_with(&["a"]).reduce(Action::StageImport(
            vec![Draft::new("b".into(), 2)],
            vec![Opening {
                id: "o".into(),
                ..Opening::default()
            }],
        ));
        assert_eq!(state.drafts.len(), 1);
        assert_eq!(state.import_preview().map(|r| r.added), Some(1));
        let cancelled = state.clone().reduce(Action::CancelImport);
        assert_eq!(cancelled.drafts.len(), 1);
        assert!(cancelled.staged_import.is_none());
        let confirmed = state.reduce(Action::ConfirmImport {
            fresh_ids: vec!["n1".into(), "n2".into()],
        });
        assert_eq!(confirmed.drafts.len(), 2);
        assert_eq!(confirmed.openings.len(), 1);
        assert!(
            matches!(confirmed.notices.last(), Some(Notice::Info(line)) if line.contains("1 added"))
        );
    }

    // Guards: openings can be added, edited and removed, and their saved state tracked.
    #[test]
    fn openings_add_update_remove() {
        let state = state_with(&["a"]).reduce(Action::AddOpening("o1".into()));
        assert_eq!(state.openings.len(), 1);
        assert!(state.openings_unsaved());
        let mut changed = state.openings[0].clone();
        changed.company = "Contoso".into();
        let state = state.reduce(Action::UpdateOpening(changed));
        assert_eq!(state.openings[0].company, "Contoso");
        let state = state.reduce(Action::OpeningsSaved(2));
        assert!(!state.openings_unsaved());
        assert_eq!(state.save, SaveStatus::Saved);
        let state = state.reduce(Action::RemoveOpening("o1".into()));
        assert!(state.openings.is_empty());
        assert_eq!(state.save, SaveStatus::Pending);
    }

    // Guards: another tab's openings never drop this tab's unsaved ones.
    #[test]
    fn external_openings_merge_when_dirty() {
        let state = state_with(&["a"]).reduce(Action::AddOpening("mine".into()));
        let theirs = vec![Opening {
            id: "theirs".into(),
            ..Opening::default()
        }];
        let merged = state
            .clone()
            .reduce(Action::ExternalOpenings(theirs.clone()));
        assert_eq!(merged.openings.len(), 2);
        let clean = state
            .reduce(Action::OpeningsSaved(1))
            .reduce(Action::ExternalOpenings(theirs));
        assert_eq!(clean.openings.len(), 1);
        assert_eq!(clean.openings[0].id, "theirs");
    }

    // Guards: the sent record is stored on the draft and can be undone.
    #[test]
    fn mark_sent_and_undo() {
        let record = SentRecord {
            date: "2026-11-25".into(),
            channel: Channel::Email,
        };
        let state = edit(
            state_with(&["a"]),
            DraftEdit::MarkSent(Some(record.clone())),
        );
        assert_eq!(state.draft().sent, Some(record));
        let state = edit(state, DraftEdit::MarkSent(None));
        assert_eq!(state.draft().sent, None);
    }

    // Guards: step keys round-trip, so the data-first-step option works.
    #[test]
    fn step_keys_round_trip() {
        for step in Step::ALL {
            assert_eq!(Step::from_key(step.key()), Some(step));
        }
        assert_eq!(Step::from_key("nope"), None);
    }
}
