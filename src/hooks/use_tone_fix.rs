//! The tone panel's one-click fixes and the undo of the last one.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::draft::DraftEdit;

/// What the tone panel needs to offer fixes and an undo.
pub struct ToneFixes {
    /// By flag: whether it has a fix that applies to the letter as shown.
    pub fixable: Vec<bool>,
    /// Apply the fix of the flag at this index.
    pub on_fix: Callback<usize>,
    /// Undo the last fix.
    pub on_undo: Callback<()>,
    /// The last fix, as the section key it edited and the text it left there: it may
    /// be undone while that section still reads so (once the user types there, undoing
    /// would take back their typing too).
    pub last: Option<(String, String)>,
    /// Where focus goes once a fix is applied (the "Undo" button): the "Fix it" button
    /// the user pressed is gone with its flag, and focus must not fall to the page.
    pub undo_ref: NodeRef,
    /// Where focus goes once a fix is undone (the panel's summary).
    pub summary_ref: NodeRef,
}

/// Fixes and undo for `fixes` (by flag: the edit that applies its fix and the edit that
/// undoes it, see `LetterView::fix_edit`), sending both through `on_edit`: a fix is an
/// edit like any other, stored with the draft.
#[hook]
pub fn use_tone_fix(
    fixes: Vec<Option<(DraftEdit, DraftEdit)>>,
    on_edit: &Callback<DraftEdit>,
) -> ToneFixes {
    let undo = use_state(|| None::<(DraftEdit, DraftEdit)>);
    let (undo_ref, summary_ref) = (use_node_ref(), use_node_ref());
    let last = match &*undo {
        Some((DraftEdit::EditSection { key, text, .. }, _)) => Some((key.clone(), text.clone())),
        _ => None,
    };
    let fixable = fixes.iter().map(Option::is_some).collect();
    let on_fix = {
        let (undo, on_edit, to) = (undo.clone(), on_edit.clone(), undo_ref.clone());
        Callback::from(move |i: usize| {
            if let Some(Some((fix, back))) = fixes.get(i) {
                undo.set(Some((fix.clone(), back.clone())));
                on_edit.emit(fix.clone());
                focus_after_render(to.clone());
            }
        })
    };
    let on_undo = {
        let (on_edit, to) = (on_edit.clone(), summary_ref.clone());
        Callback::from(move |()| {
            if let Some((_, back)) = &*undo {
                on_edit.emit(back.clone());
            }
            undo.set(None);
            focus_after_render(to.clone());
        })
    };
    ToneFixes {
        fixable,
        on_fix,
        on_undo,
        last,
        undo_ref,
        summary_ref,
    }
}

/// Focuses `to` once the change just made has rendered (a timer runs after Yew's
/// render, which is queued as a microtask).
fn focus_after_render(to: NodeRef) {
    Timeout::new(0, move || {
        if let Some(el) = to.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    })
    .forget();
}
