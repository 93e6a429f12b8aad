//! What `claimline site` writes for a story, as text and bytes: its data files, its
//! page (the app's `index.html` made the story's own) and, for several stories, the
//! index page listing them. The CLI reads and writes the files; everything it writes is
//! worked out here, and checked natively.

// Publishing runs in `claimline`, never in the page: the page's size rules (clippy.toml)
// do not bind it.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

pub mod claim_page;
pub mod exports;
pub(crate) mod first_view;
mod listing;
pub mod offline;
mod page;
mod takeaway;

pub use claim_page::{claim_pages, CLAIMS_DIR};
pub use listing::{listing, Listed};
pub use page::story_page;
pub use takeaway::claim_takeaways;

use crate::compare::pairs::pairs;
use crate::compare::{comparison, pair_key};
use crate::data_file::{encode, fnv1a, Contents};
use crate::figures::{default_quantity, figures_page};
use crate::markup::compare::compare_page;
use crate::markup::compare::table::table_page;
use crate::markup::html;
use crate::markup::published::view_file;
use crate::model::Story;

/// The folder of the site the data files go in, beside the app's files.
pub const DATA_DIR: &str = "data";

/// A file to write: where in the site (a relative path, `/`-separated), and its bytes.
pub struct Output {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A story's data files: the story, read at start; the Compare view drawn, its coverage
/// table in one file and each pair of articles side by side in a file of its own, by
/// its key ("a,c"; quote runs and word diffs worked out here, so the page carries no
/// diff code); and the Figures view drawn for each quantity, by id, the
/// default first. Each name carries its content's hash, so a new publication never
/// meets an old file in a cache.
pub struct DataFiles {
    pub story: Output,
    pub compare_view: Option<Output>,
    pub compare_pairs: Vec<(String, Output)>,
    pub figures: Vec<(String, Output)>,
    /// The story to take away (`exports`), each with its link's words.
    pub exports: Vec<(&'static str, Output)>,
}

impl DataFiles {
    pub fn of(story: &Story) -> DataFiles {
        let story_file = data_file("story", encode(story, Contents::Story));
        let version = format!("{:016x}", fnv1a(&story_file.bytes));
        DataFiles {
            exports: exports::exports(story, &version),
            story: story_file,
            compare_view: (!story.articles.is_empty()).then(|| {
                let markup = view_file(&html(&table_page(story))).into_bytes();
                named("compare", markup, "html")
            }),
            compare_pairs: pairs(story)
                .into_iter()
                .map(|(pair, _)| {
                    let drawn = compare_page(story, pair, &comparison(story, pair));
                    let markup = view_file(&html(&drawn)).into_bytes();
                    (pair_key(pair), named("compare", markup, "html"))
                })
                .collect(),
            figures: figures_files(story),
        }
    }

    /// Every file, to write.
    pub fn all(&self) -> impl Iterator<Item = &Output> {
        std::iter::once(&self.story)
            .chain(&self.compare_view)
            .chain(self.compare_pairs.iter().map(|(_, file)| file))
            .chain(self.figures.iter().map(|(_, file)| file))
            .chain(self.exports.iter().map(|(_, file)| file))
    }
}

/// The Figures view of each quantity with figures, drawn: markup the page puts in as
/// it is and then only shows, hides and marks (`figures::figures_page`).
fn figures_files(story: &Story) -> Vec<(String, Output)> {
    let mut quantities: Vec<&str> = story.quantities.iter().map(|q| &*q.id).collect();
    let first = default_quantity(story);
    quantities.retain(|q| Some(*q) != first);
    first
        .into_iter()
        .chain(quantities)
        .filter(|q| {
            story
                .claims
                .iter()
                .any(|c| c.figures.iter().any(|f| f.quantity == *q))
        })
        .map(|quantity| {
            let markup = view_file(&html(&figures_page(story, quantity))).into_bytes();
            (quantity.to_owned(), named("figures", markup, "html"))
        })
        .collect()
}

fn data_file(stem: &str, bytes: Vec<u8>) -> Output {
    named(stem, bytes, "clm")
}

fn named(stem: &str, bytes: Vec<u8>, extension: &str) -> Output {
    Output {
        path: format!("{DATA_DIR}/{stem}-{:016x}.{extension}", fnv1a(&bytes)),
        bytes,
    }
}

#[cfg(test)]
mod tests;
