//! [`use_deferred`]: a value that follows its input at once while that is cheap, and
//! only once the input has stopped changing while it is not.
//!
//! Made for derived views that cost more than a keystroke can afford: the Write step
//! hands a huge letter's text through it, so the preview and the tone check are
//! recomputed once typing pauses instead of on every key, while the editor itself (and
//! the draft, and its save) still receive every keystroke at once.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// The hook's memory across renders.
struct Follow<S, T> {
    /// The scope of the values below (`None` before the first render).
    scope: Option<S>,
    /// The newest input seen.
    seen: T,
    /// The value on show while deferring.
    settled: T,
    /// The wait for `seen` to settle; dropping it cancels the wait.
    wait: Option<Timeout>,
}

/// Follows `value`: while `defer` is false it is returned as it is, on the same render
/// (nothing changes for callers below their threshold); while `defer` is true, the
/// returned value moves to the newest input only once the input has stayed the same for
/// `delay_ms` milliseconds, and the component then renders again by itself.
///
/// Every change of the input restarts the wait (a debounce), so a burst of keystrokes
/// costs one recomputation of whatever is derived from the result, after the burst.
/// Renders that do not change the input (the hook's own re-render, a parent's unrelated
/// change) neither restart nor cancel the wait. Only changes within one `scope` are
/// deferred: a new scope (say, another draft) is followed at once, so the view never
/// shows the previous one's value. Inputs are compared with `==` on every render: use
/// types that compare cheaply (an `Rc<str>` compares its pointer first). Unmounting
/// cancels a pending wait.
#[hook]
pub fn use_deferred<S, T>(scope: S, value: T, defer: bool, delay_ms: u32) -> T
where
    S: PartialEq + 'static,
    T: Clone + PartialEq + 'static,
{
    let rerender = use_force_update();
    let follow = use_mut_ref(|| Follow {
        scope: None,
        seen: value.clone(),
        settled: value.clone(),
        wait: None,
    });
    let mut state = follow.borrow_mut();
    let scope = Some(scope);
    if !defer || state.scope != scope {
        // Live: remember the input, so that when deferring starts (a paste pushes the
        // letter over its threshold) the view keeps showing the latest live value
        // rather than one from before, and drop any wait.
        state.scope = scope;
        state.seen = value.clone();
        state.settled = value.clone();
        state.wait = None;
        return value;
    }
    if state.seen != value {
        // The timer is started here, in the render, rather than in an effect: a function
        // component renders once per update, so this runs once per new input, and an
        // effect cost about 0.2 KB more of gzipped wasm. It holds the state weakly, so
        // the wait ends with the component (the state, and this timer in it, are
        // dropped).
        state.seen = value;
        let follow = Rc::downgrade(&follow);
        // Replacing the previous wait drops (cancels) it: that is the debounce.
        state.wait = Some(Timeout::new(delay_ms, move || {
            let Some(follow) = follow.upgrade() else {
                return;
            };
            let mut state = follow.borrow_mut();
            state.settled = state.seen.clone();
            state.wait = None;
            drop(state);
            rerender.force_update();
        }));
    }
    state.settled.clone()
}
