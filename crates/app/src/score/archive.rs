//! Archive mode: a run's claims are paired with each other and with the related claims of
//! earlier runs in the store (`contra_store::archive`), so that today's articles are scored
//! against everything said before. Speakers of earlier runs are matched to this run's by the
//! rules a run uses within itself (`same_person_name`): Sergey Lavrov in March is Sergei Lavrov
//! today, and never paired against himself.

use contra_store::{speaker_kind_of, Store};
use contra_text::article::Article;
use contra_text::claims::{same_person_name, Claim, ClaimKind, Extraction, Speaker, SpeakerKind};
use contra_text::error::Result;
use contra_text::pairs::{terms, Corpus};
use std::collections::{HashMap, HashSet};

/// Earlier claims kept per claim of the run, by the weight of the rare terms they share: the
/// prefilter then keeps at most `max_per_claim` (5) partners per claim.
const PER_CLAIM: usize = 20;

/// The related part of the archive, ready to be paired after this run's claims.
#[derive(Default)]
pub(super) struct Related {
    pub articles: Vec<Article>,
    /// With speaker ids: this run's where the speaker is the same, else `archive:...` ones.
    pub claims: Vec<Claim>,
    pub speakers: Vec<Speaker>,
    pub corpus: Corpus,
    /// Earlier claims that share a rare term with this run's.
    pub considered: usize,
}

pub(super) fn related(store: &Store, x: &Extraction) -> Result<Related> {
    let own: HashSet<String> = x.articles.iter().map(|a| a.id.clone()).collect();
    let run_terms: Vec<Vec<String>> = x
        .claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Narrator)
        .map(|c| terms(&c.text))
        .collect();
    let found = store.archive(&run_terms, &own, PER_CLAIM)?;
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut claims = Vec::with_capacity(found.claims.len());
    for (mut c, kind) in found.claims {
        let kind = speaker_kind_of(kind, c.kind, &c.speaker);
        c.speaker_id = speaker_id(&x.speakers, &c, kind);
        if seen.insert(c.speaker_id.clone()) && c.speaker_id.starts_with("archive:") {
            speakers.push(Speaker::stored(
                c.speaker_id.clone(),
                c.speaker.clone(),
                kind,
            ));
        }
        claims.push(c);
    }
    Ok(Related {
        articles: found.articles,
        claims,
        speakers,
        corpus: found.corpus,
        considered: found.related,
    })
}

/// Who an earlier claim's speaker is in this run: the one speaker of the run with a matching
/// name (people by `same_person_name`, organisations by name), else an identity of the archive.
/// Unnamed sources, the narrator and unknown speakers belong to their own article.
fn speaker_id(run: &[Speaker], c: &Claim, kind: SpeakerKind) -> String {
    let name = c.speaker.to_lowercase();
    let matches: Vec<&Speaker> = match kind {
        SpeakerKind::Person => run
            .iter()
            .filter(|s| s.kind == SpeakerKind::Person && same_person_name(&s.name, &c.speaker))
            .collect(),
        SpeakerKind::Org => run
            .iter()
            .filter(|s| s.kind == SpeakerKind::Org && s.name.to_lowercase() == name)
            .collect(),
        _ => return format!("archive:{}:{}:{name}", c.article, kind.as_str()),
    };
    match matches.as_slice() {
        [one] => one.id.clone(),
        _ => format!("archive:{}:{name}", kind.as_str()),
    }
}

/// Speaker kinds by id, for storing claims.
pub(super) fn kinds(speakers: &[Speaker]) -> HashMap<&str, SpeakerKind> {
    speakers.iter().map(|s| (s.id.as_str(), s.kind)).collect()
}
