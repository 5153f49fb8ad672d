//! What the NLI model and the sentence encoder share about running tokenised inputs: how many
//! inference threads, batches padded to their longest member, and the threads that take the
//! batches.

use contra_text::error::{Error, Result};
use std::sync::atomic::{AtomicUsize, Ordering};
use tch::Tensor;
use tokenizers::Encoding;

/// Inference threads: `threads` when given, else one per core.
pub(crate) fn worker_count(threads: Option<usize>) -> usize {
    threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}

/// Token ids (padded with `pad_id`), attention mask and token types of one batch, each
/// `[rows, longest]`.
pub(crate) fn padded(batch: &[&Encoding], pad_id: i64) -> (Tensor, Tensor, Tensor) {
    let width = batch.iter().map(|e| e.len()).max().unwrap_or(0).max(1);
    let rows = batch.len();
    let mut ids = vec![pad_id; rows * width];
    let mut mask = vec![0i64; rows * width];
    let mut types = vec![0i64; rows * width];
    for (r, e) in batch.iter().enumerate() {
        for (c, (&id, &ty)) in e.get_ids().iter().zip(e.get_type_ids()).enumerate() {
            ids[r * width + c] = id as i64;
            mask[r * width + c] = 1;
            types[r * width + c] = ty as i64;
        }
    }
    let shape = [rows as i64, width as i64];
    let tensor = |v: &[i64]| Tensor::from_slice(v).view(shape);
    (tensor(&ids), tensor(&mask), tensor(&types))
}

/// Runs `run` for every batch index below `batches`, on up to `workers` threads that each take
/// the next batch not yet taken (so a thread slowed by another process on its core simply takes
/// fewer), and returns the results in batch order. One core per thread: with libtorch's
/// intra-op threads instead, every operator of every layer ends in a barrier, and a barrier
/// waits for the slowest core, which collapses when the machine is busy.
pub(crate) fn run_batches<T: Send>(
    workers: usize,
    batches: usize,
    run: &(dyn Fn(usize) -> Result<T> + Sync),
) -> Result<Vec<T>> {
    let workers = workers.min(batches);
    if workers <= 1 {
        return (0..batches).map(run).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Vec<Vec<(usize, Result<T>)>> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..workers)
            .map(|_| {
                let next = &next;
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let b = next.fetch_add(1, Ordering::Relaxed);
                        if b >= batches {
                            break done;
                        }
                        done.push((b, run(b)));
                    }
                })
            })
            .collect();
        // The callers turn libtorch's panics into errors, so a thread only dies on a bug; its
        // batches then stay missing and are reported below.
        threads
            .into_iter()
            .map(|t| t.join().unwrap_or_default())
            .collect()
    });
    let mut by_batch: Vec<Option<Result<T>>> = Vec::new();
    by_batch.resize_with(batches, || None);
    for (b, result) in done.into_iter().flatten() {
        by_batch[b] = Some(result);
    }
    by_batch
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(Error::Inference("an inference thread died".into()))))
        .collect()
}
