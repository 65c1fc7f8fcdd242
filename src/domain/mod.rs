//! The pure domain of Second Chance: interview facts, the self-assessment, the
//! diagnosis rule engine, the letter composer, the tone checker and the follow-up plan.
//!
//! Nothing in here touches the browser (no yew, web-sys or gloo), so every rule is
//! unit-tested natively and fast.

pub mod diagnosis;
pub mod followup;
pub mod letter;
pub mod pairs;
#[doc(hidden)]
pub mod testkit;
pub mod tone;

use serde::{Deserialize, Serialize};

/// Sorts `items` stably (ties keep their order) by a rank of up to three numbers.
///
/// Every sort in the app goes through this one routine: each `sort_by_key` call site
/// would otherwise add its own copy of the standard library's sort, about 3 KB of wasm
/// each. The ranks are sorted with their positions (so the sort is stable), then the
/// items are moved into place by following the permutation's cycles.
pub fn sort_by_rank<T>(items: &mut [T], rank: impl Fn(&T) -> [u64; 3]) {
    let mut order: Vec<([u64; 3], usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (rank(item), i))
        .collect();
    order.sort_unstable();
    // `order[i].1` is the old position of the item that belongs at `i`.
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at].1;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Stores each small enum as its stable key (`"email"`) and reads it back with
/// `from_key`. An unknown key (written by a later version) falls back to the default
/// instead of making the whole draft unreadable, and the code is a tenth of the size of
/// serde's derived enum (de)serialisers.
macro_rules! stored_as_key {
    ($($ty:ty),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(|key| Self::from_key(&key))
            }
        }
    )*};
}
stored_as_key!(
    InterviewFormat,
    Channel,
    LetterLength,
    followup::OpeningStatus
);

/// The upper case of a letter without Unicode's case-mapping tables, which would add
/// about 24 KB to the download: ASCII and the Latin-1 letters (à to þ) cover the names
/// and words people type here; any other character comes back unchanged.
pub fn upper_char(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => c,
    }
}

/// The lower case of a letter, with the same coverage as [`upper_char`]. Both cases of
/// every mapped letter have the same UTF-8 length, so byte offsets survive lowercasing.
pub fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// How the interview took place; changes a few words of the letter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InterviewFormat {
    /// Face to face at the employer's office.
    #[default]
    InPerson,
    /// A video call.
    Video,
    /// A phone call.
    Phone,
}

impl InterviewFormat {
    /// All formats, in the order the form lists them.
    pub const ALL: [InterviewFormat; 3] = [Self::InPerson, Self::Video, Self::Phone];

    /// Stable key used in forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Self::InPerson => "in_person",
            Self::Video => "video",
            Self::Phone => "phone",
        }
    }

    /// Parses a key written by [`InterviewFormat::key`]; unknown keys fall back to in person.
    pub fn from_key(key: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|f| f.key() == key)
            .unwrap_or_default()
    }

    /// Label shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::InPerson => "In person",
            Self::Video => "Video call",
            Self::Phone => "Phone call",
        }
    }
}

/// What the letter needs to know about the interview (step 1 of the journey).
///
/// Every field is free text typed by the user; empty means "not given".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InterviewFacts {
    /// The employer.
    pub company: String,
    /// The position applied for.
    pub role: String,
    /// Who interviewed the candidate.
    pub interviewer_name: String,
    /// The interviewer's job title, for the letter's address block.
    pub interviewer_title: String,
    /// Interview date as `YYYY-MM-DD` (what `<input type="date">` gives).
    pub interview_date: String,
    /// In person, video or phone.
    pub format: InterviewFormat,
    /// The candidate's own name, for the signature.
    pub candidate_name: String,
    /// The candidate's e-mail or phone, for the signature.
    pub candidate_contact: String,
    /// The interviewer's e-mail, used as the mailto recipient when given.
    pub interviewer_email: String,
}

/// One self-assessment answer: whether the item applies and what the user added.
///
/// Unchecking an item keeps its texts, so nothing typed is lost by a mis-click.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// The user ticked this item.
    pub checked: bool,
    /// The short detail (e.g. which question, what happened).
    pub detail: String,
    /// Structured "what I wish I had said": the situation.
    pub situation: String,
    /// Structured "what I wish I had said": what the candidate did.
    pub action: String,
    /// Structured "what I wish I had said": the result.
    pub result: String,
    /// What the user wrote for the letter about this item in the Write step, to the
    /// interviewer. Unlike `detail`, which is private, the letter uses it, shaped.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub line: String,
    /// For the free "something else" item only: how much the user thinks it weighed,
    /// 1 small, 2 serious, 3 as damaging as a red flag (0, as stored by older drafts
    /// and every catalogue item, reads as small).
    #[serde(skip_serializing_if = "is_zero")]
    pub weight: u8,
}

/// Whether a stored number is zero (then it is not written).
fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// The whole self-assessment: symptom id to answer. Ids are the catalogue's stable keys.
///
/// An `IndexMap` (in the order answered) rather than a `BTreeMap`: Yew already brings
/// indexmap along, and each B-tree instantiation adds about 15 KB of wasm.
pub type Assessment = indexmap::IndexMap<String, Answer>;

/// How the follow-up reaches the interviewer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Channel {
    /// An e-mail: subject line and body.
    #[default]
    Email,
    /// A printed (or PDF) letter: date, addresses, salutation, signature.
    Letter,
    /// A phone call: an opening line, talking points and branches.
    Phone,
}

impl Channel {
    /// All channels, in the order the builder offers them.
    pub const ALL: [Channel; 3] = [Self::Email, Self::Letter, Self::Phone];

    /// Stable key for forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Letter => "letter",
            Self::Phone => "phone",
        }
    }

    /// Parses a key written by [`Channel::key`]; unknown keys fall back to e-mail.
    pub fn from_key(key: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|c| c.key() == key)
            .unwrap_or_default()
    }

    /// Label shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::Email => "E-mail",
            Self::Letter => "Printed letter",
            Self::Phone => "Phone-call script",
        }
    }
}

/// How long a composed letter should be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LetterLength {
    /// A short note: thanks, the one repair that matters most, the ask.
    Brief,
    /// The full shape: every repair the findings call for.
    #[default]
    Standard,
}

impl LetterLength {
    /// Both lengths, in the order the builder offers them.
    pub const ALL: [LetterLength; 2] = [Self::Brief, Self::Standard];

    /// Stable key for forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Self::Brief => "brief",
            Self::Standard => "standard",
        }
    }

    /// Parses a key written by [`LetterLength::key`]; unknown keys fall back to standard.
    pub fn from_key(key: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|l| l.key() == key)
            .unwrap_or_default()
    }

    /// Label shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::Brief => "Brief",
            Self::Standard => "Standard",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards: the shared sort orders by rank, keeps ties in their order, and handles
    // every permutation shape (identity, reversal, long and short cycles).
    #[test]
    fn sort_by_rank_is_a_stable_sort() {
        let rows: [&[(u64, char)]; 5] = [
            &[],
            &[(1, 'a')],
            &[(3, 'a'), (2, 'b'), (1, 'c')],
            &[(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')],
            &[
                (5, 'a'),
                (1, 'b'),
                (4, 'c'),
                (1, 'd'),
                (3, 'e'),
                (2, 'f'),
                (0, 'g'),
            ],
        ];
        for row in rows {
            let mut got = row.to_vec();
            sort_by_rank(&mut got, |&(k, _)| [k, 0, 0]);
            let mut want = row.to_vec();
            want.sort_by_key(|&(k, _)| k);
            assert_eq!(got, want);
        }
    }

    // Guards: enums are stored as their keys, and an unknown key reads as the default.
    #[test]
    fn enums_are_stored_as_keys() {
        assert_eq!(
            serde_json::to_string(&Channel::Letter).ok(),
            Some("\"letter\"".into())
        );
        let rows = [("\"phone\"", Channel::Phone), ("\"fax\"", Channel::Email)];
        for (json, want) in rows {
            assert_eq!(
                serde_json::from_str::<Channel>(json).ok(),
                Some(want),
                "{json}"
            );
        }
        let status = followup::OpeningStatus::Interviewing;
        let json = serde_json::to_string(&status).unwrap_or_default();
        assert_eq!(json, "\"interviewing\"");
        assert_eq!(serde_json::from_str(&json).ok(), Some(status));
        assert!(serde_json::from_str::<LetterLength>("5").is_err());
    }

    // Guards: ASCII and Latin-1 letters change case both ways; everything else is kept.
    #[test]
    fn case_helpers_cover_ascii_and_latin_1() {
        let rows = [
            ('a', 'A'),
            ('z', 'Z'),
            ('é', 'É'),
            ('ñ', 'Ñ'),
            ('þ', 'Þ'),
            ('÷', '÷'),
            ('×', '×'),
            ('1', '1'),
            ('ß', 'ß'),
            ('д', 'д'),
        ];
        for (lower, upper) in rows {
            assert_eq!(upper_char(lower), upper, "{lower}");
            assert_eq!(lower_char(upper), lower, "{upper}");
            assert_eq!(lower.len_utf8(), upper_char(lower).len_utf8(), "{lower}");
        }
    }
}
