//! Where stored values live: the [`Area`] trait, the browser's localStorage behind it
//! ([`WebArea`]), and an in-memory area with a quota ([`MemoryArea`]) so the storage
//! rules, and the fuzz tests over them, run natively.
//!
//! A value is handed around as the area's own [`Area::Raw`] type, never through a Rust
//! `String`, whenever it is only moved: a JavaScript string may hold half of a
//! surrogate pair (a value cut mid-emoji), which a `String` would replace with U+FFFD.
//! Text is decoded only to be parsed.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::StoreError;

/// A localStorage-like key-value area.
pub trait Area {
    /// A value exactly as the area holds it.
    type Raw;
    /// Whether the area can be used at all.
    fn available(&self) -> bool;
    /// The value under `key`, untouched.
    fn get(&self, key: &str) -> Option<Self::Raw>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &Self::Raw) -> Result<(), StoreError>;
    /// Stores text under `key`.
    fn set_text(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key, in the area's order.
    fn keys(&self) -> Vec<String>;
    /// The value decoded for parsing (a lone surrogate becomes U+FFFD).
    fn text(raw: &Self::Raw) -> String;
    /// The value's UTF-16 code units, exactly.
    fn units(raw: &Self::Raw) -> Vec<u16>;
}

#[wasm_bindgen]
extern "C" {
    /// localStorage seen through methods that keep values as JavaScript strings.
    #[wasm_bindgen(extends = js_sys::Object)]
    type RawStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_raw(this: &RawStorage, key: &str) -> Result<Option<js_sys::JsString>, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_raw(this: &RawStorage, key: &str, value: &js_sys::JsString) -> Result<(), JsValue>;
}

/// The page's localStorage. Looked up on every call, never cached, and never a panic
/// (unlike `gloo_storage::LocalStorage::raw`): a blocked or sandboxed page simply has none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WebArea;

impl WebArea {
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }
}

impl Area for WebArea {
    type Raw = js_sys::JsString;

    fn available(&self) -> bool {
        Self::storage().is_some()
    }

    fn get(&self, key: &str) -> Option<Self::Raw> {
        Self::storage()?
            .unchecked_ref::<RawStorage>()
            .get_raw(key)
            .ok()
            .flatten()
    }

    fn set(&self, key: &str, value: &Self::Raw) -> Result<(), StoreError> {
        let storage = Self::storage().ok_or(StoreError::Unavailable)?;
        storage
            .unchecked_ref::<RawStorage>()
            .set_raw(key, value)
            .map_err(classify)
    }

    fn set_text(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let storage = Self::storage().ok_or(StoreError::Unavailable)?;
        storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        let storage = Self::storage().ok_or(StoreError::Unavailable)?;
        storage.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Vec<String> {
        let Some(storage) = Self::storage() else {
            return Vec::new();
        };
        let length = storage.length().unwrap_or(0);
        (0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect()
    }

    fn text(raw: &Self::Raw) -> String {
        String::from(raw)
    }

    fn units(raw: &Self::Raw) -> Vec<u16> {
        raw.iter().collect()
    }
}

fn classify(error: JsValue) -> StoreError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    if name.contains("Quota") || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Quota
    } else {
        StoreError::Unavailable
    }
}

/// One write seen by a [`MemoryArea`]: which handle wrote it, the key and the new value
/// (`None` for a removal). Replayed as `storage` events in the fuzz tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// The writing handle's name.
    pub by: String,
    /// The key written.
    pub key: String,
    /// The new value, `None` when removed.
    pub value: Option<String>,
}

#[derive(Debug, Default)]
struct Shared {
    values: BTreeMap<String, Vec<u16>>,
    quota_units: usize,
    log: Vec<Write>,
}

/// An in-memory area shared by every clone, like one origin's localStorage shared by
/// its tabs. Values are UTF-16 code units, so a lone surrogate survives as in a browser;
/// writes past the quota fail with [`StoreError::Quota`], as a full localStorage does.
#[derive(Clone, Debug)]
pub struct MemoryArea {
    name: String,
    shared: Rc<RefCell<Shared>>,
}

impl MemoryArea {
    /// An empty area holding at most `quota_units` UTF-16 code units of keys and values.
    pub fn new(quota_units: usize) -> Self {
        MemoryArea {
            name: String::new(),
            shared: Rc::new(RefCell::new(Shared {
                quota_units,
                ..Shared::default()
            })),
        }
    }

    /// Another handle on the same area whose writes are logged as `name`'s (a tab).
    pub fn handle(&self, name: &str) -> Self {
        MemoryArea {
            name: name.to_string(),
            shared: self.shared.clone(),
        }
    }

    /// Changes the quota (to fill or free space).
    pub fn set_quota(&self, quota_units: usize) {
        self.shared.borrow_mut().quota_units = quota_units;
    }

    /// Stores raw UTF-16 units, bypassing the quota (damage planted by a test).
    pub fn plant(&self, key: &str, units: Vec<u16>) {
        self.shared
            .borrow_mut()
            .values
            .insert(key.to_string(), units);
    }

    /// A copy of every key and raw value.
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u16>> {
        self.shared.borrow().values.clone()
    }

    /// Takes the writes logged since the last call.
    pub fn take_log(&self) -> Vec<Write> {
        std::mem::take(&mut self.shared.borrow_mut().log)
    }

    fn store(&self, key: &str, units: Vec<u16>) -> Result<(), StoreError> {
        let mut shared = self.shared.borrow_mut();
        let used: usize = shared
            .values
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum();
        if used + key.len() + units.len() > shared.quota_units {
            return Err(StoreError::Quota);
        }
        let value = String::from_utf16_lossy(&units);
        shared.values.insert(key.to_string(), units);
        let by = self.name.clone();
        shared.log.push(Write {
            by,
            key: key.to_string(),
            value: Some(value),
        });
        Ok(())
    }
}

impl Area for MemoryArea {
    type Raw = Vec<u16>;

    fn available(&self) -> bool {
        true
    }

    fn get(&self, key: &str) -> Option<Self::Raw> {
        self.shared.borrow().values.get(key).cloned()
    }

    fn set(&self, key: &str, value: &Self::Raw) -> Result<(), StoreError> {
        self.store(key, value.clone())
    }

    fn set_text(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.store(key, value.encode_utf16().collect())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        let mut shared = self.shared.borrow_mut();
        if shared.values.remove(key).is_some() {
            let by = self.name.clone();
            shared.log.push(Write {
                by,
                key: key.to_string(),
                value: None,
            });
        }
        Ok(())
    }

    fn keys(&self) -> Vec<String> {
        self.shared.borrow().values.keys().cloned().collect()
    }

    fn text(raw: &Self::Raw) -> String {
        String::from_utf16_lossy(raw)
    }

    fn units(raw: &Self::Raw) -> Vec<u16> {
        raw.clone()
    }
}
