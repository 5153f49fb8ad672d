//! Disputes: how a fact-checker thinks ("the transit authority and the union disagree about
//! whether a raise was offered"). A dispute is the flags between the same two parties about one
//! topic, strongest first; the flags are its evidence.
//!
//! - A **party** is a canonical speaker, or an organisation together with the people who speak
//!   for it: a spokesperson (`spokespeople.txt`) of the State Department and the State
//!   Department itself are one side, so "Lavrov against Kirby" and "Lavrov against the State
//!   Department" are one dispute.
//! - The **topic** groups a pair of parties' flags: a flag joins a group when the topic terms
//!   of its two claims (the pairing prefilter's terms, idf-weighted over the flags given) reach
//!   [`TOPIC_COSINE`] with those of a flag already in it.
//! - The **id** is a hash of both parties and the group's smallest flag id, so the same flags
//!   give the same dispute in every run and in the store.
//! - The **status** comes from the flags' own: confirmed when a reviewer confirmed any flag,
//!   rejected when every flag was rejected, else unreviewed. Decisions stay per flag, so
//!   calibration keeps learning from them.

use crate::article::short_hash;
use crate::flag::{Flag, Side, Status};
use crate::pairs::terms_with_words;
use crate::verdict::Label;
use crate::words::{word_list, WordList};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Cosine of two flags' idf-weighted topic terms at or above which they are about the same
/// thing. Low on purpose: the two flags already share both parties.
pub const TOPIC_COSINE: f32 = 0.15;

/// How many terms a dispute's topic label shows.
const TOPIC_TERMS: usize = 3;

static SPOKESPEOPLE: WordList = word_list!("spokespeople.txt");

/// One side of a dispute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    /// The speaker, or the organisation a spokesperson speaks for.
    pub name: String,
    /// The people who spoke for `name` in these flags, when it is an organisation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

impl Party {
    /// "State Department (John Kirby)", or the name alone.
    pub fn display(&self) -> String {
        if self.members.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.members.join(", "))
        }
    }
}

/// An article a dispute's evidence comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisputeArticle {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

/// The flags between two parties about one topic.
#[derive(Debug, Clone, Serialize)]
pub struct Dispute {
    pub id: String,
    pub speakers: [Party; 2],
    /// The topic's strongest terms, as the claims word them.
    pub topic: Vec<String>,
    /// Flag ids, highest score first.
    pub flags: Vec<String>,
    /// Every article a flag's claim comes from: by `published` date, undated ones last.
    pub articles: Vec<DisputeArticle>,
    pub max_score: f32,
    pub status: Status,
    /// How many of its flags have a decision.
    pub reviewed: usize,
}

impl Dispute {
    /// Whether `name` (any case) is part of either side's name or members.
    pub fn involves(&self, name: &str) -> bool {
        let needle = name.to_lowercase();
        self.speakers.iter().any(|p| {
            std::iter::once(&p.name)
                .chain(&p.members)
                .any(|n| n.to_lowercase().contains(&needle))
        })
    }

    /// Whether an article of it was published on or after `since`: "2026", "2026-03" or
    /// "2026-03-02" against the same leading part of an ISO date; undated articles never are.
    pub fn published_since(&self, since: &str) -> bool {
        self.articles
            .iter()
            .filter_map(|a| a.published.as_deref())
            .any(|p| p.get(..since.len()).unwrap_or(p) >= since)
    }

    /// The listing filters of `contra disputes` and `GET /v1/disputes`: a side named like
    /// `speaker`, an article published since `since`.
    pub fn matches(&self, speaker: Option<&str>, since: Option<&str>) -> bool {
        speaker.is_none_or(|n| self.involves(n)) && since.is_none_or(|d| self.published_since(d))
    }
}

/// Which party a flag's side belongs to: a lower-case key, the party's name, and the person when
/// the side speaks for an organisation.
fn party_of(side: &Side) -> (String, String, Option<String>) {
    let spokesperson = side
        .role
        .as_deref()
        .and_then(|r| r.rsplit(' ').next())
        .is_some_and(|w| SPOKESPEOPLE.contains(&w.to_lowercase().as_str()));
    match side.org.as_deref().filter(|_| spokesperson) {
        Some(org) => (
            org.to_lowercase(),
            org.to_owned(),
            Some(side.speaker.clone()),
        ),
        None => (side.speaker.to_lowercase(), side.speaker.clone(), None),
    }
}

/// What grouping reads of a flag: a store can give this for a million flags without building
/// every `Flag` (sides are shared by the flags of a claim).
#[derive(Debug, Clone, Copy)]
pub struct Evidence<'a> {
    pub id: &'a str,
    pub score: f32,
    pub label: Label,
    pub status: Status,
    pub a: &'a Side,
    pub b: &'a Side,
}

impl<'a> Evidence<'a> {
    pub fn of(f: &'a Flag) -> Evidence<'a> {
        Evidence {
            id: &f.id,
            score: f.score,
            label: f.label,
            status: f.status,
            a: &f.a,
            b: &f.b,
        }
    }
}

/// Groups flags into disputes, strongest first. Probes are no evidence and are left out.
pub fn disputes(flags: &[Flag]) -> Vec<Dispute> {
    let evidence: Vec<Evidence> = flags
        .iter()
        .filter(|f| !f.probe)
        .map(Evidence::of)
        .collect();
    disputes_of(&evidence)
}

/// Groups flags (probes already left out) into disputes, strongest first.
pub fn disputes_of(evidence: &[Evidence]) -> Vec<Dispute> {
    let flags: Vec<&Evidence> = evidence.iter().collect();
    let weights = TopicWeights::new(&flags);
    // Parties by key, with their names and members, over all flags.
    let mut names: HashMap<String, String> = HashMap::new();
    let mut members: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut by_pair: BTreeMap<(String, String), Vec<&Evidence>> = BTreeMap::new();
    for f in &flags {
        let mut keys = [f.a, f.b].map(|side| {
            let (key, name, member) = party_of(side);
            names.entry(key.clone()).or_insert(name);
            members.entry(key.clone()).or_default().extend(member);
            key
        });
        if keys[0] == keys[1] {
            continue; // one party against itself is no dispute
        }
        keys.sort();
        let [x, y] = keys;
        by_pair.entry((x, y)).or_default().push(f);
    }
    let party = |key: &str| Party {
        name: names[key].clone(),
        members: members[key]
            .iter()
            .filter(|m| **m != names[key])
            .cloned()
            .collect(),
    };
    let mut out = Vec::new();
    for ((x, y), mut group) in by_pair {
        group.sort_by(|p, q| q.score.total_cmp(&p.score).then_with(|| p.id.cmp(q.id)));
        for topic in weights.topics(&group) {
            out.push(dispute([party(&x), party(&y)], &x, &y, &topic, &weights));
        }
    }
    out.sort_by(|p, q| {
        q.max_score
            .total_cmp(&p.max_score)
            .then_with(|| p.id.cmp(&q.id))
    });
    out
}

fn dispute(
    speakers: [Party; 2],
    x: &str,
    y: &str,
    flags: &[&Evidence],
    weights: &TopicWeights,
) -> Dispute {
    let first = flags.iter().map(|f| f.id).min().unwrap_or_default();
    let mut articles: Vec<DisputeArticle> = Vec::new();
    for side in flags.iter().flat_map(|f| [f.a, f.b]) {
        if !articles.iter().any(|a| a.id == side.article) {
            articles.push(DisputeArticle {
                id: side.article.clone(),
                title: side.title.clone(),
                published: side.published.clone(),
            });
        }
    }
    // Oldest first where dated; the same order whichever side of a flag came first.
    articles.sort_by(|x, y| {
        (x.published.is_none(), &x.published, &x.id).cmp(&(
            y.published.is_none(),
            &y.published,
            &y.id,
        ))
    });
    let status = if flags.iter().any(|f| f.status == Status::Confirmed) {
        Status::Confirmed
    } else if flags.iter().all(|f| f.status == Status::Rejected) {
        Status::Rejected
    } else {
        Status::Unreviewed
    };
    Dispute {
        id: format!("d{}", short_hash(format!("{x}|{y}|{first}").as_bytes())),
        speakers,
        topic: weights.label(flags),
        flags: flags.iter().map(|f| f.id.to_owned()).collect(),
        articles,
        max_score: flags.iter().map(|f| f.score).fold(f32::MIN, f32::max),
        status,
        reviewed: flags
            .iter()
            .filter(|f| f.status != Status::Unreviewed)
            .count(),
    }
}

/// Topic terms weighted by how rare they are among the claims of the flags at hand.
struct TopicWeights {
    idf: HashMap<String, f32>,
    /// A readable word for each term: its shortest form seen ("plan" for "plans"), the first in
    /// alphabetical order among equals, so that the label does not depend on reading order.
    word: HashMap<String, String>,
    /// Each claim's distinct terms, read once: a claim is in many flags.
    terms: HashMap<String, Vec<String>>,
}

/// Each group of a pair's flags is compared with at most this many of its flags: single-link
/// over a pair with thousands of flags would be quadratic.
const TOPIC_PROBES: usize = 64;

impl TopicWeights {
    fn new(flags: &[&Evidence]) -> TopicWeights {
        let mut claims: HashMap<&str, &str> = HashMap::new();
        for f in flags {
            claims.insert(&f.a.claim, &f.a.text);
            claims.insert(&f.b.claim, &f.b.text);
        }
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut word = HashMap::new();
        let mut terms = HashMap::with_capacity(claims.len());
        for (id, text) in &claims {
            let mut seen = BTreeSet::new();
            for (term, w) in terms_with_words(text) {
                let best = word.entry(term.clone()).or_insert_with(|| w.clone());
                if (w.len(), &w) < (best.len(), &*best) {
                    *best = w;
                }
                seen.insert(term);
            }
            for t in &seen {
                *df.entry(t.clone()).or_default() += 1;
            }
            terms.insert((*id).to_owned(), seen.into_iter().collect());
        }
        let n = claims.len() as f32;
        let idf = df
            .into_iter()
            .map(|(t, d)| (t, (1.0 + n / d as f32).ln()))
            .collect();
        TopicWeights { idf, word, terms }
    }

    fn claim_terms(&self, side: &Side) -> &[String] {
        self.terms.get(&side.claim).map_or(&[], Vec::as_slice)
    }

    /// A flag's unit-length vector of both claims' terms.
    fn vector(&self, f: &Evidence) -> HashMap<&str, f32> {
        let mut v: HashMap<&str, f32> = HashMap::new();
        for side in [f.a, f.b] {
            for term in self.claim_terms(side) {
                if let Some((t, w)) = self.idf.get_key_value(term) {
                    *v.entry(t.as_str()).or_default() += w;
                }
            }
        }
        let norm = v.values().map(|w| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.values_mut().for_each(|w| *w /= norm);
        }
        v
    }

    /// Splits one pair of parties' flags (strongest first) into topics: a flag joins the first
    /// topic holding a flag it reaches [`TOPIC_COSINE`] with.
    fn topics<'f, 'a>(&self, flags: &[&'f Evidence<'a>]) -> Vec<Vec<&'f Evidence<'a>>> {
        let vectors: Vec<HashMap<&str, f32>> = flags.iter().map(|f| self.vector(f)).collect();
        let cosine = |i: usize, j: usize| -> f32 {
            vectors[i]
                .iter()
                .filter_map(|(t, w)| vectors[j].get(t).map(|u| w * u))
                .sum()
        };
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..flags.len() {
            match groups.iter_mut().find(|g| {
                g.iter()
                    .take(TOPIC_PROBES)
                    .any(|&j| cosine(i, j) >= TOPIC_COSINE)
            }) {
                Some(g) => g.push(i),
                None => groups.push(vec![i]),
            }
        }
        groups
            .into_iter()
            .map(|g| g.into_iter().map(|i| flags[i]).collect())
            .collect()
    }

    /// The topic's label: its heaviest terms, those both sides of a flag use counting double.
    fn label(&self, flags: &[&Evidence]) -> Vec<String> {
        let mut weight: HashMap<&str, f32> = HashMap::new();
        for f in flags {
            let (a, b) = (self.claim_terms(f.a), self.claim_terms(f.b));
            for t in a.iter().chain(b.iter().filter(|t| !a.contains(t))) {
                let shared = if a.contains(t) && b.contains(t) {
                    2.0
                } else {
                    1.0
                };
                *weight.entry(t.as_str()).or_default() += shared * self.idf.get(t).unwrap_or(&0.0);
            }
        }
        let mut ranked: Vec<(&str, f32)> = weight.into_iter().collect();
        ranked.sort_by(|p, q| q.1.total_cmp(&p.1).then_with(|| p.0.cmp(q.0)));
        ranked
            .into_iter()
            .take(TOPIC_TERMS)
            .map(|(t, _)| self.word.get(t).cloned().unwrap_or_else(|| t.to_owned()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimKind;
    use crate::verdict::Label;

    fn side(claim: &str, speaker: &str, text: &str, article: &str) -> Side {
        Side {
            claim: claim.into(),
            speaker: speaker.into(),
            role: None,
            org: None,
            text: text.into(),
            kind: ClaimKind::Reported,
            article: article.into(),
            title: format!("title of {article}"),
            path: String::new(),
            published: None,
            start: 0,
            end: text.len(),
            article_text: "".into(),
        }
    }

    fn flag(id: &str, score: f32, a: Side, b: Side) -> Flag {
        Flag {
            id: id.into(),
            label: Label::Contradiction,
            score,
            p_ab: score,
            p_ba: score,
            similarity: 0.5,
            threshold: None,
            thresholds_version: 0,
            model: "test".into(),
            probe: false,
            a,
            b,
            status: Status::Unreviewed,
            note: None,
            reviewer: None,
        }
    }

    fn transit() -> Vec<Flag> {
        let blake = |c: &str, t: &str| side(c, "Dana Blake", t, "a1");
        let alvarez = |c: &str, t: &str| side(c, "Luis Alvarez", t, "a2");
        vec![
            flag(
                "f1",
                0.91,
                blake(
                    "c1",
                    "The authority offered the drivers a raise of six percent.",
                ),
                alvarez("c2", "Nobody offered the drivers any raise at all."),
            ),
            flag(
                "f2",
                0.97,
                alvarez("c2", "Nobody offered the drivers any raise at all."),
                blake("c3", "We made a fair offer of a raise in March."),
            ),
            flag(
                "f3",
                0.85,
                blake("c4", "The new bus depot will open next spring."),
                alvarez(
                    "c5",
                    "The depot construction has been cancelled by the city.",
                ),
            ),
        ]
    }

    #[test]
    fn flags_between_two_speakers_about_one_topic_are_one_dispute() {
        let d = disputes(&transit());
        assert_eq!(d.len(), 2, "{d:#?}");
        // Strongest first, its flags strongest first, whichever order the sides came in.
        assert_eq!(d[0].flags, ["f2", "f1"]);
        assert_eq!(d[0].max_score, 0.97);
        assert_eq!(d[0].speakers[0].name, "Dana Blake");
        assert_eq!(d[0].speakers[1].name, "Luis Alvarez");
        assert!(d[0].topic.contains(&"raise".to_owned()), "{:?}", d[0].topic);
        assert_eq!(d[0].articles.len(), 2);
        assert_eq!(d[1].flags, ["f3"]);
        assert!(d[1].topic.contains(&"depot".to_owned()), "{:?}", d[1].topic);
    }

    #[test]
    fn ids_depend_on_the_flags_not_on_their_order() {
        let mut flags = transit();
        let ids: Vec<String> = disputes(&flags).into_iter().map(|d| d.id).collect();
        flags.reverse();
        let again: Vec<String> = disputes(&flags).into_iter().map(|d| d.id).collect();
        assert_eq!(ids, again);
        assert_ne!(ids[0], ids[1]);
    }

    #[test]
    fn a_spokesperson_and_the_organisation_are_one_side() {
        let kirby = Side {
            role: Some("spokesman".into()),
            org: Some("State Department".into()),
            ..side(
                "c1",
                "John Kirby",
                "There are no plans to divide the labor.",
                "a1",
            )
        };
        let department = side(
            "c2",
            "State Department",
            "There are no plans to divide the labor in Raqqa.",
            "a1",
        );
        let lavrov = |c: &str| {
            side(
                c,
                "Sergei Lavrov",
                "The Americans proposed a division of labor.",
                c,
            )
        };
        let flags = vec![
            flag("f1", 0.99, kirby, lavrov("c3")),
            flag("f2", 0.95, department, lavrov("c4")),
        ];
        let d = disputes(&flags);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].flags, ["f1", "f2"]);
        let state = &d[0].speakers[1];
        assert_eq!(state.name, "State Department");
        assert_eq!(state.members, ["John Kirby"]);
        assert_eq!(state.display(), "State Department (John Kirby)");
        assert!(d[0].involves("kirby") && d[0].involves("LAVROV") && !d[0].involves("Putin"));
    }

    #[test]
    fn since_compares_the_leading_part_of_a_date_and_never_panics() {
        let mut d = disputes(&transit()).remove(0);
        assert!(
            !d.published_since("2026"),
            "undated articles are never since"
        );
        d.articles[0].published = Some("2026-03-02T09:15:00Z".into());
        assert!(d.published_since("2026-03") && d.published_since("2026"));
        assert!(!d.published_since("2026-04"));
        assert!(d.matches(Some("blake"), Some("2026-03-01")));
        assert!(!d.matches(Some("putin"), None));
        // A date that is not ISO: two bytes cut inside "ä"; the whole date is compared instead.
        d.articles[0].published = Some("März 2026".into());
        assert!(d.published_since("20") && !d.published_since("Na"));
    }

    #[test]
    fn status_comes_from_the_flags_and_probes_are_no_evidence() {
        let mut flags = transit();
        flags[1].status = Status::Rejected;
        let d = disputes(&flags);
        assert_eq!((d[0].status, d[0].reviewed), (Status::Unreviewed, 1));
        flags[0].status = Status::Rejected;
        assert_eq!(disputes(&flags)[0].status, Status::Rejected);
        flags[0].status = Status::Confirmed;
        assert_eq!(disputes(&flags)[0].status, Status::Confirmed);
        flags[2].probe = true;
        assert_eq!(disputes(&flags).len(), 1);
    }
}
