//! How versions of the same drafts meet: another tab's save (a storage event) and a
//! backup being imported. The rule in both cases is that nothing either side typed is
//! lost: a version that continues another replaces it, and two versions that changed at
//! once are both kept, one of them as a copy. Each [`Draft`] carries a version vector
//! (its `clock`) that tells which case applies.

use std::rc::Rc;

use super::{AppState, Notice};
use crate::domain::followup::Opening;
use crate::draft::{base36, Draft};

impl Draft {
    /// The version vector, with the edits from before vectors existed (a revision but
    /// no clock) counted under the empty tab id.
    /// Only a blank draft has an empty history: anything else without a clock (a copy,
    /// an old or hand-made backup) counts as its own history, which no other version
    /// continues unless it was edited from it.
    pub(crate) fn effective_clock(&self) -> Vec<(String, u64)> {
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
    pub(crate) fn set_clock(&mut self, mut entries: Vec<(String, u64)>, tab: &str, revision: u64) {
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
}

impl AppState {
    /// [`Action::ExternalDelete`](super::Action::ExternalDelete): another tab deleted
    /// this draft. It goes here too only when this tab holds no unsaved edits of it.
    pub(super) fn external_delete(&mut self, id: &str) {
        let clean = self
            .drafts
            .iter()
            .any(|d| d.id == id && self.saved_revisions.get(id) == Some(d.revision));
        if clean && self.drafts.len() > 1 {
            self.drafts.retain(|d| d.id != id);
            self.saved_revisions.remove(id);
            if self.current == id {
                self.current = self.drafts[0].id.clone();
            }
        }
    }

    /// [`Action::StageImport`](super::Action::StageImport): holds a backup's contents
    /// until the user has seen what importing would do.
    pub(super) fn stage_import(&mut self, drafts: Vec<Draft>, openings: Vec<Opening>) {
        self.staged_import = Some(drafts);
        self.staged_openings = openings;
    }

    /// [`Action::ConfirmImport`](super::Action::ConfirmImport): merges the staged
    /// drafts and openings with [`merge_drafts`] and [`merge_openings`], and says what
    /// it did.
    pub(super) fn confirm_import(&mut self, fresh_ids: Vec<String>) {
        let Some(incoming) = self.staged_import.take() else {
            return;
        };
        let mut fresh_ids = fresh_ids.into_iter();
        let openings = std::mem::take(&mut self.staged_openings);
        if merge_openings(&mut self.openings, openings, &mut fresh_ids) {
            self.openings_revision += 1;
        }
        let before = self.drafts.clone();
        let report = merge_drafts(&mut self.drafts, incoming, &mut fresh_ids);
        // A replaced draft may keep its revision number: mark it unsaved by identity,
        // not by revision, so it is written.
        for draft in &self.drafts {
            if !before.iter().any(|b| Rc::ptr_eq(b, draft)) {
                self.saved_revisions.remove(&draft.id);
            }
        }
        self.notices.push(Notice::Info(report.summary()));
    }

    /// [`Action::CancelImport`](super::Action::CancelImport): drops the staged backup.
    pub(super) fn cancel_import(&mut self) {
        self.staged_import = None;
        self.staged_openings.clear();
    }

    /// [`Action::ExternalOpenings`](super::Action::ExternalOpenings): takes the other
    /// tab's list unless this tab has unsaved changes; then this tab's next save wins,
    /// after merging in the openings it lacks.
    pub(super) fn external_openings(&mut self, openings: Vec<Opening>) {
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

    /// What confirming the staged import would do, without doing it: the very same
    /// merge on a copy, so the counts match what the import then does.
    pub fn import_preview(&self) -> Option<MergeReport> {
        let incoming = self.staged_import.clone()?;
        let mut ids = (0..).map(|n| format!("\u{0}preview-{n}"));
        Some(merge_drafts(&mut self.drafts.clone(), incoming, &mut ids))
    }

    /// Another tab stored `incoming`. Nothing either tab typed is lost:
    /// - a version that continues ours (see [`Draft::continues`]) is taken;
    /// - a version ours continues is older: ours is written again over it;
    /// - when both changed at once, both are kept. Every tab agrees which version keeps
    ///   the draft's place ([`Draft::outranks`]); the other becomes a copy whose id comes
    ///   from its own contents, so tabs that both keep it write one copy. When this
    ///   tab's version is the copy and was on screen, the copy is shown instead, so the
    ///   text under the user's cursor does not change.
    pub(super) fn receive_external(&mut self, incoming: Draft) {
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
pub(super) fn merge_openings(
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
