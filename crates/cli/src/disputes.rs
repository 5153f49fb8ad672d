//! `contra disputes`, and the dispute table that `contra score` prints too.

use crate::output::count;
use crate::DbArg;
use clap::{Args, ValueEnum};
use contra_text::dispute::{disputes_of, Dispute, Evidence};
use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputesFormat {
    Json,
    Jsonl,
    Table,
}

#[derive(Args)]
#[command(
    after_help = "A dispute is the flags between the same two speakers (an organisation and its \
    spokespeople count as one) about one topic. Its status comes from its flags' decisions: \
    review them with `contra review` or `contra label`."
)]
pub struct DisputesArgs {
    #[command(flatten)]
    db: DbArg,
    /// Only disputes with a speaker whose name contains NAME (any case).
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// Only disputes with an article published on or after DATE (YYYY-MM-DD, as the input's
    /// `published` field); articles without a date never match.
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    #[arg(long, value_enum, default_value_t = DisputesFormat::Table)]
    format: DisputesFormat,
}

pub fn run(args: DisputesArgs) -> anyhow::Result<ExitCode> {
    if let Some(since) = &args.since {
        let ok = since.len() >= 4 && since.chars().all(|c| c.is_ascii_digit() || c == '-');
        if !ok {
            anyhow::bail!("--since wants a date as YYYY-MM-DD (or YYYY-MM, YYYY), got {since:?}");
        }
    }
    let store = args.db.open_existing()?;
    let input = store.dispute_input()?;
    let evidence = input.evidence();
    let found: Vec<Dispute> = disputes_of(&evidence)
        .into_iter()
        .filter(|d| d.matches(args.speaker.as_deref(), args.since.as_deref()))
        .collect();
    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        DisputesFormat::Json => {
            serde_json::to_writer(&mut w, &serde_json::json!({ "disputes": found }))?;
            writeln!(w)?;
        }
        DisputesFormat::Jsonl => {
            for d in &found {
                serde_json::to_writer(&mut w, d)?;
                writeln!(w)?;
            }
        }
        DisputesFormat::Table => {
            write_table(&mut w, &found, &evidence, false)?;
            w.flush()?;
            eprintln!("{}", count(found.len(), "dispute", "disputes"));
        }
    }
    w.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Disputes, each with its flags indented under it; with `all_flags`, then every flag in no
/// dispute (a spokesperson against their own organisation).
pub fn write_table(
    w: &mut impl Write,
    disputes: &[Dispute],
    flags: &[Evidence],
    all_flags: bool,
) -> anyhow::Result<()> {
    let by_id: HashMap<&str, &Evidence> = flags.iter().map(|f| (f.id, f)).collect();
    for d in disputes {
        writeln!(
            w,
            "{}  {} vs {}  [{}]  max {:.3}, {}, {}",
            d.id,
            d.speakers[0].display(),
            d.speakers[1].display(),
            d.topic.join(", "),
            d.max_score,
            count(d.flags.len(), "flag", "flags"),
            d.status.as_str(),
        )?;
        for f in d.flags.iter().filter_map(|id| by_id.get(id.as_str())) {
            write_flag(w, f)?;
        }
    }
    if all_flags {
        let rest: Vec<&Evidence> = flags
            .iter()
            .filter(|f| !disputes.iter().any(|d| d.flags.iter().any(|id| id == f.id)))
            .collect();
        if !rest.is_empty() {
            writeln!(w, "in no dispute (both sides are one party)")?;
        }
        for f in rest {
            write_flag(w, f)?;
        }
    }
    Ok(())
}

/// One flag as evidence: its id (a prefix is enough for `contra label`), score and label, and
/// both claims as said.
fn write_flag(w: &mut impl Write, f: &Evidence) -> anyhow::Result<()> {
    writeln!(
        w,
        "  {}  {:.3}  {}",
        f.id,
        f.score,
        f.label.as_str().to_uppercase()
    )?;
    for side in [f.a, f.b] {
        writeln!(
            w,
            "    {}: {}",
            side.speaker,
            super::clip(&side.as_said(), 160)
        )?;
    }
    Ok(())
}
