//! Short maps kept as text: `key=value` pairs separated by spaces, keys and values
//! single words. The letter's "another wording" turns and the remembered step of each
//! draft are stored this way: a few entries, and text costs the download far less code
//! than a map type with its serialiser.

/// The value under `key`, if there is one.
pub fn get<'a>(pairs: &'a str, key: &str) -> Option<&'a str> {
    pairs
        .split(' ')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// `pairs` with `key` set to `value` (last), keeping of the other pairs only those whose
/// key `keep` accepts; anything that is not a pair is dropped.
pub fn set(pairs: &str, key: &str, value: &str, keep: impl Fn(&str) -> bool) -> String {
    let this = format!("{key}={value}");
    pairs
        .split(' ')
        .filter(|pair| {
            pair.split_once('=')
                .is_some_and(|(k, _)| !k.is_empty() && k != key && keep(k))
        })
        .chain([this.as_str()])
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards: a key matches whole (not as the start of a longer key), setting moves it
    // last, and junk or unwanted pairs are dropped.
    #[test]
    fn pairs_read_and_write() {
        let text = "ab=2 a=1 junk =x";
        assert_eq!(get(text, "a"), Some("1"));
        assert_eq!(get(text, "b"), None);
        assert_eq!(set(text, "a", "3", |_| true), "ab=2 a=3");
        assert_eq!(set(text, "c", "1", |k| k != "ab"), "a=1 c=1");
        assert_eq!(set("", "k", "v", |_| true), "k=v");
    }
}
