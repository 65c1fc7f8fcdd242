//! Application state: drafts, the current step, and the one reducer that changes them.
//!
//! The reducer is pure: it never touches storage, the clock or random numbers. Effects
//! (saving, timestamps, new ids) live at the edges in `app.rs`, which passes `now` and new
//! ids in through the [`Action`]s, so every transition is unit-tested natively.

use indexmap::IndexMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::domain::followup::{Opening, SentRecord};
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
    /// Bumped on every edit; lets two tabs tell whose copy is newer.
    pub revision: u64,
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

    /// Applies one edit and stamps the draft.
    fn apply(&mut self, edit: DraftEdit, now: u64) {
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
    /// Stored data could not be read; the raw value was kept under `recovery_key`.
    Recovered {
        /// Where the raw value now lives.
        recovery_key: String,
        /// What was wrong, in plain words.
        reason: String,
    },
    /// Another tab changed a draft this tab was also editing; both versions were kept.
    Conflict {
        /// Title of the copy holding the other tab's version.
        copy_title: String,
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
    /// Merge the staged drafts with [`merge_drafts`].
    ConfirmImport,
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
    /// State for the drafts read from storage; creates a blank draft when there are none.
    pub fn from_loaded(mut drafts: Vec<Draft>, fresh_id: String, now: u64) -> Self {
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
                if let Some(draft) = self.draft_mut() {
                    draft.apply(edit, now);
                    if self.save == SaveStatus::Saved {
                        self.save = SaveStatus::Pending;
                    }
                }
            }
            Action::GoTo(step) => self.step = step,
            Action::NewDraft { id, now } => {
                self.drafts.push(Rc::new(Draft::new(id.clone(), now)));
                self.current = id;
                self.step = Step::Interview;
                self.mark_pending();
            }
            Action::Duplicate { source, id, now } => {
                if let Some(original) = self.drafts.iter().find(|d| d.id == source) {
                    let mut copy = Draft::clone(original);
                    copy.name = format!("{} (copy)", original.title());
                    copy.id = id.clone();
                    copy.created_ms = now;
                    copy.updated_ms = now;
                    copy.revision = 0;
                    self.drafts.push(Rc::new(copy));
                    self.current = id;
                    self.mark_pending();
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
                    self.mark_pending();
                }
            }
            Action::UndoDelete => {
                if let Some(Deleted { draft, index }) = self.deleted.take() {
                    // A draft with that id may have come back from another tab meanwhile.
                    if !self.drafts.iter().any(|d| d.id == draft.id) {
                        self.current = draft.id.clone();
                        let index = index.min(self.drafts.len());
                        self.drafts.insert(index, Rc::new(draft));
                        self.mark_pending();
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
            Action::ConfirmImport => {
                if let Some(incoming) = self.staged_import.take() {
                    let mut added_opening = false;
                    for o in std::mem::take(&mut self.staged_openings) {
                        if !self.openings.iter().any(|mine| mine.id == o.id) {
                            self.openings.push(o);
                            added_opening = true;
                        }
                    }
                    if added_opening {
                        self.openings_revision += 1;
                    }
                    let report = merge_drafts(&mut self.drafts, incoming);
                    self.notices.push(Notice::Info(report.summary()));
                    self.mark_pending();
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
        self
    }

    /// What confirming the staged import would do, without doing it.
    pub fn import_preview(&self) -> Option<MergeReport> {
        let incoming = self.staged_import.clone()?;
        Some(merge_drafts(&mut self.drafts.clone(), incoming))
    }

    /// Whether the keep-looking list has changes not yet in storage.
    pub fn openings_unsaved(&self) -> bool {
        self.openings_revision != self.saved_openings_revision
    }

    fn touch_openings(&mut self) {
        self.openings_revision += 1;
        self.mark_pending();
    }

    fn mark_pending(&mut self) {
        if self.save == SaveStatus::Saved {
            self.save = SaveStatus::Pending;
        }
    }

    /// Another tab stored `incoming`. Take it when this tab has nothing unsaved for that
    /// draft; when both changed it, keep this tab's version and add the other as a copy,
    /// so neither change is lost.
    fn receive_external(&mut self, incoming: Draft) {
        let Some(index) = self.drafts.iter().position(|d| d.id == incoming.id) else {
            self.saved_revisions
                .insert(incoming.id.clone(), incoming.revision);
            self.drafts.push(Rc::new(incoming));
            return;
        };
        let ours = &self.drafts[index];
        if **ours == incoming {
            return;
        }
        let ours_unsaved = self.saved_revisions.get(&ours.id) != Some(ours.revision);
        if !ours_unsaved {
            self.saved_revisions
                .insert(incoming.id.clone(), incoming.revision);
            self.drafts[index] = Rc::new(incoming);
            return;
        }
        let mut copy = incoming;
        copy.name = format!("{} (from another tab)", copy.title());
        copy.id = format!("{}-tab{}", copy.id, copy.revision);
        copy.revision = 0;
        let copy_title = copy.title();
        if !self.drafts.iter().any(|d| d.id == copy.id) {
            self.drafts.push(Rc::new(copy));
        }
        self.notices.push(Notice::Conflict { copy_title });
        self.mark_pending();
    }
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Drafts that were new here.
    pub added: usize,
    /// Drafts that replaced an older version here.
    pub updated: usize,
    /// Drafts kept as copies because this browser's version is newer or differs.
    pub kept_both: usize,
    /// Identical drafts skipped.
    pub unchanged: usize,
}

impl MergeReport {
    /// One line for the user, after the import.
    pub fn summary(&self) -> String {
        format!(
            "Imported: {} added, {} updated, {} kept side by side (your version here was newer or different), {} already up to date.",
            self.added, self.updated, self.kept_both, self.unchanged
        )
    }

    /// One line for the user, before confirming.
    pub fn preview(&self) -> String {
        format!(
            "This backup will add {} interview(s) and update {} older one(s). {} will be kept side by side with your newer version here, and {} are already up to date. Nothing is overwritten.",
            self.added, self.updated, self.kept_both, self.unchanged
        )
    }
}

/// Merges imported drafts into `drafts` without ever silently overwriting: a draft
/// replaces the local one only when it is a later revision of it and the local one
/// was not edited more recently; otherwise the import is added as a copy.
pub fn merge_drafts(drafts: &mut Vec<Rc<Draft>>, incoming: Vec<Draft>) -> MergeReport {
    let mut report = MergeReport::default();
    for draft in incoming {
        match drafts.iter().position(|d| d.id == draft.id) {
            None => {
                drafts.push(Rc::new(draft));
                report.added += 1;
            }
            Some(i) if *drafts[i] == draft => report.unchanged += 1,
            Some(i)
                if draft.revision > drafts[i].revision
                    && draft.updated_ms >= drafts[i].updated_ms =>
            {
                drafts[i] = Rc::new(draft);
                report.updated += 1;
            }
            Some(_) => {
                let mut copy = draft;
                copy.name = format!("{} (imported)", copy.title());
                copy.id = format!("{}-imported{}", copy.id, copy.revision);
                if !drafts.iter().any(|d| d.id == copy.id) {
                    drafts.push(Rc::new(copy));
                    report.kept_both += 1;
                } else {
                    report.unchanged += 1;
                }
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state_with(ids: &[&str]) -> AppState {
        let drafts = ids.iter().map(|id| Draft::new(id.to_string(), 1)).collect();
        AppState::from_loaded(drafts, "fresh".into(), 1)
    }

    /// An edit and a check that it landed.
    type EditCase = (DraftEdit, fn(&Draft) -> bool);

    fn edit(state: AppState, edit: DraftEdit) -> AppState {
        state.reduce(Action::Edit(edit, 100))
    }

    // Guards: an empty store still gives the user a draft to type into.
    #[test]
    fn loading_nothing_creates_one_blank_draft() {
        let state = AppState::from_loaded(vec![], "a".into(), 5);
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

    // Guards: dismissing the same flag twice stores it once.
    #[test]
    fn a_flag_is_dismissed_once() {
        let mut draft = Draft::new("d".into(), 1);
        for _ in 0..2 {
            draft.apply(DraftEdit::DismissFlag("begging:please".into()), 2);
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
        let state = state.reduce(Action::SaveFailed(SaveStatus::QuotaFull));
        assert_eq!(state.save, SaveStatus::QuotaFull);
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
        assert_eq!(state.draft().facts.company, "Ours");
        assert_eq!(state.drafts.len(), 2);
        assert_eq!(state.drafts[1].facts.company, "Theirs");
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
        let report = merge_drafts(&mut local, incoming);
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
        let confirmed = state.reduce(Action::ConfirmImport);
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
