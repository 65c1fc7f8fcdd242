//! The tone panel's one-click fixes and the undo of the last one.

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
    let last = match &*undo {
        Some((DraftEdit::EditSection { key, text, .. }, _)) => Some((key.clone(), text.clone())),
        _ => None,
    };
    let fixable = fixes.iter().map(Option::is_some).collect();
    let on_fix = {
        let (undo, on_edit) = (undo.clone(), on_edit.clone());
        Callback::from(move |i: usize| {
            if let Some(Some((fix, back))) = fixes.get(i) {
                undo.set(Some((fix.clone(), back.clone())));
                on_edit.emit(fix.clone());
            }
        })
    };
    let on_undo = {
        let on_edit = on_edit.clone();
        Callback::from(move |()| {
            if let Some((_, back)) = &*undo {
                on_edit.emit(back.clone());
            }
            undo.set(None);
        })
    };
    ToneFixes {
        fixable,
        on_fix,
        on_undo,
        last,
    }
}
