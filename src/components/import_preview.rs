//! The import confirmation: what a backup file will add or replace, before anything
//! changes.

use yew::prelude::*;

/// Takes focus for the panel at `panel` when it appears (`open` turns true), so
/// keyboard and screen-reader users land on the question instead of wherever the file
/// picker left them.
#[hook]
pub fn use_import_focus(open: bool, panel: NodeRef) {
    use_effect_with(open, move |open| {
        if *open {
            if let Some(panel) = panel.cast::<web_sys::HtmlElement>() {
                let _ = panel.focus();
            }
        }
    });
}

/// A confirmation panel for a staged import: `summary` says what the import would do,
/// in one line; `panel` is the node [`use_import_focus`] focuses. A view function, not a
/// component (see `field::text_field`): its one effect lives in that hook.
pub fn import_preview(
    summary: String,
    on_confirm: &Callback<()>,
    on_cancel: &Callback<()>,
    panel: NodeRef,
) -> Html {
    html! {
        <div class="sc-notice sc-import" role="alertdialog" aria-labelledby="sc-import-title"
            aria-describedby="sc-import-summary" tabindex="-1" ref={panel}>
            <p id="sc-import-title"><strong>{ "Restore from backup?" }</strong></p>
            <p id="sc-import-summary">{ summary }</p>
            <div class="sc-notice-actions">
                <button type="button" class="sc-button sc-button-primary" onclick={on_confirm.reform(|_| ())}>{ "Import" }</button>
                <button type="button" class="sc-button" onclick={on_cancel.reform(|_| ())}>{ "Cancel" }</button>
            </div>
        </div>
    }
}
