//! Scoring extraction against gold files: one JSON object per line,
//! `{"fragment": "...", "speaker": "...", "kind": "quote|reported|denial|narrator"}`.
//!
//! A gold item is *found* when some claim of its article contains the fragment (compared by
//! [`match_key`](crate::article::normalize::match_key)); it is *attributed right* when that
//! claim's canonical speaker is the gold speaker (case-insensitive; first-name transliterations
//! such as Sergei/Sergey count as the same person).

use super::speakers::first_name_variants;
use super::{Claim, Extraction};
use crate::article::normalize::match_key;
use crate::error::Result;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldItem {
    pub fragment: String,
    pub speaker: String,
    #[serde(default)]
    pub kind: Option<String>,
}

pub fn read_gold(path: &Path) -> Result<Vec<GoldItem>> {
    crate::jsonl::read(path)
}

#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub article: String,
    pub fragment: String,
    pub gold_speaker: String,
    /// The speaker contra gave, for a misattribution; `None` for a claim not found.
    pub got_speaker: Option<String>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Report {
    pub gold: usize,
    pub found: usize,
    pub right_speaker: usize,
    pub right_kind: usize,
    pub claim_recall: f64,
    pub speaker_accuracy: f64,
    pub kind_accuracy: f64,
    pub misattributions: Vec<Miss>,
    pub missed: Vec<Miss>,
}

pub fn same_speaker(gold: &str, got: &str) -> bool {
    let (g, h) = (gold.to_lowercase(), got.to_lowercase());
    if g == h {
        return true;
    }
    let gw: Vec<&str> = g.split_whitespace().collect();
    let hw: Vec<&str> = h.split_whitespace().collect();
    gw.len() == 2 && hw.len() == 2 && gw[1] == hw[1] && first_name_variants(gw[0], hw[0])
}

/// Scores `x` against gold items keyed by article id.
pub fn score(x: &Extraction, gold: &[(String, Vec<GoldItem>)]) -> Report {
    let mut r = Report::default();
    for (article, items) in gold {
        let claims: Vec<(&Claim, String)> = x
            .claims
            .iter()
            .filter(|c| &c.article == article)
            .map(|c| (c, match_key(&c.text)))
            .collect();
        let path = x
            .articles
            .iter()
            .find(|a| &a.id == article)
            .map_or(article.clone(), |a| a.path.clone());
        for g in items {
            r.gold += 1;
            let key = match_key(&g.fragment);
            let hits: Vec<&Claim> = claims
                .iter()
                .filter(|(_, k)| k.contains(&key))
                .map(|(c, _)| *c)
                .collect();
            let Some(best) = hits
                .iter()
                .find(|c| same_speaker(&g.speaker, &c.speaker))
                .or(hits.first())
            else {
                r.missed.push(Miss {
                    article: path.clone(),
                    fragment: g.fragment.clone(),
                    gold_speaker: g.speaker.clone(),
                    got_speaker: None,
                });
                continue;
            };
            r.found += 1;
            if same_speaker(&g.speaker, &best.speaker) {
                r.right_speaker += 1;
            } else {
                r.misattributions.push(Miss {
                    article: path.clone(),
                    fragment: g.fragment.clone(),
                    gold_speaker: g.speaker.clone(),
                    got_speaker: Some(best.speaker.clone()),
                });
            }
            let kind = format!("{:?}", best.kind).to_lowercase();
            if g.kind.as_deref().is_none_or(|k| k == kind) {
                r.right_kind += 1;
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    r.claim_recall = ratio(r.found, r.gold);
    r.speaker_accuracy = ratio(r.right_speaker, r.found);
    r.kind_accuracy = ratio(r.right_kind, r.found);
    r
}
