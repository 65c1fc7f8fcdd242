#![cfg(not(target_arch = "wasm32"))]
//! Property-style fuzz of storage, two-tab sync and import (issue 20), native and
//! deterministic: thousands of seeded random sequences of typing, saves, `storage`
//! events delivered late, reloads, damaged values, a full quota and imports, run
//! through the real reducer, [`persist`] and [`Store`] over a shared [`MemoryArea`].
//!
//! The invariant checked after every sequence, once the tabs have settled: every
//! character typed, every imported draft and every damaged value planted in storage
//! is still somewhere in storage, in a draft, a copy or a recovery key. The tabs must
//! also settle (no two tabs writing the same key back and forth for ever).
//!
//! A failure prints its seed; `FUZZ_SEED=<n> cargo test --test fuzz_storage` replays it
//! alone, and `FUZZ_SEQUENCES=<n>` changes how many sequences run.

use std::collections::VecDeque;

use second_chance::draft::{Draft, DraftEdit, FactField};
use second_chance::state::{Action, AppState, SaveStatus};
use second_chance::storage::{
    decode_backup, encode_backup, migrate, persist, Area, Change, MemoryArea, Store,
};

const NAMESPACE: &str = "fuzz";
/// Room for a few hundred drafts of this size; a "full" quota is set much lower.
const ROOMY_QUOTA: usize = 4_000_000;

/// SplitMix64: a small, seedable generator, so every sequence can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// One open page: its state, its handle on the shared storage, and the `storage` events
/// the browser has not yet delivered to it.
struct Tab {
    name: String,
    state: AppState,
    store: Store<MemoryArea>,
    inbox: VecDeque<(String, Option<String>)>,
}

/// Everything one sequence did that must still be findable at the end.
#[derive(Default)]
struct Ledger {
    /// Every character typed (each one unique).
    typed: Vec<char>,
    /// The Role text of every draft confirmed in an import.
    imported: Vec<String>,
    /// Every damaged value planted in storage, as UTF-16 units.
    planted: Vec<Vec<u16>>,
}

/// Totals over all sequences, printed at the end.
#[derive(Default, Debug)]
struct Totals {
    sequences: usize,
    steps: usize,
    typed: usize,
    imports: usize,
    planted: usize,
    conflicts: usize,
}

struct World {
    area: MemoryArea,
    tabs: Vec<Tab>,
    ledger: Ledger,
    next_char: u32,
    ids: u64,
    opened: usize,
    /// Backups "exported" earlier, to import later.
    backups: Vec<String>,
}

impl World {
    fn new(seed: u64) -> Self {
        let area = MemoryArea::new(ROOMY_QUOTA);
        let mut world = World {
            area,
            tabs: Vec::new(),
            ledger: Ledger::default(),
            next_char: 0,
            ids: seed.wrapping_mul(1000),
            opened: 0,
            backups: Vec::new(),
        };
        world.open_tab();
        world.open_tab();
        world
    }

    fn fresh_id(&mut self) -> String {
        self.ids += 1;
        format!("id{}", self.ids)
    }

    /// Opens a page: it loads storage like `app.rs` does.
    fn open_tab(&mut self) {
        self.opened += 1;
        let name = format!("tab{}", self.opened);
        let store = Store::with_area(NAMESPACE, self.area.handle(&name));
        let loaded = store.load();
        let (fresh, tab_id) = (self.fresh_id(), name.clone());
        let state = AppState::from_loaded(loaded.drafts, fresh, 1, tab_id);
        self.tabs.push(Tab {
            name,
            state,
            store,
            inbox: VecDeque::new(),
        });
    }

    fn dispatch(&mut self, t: usize, action: Action) {
        let state = std::mem::take(&mut self.tabs[t].state);
        self.tabs[t].state = state.reduce(action);
    }

    /// Turns the writes since the last call into `storage` events for every other tab.
    fn post_events(&mut self) {
        for write in self.area.take_log() {
            if std::env::var("FUZZ_TRACE").is_ok() {
                let rev = write
                    .value
                    .as_deref()
                    .and_then(|v| migrate(v).ok())
                    .map(|d| d.revision);
                eprintln!("   write by {} {} rev {:?}", write.by, write.key, rev);
            }
            for tab in self.tabs.iter_mut().filter(|t| t.name != write.by) {
                tab.inbox
                    .push_back((write.key.clone(), write.value.clone()));
            }
        }
    }

    fn save(&mut self, t: usize) {
        let actions = persist(&self.tabs[t].store, &self.tabs[t].state);
        for action in actions {
            self.dispatch(t, action);
        }
        self.post_events();
    }

    fn deliver_one(&mut self, t: usize) {
        let Some((key, value)) = self.tabs[t].inbox.pop_front() else {
            return;
        };
        let change = self.tabs[t].store.interpret_change(Some(key), value);
        let action = match change {
            Some(Change::Draft(draft)) => Action::External(draft),
            Some(Change::Deleted(id)) => Action::ExternalDelete(id),
            Some(Change::Openings(list)) => Action::ExternalOpenings(list),
            None => return,
        };
        if std::env::var("FUZZ_TRACE").is_ok() {
            if let Action::External(d) = &action {
                eprintln!(
                    "   deliver to {}: {}@{} clock {:?} role {:?}",
                    self.tabs[t].name, d.id, d.revision, d.clock, d.facts.role
                );
            }
        }
        self.dispatch(t, action);
    }

    fn type_key(&mut self, t: usize) {
        // Private-use characters: each typed character is unique in the whole run.
        let key = char::from_u32(0xF0000 + self.next_char).expect("valid code point");
        self.next_char += 1;
        self.ledger.typed.push(key);
        let role = format!("{}{key}", self.tabs[t].state.draft().facts.role);
        self.dispatch(t, Action::Edit(DraftEdit::Fact(FactField::Role, role), 2));
    }

    /// A reload: the page-hide flush (one save, merging whatever it finds), then a fresh
    /// page. Not while storage refuses writes: a page closed then cannot keep them, and
    /// the app says so on screen while it is open.
    fn reload(&mut self, t: usize) {
        self.save(t);
        if self.tabs[t].state.save == SaveStatus::QuotaFull {
            return;
        }
        self.tabs.remove(t);
        self.open_tab();
    }

    fn plant_damage(&mut self, rng: &mut Rng) {
        let mut units: Vec<u16> = match rng.below(4) {
            // A draft from a newer version.
            0 => r#"{"schema":2,"draft":{"id":"x","facts":{"role":"future"}}}"#
                .encode_utf16()
                .collect(),
            // Cut mid-emoji: ends in half a surrogate pair.
            1 => {
                let mut u: Vec<u16> = r#"{"schema":1,"draft":{"id":"cut","facts":{"role":"ab😀"#
                    .encode_utf16()
                    .collect();
                u.pop();
                u
            }
            2 => "not json at all".encode_utf16().collect(),
            _ => r#"{"schema":1,"draft":{"id":5}}"#.encode_utf16().collect(),
        };
        // Make each planted value unique, so finding it proves it is this one.
        units.extend(format!(" #{}", self.ledger.planted.len()).encode_utf16());
        // Mostly under the same id, to set aside value after value from one key; never
        // over a value still there (that would be the test, not the app, destroying it).
        let key = ["same", "same", "other"]
            .iter()
            .chain(&["spare1", "spare2", "spare3"])
            .skip(rng.below(3))
            .map(|id| format!("{NAMESPACE}:draft:{id}"))
            .find(|key| self.area.get(key).is_none());
        let Some(key) = key else {
            return;
        };
        self.area.plant(&key, units.clone());
        self.ledger.planted.push(units);
    }

    /// Exports a backup of tab `t`, sometimes with a variant that shares an id and a
    /// revision with a local draft but holds other text.
    fn export(&mut self, t: usize, rng: &mut Rng) {
        let mut drafts: Vec<Draft> = self.tabs[t]
            .state
            .drafts
            .iter()
            .map(|d| (**d).clone())
            .collect();
        if rng.chance(50) {
            if let Some(first) = drafts.first().cloned() {
                for n in 0..rng.below(3) {
                    let mut variant = first.clone();
                    variant.facts.role = format!("{}+variant{n}", first.facts.role);
                    drafts.push(variant);
                }
            }
        }
        self.backups.push(encode_backup(&drafts, &[], 3));
    }

    fn import(&mut self, t: usize, rng: &mut Rng) {
        let Some(text) = self
            .backups
            .get(rng.below(self.backups.len().max(1)))
            .cloned()
        else {
            return;
        };
        let backup = decode_backup(&text).expect("our own backups decode");
        let roles: Vec<String> = backup.drafts.iter().map(|d| d.facts.role.clone()).collect();
        self.dispatch(t, Action::StageImport(backup.drafts, backup.openings));
        let preview = self.tabs[t].state.import_preview().expect("staged");
        let fresh_ids = (0..roles.len()).map(|_| self.fresh_id()).collect();
        self.dispatch(t, Action::ConfirmImport { fresh_ids });
        let done = self.tabs[t].state.notices.last().cloned();
        assert_eq!(
            done,
            Some(second_chance::state::Notice::Info(preview.summary())),
            "the preview's counts are what the import did"
        );
        if std::env::var("FUZZ_TRACE").is_ok() {
            eprintln!(
                "   import into {}: {roles:?} -> {preview:?}",
                self.tabs[t].name
            );
        }
        self.ledger.imported.extend(roles);
    }

    /// Lets every tab save and hear every event until nothing more is written. Returns
    /// false when the tabs keep writing (they never agree).
    fn settle(&mut self) -> bool {
        self.area.set_quota(ROOMY_QUOTA);
        for _ in 0..30 {
            for t in 0..self.tabs.len() {
                self.save(t);
            }
            if self.tabs.iter().all(|t| t.inbox.is_empty()) {
                return true;
            }
            for t in 0..self.tabs.len() {
                while !self.tabs[t].inbox.is_empty() {
                    self.deliver_one(t);
                }
            }
        }
        false
    }

    /// Every stored value of this namespace, decoded, for the checks.
    fn stored(&self) -> (Vec<Draft>, Vec<Vec<u16>>) {
        let snapshot = self.area.snapshot();
        let drafts = snapshot
            .iter()
            .filter(|(k, _)| k.starts_with(&format!("{NAMESPACE}:draft:")))
            .filter_map(|(_, v)| migrate(&MemoryArea::text(v)).ok())
            .collect();
        (drafts, snapshot.into_values().collect())
    }
}

/// Runs one sequence of `steps` random steps; panics with the seed on a lost value.
fn run_sequence(seed: u64, steps: usize, totals: &mut Totals) {
    let mut rng = Rng(seed);
    let mut world = World::new(seed);
    let trace = std::env::var("FUZZ_TRACE").is_ok();
    for _ in 0..steps {
        let t = rng.below(world.tabs.len());
        let roll = rng.below(100);
        if trace {
            let tab = &world.tabs[t].state;
            eprintln!(
                "{roll:>2} on {} (current {}, drafts {:?}, save {:?})",
                world.tabs[t].name,
                tab.current,
                tab.drafts
                    .iter()
                    .map(|d| format!("{}@{}:{}", d.id, d.revision, d.facts.role.chars().count()))
                    .collect::<Vec<_>>(),
                tab.save
            );
        }
        match roll {
            0..=44 => {
                if trace {
                    eprintln!("   typed #{}", world.ledger.typed.len());
                }
                world.type_key(t)
            }
            45..=59 => world.save(t),
            60..=79 => world.deliver_one(t),
            80..=83 => world.reload(t),
            84..=86 => world.plant_damage(&mut rng),
            87..=89 => world.export(t, &mut rng),
            90..=92 => world.import(t, &mut rng),
            93..=94 => world.area.set_quota(rng.below(ROOMY_QUOTA / 400)),
            95 => world.area.set_quota(ROOMY_QUOTA),
            96..=97 => {
                let id = world.fresh_id();
                world.dispatch(t, Action::NewDraft { id, now: 3 });
            }
            _ => {
                if world.tabs.len() < 3 {
                    world.open_tab()
                }
            }
        }
    }
    assert!(world.settle(), "seed {seed}: the tabs never settled");
    // One more page load moves any damaged value still under a draft key aside.
    world.open_tab();
    let (drafts, values) = world.stored();
    let roles: String = drafts
        .iter()
        .map(|d| d.facts.role.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let lost: Vec<char> = world
        .ledger
        .typed
        .iter()
        .copied()
        .filter(|c| !roles.contains(*c))
        .collect();
    if trace && !lost.is_empty() {
        for tab in &world.tabs {
            for d in &tab.state.drafts {
                if lost.iter().any(|c| d.facts.role.contains(*c)) {
                    eprintln!(
                        "lost char held by {} in {}@{} clock {:?} saved {:?}",
                        tab.name,
                        d.id,
                        d.revision,
                        d.clock,
                        tab.state.saved_revisions.get(&d.id)
                    );
                }
            }
        }
        let lost_index = world.ledger.typed.iter().position(|c| *c == lost[0]);
        eprintln!("first lost char is typed #{lost_index:?}");
        for d in &drafts {
            eprintln!(
                "stored {}@{} clock {:?} len {}",
                d.id,
                d.revision,
                d.clock,
                d.facts.role.chars().count()
            );
        }
    }
    assert!(
        lost.is_empty(),
        "seed {seed}: {} of {} typed characters lost",
        lost.len(),
        world.ledger.typed.len()
    );
    for role in &world.ledger.imported {
        assert!(
            drafts.iter().any(|d| d.facts.role.contains(role.as_str())),
            "seed {seed}: an imported draft is gone: {role:?}"
        );
    }
    for planted in &world.ledger.planted {
        assert!(
            values.contains(planted),
            "seed {seed}: a damaged value was not kept exactly: {:?}",
            String::from_utf16_lossy(planted)
        );
    }
    totals.sequences += 1;
    totals.steps += steps;
    totals.typed += world.ledger.typed.len();
    totals.imports += world.ledger.imported.len();
    totals.planted += world.ledger.planted.len();
    totals.conflicts += world
        .tabs
        .iter()
        .map(|t| {
            t.state
                .notices
                .iter()
                .filter(|n| matches!(n, second_chance::state::Notice::Conflict { .. }))
                .count()
        })
        .sum::<usize>();
}

// Guards: nothing typed, imported or stored is ever lost, over thousands of random
// sequences of every storage path (issue 20, point 5).
#[test]
fn nothing_is_ever_lost() {
    let sequences: u64 = std::env::var("FUZZ_SEQUENCES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3000);
    let mut totals = Totals::default();
    match std::env::var("FUZZ_SEED").ok().and_then(|n| n.parse().ok()) {
        Some(seed) => run_sequence(seed, 120, &mut totals),
        None => {
            for seed in 0..sequences {
                run_sequence(seed, 20 + (seed as usize % 7) * 20, &mut totals);
            }
        }
    }
    println!(
        "fuzz: {} sequences, {} steps, {} characters typed and 0 lost, {} drafts imported, {} damaged values kept, {} conflict notices",
        totals.sequences, totals.steps, totals.typed, totals.imports, totals.planted, totals.conflicts
    );
}
