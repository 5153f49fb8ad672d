//! contra's command line. Every flag is defined once, here and in the command files, and both
//! binaries parse the same [`Cli`]: `contra` runs the commands that need no model and hands the
//! rest to `contra-core`, which passes a model loader to [`run`]. Each subcommand is a thin
//! layer over contra-app and contra-text: parse flags, call the library, format the result.

mod calibrate;
mod disputes;
mod extract;
mod nli;
mod output;
mod review;
mod score;
mod serve;

pub use output::{clip, finish, print_json, quiet_sigpipe, Format};

use clap::{Args, Parser, Subcommand, ValueEnum};
use contra_text::nli::{default_model_dir, ModelConfig, ModelOptions, Nli, Precision};
use contra_text::pairs::semantic::EncoderLoader;
use contra_text::verdict::Thresholds;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Loads an NLI model from a directory. Only `contra-core`, which links libtorch, has one.
/// `Sync`: `contra serve` loads one model per worker thread.
pub type ModelLoader<'a> =
    &'a (dyn Fn(&Path, ModelOptions) -> contra_text::Result<Box<dyn Nli>> + Sync);

/// What `contra-core` can load: the NLI model and the pairing stage's sentence encoder.
#[derive(Clone, Copy)]
pub struct Loaders<'a> {
    pub nli: ModelLoader<'a>,
    pub encoder: EncoderLoader<'a>,
}

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
pub struct Cli {
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
    /// List disputes: the flags between two speakers about one topic, grouped.
    Disputes(disputes::DisputesArgs),
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
    /// Serve contra over HTTP: score articles, list disputes and flags, record decisions.
    Serve(serve::ServeArgs),
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
    /// rust_model.ot, tokenizer.json). Default: $CONTRA_MODEL, else models/contra-nli3.
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,

    /// Which class index means "contradiction", for models whose id2label doesn't say
    /// (overrides "contra": {"contradiction_index": N} in config.json).
    #[arg(long, value_name = "N")]
    pub contradiction_index: Option<usize>,

    /// Pairs per forward pass.
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub batch_size: usize,

    /// CPU threads for inference. Default: all available cores.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,

    /// Arithmetic of the model's encoder layers: int8 (weights per output channel, activations
    /// per token; agrees with fp32 on SNLI, see README) or fp32, as trained.
    #[arg(long, value_enum, value_name = "P", default_value = "int8")]
    pub precision: PrecisionArg,
}

/// `--precision`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrecisionArg {
    Fp32,
    Int8,
}

impl From<PrecisionArg> for Precision {
    fn from(p: PrecisionArg) -> Precision {
        match p {
            PrecisionArg::Fp32 => Precision::Fp32,
            PrecisionArg::Int8 => Precision::Int8,
        }
    }
}

impl ModelArgs {
    fn dir(&self) -> PathBuf {
        self.model.clone().unwrap_or_else(default_model_dir)
    }

    pub fn load(&self, load: ModelLoader) -> anyhow::Result<Box<dyn Nli>> {
        Ok(load(&self.dir(), self.options(1))?)
    }

    /// Loading options for one of `share` models that run at once (`contra serve --workers`):
    /// each gets its share of the cores unless `--threads` says.
    fn options(&self, share: usize) -> ModelOptions {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        ModelOptions {
            contradiction_index: self.contradiction_index,
            batch_size: self.batch_size.max(1),
            threads: Some(self.threads.unwrap_or((cores / share.max(1)).max(1))),
            precision: self.precision.into(),
        }
    }

    /// Thresholds version 0 for this model: its own threshold, read from config.json without
    /// loading the model.
    pub fn default_thresholds(&self) -> anyhow::Result<Thresholds> {
        model_default_thresholds(&self.dir(), self.contradiction_index)
    }
}

/// Thresholds version 0 of the model in `dir`: see [`Thresholds::model_default`].
fn model_default_thresholds(
    dir: &Path,
    contradiction_index: Option<usize>,
) -> anyhow::Result<Thresholds> {
    let config = ModelConfig::read(&dir.join("config.json"), contradiction_index)?;
    Ok(Thresholds::model_default(config.threshold))
}

/// `--db`: the store a command reads, or (`score`, `import-labels`) writes.
#[derive(Args, Clone, Debug)]
pub struct DbArg {
    /// SQLite database (default: $CONTRA_DB, else ~/.local/share/contra/contra.db).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
}

impl DbArg {
    pub fn path(&self) -> PathBuf {
        self.db.clone().unwrap_or_else(contra_store::default_path)
    }

    /// Opens the store, creating it (and, for the default path, its folder) when missing.
    pub fn open_or_create(&self) -> anyhow::Result<contra_store::Store> {
        let path = self.path();
        if self.db.is_none() {
            contra_store::create_default_folder(&path)?;
            if !path.exists() {
                // Archive mode pairs every run with what is stored: say where that is.
                eprintln!(
                    "contra: note: no --db given, so this run and later ones without --db are stored in {};                      each run is also paired with the claims stored there before (--no-archive: not).                      Pass --db PATH (or set CONTRA_DB) to keep a project apart.",
                    path.display()
                );
            }
        }
        Ok(contra_store::Store::open(&path)?)
    }

    /// Opens the store, refusing to create one: these commands read what `contra score` wrote.
    pub fn open_existing(&self) -> anyhow::Result<contra_store::Store> {
        let path = self.path();
        if !path.exists() {
            anyhow::bail!(
                "no database at {}: run `contra score` first (or pass --db)",
                path.display()
            );
        }
        Ok(contra_store::Store::open(&path)?)
    }
}

impl Cli {
    /// Whether the command runs the NLI model (and so needs libtorch).
    pub fn needs_model(&self) -> bool {
        match &self.command {
            Command::Score(_)
            | Command::Serve(_)
            | Command::EvalScore(_)
            | Command::Nli(_)
            | Command::EvalNli(_) => true,
            Command::Calibrate(args) => args.needs_model(),
            Command::Review(_)
            | Command::Flags(_)
            | Command::Disputes(_)
            | Command::Label(_)
            | Command::ExportLabels(_)
            | Command::ImportLabels(_)
            | Command::Report(_)
            | Command::Thresholds(_)
            | Command::Extract(_)
            | Command::EvalExtract(_) => false,
        }
    }
}

/// Runs a command. `load` is `None` in a binary without libtorch, which must hand every command
/// that [`Cli::needs_model`] to one with it.
pub fn run(cli: Cli, loaders: Option<Loaders>) -> anyhow::Result<ExitCode> {
    let load = loaders.map(|l| l.nli);
    let model = || {
        loaders.ok_or_else(|| {
            // `contra` hands these commands to `contra-core` before it gets here.
            anyhow::anyhow!("this command runs the NLI model, which this binary does not link; run it as `contra`")
        })
    };
    match cli.command {
        Command::Score(args) => score::run(args, model()?),
        Command::Serve(args) => serve::run(args, model()?),
        Command::Calibrate(args) => calibrate::run(args, load),
        Command::Thresholds(args) => calibrate::run_thresholds(args),
        Command::Review(args) => review::run_review(args),
        Command::Flags(args) => review::run_flags(args),
        Command::Disputes(args) => disputes::run(args),
        Command::Label(args) => review::run_label(args),
        Command::ExportLabels(args) => review::run_export(args),
        Command::ImportLabels(args) => review::run_import(args),
        Command::Report(args) => review::run_report(args),
        Command::EvalScore(args) => score::run_eval(args, model()?),
        Command::Extract(args) => extract::run(args),
        Command::EvalExtract(args) => extract::run_eval(args),
        Command::Nli(args) => nli::run_nli(args, model()?.nli),
        Command::EvalNli(args) => nli::run_eval(args, model()?.nli),
    }
}
