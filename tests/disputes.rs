//! Disputes: flags grouped by the two parties and their topic, in `contra score`'s output and
//! in `contra disputes` over the store. The model is `common::FakeNli`.

mod common;

use common::{contra, score_files, score_sets, stderr, stdout, FakeNli};
use contra_text::flag::Status;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn disputes_json(db: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["disputes", "--db", db.to_str().unwrap(), "--format", "json"];
    all.extend_from_slice(args);
    let o = contra(&all);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    v["disputes"].as_array().unwrap().clone()
}

/// The budget and strike sets scored into `db` by the fake model.
fn budget_and_strike(db: &Path) -> contra_app::score::ScoreOutput {
    let nli = FakeNli::budget_and_strike();
    let files = score_sets(&["06_budget", "09_strike"]);
    score_files(&nli, db, &files, &Default::default())
}

#[test]
fn a_runs_flags_are_grouped_into_disputes_by_speakers_and_topic() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let out = budget_and_strike(&db);
    assert!(out.flags.len() >= 4, "{}", out.flags.len());
    let names = |d: &contra_text::dispute::Dispute| {
        d.speakers
            .iter()
            .map(|p| p.name.clone())
            .collect::<BTreeSet<_>>()
    };
    assert_eq!(out.disputes.len(), 2, "{:#?}", out.disputes);
    let budget = out
        .disputes
        .iter()
        .find(|d| names(d).contains("Helen Carver"))
        .expect("the budget dispute");
    assert!(names(budget).contains("Linda Park"));
    let strike = out
        .disputes
        .iter()
        .find(|d| names(d).contains("Susan Blake"))
        .expect("the strike dispute");
    assert!(names(strike).contains("Victor Alvarez"));
    // Every flag is evidence of exactly one dispute, strongest first.
    let mut evidence: Vec<&String> = out.disputes.iter().flat_map(|d| &d.flags).collect();
    evidence.sort();
    let mut flags: Vec<&String> = out.flags.iter().map(|f| &f.id).collect();
    flags.sort();
    assert_eq!(evidence, flags);
    for d in &out.disputes {
        let scores: Vec<f32> = d
            .flags
            .iter()
            .map(|id| out.flags.iter().find(|f| &f.id == id).unwrap().score)
            .collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
        assert_eq!(d.max_score, scores[0]);
        assert_eq!(d.status, Status::Unreviewed);
        assert_eq!(d.articles.len(), 2, "both articles of the set are evidence");
    }
    assert!(
        budget.topic.iter().any(|t| t.contains("tax")),
        "{:?}",
        budget.topic
    );
}

#[test]
fn contra_disputes_lists_the_stores_disputes_and_filters_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let out = budget_and_strike(&db);

    let listed = disputes_json(&db, &[]);
    let ids = |v: &[Value]| -> BTreeSet<String> {
        v.iter()
            .map(|d| d["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let run_ids: BTreeSet<String> = out.disputes.iter().map(|d| d.id.clone()).collect();
    assert_eq!(
        ids(&listed),
        run_ids,
        "the store gives the run's disputes, same ids"
    );
    for d in &listed {
        for field in [
            "speakers",
            "topic",
            "flags",
            "articles",
            "max_score",
            "status",
        ] {
            assert!(d.get(field).is_some(), "{field} in {d}");
        }
    }

    let blake = disputes_json(&db, &["--speaker", "BLAKE"]);
    assert_eq!(blake.len(), 1);
    assert!(blake[0]["speakers"].to_string().contains("Victor Alvarez"));
    assert!(disputes_json(&db, &["--speaker", "Nobody Here"]).is_empty());
    // The fixtures carry no dates: --since keeps only dated disputes.
    assert!(disputes_json(&db, &["--since", "2001-01-01"]).is_empty());

    // A decision on one flag is the dispute's status; decisions stay per flag.
    let flag = blake[0]["flags"][0].as_str().unwrap().to_owned();
    let o = contra(&["label", "--db", db.to_str().unwrap(), &flag, "confirmed"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let blake = disputes_json(&db, &["--speaker", "blake"]);
    assert_eq!(blake[0]["status"], "confirmed");
    assert_eq!(blake[0]["reviewed"], 1);

    // The table: each dispute, its flags indented under it with their ids.
    let o = contra(&["disputes", "--db", db.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let table = stdout(&o);
    assert!(
        table.contains("Susan Blake") && table.contains(" vs "),
        "{table}"
    );
    assert!(table.contains(&format!("  {flag}  ")), "{table}");
    assert!(stderr(&o).contains("2 disputes"), "{}", stderr(&o));
}

#[test]
fn since_keeps_disputes_with_articles_published_on_or_after_the_date() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let mut files = Vec::new();
    for (set, date) in [("06_budget", "2026-03-02"), ("09_strike", "2025-11-20")] {
        for name in ["a", "b"] {
            let text = std::fs::read_to_string(common::fixture(&format!("score/{set}/{name}.txt")))
                .unwrap();
            let path = dir.path().join(format!("{set}-{name}.json"));
            let article = serde_json::json!({"title": format!("{set} {name}"), "text": text, "published": date});
            std::fs::write(&path, article.to_string()).unwrap();
            files.push(path);
        }
    }
    score_files(
        &FakeNli::budget_and_strike(),
        &db,
        &files,
        &Default::default(),
    );
    let since = |date: &str| disputes_json(&db, &["--since", date]).len();
    assert_eq!(since("2025-01-01"), 2);
    assert_eq!(since("2026-01-01"), 1);
    assert_eq!(since("2026-03"), 1, "a month matches its own days");
    assert_eq!(since("2026-04-01"), 0);
    let budget = disputes_json(&db, &["--since", "2026-01-01"]);
    assert_eq!(budget[0]["articles"][0]["published"], "2026-03-02");

    let o = contra(&[
        "disputes",
        "--db",
        db.to_str().unwrap(),
        "--since",
        "last week",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
}

#[test]
fn disputes_need_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.db");
    let o = contra(&["disputes", "--db", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("run `contra score` first"),
        "{}",
        stderr(&o)
    );
}

/// Two of our sets, one file per run into one store (archive mode), against all four files in
/// one run: the same flags and the same disputes. (tests/score.rs does the same for every set
/// with the real model.)
#[test]
fn one_file_per_run_gives_the_flags_and_disputes_of_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let files = score_sets(&["06_budget", "09_strike"]);
    let nli = FakeNli::budget_and_strike;
    let together = dir.path().join("together.db");
    let out = score_files(&nli(), &together, &files, &Default::default());
    let separate = dir.path().join("separate.db");
    let mut archive_pairs = 0;
    for f in &files {
        let run = score_files(
            &nli(),
            &separate,
            std::slice::from_ref(f),
            &Default::default(),
        );
        archive_pairs += run.stats.archive_pairs_scored;
    }
    assert!(archive_pairs > 0, "later runs pair with earlier claims");
    let flags = |db: &Path| -> BTreeSet<String> {
        let store = contra_store::Store::open(db).unwrap();
        store
            .flags(None, false)
            .unwrap()
            .into_iter()
            .map(|f| f.id)
            .collect()
    };
    assert!(out.flags.len() >= 4, "{}", out.flags.len());
    assert_eq!(flags(&separate), flags(&together));
    let disputes = |db: &Path| -> Vec<(String, Vec<String>, Vec<String>)> {
        disputes_json(db, &[])
            .iter()
            .map(|d| {
                let strings = |v: &Value| -> Vec<String> {
                    v.as_array()
                        .unwrap()
                        .iter()
                        .map(|s| s.to_string())
                        .collect()
                };
                (
                    d["id"].to_string(),
                    strings(&d["flags"]),
                    strings(&d["topic"]),
                )
            })
            .collect()
    };
    assert_eq!(disputes(&separate), disputes(&together));

    // Without the archive, each run pairs only its own article: no flag across articles.
    let alone = dir.path().join("alone.db");
    let no_archive = contra_app::score::ScoreOptions {
        no_archive: true,
        ..Default::default()
    };
    for f in &files {
        let run = score_files(&nli(), &alone, std::slice::from_ref(f), &no_archive);
        assert_eq!(run.stats.archive_claims_considered, 0);
    }
    assert!(flags(&alone).len() < flags(&together).len());
}

/// A speaker of an earlier run is this run's speaker when the names match by the rules of one
/// run (Sergei/Sergey): he is never paired against himself, and others are paired with him.
#[test]
fn speakers_of_earlier_runs_are_matched_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let march = write(
        "march.txt",
        "Lavrov on Raqqa\n\nRussian Foreign Minister Sergei Lavrov said the Americans proposed a division of labor over Raqqa.\n",
    );
    let april = write(
        "april.txt",
        "Lavrov again\n\nSergey Lavrov said the Americans never proposed a division of labor over Raqqa.\n\nState Department spokesman John Kirby said there were no plans to divide the labor over Raqqa with Russia.\n",
    );
    // Everything is a contradiction to this model: only who may be paired decides.
    let nli = FakeNli::new(&[], 0.99);
    score_files(&nli, &db, std::slice::from_ref(&march), &Default::default());
    let out = score_files(&nli, &db, std::slice::from_ref(&april), &Default::default());
    assert!(out.stats.archive_claims_considered >= 1);
    let pairs: Vec<(String, String)> = out
        .flags
        .iter()
        .map(|f| (f.a.speaker.clone(), f.b.speaker.clone()))
        .collect();
    assert!(
        pairs
            .iter()
            .all(|(a, b)| !(a.contains("Lavrov") && b.contains("Lavrov"))),
        "Lavrov against himself across runs: {pairs:?}"
    );
    let march_claim = out
        .flags
        .iter()
        .flat_map(|f| [&f.a, &f.b])
        .find(|s| s.title == "Lavrov on Raqqa")
        .expect("Kirby against the March claim");
    assert_eq!(march_claim.speaker, "Sergei Lavrov");
    assert!(
        out.archive_claims.iter().any(|c| c.id == march_claim.claim),
        "the earlier claim is in the output"
    );
}
