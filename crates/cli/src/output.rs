//! Output helpers shared by the commands (and by the launcher, which runs `contra extract`
//! itself).

use clap::ValueEnum;
pub use contra_text::article::normalize::clip;

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Table,
}

/// Like other Unix tools, stop quietly when the reader of our output goes away
/// (`contra extract big.jsonl | head`) instead of failing on every later write.
pub fn quiet_sigpipe() {
    // SAFETY: restoring the default disposition of SIGPIPE, called before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        // A file size limit (`ulimit -f`) must be an error we can report, with the store left
        // consistent, not a signal that kills the process mid-write.
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// The exit status of a command: its own, or 1 after printing the error with its causes.
pub fn finish(result: anyhow::Result<std::process::ExitCode>) -> std::process::ExitCode {
    result.unwrap_or_else(|err| {
        eprintln!("contra: error: {err:#}");
        std::process::ExitCode::from(1)
    })
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

/// "1 article", "3 articles": a count with its noun in the right number.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
