//! The NLI stage: load a sequence-classification model and score premise/hypothesis pairs.
//!
//! Everything model-specific stays behind [`NliModel::predict`] ("score these pairs"), so the rest
//! of the pipeline never sees tensors or tokenizers.

mod config;
pub mod data;
pub mod eval;
mod model;
mod weights;

pub use config::{Architecture, ModelConfig, CONTRADICTION};
pub use model::{ModelOptions, NliModel, NliScores, DEFAULT_MODEL};

use std::path::PathBuf;

/// Where the model lives when the user names none: `$CONTRA_MODEL`, else `models/<default>` in
/// the current directory, else the one in the source tree this binary was built from.
pub fn default_model_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CONTRA_MODEL") {
        return PathBuf::from(dir);
    }
    let local = PathBuf::from("models").join(DEFAULT_MODEL);
    if local.is_dir() {
        return local;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("models")
        .join(DEFAULT_MODEL)
}
