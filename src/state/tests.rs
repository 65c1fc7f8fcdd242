//! The reducer's and the sync rules' tests: every transition, natively.

use super::*;
use crate::domain::followup::{CivilDate, SentRecord};
use crate::domain::{Channel, InterviewFormat};
use crate::draft::{AnswerPart, FactField};
use sync::merge_openings;

fn state_with(ids: &[&str]) -> AppState {
    let drafts = ids.iter().map(|id| Draft::new(id.to_string(), 1)).collect();
    AppState::from_loaded(drafts, "fresh".into(), 1, "tab".into())
}

/// The drafts' ids, in list order.
fn ids(state: &AppState) -> Vec<&str> {
    state.drafts.iter().map(|d| d.id.as_str()).collect()
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
        (DraftEdit::OwnWeight(3), |d| {
            d.assessment["something_else"].weight == 3
        }),
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
    assert_eq!(ids(&state), ["a", "c"]);
    assert_eq!(state.current, "c");
    let state = state.reduce(Action::UndoDelete);
    assert_eq!(ids(&state), ["a", "b", "c"]);
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
    assert!(matches!(state.notices.last(), Some(Notice::Info(l)) if l.contains("1 already here")));
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

// Guards issue 19: each draft reopens on the step it was left on (after a switch, a
// delete, an undo or a reload), and the remembered steps are screen state: moving
// between steps never changes a draft.
#[test]
fn each_draft_remembers_its_step() {
    let state = state_with(&["a", "b"]).reduce(Action::Switch("a".into()));
    let before = state.draft().clone();
    let state = state.reduce(Action::GoTo(Step::Write));
    assert_eq!(state.draft(), &before, "a step is not an edit");
    let state = state.reduce(Action::Switch("b".into()));
    assert_eq!(state.step, Step::Interview, "b was never left anywhere");
    let state = state.reduce(Action::GoTo(Step::Diagnose));
    let state = state.reduce(Action::Switch("a".into()));
    assert_eq!(state.step, Step::Write);
    assert_eq!(state.steps, "a=write b=diagnose");
    // Deleting "a" shows "b" where it was left; undo brings "a" back on its step.
    let state = state.reduce(Action::Delete {
        id: "a".into(),
        replacement_id: "n".into(),
        now: 2,
    });
    assert_eq!((state.current.as_str(), state.step), ("b", Step::Diagnose));
    let state = state.reduce(Action::UndoDelete);
    assert_eq!((state.current.as_str(), state.step), ("a", Step::Write));
    // A reload reads the same text back: unknown keys and junk are ignored.
    let mut reloaded = state_with(&["a", "b"]);
    reloaded.current = "a".into();
    reloaded.steps = "junk a=write =x b=nowhere".into();
    assert_eq!(reloaded.opening_step(None, None), Step::Write);
    reloaded.current = "b".into();
    assert_eq!(
        reloaded.opening_step(Some(Step::Diagnose), None),
        Step::Diagnose
    );
    assert_eq!(reloaded.opening_step(None, None), Step::Interview);
}

// Guards issue 19: on and after the check-in day a sent draft opens at step 4,
// whatever step it was left on; before it, where it was left.
#[test]
fn a_due_check_in_opens_step_four() {
    let mut state = state_with(&["a"]).reduce(Action::GoTo(Step::Write));
    state = edit(
        state,
        DraftEdit::MarkSent(Some(SentRecord {
            date: "2026-11-27".into(),
            channel: Channel::Email,
        })),
    );
    let day = |iso: &str| CivilDate::parse(iso);
    let check_in = crate::domain::followup::plan(
        CivilDate::parse("2026-11-27").expect("a date"),
        Channel::Email,
        CivilDate::parse("2026-11-27").expect("a date"),
    )
    .check_in;
    assert_eq!(state.opening_step(None, day("2026-11-28")), Step::Write);
    assert_eq!(state.opening_step(None, Some(check_in)), Step::Send);
    assert_eq!(state.opening_step(None, day("2027-03-01")), Step::Send);
    assert!(state.check_in_due(Some(check_in)));
}

// Guards issue 19: the step bar's ticks follow what the draft holds, not the step on
// screen.
#[test]
fn done_steps_follow_the_draft() {
    let state = state_with(&["a"]);
    assert!(state.steps_done().is_empty());
    let state = edit(state, DraftEdit::Fact(FactField::Company, "Acme".into()));
    assert!(state.steps_done().is_empty(), "a role is needed too");
    let state = edit(state, DraftEdit::Fact(FactField::Role, "Analyst".into()));
    let state = edit(state, DraftEdit::Check("rambled_too_long".into(), true));
    assert_eq!(state.steps_done(), [Step::Interview, Step::Diagnose]);
    let state = edit(
        state,
        DraftEdit::Line("evidence".into(), "I cut costs".into()),
    );
    assert_eq!(state.steps_done().len(), 3);
    let state = edit(
        state,
        DraftEdit::MarkSent(Some(SentRecord {
            date: "2026-11-27".into(),
            channel: Channel::Email,
        })),
    );
    assert_eq!(state.steps_done(), Step::ALL);
}

// Guards: the remembered steps keep only drafts that exist, so the list never outgrows
// the drafts (a deleted draft's entry goes at the next step change).
#[test]
fn remembered_steps_keep_only_existing_drafts() {
    let mut state = state_with(&["a"]);
    state.steps = "gone=send a=write".into();
    let state = state.reduce(Action::GoTo(Step::Diagnose));
    assert_eq!(state.steps, "a=diagnose");
}
