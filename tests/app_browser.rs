//! The mounted widget in a real browser: typing autosaves, the saved state shows,
//! drafts can be created, switched, deleted and restored, damaged storage is reported.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// Guards: what the user types is autosaved and the indicator says so.
#[wasm_bindgen_test]
async fn typing_is_autosaved() {
    let root = mount_app(&[("data-namespace", "w-autosave")]);
    wait_for("form", LIMIT, || find(&root, "#sc-company").is_some()).await;
    type_into(&root, "#sc-company", "Northwind <script>alert(1)</script>");
    wait_for("saved", LIMIT, || {
        stored_keys("w-autosave:draft:")
            .first()
            .and_then(|k| local_storage().get_item(k).unwrap())
            .is_some_and(|v| v.contains("Northwind"))
    })
    .await;
    wait_for("indicator", LIMIT, || {
        text(&root, "#sc-save-status").contains("saved")
    })
    .await;
    // Markup typed into a field stays text.
    assert!(find(&root, "script").is_none());
    clear("w-autosave");
}

// Guards: new, delete and undo work on the drafts list.
#[wasm_bindgen_test]
async fn drafts_new_delete_undo() {
    let root = mount_app(&[("data-namespace", "w-drafts")]);
    wait_for("form", LIMIT, || find(&root, "#sc-company").is_some()).await;
    type_into(&root, "#sc-company", "First Co");
    click_button_in(&root, ".sc-drafts-buttons", "New");
    wait_for("new draft", LIMIT, || {
        get(&root, "#sc-draft-select").children().length() == 2
    })
    .await;
    type_into(&root, "#sc-company", "Second Co");
    wait_for("both saved", LIMIT, || {
        stored_keys("w-drafts:draft:").len() == 2
    })
    .await;
    click_button_in(&root, ".sc-drafts-buttons", "Delete");
    wait_for("deleted", LIMIT, || {
        get(&root, "#sc-draft-select").children().length() == 1
    })
    .await;
    assert_eq!(
        stored_keys("w-drafts:draft:").len(),
        1,
        "deleted at once from storage"
    );
    assert!(text(&root, ".sc-undo").contains("Second Co"));
    click(&root, ".sc-undo button");
    wait_for("restored", LIMIT, || {
        get(&root, "#sc-draft-select").children().length() == 2
    })
    .await;
    wait_for("restored saved", LIMIT, || {
        stored_keys("w-drafts:draft:").len() == 2
    })
    .await;
    assert_eq!(value(&root, "#sc-company"), "Second Co");
    clear("w-drafts");
}

// Guards: damaged stored data is reported and the app still starts.
#[wasm_bindgen_test]
async fn damaged_storage_is_reported_and_the_app_starts() {
    local_storage()
        .set_item("w-damaged:draft:broken", "{oops")
        .unwrap();
    let root = mount_app(&[("data-namespace", "w-damaged")]);
    wait_for("notice", LIMIT, || find(&root, ".sc-notice").is_some()).await;
    assert!(text(&root, ".sc-notice").contains("not valid JSON"));
    assert!(find(&root, "#sc-company").is_some());
    assert_eq!(
        local_storage()
            .get_item("w-damaged:recovery:broken")
            .unwrap()
            .as_deref(),
        Some("{oops")
    );
    clear("w-damaged");
}

/// Replaces `Storage.prototype.removeItem` with one that throws, as a browser that
/// blocks storage does, until the returned original is put back with
/// [`restore_remove_item`].
fn refuse_remove_item() -> wasm_bindgen::JsValue {
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|storage| js_sys::Reflect::get(&storage, &"prototype".into()))
        .expect("Storage.prototype");
    let original = js_sys::Reflect::get(&proto, &"removeItem".into()).expect("removeItem");
    let throwing =
        js_sys::Function::new_no_args("throw new DOMException('denied', 'SecurityError');");
    js_sys::Reflect::set(&proto, &"removeItem".into(), &throwing).expect("replace removeItem");
    original
}

/// Puts back the `removeItem` that [`refuse_remove_item`] replaced.
fn restore_remove_item(original: &wasm_bindgen::JsValue) {
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|storage| js_sys::Reflect::get(&storage, &"prototype".into()))
        .expect("Storage.prototype");
    js_sys::Reflect::set(&proto, &"removeItem".into(), original).expect("restore removeItem");
}

// Guards: a delete the browser refuses is reported like a failed save (the stored copy
// would come back on reload, so the user must hear of it), and nothing is lost.
#[wasm_bindgen_test]
async fn a_refused_delete_is_reported_like_a_failed_save() {
    let root = mount_app(&[("data-namespace", "w-delfail")]);
    wait_for("form", LIMIT, || find(&root, "#sc-company").is_some()).await;
    type_into(&root, "#sc-company", "Kept Co");
    wait_for("saved", LIMIT, || stored("w-delfail").contains("Kept Co")).await;
    let original = refuse_remove_item();
    click_button_in(&root, ".sc-drafts-buttons", "Delete");
    wait_for("the refusal reported", LIMIT, || {
        text(&root, "#sc-save-status").contains("not letting the page save")
    })
    .await;
    restore_remove_item(&original);
    assert!(text(&root, ".sc-undo").contains("Kept Co"), "undo offered");
    assert!(stored("w-delfail").contains("Kept Co"), "still stored");
    clear("w-delfail");
}

// Guards: a picked file the browser cannot read is reported as unreadable, not as
// "not valid JSON".
#[wasm_bindgen_test]
async fn an_unreadable_file_says_so() {
    let parts = js_sys::Array::of1(&"{}".into());
    let file = web_sys::File::new_with_str_sequence(&parts, "backup.json").expect("a file");
    let failing = js_sys::Function::new_no_args(
        "return Promise.reject(new DOMException('gone', 'NotFoundError'));",
    );
    js_sys::Reflect::set(&file, &"text".into(), &failing).expect("override text()");
    assert_eq!(
        second_chance::browser::read_file(&file).await,
        Err(second_chance::browser::FileUnreadable)
    );
    let readable = web_sys::File::new_with_str_sequence(&parts, "ok.json").expect("a file");
    assert_eq!(
        second_chance::browser::read_file(&readable)
            .await
            .as_deref(),
        Ok("{}")
    );
}
