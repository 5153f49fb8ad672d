//! contra's model-free pipeline: article → claims → pairs → (the `Nli` trait) → verdict, and
//! the `Flag` and `Review` domain types the later stages share.
//!
//! Nothing here links libtorch or SQLite (`cargo tree -p contra-text` shows neither), so every
//! command that needs no model runs from this crate without loading either. See ARCHITECTURE.md.

pub mod article;
pub mod claims;
pub mod dispute;
pub mod error;
pub mod flag;
pub mod jsonl;
pub mod nli;
pub mod pairs;
pub mod verdict;
pub mod words;

pub use error::{Error, Result};
