//! Small form helpers shared by the step components: read an input's value from an
//! event, a labelled text field, and a group of radio buttons.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The current value of the input, textarea or select that fired `event`.
pub fn event_value(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Whether the checkbox that fired `event` is now checked.
pub fn event_checked(event: &Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.checked())
        .unwrap_or(false)
}

/// A labelled single-line input of type `kind` (`text`, `email`, `date`…), with an
/// optional `autocomplete` token and a `hint` under it, tied to the field; `on_change`
/// gets the value on every keystroke. The hint goes after the input, so inputs side by
/// side line up whether or not they have one. A view function, not a component: it
/// holds no state, and a component's lifecycle code costs the download more than
/// re-rendering one input does.
pub fn text_field(
    id: &'static str,
    label: &'static str,
    value: &str,
    kind: &'static str,
    autocomplete: Option<&'static str>,
    hint: Option<&'static str>,
    on_change: Callback<String>,
) -> Html {
    let hint_id = format!("{id}-hint");
    let on_input = on_change.reform(|e: InputEvent| event_value(&e));
    html! {
        <div class="sc-field">
            <label for={id}>{ label }</label>
            <input id={id} type={kind} value={value.to_owned()} autocomplete={autocomplete}
                aria-describedby={hint.map(|_| hint_id.clone())} oninput={on_input} />
            if let Some(hint) = hint {
                <p class="sc-hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}

/// One radio button of a [`radio_group`].
pub struct Choice {
    /// The value sent on change, and the end of the button's id.
    pub key: &'static str,
    /// What the user reads.
    pub label: &'static str,
    /// Whether it is the current choice.
    pub checked: bool,
    /// A quiet note after the label (" (recommended)").
    pub note: Option<&'static str>,
}

/// A fieldset of radio buttons named `sc-{name}`, each with the id `sc-{name}-{key}`;
/// `on_change` gets the change event of the button chosen. (A `Vec`, not an iterator:
/// one copy of this code in the download, not one per caller.)
pub fn radio_group(
    name: &str,
    legend: &'static str,
    choices: Vec<Choice>,
    on_change: &Callback<Event>,
) -> Html {
    let group = format!("sc-{name}");
    html! {
        <fieldset class="sc-fieldset sc-radios">
            <legend>{ legend }</legend>
            { for choices.into_iter().map(|c| {
                let id = format!("{group}-{}", c.key);
                html! {
                    <label class="sc-radio" for={id.clone()}>
                        <input type="radio" name={group.clone()} id={id} value={c.key}
                            checked={c.checked} onchange={on_change.clone()} />
                        { c.label }
                        if let Some(note) = c.note { <span class="sc-recommended">{ note }</span> }
                    </label>
                }
            }) }
        </fieldset>
    }
}
