//! The storage module against the browser's real localStorage: round trips, damaged
//! values kept aside, a full quota, and other tabs' change events.
#![cfg(target_arch = "wasm32")]

mod common;

use common::local_storage;
use second_chance::state::Draft;
use second_chance::storage::{encode, Change, Store, StoreError};
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
        .any(|r| r.reason.contains("newer version")));
    assert_eq!(store.recovery_entries().len(), 3);
    // A second load does not warn again: the values were moved, not copied.
    assert!(store.load().recovered.is_empty());
    for (id, _) in cases {
        storage
            .remove_item(&format!("t-damaged:recovery:{id}"))
            .unwrap();
    }
    store.remove("good").unwrap();
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
