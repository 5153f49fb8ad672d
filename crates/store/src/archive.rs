//! The archive: every pairable claim of earlier runs, indexed by its topic terms, so that a run
//! pairs its new claims with the related earlier ones at a cost that grows with how many are
//! related, not with the size of the store.
//!
//! - `claim_terms (term, claim)`: the postings, one row per term of a claim's text (the pairing
//!   prefilter's `pairs::terms`).
//! - `term_df (term, df)`: in how many indexed claims each term occurs, kept up to date as
//!   claims are added, and `meta.indexed_claims`, how many claims are indexed: the term rarity
//!   the prefilter weighs with is the whole store's.
//!
//! A claim is indexed once, when it is first stored, if it can be paired by default: not the
//! narrator's, and with a known speaker.

use crate::{db_error, Store};
use contra_text::article::{Article, Span};
use contra_text::claims::{Claim, ClaimKind, SpeakerKind};
use contra_text::error::Result;
use contra_text::pairs::{terms, Corpus};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Version 5: speakers' kinds on claims, and the archive index.
pub(crate) const SCHEMA_V5: &str = "
ALTER TABLE claims ADD COLUMN speaker_kind TEXT;
CREATE TABLE IF NOT EXISTS claim_terms (
    term TEXT NOT NULL, claim TEXT NOT NULL, PRIMARY KEY (term, claim)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
";

/// The kind of a stored claim's speaker: as stored, or for rows from before version 5, which
/// have none, what the claim says of it (the narrator's claims; the unknown speaker is named so;
/// anyone else is taken for a person).
pub fn speaker_kind_of(
    stored: Option<SpeakerKind>,
    claim: ClaimKind,
    speaker: &str,
) -> SpeakerKind {
    stored.unwrap_or(match (claim, speaker) {
        (ClaimKind::Narrator, _) => SpeakerKind::Narrator,
        (_, "unknown") => SpeakerKind::Unknown,
        _ => SpeakerKind::Person,
    })
}

/// Whether a claim can be paired by default, and so is indexed.
fn pairable(kind: ClaimKind, speaker: &str, speaker_kind: Option<SpeakerKind>) -> bool {
    kind != ClaimKind::Narrator
        && !matches!(
            speaker_kind_of(speaker_kind, kind, speaker),
            SpeakerKind::Narrator | SpeakerKind::Unknown
        )
}

/// Adds a claim to the index (once: a claim already there is left as it is).
pub(crate) fn index_claim(
    conn: &Connection,
    id: &str,
    text: &str,
    kind: ClaimKind,
    speaker: &str,
    speaker_kind: Option<SpeakerKind>,
    form: Option<&str>,
) -> rusqlite::Result<()> {
    if !pairable(kind, speaker, speaker_kind) || !contra_text::pairs::pairable_form(form) {
        return Ok(());
    }
    let mut added = 0;
    for term in terms(text) {
        let new = conn.execute(
            "INSERT OR IGNORE INTO claim_terms (term, claim) VALUES (?1, ?2)",
            params![term, id],
        )?;
        if new == 1 {
            conn.execute(
                "INSERT INTO term_df (term, df) VALUES (?1, 1)
                 ON CONFLICT(term) DO UPDATE SET df = df + 1",
                [&term],
            )?;
            added += 1;
        }
    }
    if added > 0 {
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('indexed_claims', '1')
             ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            [],
        )?;
    }
    Ok(())
}

/// Indexes the claims a store held before version 5.
pub(crate) fn index_existing(conn: &Connection) -> rusqlite::Result<()> {
    let rows: Vec<(String, String, String, String)> = {
        let mut stmt = conn.prepare("SELECT id, text, kind, speaker FROM claims")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, text, kind, speaker) in rows {
        let kind = ClaimKind::parse(&kind).unwrap_or(ClaimKind::Narrator);
        index_claim(conn, &id, &text, kind, &speaker, None, None)?;
    }
    Ok(())
}

/// Claims of earlier runs related to a run's claims, with the articles they come from.
#[derive(Debug, Default)]
pub struct Archived {
    /// Every article with a related claim.
    pub articles: Vec<Article>,
    /// Every claim of those articles (the narrator's too: the prefilter reads whole articles to
    /// tell whether two tell the same story), with its speaker's kind when the store knows it.
    pub claims: Vec<(Claim, Option<SpeakerKind>)>,
    /// The store's term counts for the terms asked about.
    pub corpus: Corpus,
    /// How many earlier claims share a rare term with the run's claims.
    pub related: usize,
}

impl Store {
    /// The earlier claims that share a rare term with `terms` (the topic terms of a run's
    /// claims, each list one claim's), at most `per_claim` per claim of the run by the weight of
    /// the terms they share, outside the articles in `exclude` (this run's own). A term in more
    /// than 5% of the store's claims (and more than 50) finds none, as in the prefilter.
    pub fn archive(
        &self,
        terms: &[Vec<String>],
        exclude: &HashSet<String>,
        per_claim: usize,
    ) -> Result<Archived> {
        self.archive_rows(terms, exclude, per_claim)
            .map_err(|e| db_error(&self.path, e))
    }

    fn archive_rows(
        &self,
        claim_terms: &[Vec<String>],
        exclude: &HashSet<String>,
        per_claim: usize,
    ) -> rusqlite::Result<Archived> {
        let conn = &self.conn;
        let indexed: u32 = conn
            .query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'indexed_claims'",
                [],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        let mut corpus = Corpus {
            claims: indexed,
            df: HashMap::new(),
        };
        if indexed == 0 {
            return Ok(Archived {
                corpus,
                ..Default::default()
            });
        }
        let max_postings = ((indexed as f32 * 0.05) as u32).max(50);
        let idf = |df: u32| (1.0 + indexed as f32 / df.max(1) as f32).ln();
        let mut df_of = conn.prepare_cached("SELECT df FROM term_df WHERE term = ?1")?;
        let mut postings_of = conn.prepare_cached(
            "SELECT t.claim, c.article FROM claim_terms t JOIN claims c ON c.id = t.claim
             WHERE t.term = ?1",
        )?;
        let mut postings: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for term in claim_terms.iter().flatten() {
            if corpus.df.contains_key(term) || postings.contains_key(term) {
                continue;
            }
            let Some(df) = df_of.query_row([term], |r| r.get::<_, u32>(0)).optional()? else {
                continue;
            };
            corpus.df.insert(term.clone(), df);
            if df <= max_postings {
                let rows = postings_of.query_map([term], |r| Ok((r.get(0)?, r.get(1)?)))?;
                let list: Vec<(String, String)> = rows
                    .collect::<rusqlite::Result<Vec<(String, String)>>>()?
                    .into_iter()
                    .filter(|(_, article)| !exclude.contains(article))
                    .collect();
                postings.insert(term.clone(), list);
            }
        }
        // Each run claim keeps its `per_claim` best earlier claims by shared term weight.
        let mut keep: HashSet<&str> = HashSet::new();
        let mut related: HashSet<&str> = HashSet::new();
        let mut articles: BTreeSet<&str> = BTreeSet::new();
        let mut weight: HashMap<&str, (f32, &str)> = HashMap::new();
        for claim in claim_terms {
            weight.clear();
            for term in claim {
                let (Some(list), Some(&df)) = (postings.get(term), corpus.df.get(term)) else {
                    continue;
                };
                for (id, article) in list {
                    weight.entry(id).or_insert((0.0, article)).0 += idf(df);
                }
            }
            related.extend(weight.keys());
            let mut ranked: Vec<(&str, f32, &str)> =
                weight.iter().map(|(id, (w, a))| (*id, *w, *a)).collect();
            ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(y.0)));
            for (id, _, article) in ranked.into_iter().take(per_claim) {
                if keep.insert(id) {
                    articles.insert(article);
                }
            }
        }
        let mut out = Archived {
            related: related.len(),
            ..Default::default()
        };
        let mut article_row = conn.prepare_cached(
            "SELECT id, path, title, text, source, url, published, body_start FROM articles
             WHERE id = ?1",
        )?;
        let mut claims_of = conn.prepare_cached(
            "SELECT id, speaker, text, kind, start, end, mention, role, org, speaker_kind, form
             FROM claims WHERE article = ?1 ORDER BY rowid",
        )?;
        for id in articles {
            let a = article_row.query_row([id], |r| {
                Ok(Article {
                    id: r.get(0)?,
                    path: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    title: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                    text: r.get(3)?,
                    source: r.get(4)?,
                    url: r.get(5)?,
                    published: r.get(6)?,
                    body_start: r.get::<_, i64>(7)? as usize,
                    byline: None,
                    extracted_text: None,
                })
            })?;
            let rows = claims_of.query_map([id], |r| {
                let kind: String = r.get(3)?;
                let speaker_kind: Option<String> = r.get(9)?;
                let form: Option<String> = r.get(10)?;
                let claim = Claim {
                    id: r.get(0)?,
                    article: id.to_owned(),
                    speaker: r.get(1)?,
                    speaker_id: String::new(),
                    text: r.get(2)?,
                    kind: ClaimKind::parse(&kind).unwrap_or(ClaimKind::Narrator),
                    start: r.get::<_, i64>(4)? as usize,
                    end: r.get::<_, i64>(5)? as usize,
                    mention: r.get(6)?,
                    role: r.get(7)?,
                    org: r.get(8)?,
                    form: form.as_deref().and_then(contra_text::claims::known_form),
                    denies: None,
                    denies_at: None,
                    parts: Vec::new(),
                    span: Span::new(0, 0),
                };
                Ok((claim, speaker_kind.as_deref().and_then(SpeakerKind::parse)))
            })?;
            out.claims
                .extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
            out.articles.push(a);
        }
        out.corpus = corpus;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RunCounts;
    use contra_text::verdict::Thresholds;

    fn claim(article: &str, n: usize, speaker: &str, kind: ClaimKind, text: &str) -> Claim {
        Claim {
            id: format!("{article}-c{n}"),
            article: article.into(),
            speaker: speaker.into(),
            speaker_id: String::new(),
            text: text.into(),
            kind,
            start: 0,
            end: text.len(),
            mention: None,
            role: None,
            org: None,
            form: None,
            denies: None,
            denies_at: None,
            parts: Vec::new(),
            span: Span::new(0, 0),
        }
    }

    /// Stores one article with its claims (speaker kind Person, narrator claims Narrator).
    fn store_article(store: &mut Store, id: &str, claims: &[(&str, ClaimKind, &str)]) {
        let tx = store
            .begin_run("m", &Thresholds::model_default(None), "test")
            .unwrap();
        let text = claims.iter().map(|c| c.2).collect::<Vec<_>>().join(" ");
        tx.put_article(&Article::from_plain(
            &format!("{id}.txt"),
            format!("{id}\n\n{text}"),
        ))
        .unwrap();
        // Article ids are content hashes; the claims point at the id the test chose.
        tx.tx
            .execute_batch(&format!(
                "UPDATE OR IGNORE articles SET id = '{id}' WHERE path = '{id}.txt';
                 DELETE FROM articles WHERE path = '{id}.txt' AND id != '{id}';"
            ))
            .unwrap();
        for (n, (speaker, kind, text)) in claims.iter().enumerate() {
            let sk = if *kind == ClaimKind::Narrator {
                SpeakerKind::Narrator
            } else {
                SpeakerKind::Person
            };
            tx.put_claim(&claim(id, n, speaker, *kind, text), sk)
                .unwrap();
        }
        tx.commit(RunCounts::default()).unwrap();
    }

    fn terms_of(texts: &[&str]) -> Vec<Vec<String>> {
        texts.iter().map(|t| terms(t)).collect()
    }

    #[test]
    fn related_earlier_claims_are_found_by_their_rare_terms() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        store_article(
            &mut store,
            "a1",
            &[
                (
                    "Helen Carver",
                    ClaimKind::Reported,
                    "The budget raises property taxes by three percent.",
                ),
                (
                    "narrator",
                    ClaimKind::Narrator,
                    "The council met on Monday.",
                ),
            ],
        );
        store_article(
            &mut store,
            "a2",
            &[(
                "Frank Delgado",
                ClaimKind::Quote,
                "Sam Okoye will start the final.",
            )],
        );
        // Storing the same claim again indexes nothing twice.
        store_article(
            &mut store,
            "a2",
            &[(
                "Frank Delgado",
                ClaimKind::Quote,
                "Sam Okoye will start the final.",
            )],
        );
        let none = HashSet::new();
        let found = store
            .archive(
                &terms_of(&["Property taxes will not rise next year."]),
                &none,
                20,
            )
            .unwrap();
        assert_eq!(
            found.corpus.claims, 2,
            "the narrator's claim is not indexed"
        );
        assert_eq!(
            found.corpus.df.get("property"),
            Some(&1),
            "{:?}",
            found.corpus.df
        );
        assert_eq!(found.related, 1);
        assert_eq!(found.articles.len(), 1);
        assert_eq!(found.articles[0].id, "a1");
        // The whole article comes back, the narrator's sentence too, with speakers' kinds.
        let kinds: Vec<Option<SpeakerKind>> = found.claims.iter().map(|c| c.1).collect();
        assert_eq!(
            kinds,
            [Some(SpeakerKind::Person), Some(SpeakerKind::Narrator)]
        );
        // A run's own articles are never its archive.
        let own: HashSet<String> = ["a1".to_owned()].into();
        let found = store
            .archive(
                &terms_of(&["Property taxes will not rise next year."]),
                &own,
                20,
            )
            .unwrap();
        assert!(found.claims.is_empty());
    }

    #[test]
    fn an_archived_claim_keeps_its_form_and_a_question_is_not_indexed() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let tx = store
            .begin_run("m", &Thresholds::model_default(None), "test")
            .unwrap();
        let said = "The harbor tolls will rise next spring.";
        let asked = "whether the harbor tolls will rise next spring";
        let article = Article::from_plain("a1.txt", format!("a1\n\n{said} {asked}"));
        tx.put_article(&article).unwrap();
        tx.put_claim(
            &claim(&article.id, 1, "Helen Carver", ClaimKind::Reported, said),
            SpeakerKind::Person,
        )
        .unwrap();
        let mut question = claim(&article.id, 2, "Frank Delgado", ClaimKind::Reported, asked);
        question.form = Some("question");
        tx.put_claim(&question, SpeakerKind::Person).unwrap();
        tx.commit(RunCounts::default()).unwrap();
        let found = store
            .archive(
                &terms_of(&["Harbor tolls will not rise."]),
                &HashSet::new(),
                20,
            )
            .unwrap();
        assert_eq!(found.corpus.claims, 1, "the question is not indexed");
        let forms: Vec<Option<&str>> = found.claims.iter().map(|c| c.0.form).collect();
        assert_eq!(forms, [None, Some("question")]);
    }

    #[test]
    fn a_store_of_version_4_is_indexed_when_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let mut store = Store::open(&path).unwrap();
        store_article(
            &mut store,
            "a1",
            &[(
                "Helen Carver",
                ClaimKind::Reported,
                "The budget raises property taxes by three percent.",
            )],
        );
        store
            .conn
            .execute_batch(
                "DROP TABLE claim_terms; DROP TABLE term_df; DELETE FROM meta WHERE key = 'indexed_claims';
                 ALTER TABLE claims DROP COLUMN speaker_kind; ALTER TABLE claims DROP COLUMN form;
                 PRAGMA user_version = 4;",
            )
            .unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        let found = store
            .archive(
                &terms_of(&["Property taxes will not rise."]),
                &HashSet::new(),
                20,
            )
            .unwrap();
        assert_eq!(found.corpus.claims, 1);
        assert_eq!(found.claims.len(), 1);
        assert_eq!(found.claims[0].1, None, "kinds of old rows are not known");
    }
}
