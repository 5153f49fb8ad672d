//! Reading JSON Lines files of one record type, with errors that name the line.

use crate::error::{Error, Result};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses every non-blank line of `path` as a `T`.
pub fn read<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse(path, &text)
}

/// Parses every non-blank line of `text` (read from `path`) as a `T`.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<Vec<T>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|e| Error::BadLine {
                path: path.to_owned(),
                line: n + 1,
                reason: e.to_string(),
            })
        })
        .collect()
}
