//! `contra score`, the main job. The pipeline's rules run against a fake model
//! (`common::FakeNli`); the seed, the article sets, a corpus run and a killed run use the real
//! binary and the real model.

mod common;

use common::{contra, score_files, score_sets, stderr, stdout, FakeEncoder, FakeNli};
use contra_app::score::ScoreOptions;
use contra_text::nli::Nli;
use contra_text::pairs::PairOptions;
use contra_text::verdict::Thresholds;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn score(db: &Path, args: &[&str]) -> Output {
    let mut all = vec!["score", "--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    contra(&all)
}

fn json(o: &Output) -> Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn speakers_of(v: &Value, flag: &Value) -> (String, String) {
    let claim = |id: &Value| {
        v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == *id)
            .unwrap_or_else(|| panic!("flag refers to unknown claim {id}"))
            .clone()
    };
    (
        claim(&flag["a"])["speaker"].as_str().unwrap().to_owned(),
        claim(&flag["b"])["speaker"].as_str().unwrap().to_owned(),
    )
}

/// The semantic prefilter drops the pairs that the encoder finds about different matters before
/// the model sees them, and counts them; pairs it finds on topic are scored as before.
#[test]
fn pairs_the_encoder_finds_off_topic_are_not_scored() {
    let files = score_sets(&["09_strike", "06_budget"]);
    let dir = tempfile::tempdir().unwrap();
    let nli = FakeNli::spread();
    let plain = score_files(
        &nli,
        &dir.path().join("a.db"),
        &files,
        &ScoreOptions::default(),
    );
    assert!(plain.stats.pairs_scored > 1, "{:?}", plain.stats);
    assert_eq!(plain.stats.pairs_off_topic, 0);

    // Only claims that mention "offer" are about one thing.
    let encoder = std::rc::Rc::new(FakeEncoder {
        topic: "offer",
        calls: Default::default(),
    });
    let opts = ScoreOptions {
        encoder: Some(encoder.clone()),
        ..Default::default()
    };
    let gated = score_files(&nli, &dir.path().join("b.db"), &files, &opts);
    assert_eq!(encoder.calls.get(), 1, "all texts are embedded in one call");
    assert_eq!(
        gated.stats.pairs_scored + gated.stats.pairs_off_topic,
        plain.stats.pairs_scored
    );
    assert!(gated.stats.pairs_off_topic > 0, "{:?}", gated.stats);
    let on_topic = |o: &contra_app::score::ScoreOutput| {
        o.flags
            .iter()
            .filter(|f| f.a.text.contains("offer") && f.b.text.contains("offer"))
            .map(|f| f.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(on_topic(&gated), on_topic(&plain));
    assert!(gated
        .flags
        .iter()
        .all(|f| f.a.text.contains("offer") && f.b.text.contains("offer")));

    // No threshold (-1): the encoder runs and drops nothing.
    let opts = ScoreOptions {
        encoder: Some(encoder),
        pairs: PairOptions {
            min_semantic: -1.0,
            ..Default::default()
        },
        ..Default::default()
    };
    let open = score_files(&nli, &dir.path().join("c.db"), &files, &opts);
    assert_eq!(open.stats.pairs_scored, plain.stats.pairs_scored);
}

/// The bundled encoder runs by default; a missing or broken one stops the run with a message
/// that names the fix, and --no-semantic scores without it.
#[test]
fn the_semantic_prefilter_runs_by_default_and_a_broken_encoder_is_a_clear_error() {
    let seed = common::seed();
    common::default_model();
    common::model_dir(contra_text::pairs::semantic::DEFAULT_ENCODER);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let seed = seed.to_str().unwrap();
    let v = json(&score(&db, &["--format", "json", "--no-archive", seed]));
    let gated = &v["stats"];
    assert!(gated["pairs_off_topic"].as_u64().unwrap() > 0, "{gated}");
    let v = json(&score(
        &db,
        &["--format", "json", "--no-archive", "--no-semantic", seed],
    ));
    let plain = &v["stats"];
    assert_eq!(plain["pairs_off_topic"], 0);
    assert_eq!(
        plain["pairs_scored"].as_u64().unwrap(),
        gated["pairs_scored"].as_u64().unwrap() + gated["pairs_off_topic"].as_u64().unwrap()
    );

    let missing = dir.path().join("no-encoder");
    let broken = dir.path().join("broken-encoder");
    std::fs::create_dir(&broken).unwrap();
    let real = common::model_dir(contra_text::pairs::semantic::DEFAULT_ENCODER);
    for f in ["config.json", "tokenizer.json"] {
        std::fs::copy(real.join(f), broken.join(f)).unwrap();
    }
    std::fs::write(broken.join("model.safetensors"), b"not weights").unwrap();
    for (dir, says) in [(&missing, "does not exist"), (&broken, "safetensors")] {
        let o = score(&db, &["--encoder", dir.to_str().unwrap(), seed]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        for said in [says, "--no-semantic", "scripts/setup.sh"] {
            assert!(err.contains(said), "{said}: {err}");
        }
        assert!(!err.contains("panicked"), "{err}");
    }
    // The two load at once; a model that does not load is what the user hears about first.
    let no_model = dir.path().join("no-model");
    let o = score(
        &db,
        &[
            "--model",
            no_model.to_str().unwrap(),
            "--encoder",
            missing.to_str().unwrap(),
            seed,
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("no-model"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("no-encoder"), "{}", stderr(&o));
    let o = score(&db, &["--min-semantic", "2", seed]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--min-semantic"), "{}", stderr(&o));
}

#[test]
fn seed_flags_lavrov_against_kirby_and_nothing_of_putins() {
    let seed = common::seed();
    common::default_model();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let v = json(&score(&db, &["--format", "json", seed.to_str().unwrap()]));
    let flags = v["flags"].as_array().unwrap();
    let pairs: Vec<(String, String)> = flags.iter().map(|f| speakers_of(&v, f)).collect();
    let has = |x: &str, y: &str| {
        pairs
            .iter()
            .any(|(a, b)| (a == x && b == y) || (a == y && b == x))
    };
    assert!(has("John Kirby", "Sergei Lavrov"), "{pairs:?}");
    let kirby_lavrov = flags
        .iter()
        .find(|f| {
            let (a, b) = speakers_of(&v, f);
            a == "John Kirby" || b == "John Kirby"
        })
        .unwrap();
    let texts = format!("{} {}", kirby_lavrov["a_text"], kirby_lavrov["b_text"]);
    assert!(
        texts.contains("divvy up the labor") && texts.contains("division of labor"),
        "{texts}"
    );
    for (a, b) in &pairs {
        for s in [a, b] {
            assert!(
                !matches!(s.as_str(), "anonymous source" | "narrator"),
                "anonymous source and narrator make no flags: {pairs:?}"
            );
        }
        assert!(
            !has("Vladimir Putin", "John Kirby"),
            "nothing of Putin's against Kirby: {pairs:?}"
        );
    }
    // One dispute: Lavrov against the State Department, for which Kirby speaks, with every
    // flag between them as its evidence.
    let disputes = v["disputes"].as_array().unwrap();
    assert_eq!(disputes.len(), 1, "{disputes:?}");
    let sides = disputes[0]["speakers"].to_string();
    assert!(
        sides.contains("Sergei Lavrov")
            && sides.contains("State Department")
            && sides.contains("John Kirby"),
        "{sides}"
    );
    assert_eq!(
        disputes[0]["flags"].as_array().unwrap().len(),
        flags.len(),
        "every flag is evidence of it"
    );
    // JSON contract.
    for k in ["articles", "claims", "flags", "disputes", "stats"] {
        assert!(!v[k].is_null(), "missing {k}");
    }
    for f in flags {
        for k in ["id", "a", "b", "label", "score"] {
            assert!(!f[k].is_null(), "flags[].{k}");
        }
        assert!(matches!(
            f["label"].as_str(),
            Some("contradiction" | "denial")
        ));
        let s = f["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&s));
    }
    assert!(
        v["stats"]["pairs_considered"].as_u64().unwrap()
            > v["stats"]["pairs_scored"].as_u64().unwrap()
    );
}

#[test]
fn rerun_reuses_the_nli_cache_and_keeps_flag_ids() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let files = score_sets(&["06_budget"]);
    let nli = FakeNli::budget_and_strike();
    let first = score_files(&nli, &db, &files, &Default::default());
    let asked = nli.inputs.get();
    let second = score_files(&nli, &db, &files, &Default::default());
    let ids = |flags: &[contra_text::flag::Flag]| {
        let mut ids: Vec<String> = flags.iter().map(|f| f.id.clone()).collect();
        ids.sort();
        ids
    };
    assert!(!first.flags.is_empty());
    assert_eq!(ids(&first.flags), ids(&second.flags), "flag ids are stable");
    assert_eq!(first.stats.nli_cached, 0);
    assert_eq!(asked, first.stats.nli_inputs);
    assert_eq!(
        (second.stats.nli_cached, nli.inputs.get()),
        (second.stats.nli_inputs, asked),
        "second run needs no model calls"
    );

    // A lower threshold needs no model run either, and flags at least as many pairs.
    let lower = ScoreOptions {
        threshold: Some(0.5),
        ..Default::default()
    };
    let third = score_files(&nli, &db, &files, &lower);
    assert_eq!(nli.inputs.get(), asked);
    assert!(third.flags.len() >= first.flags.len());

    let conn = rusqlite::Connection::open(&db).unwrap();
    let runs: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(runs, 3);
    let raw: (f64, f64) = conn
        .query_row("SELECT p_ab, p_ba FROM scored_pairs LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert!(
        raw.0 > 0.0 && raw.1 > 0.0,
        "raw NLI probabilities are stored"
    );
}

#[test]
fn a_speaker_never_contradicts_himself() {
    let dir = tempfile::tempdir().unwrap();
    // The same coach contradicts himself across two articles; the fake model calls everything a
    // contradiction, yet nothing is flagged.
    let nli = FakeNli::new(&[], 0.99);
    let out = score_files(
        &nli,
        &dir.path().join("c.db"),
        &score_sets(&["05_self_contradiction"]),
        &Default::default(),
    );
    assert!(out.flags.is_empty(), "{:?}", out.flags);
    assert_eq!(out.stats.pairs_considered, 0);
    assert_eq!(nli.inputs.get(), 0);
}

#[test]
fn across_only_pairs_claims_from_different_articles() {
    let dir = tempfile::tempdir().unwrap();
    let opts = ScoreOptions {
        pairs: PairOptions {
            across_only: true,
            ..Default::default()
        },
        ..Default::default()
    };
    let out = score_files(
        &FakeNli::new(&[], 0.99),
        &dir.path().join("c.db"),
        &score_sets(&["10_election"]),
        &opts,
    );
    assert!(!out.flags.is_empty());
    for f in &out.flags {
        assert_ne!(f.a.article, f.b.article);
    }
}

#[test]
fn flags_are_the_pairs_at_or_above_the_models_threshold() {
    let dir = tempfile::tempdir().unwrap();
    let nli = FakeNli::budget_and_strike();
    let out = score_files(
        &nli,
        &dir.path().join("c.db"),
        &score_sets(&["06_budget", "09_strike"]),
        &Default::default(),
    );
    assert!(!out.flags.is_empty());
    for f in &out.flags {
        assert_eq!(f.threshold, nli.threshold());
        assert!(f.score >= 0.8 && f.score == f.p_ab.min(f.p_ba), "{f:?}");
        assert_ne!(f.a.speaker, f.b.speaker);
    }
    // The trap of 09_strike ("stay on strike" against "a fair offer") scores 0.30: no flag.
    assert!(out
        .flags
        .iter()
        .all(|f| !format!("{} {}", f.a.text, f.b.text).contains("through the weekend")));
    let mut sorted = out.flags.clone();
    sorted.sort_by(|x, y| y.score.total_cmp(&x.score));
    assert_eq!(
        sorted.iter().map(|f| &f.id).collect::<Vec<_>>(),
        out.flags.iter().map(|f| &f.id).collect::<Vec<_>>(),
        "strongest first"
    );
}

/// Before any calibration the threshold is the model's own (its config.json), for every label.
#[test]
fn the_default_threshold_is_the_models_own() {
    let dir = tempfile::tempdir().unwrap();
    let files = score_sets(&["06_budget", "09_strike"]);
    let strict = FakeNli::budget_and_strike();
    // Pairs no rule covers score 0.02: flagged under a model whose own threshold is lower.
    let lenient = FakeNli::budget_and_strike().with_threshold(Some(0.01));
    let a = score_files(
        &strict,
        &dir.path().join("a.db"),
        &files,
        &Default::default(),
    );
    let b = score_files(
        &lenient,
        &dir.path().join("b.db"),
        &files,
        &Default::default(),
    );
    assert!(a.flags.iter().all(|f| f.threshold == Some(0.8)));
    assert!(b.flags.iter().all(|f| f.threshold == Some(0.01)));
    assert!(a.flags.len() < b.flags.len());
    assert_eq!(b.flags.len(), b.stats.pairs_scored);
    assert_eq!(
        (a.stats.thresholds_version, b.stats.thresholds_version),
        (0, 0)
    );
}

#[test]
fn a_denial_is_read_by_the_model_as_its_negation() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Budget row

Mayor Ann Lee said the budget would raise property taxes by three percent.
         Council member Tom Ruiz denied that the budget would raise property taxes.
",
    )
    .unwrap();
    // Only the negated proposition contradicts the mayor.
    let nli = FakeNli::new(&[("It is not true that", "three percent", 0.9)], 0.01);
    let out = score_files(
        &nli,
        &dir.path().join("c.db"),
        &[article],
        &Default::default(),
    );
    assert_eq!(out.flags.len(), 1, "{:?}", out.flags);
    assert_eq!(out.flags[0].label.as_str(), "denial");
}

#[test]
fn with_three_labels_a_denial_is_flagged_when_the_claim_asserts_what_was_denied() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Budget row\n\nMayor Ann Lee said the budget would raise property taxes by three percent.\n\
         Council member Tom Ruiz denied that the budget would raise property taxes.\n",
    )
    .unwrap();
    // The mayor's claim entails what Ruiz denied; the model never sees a negated text.
    let nli = FakeNli::new(&[], 0.0)
        .three_way(&[("three percent", "raise property taxes", 0.9)])
        .with_threshold(Some(0.5));
    let out = score_files(
        &nli,
        &dir.path().join("c.db"),
        std::slice::from_ref(&article),
        &Default::default(),
    );
    assert_eq!(out.flags.len(), 1, "{:?}", out.flags);
    assert_eq!(out.flags[0].label.as_str(), "denial");
    assert!((out.flags[0].score - 0.9).abs() < 1e-6);
    // Without entailment, nothing asserts the denied proposition: no flag, even when the model
    // would call the negated text a contradiction.
    let nli = FakeNli::new(&[("It is not true that", "three percent", 0.9)], 0.0)
        .three_way(&[])
        .with_threshold(Some(0.5));
    let out = score_files(
        &nli,
        &dir.path().join("d.db"),
        &[article],
        &Default::default(),
    );
    assert!(out.flags.is_empty(), "{:?}", out.flags);
}

#[test]
fn with_three_labels_agreement_is_never_a_contradiction() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Plant closing\n\n\"The plant will close in March,\" said union leader Rosa Diaz.\n\n\
         \"The plant will close in March,\" said company spokesman Carl Boyd.\n\n\
         Mayor Ann Lee said the plant will stay open in March.\n",
    )
    .unwrap();
    // A model that reads every pair as a contradiction, but the mayor's claim also half as
    // entailment: the identical quotes are never asked about, the torn pair is below threshold.
    let nli = FakeNli::new(&[], 0.55)
        .three_way(&[("stay open", "close in March", 0.45)])
        .with_threshold(Some(0.5));
    let out = score_files(
        &nli,
        &dir.path().join("c.db"),
        &[article],
        &Default::default(),
    );
    assert!(out.flags.is_empty(), "{:?}", out.flags);
    assert_eq!(out.stats.pairs_scored, 3, "{:?}", out.stats);
    // Only the mayor's pairs reach the model: one input each way (the two quotes are one text).
    assert_eq!(nli.inputs.get(), 2);
}

#[test]
fn article_sets_meet_precision_and_recall() {
    let model = contra_nli::NliModel::load(&common::default_model(), Default::default()).unwrap();
    let mut results = Vec::new();
    let mut sets: Vec<PathBuf> = std::fs::read_dir(common::fixture("score"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    sets.sort();
    assert!(sets.len() >= 10);
    for s in sets {
        if let Some(r) = contra_app::score::eval::run_set(&s, &model, &Default::default()).unwrap()
        {
            assert!(
                r.trap_violations.is_empty(),
                "{}: {:?}",
                r.set,
                r.trap_violations
            );
            results.push(r);
        }
    }
    let r = contra_app::score::eval::summarize(results);
    eprintln!(
        "score sets: precision {:.3} recall {:.3} ({} flags)",
        r.precision, r.recall, r.flags
    );
    // The 3-way default flags nothing false on these sets (the 2-label model it replaced had
    // 0.92 here); its recall is lower than that model's 0.79, which issue 11 still has open.
    assert!(r.precision >= 0.99, "precision {}", r.precision);
    assert!(r.recall >= 0.72, "recall {}", r.recall);
}

#[test]
fn corpus_mode_skips_bad_articles_and_says_so() {
    common::default_model();
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let set = common::fixture("score/09_strike");
    std::fs::copy(set.join("a.txt"), corpus.join("a.txt")).unwrap();
    std::fs::copy(set.join("b.txt"), corpus.join("b.txt")).unwrap();
    std::fs::write(corpus.join("c.txt"), b"\xff\xfe\x00 not text").unwrap();
    let db = dir.path().join("c.db");
    let o = score(
        &db,
        &["--format", "jsonl", "--corpus", corpus.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("skipped") && stderr(&o).contains("c.txt"),
        "{}",
        stderr(&o)
    );
    // Without a terminal, each stage is a plain line, and so is the model's progress.
    for stage in [
        "contra: extracting claims from 2 articles",
        "contra: pairing",
        "contra: NLI 0/",
    ] {
        assert!(stderr(&o).contains(stage), "{stage}: {}", stderr(&o));
    }
    assert!(
        stderr(&o).contains("1 article was skipped"),
        "{}",
        stderr(&o)
    );
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!lines.is_empty(), "the good articles were scored");

    let o = score(&db, &["--corpus", corpus.to_str().unwrap(), "--strict"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--strict"), "{}", stderr(&o));

    // JSONL corpus with a malformed line.
    let jsonl = dir.path().join("c.jsonl");
    std::fs::write(
        &jsonl,
        format!(
            "{}\n{{broken\n",
            serde_json::json!({"title": "T", "text": std::fs::read_to_string(set.join("a.txt")).unwrap()})
        ),
    )
    .unwrap();
    let o = score(&db, &["--corpus", jsonl.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("c.jsonl:2"), "{}", stderr(&o));

    // In a folder, a bad JSONL line costs that line only; other files and subfolders are
    // listed with the reason, and --recursive reads the subfolders.
    std::fs::remove_file(corpus.join("c.txt")).unwrap();
    let other = common::fixture("score/06_budget");
    std::fs::write(
        corpus.join("d.jsonl"),
        format!(
            "{}\n{{broken\n",
            serde_json::json!({"title": "T", "text": std::fs::read_to_string(other.join("a.txt")).unwrap()})
        ),
    )
    .unwrap();
    std::fs::write(corpus.join("notes.md"), "# notes").unwrap();
    std::fs::create_dir(corpus.join("more")).unwrap();
    std::fs::copy(other.join("b.txt"), corpus.join("more/e.txt")).unwrap();
    let articles = |o: &std::process::Output| {
        let v: Value = serde_json::from_str(&stdout(o)).unwrap();
        v["articles"].as_array().unwrap().len()
    };
    let o = score(
        &db,
        &["--format", "json", "--corpus", corpus.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    for said in [
        "d.jsonl:2",
        "notes.md",
        "not an article file",
        "more",
        "--recursive",
    ] {
        assert!(err.contains(said), "{said}: {err}");
    }
    assert_eq!(articles(&o), 3, "a.txt, b.txt and the good line of d.jsonl");
    let o = score(
        &db,
        &[
            "--format",
            "json",
            "--recursive",
            "--corpus",
            corpus.to_str().unwrap(),
        ],
    );
    assert_eq!(articles(&o), 4, "{}", stderr(&o));
}

#[test]
fn a_missing_article_is_named_in_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = score(&dir.path().join("c.db"), &["/nonexistent/article.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/nonexistent/article.txt"));
}

#[test]
fn an_empty_article_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "\n\n").unwrap();
    let o = score(&dir.path().join("c.db"), &[empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("empty"), "{}", stderr(&o));
}

/// An article with nothing to pair (the real binary and model).
fn quiet_article(dir: &Path) -> PathBuf {
    let quiet = dir.join("quiet.txt");
    std::fs::write(
        &quiet,
        "Weather Report\n\nThe sun shone over the valley all day on Sunday.\n",
    )
    .unwrap();
    quiet
}

#[test]
fn nothing_to_pair_is_said_not_failed() {
    common::default_model();
    let dir = tempfile::tempdir().unwrap();
    let quiet = quiet_article(dir.path());
    let o = score(&dir.path().join("c.db"), &[quiet.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("no pair of claims"), "{}", stderr(&o));
}

#[test]
fn a_corrupt_database_is_named_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let quiet = quiet_article(dir.path());
    let corrupt = dir.path().join("corrupt.db");
    std::fs::write(&corrupt, vec![0x42u8; 8192]).unwrap();
    let o = score(&corrupt, &[quiet.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("not a contra database or is corrupt"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn a_database_locked_by_another_process_is_waited_on_then_named() {
    let dir = tempfile::tempdir().unwrap();
    let quiet = quiet_article(dir.path());
    let locked = dir.path().join("locked.db");
    contra_store::Store::open(&locked).unwrap();
    let holder = rusqlite::Connection::open(&locked).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO meta VALUES ('x', 'y');")
        .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_contra"))
        .args([
            "score",
            "--db",
            locked.to_str().unwrap(),
            quiet.to_str().unwrap(),
        ])
        .env("CONTRA_BUSY_TIMEOUT", "0.5")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is locked by another process"),
        "{}",
        stderr(&o)
    );
    holder.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn an_unfinished_run_leaves_nothing_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    {
        let mut store = contra_store::Store::open(&db).unwrap();
        let tx = store
            .begin_run("m", &Thresholds::model_default(Some(0.8)), "test")
            .unwrap();
        let a =
            contra_text::article::Article::from_plain("x.txt", "Title\n\nBody text here.".into());
        tx.put_article(&a).unwrap();
        // Dropped without commit, as when the process dies.
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let n: i64 = conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM runs) + (SELECT COUNT(*) FROM articles)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn sigkill_mid_run_leaves_a_whole_run_or_none() {
    common::default_model();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_contra"))
        .args([
            "score",
            "--db",
            db.to_str().unwrap(),
            "--min-similarity",
            "0",
            "--corpus",
        ])
        .arg(common::fixture("extract"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // About halfway through the run on the 2-core machine (model load, extraction, scoring).
    std::thread::sleep(std::time::Duration::from_millis(1200));
    let _ = child.kill();
    let status = child.wait().unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap_or(0) };
    let finished = count("SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL");
    let runs = count("SELECT COUNT(*) FROM runs");
    let articles = count("SELECT COUNT(*) FROM articles");
    // The kill can land after the run's commit, while the process writes its output: then the
    // run is whole although the process was killed.
    let whole = (finished, runs) == (1, 1) && articles > 0;
    let none = (runs, articles) == (0, 0);
    assert!(
        whole || none,
        "a killed run leaves a whole run or nothing: {finished} finished of {runs} runs, {articles} articles"
    );
    if status.success() {
        assert!(whole, "a finished run is whole");
    }
}

/// `--db` never makes folders or writes into another program's SQLite file; the error says
/// what to do, and the foreign file keeps only its own tables. The default path's folder is
/// created (a new user has none).
#[test]
fn db_in_a_missing_folder_or_a_foreign_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let article = common::fixture("score/09_strike").join("a.txt");
    let article = article.to_str().unwrap();

    let missing = dir.path().join("no/such/folder/c.db");
    let o = score(&missing, &[article]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not exist") && stderr(&o).contains("mkdir -p"));
    assert!(!dir.path().join("no").exists(), "no folder was made");

    let foreign = dir.path().join("shop.db");
    let conn = rusqlite::Connection::open(&foreign).unwrap();
    conn.execute_batch("CREATE TABLE customers (id INTEGER)")
        .unwrap();
    drop(conn);
    for cmd in [&["score", article][..], &["flags"][..]] {
        let mut args = vec![cmd[0], "--db", foreign.to_str().unwrap()];
        args.extend_from_slice(&cmd[1..]);
        let o = contra(&args);
        assert_eq!(o.status.code(), Some(1), "{cmd:?}");
        assert!(stderr(&o).contains("another program"), "{}", stderr(&o));
    }
    let conn = rusqlite::Connection::open(&foreign).unwrap();
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 1, "contra added nothing to it");

    // The default path (XDG_DATA_HOME/contra/contra.db) gets its folder.
    let home = dir.path().join("xdg");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(["score", article])
        .env("XDG_DATA_HOME", &home)
        .env_remove("CONTRA_DB")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(home.join("contra/contra.db").is_file());
    // The first run says where the shared default store is, and how to keep a project apart.
    let said = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(
        said.contains("no --db given")
            && said.contains("contra/contra.db")
            && said.contains("--db PATH"),
        "{said}"
    );
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(["score", article])
        .env("XDG_DATA_HOME", &home)
        .env_remove("CONTRA_DB")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&again.stderr).contains("no --db given"));
}

/// Syndicated copies and pasted-twice text: an article given twice is scored once, a claim
/// repeated word for word in one article is read once, and the per-article limits cut a huge
/// article and its claims, each counted for the warnings.
#[test]
fn repeated_text_and_per_article_limits_are_bounded_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let nli = FakeNli::budget_and_strike();
    let mut files = score_sets(&["09_strike"]);
    files.extend(score_sets(&["09_strike"]));
    let out = score_files(&nli, &dir.path().join("a.db"), &files, &Default::default());
    assert_eq!(out.stats.duplicate_articles, 2);
    assert_eq!(out.stats.articles, 2);
    let ids: std::collections::HashSet<&str> = out.flags.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids.len(), out.flags.len(), "each flag once");

    // One article, its body pasted 50 times.
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let (head, body) = text.split_once('\n').unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(
        &big,
        format!("{head}\n{}", format!("{body}\n\n").repeat(50)),
    )
    .unwrap();
    let once = score_files(
        &nli,
        &dir.path().join("b.db"),
        &files[..1],
        &Default::default(),
    );
    let out = score_files(
        &nli,
        &dir.path().join("c.db"),
        std::slice::from_ref(&big),
        &Default::default(),
    );
    assert_eq!(
        out.stats.claims, once.stats.claims,
        "the repeats add no claim"
    );
    assert!(out.stats.limited.repeated_claims >= 49 * once.stats.claims);
    let texts: std::collections::HashSet<&str> =
        out.claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts.len(), out.claims.len());

    let opts = ScoreOptions {
        limits: contra_text::claims::Limits {
            max_article_bytes: body.len() / 2,
            max_claims_per_article: 2,
            ..Default::default()
        },
        ..Default::default()
    };
    let out = score_files(&nli, &dir.path().join("d.db"), &[big], &opts);
    assert_eq!(out.stats.limited.articles_cut, 1);
    assert!(out.stats.claims <= 2);
    assert!(out.articles[0].text.len() <= body.len() / 2);
}

/// The warnings name the limit that was hit and its flag.
#[test]
fn a_huge_article_is_cut_with_a_warning() {
    common::default_model();
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::fixture("score/09_strike/a.txt")).unwrap();
    let (head, body) = text.split_once('\n').unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(
        &big,
        format!("{head}\n{}", format!("{body}\n\n").repeat(200)),
    )
    .unwrap();
    let o = score(
        &dir.path().join("c.db"),
        &["--max-article-bytes", "20000", big.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("--max-article-bytes 20000"), "{err}");
    assert!(err.contains("repeat an earlier claim"), "{err}");
}

/// A full disk (here: a file size limit, `ulimit -f`, on the writing process) is a clear error,
/// exit 1, and the store stays consistent with its earlier runs and reviews intact.
#[test]
fn a_full_disk_is_a_clear_error_and_the_store_stays_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = strike_store(dir.path());
    let flag = common::flag_ids(&db, &["--limit", "1"]).remove(0);
    let o = contra(&["label", "--db", db.to_str().unwrap(), &flag, "confirmed"]);
    assert!(o.status.success(), "{}", stderr(&o));

    let more = score_sets(&["06_budget"]);
    let o = Command::new("sh")
        .arg("-c")
        .arg("ulimit -f 4; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_contra"))
        .args(["score", "--db", db.to_str().unwrap()])
        .args(&more)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("disk is full") && stderr(&o).contains("intact"),
        "{}",
        stderr(&o)
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let runs: i64 = conn
        .query_row("SELECT count(*) FROM runs", [], |r| r.get(0))
        .unwrap();
    let reviews: i64 = conn
        .query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .unwrap();
    assert_eq!((runs, reviews), (1, 1));
}

/// Two scoring runs, a review session and `contra label` on one store at the same time: every
/// command succeeds within the busy timeout, every decision is kept, and each run is there as
/// a whole.
#[test]
fn two_runs_a_review_and_a_label_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = strike_store(dir.path());
    let ids = common::flag_ids(&db, &[]);
    assert!(ids.len() >= 2, "{ids:?}");

    let bin = env!("CARGO_BIN_EXE_contra");
    let spawn_score = |set: &str| {
        Command::new(bin)
            .args(["score", "--db", db.to_str().unwrap()])
            .args(score_sets(&[set]))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let runs = [spawn_score("06_budget"), spawn_score("04_talks_cross")];
    let label = Command::new(bin)
        .args(["label", "--db", db.to_str().unwrap(), &ids[0], "rejected"])
        .output()
        .unwrap();
    let review = Command::new(bin)
        .args(["review", "--db", db.to_str().unwrap(), "--keys", "y"])
        .output()
        .unwrap();
    for run in runs {
        let o = run.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert!(label.status.success(), "{}", stderr(&label));
    assert!(review.status.success(), "{}", stderr(&review));
    assert!(stdout(&review).starts_with("saved "), "{}", stdout(&review));

    let conn = rusqlite::Connection::open(&db).unwrap();
    let n = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(n("SELECT count(*) FROM reviews"), 2, "both decisions kept");
    assert_eq!(n("SELECT count(*) FROM runs WHERE finished IS NOT NULL"), 3);
    assert_eq!(n("SELECT count(*) FROM runs"), 3, "no partial run");
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

/// A store with one run of the strike set by the real model.
fn strike_store(dir: &Path) -> PathBuf {
    common::default_model();
    let db = dir.join("c.db");
    let o = score(
        &db,
        &score_sets(&["09_strike"])
            .iter()
            .map(|p| p.to_str().unwrap())
            .collect::<Vec<_>>(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    db
}

/// Archive mode with the real model: every article of our sets scored one file per run into one
/// store gives the flags and disputes of scoring them all in one run.
#[test]
fn article_sets_one_file_per_run_match_one_run() {
    common::default_model();
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(common::fixture("score"))
        .unwrap()
        .flat_map(|set| std::fs::read_dir(set.unwrap().path()).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{}", files.len());
    let together = dir.path().join("together.db");
    let mut args = vec!["--format", "jsonl"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    assert!(score(&together, &args).status.success());
    let separate = dir.path().join("separate.db");
    for f in &files {
        let o = score(&separate, &["--format", "jsonl", f.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let flags = |db: &Path| common::flag_ids(db, &[]);
    let mut want = flags(&together);
    want.sort();
    let mut got = flags(&separate);
    got.sort();
    assert!(want.len() >= 15, "{want:?}");
    assert_eq!(got, want);
    let disputes = |db: &Path| -> Vec<String> {
        let o = contra(&[
            "disputes",
            "--db",
            db.to_str().unwrap(),
            "--format",
            "jsonl",
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
            .lines()
            .map(|l| {
                let d: Value = serde_json::from_str(l).unwrap();
                // Scores of one pair differ in the last float digits between batches.
                format!(
                    "{} {} {} {:.4}",
                    d["id"],
                    d["flags"],
                    d["topic"],
                    d["max_score"].as_f64().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(disputes(&separate), disputes(&together));
}
