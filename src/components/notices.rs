//! Messages about the user's data: recovered values, two-tab conflicts, imports.

use yew::prelude::*;

use crate::state::Notice;

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

/// A list of dismissible notices in a polite live region: `on_dismiss` gets the index
/// of the notice dismissed, `on_download_recovered` asks for the values kept aside. A
/// view function, not a component: it holds no state, and a component's lifecycle code
/// would cost the download more than re-rendering these few lines does.
pub fn notices(
    notices: &[Notice],
    on_dismiss: &Callback<usize>,
    on_download_recovered: &Callback<()>,
) -> Html {
    html! {
        <div class="sc-notices" role="status" aria-live="polite">
            { for notices.iter().enumerate().map(|(i, notice)| {
                let recovered = matches!(notice, Notice::Recovered { .. });
                html! {
                    <div class="sc-notice">
                        <p>{ text(notice) }</p>
                        <div class="sc-notice-actions">
                            if recovered {
                                <button type="button" class="sc-button"
                                    onclick={on_download_recovered.reform(|_| ())}>
                                    { "Download the kept data" }
                                </button>
                            }
                            <button type="button" class="sc-button sc-button-quiet"
                                onclick={on_dismiss.reform(move |_| i)}>
                                { "Dismiss" }
                            </button>
                        </div>
                    </div>
                }
            }) }
        </div>
    }
}
