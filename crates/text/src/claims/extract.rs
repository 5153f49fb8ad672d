//! The per-article walk: paragraphs → quotes and their attributions → block quotes → reported
//! speech and denials → narrator statements.

use super::lexicon::{
    is_in, VerbKind, ACT_VERBS, CALLING_VERBS, DENIED_OBJECTS, DISMISSIVE_WORDS, FALSITY_PHRASES,
    NON_PROSE_PREFIXES, VERBS, WEEKDAYS,
};
use super::mentions::{description, parse, possessor, words, Mention, Word};
use super::quotes::{find_quotes, Quote};
use super::segment::{after_dateline, paragraphs, sentences};
use super::speakers::{ArticleScope, Registry};
use super::{ClaimKind, Draft};
use crate::article::{Article, Span};

/// Words allowed between a subject and its speech verb ("has denied", "later said").
const AUXILIARIES: &[&str] = &[
    "was", // "Peskov was quoted as saying"
    "were",
    "been",
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "again",
    "previously",
    "repeatedly",
    "publicly",
    "flatly",
    "strongly",
    "firmly",
    "quickly",
    "once",
    "recently",
    "earlier",
    "separately",
    "yesterday",
    "today",
    "further",
    "since",
    "himself",
    "herself",
    "themselves",
    "itself",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "subsequently",
    "officially",
    "privately",
    "angrily",
    "bluntly",
];

/// Speech verbs that attribute a quote but don't introduce reported speech ("Russia has
/// continued airstrikes").
const QUOTE_ONLY_VERBS: &[&str] = &[
    "continued",
    "asked",
    "replied",
    "answered",
    "responded",
    "countered",
    "went on",
    "posted",
];

/// Openers of a sentence that credits the quote before it: "So said X", "Those were the words
/// of X".
const BACK_REFERENCES: &[&str] = &[
    "so said",
    "that was what",
    "that is what",
    "this is what",
    "that's what",
    "those were the words of",
    "these were the words of",
    "that was the message from",
    "that was the view of",
    "such was the view of",
    "the words came from",
    "the remark came from",
    "the comments came from",
];

fn is_speech(w: &Word) -> bool {
    VERBS.get(w.lower.as_str()) == Some(&VerbKind::Speech)
}

fn is_denial(w: &Word) -> bool {
    VERBS.get(w.lower.as_str()) == Some(&VerbKind::Denial)
}

/// Case-insensitive ASCII prefix test without allocating.
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// A quote is a claim when it is a statement, not a scare quote or a borrowed phrase inside
/// someone else's sentence ("the Kremlin “is ready” to ...").
fn is_claim_quote(text: &str, q: &Quote, para: Span) -> bool {
    let inner = q
        .inner
        .slice(text)
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let n_words = inner.split_whitespace().count();
    let starts_upper = inner.chars().next().is_some_and(char::is_uppercase);
    let at_para_start = q.outer.start == para.start;
    let before = text[para.start..q.outer.start].trim_end();
    let after_colon_or_comma = before.ends_with(':') || before.ends_with(',');
    // A short quote still counts when it is a whole utterance: “No deal,” said ...
    let utterance = starts_upper && inner.trim_end().ends_with([',', '.', '!', '?']);
    (n_words >= 3 && (starts_upper || at_para_start || after_colon_or_comma)) || utterance
}

fn is_non_prose(text: &str, para: Span) -> bool {
    let p = para.slice(text);
    NON_PROSE_PREFIXES.iter().any(|pre| starts_with_ci(p, pre))
}

/// The subject of a verb at `v`: the noun phrase before it, skipping auxiliaries ("has
/// denied"), a relative clause ("Briggs, who voted against it, said") and taking the name out
/// of an appositive ("The fire chief, Tom Reyes, warned"). Returns the mention and, for an
/// appositive, the title phrase that describes the person.
fn subject_before(ws: &[Word], v: usize) -> Option<Mention> {
    let mut end = v;
    while end > 0 && is_in(AUXILIARIES, &ws[end - 1].lower) {
        end -= 1;
    }
    // ", who voted against it," before the verb: skip back over the clause.
    if end > 0 && ws[end - 1].trailing == Some(',') {
        if let Some(rel) = (0..end - 1)
            .rev()
            .find(|&i| is_in(&["who", "which", "whose"], &ws[i].lower))
        {
            if rel > 0
                && ws[rel - 1].trailing == Some(',')
                && ws[rel..end - 1].iter().all(|w| w.trailing.is_none())
            {
                end = rel;
            }
        }
    }
    // The phrase: back to the previous punctuation, but a comma right before the verb may
    // close an appositive ("The fire chief, Tom Reyes, warned").
    let mut start = end;
    while start > 0 {
        let w = &ws[start - 1];
        let closes_here = start == end && w.trailing == Some(',');
        if !closes_here && ends_phrase(w) {
            break;
        }
        start -= 1;
    }
    let m = match parse(&ws[start..end]) {
        Some(m) => m,
        None => {
            return appositive_after_name(ws, start)
                .or_else(|| document_with_author(ws, start, end))
                .or_else(|| subject_fallback(ws, start, end))
        }
    };
    // Appositive: "<title>, <name>," — the title phrase before gives role and organisation.
    if start > 0 && ws[start - 1].trailing == Some(',') {
        let mut t = start - 1;
        while t > 0 && ws[t - 1].trailing.is_none() {
            t -= 1;
        }
        if let (Some(title), super::mentions::MentionKind::Person { .. }) =
            (parse(&ws[t..start]), &m.kind)
        {
            return Some(with_title(m, title));
        }
    }
    Some(m)
}

/// "Dr. Helen Marsh, a pharmacologist at the University of Leeds, said": the phrase before the
/// verb describes the person named before it. `start` is where that description begins.
fn appositive_after_name(ws: &[Word], start: usize) -> Option<Mention> {
    // "Brooks, who proposed ...": a relative clause, not a description of its own.
    let relative = ws
        .get(start)
        .is_some_and(|w| is_in(&["who", "which", "whose"], &w.lower));
    if relative {
        return None;
    }
    let mut t = phrase_before_comma(ws, start)?;
    while t < start - 1 && is_in(&["but", "and", "yet", "so", "meanwhile"], &ws[t].lower) {
        t += 1;
    }
    // "A Commission official, speaking on condition of anonymity, said" works for any speaker.
    parse(&ws[t..start])
}

/// "The lawsuit, filed by a group of homeowners, alleges": the author speaks for the document.
fn document_with_author(ws: &[Word], start: usize, end: usize) -> Option<Mention> {
    let t = phrase_before_comma(ws, start)?;
    if !ws[t..start].iter().any(|w| {
        is_in(
            DOCUMENTS,
            w.lower.trim_end_matches(|c: char| !c.is_alphanumeric()),
        )
    }) {
        return None;
    }
    let by = (start..end).find(|&i| ws[i].lower == "by")?;
    let author = &ws[by + 1..np_after(ws, by + 1).min(end)];
    parse(author).or_else(|| description(author))
}

/// The capitalised words a sentence opens with: usually its subject's name
/// ("Health Minister Tomas Vidal called ...").
fn capitalised_head(ws: &[Word]) -> &[Word] {
    let n = ws
        .iter()
        .position(|w| !w.text.starts_with(char::is_uppercase))
        .unwrap_or(ws.len());
    &ws[..n]
}

/// Where the phrase that ends with a comma right before `start` begins: in "Dr. Helen Marsh, a
/// pharmacologist ..., said", the index of "Dr." for the description's `start`.
fn phrase_before_comma(ws: &[Word], start: usize) -> Option<usize> {
    if start == 0 || ws[start - 1].trailing != Some(',') {
        return None;
    }
    let mut t = start - 1;
    while t > 0 && !ends_phrase(&ws[t - 1]) {
        t -= 1;
    }
    Some(t)
}

/// Punctuation after `w` ends a phrase, except the full stop of an abbreviation ("Dr.").
fn ends_phrase(w: &Word) -> bool {
    w.trailing
        .is_some_and(|c| c != '.' || !w.text.ends_with('.'))
}

/// Words that end a subject's head and start what qualifies it: "The engineering firm *hired*
/// by the town", "A report *published* by ...".
const QUALIFIERS: &[&str] = &[
    "hired",
    "appointed",
    "named",
    "based",
    "published",
    "released",
    "commissioned",
    "led",
    "run",
    "owned",
    "who",
    "that",
    "which",
    "in",
    "at",
    "with",
    "by",
    "from",
];

/// Nouns whose author speaks for them: "A report published by HealthWatch said".
const DOCUMENTS: &[&str] = &[
    "lawsuit",
    "complaint",
    "indictment",
    "filing",
    "petition",
    "report",
    "study",
    "statement",
    "memo",
    "letter",
    "survey",
    "analysis",
    "review",
    "audit",
];

/// When the whole subject isn't a mention: the author of a document ("A report published by
/// X said" → X), else the head before a qualifier ("The engineering firm hired by the town").
fn subject_fallback(ws: &[Word], start: usize, end: usize) -> Option<Mention> {
    let cut = (start + 1..end).find(|&i| is_in(QUALIFIERS, &ws[i].lower))?;
    let head_is_document = ws[start..cut].iter().any(|w| is_in(DOCUMENTS, &w.lower));
    if head_is_document {
        // By its author when named ("a report published by HealthWatch"), else the document
        // itself ("a study published on Wednesday").
        return match (cut..end).find(|&i| ws[i].lower == "by") {
            Some(by) => parse(&ws[by + 1..np_after(ws, by + 1).min(end)]),
            None => description(&ws[start..cut]),
        };
    }
    parse(&ws[start..cut])
}

/// Merges an appositive title ("the opposition leader", "a ministry spokeswoman") into a
/// person mention.
fn with_title(m: Mention, title: Mention) -> Mention {
    use super::mentions::MentionKind::{Anonymous, Person, Title};
    let (t_role, t_org) = match title.kind {
        Title { role, org } => (Some(role), org),
        Anonymous(desc) => (desc.split_whitespace().last().map(str::to_owned), None),
        _ => (None, None),
    };
    match m.kind {
        Person {
            first,
            last,
            full,
            role,
            org,
            gender,
        } => Mention {
            kind: Person {
                first,
                last,
                full,
                role: role.or(t_role),
                org: org.or(t_org),
                gender,
            },
            ..m
        },
        _ => m,
    }
}

/// Words that end a speaker mention that follows its verb ("said Kirby *in* a statement").
const NP_STOPS: &[&str] = &[
    "on", "in", "at", "during", "who", "which", "adding", "after", "before", "when", "while", "to",
    "that", "as", "from", "with", "without", "by", "last", "this", "earlier", "later", "told",
    "said", "and", "but", "because", "since", "although", "though", "if",
];

/// Index one past the last word of a noun phrase starting at `start`: stops after a word
/// followed by punctuation, or before a word that starts a new phrase. `parse` decides whether
/// the words are a mention.
fn np_after(ws: &[Word], start: usize) -> usize {
    let mut end = start;
    while end < ws.len() && end - start < 10 {
        let w = &ws[end];
        if end > start
            && is_in(NP_STOPS, &w.lower)
            && w.text.chars().next().is_some_and(char::is_lowercase)
        {
            break;
        }
        end += 1;
        if ends_phrase(w) {
            break;
        }
    }
    end
}

/// Speaker mention around a speech verb in `ws`: "X said", "said X", "X, a spokesman, said".
/// Returns the mention and the index of the verb.
/// Every verb is tried in turn: in "Asked whether ..., Dahl said:" the first one has no speaker.
fn mention_with_verb(ws: &[Word], max_verb_at: usize) -> Option<(Mention, usize)> {
    ws.iter()
        .take(max_verb_at)
        .enumerate()
        .filter(|(_, w)| is_speech(w) || is_denial(w))
        .find_map(|(v, _)| {
            if v > 0 {
                if let Some(m) = subject_before(ws, v) {
                    return Some((m, v));
                }
            }
            // "said X", also after a leading phrase.
            let end = np_after(ws, v + 1);
            let first = parse(&ws[v + 1..end]);
            // "said the study's lead author, Dr. Nadia Hussain of Boston University": the name
            // after the description is the speaker.
            if end > v + 1 && ws[end - 1].trailing == Some(',') {
                let named = parse(&ws[end..np_after(ws, end)]).filter(is_person);
                if named.is_some() {
                    return named.map(|m| (m, v));
                }
            }
            first.map(|m| (m, v))
        })
}

/// A claim quote with what credits it.
struct Found {
    speaker: Option<usize>,
    mention: Option<String>,
}

/// Where a quote's credit was found.
struct Credit {
    speaker: usize,
    mention: String,
    /// The attribution ends with a colon: a block quote follows ("he said, adding:").
    colon: bool,
}

/// The attribution right after a quote: “...,” said X. / “...,” X said, adding:
fn credit_after(
    text: &str,
    q: &Quote,
    limit: usize,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Credit> {
    let region = Span::new(q.outer.end, limit.max(q.outer.end));
    let ws = words(text, region);
    let (m, _) = mention_with_verb(&ws, 8)?;
    let speaker = reg.resolve(&m, scope)?;
    Some(Credit {
        speaker,
        mention: m.surface,
        colon: region.slice(text).trim_end().ends_with(':'),
    })
}

/// The attribution before a quote: X said: “...” / According to X, “...”
fn credit_before(
    text: &str,
    region: Span,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Credit> {
    let ws = words(text, region);
    if ws.is_empty() {
        return None;
    }
    let m = according_to(&ws).or_else(|| mention_with_verb(&ws, ws.len()).map(|(m, _)| m))?;
    let speaker = reg.resolve(&m, scope)?;
    Some(Credit {
        speaker,
        mention: m.surface,
        colon: false,
    })
}

pub fn extract_article(article: &Article, reg: &mut Registry) -> Vec<Draft> {
    let text = article.text.as_str();
    let mut scope = ArticleScope::new(&article.id);
    let narrator = reg.narrator(&scope, article.source.as_deref());
    let paras: Vec<Span> = paragraphs(text, article.body_start)
        .into_iter()
        .filter(|&p| !is_non_prose(text, p))
        .collect();
    let mut out: Vec<Draft> = Vec::new();
    let mut block_speaker: Option<(usize, Option<String>)> = None;
    // Speaker of the quote that ended the previous paragraph, for quotes that continue.
    let mut carry: Option<usize> = None;

    for (pi, &para) in paras.iter().enumerate() {
        scope.new_paragraph();
        let para = match after_dateline(text, para) {
            Some(start) if pi == 0 => Span::new(start, para.end).trim(text),
            _ => para,
        };
        let quotes: Vec<Quote> = find_quotes(text, para)
            .into_iter()
            .filter(|q| is_claim_quote(text, q, para))
            .collect();

        // A paragraph after "..., he said, adding:" is that speaker's block quote.
        if let Some((sp, mention)) = block_speaker.take() {
            if quotes.first().is_none_or(|q| q.outer.start > para.start) {
                out.push(Draft::new(sp, ClaimKind::Quote, para, mention).form("block"));
                scope.spoke(sp);
                carry = Some(sp);
                continue;
            }
        }

        let protected: Vec<Span> = quotes.iter().map(|q| q.outer).collect();
        let sents = sentences(text, para, &protected);
        let first_draft = out.len();
        let mut found: Vec<(usize, Found)> = Vec::new(); // (index in out, quote)
        let mut ends_with_quote = false;

        for (si, &sent) in sents.iter().enumerate() {
            let in_sent: Vec<&Quote> = quotes
                .iter()
                .filter(|q| sent.start <= q.outer.start && q.outer.start < sent.end)
                .collect();
            if in_sent.is_empty() {
                ends_with_quote = false;
                if pi > 0 && si == 0 && back_reference_words(text, sent).is_some() {
                    continue; // the credit line of the previous paragraph's quote
                }
                let sentence_text = sent.slice(text).trim_end();
                let ws = words(text, sent);
                if let Some(mut d) = reported(text, sent, &ws, reg, &mut scope) {
                    if d.kind == ClaimKind::Denial && points_back(d.span.slice(text)) {
                        // The claim denied: the latest one by someone else since the previous
                        // paragraph began ("Grant rejected that claim").
                        let since = paras[pi.saturating_sub(1)].start;
                        d.denies = out.iter().rposition(|o| {
                            o.span.start >= since
                                && o.speaker != d.speaker
                                && o.speaker != usize::MAX
                                && o.kind != ClaimKind::Narrator
                        });
                    }
                    // Who the claim names ("Halvorsen Pharma is recalling ...") can be "the
                    // company" later; the speaker stays the most recent speaker.
                    register_mentions(&ws, reg, &mut scope);
                    scope.spoke(d.speaker);
                    if sentence_text.ends_with(':') {
                        block_speaker = Some((d.speaker, d.mention.clone()));
                    }
                    // "X said:" alone introduces a block quote and says nothing itself.
                    if !d.span.is_empty() {
                        out.push(d);
                    }
                    continue;
                }
                if sentence_text.ends_with(':') {
                    if let Some((m, _)) = mention_with_verb(&ws, ws.len()) {
                        if let Some(sp) = reg.resolve(&m, &mut scope) {
                            scope.spoke(sp);
                            block_speaker = Some((sp, Some(m.surface)));
                            continue;
                        }
                    }
                }
                // "Karen Wu questioned the estimate." says nothing quotable, but makes Wu the
                // one a following "she said" means.
                if let Some((v, _)) = ws
                    .iter()
                    .enumerate()
                    .take(16)
                    .find(|(_, w)| is_in(ACT_VERBS, &w.lower))
                {
                    if let Some(m) = subject_before(&ws, v).filter(is_person) {
                        if let Some(sp) = reg.resolve(&m, &mut scope) {
                            scope.spoke(sp);
                        }
                    }
                }
                register_mentions(&ws, reg, &mut scope);
                // "Rinaldi himself was calmer." makes Rinaldi who "he said" means next.
                if let Some(sp) =
                    parse(capitalised_head(&ws)).and_then(|m| reg.known_person(&m, &scope))
                {
                    scope.in_focus(sp);
                }
                if sentence_text.split_whitespace().count() >= 5 {
                    out.push(Draft::new(narrator, ClaimKind::Narrator, sent, None));
                }
                continue;
            }
            // Quotes in this sentence, in order, each with its credit.
            let mut region_start = sent.start;
            for (k, q) in in_sent.iter().enumerate() {
                let limit = in_sent
                    .get(k + 1)
                    .map_or(sent.end, |n| n.outer.start)
                    .min(sent.end);
                let credit = credit_after(text, q, limit, reg, &mut scope).or_else(|| {
                    let before = Span::new(region_start, q.outer.start);
                    credit_before(text, before, reg, &mut scope)
                });
                region_start = q.outer.end;
                let mut f = Found {
                    speaker: None,
                    mention: None,
                };
                if let Some(c) = credit {
                    scope.spoke(c.speaker);
                    f.speaker = Some(c.speaker);
                    f.mention = Some(c.mention);
                    if c.colon {
                        block_speaker = Some((c.speaker, f.mention.clone()));
                    }
                }
                let form = if q.closed { "direct" } else { "continued" };
                out.push(
                    Draft::new(usize::MAX, ClaimKind::Quote, q.inner, f.mention.clone()).form(form),
                );
                found.push((out.len() - 1, f));
            }
            ends_with_quote = true;
        }

        // Split and continuing quotes in one paragraph share the speaker of a neighbour.
        for i in 0..found.len() {
            if found[i].1.speaker.is_none() {
                let from_prev = found[..i].iter().rev().find_map(|f| f.1.speaker);
                let from_next = found[i + 1..].iter().find_map(|f| f.1.speaker);
                let from_carry = if i == 0 && found[0].0 == first_draft {
                    carry
                } else {
                    None
                };
                found[i].1.speaker = from_prev.or(from_carry).or(from_next);
            }
        }
        // Still nobody: the next paragraph may credit it ("So said Mayor Linda Park.").
        if found.iter().any(|f| f.1.speaker.is_none()) {
            if let Some(&next) = paras.get(pi + 1) {
                if let Some((sp, surface)) = back_reference(text, next, reg, &mut scope) {
                    for (_, f) in found.iter_mut().filter(|f| f.1.speaker.is_none()) {
                        f.speaker = Some(sp);
                        f.mention = Some(surface.clone());
                    }
                }
            }
        }
        for (idx, f) in &found {
            if let Some(sp) = f.speaker {
                out[*idx].speaker = sp;
                out[*idx].mention = f.mention.clone();
            }
        }
        carry = if ends_with_quote {
            found.last().and_then(|f| f.1.speaker)
        } else {
            None
        };
    }

    // A quote left open at a paragraph's end continues in the next quote: same speaker.
    for i in (0..out.len()).rev() {
        if out[i].speaker == usize::MAX && out[i].form == Some("continued") {
            if let Some(next) = out[i + 1..].iter().find(|d| d.kind == ClaimKind::Quote) {
                out[i].speaker = next.speaker;
            }
        }
    }
    for d in out.iter_mut().filter(|d| d.speaker == usize::MAX) {
        d.speaker = reg.unknown(&mut scope);
    }
    // A title credited before the name was given is the person named later.
    for d in out.iter_mut() {
        if let Some(named) = reg.named_later(d.speaker, &scope) {
            d.speaker = named;
        }
    }
    out
}

/// Registers people and organisations named in a narrative sentence, so that a later pronoun
/// or surname can refer to them ("His French counterpart, Claire Dubois, was blunter.").
fn register_mentions(ws: &[Word], reg: &mut Registry, scope: &mut ArticleScope) {
    let mut i = 0;
    while i < ws.len() {
        let cap = |w: &Word| w.text.chars().next().is_some_and(char::is_uppercase);
        if !cap(&ws[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < ws.len() && cap(&ws[j]) {
            j += 1;
            if ws[j - 1].trailing.is_some() {
                break;
            }
        }
        if j - i >= 2 {
            // "manager Paolo Rinaldi": a lower-case role right before the name belongs to it.
            let with_role = (i > 0).then(|| parse(&ws[i - 1..j])).flatten().filter(|m| {
                matches!(
                    &m.kind,
                    super::mentions::MentionKind::Person { role: Some(_), .. }
                )
            });
            if let Some(m) = with_role.or_else(|| parse(&ws[i..j])) {
                let named_person = matches!(&m.kind, super::mentions::MentionKind::Person { first: Some(f), role, .. }
                    if role.is_some() || super::lexicon::gender_of_first_name(f) != super::lexicon::Gender::Unknown);
                let org = matches!(&m.kind, super::mentions::MentionKind::Org(_));
                if named_person || org {
                    reg.resolve(&m, scope);
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// "According to X, ..." (or "..., according to X.") → X.
fn according_to(ws: &[Word]) -> Option<Mention> {
    let i = ws
        .windows(2)
        .position(|w| w[0].lower == "according" && w[1].lower == "to")?;
    let end = np_after(ws, i + 2);
    source_mention(ws, i + 2, end)
}

/// A source named after "according to": a speaker, or a document ("a study published in ...",
/// "a report by the BBC").
fn source_mention(ws: &[Word], start: usize, end: usize) -> Option<Mention> {
    parse(&ws[start..end]).or_else(|| subject_fallback(ws, start, end))
}

/// Number of words of a back-reference opener ("So said ...") starting the sentence.
fn back_reference_words(text: &str, sent: Span) -> Option<usize> {
    let s = sent.slice(text);
    BACK_REFERENCES
        .iter()
        .find(|b| starts_with_ci(s, b))
        .map(|b| b.split_whitespace().count())
}

fn back_reference(
    text: &str,
    para: Span,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<(usize, String)> {
    let first = sentences(text, para, &[]).into_iter().next()?;
    let n = back_reference_words(text, first)?;
    let ws = words(text, first);
    let end = np_after(&ws, n);
    let m = parse(&ws[n..end])?;
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    Some((sp, m.surface))
}

/// Nouns for a statement made earlier, as a sentence subject: "Hendricks's statement that ...".
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "claim",
    "assertion",
    "remarks",
    "comments",
    "insistence",
    "announcement",
    "suggestion",
    "argument",
    "warning",
    "promise",
    "pledge",
    "denial",
    "admission",
];

/// Reported speech or a denial in one sentence: "Lavrov told Russian television that ...",
/// "The State Department has denied reports that ...", "According to X, ...".
fn reported(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    if ws.len() < 3 {
        return None;
    }
    // According to X, CLAUSE  /  CLAUSE, according to X.
    if let Some(i) = ws
        .windows(2)
        .position(|w| w[0].lower == "according" && w[1].lower == "to")
    {
        // The source runs to the comma before the clause, or to the sentence end.
        let phrase_end = if i == 0 {
            (i + 2..ws.len())
                .find(|&k| ws[k].trailing == Some(','))
                .map_or(np_after(ws, i + 2), |k| k + 1)
        } else {
            ws.len()
        };
        let end = np_after(ws, i + 2).min(phrase_end);
        let m = parse(&ws[i + 2..end]).or_else(|| source_mention(ws, i + 2, phrase_end))?;
        let content = if i == 0 {
            Span::new(ws.get(phrase_end)?.span.start, sent.end)
        } else {
            Span::new(ws[0].span.start, ws[i - 1].span.end)
        };
        let sp = reg.resolve(&m, scope)?;
        scope.spoke(sp);
        return Some(Draft::new(
            sp,
            ClaimKind::Reported,
            trim_clause(text, content),
            Some(m.surface),
        ));
    }
    // X's statement that CLAUSE ...
    if let Some(i) = ws.iter().position(|w| is_in(STATEMENT_NOUNS, &w.lower)) {
        let owner = i.checked_sub(1).and_then(|o| possessor(&ws[o]));
        if let Some(owner) =
            owner.filter(|_| ws.get(i + 1).is_some_and(|w| w.lower == "that") && i + 2 < ws.len())
        {
            let mut name_words: Vec<Word> = ws[..i - 1].to_vec();
            name_words.push(owner);
            let start = name_words[..name_words.len() - 1]
                .iter()
                .rposition(|w| w.trailing.is_some())
                .map_or(0, |p| p + 1);
            let m = parse(&name_words[start..])?;
            let sp = reg.resolve(&m, scope)?;
            scope.spoke(sp);
            let content = clause_until_main_verb(text, &ws[i + 2..], sent);
            return Some(Draft::new(
                sp,
                ClaimKind::Reported,
                content,
                Some(m.surface),
            ));
        }
    }

    // CLAUSE, X said.  /  CLAUSE, said X.
    if let Some(d) = trailing_attribution(text, sent, ws, reg, scope) {
        return Some(d);
    }
    let calls_false = |i: usize| {
        is_in(CALLING_VERBS, &ws[i].lower)
            && ws[i + 1..].iter().any(|w| {
                let bare = w.lower.trim_matches(|c: char| !c.is_alphanumeric());
                is_in(DISMISSIVE_WORDS, bare) || is_in(FALSITY_PHRASES, bare)
            })
    };
    let is_verb = |i: usize| {
        let w = &ws[i];
        is_denial(w)
            || calls_false(i)
            || (is_speech(w) && !is_in(QUOTE_ONLY_VERBS, &w.lower))
            || (is_in(QUOTE_ONLY_VERBS, &w.lower)
                && ws.get(i + 1).is_some_and(|n| n.lower == "that"))
    };
    // The first verb with a speaker before it: in "Brooks, who proposed the plan, told
    // reporters ..." the first verb's subject is "who".
    // The sentence's own subject, for a second verb: "Vidal called it irresponsible and said".
    let head = capitalised_head(ws);
    let found = (1..ws.len().min(17)).filter(|&i| is_verb(i)).find_map(|v| {
        let coordinated = || {
            (ws[v - 1].lower == "and" && !head.is_empty())
                .then(|| parse(head))
                .flatten()
        };
        subject_before(ws, v)
            .filter(|m| !is_in(&["who", "which", "that"], &m.surface.to_lowercase()))
            .or_else(coordinated)
            .map(|m| (v, m))
    });
    let Some((v, m)) = found else {
        // No speech verb of its own: X defended the plan, saying CLAUSE.
        return saying_clause(text, sent, ws, reg, scope);
    };
    // "called the accusation \"completely false\"": the claim is what was called false.
    let calling = calls_false(v);
    let denial = calling || is_denial(&ws[v]);

    // Where the reported clause starts.
    let mut c = v + 1;
    // "that" starts a clause only with a clause after it ("disputed that account" has none).
    // "said its offer was generous and that ..." has a clause before the "that" too.
    let that_at = ws[c..ws.len().min(c + 7)]
        .iter()
        .position(|w| w.lower == "that")
        .map(|p| c + p)
        .filter(|&t| ws.len() - t > 3)
        .filter(|&t| t == c || !is_in(&["and", "but"], &ws[t - 1].lower))
        .filter(|&t| that_opens_the_clause(&ws[v], &ws[c..t]));
    if calling || (denial && c < ws.len() && points_back(&text[ws[c].span.start..sent.end])) {
        // The object and what it was called stay together; "that claim" is not a clause.
    } else if denial {
        // denied (the) reports (of|that) ...
        if c < ws.len()
            && matches!(ws[c].lower.as_str(), "the" | "any" | "all")
            && ws
                .get(c + 1)
                .is_some_and(|w| is_in(DENIED_OBJECTS, &w.lower))
        {
            c += 1;
        }
        if c < ws.len() && is_in(DENIED_OBJECTS, &ws[c].lower) {
            c += 1;
            if c < ws.len() && matches!(ws[c].lower.as_str(), "that" | "of" | "about") {
                c += 1;
            }
        } else if let Some(t) = that_at {
            c = t + 1;
        }
    } else if let Some(t) = that_at {
        c = t + 1;
    } else if ws[v].lower == "told" || ws[v].lower == "tells" {
        // told reporters the plan was dead
        c += 1 + usize::from(c + 1 < ws.len() && matches!(ws[c].lower.as_str(), "the" | "a"));
    } else if ws[v].lower == "quoted" && ws.get(c).is_some_and(|w| w.lower == "as") {
        // was quoted as saying the plan ...
        c += 2;
    } else {
        // said on Wednesday it would ... / said yesterday the plan ...
        c += when_words(&ws[c..]);
    }
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    let min_words = if denial { 2 } else { 3 };
    if c >= ws.len() || ws.len() - c < min_words {
        // "Kirby said:" — credited, but no clause of its own.
        return sent.slice(text).trim_end().ends_with(':').then(|| {
            Draft::new(
                sp,
                ClaimKind::Reported,
                Span::new(sent.end, sent.end),
                Some(m.surface.clone()),
            )
        });
    }
    let mut content = trim_clause(text, Span::new(ws[c].span.start, sent.end));
    let mut kind = if denial {
        ClaimKind::Denial
    } else {
        ClaimKind::Reported
    };
    // "X said the reports were not true": a denial of "the reports".
    if kind == ClaimKind::Reported {
        if let Some(cut) = falsity_predicate(content.slice(text)) {
            kind = ClaimKind::Denial;
            content = Span::new(content.start, content.start + cut).trim(text);
        }
    }
    Some(Draft::new(sp, kind, content, Some(m.surface)))
}

/// "Finance Minister Jane Cole defended the plan, saying it would create jobs": the clause after
/// ", saying" is a claim of the sentence's subject, the longest opening words that name a
/// speaker.
fn saying_clause(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let k = (1..ws.len().saturating_sub(3))
        .find(|&k| ws[k].lower == "saying" && ws[k - 1].trailing == Some(','))?;
    let m = (1..k.min(9)).rev().find_map(|n| parse(&ws[..n]))?;
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    let mut c = k + 1;
    if ws[c].lower == "that" {
        c += 1;
    }
    let content = trim_clause(text, Span::new(ws.get(c)?.span.start, sent.end));
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// Whether a "that" after the verb opens the reported clause, given the words in between:
/// nothing ("said that"), an audience after a verb that takes one ("told reporters that"), or
/// a time, place or manner ("said on Monday that", "said in a statement that", "said again
/// that"). Otherwise the "that" belongs inside the clause ("said the figures included deaths
/// that had not been confirmed").
fn that_opens_the_clause(verb: &Word, gap: &[Word]) -> bool {
    const AUDIENCE_VERBS: &[&str] = &[
        "told",
        "tells",
        "assured",
        "assures",
        "informed",
        "warned",
        "warns",
        "reminded",
        "promised",
        "advised",
        "notified",
        "convinced",
    ];
    const OPENERS: &[&str] = &[
        "on",
        "in",
        "at",
        "during",
        "last",
        "this",
        "yesterday",
        "today",
        "earlier",
        "later",
        "again",
        "also",
        "to",
        "after",
        "before",
        "while",
        "when",
        "late",
        "early",
        "through",
        "via",
        "by",
    ];
    match gap.first() {
        None => true,
        Some(_) if is_in(AUDIENCE_VERBS, &verb.lower) => gap.len() <= 5,
        Some(w) => is_in(OPENERS, &w.lower) || (w.lower.ends_with("ly") && gap.len() == 1),
    }
}

/// Whether a denial's object points back at an earlier claim: "that claim", "this account",
/// "those figures".
fn points_back(object: &str) -> bool {
    const NOUNS: &[&str] = &[
        "account",
        "figures",
        "estimate",
        "version",
        "idea",
        "characterization",
        "characterisation",
        "assessment",
        "description",
        "interpretation",
    ];
    let mut words = object.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let (Some(det), Some(noun)) = (words.next(), words.next()) else {
        return false;
    };
    is_in(&["that", "this", "these", "those"], &det)
        && (is_in(DENIED_OBJECTS, &noun) || is_in(NOUNS, &noun))
}

/// Number of words of a "when" phrase at the start of `ws`: "on Wednesday", "yesterday",
/// "late on Friday", "last week".
fn when_words(ws: &[Word]) -> usize {
    let lower = |i: usize| ws.get(i).map_or("", |w| w.lower.trim_end_matches(','));
    match lower(0) {
        "yesterday" | "today" | "tonight" | "earlier" | "later" => 1,
        "on" if is_in(WEEKDAYS, lower(1)) => 2,
        "late" | "early" if lower(1) == "on" && is_in(WEEKDAYS, lower(2)) => 3,
        "last" | "this"
            if matches!(lower(1), "week" | "month" | "year") || is_in(WEEKDAYS, lower(1)) =>
        {
            2
        }
        _ => 0,
    }
}

/// "A leaked memo showed the plan, opposition leader Grace Mwangi said." The attribution is
/// the last comma-separated part of the sentence and holds only a speaker and a speech verb,
/// or the last two parts when the speaker has an appositive: "..., said Maria Lopez, Riverside's
/// chief executive." / "..., Maria Lopez, Riverside's chief executive, said."
fn trailing_attribution(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let commas: Vec<usize> = ws
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, w)| w.trailing == Some(','))
        .map(|(i, _)| i)
        .take(3)
        .collect();
    let tail = commas.first().and_then(|&c0| tail_speaker(&ws[c0 + 1..]));
    let (content_end, m) = match (commas.as_slice(), tail) {
        ([], _) => return None,
        (&[c0, ..], Some(m)) => (c0, m),
        // said Maria Lopez, Riverside's chief executive.
        (&[c0, c1, ..], None) if is_speech(&ws[c1 + 1]) && is_title_tail(&ws[c0 + 1..]) => {
            (c1, parse(&ws[c1 + 2..=c0]).filter(is_person)?)
        }
        // Maria Lopez, Riverside's chief executive, said.
        (&[c0, c1, c2], None)
            if ws.len() == c0 + 2 && is_speech(&ws[c0 + 1]) && is_title_tail(&ws[c1 + 1..=c0]) =>
        {
            (c2, parse(&ws[c2 + 1..=c1]).filter(is_person)?)
        }
        _ => return None,
    };
    if content_end < 3 {
        return None;
    }
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    let content = trim_clause(text, Span::new(sent.start, ws[content_end].span.end));
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// "X said" or "said X" as the tail of a sentence, maybe with a time, place or audience after
/// the verb: "the ministry said on Tuesday", "said Tom Reyes in a statement", "Mayor Linda Park
/// told reporters".
fn tail_speaker(tail: &[Word]) -> Option<Mention> {
    if tail.is_empty() || tail.len() > 12 {
        return None;
    }
    let v = tail.iter().position(is_speech)?;
    // What follows the speaker and verb: nothing, or a modifier ("on Tuesday").
    let modifier = |rest: &[Word]| {
        rest.first().is_none_or(|w| {
            is_in(NP_STOPS, &w.lower) && w.text.starts_with(|c: char| c.is_lowercase())
        }) || is_in(&["told", "tells"], &tail[v].lower)
    };
    if v > 0 {
        let m = parse(&tail[..v])?;
        modifier(&tail[v + 1..]).then_some(m)
    } else {
        let end = np_after(tail, 1);
        let m = parse(&tail[1..end])?;
        modifier(&tail[end..]).then_some(m)
    }
}

/// A short description after a name ("Riverside's chief executive"), not a clause.
fn is_title_tail(ws: &[Word]) -> bool {
    (1..=7).contains(&ws.len())
        && !ws
            .iter()
            .any(|w| is_speech(w) || is_denial(w) || is_in(&["that", "adding"], &w.lower))
}

fn is_person(m: &Mention) -> bool {
    matches!(m.kind, super::mentions::MentionKind::Person { .. })
}

/// A "that" clause inside a sentence subject ("X's statement that A did little to calm
/// critics"): runs to the last comma-free stretch before a verb we can't see, so we take the
/// clause up to a following verb phrase marker, else to the sentence end.
fn clause_until_main_verb(text: &str, clause: &[Word], sent: Span) -> Span {
    const MAIN_VERB_MARKERS: &[&str] = &[
        "did",
        "was",
        "drew",
        "prompted",
        "angered",
        "sparked",
        "caused",
        "surprised",
        "came",
        "has",
        "had",
    ];
    // Skip the first word (the clause's own subject) and find a marker after the clause's verb.
    let mut seen_verb = false;
    for (k, w) in clause.iter().enumerate().skip(1) {
        if matches!(
            w.lower.as_str(),
            "would"
                | "will"
                | "could"
                | "should"
                | "might"
                | "is"
                | "are"
                | "was"
                | "were"
                | "had"
                | "has"
                | "can"
        ) && !seen_verb
        {
            seen_verb = true;
            continue;
        }
        if seen_verb && k > 2 && is_in(MAIN_VERB_MARKERS, &w.lower) {
            return trim_clause(
                text,
                Span::new(clause[0].span.start, clause[k - 1].span.end),
            );
        }
    }
    trim_clause(text, Span::new(clause[0].span.start, sent.end))
}

/// Where a clause ending in "was/were/is/are <false>" has its predicate: the byte offset of the
/// copula, so that the clause before it is the proposition called false.
fn falsity_predicate(clause: &str) -> Option<usize> {
    let body = clause.trim_end_matches(|c: char| !c.is_alphanumeric());
    FALSITY_PHRASES.iter().find_map(|p| {
        let before = body.len().checked_sub(p.len())?;
        if !body.is_char_boundary(before) || !body[before..].eq_ignore_ascii_case(p) {
            return None;
        }
        let head = &body[..before];
        ["was ", "were ", "is ", "are "].iter().find_map(|cop| {
            let at = head.len().checked_sub(cop.len() + 1)?;
            (head.is_char_boundary(at)
                && head[at..].len() == cop.len() + 1
                && head[at..].starts_with(' ')
                && head[at + 1..].eq_ignore_ascii_case(cop))
            .then_some(at)
        })
    })
}

/// Drops a clause's trailing sentence punctuation and a dangling ", adding".
fn trim_clause(text: &str, span: Span) -> Span {
    let mut s = span.slice(text).trim_end();
    s = s.trim_end_matches(['.', ',', ';', ':']);
    for tail in [", adding", " adding"] {
        if let Some(stripped) = s.strip_suffix(tail) {
            s = stripped;
        }
    }
    Span::new(span.start, span.start + s.len()).trim(text)
}
