//! The library's one error type. Every variant says what went wrong *and* what to do about it,
//! because these messages reach users verbatim through the CLI.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A model directory (or one of its required files) does not exist.
    #[error("model not found: {path} does not exist\n  hint: run scripts/setup.sh to install the default model, or pass --model DIR with a Hugging Face-style model directory")]
    ModelMissing { path: PathBuf },

    /// A model file exists but cannot be used.
    #[error("model file {path} is unusable: {reason}\n  hint: re-run scripts/setup.sh (it rebuilds the default model), or fix the file")]
    ModelCorrupt { path: PathBuf, reason: String },

    /// The model loads but its configuration is not one contra can use.
    #[error("unsupported model configuration in {path}: {reason}")]
    ModelConfig { path: PathBuf, reason: String },

    /// Input the user gave us that we refuse to process.
    #[error("{0}")]
    InvalidInput(String),

    /// A line of a JSONL input is malformed.
    #[error("{path}:{line}: {reason}")]
    BadLine {
        path: PathBuf,
        line: usize,
        reason: String,
    },

    // The io error is in the message and deliberately not a `source`: `{:#}` would repeat it.
    #[error("cannot read {path}: {cause}")]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },

    /// The SQLite store failed (corrupt, unwritable, full).
    #[error("{0}")]
    Store(String),

    /// Another process held the store's write lock for longer than the busy timeout: trying
    /// again later can succeed.
    #[error("{0}")]
    StoreBusy(String),

    /// libtorch failed while running the model.
    #[error("inference failed: {0}")]
    Inference(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, cause: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            cause,
        }
    }
}
