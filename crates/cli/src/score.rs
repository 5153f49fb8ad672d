//! `contra score`: the main job.

use super::{ModelArgs, ModelLoader};
use anyhow::bail;
use clap::{Args, ValueEnum};
use contra_app::score::{score, ScoreOptions, ScoreOutput};
use contra_text::article::{read_corpus, read_input, Article};
use contra_text::claims::Limits;
use contra_text::flag::Flag;
use contra_text::pairs::PairOptions;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

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

/// One warning per limit that was hit, naming its flag.
fn warn_limits(stats: &contra_app::score::Stats, args: &PairArgs) {
    let l = &stats.limited;
    if stats.duplicate_articles > 0 {
        eprintln!(
            "contra: warning: {} articles were given more than once (the same text); each was scored once",
            stats.duplicate_articles
        );
    }
    if l.articles_cut > 0 {
        eprintln!(
            "contra: warning: {} articles are longer than --max-article-bytes {}: only their first part was read",
            l.articles_cut, args.max_article_bytes
        );
    }
    if l.claims_over_limit > 0 {
        eprintln!(
            "contra: warning: {} claims were left out: their articles have more than --max-claims-per-article {}",
            l.claims_over_limit, args.max_claims_per_article
        );
    }
    if l.repeated_claims > 0 {
        eprintln!(
            "contra: note: {} claims repeat an earlier claim of their article word for word and were read once",
            l.repeated_claims
        );
    }
}

pub fn run(args: ScoreArgs, load: ModelLoader) -> anyhow::Result<ExitCode> {
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
    let model = args.model.load(load)?;
    let opts = ScoreOptions {
        pairs: args.pairs.options(args.across_only),
        threshold: args.threshold,
        limits: args.pairs.limits(),
        no_archive: args.no_archive,
    };
    let command = std::env::args().collect::<Vec<_>>().join(" ");
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} NLI {pos}/{len} inputs [{bar:30}] {per_sec} eta {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    if args.corpus.is_none() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let out = score(
        articles,
        &*model,
        &mut store,
        &opts,
        &command,
        &mut |done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        },
    )?;
    bar.finish_and_clear();

    if out.stats.pairs_scored == 0 {
        eprintln!(
            "contra: note: no pair of claims by different speakers is about the same thing ({} claims, {} pairs considered)",
            out.stats.claims, out.stats.pairs_considered
        );
    }
    print(&out, args.format)?;
    warn_limits(&out.stats, &args.pairs);
    eprintln!(
        "contra: {} articles, {} claims, {} pairs considered, {} scored, {} flagged (run {} in {})",
        out.stats.articles,
        out.stats.claims,
        out.stats.pairs_considered,
        out.stats.pairs_scored,
        out.stats.flags,
        out.stats.run,
        db.display()
    );
    if out.stats.archive_claims_considered > 0 {
        eprintln!(
            "contra: archive: {} claims of earlier runs considered, {} pairs with them scored (--no-archive: this run only)",
            out.stats.archive_claims_considered, out.stats.archive_pairs_scored
        );
    }
    if failed > 0 {
        eprintln!("contra: {failed} articles were skipped");
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
            let flags: Vec<&Flag> = out.flags.iter().collect();
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

pub fn run_eval(args: EvalArgs, load: ModelLoader) -> anyhow::Result<ExitCode> {
    let model = args.model.load(load)?;
    let opts = ScoreOptions {
        threshold: args.threshold,
        pairs: args.pairs.options(false),
        limits: args.pairs.limits(),
        // Each set is scored alone, in a store of its own.
        no_archive: true,
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
