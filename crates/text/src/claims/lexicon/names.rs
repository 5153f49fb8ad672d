//! First names that tell a speaker's gender, for resolving "he" and "she". Data, not code:
//! common given names, all lower-case.

/// First names with a clear gender, for pronoun resolution before the text has used a pronoun
/// for the person. Small on purpose: common in English-language news.
use crate::words::{entries, word_file, word_list, WordList};
use std::collections::HashSet;
use std::sync::LazyLock;

pub static FEMALE_NAMES: WordList = word_list!("female_names.txt");

pub static MALE_NAMES: WordList = word_list!("male_names.txt");

/// The 1990 US Census first names with a clear sex, less common English words
/// (scripts/build-name-lists.py): thousands of names, so looked up in a set.
pub static CENSUS_FEMALE_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(word_file!("census_female_names.txt")).collect());

pub static CENSUS_MALE_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(word_file!("census_male_names.txt")).collect());
