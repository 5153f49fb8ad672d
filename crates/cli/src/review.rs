//! `contra review`, `contra flags`, `contra label`, `contra export-labels`,
//! `contra import-labels` and `contra report`.

use super::DbArg;
use anyhow::Context;
use clap::{Args, ValueEnum};
use contra_app::review::{draw, App, Outcome, QueueFilter};
use contra_store::FlagQuery;
use contra_text::flag::{Decision, Flag, Listed, Review, Status};
use contra_text::verdict::Label;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn reviewer(name: &Option<String>) -> String {
    name.clone()
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "unknown".into())
}

#[derive(Args)]
#[command(
    after_help = "Keys: y confirm, n reject, s skip, u undo, e note, / filter, ? help, q quit.\n\
    Every decision is saved the moment you make it; quitting and starting again resumes.\n\
    The queue also holds marked probe items: a 5% sample of pairs scored below threshold, so that\n\
    calibration can estimate what the threshold misses."
)]
pub struct ReviewArgs {
    #[command(flatten)]
    db: DbArg,
    /// Only flags with this label.
    #[arg(long, value_parser = ["contradiction", "denial"])]
    label: Option<String>,
    /// Only flags with a claim from this article id.
    #[arg(long, value_name = "ID")]
    article: Option<String>,
    /// Who is reviewing (default: $USER).
    #[arg(long, value_name = "NAME")]
    reviewer: Option<String>,
    /// Replay these keys instead of reading the terminal, printing each saved decision
    /// (for scripts and tests; `.` waits 300 ms).
    #[arg(long, value_name = "KEYS", hide = true)]
    keys: Option<String>,
}

pub fn run_review(args: ReviewArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let filter = QueueFilter {
        label: args.label.as_deref().and_then(Label::parse),
        article: args.article.clone(),
        text: None,
    };
    let mut app = App::new(&store, &reviewer(&args.reviewer), filter)?;
    if let Some(keys) = &args.keys {
        let mut out = std::io::stdout();
        for c in keys.chars() {
            if c == '.' {
                std::thread::sleep(std::time::Duration::from_millis(300));
                continue;
            }
            let code = match c {
                '\n' => KeyCode::Enter,
                '\u{1b}' => KeyCode::Esc,
                c => KeyCode::Char(c),
            };
            match app.handle(KeyEvent::new(code, KeyModifiers::NONE), &store)? {
                Outcome::Saved(id, d) => {
                    writeln!(out, "saved {id} {}", d.as_str())?;
                    out.flush()?;
                }
                Outcome::Quit => break,
                // "NOT SAVED: the database is busy ...": scripts see it too.
                Outcome::NotSaved => {
                    writeln!(out, "{}", app.message)?;
                    out.flush()?;
                }
                Outcome::Continue => {}
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    if app.items.is_empty() {
        println!("nothing to review: every flag in this database has a decision");
        return Ok(ExitCode::SUCCESS);
    }
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "contra review is a full-screen view and needs a terminal (its input or output is \
             redirected here)\n  hint: run it in a terminal; from a script, record decisions \
             with `contra label FLAG_ID confirmed|rejected` or list flags with `contra flags`"
        );
    }
    let mut terminal = ratatui::try_init()
        .map_err(|e| anyhow::anyhow!("cannot open the terminal for contra review: {e}"))?;
    let result = (|| -> anyhow::Result<()> {
        loop {
            terminal.draw(|f| draw(f, &app))?;
            // Resize and other events just redraw.
            if let Event::Key(k) = event::read()? {
                if k.kind == KeyEventKind::Press && app.handle(k, &store)? == Outcome::Quit {
                    return Ok(());
                }
            }
        }
    })();
    ratatui::restore();
    result?;
    println!(
        "{} saved this session",
        crate::output::count(app.saved, "decision", "decisions")
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusArg {
    Unreviewed,
    Confirmed,
    Rejected,
    All,
}

#[derive(Args)]
pub struct FlagsArgs {
    #[command(flatten)]
    db: DbArg,
    #[arg(long, value_enum, default_value_t = StatusArg::All)]
    status: StatusArg,
    /// Include probe items (pairs scored below threshold, sampled for review).
    #[arg(long)]
    probes: bool,
    #[arg(long, value_enum, default_value_t = FlagsFormat::Table)]
    format: FlagsFormat,
    /// List at most N flags (highest score first).
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Skip the first K flags (with --limit: pages).
    #[arg(long, value_name = "K", default_value_t = 0)]
    offset: usize,
}

/// `json` is one object (use --limit on big stores); `jsonl` and `table` stream any number of
/// flags in pages.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagsFormat {
    Json,
    Jsonl,
    Table,
}

/// Rows read per query when streaming.
const PAGE: usize = 2_000;

pub fn run_flags(args: FlagsArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let status = match args.status {
        StatusArg::All => None,
        StatusArg::Unreviewed => Some(Status::Unreviewed),
        StatusArg::Confirmed => Some(Status::Confirmed),
        StatusArg::Rejected => Some(Status::Rejected),
    };
    let query = |offset: usize, limit: Option<usize>, after: Option<String>| FlagQuery {
        status,
        probes: args.probes,
        limit,
        offset,
        after,
        context: false,
        ..Default::default()
    };
    if args.format == FlagsFormat::Json {
        let flags = store.flags_page(&query(args.offset, args.limit, None))?;
        println!(
            "{}",
            serde_json::to_string(&serde_json::json!({
                "flags": flags.iter().map(Listed).collect::<Vec<_>>()
            }))?
        );
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut listed = 0usize;
    let mut after = None;
    loop {
        let want = args.limit.map_or(PAGE, |n| (n - listed).min(PAGE));
        if want == 0 {
            break;
        }
        // The first page skips --offset; the others continue after the last flag listed.
        let offset = if after.is_none() { args.offset } else { 0 };
        let flags = store.flags_page(&query(offset, Some(want), after.take()))?;
        after = flags.last().map(|f| f.id.clone());
        listed += flags.len();
        write_flags(&mut out, &flags, args.format)?;
        if flags.len() < want {
            break;
        }
    }
    out.flush()?;
    if args.format == FlagsFormat::Table {
        eprintln!("{}", crate::output::count(listed, "flag", "flags"));
    }
    Ok(ExitCode::SUCCESS)
}

fn write_flags(out: &mut impl Write, flags: &[Flag], format: FlagsFormat) -> anyhow::Result<()> {
    match format {
        FlagsFormat::Json | FlagsFormat::Jsonl => {
            for f in flags {
                writeln!(out, "{}", serde_json::to_string(&Listed(f))?)?;
            }
        }
        FlagsFormat::Table => {
            for f in flags {
                writeln!(
                    out,
                    "{}  {:.3}  {:<13} {:<10}{}  {}: {} | {}: {}",
                    f.id,
                    f.score,
                    f.label.as_str(),
                    f.status.as_str(),
                    if f.probe { " probe" } else { "" },
                    f.a.speaker,
                    super::clip(&f.a.as_said(), 60),
                    f.b.speaker,
                    super::clip(&f.b.as_said(), 60)
                )?;
            }
        }
    }
    Ok(())
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionArg {
    Confirmed,
    Rejected,
}

#[derive(Args)]
pub struct LabelArgs {
    #[command(flatten)]
    db: DbArg,
    /// The flag id (see `contra flags`), or its first characters when no other id starts so.
    flag: String,
    #[arg(value_enum)]
    decision: DecisionArg,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// Who decided (default: $USER).
    #[arg(long, value_name = "NAME")]
    reviewer: Option<String>,
}

pub fn run_label(args: LabelArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let decision = match args.decision {
        DecisionArg::Confirmed => Decision::Confirmed,
        DecisionArg::Rejected => Decision::Rejected,
    };
    let flag = store.flag_id_by_prefix(&args.flag)?;
    store.record_review(
        &flag,
        decision,
        args.note.as_deref(),
        &reviewer(&args.reviewer),
    )?;
    println!("saved {} {}", flag, decision.as_str());
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    db: DbArg,
    /// Where to write the decisions, one JSON object per line (`-` for stdout).
    file: PathBuf,
}

pub fn run_export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let rows = store.reviews()?;
    let mut text = String::new();
    for r in &rows {
        text.push_str(&serde_json::to_string(r)?);
        text.push('\n');
    }
    if args.file.as_os_str() == "-" {
        print!("{text}");
    } else {
        // Write beside, then rename: an interrupted export never leaves half a file.
        let tmp = args.file.with_extension("tmp");
        std::fs::write(&tmp, &text).with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, &args.file)
            .with_context(|| format!("cannot write {}", args.file.display()))?;
        eprintln!(
            "exported {} decisions to {}",
            rows.len(),
            args.file.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct ImportArgs {
    #[command(flatten)]
    db: DbArg,
    /// Decisions exported by `contra export-labels`.
    file: PathBuf,
}

pub fn run_import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let rows: Vec<Review> = contra_text::jsonl::read(&args.file)?;
    let mut store = args.db.open_or_create()?;
    let added = store.import_reviews(&rows)?;
    eprintln!(
        "imported {added} decisions ({} already present)",
        rows.len() - added
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct ReportArgs {
    #[command(flatten)]
    db: DbArg,
    /// Where to write the page.
    #[arg(long, value_name = "OUT.html")]
    html: PathBuf,
    /// Include probe items.
    #[arg(long)]
    probes: bool,
    /// Show the N highest-scoring flags; the page says how many it leaves out.
    #[arg(long, value_name = "N", default_value_t = 500)]
    limit: usize,
}

pub fn run_report(args: ReportArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let query = FlagQuery {
        status: None,
        probes: args.probes,
        limit: Some(args.limit),
        context: true,
        ..Default::default()
    };
    let flags = store.flags_page(&query)?;
    let total = store.count_flags(&query)?;
    let title = if total > flags.len() {
        format!(
            "contra: the {} highest-scoring of {total} flagged contradictions and denials ({} left out; --limit shows more)",
            flags.len(),
            total - flags.len()
        )
    } else {
        "contra: flagged contradictions and denials".to_owned()
    };
    let page = contra_app::report::html(&flags, &title);
    std::fs::write(&args.html, page)
        .with_context(|| format!("cannot write {}", args.html.display()))?;
    eprintln!(
        "wrote {} of {total} flags to {}",
        flags.len(),
        args.html.display()
    );
    Ok(ExitCode::SUCCESS)
}
