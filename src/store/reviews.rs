//! Flags as people review them, and their decisions.
//!
//! Every decision is a row of `reviews`, written in its own transaction the moment it is made,
//! with who made it, when, the note, and a snapshot of what was judged (label, scores, model,
//! thresholds version): calibration learns from these rows alone. Undo marks a row `undone`
//! instead of deleting it, so every decision ever made is kept. A flag's status is its latest
//! decision that is not undone.

use super::{db_error as db_err, Store};
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Unreviewed,
    Confirmed,
    Rejected,
}

impl Status {
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "unreviewed" => Some(Status::Unreviewed),
            "confirmed" => Some(Status::Confirmed),
            "rejected" => Some(Status::Rejected),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unreviewed => "unreviewed",
            Status::Confirmed => "confirmed",
            Status::Rejected => "rejected",
        }
    }
}

/// One claim of a flag, with what a reviewer needs to judge it.
#[derive(Debug, Clone, Serialize)]
pub struct Side {
    pub claim: String,
    pub speaker: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    pub text: String,
    pub kind: String,
    pub article: String,
    pub title: String,
    pub path: String,
    /// Character offsets of the claim in the article text.
    pub start: usize,
    pub end: usize,
    #[serde(skip)]
    pub article_text: String,
}

/// A flag with its claims and review status.
#[derive(Debug, Clone, Serialize)]
pub struct FlagRecord {
    pub id: String,
    pub a: String,
    pub b: String,
    pub label: String,
    pub score: f64,
    pub status: Status,
    /// A pair scored below threshold, sampled so that reviews can estimate recall.
    pub probe: bool,
    pub p_ab: f64,
    pub p_ba: f64,
    pub similarity: f64,
    pub model: String,
    pub thresholds_version: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    pub a_side: Side,
    pub b_side: Side,
}

/// A review decision as stored and exported (`contra export-labels`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewRow {
    pub flag: String,
    pub decision: String,
    pub note: Option<String>,
    pub reviewer: String,
    pub at: String,
    pub undone: bool,
    pub label: String,
    pub score: f64,
    pub p_ab: f64,
    pub p_ba: f64,
    pub similarity: f64,
    pub probe: bool,
    pub model: String,
    pub thresholds_version: i64,
    pub a_text: Option<String>,
    pub b_text: Option<String>,
}

const FLAG_QUERY: &str = "
SELECT f.id, f.a, f.b, f.label, f.score, f.probe, f.p_ab, f.p_ba, f.similarity, f.model,
       f.thresholds_version,
       r.decision, r.note, r.reviewer,
       ca.speaker, ca.role, ca.org, ca.text, ca.kind, ca.article, aa.title, aa.path, ca.start, ca.end, aa.text,
       cb.speaker, cb.role, cb.org, cb.text, cb.kind, cb.article, ab.title, ab.path, cb.start, cb.end, ab.text
FROM flags f
JOIN claims ca ON ca.id = f.a JOIN articles aa ON aa.id = ca.article
JOIN claims cb ON cb.id = f.b JOIN articles ab ON ab.id = cb.article
LEFT JOIN reviews r ON r.id = (
    SELECT id FROM reviews WHERE flag = f.id AND undone = 0 ORDER BY id DESC LIMIT 1)
";

fn side(r: &Row, at: usize) -> rusqlite::Result<Side> {
    Ok(Side {
        claim: String::new(),
        speaker: r.get(at)?,
        role: r.get(at + 1)?,
        org: r.get(at + 2)?,
        text: r.get(at + 3)?,
        kind: r.get(at + 4)?,
        article: r.get(at + 5)?,
        title: r.get::<_, Option<String>>(at + 6)?.unwrap_or_default(),
        path: r.get::<_, Option<String>>(at + 7)?.unwrap_or_default(),
        start: r.get::<_, i64>(at + 8)? as usize,
        end: r.get::<_, i64>(at + 9)? as usize,
        article_text: r.get(at + 10)?,
    })
}

fn record(r: &Row) -> rusqlite::Result<FlagRecord> {
    let decision: Option<String> = r.get(11)?;
    let mut a_side = side(r, 14)?;
    let mut b_side = side(r, 25)?;
    a_side.claim = r.get(1)?;
    b_side.claim = r.get(2)?;
    Ok(FlagRecord {
        id: r.get(0)?,
        a: r.get(1)?,
        b: r.get(2)?,
        label: r.get(3)?,
        score: r.get(4)?,
        probe: r.get(5)?,
        p_ab: r.get(6)?,
        p_ba: r.get(7)?,
        similarity: r.get(8)?,
        model: r.get(9)?,
        thresholds_version: r.get(10)?,
        status: decision
            .as_deref()
            .and_then(Status::parse)
            .unwrap_or(Status::Unreviewed),
        note: r.get(12)?,
        reviewer: r.get(13)?,
        a_side,
        b_side,
    })
}

/// Inserts one decision; a row already present (same flag, time, reviewer and decision) is
/// skipped. Returns the number of rows added.
fn insert_review(conn: &rusqlite::Connection, r: &ReviewRow) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT OR IGNORE INTO reviews (flag, decision, note, reviewer, at, undone, label, score,
           p_ab, p_ba, similarity, probe, model, thresholds_version, a_text, b_text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            r.flag,
            r.decision,
            r.note,
            r.reviewer,
            r.at,
            r.undone,
            r.label,
            r.score,
            r.p_ab,
            r.p_ba,
            r.similarity,
            r.probe,
            r.model,
            r.thresholds_version,
            r.a_text,
            r.b_text
        ],
    )
}

fn now_iso() -> String {
    // Seconds and nanoseconds since the epoch: sortable, unique enough for UNIQUE(flag, at, ...).
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    format!("{}.{:09}", d.as_secs(), d.subsec_nanos())
}

impl Store {
    /// Flags with their claims, highest score first. `status: None` means all.
    pub fn flags(&self, status: Option<Status>, include_probes: bool) -> Result<Vec<FlagRecord>> {
        let sql = format!("{FLAG_QUERY} ORDER BY f.score DESC, f.id");
        let r = (|| {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map([], record)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })();
        let mut all = r.map_err(|e| db_err(&self.path, e))?;
        all.retain(|f| (include_probes || !f.probe) && status.is_none_or(|s| f.status == s));
        Ok(all)
    }

    /// One flag by id.
    pub fn flag(&self, id: &str) -> Result<Option<FlagRecord>> {
        let sql = format!("{FLAG_QUERY} WHERE f.id = ?1");
        self.conn
            .query_row(&sql, [id], record)
            .optional()
            .map_err(|e| db_err(&self.path, e))
    }

    /// Records a decision in its own transaction and returns its review id.
    pub fn record_review(
        &self,
        flag: &str,
        decision: Status,
        note: Option<&str>,
        reviewer: &str,
    ) -> Result<i64> {
        if decision == Status::Unreviewed {
            return Err(Error::InvalidInput(
                "a decision is confirmed or rejected".into(),
            ));
        }
        let f = self.flag(flag)?.ok_or_else(|| {
            Error::InvalidInput(format!(
                "no flag {flag} in {}; `contra flags --status all` lists them",
                self.path.display()
            ))
        })?;
        let row = ReviewRow {
            flag: f.id,
            decision: decision.as_str().into(),
            note: note.map(str::to_owned),
            reviewer: reviewer.to_owned(),
            at: now_iso(),
            undone: false,
            label: f.label,
            score: f.score,
            p_ab: f.p_ab,
            p_ba: f.p_ba,
            similarity: f.similarity,
            probe: f.probe,
            model: f.model,
            thresholds_version: f.thresholds_version,
            a_text: Some(f.a_side.text),
            b_text: Some(f.b_side.text),
        };
        let added = insert_review(&self.conn, &row).map_err(|e| db_err(&self.path, e))?;
        if added == 0 {
            return Err(Error::InvalidInput(format!(
                "flag {flag}: the same decision by {reviewer} was already recorded at this instant"
            )));
        }
        Ok(self.conn.last_insert_rowid())
    }

    /// Marks a decision as undone (it stays in the history).
    pub fn undo_review(&self, review: i64) -> Result<()> {
        self.conn
            .execute("UPDATE reviews SET undone = 1 WHERE id = ?1", [review])
            .map(|_| ())
            .map_err(|e| db_err(&self.path, e))
    }

    /// Every decision ever made, oldest first.
    pub fn reviews(&self) -> Result<Vec<ReviewRow>> {
        let r = (|| {
            let mut stmt = self.conn.prepare(
                "SELECT flag, decision, note, reviewer, at, undone, label, score, p_ab, p_ba,
                   similarity, probe, model, thresholds_version, a_text, b_text
                 FROM reviews ORDER BY at, id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(ReviewRow {
                    flag: r.get(0)?,
                    decision: r.get(1)?,
                    note: r.get(2)?,
                    reviewer: r.get(3)?,
                    at: r.get(4)?,
                    undone: r.get(5)?,
                    label: r.get(6)?,
                    score: r.get(7)?,
                    p_ab: r.get(8)?,
                    p_ba: r.get(9)?,
                    similarity: r.get(10)?,
                    probe: r.get(11)?,
                    model: r.get(12)?,
                    thresholds_version: r.get(13)?,
                    a_text: r.get(14)?,
                    b_text: r.get(15)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })();
        r.map_err(|e| db_err(&self.path, e))
    }

    /// Adds decisions from an export; rows already present are skipped. Returns how many were
    /// added. All or nothing: one transaction.
    pub fn import_reviews(&mut self, rows: &[ReviewRow]) -> Result<usize> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| db_err(&path, e))?;
        let mut added = 0;
        for r in rows {
            if !matches!(r.decision.as_str(), "confirmed" | "rejected") {
                return Err(Error::InvalidInput(format!(
                    "flag {}: decision must be confirmed or rejected, not {:?}",
                    r.flag, r.decision
                )));
            }
            added += insert_review(&tx, r).map_err(|e| db_err(&path, e))?;
        }
        tx.commit().map_err(|e| db_err(&path, e))?;
        Ok(added)
    }
}
