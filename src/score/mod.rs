//! The main job, stage by stage: articles → claims → candidate pairs → NLI (cached, both
//! directions, sentence by sentence) → verdicts → one stored run.

pub mod eval;

use crate::article::Article;
use crate::claims::{extract, Claim, Speaker};
use crate::error::Result;
use crate::nli::NliModel;
use crate::pairs::{candidates, PairOptions};
use crate::store::{RunCounts, ScoredPair, Store};
use crate::verdict::{self, Label, Thresholds};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::time::Instant;

#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    pub pairs: PairOptions,
    /// Overrides the stored thresholds for every label.
    pub threshold: Option<f32>,
}

/// A flagged pair. `a` and `b` are claim ids.
#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    pub id: String,
    pub a: String,
    pub b: String,
    pub label: Label,
    pub score: f32,
    /// P(contradiction) with `a` as premise, and with `b` as premise.
    pub p_ab: f32,
    pub p_ba: f32,
    pub similarity: f32,
    pub threshold: f32,
    pub thresholds_version: i64,
    pub model: String,
    pub a_speaker: String,
    pub b_speaker: String,
    pub a_text: String,
    pub b_text: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub articles: usize,
    pub claims: usize,
    pub pairs_considered: u64,
    pub pairs_scored: usize,
    /// Distinct (premise, hypothesis) inputs the pairs needed, and how many came from the cache.
    pub nli_inputs: usize,
    pub nli_cached: usize,
    pub flags: usize,
    pub truncated: usize,
    pub run: i64,
    pub thresholds_version: i64,
    pub seconds: f64,
}

#[derive(Debug, Serialize)]
pub struct ScoreOutput {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub speakers: Vec<Speaker>,
    pub flags: Vec<Flag>,
    pub stats: Stats,
}

/// Share of pairs scored below threshold that are kept as probe items for review, in percent.
/// Reviewers' verdicts on them estimate what the threshold misses (recall). The choice is a
/// hash of the flag id, so a pair is a probe in every run or in none.
pub const PROBE_PERCENT: u8 = 5;

fn is_probe(id: &str) -> bool {
    let d = Sha256::digest(id.as_bytes());
    d[0] as u32 * 100 / 256 < PROBE_PERCENT as u32
}

/// Stable flag id: the same two claims always give the same id.
pub fn flag_id(a: &str, b: &str) -> String {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    format!(
        "f{}",
        crate::article::short_hash(format!("{x}|{y}").as_bytes())
    )
}

/// Scores articles against each other and stores the run. `progress(done, total)` is called
/// as NLI batches finish.
pub fn score(
    articles: Vec<Article>,
    model: &NliModel,
    store: &mut Store,
    opts: &ScoreOptions,
    command: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ScoreOutput> {
    let start = Instant::now();
    let x = extract(articles);
    let pairing = candidates(&x.claims, &x.speakers, &opts.pairs);
    let mut thresholds: Thresholds = store.current_thresholds()?;
    if let Some(t) = opts.threshold {
        thresholds.contradiction = t;
        thresholds.denial = t;
    }
    let model_id = model.id();
    let tx = store.begin_run(&model_id, &thresholds, command)?;
    for a in &x.articles {
        tx.put_article(a)?;
    }
    for c in &x.claims {
        tx.put_claim(c)?;
    }

    // Every model input the candidates need, once.
    let sentences: HashMap<usize, Vec<String>> = pairing
        .candidates
        .iter()
        .flat_map(|p| [p.a, p.b])
        .map(|i| {
            let c = &x.claims[i];
            (
                i,
                verdict::sentences(c.proposition(&x.claims))
                    .iter()
                    .map(|s| verdict::model_text(c, s))
                    .collect(),
            )
        })
        .collect();
    let mut inputs: HashMap<(&str, &str), usize> = HashMap::new();
    let mut order: Vec<(&str, &str)> = Vec::new();
    for p in &pairing.candidates {
        for sa in &sentences[&p.a] {
            for sb in &sentences[&p.b] {
                for key in [(sa.as_str(), sb.as_str()), (sb.as_str(), sa.as_str())] {
                    inputs.entry(key).or_insert_with(|| {
                        order.push(key);
                        order.len() - 1
                    });
                }
            }
        }
    }
    let c_idx = model.contradiction_index();
    let mut probs: Vec<Option<f32>> = vec![None; order.len()];
    let mut misses = Vec::new();
    for (i, (p, h)) in order.iter().enumerate() {
        match tx.cached(p, h)? {
            Some(v) if v.len() > c_idx => probs[i] = Some(v[c_idx]),
            _ => misses.push(i),
        }
    }
    let cached = order.len() - misses.len();
    let mut truncated = 0;
    let total = misses.len();
    progress(0, total);
    for (done, chunk) in misses.chunks(256).enumerate() {
        let batch: Vec<(&str, &str)> = chunk.iter().map(|&i| order[i]).collect();
        let scores = model.predict(&batch)?;
        for (&i, s) in chunk.iter().zip(&scores) {
            tx.cache(order[i].0, order[i].1, &s.probs)?;
            probs[i] = Some(s.get(c_idx));
            truncated += usize::from(s.truncated);
        }
        progress((done * 256 + chunk.len()).min(total), total);
    }

    let mut flags = Vec::new();
    for p in &pairing.candidates {
        let (a, b) = (&x.claims[p.a], &x.claims[p.b]);
        let mut per_sentence = Vec::new();
        for (i, sa) in sentences[&p.a].iter().enumerate() {
            for (j, sb) in sentences[&p.b].iter().enumerate() {
                let ab = probs[inputs[&(sa.as_str(), sb.as_str())]].unwrap_or(0.0);
                let ba = probs[inputs[&(sb.as_str(), sa.as_str())]].unwrap_or(0.0);
                per_sentence.push(((i, j), (ab, ba)));
            }
        }
        let mut s = verdict::combine(&per_sentence);
        let label = verdict::label(a, b);
        s.score = thresholds.score(label, s.p_ab, s.p_ba, p.similarity);
        let scored = ScoredPair {
            a,
            b,
            similarity: p.similarity,
            p_ab: s.p_ab,
            p_ba: s.p_ba,
            score: s.score,
            label,
        };
        tx.put_scored(&scored)?;
        let threshold = thresholds.get(label);
        let id = flag_id(&a.id, &b.id);
        if s.score < threshold {
            if is_probe(&id) {
                tx.put_flag(&id, &scored, true)?;
            }
        } else {
            tx.put_flag(&id, &scored, false)?;
            flags.push(Flag {
                id: id.clone(),
                a: a.id.clone(),
                b: b.id.clone(),
                label,
                score: s.score,
                p_ab: s.p_ab,
                p_ba: s.p_ba,
                similarity: p.similarity,
                threshold,
                thresholds_version: thresholds.version,
                model: model_id.clone(),
                a_speaker: a.speaker.clone(),
                b_speaker: b.speaker.clone(),
                a_text: a.text.clone(),
                b_text: b.text.clone(),
            });
        }
    }
    flags.sort_by(|x, y| y.score.total_cmp(&x.score).then_with(|| x.id.cmp(&y.id)));
    let counts = RunCounts {
        articles: x.articles.len() as u64,
        claims: x.claims.len() as u64,
        pairs_considered: pairing.considered,
        pairs_scored: pairing.candidates.len() as u64,
        flags: flags.len() as u64,
    };
    let run = tx.commit(counts)?;
    let stats = Stats {
        articles: x.articles.len(),
        claims: x.claims.len(),
        pairs_considered: pairing.considered,
        pairs_scored: pairing.candidates.len(),
        nli_inputs: order.len(),
        nli_cached: cached,
        flags: flags.len(),
        truncated,
        run,
        thresholds_version: thresholds.version,
        seconds: start.elapsed().as_secs_f64(),
    };
    Ok(ScoreOutput {
        articles: x.articles,
        claims: x.claims,
        speakers: x.speakers,
        flags,
        stats,
    })
}
