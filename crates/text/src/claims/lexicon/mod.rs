//! Word lists the extractor matches against. Data, not code: each list says what it covers and
//! where it came from. All entries are lower-case; matching lower-cases the text.

/// Verbs that introduce speech, in the forms news copy uses (past tense and present for
/// attributions like "says"). Compiled from AP-style attribution verbs and the verbs the issue
/// names (said, told, explained, insisted, argued, warned, claimed, acknowledged).
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "explained",
    "explains",
    "insisted",
    "insists",
    "argued",
    "argues",
    "warned",
    "warns",
    "claimed",
    "claims",
    "acknowledged",
    "acknowledges",
    "added",
    "quoted",
    "adds",
    "announced",
    "announces",
    "stated",
    "states",
    "noted",
    "notes",
    "reported",
    "reports",
    "confirmed",
    "confirms",
    "maintained",
    "maintains",
    "suggested",
    "suggests",
    "asserted",
    "asserts",
    "contended",
    "contends",
    "declared",
    "declares",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "vowed",
    "vows",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "admitted",
    "admits",
    "conceded",
    "concedes",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "replied",
    "responded",
    "answered",
    "countered",
    "continued",
    "recalled",
    "alleged",
    "alleges",
    "agreed",
    "agrees",
    "complained",
    "observed",
    "remarked",
    "revealed",
    "cautioned",
    "pointed out",
    "went on",
    "testified",
    "estimated",
    "believes",
    "believed",
    "thinks",
    "thought",
    "asked",
    "urged",
    "proposed",
    "concluded",
    "boasted",
    "charged",
    "disagreed",
    "objected",
];

/// Verbs of denial: the speaker rejects a proposition. The claim text is the proposition.
pub const DENIAL_VERBS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "refuted",
    "refutes",
    "disputed",
    "disputes",
    "rebuffed",
    "rebutted",
    "contradicted",
    "disavowed",
    "repudiated",
    "brushed off",
    "brushed aside",
];

/// Nouns naming the thing denied ("denied reports that ..."): skipped to reach the proposition.
pub const DENIED_OBJECTS: &[&str] = &[
    "reports",
    "report",
    "claims",
    "claim",
    "allegations",
    "allegation",
    "suggestions",
    "suggestion",
    "accusations",
    "accusation",
    "rumors",
    "rumours",
    "speculation",
    "assertions",
    "charges",
    "statements",
    "media reports",
    "news reports",
    "any suggestion",
    "the idea",
    "the notion",
];

/// Phrases by which a speaker calls a proposition false: "X said ... was not true".
pub const FALSITY_PHRASES: &[&str] = &[
    "not true",
    "untrue",
    "false",
    "baseless",
    "fake news",
    "a lie",
    "lies",
    "fabricated",
    "groundless",
    "nonsense",
    "unfounded",
    "not accurate",
    "inaccurate",
    "incorrect",
    "wrong",
];

/// Days of the week, for time phrases ("said on Wednesday").
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Verbs that call something false: "called the accusation \"completely false\"". A denial only
/// when the sentence also holds a word of [`FALSITY_PHRASES`] or [`DISMISSIVE_WORDS`].
pub const CALLING_VERBS: &[&str] = &[
    "called",
    "calls",
    "branded",
    "brands",
    "labelled",
    "labeled",
    "described",
    "describes",
    "termed",
    "dubbed",
];

/// Speech acts with an object, not a clause ("questioned the estimate"): no claim of their own,
/// but their subject is who a following "she said" most likely means.
pub const ACT_VERBS: &[&str] = &[
    "questioned",
    "challenged",
    "criticised",
    "criticized",
    "accused",
    "blamed",
    "praised",
    "condemned",
    "welcomed",
    "slammed",
];

/// Words that dismiss a claim without saying "false": "pure speculation", "a hoax".
pub const DISMISSIVE_WORDS: &[&str] = &[
    "speculation",
    "absurd",
    "ridiculous",
    "misleading",
    "fabrication",
    "fiction",
    "propaganda",
    "slander",
    "smear",
    "hoax",
    "lie",
];

/// Roles and titles, longest first so that "foreign minister" wins over "minister".
pub const ROLES: &[&str] = &[
    "deputy foreign minister",
    "foreign minister",
    "defense minister",
    "defence minister",
    "prime minister",
    "interior minister",
    "finance minister",
    "health minister",
    "deputy minister",
    "press secretary",
    "secretary of state",
    "defense secretary",
    "defence secretary",
    "home secretary",
    "foreign secretary",
    "chief executive",
    "executive director",
    "managing director",
    "police chief",
    "fire chief",
    "vice president",
    "attorney general",
    "chief of staff",
    "deputy mayor",
    "council member",
    "head coach",
    "spokesman",
    "agent",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "secretary",
    "ambassador",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "governor",
    "mayor",
    "chancellor",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "cfo",
    "general",
    "commander",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "officer",
    "inspector",
    "detective",
    "chief",
    "judge",
    "prosecutor",
    "lawyer",
    "attorney",
    "analyst",
    "professor",
    "researcher",
    "economist",
    "scientist",
    "doctor",
    "dr.",
    "official",
    "diplomat",
    "envoy",
    "adviser",
    "advisor",
    "aide",
    "leader",
    "founder",
    "owner",
    "manager",
    "superintendent",
    "principal",
    "coach",
    "witness",
    "resident",
    "activist",
    "king",
    "queen",
    "prince",
    "premier",
    "deputy",
    "sheriff",
    "coroner",
    "engineer",
    "inspector general",
    "commissioner",
    "administrator",
    "editor",
    "reporter",
    "councilwoman",
    "councilman",
    "councillor",
    "councilor",
    "negotiator",
    "delegate",
    "counterpart",
    "advocate",
    "chief economist",
    "welder",
    "teacher",
    "nurse",
    "farmer",
    "predecessor",
    "successor",
    "owner",
    "marshal",
    "fire marshal",
    "sheriff's deputy",
    "trade commissioner",
];

/// Courtesy titles that precede names and carry gender.
pub const HONORIFICS: &[(&str, Gender)] = &[
    ("mr", Gender::Male),
    ("mr.", Gender::Male),
    ("mrs", Gender::Female),
    ("mrs.", Gender::Female),
    ("ms", Gender::Female),
    ("ms.", Gender::Female),
    ("sir", Gender::Male),
    ("dame", Gender::Female),
    ("lord", Gender::Male),
    ("lady", Gender::Female),
];

/// Roles that carry gender.
pub const GENDERED_ROLES: &[(&str, Gender)] = &[
    ("spokesman", Gender::Male),
    ("spokeswoman", Gender::Female),
    ("chairman", Gender::Male),
    ("chairwoman", Gender::Female),
    ("congressman", Gender::Male),
    ("congresswoman", Gender::Female),
    ("king", Gender::Male),
    ("queen", Gender::Female),
    ("prince", Gender::Male),
    ("councilman", Gender::Male),
    ("councilwoman", Gender::Female),
];

/// Organisation heads: a capitalised word ending a name that makes it an organisation
/// ("State Department", "Foreign Ministry"), plus standalone institutions.
pub const ORG_WORDS: &[&str] = &[
    "department",
    "ministry",
    "office",
    "agency",
    "council",
    "committee",
    "commission",
    "government",
    "administration",
    "kremlin",
    "pentagon",
    "white house",
    "police",
    "army",
    "navy",
    "forces",
    "coalition",
    "party",
    "union",
    "company",
    "corporation",
    "corp.",
    "inc.",
    "group",
    "bank",
    "court",
    "parliament",
    "congress",
    "senate",
    "embassy",
    "observatory",
    "association",
    "institute",
    "university",
    "hospital",
    "service",
    "services",
    "authority",
    "board",
    "bureau",
    "club",
    "federation",
    "league",
    "organization",
    "organisation",
    "foundation",
    "fund",
    "network",
    "times",
    "post",
    "news",
    "press",
    "tass",
    "reuters",
    "downing street",
    "elysee",
    "state",
    "city",
    "county",
    "district",
    "school",
    "team",
    "fire department",
    "utility",
    "airline",
    "airport",
    "cabinet",
    "campaign",
    "labs",
    "laboratories",
    "pharmaceuticals",
    "motors",
    "airlines",
    "energy",
    "holdings",
    "rovers",
    "steel",
    "logistics",
    "pharma",
    "industries",
    "systems",
    "technologies",
    "partners",
    "capital",
    "health",
    "medical",
    "media",
    "shipping",
    "airways",
    "railways",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "gmbh",
];

/// Standalone institutions recognised without an org-word ending.
pub const INSTITUTIONS: &[&str] = &[
    "kremlin",
    "pentagon",
    "white house",
    "downing street",
    "elysee",
    "vatican",
    "nato",
    "un",
    "u.n.",
    "eu",
    "e.u.",
    "fbi",
    "cia",
    "who",
    "unesco",
    "interfax",
    "tass",
    "reuters",
    "ap",
];

/// Unnamed speakers. Each gets its own identity per article.
pub const ANONYMOUS: &[&str] = &[
    "an anonymous source",
    "anonymous sources",
    "a source",
    "sources",
    "a senior official",
    "senior officials",
    "an official",
    "officials",
    "a spokesman",
    "a spokeswoman",
    "a spokesperson",
    "a person familiar with the matter",
    "people familiar with the matter",
    "a witness",
    "witnesses",
    "residents",
    "a resident",
    "analysts",
    "experts",
    "critics",
    "media outlets",
    "media reports",
    "local media",
    "state media",
    "the source",
    "one official",
    "another official",
    "a senior source",
    "diplomats",
    "a diplomat",
    "an aide",
    "aides",
    "a police officer",
    "police officers",
    "investigators",
    "an investigator",
];

/// Pronouns that can be the subject of a speech verb.
pub const PRONOUNS: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("she", Gender::Female),
    ("they", Gender::Unknown),
    ("it", Gender::Unknown),
    ("we", Gender::Unknown),
    ("i", Gender::Unknown),
];

/// Nationality adjectives that stand for an organisation's country ("Russian Foreign Minister").
pub const NATIONALITIES: &[(&str, &str)] = &[
    ("russian", "Russia"),
    ("american", "United States"),
    ("u.s.", "United States"),
    ("us", "United States"),
    ("british", "United Kingdom"),
    ("uk", "United Kingdom"),
    ("french", "France"),
    ("german", "Germany"),
    ("chinese", "China"),
    ("syrian", "Syria"),
    ("iranian", "Iran"),
    ("turkish", "Turkey"),
    ("israeli", "Israel"),
    ("ukrainian", "Ukraine"),
    ("iraqi", "Iraq"),
    ("saudi", "Saudi Arabia"),
    ("japanese", "Japan"),
    ("indian", "India"),
    ("canadian", "Canada"),
    ("australian", "Australia"),
    ("italian", "Italy"),
    ("spanish", "Spain"),
    ("egyptian", "Egypt"),
    ("polish", "Poland"),
    ("dutch", "Netherlands"),
    ("norwegian", "Norway"),
    ("icelandic", "Iceland"),
    ("swedish", "Sweden"),
    ("danish", "Denmark"),
    ("finnish", "Finland"),
    ("greek", "Greece"),
    ("korean", "Korea"),
    ("mexican", "Mexico"),
    ("brazilian", "Brazil"),
    ("kenyan", "Kenya"),
    ("nigerian", "Nigeria"),
    ("european", "European Union"),
    ("western", "the West"),
];

/// Words that end a sentence only rarely even though followed by a period: abbreviations.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n",
    "u.k", "e.u", "a.m", "p.m", "i.e", "e.g", "ft", "mt", "fig", "approx", "dept", "est", "rev",
    "hon", "pres", "supt", "det", "insp", "cpl", "pvt",
];

/// Lines that are not prose (photo credits and the like) start with one of these.
pub const NON_PROSE_PREFIXES: &[&str] = &[
    "ap photo",
    "photo:",
    "photo by",
    "image:",
    "credit:",
    "getty images",
    "reuters/",
    "file photo",
    "(ap photo",
    "read more",
    "related:",
    "advertisement",
];

mod names;
pub use names::{FEMALE_NAMES, MALE_NAMES};

use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// Looks a lower-case word (or phrase) up in a list.
pub fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Speech and denial verbs as a set: they are looked up for every word of every sentence.
pub static VERBS: LazyLock<HashMap<&'static str, VerbKind>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, VerbKind> = SPEECH_VERBS
        .iter()
        .map(|v| (*v, VerbKind::Speech))
        .collect();
    m.extend(DENIAL_VERBS.iter().map(|v| (*v, VerbKind::Denial)));
    m
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbKind {
    Speech,
    Denial,
}

/// Roles by their first word, each as its words, longest first.
pub static ROLES_BY_FIRST: LazyLock<HashMap<&'static str, Vec<Vec<&'static str>>>> =
    LazyLock::new(|| {
        let mut m: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::new();
        for r in ROLES {
            let words: Vec<&str> = r.split(' ').collect();
            m.entry(words[0]).or_default().push(words);
        }
        for v in m.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        m
    });

/// Gender from a first name, if the name is in the lists.
pub fn gender_of_first_name(first: &str) -> Gender {
    let f = first.to_lowercase();
    if is_in(FEMALE_NAMES, &f) {
        Gender::Female
    } else if is_in(MALE_NAMES, &f) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}
