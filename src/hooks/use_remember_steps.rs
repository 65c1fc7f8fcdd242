//! [`use_remember_steps`]: each draft reopens where the user left it.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::AppState;
use crate::storage::Store;

/// Stores the remembered steps (`AppState::steps`) whenever they change, under their
/// own key: screen state, apart from the drafts, so moving between steps never makes a
/// draft "changed" or conflicts with another tab.
#[hook]
pub fn use_remember_steps(state: &UseReducerHandle<AppState>, store: Rc<Store>) {
    // Not on the first render: the steps were just read from storage.
    let first = use_mut_ref(|| true);
    use_effect_with(state.steps.clone(), move |steps| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        // Nothing is lost if this write fails (full or blocked storage, which the
        // drafts' own saves report): the drafts then reopen at their first step.
        let _ = store.save_steps(steps);
    });
}
