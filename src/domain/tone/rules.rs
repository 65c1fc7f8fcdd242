//! The phrase rules, as data: `rules.txt` holds one rule per line, the key of the kind
//! of flag it raises ([`FlagKind::key`]), a space and the pattern (the language is
//! described in `pattern.rs`; the `@name` word lists are in `words.txt`). Lines starting
//! with `#` head a group. One string rather than a table of structs: a table row costs
//! a pointer, a length and a kind in the download, and those compress badly.

use super::FlagKind;

/// The rules file: see the module documentation.
const RULES: &str = include_str!("rules.txt");

/// Every rule: the kind it raises and its pattern. The first element of a pattern must
/// be a required word: it keys the index. A match is dropped when a negation precedes
/// it closely (see `Doc::negated`). A rule with a safe one-click replacement names it
/// after `=>`. A line whose first word is no kind's key is skipped (the `rules_compile`
/// test checks that only headings are).
pub(super) fn rules() -> impl Iterator<Item = (FlagKind, &'static str)> {
    RULES.lines().filter_map(|line| {
        let (key, pattern) = line.split_once(' ')?;
        let kind = FlagKind::ALL.into_iter().find(|k| k.key() == key)?;
        Some((kind, pattern))
    })
}

/// Every line of the rules file that is not a rule: the group headings.
#[cfg(test)]
pub(super) fn headings() -> impl Iterator<Item = &'static str> {
    RULES.lines().filter(|line| {
        !line
            .split_once(' ')
            .is_some_and(|(key, _)| FlagKind::ALL.iter().any(|k| k.key() == key))
    })
}
