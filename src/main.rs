//! The `contra` binary: argument parsing and output only; the work happens in the library.

mod cli;

// cli/extract.rs names these as `crate::` so that the launcher can compile it too.
use contra::{article, claims};

// Claim extraction allocates many small strings; mimalloc handles that faster than glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Like other Unix tools, stop quietly when the reader of our output goes away
    // (`contra extract big.jsonl | head`) instead of failing on every later write.
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    match cli::run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("contra: error: {err:#}");
            ExitCode::from(1)
        }
    }
}
