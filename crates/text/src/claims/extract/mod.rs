//! The per-article walk: paragraphs → quotes and their attributions → block quotes → reported
//! speech and denials → narrator statements.

use super::lexicon::{
    is_in, is_pronoun, VerbKind, ACT_VERBS, AUDIENCE_PARTICIPLES, CALLING_VERBS, DENIED_OBJECTS,
    DISMISSIVE_WORDS, FALSITY_PHRASES, LITERAL_DENIAL_VERBS, NON_PROSE_PREFIXES, NOT_SPEAKERS,
    PREDICATE_AUXILIARIES, QUOTE_ONLY_VERBS, SPEECH_PARTICIPLES, TOPIC_CUES, VERBS, WEEKDAYS,
};
use super::mentions::{
    description, is_cap, parse, possessor, words, Mention, MentionKind, Word, DETERMINERS, MONTHS,
    NAME_PARTICLES,
};
use super::quotes::{find_quotes, Quote};
use super::segment::{after_dateline, clauses, paragraphs, sentences};
use super::speakers::{ArticleScope, Registry};
use super::{ClaimKind, Draft};
use crate::article::{Article, Span};
use crate::words::{word_list, WordList};

mod cues;
mod reported;
mod stray;
mod subject;
use cues::*;
use reported::*;
use stray::stray_quotes;
use subject::*;

/// Words allowed between a subject and its speech verb ("has denied", "later said").
static AUXILIARIES: WordList = word_list!("auxiliaries.txt");

/// "Hollande Says Trump ‘Makes You Want To Retch.’": a headline (or, with `known_only`, a
/// subhead whose speaker the article named before) that reports what a named person or
/// organisation said is their claim. Nothing else of a headline is: it is no narrator
/// sentence, and "Coach Says ..." names nobody the body can be sure is the same person.
fn headline_claim(
    text: &str,
    h: Span,
    known_only: bool,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let ws = words(text, h);
    if !known_only {
        if let Some(d) = labelled_headline(text, h, &ws, reg, scope) {
            return Some(d);
        }
    }
    // "Tom Reyes Calls for Special Prosecutor after Report Reveals ...": the first verb
    // that speaks or acts decides, and an act ("calls for", "praises") is a stance.
    let verb = (1..ws.len())
        .find(|&v| cue_at(&ws, v).is_some() || is_in(&ACT_VERBS, &ws[v].lower) || is_calls(&ws, v));
    let stance = verb.is_some_and(|v| cue_at(&ws, v).is_none());
    // An act's subject is no relative clause's object ("Ted Cruz" in "Actor Who Endorsed
    // Ted Cruz Called ...") and no clause before a comma ("Biden Aims Insult At Trump,
    // Slams ..."): title case hides where a name ends.
    let plain_subject = |v: usize| {
        ws[v - 1].trailing.is_none()
            && !ws[..v]
                .iter()
                .any(|w| is_in(&["who", "that", "which"], &w.lower))
    };
    // Decided before anything is resolved, so a headline that is not kept registers no one.
    // A subhead's speaker must be someone the article named before ("Donald Trump Calls Out
    // Ted Cruz ..." in a live blog), not whatever capitalised words open it ("Willie Nelson
    // Death Hoax Dismissed ...").
    let names_a_person = verb
        .filter(|&v| !stance || plain_subject(v))
        .and_then(|v| subject_before(&ws, v))
        .is_some_and(|m| {
            if known_only {
                return reg.known_person(&m, scope).is_some();
            }
            // "Union chief says", "Park campaign says": named by whom they work for.
            // "Saudis insist ...", "Democrats say ...": a people or a party too.
            let people = m.surface.split_whitespace().last().is_some_and(|w| {
                let w = w.to_lowercase();
                crate::claims::mentions::is_group_head(&w)
                    || crate::claims::mentions::is_party_word(&w)
            });
            is_person(&m)
                || matches!(m.kind, MentionKind::Org(_))
                || matches!(&m.kind, MentionKind::Title { org: Some(_), .. })
                || (matches!(m.kind, MentionKind::Anonymous(_)) && people)
        });
    if !names_a_person {
        return None;
    }
    let claim = if stance {
        speech_act_clause(text, h, &ws, reg, scope)
            .or_else(|| stance_clause(text, h, &ws, reg, scope))
    } else {
        reported(text, h, &ws, reg, scope)
    };
    claim.filter(|d| d.kind != ClaimKind::Narrator && !d.span.is_empty())
}

/// "Graham: Trump's ‘Incredibly Hateful Rhetoric’ Destroying GOP's Chance", "Clinton camp:
/// Trump's Islamophobia threatens national security": a headline that names its source before
/// a colon says what that source said. Not a section's or a column's label ("The Latest:",
/// "News Guide:"): the source is a person, an organisation, or a described person or group.
fn labelled_headline(
    text: &str,
    h: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let colon = ws.iter().take(6).position(|w| w.trailing == Some(':'))?;
    let source = &ws[..=colon];
    let line_end = h.slice(text).find('\n').map_or(h.end, |k| h.start + k);
    let content = Span::new(
        after_colon_at(text, ws[colon].span.end, line_end)?,
        line_end,
    )
    .trim(text);
    let content = Span::new(
        content.start,
        content.start + content.slice(text).trim_end_matches('.').len(),
    );
    // "Ted Cruz: Constitutional conservative or another typical career politician?" asks about
    // them.
    let question = content.slice(text).trim_end().ends_with('?');
    if question || words(text, content).len() < 3 || source.iter().any(|w| w.aside) {
        return None;
    }
    // Not a shout ("BOOM:", "FIX IS IN:").
    let shouted = source
        .iter()
        .all(|w| !w.text.chars().any(char::is_lowercase));
    // "Clinton to Planned Parenthood:": the speaker, then whom they spoke to.
    let source = match source.iter().position(|w| w.lower == "to") {
        Some(k) if k > 0 => &source[..k],
        _ => source,
    };
    let m = parse(source).filter(|m| {
        m.span.start == ws[0].span.start && m.span.end == source[source.len() - 1].span.end
    })?;
    // The article goes on to name them: "Graham:" is the Lindsey Graham or Sen. Graham of the
    // body ("The Latest:" is named by no one).
    let body = &text[h.end..];
    let named_in_body = |last: &str| {
        last.len() > 2
            && body.match_indices(last).any(|(at, _)| {
                let before = body[..at].trim_end();
                let word = before
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or_default();
                let end_ok = body[at + last.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                end_ok
                    && before.len() + 1 == at
                    && word.starts_with(char::is_uppercase)
                    && !is_in(&DETERMINERS, &word.to_lowercase())
            })
    };
    let credible = !shouted
        && match &m.kind {
            // A full name as the body writes it ("Carly Fiorina Endorses Ted Cruz:" is none).
            MentionKind::Person {
                first: Some(_),
                full,
                ..
            } => body.contains(full.as_str()),
            MentionKind::Person { last, .. } => named_in_body(last),
            MentionKind::Org(name) => {
                super::mentions::names_an_outlet(source) && body.contains(name.as_str())
            }
            MentionKind::Title { .. } => true,
            // "Clinton camp", "Newspaper", "Historians": who or what speaks.
            MentionKind::Anonymous(desc) => desc
                .split(' ')
                .next_back()
                .is_some_and(subject::names_a_speaker),
            _ => false,
        };
    if !credible {
        return None;
    }
    let speaker = reg.resolve(&m, scope)?;
    Some(Draft::new(
        speaker,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// Where the text after the colon that ends the word ending at `word_end` starts, before
/// `limit`: a closing quote mark may stand between the word and its colon ("‘Jihadi John’:").
fn after_colon_at(text: &str, word_end: usize, limit: usize) -> Option<usize> {
    let colon = text.get(word_end..limit)?.find(':')?;
    Some(word_end + colon + 1)
}

/// "TAPPER: And obviously, you're supporting Donald Trump ...", "Alex Seitz-Wald: She is right
/// on all these things ...": a paragraph that opens with a person's name (written in capitals
/// or not) and a colon is a transcript's line, that person's words. A single name must be
/// someone the article named before ("Q:", "The result:", "Poll:" are no one).
fn transcript_line(
    text: &str,
    para: Span,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<(usize, String, Span)> {
    // A line of its own: "Bernie Sanders: Credit scores" over a paragraph is a list's subhead.
    if para.slice(text).contains('\n') {
        return None;
    }
    let ws = words(text, para);
    let colon = ws.iter().take(4).position(|w| w.trailing == Some(':'))?;
    let said = Span::new(
        after_colon_at(text, ws[colon].span.end, para.end)?,
        para.end,
    )
    .trim(text);
    // Four words at least: "Cruz: Just hang on." heads a list's entry.
    if ws.len() < colon + 5 || ws[..=colon].iter().any(|w| w.aside) {
        return None;
    }
    // Capitals as a transcript writes them: "KATE BOULDUAN" is Kate Bouldan.
    let label: Vec<Word> = ws[..=colon]
        .iter()
        .map(|w| {
            let mut w = w.clone();
            if w.text.chars().all(|c| !c.is_lowercase()) && w.text.len() > 1 {
                let mut chars = w.text.chars();
                let first: String = chars.next().into_iter().collect();
                w.text = format!("{first}{}", chars.as_str().to_lowercase()).into();
            }
            w
        })
        .collect();
    let m = parse(&label).filter(|m| {
        is_person(m) && m.span.start == ws[0].span.start && m.span.end == ws[colon].span.end
    })?;
    // "Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls for
    // ...": a line that names its label's person again is about them, not theirs.
    if let MentionKind::Person { last, .. } = &m.kind {
        if said.slice(text).contains(last.as_str()) {
            return None;
        }
    }
    let full_name = matches!(&m.kind, MentionKind::Person { first: Some(f), .. }
        if crate::claims::lexicon::is_known_first_name(f));
    let sp = if full_name {
        reg.resolve(&m, scope)?
    } else {
        reg.known_person(&m, scope)?
    };
    Some((sp, m.surface, said))
}

/// A subhead inside the body: one line in title case ("Axl Rose Death Hoax Dismissed Since
/// Singer Is ‘Alive And Well’", "SEE ALSO: ..."). Read as a headline, and only for someone
/// already named, else the outlet's (narrator's) line: read as prose, its opening words were a
/// speaker ("Nelson Death Hoax").
fn is_subhead(text: &str, para: Span) -> bool {
    let p = para.slice(text).trim_end();
    let long: Vec<&str> = p
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    !p.contains('\n')
        && !p.ends_with(['.', ':', ';', ','])
        && p.split_whitespace().count() <= 20
        && long.len() >= 4
        && capitalised * 10 >= long.len() * 9
}

/// Whether an uncredited line is long enough to be the narrator's claim: five words or more
/// ("Boos rained down." is too short to say anything worth pairing).
fn is_narration(line: &str) -> bool {
    line.split_whitespace().count() >= 5
}

/// Openers of a sentence that credits the quote before it: "So said X", "Those were the words
/// of X".
static BACK_REFERENCES: WordList = word_list!("back_references.txt");

pub fn extract_article(article: &Article, reg: &mut Registry) -> Vec<Draft> {
    let text = article.text.as_str();
    let mut scope = ArticleScope::new(&article.id);
    scope.learn_proper_nouns(&text[article.body_start..]);
    let narrator = reg.narrator(&scope, article.source.as_deref());
    let paras: Vec<Span> = paragraphs(text, article.body_start)
        .into_iter()
        .filter(|&p| !is_non_prose(text, p))
        .collect();
    let mut out: Vec<Draft> = Vec::new();
    let headline = paragraphs(text, 0)
        .into_iter()
        .next()
        .filter(|h| h.end <= article.body_start);
    if let Some(h) = headline {
        out.extend(headline_claim(text, h, false, reg, &mut scope));
    }
    let mut block_speaker: Option<(usize, Option<String>)> = None;
    // Speaker of the quote that ended the previous paragraph, for quotes that continue.
    // (speaker, whether by reported speech rather than a quote)
    let mut carry: Option<(usize, bool)> = None;
    // Open quotes after reported speech, with that speaker, for when no later credit names one.
    let mut open_after_reported: Vec<(usize, usize)> = Vec::new();

    for (pi, &para) in paras.iter().enumerate() {
        scope.new_paragraph();
        if is_subhead(text, para) {
            // Else it is the outlet's own line, as any narration is.
            match headline_claim(text, para, true, reg, &mut scope) {
                Some(d) => out.push(d),
                None if is_narration(para.slice(text)) => {
                    out.push(Draft::new(narrator, ClaimKind::Narrator, para, None));
                }
                None => {}
            }
            continue;
        }
        // A dateline opens the first paragraph, or any when articles run together.
        let para = match after_dateline(text, para) {
            Some(start) => Span::new(start, para.end).trim(text),
            None => para,
        };
        // "TAPPER: Do you think ...", "Matthews: Well, speculation is bad.": a transcript's line
        // is its speaker's words.
        if let Some((sp, mention, said)) = transcript_line(text, para, reg, &mut scope) {
            out.push(Draft::new(sp, ClaimKind::Quote, said, Some(mention)).form("direct"));
            scope.spoke(sp);
            carry = Some((sp, false));
            continue;
        }
        let all_quotes = find_quotes(text, para);
        let quotes: Vec<Quote> = all_quotes
            .iter()
            .filter(|q| is_claim_quote(text, q, para))
            .copied()
            .collect();

        // A paragraph after "..., he said, adding:" is that speaker's block quote.
        // Only when that paragraph ends with the colon: in "Cruz said, adding: “...”" the
        // quote after the colon was the block, and the next paragraph is the narrator's.
        let colon_before = text[..para.start].trim_end().ends_with(':');
        if let Some((sp, mention)) = block_speaker.take().filter(|_| colon_before) {
            if quotes.first().is_none_or(|q| q.outer.start > para.start) {
                out.push(Draft::new(sp, ClaimKind::Quote, para, mention).form("block"));
                scope.spoke(sp);
                carry = Some((sp, false));
                continue;
            }
            // "Reporter Linda Park says:¶“Well, Tom, ...”": the quote that opens the
            // paragraph is theirs unless it has a credit of its own.
            carry = Some((sp, false));
        }

        let protected: Vec<Span> = quotes.iter().map(|q| q.outer).collect();
        // No sentence ends inside any closed quote either: `The plan is “a disaster. It will
        // never work,” Axelrod wrote.` is one sentence, though its quote opens in lower case.
        let unsplit: Vec<Span> = all_quotes
            .iter()
            .filter(|q| q.closed)
            .map(|q| q.outer)
            .chain(protected.iter().copied())
            .collect();
        let sents: Vec<Span> = rejoin_credit_lines(text, sentences(text, para, &unsplit), &quotes)
            .into_iter()
            .flat_map(|s| {
                // A sentence with a quote keeps its quotes and their credit together.
                if quotes
                    .iter()
                    .any(|q| s.start <= q.outer.start && q.outer.start < s.end)
                {
                    vec![s]
                } else {
                    clauses(text, s, &protected, clause_has_subject)
                        .into_iter()
                        .flat_map(|c| after_colon(text, c))
                        .flat_map(|c| at_dashes(text, c))
                        .flat_map(|c| subordinate_and_main(text, c))
                        .flat_map(|c| credited_subordinate_after(text, c))
                        .collect()
                }
            })
            .collect();
        let first_draft = out.len();
        // (index in out, quote)
        let mut found: Vec<(usize, Found)> = Vec::new();
        // The person a narrator sentence of this paragraph opened with: (sentence, speaker).
        let mut narrated_subject: Option<(usize, usize)> = None;
        // For each quote that opens its sentence: the sentence's index.
        let mut opens_sentence: Vec<Option<usize>> = Vec::new();
        let mut ends_with_quote = false;

        for (si, &sent) in sents.iter().enumerate() {
            scope.next_utterance();
            // A question put to someone is a claim of its own, its asker's when named (else unknown); the other patterns read
            // the rest of the sentence.
            let asked = sent.slice(text).contains("sked"); // cheap: most sentences ask nothing
            let question = asked
                .then(|| question_put_to_someone(text, sent, &words(text, sent), &protected))
                .flatten();
            let sent = match question {
                Some((question, rest, by)) => {
                    let asker = match by {
                        Some(m) => reg
                            .resolve(&m, &mut scope)
                            .unwrap_or_else(|| reg.unknown(&mut scope)),
                        None => reg.unknown(&mut scope),
                    };
                    out.push(
                        Draft::new(asker, ClaimKind::Reported, question, None).form("question"),
                    );
                    match rest {
                        Rest::Clause(rest) if !rest.slice(text).trim().is_empty() => {
                            rest.trim(text)
                        }
                        Rest::Clause(_) => {
                            ends_with_quote = false;
                            continue;
                        }
                        Rest::Subject(subject) => {
                            let ws = words(text, subject);
                            if let Some(sp) = focus_on_subject(&ws, reg, &mut scope, true) {
                                narrated_subject = Some((si, sp));
                            }
                            ends_with_quote = false;
                            continue;
                        }
                    }
                }
                None => sent,
            };
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
                // "Governor Ruiz visited the plant, and she said ...": the sentence's subject is
                // who a pronoun in it means. Its capitalised opening words only: the longer
                // search of a narrator sentence costs too much to run on every sentence.
                let quick_subject = focus_on_subject(&ws, reg, &mut scope, false);
                if let Some(mut d) = reported(text, sent, &ws, reg, &mut scope) {
                    // "About half of voters say ..., while about 4 in 10 want ...": a second
                    // speaker's clause ends the first claim and is a claim of its own.
                    // "Podesta said A and said B": the same speaker's second claim.
                    let second = coordinated_claim(text, sent, &ws, &d, reg, &mut scope)
                        .or_else(|| second_verb_of_speaker(text, sent, &ws, &d, reg, &mut scope));
                    if let Some(second) = &second {
                        d.span = Span::new(d.span.start, second.0).trim(text);
                    }
                    let added = second
                        .is_none()
                        .then(|| participle_after_credit(text, sent, &ws, &d))
                        .flatten();
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
                    // "Karl Weber was calm when Tom Reyes asked whether ... “...,” he said":
                    // whoever asks is seldom whoever answers next, so the asker is no "he".
                    if d.form != Some("question") {
                        scope.spoke(d.speaker);
                    }
                    if sentence_text.ends_with(':') {
                        block_speaker = Some((d.speaker, d.mention.clone()));
                    }
                    let relative = relative_speech(text, sent, &ws, &[d.span], reg, &mut scope);
                    let opening = opening_participle(text, &ws, &[d.span], reg, &mut scope);
                    out.extend(quoted_words_before_and(
                        text,
                        &ws,
                        d.span.start,
                        reg,
                        &mut scope,
                    ));
                    // "X said:" alone introduces a block quote and says nothing itself.
                    if !d.span.is_empty() {
                        out.push(d);
                    }
                    out.extend(second.map(|(_, d)| d));
                    out.extend(added);
                    out.extend(relative);
                    out.extend(opening);
                    continue;
                }
                out.extend(relative_speech(text, sent, &ws, &[], reg, &mut scope));
                out.extend(opening_participle(text, &ws, &[], reg, &mut scope));
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
                    .find(|(_, w)| is_in(&ACT_VERBS, &w.lower))
                {
                    if let Some(m) = subject_before(&ws, v).filter(is_person) {
                        if let Some(sp) = reg.resolve(&m, &mut scope) {
                            scope.spoke(sp);
                        }
                    }
                }
                register_mentions(&ws, reg, &mut scope);
                if let Some(sp) = focus_on_subject(&ws, reg, &mut scope, true) {
                    narrated_subject = Some((si, sp));
                    if let Some(quick) = quick_subject.filter(|&q| q != sp) {
                        scope.out_of_focus(quick);
                    }
                }
                out.extend(inline_quotes(text, sent, &ws, &all_quotes, reg, &mut scope));
                if is_narration(sentence_text) {
                    out.push(Draft::new(narrator, ClaimKind::Narrator, sent, None));
                }
                continue;
            }
            // "He says he respects Clinton and calls her “an excellent candidate.”": reported
            // speech before the sentence's first quote is a claim of its own.
            let mut lead = Span::new(sent.start, in_sent[0].outer.start);
            let mut lead_ws = words(text, lead);
            // "Vice President Karl Weber weighed in, telling the Herald, “...,” he said": the
            // person the sentence opens with is who its "he" means.
            let _ = focus_on_subject(&lead_ws, reg, &mut scope, true);
            // Not a credit that introduces the quote: "X said at a news conference, “...”".
            // But "Trump told Newsmax that Romney “had a crazy policy,” adding, “...”" holds a
            // claim before the participle that introduces the quote.
            let mut introduces = lead.slice(text).trim_end().ends_with([',', ':']);
            // "... while adding on climate matters, “...”": the participle may have a few words
            // of its own, and "while" or "and" before it.
            let n = lead_ws.len();
            let participle_at = (n.saturating_sub(5).max(1)..n).find(|&p| {
                is_in(&SPEECH_PARTICIPLES, &lead_ws[p].lower)
                    && (lead_ws[p - 1].trailing == Some(',')
                        || (p >= 2
                            && is_in(&["while", "and"], &lead_ws[p - 1].lower)
                            && lead_ws[p - 2].trailing.is_none()))
            });
            if let Some(p) = participle_at.filter(|_| introduces) {
                let before = if lead_ws[p - 1].trailing == Some(',') {
                    p - 1
                } else {
                    p - 2
                };
                lead = Span::new(lead.start, lead_ws[before].span.end);
                lead_ws.truncate(before + 1);
                // "CLAUSE, Spicer said, adding, “...”": the comma after the credit ends the
                // sentence's own words here.
                if let Some(w) = lead_ws.last_mut() {
                    w.trailing = None;
                }
                introduces = false;
            }
            // "De Blasio said the move was Bratton's and said, “...”", "Suu Kyi said it was too
            // early but added, “...”": the claim before a second speech verb that introduces the
            // quote.
            if introduces {
                let n = lead_ws.len();
                let verb_at = n.checked_sub(1).filter(|&v| is_speech(&lead_ws[v]));
                let conj_at = verb_at.and_then(|v| {
                    (v.saturating_sub(2)..v)
                        .rev()
                        .find(|&k| is_in(&["and", "but"], &lead_ws[k].lower))
                });
                if let Some(k) = conj_at.filter(|&k| k >= 6) {
                    lead = Span::new(lead.start, lead_ws[k - 1].span.end);
                    lead_ws.truncate(k);
                    introduces = false;
                }
            }
            // "But he said he was too busy to look for evidence: “...”": a colon after a
            // reported clause of its own, whose speech verb is not the last word.
            // Not "..., to which O'Malley interjected:", "Kim said in a recent issue of Foreign
            // Policy:", "said of Chaffetz's request:": after the last speech verb come four
            // words at least, and no preposition or adverb opens them.
            let colon_after_clause = introduces
                && lead.slice(text).trim_end().ends_with(':')
                && lead_ws.iter().rposition(is_speech).is_some_and(|v| {
                    let next = lead_ws.get(v + 1);
                    lead_ws.len() >= v + 5
                        && next.is_some_and(|w| {
                            !is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower)
                                && !is_in(&GAP_OPENERS, &w.lower)
                                && !is_adverb(&w.lower)
                                && w.lower != "back"
                        })
                });
            if lead_ws.len() >= 6 && (!introduces || colon_after_clause) {
                out.extend(reported_around_quote(text, lead, &lead_ws, reg, &mut scope));
            } else if introduces {
                // `Reid said both Rubio and Cruz are "non-entities," but he gave the Texan a
                // compliment: "..."`: before the clause that introduces the quote, one that
                // reports speech of its own.
                let joined = (6..lead_ws.len().saturating_sub(2)).rev().find(|&k| {
                    text[lead_ws[k - 1].span.end..lead_ws[k].span.start].contains(',')
                        && is_in(&["but", "and", "while", "to"], &lead_ws[k].lower)
                });
                // "Mook acknowledged the two had split the contests, which is an outcome, he
                // said, “...”": a pronoun's credit set off inside a clause that reports speech
                // of its own; that clause is read first, so that "he" means its speaker.
                let n = lead_ws.len();
                let pronoun_credit = (n >= 8
                    && is_pronoun(&lead_ws[n - 2].lower)
                    && lead_ws[n - 3].trailing == Some(','))
                .then_some(n - 2);
                if let Some(k) = joined.or(pronoun_credit) {
                    // Up to the comma, past a quote mark that closes before it.
                    let gap_start = lead_ws[k - 1].span.end;
                    let comma = text[gap_start..].find(',').unwrap_or(0);
                    let first = Span::new(lead.start, gap_start + comma);
                    let first_ws = words(text, first);
                    out.extend(reported_around_quote(
                        text, first, &first_ws, reg, &mut scope,
                    ));
                } else {
                    // "Mr. Trump, who said last week that the judge was biased, issued a
                    // statement saying, “...”": a relative clause of speech in the words that
                    // introduce the quote.
                    out.extend(relative_speech(text, lead, &lead_ws, &[], reg, &mut scope));
                }
            }
            // Quotes in this sentence, in order, each with its credit.
            let mut region_start = sent.start;
            // Whether the last quote's credit follows it (the tail then starts with it).
            let mut last_credited_after = false;
            for (k, q) in in_sent.iter().enumerate() {
                let limit = in_sent
                    .get(k + 1)
                    .map_or(sent.end, |n| n.outer.start)
                    .min(sent.end);
                let before = Span::new(region_start, q.outer.start);
                // "Reyes claimed on Tuesday that “...,” one of the auditors said ...": a quote
                // that a speech verb's "that" introduces is credited there, and the words after
                // it are a clause of their own.
                let introduced = before
                    .slice(text)
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("that"));
                let introduced_by = if introduced {
                    credit_before(text, before, reg, &mut scope)
                } else {
                    None
                };
                let mut after = match introduced_by {
                    Some(_) => None,
                    None => credit_after(text, q, limit, reg, &mut scope),
                };
                // `Feinstein said "I don't know anything about it," she said.`: a name right
                // before the quote outranks a pronoun after it.
                let pronoun_after = after
                    .as_ref()
                    .is_some_and(|c| is_pronoun(&c.mention.to_lowercase()));
                if pronoun_after && words(text, before).last().is_some_and(is_speech) {
                    if let Some(named) = credit_before(text, before, reg, &mut scope)
                        .filter(|c| !is_pronoun(&c.mention.to_lowercase()))
                    {
                        after = Some(named);
                    }
                }
                last_credited_after = after.is_some();
                // The words before were read already when the quote is introduced.
                let credit = introduced_by.or(after).or_else(|| {
                    (!introduced)
                        .then(|| credit_before(text, before, reg, &mut scope))
                        .flatten()
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
                opens_sentence.push((k == 0 && lead_ws.is_empty()).then_some(si));
            }
            // "“...,” he said, adding that the plan would fail.": reported speech after the
            // sentence's last quote is a claim too, when it holds a clause of its own.
            if let Some(last) = in_sent.last().filter(|q| q.outer.end < sent.end) {
                let mut tail = Span::new(last.outer.end, sent.end);
                let mut tail_ws = words(text, tail);
                // "“...,” Carson said on NBC, but he said he is being asked ...": a clause of its
                // own after "but", with its own subject.
                let but = (1..tail_ws.len().saturating_sub(3)).find(|&i| {
                    tail_ws[i].lower == "but" && tail_ws[i + 2..i + 4].iter().any(is_speech)
                });
                if let Some(i) = but {
                    tail = Span::new(tail_ws[i + 1].span.start, sent.end);
                    tail_ws = words(text, tail);
                }
                // Only a second act of speech: ", adding that ...", "and said that ...", not
                // the quote's own credit with its time and place.
                // `“I don't like it,” adding that “...”`: the quote's own comma before the
                // participle counts.
                let quote_comma = last.inner.slice(text).trim_end().ends_with(',');
                let second_act = tail_ws.iter().enumerate().any(|(i, w)| {
                    speech_participle_after_comma(&tail_ws, i)
                        || (i == 0 && quote_comma && is_in(&SPEECH_PARTICIPLES, &w.lower))
                        || (w.lower == "and" && tail_ws[i + 1..].iter().take(3).any(is_speech))
                });
                // `“...,” Trump said, after Becky Quick said the billionaire had ...`: a second
                // speaker in a time clause after the credit; the clause is read on its own.
                let time_clause = (1..tail_ws.len().saturating_sub(4)).find(|&i| {
                    tail_ws[i - 1].trailing == Some(',')
                        && is_in(
                            &["after", "when", "as", "before", "while"],
                            &tail_ws[i].lower,
                        )
                        && tail_ws[i + 1..].iter().take(6).any(is_speech)
                });
                if let Some(i) = time_clause {
                    tail = Span::new(tail_ws[i + 1].span.start, sent.end);
                    tail_ws = words(text, tail);
                }
                // `But even as Trump claimed that “...,” one of the prosecutors said the two
                // cases were different`: a quote credited before it leaves the words after it
                // to a clause of their own.
                // Not a credit of the quote the parser missed ("..., the 77-year leader of the
                // church said, according to Time."): the verb has words of its own after it.
                let own_clause = !last_credited_after
                    && tail_ws
                        .iter()
                        .take(12)
                        .position(is_speech)
                        .is_some_and(|v| {
                            tail_ws[v].trailing.is_none()
                                && tail_ws.len() > v + 3
                                && tail_ws[v + 1..]
                                    .iter()
                                    .take(3)
                                    .all(|w| w.trailing.is_none())
                        });
                // `Reyes said, “I don't like it,” adding that “they are angry ...”`: the
                // participle opens the tail, and its subject is the quote's speaker.
                let quote_speaker = found.last().and_then(|f| f.1.speaker);
                let opening_participle = quote_comma
                    && tail_ws
                        .first()
                        .is_some_and(|w| is_in(&SPEECH_PARTICIPLES, &w.lower));
                // `She declared “What a Super Tuesday!” and said that ...`: the same for a
                // second verb joined by "and" or "but".
                let opening_verb = tail_ws.len() > 2
                    && is_in(&["and", "but"], &tail_ws[0].lower)
                    && is_speech(&tail_ws[1])
                    && (tail_ws[2].lower == "that" || is_clause_verb(&tail_ws[1].lower));
                if let (true, Some(sp)) = (opening_participle || opening_verb, quote_speaker) {
                    let verb = usize::from(opening_verb);
                    let c = clause_that(&tail_ws, verb, 7).map_or(verb + 1, |t| t + 1);
                    if tail_ws.len() >= c + 3 {
                        let content = trim_clause(text, Span::new(tail_ws[c].span.start, sent.end));
                        let mention = found.last().and_then(|f| f.1.mention.clone());
                        out.push(Draft::new(sp, ClaimKind::Reported, content, mention));
                    }
                } else if tail_ws.len() >= 6
                    && (second_act || but.is_some() || time_clause.is_some() || own_clause)
                {
                    out.extend(reported_around_quote(text, tail, &tail_ws, reg, &mut scope));
                } else {
                    // "“...,” said Harvey, who acknowledged Trump was his fourth choice."
                    out.extend(relative_speech(text, tail, &tail_ws, &[], reg, &mut scope));
                }
            }
            ends_with_quote = true;
        }

        // Split and continuing quotes in one paragraph share the speaker of a neighbour.
        for i in 0..found.len() {
            if found[i].1.speaker.is_none() {
                let from_prev = found[..i].iter().rev().find_map(|f| f.1.speaker);
                let from_next = found[i + 1..].iter().find_map(|f| f.1.speaker);
                // A quote left open hands on to its own later credit first; reported speech
                // before it is the last resort (below).
                let from_carry = match carry {
                    Some((sp, reported)) if i == 0 && found[0].0 == first_draft => {
                        if reported && out[found[0].0].form != Some("direct") {
                            open_after_reported.push((found[0].0, sp));
                            None
                        } else {
                            Some(sp)
                        }
                    }
                    _ => None,
                };
                // "..., Cole said. “That's exactly ...”": the claim right before it in the
                // paragraph credits the quote that follows.
                let from_claim = out[first_draft..found[i].0]
                    .last()
                    .filter(|d| d.kind != ClaimKind::Narrator && d.speaker != usize::MAX)
                    .map(|d| d.speaker);
                // "Reyes touted his record on jobs. “We need ...”": an uncredited quote that
                // opens the sentence after a narrator sentence is that sentence's subject's.
                let from_subject = narrated_subject
                    .filter(|&(at, _)| opens_sentence[i].is_some_and(|si| si == at + 1))
                    .map(|(_, sp)| sp);
                found[i].1.speaker = from_prev
                    .or(from_carry)
                    .or(from_subject)
                    .or(from_claim)
                    .or(from_next);
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
            found.last().and_then(|f| f.1.speaker).map(|sp| (sp, false))
        } else {
            // "Then Kerry said that 100,000 would be accepted.¶“That adds up to ...”": a
            // paragraph that ends with someone's reported speech hands them the quote that opens
            // the next paragraph with no credit of its own.
            let last_sentence = sents.last().map_or(para.start, |s| s.start);
            out[first_draft..]
                .last()
                .filter(|d| {
                    d.kind != ClaimKind::Narrator
                        && d.speaker != usize::MAX
                        && d.span.start >= last_sentence
                })
                .map(|d| (d.speaker, true))
                // "Howard continued his scathing remarks.¶“...”", "He then had a question for
                // the crowd.¶“Who's going to pay for it?”": a paragraph that ends with a narrator
                // sentence about someone hands them a quote that has no credit of its own.
                .or_else(|| {
                    narrated_subject
                        .filter(|&(si, _)| si + 1 == sents.len())
                        .map(|(_, sp)| (sp, true))
                })
        };
        // Last, so that no stage above takes a stray quote for the claim that ends the
        // paragraph.
        let strays = stray_quotes(
            text,
            &sents,
            &all_quotes,
            &out[first_draft..],
            reg,
            &mut scope,
        );
        out.extend(strays);
    }

    // A quote left open at a paragraph's end continues in the next quote: same speaker.
    for i in (0..out.len()).rev() {
        if out[i].speaker == usize::MAX && out[i].form == Some("continued") {
            if let Some(next) = out[i + 1..].iter().find(|d| d.kind == ClaimKind::Quote) {
                out[i].speaker = next.speaker;
            }
        }
    }
    for (i, sp) in open_after_reported {
        if out[i].speaker == usize::MAX {
            out[i].speaker = sp;
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
    link_rebuttals(text, &mut out, reg);
    out
}

/// Whether a clause credits someone within its first words: a cue with a subject, and no comma
/// before the verb ("..., border officials say"), or, with `appositive`, one only inside a
/// subject that opens the clause ("a former inspector, Tom Reyes, said"). Not a credit set off
/// by commas (", she said, the comment ..."), which the patterns read.
fn opens_with_credit(main: &[Word], appositive: bool) -> bool {
    (1..main.len().min(12)).any(|v| {
        let comma = main[..v].iter().position(|w| w.trailing == Some(','));
        main[v].trailing != Some(',')
            && cue_at(main, v).is_some()
            && subject_before(main, v).is_some()
            && match comma {
                None => true,
                Some(c) => appositive && parse(&main[..=c]).is_some(),
            }
    })
}

/// "And it has not gone unnoticed: According to recent polls, Reyes holds ...", "... as an
/// example: He says news outlets undercount ...": a colon before a capitalised clause that
/// opens with a credit of its own starts a sentence of its own, unless what precedes it is a
/// credit ("Kirby said:"), which introduces what follows. Not a list after a colon.
fn after_colon(text: &str, sent: Span) -> Vec<Span> {
    // Most sentences have no colon: they need no words.
    if !sent.slice(text).contains(':') {
        return vec![sent];
    }
    let ws = words(text, sent);
    let colon = (2..ws.len().saturating_sub(4)).find(|&k| {
        let rest = &ws[k + 1..];
        let according = rest.len() > 2 && rest[0].lower == "according" && rest[1].lower == "to";
        ws[k].trailing == Some(':')
            && rest[0].text.starts_with(char::is_uppercase)
            && !ws[k.saturating_sub(3)..=k]
                .iter()
                .any(|w| is_speech(w) || is_denial(w))
            && (according || opens_with_credit(rest, false))
    });
    match colon {
        Some(k) => vec![
            Span::new(sent.start, ws[k].span.end),
            Span::new(ws[k + 1].span.start, sent.end),
        ],
        None => vec![sent],
    }
}

/// "Reyes is seen as more capable - 60 percent of voters said Reyes would do better", "Park was
/// a planner - a former aide said she demanded detailed notes - and her staff ...": a clause
/// after a spaced dash that opens with a credit of its own is a sentence of its own, and so is
/// what follows the dash that closes it. Otherwise the first credit of the sentence would claim
/// all of it, or none would.
fn at_dashes(text: &str, sent: Span) -> Vec<Span> {
    let s = sent.slice(text);
    let dashes: Vec<(usize, usize)> = s
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '-' | '–' | '—')
                && s[..i].ends_with(' ')
                && s[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, c)| (sent.start + i, sent.start + i + c.len_utf8()))
        .collect();
    let Some(&(open, after)) = dashes.first() else {
        return vec![sent];
    };
    let close = dashes.get(1).copied();
    let inner = Span::new(after, close.map_or(sent.end, |(c, _)| c)).trim(text);
    let before = Span::new(sent.start, open).trim(text);
    let credits = opens_with_credit(&words(text, inner), true);
    if !credits || words(text, before).len() < 3 {
        return vec![sent];
    }
    let mut out = vec![before, inner];
    if let Some((_, end)) = close {
        out.push(Span::new(end, sent.end).trim(text));
    }
    out.retain(|s| !s.is_empty());
    out
}

pub(super) static SUBORDINATE_OPENERS: WordList = word_list!("subordinate_openers.txt");

/// "Although in September she said X, at the town hall she said Y", "Even as Park claimed that
/// X, a former prosecutor said Y": a sentence that opens with a subordinate clause, and whose
/// main clause has a credit of its own, is two: each clause is credited on its own, and the
/// first credit does not swallow the second. The main clause starts after the first comma that
/// leaves a speaker and a cue within its first words.
fn subordinate_and_main(text: &str, sent: Span) -> Vec<Span> {
    // The main clause starts after a comma: a sentence without one needs no words.
    if !sent.slice(text).contains(',') {
        return vec![sent];
    }
    let ws = words(text, sent);
    let opens = ws
        .iter()
        .take(3)
        .position(|w| is_in(&SUBORDINATE_OPENERS, &w.lower));
    let Some(s) = opens.filter(|&s| {
        ws[..s]
            .iter()
            .all(|w| is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &w.lower))
    }) else {
        return vec![sent];
    };
    let commas: Vec<usize> = (s + 4..ws.len().saturating_sub(4))
        .filter(|&c| ws[c].trailing == Some(','))
        .collect();
    // "After the court ruled, Hebert said, most laws were safe": a credit set off by commas
    // between the two clauses credits the whole sentence.
    let credit_between = commas.windows(2).any(|pair| {
        let credit = &ws[pair[0] + 1..=pair[1]];
        credit.len() <= 6 && is_credit_line(credit)
    });
    if credit_between {
        return vec![sent];
    }
    let split = [false, true].into_iter().find_map(|appositive| {
        commas
            .iter()
            .copied()
            .find(|&c| opens_with_credit(&ws[c + 1..], appositive))
    });
    // "While Sanders has maintained that P, Clinton has nevertheless called his vote an
    // irresponsible one": a main clause that opens with a capitalised subject and its cue is a
    // sentence of its own too. (A lower-case one stays: "..., the pilot ... and asked for
    // volunteers" needs the sentence's opening words. So does a credit at the end, with no
    // words of its own after the verb: "While he was absent, Mr Kim kept working, state media
    // said", "..., Forbes wrote Wednesday" credit the whole sentence.)
    let split = split.or_else(|| {
        main_clause_comma(&ws).filter(|&c| {
            let main = &ws[c + 1..];
            is_cap(&main[0])
                && (1..main.len().min(8))
                    .take_while(|&v| main[v - 1].trailing.is_none())
                    .any(|v| (is_calls(main, v) || cue_at(main, v).is_some()) && main.len() > v + 3)
        })
    });
    match split {
        Some(c) => vec![
            Span::new(sent.start, ws[c].span.end),
            Span::new(ws[c + 1].span.start, sent.end),
        ],
        None => vec![sent],
    }
}

/// "When Francis said Mr. Trump “is not Christian” in answering a question, the pope served up
/// ...": where a sentence that opens with a subordinate clause of its own subject reaches its
/// main clause, the index of the comma before it. The last comma that leaves a subject and its
/// verb: commas before it may part a list inside the clause ("said A, B and C were late"). Not
/// "As Trump said, the economy is weak" (the main clause is the claim) nor "When asked ...,
/// Clinton said" (the clause has no subject of its own).
pub(super) fn main_clause_comma(ws: &[Word]) -> Option<usize> {
    let s = ws
        .iter()
        .take(3)
        .position(|w| is_in(&SUBORDINATE_OPENERS, &w.lower))?;
    // A word in -s right after the conjunction is a plural subject ("Though reps for the actor
    // denied ..."): no clause opens with a verb in -s.
    let own_subject = ws.get(s + 1).is_some_and(|w| {
        let plural = w.lower.ends_with('s') && !w.lower.ends_with("ss");
        (plural || !looks_finite(w))
            && !w.lower.ends_with("ing")
            && !is_in(&PREDICATE_AUXILIARIES, &w.lower)
    });
    if ws[s].lower == "as"
        || !own_subject
        || !ws[..s]
            .iter()
            .all(|w| is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &w.lower))
    {
        return None;
    }
    (s + 3..ws.len().saturating_sub(2)).rev().find(|&c| {
        // Not a closing credit: "..., Henson said." credits the whole sentence.
        ws[c].trailing == Some(',')
            && opens_main_clause(&ws[c + 1..])
            && !is_credit_line(&ws[c + 1..])
    })
}

/// "Hillary Clinton accuses Bernie Sanders of an “artful smear” while Sanders suggests she is
/// a captive of the establishment": a contrasting clause inside the sentence that opens with a
/// credit of its own, after a main clause with a cue of its own, is a sentence of its own;
/// otherwise one credit would take the sentence and the other would be lost. Only "while" and
/// "whereas": "The Times reported the email came hours after Trump proposed a ban" reports the
/// "after" clause too.
fn credited_subordinate_after(text: &str, sent: Span) -> Vec<Span> {
    const CONJUNCTIONS: [&str; 2] = ["while", "whereas"];
    // Most sentences have none of the conjunctions: they need no words.
    let s = sent.slice(text);
    if ![" while ", " whereas "].iter().any(|c| s.contains(c)) {
        return vec![sent];
    }
    let ws = words(text, sent);
    let split = (3..ws.len().saturating_sub(4)).find(|&k| {
        is_in(&CONJUNCTIONS, &ws[k].lower)
            && ws[k - 1].trailing.is_none_or(|p| p == ',')
            && !ws[k].aside
            && opens_with_credit(&ws[k + 1..], false)
            // The main clause's own cue, with no "that" clause running on to the conjunction:
            // in "Melendres said that there was a lack of willfulness, whereas Petraeus
            // acknowledged ..." both clauses are Melendres's.
            && (1..k)
                .find(|&v| {
                    cue_at(&ws[..k], v).is_some()
                        || is_calls(&ws, v)
                        || is_in(&ACT_VERBS, &ws[v].lower)
                })
                .is_some_and(|v| !ws[v + 1..k].iter().any(|w| w.lower == "that"))
    });
    match split {
        Some(k) => vec![
            Span::new(sent.start, ws[k - 1].span.end),
            Span::new(ws[k].span.start, sent.end),
        ],
        None => vec![sent],
    }
}

/// Whether words after a comma open a clause: a subject from the first word, then its verb
/// ("the pope served", "Clinton has nevertheless called"), with no comma or "and" between.
pub(super) fn opens_main_clause(main: &[Word]) -> bool {
    let opener = &main[0].lower;
    if is_in(
        &[
            "and", "but", "or", "nor", "so", "yet", "then", "which", "who", "that",
        ],
        opener,
    ) || is_in(&SUBORDINATE_OPENERS, opener)
        || is_in(&super::mentions::PREPOSITIONS, opener)
    {
        return false;
    }
    // A noun phrase need not name a speaker here: "the pope served" opens a clause too.
    let noun_phrase = |v: usize| {
        (is_in(&DETERMINERS, opener) || is_pronoun(opener) || is_cap(&main[0]))
            && !main[1..v]
                .iter()
                .any(|w| looks_finite(w) || is_in(&PREDICATE_AUXILIARIES, &w.lower))
    };
    // The verb may end the sentence: ", residents protested."
    let finite = |w: &Word| {
        looks_finite(w)
            || (w.trailing == Some('.')
                && looks_finite(&Word {
                    trailing: None,
                    ..w.clone()
                }))
    };
    // "said the pool, the library and the park would close": a subject joined by "and" after
    // a comma ends a list, not a clause.
    (1..main.len().min(6)).any(|v| {
        main[..v]
            .iter()
            .all(|w| w.trailing.is_none() && !is_in(&["and", "or"], &w.lower))
            && (finite(&main[v]) || is_in(&PREDICATE_AUXILIARIES, &main[v].lower))
            && (noun_phrase(v)
                || subject_before(main, v).is_some_and(|m| m.span.start == main[0].span.start))
    })
}

/// Whether the words after a semicolon open a clause with its own subject: not "and declared
/// that ...", "was denounced by ...", "clashed with ...", which share the first clause's.
fn clause_has_subject(rest: &str) -> bool {
    let ws = words(rest, Span::new(0, rest.len()));
    ws.first().is_some_and(|w| {
        !is_in(&["and", "but", "or", "then", "nor"], &w.lower)
            && !is_in(&PREDICATE_AUXILIARIES, &w.lower)
            && !looks_finite(w)
    })
}

/// `“Why?” Sanders asked.`: a sentence that only credits the quote that ends the sentence
/// before it joins that sentence, so that the quote keeps its credit. Not when the quote ends
/// a sentence of the narrator's and the credit opens a quote of its own: in `Tefft wrote about
/// a visit “at the invitation of Pinchuk.” Mrs. Clinton replied, “As you know, ...”` the
/// reply is hers, the first quote is not.
fn rejoin_credit_lines(text: &str, sents: Vec<Span>, quotes: &[Quote]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(sents.len());
    for s in sents {
        if let Some(prev) = out.last_mut() {
            let ending = quotes.iter().find(|q| q.outer.end == prev.end);
            let opens_own = || {
                quotes
                    .iter()
                    .any(|q| s.start < q.outer.start && q.outer.start < s.end)
            };
            let embedded = ending.is_some_and(|q| q.outer.start > prev.start) && opens_own();
            if ending.is_some() && !embedded && is_credit_line(&words(text, s)) {
                prev.end = s.end;
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Verbs that credit a proposition to someone in a rebuttal: "no plans ... as suggested by
/// Lavrov".
static REBUTTAL_VERBS: WordList = word_list!("rebuttal_verbs.txt");

/// A negated claim that names whose proposition it negates ("no plans to divvy up the labor
/// ... as suggested by Russian Foreign Minister Sergey Lavrov", "contrary to what Smith
/// claimed", "contrary to Smith's claims") denies that person's claim on the same topic in the
/// article, before or after it: the claim becomes a denial of it, as "Grant rejected that
/// claim" is. The claim denied is the named speaker's with the most content words in common,
/// and at least one.
fn link_rebuttals(text: &str, out: &mut [Draft], reg: &Registry) {
    for i in 0..out.len() {
        let d = &out[i];
        if d.kind == ClaimKind::Narrator || d.denies.is_some() {
            continue;
        }
        let claim = d.span.slice(text);
        if !super::lexicon::negated(claim) {
            continue;
        }
        let Some(surname) = rebutted_name(&words(text, d.span)) else {
            continue;
        };
        let named = |k: usize| {
            let sp = out[k].speaker;
            sp != d.speaker
                && out[k].kind != ClaimKind::Narrator
                && reg.speakers.get(sp).is_some_and(|s| {
                    s.name
                        .split_whitespace()
                        .last()
                        .is_some_and(|last| last.eq_ignore_ascii_case(&surname))
                })
        };
        let mine = content_stems(claim);
        let best = (0..out.len())
            .filter(|&k| k != i && named(k))
            .map(|k| {
                let theirs = content_stems(out[k].span.slice(text));
                (mine.iter().filter(|w| theirs.contains(*w)).count(), k)
            })
            .filter(|&(shared, _)| shared > 0)
            .max_by_key(|&(shared, k)| (shared, std::cmp::Reverse(k)));
        if let Some((_, k)) = best {
            out[i].kind = ClaimKind::Denial;
            out[i].denies = Some(k);
        }
    }
}

/// The surname in "as suggested by Sergey Lavrov", "contrary to what Smith said", "contrary to
/// Smith's claims".
fn rebutted_name(ws: &[Word]) -> Option<String> {
    let start = (0..ws.len()).find_map(|i| {
        let at = |k: usize| ws.get(i + k).map(|w| w.lower.as_str());
        if at(0) == Some("as")
            && at(1).is_some_and(|v| is_in(&REBUTTAL_VERBS, v))
            && at(2) == Some("by")
        {
            Some(i + 3)
        } else if at(0) == Some("contrary") && at(1) == Some("to") {
            Some(i + 2 + usize::from(at(2) == Some("what")))
        } else {
            None
        }
    })?;
    let capitalised = |w: &&Word| w.text.starts_with(char::is_uppercase);
    // Titles come first ("Russian Foreign Minister Sergey Lavrov"): the surname is the last
    // capitalised word, up to a possessive.
    let name: Vec<&Word> = ws[start..].iter().take_while(capitalised).collect();
    let last = name
        .iter()
        .position(|w| possessor(w).is_some())
        .map_or(name.last().copied(), |k| name.get(k).copied())?;
    let name = possessor(last).map_or_else(|| last.text.clone(), |w| w.text);
    Some(bare(&name).to_owned())
}

/// Lower-cased five-letter stems of a text's longer words: "labor" meets "labor", "division"
/// meets "divisions".
fn content_stems(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 5)
        .map(|w| w.to_lowercase().chars().take(5).collect())
        .collect()
}

/// Reported speech in the words before or after a sentence's quotes, when it claims at least
/// four words of its own.
fn reported_around_quote(
    text: &str,
    region: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    reported(text, region, ws, reg, scope)
        .filter(|d| d.span.slice(text).split_whitespace().count() >= 4)
}

/// Registers people and organisations named in a narrative sentence, so that a later pronoun
/// or surname can refer to them ("His French counterpart, Claire Dubois, was blunter.").
fn register_mentions(ws: &[Word], reg: &mut Registry, scope: &mut ArticleScope) {
    let mut i = 0;
    while i < ws.len() {
        let cap = |w: &Word| super::mentions::is_cap(w);
        if !cap(&ws[i]) {
            i += 1;
            continue;
        }
        // "Bill de Blasio": a surname particle between capitalised words stays in the run.
        let particle = |k: usize| {
            is_in(&NAME_PARTICLES, &ws[k].lower) && ws.get(k + 1).is_some_and(cap) && k > i
        };
        let mut j = i;
        // "Deborah Jordan Reynolds - Santilli's girlfriend": a dash ends the name.
        while j < ws.len() && (cap(&ws[j]) || particle(j)) && ws[j].aside == ws[i].aside {
            j += 1;
            if ws[j - 1].trailing.is_some() {
                break;
            }
        }
        if j - i >= 2 {
            // "manager Paolo Rinaldi": a lower-case role right before the name belongs to it.
            let role_before = i > 0 && is_in(&super::lexicon::ROLES, &ws[i - 1].lower);
            let with_role = role_before
                .then(|| parse(&ws[i - 1..j]))
                .flatten()
                .filter(|m| {
                    matches!(
                        &m.kind,
                        super::mentions::MentionKind::Person { role: Some(_), .. }
                    )
                });
            if let Some(m) = with_role.or_else(|| parse(&ws[i..j])) {
                let named_person = matches!(&m.kind, super::mentions::MentionKind::Person { first: Some(f), role, .. }
                    if role.is_some()
                        || crate::claims::lexicon::is_known_first_name(f)
                        // A first name the lists lack, before a description of what the
                        // person does: "Breshna Alawee, a social worker,".
                        || (j - i == 2
                            && ws[j - 1].trailing == Some(',')
                            && described_by_occupation(&ws[j..])));
                let org = matches!(&m.kind, super::mentions::MentionKind::Org(_));
                if named_person || org {
                    reg.resolve(&m, scope);
                }
            }
        } else if let Some(m) = first_name_in_apposition(ws, i) {
            // "his wife, Jane,": a relative known by a first name is who "she" can mean next;
            // "his brother, Freddy," the Freddy Trump the article named, if it did.
            match reg.known_by_first_name(&ws[i].text, scope) {
                Some(sp) => scope.mentioned(sp),
                None => {
                    reg.resolve(&m, scope);
                }
            }
        } else if let Some(m) = parse(&ws[i..j])
            .filter(is_person)
            // Not a name that only qualifies the next one: "Obama consultant Cornell
            // Belcher", "Elliott's father".
            .filter(|_| {
                !ws[i].lower.ends_with("'s")
                    && !ws[i].lower.ends_with("’s")
                    && ws
                        .get(j)
                        .is_none_or(|w| !is_in(&super::lexicon::ROLES, &w.lower))
            })
        {
            // "Then there's Axelrod.", "... and accused Obama of ...": someone already named
            // is in this utterance wherever the name stands.
            if let Some(sp) = reg.known_person(&m, scope) {
                scope.mentioned(sp);
            }
        }
        i = j.max(i + 1);
    }
}

/// "The woman", "the officer": one person, unnamed, whom a definite noun for a person
/// describes.
fn one_unnamed(m: &Mention) -> bool {
    matches!(&m.kind, MentionKind::Anonymous(desc)
        if m.surface.split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && !desc.contains(' ')
            && crate::claims::lexicon::is_person_noun(desc)
            && crate::claims::lexicon::noun_gender(desc) != crate::claims::lexicon::Gender::Unknown)
}

/// Whether the words after a name and its comma describe a person by what they do: "a black
/// Republican campaign consultant and the host of ...", "the group's director"; not "a city of
/// farms", "a counter-terrorism activist group which ...". The head noun of each description
/// joined by "and" counts: the word before "of", "who", another preposition or punctuation.
fn described_by_occupation(after: &[Word]) -> bool {
    const HEAD_ENDS: [&str; 10] = [
        "of", "who", "which", "that", "at", "for", "with", "in", "from", "and",
    ];
    let mut k = 0;
    while k + 1 < after.len().min(14) && is_in(&["a", "an", "the"], &after[k].lower) {
        let head = (k + 1..after.len().min(k + 7)).find(|&h| {
            after[h].trailing.is_some()
                || after
                    .get(h + 1)
                    .is_some_and(|n| is_in(&HEAD_ENDS, &n.lower))
        });
        let Some(h) = head else { return false };
        let noun = &after[h].lower;
        if is_in(&super::lexicon::ROLES, noun) || super::lexicon::is_person_noun(noun) {
            return true;
        }
        // "... consultant and the host of ...": the next description of the same person.
        match after.get(h + 1) {
            Some(and) if and.lower == "and" && after[h].trailing.is_none() => k = h + 2,
            _ => return false,
        }
    }
    false
}

/// "But his wife, Jane, offered a preview": a first name alone, set off by commas after a noun
/// for a person ("wife", "aide"), names that person; its gender is the name's.
fn first_name_in_apposition(ws: &[Word], i: usize) -> Option<Mention> {
    let noun = i.checked_sub(1).map(|k| &ws[k])?;
    let gender = super::lexicon::gender_of_first_name(&ws[i].text);
    let set_off = noun.trailing == Some(',')
        && super::lexicon::is_person_noun(&noun.lower)
        && ws[i].trailing.is_some_and(|c| matches!(c, ',' | '.'));
    if !set_off || gender == super::lexicon::Gender::Unknown {
        return None;
    }
    let mut m = parse(&ws[i..=i]).filter(is_person)?;
    if let MentionKind::Person { gender: g, .. } = &mut m.kind {
        *g = gender;
    }
    Some(m)
}

/// Long quotes inside a sentence that no pattern claimed, each credited to the speaker the
/// words before it name, or else to the sentence's subject when that is someone already named;
/// none otherwise.
fn inline_quotes(
    text: &str,
    sent: Span,
    ws: &[Word],
    quotes: &[Quote],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Vec<Draft> {
    let mut out = Vec::new();
    for q in quotes.iter().filter(|q| {
        // A quote that ends the sentence may close after its full stop.
        sent.start <= q.outer.start && q.outer.start < sent.end && is_long_inline_quote(text, q)
    }) {
        let credit = credit_before(text, Span::new(sent.start, q.outer.start), reg, scope)
            .map(|c| (c.speaker, c.mention))
            .or_else(|| {
                let before = ws
                    .iter()
                    .take_while(|w| w.span.end <= q.outer.start)
                    .count();
                // Only someone the article has already introduced: a capitalised opening that
                // is new here is as often a place, a show or a date as a person.
                let m = subject_before_quote(ws, before).filter(is_person)?;
                reg.known_person(&m, scope).map(|sp| (sp, m.surface))
            });
        // Not `scope.spoke`: a quote the sentence only embeds leaves who "he" means alone.
        if let Some((sp, mention)) = credit {
            out.push(Draft::new(sp, ClaimKind::Quote, q.inner, Some(mention)).form("direct"));
        }
    }
    out
}

/// Puts the person a sentence opens with in the paragraph's focus, so that "he" or "she" later
/// (in this sentence or the next) can mean them. `thorough` reads past descriptions to the name
/// ("Obama consultant Cornell Belcher, the pollster, ..."); otherwise only the capitalised
/// opening words count.
fn focus_on_subject(
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
    thorough: bool,
) -> Option<usize> {
    // "At the news conference, Reyes all but begged ...": the subject after an opening
    // phrase of place or time, of a participle ("Speaking in Beijing, ministry spokesman Tom
    // Reyes repeated ...") or a subordinate clause ("After the vote, ...").
    let opening_phrase = |w: &Word| {
        is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower)
            || is_in(&SUBORDINATE_OPENERS, &w.lower)
            || w.lower.ends_with("ing")
    };
    // "Last week, the F.B.I. director ...": a time phrase alone before the comma.
    // "On the last day of the Republican National Convention in July, Ivanka Trump ...": a
    // preposition's phrase may run longer.
    let prepositional = ws
        .first()
        .is_some_and(|w| is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower));
    let reach = if prepositional { 12 } else { 8 };
    let ws = match ws.iter().take(reach).position(|w| w.trailing == Some(',')) {
        Some(c)
            if (ws.first().is_some_and(opening_phrase)
                || when_words(ws) == c + 1
                // "Meanwhile, ...": a sentence adverb alone before the comma.
                || (c == 0 && is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &ws[0].lower)))
                && c + 2 < ws.len() =>
        {
            let rest = &ws[c + 1..];
            // "in Salem, New Hampshire, Reyes went": the place goes on past the comma.
            let place = rest
                .iter()
                .take(3)
                .position(|w| w.trailing.is_some())
                .filter(|&p| {
                    rest[..=p]
                        .iter()
                        .all(|w| w.text.starts_with(char::is_uppercase))
                        && rest[p].trailing == Some(',')
                        && rest
                            .get(p + 1)
                            .is_some_and(|w| w.text.starts_with(char::is_uppercase))
                })
                .map_or(0, |p| p + 1);
            &rest[place..]
        }
        _ => ws,
    };
    // "Rinaldi himself was calmer." makes Rinaldi who "he said" means next.
    // So does "Former Pennsylvania governor Ed Rendell, one of ..., was resolute.",
    // but not "Her deputy, Olivia Grant, had opposed it.": someone introduced by
    // their tie to the person in focus leaves the focus where it was.
    let tied = ws
        .first()
        .is_some_and(|w| is_in(&["her", "his", "their", "its"], &w.lower));
    // "Obama consultant Cornell Belcher, the pollster, picked up ...": the opening
    // words that name a person, read past a description, before the bare
    // capitalised head ("Obama").
    // "McConnell spokesman Don Stewart wouldn't say ...": the capitalised opening is whose
    // spokesman, and the subject is the name after the role, which only the longer read finds.
    let head = capitalised_head(ws).len();
    let owner_of_role = ws.get(head).is_some_and(|w| {
        crate::claims::lexicon::ROLES_BY_FIRST.contains_key(w.lower.as_str())
            || crate::claims::lexicon::is_person_noun(&w.lower)
    }) && ws
        .get(head + 1)
        .is_some_and(|w| w.text.starts_with(char::is_uppercase));
    let opener = (thorough || owner_of_role)
        .then(|| opening_speaker(ws, ws.len()))
        .flatten()
        .filter(|m| is_person(m) || matches!(m.kind, MentionKind::Title { .. }) || one_unnamed(m))
        .filter(|_| !tied);
    let subject = opener.or_else(|| parse(&ws[..head]));
    if let Some(m) = subject {
        // "Al Sharpton visited the plant.": a full name followed by its verb is a
        // person, whether or not the name lists know the first name.
        // Only a plain full name: not "Sunday Mr. Trump", "Cinco de Mayo Trump" or
        // "Other Netizens".
        let plain_name = match &m.kind {
            // "F.B.I. director James B. Comey": an organisation only with a title.
            MentionKind::Person {
                first: Some(first),
                full,
                org,
                role,
                ..
            } if org.is_none()
                || role.as_deref().is_some_and(|r| {
                    // Not "Born in Kuwait, Emwazi" read as the title "in" of "Born".
                    !is_in(&crate::claims::mentions::PREPOSITIONS, r) && !is_in(&DETERMINERS, r)
                }) =>
            {
                let first = first.to_lowercase();
                // A title before it is fine: "Governor Ana Ruiz visited".
                m.surface.ends_with(full.as_str())
                    && (2..=3).contains(&full.split(' ').count())
                    && full.split(' ').all(|w| w.starts_with(char::is_uppercase))
                    && !is_in(&WEEKDAYS, &first)
                    && !is_in(&MONTHS, &first)
                    && !is_in(&NOT_SPEAKERS, &first)
                    && !is_in(&DETERMINERS, &first)
            }
            _ => false,
        };
        // "Amadou Magassa, 13, of Philadelphia sold water": past an age and where they are from.
        let after: Vec<&Word> = ws.iter().filter(|w| w.span.start >= m.span.end).collect();
        let past_age = match after.as_slice() {
            [age, rest @ ..]
                if age.trailing == Some(',') && age.lower.chars().all(|c| c.is_ascii_digit()) =>
            {
                match rest.first() {
                    // "of Philadelphia", "of Derry, N.H.,": the place's capitalised words.
                    Some(of) if of.lower == "of" => {
                        2 + rest[1..]
                            .iter()
                            .take_while(|w| w.text.starts_with(char::is_uppercase))
                            .count()
                    }
                    _ => 1,
                }
            }
            _ => 0,
        };
        // "Raynard Jackson, a black Republican campaign consultant and the host of ..., is":
        // a name that a description of someone's occupation follows, whether or not the name
        // lists know the first name.
        let described = past_age == 0
            && ws
                .iter()
                .rfind(|w| w.span.end <= m.span.end)
                .is_some_and(|w| w.trailing == Some(','))
            && described_by_occupation(&ws[ws.len() - after.len()..]);
        // A verb right after the subject: "isn't", "hasn't", a negated auxiliary, too.
        let verb = |w: &&Word| {
            looks_finite(w) || is_in(&AUXILIARIES, &w.lower) || w.lower.ends_with("n't")
        };
        let introduced = plain_name && (described || after.get(past_age).is_some_and(verb));
        // "He attended the rally.": a pronoun subject carries on whoever it means, and ranks
        // first in this utterance.
        let continues = matches!(&m.kind, MentionKind::Pronoun(_, w) if w == "he" || w == "she");
        // "The woman identified herself to CNN as Caroline.": someone unnamed, described by a
        // noun for one person, is whom a "she" next can mean.
        // So is "The woman who started it all".
        // Not "the man identified as Foley": a person the article knows, named in the sentence,
        // is who the description means.
        let names_someone_known = || {
            after.iter().any(|w| {
                w.text.starts_with(char::is_uppercase)
                    && parse(std::slice::from_ref(*w))
                        .is_some_and(|n| is_person(&n) && reg.known_person(&n, scope).is_some())
            })
        };
        let introduced_unnamed = one_unnamed(&m)
            && !names_someone_known()
            && after.first().is_some_and(|w| verb(w) || w.lower == "who");
        let sp = match reg.known_person(&m, scope) {
            Some(sp) => Some(sp),
            None if introduced || introduced_unnamed => reg.resolve(&m, scope),
            None if continues => reg.resolve_continuing(&m, scope),
            None => None,
        };
        if let Some(sp) = sp {
            scope.in_focus(sp);
        }
        return sp;
    }
    None
}

/// Words that join a second speaker's clause to a sentence: "..., while Y said", "..., but Y
/// says", "...; Y said".
const CLAUSE_JOINERS: [&str; 4] = ["while", "but", "whereas", "and"];

/// In "X said A, while Y said B", the claim of the clause after the joiner, when it is someone
/// else's and its speaker opens it. Returns where the first claim ends and the second claim.
fn coordinated_claim(
    text: &str,
    sent: Span,
    ws: &[Word],
    first: &Draft,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<(usize, Draft)> {
    // "... her Wall Street links while Sanders suggests ...": "while" and "whereas" join a
    // clause without a comma too, when a name opens it ("while she was secretary of state" is
    // a time).
    let joins = |k: usize| {
        ws[k - 1].span.start >= first.span.start
            && (ws[k - 1].trailing == Some(';')
                || (ws[k - 1].trailing == Some(',') && is_in(&CLAUSE_JOINERS, &ws[k].lower))
                || (ws[k - 1].trailing.is_none()
                    && is_in(&["while", "whereas"], &ws[k].lower)
                    && ws.get(k + 1).is_some_and(is_cap)))
    };
    let k = (1..ws.len()).find(|&k| ws[k].span.start < first.span.end && joins(k))?;
    let opens = if ws[k - 1].trailing == Some(';') {
        k
    } else {
        k + 1
    };
    let clause = Span::new(ws.get(opens)?.span.start, sent.end);
    let clause_ws = &ws[opens..];
    let d = reported(text, clause, clause_ws, reg, scope)?;
    // The speaker opens the clause: not "..., and it was the reason, aides said".
    let opened = d
        .mention
        .as_deref()
        .is_some_and(|m| m.split_whitespace().next() == clause_ws.first().map(|w| w.text.as_str()));
    (opened && d.speaker != first.speaker && d.span.start > ws[k - 1].span.end)
        .then(|| (ws[k - 1].span.end, d))
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
    authored_by(ws, start)
        .or_else(|| parse(&ws[start..end]))
        .or_else(|| subject_fallback(ws, start, end))
        .or_else(|| described_source(&ws[start..end]))
}

/// "according to a declaration filed in federal court by John F. Hackett, ...": a document
/// and the person who wrote it, who is the source.
/// So is who published it: "a report in the Des Moines Register", "a report from the SITE
/// Intelligence Group", "data from the U.S. Department of Education".
pub(super) fn authored_by(ws: &[Word], start: usize) -> Option<Mention> {
    let end = (start..ws.len().min(start + 16)).find(|&k| ws[k].trailing.is_some())? + 1;
    let by = (start + 1..end).find(|&k| is_in(&["by", "from", "in"], &ws[k].lower))?;
    let document = ws[start..by]
        .iter()
        .any(|w| is_in(&DOCUMENTS, &w.lower) || w.lower == "data");
    // "the average of recent polls compiled by", "a report Tuesday from": a few words about
    // the document, and when it came out.
    let head_plain = by - start <= 7
        && ws[start..by].iter().all(|w| {
            w.text.starts_with(char::is_lowercase)
                || crate::claims::mentions::is_date_word(&w.lower)
        });
    // "the A.F.L.-C.I.O.": the article stays, so that the name reads as one.
    let name = &ws[by + 1..end];
    let the = usize::from(name.first().is_some_and(|w| w.lower == "the"));
    let capitalised = name
        .get(the)
        .is_some_and(|w| w.text.starts_with(char::is_uppercase))
        && name[the..].iter().all(|w| {
            w.text.starts_with(char::is_uppercase) || is_in(&["of", "and", "for"], &w.lower)
        });
    (document && head_plain && capitalised)
        .then(|| parse(name))
        .flatten()
        .filter(|m| is_person(m) || matches!(m.kind, MentionKind::Org(_)))
}

/// Whatever "according to" names is a source, when nothing more specific fits: "a new
/// Associated Press-GfK poll", "early results of the exit poll", "FEC filings". Its first words,
/// up to a preposition or punctuation.
fn described_source(ws: &[Word]) -> Option<Mention> {
    let mut n = 0;
    while n < ws.len().min(6) {
        if n > 0
            && is_in(
                &[
                    "of",
                    "by",
                    "for",
                    "from",
                    "in",
                    "on",
                    "conducted",
                    "released",
                    "published",
                    "taken",
                    // "the document he released", "the application it was recorded on": a
                    // clause about it.
                    "he",
                    "she",
                    "they",
                    "we",
                    "it",
                ],
                &ws[n].lower,
            )
        {
            break;
        }
        n += 1;
        if ws[n - 1].trailing.is_some() {
            break;
        }
    }
    description(&ws[..n])
}

/// Number of words of a back-reference opener ("So said ...") starting the sentence.
fn back_reference_words(text: &str, sent: Span) -> Option<usize> {
    let s = sent.slice(text);
    // "- Bernie Sanders.": a fact-check's credit line under the quote it checks. The dash is
    // no word, so the name opens the line.
    if s.starts_with(['-', '–', '—']) && (2..=6).contains(&s.split_whitespace().count()) {
        return Some(0);
    }
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
static STATEMENT_NOUNS: WordList = word_list!("statement_nouns.txt");
