//! contra finds where people in the news contradict or deny each other.
//!
//! The modules follow the pipeline; see ARCHITECTURE.md for the map.

pub mod article;
pub mod calibrate;
pub mod claims;
pub mod error;
pub mod jsonl;
pub mod nli;
pub mod pairs;
pub mod report;
pub mod review;
pub mod score;
pub mod store;
pub mod verdict;

pub use error::{Error, Result};
