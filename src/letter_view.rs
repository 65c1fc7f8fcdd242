//! The letter as it will be sent: the composer's suggestion for each section merged
//! with the user's own edits, and which edits the suggestion has since moved away from.
//!
//! Pure: it joins the domain composer with the draft's [`LetterState`], so regeneration
//! never overwrites an edit and the merge is unit-tested natively.

use crate::domain::diagnosis::Diagnosis;
use crate::domain::letter::{compose, mailto_href, Composition, SectionKind};
use crate::domain::tone::{splice, Flag};
use crate::state::{Draft, DraftEdit};

/// The key under which an edit of the whole text is stored.
pub const WHOLE_TEXT_KEY: &str = "whole_text";

/// One section as the editor shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionView {
    /// Which section.
    pub kind: SectionKind,
    /// The composer's current suggestion.
    pub suggested: String,
    /// What will be sent: the user's edit, else the suggestion.
    pub text: String,
    /// The user edited this section.
    pub edited: bool,
    /// The suggestion the user's edit started from (`None` when not edited).
    pub edit_base: Option<String>,
    /// The suggestion changed since the user edited (e.g. the diagnosis changed): the
    /// user must choose between their text and the new suggestion.
    pub changed_underneath: bool,
}

/// The whole letter, ready to preview and export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterView {
    /// The composer's output for the draft's channel and length.
    pub composition: Composition,
    /// Each section with the user's edits applied.
    pub sections: Vec<SectionView>,
    /// The user's edit of the whole text, if they chose to edit it as one piece.
    pub whole_text: Option<SectionView>,
    /// Exactly what will be sent (body; the e-mail subject is separate).
    pub text: String,
    /// The e-mail subject (empty for other channels).
    pub subject: String,
}

impl LetterView {
    /// Builds the view of `draft`'s letter; `today` is `YYYY-MM-DD` for the letter's date.
    pub fn of(draft: &Draft, diagnosis: &Diagnosis, today: &str) -> Self {
        let composition = compose(
            &draft.facts,
            &draft.assessment,
            diagnosis,
            draft.letter.channel,
            draft.letter.length,
            today,
        );
        let edits = &draft.letter.edits;
        let sections: Vec<SectionView> = composition
            .sections
            .iter()
            .map(|section| {
                let edit = edits.get(section.kind.key());
                SectionView {
                    kind: section.kind,
                    suggested: section.text.clone(),
                    text: edit.map_or_else(|| section.text.clone(), |e| e.text.clone()),
                    edited: edit.is_some(),
                    edit_base: edit.map(|e| e.base.clone()),
                    changed_underneath: edit.is_some_and(|e| e.base != section.text),
                }
            })
            .collect();
        let mut merged = composition.clone();
        for (section, view) in merged.sections.iter_mut().zip(&sections) {
            section.text = view.text.clone();
        }
        let assembled = merged.render();
        let whole_text = edits.get(WHOLE_TEXT_KEY).map(|edit| SectionView {
            kind: SectionKind::Thanks,
            suggested: assembled.clone(),
            text: edit.text.clone(),
            edited: true,
            edit_base: Some(edit.base.clone()),
            changed_underneath: edit.base != assembled,
        });
        let text = whole_text.as_ref().map_or(assembled, |w| w.text.clone());
        LetterView {
            subject: composition.subject.clone(),
            composition,
            sections,
            whole_text,
            text,
        }
    }

    /// The section-by-section text (before any whole-text edit), the base for starting
    /// a whole-text edit.
    pub fn assembled(&self) -> String {
        self.whole_text
            .as_ref()
            .map_or_else(|| self.text.clone(), |w| w.suggested.clone())
    }

    /// Sections the user must review because the suggestion changed under their edit.
    pub fn conflicts(&self) -> usize {
        self.sections
            .iter()
            .filter(|s| s.changed_underneath)
            .count()
            + usize::from(
                self.whole_text
                    .as_ref()
                    .is_some_and(|w| w.changed_underneath),
            )
    }

    /// The edit that applies `flag`'s one-click fix (see
    /// [`Flag::apply_fix`](crate::domain::tone::Flag::apply_fix)), `flag` being a flag
    /// of [`LetterView::text`]: the fixed whole text when the user edits it as one piece,
    /// else the fixed section that holds the flag's words. `None` when the flag offers no
    /// fix or its words cross a section boundary.
    pub fn fix_edit(&self, flag: &Flag) -> Option<DraftEdit> {
        let fix = flag.fix.as_deref()?;
        if let Some(whole) = &self.whole_text {
            return Some(DraftEdit::EditSection {
                key: WHOLE_TEXT_KEY.to_string(),
                base: whole.edit_base.clone().unwrap_or_default(),
                text: splice(&whole.text, flag.start, flag.end, fix),
            });
        }
        // The sections appear in the text in order, each trimmed: find each in turn.
        let mut from = 0;
        for section in &self.sections {
            let trimmed = section.text.trim();
            if trimmed.is_empty() {
                continue;
            }
            let at = from + self.text.get(from..)?.find(trimmed)?;
            from = at + trimmed.len();
            if flag.start < at || flag.end > from {
                continue;
            }
            let lead = section.text.len() - section.text.trim_start().len();
            let (start, end) = (flag.start - at + lead, flag.end - at + lead);
            section.text.get(start..end)?;
            return Some(DraftEdit::EditSection {
                key: section.kind.key().to_string(),
                base: section
                    .edit_base
                    .clone()
                    .unwrap_or_else(|| section.suggested.clone()),
                text: splice(&section.text, start, end, fix),
            });
        }
        None
    }

    /// The `mailto:` link for the e-mail client.
    pub fn mailto(&self, draft: &Draft) -> String {
        mailto_href(
            draft.facts.interviewer_email.trim(),
            &self.subject,
            &self.text,
        )
    }
}
