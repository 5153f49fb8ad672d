//! From NLI probabilities to labelled flags.
//!
//! - A claim is scored sentence by sentence (at most [`MAX_SENTENCES`] each), so long quotes are
//!   not truncated by the model; a pair's score is the best sentence pair. When a claim has
//!   several sentences, only sentence pairs that share a topic term are read: the model calls
//!   unrelated sentences a contradiction.
//! - Each sentence pair is scored in both directions, and each direction is read as a
//!   [`Reading::conflict`]: P(contradiction) − P(entailment) for a 3-label model, so a pair the
//!   model half reads as agreement does not count; P(contradiction) for a 2-label one. The
//!   combined score is the *minimum* of both directions: both readings must see a conflict. One
//!   direction alone over-fires on unrelated statements (Putin vs Kirby in the seed: 0.93 / 0.54).
//! - A denial act's text is the denied proposition P. With a 3-label model, a denial is flagged
//!   against a claim Q when Q asserts P: the *larger* of [`Reading::support`] (P(entailment) −
//!   P(contradiction)) for Q→P and P→Q, carried as both directions' score. With a 2-label model
//!   (no entailment), the model reads "It is not true that P" for conflict instead.
//! - With a 3-label model, two claims of the same polarity (neither or both negated) are
//!   compared only when they hold opposed words ("would stay open" / "plans to close",
//!   `data/words/opposites.txt`). Otherwise they are two details of one story, which an
//!   SNLI-trained model calls a contradiction because SNLI's two captions describe one photo: on
//!   50 judged flags of the FNC-1 bodies, 4 of 22 such flags were real disputes.
//! - With a 3-label model, a negated assertion set against a positive claim Q, when the negation
//!   is one auxiliary's ("were not used", "didn't", "cannot", "never"), is also read with the
//!   negation taken out ([`positive_form`]): when the model finds Q and that positive form
//!   neutral both ways, Q says nothing about what the negation denies, and the score is 0 (not
//!   for a negated report, "reports of his death are not accurate": its positive form is about
//!   the report, which the model does not relate to the event). On
//!   FNC-1's held-out stories this removed agree and discuss rows only (disagree precision 0.294
//!   -> 0.366, recall unchanged).
//! - Two denial acts, two claims that say nearly the same thing with the same polarity, or a
//!   claim and a longer cut of it, agree: they are never flagged, whatever the model says. A
//!   denial of a bare noun phrase ("denied the reports", "the ISIS claim") is never flagged
//!   either: it names nothing to compare. Nor is a claim that only cannot confirm or has no
//!   information ("he could not confirm that P"): it takes no side.
//! - A thresholds version may carry a fitted Platt calibration per label (see `calibrate`);
//!   the compared score is then the calibrated one ([`Thresholds::score`]).
//! - The label is `denial` when one side is a denial act, or a negated assertion ("no plans",
//!   "never") set against a positive one; otherwise `contradiction`.

use crate::article::Span;
use crate::claims::{segment, Claim, ClaimKind};
use crate::nli::Reading;
use crate::pairs::Candidate;
use crate::words::{word_file, word_list, WordList};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Sentences of a claim scored against each other, at most.
pub const MAX_SENTENCES: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Contradiction,
    Denial,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Contradiction => "contradiction",
            Label::Denial => "denial",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        match s {
            "contradiction" => Some(Label::Contradiction),
            "denial" => Some(Label::Denial),
            _ => None,
        }
    }
}

/// Decision thresholds per label, from a stored thresholds version (0 = built-in defaults).
/// A label may also carry a fitted logistic (Platt) calibration; its threshold then applies to
/// the calibrated score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    pub version: i64,
    pub contradiction: f32,
    pub denial: f32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platt_contradiction: Option<Platt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platt_denial: Option<Platt>,
}

/// Logistic calibration of a pair's score from logit P(a→b), logit P(b→a) and the topical
/// similarity: `sigmoid(w_ab·logit(p_ab) + w_ba·logit(p_ba) + w_sim·similarity + bias)`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Platt {
    pub w_ab: f32,
    pub w_ba: f32,
    pub w_sim: f32,
    pub bias: f32,
}

/// The features a Platt calibration reads.
pub fn platt_features(p_ab: f32, p_ba: f32, similarity: f32) -> [f64; 3] {
    let logit = |p: f32| {
        let p = (p as f64).clamp(1e-4, 1.0 - 1e-4);
        (p / (1.0 - p)).ln()
    };
    [logit(p_ab), logit(p_ba), similarity as f64]
}

impl Platt {
    pub fn apply(&self, p_ab: f32, p_ba: f32, similarity: f32) -> f32 {
        let x = platt_features(p_ab, p_ba, similarity);
        let z = self.w_ab as f64 * x[0]
            + self.w_ba as f64 * x[1]
            + self.w_sim as f64 * x[2]
            + self.bias as f64;
        (1.0 / (1.0 + (-z).exp())) as f32
    }
}

/// The threshold of a model with no decision threshold of its own (argmax): for a 2-label
/// model, P >= 0.5 is its argmax.
const ARGMAX_THRESHOLD: f32 = 0.5;

impl Thresholds {
    /// Version 0, before any calibration: the model's own decision threshold (config.json's
    /// `"contra": {"threshold": X}`; 0.8 for the bundled models) for every label. This is the
    /// one source of the default threshold.
    pub fn model_default(model_threshold: Option<f32>) -> Thresholds {
        Thresholds::uniform(0, model_threshold.unwrap_or(ARGMAX_THRESHOLD))
    }

    /// Version `version` with threshold `t` for every label and no calibration.
    pub fn uniform(version: i64, t: f32) -> Thresholds {
        Thresholds {
            version,
            contradiction: t,
            denial: t,
            platt_contradiction: None,
            platt_denial: None,
        }
    }

    pub fn get(&self, label: Label) -> f32 {
        match label {
            Label::Contradiction => self.contradiction,
            Label::Denial => self.denial,
        }
    }

    pub fn platt(&self, label: Label) -> Option<Platt> {
        match label {
            Label::Contradiction => self.platt_contradiction,
            Label::Denial => self.platt_denial,
        }
    }

    /// The score compared with the label's threshold: calibrated when the label has a Platt
    /// calibration, else both directions' minimum.
    pub fn score(&self, label: Label, p_ab: f32, p_ba: f32, similarity: f32) -> f32 {
        match self.platt(label) {
            Some(p) => p.apply(p_ab, p_ba, similarity),
            None => p_ab.min(p_ba),
        }
    }
}

/// The text the model sees for a claim's sentence: a denial act's proposition is negated only
/// for a model that cannot read entailment (see the module docs).
pub fn model_text(c: &Claim, sentence: &str, three_way: bool) -> String {
    if c.kind == ClaimKind::Denial && !three_way {
        format!("It is not true that {}", sentence.trim_end_matches('.'))
    } else {
        sentence.to_owned()
    }
}

/// A claim's sentences (at most [`MAX_SENTENCES`]), for sentence-level scoring: the
/// extractor's splitter, which knows abbreviations and initials ("Dr.", "U.S."); sentences
/// under 3 words are dropped unless nothing else is left.
pub fn sentences(text: &str) -> Vec<String> {
    let whole = Span::new(0, text.len());
    let mut out: Vec<String> = segment::sentences(text, whole, &[])
        .into_iter()
        .map(|s| s.slice(text).to_owned())
        .filter(|s| s.split_whitespace().count() >= 3)
        .collect();
    if out.is_empty() {
        out.push(text.trim().to_owned());
    }
    out.truncate(MAX_SENTENCES);
    out
}

pub use crate::claims::lexicon::negated;
use crate::claims::lexicon::{debunks, negation_core, negation_cue};

/// Which of two ways a claim may dispute something it holds: negated ("was not used"), and
/// calling a story false ("the video has proved to be a fake"). Two claims of one story that
/// differ in either are no two details of it: one may deny what the other says. Two ways, not
/// one: "the death rumors were a hoax" against "he will be missed but not forgotten" differ in
/// both.
fn polarity(text: &str) -> Polarity {
    (negated(text), debunks(text))
}

/// A claim's [`polarity`]: (negated, calls a story false).
type Polarity = (bool, bool);

/// A denial when one side is a denial act or the two differ in [`polarity`]; else a
/// contradiction.
pub fn label(a: &Claim, b: &Claim) -> Label {
    let denial_act = a.kind == ClaimKind::Denial || b.kind == ClaimKind::Denial;
    if denial_act || polarity(&a.text) != polarity(&b.text) {
        Label::Denial
    } else {
        Label::Contradiction
    }
}

/// Both directions of the best-scoring sentence pair.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PairScore {
    pub score: f32,
    pub p_ab: f32,
    pub p_ba: f32,
    /// Which sentence of each claim gave the score.
    pub sentence_a: usize,
    pub sentence_b: usize,
}

/// The score of one sentence pair `(i, j)` in both directions: `(a_i→b_j, b_j→a_i)`.
pub type SentencePair = ((usize, usize), (f32, f32));

/// Combines the sentence pairs of two claims.
pub fn combine(p: &[SentencePair]) -> PairScore {
    p.iter()
        .map(|&((i, j), (ab, ba))| PairScore {
            score: ab.min(ba),
            p_ab: ab,
            p_ba: ba,
            sentence_a: i,
            sentence_b: j,
        })
        .max_by(|x, y| x.score.total_cmp(&y.score))
        .unwrap_or(PairScore {
            score: 0.0,
            p_ab: 0.0,
            p_ba: 0.0,
            sentence_a: 0,
            sentence_b: 0,
        })
}

/// What the model must read for a set of candidate pairs: each claim as its sentences' model
/// texts, every sentence pair of every candidate in both directions, each distinct
/// (premise, hypothesis) input once.
#[derive(Debug, Default)]
pub struct ModelInputs {
    /// Distinct (premise, hypothesis) texts, in the order candidates first need them.
    pub texts: Vec<(String, String)>,
    /// Per candidate: how it is read, each of its sentence pairs' inputs, and for
    /// [`Rule::Negation`] the inputs of the positive form against each of the other claim's
    /// sentences, both ways.
    sentence_pairs: Vec<(Rule, Vec<SentenceInputs>, Vec<InputPair>)>,
}

/// The indices in `ModelInputs::texts` of one pair of texts read both ways.
type InputPair = (usize, usize);

/// How a candidate's model outputs become its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Both directions must conflict ([`Reading::conflict`], the minimum of the two).
    Conflict,
    /// A denial act against a claim: does the claim assert what was denied
    /// ([`Reading::support`], the larger of the two directions)?
    Asserts,
    /// The two sides agree by construction (two denials, or near-identical text with the same
    /// polarity): score 0, and the model is not asked.
    Agree,
    /// A denial of a bare noun phrase ("denied the reports", "rejected the claims") with no
    /// earlier claim it points back to: nothing to compare, score 0, and the model is not asked.
    NothingDenied,
    /// Two assertions of the same polarity without opposed words, under a 3-label model: two
    /// details of one story, not a conflict (see the module docs). Score 0, the model not asked.
    Unopposed,
    /// One side takes no side ("he could not confirm that P", "it had no information about"):
    /// it asserts nothing, so it contradicts nothing. Score 0, the model not asked.
    Noncommittal,
    /// A negated assertion ("P was not used") against a positive claim Q, under a 3-label
    /// model, when the negation is one auxiliary's ([`positive_form`]): read as [`Rule::Conflict`],
    /// and also Q against the positive form P+ ("P was used"). When the model reads P+ and Q as
    /// neutral both ways (neutral the likeliest label), Q says nothing about what the negation
    /// denies: the two are different details of one story, and the score is 0.
    Negation,
}

/// Phrases by which a speaker neither asserts nor denies (`data/words/noncommittal_phrases.txt`),
/// each padded with a space on either side, built once: `Rule::of` runs for every candidate.
static NONCOMMITTAL_PHRASES: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::words::entries(word_file!("noncommittal_phrases.txt"))
        .map(|p| format!(" {p} "))
        .collect()
});

/// Whether a claim only says its speaker cannot confirm or knows nothing: "he could not confirm
/// that Iraqi pilots had joined Islamic State".
pub fn noncommittal(text: &str) -> bool {
    // Words with their apostrophes ("couldn't"), one space apart.
    let words: Vec<String> = text
        .to_lowercase()
        .replace('’', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let joined = format!(" {} ", words.join(" "));
    NONCOMMITTAL_PHRASES
        .iter()
        .any(|p| joined.contains(p.as_str()))
}

/// Words that may stand before a denied object without saying anything: "the", "these", "media".
static DENIED_OBJECT_MODIFIERS: WordList = word_list!("denied_object_modifiers.txt");

/// Of a negated claim and a positive one, the negated one's positive form.
struct NegatedSide {
    positive: String,
    /// Whether the negated claim is the first of the two.
    first: bool,
}

/// The negated side of `a` and `b`, given whether each is negated (see [`positive_form`]);
/// `None` when both or neither are negated, or the negation has no positive form.
fn negated_side(a: &str, b: &str, negated: (bool, bool)) -> Option<NegatedSide> {
    let (text, first) = match negated {
        (true, false) => (a, true),
        (false, true) => (b, false),
        _ => return None,
    };
    if negates_a_report(text) {
        return None;
    }
    positive_form(text).map(|positive| NegatedSide { positive, first })
}

/// "Reports of Judd Nelson's death are not accurate", "the story is not true": a negation
/// whose subject is a report. Its positive form is about the report ("reports of his death
/// are accurate"), which the model reads as neutral to the event itself ("Judd Nelson found
/// dead"), so it says nothing about whether the other claim is disputed.
fn negates_a_report(text: &str) -> bool {
    text.split_whitespace()
        .map(negation_core)
        .take_while(|w| !negation_cue(w))
        .any(|w| crate::claims::lexicon::DENIED_OBJECTS.contains(&w.as_str()))
}

/// Auxiliaries whose "n't" is not the auxiliary plus "n't".
const IRREGULAR_NEGATIONS: [(&str, &str); 4] = [
    ("won't", "will"),
    ("can't", "can"),
    ("shan't", "shall"),
    ("cannot", "can"),
];

/// A one-sentence claim with its only negation taken out, when that negation belongs to an
/// auxiliary: "was not used" -> "was used", "didn't take place" -> "did take place", "cannot
/// confirm" -> "can confirm", "had never been" -> "had been". `None` for any other negation
/// ("no plans", "nobody", "without"), for two or more, and for more than one sentence: there
/// the positive form is not a matter of deleting a word.
pub fn positive_form(text: &str) -> Option<String> {
    use crate::claims::lexicon::PREDICATE_AUXILIARIES;
    if sentences(text).len() != 1 {
        return None;
    }
    // Whitespace-separated tokens with their byte ranges; the core is the lower-cased word
    // without the punctuation around it, with a straight apostrophe.
    let tokens: Vec<(usize, usize, String)> = text
        .split_whitespace()
        .map(|t| {
            let start = t.as_ptr() as usize - text.as_ptr() as usize;
            (start, start + t.len(), negation_core(t))
        })
        .collect();
    let mut cues = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| negation_cue(&t.2));
    let (k, (start, end, word)) = cues.next()?;
    if cues.next().is_some() {
        return None;
    }
    let auxiliary = |w: &str| PREDICATE_AUXILIARIES.contains(&w) || matches!(w, "do" | "am");
    let replaced = |with: &str| {
        // Keep the token's capital and the punctuation around the word.
        let token = &text[*start..*end];
        let at = token.find(|c: char| c.is_alphanumeric())?;
        let len = token[at..]
            .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .unwrap_or(token.len() - at);
        let mut w = with.to_owned();
        if token[at..].starts_with(char::is_uppercase) {
            w[..1].make_ascii_uppercase();
        }
        Some(format!(
            "{}{}{}{}",
            &text[..*start],
            &token[..at],
            w,
            &text[*start + at + len..]
        ))
    };
    // Drops token `k` and the space before it.
    let dropped = || {
        let from = if k == 0 { *start } else { tokens[k - 1].1 };
        let to = if k == 0 {
            tokens.get(1).map_or(*end, |t| t.0)
        } else {
            *end
        };
        Some(format!("{}{}", &text[..from], &text[to..]))
    };
    if let Some((_, base)) = IRREGULAR_NEGATIONS.iter().find(|(n, _)| n == word) {
        return replaced(base);
    }
    if let Some(base) = word.strip_suffix("n't").filter(|b| auxiliary(b)) {
        return replaced(base);
    }
    let after_auxiliary = k > 0 && auxiliary(&tokens[k - 1].2);
    match word.as_str() {
        "not" if after_auxiliary => dropped(),
        "never" => dropped(),
        _ => None,
    }
}

/// Whether a denial's proposition is only what was denied, named ("the reports", "these
/// allegations"), not what it said.
pub fn denies_nothing(proposition: &str) -> bool {
    use crate::claims::lexicon::DENIED_OBJECTS;
    // What it was called does not count: "the reports “incorrect” and “unfounded”", "the
    // rumor as “wildly inaccurate.”"
    let mut words = crate::words::lower_words(proposition)
        .filter(|w| {
            !DENIED_OBJECT_MODIFIERS.contains(&w.as_str())
                && !crate::claims::lexicon::calls_false(w)
                && !matches!(w.as_str(), "and" | "or" | "as")
        })
        .peekable();
    words.peek().is_some() && words.all(|w| DENIED_OBJECTS.contains(&w.as_str()))
        || whose_report(proposition)
}

/// "the ISIS claim", "Trump's claims", "the Daily Mirror report": a report named by whose it
/// is (capitalised words or a possessive before the report noun, which ends the phrase) names
/// no proposition either.
fn whose_report(proposition: &str) -> bool {
    use crate::claims::lexicon::DENIED_OBJECTS;
    let words: Vec<&str> = proposition
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    let whose = |w: &&str| {
        DENIED_OBJECT_MODIFIERS.contains(&w.to_lowercase().as_str())
            || w.starts_with(char::is_uppercase)
            || w.ends_with("'s")
            || w.ends_with("’s")
    };
    words.len() <= 6
        && DENIED_OBJECTS.contains(&last.to_lowercase().as_str())
        && !before.is_empty()
        && before.iter().all(whose)
        && before
            .iter()
            .any(|w| !DENIED_OBJECT_MODIFIERS.contains(&w.to_lowercase().as_str()))
}

impl Rule {
    /// Whether the model reads the pair's sentences.
    pub fn asks_model(self) -> bool {
        !matches!(
            self,
            Rule::Agree | Rule::NothingDenied | Rule::Unopposed | Rule::Noncommittal
        )
    }

    /// The rule for claims `a` and `b`, given whether the model reads entailment.
    pub fn of(a: &Claim, b: &Claim, three_way: bool) -> Rule {
        Rule::reading(a, b, three_way).0
    }

    /// The rule, and for [`Rule::Negation`] the negated claim's positive form.
    fn reading(a: &Claim, b: &Claim, three_way: bool) -> (Rule, Option<NegatedSide>) {
        let denials = [a, b]
            .iter()
            .filter(|c| c.kind == ClaimKind::Denial)
            .count();
        if noncommittal(&a.text) || noncommittal(&b.text) {
            return (Rule::Noncommittal, None);
        }
        let rule = match denials {
            2 => Rule::Agree,
            1 if three_way => Rule::Asserts,
            1 => Rule::Conflict,
            _ => {
                // Each claim's polarity, read once for the rules below.
                let (pa, pb) = (polarity(&a.text), polarity(&b.text));
                if same_words(&a.text, &b.text, pa == pb) {
                    Rule::Agree
                } else if !three_way {
                    Rule::Conflict
                } else if let Some(side) = negated_side(&a.text, &b.text, (pa.0, pb.0)) {
                    return (Rule::Negation, Some(side));
                } else if pa == pb && !opposed(&a.text, &b.text) {
                    // What `label` calls a contradiction (one polarity) needs opposed words.
                    Rule::Unopposed
                } else {
                    Rule::Conflict
                }
            }
        };
        (rule, None)
    }
}

/// Oppositions, one per line: the words of one side, "|", the words of the other.
static OPPOSITES: WordList = word_list!("opposites.txt");

/// Whether `a` and `b` hold opposed words: one text a word of one side of an opposition and
/// none of the other, the other text the reverse ("every rural hospital would stay open" / "the
/// ministry plans to close the hospital").
pub fn opposed(a: &str, b: &str) -> bool {
    let (wa, wb) = (word_set(a), word_set(b));
    OPPOSITES.iter().any(|line| {
        let Some((x, y)) = line.split_once('|') else {
            return false;
        };
        let has = |set: &std::collections::HashSet<String>, side: &str| {
            side.split_whitespace().any(|w| set.contains(w))
        };
        let (ax, ay, bx, by) = (has(&wa, x), has(&wa, y), has(&wb, x), has(&wb, y));
        (ax && !ay && by && !bx) || (ay && !ax && bx && !by)
    })
}

/// Word-set overlap (Jaccard, lower-cased words) at or above which two texts say the same thing.
const NEAR_IDENTICAL: f32 = 0.8;
/// Share of the shorter text's words found in the longer at or above which the shorter is a
/// part of the longer (one outlet quotes a sentence more than another).
const CONTAINED: f32 = 0.9;
/// Words the shorter text needs for containment to count: "No." is inside every denial.
const CONTAINED_MIN_WORDS: usize = 5;

fn word_set(t: &str) -> std::collections::HashSet<String> {
    crate::words::lower_words(t).collect()
}

/// Whether two texts say the same thing, so they never contradict (word sets built once):
/// - the same words, give or take a few, with the same polarity (syndicated copies, a quote
///   repeated with a word changed): Jaccard ≥ [`NEAR_IDENTICAL`];
/// - or both hold one sentence word for word ([`shares_a_sentence`]);
/// - or one is the other with more around it (a longer cut of the same quote): ≥ [`CONTAINED`]
///   of the shorter's words (at least [`CONTAINED_MIN_WORDS`]) are in the longer. The longer
///   then says the shorter, with the same polarity, or whatever polarity when it adds a
///   sentence's worth of words (its negation is about something else). "The Americans never
///   proposed X" is not a longer cut of "The Americans proposed X".
pub fn says_the_same(a: &str, b: &str) -> bool {
    same_words(a, b, polarity(a) == polarity(b))
}

/// [`says_the_same`], given whether the two texts have the same [`polarity`].
fn same_words(a: &str, b: &str, same_polarity: bool) -> bool {
    if shares_a_sentence(a, b) {
        return true;
    }
    let (wa, wb) = (word_set(a), word_set(b));
    let shared = wa.intersection(&wb).count() as f32;
    let union = wa.union(&wb).count();
    let (shorter, longer) = (wa.len().min(wb.len()), wa.len().max(wb.len()));
    let near_identical = union > 0 && shared / union as f32 >= NEAR_IDENTICAL;
    let contained = shorter >= CONTAINED_MIN_WORDS && shared / shorter as f32 >= CONTAINED;
    (same_polarity && near_identical)
        || (contained && (same_polarity || longer - shorter >= CONTAINED_MIN_WORDS))
}

/// Words a sentence needs for two claims that both hold it word for word to be two cuts of one
/// quote ("I am the sun from Teletubbies ..." reported by two outlets, under two names).
const SHARED_SENTENCE_MIN_WORDS: usize = 8;

/// Whether `a` and `b` hold the same sentence of [`SHARED_SENTENCE_MIN_WORDS`] words or more,
/// word for word: they are one utterance reported twice, whatever else each cut adds.
fn shares_a_sentence(a: &str, b: &str) -> bool {
    let long_sentences = |t: &str| -> Vec<Vec<String>> {
        sentences(t)
            .iter()
            .map(|s| crate::words::lower_words(s).collect::<Vec<String>>())
            .filter(|w| w.len() >= SHARED_SENTENCE_MIN_WORDS)
            .collect()
    };
    let sa = long_sentences(a);
    !sa.is_empty() && long_sentences(b).iter().any(|s| sa.contains(s))
}

/// Which sentence pairs of two claims the model reads. With one sentence each, the pair. With
/// more, only pairs that share a topic term: unrelated sentences of two long quotes are what an
/// SNLI-trained model calls a contradiction (SNLI's two captions describe one photo), and the
/// best sentence pair would carry that to the claims. When no pair shares a term, none is read.
fn related_sentences<'s>(a: &'s [String], b: &'s [String]) -> impl Fn(usize, usize) -> bool + 's {
    let single = a.len() == 1 && b.len() == 1;
    let ta: Vec<Vec<String>> = a.iter().map(|s| crate::pairs::terms(s)).collect();
    let tb: Vec<Vec<String>> = b.iter().map(|s| crate::pairs::terms(s)).collect();
    move |i, j| single || ta[i].iter().any(|t| tb[j].binary_search(t).is_ok())
}

/// The index in `order` of a (premise, hypothesis) input, added the first time it is needed.
fn intern<'t>(
    index: &mut HashMap<(&'t str, &'t str), usize>,
    order: &mut Vec<(&'t str, &'t str)>,
    key: (&'t str, &'t str),
) -> usize {
    *index.entry(key).or_insert_with(|| {
        order.push(key);
        order.len() - 1
    })
}

/// Sentence pair `(i, j)` of a candidate, with the indices in `ModelInputs::texts` of a_i→b_j
/// and b_j→a_i.
type SentenceInputs = ((usize, usize), (usize, usize));

impl ModelInputs {
    /// The inputs of `candidates` over `claims` (the list the candidates index into), for a
    /// model that reads entailment (`three_way`) or not.
    pub fn new(claims: &[Claim], candidates: &[Candidate], three_way: bool) -> ModelInputs {
        let nothing_denied =
            |c: &Claim| c.kind == ClaimKind::Denial && denies_nothing(c.proposition(claims));
        let (rules, negated_sides): (Vec<Rule>, Vec<Option<NegatedSide>>) = candidates
            .iter()
            .map(|p| {
                let (a, b) = (&claims[p.a], &claims[p.b]);
                if nothing_denied(a) || nothing_denied(b) {
                    (Rule::NothingDenied, None)
                } else {
                    Rule::reading(a, b, three_way)
                }
            })
            .unzip();
        let mut sentences: HashMap<usize, Vec<String>> = HashMap::new();
        // Claims that only appear in agreeing pairs are never split: the model is not asked.
        let asked = candidates
            .iter()
            .zip(&rules)
            .filter(|(_, &r)| r.asks_model());
        for i in asked.flat_map(|(p, _)| [p.a, p.b]) {
            sentences.entry(i).or_insert_with(|| {
                let c = &claims[i];
                self::sentences(c.proposition(claims))
                    .iter()
                    .map(|s| model_text(c, s, three_way))
                    .collect()
            });
        }
        let mut index: HashMap<(&str, &str), usize> = HashMap::new();
        let mut order: Vec<(&str, &str)> = Vec::new();
        let mut sentence_pairs = Vec::with_capacity(candidates.len());
        for ((p, &rule), side) in candidates.iter().zip(&rules).zip(&negated_sides) {
            let mut v = Vec::new();
            let mut w = Vec::new();
            if !rule.asks_model() {
                sentence_pairs.push((rule, v, w));
                continue;
            }
            if let Some(NegatedSide { positive, first }) = side {
                // The positive form against each sentence of the other claim.
                let other = if *first { p.b } else { p.a };
                for s in &sentences[&other] {
                    let [ab, ba] = [
                        (positive.as_str(), s.as_str()),
                        (s.as_str(), positive.as_str()),
                    ]
                    .map(|key| intern(&mut index, &mut order, key));
                    w.push((ab, ba));
                }
            }
            let (sa_all, sb_all) = (&sentences[&p.a], &sentences[&p.b]);
            let related = related_sentences(sa_all, sb_all);
            for (i, sa) in sa_all.iter().enumerate() {
                for (j, sb) in sb_all.iter().enumerate() {
                    if !related(i, j) {
                        continue;
                    }
                    let [ab, ba] = [(sa.as_str(), sb.as_str()), (sb.as_str(), sa.as_str())]
                        .map(|key| intern(&mut index, &mut order, key));
                    v.push(((i, j), (ab, ba)));
                }
            }
            sentence_pairs.push((rule, v, w));
        }
        let texts = order
            .into_iter()
            .map(|(p, h)| (p.to_owned(), h.to_owned()))
            .collect();
        ModelInputs {
            texts,
            sentence_pairs,
        }
    }

    /// Each candidate's best sentence pair, given the model's reading of every input in
    /// `texts`.
    pub fn combine(&self, readings: &[Reading]) -> Vec<PairScore> {
        self.sentence_pairs
            .iter()
            .map(|(rule, v, positive)| {
                // Neutral the likeliest label both ways, for the positive form against every
                // sentence of the other claim: nothing of it is disputed.
                let neutral = |r: Reading| {
                    let e = r.entailment.unwrap_or(0.0);
                    1.0 - e - r.contradiction > e.max(r.contradiction)
                };
                if *rule == Rule::Negation
                    && !positive.is_empty()
                    && positive
                        .iter()
                        .all(|&(ab, ba)| neutral(readings[ab]) && neutral(readings[ba]))
                {
                    return combine(&[]);
                }
                let per_sentence: Vec<SentencePair> = v
                    .iter()
                    .map(|&(ij, (ab, ba))| {
                        let (ab, ba) = (readings[ab], readings[ba]);
                        let scores = match rule {
                            Rule::Asserts => {
                                let s =
                                    ab.support().unwrap_or(0.0).max(ba.support().unwrap_or(0.0));
                                (s, s)
                            }
                            _ => (ab.conflict(), ba.conflict()),
                        };
                        (ij, scores)
                    })
                    .collect();
                combine(&per_sentence)
            })
            .collect()
    }
}

/// A candidate pair judged: its label, both directions, the score compared with the label's
/// threshold, and that threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    pub label: Label,
    pub score: f32,
    pub p_ab: f32,
    pub p_ba: f32,
    pub similarity: f32,
    pub threshold: f32,
}

impl Verdict {
    /// Judges claims `a` and `b` from their best sentence pair.
    pub fn new(a: &Claim, b: &Claim, best: PairScore, similarity: f32, t: &Thresholds) -> Verdict {
        let label = label(a, b);
        Verdict {
            label,
            score: t.score(label, best.p_ab, best.p_ba, similarity),
            p_ab: best.p_ab,
            p_ba: best.p_ba,
            similarity,
            threshold: t.get(label),
        }
    }

    pub fn flagged(&self) -> bool {
        self.score >= self.threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions_must_agree() {
        let s = combine(&[((0, 0), (0.93, 0.54)), ((0, 1), (0.7, 0.75))]);
        assert_eq!((s.score, s.sentence_b), (0.7, 1));
    }

    #[test]
    fn two_cuts_of_one_quote_say_the_same() {
        let a = "I used to hide it but my friends gave me the confidence to come out with it. I am the sun from the show. I have not changed much.";
        let b = "So I have decided it is time to tell everyone. I used to hide it but my friends gave me the confidence to come out with it.";
        assert!(says_the_same(a, b));
        // A short sentence in common is no quote: "No." is in every denial.
        assert!(!says_the_same(
            "The plan will not work. It is over.",
            "The plan will work. It is over."
        ));
        let q = claim(ClaimKind::Quote, a);
        let r = claim(ClaimKind::Reported, b);
        assert_eq!(Rule::of(&q, &r, true), Rule::Agree);
    }

    #[test]
    fn a_negation_by_an_auxiliary_has_a_positive_form() {
        for (negated, positive) in [
            (
                "mushrooms from the garden are not used in the palace kitchens",
                "mushrooms from the garden are used in the palace kitchens",
            ),
            (
                "Gill Rosenberg wasn’t captured.",
                "Gill Rosenberg was captured.",
            ),
            ("“Didn't happen,” he said", "“Did happen,” he said"),
            ("the talks won't resume", "the talks will resume"),
            ("we cannot confirm it", "we can confirm it"),
            ("Bale had never been cast", "Bale had been cast"),
            ("Never again", "again"),
        ] {
            assert_eq!(
                positive_form(negated).as_deref(),
                Some(positive),
                "{negated}"
            );
        }
        // A negated report: no positive form is asked for.
        let report = claim(ClaimKind::Reported, "Reports of his death are not accurate");
        let event = claim(ClaimKind::Reported, "the actor was found dead in his home");
        assert_eq!(Rule::of(&report, &event, true), Rule::Conflict);
        assert!(!negates_a_report(
            "the actor was not found dead, the report said"
        ));
        assert!(negates_a_report("The president’s report isn’t accurate"));
        for text in [
            // Not an auxiliary's negation: no word to delete.
            "there are no plans to divvy up the labor",
            "nobody was hurt",
            "Not a single scene was staged",
            // Two negations, or two sentences.
            "he did not say he would not run",
            "The bridge is not safe. It was never inspected.",
            // Nothing negated.
            "the bridge is safe",
        ] {
            assert_eq!(positive_form(text), None, "{text}");
        }
    }

    #[test]
    fn a_negation_is_vetoed_when_its_positive_form_is_neutral_to_the_other_claim() {
        let neg = claim(
            ClaimKind::Reported,
            "mushrooms from the garden are not used in the kitchens",
        );
        let pos = claim(
            ClaimKind::Reported,
            "there are hundreds of fungi species in the garden",
        );
        assert_eq!(Rule::of(&neg, &pos, true), Rule::Negation);
        // Only a model that reads entailment.
        assert_eq!(Rule::of(&neg, &pos, false), Rule::Conflict);
        let claims = [neg, pos];
        let cands = [Candidate {
            a: 0,
            b: 1,
            similarity: 0.5,
        }];
        let inputs = ModelInputs::new(&claims, &cands, true);
        let positive = "mushrooms from the garden are used in the kitchens";
        assert!(
            inputs.texts.iter().any(|(p, _)| p == positive),
            "{:?}",
            inputs.texts
        );
        let conflict = Reading {
            contradiction: 0.95,
            entailment: Some(0.01),
        };
        let neutral = Reading {
            contradiction: 0.05,
            entailment: Some(0.05),
        };
        let asserts = Reading {
            contradiction: 0.02,
            entailment: Some(0.7),
        };
        let read = |positive_reading: Reading| -> Vec<Reading> {
            inputs
                .texts
                .iter()
                .map(|(p, h)| {
                    if p == positive || h == positive {
                        positive_reading
                    } else {
                        conflict
                    }
                })
                .collect()
        };
        // The other claim says nothing about what the negation denies: no conflict.
        assert_eq!(inputs.combine(&read(neutral))[0].score, 0.0);
        // It asserts it (one way is enough): the conflict stands.
        let mut readings = read(asserts);
        let ba = inputs
            .texts
            .iter()
            .position(|(_, h)| h == positive)
            .unwrap();
        readings[ba] = neutral;
        assert!((inputs.combine(&readings)[0].score - 0.94).abs() < 1e-6);
    }

    #[test]
    fn sentences_split_and_cap() {
        assert_eq!(
            sentences("We are ready. The U.S. Army agreed. Short. And one more here. Five five five. Six six six."),
            ["We are ready.", "The U.S. Army agreed.", "And one more here.", "Five five five."]
        );
    }

    fn claim(kind: ClaimKind, text: &str) -> Claim {
        Claim {
            id: text.into(),
            ..Claim::test("a", "s", kind, text)
        }
    }

    fn reading(e: f32, c: f32) -> Reading {
        Reading {
            contradiction: c,
            entailment: Some(e),
        }
    }

    #[test]
    fn rules_follow_the_claims_kinds_and_the_model() {
        use ClaimKind::*;
        let q = claim(Quote, "The Americans proposed a division of labor");
        let d = claim(Denial, "the Americans proposed a division of labor");
        let other = claim(
            Reported,
            "The talks collapsed on Tuesday after a long night",
        );
        assert_eq!(Rule::of(&q, &d, true), Rule::Asserts);
        assert_eq!(Rule::of(&d, &q, false), Rule::Conflict);
        assert_eq!(Rule::of(&d, &d, true), Rule::Agree);
        // Whoever cannot confirm takes no side.
        let unsure = claim(
            ClaimKind::Reported,
            "he could not confirm that Iraqi pilots had joined Islamic State",
        );
        let pilots = claim(
            ClaimKind::Reported,
            "Iraqi pilots who joined Islamic State are training its members",
        );
        assert_eq!(Rule::of(&unsure, &pilots, true), Rule::Noncommittal);
        assert_eq!(Rule::of(&pilots, &unsure, false), Rule::Noncommittal);
        assert!(noncommittal(
            "U.S. officials said they had no information about the leader"
        ));
        assert!(noncommittal(
            "The Pentagon couldn\u{2019}t confirm the report"
        ));
        assert!(!noncommittal(
            "We are certainly not aware of Banksy being arrested"
        ));
        assert!(!noncommittal("the report could not be more wrong"));
        // Two assertions of one polarity are compared only when they hold opposed words (a
        // 2-label model compares them all).
        assert_eq!(Rule::of(&q, &other, true), Rule::Unopposed);
        assert_eq!(Rule::of(&q, &other, false), Rule::Conflict);
        let open = claim(Quote, "Every rural hospital would stay open");
        let close = claim(Reported, "the ministry plans to close the rural hospital");
        assert_eq!(Rule::of(&open, &close, true), Rule::Conflict);
        // A claim that calls the story false disputes it as a negated one does: the model
        // reads the pair, and the label is a denial.
        let video = claim(
            Reported,
            "Here is video of a bird pooping on Vladimir Putin",
        );
        let fake = claim(
            Reported,
            "A video of Putin being pooped on by a bird has proved to be a fake",
        );
        assert_eq!(Rule::of(&video, &fake, true), Rule::Conflict);
        assert_eq!(label(&video, &fake), Label::Denial);
        let also_fake = claim(Quote, "The bird video is a hoax");
        assert_eq!(Rule::of(&fake, &also_fake, true), Rule::Unopposed);
        // Calling a story false and negating a verb are two ways: a claim with one and a claim
        // with the other differ, not agree.
        let hoax = claim(
            Reported,
            "Rumors of the actor's death were revealed to be a hoax",
        );
        let mourned = claim(
            Quote,
            "The actor died on Sunday. He will be missed but not forgotten.",
        );
        assert_eq!(Rule::of(&hoax, &mourned, true), Rule::Conflict);
        // "false" is a negation already, not a second way of disputing.
        let false_alarm = claim(Reported, "there have been 5,000 false alarms about Ebola");
        let cannot = claim(Quote, "Mosul doesn't have the capability to diagnose Ebola");
        assert_eq!(Rule::of(&false_alarm, &cannot, true), Rule::Unopposed);
        // The same sentence, once called fake, is no copy of it.
        let story = claim(
            Reported,
            "a family in the town of Purdon has the Ebola virus",
        );
        let called_fake = claim(
            Quote,
            "a family in the town of Purdon has the Ebola virus is fake",
        );
        assert_eq!(Rule::of(&story, &called_fake, true), Rule::Conflict);
        assert!(opposed("the hospital closed", "the hospital reopened"));
        assert!(!opposed("the hospital closed and reopened", "it reopened"));
        // The same words by two speakers agree; with the polarity flipped they conflict, read
        // also against the positive form when the negation has one.
        let copy = claim(Reported, "the Americans proposed a division of labor.");
        assert_eq!(Rule::of(&q, &copy, true), Rule::Agree);
        let flipped = claim(Quote, "The Americans never proposed a division of labor");
        assert_eq!(Rule::of(&q, &flipped, true), Rule::Negation);
        let no_plans = claim(Quote, "There were no plans for a division of labor");
        assert_eq!(Rule::of(&q, &no_plans, true), Rule::Conflict);
        // A longer cut of the same quote agrees with it, even when what it adds is negative.
        let longer = claim(
            Quote,
            "The Americans proposed a division of labor. We did not accept it, and nobody asked us again.",
        );
        assert_eq!(Rule::of(&q, &longer, true), Rule::Agree);
        // A denial of a bare noun phrase names nothing to compare.
        assert!(denies_nothing("the reports"));
        assert!(denies_nothing("these media reports"));
        assert!(denies_nothing("that rumor"));
        assert!(!denies_nothing("that he lied"));
        assert!(!denies_nothing("the reports of a merger were true"));
        assert!(!denies_nothing("Bale quit"));
        // What it was called is no proposition: "called the reports “incorrect” and “unfounded”".
        assert!(denies_nothing("the reports “incorrect” and “unfounded,”"));
        assert!(denies_nothing("the accusation completely false"));
        assert!(denies_nothing("the rumor as “wildly inaccurate.”"));
        assert!(denies_nothing("the story \"mere propaganda\""));
        assert!(denies_nothing("the report merely speculation"));
        assert!(!denies_nothing("the U.S. proposed a joint offensive"));
        // Whose report it is names no proposition either.
        assert!(denies_nothing("the ISIS claim"));
        assert!(denies_nothing("Trump's claims"));
        assert!(denies_nothing("the Daily Mirror report"));
        assert!(!denies_nothing("Russia staged the report"));
        assert!(!denies_nothing("the Russian army shelled the post"));
    }

    #[test]
    fn a_denial_is_read_as_entailment_and_agreement_never_conflicts() {
        use ClaimKind::*;
        let claims = [
            claim(Quote, "The plant will close in March"),
            claim(Denial, "the plant will close"),
            claim(Quote, "The plant will stay open"),
            claim(Quote, "The plant will close in March."),
            claim(Quote, "Output rose by a third last year"),
        ];
        let cand = |a, b| Candidate {
            a,
            b,
            similarity: 0.5,
        };
        let inputs = ModelInputs::new(
            &claims,
            &[cand(0, 1), cand(0, 2), cand(0, 3), cand(0, 4)],
            true,
        );
        // A 3-label model reads the denied proposition as it is, not negated.
        assert!(inputs
            .texts
            .iter()
            .all(|(p, h)| !p.contains("not true") && !h.contains("not true")));
        // The near-identical pair and the two details of one story (same polarity, nothing
        // opposed) are never sent to the model.
        assert_eq!(inputs.texts.len(), 4);
        let readings: Vec<Reading> = inputs
            .texts
            .iter()
            .map(|(p, h)| match (p.contains("close"), h.contains("close")) {
                // Quote → denied proposition: entailed one way only.
                (true, true) if p.contains("March") => reading(0.9, 0.05),
                (true, true) => reading(0.3, 0.1),
                // Torn between conflict and agreement one way.
                (true, false) => reading(0.45, 0.55),
                _ => reading(0.0, 0.9),
            })
            .collect();
        let scores = inputs.combine(&readings);
        assert!((scores[0].score - 0.85).abs() < 1e-6, "{:?}", scores[0]);
        assert!((scores[1].score - 0.1).abs() < 1e-6, "{:?}", scores[1]);
        assert_eq!(scores[2].score, 0.0);
        assert_eq!(scores[3].score, 0.0);
    }

    #[test]
    fn negation_cues() {
        assert!(negated("no plans militarily to divvy up the labor"));
        assert!(negated("We didn't agree"));
        assert!(!negated("The Americans suggested a division of labor"));
        // A curly apostrophe and "cannot" negate as "didn't" and "can not" do.
        assert!(negated("We didn’t agree"));
        assert!(negated("“Wasn’t it obvious”"));
        assert!(negated("The ministry cannot confirm the figures"));
        assert!(!negated("The canon was fired at noon"));
    }
}
