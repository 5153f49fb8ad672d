//! `contra-core`, the binary the `contra` launcher hands the model commands to: the same command
//! line, with a loader for the NLI model (contra-nli, which links libtorch).

use clap::Parser;
use contra_nli::{MiniLm, NliModel};
use contra_text::nli::{ModelOptions, Nli};
use contra_text::pairs::semantic::SentenceEncoder;
use std::path::Path;
use std::process::ExitCode;

// Claim extraction allocates many small strings; mimalloc handles that faster than glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn load(dir: &Path, options: ModelOptions) -> contra_text::Result<Box<dyn Nli>> {
    Ok(Box::new(NliModel::load(dir, options)?))
}

fn load_encoder(
    dir: &Path,
    threads: Option<usize>,
) -> contra_text::Result<Box<dyn SentenceEncoder>> {
    Ok(Box::new(MiniLm::load(dir, threads)?))
}

fn main() -> ExitCode {
    contra_cli::quiet_sigpipe();
    let loaders = contra_cli::Loaders {
        nli: &load,
        encoder: &load_encoder,
    };
    contra_cli::finish(contra_cli::run(contra_cli::Cli::parse(), Some(loaders)))
}
