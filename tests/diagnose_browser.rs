//! The diagnosis step in a real browser: ticking items updates the report live, details
//! appear for ticked items, and typed markup is shown as text; the report alone shows
//! the diagnosis it is given.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use second_chance::components::report::report;
use second_chance::domain::diagnosis::{symptom, Diagnosis, Verdict};
use second_chance::domain::{Answer, Assessment};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The report is a view function; this component renders it alone for a test.
#[derive(PartialEq, yew::Properties)]
struct ReportProps {
    diagnosis: Diagnosis,
}

#[yew::function_component]
fn Report(props: &ReportProps) -> yew::Html {
    report(&props.diagnosis)
}

// Guards: before anything is ticked the report is a calm invitation, with no verdict,
// no advice and no findings (issue 18: it used to announce "Nothing to repair").
#[wasm_bindgen_test]
async fn empty_assessment_shows_a_calm_start() {
    let root = mounted("d-empty", "diagnose", ".sc-report").await;
    assert!(find(&root, ".sc-verdict-headline").is_none());
    assert!(text(&root, ".sc-verdict-summary").starts_with("Tick what happened"));
    assert!(find(&root, ".sc-verdict-advice").is_none());
    assert!(find(&root, ".sc-finding").is_none());
}

/// The severity meter's accessible name ("Overall severity: N out of 100").
fn meter_label(root: &web_sys::Element) -> String {
    get(root, ".sc-meter svg")
        .get_attribute("aria-label")
        .unwrap_or_default()
}

/// Waits until the report's headline is `verdict`'s (there is none before a tick).
async fn until_headline(root: &web_sys::Element, what: &str, verdict: Verdict) {
    wait_for(what, LIMIT, || {
        find(root, ".sc-verdict-headline")
            .and_then(|h| h.text_content())
            .is_some_and(|t| t == verdict.headline())
    })
    .await;
}

// Guards: ticking bad-mouthing alone turns the report into a red flag with its repair.
#[wasm_bindgen_test]
async fn bad_mouthing_is_a_red_flag() {
    let root = mounted("d-redflag", "diagnose", ".sc-report").await;
    tick(&root, "criticised_former_boss");
    until_headline(&root, "red flag", Verdict::RedFlag).await;
    let finding = text(&root, "#sc-finding-criticised_former_boss");
    let item = symptom("criticised_former_boss").unwrap();
    assert!(finding.contains(item.perception));
    assert!(finding.contains(item.repair));
    assert!(find(&root, ".sc-meter svg[role=img]").is_some());
    assert!(meter_label(&root).contains("out of 100"));
}

// Guards: one slip is minor; a combination shows its pattern; unticking takes it away.
#[wasm_bindgen_test]
async fn report_follows_ticks_live() {
    let root = mounted("d-live", "diagnose", ".sc-report").await;
    tick(&root, "rambled_too_long");
    until_headline(&root, "minor", Verdict::MinorSlips).await;
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
// they noted (markup as text), how each finding was likely seen, the pattern it makes
// and what to send.
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
    })
    .await;
    assert_eq!(
        text(&root, ".sc-verdict-headline"),
        Verdict::RedFlag.headline()
    );
    let boss = text(&root, "#sc-finding-criticised_former_boss");
    assert!(boss.contains(&format!("You noted: {markup}")), "{boss}");
    assert!(find(&root, "img").is_none(), "the detail stays text");
    // Each finding says how they likely saw it, and names the pattern it makes.
    assert!(text(&root, "#sc-finding-explained_every_exit").contains("How they likely saw it"));
    assert!(text(&root, "#sc-pattern-can_you_commit").contains("Can you commit?"));
    assert!(text(&root, ".sc-verdict-advice").contains("head-on"));
    assert!(meter_label(&root).contains("out of 100"));
}

// Guards: the free "something else" item takes the user's words and the weight they
// choose, and the verdict follows that weight (issue 18).
#[wasm_bindgen_test]
async fn something_else_is_weighed_by_the_user() {
    let root = mounted("d-other", "diagnose", ".sc-report").await;
    tick(&root, "something_else");
    wait_for("weight choices", LIMIT, || {
        find(&root, "#sc-own-weight-3").is_some()
    })
    .await;
    type_into(
        &root,
        "#sc-detail-something_else",
        "I called them by a rival's name",
    );
    until_headline(&root, "small by default", Verdict::MinorSlips).await;
    click(&root, "#sc-own-weight-3");
    until_headline(&root, "as damaging as a red flag", Verdict::RedFlag).await;
    let finding = text(&root, "#sc-finding-something_else");
    assert!(
        finding.contains("I called them by a rival's name"),
        "{finding}"
    );
    click(&root, "#sc-own-weight-2");
    wait_for("serious", LIMIT, || {
        find(&root, "#sc-pattern-your_own_judgement").is_some()
    })
    .await;
    wait_for("the weight saved", LIMIT, || {
        stored("d-other").contains("\"weight\":2")
    })
    .await;
}
