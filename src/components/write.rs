//! Step 3: the letter builder. Channel and length, the "what I wish I had said" helper,
//! each section editable in place (or the whole text), a live preview exactly as it will
//! be sent, and the tone check beside it.

use std::rc::Rc;

use yew::prelude::*;

use super::field::event_value;
use super::letter_preview::LetterPreview;
use super::section_editor::SectionEditor;
use super::tone_panel::TonePanel;
use super::wish_helper::WishHelper;
use crate::domain::diagnosis::{Diagnosis, LetterMove};
use crate::domain::tone::{check, ToneContext};
use crate::domain::{Channel, LetterLength};
use crate::letter_view::{LetterView, WHOLE_TEXT_KEY};
use crate::state::{Draft, DraftEdit, SectionEdit};

/// A one-click fix just applied: the section it edited, that section's edit before it
/// (`None`: it was the suggestion), and the words it replaced.
#[derive(Clone, Debug, PartialEq)]
struct AppliedFix {
    key: String,
    before: Option<SectionEdit>,
    words: String,
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
    let view = LetterView::of(draft, &diagnosis, &props.today);
    let tone = check(
        &view.text,
        &ToneContext {
            company: draft.facts.company.trim(),
            interviewer: draft.facts.interviewer_name.trim(),
            phone_script: draft.letter.channel == Channel::Phone,
        },
    );
    let flags: Vec<_> = tone
        .flags
        .iter()
        .filter(|f| !draft.dismissed_flags.contains(&f.dismiss_key(&view.text)))
        .cloned()
        .collect();
    let dismissed = tone.flags.len() - flags.len();

    // A one-click fix is an edit of the section holding the flag's words; what that
    // section was before is kept so the fix can be undone.
    let last_fix = use_state(|| None::<AppliedFix>);
    let on_fix = {
        // The view is built again on the click: cheaper than copying it on every render.
        let (draft, today) = (props.draft.clone(), props.today.clone());
        let on_edit = props.on_edit.clone();
        let last_fix = last_fix.clone();
        Callback::from(move |flag: crate::domain::tone::Flag| {
            let view = LetterView::of(
                &draft,
                &Diagnosis::from_assessment(&draft.assessment),
                &today,
            );
            let Some(edit) = view.fix_edit(&flag) else {
                return;
            };
            if let DraftEdit::EditSection { key, .. } = &edit {
                last_fix.set(Some(AppliedFix {
                    key: key.clone(),
                    before: draft.letter.edits.get(key).cloned(),
                    words: view
                        .text
                        .get(flag.start..flag.end)
                        .unwrap_or_default()
                        .to_string(),
                }));
            }
            on_edit.emit(edit);
        })
    };
    let on_undo = {
        let on_edit = props.on_edit.clone();
        let last_fix = last_fix.clone();
        Callback::from(move |_| {
            if let Some(fix) = (*last_fix).clone() {
                on_edit.emit(match fix.before {
                    Some(SectionEdit { base, text }) => DraftEdit::EditSection {
                        key: fix.key,
                        base,
                        text,
                    },
                    None => DraftEdit::RevertSection(fix.key),
                });
                last_fix.set(None);
            }
        })
    };

    let on_channel = props
        .on_edit
        .reform(|e: Event| DraftEdit::Channel(Channel::from_key(&event_value(&e))));
    let on_length = props
        .on_edit
        .reform(|e: Event| DraftEdit::Length(LetterLength::from_key(&event_value(&e))));
    let fumbled: Vec<_> = diagnosis
        .findings
        .iter()
        .filter(|f| f.symptom.letter_move == LetterMove::RestateAnswer)
        .map(|f| {
            (
                f.symptom,
                draft
                    .assessment
                    .get(f.symptom.id)
                    .cloned()
                    .unwrap_or_default(),
            )
        })
        .collect();
    let whole = view.whole_text.clone();
    let start_whole = {
        let base = view.assembled();
        props.on_edit.reform(move |_| DraftEdit::EditSection {
            key: WHOLE_TEXT_KEY.to_string(),
            base: base.clone(),
            text: base.clone(),
        })
    };

    html! {
        <section class="sc-panel" aria-labelledby="sc-write-title">
            <h2 id="sc-write-title" tabindex="-1">{ "Step 3: Write your follow-up" }</h2>
            <p class="sc-lead">
                { "A first draft, built from your interview and your report. Make it yours: change any part. Your own words are never replaced without asking." }
            </p>
            <div class="sc-choices">
                <fieldset class="sc-fieldset sc-radios">
                    <legend>{ "Send it as" }</legend>
                    { for Channel::ALL.iter().map(|c| {
                        let id = format!("sc-channel-{}", c.key());
                        html! {
                            <label class="sc-radio" for={id.clone()}>
                                <input type="radio" name="sc-channel" id={id} value={c.key()}
                                    checked={draft.letter.channel == *c} onchange={on_channel.clone()} />
                                { c.label() }
                                if *c == diagnosis.channel { <span class="sc-recommended">{ " (recommended)" }</span> }
                            </label>
                        }
                    }) }
                </fieldset>
                <fieldset class="sc-fieldset sc-radios">
                    <legend>{ "Length" }</legend>
                    { for LetterLength::ALL.iter().map(|l| {
                        let id = format!("sc-length-{}", l.key());
                        html! {
                            <label class="sc-radio" for={id.clone()}>
                                <input type="radio" name="sc-length" id={id} value={l.key()}
                                    checked={draft.letter.length == *l} onchange={on_length.clone()} />
                                { l.label() }
                            </label>
                        }
                    }) }
                </fieldset>
            </div>
            if !fumbled.is_empty() {
                <WishHelper items={fumbled.iter().map(|(s, a)| (s.id, s.question, a.clone())).collect::<Vec<_>>()} on_edit={props.on_edit.clone()} />
            }
            <div class="sc-columns">
                <div class="sc-editor">
                    <h3>{ "Your draft" }</h3>
                    if view.conflicts() > 0 {
                        <p class="sc-conflict-summary" role="status">
                            { format!("Your report changed since you edited {} part(s). Compare each one below and choose.", view.conflicts()) }
                        </p>
                    }
                    if let Some(whole) = whole {
                        <SectionEditor key_name={WHOLE_TEXT_KEY} label="The whole text" view={whole} rows={18} on_edit={props.on_edit.clone()} />
                        <p class="sc-hint">{ "You are editing the whole text as one piece. Reset it to go back to editing part by part." }</p>
                    } else {
                        { for view.sections.iter().map(|s| html! {
                            <SectionEditor key_name={s.kind.key()} label={s.kind.label()} view={s.clone()} rows={3} on_edit={props.on_edit.clone()} />
                        }) }
                        <button type="button" class="sc-button" onclick={start_whole}>{ "Edit the whole text as one piece" }</button>
                    }
                </div>
                <div class="sc-side">
                    <TonePanel report_summary={tone.summary()} flags={flags.clone()} text={view.text.clone()}
                        {on_fix} {on_undo} undo={last_fix.as_ref().map(|f| f.words.clone())}
                        dismissed={dismissed} on_edit={props.on_edit.clone()} />
                    <LetterPreview channel={draft.letter.channel} subject={view.subject.clone()} to={draft.facts.interviewer_email.clone()}
                        text={view.text.clone()} flags={flags} words={tone.words} reading_seconds={tone.reading_seconds} grade={tone.grade} />
                </div>
            </div>
            <div class="sc-actions">
                <button type="button" class="sc-button" onclick={props.on_back.reform(|_| ())}>{ "Back" }</button>
                <button type="button" class="sc-button sc-button-primary" onclick={props.on_next.reform(|_| ())}>{ "Next: send and follow up" }</button>
            </div>
        </section>
    }
}
