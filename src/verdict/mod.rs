//! From NLI probabilities to labelled flags.
//!
//! - A claim is scored sentence by sentence (at most [`MAX_SENTENCES`] each), so long quotes are
//!   not truncated by the model; a pair's score is the best sentence pair.
//! - Each sentence pair is scored in both directions. The combined score is the *minimum* of
//!   P(contradiction | a→b) and P(contradiction | b→a): both readings must see a conflict. One
//!   direction alone over-fires on unrelated statements (Putin vs Kirby in the seed: 0.93 / 0.54).
//! - A denial claim's text is the denied proposition; the model sees "It is not true that ...",
//!   which is what the speaker asserts.
//! - A thresholds version may carry a fitted Platt calibration per label (see `calibrate`);
//!   the compared score is then the calibrated one ([`Thresholds::score`]).
//! - The label is `denial` when one side is a denial act, or a negated assertion ("no plans",
//!   "never") set against a positive one; otherwise `contradiction`.

use crate::claims::{Claim, ClaimKind};
use serde::{Deserialize, Serialize};

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

/// The built-in defaults: 0.8, the default model's own decision threshold (P 0.935 / R 0.894
/// for contradiction on the SNLI test set).
pub const DEFAULT_THRESHOLD: f32 = 0.8;

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            version: 0,
            contradiction: DEFAULT_THRESHOLD,
            denial: DEFAULT_THRESHOLD,
            platt_contradiction: None,
            platt_denial: None,
        }
    }
}

impl Thresholds {
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

/// The text the model sees for a claim's sentence.
pub fn model_text(c: &Claim, sentence: &str) -> String {
    if c.kind == ClaimKind::Denial {
        format!("It is not true that {}", sentence.trim_end_matches('.'))
    } else {
        sentence.to_owned()
    }
}

/// A claim's sentences (at most [`MAX_SENTENCES`]), for sentence-level scoring.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1) == Some(&b' ')
            && bytes.get(i + 2).is_some_and(|c| c.is_ascii_uppercase())
            && !text[start..i].ends_with(|c: char| c.is_ascii_uppercase())
        {
            out.push(text[start..=i].trim().to_owned());
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
    out.retain(|s| s.split_whitespace().count() >= 3);
    if out.is_empty() {
        out.push(text.trim().to_owned());
    }
    out.truncate(MAX_SENTENCES);
    out
}

const NEGATION_CUES: &[&str] = &[
    "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "n't", "without",
    "denied", "deny", "denies", "false", "untrue",
];

/// Whether a claim is a negated assertion.
pub fn negated(text: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| {
            let w = w.to_lowercase();
            NEGATION_CUES.contains(&w.as_str()) || w.ends_with("n't")
        })
}

pub fn label(a: &Claim, b: &Claim) -> Label {
    let denial_act = a.kind == ClaimKind::Denial || b.kind == ClaimKind::Denial;
    if denial_act || negated(&a.text) != negated(&b.text) {
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

/// P(contradiction) of one sentence pair `(i, j)` in both directions: `(a_i→b_j, b_j→a_i)`.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions_must_agree() {
        let s = combine(&[((0, 0), (0.93, 0.54)), ((0, 1), (0.7, 0.75))]);
        assert_eq!((s.score, s.sentence_b), (0.7, 1));
    }

    #[test]
    fn sentences_split_and_cap() {
        assert_eq!(
            sentences("We are ready. The U.S. Army agreed. Short. And one more here. Five five five. Six six six."),
            ["We are ready.", "The U.S. Army agreed.", "And one more here.", "Five five five."]
        );
    }

    #[test]
    fn negation_cues() {
        assert!(negated("no plans militarily to divvy up the labor"));
        assert!(negated("We didn't agree"));
        assert!(!negated("The Americans suggested a division of labor"));
    }
}
