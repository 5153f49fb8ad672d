//! The `contra` command: finds libtorch, then hands over to `contra-core`, the real binary.
//!
//! `contra-core` links libtorch dynamically, so when libtorch is missing the system loader
//! stops it before `main` with "error while loading shared libraries". This launcher links
//! nothing of libtorch, so it can say what is wrong and which command fixes it.
//!
//! Claim extraction needs no model, so `contra extract` and `contra eval-extract` run here:
//! without libtorch installed, and without the 0.3 s it takes to load.

use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Where `build.rs` found libtorch's shared libraries (also baked into `contra-core`'s rpath).
const BUILT_WITH: &str = env!("CONTRA_LIBTORCH_LIB");

/// The libraries `contra-core` needs from libtorch; if one is missing the loader refuses it.
const LIBS: [&str; 2] = ["libtorch_cpu.so", "libc10.so"];

// Claim extraction allocates many small strings; mimalloc handles that faster than glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The pipeline stages that need no model, compiled into this binary from the same files as the
// library: linking the `contra` library itself would pull in libtorch.
#[allow(dead_code)]
mod article;
#[allow(dead_code, unused_imports)]
mod claims;
#[allow(dead_code)]
mod error;
#[allow(dead_code)]
mod jsonl;

/// The commands that need no model; `contra-core` defines the same ones for `contra --help`.
mod cli {
    pub mod extract;
    pub mod output;
}

#[derive(clap::Parser)]
#[command(name = "contra", version)]
struct NoModelCli {
    #[command(subcommand)]
    command: NoModelCommand,
}

#[derive(clap::Subcommand)]
enum NoModelCommand {
    /// Extract claims and their speakers from articles.
    Extract(cli::extract::ExtractArgs),
    /// Score claim extraction against gold files: claim recall, speaker accuracy,
    /// misattributions.
    EvalExtract(cli::extract::EvalArgs),
}

fn main() -> ExitCode {
    if let Some(code) = run_here() {
        return code;
    }
    // `launch` only returns if it could not hand over.
    let Err(msg) = launch();
    eprintln!("contra: error: {msg}");
    ExitCode::from(1)
}

/// Runs a command that needs no model in this process; `None` for every other command.
fn run_here() -> Option<ExitCode> {
    use clap::Parser;
    let sub = std::env::args_os().nth(1)?;
    if sub != "extract" && sub != "eval-extract" {
        return None;
    }
    cli::output::quiet_sigpipe();
    let result = match NoModelCli::parse().command {
        NoModelCommand::Extract(args) => cli::extract::run(args),
        NoModelCommand::EvalExtract(args) => cli::extract::run_eval(args),
    };
    Some(cli::output::finish(result))
}

fn launch() -> Result<std::convert::Infallible, String> {
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot locate the contra binary: {e}"))?;
    let core = exe.with_file_name("contra-core");
    if !core.is_file() {
        return Err(format!(
            "{} is missing: rebuild with `cargo build --release` (or run scripts/setup.sh)",
            core.display()
        ));
    }
    let mut cmd = Command::new(&core);
    cmd.arg0("contra").args(std::env::args_os().skip(1));
    match std::env::var_os("CONTRA_LIBTORCH") {
        // A user-chosen libtorch (the folder that holds lib/) wins over the one built against.
        Some(dir) => {
            let lib = PathBuf::from(&dir).join("lib");
            check(&lib, "from CONTRA_LIBTORCH")?;
            cmd.env(
                "LD_LIBRARY_PATH",
                prepend(&lib, std::env::var_os("LD_LIBRARY_PATH")),
            );
        }
        // Found where the build put it, or wherever LD_LIBRARY_PATH points.
        None => check(Path::new(BUILT_WITH), "where contra was built to find it").or_else(|e| {
            if on_library_path() {
                Ok(())
            } else {
                Err(e)
            }
        })?,
    }
    let err = cmd.exec();
    Err(format!("cannot run {}: {err}", core.display()))
}

fn has_libs(dir: &Path) -> bool {
    LIBS.iter().all(|l| dir.join(l).is_file())
}

fn on_library_path() -> bool {
    std::env::var_os("LD_LIBRARY_PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| has_libs(&d)))
}

fn check(dir: &Path, hint: &str) -> Result<(), String> {
    match LIBS.iter().find(|l| !dir.join(l).is_file()) {
        None => Ok(()),
        Some(missing) => Err(format!(
            "libtorch is missing: no {missing} in {} ({hint}); {}",
            dir.display(),
            "run scripts/setup.sh to reinstall libtorch 2.4.0 into .deps/libtorch, or set \
             CONTRA_LIBTORCH to a libtorch 2.4.0 folder"
        )),
    }
}

fn prepend(dir: &Path, rest: Option<OsString>) -> OsString {
    let mut paths = vec![dir.to_path_buf()];
    if let Some(rest) = rest {
        paths.extend(std::env::split_paths(&rest));
    }
    std::env::join_paths(paths).unwrap_or_else(|_| dir.as_os_str().to_owned())
}
