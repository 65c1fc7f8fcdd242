//! The kinds of tone flag and what the app says about each: one row of [`KINDS`] per
//! kind holds its stable key, its label, why a hiring manager reads it badly and the
//! suggestion shown on its flags.

/// What a tone flag is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagKind {
    /// Begging or pleading ("please give me another chance", "I really need this job").
    Begging,
    /// Whining and self-pity ("it's not fair", "nothing ever goes my way").
    Whining,
    /// A second or later apology; the first one is fine.
    OverApologising,
    /// Excuses and blaming the interviewer or the process ("your question was confusing").
    Blaming,
    /// Criticising a former boss, colleague or employer.
    BadMouthing,
    /// Hedging and minimising ("sort of", "I think maybe", "just wanted to").
    Hedging,
    /// Running yourself down ("I'm not very good at", "I'm just a").
    SelfDeprecation,
    /// A stock phrase ("team player", "think outside the box").
    Cliche,
    /// Exclamation marks and words in capitals.
    Shouting,
    /// The letter names neither the company nor the interviewer.
    NoPersonalisation,
    /// An unfilled template placeholder ("[Company]", "{name}", "XXX", "TODO").
    Placeholder,
    /// More than 300 words.
    TooLong,
    /// Fewer than 60 words.
    TooShort,
    /// A sentence of more than 35 words.
    LongSentence,
}

impl FlagKind {
    /// Every kind, in the order the summary lists them: the order of the rows of the
    /// kinds table, which must be the order of declaration (checked here, at compile
    /// time, because a kind's row is looked up by its discriminant).
    pub const ALL: [FlagKind; 14] = {
        let mut all = [FlagKind::Begging; 14];
        let mut i = 0;
        while i < KINDS.len() {
            assert!(KINDS[i].kind as usize == i, "KINDS rows out of order");
            all[i] = KINDS[i].kind;
            i += 1;
        }
        all
    };

    fn info(self) -> &'static KindInfo {
        &KINDS[self as usize]
    }

    /// Stable snake_case key, used in dismiss keys, storage and the test corpus.
    pub fn key(self) -> &'static str {
        self.info().key
    }

    /// Short label shown on the flag.
    pub fn label(self) -> &'static str {
        self.info().label
    }

    /// One sentence: why a hiring manager reads it badly.
    pub fn why(self) -> &'static str {
        self.info().why
    }

    /// The suggestion for a flag of this kind on the matched words `m`. Empty for the
    /// kinds whose suggestion is written where the flag is made (the whole-letter
    /// kinds and long sentences).
    pub(super) fn suggestion(self, m: &str) -> String {
        let info = self.info();
        match (info.for_exclamation, info.suggestion) {
            (Some(text), _) if m.contains(['!', '！', '‼']) => text.to_string(),
            (_, Some(Template { before, after })) => {
                let mut s = String::with_capacity(before.len() + m.len() + after.len());
                s.push_str(before);
                s.push_str(m);
                s.push_str(after);
                s
            }
            _ => String::new(),
        }
    }
}

/// A suggestion that quotes the matched words: its text before and after `{m}`, split
/// at compile time, so filling it in is two copies and no search.
#[derive(Clone, Copy)]
struct Template {
    before: &'static str,
    after: &'static str,
}

/// The [`Template`] of `text`, which must hold `{m}` once and no other brace: the
/// table does not compile otherwise.
const fn template(text: &'static str) -> Option<Template> {
    let b = text.as_bytes();
    let mut at = None;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            let opens_m = i + 2 < b.len() && b[i + 1] == b'm' && b[i + 2] == b'}';
            assert!(
                opens_m && at.is_none(),
                "a suggestion has a brace other than one {{m}}"
            );
            at = Some(i);
        }
        i += 1;
    }
    let Some(at) = at else {
        panic!("a suggestion template has no {{m}}");
    };
    let (before, rest) = b.split_at(at);
    let (_, after) = rest.split_at(3);
    match (std::str::from_utf8(before), std::str::from_utf8(after)) {
        (Ok(before), Ok(after)) => Some(Template { before, after }),
        // `{m}` is ASCII, so both halves are whole characters.
        _ => panic!("a suggestion template split inside a character"),
    }
}

/// What the app says about one kind of flag.
struct KindInfo {
    kind: FlagKind,
    /// See [`FlagKind::key`].
    key: &'static str,
    /// See [`FlagKind::label`].
    label: &'static str,
    /// See [`FlagKind::why`].
    why: &'static str,
    /// The suggestion on a flag of this kind, `{m}` standing for the matched words;
    /// `None` where the check that makes the flag writes its own (with counts or
    /// names in it).
    suggestion: Option<Template>,
    /// The suggestion instead when the matched text holds an exclamation mark.
    for_exclamation: Option<&'static str>,
}

/// One row per kind, in the order of [`FlagKind::ALL`].
const KINDS: [KindInfo; 14] = [
    KindInfo {
        kind: FlagKind::Begging,
        key: "begging",
        label: "Begging",
        why: "Pleading sounds desperate, and a hiring manager wants someone who chose this job, not someone who needs any job.",
        suggestion: template("Cut “{m}”. Say why you are worth a second conversation and ask for it once, calmly."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::Whining,
        key: "whining",
        label: "Whining",
        why: "Self-pity turns the letter to your feelings and suggests you will complain when the work gets hard.",
        suggestion: template("Cut “{m}”. Say in one sentence what went wrong, then what you would do differently."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::OverApologising,
        key: "over_apologising",
        label: "Over-apologising",
        why: "One apology shows you own the mistake; repeating it keeps the reader's eyes on the failure instead of on what you offer.",
        suggestion: template("You have already apologised once: cut this “{m}” and use the space for what you wish you had said."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::Blaming,
        key: "blaming",
        label: "Blaming",
        why: "Blaming the questions or the process tells the interviewer you will blame others when something goes wrong at work.",
        suggestion: template("Replace “{m}” with what you would do differently: own the answer, not the question."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::BadMouthing,
        key: "bad_mouthing",
        label: "Bad-mouthing",
        why: "Criticising a former boss or employer tells the reader you will talk the same way about them one day.",
        suggestion: template("Cut “{m}”. Say what you learned there or what you are looking for next."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::Hedging,
        key: "hedging",
        label: "Hedging",
        why: "Hedges and minimisers make you sound unsure of your own case, so the reader becomes unsure too.",
        suggestion: template("Say it without “{m}”: a plain statement sounds sure of itself."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::SelfDeprecation,
        key: "self_deprecation",
        label: "Running yourself down",
        why: "Running yourself down hands the reader a reason to agree with you.",
        suggestion: template("Replace “{m}” with what you can do and one example that shows it."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::Cliche,
        key: "cliche",
        label: "Cliché",
        why: "Stock phrases appear in every application and prove nothing; a specific example is what gets remembered.",
        suggestion: template("“{m}” is a stock phrase: replace it with a specific example that shows it."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::Shouting,
        key: "shouting",
        label: "Shouting",
        why: "Exclamation marks and capitals read as over-excited or loud in a professional letter.",
        suggestion: template("Write “{m}” in normal case: capitals read as shouting."),
        for_exclamation: Some("Use a full stop: let the words carry the feeling."),
    },
    KindInfo {
        kind: FlagKind::NoPersonalisation,
        key: "no_personalisation",
        label: "No company or interviewer name",
        why: "A letter that never names the company or the interviewer looks like a template sent to everyone.",
        suggestion: None,
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::Placeholder,
        key: "placeholder",
        label: "Unfilled placeholder",
        why: "An unfilled placeholder shows the letter came from a template and was not read before it was sent.",
        suggestion: template("Replace “{m}” with the real text before sending."),
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::TooLong,
        key: "too_long",
        label: "Too long",
        why: "A long follow-up gets skimmed: the longer the note, the weaker the case.",
        suggestion: None,
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::TooShort,
        key: "too_short",
        label: "Too short",
        why: "A very short note has no room to say what went wrong, what you wish you had said and why you deserve another look.",
        suggestion: None,
        for_exclamation: None,
    },
    KindInfo {
        kind: FlagKind::LongSentence,
        key: "long_sentence",
        label: "Very long sentence",
        why: "A very long sentence is hard to follow on first reading and buries its point.",
        suggestion: None,
        for_exclamation: None,
    },
];
