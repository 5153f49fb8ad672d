//! Cue detection: which words attribute speech. A cue is a speech verb ("said", "told"), a
//! denial verb ("denied", "rejected"), or a calling verb with a word of falsity after it
//! ("called the report false"). "According to" and ", saying" are cues of their own patterns.

use super::*;
use crate::words::{word_list, WordList};

/// What kind of attribution a cue word makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    /// Reported speech: "said", "argued", "told".
    Speech,
    /// The speaker rejects a proposition: "denied", "dismissed".
    Denial,
    /// "called the accusation “completely false”": a denial of what was called false.
    CallingFalse,
}

/// Participles before "to" that say what unnamed others believe (see the list).
static RAISING_PARTICIPLES: WordList = word_list!("raising_participles.txt");

/// Speech verbs that take the one spoken to as object: "told reporters that".
pub(super) static AUDIENCE_VERBS: WordList = word_list!("audience_verbs.txt");

/// Words that open a time, place or manner between a speech verb and what follows it: "said
/// on Monday", "said in a statement".
pub(super) static GAP_OPENERS: WordList = word_list!("gap_openers.txt");

/// Forms of "be" before a participle that make it a passive: "was declared", "were killed".
pub(super) const PASSIVE_BE: [&str; 7] = ["is", "are", "was", "were", "been", "being", "be"];

pub(super) fn is_speech(w: &Word) -> bool {
    // "States" with a capital is the noun of "the United States", "member States": as a verb
    // it is capitalised only in a title-case headline, which reads "Says" far more often.
    VERBS.get(w.lower.as_str()) == Some(&VerbKind::Speech) && w.text != "States"
}

pub(super) fn is_denial(w: &Word) -> bool {
    VERBS.get(w.lower.as_str()) == Some(&VerbKind::Denial)
}

/// A word without the punctuation around it: `“false”.` -> `false`.
pub(super) fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Whether a lower-case word (punctuation around it ignored) dismisses something as false:
/// "false", "nonsense", "untrue", ...
pub(super) fn says_false(word: &str) -> bool {
    is_in(&DISMISSIVE_WORDS, bare(word)) || is_in(&FALSITY_PHRASES, bare(word))
}

/// Whether a word negates the verb after it: "not", "never", or a contraction in "n't" ("hasn't
/// been confirmed", "didn’t deny").
pub(super) fn negates(w: &Word) -> bool {
    is_in(&["not", "never"], &w.lower) || w.lower.ends_with("n't") || w.lower.ends_with("n’t")
}

/// Whether a word calls something false or strengthens such a word: "false", "nonsense",
/// "completely" (punctuation around it ignored).
pub(super) fn falsity_word(w: &Word) -> bool {
    crate::claims::lexicon::calls_false(bare(&w.lower))
}

/// Speech participles that name a thing with the noun after them (see the data file).
static PARTICIPLE_COMPOUNDS: WordList = word_list!("participle_compounds.txt");

/// Participles that are cues only as "is reporting that" (see the data file).
static PROGRESSIVE_REPORT_PARTICIPLES: WordList = word_list!("progressive_report_participles.txt");

/// Speech verbs whose object makes them an act (see the data file).
static SPEECH_VERB_ACTS: WordList = word_list!("speech_verb_acts.txt");

/// "the right calling card", "his speaking fees": word `i` and the noun after it are one noun,
/// and nobody speaks. Nor in "declared war on": the verb and its object are an act.
pub(super) fn names_a_thing(ws: &[Word], i: usize) -> bool {
    ws[i].trailing.is_none()
        && ws.get(i + 1).is_some_and(|n| {
            let pair = format!("{} {}", ws[i].lower, n.lower);
            is_in(&PARTICIPLE_COMPOUNDS, &pair) || is_in(&SPEECH_VERB_ACTS, &pair)
        })
}

/// Words after which a word in -s is a plural noun, not a verb: quantifiers, "and", "have".
const NOUN_OPENERS: [&str; 16] = [
    "and", "or", "many", "most", "some", "all", "other", "these", "those", "both", "several",
    "few", "have", "has", "had", "the",
];

/// The cue that word `i` of a sentence makes, if any. A verb that attributes quotes but rarely
/// reported speech ("continued", "states") is a cue only before "that".
pub(super) fn cue_at(ws: &[Word], i: usize) -> Option<Cue> {
    let w = ws.get(i)?;
    // "a blogger believed to have shared the video": what others believe of the subject.
    if ws.get(i + 1).is_some_and(|n| n.lower == "to")
        && w.trailing.is_none()
        && is_in(&RAISING_PARTICIPLES, &w.lower)
    {
        return None;
    }
    // "Clinton is now assured of winning", "they had been informed": the hearer is the subject
    // of a passive, and nobody in the sentence speaks.
    // "is telling a crowd" is active.
    if is_in(&AUDIENCE_VERBS, &w.lower) && !w.lower.ends_with("ing") && passive(ws, i) {
        return None;
    }
    if names_a_thing(ws, i) || coordinated_infinitive(ws, i) || gives_a_name(ws, i) {
        return None;
    }
    // "a combination of pledged and super delegates", "the reported deaths": a past form right
    // after "of" or an article describes a noun ("has since stressed" is a verb).
    // So does one after a possessive: "mourning his alleged death", "Trump's reported remarks"
    // (not "he's claimed that", which is "he has").
    // Asked of every word in -ed: no allocation.
    let possessive = |w: &Word| {
        crate::claims::mentions::possessive_base(&w.lower).is_some_and(|base| {
            !base.is_empty()
                && !crate::claims::lexicon::is_pronoun(base)
                && !is_in(&["that", "there", "who", "what"], base)
        })
    };
    let describes = i > 0
        && ws[i - 1].trailing.is_none()
        && w.lower.ends_with("ed")
        && (is_in(
            &[
                "of", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
            ],
            &ws[i - 1].lower,
        ) || possessive(&ws[i - 1]));
    if describes {
        return None;
    }
    // "would say or do anything to win": what someone would do, not what they said.
    let either = i > 0
        && is_in(&["would", "will", "could", "might"], &ws[i - 1].lower)
        && ws.get(i + 1).is_some_and(|n| n.lower == "or");
    if either {
        return None;
    }
    let particle = ws.get(i + 1).map(|n| n.lower.as_str());
    // A plural copula right after a word in -s makes it a plural noun: "If the websites'
    // reports are true", "Trump's claims were false". Not "the ones State now says are top
    // secret", "who officials say is tied to ...": a clause with a gap.
    let plural_noun = w.lower.ends_with('s') && w.lower != "says";
    if plural_noun && w.trailing.is_none() && particle.is_some_and(|n| is_in(&["are", "were"], n)) {
        return None;
    }
    // So does a preposition, a quantifier or "have" right before it: "delegates from states he
    // won", "in states that Republicans have not captured", "many promises he made", "Brunei
    // and Taiwan have claims in the area". A verb in -s follows its subject instead.
    let noun_before = i > 0
        && ws[i - 1].trailing.is_none()
        && (is_in(&crate::claims::mentions::PREPOSITIONS, &ws[i - 1].lower)
            || is_in(&NOUN_OPENERS, &ws[i - 1].lower));
    if plural_noun && noun_before {
        return None;
    }
    // A phrasal verb says nothing: "tweeted out video of his beheading", "is calling in the
    // Olivia Pope of rat exterminators", "called off the talks".
    let calls = w.lower.starts_with("call");
    if w.trailing.is_none()
        && ((particle == Some("out") && !calls)
            || (calls && matches!(particle, Some("in" | "off" | "up"))))
    {
        return None;
    }
    // "conceded that ...", "conceded on Monday that ...", or a clause that opens with its
    // subject pronoun: "conceded he had fallen short" (not "conceded the race").
    let before_that = || {
        clause_that(ws, i, 7).is_some()
            || ws
                .get(i + 1)
                .is_some_and(|n| is_in(&["he", "she", "they", "we", "i"], &n.lower))
    };
    if is_denial(w) {
        // "any attempt by you to deny the Muslims their rights", "refused to deny it": an
        // infinitive denies nothing, unless a verb carries it ("continues to deny", "went on to").
        let infinitive = i >= 2
            && ws[i - 1].lower == "to"
            && !is_in(&CATENATIVES, &ws[i - 2].lower)
            && ws[i - 2].lower != "on";
        // "one simply cannot deny the value", "has never denied the affair": a denial negated
        // affirms, or leaves open; it denies nothing. Not "she not only brushed off ... but".
        let negated = (i.saturating_sub(3)..i).any(|k| {
            (negates(&ws[k]) || is_in(&["cannot", "no"], &ws[k].lower))
                && ws.get(k + 1).is_none_or(|n| n.lower != "only")
        });
        let literal = is_in(&LITERAL_DENIAL_VERBS, &w.lower) && !claim_object(ws, i);
        (!infinitive
            && !negated
            && !literal
            && !headline_passive(ws, i)
            && !refuses_either_way(ws, i)
            && !dismisses_no_claim(ws, i))
        .then_some(Cue::Denial)
    } else if is_in(&CALLING_VERBS, &w.lower) && ws[i + 1..].iter().any(|w| says_false(&w.lower)) {
        Some(Cue::CallingFalse)
    } else if (is_speech(w)
        && (!is_in(&QUOTE_ONLY_VERBS, &w.lower) || before_that() || asks_whether(ws, i)))
        || (is_in(&BASE_SPEECH_VERBS, &w.lower) && after_subject(ws, i))
    {
        Some(Cue::Speech)
    } else if is_in(&SPEECH_PARTICIPLES, &w.lower)
        && progressive(ws, i)
        && (!is_in(&QUOTE_ONLY_VERBS, &w.lower) || before_that())
    {
        // "Sanders is suggesting he beat expectations", "leaders are increasingly admitting".
        Some(Cue::Speech)
    } else if is_in(&PROGRESSIVE_REPORT_PARTICIPLES, &w.lower)
        && progressive(ws, i)
        && clause_that(ws, i, 7).is_some()
    {
        // "The New York Post is reporting this morning that ...".
        Some(Cue::Speech)
    } else {
        None
    }
}

/// A form of "be" right before the participle at `i`, or before an adverb before it.
fn passive(ws: &[Word], i: usize) -> bool {
    let be = |k: usize| {
        ws[k].trailing.is_none() && (is_in(&PASSIVE_BE, &ws[k].lower) || ws[k].lower == "am")
    };
    (i >= 1 && be(i - 1)) || (i >= 2 && be(i - 2) && super::reported::is_adverb(&ws[i - 1].lower))
}

/// "declined to confirm or deny that ...", "would neither confirm nor deny", "deny or confirm":
/// whoever will not say either way denies nothing.
fn refuses_either_way(ws: &[Word], i: usize) -> bool {
    let confirm = |k: usize| ws.get(k).is_some_and(|w| w.lower.starts_with("confirm"));
    let or = |k: usize| ws.get(k).is_some_and(|w| is_in(&["or", "nor"], &w.lower));
    (i >= 2 && or(i - 1) && confirm(i - 2)) || (or(i + 1) && confirm(i + 2))
}

/// Proceedings and people that are dismissed, not denied (see the list).
static DISMISSED_PROCEEDINGS: WordList = word_list!("dismissed_proceedings.txt");

/// "was dismissed from service", "ridiculed and dismissed by Slashdot", "has dismissed 849
/// misdemeanor cases": a passive with its agent or origin, or a court's or employer's dismissal,
/// rejects no proposition. "dismissed the charges as politically motivated" still does.
fn dismisses_no_claim(ws: &[Word], i: usize) -> bool {
    let next = ws.get(i + 1).map_or("", |w| w.lower.as_str());
    if ws[i].trailing.is_none() && is_in(&["by", "from"], next) {
        return true;
    }
    if !ws[i].lower.starts_with("dismiss") {
        return false;
    }
    // The object: up to six words, ending at a comma or where a "that" clause opens.
    let object = &ws[i + 1..(i + 7).min(ws.len())];
    let end = object
        .iter()
        .position(|w| w.lower == "that" || w.trailing.is_some())
        .map_or(object.len(), |k| k + usize::from(object[k].lower != "that"));
    let proceeding = object[..end]
        .iter()
        .any(|w| is_in(&DISMISSED_PROCEEDINGS, bare(&w.lower)));
    let as_after = ws[i + 1..].iter().take(10).any(|w| w.lower == "as");
    proceeding && !as_after
}

/// "Rumor debunked: robots are not patrolling the campus", "Priest's claim dismissed as hoax":
/// a headline's passive without its "was", the report noun right before the colon or somewhere
/// before "as". Nobody in it denies; what follows the colon is the debunking, not the rumor.
/// An active verb has its object between it and "as" ("rejected as false a posting" has it
/// after, and no report noun before).
fn headline_passive(ws: &[Word], i: usize) -> bool {
    let report_noun = |w: &Word| is_in(&DENIED_OBJECTS, bare(&w.lower));
    let labelled = ws[i].trailing == Some(':') && i > 0 && report_noun(&ws[i - 1]);
    let dismissed_as = ws[i].trailing.is_none()
        && ws.get(i + 1).is_some_and(|n| n.lower == "as")
        && ws[i.saturating_sub(8)..i].iter().any(report_noun);
    labelled || dismissed_as
}

/// "a story on a site called MSNBC.website", "something called Pumpkin Spice": "called" gives a
/// name to what comes before it (something, or "a ..." after a preposition), and nobody speaks.
/// Not "A Republican senator called Trump a liar": there "a ..." is the subject.
pub(super) fn gives_a_name(ws: &[Word], i: usize) -> bool {
    if ws[i].lower != "called" || !ws.get(i + 1).is_some_and(crate::claims::mentions::is_cap) {
        return false;
    }
    let indefinite = i >= 1
        && is_in(
            &["something", "someone", "somebody", "anything", "anyone"],
            &ws[i - 1].lower,
        );
    // "on a site", "from a different city": a preposition, "a", up to two plain words.
    let object_of_preposition = (2..=4).any(|d| {
        i > d
            && is_in(&["a", "an"], &ws[i - d].lower)
            && is_in(&crate::claims::mentions::PREPOSITIONS, &ws[i - d - 1].lower)
            && ws[i - d..i]
                .iter()
                .all(|w| w.trailing.is_none() && !crate::claims::mentions::is_cap(w))
    });
    indefinite || object_of_preposition
}

/// "it would be irresponsible to jump to conclusions and say the bodies are the students'":
/// a base form after "and" or "or" whose partner is an infinitive is an infinitive too, what
/// nobody is said to say.
fn coordinated_infinitive(ws: &[Word], i: usize) -> bool {
    let w = &ws[i];
    let base = !w.lower.ends_with('s')
        && !w.lower.ends_with("ed")
        && !w.lower.ends_with("ing")
        && !is_in(&crate::claims::lexicon::IRREGULAR_PAST, &w.lower);
    if !base || i < 3 || !is_in(&["and", "or"], &ws[i - 1].lower) {
        return false;
    }
    // Back through the coordinated phrase, to its "to", within the clause.
    (i.saturating_sub(10)..i - 1)
        .rev()
        .take_while(|&k| ws[k].trailing.is_none())
        .any(|k| ws[k].lower == "to" && k + 1 < i - 1)
}

/// Whether a claim is the object of the verb at `i`: a noun such as "claims" or "rumors" within
/// its next four words, before any punctuation ("cast doubt over claims that", "shot down all
/// rumors"; not "shot down a Russian bomber").
fn claim_object(ws: &[Word], i: usize) -> bool {
    let mut object = ws[i + 1..].iter().take(4);
    let mut open = true;
    object.any(|w| {
        let names_claim = open && is_in(&DENIED_OBJECTS, bare(&w.lower));
        open &= w.trailing.is_none();
        names_claim
    })
}

/// Base forms of speech verbs that are as often nouns or infinitives (see the list).
static BASE_SPEECH_VERBS: WordList = word_list!("base_speech_verbs.txt");

/// Whether the word at `i` follows its subject or an auxiliary at once: "women who claim",
/// "I claim", "Democrats claim", "did not explain"; not "his claim", "to explain".
fn after_subject(ws: &[Word], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &ws[k]) else {
        return false;
    };
    let plural_noun = prev.lower.ends_with('s')
        && !prev.lower.ends_with("'s")
        && !prev.lower.ends_with("’s")
        && !prev.lower.ends_with("ss")
        && !is_in(&crate::claims::mentions::DETERMINERS, &prev.lower)
        && prev.text.chars().all(char::is_alphabetic);
    prev.trailing.is_none()
        && (plural_noun
            || is_in(
                &[
                    "i", "we", "they", "you", "who", "not", "never", "also", "still", "will",
                    "would", "could", "should", "may", "might", "must", "can", "do", "does", "did",
                ],
                &prev.lower,
            ))
}

/// Words that open an embedded question: "asked Sanders whether ...".
pub(super) const QUESTION_WORDS: [&str; 7] = ["whether", "if", "how", "why", "what", "when", "who"];

/// What "asked" asks, and where the claim of it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ask {
    /// "asked Sanders whether ...": at the question word.
    Question(usize),
    /// "asked the court to block the rules", "asked the council for a delay": right after the
    /// verb, so the claim says who was asked.
    Request(usize),
}

/// Whether "asked" at `i` asks a question or makes a request (see `asked_at`).
pub(super) fn asks_whether(ws: &[Word], i: usize) -> bool {
    asked_at(ws, i).is_some()
}

/// What "asked" (or "asks", "ask") at `i` introduces: a question word within four words,
/// "about" after who was asked, or "to" and a verb or "for" within six, with no punctuation
/// before it.
pub(super) fn asked_at(ws: &[Word], i: usize) -> Option<Ask> {
    if !is_in(&["asked", "asks", "ask", "asking"], &ws.get(i)?.lower) {
        return None;
    }
    let unbroken =
        |end: usize| (i + 1..ws.len().min(end)).take_while(|&k| ws[k - 1].trailing.is_none());
    // "asked former Attorney General Eric Holder whether": who was asked may be a long name,
    // or a longer description ("asked the 2016 Democratic White House contender if"), a noun
    // phrase with no verb or preposition in it.
    let described = |k: usize| {
        is_in(
            &["the", "a", "an", "his", "her", "their", "its"],
            &ws[i + 1].lower,
        ) && ws[i + 2..k].iter().all(|w| {
            !crate::claims::mentions::verb_like(w)
                && !is_in(&crate::claims::mentions::PREPOSITIONS, &w.lower)
                && !is_in(&["that", "and", "or"], &w.lower)
        })
    };
    if let Some(q) = unbroken(i + 9)
        .find(|&k| is_in(&QUESTION_WORDS, &ws[k].lower))
        .filter(|&k| k <= i + 4 || ws[i + 1..k].iter().skip(1).all(is_cap) || described(k))
        .filter(|&k| ws.len() - k > 3)
    {
        return Some(Ask::Question(q));
    }
    // "asked him to", not "asked about the move to cut taxes": the words before "to" or
    // "for" are who was asked, so no preposition or clause among them.
    let mut after_who_was_asked = unbroken(i + 7)
        .take_while(|&k| {
            k == i + 1
                || !is_in(&crate::claims::mentions::PREPOSITIONS, &ws[k - 1].lower)
                    && !is_in(&["that", "and", "or"], &ws[k - 1].lower)
        })
        // "has asked the Supreme Court to intervene.": "to" and its verb may end the sentence.
        .filter(|&k| ws.len() - k >= 2);
    // "asked Carson about his ties to Mannatech": a question about what follows "about".
    if let Some(about) = after_who_was_asked
        .clone()
        .find(|&k| k > i + 1 && ws[k].lower == "about")
    {
        return Some(Ask::Question(about));
    }
    let request = after_who_was_asked.find(|&k| match ws[k].lower.as_str() {
        "to" => ws.get(k + 1).is_some_and(|w| {
            w.text.starts_with(char::is_lowercase) && !is_in(&["the", "a", "an"], &w.lower)
        }),
        "for" => true,
        _ => false,
    });
    request.map(|_| Ask::Request(i + 1))
}

/// Whether the participle at `i` follows a form of "be", perhaps with an adverb between.
fn progressive(ws: &[Word], i: usize) -> bool {
    // "is still insisting", "is already claiming", "are increasingly admitting".
    let mut k = i;
    while k > 0 && is_adverb(&ws[k - 1].lower) && ws[k - 1].trailing.is_none() {
        k -= 1;
    }
    let be = |w: &Word| is_in(&["is", "are", "was", "were", "am", "been"], &w.lower);
    // "He's suggesting that ...", "they're arguing": the pronoun with its "is" or "are".
    let contracted_be = |w: &Word| {
        ["'s", "’s", "'re", "’re"]
            .iter()
            .find_map(|c| w.lower.strip_suffix(c))
            .is_some_and(|b| is_in(&crate::claims::lexicon::SUBJECT_PRONOUNS, b))
    };
    let after_be =
        k > 0 && ws[k - 1].trailing.is_none() && (be(&ws[k - 1]) || contracted_be(&ws[k - 1]));
    // "has been making this argument and boldly claiming that ...": a second progressive verb
    // after "and" shares the first one's auxiliary.
    let coordinated = k > 1
        && is_in(&["and", "but"], &ws[k - 1].lower)
        && (1..k - 1)
            .any(|j| ws[j].lower.ends_with("ing") && ws[j].trailing.is_none() && be(&ws[j - 1]));
    after_be || coordinated
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;

    fn cues(sentence: &str) -> Vec<(String, Cue)> {
        let ws = words(sentence, Span::new(0, sentence.len()));
        (0..ws.len())
            .filter_map(|i| cue_at(&ws, i).map(|c| (ws[i].lower.to_string(), c)))
            .collect()
    }

    #[test]
    fn asking_a_question_and_progressive_speech_are_cues() {
        assert_eq!(
            cues("A reporter asked Sanders whether his age was fair game."),
            [("asked".to_owned(), Cue::Speech)]
        );
        // A request is a cue too; asking about something is neither.
        assert_eq!(
            cues("The mayor asked the council to delay the vote."),
            [("asked".to_owned(), Cue::Speech)]
        );
        assert_eq!(
            cues("He asked for a photo with the mayor."),
            [("asked".to_owned(), Cue::Speech)]
        );
        assert!(cues("He asked about the move to cut taxes at length.").is_empty());
        // Asking someone about something is a question about it.
        let s = "The moderator asked Carson about his ties to the supplement maker.";
        let ws = words(s, Span::new(0, s.len()));
        assert_eq!(asked_at(&ws, 2), Some(Ask::Question(4)));
        // Who was asked may be a long description, but no clause or place of its own.
        let s = "HuffPost asked the 2016 Democratic White House contender if he had prepared.";
        let ws = words(s, Span::new(0, s.len()));
        assert_eq!(asked_at(&ws, 1), Some(Ask::Question(8)));
        // A request whose own clause holds a condition stays a request.
        let s = "He asked the council to wait for the report if the vote failed.";
        let ws = words(s, Span::new(0, s.len()));
        assert_eq!(asked_at(&ws, 1), Some(Ask::Request(2)));
        assert!(cues("He asked around the office.").is_empty());
        assert_eq!(
            cues("Sanders is suggesting he beat expectations."),
            [("suggesting".to_owned(), Cue::Speech)]
        );
        assert!(cues("Sanders, suggesting otherwise, left.").is_empty());
        // The pronoun may carry its "is" or "are".
        assert_eq!(
            cues("He's suggesting that delegates should flip."),
            [("suggesting".to_owned(), Cue::Speech)]
        );
        assert_eq!(
            cues("They’re arguing the race is over."),
            [("arguing".to_owned(), Cue::Speech)]
        );
        // "reporting" credits a clause only as "is reporting (this morning) that".
        assert_eq!(
            cues("The New York Post is reporting this morning that the plan failed."),
            [("reporting".to_owned(), Cue::Speech)]
        );
        assert!(cues("He was kidnapped while reporting from Syria in 2012.").is_empty());
        assert!(cues("Reuters is reporting the story on its front page.").is_empty());
        // A past form after a possessive describes a noun; "he's" is "he has".
        assert!(cues("Fans were mourning his alleged death online.").is_empty());
        assert!(cues("Critics mocked Reyes's reported remarks at length.").is_empty());
        assert_eq!(
            cues("He's claimed that the vote was rigged."),
            [("claimed".to_owned(), Cue::Speech)]
        );
    }

    #[test]
    fn a_speech_verb_with_an_act_for_object_is_no_cue() {
        assert!(cues("Comcast has declared war on the Tor Browser.").is_empty());
        assert!(cues("The rebels declared victory on Sunday.").is_empty());
        assert_eq!(
            cues("The rebels declared that the war was over."),
            [("declared".to_owned(), Cue::Speech)]
        );
    }

    #[test]
    fn a_plural_noun_after_a_preposition_or_quantifier_is_no_cue() {
        assert!(cues("Delegates from states he won should flip.").is_empty());
        assert!(cues("He broke many promises he made to voters.").is_empty());
        assert!(cues("Brunei and Taiwan have claims in the area.").is_empty());
        assert_eq!(
            cues("The lawsuit states that courts should wait."),
            [("states".to_owned(), Cue::Speech)]
        );
        assert_eq!(
            cues("Trump claims he is worth $10 billion."),
            [("claims".to_owned(), Cue::Speech)]
        );
    }

    #[test]
    fn refusing_either_way_or_dismissing_cases_is_no_denial() {
        assert!(cues("The ministry declined to confirm or deny the report.").is_empty());
        assert!(cues("The palace would neither confirm nor deny it.").is_empty());
        assert!(cues("The court dismissed the lawsuit against him.").is_empty());
        assert!(cues("She was dismissed from her post in May.").is_empty());
        assert!(cues("The device was mocked and dismissed by critics.").is_empty());
        assert_eq!(
            cues("The senator dismissed the charges as a smear."),
            [("dismissed".to_owned(), Cue::Denial)]
        );
        assert_eq!(
            cues("The senator dismissed the rumors."),
            [("dismissed".to_owned(), Cue::Denial)]
        );
    }

    #[test]
    fn called_giving_a_name_is_no_cue() {
        assert!(cues("Fans linked to a story on a site called MSNBC.website today.").is_empty());
        assert!(cues("He bought something called Pumpkin Spice.").is_empty());
        assert_eq!(
            cues("A Republican senator called Trump a liar."),
            cues("The senator called Trump a liar.")
        );
    }

    #[test]
    fn a_speech_verb_coordinated_with_an_infinitive_is_no_cue() {
        assert!(cues(
            "It would be irresponsible to jump to conclusions and say the bodies are theirs."
        )
        .iter()
        .all(|c| c.0 != "say"));
        assert!(cues("He wants to leave and deny everything.").is_empty());
        // A finite verb after "and" still speaks.
        assert_eq!(
            cues("He went to the store and said the bread was stale."),
            [("said".to_owned(), Cue::Speech)]
        );
    }

    #[test]
    fn a_literal_phrasal_verb_denies_only_a_named_claim() {
        for sentence in [
            "Scientists have cast doubt over claims that a spider burrowed into his body.",
            "The Pentagon shot down claims on Thursday that the border is porous.",
            "A spokesman squashed all rumors that the product exists.",
            "Lewandowski quashed rumors he was writing a book.",
        ] {
            assert_eq!(
                cues(sentence).first().map(|c| c.1),
                Some(Cue::Denial),
                "{sentence}"
            );
        }
        let denies = |s: &str| cues(s).iter().any(|c| c.1 == Cue::Denial);
        assert!(!denies(
            "Turkey shot down a Russian bomber near the border."
        ));
        assert!(!denies("He cast doubt on the official unemployment rate."));
        assert!(!denies("The court quashed his conviction."));
        // The object ends at the comma.
        assert!(!denies("Ukraine had shot down the flight, claims aside."));
    }

    #[test]
    fn a_headline_label_denies_nothing() {
        let denies = |s: &str| cues(s).iter().any(|c| c.1 == Cue::Denial);
        assert!(!denies(
            "Rumor debunked: robots are not patrolling the campus"
        ));
        assert!(!denies("Report denied: the mayor stays"));
        assert!(!denies("Priest's claim of seeing God dismissed as hoax"));
        // Active, its object after "as false".
        assert!(denies(
            "Officials rejected as false a posting that said the town was closed."
        ));
        assert!(denies("Mayor denied: \"I never resigned\""));
        assert!(denies("The mayor denied the report: he stays."));
    }

    #[test]
    fn an_infinitive_denies_nothing_unless_a_verb_carries_it() {
        assert!(
            cues("Any attempt by you to deny the residents their rights will fail.").is_empty()
        );
        assert!(cues("Park refused to deny the report.").is_empty());
        assert_eq!(
            cues("Reyes continues to deny the report."),
            [("deny".to_owned(), Cue::Denial)]
        );
    }

    #[test]
    fn speech_denial_and_calling_false() {
        assert_eq!(
            cues("The mayor said the plan works."),
            [("said".to_owned(), Cue::Speech)]
        );
        assert_eq!(
            cues("The ministry denied the report."),
            [("denied".to_owned(), Cue::Denial)]
        );
        assert_eq!(
            cues("Kirby called the report completely false."),
            [("called".to_owned(), Cue::CallingFalse)]
        );
        assert!(cues("Kirby called the report on Monday.").is_empty());
    }

    #[test]
    fn a_quote_only_verb_is_a_cue_only_before_that() {
        assert!(cues("The two states hold primaries.").is_empty());
        assert_eq!(
            cues("The lawsuit states that the rules were broken."),
            [("states".to_owned(), Cue::Speech)]
        );
    }
}
