//! `contra calibrate` and `contra thresholds`.

use super::{DbArg, Format, ModelLoader};
use anyhow::bail;
use clap::Args;
use contra_app::calibrate::{calibrate, external_rows, samples, Objective, Operating, MIN_LABELS};
use contra_text::nli::data::read_pairs;
use contra_text::nli::default_model_dir;
use contra_text::verdict::Platt;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
#[command(
    after_help = "Fits one threshold per label (contradiction, denial) from your review \
    decisions, probe items included, using the scores stored with each decision: no model runs. \
    Shows precision, recall and F1 at the old and new thresholds with bootstrap 95% intervals, \
    then writes a new thresholds version (history kept; see `contra thresholds`)."
)]
pub struct CalibrateArgs {
    #[command(flatten)]
    db: DbArg,
    /// Choose the lowest threshold whose precision reaches P (the most recall at that precision).
    #[arg(long, value_name = "P", conflicts_with = "maximize")]
    target_precision: Option<f64>,
    /// What to maximise (default).
    #[arg(long, value_parser = ["f1"])]
    maximize: Option<String>,
    /// Report only; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Fit labels with fewer than 20 reviews too.
    #[arg(long)]
    force: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Also write the precision-recall curve, with both operating points, to this PNG.
    #[arg(long, value_name = "PR.png")]
    plot: Option<PathBuf>,
    /// Fit on labelled pairs from elsewhere instead of (or besides) reviews: JSONL with
    /// premise/hypothesis (or sentence1/sentence2) and gold_label (or label). Pairs are scored
    /// both ways like claims (cached); gold "contradiction" counts as confirmed.
    #[arg(long, value_name = "FILE.jsonl")]
    labels: Option<PathBuf>,
    #[command(flatten)]
    model: super::ModelArgs,
}

fn row(name: &str, o: &Operating) -> String {
    format!(
        "  {name:<4} t={:.3}  P {:.3} [{:.3}-{:.3}]  R {:.3} [{:.3}-{:.3}]  F1 {:.3} [{:.3}-{:.3}]",
        o.threshold,
        o.precision,
        o.precision_ci.low,
        o.precision_ci.high,
        o.recall,
        o.recall_ci.low,
        o.recall_ci.high,
        o.f1,
        o.f1_ci.low,
        o.f1_ci.high
    )
}

impl CalibrateArgs {
    /// Only fitting on external labels runs the model.
    pub fn needs_model(&self) -> bool {
        self.labels.is_some()
    }
}

pub fn run(args: CalibrateArgs, load: Option<ModelLoader>) -> anyhow::Result<ExitCode> {
    if let Some(p) = args.target_precision {
        if !(0.0..=1.0).contains(&p) {
            bail!("--target-precision must be between 0 and 1, got {p}");
        }
    }
    let mut store = match &args.labels {
        // External labels need no earlier run: create the database if needed.
        Some(_) => args.db.open_or_create()?,
        None => args.db.open_existing()?,
    };
    let old = store.current_thresholds(args.model.default_thresholds()?)?;
    let mut rows = store.reviews()?;
    if let Some(path) = &args.labels {
        let pairs = read_pairs(path, true)?;
        if pairs.is_empty() {
            bail!("{} has no labelled pairs", path.display());
        }
        let Some(load) = load else {
            bail!("calibrating on --labels runs the model: run it as `contra calibrate`");
        };
        let model = args.model.load(load)?;
        rows.extend(external_rows(&pairs, &*model, &mut store)?);
    }
    if rows.is_empty() {
        bail!("no review decisions yet: review flags with `contra review` or `contra label` first");
    }
    let objective = if args.target_precision.is_some() {
        Objective::TargetPrecision
    } else {
        Objective::MaximizeF1
    };
    let mut report = calibrate(
        &rows,
        &old,
        objective,
        args.target_precision.unwrap_or(0.0),
        args.force,
    );
    let fitted = report.labels.iter().any(|l| l.kept.is_none());
    if !fitted {
        let why: Vec<String> = report
            .labels
            .iter()
            .filter_map(|l| l.kept.clone())
            .collect();
        bail!(
            "refusing to calibrate: {} (each label needs {MIN_LABELS} reviewed flags)",
            why.join("; ")
        );
    }
    if let Some(png) = &args.plot {
        use contra_app::calibrate::plot::{pr_curve, Curve, Point};
        let samples = samples(&rows);
        let empty = Vec::new();
        let point = |o: &Operating| Point {
            threshold: o.threshold,
            precision: o.precision,
            recall: o.recall,
        };
        let curves: Vec<Curve> = report
            .labels
            .iter()
            .map(|l| Curve {
                name: l.label.as_str(),
                samples: samples.get(&l.label).unwrap_or(&empty).as_slice(),
                old: point(&l.old),
                new: point(&l.new),
                calibration: report
                    .new_thresholds
                    .platt(l.label)
                    .filter(|_| l.platt_used),
            })
            .collect();
        let source = match &args.labels {
            Some(f) => format!("labelled pairs in {}", f.display()),
            None => "reviews".to_owned(),
        };
        pr_curve(png, &source, &curves)?;
        eprintln!("wrote {}", png.display());
    }
    let changed = report.new_thresholds.contradiction != old.contradiction
        || report.new_thresholds.denial != old.denial;
    if !args.dry_run && changed {
        let note = format!("calibrated on {} decisions ({:?})", rows.len(), objective);
        let v = store.write_thresholds(&report.new_thresholds, &note)?;
        report.new_version = Some(v);
        report.new_thresholds.version = v;
    }
    match args.format {
        Format::Json => super::print_json(&report)?,
        Format::Table => {
            for l in &report.labels {
                println!(
                    "{}: {} reviewed ({} confirmed, {} rejected, {} probes)",
                    l.label.as_str(),
                    l.n,
                    l.confirmed,
                    l.rejected,
                    l.probes
                );
                println!("{}", row("old", &l.old));
                println!("{}", row("new", &l.new));
                if let (Some(plain), Some(platt)) = (l.cv_f1_threshold, l.cv_f1_platt) {
                    println!(
                        "  held-out F1 (5 folds): threshold {plain:.3}, Platt calibration {platt:.3} -> {}",
                        if l.platt_used { "calibration used" } else { "plain threshold used" }
                    );
                }
                if let Some(k) = &l.kept {
                    println!("  kept: {k}");
                }
            }
            match (report.new_version, args.dry_run) {
                (_, true) => println!("dry run: nothing written"),
                (Some(v), _) => println!("wrote thresholds version {v} (was {}); `contra thresholds --rollback {}` undoes it", old.version, old.version),
                (None, _) => println!("thresholds unchanged; nothing written"),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct ThresholdsArgs {
    #[command(flatten)]
    db: DbArg,
    /// List every version (the default).
    #[arg(long, conflicts_with = "rollback")]
    list: bool,
    /// Make VERSION current again (0 = built-in defaults).
    #[arg(long, value_name = "VERSION")]
    rollback: Option<i64>,
}

pub fn run_thresholds(args: ThresholdsArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    if let Some(v) = args.rollback {
        store.rollback_thresholds(v)?;
        println!("thresholds version {v} is current");
        return Ok(ExitCode::SUCCESS);
    }
    let d = super::model_default_thresholds(&default_model_dir(), None)?;
    let current = store.current_thresholds(d)?;
    let mark = |v: i64| if v == current.version { "*" } else { " " };
    println!(
        "{} v0  contradiction {:.3}  denial {:.3}  built-in defaults",
        mark(0),
        d.contradiction,
        d.denial
    );
    let platt = |p: Option<Platt>| if p.is_some() { " (Platt)" } else { "" };
    for (v, created, note, t) in store.thresholds_history()? {
        println!(
            "{} v{v}  contradiction {:.3}{}  denial {:.3}{}  {note} (at {created})",
            mark(v),
            t.contradiction,
            platt(t.platt_contradiction),
            t.denial,
            platt(t.platt_denial)
        );
    }
    Ok(ExitCode::SUCCESS)
}
