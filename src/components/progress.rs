//! The journey's progress bar: the steps at the top, the current one marked.

use yew::prelude::*;

use crate::state::Step;

/// Props of [`Progress`].
#[derive(Clone, PartialEq, Properties)]
pub struct ProgressProps {
    /// The steps offered, in order.
    pub steps: Vec<Step>,
    /// The step on screen.
    pub current: Step,
    /// Called when the user picks a step.
    pub on_select: Callback<Step>,
}

/// Numbered steps; each is a button so the journey can be walked in any order.
#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    html! {
        <nav class="sc-progress" aria-label="Steps">
            <ol>
                { for props.steps.iter().map(|&step| {
                    let current = step == props.current;
                    let done = step < props.current;
                    let onclick = props.on_select.reform(move |_| step);
                    html! {
                        <li class={classes!("sc-progress-item", current.then_some("is-current"), done.then_some("is-done"))}>
                            <button type="button" {onclick}
                                aria-current={current.then_some("step")}>
                                <span class="sc-progress-number" aria-hidden="true">{ step.number() }</span>
                                <span class="sc-progress-label">{ step.label() }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
