//! Text and lists of a story: owned when parsed from JSON (in tests and the build
//! script), borrowed when the build writes the story out as a `static`.

use std::borrow::Cow;

/// Text of the story.
pub type Text = Cow<'static, str>;
/// A list in the story.
pub type List<T> = Cow<'static, [T]>;
