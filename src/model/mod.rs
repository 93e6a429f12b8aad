//! The data model and its pure logic. Nothing here touches the browser or Leptos.

pub mod date;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod story;
pub mod text;
pub mod validate;

pub use date::{Date, Precision, When};
#[cfg(not(target_arch = "wasm32"))]
pub use load::{load, parse, Loaded};
pub use story::*;
pub use validate::Problem;

/// The story bundled with the app, parsed from `src/data/story.json` by `build.rs`.
mod bundled {
    use super::*;
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/bundled_story.rs"));
}
pub use bundled::BUNDLED;

#[cfg(test)]
pub(crate) mod fixture_tests;
