//! First names that tell a speaker's gender, for resolving "he" and "she". Data, not code:
//! common given names, all lower-case.

/// First names with a clear gender, for pronoun resolution before the text has used a pronoun
/// for the person. Small on purpose: common in English-language news.
use crate::words::{word_list, WordList};

pub static FEMALE_NAMES: WordList = word_list!("female_names.txt");

pub static MALE_NAMES: WordList = word_list!("male_names.txt");

/// The 1990 US Census first names with a clear sex, less common English words
/// (scripts/build-name-lists.py).
pub static CENSUS_FEMALE_NAMES: WordList = word_list!("census_female_names.txt");

pub static CENSUS_MALE_NAMES: WordList = word_list!("census_male_names.txt");
