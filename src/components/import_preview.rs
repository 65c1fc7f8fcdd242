//! The import confirmation: what a backup file will add or replace, before anything
//! changes.

use yew::prelude::*;

/// Props of [`ImportPreview`].
#[derive(Clone, PartialEq, Properties)]
pub struct ImportPreviewProps {
    /// What the import would do, in one line.
    pub summary: String,
    /// The user confirmed the import.
    pub on_confirm: Callback<()>,
    /// The user cancelled it.
    pub on_cancel: Callback<()>,
}

/// A confirmation panel for a staged import.
#[function_component(ImportPreview)]
pub fn import_preview(props: &ImportPreviewProps) -> Html {
    // Take focus when it appears, so keyboard and screen-reader users land on the
    // question instead of wherever the file picker left them.
    let panel = use_node_ref();
    {
        let panel = panel.clone();
        use_effect_with((), move |_| {
            if let Some(panel) = panel.cast::<web_sys::HtmlElement>() {
                let _ = panel.focus();
            }
        });
    }
    html! {
        <div class="sc-notice sc-import" role="alertdialog" aria-labelledby="sc-import-title"
            aria-describedby="sc-import-summary" tabindex="-1" ref={panel}>
            <p id="sc-import-title"><strong>{ "Restore from backup?" }</strong></p>
            <p id="sc-import-summary">{ props.summary.clone() }</p>
            <div class="sc-notice-actions">
                <button type="button" class="sc-button sc-button-primary" onclick={props.on_confirm.reform(|_| ())}>{ "Import" }</button>
                <button type="button" class="sc-button" onclick={props.on_cancel.reform(|_| ())}>{ "Cancel" }</button>
            </div>
        </div>
    }
}
