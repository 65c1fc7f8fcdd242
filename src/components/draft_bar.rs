//! The drafts bar: one draft per interview. Switch, create, rename, duplicate, delete
//! with undo, and the saved indicator.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::field::event_value;
use crate::draft::{Draft, DraftEdit};
use crate::state::SaveStatus;

/// What the drafts bar can ask for: the bar's whole vocabulary, and nothing else. The
/// root turns each into an action, filling in new ids and times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftIntent {
    /// Show the draft with this id.
    Switch(String),
    /// Start a new blank draft.
    New,
    /// Copy the current draft.
    Duplicate,
    /// Delete the current draft (it can be undone).
    Delete,
    /// Bring back the draft deleted last.
    UndoDelete,
    /// Withdraw the offer to undo.
    ForgetDeleted,
}

/// Props of [`DraftBar`].
#[derive(Clone, PartialEq, Properties)]
pub struct DraftBarProps {
    /// All drafts.
    pub drafts: Vec<Rc<Draft>>,
    /// The current draft's id.
    pub current: String,
    /// Persistence state, for the indicator.
    pub save: SaveStatus,
    /// Whether the browser promised to keep the drafts (`None`: it cannot say).
    pub persisted: Option<bool>,
    /// Title of the draft that can still be restored, if any.
    pub can_undo: Option<String>,
    /// What the user asks of the list of drafts.
    pub on_intent: Callback<DraftIntent>,
    /// Called with edits of the current draft (rename).
    pub on_edit: Callback<DraftEdit>,
    /// Called when the user asks for a backup file.
    pub on_export: Callback<()>,
    /// Called with the text of a backup file the user picked.
    pub on_import: Callback<web_sys::File>,
}

/// A short local date-time for the list ("25 Nov, 19:04").
fn when(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    crate::browser::local_day(&date).short_label(date.get_hours(), date.get_minutes())
}

fn status_text(save: &SaveStatus) -> &'static str {
    match save {
        SaveStatus::Saved => "All changes saved in this browser.",
        SaveStatus::Pending => "Saving\u{2026}",
        SaveStatus::QuotaFull => "Browser storage is full: your changes are kept only while this page is open. Download a backup now.",
        SaveStatus::Unavailable => "This browser is not letting the page save (private mode or blocked storage): your changes are kept only while this page is open. Download a backup before you leave.",
    }
}

/// Closes the "⋯" menu and puts focus back on its button, so a keyboard user is not
/// dropped to the top of the page when the focused item disappears.
fn close(menu: &NodeRef) {
    let Some(menu) = menu.cast::<web_sys::Element>() else {
        return;
    };
    if menu.has_attribute("open") {
        let _ = menu.remove_attribute("open");
        let summary = menu
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(summary) = summary {
            let _ = summary.focus();
        }
    }
}

/// The bar above the steps.
#[function_component(DraftBar)]
pub fn draft_bar(props: &DraftBarProps) -> Html {
    let renaming = use_state(|| false);
    let current = props
        .drafts
        .iter()
        .find(|d| d.id == props.current)
        .cloned()
        .unwrap_or_default();

    let on_switch = props
        .on_intent
        .reform(|e: Event| DraftIntent::Switch(event_value(&e)));
    let intent = |intent: DraftIntent| props.on_intent.reform(move |_| intent.clone());
    let toggle_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_: ()| renaming.set(!*renaming))
    };
    let on_rename = props
        .on_edit
        .reform(|e: InputEvent| DraftEdit::Rename(event_value(&e)));
    let menu = use_node_ref();
    let on_import = {
        let on_import = props.on_import.clone();
        let menu = menu.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if let Some(file) = input.files().and_then(|files| files.get(0)) {
                    // Closed, so the open menu does not cover the import preview.
                    close(&menu);
                    on_import.emit(file);
                }
                // Clear it so picking the same file again fires another change.
                input.set_value("");
            }
        })
    };
    let problem = matches!(props.save, SaveStatus::QuotaFull | SaveStatus::Unavailable);
    // A chosen action closes the menu, and so does Escape; picking a backup file closes
    // it once a file is chosen (the file input lives in the menu).
    let close_menu = {
        let menu = menu.clone();
        Callback::from(move |e: MouseEvent| {
            let on_button = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|t| t.tag_name() == "BUTTON");
            if on_button {
                close(&menu);
            }
        })
    };
    let on_menu_key = {
        let menu = menu.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close(&menu);
            }
        })
    };

    html! {
        <section class="sc-drafts" aria-label="Your interviews">
            <div class="sc-drafts-row">
                <label for="sc-draft-select" class="sc-drafts-label">{ "Interview" }</label>
                <select id="sc-draft-select" onchange={on_switch}>
                    { for props.drafts.iter().map(|d| html! {
                        <option value={d.id.clone()} selected={d.id == props.current}>
                            { format!("{}{} \u{2014} edited {}", d.title(),
                                if d.facts.interview_date.is_empty() { String::new() } else { format!(" ({})", d.facts.interview_date) },
                                when(d.updated_ms)) }
                        </option>
                    }) }
                </select>
                // The rarer actions, Delete among them, wait in one menu: the first
                // screen of a phone is for the step, not for managing drafts.
                <details class="sc-menu" ref={menu.clone()} onkeydown={on_menu_key}>
                    <summary aria-label="More: new, rename, duplicate, back up, restore or delete">{ "\u{22ef}" }</summary>
                    <div class="sc-drafts-buttons sc-menu-items" onclick={close_menu}>
                        <button type="button" class="sc-button" onclick={intent(DraftIntent::New)}>{ "New" }</button>
                        <button type="button" class="sc-button" onclick={toggle_rename.reform(|_| ())}
                            aria-expanded={(*renaming).to_string()} aria-controls="sc-rename">{ "Rename" }</button>
                        <button type="button" class="sc-button" onclick={intent(DraftIntent::Duplicate)}>{ "Duplicate" }</button>
                        <button type="button" class="sc-button" onclick={props.on_export.reform(|_| ())}>{ "Back up" }</button>
                        <label class="sc-button sc-file-button">
                            { "Restore\u{2026}" }
                            <input type="file" accept="application/json,.json" class="sc-visually-hidden" onchange={on_import} />
                        </label>
                        <button type="button" class="sc-button" onclick={intent(DraftIntent::Delete)}>{ "Delete" }</button>
                    </div>
                </details>
            </div>
            if *renaming {
                <div class="sc-field sc-rename" id="sc-rename">
                    <label for="sc-rename-input">{ "Name of this interview" }</label>
                    <input id="sc-rename-input" value={current.name.clone()} placeholder={current.title()} oninput={on_rename}
                        onkeydown={ let t = toggle_rename.clone(); move |e: KeyboardEvent| if e.key() == "Enter" { t.emit(()) } } />
                </div>
            }
            <p class={classes!("sc-save", problem.then_some("is-problem"))} role="status" aria-live="polite" id="sc-save-status">
                { status_text(&props.save) }
                if props.persisted == Some(false) && props.save == SaveStatus::Saved {
                    <span class="sc-evict">{ " The browser may clear them if space runs low, so keep a backup." }</span>
                }
            </p>
            if problem {
                // The status asks for a backup: the button is here, not in the menu.
                <button type="button" class="sc-button" onclick={props.on_export.reform(|_| ())}>{ "Download a backup" }</button>
            }
            if let Some(title) = &props.can_undo {
                <div class="sc-undo" role="status">
                    <span>{ format!("Deleted \u{201c}{title}\u{201d}.") }</span>
                    <button type="button" class="sc-button" onclick={intent(DraftIntent::UndoDelete)}>{ "Undo" }</button>
                    <button type="button" class="sc-button sc-button-quiet" onclick={intent(DraftIntent::ForgetDeleted)}>{ "Dismiss" }</button>
                </div>
            }
        </section>
    }
}
