//! The page's localStorage: listing, reading and clearing a namespace's keys, and
//! writing or reading raw UTF-16 as JavaScript can.

use wasm_bindgen::JsCast;

/// The page's localStorage.
pub fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .expect("window")
        .local_storage()
        .expect("storage")
        .expect("storage present")
}

/// Every stored key that starts with `prefix`, in storage order.
pub fn stored_keys(prefix: &str) -> Vec<String> {
    let storage = local_storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Every stored key of the widget's `namespace` (`namespace:…`).
pub fn keys_with(namespace: &str) -> Vec<String> {
    stored_keys(&format!("{namespace}:"))
}

/// Removes every stored key of the widget's `namespace`, leaving other keys alone.
pub fn clear(namespace: &str) {
    for k in keys_with(namespace) {
        local_storage().remove_item(&k).unwrap();
    }
}

/// The stored text (JSON) of each of the `namespace`'s drafts.
pub fn stored_values(namespace: &str) -> Vec<String> {
    let storage = local_storage();
    stored_keys(&format!("{namespace}:draft:"))
        .into_iter()
        .filter_map(|k| storage.get_item(&k).unwrap())
        .collect()
}

/// The draft's stored text (JSON) for the `namespace`, empty when none is stored.
pub fn stored(namespace: &str) -> String {
    stored_values(namespace).concat()
}

/// Stores `units` (UTF-16, possibly half a surrogate pair) under `key`, as JavaScript
/// can and a Rust `String` cannot.
pub fn set_units(key: &str, units: &[u16]) {
    let value = js_sys::JsString::from_char_code(units);
    let set = js_sys::Reflect::get(&local_storage(), &"setItem".into()).unwrap();
    js_sys::Function::from(set)
        .call2(&local_storage(), &key.into(), &value)
        .unwrap();
}

/// The UTF-16 units stored under `key`, exactly.
pub fn units_at(key: &str) -> Option<Vec<u16>> {
    let get = js_sys::Reflect::get(&local_storage(), &"getItem".into()).unwrap();
    let value = js_sys::Function::from(get)
        .call1(&local_storage(), &key.into())
        .unwrap();
    value
        .dyn_ref::<js_sys::JsString>()
        .map(|s| s.iter().collect())
}
