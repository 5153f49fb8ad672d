//! `contra serve`: the flags, then contra-serve.

use crate::score::SemanticArgs;
use crate::{DbArg, Loaders, ModelArgs};
use clap::Args;
use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(Args)]
#[command(
    after_help = "Endpoints (JSON, under /v1): POST /v1/articles, GET /v1/disputes, \
    GET /v1/disputes/{id}, GET /v1/flags?status=&limit=, POST /v1/flags/{id}/label, \
    GET /v1/health; GET / is the HTML report of the store.\n\n\
    Example:\n  contra serve --db news.db &\n  \
    curl -s localhost:8750/v1/articles -H 'Content-Type: application/json' \
    -d '{\"title\": \"Strike\", \"text\": \"Union leader Ana Ruiz said no offer was made.\"}'"
)]
pub struct ServeArgs {
    #[command(flatten)]
    db: DbArg,
    /// Address to listen on. Anything but loopback needs --token.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8750")]
    listen: SocketAddr,
    /// Every request must send `Authorization: Bearer TOKEN` (default: $CONTRA_TOKEN; none on
    /// loopback).
    #[arg(
        long,
        value_name = "TOKEN",
        env = "CONTRA_TOKEN",
        hide_env_values = true
    )]
    token: Option<String>,
    /// Scoring worker threads, each with its own copy of the model (about 600 MB each).
    #[arg(long, value_name = "N", default_value_t = 1)]
    workers: usize,
    /// Scoring requests that may wait for a worker; more are answered 503 with Retry-After.
    #[arg(long, value_name = "N", default_value_t = 64)]
    queue: usize,
    /// Largest request body in bytes (413 above it).
    #[arg(long, value_name = "BYTES", default_value_t = 10 * 1024 * 1024)]
    max_body: usize,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    semantic: SemanticArgs,
}

pub fn run(args: ServeArgs, loaders: Loaders) -> anyhow::Result<ExitCode> {
    let cfg = contra_serve::Config {
        encoder: args.semantic.encoder_dir()?,
        min_semantic: args.semantic.min_semantic(),
        db: args.db.path(),
        model: args.model.dir(),
        model_options: args.model.options(args.workers),
        listen: args.listen,
        token: args.token,
        workers: args.workers.max(1),
        queue: args.queue.max(1),
        max_body: args.max_body,
    };
    // The store is created like `contra score` creates it (the default folder too).
    drop(args.db.open_or_create()?);
    contra_serve::run(cfg, loaders.nli, loaders.encoder).map_err(anyhow::Error::msg)?;
    Ok(ExitCode::SUCCESS)
}
