//! How the story's articles compare: which claims both carry and which only one, how
//! each words a shared claim (word by word), where their figures differ, and where
//! each claim's quotes lie in an article's text. Pure, for the Compare view.

pub mod coverage;
pub mod diff;
pub mod spans;
pub mod tokens;

pub use coverage::{coverage, figures_differ, wording, Coverage};
pub use diff::{word_diff, Change, Kind};
pub use spans::{spans, Span};
pub use tokens::{tokens, Token};
