//! Word lists as data: every list the pipeline matches against lives in `data/words/*.txt`,
//! one entry per line with a header saying what it covers and where it came from. They are
//! compiled in (`include_str!`), so a binary never looks for them at run time, and parsed once,
//! on first use.

use std::ops::Deref;
use std::sync::OnceLock;

/// The hash set and map of the extractor's lookups: it looks words up in them for every word of
/// every sentence, and std's SipHash, made to resist hash flooding by untrusted keys, took an
/// eighth of extraction time; these keys are the word lists' own entries.
pub type FastSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// The words of a text, lower-cased, without punctuation: "U.S.-backed" gives "u", "s",
/// "backed".
pub fn lower_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// A list of words or phrases from one file under `data/words/`. Dereferences to a slice, so it
/// is used like the `&[&str]` constants it replaced.
pub struct WordList {
    text: &'static str,
    entries: OnceLock<Vec<&'static str>>,
    /// The same entries as a set: the extractor looks words up in these lists for every word
    /// of every sentence.
    set: OnceLock<FastSet<&'static str>>,
}

impl WordList {
    pub const fn new(text: &'static str) -> Self {
        Self {
            text,
            entries: OnceLock::new(),
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is an entry.
    pub fn contains_word(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| entries(self.text).collect())
            .contains(word)
    }
}

/// Something `is_in` can look a word up in: a word list (hashed) or a short list in code.
pub trait Lookup {
    fn has(&self, word: &str) -> bool;
}

impl Lookup for WordList {
    fn has(&self, word: &str) -> bool {
        self.contains_word(word)
    }
}

impl Lookup for [&str] {
    fn has(&self, word: &str) -> bool {
        self.contains(&word)
    }
}

impl<const N: usize> Lookup for [&str; N] {
    fn has(&self, word: &str) -> bool {
        self.contains(&word)
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.entries.get_or_init(|| entries(self.text).collect())
    }
}

/// The entries of a word-list file: its non-empty lines that are not `#` comments.
pub fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a two-field file, split at the tab.
pub fn pairs(text: &'static str) -> Vec<(&'static str, &'static str)> {
    entries(text)
        .map(|l| l.split_once('\t').unwrap_or((l, "")))
        .collect()
}

/// A word list compiled in from `data/words/<file>`.
macro_rules! word_list {
    ($file:literal) => {
        $crate::words::WordList::new(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/words/",
            $file
        )))
    };
}
pub(crate) use word_list;

/// The text of `data/words/<file>`, for lists that are not plain words.
macro_rules! word_file {
    ($file:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/words/", $file))
    };
}
pub(crate) use word_file;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::path::Path;

    fn files() -> Vec<(String, String)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/words");
        let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
            .expect("data/words exists")
            .map(|e| {
                let p = e.unwrap().path();
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        out.sort();
        assert!(
            out.len() >= 40,
            "expected the word lists, found {}",
            out.len()
        );
        out
    }

    #[test]
    fn every_list_says_where_it_came_from_and_holds_clean_entries() {
        for (name, text) in files() {
            let text: &'static str = Box::leak(text.into_boxed_str());
            assert!(
                text.lines()
                    .any(|l| l.starts_with("# source: ") && l.len() > 20),
                "{name} has no '# source:' line"
            );
            let mut seen = HashSet::new();
            let mut n = 0;
            for e in entries(text) {
                n += 1;
                assert_eq!(e, e.trim(), "{name}: entry {e:?} has stray spaces");
                let word = e.split('\t').next().unwrap();
                assert_eq!(
                    word,
                    word.to_lowercase(),
                    "{name}: {word:?} is not lower-case"
                );
                assert!(seen.insert(word), "{name}: {word:?} is listed twice");
            }
            assert!(n > 0, "{name} is empty");
        }
    }

    #[test]
    fn every_list_file_is_compiled_in_somewhere() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut code = String::new();
        let mut stack = vec![src];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    code.push_str(&std::fs::read_to_string(p).unwrap());
                }
            }
        }
        for (name, _) in files() {
            assert!(code.contains(&format!("\"{name}\"")), "{name} is not used");
        }
        // And no word list is left behind as a constant in code.
        assert!(
            !code.contains(concat!(": &[&str] = &", "[")),
            "a word list is still written in Rust; move it to data/words/"
        );
    }

    #[test]
    fn a_list_reads_entries_and_skips_comments() {
        static L: WordList = WordList::new("# head\n# source: x\nsaid\n\n# note\ntold\n");
        assert_eq!(&*L, &["said", "told"]);
        assert_eq!(pairs("# c\nmr\tmale\nx\n"), vec![("mr", "male"), ("x", "")]);
    }
}
