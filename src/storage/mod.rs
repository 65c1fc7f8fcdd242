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

use crate::domain::followup::Opening;
use crate::draft::Draft;
use crate::state::{Action, AppState, SaveStatus};

mod area;
pub use area::{Area, MemoryArea, WebArea, Write};

/// The schema version written today. Bump it, and add a step to [`migrate`], whenever
/// the stored shape of a draft changes incompatibly.
pub const SCHEMA_VERSION: u64 = 1;

/// The longest remembered-steps value read: a few dozen drafts' worth. Anything longer
/// was not written by this app.
const MAX_STEPS_BYTES: usize = 4096;

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

/// What the saved indicator says about a write storage refused.
impl From<StoreError> for SaveStatus {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Quota => SaveStatus::QuotaFull,
            StoreError::Unavailable => SaveStatus::Unavailable,
        }
    }
}

/// A stored value that could not be read as a draft. It is moved aside so nothing is
/// lost, or, when even the copy does not fit, left exactly where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    /// Where the raw value is kept now: its recovery key, or its own key when it could
    /// not be moved.
    pub key: String,
    /// What was wrong.
    pub reason: DecodeError,
    /// True when the value now lives under a recovery key; false when it was too big to
    /// copy and stays, untouched, under its own key.
    pub moved: bool,
}

/// Why a stored value or a backup file cannot be read. Its `Display` says so in plain
/// words, as the end of a sentence ("… could not be read because {reason}").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A stored value that is not JSON.
    NotJson,
    /// A stored value without a schema number.
    NoSchema,
    /// A stored value written by a newer version (its schema number).
    NewerSchema(u64),
    /// A stored value whose fields have the wrong types.
    UnexpectedShape,
    /// A stored envelope without its draft.
    NoDraft,
    /// A stored draft without an id.
    NoId,
    /// A stored envelope without its openings list.
    NoOpenings,
    /// A picked file far bigger than any backup (its size in MB).
    FileTooBig(usize),
    /// A picked file that is not JSON.
    FileNotJson,
    /// A JSON file that is not one of our backups.
    NotABackup,
    /// A backup without a schema number.
    BackupNoSchema,
    /// A backup written by a newer version.
    BackupTooNew,
    /// A backup without its list of drafts.
    NoDraftList,
    /// The draft at this position (from 1) of a backup, and why it cannot be read.
    BadDraft(usize, Box<DecodeError>),
    /// A backup whose list of openings cannot be read.
    BadOpenings,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fixed = match self {
            Self::NewerSchema(n) => {
                return write!(
                    f,
                    "it was saved by a newer version of Second Chance (schema {n})"
                )
            }
            Self::FileTooBig(mb) => {
                return write!(
                    f,
                    "the file is {mb} MB, far bigger than any backup (the limit is 5 MB)"
                )
            }
            Self::BadDraft(n, why) => return write!(f, "draft {n} cannot be read: {why}"),
            Self::NotJson => "it is not valid JSON",
            Self::NoSchema => "it has no schema version",
            Self::UnexpectedShape => "its contents have an unexpected shape",
            Self::NoDraft => "it holds no draft",
            Self::NoId => "the draft has no id",
            Self::NoOpenings => "it holds no openings",
            Self::FileNotJson => "the file is not valid JSON",
            Self::NotABackup => "the file is not a Second Chance backup",
            Self::BackupNoSchema => "the backup has no schema version",
            Self::BackupTooNew => "the backup comes from a newer version of Second Chance",
            Self::NoDraftList => "the backup holds no list of drafts",
            Self::BadOpenings => "its list of openings cannot be read",
        };
        f.write_str(fixed)
    }
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

/// Storage for one namespace (one embedded widget), in the browser's localStorage by
/// default, or in any other [`Area`] (the native tests use a [`MemoryArea`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store<A = WebArea> {
    namespace: String,
    area: A,
}

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u64,
    draft: &'a Draft,
}

/// Cleans a host-given namespace: an empty or odd one falls back to the default so keys
/// stay readable.
fn clean_namespace(namespace: &str) -> String {
    let clean: String = namespace
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(64)
        .collect();
    if clean.is_empty() {
        DEFAULT_NAMESPACE.to_string()
    } else {
        clean
    }
}

impl Store {
    /// A store in the page's localStorage whose keys all start with `namespace:`.
    pub fn new(namespace: &str) -> Self {
        Store::with_area(namespace, WebArea)
    }
}

impl<A: Area> Store<A> {
    /// A store in `area` whose keys all start with `namespace:`.
    pub fn with_area(namespace: &str, area: A) -> Self {
        Store {
            namespace: clean_namespace(namespace),
            area,
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

    /// The key of the remembered steps (see `AppState::steps`).
    pub fn steps_key(&self) -> String {
        format!("{}:steps", self.namespace)
    }

    /// The remembered steps as stored; empty when there are none. Only screen state:
    /// a value that is not a short list of `id=step` pairs reads as nothing remembered
    /// (the app then opens each draft at its first step) and is never moved aside.
    pub fn load_steps(&self) -> String {
        self.area
            .get(&self.steps_key())
            .map(|raw| A::text(&raw))
            .filter(|text| text.len() <= MAX_STEPS_BYTES)
            .unwrap_or_default()
    }

    /// Remembers the steps.
    pub fn save_steps(&self, steps: &str) -> Result<(), StoreError> {
        self.area.set_text(&self.steps_key(), steps)
    }

    /// Reads the keep-looking list; a damaged value is moved aside like a damaged draft.
    pub fn load_openings(&self) -> (Vec<Opening>, Option<Recovered>) {
        let key = self.openings_key();
        let Some(raw) = self.area.get(&key) else {
            return (Vec::new(), None);
        };
        match decode_openings(&A::text(&raw)) {
            Ok(openings) => (openings, None),
            Err(reason) => (
                Vec::new(),
                Some(self.set_aside(&key, "openings", &raw, reason)),
            ),
        }
    }

    /// Writes the keep-looking list.
    pub fn save_openings(&self, openings: &[Opening]) -> Result<(), StoreError> {
        self.area
            .set_text(&self.openings_key(), &encode_openings(openings))
    }

    fn draft_prefix(&self) -> String {
        format!("{}:draft:", self.namespace)
    }

    fn recovery_prefix(&self) -> String {
        format!("{}:recovery:", self.namespace)
    }

    /// Moves an unreadable value from `key` to a recovery key of its own, never deleting
    /// it and never writing over an earlier one: the first free key of
    /// `{namespace}:recovery:{name}`, `…:{name}~2`, `…:{name}~3`, … The value is copied
    /// as the area holds it, and the original is removed only once the copy is stored.
    /// When the copy does not fit, the value stays where it was and says so.
    fn set_aside(&self, key: &str, name: &str, raw: &A::Raw, reason: DecodeError) -> Recovered {
        let base = format!("{}{name}", self.recovery_prefix());
        let recovery_key = (1..)
            .map(|n| match n {
                1 => base.clone(),
                n => format!("{base}~{n}"),
            })
            .find(|k| self.area.get(k).is_none())
            .unwrap_or(base);
        if self.area.set(&recovery_key, raw).is_ok() && self.area.remove(key).is_ok() {
            Recovered {
                key: recovery_key,
                reason,
                moved: true,
            }
        } else {
            Recovered {
                key: key.to_string(),
                reason,
                moved: false,
            }
        }
    }

    /// Reads every draft of this namespace. Damaged values are moved under a recovery
    /// key (never deleted) and reported.
    pub fn load(&self) -> Loaded {
        if !self.area.available() {
            return Loaded::default();
        }
        let mut loaded = Loaded {
            available: true,
            ..Loaded::default()
        };
        let prefix = self.draft_prefix();
        for key in self
            .area
            .keys()
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
        {
            let Some(raw) = self.area.get(&key) else {
                continue;
            };
            match migrate(&A::text(&raw)) {
                Ok(draft) => loaded.drafts.push(draft),
                Err(reason) => {
                    let name = &key[prefix.len()..];
                    let recovered = self.set_aside(&key, name, &raw, reason);
                    loaded.recovered.push(recovered);
                }
            }
        }
        crate::domain::sort_by_rank(&mut loaded.drafts, |d| [d.created_ms, 0, 0]);
        loaded
    }

    /// Raw values kept aside by earlier loads, plus the values under `also` (damaged
    /// values too big to move), as (key, UTF-16 units), for download.
    pub fn recovery_entries(&self, also: &[String]) -> Vec<(String, Vec<u16>)> {
        let prefix = self.recovery_prefix();
        let mut keys: Vec<String> = self
            .area
            .keys()
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .collect();
        keys.extend(
            also.iter()
                .filter(|k| !keys.contains(k))
                .cloned()
                .collect::<Vec<_>>(),
        );
        keys.into_iter()
            .filter_map(|k| self.area.get(&k).map(|v| (k, A::units(&v))))
            .collect()
    }

    /// What is stored under draft `id` right now. A damaged value there is moved aside
    /// first (and reported), so a later write cannot destroy it.
    pub fn stored(&self, id: &str) -> Stored {
        let key = self.draft_key(id);
        let Some(raw) = self.area.get(&key) else {
            return Stored::Missing;
        };
        match migrate(&A::text(&raw)) {
            Ok(draft) => Stored::Draft(Box::new(draft)),
            Err(reason) => Stored::Damaged(self.set_aside(&key, id, &raw, reason)),
        }
    }

    /// Writes one draft.
    pub fn save(&self, draft: &Draft) -> Result<(), StoreError> {
        self.area
            .set_text(&self.draft_key(&draft.id), &encode(draft))
    }

    /// Removes one draft.
    pub fn remove(&self, id: &str) -> Result<(), StoreError> {
        self.area.remove(&self.draft_key(id))
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

/// What [`Store::stored`] found under a draft's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Nothing.
    Missing,
    /// A readable draft.
    Draft(Box<Draft>),
    /// A damaged value, now set aside.
    Damaged(Recovered),
}

/// How many times one save may merge a version found in storage and try again, so
/// two tabs writing at once cannot keep a save going for ever.
const MERGE_ROUNDS: usize = 4;

/// Writes every unsaved draft, then the keep-looking list if it changed, and returns
/// the actions that report what happened, in order, for the reducer to replay: what
/// reached storage, versions merged on the way, and, on a refusal, why the rest did not.
///
/// Each write looks first at what the key holds now. Another tab may have stored a
/// version this tab has not heard of yet (its `storage` event is still on the way, or
/// never comes because that tab closed); writing blindly would destroy it. Such a
/// version is merged as [`Action::External`] (which keeps both) and the merge is written
/// in this same call, because a page that is closing gets no second save. The actions
/// are applied to a copy of the state as they happen, so replaying them on the real
/// state arrives at exactly what was written.
pub fn persist<A: Area>(store: &Store<A>, state: &AppState) -> Vec<Action> {
    let mut state = state.clone();
    let mut actions = Vec::new();
    let mut record = |state: &mut AppState, action: Action| {
        *state = std::mem::take(state).reduce(action.clone());
        actions.push(action);
    };
    let mut failed = None;
    'rounds: for _ in 0..MERGE_ROUNDS {
        // Newest in the list first: a conflict copy is written before the version that
        // supersedes the one it holds, so a refusal part-way never leaves that one behind.
        let waiting: Vec<Draft> = state.unsaved().into_iter().rev().cloned().collect();
        if waiting.is_empty() {
            break;
        }
        for draft in waiting {
            match store.stored(&draft.id) {
                Stored::Draft(stored) if *stored != draft && !draft.continues(&stored) => {
                    record(&mut state, Action::External(stored));
                    continue 'rounds;
                }
                Stored::Damaged(r) => record(
                    &mut state,
                    Action::Notify(crate::state::Notice::Recovered {
                        recovery_key: r.key,
                        reason: r.reason.to_string(),
                        moved: r.moved,
                    }),
                ),
                _ => {}
            }
            match store.save(&draft) {
                Ok(()) => record(&mut state, Action::Saved(vec![(draft.id, draft.revision)])),
                Err(e) => {
                    failed = Some(e);
                    break 'rounds;
                }
            }
        }
    }
    if failed.is_none() && state.openings_unsaved() {
        match store.save_openings(&state.openings) {
            Ok(()) => {
                let revision = state.openings_revision;
                record(&mut state, Action::OpeningsSaved(revision))
            }
            Err(e) => failed = Some(e),
        }
    }
    if let Some(error) = failed {
        actions.push(Action::SaveFailed(SaveStatus::from(error)));
    }
    actions
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
pub fn decode_openings(raw: &str) -> Result<Vec<Opening>, DecodeError> {
    check_schema(read_schema(raw)?)?;
    serde_json::from_str::<OpeningsPart>(raw)
        .map_err(|_| DecodeError::UnexpectedShape)?
        .openings
        .ok_or(DecodeError::NoOpenings)
}

/// The values set aside as damaged, as one JSON object from storage key to the raw
/// value, for the user to download and keep. Written from UTF-16 code units so every
/// value is kept exactly: half of a surrogate pair is written as its `\uXXXX` escape
/// (which JSON allows and a JavaScript reader turns back into the same string), not
/// replaced.
pub fn encode_recovered(entries: &[(String, Vec<u16>)]) -> String {
    let mut out = String::from("{");
    for (i, (key, units)) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_string(&mut out, &key.encode_utf16().collect::<Vec<_>>());
        out.push(':');
        push_json_string(&mut out, units);
    }
    out.push('}');
    out
}

/// Appends `units` as a JSON string literal.
fn push_json_string(out: &mut String, units: &[u16]) {
    out.push('"');
    for decoded in char::decode_utf16(units.iter().copied()) {
        match decoded {
            Ok('"') => out.push_str("\\\""),
            Ok('\\') => out.push_str("\\\\"),
            Ok(c) if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            Ok(c) => out.push(c),
            Err(lone) => out.push_str(&format!("\\u{:04x}", lone.unpaired_surrogate())),
        }
    }
    out.push('"');
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
pub fn decode_backup(text: &str) -> Result<Backup, DecodeError> {
    if text.len() > BACKUP_LIMIT_BYTES {
        return Err(DecodeError::FileTooBig(text.len() / (1024 * 1024)));
    }
    // Each part is read in its own typed pass (unknown fields are skipped), so every
    // refusal names the part that is wrong.
    #[derive(Deserialize)]
    struct Kind {
        kind: Option<String>,
    }
    let kind = serde_json::from_str::<Kind>(text).map_err(|e| match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => DecodeError::FileNotJson,
        Category::Data => DecodeError::NotABackup,
    })?;
    if kind.kind.as_deref() != Some(BACKUP_MARKER) {
        return Err(DecodeError::NotABackup);
    }
    check_schema(read_schema(text).map_err(|_| DecodeError::BackupNoSchema)?)
        .map_err(|_| DecodeError::BackupTooNew)?;
    #[derive(Deserialize)]
    struct Drafts<'a> {
        #[serde(borrow)]
        drafts: Option<Vec<&'a RawValue>>,
    }
    let entries = serde_json::from_str::<Drafts>(text)
        .ok()
        .and_then(|d| d.drafts)
        .ok_or(DecodeError::NoDraftList)?;
    let drafts = entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            migrate(entry.get()).map_err(|e| DecodeError::BadDraft(i + 1, Box::new(e)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    // Backups from before the keep-looking list have no "openings": that is fine.
    let openings = serde_json::from_str::<OpeningsPart>(text)
        .map_err(|_| DecodeError::BadOpenings)?
        .openings
        .unwrap_or_default();
    Ok(Backup { drafts, openings })
}

/// Reads a stored envelope of any known schema and brings it to today's [`Draft`].
/// Errors say, in plain words, why the value cannot be used.
pub fn migrate(raw: &str) -> Result<Draft, DecodeError> {
    check_schema(read_schema(raw)?)?;
    // Schema 1 is the first; a future schema 2 reads older values into their own typed
    // shape here and converts them, oldest first.
    #[derive(Deserialize)]
    struct Stored {
        draft: Option<Draft>,
    }
    let draft = serde_json::from_str::<Stored>(raw)
        .map_err(|_| DecodeError::UnexpectedShape)?
        .draft
        .ok_or(DecodeError::NoDraft)?;
    if draft.id.is_empty() {
        return Err(DecodeError::NoId);
    }
    Ok(draft)
}

/// The schema number of a stored or imported value. Read in a typed pass of its own,
/// rather than through a generic JSON tree, because a tree would double the size of
/// every deserialiser in the download.
fn read_schema(raw: &str) -> Result<u64, DecodeError> {
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
            Err(DecodeError::NotJson)
        }
        _ => Err(DecodeError::NoSchema),
    }
}

/// Refuses values written by a newer version, whose shape this one cannot know.
fn check_schema(schema: u64) -> Result<(), DecodeError> {
    if schema > SCHEMA_VERSION {
        return Err(DecodeError::NewerSchema(schema));
    }
    Ok(())
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
        let raw = include_str!("../../tests/fixtures/draft_schema1.json");
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
            ("{not json", DecodeError::NotJson),
            ("[]", DecodeError::NoSchema),
            (r#"{"schema":"1","draft":{}}"#, DecodeError::NoSchema),
            (
                r#"{"schema":99,"draft":{"id":"x"}}"#,
                DecodeError::NewerSchema(99),
            ),
            (r#"{"schema":1}"#, DecodeError::NoDraft),
            (
                r#"{"schema":1,"draft":{"id":5}}"#,
                DecodeError::UnexpectedShape,
            ),
            (
                r#"{"schema":1,"draft":{"facts":"x"}}"#,
                DecodeError::UnexpectedShape,
            ),
            (r#"{"schema":1,"draft":{}}"#, DecodeError::NoId),
        ];
        for (raw, reason) in rows {
            assert_eq!(migrate(raw), Err(reason), "{raw}");
        }
    }

    // Guards issue 18's stored shape: an answer from before the free item's weight
    // loads with weight 0 (read as small), a weight round-trips, and an answer without
    // one is written exactly as before (no "weight" key).
    #[test]
    fn the_free_items_weight_is_stored_only_when_set() {
        let raw = include_str!("../../tests/fixtures/draft_schema1.json");
        let old = migrate(raw).expect("fixture must load");
        assert!(old.assessment.values().all(|a| a.weight == 0));
        assert!(!encode(&old).contains("\"weight\""));
        let mut draft = Draft::new("w".into(), 1);
        draft.assessment.insert(
            "something_else".into(),
            crate::domain::Answer {
                checked: true,
                weight: 3,
                ..crate::domain::Answer::default()
            },
        );
        let back = migrate(&encode(&draft)).expect("round trip");
        assert_eq!(back.assessment["something_else"].weight, 3);
    }

    // Guards issue 19: the remembered steps round-trip under their own key, apart from
    // the drafts (a reload reads no draft from them), and a value no app wrote (1 MB of
    // junk) reads as nothing remembered, without an error.
    #[test]
    fn remembered_steps_round_trip_and_junk_is_ignored() {
        let store = Store::with_area("ns", MemoryArea::new(10_000_000));
        assert_eq!(store.load_steps(), "");
        store.save_steps("a=write b=send").expect("saved");
        assert_eq!(store.load_steps(), "a=write b=send");
        assert_eq!(store.steps_key(), "ns:steps");
        assert!(store.load().drafts.is_empty() && store.load().recovered.is_empty());
        store.save_steps(&"x".repeat(1 << 20)).expect("saved");
        assert_eq!(store.load_steps(), "");
    }

    // Guards: every reason reads as the end of the notice's sentence ("could not be read
    // because {reason}." / "could not be imported: {reason}."): lowercase, no full stop.
    #[test]
    fn every_reason_ends_a_sentence() {
        let all = [
            DecodeError::NotJson,
            DecodeError::NoSchema,
            DecodeError::NewerSchema(2),
            DecodeError::UnexpectedShape,
            DecodeError::NoDraft,
            DecodeError::NoId,
            DecodeError::NoOpenings,
            DecodeError::FileTooBig(6),
            DecodeError::FileNotJson,
            DecodeError::NotABackup,
            DecodeError::BackupNoSchema,
            DecodeError::BackupTooNew,
            DecodeError::NoDraftList,
            DecodeError::BadDraft(3, Box::new(DecodeError::NoId)),
            DecodeError::BadOpenings,
        ];
        for reason in all {
            let text = reason.to_string();
            assert!(text.starts_with(|c: char| c.is_ascii_lowercase()), "{text}");
            assert!(!text.ends_with('.') && text.len() > 10, "{text}");
        }
        assert_eq!(
            DecodeError::BadDraft(3, Box::new(DecodeError::NoId)).to_string(),
            "draft 3 cannot be read: the draft has no id"
        );
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
        let units = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
        let entries = vec![
            ("ns:recovery:1".to_string(), units("{not json")),
            (
                "ns:recovery:2".to_string(),
                units("\"quoted\" <b>\n\u{1F600}"),
            ),
        ];
        let text = encode_recovered(&entries);
        let back: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back.len(), 2);
        assert_eq!(back["ns:recovery:1"], "{not json");
        assert_eq!(back["ns:recovery:2"], "\"quoted\" <b>\n\u{1F600}");
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
            ("", DecodeError::FileNotJson),
            ("{\"drafts\":[]}", DecodeError::NotABackup),
            ("{\"kind\":\"second-chance-backup\",\"schema\":7,\"drafts\":[]}", DecodeError::BackupTooNew),
            ("{\"kind\":\"second-chance-backup\",\"drafts\":[]}", DecodeError::BackupNoSchema),
            ("{\"kind\":\"second-chance-backup\",\"schema\":1}", DecodeError::NoDraftList),
            ("{\"kind\":\"second-chance-backup\",\"schema\":1,\"drafts\":[{\"schema\":1,\"draft\":{\"id\":\"a\"}},{\"schema\":1}]}", DecodeError::BadDraft(2, Box::new(DecodeError::NoDraft))),
            (big.as_str(), DecodeError::FileTooBig(5)),
        ];
        for (text, reason) in rows {
            assert_eq!(decode_backup(text), Err(reason.clone()), "{reason}");
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
