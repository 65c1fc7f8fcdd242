//! The widget's effects, one named hook each, so `app.rs` reads as a table of contents:
//!
//! - [`use_app_state`]: the reducer, loaded from storage once;
//! - [`use_autosave`]: a debounced save after typing pauses;
//! - [`use_flush_on_hide`]: an immediate save when the page is hidden or closed;
//! - [`use_quota_retry`]: retries a save the browser refused for lack of space;
//! - [`use_other_tabs`]: what other tabs write, as actions;
//! - [`use_persistence_request`]: asks the browser to keep the drafts;
//! - [`use_remember_steps`]: stores the step each draft was left on;
//! - [`use_step_focus`]: focus on the new step's heading;
//! - [`use_deferred`]: a derived value that waits for typing to pause;
//! - [`use_tone_fix`]: the tone panel's one-click fixes and the undo of the last one.
//!
//! Every write goes through [`save_snapshot`], and the state to write is read from
//! [`Latest`], so listeners that outlive a render never save a stale copy.

pub mod use_app_state;
pub mod use_autosave;
pub mod use_deferred;
pub mod use_flush_on_hide;
pub mod use_other_tabs;
pub mod use_persistence_request;
pub mod use_quota_retry;
pub mod use_remember_steps;
pub mod use_step_focus;
pub mod use_tone_fix;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::state::AppState;
use crate::storage::Store;

pub use use_app_state::{use_app_state, use_latest};
pub use use_autosave::use_autosave;
pub use use_deferred::use_deferred;
pub use use_flush_on_hide::use_flush_on_hide;
pub use use_other_tabs::use_other_tabs;
pub use use_persistence_request::use_persistence_request;
pub use use_quota_retry::use_quota_retry;
pub use use_remember_steps::use_remember_steps;
pub use use_step_focus::use_step_focus;
pub use use_tone_fix::use_tone_fix;

/// The newest state, for timers and listeners that outlive the render that made them.
/// Holding the handle (an `Rc` of that render's state) is cheap: no copy of the drafts.
pub type Latest = Rc<RefCell<Option<UseReducerHandle<AppState>>>>;

/// Writes whatever the newest state has not yet stored, and dispatches what storage
/// answered (saved revisions, merges with other tabs' versions, a refusal).
pub fn save_snapshot(store: &Store, latest: &Latest, dispatcher: &UseReducerDispatcher<AppState>) {
    let Some(snapshot) = latest.borrow().clone() else {
        return;
    };
    for action in crate::storage::persist(store, &snapshot) {
        dispatcher.dispatch(action);
    }
}
