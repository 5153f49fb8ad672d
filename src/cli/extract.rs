//! `contra extract`.

use super::Format;
use anyhow::bail;
use clap::Args;
use contra::article::read_input;
use contra::claims::extract;
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
        Format::Json => println!("{}", serde_json::to_string(&x)?),
        Format::Table => {
            for a in &x.articles {
                println!("{}  {}  ({})", a.id, a.title, a.path);
                for c in x.claims.iter().filter(|c| c.article == a.id) {
                    let kind = format!("{:?}", c.kind).to_lowercase();
                    println!(
                        "  {:<9} {:<24} {:>6}-{:<6} {}",
                        kind,
                        truncate(&c.speaker, 24),
                        c.start,
                        c.end,
                        truncate(&c.text, 100)
                    );
                }
            }
            eprintln!(
                "{} articles, {} claims, {} speakers",
                x.articles.len(),
                x.claims.len(),
                x.speakers.len()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
