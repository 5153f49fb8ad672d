//! The main job, stage by stage: articles → claims → candidate pairs → NLI (cached, both
//! directions, sentence by sentence) → verdicts → one stored run.

mod archive;
pub mod eval;

use crate::cached::readings;
use contra_store::{RunCounts, Store};
use contra_text::article::Article;
use contra_text::claims::{extract_with, Claim, Extraction, Limited, Limits, Speaker, SpeakerKind};
use contra_text::dispute::{disputes, Dispute};
use contra_text::error::Result;
use contra_text::flag::{flag_id, is_probe, Flag, Side, Status};
use contra_text::nli::Nli;
use contra_text::pairs::semantic::{on_topic, SentenceEncoder};
use contra_text::pairs::{candidates_with_archive, Candidate, PairOptions};
use contra_text::verdict::{ModelInputs, Thresholds, Verdict};
use serde::Serialize;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    pub pairs: PairOptions,
    /// Overrides the stored thresholds for every label.
    pub threshold: Option<f32>,
    /// Per-article limits on size and claims.
    pub limits: Limits,
    /// Pair only this run's claims, not also the related claims of earlier runs in the store.
    pub no_archive: bool,
    /// The sentence encoder that drops candidate pairs about different matters
    /// (`pairs.min_semantic`); without one, the term prefilter alone decides.
    pub encoder: Option<Rc<dyn SentenceEncoder>>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub articles: usize,
    pub claims: usize,
    pub pairs_considered: u64,
    pub pairs_scored: usize,
    /// Pairs the term prefilter passed that the sentence encoder found about different matters
    /// (not scored).
    pub pairs_off_topic: usize,
    /// Distinct (premise, hypothesis) inputs the pairs needed, and how many came from the cache.
    pub nli_inputs: usize,
    pub nli_cached: usize,
    pub flags: usize,
    pub truncated: usize,
    pub run: i64,
    pub thresholds_version: i64,
    pub seconds: f64,
    /// Articles given more than once (the same text, e.g. syndicated copies): scored once.
    pub duplicate_articles: usize,
    /// What the per-article limits and the repeat rule left out.
    pub limited: Limited,
    /// Archive mode: claims of earlier runs that share a rare term with this run's, and the
    /// pairs of a new claim with an earlier one that were scored.
    pub archive_claims_considered: usize,
    pub archive_pairs_scored: usize,
}

#[derive(Debug, Serialize)]
pub struct ScoreOutput {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub speakers: Vec<Speaker>,
    pub flags: Vec<Flag>,
    /// The run's flags grouped into disputes (see `contra_text::dispute`).
    pub disputes: Vec<Dispute>,
    /// Claims of earlier runs that a flag pairs with one of this run's.
    pub archive_claims: Vec<Claim>,
    pub stats: Stats,
}

/// Where a run is, for progress displays: each stage as it starts, and the model's inputs as
/// they are scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Extracting {
        articles: usize,
    },
    Pairing {
        claims: usize,
        archive_claims: usize,
    },
    Nli {
        done: usize,
        total: usize,
    },
}

/// Scores articles against each other and stores the run: extract → candidate pairs → model
/// inputs → cached NLI → verdicts → flags → one stored run. `progress` hears of each stage and
/// of the model's inputs as they are scored.
pub fn score(
    articles: Vec<Article>,
    nli: &dyn Nli,
    store: &mut Store,
    opts: &ScoreOptions,
    command: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<ScoreOutput> {
    let start = Instant::now();
    let given = articles.len();
    let mut seen = std::collections::HashSet::new();
    let articles: Vec<Article> = articles
        .into_iter()
        .filter(|a| seen.insert(a.id.clone()))
        .collect();
    let duplicate_articles = given - articles.len();
    progress(Progress::Extracting {
        articles: articles.len(),
    });
    let x = extract_with(articles, &opts.limits);
    // This run's claims, then the related ones of earlier runs (archive mode).
    let related = if opts.no_archive {
        archive::Related::default()
    } else {
        archive::related(store, &x)?
    };
    progress(Progress::Pairing {
        claims: x.claims.len(),
        archive_claims: related.claims.len(),
    });
    let claims: Vec<Claim> = x.claims.iter().chain(&related.claims).cloned().collect();
    let speakers: Vec<Speaker> = x
        .speakers
        .iter()
        .chain(&related.speakers)
        .cloned()
        .collect();
    let mut pairing = candidates_with_archive(
        &claims,
        x.claims.len(),
        &speakers,
        &opts.pairs,
        &related.corpus,
    );
    let pairs_off_topic = match &opts.encoder {
        Some(encoder) => on_topic(
            &claims,
            &mut pairing.candidates,
            &**encoder,
            opts.pairs.min_semantic,
        )?,
        None => 0,
    };
    let archive_pairs = pairing
        .candidates
        .iter()
        .filter(|p| p.b >= x.claims.len())
        .count();
    let thresholds = thresholds(store, nli, opts)?;
    let three_way = nli.entailment_index().is_some();
    let inputs = ModelInputs::new(&claims, &pairing.candidates, three_way);
    let texts: Vec<(&str, &str)> = inputs
        .texts
        .iter()
        .map(|(p, h)| (p.as_str(), h.as_str()))
        .collect();
    let nli_out = readings(nli, store, &texts, &mut |done, total| {
        progress(Progress::Nli { done, total })
    })?;
    let verdicts: Vec<Verdict> = pairing
        .candidates
        .iter()
        .zip(inputs.combine(&nli_out.readings))
        .map(|(p, best)| Verdict::new(&claims[p.a], &claims[p.b], best, p.similarity, &thresholds))
        .collect();
    let model = nli.id();
    let articles: Vec<&Article> = x.articles.iter().chain(&related.articles).collect();
    let kept = flags(
        &claims,
        &articles,
        &pairing.candidates,
        &verdicts,
        &thresholds,
        &model,
    );
    let counts = RunCounts {
        articles: x.articles.len() as u64,
        claims: x.claims.len() as u64,
        pairs_considered: pairing.considered,
        pairs_scored: pairing.candidates.len() as u64,
        flags: kept.iter().filter(|f| !f.probe).count() as u64,
    };
    let scored = Scored {
        extraction: &x,
        claims: &claims,
        candidates: &pairing.candidates,
        verdicts: &verdicts,
        flags: &kept,
    };
    let run = save_run(store, &scored, &thresholds, &model, command, counts)?;
    let mut flags: Vec<Flag> = kept.into_iter().filter(|f| !f.probe).collect();
    flags.sort_by(|x, y| y.score.total_cmp(&x.score).then_with(|| x.id.cmp(&y.id)));
    let stats = Stats {
        articles: x.articles.len(),
        claims: x.claims.len(),
        pairs_considered: pairing.considered,
        pairs_scored: pairing.candidates.len(),
        pairs_off_topic,
        nli_inputs: texts.len(),
        nli_cached: nli_out.cached,
        flags: flags.len(),
        truncated: nli_out.truncated,
        run,
        thresholds_version: thresholds.version,
        seconds: start.elapsed().as_secs_f64(),
        duplicate_articles,
        limited: x.limited.clone(),
        archive_claims_considered: related.considered,
        archive_pairs_scored: archive_pairs,
    };
    // The earlier claims a flag names, so that its ids can be looked up in the output.
    let in_flags: std::collections::HashSet<&str> = flags
        .iter()
        .flat_map(|f| [f.a.claim.as_str(), f.b.claim.as_str()])
        .collect();
    let archive_claims: Vec<Claim> = related
        .claims
        .iter()
        .filter(|c| in_flags.contains(c.id.as_str()))
        .cloned()
        .collect();
    Ok(ScoreOutput {
        articles: x.articles,
        claims: x.claims,
        speakers: x.speakers,
        disputes: disputes(&flags),
        archive_claims,
        flags,
        stats,
    })
}

/// The thresholds in force: the store's current version (the model's own threshold before any
/// calibration), or `--threshold` for every label.
fn thresholds(store: &Store, nli: &dyn Nli, opts: &ScoreOptions) -> Result<Thresholds> {
    let mut t = store.current_thresholds(Thresholds::model_default(nli.threshold()))?;
    if let Some(v) = opts.threshold {
        t.contradiction = v;
        t.denial = v;
    }
    Ok(t)
}

/// The flags of a run, and the probes among the pairs below threshold, in candidate order.
fn flags(
    claims: &[Claim],
    articles: &[&Article],
    candidates: &[Candidate],
    verdicts: &[Verdict],
    thresholds: &Thresholds,
    model: &str,
) -> Vec<Flag> {
    let texts: HashMap<&str, (&Article, Arc<str>)> = articles
        .iter()
        .map(|a| (a.id.as_str(), (*a, Arc::from(a.text.as_str()))))
        .collect();
    let side = |c: &Claim| {
        let (article, text) = &texts[c.article.as_str()];
        Side {
            claim: c.id.clone(),
            speaker: c.speaker.clone(),
            role: c.role.clone(),
            org: c.org.clone(),
            text: c.text.clone(),
            kind: c.kind,
            article: c.article.clone(),
            title: article.title.clone(),
            path: article.path.clone(),
            published: article.published.clone(),
            start: c.start,
            end: c.end,
            article_text: text.clone(),
        }
    };
    candidates
        .iter()
        .zip(verdicts)
        .filter_map(|(p, v)| {
            let (a, b) = (&claims[p.a], &claims[p.b]);
            let id = flag_id(&a.id, &b.id);
            let probe = !v.flagged();
            (!probe || is_probe(&id)).then(|| Flag {
                id,
                label: v.label,
                score: v.score,
                p_ab: v.p_ab,
                p_ba: v.p_ba,
                similarity: v.similarity,
                threshold: Some(v.threshold),
                thresholds_version: thresholds.version,
                model: model.to_owned(),
                probe,
                a: side(a),
                b: side(b),
                status: Status::Unreviewed,
                note: None,
                reviewer: None,
            })
        })
        .collect()
}

/// What a run found, as it is stored.
struct Scored<'a> {
    extraction: &'a Extraction,
    /// This run's claims, then the earlier ones it was paired with.
    claims: &'a [Claim],
    candidates: &'a [Candidate],
    verdicts: &'a [Verdict],
    /// Flags and probes.
    flags: &'a [Flag],
}

/// Writes the run in one transaction: nothing of it is visible until it commits.
fn save_run(
    store: &mut Store,
    run: &Scored,
    thresholds: &Thresholds,
    model: &str,
    command: &str,
    counts: RunCounts,
) -> Result<i64> {
    let x = run.extraction;
    let tx = store.begin_run(model, thresholds, command)?;
    for a in &x.articles {
        tx.put_article(a)?;
    }
    let kinds = archive::kinds(&x.speakers);
    for c in &x.claims {
        let kind = kinds
            .get(c.speaker_id.as_str())
            .copied()
            .unwrap_or(SpeakerKind::Unknown);
        tx.put_claim(c, kind)?;
    }
    for (p, v) in run.candidates.iter().zip(run.verdicts) {
        tx.put_scored(&run.claims[p.a].id, &run.claims[p.b].id, v)?;
    }
    for f in run.flags {
        tx.put_flag(f)?;
    }
    tx.commit(counts)
}
