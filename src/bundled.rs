//! The story bundled with the app: `build.rs` parses `src/data/story.json` and writes
//! it out as this `static`, so the page starts with the story in memory.

use claimline_core::model::*;
use std::borrow::Cow;

pub static BUNDLED: Story = include!(concat!(env!("OUT_DIR"), "/bundled_story.rs"));
