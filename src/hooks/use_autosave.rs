//! [`use_autosave`]: saves once typing pauses.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::{save_snapshot, Latest};
use crate::state::AppState;
use crate::storage::Store;

/// How long typing must pause before a save; a hidden page saves at once
/// ([`use_flush_on_hide`](super::use_flush_on_hide)).
pub const SAVE_DEBOUNCE_MS: u32 = 400;

/// Saves [`SAVE_DEBOUNCE_MS`] after the last change of any draft or of the openings:
/// every change restarts the timer, and nothing is scheduled while all is saved.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>, store: Rc<Store>, latest: Latest) {
    let dispatcher = state.dispatcher();
    // What is waiting: each unsaved draft's revision and the openings' revision.
    let pending: (Vec<(String, u64)>, u64) = (
        state
            .unsaved()
            .iter()
            .map(|d| (d.id.clone(), d.revision))
            .collect(),
        state.openings_revision,
    );
    let openings_dirty = state.openings_unsaved();
    use_effect_with(pending, move |pending| {
        let timer = (!pending.0.is_empty() || openings_dirty).then(|| {
            Timeout::new(SAVE_DEBOUNCE_MS, move || {
                save_snapshot(&store, &latest, &dispatcher)
            })
        });
        move || drop(timer)
    });
}
