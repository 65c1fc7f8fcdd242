//! Step 2: the "what went wrong?" self-assessment beside its live report.

use yew::prelude::*;

use super::field::{event_checked, event_value, radio_group, Choice};
use super::report::report as report_view;
use crate::domain::diagnosis::{catalogue, Area, Diagnosis, OwnWeight, Verdict, SOMETHING_ELSE};
use crate::domain::letter::recommend;
use crate::domain::{Assessment, InterviewFacts};
use crate::draft::{AnswerPart, DraftEdit};

/// What the [`diagnose_step`] shows and whom it tells.
pub struct DiagnoseStep<'a> {
    /// Step 1's facts (the best channel depends on the format and an e-mail address).
    pub facts: &'a InterviewFacts,
    /// The answers so far.
    pub assessment: &'a Assessment,
    /// Called with every tick and every typed detail.
    pub on_edit: &'a Callback<DraftEdit>,
    /// Back to the facts.
    pub on_back: Callback<()>,
    /// On to the letter.
    pub on_next: Callback<()>,
}

/// The checklist grouped by area, and the report that follows it live. A plain view
/// function rather than a component: it holds no state, and each component costs
/// about 0.6 KB of the download.
pub fn diagnose_step(props: DiagnoseStep) -> Html {
    let mut report = Diagnosis::from_assessment(props.assessment);
    // The best channel also depends on what step 1 says (an e-mail address, the format).
    (report.channel, report.channel_reason) = recommend(props.facts, &report);
    html! {
        <section class="sc-panel" aria-labelledby="sc-diagnose-title">
            <h2 id="sc-diagnose-title" tabindex="-1">{ "Step 2: What went wrong?" }</h2>
            <p class="sc-lead">
                { "Tick what happened, even the small things. Be honest: your ticks and notes here are for you. The letter never pastes them; it borrows a few facts in its own words: the question you name, how late you were, the CV line you quote, your notice period, and your reason for wanting the job until you write one in step 3. You can only repair what you can name." }
            </p>
            <div class="sc-columns">
                <form class="sc-assessment" aria-label="Self-assessment" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                    { for Area::ALL.iter().map(|&area| area_group(area, &props)) }
                </form>
                { live_verdict(&report) }
                { report_view(&report) }
            </div>
            <div class="sc-actions">
                <button type="button" class="sc-button" onclick={props.on_back.reform(|_| ())}>{ "Back" }</button>
                <button type="button" class="sc-button sc-button-primary" onclick={props.on_next.reform(|_| ())}>{ "Next: write the letter" }</button>
            </div>
        </section>
    }
}

/// On a narrow screen the report comes after the whole checklist, so this bar keeps
/// the verdict and its score in sight, at the bottom of the screen, while the user
/// ticks; a tap takes them to the full report. Wide layouts (report beside the list)
/// hide it in CSS. Nothing shows until something is ticked.
fn live_verdict(d: &Diagnosis) -> Html {
    if d.findings.is_empty() {
        return Html::default();
    }
    let to_report = Callback::from(|e: MouseEvent| {
        let report = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest(".sc-panel").ok().flatten())
            .and_then(|panel| panel.query_selector(".sc-report").ok().flatten());
        if let Some(report) = report {
            report.scroll_into_view();
        }
    });
    html! {
        <button type="button" class="sc-live sc-live-verdict" onclick={to_report}>
            <strong>{ d.verdict.headline() }</strong>
            <span>
                if d.verdict != Verdict::NothingToRepair {
                    { format!("{} of 100 \u{00b7} ", d.severity) }
                }
                { "See the report" }
            </span>
        </button>
    }
}

/// How much the free item counted, in the user's judgement.
fn own_weight(stored: u8, on_edit: &Callback<DraftEdit>) -> Html {
    let current = OwnWeight::from_stored(stored);
    let on_change =
        on_edit.reform(|e: Event| DraftEdit::OwnWeight(event_value(&e).parse().unwrap_or(1)));
    let choices = OwnWeight::ALL
        .iter()
        .map(|w| Choice {
            key: ["1", "2", "3"][*w as usize - 1],
            label: w.label(),
            checked: *w == current,
            note: None,
        })
        .collect();
    radio_group("own-weight", "How much did it count?", choices, &on_change)
}

fn area_group(area: Area, props: &DiagnoseStep) -> Html {
    html! {
        <fieldset class="sc-fieldset sc-area" id={format!("sc-area-{}", area.key())}>
            <legend>{ area.label() }</legend>
            { for catalogue().iter().filter(|s| s.area == area).map(|symptom| {
                let id = symptom.id;
                let answer = props.assessment.get(id).cloned().unwrap_or_default();
                let box_id = format!("sc-symptom-{id}");
                let detail_id = format!("sc-detail-{id}");
                let on_check = props.on_edit.reform(move |e: Event| DraftEdit::Check(id.to_string(), event_checked(&e)));
                let on_detail = props.on_edit.reform(move |e: InputEvent| {
                    DraftEdit::AnswerText(id.to_string(), AnswerPart::Detail, event_value(&e))
                });
                html! {
                    <div class={classes!("sc-symptom", answer.checked.then_some("is-checked"))}>
                        <div class="sc-check">
                            <input type="checkbox" id={box_id.clone()} checked={answer.checked} onchange={on_check} />
                            <label for={box_id}>{ symptom.question }</label>
                        </div>
                        if answer.checked {
                            if let Some(prompt) = symptom.detail_prompt {
                                <div class="sc-field sc-detail">
                                    <label for={detail_id.clone()}>{ prompt }</label>
                                    <textarea id={detail_id} rows="2" value={answer.detail.clone()} oninput={on_detail} />
                                </div>
                            }
                            if id == SOMETHING_ELSE {
                                { own_weight(answer.weight, props.on_edit) }
                            }
                        }
                    </div>
                }
            }) }
        </fieldset>
    }
}
