//! Step 1: what the letter needs to know about the interview.

use yew::prelude::*;

use super::field::{event_value, radio_group, text_field, Choice};
use crate::domain::{InterviewFacts, InterviewFormat};
use crate::draft::{DraftEdit, FactField};

/// The interview facts form: `facts` typed so far, `on_edit` gets every change,
/// `on_next` moves on to the diagnosis. Every field is optional: the letter shows a
/// clear placeholder for anything left empty. A view function (see `text_field`).
pub fn interview_form(
    facts: &InterviewFacts,
    on_edit: &Callback<DraftEdit>,
    on_next: &Callback<()>,
) -> Html {
    let field = |id: &'static str,
                 label: &'static str,
                 field: FactField,
                 value: &str,
                 kind: &'static str,
                 autocomplete: Option<&'static str>,
                 hint: Option<&'static str>| {
        let on_change = on_edit.reform(move |v| DraftEdit::Fact(field, v));
        text_field(id, label, value, kind, autocomplete, hint, on_change)
    };
    let on_format =
        on_edit.reform(|e: Event| DraftEdit::Format(InterviewFormat::from_key(&event_value(&e))));
    html! {
        <section class="sc-panel" aria-labelledby="sc-interview-title">
            <h2 id="sc-interview-title" tabindex="-1">{ "Step 1: The interview" }</h2>
            <p class="sc-lead">
                { "It happens to almost everyone. Start with the facts: they go into your letter." }
            </p>
            <form class="sc-form" onsubmit={on_next.reform(|e: SubmitEvent| e.prevent_default())}>
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
