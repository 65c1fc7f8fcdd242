//! The named word lists that the phrase rules (`@name`) and the cue rows use, as data:
//! `words.txt` holds one list per line, its name, a space and its lowercase words
//! separated by single spaces (the `rules_compile` test checks the shape). One string
//! rather than a file or a `&str` per list: each of those cost a pointer and a length,
//! and the lookup a comparison per name, in the download. The files hold no comments
//! (every byte is downloaded); what each list is for is said here:
//! * `intens`: Intensifiers and fillers ("so", "really", "just").
//! * `former`: Which workplace ("my old boss", "my last company").
//! * `work`: A workplace or the people in it.
//! * `workperson`: A workplace, its people or its culture ("toxic management").
//! * `badwork`: Insults for a workplace or the people in it.
//! * `badperson`: Insults that go before a workplace ("incompetent manager").
//! * `det`: Determiners before the interview ("the", "your", "this").
//! * `imod`: Words before the interview noun ("technical", "phone").
//! * `inoun`: The interview and its parts.
//! * `blameadj`: Blame for the interview ("confusing", "unfair").
//! * `rudeadj`: Blame for the interviewer ("rude", "dismissive").
//! * `sad`: Self-pity ("devastated", "gutted").
//! * `selfneg`: What a writer running themselves down calls themselves.
//! * `selfpast`: The same, for how they were ("I was such an idiot").
//! * `enough`: Before "enough" ("not good enough").
//! * `goodat`: Before "at" ("not very good at").
//! * `kindpre`: Words before "kind of"/"sort of" that make it a noun ("the kind of team"), not a hedge ("I kind of froze").
//! * `kindobj`: After "kind of": kindness ("kind of you"), not a hedge.
//! * `who`: Someone other than the writer, as the subject of a clause: pronouns, roles and the titles that start a name ("Ms Patel").
//! * `ordinal`: "third interview".
//! * `count`: "rejected five times".
//! * `timespan`: "this year", "since March".
//! * `bad`: "bad luck".
//! * `slip`: Ways of telling a slip at length ("rambled", "froze", "mumbled"); two in one sentence relive it instead of owning it.
//! * `judge`: Judgements of a workplace or its people ("lazy", "clowns", "lied").
//! * `workmod`: Before a workplace role ("line manager", "team lead").
//! * `place`: Workplaces named by kind ("the restaurant I worked at").
//! * `obstruct`: What the other side did to the candidate ("interrupted", "rushed").
//! * `deficit`: How the candidate did badly ("mistakes", "flustered").
//! * `sorry`: An apology in any form.
//! * `again`: Saying it again.
//! * `informal`: informal spellings as `informal=standard` pairs (see `text.rs`).
//!
//! The cue rows of `cues.rs` use: `me` (the writer, "I", "my"), `i` (the writer as
//! the one who acts), `mine` ("my", "our"), `owning` (the writer owns it: "I should
//! have"), `repair` (the writer repairs it: "here is the fuller answer"), `others`
//! (anyone but the writer), `side` (the interviewer's side: people, the advert, the
//! link), `wplace` and `wmine` (a workplace, and a word making it the writer's: "my
//! old manager"), and for each kind a list of strong (2) and weak (1) words: `beg`,
//! `apol`, `whine`, `blame`, `bad` (bad-mouthing) and `self`.

/// The lists: see the module documentation.
const WORDS: &str = include_str!("words.txt");

/// The words of the list `name`, one space between them, or `""` for an unknown name
/// (the `rules_compile` test checks that every `@name` in the rules is known).
pub(super) fn word_list(name: &str) -> &'static str {
    WORDS
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or("")
}
