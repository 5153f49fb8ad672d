//! A sentence encoder for the pairing stage: all-MiniLM-L6-v2 (a 6-layer BERT) with mean
//! pooling over the tokens and unit length, as sentence-transformers computes it.

use crate::batches::{padded, run_batches, worker_count};
use crate::model::{first_line, keep_freed_memory, load_tokenizer, panic_message, SkipRandomInit};
use crate::weights::MappedWeights;
use contra_text::error::{Error, Result};
use contra_text::pairs::semantic::SentenceEncoder;
use rust_bert::bert::{BertConfig, BertEmbeddings, BertModel};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use tch::{nn, Device, Kind, Tensor};
use tokenizers::{Encoding, Tokenizer};

/// sentence-transformers' `max_seq_length` for all-MiniLM-L6-v2: longer texts are cut.
const MAX_TOKENS: usize = 256;
/// Texts per forward pass. Small: the activations of a batch stay in the heap for the NLI
/// model's threads to come (see `keep_freed_memory`); at 32 texts `scripts/bench-fnc-corpus.sh`
/// peaked at 1,083 MiB against 952 MiB at 8, in the same time.
const BATCH: usize = 8;

/// A loaded sentence encoder: `config.json` (BERT), `model.safetensors` (tensor names without a
/// `bert.` prefix) and `tokenizer.json`.
pub struct MiniLm {
    dir: PathBuf,
    tokenizer: Tokenizer,
    bert: BertModel<BertEmbeddings>,
    _vs: nn::VarStore,
    workers: usize,
    /// The weights file's memory map, which the variables read from; dropped last.
    _mapped: MappedWeights,
}

impl std::fmt::Debug for MiniLm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MiniLm").field("dir", &self.dir).finish()
    }
}

impl MiniLm {
    pub fn load(dir: &Path, threads: Option<usize>) -> Result<Self> {
        let config_path = dir.join("config.json");
        let weights = dir.join("model.safetensors");
        for p in [&config_path, &weights] {
            if !p.is_file() {
                return Err(Error::ModelMissing { path: p.clone() });
            }
        }
        let raw = std::fs::read_to_string(&config_path).map_err(|e| Error::io(&config_path, e))?;
        let config: BertConfig = serde_json::from_str(&raw).map_err(|e| Error::ModelConfig {
            path: config_path.clone(),
            reason: format!("not a BERT config.json: {e}"),
        })?;
        let tokenizer = load_tokenizer(&dir.join("tokenizer.json"), Some(MAX_TOKENS))?;
        // One core per worker thread, as the NLI model runs (see `NliModel::forward_all`).
        tch::set_num_threads(1);
        keep_freed_memory();
        let mut vs = nn::VarStore::new(Device::Cpu);
        let bert = {
            let _skip = SkipRandomInit::new();
            BertModel::<BertEmbeddings>::new_with_optional_pooler(vs.root(), &config, false)
        };
        let mapped = crate::weights::load_safetensors(&vs, &weights)?;
        vs.freeze();
        Ok(MiniLm {
            dir: dir.to_owned(),
            tokenizer,
            bert,
            _vs: vs,
            workers: worker_count(threads),
            _mapped: mapped,
        })
    }

    /// Mean-pooled, unit-length vectors of one batch.
    fn forward(&self, batch: &[&Encoding]) -> Result<Vectors> {
        // One text per row: its token types are all 0, BERT's default.
        let (ids, mask, _) = padded(batch, 0);
        let pooled = std::panic::catch_unwind(AssertUnwindSafe(|| {
            tch::no_grad(|| {
                let out = self
                    .bert
                    .forward_t(Some(&ids), Some(&mask), None, None, None, None, None, false)
                    .map_err(|e| e.to_string())?;
                let m = mask.unsqueeze(-1).to_kind(Kind::Float);
                let sum = (out.hidden_state * &m).sum_dim_intlist(1, false, Kind::Float);
                let mean = sum / m.sum_dim_intlist(1, false, Kind::Float).clamp_min(1e-9);
                let norm = mean.norm_scalaropt_dim(2, [1], true).clamp_min(1e-12);
                Ok::<Tensor, String>(mean / norm)
            })
        }))
        .map_err(|p| Error::Inference(panic_message(&p)))?
        .map_err(Error::Inference)?;
        let vectors: Vec<Vec<f32>> = Vec::try_from(pooled)
            .map_err(|e| Error::Inference(format!("unexpected encoder output: {e}")))?;
        if vectors.iter().flatten().any(|x| !x.is_finite()) {
            return Err(Error::ModelCorrupt {
                path: self.dir.join("model.safetensors"),
                reason: "the encoder computes NaN or infinite vectors: its weights are damaged"
                    .into(),
            });
        }
        Ok(vectors)
    }
}

impl SentenceEncoder for MiniLm {
    /// Texts are tokenised once, sorted by length and run in batches padded to the longest
    /// member on the inference threads (see `batches::run_batches`).
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let inputs: Vec<tokenizers::EncodeInput> = texts.iter().map(|&t| t.into()).collect();
        let encodings = self.tokenizer.encode_batch(inputs, true).map_err(|e| {
            Error::Inference(format!(
                "tokenisation failed: {}",
                first_line(&e.to_string())
            ))
        })?;
        let mut order: Vec<usize> = (0..encodings.len()).collect();
        order.sort_by_key(|&i| encodings[i].len());
        let batches: Vec<&[usize]> = order.chunks(BATCH).collect();
        let (shared, batches, encodings) = (&Shared(self), &batches, &encodings);
        let vectors = run_batches(self.workers, batches.len(), &move |b| {
            let rows: Vec<&Encoding> = batches[b].iter().map(|&i| &encodings[i]).collect();
            shared.0.forward(&rows)
        })?;
        let mut out: Vec<Vec<f32>> = vec![Vec::new(); texts.len()];
        for (batch, vectors) in batches.iter().zip(vectors) {
            for (&i, v) in batch.iter().zip(vectors) {
                out[i] = v;
            }
        }
        Ok(out)
    }
}

/// One vector per text of a batch.
type Vectors = Vec<Vec<f32>>;

/// `&MiniLm` for the encoder threads of one `embed` call.
struct Shared<'a>(&'a MiniLm);

// SAFETY: the threads only run `forward`, which reads the weights and makes its own tensors, as
// `NliModel`'s inference threads do.
unsafe impl Sync for Shared<'_> {}
