//! [`use_flush_on_hide`]: nothing is lost when the tab is hidden or closed.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::{save_snapshot, Latest};
use crate::state::AppState;
use crate::storage::Store;

/// Saves at once, without waiting for the autosave's pause, when the page is hidden
/// (`visibilitychange`) or closed (`pagehide`): a closing page gets no second chance to
/// write.
#[hook]
pub fn use_flush_on_hide(state: &UseReducerHandle<AppState>, store: Rc<Store>, latest: Latest) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let flush = Rc::new(move || {
            let waiting = latest
                .borrow()
                .as_ref()
                .is_some_and(|s| !s.unsaved().is_empty() || s.openings_unsaved());
            if waiting {
                save_snapshot(&store, &latest, &dispatcher);
            }
        });
        let mut listeners = Vec::new();
        if let Some(window) = web_sys::window() {
            let on_hide = flush.clone();
            listeners.push(EventListener::new(&window, "pagehide", move |_| on_hide()));
            if let Some(document) = window.document() {
                listeners.push(EventListener::new(
                    &document,
                    "visibilitychange",
                    move |_| flush(),
                ));
            }
        }
        move || drop(listeners)
    });
}
