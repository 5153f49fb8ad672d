//! Stray quotes: quoted words of a paragraph that no attribution pattern claimed.
//!
//! `Fiorina routinely characterizes herself as a “change warrior” who “saved the company.”`,
//! `Trump says he goes “back to war tomorrow.”`: a quote inside a sentence is someone's words
//! even when no speech verb introduces it. PolNeAR annotates such quotes as attributions; on its
//! train split most quotes of three words or more that no other stage covers overlap one
//! (titles and markup aside). Each becomes a quote claim when its sentence says whose words
//! they are. Short ones are fragments: a claim of their own for the reader, but no proposition
//! another claim could contradict, so they are never paired.

use super::reported::what_called_subject;
use super::subject::{credit_after, credit_before, quoted_words, subject_before_quote};
use super::{is_pronoun, words, Draft};
use crate::article::Span;
use crate::claims::mentions::MentionKind;
use crate::claims::quotes::Quote;
use crate::claims::speakers::{ArticleScope, Registry};
use crate::claims::ClaimKind;

/// Fewer words than this make a quote a fragment ("a “major breach of trust”").
const FRAGMENT_WORDS: usize = 8;

/// Quotes of `quotes` in `sents` that overlap no attribution in `claimed`, each as a claim.
pub(super) fn stray_quotes(
    text: &str,
    sents: &[Span],
    quotes: &[Quote],
    claimed: &[Draft],
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Vec<Draft> {
    let mut out = Vec::new();
    for q in quotes {
        // A title is no one's words, nor is an attribute's value in markup
        // (`tweet-date="February 8, 2016"`).
        let Some(n_words) = quoted_words(text, q) else {
            continue;
        };
        let attribute = text[..q.outer.start].ends_with('=');
        if !q.closed || n_words < 3 || attribute {
            continue;
        }
        let covered = claimed.iter().any(|d| {
            d.kind != ClaimKind::Narrator
                && d.span.start < q.inner.end
                && q.inner.start < d.span.end
        });
        if covered {
            continue;
        }
        let Some(&sent) = sents
            .iter()
            .find(|s| s.start <= q.outer.start && q.outer.start < s.end)
        else {
            continue;
        };
        // A quote its sentence credits to no one stays the narrator's: an unknown speaker is
        // never paired, and on PolNeAR the paragraph's last speaker was wrong more often than
        // right (8 of 13 such quotes).
        let Some((speaker, mention)) = speaker_of(text, sent, q, reg, scope) else {
            continue;
        };
        let form = if n_words < FRAGMENT_WORDS {
            "fragment"
        } else {
            "direct"
        };
        out.push(Draft::new(speaker, ClaimKind::Quote, q.inner, Some(mention)).form(form));
    }
    out
}

/// Who a stray quote's sentence credits, when it says so plainly enough: "what X called"
/// right before it, a credit before the quote, a named subject that opens the sentence
/// ("Fiorina routinely characterizes herself as a “...”"), past an opening phrase or clause, or
/// a named credit after it ("“...,” as Cruz said on Monday"). Not a pronoun: a "he" in a
/// sentence that credits nobody was as often someone else as the paragraph's speaker.
fn speaker_of(
    text: &str,
    sent: Span,
    q: &Quote,
    reg: &mut Registry,
    scope: &mut ArticleScope,
) -> Option<(usize, String)> {
    let ws = words(text, sent);
    // "concludes that Trump is too “...”", "condemning Clark's": the subject of a clause that
    // says something, or a participle's object, is no one's credit.
    let content_subject = |start: usize| {
        let k = ws.iter().rposition(|w| w.span.end <= start);
        let first = ws.iter().find(|w| w.span.start >= start);
        k.is_some_and(|k| ws[k].lower == "that" && ws[k].trailing.is_none())
            || first.is_some_and(|w| {
                (w.lower.ends_with("ing") || w.lower == "that")
                    && w.text.starts_with(char::is_lowercase)
            })
    };
    let n_before = ws
        .iter()
        .take_while(|w| w.span.end <= q.outer.start)
        .count();
    // "under what Mr. Hedge called “the prior economy model,”": the free relative's subject.
    if let Some(m) = what_called_subject(&ws, n_before) {
        if let Some(sp) = reg.resolve(&m, scope) {
            return Some((sp, m.surface));
        }
    }
    let before = Span::new(sent.start, q.outer.start);
    if let Some(c) = credit_before(text, before, reg, scope) {
        if !content_subject(c.start) {
            return Some((c.speaker, c.mention));
        }
    }
    if let Some(m) = subject_before_quote(&ws, n_before).filter(|m| !content_subject(m.span.start))
    {
        // A full name with a title or a first name the lists know is someone new; a surname
        // or a title alone must be someone the article named.
        let introduced = matches!(&m.kind, MentionKind::Person { first: Some(f), role, .. }
            if role.is_some() || crate::claims::lexicon::is_known_first_name(f));
        let sp = match &m.kind {
            MentionKind::Person { .. } if introduced => reg.resolve(&m, scope),
            MentionKind::Person { .. } | MentionKind::Title { .. } => reg.known_person(&m, scope),
            _ => None,
        };
        if let Some(sp) = sp {
            return Some((sp, m.surface));
        }
    }
    credit_after(text, q, sent.end, reg, scope)
        .filter(|c| !is_pronoun(&c.mention.to_lowercase()) && !content_subject(c.start))
        .map(|c| (c.speaker, c.mention))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::quotes::find_quotes;

    /// The (speaker, quoted words, form) of each stray quote of `sentence`, read as one
    /// paragraph of one sentence that no other stage claimed.
    fn strays(sentence: &str) -> Vec<(String, String, &'static str)> {
        let sent = Span::new(0, sentence.len());
        let quotes = find_quotes(sentence, sent);
        let mut reg = Registry::default();
        let mut scope = ArticleScope::new("test");
        stray_quotes(sentence, &[sent], &quotes, &[], &mut reg, &mut scope)
            .into_iter()
            .map(|d| {
                (
                    reg.speakers[d.speaker].name.clone(),
                    d.span.slice(sentence).to_owned(),
                    d.form.unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn quoted_words_the_sentence_credits_are_its_speakers() {
        assert_eq!(
            strays("Historian Carl Anthony says her influence was “personal and closely held.”"),
            [(
                "Carl Anthony".to_owned(),
                "personal and closely held.".to_owned(),
                "fragment"
            )]
        );
        // Eight words or more are a proposition, not a fragment.
        assert_eq!(
            strays("State treasurer Tom Alvarez described the plan as “the best means of saving what little is left.”")
                .iter()
                .map(|s| (s.0.as_str(), s.2))
                .collect::<Vec<_>>(),
            [("Tom Alvarez", "direct")]
        );
        // A credit after the quote.
        assert_eq!(
            strays("The race “is a dead heat right now,” as Senator Ted Cruz said on Monday, only magnifies the stakes.")[0]
                .0,
            "Ted Cruz"
        );
    }

    #[test]
    fn a_free_relative_credits_and_a_content_clauses_subject_does_not() {
        assert_eq!(
            strays("In 2009, under what Mayor Tom Reyes called “the prior economy model,” a fee was charged.")[0].0,
            "Tom Reyes"
        );
        // Senator Karen Wu is what the sentence is about, not who said it.
        assert!(strays(
            "The board's report, released on Friday, concludes that Senator Karen Wu is too “dangerous and reckless”."
        )
        .iter()
        .all(|s| s.0 != "Karen Wu"));
        assert!(strays(
            "They ask the governor's office, condemning Senator Karen Wu's remarks, to make it clear “that you find such extreme proposals unacceptable.”"
        )
        .iter()
        .all(|s| s.0 != "Karen Wu"));
    }

    #[test]
    fn no_stray_claim_without_a_credit_or_for_short_words_titles_and_markup() {
        for sentence in [
            // Nobody in the sentence says it.
            "Residents have a name for the tunnel project: the “road to ruin and despair.”",
            // A pronoun alone could be anyone's.
            "He voiced a wish for a “strong, prosperous and vibrant Mexico.”",
            // Under three words.
            "Senator Ted Cruz called the plan “a disaster.”",
            // A title.
            "Senator Ted Cruz appeared on “The Late Show With Stephen Colbert” on Monday.",
            // An attribute's value.
            "<tweet author=\"@tedcruz\" tweet-date=\"February 8, 2016\">Senator Ted Cruz spoke.</tweet>",
            // Left open.
            "Senator Ted Cruz said the plan was “a disaster from start",
        ] {
            assert_eq!(strays(sentence), [], "{sentence}");
        }
    }

    #[test]
    fn a_quote_that_a_claim_covers_is_no_stray() {
        let sentence = "Senator Ted Cruz said the plan is “a disaster from start to finish.”";
        let sent = Span::new(0, sentence.len());
        let quotes = find_quotes(sentence, sent);
        let mut reg = Registry::default();
        let mut scope = ArticleScope::new("test");
        let claim = Draft::new(0, ClaimKind::Reported, Span::new(28, sentence.len()), None);
        assert!(
            stray_quotes(sentence, &[sent], &quotes, &[claim], &mut reg, &mut scope).is_empty()
        );
        // A narrator's sentence covers it and leaves it a stray.
        let narrator = Draft::new(0, ClaimKind::Narrator, sent, None);
        assert_eq!(
            stray_quotes(
                sentence,
                &[sent],
                &quotes,
                &[narrator],
                &mut reg,
                &mut scope
            )
            .len(),
            1
        );
    }
}
