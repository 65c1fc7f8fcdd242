//! Step 3: the letter builder. Channel and length, the "what I wish I had said" helper,
//! each section editable in place (or the whole text), a live preview exactly as it will
//! be sent, and the tone check beside it.
//!
//! A huge letter (over [`HUGE_LETTER_CHARS`] characters, say after a 1 MB paste) keeps
//! the editor live but not what is derived from it: the preview and the tone check catch
//! up once typing pauses for [`HUGE_LETTER_PAUSE_MS`], the preview shows the letter's
//! start only and the tone panel lists its first [`HUGE_LETTER_FLAGS`] flags. Otherwise
//! every keystroke would wait for both to be redone over the whole text. The draft
//! itself, and so its save, still gets every keystroke at once.

use std::rc::Rc;

use yew::prelude::*;

use super::checklist::checklist as checklist_panel;
use super::field::{event_value, radio_group, Choice};
use super::letter_lines::{letter_lines, LineField};
use super::letter_preview::{letter_preview, LetterPreview};
use super::section_editor::{section_editor, SectionEditor};
use super::tone_panel::{tone_panel, TonePanel};
use crate::domain::diagnosis::{Diagnosis, Verdict};
use crate::domain::letter::checklist::{checklist, Check, Inputs};
use crate::domain::letter::{
    answer_names_no_question, budget, count_words, general_index, left_as_notes, letter_fields,
    moment_unanswered, name_cased, near_home_set_aside, prompt_for, recommend, rough_in_letter,
    why_from_notes, SectionKind, LINE_MOMENT, LINE_WHY,
};
use crate::domain::tone::{check, Flag, FlagKind, ToneContext, ToneReport};
use crate::domain::{Channel, LetterLength};
use crate::draft::{Draft, DraftEdit};
use crate::hooks::{use_deferred, use_tone_fix};
use crate::letter_view::{longer_than, LetterView, PreviewCut, HUGE_LETTER_CHARS, WHOLE_TEXT_KEY};

/// How long typing must pause before a huge letter's preview and tone check catch up:
/// longer than the gap between a steady typist's keys, so a burst of typing costs one
/// recomputation after it, short enough to feel like the preview follows.
pub const HUGE_LETTER_PAUSE_MS: u32 = 400;

/// How many flags the tone panel lists for a huge letter; it counts the rest. A pasted
/// 1 MB draft can carry thousands, and a list that long buries the preview under it.
pub const HUGE_LETTER_FLAGS: usize = 10;

/// What the side column shows, derived from the checked text and the dismissed flags.
/// Kept in a memo: with a huge letter, filtering thousands of flags is itself too slow
/// to redo on every keystroke.
struct Side {
    /// The part of the letter the preview shows (all of it below the threshold).
    preview_text: AttrValue,
    /// Where the preview cuts and the character counts.
    cut: PreviewCut,
    /// Flags not dismissed that are listed and highlighted: all of them for a letter
    /// under the threshold, else the first [`HUGE_LETTER_FLAGS`] in the part shown.
    flags: Vec<Flag>,
    /// Flags not dismissed and not listed.
    more: usize,
    /// Flags the user dismissed.
    dismissed: usize,
    /// The one-line summary of the whole letter's tone.
    summary: String,
    /// The whole letter's word count, reading time and grade (its flags are not kept
    /// here: `flags` and the counts above say what the panel needs of them).
    tone: ToneReport,
}

impl Side {
    /// The side column for `text`, as checked in `tone`, without the flags whose keys
    /// are in `dismissed_keys`.
    fn of(text: &Rc<str>, tone: &ToneReport, dismissed_keys: &[String]) -> Self {
        // A letter up to the threshold is shown and listed whole, exactly as before.
        let cut = PreviewCut::for_letter(text);
        let listed = if cut.is_partial() {
            HUGE_LETTER_FLAGS
        } else {
            usize::MAX
        };
        let preview_text = if cut.is_partial() {
            AttrValue::from(&text[..cut.end])
        } else {
            AttrValue::from(text.clone())
        };
        // Listed: flags whose words are in the part shown (the highlight there points at
        // the flag's entry in the list), up to the limit; the others are counted.
        let mut flags = Vec::new();
        let (mut more, mut dismissed) = (0, 0);
        for flag in &tone.flags {
            if dismissed_keys.contains(&flag.dismiss_key(text)) {
                dismissed += 1;
            } else if flag.end <= cut.end && flags.len() < listed {
                flags.push(flag.clone());
            } else {
                more += 1;
            }
        }
        Side {
            preview_text,
            cut,
            more,
            dismissed,
            flags,
            summary: tone.summary(),
            tone: ToneReport {
                flags: Vec::new(),
                ..*tone
            },
        }
    }
}

/// Props of [`WriteStep`].
#[derive(Clone, PartialEq, Properties)]
pub struct WriteStepProps {
    /// The draft being written.
    pub draft: Rc<Draft>,
    /// Today as `YYYY-MM-DD`, for the printed letter's date.
    pub today: String,
    /// Called with every change.
    pub on_edit: Callback<DraftEdit>,
    /// Back to the diagnosis.
    pub on_back: Callback<()>,
    /// On to sending.
    pub on_next: Callback<()>,
}

/// The letter builder.
#[function_component(WriteStep)]
pub fn write_step(props: &WriteStepProps) -> Html {
    let draft = &props.draft;
    let diagnosis = use_memo(draft.assessment.clone(), Diagnosis::from_assessment);
    let mut view = LetterView::of(draft, &diagnosis, &props.today);
    // Shared, not copied, from here on: the hooks and props below hand on this one
    // allocation, and an `Rc<str>` compares equal to itself without reading 1 MB (an
    // `AttrValue` compares the characters every time).
    let text: Rc<str> = Rc::from(std::mem::take(&mut view.text));
    let on_edit = &props.on_edit;
    // Live below the threshold; above it the preview and the tone check follow the text
    // once typing pauses. Not across a switch to another draft, though: its preview
    // must never show the previous draft's letter, even for a moment.
    let huge = longer_than(&text, HUGE_LETTER_CHARS);
    let checked = use_deferred(draft.id.clone(), text.clone(), huge, HUGE_LETTER_PAUSE_MS);
    let side = use_side(draft, checked.clone());
    // Narrow screens fold the preview away until asked for (see letter_preview).
    let show_preview = use_state(|| false);
    let tone = &side.tone;
    let (recommended, _) = recommend(&draft.facts, &diagnosis);
    let interviewer = Some(draft.facts.interviewer_name.trim()).filter(|n| !n.is_empty());
    let left = &view.composition.left_for_length;
    let fields = line_fields(draft, &diagnosis, &text, interviewer, left);
    let on_line =
        on_edit.reform(|(key, text): (&'static str, String)| DraftEdit::Line(key.to_owned(), text));
    // The budget: for the phone script, the opening's words.
    let limit = budget(draft.letter.channel, draft.letter.length);
    let counted = if draft.letter.channel == Channel::Phone {
        view.sections
            .iter()
            .find(|s| s.kind == SectionKind::Opening)
            .map_or(0, |s| count_words(&s.text))
    } else {
        side.tone.words
    };
    let pushy = side.flags.iter().any(|f| f.kind == FlagKind::Begging);
    let flags = side.flags.len() + side.more;
    let checks = use_checks(
        draft,
        diagnosis.verdict,
        checked.clone(),
        (counted, limit, flags),
        pushy,
    );
    // One-click fixes, worked out only for the few flags that offer one, and only while
    // the flags are of the text shown (a huge letter's are of an older text).
    let fix = use_tone_fix(view.fix_edits(&text, &side.flags, huge), on_edit);
    let undoable = fix
        .last
        .as_ref()
        .is_some_and(|(key, fixed)| view.reads(key, fixed));
    // Taken out of the view, not copied: the whole text can be huge.
    let conflicts = view.conflicts();
    let whole = view.whole_text.take();
    // Offered only while editing part by part, when the assembled text is `text`; copied
    // on the click, not on every render.
    let start_whole = {
        let assembled = text.clone();
        on_edit.reform(move |_| {
            let base = String::from(&*assembled);
            DraftEdit::EditSection {
                key: WHOLE_TEXT_KEY.to_string(),
                text: base.clone(),
                base,
            }
        })
    };

    html! {
        <section class="sc-panel" aria-labelledby="sc-write-title">
            <h2 id="sc-write-title" tabindex="-1">{ "Step 3: Write your follow-up" }</h2>
            <p class="sc-lead">
                { "A first draft, built from your interview and your report. Make it yours: change any part. Your own words are never replaced without asking." }
            </p>
            { choices(draft, recommended, on_edit) }
            if !fields.is_empty() {
                { letter_lines(&fields, &interviewer.map_or_else(|| "the interviewer".to_owned(), name_cased), &on_line) }
            }
            <div class="sc-columns">
                <div class="sc-editor">
                    <h3>{ "Your draft" }</h3>
                    if conflicts > 0 {
                        <p class="sc-conflict-summary" role="status">
                            { format!("Your report changed since you edited {} part(s). Compare each one below and choose.", conflicts) }
                        </p>
                    }
                    if let Some(whole) = whole {
                        { section_editor(SectionEditor { key_name: WHOLE_TEXT_KEY, label: "The whole text", view: Rc::new(whole), rows: 18, on_edit, on_another: None }) }
                        <p class="sc-hint">{ "You are editing the whole text as one piece. Reset it to go back to editing part by part." }</p>
                    } else {
                        // An empty section (the close of a letter that ends on its ask) only once edited.
                        { for view.sections.into_iter().filter(|s| !s.suggested.is_empty() || s.edited).map(|s| {
                            let key = s.kind.key();
                            let on_another = s.kind.has_wordings().then(|| on_edit.reform(move |_| DraftEdit::NextWording(key.to_owned())));
                            section_editor(SectionEditor { key_name: key, label: s.kind.label(), view: Rc::new(s), rows: 3, on_edit, on_another })
                        }) }
                        <button type="button" class="sc-button" onclick={start_whole}>{ "Edit the whole text as one piece" }</button>
                    }
                </div>
                <div class="sc-live sc-live-tone">
                    <strong>{ side.summary.clone() }</strong>
                    <span>{ format!("{counted} of {limit} words") }</span>
                </div>
                <div class="sc-side">
                    { checklist_panel(&checks) }
                    { tone_panel(TonePanel { report_summary: &side.summary, flags: &side.flags, more: side.more, text: &checked,
                        dismissed: side.dismissed, on_edit, fixable: &fix.fixable, on_fix: &fix.on_fix, undo: undoable, on_undo: &fix.on_undo,
                        undo_ref: &fix.undo_ref, summary_ref: &fix.summary_ref }) }
                    { letter_preview(LetterPreview { channel: draft.letter.channel, subject: &view.subject, to: &draft.facts.interviewer_email,
                        text: &side.preview_text, shown_chars: side.cut.shown_chars, total_chars: side.cut.total_chars,
                        flags: &side.flags, words: counted, budget: limit, reading_seconds: tone.reading_seconds, grade: tone.grade,
                        collapsed: !*show_preview, on_toggle: {let s = show_preview.clone(); Callback::from(move |_| s.set(!*s))} }) }
                </div>
            </div>
            <div class="sc-actions">
                <button type="button" class="sc-button" onclick={props.on_back.reform(|_| ())}>{ "Back" }</button>
                <button type="button" class="sc-button sc-button-primary" onclick={props.on_next.reform(|_| ())}>{ "Next: send and follow up" }</button>
            </div>
        </section>
    }
}

/// The letter's own fields, each with what the user typed: only those the current letter
/// uses. A field is "needed" while the letter asks for it and it is empty, whether the
/// letter shows a fill-in for it or owns the slip without the answer.
fn line_fields(
    draft: &Draft,
    diagnosis: &Diagnosis,
    text: &str,
    interviewer: Option<&str>,
    left_for_length: &[&str],
) -> Vec<LineField> {
    let limit = budget(draft.letter.channel, draft.letter.length);
    letter_fields(diagnosis, draft.letter.length)
        .into_iter()
        .map(|f| {
            let label = prompt_for(f.line.prompt, interviewer, draft.facts.company.trim());
            let value = match general_index(f.key) {
                Some(i) => draft.letter.general[i].clone(),
                None => draft
                    .assessment
                    .get(f.key)
                    .map(|a| a.line.clone())
                    .unwrap_or_default(),
            };
            // The "why" without a reason about the commute is what the letter shapes.
            let near_home = (f.key == LINE_WHY)
                .then(|| near_home_set_aside(&value))
                .flatten();
            let shaped = near_home.as_ref().map_or(value.as_str(), |(kept, _)| kept);
            LineField {
                key: f.key,
                left_out: left_as_notes(shaped, f.line, &draft.facts),
                rough: rough_in_letter(shaped, f.line, &draft.facts, text),
                near_home: near_home.map(|(_, part)| part),
                for_length: left_for_length.contains(&f.key).then_some(limit),
                unanswered: f.key == LINE_MOMENT && moment_unanswered(&value, &draft.facts),
                nameless: answer_names_no_question(f.key, &value),
                needed: f.needed && value.trim().is_empty(),
                // The reason the step-2 notes give, which the letter uses while the
                // field is empty: quoted, so the user sees what will be said.
                from_notes: (f.key == LINE_WHY && value.trim().is_empty())
                    .then(|| why_from_notes(&draft.assessment))
                    .flatten(),
                value,
                holds_fill_in: text.contains(&format!("[{label}]")),
                label,
            }
        })
        .collect()
}

/// The channel and length pickers, with the recommended channel marked.
fn choices(draft: &Draft, recommended: Channel, on_edit: &Callback<DraftEdit>) -> Html {
    let on_channel =
        on_edit.reform(|e: Event| DraftEdit::Channel(Channel::from_key(&event_value(&e))));
    let on_length =
        on_edit.reform(|e: Event| DraftEdit::Length(LetterLength::from_key(&event_value(&e))));
    html! {
        <div class="sc-choices">
            { radio_group("channel", "Send it as", Channel::ALL.iter().map(|c| Choice {
                key: c.key(),
                label: c.label(),
                checked: draft.letter.channel == *c,
                note: (*c == recommended).then_some(" (recommended)"),
            }).collect(), &on_channel) }
            { radio_group("length", "Length", LetterLength::ALL.iter().map(|l| Choice {
                key: l.key(),
                label: l.label(),
                checked: draft.letter.length == *l,
                note: None,
            }).collect(), &on_length) }
        </div>
    }
}

/// The live checklist of the letter as checked (`(words, budget, flags)` counted by the
/// caller), recomputed only when what it reads changes.
#[hook]
fn use_checks(
    draft: &Draft,
    verdict: Verdict,
    checked: Rc<str>,
    counts: (usize, usize, usize),
    pushy: bool,
) -> Rc<Vec<Check>> {
    let (counted, limit, flags) = counts;
    use_memo(
        (
            checked.clone(),
            draft.facts.clone(),
            (draft.letter.general.clone(), draft.assessment.clone()),
            verdict,
            draft.letter.channel,
            (counted, limit, flags),
            pushy,
        ),
        |(text, facts, lines, verdict, channel, (words, limit, flags), pushy)| {
            let (general, assessment) = lines;
            let lines: Vec<&str> = general
                .iter()
                .map(String::as_str)
                .chain(assessment.values().map(|a| a.line.as_str()))
                .collect();
            checklist(&Inputs {
                text,
                facts,
                serious: *verdict >= Verdict::Pattern,
                channel: *channel,
                words: *words,
                budget: *limit,
                lines: &lines,
                flags: *flags,
                pushy: *pushy,
            })
        },
    )
}

/// The tone check and the preview of the checked text. Recomputed when the checked
/// text, the names it is checked against, the channel or the dismissed flags change;
/// never just because the draft did.
#[hook]
fn use_side(draft: &Draft, checked: Rc<str>) -> Rc<Side> {
    use_memo(
        (
            checked,
            draft.facts.clone(),
            draft.letter.channel,
            draft.dismissed_flags.clone(),
        ),
        |(text, facts, channel, dismissed)| {
            let tone = check(
                text,
                &ToneContext {
                    company: facts.company.trim(),
                    interviewer: facts.interviewer_name.trim(),
                    phone_script: *channel == Channel::Phone,
                },
            );
            Side::of(text, &tone, dismissed)
        },
    )
}
