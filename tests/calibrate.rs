//! Retraining thresholds from reviews: score (with a fake model), label, calibrate, score again,
//! roll back; and one calibration on external labels with the real model.

mod common;

use common::{contra, stderr, stdout, FakeNli};
use contra_app::score::ScoreOptions;
use contra_text::pairs::PairOptions;
use contra_text::verdict::{Label, Thresholds};
use serde_json::Value;
use std::path::Path;

/// Scores the extraction fixtures as `contra score --format json --min-similarity 0
/// --max-pairs-per-claim 20 [--threshold T]` would, with a fake model whose scores spread over
/// 0..1.
fn score_json(db: &Path, threshold: Option<f32>) -> Value {
    let mut files: Vec<_> = std::fs::read_dir(common::fixture("extract"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let opts = ScoreOptions {
        pairs: PairOptions {
            min_similarity: 0.0,
            min_shared: 0,
            max_per_claim: 20,
            ..Default::default()
        },
        threshold,
        ..Default::default()
    };
    let out = common::score_files(&FakeNli::spread(), db, &files, &opts);
    serde_json::to_value(&out).unwrap()
}

fn flags(v: &Value) -> Vec<(String, String, f64)> {
    v["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_owned(),
                f["label"].as_str().unwrap().to_owned(),
                f["score"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn score_label_calibrate_score_again_and_roll_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let dbs = db.to_str().unwrap();

    // A permissive run gives many flags to review.
    let loose_json = score_json(&db, Some(0.2));
    let loose = flags(&loose_json);
    assert!(loose.len() >= 30, "{} flags", loose.len());

    // Too few labels: refused, nothing written.
    for (id, _, _) in loose.iter().take(5) {
        assert!(contra(&["label", "--db", dbs, id, "rejected"])
            .status
            .success());
    }
    let o = contra(&["calibrate", "--db", dbs]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("refusing to calibrate"),
        "{}",
        stderr(&o)
    );

    // A reviewer who accepts only pairs the model is sure of (score >= 0.95).
    for (id, _, score) in &loose {
        let d = if *score >= 0.95 {
            "confirmed"
        } else {
            "rejected"
        };
        assert!(
            contra(&["label", "--db", dbs, id, d, "--reviewer", "policy"])
                .status
                .success()
        );
    }
    let dry = contra(&[
        "calibrate",
        "--db",
        dbs,
        "--dry-run",
        "--format",
        "json",
        "--force",
    ]);
    assert!(dry.status.success(), "{}", stderr(&dry));
    let report: Value = serde_json::from_str(&stdout(&dry)).unwrap();
    assert!(report["new_version"].is_null(), "dry run writes nothing");
    for l in report["labels"].as_array().unwrap() {
        for side in ["old", "new"] {
            for k in ["precision", "recall", "f1", "threshold", "n"] {
                assert!(l[side][k].is_number(), "labels[].{side}.{k}");
            }
        }
    }
    let o = contra(&["thresholds", "--db", dbs]);
    assert!(!stdout(&o).contains("v1"), "{}", stdout(&o));

    let o = contra(&["calibrate", "--db", dbs, "--format", "json", "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["new_version"], 1);
    let new_t: Thresholds = serde_json::from_value(report["new_thresholds"].clone()).unwrap();
    for entry in report["labels"].as_array().unwrap() {
        if entry["kept"].is_null() {
            // The reviewer's decisions are separable: the fitted scoring reproduces them
            // (with or without a Platt calibration, whichever won on held-out folds).
            assert!(
                (entry["new"]["precision"].as_f64().unwrap() - 1.0).abs() < 1e-9,
                "{entry}"
            );
            assert!(
                (entry["new"]["recall"].as_f64().unwrap() - 1.0).abs() < 1e-9,
                "{entry}"
            );
            assert!(entry["cv_f1_threshold"].is_number() && entry["cv_f1_platt"].is_number());
        }
    }

    // Scoring again uses version 1: exactly the pairs the new thresholds accept.
    let again = score_json(&db, None);
    assert_eq!(again["stats"]["thresholds_version"], 1);
    let mut expected: Vec<String> = loose_json["flags"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| flagged_by(&new_t, f))
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect();
    let mut got: Vec<String> = flags(&again).into_iter().map(|f| f.0).collect();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    assert!(
        got.len() < loose.len(),
        "the reviewer's rejections removed flags"
    );
    for f in again["flags"].as_array().unwrap() {
        assert_eq!(f["thresholds_version"], 1);
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let v: i64 = conn
        .query_row("SELECT MAX(thresholds_version) FROM flags", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(v, 1, "each flag records the version that made it");

    // Roll back to the defaults: the default run's flags return.
    let o = contra(&["thresholds", "--db", dbs, "--rollback", "0"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let back = score_json(&db, None);
    assert_eq!(back["stats"]["thresholds_version"], 0);
    let default_count = loose.iter().filter(|(_, _, s)| *s >= 0.8).count();
    assert_eq!(flags(&back).len(), default_count);
    let o = contra(&["thresholds", "--db", dbs, "--rollback", "7"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no thresholds version 7"));
}

#[test]
fn external_labelled_pairs_fit_a_threshold_and_plot() {
    common::default_model();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ext.db");
    let png = dir.path().join("pr.png");
    let labels = common::fixture("nli_parity_onnx.jsonl");
    let o = contra(&[
        "calibrate",
        "--db",
        db.to_str().unwrap(),
        "--labels",
        labels.to_str().unwrap(),
        "--format",
        "json",
        "--plot",
        png.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let c = r["labels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["label"] == "contradiction")
        .unwrap();
    assert_eq!(c["n"], 500);
    // On SNLI the default model reaches F1 > 0.85; the fitted threshold can only do better
    // on the data it was fitted on.
    let (old_f1, new_f1) = (
        c["old"]["f1"].as_f64().unwrap(),
        c["new"]["f1"].as_f64().unwrap(),
    );
    assert!(old_f1 > 0.85 && new_f1 >= old_f1, "{old_f1} -> {new_f1}");
    let ci = &c["new"]["f1_ci"];
    assert!(ci["low"].as_f64().unwrap() <= new_f1 && new_f1 <= ci["high"].as_f64().unwrap());
    assert_eq!(r["new_version"], 1);
    let head = std::fs::read(&png).unwrap();
    assert_eq!(&head[..8], b"\x89PNG\r\n\x1a\n");

    // Scores come from the cache the second time: no model run is needed.
    let cached: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT COUNT(*) FROM nli_cache", [], |r| r.get(0))
        .unwrap();
    assert_eq!(cached, 1000);
}

/// Whether thresholds `t` flag a pair, from its raw probabilities (as `contra score` decides).
fn flagged_by(t: &Thresholds, f: &Value) -> bool {
    let label = Label::parse(f["label"].as_str().unwrap()).unwrap();
    let x = |k: &str| f[k].as_f64().unwrap() as f32;
    t.score(label, x("p_ab"), x("p_ba"), x("similarity")) >= t.get(label)
}

/// `contra thresholds` shows version 0 as the model's own threshold, read from its config.json
/// without loading the model.
#[test]
fn thresholds_version_0_is_the_models_own_threshold() {
    let model = common::model_copy();
    let config = model.path().join("config.json");
    let mut c: Value = serde_json::from_str(&std::fs::read_to_string(&config).unwrap()).unwrap();
    c["contra"]["threshold"] = serde_json::json!(0.7);
    std::fs::write(&config, c.to_string()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    contra_store::Store::open(&db).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(["thresholds", "--db", db.to_str().unwrap()])
        .env("CONTRA_MODEL", model.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("* v0  contradiction 0.700  denial 0.700"),
        "{}",
        stdout(&o)
    );
}
