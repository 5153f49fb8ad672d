//! `contra-core`, the binary the `contra` launcher hands over to: argument parsing and output
//! only; the work happens in the library.

mod cli;

// cli/extract.rs names these as `crate::` so that the launcher can compile it too.
use contra::{article, claims};

// Claim extraction allocates many small strings; mimalloc handles that faster than glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::quiet_sigpipe();
    cli::finish(cli::run())
}
