//! What `claimline site` writes for a story, as text and bytes: its data files, its
//! page (the app's `index.html` made the story's own) and, for several stories, the
//! index page listing them. The CLI reads and writes the files; everything it writes is
//! worked out here, and checked natively.

// Publishing runs in `claimline`, never in the page: the page's size rules (clippy.toml)
// do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod listing;
mod page;

pub use listing::{listing, Listed};
pub use page::story_page;

use crate::compare::{compared, comparison};
use crate::data_file::{encode, fnv1a, Contents};
use crate::model::Story;

/// The folder of the site the data files go in, beside the app's files.
pub const DATA_DIR: &str = "data";

/// A file to write: where in the site (a relative path, `/`-separated), and its bytes.
pub struct Output {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A story's data files: the story, read at start, and the Compare view's comparison,
/// when it has two articles to compare. Each name carries its content's hash, so a new
/// publication never meets an old file in a cache.
pub struct DataFiles {
    pub story: Output,
    pub comparison: Option<Output>,
}

impl DataFiles {
    pub fn of(story: &Story) -> DataFiles {
        DataFiles {
            story: data_file("story", encode(story, Contents::Story)),
            comparison: compared(story).map(|_| {
                data_file(
                    "comparison",
                    encode(&comparison(story), Contents::Comparison),
                )
            }),
        }
    }
}

fn data_file(stem: &str, bytes: Vec<u8>) -> Output {
    Output {
        path: format!("{DATA_DIR}/{stem}-{:016x}.clm", fnv1a(&bytes)),
        bytes,
    }
}

#[cfg(test)]
mod tests;
