//! The follow-up plan after sending: record when and how the letter went out, then
//! show when a reply may come, the one check-in (with a calendar file), what to do on
//! each outcome, and a timeline.

use yew::prelude::*;

use super::field::event_value;
use super::timeline::timeline_chart;
use crate::domain::followup::{check_in_ics, plan, timeline, CivilDate, SentRecord};
use crate::domain::{Channel, InterviewFacts};
use crate::draft::DraftEdit;

/// Props of [`FollowUp`].
#[derive(Clone, PartialEq, Properties)]
pub struct FollowUpProps {
    /// The draft's id, for the calendar event's UID.
    pub draft_id: String,
    /// The interview facts.
    pub facts: InterviewFacts,
    /// When and how the letter was sent, if it was.
    pub sent: Option<SentRecord>,
    /// The channel chosen in the builder (the default for the sent record).
    pub channel: Channel,
    /// Today, local time, `YYYY-MM-DD`.
    pub today: String,
    /// Called with every change.
    pub on_edit: Callback<DraftEdit>,
    /// Called with (file name, text) to download the calendar file.
    pub on_download: Callback<(String, String)>,
}

/// The sent record and the plan.
#[function_component(FollowUp)]
pub fn follow_up(props: &FollowUpProps) -> Html {
    let today = CivilDate::parse(&props.today);
    let date_input = use_state(|| props.today.clone());
    let channel_input = use_state(|| props.channel);
    let Some(today) = today else {
        return html! {};
    };

    let Some(record) = props
        .sent
        .clone()
        .filter(|r| CivilDate::parse(&r.date).is_some())
    else {
        let on_date = {
            let date_input = date_input.clone();
            Callback::from(move |e: InputEvent| date_input.set(event_value(&e)))
        };
        let on_channel = {
            let channel_input = channel_input.clone();
            Callback::from(move |e: Event| channel_input.set(Channel::from_key(&event_value(&e))))
        };
        let valid = CivilDate::parse(&date_input).is_some_and(|d| d <= today);
        let on_sent = {
            let (date, channel) = ((*date_input).clone(), *channel_input);
            props.on_edit.reform(move |_| {
                DraftEdit::MarkSent(Some(SentRecord {
                    date: date.clone(),
                    channel,
                }))
            })
        };
        return html! {
            <section class="sc-followup" aria-labelledby="sc-followup-title">
                <h3 id="sc-followup-title">{ "Sent it? Note it here" }</h3>
                <p class="sc-hint">{ "Once you have sent the letter or made the call, note the day: the plan then tells you when to expect a reply and when, once only, to check in." }</p>
                <div class="sc-grid">
                    <div class="sc-field">
                        <label for="sc-sent-date">{ "Sent on" }</label>
                        <input id="sc-sent-date" type="date" value={(*date_input).clone()} max={props.today.clone()}
                            aria-describedby={(!valid).then_some("sc-sent-date-error")} aria-invalid={(!valid).then_some("true")} oninput={on_date} />
                        if !valid {
                            <p class="sc-error" id="sc-sent-date-error">{ "Enter the day you sent it: today or earlier." }</p>
                        }
                    </div>
                    <div class="sc-field">
                        <label for="sc-sent-channel">{ "How" }</label>
                        <select id="sc-sent-channel" onchange={on_channel}>
                            { for Channel::ALL.iter().map(|c| html! {
                                <option value={c.key()} selected={*c == *channel_input}>{ c.label() }</option>
                            }) }
                        </select>
                    </div>
                </div>
                <div class="sc-actions">
                    <button type="button" class="sc-button sc-button-primary" disabled={!valid} onclick={on_sent}>{ "I have sent it" }</button>
                </div>
            </section>
        };
    };

    let sent = CivilDate::parse(&record.date).unwrap_or(today);
    let plan = plan(sent, record.channel, today);
    let chart = timeline(CivilDate::parse(&props.facts.interview_date), &plan, today);
    // The calendar file is written when asked for, so its timestamp is the export time.
    let on_ics = {
        let (plan, facts) = (plan.clone(), props.facts.clone());
        let uid = format!("{}-checkin@second-chance.local", props.draft_id);
        props.on_download.reform(move |_| {
            let ics = check_in_ics(
                &plan,
                &facts.company,
                &facts.role,
                &facts.interviewer_name,
                &uid,
                crate::browser::now_ms(),
            );
            ("second-chance-check-in.ics".to_string(), ics)
        })
    };
    html! {
        <section class="sc-followup" aria-labelledby="sc-followup-title">
            <h3 id="sc-followup-title">{ "Your follow-up plan" }</h3>
            <p class="sc-stage" id="sc-stage">{ plan.stage.message() }</p>
            <dl class="sc-plan">
                <dt>{ "Sent" }</dt><dd>{ format!("{} ({})", plan.sent.long(), record.channel.label()) }</dd>
                <dt>{ "A reply usually comes" }</dt><dd>{ format!("between {} and {}", plan.reply_from.long(), plan.reply_until.long()) }</dd>
                <dt>{ "Your one check-in" }</dt><dd><strong>{ plan.check_in.long() }</strong></dd>
            </dl>
            <p>{ plan.why_only_once }</p>
            { timeline_chart(&chart) }
            <div class="sc-export">
                <button type="button" class="sc-button" onclick={on_ics}>{ "Add the check-in to your calendar (.ics)" }</button>
                <button type="button" class="sc-button sc-button-quiet" onclick={props.on_edit.reform(|_| DraftEdit::MarkSent(None))}>{ "Not sent yet" }</button>
            </div>
            <h4>{ "What next, whatever they say" }</h4>
            <ul class="sc-outcomes">
                { for plan.outcomes.iter().map(|o| html! {
                    <li><strong>{ o.title }</strong>{ " " }{ o.advice }</li>
                }) }
            </ul>
        </section>
    }
}
