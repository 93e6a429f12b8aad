//! How the story's articles compare: which claims both carry and which only one, how
//! each words a shared claim (word by word), where their figures differ, and where
//! each claim's quotes lie in an article's text. Pure, for the Compare view.
//!
//! What no reader's choice changes (`comparison`) is worked out when the story is
//! built into the app, with `tokens`, `diff` and `spans` (feature `diff`), and
//! embedded; the page works out only what the filters change (`coverage`).

pub mod comparison;
#[cfg(any(test, feature = "diff"))]
pub mod compute;
pub mod coverage;
#[cfg(any(test, feature = "diff"))]
pub mod diff;
pub mod pairs;
#[cfg(any(test, feature = "diff"))]
pub mod spans;
#[cfg(any(test, feature = "publish"))]
pub mod table;
#[cfg(any(test, feature = "diff"))]
pub mod tokens;

pub use comparison::{Comparison, Kind, Marked, SharedClaim, Side, Span};
#[cfg(any(test, feature = "diff"))]
pub use compute::comparison;
pub use coverage::{coverage, figures_differ, wording, Coverage};
#[cfg(any(test, feature = "diff"))]
pub use diff::{word_diff, Change};
#[cfg(any(test, feature = "diff"))]
pub use spans::{overlapping, spans};
#[cfg(any(test, feature = "diff"))]
pub use tokens::{tokens, Token};

pub use pairs::{pair_asked, pair_file, pair_key, pair_listed, pair_with, table_file};

use crate::model::{Article, Story};

/// The two articles the view compares unless the reader picks others: the two that
/// share the most claims, in publication order (the first of [`pairs::pairs`], found
/// without listing them, as the page asks too).
pub fn compared(story: &Story) -> Option<[&Article; 2]> {
    let articles = pairs::by_publication(story);
    let mut best: Option<([&Article; 2], usize)> = None;
    for (i, first) in articles.iter().enumerate() {
        for second in &articles[i + 1..] {
            let shared = pairs::shared_claims(story, first, second);
            if best.is_none_or(|(_, most)| shared > most) {
                best = Some(([*first, *second], shared));
            }
        }
    }
    best.map(|(pair, _)| pair)
}
