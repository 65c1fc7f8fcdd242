//! [`use_step_focus`]: a new step starts where a reader starts.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::Step;

/// When the user moves to another step, puts keyboard and screen-reader focus on its
/// heading (the first `h2` inside `step_ref`), so they start reading at the top of the
/// new step. Not on the first render: an embedded widget must never steal focus from
/// its host page.
#[hook]
pub fn use_step_focus(step: Step, step_ref: NodeRef) {
    let first = use_mut_ref(|| true);
    use_effect_with(step, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        let heading = step_ref
            .cast::<web_sys::Element>()
            .and_then(|el| el.query_selector("h2").ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
}
