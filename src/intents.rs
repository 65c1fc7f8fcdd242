//! What the user can ask for, turned into [`Action`]s at the edge. New ids and times are
//! made here (from [`crate::browser`]), so the reducer stays pure and the components
//! stay data and narrow callbacks: each component gets only the intents it offers and
//! never sees [`Action`].

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{download_text, new_id, now_ms, read_file, today_iso, DownloadBlocked};
use crate::components::draft_bar::DraftIntent;
use crate::components::keep_looking::OpeningIntent;
use crate::draft::DraftEdit;
use crate::state::{Action, AppState, Notice, SaveStatus, Step};
use crate::storage::Store;

/// Every callback the root hands to its children, made once per render.
#[derive(Clone)]
pub struct Intents {
    /// Edit the current draft.
    pub on_edit: Callback<DraftEdit>,
    /// Show another step.
    pub go_to: Callback<Step>,
    /// What the drafts bar asks for.
    pub on_draft: Callback<DraftIntent>,
    /// Download a backup of every draft and opening.
    pub on_export: Callback<()>,
    /// Read a backup file the user picked and show what importing it would do.
    pub on_import: Callback<web_sys::File>,
    /// Import the backup being previewed.
    pub on_confirm_import: Callback<()>,
    /// Drop the backup being previewed.
    pub on_cancel_import: Callback<()>,
    /// Dismiss the notice at this index.
    pub on_dismiss_notice: Callback<usize>,
    /// Download the damaged values that were set aside.
    pub on_download_recovered: Callback<()>,
    /// What the keep-looking list asks for.
    pub on_opening: Callback<OpeningIntent>,
    /// Download a calendar file, given as (file name, text).
    pub on_download_calendar: Callback<(String, String)>,
}

/// A callback that dispatches the action `make` builds from its argument.
fn send<T: 'static>(
    state: &UseReducerHandle<AppState>,
    make: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |value: T| dispatcher.dispatch(make(value)))
}

/// The notice for a download the browser refused (nothing is lost: the text is still
/// on screen or in storage).
fn blocked(_: DownloadBlocked) -> Action {
    Action::Notify(Notice::Info(DownloadBlocked::MESSAGE.into()))
}

impl Intents {
    /// The intents for this render's state, writing through `store`.
    pub fn new(state: &UseReducerHandle<AppState>, store: &Rc<Store>) -> Self {
        let on_draft = {
            let (store, dispatcher) = (store.clone(), state.dispatcher());
            let current = state.current.clone();
            Callback::from(move |intent: DraftIntent| {
                let action = match intent {
                    DraftIntent::Switch(id) => Action::Switch(id),
                    DraftIntent::New => Action::NewDraft {
                        id: new_id(),
                        now: now_ms(),
                    },
                    DraftIntent::Duplicate => Action::Duplicate {
                        source: current.clone(),
                        id: new_id(),
                        now: now_ms(),
                    },
                    DraftIntent::Delete => {
                        // Deletion is the one write that is not a save: it happens at
                        // once, so a reload right after does not bring the draft back.
                        // A refusal is shown like a failed save.
                        if let Err(error) = store.remove(&current) {
                            dispatcher.dispatch(Action::SaveFailed(SaveStatus::from(error)));
                        }
                        Action::Delete {
                            id: current.clone(),
                            replacement_id: new_id(),
                            now: now_ms(),
                        }
                    }
                    DraftIntent::UndoDelete => Action::UndoDelete,
                    DraftIntent::ForgetDeleted => Action::ForgetDeleted,
                };
                dispatcher.dispatch(action);
            })
        };
        let on_export = {
            let (state, dispatcher) = (state.clone(), state.dispatcher());
            Callback::from(move |_| {
                let file = format!("second-chance-backup-{}.json", today_iso());
                let text = crate::storage::encode_backup(&state.drafts, &state.openings, now_ms());
                if let Err(error) = download_text(&file, "application/json", &text) {
                    dispatcher.dispatch(blocked(error));
                }
            })
        };
        let staged = state.staged_import.as_ref().map_or(0, Vec::len) + state.staged_openings.len();
        let on_download_recovered = {
            let (store, dispatcher) = (store.clone(), state.dispatcher());
            // Damaged values too big to move aside are still under their own keys.
            let left_in_place: Vec<String> = state
                .notices
                .iter()
                .filter_map(|n| match n {
                    Notice::Recovered {
                        recovery_key,
                        moved: false,
                        ..
                    } => Some(recovery_key.clone()),
                    _ => None,
                })
                .collect();
            Callback::from(move |_| {
                let text =
                    crate::storage::encode_recovered(&store.recovery_entries(&left_in_place));
                if let Err(error) =
                    download_text("second-chance-recovered.json", "application/json", &text)
                {
                    dispatcher.dispatch(blocked(error));
                }
            })
        };
        let on_download_calendar = {
            let dispatcher = state.dispatcher();
            Callback::from(move |(name, text): (String, String)| {
                if let Err(error) = download_text(&name, "text/calendar;charset=utf-8", &text) {
                    dispatcher.dispatch(blocked(error));
                }
            })
        };
        Intents {
            on_edit: send(state, |edit| Action::Edit(edit, now_ms())),
            go_to: send(state, Action::GoTo),
            on_draft,
            on_export,
            on_import: import(state),
            on_confirm_import: send(state, move |()| Action::ConfirmImport {
                fresh_ids: (0..staged).map(|_| new_id()).collect(),
            }),
            on_cancel_import: send(state, |()| Action::CancelImport),
            on_dismiss_notice: send(state, Action::DismissNotice),
            on_download_recovered,
            on_opening: send(state, |intent| match intent {
                OpeningIntent::Add => Action::AddOpening(new_id()),
                OpeningIntent::Update(opening) => Action::UpdateOpening(opening),
                OpeningIntent::Remove(id) => Action::RemoveOpening(id),
            }),
            on_download_calendar,
        }
    }
}

/// Reads a picked backup file and stages it, or says plainly why it cannot be imported.
/// Nothing changes until the user confirms the preview.
fn import(state: &UseReducerHandle<AppState>) -> Callback<web_sys::File> {
    let dispatcher = state.dispatcher();
    Callback::from(move |file: web_sys::File| {
        let dispatcher = dispatcher.clone();
        // Refuse absurd files before reading them into memory.
        if file.size() > crate::storage::BACKUP_LIMIT_BYTES as f64 {
            dispatcher.dispatch(Action::Notify(Notice::Info(
                "That file is too big to be a Second Chance backup (the limit is 5 MB). Nothing was changed.".into(),
            )));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let action = match read_file(&file).await {
                Err(_) => Action::Notify(Notice::Info(
                    "That file could not be read (it may have been moved or deleted). Nothing was changed.".into(),
                )),
                Ok(text) => match crate::storage::decode_backup(&text) {
                    Ok(backup) => Action::StageImport(backup.drafts, backup.openings),
                    Err(reason) => Action::Notify(Notice::Info(format!(
                        "That file could not be imported: {reason}. Nothing was changed."
                    ))),
                },
            };
            dispatcher.dispatch(action);
        });
    })
}
