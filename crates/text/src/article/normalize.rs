//! Normalising derived text for output and matching: typographic quotes and dashes become ASCII,
//! editorial brackets are dropped ("[Sergey] Lavrov" -> "Sergey Lavrov"), whitespace collapses.
//! The source text is never changed; callers keep the [`super::Span`] it came from.

/// `s` cut to at most `n` characters for display (a table cell, a graph label), the cut marked
/// with an ellipsis.
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Returns the normalised form of `s`.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let mapped: &str = match c {
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
            | '\u{2033}' => "\"",
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => "'",
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => "-",
            '\u{2014}' | '\u{2015}' => " - ",
            '\u{2026}' => "...",
            '[' | ']' => "",
            c if c.is_whitespace() => " ",
            _ => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                continue;
            }
        };
        for m in mapped.chars() {
            if m == ' ' {
                space = true;
            } else {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(m);
            }
        }
    }
    out
}

/// A key for comparing fragments: normalised, lower-case, punctuation-insensitive.
pub fn match_key(s: &str) -> String {
    clean(s)
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_brackets_and_whitespace() {
        assert_eq!(
            clean("  “It will [take place],”\n  he said —  “soon…” "),
            "\"It will take place,\" he said - \"soon...\""
        );
        assert_eq!(
            clean("[Russian] Foreign Minister [Sergey] Lavrov"),
            "Russian Foreign Minister Sergey Lavrov"
        );
        assert_eq!(clean("State’s"), "State's");
    }

    #[test]
    fn match_key_ignores_case_and_punctuation() {
        assert_eq!(match_key("“No plans,” he said."), "no plans he said");
    }
}
