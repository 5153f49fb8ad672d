//! Claims and who made them: direct quotes (every quote style, split and multi-sentence),
//! block quotes after "he said, adding:", reported speech, denials and the narrator's own
//! statements, each credited to one canonical speaker.
//!
//! Stages: [`segment`] (paragraphs, sentences) → [`quotes`] → [`mentions`] (parse "State
//! Department spokesman John Kirby") → [`speakers`] (resolve to one identity) → `extract`
//! (the walk that ties them together). No model is involved; this runs at thousands of articles
//! per second.

pub mod eval;
mod extract;
mod join;
pub mod lexicon;
pub mod mentions;
pub mod quotes;
pub mod segment;
pub mod speakers;

use crate::article::{normalize, Article, Span};
use serde::Serialize;
pub use speakers::{same_person_name, Registry, Speaker, SpeakerKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words in quote marks, or a block quote.
    Quote,
    /// Indirect speech: "X said (that) ...", "according to X, ...".
    Reported,
    /// The speaker rejects a proposition; the claim text is that proposition.
    Denial,
    /// An unattributed statement: the article's own claim.
    Narrator,
}

impl ClaimKind {
    /// The name used in JSON and in the store.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Reported => "reported",
            ClaimKind::Denial => "denial",
            ClaimKind::Narrator => "narrator",
        }
    }

    pub fn parse(s: &str) -> Option<ClaimKind> {
        [
            ClaimKind::Quote,
            ClaimKind::Reported,
            ClaimKind::Denial,
            ClaimKind::Narrator,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// A claim as found, before ids and offsets are assigned.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    speaker: usize,
    kind: ClaimKind,
    span: Span,
    mention: Option<String>,
    form: Option<&'static str>,
    /// For a denial of "that claim": the index of the draft it points back to.
    denies: Option<usize>,
    /// The pieces of one attribution that a credit interrupts (see [`join`]); empty for a
    /// claim of one piece, which is all of `span`.
    parts: Vec<Span>,
}

impl Draft {
    fn new(speaker: usize, kind: ClaimKind, span: Span, mention: Option<String>) -> Draft {
        Draft {
            speaker,
            kind,
            span,
            mention,
            form: None,
            denies: None,
            parts: Vec::new(),
        }
    }

    /// The claim's words: its span, or its pieces one after the other.
    fn text(&self, article: &str) -> String {
        if self.parts.is_empty() {
            return normalize::clean(self.span.slice(article));
        }
        let pieces: Vec<String> = self
            .parts
            .iter()
            .map(|p| normalize::clean(p.slice(article)))
            .collect();
        pieces.join(" ")
    }

    /// The claim as pieces that something else interrupts (a credit between them).
    fn with_parts(mut self, parts: Vec<Span>) -> Draft {
        self.parts = parts;
        self
    }

    fn form(mut self, form: &'static str) -> Draft {
        self.form = Some(form);
        self
    }
}

/// Every `Claim::form` there is, for reading one back from text (the store keeps it as text).
pub const FORMS: [&str; 7] = [
    "direct",
    "continued",
    "block",
    "fragment",
    "question",
    "request",
    "stance",
];

/// The form named `s`, if it is one of `FORMS`.
pub fn known_form(s: &str) -> Option<&'static str> {
    FORMS.iter().copied().find(|f| *f == s)
}

/// One claim. `start..end` are character offsets of the evidence in the article's text.
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub id: String,
    pub article: String,
    /// Canonical speaker name.
    pub speaker: String,
    pub speaker_id: String,
    pub text: String,
    pub kind: ClaimKind,
    pub start: usize,
    pub end: usize,
    /// How the text named the speaker here ("he", "Lavrov", "the foreign minister").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// For quotes: "direct", "continued" (runs on past the paragraph), "block", or "fragment" (a
    /// few quoted words inside the narrator's sentence: "called it “a major breach of trust”");
    /// for reported
    /// speech, "question" when it is a question someone asked ("asked whether ...") and
    /// "request" for a request ("asked the court to block the rules"), "stance" for praise or
    /// blame of a thing ("criticized the draft budget"). Neither a fragment nor these assert a
    /// fact, so none is paired.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<&'static str>,
    /// For a denial that points back ("Grant rejected that claim"): the id of the claim it
    /// denies, an earlier claim of the same article by someone else. Scoring reads that
    /// claim's text as the denied proposition; `text` stays the evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denies: Option<String>,
    /// Index of that claim in the same claims list.
    #[serde(skip)]
    pub denies_at: Option<usize>,
    /// For words that their credit interrupts (`“...,” she said. “...”`, "The deal, Smith
    /// said, is dead."): the character offsets of each piece, whose words `text` joins;
    /// `start..end` runs from the first piece to the last. Absent for a claim of one piece.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<[usize; 2]>,
    /// Byte span in the article text.
    #[serde(skip)]
    pub span: Span,
}

impl Claim {
    /// A claim for other stages' unit tests: `text` in `article`, said by `speaker_id`.
    #[cfg(test)]
    pub(crate) fn test(article: &str, speaker_id: &str, kind: ClaimKind, text: &str) -> Claim {
        Claim {
            id: format!("{article}:{text}"),
            article: article.into(),
            speaker: speaker_id.into(),
            speaker_id: speaker_id.into(),
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
            span: crate::article::Span::new(0, text.len()),
        }
    }

    /// What this claim puts forward, for pairing and the model: its text, or for a denial
    /// that points back, the text of the claim it denies. `claims` is the list it came in.
    pub fn proposition<'a>(&'a self, claims: &'a [Claim]) -> &'a str {
        match self.denies_at.and_then(|i| claims.get(i)) {
            Some(denied) => &denied.text,
            None => &self.text,
        }
    }
}

/// Everything extracted from a set of articles, with speakers shared across them.
#[derive(Debug, Serialize)]
pub struct Extraction {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub speakers: Vec<Speaker>,
    /// What the per-article limits and the repeat rule left out.
    pub limited: Limited,
}

/// Per-article limits. Real articles never reach the defaults (the longest FNC-1 body is 28 KB
/// with 228 claims, the longest PolNeAR article 34 KB); a pasted book or a text repeated a
/// thousand times would otherwise make millions of pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longer articles are read up to the last paragraph break before this many bytes.
    pub max_article_bytes: usize,
    /// Claims after this many in one article are left out.
    pub max_claims_per_article: usize,
    /// A claim that repeats an earlier claim of its article word for word is read once. Scoring
    /// wants this (the copies would only pair with the same others again); `contra extract`
    /// lists every occurrence.
    pub collapse_repeats: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_article_bytes: 1_000_000,
            max_claims_per_article: 2_000,
            collapse_repeats: true,
        }
    }
}

/// What extraction left out, for the warnings that name each limit.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Limited {
    /// Articles cut at `max_article_bytes`.
    pub articles_cut: usize,
    /// Claims past `max_claims_per_article`.
    pub claims_over_limit: usize,
    /// Claims whose speaker and words repeat an earlier claim of the same article (a text
    /// pasted twice): read once.
    pub repeated_claims: usize,
}

/// Extracts the claims of all articles, resolving speakers across them, with the default
/// [`Limits`] but every repeated claim listed.
pub fn extract(articles: Vec<Article>) -> Extraction {
    let limits = Limits {
        collapse_repeats: false,
        ..Limits::default()
    };
    extract_with(articles, &limits)
}

/// Extracts the claims of all articles within `limits`.
pub fn extract_with(mut articles: Vec<Article>, limits: &Limits) -> Extraction {
    let mut limited = Limited::default();
    for a in &mut articles {
        if a.text.len() > limits.max_article_bytes {
            a.text
                .truncate(cut_point(&a.text, limits.max_article_bytes));
            a.body_start = a.body_start.min(a.text.len());
            limited.articles_cut += 1;
        }
    }
    let mut reg = Registry::default();
    let mut drafts = Vec::with_capacity(articles.len());
    for a in &articles {
        drafts.push(join::join_pieces(
            &a.text,
            extract::extract_article(a, &mut reg),
        ));
    }
    // Sized once: grown push by push, a corpus's claims were copied over and over.
    let mut claims = Vec::with_capacity(drafts.iter().map(Vec::len).sum());
    for (a, ds) in articles.iter().zip(drafts) {
        // A repeated text is read once: later copies point at the first.
        let mut first_of: std::collections::HashMap<String, usize> = Default::default();
        let mut index_of: Vec<Option<usize>> = vec![None; ds.len()];
        // The draft number of each kept claim: ids keep it, so they don't move when repeats
        // are dropped.
        let mut numbers: Vec<usize> = Vec::new();
        // Each draft's words, made once: the repeat test reads them, the claim keeps them.
        let mut texts: Vec<String> = ds.iter().map(|d| d.text(&a.text)).collect();
        for (n, d) in ds.iter().enumerate() {
            // The same speaker saying the same words again; two speakers saying the same
            // words are two claims (an agreement worth seeing).
            let key = format!("{}|{}", d.speaker, repeat_key(&texts[n]));
            match first_of.get(&key) {
                Some(&m) if limits.collapse_repeats => {
                    index_of[n] = index_of[m];
                    limited.repeated_claims += 1;
                }
                _ if numbers.len() >= limits.max_claims_per_article => {
                    limited.claims_over_limit += 1
                }
                _ => {
                    first_of.insert(key, n);
                    index_of[n] = Some(claims.len() + numbers.len());
                    numbers.push(n + 1);
                }
            }
        }
        let first = claims.len();
        // Offsets: byte → char, walking the text once per article.
        let mut pts: Vec<usize> = ds
            .iter()
            .flat_map(|d| std::iter::once(&d.span).chain(&d.parts))
            .flat_map(|s| [s.start, s.end])
            .collect();
        pts.sort_unstable();
        pts.dedup();
        let chars = char_offsets(&a.text, &pts);
        let at = |b: usize| chars[pts.binary_search(&b).unwrap()];
        for (n, d) in ds.into_iter().enumerate() {
            if index_of[n] != Some(claims.len()) {
                continue;
            }
            let s = &reg.speakers[d.speaker];
            let denied = d
                .denies
                .and_then(|k| index_of[k])
                .filter(|&k| k != claims.len());
            claims.push(Claim {
                id: format!("{}-c{}", a.id, n + 1),
                article: a.id.clone(),
                speaker: s.name.clone(),
                speaker_id: s.id.clone(),
                text: std::mem::take(&mut texts[n]),
                kind: d.kind,
                start: at(d.span.start),
                end: at(d.span.end),
                mention: d.mention,
                role: s.role.clone(),
                org: s.org.clone(),
                form: d.form,
                denies: denied.map(|k| format!("{}-c{}", a.id, numbers[k - first])),
                denies_at: denied,
                parts: d.parts.iter().map(|p| [at(p.start), at(p.end)]).collect(),
                span: d.span,
            });
        }
    }
    Extraction {
        articles,
        claims,
        speakers: reg.speakers,
        limited,
    }
}

/// Where to cut a text of more than `max` bytes: the last paragraph break before it, else the
/// last character boundary.
fn cut_point(text: &str, max: usize) -> usize {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].rfind("\n\n").filter(|&p| p > 0).unwrap_or(end)
}

/// The words of a claim, lower-cased, without punctuation: equal keys are one claim repeated.
fn repeat_key(text: &str) -> String {
    crate::words::lower_words(text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Character offsets of sorted byte offsets.
fn char_offsets(text: &str, sorted: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = 0;
    let mut last = 0;
    for &b in sorted {
        chars += text[last..b].chars().count();
        last = b;
        out.push(chars);
    }
    out
}
