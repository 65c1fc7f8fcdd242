//! The "what I wish I had said" helper: for each question the user fumbled, three short
//! prompts (the situation, what you did, the result) that the composer turns into the
//! letter's paragraph.

use yew::prelude::*;

use super::field::event_value;
use crate::domain::Answer;
use crate::state::{AnswerPart, DraftEdit};

/// Props of [`WishHelper`].
#[derive(Clone, PartialEq, Properties)]
pub struct WishHelperProps {
    /// (symptom id, question as shown, the user's answer) for each fumbled question.
    pub items: Vec<(&'static str, &'static str, Answer)>,
    /// Called with every change.
    pub on_edit: Callback<DraftEdit>,
}

/// A small form per fumbled question.
#[function_component(WishHelper)]
pub fn wish_helper(props: &WishHelperProps) -> Html {
    let parts = [
        (
            AnswerPart::Situation,
            "The situation",
            "Where were you, what was at stake?",
        ),
        (
            AnswerPart::Action,
            "What you did",
            "Your own actions, in a sentence or two.",
        ),
        (
            AnswerPart::Result,
            "The result",
            "What changed because of it? A number helps.",
        ),
    ];
    html! {
        <section class="sc-wish" aria-labelledby="sc-wish-title">
            <h3 id="sc-wish-title">{ "Say it better than in the room" }</h3>
            <p class="sc-hint">{ "For each answer that went wrong, note the example you wish you had given. The letter turns your notes into a short paragraph." }</p>
            { for props.items.iter().map(|(id, question, answer)| html! {
                <fieldset class="sc-fieldset" id={format!("sc-wish-{id}")}>
                    <legend>{ *question }
                        if !answer.detail.trim().is_empty() { <span class="sc-hint">{ format!(" \u{2014} {}", answer.detail.trim()) }</span> }
                    </legend>
                    <div class="sc-grid">
                        { for parts.iter().map(|(part, label, hint)| {
                            let field_id = format!("sc-wish-{id}-{}", match part { AnswerPart::Situation => "situation", AnswerPart::Action => "action", _ => "result" });
                            let value = match part { AnswerPart::Situation => &answer.situation, AnswerPart::Action => &answer.action, _ => &answer.result };
                            let (id, part) = (id.to_string(), *part);
                            let on_input = props.on_edit.reform(move |e: InputEvent| DraftEdit::AnswerText(id.clone(), part, event_value(&e)));
                            html! {
                                <div class="sc-field">
                                    <label for={field_id.clone()}>{ *label }</label>
                                    <p class="sc-hint" id={format!("{field_id}-hint")}>{ *hint }</p>
                                    <textarea id={field_id.clone()} rows="2" value={value.clone()} aria-describedby={format!("{field_id}-hint")} oninput={on_input} />
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            }) }
        </section>
    }
}
