//! [`use_other_tabs`]: what other tabs of the same widget write, as actions.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::storage::{Change, Store};

/// Listens for the `storage` event (fired in every other tab of the same origin when
/// one tab writes) and turns each change in this widget's namespace into an action:
/// a draft saved, a draft deleted, the openings list saved. The reducer then merges it
/// without losing what this tab typed (see `state::sync`).
#[hook]
pub fn use_other_tabs(state: &UseReducerHandle<AppState>, store: Rc<Store>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                let action = match store.interpret_change(event.key(), event.new_value()) {
                    Some(Change::Draft(draft)) => Action::External(draft),
                    Some(Change::Deleted(id)) => Action::ExternalDelete(id),
                    Some(Change::Openings(list)) => Action::ExternalOpenings(list),
                    None => return,
                };
                dispatcher.dispatch(action);
            })
        });
        move || drop(listener)
    });
}
