//! What the Compare view shows that no choice of the reader changes: where each
//! claim's quotes lie in the two articles' texts, and how the articles word, word by
//! word, each claim they share. It is worked out when the story is built into the app
//! (`compute`, feature `diff`) and embedded: the page carries no diff or text-search
//! code.

use crate::model::List;
use std::ops::Range;

/// What a run of the comparison is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
pub enum Kind {
    /// Worded alike (up to case and typographic quotes and dashes).
    Same,
    /// Only in the first wording.
    Removed,
    /// Only in the second wording.
    Added,
    /// Worded differently in each, at the same place.
    Replaced,
}

/// A run of one wording that the other does not share: where it lies in the wording
/// (bytes, from its first word to its last) and how it differs.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
pub struct Marked {
    pub at: Range<usize>,
    pub kind: Kind,
}

/// A run of a paragraph (bytes) and the claims (story indices) whose quotes cover it:
/// none for plain text, several where quotes overlap (two claims in one sentence).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
pub struct Span {
    pub at: Range<usize>,
    pub claims: List<usize>,
}

/// One article's side of a claim both carry: what of its wording (`coverage::wording`)
/// the other words differently, in order, and the claims only this article carries
/// that it gives in the same breath (their quotes overlap).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
pub struct Side {
    pub marks: List<Marked>,
    pub also: List<usize>,
}

/// A claim both articles carry (a story index), and each article's side of it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
pub struct SharedClaim {
    pub claim: usize,
    pub sides: List<Side>,
}

/// The two compared articles (`compared`) side by side.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(any(test, feature = "load"), derive(serde::Serialize))]
pub struct Comparison {
    /// Each article's paragraphs, each cut into runs wherever a quote begins or ends.
    pub texts: List<List<List<Span>>>,
    /// The claims both carry, in story order.
    pub shared: List<SharedClaim>,
}
