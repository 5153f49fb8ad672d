//! Parsing a speaker mention ("State Department spokesman John Kirby", "he", "the foreign
//! minister", "an anonymous source") out of the words next to a speech verb.

use super::lexicon::{
    country_of_nationality, is_country, is_in, is_nationality, Gender, ACT_VERBS, ANONYMOUS,
    GENDERED_ROLES, HONORIFICS, INSTITUTIONS, IRREGULAR_PAST, NOT_SPEAKERS, ORG_WORDS, PRONOUNS,
    SENTENCE_OPENERS, VERBS, WEEKDAYS,
};
use crate::article::normalize;
use crate::article::Span;
use crate::words::{word_list, WordList};
use compact_str::CompactString;

/// A word of the original text: its span and a cleaned form (brackets and edge punctuation gone).
#[derive(Debug, Clone)]
pub struct Word {
    pub span: Span,
    /// Both inline: a sentence's words are made several times over, and most are short.
    pub text: CompactString,
    pub lower: CompactString,
    /// Punctuation that followed the word (",", ".", ":"), which bounds phrases.
    pub trailing: Option<char>,
    /// Inside parentheses: an aside ("Andrei Kazaryan (who Mysterious Universe suggests was
    /// one of the investigators) said"), never the credit itself.
    pub aside: bool,
}

/// A US politician's party-and-state tag, "(R-Okla.)", "(D-N.Y.)", "(I-Vt.)": what follows
/// its closing parenthesis, or `None` when `token` is not one.
/// The state alone counts too when it is abbreviated: "Rep. Sander M. Levin (Mich.) said"; so
/// does the party alone: "Gov. Rick Scott (R)".
fn party_tag(token: &str) -> Option<&str> {
    let rest = token.strip_prefix('(')?;
    let close = rest.find(')')?;
    let state_like = |state: &str| {
        state.starts_with(|c: char| c.is_ascii_uppercase())
            && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
    };
    let tag = match rest[..close].split_once('-') {
        Some((party, state)) => matches!(party, "R" | "D" | "I") && state_like(state),
        None => {
            let state = &rest[..close];
            // "Gov. Rick Scott (R)": the party alone.
            matches!(state, "R" | "D" | "I")
                || (state_like(state) && state.ends_with('.') && state.len() <= 6)
        }
    };
    tag.then(|| &rest[close + 1..])
}

/// A dash standing alone between words: "The justice -- who has been ... -- said".
fn is_dash(token: &str) -> bool {
    matches!(token, "-" | "--" | "–" | "—" | "---")
}

/// A US state as news writes it after a city: "Jackson, Miss.,", "Flint, Mich.", "Des Moines,
/// Iowa,", "Bangor, ME". For "a supporter from Jackson, Miss., said": the comma after the city
/// ends no phrase.
pub(crate) fn is_state_after_city(w: &Word) -> bool {
    let t = w.text.as_str();
    let abbreviated = t.ends_with('.')
        && (3..=6).contains(&t.len())
        && t.starts_with(char::is_uppercase)
        && t.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
    let postal = t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase());
    // The list's states, not its parties.
    let named = is_cap(w)
        && is_in(&NAME_DESCRIPTORS, &w.lower)
        && !is_in(&PARTIES, &w.lower)
        && !is_in(&["conservative", "liberal", "progressive"], &w.lower);
    abbreviated || postal || named
}

/// "R-Pa.," / "D-N.Y." / "R-NY," / "R-Utah,": a party-and-state tag written without
/// parentheses, and the punctuation that ends it.
fn bare_party_tag(token: &str) -> Option<char> {
    let (party, state) = token.split_once('-')?;
    let p = state
        .chars()
        .last()
        .filter(|c| matches!(c, ',' | '.' | ';' | ':'))?;
    let state = state.trim_end_matches([',', ';', ':']);
    let abbreviated = state.ends_with('.') && state.len() <= 6;
    let postal = state.len() == 2 && state.chars().all(|c| c.is_ascii_uppercase());
    let named = is_in(&NAME_DESCRIPTORS, &state.to_lowercase());
    let state_like = state.starts_with(|c: char| c.is_ascii_uppercase())
        && (abbreviated || postal || named)
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
    (matches!(party, "R" | "D" | "I") && state_like).then_some(p)
}

/// Splits a span into words.
pub fn words(text: &str, span: Span) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let s = span.slice(text);
    let mut offset = 0;
    let mut depth = 0usize;
    // Words between a pair of dashes are an aside, as between parentheses; a dash with no
    // partner after it ("Clinton won -- barely.") opens none.
    let mut dashes_left = s.split_whitespace().filter(|t| is_dash(t)).count();
    let mut in_dashes = false;
    for raw in s.split_inclusive(char::is_whitespace) {
        let start = span.start + offset;
        offset += raw.len();
        let trimmed = raw.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        if is_dash(trimmed) {
            dashes_left -= 1;
            in_dashes = !in_dashes && dashes_left > 0;
            continue;
        }
        // "Sen. Claire McCaskill (D-Mo.) said": the tag is not part of the name; punctuation
        // after it still bounds the phrase.
        if let Some(after) = party_tag(trimmed) {
            if let (Some(prev), Some(p)) = (out.last_mut(), after.chars().next()) {
                prev.trailing = Some(p);
            }
            continue;
        }
        // "Rep. Glenn Thompson, R-Pa., said": the same tag between commas.
        if let Some(p) = bare_party_tag(trimmed) {
            if let Some(prev) = out.last_mut().filter(|w| w.trailing == Some(',')) {
                prev.trailing = Some(p);
                continue;
            }
        }
        if trimmed.starts_with('(') {
            depth += 1;
        }
        let aside = depth > 0 || in_dashes;
        if trimmed.contains(')') {
            depth = depth.saturating_sub(1);
        }
        let core = trimmed.trim_start_matches(|c: char| "“\"‘'«(„[".contains(c));
        let lead = trimmed.len() - core.len();
        let mut core_end = core.trim_end_matches(|c: char| ",;:!?”\"’'»)]".contains(c) || c == '.');
        // Keep the period of "U.S." / "Dr." / "Jr." / "F." style tokens, but not of an acronym
        // that ends a sentence ("... by the BBC.").
        if core.len() > core_end.len() && core[core_end.len()..].starts_with('.') {
            let with_dot = &core[..core_end.len() + 1];
            let acronym = core_end.len() >= 2 && core_end.bytes().all(|b| b.is_ascii_uppercase());
            // A short capitalised word is an abbreviation ("Dr.", "Jr.", "Mo."); a short
            // lower-case one ends the sentence ("..., analysts say.").
            // So is a listed one of any length ("Capt.", "Supt.").
            let short_abbreviation = !acronym
                && core_end.starts_with(char::is_uppercase)
                && (core_end.len() <= 3
                    || is_in(&super::lexicon::ABBREVIATIONS, &core_end.to_lowercase()));
            // "Flint, Mich., said": a full stop with a comma after it ends no sentence.
            let before_comma = core[core_end.len() + 1..].starts_with([',', ';']);
            if core_end.contains('.') || short_abbreviation || before_comma {
                core_end = with_dot;
            }
        }
        // "Reyes’ campaign": a name's possessive apostrophe stays, for `possessor`; a
        // closing quote mark has punctuation or a quote's end after it far more often.
        if core_end.ends_with('s')
            && core_end.starts_with(char::is_uppercase)
            && matches!(&core[core_end.len()..], "'" | "’")
        {
            core_end = core;
        }
        let trailing = core[core_end.len()..]
            .chars()
            .find(|c| matches!(c, ',' | '.' | ':' | ';' | '!' | '?'));
        // Most words are plain ASCII and need no normalising.
        let plain = core_end
            .bytes()
            .all(|b| b.is_ascii() && b != b'[' && b != b']');
        let cleaned = if plain {
            CompactString::from(core_end)
        } else {
            CompactString::from(normalize::clean(core_end))
        };
        if cleaned.is_empty() {
            continue;
        }
        let lower = if plain {
            {
                let mut l = cleaned.clone();
                l.make_ascii_lowercase();
                l
            }
        } else {
            cleaned.to_lowercase()
        };
        // "pointed out", "brushed aside": a two-word speech or denial verb is one word, so
        // that every pattern reads it as the verb it is.
        if let Some(prev) = out.last_mut().filter(|p| {
            p.trailing.is_none()
                && lead == 0
                && super::lexicon::VERB_PARTICLES.contains(lower.as_str())
                && super::lexicon::VERBS.contains_key(format!("{} {}", p.lower, lower).as_str())
        }) {
            prev.text = compact_str::format_compact!("{} {}", prev.text, cleaned);
            prev.lower = compact_str::format_compact!("{} {}", prev.lower, lower);
            prev.span.end = start + lead + core_end.len();
            prev.trailing = trailing;
            continue;
        }
        out.push(Word {
            span: Span::new(start + lead, start + lead + core_end.len()),
            lower,
            text: cleaned,
            trailing,
            aside,
        });
    }
    out
}

/// What a mention refers to, before resolution against the article's speakers.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    /// A named person, possibly with a role and organisation.
    Person {
        first: Option<String>,
        last: String,
        full: String,
        role: Option<String>,
        org: Option<String>,
        gender: Gender,
    },
    /// A title without a name: "the foreign minister".
    Title {
        role: String,
        org: Option<String>,
    },
    Pronoun(Gender, String),
    Org(String),
    /// A generic reference to an organisation already named: "the company", "the ministry".
    OrgRef(String),
    Anonymous(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// The words as written, cleaned ("[Sergey] Lavrov" -> "Sergey Lavrov").
    pub surface: String,
    pub kind: MentionKind,
}

pub(crate) fn is_cap(w: &Word) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase) || particle_name(&w.text)
}

/// "al-Baghdadi", "el-Sisi": a surname particle joined to a capitalised name by a hyphen is a
/// name, though it starts in lower case.
pub(crate) fn particle_name(text: &str) -> bool {
    // Asked of every lower-case word: look for the hyphen only where a particle could end.
    let Some(hyphen) = text.bytes().take(6).position(|b| b == b'-') else {
        return false;
    };
    let (particle, rest) = (&text[..hyphen], &text[hyphen + 1..]);
    rest.starts_with(char::is_uppercase) && is_in(&NAME_PARTICLES, particle)
}

static CONNECTORS: WordList = word_list!("name_connectors.txt");
pub(crate) static NAME_PARTICLES: WordList = word_list!("name_particles.txt");
static FREE_RELATIVE_OPENERS: WordList = word_list!("free_relative_openers.txt");
pub(crate) static DETERMINERS: WordList = word_list!("determiners.txt");
pub(crate) static MONTHS: WordList = word_list!("months.txt");

/// A month, a weekday or a number: a word of a date ("In May", "On Monday", "in 2016").
pub(crate) fn is_date_word(word: &str) -> bool {
    is_in(&MONTHS, word) || is_in(&WEEKDAYS, word) || word.chars().all(|c| c.is_ascii_digit())
}

/// Longest role phrase starting at `words[i]`, as (number of words, role).
pub(crate) fn role_at(words: &[Word], i: usize) -> Option<(usize, String)> {
    let candidates = super::lexicon::ROLES_BY_FIRST.get(words.get(i)?.lower.as_str())?;
    candidates.iter().find_map(|role| {
        let fits = i + role.len() <= words.len()
            && role.iter().zip(&words[i..]).all(|(r, w)| *r == w.lower);
        // "Gov." is the governor whom "the governor" means later.
        let spelled = |r: &str| {
            let bare = r.trim_end_matches('.');
            super::lexicon::ROLE_ABBREVIATIONS
                .iter()
                .find(|(a, _)| *a == bare)
                .map_or_else(|| r.to_owned(), |(_, full)| (*full).to_owned())
        };
        fits.then(|| {
            let words: Vec<String> = role.iter().map(|r| spelled(r)).collect();
            (role.len(), words.join(" "))
        })
    })
}

/// A person's mention with the organisation they belong to (and a role, when given, in place
/// of their own): "CNN's Wolf Blitzer", "Head of the ... Office Bill Cooke".
fn affiliated(kind: MentionKind, role: Option<String>, org: Option<String>) -> MentionKind {
    match kind {
        MentionKind::Person {
            first,
            last,
            full,
            role: own,
            gender,
            ..
        } => MentionKind::Person {
            first,
            last,
            full,
            role: role.or(own),
            org,
            gender,
        },
        other => other,
    }
}

/// A capitalised adverb with an adverb's ending ("Specifically", "Happily", "Clearly"), not a
/// name that ends in "-ly" ("Skelly", "Kelly", "Emily").
fn is_sentence_adverb(w: &Word) -> bool {
    const ENDINGS: [&str; 17] = [
        "ally", "ously", "ently", "antly", "ively", "fully", "ately", "edly", "ingly", "ssly",
        "ctly", "rtly", "ftly", "ckly", "ily", "arly", "ibly",
    ];
    w.text.starts_with(char::is_uppercase)
        && w.lower.len() > 5
        && ENDINGS.iter().any(|e| w.lower.ends_with(e))
        && !super::lexicon::is_known_first_name(&w.lower)
}

/// "a clip of", "footage of": recordings that show someone speaking.
static RECORDINGS: WordList = word_list!("recordings.txt");

/// Subject pronouns: with a verb or more words after them they open a clause, not a name.
const CLAUSE_PRONOUNS: [&str; 7] = ["he", "she", "it", "they", "we", "i", "you"];

/// "Hillary Clinton and Senator Bernie Sanders": two people, each with a first name that the
/// name lists know, joined by one "and".
pub(crate) fn is_pair_of_people(words: &[Word]) -> bool {
    let Some(and) = words
        .iter()
        .position(|w| w.lower == "and")
        .filter(|&a| a > 0)
    else {
        return false;
    };
    let named = |m: &Mention| {
        matches!(&m.kind, MentionKind::Person { first: Some(f), .. }
            if super::lexicon::is_known_first_name(f))
    };
    words[and + 1..].len() >= 2
        && !words[and + 1..].iter().any(|w| w.lower == "and")
        && !words[..and + 2].iter().any(verb_like)
        && parse(&words[..and]).is_some_and(|m| named(&m) && m.span.start == words[0].span.start)
        && parse(&words[and + 1..]).is_some_and(|m| named(&m))
}

/// Roles whose holder serves someone named after "to": "ambassador to France", "adviser to
/// the president", "envoy to Syria".
const ROLES_SERVING: [&str; 5] = [
    "ambassador",
    "envoy",
    "adviser",
    "advisor",
    "representative",
];

/// Parses a whole word sequence as one mention. Returns `None` when the words are not a
/// plausible speaker (e.g. contain lower-case content words).
pub fn parse(words: &[Word]) -> Option<Mention> {
    if words.is_empty() || words.len() > 12 {
        return None;
    }
    // "But two people close to the owners said", "However, officials said": the opener is not
    // part of the speaker, and is no speaker on its own.
    // "Specifically, 13 Hours will tell": any capitalised adverb set off by a comma opens the
    // sentence the same way.
    let adverb_opener = words[0].trailing == Some(',') && is_sentence_adverb(&words[0]);
    if adverb_opener && words.len() == 1 {
        return None;
    }
    if adverb_opener || is_in(&SENTENCE_OPENERS, words[0].lower.trim_end_matches(',')) {
        // "In May, the agency said": after a preposition, a month or a day is when, not who.
        let when = |w: &Word| is_date_word(w.lower.trim_end_matches([',', '.']));
        if is_in(&PREPOSITIONS, &words[0].lower) && words[1..].iter().all(when) {
            return None;
        }
        // "On Monday some news sites reported", "On Tuesday the company": the day is no part of
        // who. Not "In May 2013 - four months after Clinton": a time phrase goes on.
        let dated = words[1..].iter().take_while(|w| when(w)).count();
        let who_next = words.get(1 + dated).is_some_and(|w| {
            is_in(&DETERMINERS, &w.lower) || is_in(&["some", "many", "several"], &w.lower)
        });
        if is_in(&PREPOSITIONS, &words[0].lower) && dated > 0 && who_next {
            return parse(&words[1 + dated..]);
        }
        return parse(&words[1..]);
    }
    // A live blog's time stamp before the sentence ("11.18 Immediately, ...") names no one.
    let stamp = |w: &Word| {
        w.text.contains(['.', ':'])
            && w.text
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ':'))
    };
    if words.len() > 1 && stamp(&words[0]) {
        return parse(&words[1..]);
    }
    // A subhead in capitals run into the sentence after it ("NOT KIM'S FIRST ABSENCE North
    // Korean officials said"): two capitalised words or more are no part of who. One may be
    // an acronym that is ("FBI Director James Comey").
    let shouting = |w: &Word| {
        w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.text.chars().any(char::is_lowercase)
    };
    let caps = words.iter().take_while(|w| shouting(w)).count();
    if caps >= 2 && caps < words.len() {
        return parse(&words[caps..]);
    }
    if words.len() == 1 && is_in(&NOT_SPEAKERS, &words[0].lower) {
        return None;
    }
    // "a worker named Antonio Arroyo", "the base chief known as Bob": the name is who.
    if let Some(name) = (1..words.len()).find_map(|k| {
        let after = match words[k].lower.as_str() {
            "named" => k + 1,
            "known" if words.get(k + 1).is_some_and(|w| w.lower == "as") => k + 2,
            _ => return None,
        };
        let name = words.get(after..)?;
        (words[k - 1].trailing.is_none()
            && !words[k].text.starts_with(char::is_uppercase)
            && (1..=4).contains(&name.len())
            && name.iter().all(|w| w.text.starts_with(char::is_uppercase)))
        .then_some(name)
    }) {
        return parse(name);
    }
    // "according to Tchadinfos.com": a website is an organisation.
    if let [only] = words {
        let site = only.lower.trim_end_matches(['.', ',']);
        let domain = [".com", ".org", ".net", ".co.uk", ".gov", ".info"]
            .iter()
            .any(|d| site.len() > d.len() + 1 && site.ends_with(d));
        if domain && only.text.starts_with(char::is_alphanumeric) {
            return Some(spanning(
                words,
                MentionKind::Org(only.text.trim_end_matches(['.', ',']).to_owned()),
            ));
        }
    }
    // "Former prosecutor and New York City Mayor Rudy Giuliani", "USA TODAY contributor and
    // monetary historian David Marsh": two descriptions of one person, named after the second.
    if let Some(and) = words
        .iter()
        .position(|w| w.lower == "and")
        .filter(|&a| a > 0)
    {
        let before_names_no_one = !matches!(
            parse(&words[..and]).map(|m| m.kind),
            Some(MentionKind::Person { .. })
        );
        // A description comes first after "and": not "Clinton and Bernie Sanders". A
        // lower-case one is never a name ("journalist and author Hiro Aida"); a capitalised
        // one must end in a known first name.
        // Not "shot and killed Trayvon Martin": verbs on either side make a clause.
        let described = words.get(and + 1).is_some_and(|w| !is_cap(w))
            && !words[..and + 2].iter().any(verb_like);
        let person = parse(&words[and + 1..]).filter(|m| {
            matches!(&m.kind, MentionKind::Person { first: Some(f), .. }
                if (described || super::lexicon::is_known_first_name(f))
                    && words[and + 1].text != *f)
        });
        if let Some(m) = person.filter(|_| before_names_no_one) {
            return Some(spanning(words, m.kind));
        }
        // "Hillary Clinton and Senator Bernie Sanders", "Sen. Bernie Sanders and former
        // Maryland governor Martin O'Malley": two people speaking together are a group, never
        // one person known by both names (nor the second with the first as organisation).
        if is_pair_of_people(words) {
            let mut group = spanning(words, MentionKind::Anonymous(String::new()));
            group.kind = MentionKind::Anonymous(group.surface.clone());
            return Some(group);
        }
    }
    // "She's a Sanders supporter", "They're Trump voters": a pronoun with its verb run into it
    // opens a clause, not a name.
    let contracted_pronoun = [
        "'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll",
    ]
    .iter()
    .find_map(|c| words[0].lower.strip_suffix(c))
    .is_some_and(|base| is_in(&CLAUSE_PRONOUNS, base));
    if words.len() > 1 && contracted_pronoun {
        return None;
    }
    if is_in(&FREE_RELATIVE_OPENERS, &words[0].lower) {
        return None;
    }
    // "Ignore the reports I've been captured": a phrase that ends in an article is cut inside
    // a noun phrase and names no one.
    if words.len() > 1 && is_in(&["the", "a", "an"], &words[words.len() - 1].lower) {
        return None;
    }
    // "Didn't Apple ...": a negated auxiliary opens a question, no name holds one.
    if words
        .iter()
        .any(|w| w.lower.ends_with("n't") || w.lower.ends_with("n’t"))
    {
        return None;
    }
    // "it comes after the former general": a subject pronoun with more after it opens a
    // clause ("They and their supporters" names a group).
    if words.len() > 1 && is_in(&CLAUSE_PRONOUNS, &words[0].lower) && words[1].lower != "and" {
        return None;
    }
    // "the people I hanged around with": a subject pronoun that ends the phrase opens a
    // relative clause; "my wife and I" is a pair.
    // "which he said" is read below.
    if let [.., before, last] = words {
        let wh = is_in(
            &[
                "which", "where", "when", "why", "how", "whether", "what", "that",
            ],
            &words[0].lower,
        );
        if is_in(&CLAUSE_PRONOUNS, &last.lower) && before.lower != "and" && !wh {
            return None;
        }
    }
    // "one simply cannot", "Mexico's attorney general none": a modal inside, or a negative
    // pronoun at the end, belongs to a clause.
    if words.len() > 1
        && (words[1..].iter().any(|w| {
            is_in(
                &[
                    "cannot", "can't", "can’t", "won't", "won’t", "would", "should", "could",
                    "must", "might",
                ],
                &w.lower,
            )
        }) || is_in(
            &["none", "nobody", "nothing"],
            &words[words.len() - 1].lower,
        ))
    {
        return None;
    }
    // "the hall of mirrors that is Trump World told me": a verb opens a predicate, no name.
    if words.len() > 1
        && is_in(
            &[
                "is", "are", "was", "were", "be", "been", "has", "have", "had",
            ],
            &words[0].text,
        )
    {
        return None;
    }
    // "Unlike Smith, the senator said": a leading phrase, not a person called "Unlike Smith".
    if words.len() > 1 && is_in(&PREPOSITIONS, &words[0].lower) {
        return None;
    }
    // "Romney went after Trump", "Wilson praised Rubio's", "Kasich jokingly offered the man": a
    // name followed by its verb is a clause, not a mention.
    // Not "A teary-eyed Bush", "The retired neurosurgeon": a capitalised article is no name.
    // Nor "Trump's proposed tax cuts": after a possessive comes a noun's modifier.
    let named = |w: &Word| is_cap(w) && !is_in(&DETERMINERS, &w.lower) && possessor(w).is_none();
    // "Karl Weber did give Reyes some credit": nor a name followed by an auxiliary.
    let auxiliary =
        |w: &Word| !is_cap(w) && is_in(&super::lexicon::PREDICATE_AUXILIARIES, &w.lower);
    // Capitalisation first: it rules out most pairs without a lookup.
    if words.windows(2).any(|p| {
        is_cap(&p[0]) && !is_cap(&p[1]) && named(&p[0]) && (verb_like(&p[1]) || auxiliary(&p[1]))
    }) || words.windows(3).any(|p| {
        is_cap(&p[0])
            && !is_cap(&p[1])
            && p[1].lower.ends_with("ly")
            && named(&p[0])
            && verb_like(&p[2])
    }) {
        return None;
    }
    // "Another video: In November": a colon or full stop inside ends a phrase; no mention
    // spans it.
    if words[..words.len() - 1]
        .iter()
        .any(|w| matches!(w.trailing, Some(':' | ';' | '!' | '?')))
    {
        return None;
    }
    // "begging a woman who" claimed ...: a phrase cut inside its relative clause names no one.
    let last = &words[words.len() - 1].lower;
    if words.len() > 1 && is_in(&["who", "whom", "which", "that"], last) {
        return None;
    }
    // "said one district GOP leader", "one longtime friend said": one of those the rest
    // describes.
    if words.len() > 2 && words[0].lower == "one" {
        let described = parse(&words[1..]).filter(|m| {
            matches!(
                m.kind,
                MentionKind::Title { .. } | MentionKind::Anonymous(_)
            )
        });
        if described.is_some() {
            let rest: Vec<&str> = words[1..].iter().map(|w| w.text.as_str()).collect();
            let name = format!("one {}", rest.join(" "));
            return Some(spanning(words, MentionKind::Anonymous(name)));
        }
    }
    // "said the 46-year-old": a person described by age, whom the article has named.
    if let [det, age] = words {
        if det.lower == "the" && is_age(&age.lower) {
            return Some(spanning(
                words,
                MentionKind::Anonymous(age.lower.to_string()),
            ));
        }
    }
    // "a bill, which Mr. Trump called a disgrace": Mr. Trump, not "which Mr. Trump".
    // The span keeps "which", where the clause starts.
    // So with "where local party leaders say", "when the senator said".
    if words.len() > 1
        && is_in(
            &["which", "where", "when", "why", "how", "whether"],
            &words[0].lower,
        )
    {
        if let Some(mut m) = parse(&words[1..]) {
            m.span.start = words[0].span.start;
            return Some(m);
        }
    }
    // A headline in title case is no name: "Dennis Rodman Leaves US To Talk With Leaders",
    // "Rand Paul Scores Direct Hit On Donald Trump". A capitalised preposition inside a run of
    // names gives it away ("Of" and the particles of names aside; "Al From" ends with one).
    let title_case_preposition = |w: &Word| {
        w.span.end < words[words.len() - 1].span.end
            && w.text.starts_with(char::is_uppercase)
            && is_in(&PREPOSITIONS, &w.lower)
            && !is_in(&NAME_PARTICLES, &w.lower)
            && w.lower != "of"
    };
    if words[1..]
        .iter()
        .any(|w| matches!(w.text.as_str(), "Says" | "Said") || title_case_preposition(w))
    {
        return None;
    }
    // "Republican of Illinois", "a Democrat from Rhode Island": a party and where from, the
    // description of a person named elsewhere, never a person called "Illinois".
    let party_from = words
        .iter()
        .skip_while(|w| is_in(&["a", "an", "the"], &w.lower))
        .collect::<Vec<_>>();
    if let [party, from, place @ ..] = party_from.as_slice() {
        let party_word = is_in(
            &["republican", "democrat", "independent", "libertarian"],
            &party.lower,
        );
        if party_word && is_in(&["of", "from"], &from.lower) && !place.is_empty() {
            let place: Vec<&Word> = place.to_vec();
            let kind = MentionKind::Title {
                role: party.lower.to_string(),
                org: Some(title_case_org(&place)),
            };
            return Some(spanning(words, kind));
        }
    }
    // "California Republican Rep. Duncan Hunter": party and state describe the person named
    // after them; when what follows is a person, they are not part of the name.
    if words.len() > 2 && is_cap(&words[0]) && is_in(&NAME_DESCRIPTORS, &words[0].lower) {
        if let Some(m) = parse(&words[1..]).filter(|m| matches!(m.kind, MentionKind::Person { .. }))
        {
            return Some(m);
        }
    }
    // "Foley's" left alone (of "Foley's parents said"): Foley, not a person named "Foley's".
    if let [only] = words {
        if let Some(base) = possessor(only).filter(|_| is_cap(only)) {
            return parse(&[base]);
        }
    }
    // "on Wednesday Williams said": the day is when, not a first name.
    if words.len() > 1
        && is_in(&WEEKDAYS, words[0].lower.trim_end_matches([',', '.']))
        && is_cap(&words[1])
    {
        return parse(&words[1..]);
    }
    // "said Julia Pierson Tuesday": the day is when, not who.
    if let Some((last, rest)) = words.split_last() {
        if is_in(&WEEKDAYS, last.lower.trim_end_matches([',', '.'])) {
            return parse(rest);
        }
    }
    // "The Wall Street Journal in March", "Apple last September": the month is when ("Theresa
    // May" has no preposition before it).
    if let [rest @ .., when, month] = words {
        let month_word = is_in(&MONTHS, month.lower.trim_end_matches([',', '.']));
        if month_word
            && is_in(
                &["in", "last", "this", "since", "early", "late"],
                &when.lower,
            )
        {
            return parse(rest);
        }
    }
    // "The BBC's Tomi Oladipo in Lagos", "the Holocaust Memorial Museum in Washington": where
    // a person or an organisation speaks from, not who speaks.
    if let Some(k) = words
        .iter()
        .position(|w| w.lower == "in")
        .filter(|&k| k > 0)
    {
        let place = &words[k + 1..];
        if (1..=3).contains(&place.len()) && place.iter().all(is_cap) {
            let who = parse(&words[..k])
                .filter(|m| matches!(m.kind, MentionKind::Person { .. } | MentionKind::Org(_)));
            if let Some(m) = who {
                return Some(spanning(words, m.kind));
            }
        }
    }
    let surface = words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let lower = surface.to_lowercase();
    let mention = |kind| Some(spanning(words, kind));

    // "President Samuel Adeyemi's spokesman" speaks for the owner, as "a spokesman for
    // Volkswagen" speaks for Volkswagen.
    if let [owner @ .., last] = words {
        if is_in(&SPOKESPEOPLE, &last.lower) || last.lower == "office" {
            if let Some((w, name)) = owner.split_last() {
                if let Some(base) = possessor(w) {
                    let mut owner = name.to_vec();
                    owner.push(base);
                    let m = parse(&owner)?;
                    return mention(m.kind);
                }
            }
        }
    }
    // "Aravan's defence ministry": an organisation named by whose it is. "Clinton's campaign",
    // "Sen. Kelly Ayotte's campaign", "Mrs. Clinton's presidential campaign" are the
    // organisations "the Clinton campaign" and "the Kelly Ayotte campaign" name.
    if words.last().is_some_and(|l| is_in(&ORG_WORDS, &l.lower)) {
        let k = words
            .iter()
            .take(5)
            .position(|w| is_cap(w) && possessor(w).is_some())
            // A few words after the owner ("campaign", "presidential campaign"): more is a
            // clause, not a name ("The FBI's program used forged documents and false news").
            .filter(|&k| k + 1 < words.len() && words.len() - k <= 4);
        // The owner, parsed once: "Mrs. Clinton" of "Mrs. Clinton's campaign".
        let owned = k.map(|k| {
            let mut owner_words = words[..k].to_vec();
            owner_words.extend(possessor(&words[k]));
            (k, parse(&owner_words).map(|m| m.kind))
        });
        // "Presidential candidate Marco Rubio's campaign": a description in lower case may
        // open the owner's name when the owner is a person.
        let owned = owned.filter(|(k, owner)| {
            words[..*k].iter().all(is_cap) || matches!(owner, Some(MentionKind::Person { .. }))
        });
        if let Some((k, owner)) = owned {
            let base = possessor(&words[k])
                .map_or_else(|| words[k].text.to_string(), |b| b.text.to_string());
            // The owner as a person's name where it is one: "Mrs. Clinton" is Clinton.
            let owner = match owner {
                Some(MentionKind::Person { full, .. }) if k > 0 => full,
                _ if k == 0 => base,
                _ => words[..k]
                    .iter()
                    .map(|w| w.text.as_str())
                    .chain(std::iter::once(base.as_str()))
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            let rest: Vec<&str> = words[k + 1..].iter().map(|w| w.text.as_str()).collect();
            return mention(MentionKind::Org(format!("{owner} {}", rest.join(" "))));
        }
    }
    // "a clip of U.S. President Barack Obama saying ...": who the recording shows speaks.
    if let Some(k) = words
        .iter()
        .position(|w| w.lower == "of")
        .filter(|&k| k > 0)
    {
        let mut head = words[..k].iter().filter(|w| !is_in(&DETERMINERS, &w.lower));
        if let (Some(noun), None) = (head.next(), head.next()) {
            if is_in(&RECORDINGS, &noun.lower) {
                if let Some(m) =
                    parse(&words[k + 1..]).filter(|m| matches!(m.kind, MentionKind::Person { .. }))
                {
                    return Some(m);
                }
            }
        }
    }
    // "CNN's Wolf Blitzer", "the Post's Dana Milbank": a person, named with whom they work for.
    if let Some(k) = words.iter().position(|w| possessor(w).is_some()) {
        let person = &words[k + 1..];
        if k < 3 && !person.is_empty() && person.iter().all(is_cap) {
            let found =
                parse(person).filter(|m| matches!(m.kind, MentionKind::Person { org: None, .. }));
            if let Some(m) = found {
                let owner: Vec<String> = words[..=k]
                    .iter()
                    .filter(|w| !is_in(&DETERMINERS, &w.lower))
                    .map(|w| {
                        possessor(w).map_or_else(|| w.text.to_string(), |b| b.text.to_string())
                    })
                    .collect();
                let org = (!owner.is_empty()).then(|| owner.join(" "));
                return mention(affiliated(m.kind, None, org));
            }
        }
    }
    if words.len() == 1 {
        // "according to him" is "he said".
        let subject = match lower.as_str() {
            "him" => "he",
            "her" => "she",
            "them" => "they",
            "us" => "we",
            "me" => "i",
            other => other,
        };
        if let Some((_, g)) = PRONOUNS.iter().find(|(p, _)| *p == subject) {
            return mention(MentionKind::Pronoun(*g, subject.to_owned()));
        }
    }
    if is_in(&ANONYMOUS, &lower) {
        let refs: Vec<&Word> = words
            .iter()
            .skip_while(|w| is_in(&DETERMINERS, &w.lower) || w.lower == "one")
            .collect();
        let after_determiner = refs.len() < words.len();
        return mention(MentionKind::Anonymous(group_name(&refs, after_determiner)?));
    }
    if let Some(kind) = unnamed_group(words) {
        return mention(kind);
    }
    let content: Vec<&Word> = words
        .iter()
        .skip_while(|w| is_in(&DETERMINERS, &w.lower))
        .collect();
    if content.is_empty() {
        return None;
    }
    let content_lower = content
        .iter()
        .map(|w| w.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    // Institutions are proper names: "who" is not the WHO.
    if (is_in(&INSTITUTIONS, &content_lower) || is_in(&OUTLETS, &content_lower))
        && is_cap(content[0])
    {
        return mention(MentionKind::Org(title_case_org(&content)));
    }

    // Walk: [nationality] [Org words] [role] [honorific] [Name words]
    let content: Vec<Word> = content.into_iter().cloned().collect();
    let mut i = 0;
    let mut org: Vec<String> = Vec::new();
    let mut role: Option<String> = None;
    let mut gender = Gender::Unknown;
    let mut name: Vec<String> = Vec::new();
    while i < content.len() {
        let w = &content[i];
        if name.is_empty() {
            // "former tech executive Carly Fiorina", "Retired neurosurgeon Ben Carson": a few
            // lower-case words ending in a person noun before a name.
            if let Some(k) = role
                .is_none()
                .then(|| descriptor_run(&content[i..]))
                .flatten()
            {
                let run: Vec<&str> = content[i..i + k].iter().map(|w| w.lower.as_str()).collect();
                role = Some(run.join(" "));
                i += k;
                continue;
            }
            if let Some((n, r)) = role_at(&content, i) {
                // "Charlie King": a capitalised role word that ends the mention right after a
                // first name is a surname (not "Mr. President", an address).
                // So is one right after an honorific ("Mr. Prince", "Ms. King"), unless it is
                // an office one addresses ("Mr. President", "Madam Speaker").
                let after_honorific = i > 0
                    && HONORIFICS.iter().any(|(h, _)| *h == content[i - 1].lower)
                    && !is_in(&ADDRESSED_OFFICES, &w.lower);
                let surname = i + 1 == content.len()
                    && is_cap(w)
                    && role.is_none()
                    && (after_honorific
                        || matches!(org.as_slice(), [first]
                            if super::lexicon::is_known_first_name(first)));
                if surname {
                    name.append(&mut org);
                    name.push(w.text.to_string());
                    break;
                }
                // A role word after name words would be an apposition ("Kirby, spokesman"):
                // handled by the caller; here roles come before names.
                if let Some((_, g)) = GENDERED_ROLES.iter().find(|(x, _)| *x == r) {
                    gender = *g;
                }
                role = Some(match role {
                    Some(prev) => format!("{prev} {r}"),
                    None => r,
                });
                i += n;
                continue;
            }
            if let Some((_, g)) = HONORIFICS.iter().find(|(h, _)| *h == w.lower) {
                // "Rev." says nothing of gender; it must not undo what a role said.
                if *g != Gender::Unknown {
                    gender = *g;
                }
                i += 1;
                continue;
            }
            // "Vatican spokesman the Rev. Federico Lombardi": an article before an honorific.
            let honorific_next = content
                .get(i + 1)
                .is_some_and(|n| HONORIFICS.iter().any(|(h, _)| *h == n.lower));
            if w.lower == "the" && honorific_next {
                i += 1;
                continue;
            }
            if role.is_none() {
                if let Some(country) = country_of_nationality(&w.lower) {
                    org.push(country.to_owned());
                    i += 1;
                    continue;
                }
            }
        }
        // "de Blasio", "van Hollen": a surname particle opens the name.
        let particle = name.is_empty()
            && is_in(&NAME_PARTICLES, &w.lower)
            && content.get(i + 1).is_some_and(is_cap);
        if particle {
            name.push(w.text.to_string());
            i += 1;
            continue;
        }
        if is_cap(w) {
            if role.is_none() && ends_org_phrase(&content, i) {
                // Capitalised words before a role are the organisation.
                org.push(w.text.to_string());
            } else {
                name.push(w.text.to_string());
            }
        } else if name.is_empty()
            && role.is_none()
            && (role_at(&content, i + 1).is_some() || role_at(&content, i + 2).is_some())
        {
            // Lower-case organisation words before a role: "union representative".
            org.push(w.text.to_string());
        } else if name.is_empty()
            && role.is_none()
            && !is_in(&CONNECTORS, &w.lower)
            && w.lower.chars().any(char::is_alphabetic)
            && content.get(i + 1).is_some_and(is_cap)
        {
            // A lower-case descriptor right before a name works as a role:
            // "epidemiologist Jonas Berg", "welder Joe Marlow".
            role = Some(w.lower.to_string());
        } else if name.is_empty()
            && role.is_some()
            && (matches!(w.lower.as_str(), "of" | "for")
                // "the ambassador to France", "an adviser to Mr. Trump": whom the role serves.
                || (w.lower == "to"
                    && role
                        .as_deref()
                        .is_some_and(|r| is_in(&ROLES_SERVING, r.rsplit(' ').next().unwrap_or(r)))))
        {
            // "Speaker of the House Paul Ryan", "Secretary of State John Kerry": the role's
            // organisation, then the person's name, which starts at a known first name.
            let rest: Vec<&Word> = content[i + 1..]
                .iter()
                .skip_while(|w| is_in(&DETERMINERS, &w.lower))
                .collect();
            let first = (1..rest.len().saturating_sub(1))
                .find(|&k| super::lexicon::is_known_first_name(&rest[k].text));
            // "The leader of Boko Haram", "the chairman of the Senate Intelligence Committee":
            // no name after the organisation; the title is who speaks, with whom it is for.
            let Some(first) = first else {
                let org = &rest[..];
                let named = org
                    .iter()
                    .all(|w| is_cap(w) || is_in(&CONNECTORS, &w.lower))
                    && org.first().is_some_and(|w| is_cap(w))
                    && org.last().is_some_and(|w| is_cap(w));
                // "Ambassador to Libya Safira Deborah": past the place may come a name whose
                // first name the lists lack; whom a role serves is seldom three words long.
                let unsure = w.lower == "to"
                    && org.len() > 2
                    && !org.iter().any(|w| is_in(&CONNECTORS, &w.lower));
                if !named || unsure {
                    return None;
                }
                return mention(MentionKind::Title {
                    role: role.clone()?,
                    org: Some(title_case_org(org)),
                });
            };
            if !rest[..first].iter().all(|w| is_cap(w)) {
                return None;
            }
            let person: Vec<Word> = rest[first..].iter().map(|w| (*w).clone()).collect();
            let m = parse(&person).filter(|m| matches!(m.kind, MentionKind::Person { .. }))?;
            let org = title_case_org(&rest[..first]);
            return mention(affiliated(m.kind, role, Some(org)));
        } else if !name.is_empty() && matches!(w.lower.as_str(), "of" | "at" | "from") {
            // "Jonas Berg of the Karolinska Institute": the rest is the organisation.
            let rest: Vec<&Word> = content[i + 1..]
                .iter()
                .skip_while(|w| is_in(&DETERMINERS, &w.lower))
                .collect();
            // "Jonah Goldberg of the anti-Trump National Review", "of the conservative Heritage
            // Foundation": a word or two describing the organisation before its name.
            let described = rest
                .iter()
                .take(2)
                .take_while(|w| !is_cap(w) && !is_in(&CONNECTORS, &w.lower))
                .count();
            let rest = match rest.get(described) {
                Some(w) if described > 0 && is_cap(w) => rest[described..].to_vec(),
                _ => rest,
            };
            if rest.is_empty()
                || !rest
                    .iter()
                    .all(|w| is_cap(w) || is_in(&CONNECTORS, &w.lower))
            {
                return None;
            }
            // "One of Emwazi's friends": a share of a group, not a person called "One".
            if name.len() == 1 && is_in(&NOT_SPEAKERS, &name[0].to_lowercase()) {
                return None;
            }
            // "Head of Nasa's Meteoroid Environment Office Bill Cooke", "Director of the FBI
            // James Comey": a role of an organisation, then the person's full name.
            let role_word = name.len() == 1
                && (is_in(&super::lexicon::ROLES, &name[0].to_lowercase())
                    || name[0].eq_ignore_ascii_case("head"));
            if let [org_words @ .., first, last] = rest.as_slice() {
                let named = super::lexicon::is_known_first_name(&first.text);
                if role_word && named && is_cap(last) {
                    let found = parse(&[(*first).clone(), (*last).clone()])
                        .filter(|m| matches!(m.kind, MentionKind::Person { .. }));
                    if let Some(m) = found {
                        let org = (!org_words.is_empty()).then(|| title_case_org(org_words));
                        return mention(affiliated(m.kind, Some(name[0].to_lowercase()), org));
                    }
                }
            }
            if org.is_empty() {
                org.push(title_case_org(&rest));
            }
            break;
        } else if is_in(&CONNECTORS, &w.lower) && !name.is_empty()
            || (!org.is_empty() && is_in(&CONNECTORS, &w.lower) && role.is_none())
        {
            if name.is_empty() {
                org.push(w.text.to_string());
            } else {
                name.push(w.text.to_string());
            }
        } else {
            return None;
        }
        i += 1;
    }

    let name_lower = name.join(" ").to_lowercase();
    let org_like = name.iter().any(|n| {
        let n = n.to_lowercase();
        is_in(&ORG_WORDS, &n) || is_in(&OUTLETS, n.trim_end_matches("'s").trim_end_matches("’s"))
    }) || is_in(&INSTITUTIONS, &name_lower)
        || (name.len() > 1 && is_in(&ORG_WORDS, &name[name.len() - 2..].join(" ").to_lowercase()));
    if name.is_empty() {
        let role = role?;
        let org = (!org.is_empty()).then(|| org.join(" "));
        return mention(MentionKind::Title { role, org });
    }
    // "HP", "the F.A.A.", "China": a lone acronym or a country's name is an organisation, never
    // a person whom "he" or "she" could mean.
    let acronym_or_country = |n: &str| {
        let letters = n.chars().filter(|c| c.is_alphabetic()).count();
        let acronym =
            (2..=5).contains(&letters) && n.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        acronym || is_country(n)
    };
    // "The United States would not tolerate that": a country of several words too.
    let org_like = org_like
        || (name.len() == 1 && acronym_or_country(&name[0]))
        || (name.len() > 1 && is_country(&name.join(" ")));
    if org_like && role.is_none() {
        let refs: Vec<&Word> = content.iter().collect();
        return mention(MentionKind::Org(title_case_org(&refs)));
    }
    while name
        .last()
        .is_some_and(|n| is_in(&CONNECTORS, &n.to_lowercase()))
    {
        name.pop();
    }
    // Capitalised words before a known first name are a title we don't list:
    // "Fire Marshal Diane Brooks". Not a name joined by "and": "Park and Tom Reyes" are two.
    let joined = name.iter().any(|n| n == "and" || n == "&");
    // "the ranking Democrat on the Finance Committee": capitals joined by "on the" describe
    // someone; they are nobody's name.
    let described = !joined
        && name.iter().any(|n| {
            n.starts_with(char::is_lowercase) && !is_in(&NAME_PARTICLES, n) && !particle_name(n)
        });
    if described {
        let refs: Vec<&Word> = content
            .iter()
            .skip_while(|w| is_in(&DETERMINERS, &w.lower))
            .collect();
        let after_determiner = refs.len() < content.len();
        return mention(MentionKind::Anonymous(group_name(&refs, after_determiner)?));
    }
    // "Billionaire Tom Steyer": a capitalised word before a first name is a title. Not when
    // it is a first name itself: "Mary Ann Smith", "John Quincy Adams" keep their first names.
    let first_of_many = || super::lexicon::is_known_first_name(&name[0]);
    if name.len() >= 3 && !joined && !first_of_many() {
        if let Some(k) =
            (1..name.len() - 1).find(|&k| super::lexicon::is_known_first_name(&name[k]))
        {
            let title: Vec<String> = name.drain(..k).collect();
            if role.is_none() {
                role = Some(title.join(" ").to_lowercase());
            }
        }
    }
    // "a Democrat", "Texas", "New York": a party or a place describes someone named elsewhere
    // ("Andrew Rice, a Democrat, said"); it names no one.
    let descriptor_only = name
        .iter()
        .all(|n| is_in(&NAME_DESCRIPTORS, &n.to_lowercase()));
    // "a North Carolina Republican": "north" read as a role is a descriptor too.
    let no_role = role.as_deref().is_none_or(|r| {
        r.split(' ')
            .all(|w| is_in(&NAME_DESCRIPTORS, w) && descriptor_only)
    });
    if no_role && org.is_empty() && descriptor_only {
        return is_party(&name).then(|| description(words)).flatten();
    }
    // "a registered Republican", "a lifelong Democrat": an indefinite party member is described,
    // whatever adjective comes before the party.
    if descriptor_only && is_party(&name) && is_in(&["a", "an"], &words[0].lower) {
        return description(words);
    }
    // "an Iowa pastor", "a Trump": a name never takes an indefinite article.
    if role.is_none() && is_in(&["a", "an"], &words[0].lower) {
        return description(words);
    }
    // "Barack Obama's" (of "Barack Obama's eyes welled ...") is Barack Obama: one identity, not
    // a second person named with the possessive.
    // A lone word is left alone: "That's" is "that is".
    if let [_, .., l] = name.as_mut_slice() {
        if let Some(base) = ["'s", "’s"].iter().find_map(|p| l.strip_suffix(p)) {
            *l = base.to_owned();
        }
    }
    let last = name.last()?.clone();
    // "de Blasio" is a surname alone, no one's first name "de".
    let first = (name.len() > 1 && !is_in(&NAME_PARTICLES, &name[0])).then(|| name[0].clone());
    if gender == Gender::Unknown {
        if let Some(f) = &first {
            gender = super::lexicon::gender_of_first_name(f);
        }
    }
    mention(MentionKind::Person {
        first,
        full: name.join(" "),
        last,
        role,
        org: (!org.is_empty()).then(|| org.join(" ")),
        gender,
    })
}

/// Nouns that head an unnamed speaker: "a senior defense official", "analysts at Northgate
/// Bank", "Turkish officials", "an official familiar with the planning".
/// Adjectives that may open a description before a name, capitalised at a sentence's start.
static DESCRIPTOR_OPENERS: WordList = word_list!("descriptor_openers.txt");

/// Party and state words that describe a person before their name.
static NAME_DESCRIPTORS: WordList = word_list!("name_descriptors.txt");

/// Prepositions that open a leading phrase: see `parse`.
pub(crate) static PREPOSITIONS: WordList = word_list!("prepositions.txt");

/// A lower-case word that reads as a finite verb after a name: "praised", "went", "says".
pub(crate) fn verb_like(w: &Word) -> bool {
    !is_cap(w)
        && (w.lower.ends_with("ed")
            || is_in(&IRREGULAR_PAST, &w.lower)
            || is_in(&ACT_VERBS, &w.lower)
            || VERBS.contains_key(w.lower.as_str()))
}

/// Offices addressed with an honorific ("Mr. President"), which are no surname after it.
const ADDRESSED_OFFICES: [&str; 10] = [
    "president",
    "speaker",
    "chairman",
    "chairwoman",
    "secretary",
    "ambassador",
    "mayor",
    "governor",
    "senator",
    "justice",
];

/// Party words: see `is_party`.
static PARTIES: WordList = word_list!("parties.txt");

/// Whether a word names a party: "Democrats", "GOP"; "independent" is an adjective as often.
pub(crate) fn is_party_word(lower: &str) -> bool {
    lower != "independent" && is_in(&PARTIES, lower)
}

/// Whether name words are a party ("Democrat", "Republicans"), not a place.
fn is_party(name: &[String]) -> bool {
    name.iter().any(|n| is_in(&PARTIES, &n.to_lowercase()))
}

/// News outlets: a name with one of these words is a news organisation.
static OUTLETS: WordList = word_list!("outlets.txt");

/// Whether `words` name a news outlet: "CBS News", "the Daily Mirror", "his local paper".
pub(crate) fn names_an_outlet(words: &[Word]) -> bool {
    words.iter().any(|w| {
        let word = w.lower.trim_end_matches("'s");
        is_in(&OUTLETS, word) || is_in(&PUBLICATIONS, word)
    })
}

pub(crate) static GROUP_HEADS: WordList = word_list!("group_heads.txt");

/// A noun for a group of people: the list's, or a nationality's plural ("Russians",
/// "Mexicans"), which is never one person.
pub(crate) fn is_group_head(lower: &str) -> bool {
    is_in(&GROUP_HEADS, lower) || super::lexicon::is_nationality_plural(lower)
}

/// Generic nouns that refer back to an organisation: "the company said".
pub(crate) static ORG_REFERENCES: WordList = word_list!("org_references.txt");
/// The organisation nouns that name a publication: "Newsweek magazine" is one without "the".
static PUBLICATIONS: WordList = word_list!("publications.txt");

/// People who speak for someone else: what they say is credited to whom they speak for.
pub(crate) static SPOKESPEOPLE: WordList = word_list!("spokespeople.txt");

fn unnamed_group(words: &[Word]) -> Option<MentionKind> {
    // "which critics said": the relative pronoun stands where a determiner would.
    let start = usize::from(
        words
            .first()
            .is_some_and(|w| is_in(&DETERMINERS, &w.lower) || w.lower == "which"),
    );
    let ws = &words[start..];
    // "the union", "their union", "its ministry", "his campaign": an organisation named
    // earlier.
    if ws.len() == 1
        && start == 1
        && is_in(&["the", "its", "their", "his", "her"], &words[0].lower)
        && is_in(&ORG_REFERENCES, &ws[0].lower)
    {
        return Some(MentionKind::OrgRef(ws[0].lower.to_string()));
    }
    // "the Obama administration", "the Sanders campaign", "the Wall Street Journal editorial
    // board": whose it is, then what it is. A publication needs no "the": "Newsweek magazine".
    if let [owner @ .., noun] = ws {
        let modifier = owner
            .last()
            .filter(|w| !is_cap(w) && w.lower.chars().all(char::is_alphabetic))
            .filter(|w| !is_in(&PREPOSITIONS, &w.lower) && !is_in(&DETERMINERS, &w.lower));
        let owner = &owner[..owner.len() - usize::from(modifier.is_some())];
        if (start == 1 || is_in(&PUBLICATIONS, &noun.lower))
            && !owner.is_empty()
            && owner.len() <= 4
            && owner.iter().all(is_cap)
            && !is_cap(noun)
            && is_in(&ORG_REFERENCES, &noun.lower)
        {
            let name: Vec<&str> = owner
                .iter()
                .map(|w| w.text.as_str())
                .chain(modifier.map(|w| w.lower.as_str()))
                .chain([noun.lower.as_str()])
                .collect();
            return Some(MentionKind::Org(name.join(" ")));
        }
    }
    // "spokesman for the State Department John Kirby", "spokesperson for the health ministry
    // Ahmed Rudaini": the person named last speaks for the organisation between. Not "a
    // spokesman for Democratic presidential candidate Hillary Clinton": a role before the name
    // makes it whom the spokesman speaks for.
    if ws.len() >= 6
        && is_in(&SPOKESPEOPLE, &ws[0].lower)
        && matches!(ws[1].lower.as_str(), "for" | "of")
        && ws[2].lower == "the"
        && role_at(ws, ws.len() - 3).is_none_or(|(n, _)| n != 1)
    {
        if let [org_words @ .., first, last] = &ws[2..] {
            let org_words: Vec<&Word> = org_words
                .iter()
                .filter(|w| !is_in(&DETERMINERS, &w.lower))
                .collect();
            let named = !org_words.is_empty()
                && is_cap(first)
                && is_cap(last)
                && super::lexicon::is_known_first_name(&first.text);
            let person = named
                .then(|| parse(&[first.clone(), last.clone()]))
                .flatten()
                .filter(|m| matches!(m.kind, MentionKind::Person { .. }));
            if let Some(m) = person {
                let org = title_case_org(&org_words);
                return Some(affiliated(m.kind, Some(ws[0].lower.to_string()), Some(org)));
            }
        }
    }
    // "a spokesman for Volkswagen" speaks for the organisation.
    if ws.len() >= 3
        && is_in(&SPOKESPEOPLE, &ws[0].lower)
        && matches!(ws[1].lower.as_str(), "for" | "of")
        && ws[2..]
            .iter()
            .all(|w| is_cap(w) || is_in(&CONNECTORS, &w.lower))
    {
        let refs: Vec<&Word> = ws[2..]
            .iter()
            .filter(|w| !is_in(&DETERMINERS, &w.lower) || is_cap(w))
            .collect();
        return Some(MentionKind::Org(title_case_org(&refs)));
    }
    // "German carmakers": a nationality and a plural noun.
    if ws.len() == 2
        && is_nationality(&ws[0].lower)
        && !is_cap(&ws[1])
        && ws[1].lower.ends_with('s')
    {
        let refs: Vec<&Word> = ws.iter().collect();
        return Some(MentionKind::Anonymous(group_name(&refs, start == 1)?));
    }
    // The head noun: the last word, or the word before "at/from/with/in/familiar/close".
    let head = ws
        .iter()
        .position(|w| {
            matches!(
                w.lower.as_str(),
                "at" | "from" | "with" | "in" | "familiar" | "close" | "for" | "of"
            )
        })
        .unwrap_or(ws.len());
    // "the biotech firm Cellvance", "the news site HealthWatch": a generic organisation noun
    // followed by the name. A capitalised one is part of a name: "Army Sgt. Tom Reyes".
    if let Some(k) = ws.iter().position(|w| {
        (is_in(&ORG_REFERENCES, &w.lower) && !is_cap(w))
            || is_in(
                &[
                    "site",
                    "outlet",
                    "newspaper",
                    "website",
                    "broadcaster",
                    "channel",
                    "startup",
                    "maker",
                    "company's",
                ],
                &w.lower,
            )
    }) {
        let name = &ws[k + 1..];
        if !name.is_empty()
            && ws[..k]
                .iter()
                .all(|w| !is_cap(w) || is_nationality(&w.lower))
            && name.iter().all(is_cap)
        {
            let refs: Vec<&Word> = name.iter().collect();
            return Some(MentionKind::Org(title_case_org(&refs)));
        }
    }
    // "the regional weather office": lower-case words ending in an organisation noun. Not
    // "the engineering firm hired by the town": the noun after a preposition is not the head.
    if start == 1
        && ws.len() >= 2
        && ws
            .iter()
            .all(|w| !w.text.chars().next().is_some_and(char::is_uppercase))
        && !ws.iter().any(|w| is_in(&PREPOSITIONS, &w.lower))
        && (is_in(&ORG_REFERENCES, &ws[ws.len() - 1].lower)
            || is_in(&ORG_WORDS, &ws[ws.len() - 1].lower))
    {
        let refs: Vec<&Word> = ws.iter().collect();
        return Some(MentionKind::Org(group_name(&refs, start == 1)?));
    }
    // "Secretary of State John Kerry": a role of a named organisation, then a person's full
    // name; not a group (but "supporters of Democrat Hillary Clinton" is one).
    let named_last = match ws {
        [.., first, last] => super::lexicon::is_known_first_name(&first.text) && is_cap(last),
        _ => false,
    };
    let role_of_org = head > 0
        && head + 2 < ws.len()
        && is_in(&super::lexicon::ROLES, &ws[head - 1].lower)
        && ws[head + 1..]
            .iter()
            .all(|w| is_cap(w) || is_in(&CONNECTORS, &w.lower));
    if named_last && role_of_org {
        return None;
    }
    if head == 0 || !is_group_head(&ws[head - 1].lower) {
        // "The Syrian government": nationality + lower-case organisation noun.
        if ws.len() == 2 && is_nationality(&ws[0].lower) && is_in(&ORG_REFERENCES, &ws[1].lower) {
            return Some(MentionKind::Org(format!("{} {}", ws[0].text, ws[1].lower)));
        }
        return None;
    }
    // Modifiers before the head are lower-case adjectives or nationalities ("senior defense",
    // "Turkish"), not names; but a plural group may be someone's ("Clinton advisers").
    // Never a clause: "McConnell was quick to embrace the mogul" ends in a head noun too.
    let clause_word = |w: &Word| {
        matches!(
            w.lower.as_str(),
            "to" | "is" | "was" | "are" | "were" | "be" | "been" | "has" | "have" | "had"
        )
    };
    if ws[..head - 1].iter().any(clause_word) {
        return None;
    }
    // "Dan Backer", "Tom Fisher": a capitalised head noun after the first word is a surname,
    // unless it is a people or a party ("many Russians", "many Democrats").
    let head_word = &ws[head - 1];
    if head > 1
        && head == ws.len()
        && is_cap(head_word)
        && !is_party_word(&head_word.lower)
        && !super::lexicon::is_nationality_plural(&head_word.lower)
    {
        return None;
    }
    let plural = ws[head - 1].lower.ends_with('s');
    if !plural
        && ws[..head - 1].iter().any(|w| {
            w.text.chars().next().is_some_and(char::is_uppercase)
                && !is_nationality(&w.lower)
                && w.span != words[0].span
        })
    {
        return None;
    }
    let refs: Vec<&Word> = ws.iter().collect();
    Some(MentionKind::Anonymous(group_name(&refs, start == 1)?))
}

/// How many lower-case words (two or three) at the start of `ws` describe the person named right
/// after them: they end in a role or an agent noun and hold no connector.
fn descriptor_run(ws: &[Word]) -> Option<usize> {
    // At the start of a sentence the first word may be capitalised: "Former tech executive".
    let k = 1 + ws.iter().skip(1).take(3).position(is_cap)?;
    let run = &ws[..k];
    let head = run.last()?;
    let person_noun = is_in(&super::lexicon::ROLES, &head.lower)
        || is_group_head(&head.lower)
        || [
            "er", "or", "ist", "ian", "man", "woman", "ant", "ent", "ee", "ive", "eon",
        ]
        .iter()
        .any(|e| head.lower.ends_with(e));
    ((2..=3).contains(&k)
        && person_noun
        && run.iter().enumerate().all(|(j, w)| {
            // ... or a party or a state: "Republican party boss Reince Priebus".
            (!is_cap(w)
                || (j == 0
                    && (is_in(&DESCRIPTOR_OPENERS, &w.lower)
                        || is_in(&NAME_DESCRIPTORS, &w.lower))))
                && w.trailing.is_none()
                && !is_in(&CONNECTORS, &w.lower)
        }))
    .then_some(k)
}

/// Whether the capitalised run starting at `i` is followed by a role (so it names an org:
/// "State Department spokesman").
fn ends_org_phrase(words: &[Word], i: usize) -> bool {
    // Up to four words ("Transit authority", "State Department") before a role, or before a
    // lower-case descriptor and a name ("Council treasurer Helen Carver").
    let role_ahead = (i + 1..words.len().min(i + 5)).any(|j| role_at(words, j).is_some());
    // Not past "of the": "Stu Rothenberg of the non-partisan Cook Political Report".
    let descriptor_ahead = (i + 1..words.len().min(i + 4)).any(|j| {
        !words[i + 1..j]
            .iter()
            .any(|w| is_in(&["of", "at", "from"], &w.lower) || is_in(&DETERMINERS, &w.lower))
            && !is_cap(&words[j])
            && !is_in(&CONNECTORS, &words[j].lower)
            && words.get(j + 1).is_some_and(is_cap)
    });
    (role_ahead || descriptor_ahead) && role_at(words, i).is_none()
}

fn title_case_org(words: &[&Word]) -> String {
    let mut name = words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    // A sentence's full stop is not part of the name ("... by the BBC."), an abbreviation's
    // is ("U.S.", "Acme Corp.").
    let last = words.last().map_or("", |w| w.text.as_str());
    let abbreviation = last.matches('.').count() > 1
        || ["inc.", "corp.", "co.", "ltd."].contains(&last.to_lowercase().as_str());
    if last.ends_with('.') && !abbreviation {
        name.pop();
    }
    name
}

/// A possessive's owner, as a slice of `word` ("Hendricks's" -> "Hendricks"), if it is one.
pub(crate) fn possessive_base(word: &str) -> Option<&str> {
    // "Reyes' campaign": after a final s the possessive is the apostrophe alone.
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| {
            word.strip_suffix(['\'', '’'])
                .filter(|b| b.len() > 2 && b.ends_with('s'))
        })
}

/// The owner word of a possessive ("Hendricks's" -> "Hendricks"), if `w` is one.
pub fn possessor(w: &Word) -> Option<Word> {
    let base = possessive_base(&w.text)?;
    // The span stays the whole word: cleaned text and source can differ in length.
    let mut out = w.clone();
    out.lower = base.to_lowercase().into();
    out.text = base.into();
    Some(out)
}

/// Any short noun phrase as an unnamed speaker ("a group of homeowners"), for places where the
/// sentence shape already says it is one, such as the author of a document.
pub fn description(words: &[Word]) -> Option<Mention> {
    description_of_at_most(words, 6)
}

/// `description`, for up to `max` content words: a counted share of a group runs longer ("Six in
/// 10 Virginia Democratic primary voters").
pub fn description_of_at_most(words: &[Word], max: usize) -> Option<Mention> {
    let content: Vec<&Word> = words
        .iter()
        .skip_while(|w| is_in(&DETERMINERS, &w.lower))
        .collect();
    if content.is_empty() || content.len() > max {
        return None;
    }
    let kind = MentionKind::Anonymous(group_name(&content, content.len() < words.len())?);
    Some(spanning(words, kind))
}

/// "46-year-old": an age that stands for a person.
pub(crate) fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// A mention of `kind` that is all of `words` (not empty), as written.
fn spanning(words: &[Word], kind: MentionKind) -> Mention {
    Mention {
        span: Span::new(words[0].span.start, words[words.len() - 1].span.end),
        surface: words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        kind,
    }
}

/// The canonical name of an unnamed speaker: its words without the determiner, the first
/// lower-cased unless it is a nationality ("Turkish officials", "analysts at Northgate Bank").
/// None when the words are no speaker at all: a time ("Three years after Republicans") or a
/// participle with its object ("tarring a former president").
/// A lower-case word that opens a noun phrase: a determiner, a quantifier ("one", "many"), a
/// descriptor ("former", "top") or a group's head ("rival").
fn common_opener(word: &str) -> bool {
    use super::lexicon::{NOUN_PHRASE_OPENERS, STOPWORDS};
    [
        &DETERMINERS,
        &NOUN_PHRASE_OPENERS,
        &STOPWORDS,
        &DESCRIPTOR_OPENERS,
        &GROUP_HEADS,
    ]
    .iter()
    .any(|list| is_in(*list, word))
}

fn group_name(words: &[&Word], after_determiner: bool) -> Option<String> {
    // "a trend that the foundation", "displaying what many analysts": a relative clause with a
    // subject of its own; that subject is who speaks.
    let relative = (1..words.len().saturating_sub(1)).find(|&i| {
        is_in(&["that", "what", "which"], &words[i].lower)
            && is_in(&super::lexicon::NOUN_PHRASE_OPENERS, &words[i + 1].lower)
    });
    if let Some(i) = relative {
        let rest: Vec<&Word> = words[i + 1..]
            .iter()
            .copied()
            .skip_while(|w| is_in(&DETERMINERS, &w.lower))
            .collect();
        return (!rest.is_empty())
            .then(|| group_name(&rest, rest.len() < words.len() - i - 1))
            .flatten();
    }
    // "Three years after Republicans", "the hours after 14 people": a time.
    let dated = words.windows(2).any(|p| {
        is_in(&super::lexicon::TIME_UNITS, &p[0].lower)
            && is_in(&["after", "before", "since", "until"], &p[1].lower)
    });
    // "tarring a former president", "all but begging a woman": a participle and its object.
    let participle = words
        .windows(2)
        .take(3)
        .any(|p| p[0].lower.ends_with("ing") && !is_cap(p[0]) && is_in(&DETERMINERS, &p[1].lower));
    if dated || participle {
        return None;
    }
    // "poll showed a majority of voters", "Gowdy's office assured the people", "one employee
    // at a firm declined to": a past verb after the head ends the name; the rest is a clause. Not a
    // participle after "those", a preposition or an adverb ("those affected by", "newly
    // uncovered").
    let past =
        |w: &Word| !is_cap(w) && (w.lower.ends_with("ed") || is_in(&IRREGULAR_PAST, &w.lower));
    // "data released Friday by state regulators": a passive participle, whose agent follows.
    let by_after = |i: usize| words[i..].iter().any(|w| w.lower == "by");
    let verb_at = (1..words.len()).find(|&i| {
        let before = &words[i - 1].lower;
        past(words[i])
            && !by_after(i)
            && !before.ends_with("ly")
            && !is_in(&DETERMINERS, before)
            && !is_in(&PREPOSITIONS, before)
            && before != "those"
    });
    // "AP's report was", "two others have not": an auxiliary ends it too.
    let aux_at =
        (1..words.len()).find(|&i| is_in(&super::lexicon::PREDICATE_AUXILIARIES, &words[i].lower));
    let end = verb_at
        .into_iter()
        .chain(aux_at)
        .min()
        .unwrap_or(words.len());
    let mut words = &words[..end];
    // "and surveys": no conjunction opens a name; "two senators present who", "a trend that":
    // none ends one either.
    while let [first, rest @ ..] = words {
        if rest.is_empty() || !is_in(&["and", "but", "or"], &first.lower) {
            break;
        }
        words = rest;
    }
    while let [rest @ .., last] = words {
        let dangling = is_in(
            &[
                "also", "who", "that", "which", "in", "to", "of", "than", "and",
            ],
            &last.lower,
        );
        if rest.is_empty() || !dangling {
            break;
        }
        words = rest;
    }
    let mut out: Vec<String> = words.iter().map(|w| w.text.to_string()).collect();
    if let Some(first) = out.first_mut() {
        // An acronym ("GOP") or a possessive ("Trump's") is a name; keep its case. So is a
        // capital that no sentence start explains ("the Sanders team").
        // So is the first of two capitals before a plain head ("White House officials",
        // "Navarro County officials"), unless it is a common word ("Many Trump supporters",
        // "Top Sanders strategists", "Other Republican leaders").
        let proper_modifier = words.len() >= 3
            && is_cap(words[1])
            && !is_cap(words[words.len() - 1])
            && !common_opener(&first.to_lowercase());
        let name_like = after_determiner
            || proper_modifier
            || first.chars().filter(|c| c.is_uppercase()).count() > 1
            || first.ends_with("'s")
            || first.ends_with("’s");
        if !name_like && !is_nationality(&first.to_lowercase()) {
            *first = first.to_lowercase();
        }
    }
    Some(out.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<MentionKind> {
        parse(&words(s, Span::new(0, s.len()))).map(|m| m.kind)
    }

    #[test]
    fn a_group_name_is_only_its_noun_phrase() {
        let name = |s: &str| {
            let ws = words(s, Span::new(0, s.len()));
            let refs: Vec<&Word> = ws.iter().collect();
            group_name(&refs, false).unwrap_or_default()
        };
        assert_eq!(name("poll showed a majority of voters"), "poll");
        assert_eq!(name("two others have not"), "two others");
        assert_eq!(
            name("friends of Mr. Clinton's who have seen him"),
            "friends of Mr. Clinton's"
        );
        assert_eq!(name("and surveys"), "surveys");
        assert_eq!(name("two senators present who"), "two senators present");
        // A participle with its agent, or after "those", stays.
        assert_eq!(
            name("data released Friday by regulators"),
            "data released Friday by regulators"
        );
        assert_eq!(
            name("families of those affected"),
            "families of those affected"
        );
        // A relative clause's own subject speaks; a time or a participle's object is nobody.
        assert_eq!(name("trend that the foundation"), "foundation");
        assert_eq!(name("displaying what many analysts"), "many analysts");
        assert_eq!(name("Three years after Republicans"), "");
        assert_eq!(name("tarring a former president"), "");
        // A sentence's capital is lowered, a proper name's kept.
        assert_eq!(name("Officials"), "officials");
        assert_eq!(name("Many Republicans"), "many Republicans");
        assert_eq!(name("Some Trump supporters"), "some Trump supporters");
        assert_eq!(name("White House officials"), "White House officials");
        assert_eq!(name("Navarro County officials"), "Navarro County officials");
        assert_eq!(name("Top Sanders strategists"), "top Sanders strategists");
        assert_eq!(name("One Clinton spokesman"), "one Clinton spokesman");
        assert_eq!(name("Other Republican leaders"), "other Republican leaders");
    }

    #[test]
    fn sentence_openers_are_never_speakers() {
        for opener in [
            "However",
            "Meanwhile",
            "Indeed",
            "As",
            "When",
            "Instead",
            "In the",
        ] {
            assert_eq!(p(opener), None, "{opener}");
        }
        for word in ["Some", "Others", "Another", "Those", "It's"] {
            assert_eq!(p(word), None, "{word}");
        }
        // A day after the opening preposition is when, not who.
        assert_eq!(
            p("On Monday some news sites"),
            Some(MentionKind::Anonymous("some news sites".into()))
        );
        assert_eq!(
            p("Lebanese state television"),
            Some(MentionKind::Anonymous("Lebanese state television".into()))
        );
    }

    #[test]
    fn a_party_a_place_or_a_leading_phrase_names_no_person() {
        assert!(matches!(p("a Democrat"), Some(MentionKind::Anonymous(_))));
        assert!(matches!(
            p("an Iowa Republican"),
            Some(MentionKind::Anonymous(_))
        ));
        assert_eq!(p("Texas"), None);
        assert_eq!(p("New York"), None);
        assert_eq!(p("Unlike Smith"), None);
        assert!(matches!(p("Andrew Rice"), Some(MentionKind::Person { .. })));
        // "Rep. Ann Cole, R-Utah, says": the tag joins the comma, as "R-Pa.," does.
        let s = "Rep. Ann Cole, R-Utah, says";
        let ws = words(s, Span::new(0, s.len()));
        assert_eq!(ws.len(), 4, "{ws:?}");
        assert_eq!(ws[2].trailing, Some(','));
    }

    #[test]
    fn a_campaign_or_office_of_someone_is_an_organisation_named_by_its_owner() {
        let org = |s: &str| Some(MentionKind::Org(s.to_owned()));
        assert_eq!(p("Clinton's campaign"), org("Clinton campaign"));
        assert_eq!(
            p("Sen. Kelly Ayotte's campaign"),
            org("Kelly Ayotte campaign")
        );
        assert_eq!(
            p("Mrs. Clinton's presidential campaign"),
            org("Clinton presidential campaign")
        );
        // More words after the owner are a clause, not a name.
        assert!(!matches!(
            p("The FBI's program infamously used forged documents and false news"),
            Some(MentionKind::Org(_))
        ));
    }

    #[test]
    fn a_name_followed_by_its_verb_is_a_clause_not_a_mention() {
        for clause in [
            "Romney went after Trump on",
            "Wilson praised Rubio's",
            "Kasich jokingly offered the man",
            "Ryan endorsed Trump",
        ] {
            assert_eq!(p(clause), None, "{clause}");
        }
        for phrase in ["A teary-eyed Bush", "The retired neurosurgeon"] {
            assert!(p(phrase).is_some(), "{phrase}");
        }
    }

    #[test]
    fn no_mention_spans_a_colon_and_no_number_is_a_role() {
        assert_eq!(p("Another video: In"), None);
        assert_eq!(p("19 I"), None);
        assert!(matches!(
            p("24-year-old Tom Giancola"),
            Some(MentionKind::Person { .. })
        ));
    }

    #[test]
    fn one_of_a_described_group_is_a_description() {
        assert!(matches!(
            p("one district GOP leader"),
            Some(MentionKind::Title { .. } | MentionKind::Anonymous(_))
        ));
        assert_eq!(p("one"), None);
    }

    #[test]
    fn a_phrase_ending_in_a_relative_pronoun_is_no_mention() {
        assert_eq!(p("all but begging a woman who"), None);
        assert!(p("a woman").is_some());
    }

    #[test]
    fn a_month_after_a_name_is_when_not_who() {
        assert_eq!(
            p("The Wall Street Journal in March"),
            p("The Wall Street Journal")
        );
        assert_eq!(p("Apple last September"), p("Apple"));
        assert!(matches!(
            p("Prime Minister Theresa May"),
            Some(MentionKind::Person { last, .. }) if last == "May"
        ));
    }

    #[test]
    fn a_particle_joined_by_a_hyphen_opens_a_name() {
        for (text, last) in [
            ("al-Baghdadi", "al-Baghdadi"),
            ("Abu Bakr al-Baghdadi", "al-Baghdadi"),
            ("President Abdel Fattah el-Sisi", "el-Sisi"),
        ] {
            match p(text) {
                Some(MentionKind::Person { last: l, .. }) => assert_eq!(l, last, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        // A lower-case word that is no particle still describes someone.
        assert!(!matches!(
            p("the ranking Democrat on the Finance Committee"),
            Some(MentionKind::Person { .. })
        ));
    }

    #[test]
    fn clergy_honorifics_are_not_names() {
        assert_eq!(
            p("Vatican spokesman the Rev. Federico Lombardi"),
            p("Vatican spokesman Federico Lombardi")
        );
    }

    #[test]
    fn an_opener_before_a_name_is_dropped() {
        assert_eq!(p("When Donald Trump"), p("Donald Trump"));
        assert_eq!(p("However, officials"), p("officials"));
        assert_eq!(
            p("But two people close to the owners"),
            p("two people close to the owners")
        );
        assert!(p("Some analysts").is_some());
    }

    #[test]
    fn a_spokesperson_for_an_organisation_then_a_name_is_that_person() {
        for (s, org) in [
            (
                "spokesman for the State Department John Kirby",
                "State Department",
            ),
            (
                "spokesperson for the health ministry Ahmed Rudaini",
                "health ministry",
            ),
        ] {
            match p(s) {
                Some(MentionKind::Person { role, org: got, .. }) => {
                    assert!(
                        role.as_deref().is_some_and(|r| r.starts_with("spokes")),
                        "{s}"
                    );
                    assert_eq!(got.as_deref(), Some(org), "{s}");
                }
                other => panic!("{s}: {other:?}"),
            }
        }
        // A role before the name: whom the spokesman speaks for.
        assert!(!matches!(
            p("spokesman for the Democratic presidential candidate Hillary Clinton"),
            Some(MentionKind::Person { role: Some(r), .. }) if r == "spokesman"
        ));
        // Without a name after it, the organisation speaks.
        assert_eq!(
            p("a spokesman for Volkswagen"),
            Some(MentionKind::Org("Volkswagen".into()))
        );
    }

    #[test]
    fn person_with_role_and_org() {
        assert_eq!(
            p("State Department spokesman John Kirby"),
            Some(MentionKind::Person {
                first: Some("John".into()),
                last: "Kirby".into(),
                full: "John Kirby".into(),
                role: Some("spokesman".into()),
                org: Some("State Department".into()),
                gender: Gender::Male,
            })
        );
        match p("[Russian] Foreign Minister [Sergey] Lavrov").unwrap() {
            MentionKind::Person {
                full, role, org, ..
            } => {
                assert_eq!(full, "Sergey Lavrov");
                assert_eq!(role.as_deref(), Some("foreign minister"));
                assert_eq!(org.as_deref(), Some("Russia"));
            }
            other => panic!("{other:?}"),
        }
        // A word describing the organisation before its name; no descriptor past "of the".
        for (text, org) in [
            (
                "commentator Jonah Goldberg of the anti-Trump National Review",
                "National Review",
            ),
            (
                "Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report",
                "Rothenberg-Gonzales Political Report",
            ),
        ] {
            match p(text).unwrap() {
                MentionKind::Person { full, org: o, .. } => {
                    assert!(
                        full.ends_with("Goldberg") || full == "Stu Rothenberg",
                        "{full}"
                    );
                    assert_eq!(o.as_deref(), Some(org));
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        match p("Putin").unwrap() {
            MentionKind::Person { first, last, .. } => {
                assert_eq!((first, last.as_str()), (None, "Putin"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_service_and_a_long_rank_abbreviation_before_a_name_are_not_the_name() {
        for s in [
            "Army Sgt. Linda Park",
            "Capt. Linda Park",
            "Navy Capt. Linda Park",
        ] {
            match p(s) {
                Some(MentionKind::Person { full, role, .. }) => {
                    assert_eq!(full, "Linda Park", "{s}");
                    assert!(role.is_some(), "{s}");
                }
                other => panic!("{s}: {other:?}"),
            }
        }
        // A lower-case organisation noun before a name still names the organisation.
        assert_eq!(
            p("the biotech firm Cellvance"),
            Some(MentionKind::Org("Cellvance".into()))
        );
    }

    #[test]
    fn a_name_and_an_auxiliary_open_a_clause_not_a_mention() {
        assert_eq!(p("Karl Weber did give Reyes"), None);
        assert_eq!(p("The Wisconsin Republican did give Reyes"), None);
        assert!(p("Karl Weber").is_some());
    }

    #[test]
    fn object_pronouns_are_the_pronouns_they_stand_for() {
        assert_eq!(p("him"), p("he"));
        assert_eq!(p("her"), p("she"));
        assert_eq!(p("them"), p("they"));
    }

    #[test]
    fn pronouns_titles_orgs_and_anonymous() {
        assert_eq!(
            p("he"),
            Some(MentionKind::Pronoun(Gender::Male, "he".into()))
        );
        assert_eq!(
            p("the foreign minister"),
            Some(MentionKind::Title {
                role: "foreign minister".into(),
                org: None
            })
        );
        assert_eq!(
            p("The State Department"),
            Some(MentionKind::Org("State Department".into()))
        );
        assert_eq!(p("the Kremlin"), Some(MentionKind::Org("Kremlin".into())));
        // A country of two words is no person whom "she" could mean.
        assert_eq!(
            p("The United States"),
            Some(MentionKind::Org("United States".into()))
        );
        assert_eq!(
            p("The Syrian Observatory for Human Rights"),
            Some(MentionKind::Org(
                "Syrian Observatory for Human Rights".into()
            ))
        );
        assert_eq!(
            p("an anonymous source"),
            Some(MentionKind::Anonymous("anonymous source".into()))
        );
        assert_eq!(p("the weather today"), None);
    }
}
