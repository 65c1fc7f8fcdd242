//! The unit tests of the tone check; the corpus tests are in `tests/tone_corpus.rs`.

use super::pattern::{compile, Elem, Vocab, NOT_A_RULE_WORD};
use super::rules::{headings, rules};
use super::words::word_list;
use super::*;
use FlagKind as K;

const NO_CTX: ToneContext<'static> = ToneContext {
    company: "",
    interviewer: "",
    phone_script: false,
};

fn kinds(text: &str) -> Vec<FlagKind> {
    check(text, &NO_CTX)
        .flags
        .into_iter()
        .map(|f| f.kind)
        .filter(|k| {
            !matches!(
                k,
                FlagKind::TooShort | FlagKind::TooLong | FlagKind::NoPersonalisation
            )
        })
        .collect()
}

fn spans(text: &str, kind: FlagKind) -> Vec<&str> {
    check(text, &NO_CTX)
        .flags
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| &text[f.start..f.end])
        .collect()
}

fn words(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(if i % 12 == 0 { '.' } else { ' ' });
            if i % 12 == 0 {
                s.push(' ');
            }
        }
        s.push_str("work");
    }
    s.push('.');
    s
}

// Guards the pattern table: every rule compiles, starts with a required word and
// names only lists that exist; and the list files hold one line of lowercase words
// (a comment would be read as words, line breaks cost download size).
#[test]
fn rules_compile() {
    let mut vocab = Vocab::default();
    for heading in headings() {
        assert!(heading.starts_with("# "), "not a rule: {heading}");
    }
    for (kind, pat) in rules() {
        let rule = compile(kind, pat, &mut vocab);
        assert!(
            matches!(rule.elems.first(), Some(Elem::Word { optional: false, alts }) if !alts.is_empty())
                && !rule.first.is_empty(),
            "{pat}"
        );
        for part in pat.split_whitespace() {
            for a in part.trim_start_matches(['?', '!', '<']).split('|') {
                if let Some(name) = a.strip_prefix('@') {
                    assert!(!word_list(name).is_empty(), "unknown list @{name}");
                    let list = word_list(name);
                    let words: Vec<&str> = list.split_ascii_whitespace().collect();
                    assert_eq!(list, words.join(" "), "@{name}: one line, single spaces");
                    for w in words {
                        let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
                        assert!(w.chars().all(plain), "@{name}: {w}");
                    }
                }
            }
        }
    }
    // Ids are u16 with u16::MAX reserved for "no rule word".
    assert!(vocab.len() < usize::from(NOT_A_RULE_WORD));
}

// Guards the rule file against one easy slip: alternatives are single words, so
// "don't|do not" reads as "don't" or "do", then a required "not", and never matches
// "don't" at all. Such a rule must say "don't|do ?not". Flags every element that offers
// a contraction and the first word of its long form, followed by a required second word.
#[test]
fn no_contraction_runs_into_the_next_word() {
    const LONG: &[(&str, &str, &str)] = &[
        ("don't", "do", "not"),
        ("doesn't", "does", "not"),
        ("didn't", "did", "not"),
        ("won't", "will", "not"),
        ("wouldn't", "would", "not"),
        ("couldn't", "could", "not"),
        ("isn't", "is", "not"),
        ("wasn't", "was", "not"),
        ("i'm", "i", "am"),
        ("i'd", "i", "had"),
        ("that's", "that", "is"),
        ("it's", "it", "is"),
    ];
    let mut broken = Vec::new();
    for (_, pat) in rules() {
        let parts: Vec<&str> = pat.split(" => ").next().unwrap_or("").split(' ').collect();
        for pair in parts.windows(2) {
            let alts: Vec<&str> = pair[0].trim_start_matches('?').split('|').collect();
            let next: Vec<&str> = pair[1].split('|').collect();
            let runs_on = LONG.iter().any(|(short, head, tail)| {
                alts.contains(short) && alts.contains(head) && next.contains(tail)
            });
            if runs_on && !pair[1].starts_with('?') {
                broken.push(pat);
            }
        }
    }
    assert!(
        broken.is_empty(),
        "make the second word optional: {broken:#?}"
    );
}

// Guards recall and spans: each kind fires on a typical phrase, on exactly those words.
#[test]
fn each_kind_fires_on_its_phrase() {
    let table: &[(&str, FlagKind, &str)] = &[
        (
            "Please give me another chance to prove myself.",
            K::Begging,
            "Please give me another chance",
        ),
        ("I'm begging you to reconsider.", K::Begging, "I'm begging"),
        (
            "I really need this job.",
            K::Begging,
            "I really need this job",
        ),
        (
            "I am desperate for this role.",
            K::Begging,
            "I am desperate",
        ),
        ("Honestly, it's not fair.", K::Whining, "it's not fair"),
        ("I always mess up interviews.", K::Whining, "I always mess"),
        (
            "Nothing ever goes my way.",
            K::Whining,
            "Nothing ever goes my way",
        ),
        (
            "I've been so upset since Tuesday.",
            K::Whining,
            "I've been so upset",
        ),
        (
            "Your question was confusing.",
            K::Blaming,
            "Your question was confusing",
        ),
        (
            "You didn't give me time to finish.",
            K::Blaming,
            "You didn't give me time",
        ),
        (
            "The interview was badly organised.",
            K::Blaming,
            "The interview was badly",
        ),
        (
            "My old boss was incompetent.",
            K::BadMouthing,
            "My old boss was incompetent",
        ),
        (
            "My last company was toxic.",
            K::BadMouthing,
            "My last company was toxic",
        ),
        (
            "My manager was a nightmare.",
            K::BadMouthing,
            "My manager was a nightmare",
        ),
        ("I think maybe I rushed.", K::Hedging, "I think maybe"),
        ("I sort of froze.", K::Hedging, "sort of"),
        ("I just wanted to thank you.", K::Hedging, "just wanted"),
        (
            "I'm not very good at interviews.",
            K::SelfDeprecation,
            "I'm not very good at",
        ),
        (
            "I'm just a junior developer.",
            K::SelfDeprecation,
            "I'm just a",
        ),
        (
            "I'm terrible at small talk.",
            K::SelfDeprecation,
            "I'm terrible at",
        ),
        ("I am a team player.", K::Cliche, "team player"),
        (
            "I can hit the ground running.",
            K::Cliche,
            "hit the ground running",
        ),
        ("I am passionate about data.", K::Cliche, "passionate about"),
        ("Thank you!", K::Shouting, "!"),
        ("I am VERY sorry.", K::Shouting, "VERY"),
        ("I WANT THIS ROLE.", K::Shouting, "WANT THIS ROLE"),
        // Emphasis on a longer word, and a phrase of three in capitals.
        ("I am DESPERATELY keen on this.", K::Shouting, "DESPERATELY"),
        (
            "Please GIVE ME A CHANCE to show you.",
            K::Shouting,
            "GIVE ME A CHANCE",
        ),
        ("It was NOT my fault.", K::Shouting, "NOT"),
        ("I am asking for a SECOND chance.", K::Shouting, "SECOND"),
        (
            "I am the PERFECT fit for your team.",
            K::Shouting,
            "PERFECT",
        ),
        ("That was my fifth no this month.", K::Whining, "fifth no"),
        (
            "Dear [Interviewer name],",
            K::Placeholder,
            "[Interviewer name]",
        ),
        (
            "Thanks for your time at {company}.",
            K::Placeholder,
            "{company}",
        ),
        ("Dear Mr XXX,", K::Placeholder, "XXX"),
    ];
    for &(text, kind, span) in table {
        let got = spans(text, kind);
        assert_eq!(got, vec![span], "{text}");
    }
}

// Guards precision: ordinary uses of trigger words raise no tone flag.
#[test]
fn ordinary_uses_do_not_fire() {
    let table = [
        "I arrived just in time for the panel.",
        "It was just as useful as I had hoped.",
        "I left just before five and just after the call.",
        "It felt just like the work I do every day.",
        "I care about justice and fair process.",
        "I am not asking for special treatment.",
        "The process was fair and clearly explained.",
        "I'm not blaming anyone for how it went.",
        "My former manager taught me a lot about pricing.",
        "My previous company was acquired last year.",
        "What kind of team would I join?",
        "It was very kind of you to show me the office.",
        "This is exactly the sort of role I have trained for.",
        "I was sorry to hear that your lead engineer is leaving.",
        "My team built the reporting in SQL on AWS for the CEO and HR.",
        "The NASA grant paid for the USA field trip.",
        // The names of things in capitals, however long, are no shouting: default
        // letters over rounds 124-151 were flagged for the user's own qualifications.
        "I hold NEBOSH and reported two incidents under RIDDOR.",
        "I checked UK ENIC for comparability and the GWO BST certificates.",
        "I rewrote the query with GROUP BY and ORDER BY.",
        "I passed CII IF1 and my NICEIC assessment in one year.",
        "The EBITDA covenant and the CRISPR licence came up at 8 AM.",
        // Names in capitals that are also words (the review of session 31).
        "I joined NOW Pensions and built on the MEAN stack, so the formula returns TRUE.",
        "At the last OFSTED inspection I wrote a query with HAVING and PARTITION BY.",
        "I hold the NEBOSH GENERAL CERTIFICATE and an NVQ LEVEL 3.",
        "I worked for ONE Housing, managed our BIG Lottery bid and was in TIME magazine.",
        // "No" after a figure is no rejection (rounds 127 and 148).
        "I have driven 22 years on class 1 with no accidents and no points.",
        "Since 2020 no complaint against my team has been upheld.",
        "I worked as a team lead for three years.",
        "I need to check the timetable for the train.",
        "Please let me know if you need references.",
        "The question about pricing was a good one.",
        "I misunderstood your question, and that is on me.",
        "The client was desperate for a fix and we shipped it in a day.",
        "I would not describe my previous manager as anything but fair.",
        "We delivered the project on time and under budget.",
        "I think my experience with logistics fits the role.",
        "I hope to hear from you.",
        "I kept a to-do list for every release.",
        "Thank you for your time on Tuesday.",
        "I did a terrible job of explaining the migration.",
        "I messed up the answer about budgets.",
        "I am not a perfectionist, I ship and iterate.",
        "Begging the question aside, the data was clear.",
        "The worst job interview of my life taught me to prepare.",
        "I'm just an email away if you need anything.",
        "Dear Ms. Ortega, thank you for meeting me.",
    ];
    for text in table {
        assert_eq!(kinds(text), vec![], "{text}");
    }
}

// Guards the negation window: a nearby "not"/"never"/"n't" switches a match off.
#[test]
fn negation_switches_matches_off() {
    let table = [
        "I'm not saying your question was confusing.",
        "I would never say my old boss was incompetent.",
        "I am not desperate for this role, I chose it.",
        "I won't beg.",
        "I don't think the process was unfair.",
        "It is not a trick question.",
        "I'm not a team player who waits to be told.",
    ];
    for text in table {
        assert_eq!(kinds(text), vec![], "{text}");
    }
    // But "not only" is no negation.
    assert_eq!(
        kinds("Not only am I passionate about logistics."),
        vec![K::Cliche]
    );
}

// Guards over-apology counting: the first apology is free, later ones are flagged.
#[test]
fn over_apology_counts() {
    let table: &[(&str, usize)] = &[
        ("I'm sorry about my answer.", 0),
        ("I'm sorry. I apologise for the rambling.", 1),
        ("Sorry. Sorry again. My apologies.", 2),
        (
            "I was sorry to hear about the outage. I'm sorry about my answer.",
            0,
        ),
        ("I apologize. No need to apologize for asking, you said.", 0),
    ];
    for &(text, n) in table {
        assert_eq!(spans(text, K::OverApologising).len(), n, "{text}");
    }
    assert_eq!(
        spans("Sorry. My apologies.", K::OverApologising),
        vec!["My apologies"]
    );
}

// Guards placeholder detection and its false alarms.
#[test]
fn placeholders() {
    let table: &[(&str, &[&str])] = &[
        ("Dear [Name], thanks.", &["[Name]"]),
        ("At {{company}} you said.", &["{{company}}"]),
        ("Sign here: ______ thanks.", &["______"]),
        ("TODO: add the answer.", &["TODO"]),
        ("Dear <name>, hello.", &["<name>"]),
        ("See [1] and [sic].", &[]),
        ("Mail me at <jane@example.com>.", &[]),
        ("My todo list is long.", &[]),
        ("[unclosed bracket and more text", &[]),
    ];
    for &(text, want) in table {
        assert_eq!(spans(text, K::Placeholder), want.to_vec(), "{text}");
    }
}

// Guards the length boundaries: 59/60 words and 300/301 words.
#[test]
fn length_boundaries() {
    let has = |n: usize, kind: FlagKind| {
        check(&words(n), &NO_CTX)
            .flags
            .iter()
            .any(|f| f.kind == kind)
    };
    assert_eq!(check(&words(59), &NO_CTX).words, 59);
    assert!(has(59, K::TooShort));
    assert!(!has(60, K::TooShort));
    assert!(!has(300, K::TooLong));
    assert!(has(301, K::TooLong));
    let long = check(&words(412), &NO_CTX);
    let f = long.flags.iter().find(|f| f.kind == K::TooLong);
    assert!(f.is_some_and(|f| f.suggestion.starts_with("412 words: aim for 150–300")));
    // Phone scripts get no length flags.
    let phone = ToneContext {
        phone_script: true,
        ..NO_CTX
    };
    assert!(check(&words(20), &phone).flags.is_empty());
}

// Guards the long-sentence rule: more than 35 words, span is the sentence.
#[test]
fn long_sentences() {
    let s36 = vec!["word"; 36].join(" ");
    let s35 = vec!["word"; 35].join(" ");
    let text = format!("Short one. {s36}. {s35}.");
    assert_eq!(spans(&text, K::LongSentence), vec![s36.as_str()]);
}

// Guards personalisation with and without names in the context.
#[test]
fn personalisation() {
    let letter = format!("Dear Maria, {}", words(50));
    let anon = format!("Dear Hiring Manager, {}", words(50));
    let ctx = ToneContext {
        company: "Acme Ltd",
        interviewer: "Ms Maria Ortega",
        phone_script: false,
    };
    let np = |t: &str, c: &ToneContext| {
        check(t, c)
            .flags
            .iter()
            .any(|f| f.kind == K::NoPersonalisation && f.start == 0 && f.end == 0)
    };
    assert!(!np(&letter, &ctx));
    assert!(np(&anon, &ctx));
    assert!(!np(&format!("{anon} I admire Acme."), &ctx));
    assert!(np(&anon, &NO_CTX));
    assert!(!np(&letter, &NO_CTX));
    assert!(!np("Hello there.", &NO_CTX));
    // Capitalised company names are not shouting.
    let caps = ToneContext {
        company: "ACME CORP",
        ..ctx
    };
    assert!(!check("I admire ACME CORP.", &caps)
        .flags
        .iter()
        .any(|f| f.kind == K::Shouting));
}

// Guards dismiss keys: stable when the text changes elsewhere, normalised case and apostrophes.
#[test]
fn dismiss_key_is_stable() {
    let a = "I sort of froze.";
    let b = "Thank you for Tuesday. Honestly I Sort  of froze.";
    let ka: Vec<String> = check(a, &NO_CTX)
        .flags
        .iter()
        .filter(|f| f.kind == K::Hedging)
        .map(|f| f.dismiss_key(a))
        .collect();
    let kb: Vec<String> = check(b, &NO_CTX)
        .flags
        .iter()
        .filter(|f| f.kind == K::Hedging)
        .map(|f| f.dismiss_key(b))
        .collect();
    assert_eq!(ka, vec!["hedging:sort of".to_string()]);
    assert_eq!(ka, kb);
    let c = "It’s not fair.";
    let keys: Vec<String> = check(c, &NO_CTX)
        .flags
        .iter()
        .filter(|f| f.kind == K::Whining)
        .map(|f| f.dismiss_key(c))
        .collect();
    assert_eq!(keys, vec!["whining:it's not fair".to_string()]);
    let out_of_range = Flag {
        kind: K::TooLong,
        start: 5,
        end: 500,
        suggestion: String::new(),
        fix: None,
    };
    assert_eq!(out_of_range.dismiss_key("short"), "too_long:");
}

// Guards bad input: empty, huge, emoji, RTL, CJK, no spaces, no punctuation.
#[test]
fn odd_input_never_panics() {
    let empty = check("", &NO_CTX);
    assert_eq!(empty, ToneReport::default());
    assert_eq!(empty.summary(), "Nothing to check yet.");
    assert_eq!(check("  \n\t ", &NO_CTX).words, 0);

    let emoji = check("🙂🙂 thanks 👍🏽!! ❤️", &NO_CTX);
    assert_eq!(emoji.words, 1);
    assert!(emoji.sentences >= 1);
    let only_emoji = check("🙏🙏🙏", &NO_CTX);
    assert_eq!((only_emoji.words, only_emoji.sentences), (0, 1));

    let arabic = check("شكرا جزيلا على وقتك. أنا آسف.", &NO_CTX);
    assert_eq!((arabic.words, arabic.sentences), (6, 2));
    let chinese = check("谢谢您的时间。我很抱歉。", &NO_CTX);
    assert_eq!((chinese.words, chinese.sentences), (10, 2));
    let russian = check("СПАСИБО ЗА ВРЕМЯ", &NO_CTX);
    assert_eq!(russian.words, 3);

    let no_spaces = "a".repeat(10_000);
    assert_eq!(check(&no_spaces, &NO_CTX).words, 1);
    let no_punct = vec!["word"; 500].join(" ");
    let r = check(&no_punct, &NO_CTX);
    assert_eq!((r.words, r.sentences), (500, 1));
    assert!((0.0..=20.0).contains(&r.grade));

    let big = "I sort of froze, I'm sorry! Dear [Name] ÉCOLE 中文 ".repeat(25_000);
    let r = check(&big, &NO_CTX);
    assert!(big.len() > 1_000_000);
    assert!(r.words > 200_000);
    for f in &r.flags {
        assert!(big.is_char_boundary(f.start) && big.is_char_boundary(f.end));
    }

    // Stray apostrophes, lone brackets and combining marks.
    for t in [
        "'",
        "’’’",
        "[",
        "{{",
        "<",
        "n't",
        "e\u{301}",
        "I.",
        ".",
        "!",
        "\r\n\r\n",
    ] {
        let _ = check(t, &NO_CTX).summary();
    }
}

// Guards offsets: every flag starts and ends on a char boundary, start <= end.
#[test]
fn offsets_are_char_boundaries() {
    let text = "Ça va… I’m “sort of” sorry — SO SORRY!! Your question was confusing 🙃. My old boss was incompetent. I’m sorry again. [Société] my apologies";
    let r = check(text, &NO_CTX);
    assert!(!r.flags.is_empty());
    for f in &r.flags {
        assert!(f.start <= f.end);
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(!f.suggestion.is_empty(), "{:?}", f.kind);
    }
    let mut sorted = r.flags.clone();
    sorted.sort_by_key(|f| f.start);
    assert_eq!(sorted, r.flags);
}

// Guards the counts: words, sentences, reading time and grade.
#[test]
fn counts_and_grade() {
    let r = check("Thank you for your time. I enjoyed it.", &NO_CTX);
    assert_eq!((r.words, r.sentences), (8, 2));
    assert_eq!(r.reading_seconds, 3); // 8 words * 60 / 230 = 2.09, rounded up
    assert!(r.grade >= 0.0 && r.grade < 6.0, "{}", r.grade);
    let hard = check(
        "Notwithstanding considerable organisational complexity, interdisciplinary collaboration facilitated unprecedented operational improvements.",
        &NO_CTX,
    );
    assert!(hard.grade > 15.0, "{}", hard.grade);
    // Abbreviations and decimals do not end sentences.
    assert_eq!(
        check("Dear Ms. Ortega, we grew 3.5 times.", &NO_CTX).sentences,
        1
    );
}

// Guards the summary line.
#[test]
fn summary_line() {
    let ctx = ToneContext {
        phone_script: true,
        ..NO_CTX
    };
    assert_eq!(
        check("Thank you for your time.", &ctx).summary(),
        "Calm and direct: nothing to fix."
    );
    assert_eq!(
        check("Sorry. Sorry again. I sort of froze.", &ctx).summary(),
        "2 things to look at: over-apologising, hedging."
    );
    assert_eq!(
        check("I sort of froze.", &ctx).summary(),
        "1 thing to look at: hedging."
    );
}

// Guards the kind metadata: unique keys, non-empty labels and one-sentence reasons.
#[test]
fn kind_metadata() {
    let mut keys: Vec<&str> = FlagKind::ALL.iter().map(|k| k.key()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), 14);
    for k in FlagKind::ALL {
        assert!(!k.label().is_empty());
        assert!(k.why().ends_with('.'));
    }
}

// Guards the one-click fixes: each safe fix leaves a sentence that reads, fixes nothing
// else, and a fixed text raises no flag of that kind on those words again.
#[test]
fn one_click_fixes_read_well() {
    let table: &[(&str, FlagKind, &str)] = &[
        (
            "Please give me another chance to show you what I can do.",
            K::Begging,
            "I would welcome another conversation to show you what I can do.",
        ),
        (
            "I'm begging you to reconsider.",
            K::Begging,
            "I am asking you to reconsider.",
        ),
        (
            "I just wanted to follow up on Tuesday.",
            K::Hedging,
            "I wanted to follow up on Tuesday.",
        ),
        (
            "I think maybe the second example fits better.",
            K::Hedging,
            "I think the second example fits better.",
        ),
        (
            "I kind of froze on the budget question.",
            K::Hedging,
            "I froze on the budget question.",
        ),
        (
            "For what it's worth, I rebuilt the report that weekend.",
            K::Hedging,
            "I rebuilt the report that weekend.",
        ),
        (
            "I rebuilt the report, for what it\u{2019}s worth, that weekend.",
            K::Hedging,
            "I rebuilt the report, that weekend.",
        ),
        (
            "I cannot apologise enough for the mix-up.",
            K::OverApologising,
            "I apologise for the mix-up.",
        ),
        (
            "Please accept my humblest apologies.",
            K::OverApologising,
            "Please accept my apologies.",
        ),
        ("Thank you so much!!!", K::Shouting, "Thank you so much."),
        (
            "I'm just a junior analyst.",
            K::SelfDeprecation,
            "I'm a junior analyst.",
        ),
    ];
    for &(text, kind, want) in table {
        let report = check(text, &NO_CTX);
        let flag = report
            .flags
            .iter()
            .find(|f| f.kind == kind)
            .unwrap_or_else(|| panic!("no {kind:?} flag in {text:?}"));
        let fixed = flag
            .apply_fix(text)
            .unwrap_or_else(|| panic!("no fix for {text:?}"));
        assert_eq!(fixed, want, "{text}");
        assert!(
            !kinds(&fixed).contains(&kind),
            "{kind:?} still flagged after the fix: {fixed:?}"
        );
    }
}

// Guards: flags that need the writer's own words offer no replacement.
#[test]
fn blame_and_self_pity_offer_no_fix() {
    for text in [
        "Your question was confusing.",
        "My old boss was a nightmare.",
        "It's not fair.",
        "I'm a total failure.",
    ] {
        for flag in check(text, &NO_CTX).flags {
            assert!(flag.fix.is_none(), "{text}: {:?}", flag.kind);
        }
    }
}

// A tool, not a guard: leaves out, one by one, each rule without which the corpus and
// the sentences of these tests keep exactly their flags (kinds and spans, with the rules
// already left out still out) and lists them: rules that cost bytes and add nothing. Rules with
// a one-click fix are kept.
// `cargo test --release --lib rules_that_add_nothing -- --ignored --nocapture`
#[test]
#[ignore]
fn rules_that_add_nothing() {
    use super::pattern::SKIP_RULES;
    let raw = include_str!("../../../tests/data/tone_corpus.json");
    let corpus: serde_json::Value = serde_json::from_str(raw).unwrap_or_default();
    let mut texts: Vec<&str> = Vec::new();
    for part in ["sentences", "letters"] {
        if let Some(items) = corpus[part].as_array() {
            texts.extend(items.iter().filter_map(|i| i["text"].as_str()));
        }
    }
    // And the sentences of these unit tests, so no rule they need is listed.
    let here = include_str!("tests.rs");
    texts.extend(
        here.split('"')
            .skip(1)
            .step_by(2)
            .filter(|t| t.contains(' ')),
    );
    let all = |texts: &[&str]| -> Vec<Vec<(FlagKind, usize, usize)>> {
        texts
            .iter()
            .map(|t| {
                let flags = check(t, &NO_CTX).flags;
                flags.iter().map(|f| (f.kind, f.start, f.end)).collect()
            })
            .collect()
    };
    let base = all(&texts);
    for (r, (kind, pattern)) in rules().enumerate() {
        if pattern.contains("=>") {
            continue;
        }
        SKIP_RULES.with(|k| k.borrow_mut().push(r as u16));
        if all(&texts) == base {
            println!("idle {} {pattern}", kind.key());
        } else {
            SKIP_RULES.with(|k| k.borrow_mut().pop());
        }
    }
    let idle = SKIP_RULES.with(|k| std::mem::take(&mut *k.borrow_mut()).len());
    println!("{idle} rules add nothing on the corpus");
}

// Guards the stems the learned-model experiment trains on (`features.rs`): inflections
// of one word share a stem, so "begged" in a new letter weighs what "begging" weighed
// in the corpus; contractions, short words and words beyond ASCII are left whole.
#[test]
fn feature_stems() {
    use super::features::stem;
    for (word, want) in [
        ("begging", "beg"),
        ("begged", "beg"),
        ("beg", "beg"),
        ("hoped", "hop"),
        ("hope", "hop"),
        ("worried", "worri"),
        ("worries", "worri"),
        ("worry", "worri"),
        ("stopped", "stop"),
        ("feeling", "feel"),
        ("misses", "miss"),
        ("causes", "caus"),
        ("badly", "bad"),
        ("apologising", "apologis"),
        ("need", "need"),
        ("this", "this"),
        ("don't", "don't"),
        ("was", "was"),
        ("café", "café"),
    ] {
        let (s, tail) = stem(word.as_bytes());
        assert_eq!([s, tail].concat(), want.as_bytes(), "{word}");
    }
}

// Guards the features' reading of negation and sentences: a word a negation switches
// off is marked `!` (as the rules switch off a match), "not only" is no negation, and
// each sentence gets its own bag with the pairs of neighbouring stems.
#[test]
fn sentence_features_mark_negation_per_sentence() {
    let has = |text: &str, sentence: usize, feature: &str| {
        sentence_features(text)
            .get(sentence)
            .is_some_and(|f| f.iter().any(|x| x == feature))
    };
    for (text, sentence, feature, want) in [
        ("I am not blaming anyone.", 0, "!blam", true),
        ("I am not blaming anyone.", 0, "blam", false),
        ("I am blaming the panel.", 0, "blam", true),
        ("Not only did I ramble, I froze.", 0, "!rambl", false),
        ("Not only did I ramble, I froze.", 0, "rambl", true),
        ("I'm sorry. I begged them.", 1, "beg", true),
        ("I'm sorry. I begged them.", 0, "beg", false),
        ("I'm sorry. I begged them.", 1, "i_beg", true),
        ("I'm sorry. I begged them.", 0, "i'm_sorri", true),
    ] {
        assert_eq!(has(text, sentence, feature), want, "{feature} in {text:?}");
    }
    assert_eq!(sentence_features("One. Two! Three?").len(), 3);
}
