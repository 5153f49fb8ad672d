//! Output helpers shared by the commands (and by the launcher, which runs `contra extract`
//! itself).

use clap::ValueEnum;

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Table,
}

/// Prints one JSON value and a newline, serialised straight into buffered stdout: a corpus's
/// output can be tens of megabytes, and building it as a string first doubles the memory.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    use std::io::Write;
    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer(&mut w, value)?;
    writeln!(w)?;
    w.flush()?;
    Ok(())
}

/// Shortens text for one table cell, marking the cut with an ellipsis.
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
