//! One-click fixes: what a flag's words become, and splicing that into the text so the
//! sentence around it still reads (no double spaces, no stray comma, a capital where a
//! sentence now starts).
//!
//! Only rules whose words have a safe replacement offer one (begging, hedging,
//! grovelling, exclamation marks); blame, bad-mouthing, whining and self-put-downs need
//! the writer's own words, so those flags keep only their "why" and suggestion.

use super::Flag;

impl Flag {
    /// What the flag's words in `text` become under its fix: the rule's literal text,
    /// or, written `-a|b`, the words without `a` and `b`. Words that start with a capital
    /// keep one. `None` when the flag offers no fix or its span is not in `text`.
    pub fn replacement(&self, text: &str) -> Option<String> {
        let fix = self.fix?;
        let span = text.get(self.start..self.end)?;
        let replacement = match fix.strip_prefix('-') {
            Some(drop) => {
                let drop: Vec<&str> = drop.split('|').collect();
                // Curly apostrophes in the text match the straight ones of the rules.
                span.split(' ')
                    .filter(|w| {
                        let w = w.replace('\u{2019}', "'");
                        !drop.iter().any(|d| w.eq_ignore_ascii_case(d))
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            }
            None => fix.to_string(),
        };
        Some(if span.starts_with(|c: char| c.is_ascii_uppercase()) {
            capitalised(&replacement)
        } else {
            replacement
        })
    }

    /// `text` with this flag's fix applied, or `None` when the flag offers none or its
    /// span is not in `text`.
    pub fn apply_fix(&self, text: &str) -> Option<String> {
        let replacement = self.replacement(text)?;
        Some(splice(text, self.start, self.end, &replacement))
    }
}

/// `text` with `start..end` (char boundaries) replaced by `replacement`, tidied where
/// the two meet: a removal leaves no double space, no space before punctuation and no
/// doubled comma, and a sentence that now starts at the join starts with a capital.
pub fn splice(text: &str, start: usize, end: usize, replacement: &str) -> String {
    if !replacement.is_empty() {
        return [&text[..start], replacement, &text[end..]].concat();
    }
    let before = text[..start].trim_end_matches(' ');
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
    let mut after = text[end..].trim_start_matches(' ');
    // "For what it's worth, I rebuilt it" -> "I rebuilt it"; "report, for what it's
    // worth, that week" -> "report, that week".
    if sentence_start || before.ends_with(',') {
        after = after.trim_start_matches([',', ';', ':', ' ']);
    }
    // "Thanks, if that makes sense." -> "Thanks."
    if after.is_empty() || after.starts_with(['.', ',', ';', ':', '!', '?']) {
        return [before.trim_end_matches(','), after].concat();
    }
    let gap = if before.is_empty() || before.ends_with('\n') {
        ""
    } else {
        " "
    };
    let after = if sentence_start {
        capitalised(after)
    } else {
        after.to_string()
    };
    [before, gap, &after].concat()
}

/// `s` with its first letter in upper case. ASCII only: the fixes are our own English
/// words, and full Unicode case mapping would add its tables to the download.
fn capitalised(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
