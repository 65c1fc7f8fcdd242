//! Application state: the drafts, the step on screen, and the one reducer that changes
//! them.
//!
//! The reducer is pure: it never touches storage, the clock or random numbers. Effects
//! (saving, timestamps, new ids) live at the edges (`hooks/`, `browser.rs`), and `app.rs`
//! passes `now` and new ids in through the [`Action`]s, so every transition is
//! unit-tested natively. Each arm of [`AppState::reduce`] is one call to a method named
//! after its action; the rules for other tabs and imports are in [`sync`].

pub mod sync;
#[cfg(test)]
mod tests;

use std::rc::Rc;

use yew::Reducible;

use crate::domain::followup::{plan, CivilDate, Opening, Stage};
use crate::domain::pairs;
use crate::draft::{Draft, DraftEdit};
pub use sync::{merge_drafts, MergeReport};

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
    /// The step each draft was last on, as `id=step` pairs separated by spaces (step
    /// keys are single words): where a reload or a switch back returns to. Screen
    /// state, not content, so it is stored apart from the drafts and never makes a
    /// draft "changed" in another tab.
    pub steps: String,
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
            Action::Edit(edit, now) => self.edit(edit, now),
            Action::GoTo(step) => self.go_to(step),
            Action::NewDraft { id, now } => self.new_draft(id, now),
            Action::Duplicate { source, id, now } => self.duplicate(&source, id, now),
            Action::Switch(id) => self.switch(id),
            Action::Delete {
                id,
                replacement_id,
                now,
            } => self.delete(&id, replacement_id, now),
            Action::UndoDelete => self.undo_delete(),
            Action::ForgetDeleted => self.deleted = None,
            Action::Saved(revisions) => self.saved(revisions),
            Action::SaveFailed(status) => self.save = status,
            Action::External(incoming) => self.receive_external(*incoming),
            Action::ExternalDelete(id) => self.external_delete(&id),
            Action::StageImport(drafts, openings) => self.stage_import(drafts, openings),
            Action::ConfirmImport { fresh_ids } => self.confirm_import(fresh_ids),
            Action::CancelImport => self.cancel_import(),
            Action::AddOpening(id) => self.add_opening(id),
            Action::UpdateOpening(opening) => self.update_opening(opening),
            Action::RemoveOpening(id) => self.remove_opening(&id),
            Action::OpeningsSaved(revision) => self.openings_saved(revision),
            Action::ExternalOpenings(openings) => self.external_openings(openings),
            Action::Persistence(persisted) => self.persisted = persisted,
            Action::Notify(notice) => self.notices.push(notice),
            Action::DismissNotice(index) => self.dismiss_notice(index),
        }
        self.settle_status();
        self
    }

    /// [`Action::Edit`]: applies the edit to the draft on screen, stamped with this tab.
    fn edit(&mut self, edit: DraftEdit, now: u64) {
        let tab = self.tab.clone();
        if let Some(draft) = self.draft_mut() {
            draft.apply(edit, now, &tab);
        }
    }

    /// [`Action::NewDraft`]: a blank draft, shown from step 1.
    fn new_draft(&mut self, id: String, now: u64) {
        self.drafts.push(Rc::new(Draft::new(id.clone(), now)));
        self.current = id;
        self.step = Step::Interview;
    }

    /// [`Action::Duplicate`]: a copy with its own id, history and name, made current.
    fn duplicate(&mut self, source: &str, id: String, now: u64) {
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

    /// [`Action::GoTo`]: shows a step, and remembers it for the current draft. Only
    /// drafts that still exist are kept, so the list never outgrows the drafts.
    fn go_to(&mut self, step: Step) {
        self.step = step;
        self.steps = pairs::set(&self.steps, &self.current, step.key(), |id| {
            self.drafts.iter().any(|d| d.id == id)
        });
    }

    /// The step the draft with this id was last on, if it is remembered.
    pub fn remembered_step(&self, id: &str) -> Option<Step> {
        pairs::get(&self.steps, id).and_then(Step::from_key)
    }

    /// The step to open the current draft at: the check-in when its day has come (the
    /// reason the user is back), else the step it was last on, else `first` (the host
    /// page's choice), else the first step. `today` is passed in: state never reads
    /// the clock.
    pub fn opening_step(&self, first: Option<Step>, today: Option<CivilDate>) -> Step {
        let due = self.draft().sent.as_ref().is_some_and(|sent| {
            CivilDate::parse(&sent.date)
                .zip(today)
                .is_some_and(|(day, today)| {
                    plan(day, sent.channel, today).stage >= Stage::CheckInDue
                })
        });
        if due {
            return Step::Send;
        }
        self.remembered_step(&self.current)
            .or(first)
            .unwrap_or_default()
    }

    /// Whether the current draft's letter went out and its check-in day has come (or
    /// gone).
    pub fn check_in_due(&self, today: Option<CivilDate>) -> bool {
        self.draft().sent.as_ref().is_some_and(|sent| {
            CivilDate::parse(&sent.date)
                .zip(today)
                .is_some_and(|(day, today)| {
                    plan(day, sent.channel, today).stage >= Stage::CheckInDue
                })
        })
    }

    /// The steps the current draft has done, for the marks on the step bar: the facts
    /// (company and role), something ticked, a letter written (an edit or a line of
    /// the user's own) and the letter sent.
    pub fn steps_done(&self) -> Vec<Step> {
        let d = self.draft();
        let done = [
            !d.facts.company.trim().is_empty() && !d.facts.role.trim().is_empty(),
            d.assessment.values().any(|a| a.checked),
            d.sent.is_some()
                || !d.letter.edits.is_empty()
                || d.letter.general.iter().any(|l| !l.trim().is_empty())
                || d.assessment.values().any(|a| !a.line.trim().is_empty()),
            d.sent.is_some(),
        ];
        Step::ALL
            .into_iter()
            .zip(done)
            .filter_map(|(step, done)| done.then_some(step))
            .collect()
    }

    /// Makes another draft current, on the step it was last on.
    fn show(&mut self, id: String) {
        self.step = self.remembered_step(&id).unwrap_or_default();
        self.current = id;
    }

    /// [`Action::Switch`]: shows another draft, if it exists.
    fn switch(&mut self, id: String) {
        if self.drafts.iter().any(|d| d.id == id) {
            self.show(id);
        }
    }

    /// [`Action::Delete`]: removes the draft, keeping it for undo; the list is never
    /// left empty.
    fn delete(&mut self, id: &str, replacement_id: String, now: u64) {
        if let Some(index) = self.drafts.iter().position(|d| d.id == id) {
            let draft = Rc::unwrap_or_clone(self.drafts.remove(index));
            self.saved_revisions.remove(&draft.id);
            self.deleted = Some(Deleted { draft, index });
            if self.drafts.is_empty() {
                self.drafts.push(Rc::new(Draft::new(replacement_id, now)));
            }
            if self.current == id {
                let next = index.min(self.drafts.len() - 1);
                self.show(self.drafts[next].id.clone());
            }
        }
    }

    /// [`Action::UndoDelete`]: puts the last deleted draft back where it was.
    fn undo_delete(&mut self) {
        if let Some(Deleted { draft, index }) = self.deleted.take() {
            // A draft with that id may have come back from another tab meanwhile.
            if !self.drafts.iter().any(|d| d.id == draft.id) {
                self.show(draft.id.clone());
                let index = index.min(self.drafts.len());
                self.drafts.insert(index, Rc::new(draft));
            }
        }
    }

    /// [`Action::Saved`]: records what storage now holds.
    fn saved(&mut self, revisions: Vec<(String, u64)>) {
        for (id, revision) in revisions {
            self.saved_revisions.insert(id, revision);
        }
        if self.unsaved().is_empty() && !self.openings_unsaved() {
            self.save = SaveStatus::Saved;
        }
    }

    /// [`Action::AddOpening`]: a blank opening at the end of the list.
    fn add_opening(&mut self, id: String) {
        self.openings.push(Opening {
            id,
            ..Opening::default()
        });
        self.touch_openings();
    }

    /// [`Action::UpdateOpening`]: replaces the opening with the same id.
    fn update_opening(&mut self, opening: Opening) {
        if let Some(slot) = self.openings.iter_mut().find(|o| o.id == opening.id) {
            *slot = opening;
            self.touch_openings();
        }
    }

    /// [`Action::RemoveOpening`].
    fn remove_opening(&mut self, id: &str) {
        self.openings.retain(|o| o.id != id);
        self.touch_openings();
    }

    /// [`Action::OpeningsSaved`]: records what storage now holds.
    fn openings_saved(&mut self, revision: u64) {
        self.saved_openings_revision = revision;
        if self.unsaved().is_empty() && !self.openings_unsaved() {
            self.save = SaveStatus::Saved;
        }
    }

    /// [`Action::DismissNotice`]: an index past the end (a stale click) does nothing.
    fn dismiss_notice(&mut self, index: usize) {
        if index < self.notices.len() {
            self.notices.remove(index);
        }
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

    /// Whether the keep-looking list has changes not yet in storage.
    pub fn openings_unsaved(&self) -> bool {
        self.openings_revision != self.saved_openings_revision
    }

    fn touch_openings(&mut self) {
        self.openings_revision += 1;
    }
}

/// The reducer as Yew's `use_reducer` sees it: [`AppState::reduce`] on a copy of the
/// state (cheap: the drafts are shared `Rc`s).
impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).reduce(action))
    }
}
