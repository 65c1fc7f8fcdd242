//! Helpers shared by the browser tests: a fresh host element, mounting the widget or one
//! component with chosen props, DOM queries, localStorage, and waiting for a condition
//! by polling (never a fixed sleep).
//!
//! Each test file uses a part of the kit, so the rest is dead code there.
#![allow(dead_code)]

mod dom;
mod mount;
mod storage;

// One flat kit: `use common::*;`. A file using nothing of a module is not warned.
#[allow(unused_imports)]
pub use {dom::*, mount::*, storage::*};

use std::time::Duration;

/// How long any one thing the tests wait for may take.
pub const LIMIT: Duration = Duration::from_secs(5);

/// Polls `condition` every few milliseconds until it holds; fails after `limit`.
pub async fn wait_for(what: &str, limit: Duration, mut condition: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    while !condition() {
        if js_sys::Date::now() - start > limit.as_millis() as f64 {
            panic!("timed out waiting for: {what}");
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
}
