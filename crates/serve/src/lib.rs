//! `contra serve`: contra over HTTP for newsroom tools (CMS plugins, chat bots, dashboards).
//!
//! - The model runs on a bounded pool of worker threads (each with its own model and store
//!   connection) fed by a bounded queue: when the queue is full a scoring request gets 503 with
//!   `Retry-After`, so a burst never grows memory without bound.
//! - Everything else (disputes, flags, labels, health, the HTML report) reads or writes the store
//!   directly on tokio's blocking pool: SQLite in WAL mode with a busy timeout serialises writers.
//! - Every error is JSON (`{"error": "..."}`) with a 4xx status for the client's mistakes; a panic
//!   in a request is a 500 for that request only.
//! - Loopback by default; any other address needs a token, checked on every request.
//! - SIGTERM or Ctrl-C stops taking connections, lets requests in flight finish, then stops the
//!   workers after their current job: every run is one store transaction, so the store stays whole.

mod api;

use contra_app::score::ScoreOptions;
use contra_text::nli::{ModelOptions, Nli};
use contra_text::pairs::semantic::EncoderLoader;
use contra_text::pairs::PairOptions;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

/// Loads a model: only `contra-core` has one. `Sync`, so each worker thread loads its own.
pub type Loader<'a> = &'a (dyn Fn(&Path, ModelOptions) -> contra_text::Result<Box<dyn Nli>> + Sync);

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    /// The semantic prefilter's sentence encoder (each worker loads its own), or None for the
    /// topical prefilter alone.
    pub encoder: Option<PathBuf>,
    /// The least cosine of two claims' embeddings for a pair to be scored.
    pub min_semantic: f32,
    pub model: PathBuf,
    pub model_options: ModelOptions,
    pub listen: SocketAddr,
    pub token: Option<String>,
    /// Worker threads, each with its own copy of the model.
    pub workers: usize,
    /// Scoring requests that may wait for a worker; more get 503.
    pub queue: usize,
    /// Largest request body in bytes; larger ones get 413.
    pub max_body: usize,
}

/// A scoring job: the articles of one request, and where its answer goes.
struct Job {
    articles: Vec<contra_text::article::Article>,
    reply: tokio::sync::oneshot::Sender<api::Reply>,
}

/// Runs the server until SIGTERM or Ctrl-C. Errors are for people: why it could not start.
pub fn run(cfg: Config, load: Loader, encode: EncoderLoader) -> Result<(), String> {
    if !cfg.listen.ip().is_loopback() && cfg.token.as_deref().is_none_or(str::is_empty) {
        return Err(format!(
            "{} is not a loopback address: anyone who can reach it could use this server; pass --token TOKEN (clients send `Authorization: Bearer TOKEN`), or listen on 127.0.0.1",
            cfg.listen
        ));
    }
    // Opened (and migrated) once here, so that a bad --db fails before the model loads.
    contra_store::Store::open(&cfg.db).map_err(|e| e.to_string())?;
    let (jobs, queue) = sync_channel::<Job>(cfg.queue.max(1));
    let queue = Arc::new(Mutex::new(queue));
    let waiting = Arc::new(AtomicUsize::new(0));
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<String, String>>();
    std::thread::scope(|scope| {
        for _ in 0..cfg.workers.max(1) {
            let (queue, waiting, ready, cfg) =
                (queue.clone(), waiting.clone(), ready_tx.clone(), &cfg);
            scope.spawn(move || worker(cfg, load, encode, &queue, &waiting, &ready));
        }
        drop(ready_tx);
        // Every worker has its model before the first request is taken.
        let mut model_id = String::new();
        for _ in 0..cfg.workers.max(1) {
            match ready_rx.recv() {
                Ok(Ok(id)) => model_id = id,
                Ok(Err(e)) => return Err(e),
                Err(_) => return Err("a worker stopped before its model loaded".into()),
            }
        }
        let state = api::State {
            jobs,
            waiting,
            capacity: cfg.queue.max(1),
            workers: cfg.workers.max(1),
            db: cfg.db.clone(),
            token: cfg.token.clone(),
            model: model_id,
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the server: {e}"))?;
        // When this returns, the state (and with it the job sender) is dropped: the workers
        // finish their current job and stop.
        runtime.block_on(api::serve(cfg.listen, cfg.max_body, state))
    })
}

/// One worker: loads its model, opens its store, and scores jobs until the queue closes.
fn worker(
    cfg: &Config,
    load: Loader,
    encode: EncoderLoader,
    queue: &Mutex<Receiver<Job>>,
    waiting: &AtomicUsize,
    ready: &std::sync::mpsc::Sender<Result<String, String>>,
) {
    let model = match load(&cfg.model, cfg.model_options.clone()) {
        Ok(m) => m,
        Err(e) => {
            let _ = ready.send(Err(e.to_string()));
            return;
        }
    };
    let encoder = match &cfg.encoder {
        None => None,
        Some(dir) => match encode(dir, cfg.model_options.threads) {
            Ok(e) => Some(std::rc::Rc::from(e)),
            Err(e) => {
                let _ = ready.send(Err(contra_text::pairs::semantic::load_failure(&e)));
                return;
            }
        },
    };
    let opts = ScoreOptions {
        pairs: PairOptions {
            min_semantic: cfg.min_semantic,
            ..PairOptions::default()
        },
        encoder,
        ..ScoreOptions::default()
    };
    let mut store = match contra_store::Store::open(&cfg.db) {
        Ok(s) => s,
        Err(e) => {
            let _ = ready.send(Err(e.to_string()));
            return;
        }
    };
    let _ = ready.send(Ok(model.id()));
    loop {
        // The lock is held only while waiting for the next job, never while scoring.
        let job = match queue.lock().map(|q| q.recv()) {
            Ok(Ok(job)) => job,
            _ => return,
        };
        waiting.fetch_sub(1, Ordering::SeqCst);
        let reply = api::score_job(&*model, &mut store, &opts, job.articles);
        let _ = job.reply.send(reply);
    }
}
