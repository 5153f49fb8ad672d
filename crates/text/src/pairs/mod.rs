//! Candidate pairs: claims by *different* speakers that are about the same thing.
//!
//! The topical prefilter compares content words, names and numbers, weighted by how rare they
//! are in the run (idf), through an inverted index: a claim is only compared with claims that
//! share a term, and very common terms are not used to find candidates, so the number of NLI
//! calls grows with the number of related claims, not with the square of the corpus.
//!
//! Claims from two different articles are paired only when the articles tell the same story
//! ([`Stories`]): in a corpus of many stories, claims that share a few words across stories
//! ("We had no intentions" / "I get the intentions behind it") are what the model most often
//! misreads as a contradiction.

pub mod semantic;

use crate::claims::lexicon::{STOPWORDS, WEEKDAYS};
use crate::claims::mentions::SPOKESPEOPLE;
use crate::claims::{Claim, ClaimKind, Speaker, SpeakerKind};
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct PairOptions {
    /// Only pairs whose claims come from different articles.
    pub across_only: bool,
    /// Also pair the narrator's own claims.
    pub include_narrator: bool,
    /// Minimum topical similarity in [0, 1] for a pair to be scored.
    pub min_similarity: f32,
    /// Minimum number of shared terms.
    pub min_shared: usize,
    /// Each claim is paired with at most this many of its most similar claims.
    pub max_per_claim: usize,
    /// With a sentence encoder: the least cosine of the two claims' embeddings for a pair to
    /// be scored ([`semantic::on_topic`]).
    pub min_semantic: f32,
}

impl Default for PairOptions {
    fn default() -> Self {
        PairOptions {
            across_only: false,
            include_narrator: false,
            min_similarity: 0.15,
            min_shared: 2,
            max_per_claim: 5,
            min_semantic: semantic::DEFAULT_MIN_SEMANTIC,
        }
    }
}

/// A pair of claim indices (into the claim slice), `a < b`, with its similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub a: usize,
    pub b: usize,
    pub similarity: f32,
}

#[derive(Debug, Default)]
pub struct Pairing {
    pub candidates: Vec<Candidate>,
    /// Eligible pairs (different speakers, kinds allowed) before the prefilter.
    pub considered: u64,
}

/// Topic terms of a claim: content words, lightly stemmed so that "plans"/"plan" and
/// "liberate"/"liberation" meet; names and numbers count as they are.
pub fn terms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = terms_with_words(text).map(|(term, _)| term).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Each topic term of `text` in order, with the lower-case word it came from ("plan", "plans"):
/// a label for people shows the word, not the stem.
pub fn terms_with_words(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c: char| c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            let lower = w.to_lowercase().replace('’', "'");
            let lower = lower.trim_end_matches("'s").to_owned();
            if lower.contains('\'') {
                return None; // contractions: "I've", "don't"
            }
            if lower.len() < 3 && !lower.chars().any(|c| c.is_ascii_digit()) {
                return None;
            }
            if STOPWORDS.contains(&lower.as_str()) || WEEKDAYS.contains(&lower.as_str()) {
                return None;
            }
            Some((stem(&lower), lower))
        })
}

fn stem(w: &str) -> String {
    if w.chars().any(|c| c.is_ascii_digit()) {
        return w.to_owned();
    }
    for suffix in [
        "ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "e",
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.chars().count() >= 4 {
                return base.to_owned();
            }
        }
    }
    w.to_owned()
}

/// Whether a claim of this form can be paired: a question or a request asserts nothing another
/// claim could contradict, praise or blame (a stance) is an opinion, not a claim of fact, and a
/// fragment ("a “major breach of trust”") is a few words, not a proposition.
pub fn pairable_form(form: Option<&str>) -> bool {
    !matches!(form, Some("question" | "request" | "stance" | "fragment"))
}

fn eligible(c: &Claim, speakers: &HashMap<&str, &Speaker>, opts: &PairOptions) -> bool {
    if !pairable_form(c.form) {
        return false;
    }
    let kind = speakers.get(c.speaker_id.as_str()).map(|s| s.kind);
    match kind {
        Some(SpeakerKind::Unknown) | None => false,
        Some(SpeakerKind::Narrator) => opts.include_narrator,
        _ => opts.include_narrator || c.kind != ClaimKind::Narrator,
    }
}

/// Finds candidate pairs among `claims`.
pub fn candidates(claims: &[Claim], speakers: &[Speaker], opts: &PairOptions) -> Pairing {
    candidates_with_archive(claims, claims.len(), speakers, opts, &Corpus::default())
}

/// What the store knows of earlier runs: how many pairable claims it holds, and in how many of
/// them each term occurs (for the terms at hand).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub claims: u32,
    pub df: HashMap<String, u32>,
}

/// Candidate pairs of this run's claims (`claims[..new]`) with each other and with claims of
/// earlier runs (`claims[new..]`, already counted in `corpus`). Only this run's claims choose
/// their `max_per_claim` partners, so the work per new claim is bounded as in a run alone, and
/// two earlier claims (scored by their own run) are never paired again. Term rarity counts the
/// whole store.
pub fn candidates_with_archive(
    claims: &[Claim],
    new: usize,
    speakers: &[Speaker],
    opts: &PairOptions,
    corpus: &Corpus,
) -> Pairing {
    let by_id: HashMap<&str, &Speaker> = speakers.iter().map(|s| (s.id.as_str(), s)).collect();
    let sides: HashMap<&str, Side> = by_id.iter().map(|(&id, &s)| (id, Side::new(s))).collect();
    let ok: Vec<bool> = claims.iter().map(|c| eligible(c, &by_id, opts)).collect();
    let new = new.min(claims.len());
    let considered = count_considered(claims, &ok, opts.across_only)
        - count_considered(&claims[new..], &ok[new..], opts.across_only);

    let claim_terms = topic_terms(claims);
    let mut df: HashMap<&str, u32> = HashMap::new();
    for (t, &k) in claim_terms.iter().zip(&ok).take(new) {
        if k {
            for term in t {
                *df.entry(term.as_str()).or_default() += 1;
            }
        }
    }
    for (t, &d) in &corpus.df {
        *df.entry(t.as_str()).or_default() += d;
    }
    // Terms of earlier claims the store does not count (it indexes claim texts only).
    for (t, &k) in claim_terms.iter().zip(&ok).skip(new) {
        if k {
            for term in t {
                df.entry(term.as_str()).or_insert(1);
            }
        }
    }
    let n = (ok[..new].iter().filter(|&&k| k).count() + corpus.claims as usize).max(1) as f32;
    let idf = |t: &str| (1.0 + n / df.get(t).copied().unwrap_or(1) as f32).ln();
    // Terms in more than 5% of claims (and more than 50) don't find candidates; they still count
    // in the similarity of pairs found through rarer terms.
    let max_postings = ((n * 0.05) as u32).max(50);

    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in claim_terms.iter().enumerate() {
        if ok[i] {
            for term in t {
                if df[term.as_str()] <= max_postings {
                    postings.entry(term.as_str()).or_default().push(i);
                }
            }
        }
    }
    let weight: Vec<f32> = claim_terms
        .iter()
        .map(|t| t.iter().map(|x| idf(x)).sum())
        .collect();

    let surname: Vec<Option<String>> = claims
        .iter()
        .map(|c| {
            let s = by_id.get(c.speaker_id.as_str())?;
            if !matches!(s.kind, SpeakerKind::Person | SpeakerKind::Org) {
                return None;
            }
            let last = s.name.split_whitespace().last()?;
            (last.chars().count() >= 4).then(|| last.to_lowercase())
        })
        .collect();
    // The topical prefilter off (0) scores every pair, whatever the story.
    let stories = (opts.min_similarity > 0.0).then(|| Stories::new(claims));
    let mut same_story: HashMap<(&str, &str), bool> = HashMap::new();
    let mut shared: HashMap<usize, (f32, usize)> = HashMap::new();
    // Each claim keeps its `max_per_claim` most similar partners; a pair is scored when either
    // side keeps it. This bounds NLI work by a constant per claim however large the corpus.
    let mut keep: HashMap<(usize, usize), f32> = HashMap::new();
    let mut mine: Vec<(usize, f32)> = Vec::new();
    // Only this run's claims choose partners: an earlier claim choosing among the new ones
    // would add up to `max_per_claim` pairs for each related earlier claim.
    for i in 0..new {
        if !ok[i] {
            continue;
        }
        shared.clear();
        for term in &claim_terms[i] {
            if let Some(list) = postings.get(term.as_str()) {
                let w = idf(term);
                for &j in list {
                    if j != i {
                        let e = shared.entry(j).or_default();
                        e.0 += w;
                        e.1 += 1;
                    }
                }
            }
        }
        mine.clear();
        for (&j, &(w, count)) in &shared {
            let (a, b) = (&claims[i], &claims[j]);
            if a.speaker_id == b.speaker_id
                || (opts.across_only && a.article == b.article)
                || one_among_the_other(&by_id, &a.speaker_id, &b.speaker_id)
                || match (
                    sides.get(a.speaker_id.as_str()),
                    sides.get(b.speaker_id.as_str()),
                ) {
                    (Some(x), Some(y)) => x.same_as(y),
                    _ => false,
                }
            {
                continue;
            }
            if let Some(st) = &stories {
                let key = if a.article < b.article {
                    (a.article.as_str(), b.article.as_str())
                } else {
                    (b.article.as_str(), a.article.as_str())
                };
                if key.0 != key.1
                    && !*same_story
                        .entry(key)
                        .or_insert_with(|| st.same(key.0, key.1))
                {
                    continue;
                }
            }
            // Cosine of idf-weighted term sets, plus a bonus when one claim names the other's
            // speaker: people who answer each other ("as suggested by ... Lavrov") are on topic.
            let mut similarity = w / (weight[i] * weight[j]).sqrt().max(1e-6);
            if names(a, &surname[j]) || names(b, &surname[i]) {
                similarity += MENTION_BONUS;
            }
            // One shared term is enough only for a strong match.
            let enough =
                count >= opts.min_shared || (count >= 1 && similarity >= opts.min_similarity * 2.0);
            if enough && similarity >= opts.min_similarity {
                mine.push((j, similarity.min(1.0)));
            }
        }
        mine.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for &(j, sim) in mine.iter().take(opts.max_per_claim) {
            keep.insert((i.min(j), i.max(j)), sim);
        }
    }
    let mut out: Vec<Candidate> = keep
        .into_iter()
        .map(|((a, b), similarity)| Candidate { a, b, similarity })
        .collect();
    out.sort_by_key(|c| (c.a, c.b));
    Pairing {
        candidates: out,
        considered,
    }
}

/// "Jeb Bush and Chris Christie" and "Chris Christie": one side speaks among the other, so
/// their claims are no dispute between two sides.
fn one_among_the_other(by_id: &HashMap<&str, &Speaker>, a: &str, b: &str) -> bool {
    let (Some(a), Some(b)) = (by_id.get(a), by_id.get(b)) else {
        return false;
    };
    let among = |group: &str, one: &str| {
        group.contains(" and ")
            && group
                .split(" and ")
                .map(str::trim)
                .any(|part| part == one || part.strip_suffix(one).is_some_and(|r| r.ends_with(' ')))
    };
    among(&a.name, &b.name) || among(&b.name, &a.name)
}

/// Words that join an organisation's name and leave no letter in its acronym, and articles.
const NAME_JOINERS: [&str; 7] = ["of", "the", "for", "and", "on", "a", "an"];

/// "Department of Homeland Security" -> "dhs": the initials of a name of two or more words.
fn acronym(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !NAME_JOINERS.contains(&w.to_lowercase().as_str()))
        .collect();
    (words.len() >= 2 && words.iter().all(|w| w.starts_with(char::is_uppercase))).then(|| {
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect()
    })
}

/// What [`Side::same_as`] compares of a speaker, read once per speaker (the pairing loop asks
/// it of every pair of claims that share a term).
struct Side<'s> {
    speaker: &'s Speaker,
    /// A named person or organisation: two articles' narrators, unknown or unnamed sources
    /// share a name without being one.
    named: bool,
    /// The lower-case words of the organisation the speaker is or speaks for: an
    /// organisation's name, a spokesperson's organisation ("a DHS spokesperson", "a
    /// spokesperson for the Iraqi health ministry"). None for anyone else.
    words: Option<Vec<String>>,
    /// An organisation's acronym ("dhs").
    acronym: Option<String>,
    /// The lower-case words of a person's organisation when no role is known ("ESPN's John
    /// Wildhack"): one side with that organisation, though not with its other members, who
    /// may be rivals ("Australia's Tony Abbott" and "Australia's Bill Shorten").
    member_of: Option<Vec<String>>,
}

/// The lower-case words of an organisation's name, without joiners and spokespeople's titles.
fn name_words(name: &str) -> Vec<String> {
    crate::words::lower_words(name)
        // "Pentagon's": the possessive's "s" is no word of the name.
        .filter(|w| {
            w != "s" && !NAME_JOINERS.contains(&w.as_str()) && !SPOKESPEOPLE.contains(&w.as_str())
        })
        .collect()
}

impl<'s> Side<'s> {
    fn new(speaker: &'s Speaker) -> Side<'s> {
        let org = speaker.kind == SpeakerKind::Org;
        let is_spokesperson =
            |t: &str| crate::words::lower_words(t).any(|w| SPOKESPEOPLE.contains(&w.as_str()));
        // "DHS spokeswoman Marsha Catron", "the Pentagon's press secretary", "vice president of
        // university communications at Elon": whoever speaks for an organisation by role
        // speaks for it as much as "a DHS spokesperson" does. With no
        // organisation of their own, the role's other words say whom: "ministry spokesman
        // Ahmed Rudaini" and "a spokesman for the Iraqi health ministry" are one side.
        let spokesperson_of = speaker
            .role
            .as_deref()
            .filter(|r| {
                speaker.kind == SpeakerKind::Person
                    && (is_spokesperson(r)
                        || r.ends_with("press secretary")
                        || r.contains("communications"))
            })
            .map(|r| speaker.org.as_deref().unwrap_or(r));
        let named_words = |t: &str| Some(name_words(t)).filter(|w| !w.is_empty());
        // Otherwise whom the name says they speak for: "a DHS spokesman".
        let spoken_for = spokesperson_of.and_then(named_words).or_else(|| {
            is_spokesperson(&speaker.name)
                .then(|| named_words(&speaker.name))
                .flatten()
        });
        Side {
            speaker,
            named: matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Org),
            words: if org {
                Some(name_words(&speaker.name))
            } else {
                spoken_for
            },
            acronym: if org { acronym(&speaker.name) } else { None },
            member_of: speaker
                .org
                .as_deref()
                .filter(|_| speaker.kind == SpeakerKind::Person && speaker.role.is_none())
                .and_then(named_words),
        }
    }

    /// "DHS" and "the Department of Homeland Security", "a DHS spokesperson" and the
    /// department, "a ministry spokesman" and "a spokesperson for the Iraqi health ministry",
    /// two speakers both called "McDonald": one side, whose claims are no dispute between two.
    /// Two organisations are one only by an acronym; a spokesperson is one with an organisation
    /// whose words hold theirs.
    fn same_as(&self, other: &Side) -> bool {
        let (a, b) = (self.speaker, other.speaker);
        if self.named && other.named && a.name.eq_ignore_ascii_case(&b.name) {
            return true;
        }
        // "Bernie Sanders" and the "Bernie Sanders campaign": a person and what they own.
        let owns = |p: &Speaker, o: &Speaker| {
            p.kind == SpeakerKind::Person
                && o.kind == SpeakerKind::Org
                && p.name.contains(' ')
                && o.name.get(..p.name.len()).is_some_and(|head| {
                    head.eq_ignore_ascii_case(&p.name) && o.name[p.name.len()..].starts_with(' ')
                })
        };
        if owns(a, b) || owns(b, a) {
            return true;
        }
        // The organisation's own man and the organisation, or whoever speaks for it ("Comcast's
        // Jason Livingood" and "Comcast spokesperson Charlie Douglas"); `words` is only an
        // organisation's or a spokesperson's.
        let member =
            |p: &Side, o: &Side| p.member_of.as_ref() == o.words.as_ref() && p.member_of.is_some();
        if member(self, other) || member(other, self) {
            return true;
        }
        // "Durex squashed the rumors" (one word, read as a person's name) and "a Durex
        // spokesperson": the name is the organisation the spokesperson speaks for.
        let speaks_for_name = |s: &Side, o: &Side| {
            o.named
                && o.speaker.kind != SpeakerKind::Org
                && s.words
                    .as_ref()
                    .is_some_and(|w| *w == name_words(&o.speaker.name))
        };
        if speaks_for_name(self, other) || speaks_for_name(other, self) {
            return true;
        }
        let (Some(wa), Some(wb)) = (&self.words, &other.words) else {
            return false;
        };
        let acronym_in = |side: &Side, words: &[String]| {
            side.acronym.as_ref().is_some_and(|acr| words.contains(acr))
        };
        let within = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
        let both_orgs = a.kind == SpeakerKind::Org && b.kind == SpeakerKind::Org;
        acronym_in(self, wb)
            || acronym_in(other, wa)
            || (!both_orgs && (within(wa, wb) || within(wb, wa)))
    }
}

/// Topic terms per claim. A quote also takes the terms of the same speaker's claim right
/// before it in the article: a quote usually elaborates the reported sentence it follows
/// ("Blake said the authority had offered a raise. “We made a fair offer,” she said.").
fn topic_terms(claims: &[Claim]) -> Vec<Vec<String>> {
    let own: Vec<Vec<String>> = claims
        .iter()
        .map(|c| terms(c.proposition(claims)))
        .collect();
    let mut out = own.clone();
    for i in 1..claims.len() {
        let (prev, c) = (&claims[i - 1], &claims[i]);
        if c.kind == ClaimKind::Quote
            && prev.article == c.article
            && prev.speaker_id == c.speaker_id
            && prev.kind != ClaimKind::Quote
        {
            out[i].extend(own[i - 1].iter().cloned());
            out[i].sort_unstable();
            out[i].dedup();
        }
    }
    out
}

/// Whether two articles tell the same story, from the topic terms of all their claims
/// (narrator sentences included), weighted by how rare each term is among the run's articles.
/// They do when either
/// - the cosine of their idf²-weighted term sets reaches [`STORY_COSINE`], or
/// - the shared terms carry [`STORY_CONTAINMENT`] of the smaller article's weight: a headline or
///   a short item about a long report.
///
/// Both values were chosen on the FNC-1 training bodies outside contra's held-out stories
/// (scripts/fnc_split.py), where a story is what FNC-1 groups its bodies by: the gate keeps 93%
/// of same-story body pairs and 89% of headline/body pairs labelled "disagree", and drops 99.7%
/// of body pairs from different stories. In a 1,683-body corpus run it removed 93% of the flags
/// between different stories and 3% of those within one.
///
/// A run of fewer than [`STORY_MIN_ARTICLES`] articles (a headline scored against one body, a
/// reporter's two articles) has no rarity to measure: every term weighs alike there, and the
/// articles must share two terms at least.
pub struct Stories {
    terms: HashMap<String, Vec<String>>,
    idf2: HashMap<String, f32>,
    weight: HashMap<String, f32>,
    /// Fewer articles than [`STORY_MIN_ARTICLES`]: every term weighs alike.
    few: bool,
}

/// See [`Stories`].
pub const STORY_COSINE: f32 = 0.10;
/// See [`Stories`].
pub const STORY_CONTAINMENT: f32 = 0.3;
/// Below this many articles in a run, [`Stories`] weighs every term alike (see `Stories::new`).
pub const STORY_MIN_ARTICLES: usize = 10;

impl Stories {
    pub fn new(claims: &[Claim]) -> Stories {
        let mut terms: HashMap<String, Vec<String>> = HashMap::new();
        for c in claims {
            terms
                .entry(c.article.clone())
                .or_default()
                .extend(self::terms(&c.text));
        }
        let mut df: HashMap<String, u32> = HashMap::new();
        for t in terms.values_mut() {
            t.sort_unstable();
            t.dedup();
            for x in t.iter() {
                *df.entry(x.clone()).or_default() += 1;
            }
        }
        let n = terms.len().max(1) as f32;
        // With few articles, how many hold a term says nothing of how rare it is, and it
        // weighs every shared term down: with two, a term both share counts under half of one
        // only the headline has, and "Female teacher facing sack after making SEX TAPE" was
        // held to be another story than the body that debunks it. Then every term counts
        // alike, and one shared word is not enough ("no intentions of harming the protesters"
        // and "the intentions of the new tax").
        let few = terms.len() < STORY_MIN_ARTICLES;
        let idf2: HashMap<String, f32> = df
            .into_iter()
            .map(|(t, d)| {
                let idf = if few { 1.0 } else { (1.0 + n / d as f32).ln() };
                (t, idf * idf)
            })
            .collect();
        let weight = terms
            .iter()
            .map(|(a, t)| (a.clone(), t.iter().map(|x| idf2[x]).sum()))
            .collect();
        Stories {
            terms,
            idf2,
            weight,
            few,
        }
    }

    /// Whether articles `a` and `b` (ids) tell the same story; an article with no terms tells
    /// none.
    pub fn same(&self, a: &str, b: &str) -> bool {
        let (Some(ta), Some(tb)) = (self.terms.get(a), self.terms.get(b)) else {
            return false;
        };
        let (wa, wb) = (self.weight[a], self.weight[b]);
        if wa <= 0.0 || wb <= 0.0 {
            return false;
        }
        // Both lists are sorted: walk them together.
        let (mut i, mut j, mut shared, mut count) = (0, 0, 0.0f32, 0);
        while i < ta.len() && j < tb.len() {
            match ta[i].cmp(&tb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += self.idf2[&ta[i]];
                    count += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        (!self.few || count >= 2)
            && (shared / (wa * wb).sqrt() >= STORY_COSINE
                || shared / wa.min(wb) >= STORY_CONTAINMENT)
    }
}

/// Similarity added when a claim names the other claim's speaker.
const MENTION_BONUS: f32 = 0.2;

fn names(c: &Claim, surname: &Option<String>) -> bool {
    surname.as_deref().is_some_and(|s| {
        c.text
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(s))
    })
}

/// Number of eligible pairs: all pairs of eligible claims minus same-speaker pairs (and, for
/// `across_only`, same-article pairs), counted without enumerating them.
fn count_considered(claims: &[Claim], ok: &[bool], across_only: bool) -> u64 {
    let pairs = |n: u64| n * n.saturating_sub(1) / 2;
    let mut total = 0u64;
    let mut by_speaker: HashMap<&str, u64> = HashMap::new();
    let mut by_article: HashMap<&str, u64> = HashMap::new();
    let mut by_both: HashMap<(&str, &str), u64> = HashMap::new();
    for (c, &k) in claims.iter().zip(ok) {
        if k {
            total += 1;
            *by_speaker.entry(&c.speaker_id).or_default() += 1;
            *by_article.entry(&c.article).or_default() += 1;
            *by_both.entry((&c.speaker_id, &c.article)).or_default() += 1;
        }
    }
    let same_speaker: u64 = by_speaker.values().map(|&n| pairs(n)).sum();
    let mut count = pairs(total) - same_speaker;
    if across_only {
        let same_article: u64 = by_article.values().map(|&n| pairs(n)).sum();
        let same_both: u64 = by_both.values().map(|&n| pairs(n)).sum();
        count -= same_article - same_both;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(article: &str, text: &str) -> Claim {
        Claim::test(article, &format!("{article}-s"), ClaimKind::Narrator, text)
    }

    #[test]
    fn an_organisation_and_who_speaks_for_it_are_one_side() {
        let people = [
            Speaker::test("Department of Homeland Security", SpeakerKind::Org),
            Speaker::test("DHS", SpeakerKind::Org),
            Speaker::test("a bewildered DHS spokesman", SpeakerKind::Person),
            Speaker::test("ministry spokesman", SpeakerKind::Anonymous),
            Speaker::test(
                "spokesperson for the Iraqi health ministry",
                SpeakerKind::Anonymous,
            ),
            Speaker::test("Homeland Security Committee", SpeakerKind::Org),
            Speaker::test("Duncan Hunter", SpeakerKind::Person),
            Speaker::test("a spokesman", SpeakerKind::Anonymous),
            Speaker::test("Duncan Hunter campaign", SpeakerKind::Org),
            Speaker::test("Duncan Hunterson", SpeakerKind::Person),
        ];
        let side = |name: &str| Side::new(people.iter().find(|s| s.name == name).unwrap());
        let same = |a: &str, b: &str| side(a).same_as(&side(b));
        assert!(same("DHS", "Department of Homeland Security"));
        assert!(same(
            "a bewildered DHS spokesman",
            "Department of Homeland Security"
        ));
        assert!(same(
            "ministry spokesman",
            "spokesperson for the Iraqi health ministry"
        ));
        // Two organisations are one only by an acronym; a person or a bare "spokesman" speaks
        // for no one named.
        assert!(!same(
            "Homeland Security Committee",
            "Department of Homeland Security"
        ));
        assert!(!same("Duncan Hunter", "Department of Homeland Security"));
        // A person and their own campaign are one side.
        assert!(same("Duncan Hunter", "Duncan Hunter campaign"));
        assert!(same("Duncan Hunter campaign", "Duncan Hunter"));
        assert!(!same("Duncan Hunterson", "Duncan Hunter campaign"));
        assert!(!same("a spokesman", "ministry spokesman"));
        // A named spokesperson speaks for their organisation; a named official does not.
        let named = |role: &str| {
            let mut s = Speaker::test("Marsha Reyes", SpeakerKind::Person);
            s.role = Some(role.to_owned());
            s.org = Some("DHS".to_owned());
            s
        };
        let (spokeswoman, director) = (named("spokeswoman"), named("director"));
        let department = side("Department of Homeland Security");
        assert!(Side::new(&spokeswoman).same_as(&department));
        assert!(department.same_as(&Side::new(&spokeswoman)));
        assert!(!Side::new(&director).same_as(&department));
        // With no role at all, "ESPN's John Wildhack" is the organisation's man, but not one
        // side with another of its people: they may be rivals.
        let member = |name: &str| {
            let mut s = Speaker::test(name, SpeakerKind::Person);
            s.org = Some("Department of Homeland Security".to_owned());
            s
        };
        let (reyes, lopez) = (member("Marsha Reyes"), member("Ana Lopez"));
        assert!(Side::new(&reyes).same_as(&department));
        assert!(department.same_as(&Side::new(&reyes)));
        assert!(!Side::new(&reyes).same_as(&Side::new(&lopez)));
        // Its spokesperson speaks for it, so for its people too.
        let mut catron = Speaker::test("Marsha Catron", SpeakerKind::Person);
        catron.role = Some("spokeswoman".to_owned());
        catron.org = Some("Department of Homeland Security".to_owned());
        assert!(Side::new(&reyes).same_as(&Side::new(&catron)));
        assert!(Side::new(&catron).same_as(&Side::new(&reyes)));
        assert!(!Side::new(&reyes).same_as(&side("Homeland Security Committee")));
        // A communications officer speaks for it too.
        let comms = named("vice president of university communications");
        assert!(Side::new(&comms).same_as(&department));
        let mut press = Speaker::test("Pentagon's press secretary", SpeakerKind::Person);
        press.role = Some("press secretary".to_owned());
        press.org = Some("Pentagon's".to_owned());
        let pentagon = Speaker::test("Pentagon", SpeakerKind::Org);
        assert!(Side::new(&press).same_as(&Side::new(&pentagon)));
        // With no organisation, the role says whom: "ministry spokesman Ahmed Rudaini".
        let mut rudaini = Speaker::test("Ahmed Rudaini", SpeakerKind::Person);
        rudaini.role = Some("ministry spokesman".to_owned());
        let unnamed = side("spokesperson for the Iraqi health ministry");
        assert!(Side::new(&rudaini).same_as(&unnamed));
        rudaini.role = Some("spokesman".to_owned());
        assert!(!Side::new(&rudaini).same_as(&unnamed));
        // A one-word organisation read as a person's name is still what its spokesperson
        // speaks for.
        let durex = Speaker::test("Durex", SpeakerKind::Person);
        let mut its_spokesperson = Speaker::test("Durex spokesperson", SpeakerKind::Person);
        its_spokesperson.org = Some("Durex".to_owned());
        assert!(Side::new(&durex).same_as(&Side::new(&its_spokesperson)));
        assert!(Side::new(&its_spokesperson).same_as(&Side::new(&durex)));
        assert!(!Side::new(&durex).same_as(&side("a bewildered DHS spokesman")));
        assert_eq!(
            acronym("Department of Homeland Security").as_deref(),
            Some("dhs")
        );
        assert_eq!(acronym("DHS"), None);
        // Two articles' narrators are two sides.
        let narrators = [
            Speaker::test("narrator", SpeakerKind::Narrator),
            Speaker::test("unknown", SpeakerKind::Unknown),
        ];
        for s in &narrators {
            assert!(!Side::new(s).same_as(&Side::new(s)), "{}", s.name);
        }
    }

    #[test]
    fn articles_tell_the_same_story_by_their_rare_shared_terms() {
        let claims = [
            // A headline and the long report it is about.
            claim(
                "headline",
                "Spider burrows under tourist's skin after Bali trip",
            ),
            claim(
                "report",
                "A tourist returned from Bali with a red trail on his stomach.",
            ),
            claim(
                "report",
                "Doctors found a tropical spider living under his skin.",
            ),
            claim(
                "report",
                "The clinic said the spider had entered through a scar.",
            ),
            claim(
                "report",
                "He was given antihistamines and sent home at first.",
            ),
            // Another story that shares only everyday words with the report.
            claim(
                "other",
                "The minister said the clinic budget would rise next year.",
            ),
            claim("other", "Opposition members said the budget was a trick."),
            claim("other", "Parliament votes on the budget on Friday."),
            claim("fourth", "Floods closed the coastal road for a week."),
        ];
        let st = Stories::new(&claims);
        assert!(st.same("headline", "report"));
        assert!(st.same("report", "headline"));
        assert!(!st.same("report", "other"));
        assert!(!st.same("headline", "other"));
        assert!(!st.same("report", "missing"));
    }

    #[test]
    fn two_articles_alone_tell_one_story_by_the_words_they_share() {
        // A headline and the body that debunks it, scored on their own: with two articles no
        // word is rarer than another, and three shared ones make one story.
        let claims = [
            claim(
                "headline",
                "Female teacher facing sack after making sex tape with teenager",
            ),
            claim(
                "body",
                "A salacious sex tape from a teacher's affair with her student is an internet hoax.",
            ),
            claim("body", "The woman in the video is not a teacher at the school."),
            claim("body", "A local newspaper found the clip on a website."),
        ];
        assert!(Stories::new(&claims).same("headline", "body"));
        // One shared word is no story.
        let claims = [
            claim("a", "We had no intentions of harming the protesters"),
            claim("b", "I get the intentions of the new tax on drinks"),
        ];
        assert!(!Stories::new(&claims).same("a", "b"));
    }

    #[test]
    fn questions_requests_stances_and_fragments_are_never_paired() {
        let reported = |article: &str, text: &str, form: Option<&'static str>| {
            let mut c = Claim::test(article, &format!("{article}-s"), ClaimKind::Reported, text);
            c.form = form;
            c
        };
        let speakers = [
            Speaker::test("a-s", SpeakerKind::Person),
            Speaker::test("b-s", SpeakerKind::Person),
        ];
        let opts = PairOptions {
            min_similarity: 0.0,
            min_shared: 0,
            ..PairOptions::default()
        };
        let claim = reported("a", "the harbor will close in June", None);
        for form in ["question", "request", "stance", "fragment"] {
            let other = reported("b", "whether the harbor will close in June", Some(form));
            let pairing = candidates(&[claim.clone(), other.clone()], &speakers, &opts);
            assert!(pairing.candidates.is_empty(), "{form}");
            let statement = reported("b", "the harbor will stay open in June", None);
            let pairing = candidates(&[claim.clone(), statement], &speakers, &opts);
            assert_eq!(pairing.candidates.len(), 1);
        }
    }

    #[test]
    fn claims_of_different_stories_are_not_paired_unless_the_prefilter_is_off() {
        let claims = [
            claim(
                "a",
                "We had no intentions of harming the protesters at the plant",
            ),
            claim("a", "Police closed the plant gates on Monday morning"),
            claim("a", "Workers at the plant blocked the gates for a week"),
            claim("b", "I get the intentions of the new tax on sugary drinks"),
            claim("b", "The tax on sugary drinks starts in January"),
            claim("b", "Shops expect drink prices to rise in January"),
        ];
        let speakers = [
            Speaker::test("a-s", SpeakerKind::Person),
            Speaker::test("b-s", SpeakerKind::Person),
        ];
        let mut opts = PairOptions {
            include_narrator: true,
            min_similarity: 0.01,
            min_shared: 1,
            ..PairOptions::default()
        };
        assert!(candidates(&claims, &speakers, &opts).candidates.is_empty());
        opts.min_similarity = 0.0;
        opts.min_shared = 0;
        assert!(!candidates(&claims, &speakers, &opts).candidates.is_empty());
    }

    #[test]
    fn a_group_and_one_of_its_members_are_never_paired() {
        let said = |id: &str, text: &str| Claim::test("one", id, ClaimKind::Reported, text);
        let claims = [
            said("s1", "The bridge will reopen in May after the repairs."),
            said("s2", "The bridge will not reopen in May after the repairs."),
        ];
        let person = |id: &str, name: &str| {
            let mut s = Speaker::test(id, SpeakerKind::Person);
            s.name = name.to_owned();
            s
        };
        let opts = PairOptions::default();
        let group_and_member = [
            person("s1", "Linda Park and Tom Reyes"),
            person("s2", "Tom Reyes"),
        ];
        assert!(candidates(&claims, &group_and_member, &opts)
            .candidates
            .is_empty());
        let group_and_other = [
            person("s1", "Linda Park and Tom Reyes"),
            person("s2", "Ana Ruiz"),
        ];
        assert_eq!(
            candidates(&claims, &group_and_other, &opts)
                .candidates
                .len(),
            1
        );
    }

    #[test]
    fn terms_drop_function_words_and_stem() {
        assert_eq!(
            terms("There are no plans to divvy up the labor with Russia"),
            ["divvy", "labor", "plan", "russia"]
        );
        assert_eq!(
            terms("the 2015 liberation of Palmyra"),
            ["2015", "liber", "palmyra"]
        );
    }
}
