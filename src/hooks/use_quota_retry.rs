//! [`use_quota_retry`]: a save refused for lack of space is tried again by itself.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::{save_snapshot, Latest};
use crate::state::{AppState, SaveStatus};
use crate::storage::Store;

/// The first wait before retrying a save the browser refused for lack of space, and the
/// longest: each failed retry doubles the wait up to the cap.
const QUOTA_RETRY_MS: (u32, u32) = (1_000, 30_000);

/// While storage is full, retries the save without waiting for a keystroke: when
/// another tab writes or removes something (it may have freed space), when the page
/// gets focus back (the user may have cleared space elsewhere), and on a back-off timer.
/// The status clears itself through the `Saved` action once a retry succeeds.
#[hook]
pub fn use_quota_retry(state: &UseReducerHandle<AppState>, store: Rc<Store>, latest: Latest) {
    let dispatcher = state.dispatcher();
    use_effect_with(state.save == SaveStatus::QuotaFull, move |full| {
        let mut listeners = Vec::new();
        let timer: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
        if *full {
            let retry = Rc::new(move || save_snapshot(&store, &latest, &dispatcher));
            if let Some(window) = web_sys::window() {
                for event in ["storage", "focus"] {
                    let retry = retry.clone();
                    listeners.push(EventListener::new(&window, event, move |_| retry()));
                }
            }
            schedule_retry(timer.clone(), retry, QUOTA_RETRY_MS.0);
        }
        move || {
            drop(listeners);
            timer.borrow_mut().take();
        }
    });
}

/// Runs `retry` after `wait_ms`, then again after twice as long, up to the cap, for as
/// long as `slot` holds the timer (the effect's clean-up empties it).
fn schedule_retry(slot: Rc<RefCell<Option<Timeout>>>, retry: Rc<dyn Fn()>, wait_ms: u32) {
    let next = slot.clone();
    let timeout = Timeout::new(wait_ms, move || {
        retry();
        if next.borrow().is_some() {
            let wait = (wait_ms * 2).min(QUOTA_RETRY_MS.1);
            schedule_retry(next.clone(), retry, wait);
        }
    });
    *slot.borrow_mut() = Some(timeout);
}
