//! The diagnosis step in a real browser: ticking items updates the report live, details
//! appear for ticked items, and typed markup is shown as text; the report alone shows
//! the diagnosis it is given.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use second_chance::components::report::{Report, ReportProps};
use second_chance::domain::diagnosis::{symptom, Diagnosis, Verdict};
use second_chance::domain::{Answer, Assessment};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// Guards: an empty assessment says there is nothing to repair, and why that is good.
#[wasm_bindgen_test]
async fn empty_assessment_reports_nothing_to_repair() {
    let root = mounted("d-empty", "diagnose", ".sc-report").await;
    assert_eq!(
        text(&root, ".sc-verdict-headline"),
        Verdict::NothingToRepair.headline()
    );
    assert!(text(&root, ".sc-verdict-summary").contains("good news"));
    assert!(find(&root, ".sc-finding").is_none());
}

// Guards: ticking bad-mouthing alone turns the report into a red flag with its repair.
#[wasm_bindgen_test]
async fn bad_mouthing_is_a_red_flag() {
    let root = mounted("d-redflag", "diagnose", ".sc-report").await;
    tick(&root, "criticised_former_boss");
    wait_for("red flag", LIMIT, || {
        text(&root, ".sc-verdict-headline") == Verdict::RedFlag.headline()
    })
    .await;
    let finding = text(&root, "#sc-finding-criticised_former_boss");
    let item = symptom("criticised_former_boss").unwrap();
    assert!(finding.contains(item.perception));
    assert!(finding.contains(item.repair));
    assert!(find(&root, ".sc-meter svg[role=img]").is_some());
    assert!(get(&root, ".sc-meter svg")
        .get_attribute("aria-label")
        .unwrap()
        .contains("out of 100"));
}

// Guards: one slip is minor; a combination shows its pattern; unticking takes it away.
#[wasm_bindgen_test]
async fn report_follows_ticks_live() {
    let root = mounted("d-live", "diagnose", ".sc-report").await;
    tick(&root, "rambled_too_long");
    wait_for("minor", LIMIT, || {
        text(&root, ".sc-verdict-headline") == Verdict::MinorSlips.headline()
    })
    .await;
    tick(&root, "knew_little_about_company");
    tick(&root, "no_questions");
    wait_for("pattern", LIMIT, || {
        find(&root, "#sc-pattern-no_real_interest").is_some()
    })
    .await;
    tick(&root, "no_questions");
    wait_for("pattern gone", LIMIT, || {
        find(&root, "#sc-pattern-no_real_interest").is_none()
    })
    .await;
}

// Guards: a ticked item shows its detail field; markup typed there is shown as text.
#[wasm_bindgen_test]
async fn details_show_markup_as_text() {
    let root = mounted("d-markup", "diagnose", ".sc-report").await;
    assert!(find(&root, "#sc-detail-blanked_on_question").is_none());
    tick(&root, "blanked_on_question");
    wait_for("detail field", LIMIT, || {
        find(&root, "#sc-detail-blanked_on_question").is_some()
    })
    .await;
    let markup = "<img src=x onerror=alert(1)><script>window.__pwned=1</script>";
    type_into(&root, "#sc-detail-blanked_on_question", markup);
    wait_for("detail in report", LIMIT, || {
        text(&root, "#sc-finding-blanked_on_question").contains(markup)
    })
    .await;
    assert!(find(&root, ".sc-report img").is_none());
    assert!(find(&root, ".sc-report script").is_none());
    let long = "a".repeat(10_000);
    type_into(&root, "#sc-detail-blanked_on_question", &long);
    wait_for("long detail", LIMIT, || {
        text(&root, "#sc-finding-blanked_on_question").contains(&long)
    })
    .await;
}

// Guards: the report alone, given a diagnosis, shows the user its verdict, the detail
// they noted (markup as text) and each example line with their company and role.
#[wasm_bindgen_test]
async fn report_alone_shows_the_diagnosis_it_is_given() {
    let markup = "<img src=x onerror=alert(1)>my manager";
    let assessment: Assessment = [
        ("criticised_former_boss", markup),
        ("explained_every_exit", ""),
    ]
    .into_iter()
    .map(|(id, detail)| {
        let answer = Answer {
            checked: true,
            detail: detail.into(),
            ..Answer::default()
        };
        (id.to_owned(), answer)
    })
    .collect();
    let root = mount::<Report>(ReportProps {
        diagnosis: Diagnosis::from_assessment(&assessment),
        company: "Northwind".into(),
        role: "Data Analyst".into(),
    })
    .await;
    assert_eq!(
        text(&root, ".sc-verdict-headline"),
        Verdict::RedFlag.headline()
    );
    let boss = text(&root, "#sc-finding-criticised_former_boss");
    assert!(boss.contains(&format!("You noted: {markup}")), "{boss}");
    assert!(find(&root, "img").is_none(), "the detail stays text");
    assert!(text(&root, "#sc-finding-explained_every_exit")
        .contains("Data Analyst at Northwind is where I want to build"));
    assert!(get(&root, ".sc-meter svg")
        .get_attribute("aria-label")
        .unwrap()
        .contains("out of 100"));
}
