//! The live tone check beside the letter: a one-line summary announced politely, and
//! each flag with the words that caused it, why a hiring manager reads it badly, a
//! suggestion, a one-click fix where a safe one exists (with an undo) and a way to
//! dismiss it for this draft. For a huge letter it lists only the first few flags and
//! counts the rest.

use yew::prelude::*;

use crate::domain::tone::Flag;
use crate::draft::DraftEdit;

/// What the [`tone_panel`] shows.
pub struct TonePanel<'a> {
    /// One line on the letter's tone.
    pub report_summary: &'a str,
    /// Flags still showing (dismissed ones removed).
    pub flags: &'a [Flag],
    /// Flags not listed: a huge letter lists only its first few (0 for any letter under
    /// the threshold).
    pub more: usize,
    /// The checked text, to quote each flag's words. It can be 1 MB.
    pub text: &'a str,
    /// How many flags the user dismissed.
    pub dismissed: usize,
    /// Dismiss or restore flags.
    pub on_edit: &'a Callback<DraftEdit>,
    /// By flag: whether it has a one-click fix that applies to the letter as shown.
    pub fixable: &'a [bool],
    /// Apply the fix of the flag at this index.
    pub on_fix: &'a Callback<usize>,
    /// The last fix can be undone.
    pub undo: bool,
    /// Undo the last fix.
    pub on_undo: &'a Callback<()>,
    /// The "Undo" button, focused once a fix is applied.
    pub undo_ref: &'a NodeRef,
    /// The summary line, focused once a fix is undone.
    pub summary_ref: &'a NodeRef,
}

/// The words a flag points at, or `None` for whole-letter flags.
pub fn flagged_words<'a>(flag: &Flag, text: &'a str) -> Option<&'a str> {
    text.get(flag.start..flag.end).filter(|w| !w.is_empty())
}

/// The tone check panel. A plain view function rather than a component: it holds no
/// state, and each component costs about 0.6 KB of the download.
pub fn tone_panel(props: TonePanel) -> Html {
    html! {
        <section class="sc-tone" aria-labelledby="sc-tone-title">
            <h3 id="sc-tone-title">{ "Tone check" }</h3>
            <p class="sc-tone-summary" role="status" aria-live="polite" tabindex="-1" ref={props.summary_ref.clone()}>{ props.report_summary.to_string() }</p>
            if props.undo {
                <p class="sc-hint" role="status">
                    { "Fixed. " }
                    <button type="button" class="sc-button sc-button-quiet" ref={props.undo_ref.clone()} onclick={props.on_undo.reform(|_| ())}>{ "Undo" }</button>
                </p>
            }
            if !props.flags.is_empty() {
                <ul class="sc-flags">
                    { for props.flags.iter().enumerate().map(|(i, flag)| {
                        let key = flag.dismiss_key(props.text);
                        let words = flagged_words(flag, props.text);
                        html! {
                            <li class={classes!("sc-flag", format!("is-{}", flag.kind.key()))} id={format!("sc-flag-{i}")} tabindex="0"
                                aria-labelledby={format!("sc-flag-{i}-title")}>
                                <p class="sc-flag-title" id={format!("sc-flag-{i}-title")}>
                                    <span class="sc-flag-kind">{ flag.kind.label() }</span>
                                    if let Some(words) = words { { ": " }<q>{ words.to_string() }</q> }
                                </p>
                                <p class="sc-flag-why">{ flag.kind.why() }</p>
                                <p class="sc-flag-suggestion"><span class="sc-term">{ "Try: " }</span>{ flag.suggestion.clone() }</p>
                                if props.fixable.get(i) == Some(&true) {
                                    <button type="button" class="sc-button"
                                        aria-label={format!("Fix it: {}", flag.kind.label())}
                                        onclick={props.on_fix.reform(move |_| i)}>{ "Fix it" }</button>
                                }
                                <button type="button" class="sc-button sc-button-quiet"
                                    aria-label={format!("Dismiss: {}", flag.kind.label())}
                                    onclick={props.on_edit.reform(move |_| DraftEdit::DismissFlag(key.clone()))}>{ "Dismiss" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if props.more > 0 {
                <p class="sc-hint">
                    { format!("{} more further on, not listed: the letter is too long to list them all.", props.more) }
                </p>
            }
            if props.dismissed > 0 {
                <p class="sc-hint">
                    { format!("{} dismissed. ", props.dismissed) }
                    <button type="button" class="sc-button sc-button-quiet" onclick={props.on_edit.reform(|_| DraftEdit::RestoreFlags)}>{ "Show them again" }</button>
                </p>
            }
        </section>
    }
}
