//! Step 4, "send & follow up": calendar dates, the one-check-in plan, its timeline, the
//! `.ics` reminder, the "keep looking" list of other openings and the lessons for the
//! next interview.
//!
//! The seed article's advice: once the letter is out, the interviewer will get in touch
//! if they want a second meeting; do not chase them, keep job hunting. So the plan has
//! exactly one check-in, and after it the app says: let it go, keep looking.
//!
//! Dates are plain calendar dates (proleptic Gregorian, no time zone); the UI turns the
//! user's local "today" into a [`CivilDate`]. No date crate: the arithmetic is Howard
//! Hinnant's days-from-civil algorithm.

use super::diagnosis::Diagnosis;
use super::Channel;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------

/// A calendar date (proleptic Gregorian), no time zone: the UI converts the user's
/// local "today" into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// The year, e.g. 2026.
    pub year: i32,
    /// The month, 1..=12.
    pub month: u8,
    /// The day of the month, 1..=31.
    pub day: u8,
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// Monday to Sunday.
    pub const ALL: [Weekday; 7] = [
        Self::Monday,
        Self::Tuesday,
        Self::Wednesday,
        Self::Thursday,
        Self::Friday,
        Self::Saturday,
        Self::Sunday,
    ];

    /// The English name, e.g. "Wednesday".
    pub fn name(self) -> &'static str {
        match self {
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Sunday => "Sunday",
        }
    }

    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        matches!(self, Self::Saturday | Self::Sunday)
    }
}

/// The months' names, January first (the note-shaping step spells out "aug" with them).
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Hinnant's `days_from_civil`).
const fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (Hinnant's `civil_from_days`); `z` must lie in
/// [`MIN_DAY`]..=[`MAX_DAY`].
fn civil_from_days(z: i64) -> CivilDate {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    CivilDate {
        // In range by the clamp in `from_day_number`.
        year: year as i32,
        month: month as u8,
        day: day as u8,
    }
}

const MIN_DAY: i64 = days_from_civil(i32::MIN as i64, 1, 1);
const MAX_DAY: i64 = days_from_civil(i32::MAX as i64, 12, 31);

impl CivilDate {
    /// Parses `YYYY-MM-DD` (what `<input type="date">` gives), surrounding spaces
    /// allowed; `None` for anything else or a day the month does not have.
    pub fn parse(iso: &str) -> Option<Self> {
        let b = iso.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        let year = num(0..4)?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year.into(), month) {
            return None;
        }
        Some(Self {
            year: i32::try_from(year).ok()?,
            month,
            day,
        })
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01.
    fn day_number(self) -> i64 {
        days_from_civil(i64::from(self.year), self.month, self.day)
    }

    fn from_day_number(n: i64) -> Self {
        civil_from_days(n.clamp(MIN_DAY, MAX_DAY))
    }

    /// The date `days` later (earlier when negative); saturates at the ends of the
    /// `i32` year range.
    pub fn add_days(self, days: i64) -> Self {
        Self::from_day_number(self.day_number().saturating_add(days))
    }

    /// `other - self` in days.
    pub fn days_until(self, other: Self) -> i64 {
        other.day_number() - self.day_number()
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        Weekday::ALL[(self.day_number() + 3).rem_euclid(7) as usize]
    }

    /// The `n`th Monday-to-Friday day after this one (Friday + 1 = Monday,
    /// Saturday + 1 = Monday); `n = 0` is the date itself. No public holidays.
    pub fn add_business_days(self, n: u32) -> Self {
        if n == 0 {
            return self;
        }
        // Counting from a weekend day is the same as counting from the Friday before.
        let mut d = match self.weekday() {
            Weekday::Saturday => self.add_days(-1),
            Weekday::Sunday => self.add_days(-2),
            _ => self,
        };
        // From a weekday, every five business days are exactly one calendar week.
        d = d.add_days(i64::from(n / 5) * 7);
        for _ in 0..n % 5 {
            d = d.add_days(1);
            while d.weekday().is_weekend() {
                d = d.add_days(1);
            }
        }
        d
    }

    /// This date if it is Monday to Friday, otherwise the following Monday.
    pub fn next_business_day(self) -> Self {
        match self.weekday() {
            Weekday::Saturday => self.add_days(2),
            Weekday::Sunday => self.add_days(1),
            _ => self,
        }
    }

    /// The long form shown to the user: "Wednesday 25 November 2026".
    pub fn long(self) -> String {
        format!("{} {}", self.weekday().name(), self.day_month_year())
    }

    /// "20 November 2026": the date as a letter writes it.
    pub fn day_month_year(self) -> String {
        let month = MONTHS[usize::from(self.month.clamp(1, 12)) - 1];
        format!("{} {month} {}", self.day, self.year)
    }

    /// "25 Nov, 19:04": a short label for a moment on this date, given its hour and
    /// minute. Formatted here rather than by the browser's `toLocaleString`, whose first
    /// call loads the locale data and cost about 37 ms of the page's start-up.
    pub fn short_label(self, hour: u32, minute: u32) -> String {
        let month = MONTHS[usize::from(self.month.clamp(1, 12)) - 1];
        format!(
            "{} {}, {hour:02}:{minute:02}",
            self.day,
            month.get(..3).unwrap_or(month)
        )
    }
}

// ---------------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------------

/// When and how the letter went out, as stored in a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SentRecord {
    /// The day it was sent, `YYYY-MM-DD`.
    pub date: String,
    /// E-mail, printed letter or phone call.
    pub channel: Channel,
}

/// What to do on one possible answer from the employer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The case, e.g. "They offer a second interview".
    pub title: &'static str,
    /// What to do then.
    pub advice: &'static str,
}

/// Where today falls in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Too early for a reply.
    BeforeReplyWindow,
    /// Replies usually come now; nothing to do but keep looking.
    InReplyWindow,
    /// The check-in day has come (and up to 7 days after it).
    CheckInDue,
    /// More than a week after the check-in day: let it go.
    AfterCheckIn,
}

impl Stage {
    /// Stable key, for CSS classes and tests.
    pub fn key(self) -> &'static str {
        match self {
            Self::BeforeReplyWindow => "before_reply_window",
            Self::InReplyWindow => "in_reply_window",
            Self::CheckInDue => "check_in_due",
            Self::AfterCheckIn => "after_check_in",
        }
    }

    /// One calm sentence for the user.
    pub fn message(self) -> &'static str {
        match self {
            Self::BeforeReplyWindow => "Your letter is on its way and it is too early for a reply, so keep looking at other openings in the meantime.",
            Self::InReplyWindow => "This is when replies usually come; there is nothing to chase, so keep looking while you wait.",
            Self::CheckInDue => "It is time for your one check-in: a short, friendly note asking whether there is any news.",
            Self::AfterCheckIn => "You asked and gave them time, so let this one go without regret and keep looking: a better opening may be waiting.",
        }
    }
}

/// The follow-up plan after the letter went out.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowUpPlan {
    /// The day the letter went out.
    pub sent: CivilDate,
    /// The earliest a reply is likely.
    pub reply_from: CivilDate,
    /// The end of the usual reply window.
    pub reply_until: CivilDate,
    /// The one check-in: the business day after `reply_until`.
    pub check_in: CivilDate,
    /// Why to check in only once, in one sentence.
    pub why_only_once: &'static str,
    /// What to do on a second interview, a polite no, or silence.
    pub outcomes: Vec<Outcome>,
    /// Where today falls.
    pub stage: Stage,
}

const WHY_ONLY_ONCE: &str = "One friendly check-in shows you are still keen, but more than that feels like pressure and can undo the good your letter did, so keep looking instead.";

const OUTCOMES: [Outcome; 3] = [
    Outcome {
        title: "They offer a second interview",
        advice: "Say yes and thank them, then prepare: read up on the company again, practise the answers that went wrong and bring your own questions.",
    },
    Outcome {
        title: "They say no, kindly",
        advice: "Thank them for their time and for telling you, and ask them to keep you in mind; then put that energy into the next opening.",
    },
    Outcome {
        title: "You hear nothing",
        advice: "Check in once, on the check-in day. If that brings no answer, let it go: silence is an answer too. Keep looking.",
    },
];

/// Business days after sending: (reply window start, reply window end).
///
/// - e-mail: replies from 3 to 7 business days;
/// - printed letter: 2 more days each for the post (5 to 9);
/// - phone call: they heard you at once, so a little shorter (2 to 5).
fn reply_window(channel: Channel) -> (u32, u32) {
    match channel {
        Channel::Email => (3, 7),
        Channel::Letter => (5, 9),
        Channel::Phone => (2, 5),
    }
}

/// Days after the check-in day during which it still counts as due.
const CHECK_IN_GRACE_DAYS: i64 = 7;

/// Builds the plan for a letter sent on `sent` through `channel`, as seen on `today`.
///
/// Rules: the reply window runs from `sent` + a business days to `sent` + b business
/// days, with (a, b) = (3, 7) for e-mail, (5, 9) for a printed letter and (2, 5) for a
/// phone call. The one check-in is the business day after the window ends
/// (`sent` + b + 1 business days), so it is always Monday to Friday. Stage: before
/// `reply_from` → before the window; until the check-in day → in the window; from the
/// check-in day to 7 days after it → check-in due; later → after the check-in.
pub fn plan(sent: CivilDate, channel: Channel, today: CivilDate) -> FollowUpPlan {
    let (from, until) = reply_window(channel);
    let reply_from = sent.add_business_days(from);
    let reply_until = sent.add_business_days(until);
    let check_in = reply_until.add_business_days(1);
    let stage = if today < reply_from {
        Stage::BeforeReplyWindow
    } else if today < check_in {
        Stage::InReplyWindow
    } else if check_in.days_until(today) <= CHECK_IN_GRACE_DAYS {
        Stage::CheckInDue
    } else {
        Stage::AfterCheckIn
    };
    FollowUpPlan {
        sent,
        reply_from,
        reply_until,
        check_in,
        why_only_once: WHY_ONLY_ONCE,
        outcomes: OUTCOMES.to_vec(),
        stage,
    }
}

// ---------------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------------

/// What a timeline point marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PointKind {
    /// The interview.
    Interview,
    /// The letter went out.
    Sent,
    /// Replies become likely.
    ReplyWindowStart,
    /// The usual reply window ends.
    ReplyWindowEnd,
    /// The one check-in.
    CheckIn,
    /// Today (its position is clamped to the axis).
    Today,
}

/// One point on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelinePoint {
    /// Short label for the SVG.
    pub label: &'static str,
    /// The date it stands for (for today: the real date, even off the axis).
    pub date: CivilDate,
    /// Position on the axis, 0.0..=1.0.
    pub position: f32,
    /// What it marks.
    pub kind: PointKind,
    /// Its label's baseline (see [`place_labels`]); 0 when not drawn.
    pub baseline: i32,
}

impl TimelinePoint {
    /// Whether the chart draws it with a dot and a label: all but the reply window's
    /// end, which the window's bar shows.
    pub fn is_drawn(&self) -> bool {
        self.kind != PointKind::ReplyWindowEnd
    }
}

/// The timeline drawn as an inline SVG.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// The milestones in date order, then today.
    pub points: Vec<TimelinePoint>,
    /// The viewBox's top edge: the axis runs along y = 0, labels above it are negative.
    pub top: i32,
    /// The viewBox height (its width is [`CHART_WIDTH`]): grows with the rows of labels.
    pub height: i32,
}

/// Places the milestones on an axis from the interview (or the sending day when the
/// interview is unknown or later than it) to three days after the check-in; today is
/// added last, its position clamped to 0..=1.
pub fn timeline(interview: Option<CivilDate>, plan: &FollowUpPlan, today: CivilDate) -> Timeline {
    let interview = interview.filter(|d| *d <= plan.sent);
    let start = interview.unwrap_or(plan.sent);
    let span = start.days_until(plan.check_in.add_days(3)).max(1) as f32;
    let at = |d: CivilDate| (start.days_until(d) as f32 / span).clamp(0.0, 1.0);
    let mut points = Vec::with_capacity(6);
    let mut push = |label, date, kind| {
        points.push(TimelinePoint {
            label,
            date,
            position: at(date),
            kind,
            baseline: 0,
        })
    };
    if let Some(d) = interview {
        push("Interview", d, PointKind::Interview);
    }
    push("Sent", plan.sent, PointKind::Sent);
    push(
        "Replies often start",
        plan.reply_from,
        PointKind::ReplyWindowStart,
    );
    push(
        "Replies usually in",
        plan.reply_until,
        PointKind::ReplyWindowEnd,
    );
    push("Check in once", plan.check_in, PointKind::CheckIn);
    push("Today", today, PointKind::Today);
    let (top, height) = place_labels(&mut points);
    Timeline {
        points,
        top,
        height,
    }
}

// ---------------------------------------------------------------------------------
// Timeline chart layout
// ---------------------------------------------------------------------------------

/// The chart's viewBox width, in SVG user units. The SVG is scaled to its box (100%
/// wide, at most 40rem), so text renders at `CHART_FONT_SIZE × rendered width /
/// CHART_WIDTH` CSS px: at least 12 px down to [`CHART_MIN_RENDERED_WIDTH`].
pub const CHART_WIDTH: i32 = 304;
/// The labels' font size in user units. It must equal the CSS rule's
/// (`.sc-timeline-point text { font-size: 13px }` in style/app.css), which beats the
/// `font-size` attribute the chart also sets.
pub const CHART_FONT_SIZE: i32 = 13;
/// The narrowest the chart is drawn, in CSS px: 288 at a 320 px viewport.
pub const CHART_MIN_RENDERED_WIDTH: i32 = 288;
const _: () = assert!(CHART_FONT_SIZE * CHART_MIN_RENDERED_WIDTH >= 12 * CHART_WIDTH);
/// Where position 0 sits; position 1 sits as far from the right edge.
const CHART_INSET: i32 = 12;
/// From the axis to the nearest label box: clears the dots (radius 7 and their stroke)
/// and the reply-window bar (8 each side).
const CHART_CLEAR: i32 = 10;
/// A label box's height: an ascent of 12 and a descent of 4 around the baseline.
const LABEL_HEIGHT: i32 = 16;
const LABEL_ASCENT: i32 = 12;
/// From one row of labels to the next.
const ROW_PITCH: i32 = 18;
/// The least space between two labels of a row, and between a label and the edge.
const LABEL_GAP: i32 = 6;
const EDGE: i32 = 2;

/// The axis's ends, [`chart_x`] of 0 and 1, as the SVG attributes (text costs less
/// in the binary than formatting them).
pub const AXIS_ENDS: [&str; 2] = ["12", "292"];

/// The x of a position (0..=1) on the axis, in whole user units.
pub fn chart_x(position: f32) -> i32 {
    CHART_INSET + (position.clamp(0.0, 1.0) * (CHART_WIDTH - 2 * CHART_INSET) as f32).round() as i32
}

/// A label's estimated width: 0.62 em a character (generous for a system sans-serif;
/// UTF-8 bytes, never fewer than characters), rounded up to an even number so that it
/// centres on a whole unit.
pub fn label_width(text: &str) -> i32 {
    (text.len() as i32 * 62 * CHART_FONT_SIZE + 199) / 200 * 2
}

/// The box a label may cover, in user units (right and bottom exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelBox {
    /// Left edge.
    pub left: i32,
    /// Top edge.
    pub top: i32,
    /// Right edge.
    pub right: i32,
    /// Bottom edge.
    pub bottom: i32,
}

impl LabelBox {
    /// Whether the two boxes share any area.
    pub fn intersects(&self, other: &Self) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// A label's horizontal place, in user units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelSpan {
    /// How the text hangs from `text_x`: the SVG `text-anchor`, "start" near the left
    /// edge, "middle" or "end" near the right edge.
    pub anchor: &'static str,
    /// The text's x.
    pub text_x: i32,
    /// The left edge of the box the text stays in.
    pub left: i32,
    /// Its right edge (exclusive).
    pub right: i32,
}

/// Where the label `text` of a point at `position` goes across: centred on the point, or
/// starting (ending) there when centring would leave the viewBox.
pub fn label_span(position: f32, text: &str) -> LabelSpan {
    let x = chart_x(position);
    let w = label_width(text);
    let (anchor, text_x, left) = if x - w / 2 >= EDGE && x + w / 2 <= CHART_WIDTH - EDGE {
        ("middle", x, x - w / 2)
    } else if x < CHART_WIDTH / 2 {
        let left = x.min(CHART_WIDTH - EDGE - w);
        ("start", left, left)
    } else {
        ("end", x, x - w)
    };
    LabelSpan {
        anchor,
        text_x,
        left,
        right: left + w,
    }
}

/// Places the labels of the drawn points (see [`TimelinePoint::is_drawn`]) from their
/// positions and texts, and returns the viewBox's top and height. Each label is centred
/// on its point, or starts (ends) there when centring would leave the viewBox; each
/// takes the first row, alternating above and below the axis and moving outwards, where
/// it keeps [`LABEL_GAP`] from the labels already there. So no two labels overlap
/// whatever the dates, and the height grows with the rows used.
pub fn place_labels(points: &mut [TimelinePoint]) -> (i32, i32) {
    // The viewBox's edges: the axis band at least, then every label with a margin.
    let (mut top, mut bottom) = (-CHART_CLEAR, CHART_CLEAR);
    for i in 0..points.len() {
        let (done, rest) = points.split_at_mut(i);
        let p = &mut rest[0];
        if !p.is_drawn() {
            continue;
        }
        let span = label_span(p.position, p.label);
        let mut row = 0;
        p.baseline = loop {
            // Even rows above the axis, odd rows below, each pair a pitch further out.
            let out = row / 2 * ROW_PITCH + CHART_CLEAR;
            let baseline = LABEL_ASCENT
                + if row % 2 == 0 {
                    -out - LABEL_HEIGHT
                } else {
                    out
                };
            // Points not drawn keep baseline 0, which no row has.
            if !done.iter().any(|q| {
                let s = label_span(q.position, q.label);
                q.baseline == baseline
                    && s.left < span.right + LABEL_GAP
                    && span.left < s.right + LABEL_GAP
            }) {
                break baseline;
            }
            row += 1;
        };
        top = top.min(p.baseline - LABEL_ASCENT - EDGE);
        bottom = bottom.max(p.baseline - LABEL_ASCENT + LABEL_HEIGHT + EDGE);
    }
    (top, bottom - top)
}

// ---------------------------------------------------------------------------------
// Calendar file (RFC 5545)
// ---------------------------------------------------------------------------------

/// `YYYYMMDDTHHMMSSZ` for milliseconds since the Unix epoch, e.g. `20251125T190405Z`.
pub fn utc_stamp(ms: u64) -> String {
    let secs = ms / 1000;
    // u64 seconds / 86 400 always fits an i64.
    let d = civil_from_days((secs / 86_400) as i64);
    let t = secs % 86_400;
    format!(
        "{}T{:02}{:02}{:02}Z",
        d.compact(),
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

/// Escapes an iCalendar TEXT value: backslash, semicolon, comma, and any line break as
/// `\n`; other control characters (except tab) are dropped.
fn ics_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 8);
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no physical line exceeds 75 octets
/// (CRLF excluded): continuation lines start with one space. A fold never splits a
/// UTF-8 sequence or a backslash escape.
fn push_line(out: &mut String, line: &str) {
    let mut used = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        let unit = [Some(c), if c == '\\' { chars.next() } else { None }];
        let width: usize = unit.iter().flatten().map(|c| c.len_utf8()).sum();
        if used + width > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.extend(unit.iter().flatten());
        used += width;
    }
    out.push_str("\r\n");
}

fn or<'a>(value: &'a str, fallback: &'a str) -> &'a str {
    match value.trim() {
        "" => fallback,
        v => v,
    }
}

/// An RFC 5545 calendar file with one all-day event on the check-in day and a display
/// alarm at 09:00 that day.
///
/// `uid` should be stable per draft (e.g. `"<draft id>-checkin@second-chance.local"`)
/// so re-importing updates the event; `stamp_utc_ms` is now, in ms since the epoch.
/// Empty company, role or interviewer fall back to "the company", "the role", "the
/// interviewer".
pub fn check_in_ics(
    plan: &FollowUpPlan,
    company: &str,
    role: &str,
    interviewer: &str,
    uid: &str,
    stamp_utc_ms: u64,
) -> String {
    let company = or(company, "the company");
    let role = or(role, "the role");
    let interviewer = or(interviewer, "the interviewer");
    let summary = format!("Check in with {company} about {role}");
    let description = format!(
        "Send {interviewer} one short, friendly note: thank them again and ask whether there is any news.\nIf nothing comes back, let it go and keep looking."
    );
    let alarm = format!("Time for your one check-in with {company}.");
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Second Chance//Follow-up//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", ics_text(uid.trim())),
        format!("DTSTAMP:{}", utc_stamp(stamp_utc_ms)),
        format!("DTSTART;VALUE=DATE:{}", plan.check_in.compact()),
        format!("DTEND;VALUE=DATE:{}", plan.check_in.add_days(1).compact()),
        format!("SUMMARY:{}", ics_text(&summary)),
        format!("DESCRIPTION:{}", ics_text(&description)),
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        "TRIGGER:PT9H".to_owned(),
        format!("DESCRIPTION:{}", ics_text(&alarm)),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    let mut out = String::with_capacity(1024);
    for line in &lines {
        push_line(&mut out, line);
    }
    out
}

// ---------------------------------------------------------------------------------
// Keep looking: other openings
// ---------------------------------------------------------------------------------

/// Where an application to another opening stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OpeningStatus {
    /// Not applied yet.
    #[default]
    ToApply,
    /// Application sent.
    Applied,
    /// In interviews.
    Interviewing,
    /// An offer came.
    Offer,
    /// Over, either way.
    Closed,
}

impl OpeningStatus {
    /// All statuses, in the order the form lists them.
    pub const ALL: [Self; 5] = [
        Self::ToApply,
        Self::Applied,
        Self::Interviewing,
        Self::Offer,
        Self::Closed,
    ];

    /// Stable key for forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Self::ToApply => "to_apply",
            Self::Applied => "applied",
            Self::Interviewing => "interviewing",
            Self::Offer => "offer",
            Self::Closed => "closed",
        }
    }

    /// Parses a key written by [`OpeningStatus::key`]; unknown keys fall back to "to apply".
    pub fn from_key(key: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.key() == key)
            .unwrap_or_default()
    }

    /// Label shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::ToApply => "To apply",
            Self::Applied => "Applied",
            Self::Interviewing => "Interviewing",
            Self::Offer => "Offer",
            Self::Closed => "Closed",
        }
    }
}

/// One other opening on the "keep looking" list. All fields are user text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Opening {
    /// Stable id within the draft.
    pub id: String,
    /// The employer.
    pub company: String,
    /// The position.
    pub role: String,
    /// The job ad's address, as typed (render it through [`safe_link`]).
    pub link: String,
    /// Where it stands.
    pub status: OpeningStatus,
    /// The next thing to do, e.g. "send CV".
    pub next_step: String,
    /// When, `YYYY-MM-DD`, or empty.
    pub next_date: String,
}

/// Sorts openings by next date, soonest first; undated (or unreadable dates) after
/// them; closed ones last. Stable: ties keep their order.
pub fn sort_openings(openings: &mut [Opening]) {
    super::sort_by_rank(openings, |o| {
        if o.status == OpeningStatus::Closed {
            return [2, 0, 0];
        }
        match CivilDate::parse(&o.next_date) {
            Some(d) => [0, u64::try_from(d.day_number() - MIN_DAY).unwrap_or(0), 0],
            None => [1, 0, 0],
        }
    });
}

/// A safe `http(s)` address for an opening's link field, or `None`.
///
/// Tabs and line breaks are removed (browsers ignore them inside URLs, which is how
/// `java\tscript:` slips through), other control characters reject, inner spaces
/// become `%20`. `http://` and `https://` addresses with a host are kept; any other
/// scheme (`javascript:`, `data:`, `vbscript:`, `mailto:`...) is refused; a bare
/// address like `example.com/job` gets `https://` in front.
pub fn safe_link(raw: &str) -> Option<String> {
    let mut s = String::with_capacity(raw.len() + 8);
    for c in raw.trim().chars() {
        match c {
            '\t' | '\n' | '\r' => {}
            ' ' => s.push_str("%20"),
            c if c.is_control() || c.is_whitespace() => return None,
            c => s.push(c),
        }
    }
    let lower = s.to_ascii_lowercase();
    let rest = if let Some(r) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    {
        r
    } else if let Some(r) = lower.strip_prefix("//") {
        s.insert_str(0, "https:");
        r
    } else {
        // A scheme is ASCII letters, digits, + - . before a colon; "host:8080" is a port.
        let scheme_end = lower.find(':');
        if let Some(i) = scheme_end {
            let scheme = &lower[..i];
            let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
            let port = lower[i + 1..].starts_with(|c: char| c.is_ascii_digit());
            if is_scheme && !port {
                return None;
            }
        }
        s.insert_str(0, "https://");
        &lower
    };
    let host_len = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    (host_len > 0).then_some(s)
}

// ---------------------------------------------------------------------------------
// Lessons for the next interview
// ---------------------------------------------------------------------------------

use super::diagnosis::lessons::{ARRIVE, MOCK, QUESTIONS, RESEARCH};

/// A short checklist for the next interview: the lessons the findings call for (most
/// serious first, at most six), then the two universal ones (arrive early or test the
/// setup; a mock interview), topped up with research and questions to at least three.
/// No duplicates; 3..=8 items.
pub fn lessons(diagnosis: &Diagnosis) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::with_capacity(8);
    fn add(out: &mut Vec<&'static str>, l: &'static str) {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    for l in diagnosis.findings.iter().filter_map(|f| f.symptom.lesson) {
        if out.len() < 6 {
            add(&mut out, l);
        }
    }
    for l in [ARRIVE, MOCK, RESEARCH, QUESTIONS] {
        if out.len() < 3 || l == ARRIVE || l == MOCK {
            add(&mut out, l);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diagnosis::lessons::STORY;
    use crate::domain::{Answer, Assessment};

    fn d(s: &str) -> CivilDate {
        CivilDate::parse(s).unwrap_or_else(|| panic!("bad test date {s}"))
    }

    // Guards parsing: leap years, month lengths, ranges and garbage.
    #[test]
    fn parse_valid_and_invalid() {
        type Ymd = Option<(i32, u8, u8)>;
        let rows: &[(&str, Ymd)] = &[
            ("2026-11-25", Some((2026, 11, 25))),
            (" 2026-01-31 ", Some((2026, 1, 31))),
            ("2028-02-29", Some((2028, 2, 29))),
            ("2000-02-29", Some((2000, 2, 29))),
            ("2026-02-29", None),
            ("1900-02-29", None),
            ("2026-13-01", None),
            ("2026-00-10", None),
            ("2026-04-31", None),
            ("2026-04-00", None),
            ("2026-4-30", None),
            ("2026/04/30", None),
            ("26-04-30xx", None),
            ("+026-04-30", None),
            ("", None),
            ("garbage", None),
            ("2026-11-25T10:00", None),
            ("２０２６-11-25", None),
        ];
        for (s, want) in rows {
            let got = CivilDate::parse(s).map(|c| (c.year, c.month, c.day));
            assert_eq!(got, *want, "{s:?}");
        }
        assert_eq!(d("2026-03-07").iso(), "2026-03-07");
        assert_eq!(d("0999-01-02").iso(), "0999-01-02");
    }

    // Guards day arithmetic across month ends, year ends and leap days, both ways.
    #[test]
    fn add_days_and_days_until() {
        let rows: &[(&str, i64, &str)] = &[
            ("2026-01-31", 1, "2026-02-01"),
            ("2026-02-28", 1, "2026-03-01"),
            ("2028-02-28", 1, "2028-02-29"),
            ("2028-02-29", 1, "2028-03-01"),
            ("2026-12-31", 1, "2027-01-01"),
            ("2027-01-01", -1, "2026-12-31"),
            ("2026-04-30", 1, "2026-05-01"),
            ("2026-11-25", 0, "2026-11-25"),
            ("2026-11-25", 365, "2027-11-25"),
            ("2028-01-01", 366, "2029-01-01"),
            ("1970-01-01", -1, "1969-12-31"),
            ("2000-03-01", -1, "2000-02-29"),
        ];
        for (from, n, to) in rows {
            assert_eq!(d(from).add_days(*n), d(to), "{from} + {n}");
            assert_eq!(d(from).days_until(d(to)), *n, "{from} .. {to}");
        }
        // Absurd offsets saturate instead of overflowing.
        let far = d("2026-01-01").add_days(i64::MAX);
        assert_eq!((far.year, far.month, far.day), (i32::MAX, 12, 31));
        assert_eq!(d("2026-01-01").add_days(i64::MIN).year, i32::MIN);
    }

    // Guards the draft list's short labels: month abbreviations and zero-padded times.
    #[test]
    fn short_labels_name_the_day_and_time() {
        let rows = [
            ("2026-11-25", 19, 4, "25 Nov, 19:04"),
            ("2026-01-01", 0, 0, "1 Jan, 00:00"),
            ("2024-02-29", 23, 59, "29 Feb, 23:59"),
            ("2026-05-09", 9, 30, "9 May, 09:30"),
        ];
        for (iso, hour, minute, want) in rows {
            let day = CivilDate::parse(iso).expect(iso);
            assert_eq!(day.short_label(hour, minute), want);
        }
    }

    // Guards the weekday of known dates and the long form.
    #[test]
    fn weekday_and_long_form() {
        let rows: &[(&str, Weekday)] = &[
            ("2026-11-25", Weekday::Wednesday),
            ("2000-01-01", Weekday::Saturday),
            ("2024-02-29", Weekday::Thursday),
            ("1970-01-01", Weekday::Thursday),
            ("1969-12-28", Weekday::Sunday),
            ("2026-11-30", Weekday::Monday),
        ];
        for (s, w) in rows {
            assert_eq!(d(s).weekday(), *w, "{s}");
        }
        assert_eq!(d("2026-11-25").long(), "Wednesday 25 November 2026");
        assert_eq!(d("2027-01-03").long(), "Sunday 3 January 2027");
    }

    // Guards business-day arithmetic over weekends and the year end, against a naive count.
    #[test]
    fn business_days() {
        let rows: &[(&str, u32, &str)] = &[
            ("2026-11-27", 1, "2026-11-30"), // Friday + 1 = Monday
            ("2026-11-28", 1, "2026-11-30"), // Saturday + 1 = Monday
            ("2026-11-29", 1, "2026-11-30"), // Sunday + 1 = Monday
            ("2026-11-25", 2, "2026-11-27"),
            ("2026-11-25", 5, "2026-12-02"),
            ("2026-11-28", 5, "2026-12-04"),
            ("2026-12-30", 3, "2027-01-04"),
            ("2026-11-28", 0, "2026-11-28"),
        ];
        for (from, n, to) in rows {
            assert_eq!(d(from).add_business_days(*n), d(to), "{from} + {n}");
        }
        let naive = |mut x: CivilDate, n: u32| {
            for _ in 0..n {
                x = x.add_days(1);
                while x.weekday().is_weekend() {
                    x = x.add_days(1);
                }
            }
            x
        };
        for start in 0..21 {
            let s = d("2026-12-20").add_days(start);
            for n in 0..30 {
                assert_eq!(s.add_business_days(n), naive(s, n), "{} + {n}", s.iso());
            }
        }
        assert_eq!(d("2026-11-28").next_business_day(), d("2026-11-30"));
        assert_eq!(d("2026-11-29").next_business_day(), d("2026-11-30"));
        assert_eq!(d("2026-11-27").next_business_day(), d("2026-11-27"));
    }

    // Guards the plan rules: window per channel, one check-in on a business day after the window.
    #[test]
    fn plan_rules() {
        let p = plan(d("2026-11-27"), Channel::Email, d("2026-11-27"));
        assert_eq!(
            (p.reply_from, p.reply_until, p.check_in),
            (d("2026-12-02"), d("2026-12-08"), d("2026-12-09"))
        );
        assert_eq!(p.outcomes.len(), 3);
        assert!(p.outcomes[2].advice.contains("Keep looking"));
        assert!(p.why_only_once.contains("keep looking"));
        for start in 0..14 {
            let sent = d("2026-12-21").add_days(start);
            for ch in Channel::ALL {
                let p = plan(sent, ch, sent);
                assert!(!p.check_in.weekday().is_weekend(), "{sent:?} {ch:?}");
                assert!(sent < p.reply_from && p.reply_from < p.reply_until);
                assert!(p.reply_until < p.check_in);
                assert_eq!(p.reply_until.add_business_days(1), p.check_in);
            }
            let [e, l, ph] = Channel::ALL.map(|c| plan(sent, c, sent).check_in);
            assert!(ph < e && e < l, "phone is shortest, post is longest");
        }
    }

    // Guards the stage at every boundary of the plan.
    #[test]
    fn stage_boundaries() {
        let p = plan(d("2026-11-27"), Channel::Email, d("2026-11-27"));
        let rows: &[(&str, Stage)] = &[
            ("2026-11-20", Stage::BeforeReplyWindow),
            ("2026-11-27", Stage::BeforeReplyWindow),
            ("2026-12-01", Stage::BeforeReplyWindow),
            ("2026-12-02", Stage::InReplyWindow),
            ("2026-12-08", Stage::InReplyWindow),
            ("2026-12-09", Stage::CheckInDue),
            ("2026-12-16", Stage::CheckInDue),
            ("2026-12-17", Stage::AfterCheckIn),
            ("2027-06-01", Stage::AfterCheckIn),
        ];
        for (today, want) in rows {
            let got = plan(p.sent, Channel::Email, d(today)).stage;
            assert_eq!(got, *want, "{today}");
        }
        let all = [
            Stage::BeforeReplyWindow,
            Stage::InReplyWindow,
            Stage::CheckInDue,
            Stage::AfterCheckIn,
        ];
        for s in all {
            assert!(s.message().ends_with('.') && !s.key().is_empty());
            assert!(!s.message().to_ascii_lowercase().contains("hound"));
        }
        assert!(Stage::AfterCheckIn.message().contains("keep looking"));
    }

    /// The box a drawn point's label stays in, with the text inside it.
    fn bounds(p: &TimelinePoint) -> LabelBox {
        let s = label_span(p.position, p.label);
        let w = label_width(p.label);
        assert_eq!(s.right - s.left, w, "{}", p.label);
        let text_x = match s.anchor {
            "start" => s.left,
            "middle" => s.left + w / 2,
            _ => s.right,
        };
        assert!(["start", "middle", "end"].contains(&s.anchor));
        assert_eq!(s.text_x, text_x, "{} {:?}", p.label, s.anchor);
        if s.anchor == "middle" {
            assert_eq!(s.text_x, chart_x(p.position), "{}", p.label);
        }
        LabelBox {
            left: s.left,
            top: p.baseline - LABEL_ASCENT,
            right: s.right,
            bottom: p.baseline - LABEL_ASCENT + LABEL_HEIGHT,
        }
    }

    /// Asserts what the chart promises: no two label boxes sharing any area, every box
    /// inside the viewBox and clear of the axis band (dots and reply-window bar), rows
    /// a pitch apart, and the dots inside the viewBox.
    fn assert_chart(t: &Timeline, case: &str) {
        let bottom = t.top + t.height;
        let band = LabelBox {
            left: 0,
            top: -CHART_CLEAR,
            right: CHART_WIDTH,
            bottom: CHART_CLEAR,
        };
        assert!(
            t.top <= band.top && band.bottom <= bottom,
            "{case}: axis band"
        );
        let drawn: Vec<&TimelinePoint> = t.points.iter().filter(|p| p.is_drawn()).collect();
        for (i, p) in drawn.iter().enumerate() {
            let (b, text) = (bounds(p), p.label);
            assert!(
                b.left >= 0 && b.top >= t.top && b.right <= CHART_WIDTH && b.bottom <= bottom,
                "{case}: {text} {b:?} outside 0 {} {CHART_WIDTH} {}",
                t.top,
                t.height
            );
            assert!(!b.intersects(&band), "{case}: {text} {b:?} on the axis");
            let from_axis = if b.bottom <= 0 { -b.bottom } else { b.top } - CHART_CLEAR;
            assert_eq!(from_axis % ROW_PITCH, 0, "{case}: {text} {b:?} off its row");
            let x = chart_x(p.position);
            assert!(
                x - 8 >= 0 && x + 8 <= CHART_WIDTH,
                "{case}: {text} dot at {x}"
            );
            for q in &drawn[i + 1..] {
                let c = bounds(q);
                assert!(
                    !b.intersects(&c),
                    "{case}: {text:?} {b:?} overlaps {:?} {c:?}",
                    q.label
                );
            }
        }
    }

    /// A timeline of the given (position, label) points, placed.
    fn chart_of(labels: &[(f32, &'static str)]) -> Timeline {
        let mut points: Vec<TimelinePoint> = labels
            .iter()
            .map(|&(position, label)| TimelinePoint {
                label,
                date: d("2026-11-27"),
                position,
                kind: PointKind::Sent,
                baseline: 0,
            })
            .collect();
        let (top, height) = place_labels(&mut points);
        Timeline {
            points,
            top,
            height,
        }
    }

    // Guards the timeline labels (issue: "Sent" and "Today" drawn as "Tsdnty"): over
    // named date cases, no two label boxes intersect and every box lies inside the
    // viewBox.
    #[test]
    fn timeline_labels_never_overlap() {
        // (case, interview, sent, today, channel); Friday 27 November 2026.
        let rows: &[(&str, Option<&str>, &str, &str, Channel)] = &[
            (
                "sent today",
                Some("2026-11-24"),
                "2026-11-27",
                "2026-11-27",
                Channel::Email,
            ),
            (
                "interview = sent = today",
                Some("2026-11-27"),
                "2026-11-27",
                "2026-11-27",
                Channel::Email,
            ),
            (
                "sent on the interview day",
                Some("2026-11-26"),
                "2026-11-26",
                "2026-11-30",
                Channel::Phone,
            ),
            (
                "consecutive days",
                Some("2026-11-26"),
                "2026-11-27",
                "2026-11-28",
                Channel::Email,
            ),
            (
                "sent on a Friday",
                Some("2026-11-25"),
                "2026-11-27",
                "2026-11-27",
                Channel::Letter,
            ),
            (
                "sent on a Saturday",
                Some("2026-11-27"),
                "2026-11-28",
                "2026-11-28",
                Channel::Email,
            ),
            (
                "sent on a Sunday",
                Some("2026-11-27"),
                "2026-11-29",
                "2026-11-29",
                Channel::Phone,
            ),
            (
                "no interview date",
                None,
                "2026-11-27",
                "2026-11-27",
                Channel::Email,
            ),
            (
                "interview after sending",
                Some("2026-12-01"),
                "2026-11-27",
                "2026-11-27",
                Channel::Email,
            ),
            (
                "check-in weeks away",
                Some("2026-11-27"),
                "2026-11-27",
                "2026-11-27",
                Channel::Letter,
            ),
            (
                "interview weeks before",
                Some("2026-09-01"),
                "2026-11-27",
                "2026-11-27",
                Channel::Email,
            ),
            (
                "today is the check-in",
                Some("2026-11-24"),
                "2026-11-27",
                "2026-12-09",
                Channel::Email,
            ),
            (
                "today long after",
                Some("2026-11-24"),
                "2026-11-27",
                "2027-03-01",
                Channel::Email,
            ),
            (
                "today in the window",
                None,
                "2026-11-27",
                "2026-12-04",
                Channel::Email,
            ),
        ];
        for (case, iv, sent, today, channel) in rows {
            let p = plan(d(sent), *channel, d(today));
            assert_chart(&timeline(iv.map(d), &p, d(today)), case);
        }
        // The reported case: "Sent" and "Today" sit on one dot, in different rows.
        let p = plan(d("2026-11-27"), Channel::Email, d("2026-11-27"));
        let t = timeline(Some(d("2026-11-24")), &p, d("2026-11-27"));
        let at = |k| t.points.iter().find(|x| x.kind == k);
        let (sent, today) = (at(PointKind::Sent), at(PointKind::Today));
        assert!(sent
            .zip(today)
            .is_some_and(|(s, t)| s.position == t.position && s.baseline != t.baseline));
    }

    // Guards the timeline labels over a sweep: every send weekday, every channel,
    // interview gaps from none to a month (and after sending), and todays from the
    // sending day to weeks after the check-in.
    #[test]
    fn timeline_labels_never_overlap_sweep() {
        let mut heights = std::collections::BTreeSet::new();
        for offset in 0..7 {
            let sent = d("2026-11-23").add_days(offset); // Monday to Sunday
            for channel in Channel::ALL {
                let p = plan(sent, channel, sent);
                let todays = [
                    sent,
                    sent.add_days(1),
                    p.reply_from,
                    p.reply_until,
                    p.check_in,
                    p.check_in.add_days(3),
                    p.check_in.add_days(40),
                ];
                for gap in [
                    None,
                    Some(0),
                    Some(1),
                    Some(2),
                    Some(3),
                    Some(6),
                    Some(30),
                    Some(-2),
                ] {
                    for today in todays {
                        let iv = gap.map(|g| sent.add_days(-g));
                        let t = timeline(iv, &plan(sent, channel, today), today);
                        let case =
                            format!("sent {sent:?} {channel:?} interview {iv:?} today {today:?}");
                        assert_chart(&t, &case);
                        heights.insert(t.height);
                    }
                }
            }
        }
        // Rows are added only when needed: the chart is not always at its tallest.
        assert!(heights.len() > 1, "{heights:?}");
        assert!(heights.iter().all(|h| *h <= 160), "{heights:?}");
    }

    // Guards the layout itself on crowded and edge inputs: labels stacked on one point,
    // at either end, long ones, none.
    #[test]
    fn chart_layout_edge_cases() {
        let long = "Replies often start";
        let rows: &[(&str, &[(f32, &str)])] = &[
            ("nothing", &[]),
            ("one", &[(0.5, "Sent")]),
            (
                "five on the left end",
                &[
                    (0.0, "Interview"),
                    (0.0, "Sent"),
                    (0.0, long),
                    (0.0, "Check in once"),
                    (0.0, "Today"),
                ],
            ),
            (
                "five on the right end",
                &[
                    (1.0, "Interview"),
                    (1.0, "Sent"),
                    (1.0, long),
                    (1.0, "Check in once"),
                    (1.0, "Today"),
                ],
            ),
            (
                "five in the middle",
                &[
                    (0.5, long),
                    (0.5, long),
                    (0.5, long),
                    (0.5, long),
                    (0.5, long),
                ],
            ),
            (
                "a day apart",
                &[
                    (0.0, "Interview"),
                    (0.05, "Sent"),
                    (0.1, long),
                    (0.15, "Check in once"),
                    (0.2, "Today"),
                ],
            ),
            (
                "spread",
                &[
                    (0.0, "Interview"),
                    (0.3, "Sent"),
                    (0.6, "Check in once"),
                    (1.0, "Today"),
                ],
            ),
            ("out of range", &[(-1.0, "Today"), (2.0, "Today")]),
        ];
        for (case, labels) in rows {
            assert_chart(&chart_of(labels), case);
        }
        // Spread out, short labels share the row above the axis, and nothing is below it.
        let spread = chart_of(&[(0.0, "Sent"), (0.5, "Sent"), (1.0, "Today")]);
        let row0 = spread.points[0].baseline;
        assert!(row0 < 0 && spread.points.iter().all(|p| p.baseline == row0));
        assert_eq!(spread.top + spread.height, CHART_CLEAR);
        let anchors: Vec<&str> = spread
            .points
            .iter()
            .map(|p| label_span(p.position, p.label).anchor)
            .collect();
        assert_eq!(anchors, ["start", "middle", "end"]);
        // Every label estimate is at least 0.62 em a character.
        for text in ["Sent", "Today", long, "W", "Überprüfung"] {
            let chars = text.chars().count() as i32;
            assert!(
                100 * label_width(text) >= 62 * CHART_FONT_SIZE * chars,
                "{text}"
            );
        }
    }

    // Guards the phone text size: at the narrowest rendered width the labels are at
    // least 12 CSS px (rendered px = font size × rendered width / viewBox width).
    #[test]
    fn chart_text_at_least_12_px() {
        // Rendered CSS px of the text at a rendered width (in hundredths, no floats).
        let px100 = |rendered: i32| CHART_FONT_SIZE * rendered * 100 / CHART_WIDTH;
        for rendered in [CHART_MIN_RENDERED_WIDTH, 290, 340, 358, 640] {
            assert!(rendered >= CHART_MIN_RENDERED_WIDTH);
            assert!(px100(rendered) >= 1200, "{} at {rendered}", px100(rendered));
        }
        // The ends of the axis keep the dots (radius 7) inside the viewBox.
        assert!(chart_x(0.0) >= 8 && chart_x(1.0) <= CHART_WIDTH - 8);
        assert_eq!(AXIS_ENDS, [0.0, 1.0].map(|p| chart_x(p).to_string()));
    }

    // Guards timeline positions: milestones monotone in 0..=1, ends at 0, today clamped.
    #[test]
    fn timeline_positions() {
        let p = plan(d("2026-11-27"), Channel::Email, d("2026-11-27"));
        let rows: &[(Option<&str>, &str, f32)] = &[
            (Some("2026-11-24"), "2026-11-10", 0.0),
            (Some("2026-11-24"), "2027-03-01", 1.0),
            (None, "2026-11-27", 0.0),
            (Some("2026-12-01"), "2026-12-12", 1.0), // interview after sending is ignored
        ];
        for (iv, today, today_pos) in rows {
            let t = timeline(iv.map(d), &p, d(today));
            let (last, milestones) = t.points.split_last().expect("points");
            assert_eq!(last.kind, PointKind::Today);
            assert_eq!(last.date, d(today));
            assert_eq!(last.position, *today_pos, "{today}");
            assert_eq!(milestones[0].position, 0.0);
            let with_iv = iv.is_some_and(|i| d(i) <= p.sent);
            assert_eq!(milestones[0].kind == PointKind::Interview, with_iv);
            assert_eq!(milestones.len(), 4 + usize::from(with_iv));
            for w in milestones.windows(2) {
                assert!(w[0].position < w[1].position && w[0].date < w[1].date);
            }
            assert!(t.points.iter().all(|x| (0.0..=1.0).contains(&x.position)));
            assert!(milestones.last().expect("check-in").position < 1.0);
        }
        let mid = timeline(None, &p, d("2026-12-05")).points[4].position;
        assert!(mid > 0.0 && mid < 1.0);
    }

    // Guards the UTC stamp on known instants.
    #[test]
    fn utc_stamps() {
        let rows: &[(u64, &str)] = &[
            (0, "19700101T000000Z"),
            (999, "19700101T000000Z"),
            (1_764_097_445_000, "20251125T190405Z"),
            (951_782_400_000, "20000229T000000Z"),
            (1_798_761_599_000, "20261231T235959Z"),
        ];
        for (ms, want) in rows {
            assert_eq!(utc_stamp(*ms), *want, "{ms}");
        }
    }

    /// Unfolds an iCalendar text into its content lines.
    fn unfold(ics: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for l in ics.split("\r\n").filter(|l| !l.is_empty()) {
            match (l.strip_prefix(' '), lines.last_mut()) {
                (Some(rest), Some(prev)) => prev.push_str(rest),
                _ => lines.push(l.to_owned()),
            }
        }
        lines
    }

    // Guards the .ics: CRLF, 75-octet folding on char boundaries, escaping, required properties.
    #[test]
    fn ics_format() {
        let p = plan(d("2026-11-27"), Channel::Email, d("2026-11-27"));
        let company = format!("{} ", crate::domain::testkit::HOSTILE_COMPANY).repeat(3);
        let hebrew = "ש".repeat(90);
        let cases = [
            (company.as_str(), "Data\\Analyst,\nnight", "Dana Levi"),
            ("", "  ", ""),
            (
                "\u{1F680}\u{1F680}\u{1F680}",
                hebrew.as_str(),
                "A\r\nB\rC\u{7}",
            ),
        ];
        for (company, role, interviewer) in cases {
            let ics = check_in_ics(&p, company, role, interviewer, "d1-checkin@x", 0);
            assert!(ics.ends_with("\r\n"));
            assert!(
                !ics.replace("\r\n", "").contains(['\r', '\n']),
                "bare CR or LF"
            );
            for line in ics.split_terminator("\r\n") {
                assert!(line.len() <= 75, "{} octets: {line}", line.len());
                assert!(!line.is_empty());
            }
            // Continuation lines are valid UTF-8 on their own, so no char was split.
            for part in ics.as_bytes().split(|b| *b == b'\n') {
                assert!(std::str::from_utf8(part).is_ok());
            }
            let lines = unfold(&ics);
            for prop in [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:d1-checkin@x",
                "DTSTAMP:19700101T000000Z",
                "DTSTART;VALUE=DATE:20261209",
                "DTEND;VALUE=DATE:20261210",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:PT9H",
                "END:VALARM",
                "END:VEVENT",
                "END:VCALENDAR",
            ] {
                assert_eq!(lines.iter().filter(|l| *l == prop).count(), 1, "{prop}");
            }
            assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
            assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
            assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
            let summary = lines.iter().find(|l| l.starts_with("SUMMARY:"));
            let want = format!(
                "SUMMARY:Check in with {} about {}",
                ics_text(or(company, "the company")),
                ics_text(or(role, "the role"))
            );
            assert_eq!(summary, Some(&want));
            let desc = lines.iter().find(|l| l.starts_with("DESCRIPTION:"));
            assert!(desc.is_some_and(|l| l.contains(
                or(interviewer, "the interviewer")
                    .split(['\r', '\n'])
                    .next()
                    .unwrap_or_default()
            )));
        }
        let lines = unfold(&check_in_ics(&p, "", "", "", "u", 0));
        assert!(lines.contains(&"SUMMARY:Check in with the company about the role".to_owned()));
    }

    // Guards TEXT escaping of backslash, semicolon, comma, line breaks and control characters.
    #[test]
    fn ics_escaping() {
        let rows: &[(&str, &str)] = &[
            ("a,b", "a\\,b"),
            ("a;b", "a\\;b"),
            ("a\\b", "a\\\\b"),
            ("a\nb", "a\\nb"),
            ("a\r\nb", "a\\nb"),
            ("a\rb", "a\\nb"),
            ("a\u{7}\tb", "a\tb"),
            ("\\n", "\\\\n"),
            ("תל אביב 🚀", "תל אביב 🚀"),
        ];
        for (raw, want) in rows {
            assert_eq!(ics_text(raw), *want, "{raw:?}");
        }
        // A fold never separates a backslash from the character it escapes.
        for pad in 0..4 {
            let mut out = String::new();
            push_line(
                &mut out,
                &format!("X:{}{}", "a".repeat(70 + pad), "\\,".repeat(5)),
            );
            for line in out.split_terminator("\r\n") {
                let body = line.strip_prefix(' ').unwrap_or(line);
                let trailing = body.len() - body.trim_end_matches('\\').len();
                assert_eq!(trailing % 2, 0, "split escape: {line:?}");
            }
        }
    }

    // Guards folding: every physical line fits 75 octets, no UTF-8 sequence is split, unfolding restores the line.
    #[test]
    fn folding_keeps_chars_whole() {
        let tails = ["\u{5EA}\u{5DC}", "\u{1F680}", "\u{20AC}", "e\u{301}"];
        for tail in tails {
            for pad in 0..8 {
                let line = format!("SUMMARY:{}{}", "a".repeat(60 + pad), tail.repeat(40));
                let mut out = String::new();
                push_line(&mut out, &line);
                let physical: Vec<&str> = out.split_terminator("\r\n").collect();
                assert!(physical.len() > 1);
                for (i, p) in physical.iter().enumerate() {
                    assert!(p.len() <= 75, "{} octets", p.len());
                    assert_eq!(p.starts_with(' '), i > 0);
                }
                assert_eq!(unfold(&out), [line]);
            }
        }
    }

    fn opening(id: &str, status: OpeningStatus, date: &str) -> Opening {
        Opening {
            id: id.to_owned(),
            status,
            next_date: date.to_owned(),
            ..Opening::default()
        }
    }

    // Guards the openings order: dated soonest first, undated next, closed last, stable.
    #[test]
    fn openings_sort() {
        use OpeningStatus::*;
        let mut list = vec![
            opening("closed-dated", Closed, "2026-01-01"),
            opening("undated-1", Applied, ""),
            opening("late", Interviewing, "2026-12-20"),
            opening("bad-date", ToApply, "next week"),
            opening("early", Offer, "2026-12-01"),
            opening("closed", Closed, ""),
            opening("same-day-1", Applied, "2026-12-05"),
            opening("undated-2", ToApply, " "),
            opening("same-day-2", Applied, "2026-12-05"),
        ];
        sort_openings(&mut list);
        let ids: Vec<&str> = list.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "early",
                "same-day-1",
                "same-day-2",
                "late",
                "undated-1",
                "bad-date",
                "undated-2",
                "closed-dated",
                "closed",
            ]
        );
    }

    // Guards status keys, labels and serde names staying in step.
    #[test]
    fn opening_status_keys() {
        for s in OpeningStatus::ALL {
            assert_eq!(OpeningStatus::from_key(s.key()), s);
            assert!(!s.label().is_empty());
            let json = serde_json::to_string(&s).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", s.key()));
        }
        assert_eq!(OpeningStatus::from_key("nope"), OpeningStatus::ToApply);
        let o: Opening = serde_json::from_str(r#"{"company":"Acme"}"#).unwrap_or_default();
        assert_eq!(
            (o.company.as_str(), o.status),
            ("Acme", OpeningStatus::ToApply)
        );
    }

    fn diagnose(ids: &[&str]) -> Diagnosis {
        let a: Assessment = ids
            .iter()
            .map(|id| {
                let answer = Answer {
                    checked: true,
                    ..Answer::default()
                };
                ((*id).to_owned(), answer)
            })
            .collect();
        Diagnosis::from_assessment(&a)
    }

    // Guards the lessons: 3..=8 items, unique, universal ones always, research when it was missing.
    #[test]
    fn lessons_checklist() {
        let all: Vec<&str> = crate::domain::diagnosis::catalogue()
            .iter()
            .map(|s| s.id)
            .collect();
        let sets: &[&[&str]] = &[
            &[],
            &["off_day"],
            &["knew_little_about_company"],
            &["criticised_former_boss", "no_questions"],
            &["arrived_late"],
            &all,
        ];
        for ids in sets {
            let l = lessons(&diagnose(ids));
            assert!((3..=8).contains(&l.len()), "{} for {ids:?}", l.len());
            let mut u = l.clone();
            u.sort_unstable();
            u.dedup();
            assert_eq!(u.len(), l.len(), "duplicates for {ids:?}");
            assert!(l.contains(&ARRIVE) && l.contains(&MOCK), "{ids:?}");
            if ids.contains(&"knew_little_about_company") {
                assert!(l.contains(&RESEARCH));
            }
            if ids.len() == 2 {
                assert!(l.contains(&STORY) && l.contains(&QUESTIONS));
            }
        }
        assert_eq!(lessons(&diagnose(&[])), [ARRIVE, MOCK, RESEARCH]);
        assert_eq!(lessons(&diagnose(&["no_questions"]))[0], QUESTIONS);
    }

    // Guards safe_link: only http(s) comes out; script-bearing schemes are refused in any disguise.
    #[test]
    fn safe_links() {
        let rows: &[(&str, Option<&str>)] = &[
            ("https://example.com/job", Some("https://example.com/job")),
            ("http://example.com", Some("http://example.com")),
            ("HTTPS://Example.com/A", Some("HTTPS://Example.com/A")),
            ("  example.com/job  ", Some("https://example.com/job")),
            ("example.com:8080/job", Some("https://example.com:8080/job")),
            ("//example.com/x", Some("https://example.com/x")),
            (
                "jobs.example.com/a b",
                Some("https://jobs.example.com/a%20b"),
            ),
            ("https://ex\tample.com", Some("https://example.com")),
            ("javascript:alert(1)", None),
            ("JavaScript:alert(1)", None),
            ("  jAvAsCrIpT:alert(1)", None),
            ("java\tscript:alert(1)", None),
            ("java\nscript:alert(1)", None),
            ("\u{0}javascript:alert(1)", None),
            ("data:text/html,<script>alert(1)</script>", None),
            ("DATA:text/html;base64,PHNjcmlwdD4=", None),
            ("vbscript:msgbox(1)", None),
            (" VBScript:msgbox(1)", None),
            ("mailto:a@b.c", None),
            ("file:///etc/passwd", None),
            ("https://", None),
            ("http:///path", None),
            ("", None),
            ("   ", None),
            ("/relative", None),
        ];
        for (raw, want) in rows {
            assert_eq!(safe_link(raw).as_deref(), *want, "{raw:?}");
        }
    }
}
