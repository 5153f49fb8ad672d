//! The SQLite store: articles, claims, scored pairs with raw NLI probabilities, flags, the NLI
//! cache and thresholds versions.
//!
//! Every `contra score` run writes inside one transaction ([`RunTx`]): a run that is killed or
//! fails leaves nothing behind. WAL mode and a busy timeout let several processes share one
//! database; a database that stays locked or is not a contra database gives a clear error.

mod archive;
mod reviews;
pub use archive::{speaker_kind_of, Archived};
pub use reviews::{DisputeInput, FlagQuery};

use contra_text::article::Article;
use contra_text::claims::{Claim, SpeakerKind};
use contra_text::error::{Error, Result};
use contra_text::flag::Flag;
use contra_text::verdict::{Label, Thresholds, Verdict};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Transaction};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where the database lives when neither `--db` nor `CONTRA_DB` says:
/// `$XDG_DATA_HOME/contra/contra.db`, else `~/.local/share/contra/contra.db`, else `./contra.db`.
pub fn default_path() -> PathBuf {
    if let Some(p) = std::env::var_os("CONTRA_DB") {
        return PathBuf::from(p);
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
    match base {
        Some(b) => b.join("contra").join("contra.db"),
        None => PathBuf::from("contra.db"),
    }
}

const SCHEMA_VERSION: i64 = 6;

/// How long to wait for another process's lock: `CONTRA_BUSY_TIMEOUT` seconds, default 10.
fn busy_timeout() -> Duration {
    let secs = std::env::var("CONTRA_BUSY_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|s| *s >= 0.0)
        .unwrap_or(10.0);
    Duration::from_secs_f64(secs)
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, model TEXT NOT NULL,
    thresholds_version INTEGER NOT NULL, command TEXT, articles INTEGER, claims INTEGER,
    pairs_considered INTEGER, pairs_scored INTEGER, flags INTEGER);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, path TEXT, title TEXT, text TEXT NOT NULL, source TEXT, url TEXT,
    published TEXT, body_start INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY, article TEXT NOT NULL REFERENCES articles(id), speaker TEXT NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    mention TEXT, role TEXT, org TEXT);
CREATE TABLE IF NOT EXISTS nli_cache (
    model TEXT NOT NULL, premise TEXT NOT NULL, hypothesis TEXT NOT NULL, probs TEXT NOT NULL,
    PRIMARY KEY (model, premise, hypothesis));
CREATE TABLE IF NOT EXISTS scored_pairs (
    run INTEGER NOT NULL REFERENCES runs(id), a TEXT NOT NULL, b TEXT NOT NULL,
    similarity REAL NOT NULL, p_ab REAL NOT NULL, p_ba REAL NOT NULL, score REAL NOT NULL,
    label TEXT NOT NULL, PRIMARY KEY (run, a, b));
CREATE TABLE IF NOT EXISTS flags (
    id TEXT PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL, label TEXT NOT NULL,
    score REAL NOT NULL, p_ab REAL NOT NULL, p_ba REAL NOT NULL, similarity REAL NOT NULL,
    model TEXT NOT NULL, thresholds_version INTEGER NOT NULL, first_run INTEGER NOT NULL,
    last_run INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS thresholds (
    version INTEGER NOT NULL, label TEXT NOT NULL, value REAL NOT NULL, created TEXT NOT NULL,
    note TEXT, PRIMARY KEY (version, label));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// Version 6: a claim's form ("question", "request", "stance", ...), so that claims read back
/// from the archive are paired by the same rules as a run's own.
const SCHEMA_V6: &str = "ALTER TABLE claims ADD COLUMN form TEXT;";

/// Version 4: flags listed highest score first without a sort (and without a temporary
/// B-tree over every flag), and claims found by article.
const SCHEMA_V4: &str = "
CREATE INDEX IF NOT EXISTS flags_score ON flags (score DESC, id);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article);
";

/// Version 3: an optional Platt calibration per label of a thresholds version (JSON).
const SCHEMA_V3: &str = "ALTER TABLE thresholds ADD COLUMN platt TEXT;";

/// Version 2: reviews, and probe items (pairs scored below threshold, sampled for review).
const SCHEMA_V2: &str = "
ALTER TABLE flags ADD COLUMN probe INTEGER NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY, flag TEXT NOT NULL, decision TEXT NOT NULL
      CHECK (decision IN ('confirmed', 'rejected')),
    note TEXT, reviewer TEXT NOT NULL, at TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL, score REAL NOT NULL, p_ab REAL NOT NULL, p_ba REAL NOT NULL,
    similarity REAL NOT NULL, probe INTEGER NOT NULL, model TEXT NOT NULL,
    thresholds_version INTEGER NOT NULL, a_text TEXT, b_text TEXT,
    UNIQUE (flag, at, reviewer, decision));
CREATE INDEX IF NOT EXISTS reviews_flag ON reviews (flag);
";

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    secs.to_string()
}

impl Store {
    /// Opens (creating if needed) the database at `path`. Its folder must exist: a mistyped
    /// `--db` should not quietly make folders (see [`create_default_folder`] for the default
    /// path's own folder).
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            if !dir.is_dir() {
                return Err(Error::Store(format!(
                    "cannot create the database {}: the folder {} does not exist\n  hint: create it first (mkdir -p {}) or pass another --db",
                    path.display(),
                    dir.display(),
                    dir.display()
                )));
            }
        }
        let conn = Connection::open(path).map_err(|e| db_error(path, e))?;
        let store = Store {
            conn,
            path: path.to_owned(),
        };
        store.init().map_err(|e| db_error(path, e))?;
        Ok(store)
    }

    fn init(&self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(busy_timeout())?;
        reviews::register_functions(&self.conn)?;
        self.conn
            .query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
        self.conn
            .execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")?;
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(foreign(format!(
                "it was written by a newer contra (schema {version}, this one knows {SCHEMA_VERSION}): use that contra, or another --db"
            )));
        }
        // Another program's database: tables, but never set up by contra. Adding ours to it
        // would mix two programs' data in one file.
        let tables: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        if version == 0 && tables > 0 {
            return Err(foreign(
                "it is an SQLite database of another program (it has tables, but not contra's); pass another --db".into(),
            ));
        }
        if version < SCHEMA_VERSION {
            let tx = self.conn.unchecked_transaction()?;
            if version < 1 {
                tx.execute_batch(SCHEMA)?;
            }
            if version < 2 {
                tx.execute_batch(SCHEMA_V2)?;
            }
            if version < 3 {
                tx.execute_batch(SCHEMA_V3)?;
            }
            if version < 4 {
                tx.execute_batch(SCHEMA_V4)?;
            }
            if version < 5 {
                tx.execute_batch(archive::SCHEMA_V5)?;
                archive::index_existing(&tx)?;
            }
            if version < 6 {
                tx.execute_batch(SCHEMA_V6)?;
            }
            tx.execute_batch(&format!("PRAGMA user_version={SCHEMA_VERSION}"))?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The thresholds of the current version; `v0` (the model's own, see
    /// [`Thresholds::model_default`]) when none was ever fitted or version 0 is current.
    pub fn current_thresholds(&self, v0: Thresholds) -> Result<Thresholds> {
        let version: Option<i64> = self
            .conn
            .query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'thresholds_version'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| db_error(&self.path, e))?;
        match version.filter(|&v| v > 0) {
            None => Ok(v0),
            Some(v) => self
                .thresholds_history()?
                .into_iter()
                .find(|h| h.0 == v)
                .map(|h| h.3)
                .ok_or_else(|| {
                    Error::Store(format!(
                        "{}: the current thresholds version {v} is missing; run `contra thresholds --rollback 0`",
                        self.path.display()
                    ))
                }),
        }
    }

    /// Writes a new thresholds version and makes it current, atomically. Returns its number.
    pub fn write_thresholds(&mut self, t: &Thresholds, note: &str) -> Result<i64> {
        let path = self.path.clone();
        let r = (|| {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let version: i64 = tx.query_row(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM thresholds",
                [],
                |r| r.get(0),
            )?;
            for label in [Label::Contradiction, Label::Denial] {
                let platt = t
                    .platt(label)
                    .map(|p| serde_json::to_string(&p).unwrap_or_default());
                tx.execute(
                    "INSERT INTO thresholds (version, label, value, created, note, platt) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![version, label.as_str(), t.get(label) as f64, now(), note, platt],
                )?;
            }
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('thresholds_version', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [version.to_string()],
            )?;
            tx.commit()?;
            Ok(version)
        })();
        r.map_err(|e| db_error(&path, e))
    }

    /// Every stored thresholds version, oldest first: (version, created, note, thresholds).
    pub fn thresholds_history(&self) -> Result<Vec<(i64, String, String, Thresholds)>> {
        let r = (|| {
            let mut stmt = self.conn.prepare(
                "SELECT version, label, value, created, COALESCE(note, ''), platt FROM thresholds ORDER BY version, label",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, f64>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })?;
            let mut out: Vec<(i64, String, String, Thresholds)> = Vec::new();
            for row in rows {
                let (version, label, value, created, note, platt) = row?;
                let platt = platt.and_then(|j| serde_json::from_str(&j).ok());
                if out.last().is_none_or(|l| l.0 != version) {
                    out.push((
                        version,
                        created,
                        note,
                        // Both labels are overwritten from their rows.
                        Thresholds::uniform(version, 0.0),
                    ));
                }
                let t = &mut out.last_mut().unwrap().3;
                match Label::parse(&label) {
                    Some(Label::Contradiction) => {
                        t.contradiction = value as f32;
                        t.platt_contradiction = platt;
                    }
                    Some(Label::Denial) => {
                        t.denial = value as f32;
                        t.platt_denial = platt;
                    }
                    None => {}
                }
            }
            Ok(out)
        })();
        r.map_err(|e| db_error(&self.path, e))
    }

    /// Makes an earlier version current again (0 = the built-in defaults).
    pub fn rollback_thresholds(&self, version: i64) -> Result<()> {
        if version != 0 && !self.thresholds_history()?.iter().any(|h| h.0 == version) {
            return Err(Error::InvalidInput(format!(
                "no thresholds version {version}; `contra thresholds --list` shows them"
            )));
        }
        self.conn
            .execute(
                "INSERT INTO meta (key, value) VALUES ('thresholds_version', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [version.to_string()],
            )
            .map(|_| ())
            .map_err(|e| db_error(&self.path, e))
    }

    /// Cached class probabilities for (model, premise, hypothesis), outside any run.
    pub fn cached_probs(
        &self,
        model: &str,
        premise: &str,
        hypothesis: &str,
    ) -> Result<Option<Vec<f32>>> {
        read_cache(&self.conn, model, premise, hypothesis).map_err(|e| db_error(&self.path, e))
    }

    /// Adds model outputs to the NLI cache in one transaction.
    pub fn cache_probs(&mut self, model: &str, items: &[(&str, &str, Vec<f32>)]) -> Result<()> {
        let path = self.path.clone();
        let r = (|| {
            let tx = self.conn.transaction()?;
            for (p, h, probs) in items {
                write_cache(&tx, model, p, h, probs)?;
            }
            tx.commit()
        })();
        r.map_err(|e| db_error(&path, e))
    }

    /// Starts a run: everything it writes is committed together by [`RunTx::commit`].
    pub fn begin_run(
        &mut self,
        model: &str,
        thresholds: &Thresholds,
        command: &str,
    ) -> Result<RunTx<'_>> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| db_error(&path, e))?;
        tx.execute(
            "INSERT INTO runs (started, model, thresholds_version, command) VALUES (?1, ?2, ?3, ?4)",
            params![now(), model, thresholds.version, command],
        )
        .map_err(|e| db_error(&path, e))?;
        let run = tx.last_insert_rowid();
        Ok(RunTx {
            tx,
            run,
            path,
            model: model.to_owned(),
            thresholds_version: thresholds.version,
        })
    }
}

/// One run's open transaction.
pub struct RunTx<'a> {
    tx: Transaction<'a>,
    pub run: i64,
    path: PathBuf,
    model: String,
    thresholds_version: i64,
}

/// What a run found, for its row in `runs`.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunCounts {
    pub articles: u64,
    pub claims: u64,
    pub pairs_considered: u64,
    pub pairs_scored: u64,
    pub flags: u64,
}

impl RunTx<'_> {
    fn err(&self, e: rusqlite::Error) -> Error {
        db_error(&self.path, e)
    }

    pub fn put_article(&self, a: &Article) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO articles (id, path, title, text, source, url, published, body_start)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT(id) DO UPDATE SET path = excluded.path, title = excluded.title",
                params![
                    a.id,
                    a.path,
                    a.title,
                    a.text,
                    a.source,
                    a.url,
                    a.published,
                    a.body_start as i64
                ],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Stores a claim, with its speaker's kind; a claim stored for the first time joins the
    /// archive index (see `archive`).
    pub fn put_claim(&self, c: &Claim, speaker_kind: SpeakerKind) -> Result<()> {
        (|| {
            let stored = self
                .tx
                .query_row("SELECT 1 FROM claims WHERE id = ?1", [&c.id], |_| Ok(()))
                .optional()?
                .is_some();
            self.tx.execute(
                "INSERT INTO claims (id, article, speaker, text, kind, start, end, mention, role, org, speaker_kind, form)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                 ON CONFLICT(id) DO UPDATE SET speaker = excluded.speaker, text = excluded.text,
                   kind = excluded.kind, start = excluded.start, end = excluded.end,
                   mention = excluded.mention, role = excluded.role, org = excluded.org,
                   speaker_kind = excluded.speaker_kind, form = excluded.form",
                params![c.id, c.article, c.speaker, c.text, c.kind.as_str(), c.start as i64, c.end as i64, c.mention, c.role, c.org, speaker_kind.as_str(), c.form],
            )?;
            if !stored {
                archive::index_claim(&self.tx, &c.id, &c.text, c.kind, &c.speaker, Some(speaker_kind), c.form)?;
            }
            Ok(())
        })()
        .map_err(|e| self.err(e))
    }

    /// Records a candidate pair's verdict (every pair the model saw, flagged or not).
    pub fn put_scored(&self, a: &str, b: &str, v: &Verdict) -> Result<()> {
        self.tx
            .execute(
                "INSERT OR REPLACE INTO scored_pairs (run, a, b, similarity, p_ab, p_ba, score, label)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![self.run, a, b, v.similarity, v.p_ab, v.p_ba, v.score, v.label.as_str()],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Records a flag (or a probe) under its stable id: the same pair always gets the same id.
    pub fn put_flag(&self, f: &Flag) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO flags (id, a, b, label, score, p_ab, p_ba, similarity, model,
                   thresholds_version, first_run, last_run, probe)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12)
                 ON CONFLICT(id) DO UPDATE SET label = excluded.label, score = excluded.score,
                   p_ab = excluded.p_ab, p_ba = excluded.p_ba, similarity = excluded.similarity,
                   model = excluded.model, thresholds_version = excluded.thresholds_version,
                   last_run = excluded.last_run, probe = excluded.probe",
                params![
                    f.id,
                    f.a.claim,
                    f.b.claim,
                    f.label.as_str(),
                    f.score,
                    f.p_ab,
                    f.p_ba,
                    f.similarity,
                    self.model,
                    self.thresholds_version,
                    self.run,
                    f.probe
                ],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Commits the run: until now, nothing of it is visible to other processes.
    pub fn commit(self, counts: RunCounts) -> Result<i64> {
        let run = self.run;
        self.tx
            .execute(
                "UPDATE runs SET finished = ?1, articles = ?2, claims = ?3, pairs_considered = ?4,
                   pairs_scored = ?5, flags = ?6 WHERE id = ?7",
                params![
                    now(),
                    counts.articles as i64,
                    counts.claims as i64,
                    counts.pairs_considered as i64,
                    counts.pairs_scored as i64,
                    counts.flags as i64,
                    run
                ],
            )
            .map_err(|e| db_error(&self.path, e))?;
        let path = self.path.clone();
        self.tx.commit().map_err(|e| db_error(&path, e))?;
        Ok(run)
    }
}

/// The NLI cache, shared by runs and by calibration on external labels.
fn read_cache(
    conn: &Connection,
    model: &str,
    premise: &str,
    hypothesis: &str,
) -> rusqlite::Result<Option<Vec<f32>>> {
    let json: Option<String> = conn
        .query_row(
            "SELECT probs FROM nli_cache WHERE model = ?1 AND premise = ?2 AND hypothesis = ?3",
            params![model, premise, hypothesis],
            |r| r.get(0),
        )
        .optional()?;
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

fn write_cache(
    conn: &Connection,
    model: &str,
    premise: &str,
    hypothesis: &str,
    probs: &[f32],
) -> rusqlite::Result<()> {
    let json = serde_json::to_string(probs).unwrap_or_default();
    conn.execute(
        "INSERT OR REPLACE INTO nli_cache (model, premise, hypothesis, probs) VALUES (?1, ?2, ?3, ?4)",
        params![model, premise, hypothesis, json],
    )
    .map(|_| ())
}

/// A database contra must not touch, carried through `init` as an SQLite error so that
/// `db_error` names the file.
fn foreign(reason: String) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_NOTADB),
        Some(reason),
    )
}

/// Creates the folder of the default database path (`~/.local/share/contra/`), which a new
/// user does not have yet. Only for the default: an explicit `--db` names an existing folder.
pub fn create_default_folder(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    Ok(())
}

/// Turns SQLite errors into messages that say what happened and what to do.
fn db_error(path: &Path, e: rusqlite::Error) -> Error {
    let p = path.display();
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        if matches!(f.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) {
            return Error::StoreBusy(format!(
                "database {p} is locked by another process (waited {:.0} s); wait for it to finish, raise CONTRA_BUSY_TIMEOUT, or use another --db",
                busy_timeout().as_secs_f64()
            ));
        }
    }
    let msg = match &e {
        rusqlite::Error::SqliteFailure(f, _) => match f.code {
            ErrorCode::NotADatabase => match &e {
                rusqlite::Error::SqliteFailure(_, Some(reason)) if reason.starts_with("it ") => {
                    format!("{p} is not a contra database: {reason}")
                }
                _ => format!(
                    "{p} is not a contra database or is corrupt; move it away or pass another --db"
                ),
            },
            ErrorCode::DatabaseCorrupt => format!(
                "{p} is not a contra database or is corrupt; move it away or pass another --db"
            ),
            ErrorCode::DiskFull | ErrorCode::SystemIoFailure => format!(
                "cannot write the database {p}: the disk is full or a write failed ({e}); nothing of this run was stored and earlier runs and reviews are intact: free some space and run again"
            ),
            ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen => {
                format!("cannot write the database {p}: {e}")
            }
            _ => format!("database {p}: {e}"),
        },
        _ => format!("database {p}: {e}"),
    };
    Error::Store(msg)
}
