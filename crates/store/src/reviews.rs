//! Flags as people review them, and their decisions.
//!
//! Every decision is a row of `reviews`, written in its own transaction the moment it is made,
//! with who made it, when, the note, and a snapshot of what was judged (label, scores, model,
//! thresholds version): calibration learns from these rows alone. Undo marks a row `undone`
//! instead of deleting it, so every decision ever made is kept. A flag's status is its latest
//! decision that is not undone.

use super::{db_error as db_err, Store};
use contra_text::claims::ClaimKind;
use contra_text::dispute::Evidence;
use contra_text::error::{Error, Result};
use contra_text::flag::{Decision, Flag, Review, Side, Status};
use contra_text::verdict::Label;
use rusqlite::types::Type;
use rusqlite::{params, OptionalExtension, Row};
use std::collections::HashMap;

const FLAG_QUERY: &str = "
SELECT f.id, f.a, f.b, f.label, f.score, f.probe, f.p_ab, f.p_ba, f.similarity, f.model,
       f.thresholds_version,
       r.decision, r.note, r.reviewer,
       ca.speaker, ca.role, ca.org, ca.text, ca.kind, ca.article, aa.title, aa.path, ca.start, ca.end,
       cb.speaker, cb.role, cb.org, cb.text, cb.kind, cb.article, ab.title, ab.path, cb.start, cb.end,
       aa.published, ab.published
FROM flags f
JOIN claims ca ON ca.id = f.a JOIN articles aa ON aa.id = ca.article
JOIN claims cb ON cb.id = f.b JOIN articles ab ON ab.id = cb.article
LEFT JOIN reviews r ON r.id = (
    SELECT id FROM reviews WHERE flag = f.id AND undone = 0 ORDER BY id DESC LIMIT 1)
";

/// Which flags to list: the rows carry no article text (a flag listing over a big store must
/// not sort whole articles), which is read once per article afterwards.
const FLAG_FILTER: &str = "
WHERE (?1 OR f.probe = 0) AND (?2 IS NULL OR COALESCE(r.decision, 'unreviewed') = ?2)
  AND (?6 IS NULL OR f.label = ?6)
";

/// What the two sides must hold: an article (?7), a text in a speaker, claim or title (?8).
/// The text is looked for once per claim (`TEXT_HITS`), not once per flag: a million flags
/// share far fewer claims. Needs the claims joined, so a plain count leaves it out.
const SIDE_FILTER: &str = "
  AND (?7 IS NULL OR ca.article = ?7 OR cb.article = ?7)
  AND (?8 IS NULL OR f.a IN text_hits OR f.b IN text_hits)
";

/// The claims whose speaker, text or article title holds ?8, for `SIDE_FILTER`.
const TEXT_HITS: &str = "WITH text_hits AS (
  SELECT c.id FROM claims c JOIN articles t ON t.id = c.article
  WHERE ?8 IS NOT NULL
    AND contra_contains(c.speaker || char(10) || c.text || char(10) || COALESCE(t.title, ''), ?8))
";

/// Keyset paging: the flags after flag ?5 in listing order (its score as stored, then id),
/// found in the index instead of counted past as OFFSET does (which made streaming a million
/// flags quadratic).
const AFTER: &str = " AND (?5 IS NULL
  OR f.score < (SELECT score FROM flags WHERE id = ?5)
  OR (f.score = (SELECT score FROM flags WHERE id = ?5) AND f.id > ?5))";

/// Unreviewed: no decision that is not undone. All flags less the reviewed ones, without
/// looking up each flag's latest review.
const COUNT_UNREVIEWED: &str = "SELECT (SELECT count(*) FROM flags f WHERE ?1 OR f.probe = 0)
     - (SELECT count(DISTINCT r.flag) FROM reviews r JOIN flags f ON f.id = r.flag
        WHERE r.undone = 0 AND (?1 OR f.probe = 0))";

/// Every decision, oldest first. The sort is over decisions people made, not over flags.
const ALL_REVIEWS: &str = "SELECT flag, decision, note, reviewer, at, undone, label, score, p_ab,
       p_ba, similarity, probe, model, thresholds_version, a_text, b_text
     FROM reviews ORDER BY at, id";

/// Counts flags; with `sides`, also by what their sides hold (which reads their claims).
fn count_flags_sql(sides: bool) -> String {
    let (joins, side_filter) = if sides {
        (
            "JOIN claims ca ON ca.id = f.a JOIN articles aa ON aa.id = ca.article
             JOIN claims cb ON cb.id = f.b JOIN articles ab ON ab.id = cb.article",
            SIDE_FILTER,
        )
    } else {
        ("", "")
    };
    let hits = if sides { TEXT_HITS } else { "" };
    format!(
        "{hits} SELECT count(*) FROM flags f {joins}
         LEFT JOIN reviews r ON r.id = (
           SELECT id FROM reviews WHERE flag = f.id AND undone = 0 ORDER BY id DESC LIMIT 1)
         {FLAG_FILTER} {side_filter}"
    )
}

fn flags_page_sql() -> String {
    format!(
        "{TEXT_HITS} {FLAG_QUERY} {FLAG_FILTER} {SIDE_FILTER} {AFTER} ORDER BY f.score DESC, f.id LIMIT ?3 OFFSET ?4"
    )
}

/// A page of flags: which ones, and where the page starts.
#[derive(Debug, Clone, Default)]
pub struct FlagQuery {
    /// `None`: every status.
    pub status: Option<Status>,
    pub probes: bool,
    /// At most this many, highest score first; `None`: all.
    pub limit: Option<usize>,
    pub offset: usize,
    /// Start after this flag id: the last one of the previous page.
    pub after: Option<String>,
    /// Give each side its article's text (for context on screen and in reports); a listing
    /// needs none.
    pub context: bool,
    /// Only flags with this label.
    pub label: Option<Label>,
    /// Only flags with a side in this article (its id).
    pub article: Option<String>,
    /// Only flags where a speaker, a claim or an article title contains this text, ignoring
    /// case. Searched in the store, so a filter sees every flag, not a loaded window.
    pub text: Option<String>,
}

impl FlagQuery {
    fn filtered(&self) -> bool {
        self.label.is_some() || self.by_sides()
    }

    fn by_sides(&self) -> bool {
        self.article.is_some() || self.text.is_some()
    }

    fn needle(&self) -> Option<String> {
        self.text.as_deref().map(str::to_lowercase)
    }
}

/// `contra_contains(haystack, needle)`: whether `haystack` holds `needle` (already lower-case),
/// ignoring case for every script, not only ASCII as SQLite's `lower` and `LIKE` do.
pub(crate) fn register_functions(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "contra_contains",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let haystack = ctx.get::<Option<String>>(0)?.unwrap_or_default();
            let needle = ctx.get::<Option<String>>(1)?.unwrap_or_default();
            Ok(haystack.to_lowercase().contains(&needle))
        },
    )
}

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

fn side(r: &Row, claim: usize, at: usize, published: usize) -> rusqlite::Result<Side> {
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
        published: r.get(published)?,
        // Filled in by `with_article_texts`, once per article.
        article_text: "".into(),
    })
}

fn flag(r: &Row) -> rusqlite::Result<Flag> {
    let decision: Option<String> = r.get(11)?;
    Ok(Flag {
        id: r.get(0)?,
        a: side(r, 1, 14, 34)?,
        b: side(r, 2, 24, 35)?,
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

/// Every flag that is not a probe, as disputes read them: compact rows, with each claim's side
/// read once however many flags share it (a store of a million flags has far fewer claims).
#[derive(Debug, Default)]
pub struct DisputeInput {
    /// (flag id, score, label, status, claim a, claim b)
    pub flags: Vec<(String, f32, Label, Status, String, String)>,
    pub sides: HashMap<String, Side>,
}

impl DisputeInput {
    pub fn evidence(&self) -> Vec<Evidence<'_>> {
        self.flags
            .iter()
            .filter_map(|(id, score, label, status, a, b)| {
                Some(Evidence {
                    id,
                    score: *score,
                    label: *label,
                    status: *status,
                    a: self.sides.get(a)?,
                    b: self.sides.get(b)?,
                })
            })
            .collect()
    }
}

impl Store {
    /// What `contra disputes` groups: every flag that is not a probe (see [`DisputeInput`]).
    pub fn dispute_input(&self) -> Result<DisputeInput> {
        let read = || -> rusqlite::Result<DisputeInput> {
            let mut out = DisputeInput::default();
            let mut stmt = self.conn.prepare(
                "SELECT c.id, c.id, c.speaker, c.role, c.org, c.text, c.kind, c.article, a.title,
                        a.path, c.start, c.end, a.published
                 FROM claims c JOIN articles a ON a.id = c.article
                 WHERE c.id IN (SELECT a FROM flags WHERE probe = 0 UNION SELECT b FROM flags WHERE probe = 0)",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, side(r, 1, 2, 12)?)))?;
            for row in rows {
                let (id, side) = row?;
                out.sides.insert(id, side);
            }
            let mut stmt = self.conn.prepare(
                "SELECT f.id, f.score, f.label, COALESCE(r.decision, 'unreviewed'), f.a, f.b
                 FROM flags f LEFT JOIN reviews r ON r.id = (
                     SELECT id FROM reviews WHERE flag = f.id AND undone = 0 ORDER BY id DESC LIMIT 1)
                 WHERE f.probe = 0",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    named(r, 2, Label::parse)?,
                    named(r, 3, Status::parse)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?;
            out.flags = rows.collect::<rusqlite::Result<_>>()?;
            Ok(out)
        };
        read().map_err(|e| db_err(&self.path, e))
    }

    /// Flags with their claims, highest score first. `status: None` means all.
    pub fn flags(&self, status: Option<Status>, include_probes: bool) -> Result<Vec<Flag>> {
        self.flags_page(&FlagQuery {
            status,
            probes: include_probes,
            context: true,
            ..Default::default()
        })
    }

    /// One page of flags, highest score first (the `flags_score` index gives that order
    /// without sorting).
    pub fn flags_page(&self, q: &FlagQuery) -> Result<Vec<Flag>> {
        let sql = flags_page_sql();
        let limit = q.limit.map_or(-1, |n| n as i64);
        let r = (|| {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(
                params![
                    q.probes,
                    q.status.map(Status::as_str),
                    limit,
                    q.offset as i64,
                    q.after,
                    q.label.map(Label::as_str),
                    q.article,
                    q.needle()
                ],
                flag,
            )?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })();
        let flags = r.map_err(|e| db_err(&self.path, e))?;
        if q.context {
            self.with_article_texts(flags)
        } else {
            Ok(flags)
        }
    }

    /// How many flags a query would list without its limit.
    pub fn count_flags(&self, q: &FlagQuery) -> Result<usize> {
        if q.status == Some(Status::Unreviewed) && !q.filtered() {
            return self
                .conn
                .query_row(COUNT_UNREVIEWED, params![q.probes], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as usize)
                .map_err(|e| db_err(&self.path, e));
        }
        let sql = count_flags_sql(q.by_sides());
        let (status, label, needle) = (
            q.status.map(Status::as_str),
            q.label.map(Label::as_str),
            q.needle(),
        );
        let mut params: Vec<(&str, &dyn rusqlite::ToSql)> =
            vec![("?1", &q.probes), ("?2", &status), ("?6", &label)];
        if q.by_sides() {
            params.extend([("?7", &q.article as &dyn rusqlite::ToSql), ("?8", &needle)]);
        }
        self.conn
            .query_row(&sql, params.as_slice(), |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| db_err(&self.path, e))
    }

    /// One flag by id.
    pub fn flag(&self, id: &str) -> Result<Option<Flag>> {
        let sql = format!("{FLAG_QUERY} WHERE f.id = ?1");
        let f = self
            .conn
            .query_row(&sql, [id], flag)
            .optional()
            .map_err(|e| db_err(&self.path, e))?;
        Ok(self.with_article_texts(f.into_iter().collect())?.pop())
    }

    /// Gives each side its article's text, reading each article once.
    fn with_article_texts(&self, mut flags: Vec<Flag>) -> Result<Vec<Flag>> {
        let mut texts: std::collections::HashMap<String, std::sync::Arc<str>> = Default::default();
        let r = (|| {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT text FROM articles WHERE id = ?1")?;
            for f in &mut flags {
                for side in [&mut f.a, &mut f.b] {
                    if let Some(t) = texts.get(&side.article) {
                        side.article_text = t.clone();
                        continue;
                    }
                    let t: std::sync::Arc<str> = stmt
                        .query_row([&side.article], |r| r.get::<_, String>(0))?
                        .into();
                    texts.insert(side.article.clone(), t.clone());
                    side.article_text = t;
                }
            }
            Ok(())
        })();
        r.map_err(|e| db_err(&self.path, e))?;
        Ok(flags)
    }

    /// Records a decision in its own transaction and returns its review id.
    /// The id of the one flag whose id starts with `prefix` (a whole id is its own prefix), so
    /// that people can type the first characters a table shows.
    pub fn flag_id_by_prefix(&self, prefix: &str) -> Result<String> {
        // Ids are ASCII, below DEL: the range is the prefix's, and walks the primary key.
        let ids: Vec<String> = (|| {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM flags WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 3")?;
            let rows = stmt.query_map(params![prefix, format!("{prefix}\u{7f}")], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<Vec<String>>>()
        })()
        .map_err(|e| db_err(&self.path, e))?;
        match ids.as_slice() {
            [id] => Ok(id.clone()),
            _ if ids.iter().any(|id| id == prefix) => Ok(prefix.to_owned()),
            [] => Err(Error::InvalidInput(format!(
                "no flag {prefix} in {}; `contra flags --status all` lists them",
                self.path.display()
            ))),
            [a, b, ..] => Err(Error::InvalidInput(format!(
                "{prefix} is the start of more than one flag id ({a}, {b}{}); give more characters",
                if ids.len() > 2 { ", ..." } else { "" }
            ))),
        }
    }

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
            let mut stmt = self.conn.prepare(ALL_REVIEWS)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A store with `n` flags between claims of two articles, by plain inserts.
    fn store_with_flags(n: usize) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s.db")).unwrap();
        let c = &store.conn;
        c.execute_batch(
            "INSERT INTO articles (id, path, title, text) VALUES
               ('a1', 'a.txt', 'A', 'Alpha said one thing.'), ('a2', 'b.txt', 'B', 'Beta said another.');",
        )
        .unwrap();
        for i in 0..n {
            c.execute(
                "INSERT INTO claims (id, article, speaker, text, kind, start, end) VALUES
                   (?1, 'a1', 'Alpha', 'one thing', 'reported', 0, 9),
                   (?2, 'a2', 'Beta', 'another', 'reported', 0, 7)",
                params![format!("ca{i}"), format!("cb{i}")],
            )
            .unwrap();
            c.execute(
                "INSERT INTO flags (id, a, b, label, score, p_ab, p_ba, similarity, model,
                   thresholds_version, first_run, last_run)
                 VALUES (?1, ?2, ?3, 'contradiction', ?4, 0.9, 0.9, 0.5, 'm', 0, 1, 1)",
                params![
                    format!("f{i:04}"),
                    format!("ca{i}"),
                    format!("cb{i}"),
                    (i % 97) as f64 / 97.0
                ],
            )
            .unwrap();
        }
        (dir, store)
    }

    /// The listing query walks the score index: no sort of all flags into a temporary B-tree,
    /// no full scan of claims or articles per flag.
    #[test]
    fn the_flag_listing_is_indexed() {
        let (_dir, store) = store_with_flags(50);
        let plan: Vec<String> = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", flags_page_sql()))
            .unwrap()
            .query_map(
                params![
                    false,
                    None::<String>,
                    10,
                    0,
                    Some("f0010"),
                    None::<String>,
                    None::<String>,
                    None::<String>
                ],
                |r| r.get::<_, String>(3),
            )
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let plan = plan.join("\n");
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
        assert!(plan.contains("flags_score"), "{plan}");
        for table in ["claims", "articles", "reviews"] {
            assert!(
                !plan
                    .lines()
                    .any(|l| l.starts_with(&format!("SCAN {table}"))),
                "{table}: {plan}"
            );
        }
    }

    fn plan(store: &Store, sql: &str, params: impl rusqlite::Params) -> String {
        let plan: Vec<String> = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map(params, |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        plan.join("\n")
    }

    /// Counting flags reads each flag once and finds its decisions by index: no temporary
    /// B-tree, no scan of claims or articles. Listing decisions sorts decisions only (what
    /// people decided, not what the model flagged).
    #[test]
    fn counts_and_review_listings_never_sort_flags() {
        let (_dir, store) = store_with_flags(50);
        for status in [None, Some("confirmed")] {
            let p = plan(
                &store,
                &count_flags_sql(false),
                params![false, status, 0, 0, None::<String>, None::<String>],
            );
            assert!(!p.contains("TEMP B-TREE"), "{p}");
            assert!(p.contains("reviews_flag"), "{p}");
            assert!(!p.contains("claims") && !p.contains("articles"), "{p}");
        }
        // The distinct reviewed flags come in index order; each one's flag row by its key.
        let p = plan(&store, COUNT_UNREVIEWED, params![false]);
        assert!(!p.contains("TEMP B-TREE"), "{p}");
        assert!(p.contains("SCAN r USING INDEX reviews_flag"), "{p}");
        let p = plan(&store, ALL_REVIEWS, []);
        assert!(
            p.lines()
                .all(|l| l.contains("reviews") || l.contains("ORDER BY")),
            "{p}"
        );
    }

    /// A text filter is searched in the store: it finds a flag far below any window the
    /// review screen loads, ignoring case in any script, and the listing still walks the score
    /// index without sorting.
    #[test]
    fn a_text_filter_searches_every_flag_in_the_store() {
        let (_dir, store) = store_with_flags(300);
        store
            .conn
            .execute_batch(
                "UPDATE claims SET speaker = 'Élodie Durand' WHERE id = 'ca7';
                 UPDATE flags SET score = 0.0001 WHERE id = 'f0007';",
            )
            .unwrap();
        let q = FlagQuery {
            text: Some("ÉLODIE".into()),
            limit: Some(5),
            ..Default::default()
        };
        let found = store.flags_page(&q).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "f0007");
        assert_eq!(found[0].a.speaker, "Élodie Durand");
        assert_eq!(store.count_flags(&q).unwrap(), 1);
        // Titles and claim texts count too; an article or a label narrows.
        let by = |text: &str, article: Option<&str>, label: Option<Label>| {
            store
                .count_flags(&FlagQuery {
                    text: Some(text.into()),
                    article: article.map(str::to_owned),
                    label,
                    ..Default::default()
                })
                .unwrap()
        };
        assert_eq!(by("another", None, None), 300);
        assert_eq!(by("b", Some("a2"), None), 300);
        assert_eq!(by("b", Some("zz"), None), 0);
        assert_eq!(by("one thing", None, Some(Label::Denial)), 0);
        let unreviewed = FlagQuery {
            status: Some(Status::Unreviewed),
            text: Some("durand".into()),
            ..Default::default()
        };
        assert_eq!(store.count_flags(&unreviewed).unwrap(), 1);
        let p = plan(
            &store,
            &flags_page_sql(),
            params![
                false,
                None::<String>,
                10,
                0,
                None::<String>,
                None::<String>,
                None::<String>,
                "x"
            ],
        );
        assert!(!p.contains("TEMP B-TREE"), "{p}");
        assert!(p.contains("flags_score"), "{p}");
    }

    #[test]
    fn pages_cover_every_flag_once_in_score_order() {
        let (_dir, store) = store_with_flags(120);
        let q = |offset, limit| FlagQuery {
            limit: Some(limit),
            offset,
            ..Default::default()
        };
        let mut ids = Vec::new();
        let mut scores = Vec::new();
        for page in 0..5 {
            for f in store.flags_page(&q(page * 25, 25)).unwrap() {
                ids.push(f.id);
                scores.push(f.score);
            }
        }
        assert_eq!(ids.len(), 120);
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 120);
        assert!(scores.windows(2).all(|w| w[0] >= w[1]));
        assert_eq!(store.count_flags(&FlagQuery::default()).unwrap(), 120);
        // Keyset pages (after the last id of the page before) give the same order.
        let mut keyset = Vec::new();
        let mut after = None;
        loop {
            let page = store
                .flags_page(&FlagQuery {
                    limit: Some(25),
                    after: after.take(),
                    ..Default::default()
                })
                .unwrap();
            after = page.last().map(|f| f.id.clone());
            keyset.extend(page.into_iter().map(|f| f.id));
            if after.is_none() {
                break;
            }
        }
        let mut by_offset = Vec::new();
        for page in 0..5 {
            by_offset.extend(
                store
                    .flags_page(&q(page * 25, 25))
                    .unwrap()
                    .into_iter()
                    .map(|f| f.id),
            );
        }
        assert_eq!(keyset, by_offset);
        let unreviewed = FlagQuery {
            status: Some(Status::Unreviewed),
            ..Default::default()
        };
        store
            .record_review("f0003", Decision::Confirmed, None, "t")
            .unwrap();
        assert_eq!(store.count_flags(&unreviewed).unwrap(), 119);
        // Context is read once per article and given to every side.
        let with = store
            .flags_page(&FlagQuery {
                limit: Some(3),
                context: true,
                ..Default::default()
            })
            .unwrap();
        assert!(with
            .iter()
            .all(|f| &*f.a.article_text == "Alpha said one thing."));
    }
}
