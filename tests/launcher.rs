//! The `contra` binary links no libtorch: the commands that need no model run without loading
//! it, and the model commands are handed to `contra-core` only when libtorch is there.

mod common;

use common::{stderr, stdout};
use std::process::{Command, Output};

/// Runs `contra` with the dynamic loader reporting every library it looks for (glibc's
/// LD_DEBUG=libs) and a CONTRA_LIBTORCH that holds no libtorch.
fn contra_traced(args: &[&str]) -> Output {
    let empty = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(args)
        .env("LD_DEBUG", "libs")
        .env_remove("LD_LIBRARY_PATH")
        .env("CONTRA_LIBTORCH", empty.path())
        .env_remove("CONTRA_MODEL")
        .output()
        .unwrap()
}

/// Whether the loader looked for one of libtorch's libraries.
fn loads_libtorch(o: &Output) -> bool {
    let trace = stderr(o);
    trace.contains("find library=libtorch") || trace.contains("find library=libc10")
}

#[test]
fn help_runs_without_loading_libtorch() {
    let o = contra_traced(&["--help"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("extract"), "{}", stdout(&o));
    assert!(!loads_libtorch(&o), "{}", stderr(&o));
}

#[test]
fn extract_runs_without_loading_libtorch() {
    let article = common::fixture("extract/02_ministry_denial.txt");
    let o = contra_traced(&["extract", "--format", "json", article.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"claims\""));
    assert!(!loads_libtorch(&o), "{}", stderr(&o));
}

#[test]
fn store_commands_run_without_loading_libtorch() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    common::score_files(
        &common::FakeNli::budget_and_strike(),
        &db,
        &common::score_sets(&["06_budget"]),
        &Default::default(),
    );
    let dbs = db.to_str().unwrap();
    let html = dir.path().join("r.html");
    for args in [
        vec!["flags", "--db", dbs],
        vec!["report", "--db", dbs, "--html", html.to_str().unwrap()],
        vec!["calibrate", "--db", dbs, "--help"],
        vec!["export-labels", "--db", dbs, "-"],
    ] {
        let o = contra_traced(&args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(!loads_libtorch(&o), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn a_model_command_without_libtorch_names_the_setup_command() {
    let seed = common::fixture("score/04_talks_cross/a.txt");
    let o = contra_traced(&["score", "--db", "/nonexistent/c.db", seed.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("contra: error: libtorch is missing") && err.contains("scripts/setup.sh"),
        "{err}"
    );
    assert!(!loads_libtorch(&o), "{err}");
}
