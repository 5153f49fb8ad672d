//! The model behind the store's NLI cache: a (premise, hypothesis) input the model has read
//! before is never run again. Score and calibrate both go through [`readings`].

use contra_store::Store;
use contra_text::error::Result;
use contra_text::nli::{Nli, Reading};

/// Inputs per model call and per cache transaction: progress is reported, and the model's work
/// kept, after each.
const CHUNK: usize = 256;

/// The model's reading of every input, in input order.
#[derive(Debug, Clone, Default)]
pub struct Readings {
    pub readings: Vec<Reading>,
    /// Inputs answered from the cache.
    pub cached: usize,
    /// Inputs longer than the model's limit, cut to fit.
    pub truncated: usize,
}

/// Looks every input up in the cache, runs the model on the rest in chunks, and caches what it
/// says (each chunk in its own transaction). `progress(done, total)` counts model inputs.
pub fn readings(
    nli: &dyn Nli,
    store: &mut Store,
    inputs: &[(&str, &str)],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Readings> {
    let id = nli.id();
    let labels = nli.labels().len();
    let (c, e) = (nli.contradiction_index(), nli.entailment_index());
    let mut readings = vec![Reading::default(); inputs.len()];
    let mut misses = Vec::new();
    for (i, (p, h)) in inputs.iter().enumerate() {
        match store.cached_probs(&id, p, h)? {
            Some(v) if v.len() == labels => readings[i] = Reading::at(&v, c, e),
            _ => misses.push(i),
        }
    }
    let mut truncated = 0;
    let total = misses.len();
    progress(0, total);
    for (done, chunk) in misses.chunks(CHUNK).enumerate() {
        let batch: Vec<(&str, &str)> = chunk.iter().map(|&i| inputs[i]).collect();
        let scores = nli.predict(&batch)?;
        let mut new = Vec::with_capacity(chunk.len());
        for (&i, s) in chunk.iter().zip(scores) {
            readings[i] = Reading::at(&s.probs, c, e);
            truncated += usize::from(s.truncated);
            new.push((inputs[i].0, inputs[i].1, s.probs));
        }
        store.cache_probs(&id, &new)?;
        progress((done * CHUNK + chunk.len()).min(total), total);
    }
    Ok(Readings {
        readings,
        cached: inputs.len() - total,
        truncated,
    })
}
