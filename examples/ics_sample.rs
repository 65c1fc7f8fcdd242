//! Prints the check-in calendar file for a fixed plan, for `e2e/tests/ics.test.mjs`
//! to parse with a real iCalendar parser. The check-in date goes to stderr.

use second_chance::domain::followup::{check_in_ics, plan, CivilDate};
use second_chance::domain::testkit::HOSTILE_COMPANY;
use second_chance::domain::Channel;

fn main() {
    // Friday 27 November 2026, by e-mail: the check-in is Wednesday 9 December 2026.
    let sent = CivilDate {
        year: 2026,
        month: 11,
        day: 27,
    };
    let p = plan(sent, Channel::Email, sent);
    print!(
        "{}",
        check_in_ics(
            &p,
            HOSTILE_COMPANY,
            "Data Analyst\\Reporting",
            "Dana Levi",
            "draft-1-checkin@second-chance.local",
            1_764_097_445_000,
        )
    );
    eprintln!("{}", p.check_in.iso());
}
