//! "What goes into your letter": the Write step's fields whose words the letter uses,
//! each written to the interviewer and shaped by the composer into full sentences.
//! Only the fields the current letter uses are shown, so every one visibly shapes it;
//! the step-2 notes stay private and are never offered here (the letter takes from them
//! only a few facts: the question they name, how many minutes late the writer was, the
//! CV line they quote, the notice period, and the reason for wanting the job while its
//! field is empty, which the "why" field then quotes).

use yew::prelude::*;

use super::field::event_value;

/// One field as shown.
#[derive(Clone, PartialEq)]
pub struct LineField {
    /// Its key in the draft's letter lines.
    pub key: &'static str,
    /// The prompt, names filled in.
    pub label: String,
    /// What the user wrote.
    pub value: String,
    /// The letter asks for it: it repairs the top finding or carries the evidence, and
    /// it is still empty.
    pub needed: bool,
    /// The letter holds a fill-in for it until it is written (else it owns the slip
    /// without the better answer).
    pub holds_fill_in: bool,
    /// The first sentence of what the user wrote that reads as notes, which the
    /// letter leaves out.
    pub left_out: Option<String>,
    /// Words the letter keeps from it that still read as a note, quoted, with what to
    /// do about them.
    pub rough: Option<String>,
    /// It is the moment, typed as a question the interviewer asked with no answer.
    pub unanswered: bool,
    /// It is an answer that does not say which question it answers.
    pub nameless: bool,
    /// Empty, the "why" takes this reason from the step-2 notes.
    pub from_notes: Option<String>,
    /// The reason in the "why" that only says the job is near home, which the letter
    /// sets aside beside the others.
    pub near_home: Option<String>,
    /// The letter leaves it out to keep within its budget, this many words.
    pub for_length: Option<usize>,
}

/// The letter's own `fields`, in the letter's order, written to `to` ("Ms Ortega", or
/// "the interviewer"); `on_line` gets (key, text) on every change. A view function,
/// not a component (see `field::text_field`).
pub fn letter_lines(
    fields: &[LineField],
    to: &str,
    on_line: &Callback<(&'static str, String)>,
) -> Html {
    html! {
        <section class="sc-lines" aria-labelledby="sc-lines-title">
            <h3 id="sc-lines-title">{ "What goes into your letter" }</h3>
            <p class="sc-hint">{ format!("Write these as you would say them to {to}. The letter uses them, shaped into full sentences; of your step-2 notes it borrows only a few facts, listed there.") }</p>
            <div class="sc-grid">
            { for fields.iter().map(|f| {
                let id = format!("sc-line-{}", f.key);
                let key = f.key;
                let on_input = on_line.reform(move |e: InputEvent| (key, event_value(&e)));
                let rows = if f.value.len() > 120 { "4" } else { "2" };
                let hint = if let Some(notes) = &f.left_out {
                    format!("The letter leaves out \u{201c}{}\u{201d} for now: it reads as notes. Write it as you would say it to {to}, in full sentences (\"I …\").", snippet(notes))
                } else if let Some(rough) = &f.rough {
                    format!("In the letter, {rough}. Write it as you would say it to {to}.")
                } else if f.unanswered {
                    "A question: add your answer after it, in a sentence or two, and the letter will give it.".to_owned()
                } else if f.nameless {
                    format!("Which question does this answer? Name it first (\"When you asked about …\"), so {to} knows what it replies to.")
                } else if f.needed && f.holds_fill_in {
                    "Your letter needs this: until you write it, it holds a fill-in.".to_owned()
                } else if f.needed && key == "evidence" {
                    // The letter holds no fill-in for it once the user's own words are
                    // in (a bracket sent by mistake scored lowest with blind readers).
                    "Your letter is stronger with this: one result, ideally with a number, is what makes the case for a second look.".to_owned()
                } else if f.needed {
                    "Your letter is stronger with this: until you write it, the letter owns the slip but cannot show the better answer.".to_owned()
                } else if let Some(limit) = f.for_length {
                    format!("Not in the letter for now: with everything else, it would run past the letter's {limit} words. Shorten another field, or this one, to make room.")
                } else if let Some(near) = &f.near_home {
                    format!("The letter leaves out \u{201c}{}\u{201d}: how near the job is to home matters to you more than to {to}. Your other reasons say more.", snippet(near))
                } else if let Some(reason) = &f.from_notes {
                    format!("Left empty, the letter gives the reason from your notes in step 2: \u{201c}{}\u{201d}.", snippet(reason))
                } else {
                    String::new()
                };
                let flagged = f.left_out.is_some() || f.rough.is_some() || f.needed || f.unanswered || f.nameless;
                let hinted = flagged || f.from_notes.is_some() || f.near_home.is_some() || f.for_length.is_some();
                html! {
                    <div class={classes!("sc-field", flagged.then_some("is-needed"))}>
                        <label for={id.clone()}>{ f.label.clone() }</label>
                        <textarea id={id.clone()} rows={rows} value={f.value.clone()} oninput={on_input}
                            aria-describedby={hinted.then(|| format!("{id}-hint"))} />
                        if hinted {
                            <p class="sc-hint" id={format!("{id}-hint")}>{ hint }</p>
                        }
                    </div>
                }
            }) }
            </div>
        </section>
    }
}

/// The start of a left-out sentence, short enough to quote in a hint.
fn snippet(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", s[..at].trim_end()),
        None => s.to_owned(),
    }
}
