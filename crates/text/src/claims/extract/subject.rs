//! Who a speech verb belongs to: the subject before it, appositives, documents and their
//! authors, titles named later, and the credits right before or after a quote.

use super::*;
use crate::claims::lexicon::QUANTIFIER_SUBJECTS;
use crate::claims::mentions::PREPOSITIONS;
use crate::words::{word_list, WordList};

/// Case-insensitive ASCII prefix test without allocating.
pub(super) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// A quote is a claim when it is a statement, not a scare quote or a borrowed phrase inside
/// someone else's sentence ("the Kremlin “is ready” to ...").
pub(super) fn is_claim_quote(text: &str, q: &Quote, para: Span) -> bool {
    is_statement_quote(text, q, para)
        || (ends_sentence(text, q, para)
            && !calls_false(q.inner.slice(text))
            && calling_before(text, q, para).is_some())
}

/// `Gingrich called it “the loudest, most contentious and most intriguing election of our time,”`:
/// a quoted stretch of four words or more inside a sentence that no pattern credits is still
/// someone's words, not a scare quote or a name. (Not a claim quote: a sentence with one of
/// those skips the reported-speech patterns, and most such sentences are reported speech.)
pub(super) fn is_long_inline_quote(text: &str, q: &Quote) -> bool {
    quoted_words(text, q).is_some_and(|n| n >= 4)
}

/// How many words (with a letter in them) a quote holds; `None` when it reads as a title
/// ("“The Apprentice”", "“Jeb Can Fix It”"), which is no one's words.
pub(super) fn quoted_words(text: &str, q: &Quote) -> Option<usize> {
    let inner = q.inner.slice(text);
    if super::reported::is_title(inner.trim_end_matches([',', '.'])) {
        return None;
    }
    Some(
        inner
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count(),
    )
}

/// "called the accusation “completely false”" is a denial, which the reported-speech walk
/// makes of the whole sentence.
fn calls_false(label: &str) -> bool {
    label
        .split_whitespace()
        .any(|w| says_false(&w.to_lowercase()))
}

/// The subject of a sentence whose first `before` words lead up to a quote: whom its opening
/// words name ("Fiorina routinely characterizes herself as a “...”"), or past an opening phrase
/// or clause ("When the subject comes up on the campaign trail, Fiorina ...").
pub(super) fn subject_before_quote(ws: &[Word], before: usize) -> Option<Mention> {
    let opened = || {
        ws.first()
            .is_some_and(|w| {
                is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower)
                    || is_in(&super::SUBORDINATE_OPENERS, &w.lower)
            })
            .then(|| ws.iter().take(12).position(|w| w.trailing == Some(',')))
            .flatten()
            .filter(|&c| c + 1 < before)
            .and_then(|c| opening_speaker(&ws[c + 1..], before - c - 1))
    };
    opening_speaker(ws, before).or_else(opened)
}

/// The sentence's subject for a clause at word `before`: the longest opening words (up to 8)
/// that name a speaker ("Finance Minister Jane Cole defended the plan, saying ...").
pub(super) fn opening_speaker(ws: &[Word], before: usize) -> Option<Mention> {
    // `“...,” said Mr. Burr, adding that ...`: after a quote the sentence opens with its verb,
    // and the speaker follows it.
    let verb_first = ws
        .first()
        .is_some_and(|w| w.text.starts_with(char::is_lowercase) && (is_speech(w) || is_denial(w)));
    if verb_first {
        return mention_with_verb(ws, 1).map(|(m, _)| m);
    }
    // "Walking to the next address, ...": a participle's phrase, not a name ("Harding said").
    // "Facing mounting criticism ..., Mr. Trump released": an object in lower case and a
    // comma before the clause's verb; "Harding said" is a name and its verb.
    let participle = ws.first().is_some_and(|w| w.lower.ends_with("ing"))
        && ws.get(1).is_some_and(|w| {
            is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower)
                || is_in(&crate::claims::mentions::DETERMINERS, &w.lower)
                || (w.text.starts_with(char::is_lowercase)
                    && !looks_finite(w)
                    && !is_speech(w)
                    && ws
                        .get(1..before.min(ws.len()))
                        .is_some_and(|run| run.iter().any(|w| w.trailing == Some(','))))
        });
    if participle {
        return None;
    }
    // "Eight years ago, he supported Obama and said": when, not who.
    let when = counted_time_words(ws);
    if when > 0 && when < before {
        return opening_speaker(&ws[when..], before - when);
    }
    // "Reyes, Riverside's former governor, also attacked ...": a name that a comma closes is
    // the subject, and the description after it is an appositive, not a longer title.
    let comma = ws[..before.min(ws.len())]
        .iter()
        .position(|w| w.trailing == Some(','));
    // What follows the comma must read as a description: lower case ("the", "a former"), a
    // possessive or an age; "COLUMBIA, S.C." and "Columbia, Sanders said" are places.
    // "Christie, New Jersey's sitting governor,": a place's possessive may take two words.
    let possessive = |w: &Word| w.lower.ends_with("'s") || w.lower.ends_with("’s");
    let appositive = |c: usize| {
        ws.get(c + 1).is_some_and(|w| {
            w.text
                .starts_with(|ch: char| ch.is_lowercase() || ch.is_ascii_digit())
                || possessive(w)
                || (w.trailing.is_none()
                    && is_cap(w)
                    && ws.get(c + 2).is_some_and(|n| possessive(n) && is_cap(n)))
        })
    };
    if let Some(m) = comma
        .filter(|&c| appositive(c))
        .and_then(|c| parse(&ws[..=c]))
        .filter(is_person)
    {
        return Some(m);
    }
    // "The other candidate, former Secretary of State Hillary Clinton, drew ...": a description,
    // then the person it describes between commas, however long their title.
    let described = comma.and_then(|c| {
        let opener = ws[..c]
            .iter()
            .take_while(|w| is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &w.lower))
            .count();
        // A noun phrase, not a clause: "It also shows another American captive, the
        // journalist Steven Sotloff," is about the captive, who does not speak.
        let clause = ws[opener..c].iter().any(|w| {
            crate::claims::mentions::verb_like(w)
                || looks_finite(w)
                || crate::claims::lexicon::is_pronoun(&w.lower)
        });
        if clause {
            return None;
        }
        let title = parse(&ws[opener..=c])
            .or_else(|| crate::claims::mentions::description(&ws[opener..=c]))
            .filter(is_description)?;
        let close =
            (c + 2..before.min(ws.len()).min(c + 12)).find(|&k| ws[k].trailing == Some(','))?;
        let person = parse(&ws[c + 1..=close]).filter(is_person)?;
        Some(with_title(person, title))
    });
    if described.is_some() {
        return described;
    }
    // "Other Republican candidates, including Carly Fiorina and Ben Carson,": the aside adds
    // names to the subject before it, and is no part of it.
    let aside = ws[..before.min(ws.len())]
        .windows(2)
        .position(|p| p[0].trailing == Some(',') && is_in(&ASIDE_OPENERS, &p[1].lower))
        .map_or(usize::MAX, |c| c + 1);
    let m = (1..before.min(9).min(aside.saturating_add(1)))
        .rev()
        .find_map(|n| parse(&ws[..n]).or_else(|| name_after_descriptor(&ws[..n])))?;
    // "New Hampshire, Trump went after Bush": a place, then the person; when the words after a
    // comma inside the mention name a person on their own, they are the subject.
    let inside = ws
        .iter()
        .take_while(|w| w.span.end <= m.span.end)
        .position(|w| w.trailing == Some(','))
        .filter(|&c| ws[c + 1].span.start < m.span.end);
    if let Some(c) = inside {
        let end = ws
            .iter()
            .position(|w| w.span.end >= m.span.end)
            .map_or(ws.len(), |e| e + 1);
        if let Some(person) = parse(&ws[c + 1..end]).filter(is_person) {
            if parse(&ws[..=c]).is_none_or(|p| !is_person(&p)) {
                return Some(person);
            }
        }
    }
    Some(m)
}

/// Whether the quote ends its sentence (“unhinged.” / “a loser”.): a label that ends the
/// sentence is what the speaker said; one inside it ("called it “irresponsible” and said ...")
/// leaves the sentence to the verb that follows.
fn ends_sentence(text: &str, q: &Quote, para: Span) -> bool {
    let inner = q.inner.slice(text).trim_end();
    let after = text[q.outer.end..para.end].trim_start();
    inner.ends_with(['.', '!', '?']) || after.is_empty() || after.starts_with(['.', '!', '?'])
}

/// "Jeb Bush called Trump “unhinged.”", "..., calling him “a total stiff.”": what a speaker
/// calls someone is theirs to answer for, however short. The words before the quote, back to
/// the sentence's start, when a calling verb is among the last six of them.
pub(super) fn calling_before(text: &str, q: &Quote, para: Span) -> Option<Vec<Word>> {
    let before = &text[para.start..q.outer.start];
    let from = before
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '.' | '!' | '?' | '”' | '"'))
        .map_or(para.start, |(i, c)| para.start + i + c.len_utf8());
    let ws = words(text, Span::new(from, q.outer.start));
    let n = ws.len();
    (n >= 2
        && ws[n.saturating_sub(6)..]
            .iter()
            .any(|w| is_in(&CALLING_VERBS, &w.lower) || w.lower == "calling"))
    .then_some(ws)
}

fn is_statement_quote(text: &str, q: &Quote, para: Span) -> bool {
    let inner = q
        .inner
        .slice(text)
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let n_words = inner.split_whitespace().count();
    let starts_upper = inner.chars().next().is_some_and(char::is_uppercase);
    let at_para_start = q.outer.start == para.start;
    let before = text[para.start..q.outer.start].trim_end();
    // "If Russia is behind it — as many believe — “why wouldn't you ask?” asked Dunn": a
    // dash opens an utterance as a comma does, unless another closes it as an aside ("his
    // record — “the longest expansion in our history” — is ...") or the quote runs on into the
    // sentence (people -- unnamed -- "are very threatened" because ...).
    let dashes = ['—', '–', '-'];
    let after_dash = before.ends_with(dashes)
        && inner.trim_end().ends_with([',', '.', '!', '?'])
        && !text[q.outer.end..para.end].trim_start().starts_with(dashes);
    let after_colon_or_comma = before.ends_with([':', ',']) || after_dash;
    // A short quote still counts when it is a whole utterance: “No deal,” said ... But not a
    // title after a preposition or a possessive: on ABC's “This Week,” / in “The Apprentice.”
    let before_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let titled = n_words <= 5
        && (is_in(
            &[
                "on",
                "in",
                "at",
                "of",
                "from",
                "to",
                "for",
                "called",
                "titled",
                "dubbed",
                "nicknamed",
            ],
            &before_word.to_lowercase(),
        ) || before.to_lowercase().ends_with("known as")
            || before_word.ends_with("'s")
            || before_word.ends_with("’s"));
    // “Thelma and Louise,” / “The Late Show With Stephen Colbert,”: a name in quote marks.
    // “Absolutely not,” and “GROWING PARTY!” stay utterances: a title has two long words, not
    // in capitals.
    let name = inner.trim_end_matches([',', '.']);
    let long_words = name
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .count();
    let shouted = !name.chars().any(char::is_lowercase);
    // `the “Bridges for all” document`, `its “Golden Week” plan`: quote marks between a
    // determiner and the noun they modify name something.
    let after = text[q.outer.end..para.end].trim_start();
    let modifier = is_in(
        &[
            "the", "a", "an", "its", "his", "her", "their", "this", "that",
        ],
        &before_word.to_lowercase(),
    ) && !inner.trim_end().ends_with([',', '.', '!', '?'])
        && after.starts_with(|c: char| c.is_lowercase());
    // `his podcast "The Axe Files" out Thursday`: every word capitalised and no punctuation of
    // its own inside the marks, in the middle of a sentence: a name, not an utterance.
    let every_word_capitalised = inner
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let capitalised_name = n_words >= 2
        && !at_para_start
        && !after_colon_or_comma
        && !inner.trim_end().ends_with([',', '.', '!', '?'])
        && !shouted
        && every_word_capitalised;
    // `star of the reality TV show "The Apprentice," said ...`: the same inside an appositive,
    // where the comma that closes the aside falls inside the marks. Mid-sentence, after a
    // word that speaks no quote ("show", not "said" or "tweeted").
    let plain_word_before = before_word.chars().all(char::is_lowercase)
        && !before_word.is_empty()
        && !VERBS.contains_key(before_word)
        && !is_in(&CALLING_VERBS, before_word);
    let name_in_aside = n_words >= 2
        && plain_word_before
        && !shouted
        && inner.trim_end().ends_with(',')
        && every_word_capitalised;
    // `tweeted, "Thank you Indiana #Trump2016"`: right after a speech verb and its comma or
    // colon, words in title case are still what was said. Not after a form that is also a
    // plural noun: `one of his recent reads, "This Kind of War," by ...` names a book.
    // `She declared “What a Super Tuesday!”`: right after the verb, too, when the words end as
    // an utterance does.
    let verb_before = before_word.trim_end_matches([',', ':']).to_lowercase();
    let spoken_before = (after_colon_or_comma
        || (inner.trim_end().ends_with(['!', '?', '.']) && !is_in(&CALLING_VERBS, &verb_before)))
        && VERBS.contains_key(verb_before.as_str())
        && (!verb_before.ends_with('s') || verb_before == "says");
    let titled = titled
        || modifier
        || capitalised_name
        || name_in_aside
        || (long_words >= 2 && !shouted && is_title(name) && !spoken_before);
    let utterance = starts_upper && !titled && inner.trim_end().ends_with([',', '.', '!', '?']);
    (n_words >= 3 && !titled && (starts_upper || at_para_start || after_colon_or_comma))
        || utterance
}

pub(super) fn is_non_prose(text: &str, para: Span) -> bool {
    let p = para.slice(text);
    NON_PROSE_PREFIXES.iter().any(|pre| starts_with_ci(p, pre))
}

/// The subject of a verb at `v`: the noun phrase before it, skipping auxiliaries ("has
/// denied"), a relative clause ("Briggs, who voted against it, said") and taking the name out
/// of an appositive ("The fire chief, Tom Reyes, warned"). Returns the mention and, for an
/// appositive, the title phrase that describes the person.
pub(super) fn subject_before(ws: &[Word], v: usize) -> Option<Mention> {
    let m = subject_phrase_before(ws, v)?;
    if is_person(&m) {
        return Some(m);
    }
    // "A former Republican presidential candidate -- John McCain, who lost the 2008 election
    // to Obama -- said": the description's name stands in the aside after it.
    let mut k = v;
    while k > 0 && !ws[k - 1].aside && is_in(&AUXILIARIES, &ws[k - 1].lower) {
        k -= 1;
    }
    let aside_end = k;
    while k > 0 && ws[k - 1].aside {
        k -= 1;
    }
    let aside = &ws[k..aside_end];
    let name_end = aside
        .iter()
        .position(|w| w.trailing.is_some())
        .map_or(aside.len(), |p| p + 1);
    // Only a name: not "insiders in the next two states -- Nevada and South Carolina --".
    let only_a_name = aside[..name_end]
        .iter()
        .all(|w| w.text.starts_with(char::is_uppercase));
    let named = (k > 0 && !aside.is_empty() && m.span.end <= aside[0].span.start && only_a_name)
        .then(|| parse(&aside[..name_end]))
        .flatten()
        .filter(has_first_name);
    Some(match named {
        Some(person) => with_title(person, m),
        None => m,
    })
}

fn subject_phrase_before(ws: &[Word], v: usize) -> Option<Mention> {
    // ", then said" continues the clause before the comma, as "and said" does: "Kasich offered
    // him a job as Secretary of Defense, then says ...".
    if v > 1 && ws[v - 1].lower == "then" && ws[v - 2].trailing == Some(',') {
        if let Some(m) = clause_subject(ws, v - 1) {
            return Some(m);
        }
    }
    let mut end = v;
    // "The committee this week announced", "Fiorina a month later announced", "Trump earlier
    // this month said": a time phrase between the subject and its verb ("... ago" is read below,
    // with what counts it).
    if let Some(k) = (end.saturating_sub(4)..end).find(|&k| {
        let phrase = &ws[k..end];
        if phrase[phrase.len() - 1].lower == "ago" {
            return false;
        }
        let from = usize::from(is_in(&["earlier", "later"], &phrase[0].lower) && phrase.len() > 1);
        k > 0
            && phrase[0].text.starts_with(char::is_lowercase)
            && phrase.iter().all(|w| w.trailing.is_none())
            && ws[k - 1].trailing.is_none()
            && when_words(&phrase[from..]) == phrase.len() - from
    }) {
        end = k;
    }
    // "has since said", "last week said"; but in "Kim, who was in Europe this week, said" the
    // comma closes a clause, and "week" is its word.
    // "Park and Reyes have both argued": "both" after a plural subject, in lower case
    // (a capital "Both" opens the subject itself).
    while end > 0
        && ws[end - 1].trailing.is_none()
        && (is_in(&AUXILIARIES, &ws[end - 1].lower)
            // "The Florida Republican would only say that": a modal in lower case ("George
            // Will said" has none).
            // Not "would have boasted", what did not happen.
            || (is_in(&MODALS, &ws[end - 1].lower)
                && ws[end - 1].text.starts_with(char::is_lowercase)
                && ws[end].lower != "have")
            || (ws[end - 1].lower == "only"
                && end >= 2
                && is_in(&MODALS, &ws[end - 2].lower)
                && ws[end - 2].text.starts_with(char::is_lowercase))
            || is_in(&WEEKDAYS, &ws[end - 1].lower)
            || ws[end - 1].text == "both"
            || adverb_after_name(ws, end - 1))
    {
        end -= 1;
    }
    // "The State Department less than two weeks ago said": a counted time before the verb.
    if end >= 2 && ws[end - 1].lower == "ago" && ws[end - 1].trailing.is_none() {
        let lower = |w: &Word| !w.text.starts_with(char::is_uppercase);
        if let Some(k) = (end.saturating_sub(5)..end - 1)
            .find(|&k| lower(&ws[k]) && counted_time_words(&ws[k..end]) == end - k)
        {
            end = k;
            // "less than two weeks ago", "about a year ago".
            while end > 0
                && (is_in(&APPROXIMATORS, &ws[end - 1].lower) || ws[end - 1].lower == "less")
            {
                end -= 1;
            }
        }
    }
    // "he supported Obama and said": the verb continues a clause whose subject is further
    // back, the subject of the clause it continues, when one opens it.
    if end > 1 && ws[end - 1].trailing.is_none() && is_in(&["and", "but", "or"], &ws[end - 1].lower)
    {
        if let Some(m) = clause_subject(ws, end - 1) {
            return Some(m);
        }
    }
    // "Clinton is continuing to insist", "Cruz went on to say": the verb that carries the
    // speech verb, and its auxiliaries.
    if end >= 2 && ws[end - 1].lower == "to" && ws[end - 1].trailing.is_none() {
        let mut k = end - 1;
        if ws[k - 1].lower == "on" {
            k -= 1;
        }
        if k > 0 && is_in(&CATENATIVES, &ws[k - 1].lower) {
            end = k - 1;
            while end > 0
                && ws[end - 1].trailing.is_none()
                && (is_in(&AUXILIARIES, &ws[end - 1].lower) || ws[end - 1].lower.ends_with("ly"))
            {
                end -= 1;
            }
        }
    }
    // "Proponents of the bill, however, say": a sentence adverb set off by commas.
    if end >= 2
        && ws[end - 1].trailing == Some(',')
        && ws[end - 2].trailing == Some(',')
        && is_in(
            &crate::claims::lexicon::SENTENCE_OPENERS,
            &ws[end - 1].lower,
        )
    {
        end -= 1;
    }
    // "Andrei Kazaryan (who the magazine suggests was an investigator), said": the aside is
    // not the subject.
    while end > 0 && ws[end - 1].aside {
        end -= 1;
    }
    // ", who voted against it," or ", speaking at a rally in Wilmington, N.C.," before the
    // verb: skip back over the clause.
    if end > 0 && ws[end - 1].trailing == Some(',') {
        // "..., attending the convention, said": any participle that opens a clause after a
        // comma. "..., clad in a red cape, said", "..., dressed in black, said": a past
        // participle with its preposition too.
        let participle_clause = |i: usize| {
            let past_participle = (ws[i].lower.ends_with("ed")
                || is_in(&PAST_PARTICIPLES, &ws[i].lower))
                // Not "filed by": an agent is who a document speaks for.
                && ws
                    .get(i + 1)
                    .is_some_and(|w| is_in(&PREPOSITIONS, &w.lower) && w.lower != "by");
            (ws[i].lower.ends_with("ing") || past_participle)
                && ws[i].text.starts_with(char::is_lowercase)
                && i > 0
                && ws[i - 1].trailing == Some(',')
        };
        if let Some(rel) = (0..end - 1).rev().find(|&i| {
            is_relative(&ws[i].lower)
                || (ws[i].lower.ends_with("ing") && is_in(&QUALIFIERS, &ws[i].lower))
                || participle_clause(i)
        }) {
            // The clause may hold a place's commas ("who was to travel to Columbus, Ohio, on
            // Wednesday,"), but no full stop or colon.
            // "Mark Cuban, the owner of the Mavericks who rebuffed pleas to run, says": a
            // restrictive "who" inside the appositive ends at the same comma.
            let restrictive = is_relative(&ws[rel].lower) && ws[rel].lower != "which";
            if rel > 0
                && (ws[rel - 1].trailing == Some(',') || restrictive)
                && ws[rel..end - 1]
                    .iter()
                    .all(|w| w.trailing.is_none_or(|c| c == ','))
                && ws[rel..end - 1]
                    .iter()
                    .filter(|w| w.trailing.is_some())
                    .count()
                    <= 3
            {
                end = rel;
                // "Mary Susan, clad in a cape with lights that formed a name, said": a
                // restrictive clause inside a participle's clause; the participle opens it.
                if ws[rel - 1].trailing.is_none() {
                    if let Some(p) = (1..rel).rev().find(|&p| participle_clause(p)) {
                        if ws[p..rel].iter().all(|w| w.trailing.is_none()) {
                            end = p;
                        }
                    }
                }
            }
        }
    }
    if let Some(m) = named_with_age(ws, end) {
        return Some(m);
    }
    // "He's said", "they've argued": a pronoun with "has" or "have" run into it.
    // Not "it's said", a passive.
    if let Some(m) = end.checked_sub(1).and_then(|k| contracted_pronoun(&ws[k])) {
        return Some(m);
    }
    // "an interview in which Trump declared", "a letter in which she said": after a
    // preposition and "which" the clause lacks nothing, and its own subject speaks.
    let after_which = (end.saturating_sub(6)..end.saturating_sub(1))
        .rev()
        .find(|&k| relative_after_preposition(ws, k))
        .filter(|&k| ws[k..end].iter().all(|w| w.trailing.is_none()));
    if let Some(m) = after_which.and_then(|k| parse(&ws[k + 1..end])) {
        return Some(m);
    }
    // "at the town hall this week she said", "in September he told": a subject pronoun right
    // before the verb is its subject, whatever phrase comes before it (it can be no object).
    if end > 1
        && ws[end - 1].trailing.is_none()
        && is_in(&crate::claims::lexicon::SUBJECT_PRONOUNS, &ws[end - 1].lower)
        && ws[end - 2].trailing.is_none()
        // "what he called", "which he said": a relative clause, read by its own pattern.
        && !is_relative(&ws[end - 2].lower)
        && !is_in(&["what", "whom", "that", "how", "why", "whether"], &ws[end - 2].lower)
    {
        return parse(&ws[end - 1..end]);
    }
    // The phrase: back to the previous punctuation, but a comma right before the verb may
    // close an appositive ("The fire chief, Tom Reyes, warned").
    let phrase_start = |end: usize| {
        let mut start = end;
        while start > 0 {
            let w = &ws[start - 1];
            let closes_here = start == end && w.trailing == Some(',');
            // "from Jackson, Miss., said": a city and its state are one place.
            let city = start < end
                && w.trailing == Some(',')
                && is_cap(w)
                && !crate::claims::mentions::is_state_after_city(w)
                && crate::claims::mentions::is_state_after_city(&ws[start])
                // The state ends the place: not "Curiel, Mr. Graham".
                && (ws[start].trailing == Some(',') || start + 1 == end);
            // "a Hollywood, Fla., rabbi": the state after its city, read from the right, inside
            // a description; "In Cedar Rapids, Iowa, Rubio said" ends the phrase at the state.
            let state = start < end
                && start >= 2
                && ws[end - 1].trailing == Some(',')
                && ws[start].text.starts_with(char::is_lowercase)
                && w.trailing == Some(',')
                && crate::claims::mentions::is_state_after_city(w)
                && ws[start - 2].trailing == Some(',')
                && is_cap(&ws[start - 2]);
            if !closes_here && !city && !state && ends_phrase(w) {
                break;
            }
            start -= 1;
        }
        start
    };
    let mut start = phrase_start(end);
    // "Inside the mosque - which looks like a church - Adel Nefzi said": an aside after an
    // opening phrase ends it, and a name after the aside is the subject.
    if let Some(k) = (start + 1..end)
        .rev()
        .find(|&k| ws[k - 1].aside && !ws[k].aside)
    {
        let named = parse(&ws[k..end])
            .is_some_and(|m| m.span.start == ws[k].span.start && has_first_name(&m));
        if named {
            start = k;
        }
    }
    // "Trump, in Kentucky, said", "Editorial pages across the country, including USA Today,
    // warned": a phrase set off by commas that opens with a preposition is no subject; the
    // subject comes before it. In `“...” for Clinton, said Kunin.` nothing does: the speaker
    // follows the verb.
    let aside = end > 0
        && ws[end - 1].trailing == Some(',')
        && start < end
        && (is_in(&PREPOSITIONS, &ws[start].lower) || is_in(&ASIDE_OPENERS, &ws[start].lower));
    if aside {
        if start == 0 || ws[start - 1].trailing != Some(',') {
            return None;
        }
        end = start;
        start = phrase_start(end);
    }
    // "McCain issued a statement after Republican contender Donald Trump told": a subordinate
    // clause of time or cause has its own subject, right after its conjunction.
    if let Some(k) = (start + 1..end.saturating_sub(1)).rev().find(|&k| {
        is_in(&CLAUSE_CONJUNCTIONS, &ws[k].lower)
            && (is_cap(&ws[k + 1]) || is_in(&["the", "a", "an"], &ws[k + 1].lower))
            && !ws[k..end].iter().any(|w| w.aside)
    }) {
        start = k + 1;
    }
    // "laws that appeals courts said discriminated", "a policy that some say targets
    // Muslims": a relative clause whose own subject speaks, with what it says of the thing
    // before "that" after the verb.
    if let Some(k) = (start + 1..end.saturating_sub(1)).rev().find(|&k| {
        is_in(&["that", "which"], &ws[k].lower)
            && ws[k].trailing.is_none()
            && (is_cap(&ws[k + 1])
                || is_in(
                    &["the", "a", "an", "some", "many", "most"],
                    &ws[k + 1].lower,
                )
                || ws[k + 1..end]
                    .iter()
                    .any(|w| is_in(&crate::claims::mentions::GROUP_HEADS, &w.lower)))
            && ws[k + 1..end]
                .iter()
                .all(|w| w.trailing.is_none() && !w.aside)
            && parse(&ws[k + 1..end]).is_some()
    }) {
        start = k + 1;
    }
    // "Katie Packer, who is chairman of Our Principles PAC said": a relative clause that no
    // comma closes before the verb; the name before it is the subject.
    if start > 0
        && start + 1 < end
        && ws[start - 1].trailing == Some(',')
        && is_in(&["who", "whom"], &ws[start].lower)
    {
        // "Gill Rosenberg, who ISIS had claimed to have abducted, posted ...": "who" is the
        // object, and the verb is the inner subject's, saying nothing of its own.
        // A comma before the verb closes the clause: "Gill Rosenberg, whom ISIS claimed to
        // have abducted, said" is hers.
        let inner_subject = is_cap(&ws[start + 1])
            || is_in(
                &crate::claims::lexicon::SUBJECT_PRONOUNS,
                &ws[start + 1].lower,
            );
        if inner_subject && ws[end - 1].trailing.is_none() {
            return None;
        }
        end = start;
        start = phrase_start(end);
    }
    // "something Sanders aides argue is possible": the thing a relative clause without "that"
    // describes stands before its subject.
    if end - start >= 2
        && is_in(
            &["something", "anything", "everything", "nothing"],
            &ws[start].lower,
        )
        && (is_cap(&ws[start + 1]) || is_in(&DETERMINERS, &ws[start + 1].lower))
    {
        start += 1;
    }
    // "On Tuesday the singer's representatives said": after a time phrase the subject is
    // read as if the sentence opened with it.
    let timed = after_time_phrase(ws, start, end);
    if timed > start {
        return subject_phrase_before(&ws[timed..], v - timed);
    }
    if let Some(person) = person_before_description(ws, start) {
        return Some(person);
    }
    // "Six in 10 Virginia voters said": a share of a group, not a person called "Six". Not
    // "acknowledged some plagiarism even as he ...": a verb's object.
    let object_of_verb = start > 0
        && ws[start - 1].trailing.is_none()
        && crate::claims::mentions::verb_like(&ws[start - 1]);
    let parsed = if opens_with_count(&ws[start..end]) && !object_of_verb {
        quantified_group(&ws[start..end]).or_else(|| parse(&ws[start..end]))
    } else {
        parse(&ws[start..end])
    };
    let m = match parsed {
        // "Jamie Cole, now a television pundit, said": a description after a comma describes
        // the person named before it.
        // "Nefzi, a chemistry professor and a member of the board, said" too.
        // "Steve Coll, the dean of the journalism school, said", "Alan Jeffers, a spokesman for
        // Exxon Mobil, said", "Mark Kirk, Republican of Illinois, said": the person named, not
        // the organisation or place that describes them.
        // "Tom Reyes, Park's spokesman, suggested": the spokesman named before, not
        // the one he speaks for.
        // "Tom Reyes, Park's spokesman, suggested", "Linda Park, host of Channel 5's
        // “Morning Park,” suggested": a description, and the name inside it is not who spoke;
        // the person named before the comma is.
        Some(m)
            if is_person(&m)
                && (is_in(&crate::claims::mentions::SPOKESPEOPLE, &ws[end - 1].lower)
                    || (ws[start].text.starts_with(char::is_lowercase)
                        && ws[start..end]
                            .iter()
                            // "Marcel Lehel, the hacker known as Guccifer, stated": an alias.
                            .any(|w| is_in(&PREPOSITIONS, &w.lower) || w.lower == "as")))
                && name_before_comma(ws, start).is_some() =>
        {
            let person = name_before_comma(ws, start).expect("checked in the guard");
            with_title(person, m)
        }
        Some(m)
            if !is_person(&m)
                && !matches!(m.kind, crate::claims::mentions::MentionKind::Pronoun(..))
                && start > 0
                && ws[start - 1].trailing == Some(',') =>
        {
            // "The sister of Luke Somers, the photojournalist held ..., says": the relative
            // the sentence opens with.
            if let Some(relative) = phrase_before_comma(ws, start)
                .filter(|&t| t + 3 < start)
                .and_then(|t| relative_of(ws, t, start))
            {
                return Some(relative);
            }
            // "Donald Trump, Mike Huckabee and Chris Christie have said": a list of people,
            // the group of all of them, not the first described by the rest.
            if crate::claims::mentions::is_pair_of_people(&ws[start..end]) {
                if let Some(t) = phrase_before_comma(ws, start).filter(|&t| {
                    (t == 0 || ws[t - 1].trailing == Some(','))
                        && parse(&ws[t..start])
                            .is_some_and(|p| is_person(&p) && p.span.start == ws[t].span.start)
                }) {
                    let surface = ws[t..end - 1]
                        .iter()
                        .map(|w| match w.trailing {
                            Some(',') => format!("{},", w.text),
                            _ => w.text.to_string(),
                        })
                        .chain(std::iter::once(ws[end - 1].text.to_string()))
                        .collect::<Vec<_>>()
                        .join(" ");
                    return Some(Mention {
                        span: Span::new(ws[t].span.start, ws[end - 1].span.end),
                        kind: crate::claims::mentions::MentionKind::Anonymous(surface.clone()),
                        surface,
                    });
                }
            }
            match appositive_after_name(ws, start).filter(is_person) {
                Some(person) => with_title(person, m),
                None => described_before_description(ws, start).unwrap_or(m),
            }
        }
        Some(m) => m,
        None => {
            return match appositive_after_name(ws, start) {
                // "Dan Anderson, vice president of university communications at Elon, told":
                // a description that is no mention of its own still says what the person is.
                Some(person) if is_person(&person) => {
                    Some(match bare_description(&ws[start..end]) {
                        Some(desc) => {
                            let (role, org) = described_role(&desc);
                            with_role(person, role, org)
                        }
                        None => person,
                    })
                }
                named => named,
            }
            .or_else(|| name_after_opening_phrase(&ws[start..end]))
            .or_else(|| document_with_author(ws, start, end))
            .or_else(|| subject_fallback(ws, start, end))
            .or_else(|| described_subject(ws, start, end))
            .or_else(|| name_after_descriptor(&ws[start..end]))
            .or_else(|| (!object_of_verb).then(|| quantified_group(&ws[start..end]))?)
            .or_else(|| subordinate_subject(&ws[start..end]))
            .or_else(|| head_before_preposition(ws, start, end))
            .or_else(|| noun_phrase_subject(ws, start, end, v))
            .or_else(|| restrictive_antecedent(ws, start, end, v));
        }
    };
    // Appositive: "<title>, <name>," — the title phrase before gives role and organisation.
    if start > 0 && ws[start - 1].trailing == Some(',') {
        let mut t = start - 1;
        while t > 0 && ws[t - 1].trailing.is_none() {
            t -= 1;
        }
        if let Some(relative) = whose_relative(ws, start, &m) {
            return Some(relative);
        }
        if let (Some(title), crate::claims::mentions::MentionKind::Person { .. }) =
            (parse(&ws[t..start]), &m.kind)
        {
            return Some(with_title(m, title));
        }
    }
    Some(m)
}

/// "Linda Park, director of the House Majority PAC, a Democratic super PAC, said": an
/// indefinite description at `start` describes the phrase before it, which describes the
/// person named first.
fn person_before_description(ws: &[Word], start: usize) -> Option<Mention> {
    if !is_in(&["a", "an"], &ws[start].lower) {
        return None;
    }
    // The phrase before is a description too ("director of ..."), not the name itself ("Sen.
    // Kristen Gillibrand (D-NY), a supporter of Clinton, told").
    let t = phrase_before_comma(ws, start).filter(|&t| {
        t > 0 && ws[t - 1].trailing == Some(',') && ws[t].text.starts_with(char::is_lowercase)
    })?;
    let person = appositive_after_name(ws, t).filter(is_person)?;
    Some(match parse(&ws[t..start]) {
        Some(title) => with_title(person, title),
        None => person,
    })
}

/// "The employee of nearly four years, a registered Republican who ..., said": an indefinite
/// description at `start` describes the definite one before it, which opens the clause and is
/// the subject.
fn described_before_description(ws: &[Word], start: usize) -> Option<Mention> {
    if !is_in(&["a", "an"], &ws[start].lower) {
        return None;
    }
    let t =
        phrase_before_comma(ws, start).filter(|&t| t == 0 || ws[t - 1].trailing == Some(','))?;
    if !is_in(
        &["the", "his", "her", "their", "its", "this", "that"],
        &ws[t].lower,
    ) {
        return None;
    }
    parse(&ws[t..start])
        .filter(|m| m.span.start == ws[t].span.start)
        .filter(|m| !matches!(m.kind, crate::claims::mentions::MentionKind::Pronoun(..)))
}

/// The person named by the whole phrase before the comma at `start` ("Tom Reyes, ..."),
/// not an opening phrase ("Contacted by the Gazette, ...", "Tuesday in Riverside, ...").
fn name_before_comma(ws: &[Word], start: usize) -> Option<Mention> {
    let t = phrase_before_comma(ws, start)?;
    let first = &ws[t];
    let opener = !is_cap(first)
        || first.lower.ends_with("ing")
        || first.lower.ends_with("ed")
        || is_in(&PREPOSITIONS, &first.lower)
        || is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &first.lower)
        || is_in(&WEEKDAYS, first.lower.trim_end_matches(','));
    if opener {
        return None;
    }
    parse(&ws[t..start]).filter(|m| is_person(m) && m.span.start == first.span.start)
}

/// How many words open `ws` with a time counted from another: "Eight years ago", "a week
/// later,", "The next day", "That night". Zero when it opens otherwise. `when_words` reads the
/// phrase; a lone "Later" or a weekday is read where the subject is looked for.
fn counted_time_words(ws: &[Word]) -> usize {
    let n = when_words(ws);
    let counted = n > 1
        && matches!(
            ws[n - 1].lower.trim_end_matches(','),
            "ago" | "later" | "earlier"
        );
    let relative = n > 1 && is_in(&["the", "that"], &ws[0].lower);
    if counted || relative {
        n
    } else {
        0
    }
}

/// Past participles without "-ed" that open a clause after a name: "clad in", "born in".
static PAST_PARTICIPLES: WordList = word_list!("past_participles.txt");

/// Where the subject starts after a time phrase that opens the sentence with no comma: "On
/// Monday he said", "Last week Trump told", "Earlier this month the senator argued". `start`
/// when there is none, or nothing after it.
fn after_time_phrase(ws: &[Word], start: usize, end: usize) -> usize {
    const OPENERS: [&str; 7] = ["on", "in", "last", "earlier", "later", "early", "late"];
    let when = if start == 0 {
        counted_time_words(&ws[..end])
    } else {
        0
    };
    if when > 0 && when < end {
        return when;
    }
    // Only at the sentence's start: after a comma "later" belongs to the clause ("Trump, later
    // alleging ..., said").
    if start != 0 || start >= end || !is_in(&OPENERS, &ws[start].lower) {
        return start;
    }
    let time_word = |w: &Word| {
        w.trailing.is_none()
            && (crate::claims::mentions::is_date_word(&w.lower)
                || is_day_part(&w.lower)
                || w.lower == "this")
    };
    let k = start
        + 1
        + ws[start + 1..end]
            .iter()
            .take_while(|w| time_word(w))
            .count();
    // "Later he said"; but "Early voters said" is the subject.
    let time_only = is_in(&["later", "earlier"], &ws[start].lower);
    let names = |w: &Word| {
        w.text.starts_with(char::is_uppercase)
            || is_pronoun(&w.lower)
            || is_in(&["the", "a", "an", "his", "her", "their", "its"], &w.lower)
    };
    if k < end && (k > start + 1 || time_only) && names(&ws[k]) {
        k
    } else {
        start
    }
}

/// "He's", "they've", "we're": the pronoun of a pronoun with "has", "is", "have" or "are" run
/// into it. Not "it's", whose "it" is rarely anyone ("it's said").
pub(super) fn contracted_pronoun(w: &Word) -> Option<Mention> {
    let base = ["'s", "’s", "'ve", "’ve", "'re", "’re"]
        .iter()
        .find_map(|c| w.lower.strip_suffix(c))
        .filter(|b| *b != "it" && is_pronoun(b))?;
    let mut pronoun = w.clone();
    pronoun.text = base.into();
    pronoun.lower = base.into();
    parse(&[pronoun])
}

/// Words that open an aside adding names to the phrase before it ("Editorial pages, including
/// USA Today,"): no subject of its own, nor part of the one before it.
const ASIDE_OPENERS: [&str; 3] = ["including", "especially", "notably"];

/// Modals between a subject and its speech verb that still report speech: "would only say",
/// "will tell" (a speech's prepared text). Not "could", "can", "might": "Amazon could tell if
/// ads led to purchases" is what someone is able to do.
const MODALS: [&str; 2] = ["would", "will"];

/// Words in "-ly" that are nouns (see the data file).
static LY_NOUNS: WordList = word_list!("ly_nouns.txt");

/// "Linda Park gingerly said", "Reyes has vigorously denied": an adverb in "-ly" between a
/// name or an auxiliary and its verb.
pub(super) fn adverb_after_name(ws: &[Word], k: usize) -> bool {
    let w = &ws[k];
    k > 0
        && w.lower.ends_with("ly")
        && w.lower.len() > 4
        && w.text.starts_with(char::is_lowercase)
        && !is_in(&LY_NOUNS, &w.lower)
        && ws[k - 1].trailing.is_none()
        && ((is_cap(&ws[k - 1])
            // Not "Britain's emotionally charged uprising": after a possessive comes its noun.
            && crate::claims::mentions::possessor(&ws[k - 1]).is_none())
            || is_in(&HAVE_BE_DO, &ws[k - 1].lower))
}

/// Auxiliaries an adverb in "-ly" may follow before the verb: "has vigorously denied".
const HAVE_BE_DO: [&str; 11] = [
    "has", "have", "had", "is", "are", "was", "were", "did", "does", "do", "will",
];

/// Whether the word before `k` names what was issued: "issued a statement saying", "sent an
/// email saying".
pub(super) fn after_document(ws: &[Word], k: usize) -> bool {
    // "released a statement Wednesday saying": a day may stand between.
    let k = if k > 1 && crate::claims::mentions::is_date_word(&ws[k - 1].lower) {
        k - 1
    } else {
        k
    };
    k > 0 && ws[k - 1].trailing.is_none() && is_in(&DOCUMENTS, &ws[k - 1].lower)
}

/// "Proponents of the new bill say", "Critics in both parties said": the head before a
/// preposition, when it is a noun that names who can speak.
fn head_before_preposition(ws: &[Word], start: usize, end: usize) -> Option<Mention> {
    let k = (start + 1..end)
        .find(|&i| is_in(&["of", "in", "from", "at", "on", "for"], &ws[i].lower))?;
    // "The sister of Luke Somers said": the person's sister, as "Luke Somers's sister" is.
    if let Some(m) = relative_of(ws, start, end) {
        return Some(m);
    }
    parse(&ws[start..k])
        .filter(|m| !is_person(m))
        .or_else(|| described_subject(ws, start, k))
}

/// Conjunctions of time or cause that open a clause with a subject of its own: "McCain issued a
/// statement after Republican contender Donald Trump told ...".
const CLAUSE_CONJUNCTIONS: [&str; 11] = [
    "after", "before", "when", "while", "because", "since", "once", "until", "although", "though",
    "whereas",
];

/// "the sister of Luke Somers" from word `t` to `end`: a determiner and a noun for one person
/// (`person_nouns.txt`), "of", then a person's name; the description "Luke Somers's sister".
fn relative_of(ws: &[Word], t: usize, end: usize) -> Option<Mention> {
    let (det, noun) = relative_head(ws, t)?;
    let person = parse(ws.get(t + 3..end)?).filter(is_person)?;
    Some(relative_of_person(det, noun, &person))
}

/// "The sister of the photojournalist, Luke Somers, held captive ..., claims": a person named
/// at `start`, after a comma that closes "the sister of ...", whom the sister cannot be by
/// gender, is whose sister speaks ("The sister of the photojournalist, Lucy Somers," may be
/// hers).
fn whose_relative(ws: &[Word], start: usize, person: &Mention) -> Option<Mention> {
    use crate::claims::lexicon::{noun_gender, Gender};
    let MentionKind::Person { gender, .. } = &person.kind else {
        return None;
    };
    let (det, noun) = relative_head(ws, phrase_before_comma(ws, start)?)?;
    let relative_gender = noun_gender(&noun.lower);
    let other = relative_gender != Gender::Unknown
        && *gender != Gender::Unknown
        && *gender != relative_gender;
    other.then(|| relative_of_person(det, noun, person))
}

/// "the sister of" at word `t`: a determiner and a noun for one person, then "of".
fn relative_head(ws: &[Word], t: usize) -> Option<(&Word, &Word)> {
    let [det, noun, of] = ws.get(t..t + 3)? else {
        return None;
    };
    (is_in(&["the", "a", "an"], &det.lower)
        && noun.trailing.is_none()
        && crate::claims::lexicon::is_person_noun(&noun.lower)
        && of.lower == "of")
        .then_some((det, noun))
}

/// The description "Luke Somers's sister" of "the sister of ... Luke Somers", from "the" to
/// the name's end.
fn relative_of_person(det: &Word, noun: &Word, person: &Mention) -> Mention {
    let full = match &person.kind {
        MentionKind::Person { full, .. } => full.clone(),
        _ => person.surface.clone(),
    };
    Mention {
        span: Span::new(det.span.start, person.span.end),
        surface: format!("{} {} of {full}", det.text, noun.text),
        kind: MentionKind::Anonymous(format!("{full}'s {}", noun.lower)),
    }
}

/// "Cory James, 22, of Flint, Mich., said", "Cecelia Purner, 67, a retired clerk in Allentown,
/// Pa., said": a name, then an age between commas, then what describes the person; the name
/// is the subject, not the place the description ends with.
fn named_with_age(ws: &[Word], end: usize) -> Option<Mention> {
    if end == 0 || ws[end - 1].trailing != Some(',') {
        return None;
    }
    let age = (end.saturating_sub(16)..end).rev().find(|&k| {
        k > 0
            && ws[k].trailing == Some(',')
            && ws[k - 1].trailing == Some(',')
            && (1..=3).contains(&ws[k].text.len())
            && ws[k].text.chars().all(|c| c.is_ascii_digit())
    })?;
    let mut start = age - 1;
    while start > 0 && !ends_phrase(&ws[start - 1]) {
        start -= 1;
    }
    parse(&ws[start..age]).filter(is_person)
}

/// "Speaking Saturday at the state convention Sen. Elizabeth Warren said": an opening phrase
/// (a participle or a preposition) with no comma after it, then the subject's name, which ends
/// the phrase.
fn name_after_opening_phrase(phrase: &[Word]) -> Option<Mention> {
    static PREPOSITIONS: [&str; 8] = [
        "in", "at", "on", "during", "after", "before", "speaking", "writing",
    ];
    let first = phrase.first()?;
    // "Saturday at the party convention Sen. Linda Park said": a day before the phrase.
    let dated = crate::claims::mentions::is_date_word(&first.lower)
        && phrase
            .get(1)
            .is_some_and(|w| is_in(&PREPOSITIONS, &w.lower));
    if !is_in(&PREPOSITIONS, &first.lower) && !first.lower.ends_with("ing") && !dated {
        return None;
    }
    // The last capitalised run after a lower-case word: in "at the Ohio Democratic party
    // convention Sen. Linda Park" the place and party are the convention's, not her affiliation.
    (2..phrase.len())
        .rev()
        .filter(|&k| {
            phrase[k].text.starts_with(char::is_uppercase)
                && phrase[k - 1].text.starts_with(char::is_lowercase)
        })
        .find_map(|k| parse(&phrase[k..]).filter(is_person))
}

/// Words that count a share of a group (see the data file).
static QUANTITIES: WordList = word_list!("quantities.txt");

/// Words that make a count approximate: "about one in five", "more than half".
static APPROXIMATORS: WordList = word_list!("approximators.txt");

/// A count word or a number ("six", "majority", "67", "40%").
fn is_count(w: &Word) -> bool {
    is_in(&QUANTITIES, &w.lower) || w.lower.trim_end_matches('%').parse::<u32>().is_ok()
}

/// Whether `phrase` opens with a count, after openers and approximators: "About 4 in 10
/// voters", "Six in 10 Virginia voters".
fn opens_with_count(phrase: &[Word]) -> bool {
    phrase
        .iter()
        .find(|w| {
            !(is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &w.lower)
                || is_in(&APPROXIMATORS, &w.lower)
                || w.lower == "a")
        })
        .is_some_and(is_count)
}

/// A phrase that opens with a count and names a share of a group: "62 percent of voters".
pub(super) fn counted_group(phrase: &[Word]) -> Option<Mention> {
    opens_with_count(phrase)
        .then(|| quantified_group(phrase))
        .flatten()
}

/// `counted_group` for a share named after its verb ("said dozens of protesters", "said a
/// handful of Democrats"): the phrase may run past "of" only when the count itself comes right
/// before it; in "said one owner of a shop" the count's noun ends the speaker.
pub(super) fn share_after_verb(phrase: &[Word]) -> Option<Mention> {
    let of = phrase
        .iter()
        .position(|w| w.lower == "of")
        .unwrap_or(phrase.len());
    let partitive = of < phrase.len()
        && phrase[..of]
            .iter()
            .all(|w| is_count(w) || is_in(&APPROXIMATORS, &w.lower) || w.lower == "a");
    let end = if partitive { phrase.len() } else { of };
    counted_group(&phrase[..end])
}

/// "most of them said", "About one in five say", "67 percent of voters say": a share of a
/// group speaks. The phrase opens with a count (after "about", "a", "more than") and holds no
/// punctuation inside.
fn quantified_group(phrase: &[Word]) -> Option<Mention> {
    // "And a majority of voters said".
    let opening = phrase
        .iter()
        .take_while(|w| {
            is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &w.lower)
                && !is_in(&APPROXIMATORS, &w.lower)
        })
        .count();
    let phrase = &phrase[opening..];
    let counted = phrase
        .iter()
        .skip_while(|w| is_in(&APPROXIMATORS, &w.lower) || w.lower == "a")
        .collect::<Vec<_>>();
    // "a significant number of Democrats", "a growing share of voters": one adjective before
    // the count.
    let counted = match counted.as_slice() {
        [adjective, count, ..]
            if !is_count(adjective)
                && adjective.text.starts_with(char::is_lowercase)
                && is_in(&["number", "share"], &count.lower) =>
        {
            counted[1..].to_vec()
        }
        _ => counted,
    };
    let first = counted.first()?;
    // "February 24, 2015 on social media outlets but": a year counts no one; nor does a phrase
    // that a conjunction or preposition leaves open.
    let year = first.lower.len() == 4 && first.lower.parse::<u32>().is_ok_and(|y| y >= 1000);
    let open_end = phrase.last().is_some_and(|w| {
        is_in(&["and", "but", "or", "nor", "yet", "so"], &w.lower) || is_in(&PREPOSITIONS, &w.lower)
    });
    // "said all five are still in Qatar", "videos where he issues": a verb or a clause's
    // subject inside makes a clause, not a group.
    // The verb's own auxiliaries may close the phrase ("Two others have not said", "Many of
    // you have noted"), and a pronoun after "of" is the group.
    let verb_group = |w: &Word| {
        is_in(&PREDICATE_AUXILIARIES, &w.lower)
            || is_in(&AUXILIARIES, &w.lower)
            || w.lower == "not"
            || w.lower.ends_with("ly")
    };
    let head_end = phrase.len() - phrase.iter().rev().take_while(|w| verb_group(w)).count();
    let clause = (1..head_end).any(|k| {
        let w = &phrase[k];
        is_in(&PREDICATE_AUXILIARIES, &w.lower)
            || is_speech(w)
            || is_denial(w)
            || (is_in(&["he", "she", "it", "they", "we", "i", "you"], &w.lower)
                && phrase[k - 1].lower != "of")
    });
    if year || open_end || clause {
        return None;
    }
    // "some" and "both" also open a verb's object or a mass noun ("acknowledged some
    // plagiarism even as ..."): as a share of a group they stand alone or end in a plural.
    let plural_end = |w: &Word| {
        (w.lower.ends_with('s') && !w.lower.ends_with("ss"))
            || is_in(&["them", "us", "those", "people"], &w.lower)
    };
    if is_in(&["some", "both"], &first.lower)
        && counted.len() > 1
        && !counted.last().is_some_and(|w| plural_end(w))
    {
        return None;
    }
    let shaped = phrase.len() <= 8
        && is_count(first)
        && phrase[..phrase.len() - 1]
            .iter()
            .all(|w| w.trailing.is_none())
        && counted.iter().skip(1).all(|w| {
            is_count(w)
                || is_in(
                    &["in", "of", "percent", "them", "those", "us", "the"],
                    &w.lower,
                )
                || w.text.chars().all(|c| c.is_alphabetic() || c == '-')
        });
    shaped
        .then(|| crate::claims::mentions::description_of_at_most(phrase, 8))
        .flatten()
}

/// "The endorsement comes three days after Trump told ...", "as Comey noted": the verb's
/// subject starts after the last subordinator or opener in the phrase.
fn subordinate_subject(phrase: &[Word]) -> Option<Mention> {
    const SUBORDINATORS: [&str; 16] = [
        "after", "before", "when", "whenever", "while", "as", "because", "since", "if", "although",
        "though", "once", "until", "unless", "that", "where",
    ];
    let j = phrase
        .iter()
        .rposition(|w| is_in(&SUBORDINATORS, &w.lower))?;
    let rest = &phrase[j + 1..];
    (!rest.is_empty() && rest.len() <= 6)
        .then(|| parse(rest))
        .flatten()
}

/// Prepositions and conjunctions that tie a name to the head before it ("the agent of X").
const LINKING_WORDS: [&str; 16] = [
    "of", "for", "to", "at", "by", "with", "from", "in", "on", "against", "about", "and", "or",
    "than", "over", "under",
];

/// "Billionaire entrepreneur Peter Thiel said", "Blaze co-host Stu Burguiere": a description
/// the lexicon has no title for, then a full name. The longest full name that ends the phrase.
pub(super) fn name_after_descriptor(phrase: &[Word]) -> Option<Mention> {
    // "The agent of striker Kofi Mensah": a name after a preposition is not the subject;
    // "Trump also attacked Hillary Clinton": nor one after a verb. No name starts after one.
    let no_description_past = phrase
        .iter()
        .position(|w| {
            is_in(&LINKING_WORDS, &w.lower)
                || is_in(&AUXILIARIES, &w.lower)
                || is_in(&ACT_VERBS, &w.lower)
                || is_speech(w)
                || w.lower.ends_with("ed")
        })
        .map_or(phrase.len(), |p| p + 1);
    (1..phrase.len().saturating_sub(1).min(no_description_past))
        // The cheap test first: parsing every tail was a tenth of extraction time.
        .filter(|&k| phrase[k].text.starts_with(char::is_uppercase))
        .find_map(|k| parse(&phrase[k..]).filter(has_first_name))
}

/// An unnamed person or a title: "an intelligence source", "the foreign minister".
fn is_description(m: &Mention) -> bool {
    matches!(
        m.kind,
        crate::claims::mentions::MentionKind::Anonymous(_)
            | crate::claims::mentions::MentionKind::Title { .. }
    )
}

/// "Ed Krayewski may have said it best when he blogged:", "Mary Fallin vetoed the bill because
/// she said": a subject pronoun right after a subordinator stands for the person the sentence
/// opens with, when their gender allows, rather than for whoever spoke last. The mention keeps
/// the pronoun's words and place, with the person's kind.
pub(super) fn bound_pronoun(ws: &[Word], m: &Mention) -> Option<Mention> {
    use crate::claims::lexicon::Gender;
    use crate::claims::mentions::MentionKind;
    let MentionKind::Pronoun(pronoun_gender, _) = &m.kind else {
        return None;
    };
    let k = ws.iter().position(|w| w.span.start == m.span.start)?;
    if k < 2
        || ws[k - 1].trailing.is_some()
        || !is_in(&super::SUBORDINATE_OPENERS, &ws[k - 1].lower)
    {
        return None;
    }
    // A semicolon opens a clause of its own: "The legislature passed a ban; Gov. Mary Fallin
    // vetoed it because she said ...".
    let from = ws[..k - 1]
        .iter()
        .rposition(|w| w.trailing == Some(';'))
        .map_or(0, |c| c + 1);
    let subject = opening_speaker(&ws[from..], k - 1 - from)?;
    let MentionKind::Person {
        first: Some(_),
        gender,
        ..
    } = &subject.kind
    else {
        return None;
    };
    let agrees = *pronoun_gender == Gender::Unknown
        || *gender == Gender::Unknown
        || gender == pronoun_gender;
    // It opens the clause, perhaps after a word that describes it ("Republican Gov. Mary
    // Fallin"), and no comma runs through it ("Marie Herberstein, Head of the Department").
    let opens = ws[from..k]
        .iter()
        .take_while(|w| w.span.start < subject.span.start)
        .count()
        <= 1
        && ws
            .iter()
            .filter(|w| w.span.start >= subject.span.start && w.span.end < subject.span.end)
            .all(|w| w.trailing.is_none());
    // The words stay the pronoun's; only whom it means changes.
    (agrees && opens).then(|| Mention {
        kind: subject.kind,
        ..m.clone()
    })
}

/// "in which", "during which": the relative word at `k` follows a preposition.
pub(super) fn relative_after_preposition(ws: &[Word], k: usize) -> bool {
    k > 0
        && ws[k].lower == "which"
        && ws[k - 1].trailing.is_none()
        && is_in(&["in", "during", "at", "on"], &ws[k - 1].lower)
}

/// A word that opens a relative clause: "who", "which", "whose", and "who's" ("Michael
/// Bloomberg, who's thinking about running, said").
fn is_relative(lower: &str) -> bool {
    is_in(&["who", "which", "whose", "who's", "who’s"], lower)
}

/// "Dr. Helen Marsh, a pharmacologist at the University of Leeds, said": the phrase before the
/// verb describes the person named before it. `start` is where that description begins.
pub(super) fn appositive_after_name(ws: &[Word], start: usize) -> Option<Mention> {
    // "Brooks, who proposed ...": a relative clause, not a description of its own.
    let relative = ws.get(start).is_some_and(|w| is_relative(&w.lower));
    if relative {
        return None;
    }
    let segment = |end: usize| {
        let mut t = phrase_before_comma(ws, end)?;
        while t < end - 1 && is_in(&["but", "and", "yet", "so", "meanwhile"], &ws[t].lower) {
            t += 1;
        }
        // "On Christmas Day, the Riverside Gazette reported": a preposition's object names no one.
        if is_in(&PREPOSITIONS, &ws[t].lower) {
            return Some((t, None));
        }
        Some((t, parse(&ws[t..end])))
    };
    let (t, nearest) = segment(start)?;
    // "when Michael Capellas, her counterpart at Compaq, called": the name opens a clause
    // inside the phrase before the comma.
    if nearest.as_ref().is_none_or(|m| !is_person(m)) {
        let clause_person = (t..start.saturating_sub(2))
            .rev()
            .find(|&j| is_in(&CLAUSE_CONJUNCTIONS, &ws[j].lower))
            .and_then(|j| parse(&ws[j + 1..start]).filter(|m| m.span.start == ws[j + 1].span.start))
            .filter(has_first_name);
        if clause_person.is_some() {
            return clause_person;
        }
    }
    // "Tom Fitton, the president of Judicial Watch, a conservative group ..., said",
    // "Christopher Harvey, a delegate from Houston, Texas, said": a description may hold commas
    // of its own; the person is named where the phrase starts.
    if !nearest.as_ref().is_some_and(is_person) {
        let mut end = t;
        for _ in 0..MAX_APPOSITIVE_COMMAS {
            let Some((t, m)) = segment(end) else { break };
            // The name opens its phrase: not "with polls showing rival Sen. Ted Cruz".
            if let Some(person) = m.filter(|m| is_person(m) && m.span.start == ws[t].span.start) {
                return whose_relative(ws, t, &person).or(Some(person));
            }

            end = t;
        }
    }
    // "A Commission official, speaking on condition of anonymity, said" works for any speaker.
    match nearest {
        Some(person) if is_person(&person) => whose_relative(ws, t, &person).or(Some(person)),
        other => other,
    }
}

/// How many commas inside a description `appositive_after_name` reads back over.
const MAX_APPOSITIVE_COMMAS: usize = 3;

/// "The lawsuit, filed by a group of homeowners, alleges": the author speaks for the document.
pub(super) fn document_with_author(ws: &[Word], start: usize, end: usize) -> Option<Mention> {
    let t = phrase_before_comma(ws, start)?;
    if !ws[t..start].iter().any(|w| {
        is_in(
            &DOCUMENTS,
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
pub(super) fn capitalised_head(ws: &[Word]) -> &[Word] {
    let n = ws
        .iter()
        .position(|w| !w.text.starts_with(char::is_uppercase))
        .unwrap_or(ws.len());
    &ws[..n]
}

/// Where the phrase that ends with a comma right before `start` begins: in "Dr. Helen Marsh, a
/// pharmacologist ..., said", the index of "Dr." for the description's `start`.
pub(super) fn phrase_before_comma(ws: &[Word], start: usize) -> Option<usize> {
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
pub(super) fn ends_phrase(w: &Word) -> bool {
    w.trailing
        .is_some_and(|c| c != '.' || !w.text.ends_with('.'))
}

/// Words that end a subject's head and start what qualifies it: "The engineering firm *hired*
/// by the town", "A report *published* by ...".
pub(super) static QUALIFIERS: WordList = word_list!("qualifiers.txt");

/// "continues", "went" (on): verbs that carry a speech verb after "to" ("continues to argue").
pub(super) static CATENATIVES: WordList = word_list!("catenatives.txt");

/// Nouns whose author speaks for them: "A report published by HealthWatch said".
pub(super) static DOCUMENTS: WordList = word_list!("documents.txt");

/// When the whole subject isn't a mention: the author of a document ("A report published by
/// X said" → X), else the head before a qualifier ("The engineering firm hired by the town").
pub(super) fn subject_fallback(ws: &[Word], start: usize, end: usize) -> Option<Mention> {
    // Also a relative clause without its "who" ("Several people I've spoken with"), or "and
    // others" ("Edwards and others said"). Not any participle: "It started when" is a sentence.
    let qualifies = |i: usize| {
        let w = &ws[i];
        // "Democrats trying to regain control of the Senate say": a participle after the head.
        // Not a progressive: "members of the party are expressing".
        let progressive = is_in(&AUXILIARIES, &ws[i - 1].lower)
            || is_in(
                &["are", "is", "was", "were", "be", "been"],
                &ws[i - 1].lower,
            );
        let participle =
            w.lower.len() > 5 && w.lower.ends_with("ing") && w.trailing.is_none() && !progressive;
        is_in(&QUALIFIERS, &w.lower)
            || participle
            || (is_in(&["i", "i've", "we", "we've"], &w.lower) && i > start + 1)
            || (w.lower == "and"
                && ws
                    .get(i + 1)
                    .is_some_and(|n| is_in(&["others", "other"], &n.lower)))
    };
    // The first cut whose head names someone: not "The" of "The engineering firm hired by".
    let cut = (start + 1..end).find(|&i| {
        qualifies(i) && (is_in(&QUALIFIERS, &ws[i].lower) || parse(&ws[start..i]).is_some())
    })?;
    // "a worker named Antonio Arroyo has nothing but positive things to say": the name after
    // "named" is who.
    if ws[cut].lower == "named" {
        let name_end = (cut + 1..end)
            .find(|&i| !is_cap(&ws[i]) || ws[i - 1].trailing.is_some())
            .unwrap_or(end);
        if name_end > cut + 1 {
            if let Some(m) = parse(&ws[start..name_end]).filter(is_person) {
                return Some(m);
            }
        }
    }
    // A document with no name and verb before it: not "House Republicans issued a report from
    // ...", a clause whose subject is who issued it ("A redacted copy" is no verb).
    // Before "that", the document ends the head: "Bergen County land records indicate that"
    // is a clause, not a document's name.
    let head_is_document = ws[start..cut]
        .iter()
        .position(|w| is_in(&DOCUMENTS, &w.lower))
        .filter(|&d| ws[cut].lower != "that" || start + d + 1 == cut)
        .is_some_and(|d| {
            !ws[start..start + d].windows(2).any(|p| {
                p[0].text.starts_with(char::is_uppercase)
                    && !is_in(&DETERMINERS, &p[0].lower)
                    && super::reported::looks_finite(&p[1])
            })
        });
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

/// Speech verbs that report a belief: in a who clause on an object they only describe it.
static BELIEF_VERBS: WordList = word_list!("belief_verbs.txt");

/// "Even Republicans who have praised his candidacy warned that ...", "Residents who live
/// near the bridge say ...": the subject is the noun phrase before a restrictive "who" clause
/// that runs up to the verb.
fn restrictive_antecedent(ws: &[Word], start: usize, end: usize, v: usize) -> Option<Mention> {
    // "organizations that have endorsed him say", "officials whose laws were struck down say".
    let who = (start + 1..end).find(|&k| is_in(&["who", "that", "whose"], &ws[k].lower))?;
    let clause_plain = ws[who..end].iter().all(|w| w.trailing.is_none());
    if !clause_plain || end - who > 8 {
        return None;
    }
    // "The law angered powerful teachers unions who said ...": when the speech verb is the
    // relative clause's own, the antecedent is the object after the sentence's verb (or a
    // preposition), not the clause before it.
    // Not a belief ("a journalist who believed deeply in reporting"), nor a passive ("one who
    // was dubbed “George.”"): neither says anything.
    let own_verb = who + 1 == end
        && ws[who].lower == "who"
        && ws.get(v).is_some_and(|w| !is_in(&BELIEF_VERBS, &w.lower))
        && (who + 1..v).all(|k| !is_in(&super::cues::PASSIVE_BE, &ws[k].lower));
    let ends_clause = |w: &Word| {
        is_in(&PREPOSITIONS, &w.lower)
            || w.lower == "as"
            || (super::reported::looks_finite(w)
                && (w.lower.ends_with("ed")
                    || is_in(&crate::claims::lexicon::IRREGULAR_PAST, &w.lower)))
    };
    let from = if own_verb {
        (start..who.saturating_sub(1))
            .rev()
            .find(|&k| ends_clause(&ws[k]))
            .map_or(start, |k| k + 1)
    } else {
        start
    };
    let head = &ws[from..who];
    // "it's the process that explains why": a clause of its own, no subject.
    let clause = head.iter().any(|w| {
        let base = w.lower.split(['\'', '’']).next().unwrap_or("");
        base.len() < w.lower.len() && crate::claims::lexicon::is_pronoun(base)
    });
    if clause {
        return None;
    }
    parse(head)
        .or_else(|| described_subject(ws, from, who))
        .or_else(|| noun_phrase_subject(ws, from, who, v))
        // The object group itself: "teachers unions who said".
        .or_else(|| (from > start).then(|| description(head)).flatten())
        .filter(|m| !matches!(m.kind, crate::claims::mentions::MentionKind::Pronoun(..)))
}

/// `words` without a quantifier that opens them ("some engineers" -> "engineers"), when more
/// follows it.
fn without_quantifier(words: &[Word]) -> &[Word] {
    match words {
        [q, rest @ ..] if !rest.is_empty() && is_in(&QUANTIFIER_SUBJECTS, &q.lower) => rest,
        _ => words,
    }
}

/// "Some of the mayor's longtime allies said", "The ad says", "those surveyed say", "The last
/// man to run as an independent says", "A report ... issued by the agency noted": a noun
/// phrase that opens its clause and runs up to a speech verb (not one that only credits
/// quotes) is its subject, whatever its head noun, when nothing in it reads as a verb or a
/// personal pronoun. `end` is where the phrase ends, `v` the verb.
fn noun_phrase_subject(ws: &[Word], start: usize, end: usize, v: usize) -> Option<Mention> {
    // "But Northgate's founders have said": after a conjunction or sentence adverb too.
    let start = (start..end)
        .find(|&k| !is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &ws[k].lower))
        .unwrap_or(end);
    let phrase = &ws[start..end];
    let first = phrase.first()?;
    let clause_start = start == 0
        || ws[start - 1].trailing == Some(',')
        || ws[..start]
            .iter()
            .all(|w| is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &w.lower));
    // "The debate promised to be crucial": an infinitive after the verb, no speech; "Her
    // death was confirmed by ...": a passive.
    let passive = is_in(
        &["was", "were", "been", "being", "is", "are"],
        &ws[end].lower,
    );
    let strong_verb = ws
        .get(v)
        .is_some_and(|w| is_speech(w) && !is_in(&QUOTE_ONLY_VERBS, &w.lower))
        && ws.get(v + 1).is_none_or(|w| w.lower != "to")
        && !passive;
    if !clause_start || !strong_verb || phrase.len() > 10 {
        return None;
    }
    if phrase.len() == 1 {
        return is_in(&QUANTIFIER_SUBJECTS, &first.lower)
            .then(|| description(phrase))
            .flatten();
    }
    let count = first.lower.trim_end_matches('%').parse::<f64>().is_ok();
    let opens = is_in(&crate::claims::lexicon::NOUN_PHRASE_OPENERS, &first.lower)
        || possessor(first).is_some()
        || count;
    // "issued over the summer by", "hired by": a participle before a preposition qualifies.
    let verb_like = |i: usize| {
        let w = &phrase[i];
        let participle = phrase
            .get(i + 1)
            .is_some_and(|n| is_in(&PREPOSITIONS, &n.lower))
            || (i + 1 == phrase.len() && is_in(&["those", "people"], &phrase[i - 1].lower));
        (looks_finite(w) && !participle)
            || is_in(&PREDICATE_AUXILIARIES, &w.lower)
            || is_speech(w)
            || is_in(&["he", "she", "it", "they", "we", "i", "you"], &w.lower)
            || is_in(&SUBORDINATORS, &w.lower)
    };
    let head = phrase.last()?;
    let plain = |w: &Word| {
        w.trailing.is_none()
            && w.text
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '%'))
    };
    // The head is a noun: not "of" ("The flood of letters"), "not" ("That's not to
    // suggest") or an adverb ("Britain's emotionally").
    let noun_head = head.text.starts_with(char::is_lowercase)
        && !head.lower.ends_with("ly")
        && !is_in(&crate::claims::lexicon::STOPWORDS, &head.lower)
        && !is_in(&PREPOSITIONS, &head.lower)
        && !is_in(&crate::claims::lexicon::NOT_SPEAKERS, &head.lower);
    (opens
        && phrase[..phrase.len() - 1].iter().all(plain)
        && (1..phrase.len()).all(|i| !verb_like(i))
        && noun_head)
        .then(|| description(phrase))
        .flatten()
}

/// A described speaker the lexicon has no head noun for, opening its clause: "The GOP
/// speechwriter said", "A longtime Kasich donor told", "Trump's campaign manager said". A
/// determiner or a possessive, then up to five words, the last a lower-case noun.
pub(super) fn described_subject(ws: &[Word], start: usize, end: usize) -> Option<Mention> {
    const OPENERS: [&str; 13] = [
        "the", "a", "an", "one", "another", "two", "three", "several", "both", "his", "her",
        "their", "its",
    ];
    let phrase = &ws[start..end];
    // "... after a Fox contributor declared": a clause opens after its conjunction too.
    let clause_start = start == 0
        || ws[start - 1].trailing == Some(',')
        || is_in(&CLAUSE_CONJUNCTIONS, &ws[start - 1].lower);
    let opener = phrase.first()?;
    // "Somers's sister", "Luke Somers's sister": a name's possessive opens it.
    let possessive = phrase
        .iter()
        .take(4)
        .position(|w| possessor(w).is_some())
        .is_some_and(|p| phrase[..=p].iter().all(is_cap));
    let head = phrase.last()?;
    let plain_word = |w: &Word| w.text.chars().all(|c| c.is_alphabetic() || c == '-');
    // "Politicians and even some technologists say": two bare plural groups joined by "and".
    let group = |words: &[Word]| {
        let words = match words {
            [even, rest @ ..] if !rest.is_empty() && even.lower == "even" => rest,
            _ => words,
        };
        let words = without_quantifier(words);
        (1..=2).contains(&words.len())
            && words.iter().all(|w| w.trailing.is_none() && plain_word(w))
            && words[1..]
                .iter()
                .all(|w| w.text.starts_with(char::is_lowercase))
            && words
                .last()
                .is_some_and(|h| h.lower.ends_with('s') && names_a_speaker(&h.lower))
    };
    if let Some(a) = phrase.iter().position(|w| w.lower == "and") {
        if clause_start && a > 0 && group(&phrase[..a]) && group(&phrase[a + 1..]) {
            return description(phrase);
        }
    }
    // "Security specialists say", "Democratic party leaders are admitting": a plural group
    // needs no determiner.
    let bare_plural = (1..=3).contains(&phrase.len())
        && head.lower.ends_with('s')
        && phrase[1..]
            .iter()
            .all(|w| w.text.starts_with(char::is_lowercase));
    if clause_start && bare_plural && phrase.iter().all(|w| w.trailing.is_none()) {
        // "Some engineers say": a quantifier may open it.
        let plain = without_quantifier(phrase).iter().all(|w| {
            plain_word(w)
                && !is_in(&crate::claims::lexicon::NOT_SPEAKERS, &w.lower)
                && !is_speech(w)
                && !is_in(&AUXILIARIES, &w.lower)
        });
        if plain && names_a_speaker(&head.lower) {
            return description(phrase);
        }
    }
    (clause_start
        && (2..=8).contains(&phrase.len())
        && (is_in(&OPENERS, &opener.lower) || possessive)
        && phrase[..phrase.len() - 1]
            .iter()
            .all(|w| w.trailing.is_none())
        && phrase[1..].iter().all(|w| {
            !is_in(&crate::claims::lexicon::NOT_SPEAKERS, &w.lower)
                && !is_speech(w)
                && !is_in(&AUXILIARIES, &w.lower)
        })
        && head.text.starts_with(char::is_lowercase)
        && plain_word(head)
        && names_a_speaker(&head.lower))
    .then(|| description(phrase))
    .flatten()
}

/// Whether a lower-case noun can name who spoke: a person by an English agent-noun ending
/// ("speechwriter", "strategist", "donor", "historian", "spokesperson"), or a word of the group,
/// organisation or document lists. Without a part-of-speech tagger this keeps "The debate
/// promised" and "The two states" out.
pub(super) fn names_a_speaker(noun: &str) -> bool {
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    use crate::claims::mentions::{GROUP_HEADS, ORG_REFERENCES};
    let lists = [&GROUP_HEADS, &ORG_REFERENCES, &DOCUMENTS];
    if lists.iter().any(|l| is_in(*l, noun) || is_in(*l, singular)) {
        return true;
    }
    let agent = [
        "er", "or", "ist", "ian", "man", "woman", "person", "ee", "ant", "ent",
    ]
    .iter()
    .any(|e| singular.ends_with(e));
    agent && !is_in(&NOT_AGENTS, singular)
}

/// Words with an agent-noun ending that name no one.
static NOT_AGENTS: WordList = word_list!("not_agents.txt");

/// Merges an appositive title ("the opposition leader", "a ministry spokeswoman") into a
/// person mention.
pub(super) fn with_title(m: Mention, title: Mention) -> Mention {
    use crate::claims::mentions::MentionKind::{Anonymous, Title};
    let (role, org) = match title.kind {
        Title { role, org } => (Some(role), org),
        Anonymous(desc) => described_role(&desc),
        _ => (None, None),
    };
    with_role(m, role, org)
}

/// A person's mention with a role and organisation where it has none of its own.
fn with_role(m: Mention, t_role: Option<String>, t_org: Option<String>) -> Mention {
    use crate::claims::mentions::MentionKind::Person;
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

/// A description without an article that opens with a role: "vice president of university
/// communications at Elon", "chief of staff at Acme Corp".
fn bare_description(ws: &[Word]) -> Option<String> {
    let first = ws.first()?;
    // The role is the phrase's head: the phrase ends with it or goes on with a preposition
    // ("official data" is data, not an official).
    let opens_with_role = crate::claims::mentions::role_at(ws, 0).is_some_and(|(n, _)| {
        ws.get(n).is_none_or(|w| {
            ws[n - 1].trailing.is_some()
                || is_in(&["of", "for", "at", "in", "to", "with", "and"], &w.lower)
        })
    });
    if !opens_with_role || first.text.starts_with(char::is_uppercase) {
        return None;
    }
    Some(
        ws.iter()
            .map(|w| w.text.trim_end_matches(','))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The role and organisation a description gives: "spokeswoman for the ministry" ->
/// ("spokeswoman", "ministry"), "chief of staff at Acme Corp" -> ("chief of staff", "Acme
/// Corp"); with no "for" or "at", its last word is the role ("retired neurosurgeon" ->
/// "neurosurgeon").
fn described_role(desc: &str) -> (Option<String>, Option<String>) {
    let words: Vec<&str> = desc.split_whitespace().collect();
    let split = words
        .iter()
        .rposition(|w| matches!(*w, "for" | "at"))
        .filter(|&k| k > 0 && k + 1 < words.len());
    let Some(k) = split else {
        return (words.last().map(|w| (*w).to_owned()), None);
    };
    let org: Vec<&str> = words[k + 1..]
        .iter()
        .copied()
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
        .collect();
    let role = words[..k].join(" ");
    (Some(role), Some(org.join(" ")).filter(|o| !o.is_empty()))
}

/// Words that end a speaker mention that follows its verb ("said Kirby *in* a statement").
pub(super) static NP_STOPS: WordList = word_list!("np_stops.txt");

pub(super) use crate::claims::lexicon::PREDICATE_AUXILIARIES;

/// Index one past the last word of a noun phrase starting at `start`: stops after a word
/// followed by punctuation, or before a word that starts a new phrase. `parse` decides whether
/// the words are a mention.
pub(super) fn np_after(ws: &[Word], start: usize) -> usize {
    let mut end = start;
    while end < ws.len() && end - start < 10 {
        let w = &ws[end];
        // "the document he released": a subject pronoun opens a clause about the noun.
        let clause_subject = is_in(&["he", "she", "they", "we", "i", "you"], &w.lower);
        if end > start
            && (is_in(&NP_STOPS, &w.lower)
                || is_in(&PREDICATE_AUXILIARIES, &w.lower)
                || clause_subject)
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
pub(super) fn mention_with_verb(ws: &[Word], max_verb_at: usize) -> Option<(Mention, usize)> {
    // The index of the "and" (or "but") that joins the verb at `v`, past its auxiliaries.
    let joined_by_and = |v: usize| {
        let mut k = v;
        while k > 0 && ws[k - 1].trailing.is_none() && is_in(&AUXILIARIES, &ws[k - 1].lower) {
            k -= 1;
        }
        (k > 1 && ws[k - 1].trailing.is_none() && is_in(&["and", "but"], &ws[k - 1].lower))
            .then_some(k - 1)
    };
    ws.iter()
        .take(max_verb_at)
        .enumerate()
        .filter(|(_, w)| (is_speech(w) || is_denial(w)) && !w.aside)
        // "by the United States, Clinton said": a capitalised word after "the" and a capital
        // ends a name, not a clause.
        .filter(|&(v, w)| {
            !(v >= 2
                && w.text.starts_with(char::is_uppercase)
                && ws[v - 1].text.starts_with(char::is_uppercase)
                && ws[v - 2].text == "the")
        })
        // "after the winner was declared, told ...": a passive is no act of speech.
        .filter(|&(v, _)| v == 0 || !is_in(&PASSIVE_BE, &ws[v - 1].lower))
        .find_map(|(v, _)| {
            // A verb joined by "and" has no subject of its own before it: see below.
            if joined_by_and(v).is_some() {
                return None;
            }
            if v > 0 {
                if let Some(m) = subject_before(ws, v) {
                    return Some((m, v));
                }
            }
            // "said X", also after a leading phrase; but "Asked whether the campaign should
            // ..." asks a question and names no one, and after "told" comes who was told
            // ("..., Devine told The Huffington Post"), never the speaker.
            // But `“...,” warned Clinton.` inverts after a quote: the verb opens the words after
            // it, and no one is warned; "told" always has its listener.
            let inverted = v == 0
                && ws[0].text.starts_with(char::is_lowercase)
                && !is_in(&["told", "tells", "informed", "notified"], &ws[0].lower);
            if ws
                .get(v + 1)
                .is_some_and(|w| is_in(&QUESTION_WORDS, &w.lower))
                || (is_in(&AUDIENCE_VERBS, &ws[v].lower) && !inverted)
            {
                return None;
            }
            let mut end = np_after(ws, v + 1);
            // "said a source close to the campaign": the adjective after the noun goes with
            // what follows it, cut off at "to".
            if end > v + 2 && is_in(&POSTNOMINAL_ADJECTIVES, &ws[end - 1].lower) {
                end -= 1;
            }
            let first = parse(&ws[v + 1..end]);
            // "said the study's lead author, Dr. Nadia Hussain of Boston University": the name
            // after the description is the speaker; but in "said R. Gil Kerlikowske, the Customs
            // and Border Protection commissioner" the description follows the name.
            let named_first = first.as_ref().is_some_and(is_person);
            // "said his best friend at Lehigh, Bruce Turry": so past where the description's
            // person works or studies.
            let comma = if ws[end - 1].trailing == Some(',') {
                Some(end - 1)
            } else {
                ws.get(end)
                    .filter(|w| is_in(&["at", "of", "from", "in"], &w.lower))
                    .and_then(|_| {
                        (end + 1..(end + 5).min(ws.len()))
                            .take_while(|&k| ws[k].text.starts_with(char::is_uppercase))
                            .find(|&k| ws[k].trailing == Some(','))
                    })
            };
            if let Some(c) = comma.filter(|_| end > v + 1 && !named_first) {
                let named = parse(&ws[c + 1..np_after(ws, c + 1)]).filter(is_person);
                if named.is_some() {
                    return named.map(|m| (m, v));
                }
            }
            // "said Clinton's top foreign policy aide Jake Sullivan", "said former
            // Pennsylvania Gov. and DNC Chairman Ed Rendell": a description the parser can't
            // walk, ending in a name, is that person's.
            let named_at_end = || inverted.then(|| name_ending_credit(&ws[v + 1..])).flatten();
            let named = first.as_ref().filter(|m| has_first_name(m)).cloned();
            // `“...,” said a statement from the Coordinator of Government Activities`: who
            // issued it.
            let issuer = || inverted.then(|| super::authored_by(ws, v + 1)).flatten();
            // "said a handful of Democrats", "said most of the protesters": a share of a
            // group, which the parser reads as no one.
            // Only a phrase that punctuation or the sentence's end closes: "said all five are
            // still there" goes on into a clause.
            let closed = end == ws.len() || ws[end - 1].trailing.is_some();
            let share = || closed.then(|| share_after_verb(&ws[v + 1..end]))?;
            named
                .or_else(named_at_end)
                .or_else(issuer)
                .or_else(share)
                .or(first)
                .or_else(|| named_before_affiliation(&ws[v + 1..end]))
                .or_else(|| described_person(&ws[v + 1..end]))
                .map(|m| (m, v))
        })
        // "Trump blasted her, calling her “a liar,” and then tweeted that ...": when no other
        // verb credits the words, one joined by "and" is the clause subject's, whatever stands
        // right before "and".
        .or_else(|| {
            (1..max_verb_at.min(ws.len()))
                .filter(|&v| (is_speech(&ws[v]) || is_denial(&ws[v])) && !ws[v].aside)
                .find_map(|v| clause_subject(ws, joined_by_and(v)?).map(|m| (m, v)))
        })
}

/// "says Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report": the name
/// before "of" (or "from", "at", "with") is the speaker.
fn named_before_affiliation(ws: &[Word]) -> Option<Mention> {
    let k = ws
        .iter()
        .position(|w| is_in(&["of", "from", "at", "with"], &w.lower))?;
    parse(&ws[..k]).filter(is_person)
}

/// A person named with a first name: "Jake Sullivan", not "Sullivan" or "the governor".
fn has_first_name(m: &Mention) -> bool {
    matches!(&m.kind, MentionKind::Person { first: Some(_), .. })
}

/// The person whose name ends the credit after an inverted verb, past a description:
/// "Clinton's top foreign policy aide Jake Sullivan." The name starts at a known first name and
/// runs to the credit's end (a comma or the sentence's end); nothing before it ends a phrase.
fn name_ending_credit(ws: &[Word]) -> Option<Mention> {
    let end = ws.iter().take(12).position(ends_phrase)? + 1;
    let cap = |w: &Word| w.text.starts_with(char::is_uppercase);
    // "said undecided Republican voter Stephanie Hooton of Derry, N.H.,": the name ends where
    // the person's place begins.
    let name_end = |k: usize| match (k + 1..end).find(|&e| !cap(&ws[e])) {
        None => Some(end),
        Some(e) => is_in(&["of", "from"], &ws[e].lower).then_some(e),
    };
    // "said master of ceremonies Asab Al-Tabchi": a first name the lists lack starts the name
    // after a lower-case noun of the description; not after a preposition ("the governor of
    // New Mexico") or a determiner.
    let after_description = |k: usize| {
        let prev = &ws[k - 1];
        prev.text.starts_with(char::is_lowercase)
            && prev.trailing.is_none()
            && !is_in(&crate::claims::mentions::PREPOSITIONS, &prev.lower)
            && !is_in(&DETERMINERS, &prev.lower)
            && !is_in(&["and", "or"], &prev.lower)
    };
    let known_first = |k: usize| crate::claims::lexicon::is_known_first_name(&ws[k].text);
    (1..end.saturating_sub(1))
        .filter(|&k| {
            cap(&ws[k]) && ((known_first(k) && !cap_run_before(ws, k)) || after_description(k))
        })
        .find_map(|k| {
            let e = name_end(k)?;
            // Without a known first name, only a first name and a surname: "the non-partisan
            // Rothenberg-Gonzales Political Report" is no one.
            let plain = known_first(k) || e - k == 2;
            (plain && (e - k >= 2 || e == end))
                .then(|| parse(&ws[k..e]))
                .flatten()
                .filter(has_first_name)
        })
}

/// Whether the word before `k` is capitalised too: then `k` is inside a name or an
/// organisation ("Democratic National Committee"), not where a name starts... unless that word
/// is a title ("Chairman Ed Rendell", "Gov. Phil Bryant").
fn cap_run_before(ws: &[Word], k: usize) -> bool {
    let prev = &ws[k - 1];
    prev.text.starts_with(char::is_uppercase)
        && !is_in(&crate::claims::lexicon::ROLES, &prev.lower)
        && !prev.text.ends_with('.')
}

/// Adjectives that follow the noun they describe: "a source close to", "officials familiar
/// with".
const POSTNOMINAL_ADJECTIVES: [&str; 4] = ["close", "familiar", "involved", "knowledgeable"];

/// "said the designer, who works for another brand", "wrote one commenter": a determiner and a
/// lower-case noun or two after the verb describe an unnamed speaker.
fn described_person(ws: &[Word]) -> Option<Mention> {
    // "said one owner of a shop that ...": the noun before "of" is who.
    let ws = &ws[..ws
        .iter()
        .position(|w| is_in(&["of", "for"], &w.lower))
        .unwrap_or(ws.len())];
    // "a source close to the campaign", "one Democrat familiar with ...": an adjective after
    // the noun, and what it governs, are no part of who.
    let ws = match ws {
        [head @ .., adjective] if is_in(&POSTNOMINAL_ADJECTIVES, &adjective.lower) => head,
        _ => ws,
    };
    let [det, rest @ .., noun] = ws else {
        return None;
    };
    let lower = |w: &Word| w.text.starts_with(|c: char| c.is_lowercase());
    // "a Trump supporter", "a longtime GOP data expert": capitalised words may modify the
    // noun, which ends the phrase in lower case.
    let plain = rest.len() <= 3 && lower(noun) && noun.lower.chars().all(char::is_alphabetic);
    // "wrote one commenter", "said another resident".
    (matches!(det.lower.as_str(), "the" | "a" | "an" | "one" | "another") && plain)
        .then(|| description(ws))
        .flatten()
        .filter(
            |m| matches!(&m.kind, MentionKind::Anonymous(d) if d.ends_with(noun.lower.as_str())),
        )
}

/// Who calls something by the quoted name: the subject of "called", or for ", calling him" the
/// sentence's subject.
pub(super) fn caller(ws: &[Word]) -> Option<Mention> {
    let v = ws
        .iter()
        .rposition(|w| is_in(&CALLING_VERBS, &w.lower) || w.lower == "calling")?;
    // ", calling him": the subject of the clause it hangs on, past a leading phrase
    // ("Speaking in Salem, New Hampshire, Trump went after Bush, calling him").
    // "with Sen. John McCain calling it a “Chinese menu.”".
    if ws[v].lower == "calling" {
        return with_subject(ws, v).or_else(|| {
            (v > 0 && ws[v - 1].trailing == Some(','))
                .then(|| clause_subject(ws, v))
                .flatten()
        });
    }
    (v > 0)
        .then(|| {
            // "what Bay Buchanan, national treasurer for ..., called": past the appositive.
            let appositive = ws[v - 1].trailing == Some(',');
            appositive
                .then(|| super::reported::what_subject(ws, v))
                .flatten()
                .or_else(|| subject_before(ws, v))
        })
        .flatten()
}

/// A claim quote with what credits it.
pub(super) struct Found {
    pub(super) speaker: Option<usize>,
    pub(super) mention: Option<String>,
}

/// Where a quote's credit was found.
pub(super) struct Credit {
    pub(super) speaker: usize,
    pub(super) mention: String,
    /// Where the mention starts in the text.
    pub(super) start: usize,
    /// The attribution ends with a colon: a block quote follows ("he said, adding:").
    pub(super) colon: bool,
}

/// The attribution right after a quote: “...,” said X. / “...,” X said, adding:
pub(super) fn credit_after(
    text: &str,
    q: &Quote,
    limit: usize,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Credit> {
    let region = Span::new(q.outer.end, limit.max(q.outer.end));
    let ws = words(text, region);
    let m = mention_with_verb(&ws, 8)
        .map(|(m, _)| m)
        .or_else(|| described_name_credit(&ws))
        .or_else(|| affiliated_name_credit(&ws))
        .or_else(|| closing_credit(&ws))
        .or_else(|| phrasal_credit(&ws))
        .or_else(|| {
            let comma = q.inner.slice(text).trim_end().ends_with(',');
            unlisted_verb_credit(&ws, comma)
        })
        .or_else(|| last_part_credit(&ws))
        .or_else(|| document_reads(&ws))?;
    let speaker = reg.resolve(&m, scope)?;
    Some(Credit {
        speaker,
        start: m.span.start,
        mention: m.surface,
        colon: region.slice(text).trim_end().ends_with(':'),
    })
}

/// Longest name with its affiliation before the verb of a credit after a quote.
const MAX_AFFILIATED_NAME_WORDS: usize = 16;

/// `“...,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.`: a
/// person named with a long "of" phrase and no punctuation before the verb, past the few
/// words `mention_with_verb` looks at after a quote.
fn affiliated_name_credit(ws: &[Word]) -> Option<Mention> {
    let of = ws.iter().take(4).position(|w| w.lower == "of")?;
    let (m, v) = mention_with_verb(ws, MAX_AFFILIATED_NAME_WORDS)?;
    let unbroken = ws[..v].iter().all(|w| w.trailing.is_none());
    (unbroken && of < v && m.span.start == ws[0].span.start && is_person(&m)).then_some(m)
}

/// `“...,” the email read.`, `“...,” her sign reads.`: what a document says, it reads.
fn document_reads(ws: &[Word]) -> Option<Mention> {
    let v = ws
        .iter()
        .take(4)
        .position(|w| is_in(&["read", "reads"], &w.lower))?;
    let head = ws[..v].last()?;
    let rest = &ws[v + 1..];
    let ends = rest.is_empty() || is_in(&GAP_OPENERS, &rest[0].lower);
    (ends && is_in(&DOCUMENTS, &head.lower))
        .then(|| crate::claims::mentions::description(&ws[..v]))
        .flatten()
}

/// `“...” if she did not win by more, said Tom Reyes, an analyst.`: the quote's sentence runs
/// on, and its last comma-separated part is the credit, a speech verb and then the speaker.
fn last_part_credit(ws: &[Word]) -> Option<Mention> {
    let k = (1..ws.len()).rev().find(|&k| {
        ws[k - 1].trailing == Some(',')
            && ws[k].text.starts_with(char::is_lowercase)
            && is_speech(&ws[k])
    })?;
    mention_with_verb(&ws[k..], 1).map(|(m, _)| m)
}

/// `“This is wonderful!” beamed Linda Park of Madison, Alabama.`, `“...,” Reyes quipped.`:
/// a verb no list has, right after the quote, with a person's name on either side of it and
/// nothing but the sentence's end or a comma after the credit. A name makes the guess safe;
/// so does a quote that ends in a comma (`“...,” he surmised.`), which only a credit follows.
fn unlisted_verb_credit(ws: &[Word], comma_quote: bool) -> Option<Mention> {
    let name_until_comma = |from: usize| {
        let end = (from..ws.len())
            .find(|&k| ws[k].trailing.is_some())
            .map_or(ws.len(), |k| k + 1);
        parse(&ws[from..end]).filter(is_person).map(|m| (m, end))
    };
    let ends_credit = |k: usize| k >= ws.len() || ws[k - 1].trailing.is_some();
    // verb, then the name
    if ws.len() >= 2 && looks_finite(&ws[0]) {
        if let Some((m, end)) = name_until_comma(1).filter(|(_, end)| ends_credit(*end)) {
            return (end == ws.len() || ws[end - 1].trailing == Some(',')).then_some(m);
        }
    }
    // the name, then the verb
    // "Reyes quipped.": the verb carries the sentence's end.
    let v = (1..ws.len().min(5)).find(|&k| looks_finite_before_punctuation(&ws[k]))?;
    let pronoun = comma_quote && v == 1 && is_in(&["he", "she", "they"], &ws[0].lower);
    let m = parse(&ws[..v]).filter(|m| is_person(m) || pronoun)?;
    matches!(ws[v].trailing, Some('.' | ',' | '!' | '?'))
        .then_some(m)
        .filter(|_| ws[..v].iter().all(|w| w.trailing.is_none()))
}

/// Two-word verbs that credit a quote: "shot back", "went on".
static PHRASAL_CREDITS: WordList = word_list!("phrasal_credits.txt");

/// `“...,” Trump shot back.`, `“...,” she went on, as if ...`: the subject of a two-word credit
/// verb right after the quote.
fn phrasal_credit(ws: &[Word]) -> Option<Mention> {
    let v = (1..ws.len().min(6)).find(|&i| {
        i + 1 < ws.len()
            && ws[i].trailing.is_none()
            && is_in(
                &PHRASAL_CREDITS,
                &format!("{} {}", ws[i].lower, ws[i + 1].lower),
            )
    })?;
    subject_before(ws, v).filter(|m| m.span.start == ws[0].span.start)
}

/// `“Why?” Sanders asked.`, `“...” Trump said on Monday.`: a sentence that is only the credit
/// of the quote before it. It opens with its speaker and verb (or "said X"), and what follows
/// them is nothing, a time, place or manner, or a comma; `He said that ...` after a quote is a
/// sentence of its own.
pub(super) fn is_credit_line(ws: &[Word]) -> bool {
    let Some((m, v)) = mention_with_verb(ws, 16) else {
        return false;
    };
    let opens = ws.first().is_some_and(|w| w.span.start == m.span.start) || v == 0;
    // Past the verb, and past the speaker when it follows the verb.
    let mut rest = ws
        .iter()
        .position(|w| w.span.start >= m.span.end.max(ws[v].span.end))
        .unwrap_or(ws.len());
    // "asked Republican politicians.", "told reporters during a call.": the one spoken to, up
    // to a time, place or manner or to punctuation, when no clause ("told CNN he would") hides
    // in it.
    if is_in(&AUDIENCE_VERBS, &ws[v].lower) || is_in(&["asked", "asks"], &ws[v].lower) {
        for (i, w) in ws.iter().enumerate().skip(rest).take(4) {
            if is_pronoun(&w.lower) {
                break;
            }
            if i > rest && is_in(&GAP_OPENERS, &w.lower) {
                rest = i;
                break;
            }
            if w.trailing.is_some() {
                rest = i + 1;
                break;
            }
        }
    }
    // "She also said, without evidence, that “...”": an aside between commas, then a clause of
    // its own.
    let aside_then_that = ws[rest - 1].trailing == Some(',')
        && ws[rest..]
            .iter()
            .take(6)
            .position(|w| w.trailing == Some(','))
            .is_some_and(|c| ws.get(rest + c + 1).is_some_and(|w| w.lower == "that"));
    let bare = match ws.get(rest) {
        None => true,
        Some(_) if aside_then_that => false,
        Some(w) => {
            ws[rest - 1].trailing == Some(',')
                || is_in(&GAP_OPENERS, &w.lower)
                || w.lower.ends_with("ly")
                || when_words(&ws[rest..]) > 0
        }
    };
    opens && bare
}

/// Longest description between a name and its verb: "“...,” Robert McDuff, attorney for one of
/// four groups to file suit over the law, said".
const MAX_DESCRIPTION_WORDS: usize = 30;

/// "“...,” Seth McKee, a political scientist at Texas Tech University, told The Hill.": a name
/// right after the quote, a description between commas, then the verb. The description may
/// run past the few words `mention_with_verb` looks at after a quote.
fn described_name_credit(ws: &[Word]) -> Option<Mention> {
    let name_end = 1 + ws.iter().take(6).position(ends_phrase)?;
    // Or a description: "“...,” an intelligence source, who was not authorized to speak,
    // told Fox News."
    let name = parse(&ws[..name_end]).filter(|m| is_person(m) || is_description(m))?;
    if ws[name_end - 1].trailing != Some(',') {
        return None;
    }
    let v = (name_end + 1..ws.len().min(name_end + MAX_DESCRIPTION_WORDS))
        .find(|&i| is_speech(&ws[i]) || is_denial(&ws[i]))?;
    let mut before = v;
    while before > name_end && is_in(&AUXILIARIES, &ws[before - 1].lower) {
        before -= 1;
    }
    // One description, closed by a comma right before the verb: no sentence ends inside it.
    let description = &ws[name_end..before];
    // "Katie Packer, who is chairman of Our Principles PAC said": a relative clause that the
    // writer left unclosed.
    let relative = description
        .first()
        .is_some_and(|w| is_in(&["who", "whom"], &w.lower));
    let closed = description.last()?.trailing == Some(',') || relative;
    let one_clause = description[..description.len() - 1].iter().all(|w| {
        w.trailing
            .is_none_or(|c| c == ',' || (c == '.' && !ends_phrase(w)))
    });
    (closed && one_clause).then(|| subject_before(ws, v).filter(is_person).unwrap_or(name))
}

/// "“...,” and donations began to pick up again last week, Gilbert said.": the sentence ends
/// with its credit, "NAME said" or "said NAME", after a comma.
fn closing_credit(ws: &[Word]) -> Option<Mention> {
    let last = ws.last()?;
    if !matches!(last.trailing, Some('.' | '!' | '?')) {
        return None;
    }
    let start = ws[..ws.len() - 1]
        .iter()
        .rposition(|w| w.trailing.is_some())?
        + 1;
    let tail = &ws[start..];
    if ws[start - 1].trailing != Some(',') || tail.len() > 6 {
        return None;
    }
    let (m, _) = mention_with_verb(tail, tail.len())?;
    Some(m)
}

/// "At Sunday's debate, Sanders compared himself to Clinton, saying, “...”", "..., telling CNBC:
/// “...”": a speech participle right before the quote credits the subject of the clause it
/// hangs on: the sentence's opening words, else the words after a leading phrase's comma.
fn participle_subject(ws: &[Word]) -> Option<Mention> {
    // "..., asking, “...?”" introduces a question the same way.
    let v = ws
        .iter()
        .rposition(|w| is_in(&SPEECH_PARTICIPLES, &w.lower) || w.lower == "asking")?;
    // "..., saying, “...”", or after what was issued: "she released a statement saying, “...”",
    // or how: "Obama punctuated his list by saying “Too many.”".
    // "Mr. McConnell deflected questions before saying, “...”": "before", "after", "while" too.
    let by = v > 0 && is_in(&["by", "before", "after", "while"], &ws[v - 1].lower);
    // "..., advising graduates to work hard, and telling the class of 2014, “...”".
    let and_after_comma = v > 1 && ws[v - 1].lower == "and" && ws[v - 2].trailing == Some(',');
    // Whom it was said to, however long ("telling American University's class of 2014,"), as
    // long as no other clause starts in it.
    let audience = &ws[v + 1..];
    let to_whom = audience.len() <= 3
        || (audience.len() <= 7
            && audience[..audience.len() - 1]
                .iter()
                .all(|w| w.trailing.is_none() && !looks_finite(w)));
    if !to_whom {
        return None;
    }
    // "with Donald Trump asking, “...”", and "with Trump tweeting that ... and asking, “...”":
    // who stands between "with" and the participle, or the first of two joined by "and".
    let joined = (v > 1 && ws[v - 1].lower == "and")
        .then(|| {
            (0..v - 1)
                .rev()
                .find(|&j| is_in(&SPEECH_PARTICIPLES, &ws[j].lower))
        })
        .flatten();
    if let Some(m) = with_subject(ws, v).or_else(|| joined.and_then(|j| with_subject(ws, j))) {
        return Some(m);
    }
    if v == 0
        || (ws[v - 1].trailing != Some(',') && !after_document(ws, v) && !by && !and_after_comma)
    {
        return None;
    }
    clause_subject(ws, v)
}

/// "..., with 50 percent saying she is prepared", "with Martin O'Malley calling Trump a
/// fascist": who the participle at `k` is by, standing between "with" and the participle.
pub(super) fn with_subject(ws: &[Word], k: usize) -> Option<Mention> {
    let j = (k.saturating_sub(8)..k)
        .rev()
        .find(|&j| ws[j].lower == "with")?;
    if j + 1 == k || ws[j..k].iter().any(|w| w.trailing.is_some()) {
        return None;
    }
    // "with Cruz repeatedly calling": the adverb is no part of the name.
    let end = (j + 1..k)
        .rev()
        .find(|&e| !super::reported::is_adverb(&ws[e].lower))
        .map_or(k, |e| e + 1);
    let phrase = &ws[j + 1..end];
    if phrase.is_empty() {
        return None;
    }
    // "with Republican Senator John McCain telling": the person, whose name the party before
    // it describes.
    parse(phrase)
        .filter(|m| !matches!(m.kind, MentionKind::Pronoun(..)))
        .or_else(|| crate::claims::mentions::description(phrase))
        .filter(|m| m.span.start == phrase[0].span.start || is_person(m))
}

/// "He praised those who left but said, “...”": a speech verb after "and" or "but" credits
/// the subject of the clause it continues.
fn coordinated_credit(ws: &[Word]) -> Option<Mention> {
    let v = ws.iter().rposition(is_speech)?;
    (v > 1 && is_in(&["and", "but"], &ws[v - 1].lower) && ws.len() - v <= 4)
        .then(|| clause_subject(ws, v - 1))
        .flatten()
}

/// The subject of the clause that a later verb at `v` continues ("..., saying", "... and
/// said"): the sentence's opening words that name someone, else those after a leading
/// phrase's comma ("In an interview with the Journal, Trump doubled down and said").
pub(super) fn clause_subject(ws: &[Word], v: usize) -> Option<Mention> {
    // A phrase that opens with a preposition is tried last: "In May, a judge sided ...",
    // "..., Iowa, on Sunday, Mrs. Clinton said", but "On Sunday morning Mr. Trump made ...".
    // Not an aside that only adds names: "Other Republican candidates, including Carly Fiorina
    // and Ben Carson, have followed ..., saying".
    let clause_starts = (0..v)
        .filter(|&i| ws[i].trailing == Some(','))
        .map(|i| i + 1)
        .filter(|&i| !ws.get(i).is_some_and(|w| is_in(&ASIDE_OPENERS, &w.lower)));
    let starts: Vec<usize> = std::iter::once(0)
        .chain(clause_starts)
        .take_while(|&s| s < v)
        .collect();
    // "A group of residents called for a boycott, and the tenants' union denounced it and
    // said ...": the latest clause joined by ", and" has its own subject, the verb's.
    // So has one opened by a subordinator: "..., as Linda Park echoed the criticism, saying".
    let joined = starts.iter().rev().find_map(|&s| {
        let joiner = is_in(&["and", "but"], &ws[s].lower)
            || is_in(&super::SUBORDINATE_OPENERS, &ws[s].lower);
        if s == 0 || !joiner {
            return None;
        }
        let clause = &ws[s + 1..v];
        let verb = (1..clause.len()).find(|&k| looks_finite(&clause[k]))?;
        subject_before(clause, verb).filter(|m| m.span.start == clause[0].span.start)
    });
    if joined.is_some() {
        return joined;
    }
    // "Amid responses from some ..., The Blaze's Matt Walsh provided ...": any preposition.
    let prepositional = |s: &&usize| {
        is_in(&GAP_OPENERS, &ws[**s].lower)
            || is_in(&crate::claims::mentions::PREPOSITIONS, &ws[**s].lower)
    };
    let early = starts.iter().filter(|s| !prepositional(s));
    early
        .chain(starts.iter().filter(prepositional))
        .find_map(|&s| opening_speaker(&ws[s..], v - s))
}

/// `Kasich resisted: “...”`, `Sanders delivered a snappy retort: “...”`: a colon before the
/// quote credits the sentence's subject, when its own verb follows it.
fn colon_subject(ws: &[Word]) -> Option<Mention> {
    if ws.last()?.trailing != Some(':') {
        return None;
    }
    // "In response to the attack, Reyes issued a statement:": after an opening phrase too.
    let starts = std::iter::once(0).chain(
        (0..ws.len())
            .filter(|&i| ws[i].trailing == Some(','))
            .map(|i| i + 1),
    );
    starts
        .filter(|&s| s + 1 < ws.len())
        .find_map(|s| subject_with_verb(&ws[s..]))
}

/// The opening speaker of `ws` when their own finite verb follows ("Kasich resisted").
pub(super) fn subject_with_verb(ws: &[Word]) -> Option<Mention> {
    let m = opening_speaker(ws, ws.len())?;
    let mut k = ws.iter().position(|w| w.span.start >= m.span.end)?;
    // "Ms. Warren has been a powerful surrogate ...: “...”", "The board was conclusive in its
    // findings:": a finite auxiliary before a predicate that is no participle is the verb.
    let mut finite_auxiliary = false;
    // "Reyes did suggest": a "did" or "does" carries the verb's tense.
    let mut modal = false;
    while ws
        .get(k)
        .is_some_and(|w| w.lower.ends_with("ly") || is_in(&AUXILIARIES, &w.lower))
    {
        finite_auxiliary |= is_in(
            &["is", "are", "was", "were", "has", "have", "had"],
            &ws[k].lower,
        );
        modal |= is_in(&["did", "does"], &ws[k].lower);
        k += 1;
    }
    let speaks =
        !matches!(&m.kind, crate::claims::mentions::MentionKind::Pronoun(_, p) if p == "it");
    // "Kasich resisted:": the verb may carry the colon.
    let verb = ws.get(k)?;
    // Not "Clinton was asked:", whose quote is the question put to her.
    let predicate = finite_auxiliary
        && !verb.lower.ends_with("ed")
        && !is_in(&crate::claims::lexicon::IRREGULAR_PAST, &verb.lower)
        && !is_in(&PAST_PARTICIPLES, &verb.lower);
    let after_modal = modal && verb.text.starts_with(char::is_lowercase);
    (speaks && (looks_finite_before_punctuation(verb) || predicate || after_modal)).then_some(m)
}

/// The attribution before a quote: X said: “...” / According to X, “...”
pub(super) fn credit_before(
    text: &str,
    region: Span,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Credit> {
    let ws = words(text, region);
    if ws.is_empty() {
        return None;
    }
    // "She said that ..., to which O'Malley interjected: “...”": the verb right before the quote
    // credits it, whatever speech comes earlier in the sentence.
    let last = ws.len() - 1;
    let introducing = last > 0
        && matches!(ws[last].trailing, Some(':') | Some(','))
        && (is_speech(&ws[last]) || is_denial(&ws[last]));
    // "As the bank's chief, Tom Hendricks, put it in a memo, “...”".
    let as_credit = || {
        (ws[0].lower == "as")
            .then(|| super::reported::as_credit(&ws, 0, true))
            .flatten()
            .filter(|&(_, comma)| comma == last)
            .map(|(m, _)| m)
    };
    // "Some chanted “USA! USA!”", "Reyes cracked, “...”": a short clause of a subject and a verb
    // no list has, right before the quote, introduces it.
    let unlisted = || {
        let verb = &ws[last];
        let bare = matches!(ws[last].trailing, None | Some(',') | Some(':'));
        // The clause: after an opening phrase's comma ("During the debate, Park cracked,").
        let from = (0..last)
            .rev()
            .find(|&k| ws[k].trailing == Some(','))
            .map_or(0, |k| k + 1);
        // A past verb: "standards" and "was" end in "s" too.
        let past = verb.lower.ends_with("ed")
            || is_in(&crate::claims::lexicon::IRREGULAR_PAST, &verb.lower);
        (last > from && last - from <= 5 && bare && past && looks_finite_before_punctuation(verb))
            .then(|| subject_before(&ws, last))
            .flatten()
            .filter(|m| m.span.start == ws[from].span.start && !is_relative_pronoun(m))
    };
    let m = introducing
        .then(|| subject_before(&ws, last))
        .flatten()
        .or_else(as_credit)
        .or_else(unlisted)
        .or_else(|| according_to(&ws))
        .or_else(|| mention_with_verb(&ws, ws.len()).map(|(m, _)| m))
        .or_else(|| participle_subject(&ws))
        .or_else(|| coordinated_credit(&ws))
        .or_else(|| caller(&ws))
        .or_else(|| colon_subject(&ws))
        .or_else(|| speaker_label(&ws))?;
    let m = bound_pronoun(&ws, &m).unwrap_or(m);
    let speaker = reg.resolve(&m, scope)?;
    Some(Credit {
        speaker,
        start: m.span.start,
        mention: m.surface,
        colon: false,
    })
}

/// `Donald Trump: “Appreciate the congrats ...”`, `Former secretary of state Hillary Rodham
/// Clinton: “We learned ...”`: a transcript's or a tweet's label, a person's name and a colon
/// and nothing else before the quote.
fn speaker_label(ws: &[Word]) -> Option<Mention> {
    // Two words at least: "Breaking:", "Update:" label no one.
    if !(2..=8).contains(&ws.len()) || ws.last()?.trailing != Some(':') {
        return None;
    }
    parse(ws).filter(|m| is_person(m) && m.span.start == ws[0].span.start)
}
