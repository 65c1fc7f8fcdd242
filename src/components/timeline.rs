//! The follow-up timeline as inline SVG: interview, sent, the reply window, the one
//! check-in, and today. The same facts are given as text for screen readers.
//!
//! The geometry comes from the domain ([`place_labels`]): a narrow viewBox, so that the text
//! stays at 12 CSS px or more on a phone, and labels in rows above and below the axis,
//! so that none overlaps another whatever the dates. The axis runs along y = 0.

use yew::prelude::*;

#[cfg(doc)]
use crate::domain::followup::place_labels;
use crate::domain::followup::{chart_x, label_span, PointKind, Timeline, AXIS_ENDS, CHART_WIDTH};

fn kind_key(kind: PointKind) -> &'static str {
    match kind {
        PointKind::Interview => "interview",
        PointKind::Sent => "sent",
        PointKind::ReplyWindowStart => "reply-start",
        PointKind::ReplyWindowEnd => "reply-end",
        PointKind::CheckIn => "check-in",
        PointKind::Today => "today",
    }
}

/// The chart of `timeline`, the milestones with their positions. A plain view
/// function rather than a component: it holds no state, and each component costs
/// about 0.6 KB of the download.
pub fn timeline_chart(timeline: &Timeline) -> Html {
    let points = &timeline.points;
    // Whole units throughout: formatting floats would pull the float printer into the
    // binary.
    let window = points
        .iter()
        .find(|p| p.kind == PointKind::ReplyWindowStart)
        .zip(points.iter().find(|p| p.kind == PointKind::ReplyWindowEnd));
    let description = points
        .iter()
        .map(|p| format!("{}: {}", p.label, p.date.long()))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <figure class="sc-timeline">
            <svg viewBox={format!("0 {} {CHART_WIDTH} {}", timeline.top, timeline.height)} role="img" aria-labelledby="sc-timeline-caption" focusable="false">
                <line class="sc-timeline-axis" x1={AXIS_ENDS[0]} x2={AXIS_ENDS[1]} />
                if let Some((start, end)) = window {
                    <rect class="sc-timeline-window" x={chart_x(start.position).to_string()} y="-8"
                        width={(chart_x(end.position) - chart_x(start.position)).max(2).to_string()} height="16" rx="4" />
                }
                { for points.iter().filter(|p| p.is_drawn()).map(|p| {
                    let s = label_span(p.position, p.label);
                    html! {
                        <g class={classes!("sc-timeline-point", format!("is-{}", kind_key(p.kind)))}>
                            <circle cx={chart_x(p.position).to_string()} r={if p.kind == PointKind::Today { "5" } else { "7" }} />
                            <text x={s.text_x.to_string()} y={p.baseline.to_string()} text-anchor={s.anchor}>{ p.label }</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption id="sc-timeline-caption" class="sc-hint">{ description }</figcaption>
        </figure>
    }
}
