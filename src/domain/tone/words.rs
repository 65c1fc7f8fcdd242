//! The named word lists that the phrase rules use as `@name`. Each list is a data
//! file, `words/<name>.txt`, compiled in with `include_str!`.

/// The named word list `name`, or `""` for an unknown name (the `rules_compile` test
/// checks that every `@name` in the rules is known).
///
/// Each file is one line of lowercase words separated by single spaces, with no line
/// break at the end, read as one string: a slice of `&str` would add eight bytes of
/// pointer and length per word to the download, and every byte of a file is
/// downloaded. Line breaks cost more than their bytes: wrapped lists added about 50
/// bytes to the gzipped wasm, and a line break at the end of each file about 300 to the
/// brotli one. So the files hold no comments either (the `rules_compile` test checks
/// all this); what each list is for is said here.
pub(super) fn word_list(name: &str) -> &'static str {
    match name {
        // Intensifiers and fillers ("so", "really", "just").
        "intens" => include_str!("words/intens.txt"),
        // Which workplace ("my old boss", "my last company").
        "former" => include_str!("words/former.txt"),
        // A workplace or the people in it.
        "work" => include_str!("words/work.txt"),
        // A workplace, its people or its culture ("toxic management").
        "workperson" => include_str!("words/workperson.txt"),
        // Insults for a workplace or the people in it.
        "badwork" => include_str!("words/badwork.txt"),
        // Insults that go before a workplace ("incompetent manager").
        "badperson" => include_str!("words/badperson.txt"),
        // Determiners before the interview ("the", "your", "this").
        "det" => include_str!("words/det.txt"),
        // Words before the interview noun ("technical", "phone").
        "imod" => include_str!("words/imod.txt"),
        // The interview and its parts.
        "inoun" => include_str!("words/inoun.txt"),
        // Blame for the interview ("confusing", "unfair").
        "blameadj" => include_str!("words/blameadj.txt"),
        // Blame for the interviewer ("rude", "dismissive").
        "rudeadj" => include_str!("words/rudeadj.txt"),
        // Self-pity ("devastated", "gutted").
        "sad" => include_str!("words/sad.txt"),
        // What a writer running themselves down calls themselves.
        "selfneg" => include_str!("words/selfneg.txt"),
        // The same, for how they were ("I was such an idiot").
        "selfpast" => include_str!("words/selfpast.txt"),
        // Before "enough" ("not good enough").
        "enough" => include_str!("words/enough.txt"),
        // Before "at" ("not very good at").
        "goodat" => include_str!("words/goodat.txt"),
        // Words before "kind of"/"sort of" that make it a noun ("the kind of team"),
        // not a hedge ("I kind of froze").
        "kindpre" => include_str!("words/kindpre.txt"),
        // After "kind of": kindness ("kind of you"), not a hedge.
        "kindobj" => include_str!("words/kindobj.txt"),
        // Someone other than the writer, as the subject of a clause: pronouns, roles
        // and the titles that start a name ("Ms Patel").
        "who" => include_str!("words/who.txt"),
        // "third interview".
        "ordinal" => include_str!("words/ordinal.txt"),
        // "rejected five times".
        "count" => include_str!("words/count.txt"),
        // "this year", "since March".
        "timespan" => include_str!("words/timespan.txt"),
        // "bad luck".
        "bad" => include_str!("words/bad.txt"),
        // Ways of telling a slip at length ("rambled", "froze", "mumbled"); two in one
        // sentence relive it instead of owning it.
        "slip" => include_str!("words/slip.txt"),
        // Judgements of a workplace or its people ("lazy", "clowns", "lied").
        "judge" => include_str!("words/judge.txt"),
        // Before a workplace role ("line manager", "team lead").
        "workmod" => include_str!("words/workmod.txt"),
        // Workplaces named by kind ("the restaurant I worked at").
        "place" => include_str!("words/place.txt"),
        // What the other side did to the candidate ("interrupted", "rushed").
        "obstruct" => include_str!("words/obstruct.txt"),
        // How the candidate did badly ("mistakes", "flustered").
        "deficit" => include_str!("words/deficit.txt"),
        // An apology in any form.
        "sorry" => include_str!("words/sorry.txt"),
        // Saying it again.
        "again" => include_str!("words/again.txt"),
        // The cue lists of `cues.rs`: who a sentence is about, and the words that weigh
        // towards a kind, strong (2) and weak (1).
        "me" => include_str!("words/me.txt"),
        "i" => include_str!("words/i.txt"),
        "mine" => include_str!("words/mine.txt"),
        "owning" => include_str!("words/owning.txt"),
        "repair" => include_str!("words/repair.txt"),
        // Anyone but the writer (the interviewer's side, a workplace).
        "others" => include_str!("words/others.txt"),
        "side" => include_str!("words/side.txt"),
        "wplace" => include_str!("words/wplace.txt"),
        "wmine" => include_str!("words/wmine.txt"),
        "whine2" => include_str!("words/whine2.txt"),
        "whine1" => include_str!("words/whine1.txt"),
        "blame2" => include_str!("words/blame2.txt"),
        "blame1" => include_str!("words/blame1.txt"),
        "bad2" => include_str!("words/bad2.txt"),
        "bad1" => include_str!("words/bad1.txt"),
        "self2" => include_str!("words/self2.txt"),
        "self1" => include_str!("words/self1.txt"),
        "beg2" => include_str!("words/beg2.txt"),
        "beg1" => include_str!("words/beg1.txt"),
        "apol2" => include_str!("words/apol2.txt"),
        "apol1" => include_str!("words/apol1.txt"),
        _ => "",
    }
}
