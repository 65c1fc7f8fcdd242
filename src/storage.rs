//! The only module that touches localStorage.
//!
//! Every draft is stored under its own key, `{namespace}:draft:{id}`, as an envelope
//! `{"schema": N, "draft": {...}}`, so two tabs editing different drafts never write
//! the same key and an old value can be migrated forward by its schema number.
//! Nothing here panics: storage may be missing (sandboxed iframe, blocked cookies),
//! full, or hold damaged values, and each case degrades to a clear [`StoreError`] or a
//! [`Recovered`] entry while the app keeps working in memory.

use std::borrow::Borrow;

use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;
use wasm_bindgen::JsCast;

use crate::domain::followup::Opening;
use crate::state::Draft;

/// The schema version written today. Bump it, and add a step to [`migrate`], whenever
/// the stored shape of a draft changes incompatibly.
pub const SCHEMA_VERSION: u64 = 1;

/// The namespace used when the host page does not set one.
pub const DEFAULT_NAMESPACE: &str = "second-chance";

/// Why a write did not reach storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refused: storage is full (QuotaExceededError).
    Quota,
    /// There is no usable localStorage (blocked, sandboxed iframe, disabled).
    Unavailable,
}

/// A stored value that could not be read as a draft, moved aside so nothing is lost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    /// Where the raw value is kept now.
    pub key: String,
    /// What was wrong, in plain words.
    pub reason: String,
}

/// What [`Store::load`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// Drafts read (and migrated) successfully.
    pub drafts: Vec<Draft>,
    /// Damaged values set aside this time.
    pub recovered: Vec<Recovered>,
    /// False when localStorage cannot be used at all.
    pub available: bool,
}

/// A change another tab made, read from a `storage` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A draft was stored.
    Draft(Box<Draft>),
    /// The draft with this id was deleted.
    Deleted(String),
    /// The keep-looking list was stored.
    Openings(Vec<Opening>),
}

/// The contents of a backup file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backup {
    /// Every draft.
    pub drafts: Vec<Draft>,
    /// The keep-looking list.
    pub openings: Vec<Opening>,
}

/// Storage for one namespace (one embedded widget).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    namespace: String,
}

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u64,
    draft: &'a Draft,
}

impl Store {
    /// A store whose keys all start with `namespace:`. An empty or odd namespace falls
    /// back to the default so keys stay readable.
    pub fn new(namespace: &str) -> Self {
        let clean: String = namespace
            .trim()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .take(64)
            .collect();
        Store {
            namespace: if clean.is_empty() {
                DEFAULT_NAMESPACE.to_string()
            } else {
                clean
            },
        }
    }

    /// The namespace in use.
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// Storage key of a draft.
    pub fn draft_key(&self, id: &str) -> String {
        format!("{}:draft:{id}", self.namespace)
    }

    /// Storage key of the keep-looking list.
    pub fn openings_key(&self) -> String {
        format!("{}:openings", self.namespace)
    }

    /// Reads the keep-looking list; a damaged value is moved aside like a damaged draft.
    pub fn load_openings(&self) -> (Vec<Opening>, Option<Recovered>) {
        let Some(storage) = local_storage() else {
            return (Vec::new(), None);
        };
        let key = self.openings_key();
        let Ok(Some(raw)) = storage.get_item(&key) else {
            return (Vec::new(), None);
        };
        match decode_openings(&raw) {
            Ok(openings) => (openings, None),
            Err(reason) => (
                Vec::new(),
                Some(self.set_aside(&storage, &key, "openings", &raw, reason)),
            ),
        }
    }

    /// Writes the keep-looking list.
    pub fn save_openings(&self, openings: &[Opening]) -> Result<(), StoreError> {
        let storage = local_storage().ok_or(StoreError::Unavailable)?;
        storage
            .set_item(&self.openings_key(), &encode_openings(openings))
            .map_err(classify)
    }

    fn draft_prefix(&self) -> String {
        format!("{}:draft:", self.namespace)
    }

    fn recovery_prefix(&self) -> String {
        format!("{}:recovery:", self.namespace)
    }

    /// Moves an unreadable value from `key` to `{namespace}:recovery:{name}`, never
    /// deleting it: the original is removed only once the copy is safely stored.
    fn set_aside(
        &self,
        storage: &web_sys::Storage,
        key: &str,
        name: &str,
        raw: &str,
        reason: String,
    ) -> Recovered {
        let recovery_key = format!("{}{name}", self.recovery_prefix());
        if storage.set_item(&recovery_key, raw).is_ok() {
            let _ = storage.remove_item(key);
        }
        Recovered {
            key: recovery_key,
            reason,
        }
    }

    /// Reads every draft of this namespace. Damaged values are moved under a recovery
    /// key (never deleted) and reported.
    pub fn load(&self) -> Loaded {
        let Some(storage) = local_storage() else {
            return Loaded::default();
        };
        let mut loaded = Loaded {
            available: true,
            ..Loaded::default()
        };
        let prefix = self.draft_prefix();
        for key in keys(&storage)
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
        {
            let Ok(Some(raw)) = storage.get_item(&key) else {
                continue;
            };
            match migrate(&raw) {
                Ok(draft) => loaded.drafts.push(draft),
                Err(reason) => {
                    let name = &key[prefix.len()..];
                    let recovered = self.set_aside(&storage, &key, name, &raw, reason);
                    loaded.recovered.push(recovered);
                }
            }
        }
        crate::domain::sort_by_rank(&mut loaded.drafts, |d| [d.created_ms, 0, 0]);
        loaded
    }

    /// Raw values kept aside by earlier loads, as (key, value), for download.
    pub fn recovery_entries(&self) -> Vec<(String, String)> {
        let Some(storage) = local_storage() else {
            return Vec::new();
        };
        let prefix = self.recovery_prefix();
        keys(&storage)
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .filter_map(|k| storage.get_item(&k).ok().flatten().map(|v| (k, v)))
            .collect()
    }

    /// Writes one draft.
    pub fn save(&self, draft: &Draft) -> Result<(), StoreError> {
        let storage = local_storage().ok_or(StoreError::Unavailable)?;
        storage
            .set_item(&self.draft_key(&draft.id), &encode(draft))
            .map_err(classify)
    }

    /// Removes one draft.
    pub fn remove(&self, id: &str) -> Result<(), StoreError> {
        let storage = local_storage().ok_or(StoreError::Unavailable)?;
        storage.remove_item(&self.draft_key(id)).map_err(classify)
    }

    /// Interprets a `storage` event from another tab; `None` for other keys, other
    /// namespaces and unreadable values.
    pub fn interpret_change(
        &self,
        key: Option<String>,
        new_value: Option<String>,
    ) -> Option<Change> {
        let key = key?;
        if key == self.openings_key() {
            return decode_openings(new_value.as_deref().unwrap_or(""))
                .ok()
                .map(Change::Openings);
        }
        let id = key.strip_prefix(&self.draft_prefix())?;
        match new_value {
            None => Some(Change::Deleted(id.to_string())),
            Some(raw) => migrate(&raw).ok().map(|d| Change::Draft(Box::new(d))),
        }
    }
}

/// The keep-looking list inside a stored envelope or a backup file; other fields are
/// skipped.
#[derive(Deserialize)]
struct OpeningsPart {
    openings: Option<Vec<Opening>>,
}

/// Serialises the keep-looking list in its envelope.
pub fn encode_openings(openings: &[Opening]) -> String {
    #[derive(Serialize)]
    struct OpeningsEnvelope<'a> {
        schema: u64,
        openings: &'a [Opening],
    }
    serde_json::to_string(&OpeningsEnvelope {
        schema: SCHEMA_VERSION,
        openings,
    })
    .unwrap_or_default()
}

/// Reads a stored keep-looking list of any known schema.
pub fn decode_openings(raw: &str) -> Result<Vec<Opening>, String> {
    check_schema(read_schema(raw)?)?;
    serde_json::from_str::<OpeningsPart>(raw)
        .map_err(|_| "its contents have an unexpected shape".to_string())?
        .openings
        .ok_or_else(|| "it holds no openings".to_string())
}

/// The values set aside as damaged, as one JSON object from storage key to the raw
/// value, for the user to download and keep.
pub fn encode_recovered(entries: &[(String, String)]) -> String {
    struct AsObject<'a>(&'a [(String, String)]);
    impl Serialize for AsObject<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_map(self.0.iter().map(|(key, raw)| (key, raw)))
        }
    }
    serde_json::to_string(&AsObject(entries)).unwrap_or_default()
}

/// Serialises a draft in the current envelope.
pub fn encode(draft: &Draft) -> String {
    serde_json::to_string(&Envelope {
        schema: SCHEMA_VERSION,
        draft,
    })
    .unwrap_or_default()
}

/// Largest backup file accepted by [`decode_backup`]; anything bigger is not ours.
pub const BACKUP_LIMIT_BYTES: usize = 5 * 1024 * 1024;

/// Marker that tells a Second Chance backup from any other JSON file.
const BACKUP_MARKER: &str = "second-chance-backup";

/// Serialises all drafts as one backup file: each draft in its storage envelope, so a
/// backup from an older version migrates exactly like stored data.
pub fn encode_backup<D: Borrow<Draft>>(drafts: &[D], openings: &[Opening], now: u64) -> String {
    #[derive(Serialize)]
    struct BackupFile<'a> {
        kind: &'static str,
        schema: u64,
        exported_ms: u64,
        drafts: Vec<Envelope<'a>>,
        openings: &'a [Opening],
    }
    serde_json::to_string(&BackupFile {
        kind: BACKUP_MARKER,
        schema: SCHEMA_VERSION,
        exported_ms: now,
        drafts: drafts
            .iter()
            .map(|draft| Envelope {
                schema: SCHEMA_VERSION,
                draft: draft.borrow(),
            })
            .collect(),
        openings,
    })
    .unwrap_or_default()
}

/// Reads a backup file. Checks size, shape and version; refuses the whole file with a
/// plain reason rather than importing half of it.
pub fn decode_backup(text: &str) -> Result<Backup, String> {
    if text.len() > BACKUP_LIMIT_BYTES {
        return Err(format!(
            "the file is {} MB, far bigger than any backup (the limit is 5 MB)",
            text.len() / (1024 * 1024)
        ));
    }
    // Each part is read in its own typed pass (unknown fields are skipped), so every
    // refusal names the part that is wrong.
    #[derive(Deserialize)]
    struct Kind {
        kind: Option<String>,
    }
    let kind = serde_json::from_str::<Kind>(text).map_err(|e| match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => "the file is not valid JSON",
        Category::Data => "the file is not a Second Chance backup",
    })?;
    if kind.kind.as_deref() != Some(BACKUP_MARKER) {
        return Err("the file is not a Second Chance backup".to_string());
    }
    check_schema(read_schema(text).map_err(|_| "the backup has no schema version")?)
        .map_err(|_| "the backup comes from a newer version of Second Chance".to_string())?;
    #[derive(Deserialize)]
    struct Drafts<'a> {
        #[serde(borrow)]
        drafts: Option<Vec<&'a RawValue>>,
    }
    let entries = serde_json::from_str::<Drafts>(text)
        .ok()
        .and_then(|d| d.drafts)
        .ok_or_else(|| "the backup holds no list of drafts".to_string())?;
    let drafts = entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            migrate(entry.get()).map_err(|e| format!("draft {} cannot be read: {e}", i + 1))
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Backups from before the keep-looking list have no "openings": that is fine.
    let openings = serde_json::from_str::<OpeningsPart>(text)
        .map_err(|_| "its list of openings cannot be read".to_string())?
        .openings
        .unwrap_or_default();
    Ok(Backup { drafts, openings })
}

/// Reads a stored envelope of any known schema and brings it to today's [`Draft`].
/// Errors say, in plain words, why the value cannot be used.
pub fn migrate(raw: &str) -> Result<Draft, String> {
    check_schema(read_schema(raw)?)?;
    // Schema 1 is the first; a future schema 2 reads older values into their own typed
    // shape here and converts them, oldest first.
    #[derive(Deserialize)]
    struct Stored {
        draft: Option<Draft>,
    }
    let draft = serde_json::from_str::<Stored>(raw)
        .map_err(|_| "its contents have an unexpected shape".to_string())?
        .draft
        .ok_or_else(|| "it holds no draft".to_string())?;
    if draft.id.is_empty() {
        return Err("the draft has no id".to_string());
    }
    Ok(draft)
}

/// The schema number of a stored or imported value. Read in a typed pass of its own,
/// rather than through a generic JSON tree, because a tree would double the size of
/// every deserialiser in the download.
fn read_schema(raw: &str) -> Result<u64, String> {
    #[derive(Deserialize)]
    struct Schema {
        schema: Option<u64>,
    }
    match serde_json::from_str::<Schema>(raw) {
        Ok(Schema { schema: Some(n) }) => Ok(n),
        Err(e)
            if matches!(
                e.classify(),
                Category::Syntax | Category::Eof | Category::Io
            ) =>
        {
            Err("it is not valid JSON".to_string())
        }
        _ => Err("it has no schema version".to_string()),
    }
}

/// Refuses values written by a newer version, whose shape this one cannot know.
fn check_schema(schema: u64) -> Result<(), String> {
    if schema > SCHEMA_VERSION {
        return Err(format!(
            "it was saved by a newer version of Second Chance (schema {schema})"
        ));
    }
    Ok(())
}

/// The page's localStorage, or `None` when the browser refuses it. Never panics (unlike
/// `gloo_storage::LocalStorage::raw`).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn keys(storage: &web_sys::Storage) -> Vec<String> {
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

fn classify(error: wasm_bindgen::JsValue) -> StoreError {
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

/// Asks the browser to keep this site's storage under pressure. Resolves to whether
/// the drafts are protected from eviction (`None` when the browser cannot say).
pub async fn request_persistence() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let persisted = wasm_bindgen_futures::JsFuture::from(storage.persisted().ok()?)
        .await
        .ok()?;
    if persisted.as_bool() == Some(true) {
        return Some(true);
    }
    let granted = wasm_bindgen_futures::JsFuture::from(storage.persist().ok()?)
        .await
        .ok()?;
    granted.as_bool()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards: what we write is what we read back.
    #[test]
    fn encode_then_migrate_round_trips() {
        let mut draft = Draft::new("abc".into(), 7);
        draft.facts.company = "Acme & \"Sons\" <b>".into();
        assert_eq!(migrate(&encode(&draft)), Ok(draft));
    }

    // Guards: the first schema's fixture keeps loading after every future change.
    #[test]
    fn schema_1_fixture_loads() {
        let raw = include_str!("../tests/fixtures/draft_schema1.json");
        let draft = migrate(raw).expect("fixture must load");
        assert_eq!(draft.id, "fixture-1");
        assert_eq!(draft.facts.company, "Northwind Traders");
        assert!(draft.assessment["blanked_on_question"].checked);
        assert_eq!(draft.revision, 12);
    }

    // Guards: each kind of damage is refused with a reason, never a panic.
    #[test]
    fn damaged_values_are_refused_with_a_reason() {
        let rows = [
            ("{not json", "not valid JSON"),
            ("[]", "no schema"),
            (r#"{"schema":"1","draft":{}}"#, "no schema"),
            (r#"{"schema":99,"draft":{"id":"x"}}"#, "newer version"),
            (r#"{"schema":1}"#, "no draft"),
            (r#"{"schema":1,"draft":{"id":5}}"#, "unexpected shape"),
            (r#"{"schema":1,"draft":{"facts":"x"}}"#, "unexpected shape"),
            (r#"{"schema":1,"draft":{}}"#, "no id"),
        ];
        for (raw, reason) in rows {
            let err = migrate(raw).expect_err(raw);
            assert!(err.contains(reason), "{raw}: {err}");
        }
    }

    // Guards: unknown extra fields (from a later minor version) do not break loading.
    #[test]
    fn extra_fields_are_tolerated() {
        let raw = r#"{"schema":1,"draft":{"id":"x","future_field":[1,2]},"extra":true}"#;
        assert_eq!(migrate(raw).map(|d| d.id), Ok("x".to_string()));
    }

    // Guards: the recovery download is one JSON object holding each raw value verbatim.
    #[test]
    fn recovered_values_download_as_one_object() {
        let entries = vec![
            ("ns:recovery:1".to_string(), "{not json".to_string()),
            ("ns:recovery:2".to_string(), "\"quoted\" <b>".to_string()),
        ];
        let text = encode_recovered(&entries);
        let back: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back.len(), 2);
        assert_eq!(back["ns:recovery:1"], "{not json");
        assert_eq!(back["ns:recovery:2"], "\"quoted\" <b>");
    }

    // Guards: a backup round-trips every draft.
    #[test]
    fn backup_round_trips() {
        let mut a = Draft::new("a".into(), 1);
        a.facts.role = "Analyst \u{1F600} \u{5E9}".into();
        let drafts = vec![a, Draft::new("b".into(), 2)];
        let openings = vec![Opening {
            id: "o".into(),
            company: "Contoso".into(),
            ..Opening::default()
        }];
        let decoded = decode_backup(&encode_backup(&drafts, &openings, 3));
        assert_eq!(decoded, Ok(Backup { drafts, openings }));
    }

    // Guards: malformed backups are refused whole, with a reason a user understands.
    #[test]
    fn bad_backups_are_refused() {
        let big = format!(
            "{{\"kind\":\"second-chance-backup\",\"pad\":\"{}\"}}",
            "x".repeat(BACKUP_LIMIT_BYTES)
        );
        let rows = [
            ("", "not valid JSON"),
            ("{\"drafts\":[]}", "not a Second Chance backup"),
            ("{\"kind\":\"second-chance-backup\",\"schema\":7,\"drafts\":[]}", "newer version"),
            ("{\"kind\":\"second-chance-backup\",\"drafts\":[]}", "no schema"),
            ("{\"kind\":\"second-chance-backup\",\"schema\":1}", "no list"),
            ("{\"kind\":\"second-chance-backup\",\"schema\":1,\"drafts\":[{\"schema\":1,\"draft\":{\"id\":\"a\"}},{\"schema\":1}]}", "draft 2"),
            (big.as_str(), "limit is 5 MB"),
        ];
        for (text, reason) in rows {
            let err = decode_backup(text).expect_err(reason);
            assert!(err.contains(reason), "{reason}: {err}");
        }
    }

    // Guards: a backup written before the keep-looking list existed still imports.
    #[test]
    fn backup_without_openings_imports() {
        let text = r#"{"kind":"second-chance-backup","schema":1,"drafts":[{"schema":1,"draft":{"id":"a"}}]}"#;
        let backup = decode_backup(text).expect("imports");
        assert_eq!(backup.drafts.len(), 1);
        assert!(backup.openings.is_empty());
    }

    // Guards: damaged openings lists are refused with a reason.
    #[test]
    fn damaged_openings_are_refused() {
        for raw in [
            "",
            "{}",
            r#"{"schema":3,"openings":[]}"#,
            r#"{"schema":1,"openings":{}}"#,
        ] {
            assert!(decode_openings(raw).is_err(), "{raw}");
        }
    }

    // Guards: namespaces are sanitised so keys stay well-formed.
    #[test]
    fn namespace_is_sanitised() {
        let rows = [
            ("", DEFAULT_NAMESPACE),
            ("  blog-widget ", "blog-widget"),
            ("a b<c>", "abc"),
            ("<>", DEFAULT_NAMESPACE),
        ];
        for (given, want) in rows {
            assert_eq!(Store::new(given).namespace(), want);
        }
    }

    // Guards: storage events of other namespaces and keys are ignored.
    #[test]
    fn storage_events_are_filtered_by_namespace() {
        let store = Store::new("ns");
        let draft = Draft::new("d1".into(), 1);
        let key = Some(store.draft_key("d1"));
        assert_eq!(
            store.interpret_change(key.clone(), Some(encode(&draft))),
            Some(Change::Draft(Box::new(draft.clone())))
        );
        assert_eq!(
            store.interpret_change(key.clone(), None),
            Some(Change::Deleted("d1".into()))
        );
        assert_eq!(
            store.interpret_change(Some("other:draft:d1".into()), Some(encode(&draft))),
            None
        );
        assert_eq!(store.interpret_change(key, Some("garbage".into())), None);
        let openings = vec![Opening::default()];
        assert_eq!(
            store.interpret_change(Some(store.openings_key()), Some(encode_openings(&openings))),
            Some(Change::Openings(openings))
        );
        assert_eq!(store.interpret_change(None, None), None);
    }
}
