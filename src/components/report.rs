//! The diagnosis report: the verdict in one sentence, a severity meter and per-area
//! bars (inline SVG), each finding with how it was likely read and how to repair it,
//! the patterns, what to send, and the recommended channel and timing.

use yew::prelude::*;

use crate::domain::diagnosis::{Area, Diagnosis, Finding, Verdict};

const METER_WIDTH: u32 = 300;

fn meter(severity: u8, verdict: Verdict) -> Html {
    let fill = u32::from(severity.min(100)) * METER_WIDTH / 100;
    let label = format!("Overall severity: {severity} out of 100");
    html! {
        <figure class="sc-meter">
            <svg viewBox={format!("0 0 {METER_WIDTH} 24")} role="img" aria-label={label.clone()} class="sc-meter-svg" focusable="false">
                <rect class="sc-meter-track" x="0" y="4" width={METER_WIDTH.to_string()} height="16" rx="8" />
                <rect class={classes!("sc-meter-fill", format!("is-{}", verdict.key()))} x="0" y="4" width={fill.to_string()} height="16" rx="8" />
            </svg>
            <figcaption>{ label }</figcaption>
        </figure>
    }
}

/// One bar per area: the label is HTML text (so it keeps its size at any width), the
/// bar an SVG that only stretches. The figure's caption says the same for assistive
/// technology only, so the chart is not said twice on screen.
fn area_bars(diagnosis: &Diagnosis) -> Html {
    html! {
        <figure class="sc-bars">
            <ul class="sc-bars-list" aria-hidden="true">
                { for diagnosis.areas.iter().map(|a| {
                    let width = (a.score.min(a.max) * 100).checked_div(a.max).unwrap_or(0);
                    html! {
                        <li>
                            <span class="sc-bars-label">{ a.area.label() }</span>
                            <svg viewBox="0 0 100 14" preserveAspectRatio="none" focusable="false">
                                <rect class="sc-bars-track" width="100" height="14" rx="7" />
                                <rect class="sc-bars-fill" width={width.to_string()} height="14" rx="7" />
                            </svg>
                        </li>
                    }
                }) }
            </ul>
            <figcaption id="sc-bars-caption" class="sc-visually-hidden">
                { "By area: " }
                { diagnosis.areas.iter().map(|a| format!("{} {} of {}", a.area.label(), a.score, a.max)).collect::<Vec<_>>().join("; ") }
            </figcaption>
        </figure>
    }
}

/// A finding's badge: how serious a fault is; what a signal or a circumstance is,
/// since neither is a mistake of the candidate's.
fn badge(f: &Finding) -> &'static str {
    match f.symptom.area {
        Area::Circumstances => "Outside your control",
        Area::Signals if f.symptom.is_good_sign() => "A good sign",
        Area::Signals => "Their reaction",
        _ => f.severity.label(),
    }
}

/// The live report of the diagnosis `d` beside the checklist. A plain view function
/// rather than a component: it holds no state, and each component costs about 0.6 KB
/// of the download.
pub fn report(d: &Diagnosis) -> Html {
    // Nothing ticked yet: a calm line, no verdict to announce.
    let empty = d.findings.is_empty();
    html! {
        <section class={classes!("sc-report", format!("is-{}", d.verdict.key()))} aria-labelledby="sc-report-title">
            <h3 id="sc-report-title">{ "Your report" }</h3>
            <div class="sc-verdict" role="status" aria-live="polite">
                if !empty {
                    <p class="sc-verdict-headline">{ d.verdict.headline() }</p>
                }
                <p class="sc-verdict-summary">{ d.summary() }</p>
                if !empty {
                    <p class="sc-verdict-advice"><span class="sc-term">{ "What to send: " }</span>{ d.verdict.advice() }</p>
                }
            </div>
            if d.verdict != Verdict::NothingToRepair {
                { meter(d.severity, d.verdict) }
                { area_bars(d) }
            }
            if !d.patterns.is_empty() {
                <h4>{ "Patterns" }</h4>
                <ul class="sc-patterns">
                    { for d.patterns.iter().map(|p| html! {
                        <li class="sc-pattern" id={format!("sc-pattern-{}", p.id)}>
                            <strong>{ p.title }</strong>
                            <p>{ p.explanation }</p>
                            <p><span class="sc-term">{ "In the letter: " }</span>{ p.advice }</p>
                        </li>
                    }) }
                </ul>
            }
            if !d.findings.is_empty() {
                <h4>{ "What each one tells them, and the repair" }</h4>
                <ol class="sc-findings">
                    { for d.findings.iter().map(|f| html! {
                        <li class={classes!("sc-finding", format!("is-{}", f.severity.key()))} id={format!("sc-finding-{}", f.symptom.id)}>
                            <p class="sc-finding-title">
                                <span class="sc-badge">{ badge(f) }</span>
                                { f.symptom.question }
                            </p>
                            if !f.detail.is_empty() {
                                <p class="sc-finding-detail">{ "You noted: " }<q>{ f.detail.clone() }</q></p>
                            }
                            <p><span class="sc-term">{ "How they likely saw it: " }</span>{ f.symptom.perception }</p>
                            <p><span class="sc-term">{ "Repair: " }</span>{ f.symptom.repair }</p>
                        </li>
                    }) }
                </ol>
            }
            if !empty {
            <div class="sc-advice">
                <p><span class="sc-term">{ "Best channel: " }</span>{ d.channel.label() }{ ". " }{ d.channel_reason }</p>
                <p><span class="sc-term">{ "When: " }</span>{ d.timing }</p>
            </div>
            }
        </section>
    }
}
