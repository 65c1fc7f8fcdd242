//! The live preview, exactly as it will be sent, with the tone flags' words highlighted,
//! plus word count, reading time and readability grade. Of a huge letter it shows the
//! start and says how much it leaves out (the Write step decides where to cut).

use yew::prelude::*;

use crate::domain::letter::SectionKind;
use crate::domain::tone::Flag;
use crate::domain::Channel;

/// What the [`letter_preview`] shows.
pub struct LetterPreview<'a> {
    /// The channel (the e-mail shows its header lines).
    pub channel: Channel,
    /// E-mail subject.
    pub subject: &'a str,
    /// E-mail recipient, if known.
    pub to: &'a str,
    /// The text as sent, or, for a huge letter, the part of it shown.
    pub text: &'a str,
    /// Characters in `text`.
    pub shown_chars: usize,
    /// Characters in the whole letter: more than `shown_chars` when the preview shows
    /// only the letter's start.
    pub total_chars: usize,
    /// Flags whose words are highlighted (offsets into `text`).
    pub flags: &'a [Flag],
    /// Words counted against the budget (for the phone script, its opening's).
    pub words: usize,
    /// The channel and length's word budget.
    pub budget: usize,
    /// Reading time in seconds.
    pub reading_seconds: u32,
    /// Readability grade.
    pub grade: f32,
    /// On a narrow screen, whether the letter itself is folded away (the editors above
    /// already show it once); wide layouts always show it.
    pub collapsed: bool,
    /// Folds or unfolds the letter on a narrow screen.
    pub on_toggle: Callback<()>,
}

/// Splits `text` into plain and highlighted runs. Flags are sorted by start; overlapping
/// flags extend the current highlight instead of nesting.
fn highlighted(text: &str, flags: &[Flag]) -> Html {
    let mut out = Vec::new();
    let mut at = 0;
    for (i, flag) in flags.iter().enumerate() {
        if flag.end <= flag.start || flag.start < at || text.get(flag.start..flag.end).is_none() {
            continue;
        }
        if let Some(plain) = text.get(at..flag.start) {
            out.push(html! { { plain.to_string() } });
        }
        let words = &text[flag.start..flag.end];
        out.push(html! {
            <mark class={classes!("sc-mark", format!("is-{}", flag.kind.key()))} title={flag.kind.label()}
                aria-describedby={format!("sc-flag-{i}-title")}>{ words.to_string() }</mark>
        });
        at = flag.end;
    }
    if let Some(rest) = text.get(at..) {
        out.push(html! { { rest.to_string() } });
    }
    out.into_iter().collect()
}

/// The phone script laid out as a script: each part under its heading, the talking
/// points as a list, the two branches set apart. The text is cut at its part breaks and
/// each piece highlighted with the flags inside it, moved to the piece's offsets.
fn script(text: &str, flags: &[Flag]) -> Html {
    let mut out = Vec::new();
    let mut at = 0;
    for block in text.split("\n\n") {
        let start = at;
        at += block.len() + 2;
        let (label, body, body_at) = match block.split_once('\n') {
            Some((head, body)) if SectionKind::ALL.iter().any(|k| k.label() == head) => {
                (Some(head), body, start + head.len() + 1)
            }
            _ => (None, block, start),
        };
        let end = body_at + body.len();
        let inside: Vec<Flag> = flags
            .iter()
            .filter(|f| f.start >= body_at && f.end <= end)
            .map(|f| Flag {
                start: f.start - body_at,
                end: f.end - body_at,
                ..f.clone()
            })
            .collect();
        let branch = matches!(label, Some(l) if l == SectionKind::IfYes.label() || l == SectionKind::IfNo.label());
        out.push(html! {
            <div class={classes!("sc-script-part", branch.then_some("is-branch"))}>
                if let Some(label) = label { <h4>{ label }</h4> }
                <div class="sc-preview-body">{ highlighted(body, &inside) }</div>
            </div>
        });
    }
    out.into_iter().collect()
}

/// Human reading time ("under a minute", "2 min").
fn reading_time(seconds: u32) -> String {
    match seconds {
        0..=59 => "under a minute".to_string(),
        s => format!("about {} min", s.div_ceil(60)),
    }
}

/// The preview panel. A plain view function rather than a component: it holds no
/// state, and each component costs about 0.6 KB of the download.
pub fn letter_preview(props: LetterPreview) -> Html {
    html! {
        <section class={classes!("sc-preview-wrap", props.collapsed.then_some("is-collapsed"))} aria-labelledby="sc-preview-title">
            <h3 id="sc-preview-title">{ "Preview, exactly as it will be sent" }</h3>
            <p class="sc-stats">
                <span class={classes!("sc-budget", (props.words > props.budget).then_some("is-over"))}>
                    { if props.channel == Channel::Phone { format!("Opening: {} of {} words", props.words, props.budget) } else { format!("{} of {} words", props.words, props.budget) } }
                </span>
                { format!(" \u{00b7} {} to read \u{00b7} reading grade {}", reading_time(props.reading_seconds), props.grade.round() as u32) }
            </p>
            <button type="button" class="sc-button sc-preview-toggle" aria-expanded={(!props.collapsed).to_string()}
                onclick={props.on_toggle.reform(|_| ())}>
                { if props.collapsed { "Show the letter as it will be sent" } else { "Hide the letter" } }
            </button>
            if props.shown_chars < props.total_chars {
                // Said before the letter, so nobody reads the cut as the end of it.
                <p class="sc-preview-note">
                    { format!("This letter is very long, so the preview shows only its first {} of {} characters. The editor holds all of it, and all of it will be sent. The preview and the tone check update when you pause typing.",
                        props.shown_chars, props.total_chars) }
                </p>
            }
            <div class="sc-preview sc-print-letter">
                if props.channel == Channel::Email {
                    <p class="sc-preview-head">
                        if !props.to.trim().is_empty() { <span>{ format!("To: {}", props.to.trim()) }</span><br /> }
                        <span>{ format!("Subject: {}", props.subject) }</span>
                    </p>
                }
                if props.channel == Channel::Phone {
                    { script(props.text, props.flags) }
                } else {
                    <div class="sc-preview-body">{ highlighted(props.text, props.flags) }</div>
                }
            </div>
        </section>
    }
}
