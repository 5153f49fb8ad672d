//! One attribution, one claim: `“We will rebuild,” Mayor Park said. “The town has survived
//! worse.”` is a single act of speech that the credit interrupts. The extractor finds its two
//! quoted pieces as two drafts; this stage joins them, as PolNeAR's annotators and the Gender
//! Gap Tracker count it. The joined claim's text is the pieces' words; its span runs from the
//! first piece to the last, credit included, and `parts` keeps each piece's own span.

use super::lexicon::VERBS;
use super::{segment, ClaimKind, Draft};
use crate::article::Span;

/// The most words a credit between two pieces may have: "said Ross Eisenbrey of the Economic
/// Policy Institute, an early voice in urging the administration to act." is a long one. (On
/// PolNeAR's tuning part, 20 left 53 such quotes in two claims; at 30, 96% of the joined claims
/// lie inside one gold attribution and most of the rest are one speaker's words that the
/// annotators split.)
const MAX_CREDIT_WORDS: usize = 30;

/// Joins each closed quote with the quote that follows it in the same paragraph when both are
/// the same speaker's and nothing but their credit stands between them. Denials that point
/// back at a joined draft point at the joined claim.
pub(crate) fn join_pieces(text: &str, drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    // The index in `out` of each draft.
    let mut moved = Vec::with_capacity(drafts.len());
    for d in drafts {
        match out.last_mut() {
            Some(prev) if continues(text, prev, &d) => {
                if prev.parts.is_empty() {
                    prev.parts.push(prev.span);
                }
                prev.parts.push(d.span);
                prev.span = Span::new(prev.span.start, d.span.end);
                prev.form = d.form;
                moved.push(out.len() - 1);
            }
            _ => {
                moved.push(out.len());
                out.push(d);
            }
        }
    }
    for d in &mut out {
        d.denies = d.denies.map(|k| moved[k]);
    }
    out
}

/// `next` is the piece after `prev` of one quote: both quotes of one speaker, `prev` closed,
/// and between them only a closing mark, at most one sentence of credit and an opening mark.
fn continues(text: &str, prev: &Draft, next: &Draft) -> bool {
    if prev.kind != ClaimKind::Quote
        || next.kind != ClaimKind::Quote
        || prev.form != Some("direct")
        || !matches!(next.form, Some("direct" | "continued"))
        || prev.speaker != next.speaker
        || prev.denies.is_some()
        || next.denies.is_some()
        || prev.span.end > next.span.start
    {
        return false;
    }
    let Some(gap) = text.get(prev.span.end..next.span.start) else {
        return false;
    };
    let Some(credit) = between_marks(gap) else {
        return false;
    };
    // One sentence: a stop may end it ("Mr. Autor said."), not stand inside it ("he said. Then
    // he left."). `credit` is a slice of `gap`, which starts where `prev` ends.
    let offset = prev.span.end + (credit.as_ptr() as usize - gap.as_ptr() as usize);
    let credit_span = Span::new(offset, offset + credit.len()).trim(text);
    let one_sentence = credit_span.is_empty()
        || (segment::sentences(text, credit_span, &[]).len() == 1
            && !credit
                .trim_end()
                .trim_end_matches(['.', ','])
                .contains([';', ':']));
    let words: Vec<String> = crate::words::lower_words(credit).collect();
    // Nothing between the marks, or a credit: "he said", not "Then he left."
    let credits = words.is_empty() || words.iter().any(|w| VERBS.contains_key(w.as_str()));
    !gap.contains('\n') && one_sentence && words.len() <= MAX_CREDIT_WORDS && credits
}

/// The words between a closing quote mark at the start of `gap` and an opening one at its end,
/// when no other quote mark stands between them.
fn between_marks(gap: &str) -> Option<&str> {
    const MARKS: [&str; 6] = ["''", "”", "“", "\"", "»", "«"];
    let gap = gap.trim();
    // A stop inside the closing mark stays with the piece: “..., he said.” is `.”`.
    let gap = gap.trim_start_matches(['.', ',', '!', '?']);
    let opened = MARKS.iter().find_map(|m| gap.strip_prefix(m))?.trim_end();
    let inner = MARKS.iter().find_map(|m| opened.strip_suffix(m))?;
    let inner = inner.trim_start_matches(['.', ',', '!', '?', ' ']);
    (!MARKS.iter().any(|m| inner.contains(m)) && !inner.contains("„")).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::between_marks;

    #[test]
    fn the_credit_between_a_closing_and_an_opening_mark() {
        assert_eq!(between_marks(",” he said. “"), Some("he said. "));
        assert_eq!(between_marks(".'' ''"), Some(""));
        assert_eq!(
            between_marks("\" said Tom Reyes, an aide. \""),
            Some("said Tom Reyes, an aide. ")
        );
        // Another quote between them, or no mark at one end: not one quote's pieces.
        assert_eq!(between_marks("” he called it “unfair” and said “"), None);
        assert_eq!(between_marks("” he said."), None);
    }
}
