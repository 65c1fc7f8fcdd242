//! Cue scoring: the second net under the phrase rules, for the kinds that people put
//! in endless wordings (whining, blame, bad-mouthing, running yourself down).
//!
//! A phrase rule hears one wording; a blind reader writes another ("my rent is due and
//! I have nothing lined up", "the panel talked over every answer"). So each of these
//! kinds also has a row in [`CUES`]: who the sentence must be about (the writer, the
//! interviewer's side, a former workplace) and two word lists that weigh towards the
//! kind, strong words counting 2 and weak ones 1. A sentence about the right person
//! whose words weigh at least the row's threshold is flagged, from its first cue word
//! to its last. A cue word just after a negation ("not unfair") does not count, and a
//! sentence a phrase rule already flagged for the kind is left alone.
//!
//! The thresholds are set on the training corpus (`tests/data/tone_corpus.json`), whose
//! clean sentences share words with every kind; precision matters more than recall.

use super::FlagKind;

/// One kind's cues. Every field but `kind` and `threshold` names a word list.
pub(super) struct CueSpec {
    pub(super) kind: FlagKind,
    /// Words one of which the sentence must contain: who it is about.
    pub(super) about: &'static str,
    /// When not empty, words one of which the sentence must also contain ("my" or
    /// "former" with "manager").
    pub(super) also: &'static str,
    /// When not empty, the words for whoever else might act: a cue word then counts
    /// only when the nearest word before it that says who acts is from `about`, not
    /// from these ("the link froze" is blame, "I froze" is not; "my boss was
    /// incompetent" runs down the boss, not the writer).
    pub(super) rival: &'static str,
    /// When not empty, words that take the sentence out: the writer owns it ("I
    /// should have", "the mistake was mine").
    pub(super) unless: &'static str,
    /// Words weighing 2.
    pub(super) strong: &'static str,
    /// Words weighing 1.
    pub(super) weak: &'static str,
    /// The weight at which the sentence is flagged.
    pub(super) threshold: u8,
}

/// One row per kind that has cues.
#[rustfmt::skip]
pub(super) const CUES: &[CueSpec] = &[
    CueSpec { kind: FlagKind::Begging, about: "@me", also: "", rival: "", unless: "", strong: "@beg2", weak: "@beg1", threshold: 4 },
    CueSpec { kind: FlagKind::OverApologising, about: "@me", also: "", rival: "", unless: "", strong: "@apol2", weak: "@apol1", threshold: 4 },
    CueSpec { kind: FlagKind::Whining, about: "@me", also: "", rival: "", unless: "", strong: "@whine2", weak: "@whine1", threshold: 3 },
    CueSpec { kind: FlagKind::Blaming, about: "@side", also: "", rival: "@i", unless: "@owning", strong: "@blame2", weak: "@blame1", threshold: 3 },
    CueSpec { kind: FlagKind::BadMouthing, about: "@wplace", also: "@wmine", rival: "@i", unless: "", strong: "@bad2", weak: "@bad1", threshold: 3 },
    CueSpec { kind: FlagKind::SelfDeprecation, about: "@i", also: "", rival: "@others", unless: "@repair", strong: "@self2", weak: "@self1", threshold: 3 },
];
