//! The follow-up timeline as inline SVG: interview, sent, the reply window, the one
//! check-in, and today. The same facts are given as text for screen readers.

use yew::prelude::*;

use crate::domain::followup::{PointKind, Timeline};

/// Props of [`TimelineChart`].
#[derive(Clone, PartialEq, Properties)]
pub struct TimelineChartProps {
    /// The milestones with their positions.
    pub timeline: Timeline,
}

const WIDTH: f32 = 600.0;
const LEFT: f32 = 20.0;
const SPAN: f32 = WIDTH - 2.0 * LEFT;

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

/// The chart.
#[function_component(TimelineChart)]
pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let points = &props.timeline.points;
    // Whole pixels: formatting floats would pull the float printer into the binary.
    let x = |p: f32| (LEFT + p.clamp(0.0, 1.0) * SPAN).round() as i32;
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
            <svg viewBox={format!("0 0 {} 92", WIDTH as i32)} role="img" aria-labelledby="sc-timeline-caption" focusable="false">
                <line class="sc-timeline-axis" x1={(LEFT as i32).to_string()} y1="40" x2={((LEFT + SPAN) as i32).to_string()} y2="40" />
                if let Some((start, end)) = window {
                    <rect class="sc-timeline-window" x={x(start.position).to_string()} y="32"
                        width={(x(end.position) - x(start.position)).max(2).to_string()} height="16" rx="4" />
                }
                { for points.iter().enumerate().filter(|(_, p)| p.kind != PointKind::ReplyWindowEnd).map(|(i, p)| {
                    let cx = x(p.position);
                    let above = i % 2 == 0;
                    let anchor = if p.position < 0.1 { "start" } else if p.position > 0.9 { "end" } else { "middle" };
                    html! {
                        <g class={classes!("sc-timeline-point", format!("is-{}", kind_key(p.kind)))}>
                            <circle cx={cx.to_string()} cy="40" r={if p.kind == PointKind::Today { "5" } else { "7" }} />
                            <text x={cx.to_string()} y={if above { "20" } else { "72" }} text-anchor={anchor}>{ p.label }</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption id="sc-timeline-caption" class="sc-hint">{ description }</figcaption>
        </figure>
    }
}
