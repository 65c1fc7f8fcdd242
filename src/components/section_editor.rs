//! One editable part of the letter. Shows whether the user edited it, lets them reset it
//! to the suggestion, and, when the suggestion changed under their edit, shows both and
//! lets them choose.
//!
//! A section can hold a huge paste, and it renders on every keystroke typed into it, so
//! nothing here copies or scans its whole text per render: the view is shared, the rows
//! count stops at the most the text area shows, and "Keep my text" is built only while
//! it is offered. The text area stays a controlled one: on each render Yew reads its
//! value back from the page to compare (about 3 ms with 1 MB in it, in a profile here);
//! writing it only when it differs from what was typed would save that but cost about
//! 0.9 KB of gzipped wasm, too much next to the browser's own 35 ms or so per key.

use std::rc::Rc;

use yew::prelude::*;

use super::field::event_value;
use crate::draft::DraftEdit;
use crate::letter_view::SectionView;

/// The text area never grows beyond this many rows; longer text scrolls inside it.
const MAX_ROWS: usize = 30;

/// What a [`section_editor`] edits.
pub struct SectionEditor<'a> {
    /// The section's stable key (storage and element ids).
    pub key_name: &'a str,
    /// The visible label.
    pub label: &'a str,
    /// The section's suggestion, text and edit state. Shared, not copied: a section can
    /// hold a huge paste, and the "Keep my text" choice holds on to it.
    pub view: Rc<SectionView>,
    /// Text area height.
    pub rows: u32,
    /// Called with every change.
    pub on_edit: &'a Callback<DraftEdit>,
    /// Asks for another wording of the suggestion; `None` when the part has only one.
    pub on_another: Option<Callback<()>>,
}

/// Rows for `text`: one per line plus one to type into, between `min` and
/// [`MAX_ROWS`]. Counts at most [`MAX_ROWS`] lines, so a huge text costs no more
/// than a long one.
pub fn rows_for(text: &str, min: u32) -> u32 {
    (text.lines().take(MAX_ROWS).count() as u32 + 1).clamp(min, MAX_ROWS as u32)
}

/// A labelled text area for one section. A plain view function rather than a
/// component: it holds no state, and each component costs about 0.6 KB of the download.
pub fn section_editor(props: SectionEditor) -> Html {
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
    // Only offered during a conflict; built then, so no other render copies the text.
    let keep_mine = view.changed_underneath.then(|| {
        let view = view.clone();
        props.on_edit.reform(move |_| DraftEdit::EditSection {
            key: key.clone(),
            base: view.suggested.clone(),
            text: view.text.clone(),
        })
    });
    let rows = rows_for(&view.text, props.rows);
    html! {
        <div class={classes!("sc-field", "sc-section", view.edited.then_some("is-edited"))} id={format!("{id}-wrap")}>
            <div class="sc-section-head">
                <label for={id.clone()}>{ props.label }</label>
                if let (false, Some(on_another)) = (view.edited, &props.on_another) {
                    <button type="button" class="sc-button sc-button-quiet" onclick={on_another.reform(|_| ())}
                        aria-label={format!("Another wording for {}", props.label)}>{ "Another wording" }</button>
                }
                if view.edited {
                    <span class="sc-edited">{ "edited by you" }</span>
                    <button type="button" class="sc-button sc-button-quiet" onclick={reset.clone()}>{ "Reset to suggestion" }</button>
                }
            </div>
            if let Some(keep_mine) = keep_mine {
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

#[cfg(test)]
mod tests {
    use super::*;

    // Guards: the text area grows with the text between its minimum and 30 rows, and a
    // huge text gets the same 30 rows as any long one.
    #[test]
    fn rows_follow_the_text_within_bounds() {
        assert_eq!(rows_for("", 3), 3);
        assert_eq!(rows_for("one\ntwo\nthree\nfour", 3), 5);
        assert_eq!(rows_for(&"line\n".repeat(29), 3), 30);
        assert_eq!(rows_for(&"line\n".repeat(200_000), 3), 30);
        assert_eq!(rows_for("short", 18), 18);
    }
}
