//! The `contra` binary: argument parsing and output only; the work happens in the library.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("contra: error: {err:#}");
            ExitCode::from(1)
        }
    }
}
