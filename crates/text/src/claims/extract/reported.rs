//! Reported speech and denials: "X said (that) ...", ", saying ...", trailing credits
//! (", the ministry said."), "called X false", and the clause each claims.

use super::*;
use crate::words::{word_list, WordList};

/// How far into a sentence (in words) a speech verb is taken whatever comes before its subject.
const NEAR_VERB: usize = 17;

/// One attribution pattern: given a sentence (its span and words), the claim it attributes, if
/// the sentence has that shape. Each resolves its speaker and records that they spoke.
type Pattern = fn(&str, Span, &[Word], &mut Registry, &mut ArticleScope) -> Option<Draft>;

/// The attribution patterns for a sentence without a quote, most specific first; the first
/// that matches makes the claim.
const PATTERNS: &[(&str, Pattern)] = &[
    ("according-to", according_to_clause),
    ("as-credit", as_credit_clause),
    ("trailing-credit", trailing_attribution),
    ("speech-verb", speech_verb_clause),
    ("reported-by", reported_by_clause),
    ("speech-act", speech_act_clause),
    ("saying-participle", saying_clause),
    // After the verb patterns: "Park said Reyes's claim that ... is “simply not true”" is
    // Park's; the claim inside it is Reyes's only when no verb credits the sentence.
    ("statement-that", statement_that),
    ("quoted-words", quoted_words),
    ("stance", stance_clause),
];

/// Reported speech or a denial in one sentence: "Lavrov told Russian television that ...",
/// "The State Department has denied reports that ...", "According to X, ...".
pub(super) fn reported(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    if ws.len() < 3 {
        return None;
    }
    first_match(PATTERNS, text, sent, ws, reg, scope)
}

/// The claim of the first of `patterns` that reads the sentence as more than a modifier.
fn first_match(
    patterns: &[(&str, Pattern)],
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    patterns.iter().find_map(|(_, pattern)| {
        pattern(text, sent, ws, reg, scope).filter(|d| !only_a_modifier(text, d))
    })
}

/// "In a speech last July, he said:", "Weighing in on the discussion, Mike Huckabee agreed,
/// praising ...": the words that open the sentence before its credit can be only where or how
/// it was said, a phrase opened by a preposition or a participle, with no verb of its own; they
/// say nothing.
fn only_a_setting(text: &str, sentence: &[Word], d: &Draft) -> bool {
    if !d.parts.is_empty()
        || sentence
            .first()
            .is_none_or(|w| w.span.start != d.span.start)
    {
        return false;
    }
    let ws = words(text, d.span);
    let Some(first) = ws.first() else {
        return false;
    };
    let participle = is_cap(first) && first.lower.ends_with("ing");
    // Not "to": "pledged to act" is what was pledged.
    let preposition =
        is_in(&crate::claims::mentions::PREPOSITIONS, &first.lower) && first.lower != "to";
    ws.len() <= 8
        && (participle || preposition)
        && !ws[1..].iter().any(|w| {
            crate::claims::mentions::verb_like(w)
                || looks_finite(w)
                || is_in(&PREDICATE_AUXILIARIES, &w.lower)
                || w.lower == "that"
        })
}

/// Where or through what something is said: "in an interview", "on Twitter".
static SPEECH_SETTINGS: WordList = word_list!("speech_settings.txt");

/// "Wolverton wrote in a court filing.", "the senator said in a statement.": what follows the
/// verb says where or how it was said, not what. A phrase of up to six words, opened by a
/// preposition of place or medium, ending in a setting, a document or a weekday, with no verb
/// or "that" in it, is no claim.
fn only_a_modifier(text: &str, d: &Draft) -> bool {
    const PLACE_OR_MEDIUM: [&str; 7] = ["in", "on", "during", "at", "via", "through", "over"];
    // Most claims open otherwise: they need no words.
    let opens = d.span.slice(text).split_whitespace().next().unwrap_or("");
    let opens = opens.trim_matches(|c: char| !c.is_alphanumeric());
    if !d.parts.is_empty()
        || !PLACE_OR_MEDIUM
            .iter()
            .any(|p| p.eq_ignore_ascii_case(opens))
    {
        return false;
    }
    let ws = words(text, d.span);
    let setting = |w: &Word| {
        is_in(&SPEECH_SETTINGS, &w.lower)
            || is_in(&super::subject::DOCUMENTS, &w.lower)
            || is_in(&crate::claims::lexicon::WEEKDAYS, &w.lower)
    };
    ws.len() <= 6
        && ws
            .first()
            .is_some_and(|w| is_in(&PLACE_OR_MEDIUM, &w.lower))
        && ws.last().is_some_and(setting)
        && !ws.iter().any(|w| {
            w.lower == "that"
                || crate::claims::mentions::verb_like(w)
                || is_in(&PREDICATE_AUXILIARIES, &w.lower)
                || is_in(&AUXILIARIES, &w.lower)
        })
}

/// "As The Huffington Post previously reported, Clinton ...", "As reported by Western
/// Journalism, the former secretary ...", "And, as Sanders noted on Monday, the race ...": the
/// main clause after the credit is the source's claim.
fn as_credit_clause(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // "As" opens the sentence, after a conjunction or sentence adverb if any; or it opens a
    // clause after ", and" ("..., and as Comey noted, the case could be reopened").
    let opens = ws
        .iter()
        .take(3)
        .position(|w| w.lower == "as")
        .filter(|&a| {
            ws[..a].iter().all(|w| {
                is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &w.lower)
                    && !is_in(&["as", "when", "if", "while"], &w.lower)
            })
        });
    let after_and = || {
        (2..ws.len()).find(|&k| {
            ws[k].lower == "as"
                && is_in(&["and", "but"], &ws[k - 1].lower)
                && ws[k - 2].trailing == Some(',')
        })
    };
    // "CLAUSE, as first reported by the New York Times on Tuesday.": the credit closes the
    // sentence, and the clause before it is the source's.
    if let Some(d) = closing_as_reported(text, sent, ws, reg, scope) {
        return Some(d);
    }
    let a = opens.or_else(after_and)?;
    let (m, comma) = as_credit(ws, a, false)?;
    // The main clause needs its own subject and verb: a few words at least.
    if ws.len() - comma < 4 {
        return None;
    }
    let sp = resolve_or_unknown(reg, &m, scope);
    scope.spoke(sp);
    let content = trim_clause(text, Span::new(ws[comma + 1].span.start, sent.end));
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// "CLAUSE, as first reported by the New York Times on Tuesday.": see `as_credit_clause`.
fn closing_as_reported(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let a = (3..ws.len().saturating_sub(3))
        .rev()
        .find(|&a| ws[a].lower == "as" && ws[a - 1].trailing == Some(','))?;
    let mut r = a + 1;
    // "as first reported", "as previously reported".
    while ws
        .get(r)
        .is_some_and(|w| is_adverb(&w.lower) || w.lower == "first")
    {
        r += 1;
    }
    let by = r + 1;
    if ws.get(r)?.lower != "reported" || ws.get(by)?.lower != "by" || ws.len() - by > 9 {
        return None;
    }
    let end = np_after(ws, by + 1);
    let m = parse(&ws[by + 1..end])?;
    let sp = resolve_or_unknown(reg, &m, scope);
    scope.spoke(sp);
    let content = trim_clause(text, Span::new(sent.start, ws[a - 1].span.end));
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// The credit of an "as" clause at word `a`: "As Sanders noted on Monday,", "As reported by
/// Western Journalism,", "As Tom Reyes, a law professor at Riverside, put it,", "As the bank's
/// chief, Tom Hendricks, put it in a memo:". Returns the source and the index of the word whose
/// comma (or colon) ends the credit. `quote_ok`: the clause introduces a quote, so verbs that
/// only ever credit quotes ("continued") count.
pub(super) fn as_credit(ws: &[Word], a: usize, quote_ok: bool) -> Option<(Mention, usize)> {
    let ends = |w: &Word| matches!(w.trailing, Some(',' | ':'));
    if ws.get(a + 1)?.lower == "reported" && ws.get(a + 2)?.lower == "by" {
        let comma = (a + 3..ws.len().min(a + 14)).find(|&k| ends(&ws[k]))?;
        return Some((parse(&ws[a + 3..=comma])?, comma));
    }
    // The verb, past an appositive of the source: "put it" counts as one.
    let put_it = |k: usize| {
        is_in(&["put", "puts"], &ws[k].lower)
            && ws[k].trailing.is_none()
            && ws.get(k + 1).is_some_and(|w| w.lower == "it")
    };
    let v = (a + 2..ws.len().min(a + 26)).find(|&k| {
        put_it(k) || (is_speech(&ws[k]) && (quote_ok || !is_in(&QUOTE_ONLY_VERBS, &ws[k].lower)))
    })?;
    let verb_end = if put_it(v) { v + 1 } else { v };
    // After the verb only a time or manner: "As Sanders noted on Monday,".
    let comma = (verb_end..ws.len().min(verb_end + 9)).find(|&k| ends(&ws[k]))?;
    let after = &ws[verb_end + 1..=comma];
    if !(after.is_empty() || is_in(&GAP_OPENERS, &after[0].lower) || when_words(after) > 0) {
        return None;
    }
    let credit = &ws[a + 1..v];
    let m = subject_before(&ws[a + 1..=v], v - a - 1)?;
    // The source opens the credit, or follows a description set off by commas ("the bank's
    // chief, Tom Hendricks,"); "As the plan grew, its author said" is a clause of time.
    let described = credit
        .iter()
        .position(|w| w.span.start >= m.span.start)
        .is_some_and(|i| {
            i > 0
                && credit[i - 1].trailing == Some(',')
                && credit[..i]
                    .iter()
                    .all(|w| !looks_finite(w) && !is_speech(w))
        });
    (m.span.start == credit.first()?.span.start || described).then_some((m, comma))
}

/// "According to X, CLAUSE" / "CLAUSE, according to X."
fn according_to_clause(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let i = ws
        .windows(2)
        .position(|w| w[0].lower == "according" && w[1].lower == "to")?;
    // "Htein said Tuesday that according to its analysis, ...": inside what someone said,
    // whose claim it is.
    if i > 1 && ws[i - 1].lower == "that" && ws[..i - 1].iter().any(is_speech) {
        return None;
    }
    // The source runs to the comma before the clause, or to the sentence end.
    let comma_after = (i + 2..ws.len())
        .find(|&k| ws[k].trailing == Some(','))
        .map(|k| k + 1);
    // "In addition, according to the department, CLAUSE", "While most were ..., according to
    // an official, two were ...": set off by commas mid-sentence, with a clause after it.
    // Not when what follows describes the source: ", an analyst at ...", ", including one
    // from ...", ", where ...".
    let clause_after = |k: usize| {
        let rest = &ws[k..];
        // Its first phrase has a verb, and no relative pronoun before it ("a professor who
        // studies ...").
        let verb = rest
            .iter()
            .take_while(|w| !is_in(&["who", "which", "that", "where", "whose"], &w.lower))
            .position(predicate_verb);
        // ", two of the five most populous counties": a share of something describes.
        let share_of = rest.get(1).is_some_and(|w| w.lower == "of");
        let phrase_end = rest.iter().position(|w| w.trailing.is_some());
        rest.len() >= 4
            && !is_in(&["including", "and", "one"], &rest[0].lower)
            && !share_of
            && verb.is_some_and(|v| phrase_end.is_none_or(|e| v <= e))
    };
    let inside = i > 0 && ws[i - 1].trailing == Some(',') && comma_after.is_some_and(clause_after);
    // "The senator said the deal was dead, according to Politico": a news outlet reports what
    // someone said; the claim is the speaker's, as in "X told the Post", and the speech-verb
    // pattern reads it. Not a poll, a witness or sources: "Cruz said little, according to an
    // attendee" is the attendee's account.
    if i > 1
        && !inside
        && ws[..i].iter().any(is_speech)
        && crate::claims::mentions::names_an_outlet(&ws[i + 2..np_after(ws, i + 2)])
    {
        // The patterns after this one.
        let speaker = first_match(&PATTERNS[1..], text, sent, ws, reg, scope);
        if speaker.is_some() {
            return speaker;
        }
    }
    // "According to Glide the recording was created at ...": with no comma after it, a name's
    // run ends where a lower-case article opens the clause.
    let name_then_clause = (i == 0)
        .then(|| {
            let k = (i + 2..ws.len()).find(|&k| !is_cap(&ws[k]) || ws[k - 1].trailing.is_some())?;
            (k > i + 2
                && ws[k - 1].trailing.is_none()
                && is_in(&["the", "a", "an"], &ws[k].lower)
                && comma_after.is_none_or(|c| c > k + 3))
            .then_some(k)
        })
        .flatten();
    let phrase_end = if let Some(k) = name_then_clause {
        k
    } else if i == 0 || inside {
        comma_after.unwrap_or_else(|| np_after(ws, i + 2))
    } else {
        ws.len()
    };
    let end = np_after(ws, i + 2).min(phrase_end);
    // "according to interviews with a dozen party leaders": those interviewed speak. But in
    // "according to an interview with CBS News" the outlet only asked; who spoke is the
    // clause's own subject, if another pattern finds one.
    let determiners = ws[i + 2..phrase_end]
        .iter()
        .take_while(|w| is_in(&["a", "an", "the"], &w.lower))
        .count();
    let setting_at = i + 2 + determiners;
    let interviewed = (setting_at + 2 < phrase_end
        && is_in(&SPEECH_SETTINGS, &ws[setting_at].lower)
        && ws[setting_at].trailing.is_none()
        && is_in(&["with", "to", "on"], &ws[setting_at + 1].lower))
    .then(|| &ws[setting_at + 2..phrase_end]);
    let interviewed = match interviewed {
        Some(rest) => {
            if ws[setting_at + 1].lower != "with" || crate::claims::mentions::names_an_outlet(rest)
            {
                return None;
            }
            // People: a name, or a group ("party leaders"), not "his local paper".
            let people = rest.last().is_some_and(|w| {
                crate::claims::lexicon::is_person_noun(&w.lower)
                    || crate::claims::mentions::is_group_head(&w.lower)
            });
            parse(rest)
                .filter(is_person)
                .or_else(|| people.then(|| description(rest)).flatten())
        }
        None => None,
    };
    // "according to the report she released": the source ends where a clause about it starts.
    let source_end = (i + 3..phrase_end)
        .find(|&k| is_in(&crate::claims::lexicon::SUBJECT_PRONOUNS, &ws[k].lower))
        .unwrap_or(phrase_end);
    let m = interviewed
        .or_else(|| authored_by(ws, i + 2))
        .or_else(|| parse(&ws[i + 2..end]))
        .or_else(|| source_mention(ws, i + 2, source_end))?;
    // "Spiders, according to an arachnid expert, don't burrow in skin": the credit splits the
    // subject from its verb, and the claim is both sides of it.
    let split_subject = inside && ws.get(phrase_end).is_some_and(predicate_verb);
    let content = if i == 0 {
        Span::new(ws.get(phrase_end)?.span.start, sent.end)
    } else if split_subject {
        sent
    } else if inside {
        // What comes before is only an opener ("In addition,", "However,") or a subordinate
        // clause ("While ..."): the claim is the clause after. Else it is the whole sentence,
        // both sides of the credit.
        let opener = i <= 3
            || is_in(&SUBORDINATORS, &ws[0].lower)
            || is_in(
                &crate::claims::lexicon::SENTENCE_OPENERS,
                ws[0].lower.trim_end_matches(','),
            );
        if opener {
            Span::new(ws[phrase_end].span.start, sent.end)
        } else {
            sent
        }
    } else {
        Span::new(ws[0].span.start, ws[i - 1].span.end)
    };
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    let content = trim_clause(text, content);
    let d = Draft::new(sp, ClaimKind::Reported, content, Some(m.surface));
    Some(if split_subject {
        let before = trim_clause(text, Span::new(content.start, ws[i - 1].span.end));
        d.with_parts(vec![
            before,
            Span::new(ws[phrase_end].span.start, content.end),
        ])
    } else {
        d
    })
}

/// A word that carries a clause's predicate: an auxiliary ("would", "has"), a finite verb
/// ("burrow" is not; "burrows", "said" are), or a negated auxiliary ("don't", "won’t").
fn predicate_verb(w: &Word) -> bool {
    let negated_auxiliary = w.trailing.is_none()
        && w.text.starts_with(char::is_lowercase)
        && (w.lower.ends_with("n't") || w.lower.ends_with("n’t"));
    looks_finite(w) || is_in(&PREDICATE_AUXILIARIES, &w.lower) || negated_auxiliary
}

/// "claim", "claims", "suggestion": a noun for something someone said.
fn statement_noun(w: &Word) -> bool {
    is_in(&STATEMENT_NOUNS, &w.lower)
        || w.lower
            .strip_suffix('s')
            .is_some_and(|one| is_in(&STATEMENT_NOUNS, one))
}

/// "Mr. Obama's patronizing suggestion at a debate that": a named owner's possessive, a
/// statement noun within three words, and "that" after it. Quoted words after it are the
/// owner's; not in "who has called Mr. Trump's comments “racially toxic”".
fn names_whose_statement(ws: &[Word]) -> bool {
    (0..ws.len()).any(|o| {
        possessor(&ws[o]).is_some()
            && is_cap(&ws[o])
            && (o + 1..ws.len().min(o + 4))
                .find(|&n| statement_noun(&ws[n]))
                .is_some_and(|n| ws[n + 1..].iter().any(|w| w.lower == "that"))
    })
}

/// "X's statement that CLAUSE ..."
fn statement_that(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // "Reyes's claim that", "Hendricks's most explosive claim is that", "Reyes's repeated
    // insistence that": an owner, up to three words that describe the noun, the noun, and
    // "that" (or "is that").
    // "Mr. Trump's claims that", "Reyes's claim last week that": the plural too, and when it
    // was made between the noun and "that".
    let (owner_at, that_at) = (1..ws.len()).find_map(|i| {
        if !statement_noun(&ws[i]) || ws[i].trailing.is_some() {
            return None;
        }
        let when = when_words(&ws[i + 1..]);
        let after = i + when;
        if ws[i..=after].iter().any(|w| w.trailing.is_some()) {
            return None;
        }
        let that_at = match (ws.get(after + 1), ws.get(after + 2)) {
            (Some(t), _) if t.lower == "that" => after + 1,
            (Some(b), Some(t)) if is_in(&["is", "was"], &b.lower) && t.lower == "that" => after + 2,
            _ => return None,
        };
        // A named owner: "his claim that" leaves who "his" is to a resolver that guesses
        // wrong too often here (PolNeAR train, tuning part: more wrong than right).
        let owner_at = (i.saturating_sub(4)..i)
            .rev()
            .find(|&o| possessor(&ws[o]).is_some_and(|_| is_cap(&ws[o])))?;
        let describes = ws[owner_at + 1..i].iter().all(|w| {
            w.trailing.is_none()
                && w.text.starts_with(char::is_lowercase)
                && !is_in(&PREDICATE_AUXILIARIES, &w.lower)
        });
        (describes && that_at + 1 < ws.len()).then_some((owner_at, that_at))
    })?;
    let owner = possessor(&ws[owner_at])?;
    let mut name_words: Vec<Word> = ws[..owner_at].to_vec();
    name_words.push(owner);
    // The owner's name: the capitalised words before the possessive ("Sen. Pat Toomey's").
    // "Despite Mr. Trump's claims": not the preposition that opens the sentence.
    let start = name_words[..name_words.len() - 1]
        .iter()
        .rposition(|w| {
            w.trailing.is_some_and(|t| t != '.')
                || !is_cap(w)
                || is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower)
                || is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &w.lower)
        })
        .map_or(0, |p| p + 1);
    let m = parse(&name_words[start..])?;
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    // "Despite Mr. Trump's claims that P, the firms ...": a phrase that opens the sentence ends
    // at its comma; the main clause follows.
    let opening_phrase =
        start > 0 && is_in(&crate::claims::mentions::PREPOSITIONS, &ws[start - 1].lower);
    let comma = ws[that_at + 1..]
        .iter()
        .position(|w| w.trailing == Some(','))
        .map(|c| that_at + 1 + c);
    let content = match comma.filter(|_| opening_phrase) {
        Some(c) => trim_clause(text, Span::new(ws[that_at + 1].span.start, ws[c].span.end)),
        None => clause_until_main_verb(text, &ws[that_at + 1..], sent),
    };
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// "X said (that) CLAUSE", "X has denied reports that CLAUSE", "X called the accusation
/// “completely false”": a speech or denial cue with its subject before it.
fn speech_verb_clause(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // The first verb with a speaker before it: in "Brooks, who proposed the plan, told
    // reporters ..." the first verb's subject is "who".
    // The sentence's own subject, for a second verb: "Vidal called it irresponsible and said".
    // A verb far into the sentence counts when its subject follows a comma: a clause before the
    // subject ("Speaking in Ohio on Monday after the debate ..., the senator said ...").
    let head = capitalised_head(ws);
    // ... or a dash: "Inside the mosque - which looks like a church - Adel Nefzi said".
    // ", and Nicklaus said": a conjunction after the comma still starts a clause.
    let after_comma = |m: &Mention| {
        // "..., (Pentagon spokesman Army Col. Steve) Warren said": an editor's bracket may
        // open the mention.
        let mut before = text[sent.start..m.span.start]
            .trim_end()
            .trim_end_matches(['(', '['])
            .trim_end();
        for conjunction in [
            " and",
            " but",
            " yet",
            " so",
            " while",
            " though",
            " although",
            " because",
            " whereas",
        ] {
            if let Some(rest) = before.strip_suffix(conjunction) {
                before = rest;
                break;
            }
        }
        let marks = [',', '-', '—', '–'];
        // A comma inside a closing quote mark counts for a name: `on "CBS This Morning," Sanders
        // said`. Not for a pronoun: in `Trump called it "an attack," but he also noted ...` the
        // "he" is the sentence's subject, which the quote's own credit already covers.
        before.ends_with(marks)
            || (!matches!(m.kind, MentionKind::Pronoun(..))
                && before
                    .trim_end_matches(['"', '”', '\'', '’'])
                    .ends_with(marks))
    };
    // Where the sentence's own words start, after "But", "However," and the like.
    let opening = ws
        .iter()
        .find(|w| {
            !is_in(
                &crate::claims::lexicon::SENTENCE_OPENERS,
                w.lower.trim_end_matches(','),
            )
        })
        .map_or(sent.start, |w| w.span.start);
    // A passive speech or denial verb is no credit of its subject: "Hayek was asked if she had
    // been ..." (the question is the asker's), "The SVP was rejected by 59.6 percent of
    // voters", "had been soundly rejected by an electorate".
    let passive = |i: usize| {
        let be = |w: &Word| is_in(&["was", "were", "is", "are", "been", "being"], &w.lower);
        let adverb_between = i >= 2
            && (ws[i - 1].lower.ends_with("ly")
                || is_in(
                    &["first", "also", "later", "since", "never"],
                    &ws[i - 1].lower,
                ))
            && be(&ws[i - 2]);
        // "he was confirmed 92 to 0", "it was announced": any passive speech verb ("was quoted
        // as saying" has its own pattern).
        let passive_speech = ws[i].lower != "quoted"
            && (ws[i].lower.ends_with("ed")
                || is_in(&crate::claims::lexicon::IRREGULAR_PAST, &ws[i].lower));
        (passive_speech && (be(&ws[i - 1]) || adverb_between))
            || (is_denial(&ws[i]) && (be(&ws[i - 1]) || adverb_between))
    };
    // "a former Fed governor who argued with X at the conference, said ...": a verb right after
    // a restrictive "who" is the relative clause's; the sentence's own verb comes later.
    let restrictive =
        |i: usize| who_before(ws, i).is_some_and(|who| who > 0 && ws[who - 1].trailing.is_none());
    let with_subject = |v: usize| {
        let coordinated = || {
            // "Forensic audio expert Paul Ginsberg analyzed it and said": the opening words
            // that name someone, not just the capitalised ones. An adverb may stand between
            // ("praised Rubio and later told reporters").
            // So may an auxiliary: "describes himself as a builder and has said that ...".
            let mut and = v - 1;
            while and > 1
                && ws[and].trailing.is_none()
                && (is_adverb(&ws[and].lower)
                    || is_in(
                        &["has", "have", "had", "is", "are", "was", "were"],
                        &ws[and].lower,
                    ))
            {
                and -= 1;
            }
            (v < NEAR_VERB + 10 && is_in(&["and", "but"], &ws[and].lower) && !head.is_empty())
                .then(|| {
                    // "She's a supporter but concedes that ...": the pronoun is the subject.
                    clause_subject(ws, v)
                        .or_else(|| parse(head))
                        .or_else(|| contracted_pronoun(&ws[0]))
                })
                .flatten()
        };
        subject_before(ws, v)
            .filter(|m| !is_relative_pronoun(m))
            // "Bill Millis, a North Carolina businessman who ... last month, said": the
            // sentence opens with its subject, however long what describes it.
            // "Minnesota state delegate Mary Susan, clad in ...": a place's name before it.
            .filter(|m| {
                let place_before = ws
                    .iter()
                    .take_while(|w| w.span.start < m.span.start)
                    .filter(|w| w.span.start >= opening)
                    .all(|w| is_cap(w) && w.trailing.is_none());
                // "McCain issued a statement after Republican contender Donald Trump told a
                // town hall that ...": a subordinate clause of time or cause far into the
                // sentence has its own subject, right after its conjunction (descriptions the
                // mention leaves out may stand between). Not a pronoun ("... perjury when she
                // testified": whose is unclear), not a condition ("until the government agrees
                // to pay").
                let after_subordinator = !matches!(m.kind, MentionKind::Pronoun(..))
                    && ws
                        .iter()
                        .rposition(|w| w.span.end <= m.span.start)
                        .is_some_and(|last| {
                            (last.saturating_sub(3)..=last)
                                .rev()
                                .take_while(|&k| {
                                    ws[k].trailing.is_none()
                                        && !looks_finite(&ws[k])
                                        && (k == last
                                            || !is_in(
                                                &crate::claims::mentions::PREPOSITIONS,
                                                &ws[k + 1].lower,
                                            ))
                                })
                                .any(|k| {
                                    is_in(
                                        &["after", "when", "while", "because", "since", "before"],
                                        &ws[k].lower,
                                    )
                                })
                        });
                // "... should remember that social scientists say ...": a clause of its own,
                // whose subject follows "that", when no cue before it says the clause ("telling
                // reporters that he thinks ...").
                let after_that = ws
                    .iter()
                    .rposition(|w| w.span.end <= m.span.start)
                    .is_some_and(|k| {
                        ws[k].lower == "that"
                            && ws[k].trailing.is_none()
                            && ws[..k]
                                .iter()
                                .all(|w| !is_speech(w) && !is_in(&SPEECH_PARTICIPLES, &w.lower))
                    });
                v < NEAR_VERB
                    || after_comma(m)
                    || m.span.start == opening
                    || place_before
                    || after_subordinator
                    || after_that
            })
            .or_else(coordinated)
            .map(|m| (v, m))
    };
    // "The tentative deal, announced Friday, would last four years": a passive participle set
    // off by commas, with only when or by whom, before the sentence's own verb.
    let participle_aside = |i: usize| {
        ws[i - 1].trailing == Some(',')
            && ws[i].lower.ends_with("ed")
            && (i + 1..ws.len().min(i + 6)).any(|k| {
                let between = &ws[i + 1..=k];
                let when = |w: &Word| {
                    crate::claims::mentions::is_date_word(&w.lower)
                        || is_in(
                            &[
                                "on", "in", "last", "this", "early", "late", "earlier", "today",
                            ],
                            &w.lower,
                        )
                };
                ws[k].trailing == Some(',')
                    && (between.iter().all(when) || between[0].lower == "by")
                    && ws
                        .get(k + 1)
                        .is_some_and(|w| looks_finite(w) || is_in(&PREDICATE_AUXILIARIES, &w.lower))
            })
    };
    // "In TV interviews and tweets, Trump has argued": a plural noun after a preposition.
    let noun = |i: usize| {
        is_in(&crate::claims::lexicon::PLURAL_NOUN_CUES, &ws[i].lower)
            && (i.saturating_sub(5)..i).any(|k| {
                is_in(&crate::claims::mentions::PREPOSITIONS, &ws[k].lower)
                    && ws[k..i].iter().all(|w| w.trailing.is_none())
            })
    };
    // "Acknowledging that Trump “says a lot of stupid stuff,” Allen did suggest ...": a verb
    // inside an opening participle's clause is that clause's; `opening_participle` reads it
    // as the main subject's claim.
    let opening_that = ws.len() > 2
        && is_in(&SPEECH_PARTICIPLES, &ws[0].lower)
        && ws[1].lower == "that"
        && ws[..2].iter().all(|w| w.trailing.is_none());
    let in_opening_clause =
        move |i: usize| opening_that && ws[..i].iter().all(|w| w.trailing != Some(','));
    let cues = |relative: bool| {
        (1..ws.len()).filter(move |&i| {
            !ws[i].aside
                && !in_opening_clause(i)
                && !noun(i)
                && cue_at(ws, i).is_some()
                && !passive(i)
                && !participle_aside(i)
                && restrictive(i) == relative
        })
    };
    // The sentence's own verb first; else the relative clause's ("leaders who say the law ...").
    let found = cues(false)
        .find_map(with_subject)
        .or_else(|| cues(true).find_map(with_subject));
    // "Govs. Jeb Bush and Chris Christie, who say the senator lacks experience": with no
    // other speaker in the sentence, a relative pronoun speaks for the name before its comma.
    let found = found.or_else(|| {
        (1..ws.len())
            .filter(|&i| !ws[i].aside && cue_at(ws, i).is_some())
            .find_map(|v| {
                let who = who_before(ws, v)?;
                let t = phrase_before_comma(ws, who)?;
                parse(&ws[t..who]).map(|m| (v, name_before_appositive(ws, m)))
            })
    });
    let (v, m) = found?;
    let m = bound_pronoun(ws, &m).unwrap_or(m);
    // "called the accusation \"completely false\"": the claim is what was called false.
    let cue = cue_at(ws, v)?;
    let calling = cue == Cue::CallingFalse;
    let denial = cue != Cue::Speech;

    // Where the reported clause starts.
    let mut c = v + 1;
    // "that" starts a clause only with a clause after it ("disputed that account" has none).
    // "said its offer was generous and that ..." has a clause before the "that" too.
    // An audience can be long: "told a town hall in Salem, New Hampshire on Monday that".
    let window = if is_in(&["told", "tells", "tell", "telling"], &ws[v].lower) {
        12
    } else {
        7
    };
    let that_at = clause_that(ws, v, window)
        .filter(|&t| ws.len() - t > 3)
        .filter(|&t| t == c || !is_in(&["and", "but"], &ws[t - 1].lower));
    // "cast doubt on the reports": the preposition belongs to the verb.
    if denial
        && is_in(&LITERAL_DENIAL_VERBS, &ws[v].lower)
        && ws
            .get(c)
            .is_some_and(|w| is_in(&["on", "over", "upon"], &w.lower))
    {
        c += 1;
    }
    // Where a denied report's own proposition starts ("dismissed as nonsense claims that P",
    // "called the report that P false"): the claim is P, what the model must compare.
    let mut object_skipped = false;
    let mut question = false;
    let mut request = false;
    let mut topic = false;
    if denial && c < ws.len() && points_back(&text[ws[c].span.start..sent.end]) {
        // "denied that claim": the object stays; "that claim" is not a clause.
    } else if let Some(k) = denied_clause_start(&ws[c..]).filter(|_| denial) {
        c += k;
        object_skipped = true;
    } else if calling {
        // The object and what it was called stay together: "called the accusation false".
    } else if denial {
        // "denied the reports, saying that P": P is the participle's, what the denier asserts.
        if let Some(t) = that_at.filter(|&t| !(v + 2..t).any(|k| denier_participle(ws, k))) {
            c = t + 1;
        }
    } else if let Some(t) = that_at {
        c = t + 1;
    } else if let Some(ask) = asked_at(ws, v) {
        // "asked Sanders whether questions about his health were fair game": the question;
        // "asked the court to block the rules": the request.
        match ask {
            Ask::Question(q) => {
                c = q;
                question = true;
            }
            Ask::Request(r) => {
                c = r;
                request = true;
            }
        }
    } else if ws[v].lower == "told" || ws[v].lower == "tells" {
        // told reporters the plan was dead / told The Huffington Post she thinks ...: the
        // audience is a word, or a determiner and a capitalised name.
        c += usize::from(c < ws.len() && matches!(ws[c].lower.as_str(), "the" | "a"));
        let named = ws[c..]
            .iter()
            .take_while(|w| w.text.starts_with(char::is_uppercase))
            .count();
        c += named.max(1);
    } else if ws[v].lower == "quoted" && ws.get(c).is_some_and(|w| w.lower == "as") {
        // was quoted as saying the plan ...
        c += 2;
    } else if topic_at(ws, v).is_some() {
        // "users complained about the bug, and the files were gone": what follows a topic's
        // preposition is what they spoke about, no clause they said: a stance (below), never
        // paired. The words after the topic stay in it: another pattern may read their
        // clause ("..., but acknowledged it had no formal relationship") as a claim.
        topic = true;
    } else {
        // said on Wednesday it would ... / said yesterday the plan ...
        c += when_words(&ws[c..]);
        // "have said repeatedly they ...": an adverb of the verb opens no clause.
        while ws.len() > c + 3
            && ws[c].trailing.is_none()
            && ws[c].lower.ends_with("ly")
            && is_in(&AUXILIARIES, &ws[c].lower)
        {
            c += 1;
        }
    }
    // "allegations ..., which he has denied and which ...", "which Mr. Ailes denies, the talk
    // ... ended": the denied thing came before the verb; what follows is no proposition of it.
    let nothing_after = ws[v].trailing == Some(',')
        || ws
            .get(c)
            .is_some_and(|w| is_in(&["and", "but", "which"], &w.lower));
    if denial && nothing_after {
        return None;
    }
    // "the source added but did not mention the schoolgirls": a second verb of the subject's,
    // no clause that was said (unless it speaks too: "said ... and charged that").
    let second_verb = ws[v].trailing.is_none()
        && ws.get(c).is_some_and(|w| is_in(&["and", "but"], &w.lower))
        && ws
            .get(c + 1)
            .is_some_and(|w| predicate_verb(w) && !is_speech(w) && !is_denial(w));
    if second_verb {
        return None;
    }
    let sp = resolve_or_unknown(reg, &m, scope);
    // Whoever asks is seldom whoever answers next (see `extract`).
    if !question && !request {
        scope.spoke(sp);
    }
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
    // "Mr. Trump, who said last week that the judge was biased, issued a statement": the
    // relative clause ends where the subject's own verb resumes.
    let via_who = who_before(ws, v).is_some() && m.span.start == ws[0].span.start;
    if let Some(i) = via_who
        .then(|| main_verb_resumes(ws, c, ws.len()))
        .flatten()
    {
        content = trim_clause(text, Span::new(ws[c].span.start, ws[i].span.end));
    }
    // "When Francis said Mr. Trump “is not Christian”, the pope ...": the claim ends where the
    // main clause starts, when the verb is the subordinate clause's own (no comma before it:
    // in "When they were announced, Mr. Rogan said, ..." it is the main clause's).
    let in_subordinate = |k: usize| {
        v < k && ws[..v].iter().all(|w| w.trailing != Some(',')) && content.start < ws[k].span.start
    };
    if let Some(k) = main_clause_comma(ws).filter(|&k| in_subordinate(k)) {
        content = trim_clause(text, Span::new(content.start, ws[k].span.end));
    }
    // "And in a year in which most Americans say P, even some allies ...": a clause after
    // "in which" inside an opening phrase ends where the main clause starts.
    let opens_with_phrase = ws
        .iter()
        .find(|w| !is_in(&["and", "but", "yet", "so"], &w.lower))
        .is_some_and(|w| is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower));
    let after_which = ws
        .iter()
        .position(|w| w.span.start == m.span.start)
        .is_some_and(|s| s > 0 && relative_after_preposition(ws, s - 1));
    if opens_with_phrase && after_which {
        // ", even some allies questioned": an adverb may open the main clause.
        let opens = |k: usize| {
            opens_main_clause(&ws[k..])
                || (is_adverb(&ws[k].lower) && opens_main_clause(&ws[k + 1..]))
        };
        let main = (v + 1..ws.len().saturating_sub(3))
            .find(|&k| ws[k].trailing == Some(',') && opens(k + 1));
        if let Some(k) = main.filter(|&k| content.start < ws[k].span.start) {
            content = trim_clause(text, Span::new(content.start, ws[k].span.end));
        }
    }
    if calling && object_skipped {
        // "called the report that P “completely false”": P without what it was called.
        content = without_falsity_tail(text, content);
    } else if calling {
        // "called the reports “incorrect” and “unfounded,” citing ...": what was called false
        // and what it was called, not the words after.
        content = through_falsity(text, content);
    }
    let mut kind = if denial {
        ClaimKind::Denial
    } else {
        ClaimKind::Reported
    };
    // "A report that says P is fake": the report says P; what calls it false is the main
    // clause's predicate, about the report, and no words of the report's own.
    let report_relative = v > 0
        && is_in(&["that", "which"], &ws[v - 1].lower)
        && m.surface
            .rsplit(' ')
            .next()
            .is_some_and(|w| is_in(&DENIED_OBJECTS, &w.to_lowercase()));
    if report_relative && kind == ClaimKind::Reported {
        if let Some(cut) = called_false_at(content.slice(text)) {
            content = Span::new(content.start, content.start + cut).trim(text);
        }
    // "X said the reports were not true": a denial of "the reports".
    } else if kind == ClaimKind::Reported {
        if let Some(cut) = falsity_predicate(content.slice(text)) {
            kind = ClaimKind::Denial;
            content = Span::new(content.start, content.start + cut).trim(text);
        }
    }
    let draft = Draft::new(sp, kind, content, Some(m.surface));
    Some(if question {
        draft.form("question")
    } else if request {
        draft.form("request")
    } else if topic && kind == ClaimKind::Reported {
        draft.form("stance")
    } else {
        draft
    })
}

/// Words that may stand between a denial verb and the report it denies: "as" and what the
/// report was called ("dismissed as pure nonsense claims that"), then the report's own words
/// ("a Daily Mirror report that", "the latest rumours about"). Returns where the denied
/// proposition starts, or `None` when no report noun with a clause after it is found.
fn denied_clause_start(ws: &[Word]) -> Option<usize> {
    let mut i = 0;
    if ws.first().is_some_and(|w| w.lower == "as") {
        let called = ws[1..]
            .iter()
            .take(4)
            .take_while(|w| falsity_word(w))
            .count();
        if !ws[1..=called].iter().any(|w| says_false(&w.lower)) {
            return None;
        }
        i = 1 + called;
    }
    // The report noun, a few words on, with nothing clause-like before it.
    let noun = ws[i..]
        .iter()
        .take(6)
        .take_while(|w| w.lower != "that" && w.trailing.is_none())
        .position(|w| is_in(&DENIED_OBJECTS, &w.lower))
        .map(|k| i + k)
        .or_else(|| {
            // A noun with a comma after it ends the search, but may itself be the report.
            let k = ws[i..].iter().take(6).position(|w| w.trailing.is_some())?;
            is_in(&DENIED_OBJECTS, &ws[i + k].lower).then_some(i + k)
        })?;
    // What links the report to its proposition, right after the noun or after a short phrase
    // that places it ("a posting on the National Report website that said").
    let after = noun + 1;
    if denier_participle(ws, after) {
        return None;
    }
    let (at, link) = (after..ws.len().min(after + 7))
        .take_while(|&k| k == after || ws[k - 1].trailing.is_none())
        .find_map(|k| match &ws[k..] {
            [a, b, ..] if is_in(&["that", "which"], &a.lower) && is_speech(b) => Some((k, 2)),
            [a, b, ..]
                if is_in(&["saying", "claiming", "suggesting"], &a.lower) && b.lower == "that" =>
            {
                Some((k, 2))
            }
            [a, ..] if is_in(&["that", "saying", "claiming", "suggesting"], &a.lower) => {
                Some((k, 1))
            }
            [a, ..] if k == after && is_in(&["of", "about"], &a.lower) => Some((k, 1)),
            _ => None,
        })?;
    // A proposition has a few words of its own.
    (ws.len() >= at + link + 3).then_some(at + link)
}

/// "denied the reports, saying that P", "rejected the claims, adding that P": a participle
/// right after a comma is the denier's, so P is what they assert, not what the reports said.
fn denier_participle(ws: &[Word], k: usize) -> bool {
    k >= 1 && ws[k - 1].trailing == Some(',') && ws.get(k).is_some_and(|w| w.lower.ends_with("ing"))
}

/// `span` without a trailing run of falsity words ("... Bale quit “completely false”").
fn without_falsity_tail(text: &str, span: Span) -> Span {
    let ws = words(text, span);
    let tail = ws.iter().rev().take_while(|w| falsity_word(w)).count();
    if tail == 0 || ws.len() - tail < 2 {
        return span;
    }
    trim_clause(
        text,
        Span::new(span.start, ws[ws.len() - tail - 1].span.end),
    )
}

/// `span` through the run of falsity words that follows what was called false: "the reports
/// “incorrect” and “unfounded,” citing ..." -> "the reports “incorrect” and “unfounded,”".
fn through_falsity(text: &str, span: Span) -> Span {
    let ws = words(text, span);
    let Some(first) = ws.iter().position(|w| says_false(&w.lower)) else {
        return span;
    };
    let run = ws[first..]
        .iter()
        .take_while(|w| falsity_word(w) || is_in(&["and", "or"], &w.lower))
        .count();
    // The run ends at a falsity word, not at "and".
    let last = (first..first + run)
        .rev()
        .find(|&k| says_false(&ws[k].lower))
        .unwrap_or(first);
    if last + 1 == ws.len() {
        return span;
    }
    // With the quote mark that closes the last word: "“unfounded,”" keeps its "”".
    let end = ws[last].span.end;
    let closing = text[end..]
        .char_indices()
        .take_while(|&(_, c)| matches!(c, ',' | '.' | '”' | '"' | '’'))
        .filter(|&(_, c)| matches!(c, '”' | '"' | '’'))
        .last()
        .map_or(end, |(k, c)| end + k + c.len_utf8());
    Span::new(span.start, closing.min(span.end))
}

/// "called" or "calls" at `i`: a speech act whatever follows it ("called for", "calls it a
/// hoax"), unless it only gives a name ("a site called MSNBC.website").
pub(super) fn is_calls(ws: &[Word], i: usize) -> bool {
    is_in(&["called", "calls"], &ws[i].lower) && !gives_a_name(ws, i)
}

/// "Sanders accused her of making racist remarks", "Cruz praised Pence for cutting taxes": a
/// speech act with an object and what it is for. The claim is the object and its complement;
/// without a complement ("questioned the estimate") there is no claim. "called" takes what
/// follows it: "called the merger “a terrible deal”", "called for an inquiry".
/// Words after "called him" that make a phrasal verb or an idiom, not what he was called.
const CALL_PARTICLES: [&str; 11] = [
    "back", "out", "up", "off", "in", "over", "on", "again", "quits", "today", "tonight",
];

pub(super) fn speech_act_clause(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // "Critics call it the enforcement of political correctness", "what economists call
    // spending": the plural too, right after a plural subject ("a boycott call", "call
    // centers" are nouns; "will call in live" is what someone will do).
    let plural_call = |i: usize| {
        let before = &ws[i - 1];
        let plural_subject = (before.lower.ends_with('s')
            && !before.lower.ends_with("'s")
            && !before.lower.ends_with("’s")
            && !is_in(
                &["his", "its", "this", "was", "is", "has", "does"],
                &before.lower,
            ))
            || is_in(
                &["they", "we", "you", "i", "percent", "people"],
                &before.lower,
            );
        ws[i].lower == "call"
            && before.trailing.is_none()
            && plural_subject
            && ws.get(i + 1).is_some_and(|n| n.lower != "each")
    };
    let v = (1..ws.len().min(NEAR_VERB))
        .find(|&i| is_in(&ACT_VERBS, &ws[i].lower) || is_calls(ws, i) || plural_call(i))?;
    let rest = &ws[v + 1..];
    if is_calls(ws, v) || plural_call(v) {
        // "called the merger “a terrible deal”", "called for a special prosecutor", "called on
        // Congress to act": what the speaker called for or called something. Two words when
        // they are a pronoun and what it is called ("calls him competent"), not a particle or
        // a time ("called them back", "called it quits").
        let named_pronoun = rest.len() == 2
            && is_in(&["him", "her", "it", "them"], &rest[0].lower)
            && rest[1].text.starts_with(char::is_lowercase)
            && !is_in(&CALL_PARTICLES, &rest[1].lower)
            && !crate::claims::mentions::is_date_word(&rest[1].lower);
        if rest.len() < 3 && !named_pronoun {
            return None;
        }
    } else {
        let k = rest
            .iter()
            .take(8)
            .position(|w| is_in(&["of", "for", "as", "over"], &w.lower))?;
        if k == 0 || rest.len() - k < 3 {
            return None;
        }
    }
    let m = subject_before(ws, v).filter(|m| !is_relative_pronoun(m))?;
    let sp = resolve_or_unknown(reg, &m, scope);
    scope.spoke(sp);
    let content = trim_clause(text, Span::new(rest[0].span.start, sent.end));
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.", "The move was hotly
/// criticized by economists": what was reported (or praised, or blamed), the sentence's
/// subject, is the claim of whoever the "by" names.
fn reported_by_clause(
    text: &str,
    _sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // "was first reported by", "was hotly criticized by", "had been confirmed by".
    let act = |w: &Word| is_in(&ACT_VERBS, &w.lower);
    let v = (2..ws.len().saturating_sub(2)).find(|&v| {
        (is_speech(&ws[v]) || act(&ws[v]) || is_in(&["revealed", "disclosed"], &ws[v].lower))
            && ws[v].lower.ends_with("ed")
            && ws[v + 1].lower == "by"
            && ws[v].trailing.is_none()
    })?;
    let mut be = v - 1;
    if ws[be].lower.ends_with("ly") || is_in(&["first", "earlier", "also"], &ws[be].lower) {
        be = be.checked_sub(1)?;
    }
    if !is_in(&PASSIVE_BE, &ws[be].lower) || be < 2 {
        return None;
    }
    // "The report has not been confirmed by ISIS": what the agent did not confirm is no
    // claim of theirs. The auxiliaries before "been" are no part of the proposition.
    let mut end = be;
    while end > 1 && (is_in(&PREDICATE_AUXILIARIES, &ws[end - 1].lower) || negates(&ws[end - 1])) {
        end -= 1;
    }
    let negated = ws[end..be].iter().any(negates);
    if negated || end < 2 {
        return None;
    }
    let subject = &ws[..end];
    // "It was reported by": a pronoun is no proposition; nor a subject with a clause of its
    // own before the verb.
    if subject.iter().any(|w| w.trailing.is_some()) || is_pronoun(&subject[0].lower) {
        return None;
    }
    // The agent: up to the next punctuation or a time ("on Tuesday").
    let agent_end = (v + 2..ws.len())
        .find(|&k| ws[k].trailing.is_some() || (k > v + 2 && is_in(&GAP_OPENERS, &ws[k].lower)))
        .map_or(
            ws.len(),
            |k| if ws[k].trailing.is_some() { k + 1 } else { k },
        );
    let m = parse(&ws[v + 2..agent_end]).filter(|m| !is_relative_pronoun(m))?;
    // Not `scope.spoke`: whoever a report is credited to seldom speaks next ("Both attacks
    // were claimed by the Islamic State. “France will always be France,” ...").
    let sp = resolve_or_unknown(reg, &m, scope);
    let content = trim_clause(text, Span::new(ws[0].span.start, ws[end - 1].span.end));
    let draft = Draft::new(sp, ClaimKind::Reported, content, Some(m.surface));
    // "The move was criticized by economists": praise or blame, as `stance_clause`.
    Some(if act(&ws[v]) {
        draft.form("stance")
    } else {
        draft
    })
}

/// "Pavone criticized the party's draft platform on abortion", "Wilson praised Rubio's record":
/// a speech act whose object is all there is. Not a proposition, but a stance of the subject's
/// that a review can see; the claim is the predicate from the verb to the first comma, with form
/// "stance" (never paired: praise and blame are no claims of fact). Last of the patterns, so a
/// clause after ", saying" or "and said" is the claim when there is one.
pub(super) fn stance_clause(
    text: &str,
    _sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // "Park criticized", or after an appositive: "Paul Brandt, national director of Priests for
    // Life, criticized" (checked below: the subject is then a person).
    let v = (1..ws.len().min(NEAR_VERB)).find(|&i| {
        (is_in(&ACT_VERBS, &ws[i].lower) || topic_at(ws, i).is_some())
            && ws[i - 1].trailing.is_none_or(|c| c == ',')
            && ws[i].trailing.is_none()
    })?;
    let topic = topic_at(ws, v);
    // "did not respond to", "never spoke about": no stance taken.
    if topic.is_some()
        && ws[v.saturating_sub(2)..v]
            .iter()
            .any(|w| is_in(&["not", "never"], &w.lower) || w.lower.ends_with("n't"))
    {
        return None;
    }
    // The object runs to the first punctuation; a topic's object starts after its
    // preposition.
    let from = topic.map_or(v, |p| p + 1);
    let end = (from..ws.len())
        .find(|&k| ws[k].trailing.is_some())
        .unwrap_or(ws.len() - 1);
    // An act needs an object after it; a topic may be one word ("calling for change").
    if end < from + usize::from(topic.is_none()) {
        return None;
    }
    // "Putin chides Turkey and praises Trump", "Sanders questions her ties and has called
    // for ...": a second verb's subject is the first one's, which the noun before "and" is
    // not; it is the sentence's subject when a name opens it.
    let mut k = v;
    while k > 1 && is_in(&AUXILIARIES, &ws[k - 1].lower) {
        k -= 1;
    }
    let second_verb = is_in(&["and", "but", "or"], &ws[k - 1].lower);
    // "a practice criticized by Miller", "Reyes Accused Of Fraud" (a headline drops its "is"):
    // a passive participle is no act of its subject. An active one has its object first.
    // "was calling for change" is no passive.
    let progressive = ws[v].lower.ends_with("ing");
    if (is_in(&PASSIVE_BE, &ws[v - 1].lower) && !progressive)
        || (topic.is_none()
            && ws
                .get(v + 1)
                .is_some_and(|w| is_in(&["by", "of", "for"], &w.lower)))
    {
        return None;
    }
    let (sp, m) = if second_verb {
        // Only someone the article knows: a headline's "Putin chides Turkey and praises Trump"
        // names no one yet.
        let m = opening_speaker(ws, k - 1)
            .filter(|m| is_person(m) || matches!(m.kind, MentionKind::Org(_)))?;
        (reg.resolve(&m, scope)?, m)
    } else {
        let at = if progressive && is_in(&PASSIVE_BE, &ws[v - 1].lower) {
            v - 1
        } else {
            v
        };
        let m = subject_before(ws, at)
            .filter(|m| !is_relative_pronoun(m))
            .filter(|m| ws[v - 1].trailing.is_none() || is_person(m))?;
        (resolve_or_unknown(reg, &m, scope), m)
    };
    scope.spoke(sp);
    let content = trim_clause(text, Span::new(ws[from].span.start, ws[end].span.end));
    Some(Draft::new(sp, ClaimKind::Reported, content, Some(m.surface)).form("stance"))
}

/// Where the preposition of a topic cue at `v` stands: "spoke about" (v + 1), or past an
/// audience of up to four words, "spoke to CNN about" / "spoke to reporters about".
fn topic_at(ws: &[Word], v: usize) -> Option<usize> {
    let verb = ws[v].lower.as_str();
    // No allocation: this runs for every word before a preposition.
    let cue = |p: usize| {
        ws.get(p).is_some_and(|w| {
            TOPIC_CUES
                .iter()
                .any(|e| e.split_once(' ') == Some((verb, w.lower.as_str())))
        })
    };
    if !matches!(
        ws.get(v + 1).map(|w| w.lower.as_str()),
        Some("about" | "of" | "for" | "on" | "to")
    ) {
        return None;
    }
    if cue(v + 1) {
        return Some(v + 1);
    }
    if ws[v + 1].lower != "to" || ws[v + 1].trailing.is_some() {
        return None;
    }
    (v + 3..(v + 7).min(ws.len()))
        .take_while(|&p| ws[p - 1].trailing.is_none())
        .find(|&p| ws[p].lower == "about" && cue(p))
}

/// "Jacobs credited Merkel with holding “the entire continent together”", "Trump responded by
/// calling Alwaleed “dopey”": a sentence whose subject uses someone's own words, whatever its
/// verb, is that subject's claim. The claim is the predicate, from the verb to the sentence's end.
/// A name in quote marks (“Choose Life” plates, “The Apprentice”) quotes no one.
fn quoted_words(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // A headline ("Vice eyes 2015 ‘deal spree’") uses quote marks for effect.
    let sentence = sent.slice(text).trim_end();
    if !sentence.ends_with(['.', '!', '?', '”', '"', '’', '\'']) {
        return None;
    }
    predicate_with_quoted_words(text, sent, ws, reg, scope)
}

/// The predicate of `sent`, from its verb on, when its subject uses quoted words in it.
fn predicate_with_quoted_words(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let q = find_quotes(text, sent)
        .into_iter()
        .find(|q| q.outer.start > sent.start && !is_title(q.inner.slice(text)))?;
    let at_quote = ws.iter().position(|w| w.span.end > q.outer.start)?;
    // "the election, in what Newt Gingrich called “the loudest ...”": the quote is the words
    // of whoever stands between "what" and the verb right before it.
    if let Some(d) = what_someone_called(text, &q, ws, at_quote, reg, scope) {
        return Some(d);
    }
    // The longest opening words that name someone and are followed by their verb.
    let opening = |ws: &[Word], at_quote: usize| {
        (1..at_quote.min(9)).rev().find_map(|n| {
            // "Corey Lewandowski, Donald Trump's fired campaign manager, ...": an appositive
            // is for the subject patterns that read it.
            if ws[..n - 1].iter().any(|w| w.trailing == Some(',')) {
                return None;
            }
            let m = parse(&ws[..n]).or_else(|| name_after_descriptor(&ws[..n]))?;
            let verb = verb_after_subject(ws, &m, at_quote)?;
            Some((m, verb))
        })
    };
    // "At a rally in Milwaukee this spring, she described Trump as “kind”", "Last month, the
    // director called it “careless”": a phrase of time or place before the subject.
    let after_phrase = || {
        let comma = ws[..at_quote.min(12)]
            .iter()
            .position(|w| w.trailing == Some(','))
            .filter(|_| {
                is_in(&crate::claims::mentions::PREPOSITIONS, &ws[0].lower)
                    || is_in(&["last", "earlier", "later"], &ws[0].lower)
            })?;
        let from = comma + 1;
        opening(&ws[from..], at_quote.checked_sub(from)?).map(|(m, verb)| (m, from + verb))
    };
    // "a damning reaction from Mayor Karl Weber, who called the plan “unfit to serve” as ...":
    // the person a relative clause before the quote hangs on.
    let relative = || {
        let who = (1..at_quote)
            .rev()
            .find(|&k| is_who(&ws[k].lower) && ws[k - 1].trailing == Some(','))?;
        let mut verb = who + 1;
        while verb < at_quote && is_in(&AUXILIARIES, &ws[verb].lower) {
            verb += 1;
        }
        if verb >= at_quote || !looks_finite(&ws[verb]) || at_quote - verb > 6 {
            return None;
        }
        Some((person_before_comma(ws, who)?, verb))
    };
    let (m, verb) = opening(ws, at_quote)
        .or_else(after_phrase)
        .or_else(|| subject_across_commas(ws, at_quote))
        .or_else(relative)?;
    // "Clinton won here partly because of Mr. Obama's patronizing suggestion that she was
    // “likable enough”": the quoted words are the owner's, not the subject's.
    if ws
        .get(verb + 1..at_quote)
        .is_some_and(names_whose_statement)
    {
        return None;
    }
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    let content = trim_clause(text, Span::new(ws[verb].span.start, sent.end));
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// `what Newt Gingrich called “the loudest election”`, `what aides describe as “a reset”`:
/// the quote, credited to the subject of the relative clause right before it.
fn what_someone_called(
    text: &str,
    q: &Quote,
    ws: &[Word],
    at_quote: usize,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let m = what_called_subject(ws, at_quote)?;
    let sp = reg.resolve(&m, scope)?;
    scope.spoke(sp);
    Some(
        Draft::new(
            sp,
            ClaimKind::Quote,
            trim_clause(text, q.inner),
            Some(m.surface),
        )
        .form("direct"),
    )
}

/// Who a quote at word `at_quote` is credited to by "what X called" right before it.
pub(super) fn what_called_subject(ws: &[Word], at_quote: usize) -> Option<Mention> {
    let mut v = at_quote.checked_sub(1)?;
    if ws[v].lower == "as" {
        v = v.checked_sub(1)?;
    }
    let calling = [
        "called",
        "calls",
        "call",
        "dubbed",
        "dubs",
        "termed",
        "terms",
        "labeled",
        "labelled",
        "described",
        "describes",
        "describe",
    ];
    if !is_in(&calling, &ws[v].lower) || ws[v].trailing.is_some() {
        return None;
    }
    what_subject(ws, v)
}

/// The subject of the relative clause "what X called" whose verb is word `v`: "what Newt
/// Gingrich called", "what aides describe as", and past an appositive set off by commas, "what
/// Bay Buchanan, national treasurer for Reagan's campaign, called".
pub(super) fn what_subject(ws: &[Word], v: usize) -> Option<Mention> {
    let what = (v.saturating_sub(14)..v)
        .rev()
        .find(|&k| ws[k].lower == "what")?;
    if what + 1 >= v {
        return None;
    }
    let name_end = match ws[what..v].iter().position(|w| w.trailing.is_some()) {
        None if v - what <= 7 => v,
        None => return None,
        Some(p) => {
            let comma = what + p;
            let appositive = comma > what
                && ws[comma].trailing == Some(',')
                && ws[v - 1].trailing == Some(',')
                && v - comma > 2
                && ws[comma + 1].text.starts_with(char::is_lowercase);
            if !appositive {
                return None;
            }
            comma + 1
        }
    };
    parse(&ws[what + 1..name_end])
        .filter(|m| !is_relative_pronoun(m))
        .filter(|m| name_end == v || is_person(m))
}

/// "Graham called both Trump and Clinton “crazy” and said the party is bound to lose" (or "but
/// said", or ", saying"): the predicate before "and said" holds the subject's quoted words, a
/// claim of its own besides the clause that starts at `claim_start`.
pub(super) fn quoted_words_before_and(
    text: &str,
    ws: &[Word],
    claim_start: usize,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let before = ws.iter().take_while(|w| w.span.end <= claim_start).count();
    let cut = (before.saturating_sub(4)..before).rev().find_map(|k| {
        if is_in(&["and", "but"], &ws[k].lower) {
            Some(k)
        } else if speech_participle_after_comma(ws, k) {
            // ", saying", or ", while saying": the head ends at the comma.
            Some(if ws[k - 1].trailing == Some(',') {
                k
            } else {
                k - 1
            })
        } else {
            None
        }
    })?;
    if cut < 3 {
        return None;
    }
    // The head ends with "and", or a comma: no headline check (a sentence with "and said
    // CLAUSE" is prose).
    let head = Span::new(ws[0].span.start, ws[cut].span.start).trim(text);
    predicate_with_quoted_words(text, head, &ws[..cut], reg, scope)
        // "Wilson praised Rubio's record and said ...": a stance before the clause.
        .or_else(|| stance_clause(text, head, &ws[..cut], reg, scope))
}

/// Where the verb of subject `m` stands, when the words after it (before `limit`) read as its
/// verb phrase: "has mocked", "is praising", "credited"; `None` for "If Russia is ...", "Doubts
/// were raised", "Government guidelines say", or a credit to someone else later on.
fn verb_after_subject(ws: &[Word], m: &Mention, limit: usize) -> Option<usize> {
    let after = ws.iter().position(|w| w.span.start >= m.span.end)?;
    let verb = (after..limit).find(|&k| !is_in(&AUXILIARIES, &ws[k].lower))?;
    verb_fits(ws, m, after, verb).then_some(verb)
}

/// Whether `ws[verb]` (after the auxiliaries from `after`) reads as the finite verb of subject
/// `m`, its own and not a passive's or a noun's.
fn verb_fits(ws: &[Word], m: &Mention, after: usize, verb: usize) -> bool {
    let progressive = verb > after && ws[verb].lower.ends_with("ing");
    // "If Russia is ...", "Among the ...": the name is not the main verb's subject.
    let subordinate = ws[..verb].iter().any(|w| is_in(&SUBORDINATORS, &w.lower));
    // "Sweets-inspired names are ...", "Government guidelines say": a noun ending in "-s"
    // before the real verb.
    let noun_before_verb = ws.get(verb + 1).is_some_and(|w| {
        is_in(&["is", "are", "was", "were", "have", "has"], &w.lower)
            || looks_finite(w)
            || VERBS.contains_key(w.lower.as_str())
    });
    // "Doubts were raised", "Twelve people were killed": the subject is not who spoke.
    let passive = ws[after..verb].iter().any(|w| is_in(&PASSIVE_BE, &w.lower)) && !progressive;
    // "The FBI made a “mistake” ..., Comey has said", "was asked by X whether": a credit later
    // in the sentence gives the words to someone else.
    let other_credit = (verb..ws.len()).any(|k| {
        let by = ws.get(k + 1).is_some_and(|w| w.lower == "by");
        let after_comma = ws[k.saturating_sub(3)..k]
            .iter()
            .any(|w| w.trailing == Some(','));
        VERBS.contains_key(ws[k].lower.as_str()) && (by || (after_comma && k > verb))
    });
    (looks_finite(&ws[verb]) || progressive)
        && !subordinate
        && !noun_before_verb
        && !passive
        && !other_credit
        && plain_subject(m)
}

/// "Trump, who has a commanding lead, mocked Rubio for “having a tough night”", "Bush, however,
/// interjected by hitting Trump for ...": a verb right after a comma, whose subject (read past
/// the relative clause or adverb by `subject_before`) opens the sentence.
fn subject_across_commas(ws: &[Word], limit: usize) -> Option<(Mention, usize)> {
    let verb = (2..limit).find(|&k| ws[k - 1].trailing == Some(',') && looks_finite(&ws[k]))?;
    let m = subject_before(ws, verb)?;
    // The subject is the sentence's first words, and a comma follows it.
    let last = ws.iter().rposition(|w| w.span.end <= m.span.end)?;
    let opens = ws[0].span.start == m.span.start && ws[last].trailing == Some(',');
    (opens && verb_fits(ws, &m, verb, verb)).then_some((m, verb))
}

/// Words ending like a verb that are none: "his", "always", "news".
static NOT_VERBS: WordList = word_list!("not_verbs.txt");

/// "If", "after", "although": a clause before the sentence's own subject.
pub(super) static SUBORDINATORS: WordList = word_list!("subordinators.txt");

/// A finite verb as news writes it, judged by its form alone: "credited", "rails", "began".
pub(super) fn looks_finite(w: &Word) -> bool {
    let word = w.text.as_str();
    let lower = word.starts_with(char::is_lowercase) && word.chars().all(char::is_alphabetic);
    let third_person = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("'s");
    lower
        && w.trailing.is_none()
        && !is_in(&NOT_VERBS, &w.lower)
        && (word.ends_with("ed")
            || third_person
            || is_in(&crate::claims::lexicon::IRREGULAR_PAST, &w.lower))
}

/// `looks_finite`, whatever punctuation the word carries: "Kasich resisted:", "“...,” Reyes
/// quipped.".
pub(super) fn looks_finite_before_punctuation(w: &Word) -> bool {
    let mut bare = w.clone();
    bare.trailing = None;
    looks_finite(&bare)
}

/// A subject that names someone: a person, an organisation, a title, a group, or a pronoun for
/// one, with no verb swallowed into it ("Sanders credited Clinton's" is no name).
fn plain_subject(m: &Mention) -> bool {
    use crate::claims::mentions::MentionKind::*;
    let named = match &m.kind {
        Pronoun(_, w) => w != "it",
        Anonymous(desc) => desc.split(' ').count() <= 4,
        _ => true,
    };
    let swallowed = m.surface.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        is_in(&AUXILIARIES, &w)
            || is_in(&crate::claims::lexicon::IRREGULAR_PAST, &w)
            || VERBS.contains_key(w.as_str())
    });
    let dangling = m.surface.rsplit(' ').next().is_some_and(|w| {
        // A noun phrase never ends in a possessive: "Hollande denounced Trump's" remarks.
        is_in(&["and", "or", "it"], &w.to_lowercase()) || w.ends_with("'s") || w.ends_with("’s")
    });
    named && !swallowed && !dangling && !is_relative_pronoun(m)
}

/// “Choose Life”, “Planet of the Apes”: every word of four letters or more capitalised.
pub(super) fn is_title(quoted: &str) -> bool {
    // Titles keep short joining words in lower case: “Flip the Script with Liz Plank”.
    let joining = |w: &str| {
        is_in(
            &["with", "from", "into", "over", "upon", "about", "than"],
            w,
        )
    };
    let long: Vec<&str> = quoted
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !joining(w))
        .collect();
    !long.is_empty()
        && long.len() <= 6
        && long.iter().all(|w| {
            w.trim_start_matches(|c: char| !c.is_alphabetic())
                .starts_with(char::is_uppercase)
        })
}

/// "later", "also", "repeatedly": a word that may stand between a subject's "and" and its verb.
pub(super) fn is_adverb(word: &str) -> bool {
    word.ends_with("ly")
        || is_in(
            &[
                "later", "then", "also", "again", "still", "now", "already", "even",
            ],
            word,
        )
}

/// "who", or "who's" with its auxiliary inside ("Graham, who's called for more troops").
fn is_who(lower: &str) -> bool {
    is_in(&["who", "who's", "who’s"], lower)
}

/// The index of "who" right before the verb at `v` and its auxiliaries ("who has long said").
fn who_before(ws: &[Word], v: usize) -> Option<usize> {
    let mut k = v;
    while k > 0 && is_in(&AUXILIARIES, &ws[k - 1].lower) {
        k -= 1;
    }
    k.checked_sub(1).filter(|&k| is_who(&ws[k].lower))
}

/// Where a relative clause after the sentence's subject ends: the comma before the subject's
/// own verb ("Mr. Trump, who said ..., issued a statement"), between `from` and `to`.
fn main_verb_resumes(ws: &[Word], from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&i| {
        ws[i].trailing == Some(',')
            && ws
                .get(i + 1)
                .is_some_and(|w| looks_finite(w) || is_in(&AUXILIARIES, &w.lower))
    })
}

/// "Ted Cruz, who said he would only use waterboarding sparingly, ...", "said Borges, who
/// predicted about one-third of the vote will be cast early": a relative clause of speech is a
/// claim of the name before its comma, besides whatever the sentence's own verb reports. The
/// clause runs to the comma before the sentence's next cue ("Barkley, who said he votes
/// Democratic, said ...") or to the sentence's end. `None` when `taken` (the sentence's other
/// claims) already covers it.
pub(super) fn relative_speech(
    text: &str,
    sent: Span,
    ws: &[Word],
    taken: &[Span],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    subject_relative_speech(text, sent, ws, taken, reg, scope)
        .or_else(|| gap_relative_speech(text, ws, taken, reg, scope))
}

/// "Noting that both Reagan and Trump battled the media, Schlafly put her finger on ...",
/// "Promising that his writings would look closer at Libya, Bolton said ...": a sentence that
/// opens with a speech participle and its "that" clause. The clause, up to the comma where the
/// main clause opens with its subject and verb, is a claim of that subject. `None` when `taken`
/// (the sentence's other claims) already covers it.
pub(super) fn opening_participle(
    text: &str,
    ws: &[Word],
    taken: &[Span],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // "While saying that he respects her, Sanders ...": a conjunction of time may come first.
    let p = usize::from(
        ws.len() > 1
            && is_in(&OPENING_PARTICIPLE_CONJUNCTIONS, &ws[0].lower)
            && ws[0].trailing.is_none(),
    );
    if ws.len() < 8 + p
        || !is_cap(&ws[0])
        || !is_in(&SPEECH_PARTICIPLES, &ws[p].lower)
        || ws[p + 1].lower != "that"
        || ws[..p + 2].iter().any(|w| w.trailing.is_some())
    {
        return None;
    }
    // The main clause may open with a sentence adverb: "..., though, Allen did suggest".
    let main_at = |c: usize| {
        let adverb = ws[c + 1].trailing == Some(',')
            && is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &ws[c + 1].lower);
        let m = c + 1 + usize::from(adverb);
        (m + 2 < ws.len() && opens_main_clause(&ws[m..])).then_some(m)
    };
    let (comma, main) = (p + 4..ws.len().saturating_sub(3))
        .filter(|&c| ws[c].trailing == Some(','))
        .find_map(|c| main_at(c).map(|m| (c, m)))?;
    let m = super::subject::subject_with_verb(&ws[main..])?;
    let content = trim_clause(text, Span::new(ws[p + 2].span.start, ws[comma].span.end));
    if taken.iter().any(|t| t.overlaps(content)) {
        return None;
    }
    let sp = reg.resolve(&m, scope)?;
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// Conjunctions of time before an opening speech participle: "While saying that ..., X".
const OPENING_PARTICIPLE_CONJUNCTIONS: [&str; 4] = ["while", "after", "before", "since"];

/// Modals and auxiliaries that can open the rest of a relative clause after "he said".
const CLAUSE_AUXILIARIES: [&str; 18] = [
    "would", "could", "will", "can", "should", "might", "may", "must", "was", "were", "is", "are",
    "had", "has", "have", "did", "does", "do",
];

/// "spending is sinking to 1.08 percent, which he said would be its lowest ever", "a dynamic
/// Greenberg said could drive moderates toward Democrats", "a decision they say allowed
/// terror to spread": a relative clause whose own subject is in the speaker's words. The
/// speech verb is followed at once by the clause's verb; the claim is that verb's clause, to
/// the next comma or the sentence end.
fn gap_relative_speech(
    text: &str,
    ws: &[Word],
    taken: &[Span],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // "he said he didn't support": a negated auxiliary too.
    let auxiliary = |w: &Word| {
        let base = w
            .lower
            .strip_suffix("n't")
            .or_else(|| w.lower.strip_suffix("n’t"))
            .map(|b| match b {
                "wo" => "will",
                "ca" => "can",
                b => b,
            })
            .unwrap_or(&w.lower);
        is_in(&CLAUSE_AUXILIARIES, base)
    };
    let v = (2..ws.len().saturating_sub(2)).find(|&v| {
        let next = &ws[v + 1];
        (is_in(&["said", "say", "says"], &ws[v].lower)
            || (is_speech(&ws[v])
                && !is_in(&QUOTE_ONLY_VERBS, &ws[v].lower)
                // "leader Harry Reid told reporters in Washington": after "told" comes who
                // was told ("reporters" only looks like a verb), not the clause's verb.
                && !is_in(&AUDIENCE_VERBS, &ws[v].lower)))
            && ws[v].trailing.is_none()
            && ws[v - 1].trailing.is_none()
            && (auxiliary(next)
                || looks_finite(next)
                // "in which a majority of Americans say they do not trust her": a clause with
                // a subject of its own.
                || (is_in(&["he", "she", "they", "we", "it"], &next.lower)
                    && ws
                        .get(v + 2)
                        .is_some_and(|w| auxiliary(w) || looks_finite(w))))
    })?;
    // The subject: a pronoun, or a name of up to four words, after a relative word or a noun.
    let m = (v.saturating_sub(4).max(1)..v).find_map(|k| {
        let before = &ws[k - 1];
        let opens = is_in(&["which", "who", "whom", "that", "than"], &before.lower)
            || (before.trailing.is_none()
                && before.text.starts_with(char::is_lowercase)
                && !is_in(&crate::claims::mentions::PREPOSITIONS, &before.lower)
                && !is_in(&AUXILIARIES, &before.lower)
                && !looks_finite(before));
        // Not "they" or "we": who a plural pronoun means is seldom the last person named.
        let relative = |w: &Word| is_in(&["which", "who", "whom", "that", "than"], &w.lower);
        if !opens
            || ws[k..v].iter().any(|w| w.trailing.is_some() || relative(w))
            || is_in(&["they", "we", "you"], &ws[k].lower)
        {
            return None;
        }
        parse(&ws[k..v])
            .or_else(|| super::subject::counted_group(&ws[k..v]))
            // "laws that appeals courts said discriminated", "that some say target Muslims":
            // a plain noun phrase, as the verb's subject reader takes it.
            .or_else(|| subject_before(ws, v))
            .filter(|m| !is_relative_pronoun(m) && m.span.start == ws[k].span.start)
    })?;
    let m = bound_pronoun(ws, &m).unwrap_or(m);
    let end = (v + 1..ws.len())
        .find(|&k| ws[k].trailing.is_some_and(|c| c != '\''))
        .unwrap_or(ws.len() - 1);
    if end < v + 3 {
        return None;
    }
    let content = trim_clause(text, Span::new(ws[v + 1].span.start, ws[end].span.end));
    if taken.iter().any(|s| s.overlaps(content)) {
        return None;
    }
    let sp = resolve_or_unknown(reg, &m, scope);
    scope.spoke(sp);
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

fn subject_relative_speech(
    text: &str,
    sent: Span,
    ws: &[Word],
    taken: &[Span],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // "Trump, who said", or between dashes: "Trump - who previously said ... - said", or
    // restrictive: "residents who say the toll is a burden".
    let restrictive = |i: usize| ws[i - 1].trailing.is_none() && !ws[i].aside;
    let opens_relative = |i: usize| {
        ws[i - 1].trailing == Some(',') || (ws[i].aside && !ws[i - 1].aside) || restrictive(i)
    };
    let (who, v) = (1..ws.len().saturating_sub(4))
        .filter(|&i| is_who(&ws[i].lower) && opens_relative(i))
        .find_map(|who| Some((who, relative_cue(ws, who)?)))?;
    // The name right before the comma: "Trump was out-brutalizing Ted Cruz, who said".
    let t = if ws[who].aside || restrictive(who) {
        (0..who)
            .rev()
            .take_while(|&k| !ends_phrase(&ws[k]) && !ws[k].aside)
            .last()?
    } else {
        phrase_before_comma(ws, who)?
    };
    let mut t = t.max(who.saturating_sub(8));
    // A restrictive clause's noun phrase starts after the last preposition or verb: "asked
    // Ms. Park about several residents who said": several residents.
    if restrictive(who) {
        // The word right before "who" is the noun it follows, though a plural looks like a
        // verb ("critics who say").
        if let Some(k) = (t..who.saturating_sub(1)).rev().find(|&k| {
            is_in(&crate::claims::mentions::PREPOSITIONS, &ws[k].lower)
                || looks_finite(&ws[k])
                || is_speech(&ws[k])
        }) {
            t = k + 1;
        }
    }
    // The longest phrase that names someone: "Ted Cruz" of "out-brutalizing Ted Cruz", and
    // "one former city engineer" of "said one former city engineer, who said". A phrase
    // that opens in lower case only when it is a description, not a restrictive one's object
    // ("ammunition to Republicans who say": Republicans), unless it is that whole object and
    // names a group ("rebuked critics who say": critics).
    let object_group = |k: usize| {
        restrictive(who)
            && k == t
            && t > 0
            && !is_in(&crate::claims::mentions::PREPOSITIONS, &ws[k].lower)
    };
    let m = (t..who)
        .filter(|&k| {
            ws[k].text.starts_with(char::is_uppercase)
                || (!restrictive(who)
                    && !is_speech(&ws[k])
                    && !is_in(&crate::claims::mentions::PREPOSITIONS, &ws[k].lower))
                || object_group(k)
        })
        .find_map(|k| {
            parse(&ws[k..who]).filter(|m| {
                !object_group(k)
                    || matches!(m.kind, crate::claims::mentions::MentionKind::Anonymous(_))
            })
        })
        .filter(|m| !is_relative_pronoun(m))
        // "Voters who said they cared most about the bridge backed the mayor": a restrictive
        // clause inside the subject ends where no comma shows; only one after the object is
        // read, which runs to the sentence end.
        .filter(|m| !(restrictive(who) && m.span.start == ws[0].span.start))?;
    // "spoke to a doctor in Kobani, who told him": the place only says where the described
    // person is; the description before it is who spoke.
    let place = |k: usize| {
        is_in(
            &["in", "inside", "at", "from", "near", "outside"],
            &ws[k].lower,
        )
    };
    let prep = ws
        .iter()
        .position(|w| w.span.start == m.span.start)
        .and_then(|k| {
            if place(k) {
                Some(k)
            } else {
                (k > 0 && place(k - 1)).then(|| k - 1)
            }
        })
        .filter(|&p| p > t && !restrictive(who));
    let m = match prep {
        Some(p) => (t..p)
            .find(|&j| is_in(&["a", "an", "one", "the"], &ws[j].lower))
            .and_then(|j| description(&ws[j..p]))
            .unwrap_or(m),
        None => m,
    };
    // "said Paul Brandt, a doctor from Englewood, who said": a description between commas
    // describes the person named before it, whatever name it holds.
    let description = is_in(&["a", "an", "the"], &ws[t].lower);
    let m = if restrictive(who) {
        m
    } else if description {
        person_before_comma(ws, t).unwrap_or_else(|| name_before_appositive(ws, m))
    } else {
        name_before_appositive(ws, m)
    };
    let mut c = v + 1;
    match clause_that(ws, v, 7) {
        Some(t) => c = t + 1,
        None => c += when_words(&ws[c..]),
    }
    // "who told him all victims were civilians": past whom it was told.
    if is_in(&["told", "tells", "tell"], &ws[v].lower)
        && c == v + 1
        && ws
            .get(c)
            .is_some_and(|w| is_in(&["him", "her", "them", "me", "us", "reporters"], &w.lower))
    {
        c += 1;
    }
    let next_cue = (c..ws.len()).find(|&i| !ws[i].aside && cue_at(ws, i).is_some());
    let mut end = match next_cue {
        // Between dashes the clause ends with the aside.
        _ if ws[who].aside => (who..ws.len()).take_while(|&i| ws[i].aside).last()?,
        // "who notes that the company has vowed to cut costs": a cue with no comma before it
        // is inside the clause.
        Some(n) => (c..n)
            .rev()
            .find(|&i| ws[i].trailing == Some(','))
            .unwrap_or(ws.len() - 1),
        None => ws.len() - 1,
    };
    // "Mr. Trump, who said last week that the judge was biased, issued a statement": when the
    // name opens the sentence, its own verb after a comma ends the clause.
    if m.span.start == ws[0].span.start {
        end = main_verb_resumes(ws, c, end).unwrap_or(end);
    }
    if end < c + 2 {
        return None;
    }
    let content = trim_clause(
        text,
        Span::new(ws[c].span.start, ws[end].span.end.min(sent.end)),
    );
    if taken.iter().any(|s| s.overlaps(content)) {
        return None;
    }
    let sp = resolve_or_unknown(reg, &m, scope);
    scope.spoke(sp);
    let kind = match cue_at(ws, v) {
        Some(Cue::Speech) => ClaimKind::Reported,
        _ => ClaimKind::Denial,
    };
    Some(Draft::new(sp, kind, content, Some(m.surface)))
}

/// "Sen. Mary Cole of Riverside, the ranking Democrat on the panel, who said": when a relative
/// clause follows a description set off by commas, the person named before it is its subject.
fn name_before_appositive(ws: &[Word], m: Mention) -> Mention {
    if is_person(&m) {
        return m;
    }
    ws.iter()
        .position(|w| w.span.start == m.span.start)
        .and_then(|k| person_before_comma(ws, k))
        .unwrap_or(m)
}

/// The person the phrase before the comma that ends at word `k` names: its longest part (up to
/// eight words) that opens with a capital, not a date ("Friday by Sen. Mary Cole" is Mary Cole).
fn person_before_comma(ws: &[Word], k: usize) -> Option<Mention> {
    let n = phrase_before_comma(ws, k)?;
    (n.max(k.saturating_sub(8))..k)
        .filter(|&j| {
            ws[j].text.starts_with(char::is_uppercase)
                && !crate::claims::mentions::is_date_word(&ws[j].lower)
        })
        .find_map(|j| parse(&ws[j..k]))
        .filter(is_person)
}

/// The cue of the relative clause that `who` opens: after auxiliaries and an adverb ("who has
/// repeatedly said", "who once called"), or after an aside between commas ("who, after trading
/// insults with Mr. Hannity, said").
fn relative_cue(ws: &[Word], who: usize) -> Option<usize> {
    let from = if ws[who].trailing == Some(',') {
        (who + 2..ws.len().min(who + 14)).find(|&k| ws[k].trailing == Some(','))? + 1
    } else {
        who + 1
    };
    let v = (from..ws.len().min(from + 3)).find(|&i| cue_at(ws, i).is_some())?;
    let between_ok = ws[from..v]
        .iter()
        .all(|w| is_in(&AUXILIARIES, &w.lower) || is_adverb(&w.lower) || w.lower == "once");
    let unbroken = ws[from..v].iter().all(|w| w.trailing.is_none());
    (between_ok && unbroken && ws[v].aside == ws[who].aside).then_some(v)
}

/// "who", "which", "that" as a verb's subject: the verb of a relative clause ("Brooks, who
/// proposed the plan, told ..."), not the sentence's credit.
pub(super) fn is_relative_pronoun(m: &Mention) -> bool {
    is_in(&["who", "which", "that"], &m.surface.to_lowercase())
}

/// Who a mention means, or the article's unknown speaker when it is a pronoun with nothing
/// before it to stand for: the claim is still a claim ("She said ..." early in a text).
fn resolve_or_unknown(reg: &mut Registry, m: &Mention, scope: &mut ArticleScope) -> usize {
    reg.resolve(m, scope).unwrap_or_else(|| reg.unknown(scope))
}

/// "Finance Minister Jane Cole defended the plan, saying it would create jobs": the clause after
/// ", saying" (or ", claiming that", ", telling reporters that", ...) is a claim of the
/// sentence's subject.
pub(super) fn saying_clause(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // Also after what was issued: "Senator Smith issued a statement saying ...", "sent an email
    // saying ...".
    let issued = |k: usize| {
        ws[k - 1].trailing.is_none()
            && is_in(&["saying", "stating"], &ws[k].lower)
            && after_document(ws, k)
    };
    // ", while saying that ...", ", and later claiming ...": a conjunction or an adverb may
    // stand between the comma and the participle; "by" needs no comma.
    let after_comma = |k: usize| {
        ws[k - 1].trailing == Some(',')
            || (k >= 2
                && ws[k - 2].trailing == Some(',')
                && ws[k - 1].trailing.is_none()
                && (is_in(
                    &[
                        "while", "and", "but", "before", "after", "also", "even", "then",
                    ],
                    &ws[k - 1].lower,
                ) || is_adverb(&ws[k - 1].lower)))
            // "Bolton distanced himself from the movement by saying he would ...".
            || (ws[k - 1].lower == "by" && ws[k].lower != "adding")
            // "is facing skepticism after saying in a debate that ...", "before explaining
            // why she stands behind Clinton": a preposition of time needs no comma either.
            || (is_in(&["after", "before", "while", "since", "without"], &ws[k - 1].lower)
                && ws[k].lower != "adding")
            // "..., describing the son as a hero but insisting that ...": the second of two
            // participles that hang on the same comma.
            || (k >= 3
                && is_in(&["and", "but"], &ws[k - 1].lower)
                && (1..k - 1).any(|j| {
                    ws[j].lower.ends_with("ing")
                        && ws[j].text.starts_with(char::is_lowercase)
                        && ws[j - 1].trailing == Some(',')
                }))
    };
    // ", substantially adding to his lead": "adding to" adds no words.
    let adds_to =
        |k: usize| ws[k].lower == "adding" && ws.get(k + 1).is_some_and(|w| w.lower == "to");
    // "left 62 percent of voters saying race relations are growing worse": a counted share of
    // a group right before the participle, no comma between, is who says it.
    let counted_subject = |k: usize| {
        (k.saturating_sub(8)..k.saturating_sub(1))
            .filter(|&j| ws[j..k].iter().all(|w| w.trailing.is_none()))
            .find_map(|j| {
                super::subject::counted_group(&ws[j..k])
                    .filter(|m| m.span.start == ws[j].span.start)
            })
            // A group, named last and in the plural: not "two years ago by", "one last week".
            .filter(|_| {
                let last = &ws[k - 1].lower;
                last.ends_with('s')
                    && !is_in(&crate::claims::mentions::PREPOSITIONS, last)
                    && !last.ends_with("ss")
            })
    };
    // ", asking Reyes to share his views", ", asking him why ...": a request or a question.
    let asking = |k: usize| ws[k].lower == "asking" && asked_at(ws, k).is_some();
    let k = (1..ws.len().saturating_sub(3)).find(|&k| {
        (is_in(&SPEECH_PARTICIPLES, &ws[k].lower) || asking(k))
            && !names_a_thing(ws, k)
            && (after_comma(k)
                || issued(k)
                || super::subject::with_subject(ws, k).is_some()
                || counted_subject(k).is_some())
            && !adds_to(k)
    })?;
    let mut c = k + 1;
    let mut form = None;
    match asked_at(ws, k).filter(|_| ws[k].lower == "asking") {
        Some(Ask::Question(q)) => (c, form) = (q, Some("question")),
        Some(Ask::Request(r)) => (c, form) = (r, Some("request")),
        None => {}
    }
    if is_in(&AUDIENCE_PARTICIPLES, &ws[k].lower) {
        // ", telling reporters that ...": the clause starts after the audience's "that".
        // Without one, "telling MSNBC his involvement would depend ...": after the audience, a
        // word or a capitalised name.
        match ws[c..ws.len().min(c + 5)]
            .iter()
            .position(|w| w.lower == "that")
        {
            Some(t) => c += t,
            None => {
                c += usize::from(ws.get(c).is_some_and(|w| is_in(&["the", "a"], &w.lower)));
                let named = ws[c..]
                    .iter()
                    .take_while(|w| w.text.starts_with(char::is_uppercase) && w.trailing.is_none())
                    .count();
                c += named.max(1);
                // "telling reporters on Thursday he viewed ...": when it was said comes first.
                c += when_words(&ws[c..]);
                // The clause must start with its own subject: "telling him to leave" is none.
                let subject = ws.get(c).is_some_and(|w| {
                    is_pronoun(&w.lower)
                        || is_in(&["the", "a", "an", "his", "her", "their", "its"], &w.lower)
                        || w.text.starts_with(char::is_uppercase)
                });
                if !subject {
                    return None;
                }
            }
        }
    }
    if ws.get(c).is_some_and(|w| w.lower == "that") {
        c += 1;
    } else if c == k + 1 {
        // "saying in a recent debate that ...": when or where it was said, then the clause.
        if let Some(t) = clause_that(ws, k, 7) {
            c = t + 1;
        }
    }
    // The subject of the clause the participle hangs on, also after an opening phrase: "At a
    // campaign event in Ames on Sunday, Mrs. Clinton tried to expand on it, saying that ...".
    let m = super::subject::with_subject(ws, k)
        .or_else(|| counted_subject(k))
        .or_else(|| clause_subject(ws, k))?;
    let sp = resolve_or_unknown(reg, &m, scope);
    if form.is_none() {
        scope.spoke(sp);
    }
    let content = trim_clause(text, Span::new(ws.get(c)?.span.start, sent.end));
    let draft = Draft::new(sp, ClaimKind::Reported, content, Some(m.surface));
    Some(match form {
        Some(form) => draft.form(form),
        None => draft,
    })
}

/// The "that" that opens the clause of the verb at `v`: the first "that" within `window` words
/// after it, when what stands between is one of `that_opens_the_clause`'s gaps.
pub(super) fn clause_that(ws: &[Word], v: usize, window: usize) -> Option<usize> {
    let c = v + 1;
    // "said on Friday, in a statement to reporters, that ...": a longer setting, when commas
    // set it off.
    let reach = window.max(11);
    let t = c + ws
        .get(c..ws.len().min(c + reach))?
        .iter()
        .position(|w| w.lower == "that")?;
    let set_off = t > c && ws[t - 1].trailing == Some(',');
    (t < c + window || set_off)
        .then_some(t)
        .filter(|&t| that_opens_the_clause(&ws[v], &ws[c..t]))
}

/// Whether a "that" after the verb opens the reported clause, given the words in between:
/// nothing ("said that"), an audience after a verb that takes one ("told reporters that"), or
/// a time, place or manner ("said on Monday that", "said in a statement that", "said again
/// that"). Otherwise the "that" belongs inside the clause ("said the figures included deaths
/// that had not been confirmed").
pub(super) fn that_opens_the_clause(verb: &Word, gap: &[Word]) -> bool {
    match gap.first() {
        None => true,
        Some(_) if is_in(&AUDIENCE_VERBS, &verb.lower) => gap.len() <= 10,
        Some(w) => is_in(&GAP_OPENERS, &w.lower) || (w.lower.ends_with("ly") && gap.len() == 1),
    }
}

/// Whether a denial's object points back at an earlier claim: "that claim", "this account",
/// "those figures".
pub(super) fn points_back(object: &str) -> bool {
    static NOUNS: WordList = word_list!("back_reference_nouns.txt");
    let mut words = object.split_whitespace().map(|w| bare(w).to_lowercase());
    let (Some(det), Some(noun)) = (words.next(), words.next()) else {
        return false;
    };
    is_in(&["that", "this", "these", "those"], &det)
        && (is_in(&DENIED_OBJECTS, &noun) || is_in(&NOUNS, &noun))
}

/// Number of words of a "when" phrase at the start of `ws`: "on Wednesday", "yesterday",
/// "late on Friday", "last week".
pub(super) fn when_words(ws: &[Word]) -> usize {
    let lower = |i: usize| ws.get(i).map_or("", |w| w.lower.trim_end_matches(','));
    match lower(0) {
        "yesterday" | "today" | "tonight" | "earlier" | "later" => 1,
        "on" if is_in(&WEEKDAYS, lower(1)) => 2,
        "late" | "early" if lower(1) == "on" && is_in(&WEEKDAYS, lower(2)) => 3,
        "last" | "this"
            if matches!(lower(1), "week" | "month" | "year") || is_in(&WEEKDAYS, lower(1)) =>
        {
            2
        }
        // "the next day", "the following morning", "that night".
        "the" if matches!(lower(1), "next" | "following") && is_day_part(lower(2)) => 3,
        "that" if is_day_part(lower(1)) => 2,
        // "a few years earlier", "two weeks ago", "days later".
        _ => (1..4)
            .find(|&i| {
                matches!(lower(i), "ago" | "earlier" | "later")
                    && is_in(&crate::claims::lexicon::TIME_UNITS, lower(i - 1))
            })
            .map_or(0, |i| i + 1),
    }
}

/// A part of a day or a longer stretch that "the next" or "that" can count from.
pub(super) fn is_day_part(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "week"
            | "weekend"
            | "month"
            | "year"
    )
}

/// "A leaked memo showed the plan, opposition leader Grace Mwangi said." The attribution is
/// the last comma-separated part of the sentence and holds only a speaker and a speech verb,
/// or the last two parts when the speaker has an appositive: "..., said Maria Lopez, Riverside's
/// chief executive." / "..., Maria Lopez, Riverside's chief executive, said."
pub(super) fn trailing_attribution(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    // Words before the credit that only set the scene are no claim; the next pattern reads the
    // sentence ("Weighing in on the discussion, Huckabee agreed, praising ...").
    let d = trailing_attribution_in(text, sent, ws, reg, scope).or_else(|| {
        // "CLAUSE, Karl Weber said Tuesday in Paris, noting ...", "CLAUSE, Reyes told his
        // advisers as he labored over ...": a participle or a subordinate clause after the
        // credit is no part of it (a speech participle is a claim of its own, see
        // `participle_after_credit`).
        let first_comma = ws.iter().position(|w| w.trailing == Some(','))?;
        let cut = (first_comma + 3..ws.len()).find(|&k| {
            let w = &ws[k];
            let lower = w.text.starts_with(char::is_lowercase);
            let participle = ws[k - 1].trailing == Some(',') && lower && w.lower.ends_with("ing");
            let subordinate = ws[k - 1].trailing.is_none()
                && is_in(
                    &["as", "while", "after", "before", "when", "because"],
                    &w.lower,
                );
            // The credit after the last comma opens with its subject: "Karl Weber said", "he
            // told", not ", and most recently defended ... before".
            // (Before the comma that a participle hangs on.)
            let Some(credit) = (0..k - usize::from(participle))
                .rev()
                .find(|&c| ws[c].trailing == Some(','))
                .map(|c| c + 1)
            else {
                return false;
            };
            let subject_first = ws[credit].text.starts_with(char::is_uppercase)
                || is_in(&["he", "she", "they", "the"], &ws[credit].lower);
            // "he vowed to ban ... as a response": an infinitive or a clause after the verb is
            // what was said, not a credit.
            let verb = (credit..k).find(|&v| is_speech(&ws[v]));
            let bare = verb.is_some_and(|v| {
                ws.get(v + 1)
                    .is_none_or(|w| !is_in(&["to", "that"], &w.lower))
            });
            (participle || subordinate) && subject_first && k - credit <= 10 && bare
        })?;
        // The comma before the participle ends the sentence here.
        let mut head = ws[..cut].to_vec();
        if let Some(w) = head.last_mut() {
            w.trailing = None;
        }
        trailing_attribution_in(text, sent, &head, reg, scope)
    });
    let d = d.filter(|d| !only_a_setting(text, ws, d))?;
    // "Olukolade said the release was still under negotiation, the Associated Press reported":
    // a news outlet credits a clause with a speaker and a speech verb of its own. The claim is
    // that speaker's; the outlet only reported it.
    let outlet = d.mention.as_deref().is_some_and(|m| {
        let mw = words(m, Span::new(0, m.len()));
        crate::claims::mentions::names_an_outlet(&mw)
            || mw.iter().any(|w| is_in(&NEWS_CREDIT_WORDS, &w.lower))
    });
    if !outlet {
        return Some(d);
    }
    let clause: Vec<Word> = ws
        .iter()
        .filter(|w| w.span.end <= d.span.end)
        .cloned()
        .collect();
    let inner = speech_verb_clause(text, Span::new(sent.start, d.span.end), &clause, reg, scope);
    Some(inner.filter(|i| i.speaker != d.speaker).unwrap_or(d))
}

/// Words that make a trailing credit a news outlet's (see the data file).
static NEWS_CREDIT_WORDS: WordList = word_list!("news_credit_words.txt");

fn trailing_attribution_in(
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
    let simple = match (commas.as_slice(), tail) {
        ([], _) => return None,
        (&[c0, ..], Some(m)) => Some((c0, m)),
        // said Maria Lopez, Riverside's chief executive.
        (&[c0, c1, ..], None) if is_speech(&ws[c1 + 1]) && is_title_tail(&ws[c0 + 1..]) => {
            parse(&ws[c1 + 2..=c0]).filter(is_person).map(|m| (c1, m))
        }
        // Maria Lopez, Riverside's chief executive, said. Or "proclaimed to a cheering crowd
        // at the convention on Tuesday.": a phrase opened by a preposition after the verb.
        (&[c0, c1, c2], None)
            if (ws.len() == c0 + 2
                || (ws.len() <= c0 + 14
                    && ws
                        .get(c0 + 2)
                        .is_some_and(|w| is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower))
                    // No clause of its own: no "that", subject pronoun or second speech verb.
                    && ws[c0 + 2..].iter().all(|w| {
                        !is_speech(w) && !is_in(&["that", "he", "she", "they"], &w.lower)
                    })))
                && is_speech(&ws[c0 + 1])
                && is_title_tail(&ws[c1 + 1..=c0]) =>
        {
            parse(&ws[c2 + 1..=c1]).filter(is_person).map(|m| (c2, m))
        }
        // his campaign manager, Jeff Weaver, told the Associated Press.
        (&[c0, c1, c2], None)
            if ws
                .get(c0 + 1)
                .is_some_and(|w| is_in(&AUDIENCE_VERBS, &w.lower))
                && ws.len() <= c0 + 6
                && is_title_tail(&ws[c1 + 1..=c0])
                && is_title_tail(&ws[c2 + 1..=c1]) =>
        {
            parse(&ws[c1 + 1..=c0])
                .filter(is_person)
                .or_else(|| parse(&ws[c2 + 1..=c1]).filter(is_person))
                .map(|m| (c2, m))
        }
        _ => None,
    };
    // A form above that names no person ("said the company's chief executive, Tom Reyes.":
    // a description, then the name) is read by the longer patterns.
    let (content_end, m) = match simple
        .or_else(|| inverted_credit(ws))
        .or_else(|| named_then_described_credit(ws))
    {
        Some(found) => found,
        None => return credit_between_commas(text, sent, ws, reg, scope),
    };
    if content_end < 3 {
        return None;
    }
    // "As Park lectured the council about taxes, Weber responded": a subordinate clause alone
    // is no claim ("If we lose, we lose, he said" has its main clause).
    let opener = ws
        .iter()
        .position(|w| !is_in(&["and", "but", "so"], &w.lower))?;
    if is_in(&SUBORDINATE_OPENERS, &ws[opener].lower)
        && ws[opener..content_end].iter().all(|w| w.trailing.is_none())
    {
        return None;
    }
    let sp = resolve_or_unknown(reg, &m, scope);
    scope.spoke(sp);
    let content = trim_clause(text, Span::new(sent.start, ws[content_end].span.end));
    Some(Draft::new(
        sp,
        ClaimKind::Reported,
        content,
        Some(m.surface),
    ))
}

/// "CLAUSE, Mary Cole, assistant secretary for population, refugees, and migration, said on
/// the call.": a name, then a description with commas of its own, then only the verb and what
/// dates or places it. Returns the index of the clause's last word and the speaker.
fn named_then_described_credit(ws: &[Word]) -> Option<(usize, Mention)> {
    let commas: Vec<usize> = (0..ws.len())
        .filter(|&i| ws[i].trailing == Some(','))
        .collect();
    let &last = commas.last()?;
    let verb = ws.get(last + 1)?;
    let dated = &ws[last + 2..];
    let only_when = dated.is_empty()
        || is_in(&GAP_OPENERS, &dated[0].lower)
        || when_words(dated) == dated.len();
    if !(is_speech(verb) && verb.text.starts_with(char::is_lowercase) && only_when)
        || dated.len() > 5
    {
        return None;
    }
    // The name opens a comma part and ends with the next comma; what follows it up to the verb
    // describes it.
    commas.windows(2).rev().skip(1).take(5).find_map(|pair| {
        let (c, next) = (pair[0], pair[1]);
        let described = &ws[next + 1..=last];
        let m = parse(&ws[c + 1..=next]).filter(is_person)?;
        (c >= 3
            && described.len() <= 14
            && described
                .iter()
                .all(|w| !is_speech(w) && !is_denial(w) && w.lower != "that"))
        .then_some((c, m))
    })
}

/// "CLAUSE, said former Riverside mayor Tom Reyes, who serves as chairman ..." and
/// "CLAUSE, said a former spokesman for the ministry, Karl Weber, who worked with him.":
/// the verb right after the clause's comma, then who spoke, then only what describes them (a
/// relative clause, an appositive). A name in apposition to a description is the speaker.
/// Returns the index of the clause's last word and the speaker.
fn inverted_credit(ws: &[Word]) -> Option<(usize, Mention)> {
    let c = (3..ws.len().saturating_sub(2)).find(|&c| {
        ws[c].trailing == Some(',')
            && is_speech(&ws[c + 1])
            && !is_in(&AUDIENCE_VERBS, &ws[c + 1].lower)
            && !ws[c + 1].text.starts_with(char::is_uppercase)
            // "..., says that Walker ...": a clause, not who spoke.
            && !is_in(&NP_STOPS, &ws[c + 2].lower)
    })?;
    // The segment from the verb to the next comma (or the sentence end).
    let segment_end = |from: usize| {
        (from..ws.len())
            .find(|&k| {
                ws[k]
                    .trailing
                    .is_some_and(|t| t != '.' || k + 1 == ws.len())
            })
            .unwrap_or(ws.len() - 1)
    };
    let end = segment_end(c + 1);
    let mut m = tail_speaker(&ws[c + 1..=end])?;
    let mut next = end + 1;
    // "..., Karl Weber, who ...": the name after a description.
    if next < ws.len() && !is_person(&m) {
        let name_end = segment_end(next);
        if let Some(person) = parse(&ws[next..=name_end]).filter(is_person) {
            m = person;
            next = name_end + 1;
        }
    }
    // Only a description of the speaker may follow: "who serves as ...", "a professor at ...".
    // Or when and where: "..., Karl Weber, on Monday."
    let rest = ws.get(next..).unwrap_or_default();
    let dated = rest.len() <= 5
        && rest
            .first()
            .is_some_and(|w| is_in(&GAP_OPENERS, &w.lower) || when_words(rest) == rest.len());
    let described = dated
        || ws.get(next).is_none_or(|w| {
            is_in(&["who", "whose", "a", "an", "the", "one"], &w.lower)
                && ws[next - 1].trailing == Some(',')
        });
    described.then_some((c, m))
}

/// A credit set off by commas inside the sentence rather than ending it:
/// - followed by who the speaker is: "CLAUSE, said David Autor, a professor of economics at
///   M.I.T., who ..." / "CLAUSE, say some Democrats, who cringe ...";
/// - or a parenthetical after a short opener: "Many days, former employees said, she would ...".
///
/// The claim is the clause on the other side of the credit.
fn credit_between_commas(
    text: &str,
    sent: Span,
    ws: &[Word],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<Draft> {
    let (content, split, m) = (0..ws.len())
        .filter(|&c| ws[c].trailing == Some(','))
        .find_map(|c| {
            let rest = &ws[c + 1..];
            // The credit runs to the next punctuation: a comma, with more sentence after it.
            let seg_len = rest.iter().position(|w| w.trailing.is_some())? + 1;
            let (seg, after) = rest.split_at(seg_len);
            if seg[seg_len - 1].trailing != Some(',') || after.len() < 2 {
                return None;
            }
            // Only the credit itself: "X said" / "said X", nothing after the verb or the name.
            let v = seg.iter().position(is_speech)?;
            let bare = if v == 0 {
                // "said David Autor," / "said one longtime friend," / "say experts like Paul
                // Bauman," but not "said on CNN,".
                seg.len() <= 7
                    && seg.get(1).is_some_and(|w| {
                        w.text.starts_with(char::is_uppercase)
                            || is_in(
                                &["a", "an", "the", "one", "some", "several", "many"],
                                &w.lower,
                            )
                            || is_in(&crate::claims::mentions::GROUP_HEADS, &w.lower)
                    })
            } else {
                v + 1 == seg.len() && v <= 5
            };
            if !bare {
                return None;
            }
            let m = tail_speaker(seg)?;
            let describes_speaker =
                is_in(&["who", "a", "an", "the", "one", "whose"], &after[0].lower)
                    || after[0].text.starts_with(char::is_lowercase);
            let appositive = is_in(&["who", "whose", "a", "an"], &after[0].lower);
            // "Sales were great, he said, wiping sweat from his brow.": what follows says what
            // the speaker did, the claim is before the credit.
            let participle =
                after[0].lower.ends_with("ing") && after[0].text.starts_with(char::is_lowercase);
            // "The bigger risk, he said, is ...", "Many of the closures, he said, have
            // involved ...": the credit splits the subject from its verb, so the claim is the
            // whole sentence, both sides of the credit.
            let predicate =
                is_in(&PREDICATE_AUXILIARIES, &after[0].lower) || looks_finite(&after[0]);
            // "If the bill passes, he said, the state will lose money": after a subordinate
            // clause the credit stands before the main clause, and the claim is both.
            let subordinate_first = ws
                .iter()
                .find(|w| !is_in(&["and", "but", "so"], &w.lower))
                .is_some_and(|w| is_in(&SUBORDINATE_OPENERS, &w.lower))
                && ws[..c].iter().all(|w| w.trailing.is_none());
            // "To get their votes, participants said, the Democrats must ...": after "NAME
            // said," a noun phrase with a verb of its own is the main clause, not a description
            // of the speaker.
            // A short opener before the credit ("In the end, he said, the council ...") is
            // left to the branch below.
            let clause_after = c >= 3 && v > 0 && !appositive && !participle && opens_clause(after);
            // Both sides of the credit are the claim, and the credit is neither part. A comma
            // that ends a clause stays ("If the bill passes, the state ..."), one between a
            // subject and its verb does not ("The bigger risk is ...").
            let both = |clause: bool| Some((ws[c].span.end, after[0].span.start, clause));
            // "The contrast with Trump, said Jim Doyle, would be clear": the inverted credit
            // too, when an auxiliary resumes the predicate (a verb alone after "said X," may
            // begin what describes X).
            let resumes = is_in(&PREDICATE_AUXILIARIES, &after[0].lower);
            if predicate && (v > 0 || resumes) {
                Some((sent, both(false), m))
            } else if (subordinate_first && !appositive && !participle) || clause_after {
                Some((sent, both(true), m))
            } else if participle {
                Some((Span::new(sent.start, ws[c].span.end), None, m))
            } else if c < 3 && !appositive {
                // "This campaign, he says, is different.": a short predicate keeps its subject.
                if after.len() < 4 {
                    Some((sent, both(false), m))
                } else {
                    Some((Span::new(after[0].span.start, sent.end), None, m))
                }
            } else if c >= 2 && after.len() >= 3 && describes_speaker && !is_speech(&after[0]) {
                Some((Span::new(sent.start, ws[c].span.end), None, m))
            } else {
                None
            }
        })?;
    let sp = resolve_or_unknown(reg, &m, scope);
    scope.spoke(sp);
    let content = trim_clause(text, content);
    let d = Draft::new(sp, ClaimKind::Reported, content, Some(m.surface));
    Some(match split {
        Some((before_end, after_start, clause)) => {
            let before = Span::new(content.start, before_end);
            let before = if clause {
                // A word's span ends before its comma.
                let comma = usize::from(text[before_end..].starts_with(','));
                Span::new(before.start, before_end + comma)
            } else {
                trim_clause(text, before)
            };
            d.with_parts(vec![before, Span::new(after_start, content.end)])
        }
        None => d,
    })
}

/// Whether `ws` opens with a clause of its own: a short noun phrase, then a finite verb or an
/// auxiliary ("the Democrats must consider ...", "Clinton has won ...").
fn opens_clause(ws: &[Word]) -> bool {
    let starts_phrase = is_in(&crate::claims::mentions::DETERMINERS, &ws[0].lower)
        || is_cap(&ws[0])
        || is_in(&["he", "she", "it", "they", "we", "i", "you"], &ws[0].lower);
    starts_phrase
        && (1..ws.len().min(5)).any(|k| {
            ws[..k].iter().all(|w| w.trailing.is_none())
                && (is_in(&PREDICATE_AUXILIARIES, &ws[k].lower) || looks_finite(&ws[k]))
        })
}

/// Whether `ws[k]` is a speech participle that hangs on a comma: ", adding that", or with a
/// connective between, ", before insisting", ", while noting".
pub(super) fn speech_participle_after_comma(ws: &[Word], k: usize) -> bool {
    is_in(&SPEECH_PARTICIPLES, &ws[k].lower)
        && ((k >= 1 && ws[k - 1].trailing == Some(','))
            || (k >= 2
                && ws[k - 2].trailing == Some(',')
                && ws[k - 1].trailing.is_none()
                && is_in(
                    &["while", "before", "after", "then", "also", "and", "but"],
                    &ws[k - 1].lower,
                )))
}

/// Whether the speech verb before the clause that opens at `opens` ("that" aside) is a
/// restrictive relative clause's: "critics who (have long) say ...", no comma before "who".
fn restrictive_who_before(ws: &[Word], opens: usize) -> bool {
    let v = match opens.checked_sub(1) {
        Some(k) if ws[k].lower == "that" => k.checked_sub(1),
        k => k,
    };
    let Some(v) = v.filter(|&v| is_speech(&ws[v])) else {
        return false;
    };
    (v.saturating_sub(3)..v)
        .rev()
        .find(|&k| ws[k].lower == "who")
        .is_some_and(|who| {
            who > 0
                && ws[who - 1].trailing.is_none()
                && ws[who + 1..v]
                    .iter()
                    .all(|w| is_in(&AUXILIARIES, &w.lower) || is_adverb(&w.lower))
        })
}

/// "CLAUSE, Linda Park said, adding that CLAUSE2.": after a credit that ends the first claim,
/// a speech participle opens a second claim of the same speaker.
pub(super) fn participle_after_credit(
    text: &str,
    sent: Span,
    ws: &[Word],
    d: &Draft,
) -> Option<Draft> {
    let first = ws.iter().position(|w| w.span.start >= d.span.end)?;
    let k =
        (first + 1..ws.len()).find(|&k| speech_participle_after_comma(&ws[first..], k - first))?;
    // Only a credit in between ("Linda Park said,", "he added,"), and no audience after
    // "telling": what follows "adding" or "saying" is the clause.
    let credit = &ws[first..k];
    if credit.len() > 10
        || !credit.iter().any(is_speech)
        || is_in(&AUDIENCE_PARTICIPLES, &ws[k].lower)
        || ws.get(k + 1).is_some_and(|w| w.lower == "to")
    {
        return None;
    }
    let c = k + 1 + usize::from(ws.get(k + 1).is_some_and(|w| w.lower == "that"));
    if ws.len() < c + 3 {
        return None;
    }
    let content = trim_clause(text, Span::new(ws[c].span.start, sent.end));
    Some(Draft::new(
        d.speaker,
        ClaimKind::Reported,
        content,
        d.mention.clone(),
    ))
}

/// "Podesta said Gates was not working for the party and said Manafort was not involved",
/// "Clinton says she respects Sanders but argues that he can't deliver": a second speech verb
/// joined by "and" or "but", with no subject of its own, is a second claim of the same
/// speaker, as PolNeAR counts it (two cues, two attributions). Returns where the first claim
/// ends and the second claim.
pub(super) fn second_verb_of_speaker(
    text: &str,
    sent: Span,
    ws: &[Word],
    first: &Draft,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<(usize, Draft)> {
    if !matches!(first.kind, ClaimKind::Reported | ClaimKind::Denial)
        || first.form.is_some_and(|f| f != "stance")
        || first.denies.is_some()
    {
        return None;
    }
    let opens = ws.iter().position(|w| w.span.start >= first.span.start)?;
    // A first claim has three words at least; a denial's two ("denied the reports, saying").
    // "rejected that claim, saying ..." stays one denial of the claim it points back to.
    if first.kind == ClaimKind::Denial && points_back(first.span.slice(text)) {
        return None;
    }
    let least = if first.kind == ClaimKind::Denial {
        2
    } else {
        3
    };
    // The first verb is a restrictive relative clause's ("critics who say ..."): a participle
    // after it is the sentence subject's.
    let after_relative = restrictive_who_before(ws, opens);
    (opens + least..ws.len().saturating_sub(4)).find_map(|k| {
        if ws[k].span.end > first.span.end || ws[k].aside {
            return None;
        }
        // "He argued against intervention, adding that Russia ...": a participle that takes a
        // clause, after a comma (and "while", "before" ...). When the first verb is a
        // restrictive relative clause's, the participle is the sentence subject's: "Obama
        // rebuked critics who say ..., saying ...".
        if speech_participle_after_comma(ws, k) && !is_in(&NO_CLAUSE_PARTICIPLES, &ws[k].lower) {
            let c = if ws.get(k + 1).is_some_and(|w| w.lower == "that") {
                k + 2
            } else if is_in(&AUDIENCE_PARTICIPLES, &ws[k].lower) {
                clause_that(ws, k, 8)? + 1
            } else {
                // "conceding the race to Clinton": without "that", only a clause counts; after a
                // relative clause's speech, also one with a gerund subject ("saying calling
                // the Islamic State by another name will do nothing").
                (k + 2 < ws.len() && (opens_clause(&ws[k + 1..]) || after_relative))
                    .then_some(k + 1)?
            };
            if ws.len() < c + 4 {
                return None;
            }
            let end = if ws[k - 1].trailing == Some(',') {
                ws[k - 1].span.end
            } else {
                ws[k - 2].span.end
            };
            let content = trim_clause(text, Span::new(ws[c].span.start, sent.end));
            let (speaker, mention) = if after_relative {
                let m = clause_subject(ws, k)?;
                (resolve_or_unknown(reg, &m, scope), Some(m.surface))
            } else {
                (first.speaker, first.mention.clone())
            };
            let second = Draft::new(speaker, ClaimKind::Reported, content, mention);
            return Some((end, second));
        }
        if !is_in(&["and", "but"], &ws[k].lower) || ws[k - 1].trailing.is_some_and(|p| p != ',') {
            return None;
        }
        // "and later said", "but has also argued": an adverb or auxiliary may stand between.
        let v = k
            + 1
            + ws[k + 1..]
                .iter()
                .take(2)
                .take_while(|w| is_in(&BEFORE_SECOND_VERB, &w.lower))
                .count();
        let verb = ws
            .get(v)
            .filter(|w| w.trailing.is_none() && !w.aside && (is_speech(w) || is_denial(w)))?;
        let c = if ws.get(v + 1).is_some_and(|w| w.lower == "that") {
            v + 2
        } else if is_in(&CLAUSE_VERBS, &verb.lower) {
            v + 1 + when_words(&ws[v + 1..])
        } else if is_in(&AUDIENCE_VERBS, &verb.lower) {
            clause_that(ws, v, 12)? + 1
        } else {
            return None;
        };
        if ws.len() < c + 4 {
            return None;
        }
        let kind = if is_denial(verb) {
            ClaimKind::Denial
        } else {
            ClaimKind::Reported
        };
        let content = trim_clause(text, Span::new(ws[c].span.start, sent.end));
        let second = Draft::new(first.speaker, kind, content, first.mention.clone());
        Some((ws[k - 1].span.end, second))
    })
}

/// Speech participles whose object is no clause: "calling it a disgrace", "vowing to fight".
const NO_CLAUSE_PARTICIPLES: [&str; 10] = [
    "calling",
    "accusing",
    "criticizing",
    "criticising",
    "blaming",
    "urging",
    "pledging",
    "promising",
    "vowing",
    "announcing",
];

/// Adverbs and auxiliaries between "and" and a second speech verb of the same subject: "and
/// later said", "but has argued".
const BEFORE_SECOND_VERB: [&str; 7] = ["also", "then", "later", "again", "has", "have", "had"];

/// Speech verbs whose clause may follow without "that": "and said the plan ...".
static CLAUSE_VERBS: WordList = word_list!("clause_verbs.txt");

/// Whether `verb` takes its reported clause without "that" ("said the plan ...").
pub(super) fn is_clause_verb(verb: &str) -> bool {
    is_in(&CLAUSE_VERBS, verb)
}

/// "..., Trump continued to portray ...", "..., he vowed to ban ...": after the verb, "to" opens
/// an infinitive (what is said or done), not the audience ("wrote to investors", "complained to
/// CBS", "responded to a question"). A catenative verb always takes one; otherwise the word after
/// "to" reads as a verb when it is lower-case and no determiner, pronoun or plural noun.
fn opens_infinitive(verb: &Word, rest: &[Word]) -> bool {
    let (Some(to), Some(next)) = (rest.first(), rest.get(1)) else {
        return false;
    };
    if to.lower != "to" || to.trailing.is_some() {
        return false;
    }
    is_in(&super::subject::CATENATIVES, &verb.lower)
        || (next.text.starts_with(char::is_lowercase)
            && !is_in(&crate::claims::mentions::DETERMINERS, &next.lower)
            && !is_pronoun(&next.lower)
            && (!next.lower.ends_with('s') || next.lower.ends_with("ss")))
}

/// "X said" or "said X" as the tail of a sentence, maybe with a time, place or audience after
/// the verb: "the ministry said on Tuesday", "said Tom Reyes in a statement", "Mayor Linda Park
/// told reporters".
pub(super) fn tail_speaker(tail: &[Word]) -> Option<Mention> {
    // "..., said a handful of Democrats who point to his ties with labor.": a relative clause
    // after the speaker describes them, however long.
    let inverted = tail
        .first()
        .is_some_and(|w| is_speech(w) && w.trailing.is_none());
    let tail = match tail.iter().position(|w| is_in(&["who", "whose"], &w.lower)) {
        Some(k) if inverted && k > 2 && tail[..k].iter().all(|w| w.trailing.is_none()) => {
            &tail[..k]
        }
        _ => tail,
    };
    if tail.is_empty() || tail.len() > 12 {
        return None;
    }
    let v = tail.iter().position(is_speech)?;
    // What follows the speaker and verb: nothing, or a modifier ("on Tuesday").
    // A modifier is a phrase opened by a preposition ("in a statement"), a time ("Wednesday",
    // "last week"), or after "told" a short audience ("told reporters"), never a clause.
    let modifier = |rest: &[Word]| {
        // "said the party must unite": a predicate, so no credit.
        if rest
            .first()
            .is_some_and(|w| is_in(&PREDICATE_AUXILIARIES, &w.lower))
            || opens_infinitive(&tail[v], rest)
        {
            return false;
        }
        rest.first().is_none_or(|w| {
            // "that" after the verb opens a clause: "..., Ruiz admitted that ..." is no tail.
            (is_in(&NP_STOPS, &w.lower)
                && w.text.starts_with(|c: char| c.is_lowercase())
                && !is_in(
                    &["that", "and", "but", "because", "if", "although", "though"],
                    &w.lower,
                ))
                || is_in(&WEEKDAYS, &w.lower)
                || is_in(
                    &["today", "yesterday", "last", "this", "earlier", "later"],
                    &w.lower,
                )
        }) || (is_in(&["wrote", "writes", "emailed"], &tail[v].lower)
            // "..., Kennedy wrote Linick.": to whom, a name and nothing else.
            && (1..=2).contains(&rest.len())
            && rest.iter().all(|w| w.text.starts_with(char::is_uppercase)))
            || (is_in(&["told", "tells"], &tail[v].lower) && {
                // "told her closest aides as she worked on ...": the audience, then maybe
                // a subordinate clause of time; "told the court in his filing": or a phrase of
                // place or manner, which holds no clause of its own.
                const TIME_CLAUSE: [&str; 5] = ["as", "while", "when", "after", "before"];
                let no_clause = |ws: &[Word]| {
                    ws.iter()
                        .all(|w| !is_in(&["that", "he", "she", "they", "it"], &w.lower))
                };
                let audience = rest
                    .iter()
                    .enumerate()
                    .position(|(i, w)| {
                        is_in(&TIME_CLAUSE, &w.lower) || (i > 0 && is_in(&GAP_OPENERS, &w.lower))
                    })
                    .unwrap_or(rest.len());
                let subordinate = rest
                    .get(audience)
                    .is_some_and(|w| is_in(&TIME_CLAUSE, &w.lower));
                audience <= 4
                    && (subordinate || no_clause(&rest[audience..]))
                    && no_clause(&rest[..audience])
            })
    };
    // "..., told the Associated Press": who was told, not who spoke. Nor "proclaimed to a
    // cheering crowd", "said in a statement": a preposition opens no speaker.
    if v == 0
        && (is_in(&AUDIENCE_VERBS, &tail[0].lower)
            || tail
                .get(1)
                .is_some_and(|w| is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower)))
    {
        return None;
    }
    if v > 0 {
        // "..., the statement added.": a document or a described group speaks too.
        // "Regional transport ministry spokesman Karl Heinz Weber said": a long
        // description before a name; the name with its last description word is the speaker.
        // Only content words describe: no article, preposition or pronoun among them.
        let described_name = || {
            let k = tail[..v].iter().rposition(|w| !is_cap(w))?;
            let describes = |w: &Word| {
                w.trailing.is_none()
                    && !is_in(&NP_STOPS, &w.lower)
                    && !is_in(&DETERMINERS, &w.lower)
                    && !is_pronoun(&w.lower)
            };
            (k + 1 < v && tail[..=k].iter().all(describes))
                .then(|| parse(&tail[k..v]).filter(is_person))
                .flatten()
        };
        // "..., Weber has said.": the auxiliaries belong to the verb. Not "..., while Trump
        // has vowed to ...", "..., where Obama has promised to veto it": a clause of its own.
        let mut end = v;
        while end > 1 && is_in(&AUXILIARIES, &tail[end - 1].lower) {
            end -= 1;
        }
        if end < v
            && (is_in(&crate::claims::lexicon::SENTENCE_OPENERS, &tail[0].lower)
                || is_who(&tail[0].lower)
                || tail.get(v + 1).is_some_and(|w| w.lower == "to"))
        {
            return None;
        }
        // "..., a handful of Democrats said.": a share of a group, which the parser reads as
        // no one.
        let m = parse(&tail[..end])
            .or_else(|| described_subject(tail, 0, v))
            .or_else(described_name)
            .or_else(|| super::subject::counted_group(&tail[..end]))?;
        modifier(&tail[v + 1..]).then_some(m)
    } else {
        // "..., said dozens of protesters.": the share runs past "of", where a noun phrase
        // stops, up to a relative clause that describes it ("... who point to his record").
        let relative = tail
            .iter()
            .position(|w| {
                is_in(
                    &["who", "whom", "whose", "which", "that", "where", "when"],
                    &w.lower,
                )
            })
            .unwrap_or(tail.len());
        if let Some(m) = super::subject::share_after_verb(&tail[1..relative]) {
            return Some(m);
        }
        let end = np_after(tail, 1);
        let m = parse(&tail[1..end])?;
        modifier(&tail[end..]).then_some(m)
    }
}

/// A short description after a name ("Riverside's chief executive"), not a clause.
pub(super) fn is_title_tail(ws: &[Word]) -> bool {
    (1..=7).contains(&ws.len())
        && !ws
            .iter()
            .any(|w| is_speech(w) || is_denial(w) || is_in(&["that", "adding"], &w.lower))
}

pub(super) fn is_person(m: &Mention) -> bool {
    matches!(m.kind, crate::claims::mentions::MentionKind::Person { .. })
}

/// A "that" clause inside a sentence subject ("X's statement that A did little to calm
/// critics"): runs to the last comma-free stretch before a verb we can't see, so we take the
/// clause up to a following verb phrase marker, else to the sentence end.
pub(super) fn clause_until_main_verb(text: &str, clause: &[Word], sent: Span) -> Span {
    static MAIN_VERB_MARKERS: WordList = word_list!("main_verb_markers.txt");
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
        if seen_verb && k > 2 && is_in(&MAIN_VERB_MARKERS, &w.lower) {
            return trim_clause(
                text,
                Span::new(clause[0].span.start, clause[k - 1].span.end),
            );
        }
    }
    trim_clause(text, Span::new(clause[0].span.start, sent.end))
}

/// Where a clause ending in a copula and what calls it false has its predicate: "... is not
/// true" ([`falsity_predicate`]), "... is fake", "... was a hoax".
fn called_false_at(clause: &str) -> Option<usize> {
    falsity_predicate(clause).or_else(|| {
        let called = crate::claims::lexicon::DEBUNKING_WORDS
            .iter()
            .flat_map(|w| [w.to_string(), format!("a {w}"), format!("an {w}")]);
        copula_before(clause, called)
    })
}

/// Where a clause ending in "was/were/is/are <false>" has its predicate: the byte offset of the
/// copula, so that the clause before it is the proposition called false.
pub(super) fn falsity_predicate(clause: &str) -> Option<usize> {
    copula_before(clause, FALSITY_PHRASES.iter())
}

/// Where a clause ending in "was/were/is/are" and one of `predicates` has that copula: the
/// byte offset of the space before it.
fn copula_before<P: AsRef<str>>(
    clause: &str,
    predicates: impl IntoIterator<Item = P>,
) -> Option<usize> {
    let body = clause.trim_end_matches(|c: char| !c.is_alphanumeric());
    predicates.into_iter().find_map(|p| {
        let p = p.as_ref();
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

/// A question put to someone by an unnamed asker: "Asked if he was ever bullied, the senator
/// said no", "..., she said, when asked whether ...", "Sanders was asked about the case". The
/// question (after "asked", to its comma or the sentence end) and what is left of the sentence
/// for the other patterns, or (`Asked::Subject`) only the subject of "was asked". `None` when a
/// claim quote stands in the question.
pub(super) fn question_put_to_someone(
    text: &str,
    sent: Span,
    ws: &[Word],
    quotes: &[Span],
) -> Option<(Span, Rest, Option<Mention>)> {
    let asked = |w: &Word| w.lower == "asked";
    // "Asked by Matt Lauer whether she had practiced ...": the asker is named after "by", and
    // the question starts at the word that opens it.
    let mut asker = None;
    let mut question_from = |from: usize| -> Option<(Span, usize)> {
        let from = match asked_by(ws, from) {
            Some((m, opens)) => {
                asker = Some(m);
                opens
            }
            None => from,
        };
        let end = (from..ws.len())
            .find(|&k| ws[k].trailing == Some(','))
            .unwrap_or(ws.len() - 1);
        (end + 1 - from >= 3).then(|| {
            let span = trim_clause(text, Span::new(ws[from].span.start, ws[end].span.end));
            (span, end)
        })
    };
    let opening = ws
        .iter()
        .take_while(|w| is_in(&["when", "after", "but", "and", "then", "once"], &w.lower))
        .count();
    let found = if ws.get(opening).is_some_and(asked) && opening + 1 < ws.len() {
        // "Asked if ..., X said": the question opens the sentence; the rest follows its comma.
        let (q, end) = question_from(opening + 1)?;
        let rest = ws.get(end + 1).map(|w| Span::new(w.span.start, sent.end));
        (q, Rest::Clause(rest?))
    } else {
        let a = (1..ws.len()).find(|&a| asked(&ws[a]) && ws[a - 1].trailing.is_none())?;
        let (q, end) = question_from(a + 1)?;
        let be = |w: &Word| is_in(&["was", "were", "is", "are", "been", "being"], &w.lower);
        // "..., when asked ...", "after being asked ...", "after he was asked ...": what
        // precedes the subordinator is the rest.
        let mut s = a - 1;
        while s > 0 && s + 3 >= a && ws[s].trailing.is_none() && !is_subordinator(&ws[s]) {
            s -= 1;
        }
        let between = &ws[s + 1..a];
        let put_to = between.is_empty()
            || between.iter().all(be)
            || (between.len() == 2 && is_pronoun_word(&between[0]) && be(&between[1]));
        if is_subordinator(&ws[s]) && put_to {
            // ", she said, when asked whether ..., where ...": the question closes the sentence,
            // commas and all.
            let q = trim_clause(text, Span::new(q.start, sent.end));
            let rest = Span::new(
                sent.start,
                if s == 0 {
                    sent.start
                } else {
                    ws[s - 1].span.end
                },
            );
            (q, Rest::Clause(rest))
        } else {
            // "Sanders was asked to name ...": a short subject opens the sentence, with no cue
            // before (in "he said he is being asked ..." the question is the claim's content).
            if end + 1 < ws.len() {
                return None; // a comma inside: its other clauses are beyond this pattern
            }
            // "During a HuffPost Live interview in August, the actress was asked if ...": an
            // opening phrase of when or where, set off by its comma, comes before the subject.
            // One comma only: in "In several cases, tech executives say, they have been asked
            // to ..." the words between two commas credit the rest.
            let commas: Vec<usize> = (0..a).filter(|&k| ws[k].trailing == Some(',')).collect();
            let from = match commas[..] {
                [k] if is_in(&crate::claims::mentions::PREPOSITIONS, &ws[0].lower) => k + 1,
                _ => 0,
            };
            let subject_end = (from..a).rev().find(|&k| !be(&ws[k]))?;
            let short = subject_end < from + 6 && subject_end + 1 < a;
            let clean = (from..a).all(|k| ws[k].trailing.is_none() && cue_at(ws, k).is_none());
            if !(short && clean) {
                return None;
            }
            // The subject stays as the rest: who is asked is who answers next.
            (
                q,
                Rest::Subject(Span::new(ws[from].span.start, ws[a].span.start)),
            )
        }
    };
    let (q, rest) = found;
    if quotes.iter().any(|s| s.overlaps(q)) {
        return None;
    }
    Some((q, rest, asker))
}

/// "by Matt Lauer whether ...", "by a host if ...": who asked, when `ws[by]` is "by" and a
/// word that opens a question follows within a few words, and where the question starts.
fn asked_by(ws: &[Word], by: usize) -> Option<(Mention, usize)> {
    if ws.get(by)?.lower != "by" {
        return None;
    }
    let opens = (by + 2..ws.len().min(by + 10)).find(|&k| {
        is_in(&QUESTION_WORDS, &ws[k].lower) || is_in(&["to", "about", "for", "on"], &ws[k].lower)
    })?;
    let phrase = &ws[by + 1..opens];
    if phrase.iter().any(|w| w.trailing.is_some()) {
        return None;
    }
    let m = parse(phrase).or_else(|| crate::claims::mentions::description(phrase))?;
    Some((m, opens))
}

/// What is left of a sentence after the question put to someone.
pub(super) enum Rest {
    /// A clause for the other patterns (maybe empty).
    Clause(Span),
    /// Only who was asked ("Sanders was"): who answers next.
    Subject(Span),
}

fn is_subordinator(w: &Word) -> bool {
    is_in(
        &["when", "after", "while", "if", "as", "before", "once"],
        &w.lower,
    )
}

fn is_pronoun_word(w: &Word) -> bool {
    is_in(&["he", "she", "they", "we", "i", "it", "you"], &w.lower)
}

/// Drops a clause's trailing sentence punctuation and a dangling ", adding".
pub(super) fn trim_clause(text: &str, span: Span) -> Span {
    let mut s = span.slice(text).trim_end();
    s = s.trim_end_matches(['.', ',', ';', ':']);
    for tail in [", adding", " adding"] {
        if let Some(stripped) = s.strip_suffix(tail) {
            s = stripped;
        }
    }
    let skip = leading_weekday(s);
    Span::new(span.start + skip, span.start + s.len()).trim(text)
}

/// Bytes of a weekday the verb's time phrase left before its clause: "told reporters Monday
/// that P", "said Sunday night he ...": the weekday, a part of the day, and a "that"; only when
/// "that" or a subject pronoun follows ("Monday's debate", "Monday was quiet" stay).
fn leading_weekday(s: &str) -> usize {
    // Each word with the byte where the next one starts.
    let mut words = s.split_whitespace().map(|w| {
        let start = w.as_ptr() as usize - s.as_ptr() as usize;
        let rest = &s[start + w.len()..];
        (w, start + w.len() + rest.len() - rest.trim_start().len())
    });
    let Some((day, mut after)) = words.next() else {
        return 0;
    };
    if !day.starts_with(char::is_uppercase) || !is_in(&WEEKDAYS, &day.to_lowercase()) {
        return 0;
    }
    let mut next = words.next();
    if let Some((_, a)) = next.filter(|(w, _)| is_day_part(&w.to_lowercase())) {
        after = a;
        next = words.next();
    }
    match next {
        Some(("that", a)) => a,
        Some((w, _)) if is_in(&["he", "she", "they", "we", "i", "it"], &w.to_lowercase()) => after,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The speaker's name and the claim's text when `pattern` matches `sentence`.
    fn attribute(pattern: Pattern, sentence: &str) -> Option<(String, String)> {
        let sent = Span::new(0, sentence.len());
        let ws = words(sentence, sent);
        let mut reg = Registry::default();
        let mut scope = ArticleScope::new("test");
        let d = pattern(sentence, sent, &ws, &mut reg, &mut scope)?;
        Some((
            reg.speakers[d.speaker].name.clone(),
            d.span.slice(sentence).to_owned(),
        ))
    }

    /// Each case: the sentence and the (speaker, claim) `pattern` makes of it, or `None`.
    fn check(pattern: Pattern, cases: &[(&str, Option<(&str, &str)>)]) {
        for (sentence, want) in cases {
            let got = attribute(pattern, sentence);
            let want = want.map(|(a, b)| (a.to_owned(), b.to_owned()));
            assert_eq!(got, want, "{sentence}");
        }
    }

    /// An opening "Noting that P," is a claim of the main clause's subject; not without "that",
    /// nor without a main clause of its own.
    #[test]
    fn an_opening_speech_participle_credits_the_main_clause_subject() {
        let opening: Pattern =
            |text, _sent, ws, reg, scope| opening_participle(text, ws, &[], reg, scope);
        check(
            opening,
            &[
                (
                    "Noting that both Reagan and Trump battled the media, Schlafly put her finger on it.",
                    Some(("Schlafly", "both Reagan and Trump battled the media")),
                ),
                (
                    "Promising that his writings would look closer at Libya, Bolton said that we should wait.",
                    Some(("Bolton", "his writings would look closer at Libya")),
                ),
                (
                    "While saying that he respects the governor, Reyes continued to doubt her plan.",
                    Some(("Reyes", "he respects the governor")),
                ),
                ("While saying little, Reyes continued to doubt her plan for the city.", None),
                // A verb inside the clause is the clause's; an adverb may open the main one.
                (
                    "Acknowledging that the mayor “says a lot of odd things,” though, Reyes did suggest that she was right.",
                    Some(("Reyes", "the mayor “says a lot of odd things")),
                ),
                ("Recalling the pitfalls of the last election, the RNC began spending early.", None),
                ("Noting that the bridge was old, and that the river had risen, was enough.", None),
            ],
        );
    }

    /// A trailing credit ends with its audience or a time, never with an infinitive.
    #[test]
    fn trailing_credits_stop_at_an_infinitive() {
        check(
            trailing_attribution,
            &[
                (
                    "The bill is a disaster, Sanders complained to CBS.",
                    Some(("Sanders", "The bill is a disaster")),
                ),
                (
                    "The plan will fail, Reyes wrote to his investors.",
                    Some(("Reyes", "The plan will fail")),
                ),
                ("After the vote, Reyes vowed to ban the lobbyists.", None),
                (
                    "On the same day, Trump continued to portray them as criminals.",
                    None,
                ),
                ("In the end, Cruz pledged to oppose the deal.", None),
            ],
        );
    }

    /// A relative clause of speech is its antecedent's claim, cut before the sentence's own
    /// credit; a restrictive or non-speech clause is none.
    #[test]
    fn relative_clauses_of_speech_credit_the_name_before_them() {
        let relative: Pattern =
            |text, sent, ws, reg, scope| relative_speech(text, sent, ws, &[], reg, scope);
        let cases = [
            ("Trump was outdoing Ted Cruz, who said he would use it sparingly, in emergencies.",
             Some(("Ted Cruz", "he would use it sparingly, in emergencies"))),
            ("Barkley, who said he typically votes Democratic, said one thing had changed.",
             Some(("Barkley", "he typically votes Democratic"))),
            ("The idea was echoed by former Gov. Martin O'Malley, who has noted that he raised wages.",
             Some(("Martin O'Malley", "he raised wages"))),
            ("Voters who said they cared most about honesty backed the senator.", None),
            ("The plan was drafted by Ted Cruz, who voted against the bill last year.", None),
            // An aside between commas before the cue, and a relative clause between dashes.
            ("It was attacked by Bret Stephens, who, after trading insults with Mr. Hannity, said on the show that the party had become an echo chamber.",
             Some(("Bret Stephens", "the party had become an echo chamber"))),
            ("Donald Trump - who previously said he would bomb the oil fields - said at a rally that the plan would fail.",
             Some(("Donald Trump", "he would bomb the oil fields"))),
            ("Donald Trump - who is leading the polls - said at a rally that the plan would fail.", None),
            ("The plan drew rebukes from others, including experts who warned it could make matters worse.",
             Some(("experts", "it could make matters worse"))),
        ];
        check(relative, &cases);
    }

    /// Someone's own words in quote marks make the sentence its subject's claim, whatever the
    /// verb; titles, headlines, passives, clauses before the subject and a credit to someone
    /// else do not.
    #[test]
    fn quoted_words_credit_the_subject_who_used_them() {
        let cases = [
            ("Jacobs credited Merkel with holding “the entire continent together” for years.",
             Some(("Jacobs", "credited Merkel with holding “the entire continent together” for years"))),
            ("Sen. Pat Toomey has mocked the idea as “a fantasy.”",
             Some(("Pat Toomey", "mocked the idea as “a fantasy.”"))),
            ("Clinton supporters responded with chants of “I'm with her” until she spoke.",
             Some(("clinton supporters", "responded with chants of “I'm with her” until she spoke"))),
            ("Trump, who has a commanding lead, mocked Marco Rubio for “having a tough night.”",
             Some(("Trump", "mocked Marco Rubio for “having a tough night.”"))),
            // A phrase of time or place before the subject.
            ("At a rally in Milwaukee this spring, Linda Park described the bridge as “a disgrace.”",
             Some(("Linda Park", "described the bridge as “a disgrace.”"))),
            ("Frustrations at his inability, combined with a report on his campaign “in crisis,” grew.", None),
            ("Governor Ruiz signed a bill that created the “Choose Life” license plates.", None),
            ("If Russia is attempting to destabilize the race, it is “a serious matter.”", None),
            ("Doubts were raised about the “secretary general” of the group.", None),
            ("Vice eyes 2015 ‘deal spree’ and IPO plans", None),
            ("The FBI made a “mistake” in the background check, Comey has said.", None),
            ("Sweets-inspired names are “typically thought of as stripper names.”", None),
            ("Government guidelines say that anyone can be given an order for “drunken behaviour.”", None),
            // Quoted words of a named owner's statement are the owner's, not the subject's ...
            ("Linda Park won in 2008 partly because of Mr. Reyes's patronizing suggestion at a debate that she was “likable enough.”", None),
            // ... but not the object of a calling verb.
            ("Mr. Scott, who has called Mr. Reyes's comments “racially toxic,” portrayed him as a temporary affliction.",
             Some(("Scott", "called Mr. Reyes's comments “racially toxic,” portrayed him as a temporary affliction"))),
        ];
        check(quoted_words, &cases);
    }

    /// "X called Y “crazy” and said CLAUSE": the predicate before "and said" is a claim too, when
    /// it holds quoted words; "X told reporters that A and said B" has none.
    #[test]
    fn quoted_words_before_and_said_are_a_second_claim() {
        let run = |sentence: &str, clause: &str| {
            let ws = words(sentence, Span::new(0, sentence.len()));
            let mut reg = Registry::default();
            let mut scope = ArticleScope::new("test");
            let start = sentence.find(clause).unwrap();
            quoted_words_before_and(sentence, &ws, start, &mut reg, &mut scope).map(|d| {
                let name = reg.speakers[d.speaker].name.clone();
                (name, d.span.slice(sentence).to_owned())
            })
        };
        assert_eq!(
            run(
                "Graham called both Trump and Clinton “crazy” and said the party is bound to lose.",
                "the party"
            ),
            Some((
                "Graham".to_owned(),
                "called both Trump and Clinton “crazy”".to_owned()
            ))
        );
        // A participle: "..., saying ...".
        assert_eq!(
            run(
                "Graham delivered a defense of “Riverside values,” saying the city was the heart of the state.",
                "the city"
            ),
            Some((
                "Graham".to_owned(),
                "delivered a defense of “Riverside values,”".to_owned()
            ))
        );
        // A comma before "and": "..., not on his religion, and said ...".
        assert_eq!(
            run(
                "Graham blamed the crash on a “reckless driver,” not on the road, and said the city was safe.",
                "the city"
            ),
            Some((
                "Graham".to_owned(),
                "blamed the crash on a “reckless driver,” not on the road".to_owned()
            ))
        );
        assert_eq!(
            run(
                "Graham told reporters the plan was dead and said the party would lose.",
                "the party"
            ),
            None
        );
        // Hollande's remarks are no one called "Trump's".
        assert_eq!(
            run(
                "Hollande denounced Trump's remarks as “hurtful” and warned that it mattered.",
                "it mattered"
            ),
            Some((
                "Hollande".to_owned(),
                "denounced Trump's remarks as “hurtful”".to_owned()
            ))
        );
    }

    /// Each pattern on sentences of its shape (speaker, claim) and of another shape (None).
    #[test]
    fn each_pattern_matches_its_own_shape_only() {
        type Case = (
            &'static str,
            Pattern,
            &'static str,
            Option<(&'static str, &'static str)>,
        );
        let cases: &[Case] = &[
            ("according-to", according_to_clause,
             "According to the Transport Ministry, the bridge will reopen in May.",
             Some(("Transport Ministry", "the bridge will reopen in May"))),
            ("according-to", according_to_clause,
             "The bridge will reopen in May, according to Mayor Linda Park.",
             Some(("Linda Park", "The bridge will reopen in May"))),
            ("according-to", according_to_clause, "Park said it will reopen.", None),
            // Set off by commas mid-sentence: the clause after an opener, else the whole
            // sentence; an appositive after the source is no clause.
            ("according-to", according_to_clause,
             "In addition, according to the Transport Ministry, the bridge will reopen in May.",
             Some(("Transport Ministry", "the bridge will reopen in May"))),
            ("according-to", according_to_clause,
             "Most of the old bridges were closed last year, according to the ministry, but the new one will reopen in May.",
             Some(("the ministry", "Most of the old bridges were closed last year, according to the ministry, but the new one will reopen in May"))),
            ("according-to", according_to_clause,
             "The bridge will reopen in May, according to Linda Park, a longtime critic of the plan.",
             Some(("Linda Park", "The bridge will reopen in May"))),
            // Inside what someone said: whose claim it is (the speech verb's pattern).
            ("according-to", according_to_clause,
             "Reyes said Tuesday that according to its own count, the party has won the vote.",
             None),
            ("speech-verb", speech_verb_clause,
             "Reyes said Tuesday that according to its own count, the party has won the vote.",
             Some(("Reyes", "according to its own count, the party has won the vote"))),
            // After "in which" the clause's own subject speaks, and the clause ends where
            // the main clause of an opening phrase starts.
            ("speech-verb", speech_verb_clause,
             "The mayor released a letter in which Reyes said the bridge would reopen in May.",
             Some(("Reyes", "the bridge would reopen in May"))),
            ("speech-verb", speech_verb_clause,
             "In a year in which most residents say they do not trust the council, even its allies questioned the plan.",
             Some(("most residents", "they do not trust the council"))),
            ("as-credit", as_credit_clause,
             "And, as the Riverside Herald first reported, the bridge will reopen in May.",
             Some(("Riverside Herald", "the bridge will reopen in May"))),
            ("as-credit", as_credit_clause,
             "As reported by the Riverside Herald, the bridge will reopen in May.",
             Some(("Riverside Herald", "the bridge will reopen in May"))),
            ("as-credit", as_credit_clause,
             "As Mayor Linda Park noted on Monday, the bridge will reopen in May.",
             Some(("Linda Park", "the bridge will reopen in May"))),
            ("as-credit", as_credit_clause, "As expected, the bridge will reopen in May.", None),
            ("as-credit", as_credit_clause,
             "As she explained how the repair works, the crowd cheered.",
             None),
            ("statement-that", statement_that,
             "Hendricks's statement that the bridge was safe did little to calm critics.",
             Some(("Hendricks", "the bridge was safe"))),
            ("statement-that", statement_that, "The bridge was safe, Park said.", None),
            ("statement-that", statement_that,
             "But Hendricks's most explosive claim is that the bridge was never inspected.",
             Some(("Hendricks", "the bridge was never inspected"))),
            ("statement-that", statement_that,
             "Fact-checkers debunked Hendricks's repeated claim that the bridge was safe.",
             Some(("Hendricks", "the bridge was safe"))),
            ("statement-that", statement_that,
             "Despite Mr. Hendricks's claims last week that the bridge was safe, it closed.",
             Some(("Hendricks", "the bridge was safe"))),
            // Whose claim "his" means is left to the patterns that see a verb.
            ("statement-that", statement_that,
             "Fact-checkers debunked his repeated claim that the bridge was safe.",
             None),
            ("trailing-credit", trailing_attribution,
             "The bridge is safe for traffic, the Transport Ministry said on Tuesday.",
             Some(("Transport Ministry", "The bridge is safe for traffic"))),
            ("trailing-credit", trailing_attribution,
             "The bridge is safe for traffic, said Linda Park, the mayor of Riverside, who opened it.",
             Some(("Linda Park", "The bridge is safe for traffic"))),
            ("trailing-credit", trailing_attribution, "Park said the bridge is safe.", None),
            ("trailing-credit", trailing_attribution,
             "The rest of the files have been moved to a safe room, Park wrote Reyes.",
             Some(("Park", "The rest of the files have been moved to a safe room"))),
            ("trailing-credit", trailing_attribution,
             "The plan is sound, Linda Park told her advisers as she worked on the speech.",
             Some(("Linda Park", "The plan is sound"))),
            // A credit between the subject and its verb: the claim is the whole sentence.
            ("trailing-credit", trailing_attribution,
             "The only problem with the bridge, Linda Park said, is the traffic at night.",
             Some(("Linda Park", "The only problem with the bridge, Linda Park said, is the traffic at night"))),
            // A time phrase with no comma before the subject is no part of it.
            ("speech-verb", speech_verb_clause,
             "On Monday Linda Park said she would close the bridge.",
             Some(("Linda Park", "she would close the bridge"))),
            ("speech-verb", speech_verb_clause,
             "Last week the mayor said she would close the bridge.",
             Some(("the mayor", "she would close the bridge"))),
            ("speech-verb", speech_verb_clause,
             "Park, later alleging that the city lied, said she would close the bridge.",
             Some(("Park", "she would close the bridge"))),
            ("speech-verb", speech_verb_clause,
             "Mayor Linda Park said on Tuesday that the bridge was safe for traffic.",
             Some(("Linda Park", "the bridge was safe for traffic"))),
            ("speech-verb", speech_verb_clause,
             "The Transport Ministry has denied reports that the bridge is unsafe.",
             Some(("Transport Ministry", "the bridge is unsafe"))),
            ("speech-verb", speech_verb_clause, "The bridge opened in May to traffic.", None),
            // A second verb of the subject, after "and" and an adverb.
            ("speech-verb", speech_verb_clause,
             "The Wisconsin senator praised Rubio and later told reporters that the plan would fail.",
             Some(("Wisconsin senator", "the plan would fail"))),
            // "who's" opens a relative clause as "who" does.
            ("speech-verb", speech_verb_clause,
             "Michael Bloomberg, who's thinking about running for president, said it was impossible to win.",
             Some(("Michael Bloomberg", "it was impossible to win"))),
            // A long opening clause ends in a quoted title whose comma is inside the quote mark.
            ("speech-verb", speech_verb_clause,
             "Asked why he had yet to endorse Clinton during an appearance Friday on \"CBS This Morning,\" Sanders said the party was divided.",
             Some(("Sanders", "the party was divided"))),
            // A denied report: the claim is what the report said, not the report.
            ("speech-verb", speech_verb_clause,
             "The White House dismissed as pure nonsense claims that the president was ill.",
             Some(("White House", "the president was ill"))),
            ("speech-verb", speech_verb_clause,
             "The publicist described as \"rubbish\" a Daily Mirror report that he rejected a reunion.",
             Some(("publicist", "he rejected a reunion"))),
            ("speech-verb", speech_verb_clause,
             "Snopes debunked a posting on a satire website that said the town was quarantined.",
             Some(("Snopes", "the town was quarantined"))),
            ("speech-verb", speech_verb_clause,
             "A studio spokesman called the report that Bale quit \"completely false\".",
             Some(("studio spokesman", "Bale quit"))),
            // Without a report noun, what was called false stays with it.
            ("speech-verb", speech_verb_clause,
             "Kirby called the accusation completely false.",
             Some(("Kirby", "the accusation completely false"))),
            ("speech-act", speech_act_clause,
             "Councillor Tom Reyes accused the mayor of hiding the repair costs.",
             Some(("Tom Reyes", "the mayor of hiding the repair costs"))),
            // Without a complement there is nothing claimed.
            ("speech-act", speech_act_clause, "Karen Wu questioned the estimate.", None),
            // A plural subject calls something too; "calls him" with what he is called.
            ("speech-act", speech_act_clause,
             "Critics call it the enforcement of political correctness.",
             Some(("critics", "it the enforcement of political correctness"))),
            ("speech-act", speech_act_clause,
             "Councillor Tom Reyes calls him competent.",
             Some(("Tom Reyes", "him competent"))),
            // A noun, a phrasal verb or an idiom calls nothing.
            ("speech-act", speech_act_clause,
             "Workers at call centers went on strike.", None),
            ("speech-act", speech_act_clause,
             "A boycott call from the group went unheeded.", None),
            ("speech-act", speech_act_clause, "Councillor Tom Reyes called it quits.", None),
            ("saying-participle", saying_clause,
             "Finance Minister Jane Cole defended the plan, saying it would create jobs.",
             Some(("Jane Cole", "it would create jobs"))),
            ("saying-participle", saying_clause, "Cole defended the plan on Monday.", None),
            ("stance", stance_clause,
             "Karen Wu questioned the estimate.",
             Some(("Karen Wu", "questioned the estimate"))),
            ("stance", stance_clause, "The estimate was questioned by Karen Wu.", None),
            ("saying-participle", saying_clause,
             "Cole defended the plan, while saying that the budget would need more time.",
             Some(("Cole", "the budget would need more time"))),
            ("saying-participle", saying_clause,
             "Cole hedged on the plan, telling WRVA her support would depend on the budget.",
             Some(("Cole", "her support would depend on the budget"))),
            ("saying-participle", saying_clause,
             "Cole hedged on the plan, telling him to wait for the budget.", None),
        ];
        for (name, pattern, sentence, want) in cases {
            let want = want.map(|(s, c)| (s.to_owned(), c.to_owned()));
            assert_eq!(attribute(*pattern, sentence), want, "{name}: {sentence}");
        }
    }

    #[test]
    fn patterns_are_tried_most_specific_first() {
        let names: Vec<&str> = PATTERNS.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "according-to",
                "as-credit",
                "trailing-credit",
                "speech-verb",
                "reported-by",
                "speech-act",
                "saying-participle",
                "statement-that",
                "quoted-words",
                "stance"
            ]
        );
    }
}
