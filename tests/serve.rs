//! `contra serve` through a real client (curl), with the real model: scoring, listing, labels,
//! every kind of bad request, tokens, a full queue, and a clean stop on SIGTERM.

mod common;

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A running server on a free loopback port, stopped (SIGTERM) when dropped.
struct Server {
    child: Child,
    url: String,
    log: std::sync::mpsc::Receiver<String>,
}

impl Server {
    fn start(db: &std::path::Path, extra: &[&str]) -> Server {
        common::default_model();
        let mut child = Command::new(env!("CARGO_BIN_EXE_contra"))
            .args([
                "serve",
                "--db",
                db.to_str().unwrap(),
                "--listen",
                "127.0.0.1:0",
            ])
            .args(extra)
            .env_remove("CONTRA_MODEL")
            .env_remove("CONTRA_TOKEN")
            .stderr(Stdio::piped())
            .spawn()
            .expect("start contra serve");
        let (tx, log) = std::sync::mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        // From here on, dropping the server (a failed assertion too) stops it.
        let mut server = Server {
            child,
            url: String::new(),
            log,
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while server.url.is_empty() {
            let line = server
                .log
                .recv_timeout(deadline - std::time::Instant::now())
                .expect("the server says where it listens");
            if let Some(rest) = line.split("serving on ").nth(1) {
                server.url = rest.split_whitespace().next().unwrap().to_owned();
            }
        }
        server
    }

    /// curl: (status, body).
    fn curl(&self, args: &[&str], path: &str) -> (u16, String) {
        let o = Command::new("curl")
            .args(["-s", "-o", "-", "-w", "\n%{http_code}"])
            .args(args)
            .arg(format!("{}{path}", self.url))
            .output()
            .expect("curl");
        let out = String::from_utf8_lossy(&o.stdout).into_owned();
        let (body, code) = out.rsplit_once('\n').unwrap();
        (code.trim().parse().unwrap(), body.to_owned())
    }

    fn json(&self, args: &[&str], path: &str) -> (u16, Value) {
        let (code, body) = self.curl(args, path);
        (
            code,
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}")),
        )
    }

    fn stop(mut self) -> (std::process::ExitStatus, Vec<String>) {
        // SAFETY: a signal to our own child process.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let status = self.child.wait().unwrap();
        let lines = self.log.try_iter().collect();
        (status, lines)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Already stopped after `stop`; otherwise (a failed test) killed here.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn post(body: &str) -> Vec<String> {
    [
        "-X",
        "POST",
        "-H",
        "Content-Type: application/json",
        "--data-binary",
        body,
    ]
    .map(str::to_owned)
    .to_vec()
}

/// A big request body in `dir`, as curl's `@FILE`: `n` copies of a strike article with their
/// own numbers, so that none is a repeat.
fn many_articles(dir: &std::path::Path, n: usize) -> String {
    let text = std::fs::read_to_string(common::fixture("score/09_strike/b.txt")).unwrap();
    let many: Vec<Value> = (0..n)
        .map(|i| {
            serde_json::json!({"title": format!("Union {i}"), "text": format!("{text}\nDay {i} of the strike.\n")})
        })
        .collect();
    let body = dir.join("many.json");
    std::fs::write(&body, Value::Array(many).to_string()).unwrap();
    format!("@{}", body.display())
}

/// curl POSTs a body file (`@PATH`) to `url` from any thread; what it prints, as `out` asks.
fn post_file(url: &str, at: &str, out: &[&str]) -> String {
    let o = Command::new("curl")
        .arg("-s")
        .args(out)
        .args(["-X", "POST", "--data-binary", at, url])
        .output()
        .unwrap();
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn strike() -> String {
    let text = |f: &str| {
        std::fs::read_to_string(common::fixture(&format!("score/09_strike/{f}"))).unwrap()
    };
    serde_json::json!([{"title": "Strike", "text": text("a.txt")}, {"title": "Union", "text": text("b.txt")}])
        .to_string()
}

#[test]
fn articles_are_scored_and_flags_listed_and_labelled_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let s = Server::start(&db, &["--max-body", "20000"]);
    let (code, health) = s.json(&[], "/v1/health");
    assert_eq!((code, health["status"].as_str()), (200, Some("ok")));

    let body = strike();
    let args = post(&body);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, run) = s.json(&args, "/v1/articles");
    assert_eq!(code, 200, "{run}");
    assert_eq!(run["articles"].as_array().unwrap().len(), 2);
    assert!(!run["flags"].as_array().unwrap().is_empty(), "{run}");
    let dispute = run["disputes"][0]["id"].as_str().unwrap().to_owned();

    let (code, flags) = s.json(&[], "/v1/flags?status=unreviewed&limit=10");
    assert_eq!(code, 200);
    let flag = flags["flags"][0]["id"].as_str().unwrap().to_owned();
    let (code, saved) = s.json(
        &[
            "-X",
            "POST",
            "--data-binary",
            r#"{"decision":"confirmed","note":"on the record","reviewer":"ed"}"#,
        ],
        &format!("/v1/flags/{flag}/label"),
    );
    assert_eq!(
        (code, saved["decision"].as_str()),
        (200, Some("confirmed")),
        "{saved}"
    );
    let (_, confirmed) = s.json(&[], "/v1/flags?status=confirmed");
    assert_eq!(confirmed["flags"][0]["id"], flag.as_str());

    let (code, one) = s.json(&[], &format!("/v1/disputes/{dispute}"));
    assert_eq!(code, 200);
    assert_eq!(one["dispute"]["status"], "confirmed");
    assert!(!one["flags"].as_array().unwrap().is_empty());
    let (_, all) = s.json(&[], "/v1/disputes?speaker=blake");
    assert_eq!(all["disputes"].as_array().unwrap().len(), 1);

    // A web page in "html" is read like its text.
    let page = std::fs::read_to_string(common::fixture("html/strike.html")).unwrap();
    let html = serde_json::json!({"html": page}).to_string();
    let args = post(&html);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, run) = s.json(&args, "/v1/articles");
    assert_eq!(code, 200, "{run}");
    assert_eq!(run["articles"][0]["byline"], "Maria Keller");

    // Every bad request is a 4xx with a JSON error.
    let big = format!(
        "[{{\"title\": \"t\", \"text\": \"{}\"}}]",
        "word ".repeat(10_000)
    );
    let bad: Vec<(Vec<String>, String, u16)> = vec![
        (post("{bad json"), "/v1/articles".into(), 400),
        (post("{\"title\": \"no text\"}"), "/v1/articles".into(), 400),
        (post(""), "/v1/articles".into(), 400),
        (post(&big), "/v1/articles".into(), 413),
        (
            post(r#"{"decision":"maybe"}"#),
            format!("/v1/flags/{flag}/label"),
            400,
        ),
        (
            post(r#"{"decision":"rejected"}"#),
            "/v1/flags/fnope/label".into(),
            404,
        ),
        (post("{"), format!("/v1/flags/{flag}/label"), 400),
        (vec![], "/v1/flags?status=sideways".into(), 400),
        (vec![], "/v1/disputes/dnope".into(), 404),
        (vec![], "/v1/nothing".into(), 404),
    ];
    for (args, path, want) in bad {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, body) = s.json(&args, &path);
        assert_eq!(code, want, "{path}: {body}");
        assert!(body["error"].is_string(), "{path}: {body}");
    }
    // Bytes that are not UTF-8.
    let latin1 = dir.path().join("latin1.json");
    std::fs::write(&latin1, b"{\"title\": \"caf\xe9\", \"text\": \"x\"}").unwrap();
    let at = format!("@{}", latin1.display());
    let (code, body) = s.json(&["-X", "POST", "--data-binary", &at], "/v1/articles");
    assert_eq!(code, 400, "{body}");
    assert!(body["error"].as_str().unwrap().contains("UTF-8"));

    let (code, page) = s.curl(&[], "/");
    assert!(
        code == 200
            && page.starts_with("<!DOCTYPE html>")
            && page.contains("Who disputes with whom")
    );

    let (status, log) = s.stop();
    assert!(status.success(), "{log:?}");
    // One structured line per request, and a clean stop.
    let lines: Vec<Value> = log
        .iter()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert!(lines
        .iter()
        .any(|l| l["path"] == "/v1/articles" && l["status"] == 200 && l["ms"].is_number()));
    assert!(lines.iter().any(|l| l["status"] == 413));
    assert!(log.iter().any(|l| l.contains("stopped")), "{log:?}");
    let reviews: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .unwrap();
    assert_eq!(reviews, 1);
}

#[test]
fn a_token_guards_every_request_and_other_addresses_need_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let o = Command::new(env!("CARGO_BIN_EXE_contra"))
        .args([
            "serve",
            "--db",
            db.to_str().unwrap(),
            "--listen",
            "0.0.0.0:0",
        ])
        .env_remove("CONTRA_TOKEN")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("--token"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    let s = Server::start(&db, &["--token", "s3cret"]);
    let (code, body) = s.json(&[], "/v1/health");
    assert_eq!(code, 401, "{body}");
    let (code, body) = s.json(&["-H", "Authorization: Bearer wrong"], "/v1/flags");
    assert_eq!(code, 401, "{body}");
    let (code, _) = s.json(&["-H", "Authorization: Bearer s3cret"], "/v1/health");
    assert_eq!(code, 200);
    assert!(s.stop().0.success());
}

#[test]
fn a_full_queue_is_answered_503_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let s = Server::start(&db, &["--queue", "1", "--workers", "1"]);
    let at = many_articles(dir.path(), 30);
    let url = format!("{}/v1/articles", s.url);
    let codes: Vec<String> = std::thread::scope(|scope| {
        let runs: Vec<_> = (0..4)
            .map(|_| {
                let (at, url) = (at.clone(), url.clone());
                scope.spawn(move || post_file(&url, &at, &["-D", "-", "-o", "/dev/null"]))
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    let busy: Vec<&String> = codes
        .iter()
        .filter(|h| h.starts_with("HTTP/1.1 503"))
        .collect();
    assert!(!busy.is_empty(), "{codes:?}");
    assert!(
        busy.iter()
            .all(|h| h.to_lowercase().contains("retry-after: 5")),
        "{busy:?}"
    );
    assert!(
        codes
            .iter()
            .all(|h| h.starts_with("HTTP/1.1 200") || h.starts_with("HTTP/1.1 503")),
        "{codes:?}"
    );
    let (code, health) = s.json(&[], "/v1/health");
    assert_eq!((code, health["queue"]["waiting"].as_u64()), (200, Some(0)));
    assert!(s.stop().0.success());
}

/// SIGTERM while a request is being scored: that request still gets its answer, and it is
/// stored; then the server exits cleanly.
#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let s = Server::start(&db, &[]);
    let at = many_articles(dir.path(), 40);
    let url = format!("{}/v1/articles", s.url);
    let post = std::thread::spawn(move || {
        post_file(&url, &at, &["-o", "/dev/null", "-w", "%{http_code}"])
    });
    std::thread::sleep(std::time::Duration::from_millis(300));
    let (status, log) = s.stop();
    let answer = post.join().unwrap();
    assert_eq!(answer, "200", "{log:?}");
    assert!(status.success(), "{log:?}");
    let articles: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(articles, 40);
}
