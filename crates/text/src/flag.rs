//! Flags and reviews: the domain types that score, the store, review, report and calibrate share.
//!
//! A [`Flag`] is a pair of claims by different speakers whose verdict crossed its label's
//! threshold, or a probe (a pair scored below it, sampled so that reviews can estimate recall).
//! A [`Review`] is one reviewer's decision on a flag, with a snapshot of what was judged.
//!
//! Two JSON contracts show a flag: `contra score` prints [`Flag`]'s own serialisation (a run's
//! flags, with the threshold each crossed); `contra flags --format json` prints [`Listed`] (a
//! stored flag with both sides and its review status).

use crate::article::short_hash;
use crate::claims::lexicon::negated;
use crate::claims::ClaimKind;
use crate::verdict::Label;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// Share of pairs scored below threshold that are kept as probe items for review, in percent.
/// Reviewers' verdicts on them estimate what the threshold misses (recall), and calibration
/// weighs each probe `100 / PROBE_PERCENT`. The choice is a hash of the flag id, so a pair is a
/// probe in every run or in none.
pub const PROBE_PERCENT: u8 = 5;

/// Whether the pair with this flag id is a probe when it scores below threshold.
pub fn is_probe(id: &str) -> bool {
    let d = Sha256::digest(id.as_bytes());
    d[0] as u32 * 100 / 256 < PROBE_PERCENT as u32
}

/// Stable flag id: the same two claims always give the same id.
pub fn flag_id(a: &str, b: &str) -> String {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    format!("f{}", short_hash(format!("{x}|{y}").as_bytes()))
}

/// Where a flag stands: its latest decision that is not undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Unreviewed,
    Confirmed,
    Rejected,
}

impl Status {
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "unreviewed" => Some(Status::Unreviewed),
            other => Decision::parse(other).map(Status::from),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unreviewed => "unreviewed",
            Status::Confirmed => "confirmed",
            Status::Rejected => "rejected",
        }
    }
}

/// What a reviewer decided about a flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// A real contradiction or denial.
    Confirmed,
    /// Not one.
    Rejected,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "confirmed" => Some(Decision::Confirmed),
            "rejected" => Some(Decision::Rejected),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        Status::from(self).as_str()
    }
}

impl From<Decision> for Status {
    fn from(d: Decision) -> Status {
        match d {
            Decision::Confirmed => Status::Confirmed,
            Decision::Rejected => Status::Rejected,
        }
    }
}

/// One claim of a flag, with what a reviewer needs to judge it.
#[derive(Debug, Clone, Serialize)]
pub struct Side {
    pub claim: String,
    pub speaker: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    pub text: String,
    pub kind: ClaimKind,
    pub article: String,
    pub title: String,
    pub path: String,
    /// The article's `published` date, when its input gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Character offsets of the claim in the article text.
    pub start: usize,
    pub end: usize,
    /// The whole article, for showing the claim in context (shared by a run's flags).
    #[serde(skip)]
    pub article_text: Arc<str>,
}

impl Side {
    /// The paragraph around the claim in `chars` (its article's text as characters), at most
    /// `limit` characters either side: (from, to), character offsets.
    pub fn paragraph(&self, chars: &[char], limit: usize) -> (usize, usize) {
        let (start, end) = (self.start.min(chars.len()), self.end.min(chars.len()));
        let from = chars[..start]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |p| p + 1)
            .max(start.saturating_sub(limit));
        let to = chars[end..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| end + p)
            .min(end + limit);
        (from, to)
    }

    /// The claim as its speaker said it: a denial reads "denied that ...", never as if the
    /// denier had asserted what they denied. A denial in the denier's own negative words ("no
    /// plans ... as suggested by Lavrov", “We never offered”) is shown as it is.
    pub fn as_said(&self) -> String {
        let text = self.text.trim();
        if self.kind != ClaimKind::Denial || negated(text) {
            text.to_owned()
        } else if text.to_lowercase().starts_with("that ") {
            format!("denied {text}")
        } else {
            format!("denied that {text}")
        }
    }
}

/// A flagged pair (or a probe) of two claims.
#[derive(Debug, Clone)]
pub struct Flag {
    pub id: String,
    pub label: Label,
    /// The score compared with the threshold (see `verdict::Thresholds::score`).
    pub score: f32,
    /// Each direction's score (see `verdict`): with `a` as premise, and with `b` as premise.
    pub p_ab: f32,
    pub p_ba: f32,
    /// Topical similarity of the two claims (the pairing prefilter's).
    pub similarity: f32,
    /// The threshold the score was compared with; known for a run's flags, not stored.
    pub threshold: Option<f32>,
    pub thresholds_version: i64,
    pub model: String,
    /// A pair scored below threshold, sampled so that reviews can estimate recall.
    pub probe: bool,
    pub a: Side,
    pub b: Side,
    /// The latest decision that is not undone, as read from the store; a run's new flags are
    /// `Unreviewed`.
    pub status: Status,
    pub note: Option<String>,
    pub reviewer: Option<String>,
}

/// `contra score`'s contract: one flag of a run.
impl Serialize for Flag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Flag", 15)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("a", &self.a.claim)?;
        st.serialize_field("b", &self.b.claim)?;
        st.serialize_field("label", &self.label)?;
        st.serialize_field("score", &self.score)?;
        st.serialize_field("p_ab", &self.p_ab)?;
        st.serialize_field("p_ba", &self.p_ba)?;
        st.serialize_field("similarity", &self.similarity)?;
        st.serialize_field("threshold", &self.threshold.unwrap_or(f32::NAN))?;
        st.serialize_field("thresholds_version", &self.thresholds_version)?;
        st.serialize_field("model", &self.model)?;
        st.serialize_field("a_speaker", &self.a.speaker)?;
        st.serialize_field("b_speaker", &self.b.speaker)?;
        st.serialize_field("a_text", &self.a.text)?;
        st.serialize_field("b_text", &self.b.text)?;
        st.end()
    }
}

/// `contra flags --format json`'s contract: a stored flag with both sides and its review
/// status. Scores are written as the store's doubles.
pub struct Listed<'a>(pub &'a Flag);

impl Serialize for Listed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.0;
        let mut st = s.serialize_struct("Flag", 16)?;
        st.serialize_field("id", &f.id)?;
        st.serialize_field("a", &f.a.claim)?;
        st.serialize_field("b", &f.b.claim)?;
        st.serialize_field("label", &f.label)?;
        st.serialize_field("score", &(f.score as f64))?;
        st.serialize_field("status", &f.status)?;
        st.serialize_field("probe", &f.probe)?;
        st.serialize_field("p_ab", &(f.p_ab as f64))?;
        st.serialize_field("p_ba", &(f.p_ba as f64))?;
        st.serialize_field("similarity", &(f.similarity as f64))?;
        st.serialize_field("model", &f.model)?;
        st.serialize_field("thresholds_version", &f.thresholds_version)?;
        if let Some(note) = &f.note {
            st.serialize_field("note", note)?;
        }
        if let Some(reviewer) = &f.reviewer {
            st.serialize_field("reviewer", reviewer)?;
        }
        st.serialize_field("a_side", &f.a)?;
        st.serialize_field("b_side", &f.b)?;
        st.end()
    }
}

/// A review decision as stored and exported (`contra export-labels`), with a snapshot of what
/// was judged: calibration learns from these alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub flag: String,
    pub decision: Decision,
    pub note: Option<String>,
    pub reviewer: String,
    pub at: String,
    pub undone: bool,
    pub label: Label,
    pub score: f64,
    pub p_ab: f64,
    pub p_ba: f64,
    pub similarity: f64,
    pub probe: bool,
    pub model: String,
    pub thresholds_version: i64,
    pub a_text: Option<String>,
    pub b_text: Option<String>,
}

impl Review {
    /// A decision on `flag`, now, with the flag's scores as the snapshot.
    pub fn of(
        flag: &Flag,
        decision: Decision,
        note: Option<&str>,
        reviewer: &str,
        at: String,
    ) -> Review {
        Review {
            flag: flag.id.clone(),
            decision,
            note: note.map(str::to_owned),
            reviewer: reviewer.to_owned(),
            at,
            undone: false,
            label: flag.label,
            score: flag.score as f64,
            p_ab: flag.p_ab as f64,
            p_ba: flag.p_ba as f64,
            similarity: flag.similarity as f64,
            probe: flag.probe,
            model: flag.model.clone(),
            thresholds_version: flag.thresholds_version,
            a_text: Some(flag.a.text.clone()),
            b_text: Some(flag.b.text.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_ids_do_not_depend_on_order() {
        assert_eq!(flag_id("c1", "c2"), flag_id("c2", "c1"));
        assert_ne!(flag_id("c1", "c2"), flag_id("c1", "c3"));
    }

    #[test]
    fn about_one_pair_in_twenty_is_a_probe() {
        let probes = (0..10_000).filter(|i| is_probe(&format!("f{i}"))).count();
        assert!((350..650).contains(&probes), "{probes}");
    }

    #[test]
    fn a_denial_reads_as_denied_not_as_asserted() {
        let side = |kind, text: &str| Side {
            claim: "c1".into(),
            speaker: "Owen Marsh".into(),
            role: None,
            org: None,
            text: text.into(),
            kind,
            article: "a1".into(),
            title: String::new(),
            path: String::new(),
            published: None,
            start: 0,
            end: 0,
            article_text: "".into(),
        };
        let said = |kind, text| side(kind, text).as_said();
        assert_eq!(said(ClaimKind::Denial, "that claim"), "denied that claim");
        assert_eq!(
            said(ClaimKind::Denial, "talks are ongoing"),
            "denied that talks are ongoing"
        );
        assert_eq!(
            said(ClaimKind::Reported, "talks are ongoing"),
            "talks are ongoing"
        );
        let own = "There are no plans to divide the labor, as suggested by Lavrov";
        assert_eq!(said(ClaimKind::Denial, own), own);
        assert_eq!(
            said(ClaimKind::Denial, "We didn’t offer"),
            "We didn’t offer"
        );
    }

    #[test]
    fn statuses_and_decisions_round_trip_their_names() {
        for s in [Status::Unreviewed, Status::Confirmed, Status::Rejected] {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Decision::parse("confirmed"), Some(Decision::Confirmed));
        assert_eq!(Decision::parse("unreviewed"), None);
    }
}
