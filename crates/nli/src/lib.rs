//! The NLI model on rust-bert and tch: loads a Hugging Face-style model directory and
//! implements [`contra_text::nli::Nli`]. The only crate of contra that links libtorch,
//! rust-bert or tokenizers; nothing outside it sees tensors or tokenizers.

mod batches;
mod encoder;
mod int8;
mod model;
mod weights;

pub use encoder::MiniLm;
pub use model::NliModel;
