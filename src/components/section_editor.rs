//! One editable part of the letter. Shows whether the user edited it, lets them reset it
//! to the suggestion, and, when the suggestion changed under their edit, shows both and
//! lets them choose.

use yew::prelude::*;

use super::field::event_value;
use crate::letter_view::SectionView;
use crate::state::DraftEdit;

/// Props of [`SectionEditor`].
#[derive(Clone, PartialEq, Properties)]
pub struct SectionEditorProps {
    /// The section's stable key (storage and element ids).
    pub key_name: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The section's suggestion, text and edit state.
    pub view: SectionView,
    /// Text area height.
    pub rows: u32,
    /// Called with every change.
    pub on_edit: Callback<DraftEdit>,
}

/// A labelled text area for one section.
#[function_component(SectionEditor)]
pub fn section_editor(props: &SectionEditorProps) -> Html {
    let key = props.key_name.to_string();
    let id = format!("sc-section-{key}");
    let view = &props.view;
    // Keep the base the edit started from, so an open conflict stays visible while the
    // user types, until they choose.
    let on_input = {
        let key = key.clone();
        let base = view
            .edit_base
            .clone()
            .unwrap_or_else(|| view.suggested.clone());
        props
            .on_edit
            .reform(move |e: InputEvent| DraftEdit::EditSection {
                key: key.clone(),
                base: base.clone(),
                text: event_value(&e),
            })
    };
    let reset = props.on_edit.reform({
        let key = key.clone();
        move |_| DraftEdit::RevertSection(key.clone())
    });
    let keep_mine = props.on_edit.reform({
        let key = key.clone();
        let base = view.suggested.clone();
        let text = view.text.clone();
        move |_| DraftEdit::EditSection {
            key: key.clone(),
            base: base.clone(),
            text: text.clone(),
        }
    });
    let rows = (view.text.lines().count() as u32 + 1).clamp(props.rows, 30);
    html! {
        <div class={classes!("sc-field", "sc-section", view.edited.then_some("is-edited"))} id={format!("{id}-wrap")}>
            <div class="sc-section-head">
                <label for={id.clone()}>{ props.label.clone() }</label>
                if view.edited {
                    <span class="sc-edited">{ "edited by you" }</span>
                    <button type="button" class="sc-button sc-button-quiet" onclick={reset.clone()}>{ "Reset to suggestion" }</button>
                }
            </div>
            if view.changed_underneath {
                <div class="sc-conflict" role="group" aria-label={format!("{}: a new suggestion", props.label)}>
                    <p>{ "Your report changed, so the suggestion for this part changed too. Your text is kept below. The new suggestion:" }</p>
                    <blockquote class="sc-suggestion">{ view.suggested.clone() }</blockquote>
                    <div class="sc-notice-actions">
                        <button type="button" class="sc-button" onclick={reset}>{ "Use the new suggestion" }</button>
                        <button type="button" class="sc-button" onclick={keep_mine}>{ "Keep my text" }</button>
                    </div>
                </div>
            }
            <textarea id={id} rows={rows.to_string()} value={view.text.clone()} oninput={on_input} spellcheck="true" />
        </div>
    }
}
