//! The story bundled with the app: `build.rs` parses `src/data/story.json` and writes
//! it out as this `static`, so the page starts with the story in memory; and the
//! comparison of its two articles, worked out there too.

use claimline_core::compare::{Comparison, Kind, Marked, SharedClaim, Side, Span};
use claimline_core::model::*;
use std::borrow::Cow;

pub static BUNDLED: Story = include!(concat!(env!("OUT_DIR"), "/bundled_story.rs"));

pub static COMPARISON: Comparison = include!(concat!(env!("OUT_DIR"), "/bundled_comparison.rs"));
