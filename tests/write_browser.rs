//! The letter builder in a real browser: editing a section updates the preview,
//! regeneration never overwrites an edit without asking, the tone check flags and
//! highlights words as they are typed, a dismissed flag stays dismissed, and a huge
//! letter keeps every keystroke while its preview shows the start and catches up.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// Guards: an edited section shows in the preview and is marked as the user's.
#[wasm_bindgen_test]
async fn editing_a_section_updates_the_preview() {
    let root = mounted("wr-edit", "write", "h2").await;
    wait_for("editor", LIMIT, || {
        find(&root, "#sc-section-thanks").is_some()
    })
    .await;
    type_into(
        &root,
        "#sc-section-thanks",
        "Thank you for Friday's conversation & the tour.",
    );
    wait_for("preview", LIMIT, || {
        text(&root, ".sc-preview-body").contains("Thank you for Friday's conversation & the tour.")
    })
    .await;
    assert!(text(&root, "#sc-section-thanks-wrap").contains("edited by you"));
    click_button(&root, "Reset to suggestion");
    wait_for("reset", LIMIT, || {
        !value(&root, "#sc-section-thanks").contains("Friday")
    })
    .await;
}

// Guards: when the diagnosis changes, the user's edit stays and both versions are shown
// until the user chooses.
#[wasm_bindgen_test]
async fn regeneration_never_clobbers_an_edit() {
    let root = mounted("wr-regen", "diagnose", "h2").await;
    tick(&root, "criticised_former_boss");
    click_button(&root, "Next: write the letter");
    wait_for("editor", LIMIT, || {
        find(&root, "#sc-section-acknowledge").is_some()
    })
    .await;
    let mine = "I was unfair about my old team, and I know it.";
    type_into(&root, "#sc-section-acknowledge", mine);
    wait_for("edited", LIMIT, || {
        text(&root, ".sc-preview-body").contains(mine)
    })
    .await;
    // Change the diagnosis: the acknowledgement now owns the late arrival too.
    click_button(&root, "Back");
    wait_for("diagnose", LIMIT, || {
        find(&root, "#sc-symptom-arrived_late").is_some()
    })
    .await;
    tick(&root, "arrived_late");
    click_button(&root, "Next: write the letter");
    wait_for("conflict", LIMIT, || {
        find(&root, "#sc-section-acknowledge-wrap .sc-conflict").is_some()
    })
    .await;
    assert_eq!(
        value(&root, "#sc-section-acknowledge"),
        mine,
        "the edit is kept"
    );
    assert!(text(&root, ".sc-preview-body").contains(mine));
    assert!(text(&root, ".sc-conflict-summary").contains("1 part"));
    // Keeping mine closes the question and keeps the text.
    click_button(&root, "Keep my text");
    wait_for("resolved", LIMIT, || find(&root, ".sc-conflict").is_none()).await;
    assert_eq!(value(&root, "#sc-section-acknowledge"), mine);
}

// Guards: the whole text can be edited as one piece and the preview follows it.
#[wasm_bindgen_test]
async fn whole_text_editing() {
    let root = mounted("wr-whole", "write", "h2").await;
    click_button(&root, "Edit the whole text as one piece");
    wait_for("whole editor", LIMIT, || {
        find(&root, "#sc-section-whole_text").is_some()
    })
    .await;
    assert!(value(&root, "#sc-section-whole_text").contains("Dear Hiring Manager,"));
    type_into(
        &root,
        "#sc-section-whole_text",
        "Dear Ms Ortega,\n\nThank you.",
    );
    wait_for("preview", LIMIT, || {
        text(&root, ".sc-preview-body") == "Dear Ms Ortega,\n\nThank you."
    })
    .await;
}

// Guards: tone flags appear live, highlight their words, and a dismissal sticks.
#[wasm_bindgen_test]
async fn tone_flags_highlight_and_dismiss() {
    let root = mounted("wr-tone", "write", "h2").await;
    wait_for("editor", LIMIT, || find(&root, "#sc-section-ask").is_some()).await;
    type_into(
        &root,
        "#sc-section-ask",
        "I am begging you, please give me another chance!",
    );
    wait_for("flags", LIMIT, || {
        find(&root, ".sc-flag.is-begging").is_some()
    })
    .await;
    assert!(
        find(&root, ".sc-flag.is-shouting").is_some(),
        "the exclamation mark is flagged"
    );
    let marked = text(&root, ".sc-preview-body mark.is-begging");
    assert!(
        !marked.is_empty() && "I am begging you, please give me another chance!".contains(&marked),
        "{marked}"
    );
    assert!(!text(&root, ".sc-tone-summary").contains("nothing to fix"));
    click_button_in(&root, ".sc-flag.is-shouting", "Dismiss");
    wait_for("dismissed", LIMIT, || {
        find(&root, ".sc-flag.is-shouting").is_none()
    })
    .await;
    assert!(text(&root, ".sc-tone").contains("1 dismissed"));
    // The begging flag is still there: dismissing one does not hide the others.
    assert!(find(&root, ".sc-flag.is-begging").is_some());
    // The dismissal belongs to the draft: it is saved with it.
    wait_for("dismissal saved", LIMIT, || {
        stored_values("wr-tone")
            .iter()
            .any(|v| v.contains("\"dismissed_flags\":[\"shouting:"))
    })
    .await;
}

// Guards: a flag with a safe replacement offers a one-click fix; it is an edit of the
// section, saved with the draft, and "Undo" gives back the user's own words.
#[wasm_bindgen_test]
async fn a_tone_fix_applies_in_one_click_and_undoes() {
    let root = mounted("wr-fix", "write", "h2").await;
    wait_for("editor", LIMIT, || find(&root, "#sc-section-ask").is_some()).await;
    let mine = "Please give me another chance to show you the routing plan.";
    type_into(&root, "#sc-section-ask", mine);
    wait_for("begging flag", LIMIT, || {
        find(&root, ".sc-flag.is-begging").is_some()
    })
    .await;
    click_button_in(&root, ".sc-flag.is-begging", "Fix it");
    let fixed = "I would welcome another conversation to show you the routing plan.";
    wait_for("fixed", LIMIT, || value(&root, "#sc-section-ask") == fixed).await;
    assert!(
        find(&root, ".sc-flag.is-begging").is_none(),
        "the flag is gone"
    );
    assert!(text(&root, ".sc-preview-body").contains(fixed));
    assert!(text(&root, ".sc-tone").contains("Fixed"));
    // The pressed button went with its flag: focus moves to "Undo", not to the page.
    wait_for("focus on Undo", LIMIT, || {
        focused(&root).and_then(|e| e.text_content()).as_deref() == Some("Undo")
    })
    .await;
    wait_for("fix saved", LIMIT, || {
        stored_values("wr-fix").iter().any(|v| v.contains(fixed))
    })
    .await;
    click_button_in(&root, ".sc-tone", "Undo");
    wait_for("undone", LIMIT, || value(&root, "#sc-section-ask") == mine).await;
    // And from "Undo", which is gone too, to the panel's summary.
    wait_for("focus on the summary", LIMIT, || {
        focused(&root).is_some_and(|e| e.class_name().contains("sc-tone-summary"))
    })
    .await;
    assert!(
        find(&root, ".sc-flag.is-begging").is_some(),
        "the flag is back"
    );
    assert!(
        !text(&root, ".sc-tone").contains("Fixed"),
        "nothing left to undo"
    );
}

// Guards: above the threshold the editor and the draft still get every keystroke, while
// the preview shows only the letter's start, says so, and catches up with the latest
// keystroke; the tone panel lists the flags in that start and counts the rest; back
// under the threshold the preview is whole and live again.
#[wasm_bindgen_test]
async fn a_huge_letter_keeps_every_keystroke_and_previews_its_start() {
    let root = mounted("wr-huge", "write", "h2").await;
    wait_for("editor", LIMIT, || find(&root, "#sc-section-ask").is_some()).await;
    // Ends in a word: the letter trims each section, so trailing blank lines would not
    // count until something followed them.
    let paste = "I am begging you, please give me another chance!\n\n".repeat(2_000) + "Yours.";
    type_into(&root, "#sc-section-ask", &paste);
    wait_for("the note", LIMIT, || noted_total(&root).is_some()).await;
    let pasted = noted_total(&root).unwrap();
    assert!(
        pasted > paste.len(),
        "{pasted}: the whole letter is counted"
    );

    // Typed after the paste, key by key as far as the page can tell.
    let typed = " Thank you, Dana 🙂";
    let mut ask = paste.clone();
    for c in typed.chars() {
        ask.push(c);
        type_into(&root, "#sc-section-ask", &ask);
    }
    assert_eq!(
        value(&root, "#sc-section-ask"),
        ask,
        "the editor shows every key"
    );
    wait_for("every key saved", LIMIT, || {
        stored("wr-huge").contains(typed)
    })
    .await;
    wait_for("the preview caught up", LIMIT, || {
        noted_total(&root) == Some(pasted + typed.chars().count())
    })
    .await;

    // The preview shows the start only, the editor everything.
    let body = text(&root, ".sc-preview-body");
    assert!(body.chars().count() <= second_chance::letter_view::HUGE_PREVIEW_CHARS);
    assert!(!body.contains("Thank you, Dana"));
    assert!(text(&root, ".sc-preview-note").contains("The editor holds all of it"));
    // Flags: the first few in the part shown are listed and highlighted, the rest
    // counted.
    let listed = root.query_selector_all(".sc-flag").unwrap().length();
    let marked = root
        .query_selector_all(".sc-preview-body mark")
        .unwrap()
        .length();
    assert_eq!(
        listed as usize,
        second_chance::components::write::HUGE_LETTER_FLAGS
    );
    assert!(marked > 0 && marked <= listed, "{marked} marks");
    assert!(text(&root, ".sc-tone").contains("more further on, not listed"));
    assert!(text(&root, ".sc-tone-summary").contains("begging"));

    // Back under the threshold: whole and live again.
    type_into(&root, "#sc-section-ask", "Could we talk again next week?");
    wait_for("live again", LIMIT, || {
        text(&root, ".sc-preview-body").contains("Could we talk again next week?")
    })
    .await;
    assert!(find(&root, ".sc-preview-note").is_none());
    assert!(!text(&root, ".sc-tone").contains("more further on"));
}

// Guards: the whole-text editor takes a huge paste too, and its preview catches up.
#[wasm_bindgen_test]
async fn a_huge_whole_text_is_kept_and_previewed_in_part() {
    let root = mounted("wr-huge-whole", "write", "h2").await;
    click_button(&root, "Edit the whole text as one piece");
    wait_for("whole editor", LIMIT, || {
        find(&root, "#sc-section-whole_text").is_some()
    })
    .await;
    let big = format!("Dear Ms Ortega,\n\n{}THE-END", "word ".repeat(30_000));
    type_into(&root, "#sc-section-whole_text", &big);
    wait_for("the note", LIMIT, || {
        noted_total(&root) == Some(big.chars().count())
    })
    .await;
    assert_eq!(value(&root, "#sc-section-whole_text"), big);
    assert!(text(&root, ".sc-preview-body").starts_with("Dear Ms Ortega,"));
    wait_for("saved", LIMIT, || {
        stored("wr-huge-whole").contains("THE-END")
    })
    .await;
}

// Guards "never send it broken": a fill-in left in the letter is named above the
// exports, with a way back to fill it in; a finished letter shows no such warning.
#[wasm_bindgen_test]
async fn the_send_step_warns_about_a_gap_left_in_the_letter() {
    use second_chance::components::send::{SendStep, SendStepProps};
    use std::rc::Rc;
    let props = |text: &str| SendStepProps {
        draft: Rc::new(second_chance::draft::Draft::default()),
        text: text.to_owned(),
        subject: "Following up".to_owned(),
        mailto: "mailto:?subject=Following%20up".to_owned(),
        on_back: yew::Callback::noop(),
        embedded: false,
        children: yew::Html::default(),
        plan_first: false,
    };
    let gap = "[The real work behind that line of your CV]";
    let root = mount::<SendStep>(props(&format!(
        "Dear Ms Hale,\n\nI was vague. {gap}\n\nSam"
    )))
    .await;
    let warning = text(&root, ".sc-send-gap");
    assert!(warning.contains(gap), "{warning}");
    assert!(find(&root, ".sc-send-gap button").is_some());
    let done = mount::<SendStep>(props(
        "Dear Ms Hale,\n\nThank you [sic] for your time.\n\nSam",
    ))
    .await;
    assert!(find(&done, ".sc-send-gap").is_none());
}
