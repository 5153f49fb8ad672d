//! contra's DeBERTa-v2 (rust-bert + the patches in scripts/patches/) must agree with the original
//! int8 ONNX model as onnxruntime runs it. The fixture holds onnxruntime's probabilities for the
//! first 500 labelled SNLI test pairs; scripts/onnx_reference.py regenerates it.

mod common;

use contra_nli::NliModel;
use contra_text::nli::{ModelOptions, Nli};
use serde_json::Value;

#[test]
fn default_model_matches_onnx_reference_on_500_snli_pairs() {
    let model = NliModel::load(&common::default_model(), ModelOptions::default())
        .expect("default model (run scripts/setup.sh)");
    let c = model.contradiction_index();
    let rows: Vec<Value> = std::fs::read_to_string(common::fixture("nli_parity_onnx.jsonl"))
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
        let reference: Vec<f64> = row["onnx_probs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        let ref_argmax = if reference[1] > reference[0] { 1 } else { 0 };
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
