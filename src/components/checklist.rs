//! The live checklist beside the preview: each of the article's moves, done or not
//! yet, with one line of why, for the letter as the user edited it. A plain view
//! function rather than a component: it holds no state, the Write step already
//! memoises the checks, and a component of its own would add its lifecycle code to the
//! download.

use yew::prelude::*;

use crate::domain::letter::checklist::Check;

/// The checklist panel for `checks`, in the article's order.
pub fn checklist(checks: &[Check]) -> Html {
    let done = checks.iter().filter(|c| c.done).count();
    html! {
        <section class="sc-checklist" aria-labelledby="sc-checklist-title">
            <h3 id="sc-checklist-title">{ format!("Checklist: {done} of {}", checks.len()) }</h3>
            <ul>
            { for checks.iter().map(|c| html! {
                <li class={if c.done { "is-done" } else { "is-todo" }}>
                    <span class="sc-check-mark" aria-hidden="true">{ if c.done { "\u{2713}" } else { "\u{25cb}" } }</span>
                    <span class="sc-visually-hidden">{ if c.done { "Done: " } else { "Not yet: " } }</span>
                    <strong>{ c.label }</strong>{ " \u{2014} " }{ c.why.clone() }
                </li>
            }) }
            </ul>
        </section>
    }
}
