//! Helpers shared by the integration tests.
#![allow(dead_code)]

use contra_app::score::{score, ScoreOptions, ScoreOutput};
use contra_store::Store;
use contra_text::article::read_input;
use contra_text::nli::{Nli, NliScores};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The default model installed by scripts/setup.sh. Tests fail (not skip) without it: CI runs
/// setup first, and a silently skipped model test proves nothing.
pub fn default_model() -> PathBuf {
    model_dir(contra_text::nli::DEFAULT_MODEL)
}

/// The model setup installs as `models/<name>`; fails (not skips) when it is missing.
pub fn model_dir(name: &str) -> PathBuf {
    let dir = root().join("models").join(name);
    assert!(
        dir.join("model.safetensors").is_file(),
        "{} is missing: run scripts/setup.sh",
        dir.display()
    );
    dir
}

/// The motivating article in ../shared. Tests that use it fail (not skip) without it: a check
/// that silently passes proves nothing.
pub fn seed() -> PathBuf {
    let p = root().join("../shared/seed/000_32622a4886d3749e.txt");
    assert!(
        p.is_file(),
        "{} is missing: these tests need the project's shared/ folder beside the checkout",
        p.display()
    );
    p
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests").join("fixtures").join(name)
}

/// Runs the real binary.
pub fn contra(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(args)
        .env_remove("CONTRA_MODEL")
        .env_remove("CONTRA_ENCODER")
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
    model_copy_of(&default_model())
}

/// A copy of `src` (a model directory) like [`model_copy`].
pub fn model_copy_of(src: &std::path::Path) -> tempfile::TempDir {
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

/// A deterministic stand-in for the NLI model, so that score, review and calibrate tests run in
/// milliseconds: P(contradiction) of a (premise, hypothesis) input is the first rule whose two
/// fragments it contains, one on each side (either way round), else `otherwise`.
pub struct FakeNli {
    rules: Vec<(&'static str, &'static str, f32)>,
    otherwise: f32,
    /// Score inputs no rule matches from a hash of their text instead, spread over 0..1.
    spread: bool,
    /// The model's own decision threshold (a real model's config.json says it).
    threshold: Option<f32>,
    /// A 3-label model (entailment, neutral, contradiction) when set: P(entailment) by the
    /// same kind of rules (first match, else 0); P(contradiction) is capped at 1 − P(entailment).
    entailment: Option<Vec<(&'static str, &'static str, f32)>>,
    /// Inputs the model was asked to score, over all calls.
    pub inputs: Cell<usize>,
}

impl FakeNli {
    pub fn new(rules: &[(&'static str, &'static str, f32)], otherwise: f32) -> FakeNli {
        FakeNli {
            rules: rules.to_vec(),
            otherwise,
            spread: false,
            threshold: Some(0.8),
            entailment: None,
            inputs: Cell::new(0),
        }
    }

    /// The same model with three labels, P(entailment) from `rules`.
    pub fn three_way(self, rules: &[(&'static str, &'static str, f32)]) -> FakeNli {
        FakeNli {
            entailment: Some(rules.to_vec()),
            ..self
        }
    }

    /// The same model with another decision threshold of its own.
    pub fn with_threshold(self, threshold: Option<f32>) -> FakeNli {
        FakeNli { threshold, ..self }
    }

    /// Every input scored from a hash of its text: many pairs above any low threshold, with
    /// scores spread over 0..1, the same in every run.
    pub fn spread() -> FakeNli {
        FakeNli {
            spread: true,
            ..FakeNli::new(&[], 0.0)
        }
    }

    /// Budget and strike disputes in tests/fixtures/score/06_budget and 09_strike.
    pub fn budget_and_strike() -> FakeNli {
        FakeNli::new(
            &[
                ("three percent", "no increase", 0.97),
                ("three percent", "would not rise", 0.95),
                ("six percent", "no offer", 0.93),
                ("six percent", "any raise at all", 0.91),
                ("strike through the weekend", "six percent", 0.30),
            ],
            0.02,
        )
    }

    fn p(&self, premise: &str, hypothesis: &str) -> f32 {
        Self::rule(&self.rules, premise, hypothesis).unwrap_or_else(|| {
            if self.spread {
                // Symmetric, so that both directions of a pair agree.
                let (x, y) = if premise <= hypothesis {
                    (premise, hypothesis)
                } else {
                    (hypothesis, premise)
                };
                let h = contra_text::article::short_hash(format!("{x}|{y}").as_bytes());
                u32::from_str_radix(&h[..4], 16).unwrap() as f32 / 65536.0
            } else {
                self.otherwise
            }
        })
    }

    /// The score of the first rule whose two fragments the input contains, one on each side.
    fn rule(rules: &[(&str, &str, f32)], premise: &str, hypothesis: &str) -> Option<f32> {
        rules
            .iter()
            .find(|(x, y, _)| {
                (premise.contains(x) && hypothesis.contains(y))
                    || (premise.contains(y) && hypothesis.contains(x))
            })
            .map(|r| r.2)
    }
}

impl Nli for FakeNli {
    fn id(&self) -> String {
        "fake-nli".into()
    }

    fn labels(&self) -> &[String] {
        static LABELS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        static THREE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        match self.entailment {
            Some(_) => THREE.get_or_init(|| {
                vec![
                    "entailment".into(),
                    "neutral".into(),
                    "contradiction".into(),
                ]
            }),
            None => LABELS.get_or_init(|| vec!["other".into(), "contradiction".into()]),
        }
    }

    fn contradiction_index(&self) -> usize {
        self.labels().len() - 1
    }

    fn threshold(&self) -> Option<f32> {
        self.threshold
    }

    fn predict(&self, pairs: &[(&str, &str)]) -> contra_text::Result<Vec<NliScores>> {
        self.inputs.set(self.inputs.get() + pairs.len());
        Ok(pairs
            .iter()
            .map(|(p, h)| {
                let c = self.p(p, h);
                let probs = match &self.entailment {
                    Some(rules) => {
                        let e = Self::rule(rules, p, h).unwrap_or(0.0);
                        let c = c.min(1.0 - e);
                        vec![e, 1.0 - e - c, c]
                    }
                    None => vec![1.0 - c, c],
                };
                NliScores {
                    probs,
                    truncated: false,
                }
            })
            .collect())
    }
}

/// A sentence encoder for fast tests: texts that contain `topic` share one direction, every
/// other text gets a direction of its own (so it is off topic with everything).
#[derive(Debug)]
pub struct FakeEncoder {
    pub topic: &'static str,
    pub calls: Cell<usize>,
}

impl contra_text::pairs::semantic::SentenceEncoder for FakeEncoder {
    fn embed(&self, texts: &[&str]) -> contra_text::Result<Vec<Vec<f32>>> {
        self.calls.set(self.calls.get() + 1);
        Ok(texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut v = vec![0.0; texts.len() + 1];
                v[if t.contains(self.topic) { 0 } else { i + 1 }] = 1.0;
                v
            })
            .collect())
    }
}

/// Scores files into the database at `db` with `nli`, as `contra score` does.
pub fn score_files(
    nli: &dyn Nli,
    db: &Path,
    files: &[PathBuf],
    opts: &ScoreOptions,
) -> ScoreOutput {
    let mut articles = Vec::new();
    for f in files {
        articles.extend(read_input(f.to_str().unwrap()).unwrap());
    }
    let mut store = Store::open(db).unwrap();
    score(articles, nli, &mut store, opts, "test", &mut |_| {}).unwrap()
}

/// The two articles of each score fixture set named.
pub fn score_sets(sets: &[&str]) -> Vec<PathBuf> {
    sets.iter()
        .flat_map(|set| ["a.txt", "b.txt"].map(|f| fixture(&format!("score/{set}/{f}"))))
        .collect()
}

/// The ids `contra flags --format jsonl` lists for `db`, with more arguments (paging).
#[allow(dead_code)]
pub fn flag_ids(db: &std::path::Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["flags", "--db", db.to_str().unwrap(), "--format", "jsonl"];
    all.extend_from_slice(args);
    let o = contra(&all);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}
