//! Paragraphs and sentences, as spans of the original text.

use super::lexicon::{is_in, ABBREVIATIONS};
use crate::article::Span;

/// Each non-empty line from `from` on is a paragraph (news copy puts one paragraph per line,
/// blank lines or not), trimmed of surrounding whitespace.
pub fn paragraphs(text: &str, from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = from;
    for line in text[from..].split_inclusive('\n') {
        let span = Span::new(start, start + line.len()).trim(text);
        if !span.is_empty() {
            out.push(span);
        }
        start += line.len();
    }
    out
}

/// Where the text after a wire-service dateline starts: "KYIV, March 3 (Reuters) - Ukraine's
/// ..." or "WASHINGTON (AP) — The ...". `None` when `para` doesn't open with one.
pub fn after_dateline(text: &str, para: Span) -> Option<usize> {
    let p = para.slice(text);
    let mut cut = p.len().min(90);
    while !p.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &p[..cut];
    // A long dash may stand without spaces: "BAGHDAD—An Iraqi official said".
    let (at, dash) = [" - ", " – ", " — ", " -- ", "—", "–"]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .min()?;
    let place = head[..at].split([',', '(']).next()?.trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = place
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
    (letters >= 3 && all_caps).then_some(para.start + at + dash)
}

/// Splits a paragraph into sentences. Never splits inside `protected` spans (quotes), after an
/// abbreviation or an initial ("U.S.", "Mr.", "John F. Kennedy"), or before a lower-case word.
pub fn sentences(text: &str, para: Span, protected: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = para.start;
    let mut iter = text[para.start..para.end].char_indices().peekable();
    while let Some((rel, c)) = iter.next() {
        let i = para.start + rel;
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Inside a quote no sentence ends, except at its own last stop: in `“We will win.” He
        // said that ...` a new sentence follows the quote. Whether the next sentence is only
        // the quote's credit (`“Why?” Sanders asked.`) is the extractor's call.
        if protected
            .iter()
            .any(|q| q.start < i && i < q.end.saturating_sub(1) && !closes(text, i, q.end))
        {
            continue;
        }
        // Include closing quotes and brackets in the sentence.
        let mut end = i + c.len_utf8();
        while let Some(&(_, n)) = iter.peek() {
            if is_closing_quote(n) || matches!(n, ')' | ']') {
                end += n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        if end >= para.end {
            break;
        }
        // Must be followed by whitespace, then something that starts a sentence.
        let rest = &text[end..para.end];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() && !(c == '.' && glued_sentence(text, i, rest)) {
            continue;
        }
        let next = after_space.chars().next().unwrap_or(' ');
        if !(next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '“' | '"' | '‘' | '«' | '[')
            || opens_parenthetical_sentence(after_space)
            || opens_with_apostrophes(after_space))
        {
            continue;
        }
        if c == '.' && is_abbreviation(text, i) {
            continue;
        }
        out.push(unbracketed(text, Span::new(start, end).trim(text)));
        start = end;
    }
    let last = Span::new(start, para.end).trim(text);
    if !last.is_empty() {
        out.push(unbracketed(text, last));
    }
    out
}

/// Splits a sentence at its semicolons into clauses that each stand alone: in "..., analysts
/// say; in 2012, Reyes won 31 percent" and "She won the seat; she says she will run again"
/// each side has its own credit, or none. Not inside `protected` spans (quotes) or brackets,
/// and only where both sides have three words or more ("Paris; London") and `stands_alone`
/// accepts the words after the semicolon: "He praised X; clashed with Y; and said Z" is one
/// subject's list.
pub fn clauses(
    text: &str,
    sent: Span,
    protected: &[Span],
    stands_alone: impl Fn(&str) -> bool,
) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = sent.start;
    let mut depth = 0usize;
    for (rel, c) in sent.slice(text).char_indices() {
        let i = sent.start + rel;
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ';' if depth == 0 && !protected.iter().any(|q| q.start < i && i < q.end) => {
                let before = Span::new(start, i).trim(text);
                let after = Span::new(i + 1, sent.end).trim(text);
                if word_count(before.slice(text)) >= 3
                    && word_count(after.slice(text)) >= 3
                    && stands_alone(after.slice(text))
                {
                    out.push(before);
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    out.push(Span::new(start, sent.end).trim(text));
    out
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A whole sentence in brackets, "(Her manager said he expects to win.)", without them: the
/// words inside brackets are otherwise an aside, never a credit.
fn unbracketed(text: &str, sent: Span) -> Span {
    let s = sent.slice(text);
    match (s.strip_prefix('('), s.find(')')) {
        (Some(inner), Some(close)) if close + 1 == s.len() && !inner.contains('(') => {
            Span::new(sent.start + 1, sent.end - 1).trim(text)
        }
        _ => sent,
    }
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»')
}

/// Whether only closing quote marks stand between the stop at byte `stop` and `quote_end`.
fn closes(text: &str, stop: usize, quote_end: usize) -> bool {
    text.get(stop + 1..quote_end)
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(is_closing_quote))
}

/// "''I am going to be the nominee,'' he said": a quote opened with two apostrophes (the New
/// York Times archive's style) or one before a capital.
fn opens_with_apostrophes(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next() == Some('\'') && chars.next().is_some_and(|c| c == '\'' || c.is_uppercase())
}

/// "(On Wednesday, his manager said ...)": a sentence in brackets after a stop. A bracket
/// before a lower-case word or a number ("(and its allies)", "(1)") opens none.
fn opens_parenthetical_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next() == Some('(') && chars.next().is_some_and(char::is_uppercase)
}

/// Text scraped from the web sometimes loses the space between sentences: "has been
/// named.Commander Richard Walton said". A period between a lower-case word of three letters or
/// more and a capitalised word ends a sentence even so.
fn glued_sentence(text: &str, dot: usize, rest: &str) -> bool {
    let before: Vec<char> = text[..dot].chars().rev().take(3).collect();
    let mut after = rest.chars();
    before.len() == 3
        && before.iter().all(|c| c.is_lowercase())
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase)
}

/// Whether the period at byte `dot` ends an abbreviation or an initial.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let word_start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '['))
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..dot];
    // An initial ("John F. Kennedy"), or initials run together ("J.M. Berger").
    if word
        .split('.')
        .all(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase))
    {
        return true;
    }
    let lower = word.to_lowercase();
    is_in(&ABBREVIATIONS, lower.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_run_together_end_no_sentence() {
        let t = "“It has grown,” said J.M. Berger, a fellow. E.J. Dionne agreed.";
        let s = split(t);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[1].starts_with("E.J. Dionne"), "{s:?}");
    }

    #[test]
    fn a_lost_space_between_sentences_still_ends_one() {
        let t = "Police declined to comment on the report.Commander Jane Walton said: no.";
        let s = sentences(t, Span::new(0, t.len()), &[]);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[1].slice(t).starts_with("Commander"));
        // Not inside a web address.
        let t = "It was posted on IraqiNews.com on Monday by Jane Smith today.";
        assert_eq!(sentences(t, Span::new(0, t.len()), &[]).len(), 1);
    }

    fn split(text: &str) -> Vec<&str> {
        let p = Span::new(0, text.len());
        sentences(text, p, &[])
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_but_not_abbreviations() {
        assert_eq!(
            split("The U.S. does not want it. Mr. Smith agreed. He left at 5 p.m. on Monday."),
            [
                "The U.S. does not want it.",
                "Mr. Smith agreed.",
                "He left at 5 p.m. on Monday."
            ]
        );
        assert_eq!(
            split("John F. Kennedy spoke. Then?"),
            ["John F. Kennedy spoke.", "Then?"]
        );
        assert_eq!(
            split("She cited Whole Woman's Health v. Hellerstedt on Monday. It passed."),
            [
                "She cited Whole Woman's Health v. Hellerstedt on Monday.",
                "It passed."
            ]
        );
        assert_eq!(
            split("the U.S.-led coalition. ok"),
            ["the U.S.-led coalition. ok"]
        );
    }

    #[test]
    fn keeps_closing_quotes_and_respects_protected_spans() {
        let t = "“One. Two,” he said. Next one.";
        let q = Span::new(0, t.find(',').unwrap() + 4);
        let s: Vec<&str> = sentences(t, Span::new(0, t.len()), &[q])
            .iter()
            .map(|s| s.slice(t))
            .collect();
        assert_eq!(s, ["“One. Two,” he said.", "Next one."]);
    }

    #[test]
    fn a_quote_that_ends_with_a_stop_can_end_its_sentence() {
        for t in [
            "He called them “guards.” He said that is wrong.",
            "He called them ''guards.'' He said that is wrong.",
            "“Why?” He said that is wrong.",
        ] {
            let open = t.find(['“', '\'']).unwrap();
            let close = t.find(" He").unwrap();
            let s: Vec<&str> = sentences(t, Span::new(0, t.len()), &[Span::new(open, close)])
                .iter()
                .map(|s| s.slice(t))
                .collect();
            assert_eq!(s.len(), 2, "{s:?}");
            assert_eq!(s[1], "He said that is wrong.");
        }
        // A stop inside the quote, not at its end, still ends nothing.
        let t = "“One. Two,” he said.";
        let q = Span::new(0, t.find(" he").unwrap());
        assert_eq!(sentences(t, Span::new(0, t.len()), &[q]).len(), 1);
    }

    #[test]
    fn a_quote_opened_with_apostrophes_starts_a_sentence() {
        assert_eq!(
            split("He made the case. ''I will win,'' he said. 'We will,' she said."),
            [
                "He made the case.",
                "''I will win,'' he said.",
                "'We will,' she said."
            ]
        );
    }

    #[test]
    fn a_sentence_in_brackets_is_its_own_without_them() {
        assert_eq!(
            split("They met. (On Monday, his aide said he would stay.) Then it rained."),
            [
                "They met.",
                "On Monday, his aide said he would stay.",
                "Then it rained."
            ]
        );
        // Brackets inside a sentence, or opening on a lower-case word, stay as they are.
        assert_eq!(
            split("They met (twice). (and more) Then (On air) it rained."),
            ["They met (twice). (and more) Then (On air) it rained."]
        );
    }

    #[test]
    fn datelines_are_found_and_ordinary_openings_are_not() {
        fn at(t: &str) -> Option<&str> {
            after_dateline(t, Span::new(0, t.len())).map(|i| &t[i..])
        }
        assert_eq!(
            at("KYIV, March 3 (Reuters) - Ukraine said"),
            Some("Ukraine said")
        );
        assert_eq!(
            at("WASHINGTON (AP) — The Senate voted"),
            Some("The Senate voted")
        );
        assert_eq!(at("NEW YORK -- Stocks fell"), Some("Stocks fell"));
        assert_eq!(
            at("BAGHDAD—An Iraqi official denied it"),
            Some("An Iraqi official denied it")
        );
        assert_eq!(at("The minister—who spoke briefly—said"), None);
        assert_eq!(at("The minister - who spoke briefly - said"), None);
        assert_eq!(at("UN - the body said"), None);
        // Multi-byte text around the 90-byte window must not split a character.
        assert_eq!(at(&"é".repeat(60)), None);
    }

    #[test]
    fn semicolons_split_clauses_outside_quotes_and_brackets() {
        fn at(t: &str) -> Vec<&str> {
            let quote = t.find('"').map(|q| Span::new(q, t.rfind('"').unwrap() + 1));
            clauses(t, Span::new(0, t.len()), quote.as_slice(), |rest| {
                !rest.starts_with("and ")
            })
            .into_iter()
            .map(|s| s.slice(t))
            .collect()
        }
        assert_eq!(
            at("Turnout will be high, analysts say; in 2012, Reyes won 31 percent."),
            [
                "Turnout will be high, analysts say",
                "in 2012, Reyes won 31 percent."
            ]
        );
        assert_eq!(
            at("He flew to Paris; London; Rome."),
            ["He flew to Paris; London; Rome."]
        );
        assert_eq!(
            at("He flew to Paris on Monday; and then he went home."),
            ["He flew to Paris on Monday; and then he went home."]
        );
        assert_eq!(
            at("He said \"we won; they lost badly\" on Monday night."),
            ["He said \"we won; they lost badly\" on Monday night."]
        );
        assert_eq!(
            at("The plan (costly; slow to build) was dropped by the board."),
            ["The plan (costly; slow to build) was dropped by the board."]
        );
    }

    #[test]
    fn paragraphs_are_non_empty_trimmed_lines() {
        let t = "Title\n\n  First para.  \nSecond.\n\n";
        let p: Vec<&str> = paragraphs(t, 6).iter().map(|s| s.slice(t)).collect();
        assert_eq!(p, ["First para.", "Second."]);
    }
}
