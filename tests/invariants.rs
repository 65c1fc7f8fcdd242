//! The architecture's invariants, as written in the README's "Layout" section, checked
//! on the source text: a change that breaks one fails the test command with the file
//! and line that broke it.
//!
//! Each rule is data (which files, which words they must not contain), and each has a
//! test that plants a violation in a made-up file to show the check can fail.

use std::fs;
use std::path::{Path, PathBuf};

/// One invariant: files it governs, and code they must never contain.
struct Rule {
    /// The sentence in the README.
    says: &'static str,
    /// Whether a file (path relative to the crate root, with `/`) is governed.
    governs: fn(&str) -> bool,
    /// Code that breaks the rule (comments are not code).
    forbidden: &'static [&'static str],
}

const RULES: [Rule; 6] = [
    Rule {
        says: "domain/ never imports yew, web-sys or gloo",
        governs: |path| path.starts_with("src/domain/"),
        forbidden: &["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"],
    },
    Rule {
        says: "only storage touches localStorage",
        governs: |path| !path.starts_with("src/storage/"),
        forbidden: &["local_storage", "localStorage", "web_sys::Storage"],
    },
    Rule {
        says: "components never import app.rs",
        governs: |path| path.starts_with("src/components/"),
        forbidden: &["crate::app", "super::super::app", "second_chance::app"],
    },
    Rule {
        says: "the reducer never reads the clock",
        governs: |path| path.starts_with("src/state/") || path == "src/draft.rs",
        forbidden: &[
            "Date::now",
            "js_sys",
            "now_ms",
            "new_id",
            "today_iso",
            "Math::random",
            "SystemTime",
            "Instant",
            "crate::browser",
        ],
    },
    Rule {
        says: "shipped code never maps case by Unicode's tables",
        governs: |path| path.starts_with("src/"),
        // `str::to_lowercase` and `to_uppercase` pull core's Unicode case tables into
        // the wasm: one call cost 12.9 KB gzip in session 25. The ASCII forms and
        // `domain::lower_char` cover every letter the app changes.
        forbidden: &["to_lowercase", "to_uppercase"],
    },
    Rule {
        says: "shipped code never prints to the console",
        // (The test modules kept in files of their own may report what they measure.)
        governs: |path| path.starts_with("src/") && !path.ends_with("tests.rs"),
        // A debugging print left behind drags the formatting machinery into the wasm
        // (5 KB gzip in session 25) and writes the user's words to the console.
        forbidden: &["eprintln", "println", "dbg"],
    },
];

/// Functions allowed past [`MAX_FN_LINES`]: data tables written as functions, each with
/// why it is one.
const LONG_DATA_TABLES: [(&str, &str, &str); 2] = [
    (
        "src/domain/testkit.rs",
        "cases",
        "the shared test situations: one struct literal per case",
    ),
    (
        "src/domain/letter/shape.rs",
        "shape_table",
        "the note-shaping test table: one row per note shape",
    ),
];

/// The longest a function in `src/` may be.
const MAX_FN_LINES: usize = 120;

/// Every `.rs` file under `dir`, as (path relative to the crate root, text).
fn sources(dir: &str) -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir)
            .expect("readable source directory")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    walk(&root.join(dir), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(root).expect("under the crate root");
            let rel = rel.to_string_lossy().replace('\\', "/");
            (rel, fs::read_to_string(&p).expect("readable source file"))
        })
        .collect()
}

/// A line without its `//` comment (a `//` inside a string literal is rare enough in
/// this code base that the rules accept the approximation).
fn code_of(line: &str) -> &str {
    match line.find("//") {
        Some(i) if !line[..i].contains('"') => &line[..i],
        Some(i) if line.trim_start().starts_with("//") => &line[..i],
        _ => line,
    }
}

/// `file:line: rule` for every forbidden word in code the rule governs.
fn violations(rule: &Rule, files: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| (rule.governs)(p)) {
        for (n, line) in text.lines().enumerate() {
            let code = code_of(line);
            if let Some(word) = rule.forbidden.iter().find(|w| contains_word(code, w)) {
                out.push(format!(
                    "{path}:{}: `{word}` breaks \"{}\"",
                    n + 1,
                    rule.says
                ));
            }
        }
    }
    out
}

/// Whether `code` holds `word` not as part of a longer identifier.
fn contains_word(code: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(word).any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// Every function longer than `max` lines: (path, name, lines). Braces are counted
/// outside string and character literals and comments.
fn long_functions(files: &[(String, String)], max: usize) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    for (path, text) in files {
        let lines: Vec<&str> = text.lines().collect();
        for (start, line) in lines.iter().enumerate() {
            let Some(name) = fn_name(code_of(line)) else {
                continue;
            };
            let (mut depth, mut opened) = (0i32, false);
            for (end, body_line) in lines.iter().enumerate().skip(start) {
                let code = strip_literals(code_of(body_line));
                if !opened && code.contains(';') && !code.contains('{') {
                    break; // a declaration without a body
                }
                for c in code.chars() {
                    match c {
                        '{' => (depth, opened) = (depth + 1, true),
                        '}' => depth -= 1,
                        _ => {}
                    }
                }
                if opened && depth <= 0 {
                    let len = end - start + 1;
                    if len > max {
                        out.push((path.clone(), name.to_string(), len));
                    }
                    break;
                }
            }
        }
    }
    out
}

/// The name of the function a line declares, if it declares one.
fn fn_name(code: &str) -> Option<&str> {
    let at = code.find("fn ")?;
    let before = code[..at].trim();
    let qualifiers = [
        "",
        "pub",
        "pub(crate)",
        "pub(super)",
        "async",
        "const",
        "unsafe",
    ];
    let head_ok = before
        .split_whitespace()
        .all(|w| qualifiers.contains(&w) || w.starts_with("pub("));
    if !head_ok {
        return None;
    }
    let rest = &code[at + 3..];
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    (end > 0).then(|| &rest[..end])
}

/// `code` with string and character literals emptied, so braces inside them (format
/// strings, `'{'`) are not counted.
fn strip_literals(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '\'' => {
                // A char literal ('x', '\n', '{'); a lifetime ('a) is left alone.
                let mut look = chars.clone();
                let literal = matches!(
                    (look.next(), look.next()),
                    (Some('\\'), _) | (Some(_), Some('\''))
                );
                if literal {
                    for d in chars.by_ref() {
                        if d == '\'' {
                            break;
                        }
                    }
                } else {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

// Guards: the four invariants of the README's Layout section hold for all of src/.
#[test]
fn the_layout_invariants_hold() {
    let files = sources("src");
    assert!(files.len() > 30, "found the sources");
    let broken: Vec<String> = RULES.iter().flat_map(|r| violations(r, &files)).collect();
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

// Guards: each rule catches a planted violation (the check can fail), and ignores the
// same words in comments and inside longer names.
#[test]
fn each_rule_catches_a_planted_violation() {
    let planted = [
        ("src/domain/x.rs", "use yew::prelude::*;"),
        (
            "src/components/x.rs",
            "let s = web_sys::window()?.local_storage();",
        ),
        ("src/components/x.rs", "let id = crate::app::new_id();"),
        ("src/state/mod.rs", "let now = crate::browser::now_ms();"),
        ("src/domain/letter/x.rs", "let k = word.to_lowercase();"),
        ("src/domain/letter/x.rs", "eprintln!(\"{ws:?}\");"),
    ];
    for (rule, (path, code)) in RULES.iter().zip(planted) {
        let file = [(path.to_string(), format!("fn f() {{\n    {code}\n}}\n"))];
        assert_eq!(violations(rule, &file).len(), 1, "{}: {code}", rule.says);
        let commented = [(path.to_string(), format!("// {code}\n"))];
        assert!(violations(rule, &commented).is_empty(), "{}", rule.says);
    }
    let longer_name = [(
        "src/state/mod.rs".to_string(),
        "let known_ids = 1;".to_string(),
    )];
    assert!(violations(&RULES[3], &longer_name).is_empty());
}

// Guards: no function in src/ is longer than 120 lines, except the named data tables.
#[test]
fn no_function_is_over_120_lines() {
    let files = sources("src");
    let long: Vec<String> = long_functions(&files, MAX_FN_LINES)
        .into_iter()
        .filter(|(path, name, _)| {
            !LONG_DATA_TABLES
                .iter()
                .any(|(p, n, _)| p == path && n == name)
        })
        .map(|(path, name, len)| format!("{path}: fn {name} is {len} lines"))
        .collect();
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
    // The exceptions must still exist, or they are stale.
    let all = long_functions(&files, MAX_FN_LINES);
    for (path, name, why) in LONG_DATA_TABLES {
        assert!(
            all.iter().any(|(p, n, _)| p == path && n == name),
            "{path}: {name} ({why}) is no longer long: drop the exception"
        );
    }
}

// Guards: the function measure counts a body's lines, and is not fooled by braces in
// strings and char literals or by declarations without a body.
#[test]
fn function_length_is_measured_by_its_braces() {
    let body: String = (0..130)
        .map(|i| format!("    let x{i} = \"{{\";\n"))
        .collect();
    let text = format!(
        "trait T {{\n    fn declared(&self);\n}}\npub fn long() {{\n{body}    let c = '}}';\n}}\nfn short() {{}}\n"
    );
    let files = [("src/x.rs".to_string(), text)];
    assert_eq!(
        long_functions(&files, 120),
        vec![("src/x.rs".to_string(), "long".to_string(), 133)]
    );
}
