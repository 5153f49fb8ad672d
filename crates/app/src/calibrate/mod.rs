//! Fitting decision thresholds from review decisions.
//!
//! Each review row carries the raw scores of what was judged, so fitting never runs the model.
//! A flag's label comes from its latest decision that is not undone: confirmed = positive,
//! rejected = negative. Probe items (pairs scored below threshold, sampled at
//! [`PROBE_PERCENT`]) stand for all the unsampled pairs below
//! threshold, so they weigh `100 / PROBE_PERCENT` each: that is what lets the threshold move
//! down as well as up, and recall be estimated at all.

pub mod plot;

use crate::cached::readings;
use contra_store::Store;
use contra_text::error::Result;
use contra_text::flag::{Decision, Review, PROBE_PERCENT};
use contra_text::nli::data::LabelledPair;
use contra_text::nli::Nli;
use contra_text::verdict::{platt_features, Label, Platt, Thresholds};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::Serialize;
use std::collections::HashMap;

/// Labels per class below which calibration refuses to move that class's threshold.
pub const MIN_LABELS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// The uncalibrated score: the minimum of both directions.
    pub score: f32,
    pub positive: bool,
    pub weight: f64,
    pub probe: bool,
    pub p_ab: f32,
    pub p_ba: f32,
    pub similarity: f32,
}

/// The reviewed samples per label, from review history.
pub fn samples(rows: &[Review]) -> HashMap<Label, Vec<Sample>> {
    let mut latest: HashMap<&str, &Review> = HashMap::new();
    for r in rows.iter().filter(|r| !r.undone) {
        // Rows come oldest first: later ones win.
        latest.insert(&r.flag, r);
    }
    let mut keys: Vec<&&str> = latest.keys().collect();
    keys.sort();
    let mut out: HashMap<Label, Vec<Sample>> = HashMap::new();
    for k in keys {
        let r = latest[*k];
        out.entry(r.label).or_default().push(Sample {
            score: (r.p_ab as f32).min(r.p_ba as f32),
            p_ab: r.p_ab as f32,
            p_ba: r.p_ba as f32,
            similarity: r.similarity as f32,
            positive: r.decision == Decision::Confirmed,
            weight: if r.probe {
                100.0 / PROBE_PERCENT as f64
            } else {
                1.0
            },
            probe: r.probe,
        });
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Operating {
    pub threshold: f32,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Reviewed samples (probes counted once).
    pub n: usize,
    pub precision_ci: Interval,
    pub recall_ci: Interval,
    pub f1_ci: Interval,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    MaximizeF1,
    /// The lowest threshold whose precision reaches the target (the most recall).
    TargetPrecision,
}

#[derive(Debug, Clone, Serialize)]
pub struct LabelReport {
    pub label: Label,
    pub n: usize,
    pub confirmed: usize,
    pub rejected: usize,
    pub probes: usize,
    pub old: Operating,
    pub new: Operating,
    /// Why the threshold was kept, when it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept: Option<String>,
    /// Mean held-out F1 (5 folds) of a plain threshold and of a Platt calibration; the
    /// calibration is used only when it does better.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_f1_threshold: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_f1_platt: Option<f64>,
    pub platt_used: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub objective: Objective,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_precision: Option<f64>,
    pub labels: Vec<LabelReport>,
    pub old_version: i64,
    /// The version written, or `None` for a dry run or when nothing changed.
    pub new_version: Option<i64>,
    pub new_thresholds: Thresholds,
}

fn counts(samples: &[Sample], t: f32) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for s in samples {
        match (s.score >= t, s.positive) {
            (true, true) => tp += s.weight,
            (true, false) => fp += s.weight,
            (false, true) => fn_ += s.weight,
            (false, false) => {}
        }
    }
    (tp, fp, fn_)
}

/// (precision, recall, f1) at threshold `t`, with probe weights.
pub fn metrics(samples: &[Sample], t: f32) -> (f64, f64, f64) {
    let (tp, fp, fn_) = counts(samples, t);
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// The threshold that best meets the objective among the reviewed scores.
pub fn fit(samples: &[Sample], objective: Objective, target: f64) -> Option<f32> {
    let mut cands: Vec<f32> = samples.iter().map(|s| s.score).collect();
    cands.sort_by(f32::total_cmp);
    cands.dedup();
    match objective {
        Objective::MaximizeF1 => cands
            .iter()
            .copied()
            .map(|t| (t, metrics(samples, t).2))
            .filter(|&(_, f)| f > 0.0)
            // Best F1; on ties the higher threshold (fewer flags to review).
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.0.total_cmp(&b.0)))
            .map(|(t, _)| t),
        Objective::TargetPrecision => cands.iter().copied().find(|&t| {
            let (p, _, _) = metrics(samples, t);
            let (tp, _, _) = counts(samples, t);
            tp > 0.0 && p >= target
        }),
    }
}

/// 95% bootstrap intervals of precision, recall and F1 at `t` (1,000 resamples, fixed seed).
fn bootstrap(samples: &[Sample], t: f32) -> (Interval, Interval, Interval) {
    let mut rng = StdRng::seed_from_u64(0x5eed);
    let n = samples.len();
    let mut ps = Vec::with_capacity(1000);
    let mut rs = Vec::with_capacity(1000);
    let mut fs = Vec::with_capacity(1000);
    let mut resample = Vec::with_capacity(n);
    for _ in 0..1000 {
        resample.clear();
        for _ in 0..n {
            resample.push(samples[rng.gen_range(0..n)]);
        }
        let (p, r, f) = metrics(&resample, t);
        ps.push(p);
        rs.push(r);
        fs.push(f);
    }
    let ci = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        Interval {
            low: v[(v.len() as f64 * 0.025) as usize],
            high: v[((v.len() as f64 * 0.975) as usize).min(v.len() - 1)],
        }
    };
    (ci(&mut ps), ci(&mut rs), ci(&mut fs))
}

fn operating(samples: &[Sample], t: f32) -> Operating {
    let (precision, recall, f1) = metrics(samples, t);
    let (precision_ci, recall_ci, f1_ci) = if samples.is_empty() {
        let z = Interval {
            low: 0.0,
            high: 0.0,
        };
        (z, z, z)
    } else {
        bootstrap(samples, t)
    };
    Operating {
        threshold: t,
        precision,
        recall,
        f1,
        n: samples.len(),
        precision_ci,
        recall_ci,
        f1_ci,
    }
}

/// Fits new thresholds for every label with enough reviews (or any, with `force`), and reports
/// the old and new operating points. Writes nothing.
pub fn calibrate(
    rows: &[Review],
    old: &Thresholds,
    objective: Objective,
    target_precision: f64,
    force: bool,
) -> Report {
    let by_label = samples(rows);
    let mut new = *old;
    let mut labels = Vec::new();
    for label in [Label::Contradiction, Label::Denial] {
        let s = by_label.get(&label).cloned().unwrap_or_default();
        let old_t = old.get(label);
        let old_scored = rescore(&s, |x| old.score(label, x.p_ab, x.p_ba, x.similarity));
        let confirmed = s.iter().filter(|x| x.positive).count();
        let mut kept = None;
        let (mut cv_plain, mut cv_platt, mut platt) = (None, None, None);
        let new_t = if s.len() < MIN_LABELS && !force {
            kept = Some(format!(
                "only {} reviewed {} flags; at least {MIN_LABELS} are needed (--force fits anyway)",
                s.len(),
                label.as_str()
            ));
            None
        } else if confirmed == 0 {
            kept = Some(format!("no confirmed {} flags to fit on", label.as_str()));
            None
        } else {
            if let Some((plain, with_platt)) = cross_validate(&s, objective, target_precision) {
                cv_plain = Some(plain);
                cv_platt = Some(with_platt);
                if with_platt > plain + 0.01 {
                    platt = Some(fit_platt(&s));
                }
            }
            let fitted = match platt {
                Some(p) => fit(
                    &rescore(&s, |x| p.apply(x.p_ab, x.p_ba, x.similarity)),
                    objective,
                    target_precision,
                ),
                None => fit(&s, objective, target_precision),
            };
            if fitted.is_none() {
                kept = Some(format!(
                    "no threshold reaches precision {target_precision} for {}",
                    label.as_str()
                ));
                platt = None;
            }
            fitted
        };
        let (new_t, new_platt) = match new_t {
            Some(t) => (t, platt),
            None => (old_t, old.platt(label)),
        };
        match label {
            Label::Contradiction => {
                new.contradiction = new_t;
                new.platt_contradiction = new_platt;
            }
            Label::Denial => {
                new.denial = new_t;
                new.platt_denial = new_platt;
            }
        }
        let new_scored = rescore(&s, |x| new.score(label, x.p_ab, x.p_ba, x.similarity));
        labels.push(LabelReport {
            label,
            n: s.len(),
            confirmed,
            rejected: s.len() - confirmed,
            probes: s.iter().filter(|x| x.probe).count(),
            old: operating(&old_scored, old_t),
            new: operating(&new_scored, new_t),
            kept,
            cv_f1_threshold: cv_plain,
            cv_f1_platt: cv_platt,
            platt_used: new_platt.is_some(),
        });
    }
    Report {
        objective,
        target_precision: (objective == Objective::TargetPrecision).then_some(target_precision),
        labels,
        old_version: old.version,
        new_version: None,
        new_thresholds: new,
    }
}

fn rescore(samples: &[Sample], f: impl Fn(&Sample) -> f32) -> Vec<Sample> {
    samples
        .iter()
        .map(|x| Sample { score: f(x), ..*x })
        .collect()
}

/// Weighted logistic regression (Newton's method, small L2 penalty so that separable data
/// stays finite) of `positive` on the Platt features.
pub fn fit_platt(samples: &[Sample]) -> Platt {
    const L2: f64 = 1e-2;
    let xs: Vec<[f64; 4]> = samples
        .iter()
        .map(|s| {
            let f = platt_features(s.p_ab, s.p_ba, s.similarity);
            [f[0], f[1], f[2], 1.0]
        })
        .collect();
    let mut w = [0.0f64; 4];
    for _ in 0..50 {
        let mut grad = [0.0f64; 4];
        let mut hess = [[0.0f64; 4]; 4];
        for (x, s) in xs.iter().zip(samples) {
            let z: f64 = (0..4).map(|i| w[i] * x[i]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if s.positive { 1.0 } else { 0.0 };
            for i in 0..4 {
                grad[i] += s.weight * (p - y) * x[i];
                for j in 0..4 {
                    hess[i][j] += s.weight * p * (1.0 - p) * x[i] * x[j];
                }
            }
        }
        for i in 0..3 {
            grad[i] += L2 * w[i];
            hess[i][i] += L2;
        }
        hess[3][3] += 1e-9;
        let Some(step) = solve4(hess, grad) else {
            break;
        };
        let mut moved = 0.0;
        for i in 0..4 {
            w[i] -= step[i];
            moved += step[i].abs();
        }
        if moved < 1e-8 {
            break;
        }
    }
    Platt {
        w_ab: w[0] as f32,
        w_ba: w[1] as f32,
        w_sim: w[2] as f32,
        bias: w[3] as f32,
    }
}

/// Solves `a x = b` for a 4×4 system (Gaussian elimination, partial pivoting).
fn solve4(mut a: [[f64; 4]; 4], mut b: [f64; 4]) -> Option<[f64; 4]> {
    for c in 0..4 {
        let p = (c..4).max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))?;
        if a[p][c].abs() < 1e-12 {
            return None;
        }
        a.swap(c, p);
        b.swap(c, p);
        let pivot = a[c];
        for r in c + 1..4 {
            let f = a[r][c] / pivot[c];
            for (v, p) in a[r].iter_mut().zip(pivot).skip(c) {
                *v -= f * p;
            }
            b[r] -= f * b[c];
        }
    }
    let mut x = [0.0; 4];
    for r in (0..4).rev() {
        let s: f64 = (r + 1..4).map(|k| a[r][k] * x[k]).sum();
        x[r] = (b[r] - s) / a[r][r];
    }
    Some(x)
}

/// Mean held-out F1 over 5 folds of (a plain threshold, a Platt calibration + threshold), each
/// fitted on the other folds. `None` when there are too few samples to fold.
fn cross_validate(samples: &[Sample], objective: Objective, target: f64) -> Option<(f64, f64)> {
    const FOLDS: usize = 5;
    if samples.len() < 2 * FOLDS {
        return None;
    }
    let (mut plain, mut platt) = (0.0, 0.0);
    for k in 0..FOLDS {
        let (mut train, mut test) = (Vec::new(), Vec::new());
        for (i, s) in samples.iter().enumerate() {
            if i % FOLDS == k {
                test.push(*s);
            } else {
                train.push(*s);
            }
        }
        if let Some(t) = fit(&train, objective, target) {
            plain += metrics(&test, t).2;
        }
        let p = fit_platt(&train);
        let cal = |v: &[Sample]| rescore(v, |x| p.apply(x.p_ab, x.p_ba, x.similarity));
        if let Some(t) = fit(&cal(&train), objective, target) {
            platt += metrics(&cal(&test), t).2;
        }
    }
    Some((plain / FOLDS as f64, platt / FOLDS as f64))
}

/// Review-like rows for externally labelled pairs (e.g. SNLI): each pair is scored in both
/// directions like a claim pair (through the NLI cache: the model runs only for pairs not seen
/// before), and its gold label says whether it is a contradiction.
pub fn external_rows(
    pairs: &[LabelledPair],
    nli: &dyn Nli,
    store: &mut Store,
) -> Result<Vec<Review>> {
    let mut inputs: Vec<(&str, &str)> = Vec::new();
    for p in pairs {
        inputs.push((&p.premise, &p.hypothesis));
        inputs.push((&p.hypothesis, &p.premise));
    }
    let readings = readings(nli, store, &inputs, &mut |_, _| {})?.readings;
    let model = nli.id();
    Ok(pairs
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let (ab, ba) = (readings[2 * k].conflict(), readings[2 * k + 1].conflict());
            let positive = p.gold.as_deref() == Some("contradiction");
            Review {
                flag: format!("external:{k}"),
                decision: if positive {
                    Decision::Confirmed
                } else {
                    Decision::Rejected
                },
                note: None,
                reviewer: "external".into(),
                at: String::new(),
                undone: false,
                label: Label::Contradiction,
                score: ab.min(ba) as f64,
                p_ab: ab as f64,
                p_ba: ba as f64,
                similarity: 0.0,
                probe: false,
                model: model.clone(),
                thresholds_version: 0,
                a_text: Some(p.premise.clone()),
                b_text: Some(p.hypothesis.clone()),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(score: f32, positive: bool) -> Sample {
        Sample {
            score,
            positive,
            weight: 1.0,
            probe: false,
            p_ab: score,
            p_ba: score,
            similarity: 0.5,
        }
    }

    #[test]
    fn finds_the_known_optimal_threshold() {
        // Negatives below 0.6, positives from 0.6 up, one noisy negative at 0.9.
        let mut v: Vec<Sample> = (0..30).map(|i| s(0.3 + i as f32 * 0.01, false)).collect();
        v.extend((0..30).map(|i| s(0.6 + i as f32 * 0.01, true)));
        v.push(s(0.9, false));
        assert_eq!(fit(&v, Objective::MaximizeF1, 0.0), Some(0.6));
        let (p, r, _) = metrics(&v, 0.6);
        assert!((r - 1.0).abs() < 1e-9 && (p - 30.0 / 31.0).abs() < 1e-9);
        // The lowest threshold with precision >= 0.95 is 0.6; 1.0 is out of reach (the noisy
        // negative outscores every positive).
        assert_eq!(fit(&v, Objective::TargetPrecision, 0.95), Some(0.6));
        assert_eq!(fit(&v, Objective::TargetPrecision, 1.0), None);
    }

    #[test]
    fn platt_is_used_only_when_it_beats_a_plain_threshold_on_held_out_folds() {
        // Positives: sure in one direction only; negatives: sure in the other. The minimum of
        // both directions cannot tell them apart; a logistic over both directions can.
        let mut v = Vec::new();
        for i in 0..40 {
            let jitter = (i % 7) as f32 * 0.01;
            v.push(Sample {
                p_ab: 0.95 - jitter,
                p_ba: 0.30 + jitter,
                score: 0.30 + jitter,
                ..s(0.0, true)
            });
            v.push(Sample {
                p_ab: 0.30 + jitter,
                p_ba: 0.95 - jitter,
                score: 0.30 + jitter,
                ..s(0.0, false)
            });
        }
        let r = calibrate(
            &rows_of(&v),
            &Thresholds::model_default(Some(0.8)),
            Objective::MaximizeF1,
            0.0,
            false,
        );
        let c = &r.labels[0];
        assert!(c.platt_used, "{c:?}");
        assert!(c.cv_f1_platt.unwrap() > c.cv_f1_threshold.unwrap() + 0.1);
        assert!(c.new.f1 > 0.99 && c.old.f1 < 0.8, "{c:?}");

        // Separable by the plain score: no calibration.
        let plain: Vec<Sample> = (0..40)
            .map(|i| {
                s(
                    if i % 2 == 0 { 0.9 } else { 0.2 } + (i % 5) as f32 * 0.01,
                    i % 2 == 0,
                )
            })
            .collect();
        let r = calibrate(
            &rows_of(&plain),
            &Thresholds::model_default(Some(0.8)),
            Objective::MaximizeF1,
            0.0,
            false,
        );
        assert!(!r.labels[0].platt_used, "{:?}", r.labels[0]);
    }

    fn rows_of(v: &[Sample]) -> Vec<Review> {
        v.iter()
            .enumerate()
            .map(|(i, x)| Review {
                flag: format!("f{i}"),
                decision: if x.positive {
                    Decision::Confirmed
                } else {
                    Decision::Rejected
                },
                note: None,
                reviewer: "t".into(),
                at: format!("{i:06}"),
                undone: false,
                label: Label::Contradiction,
                score: x.score as f64,
                p_ab: x.p_ab as f64,
                p_ba: x.p_ba as f64,
                similarity: x.similarity as f64,
                probe: false,
                model: "m".into(),
                thresholds_version: 0,
                a_text: None,
                b_text: None,
            })
            .collect()
    }

    #[test]
    fn probes_weigh_for_the_pairs_they_stand_for() {
        let mut v = vec![s(0.9, true); 10];
        v.push(Sample {
            weight: 20.0,
            probe: true,
            ..s(0.5, true)
        });
        let (_, r, _) = metrics(&v, 0.8);
        assert!((r - 10.0 / 30.0).abs() < 1e-9, "{r}");
    }
}
