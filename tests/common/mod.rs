//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The default model installed by scripts/setup.sh. Tests fail (not skip) without it: CI runs
/// setup first, and a silently skipped model test proves nothing.
pub fn default_model() -> PathBuf {
    let dir = root().join("models").join(contra::nli::DEFAULT_MODEL);
    assert!(
        dir.join("model.safetensors").is_file(),
        "{} is missing: run scripts/setup.sh",
        dir.display()
    );
    dir
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests").join("fixtures").join(name)
}

/// Runs the real binary.
pub fn contra(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(args)
        .env_remove("CONTRA_MODEL")
        .env_remove("CONTRA_LIBTORCH")
        .output()
        .expect("run contra")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the default model directory whose weights are a symlink (cheap) and whose other
/// files can be replaced by the test.
pub fn model_copy() -> tempfile::TempDir {
    let src = default_model();
    let dir = tempfile::tempdir().unwrap();
    for f in ["config.json", "tokenizer.json"] {
        std::fs::copy(src.join(f), dir.path().join(f)).unwrap();
    }
    std::os::unix::fs::symlink(
        src.join("model.safetensors"),
        dir.path().join("model.safetensors"),
    )
    .unwrap();
    dir
}
