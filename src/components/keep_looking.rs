//! Keep looking: a small list of other openings, sorted by the next date, and the
//! lessons of this interview as a checklist for the next one.

use yew::prelude::*;

use super::field::event_value;
use crate::domain::followup::{safe_link, sort_openings, Opening, OpeningStatus};

/// What the keep-looking list can ask for, and nothing else. The root turns each into
/// an action, filling in new ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpeningIntent {
    /// Add a blank opening.
    Add,
    /// An opening changed (matched by id).
    Update(Opening),
    /// Remove the opening with this id.
    Remove(String),
}

#[derive(Clone, Copy)]
enum Part {
    Company,
    Role,
    Link,
    NextStep,
    NextDate,
}

fn row(opening: &Opening, on_intent: &Callback<OpeningIntent>) -> Html {
    let id = opening.id.clone();
    let field = |part: Part, label: &'static str, value: &str, kind: &'static str| {
        let base = opening.clone();
        let field_id = format!(
            "sc-opening-{}-{}",
            id,
            label.to_ascii_lowercase().replace(' ', "-")
        );
        let on_input = on_intent.reform(move |e: InputEvent| {
            let mut next = base.clone();
            let value = event_value(&e);
            match part {
                Part::Company => next.company = value,
                Part::Role => next.role = value,
                Part::Link => next.link = value,
                Part::NextStep => next.next_step = value,
                Part::NextDate => next.next_date = value,
            }
            OpeningIntent::Update(next)
        });
        html! {
            <div class="sc-field">
                <label for={field_id.clone()}>{ label }</label>
                <input id={field_id} type={kind} value={value.to_string()} oninput={on_input} />
            </div>
        }
    };
    let on_status = {
        let base = opening.clone();
        on_intent.reform(move |e: Event| {
            let mut next = base.clone();
            next.status = OpeningStatus::from_key(&event_value(&e));
            OpeningIntent::Update(next)
        })
    };
    let status_id = format!("sc-opening-{id}-status");
    let title = match (opening.company.trim(), opening.role.trim()) {
        ("", "") => "New opening".to_string(),
        (c, "") => c.to_string(),
        ("", r) => r.to_string(),
        (c, r) => format!("{r} at {c}"),
    };
    html! {
        <li class={classes!("sc-opening", format!("is-{}", opening.status.key()))}>
            <fieldset class="sc-fieldset">
                <legend>{ title.clone() }
                    if let Some(href) = safe_link(&opening.link) {
                        { " " }<a href={href} target="_blank" rel="noopener noreferrer">{ "open the ad" }</a>
                    }
                </legend>
                <div class="sc-grid">
                    { field(Part::Company, "Company", &opening.company, "text") }
                    { field(Part::Role, "Role", &opening.role, "text") }
                    { field(Part::Link, "Link", &opening.link, "url") }
                    <div class="sc-field">
                        <label for={status_id.clone()}>{ "Status" }</label>
                        <select id={status_id} onchange={on_status}>
                            { for OpeningStatus::ALL.iter().map(|s| html! {
                                <option value={s.key()} selected={*s == opening.status}>{ s.label() }</option>
                            }) }
                        </select>
                    </div>
                    { field(Part::NextStep, "Next step", &opening.next_step, "text") }
                    { field(Part::NextDate, "Next date", &opening.next_date, "date") }
                </div>
                <button type="button" class="sc-button sc-button-quiet" aria-label={format!("Remove {title}")}
                    onclick={on_intent.reform(move |_| OpeningIntent::Remove(id.clone()))}>{ "Remove" }</button>
            </fieldset>
        </li>
    }
}

/// The job-hunt list, sorted by the next date, and this interview's `lessons` as a
/// checklist for the next one; `on_intent` gets what the user asks of the list. A view
/// function (see `field::text_field`).
pub fn keep_looking(
    openings: &[Opening],
    lessons: &[&'static str],
    on_intent: &Callback<OpeningIntent>,
) -> Html {
    let mut openings = openings.to_vec();
    sort_openings(&mut openings);
    let on_add = on_intent.reform(|_| OpeningIntent::Add);
    html! {
        <section class="sc-keep-looking" aria-labelledby="sc-keep-title">
            <h3 id="sc-keep-title">{ "Keep looking" }</h3>
            <p class="sc-hint">{ "The best next job may be one you have not found yet. Keep a few openings moving while you wait." }</p>
            if openings.is_empty() {
                <p>{ "No other openings noted yet." }</p>
            } else {
                <ol class="sc-openings">{ for openings.iter().map(|o| row(o, on_intent)) }</ol>
            }
            <button type="button" class="sc-button" onclick={on_add}>{ "Add an opening" }</button>
            <h4>{ "For your next interview" }</h4>
            <ul class="sc-lessons">
                { for lessons.iter().map(|l| html! { <li>{ *l }</li> }) }
            </ul>
        </section>
    }
}
