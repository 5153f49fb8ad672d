//! Evaluating a model on labelled pairs: contradiction-vs-rest precision/recall/F1, and 3-way
//! accuracy when the model predicts entailment / neutral / contradiction.

use super::config::{CONTRADICTION, ENTAILMENT};
use super::data::LabelledPair;
use super::{NliScores, Reading};
use serde::Serialize;

/// How a prediction counts as "contradiction".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decision {
    /// The contradiction label has the highest probability.
    Argmax,
    /// [`Reading::conflict`] ≥ the threshold: P(contradiction) − P(entailment) for a 3-label
    /// model, P(contradiction) for a 2-label one.
    Threshold(f32),
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BinaryMetrics {
    pub decision: String,
    /// The P(contradiction) threshold, or `None` for argmax.
    pub threshold: Option<f32>,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub tn: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Of the pairs whose gold label is entailment, the share predicted contradiction.
    pub entailment_flagged: f64,
}

/// Contradiction against everything else.
pub fn contradiction_metrics(
    gold: &[LabelledPair],
    scores: &[NliScores],
    contradiction: usize,
    entailment: Option<usize>,
    decision: Decision,
) -> BinaryMetrics {
    let (mut tp, mut fp, mut fn_, mut tn) = (0, 0, 0, 0);
    let (mut entailed, mut entailed_flagged) = (0usize, 0usize);
    for (g, s) in gold.iter().zip(scores) {
        let actual = g.gold.as_deref() == Some(CONTRADICTION);
        let predicted = match decision {
            Decision::Argmax => s.argmax() == contradiction,
            Decision::Threshold(t) => {
                Reading::at(&s.probs, contradiction, entailment).conflict() >= t
            }
        };
        if g.gold.as_deref() == Some(ENTAILMENT) {
            entailed += 1;
            entailed_flagged += usize::from(predicted);
        }
        match (predicted, actual) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            (false, false) => tn += 1,
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    BinaryMetrics {
        decision: match decision {
            Decision::Argmax => "argmax".into(),
            Decision::Threshold(t) => format!("p>={t}"),
        },
        threshold: match decision {
            Decision::Argmax => None,
            Decision::Threshold(t) => Some(t),
        },
        tp,
        fp,
        fn_,
        tn,
        precision,
        recall,
        f1,
        entailment_flagged: ratio(entailed_flagged, entailed),
    }
}

/// Accuracy over the model's own label names, counting only rows whose gold label is one of them.
/// `None` unless the model has exactly the three SNLI/MNLI labels.
pub fn three_way_accuracy(
    gold: &[LabelledPair],
    scores: &[NliScores],
    labels: &[String],
) -> Option<f64> {
    let mut names: Vec<&str> = labels.iter().map(String::as_str).collect();
    names.sort_unstable();
    if names != ["contradiction", "entailment", "neutral"] {
        return None;
    }
    let (mut right, mut total) = (0usize, 0usize);
    for (g, s) in gold.iter().zip(scores) {
        if let Some(gl) = g.gold.as_deref() {
            if labels.iter().any(|l| l == gl) {
                total += 1;
                right += usize::from(labels[s.argmax()] == gl);
            }
        }
    }
    (total > 0).then(|| right as f64 / total as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(gold: &str) -> LabelledPair {
        LabelledPair {
            premise: "p".into(),
            hypothesis: "h".into(),
            gold: Some(gold.into()),
        }
    }
    fn s(p: &[f32]) -> NliScores {
        NliScores {
            probs: p.to_vec(),
            truncated: false,
        }
    }

    #[test]
    fn counts_confusion_and_f1() {
        let gold = [
            pair("contradiction"),
            pair("contradiction"),
            pair("neutral"),
            pair("entailment"),
        ];
        // label 1 = contradiction
        let scores = [
            s(&[0.1, 0.9]),
            s(&[0.6, 0.4]),
            s(&[0.3, 0.7]),
            s(&[0.9, 0.1]),
        ];
        let m = contradiction_metrics(&gold, &scores, 1, None, Decision::Argmax);
        assert_eq!((m.tp, m.fp, m.fn_, m.tn), (1, 1, 1, 1));
        assert!((m.f1 - 0.5).abs() < 1e-9);
        let m = contradiction_metrics(&gold, &scores, 1, None, Decision::Threshold(0.8));
        assert_eq!((m.tp, m.fp, m.fn_, m.tn), (1, 0, 1, 2));
        assert!((m.precision - 1.0).abs() < 1e-9 && (m.recall - 0.5).abs() < 1e-9);
        assert_eq!(m.entailment_flagged, 0.0);
    }

    #[test]
    fn a_threshold_on_a_three_label_model_reads_the_margin_over_entailment() {
        // entailment, neutral, contradiction
        let gold = [
            pair("entailment"),
            pair("contradiction"),
            pair("entailment"),
        ];
        let scores = [
            s(&[0.45, 0.0, 0.55]),
            s(&[0.0, 0.3, 0.7]),
            s(&[0.0, 0.4, 0.6]),
        ];
        let m = contradiction_metrics(&gold, &scores, 2, Some(0), Decision::Threshold(0.5));
        // The torn pair (0.55 against 0.45 entailment) is no contradiction; the others are.
        assert_eq!((m.tp, m.fp, m.fn_, m.tn), (1, 1, 0, 1));
        assert!((m.entailment_flagged - 0.5).abs() < 1e-9);
    }

    #[test]
    fn three_way_only_for_three_nli_labels() {
        let labels: Vec<String> = ["entailment", "neutral", "contradiction"]
            .map(String::from)
            .to_vec();
        let gold = [pair("entailment"), pair("neutral"), pair("contradiction")];
        let scores = [
            s(&[0.8, 0.1, 0.1]),
            s(&[0.1, 0.1, 0.8]),
            s(&[0.1, 0.1, 0.8]),
        ];
        let acc = three_way_accuracy(&gold, &scores, &labels).unwrap();
        assert!((acc - 2.0 / 3.0).abs() < 1e-9);
        let two: Vec<String> = ["other", "contradiction"].map(String::from).to_vec();
        assert_eq!(three_way_accuracy(&gold, &scores[..], &two), None);
    }
}
