//! Precision and recall of flags on article sets with gold pairs.
//!
//! A set is a folder of articles (`*.txt`, `*.json`, `*.jsonl`, plus any paths listed in
//! `articles.list`, relative to the folder) and `gold.jsonl`: one
//! `{"a": fragment, "b": fragment, "flag": true|false}` per line. A flag *matches* a gold pair
//! when one claim contains fragment `a` and the other fragment `b` (either order). Flags that
//! match no positive gold pair are false positives; `flag: false` pairs that get flagged are
//! reported as trap violations.

use super::{score, ScoreOptions};
use contra_store::Store;
use contra_text::article::{normalize::match_key, read_input};
use contra_text::error::{Error, Result};
use contra_text::flag::Flag;
use contra_text::nli::Nli;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldPair {
    pub a: String,
    pub b: String,
    pub flag: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SetResult {
    pub set: String,
    pub flags: usize,
    pub gold_positives: usize,
    pub true_positives: usize,
    pub false_positives: Vec<String>,
    pub missed: Vec<String>,
    pub trap_violations: Vec<String>,
    pub pairs_considered: u64,
    pub pairs_scored: usize,
    /// Every flag of the set with both directions' scores, for analysis at other thresholds
    /// (`--threshold 0` makes every scored pair a flag).
    pub flag_scores: Vec<FlagScore>,
}

/// One flag of a set, as eval output.
#[derive(Debug, Clone, Serialize)]
pub struct FlagScore {
    pub label: &'static str,
    pub score: f32,
    pub p_ab: f32,
    pub p_ba: f32,
    pub similarity: f32,
    pub a: String,
    pub a_speaker: String,
    pub b: String,
    pub b_speaker: String,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Report {
    pub sets: Vec<SetResult>,
    pub precision: f64,
    pub recall: f64,
    pub gold_positives: usize,
    pub flags: usize,
}

fn matches(f: &Flag, g: &GoldPair) -> bool {
    let (fa, fb) = (match_key(&f.a.text), match_key(&f.b.text));
    let (ga, gb) = (match_key(&g.a), match_key(&g.b));
    (fa.contains(&ga) && fb.contains(&gb)) || (fa.contains(&gb) && fb.contains(&ga))
}

/// Runs one set; `None` when an article it lists is not present (e.g. the shared seed).
pub fn run_set(dir: &Path, model: &dyn Nli, opts: &ScoreOptions) -> Result<Option<SetResult>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|e| matches!(e.to_str(), Some("txt" | "json")))
        })
        .collect();
    files.sort();
    let list = dir.join("articles.list");
    if list.is_file() {
        let text = std::fs::read_to_string(&list).map_err(|e| Error::io(&list, e))?;
        for line in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let p = dir.join(line);
            if !p.is_file() {
                return Ok(None);
            }
            files.push(p);
        }
    }
    let gold_path = dir.join("gold.jsonl");
    let gold: Vec<GoldPair> = contra_text::jsonl::read(&gold_path)?;
    let mut articles = Vec::new();
    for f in &files {
        articles.extend(read_input(&f.display().to_string())?);
    }
    let mut store = Store::open(Path::new(":memory:"))?;
    let out = score(articles, model, &mut store, opts, "eval-score", &mut |_| {})?;
    let name = dir
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let describe = |f: &Flag| {
        format!(
            "{} ({}) vs {} ({}): {:.3}",
            f.a.text, f.a.speaker, f.b.text, f.b.speaker, f.score
        )
    };
    let positives: Vec<&GoldPair> = gold.iter().filter(|g| g.flag).collect();
    Ok(Some(SetResult {
        set: name,
        flags: out.flags.len(),
        gold_positives: positives.len(),
        true_positives: positives
            .iter()
            .filter(|g| out.flags.iter().any(|f| matches(f, g)))
            .count(),
        false_positives: out
            .flags
            .iter()
            .filter(|f| !positives.iter().any(|g| matches(f, g)))
            .map(describe)
            .collect(),
        missed: positives
            .iter()
            .filter(|g| !out.flags.iter().any(|f| matches(f, g)))
            .map(|g| format!("{} / {}", g.a, g.b))
            .collect(),
        trap_violations: gold
            .iter()
            .filter(|g| !g.flag)
            .flat_map(|g| out.flags.iter().filter(move |f| matches(f, g)))
            .map(describe)
            .collect(),
        pairs_considered: out.stats.pairs_considered,
        pairs_scored: out.stats.pairs_scored,
        flag_scores: out
            .flags
            .iter()
            .map(|f| FlagScore {
                label: f.label.as_str(),
                score: f.score,
                p_ab: f.p_ab,
                p_ba: f.p_ba,
                similarity: f.similarity,
                a: f.a.text.clone(),
                a_speaker: f.a.speaker.clone(),
                b: f.b.text.clone(),
                b_speaker: f.b.speaker.clone(),
            })
            .collect(),
    }))
}

pub fn summarize(sets: Vec<SetResult>) -> Report {
    let gold_positives: usize = sets.iter().map(|s| s.gold_positives).sum();
    let flags: usize = sets.iter().map(|s| s.flags).sum();
    let fp: usize = sets.iter().map(|s| s.false_positives.len()).sum();
    let tp: usize = sets.iter().map(|s| s.true_positives).sum();
    Report {
        precision: if flags == 0 {
            0.0
        } else {
            (flags - fp) as f64 / flags as f64
        },
        recall: if gold_positives == 0 {
            0.0
        } else {
            tp as f64 / gold_positives as f64
        },
        gold_positives,
        flags,
        sets,
    }
}
