//! One identity per speaker. Mentions ("Lavrov", "the foreign minister", "he", "Sergey Lavrov")
//! resolve to canonical speakers, within an article and across the articles of one run.

use super::lexicon::{is_in, Gender};
use super::mentions::{Mention, MentionKind};
use crate::words::{word_list, WordList};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    /// An organisation speaking as such ("the State Department").
    Org,
    /// An unnamed source; never merged across articles.
    Anonymous,
    /// The article or publication itself.
    Narrator,
    /// A quote whose speaker could not be determined.
    Unknown,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Org => "org",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Narrator => "narrator",
            SpeakerKind::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<SpeakerKind> {
        [
            SpeakerKind::Person,
            SpeakerKind::Org,
            SpeakerKind::Anonymous,
            SpeakerKind::Narrator,
            SpeakerKind::Unknown,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// A canonical speaker.
#[derive(Debug, Clone, Serialize)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub kind: SpeakerKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    #[serde(skip_serializing_if = "is_unknown")]
    pub gender: Gender,
    /// Every distinct way the text named this speaker.
    pub aliases: Vec<String>,
    #[serde(skip)]
    first: Option<String>,
    #[serde(skip)]
    last: Option<String>,
    /// Article that owns an anonymous/unknown/narrator identity.
    #[serde(skip)]
    scope: Option<String>,
}

impl Speaker {
    /// A speaker for other stages' unit tests: its id is its name.
    #[cfg(test)]
    pub(crate) fn test(id: &str, kind: SpeakerKind) -> Speaker {
        let mut s = Speaker::new(id.to_owned(), kind, None);
        s.id = id.to_owned();
        s
    }

    /// A speaker with only a name and kind; `scope` ties it to one article.
    fn new(name: String, kind: SpeakerKind, scope: Option<String>) -> Speaker {
        Speaker {
            id: String::new(),
            name,
            kind,
            role: None,
            org: None,
            gender: Gender::Unknown,
            aliases: vec![],
            first: None,
            last: None,
            scope,
        }
    }
}

impl Speaker {
    /// A speaker of an earlier run, as the store keeps it: a name and a kind, under an id of
    /// the caller's choosing (no other run's speaker has it).
    pub fn stored(id: String, name: String, kind: SpeakerKind) -> Speaker {
        Speaker {
            id,
            ..Speaker::new(name, kind, None)
        }
    }
}

/// Whether two canonical person names from different runs name one person, by the rules a run
/// uses within itself: the same name; or the same surname with first names that are variants
/// of one name (Sergei/Sergey Lavrov); or the same surname where one of them is the surname
/// alone.
pub fn same_person_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    match (wa.split_last(), wb.split_last()) {
        (Some((la, fa)), Some((lb, fb))) if la == lb => match (fa.first(), fb.first()) {
            (Some(x), Some(y)) => first_name_variants(x, y),
            _ => true,
        },
        _ => false,
    }
}

fn is_unknown(g: &Gender) -> bool {
    *g == Gender::Unknown
}

/// All speakers of a run, indexed so that resolution stays fast over thousands of articles.
#[derive(Debug, Default)]
pub struct Registry {
    pub speakers: Vec<Speaker>,
    /// Lower-case surname → people with it.
    by_last: HashMap<String, Vec<usize>>,
    /// Lower-case name → organisation (run-wide) or narrator.
    by_org: HashMap<String, usize>,
    narrators: HashMap<String, usize>,
    /// While set, a pronoun resolved teaches its speaker no gender (`resolve_continuing`).
    guessing: bool,
}

/// Per-article resolution state: who has spoken, most recent last.
#[derive(Debug, Default)]
pub struct ArticleScope {
    pub article: String,
    /// Speaker indices in order of their latest attributed claim.
    recent_speakers: Vec<usize>,
    /// Speaker indices in order of their latest mention of any kind.
    recent_mentions: Vec<usize>,
    /// People who spoke or were a sentence's subject in the current paragraph, most recent
    /// last: a paragraph is usually about one person, so "he said" looks here first.
    paragraph_focus: Vec<usize>,
    unknown: Option<usize>,
    /// Who the current utterance (a sentence or clause) is about, by rank: who spoke in it,
    /// then its subject, then everyone else it names. A pronoun that opens the next utterance
    /// most often means the first of these it fits (centering: Grosz, Joshi & Weinstein 1995).
    utterance: [Vec<usize>; 3],
    /// The same for the latest utterance that named anyone.
    previous_utterance: Vec<usize>,
    /// Who spoke in that utterance or was its subject (its first two ranks).
    previous_centre: Vec<usize>,
    /// A bare surname (lower-case) → whom this article last meant by it.
    surnames: HashMap<String, usize>,
    /// Words the article capitalises inside a sentence, lower-cased: its proper nouns. `None`
    /// until `learn_proper_nouns` has read the article.
    proper_nouns: Option<HashSet<String>>,
    /// Of those, the ones capitalised where nothing else can explain it: not after a quote or
    /// a stop, not at a line's start, not inside an organisation's name (`learn_proper_nouns`).
    names: HashSet<String>,
}

impl ArticleScope {
    pub fn new(article: &str) -> Self {
        ArticleScope {
            article: article.to_owned(),
            ..Default::default()
        }
    }

    /// Reads which words `text` capitalises where no sentence starts: "Forensic audio expert
    /// Paul Ginsberg said" starts a sentence with "Forensic", which is no one's name, while
    /// "Ginsberg" is capitalised wherever it stands.
    pub fn learn_proper_nouns(&mut self, text: &str) {
        let mut proper = HashSet::new();
        let mut names = HashSet::new();
        let mut sentence_start = true;
        let mut after_stop = false;
        // (first on its line, token): a line's first word may open a heading with no stop
        // before it ("Critics Say ...").
        let tokens: Vec<(bool, &str)> = text
            .lines()
            .flat_map(|line| {
                line.split_whitespace()
                    .enumerate()
                    .map(|(i, t)| (i == 0, t))
            })
            .collect();
        for (k, &(line_start, token)) in tokens.iter().enumerate() {
            let core = token.trim_start_matches(|c: char| !c.is_alphanumeric());
            let opens = core.len() < token.len();
            let word = core.trim_end_matches(|c: char| !c.is_alphanumeric());
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(word);
            // A line's first word opens a heading or a paragraph, whatever ended the line
            // before: "...terrorism.”¶Breaking: ...".
            // "al-Baghdadi" is a name wherever it stands, in lower case.
            let particle_name = crate::claims::mentions::particle_name(word);
            if particle_name
                || (!sentence_start
                    && !opens
                    && !line_start
                    && word.starts_with(char::is_uppercase))
            {
                let lower = word.to_lowercase().replace('’', "'");
                // Inside a run of capitals the word may be part of an organisation's name
                // ("Communications Workers of America", "Chicago Police Department"); the run's
                // last word is a name ("Tom Reyes").
                let run_goes_on = token.ends_with(char::is_alphanumeric)
                    && tokens.get(k + 1).is_some_and(|&(next_line, next)| {
                        !next_line && (next.starts_with(char::is_uppercase) || next == "of")
                    });
                if !after_stop && !line_start && !run_goes_on {
                    names.insert(lower.clone());
                }
                proper.insert(lower);
            }
            // "Mr." and "J." don't end a sentence; "said." and "BBC." do.
            let stem = core.strip_suffix('.').unwrap_or("");
            let acronym = stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase());
            let abbreviation =
                (1..=3).contains(&stem.len()) && stem.starts_with(char::is_uppercase) && !acronym;
            // After a closing quote comes its credit as often as a new sentence: `offensive!”
            // Cruz said`. A word there counts as inside a sentence.
            let closes_quote = token.ends_with(['”', '"', '’', '\'']);
            sentence_start =
                token.ends_with(['.', '!', '?', ':']) && !abbreviation && !closes_quote;
            // For names, after any quote or stop, sentence end or not, a capital proves
            // nothing: `.” Critics say`, "(... this fall.) Sources say", "China Sea. Critics".
            after_stop = closes_quote || token.contains('.');
        }
        self.proper_nouns = Some(proper);
        self.names = names;
    }

    /// Whether the article surely writes `word` as a name (see `names`). False before
    /// `learn_proper_nouns`.
    pub fn is_name(&self, word: &str) -> bool {
        self.names.contains(&word.to_lowercase().replace('’', "'"))
    }

    /// Whether `word` can be a name here: the article capitalises it inside a sentence (or
    /// nothing was learnt).
    pub fn is_proper_noun(&self, word: &str) -> bool {
        self.proper_nouns
            .as_ref()
            .is_none_or(|p| p.contains(&word.to_lowercase().replace('’', "'")))
    }

    /// Records that `idx` made a claim (pronouns prefer speakers over people merely mentioned).
    pub fn spoke(&mut self, idx: usize) {
        // Nobody to refer back to.
        if self.unknown == Some(idx) {
            return;
        }
        self.recent_speakers.retain(|&i| i != idx);
        self.recent_speakers.push(idx);
        self.utterance[0].push(idx);
        self.mentioned(idx);
        self.in_focus(idx);
    }

    /// A new sentence or clause begins: the one that ends, if it named anyone, is what the
    /// next pronoun looks back to first.
    pub fn next_utterance(&mut self) {
        if self.utterance.iter().all(Vec::is_empty) {
            return;
        }
        self.previous_utterance.clear();
        self.previous_centre.clear();
        self.previous_centre
            .extend(self.utterance[..2].iter().flatten().copied());
        for tier in &mut self.utterance {
            for i in tier.drain(..) {
                if !self.previous_utterance.contains(&i) {
                    self.previous_utterance.push(i);
                }
            }
        }
    }

    /// Records that `idx` is the subject of a sentence in the current paragraph.
    pub fn in_focus(&mut self, idx: usize) {
        self.paragraph_focus.retain(|&i| i != idx);
        self.paragraph_focus.push(idx);
        self.utterance[1].push(idx);
    }

    /// `idx` was taken for the subject of this utterance by a quick read that a fuller read
    /// corrected ("Obama consultant Cornell Belcher ...": Belcher, not Obama): it no longer ranks
    /// as this utterance's subject.
    pub fn out_of_focus(&mut self, idx: usize) {
        self.utterance[1].retain(|&i| i != idx);
    }

    /// A new paragraph is about someone new, unless it opens with a pronoun: then it is most
    /// likely about whoever the previous paragraph ended on, so only that person stays.
    pub fn new_paragraph(&mut self) {
        let last = self.paragraph_focus.pop();
        self.paragraph_focus.clear();
        self.paragraph_focus.extend(last);
    }

    pub fn mentioned(&mut self, idx: usize) {
        self.recent_mentions.retain(|&i| i != idx);
        self.recent_mentions.push(idx);
        self.utterance[2].push(idx);
    }

    fn in_article(&self, idx: usize) -> bool {
        self.recent_mentions.contains(&idx)
    }
}

static EPITHETS: WordList = word_list!("epithets.txt");

/// "The NFL legend", "the billionaire": a definite description whose head stands for someone
/// already named.
fn refers_back(surface: &str, desc: &str) -> bool {
    let definite = surface
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    definite
        && desc
            .rsplit(' ')
            .next()
            .is_some_and(|head| is_in(&EPITHETS, head) || super::mentions::is_age(head))
}

/// Whether two first names are variants of one name (Sergei/Sergey, Dmitry/Dmitri,
/// Alex/Alexander).
pub fn first_name_variants(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    if a.chars().next() != b.chars().next() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if short.len() >= 3 && long.starts_with(short.as_str()) {
        return true;
    }
    // One letter more is a spelling only when it is a vowel or doubles its neighbour
    // ("Wilfried", "Wilfred"; "Mohamed", "Mohammed"): "Ivana" and "Ivanka" are two names.
    if long.chars().count() == short.chars().count() + 1 && !drops_to(long, short) {
        return false;
    }
    short.chars().count() >= 5 && edit_distance(&a, &b) <= 1 + usize::from(short.len() >= 7)
}

/// Whether dropping one vowel, or one letter that repeats the letter before it, turns `long`
/// into `short`.
fn drops_to(long: &str, short: &str) -> bool {
    let chars: Vec<char> = long.chars().collect();
    (0..chars.len()).any(|i| {
        (matches!(chars[i], 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
            || (i > 0 && chars[i] == chars[i - 1]))
            && chars[..i]
                .iter()
                .chain(&chars[i + 1..])
                .copied()
                .eq(short.chars())
    })
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Organisations a person has: "his campaign", "her office".
static OWNED_ORGANISATIONS: WordList = word_list!("owned_organisations.txt");

fn owned_by_person(word: &str) -> bool {
    is_in(&OWNED_ORGANISATIONS, word)
}

/// "Paler Lin" for "Josh Paler Lin": the first name given is a middle name of the full one.
fn middle_name_of(first: &str, full: &str) -> bool {
    // Asked of every candidate with another first name: no allocation.
    let n = full.split_whitespace().count();
    full.split_whitespace()
        .skip(1)
        .take(n.saturating_sub(2))
        .any(|w| w.eq_ignore_ascii_case(first))
}

fn compatible(g: Gender, h: Gender) -> bool {
    g == Gender::Unknown || h == Gender::Unknown || g == h
}

/// Words naming a public body rather than a company: "the company" never means one of these.
static PUBLIC_BODY_WORDS: WordList = word_list!("public_body_words.txt");

impl Registry {
    fn add(&mut self, mut s: Speaker) -> usize {
        let idx = self.speakers.len();
        s.id = format!("s{}", idx + 1);
        // "Cruz and Trump" is two people: a later "Trump" is not them.
        if let Some(last) = s.last.as_ref().filter(|_| !s.name.contains(" and ")) {
            self.by_last
                .entry(last.to_lowercase())
                .or_default()
                .push(idx);
        }
        if s.kind == SpeakerKind::Org && s.scope.is_none() {
            self.by_org.insert(s.name.to_lowercase(), idx);
        }
        self.speakers.push(s);
        idx
    }

    fn alias(&mut self, idx: usize, surface: &str) {
        let s = &mut self.speakers[idx];
        if !surface.is_empty() && !s.aliases.iter().any(|a| a == surface) {
            s.aliases.push(surface.to_owned());
        }
    }

    /// The speaker standing for the article itself: the publication when the input names one.
    pub fn narrator(&mut self, scope: &ArticleScope, source: Option<&str>) -> usize {
        // Without a named publication, each article is its own narrator.
        let name = source.unwrap_or("narrator").to_owned();
        let key = source.map_or_else(|| format!("article:{}", scope.article), str::to_owned);
        if let Some(&i) = self.narrators.get(&key) {
            return i;
        }
        let i = self.add(Speaker::new(
            name,
            SpeakerKind::Narrator,
            source.is_none().then(|| scope.article.clone()),
        ));
        self.narrators.insert(key, i);
        i
    }

    /// The speaker for a quote nobody could be credited with.
    pub fn unknown(&mut self, scope: &mut ArticleScope) -> usize {
        if let Some(i) = scope.unknown {
            return i;
        }
        let i = self.add(Speaker::new(
            "unknown".into(),
            SpeakerKind::Unknown,
            Some(scope.article.clone()),
        ));
        scope.unknown = Some(i);
        i
    }

    /// Resolves a mention to a speaker, creating one when it names someone new. `None` when the
    /// mention cannot be resolved (a pronoun with no antecedent).
    pub fn resolve(&mut self, m: &Mention, scope: &mut ArticleScope) -> Option<usize> {
        // A pronoun read as a description ("she revised her statement explaining") is nobody
        // this far: only `MentionKind::Pronoun` looks back for whom it means.
        if let MentionKind::Anonymous(desc) = &m.kind {
            if crate::claims::lexicon::is_pronoun(desc) {
                return None;
            }
        }
        let idx = match &m.kind {
            MentionKind::Person {
                first,
                last,
                full,
                role,
                org,
                gender,
            } => {
                // A lone capitalised word that the article never capitalises inside a sentence
                // is a sentence opener ("Considering", "Speculation"), not a name.
                // A plural stays: "Associates say", "Investigations have revealed" name a
                // group.
                let lone = first.is_none() && role.is_none() && org.is_none();
                let plural = last.ends_with('s');
                // "Cruz and Trump" is two people: neither the "Trump" met before, nor to be
                // renamed after the pair.
                let found = if full.contains(" and ") {
                    self.by_name_in_article(full, scope)
                } else {
                    self.find_person(first.as_deref(), last, Some(full), *gender, scope)
                };
                // "South Korean", "Chinese": a nationality adjective is nobody's name, unless
                // someone of the run has it as a surname ("David French ... French said").
                let adjective = full.to_lowercase();
                let adjective = ["north ", "south ", "east ", "west "]
                    .iter()
                    .find_map(|p| adjective.strip_prefix(p))
                    .unwrap_or(&adjective);
                if found.is_none() && crate::claims::lexicon::is_nationality(adjective) {
                    return None;
                }
                // Someone already known by that name (in another article too) stays.
                if lone
                    && !plural
                    && found.is_none()
                    && !m.surface.contains(' ')
                    && !scope.is_proper_noun(last)
                {
                    return None;
                }
                // A lone name that starts an organisation named in this article is that
                // organisation: "Nordhavn denied ..." after "Nordhavn Logistics said ...".
                let short_org = || {
                    let prefix = format!("{} ", last.to_lowercase());
                    scope.recent_mentions.iter().rev().copied().find(|&i| {
                        let s = &self.speakers[i];
                        s.kind == SpeakerKind::Org && s.name.to_lowercase().starts_with(&prefix)
                    })
                };
                if let (None, None, Some(org)) = (found, first, short_org()) {
                    self.alias(org, &m.surface);
                    scope.mentioned(org);
                    return Some(org);
                }
                // "Mo explained" after "Mohammed Islam": a lone word no surname matches that
                // shortens the first name of one person of this article is that person.
                if let (None, None, Some(i)) = (found, first, self.by_short_first_name(last, scope))
                {
                    self.alias(i, &m.surface);
                    scope.mentioned(i);
                    return Some(i);
                }
                match found {
                    Some(i) => {
                        let s = &mut self.speakers[i];
                        // "Josh Paler Lin" after "Paler Lin" keeps the name first given: a
                        // capitalised word before a name is as often a headline's ("Lovesick
                        // Tan Shen") as a first name.
                        if s.first.is_none() && first.is_some() {
                            s.first = first.clone();
                            s.name = full.clone();
                        }
                        if s.role.is_none() {
                            s.role = role.clone();
                        }
                        if s.org.is_none() {
                            s.org = org.clone();
                        }
                        if s.gender == Gender::Unknown {
                            s.gender = *gender;
                        }
                        i
                    }
                    None => self.add(Speaker {
                        role: role.clone(),
                        org: org.clone(),
                        gender: *gender,
                        first: first.clone(),
                        last: Some(last.clone()),
                        ..Speaker::new(full.clone(), SpeakerKind::Person, None)
                    }),
                }
            }
            MentionKind::Title { role, org } => {
                let indefinite = is_indefinite(m);
                match self.titled(role, m, scope) {
                    Some(i) => i,
                    None => {
                        let name = match org {
                            Some(o) => format!("{o} {role}"),
                            None => format!("the {role}"),
                        };
                        self.add(Speaker {
                            // Without a role, named_later never makes them the named one either.
                            role: (!indefinite).then(|| role.clone()),
                            org: org.clone(),
                            ..Speaker::new(name, SpeakerKind::Person, Some(scope.article.clone()))
                        })
                    }
                }
            }
            MentionKind::Pronoun(g, word) => {
                let want_person = matches!(word.as_str(), "he" | "she" | "i");
                let want_group = matches!(word.as_str(), "they" | "it" | "we");
                let ok = |s: &Speaker| {
                    if want_person {
                        (s.kind == SpeakerKind::Person
                            || (s.kind == SpeakerKind::Anonymous
                                && one_person_described(&s.name, *g)))
                            && compatible(s.gender, *g)
                    } else if word == "it" {
                        // "experts said. ... It added": "it" is one body, never a plural group.
                        s.kind == SpeakerKind::Org
                            || (s.kind == SpeakerKind::Anonymous && !looks_plural(&s.name))
                    } else if want_group {
                        // "they" is a group, or two people named together ("Weld and Johnson"),
                        // never one person: in "IS has held him ..., but today they tweeted" it
                        // is IS, not the man held.
                        matches!(s.kind, SpeakerKind::Org | SpeakerKind::Anonymous)
                            || (word == "they" && s.name.contains(" and "))
                    } else {
                        true
                    }
                };
                // A person: who this utterance has made speaker or subject so far, else the
                // first the previous utterance ranks, else whoever is salient.
                let centred = want_person && word != "i";
                let i = centred
                    .then(|| self.centred(scope, ok))
                    .flatten()
                    .or_else(|| self.salient(scope, want_person, ok))?;
                if self.speakers[i].gender == Gender::Unknown && want_person && !self.guessing {
                    self.speakers[i].gender = *g;
                }
                i
            }
            MentionKind::Org(name) => {
                // "the Sanders campaign" after "Bernie Sanders": the campaign of the person the
                // article names in full, one identity with "his campaign".
                let name = self
                    .owner_in_full(name, scope)
                    .unwrap_or_else(|| name.clone());
                match self.by_org.get(&name.to_lowercase()) {
                    Some(&i) => i,
                    None => self.add(Speaker::new(name, SpeakerKind::Org, None)),
                }
            }
            MentionKind::OrgRef(word) => {
                // "his campaign": the campaign of the person "his" means, the same as "the
                // Sanders campaign".
                let owner = owned_by_person(word)
                    .then(|| self.owner_of(m, scope))
                    .flatten();
                if let Some(owner) = owner {
                    let org = Mention {
                        span: m.span,
                        surface: m.surface.clone(),
                        kind: MentionKind::Org(format!("{owner} {word}")),
                    };
                    return self.resolve(&org, scope);
                }
                let orgs: Vec<usize> = scope
                    .recent_mentions
                    .iter()
                    .rev()
                    .copied()
                    .filter(|&i| self.speakers[i].kind == SpeakerKind::Org)
                    .collect();
                let named = orgs
                    .iter()
                    .copied()
                    .find(|&i| self.speakers[i].name.to_lowercase().contains(word.as_str()));
                // Names of companies and clubs rarely hold the word; a union's or ministry's do.
                let generic = matches!(word.as_str(), "company" | "firm" | "club" | "group");
                // ... but "the company" is not the agency that regulates it.
                // ... nor a country.
                let public_body = |i: usize| {
                    let name = self.speakers[i].name.to_lowercase();
                    PUBLIC_BODY_WORDS
                        .iter()
                        .any(|w| name.split(' ').any(|n| n == *w))
                        || crate::claims::lexicon::is_country_lower(&name)
                };
                let any = orgs
                    .iter()
                    .copied()
                    .find(|&i| !public_body(i))
                    .filter(|_| generic);
                match named.or(any) {
                    Some(i) => i,
                    None => self.add(Speaker::new(
                        format!("the {word}"),
                        SpeakerKind::Org,
                        Some(scope.article.clone()),
                    )),
                }
            }
            MentionKind::Anonymous(desc) if refers_back(&m.surface, desc) => {
                // "The NFL legend said": whoever the article was just about, as "he" would be.
                let person = |s: &Speaker| s.kind == SpeakerKind::Person;
                match self.salient(scope, true, person) {
                    Some(i) => i,
                    None => self.add(Speaker::new(
                        desc.clone(),
                        SpeakerKind::Anonymous,
                        Some(scope.article.clone()),
                    )),
                }
            }
            MentionKind::Anonymous(desc) => {
                let desc = &with_names_capitalised(desc, &m.surface, scope);
                let generic = matches!(
                    desc.as_str(),
                    "source" | "official" | "spokesman" | "spokeswoman"
                );
                // "The spokesman also stressed" after "According to a Pentagon spokesman": the
                // one described before, unnamed or known only by a title.
                let found = scope.recent_mentions.iter().rev().copied().find(|&i| {
                    let s = &self.speakers[i];
                    let unnamed = s.kind == SpeakerKind::Anonymous
                        || (s.kind == SpeakerKind::Person && s.last.is_none());
                    unnamed && (s.name == *desc || (generic && s.name.ends_with(desc.as_str())))
                });
                match found {
                    Some(i) => i,
                    None => self.add(Speaker::new(
                        desc.clone(),
                        SpeakerKind::Anonymous,
                        Some(scope.article.clone()),
                    )),
                }
            }
        };
        self.alias(idx, &m.surface);
        // Only someone this article has named before: a bare surname taken for a person of
        // another article is a guess that must not stick.
        if let MentionKind::Person {
            first: None, last, ..
        } = &m.kind
        {
            if scope.in_article(idx) {
                scope.surnames.insert(last.to_lowercase(), idx);
            }
        }
        scope.mentioned(idx);
        Some(idx)
    }

    /// `resolve` for a pronoun that only carries a sentence on ("She was held by Syrian
    /// authorities"): who it most likely means, without learning that person's gender from
    /// it. A wrong guess here must not make "he" miss the right man later; a pronoun that
    /// credits a claim (`resolve`) is surer and does teach it.
    pub fn resolve_continuing(&mut self, m: &Mention, scope: &mut ArticleScope) -> Option<usize> {
        self.guessing = true;
        let sp = self.resolve(m, scope);
        self.guessing = false;
        sp
    }

    /// The speaker a reference back means: the latest person in the paragraph's focus (when
    /// `person_in_focus`), else the latest speaker, else the latest mention, that `ok` accepts.
    fn salient(
        &self,
        scope: &ArticleScope,
        person_in_focus: bool,
        ok: impl Fn(&Speaker) -> bool,
    ) -> Option<usize> {
        let latest = |list: &[usize]| list.iter().rev().copied().find(|&i| ok(&self.speakers[i]));
        person_in_focus
            .then(|| latest(&scope.paragraph_focus))
            .flatten()
            .or_else(|| latest(&scope.recent_speakers))
            .or_else(|| latest(&scope.recent_mentions))
    }

    /// The name of the person a possessive pronoun opening `m` means ("his campaign").
    fn owner_of(&self, m: &Mention, scope: &ArticleScope) -> Option<String> {
        let gender = match m.surface.split(' ').next()?.to_lowercase().as_str() {
            "his" => Gender::Male,
            "her" => Gender::Female,
            _ => return None,
        };
        // Whom "he" or "she" would mean.
        let ok = |s: &Speaker| s.kind == SpeakerKind::Person && compatible(s.gender, gender);
        let i = self
            .centred(scope, ok)
            .or_else(|| self.salient(scope, true, ok))?;
        Some(self.speakers[i].name.clone())
    }

    /// Who this utterance has made speaker or subject so far, else the first the previous
    /// utterance ranks, that `ok` accepts or that speaks for someone.
    fn centred(&self, scope: &ArticleScope, ok: impl Fn(&Speaker) -> bool) -> Option<usize> {
        let now = scope.utterance[0].iter().chain(&scope.utterance[1]);
        now.chain(&scope.previous_utterance)
            .copied()
            .find(|&i| ok(&self.speakers[i]) || speaks_for_someone(&self.speakers[i]))
    }

    /// "Sanders campaign" as "Bernie Sanders campaign", when the owner is a surname that one
    /// person of this article has with a first name.
    fn owner_in_full(&self, name: &str, scope: &ArticleScope) -> Option<String> {
        let (owner, noun) = name.rsplit_once(' ')?;
        if !owned_by_person(noun) || owner.contains(' ') {
            return None;
        }
        let i = self.find_person(None, owner, None, Gender::Unknown, scope)?;
        let person = &self.speakers[i];
        (scope.in_article(i) && person.first.is_some() && !person.name.contains(" and "))
            .then(|| format!("{} {noun}", person.name))
    }

    /// The pair or group of this article with exactly this name.
    fn by_name_in_article(&self, full: &str, scope: &ArticleScope) -> Option<usize> {
        scope
            .recent_mentions
            .iter()
            .rev()
            .copied()
            .find(|&i| self.speakers[i].name == full)
    }

    /// A person of the run by surname and first name (or its variant, or a middle name of
    /// either's full name: "Paler Lin" and "Josh Paler Lin"); `full` is the name as given.
    fn find_person(
        &self,
        first: Option<&str>,
        last: &str,
        full: Option<&str>,
        gender: Gender,
        scope: &ArticleScope,
    ) -> Option<usize> {
        let last_l = last.to_lowercase();
        let matches = |s: &Speaker| {
            s.kind == SpeakerKind::Person
                && s.last
                    .as_deref()
                    .is_some_and(|l| l.to_lowercase() == last_l)
                // A full name outweighs a gender guessed from a role: one outlet calls Christy
                // Feig a "spokesman", another a "spokeswoman".
                && match (first, s.first.as_deref()) {
                    (Some(a), Some(b)) => {
                        a.eq_ignore_ascii_case(b)
                            || ((first_name_variants(a, b)
                                || middle_name_of(a, &s.name)
                                || full.is_some_and(|f| middle_name_of(b, f)))
                                && compatible(s.gender, gender))
                    }
                    _ => compatible(s.gender, gender),
                }
        };
        // This article first, most recent first. A bare surname that the article already used
        // for one of several people with it goes on meaning that one: "Murphy" stays Sen. Chris
        // Murphy after "a teacher's aide, Anne Marie Murphy".
        let mut here = scope
            .recent_mentions
            .iter()
            .rev()
            .copied()
            .filter(|&i| matches(&self.speakers[i]));
        if let Some(latest) = here.next() {
            let called_so = scope.surnames.get(&last_l).copied();
            // ... unless the latest one is who the text is about right now: "Hillary Clinton
            // rebuffed a heckler. “...,” Clinton told her" in an article whose "Clinton" was Bill.
            let in_view = scope.utterance[..2].iter().flatten().any(|&i| i == latest)
                || scope.previous_centre.contains(&latest);
            if first.is_some() || called_so == Some(latest) || in_view {
                return Some(latest);
            }
            return Some(here.find(|&i| called_so == Some(i)).unwrap_or(latest));
        }
        // Then other articles of the run: with a first name, any variant-compatible person;
        // with a surname only, only when exactly one person of the run has it.
        let same_last = self.by_last.get(&last_l).into_iter().flatten().copied();
        let mut others: Vec<usize> = same_last
            .clone()
            .filter(|&i| !scope.in_article(i) && matches(&self.speakers[i]))
            .collect();
        // A bare "Trump" of another article is taken for a first-named one only while no one
        // of the run with that surname has a first name: it may be any of them ("Ivanka Trump"
        // took Donald's claims).
        if first.is_some() && same_last.clone().any(|i| self.speakers[i].first.is_some()) {
            others.retain(|&i| self.speakers[i].first.is_some());
        }
        // A transliteration of the surname under the same first name: "Andrei Kazaryan" in one
        // article, "Andrei Kazarian" in another.
        let spelled_otherwise = || {
            let first = first?;
            if last_l.chars().count() < 6 {
                return None;
            }
            self.by_last
                .iter()
                .filter(|(l, _)| {
                    l.chars().next() == last_l.chars().next()
                        && l.len().abs_diff(last_l.len()) <= 1
                        && edit_distance(l, &last_l) == 1
                })
                .flat_map(|(_, ids)| ids.iter().copied())
                .filter(|&i| {
                    let s = &self.speakers[i];
                    s.kind == SpeakerKind::Person
                        && s.first
                            .as_deref()
                            .is_some_and(|f| f.eq_ignore_ascii_case(first))
                })
                // The earliest, whatever order the map iterates in.
                .min()
        };
        match (first, others.as_slice()) {
            (Some(_), [i, ..]) => Some(*i),
            (Some(_), []) => spelled_otherwise(),
            (None, [i]) => Some(*i),
            // A lone name that is the first name of one person in this article: "Li" after
            // "Li Wei" (family name first), "Paolo" after "Paolo Rinaldi".
            (None, []) => {
                let same_first: Vec<usize> = scope
                    .recent_mentions
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let s = &self.speakers[i];
                        s.kind == SpeakerKind::Person
                            && s.first
                                .as_deref()
                                .is_some_and(|f| f.to_lowercase() == last_l)
                            && compatible(s.gender, gender)
                    })
                    .collect();
                match same_first[..] {
                    [i] => Some(i),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The one named person of this article a title-only speaker turned out to be: "Ukraine's
    /// energy minister said ..." before "Energy Minister Olena Kovalenko told reporters".
    pub fn named_later(&self, title: usize, scope: &ArticleScope) -> Option<usize> {
        let t = &self.speakers[title];
        if t.kind != SpeakerKind::Person || t.last.is_some() {
            return None;
        }
        let words = |s: Option<&str>| -> Vec<String> {
            s.unwrap_or("")
                .split_whitespace()
                .map(|w| {
                    w.trim_end_matches("'s")
                        .trim_end_matches("’s")
                        .to_lowercase()
                })
                .collect()
        };
        let role = t.role.as_deref()?.to_lowercase();
        let mut described = words(t.org.as_deref());
        described.extend(words(Some(&role)));
        // Same role, and whatever else the name's holder is called fits the title's words:
        // "Energy Minister" fits "Ukraine's energy minister", "Russian Deputy Prime Minister"
        // doesn't.
        let fits = |s: &Speaker| {
            let their_role = s.role.as_deref().unwrap_or("").to_lowercase();
            s.kind == SpeakerKind::Person
                && s.last.is_some()
                && (their_role == role
                    || their_role.ends_with(&format!(" {role}"))
                    || role.ends_with(&format!(" {their_role}")))
                && words(s.org.as_deref())
                    .iter()
                    .chain(&words(Some(&their_role)))
                    .all(|w| described.contains(w))
        };
        let named: Vec<usize> = scope
            .recent_mentions
            .iter()
            .copied()
            .filter(|&i| i != title && fits(&self.speakers[i]))
            .collect();
        match named[..] {
            [i] => Some(i),
            _ => None,
        }
    }

    /// The one person of this article whose first name `word` is or begins ("Mo" of
    /// "Mohammed Islam"); none when two people could be meant.
    fn by_short_first_name(&self, word: &str, scope: &ArticleScope) -> Option<usize> {
        if word.chars().count() < 2 {
            return None;
        }
        let word = word.to_lowercase();
        let mut found = scope
            .recent_mentions
            .iter()
            .copied()
            .filter(|&i| self.has_first_name(i, |f| f.to_lowercase().starts_with(&word)));
        let one = found.next()?;
        found.all(|i| i == one).then_some(one)
    }

    /// The person of this article, most recent first, whose first name is `first`: "Freddy"
    /// after "Freddy Trump".
    pub fn known_by_first_name(&self, first: &str, scope: &ArticleScope) -> Option<usize> {
        scope
            .recent_mentions
            .iter()
            .rev()
            .copied()
            .find(|&i| self.has_first_name(i, |f| f.eq_ignore_ascii_case(first)))
    }

    /// Whether speaker `i` is a person known by a full name whose first name passes `test`.
    fn has_first_name(&self, i: usize, test: impl Fn(&str) -> bool) -> bool {
        let s = &self.speakers[i];
        s.kind == SpeakerKind::Person && s.last.is_some() && s.first.as_deref().is_some_and(test)
    }

    /// An existing person of this article that `m` names, without creating one.
    pub fn known_person(&self, m: &Mention, scope: &ArticleScope) -> Option<usize> {
        match &m.kind {
            MentionKind::Person {
                first,
                last,
                gender,
                ..
            } => self
                .find_person(first.as_deref(), last, None, *gender, scope)
                .filter(|&i| scope.in_article(i)),
            // "The Vermont senator is struggling.": the senator named earlier, if any.
            MentionKind::Title { role, .. } => self
                .titled(role, m, scope)
                .filter(|&i| self.speakers[i].last.is_some()),
            _ => None,
        }
    }

    /// Who a definite title means: the latest person of this article mentioned with that role.
    fn titled(&self, role: &str, m: &Mention, scope: &ArticleScope) -> Option<usize> {
        if is_indefinite(m) {
            return None;
        }
        scope.recent_mentions.iter().rev().copied().find(|&i| {
            self.speakers[i]
                .role
                .as_deref()
                .is_some_and(|r| r == role || r.ends_with(role))
        })
    }
}

/// A description's first word as the article writes it when it is a name: an honorific, a
/// party, or a word the article capitalises inside sentences. "Sanders and his supporters",
/// "Mr. Rubio's advisers", "State Department cables", not "sanders and his supporters";
/// "protesters" and "some" stay as they are.
fn with_names_capitalised(desc: &str, surface: &str, scope: &ArticleScope) -> String {
    let Some(first) = desc
        .split(' ')
        .next()
        .filter(|w| w.starts_with(char::is_lowercase))
    else {
        return desc.to_owned();
    };
    let Some(written) = surface
        .split(' ')
        .find(|w| w.to_lowercase() == first && w.starts_with(char::is_uppercase))
    else {
        return desc.to_owned();
    };
    let bare = written
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’']);
    let honorific = crate::claims::lexicon::HONORIFICS
        .iter()
        .any(|(h, _)| *h == first);
    // "White House officials", "Cook County prosecutors": the first word of a name of two or
    // more capitalised words, which the article capitalises inside sentences.
    let opens_a_name = desc
        .split(' ')
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && scope.is_proper_noun(bare);
    let name = (scope.is_name(bare) || opens_a_name)
        && !crate::claims::lexicon::is_in(&crate::claims::lexicon::STOPWORDS, &bare.to_lowercase());
    let party = crate::claims::mentions::is_party_word(first);
    // "Americans", "Russians": a nationality is capitalised.
    let nationality = crate::claims::lexicon::is_nationality(first)
        || crate::claims::lexicon::is_nationality_plural(first);
    if honorific || name || party || nationality {
        format!("{written}{}", &desc[first.len()..])
    } else {
        desc.to_owned()
    }
}

/// "A spokesman for Buckingham Palace confirmed the find. “...,” he said.": one unnamed person
/// who speaks for someone is whom "he" or "she" can mean, as a named person is.
/// So is the organisation such a person speaks for, which is credited with their words.
fn speaks_for_someone(s: &Speaker) -> bool {
    let spokesperson = |name: &str| {
        name.split(' ')
            .any(|w| is_in(&super::mentions::SPOKESPEOPLE, &w.to_lowercase()))
    };
    match s.kind {
        SpeakerKind::Anonymous => spokesperson(&s.name),
        SpeakerKind::Org => s.aliases.iter().any(|a| spokesperson(a)),
        _ => false,
    }
}

/// Whether an unnamed speaker is one person whom "he" or "she" (`gender`) can mean: "Islamic
/// State fighter", "senior official", "the man"; not "officials", "the report", "his wife" for
/// "he", nor "front-runner and former secretary". "An Islamic State fighter denied it. “...,” he
/// said."
fn one_person_described(name: &str, gender: Gender) -> bool {
    let head = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    let head_gender = crate::claims::lexicon::noun_gender(&head);
    !looks_plural(name)
        && !name.contains(" and ")
        && compatible(head_gender, gender)
        && (crate::claims::lexicon::ROLES.contains(&head.as_str())
            || crate::claims::lexicon::is_person_noun(&head))
}

/// "experts", "Democrats": a described group of several, by its last word's plural ending
/// ("news", "status" and "analysis" are one thing).
fn looks_plural(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
        && last != "news"
}

/// "a Democratic senator", "an NY1 representative": someone not named, never the senator named
/// earlier.
fn is_indefinite(m: &Mention) -> bool {
    m.surface
        .split(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_utterance_ranks_who_spoke_then_its_subject_then_the_rest() {
        let mut scope = ArticleScope::new("a");
        scope.mentioned(7);
        scope.in_focus(5);
        scope.spoke(3);
        scope.next_utterance();
        assert_eq!(scope.previous_utterance, [3, 5, 7]);
        // An utterance that names no one leaves the previous one in place.
        scope.next_utterance();
        assert_eq!(scope.previous_utterance, [3, 5, 7]);
        scope.mentioned(9);
        scope.next_utterance();
        assert_eq!(scope.previous_utterance, [9]);
    }

    #[test]
    fn proper_nouns_are_words_capitalised_inside_sentences() {
        let mut scope = ArticleScope::new("a");
        scope.learn_proper_nouns(
            "Forensic audio expert Paul Ginsberg said it. Considering the risk, Mr. Ginsberg’s \
             team left. “It was over,” Cruz said. The U.S. Army agreed.",
        );
        for name in ["Paul", "Ginsberg", "ginsberg", "Cruz", "Army"] {
            assert!(scope.is_proper_noun(name), "{name}");
        }
        // Capitalised only where a sentence starts, or after an opening quote.
        for opener in ["Forensic", "Considering", "It", "The"] {
            assert!(!scope.is_proper_noun(opener), "{opener}");
        }
        // Nothing learnt: every word may be a name.
        assert!(ArticleScope::new("b").is_proper_noun("Forensic"));
    }

    #[test]
    fn names_from_two_runs_match_by_the_rules_of_one_run() {
        assert!(same_person_name("Sergei Lavrov", "Sergey Lavrov"));
        assert!(same_person_name("Lavrov", "Sergei Lavrov"));
        assert!(same_person_name("John Kirby", "john kirby"));
        assert!(!same_person_name("Hillary Clinton", "Bill Clinton"));
        assert!(!same_person_name("John Kirby", "John Kerry"));
        assert_eq!(
            SpeakerKind::parse(SpeakerKind::Org.as_str()),
            Some(SpeakerKind::Org)
        );
        assert_eq!(SpeakerKind::parse("nobody"), None);
    }

    #[test]
    fn first_name_variants_match_transliterations_not_different_names() {
        assert!(first_name_variants("Sergei", "Sergey"));
        assert!(first_name_variants("Dmitry", "Dmitri"));
        assert!(first_name_variants("Alex", "Alexander"));
        assert!(!first_name_variants("John", "Joan"));
        assert!(!first_name_variants("Mark", "Mary"));
        assert!(!first_name_variants("Anna", "Hanna"));
        assert!(first_name_variants("Mohamed", "Mohammed"));
        assert!(!first_name_variants("Ivana", "Ivanka"));
        assert!(first_name_variants("Wilfried", "Wilfred"));
    }
}
