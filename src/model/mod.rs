//! The data model and its pure logic. Nothing here touches the browser or Leptos.

pub mod date;
pub mod load;
pub mod story;
pub mod text;
pub mod validate;

pub use date::{Date, Precision, When};
pub use load::{load, Loaded};
pub use story::*;
pub use validate::Problem;

/// The story bundled with the app.
pub const BUNDLED_STORY: &str = include_str!("../data/story.json");

#[cfg(test)]
pub(crate) mod fixture_tests;
