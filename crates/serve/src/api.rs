//! The HTTP surface: routes under `/v1`, JSON in and out, one log line per request.

use crate::Job;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use contra_app::score::{score, ScoreOptions};
use contra_store::{FlagQuery, Store};
use contra_text::article::{parse_input, Article};
use contra_text::dispute::{disputes_of, Dispute};
use contra_text::flag::{Decision, Listed, Status};
use contra_text::nli::Nli;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError};
use std::sync::Arc;
use std::time::Instant;
use tower_http::catch_panic::CatchPanicLayer;

/// What every handler shares.
#[derive(Clone)]
pub(crate) struct State {
    pub jobs: SyncSender<Job>,
    /// Scoring jobs sent and not yet taken by a worker.
    pub waiting: Arc<AtomicUsize>,
    pub capacity: usize,
    pub workers: usize,
    pub db: PathBuf,
    pub token: Option<String>,
    pub model: String,
}

/// A JSON answer or a JSON error, with its status.
pub(crate) type Reply = Result<Value, ApiError>;

#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    message: String,
    retry_after: Option<u32>,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            retry_after: None,
        }
    }

    fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    fn busy(message: impl Into<String>) -> ApiError {
        ApiError {
            retry_after: Some(5),
            ..ApiError::new(StatusCode::SERVICE_UNAVAILABLE, message)
        }
    }
}

impl From<contra_text::Error> for ApiError {
    fn from(e: contra_text::Error) -> ApiError {
        use contra_text::Error as E;
        match e {
            E::InvalidInput(_) | E::BadLine { .. } => ApiError::bad(e.to_string()),
            E::StoreBusy(_) => ApiError::busy(e.to_string()),
            _ => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (self.status, axum::Json(json!({ "error": self.message }))).into_response();
        if let Some(secs) = self.retry_after {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        r
    }
}

fn reply(r: Reply) -> Response {
    match r {
        Ok(v) => axum::Json(v).into_response(),
        Err(e) => e.into_response(),
    }
}

/// Runs a store task on the blocking pool with its own connection.
async fn with_store<F>(state: &State, f: F) -> Reply
where
    F: FnOnce(&mut Store) -> Reply + Send + 'static,
{
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || {
        let mut store = Store::open(&db)?;
        f(&mut store)
    })
    .await
    .unwrap_or_else(|e| {
        Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the request failed: {e}"),
        ))
    })
}

/// Scores one request's articles (on a worker thread). A panic is this request's 500.
pub(crate) fn score_job(
    nli: &dyn Nli,
    store: &mut Store,
    opts: &ScoreOptions,
    articles: Vec<Article>,
) -> Reply {
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        score(articles, nli, store, opts, "contra serve", &mut |_| {})
    }));
    match run {
        Ok(Ok(out)) => serde_json::to_value(&out).map_err(|e| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("cannot write the answer: {e}"),
            )
        }),
        Ok(Err(e)) => Err(e.into()),
        Err(_) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "scoring these articles failed (a bug in contra); nothing of them was stored",
        )),
    }
}

/// The body as bytes, or the client's mistake (too large: 413).
fn body(b: Result<Bytes, BytesRejection>) -> Result<Bytes, ApiError> {
    b.map_err(|r| {
        let status = r.status();
        let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
            "the request body is larger than the server's --max-body".to_owned()
        } else {
            r.body_text()
        };
        ApiError::new(status, message)
    })
}

async fn post_articles(
    axum::extract::State(state): axum::extract::State<State>,
    b: Result<Bytes, BytesRejection>,
) -> Response {
    let bytes = match body(b) {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return ApiError::bad("the body is empty: send one article {\"title\", \"text\" or \"html\", ...} or a list of them").into_response();
    }
    // Read as JSON whatever it looks like: one object or a list, `text` or `html`.
    let articles = match parse_input("request.json", bytes.to_vec()) {
        Ok(a) => a,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    state.waiting.fetch_add(1, Ordering::SeqCst);
    match state.jobs.try_send(Job {
        articles,
        reply: tx,
    }) {
        Ok(()) => {}
        Err(TrySendError::Full(_)) => {
            state.waiting.fetch_sub(1, Ordering::SeqCst);
            return ApiError::busy(format!(
                "all {} workers are busy and {} requests are waiting; try again later",
                state.workers, state.capacity
            ))
            .into_response();
        }
        Err(TrySendError::Disconnected(_)) => {
            state.waiting.fetch_sub(1, Ordering::SeqCst);
            return ApiError::busy("the server is shutting down").into_response();
        }
    }
    match rx.await {
        Ok(r) => reply(r),
        Err(_) => ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the worker scoring this request stopped",
        )
        .into_response(),
    }
}

/// Every dispute in the store, or those of one speaker / since a date.
fn all_disputes(store: &Store, q: &HashMap<String, String>) -> Result<Vec<Dispute>, ApiError> {
    let input = store.dispute_input()?;
    let (speaker, since) = (q.get("speaker"), q.get("since"));
    Ok(disputes_of(&input.evidence())
        .into_iter()
        .filter(|d| d.matches(speaker.map(String::as_str), since.map(String::as_str)))
        .collect())
}

async fn get_disputes(
    axum::extract::State(state): axum::extract::State<State>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    reply(
        with_store(&state, move |store| {
            Ok(json!({ "disputes": all_disputes(store, &q)? }))
        })
        .await,
    )
}

async fn get_dispute(
    axum::extract::State(state): axum::extract::State<State>,
    Path(id): Path<String>,
) -> Response {
    reply(
        with_store(&state, move |store| {
            let d = all_disputes(store, &HashMap::new())?
                .into_iter()
                .find(|d| d.id == id)
                .ok_or_else(|| {
                    ApiError::new(
                        StatusCode::NOT_FOUND,
                        format!("no dispute {id}; GET /v1/disputes lists them"),
                    )
                })?;
            let mut evidence = Vec::with_capacity(d.flags.len());
            for f in &d.flags {
                if let Some(flag) = store.flag(f)? {
                    evidence.push(serde_json::to_value(Listed(&flag)).unwrap_or(Value::Null));
                }
            }
            Ok(json!({ "dispute": d, "flags": evidence }))
        })
        .await,
    )
}

async fn get_flags(
    axum::extract::State(state): axum::extract::State<State>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let status = match q.get("status").map(String::as_str) {
        None | Some("all") => None,
        Some(s) => match Status::parse(s) {
            Some(s) => Some(s),
            None => {
                return ApiError::bad(format!(
                    "status must be unreviewed, confirmed, rejected or all, not {s:?}"
                ))
                .into_response()
            }
        },
    };
    let limit = match q.get("limit").map(|l| l.parse::<usize>()) {
        None => 100,
        Some(Ok(n)) => n.min(10_000),
        Some(Err(_)) => return ApiError::bad("limit must be a whole number").into_response(),
    };
    reply(
        with_store(&state, move |store| {
            let flags = store.flags_page(&FlagQuery {
                status,
                limit: Some(limit),
                ..Default::default()
            })?;
            Ok(json!({ "flags": flags.iter().map(Listed).collect::<Vec<_>>() }))
        })
        .await,
    )
}

async fn post_label(
    axum::extract::State(state): axum::extract::State<State>,
    Path(id): Path<String>,
    b: Result<Bytes, BytesRejection>,
) -> Response {
    let bytes = match body(b) {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let v: Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => return ApiError::bad(format!("invalid JSON: {e}")).into_response(),
    };
    let field = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let decision = match field("decision").as_deref().and_then(Decision::parse) {
        Some(d) => d,
        None => {
            return ApiError::bad("\"decision\" must be \"confirmed\" or \"rejected\"")
                .into_response()
        }
    };
    let (note, reviewer) = (
        field("note"),
        field("reviewer").unwrap_or_else(|| "api".into()),
    );
    reply(
        with_store(&state, move |store| {
            if store.flag(&id)?.is_none() {
                return Err(ApiError::new(
                    StatusCode::NOT_FOUND,
                    format!("no flag {id}; GET /v1/flags lists them"),
                ));
            }
            let review = store.record_review(&id, decision, note.as_deref(), &reviewer)?;
            Ok(json!({ "flag": id, "decision": decision, "review": review }))
        })
        .await,
    )
}

async fn health(axum::extract::State(state): axum::extract::State<State>) -> Response {
    axum::Json(json!({
        "status": "ok",
        "model": state.model,
        "workers": state.workers,
        "queue": { "waiting": state.waiting.load(Ordering::SeqCst), "capacity": state.capacity },
    }))
    .into_response()
}

async fn report(axum::extract::State(state): axum::extract::State<State>) -> Response {
    let db = state.db.clone();
    let page = tokio::task::spawn_blocking(move || -> Result<String, ApiError> {
        let store = Store::open(&db)?;
        let flags = store.flags_page(&FlagQuery {
            limit: Some(500),
            context: true,
            ..Default::default()
        })?;
        Ok(contra_app::report::html(
            &flags,
            "contra: flagged contradictions and denials",
        ))
    })
    .await;
    match page {
        Ok(Ok(html)) => Html(html).into_response(),
        Ok(Err(e)) => e.into_response(),
        Err(e) => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn not_found(req: Request) -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        format!("no such endpoint: {} {}", req.method(), req.uri().path()),
    )
    .into_response()
}

/// `Authorization: Bearer TOKEN` on every request when the server has a token.
async fn auth(
    axum::extract::State(state): axum::extract::State<State>,
    req: Request,
    next: Next,
) -> Response {
    if let Some(token) = &state.token {
        let given = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if given != Some(token.as_str()) {
            return ApiError::new(
                StatusCode::UNAUTHORIZED,
                "missing or wrong token: send `Authorization: Bearer TOKEN`",
            )
            .into_response();
        }
    }
    next.run(req).await
}

/// One structured line per request on stderr: method, path, status, latency.
async fn log(req: Request, next: Next) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_owned());
    let start = Instant::now();
    let r = next.run(req).await;
    eprintln!(
        "{}",
        json!({
            "method": method.as_str(),
            "path": path,
            "status": r.status().as_u16(),
            "ms": (start.elapsed().as_secs_f64() * 1000.0 * 10.0).round() / 10.0,
        })
    );
    r
}

fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "the request failed (a bug in contra); the server goes on",
    )
    .into_response()
}

pub(crate) fn router(max_body: usize, state: State) -> Router {
    Router::new()
        .route("/", get(report))
        .route("/v1/health", get(health))
        .route("/v1/articles", post(post_articles))
        .route("/v1/disputes", get(get_disputes))
        .route("/v1/disputes/{id}", get(get_dispute))
        .route("/v1/flags", get(get_flags))
        .route("/v1/flags/{id}/label", post(post_label))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::from_fn_with_state(state.clone(), auth))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(axum::middleware::from_fn(log))
        .with_state(state)
}

/// Serves until SIGTERM or Ctrl-C; requests in flight finish first.
pub(crate) async fn serve(addr: SocketAddr, max_body: usize, state: State) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let bound = listener.local_addr().map_err(|e| e.to_string())?;
    eprintln!(
        "contra: serving on http://{bound} (model {}, {} workers, queue {}); Ctrl-C or SIGTERM stops",
        state.model, state.workers, state.capacity
    );
    axum::serve(listener, router(max_body, state))
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| format!("the server stopped: {e}"))?;
    eprintln!("contra: stopped; every finished request is stored");
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
