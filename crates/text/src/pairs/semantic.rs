//! The semantic test of "about the same thing": sentence embeddings of both claims.
//!
//! The term prefilter (`candidates`) lets through pairs that share a few words of one story but
//! say things about different matters: "the long-awaited Apple Watch on September 9" against
//! "the Apple Watch will begin to be sold ... in early 2015", a denial that a conversation
//! happened against "the pesky rodents have invaded the accessories closet". Given two unrelated
//! sentences, an NLI model that must choose between entailment and contradiction often says
//! contradiction. A sentence encoder (all-MiniLM-L6-v2, `models/all-minilm-l6-v2`) puts such
//! pairs far apart; pairs below [`DEFAULT_MIN_SEMANTIC`] never reach the model.

use super::Candidate;
use crate::claims::Claim;
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The directory name of the bundled encoder under models/.
pub const DEFAULT_ENCODER: &str = "all-minilm-l6-v2";

/// The least cosine of two claims' embeddings for a pair to be scored. Chosen on FNC-1
/// training headlines (stories outside `scripts/fnc_split.py`'s held-out part): about 4% of
/// headline pairs of one story fall below 0.3, and about 92% of pairs of two different
/// stories do. It leans to recall: a contradiction often shares few words and little
/// meaning-space with what it contradicts ("We have made a fair offer of six percent" against
/// "Nobody from the authority has offered us any raise at all": 0.39), and the model still
/// judges every pair that passes. 0.4 dropped that fixture pair and real denials of FNC-1
/// stories.
pub const DEFAULT_MIN_SEMANTIC: f32 = 0.3;

/// Sentence embeddings: one unit-length vector per text, so that a dot product is a cosine.
pub trait SentenceEncoder: std::fmt::Debug {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>>;
}

/// Loads a sentence encoder from a directory, with this many threads (default: one per core).
/// Only `contra-core`, which links libtorch, has one.
pub type EncoderLoader<'a> =
    &'a (dyn Fn(&Path, Option<usize>) -> Result<Box<dyn SentenceEncoder>> + Sync);

/// What to tell a user whose encoder did not load: the semantic prefilter's encoder is no NLI
/// model, so `--model` is not the fix.
pub fn load_failure(e: &Error) -> String {
    match e {
        Error::ModelMissing { path } => format!(
            "sentence encoder not found: {} does not exist\n  hint: run scripts/setup.sh (it installs models/{DEFAULT_ENCODER}), pass --encoder DIR, or --no-semantic to score without the semantic prefilter",
            path.display()
        ),
        e => format!(
            "{e}\n  (this is the sentence encoder of the semantic prefilter: pass --encoder DIR, or --no-semantic to score without it)"
        ),
    }
}

/// Where the bundled encoder lives: $CONTRA_ENCODER, else models/all-minilm-l6-v2 (next to the
/// working directory, else the workspace's).
pub fn default_encoder_dir() -> PathBuf {
    crate::nli::installed_model_dir("CONTRA_ENCODER", DEFAULT_ENCODER)
}

/// Keeps the candidates whose two claims' embeddings have a cosine of at least `min`, in their
/// order, and says how many it dropped. A claim is embedded by what it puts forward
/// ([`Claim::proposition`]: for "Jones rejected that claim", the claim rejected), each distinct
/// text once.
pub fn on_topic(
    claims: &[Claim],
    candidates: &mut Vec<Candidate>,
    encoder: &dyn SentenceEncoder,
    min: f32,
) -> Result<usize> {
    if candidates.is_empty() || min <= -1.0 {
        return Ok(0);
    }
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut texts: Vec<&str> = Vec::new();
    for p in candidates.iter() {
        for c in [p.a, p.b] {
            let t = claims[c].proposition(claims);
            index.entry(t).or_insert_with(|| {
                texts.push(t);
                texts.len() - 1
            });
        }
    }
    let vectors = encoder.embed(&texts)?;
    let vector = |c: usize| &vectors[index[claims[c].proposition(claims)]];
    let given = candidates.len();
    candidates.retain(|p| cosine(vector(p.a), vector(p.b)) >= min);
    Ok(given - candidates.len())
}

/// The dot product of two unit vectors.
fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each text's vector is the unit vector of its first letter: texts that start alike are
    /// the same topic.
    #[derive(Debug)]
    struct FirstLetter;

    impl SentenceEncoder for FirstLetter {
        fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
            Ok(texts
                .iter()
                .map(|t| {
                    let mut v = vec![0.0; 26];
                    let k = t
                        .bytes()
                        .next()
                        .map_or(0, |b| (b.to_ascii_lowercase() - b'a') % 26);
                    v[k as usize] = 1.0;
                    v
                })
                .collect())
        }
    }

    fn claim(text: &str) -> Claim {
        Claim::test("a1", "s1", crate::claims::ClaimKind::Quote, text)
    }

    #[test]
    fn pairs_whose_embeddings_are_far_apart_are_dropped_in_order() {
        let claims = [claim("apples"), claim("avocados"), claim("bananas")];
        let pair = |a, b| Candidate {
            a,
            b,
            similarity: 0.5,
        };
        let mut kept = vec![pair(0, 2), pair(0, 1), pair(1, 2)];
        let dropped = on_topic(&claims, &mut kept, &FirstLetter, DEFAULT_MIN_SEMANTIC).unwrap();
        assert_eq!(kept, vec![pair(0, 1)]);
        assert_eq!(dropped, 2);
        // A denial that points back ("that claim") is embedded as the claim it denies.
        let mut points_back = claim("that claim");
        points_back.denies_at = Some(0);
        let claims = [claim("apples"), points_back];
        let mut kept = vec![pair(0, 1)];
        on_topic(&claims, &mut kept, &FirstLetter, DEFAULT_MIN_SEMANTIC).unwrap();
        assert_eq!(kept.len(), 1);
        let claims = [claim("apples"), claim("avocados"), claim("bananas")];
        // No threshold: nothing is dropped.
        let mut kept = vec![pair(0, 2)];
        let dropped = on_topic(&claims, &mut kept, &FirstLetter, -1.0).unwrap();
        assert_eq!((kept.len(), dropped), (1, 0));
    }
}
