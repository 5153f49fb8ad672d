//! Property test: extraction never panics on arbitrary text full of quote marks, brackets and
//! punctuation, and every claim's offsets stay inside the text and cover its evidence (each of
//! its pieces, for a quote its credit interrupts).

use contra_text::article::{normalize, Article};
use contra_text::claims::extract;
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just("‘".to_owned()),
        Just("’".to_owned()),
        Just("«".to_owned()),
        Just("»".to_owned()),
        Just("„".to_owned()),
        Just("'".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(", ".to_owned()),
        Just(". ".to_owned()),
        Just(": ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just(" said ".to_owned()),
        Just(" he ".to_owned()),
        Just("She ".to_owned()),
        Just(" denied reports that ".to_owned()),
        Just("According to ".to_owned()),
        Just("Minister John Smith".to_owned()),
        Just("the spokesman".to_owned()),
        Just(", adding:".to_owned()),
        Just(" called him ".to_owned()),
        Just(", calling it ".to_owned()),
        Just(", claiming that ".to_owned()),
        Just(" (D-Mo.) ".to_owned()),
        Just(" analysts say.".to_owned()),
        Just("’s ".to_owned()),
        Just("U.S. ".to_owned()),
        Just("…".to_owned()),
        Just("—".to_owned()),
        Just("é".to_owned()),
        Just("😀".to_owned()),
        "[A-Za-z ]{1,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_offsets_are_valid(pieces in proptest::collection::vec(piece(), 0..80)) {
        let text: String = pieces.concat();
        let chars: Vec<char> = text.chars().collect();
        let x = extract(vec![Article::from_plain("p.txt", text.clone())]);
        for c in &x.claims {
            prop_assert!(c.start <= c.end && c.end <= chars.len());
            // A quote its credit interrupts lists its pieces, in order inside start..end.
            let parts = if c.parts.is_empty() { vec![[c.start, c.end]] } else { c.parts.clone() };
            prop_assert_eq!((parts[0][0], parts[parts.len() - 1][1]), (c.start, c.end));
            prop_assert!(parts.iter().all(|p| p[0] <= p[1]));
            prop_assert!(parts.windows(2).all(|w| w[0][1] <= w[1][0]));
            let pieces: Vec<String> = parts
                .iter()
                .map(|p| normalize::clean(&chars[p[0]..p[1]].iter().collect::<String>()))
                .collect();
            prop_assert_eq!(pieces.join(" "), c.text.clone());
        }
    }
}
