//! contra's jobs, over any [`Nli`](contra_text::nli::Nli) and the store: `score` (the main
//! job), `calibrate` (thresholds from reviews), `review` (the review screen's state and
//! drawing) and `report` (the HTML page). `cached` is the one NLI cache both score and calibrate
//! run the model through.
//!
//! No libtorch here: the model comes in as a trait object, so tests use a fake one.

pub mod cached;
pub mod calibrate;
pub mod report;
pub mod review;
pub mod score;
