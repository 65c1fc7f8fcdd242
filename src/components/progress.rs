//! The journey's progress bar: the steps at the top, the current one marked, the done
//! ones ticked.

use yew::prelude::*;

use crate::state::Step;

/// Numbered steps; each is a button so the journey can be walked in any order.
/// `current` is on screen, `done` are ticked, `on_select` gets the step picked. A view
/// function, not a component: it holds no state (see `notices`).
pub fn progress(steps: &[Step], current: Step, done: &[Step], on_select: &Callback<Step>) -> Html {
    html! {
        <nav class="sc-progress" aria-label="Steps">
            <ol>
                { for steps.iter().map(|&step| {
                    let is_current = step == current;
                    let is_done = done.contains(&step);
                    let onclick = on_select.reform(move |_| step);
                    html! {
                        <li class={classes!("sc-progress-item", is_current.then_some("is-current"), is_done.then_some("is-done"))}>
                            <button type="button" {onclick}
                                aria-current={is_current.then_some("step")}>
                                <span class="sc-progress-number" aria-hidden="true">
                                    { if is_done && !is_current { "\u{2713}".to_owned() } else { step.number().to_string() } }
                                </span>
                                <span class="sc-progress-label">{ step.label() }</span>
                                if is_done {
                                    <span class="sc-visually-hidden">{ " (done)" }</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
