//! `contra score`: the main job.

use super::{Loaders, ModelArgs};
use crate::output::count;
use anyhow::bail;
use clap::{Args, ValueEnum};
use contra_app::score::{score, Progress, ScoreOptions, ScoreOutput};
use contra_text::article::{read_corpus, read_input, Article};
use contra_text::claims::Limits;
use contra_text::dispute::Evidence;
use contra_text::nli::Nli;
use contra_text::pairs::semantic::{self, default_encoder_dir, SentenceEncoder};
use contra_text::pairs::PairOptions;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

/// Exit status when some corpus articles were skipped (the rest were scored).
pub const EXIT_PARTIAL: u8 = 3;

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreFormat {
    Json,
    Jsonl,
    Table,
}

#[derive(Args)]
#[command(
    after_help = "One file: pairs within that article. Several files (or a corpus): pairs \
    within and across all of them. Every run is stored in the database (--db, else $CONTRA_DB, \
    else ~/.local/share/contra/contra.db) in one transaction.\n\n\
    Exit status: 0 done; 1 error; 2 bad usage; 3 some corpus articles were skipped.\n\n\
    Examples:\n  contra score ../shared/seed/000_32622a4886d3749e.txt\n  \
    contra score --format json --across-only a.txt b.txt\n  \
    contra score --corpus articles/ --db news.db"
)]
pub struct ScoreArgs {
    /// Articles (plain text, JSON or JSONL; `-` for stdin).
    #[arg(value_name = "FILE", required_unless_present = "corpus")]
    files: Vec<String>,

    /// Score a whole corpus: a folder of article files (.txt, .json, .jsonl) or one file. Bad
    /// articles (a bad JSONL line, a bad array element) and files that are not read are
    /// listed with the reason and skipped.
    #[arg(long, value_name = "DIR|FILE.jsonl", conflicts_with = "files")]
    corpus: Option<PathBuf>,

    /// With --corpus: read the folder's subfolders too.
    #[arg(long, requires = "corpus")]
    recursive: bool,

    /// With --corpus: stop at the first bad article.
    #[arg(long, requires = "corpus")]
    strict: bool,

    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    format: ScoreFormat,

    #[command(flatten)]
    db: super::DbArg,

    /// Flag pairs scoring at least X, for every label (default: the store's current
    /// thresholds, else the model's own: 0.8 for the bundled models).
    #[arg(long, value_name = "X")]
    threshold: Option<f32>,

    /// Only pair claims from different articles.
    #[arg(long)]
    across_only: bool,

    /// Pair only the claims of this run. By default they are also paired with the related
    /// claims of earlier runs in the store (archive mode).
    #[arg(long)]
    no_archive: bool,

    #[command(flatten)]
    pairs: PairArgs,

    #[command(flatten)]
    model: ModelArgs,
}

/// Which claims are paired: shared by `score` and `eval-score`, so an evaluation runs the
/// pairing a user gets.
#[derive(Args)]
pub struct PairArgs {
    /// Also pair the narrator's own (unattributed) claims.
    #[arg(long)]
    include_narrator: bool,

    /// Topical prefilter: the least similarity (shared rare words, names and numbers, 0 to 1)
    /// for a pair to reach the model. 0 scores every pair of different speakers.
    #[arg(long, value_name = "S", default_value_t = PairOptions::default().min_similarity)]
    min_similarity: f32,

    #[command(flatten)]
    semantic: SemanticArgs,

    /// Pair each claim with at most its N most similar claims (keeps work linear in corpus
    /// size).
    #[arg(long, value_name = "N", default_value_t = PairOptions::default().max_per_claim)]
    max_pairs_per_claim: usize,

    /// Read at most this many bytes of an article (up to the last paragraph break before it);
    /// a warning names each cut. Real articles are far shorter.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_article_bytes)]
    max_article_bytes: usize,

    /// Keep at most this many claims of one article; a warning says how many were left out.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_claims_per_article)]
    max_claims_per_article: usize,
}

impl PairArgs {
    fn options(&self, across_only: bool) -> PairOptions {
        PairOptions {
            across_only,
            include_narrator: self.include_narrator,
            min_similarity: self.min_similarity,
            min_shared: if self.min_similarity <= 0.0 {
                0
            } else {
                PairOptions::default().min_shared
            },
            max_per_claim: self.max_pairs_per_claim,
            min_semantic: self.semantic.min_semantic,
        }
    }

    fn limits(&self) -> Limits {
        Limits {
            max_article_bytes: self.max_article_bytes,
            max_claims_per_article: self.max_claims_per_article,
            ..Limits::default()
        }
    }
}

/// The semantic prefilter's encoder, as `ScoreOptions` holds it.
type Encoder = Rc<dyn SentenceEncoder>;

/// The semantic prefilter: shared by `score`, `eval-score` and `serve`.
#[derive(Args)]
pub struct SemanticArgs {
    /// Semantic prefilter: the least cosine (-1 to 1) of the two claims' sentence embeddings
    /// for a pair that passed the topical prefilter to reach the model.
    #[arg(long, value_name = "C", default_value_t = PairOptions::default().min_semantic)]
    min_semantic: f32,

    /// Sentence encoder for the semantic prefilter (a BERT directory: config.json,
    /// model.safetensors, tokenizer.json). Default: $CONTRA_ENCODER, else
    /// models/all-minilm-l6-v2.
    #[arg(long, value_name = "DIR")]
    encoder: Option<PathBuf>,

    /// No semantic prefilter: the topical prefilter alone decides which pairs are scored.
    #[arg(long, conflicts_with_all = ["encoder", "min_semantic"])]
    no_semantic: bool,
}

impl SemanticArgs {
    /// The least cosine a pair needs.
    pub fn min_semantic(&self) -> f32 {
        self.min_semantic
    }

    /// The encoder's directory, or None with --no-semantic.
    pub fn encoder_dir(&self) -> anyhow::Result<Option<PathBuf>> {
        if self.no_semantic {
            return Ok(None);
        }
        if !(-1.0..=1.0).contains(&self.min_semantic) {
            bail!(
                "--min-semantic must be between -1 and 1, got {}",
                self.min_semantic
            );
        }
        Ok(Some(
            self.encoder.clone().unwrap_or_else(default_encoder_dir),
        ))
    }

    /// The NLI model of `model` and, unless --no-semantic, the semantic prefilter's encoder,
    /// in that order, so that a model that does not load is reported first. One after the
    /// other: loading the encoder on a thread of its own while the model loaded saved a tenth
    /// of a second, but its allocations stayed in a second heap arena, and the 1,000-body
    /// corpus bench peaked 40-90 MiB higher (1,004-1,058 MiB against 964).
    pub fn load_with_model(
        &self,
        model: &ModelArgs,
        loaders: Loaders,
    ) -> anyhow::Result<(Box<dyn Nli>, Option<Encoder>)> {
        let dir = self.encoder_dir()?;
        let nli = model.load(loaders.nli)?;
        let Some(dir) = dir else {
            return Ok((nli, None));
        };
        let encoder = (loaders.encoder)(&dir, model.threads)
            .map_err(|e| anyhow::anyhow!(semantic::load_failure(&e)))?;
        Ok((nli, Some(Rc::from(encoder))))
    }
}

/// One warning per limit that was hit, naming its flag.
fn warn_limits(stats: &contra_app::score::Stats, args: &PairArgs) {
    let l = &stats.limited;
    if stats.duplicate_articles > 0 {
        eprintln!(
            "contra: warning: {} given more than once (the same text); each was scored once",
            match stats.duplicate_articles {
                1 => "1 article was".to_owned(),
                n => format!("{n} articles were"),
            }
        );
    }
    if l.articles_cut > 0 {
        eprintln!(
            "contra: warning: {} longer than --max-article-bytes {}: only the first part was read",
            match l.articles_cut {
                1 => "1 article is".to_owned(),
                n => format!("{n} articles are"),
            },
            args.max_article_bytes
        );
    }
    if l.claims_over_limit > 0 {
        eprintln!(
            "contra: warning: {} left out: their articles have more than --max-claims-per-article {}",
            match l.claims_over_limit {
                1 => "1 claim was".to_owned(),
                n => format!("{n} claims were"),
            },
            args.max_claims_per_article
        );
    }
    if l.repeated_claims > 0 {
        eprintln!(
            "contra: note: {} word for word and {} read once",
            match l.repeated_claims {
                1 => "1 claim repeats an earlier claim of its article".to_owned(),
                n => format!("{n} claims repeat an earlier claim of their article"),
            },
            if l.repeated_claims == 1 {
                "was"
            } else {
                "were"
            }
        );
    }
}

pub fn run(args: ScoreArgs, loaders: Loaders) -> anyhow::Result<ExitCode> {
    if let Some(t) = args.threshold {
        if !(0.0..=1.0).contains(&t) {
            bail!("--threshold must be between 0 and 1, got {t}");
        }
    }
    let mut failed = 0usize;
    let articles: Vec<Article> = match &args.corpus {
        Some(path) => {
            let mut ok = Vec::new();
            for item in read_corpus(path, args.recursive)? {
                match item {
                    Ok(a) => ok.push(a),
                    Err(e) if args.strict => bail!("{e} (stopping: --strict)"),
                    Err(e) => {
                        failed += 1;
                        eprintln!("contra: skipped: {e}");
                    }
                }
            }
            ok
        }
        None => {
            let mut v = Vec::new();
            for f in &args.files {
                v.extend(read_input(f)?);
            }
            v
        }
    };
    if articles.is_empty() {
        bail!("no articles to score");
    }

    let db = args.db.path();
    let mut store = args.db.open_or_create()?;
    let (model, encoder) = args.pairs.semantic.load_with_model(&args.model, loaders)?;
    let opts = ScoreOptions {
        pairs: args.pairs.options(args.across_only),
        threshold: args.threshold,
        limits: args.pairs.limits(),
        no_archive: args.no_archive,
        encoder,
    };
    let command = std::env::args().collect::<Vec<_>>().join(" ");
    // A corpus run says where it is: on a terminal a live line, elsewhere (a log, CI) a plain
    // line per stage and every 10 s of model work.
    let mut view = ProgressView::new(args.corpus.is_some());
    let out = score(articles, &*model, &mut store, &opts, &command, &mut |p| {
        view.show(p)
    })?;
    view.finish();

    if out.stats.pairs_scored == 0 {
        eprintln!(
            "contra: note: no pair of claims by different speakers is about the same thing ({}, {} considered)",
            count(out.stats.claims, "claim", "claims"),
            count(out.stats.pairs_considered as usize, "pair", "pairs")
        );
    }
    print(&out, args.format)?;
    warn_limits(&out.stats, &args.pairs);
    eprintln!(
        "contra: {}, {}, {} considered, {} scored, {} flagged (run {} in {})",
        count(out.stats.articles, "article", "articles"),
        count(out.stats.claims, "claim", "claims"),
        count(out.stats.pairs_considered as usize, "pair", "pairs"),
        out.stats.pairs_scored,
        out.stats.flags,
        out.stats.run,
        db.display()
    );
    if out.stats.archive_claims_considered > 0 {
        eprintln!(
            "contra: archive: {} of earlier runs considered, {} with them scored (--no-archive: this run only)",
            count(out.stats.archive_claims_considered, "claim", "claims"),
            count(out.stats.archive_pairs_scored, "pair", "pairs")
        );
    }
    if failed > 0 {
        eprintln!(
            "contra: {} skipped",
            match failed {
                1 => "1 article was".to_owned(),
                n => format!("{n} articles were"),
            }
        );
        return Ok(ExitCode::from(EXIT_PARTIAL));
    }
    Ok(ExitCode::SUCCESS)
}

fn print(out: &ScoreOutput, format: ScoreFormat) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    match format {
        ScoreFormat::Json => {
            serde_json::to_writer(&mut w, out)?;
            writeln!(w)?;
        }
        ScoreFormat::Jsonl => {
            for f in &out.flags {
                serde_json::to_writer(&mut w, f)?;
                writeln!(w)?;
            }
        }
        ScoreFormat::Table => {
            if out.flags.is_empty() {
                writeln!(w, "no contradictions or denials flagged")?;
            }
            let flags: Vec<Evidence> = out.flags.iter().map(Evidence::of).collect();
            super::disputes::write_table(&mut w, &out.disputes, &flags, true)?;
        }
    }
    w.flush()?;
    Ok(())
}

#[derive(Args)]
pub struct EvalArgs {
    /// Article sets: folders with articles and gold.jsonl ({"a","b","flag"} per line).
    #[arg(required = true, value_name = "DIR")]
    sets: Vec<PathBuf>,

    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    format: ScoreFormat,

    /// Flag threshold for every label (default: the model's own threshold).
    #[arg(long, value_name = "X")]
    threshold: Option<f32>,

    #[command(flatten)]
    pairs: PairArgs,

    #[command(flatten)]
    model: ModelArgs,
}

pub fn run_eval(args: EvalArgs, loaders: Loaders) -> anyhow::Result<ExitCode> {
    let (model, encoder) = args.pairs.semantic.load_with_model(&args.model, loaders)?;
    let opts = ScoreOptions {
        threshold: args.threshold,
        pairs: args.pairs.options(false),
        limits: args.pairs.limits(),
        // Each set is scored alone, in a store of its own.
        no_archive: true,
        encoder,
    };
    let mut results = Vec::new();
    for dir in &args.sets {
        match contra_app::score::eval::run_set(dir, &*model, &opts)? {
            Some(r) => results.push(r),
            None => eprintln!(
                "contra: skipped {}: an article it lists is not present",
                dir.display()
            ),
        }
    }
    let r = contra_app::score::eval::summarize(results);
    if args.format != ScoreFormat::Table {
        super::print_json(&r)?;
        return Ok(ExitCode::SUCCESS);
    }
    for s in &r.sets {
        println!(
            "{:<24} flags {:>2}  found {}/{}  considered {:>4}  scored {:>3}",
            s.set, s.flags, s.true_positives, s.gold_positives, s.pairs_considered, s.pairs_scored
        );
        for f in &s.false_positives {
            println!("    false positive: {f}");
        }
        for m in &s.missed {
            println!("    missed: {m}");
        }
        for t in &s.trap_violations {
            println!("    TRAP flagged: {t}");
        }
    }
    println!(
        "precision {:.3}  recall {:.3}  ({} flags, {} gold pairs)",
        r.precision, r.recall, r.flags, r.gold_positives
    );
    Ok(ExitCode::SUCCESS)
}

/// How a run's progress is shown: an indicatif line on a terminal, plain lines otherwise,
/// nothing when `enabled` is false.
struct ProgressView {
    bar: Option<indicatif::ProgressBar>,
    plain: bool,
    stage: std::time::Instant,
    printed: std::time::Instant,
}

impl ProgressView {
    fn new(enabled: bool) -> ProgressView {
        use std::io::IsTerminal;
        let terminal = std::io::stderr().is_terminal();
        let bar = (enabled && terminal).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.enable_steady_tick(std::time::Duration::from_millis(200));
            bar
        });
        let now = std::time::Instant::now();
        ProgressView {
            bar,
            plain: enabled && !terminal,
            stage: now,
            printed: now,
        }
    }

    fn show(&mut self, p: Progress) {
        let now = std::time::Instant::now();
        let line = match p {
            Progress::Extracting { articles } => {
                format!(
                    "extracting claims from {}",
                    count(articles, "article", "articles")
                )
            }
            Progress::Pairing {
                claims,
                archive_claims,
            } => format!(
                "pairing {} with each other and with {} of earlier runs",
                count(claims, "claim", "claims"),
                archive_claims
            ),
            Progress::Nli { done, total } => {
                if done == 0 {
                    self.stage = now;
                }
                let secs = now.duration_since(self.stage).as_secs_f64();
                let rate = done as f64 / secs.max(1e-3);
                let left = if done > 0 {
                    format!(
                        ", about {:.0} s left",
                        (total - done) as f64 / rate.max(1e-3)
                    )
                } else {
                    String::new()
                };
                if let Some(bar) = &self.bar {
                    if bar.length() != Some(total as u64) {
                        bar.set_length(total as u64);
                        bar.set_style(
                            indicatif::ProgressStyle::with_template(
                                "{spinner} NLI {pos}/{len} inputs [{bar:30}] {per_sec} eta {eta}",
                            )
                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                        );
                    }
                    bar.set_position(done as u64);
                    return;
                }
                // Plain lines: at the start, at the end, and every 10 s between.
                if done != 0 && done != total && now.duration_since(self.printed).as_secs() < 10 {
                    return;
                }
                format!("NLI {done}/{total} inputs ({rate:.0}/s{left})")
            }
        };
        if let Some(bar) = &self.bar {
            bar.set_message(line);
        } else if self.plain {
            eprintln!("contra: {line}");
            self.printed = now;
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
