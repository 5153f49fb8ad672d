//! Reviewing flags: the screen, the scriptable commands, durability and concurrency.

mod common;

use common::{contra, stderr, stdout, FakeNli};
use contra_app::review::{draw, App, Outcome, QueueFilter};
use contra_store::Store;
use contra_text::flag::{Decision, Status};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use serde_json::Value;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A database with flags: the budget and strike sets scored together, by a fake model.
fn scored_db(dir: &Path) -> PathBuf {
    let db = dir.join("review.db");
    common::score_files(
        &FakeNli::budget_and_strike(),
        &db,
        &common::score_sets(&["06_budget", "09_strike"]),
        &Default::default(),
    );
    db
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn screen(term: &Terminal<TestBackend>) -> String {
    let buf = term.backend().buffer();
    let mut s = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            s.push_str(buf[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

fn assert_intact(db: &Path) {
    let ok: String = rusqlite::Connection::open(db)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

fn count(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

#[test]
fn review_screen_saves_each_decision_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let store = Store::open(&db).unwrap();
    let mut app = App::new(&store, "tester", QueueFilter::default()).unwrap();
    let total = app.items.len();
    assert!(total >= 4, "{total} items");
    let first = app.current().unwrap().clone();

    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| draw(f, &app)).unwrap();
    let s = screen(&term);
    assert!(s.contains(&format!("1 of {total}")), "{s}");
    assert!(
        s.contains(&first.a.speaker) && s.contains(&first.b.speaker),
        "{s}"
    );
    assert!(s.contains(&first.label.as_str().to_uppercase()), "{s}");

    // y confirms and saves immediately.
    assert_eq!(
        app.handle(key('y'), &store).unwrap(),
        Outcome::Saved(first.id.clone(), Decision::Confirmed)
    );
    assert_eq!(
        store.flag(&first.id).unwrap().unwrap().status,
        Status::Confirmed
    );
    let row = store.reviews().unwrap().pop().unwrap();
    assert_eq!(
        (row.reviewer.as_str(), row.decision.as_str()),
        ("tester", "confirmed")
    );

    // u undoes it (kept in history, marked undone).
    app.handle(key('u'), &store).unwrap();
    assert_eq!(
        store.flag(&first.id).unwrap().unwrap().status,
        Status::Unreviewed
    );
    assert!(store
        .reviews()
        .unwrap()
        .iter()
        .any(|r| r.flag == first.id && r.undone));

    // e adds a note, n rejects with it.
    app.handle(key('e'), &store).unwrap();
    for c in "same event, different numbers".chars() {
        app.handle(key(c), &store).unwrap();
    }
    app.handle(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &store)
        .unwrap();
    let current = app.current().unwrap().id.clone();
    app.handle(key('n'), &store).unwrap();
    let f = store.flag(&current).unwrap().unwrap();
    assert_eq!(
        (f.status, f.note.as_deref()),
        (Status::Rejected, Some("same event, different numbers"))
    );

    // s skips without writing; ? shows help; the screen redraws at another size.
    let before = store.reviews().unwrap().len();
    app.handle(key('s'), &store).unwrap();
    assert_eq!(store.reviews().unwrap().len(), before);
    app.handle(key('?'), &store).unwrap();
    term.backend_mut().resize(120, 40);
    term.draw(|f| draw(f, &app)).unwrap();
    assert!(screen(&term).contains("undo your last decision"));
    app.handle(key('x'), &store).unwrap(); // any key closes help

    // / filters the queue by speaker.
    app.handle(key('/'), &store).unwrap();
    for c in "alvarez".chars() {
        app.handle(key(c), &store).unwrap();
    }
    app.handle(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &store)
        .unwrap();
    assert!(!app.items.is_empty());
    assert!(app
        .items
        .iter()
        .all(|f| f.a.speaker == "Victor Alvarez" || f.b.speaker == "Victor Alvarez"));
    assert_eq!(app.handle(key('q'), &store).unwrap(), Outcome::Quit);

    // Restarting resumes: decided flags are gone from the queue.
    let again = App::new(&store, "tester", QueueFilter::default()).unwrap();
    assert_eq!(again.items.len(), total - 1);
    assert!(again.items.iter().all(|f| f.id != current));
}

/// The first characters of an id are enough when no other id starts so; "f" starts them all.
#[test]
fn label_takes_a_unique_prefix_of_a_flag_id() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let dbs = db.to_str().unwrap();
    let o = contra(&["flags", "--db", dbs, "--format", "json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let id = v["flags"][0]["id"].as_str().unwrap();
    let o = contra(&["label", "--db", dbs, &id[..9], "rejected"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(id), "{}", stdout(&o));
    let o = contra(&[
        "flags", "--db", dbs, "--format", "json", "--status", "rejected",
    ]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["flags"][0]["id"], id);
    let o = contra(&["label", "--db", dbs, "f", "rejected"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("more than one flag id"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn flags_label_export_import_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let dbs = db.to_str().unwrap();
    let o = contra(&[
        "flags",
        "--db",
        dbs,
        "--format",
        "json",
        "--status",
        "unreviewed",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let flags = v["flags"].as_array().unwrap();
    assert!(flags.len() >= 4);
    for f in flags {
        for k in ["id", "a", "b", "label", "score", "status"] {
            assert!(!f[k].is_null(), "flags[].{k}");
        }
        assert!(f["a_side"]["speaker"].is_string() && f["b_side"]["text"].is_string());
    }
    let id = flags[0]["id"].as_str().unwrap();
    let o = contra(&[
        "label",
        "--db",
        dbs,
        id,
        "confirmed",
        "--note",
        "checked with the wire copy",
        "--reviewer",
        "ana",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let id2 = flags[1]["id"].as_str().unwrap();
    assert!(contra(&["label", "--db", dbs, id2, "rejected"])
        .status
        .success());
    let o = contra(&["label", "--db", dbs, "fnope", "rejected"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no flag fnope"), "{}", stderr(&o));

    let o = contra(&[
        "flags",
        "--db",
        dbs,
        "--format",
        "json",
        "--status",
        "confirmed",
    ]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["flags"].as_array().unwrap().len(), 1);
    assert_eq!(v["flags"][0]["note"], "checked with the wire copy");

    let out1 = dir.path().join("labels1.jsonl");
    assert!(
        contra(&["export-labels", "--db", dbs, out1.to_str().unwrap()])
            .status
            .success()
    );
    let other = dir.path().join("other.db");
    let o = contra(&[
        "import-labels",
        "--db",
        other.to_str().unwrap(),
        out1.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Importing twice adds nothing.
    let o = contra(&[
        "import-labels",
        "--db",
        other.to_str().unwrap(),
        out1.to_str().unwrap(),
    ]);
    assert!(
        stderr(&o).contains("imported 0 decisions"),
        "{}",
        stderr(&o)
    );
    let out2 = dir.path().join("labels2.jsonl");
    assert!(contra(&[
        "export-labels",
        "--db",
        other.to_str().unwrap(),
        out2.to_str().unwrap()
    ])
    .status
    .success());
    assert_eq!(
        std::fs::read_to_string(&out1).unwrap(),
        std::fs::read_to_string(&out2).unwrap(),
        "lossless round trip"
    );
    assert_eq!(std::fs::read_to_string(&out1).unwrap().lines().count(), 2);
}

#[test]
fn sigkill_loses_no_decision_shown_as_saved() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_contra"))
        .args([
            "review",
            "--db",
            db.to_str().unwrap(),
            "--keys",
            "y.n.y.n.y.n.y.n.",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let mut saved = Vec::new();
    while saved.len() < 2 {
        let l = lines.next().unwrap().unwrap();
        saved.push(l.split_whitespace().nth(1).unwrap().to_owned());
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let store = Store::open(&db).unwrap();
    for id in &saved {
        assert_ne!(
            store.flag(id).unwrap().unwrap().status,
            Status::Unreviewed,
            "{id} was shown as saved"
        );
    }
    assert_intact(&db);
}

#[test]
fn two_reviewers_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let store = Store::open(&db).unwrap();
    let ids: Vec<String> = store
        .flags(None, false)
        .unwrap()
        .into_iter()
        .map(|f| f.id)
        .collect();
    drop(store);
    let per_process = 25;
    let spawn = |who: &str, decision: &str| {
        let db = db.clone();
        let ids = ids.clone();
        let who = who.to_owned();
        let decision = decision.to_owned();
        std::thread::spawn(move || {
            for i in 0..per_process {
                let o = Command::new(env!("CARGO_BIN_EXE_contra"))
                    .args([
                        "label",
                        "--db",
                        db.to_str().unwrap(),
                        &ids[i % ids.len()],
                        &decision,
                        "--reviewer",
                        &who,
                    ])
                    .output()
                    .unwrap();
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            }
        })
    };
    let a = spawn("ana", "confirmed");
    let b = spawn("ben", "rejected");
    a.join().unwrap();
    b.join().unwrap();
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM reviews"),
        2 * per_process as i64
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM reviews WHERE reviewer = 'ana'"),
        per_process as i64
    );
    assert_intact(&db);
}

#[test]
fn html_report_shows_flags_in_context() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let store = Store::open(&db).unwrap();
    let first = store.flags(None, false).unwrap().remove(0);
    store
        .record_review(&first.id, Decision::Confirmed, Some("a <real> one"), "ana")
        .unwrap();
    let out = dir.path().join("report.html");
    let o = contra(&[
        "report",
        "--db",
        db.to_str().unwrap(),
        "--html",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(&format!("id=\"{}\"", first.id)));
    assert!(html.contains("<mark>") && html.contains("confirmed"));
    assert!(html.contains("a &lt;real&gt; one"), "notes are escaped");
    assert!(
        !html.contains("<script") && !html.contains("http"),
        "self-contained"
    );
    // Grouped by dispute, after an overview of who disputes with whom (a table and a graph).
    let disputes = contra_text::dispute::disputes(&store.flags(None, false).unwrap());
    assert!(!disputes.is_empty());
    let overview = html.find("Who disputes with whom").expect("an overview");
    assert!(html.contains("<svg") && html.contains("<line"), "a graph");
    let mut last = overview;
    for d in &disputes {
        let at = html
            .find(&format!(
                "class=\"dispute {}\" id=\"{}\"",
                d.status.as_str(),
                d.id
            ))
            .unwrap_or_else(|| panic!("dispute {} in the page", d.id));
        assert!(at > last, "disputes in order, after the overview");
        // Its flags follow it, before the next dispute.
        for id in &d.flags {
            assert!(html[at..].find(&format!("id=\"{id}\"")).is_some());
        }
        last = at;
    }
    let first_dispute = disputes
        .iter()
        .find(|d| d.flags.contains(&first.id))
        .unwrap();
    assert_eq!(first_dispute.status, contra_text::flag::Status::Confirmed);
}

#[test]
fn two_review_screens_on_one_database_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let spawn = |who: &str, keys: &str| {
        Command::new(env!("CARGO_BIN_EXE_contra"))
            .args([
                "review",
                "--db",
                db.to_str().unwrap(),
                "--reviewer",
                who,
                "--keys",
                keys,
            ])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let a = spawn("ana", "yyyy");
    let b = spawn("ben", "nnnn");
    let saved = |c: std::process::Child| {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success());
        String::from_utf8(o.stdout).unwrap().lines().count()
    };
    // A screen that starts after the other has decided some flags sees a shorter queue.
    let total = saved(a) + saved(b);
    assert!(total >= 7, "{total} decisions saved");
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM reviews"),
        total as i64,
        "every decision shown as saved is stored"
    );
    assert_intact(&db);
}

/// Without a terminal (a script, a pipe, CI) the review screen says what to use instead and
/// exits 1: no panic, no backtrace, the store untouched.
#[test]
fn review_without_a_terminal_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(["review", "--db", db.to_str().unwrap()])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("needs a terminal") && err.contains("contra label"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_intact(&db);
}

/// `contra flags` pages (--limit, --offset) and streams JSONL; `contra report` shows the top N
/// and says how many it left out.
#[test]
fn flags_page_and_stream_and_the_report_says_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let db = db.to_str().unwrap();
    let ids = |args: &[&str]| common::flag_ids(Path::new(db), args);
    let all = ids(&[]);
    assert!(all.len() >= 3, "{all:?}");
    let o = contra(&["flags", "--db", db, "--format", "json"]);
    let listed: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(listed["flags"].as_array().unwrap().len(), all.len());
    assert_eq!(ids(&["--limit", "2"]), all[..2]);
    assert_eq!(ids(&["--limit", "2", "--offset", "1"]), all[1..3]);
    assert_eq!(ids(&["--offset", "1"]), all[1..]);

    let html = dir.path().join("r.html");
    let o = contra(&[
        "report",
        "--db",
        db,
        "--html",
        html.to_str().unwrap(),
        "--limit",
        "1",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains(&format!("{} left out", all.len() - 1)),
        "the page says how many flags it leaves out"
    );
    assert!(stderr(&o).contains(&format!("wrote 1 of {} flags", all.len())));
}

/// A decision made while another process holds the write lock past the busy timeout is not
/// lost and does not end the session: the screen says it was not saved, and the same key
/// saves it once the lock is gone.
#[test]
fn a_locked_store_never_loses_a_decision() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let review = || {
        Command::new(env!("CARGO_BIN_EXE_contra"))
            .args(["review", "--db", db.to_str().unwrap(), "--keys", "y"])
            .env("CONTRA_BUSY_TIMEOUT", "0.3")
            .output()
            .unwrap()
    };
    let o = review();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("NOT SAVED"), "{}", stdout(&o));
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(count(&db, "SELECT count(*) FROM reviews"), 0);
    let o = review();
    assert!(stdout(&o).starts_with("saved "), "{}", stdout(&o));
    assert_eq!(count(&db, "SELECT count(*) FROM reviews"), 1);
}

/// The review screen's filter is searched in the store: on a store with more unreviewed flags
/// than the screen loads at once, it finds a flag far below that window.
#[test]
fn the_review_filter_finds_flags_beyond_the_loaded_window() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (target, claim): (String, String) = conn
        .query_row(
            "SELECT id, a FROM flags ORDER BY score DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    // The target's first side gets a speaker of its own and the lowest score; copies of the
    // other flags, all scoring higher, fill more than a window above it.
    conn.execute_batch(&format!(
        "INSERT INTO claims (id, article, speaker, text, kind, start, end, mention, role, org)
           SELECT 'zq', article, 'Zoë Quill', text, kind, start, end, mention, role, org
           FROM claims WHERE id = '{claim}';
         UPDATE flags SET a = 'zq', score = 0.0001 WHERE id = '{target}';"
    ))
    .unwrap();
    let copies = contra_app::review::QUEUE_WINDOW + 100;
    let mut insert = conn
        .prepare(&format!(
            "INSERT INTO flags (id, a, b, label, score, p_ab, p_ba, similarity, model,
               thresholds_version, first_run, last_run, probe)
             SELECT ?1, a, b, label, 0.5, p_ab, p_ba, similarity, model, thresholds_version,
               first_run, last_run, probe FROM flags WHERE id != '{target}' LIMIT 1"
        ))
        .unwrap();
    for i in 0..copies {
        insert.execute([format!("copy{i:05}")]).unwrap();
    }
    drop(insert);
    drop(conn);

    let store = Store::open(&db).unwrap();
    let all = App::new(&store, "tester", QueueFilter::default()).unwrap();
    assert!(
        all.items.iter().all(|f| f.id != target),
        "the window holds the highest only"
    );
    let filter = QueueFilter {
        text: Some("zoË".into()),
        ..Default::default()
    };
    let found = App::new(&store, "tester", filter).unwrap();
    assert_eq!(found.items.len(), 1);
    assert_eq!(found.items[0].id, target);
    assert_eq!(found.items[0].a.speaker, "Zoë Quill");
}

/// `d` shows the current flag's dispute with all its evidence; `y` there confirms every flag of
/// it, each stored as its own decision, and `u` undoes them together.
#[test]
fn a_whole_dispute_is_decided_on_the_review_screen_and_undone_together() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let store = Store::open(&db).unwrap();
    let all = store.flags(None, false).unwrap();
    let big = contra_text::dispute::disputes(&all)
        .into_iter()
        .max_by_key(|d| d.flags.len())
        .unwrap();
    assert!(big.flags.len() >= 2, "{big:?}");
    let mut app = App::new(&store, "tester", QueueFilter::default()).unwrap();
    let total = app.items.len();
    while app.current().unwrap().id != big.flags[1] {
        app.handle(key('s'), &store).unwrap();
    }
    app.handle(key('d'), &store).unwrap();
    let (shown, evidence) = app.dispute.clone().expect("the dispute is open");
    assert_eq!(shown.id, big.id);
    assert_eq!(
        evidence.iter().map(|f| f.id.clone()).collect::<Vec<_>>(),
        big.flags
    );
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    term.draw(|f| draw(f, &app)).unwrap();
    let s = screen(&term);
    assert!(s.contains(&format!("dispute {}", big.id)), "{s}");
    for id in &big.flags {
        assert!(s.contains(id.as_str()), "{id} on screen: {s}");
    }

    let out = app.handle(key('y'), &store).unwrap();
    assert_eq!(out, Outcome::Saved(big.id.clone(), Decision::Confirmed));
    let status = |id: &str| store.flag(id).unwrap().unwrap().status;
    for id in &big.flags {
        assert_eq!(status(id), Status::Confirmed, "{id}");
    }
    assert_eq!(
        count(&db, "SELECT count(*) FROM reviews"),
        big.flags.len() as i64
    );
    assert_eq!(app.items.len(), total - big.flags.len());
    assert_eq!(app.progress().1, total);

    app.handle(key('u'), &store).unwrap();
    for id in &big.flags {
        assert_eq!(status(id), Status::Unreviewed, "{id}");
    }
    assert_eq!(app.items.len(), total);
    assert!(app.message.contains("undone"), "{}", app.message);
}

/// An empty filter result says so (not "nothing left to review"), and `/` starts a new filter
/// empty.
#[test]
fn an_empty_filter_result_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let store = Store::open(&db).unwrap();
    let mut app = App::new(&store, "tester", QueueFilter::default()).unwrap();
    for c in "/zzz".chars() {
        app.handle(key(c), &store).unwrap();
    }
    app.handle(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &store)
        .unwrap();
    assert!(app.items.is_empty());
    let mut term = Terminal::new(TestBackend::new(100, 24)).unwrap();
    term.draw(|f| draw(f, &app)).unwrap();
    let s = screen(&term);
    assert!(s.contains("No unreviewed flag matches the filter"), "{s}");
    assert!(!s.contains("Nothing left to review"), "{s}");
    app.handle(key('/'), &store).unwrap();
    assert_eq!(app.mode, contra_app::review::Mode::Filter(String::new()));
}

/// "n of m" counts back on undo, also after skips.
#[test]
fn progress_counts_back_on_undo() {
    let dir = tempfile::tempdir().unwrap();
    let db = scored_db(dir.path());
    let store = Store::open(&db).unwrap();
    let mut app = App::new(&store, "tester", QueueFilter::default()).unwrap();
    let total = app.items.len();
    assert_eq!(app.progress(), (1, total));
    app.handle(key('y'), &store).unwrap();
    app.handle(key('s'), &store).unwrap();
    app.handle(key('n'), &store).unwrap();
    assert_eq!(app.progress(), (4, total));
    app.handle(key('u'), &store).unwrap();
    assert_eq!(app.progress(), (3, total));
    assert_eq!(app.current().unwrap().status, Status::Unreviewed);
    // The first decision undone: its item is first again, and on screen.
    let first = app.items[0].id.clone();
    app.handle(key('u'), &store).unwrap();
    assert_eq!(app.progress(), (1, total));
    assert_ne!(app.current().unwrap().id, first);
    assert_eq!(app.items[1].id, first);
}
