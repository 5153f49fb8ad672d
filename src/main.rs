//! The `contra` command. It links nothing of libtorch (contra-cli, contra-app, contra-store and
//! contra-text only), so the commands that need no model run here: without libtorch installed,
//! and without the 0.3 s it takes to load. The commands that run the model are handed to
//! `contra-core` after checking that libtorch is there: `contra-core` links libtorch
//! dynamically, so when libtorch is missing the system loader would stop it before `main` with
//! "error while loading shared libraries", a message that names no fix.

use clap::Parser;
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

fn main() -> ExitCode {
    contra_cli::quiet_sigpipe();
    let cli = contra_cli::Cli::parse();
    if !cli.needs_model() {
        return contra_cli::finish(contra_cli::run(cli, None));
    }
    // `launch` only returns if it could not hand over.
    let Err(msg) = launch();
    eprintln!("contra: error: {msg}");
    ExitCode::from(1)
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
