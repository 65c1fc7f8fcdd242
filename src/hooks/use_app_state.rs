//! [`use_app_state`]: the reducer, loaded from storage on the first render; and
//! [`use_latest`], the newest state for effects that outlive a render.

use std::rc::Rc;

use yew::prelude::*;

use super::Latest;
use crate::browser::{new_id, now_ms, today_iso};
use crate::domain::followup::CivilDate;
use crate::state::{AppState, Notice, SaveStatus, Step};
use crate::storage::Store;

/// The widget's state, read from `store` once: the drafts (a blank one when there are
/// none), the keep-looking list, whether storage works at all, and a notice for every
/// damaged value that was set aside. Opens where the user left the draft they edited
/// last (see [`AppState::opening_step`]); `first_step` is the host page's choice for a
/// draft with no remembered step.
#[hook]
pub fn use_app_state(store: Rc<Store>, first_step: Option<Step>) -> UseReducerHandle<AppState> {
    use_reducer(move || {
        let loaded = store.load();
        let (openings, openings_damage) = store.load_openings();
        let mut state = AppState::from_loaded(loaded.drafts, new_id(), now_ms(), new_id());
        state.openings = openings;
        state.steps = store.load_steps();
        let today = CivilDate::parse(&today_iso());
        state.step = state.opening_step(first_step, today);
        if !loaded.available {
            state.save = SaveStatus::Unavailable;
        }
        for r in loaded.recovered.into_iter().chain(openings_damage) {
            state.notices.push(Notice::Recovered {
                recovery_key: r.key,
                reason: r.reason.to_string(),
                moved: r.moved,
            });
        }
        state
    })
}

/// A cell that always holds this render's state handle, for the save timer, the
/// page-hide flush and the quota retry.
#[hook]
pub fn use_latest(state: &UseReducerHandle<AppState>) -> Latest {
    let latest: Latest = use_mut_ref(|| None);
    *latest.borrow_mut() = Some(state.clone());
    latest
}
