//! Step 4: send the letter. Copy it (with a fallback when the clipboard is denied), open
//! it in the mail client, download it as .txt, or print / save it as PDF.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::letter::{file_name, fill_ins};
use crate::domain::Channel;
use crate::draft::Draft;

/// Props of [`SendStep`].
#[derive(Clone, PartialEq, Properties)]
pub struct SendStepProps {
    /// The draft.
    pub draft: Rc<Draft>,
    /// The letter exactly as it will be sent.
    pub text: String,
    /// The e-mail subject.
    pub subject: String,
    /// The `mailto:` link.
    pub mailto: String,
    /// Back to writing.
    pub on_back: Callback<()>,
    /// The widget is embedded in a host page (printing then uses a new window).
    #[prop_or_default]
    pub embedded: bool,
    /// What follows the exports: the follow-up plan and the keep-looking list.
    #[prop_or_default]
    pub children: Html,
    /// The check-in day has come: the plan goes first, before the exports, so the
    /// user who came back for it sees it at once.
    #[prop_or_default]
    pub plan_first: bool,
}

/// What the last copy attempt did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    Manual,
    /// The browser refused the .txt download: the text is offered selected instead.
    DownloadBlocked,
}

/// The export step.
#[function_component(SendStep)]
pub fn send_step(props: &SendStepProps) -> Html {
    let copy_state = use_state(|| CopyState::Idle);
    let manual_ref = use_node_ref();
    let channel = props.draft.letter.channel;
    let file_text = if channel == Channel::Email {
        format!("Subject: {}\n\n{}", props.subject, props.text)
    } else {
        props.text.clone()
    };

    let on_copy = {
        let copy_state = copy_state.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            let copy_state = copy_state.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::browser::copy_to_clipboard(&text).await;
                copy_state.set(if ok {
                    CopyState::Copied
                } else {
                    CopyState::Manual
                });
            });
        })
    };
    // When copying was refused, select the text so Ctrl+C / long-press copies it.
    {
        let manual_ref = manual_ref.clone();
        use_effect_with(*copy_state, move |state| {
            if matches!(state, CopyState::Manual | CopyState::DownloadBlocked) {
                if let Some(area) = manual_ref.cast::<web_sys::HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                }
            }
        });
    }
    let print_text = file_text.clone();
    let on_download = {
        let name = file_name(&props.draft.facts, channel);
        let copy_state = copy_state.clone();
        Callback::from(move |_| {
            if crate::browser::download_text(&name, "text/plain;charset=utf-8", &file_text).is_err()
            {
                copy_state.set(CopyState::DownloadBlocked);
            }
        })
    };
    let on_print = {
        let (embedded, text) = (props.embedded, print_text);
        let copy_state = copy_state.clone();
        Callback::from(move |_| {
            if !embedded {
                crate::browser::print_letter();
            } else if !crate::browser::print_in_new_window("Your letter", &text) {
                // A blocked pop-up: offer the selected text instead, like a denied copy.
                copy_state.set(CopyState::Manual);
            }
        })
    };
    // A fill-in left in the letter would go out as it is: say so before the exports.
    let gaps = fill_ins(&props.text);
    let copy_label = if channel == Channel::Phone {
        "Copy the script"
    } else {
        "Copy the letter"
    };

    html! {
        <section class="sc-panel" aria-labelledby="sc-send-title">
            <h2 id="sc-send-title" tabindex="-1">{ "Step 4: Send it" }</h2>
            <p class="sc-lead">{ "Read it once more, out loud if you can. Then send it the way that suits you." }</p>
            if props.plan_first {
                { props.children.clone() }
            }
            { gap_notice(&gaps, &props.on_back) }
            <div class="sc-export">
                <button type="button" class="sc-button sc-button-primary" onclick={on_copy}>{ copy_label }</button>
                if channel == Channel::Email {
                    <a class="sc-button" href={props.mailto.clone()} id="sc-mailto">{ "Open in your e-mail app" }</a>
                }
                <button type="button" class="sc-button" onclick={on_download}>{ "Download as .txt" }</button>
                <button type="button" class="sc-button" onclick={on_print}>{ "Print or save as PDF" }</button>
            </div>
            <p class="sc-copy-status" role="status" aria-live="polite">
                { match *copy_state {
                    CopyState::Idle => "",
                    CopyState::Copied => "Copied. Paste it into your e-mail or document.",
                    CopyState::Manual => "Your browser did not allow copying. The text below is selected: press Ctrl+C (or \u{2318}C) to copy it.",
                    CopyState::DownloadBlocked => "Your browser blocked the download. The text below is selected for you to copy instead.",
                } }
            </p>
            if matches!(*copy_state, CopyState::Manual | CopyState::DownloadBlocked) {
                <label for="sc-manual-copy" class="sc-visually-hidden">{ "The letter, selected for copying" }</label>
                <textarea id="sc-manual-copy" ref={manual_ref} readonly=true rows="12" value={props.text.clone()} />
            }
            <div class="sc-preview sc-print-letter" id="sc-final-letter">
                if channel == Channel::Email {
                    <p class="sc-preview-head"><span>{ format!("Subject: {}", props.subject) }</span></p>
                }
                <div class="sc-preview-body">{ props.text.clone() }</div>
            </div>
            if !props.plan_first {
                { props.children.clone() }
            }
            <div class="sc-actions">
                <button type="button" class="sc-button" onclick={props.on_back.reform(|_| ())}>{ "Back to the letter" }</button>
            </div>
        </section>
    }
}

/// The warning above the exports while the letter still holds a fill-in: the first
/// one, quoted, and the way back to the letter. Nothing when there is none.
fn gap_notice(gaps: &[&str], on_back: &Callback<()>) -> Html {
    let Some(first) = gaps.first() else {
        return Html::default();
    };
    let headline = if gaps.len() == 1 {
        "Your letter still has a gap in square brackets"
    } else {
        "Your letter still has gaps in square brackets"
    };
    html! {
        <div class="sc-notice sc-send-gap" role="alert">
            <p><strong>{ headline }</strong>{ format!(": {first}") }</p>
            <p>{ "Each one stands for something only you can write. Fill it in, or take it out, before you send the letter." }</p>
            <div class="sc-notice-actions">
                <button type="button" class="sc-button" onclick={on_back.reform(|_| ())}>{ "Fill it in" }</button>
            </div>
        </div>
    }
}
