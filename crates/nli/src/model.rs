//! Loading a model directory and running batched inference: "score these pairs".

use crate::batches::{padded, run_batches, worker_count};
use crate::int8::Int8Layers;
use crate::weights::MappedWeights;
use contra_text::error::{Error, Result};
use contra_text::nli::{Architecture, ModelConfig, ModelOptions, Nli, NliScores, Precision};
use rust_bert::bert::{BertConfig, BertForSequenceClassification};
use rust_bert::deberta_v2::{DebertaV2Config, DebertaV2ForSequenceClassification};
use rust_bert::roberta::RobertaForSequenceClassification;
use serde::de::DeserializeOwned;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use tch::{nn, Device, Kind};
use tokenizers::{Encoding, Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy};

enum Classifier {
    DebertaV2(Box<DebertaV2ForSequenceClassification>),
    Bert(Box<BertForSequenceClassification>),
    Roberta(Box<RobertaForSequenceClassification>),
}

/// A loaded NLI cross-encoder.
pub struct NliModel {
    config: ModelConfig,
    dir: PathBuf,
    /// The weights file, named when its numbers turn out unusable.
    weights: PathBuf,
    tokenizer: Tokenizer,
    classifier: Classifier,
    // Holds the weights that `classifier` refers to.
    _vs: nn::VarStore,
    /// With `Precision::Int8`, the encoder layers that run in int8 while this lives.
    _int8: Option<Int8Layers>,
    options: ModelOptions,
    /// Inference threads: `options.threads`, else one per core.
    workers: usize,
    /// The weights file's memory map, which the variables read from; dropped last.
    _mapped: Option<MappedWeights>,
}

impl NliModel {
    /// Loads a Hugging Face-style model directory: `config.json` (with id2label),
    /// `model.safetensors` or `rust_model.ot`, and `tokenizer.json`.
    pub fn load(dir: &Path, options: ModelOptions) -> Result<Self> {
        if !dir.is_dir() {
            return Err(Error::ModelMissing {
                path: dir.to_owned(),
            });
        }
        let config = ModelConfig::read(&dir.join("config.json"), options.contradiction_index)?;
        let tokenizer_path = dir.join("tokenizer.json");
        let (tokenizer, network) = std::thread::scope(|scope| {
            // Building the tokenizer (a 128k-entry vocabulary: 0.2 s) overlaps the weights.
            let tokenizer = scope.spawn(|| load_tokenizer(&tokenizer_path, config.max_length));
            let network = Network::load(dir, &config, options.precision);
            (tokenizer.join(), network)
        });
        let tokenizer = tokenizer.map_err(|_| Error::ModelCorrupt {
            path: tokenizer_path.clone(),
            reason: "building the tokenizer from it failed".into(),
        })??;
        let network = network?;
        Ok(NliModel {
            config,
            dir: dir.to_owned(),
            weights: network.weights,
            tokenizer,
            classifier: network.classifier,
            _vs: network.vs,
            _int8: network.int8,
            workers: worker_count(options.threads),
            options,
            _mapped: network.mapped,
        })
    }

    pub fn config(&self) -> &ModelConfig {
        &self.config
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn forward(&self, batch: &[&Encoding]) -> Result<Vec<Vec<f32>>> {
        let (ids, mask, types) = padded(batch, self.config.pad_token_id);
        let types = self.config.uses_token_types.then_some(&types);

        // tch panics on libtorch errors; turn any such panic into an error for this batch.
        let logits = std::panic::catch_unwind(AssertUnwindSafe(|| {
            tch::no_grad(|| match &self.classifier {
                Classifier::DebertaV2(m) => m
                    .forward_t(Some(&ids), Some(&mask), types, None, None, false)
                    .map(|o| o.logits)
                    .map_err(|e| e.to_string()),
                Classifier::Bert(m) => Ok(m
                    .forward_t(Some(&ids), Some(&mask), types, None, None, false)
                    .logits),
                Classifier::Roberta(m) => Ok(m
                    .forward_t(Some(&ids), Some(&mask), None, None, None, false)
                    .logits),
            })
        }))
        .map_err(|p| Error::Inference(panic_message(&p)))?
        .map_err(Error::Inference)?;

        let probs = logits.softmax(-1, Kind::Float);
        let probs: Vec<Vec<f32>> = Vec::try_from(probs)
            .map_err(|e| Error::Inference(format!("unexpected model output: {e}")))?;
        // Damaged weights (size and header intact) give NaN or infinite logits: that is a
        // broken model, never a probability.
        if probs.iter().flatten().any(|p| !p.is_finite()) {
            return Err(Error::ModelCorrupt {
                path: self.weights.clone(),
                reason: "the model computes NaN or infinite scores: its weights are damaged".into(),
            });
        }
        Ok(probs)
    }
}

impl Nli for NliModel {
    fn id(&self) -> String {
        self.config
            .source
            .clone()
            .unwrap_or_else(|| self.dir.display().to_string())
    }

    fn labels(&self) -> &[String] {
        &self.config.labels
    }

    fn contradiction_index(&self) -> usize {
        self.config.contradiction
    }

    fn threshold(&self) -> Option<f32> {
        self.config.threshold
    }

    /// Pairs are tokenised once, sorted by length and run in batches padded to the longest
    /// member, so short pairs don't pay for long ones.
    fn predict(&self, pairs: &[(&str, &str)]) -> Result<Vec<NliScores>> {
        for (i, (p, h)) in pairs.iter().enumerate() {
            if p.trim().is_empty() || h.trim().is_empty() {
                return Err(Error::InvalidInput(format!(
                    "pair {}: the premise and the hypothesis must both be non-empty",
                    i + 1
                )));
            }
        }
        let inputs: Vec<tokenizers::EncodeInput> =
            pairs.iter().map(|&(p, h)| (p, h).into()).collect();
        let encodings = self
            .tokenizer
            .encode_batch(inputs, true)
            .map_err(|e| Error::Inference(format!("tokenisation failed: {e}")))?;

        let mut order: Vec<usize> = (0..encodings.len()).collect();
        order.sort_by_key(|&i| encodings[i].len());
        // Fewer pairs than a batch per thread: smaller batches, so that every thread has one
        // (11 pairs of the seed article: 0.36 s in one batch on one core).
        let per_thread = encodings.len().div_ceil(self.workers).max(1);
        let batch_size = self.options.batch_size.clamp(1, per_thread);
        let batches: Vec<&[usize]> = order.chunks(batch_size).collect();
        let probs = self.forward_all(&batches, &encodings)?;

        let mut out = vec![None; encodings.len()];
        for (batch, probs) in batches.iter().zip(probs) {
            for (&i, probs) in batch.iter().zip(probs) {
                out[i] = Some(NliScores {
                    probs,
                    truncated: !encodings[i].get_overflowing().is_empty(),
                });
            }
        }
        Ok(out.into_iter().map(Option::unwrap).collect())
    }
}

impl NliModel {
    /// Runs every batch on the inference threads (see `batches::run_batches`).
    fn forward_all(&self, batches: &[&[usize]], encodings: &[Encoding]) -> Result<Vec<BatchProbs>> {
        let shared = &SharedModel(self);
        run_batches(self.workers, batches.len(), &move |b| {
            shared.0.forward_rows(batches[b], encodings)
        })
    }

    fn forward_rows(&self, rows: &[usize], encodings: &[Encoding]) -> Result<BatchProbs> {
        let batch: Vec<&Encoding> = rows.iter().map(|&i| &encodings[i]).collect();
        self.forward(&batch)
    }
}

/// The label probabilities of each row of one batch.
type BatchProbs = Vec<Vec<f32>>;

/// `&NliModel` for the inference threads of one `predict` call.
struct SharedModel<'a>(&'a NliModel);

// SAFETY: the threads only run `forward`, which reads the model (tokenizer, config and weight
// tensors) and creates its own input and output tensors; libtorch allows concurrent reads of
// a tensor, and nothing writes to the model's tensors after `load`.
unsafe impl Sync for SharedModel<'_> {}

/// The model's weights and the layers that use them.
struct Network {
    weights: PathBuf,
    classifier: Classifier,
    vs: nn::VarStore,
    int8: Option<Int8Layers>,
    /// What the variables read from (see `weights::load_safetensors`).
    mapped: Option<MappedWeights>,
}

impl Network {
    fn load(dir: &Path, config: &ModelConfig, precision: Precision) -> Result<Network> {
        let weights = ["model.safetensors", "rust_model.ot"]
            .iter()
            .map(|f| dir.join(f))
            .find(|p| p.is_file())
            .ok_or_else(|| Error::ModelMissing {
                path: dir.join("model.safetensors"),
            })?;
        // Parallelism comes from `workers` threads, each running whole batches on one core
        // (see `predict`); libtorch's own intra-op threads would only wait for each other.
        tch::set_num_threads(1);
        keep_freed_memory();
        let mut vs = nn::VarStore::new(Device::Cpu);
        // Every variable is overwritten by the weights below (a missing one is an error), so
        // drawing random initial values first would only cost time: a quarter of a load.
        let classifier = {
            let _skip = SkipRandomInit::new();
            build(config, &vs.root())?
        };
        let mut mapped = None;
        if weights.extension().is_some_and(|e| e == "safetensors") {
            mapped = Some(crate::weights::load_safetensors(&vs, &weights)?);
        } else {
            vs.load(&weights).map_err(|e| Error::ModelCorrupt {
                path: weights.clone(),
                reason: first_line(&e.to_string()),
            })?;
            // An fp16/bf16 checkpoint gives a half-precision model; CPU inference wants f32.
            vs.float();
        }
        vs.freeze();
        let int8 = (precision == Precision::Int8).then(|| {
            let variables = vs.variables();
            Int8Layers::register(
                variables
                    .iter()
                    .filter(|(name, w)| is_encoder_linear(name) && w.dim() == 2)
                    .map(|(_, w)| w),
            )
        });
        Ok(Network {
            weights,
            classifier,
            vs,
            int8,
            mapped,
        })
    }
}

/// libtorch allocates and frees activation tensors of a few MB on every layer. With glibc's
/// default mmap threshold (128 KiB) each one is a fresh mmap, page faults and all; raising it
/// keeps them in the heap for reuse. Measured: 82 → 145 pairs/s on 1,000 SNLI pairs, 2 cores.
pub(crate) fn keep_freed_memory() {
    // SAFETY: mallopt only tunes the allocator; called before inference threads start.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 128 << 20);
    }
}

fn build(config: &ModelConfig, root: &nn::Path) -> Result<Classifier> {
    let bad = |reason: String| Error::ModelConfig {
        path: config.path.clone(),
        reason,
    };
    let classifier = match config.architecture {
        Architecture::DebertaV2 => {
            let c: DebertaV2Config = parse(config)?;
            Classifier::DebertaV2(Box::new(
                DebertaV2ForSequenceClassification::new(root, &c)
                    .map_err(|e| bad(e.to_string()))?,
            ))
        }
        Architecture::Bert => {
            let c: BertConfig = parse(config)?;
            Classifier::Bert(Box::new(
                BertForSequenceClassification::new(root, &c).map_err(|e| bad(e.to_string()))?,
            ))
        }
        Architecture::Roberta => {
            let c: BertConfig = parse(config)?;
            Classifier::Roberta(Box::new(
                RobertaForSequenceClassification::new(root, &c).map_err(|e| bad(e.to_string()))?,
            ))
        }
    };
    Ok(classifier)
}

/// The weight of a linear layer inside the transformer's layers ("deberta.encoder.layer.3.
/// attention.self.query_proj.weight"): what `Precision::Int8` quantises. Embeddings, pooler
/// and classifier are outside `encoder.layer`.
fn is_encoder_linear(name: &str) -> bool {
    name.contains(".encoder.layer.") && name.ends_with(".weight")
}

fn parse<T: DeserializeOwned>(config: &ModelConfig) -> Result<T> {
    serde_json::from_value(config.raw.clone()).map_err(|e| Error::ModelConfig {
        path: config.path.clone(),
        reason: format!("config.json does not fit this architecture: {e}"),
    })
}

pub(crate) fn load_tokenizer(path: &Path, max_length: Option<usize>) -> Result<Tokenizer> {
    if !path.is_file() {
        return Err(Error::ModelMissing {
            path: path.to_owned(),
        });
    }
    let mut tokenizer = Tokenizer::from_file(path).map_err(|e| Error::ModelCorrupt {
        path: path.to_owned(),
        reason: first_line(&e.to_string()),
    })?;
    // Padding happens per batch in `forward`; a fixed padding length in tokenizer.json would
    // waste most of the compute on short pairs.
    tokenizer.with_padding(None);
    let max_length = max_length
        .or_else(|| tokenizer.get_truncation().map(|t| t.max_length))
        .unwrap_or(512);
    tokenizer
        .with_truncation(Some(TruncationParams {
            max_length,
            strategy: TruncationStrategy::LongestFirst,
            stride: 0,
            direction: TruncationDirection::Right,
        }))
        .map_err(|e| Error::ModelCorrupt {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
    Ok(tokenizer)
}

pub(crate) fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_owned()
}

pub(crate) fn panic_message(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .map(|s| first_line(s))
        .or_else(|| p.downcast_ref::<&str>().map(|s| first_line(s)))
        .unwrap_or_else(|| "libtorch panicked".to_owned())
}

/// Skips tch's random initialisation on this thread while alive (a patched-in tch switch, see
/// scripts/patches/tch-*.patch); dropping it turns the switch back off, also on an early return.
pub(crate) struct SkipRandomInit;

impl SkipRandomInit {
    pub(crate) fn new() -> Self {
        nn::init::set_skip_random_init(true);
        SkipRandomInit
    }
}

impl Drop for SkipRandomInit {
    fn drop(&mut self) {
        nn::init::set_skip_random_init(false);
    }
}
