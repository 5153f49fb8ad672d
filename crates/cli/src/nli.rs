//! `contra nli` and `contra eval-nli`.

use super::{Format, ModelArgs, ModelLoader};
use anyhow::{bail, Context};
use clap::Args;
use contra_text::nli::data::read_pairs;
use contra_text::nli::eval::{contradiction_metrics, three_way_accuracy, BinaryMetrics, Decision};
use contra_text::nli::{Nli, NliScores};
use serde_json::{json, Map, Value};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Args)]
#[command(after_help = "Examples:\n  \
    contra nli \"The talks are over.\" \"Talks continue next week.\"\n  \
    contra nli --format json \"A man sleeps.\" \"A man runs.\"\n  \
    contra nli --pairs pairs.jsonl --output scores.jsonl")]
pub struct NliArgs {
    /// The premise (first sentence of the pair).
    #[arg(required_unless_present = "pairs", conflicts_with = "pairs")]
    premise: Option<String>,

    /// The hypothesis (second sentence of the pair).
    #[arg(required_unless_present = "pairs")]
    hypothesis: Option<String>,

    /// Score every line of a JSONL file of {"premise", "hypothesis"} objects; writes one JSON
    /// object of label probabilities per input line, in input order.
    #[arg(long, value_name = "FILE.jsonl")]
    pairs: Option<PathBuf>,

    /// Where --pairs output goes (default: stdout).
    #[arg(long, short, value_name = "FILE", requires = "pairs")]
    output: Option<PathBuf>,

    /// Output format for a single pair (--pairs always writes JSONL).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,

    #[command(flatten)]
    model: ModelArgs,
}

#[derive(Args)]
pub struct EvalArgs {
    /// SNLI-format JSONL: sentence1, sentence2, gold_label (or premise, hypothesis, label).
    /// Rows with gold_label "-" are skipped.
    file: PathBuf,

    /// Use only the first N labelled pairs.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,

    /// Count a pair as a contradiction when P(contradiction) >= X (for a model with an
    /// entailment label: P(contradiction) - P(entailment) >= X). Default: the model's own
    /// threshold ("contra": {"threshold": X} in config.json; 0.8 for the bundled models), else
    /// argmax. Metrics at argmax are always reported too.
    #[arg(long, value_name = "X")]
    threshold: Option<f32>,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,

    #[command(flatten)]
    model: ModelArgs,
}

fn scores_json(model: &dyn Nli, s: &NliScores) -> Value {
    let map: Map<String, Value> = model
        .labels()
        .iter()
        .zip(&s.probs)
        .map(|(l, &p)| (l.clone(), json!(round6(p))))
        .collect();
    Value::Object(map)
}

fn round6(p: f32) -> f64 {
    (p as f64 * 1e6).round() / 1e6
}

pub fn run_nli(args: NliArgs, load: ModelLoader) -> anyhow::Result<ExitCode> {
    if let Some(path) = &args.pairs {
        // Validate the whole file before loading the model: a bad line 900 should not cost a
        // model load and 899 pairs of work.
        let pairs = read_pairs(path, false)?;
        if pairs.is_empty() {
            bail!("{} contains no pairs", path.display());
        }
        let model = args.model.load(load)?;
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|p| (p.premise.as_str(), p.hypothesis.as_str()))
            .collect();
        let scores = model.predict(&refs)?;
        let mut out: Box<dyn Write> = match &args.output {
            Some(p) => Box::new(std::io::BufWriter::new(
                std::fs::File::create(p)
                    .with_context(|| format!("cannot create {}", p.display()))?,
            )),
            None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        };
        for s in &scores {
            writeln!(out, "{}", scores_json(&*model, s))?;
        }
        out.flush()?;
        let truncated = scores.iter().filter(|s| s.truncated).count();
        if truncated > 0 {
            eprintln!("contra: note: {truncated} of {} pairs were longer than the model's limit and were truncated", scores.len());
        }
        return Ok(ExitCode::SUCCESS);
    }

    let (premise, hypothesis) = (
        args.premise.unwrap_or_default(),
        args.hypothesis.unwrap_or_default(),
    );
    if premise.trim().is_empty() || hypothesis.trim().is_empty() {
        bail!("the premise and the hypothesis must both be non-empty");
    }
    let model = args.model.load(load)?;
    let s = model
        .predict(&[(premise.as_str(), hypothesis.as_str())])?
        .remove(0);
    match args.format {
        Format::Json => println!("{}", scores_json(&*model, &s)),
        Format::Table => {
            let width = model.labels().iter().map(String::len).max().unwrap_or(5);
            for (l, &p) in model.labels().iter().zip(&s.probs) {
                let bar = "█".repeat((p * 30.0).round() as usize);
                println!("{l:<width$}  {p:>6.4}  {bar}");
            }
            if s.truncated {
                println!("(input truncated to the model's maximum length)");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_eval(args: EvalArgs, load: ModelLoader) -> anyhow::Result<ExitCode> {
    let mut pairs = read_pairs(&args.file, true)?;
    if let Some(n) = args.limit {
        pairs.truncate(n);
    }
    if pairs.is_empty() {
        bail!("{} contains no labelled pairs", args.file.display());
    }
    let load_start = Instant::now();
    let model = args.model.load(load)?;
    let load_s = load_start.elapsed().as_secs_f64();
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|p| (p.premise.as_str(), p.hypothesis.as_str()))
        .collect();
    let start = Instant::now();
    let scores = model.predict(&refs)?;
    let secs = start.elapsed().as_secs_f64();
    let pairs_per_s = pairs.len() as f64 / secs;

    let (c, e) = (model.contradiction_index(), model.entailment_index());
    let decision = match args.threshold.or(model.threshold()) {
        Some(t) => Decision::Threshold(t),
        None => Decision::Argmax,
    };
    let primary = contradiction_metrics(&pairs, &scores, c, e, decision);
    let argmax = contradiction_metrics(&pairs, &scores, c, e, Decision::Argmax);
    let accuracy = three_way_accuracy(&pairs, &scores, model.labels());
    let truncated = scores.iter().filter(|s| s.truncated).count();

    match args.format {
        Format::Json => {
            let v = json!({
                "model": model.id(),
                "file": args.file,
                "pairs": pairs.len(),
                "contradiction": primary,
                "contradiction_argmax": argmax,
                "three_way_accuracy": accuracy,
                "truncated": truncated,
                "seconds": secs,
                "pairs_per_s": pairs_per_s,
                "load_seconds": load_s,
            });
            println!("{v}");
        }
        Format::Table => {
            println!("model     {}", model.id());
            println!("pairs     {} ({} truncated)", pairs.len(), truncated);
            println!("contradiction vs rest:");
            println!(
                "  decision      P       R       F1      tp     fp     fn     entailment flagged"
            );
            print_metrics(&primary);
            if decision != Decision::Argmax {
                print_metrics(&argmax);
            }
            match accuracy {
                Some(a) => println!("3-way accuracy  {a:.4}"),
                None => println!(
                    "3-way accuracy  n/a (the model has labels {:?})",
                    model.labels()
                ),
            }
            println!("speed     {pairs_per_s:.1} pairs/s ({secs:.2} s inference, {load_s:.2} s model load)");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_metrics(m: &BinaryMetrics) {
    println!(
        "  {:<12}  {:.4}  {:.4}  {:.4}  {:<5}  {:<5}  {:<5}  {:.4}",
        m.decision, m.precision, m.recall, m.f1, m.tp, m.fp, m.fn_, m.entailment_flagged
    );
}
