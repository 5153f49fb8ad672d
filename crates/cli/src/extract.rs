//! `contra extract`.

use super::output::{clip, print_json, Format};
use anyhow::bail;
use clap::Args;
use contra_text::article::read_input;
use contra_text::claims::eval::{read_gold, score};
use contra_text::claims::extract;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
#[command(after_help = "Examples:\n  \
    contra extract article.txt\n  \
    contra extract --format json a.txt b.json corpus.jsonl\n  \
    cat article.txt | contra extract -")]
pub struct ExtractArgs {
    /// Articles: plain text (first line is the headline), a JSON object {title, text|body,
    /// source?, url?, published?}, or JSONL of such objects. `-` reads stdin.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let mut articles = Vec::new();
    for f in &args.files {
        articles.extend(read_input(f)?);
    }
    if articles.is_empty() {
        bail!("no articles in the input");
    }
    let x = extract(articles);
    match args.format {
        Format::Json => print_json(&x)?,
        Format::Table => {
            for a in &x.articles {
                println!("{}  {}  ({})", a.id, a.title, a.path);
                for c in x.claims.iter().filter(|c| c.article == a.id) {
                    let kind = format!("{:?}", c.kind).to_lowercase();
                    println!(
                        "  {:<9} {:<24} {:>6}-{:<6} {}",
                        kind,
                        clip(&c.speaker, 24),
                        c.start,
                        c.end,
                        clip(&c.text, 100)
                    );
                }
            }
            eprintln!(
                "{}, {}, {}",
                crate::output::count(x.articles.len(), "article", "articles"),
                crate::output::count(x.claims.len(), "claim", "claims"),
                crate::output::count(x.speakers.len(), "speaker", "speakers")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct EvalArgs {
    /// Folder of gold files: <article file stem>.gold.jsonl, one
    /// {"fragment", "speaker", "kind"} object per line.
    #[arg(long, value_name = "DIR")]
    gold_dir: PathBuf,

    /// Articles to extract from (all in one run, so speakers merge across them). Articles
    /// without a gold file are extracted but not scored.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run_eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let mut articles = Vec::new();
    let mut gold = Vec::new();
    for f in &args.files {
        let stem = Path::new(f)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold_path = args.gold_dir.join(format!("{stem}.gold.jsonl"));
        for a in read_input(f)? {
            if gold_path.is_file() {
                gold.push((a.id.clone(), read_gold(&gold_path)?));
            }
            articles.push(a);
        }
    }
    if gold.is_empty() {
        bail!(
            "none of the articles has a gold file in {}",
            args.gold_dir.display()
        );
    }
    let start = std::time::Instant::now();
    let x = extract(articles);
    let secs = start.elapsed().as_secs_f64();
    let r = score(&x, &gold);
    match args.format {
        Format::Json => print_json(&r)?,
        Format::Table => {
            println!(
                "articles          {} ({} with gold)",
                x.articles.len(),
                gold.len()
            );
            println!("gold claims       {}", r.gold);
            println!(
                "claim recall      {:.3} ({} of {})",
                r.claim_recall, r.found, r.gold
            );
            println!(
                "speaker accuracy  {:.3} ({} of {} found)",
                r.speaker_accuracy, r.right_speaker, r.found
            );
            println!("kind accuracy     {:.3}", r.kind_accuracy);
            println!("extraction time   {:.1} ms", secs * 1e3);
            println!("misattributions   {}", r.misattributions.len());
            for m in &r.misattributions {
                println!(
                    "  {}: \"{}\" -> {} (gold: {})",
                    m.article,
                    m.fragment,
                    m.got_speaker.as_deref().unwrap_or("-"),
                    m.gold_speaker
                );
            }
            println!("missed            {}", r.missed.len());
            for m in &r.missed {
                println!("  {}: \"{}\" ({})", m.article, m.fragment, m.gold_speaker);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
