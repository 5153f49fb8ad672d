//! Finding quoted stretches in a paragraph, in every common style: “ ” " " ‘ ’ « » „ “, the
//! doubled apostrophes '' '' that The New York Times' archive text uses for “ ”, and the
//! straight single marks ' ' of British papers typed on a plain keyboard.
//!
//! Nested quotes (‘ ’ inside “ ”, or “ ” inside “ ”) stay inside the outer quote. A quote still
//! open at the end of a paragraph ends there (news style: a quote continuing into the next
//! paragraph leaves the closing mark off); `closed` says so.

use crate::article::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// With the quote marks.
    pub outer: Span,
    /// Without the quote marks.
    pub inner: Span,
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Curly,    // “ ... ”
    Straight, // " ... "
    Guillemet,
    Low,     // „ ... “ or ”
    Single,  // ‘ ... ’
    Doubled, // '' ... ''
    /// ' ... ', British style on a plain keyboard: told Mashable: 'We have no notification.'
    /// Apostrophes share the mark, so it opens only before a capital ('We ...) and closes
    /// only after a stop or before one ('... Ebola.' / '... investigating', he said); a quote
    /// it leaves open is none.
    Apostrophe,
}

pub fn find_quotes(text: &str, para: Span) -> Vec<Quote> {
    let s = &text[para.start..para.end];
    let mut out = Vec::new();
    let mut open: Option<(usize, Style, u32)> = None; // start, style, nesting depth
    let mut prev = ' ';
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut skip = false; // the second apostrophe of a doubled mark
    for (k, &(i, c)) in chars.iter().enumerate() {
        if skip {
            skip = false;
            prev = c;
            continue;
        }
        let next = chars.get(k + 1).map_or(' ', |&(_, n)| n);
        let doubled = c == '\'' && next == '\'';
        match open {
            None => {
                let after = chars.get(k + 2).map_or(' ', |&(_, n)| n);
                let style = match c {
                    _ if doubled && opens(prev, after) => {
                        skip = true;
                        Some(Style::Doubled)
                    }
                    '“' => Some(Style::Curly),
                    // ”word: an opening mark typed as a closing one.
                    '”' if opens(prev, next) => Some(Style::Curly),
                    '«' => Some(Style::Guillemet),
                    '„' => Some(Style::Low),
                    '"' if opens(prev, next) => Some(Style::Straight),
                    '‘' if opens(prev, next) => Some(Style::Single),
                    '\'' if opens(prev, next) && next.is_uppercase() => Some(Style::Apostrophe),
                    _ => None,
                };
                if let Some(st) = style {
                    open = Some((i, st, 0));
                }
            }
            Some((start, style, depth)) => {
                let closes = match (style, c) {
                    // word“ followed by a space or a stop: a closing mark typed as an opening
                    // one ("rapists“ while"), which would otherwise swallow the paragraph.
                    (Style::Curly, '“') if !ends_word(prev, next) => {
                        open = Some((start, style, depth + 1));
                        false
                    }
                    (Style::Curly, '”' | '"' | '“') => {
                        if depth > 0 {
                            open = Some((start, style, depth - 1));
                            false
                        } else {
                            true
                        }
                    }
                    (Style::Straight, '"') | (Style::Straight, '”') => true,
                    (Style::Guillemet, '»') => true,
                    (Style::Low, '“') | (Style::Low, '”') => true,
                    (Style::Single, '’') => !next.is_alphanumeric() && !prev.is_whitespace(),
                    (Style::Doubled, '\'') => doubled,
                    (Style::Apostrophe, '\'') => {
                        let stop = |c: char| matches!(c, '.' | ',' | '!' | '?' | ';');
                        (stop(prev) && (next.is_whitespace() || stop(next) || k + 1 == chars.len()))
                            || (prev.is_alphanumeric() && stop(next))
                    }
                    _ => false,
                };
                // A paragraph that is nothing but a phrase in single marks is a subheading
                // ('A change warrior.'), no one's words.
                let whole_paragraph =
                    || s[..start].trim().is_empty() && s[i + c.len_utf8()..].trim().is_empty();
                // 'Finding Neverland' on Jan. 24: a mark between a word and a space ends a
                // title (or is a plural's apostrophe); either way no quote goes on past it.
                let title_end = style == Style::Apostrophe
                    && c == '\''
                    && prev.is_alphanumeric()
                    && next.is_whitespace();
                if title_end || (closes && style == Style::Apostrophe && whole_paragraph()) {
                    open = None;
                } else if closes {
                    let end = i + c.len_utf8() + if doubled { 1 } else { 0 };
                    skip = doubled;
                    out.push(Quote {
                        outer: Span::new(para.start + start, para.start + end),
                        inner: Span::new(para.start + start + first_len(s, start), para.start + i),
                        closed: true,
                    });
                    open = None;
                }
            }
        }
        prev = c;
    }
    if let Some((start, _, _)) = open.filter(|o| o.1 != Style::Apostrophe) {
        let inner_start = para.start + start + first_len(s, start);
        // A lone opening mark with nothing after it is a stray character, not a quote.
        if text[inner_start..para.end].trim().chars().count() > 1 {
            out.push(Quote {
                outer: Span::new(para.start + start, para.end),
                inner: Span::new(inner_start, para.end),
                closed: false,
            });
        }
    }
    out
}

/// A straight or single quote opens when it starts a word.
fn opens(prev: char, next: char) -> bool {
    (prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–' | '-' | '/' | ':'))
        && !next.is_whitespace()
}

/// A mark right after a word or a stop, before a space, a stop or the end, closes.
fn ends_word(prev: char, next: char) -> bool {
    (prev.is_alphanumeric() || matches!(prev, '.' | ',' | '!' | '?' | '—' | '-'))
        && (next.is_whitespace() || matches!(next, '.' | ',' | ';' | ':' | '!' | '?' | ')'))
}

/// The length of the opening mark at `at`: one character, or two for a doubled apostrophe.
fn first_len(s: &str, at: usize) -> usize {
    if s[at..].starts_with("''") {
        return 2;
    }
    s[at..].chars().next().map_or(0, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<(&str, bool)> {
        find_quotes(t, Span::new(0, t.len()))
            .iter()
            .map(|q| (q.inner.slice(t), q.closed))
            .collect()
    }

    #[test]
    fn every_common_style() {
        assert_eq!(quotes("He said “yes.”"), [("yes.", true)]);
        assert_eq!(quotes(r#"He said "no way" then."#), [("no way", true)]);
        assert_eq!(quotes("Il a dit « non » hier."), [(" non ", true)]);
        assert_eq!(quotes("Er sagte „nein“ gestern."), [("nein", true)]);
        assert_eq!(
            quotes("She called it ‘a farce’, then left."),
            [("a farce", true)]
        );
        assert_eq!(
            quotes("''It is over,'' he said, and ''done.''"),
            [("It is over,", true), ("done.", true)]
        );
        assert_eq!(
            quotes("''A 'big' deal,'' she said."),
            [("A 'big' deal,", true)]
        );
        assert_eq!(
            quotes("''We will fight on."),
            [("We will fight on.", false)]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("The State’s capital isn’t far, it’s ‘close’."),
            [("close", true)]
        );
        assert!(quotes("Don't and can't 'em").is_empty());
    }

    #[test]
    fn british_single_marks_on_a_plain_keyboard() {
        assert_eq!(
            quotes("Ms Feig told Mashable: 'We have no notification that it is Ebola.'"),
            [("We have no notification that it is Ebola.", true)]
        );
        assert_eq!(
            quotes("'We are investigating', he said, 'and will report.'"),
            [("We are investigating", true)]
        );
        // A title, a plural's apostrophe, a subheading and a mark left open are no quotes.
        // ('Cheers,' is read as a quote here; the claim readers know a title when they see
        // one.)
        assert_eq!(
            quotes("'Finding Neverland' opens on Jan. 24, after 'Cheers,' closed."),
            [("Cheers,", true)]
        );
        assert!(quotes("The girls' parents said 'Yes' twice").is_empty());
        assert!(quotes("'A change warrior.'").is_empty());
        assert!(quotes("He said 'We will fight on").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let t = "“He told me ‘never’ and “stop” twice,” she said.";
        assert_eq!(quotes(t), [("He told me ‘never’ and “stop” twice,", true)]);
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        assert_eq!(
            quotes("“We will fight on. And win."),
            [("We will fight on. And win.", false)]
        );
        assert!(quotes("A stray ” closing mark and a lone “").is_empty());
    }

    #[test]
    fn curly_marks_typed_the_wrong_way_round_still_pair() {
        assert_eq!(
            quotes("He called them “thieves” and “liars“ while “It is over,” she said."),
            [("thieves", true), ("liars", true), ("It is over,", true)]
        );
        assert_eq!(
            quotes("“It is unusual,“ said Tom Reyes. “Very.”"),
            [("It is unusual,", true), ("Very.", true)]
        );
        assert_eq!(
            quotes("Doing so ”appeared to be a mistake” he said."),
            [("appeared to be a mistake", true)]
        );
        // A nested opening mark still nests.
        assert_eq!(
            quotes("“He said “stop” twice,” she said."),
            [("He said “stop” twice,", true)]
        );
    }
}
