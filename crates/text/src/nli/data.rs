//! Reading NLI pair files: `{"premise","hypothesis"}` JSONL for `contra nli --pairs`, and
//! SNLI-format JSONL (`sentence1`, `sentence2`, `gold_label`) for `contra eval-nli`.

use crate::error::{Error, Result};
use serde_json::Value;
use std::path::Path;

/// A premise/hypothesis pair, optionally with a gold label.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledPair {
    pub premise: String,
    pub hypothesis: String,
    /// Lower-case gold label ("contradiction", "entailment", "neutral", ...), if any.
    pub gold: Option<String>,
}

/// Reads a JSONL file of pairs. Accepts `premise`/`hypothesis` or SNLI's `sentence1`/`sentence2`,
/// and a gold label from `gold_label` or `label`. Blank lines are skipped. Every other problem
/// (bad JSON, missing or empty fields, invalid UTF-8) is an error naming the line.
///
/// With `labelled_only`, rows without a usable gold label (SNLI's "-") are skipped.
pub fn read_pairs(path: &Path, labelled_only: bool) -> Result<Vec<LabelledPair>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| Error::BadLine {
        path: path.to_owned(),
        line: bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
        reason: format!(
            "invalid UTF-8 at byte offset {}; contra reads UTF-8 only",
            e.valid_up_to()
        ),
    })?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |reason: String| Error::BadLine {
            path: path.to_owned(),
            line: n + 1,
            reason,
        };
        let v: Value = serde_json::from_str(line).map_err(|e| bad(format!("invalid JSON: {e}")))?;
        let field = |names: &[&str]| -> Option<String> {
            names
                .iter()
                .find_map(|k| v.get(k).and_then(Value::as_str))
                .map(str::to_owned)
        };
        let premise = field(&["premise", "sentence1"])
            .ok_or_else(|| bad("missing string field \"premise\"".into()))?;
        let hypothesis = field(&["hypothesis", "sentence2"])
            .ok_or_else(|| bad("missing string field \"hypothesis\"".into()))?;
        if premise.trim().is_empty() || hypothesis.trim().is_empty() {
            return Err(bad("premise and hypothesis must be non-empty".into()));
        }
        let gold = field(&["gold_label", "label"])
            .map(|g| g.trim().to_ascii_lowercase())
            .filter(|g| !g.is_empty() && g != "-");
        if labelled_only && gold.is_none() {
            continue;
        }
        out.push(LabelledPair {
            premise,
            hypothesis,
            gold,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(content: &[u8]) -> tempfile::NamedTempFile {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), content).unwrap();
        f
    }

    #[test]
    fn reads_both_field_spellings_and_skips_unlabelled_snli_rows() {
        let f = file(
            br#"{"premise":"A man sleeps.","hypothesis":"A man runs.","label":"CONTRADICTION"}

{"sentence1":"A dog barks.","sentence2":"An animal makes noise.","gold_label":"entailment"}
{"sentence1":"A cat.","sentence2":"A dog.","gold_label":"-"}
"#,
        );
        let all = read_pairs(f.path(), false).unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].gold.as_deref(), Some("contradiction"));
        assert_eq!(all[1].premise, "A dog barks.");
        assert_eq!(all[2].gold, None);
        assert_eq!(read_pairs(f.path(), true).unwrap().len(), 2);
    }

    #[test]
    fn errors_name_the_line() {
        let f = file(b"{\"premise\":\"a\",\"hypothesis\":\"b\"}\n{oops\n");
        let e = read_pairs(f.path(), false).unwrap_err().to_string();
        assert!(e.contains(":2: invalid JSON"), "{e}");
        let f = file(b"{\"premise\":\"a\"}\n");
        assert!(read_pairs(f.path(), false)
            .unwrap_err()
            .to_string()
            .contains(":1: missing string field \"hypothesis\""));
        let f = file(b"{\"premise\":\" \",\"hypothesis\":\"b\"}\n");
        assert!(read_pairs(f.path(), false)
            .unwrap_err()
            .to_string()
            .contains("non-empty"));
        let f = file(b"{\"premise\":\"a\",\"hypothesis\":\"b\"}\n\xff\xfe\n");
        let e = read_pairs(f.path(), false).unwrap_err().to_string();
        assert!(e.contains(":2: invalid UTF-8 at byte offset 33"), "{e}");
    }
}
