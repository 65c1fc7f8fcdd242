//! [`use_persistence_request`]: asks the browser to keep the drafts.

use yew::prelude::*;

use crate::state::{Action, AppState};

/// Once, on mounting: asks the browser not to clear this site's storage under
/// pressure (`navigator.storage.persist()`), and records its answer, which the drafts
/// bar turns into advice to keep a backup.
#[hook]
pub fn use_persistence_request(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        wasm_bindgen_futures::spawn_local(async move {
            let persisted = crate::storage::request_persistence().await;
            dispatcher.dispatch(Action::Persistence(persisted));
        });
    });
}
