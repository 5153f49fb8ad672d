//! Word lists the extractor matches against. Data, not code: each list says what it covers and
//! where it came from. All entries are lower-case; matching lower-cases the text.

/// Verbs that introduce speech, in the forms news copy uses (past tense and present for
/// attributions like "says"). Compiled from AP-style attribution verbs and the verbs the issue
/// names (said, told, explained, insisted, argued, warned, claimed, acknowledged).
pub static SPEECH_VERBS: WordList = word_list!("speech_verbs.txt");

/// Speech verbs that attribute a quote but don't introduce reported speech ("Russia has
/// continued airstrikes", "he barked orders"). Speech verbs too: `VERBS` holds both lists.
pub static QUOTE_ONLY_VERBS: WordList = word_list!("quote_only_verbs.txt");

/// Verbs of denial: the speaker rejects a proposition. The claim text is the proposition.
pub static DENIAL_VERBS: WordList = word_list!("denial_verbs.txt");
/// Quantifiers that can be a subject on their own ("Some say", "Many argue").
pub static QUANTIFIER_SUBJECTS: WordList = word_list!("quantifier_subjects.txt");
/// Denial verbs that deny only a claim named as their object (see `extract::cues`).
pub static LITERAL_DENIAL_VERBS: WordList = word_list!("literal_denial_verbs.txt");

/// Nouns naming the thing denied ("denied reports that ..."): skipped to reach the proposition.
pub static DENIED_OBJECTS: WordList = word_list!("denied_objects.txt");

/// Phrases by which a speaker calls a proposition false: "X said ... was not true".
pub static FALSITY_PHRASES: WordList = word_list!("falsity_phrases.txt");

/// Adverbs that strengthen what a claim was called: "completely false", "utter nonsense".
pub static FALSITY_INTENSIFIERS: WordList = word_list!("falsity_intensifiers.txt");

/// Whether a lower-case word without punctuation calls something false ("false", "nonsense",
/// "untrue") or strengthens such a word ("completely").
pub fn calls_false(word: &str) -> bool {
    is_in(&DISMISSIVE_WORDS, word)
        || is_in(&FALSITY_PHRASES, word)
        || is_in(&FALSITY_INTENSIFIERS, word)
}

/// Modal and auxiliary verbs: a predicate starts at them ("said the party must unite"), and a
/// speaker's name ends before them ("two others have not").
pub static PREDICATE_AUXILIARIES: WordList = word_list!("predicate_auxiliaries.txt");

/// Days of the week, for time phrases ("said on Wednesday").
pub static WEEKDAYS: WordList = word_list!("weekdays.txt");

/// Verbs that call something false: "called the accusation \"completely false\"". A denial only
/// when the sentence also holds a word of [`FALSITY_PHRASES`] or [`DISMISSIVE_WORDS`].
pub static CALLING_VERBS: WordList = word_list!("calling_verbs.txt");

/// Speech acts with an object, not a clause ("questioned the estimate"): no claim of their own,
/// but their subject is who a following "she said" most likely means.
pub static ACT_VERBS: WordList = word_list!("act_verbs.txt");
/// "spoke about", "called for": a speech verb and the preposition of its topic.
pub static TOPIC_CUES: WordList = word_list!("topic_cues.txt");

/// Past forms that don't end in "-ed": "began", "drew", "took".
pub static IRREGULAR_PAST: WordList = word_list!("irregular_past.txt");

/// Words that dismiss a claim without saying "false": "pure speculation", "a hoax".
pub static DISMISSIVE_WORDS: WordList = word_list!("dismissive_words.txt");

/// Words that make a statement negative: "no plans", "never", "not", "cannot".
pub static NEGATION_CUES: WordList = word_list!("negation_cues.txt");

/// A word as the negation tests read it: lower case, with a straight apostrophe and without
/// the quotation marks around it ("“Didn’t" -> "didn't").
pub fn negation_core(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace('’', "'")
}

/// Whether a word core (see [`negation_core`]) negates: a negation cue or a contraction in
/// "n't".
pub fn negation_cue(core: &str) -> bool {
    NEGATION_CUES.contains(&core) || core.ends_with("n't")
}

/// Whether a claim is a negated assertion. Words split at anything but letters, digits and
/// apostrophes, straight or curly, so "no-fly" holds the cue "no" and "wasn’t" is a
/// contraction in "n't".
pub fn negated(text: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .any(|w| negation_cue(&negation_core(w)))
}

/// Words by which a claim calls a story false without negating a verb: "has proved to be a
/// fake", "a hoax article".
pub static DEBUNKING_WORDS: WordList = word_list!("debunking_words.txt");

/// Whether a claim calls a story false without (necessarily) negating a verb: "the video has
/// proved to be a fake".
pub fn debunks(text: &str) -> bool {
    crate::words::lower_words(text).any(|w| DEBUNKING_WORDS.contains(&w.as_str()))
}

/// Words that carry no topic, a short list of English function words: the pair prefilter skips
/// them, and a described speaker's head noun is never one.
pub static STOPWORDS: WordList = word_list!("stopwords.txt");

/// Subject pronouns that name a speaker; only a clause follows them ("the report she
/// released", "at the town hall she said").
pub const SUBJECT_PRONOUNS: [&str; 4] = ["he", "she", "they", "we"];

/// Roles and titles, longest first so that "foreign minister" wins over "minister".
pub static ROLES: WordList = word_list!("roles.txt");

/// Courtesy titles that precede names and carry gender.
pub static HONORIFICS: LazyLock<Vec<(&str, Gender)>> =
    LazyLock::new(|| gendered(word_file!("honorifics.txt")));

/// Roles that carry gender.
pub static GENDERED_ROLES: LazyLock<Vec<(&str, Gender)>> =
    LazyLock::new(|| gendered(word_file!("gendered_roles.txt")));

/// The gender a role or a noun for one person carries ("sister", "chairwoman"); unknown for
/// the rest.
pub fn noun_gender(word: &str) -> Gender {
    GENDERED_ROLES
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(Gender::Unknown, |(_, g)| *g)
}

/// Organisation heads: a capitalised word ending a name that makes it an organisation
/// ("State Department", "Foreign Ministry"), plus standalone institutions.
pub static ORG_WORDS: WordList = word_list!("org_words.txt");

/// Standalone institutions recognised without an org-word ending.
pub static INSTITUTIONS: WordList = word_list!("institutions.txt");

/// Unnamed speakers. Each gets its own identity per article.
pub static ANONYMOUS: WordList = word_list!("anonymous.txt");

/// Nouns for one person with no title: "the man", "his sister" (see the list).
static PERSON_NOUNS: WordList = word_list!("person_nouns.txt");

/// Whether `word` (lower-case) is one of [`PERSON_NOUNS`].
pub fn is_person_noun(word: &str) -> bool {
    PERSON_NOUNS.contains(&word)
}

/// Pronouns that can be the subject of a speech verb.
pub static PRONOUNS: LazyLock<Vec<(&str, Gender)>> =
    LazyLock::new(|| gendered(word_file!("pronouns.txt")));

/// Whether `word` (lower-case) is one of [`PRONOUNS`].
pub fn is_pronoun(word: &str) -> bool {
    PRONOUNS.iter().any(|(p, _)| *p == word)
}

/// Nationality adjectives that stand for an organisation's country ("Russian Foreign Minister"),
/// each with its country, looked up both ways (mention parsing asks for every capitalised word).
type Nationalities = (
    FastMap<&'static str, &'static str>,
    FastSet<&'static str>,
    FastSet<String>,
);
static NATIONALITIES: LazyLock<Nationalities> = LazyLock::new(|| {
    let mut countries = FastMap::default();
    let mut names = FastSet::default();
    let mut lower = FastSet::default();
    for (nationality, country) in pairs(word_file!("nationalities.txt")) {
        // The file's first line for a nationality is its country.
        countries.entry(nationality).or_insert(country);
        names.insert(country);
        lower.insert(country.to_lowercase());
    }
    (countries, names, lower)
});

/// The country of a nationality adjective (lower case): "russian" → "Russia".
pub fn country_of_nationality(lower: &str) -> Option<&'static str> {
    NATIONALITIES.0.get(lower).copied()
}

/// Whether a lower-case word is a nationality adjective of the list.
pub fn is_nationality(lower: &str) -> bool {
    NATIONALITIES.0.contains_key(lower)
}

/// Whether a lower-case word is a nationality's plural, a people: "russians", "mexicans".
pub fn is_nationality_plural(lower: &str) -> bool {
    lower.strip_suffix('s').is_some_and(is_nationality)
}

/// Whether `name`, as written, is a country of the list ("China", "United States").
pub fn is_country(name: &str) -> bool {
    NATIONALITIES.1.contains(name)
}

/// `is_country` for a lower-case name ("united states").
pub fn is_country_lower(lower: &str) -> bool {
    NATIONALITIES.2.contains(lower)
}

/// Words that open a noun phrase which can be a subject whatever its head noun: articles,
/// possessives, demonstratives, quantifiers ("Some of the mayor's allies said").
pub static NOUN_PHRASE_OPENERS: WordList = word_list!("noun_phrase_openers.txt");

/// Units of time: "two weeks ago", "three years after".
pub static TIME_UNITS: WordList = word_list!("time_units.txt");
/// Speech verbs in "-s" that are plural nouns after a preposition ("In TV interviews").
pub static PLURAL_NOUN_CUES: WordList = word_list!("plural_noun_cues.txt");

/// Title abbreviations and the role each stands for: ("gov", "governor").
pub static ROLE_ABBREVIATIONS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| pairs(word_file!("role_abbreviations.txt")));

/// Words that end a sentence only rarely even though followed by a period: abbreviations.
pub static ABBREVIATIONS: WordList = word_list!("abbreviations.txt");

/// Participles that credit the clause after them to the sentence's subject: "X defended the
/// plan, saying (that) ...". AP-style attribution verbs in their -ing form, and the ones the
/// PolNeAR train split (tuning part) shows after a comma.
pub static SPEECH_PARTICIPLES: WordList = word_list!("speech_participles.txt");

/// Of those, the ones whose audience comes first: ", telling reporters that ...".
pub static AUDIENCE_PARTICIPLES: WordList = word_list!("audience_participles.txt");

/// Words that open a sentence or clause but are never part of who spoke: conjunctions,
/// subordinators and sentence adverbs ("However, officials said" / "When Trump said ..."). A
/// mention that starts with one is read without it. Closed-class English function words, plus
/// the openers that real news (the PolNeAR train split, FNC-1 bodies) showed as speakers.
pub static SENTENCE_OPENERS: WordList = word_list!("sentence_openers.txt");

/// Words that never name a speaker on their own, though they may start one ("Some analysts",
/// "Another official"): quantifiers, demonstratives, pronoun contractions. Closed-class
/// English function words.
pub static NOT_SPEAKERS: WordList = word_list!("not_speakers.txt");

/// Lines that are not prose (photo credits and the like) start with one of these.
pub static NON_PROSE_PREFIXES: WordList = word_list!("non_prose_prefixes.txt");

mod names;
pub use names::{FEMALE_NAMES, MALE_NAMES};

use std::sync::LazyLock;

use crate::words::{pairs, word_file, word_list, FastMap, FastSet, WordList};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// A two-field list whose second field is a gender ("male", "female", "unknown").
fn gendered(text: &'static str) -> Vec<(&'static str, Gender)> {
    pairs(text)
        .into_iter()
        .map(|(w, g)| {
            let g = match g {
                "male" => Gender::Male,
                "female" => Gender::Female,
                _ => Gender::Unknown,
            };
            (w, g)
        })
        .collect()
}

/// Looks a lower-case word (or phrase) up in a list.
pub fn is_in<L: crate::words::Lookup + ?Sized>(list: &L, word: &str) -> bool {
    list.has(word)
}

/// Speech and denial verbs as a set: they are looked up for every word of every sentence.
pub static VERBS: LazyLock<FastMap<&'static str, VerbKind>> = LazyLock::new(|| {
    let mut m: FastMap<&'static str, VerbKind> = SPEECH_VERBS
        .iter()
        .chain(QUOTE_ONLY_VERBS.iter())
        .map(|v| (*v, VerbKind::Speech))
        .collect();
    m.extend(
        DENIAL_VERBS
            .iter()
            .chain(LITERAL_DENIAL_VERBS.iter())
            .map(|v| (*v, VerbKind::Denial)),
    );
    m
});

/// The second words of the two-word verbs in VERBS ("out" of "pointed out"): only after one
/// of these does `mentions::words` look a word pair up, so most words cost no lookup.
pub static VERB_PARTICLES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    VERBS
        .keys()
        .filter_map(|v| v.split_once(' ').map(|(_, particle)| particle))
        .collect()
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbKind {
    Speech,
    Denial,
}

/// Roles by their first word, each as its words, longest first.
pub static ROLES_BY_FIRST: LazyLock<FastMap<&'static str, Vec<Vec<&'static str>>>> =
    LazyLock::new(|| {
        let mut m: FastMap<&'static str, Vec<Vec<&'static str>>> = FastMap::default();
        for r in ROLES.iter() {
            let words: Vec<&str> = r.split(' ').collect();
            m.entry(words[0]).or_default().push(words);
        }
        for v in m.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        m
    });

/// Gender from a first name, if the name is in the lists.
pub fn gender_of_first_name(first: &str) -> Gender {
    let f = first.to_lowercase();
    if is_in(&FEMALE_NAMES, &f) {
        Gender::Female
    } else if is_in(&MALE_NAMES, &f) {
        Gender::Male
    } else if is_in(&names::CENSUS_FEMALE_NAMES, &f) {
        Gender::Female
    } else if is_in(&names::CENSUS_MALE_NAMES, &f) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// Whether the lists know `word` as a first name: "Karen Wu" names a person, "Lake Wobegon" no one.
pub fn is_known_first_name(word: &str) -> bool {
    gender_of_first_name(word) != Gender::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nationalities_are_looked_up_both_ways() {
        assert_eq!(country_of_nationality("russian"), Some("Russia"));
        assert_eq!(country_of_nationality("american"), Some("United States"));
        assert_eq!(
            country_of_nationality("Russian"),
            None,
            "keys are lower case"
        );
        assert!(is_nationality("u.s."));
        assert!(!is_nationality("senator"));
        assert!(is_country("United States") && is_country("Russia"));
        assert!(!is_country("united states") && is_country_lower("united states"));
        assert!(!is_country("Texas"));
    }
}
