//! Messages about the user's data: recovered values, two-tab conflicts, imports.

use yew::prelude::*;

use crate::state::Notice;

/// Props of [`Notices`].
#[derive(Clone, PartialEq, Properties)]
pub struct NoticesProps {
    /// Notices, oldest first.
    pub notices: Vec<Notice>,
    /// Called with the index of the notice the user dismissed.
    pub on_dismiss: Callback<usize>,
    /// Called when the user asks to download the values kept aside.
    pub on_download_recovered: Callback<()>,
}

fn text(notice: &Notice) -> String {
    match notice {
        Notice::Recovered {
            reason,
            moved: true,
            ..
        } => format!(
            "Some saved data could not be read because {reason}. It has been kept aside, untouched, and you can download it. Everything else loaded normally."
        ),
        Notice::Recovered {
            reason,
            moved: false,
            ..
        } => format!(
            "Some saved data could not be read because {reason}. It is too big to copy aside, so it was left exactly where it was; you can download it. Everything else loaded normally."
        ),
        Notice::Conflict {
            copy_title,
            yours_moved: false,
        } => format!(
            "This interview was also changed in another tab at the same time. Both versions are kept: the other tab\u{2019}s is now \u{201c}{copy_title}\u{201d}."
        ),
        Notice::Conflict {
            copy_title,
            yours_moved: true,
        } => format!(
            "This interview was also changed in another tab at the same time. Both versions are kept: the other tab\u{2019}s keeps its place, and yours continues here as \u{201c}{copy_title}\u{201d}."
        ),
        Notice::Info(line) => line.clone(),
    }
}

/// A list of dismissible notices in a polite live region.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    html! {
        <div class="sc-notices" role="status" aria-live="polite">
            { for props.notices.iter().enumerate().map(|(i, notice)| {
                let recovered = matches!(notice, Notice::Recovered { .. });
                html! {
                    <div class="sc-notice">
                        <p>{ text(notice) }</p>
                        <div class="sc-notice-actions">
                            if recovered {
                                <button type="button" class="sc-button"
                                    onclick={props.on_download_recovered.reform(|_| ())}>
                                    { "Download the kept data" }
                                </button>
                            }
                            <button type="button" class="sc-button sc-button-quiet"
                                onclick={props.on_dismiss.reform(move |_| i)}>
                                { "Dismiss" }
                            </button>
                        </div>
                    </div>
                }
            }) }
        </div>
    }
}
