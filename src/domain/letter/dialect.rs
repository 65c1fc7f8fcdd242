//! American or British spelling for the letter's own words. The composer's phrases are
//! written in British English ("apologise", "my CV"); a writer whose own words are
//! American gets American forms, since a US reader notices "apologise" from a US
//! candidate (round 57's reader) and "CV" where they say résumé.
//!
//! The writer's spelling is read from what they typed: their contact (a US phone
//! number), and words whose spelling or choice differs by country. Nothing is guessed
//! from names or places. With no sign either way, the letter stays British, as the
//! article it follows is.

/// Words the writer may type that only an American would, lowercase, parted by spaces.
/// Not the "-ize" words ("realize", "organize"): Oxford spelling has them in Britain
/// too.
const AMERICAN: &str = "resume resumes program programs color center centers favorite mom \
    vacation apartment gotten analyze analyzed behavior labor neighbor honor traveled";

/// Words only a British writer would type, as [`AMERICAN`].
const BRITISH: &str = "cv programme programmes organisation colour centre centres favourite \
    mum licence analyse analysed realise realised organise organised prioritise recognise \
    apologise behaviour labour neighbour honour travelled whilst learnt";

/// FNV-1a of `b` in lowercase ASCII, its lowest bit cleared (the table keeps the word's
/// side there).
const fn hash(b: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < b.len() {
        h = (h ^ b[i].to_ascii_lowercase() as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h & !1
}

/// How many words `list` has.
const fn words(list: &str) -> usize {
    let b = list.as_bytes();
    let (mut n, mut i, mut inside) = (0, 0, false);
    while i < b.len() {
        let letter = b[i] != b' ';
        if letter && !inside {
            n += 1;
        }
        inside = letter;
        i += 1;
    }
    n
}

/// Both lists' words as hashes, each with its side in the lowest bit (1: American),
/// sorted: built at compile time, so a word costs one hash and a binary search, on
/// every keystroke, whatever the lists hold (searching the lists word by word cost
/// the composer 8 µs).
const TABLE: [u32; words(AMERICAN) + words(BRITISH)] = {
    let mut t = [0u32; words(AMERICAN) + words(BRITISH)];
    let mut n = 0;
    let lists = [(AMERICAN, 1), (BRITISH, 0)];
    let mut l = 0;
    while l < lists.len() {
        let (list, side) = lists[l];
        let b = list.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b' ' {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i] != b' ' {
                i += 1;
            }
            let (word, _) = b.split_at(i);
            let (_, word) = word.split_at(start);
            t[n] = hash(word) | side;
            n += 1;
        }
        l += 1;
    }
    // Insertion sort, by hash.
    let mut i = 1;
    while i < t.len() {
        let mut j = i;
        while j > 0 && t[j - 1] & !1 > t[j] & !1 {
            let x = t[j];
            t[j] = t[j - 1];
            t[j - 1] = x;
            j -= 1;
        }
        i += 1;
    }
    t
};

/// Which way a word the writer typed is spelled: `Some(true)` for a word only an
/// American would type ("resume", "color"), `Some(false)` for one only a British
/// writer would ("CV", "colour"), `None` for the rest. Any case.
fn spelled_american(word: &[u8]) -> Option<bool> {
    let h = hash(word);
    TABLE
        .binary_search_by(|t| (t & !1).cmp(&h))
        .ok()
        .map(|at| TABLE[at] & 1 == 1)
}

/// The British forms of the composer's phrases and their American forms, applied in
/// order to the whole letter of an American writer. Only the composer's own words are
/// listed: a name the writer typed ("World Health Organisation") keeps its spelling.
const TO_AMERICAN: &[(&str, &str)] = &[
    ("apologise", "apologize"),
    ("Apologise", "Apologize"),
    ("my CV", "my résumé"),
    ("My CV", "My résumé"),
    ("your CV", "your résumé"),
    ("judgement", "judgment"),
    // The title the composer puts before a name takes its full stop in American use;
    // one the writer typed is theirs and stays as typed.
    ("Dear Ms ", "Dear Ms. "),
    ("Dear Mrs ", "Dear Mrs. "),
    ("Dear Mr ", "Dear Mr. "),
    ("Dear Dr ", "Dear Dr. "),
];

/// Whether the writer spells the American way: more American signs than British in
/// `texts` (everything they typed) and their `contact`. Words are counted in
/// lowercase only, and a phone number counts twice.
pub fn is_american<'a>(contact: &'a str, texts: impl Iterator<Item = &'a str>) -> bool {
    // A phone number is the surer sign: it counts as two words.
    let (mut us, mut uk) = (
        2 * usize::from(us_phone(contact)),
        2 * usize::from(uk_phone(contact)),
    );
    for text in texts.chain([contact]) {
        // "résumé" splits at its accents below, so it is looked for whole.
        if text.contains('$') || text.contains("résumé") {
            us += 1;
        }
        if text.contains('£') {
            uk += 1;
        }
        // By bytes: splitting by chars cost the composer 3 µs.
        for b in text.as_bytes().split(|c| !c.is_ascii_alphanumeric()) {
            // A capitalised word is most often a name ("World Health Organisation"),
            // spelled by its owner; "CV" is the one exception.
            if b.len() < 2 || b[0].is_ascii_uppercase() && b != b"CV" {
                continue;
            }
            match spelled_american(b) {
                Some(true) => us += 1,
                Some(false) => uk += 1,
                None => {}
            }
        }
    }
    us > uk
}

/// "(503) 555-0147", "503-555-0147", "+1 503 …": a North American number.
fn us_phone(contact: &str) -> bool {
    let b = contact.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    contact.contains("+1 ") || (0..b.len()).any(|i| {
        // "(503)": three digits in brackets.
        // An area code never starts with 0 or 1 ("0113-496-0000" is Leeds).
        let area = |j: usize| b.get(j).is_some_and(|d| (b'2'..=b'9').contains(d));
        let start = i == 0 || !b[i - 1].is_ascii_digit();
        (b[i] == b'(' && area(i + 1) && digit(i + 2) && digit(i + 3) && b.get(i + 4) == Some(&b')'))
                // "555-0147" after three digits and a dash or dot: "503-555-0147".
                || (start && area(i) && digit(i + 1) && digit(i + 2)
                    && matches!(b.get(i + 3), Some(b'-' | b'.'))
                    && digit(i + 4) && digit(i + 5) && digit(i + 6)
                    && matches!(b.get(i + 7), Some(b'-' | b'.'))
                    && digit(i + 8))
    })
}

/// "07700 900123", "+44 …": a British number.
fn uk_phone(contact: &str) -> bool {
    // A mobile: eleven digits from "07", however spaced ("07700 900123"), in a run of
    // digits and spaces only, so a ZIP code ("NJ 07030, (201) …") is none.
    let mobile = contact
        .split(|c: char| !(c.is_ascii_digit() || c == ' '))
        .any(|run| {
            let digits: String = run.chars().filter(char::is_ascii_digit).collect();
            digits.len() == 11 && digits.starts_with("07")
        });
    contact.contains("+44") || mobile
}

/// `text` with the composer's British forms in their American spelling.
pub fn americanised(text: &str) -> String {
    let mut out = text.to_owned();
    for (uk, us) in TO_AMERICAN {
        let mut from = 0;
        while let Some(at) = out[from..].find(uk).map(|a| a + from) {
            // Whole words only: "my CVS pharmacy job" keeps its name.
            let end = at + uk.len();
            let whole = !out[end..].starts_with(|c: char| c.is_ascii_alphanumeric())
                || uk.ends_with(' ')
                || !uk.ends_with("CV");
            if whole {
                out.replace_range(at..end, us);
                from = at + us.len();
            } else {
                from = end;
            }
        }
    }
    out
}

/// The printed letter's header as an American writes it: its date line "28 November
/// 2026" is "November 28, 2026", and a title before the recipient's name takes its
/// full stop ("Ms. Sarah Alvarez").
pub fn american_header(header: &str) -> String {
    header
        .lines()
        .map(|line| {
            let dated = american_date(format!("on {line}"));
            if let Some(date) = dated.strip_prefix("on ").filter(|d| *d != line) {
                return date.to_owned();
            }
            for title in ["Ms ", "Mrs ", "Mr ", "Dr "] {
                if let Some(name) = line.strip_prefix(title) {
                    return format!("{}. {name}", title.trim_end());
                }
            }
            line.to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A date as an American writes it: "on 13 November" is "on November 13", and "on
/// 13 November 2025" is "on November 13, 2025".
pub fn american_date(when: String) -> String {
    let mut words = when.split(' ');
    let (on, day, month, year) = (words.next(), words.next(), words.next(), words.next());
    let (Some("on"), Some(day), Some(month)) = (on, day, month) else {
        return when;
    };
    if !day.bytes().all(|b| b.is_ascii_digit()) || words.next().is_some() {
        return when;
    }
    match year {
        Some(year) => format!("on {month} {day}, {year}"),
        None => format!("on {month} {day}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards that the letter follows the writer's own spelling: each row is what a
    // writer typed (contact, then their words) and whether they write American.
    #[test]
    fn the_writers_spelling_is_read_from_what_they_typed() {
        let table: &[(&str, &[&str], bool)] = &[
            ("marisol@example.com | (503) 555-0147", &[], true),
            (
                "dan@example.com, 614-555-0192",
                &["the 40+ eviction cases on my resume"],
                true,
            ),
            ("tom@example.com, 07700 900123", &[], false),
            ("tom@example.com", &["the gap in my CV"], false),
            // A US number, but a writer who says "programme" and "CV" twice: British.
            (
                "(503) 555-0147",
                &["the programme", "my CV was vague"],
                false,
            ),
            ("jo@example.com", &["I managed a $2m budget"], true),
            ("jo@example.com", &["the line on my résumé"], true),
            // A US number that ends in "0712", and a New Jersey ZIP code, are no
            // British mobile; a Leeds landline with dashes is no US number.
            ("(503) 555-0712", &[], true),
            ("Hoboken NJ 07030, (201) 555-0188", &[], true),
            ("sam@example.co.uk, 0113-496-0000", &[], false),
            // Oxford spelling: "-ize" is British too.
            (
                "sam@example.co.uk",
                &["my CV", "I realized and organized it"],
                false,
            ),
            ("jo@example.com", &["I managed a £2m budget"], false),
            // No sign either way: British, as the article is.
            ("jo@example.com", &["I ran the night shift"], false),
            ("", &[], false),
        ];
        for (contact, texts, want) in table {
            assert_eq!(
                is_american(contact, texts.iter().copied()),
                *want,
                "{contact:?} {texts:?}"
            );
        }
    }

    // Guards the compile-time table: every listed word is found on its own side, in
    // any case, no two words share a hash, and a word on neither list is not found.
    #[test]
    fn every_listed_word_is_found_on_its_side() {
        for (list, side) in [(AMERICAN, true), (BRITISH, false)] {
            for w in list.split_ascii_whitespace() {
                assert_eq!(spelled_american(w.as_bytes()), Some(side), "{w}");
                let upper = w.to_ascii_uppercase();
                assert_eq!(spelled_american(upper.as_bytes()), Some(side), "{upper}");
            }
        }
        let mut hashes: Vec<u32> = TABLE.iter().map(|t| t & !1).collect();
        hashes.dedup();
        assert_eq!(hashes.len(), TABLE.len(), "two listed words share a hash");
        for w in ["the", "shift", "resumed", "colors", "c"] {
            assert_eq!(spelled_american(w.as_bytes()), None, "{w}");
        }
    }

    // Guards the American forms of the composer's own words, and that nothing else
    // changes.
    #[test]
    fn british_forms_become_american() {
        let table = [
            ("I apologise for being late.", "I apologize for being late."),
            (
                "I was vague about one line of my CV.",
                "I was vague about one line of my résumé.",
            ),
            (
                "the kind of judgement this role turns on",
                "the kind of judgment this role turns on",
            ),
            ("Dear Ms Alvarez,", "Dear Ms. Alvarez,"),
            (
                "I worked at my CVS pharmacy job",
                "I worked at my CVS pharmacy job",
            ),
            (
                "the World Health Organisation",
                "the World Health Organisation",
            ),
            ("I ran the night shift.", "I ran the night shift."),
        ];
        for (uk, us) in table {
            assert_eq!(americanised(uk), us);
        }
        assert_eq!(
            american_header("Sam Carter\n28 November 2026\n\nMs Sarah Alvarez\nAcme"),
            "Sam Carter\nNovember 28, 2026\n\nMs. Sarah Alvarez\nAcme"
        );
        for (uk, us) in [
            ("on 13 November", "on November 13"),
            ("on 1 September 2025", "on September 1, 2025"),
            ("yesterday", "yesterday"),
            ("on Tuesday", "on Tuesday"),
            ("", ""),
        ] {
            assert_eq!(american_date(uk.to_owned()), us);
        }
    }
}
