//! The letter as it will be sent: the composer's suggestion for each section merged
//! with the user's own edits, and which edits the suggestion has since moved away from.
//!
//! Pure: it joins the domain composer with the draft's [`LetterState`], so regeneration
//! never overwrites an edit and the merge is unit-tested natively.

use crate::domain::diagnosis::Diagnosis;
use crate::domain::letter::{compose, mailto_href, Composition, Request, SectionKind};
use crate::domain::tone::{splice, Flag};
use crate::draft::{Draft, DraftEdit};

/// The key under which an edit of the whole text is stored.
pub const WHOLE_TEXT_KEY: &str = "whole_text";

/// Above this many characters a letter is "huge": the Write step stops recomputing its
/// preview and tone check on every keystroke (they follow once typing pauses) and the
/// preview shows only the letter's first [`HUGE_PREVIEW_CHARS`] characters.
///
/// A good follow-up is 150-300 words, about 2,000 characters, and the tone check already
/// calls anything over 300 words too long; 20,000 characters (about 3,500 words) is ten
/// times the longest sensible letter, so nobody writing one meets the deferred mode. Up
/// to it the live preview and check stay cheap per keystroke; past it their cost grows
/// with the text (after a 1 MB paste, each keystroke redid both over the whole letter).
pub const HUGE_LETTER_CHARS: usize = 20_000;

/// How much of a huge letter the preview shows: two or three screens, enough to see how
/// it reads (more than twice the longest sensible letter). The editor holds the rest;
/// laying out 1 MB of preview text helped nobody and cost seconds.
pub const HUGE_PREVIEW_CHARS: usize = 5_000;

/// Whether `text` has more than `limit` characters. Reads at most `limit + 1`
/// characters, so asking about a 1 MB text costs no more than asking about a short one.
pub fn longer_than(text: &str, limit: usize) -> bool {
    // Each char takes at least one byte: few enough bytes settle it without a scan.
    text.len() > limit && text.char_indices().nth(limit).is_some()
}

/// How much of a letter the preview shows: all of it, or, for a huge letter, its start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PreviewCut {
    /// Byte length of the part shown: a char boundary of the text, never inside a
    /// character or (see [`PreviewCut::of`]) a combining sequence.
    pub end: usize,
    /// Characters shown.
    pub shown_chars: usize,
    /// Characters in the whole text.
    pub total_chars: usize,
}

impl PreviewCut {
    /// Cuts `text` after at most `max_chars` characters. Where the text goes on, the
    /// cut moves back to just after the last line break or space, if one is within 800
    /// bytes, so the preview does not end mid-word; with none that near (a long run of
    /// CJK, say), it moves back past combining marks, joiners, variation selectors,
    /// skin-tone modifiers and half flags, so no accent or emoji is cut in two.
    pub fn of(text: &str, max_chars: usize) -> Self {
        let Some((hard, _)) = text.char_indices().nth(max_chars) else {
            let total = text.chars().count();
            return Self {
                end: text.len(),
                shown_chars: total,
                total_chars: total,
            };
        };
        // Only a nearby space will do, so a text without one is not cut short by much.
        let end = match text[..hard].rfind(['\n', ' ']) {
            Some(i) if i > 0 && hard - i <= 800 => i + 1,
            _ => grapheme_safe_end(text, hard),
        };
        Self {
            end,
            shown_chars: text[..end].chars().count(),
            total_chars: max_chars + text[hard..].chars().count(),
        }
    }

    /// What the preview shows of the letter `text`: all of it up to
    /// [`HUGE_LETTER_CHARS`] characters, else its first [`HUGE_PREVIEW_CHARS`].
    pub fn for_letter(text: &str) -> Self {
        if longer_than(text, HUGE_LETTER_CHARS) {
            Self::of(text, HUGE_PREVIEW_CHARS)
        } else {
            Self::of(text, HUGE_LETTER_CHARS)
        }
    }

    /// The preview leaves part of the text out.
    pub fn is_partial(&self) -> bool {
        self.shown_chars < self.total_chars
    }
}

/// Moves the char boundary `end` of `text` back while the character just after it
/// continues the character before it (a combining mark, a joiner, a variation selector,
/// an emoji modifier or tag), the character before it is a zero-width joiner, the cut
/// would split a `\r\n` or the two regional indicators of a flag. Not full grapheme
/// segmentation, which would need Unicode's tables in the wasm: the sequences a letter
/// realistically contains.
fn grapheme_safe_end(text: &str, mut end: usize) -> usize {
    let regional = |c: char| matches!(c, '\u{1F1E6}'..='\u{1F1FF}');
    let continues = |c: char| {
        matches!(c,
            '\u{0300}'..='\u{036F}'    // combining diacritical marks
            | '\u{1AB0}'..='\u{1AFF}'  // their extension
            | '\u{1DC0}'..='\u{1DFF}'  // and supplement
            | '\u{200C}'..='\u{200D}'  // zero-width (non-)joiner
            | '\u{20D0}'..='\u{20FF}'  // combining marks for symbols (keycaps)
            | '\u{FE00}'..='\u{FE0F}'  // variation selectors
            | '\u{FE20}'..='\u{FE2F}'  // combining half marks
            | '\u{1F3FB}'..='\u{1F3FF}' // skin-tone modifiers
            | '\u{E0020}'..='\u{E007F}' // emoji tags (subdivision flags)
            | '\u{E0100}'..='\u{E01EF}') // more variation selectors
    };
    while let Some(prev) = text[..end].chars().next_back() {
        let next = text[end..].chars().next();
        // Flags pair regional indicators from the start of their run: an odd count
        // before the cut means the cut splits a pair.
        let split_flag = next.is_some_and(regional)
            && text[..end]
                .chars()
                .rev()
                .take_while(|c| regional(*c))
                .count()
                % 2
                == 1;
        let joined = next.is_some_and(continues)
            || prev == '\u{200D}'
            || (prev == '\r' && next == Some('\n'))
            || split_flag;
        if !joined {
            break;
        }
        end -= prev.len_utf8();
    }
    end
}

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
        let composition = compose(&Request {
            facts: &draft.facts,
            assessment: &draft.assessment,
            diagnosis,
            general: [0, 1, 2].map(|i| draft.letter.general[i].as_str()),
            turns: &draft.letter.turns,
            channel: draft.letter.channel,
            length: draft.letter.length,
            today,
        });
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

    /// [`LetterView::fix_edit`] for each of `flags`; none at all when `stale` (the flags
    /// are of an older text than this view's).
    pub fn fix_edits(
        &self,
        text: &str,
        flags: &[Flag],
        stale: bool,
    ) -> Vec<Option<(DraftEdit, DraftEdit)>> {
        if stale {
            return Vec::new();
        }
        flags.iter().map(|f| self.fix_edit(text, f)).collect()
    }

    /// Whether the section `key` (or the whole text) now reads exactly `text`.
    pub fn reads(&self, key: &str, text: &str) -> bool {
        match &self.whole_text {
            Some(whole) if key == WHOLE_TEXT_KEY => whole.text == text,
            _ => self
                .sections
                .iter()
                .any(|s| s.kind.key() == key && s.text == text),
        }
    }

    /// The edit that applies `flag`'s one-click fix (see
    /// [`Flag::apply_fix`](crate::domain::tone::Flag::apply_fix)) and the edit that undoes
    /// it, `flag` being a flag of `text`, this view's assembled text: the fixed whole
    /// text when the user edits it as one piece, else the fixed section that holds the
    /// flag's words. `None` when the flag offers no fix or its words cross a section
    /// boundary.
    pub fn fix_edit(&self, text: &str, flag: &Flag) -> Option<(DraftEdit, DraftEdit)> {
        let fix = flag.replacement(text)?;
        // The fix is the user's edit of the section; undoing it gives back their own
        // edit, or the suggestion (no edit) when the section was one.
        let pair = |key: &str, base: Option<&String>, suggested: &str, before: &str, start, end| {
            let edit = |text: String| DraftEdit::EditSection {
                key: key.to_string(),
                base: base.map_or_else(|| suggested.to_string(), String::clone),
                text,
            };
            let undo = match base {
                Some(_) => edit(before.to_string()),
                None => DraftEdit::RevertSection(key.to_string()),
            };
            (edit(splice(before, start, end, &fix)), undo)
        };
        if let Some(whole) = &self.whole_text {
            let base = Some(whole.edit_base.clone().unwrap_or_default());
            return Some(pair(
                WHOLE_TEXT_KEY,
                base.as_ref(),
                "",
                &whole.text,
                flag.start,
                flag.end,
            ));
        }
        // The sections appear in the text in order, each trimmed: find each in turn.
        let mut from = 0;
        for section in &self.sections {
            let trimmed = section.text.trim();
            if trimmed.is_empty() {
                continue;
            }
            let at = from + text.get(from..)?.find(trimmed)?;
            from = at + trimmed.len();
            if flag.start < at || flag.end > from {
                continue;
            }
            let lead = section.text.len() - section.text.trim_start().len();
            let (start, end) = (flag.start - at + lead, flag.end - at + lead);
            section.text.get(start..end)?;
            let key = section.kind.key();
            let base = section.edit_base.as_ref();
            return Some(pair(
                key,
                base,
                &section.suggested,
                &section.text,
                start,
                end,
            ));
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

#[cfg(test)]
mod tests {
    use super::*;

    // Guards: a letter at or under the limit is shown whole, counted in characters (not
    // bytes), and is not "huge".
    #[test]
    fn short_text_is_shown_whole() {
        let text = "Dear Zoë,\n\nthank you 🙏";
        let cut = PreviewCut::of(text, 100);
        assert_eq!(cut.end, text.len());
        assert_eq!(cut.shown_chars, 22);
        assert_eq!(cut.total_chars, 22);
        assert!(!cut.is_partial());
        assert!(!longer_than(text, 22));
        assert!(longer_than(text, 21));
        // Exactly at the limit is still whole.
        assert!(!PreviewCut::of(text, 22).is_partial());
        assert_eq!(
            PreviewCut::of("", 10),
            PreviewCut {
                end: 0,
                shown_chars: 0,
                total_chars: 0
            }
        );
    }

    // Guards: the threshold counts characters, so 20,000 two-byte letters are not huge
    // and 20,001 are.
    #[test]
    fn the_threshold_counts_characters() {
        let at = "é".repeat(HUGE_LETTER_CHARS);
        assert!(!longer_than(&at, HUGE_LETTER_CHARS));
        assert!(longer_than(&(at + "é"), HUGE_LETTER_CHARS));
    }

    // Guards: a letter up to the threshold is previewed whole; one character more and the
    // preview shows only the start.
    #[test]
    fn letters_over_the_threshold_are_previewed_in_part() {
        let at = "word ".repeat(HUGE_LETTER_CHARS / 5);
        assert!(!PreviewCut::for_letter(&at).is_partial());
        let over = at + "x";
        let cut = PreviewCut::for_letter(&over);
        assert!(cut.is_partial());
        assert_eq!(cut.shown_chars, HUGE_PREVIEW_CHARS);
        assert_eq!(cut.total_chars, HUGE_LETTER_CHARS + 1);
    }

    // Guards: a long text is cut after its last space near the limit, never mid-word,
    // and the counts add up.
    #[test]
    fn long_text_is_cut_at_a_space() {
        let text = "word ".repeat(1_000);
        let cut = PreviewCut::of(&text, 103);
        assert!(cut.is_partial());
        assert_eq!(&text[..cut.end], "word ".repeat(20));
        assert_eq!(cut.shown_chars, 100);
        assert_eq!(cut.total_chars, 5_000);
    }

    // Guards: without a space near the limit the cut is still on a char boundary (every
    // slice below would panic otherwise) and never splits multi-byte characters.
    #[test]
    fn the_cut_never_splits_a_character() {
        for text in [
            "日本語の手紙".repeat(500),
            "🚀".repeat(3_000),
            "ab€".repeat(900),
        ] {
            for max in [0, 1, 2, 3, 250, 1_001, 2_500] {
                let cut = PreviewCut::of(&text, max);
                assert!(text.is_char_boundary(cut.end), "{max}");
                let shown = &text[..cut.end];
                assert_eq!(shown.chars().count(), cut.shown_chars);
                assert_eq!(cut.total_chars, text.chars().count());
                assert!(cut.shown_chars <= max);
            }
        }
    }

    // Guards: combining accents, emoji sequences and flags are not cut in two, even where
    // no space is near.
    #[test]
    fn the_cut_keeps_grapheme_clusters_whole() {
        // "e" + combining acute, 300 times: a cut after an odd number of chars would
        // leave the accent out.
        let accents = "e\u{301}".repeat(300);
        let cut = PreviewCut::of(&accents, 251);
        assert_eq!(cut.shown_chars, 250);
        // Family emoji: man ZWJ woman ZWJ girl (5 chars), no spaces.
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}".repeat(100);
        for max in 1..12 {
            let cut = PreviewCut::of(&family, max);
            assert_eq!(
                cut.shown_chars % 5,
                0,
                "max {max}: {} chars",
                cut.shown_chars
            );
        }
        // Thumbs up with a skin tone, then a variation selector on a heart.
        let tones = "\u{1F44D}\u{1F3FD}\u{2764}\u{FE0F}".repeat(100);
        for max in 1..9 {
            assert_eq!(PreviewCut::of(&tones, max).shown_chars % 2, 0, "max {max}");
        }
        // Flags are pairs of regional indicators: 🇬🇧🇫🇷...
        let flags = "\u{1F1EC}\u{1F1E7}\u{1F1EB}\u{1F1F7}".repeat(100);
        for max in 1..9 {
            assert_eq!(PreviewCut::of(&flags, max).shown_chars % 2, 0, "max {max}");
        }
        // A Windows line break stays whole.
        let crlf = format!("{}\r\n{}", "x".repeat(300), "y".repeat(300));
        assert_eq!(PreviewCut::of(&crlf, 301).shown_chars, 300);
    }
}

#[cfg(test)]
mod fix_tests {
    use super::*;
    use crate::domain::tone::{check, FlagKind, ToneContext};

    /// The letter view of a new draft after `edits`, and the flags of its text.
    fn view_with(edits: &[DraftEdit]) -> (LetterView, Vec<Flag>) {
        let mut draft = Draft::new("d1".to_string(), 1);
        for edit in edits {
            draft.apply(edit.clone(), 2, "tab");
        }
        let diagnosis = Diagnosis::from_assessment(&draft.assessment);
        let view = LetterView::of(&draft, &diagnosis, "2026-11-28");
        let flags = check(&view.text, &ToneContext::default()).flags;
        (view, flags)
    }

    fn ask(text: &str) -> DraftEdit {
        DraftEdit::EditSection {
            key: SectionKind::Ask.key().to_string(),
            base: String::new(),
            text: text.to_string(),
        }
    }

    // Guards: a fix edits the section that holds the flag's words and nothing else, and
    // its undo gives back exactly the user's text; a flag with no safe replacement offers
    // no fix.
    #[test]
    fn a_fix_is_an_edit_of_its_section_and_undoes_to_the_users_words() {
        let mine = "Please give me another chance to show you the plan.";
        let (view, flags) = view_with(&[ask(mine)]);
        let begging = flags.iter().find(|f| f.kind == FlagKind::Begging);
        let (fix, undo) = begging
            .and_then(|f| view.fix_edit(&view.text, f))
            .expect("a fix");
        let DraftEdit::EditSection { key, text, .. } = fix else {
            panic!("not a section edit")
        };
        assert_eq!(key, SectionKind::Ask.key());
        assert_eq!(
            text,
            "I would welcome another conversation to show you the plan."
        );
        let DraftEdit::EditSection { text: back, .. } = undo else {
            panic!("the undo of an edited section restores the edit")
        };
        assert_eq!(back, mine);

        let (view, flags) = view_with(&[ask("My old boss was a nightmare.")]);
        let bad = flags
            .iter()
            .find(|f| f.kind == FlagKind::BadMouthing)
            .expect("flagged");
        assert!(
            view.fix_edit(&view.text, bad).is_none(),
            "no safe fix for bad-mouthing"
        );
    }
}
