//! Flags as people review them, and their decisions.
//!
//! Every decision is a row of `reviews`, written in its own transaction the moment it is made,
//! with who made it, when, the note, and a snapshot of what was judged (label, scores, model,
//! thresholds version): calibration learns from these rows alone. Undo marks a row `undone`
//! instead of deleting it, so every decision ever made is kept. A flag's status is its latest
//! decision that is not undone.

use super::{db_error as db_err, Store};
use contra_text::claims::ClaimKind;
use contra_text::error::{Error, Result};
use contra_text::flag::{Decision, Flag, Review, Side, Status};
use contra_text::verdict::Label;
use rusqlite::types::Type;
use rusqlite::{params, OptionalExtension, Row};

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

/// Reads a column that holds one of contra's names (a label, a decision, a claim kind).
fn named<T>(r: &Row, at: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let name: String = r.get(at)?;
    parse(&name).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            at,
            Type::Text,
            format!("unknown value {name:?}").into(),
        )
    })
}

fn side(r: &Row, claim: usize, at: usize) -> rusqlite::Result<Side> {
    Ok(Side {
        claim: r.get(claim)?,
        speaker: r.get(at)?,
        role: r.get(at + 1)?,
        org: r.get(at + 2)?,
        text: r.get(at + 3)?,
        kind: named(r, at + 4, ClaimKind::parse)?,
        article: r.get(at + 5)?,
        title: r.get::<_, Option<String>>(at + 6)?.unwrap_or_default(),
        path: r.get::<_, Option<String>>(at + 7)?.unwrap_or_default(),
        start: r.get::<_, i64>(at + 8)? as usize,
        end: r.get::<_, i64>(at + 9)? as usize,
        article_text: r.get::<_, String>(at + 10)?.into(),
    })
}

fn flag(r: &Row) -> rusqlite::Result<Flag> {
    let decision: Option<String> = r.get(11)?;
    Ok(Flag {
        id: r.get(0)?,
        a: side(r, 1, 14)?,
        b: side(r, 2, 25)?,
        label: named(r, 3, Label::parse)?,
        score: r.get(4)?,
        probe: r.get(5)?,
        p_ab: r.get(6)?,
        p_ba: r.get(7)?,
        similarity: r.get(8)?,
        threshold: None,
        model: r.get(9)?,
        thresholds_version: r.get(10)?,
        status: decision
            .as_deref()
            .and_then(Status::parse)
            .unwrap_or(Status::Unreviewed),
        note: r.get(12)?,
        reviewer: r.get(13)?,
    })
}

fn review(r: &Row) -> rusqlite::Result<Review> {
    Ok(Review {
        flag: r.get(0)?,
        decision: named(r, 1, Decision::parse)?,
        note: r.get(2)?,
        reviewer: r.get(3)?,
        at: r.get(4)?,
        undone: r.get(5)?,
        label: named(r, 6, Label::parse)?,
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
}

/// Inserts one decision; a row already present (same flag, time, reviewer and decision) is
/// skipped. Returns the number of rows added.
fn insert_review(conn: &rusqlite::Connection, r: &Review) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT OR IGNORE INTO reviews (flag, decision, note, reviewer, at, undone, label, score,
           p_ab, p_ba, similarity, probe, model, thresholds_version, a_text, b_text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            r.flag,
            r.decision.as_str(),
            r.note,
            r.reviewer,
            r.at,
            r.undone,
            r.label.as_str(),
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
    pub fn flags(&self, status: Option<Status>, include_probes: bool) -> Result<Vec<Flag>> {
        let sql = format!("{FLAG_QUERY} ORDER BY f.score DESC, f.id");
        let r = (|| {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map([], flag)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })();
        let mut all = r.map_err(|e| db_err(&self.path, e))?;
        all.retain(|f| (include_probes || !f.probe) && status.is_none_or(|s| f.status == s));
        Ok(all)
    }

    /// One flag by id.
    pub fn flag(&self, id: &str) -> Result<Option<Flag>> {
        let sql = format!("{FLAG_QUERY} WHERE f.id = ?1");
        self.conn
            .query_row(&sql, [id], flag)
            .optional()
            .map_err(|e| db_err(&self.path, e))
    }

    /// Records a decision in its own transaction and returns its review id.
    pub fn record_review(
        &self,
        flag: &str,
        decision: Decision,
        note: Option<&str>,
        reviewer: &str,
    ) -> Result<i64> {
        let f = self.flag(flag)?.ok_or_else(|| {
            Error::InvalidInput(format!(
                "no flag {flag} in {}; `contra flags --status all` lists them",
                self.path.display()
            ))
        })?;
        let row = Review::of(&f, decision, note, reviewer, now_iso());
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
    pub fn reviews(&self) -> Result<Vec<Review>> {
        let r = (|| {
            let mut stmt = self.conn.prepare(
                "SELECT flag, decision, note, reviewer, at, undone, label, score, p_ab, p_ba,
                   similarity, probe, model, thresholds_version, a_text, b_text
                 FROM reviews ORDER BY at, id",
            )?;
            let rows = stmt.query_map([], review)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })();
        r.map_err(|e| db_err(&self.path, e))
    }

    /// Adds decisions from an export; rows already present are skipped. Returns how many were
    /// added. All or nothing: one transaction.
    pub fn import_reviews(&mut self, rows: &[Review]) -> Result<usize> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| db_err(&path, e))?;
        let mut added = 0;
        for r in rows {
            added += insert_review(&tx, r).map_err(|e| db_err(&path, e))?;
        }
        tx.commit().map_err(|e| db_err(&path, e))?;
        Ok(added)
    }
}
