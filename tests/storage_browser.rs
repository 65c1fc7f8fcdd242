//! The storage module against the browser's real localStorage: round trips, damaged
//! values kept aside, a full quota, and other tabs' change events.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{local_storage, set_units, units_at};
use second_chance::draft::Draft;
use second_chance::storage::{encode, Change, DecodeError, Store, StoreError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn draft(id: &str, company: &str) -> Draft {
    let mut d = Draft::new(id.into(), 1_700_000_000_000);
    d.facts.company = company.into();
    d
}

// Guards: a saved draft comes back identical, under a namespaced key.
#[wasm_bindgen_test]
fn save_then_load_round_trips() {
    let store = Store::new("t-roundtrip");
    let d = draft("a1", "Acme <b>&</b> \u{1F600} \u{5D0}\u{5D1}");
    store.save(&d).expect("save");
    assert!(local_storage()
        .get_item("t-roundtrip:draft:a1")
        .unwrap()
        .is_some());
    let loaded = store.load();
    assert!(loaded.available);
    assert_eq!(loaded.drafts, vec![d]);
    assert!(loaded.recovered.is_empty());
    store.remove("a1").expect("remove");
    assert!(store.load().drafts.is_empty());
}

// Guards: namespaces keep two widgets (and the host page's own keys) apart.
#[wasm_bindgen_test]
fn namespaces_do_not_see_each_other() {
    local_storage()
        .set_item("host-page-key", "keep me")
        .unwrap();
    let one = Store::new("t-ns-one");
    let two = Store::new("t-ns-two");
    one.save(&draft("x", "One")).unwrap();
    two.save(&draft("x", "Two")).unwrap();
    assert_eq!(one.load().drafts[0].facts.company, "One");
    assert_eq!(two.load().drafts[0].facts.company, "Two");
    assert_eq!(
        local_storage()
            .get_item("host-page-key")
            .unwrap()
            .as_deref(),
        Some("keep me")
    );
    one.remove("x").unwrap();
    two.remove("x").unwrap();
}

// Guards: damaged values are kept aside under a recovery key, never dropped, and the
// good drafts still load.
#[wasm_bindgen_test]
fn damaged_values_are_kept_aside() {
    let store = Store::new("t-damaged");
    let storage = local_storage();
    store.save(&draft("good", "Fine")).unwrap();
    let cases = [
        ("bad-json", "{\"schema\":1,\"draft\":"),
        ("bad-shape", "{\"schema\":1,\"draft\":{\"facts\":42}}"),
        (
            "from-future",
            "{\"schema\":9,\"draft\":{\"id\":\"from-future\"}}",
        ),
    ];
    for (id, raw) in cases {
        storage.set_item(&store.draft_key(id), raw).unwrap();
    }
    let loaded = store.load();
    assert_eq!(loaded.drafts.len(), 1);
    assert_eq!(loaded.drafts[0].id, "good");
    assert_eq!(loaded.recovered.len(), 3);
    for (id, raw) in cases {
        let kept = storage
            .get_item(&format!("t-damaged:recovery:{id}"))
            .unwrap();
        assert_eq!(kept.as_deref(), Some(raw), "{id} kept verbatim");
        assert!(storage.get_item(&store.draft_key(id)).unwrap().is_none());
    }
    assert!(loaded
        .recovered
        .iter()
        .any(|r| matches!(r.reason, DecodeError::NewerSchema(_))));
    assert_eq!(store.recovery_entries(&[]).len(), 3);
    // A second load does not warn again: the values were moved, not copied.
    assert!(store.load().recovered.is_empty());
    for (id, _) in cases {
        storage
            .remove_item(&format!("t-damaged:recovery:{id}"))
            .unwrap();
    }
    store.remove("good").unwrap();
}

// Guards: setting aside never writes over an earlier set-aside value (issue 20, point
// 1), and a value cut mid-emoji is kept unit for unit, not with U+FFFD in its place.
#[wasm_bindgen_test]
fn set_aside_values_never_overwrite_each_other() {
    let store = Store::new("t-aside");
    let key = store.draft_key("same");
    let first: Vec<u16> = r#"{"schema":2,"draft":{"id":"same","n":1}}"#.encode_utf16().collect();
    let mut cut: Vec<u16> =
        "{\"schema\":1,\"draft\":{\"id\":\"same\",\"facts\":{\"role\":\"ab\u{1F600}"
            .encode_utf16()
            .collect();
    cut.pop(); // half of the emoji's surrogate pair remains
    set_units(&key, &first);
    let one = store.load().recovered;
    set_units(&key, &cut);
    let two = store.load().recovered;
    assert_eq!(one[0].key, "t-aside:recovery:same");
    assert_eq!(two[0].key, "t-aside:recovery:same~2");
    assert!(one[0].moved && two[0].moved);
    assert_eq!(units_at("t-aside:recovery:same"), Some(first));
    assert_eq!(units_at("t-aside:recovery:same~2"), Some(cut.clone()));
    // The download keeps it exactly too: JSON.parse gives back the same units.
    let text = second_chance::storage::encode_recovered(&store.recovery_entries(&[]));
    let parsed = js_sys::JSON::parse(&text).unwrap();
    let back = js_sys::Reflect::get(&parsed, &"t-aside:recovery:same~2".into()).unwrap();
    let back: Vec<u16> = back.dyn_ref::<js_sys::JsString>().unwrap().iter().collect();
    assert_eq!(back, cut);
    for k in ["t-aside:recovery:same", "t-aside:recovery:same~2"] {
        local_storage().remove_item(k).unwrap();
    }
}

// Guards: a damaged value too big to copy aside stays, untouched, under its own key,
// and says so; the download then holds it (it used to say "kept aside" and download {}).
#[wasm_bindgen_test]
fn a_value_too_big_to_copy_stays_in_place() {
    let store = Store::new("t-huge");
    let storage = local_storage();
    // Damaged (no closing brace), and too big to fit twice in Chromium's 5 M-character
    // quota, so the copy aside is refused.
    let huge = format!("{{\"schema\":1,\"draft\":\"{}", "z".repeat(2_700_000));
    let key = store.draft_key("huge");
    storage
        .set_item(&key, &huge)
        .expect("one copy fits in the quota");
    let recovered = store.load().recovered;
    let entries = store.recovery_entries(&[recovered[0].key.clone()]);
    let still_there = storage.get_item(&key).unwrap();
    storage.remove_item(&key).unwrap();
    assert_eq!(recovered.len(), 1);
    assert!(!recovered[0].moved, "it could not be copied");
    assert_eq!(recovered[0].key, key);
    assert_eq!(still_there.as_deref(), Some(huge.as_str()));
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].1.len(), huge.len());
}

// Guards: a full storage gives a Quota error instead of a panic, and the earlier
// stored copy is untouched.
#[wasm_bindgen_test]
fn full_storage_reports_quota() {
    let store = Store::new("t-quota");
    let storage = local_storage();
    store.save(&draft("q", "Before")).unwrap();
    // Fill storage with 512 KB chunks until the browser refuses.
    let chunk = "x".repeat(512 * 1024);
    let mut filled = 0;
    while storage
        .set_item(&format!("t-fill-{filled}"), &chunk)
        .is_ok()
    {
        filled += 1;
        assert!(filled < 200, "storage never filled up");
    }
    let mut big = draft("q", "After");
    big.facts.role = "y".repeat(600 * 1024);
    let result = store.save(&big);
    for i in 0..filled {
        storage.remove_item(&format!("t-fill-{i}")).unwrap();
    }
    assert_eq!(result, Err(StoreError::Quota));
    assert_eq!(store.load().drafts[0].facts.company, "Before");
    store.remove("q").unwrap();
}

// Guards: another tab's write or delete is recognised; foreign keys are not.
#[wasm_bindgen_test]
fn storage_events_are_interpreted() {
    let store = Store::new("t-events");
    let d = draft("e", "Other tab");
    let key = Some(store.draft_key("e"));
    assert_eq!(
        store.interpret_change(key.clone(), Some(encode(&d))),
        Some(Change::Draft(Box::new(d)))
    );
    assert_eq!(
        store.interpret_change(key, None),
        Some(Change::Deleted("e".into()))
    );
    assert_eq!(
        store.interpret_change(Some("host-page-key".into()), Some("x".into())),
        None
    );
}
