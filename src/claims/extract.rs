//! The per-article walk: paragraphs → quotes and their attributions → block quotes → reported
//! speech and denials → narrator statements.

use super::lexicon::{
    is_in, DENIAL_VERBS, DENIED_OBJECTS, FALSITY_PHRASES, NON_PROSE_PREFIXES, SPEECH_VERBS,
};
use super::mentions::{parse, words, Mention, Word};
use super::quotes::{find_quotes, Quote};
use super::segment::{paragraphs, sentences};
use super::speakers::{ArticleScope, Registry};
use super::{ClaimKind, Draft};
use crate::article::{Article, Span};

/// Words allowed between a subject and its speech verb ("has denied", "later said").
const AUXILIARIES: &[&str] = &[
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
    is_in(SPEECH_VERBS, &w.lower)
}

fn is_denial(w: &Word) -> bool {
    is_in(DENIAL_VERBS, &w.lower)
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
    n_words >= 3 && (starts_upper || at_para_start || after_colon_or_comma)
}

fn is_non_prose(text: &str, para: Span) -> bool {
    let lower = para.slice(text).to_lowercase();
    NON_PROSE_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// Index of the first word of a noun phrase ending just before `end`: walks back over words
/// that can be part of a speaker mention, stopping at punctuation.
fn np_before(ws: &[Word], end: usize) -> usize {
    let mut start = end;
    while start > 0 {
        let w = &ws[start - 1];
        if start < end && w.trailing.is_some_and(|c| c != '.') {
            break;
        }
        if w.trailing.is_some_and(|c| c == ',' || c == ':' || c == ';') {
            break;
        }
        start -= 1;
    }
    start
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
        if w.trailing.is_some() && !(w.trailing == Some('.') && w.text.ends_with('.')) {
            break;
        }
    }
    end
}

/// Speaker mention around a speech verb in `ws`: "X said", "said X", "X, a spokesman, said".
/// Returns the mention and the index of the verb.
fn mention_with_verb(ws: &[Word], max_verb_at: usize) -> Option<(Mention, usize)> {
    let v = ws
        .iter()
        .take(max_verb_at)
        .position(|w| is_speech(w) || is_denial(w))?;
    // "said X"
    if v == 0 {
        let end = np_after(ws, 1);
        return parse(&ws[1..end]).map(|m| (m, v));
    }
    // "X said": skip auxiliaries between the subject and the verb.
    let mut subj_end = v;
    while subj_end > 0 && is_in(AUXILIARIES, &ws[subj_end - 1].lower) {
        subj_end -= 1;
    }
    let start = np_before(ws, subj_end);
    parse(&ws[start..subj_end]).map(|m| (m, v)).or_else(|| {
        // "..., said X" after a leading phrase.
        let end = np_after(ws, v + 1);
        parse(&ws[v + 1..end]).map(|m| (m, v))
    })
}

/// A claim quote with what credits it.
struct Found {
    quote: Quote,
    speaker: Option<usize>,
    mention: Option<String>,
    /// The attribution after the quote ended with a colon: a block quote follows.
    colon: bool,
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
    let mut carry: Option<(usize, Option<String>)> = None;

    for (pi, &para) in paras.iter().enumerate() {
        let quotes: Vec<Quote> = find_quotes(text, para)
            .into_iter()
            .filter(|q| is_claim_quote(text, q, para))
            .collect();

        // A paragraph after "..., he said, adding:" is that speaker's block quote.
        if let Some((sp, mention)) = block_speaker.take() {
            if quotes.first().is_none_or(|q| q.outer.start > para.start) {
                out.push(Draft::new(sp, ClaimKind::Quote, para, mention).form("block"));
                scope.spoke(sp);
                carry = Some((sp, None));
                continue;
            }
        }

        let protected: Vec<Span> = quotes.iter().map(|q| q.outer).collect();
        let sents = sentences(text, para, &protected);
        let sentence_of = |at: usize| {
            sents
                .iter()
                .copied()
                .find(|s| s.start <= at && at < s.end)
                .unwrap_or(para)
        };

        // 1. Direct quotes and their attributions.
        let mut found: Vec<Found> = Vec::new();
        let mut attributed: Vec<Span> = Vec::new();
        for (qi, q) in quotes.iter().enumerate() {
            let sent = sentence_of(q.outer.start);
            let next_q = quotes.get(qi + 1).map_or(para.end, |n| n.outer.start);
            let mut f = Found {
                quote: *q,
                speaker: None,
                mention: None,
                colon: false,
            };
            // After the quote: “...,” said X. / “...,” X said, adding:
            let after = Span::new(q.outer.end, sent.end.min(next_q).max(q.outer.end));
            let ws = words(text, after);
            if let Some((m, _)) = mention_with_verb(&ws, 4) {
                if let Some(sp) = reg.resolve(&m, &mut scope) {
                    f.speaker = Some(sp);
                    f.mention = Some(m.surface.clone());
                    f.colon = after.slice(text).trim_end().ends_with(':');
                    attributed.push(after);
                }
            }
            // Before the quote: X said: “...” / According to X, “...”
            if f.speaker.is_none() {
                let prev_q = if qi > 0 {
                    quotes[qi - 1].outer.end
                } else {
                    sent.start
                };
                let before = Span::new(sent.start.max(prev_q), q.outer.start);
                let btxt = before.slice(text).trim_end();
                if btxt.ends_with(':') || btxt.ends_with(',') || !btxt.is_empty() {
                    let ws = words(text, before);
                    let m = according_to(&ws)
                        .or_else(|| mention_with_verb(&ws, ws.len()).map(|(m, _)| m));
                    if let Some(m) = m {
                        if let Some(sp) = reg.resolve(&m, &mut scope) {
                            f.speaker = Some(sp);
                            f.mention = Some(m.surface.clone());
                            attributed.push(before);
                        }
                    }
                }
            }
            if let Some(sp) = f.speaker {
                scope.spoke(sp);
            }
            found.push(f);
        }
        // Split and continuing quotes in one paragraph share the speaker of a neighbour.
        for i in 0..found.len() {
            if found[i].speaker.is_none() {
                let from_prev = found[..i].iter().rev().find_map(|f| f.speaker);
                let from_next = found[i + 1..].iter().find_map(|f| f.speaker);
                let from_carry = (i == 0).then(|| carry.as_ref().map(|c| c.0)).flatten();
                found[i].speaker = from_prev.or(from_carry).or(from_next);
            }
        }
        // Still nobody: the next paragraph may credit it ("So said Mayor Linda Park.").
        if found.iter().any(|f| f.speaker.is_none()) {
            if let Some(&next) = paras.get(pi + 1) {
                if let Some((sp, surface)) = back_reference(text, next, reg, &mut scope) {
                    for f in found.iter_mut().filter(|f| f.speaker.is_none()) {
                        f.speaker = Some(sp);
                        f.mention = Some(surface.clone());
                    }
                }
            }
        }
        for f in &found {
            let sp = f.speaker.unwrap_or_else(|| reg.unknown(&scope));
            let form = if f.quote.closed {
                "direct"
            } else {
                "continued"
            };
            out.push(Draft::new(sp, ClaimKind::Quote, f.quote.inner, f.mention.clone()).form(form));
        }
        if let Some(last) = found.last() {
            if last.colon {
                block_speaker = last.speaker.map(|s| (s, last.mention.clone()));
            }
        }

        // 2. Sentences outside quotes: reported speech, denials, or the narrator's own claims.
        let mut narrative_after_quotes = false;
        for &sent in &sents {
            let covered = protected
                .iter()
                .any(|q| sent.start < q.end && q.start < sent.end)
                || attributed.iter().any(|a| sent.contains(*a));
            if covered {
                continue;
            }
            if pi > 0 && sent == sents[0] && back_reference_span(text, sent).is_some() {
                continue; // the credit line for the previous paragraph's quote
            }
            narrative_after_quotes = true;
            if let Some(d) = reported(text, sent, reg, &mut scope) {
                out.push(d);
                // A colon-ended reported sentence introduces a block quote: "Kirby said:".
                if sent.slice(text).trim_end().ends_with(':') {
                    let last = out.last().unwrap();
                    block_speaker = Some((last.speaker, last.mention.clone()));
                    out.pop();
                }
                continue;
            }
            let sentence_text = sent.slice(text).trim_end();
            if sentence_text.ends_with(':') {
                let ws = words(text, sent);
                if let Some((m, _)) = mention_with_verb(&ws, ws.len()) {
                    if let Some(sp) = reg.resolve(&m, &mut scope) {
                        block_speaker = Some((sp, Some(m.surface)));
                        continue;
                    }
                }
            }
            if sentence_text.split_whitespace().count() >= 5 {
                out.push(Draft::new(narrator, ClaimKind::Narrator, sent, None));
            }
        }
        carry = if narrative_after_quotes || found.is_empty() {
            None
        } else {
            found
                .last()
                .and_then(|f| f.speaker.map(|s| (s, f.mention.clone())))
        };
    }
    out
}

/// "According to X, ..." (or "..., according to X.") → X.
fn according_to(ws: &[Word]) -> Option<Mention> {
    let i = ws
        .windows(2)
        .position(|w| w[0].lower == "according" && w[1].lower == "to")?;
    let end = np_after(ws, i + 2);
    parse(&ws[i + 2..end])
}

/// The span of a sentence that opens with a back-reference ("So said ...").
fn back_reference_span(text: &str, sent: Span) -> Option<usize> {
    let lower = sent.slice(text).to_lowercase();
    BACK_REFERENCES
        .iter()
        .find(|b| lower.starts_with(*b))
        .map(|b| b.split_whitespace().count())
}

fn back_reference(
    text: &str,
    para: Span,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<(usize, String)> {
    let first = sentences(text, para, &[]).into_iter().next()?;
    let n = back_reference_span(text, first)?;
    let ws = words(text, first);
    let end = np_after(&ws, n);
    let m = parse(&ws[n..end])?;
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    Some((sp, m.surface))
}

/// Reported speech or a denial in one sentence: "Lavrov told Russian television that ...",
/// "The State Department has denied reports that ...", "According to X, ...".
fn reported(text: &str, sent: Span, reg: &mut Registry, scope: &mut ArticleScope) -> Option<Draft> {
    let ws = words(text, sent);
    if ws.len() < 3 {
        return None;
    }
    // According to X, CLAUSE  /  CLAUSE, according to X.
    if let Some(i) = ws
        .windows(2)
        .position(|w| w[0].lower == "according" && w[1].lower == "to")
    {
        let end = np_after(&ws, i + 2);
        let m = parse(&ws[i + 2..end])?;
        let content = if i == 0 {
            Span::new(ws.get(end)?.span.start, sent.end)
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

    let v = ws
        .iter()
        .position(|w| (is_speech(w) && !is_in(QUOTE_ONLY_VERBS, &w.lower)) || is_denial(w))?;
    if v == 0 || v > 14 {
        return None;
    }
    let denial = is_denial(&ws[v]);
    let mut subj_end = v;
    while subj_end > 0 && is_in(AUXILIARIES, &ws[subj_end - 1].lower) {
        subj_end -= 1;
    }
    let subj_start = np_before(&ws, subj_end);
    if subj_start == subj_end {
        return None;
    }
    let m = parse(&ws[subj_start..subj_end])?;

    // Where the reported clause starts.
    let mut c = v + 1;
    let that_at = ws[c..ws.len().min(c + 7)]
        .iter()
        .position(|w| w.lower == "that")
        .map(|p| c + p);
    if denial {
        // denied (the) reports (of|that) ...
        if c < ws.len() && matches!(ws[c].lower.as_str(), "the" | "any" | "all") {
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
    }
    if c >= ws.len() || ws.len() - c < 3 {
        return None;
    }
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    let mut content = trim_clause(text, Span::new(ws[c].span.start, sent.end));
    let mut kind = if denial {
        ClaimKind::Denial
    } else {
        ClaimKind::Reported
    };
    // "X said the reports were not true": a denial of "the reports".
    if kind == ClaimKind::Reported {
        let lower = content.slice(text).to_lowercase();
        for p in FALSITY_PHRASES {
            for cop in [" was ", " were ", " is ", " are "] {
                let pat = format!("{cop}{p}");
                if let Some(at) = lower.find(&pat) {
                    if lower[at + pat.len()..]
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .is_empty()
                    {
                        kind = ClaimKind::Denial;
                        content = Span::new(content.start, content.start + at).trim(text);
                    }
                }
            }
        }
    }
    Some(Draft::new(sp, kind, content, Some(m.surface)))
}

/// Drops a clause's trailing sentence punctuation.
fn trim_clause(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let t = s.trim_end().trim_end_matches(['.', ',', ';', ':']);
    Span::new(span.start, span.start + t.len()).trim(text)
}
