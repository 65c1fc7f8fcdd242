//! Step 1: what the letter needs to know about the interview.

use yew::prelude::*;

use super::field::{event_value, radio_group, Choice, TextField};
use crate::domain::{InterviewFacts, InterviewFormat};
use crate::draft::{DraftEdit, FactField};

/// Props of [`InterviewForm`].
#[derive(Clone, PartialEq, Properties)]
pub struct InterviewFormProps {
    /// The facts typed so far.
    pub facts: InterviewFacts,
    /// Called with every change.
    pub on_edit: Callback<DraftEdit>,
    /// Called when the user moves on to the diagnosis.
    pub on_next: Callback<()>,
}

/// The interview facts form. Every field is optional: the letter shows a clear
/// placeholder for anything left empty.
#[function_component(InterviewForm)]
pub fn interview_form(props: &InterviewFormProps) -> Html {
    let facts = &props.facts;
    let field = |id: &'static str,
                 label: &'static str,
                 field: FactField,
                 value: &str,
                 kind: &'static str,
                 autocomplete: Option<&'static str>,
                 hint: Option<&'static str>| {
        let on_change = props.on_edit.reform(move |v| DraftEdit::Fact(field, v));
        html! {
            <TextField id={id} label={label} value={AttrValue::from(value.to_string())} kind={kind}
                autocomplete={autocomplete.map(AttrValue::Static)} hint={hint.map(AttrValue::Static)} {on_change} />
        }
    };
    let on_format = props
        .on_edit
        .reform(|e: Event| DraftEdit::Format(InterviewFormat::from_key(&event_value(&e))));
    html! {
        <section class="sc-panel" aria-labelledby="sc-interview-title">
            <h2 id="sc-interview-title" tabindex="-1">{ "Step 1: The interview" }</h2>
            <p class="sc-lead">
                { "It happens to almost everyone. Start with the facts: they go into your letter, and nothing you type leaves this browser." }
            </p>
            <form class="sc-form" onsubmit={props.on_next.reform(|e: SubmitEvent| e.prevent_default())}>
                <fieldset class="sc-fieldset">
                    <legend>{ "The job" }</legend>
                    <div class="sc-grid">
                        { field("sc-company", "Company", FactField::Company, &facts.company, "text", Some("organization"), None) }
                        { field("sc-role", "Role you applied for", FactField::Role, &facts.role, "text", Some("organization-title"), None) }
                    </div>
                </fieldset>
                <fieldset class="sc-fieldset">
                    <legend>{ "The interview" }</legend>
                    <div class="sc-grid">
                        { field("sc-interviewer-name", "Interviewer's name", FactField::InterviewerName, &facts.interviewer_name, "text", Some("off"), Some("As you would address them, e.g. Ms Ortega.")) }
                        { field("sc-interviewer-title", "Interviewer's job title", FactField::InterviewerTitle, &facts.interviewer_title, "text", Some("off"), None) }
                        { field("sc-interviewer-email", "Interviewer's e-mail (optional)", FactField::InterviewerEmail, &facts.interviewer_email, "email", Some("off"), None) }
                        { field("sc-date", "Interview date", FactField::InterviewDate, &facts.interview_date, "date", None, None) }
                    </div>
                    { radio_group("format", "How it took place", InterviewFormat::ALL.iter().map(|f| Choice {
                        key: f.key(),
                        label: f.label(),
                        checked: facts.format == *f,
                        note: None,
                    }).collect(), &on_format) }
                </fieldset>
                <fieldset class="sc-fieldset">
                    <legend>{ "You" }</legend>
                    <div class="sc-grid">
                        { field("sc-candidate-name", "Your name", FactField::CandidateName, &facts.candidate_name, "text", Some("name"), None) }
                        { field("sc-candidate-contact", "Your e-mail or phone", FactField::CandidateContact, &facts.candidate_contact, "text", Some("email"), None) }
                    </div>
                </fieldset>
                <div class="sc-actions">
                    <button type="submit" class="sc-button sc-button-primary">{ "Next: what went wrong?" }</button>
                </div>
            </form>
        </section>
    }
}
